"""Full (four-digit) sub-codes, twenty-fifth session, second round: a right named as the object of
the act asked for or refused (0243, 1043, 1233), torture that kills (1822), calls for a ceasefire
rejected (1246), costs asked to be shared (1031, 0231) and a transfer of power to be allowed (0241).

Team-written sentences in the style of agency copy, with other actors and wording than the
tuning sentences that prompted each rule: the exact CAMEO code and the actor/recipient codes,
and for each rule a near miss that must keep its other code.
"""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A right to be recognised, restored or granted: demand, appeal or rejection of rights.
    ("Serbia demanded that Kosovo recognise the land rights of the Serbian Orthodox Church.", "1043",
     {"SRB"}, {"XKX"}),
    ("Russia's foreign ministry demanded that Estonia end what it called harassment of Russian speakers and "
     "restore their right to vote in local elections.", "1043", {"RUS"}, {"EST"}),
    ("Hungary urged Ukraine to restore the right of ethnic Hungarians to study in their own language.", "0243",
     {"HUN"}, {"UKR"}),
    ("Hungary rejected EU calls to restore the rights of asylum seekers.", "1233", {"HUN"}, {"IGOEEC"}),
    # Torture that kills is still torture (1822), not a killing by assault.
    ("Greek police tortured a Turkish migrant to death, Turkish officials said.", "1822", {"GRC"}, {"TUR"}),
    # A call or appeal for a ceasefire turned down: refusing to de-escalate (1246).
    ("Israel rejected international calls for a truce in Gaza.", "1246", {"ISR"}, {"PSE"}),
    ("Ukraine dismissed Russia's appeal for a ceasefire over the Orthodox Christmas.", "1246", {"UKR"},
     {"RUS"}),
    # Costs or burdens to be shared: economic aid asked for (1031, 0231), not intelligence.
    ("Italy demanded that other European Union states share the cost of caring for migrants rescued at sea.",
     "1031", {"ITA"}, {"IGOEEC"}),
    # A transfer of power to be allowed: an appeal for a change in leadership (0241), not for outsiders.
    ("The United States urged Myanmar's generals to allow a transfer of power to the elected government.",
     "0241", {"USA"}, {"MMR"}),
])
def test_full_subcode(code_text, text, cameo, actor, recipient):
    assert_some_event(code_text(text), cameo, actor, recipient, exact=True)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Harassment to be stopped with no right named: a demand for a change of policy (1042).
    ("Belgrade demanded that Kosovo stop harassing Serb residents.", "1042", {"SRB"}, {"XKX"}),
    # Beaten with no torture named: a physical assault (182), not torture.
    ("Police officers beat Kenyan students in Nairobi, a rights group said.", "182", {"KEN"}, {"KEN"}),
    # (A ceasefire proposal turned down left this list in the thirty-fifth session: it is 1246 by
    # convention 22; see tests/events/test_conventions_36.py.)
    # Intelligence to be shared stays intelligence (0214).
    ("Washington urged Seoul to share intelligence on North Korean missile launches.", "0214", {"USA"},
     {"KOR"}),
    # Observers to be let in stay international involvement (0255).
    ("The EU urged Belarus to allow observers into the country.", "0255", {"IGOEEC"}, {"BLR"}),
])
def test_near_misses_keep_their_code(code_text, text, cameo, actor, recipient):
    record = code_text(text)
    assert_some_event(record, cameo, actor, recipient, exact=True)
    assert not any(code in {"1043", "1822", "1246", "1031", "0231", "0241"} for code, _a, _r in dyads(record))
