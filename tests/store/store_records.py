"""Hand-written accord records for store tests (imported by the store test modules)."""

from __future__ import annotations

import copy
from typing import Any

TEXT = (
    "TSKHINVAL, March 1, 2024 - Russia signed an agreement with South Ossetia on Friday, "
    "pledging 130 million rubles in budget support. "
    "\"We are grateful to our Russian partners,\" said Alan Gagloev, the president of "
    "South Ossetia, in Tskhinval."
)


def span(text: str, needle: str, after: int = 0) -> dict[str, Any]:
    start = text.index(needle, after)
    return {"text": needle, "start": start, "end": start + len(needle)}


def make_record(
    article_id: str = "art-1",
    *,
    date: str | None = "2024-03-01",
    event_date: str | None = "2024-03-01",
    actor: tuple[str, str, str, str] = ("RUS", "GOV", "Russia", "Russia"),
    recipient: tuple[str, str, str, str] = ("XSO", "GOV", "South Ossetia", "South Ossetia"),
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A realistic single-article record (Russia AGREE with South Ossetia)."""
    text = TEXT
    first_sentence_end = text.index("support.") + len("support.")
    trigger = span(text, "signed")
    actor_mention = span(text, actor[3]) if actor[3] in text else {"text": actor[3],
                                                                   "start": None, "end": None}
    recip_mention = span(text, recipient[3]) if recipient[3] in text else {
        "text": recipient[3], "start": None, "end": None}
    quote_content = span(text, "We are grateful to our Russian partners,")
    cue = span(text, "said")
    speaker = span(text, "Alan Gagloev")
    tskh = span(text, "Tskhinval", text.index("Ossetia, in"))
    amount = span(text, "130 million rubles")
    record: dict[str, Any] = {
        "id": article_id,
        "title": "Russia and South Ossetia sign budget agreement",
        "date": date,
        "language": "en",
        "url": f"https://example.org/news/{article_id}",
        "text": text,
        "source": "fixtures.jsonl",
        "entities": [
            {"label": "GPE", **span(text, "Russia")},
            {"label": "GPE", **span(text, "South Ossetia")},
            {"label": "PERSON", **speaker},
        ],
        "events": [{
            "id": f"{article_id}:e1",
            "event": "AGREE",
            "mode": "sign",
            "contexts": ["economic", "diplomatic"],
            "cameo": "057",
            "goldstein": 8.0,
            "quad_class": 1,
            "actor": [{"code": actor[0], "sector": actor[1], "name": actor[2], **actor_mention}],
            "recipient": [{"code": recipient[0], "sector": recipient[1], "name": recipient[2],
                           **recip_mention}],
            "date": event_date,
            "location": {"name": "Tskhinval", "lat": 42.2276, "lon": 43.9686, "country": "GE"},
            "sentence": {"index": 0, "start": 0, "end": first_sentence_end},
            "trigger": trigger,
            "modality": {"historical": False, "future": False, "hypothetical": False,
                         "negated": False},
            "reported_by": {"name": "Alan Gagloev", "quote_id": f"{article_id}:q1"},
            "explanation": "AGREE via trigger 'signed'; actor RUS GOV; recipient XSO GOV",
        }],
        "quotes": [{
            "id": f"{article_id}:q1",
            "type": "direct",
            "content": quote_content,
            "cue": cue,
            "speaker": {"name": "Alan Gagloev", "mention": speaker,
                        "actor": {"code": "XSO", "sector": "GOV", "name": "South Ossetia"}},
        }],
        "locations": [{**tskh, "name": "Tskhinval", "lat": 42.2276, "lon": 43.9686,
                       "country": "GE", "geonameid": 611403}],
        "amounts": [{"value": 130_000_000, "unit": "RUB", **amount}],
    }
    if extra:
        record.update(copy.deepcopy(extra))
    return record
