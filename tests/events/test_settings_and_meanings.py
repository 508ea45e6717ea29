"""What sets the scene through a noun ("in the aftermath of", "in the wake of") is no act told
(words.setting_noun), and what a negated verb of meaning governs ("did not mean that ...") is
not asserted (modality: negated, kept with its flag)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The arms embargo was imposed in the aftermath of Uzbekistan's crackdown on protesters in Andijan.",
    "Tunisia tightened security at its border in the wake of the Libyan militia attack on a border town.",
])
def test_setting_noun_phrases_tell_no_act(code_text, text):
    triggers = [e["trigger"]["text"] for e in code_text(text)["events"]]
    assert "crackdown" not in triggers and "attack" not in triggers


@pytest.mark.parametrize("text", [
    "The closure of the embassy does not mean that Ghana has cut its ties with Togo, the minister said.",
    "The visit did not suggest that Egypt would restore relations with Iran, analysts said.",
])
def test_negated_meaning_verb_leaves_its_clause_unasserted(code_text, text):
    events = code_text(text)["events"]
    assert events and all(e["modality"]["negated"] for e in events)


def test_asserted_clause_of_showing_stays_asserted(code_text):
    events = code_text("The report showed that Iran had supplied drones to Russia.")["events"]
    assert [e["modality"]["negated"] for e in events] == [False]


def test_double_negative_under_meaning_is_no_refusal(code_text):
    events = code_text("It does not mean that we will not sign the agreement with Moldova, "
                       "the Romanian prime minister said.")["events"]
    assert all(e["cameo"][:2] != "12" and e["modality"]["negated"] for e in events)
