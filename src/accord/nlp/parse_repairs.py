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
        hyphenated_verb_as_verb(sent)
        reattach_rebutted_charge(sent) or reattach_rebutted_charge_as_subject(sent)
        free_subject_before_weekday(sent)
        agent_after_inserted_phrase(sent)
        reattach_charge_after_agent(sent)
        free_acronym_subject(sent)
        guest_participle_as_modifier(sent)
        guest_participle_after_host(sent)
        compound_before_verb_as_subject(sent)
        verb_read_as_plural_noun(sent)
        free_subject_from_fronted_phrase(sent)
        object_read_as_second_subject(sent)
        restore_silent_e_lemmas(sent)
        predicate_read_as_apposition(sent)
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


def _rewire(sent: Span, changes: dict[Token, tuple[Token, str]]) -> bool:
    """Give each token in ``changes`` its new head and label, in an order that never leaves a
    cycle between two assignments. A token that becomes its own head is the sentence's new root.
    Nothing is changed, and False returned, when the tree that would result is not one tree."""
    heads = {t.i: t.head.i for t in sent}
    heads.update({t.i: h.i for t, (h, _) in changes.items()})
    for i in heads:  # every word must reach the one root without passing a word twice
        seen = {i}
        while heads[i] != i:
            i = heads[i]
            if i in seen or i not in heads:
                return False
            seen.add(i)
    if sum(1 for i, h in heads.items() if i == h) != 1:
        return False
    pending = dict(changes)
    roots = [t for t, (h, _) in pending.items() if t == h]
    for token in roots:  # the new root first: a root is under nothing
        token.head = token
        token.dep_ = pending.pop(token)[1]
    while pending:
        token = next((t for t, (h, _) in pending.items() if t not in [h, *h.ancestors]), None)
        if token is None:  # cannot happen for a tree; leave rather than loop
            return False
        head, dep = pending.pop(token)
        token.head = head
        token.dep_ = dep
    return True


# Prefixes joined by a hyphen to a verb the model splits off: "test-fired", "re-imposed",
# "co-sponsored", "air-dropped", "court-martialled", "fast-tracked", "kick-started".
VERB_PREFIXES = {"re", "co", "test", "air", "court", "fast", "kick", "jump", "rubber", "cross", "pre", "de",
                 "counter", "double", "second", "hand", "force", "mis", "sea"}
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
    for holder in {top, prefix, hyphen}:
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


# Prepositions of the phrase set between a passive verb and its agent: "was criticised in a
# statement by ...", "at a news conference in Tehran by ...", "during a visit by ...".
SETTING_PREPS = {"in", "at", "during", "on", "with", "from", "within", "inside"}
# Nouns that name the doers an agent phrase names, when no entity says so: "by U.N. experts".
AGENT_NOUNS = GUEST_NOUNS | {
    "ministry", "government", "authority", "force", "troop", "soldier", "army", "police", "policeman",
    "officer", "expert", "rebel", "militant", "gunman", "fighter", "militia", "insurgent", "group", "council",
    "parliament", "court", "judge", "tribunal", "prosecutor", "committee", "commission", "agency", "body",
    "administration", "department", "military", "navy", "warplane", "jet", "aircraft", "helicopter", "drone",
    "organisation", "organization", "union", "bloc", "alliance", "country", "state", "nation", "neighbour",
    "neighbor", "people", "protester", "demonstrator", "activist", "critic", "opponent", "supporter", "member",
    "lawmaker", "legislator", "spokesman", "spokeswoman", "spokesperson", "regime", "junta", "coalition",
    "guard", "unit", "investigator", "inspector", "monitor", "observer", "mission", "staff", "agent"}
NOT_AGENT_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"}
# Nouns of a phrase that points at another act, whose "by" names that act's doer: "was taken in
# response to a request by the Post", "in violation of a resolution by the council".
REFERRING_NOUNS = {"response", "reaction", "reply", "answer", "retaliation", "accordance", "line", "keeping",
                   "compliance", "defiance", "violation", "breach", "support", "favour", "favor", "memory",
                   "honour", "honor", "spite", "place", "light", "view", "wake", "aftermath", "protest"}


def agent_after_inserted_phrase(sent: Span) -> bool:
    """"Israel was criticised on Monday in a statement by the U.S. State Department for ..."

    Between a passive verb and its "by" agent, wire copy often sets where, when and how the act
    was done ("in a statement", "at a news conference in Tehran", "during a visit to Accra"). The
    small model then hangs "by" on the last noun of that phrase, "a statement by the State
    Department", and the verb is left without an agent: nothing acts. The signs: a passive verb
    (a past participle with a passive auxiliary) that has no agent; a phrase on it opening with
    a preposition of setting; inside it, with only nouns and prepositions between, "by" taking
    a doer (a person, group or country by name, or a noun for one: "experts", "ministry",
    "troops"), not a time, a number or a means. "By" becomes the verb's agent, and whatever the
    phrase's nouns took after the agent ("for building ...") goes to the verb with it. Returns
    whether the sentence was repaired.
    """
    repaired = False
    for by in sent:
        if by.lower_ != "by" or by.dep_ != "prep" or by.head.pos_ not in ("NOUN", "PROPN"):
            continue
        doer = next((c for c in by.children if c.dep_ == "pobj"), None)
        if doer is None or not _names_a_doer(doer):
            continue
        path, noun = [], by.head  # the nouns from "by" up to the verb: "statement", or "Tehran", "conference"
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and len(path) < 4:
            path.append(noun)
            noun = noun.head.head
            if noun.pos_ in ("VERB", "AUX"):
                break
        verb = noun
        if not path or verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.i > by.i:
            continue
        if any(n.lemma_.lower() in REFERRING_NOUNS for n in path):
            continue
        if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
            continue
        setting = path[-1].head  # the preposition on the verb
        if setting.lower_ not in SETTING_PREPS:
            continue
        changes = {by: (verb, "agent")}
        for noun in path:  # "in a statement by X for building ...": "for" goes with the agent
            for child in noun.rights:
                if child.i > by.i:
                    changes[child] = (verb, child.dep_)
        if _rewire(sent, changes):
            repaired = True
    return repaired


def _names_a_doer(noun: Token) -> bool:
    """Whether the object of "by" names someone who acts, not a time, a number or a means."""
    if noun.ent_type_ in NOT_AGENT_ENTS or noun.like_num:
        return False
    if noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or noun.pos_ == "PROPN":
        return True
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in AGENT_NOUNS


# Verbs that say what their object is: "called the plan 'a provocation'", "branded the vote illegal".
PREDICATING_VERBS = {"call", "brand", "label", "term", "dub", "declare", "deem"}
INDEFINITES = {"anything", "nothing", "something", "everything", "anyone", "someone", "everyone", "nobody",
               "anybody", "somebody", "everybody"}
QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "``", "''"}
# Nouns of time, which after "called X" say when, not what X is ("called the minister a day later").
TIME_NOUNS = {"day", "week", "month", "year", "time", "night", "morning", "afternoon", "evening", "weekend", "hour"}


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


# Verbs after which a subject may follow ("here comes the rain", "so did Iran"): left alone.
INVERTING_VERBS = {"be", "come", "go", "do", "have", "say", "add", "ask", "tell", "write", "reply", "continue",
                   "stand", "lie", "sit", "follow", "remain", "exist", "appear", "seem"}


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
