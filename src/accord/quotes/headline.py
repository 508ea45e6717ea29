"""Headlines in title case ("Glenn Beck Blasts Drudge For Mocking His Fast"): the parser reads
most capitalised words as names, so the cue verbs are lost. The headline is parsed again in
sentence case — every capitalised word lower-cased except the first and the names the article
itself writes with a capital in mid-sentence ("Drudge", "Glenn Beck") — and reported speech is
looked for in that parse. Lower-casing keeps every character offset, so what is found maps back
onto the article's own tokens.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from accord.quotes.marks import paragraphs
from accord.quotes.reported import Candidate, ReportedFinder

WORD = re.compile(r"[^\W\d_][\w'’\-]*")
MIN_WORDS = 4
TITLE_SHARE = 0.7  # share of the headline's words (of four letters or more) that are capitalised


def _parser():
    """The bare spaCy components of the model (no accord stages), loaded once per process."""
    from accord.nlp import load_model

    nlp = load_model()
    return nlp, [(name, proc) for name, proc in nlp.pipeline if not name.startswith("accord_")]


def _in_title_case(words: list[str]) -> bool:
    long = [w for w in words if len(w) >= 4]
    return len(words) >= MIN_WORDS and bool(long) and \
        sum(1 for w in long if w[0].isupper()) >= TITLE_SHARE * len(long)


def _names(body: str) -> set[str]:
    """Words the article writes with a capital after a lower-case word or a comma: names."""
    return {m.group(1) for m in re.finditer(r"(?<=[a-z,;] )([A-Z][\w'’\-]*)", body)}


def sentence_case(text: str, names: set[str]) -> str:
    out = list(text)
    for k, match in enumerate(WORD.finditer(text)):
        word = match.group()
        if k == 0 or not word[0].isupper() or word.isupper() and len(word) > 1 or word in names:
            continue
        out[match.start()] = word[0].lower()
    return "".join(out)


def headline_candidates(doc: Doc, finder: ReportedFinder) -> tuple[tuple[int, int], list[Candidate]] | None:
    """(the headline's character span, reported candidates found in its sentence-case parse), or
    None when the article does not open with a headline in title case."""
    spans = paragraphs(doc.text)
    if len(spans) < 2:
        return None
    start, end = spans[0]
    headline = doc.text[start:end]
    if not _in_title_case(WORD.findall(headline)):
        return None
    cased = sentence_case(headline, _names(doc.text[end:]))
    nlp, procs = _parser()
    mini = nlp.make_doc(cased)
    for _, proc in procs:
        mini = proc(mini)
    by_char = {t.idx: t.i for t in doc if start <= t.idx < end}

    def mapped(i: int) -> int | None:
        token = mini[i]
        j = by_char.get(start + token.idx)
        return j if j is not None and len(doc[j].text) == len(token.text) else None

    out = []
    for cand in finder.find(mini):
        tokens = {mapped(i) for i in cand.tokens}
        cue = (mapped(cand.cue[0]), mapped(cand.cue[1] - 1)) if cand.cue else None
        speaker = mapped(cand.speaker.i) if cand.speaker is not None else None
        if None in tokens or cue is None or None in cue or cand.speaker is not None and speaker is None:
            continue
        out.append(Candidate(cand.type, tokens, (cue[0], cue[1] + 1), doc[speaker] if speaker is not None else None,
                             cand.how + " (headline in sentence case)", frame=cand.frame, lemma=cand.lemma))
    return (start, end), out
