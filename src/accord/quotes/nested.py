"""Attributions nested inside another attribution's content.

PolNeAR is univocal: a word is the content of at most one attribution, and a report inside
another report's content is annotated on its own when it has a source and a cue of its own.
The reported finder makes a candidate for every cue, and the stage keeps the widest one when
two overlap, so without this the inner report is swallowed by the outer content. Here the
inner report's words are cut out of the outer content, so that both are kept.

- A cue with a subject of its own (a name or a noun, not a pronoun) in a clause joined to the
  outer content: "said Clinton is honest, and three-quarters said the same of Sanders", "accused
  her of a smear while Sanders suggests …", "… after prosecutors determined …". A clause of
  condition, cause or time ("if", "because", "before", "when", …) is part of what is reported
  ("would resign if voters wanted it"), and so is a pronoun's report ("says he knew little of
  Sanders before he announced his bid": one report, as PolNeAR mostly marks it), and so are
  shares of a poll ("37 percent say …, while 22 percent say …").
- Not done (measured on PolNeAR train and dev, see docs/quotes.md): a cue in a relative clause
  set off by a comma ("…, which he called a disgrace"), although PolNeAR's convention is to cut
  it out ("which … a disgrace" is the inner content); the annotators left out as many such inner
  reports as they marked.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.actors.tables import word_sets
from accord.quotes.candidate import Candidate

# The word sets are data: each one's words and why are in accord/data/words/quotes_nested.tsv.
WORD_SETS = word_sets("quotes_nested")

RELATIVE = WORD_SETS["RELATIVE"]
ASIDE_MARKS = {",", "—", "–", "-", "("}
JOINERS = WORD_SETS["JOINERS"]
CONDITIONS = WORD_SETS["CONDITIONS"]


def _own_clause(verb: Token, speaker: Token) -> bool:
    """A cue with a subject of its own, in a clause joined to another content's clause."""
    if speaker.head.i != verb.i or speaker.dep_ != "nsubj":
        return False
    if speaker.pos_ == "PRON" or speaker.lower_ in RELATIVE:
        return False
    if _share(speaker):
        return False  # "37 percent say …, while 22 percent say …": one poll finding
    doc = verb.doc
    before = verb.left_edge.i - 1
    if verb.dep_ == "ccomp":
        # "said the minister believes …" is one report; "said A, and B said …" is two (the parser
        # makes the second a clause of the first cue)
        return before > 0 and doc[before].lower_ in ("and", "but", "while")
    if verb.dep_ == "advcl":
        mark = next((c.lower_ for c in verb.children if c.dep_ == "mark"), "")
        return mark not in CONDITIONS
    if verb.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in verb.children):
        return False  # "said the tapes were unclear and that the video did not show …": a second clause of the same report
    return verb.dep_ == "conj"


def _share(noun: Token) -> bool:
    """"23 percent", "about 4 in 10", "only 25 percent of voters": a share of those polled."""
    return noun.like_num or noun.lower_ in ("percent", "%") or any(
        c.like_num and c.dep_ in ("nummod", "quantmod") for c in noun.children)


def _cut(verb: Token) -> set[int]:
    """The clause of the inner cue with the joining word and comma before it."""
    doc = verb.doc
    cut = {t.i for t in verb.subtree}
    before = verb.left_edge.i - 1
    while before >= 0 and doc[before].lower_ in JOINERS:
        cut.add(before)
        before -= 1
    if before >= 0 and doc[before].text in ASIDE_MARKS:
        cut.add(before)
    return cut


def split_nested(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Cut the clauses that carry an attribution of their own out of the contents that hold
    them. Changes the candidates' token sets in place and returns the list."""
    for inner in candidates:
        if inner.type != "indirect" or inner.cue is None or inner.speaker is None:
            continue
        verb = doc[inner.cue[0]]
        if verb.pos_ not in ("VERB", "AUX") or inner.frame in ("according", "as"):
            continue
        if not _own_clause(verb, inner.speaker):
            continue
        cut = _cut(verb)
        for outer in candidates:
            if outer is inner or verb.i not in outer.tokens or verb.head.i not in outer.tokens:
                continue
            rest = outer.tokens - cut
            if any(doc[i].is_alpha for i in rest):
                outer.tokens = rest
    return candidates
