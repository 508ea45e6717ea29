"""Acts folded into another event of the same sentence: a verb conjoined to one whose subject is a
bomb, a participle clause told of an explosive device, a verb inside what a demand asks, and a
meeting planned on a visit. Each has a contrasting case that stays two events."""

from __future__ import annotations

import pytest

from eventkit import dyads


def roots(record: dict) -> list[str]:
    return sorted(c[:2] for c, _, _ in dyads(record))


@pytest.mark.parametrize("text", [
    # the second verb shares the bomb as subject, as the first does
    "A roadside bomb killed three soldiers and wounded two others near the Malian town of Gao on Sunday, "
    "the army said.",
    "A suicide bomber killed four policemen and wounded a dozen civilians at a checkpoint in Kabul on Monday.",
    # a participle clause on a clause whose subject is an explosive device
    "An improvised explosive device went off near a bus stop in the Pakistani city of Quetta, "
    "wounding five people.",
])
def test_harm_done_by_a_bomb_is_the_bombing(code_text, text):
    found = dyads(code_text(text))
    assert [c[:2] for c, _, _ in found] == ["18"], found


def test_a_conjunct_with_its_own_subject_stays(code_text):
    found = roots(code_text("A roadside bomb killed two soldiers in northern Mali, and gunmen wounded three "
                            "villagers in a nearby town."))
    assert found == ["18", "19"], found


@pytest.mark.parametrize("text", [
    "Israel rejected Egypt's demand that it halt the offensive and withdraw its troops from the Rafah crossing.",
    "Pakistan rejected India's demand that it shut down militant camps and pull its troops back from the "
    "Line of Control.",
])
def test_a_conjunct_inside_a_demand_is_what_was_demanded(code_text, text):
    found = roots(code_text(text))
    assert found == ["12"], found


def test_a_conjunct_of_the_main_clause_stays(code_text):
    # the withdrawal is done, not asked: it is conjoined to the rejection itself
    found = roots(code_text("Armenia rejected Azerbaijan's demand for a corridor and withdrew its troops "
                            "from the border villages."))
    assert found == ["08", "12"], found


def test_a_meeting_planned_on_a_visit_is_the_visit(code_text):
    found = dyads(code_text("German Chancellor Olaf Scholz arrived in Beijing on Friday for a one-day visit "
                            "and was due to meet President Xi Jinping later in the day."))
    assert [(c, a, r) for c, a, r in found] == [("042", {"DEU"}, {"CHN"})], found


def test_a_meeting_with_someone_else_stays(code_text):
    found = dyads(code_text("French President Emmanuel Macron arrived in Kyiv on Tuesday and was due to meet "
                            "Russian President Vladimir Putin in Moscow next week."))
    assert ("042", {"FRA"}, {"UKR"}) in found and ("036", {"FRA"}, {"RUS"}) in found, found
