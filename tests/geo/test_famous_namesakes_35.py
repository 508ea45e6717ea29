"""A country the article names pulls an ambiguous name to a town of that country only when the
town is not dwarfed by a far better-known namesake abroad (a capital, a city of
data/geo/world_cities.tsv, or a place fifty times its size); a state or country named right
after the town still decides ("Athens, Georgia")."""

from __future__ import annotations

import pytest


def _place(record: dict, text: str) -> dict:
    found = [p for p in record["locations"] if p["text"] == text]
    assert found, f"{text!r} not located: {record['locations']}"
    return found[0]


@pytest.mark.parametrize("text, name, country", [
    ("The French foreign minister met U.S. Secretary of State Antony Blinken in Geneva on Thursday "
     "to discuss the ceasefire.", "Geneva", "CHE"),
    ("American and Iranian negotiators resumed indirect talks in Geneva, a State Department "
     "spokesman said.", "Geneva", "CHE"),
    ("The U.S. ambassador flew to Paris for talks with European allies on Friday.", "Paris", "FRA"),
    ("Washington recalled its envoy after U.S. diplomats in Moscow were expelled.", "Moscow", "RUS"),
    ("A U.S. delegation arrived in Athens to discuss a naval agreement with Greek officials.",
     "Athens", "GRC"),
    ("The United States and Iran held a new round of nuclear talks in Vienna.", "Vienna", "AUT"),
    ("American troops left Berlin decades after the Cold War, a U.S. general recalled.", "Berlin", "DEU"),
    ("U.S. officials flew to Cairo to press for a truce in Gaza.", "Cairo", "EGY"),
    ("The Pentagon sent U.S. warships toward Naples after the attack.", "Naples", "ITA"),
    ("British and American leaders gathered in Melbourne for the regional security forum.",
     "Melbourne", "AUS"),
    # A world city counts with its own province: Venice proper is smaller than Venice, California.
    ("American tourists crowded the canals of Venice as the U.S. dollar rose.", "Venice", "ITA"),
])
def test_a_named_country_does_not_pull_a_famous_city_to_a_small_namesake(code_text, text, name, country):
    assert _place(code_text(text), name)["country"] == country


@pytest.mark.parametrize("text, name, admin_lat", [
    ("Police in Athens, Georgia, arrested two students after the campus protest.", "Athens", 33.96),
    ("Workers at a factory in Paris, Texas, walked out over pay on Monday.", "Paris", 33.66),
    ("The mayor of Moscow, Idaho, said the city would appeal the ruling.", "Moscow", 46.73),
    ("Lawmakers in Geneva, N.Y., approved a new budget for the lakeside town.", "Geneva", 42.87),
    ("A paper mill in Berlin, New Hampshire, will close, the U.S. company said.", "Berlin", 44.47),
    ("Volunteers in Lebanon, Pennsylvania, packed food for U.S. troops overseas.", "Lebanon", 40.34),
])
def test_a_state_named_after_the_town_keeps_the_local_place(code_text, text, name, admin_lat):
    place = _place(code_text(text), name)
    assert place["country"] == "USA"
    assert place["lat"] == pytest.approx(admin_lat, abs=0.1)


def test_toledo_follows_the_country_when_neither_town_dwarfs_the_other(code_text):
    us = _place(code_text("Auto workers in the United States struck at a plant in Toledo on Monday."), "Toledo")
    assert us["country"] == "USA"
    spain = _place(code_text("Spanish police raided a warehouse in Toledo, south of Madrid, on Monday."), "Toledo")
    assert spain["country"] == "ESP"


def test_meeting_in_geneva_is_a_meeting_abroad_for_both_sides(code_text):
    record = code_text("Chinese President Xi Jinping met U.S. President Joe Biden in Geneva on Tuesday, "
                       "Beijing said.")
    geneva = _place(record, "Geneva")
    assert geneva["country"] == "CHE"
    assert geneva["lat"] == pytest.approx(46.2, abs=0.1)
    # Neither side's country: a meeting at a third location.
    assert [e["cameo"] for e in record["events"]] == ["044"]
