"""A verb conjoined inside a reported clause that the speaker does is the speaker's second act,
not part of what was said: both events stay."""

from __future__ import annotations

import pytest

from eventkit import dyads


@pytest.mark.parametrize("text, second_root, actor, recipient", [
    ("Japanese Prime Minister Fumio Kishida said North Korea was responsible for the missile launch "
     "and called for Pyongyang's restraint.", "02", "JPN", "PRK"),
    ("Kenya's president said Somalia was responsible for the raid and demanded compensation from Mogadishu.",
     "10", "KEN", "SOM"),
])
def test_speaker_acts_again(code_text, text, second_root, actor, recipient):
    found = dyads(code_text(text))
    assert ("112", {actor}, {recipient}) in [(c[:3], a, r) for c, a, r in found]
    assert any(c[:2] == second_root and a == {actor} and r == {recipient} for c, a, r in found), found


def test_asked_conjunct_stays_part_of_the_appeal(code_text):
    # what the asked party is urged to do, in two verbs, is still one appeal
    found = dyads(code_text("The European Union urged Serbia to show restraint and resume talks with Kosovo."))
    assert [c[:2] for c, _, _ in found] == ["02"], found
