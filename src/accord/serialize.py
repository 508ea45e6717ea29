"""The single serializer: a finished Doc → the output record (the contract in the README)."""

from __future__ import annotations

from spacy.tokens import Doc

import accord.docext  # noqa: F401


def _span(start: int, end: int, text: str) -> dict:
    return {"text": text[start:end], "start": start, "end": end}


def _actor(arg) -> dict:
    return {"code": arg.actor.code, "sector": arg.actor.sector, "name": arg.actor.name,
            "text": arg.text, "start": arg.start, "end": arg.end}


def _mention(doc: Doc, mention) -> dict:
    span = doc[mention.start:mention.end]
    actor = mention.actor
    return {"code": actor.code, "sector": actor.sector, "name": actor.name, "kind": actor.kind,
            "text": span.text, "start": span.start_char, "end": span.end_char, "via": mention.via}


def _location(place) -> dict | None:
    if place is None:
        return None
    return {"name": place.entry.name, "lat": place.entry.lat, "lon": place.entry.lon, "country": place.entry.country}


def _depth(token) -> int:
    """How far the trigger is from the root of its sentence (0: the main verb)."""
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def doc_to_record(doc: Doc) -> dict:
    article = doc._.article
    text = doc.text
    date = article.date.isoformat() if article.date else None
    sentences = list(doc.sents)
    events = []
    for number, event in enumerate(doc._.events or [], 1):
        sent = sentences[event.sentence]
        trigger = event.trigger
        events.append({
            "id": f"{article.id}:e{number}",
            "event": event.plover,
            "mode": event.code.plover_mode or None,
            "contexts": event.contexts,
            "cameo": event.code.code,
            "cameo_name": event.code.name,
            "goldstein": event.code.goldstein,
            "quad_class": event.code.quad_class,
            "actor": [_actor(a) for a in event.actors],
            "recipient": [_actor(r) for r in event.recipients],
            "date": article.date.date().isoformat() if article.date else None,
            "location": _location(event.location),
            "sentence": {"index": event.sentence, "start": sent.start_char, "end": sent.end_char},
            "trigger": {"text": trigger.text, "start": trigger.idx, "end": trigger.idx + len(trigger),
                        "depth": _depth(trigger)},
            "modality": event.modality.as_dict(),
            "reported_by": {"name": event.reported_by[0], "quote_id": event.reported_by[1]} if event.reported_by else None,
            "explanation": event.explanation(),
        })
    quotes = []
    for quote in doc._.quotes or []:
        parts = getattr(quote, "parts", None) or [quote.content]
        actor = quote.speaker_actor
        quotes.append({
            "id": quote.id,
            "type": quote.type,
            "content": {"text": " ".join(text[s:e] for s, e in parts), "start": quote.content[0], "end": quote.content[1]},
            "parts": [_span(s, e, text) for s, e in parts],
            "cue": _span(*quote.cue, text) if quote.cue else None,
            "speaker": {
                "name": quote.speaker_name,
                "mention": _span(*quote.mention, text) if quote.mention else None,
                "actor": {"code": actor.code, "sector": actor.sector, "name": actor.name} if actor else None,
            },
            "reported_by": quote.reported_by,
            "explanation": quote.explanation,
        })
    locations = []
    for place in doc._.places or []:
        span = doc[place.start:place.end]
        locations.append({
            "text": span.text, "start": span.start_char, "end": span.end_char,
            "name": place.entry.name, "lat": place.entry.lat, "lon": place.entry.lon,
            "country": place.entry.country, "geonameid": place.entry.geonameid, "feature": place.entry.feature,
        })
    amounts = [{"value": int(a.value) if float(a.value).is_integer() else a.value, "unit": a.unit,
                "text": a.text, "start": a.start, "end": a.end} for a in doc._.amounts or []]
    return {
        "id": article.id,
        "title": article.title,
        "date": date,
        "language": article.language,
        "url": article.url,
        "source": article.source,
        "text": text,
        "entities": [{"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char} for e in doc.ents],
        "actors": [_mention(doc, m) for m in doc._.actors or []],
        "events": events,
        "quotes": quotes,
        "locations": locations,
        "amounts": amounts,
    }
