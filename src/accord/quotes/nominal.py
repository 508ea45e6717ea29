"""Reported speech whose cue is not a verb: a statement noun with its owner and complement
("Trump's proposal to ban …", "his claim that …", "she voiced concern that …"), an evaluation
someone receives ("The plan drew criticism from farmers"), a statement noun equated with a clause
("Rubio's response was that …"), and a predicate adjective ("Sanders is confident that …", "it
is not clear whether …")."""

from __future__ import annotations

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.quotes.candidate import Candidate, subtree
from accord.quotes.complements import RELATIVE, has_to, prep_is_time
from accord.quotes.cues import CueLexicon
from accord.quotes.phrases import AGENT_NOUNS, agent_noun
from accord.quotes.sources import subject_of

# The word sets are data: each one's words and why are in accord/data/words/quotes_nominal.tsv.
WORD_SETS = word_sets("quotes_nominal")

STATEMENT_SUBJECTS = WORD_SETS["STATEMENT_SUBJECTS"]


LIGHT_VERBS = WORD_SETS["LIGHT_VERBS"]


RECEIVING_VERBS = WORD_SETS["RECEIVING_VERBS"]


def noun_cue(noun: Token, lemma: str, lexicon: CueLexicon) -> Candidate | None:
    """"Trump's proposal to ban …", "his claim that …", "her support for …": a statement
    noun with its owner and its complement."""
    cue = lexicon.nouns[lemma]
    if cue.takes("received"):
        cand = _received(noun, lemma)
        if cand is not None:
            return cand
    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None:
        agent = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "among")), None)
        source = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if source is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS:
        source = subject_of(noun.head)  # "Trump made a call for …", "she voiced concern that …"
    if source is None and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" and noun.head.lower_ in ("in", "with"):
        # "Trump, in an assertion that …", "… opened with calls to …": a person's or a group's
        source = subject_of(noun.head.head)
        if source is not None and not (source.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or source.pos_ == "PROPN"
                                       or source.lower_ in ("he", "she", "they", "i", "we", "who")):
            source = None
    if source is None and lemma in AGENT_NOUNS:
        return agent_noun(noun, lemma)
    if source is None and not cue.takes("bare"):
        return None
    for child in noun.children:
        if child.i < noun.i:
            continue
        frame = ""
        tokens: set[int] = set()
        if child.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children):
            frame, tokens = "clause", subtree(child)
        elif child.dep_ == "acl" and has_to(child):
            frame, tokens = "inf", subtree(child)
        elif child.dep_ == "prep" and child.lower_ in cue.frames:
            frame, tokens = child.lower_, subtree(child) - {child.i}
        if frame and cue.takes(frame) and tokens:
            return Candidate("indirect", tokens, (noun.i, noun.i + 1), source,
                             f"attribution: '{noun.text}' + {frame}", frame="noun-" + frame, lemma=lemma)
    return None


def _received(noun: Token, lemma: str) -> Candidate | None:
    """"The plan drew criticism from farmers", "Rubio won the support of the governor": an
    evaluation someone receives. The receiver is the content and the one the evaluation
    comes from ("from", "of", "among", "by") is the source."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in RECEIVING_VERBS:
        verb = head
    elif noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() == "come":
        verb = head.head  # "came under criticism from …"
    else:
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "won his support": the owner frame
    receiver = next((c for c in verb.children if c.dep_ == "nsubj"), None) or subject_of(verb)
    if receiver is None or receiver.pos_ not in ("NOUN", "PROPN", "PRON") or receiver.lower_ in RELATIVE:
        return None
    source = None
    for prep in list(noun.children) + [c for c in verb.children if c.i > noun.i]:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "among", "by"):
            source = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if source is not None:
                break
    if source is None:
        return None
    return Candidate("indirect", subtree(receiver), (min(verb.i, noun.i), noun.i + 1), source,
                     f"attribution: '{verb.text} … {noun.text}' received from a source",
                     frame="noun-received", lemma=lemma)


def adjective_cue(adj: Token, lemma: str, lexicon: CueLexicon) -> Candidate | None:
    """"Sanders is confident that …", "voters are worried about …", "she is willing to …",
    "it is not clear whether …" (no source): a predicate adjective and its complement."""
    cue = lexicon.adjectives[lemma]
    head = adj.head
    if adj.dep_ not in ("acomp", "ccomp", "oprd") or head.pos_ not in ("VERB", "AUX"):
        return None
    if head.lemma_ == "make" and lemma != "clear":
        return None  # "make sure that …" is not an attitude; "made clear that …" is a statement
    speaker = subject_of(head)
    cue_start = head.i if head.lemma_ == "make" else adj.i
    places = list(adj.children) + [c for c in head.children if c.i > adj.i]
    frame, tokens = "", set()
    for child in places:
        if child.dep_ == "ccomp" and child.i > adj.i:
            frame, tokens = "clause", subtree(child)
        elif child.dep_ == "xcomp" and child.i > adj.i and has_to(child):
            frame, tokens = "inf", subtree(child)
        elif child.dep_ == "prep" and child.i > adj.i and child.lower_ in cue.frames and not prep_is_time(child):
            frame, tokens = child.lower_, subtree(child) - {child.i}
        if frame and cue.takes(frame) and tokens:
            break
        frame, tokens = "", set()
    if not frame:
        return None
    if speaker is not None and speaker.lower_ == "it" and any(c.dep_ == "expl" or c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
        speaker = None
    if speaker is None and not cue.takes("passive"):
        return None
    return Candidate("indirect", tokens, (cue_start, adj.i + 1), speaker,
                     f"attributed attitude: '{adj.text}' + {frame}", frame="adj-" + frame, lemma=lemma)


def copula_cue(verb: Token, lexicon: CueLexicon) -> Candidate | None:
    """"Rubio's response was that the code is unfair", "my point is you fall behind": a
    statement noun with an owner, and the clause it is equated with."""
    noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if noun is None or clause is None or noun.pos_ != "NOUN":
        return None
    if noun.lemma_.lower() not in STATEMENT_SUBJECTS and noun.lemma_.lower() not in lexicon.nouns:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    return Candidate("indirect", subtree(clause), (noun.i, verb.i + 1), owner,
                     f"attribution: '{noun.text} {verb.text}' + clause", frame="copula", lemma=noun.lemma_.lower())
