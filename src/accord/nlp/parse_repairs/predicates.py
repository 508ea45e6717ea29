"""Repairs of predicates: what a verb of calling says of its object ("called the case 'a
political farce'") read as the object's apposition, adjective or a second object.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.actors.tables import word_sets
from accord.nlp.parse_repairs.charges_and_agents import NOT_AGENT_ENTS
from accord.nlp.parse_repairs.rewiring import _rewire

# The word sets are data: each one's words and why are in accord/data/words/parse_repairs_predicates.tsv.
WORD_SETS = word_sets("parse_repairs_predicates")


LABELLING_VERBS = WORD_SETS["LABELLING_VERBS"]
JUDGING_VERBS = WORD_SETS["JUDGING_VERBS"]
PREDICATING_VERBS = LABELLING_VERBS | JUDGING_VERBS
INDEFINITES = WORD_SETS["INDEFINITES"]
QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "``", "''"}
TIME_NOUNS = WORD_SETS["TIME_NOUNS"]


def predicate_read_as_apposition(sent: Span) -> bool:
    """"Beijing called Manila's arbitration case 'a political farce'", "labelled the sanctions a
    provocation", "branded the report 'unacceptable'".

    After a verb that says what its object is, the small model often reads what is said as an
    apposition of the object ("case, a political farce"), as a second object, or, for a quoted
    adjective, as an adjective of the object written after it; the verb then says nothing of
    its object and the disapproval (or praise) is lost. The signs: a verb of calling ("call",
    "brand", "label", "term", "dub", "declare", "deem") with an object; right after the object's
    phrase, with no comma, a noun or adjective phrase (in quotation marks, or opening with "a"
    or "an", or a bare adjective) hung as apposition, object or adjective inside the object or
    as the verb's second object; not a name or a time. It becomes the verb's object predicate.
    Returns whether the sentence was repaired.
    """
    repaired = False
    for verb in sent:
        if verb.lemma_.lower() not in PREDICATING_VERBS or verb.pos_ != "VERB":
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or any(c.dep_ == "oprd" for c in verb.children):
            continue
        said = _said_after(obj, verb)
        if said is None:
            continue
        changes = {said: (verb, "oprd")}
        before = said.left_edge.i - 1
        if sent.doc[before].text in QUOTE_MARKS and sent.doc[before].head != said and before > obj.i:
            changes[sent.doc[before]] = (said, "punct")
        if _rewire(sent, changes):
            repaired = True
    return repaired


def _said_after(obj: Token, verb: Token) -> Token | None:
    """The noun or adjective said of the object, read as part of it or as a second object."""
    inside = set(obj.subtree)
    for word in obj.subtree if obj.right_edge.i > obj.i else ():
        if word.i <= obj.i or word.pos_ not in ("NOUN", "ADJ") or word.lemma_.lower() in TIME_NOUNS:
            continue
        if _fits_as_said(word, obj, verb, inside):
            return word
    last = obj.right_edge.i
    after = obj.doc[last + 1] if last + 1 < obj.sent.end else None
    word = next((c for c in verb.children if c.dep_ == "dobj" and c.i > last), None)
    if word is not None and after is not None and after.i <= word.left_edge.i \
            and _fits_as_said(word, obj, verb, inside):
        return word
    return None


def _fits_as_said(word: Token, obj: Token, verb: Token, inside: set) -> bool:
    if word.ent_type_ in NOT_AGENT_ENTS:
        return False
    if word.dep_ == "appos" or (word.dep_ == "dobj" and word.head != verb):
        pass
    elif word.dep_ == "amod" and word.head.i < word.i and word.pos_ == "ADJ" and word.head.pos_ != "PRON" \
            and word.lower_ not in ("other", "else", "more", "less") and word.head.lower_ not in INDEFINITES:
        pass  # "called the use 'dangerous'"; not "anything other than", "nothing more than"
    elif word.dep_ == "dobj" and word.head == verb:
        pass
    else:
        return False
    if word.dep_ != "dobj" or word.head != verb:
        if word.head not in inside:
            return False
    start = word.left_edge.i
    doc = word.doc
    quoted = doc[start].text in QUOTE_MARKS or doc[start - 1].text in QUOTE_MARKS
    opening = doc[start + 1] if doc[start].text in QUOTE_MARKS else doc[start]
    before = doc[start - 1] if doc[start].text not in QUOTE_MARKS else doc[start - 1]
    if doc[start - 1].text in QUOTE_MARKS:
        before = doc[start - 2]
    if before.text == "," or before.i < obj.i:
        return False
    if before not in inside and before != obj:  # nothing between the object's phrase and what is said
        return False
    return quoted or opening.lower_ in ("a", "an") or (word.pos_ == "ADJ" and opening == word)
