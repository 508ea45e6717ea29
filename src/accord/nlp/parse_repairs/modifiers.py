"""Repairs of words read as the wrong part of a clause: a participle that describes a verb's object
("banned masked protests") read as a clause of the verb with the object as its own, a
gerund standing as a noun subject ("Fighting between X and Y killed ...") tagged as a verb, and
the "with" of a phrase of manner ("in solidarity with X") hung on the verb.
"""

from __future__ import annotations

from spacy.tokens import Span

from accord.actors.tables import word_sets
from accord.nlp.parse_repairs.rewiring import _rewire

# The word sets are data: each one's words and why are in accord/data/words/parse_repairs_modifiers.tsv.
WORD_SETS = word_sets("parse_repairs_modifiers")

MANNER_WITH_NOUNS = WORD_SETS["MANNER_WITH_NOUNS"]

# What a participle read as a clause must not have for it to be a bare modifier of its object.
CLAUSE_MARKERS = ("nsubj", "nsubjpass", "aux", "auxpass", "mark")


def participle_read_as_clause(sent: Span) -> bool:
    """"Police banned masked protests in the capital", "the court outlawed armed rallies": the
    small model may read a participle that describes the object as a clause of the verb
    (ccomp or xcomp), with the object as the participle's own, so the verb has no object. The
    signs: a past participle or past tense right after a verb that has no object of its own, hung
    on it as its clause with no subject, auxiliary or "that"; its object a noun whose phrase
    starts right after it. The noun becomes the verb's object and the participle its modifier;
    whatever else hung on the participle goes to the verb. (Moved here in the twenty-ninth
    session from the slot reader, ``slots.object_of``, so that every stage sees the object.)
    Returns whether the sentence was repaired."""
    changed = False
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.i + 2 >= sent.end:
            continue
        clause = sent.doc[verb.i + 1]
        if clause.head != verb or clause.dep_ not in ("ccomp", "xcomp") or clause.tag_ not in ("VBN", "VBD") \
                or any(c.dep_ in CLAUSE_MARKERS for c in clause.children) \
                or any(c.dep_ == "dobj" for c in verb.children):
            continue
        obj = next((c for c in clause.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                    and c.left_edge.i == clause.i + 1), None)
        if obj is None:
            continue
        changes = {obj: (verb, "dobj"), clause: (obj, "amod")}
        changes.update({c: (verb, c.dep_) for c in clause.children if c != obj})
        if _rewire(sent, changes):
            clause.tag_ = "VBN"
            changed = True
    return changed


# What a gerund has when it heads a clause of its own ("Attacking Iran would be ...").
CLAUSE_DEPS = ("nsubj", "nsubjpass", "dobj", "dative", "aux", "auxpass", "ccomp", "xcomp", "prt")


def gerund_subject_as_noun(sent: Span) -> bool:
    """"Fighting between the army and the rebels killed dozens", "Shelling killed five people":
    the model tags a gerund that is a verb's subject as a verb (VBG) even when it has no object,
    subject, particle or clause of its own, so it stands as the noun it is ("the fighting"). Such
    a word becomes a singular noun (NN) with its own form as its lemma, and every stage reads it
    as "The fighting between ..." is read. "Fighting corruption remains ..." has an object and
    stays a clause. (Moved here in the twenty-ninth session from the lexicon, which tried the
    word's noun entries after its verb ones.) Returns whether a word was retagged."""
    changed = False
    for word in sent:
        if word.tag_ == "VBG" and word.dep_ in ("nsubj", "nsubjpass") and word.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in CLAUSE_DEPS for c in word.children):
            word.tag_, word.pos_, word.lemma_ = "NN", "NOUN", word.lower_
            changed = True
    return changed


def with_of_manner_phrase_on_verb(sent: Span) -> bool:
    """"Djibouti severed relations with Tehran in solidarity with Saudi Arabia", "acted in line with
    the resolution": the small model hangs the "with" of a fixed phrase of manner ("in solidarity
    with", "in line with", "in coordination with") on the verb, where the coder reads its object as
    whom the act is aimed at. The signs: "in" + a bare noun of such a phrase (no determiner), and
    right after it a "with" whose head is another word. The "with" becomes the noun's. Returns
    whether the sentence was repaired."""
    changed = False
    for noun in sent:
        if noun.lemma_.lower() not in MANNER_WITH_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "in" \
                or noun.i + 1 >= sent.end or any(c.dep_ in ("det", "poss") for c in noun.children):
            continue
        with_ = sent.doc[noun.i + 1]
        if with_.lower_ == "with" and with_.dep_ == "prep" and with_.head != noun and _rewire(sent, {with_: (noun, "prep")}):
            changed = True
    return changed


JOINT_ADVERBS = WORD_SETS["JOINT_ADVERBS"]


def joint_adverb_on_preposition(sent: Span) -> bool:
    """"agreed to build General Electric jet engines together in India": the model may hang "together" on the preposition right after it ("together in"),
    as if it said where; it says how the verb's parties act. A joint adverb (`JOINT_ADVERBS`) hung
    as the modifier of a preposition that itself hangs on a verb is given to that verb. Returns
    whether the sentence was repaired."""
    repaired = False
    for adverb in sent:
        if adverb.lower_ not in JOINT_ADVERBS or adverb.dep_ != "advmod":
            continue
        prep = adverb.head
        if prep.dep_ != "prep" or prep.i != adverb.i + 1 or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        if _rewire(sent, {adverb: (prep.head, "advmod")}):
            repaired = True
    return repaired
