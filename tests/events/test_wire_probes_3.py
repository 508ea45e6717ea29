"""Probes of agency copy, the recipient side (tenth session): who expelled or summoned someone
when a passive names no "by", an office named by its bare title as a counterpart, two offices of
one state consulting, an armed group struck abroad, "U.S.-owned", a people the tagger takes for a
place, the Pope, a person's apposed nationality, "the island" and "the mainland", protesters'
"their government", the sides of a mediation put on hold, police put on alert at home, a court ruling against its own state.

Team-written sentences (not taken from any tuning or held-out set): the CAMEO code (root or
full), the actor and the recipient codes. Each failed before the change it stands for, except
those in ``test_wire_probe_3_unchanged``, which guard what a change must leave alone.
"""

from __future__ import annotations

import pytest

from eventkit import assert_sole_dyad, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A passive expulsion or summons with no "by": the state they were sent from (or summoned to) acts.
    ("Four Russian diplomats were expelled from the Czech Republic on Saturday.", "16", {"CZE"}, {"RUS"}),
    ("The Israeli ambassador was expelled from Bolivia after the Gaza offensive.", "16", {"BOL"}, {"ISR"}),
    ("Two Iranian diplomats were expelled from Albania over an alleged plot.", "16", {"ALB"}, {"IRN"}),
    # (Diplomats ordered to leave are expelled: 161 since the thirty-fourth session, convention 14 of
    # bench/data/README.md, from the codebook's notes to 166 and 174; it was 174.)
    ("Ten American diplomats were ordered to leave Russia by the end of the month.", "16", {"RUS"}, {"USA"}),
    ("The Norwegian ambassador was summoned to the Israeli foreign ministry on Monday.", "11", {"ISR"}, {"NOR"}),
    # An office named by its bare title, acted on by a state's official, is of that state.
    ("Israel's defence minister met the prime minister on Sunday to discuss an Egyptian ceasefire proposal.",
     "04", {"ISR"}, {"ISR"}),
    ("Thailand's army chief urged the prime minister to resign to end months of street protests.", "02",
     {"THA"}, {"THA"}),
    # A state's official consulting another office of the same state: a domestic consultation.
    ("India's prime minister met the chief minister of Jammu and Kashmir in New Delhi.", "04", {"IND"}, {"IND"}),
    ("The French president met the interior minister in Paris to discuss the riots.", "04", {"FRA"}, {"FRA"}),
    # An armed group a state strikes is of where the strike puts it, not of its name.
    ("Turkish warplanes bombed PKK hideouts in northern Iraq on Sunday.", "19", {"TUR"}, {"IRQ"}),
    ("Pakistani troops killed 12 Taliban fighters in North Waziristan.", "19", {"PAK"}, {"PAK"}),
    ("Israeli jets struck Hezbollah positions near Damascus.", "19", {"ISR"}, {"SYR"}),
    # "U.S.-owned", "U.S.-flagged": the owner of what is struck or seized.
    ("Houthi rebels fired missiles at a U.S.-owned cargo ship in the Gulf of Aden on Monday.", "19", {"YEMHOU"},
     {"USA"}),
    ("Iran seized a U.S.-flagged tanker in the Gulf of Oman.", "17", {"IRN"}, {"USA"}),
    # A people the entity tagger took for a place is still the people.
    ("Thousands of Kashmiris protested against Indian rule in Srinagar.", "14", {"IND"}, {"IND"}),
    # The Pope is the Holy See (VAT).
    ("The Pope appealed to the warring sides in South Sudan to lay down their arms.", "02", {"VAT"}, {"SSD"}),
    # A person named with no known country: the apposition's demonym says whose they are.
    ("Turkey released Andrew Brunson, an American pastor, after two years in detention.", "08", {"TUR"},
     {"USA"}),
    ("Saudi Arabia executed Jamal Ahmed, a Pakistani national convicted of drug smuggling.", "18", {"SAU"},
     {"PAK"}),
    # "the island", "the mainland" in a story naming China or Taiwan.
    ("Beijing threatened to use force against the self-ruled island if it declared independence.", "13", {"CHN"},
     {"TWN"}),
    ("Taiwan accused the mainland of staging drills to intimidate its voters.", "11", {"TWN"}, {"CHN"}),
    # People protesting against "their government": their own state, not where they live.
    ("Thousands of Eritreans living in Israel demonstrated in Tel Aviv against their government.", "14", {"ERI"},
     {"ERI"}),
    # Raising the police's alert or mobilising police is done at home.
    ("Spain raised its terror alert level after the attacks in Barcelona.", "151", {"ESP"}, {"ESP"}),
    ("Indonesia put its police on high alert ahead of Christmas celebrations.", "151", {"IDN"}, {"IDN"}),
    # A court finding its own state liable: the state is the recipient.
    ("A Belgian court found the Belgian state liable for the abduction of mixed-race children in colonial "
     "Congo.", "116", {"BEL"}, {"BEL"}),
    # Mediation put on hold is aimed at the sides it was between.
    ("Norway put its role as facilitator between the Sri Lankan government and the Tamil Tigers on hold.", "165",
     {"NOR"}, {"LKA", "LKALTT"}),
])
def test_wire_probe_3(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # "its troops", "their role": the actor's own people or deeds are still no recipient.
    ("Russia withdrew its troops from the Kherson region.", "08", {"RUS"}, {"UKR"}),
    ("Britain expelled Russian diplomats over their role in the poisoning.", "16", {"GBR"}, {"RUS"}),
    # A person of an armed group killed abroad keeps the group's state.
    ("Israeli agents killed Hamas military chief Mahmoud al-Mabhouh in Dubai.", "18", {"ISR"}, {"PSEHMS"}),
    # A country named in a relative clause describing the thing acted on is no party: the act
    # stays domestic.
    ("Hungary's president vetoed a media law that critics said targeted a U.S.-owned radio station.", "12",
     {"HUN"}, {"HUN"}),
])
def test_wire_probe_3_unchanged(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text", [
    # Nothing to code: a passive with no state behind it, a bare title in a statement.
    "Turkey was expelled from the F-35 programme.",
    "The striker was sent off in the first half and the club was fined by the league.",
    "The prime minister said the economy would recover next year.",
    "A U.S.-owned ship docked in Rotterdam on Monday.",
    "The Pope prayed for peace in Ukraine on Sunday.",
    "Thousands of Kashmiris celebrated the festival of Eid in Srinagar.",
    "Brazilian striker Neymar, a former Barcelona player, signed for Al Hilal on Tuesday.",
    "Tourists from the mainland flocked to the island's night markets.",
    "Taiwan's president visited the island of Kinmen on Monday.",
])
def test_wire_probe_3_codes_nothing(code_text, text):
    assert dyads(code_text(text)) == []
