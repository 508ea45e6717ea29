"""Frame checking: whether every constraint of a lexicon entry's frame holds at a trigger, and if
not, which failed first, in words (``accord explain`` shows it). The frame language is in
``entries.py``, where its slots are in the parse in ``slots.py``; here are the constraints and
the word tests they make: what an object is (a money sum, a measure of goods or the staff of a
body is read through to what it is of; "arm" is not "arms"), what a subject is made of (a crowd,
a convoy's cargo, two or more parties), and a force of nature that kills or destroys (weather
news, not an attack)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.events.counts import object_count
from accord.events.entries import ACTOR_OBJECT, PERSON_OBJECT, PLACE_OBJECT, LexiconEntry
from accord.events.places import names_a_place
from accord.events.slots import (
    DIRECTION_PARTICLES, PASSIVE_SUBJECT_DEPS, clause_auxiliaries, copular_predicate, governed_clause,
    governed_infinitives, governing_support_verb, hyphen_compound, is_felt_participle, is_infinitive, is_stative_passive,
    object_of, perpetrated_deed,
    predicate_words, prep_holders, prep_objects, preps_of, received_from, reported_subject, through_quantity,
)
from accord.events.syntax import OBJECT_CONTROL as OBJECT_CONTROL_VERBS

# The word sets are data: each one's words and why are in accord/data/words/events_frames.tsv.
WORD_SETS = word_sets("events_frames")

ACCUSATION_ROOT = "112"
TIME_LIMIT_NOUNS = WORD_SETS["TIME_LIMIT_NOUNS"]
ARMED_HARDWARE = WORD_SETS["ARMED_HARDWARE"]
SENT_ON_NOUNS = WORD_SETS["SENT_ON_NOUNS"]
CROWD_SIZES = WORD_SETS["CROWD_SIZES"]
CROWD_NOUNS = WORD_SETS["CROWD_NOUNS"]
CAUSING_VERBS = WORD_SETS["CAUSING_VERBS"]


def bare_crowd(head: Token) -> bool:
    """A subject that is only a number of people: "Thousands", "Tens of thousands of women"
    (not "Hundreds of rockets")."""
    token = head
    while token.lemma_.lower() in CROWD_SIZES and token.pos_ in ("NOUN", "NUM"):
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            return True
        token = pobj
    return token is not head and token.lemma_.lower() in CROWD_NOUNS


def _subject_words(subject: Token) -> set[str]:
    """The subject's words and modifiers, looking through "the first batch of", "the
    deployment of" to what the phrase is made of."""
    heads = [subject] + [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"]
    # "a freighter carrying 5,000 tonnes of rice", "convoys loaded with flour": what it carries.
    for clause in subject.children:
        if clause.dep_ == "acl" and clause.lemma_.lower() in CARGO_VERBS:
            cargo = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
            cargo += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "with"
                      for g in c.children if g.dep_ == "pobj"]
            # "carrying water containers and generators": every good of the list
            cargo += [g for c in cargo for g in c.conjuncts]
            heads += [_through_cargo(c) for c in cargo]
    words = {w for head in heads for w in (head.lemma_.lower(), head.lower_, *(
        c.lemma_.lower() for c in head.children if c.dep_ in ("amod", "compound", "nmod")))}
    if bare_crowd(subject):
        words.add("crowd")  # "Tens of thousands marched": a crowd
    return words


JOINT_WORK_VERBS = WORD_SETS["JOINT_WORK_VERBS"]
CARGO_VERBS = WORD_SETS["CARGO_VERBS"]
MEASURE_NOUNS = WORD_SETS["MEASURE_NOUNS"]


def _through_cargo(noun: Token) -> Token:
    """"5,000 tonnes of rice": the goods a measure counts."""
    return through_quantity(through_quantity(noun), MEASURE_NOUNS)


def _plural_parties(subject: Token) -> bool:
    # (Not a pair inside a clause on the subject: "Mbeki, who has been mediating between Zimbabwe's
    # government and opposition, met Mugabe" is one party.)
    clauses = {t.i for c in subject.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    return any(t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN", "ADJ") and t.i not in clauses
               and not _one_owner(t) for t in subject.subtree) \
        or any(c.lower_ in ("both", "two") for c in subject.children)


OWNER_ENTITIES = ("NORP", "GPE", "ORG", "PERSON")


def _one_owner(conjunct: Token) -> bool:
    """"Chinese warships and fighter jets": a common noun joined to one whose owner is named
    before it ("Chinese"), with no owner or determiner of its own, is more of the same party's."""
    def owners(noun: Token) -> list[Token]:
        return [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                and (c.ent_type_ in OWNER_ENTITIES or c.pos_ == "PROPN")]
    # (Only hardware and units: "Yemeni officials and rebels" are two parties.)
    return conjunct.pos_ == "NOUN" and conjunct.head.pos_ == "NOUN" and bool(owners(conjunct.head)) \
        and conjunct.lemma_.lower() in ARMED_HARDWARE \
        and not owners(conjunct) and not any(c.dep_ == "det" for c in conjunct.children)


# An object that is a sum of money, a measure of goods or the people of a body is read through to
# what it is of: "froze 5 million euros of development aid", "will provide $500 million in
# loans", "shipped 300,000 tonnes of rice", "expelled seven officials of U.N. aid agencies".
# (The object itself is tried first.)
MONEY_WORDS = WORD_SETS["MONEY_WORDS"]
MEMBER_WORDS = WORD_SETS["MEMBER_WORDS"]


def _made_of(obj: Token) -> Token | None:
    lemma = obj.lemma_.lower()
    preps = ("in", "of") if lemma in MONEY_WORDS else ("of",) if lemma in MEMBER_WORDS | MEASURE_NOUNS else ()
    return next((g for c in obj.children if c.dep_ == "prep" and c.lower_ in preps
                 for g in c.children if g.dep_ == "pobj"), None)


OTHER_SENSE_SINGULARS = WORD_SETS["OTHER_SENSE_SINGULARS"]


# Sums written as one token ("lent $2bn to Kenya", "a £30m grant"): read as the word they abbreviate.
_SUM_TOKEN = re.compile(r"\d+(?:\.\d+)?(bn|tn|m)")
_SUM_WORDS = {"bn": "billion", "tn": "trillion", "m": "million"}


def _written_sum(obj: Token) -> str | None:
    """"billion", "million" or "$" for a sum the parser did not read as one ("$2bn"; "£5m"
    parsed "5" + "m", with either as the head), else None."""
    written_sum = _SUM_TOKEN.fullmatch(obj.lower_)
    if written_sum is not None:
        return _SUM_WORDS[written_sum.group(1)]
    if obj.lower_ in _SUM_WORDS and any(c.dep_ == "nummod" for c in obj.children):
        return _SUM_WORDS[obj.lower_]  # "$300m" parsed "300" + "m", the unit the head
    if obj.like_num:
        after = obj.nbor(1).lower_ if obj.i + 1 < len(obj.doc) else ""
        if after in _SUM_WORDS:
            return _SUM_WORDS[after]
        if any(c.tag_ == "$" for c in obj.children):
            return "$"
    return None


def _object_word(obj: Token) -> str:
    lemma = obj.lemma_.lower()
    written = _written_sum(obj)
    if written is not None:
        return written
    return "" if obj.lower_ in OTHER_SENSE_SINGULARS else lemma


_SUM_RECEIVING = WORD_SETS["_SUM_RECEIVING"]


def _sum_named_receiver(site: _Site) -> bool:
    """Whether a written sum goes to (or is kept from) an actor: a "to/for/from" phrase naming one
    (or owned by one), or an indirect object ("gave Ghana £5m"). A star's "$5m to local causes"
    goes to nobody coded."""
    token, is_actor = site.token, site.is_actor
    if any(c.dep_ == "dative" and c.lower_ not in _SUM_RECEIVING and is_actor(c) for c in token.children):
        return True
    for holder in prep_holders(site.entry, token):
        for child in preps_of(holder):
            if child.dep_ in ("prep", "dative") and child.lower_ in _SUM_RECEIVING:
                for g in prep_objects(child):
                    if is_actor(g) or any(c.dep_ == "poss" and is_actor(c) for c in g.children):
                        return True
    return False


# Forces of nature that kill, ravage or destroy: weather and disaster news, not an attack, however the
# tagger reads the storm's name ("Typhoon Haiyan killed more than 6,000 people", "Wildfires ravaged ...").
# Weather that blocks or closes a road or a border crossing is no protest (14) and no cut in
# relations (16) either ("Snowdrifts blocked the road", "Heavy snow closed the border crossing").
FORCE_AND_COERCION_ROOTS = {"14", "16", "17", "18", "19", "20"}
NATURAL_AGENTS = WORD_SETS["NATURAL_AGENTS"]


# States of affairs that uproot or kill people without being a perpetrator ("Syria's civil war has
# displaced half the population"): no mass expulsion or mass killing (root 20) has them as its subject.
MASS_ROOT = "20"
CONDITION_AGENTS = WORD_SETS["CONDITION_AGENTS"]


def _condition_subject(token: Token) -> bool:
    """Whether the verb's own subject is a war, a crisis or a famine (a state of affairs)."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in CONDITION_AGENTS


def _natural_subject(token: Token) -> bool:
    """Whether the verb's own subject (or its compound, "Typhoon Haiyan") is a force of nature."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj",)), None)
    if subject is None and token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.pos_ in ("VERB", "AUX"):
        # "Typhoon Haikui made landfall in Taiwan, forcing thousands to leave their homes": a
        # participle clause with no subject of its own tells what the main verb's subject did.
        subject = next((c for c in token.head.children if c.dep_ in ("nsubj",)), None)
    if subject is None:
        return False
    words = {subject.lemma_.lower(), subject.lower_}
    words |= {c.lemma_.lower() for c in subject.children if c.dep_ in ("compound", "amod")}
    return bool(words & NATURAL_AGENTS)


def frame_fits(entry: LexiconEntry, token: Token, is_actor, is_person) -> bool:
    return frame_check(entry, token, is_actor, is_person) is None


def frame_check(entry: LexiconEntry, token: Token, is_actor, is_person) -> str | None:
    """None when every constraint of the entry's frame holds at this trigger, else the
    first constraint that failed, in words (for `accord explain`)."""
    site = _Site(entry, token, object_of(token) if entry.pos == "VERB" else None, is_actor, is_person)
    if entry.pos == "VERB" and entry.cameo[:2] in FORCE_AND_COERCION_ROOTS and _natural_subject(token):
        return "the subject is a force of nature"
    if entry.pos == "VERB" and entry.cameo[:2] == MASS_ROOT and _condition_subject(token):
        return "the subject is a state of war or crisis, not a perpetrator"
    for key, values in entry.frame:
        check = FRAME_KEYS.get(key)
        if check is None:
            raise ValueError(f"unknown frame constraint {key!r} in lexicon entry {entry.label}")
        failed = check(site, values, set(values))
        if failed is not None:
            return failed
    return None


@dataclass(frozen=True)
class _Site:
    """A lexicon entry tried at a trigger: what every frame key's check reads."""
    entry: LexiconEntry
    token: Token
    obj: Token | None  # the verb's object (None for a noun entry)
    is_actor: Callable[[Token], bool]
    is_person: Callable[[Token], bool]


BODY_AND_MIND = WORD_SETS["BODY_AND_MIND"]


def _owned_body_or_mind(obj: Token) -> bool:
    return obj.lemma_.lower() in BODY_AND_MIND and any(c.dep_ == "poss" for c in obj.children)


def _obj_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    obj, is_actor, is_person = site.obj, site.is_actor, site.is_person
    if obj is None:
        return "no object"
    if values == ("*",):
        return None
    if (ACTOR_OBJECT in allowed or PERSON_OBJECT in allowed) and _owned_body_or_mind(obj) \
            and obj.lemma_.lower() not in allowed:
        return f"object '{obj.text}' is a part of body or mind, not an actor"
    if values == (ACTOR_OBJECT,):
        if not is_actor(obj):
            return f"object '{obj.text}' is not an actor"
    elif values == (PERSON_OBJECT,):
        if not is_person(obj):
            return f"object '{obj.text}' is not a person"
    elif values == (PLACE_OBJECT,):
        # obj=__PLACE__: the object is itself a place ("seized Goma", "captured Avdiivka"), not
        # a person, a thing of some nation ("Azerbaijani cattle") or what a place owns.
        if not names_a_place(obj):
            return f"object '{obj.text}' is not a place"
    elif ACTOR_OBJECT in allowed and is_actor(obj) or PERSON_OBJECT in allowed and is_person(obj) \
            or PLACE_OBJECT in allowed and names_a_place(obj):
        return None  # a list that also takes any actor, person or place ("obj=__ACTOR__|counterpart")
    elif _object_word(obj) not in allowed and (obj.lower_ in OTHER_SENSE_SINGULARS or obj.lower_ not in allowed) \
            and not (
            # "the opposition newspaper La Prensa", "the tanker Stena Impero": a name
            # with its kind in front.
            obj.pos_ == "PROPN" and {c.lemma_.lower() for c in obj.children if c.dep_ == "compound"} & allowed) \
            and not (_made_of(obj) is not None and _made_of(obj).lemma_.lower() in allowed):
        return f"object '{obj.text}' is not one of {'|'.join(values)}"
    elif obj.lemma_.lower() not in allowed and _written_sum(obj) in allowed and not _sum_named_receiver(site):
        return f"object '{obj.text}' is a sum given to nobody named"
    return None


def _hung_from(noun: Token) -> Token | None:
    """The word a noun hangs from: the one its preposition belongs to ("round" in "a new round
    of talks", "is" in "is in talks with"), or the verb it is the object of ("resumed talks")."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i != noun.head.i:
        return noun.head.head
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    return None


def _notobj_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    entry, token, obj = site.entry, site.token, site.obj
    # notobj=a|b: the object is none of these ("killed hundreds of civilians", not of soldiers).
    # (For a noun, its "of" object: "the killing of hundreds of soldiers".)
    targets = [obj] if obj is not None else [] if entry.pos == "VERB" else [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in prep_objects(c)]
    # Nor what a noun trigger hangs from ("a round of talks", "is in talks with", "resumed talks
    # with": talks named as negotiation), or what a verb's object was read through to ("held a
    # new round of talks": the object is "talks", counted by "round").
    if entry.pos == "NOUN":
        targets.append(_hung_from(token))
    elif obj is not None and obj.head.i != token.i:
        targets.append(_hung_from(obj))
    hit = next((t for t in targets if t is not None and (t.lemma_.lower() in allowed or t.lower_ in allowed)), None)
    if hit is not None:
        return f"object '{hit.text}' is one of {'|'.join(values)}"
    return None


def _objvia_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    # objvia=a|b: the verb's object was read through one of these words ("received a delegation
    # of the Rapid Support Forces": the object is the body, reached through "delegation").
    obj = site.obj
    via = _hung_from(obj) if obj is not None and obj.head.i != site.token.i else None
    if via is None or not (via.lemma_.lower() in allowed or via.lower_ in allowed):
        return f"the object was not read through {'|'.join(values)}"
    return None


def _objnum_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    entry, token = site.entry, site.token
    # objnum=N: the object counts at least N ("killed more than 100 villagers").
    count = object_count(token)
    if count is None or count < int(values[0]):
        return f"the object does not count {values[0]} or more"
    # A count needs someone who does it: "more than 5,000 people were killed" is a toll.
    if entry.pos == "VERB" and any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in token.children) and not any(
            c.dep_ == "agent" for c in token.children):
        return "nobody named does it (a passive with no agent)"
    return None


def _objone_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    # objone=*: the object is a single one ("expelled a senior diplomat"), not a plural, a count
    # above one or a list ("expelled 23 diplomats", "a diplomat and two attaches").
    obj = site.obj
    if obj is None:
        return "no object"
    if obj.tag_ not in ("NN", "NNP") or obj.lower_.endswith("s") and obj.lemma_.lower() != obj.lower_:
        return f"object '{obj.text}' is plural"
    if any(c.dep_ == "conj" for c in obj.children):
        return f"object '{obj.text}' is one of a list"
    count = object_count(site.token)
    if count is not None and count > 1:
        return "the object counts more than one"
    return None


def _agent_of_participle(head: Token, is_actor) -> Token | None:
    """The actor a participle on the noun names as its agent: "the efforts made by the two
    Koreas", "the steps taken by Pakistan", or None."""
    for participle in head.children:
        if participle.dep_ != "acl" or participle.tag_ != "VBN":
            continue
        for agent in (a for a in participle.children if a.dep_ == "agent"):
            for t in agent.subtree:
                if t.pos_ in ("PROPN", "NOUN") and is_actor(t):
                    return t
    return None


def _objmod_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    entry, token, obj, is_actor = site.entry, site.token, site.obj, site.is_actor
    if values == (ACTOR_OBJECT,):
        # "a PKK attack", "Russia's attacks": the noun names who does it.
        head = obj if obj is not None else token
        # (Not a pronoun: "our first attack" in a match report.)
        if not any(c.dep_ in ("amod", "compound", "poss") and c.pos_ != "PRON" and is_actor(c)
                   for c in head.children) and _agent_of_participle(head, is_actor) is None:
            return f"'{head.text}' has no modifier that names an actor"
        return None
    head = obj if obj is not None else token
    # "opposition leader Raila Odinga": modifiers of a compound count too.
    mods = {c.lemma_.lower() for c in head.children if c.dep_ in ("amod", "compound")} | {
        g.lemma_.lower() for c in head.children if c.dep_ == "compound"
        for g in c.children if g.dep_ in ("amod", "compound")}
    if obj is None and entry.pos == "NOUN":
        # "a motion of no confidence", "a vote of no confidence": the negated "of" noun
        # is the kind of motion.
        mods |= {f"no-{g.lemma_.lower()}" for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"
                 and any(d.dep_ == "det" and d.lower_ == "no" for d in g.children)}
    if obj is not None and _made_of(obj) is not None:
        # "5 million euros of development aid", "officials of U.N. aid agencies"
        mods |= {c.lemma_.lower() for c in _made_of(obj).children if c.dep_ in ("amod", "compound")}
    if not mods & allowed:
        return f"'{head.text}' has no modifier {'|'.join(values)}"
    return None


def _prep_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    entry, token = site.entry, site.token
    # "fired on Tuesday" has no "on" target: a preposition governing a date is ignored.
    # ("On Twitter, Trump called the judge biased": a phrase put before the subject sets the
    # scene; it is not the verb's "call on".)
    fronted = min((c.i for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), default=-1)
    children = [c for holder in prep_holders(entry, token) for c in holder.children
                if not (holder.i == token.i and c.i < fronted)]
    preps = {c.lower_ for c in children if c.dep_ in ("prep", "agent", "dative")
             and not all(g.ent_type_ in ("DATE", "TIME") for g in c.children if g.dep_ == "pobj")
             or c.dep_ in ("prep", "agent", "dative") and not any(g.dep_ == "pobj" for g in c.children)}
    # "called for his rivals to drop out", "pressed for Congress to act": "for" opening an
    # infinitive clause with its own subject is the verb's "for".
    preps |= {m.lower_ for c in token.children if c.dep_ in ("advcl", "ccomp", "xcomp") and is_infinitive(c)
              for m in c.children if m.dep_ == "mark" and m.lower_ == "for" and m.i > token.i}
    if not preps & allowed:
        return f"no preposition {'|'.join(values)}"
    return None


def _xcomp_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    token = site.token
    # "agree to sign", "refuse to meet": the verb governs an infinitive.
    governed = governed_infinitives(token)
    if not governed and site.obj is not None and site.obj.lemma_.lower() in TIME_LIMIT_NOUNS:
        # "gave Saddam Hussein 48 hours to leave Iraq": the small model hangs the infinitive
        # on the time it allows, as a relative clause.
        governed = [c for c in site.obj.children if c.dep_ in ("relcl", "acl") and is_infinitive(c)]
    if not governed and token.pos_ == "NOUN":
        # "is in talks to buy a stake": the parser hangs a noun trigger's infinitive as a clause on it.
        governed = [c for c in token.children if c.dep_ == "acl" and is_infinitive(c)]
    if not governed and token.pos_ == "VERB":
        # "sent troops into Rwanda on a humanitarian mission to protect civilians": the purpose
        # of the mission they are sent on is the purpose of the sending.
        governed = [c for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "on"
                    for mission in prep_objects(prep) if mission.lemma_.lower() in SENT_ON_NOUNS
                    for c in mission.children if c.dep_ in ("acl", "relcl") and is_infinitive(c)]
    if not governed:
        return "governs no infinitive"
    # ("worked with the Mexican authorities to develop informants and patrol the border":
    # each purpose of working together counts. Not for other verbs, whose first act names
    # the code: "urged the junta to step aside and allow ...".)
    if token.lemma_.lower() in JOINT_WORK_VERBS:
        governed = governed + [c for g in governed for c in g.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if values != ("to",) and not any(_governed_names(c) & allowed for c in governed):
        return f"governed verb is not one of {'|'.join(values)}"
    return None


def _notxobj_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    # notxobj=a|b: the governed infinitive's object is none of these ("urged allies to impose
    # sanctions", not "urged the Council to impose a ceasefire", which asks for de-escalation).
    objects = {o.lemma_.lower() for verb in governed_infinitives(site.token) for o in verb.children
               if o.dep_ == "dobj"}
    if objects & (allowed | set(values)):
        return f"governed verb's object is one of {'|'.join(values)}"
    return None


def _xobj_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    # xobj=a|b: the governed infinitive's object is one of these ("gave U.S. forces 180 days to
    # leave the air base" is an expulsion; "gave the dictator 48 hours to leave Iraq" an ultimatum).
    objects = {o.lemma_.lower() for verb in governed_infinitives(site.token) for o in verb.children
               if o.dep_ == "dobj"}
    if not objects & (allowed | set(values)):
        return f"governed verb's object is not one of {'|'.join(values)}"
    # (A deadline given to a person named is an ultimatum, whatever he is to leave: "gave General
    # Noriega 72 hours to leave the country"; forces, diplomats and nationals are expelled.)
    person = next((c for c in site.token.children if c.dep_ == "dative" and c.ent_type_ == "PERSON"), None)
    if person is not None:
        return f"the deadline is given to a person named ('{person.text}'): an ultimatum"
    return None


def _governed_names(verb: Token) -> set[str]:
    """What a governed verb is called in a frame: its lemma, or with its particle "step+down"
    (a frame naming the verb with a particle wants that particle: "urged him to step down", not
    "urged donors to step up funding")."""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1)}
    return {lemma} | {f"{lemma}+{p}" for p in particles}


READINESS_WORDS = WORD_SETS["READINESS_WORDS"]
READINESS_VERBS = WORD_SETS["READINESS_VERBS"]


def _ready_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    # ready=*: the infinitive puts the object on alert ("ordered its units to be ready to open
    # fire", "to stand ready", "to remain on high alert"); not "to stay in Syria".
    for verb in governed_infinitives(site.token):
        if verb.lemma_.lower() not in READINESS_VERBS:
            continue
        said = [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd", "advmod")]
        said += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "at")
                 for g in c.children if g.dep_ == "pobj"]
        if any(w.lemma_.lower() in READINESS_WORDS or w.lower_ in READINESS_WORDS for w in said):
            return None
    return "governs no infinitive putting it on alert (to be ready, on alert, on standby)"


def _advcl_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    token, obj = site.token, site.obj
    # advcl=a|b: a participle clause on the verb says what it is for ("wrote to the
    # minister asking for funds", "wrote to Delhi seeking relief"), or on its object ("sent
    # a letter to the king urging him to ..."); not an infinitive.
    clauses = [c for c in token.children if c.dep_ in ("advcl", "xcomp")]
    if obj is not None:
        clauses += [c for c in obj.children if c.dep_ in ("acl", "advcl")]
    if not any(c.tag_ == "VBG" and c.lemma_.lower() in allowed for c in clauses):
        return f"no participle clause {'|'.join(values)}"
    return None


def _frame_subject(entry, token: Token) -> tuple[Token | None, Token | None]:
    """The verb that lends a trigger its subject (None for a noun with no support verb) and
    that subject (None when there is none)."""
    holder = token
    if entry.pos == "NOUN":
        holder = governing_support_verb(token)
        if holder is None:
            return None, None
    subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subject is None and holder.dep_ == "conj" and holder.head.pos_ in ("VERB", "AUX"):
        # "Rioters clashed with police and set fire to ...": a conjoined verb's subject
        holder = holder.head
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subject is None and holder.dep_ == "xcomp" and holder.head.pos_ in ("VERB", "AUX") \
            and holder.head.lemma_.lower() not in OBJECT_CONTROL_VERBS:
        # "peacekeepers began deploying", "troops were due to land": the subject of the
        # verb governing the infinitive or gerund (not "urged Iran to ...": Iran acts).
        holder = holder.head
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return holder, subject


def _notsubj_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    # notsubj=a|b: neither the subject nor its modifiers is one of these words ("Thousands of
    # Armenians protested ... to Azerbaijan" is a crowd in the street, not a government's complaint).
    _holder, subject = _frame_subject(site.entry, site.token)
    if subject is not None and _subject_words(subject) & allowed:
        return f"subject '{subject.text}' is one of {'|'.join(values)}"
    return None


def _subj_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    entry, token, is_person = site.entry, site.token, site.is_person
    # subj=plural: two or more parties act together ("Iran and Iraq met", "officials
    # from Bangladesh and Myanmar met", "both sides met"); for a noun, the subject of
    # its support verb ("French and Egyptian warships launched war games").
    # subj=a|b: the subject or one of its modifiers is one of these words
    # ("peacekeeping troops arrived").
    holder, subject = _frame_subject(entry, token)
    if holder is None:
        return "no verb lends a subject"
    if subject is None:
        return "no subject"
    # In the passive obj= reads the subject, so in a frame with obj= subj= may read the "by"
    # agent, the doer ("Goma was seized by M23 rebels"). (Not in a frame without obj=: "was
    # indicted by the war crimes court" keeps the accusation a court's subj= row would make a charge.)
    agent = _passive_agent(holder) if subject.dep_ == "nsubjpass" and any(
        key == "obj" for key, _ in entry.frame) else None
    if agent is not None and values not in (("plural",), (PERSON_OBJECT,)) and _subject_words(agent) & allowed:
        return None
    if values == ("plural",):
        if not _plural_parties(subject):
            return f"subject '{subject.text}' is not two or more parties"
    elif values == (PERSON_OBJECT,):
        # subj=__PERSON__: the subject names a person ("Obama and Putin met"), not a
        # place or a team ("Barcelona and Real Madrid met in the final").
        if not is_person(subject):
            return f"subject '{subject.text}' is not a person"
    elif not _subject_words(subject) & allowed:
        return f"subject '{subject.text}' is not one of {'|'.join(values)}"
    return None


def _passive_agent(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" phrase ("seized by M23 rebels"), or None."""
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        return next((g for g in agent.children if g.dep_ == "pobj"), None)
    return None


def _ccomp_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    token = site.token
    # "agreed that ...", "warned that police will no longer tolerate ...".
    clause = governed_clause(token)
    if clause is None and values != ("*",):
        # "took 20 fishermen hostage": a named word the parser reads as a clause of its own
        clause = next((c for c in token.children if c.dep_ == "ccomp" and c.lemma_.lower() in allowed
                       and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                       and not is_infinitive(c)), None)
    if clause is None:
        return "governs no that-clause"
    # ("said China was responsible for the smog", "told reporters the remarks were
    # intolerable": a "be" clause counts by what it says its subject is.)
    # (and, for an accusation, a clause of doing by the deed it names: "claimed militants had
    # carried out the bombing"; not for other rows, where "launched an offensive" would meet the
    # adjective "offensive" of a verdict)
    deed = perpetrated_deed(clause) if site.entry.cameo.startswith(ACCUSATION_ROOT) else set()
    # (a verb the tokenizer split at its hyphen counts whole: "had over-reacted", over-react)
    verb = {clause.lemma_.lower()}
    verb |= {f"{joined.split('-')[0]}-{clause.lemma_.lower()}" for joined in hyphen_compound(clause)}
    if values != ("*",) and not verb & allowed and not copular_predicate(clause) & allowed \
            and not deed & allowed:
        return f"clause verb '{clause.text}' is not one of {'|'.join(values)}"
    return None


def _answers_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    token, obj = site.token, site.obj
    # answers=a|b: a bare verb (no object, no infinitive) conjoined to a verb with one of
    # these lemmas answers what that verb put forward ("Obama had proposed a tax, but the
    # Republicans refused"; "was asked to halt the tests but refused"), not "refused to
    # comment".
    if obj is not None or governed_infinitives(token) or any(
            c.dep_ in ("ccomp", "prep", "xcomp") for c in token.children):
        return "not a bare verb"
    if token.dep_ != "conj" or token.head.lemma_.lower() not in allowed:
        return f"not conjoined to {'|'.join(values)}"
    return None


def _ccompaux_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    token = site.token
    # ccompaux=will|would: the governed that-clause has one of these auxiliaries ("said
    # an attack would be regarded as an act of war": a warning of what will follow).
    clause = governed_clause(token)
    if clause is None or not clause_auxiliaries(clause) & allowed:
        return f"the that-clause has no auxiliary {'|'.join(values)}"
    return None


def _notccompaux_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    token = site.token
    # notccompaux=would|not|...: the governed that-clause has none of these auxiliaries or
    # negations ("claimed that Azerbaijan had mined the border" tells a deed done; "claimed that
    # Israel would attack" or "had not shelled" does not).
    clause = governed_clause(token)
    if clause is None:
        return "governs no that-clause"
    said = clause_auxiliaries(clause) | {c.lower_ for c in clause.children if c.dep_ == "neg"}
    if said & allowed:
        return f"the that-clause has '{'|'.join(sorted(said & allowed))}'"
    return None


def _about_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    token, is_actor = site.token, site.is_actor
    # about=__ACTOR__: the subject of the governed that-clause names an actor ("said
    # Turkey was responsible", "said Russia's strikes were unacceptable"; not "said the
    # referee's decision was ridiculous").
    clause = governed_clause(token)
    subject = reported_subject(clause) if clause is not None else None
    if subject is None:
        return "no that-clause with a subject"
    if subject.pos_ == "PRON":
        # ("Hamas said it was responsible": a claim about itself, not a verdict on another.)
        return f"the clause's subject '{subject.text}' is a pronoun"
    # (Anywhere in its phrase: "a response by Russia", "any attack by Israeli forces"; not a
    # pronoun or what it owns: "any attack on its troops" names nobody else.)
    named = [t for t in subject.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ") and not any(
             c.dep_ in ("prep", "acl", "relcl") or c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)]
    if values == (ACTOR_OBJECT,) and not any(is_actor(t) for t in named) \
            or values != (ACTOR_OBJECT,) and subject.lemma_.lower() not in allowed:
        return f"the clause's subject '{subject.text}' names no actor"
    return None


def _voice_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    entry, token = site.entry, site.token
    if values == ("received",):
        # voice=received: the subject receives the act from whoever "from/by/of" names
        # ("drew sharp criticism from Turkey", "came under fire from Washington").
        if received_from(entry, token) is None:
            return "no 'from', 'by' or 'of' naming who gives it"
        return None
    if values == ("felt",):
        # voice=felt: "was alarmed at", "is angered by"; the subject feels it, a "by" phrase is its cause.
        if not is_felt_participle(token):
            return "not a participle of feeling with its subject ('was alarmed at')"
        return None
    if values == ("passive",):
        # voice=passive: a finite passive, its doer named or not ("was charged with assault");
        # the subject is what is done to, as in any passive.
        if not any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
            return "not a finite passive ('was charged with')"
        return None
    # voice=stative: "is opposed to", "is committed to"; the subject holds the position.
    if not is_stative_passive(token):
        return "not a stative passive ('is opposed to')"
    return None


def _prt_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    token, obj = site.token, site.obj
    # "stepped down": the parser sometimes reads the particle right after the verb as advmod.
    # So it does a direction particle right after the object ("pull its forces back").
    after_obj = obj.right_edge.i + 1 if obj is not None else -1
    # And so is one read as a modifier of the object right after the verb ("set free Israeli
    # soldier Gilad Shalit": "free" as an adjective of "soldier").
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    shifted = {nxt.lower_} if nxt is not None and nxt.dep_ in ("amod", "acomp") and nxt.pos_ == "ADJ" \
        and obj is not None and nxt.head.i != token.i and nxt.i < obj.i else set()
    # And so is one read as "more than" of a count right after the verb ("handed over 10,000
    # tonnes": "over" a quantmod of the number).
    counted = {nxt.lower_} if nxt is not None and nxt.dep_ == "quantmod" and obj is not None \
        and nxt.head.i in {t.i for t in obj.subtree} else set()
    # And so is a word after the object the parser hangs on the verb as a preposition with no
    # object of its own ("handed a general over to the tribunal": "over" a prep, "to" its own).
    if not ({c.lower_ for c in token.children if c.dep_ == "prt"
             or (c.dep_ == "advmod" and c.i == token.i + 1)
             or (c.dep_ == "advmod" and c.i == after_obj and c.lower_ in DIRECTION_PARTICLES)
             or (c.dep_ == "prep" and obj is not None and c.i > obj.i and not c.n_lefts + c.n_rights)} | shifted | counted) & allowed:
        return f"no particle {'|'.join(values)}"
    return None


COMPOUND_PREP_HEADS = WORD_SETS["COMPOUND_PREP_HEADS"]


def _pobj_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    entry, token, is_actor = site.entry, site.token, site.is_actor
    prep, _, first = values[0].partition(":")
    words = {first, *values[1:]}
    # pobj=with:__ACTOR__: the object of the preposition names an actor ("worked with Chile").
    # (A list may also take any actor: "pobj=to:__ACTOR__|counterpart|delegation".)
    # (pobj=to:__PERSON__: one naming a person, "talked to Prime Minister John Howard".)
    fits = (lambda g: g.lemma_.lower() in words or ACTOR_OBJECT in words and is_actor(g)
            or PERSON_OBJECT in words and site.is_person(g) or bool(words & _named_by_deed(g)))
    # (Not the inner word of "according to a rights group report", "due to", "thanks to".)
    # (A particle with an object of its own is a preposition the small model mistook: "been put
    # on standby".)
    if not any((child.dep_ in ("prep", "agent", "dative")
                or child.dep_ == "prt" and any(g.dep_ == "pobj" for g in child.children)) and child.lower_ == prep
               and child.head.lower_ not in COMPOUND_PREP_HEADS
               and any(fits(g) for g in prep_objects(child))
               for holder in prep_holders(entry, token) for child in preps_of(holder)):
        return f"no '{prep}' + {'|'.join(sorted(words))}"
    return None


ANYONE_WORDS = WORD_SETS["ANYONE_WORDS"]
JOINING_VERBS = WORD_SETS["JOINING_VERBS"]
JOINED_PROTESTS = WORD_SETS["JOINED_PROTESTS"]
PROTESTER_WORDS = WORD_SETS["PROTESTER_WORDS"]


def _named_by_deed(person: Token) -> set[str]:
    """What "anyone" or "those" is called by the relative clause that tells what they do: "open
    fire on anyone who joined the protests", "those who take part in the demonstrations" are
    protesters (PROTESTER_WORDS); else nothing."""
    if person.lemma_.lower() not in ANYONE_WORDS and person.lower_ not in ANYONE_WORDS:
        return set()
    for clause in person.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in JOINING_VERBS:
            continue
        joined = [c for c in clause.children if c.dep_ == "dobj"]
        joined += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                   if g.dep_ == "pobj"]  # "take part in the march"
        joined += [g for o in list(joined) for c in o.children if c.dep_ == "prep" and c.lower_ == "in"
                   for g in c.children if g.dep_ == "pobj"]  # "take part in": "part" the object
        if any(j.lemma_.lower() in JOINED_PROTESTS for j in joined):
            return PROTESTER_WORDS
    return set()


def _pred_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    token = site.token
    # pred=a|b: what the verb says the object is ("called Trump 'unhinged'", "called the
    # plan a mistake", "described the senator as a liar", "knocked the rules as undemocratic").
    said = predicate_words(token)
    if values == ("*",) and said:
        return None  # pred=*: any predicate ("dismissed the plan as desperate")
    if not said & allowed:
        return f"no predicate {'|'.join(values)}" if not said else \
            f"predicate '{'|'.join(sorted(said))}' is not one of {'|'.join(values)}"
    return None


def _notpred_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    # notpred=*: the verb says nothing of its object ("called the Russian president", a telephone
    # call; not "called the president 'the devil'").
    said = predicate_words(site.token)
    if said and (values == ("*",) or said & allowed):
        return f"says '{'|'.join(sorted(said))}' of its object"
    return None


def _notprt_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    # notprt=a|b: the verb has none of these particles ("ruled against Russia", not "ruled out
    # military action against Pakistan").
    if _prt_fits(site, values, allowed) is None:
        return f"has the particle {'|'.join(values)}"
    return None


def _manner_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    # manner=a|b: an adverb on the verb says how it was done ("reacted angrily", "spoke warmly of").
    said = {c.lower_ for c in site.token.children if c.dep_ == "advmod"}
    if not said & allowed:
        return f"no adverb {'|'.join(values)}"
    return None


def _subjof_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    # subjof=a|b: a noun trigger is the subject of a verb with one of these lemmas, which says
    # that the thing came about ("a ceasefire began", "the truce held"); "verb:word" also wants
    # that word as the verb's object, particle or prepositional object ("took effect",
    # "came into force", "kicked in"). Not "the ceasefire collapsed", nor "talks on a ceasefire
    # resumed", where the noun is no subject.
    token = site.token
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return f"'{token.text}' is the subject of no verb"
    if any(c.dep_ == "neg" for c in verb.children):
        return f"'{verb.text}' is negated"
    completions = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "prt")}
    completions |= {g.lemma_.lower() for c in verb.children if c.dep_ == "prep" for g in prep_objects(c)}
    lemma = verb.lemma_.lower()
    for value in values:
        said, _, completion = value.partition(":")
        if said == lemma and (not completion or completion in completions):
            return None
    return f"'{token.text}' is not the subject of {'|'.join(values)}"


def _objrel_fits(site: _Site, values: tuple[str, ...], allowed: set[str]) -> str | None:
    # objrel=a|b: a relative clause on the object tells that it stirred one of these ("scrapped a
    # mining contract that had sparked weeks of street protests": a reversal of what was protested).
    obj = site.obj
    clauses = [c for c in obj.children if c.dep_ == "relcl" and c.lemma_.lower() in CAUSING_VERBS] \
        if obj is not None else []
    if not any(t.lemma_.lower() in allowed for c in clauses for t in c.subtree if t.i != c.i):
        return f"the object has no relative clause that stirred {'|'.join(values)}"
    return None


FRAME_KEYS: dict[str, Callable[[_Site, tuple[str, ...], set[str]], str | None]] = {
    "obj": _obj_fits,
    "notobj": _notobj_fits,
    "objvia": _objvia_fits,
    "objnum": _objnum_fits,
    "objone": _objone_fits,
    "objmod": _objmod_fits,
    "prep": _prep_fits,
    "xcomp": _xcomp_fits,
    "notxobj": _notxobj_fits,
    "xobj": _xobj_fits,
    "ready": _ready_fits,
    "advcl": _advcl_fits,
    "subj": _subj_fits,
    "notsubj": _notsubj_fits,
    "ccomp": _ccomp_fits,
    "answers": _answers_fits,
    "ccompaux": _ccompaux_fits,
    "notccompaux": _notccompaux_fits,
    "about": _about_fits,
    "voice": _voice_fits,
    "prt": _prt_fits,
    "pobj": _pobj_fits,
    "pred": _pred_fits,
    "manner": _manner_fits,
    "notprt": _notprt_fits,
    "notpred": _notpred_fits,
    "subjof": _subjof_fits,
    "objrel": _objrel_fits,
}
