"""Full (four-digit) sub-codes, twenty-fifth session: an approved extradition (0313 towards the
receiving state), rights promised (0343), property of a company or tycoon seized (1711),
economic proposals rejected (1211), accusations of vote-buying (1121) and of sending troops
(1123), demands to honour a defence treaty (1012), to investigate (101) and to hand over persons
wanted by a court (1013).

Team-written sentences in the style of agency copy, with other actors and wording than the
tuning sentences that prompted each rule: the exact CAMEO code and the actor/recipient codes,
and for each rule a near miss that must keep its other code.
"""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A court or minister approving an extradition: intent to cooperate on judicial matters (0313),
    # towards the state that receives the person, not the person's own state.
    ("A Polish court on Monday approved the extradition of a Russian businessman to the United States, "
     "his lawyer said.", "0313", {"POL"}, {"USA"}),
    ("Spain's high court authorised the extradition of a former Venezuelan intelligence chief to Washington.",
     "0313", {"ESP"}, {"USA"}),
    ("Spain agreed to extradite a Russian hacker to the United States.", "0313", {"ESP"}, {"USA"}),
    # Citizenship, identity papers or schooling promised to residents: intent to provide rights (0343).
    ("Bahrain's government pledged to give stateless residents citizenship, the cabinet said.", "0343",
     {"BHR"}, {"BHR"}),
    ("Thailand promised to grant hill-tribe villagers access to identity cards and schooling.", "0343",
     {"THA"}, {"THA"}),
    # An aircraft seized as the property of a company or an oligarch: confiscation (1711).
    ("Dutch authorities seized a private jet belonging to a Russian oligarch at Schiphol airport.", "1711",
     {"NLD"}, {"RUS"}),
    # A proposal of economic ties turned down: rejecting economic cooperation (1211).
    ("Belarus rejected a Russian proposal to create a single energy market, the energy minister said.", "1211",
     {"BLR"}, {"RUS"}),
    # Accused of buying votes: of crime or corruption (1121); of sending troops: of aggression (1123).
    ("Georgia's ruling party accused the opposition of buying votes with cash handouts before the election.",
     "1121", {"GEO"}, {"GEO"}),
    ("Nigeria's opposition accused the ruling party of vote-buying in the governorship election.", "1121",
     {"NGA"}, {"NGA"}),
    ("Ukraine accused Russia of sending troops across the border into the Donbas region, the defence ministry "
     "said.", "1123", {"UKR"}, {"RUS"}),
    ("Pakistan accused India of deploying troops along the Line of Control in violation of the ceasefire.",
     "1123", {"PAK"}, {"IND"}),
    # Demands to honour a defence pact (1012), to investigate or explain (101), to hand over persons
    # accused or wanted by a court (1013).
    ("Kyiv demanded that Washington honour its obligations under the defence pact.", "1012", {"UKR"}, {"USA"}),
    ("Seoul demanded that Tokyo investigate the sinking of a Korean fishing boat near the disputed islets.",
     "101", {"KOR"}, {"JPN"}),
    ("Turkey demanded that Greece hand over the officers accused of taking part in the coup attempt.", "1013",
     {"TUR"}, {"GRC"}),
])
def test_full_subcode(code_text, text, cameo, actor, recipient):
    assert_some_event(code_text(text), cameo, actor, recipient, exact=True)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # The extradition itself stays judicial cooperation (063).
    ("Serbia extradited a Croatian war crimes suspect to Zagreb on Friday.", "063", {"SRB"}, {"HRV"}),
    # (A tanker seized at sea left this list in the thirty-fifth session: it is confiscated
    # property, 1711, by convention 19; see tests/events/test_conventions_36.py.)
    # A political plan turned down stays a plain rejection (120).
    ("Serbia rejected a Western plan for the future of Kosovo, the foreign minister said.", "120",
     {"SRB"}, {"XKX"}),
    # Accused of supplying weapons: a plain accusation (112), not of aggression.
    ("Azerbaijan accused Iran of supplying weapons to Armenia.", "112", {"AZE"}, {"IRN"}),
    # A seized boat to be handed back: a demand for release (1053), not judicial cooperation.
    ("Japan demanded that Russia hand over the fishing boat seized near the disputed islands.", "1053",
     {"JPN"}, {"RUS"}),
    # Refugees given access to a border crossing: not a right promised.
    ("Ecuador promised to give Colombian refugees access to the border crossing.", "031", {"ECU"}, {"COL"}),
])
def test_near_misses_keep_their_code(code_text, text, cameo, actor, recipient):
    record = code_text(text)
    assert_some_event(record, cameo, actor, recipient, exact=True)
    assert not any(code in {"0313", "1711", "1211", "1123", "1013", "0343"} for code, _a, _r in dyads(record))
