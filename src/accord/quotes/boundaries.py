"""Where a reported content ends: asides that PolNeAR leaves out of a content.

A content built from a cue's complement takes the complement's whole subtree; the parser hangs
more on it than the source is said to have said. These rules trim the end of a content.

- An aside after a noun content: "denounced the annexation, which RT cited as …", "disclosed
  them to the AP, which first reported the story": a relative clause set off by a comma at the
  end of a content that is not a clause (an object, a prepositional object, an infinitive) is
  the writer's, not the source's, and a cue inside it may now report on its own ("…, which
  Beijing has vowed to ignore"). An apposition ("his plan — the wall …", "Mr. Bush, the former
  governor,") and a restrictive relative clause (no comma) stay in the content; so does an
  aside inside a reported clause. (Cutting appositions too, or after a dash or colon, lost
  more than it gained on PolNeAR train.)
- A summing-up apposition at the end of such a content: "sought Republican suggestions, an offer
  the leadership rebuffed", "endorsed Mrs. Clinton, a signal of her broad support": an
  indefinite common noun after a comma, with a clause or phrase of its own. A naming apposition
  with no clause or phrase of its own ("Mr. Lopez, the new finance minister", "Mr. Bush, a
  former governor") stays; "a former senator from New York" after a name is cut too.
"""

from __future__ import annotations

from spacy.tokens import Doc

from accord.actors.tables import word_sets

# The word sets are data: each one's words and why are in accord/data/words/quotes_boundaries.tsv.
WORD_SETS = word_sets("quotes_boundaries")

CLAUSE_FRAMES = WORD_SETS["CLAUSE_FRAMES"]
NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}


def trim_asides(doc: Doc, tokens: set[int], frame: str) -> set[int]:
    """Leave out a trailing relative clause set off by a comma, hung on a noun of a content that
    is not a clause."""
    if frame in CLAUSE_FRAMES or len(tokens) < 3:
        return tokens
    words = [i for i in tokens if not doc[i].is_punct and not doc[i].is_space]
    if not words:
        return tokens
    last = max(words)
    for i in sorted(tokens):
        t = doc[i]
        if t.dep_ != "relcl" or t.head.i not in tokens or t.head.pos_ not in NOMINAL:
            continue
        mark = t.left_edge.i - 1
        if mark <= min(tokens) or doc[mark].text != "," or t.right_edge.i < last:
            continue
        kept = {j for j in tokens if j < mark}
        if any(not doc[j].is_punct for j in kept):
            return kept
    return _trim_summary(doc, tokens, last)


def _trim_summary(doc: Doc, tokens: set[int], last: int) -> set[int]:
    """Leave out a trailing apposition after a comma that sums up rather than names: an
    indefinite common noun with a clause or phrase of its own ("sought Republican suggestions,
    an offer the leadership rebuffed", "have endorsed X, a signal of her support")."""
    for i in sorted(tokens):
        t = doc[i]
        if t.dep_ != "appos" or t.pos_ != "NOUN" or t.head.i not in tokens or t.right_edge.i < last:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            continue
        if not any(c.dep_ in ("relcl", "acl", "prep") and c.i > t.i for c in t.children):
            continue
        mark = t.left_edge.i - 1
        if mark <= min(tokens) or doc[mark].text not in (",", "-", "—", "–", "--"):
            continue
        kept = {j for j in tokens if j < mark}
        if any(not doc[j].is_punct for j in kept):
            return kept
    return tokens


OPENING, CLOSING = "“", "”"


def run_to_closing_mark(doc: Doc, tokens: set[int], reach: int = 80) -> set[int]:
    """'said that “ethanol people” “do a fantastic job. And it's so important …”': a quotation
    opened inside a reported content runs to its closing mark, past the sentence the parser
    ended the clause with (within the paragraph, at most ``reach`` tokens on)."""
    if not tokens:
        return tokens
    last = max(tokens)
    text = "".join(doc[i].text for i in sorted(tokens))
    if text.count(OPENING) <= text.count(CLOSING):
        return tokens
    for j in range(last + 1, min(len(doc), last + 1 + reach)):
        t = doc[j]
        if "\n" in t.text or t.text == OPENING:
            return tokens  # a new paragraph or a new quotation: the mark was never closed here
        if CLOSING in t.text:
            if all(doc[k].is_punct for k in range(last + 1, j)):
                return tokens  # only the trailing comma and the mark: nothing more was said
            return tokens | set(range(last + 1, j + 1))
    return tokens

