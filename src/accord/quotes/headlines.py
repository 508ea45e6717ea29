"""Headlines set in title case, read again in sentence case.

"Glenn Beck Blasts Drudge For Mocking His Fast" parses as one long name: the small model takes
the capitals for proper nouns. The headline is rewritten with the capitals of common words
lowered (function words, and the forms of the cue lexicon's words: "Blasts" → "blasts",
"Mocking" → "mocking"), which keeps every character offset, parsed again with the same model,
and the reported-speech finder is run on that parse. Its candidates are mapped back onto the
article's tokens by character offset; a candidate that does not map token for token is dropped.
Names keep their capitals, so the words before the cue still read as the source.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from accord.quotes.candidate import Candidate
from accord.quotes.cues import CueLexicon
from accord.quotes.reported import ReportedFinder
from accord.quotes.slips import headline_tokens

WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


_FORMS: dict[int, frozenset[str]] = {}


def _common_forms(lexicon: CueLexicon) -> frozenset[str]:
    """Lower-case forms of the cue words: the lemma and its regular inflections (once per
    lexicon)."""
    if id(lexicon) not in _FORMS:
        _FORMS[id(lexicon)] = _inflect(lexicon)
    return _FORMS[id(lexicon)]


def _inflect(lexicon: CueLexicon) -> frozenset[str]:
    forms: set[str] = set(STOP_WORDS)
    for lemma in [*lexicon.verbs, *lexicon.nouns, *lexicon.adjectives]:
        if " " in lemma:
            continue
        forms.update((lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"))
        if lemma.endswith("e"):
            forms.add(lemma[:-1] + "ing")
        if lemma.endswith("y"):
            forms.update((lemma[:-1] + "ies", lemma[:-1] + "ied"))
        if len(lemma) > 2 and lemma[-1] not in "aeiouwy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
            forms.update((lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"))  # "slammed", "slamming"
    return frozenset(forms)


def sentence_case(text: str, lexicon: CueLexicon) -> str:
    """The headline with the capitals of common words lowered, the first word kept."""
    common = _common_forms(lexicon)
    out = list(text)
    for k, m in enumerate(WORD.finditer(text)):
        word = m.group()
        if k == 0 or not word[0].isupper() or word.isupper() and len(word) > 1:
            continue  # the first word; an acronym ("GOP", "ISIS")
        if word.lower().replace("’", "'") in common:
            out[m.start()] = word[0].lower()
    return "".join(out)


def headline_candidates(doc: Doc, parse: Callable[[str], Doc], finder: ReportedFinder,
                        lexicon: CueLexicon, existing: list[Candidate]) -> list[Candidate]:
    """Reported speech found in the headline read in sentence case, on the article's tokens;
    nothing when the headline is not in title case or already has a candidate."""
    words = headline_tokens(doc)
    if not words or any(c.cue and c.cue[0] <= words[-1].i for c in existing):
        return []
    end = words[-1].idx + len(words[-1].text)
    text = doc.text[:end]
    cased = sentence_case(text, lexicon)
    if cased == text:
        return []
    other = parse(cased)
    by_char = {t.idx: t.i for t in words}

    def mapped(token: Token | None) -> int | None:
        return None if token is None else by_char.get(token.idx)

    out = []
    for cand in finder.find(other):
        tokens = {mapped(other[i]) for i in cand.tokens}
        cue = (mapped(other[cand.cue[0]]), mapped(other[cand.cue[1] - 1])) if cand.cue else None
        speaker = mapped(cand.speaker)
        if None in tokens or cue is None or None in cue or cand.speaker is not None and speaker is None:
            continue  # the two parses cut the words differently
        # the source's words as this parse reads them (the article's parse runs the name on
        # into the verb: "Glenn Beck Blasts Drudge")
        span = cand.mention_span or ((cand.speaker.left_edge.i, min(cand.speaker.right_edge.i, cand.cue[0] - 1) + 1)
                                     if cand.speaker is not None else None)
        mention = None
        if span is not None:
            first, last = mapped(other[span[0]]), mapped(other[span[1] - 1])
            if first is None or last is None:
                continue
            mention = (first, last + 1)
        out.append(Candidate(cand.type, tokens, (cue[0], cue[1] + 1), doc[speaker] if speaker is not None else None,
                             f"{cand.how} (a title-case headline read in sentence case)", frame=cand.frame,
                             lemma=cand.lemma, mention_span=mention, own_words=True))
    return out
