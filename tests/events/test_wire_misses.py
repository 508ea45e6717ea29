"""Events the tuning sets still missed (twenty-fifth session, helper wt-miss): a crowd placed by
the town it marches through, the country a policy is held towards left out of the dyad, military
activity scaled down, two parties going over issues, a court ruling a party liable, aid let in to
enter a place.

Team-written sentences in the style of agency copy, with other actors and wording than the
tuning sentences that prompted each rule: the CAMEO code prefix, the actor and recipient codes.
"""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A crowd named only by its size is of the town it marches through.
    ("Thousands marched through Tbilisi on Sunday demanding the resignation of Prime Minister Irakli "
     "Kobakhidze.", "1411", {"GEO"}, {"GEO"}),
    # The country a policy is held towards is no party; the leader's state is the target.
    ("Protesters rallied in Belgrade demanding the resignation of President Aleksandar Vucic over his policy "
     "towards Kosovo.", "1411", {"SRB"}, {"SRB"}),
    ("Thousands marched through Bratislava demanding the resignation of the prime minister over his stance "
     "on Ukraine.", "1411", {"SVK"}, {"SVK"}),
    # Military activity scaled down (announced: intent to de-escalate; done: 087).
    ("Israel will scale down military activity in the northern Gaza Strip to allow aid deliveries, a senior "
     "official said.", "0356", {"ISR"}, {"PSE"}),
    ("The Turkish army scaled back military activity along the Syrian border on Monday.", "087", {"TUR"},
     {"SYR"}),
    # Two parties going over issues discuss them.
    ("The French and German finance ministers went over the details of the rescue plan in Brussels on Monday.",
     "040", {"FRA", "DEU"}, None),
    # A court ruling that a party was liable finds it liable.
    ("An appeals court in Nairobi ruled that Britain was liable for abuses by colonial forces.", "116", {"KEN"},
     {"GBR"}),
    # Aid let in to enter a place is aimed at that place, not at the crossing's other side.
    ("Egypt allowed 30 trucks of humanitarian aid to enter Gaza through the Kerem Shalom crossing from Israel "
     "on Sunday.", "0863", {"EGY"}, {"PSE"}),
])
def test_missed_patterns(code_text, text, cameo, actor, recipient):
    assert_some_event(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, root", [
    # Economic activity is no military de-escalation.
    ("China will scale down economic activity around Shanghai to save energy.", "08"),
    # Troops going over a border discuss nothing.
    ("Russian and Belarusian troops went over the border into Ukraine.", "04"),
    # A minister is no court: his ruling on blame is no verdict.
    ("The minister ruled that Britain was liable for the debts.", "116"),
])
def test_missed_patterns_stay_quiet(code_text, text, root):
    assert not [d for d in dyads(code_text(text)) if d[0].startswith(root)], dyads(code_text(text))


def test_policy_target_is_not_the_country_it_concerns(code_text):
    # The march's recipient is the leader's state, never Russia, which the policy is about.
    record = code_text("Thousands marched through Bratislava demanding the resignation of the prime minister over "
                       "his government's policy towards Russia.")
    assert not [d for d in dyads(record) if d[0].startswith("14") and "RUS" in d[2]], dyads(record)
