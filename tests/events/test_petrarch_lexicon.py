"""The imported PETRARCH2 verb lexicon (``imported_petrarch2_verbs.tsv``): it loads, its codes are
CAMEO codes, its entries are tried only after the hand-written ones, and it codes verbs the
hand-written lexicon lacks without coding the sport, business and entertainment uses of its
words. Team-written sentences."""

from __future__ import annotations

import pytest

from accord.actors.tables import data_dir
from accord.events.lexicon import IMPORTED_PREFIX, load_lexicon, read_lexicon_file
from accord.events.ontology import load_ontology

IMPORTED = data_dir() / "lexicon" / "imported_petrarch2_verbs.tsv"


def test_imported_file_loads_with_valid_cameo_codes_and_names_its_source():
    entries = read_lexicon_file(IMPORTED)
    assert len(entries) > 1000
    ontology = load_ontology()
    assert all(ontology.is_valid(e.cameo) for e in entries), [e.label for e in entries if not ontology.is_valid(e.cameo)]
    # Root 01 (plain statements) is out of accord's scope.
    assert not [e.label for e in entries if e.cameo.startswith("01")]
    assert all(e.tier == 1 for e in entries)
    header = IMPORTED.read_text(encoding="utf-8").split("\nlemma\t", 1)[0]
    for needed in ("openeventdata/petrarch2", "CAMEO.2.0.txt", "Copyright (c) 2015 Open Event Data Alliance",
                   "Permission is hereby granted", "scripts/build_petrarch_lexicon.py"):
        assert needed in header


def test_hand_written_entries_are_tried_before_imported_ones():
    lexicon = load_lexicon()
    for lemma in ("lift", "launch", "seize", "hold"):
        tiers = [e.tier for e in lexicon.entries_for(lemma, "VERB")]
        assert 1 in tiers and tiers == sorted(tiers), lemma
    assert IMPORTED.name.startswith(IMPORTED_PREFIX)


def _events(record: dict) -> list[tuple[str, str]]:
    return [(e["cameo"], e["explanation"]) for e in record["events"]]


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # words the hand-written lexicon does not have
    # ("commandeered" left this list in the thirty-fifth session: a hand-written row codes a vessel
    # or aircraft commandeered 1711, convention 19; see tests/events/test_conventions_36.py)
    # ("nationalised" left this list in the thirty-fourth session: a hand-written row now codes it
    # 1711, confiscate or expropriate; see tests/events/test_conventions_35.py)
    ("Russian soldiers pillaged villages near Kharkiv, Ukrainian officials said.", "190", {"RUS"}, {"UKR"}),
    ("Malian rebels ransacked the government offices in Gao.", "1712", {"MLI"}, None),
])
def test_imported_entries_code_words_the_hand_lexicon_lacks(code_text, text, cameo, actor, recipient):
    events = [e for e in code_text(text)["events"] if e["cameo"] == cameo]
    assert len(events) == 1, _events(code_text(text))
    event = events[0]
    assert IMPORTED.name in event["explanation"]
    assert {a["code"] for a in event["actor"]} == actor
    if recipient is not None:
        assert {a["code"] for a in event["recipient"]} == recipient


def test_a_hand_written_frame_wins_over_an_imported_one(code_text):
    # Both lexicons know "lift the curfew" (0813); the hand-written entry is the one used.
    record = code_text("Ukrainian troops lifted the curfew in Kharkiv on Monday.")
    assert [e["cameo"] for e in record["events"]] == ["0813"]
    assert IMPORTED.name not in record["events"][0]["explanation"]


def test_imported_frame_is_a_fallback_for_a_hand_written_word(code_text):
    # "seize control" with no place named is not in the hand-written frames of "seize".
    record = code_text("Islamist militants in Mali seized control after days of fighting.")
    events = [e for e in record["events"] if e["cameo"].startswith("19")]
    assert events and IMPORTED.name in events[0]["explanation"], _events(record)


@pytest.mark.parametrize("text", [
    "Manchester United launched a bid for the Brazilian midfielder.",
    "The band kicked off its world tour in Berlin on Friday.",
    "Apple launched a new phone in California on Tuesday.",
    "Italy launched a series of attacks in the final quarter but France held on.",
    "England take part in the relay final in Madrid on Sunday.",
    "Chelsea face a Champions League clash with Barcelona at the Nou Camp.",
    "The singer gave up ballet at the age of ten.",
    "Fans raised millions of dollars for famine relief at the concert in London.",
    "The striker was called up to the France squad for the friendly.",
    "The goal was disallowed after a lengthy video review in Milan.",
])
def test_imported_entries_do_not_fire_on_sport_business_or_entertainment(code_text, text):
    record = code_text(text)
    assert not [e for e in record["events"] if IMPORTED.name in e["explanation"]], _events(record)
