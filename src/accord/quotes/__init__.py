"""Quotes and attribution: who said what, direct and reported."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

import accord.docext  # noqa: F401
from accord.actors.model import Actor
from accord.actors.tables import data_dir, read_tsv
from accord.quotes.marks import MarkedQuote, find_marked_quotes
from accord.quotes.model import Quote
from accord.quotes.speakers import FIRST_PERSON, SpeakerResolver

__all__ = ["Quote", "QuoteStage", "load_cues"]

ATTRIBUTION_WINDOW = 14  # tokens after a closing mark in which its cue may stand
SUBJECT_DEPS = ("nsubj", "nsubjpass")


@lru_cache(maxsize=2)
def load_cues(path: Path | None = None) -> frozenset[str]:
    return frozenset(row["lemma"].lower() for row in read_tsv(path or data_dir() / "quote_cues.tsv"))


class QuoteStage:
    def __init__(self, cues: frozenset[str] | None = None):
        self.cues = cues or load_cues()

    def __call__(self, doc: Doc) -> Doc:
        marked = find_marked_quotes(doc.text)
        quoted = [part for q in marked for part in q.parts]
        resolver = SpeakerResolver(doc, quoted)
        quotes = self._direct(doc, marked, resolver)
        quotes += self._indirect(doc, quotes, quoted, resolver)
        quotes.sort(key=lambda q: q.content[0])
        prefix = getattr(doc._.article, "id", None)
        for number, quote in enumerate(quotes, 1):
            quote.id = f"{prefix}:q{number}" if prefix else f"q{number}"
        _link_nested(quotes)
        doc._.quotes = quotes
        return doc

    # -- direct quotations ---------------------------------------------------------------
    def _direct(self, doc: Doc, marked: list[MarkedQuote], resolver: SpeakerResolver) -> list[Quote]:
        quotes: list[Quote] = []
        merged = _merge_interrupted(doc, marked, self.cues)
        previous: Quote | None = None
        for mq in merged:
            cue_token, how = self._cue_after(doc, mq)
            if cue_token is None:
                cue_token, how = self._cue_before(doc, mq)
            quote = Quote(id="", type="direct", content=(mq.start, mq.end))
            quote.parts = mq.parts  # type: ignore[attr-defined]
            if cue_token is not None:
                speaker_token = _subject(cue_token)
                quote.cue = _char_span(doc, cue_token)
                if speaker_token is not None:
                    mention = resolver.mention_at(speaker_token)
                    span = doc[mention.start:mention.end] if mention else _phrase_span(speaker_token)
                    quote.mention = (span.start_char, span.end_char)
                    prev_actor = previous.speaker_actor if previous else None
                    quote.speaker_name, quote.speaker_actor, why = resolver.resolve(speaker_token, prev_actor)
                    quote.explanation = f"quote marks; cue '{cue_token.text}' {how}; speaker '{span.text}': {why}"
                else:
                    quote.explanation = f"quote marks; cue '{cue_token.text}' {how}; no speaker found"
            elif previous is not None and _same_or_next_paragraph(doc.text, previous.content[1], mq.start):
                # A quote with no cue right after another continues the same speaker.
                quote.speaker_name, quote.speaker_actor = previous.speaker_name, previous.speaker_actor
                quote.mention = previous.mention
                quote.explanation = "quote marks with no cue; continues the previous speaker"
            else:
                quote.explanation = "quote marks with no cue and no previous speaker"
            quotes.append(quote)
            previous = quote
        return quotes

    def _cue_after(self, doc: Doc, mq: MarkedQuote) -> tuple[Token | None, str]:
        # The attribution may follow any part: '“A,” the President said. - B.”'
        for _, part_end in mq.parts:
            for token in _tokens_after(doc, part_end):
                if token.lemma_.lower() in self.cues and token.pos_ in ("VERB", "AUX") and _subject(token) is not None:
                    return token, "after the quote"
        return None, ""

    def _cue_before(self, doc: Doc, mq: MarkedQuote) -> tuple[Token | None, str]:
        tokens = _tokens_before(doc, mq.start)
        for token in reversed(tokens):
            if token.lemma_.lower() in self.cues and token.pos_ == "VERB" and _subject(token) is not None:
                return token, "before the quote"
        return None, ""

    # -- reported speech -----------------------------------------------------------------
    def _indirect(self, doc: Doc, direct: list[Quote], quoted: list[tuple[int, int]],
                  resolver: SpeakerResolver) -> list[Quote]:
        found: list[Quote] = []
        direct_cues = {q.cue for q in direct if q.cue}
        for token in doc:
            content: tuple[int, int] | None = None
            speaker_token: Token | None = None
            how = ""
            if token.lemma_.lower() in self.cues and token.pos_ == "VERB":
                if _char_span(doc, token) in direct_cues:
                    continue
                clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
                agent = next((g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
                if clause is not None:
                    content = _clause_span(clause)
                    speaker_token = _subject(token)
                    how = f"reported speech: '{token.text}' + clause"
                elif agent is not None and token.dep_ == "advcl" and any(c.lower_ == "as" for c in token.children):
                    # "As noted by X, CLAUSE": the main clause is X's statement.
                    content = _clause_span(token.head, exclude=token)
                    speaker_token = agent
                    how = f"reported speech: 'as {token.text} by'"
            elif token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
                to = next(c for c in token.children if c.lower_ == "to")
                speaker_token = next((g for g in to.children if g.dep_ == "pobj"), None)
                content = _clause_span(token.head, exclude=token)
                how = "reported speech: 'according to'"
            if content is None or speaker_token is None or content[1] - content[0] < 12:
                continue
            if _overlaps_much(content, quoted) and not (_inside(content, quoted) and _inside(_char_span(doc, token), quoted)):
                continue  # the attribution of a direct quote, already recorded
            quote = Quote(id="", type="indirect", content=content,
                          cue=_char_span(doc, token) if token.lower_ != "according" else _char_span(doc, token, 2))
            mention = resolver.mention_at(speaker_token)
            span = doc[mention.start:mention.end] if mention else _phrase_span(speaker_token)
            quote.mention = (span.start_char, span.end_char)
            outer = next((q for q in direct if q.content[0] <= content[0] < q.content[1]), None)
            if speaker_token.lower_ in FIRST_PERSON and outer is not None:
                continue  # "I would like to note that ..." inside a quote: the quote already says it
            previous = outer.speaker_actor if outer else _last_speaker(direct + found, content[0])
            quote.speaker_name, quote.speaker_actor, why = resolver.resolve(speaker_token, previous)
            if outer is not None and outer.speaker_name and outer.speaker_name == quote.speaker_name:
                continue
            quote.explanation = f"{how}; speaker '{span.text}': {why}"
            found.append(quote)
        return found


def _link_nested(quotes: list[Quote]) -> None:
    for quote in quotes:
        if quote.type != "indirect":
            continue
        for outer in quotes:
            if outer is not quote and outer.type == "direct" and outer.content[0] <= quote.content[0] < outer.content[1]:
                quote.reported_by = outer.id
                break


def _merge_interrupted(doc: Doc, marked: list[MarkedQuote], cues: frozenset[str]) -> list[MarkedQuote]:
    """'“We will,” he said, “stay.”' is one quotation in two parts."""
    out: list[MarkedQuote] = []
    for mq in marked:
        if out:
            prev = out[-1]
            between = doc.text[prev.end:mq.start]
            if 0 < len(between) < 80 and "\n" not in between and not any(p in between for p in ".!?") \
                    and any(t.lemma_.lower() in cues for t in _span_tokens(doc, prev.end, mq.start)):
                prev.parts.extend(mq.parts)
                continue
        out.append(mq)
    return out


def _span_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    return [t for t in doc if start <= t.idx < end]


def _tokens_after(doc: Doc, char: int) -> list[Token]:
    out = []
    for token in doc:
        if token.idx < char:
            continue
        if token.text in ("“", "«", "„") or "\n" in token.text:
            break
        out.append(token)
        if token.text in (".", "!", "?") or len(out) >= ATTRIBUTION_WINDOW:
            break
    return out


def _tokens_before(doc: Doc, char: int) -> list[Token]:
    out: list[Token] = []
    for token in reversed([t for t in doc if t.idx + len(t) <= char]):
        if token.text in (".", "!", "?", "”", "»") or "\n" in token.text:
            break
        out.append(token)
        if len(out) >= ATTRIBUTION_WINDOW:
            break
    return list(reversed(out))


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    if verb.dep_ == "conj":
        return _subject(verb.head)
    return None


def _phrase_span(token: Token) -> Span:
    tokens = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "punct")]
    return token.doc[min(t.i for t in tokens): max(t.i for t in tokens) + 1]


def _char_span(doc: Doc, token: Token, length: int = 1) -> tuple[int, int]:
    span = doc[token.i: min(token.i + length, len(doc))]
    return span.start_char, span.end_char


def _clause_span(head: Token, exclude: Token | None = None) -> tuple[int, int]:
    skip = set(t.i for t in exclude.subtree) if exclude is not None else set()
    tokens = [t for t in head.subtree if t.i not in skip and not (t.dep_ == "mark" and t.head.i == head.i and t.lower_ == "that")]
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and tokens[-1].text not in ("”", "»"):
        tokens.pop()
    if not tokens:
        return head.idx, head.idx
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _overlaps_much(content: tuple[int, int], quoted: list[tuple[int, int]]) -> bool:
    length = content[1] - content[0]
    overlap = sum(max(0, min(content[1], e) - max(content[0], s)) for s, e in quoted)
    return length > 0 and overlap / length > 0.5


def _inside(content: tuple[int, int], quoted: list[tuple[int, int]]) -> bool:
    return any(s <= content[0] and content[1] <= e for s, e in quoted)


def _same_or_next_paragraph(text: str, end: int, start: int) -> bool:
    return text[end:start].count("\n\n") <= 1 and start - end < 600


def _last_speaker(quotes: list[Quote], before: int) -> Actor | None:
    earlier = [q for q in quotes if q.content[0] < before and q.speaker_actor is not None]
    return max(earlier, key=lambda q: q.content[0]).speaker_actor if earlier else None
