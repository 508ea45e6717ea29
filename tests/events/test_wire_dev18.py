"""Rules from the wire_dev_18 session (2000-2020 agency prose away from the big dyads, much of it
domestic politics), each on team-written sentences (none from bench/data; other names, places and
numbers), with look-alikes that must keep their reading or stay quiet.

Talks by telephone (041); a channel taken off the air (1721); a party's registration cancelled
(1722); peacekeepers ordered out (1661) and an order to leave within a deadline (166); foreign
companies' projects seized (1711); killed in a shootout (193); relief flights let land (0863);
"welcomed X as an important step" (051); two leaders meeting in a third capital for talks on
"their" dispute (044, no recipient); a unilateral truce declared by rebels while talks open
abroad (aimed at their own state); peacekeepers of a state and of the force they serve in landing
(aimed at the host); Thailand's red shirts; a naming participle on a report ("..., the minister
said, calling it a victory") tells no act; a riot's aim read through its participles (1451);
persons "hiding" abroad asked to be handed over (1013); accused of violating sovereignty (1123);
backing a bid to join a trade bloc (032); an inquiry opened by the ICC (094); "A mob hacked to
death ..., police said" (the participle read as the clause reported; the crowd and its victims
two parties of one country); "who has been on hunger strike" (an ongoing protest, done by the
one the clause describes).
"""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted, has_asserted_code


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Talks held by telephone are a telephone consultation (041).
    ("Georgia's interim leader Nino Burjanadze held telephone talks with Ukrainian President Viktor Yushchenko "
     "on Tuesday, her office said.", "041", {"GEO"}, {"UKR"}),
    # A broadcaster taken off the air: a restriction of political freedoms (1721).
    ("Nicaragua took the independent channel 100% Noticias off the air on Thursday.", "1721", {"NIC"}, {"NIC"}),
    ("Authorities in Zimbabwe took two private radio stations off the air on Monday.", "1721", {"ZWE"}, {"ZWE"}),
    # A party's registration cancelled: a party banned (1722), at home.
    ("Pakistan's Election Commission cancelled the registration of the Awami National Party on Wednesday, "
     "barring it from the March vote.", "1722", {"PAK"}, {"PAK"}),
    # Peacekeepers ordered out of the country (1661), aimed at the U.N.
    ("Chad ordered U.N. peacekeepers from Bangladesh and Nepal out of the country within a month, the U.N. "
     "mission said.", "1661", {"TCD"}, {"IGOUNO"}),
    # An order to leave with a deadline is an expulsion (166), not an ultimatum (139).
    ("Kyrgyzstan gave U.S. forces 180 days to leave the Manas air base, the foreign ministry said.",
     "166", {"KGZ"}, {"USA"}),
    # Foreign companies' projects seized: property confiscated (1711), aimed at the owners' state.
    ("Bolivia seized the gas projects of Brazilian company Petrobras on Monday after talks on new terms "
     "failed.", "1711", {"BOL"}, {"BRA"}),
    # Killed in a shootout: a fight with small arms (193).
    ("Honduran police killed six suspected gang members in a shootout in the city of San Pedro Sula on Monday.",
     "193", {"HND"}, {"HND"}),
    # Relief flights allowed to land: humanitarian aid let in (0863), aimed at the U.N.
    ("Sudan's government allowed the first United Nations relief flights to land in Khartoum on Friday, U.N. "
     "officials said.", "0863", {"SDN"}, {"IGOUNO"}),
    # A third-capital meeting of two leaders for talks on "their" dispute: 044, no recipient.
    ("Ethiopian Prime Minister Meles Zenawi and Eritrean President Isaias Afwerki met in the Kenyan capital "
     "Nairobi on Monday for talks on their long border dispute.", "044", {"ETH", "ERI"}, set()),
    # Backing a bid to join a trade bloc is diplomatic support (032), not economic cooperation.
    ("Argentine President Nestor Kirchner said on Friday he would back Bolivia's bid to join the Mercosur trade "
     "bloc despite objections from lawmakers.", "032", {"ARG"}, {"BOL"}),
    # Accused of violating its sovereignty: an accusation of aggression (1123).
    ("Guatemala accused Honduras of violating its sovereignty on Friday after Honduran soldiers crossed the border.",
     "1123", {"GTM"}, {"HND"}),
    # Rebel commanders "hiding" in the other state, asked to be handed over: judicial cooperation (1013).
    ("Peru demanded on Monday that Ecuador hand over the rebel commanders it said were hiding in its jungle.",
     "1013", {"PER"}, {"ECU"}),
    # The ICC opening an investigation looks into war crimes (094).
    ("The International Criminal Court opened an investigation into post-election violence in Ivory Coast on "
     "Thursday.", "094", {"IGOICC"}, {"CIV"}),
    # A riot's purpose told on its participles: against a re-election (1451).
    ("Opposition supporters rioted in the town of Eldoret on Sunday, torching cars and blocking roads to protest "
     "the president's re-election, police said.", "1451", {"KEN"}, {"KEN"}),
    # "A mob hacked to death ..., police said": the killing reported, by a crowd of the country (1823).
    ("A mob hacked to death at least eight people in the town of Naivasha on Monday, police said.",
     "1823", {"KEN"}, {"KEN"}),
])
def test_full_code(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True, by_country=False), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A rebels' unilateral truce declared as talks open abroad is offered to their own state.
    ("Nepal's Maoist rebels declared a three-month unilateral ceasefire on Friday as talks with the government "
     "got under way in New Delhi, a rebel spokesman said.", "087", {"NPL"}, {"NPL"}),
    ("Colombia's ELN rebels declared a unilateral ceasefire on Sunday as peace talks with the government opened "
     "in Quito, a rebel commander said.", "087", {"COL"}, {"COL"}),
    # Peacekeepers of a state and of the force they serve in land for the host state.
    ("The first Burundian peacekeepers of the African Union mission landed in Mogadishu on Sunday, an AU "
     "spokesman said.", "074", {"BDI", "IGO"}, {"SOM"}),
    # "welcomed X as an important step": praise (051).
    ("The African Union welcomed Togo's local by-elections as an important step on Tuesday.",
     "051", {"IGO"}, {"TGO"}),
    # "who has been on hunger strike ... to demand his release": an ongoing hunger strike (142), by
    # the one the relative clause describes.
    ("Jailed Bahraini activist Abdulhadi al-Khawaja, who has been on hunger strike for 60 days to demand his "
     "release, was moved to a military hospital on Monday.", "142", {"BHR"}, {"BHR"}),
    # Thailand's red shirts are a Thai movement: talks with their leaders are domestic.
    ("Thailand's prime minister held talks with red shirt leaders in Bangkok on Tuesday.", "040", {"THA"}, {"THA"}),
])
def test_root_and_dyad(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Talks in person stay a consultation (040), not a telephone call.
    ("Georgia's interim leader Nino Burjanadze held talks with Ukrainian President Viktor Yushchenko in Kyiv "
     "on Tuesday, her office said.", "040", {"GEO"}, {"UKR"}),
    # An ultimatum to do something other than leave stays an ultimatum (139).
    ("Uganda gave the rebels 72 hours to release the hostages, the army said.", "139", {"UGA"}, None),
    # A leader given hours to leave his own country is an ultimatum (139), not an expulsion.
    ("Britain gave the Argentine governor 24 hours to leave the Falklands, the Foreign Office said.",
     "139", {"GBR"}, None),
    # Two leaders, one of them the host, meeting in his capital: 040 with the host as recipient.
    ("Ethiopian Prime Minister Meles Zenawi met Kenya's president in Nairobi on Monday for talks on their shared "
     "border.", "040", {"ETH"}, {"KEN"}),
    # Backing a plan to build a port with investment stays economic (0311).
    ("Chile said on Monday it would back Peru's plan to build a new port with investment from its companies.",
     "0311", {"CHL"}, {"PER"}),
    # A soldier held captive, asked to be handed over, is a release demanded (1053).
    ("Israel demanded that Hamas hand over the soldier it has held in Gaza since June.", "1053", {"ISR"}, None),
    # Police opening an inquiry into killings keep the inquiry into a crime (091).
    ("Kenyan police opened an investigation into the killings of three activists on Monday.", "091", {"KEN"}, None),
    # A riot whose participles name no purpose stays a plain riot (145).
    ("Farmers rioted in the town of Mbale on Monday, burning tyres and blocking the main highway, after the "
     "price of maize collapsed.", "145", {"UGA"}, {"UGA"}),
    # A naming participle on an act (not on a report) keeps the act it names: the condemnation (111).
    ("Kenya condemned the attack on its embassy in Kampala on Sunday, calling it barbaric.", "111", {"KEN"}, None),
])
def test_look_alikes_keep_their_code(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True, by_country=False), dyads(record)


@pytest.mark.parametrize("text, quiet_code", [
    # "..., the minister said, calling it a great victory": the capture is told, no praise (05).
    ("Iraqi forces retook the town of Tikrit on Tuesday, the defence minister said, calling it a great victory "
     "for the nation.", "05"),
    # "..., Hamas said, calling the raid an attempt to kill its leader": the raid is told, no
    # assassination attempt of its own (185).
    ("Israeli jets struck a house in Gaza City on Sunday, Hamas said, calling the raid an attempt to kill its "
     "leader.", "185"),
    # A hunger strike that had ended long ago is background to a death.
    ("Former Cuban dissident Juan Perez, who had been on hunger strike in 2004, died in Miami on Monday.", "14"),
    # A red shirt on a football pitch is no Thai movement acting: no event.
    ("The striker in the red shirt scored twice as Liverpool beat Chelsea 2-0 on Saturday.", ""),
])
def test_no_such_event(code_text, text, quiet_code):
    record = code_text(text)
    if quiet_code:
        assert not has_asserted_code(record, quiet_code), dyads(record)
    else:
        assert not [e for e in record["events"] if not e["modality"]["negated"]], dyads(record)


def test_retaken_town_still_coded(code_text):
    """The act the naming participle comments on keeps its own code (192)."""
    record = code_text("Iraqi forces retook the town of Tikrit on Tuesday, the defence minister said, calling it "
                       "a great victory for the nation.")
    assert has_asserted(record, "192", {"IRQ"}, {"IRQ"}, exact=True), dyads(record)


def test_seized_boats_and_their_crews_are_one_act(code_text):
    """"seized three fishing boats and arrested their crews": what the seized boats hold, taken by a
    conjoined verb of the same root (17), is one act of the wire's list, not two."""
    record = code_text("Ghana's navy seized three Togolese fishing boats and arrested their crews off Accra on Monday.")
    coerced = [e for e in record["events"] if e["cameo"].startswith("17") and not e["modality"]["negated"]]
    assert len(coerced) == 1, dyads(record)
    assert has_asserted(record, "17", {"GHA"}, {"TGO"}, root=True), dyads(record)


def test_arrest_and_a_passport_seized_stay_two_acts(code_text):
    """"arrested the opposition leader and seized his passport": a person's own thing ("his") under
    another code is a second act, as before."""
    record = code_text("Police arrested the opposition leader and seized his passport on Monday in Harare.")
    assert has_asserted(record, "173", {"ZWE"}, exact=True) and has_asserted(record, "1711", {"ZWE"}, exact=True), \
        dyads(record)


def test_permission_for_a_ship_to_dock_keeps_the_ship_state(code_text):
    """A "for X to dock" clause on the noun refused is what is refused, not a background clause:
    the ship's state stays the recipient."""
    record = code_text("Indonesia refused permission for a Japanese survey ship to dock at Surabaya port, the navy said.")
    assert has_asserted(record, "12", {"IDN"}, {"JPN"}, root=True), dyads(record)


def test_tear_gas_and_arrests_of_them_stay_two_acts(code_text):
    """"fired tear gas at students and detained scores of them": people acted on again under
    another code are a second act (175 and 173), unlike a thing taken again ("took it off the air")."""
    record = code_text("Zambian police fired tear gas at students in Lusaka on Friday and detained scores of them, a "
                       "police spokesman said.")
    assert has_asserted(record, "175", {"ZMB"}, exact=True) and has_asserted(record, "173", {"ZMB"}, exact=True), \
        dyads(record)
