"""Real-news misses, thirty-first session (helper wt-real31): two general readings of news prose.

A clause opened by "while" or "whereas" after the main clause, set off by a comma and with a
subject of its own, tells a second party's own act in contrast ("the Tories dismissed the plan,
while the Liberal Democrats said it was misdirected"): it is no setting, topic or governed clause
of the first act, and its parties are no party to the first. And a verdict in reported speech on
an act or a measure ("said the decision was a betrayal", "insisted the move was illegal") is
criticism by any verb of saying, not only by "say" on a plan. The helper's own sentences and
short articles, none from bench/data; each reading has look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from eventkit import asserted, country_codes, dyads, has_asserted


@pytest.mark.parametrize("text, code, actor, recipient", [
    # The second party's act in a "while" clause after a comma.
    ("Germany condemned the missile test, while France called for calm.", "025", {"FRA"}, set()),
    ("Chile welcomed the border ruling, while Peru said the verdict was unjust.", "111", {"PER"}, None),
    # "whereas" is contrastive with or without the comma.
    ("Kenya accused Uganda of arming the rebels, whereas Tanzania urged both sides to talk.", "026", {"TZA"}, None),
])
def test_act_told_in_contrast(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)


def test_contrasted_verdict_of_a_second_party(code_text):
    # Two parties of one country, two verdicts: the second is not governed by the first.
    record = code_text("The Scottish National Party criticised the budget, while the Liberal Democrats said "
                       "the budget was misguided.")
    assert len([e for e in asserted(record) if e["cameo"].startswith("11")]) == 2, dyads(record)


def test_contrasted_party_is_no_party_of_the_main_act(code_text):
    # France, who acts in the "while" clause, is not whom Germany's condemnation is aimed at.
    record = code_text("Germany condemned the missile test, while France called for calm.")
    condemned = [e for e in asserted(record) if e["cameo"].startswith("11")]
    assert condemned and all("FRA" not in country_codes(e["recipient"]) for e in condemned), dyads(record)


@pytest.mark.parametrize("text, kept", [
    # A "while" of time (no comma, or an ongoing "-ing"): the clause stays the setting.
    ("The Egyptian president met the Sudanese envoy in Cairo while Ethiopia was holding talks with Eritrea.", "04"),
    ("Turkish jets bombed Kurdish positions in Iraq while Iraqi troops were massing on the border.", "19"),
    # The main actor again ("he"): no second party.
    ("The Iranian foreign minister visited Baghdad, while he also met Syrian officials.", "04"),
])
def test_while_of_time_stays_one_event(code_text, text, kept):
    record = code_text(text)
    events = asserted(record)
    assert len(events) == 1 and events[0]["cameo"].startswith(kept), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    ("The Welsh Conservatives said the assembly's decision to close the hospital was a betrayal of patients.",
     "111", {"GBR"}, None),
    ("The Argentine foreign minister insisted the decision was illegal.", "111", {"ARG"}, None),
    ("The Nigerian Trade Union Congress told reporters the government's handling of the fuel crisis "
     "was disgraceful.", "111", {"NGA"}, {"NGA"}),
    ("Japan's trade minister argued that the ruling was unjustified and would hurt exporters.", "111", {"JPN"}, None),
])
def test_verdict_on_an_act_or_measure(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text", [
    # An act or measure that is only told of, or judged well.
    "The Spanish minister said the decision was taken on Monday.",
    "The Irish government said the agreement was historic.",
    "The Polish president insisted the move was necessary.",
])
def test_no_verdict_on_an_act_or_measure(code_text, text):
    record = code_text(text)
    assert not [e for e in asserted(record) if e["cameo"].startswith("11")], dyads(record)


# Short articles in the voice of BBC politics copy: the readings at work inside a story whose
# country is said once, among sentences that tell other acts.
HOUSING = (
    "Councils attack Welsh housing plan\n\n"
    "Welsh council leaders have condemned the assembly government's housing plan.\n\n"
    "The Welsh Local Government Association said the plan was unworkable and underfunded. "
    "Plaid Cymru accused ministers of ignoring rural areas, whereas the Conservatives said the "
    "scheme was unaffordable. First Minister Rhodri Morgan said the plan would build 6,000 homes. "
    "A spokeswoman for the assembly government said the decision to cut grants had been taken "
    "after long talks with councils."
)

TEACHERS = (
    "Ministers reject teachers' pay claim\n\n"
    "The British government has rejected a demand from teachers in England for a 9% pay rise.\n\n"
    "Education Secretary Ruth Kelly said the claim would damage schools. The National Union of "
    "Teachers insisted the decision was a betrayal of its members. A spokesman for the union accused "
    "ministers of breaking promises made before the election. The Liberal Democrats criticised the "
    "government's handling of the dispute, while the Conservatives said the handling of the talks "
    "had been shambolic and reckless."
)


def test_article_contrast_and_verdicts(code_text):
    record = code_text(HOUSING)
    # The Conservatives' verdict, told in contrast to Plaid Cymru's accusation, is its own event.
    assert has_asserted(record, "11", {"GBR"}) and len(
        [e for e in asserted(record) if e["cameo"].startswith("11")]) >= 3, dyads(record)
    # The spokeswoman's account of the decision is no verdict.
    last = HOUSING.index("A spokeswoman")
    assert not [e for e in asserted(record) if e["trigger"]["start"] >= last], dyads(record)


def test_article_verdict_of_a_union_and_a_party(code_text):
    record = code_text(TEACHERS)
    verdicts = [e for e in asserted(record) if e["cameo"].startswith("11")]
    # The union's verdict on the decision, its spokesman's accusation, and both parties' criticism.
    assert len(verdicts) >= 4, dyads(record)
    assert all(country_codes(e["actor"]) == {"GBR"} for e in verdicts), dyads(record)


# A story of sport words is no political news unless an office or state body acts in it; a party
# that acts there is politics too.
SCHOOL_SPORT = (
    "Every primary school in England would get a qualified football coach under plans announced by "
    "the Conservatives. The party said the coaches would be paid for from National Lottery money and "
    "would help young players reach the Premiership. The Tories say Labour's plans for two hours of "
    "school sport a week have failed. Shadow sports minister Hugh Robertson said only a third of "
    "schools met the target. The Football Association said it would train the coaches at its new "
    "centre in Burton."
)

CUP_DEFEAT = (
    "Chelsea manager Jose Mourinho criticised the referee after his side lost 2-1 to Newcastle in the "
    "FA Cup. The Portuguese accused the official of ignoring two penalty claims in the second half. "
    "Newcastle boss Graeme Souness said his team deserved to win. Chelsea will appeal against the red "
    "card shown to Duff, the club said. The Football Association is expected to charge Mourinho for "
    "his remarks."
)


def test_party_verdict_in_a_sport_story(code_text):
    record = code_text(SCHOOL_SPORT)
    assert has_asserted(record, "111", {"GBR"}, {"GBR"}), dyads(record)


def test_sport_story_without_a_party_stays_quiet(code_text):
    record = code_text(CUP_DEFEAT)
    assert not asserted(record), dyads(record)
