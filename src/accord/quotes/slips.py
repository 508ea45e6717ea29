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
- "Glenn Beck Blasts Drudge", "Conservative Icon Morton Blackwell Endorses Ted Cruz": in a
  headline set in title case the parser reads the verb as one more word of a name. A capitalised
  third-person form of a cue verb that takes an object or a clause, read as a noun, between
  capitalised words of the headline, is the verb: the words before it name the source, the rest
  of the headline is the content.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.quotes.candidate import Candidate, subtree
from accord.quotes.cues import CueLexicon
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
    for _ in range(3):
        # "said in one of a series of messages that …": the clause on the last noun of the chain
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if clause is not None or inner is None:
            break
        noun, clause = inner, _that_clause(inner)
    speaker = subject_of(verb)
    if clause is None or speaker is None or clause.right_edge.i != noun.right_edge.i:
        return None
    return Candidate("indirect", subtree(clause), (verb.i, verb.i + 1), speaker,
                     f"reported speech: '{verb.text}' + clause after '{prep.text} {noun.text}'", frame="clause",
                     lemma=cue.lemma)


def headline_tokens(doc: Doc) -> list[Token]:
    """The first paragraph when it is a headline set in title case."""
    words: list[Token] = []
    for token in doc:
        if "\n" in token.text:
            break
        words.append(token)
    alpha = [t for t in words if t.is_alpha and len(t) > 3]
    if len(alpha) < 3 or sum(t.text[0].isupper() for t in alpha) < 0.8 * len(alpha):
        return []
    return words


def _headline_verbs(doc: Doc, lexicon: CueLexicon) -> list[Candidate]:
    """"Glenn Beck Blasts Drudge": the verb read as a word of a name."""
    words = headline_tokens(doc)
    for k, token in enumerate(words[1:-1], start=1):
        before = words[k - 1]
        if token.pos_ not in ("NOUN", "PROPN") or not token.text[0].isupper():
            continue
        if not before.is_alpha or not before.text[0].isupper() or before.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.lower_.endswith("s"):
            stem = token.lower_.removesuffix("s")
            cue = lexicon.verb(stem) or lexicon.verb(stem.removesuffix("e"))
        else:  # "Black Lawmakers Rip Dunn": a plural source takes the plain form
            cue = lexicon.verb(token.lower_) if before.lower_.endswith("s") else None
        if cue is None or not any(cue.takes(f) for f in ("obj", "clause", "quote", "inf")):
            continue
        start = max((t.i + 1 for t in words[:k] if t.text in (":", "–", "—", "|", ",")), default=words[0].i)
        if words[k + 1].pos_ in ("VERB", "AUX") or any(t.pos_ in ("VERB", "AUX") or t.pos_ == "ADP" and t.lower_ != "of"
                                                        for t in words[:k] if t.i >= start):
            continue  # "Plant Rules Face …", "… In Battleground States To …": a plural noun, not a verb
        tokens = {t.i for t in words[k + 1:] if not t.is_space}
        while tokens and doc[max(tokens)].is_punct and doc[max(tokens)].text in ".:;":
            tokens.discard(max(tokens))
        if sum(doc[i].is_alpha for i in tokens) < 1:
            return []
        if start >= token.i:
            return []
        return [Candidate("indirect", tokens, (token.i, token.i + 1), before,
                          f"reported speech: '{token.text}' in a title-case headline", frame="obj", lemma=cue.lemma,
                          mention_span=(start, token.i))]
    return []


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
    if not any(c.cue and c.cue[0] < len(headline_tokens(doc)) for c in candidates):
        out.extend(_headline_verbs(doc, lexicon))
    return candidates + out
