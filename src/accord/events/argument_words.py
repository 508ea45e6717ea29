"""The word lists and small parse readings the argument reader uses (for
:mod:`accord.events.arguments`, :mod:`accord.events.references` and :mod:`accord.events.further`).

Prepositions of recipients and of joint acts, the nouns of envoys, relations, foreigners, kin
and persons, the pronoun classes, the offices and sectors told by where they act; and readings
of one node that need no reader: a noun's phrase, whether a word acts as its clause's subject,
a verb's chain of infinitives, the victims and backers a noun's clause names, "U.N." with a
field word.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from accord.actors.model import Actor, ActorMention
from accord.actors.tables import word_sets
from accord.events.places import BODY_WORDS
from accord.events.syntax import prepositional_objects
from accord.nlp.parse_repairs.clauses import CONDITION_MARKS  # (one row of "if", "unless" for every module)
from accord.nlp.parse_repairs.clauses import REPORTING_VERBS  # (and one of the verbs of attribution)

# The word sets are data: each one's words and why are in accord/data/words/argument_words.tsv.
WORD_SETS = word_sets("argument_words")
RECIPIENT_PREPS = WORD_SETS["RECIPIENT_PREPS"]
MEETING_VERBS = WORD_SETS["MEETING_VERBS"]
FACING_PREPS = WORD_SETS["FACING_PREPS"]
JOINT_PREPS = WORD_SETS["JOINT_PREPS"]
NEW_REFERENT_DETS = WORD_SETS["NEW_REFERENT_DETS"]
REACH_PREPS = WORD_SETS["REACH_PREPS"]
ENVOY_NOUNS = WORD_SETS["ENVOY_NOUNS"]
SENT_GOODS = WORD_SETS["SENT_GOODS"]
GIVING_PARTICIPLES = WORD_SETS["GIVING_PARTICIPLES"]
OWN_STATE_NOUNS = WORD_SETS["OWN_STATE_NOUNS"]
WARNING_NOUNS = WORD_SETS["WARNING_NOUNS"]
TRIAL_NOUNS = WORD_SETS["TRIAL_NOUNS"]
REASON_MARKS = WORD_SETS["REASON_MARKS"]
REASON_PREPS = WORD_SETS["REASON_PREPS"]
RELATION_NOUNS = WORD_SETS["RELATION_NOUNS"]
AGENT_NOUNS = WORD_SETS["AGENT_NOUNS"]  # (read by accord.events.places, which this module imports)
NAME_VIAS = WORD_SETS["NAME_VIAS"]
PLACE_DEMONYM = "demonym of a place"
STATE_OFFICES = WORD_SETS["STATE_OFFICES"]
# How a recipient read as the actor's own country for want of any other party is marked
# (`dyad_steps`; `merging` lets a merged topic's named party take its place).
DOMESTIC_FALLBACK = "domestic: no other party named"
DOMESTIC_OFFICES = WORD_SETS["DOMESTIC_OFFICES"]
PLACED_SECTORS = WORD_SETS["PLACED_SECTORS"]
DOMESTIC_SECTORS = WORD_SETS["DOMESTIC_SECTORS"]
ARMED_UNKNOWN = WORD_SETS["ARMED_UNKNOWN"]
FOREIGNER_NOUNS = WORD_SETS["FOREIGNER_NOUNS"]
AMBIGUOUS_ROLES = WORD_SETS["AMBIGUOUS_ROLES"]
STOP_DEPS = WORD_SETS["STOP_DEPS"]
FIRST_PLURAL = WORD_SETS["FIRST_PLURAL"]
FIRST_SINGULAR = WORD_SETS["FIRST_SINGULAR"]
THIRD_PERSON = WORD_SETS["THIRD_PERSON"]
THIRD_NEUTER = WORD_SETS["THIRD_NEUTER"]
PLURAL_THIRD = WORD_SETS["PLURAL_THIRD"]
CARRY_VERBS = WORD_SETS["CARRY_VERBS"]
OBLIGATION_MODALS = WORD_SETS["OBLIGATION_MODALS"]
NAMED_VIA = WORD_SETS["NAMED_VIA"]
SAYING_PARTICIPLES = WORD_SETS["SAYING_PARTICIPLES"]
MESSAGE_NOUNS = WORD_SETS["MESSAGE_NOUNS"]
# A body referred back to by what it is: True for intergovernmental bodies ("the alliance").
BODY_ANAPHORS = BODY_WORDS
PAIR_PHRASES = ("two countries", "both countries", "two sides", "both sides", "two states", "both states",
                "two nations", "both nations", "our countries", "two republics")


COUNTRY_ANAPHORS = WORD_SETS["COUNTRY_ANAPHORS"]
MEMBERSHIP_NOUNS = WORD_SETS["MEMBERSHIP_NOUNS"]
BACKING_VERBS = WORD_SETS["BACKING_VERBS"]


# The plural of a divided country's name: both its states ("the two Koreas").
NAMED_PAIRS = {"koreas": (Actor("PRK", None, "North Korea", "country"), Actor("KOR", None, "South Korea", "country"))}
UN_CODE = "IGOUNO"
# The United Nations' agencies named by their field ("U.N. nuclear inspectors": the IAEA's).
UN_FIELDS = {"nuclear": Actor("IGOUNOIAE", "IGO", "International Atomic Energy Agency", "organisation"),
             "atomic": Actor("IGOUNOIAE", "IGO", "International Atomic Energy Agency", "organisation"),
             "refugee": Actor("IGOUNOHCR", "IGO", "UNHCR", "organisation"),
             "health": Actor("IGOUNOWHO", "IGO", "World Health Organization", "organisation"),
             "food": Actor("IGOUNOWFP", "IGO", "World Food Programme", "organisation")}
UN_STAFF_NOUNS = WORD_SETS["UN_STAFF_NOUNS"]


def un_agency(doc: Doc, mention: ActorMention) -> tuple[Actor, int] | None:
    """(the agency, the index of its field word) for "U.N." before a field word and a noun of
    people or a body ("U.N. nuclear inspectors", "a U.N. refugee agency official")."""
    if mention.actor.code != UN_CODE or mention.end >= len(doc):
        return None
    field = doc[mention.end]
    noun = field.head
    if field.lower_ not in UN_FIELDS or field.dep_ not in ("amod", "compound") or noun.i <= field.i \
            or doc[mention.end - 1].head.i not in (noun.i, field.i):
        return None
    if noun.lemma_.lower() not in UN_STAFF_NOUNS and not (noun.dep_ == "compound"
                                                         and noun.head.lemma_.lower() in UN_STAFF_NOUNS):
        return None
    return UN_FIELDS[field.lower_], field.i


def victim_words(head: Token, nouns: set[str] | None = None) -> set[int]:
    """The words up to the head of the object of the verb ``head`` is the subject of (only when the
    object is one of ``nouns``, when given)."""
    if head.dep_ != "nsubj" or head.head.pos_ not in ("VERB", "AUX"):
        return set()
    # (Only the object's own words: "a Chinese national accused of smuggling chips out of the United
    # States" is Chinese, and the clause after it still tells where he was arrested.)
    return {i for c in head.head.children if c.dep_ in ("dobj", "obj")
            and (nouns is None or c.lemma_.lower() in nouns) for i in range(c.left_edge.i, c.i + 1)}


def backer_words(head: Token) -> set[int]:
    """The words of a participle on a noun that names its backers ("forces backed by the United
    States", "militias armed by Iran")."""
    return {t.i for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in BACKING_VERBS
            for t in c.subtree}


def bare_definite(noun: Token) -> bool:
    """"the group", with nothing else that says which."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and not any(
        c.dep_ in ("amod", "compound", "prep", "nummod", "poss", "relcl", "acl", "appos") for c in noun.children)


def qualifies_person(doc: Doc, mention: ActorMention) -> bool:
    """A demonym as the modifier of a noun for a person ("a Palestinian teenager"), or a role
    word for one person with its country ("a Venezuelan farmer")."""
    if mention.via != "demonym":
        return mention.actor.kind == "country" and doc[mention.end - 1].lemma_.lower() in PERSON_NOUNS
    if mention.end - mention.start != 1:
        return False
    word = doc[mention.start]
    return word.dep_ == "amod" and word.head.pos_ == "NOUN" and word.head.lemma_.lower() in PERSON_NOUNS


KIN_NOUNS = WORD_SETS["KIN_NOUNS"]
PERSON_NOUNS = WORD_SETS["PERSON_NOUNS"]


def object_topic(subject: Token) -> set[int]:
    """The words of the prepositional phrases on the object of the verb ``subject`` is the
    subject of: what the act is about ("questioned Obama's commitment to Israel")."""
    while subject.dep_ == "conj" and subject.head.i != subject.i:
        subject = subject.head
    if subject.dep_ == "pobj" and subject.head.lower_ == "of":
        subject = subject.head.head
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ != "VERB":
        return set()
    return {t.i for obj in verb.children if obj.dep_ == "dobj" for prep in obj.children
            if prep.dep_ == "prep" and prep.lower_ != "of" for t in prep.subtree}


def acts_as_subject(token: Token) -> bool:
    """The word is (a conjunct of) its clause's subject or a passive's agent, or what a subject
    counts ("A group of senators urged …", "Dozens of lawmakers …")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ in ("nsubj", "nsubjpass"):
        token = token.head.head
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return True
    return token.dep_ in ("nsubj", "nsubjpass")


def acted_on(token: Token) -> bool:
    """The word is (a conjunct of) what a verb acts on: its object ("urged lawmakers"), the
    object of the verb's own preposition ("called on lawmakers", "met with senators"), or the
    subject of a "for" clause the verb governs ("pressed for Congress to act")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("dobj", "dative"):
        return token.head.pos_ == "VERB"
    if token.dep_ == "pobj":
        return token.head.dep_ == "prep" and token.head.head.pos_ == "VERB"
    if token.dep_ == "nsubj" and token.head.pos_ == "VERB":
        return any(c.dep_ == "mark" and c.lower_ == "for" for c in token.head.children)
    return False


def relation_owner(token: Token) -> bool:
    """The owner in "Iraq's neighbours", "Russia's allies", "its rivals": not the actor named."""
    owner = token
    while owner.dep_ == "compound" and owner.head.i != owner.i:
        owner = owner.head  # "South Korea's allies"
    return owner.dep_ == "poss" and owner.head.lemma_.lower() in RELATION_NOUNS


def is_purpose(clause: Token) -> bool:
    """An infinitive clause of purpose ("... to protest the decision")."""
    return clause.dep_ == "advcl" and clause.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def governed_clauses(verb: Token) -> list[Token]:
    """The chain of infinitives a verb governs: "threatened to stop talks to reduce arms"."""
    chain, node = [], verb
    for _ in range(3):
        node = next((c for c in node.children if c.dep_ == "xcomp"), None)
        if node is None:
            break
        chain.append(node)
    return chain


def head_phrase(head: Token) -> list[Token]:
    """The head's phrase, without relative clauses and other clauses hanging off it."""
    out = [head]
    for child in head.children:
        if child.dep_ == "appos" and is_list_of_states(head, child):
            out.extend(head_phrase(child))
            continue
        if child.dep_ in STOP_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ not in ("of",) and head.pos_ != "PRON":
            continue  # "talks with Russia" – the prepositional part is read separately
        if child.dep_ == "advmod" and child.lower_ in ("ahead", "prior"):
            continue  # "a state visit ahead of a summit of BRICS leaders": a time, not whose
        if child.dep_ == "conj" and head.dep_ == "ROOT" and any(
                g.dep_ == "amod" and g.pos_ == "VERB" and g.tag_ in ("VBD", "VBN") for g in child.children):
            continue  # "Turkish tanks and artillery battered Kurdish positions" read as one phrase: the object
        out.extend(head_phrase(child))
    return sorted(out, key=lambda t: t.i)


def is_list_of_states(head: Token, appos: Token) -> bool:
    """"Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed ties": a list of states
    the parser reads as a state with an apposition that has conjuncts, all places by name."""
    return head.ent_type_ == "GPE" and appos.ent_type_ == "GPE" and appos.i > head.i \
        and any(c.dep_ == "conj" and c.ent_type_ == "GPE" for c in appos.children)


def pair_end(tokens: list[Token], pair: str) -> int:
    last_word = pair.split()[-1]
    for token in tokens:
        if token.lower_ == last_word:
            return token.i + 1
    return tokens[-1].i + 1


def sentence_index(doc: Doc, sent: Span) -> int:
    for index, other in enumerate(doc.sents):
        if other.start == sent.start:
            return index
    return -1


# A legislature known in wire copy by its bare name, the state it stands for when the sentence
# names no state at all ("He urged Congress to cut the deficit"); "Peru's Congress", "the
# Congress party" and a Congress beside another state's actors are placed by those first.
NAMED_LEGISLATURES = {"Congress": "USA"}


def named_legislature(doc: Doc, start: int, end: int) -> str | None:
    """The state a bare, capitalised legislature name stands for ("Congress"), or None."""
    words = [t for t in doc[start:end] if t.lower_ != "the"]
    if len(words) != 1 or words[0].text not in NAMED_LEGISLATURES:
        return None
    word = words[0]
    if any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in word.children) \
            or word.dep_ == "compound" or word.head.lower_ == "party":
        return None
    return NAMED_LEGISLATURES[word.text]


# How the coder marks an attacker it inferred from the place of an unattributed attack
# (dyad_steps.unknown_attacker): the `via` of that ArgumentActor starts with this.
UNIDENTIFIED_ATTACKER = "unidentified attacker"


def by_unknown_attacker(arg) -> bool:
    """Whether an ArgumentActor is the coder's inferred, unidentified attacker."""
    return arg.via.startswith(UNIDENTIFIED_ATTACKER)


TRAVEL_VERBS = WORD_SETS["TRAVEL_VERBS"]
PRESSURE_NOUNS = WORD_SETS["PRESSURE_NOUNS"]
VISIT_NOUNS = WORD_SETS["VISIT_NOUNS"]
HOST_NOUNS = WORD_SETS["HOST_NOUNS"]


OCCASION_NOUNS = WORD_SETS["OCCASION_NOUNS"]
OCCASION_WORDS = WORD_SETS["OCCASION_WORDS"]


def occasion_words(head: Token, trigger: Token) -> set[int]:
    """The words of an occasion the act under ``head`` is timed for ("freed a dissident on the
    eve of a visit by the U.S. president", "ahead of a visit by Clinton"): whoever comes is no
    party to the act, nor is where they go its place."""
    found: set[int] = set()
    for word in head.subtree:
        if word.lemma_.lower() in OCCASION_NOUNS and word.i != trigger.i and any(
                a.lower_ in OCCASION_WORDS for a in word.ancestors
                if a.i != head.i and head.i in {x.i for x in a.ancestors}):
            found |= {t.i for t in word.subtree}
    return found


COUNTERPART_HEADS = WORD_SETS["COUNTERPART_HEADS"]


def counterpart_words(head: Token) -> set[int]:
    """The words of the other side a meeting under ``head`` is held "with" ("a government task
    force held meetings with Japanese aid agencies", "officials met with French envoys"): whose
    they are does not say whose the side that meets them is."""
    found: set[int] = set()
    holders = [head, *(c for c in head.children if c.dep_ in ("dobj", "obj"))]
    for holder in holders:
        if holder.lemma_.lower() not in COUNTERPART_HEADS and holder.lower_ not in COUNTERPART_HEADS:
            continue
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                found |= {t.i for c in prep.children if c.dep_ == "pobj" for t in c.subtree}
    return found


SPOKEN_NOUNS = WORD_SETS["SPOKEN_NOUNS"]


def spoken_about(token: Token) -> bool:
    """The word is in what someone's words are about ("his remarks about President Putin",
    "comments about Venezuelans"), within its clause."""
    for node in [token, *token.ancestors]:
        if node.pos_ in ("VERB", "AUX"):
            return False
        if node.dep_ == "pobj" and node.head.lower_ == "about" and node.head.head.lemma_.lower() in SPOKEN_NOUNS:
            return True
    return False


NEGOTIATION_NOUNS = WORD_SETS["NEGOTIATION_NOUNS"]


COLLECTIVE_NOUNS = WORD_SETS["COLLECTIVE_NOUNS"]
COLLECTIVE_MODIFIERS = WORD_SETS["COLLECTIVE_MODIFIERS"]
COLLECTIVE_NAMES = WORD_SETS["COLLECTIVE_NAMES"]


MEMBER_LEMMAS = WORD_SETS["MEMBER_LEMMAS"]


def member_phrases(head: Token) -> list[Token]:
    """The phrases naming the members of a group of states ``head`` names without a code: an
    apposition ("the Quartet -- the United States, Russia, the EU and the U.N. --") or a
    participle or preposition of membership ("made up of", "comprising", "including")."""
    found = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
    for child in head.children:
        if child.lemma_.lower() not in MEMBER_LEMMAS or child.i < head.i:
            continue
        if child.dep_ in ("acl", "relcl", "prep"):
            found += [g for g in child.children if g.dep_ in ("dobj", "pobj")]
            for holder in [child] + [g for g in child.children if g.dep_ == "prt"]:
                found += [g for _p, g in prepositional_objects(holder, {"of"})]
    return found


def is_collective(word: Token) -> bool:
    """A group of states named without a code: "world powers", "Western capitals", "the West",
    "the international community", "the Quartet" (not "the West Bank", "West Africa")."""
    lemma = word.lemma_.lower()
    if lemma == "group" and any(is_collective(g) for _p, g in prepositional_objects(word, {"of"})):
        return True  # "the P5+1 group of world powers", "a group of Western nations"
    if word.lower_ in COLLECTIVE_NAMES and word.text[:1].isupper():
        return word.dep_ != "compound" and not any(c.dep_ == "compound" for c in word.children)
    # ("Iran and world powers": the small model may hang "Iran and world" on "powers".)
    before = [c for c in word.children if c.dep_ in ("amod", "compound", "nummod", "nmod")]
    modifiers = {m.lower_ for c in before for m in [c, *c.conjuncts]}
    if lemma == "community":
        return "international" in modifiers
    return lemma in COLLECTIVE_NOUNS and word.tag_ in ("NNS", "NNPS") and bool(modifiers & COLLECTIVE_MODIFIERS)


# Appeals for aid (CAMEO 023 and its sub-codes).
AID_APPEALS = "023"


def asks_a_collective(token: Token) -> bool:
    """Whether those a verb asks or tells are a group of states with no code ("urged donor
    nations to ...", "called on world powers to ...")."""
    asked = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    asked += [pobj for _, pobj in prepositional_objects(token, {"on", "upon"})]
    return any(is_collective(a) for a in asked)


ANNOUNCING_VERBS = WORD_SETS["ANNOUNCING_VERBS"]
DECISION_NOUNS = WORD_SETS["DECISION_NOUNS"]
TAKING_PLACE_VERBS = WORD_SETS["TAKING_PLACE_VERBS"]
BROKER_VERBS = WORD_SETS["BROKER_VERBS"]
