"""Quotes and attribution: who said what, direct and reported, across the whole article.

The stage gathers candidate attributions from quote marks (``direct``), from cue words in the
parse (``reported``) and from "NAME: …" lines, keeps them univocal (each word is content of at
most one attribution: a report inside a reported clause is part of it, not a second one; a
third party's statement reported inside a direct quotation is kept, nested), attaches
cue-less quotations to the attribution just before them, and resolves each source to a
person (``speakers``). See docs/quotes.md.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc

import accord.docext  # noqa: F401
from accord.actors.model import Actor
from accord.quotes.candidate import Candidate
from accord.quotes.cues import CueLexicon, load_cues
from accord.quotes.direct import DirectFinder
from accord.quotes.headlines import headline_candidates
from accord.quotes.index import TokenIndex
from accord.quotes.marks import MarkedQuote, find_marked_quotes, paragraphs
from accord.quotes.model import Quote
from accord.quotes.nested import split_nested
from accord.quotes.parts import token_parts
from accord.quotes.slips import find_slips
from accord.quotes.reported import ReportedFinder
from accord.quotes.speakers import FIRST_PERSON, SpeakerResolver

__all__ = ["Quote", "QuoteStage", "load_cues"]

NESTED_FRAMES = {"as", "according", "clause", "clause-before"}
REPORT_FRAMES = {"clause", "clause-before", "according"}
MAX_OVERLAP = 0.5  # share of a reported content that may already be someone else's
RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}


class QuoteStage:
    def __init__(self, cues: CueLexicon | None = None, parse: Callable[[str], Doc] | None = None):
        self.cues = cues or load_cues()
        self.direct = DirectFinder(self.cues)
        self.reported = ReportedFinder(self.cues)
        self.parse = parse  # the model's own parse of a text: re-reads title-case headlines

    def __call__(self, doc: Doc) -> Doc:
        index = TokenIndex(doc)
        marked = find_marked_quotes(doc.text)
        direct, floating = self.direct.find(doc, index, marked)
        reserved = {i for mq in floating for s, e in mq.parts for i in index.range_in(s, e)}
        reported = self.reported.find(doc)
        if self.parse is not None:
            reported += headline_candidates(doc, self.parse, self.reported, self.cues, reported)
        reported = find_slips(doc, self.cues, reported)
        reported = _not_the_speakers_own(doc, index, reported, marked)
        accepted, nested = _univocal(doc, direct, split_nested(doc, reported), reserved)
        accepted = _attach_floating(doc, index, accepted, floating)
        _mark_verbatim(doc, index, accepted, marked)
        quoted = [part for c in accepted if c.type == "direct" for part in c.parts]
        resolver = SpeakerResolver(doc, quoted)
        # Nested reports are resolved apart: they do not break the chain of speakers.
        quotes = _resolve(doc, sorted(accepted, key=lambda c: c.start_token), resolver)
        quotes += _resolve(doc, sorted(nested, key=lambda c: c.start_token), resolver)
        quotes.sort(key=lambda q: q.content[0])
        prefix = getattr(doc._.article, "id", None)
        for number, quote in enumerate(quotes, 1):
            quote.id = f"{prefix}:q{number}" if prefix else f"q{number}"
        _link_nested(quotes)
        doc._.quotes = quotes
        return doc


def _univocal(doc: Doc, direct: list[Candidate], reported: list[Candidate],
              reserved: set[int]) -> tuple[list[Candidate], list[Candidate]]:
    """Keep each word in at most one attribution; the widest report wins, direct quotes first.
    ``reserved`` words are in quotations without a cue, which continue an attribution."""
    accepted: list[Candidate] = []
    nested: list[Candidate] = []
    floating = Candidate("direct", set(reserved), None, None, "quotation without a cue")
    owner: dict[int, Candidate] = {i: floating for i in reserved}
    cues: set[int] = set()
    for cand in direct:
        if any(i in owner for i in cand.tokens):
            continue
        accepted.append(cand)
        for i in cand.tokens:
            owner[i] = cand
        if cand.cue:
            cues.update(range(*cand.cue))
    for cand in sorted(reported, key=lambda c: -len(c.tokens)):
        cue_tokens = set(range(*cand.cue)) if cand.cue else set()
        if cue_tokens & cues:
            continue
        outer = next((owner[i] for i in cue_tokens if i in owner), None)
        if outer is not None:
            if _nested_allowed(cand, outer):
                nested.append(cand)
            continue
        if cand.speaker is not None and cand.speaker.i in owner and owner[cand.speaker.i].type == "indirect":
            continue  # the source is itself inside someone's reported content
        taken = sum(1 for i in cand.tokens if i in owner)
        if taken / len(cand.tokens) > MAX_OVERLAP:
            continue
        cand.tokens = {i for i in cand.tokens if i not in owner}
        if not any(doc[i].is_alpha for i in cand.tokens):
            continue
        accepted.append(cand)
        for i in cand.tokens:
            owner[i] = cand
        cues.update(cue_tokens)
    return accepted, nested


def _not_the_speakers_own(doc: Doc, index: TokenIndex, reported: list[Candidate],
                          marked: list[MarkedQuote]) -> list[Candidate]:
    """"“I think the plan will fail,” …": a belief of the one quoted, told in the first or second
    person inside quote marks, is part of the quotation (PolNeAR marks the quotation only), also
    where accord finds no source for the quotation."""
    inside = {i for q in marked for s, e in q.parts for i in index.range_in(s, e)}
    return [c for c in reported if not (c.cue and c.cue[0] in inside and c.speaker is not None
                                        and c.speaker.lower_ in FIRST_PERSON | {"you"})]


def _nested_allowed(cand: Candidate, outer: Candidate) -> bool:
    """A third party's statement reported inside a direct quotation ("As noted by President
    Putin, …" in Gagloev's words) is an attribution of its own, reported by the outer one."""
    if outer.type != "direct" or cand.frame not in NESTED_FRAMES or cand.speaker is None:
        return False
    speaker = cand.speaker
    if speaker.lower_ in FIRST_PERSON or speaker.pos_ == "PRON":
        return False
    return speaker.pos_ == "PROPN" or speaker.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _attach_floating(doc: Doc, index: TokenIndex, accepted: list[Candidate],
                     floating: list[MarkedQuote]) -> list[Candidate]:
    """A quotation with no cue continues the attribution just before it: a direct quotation in
    the same or the previous paragraph ("“A,” he said. “B.”"), or reported speech in the same
    paragraph; otherwise it is left out (nobody to attribute it to with confidence)."""
    if not floating:
        return accepted
    para_starts = [s for s, _ in paragraphs(doc.text)]

    def para(char: int) -> int:
        return bisect_right(para_starts, char) - 1

    ends = sorted(accepted, key=lambda c: _end_char(doc, c))
    extra: list[Candidate] = []
    for mq in floating:
        before = [c for c in ends if _end_char(doc, c) <= mq.start]
        if not before:
            continue
        prev = max(before, key=lambda c: _end_char(doc, c))
        if prev.type != "direct":
            # "“A,” said X, who …. “B.”": a quotation in X's paragraph goes on with X's words
            # even when a report (a relative clause, an aside) stands between.
            same = [c for c in before if c.type == "direct" and c.speaker is not None
                    and para(_end_char(doc, c)) == para(mq.start)]
            if same and not _own_sentence_report(doc, prev, max(same, key=lambda c: _end_char(doc, c))):
                prev = max(same, key=lambda c: _end_char(doc, c))
        gap = para(mq.start) - para(_end_char(doc, prev))
        if gap > 1 or prev.speaker is None or prev.frame == "signature":
            # a signed quotation ("“…” ― Name") ends at its signature
            continue
        if prev.type != "direct" and gap == 1:
            # A quotation opening the paragraph after reported speech is most often someone
            # else's, named in a way accord does not see: left out rather than misattributed.
            continue
        tokens = {i for s, e in mq.parts for i in index.range_in(s, e)}
        if any(i in c.tokens for c in accepted for i in tokens):
            continue
        # A quotation in the paragraph of a reported statement goes on with it ("Obama felt an
        # obligation to act, he said. “This is core stuff.”"); after other attributions, or in
        # the next paragraph, it is a statement of its own by the same source.
        goes_on = gap == 0 and prev.frame in REPORT_FRAMES
        if prev.type != "direct" and not goes_on:
            extra.append(Candidate("direct", tokens, None, prev.speaker,
                                   "quotation without a cue after " + prev.how.split(";")[0], parts=list(mq.parts),
                                   frame="follow", lemma=prev.lemma, mention_span=prev.mention_span))
            continue
        prev.tokens |= tokens
        prev.parts = (prev.parts or token_parts(doc, prev.tokens - tokens)) + list(mq.parts)
        prev.how += "; continued by a quotation without a cue"
    return accepted + extra


def _own_sentence_report(doc: Doc, report: Candidate, quotation: Candidate) -> bool:
    """"“A,” the minister said. The summit did too little, he added. “B.”": a report in a sentence
    of its own after the quotation, by a named or pronoun source (not a relative "who"), is what
    the next quotation goes on with."""
    if report.frame not in REPORT_FRAMES or report.speaker is None or report.speaker.lower_ in RELATIVE_PRONOUNS:
        return False
    first = doc[min(report.tokens)]
    return first.sent.start > doc[max(quotation.tokens)].sent.start


def _mark_verbatim(doc: Doc, index: TokenIndex, accepted: list[Candidate], marked: list[MarkedQuote]) -> None:
    """A reported statement whose words are nearly all inside quote marks is a direct quote
    ("Trump said he would “build a wall and make Mexico pay for it.”")."""
    inside = {i for q in marked for s, e in q.parts for i in index.range_in(s, e)}
    for cand in accepted:
        if cand.type == "indirect":
            words = [i for i in cand.tokens if doc[i].is_alpha]
            if words and sum(1 for i in words if i in inside) >= 0.8 * len(words):
                cand.type = "direct"


def _end_char(doc: Doc, cand: Candidate) -> int:
    if cand.parts:
        return cand.parts[-1][1]
    last = doc[max(cand.tokens)]
    return last.idx + len(last.text)


def _resolve(doc: Doc, candidates: list[Candidate], resolver: SpeakerResolver) -> list[Quote]:
    quotes: list[Quote] = []
    previous: Actor | None = None
    for cand in candidates:
        parts = cand.parts or token_parts(doc, cand.tokens)
        if not parts:
            continue
        cue = None
        if cand.cue:
            cue_span = doc[cand.cue[0]:cand.cue[1]]
            cue = (cue_span.start_char, cue_span.end_char)
        quote = Quote(id="", type=cand.type, content=(parts[0][0], parts[-1][1]), cue=cue, parts=parts)
        quote.frame, quote.lemma = cand.frame, cand.lemma  # for error analysis (not in the record)
        if cand.speaker is None:
            quote.explanation = f"{cand.how}; no speaker found"
        else:
            if cand.mention_span is not None:
                span = doc[cand.mention_span[0]:cand.mention_span[1]]
            else:
                span = resolver.mention_span(cand.speaker)
            quote.mention = (span.start_char, span.end_char)
            name, actor, why = resolver.resolve(cand.speaker, previous)
            if cand.own_words and name and actor is not None and actor.kind == "person" and span.text.strip() in name:
                # "Glenn Beck Blasts Drudge" read as one name in the headline: the source is "Glenn Beck"
                name = span.text.strip()
                actor = Actor(None, None, name, "person")
            if cand.frame in ("colon", "signature") and name is None and actor is None:
                name, why = span.text.strip(), "named before a colon" if cand.frame == "colon" else "signed"
                actor = Actor(None, None, name, "person")
            quote.speaker_name, quote.speaker_actor = name, actor
            quote.explanation = f"{cand.how}; speaker '{span.text}': {why}"
            if actor is not None:
                previous = actor
        quotes.append(quote)
    return quotes


def _link_nested(quotes: list[Quote]) -> None:
    for quote in quotes:
        if quote.type != "indirect" or quote.cue is None:
            continue
        for outer in quotes:
            if outer is not quote and outer.type == "direct" and outer.covers(quote.cue[0]):
                quote.reported_by = outer.id
                break
