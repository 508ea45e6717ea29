"""Probes of agency copy, the who side (ninth session): whom a spokesman speaks for, who acts in a
passive whose agent is a crowd, what a participle or a border phrase names, "it" and "the
organisation" across two sentences, an act referred back to by its noun, onlookers and topics.

Team-written sentences (not taken from any tuning or held-out set): the CAMEO code (root or
full), the actor and the recipient codes. Each failed before the change it stands for.
"""

from __future__ import annotations

import pytest

from eventkit import assert_dyad, assert_sole_dyad, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A spokesman or official "for" a state or body speaks for it.
    ("A spokesman for the Chinese foreign ministry, Zhao Lijian, accused the United States of spreading lies "
     "about Xinjiang.", "112", {"CHN"}, {"USA"}),
    ("A spokesman for the Russian foreign ministry accused Britain of spreading anti-Russian hysteria.", "112",
     {"RUS"}, {"GBR"}),
    # A crowd that is the agent of a passive is of where the thing it acted on is.
    ("The embassy of Denmark in Khartoum was stormed by protesters angry over cartoons of the Prophet Mohammad.",
     "145", {"SDN"}, {"DNK"}),
    ("The Danish embassy in Khartoum was stormed by protesters.", "145", {"SDN"}, {"DNK"}),
    # A participle describing the actor names its backers, no party to the act.
    ("Syrian government forces backed by Russian air power captured the town of Saraqeb from rebels.", "19",
     {"SYR"}, {"SYR"}),
    # The neighbour a border is shared with is no party to an arrest or attack there.
    ("Turkish police arrested 12 suspected smugglers near the border with Syria.", "173", {"TUR"}, {"TUR"}),
    # A state's organs in a sentence that names no state are of where they act.
    ("Government forces used chemical weapons against civilians in the rebel-held town of Douma, the OPCW said.",
     "20", {"SYR"}, {"SYR"}),
    # A finite verb the parser read as a modifier of its object still governs it.
    ("Jordan, which borders Syria and Iraq, hosted talks between the Syrian government and opposition groups in "
     "Amman.", "043", {"JOR"}, {"SYR"}),
    # State forces fighting forces of their own country: a civil war, aimed at that country.
    ("Ethiopian troops shelled Tigrayan forces around the city of Mekelle on Saturday.", "19", {"ETH"}, {"ETH"}),
    ("Ethiopian federal troops attacked Amhara forces near the town of Gondar.", "19", {"ETH"}, {"ETH"}),
    # Who is named as looking on is the circumstance, no party.
    ("Serbia ratified the deal on Friday, with Russian Foreign Minister Sergei Lavrov looking on.", "05",
     {"SRB"}, set()),
    ("Kosovo's prime minister signed the agreement on Tuesday, with EU foreign policy chief Catherine Ashton "
     "looking on.", "05", {"XKX"}, set()),
    # What talks are "on" is their topic, not an event of its own.
    ("The U.N. envoy for Syria held talks with opposition leaders in Geneva on Friday on a prisoner exchange.",
     "04", {"IGOUNO"}, {"SYR"}),
    # An authorship set off by a comma says whose the vetoed text is, wherever the parser hangs it.
    ("China vetoed a Security Council resolution on Tuesday that would have imposed sanctions on Myanmar's "
     "generals, drafted by Britain and France.", "12", {"CHN"}, {"GBR", "FRA"}),
    # Arson by the crowd that stormed a building is the same riot.
    ("Rioters stormed the French embassy in Niamey on Sunday and set it on fire.", "145", {"NER"}, {"FRA"}),
    # A verb hung on the last noun of a relative clause in a sentence read as one noun phrase.
    ("Polish Prime Minister Donald Tusk, whose government has backed Kyiv since the start of the war, called on "
     "the European Union to impose tariffs on Russian grain.", "11", {"POL"}, {"IGOEEC"}),
    # Whoever backs or arms a group is not whose it is.
    ("Rebels backed by Rwanda seized the town of Goma on Tuesday.", "19", {"COD"}, {"COD"}),
    ("Militiamen trained by Russia attacked a village in central Mali.", "19", {"MLI"}, {"MLI"}),
    # A state's organ in what a body of a state reports is of that state.
    ("Kenya's interior ministry said police had arrested four Somali nationals suspected of planning an attack "
     "on a Nairobi mall.", "173", {"KEN"}, {"SOM"}),
    ("The Egyptian interior ministry said police had detained three Sudanese nationals suspected of smuggling "
     "weapons into Libya.", "173", {"EGY"}, {"SDN"}),
    # "countries, including X and Y": the members named act.
    ("Several Western countries, including the United States and Britain, criticised Hungary's new media law.",
     "11", {"USA", "GBR"}, {"HUN"}),
    ("Several European countries, including France and Spain, condemned the execution of the protesters in Iran.",
     "11", {"FRA", "ESP"}, {"IRN"}),
    # A state's body and its own insurgents acting together: one country's affair.
    ("Colombian government and rebel negotiators resumed peace talks in Havana on Thursday.", "04", {"COL"},
     {"COL"}),
    # What a purpose clause of the same act names beats a party guessed for the main verb.
    ("Thousands of Serbs rallied in Belgrade to protest against President Aleksandar Vucic's decision to sign a "
     "deal with Kosovo.", "14", {"SRB"}, {"SRB"}),
    ("Thousands of Moldovans rallied in Chisinau to protest against President Igor Dodon's plan to sign a gas deal "
     "with Russia.", "14", {"MDA"}, {"MDA"}),
    # "ahead of a summit of ...": a time, not the host.
    ("French President Emmanuel Macron arrived in Nairobi on Tuesday for a state visit ahead of a summit of "
     "African Union leaders in Addis Ababa.", "042", {"FRA"}, {"KEN"}),
    ("German Chancellor Angela Merkel arrived in Beijing for an official visit ahead of a meeting of G20 finance "
     "ministers in Shanghai.", "042", {"DEU"}, {"CHN"}),
    # "the country" in what a state's media report is that state.
    ("Iranian state television said the country had executed a man convicted of spying for Israel.", "18",
     {"IRN"}, {"IRN"}),
    # Whom the condemned was charged with serving is no party to the execution.
    ("Iran hanged a man convicted of spying for Israel on Saturday.", "18", {"IRN"}, {"IRN"}),
])
def test_wire_probe_2(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, events", [
    # "It" opening a sentence goes on with the subject of the sentence before.
    ("The Malian junta ordered the French ambassador to leave the country within 72 hours. It accused France of "
     "hostile remarks.", [("16", {"MLI"}, {"FRA"}), ("112", {"MLI"}, {"FRA"})]),
    # "the organisation": the body named before, intergovernmental or not.
    ("The Arab League suspended Syria's membership in November 2011. The organisation accused Damascus of failing "
     "to end a crackdown on protesters.", [("16", {"IGOARL"}, {"SYR"}), ("112", {"IGOARL"}, {"SYR"})]),
    # "He" opening a sentence goes on with the person (or titled role) who was the subject before.
    ("Serbia's President Aleksandar Vucic met Chinese President Xi Jinping in Belgrade. He thanked China for its "
     "support on Kosovo.", [("04", {"SRB"}, {"CHN"}), ("05", {"SRB"}, {"CHN"})]),
    ("Armenia's prime minister met Russian President Vladimir Putin in Moscow. He urged Russia to send "
     "peacekeepers to the border.", [("04", {"ARM"}, {"RUS"}), ("02", {"ARM"}, {"RUS"})]),
    # What was said, referred back to ("the accusation", "the proposal"), is aimed at who said it.
    # (Rejecting an accusation is a denial, CAMEO 016 of root 01, which is not coded: sixteenth
    # session; the real sets take denials as negatives.)
    ("The Philippines accused China of dangerous manoeuvres near Scarborough Shoal. Beijing rejected the "
     "accusation.", [("112", {"PHL"}, {"CHN"})]),
    # An act referred back to by a bare noun ("the seizure") is aimed at whoever did it.
    ("Iran's Revolutionary Guards seized a Greek oil tanker in the Gulf. The government in Athens condemned the "
     "seizure as piracy.", [("1711", {"IRNRGC"}, {"GRC"}), ("111", {"GRC"}, {"IRNRGC"})]),
])
def test_wire_probe_2_two_sentences(code_text, text, events):
    record = code_text(text)
    assert len(record["events"]) == len(events), dyads(record)
    for cameo, actor, recipient in events:
        assert_dyad(record, cameo, actor, recipient)


def test_the_group_said_it(code_text):
    # "The group said it ...": "it" is the group the speaker stands for, not a state named before.
    record = code_text("The Hamas movement rejected an Egyptian proposal for a long-term truce. The group said it "
                       "would not disarm.")
    assert all(actor == {"PSEHMS"} for _code, actor, _recipient in dyads(record)), dyads(record)


def test_it_as_the_object_before(code_text):
    # "surrounded the U.S. embassy ... and attacked it": "it" is what the verb before acted on.
    record = code_text("Protesters surrounded the U.S. embassy in Baghdad and attacked it with stones.")
    assert_dyad(record, "145", {"IRQ"}, {"USA"})


def test_soldiers_from_the_alliance(code_text):
    # "soldiers from the alliance's force": the alliance named before.
    record = code_text("NATO said a suicide bomber blew himself up near a checkpoint in Kandahar, killing three "
                       "soldiers from the alliance's force.")
    assert_sole_dyad(record, "18", {"AFG"}, {"IGOWSTNAT"})


@pytest.mark.parametrize("text", [
    # A participle before its noun tells what had happened to it, no act of the sentence.
    "The parents of the kidnapped schoolgirls appealed to Nigeria's government to do more to free their daughters.",
    "The relatives of the jailed activists appealed to the president for clemency.",
    # What is discussed or studied is a topic, no act.
    "Iraq said on Monday it was studying an Iranian proposal to share intelligence on militant groups.",
    "Kenya is studying a Somali offer to hand over suspected militants, officials said.",
    "Japan is considering a request from Ukraine for air defence systems, officials said.",
    # Nothing to code: a spokesman for a club, a company's "it", statements.
    "A spokesman for Chelsea said the club had agreed a fee with Real Madrid for the striker.",
    "Delta cut 7,000 jobs last year, unions said. And on Monday, it negotiated a deal to defer its debt.",
    "A spokesman for the Indian army said the situation along the border with China was stable.",
    "The Chinese foreign ministry declined to comment on the reports.",
    "France beat Morocco 2-0 in the World Cup semi-final in Qatar on Wednesday.",
])
def test_wire_probe_2_codes_nothing(code_text, text):
    assert dyads(code_text(text)) == []
