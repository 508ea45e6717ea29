"""Reports the parser gets wrong in a known way, found from the parse it gives.

- "Trump claims that he should be the exception", "Sanders charges that …": a cue verb in the
  third person read as a plural noun, with the name before it as its compound. A noun that is
  a clause-taking cue verb's form ("claims", "charges", "warns"), opening the sentence's root,
  with a name compound before it and a that-clause after it, is the verb, and the name its
  subject.
- "The Times reported at the time that …", "said during a news conference that he may wait":
  a that-clause after a time or occasion phrase is read as a relative clause of its noun. A
  cue verb with no clause of its own, whose phrase right after it ends in a noun with such a
  clause ("that" not its subject or object), reports that clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.quotes.cues import CueLexicon
from accord.quotes.reported import Candidate, subtree
from accord.quotes.sources import subject_of


def _that_clause(token: Token) -> Token | None:
    """A child clause of ``token`` opened by "that" used as a conjunction."""
    for child in token.children:
        if child.i < token.i or child.dep_ not in ("ccomp", "acl", "relcl"):
            continue
        first = child.doc[child.left_edge.i]
        if first.lower_ == "that" and first.dep_ in ("mark", "advmod") and first.i < child.i:
            return child
    return None


def _noun_read_verb(token: Token, lexicon: CueLexicon) -> Candidate | None:
    """"Trump claims that …": the root read as a plural noun with the name as its compound."""
    if token.dep_ != "ROOT" or token.tag_ not in ("NNS", "VBZ") or token.pos_ == "VERB":
        return None
    lemma = token.lemma_.lower()
    cue = lexicon.verb(lemma) or lexicon.verb(token.lower_.removesuffix("s"))
    if cue is None or not cue.takes("clause"):
        return None
    # the tagger often makes the name a common noun too ("Trump/NOUN predicts/NOUN that …")
    name = next((c for c in token.children if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN")
                 and c.i == token.i - 1), None)
    clause = _that_clause(token)
    if name is None or clause is None:
        return None
    return Candidate("indirect", subtree(clause), (token.i, token.i + 1), name,
                     f"reported speech: '{token.text}' (read as a noun) + clause", frame="clause", lemma=cue.lemma)


def _clause_on_a_noun(verb: Token, lexicon: CueLexicon) -> Candidate | None:
    """"reported at the time that …": the that-clause hung on the noun of the phrase after the cue."""
    cue = lexicon.verb(verb.lemma_.lower())
    if cue is None or not cue.takes("clause") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if noun is None:
        return None
    clause = _that_clause(noun)
    speaker = subject_of(verb)
    if clause is None or speaker is None or clause.right_edge.i != noun.right_edge.i:
        return None
    return Candidate("indirect", subtree(clause), (verb.i, verb.i + 1), speaker,
                     f"reported speech: '{verb.text}' + clause after '{prep.text} {noun.text}'", frame="clause",
                     lemma=cue.lemma)


def find_slips(doc: Doc, lexicon: CueLexicon, candidates: list[Candidate]) -> list[Candidate]:
    """Candidates for the slips above where no candidate has the cue already."""
    cued = {c.cue[0] for c in candidates if c.cue}
    out: list[Candidate] = []
    for token in doc:
        if token.i in cued:
            continue
        cand = _noun_read_verb(token, lexicon) if token.pos_ in ("NOUN", "PROPN") else \
            _clause_on_a_noun(token, lexicon) if token.pos_ == "VERB" else None
        if cand is not None and any(doc[i].is_alpha for i in cand.tokens):
            out.append(cand)
    return candidates + out
