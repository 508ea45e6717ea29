"""A person of two nationalities acted on by one of their states.

Wire copy names dual nationals by both demonyms joined with a hyphen ("a British-Iranian aid
worker", "a Canadian-Chinese dual citizen"). When one of those states acts on the person (arrests,
tries, frees them), the wire sets code the other nationality as the target ("Iran arrested a
British-Iranian aid worker" is IRN -> GBR): the acting state's own demonym names the person, not a
second party.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from accord.events.dyad_steps import PartyRecord
    from accord.events.arguments import ArgumentReader


def _token_span(doc: Doc, party) -> tuple[int, int] | None:
    span = doc.char_span(party.start, party.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else None


def _hyphen_partner(doc: Doc, span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Another party's mention is joined to this one by a hyphen ("Canadian-Chinese")."""
    start, end = span
    for other in spans:
        if other == span:
            continue
        if other[1] + 1 == start and doc[start - 1].text == "-":
            return True
        if end + 1 == other[0] and end < len(doc) and doc[end].text == "-":
            return True
    return False


def dual_nationality(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    """Recipients of the actor's own country named as one half of a dual nationality are dropped."""
    doc = token.doc
    own = {code[:3] for code in who.actor_codes if code} | {a.actor.code[:3] for a in who.actors if a.actor.code}
    if not own:
        return
    for field in ("recipients", "named_recipients"):
        parties = getattr(who, field)
        spans = [_token_span(doc, p) for p in parties]
        known = [s for s in spans if s is not None]
        kept = [p for p, s in zip(parties, spans)
                if not (s is not None and (p.actor.code or "")[:3] in own and _hyphen_partner(doc, s, known))]
        if kept and len(kept) < len(parties):
            setattr(who, field, kept)
