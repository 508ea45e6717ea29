"""PLOVER contexts of an event from the words of its sentence (``data/context_keywords.tsv``)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from accord.actors.tables import data_dir, read_tsv
from accord.nlp.domains import find_terms, term_key


@lru_cache(maxsize=1)
def load_context_terms() -> dict[tuple[str, ...], str]:
    return {term_key(row["term"]): row["context"] for row in read_tsv(data_dir() / "context_keywords.tsv")}


def sentence_contexts(sent: Span, terms: dict[tuple[str, ...], str],
                      skip: set[int] = frozenset()) -> list[tuple[str, str]]:
    """(context, matched words) for each context term in the sentence, in text order."""
    return find_terms(sent, terms, skip)
