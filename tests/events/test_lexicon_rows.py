"""The lexicon's rows as data: a row written twice is dead weight (the second copy is never the
one that matches first) and hides which line an explanation should name, so no two rows of the
hand-written files may share lemma, part of speech, frame and code."""
from __future__ import annotations

from collections import Counter

from accord.events.lexicon import IMPORTED_PREFIX, lexicon_files, read_lexicon_file


def _key(entry):
    return entry.lemma, entry.pos, tuple(sorted((slot, tuple(sorted(values))) for slot, values in entry.frame)), entry.cameo


def test_no_row_written_twice_in_the_hand_written_lexicon():
    rows = [entry for path in lexicon_files() if not path.name.startswith(IMPORTED_PREFIX)
            for entry in read_lexicon_file(path)]
    counts = Counter(_key(entry) for entry in rows)
    twice = [f"{entry.file} line {entry.line}: {entry.lemma}/{entry.pos} {entry.cameo}"
             for entry in rows if counts[_key(entry)] > 1]
    assert not twice, "\n".join(twice)


def test_the_key_tells_frames_apart():
    # Two rows of one verb that differ only in the frame are different rows.
    rows = [entry for path in lexicon_files() if not path.name.startswith(IMPORTED_PREFIX)
            for entry in read_lexicon_file(path) if entry.lemma == "lay" and entry.pos == "VERB"]
    assert len({_key(entry) for entry in rows}) == len(rows) >= 2
