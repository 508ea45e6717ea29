"""Attributions a phrase names rather than a verb: the clause around is its source's.

- "According to X, …" (also where the parser hangs the clause on X as an apposition).
- "In a new poll, Trump leads …": a poll, survey or report named with "in" (also where the
  parser hangs the poll on the clause's object: "held a lead in a CNN poll").
- "In his view, …", "in the opinion of X, …".
- "Cole is a supporter of the plan", "Ruiz, a critic of the mayor, …": someone named by what
  they back or oppose.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.quotes.candidate import Candidate, subtree, trim_leading
from accord.quotes.cues import CueLexicon
from accord.quotes.sources import subject_of

# The word sets are data: each one's words and why are in accord/data/words/quotes_phrases.tsv.
WORD_SETS = word_sets("quotes_phrases")

AGENT_NOUNS = WORD_SETS["AGENT_NOUNS"]
VIEW_NOUNS = WORD_SETS["VIEW_NOUNS"]
DOCUMENTS = WORD_SETS["DOCUMENTS"]


def according(token: Token) -> Candidate | None:
    """"According to X, …": the clause around is X's."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = next((g for g in to.children if g.dep_ == "pobj"), None)
    if source is None:
        return None
    sent = token.sent
    skip = subtree(token)
    if token.i == sent.start:
        skip = _according_phrase(source, skip)
    tokens = trim_leading(token.doc, {t.i for t in sent if t.i not in skip and not t.is_punct and not t.is_space})
    return Candidate("indirect", tokens, (token.i, to.i + 1), source, "reported speech: 'according to'",
                     frame="according", lemma="according")


def _according_phrase(source: Token, phrase: set[int]) -> set[int]:
    """"According to X, the move reeks of fear": where the parser hangs the clause after the
    comma on X (as an apposition) the phrase holds the whole sentence; it ends at that comma."""
    doc = source.doc
    comma = next((i for i in sorted(phrase) if i > source.i and doc[i].text == ","), None)
    if comma is None:
        return phrase
    rest = [i for i in phrase if i > comma and not doc[i].is_punct and not doc[i].is_space]
    return {i for i in phrase if i <= comma} if len(rest) >= 3 else phrase


def in_document(prep: Token, lexicon: CueLexicon) -> Candidate | None:
    """"In the new poll, Trump leads by six points": the clause around is the poll's."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in DOCUMENTS:
        return None
    if pobj.tag_ == "NNS" and pobj.lemma_.lower() in ("poll", "survey", "study", "report", "analysis", "estimate",
                                                       "projection", "forecast"):
        return None  # "in polls, Trump leads": many sources, none named (4 of 18 right on train)
    head = _poll_clause(prep.head)
    if head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT":
        return None
    if any(c.dep_ == "ccomp" for c in head.children) and head.lemma_.lower() in lexicon:
        return None
    sent = prep.sent
    if head.dep_ != "ROOT" and head.head.i != head.i and head.dep_ not in ("conj",):
        return None
    skip = subtree(prep)
    tokens = trim_leading(prep.doc, {t.i for t in sent if t.i not in skip and not t.is_punct and not t.is_space})
    return Candidate("indirect", tokens, (prep.i, prep.i + 1), pobj, f"attribution: 'in' a {pobj.text}",
                     frame="in-document", lemma="in")


def _poll_clause(head: Token) -> Token:
    """"Cruz had 38 percent support in a Fox poll", "held a lead over Obama in a CNN poll": the
    parser hangs the poll on the object; the clause it reports is the verb's."""
    while head.pos_ in ("NOUN", "PROPN", "ADP", "NUM") and head.dep_ in ("dobj", "attr", "pobj", "prep", "npadvmod") \
            and head.head.i != head.i:
        head = head.head
    return head


def in_view(prep: Token) -> Candidate | None:
    """"In his view, the plan is dead", "in the opinion of X, …": the owner of the view is the
    source of the clause around."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in VIEW_NOUNS:
        return None
    owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    head = prep.head
    if owner is None or head.pos_ not in ("VERB", "AUX") or head.dep_ not in ("ROOT", "conj", "ccomp"):
        return None
    skip = subtree(prep)
    tokens = trim_leading(prep.doc, {t.i for t in head.subtree if t.i not in skip and not t.is_punct and not t.is_space})
    return Candidate("indirect", tokens, (prep.i, pobj.i + 1), owner, f"attributed view: 'in … {pobj.text}'",
                     frame="in-view", lemma=pobj.lemma_.lower())


def agent_noun(noun: Token, lemma: str) -> Candidate | None:
    """"Cole is a longtime supporter of the plan", "Ruiz, a fierce critic of the mayor, …": the
    one the noun names is the source, who or what they back or oppose the content. ("Pike, a
    Clinton supporter" without "of" was wrong 21 times in about 25 on train: PolNeAR leaves
    such labels out.)"""
    if noun.dep_ == "attr" and noun.head.lemma_.lower() == "be":
        source = subject_of(noun.head)
    elif noun.dep_ == "appos":
        source = noun.head
    else:
        return None
    if source is None or source.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i), None)
    if of is None or not any(g.dep_ == "pobj" for g in of.children):
        return None
    before = [c.i for c in noun.children if c.i < noun.i and c.dep_ in ("det", "amod", "advmod")]
    return Candidate("indirect", subtree(of) - {of.i}, (min(before, default=noun.i), of.i + 1), source,
                     f"attributed stance: '{noun.text}' + of", frame="agent-of", lemma=lemma)
