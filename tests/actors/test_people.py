"""Persons with offices over time: who "Putin" is, who "the president" was on a date."""

from __future__ import annotations

import shutil
from datetime import date, datetime

import pytest

from accord.actors import ActorStage
from accord.actors.people import load_person_base
from accord.actors.tables import data_dir
from accord.ingest import Article

TABLE = """# a small team-written table in the persons.tsv format
name\taliases\tcountry\toffice\tsector\tstart\tend\tnote
Vladimir Putin\tVladimir Vladimirovich Putin|Putin\tRUS\thead of state\tGOV\t2000-05-07\t2008-05-07\tPresident
Vladimir Putin\tVladimir Vladimirovich Putin|Putin\tRUS\thead of government\tGOV\t2008-05-08\t2012-05-07\tPrime Minister
Vladimir Putin\tVladimir Vladimirovich Putin|Putin\tRUS\thead of state\tGOV\t2012-05-07\t\tPresident
Dmitry Medvedev\tMedvedev\tRUS\thead of state\tGOV\t2008-05-07\t2012-05-07\tPresident
George W. Bush\tGeorge Bush Jr.\tUSA\thead of state\tGOV\t2001-01-20\t2009-01-20\tPresident
Barack Obama\tObama\tUSA\thead of state\tGOV\t2009-01-20\t2017-01-20\tPresident
Alan Gagloev\tGagloev\tXSO\thead of state\tGOV\t2022-05-24\t\tPresident
"""


@pytest.fixture()
def base(tmp_path):
    (tmp_path / "persons.tsv").write_text(TABLE, encoding="utf-8")
    return load_person_base(tmp_path)


@pytest.mark.parametrize("country, role, day, name", [
    ("RUS", "president", date(2023, 6, 1), "Vladimir Putin"),
    ("RUS", "president", date(2010, 6, 1), "Dmitry Medvedev"),
    ("RUS", "prime minister", date(2010, 6, 1), "Vladimir Putin"),
    ("USA", "president", date(2007, 6, 1), "George W. Bush"),
    ("USA", "head of state", date(2010, 1, 1), "Barack Obama"),
    ("XSO", "president", date(2023, 12, 28), "Alan Gagloev"),
])
def test_office_holder_by_date(base, country, role, day, name):
    assert base.holder(country, role, day).name == name


def test_no_holder_outside_the_known_dates(base):
    assert base.holder("USA", "president", date(1990, 1, 1)) is None


def test_names_and_aliases(base):
    assert base.person("Vladimir Vladimirovich Putin").country == "RUS"
    assert base.person("Putin", date(2010, 1, 1)).office == "head of government"
    assert base.person("Mr. Nobody") is None


def test_in_text_resolution_uses_the_article_date(tmp_path, pipeline):
    (tmp_path / "persons.tsv").write_text(TABLE, encoding="utf-8")
    for name in ("countries.tsv", "organisations.tsv", "sectors.tsv"):
        shutil.copy(data_dir() / name, tmp_path / name)
    stage = ActorStage(pipeline.nlp.vocab, data=tmp_path)

    def actors(text, day):
        doc = pipeline.nlp.make_doc(text)
        doc._.article = Article(id="t", text=text, date=day)
        for name, proc in pipeline.nlp.pipeline:
            if name == "accord_actors":
                break
            doc = proc(doc)
        return [(doc[m.start:m.end].text, m.actor) for m in stage(doc)._.actors]

    found = dict(actors("Russia and Belarus held talks. The president said little.", datetime(2023, 3, 1)))
    assert found["The president"].name == "Vladimir Putin"
    found = dict(actors("Russia and Belarus held talks. The president said little.", datetime(2010, 3, 1)))
    assert found["The president"].name == "Dmitry Medvedev"
    found = dict(actors("Putin spoke to reporters.", datetime(2023, 3, 1)))
    assert (found["Putin"].code, found["Putin"].name) == ("RUS", "Vladimir Putin")


def test_packaged_table_names_and_honorifics(pipeline):
    doc = pipeline.nlp(pipeline._make_doc(Article(id="t", text="Mr Putin met Mr. Erdogan in Sochi.")))
    found = {doc[m.start:m.end].text: m.actor for m in doc._.actors}
    assert (found["Putin"].code, found["Putin"].name) == ("RUS", "Vladimir Putin")
    assert found["Erdogan"].code == "TUR"


def test_actors_lookup_command_resolves_offices_by_date():
    import subprocess
    import sys

    def run(day):
        return subprocess.run([sys.executable, "-m", "accord.cli", "actors", "lookup", "The US president spoke.",
                               "--date", day], capture_output=True, text=True, timeout=120).stdout

    assert "George W. Bush" in run("2007-06-01")
    assert "Joe Biden" in run("2023-06-01")


@pytest.mark.parametrize("text, code", [
    ("Pope Francis met Brazil's president at the Vatican.", "VAT"),
    ("Pope Benedict XVI visited Germany in September.", "VAT"),
])
def test_popes_are_heads_of_state_of_the_holy_see(code_text, text, code):
    record = code_text(text)
    assert any(a["code"] == code for e in record["events"] for a in e["actor"]) or \
        any(a.get("code") == code for a in record.get("actors", []))
