"""A landform named by a word before it ("the Nuba Mountains") is no small town of that name
elsewhere; a landform named after a district or province keeps it ("the Swat Valley").
Team-written sentences."""

from __future__ import annotations


def test_a_landform_is_not_a_far_away_village(code_text):
    record = code_text("Government warplanes bombed rebel villages in the Nuba Mountains on Thursday.")
    assert not [p for p in record["locations"] if p["text"] == "Nuba"]


def test_the_attack_is_not_aimed_at_the_villages_country(code_text):
    events = code_text("The Sudanese army bombed rebel positions in the Nuba Mountains.")["events"]
    assert events and all(r["code"] != "PSE" for e in events for r in e["recipient"])


def test_a_valley_named_after_its_district_keeps_it(code_text):
    record = code_text("Pakistani troops fought Taliban militants in the Swat Valley on Sunday.")
    assert [p["country"] for p in record["locations"] if p["text"] == "Swat"] == ["PAK"]
