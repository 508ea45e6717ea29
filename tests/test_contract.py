"""The output contract: every field, offsets into `text`, JSON Lines text kept exactly."""

from __future__ import annotations

import json
from datetime import datetime

TOP = {"id", "title", "date", "language", "url", "text", "entities", "events", "quotes", "locations", "amounts"}
EVENT = {"id", "event", "mode", "contexts", "cameo", "goldstein", "quad_class", "actor", "recipient", "date",
         "location", "sentence", "trigger", "modality", "reported_by", "explanation"}
ACTOR = {"code", "sector", "name", "text", "start", "end"}
QUOTE = {"id", "type", "content", "cue", "speaker"}
LOCATION = {"text", "start", "end", "name", "lat", "lon", "country", "geonameid"}
AMOUNT = {"value", "unit", "text", "start", "end"}

TEXT = ("Bulgarian President Rumen Radev met Greek Prime Minister Kyriakos Mitsotakis in Sofia on Monday.\n\n"
        "“Our countries will build the pipeline together,” Radev said. Greece and Bulgaria signed "
        "a memorandum on energy, and about 20 projects have been agreed to date.")


def test_every_contract_field_is_present(code_text):
    record = code_text(TEXT, title="Energy talks", date=datetime(2024, 5, 6, 9, 30))
    assert TOP <= set(record)
    assert record["date"] == "2024-05-06T09:30:00"
    assert record["events"] and record["quotes"] and record["locations"] and record["amounts"]
    for event in record["events"]:
        assert EVENT <= set(event)
        assert set(event["modality"]) == {"historical", "future", "hypothetical", "negated"}
        assert 1 <= event["quad_class"] <= 4
        for actor in event["actor"] + event["recipient"]:
            assert ACTOR <= set(actor)
    for quote in record["quotes"]:
        assert QUOTE <= set(quote)
        assert {"name", "mention", "actor"} <= set(quote["speaker"])
    for location in record["locations"]:
        assert LOCATION <= set(location)
    for amount in record["amounts"]:
        assert AMOUNT <= set(amount)


def test_offsets_point_into_text(code_text):
    record = code_text(TEXT)
    text = record["text"]
    spans = [*record["entities"], *record["locations"], *record["amounts"]]
    for event in record["events"]:
        spans += [event["trigger"], *event["actor"], *event["recipient"]]
        sentence = event["sentence"]
        assert text[sentence["start"]:sentence["end"]].strip()
        assert sentence["start"] <= event["trigger"]["start"] < sentence["end"]
    for quote in record["quotes"]:
        spans += [p for p in quote["parts"]]
        spans += [s for s in (quote["cue"], quote["speaker"]["mention"]) if s]
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"], span
    assert json.dumps(record)  # serialisable


def test_event_ids_are_unique_and_stable(code_text):
    first, second = code_text(TEXT), code_text(TEXT)
    ids = [e["id"] for e in first["events"]]
    assert len(ids) == len(set(ids))
    assert ids == [e["id"] for e in second["events"]]
