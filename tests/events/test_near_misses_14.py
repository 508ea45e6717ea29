"""Sentences near this session's new rules that must not fire them: a neutral deed stated of
another state, a "behind" that blames nobody, a body that is an institution, staff of two
states."""

from __future__ import annotations


def _codes(record: dict) -> list[tuple[str, set[str], set[str]]]:
    return [(e["cameo"], {a["code"][:3] for a in e["actor"]}, {a["code"][:3] for a in e["recipient"]})
            for e in record["events"]]


def test_a_funded_hospital_is_no_accusation(code_text):
    found = _codes(code_text("Kenya stated that Germany had funded the new hospital in Kisumu."))
    assert not any(code.startswith("112") for code, _, _ in found), found


def test_behind_a_fundraising_campaign_blames_nobody(code_text):
    found = _codes(code_text("Macron said Scholz was behind the campaign to raise money for the flood victims."))
    assert not any(code.startswith("112") for code, _, _ in found), found


def test_a_states_nuclear_body_can_be_acted_on(code_text):
    found = _codes(code_text("The United States sanctioned Iran's nuclear body on Tuesday."))
    assert any(code.startswith("16") and actors == {"USA"} and recipients == {"IRN"}
               for code, actors, recipients in found), found


def test_staff_of_two_states_say_neither(code_text):
    found = _codes(code_text("An aide to the presidents of France and Germany criticised Turkey."))
    assert not any("FRA" in actors or "DEU" in actors for _, actors, _ in found), found
