"""Near-duplicate articles (a wire story republished with small edits), by MinHash LSH.

Each article's text becomes a set of word 5-grams; datasketch's MinHash estimates the
Jaccard similarity of two such sets and its LSH index finds the candidates above a
threshold without comparing every pair. A new article similar enough to one already seen is
linked to that first copy; events are then counted once with their mentions (see the store's
``event_clusters`` view).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 5
THRESHOLD = 0.6  # estimated Jaccard of word 5-grams; light edits of a 300-word story stay above it
_WORD = re.compile(r"\w+", re.UNICODE)


def minhash(text: str, num_perm: int = NUM_PERM) -> MinHash:
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    signature = MinHash(num_perm=num_perm)
    signature.update_batch([s.encode("utf-8") for s in shingles])
    return signature


def to_bytes(signature: MinHash) -> bytes:
    return signature.hashvalues.astype(np.uint64).tobytes()


def from_bytes(data: bytes, num_perm: int = NUM_PERM) -> MinHash:
    # The hashing scheme must match the one the signature was made with (datasketch's default).
    return MinHash(num_perm=num_perm, hashvalues=np.frombuffer(data, dtype=np.uint64), scheme=MinHash(1).scheme)


class NearDuplicates:
    """The first copies seen so far, and a lookup for new articles."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM):
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._signatures: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._signatures

    def first_copy(self, signature: MinHash) -> str | None:
        """The id of the earliest stored article this one nearly duplicates, if any."""
        best, best_score = None, self.threshold
        for candidate in self._lsh.query(signature):
            score = signature.jaccard(self._signatures[candidate])
            if score >= best_score:
                best, best_score = candidate, score
        return best

    def add(self, article_id: str, signature: MinHash) -> None:
        """Remember an article as a first copy (duplicates are not added: they point to it)."""
        if article_id not in self._signatures:
            self._signatures[article_id] = signature
            self._lsh.insert(article_id, signature)

    def load(self, rows: Iterable[tuple[str, bytes]]) -> None:
        for article_id, data in rows:
            self.add(article_id, from_bytes(data, self.num_perm))


def link_duplicates(records: list[dict], index: NearDuplicates) -> dict[str, bytes]:
    """Set ``duplicate_of`` on each record (None for a first copy) against the index and
    the earlier records of the same list; return the first copies' signatures to store.

    The index itself is only updated with :func:`remember`, after the records are safely
    stored, so a rolled-back batch leaves no trace in it.
    """
    earlier: list[tuple[str, MinHash]] = []  # first copies within this batch (few: compared directly)
    signatures: dict[str, bytes] = {}
    for record in records:
        if record["id"] in index:
            record["duplicate_of"] = None
            continue
        signature = minhash(record["text"], index.num_perm)
        first = index.first_copy(signature) or next(
            (other for other, sig in earlier if signature.jaccard(sig) >= index.threshold), None)
        record["duplicate_of"] = first
        if first is None:
            earlier.append((record["id"], signature))
            signatures[record["id"]] = to_bytes(signature)
    return signatures


def remember(index: NearDuplicates, signatures: dict[str, bytes]) -> None:
    index.load(signatures.items())
