"""Attributions by a passive cue that names no source: "Trump is expected to win", "it was
reported that …", "Clinton was asked if …", "Asked if he was ever bullied, Trump laughed",
"Cruz is seen as the stronger candidate"."""

from __future__ import annotations

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.quotes.candidate import Candidate, subtree
from accord.quotes.complements import RELATIVE, has_to, prep_is_time

# The word sets are data: each one's words and why are in accord/data/words/quotes_passives.tsv.
WORD_SETS = word_sets("quotes_passives")

PASSIVE_PREPS = WORD_SETS["PASSIVE_PREPS"]


ADDRESSED = WORD_SETS["ADDRESSED"]


def passive(verb: Token, lemma: str, cue, children: list[Token]) -> Candidate | None:
    """"Trump is expected to win", "He is said to be ill", "it was reported that …": the
    content is the passive subject with its complement; a "by" agent is the source."""
    subject = passive_subject(verb)
    if subject is None:
        return None
    told = _questions([c for c in children if c.dep_ == "ccomp"], children, verb) if lemma in ADDRESSED else []
    if told and subject.lower_ != "it":
        # "Clinton was asked if she had …", "voters were told the plant would close": the
        # subject is the one spoken to; the clause is the content and no source is named
        tokens = set().union(*(subtree(c) for c in told))
        return Candidate("indirect", tokens, (verb.i, verb.i + 1), None,
                         f"attribution without a source: passive '{verb.text}' + clause",
                         frame="passive-addressed", lemma=lemma)
    if not cue.takes("passive"):
        return _passive_predicate(verb, lemma, cue, subject)
    tokens: set[int] = set()
    frame = ""
    clauses = [c for c in children if c.dep_ == "ccomp"]
    infinitives = [c for c in children if c.dep_ == "xcomp" and has_to(c)]
    if subject.lower_ == "it" and clauses:
        for c in clauses:
            tokens |= subtree(c)
        frame = "passive-clause"
    elif infinitives:
        tokens = subtree(subject)
        for c in infinitives:
            tokens |= subtree(c)
        frame = "passive-inf"
    if not tokens:
        return _passive_predicate(verb, lemma, cue, subject)
    return Candidate("indirect", tokens, (verb.i, verb.i + 1), None,
                     f"attribution without a source: passive '{verb.text}'", frame=frame, lemma=lemma)


def addressed_participle(verb: Token, lemma: str, cue, children: list[Token]) -> Candidate | None:
    """"Asked if he was ever bullied, Trump laughed", "Told that the plant would close, …": a
    past participle opening the sentence is passive, so the main clause's subject is the one
    asked or told, not the source. The question is the content and no source is named."""
    if lemma not in ADDRESSED or verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.head.i < verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "mark") for c in children):
        return None  # "when he was asked …", "as told by …": left to the other frames
    clauses = _questions([c for c in children if c.dep_ == "ccomp"], children, verb)
    if not clauses:
        return None
    tokens: set[int] = set()
    for c in clauses:
        tokens |= subtree(c)
    return Candidate("indirect", tokens, (verb.i, verb.i + 1), None,
                     f"attribution without a source: '{verb.text}' + clause (the one asked is the "
                     f"main clause's subject)", frame="passive-addressed", lemma=lemma)


def _passive_predicate(verb: Token, lemma: str, cue, subject: Token) -> Candidate | None:
    """"Cruz is seen as the stronger candidate", "Sanders was declared the winner", "he was
    criticized for …": a passive with what was said of its subject; no source is named."""
    if subject.lower_ in RELATIVE or subject.pos_ == "PRON" and subject.lower_ == "it":
        return None
    preds = [c for c in verb.children if c.i > verb.i and (
        c.dep_ == "prep" and c.lower_ in PASSIVE_PREPS and not prep_is_time(c)
        and (c.lower_ in cue.frames or f"passive-{c.lower_}" in cue.frames or c.lower_ == "as" and cue.takes("obj"))  # "condemned as fearmongering"
        or c.dep_ in ("oprd", "attr", "dobj") and cue.takes("oprd"))]  # "was declared the winner"
    if not preds:
        return None
    tokens = subtree(subject)
    for c in preds:
        tokens |= subtree(c)
    # "seen as the favourite to win …": the parser hangs the infinitive on the verb
    tokens |= {i for c in verb.children if c.dep_ == "xcomp" and c.i > preds[0].i and has_to(c)
               for i in subtree(c)}
    return Candidate("indirect", tokens, (verb.i, verb.i + 1), None,
                     f"attribution without a source: passive '{verb.text}' + '{preds[0].text}'",
                     frame="passive-" + preds[0].dep_, lemma=lemma)


def _questions(clauses: list[Token], children: list[Token], verb: Token) -> list[Token]:
    """The clauses after an addressed cue: its complements, and an "if"/"whether" clause the
    parser hangs on it as an adverbial ("Asked if he was ever bullied, …")."""
    out = [c for c in clauses if c.i > verb.i]
    out += [c for c in children if c.dep_ == "advcl" and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)]
    return sorted(out, key=lambda t: t.i)


def passive_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
