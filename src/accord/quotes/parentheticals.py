"""A cue set off from the clause it reports, after it or inside it: "Trade has doubled, Lula
said", "This campaign, he says, is different", "The plant is hanging on, but it is under pressure,
said the chief executive". The clause around is the content, unless a complement of the cue's own
follows it; the one told ("…, Trump told CNN, …") and a time or occasion ("…, she said in an
interview, …") are not such complements."""

from __future__ import annotations

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.quotes.candidate import Candidate, subtree, trim_leading
from accord.quotes.complements import prep_is_occasion, prep_is_time
from accord.quotes.cues import Cue

# The word sets are data: each one's words and why are in accord/data/words/quotes_parentheticals.tsv.
WORD_SETS = word_sets("quotes_parentheticals")


def clause_before(verb: Token, lemma: str, cue: Cue, children: list[Token], speaker: Token) -> Candidate | None:
    """"Trade has doubled, Lula said" / "This campaign, he says, is different": a cue set off by
    a comma or dash hangs off the clause it reports, which is the content."""
    if cue.takes("quote") and (verb.dep_ in ("parataxis", "advcl", "ccomp") or _inverted_conj(verb, speaker)) \
            and not any(_complement_after(c, verb, cue) for c in children) \
            and not any(c.dep_ == "mark" for c in children) and _parenthetical(verb):
        reported = verb.head
        if reported.dep_ in ("nsubj", "nsubjpass", "advcl") and reported.i < verb.i < reported.head.i:
            # "The difference now, he told me, is that …", "Though the move was smooth, he
            # said, replacing her would be hard": the cue stands inside the clause it
            # reports, hung on its subject or on a clause before it
            reported = reported.head
        tokens = trim_leading(verb.doc, subtree(reported, subtree(verb)))
        return Candidate("indirect", tokens, (verb.i, verb.i + 1), speaker,
                         f"reported speech: clause + '{verb.text}'", frame="clause-before", lemma=lemma)
    return None


def _inverted_conj(verb: Token, speaker: Token) -> bool:
    """"The plant is hanging on, but it is under pressure, said the chief executive": the parser
    makes the cue after the clause a conjunct of it; its subject after it shows the inversion."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.i == 0:
        return False
    if speaker.i > verb.i:
        return doc[verb.i - 1].text in (",", "—", "–")
    # "People should show evidence, he told reporters.": the cue and its subject close the
    # sentence after a comma
    start = speaker.left_edge.i
    end = verb.right_edge.i + 1
    return speaker.head.i == verb.i and start > 0 and doc[start - 1].text in (",", "—", "–") \
        and all(doc[i].is_space or doc[i].text in (".", "!", "?", "”", '"', "’") for i in range(end, verb.sent.end))


def _parenthetical(verb: Token) -> bool:
    """A cue set off from its clause by a comma or dash ("…, Lula said" / ", he says,")."""
    doc = verb.doc
    marks = (",", "—", "–", "-", ":")
    if verb.head.i < verb.i:
        return any(doc[i].text in marks for i in range(max(verb.head.i + 1, verb.left_edge.i - 3), verb.i))
    words = [t.i for t in verb.subtree if not t.is_punct]
    before, after = min(words) - 1, max(words) + 1
    return before >= 0 and doc[before].text in marks and after < len(doc) and doc[after].text in marks


HEARERS = WORD_SETS["HEARERS"]


def _complement_after(child: Token, verb: Token, cue) -> bool:
    """Whether a word after a parenthetical cue is the cue's own complement (so that the clause
    around is not what it reports). The one told is not ("…, Trump told CNN, …")."""
    if child.i < verb.i:
        return False
    doc = verb.doc
    if child.dep_ == "prep" and (prep_is_time(child) or prep_is_occasion(child)):
        return False  # "…, he told me on Friday, …", "…, she said in an interview, …"
    if child.dep_ == "xcomp":
        return True
    if child.dep_ == "dobj":
        return not (child.lemma_.lower() in HEARERS or child.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                    or child.lower_ in ("me", "us", "him", "her", "them"))
    return child.dep_ == "prep"
