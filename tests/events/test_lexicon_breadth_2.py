"""Lexicon breadth, round 2: refusals with "ruled out", intentions announced as plans,
criticism that "came under fire", ethnic groups driven out, and further wire phrasings of
hosting, aid convoys, defence of an ally, debt restructuring, embargoes on imports; with the
sport, business and accident uses of the same words that must not code.

Team-written sentences: the CAMEO code prefix, the PLOVER type, and the actor/recipient codes.
"""

from __future__ import annotations

import pytest

from eventkit import assert_event


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # 12: "ruled out" + a gerund is a refusal; the act ruled out is not coded as done.
    ("Moscow ruled out sending troops to Belarus.", "1212", "REJECT", {"RUS"}, {"BLR"}),
    ("Israel ruled out releasing Palestinian prisoners.", "1243", "REJECT", {"ISR"}, None),
    ("Seoul ruled out holding talks with Pyongyang.", "125", "REJECT", {"KOR"}, {"PRK"}),
    ("Washington ruled out lifting sanctions on Havana.", "124", "REJECT", {"USA"}, None),
    # 03: plans announced or unveiled are intentions.
    ("Japan announced plans to send aid to Gaza.", "033", "AGREE", {"JPN"}, {"PSE"}),
    # 11: "came under fire from X over/for Y" is criticism.
    ("Israel came under fire from the United States over the settlements.", "111", "ACCUSE", {"USA"}, {"ISR"}),
    # 20: an ethnic or religious group driven out of its own country's region.
    ("Myanmar's army drove the Rohingya out of Rakhine.", "201", "ASSAULT", {"MMR"}, None),
    ("Azerbaijan expelled Armenians from Nagorno-Karabakh.", "201", "ASSAULT", {"AZE"}, None),
])
def test_lexicon_breadth_2(code_text, text, cameo, plover, actor, recipient):
    assert_event(code_text(text), cameo, plover, actor, recipient)


def test_ruled_out_sending_is_no_mobilisation(code_text):
    record = code_text("Moscow ruled out sending troops to Belarus.")
    assert not any(e["cameo"].startswith("15") for e in record["events"])


def test_unveiled_plans_are_future(code_text):
    # An announced plan to sanction is a threat of sanctions (13), not a sanction (16).
    record = code_text("Britain unveiled plans to impose sanctions on Iran.")
    assert [e["cameo"][:2] for e in record["events"]] == ["13"]


@pytest.mark.parametrize("text", [
    "The minister came under fire from critics over his remarks.",
    "Liverpool came under fire from fans over ticket prices.",
    "The striker ruled out a move to Spain.",
    "The airline announced plans to open new routes.",
])
def test_no_event_from_the_same_words_round_3(code_text, text):
    record = code_text(text)
    assert record["events"] == [], [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # Misses of the wire_dev_3 tuning set, re-worded with other actors.
    ("Paris leapt to the defence of Lebanon, saying Beirut had the right to protect its borders.", "052", "SUPPORT",
     {"FRA"}, {"LBN"}),
    ("Washington rushed to the defence of Manila after the Chinese coast guard fired water cannon.", "052",
     "SUPPORT", {"USA"}, {"PHL"}),
    ("The Japanese and Australian navies launched a week-long exercise in the Coral Sea.", "062", "COOPERATE",
     {"JPN", "AUS"}, set()),
    ("Indian and Egyptian marines staged joint amphibious landings on the coast.", "062", "COOPERATE",
     {"IND", "EGY"}, set()),
    ("Switzerland returned to Nigeria $300 million of looted funds.", "0842", "RETREAT", {"CHE"}, {"NGA"}),
    ("Britain repatriated stolen assets to Nigeria.", "0842", "RETREAT", {"GBR"}, {"NGA"}),
    ("Japan financed a new port in Bangladesh.", "071", "AID", {"JPN"}, {"BGD"}),
    ("Kenyan peacekeepers fanned out across the Haitian capital.", "074", "AID", {"KEN"}, {"HTI"}),
    ("UN investigators gathered evidence of war crimes in Ukraine.", "094", "ACCUSE", {"IGOUNO"}, {"UKR"}),
    ("French prosecutors raided the offices of the ruling party.", "091", "ACCUSE", {"FRA"}, None),
    ("Tehran demanded the return of Iranian sailors detained by the Saudi navy.", "1053", "REQUEST", {"IRN"}, None),
    ("Thousands of Kenyan protesters thronged the streets of Nairobi.", "141", "PROTEST", {"KEN"}, None),
    ("Thai students held a rally in Bangkok.", "141", "PROTEST", {"THA"}, None),
    ("Russia blocked imports of Moldovan wine.", "163", "SANCTION", {"RUS"}, {"MDA"}),
    ("Iran barred a prominent activist from leaving the country.", "172", "COERCE", {"IRN"}, None),
    ("Heavy fighting broke out between the Congolese army and M23 rebels near Goma.", "190", "ASSAULT",
     {"COD", "CODM23"}, {"COD"}),  # two sides of one country: a civil war, aimed at it
    # An intention noun over the act makes it an intent (03).
    ("Eritrea declared its readiness to hold talks with Ethiopia.", "036", "AGREE", {"ERI"}, {"ETH"}),
    ("Egypt announced plans to send aid to Sudan.", "033", "AGREE", {"EGY"}, {"SDN"}),
])
def test_lexicon_breadth_2_dev3(code_text, text, cameo, plover, actor, recipient):
    assert_event(code_text(text), cameo, plover, actor, recipient)


@pytest.mark.parametrize("text", [
    "The team leapt to the defence of their coach.",
    "Apple and Samsung launched a joint exercise in brand marketing.",
    "The company restructured its debt.",
    "The club returned the money to fans.",
    "Thousands of fans thronged the stadium.",
    "Fans held a rally in support of the striker.",
    "The firm blocked imports of cheap steel.",
    "The airline barred the passenger from travelling.",
    "Fighting broke out between rival gangs of fans.",
    "The investors gathered evidence against the chief executive.",
    "The company fanned out across the country.",
    "Stock markets staged a rally on Monday.",
])
def test_no_event_from_the_same_words_round_3_dev3(code_text, text):
    record = code_text(text)
    assert record["events"] == [], [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    ("A Red Cross aid convoy reached the Sudanese city of El Fasher on Tuesday.", "073", "AID", {"NGOIRC"}, {"SDN"}),
    ("Polish warships participated in joint naval drills with Sweden.", "062", "COOPERATE", {"POL"}, {"SWE"}),
    ("Swedish investigators turned over their findings on the pipeline blasts to Germany.", "064", "COOPERATE",
     {"SWE"}, {"DEU"}),
    ("Senegalese President Macky Sall promised Senegalese voters that he would step aside at the end of his term.",
     "0341", "AGREE", {"SEN"}, None),
    # A direction particle after the object ("pull its troops back"), said of the future: an intent.
    ("Serbia said it would pull its troops back from the Kosovo border.", "0356", "AGREE", {"SRB"}, None),
    # "hoped" is lemmatised "hop" by the model: still an intention.
    ("Japanese Prime Minister Shigeru Ishiba said he hoped to meet South Korean President Lee Jae-myung in Seoul.",
     "036", "AGREE", {"JPN"}, {"KOR"}),
])
def test_lexicon_breadth_2_dev3_more(code_text, text, cameo, plover, actor, recipient):
    assert_event(code_text(text), cameo, plover, actor, recipient)


@pytest.mark.parametrize("text", [
    "The aid package reached parliament for a vote.",
    "Players took part in training drills on Tuesday.",
    "The coach promised that he would step aside if the team lost.",
    "The team pulled its players back into defence.",
    "The club turned over its profits to charity.",
])
def test_no_event_from_the_same_words_round_3_more(code_text, text):
    record = code_text(text)
    assert record["events"] == [], [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # Characterising another's act as a crime (111), as "called the strike a war crime" does.
    ("Iran labelled the Israeli attack an act of terrorism.", "111", "ACCUSE", {"IRN"}, {"ISR"}),
    ("Tehran branded the US sanctions economic terrorism.", "111", "ACCUSE", {"IRN"}, {"USA"}),
    ("Kyiv described the Russian strike as a war crime.", "111", "ACCUSE", {"UKR"}, {"RUS"}),
    ("Egypt hammered out a truce between Israel and Islamic Jihad.", "045", "CONSULT", {"EGY"}, {"ISR", "PSEPIJ"}),
    ("Israel choked off fuel supplies to Gaza.", "160", "SANCTION", {"ISR"}, {"PSE"}),
    ("Russia shut off gas supplies to Bulgaria.", "160", "SANCTION", {"RUS"}, {"BGR"}),
])
def test_lexicon_breadth_2_roots(code_text, text, cameo, plover, actor, recipient):
    assert_event(code_text(text), cameo, plover, actor, recipient)


@pytest.mark.parametrize("text", [
    "The coach branded the defeat a disaster.",
    "Critics labelled the film a masterpiece.",
    "The manager described the attack as the best in the league.",
    "The two companies hammered out a deal between them.",
    "The storm shut off power to thousands of homes.",
])
def test_no_event_from_the_same_words_round_3_roots(code_text, text):
    record = code_text(text)
    assert record["events"] == [], [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # Pounding a place "with" air or artillery weapons (the place is the target's country).
    ("Israel pounded Gaza with airstrikes.", "195", "ASSAULT", {"ISR"}, {"PSE"}),
    ("Russia pounded Kharkiv with artillery overnight.", "194", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Russia hammered Odesa with drones.", "195", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Haiti begged the international community for help.", "023", "REQUEST", {"HTI"}, None),
    ("The EU and Mercosur clinched a free trade deal.", "057", "SUPPORT", {"IGOEEC", "IGOMRC"}, set()),
    ("Britain clinched a trade pact with India.", "057", "SUPPORT", {"GBR"}, {"IND"}),
])
def test_lexicon_breadth_2_roots_more(code_text, text, cameo, plover, actor, recipient):
    assert_event(code_text(text), cameo, plover, actor, recipient)


@pytest.mark.parametrize("text", [
    "Liverpool pounded the Leeds goal with shots.",
    "The boxer hammered his opponent with punches.",
    "The fans begged the club for a new manager.",
    "The club clinched a deal for the striker.",
    "Apple clinched a deal with Samsung.",
    "Brazil clinched the title with a win over Argentina.",
])
def test_no_event_from_the_same_words_round_3_roots_more(code_text, text):
    record = code_text(text)
    assert record["events"] == [], [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    ("South Africa walked back its criticism of Israel.", "080", "CONCEDE", {"ZAF"}, {"ISR"}),
    ("Washington unblocked $6 billion in Iranian funds.", "0842", "RETREAT", {"USA"}, {"IRN"}),
    ("Germany took Russia to task over the cyber attack.", "111", "ACCUSE", {"DEU"}, {"RUS"}),
    ("The EU rapped Poland over judicial reforms.", "111", "ACCUSE", {"IGOEEC"}, {"POL"}),
    ("Israel froze Palestinian tax revenues.", "160", "SANCTION", {"ISR"}, {"PSE"}),
    ("Israel withheld Palestinian tax revenues.", "160", "SANCTION", {"ISR"}, {"PSE"}),
    ("China curbed exports of rare earths to the US.", "163", "SANCTION", {"CHN"}, {"USA"}),
    ("The Malian junta thumbed its nose at ECOWAS sanctions.", "128", "REJECT", {"MLI"}, {"IGOWAS"}),
])
def test_lexicon_breadth_2_roots_idioms(code_text, text, cameo, plover, actor, recipient):
    assert_event(code_text(text), cameo, plover, actor, recipient)


@pytest.mark.parametrize("text", [
    "The coach walked back his comments about the referee.",
    "The club unfroze the transfer budget.",
    "The manager took the players to task over their performance.",
    "The singer froze her tour plans.",
    "The striker thumbed his nose at the critics.",
    "The company limited exports to Europe.",
])
def test_no_event_from_the_same_words_round_3_idioms(code_text, text):
    record = code_text(text)
    assert record["events"] == [], [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # Weapons received "from" a state: that state supplies them (voice=received).
    ("Ukraine received F-16 fighter jets from Denmark.", "072", "AID", {"DNK"}, {"UKR"}),
    ("Taiwan received Abrams tanks from the United States.", "072", "AID", {"USA"}, {"TWN"}),
    ("Armenia ceded four villages to Azerbaijan.", "0874", "RETREAT", {"ARM"}, {"AZE"}),
    ("Japan gave Indonesia patrol boats.", "072", "AID", {"JPN"}, {"IDN"}),
])
def test_lexicon_breadth_2_material(code_text, text, cameo, plover, actor, recipient):
    assert_event(code_text(text), cameo, plover, actor, recipient)


@pytest.mark.parametrize("text", [
    "The club received a new striker from Porto.",
    "The striker received a yellow card from the referee.",
    "The museum received paintings from a collector.",
    "The charity gave the fishermen new boats.",
])
def test_no_event_from_the_same_words_round_3_material(code_text, text):
    record = code_text(text)
    assert record["events"] == [], [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]
