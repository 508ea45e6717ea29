"""Fixtures for the parse tests: a Doc built by hand with the parse a test needs."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc


@pytest.fixture(scope="session")
def hand_parsed():
    """Build a Doc with the given heads, labels, lemmas and parts of speech (and tags), on the
    model's vocabulary: the parse a repair must recognise, whatever the model makes of it today."""
    from accord.nlp import load_model

    vocab = load_model().vocab

    def build(words, heads, deps, lemmas, pos, tags=None) -> Doc:
        return Doc(vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos, tags=tags)
    return build
