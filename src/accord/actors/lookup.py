"""`accord actors lookup "TEXT" [--date D]`: what a mention resolves to, and why."""

from __future__ import annotations

from datetime import date, datetime

from accord.ingest import Article, content_id


def lookup(pipeline, text: str, on: date | None = None) -> list[str]:
    """Lines describing each actor mention found in ``text`` (read as a sentence of an
    article dated ``on``), with how it was recognised."""
    day = datetime(on.year, on.month, on.day) if on else None
    article = Article(id=content_id(text), text=text, date=day, language="en", source="<lookup>")
    doc = pipeline.nlp(pipeline._make_doc(article))
    lines = []
    for mention in doc._.actors or []:
        actor = mention.actor
        span = doc[mention.start:mention.end].text
        how = {
            "name": "a name in the tables", "alias": "an alias of a state", "demonym": "a demonym",
            "capital": "a capital, read as its government", "metonym": "a seat of government",
            "organisation": "an organisation", "title": "a person with a title read from the text",
            "surname": "a surname seen before", "role": "a role word", "office holder":
            f"the holder of that office on {on.isoformat() if on else 'the article date'}",
        }.get(mention.via, mention.via)
        roles = f", roles {', '.join(mention.roles)}" if mention.roles else ""
        lines.append(f"'{span}' → code {actor.code or '—'}, sector {actor.sector or '—'}"
                     f"{', ' + actor.name if actor.name else ''} ({actor.kind}; {how}{roles})")
    for place in doc._.places or []:
        entry = place.entry
        lines.append(f"'{place.text}' → place {entry.name} ({entry.lat:.3f}, {entry.lon:.3f}), "
                     f"{entry.country or '—'}, {entry.feature} ({place.why})")
    return lines or ["no actor or place found"]
