"""Repairs of words read as the wrong part of a clause: a participle that describes a verb's object
("banned masked protests") read as a clause of the verb with the object as its own, and a
gerund standing as a noun subject ("Fighting between X and Y killed ...") tagged as a verb.
"""

from __future__ import annotations

from spacy.tokens import Span

from accord.nlp.parse_repairs.rewiring import _rewire

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
