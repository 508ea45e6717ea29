"""Repairs of subjects the model left without their verb or hid elsewhere in the tree.

A subject freed from a weekday after it ("Ukraine Monday accused ..."), an acronym subject read
as a verb ("IGAD condemned ..."), a name before a verb read as its compound ("Turkey shells ..."),
a subject read as part of a fronted phrase ("At talks in Geneva, Venezuela's president, ...
criticised"), and an object read as a second subject written after the verb.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.actors.tables import word_sets
from accord.nlp.parse_repairs.rewiring import SUBJECT_DEPS, _rewire

# The word sets are data: each one's words and why are in accord/data/words/parse_repairs_subjects.tsv.
WORD_SETS = word_sets("parse_repairs_subjects")


WEEKDAYS = WORD_SETS["WEEKDAYS"]


def free_subject_before_weekday(sent: Span) -> bool:
    """"Ukraine Monday accused Russia of ...", "Peru Thursday broke off relations with ..."

    Wire copy puts the weekday between the subject and its verb. The small model often reads
    the subject as a compound of the weekday ("Ukraine Monday", like "Ukraine Airlines") and
    the weekday as the verb's adverb or even its subject, so the verb has no subject. The
    sign: a capitalised weekday right before the verb, hung on the verb as its adverb or
    subject, with a noun right before it hung on the weekday as a compound, and no other
    subject of the verb. The noun becomes the verb's subject, the weekday its adverb.
    Returns whether the sentence was repaired.
    """
    repaired = False
    for day in sent:
        if day.lower_ not in WEEKDAYS or not day.text[:1].isupper() or day.i == sent.start:
            continue
        verb = day.head
        if verb.pos_ not in ("VERB", "AUX") or day.dep_ not in ("npadvmod", "nsubj", "nsubjpass"):
            continue
        between = sent.doc[day.i + 1:verb.i] if verb.i > day.i else None  # "Iran Monday also rejected"
        if between is None or not all(w.pos_ in ("ADV", "AUX", "PART") for w in between):
            continue
        noun = sent.doc[day.i - 1]
        if noun.head != day or noun.dep_ != "compound" or noun.pos_ not in ("PROPN", "NOUN"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") and c != day for c in verb.children):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        for word in [c for c in day.lefts if c != noun]:  # "the" of "the Philippines Thursday"
            word.head = noun
        noun.head = verb
        noun.dep_ = "nsubjpass" if passive else "nsubj"
        day.dep_ = "npadvmod"
        repaired = True
    return repaired


def _as_proper_noun(token: Token) -> None:
    token.tag_ = "NNP"
    token.pos_ = "PROPN"
    token.lemma_ = token.text


def free_acronym_subject(sent: Span) -> bool:
    """"IGAD condemned the attack ...", "ECOWAS imposed sanctions on ..."

    An all-capital body's name opening the sentence is sometimes tagged as a verb: an
    auxiliary of the verb that follows ("IGAD" read like "did"), or the root itself with the
    real verb read as an adjective of its object ("imposed sanctions"), or the object read
    as the root ("threatened military action" a noun phrase). The sign: the sentence opens
    with a word of three or more capital letters, right before a past-tense verb, and that
    verb is either governed by no subject or hung as an adjective on a noun after it while
    the sentence has no other verb for its root. The capitals become the proper noun subject
    of the past tense, which becomes the root with the noun its object. Returns whether the
    sentence was repaired.
    """
    if len(sent) < 3:
        return False
    first, verb = sent[0], sent[1]
    if not (first.is_upper and first.is_alpha and len(first) >= 3) or verb.tag_ not in ("VBD", "VBN"):
        return False
    root = sent.root
    if first.dep_ == "aux" and first.head == verb and verb == root:
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children if c != first):
            return False
        first.dep_ = "nsubj"
        _as_proper_noun(first)
        verb.tag_ = "VBD"
        return True
    noun = verb.head
    if verb.dep_ != "amod" or noun.i <= verb.i or noun.pos_ not in ("NOUN", "PROPN") or root not in (first, noun):
        return False
    if root == noun and not (first.head == verb and first.dep_ in ("nsubj", "compound", "amod")):
        return False
    if root == first and noun.head != first:
        return False
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.tag_ = "VBD"
    verb.pos_ = "VERB"
    first.head = verb
    first.dep_ = "nsubj"
    _as_proper_noun(first)
    noun.head = verb
    noun.dep_ = "dobj"
    for word in [c for c in root.children if c not in (verb, noun, first) and (root == first or c.dep_ == "punct")]:
        word.head = verb
    return True


def compound_before_verb_as_subject(sent: Span) -> bool:
    """"Turkey shells Kurdish positions in Syria", "Iran blasts U.S. sanctions".

    In a headline-like present tense the model may tag the verb right but hang the name before it
    as a "compound", the way it would read "Turkey shells" as a noun phrase. A compound belongs to
    a noun; on a verb with no subject of its own, the name right before it is the subject.
    Returns whether the sentence was repaired.
    """
    repaired = False
    for verb in sent:
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBD", "VBP"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            continue
        name = next((c for c in verb.lefts if c.dep_ == "compound" and c.i == verb.i - 1
                     and c.pos_ in ("PROPN", "NOUN")), None)
        if name is None:
            continue
        name.dep_ = "nsubj"
        repaired = True
    return repaired


def free_subject_from_fronted_phrase(sent: Span) -> bool:
    """"At talks in Geneva, Venezuela's president, Hugo Chavez, criticised the sanctions."

    When a sentence opens with a phrase set off by a comma ("In a letter to the Security
    Council,", "During a visit to Kabul,", "Speaking to reporters in Ankara,") the small model
    often reads the subject that follows as an apposition (or a conjunct) of that phrase's last
    noun, "Geneva, Venezuela's president", most of all when the subject has an apposition of
    its own; the verb is left without a subject (or with the opening participle as its clausal
    subject) and nothing acts. The signs: the root verb has no subject; the phrase opening the
    sentence hangs on it; inside that phrase, a noun hung as apposition or conjunct (not of a
    list with "and" or "or") starts right after a comma and its phrase ends right before the verb,
    with nothing but commas and adverbs between. That noun becomes the verb's subject, an
    opening participle its adverbial clause. A second form of the same misreading: the title
    goes to the opening phrase and only the name after it to the verb ("Monday, Chile's
    foreign minister, | Alejandro Foxley, criticised"); the title becomes the subject, the name
    its apposition. Returns whether the sentence was repaired.
    """
    verb = sent.root
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    fronted = next((c for c in verb.lefts if c.left_edge.i == sent.start and c.dep_ in FRONTED_DEPS), None)
    if fronted is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects and subjects != [fronted] and not (len(subjects) == 1 and subjects[0].pos_ == "PROPN"):
        return False
    if fronted.dep_ == "csubj" and fronted.tag_ != "VBG":  # "Speaking to reporters, ..."
        return False
    name = subjects[0] if subjects and subjects[0] != fronted else None
    subject = name or _subject_in_fronted_phrase(fronted, verb)
    if subject is None:
        return False
    title = _title_before(subject, fronted) if subject.pos_ == "PROPN" else None
    if name is not None and title is None:
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if title is not None:  # "Chile's foreign minister, Alejandro Foxley,"
        title.head = verb
        subject.head = title
        subject.dep_ = "appos"
        subject = title
    subject.head = verb
    subject.dep_ = "nsubjpass" if passive else "nsubj"
    if fronted.dep_ == "csubj":
        fronted.dep_ = "advcl"
    return True


def _set_off(noun: Token) -> bool:
    """Whether a comma stands right before the noun's phrase."""
    start = noun.left_edge.i
    return start - 1 > noun.sent.start and noun.doc[start - 1].text == ","


def _subject_in_fronted_phrase(fronted: Token, verb: Token) -> Token | None:
    """The noun inside the opening phrase, hung as its apposition or conjunct, whose phrase is set
    off by a comma and ends right before the verb (commas and adverbs apart)."""
    for noun in fronted.subtree:
        if noun.dep_ not in ("appos", "conj") or noun.pos_ not in ("PROPN", "NOUN") or noun == fronted:
            continue
        if not _set_off(noun) or noun.right_edge.i >= verb.i:
            continue
        if noun.dep_ == "conj" and _in_a_list(noun):
            continue
        if all(w.is_punct or w.pos_ == "ADV" for w in noun.doc[noun.right_edge.i + 1:verb.i]):
            return noun
    return None


def _in_a_list(conjunct: Token) -> bool:
    """Whether a conjunct belongs to a true list ("in Lima, Quito and Bogota"): an "and" or
    "or", or a further conjunct, on its head."""
    return any(c.dep_ in ("cc", "conj") for c in conjunct.head.children if c != conjunct)


def _title_before(name: Token, fronted: Token) -> Token | None:
    """The title, set off by commas, that the opening phrase took from before a name: "Chile's
    foreign minister" of "..., Chile's foreign minister, Alejandro Foxley, ..."."""
    comma = name.left_edge.i - 1
    if not _set_off(name):
        return None
    return next((t for t in fronted.subtree if t.dep_ == "appos" and t.pos_ == "NOUN" and t.right_edge.i == comma - 1
                 and t != name and _set_off(t)), None)


# How the phrase opening a sentence hangs on its verb: "In Cairo,", "After talks collapsed,",
# "Speaking to reporters," (sometimes read as the verb's clausal subject).
FRONTED_DEPS = ("prep", "advcl", "advmod", "npadvmod", "csubj")


INVERTING_VERBS = WORD_SETS["INVERTING_VERBS"]


def object_read_as_second_subject(sent: Span) -> bool:
    """"On June 13, 2000, South Korean President Kim Dae-jung met North Korean leader Kim Jong-il."

    After a long subject (a title and a name, often after an opening date or place), the small
    model sometimes reads the object as a second subject of the verb, written after it; the
    verb then has no object and nothing is done to anyone. English puts the subject after its
    verb only in quotations ("said the minister") and a few inversions ("here comes"), so when a
    verb that is none of those has a subject before it and another noun phrase hung on it as
    subject starting right after it, with no object of its own, that phrase is its object.
    Returns whether the sentence was repaired.
    """
    repaired = False
    for verb in sent:
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or not verb.is_alpha \
                or verb.lemma_.lower() in INVERTING_VERBS:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        after = [c for c in subjects if c.i > verb.i]
        if len(after) != 1 or not any(c.i < verb.i for c in subjects):
            continue
        obj = after[0]
        if obj.pos_ not in ("PROPN", "NOUN") or obj.left_edge.i != verb.i + 1:
            continue
        if any(c.dep_ in ("dobj", "obj", "attr", "oprd", "ccomp", "xcomp") for c in verb.children):
            continue
        obj.dep_ = "dobj"
        repaired = True
    return repaired


# The verbs of an attribution after the clause ("..., KUNA reported"): parse_repairs_clauses.tsv's row.
ATTRIBUTION_VERBS = word_sets("parse_repairs_clauses")["REPORTING_VERBS"]


def object_after_phrases_read_as_subject_of_source(sent: Span) -> bool:
    """"The Emir of Kuwait received at Bayan Palace on Monday the visiting Egyptian foreign
    minister, ..., KUNA reported."

    Gulf and other state agencies put the place and day before a long object. The small model
    then ends the verb's phrase at the day and reads the object as a subject of the attribution
    verb at the end, which already has its own (the agency); the act has no object. The signs: a
    past-tense verb with a subject before it and no object or clause, hung as the clause of a
    verb that has two subjects after it; the first of them a noun phrase starting right where the
    clause verb's words end. That phrase becomes the clause verb's object. Returns whether the
    sentence was repaired.
    """
    repaired = False
    for verb in sent:
        if verb.pos_ != "VERB" or verb.tag_ != "VBD" or verb.dep_ != "ccomp" \
                or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children) \
                or any(c.dep_ in ("dobj", "obj", "attr", "oprd", "ccomp", "xcomp", "dative") for c in verb.children):
            continue
        source = verb.head
        if source.lemma_.lower() not in ATTRIBUTION_VERBS:
            continue
        late = [c for c in source.children if c.dep_ == "nsubj" and verb.i < c.i < source.i]
        if len(late) != 2 or late[0].pos_ not in ("PROPN", "NOUN") or late[0].left_edge.i != verb.right_edge.i + 1:
            continue
        if _rewire(sent, {late[0]: (verb, "dobj")}):
            repaired = True
    return repaired


NAME_PARTICLES = WORD_SETS["NAME_PARTICLES"]


def name_particle_read_as_verb(sent: Span) -> bool:
    """"Angolan President Jose Eduardo dos Santos and UNITA leader Jonas Savimbi signed ...".

    The model may read the particle inside a Portuguese or Spanish name ("dos", "da", "de") as a
    verb: the first half of the name becomes its subject and the verb of the sentence its
    complement, so the name's owner does nothing. The signs: a lower-case particle
    (`NAME_PARTICLES`) tagged as a verb, between two capitalised proper nouns. The particle and
    the first half's words hung on it join the second half as compounds, and what else hung on the
    particle takes its place. Returns whether the sentence was repaired.
    """
    repaired = False
    for particle in sent:
        if particle.pos_ not in ("VERB", "AUX") or particle.lower_ not in NAME_PARTICLES or not particle.is_lower \
                or particle.i <= sent.start or particle.i + 1 >= sent.end:
            continue
        before, after = particle.nbor(-1), particle.nbor(1)
        if not (before.pos_ == "PROPN" and after.pos_ == "PROPN" and before.text[:1].isupper()
                and after.text[:1].isupper()):
            continue
        right = [c for c in particle.children if c.i > particle.i and c.i != after.i]
        if particle.head.i == particle.i:  # the particle is the root: its first verb after it takes over
            head = next((c for c in right if c.pos_ in ("VERB", "AUX")), None)
            if head is None:
                continue
            dep = "ROOT"
        else:
            head, dep = particle.head, particle.dep_
        changes = {particle: (after, "compound")}
        changes.update({c: (after, "compound") for c in particle.children if c.i < particle.i})
        for child in right:
            # (Only the new head is ROOT: the rest keep their own relation, under it.)
            changes[child] = (child, "ROOT") if child is head else (
                head, "punct" if child.dep_ == "punct" else child.dep_ if dep == "ROOT" else dep)
        if after.head.i == particle.i:
            changes[after] = (head, dep if dep != "ROOT" else "nsubj")
        if _rewire(sent, changes):
            _as_proper_noun(particle)
            repaired = True
    return repaired


def conjunct_read_as_second_subject(sent: Span) -> bool:
    """"President Jose Eduardo dos Santos and UNITA leader Jonas Savimbi signed ...".

    The model may give a verb two subjects, the first carrying the "and" that joins them and no
    conjunct, as if "and" ended the first. The signs: two nominal subjects of one verb before it,
    the first with a "and" / "or" hung on it that stands between the two. The second becomes the
    first's conjunct. Returns whether the sentence was repaired.
    """
    repaired = False
    for verb in sent:
        subjects = sorted((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i)
        if len(subjects) != 2:
            continue
        first, second = subjects
        cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ in ("and", "or")), None)
        if cc is None or any(c.dep_ == "conj" for c in first.children) \
                or not first.i < cc.i < second.left_edge.i:
            continue
        if _rewire(sent, {second: (first, "conj")}):
            repaired = True
    return repaired


def name_after_object_read_as_its_conjunct(sent: Span) -> bool:
    """"Hamas released 13 hostages and Israel freed 39 prisoners".

    The model may read the second subject as one more conjunct of the first verb's object
    ("hostages and Israel") and leave the second verb, conjoined to the first, with no subject of
    its own, so that both acts are the first subject's. The signs: a finite verb conjoined to an
    earlier verb, with no subject, whose word right before it is a proper noun read as a conjunct
    of that earlier verb's object, joined by "and" and with nothing of its own but its compounds and article.
    The proper noun becomes the second verb's subject, and the "and" joins the two verbs. Returns
    whether the sentence was repaired.
    """
    repaired = False
    for verb in sent:
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == sent.start:
            continue
        first = verb.head
        if first.pos_ != "VERB" or first.i > verb.i:
            continue
        name = sent.doc[verb.i - 1]
        if name.pos_ != "PROPN" or name.dep_ != "conj" or any(c.dep_ not in ("compound", "det")
                                                              for c in name.children):
            continue
        obj = name.head
        cc = next((c for c in obj.children if c.dep_ == "cc" and c.lower_ == "and"
                   and c.i == name.left_edge.i - 1), None)
        if cc is None or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        if verb.dep_ == "conj" and obj.dep_ == "dobj" and obj.head == first \
                and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            changes = {name: (verb, "nsubj"), cc: (first, "cc")}
        elif verb.dep_ == "ccomp" and obj.dep_ == "nsubj" and obj.head == verb \
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in first.children if c != verb) \
                and any(c.dep_ in SUBJECT_DEPS and c.i < first.i for c in first.children) \
                and obj.left_edge.i == first.i + 1:
            # ("Armenia released two Azerbaijani soldiers and Azerbaijan freed ...": the model may
            # also make the first object and the name the subjects of a clause the first verb says.)
            changes = {obj: (first, "dobj"), name: (verb, "nsubj"), cc: (first, "cc"), verb: (first, "conj")}
        else:
            continue
        if _rewire(sent, changes):
            repaired = True
    return repaired


def finite_verb_read_as_relative_of_counted_subject(sent: Span) -> bool:
    """"The first contingent of about 200 Kenyan police officers arrived in Port-au-Prince on
    Tuesday to lead ...".

    After a subject of the form "the first contingent of N officers", the model may read the
    sentence's past-tense verb as a reduced relative on the counted noun ("officers who arrived")
    and leave the sentence with a noun for its root and no verb. A reduced relative is a
    participle, not a past tense; so when a sentence's root is a noun with no verb of its own, and
    a past tense (VBD, with no auxiliary or subject of its own) hangs as "acl" on the object of an
    "of" phrase of that root, that verb is the sentence's, and the root noun its subject.
    Returns whether the sentence was repaired.
    """
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("acl", "relcl") for c in root.children):
        return False
    for of in root.children:
        if of.dep_ != "prep" or of.lower_ != "of":
            continue
        for noun in (c for c in of.children if c.dep_ == "pobj"):
            # (the verb right after the counted noun)
            verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBD" and c.i == noun.i + 1
                         and not any(g.dep_ in ("aux", "auxpass", "agent", "nsubj", "nsubjpass") for g in c.children)),
                        None)
            if verb is None:
                continue
            changes = {verb: (verb, "ROOT"), root: (verb, "nsubj")}
            changes.update({c: (verb, c.dep_) for c in root.children if c.dep_ == "punct" and c.i > verb.i})
            if _rewire(sent, changes):
                return True
    return False


ASKING_OBJECT_VERBS = WORD_SETS["ASKING_OBJECT_VERBS"]


def infinitive_hung_on_relative_of_asked(sent: Span) -> bool:
    """"France urged the soldiers who seized power in Niger to reinstate President Bazoum"

    The model may hang the infinitive on the relative clause that describes the object ("seized
    power ... to reinstate"), so that nothing is asked. When a verb of asking (`ASKING_OBJECT_VERBS`)
    has an object with a relative clause, has no infinitive of its own, and that relative clause
    ends with an infinitive hung on it as an adverbial clause, the infinitive is what is asked: it
    becomes the asking verb's open complement. Returns whether the sentence was repaired.
    """
    repaired = False
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ASKING_OBJECT_VERBS \
                or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        relative = next((c for c in obj.children if c.dep_ == "relcl"), None) if obj is not None else None
        if relative is None:
            continue
        infinitive = next((c for c in relative.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
                           and c.i > relative.i
                           and any(g.dep_ == "aux" and g.lower_ == "to" and g.i < c.i for g in c.children)), None)
        if infinitive is None:
            continue
        if _rewire(sent, {infinitive: (verb, "xcomp")}):
            repaired = True
    return repaired


def verb_read_as_adjective_of_its_object(sent: Span) -> bool:
    """"Jordan's air force parachuted pallets of food and medicine into the north of the Gaza
    Strip".

    With a rare verb, the model may read the past tense as an adjective on its object ("parachuted
    pallets") and the subject as a modifier of that noun, so that the sentence is one noun phrase
    with no verb. The signs: the root is a plural noun, the sentence has no verb of its own, and the
    word right before the root is an "-ed" modifier with nothing of its own, right after a noun
    that hangs on the root. That word becomes the sentence's verb (a past tense), the noun before
    it its subject and the root its object; what hangs on the root before the verb goes to the
    subject, and a preposition after the root's "of" phrase to the verb. Returns whether the
    sentence was repaired."""
    from accord.nlp.parse_repairs.verbs import _verb_lemmas

    root = sent.root
    if root.pos_ != "NOUN" or root.tag_ != "NNS" or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False
    verb = sent.doc[root.i - 1] if root.i > sent.start else None
    if verb is None or verb.dep_ != "amod" or verb.head != root or not verb.lower_.endswith("ed") \
            or any(True for _ in verb.children) or verb.i - 1 < sent.start:
        return False
    subject = sent.doc[verb.i - 1]
    if subject.head != root or subject.pos_ not in ("NOUN", "PROPN") or subject.dep_ not in ("nmod", "compound", "nsubj"):
        return False
    stem = verb.lower_[:-1] if verb.lower_[:-1] in _verb_lemmas() else verb.lower_[:-2]
    if stem not in _verb_lemmas():
        return False
    changes = {verb: (verb, "ROOT"), subject: (verb, "nsubj"), root: (verb, "dobj")}
    changes.update({c: (subject, c.dep_) for c in root.children if c.i < subject.i})
    changes.update({c: (verb, c.dep_) for c in root.children if c.i > root.i and (
        c.dep_ == "punct" or c.dep_ == "prep" and c.lower_ != "of")})
    if not _rewire(sent, changes):
        return False
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", stem
    return True
