"""Repairs of verbs' tags and lemmas: lemmas that lost their silent e ("fined" as "fin"; and the
plurals of currencies the rules cut wrongly, "guilders" as "guilde"), a
present tense read as a plural noun ("Hamas thanks Qatar"), and a hyphenated verb the tokenizer
split and the model read as an adjective or noun ("test-fired two missiles").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from accord.actors.tables import word_sets
from accord.nlp.parse_repairs.rewiring import SUBJECT_DEPS, _rewire

# The word sets are data: each one's words and why are in accord/data/words/parse_repairs_verbs.tsv.
WORD_SETS = word_sets("parse_repairs_verbs")


@lru_cache(maxsize=1)
def _verb_lemmas() -> frozenset[str]:
    """The verbs the model's own lemmatizer knows (its rule tables' index of verb lemmas)."""
    from accord.nlp import load_model  # here, not at import: accord.nlp imports the pipeline's tables

    lemmatizer = load_model().get_pipe("lemmatizer")
    return frozenset(lemmatizer.lookups.get_table("lemma_index")["verb"])


# A stem of one syllable ending in one vowel and one consonant: "fin", "hop", "stag", "wag".
SHORT_STEM = re.compile(r"[^aeiouy]*[aeiou][bcdfghjklmnpqrtv]")
# Endings of a verb's forms that drop a silent e: "fined", "fines", "fining".
SILENT_E_ENDINGS = ("ed", "es", "ing")


def _lemma_as_verb(word: Token) -> str:
    """The lemma the model's lemmatizer gives the word read as a verb of the word's tag (the word's
    own lemma when that is no verb it knows)."""
    from accord.nlp import load_model

    nlp = load_model()
    single = nlp.make_doc(word.lower_)
    if len(single) != 1:
        return word.lemma_
    single[0].tag_, single[0].pos_ = word.tag_, "VERB"
    lemma = next(iter(nlp.get_pipe("lemmatizer").rule_lemmatize(single[0])), word.lemma_)
    return lemma if lemma in _verb_lemmas() else word.lemma_


def restore_silent_e_lemmas(sent: Span) -> bool:
    """"The court fined the editor", "Iran hoped ...", "the rebels waged war", "staged a protest".

    The model's rule lemmatizer, given a form of a verb that drops a silent e, strips the ending
    and keeps the shorter verb when both are verbs it knows: "fined" as "fin", "hoped" as "hop",
    "waged" as "wag", "staged" as "stag", "raped" as "rap". English spelling tells them apart: a
    verb of one syllable ending in a vowel and a consonant doubles the consonant before -ed, -es
    and -ing ("hopped", "rapping"); a single consonant there means the verb ends in a silent e.
    Returns whether a lemma was restored.
    """
    repaired = False
    for word in sent:
        if word.pos_ not in ("VERB", "AUX") or word.tag_ not in ("VBD", "VBN", "VBZ", "VBG"):
            continue
        text = word.lower_
        ending = next((e for e in SILENT_E_ENDINGS if text.endswith(e)), None)
        if ending is None:
            continue
        stem = text[:-len(ending)]
        if word.lemma_.lower() != stem or not SHORT_STEM.fullmatch(stem) or stem + "e" not in _verb_lemmas():
            continue
        word.lemma_ = stem + "e"
        repaired = True
    return repaired


CURRENCY_PLURALS = WORD_SETS["CURRENCY_PLURALS"]


def restore_currency_lemmas(sent: Span) -> bool:
    """"pledged 40 million guilders in aid": the model's rule lemmatizer cuts the plural of some
    currencies to no word ("guilders" as "guilde", "cedis" left whole), so the money words of the
    frames and aims miss them. A noun of the table (a plural whatever the tagger says) gets its form
    less the final s.
    Returns whether a lemma was restored."""
    repaired = False
    for word in sent:
        if word.pos_ in ("NOUN", "PROPN") and word.lower_ in CURRENCY_PLURALS and word.lemma_.lower() != word.lower_[:-1]:
            word.lemma_ = word.lower_[:-1]
            repaired = True
    return repaired


# Entity types of a name the model may tag as an adjective before a verb it reads as a noun.
NAME_ENTS = ("GPE", "ORG", "NORP", "PERSON")
# A name the model tags as an adjective; not a demonym ("Russian forces"), which is one.
ADJ_NAME_ENTS = ("GPE", "ORG", "PERSON")


def verb_read_as_plural_noun(sent: Span) -> bool:
    """"Hamas thanks Qatar for ...", "The EU sanctions Russian officials over ...".

    In a present tense after a name the model may read the verb as a plural noun, "Hamas thanks"
    like "Hamas officials": the noun is the root, the name its compound and the object its
    apposition (or object), so nothing acts. The signs: the root is a plural noun in lower case
    whose singular is a verb the model knows and whose form is that verb's third person; right
    before it a name or noun hung on it as compound or subject; right after it, with no comma
    between, the phrase of its object or apposition. The root becomes a present-tense verb, the
    name its subject and the noun phrase after it (or a name read as its adverb) its object.
    The name may be tagged as an adjective ("Pakistan raps India over ...") when its entity type
    says it is a name. Returns whether the sentence was repaired.
    """
    verb = sent.root
    if verb.tag_ != "NNS" or not verb.is_lower or verb.i == sent.start:
        return False
    lemma = verb.lemma_.lower()
    if lemma not in _verb_lemmas() or verb.lower_ not in _third_persons(lemma):
        return False
    subject = sent.doc[verb.i - 1]
    if subject.head != verb or subject.dep_ not in ("compound", "nsubj") or not (
            subject.pos_ in ("PROPN", "NOUN") or (subject.pos_ == "ADJ" and subject.ent_type_ in ADJ_NAME_ENTS)):  # "Pakistan" read as ADJ
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c != subject for c in verb.children):
        return False
    thing = next((c for c in verb.rights if c.dep_ in ("dobj", "appos") or (  # "Hamas thanks Qatar"
        c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME"))), None)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or thing.left_edge.i != verb.i + 1:
        return False
    for word in [c for c in verb.lefts if c != subject]:  # "The" of "The EU sanctions"
        word.head = subject
    subject.dep_ = "nsubj"
    thing.dep_ = "dobj"
    verb.tag_ = "VBZ"
    verb.pos_ = "VERB"
    return True


def _third_persons(lemma: str) -> tuple[str, ...]:
    """The forms a verb's third person singular may take: "thanks", "pushes", "levies"."""
    forms = (lemma + "s", lemma + "es")
    return forms + ((lemma[:-1] + "ies",) if lemma.endswith("y") else ())


VERB_PREFIXES = WORD_SETS["VERB_PREFIXES"]
HYPHENS = {"-", "–"}
# How a noun hangs when it is some word's object, not the subject of the verb after it.
OBJECT_DEPS = ("poss", "pobj", "dobj", "dative", "attr", "oprd")


def hyphenated_verb_as_verb(sent: Span) -> bool:
    """"North Korea test-fired two missiles", "India re-imposed sanctions on Iran".

    The tokenizer splits a hyphenated verb into prefix, hyphen and verb, and the small model
    then seldom reads the three as the verb: the past tense becomes an adjective of its object
    ("fired missiles", so the object is the root and the subject its compound), or the prefix
    the root with the verb a conjunct. The signs: a prefix of the closed list, a hyphen and an
    inflected verb written as one word, right after a noun or pronoun, the verb left without a
    subject. The verb takes the place of the clause's head, the noun before the prefix becomes
    its subject, the noun the verb described (or the clause head's object) its object, and the
    prefix and hyphen hang on the verb. Returns whether the sentence was repaired.
    """
    repaired = False
    for verb in sent:
        if verb.i - 3 < sent.start or verb.tag_ not in ("VBD", "VBN", "VBZ", "JJ", "NNS"):
            continue
        hyphen, prefix, subject = verb.nbor(-1), verb.nbor(-2), verb.nbor(-3)
        if hyphen.text not in HYPHENS or prefix.lower_ not in VERB_PREFIXES or prefix.whitespace_ \
                or hyphen.whitespace_ or not prefix.is_lower:
            continue
        stems = {verb.lower_[:-1], verb.lower_[:-2]}
        if verb.tag_ == "JJ" and not (verb.lower_.endswith("ed") and stems & _verb_lemmas()):
            continue  # "re-established" read as an adjective
        if verb.tag_ == "NNS" and not (prefix.lower_ == "test" and verb.lower_ in _third_persons(verb.lemma_.lower())):
            continue  # "test-fires"; not "co-founders", "co-hosts"
        if subject.pos_ not in ("PROPN", "NOUN", "PRON") or subject.dep_ in OBJECT_DEPS:
            continue  # "wanted constitutional rule re-established": the object of another verb
        if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        if any(c.dep_ in ("aux", "auxpass") for c in prefix.children):
            continue
        repaired = _verb_takes_its_clause(sent, verb, prefix, hyphen, subject) or repaired
    return repaired


def _verb_takes_its_clause(sent: Span, verb: Token, prefix: Token, hyphen: Token, subject: Token) -> bool:
    """Re-hang the clause of a hyphenated verb on the verb (see ``hyphenated_verb_as_verb``)."""
    limit = next((t.i for t in sent[verb.i - sent.start:] if t.text in (",", ";", ":", "--", "—")), sent.end)
    start = subject.left_edge.i
    top = verb
    while top.head != top and start <= top.head.i < limit:
        top = top.head
    if not (start <= top.i < limit):
        return False
    obj = verb.head if verb.dep_ in ("amod", "compound", "nmod") and verb.head.i > verb.i \
        and verb.head.pos_ in ("NOUN", "PROPN") else None
    if obj is None:
        obj = next((c for t in (top, prefix, hyphen) for c in t.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if top not in (verb, prefix, hyphen, subject, obj):
        return False
    changes: dict[Token, tuple[Token, str]] = {}
    if top.head == top:
        changes[verb] = (verb, "ROOT")
    elif top != verb:
        changes[verb] = (top.head, top.dep_)
    changes[subject] = (verb, "nsubj")
    changes[prefix] = (verb, "npadvmod" if prefix.pos_ == "NOUN" else "advmod")
    changes[hyphen] = (verb, "punct")
    if obj is not None:
        changes[obj] = (verb, "dobj")
    for holder in dict.fromkeys((top, prefix, hyphen)):  # (in this order, every run)
        if holder in (verb, obj):
            continue
        for child in holder.children:
            if child in changes or (holder == subject and child.i < subject.i):
                continue
            # a word of the subject's phrase stays with the subject ("U.S." of "U.S. planes")
            changes[child] = (subject, child.dep_) if start <= child.i < subject.i else (verb, child.dep_)
    if top == obj:  # the object read as the clause's head: its place and time go to the verb
        for child in obj.rights:
            if child.dep_ in ("prep", "npadvmod", "advmod", "punct") and child not in changes:
                changes[child] = (verb, child.dep_)
    if not _rewire(sent, changes):
        return False
    verb.pos_ = "VERB"
    if verb.tag_ in ("VBN", "JJ", "NNS"):
        verb.tag_ = "VBZ" if verb.tag_ == "NNS" else "VBD"
    if verb.lemma_.lower() not in _verb_lemmas():  # "imposed", lemmatised as an adjective
        verb.lemma_ = _lemma_as_verb(verb)
    prefix.tag_, prefix.pos_ = "AFX", "ADJ"
    hyphen.tag_, hyphen.pos_ = "HYPH", "PUNCT"
    return True


ATTACK_VERBS = WORD_SETS["ATTACK_VERBS"]
WEAPON_NOUNS = WORD_SETS["WEAPON_NOUNS"]


def weapon_kind_read_as_verb(sent: Span) -> bool:
    """"suspended deliveries of tanks, fighter jets and attack helicopters".

    In a list of nouns the model may read "attack" of "attack helicopters" as a verb conjoined
    to the noun before it, with the craft as its object, and the attack is coded. The signs: a
    verb of attack in lower case with no subject and no auxiliary, conjoined to a noun (or hung
    on one as a modifier), and right after it, as its object, a noun naming a weapon or craft.
    The verb becomes a noun compound of that noun, which takes the verb's place in the list.
    Returns whether the sentence was repaired.
    """
    repaired = False
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lower_ not in ATTACK_VERBS or verb.dep_ not in ("conj", "amod", "appos"):
            continue
        if verb.head.pos_ not in ("NOUN", "PROPN") or verb.i + 1 >= sent.end:
            continue
        thing = sent.doc[verb.i + 1]
        if thing.head != verb or thing.dep_ != "dobj" or thing.lower_ not in WEAPON_NOUNS:
            continue
        if any(c.dep_ in (*SUBJECT_DEPS, "aux", "auxpass") for c in verb.children):
            continue
        changes = {thing: (verb.head, verb.dep_), verb: (thing, "compound")}
        changes.update({c: (thing, c.dep_) for c in verb.children if c != thing})
        if _rewire(sent, changes):
            verb.pos_, verb.tag_, verb.lemma_ = "NOUN", "NN", verb.lower_
            repaired = True
    return repaired


HEDGING_PARTICIPLES = WORD_SETS["HEDGING_PARTICIPLES"]
AUXILIARY_LEMMAS = WORD_SETS["AUXILIARY_LEMMAS"]


def verb_read_as_auxiliary_of_hedge(sent: Span) -> bool:
    """"Israeli warplanes struck suspected Hezbollah positions".

    Before a hedging participle that modifies the noun after it, the model may read the past
    tense before it as the participle's auxiliary ("struck suspected" like "had suspected"): the
    participle becomes the verb, with the noun as its object, and the real verb is lost. The
    signs: a word hung on the next word as ``aux`` whose lemma read as a verb is a verb the model
    knows and no true auxiliary; the next word a hedging participle with a noun as its object.
    The word becomes the verb in the participle's place, the participle an adjective of the noun.
    Returns whether the sentence was repaired.
    """
    repaired = False
    for verb in sent:
        if verb.dep_ != "aux" or not verb.is_lower or verb.i + 1 >= sent.end:
            continue
        hedge = sent.doc[verb.i + 1]
        if verb.head != hedge or hedge.lower_ not in HEDGING_PARTICIPLES:
            continue
        thing = next((c for c in hedge.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        lemma = _lemma_as_verb(verb)
        if thing is None or lemma in AUXILIARY_LEMMAS or lemma not in _verb_lemmas():
            continue
        changes = {verb: (verb, hedge.dep_) if hedge.head == hedge else (hedge.head, hedge.dep_),
                   hedge: (thing, "amod")}
        changes.update({c: (verb, c.dep_) for c in hedge.children if c not in (verb, thing)})
        changes[thing] = (verb, "dobj")
        if _rewire(sent, changes):
            verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", lemma
            hedge.pos_, hedge.tag_ = "ADJ", "VBN"
            repaired = True
    return repaired


def gerund_after_particle_as_complement(sent: Span) -> bool:
    """"ruled out easing the embargo", "gave up trying to ...".

    Right after a verb's particle the model may hang the gerund the verb governs as an adverbial
    clause, so what is ruled out is lost. The signs: a gerund with no subject and no marker of
    its own, hung as an adverbial clause on a verb whose particle stands right before it (not
    "ruled out, saying ...", where a comma comes between). It becomes the verb's complement.
    Returns whether the sentence was repaired.
    """
    repaired = False
    for clause in sent:
        verb = clause.head
        if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.left_edge.i != clause.i:
            continue
        if not any(c.dep_ == "prt" and c.i == clause.i - 1 for c in verb.children):
            continue
        if any(c.dep_ in (*SUBJECT_DEPS, "mark", "aux") for c in clause.children):
            continue
        clause.dep_ = "xcomp"
        repaired = True
    return repaired


USING_VERBS = WORD_SETS["USING_VERBS"]


def role_phrase_on_object_participle(sent: Span) -> bool:
    """"used tens of thousands of civilians trapped in a coastal strip as human shields".

    After a long object with a participle of its own the model hangs the "as" phrase of a verb
    of using on that participle, so what the object was used as is lost to the verb. The signs:
    a verb of using (`USING_VERBS`) with a direct object; in that object's phrase a past
    participle (acl) carrying an "as" phrase after it. The "as" phrase moves to the verb.
    Returns whether the sentence was repaired.
    """
    repaired = False
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in USING_VERBS:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
            continue
        for participle in obj.subtree:
            if participle.dep_ != "acl" or participle.tag_ != "VBN":
                continue
            role = next((c for c in participle.children if c.dep_ == "prep" and c.lower_ == "as"
                         and c.i > participle.i), None)
            if role is not None and _rewire(sent, {role: (verb, "prep")}):
                repaired = True
                break
    return repaired


GIVING_VERBS = WORD_SETS["GIVING_VERBS"]


def first_of_two_objects_as_dative(sent: Span) -> bool:
    """"offered the South Korean president a written apology", "gave Kabul ten days".

    With a verb of giving the model may read both the one given to and the thing given as direct
    objects, so the frame sees the person as what was offered. The signs: a verb of giving
    (`GIVING_VERBS`) with two direct objects, the first a name or personal pronoun (or a noun
    phrase tagged as a person, place or body), the second a common noun after it (any more are
    left alone). The first becomes the dative. Returns whether the sentence was repaired.
    """
    repaired = False
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in GIVING_VERBS:
            continue
        objects = sorted((c for c in verb.children if c.dep_ == "dobj"), key=lambda c: c.i)
        if len(objects) < 2:
            continue
        # (A third, after a comma, is an apposition to what was given: "handed Kyiv 300 missiles
        # on Wednesday, the third consignment this year".)
        first, second = objects[:2]
        named = first.pos_ in ("PROPN", "PRON") or first.ent_type_ in ("PERSON", "GPE", "NORP", "ORG")
        if named and second.pos_ == "NOUN" and first.right_edge.i < second.left_edge.i:
            first.dep_ = "dative"
            repaired = True
    return repaired


PASSING_VERBS = WORD_SETS["PASSING_VERBS"]
TOPIC_PREPS = WORD_SETS["TOPIC_PREPS"]


def recipient_hung_on_topic(sent: Span) -> bool:
    """"passed satellite intelligence on Iranian troop movements to Iraq".

    The model hangs the "to" phrase of a verb of handing over (`PASSING_VERBS`) on the last noun
    of the topic phrase before it ("on ... movements to Iraq"), so the one handed to is lost to
    the verb. The signs: the verb has a direct object, no "to" phrase of its own, and an "on" /
    "about" phrase (`TOPIC_PREPS`) whose object carries a "to" phrase naming a place, body or
    people by a proper name. That phrase becomes the verb's. Returns whether the sentence was
    repaired.
    """
    repaired = False
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in PASSING_VERBS:
            continue
        children = list(verb.children)
        if not any(c.dep_ == "dobj" for c in children) or any(c.dep_ in ("prep", "dative") and c.lower_ == "to"
                                                              for c in children):
            continue
        for prep in children:
            if prep.dep_ != "prep" or prep.lower_ not in TOPIC_PREPS:
                continue
            for topic in (g for g in prep.children if g.dep_ == "pobj"):
                to = next((c for c in topic.children if c.dep_ == "prep" and c.lower_ == "to"), None)
                named = to is not None and any(
                    g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ in ("GPE", "ORG", "NORP")
                    for g in to.children)
                if named and _rewire(sent, {to: (verb, "prep")}):
                    repaired = True
    return repaired


def talks_read_as_verb_after_role(sent: Span) -> bool:
    """"accepted the cardinal as mediator in ceasefire talks with the rebels".

    The model may read "as mediator in ceasefire talks" as a clause: "talks" a verb marked by
    "as", "mediator" its subject and "ceasefire" the object of "in". The signs: "talks" tagged as a
    verb in an adverbial clause marked by "as", whose subject's "in" / "on" / "at" phrase ends with
    the noun right before "talks". "as" becomes the governing verb's preposition, the role its
    object, "talks" a noun ending the role's phrase and the noun before it its compound. Returns
    whether the sentence was repaired.
    """
    repaired = False
    for talks in sent:
        if talks.lower_ != "talks" or talks.pos_ != "VERB" or talks.dep_ != "advcl" or talks.i == sent.start:
            continue
        mark = next((c for c in talks.children if c.dep_ == "mark" and c.lower_ == "as"), None)
        role = next((c for c in talks.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        before = talks.nbor(-1)
        if mark is None or role is None or before.dep_ != "pobj" or before.pos_ != "NOUN" \
                or before.head.head.i != role.i or before.head.lower_ not in ("in", "on", "at"):
            continue
        changes = {mark: (talks.head, "prep"), role: (mark, "pobj"), talks: (before.head, "pobj"),
                   before: (talks, "compound")}
        if _rewire(sent, changes):
            talks.pos_, talks.tag_, talks.lemma_ = "NOUN", "NNS", "talk"
            mark.pos_ = "ADP"
            repaired = True
    return repaired
