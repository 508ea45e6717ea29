"""Names whose state changed (data/era_codes.tsv): the code valid on the article's date, else in the
era the sentence's own words name, else the table's undated default; and the names of former
states (data/former_states.tsv) read as the states that continued them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from accord.actors.eras import EraCode, load_era_table
from accord.ingest import Article, content_id


@pytest.fixture(scope="module")
def codes_on(pipeline):
    """{mention words: code} of a text read as an article of ``day`` (None: no date)."""

    def run(text: str, day: str | None = None) -> dict[str, str]:
        article = Article(id=content_id(text, None), text=text, language="en", source="<test>",
                          date=datetime.fromisoformat(day) if day else None)
        doc = pipeline.nlp(pipeline._make_doc(article))
        return {doc[m.start:m.end].text: m.actor.code for m in doc._.actors}

    return run


def code_of(found: dict[str, str], words: str) -> str | None:
    """The code of the first mention whose words contain ``words``."""
    return next((code for text, code in found.items() if words in text), None)


# The table's rows, without the model.
def test_a_row_holds_an_era_inside_its_years_and_not_one_outside_or_astride():
    row = EraCode("XKX", "SRB", None, date(2008, 2, 16), "today")
    assert row.holds((date(1996, 1, 1), date(1999, 9, 20))) is True
    assert row.holds((date(2011, 7, 9), None)) is False
    assert row.holds((date(2000, 1, 1), None)) is None  # an office-holder still in office
    assert row.covers(date(2008, 2, 16)) and not row.covers(date(2008, 2, 17))
    assert row.recode("XKX") == "SRB"


def test_an_organisation_row_comes_before_its_countrys():
    table = load_era_table()
    assert table.row("SSDSPL").era_code == "SDNSPL"
    assert table.row("SSDMIL").era_code == "SDN"       # South Sudan's own rows cover its forces
    assert table.row("SSD").recode("SSDMIL") == "SDNMIL"
    assert table.row("XKX").recode("XKXKLA") == "SRBKLA"
    assert table.row("SRB") is None and table.row(None) is None


# A dated article: the code valid on its date, either side of the change.
@pytest.mark.parametrize("text, words, day, code", [
    ("Kosovo's government sent a delegation to Vienna on Monday.", "Kosovo's government", "1998-06-10", "SRB"),
    ("Kosovo's government sent a delegation to Vienna on Monday.", "Kosovo's government", "2010-03-01", "XKX"),
    ("The SPLA accused the Sudanese army of bombing villages near Torit.", "SPLA", "2004-02-01", "SDNSPL"),
    ("The SPLA accused the Sudanese army of bombing villages near Torit.", "SPLA", "2015-02-01", "SSDSPL"),
    ("Australia pledged aid to East Timor on Tuesday.", "East Timor", "1998-04-02", "IDN"),
    ("Australia pledged aid to East Timor on Tuesday.", "East Timor", "2008-04-02", "TLS"),
    ("Nicaragua recognised the independence of Abkhazia on Friday.", "Abkhazia", "1994-09-05", "GEO"),
    ("Nicaragua recognised the independence of Abkhazia on Friday.", "Abkhazia", "2009-09-05", "XAB"),
    ("Eritrean rebels attacked an Ethiopian garrison near Keren.", "Eritrean rebels", "1988-05-01", "ETH"),
    ("Eritrean troops attacked an Ethiopian garrison near Badme.", "Eritrean troops", "1999-05-01", "ERI"),
    # The date beats the sentence's words: KLA veterans in a 2012 story are Kosovo's.
    ("Veterans of the Kosovo Liberation Army marched in Prizren.", "Kosovo", "2012-06-01", "XKXKLA"),
])
def test_a_dated_article_takes_the_code_of_its_date(codes_on, text, words, day, code):
    assert code_of(codes_on(text, day), words) == code


# An undated sentence: its own words date it; with none, the table's default.
@pytest.mark.parametrize("text, words, code", [
    # No cue: Kosovo keeps its code, the SPLA is Sudan's (the gold's majority), Abkhazia Georgia's.
    ("Austria expelled 40 Kosovo Albanian migrants on Monday.", "Kosovo Albanian migrants", "XKX"),
    ("The SPLA accused the Sudanese army of bombing villages near Torit.", "SPLA", "SDNSPL"),
    ("Nicaragua recognised the independence of Abkhazia on Friday.", "Abkhazia", "GEO"),
    ("Australia pledged aid to East Timor on Tuesday.", "East Timor", "TLS"),
    # A former state named as a living one, the KLA, Kosovo as a province, an office-holder's term.
    ("Austria expelled 40 Kosovo Albanian migrants to Yugoslavia on Monday.", "Kosovo Albanian migrants", "SRB"),
    ("Fighters of the Kosovo Liberation Army ambushed a police patrol near Decani.", "Kosovo", "SRBKLA"),
    ("Tirana voiced support for the Albanians of the Serbian province of Kosovo.", "Kosovo", "SRB"),
    ("Indonesian President B.J. Habibie flew to East Timor for a day.", "East Timor", "IDN"),
    ("South Sudan's SPLA accused the Sudanese army of bombing villages near Renk.", "SPLA", "SSDSPL"),
    # Look-alikes: a former state the sentence looks back on, or the first part of a compound.
    ("Austria expelled 40 Kosovo Albanian migrants to the former Yugoslav republic of Macedonia.",
     "Kosovo Albanian migrants", "XKX"),
    ("Kosovo's government sold a Yugoslav-era power plant to a Turkish firm.", "Kosovo's government", "XKX"),
    # An office-holder whose term began before the change says nothing (Suharto ruled from 1967).
    ("Portugal condemned the Indonesian crackdown in East Timor under Suharto.", "East Timor", "TLS"),
])
def test_an_undated_sentence_is_dated_by_its_own_words(codes_on, text, words, code):
    assert code_of(codes_on(text), words) == code


@pytest.mark.parametrize("text, words, code", [
    ("Czechoslovakia expelled two West German diplomats.", "Czechoslovakia", "CZE"),
    ("Czechoslovakia expelled two West German diplomats.", "West German diplomats", "DEU"),
    ("East German border guards shot a man at the wall.", "East German border guards", "DEU"),
    ("The Zairean army shelled rebel positions near Goma.", "The Zairean army", "COD"),
    ("The Soviet Union sent tanks to the border.", "Soviet Union", "RUS"),
    # Look-alikes: today's names keep their codes.
    ("Slovak and Czech leaders met in Bratislava.", "Slovak", "SVK"),
    ("Slovak and Czech leaders met in Bratislava.", "Czech", "CZE"),
    ("The German army sent engineers to Lithuania.", "The German army", "DEU"),
])
def test_former_states_are_read_as_the_states_that_continued_them(codes_on, text, words, code):
    assert code_of(codes_on(text), words) == code


# Events: the recipient or actor the era gives.
@pytest.mark.parametrize("text, day, cameo, actor, recipient", [
    ("Austria expelled 40 Kosovo Albanian migrants on Monday.", "1998-07-01", "174", {"AUT"}, {"SRB"}),
    ("Austria expelled 40 Kosovo Albanian migrants on Monday.", "2012-07-01", "174", {"AUT"}, {"XKX"}),
    ("Nicaragua recognised the independence of Abkhazia on Friday.", None, "054", {"NIC"}, {"GEO"}),
    ("Nicaragua recognised the independence of Abkhazia on Friday.", "2009-09-05", "054", {"NIC"}, {"XAB"}),
    ("Czechoslovakia expelled two West German diplomats.", None, "16", {"CZE"}, {"DEU"}),
])
def test_events_take_the_eras_codes(code_text, text, day, cameo, actor, recipient):
    record = code_text(text, date=datetime.fromisoformat(day) if day else None)
    found = [e for e in record["events"] if e["cameo"].startswith(cameo)]
    assert any({a["code"][:3] for a in e["actor"]} == actor and {a["code"][:3] for a in e["recipient"]} == recipient
               for e in found), [(e["cameo"], e["actor"], e["recipient"]) for e in record["events"]]


# A former state the sentence only looks back on is no party; a living one still is.
@pytest.mark.parametrize("text, absent, present", [
    ("Moldova, a former Soviet republic, accused Russia of arming separatists.", "Soviet", {"Moldova": "MDA", "Russia": "RUS"}),
    ("Armenia and other ex-Soviet states signed a customs pact with Moscow.", "Soviet", {"Armenia": "ARM"}),
    ("Slovenia, a former Yugoslav republic, recalled its envoy.", "Yugoslav", {"Slovenia": "SVN"}),
    # Look-alikes: named as living states, or in a person's title, they stay.
    ("Soviet troops crossed the border into Afghanistan.", None, {"Soviet troops": "RUS"}),
    ("Former Soviet leader Mikhail Gorbachev met the German chancellor.", None, {"Mikhail Gorbachev": "RUS"}),
])
def test_a_former_state_looked_back_on_is_no_party(codes_on, text, absent, present):
    found = codes_on(text)
    if absent is not None:
        assert not any(absent in words for words in found), found
    for words, code in present.items():
        assert code_of(found, words) == code, found


# The KLA (organisations.tsv) is Kosovo's, filed under Serbia in its own years.
@pytest.mark.parametrize("text, day, code", [
    ("The KLA ambushed a police convoy near Podujevo.", None, "SRBKLA"),
    ("The KLA ambushed a police convoy near Podujevo.", "1998-11-02", "SRBKLA"),
    ("Former KLA commanders formed a new party in Pristina.", "2014-05-02", "XKXKLA"),
])
def test_the_kla_by_era(codes_on, text, day, code):
    assert code_of(codes_on(text, day), "KLA") == code
