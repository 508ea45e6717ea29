"""Lexicon breadth, round 8 (tenth session): verbs, light-verb nouns and idioms of agency copy that
no frame read yet, or read under another root; with everyday uses of the same words that must not
code.

Team-written sentences (none from a gold set): the CAMEO code (prefix), the PLOVER type (None: not
checked), and the actor/recipient codes (None: not checked).
"""

from __future__ import annotations

import pytest

from eventkit import assert_event, dyads


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # 04: two parties consulting; a trip to a country (042); an envoy sent or dispatched to a state.
    ("The foreign ministers of Greece and Cyprus consulted on the migrant crisis.", "040", "CONSULT",
     {"GRC", "CYP"}, set()),
    ("Italian Prime Minister Giorgia Meloni made a trip to Libya for talks with officials.", "042", "CONSULT",
     {"ITA"}, {"LBY"}),
    ("China dispatched its special envoy to Israel.", "042", "CONSULT", {"CHN"}, {"ISR"}),
    ("Moscow dispatched a delegation to Damascus.", "042", "CONSULT", {"RUS"}, {"SYR"}),
    ("The defence ministers of Japan and Australia conferred in Tokyo.", "040", "CONSULT", {"JPN", "AUS"}, set()),
    ("Australian and Indonesian officials huddled in Jakarta over people smuggling.", "040", "CONSULT",
     {"AUS", "IDN"}, set()),
    # 04: a host receiving an army or intelligence chief, feting a leader, welcoming one to the Kremlin
    # (043, not praise).
    ("Qatar's emir hosted Egypt's intelligence chief in Doha.", "043", "CONSULT", {"QAT"}, {"EGY"}),
    ("The Kremlin feted Venezuela's president.", "043", "CONSULT", {"RUS"}, {"VEN"}),
    ("Putin welcomed Erdogan to the Kremlin.", "043", "CONSULT", {"RUS"}, {"TUR"}),
    # 05: agreements initialled or inked by two parties (057); standing up for another (052).
    ("Serbia and Kosovo initialled an agreement on freedom of movement.", "057", "SUPPORT", {"SRB", "XKX"}, set()),
    ("Israel and Morocco inked a deal on defence cooperation.", "057", "SUPPORT", {"ISR", "MAR"}, set()),
    ("Venezuela inked a deal with Russia on arms purchases.", "057", "SUPPORT", {"VEN"}, {"RUS"}),
    ("Russia stood up for Syria at the Security Council.", "052", "SUPPORT", {"RUS"}, None),
    # 06: a joint operation carried out is military cooperation, not an attack.
    ("Kenyan and Somali troops carried out a joint operation against al Shabaab.", "062", "COOPERATE",
     {"KEN", "SOM"}, None),
    # 07: salaries bankrolled (071); air defence systems shipped and shells rushed (072, not artillery
    # fire); food parcels air-dropped (073).
    ("Qatar bankrolled the reconstruction of Gaza.", "071", "AID", {"QAT"}, {"PSE"}),
    ("Moscow shipped Pantsir air defence systems to Serbia.", "072", "AID", {"RUS"}, {"SRB"}),
    ("Washington rushed artillery shells to Kyiv.", "072", "AID", {"USA"}, {"UKR"}),
    ("U.S. military planes air-dropped food parcels over Gaza.", "073", "AID", {"USA"}, None),
    ("Turkish ships ferried food and medicine to Gaza.", "073", "AID", {"TUR"}, {"PSE"}),
    # 11: upbraiding (111); solemn or stern representations lodged (114, a formal complaint).
    ("Germany upbraided Poland over its media law.", "111", "ACCUSE", {"DEU"}, {"POL"}),
    ("Beijing lodged stern representations with Washington over the arms sale.", "114", "ACCUSE", {"CHN"},
     {"USA"}),
    # 16: talks called off (164, halt negotiations); diplomats pulled out (161).
    ("Bahrain pulled out its ambassador from Lebanon.", "161", None, {"BHR"}, {"LBN"}),
    ("North Korea called off high-level talks with South Korea.", "164", None, {"PRK"}, {"KOR"}),
    # 17: the media clamped down on (1721); internet access shut down (1721); a journalist kicked out
    # (174); a city placed under lockdown (172).
    ("Pakistan's government clamped down on the media after the protests.", "1721", None, {"PAK"}, {"PAK"}),
    ("Iraq's government shut down internet access in Kurdistan.", "1721", None, {"IRQ"}, None),
    ("Iran kicked out a French journalist.", "174", None, {"IRN"}, {"FRA"}),
    ("Beijing placed Shanghai under lockdown.", "172", None, {"CHN"}, None),
    # 17: migrants or nationals deported in their thousands are deported (174), not a mass expulsion.
    ("Saudi Arabia deported thousands of Yemeni workers.", "174", None, {"SAU"}, {"YEM"}),
    # 19: troops storming a plant (190).
    ("Azerbaijani troops stormed a power plant in Karabakh.", "190", "ASSAULT", {"AZE"}, None),
    # 19: warplanes blitzing positions (195).
    ("Russian warplanes blitzed rebel positions in Idlib.", "195", "ASSAULT", {"RUS"}, {"SYR"}),
])
def test_round_8_frames(code_text, text, cameo, plover, actor, recipient):
    assert_event(code_text(text), cameo, plover, actor, recipient)


@pytest.mark.parametrize("text", [
    "The singer stood up for her bandmate.",
    "The company shipped its new system to customers.",
    "Fans stormed the pitch after the final whistle.",
    "The airline placed its staff under quarantine.",
    "The coach kicked out a reporter from the press conference.",
    "Farmers rushed grain to the market.",
    "The band called off its meeting with fans.",
    "The two clubs inked a deal.",
    "The two bosses huddled over the contract.",
    "The hotel feted its millionth guest.",
    "The boat ferried tourists to the island.",
    "The manager upbraided his players after the defeat.",
    "The company's chief executive hosted the firm's security chief.",
    "The company pulled its staff out of Russia.",
])
def test_round_8_everyday_uses_code_nothing(code_text, text):
    record = code_text(text)
    assert record["events"] == [], dyads(record)


@pytest.mark.parametrize("text", [
    # a storm's name read as a person, wildfires read as a name: forces of nature attack no one
    "Typhoon Haiyan killed more than 6,000 people in the Philippines.",
    "Wildfires ravaged forests on the Greek island of Evia.",
])
def test_forces_of_nature_code_nothing(code_text, text):
    record = code_text(text)
    assert record["events"] == [], dyads(record)


def test_fire_by_forces_still_kills(code_text):
    assert_event(code_text("Israeli fire killed two Palestinians in Gaza."), "19", "ASSAULT", {"ISR"}, {"PSE"})
