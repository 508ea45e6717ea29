"""`accord explain "SENTENCE"`: the parse, the actors, and why each word did or did not
become an event."""

from __future__ import annotations

from accord.events.arguments import ArgumentReader
from accord.events.coder import EventStage
from accord.events.record import Event
from accord.ingest import Article, content_id


def explain_text(pipeline, text: str) -> list[str]:
    article = Article(id=content_id(text), text=text, language="en", source="<explain>")
    doc = pipeline.nlp(pipeline._make_doc(article))
    lines = ["parse:"]
    for token in doc:
        if token.is_space:
            continue
        lines.append(f"  {token.i:>3} {token.text:<16} lemma={token.lemma_:<14} {token.pos_:<5} "
                     f"{token.dep_:<10} head={token.head.i:<3} {token.ent_type_}")
    lines.append("actors:")
    for mention in doc._.actors or []:
        a = mention.actor
        lines.append(f"  '{doc[mention.start:mention.end].text}' → code={a.code} sector={a.sector} "
                     f"name={a.name} ({a.kind}, via {mention.via})")
        if mention.start in (doc._.era_codes or {}):
            today, then, why = doc._.era_codes[mention.start]
            lines.append(f"      ({today} today, {then} in the era of {why})")
    if doc._.quotes:
        lines.append("quotes:")
        for quote in doc._.quotes:
            lines.append(f"  {quote.type} by {quote.speaker_name}: {doc.text[quote.content[0]:quote.content[1]][:70]!r}")
    lines.append("event words:")
    stage: EventStage = dict(pipeline.nlp.pipeline)["accord_events"].stage
    reader = ArgumentReader(doc)
    sent_of = {t.i: i for i, s in enumerate(doc.sents) for t in s}
    for token in doc:
        decision = stage.decide(token, reader, article.date, sent_of[token.i])
        if decision is None:
            continue
        if isinstance(decision, Event):
            kept = any(e.trigger.i == token.i for e in doc._.events or [])
            how, why = (doc._.dropped_events or {}).get(token.i, ("merged", "into another event"))
            status = "CODED" if kept else f"coded, then {how}: {why}"
            lines.append(f"  '{token.text}': {status}: {decision.explanation()}")
        else:
            lines.append(f"  '{token.text}': not coded: {decision}")
    if not doc._.events:
        lines.append("no events.")
    return lines
