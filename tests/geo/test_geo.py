"""Places: offline gazetteer lookups, alias table, ambiguity by article context."""

from __future__ import annotations

import pytest

from accord.geo.gazetteer import load_gazetteer


def test_alias_table_has_what_geonames_cities_lack():
    (tskhinval,) = load_gazetteer().lookup("Tskhinval")[:1]
    assert tskhinval.country == "XSO"
    assert tskhinval.lat == pytest.approx(42.23, abs=0.02)
    assert tskhinval.lon == pytest.approx(43.97, abs=0.02)
    (kremlin,) = load_gazetteer().lookup("the Kremlin")[:1]
    assert kremlin.country == "RUS" and kremlin.lat == pytest.approx(55.75, abs=0.02)


def test_most_populous_by_default(code_text):
    record = code_text("The summit opened in Paris on Monday.")
    (paris,) = [p for p in record["locations"] if p["text"] == "Paris"]
    assert paris["country"] == "FRA"


def test_article_context_picks_paris_texas(code_text):
    text = ("The United States and Mexico signed a border accord. "
            "Texas officials met in Paris, a small town near the Oklahoma line.")
    (paris,) = [p for p in code_text(text)["locations"] if p["text"] == "Paris"]
    assert paris["country"] == "USA"
    assert paris["lat"] == pytest.approx(33.66, abs=0.05)


def test_event_located_at_sentence_place_else_lead_place(code_text):
    text = ("Bulgarian and Greek ministers met in Sofia on Monday.\n\n"
            "Greece criticised Turkey over the migrant crisis.")
    record = code_text(text)
    (event,) = [e for e in record["events"] if e["cameo"] == "111"]
    assert event["location"]["name"] == "Sofia"


def test_capital_name_in_a_story_about_its_country_is_the_capital(code_text):
    text = ("Steelworkers in Pittsburgh, Pennsylvania, rallied on Monday as United States trade officials "
            "prepared new tariffs. The union's leaders will travel to Washington next week.")
    (washington,) = [p for p in code_text(text)["locations"] if p["text"] == "Washington"]
    assert washington["lat"] == pytest.approx(38.90, abs=0.1) and washington["lon"] == pytest.approx(-77.04, abs=0.1)


@pytest.mark.parametrize("name, place", [("Москва", "Moscow"), ("Київ", "Kyiv"), ("თბილისი", "Tbilisi"),
                                          ("القاهرة", "Cairo"), ("Цхинвал", "Tskhinvali")])
def test_names_in_other_scripts(name, place):
    assert load_gazetteer().lookup(name)[0].name == place
