"""Rules from the wire_dev_16 session (1998-2016 agency prose), each on team-written sentences
(none from bench/data; other names, places and numbers), with look-alikes that must keep their
reading.

An insult hung on a name as an apposition ("called Prime Minister Tony Blair the liar of the
century"); opening fire on a crowd (175); a seized freighter (171); a storm or a virus as the
subject of a violent verb (a mishap, not an attack); "attack helicopters" in a list of arms; a
gerund right after a particle ("ruled out easing"); a bare verb conjoined to an obliged one; the
fight an "end to" would end; a violent act dated by a year before it ("the 1915 killings"); an
organisation in an office-holder's title ("an Arab League plan for President ...") that is no
sports league; an "as" phrase hung on the object's participle ("used residents trapped in X as
human shields"); refusing to include someone in a release; residency rights revoked (172); money
invested to build something in a country (0311); a crowd pouring into a city with its demand
(a protest, 1411); a seizure aimed at whom the ship or cargo was bound for.
"""

from __future__ import annotations

import pytest

from eventkit import asserted, dyads, has_asserted, has_asserted_code


@pytest.mark.parametrize("text, code, actor, recipient", [
    # The insult is an apposition on the name the model takes for the object predicate (111).
    ("Iranian President Mahmoud Ahmadinejad called British Prime Minister Tony Blair the liar of the century on Sunday.",
     "111", {"IRN"}, {"GBR"}),
    # Fire opened on a crowd is repression (175), like "fired on crowds of demonstrators".
    ("Troops in Guinea opened fire on crowds of opposition supporters in Conakry on Monday, killing at least 50 people.",
     "175", {"GIN"}, {"GIN"}),
    # A freighter seized at sea is property taken by force (1711, convention 19).
    ("Spanish marines seized a freighter off the Canary Islands carrying 20 tonnes of cocaine, the interior ministry said.",
     "1711", {"ESP"}, None),
    # "attack helicopters" in a list of arms is a kind of craft: the arms cut-off stays (1622).
    ("Germany suspended deliveries of tanks, fighter jets and attack helicopters to Indonesia on Monday over the "
     "army's crackdown in Aceh.", "1622", {"DEU"}, {"IDN"}),
    # "ruled out easing" governs the easing (an embargo eased refused: 1244).
    ("The European Union ruled out easing its arms embargo on China on Monday, officials in Brussels said.",
     "1244", {"IGOEEC"}, {"CHN"}),
    # The veto is kept: "League" in an office-holder's title is the Arab League, no sports league.
    ("China vetoed a Security Council resolution drafted by Britain that backed an Arab League plan for Yemeni "
     "President Ali Abdullah Saleh to step down.", "129", {"CHN"}, {"GBR"}),
    # "as human shields" hung on the participle of the object is still what the civilians were used as (184).
    ("Hamas militants used hundreds of residents trapped in Gaza City as human shields, the Israeli army said.",
     "184", {"PSE"}, {"PSE"}),
    # Refusing to include a prisoner in a release refuses the release (1243).
    ("Uzbekistan refused to include the jailed opposition leader in a planned release of political prisoners, "
     "his lawyer said.", "1243", {"UZB"}, {"UZB"}),
    # The visit stays when the fight it presses to end is dropped (042).
    ("The U.N. envoy flew to Khartoum on Monday, pressing for an end to the fighting between Sudan and South Sudan "
     "that has killed hundreds of people.", "042", {"IGOUNO"}, {"SDN"}),
    # The recall stays when the dated killings are dropped (161).
    ("Baku recalled its ambassador from Paris on Friday after lawmakers there passed a bill saying the 1915 killings "
     "of Armenians constituted genocide.", "161", {"AZE"}, {"FRA"}),
    # Residency rights revoked are an administrative sanction (172), not a curb on political freedoms.
    ("Bahrain revoked the residency rights of 40 Lebanese workers on Tuesday.", "172", {"BHR"}, {"LBN"}),
    # Money to be invested to build something in a country is economic cooperation announced (0311).
    ("South Korea will invest $4 billion to build a steel plant in Brazil, officials said.", "0311", {"KOR"}, {"BRA"}),
    # A crowd pouring into a capital with its demand is a protest for a change of leader (1411).
    ("Thousands of Kyrgyz opposition supporters poured into Bishkek on Thursday demanding the resignation of "
     "President Askar Akayev.", "1411", {"KGZ"}, {"KGZ"}),
    # A ship seized on its way to a state: the seizure is aimed at that state.
    ("Greek coastguards seized a ship bound for Libya carrying explosives.", "1711", {"GRC"}, {"LBY"}),
])
def test_dev16_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # A hurricane forcing residents out is no mass expulsion.
    ("Hurricane Ike slammed into Texas on Saturday, flooding Galveston and forcing tens of thousands of residents "
     "to flee, officials said.", "20"),
    # A virus is the killer, whatever the tagger makes of its name.
    ("The H1N1 swine flu virus has killed 70 people in Mexico since April, health ministry figures showed.", "19"),
    # "attack" of "attack helicopters" is no attack.
    ("Germany suspended deliveries of tanks, fighter jets and attack helicopters to Indonesia on Monday over the "
     "army's crackdown in Aceh.", "19"),
    # The fighting an "end to" would end is not a fight told.
    ("The U.N. envoy flew to Khartoum on Monday, pressing for an end to the fighting between Sudan and South Sudan "
     "that has killed hundreds of people.", "19"),
    # Killings of 1915 are history recalled.
    ("Baku recalled its ambassador from Paris on Friday after lawmakers there passed a bill saying the 1915 killings "
     "of Armenians constituted genocide.", "19"),
    # Elections a speaker says Minsk must hold are demanded of Minsk, not promised by it (no 034).
    ("The State Department said Minsk must release political prisoners and hold fair elections.", "034"),
    # The veto is not read as backing the plan its resolution backed.
    ("China vetoed a Security Council resolution drafted by Britain that backed an Arab League plan for Yemeni "
     "President Ali Abdullah Saleh to step down.", "05"),
])
def test_dev16_rules_not(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Fire opened on rebels stays small-arms fighting (193), not repression.
    ("Guinean soldiers opened fire on rebels near the border with Liberia on Monday, the army said.",
     "193", {"GIN"}, {"LBR"}),
    # Troops forcing villagers out stay a mass expulsion (201): no mishap word is their subject.
    ("Sudanese troops forced 40,000 villagers to flee their homes in Darfur, the United Nations said.",
     "201", {"SDN"}, {"SDN"}),
    # A fight told as such stays (190).
    ("Fighting between Sudanese troops and rebels killed 30 people in Darfur on Tuesday, the army said.",
     "190", {"SDN"}, set()),
    # A killing dated by a phrase after it stays (190).
    ("Serbian police killed 45 ethnic Albanians in the village of Racak in January 1999, monitors said.",
     "190", {"SRB"}, {"SRB"}),
    # "ruled out talks, saying ..." keeps its object: a comma comes before the participle (125).
    ("Tokyo ruled out talks with Pyongyang on Monday, saying the abduction issue had to be settled first.",
     "125", {"JPN"}, {"PRK"}),
    # The first verb of the obligation stays a demand (1053).
    ("The State Department said Minsk must release political prisoners and hold fair elections.",
     "1053", {"USA"}, {"BLR"}),
    # An apposition after a comma is no predicate: the telephone call stays (041).
    ("The Bolivian president called U.S. Ambassador Philip Goldberg, the host of the reception, on Tuesday.",
     "041", {"BOL"}, {"USA"}),
    # Refusing to include someone in talks is no refused release (120).
    ("Turkey refused to include Cyprus in the talks on Sunday.", "120", {"TUR"}, {"CYP"}),
    # Political rights revoked stay a curb on political freedoms (1721).
    ("The Bahraini government revoked the political rights of 30 opposition activists.", "1721", {"BHR"}, {"BHR"}),
    # A cargo seized with no destination named stays at home (1711, Spain on Spain).
    ("Spanish marines seized a freighter off the Canary Islands carrying 20 tonnes of cocaine, the interior ministry said.",
     "1711", {"ESP"}, {"ESP"}),
    # Troops pouring into a region stay force (190).
    ("Russian troops poured into South Ossetia on Friday.", "190", {"RUS"}, {"GEO"}),
])
def test_dev16_lookalikes_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text", [
    # Schools used as barracks are no human shields, and no party is acted on.
    "The army used schools built by Japan as barracks during the floods.",
    # Figures left out of a report are no refusal between parties.
    "The ministry refused to include the export figures in its annual report.",
    # A company's own plant expanded is no cooperation between parties.
    "The company will invest $2 billion to expand its plant in Ohio.",
    # A crowd pouring into a city with no demand or protest is no event.
    "Thousands of Kyrgyz opposition supporters poured into Bishkek on Thursday.",
])
def test_dev16_quiet(code_text, text):
    record = code_text(text)
    assert not asserted(record), dyads(record)
