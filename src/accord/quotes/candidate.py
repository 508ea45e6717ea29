"""A candidate attribution before its speaker is resolved, and token-set helpers shared by the
finders."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from accord.actors.tables import word_sets

# The word sets are data: each one's words and why are in accord/data/words/quotes_candidate.tsv.
WORD_SETS = word_sets("quotes_candidate")


@dataclass
class Candidate:
    """One attribution before speakers are resolved."""

    type: str  # "direct" | "indirect"
    tokens: set[int]  # content token indices
    cue: tuple[int, int] | None  # token range [start, end) of the cue words
    speaker: Token | None  # the token naming the source
    how: str
    parts: list[tuple[int, int]] = field(default_factory=list)  # char spans (direct quotes)
    frame: str = ""
    lemma: str = ""
    mention_span: tuple[int, int] | None = None  # token range of the source, when not a phrase
    own_words: bool = False  # the mention's words are the name (the article's entity runs on)

    @property
    def start_token(self) -> int:
        return min(self.tokens)


def subtree(token: Token, skip: set[int] | None = None) -> set[int]:
    out = {t.i for t in token.subtree}
    return out - skip if skip else out


DISCOURSE = WORD_SETS["DISCOURSE"]


def trim_leading(doc: Doc, tokens: set[int]) -> set[int]:
    """Leave out the connective and punctuation a sentence-wide content starts with."""
    order = sorted(tokens)
    k = 0
    while k < len(order) - 1 and (doc[order[k]].lower_ in DISCOURSE or doc[order[k]].is_punct or doc[order[k]].is_space):
        k += 1
    return set(order[k:])
