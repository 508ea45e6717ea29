"""PLOVER contexts of an event from the words of its sentence (``data/context_keywords.tsv``)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from accord.actors.tables import data_dir, read_tsv


@lru_cache(maxsize=1)
def load_context_terms() -> dict[tuple[str, ...], str]:
    return {tuple(row["term"].lower().split()): row["context"] for row in read_tsv(data_dir() / "context_keywords.tsv")}


def sentence_contexts(sent: Span, terms: dict[tuple[str, ...], str]) -> list[tuple[str, str]]:
    """(context, matched words) for each context term in the sentence, in text order."""
    lemmas = [t.lemma_.lower() for t in sent]
    found = []
    for i in range(len(lemmas)):
        for length in (3, 2, 1):
            key = tuple(lemmas[i:i + length])
            if len(key) == length and key in terms:
                found.append((terms[key], " ".join(key)))
                break
    return found
