"""What is done in real news, round 12 (twenty-fourth session). Backing another state's bid for a
seat or a membership rallies support on its behalf (CAMEO 053, not plain praise 051); a ceasefire
plan or offer turned down is a plan to settle rejected (127, not a refusal to de-escalate 1246); a
riot "as lawmakers passed a finance bill" or "as protests over a fare rise spiralled" is a violent
protest for a change of policy (1452); a treaty suspended reduces relations (160); a transit ban
and visa restrictions are sanctions (163); police storming an embassy raid it (1711, not a riot);
a party dissolved is banned (1722); a rejection voiced is a rejection (120); a treaty ended cuts
a tie (160); armed men killing villagers use unconventional violence (180), attacking an army base
military force (190); a high commissioner summoned is a summons (110 since the twenty-fifth
session's summons rule; it was 114); a new constitution
promised for a referendum is a promise to change institutions (0344); asking someone to call off
protests is no call to punish a third party.
Team-written sentences; each row of the first table failed before."""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Support for someone's bid to join or to sit: 053.
    ("Washington backed Colombia's bid for a seat on the U.N. Security Council.", "053", {"USA"}, {"COL"}),
    ("Germany supported Ukraine's application to join the European Union.", "053", {"DEU"}, {"UKR"}),
    ("Brazil's President Lula threw his weight behind Venezuela's bid to join the Mercosur trade bloc.", "053",
     {"BRA"}, {"VEN"}),
    ("Macron voiced support on Thursday for Ukraine's bid to become a candidate for EU membership.", "053",
     {"FRA"}, {"UKR"}),
    # A ceasefire plan turned down: a refusal to de-escalate (1246, convention 22).
    ("Hamas rejected a ceasefire plan put forward by Egypt.", "1246", {"PSEHMS"}, {"EGY"}),
    ("Kyiv rejected a Russian proposal for a ceasefire that would have frozen the front lines.", "1246",
     {"UKR"}, {"RUS"}),
    # What the rioters were protesting, told in an "as" clause: policy (1452).
    ("Kenyan protesters stormed parliament in Nairobi and set part of the building ablaze as lawmakers "
     "passed a finance bill.", "1452", {"KEN"}, None),
    ("Rioters torched metro stations in Santiago as protests over a fare increase spiralled into Chile's "
     "worst unrest in decades.", "1452", {"CHL"}, None),
    # Relations, sanctions, raids and bans.
    ("Moscow suspended the New START treaty with the United States.", "160", {"RUS"}, {"USA"}),
    ("Lithuania banned the transit of sanctioned goods to Kaliningrad.", "163", {"LTU"}, {"RUS"}),
    ("The United States imposed visa restrictions on Ugandan officials over the anti-gay law.", "163",
     {"USA"}, {"UGA"}),
    ("Ecuador's police stormed the Mexican embassy in Quito to arrest a former vice president.", "1711",
     {"ECU"}, {"MEX"}),
    ("The Thai Constitutional Court dissolved the Move Forward party.", "1722", {"THA"}, {"THA"}),
    ("Jordan expressed its rejection of the Israeli plan to annex parts of the West Bank.", "120",
     {"JOR"}, {"ISR"}),
    # Read from the nineteenth wire batch's tuning half (sentences reworded).
    ("Honduras ended its extradition treaty with the United States.", "160", {"HND"}, {"USA"}),
    ("Armed jihadists killed at least 15 civilians in a raid on a village in northern Togo.", "180",
     {"TGO"}, {"TGO"}),
    ("Islamist militants attacked an army base in northern Mali, killing 20 soldiers.", "190", {"MLI"}, {"MLI"}),
    # (a plain summons "over" remarks is 110 since the summons change: CAMEO's own example; 114 only
    # when the envoy is summoned to lodge a protest)
    ("Nigeria's foreign ministry summoned the British high commissioner in Abuja over the minister's remarks.",
     "110", {"NGA"}, {"GBR"}),
    ("Tunisia's president promised to put a new constitution to a national referendum in July.", "0344",
     {"TUN"}, {"TUN"}),
    # Aid and arms that arrive "from" their sender, or land with relief goods aboard.
    ("The first Leopard 2 tanks from Germany arrived in Ukraine on Monday.", "072", {"DEU"}, {"UKR"}),
    ("Aid from the European Union reached Gaza on Tuesday.", "073", {"IGOEEC"}, {"PSE"}),
    ("Two Chinese aircraft carrying tents, blankets and water purifiers landed in Kathmandu on Saturday.",
     "073", {"CHN"}, {"NPL"}),
    # Sub-codes read from dev_12's full-code misses.
    ("Paraguay's president lent his support on Monday to Taiwan's bid for a role at the World Health Assembly.",
     "053", {"PRY"}, {"TWN"}),
    ("Nicaragua's government shut down more than 1,500 non-governmental organisations on Friday.", "1721",
     {"NIC"}, {"NIC"}),
    ("Farmers blocked the main highway in Panama on Monday to demand the cancellation of a mining contract.",
     "1442", {"PAN"}, None),
    ("The International Criminal Court's prosecutor opened an investigation into alleged crimes against "
     "humanity committed in Venezuela.", "094", {"IGOICC"}, {"VEN"}),
    ("Saudi Arabia offered on Sunday to host talks between Russia and the United States on ending the war.",
     "039", {"SAU"}, None),
    # Condemnation drawn by a vote to do something: the voters' side receives it.
    ("Estonia's parliament voted to remove Soviet-era monuments from public spaces, drawing condemnation "
     "from Moscow.", "111", {"RUS"}, {"EST"}),
])
def test_what_is_done_coded(code_text, text, code, actor, recipient):
    assert_some_event(code_text(text), code, actor, recipient, exact=len(code) > 2)


@pytest.mark.parametrize("text, code", [
    # A future pledge of backing is an intention (032), not the backing itself.
    ("Budapest would continue to back Serbia's bid to join the European Union, the minister said.", "032"),
    # Offering to host talks with someone is offering to meet them (036), not to mediate (039).
    ("Turkey offered to host talks with Russia in Istanbul.", "036"),
    # Backing a plan is endorsing it; a bid is what 053 is about.
    ("France backed the Egyptian plan for the reconstruction of Gaza.", "051"),
    # A peace plan rejected stays 127; a refusal to stop the fighting stays 1246.
    ("Russian commanders refused to halt their offensive in Chechnya.", "1246"),
    # Asking someone to call off protests is an appeal, not a call to punish a third party (113);
    # since the thirtieth session (wt-full31) an appeal to end dissent (0252), no longer "urge ... to
    # call" elections (0241).
    ("Kenya's president urged the opposition leader to call off planned protests over the cost of living.", "0252"),
    # Gunmen attacking a mosque stays unconventional violence.
    ("Gunmen attacked a mosque in northern Nigeria during Friday prayers.", "180"),
    # Rioting with no occasion named stays plain 145.
    ("Rioters looted shops in Kinshasa as the results of the presidential election were announced.", "145"),
])
def test_neighbours_keep_their_code(code_text, text, code):
    assert code in [c for c, _, _ in dyads(code_text(text))], dyads(code_text(text))


@pytest.mark.parametrize("text, not_code", [
    # A bid in business or sport backed: no state's seat or membership.
    ("Shareholders backed the takeover bid for the British retailer.", "053"),
    # A treaty's text, not its suspension.
    ("The treaty was signed in Prague in 2010 and suspended nothing.", "16"),
])
def test_near_misses_stay_silent(code_text, text, not_code):
    assert not any(code.startswith(not_code) for code, _, _ in dyads(code_text(text))), dyads(code_text(text))
