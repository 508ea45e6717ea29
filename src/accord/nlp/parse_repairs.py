"""Repairs of parses the small English model gets wrong in a way that changes who did what.

Only constructions the model misreads often in wire copy, and only where the words themselves
show the right reading. Each repair rewires heads and labels on the Doc before accord's stages
read it, so actors, quotes and events all see the same, repaired tree.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

# Nouns that name what one side says of another: "a charge Iran denies".
CHARGE_NOUNS = {"charge", "claim", "allegation", "accusation", "assertion", "suggestion"}
# Verbs by which the other side turns such a charge down.
REBUTTING_VERBS = {"deny", "reject", "dispute", "dismiss", "refute", "contest", "rebut"}


@Language.component(
    "accord_parse_repairs", assigns=["token.head", "token.dep", "token.tag", "token.pos", "token.lemma"])
def repair_parses(doc: Doc) -> Doc:
    for sent in doc.sents:
        reattach_rebutted_charge(sent) or reattach_rebutted_charge_as_subject(sent)
        free_subject_before_weekday(sent)
        reattach_charge_after_agent(sent)
        free_acronym_subject(sent)
        guest_participle_as_modifier(sent)
        guest_participle_after_host(sent)
        compound_before_verb_as_subject(sent)
        verb_read_as_plural_noun(sent)
        free_subject_from_fronted_phrase(sent)
        restore_silent_e_lemmas(sent)
    return doc


def reattach_rebutted_charge(sent: Span) -> bool:
    """"Washington accused Tehran of arming militias, a charge Iran denies."

    The model often makes "denies" the root and the accusation its clausal complement, which
    reads as Iran denying that Washington accused anyone, and as Iran's speech. The writer
    asserts the accusation; "a charge Iran denies" is a noun phrase with a relative clause set
    off by a comma. The sign is the order: the charge noun, its object, comes before the
    rebutting verb's own subject. Returns whether the sentence was repaired.
    """
    verb = sent.root
    if verb.lemma_.lower() not in REBUTTING_VERBS or verb.pos_ != "VERB":
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if clause is None or subject is None:
        return False
    charge = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CHARGE_NOUNS), None)
    # ("a charge Kigali denies" may come out as one noun phrase, "charge" a compound of "Kigali".)
    fused = next((c for c in subject.lefts if c.dep_ == "compound" and c.lemma_.lower() in CHARGE_NOUNS), None)
    charge = charge or fused
    if charge is None or not (clause.i < charge.i < subject.i < verb.i):
        return False
    start = min([charge.left_edge.i] + [c.i for c in subject.lefts if c.i < charge.i])
    if start - 1 <= clause.i or sent.doc[start - 1].text not in (",", "--", "—", "–"):
        return False
    # Order matters: never leave a cycle between two assignments.
    if charge is fused:
        for word in [c for c in subject.lefts if c.i < charge.i]:  # "a", "the"
            word.head = charge
    _charge_rebutted_in_relative(clause, charge, verb)
    return True


def _charge_rebutted_in_relative(clause: Token, charge: Token, verb: Token) -> None:
    """The accusation becomes the root, the charge a noun phrase on it, the rebutting verb a
    relative clause on the charge; the punctuation around goes with the root."""
    charge.head = clause
    charge.dep_ = "npadvmod"
    clause.head = clause
    clause.dep_ = "ROOT"
    verb.head = charge
    verb.dep_ = "relcl"
    for punct in [c for c in verb.children if c.dep_ == "punct" and not (charge.i <= c.i <= verb.i)]:
        punct.head = clause


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


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


# Passive verbs whose charge or grounds follow the agent: "was accused by U.N. experts of
# backing ...", "was criticised by rights groups for jailing ...".
OF_CHARGE_VERBS = {"accuse", "suspect", "convict", "acquit", "clear", "charge"}
FOR_GROUNDS_VERBS = {
    "blame", "criticise", "criticize", "condemn", "praise", "thank", "fault", "punish",
    "sanction", "reward", "commend", "censure", "rebuke", "reprimand", "fine", "hail",
    "denounce", "slam", "chastise", "castigate", "attack", "target", "arrest", "jail",
}


def reattach_charge_after_agent(sent: Span) -> bool:
    """"Rwanda has been accused by U.N. experts of backing the M23 rebels."

    The small model hangs "of backing ..." on the agent's noun ("experts of backing"), so the
    rebels join the accusers. When the passive verb is one that takes a charge by "of" (or
    grounds by "for"), and that phrase right of the agent starts with a gerund, it belongs to
    the verb. A gerund read as an adjective of its object ("of burning villages": "burning"
    an amod of "villages") is made the clause it is. Returns whether the sentence was repaired.
    """
    repaired = False
    for agent in [t for t in sent if t.dep_ == "agent"]:
        verb = agent.head
        lemma = verb.lemma_.lower()
        wanted = ("of" if lemma in OF_CHARGE_VERBS else None, "for" if lemma in FOR_GROUNDS_VERBS else None)
        for prep in list(agent.subtree):
            if prep.i <= agent.i or prep.lower_ not in wanted or prep.dep_ != "prep" or prep.head == verb:
                continue
            if prep.i + 1 >= sent.end:
                continue
            first = sent.doc[prep.i + 1]
            if first.tag_ != "VBG":
                continue
            if first.head == prep and first.dep_ == "pcomp":
                pass
            elif first.dep_ in ("amod", "compound") and first.head.head == prep and first.head.dep_ == "pobj":
                # "of burning villages": the gerund becomes the clause, its noun its object.
                noun = first.head
                first.head = prep
                first.dep_ = "pcomp"
                noun.head = first
                noun.dep_ = "dobj"
            else:
                continue
            prep.head = verb
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


def reattach_rebutted_charge_as_subject(sent: Span) -> bool:
    """"Turkey accuses Syria of sheltering PKK leaders, a charge Damascus has always denied."

    A second misreading of the same construction as ``reattach_rebutted_charge``, common when
    an adverb stands between the auxiliary and the rebutting verb: the charge noun is read as
    the root verb's subject and the rebutter as an apposition to it (or a second subject),
    the accusation again the root's clause. The repair is the same: the accusation is the
    root, the charge a noun phrase on it, the rebutting verb a relative clause on the charge
    with the rebutter its subject. Returns whether the sentence was repaired.
    """
    verb = sent.root
    if verb.lemma_.lower() not in REBUTTING_VERBS or verb.pos_ != "VERB":
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    charge = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in CHARGE_NOUNS), None)
    if clause is None or charge is None:
        return False
    rebutter = next((c for c in charge.rights if c.dep_ == "appos"), None) or next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.i > charge.i), None)
    if rebutter is None or rebutter.pos_ not in ("PROPN", "NOUN") or not (clause.i < charge.i < rebutter.i < verb.i):
        return False
    start = charge.left_edge.i
    if start - 1 <= clause.i or sent.doc[start - 1].text not in (",", "--", "—", "–"):
        return False
    # Order matters: never leave a cycle between two assignments.
    rebutter.head = verb
    rebutter.dep_ = "nsubj"
    _charge_rebutted_in_relative(clause, charge, verb)
    return True


# Prepositions of meeting someone: "met with visiting ...", "talked to visiting ...".
MEETING_PREPS = {"with", "to", "for"}
# Participles that, before a person, say the person is a guest: "visiting", "touring".
GUEST_PARTICIPLES = {"visiting", "touring"}


def guest_participle_as_modifier(sent: Span) -> bool:
    """"Hu Jintao met here Tuesday with visiting Pakistani Prime Minister Shaukat Aziz."

    The model reads "with visiting X" as a gerund, Hu visiting Aziz: the visit became China's to
    Pakistan and the meeting itself was lost. Before a person's name or title, "visiting" says who
    the guest is; the person is what the preposition takes. Returns whether the sentence was
    repaired.
    """
    repaired = False
    for participle in sent:
        if participle.lower_ not in GUEST_PARTICIPLES or participle.dep_ != "pcomp" \
                or participle.head.dep_ != "prep" or participle.head.lower_ not in MEETING_PREPS:
            continue
        guest = _guest_of(participle)
        if guest is None or any(c.dep_ == "prep" for c in participle.children):
            continue
        _hang_guest(participle, guest, participle.head, "pobj")
        repaired = True
    return repaired


def guest_participle_after_host(sent: Span) -> bool:
    """"Nazarbayev received visiting Russian Defence Minister Sergei Ivanov on Tuesday."

    The model reads "received visiting X" as a verb with a gerund complement, the host visiting
    the guest: a 042 from host to guest, with the receiving lost. Right after a verb of hosting
    that has no object of its own, "visiting" before a person says who the guest is, and the
    person is the verb's object. Returns whether the sentence was repaired.
    """
    repaired = False
    for participle in sent:
        host = participle.head
        if participle.lower_ not in GUEST_PARTICIPLES or participle.dep_ not in ("xcomp", "ccomp", "advcl") \
                or host.lemma_.lower() not in HOSTING_VERBS or participle.i != host.i + 1 \
                or any(c.dep_ in ("dobj", "obj") for c in host.children):
            continue
        guest = _guest_of(participle)
        if guest is None:
            continue
        for child in list(participle.children):
            if child.dep_ in ("prep", "npadvmod", "advmod", "punct"):
                child.head = host  # "... in Beijing on Monday": where and when the host received
        _hang_guest(participle, guest, host, "dobj")
        repaired = True
    return repaired


def _guest_of(participle: Token) -> Token | None:
    """The person a guest participle ("visiting") was read as taking for its object."""
    guest = next((c for c in participle.children if c.dep_ == "dobj"), None)
    return guest if guest is not None and _is_person(guest) else None


def _hang_guest(participle: Token, guest: Token, head: Token, dep: str) -> None:
    """The guest becomes ``head``'s ``dep``, and the participle the guest's modifier."""
    guest.head = head
    guest.dep_ = dep
    participle.head = guest
    participle.dep_ = "amod"


# Verbs whose object is a guest received ("received visiting ...", "welcomed visiting ...").
HOSTING_VERBS = {"receive", "meet", "host", "welcome", "greet", "entertain", "honour", "honor", "fete"}


def _is_person(noun: Token) -> bool:
    """A person by name, or a noun phrase headed by a person's title or office."""
    if noun.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in GUEST_NOUNS


# Heads of a noun phrase that name a person or a party of people received as guests.
GUEST_NOUNS = {"president", "minister", "premier", "chancellor", "king", "queen", "prince", "emir",
               "sultan", "envoy", "delegation", "counterpart", "leader", "official", "secretary",
               "governor", "senator", "ambassador", "chief", "commander", "general", "vice-president",
               "speaker", "mayor", "pope", "monarch", "diplomat", "negotiator", "team", "head"}


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


def verb_read_as_plural_noun(sent: Span) -> bool:
    """"Hamas thanks Qatar for ...", "The EU sanctions Russian officials over ...".

    In a present tense after a name the model may read the verb as a plural noun, "Hamas thanks"
    like "Hamas officials": the noun is the root, the name its compound and the object its
    apposition (or object), so nothing acts. The signs: the root is a plural noun in lower case
    whose singular is a verb the model knows and whose form is that verb's third person; right
    before it a name or noun hung on it as compound or subject; right after it, with no comma
    between, the phrase of its object or apposition. The root becomes a present-tense verb, the
    name its subject and the noun phrase after it (or a name read as its adverb) its object.
    Returns whether the sentence was repaired.
    """
    verb = sent.root
    if verb.tag_ != "NNS" or not verb.is_lower or verb.i == sent.start:
        return False
    lemma = verb.lemma_.lower()
    if lemma not in _verb_lemmas() or verb.lower_ not in _third_persons(lemma):
        return False
    subject = sent.doc[verb.i - 1]
    if subject.head != verb or subject.dep_ not in ("compound", "nsubj") or subject.pos_ not in ("PROPN", "NOUN"):
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


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")


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
