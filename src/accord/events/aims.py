"""What an act asks for, protests, turns down or is about: CAMEO's parallel sub-codes.

The CAMEO 1.1b3 verb codebook splits APPEAL (024x/025x), DEMAND (104x/105x), PROTEST (141x-145x)
and REJECT (123x/124x, 125-127) by the same aims: a change in leadership, a change of policy,
rights, a change in institutions or regime, the release of persons or property, the easing of
sanctions, access for outsiders, de-escalation, talks, mediation. When the lexicon gives such an
event its generic code, :func:`refine` reads what is asked for -- the that-clause or infinitive
("demanded that Maduro step down"), the object ("demanded the resignation of"), the
"for"/"against" phrase ("rallied against the pension reform") or a participle that says it
("marched in Bratislava demanding ...") -- and returns the sub-code, or None. Accusations
(1121-1125), investigations (091-094), threats to stop something (1311-1313, 134) and aid asked
for, refused or cut (023x, 103x, 122x, 162x) are split by what they name, the same way.

This module reads the aim (:func:`aim_of`) and gives the sub-code (:func:`refine`); the word
lists of the aims are in :mod:`accord.events.aim_words`, where the phrase is in the parse in
:mod:`accord.events.aim_phrase`, the split by kind (accusations, threats, investigations, aid,
means of force) in :mod:`accord.events.aim_kinds`, and the table of sub-code words
(``data/subcode_words.tsv``) in :mod:`accord.events.subcode_words`.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.events.aim_kinds import (FIGHTING_CODES, INVESTIGATIONS, KINDS, bombing_code, breaks_truce,
                                     killed_by_police, kind_code, kind_of, means_code, military_inquiry,
                                     war_crimes_court_inquiry)
from accord.events.aim_phrase import (ASKING_VERBS, asking_participles, bare, hyphen_joined, phrase_tokens,
                                      protest_object_phrase, protest_occasion, purpose_of_participles,
                                      purpose_of_support_verb, request_content, without_of_clauses, word_set)
from accord.events.aim_words import (ADMINISTRATIVE, AIMS_IN_ORDER, APOLOGY, ARMED_STRIKE, DEESCALATION, RIGHTS, TRUCES,
                                     DEPLOYING, DISSENT, EASED_TRADE, EASING, ECONOMIC_BLOCKADE, ELECTIONS, FIGHTING,
                                     FIGHTING_VERBS, FOREIGN, HALTS, HANDING, MILITARY_BLOCKADE,
                                     HELD_LAND, INFORMATION, INTELLIGENCE, INVOLVEMENT, LAWMAKING_VERBS, LAW_CHANGING, LEADERSHIP, MEDIATION,
                                     OUTSIDERS,
                                     OWN_PEOPLE, PAY, POLICY, POLICY_TARGETS, PROTESTED_RELEASES, PROTECTING, PROTECTORS,
                                     PROTEST_AIMS, PROTESTED_LEADERS, RELEASE, RELIEF_GOODS, REPARATIONS, REQUEST_NOUNS, SANCTION_WORDS,
                                     SEEKING, SELF_RULE, SETTLEMENTS, SETTLING, SHIPPING, EMIGRATING,
                                     LEGALISING, ASSOCIATIONS, CEASEFIRE,
                                     SUPPORT, TIME_PREPS, TRADE_BARRIERS,
                                     MILITARY_CAMPAIGNS, NEGOTIATING, TALKS, TALK_OPENERS, WANTED, WANTED_BY, YIELD_VERBS)
from accord.events.subcode_words import word_code

# The word sets are data: each one's words and why are in accord/data/words/events_aims.tsv.
WORD_SETS = word_sets("events_aims")
HIDING_VERBS = WORD_SETS["HIDING_VERBS"]

# Generic code -> {aim: specific code}. Protest families share the last digit.
_DEMAND = {"leadership": "1041", "policy": "1042", "rights": "1043", "institutions": "1044",
           "release": "1053", "sanctions": "1054", "information": "101", "involvement": "1055", "mediation": "108",
           "deescalation": "1056", "intelligence": "1014", "judicial": "1013", "economic": "1011"}
_APPEAL = {"leadership": "0241", "policy": "0242", "rights": "0243", "institutions": "0244",
           "release": "0253", "sanctions": "0254", "talks": "026", "involvement": "0255", "mediation": "028",
           "deescalation": "0256", "intelligence": "0214", "judicial": "0213", "economic": "0211"}
_REJECT = {"leadership": "1231", "policy": "1232", "rights": "1233", "institutions": "1234",
           "release": "1243", "sanctions": "1244", "talks": "125", "military_aid": "1222", "aid": "122",
           "involvement": "1245", "mediation": "126", "peace": "127",
           "deescalation": "1246", "intelligence": "1214", "judicial": "1213", "economic": "1211"}
_DEMAND |= {"military_aid": "1032", "aid": "103", "reparations": "1031"}
_APPEAL |= {"military_aid": "0232", "aid": "023", "reparations": "0231"}
_REJECT |= {"reparations": "1221"}
# Ships to be protected by the state asked: military protection (the aid kinds find it by troops).
_DEMAND |= {"protection": "1034"}
_APPEAL |= {"protection": "0234"}
_REJECT |= {"protection": "1224"}
# Power to be handed on: a change in leadership (kept apart so an appeal to let observers watch an
# election, 0255, is not read as one).
_DEMAND |= {"handover": "1041"}
_APPEAL |= {"handover": "0241"}
_REJECT |= {"handover": "1231"}
_APPEAL |= {"support": "022", "reform": "024", "yield": "025", "cooperation": "021"}
_APPEAL |= {"administrative": "0251", "dissent": "0252", "settle": "027"}
_DEMAND |= {"administrative": "1051", "dissent": "1052"}
_REJECT |= {"administrative": "1241", "dissent": "1242"}
_DEMAND |= {"support": "102", "reform": "104", "yield": "105"}
# Talks asked for by the verb of the clause asked (kept apart from "talks" found anywhere in the phrase).
_DEMAND |= {"negotiate": "106"}
_APPEAL |= {"negotiate": "026"}
_REJECT |= {"negotiate": "125"}
_REJECT |= {"reform": "123", "yield": "124", "cooperation": "121"}


def _protest(root: str) -> dict[str, str]:
    return {"leadership": root + "1", "policy": root + "2", "rights": root + "3", "institutions": root + "4",
            "handover": root + "1"}


FAMILIES: dict[str, dict[str, str]] = {
    "100": _DEMAND, "104": _DEMAND, "105": _DEMAND,
    "020": _APPEAL, "024": _APPEAL, "025": _APPEAL,
    "120": _REJECT, "123": _REJECT,
    "141": _protest("141"), "142": _protest("142"), "143": _protest("143"), "144": _protest("144"),
    "145": _protest("145"),
    # an appeal or demand to withdraw, end or stop (the lexicon's 0256, 1056) that names measures
    # rather than forces: curbs on trade or sanctions eased (0254, 1054), other restrictions (0251, 1051)
    "0256": {"sanctions": "0254", "administrative": "0251"},
    "1056": {"sanctions": "1054", "administrative": "1051"},
    "0255": {"mediation": "028", "rights": "0243", "handover": "0241", "deescalation": "0256"},
    # a handover asked for (0213, the lexicon's "urged X to hand over"), by what is handed over: power
    # (a change in leadership) or land (yielding), not only suspects
    "0213": {"leadership": "0241", "handover": "0241", "yield": "025"},
    # appeals to return: to talks (026, the lexicon's), or persons and property (0253, 0213)
    "026": {"release": "0253", "judicial": "0213"},
    # yielding to demands, by what was demanded (codebook 083x accede to demands for reform, 085)
    "080": {"reform": "083", "leadership": "0831", "handover": "0831", "rights": "0833", "institutions": "0834", "sanctions": "085"},
    # demands acceded to ("acceded to demands for a new constitution"), by what was demanded (0831-0834)
    "083": {"leadership": "0831", "handover": "0831", "policy": "0832", "rights": "0833", "institutions": "0834",
            "sanctions": "085"},
    # reform promised, by its aim (codebook 0341-0344)
    "034": {"leadership": "0341", "handover": "0341", "policy": "0342", "rights": "0343", "institutions": "0344"},
}


PROTEST_CODES = {"141", "142", "143", "144", "145"}

REFUSING_VERBS = WORD_SETS["REFUSING_VERBS"]

ATTEMPT_VERBS = WORD_SETS["ATTEMPT_VERBS"]
ATTEMPT_NOUNS = WORD_SETS["ATTEMPT_NOUNS"]


def _steps_down(token: Token) -> bool:
    return token.lemma_.lower() == "step" and any(c.lemma_.lower() in {"down", "aside"} for c in token.children)


COSTS = WORD_SETS["COSTS"]


POWER_HANDOVER = WORD_SETS["POWER_HANDOVER"]
POWER_HANDED = WORD_SETS["POWER_HANDED"]


def _power_handed_on(verb: Token) -> bool:
    """The verb's object is a transfer, handover or transition "of power" (or "power transfer")."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in POWER_HANDOVER:
            of_what = {o.lemma_.lower() for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"}
            mods = {m.lemma_.lower() for m in c.children if m.dep_ == "compound"}
            if "power" in of_what | mods:
                return True
    return False


RESTORING = WORD_SETS["RESTORING"]
CONVENING = WORD_SETS["CONVENING"]
KEPT_FROM_SITTING = WORD_SETS["KEPT_FROM_SITTING"]
LEGISLATURES = WORD_SETS["LEGISLATURES"]


RULERS = WORD_SETS["RULERS"]


def _removes_someone(noun: Token) -> bool:
    """"the removal of President Mubarak", "the removal of the government": a change in leadership
    (codebook 1451 "calling for the immediate removal of President Hosni Mubarak from office")."""
    if noun.lower_ != "removal":
        return False
    removed = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
               if o.dep_ == "pobj"]
    return not removed or any(o.ent_type_ == "PERSON" or o.lemma_.lower() in RULERS for o in removed)


LEFT_POSTS = WORD_SETS["LEFT_POSTS"]
COUNTRY_RULERS = WORD_SETS["COUNTRY_RULERS"]
RULER_DEPARTURES = WORD_SETS["RULER_DEPARTURES"]
ASSASSINATION_WORDS = WORD_SETS["ASSASSINATION_WORDS"]
EXPLOSIVE_DEVICES = WORD_SETS["EXPLOSIVE_DEVICES"]


def _leader_leaves(verb: Token) -> bool:
    """"that Saddam Hussein leave the country", "urged the junta to leave office": the ruler's
    departure is a change in leadership (codebook 0241, 1041, 1231); troops or diplomats told to
    leave a country are not (no person named or ruler as subject), nor a journalist or minister."""
    if verb.lemma_.lower() != "leave" or not any(c.dep_ == "dobj" and c.lemma_.lower() in LEFT_POSTS
                                                  for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":  # "urged the junta to leave office": who is urged
        subject = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if subject is None:
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() == "country" for c in verb.children):
        # Leaving the country is a ruler's fall only for a ruler: not "journalist John Smith" or
        # "the Estonian minister" told to leave (an expulsion, asked or ordered).
        titles = [t for t in subject.subtree if t.i < subject.i and t.pos_ == "NOUN"] + [subject]
        words = {t.lemma_.lower() for t in titles}
        if words & COUNTRY_RULERS:
            return True
        return subject.ent_type_ == "PERSON" and not any(t.pos_ == "NOUN" for t in titles[:-1])
    return subject.ent_type_ == "PERSON" or subject.lemma_.lower() in RULERS


INSTITUTION_CHANGES = WORD_SETS["INSTITUTION_CHANGES"]


def _changes_institution(noun: Token) -> bool:
    """"changes to its Supreme Court", "the overhaul of the judiciary": a change made to a court,
    legislature or constitution, which undoing is a change of institutions, not of a policy."""
    return noun.lemma_.lower() in INSTITUTION_CHANGES and any(
        o.lemma_.lower() in LEGISLATURES for c in noun.children if c.dep_ == "prep" and c.lower_ in {"to", "of"}
        for o in c.children if o.dep_ == "pobj")


def _replaces_leader(verb: Token) -> bool:
    """"to replace Slobodan Milosevic with a leader committed to democracy": a change in leadership
    (codebook 0241, 1041); replacing a constitution or a law is not."""
    if verb.lemma_.lower() != "replace":
        return False
    return any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in RULERS) for c in verb.children)


def _handed(verb: Token) -> str | None:
    """"return the wreckage", "hand over the militants", "give back the islands": what is handed
    over says which aim it is; None for other verbs or with nothing handed over."""
    lemma = verb.lemma_.lower()
    # (a bare "over" the parser reads as a preposition with no object is the particle: "demanded
    # that Ethiopia hand over the town of ...")
    particles = {c.lower_ for c in verb.children
                 if c.dep_ == "prt" or c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children)}
    # (with no object, "over" read as a preposition whose object is what is handed:
    # "demanded that the Taliban government hand over the militants it blames")
    over = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("over", "back")] \
        if not any(c.dep_ == "dobj" for c in verb.children) else []
    particles |= {c.lower_ for c in over}
    if lemma not in HANDING or lemma != "return" and not particles & {"over", "back"}:
        return None
    # ("hand over X": X may hang under "over")
    # (what is handed, not where it was taken: "return thousands of children taken to Russian territory")
    things = [t for c in verb.children if c.dep_ in {"dobj", "prt"} for t in bare(c)]
    things += [t for c in over for g in c.children if g.dep_ == "pobj" for t in bare(g)]
    words = {t.lemma_.lower() for t in things} | {t.lower_ for t in things}
    if not words - {"over", "back"}:
        return None
    if words & WANTED or _described_as_wanted(verb) or _arrested_first(verb):
        return "judicial"
    if words & POWER_HANDED:
        return "handover"  # "hand over power to a civilian government" (0241, 1041, 1231): a change in leadership
    if any(_intelligence_itself(t) for t in things):
        return "intelligence"  # "hand over intelligence on the militants" (0214, 1014), no release
    if words & (INFORMATION | {"account", "data", "records", "documents"}):
        return "information"  # "hand over evidence", "a full account of its programme"
    # (ground handed over may be named: "hand over Greenland", "give back the Golan Heights")
    named_ground = any(t.ent_type_ in ("GPE", "LOC") or _named_settlement(t) for t in things if t.dep_ != "prt")
    return "yield" if words & HELD_LAND or named_ground else "release"


def _named_settlement(token: Token) -> bool:
    """"the contested town of Badme", "the border village of Ghajar": a town, city or village
    named by its "of" phrase is ground handed over ("the occupied villages", named by nothing,
    are left to the other words)."""
    return token.lemma_.lower() in SETTLEMENTS and any(
        g.ent_type_ in ("GPE", "LOC", "FAC") or g.pos_ == "PROPN"
        for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")


def _intelligence_itself(token: Token) -> bool:
    """"intelligence on militant cells": intelligence as the thing asked for or given, not a word
    it modifies ("intelligence services", "an intelligence chief", "intelligence failures")."""
    return token.lemma_.lower() in INTELLIGENCE and token.dep_ not in {"compound", "amod", "nmod", "poss"}


def _protectors_asked_for(token: Token) -> bool:
    """Troops or peacekeepers asked "for" to protect someone: the noun after "for" ("a request for
    troops to protect ..."), or the subject of the infinitive it opens ("for troops to protect")."""
    if token.lemma_.lower() not in PROTECTORS:
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "for":
        return True
    verb = token.head
    return token.dep_ == "nsubj" and verb.lemma_.lower() in PROTECTING \
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in verb.children)


def _kept_from_sitting(token: Token) -> bool:
    """A legislature elected, dissolved or suspended, by a word on it ("the elected assembly",
    "the parliament elected in 1990", "the dissolved parliament")."""
    return token.lemma_.lower() in LEGISLATURES and any(
        c.dep_ in ("amod", "acl") and c.lemma_.lower() in KEPT_FROM_SITTING for c in token.children)


def _ruler_departs(token: Token) -> bool:
    """"the departure of President Joseph Kabila", "the exit of the prime minister": a ruler's
    going is a change in leadership (codebook 1041, 1411, 1441), not foreign troops' departure."""
    if token.lemma_.lower() not in RULER_DEPARTURES:
        return False
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for ruler in prep.children:
                if ruler.dep_ == "pobj" and (ruler.lemma_.lower() in COUNTRY_RULERS
                                             or ruler.ent_type_ == "PERSON" or _leader_protested_words(ruler)):
                    return True
    return False


def _leader_protested_words(token: Token) -> bool:
    """Whether the noun is a leader's title ("the prime minister", "President Suharto")."""
    words = {token.lower_} | {w.lower_ for c in token.children if c.dep_ in ("compound", "amod")
                              for w in (c, *c.children) if w.dep_ in ("compound", "amod") or w is c}
    title = token.lemma_.lower() in PROTESTED_LEADERS or {"prime", "minister"} <= words
    return title or (token.pos_ == "PROPN" and bool(words & PROTESTED_LEADERS))


def _leader_protested(token: Token) -> bool:
    """"against President Suharto", "against the president": a protest against the leader in
    person, not against what the leader did ("against the president's decision")."""
    if token.dep_ != "pobj" or token.head.lower_ != "against":
        return False
    # (The title's words, wherever the parser hangs "Prime": "Prime Minister Thaksin", "the prime
    # minister"; a minister without "prime" heads no government.)
    words = {token.lower_} | {w.lower_ for c in token.children if c.dep_ in ("compound", "amod")
                              for w in (c, *c.children) if w.dep_ in ("compound", "amod") or w is c}
    title = token.lemma_.lower() in PROTESTED_LEADERS or {"prime", "minister"} <= words
    return title or (token.pos_ == "PROPN" and bool(words & PROTESTED_LEADERS))


def _described_as_wanted(verb: Token) -> bool:
    """Whether the persons handed over are "wanted", "accused", "charged" ...: a participle on the
    object ("hand over the officers accused of taking part in the coup")."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    if any(c.dep_ == "acl" and c.lemma_.lower() in WANTED_BY for o in objects for c in o.children):
        return True
    # ("hand over rebel leaders it said were hiding in Venezuelan territory": persons sheltered
    # abroad and asked for are wanted; the clause on them may be a report of it.)
    # (Persons in hiding, in the progressive: "the weapons it had hidden" are no one wanted.)
    return any(t.lemma_.lower() in HIDING_VERBS and t.pos_ == "VERB" and t.tag_ == "VBG"
               for o in objects for c in o.children if c.dep_ in ("acl", "relcl") for t in c.subtree)


def _system_of_government(token: Token) -> bool:
    """"system of government", "political system": the regime itself, an institution to change."""
    if token.lemma_.lower() != "system":
        return False
    return any(c.dep_ == "amod" and c.lower_ in ("political", "governing") for c in token.children) or any(
        g.lemma_.lower() in ("government", "governance", "rule") for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")


# What prisoners are owed, by the word before it: "family visits", "solitary confinement" (to end).
PRISONERS_RIGHTS = {"visit": {"family", "conjugal"}, "confinement": {"solitary"}}


def _prisoners_right(token: Token) -> bool:
    kinds = PRISONERS_RIGHTS.get(token.lemma_.lower())
    return bool(kinds) and any(c.dep_ in ("compound", "amod") and c.lower_ in kinds for c in token.children)


ARRESTING_VERBS = WORD_SETS["ARRESTING_VERBS"]
SETTLEMENTS = WORD_SETS["SETTLEMENTS"]


def _arrested_first(verb: Token) -> bool:
    """"arrest and hand over ELN commanders": persons to be arrested and handed over are wanted."""
    partners = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    # (the two verbs share the object: not "arrest the commanders and hand over the weapons")
    return any(p.lemma_.lower() in ARRESTING_VERBS and not any(c.dep_ == "dobj" for c in p.children)
               for p in partners)


RETURN_NOUNS = WORD_SETS["RETURN_NOUNS"]


def _returned(tokens: list[Token]) -> str | None:
    """"the return of abductees", "the handover of the suspects": what a noun of giving back is
    "of" says which aim it is, as for the verbs (`_handed`)."""
    for t in tokens:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in RETURN_NOUNS:
            continue
        things = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj" for g in bare(o)]
        words = word_set(things)
        if not words:
            continue
        if words & WANTED:
            return "judicial"
        return "yield" if words & HELD_LAND else "release"
    return None


FREEDOM_KINDS = WORD_SETS["FREEDOM_KINDS"]
PUBLISHED_TEXTS = WORD_SETS["PUBLISHED_TEXTS"]
FORCES_PULLED = WORD_SETS["FORCES_PULLED"]


def _pulls_forces_back(token: Token) -> bool:
    """ "pull its fighters back / out": forces stood down, whatever else names them (fighters are no jets)."""
    return token.lemma_.lower() == "pull" and any(c.lower_ in {"back", "out"} for c in token.children) \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in FORCES_PULLED for c in token.children)


PROTESTERS = WORD_SETS["PROTESTERS"]
DISPERSING = WORD_SETS["DISPERSING"]
GOING_VERBS = WORD_SETS["GOING_VERBS"]


def _protesters_disperse(trigger: Token, clause: Token) -> bool:
    """The clause asks protesters to go ("demanded that the protesters clear their camps", "urged
    the demonstrators to go home"): dissent to be ended (0252, 1052, 1242), whoever asks. Only the
    protesters themselves: "urged the police to clear the camps" asks for no easing of dissent."""
    head = clause.lemma_.lower()
    if head not in DISPERSING or head in GOING_VERBS and not any(c.lower_ == "home" for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects and clause.dep_ == "xcomp":
        subjects = [c for c in trigger.children if c.dep_ == "dobj"]
    return any(s.lemma_.lower() in PROTESTERS or s.lower_ in PROTESTERS for s in subjects)


def _calls_off(token: Token) -> bool:
    """ "call off" ("urged the opposition leader to call off the planned protests"): a halt, as
    "stop" or "cancel" is."""
    return token.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children)


def _text_published(token: Token) -> bool:
    """ "released" as a participle on a text ("in a letter released on Monday"): nothing set free."""
    return token.dep_ == "acl" and token.head.lemma_.lower() in PUBLISHED_TEXTS


def _freedom_of_kind(token: Token) -> bool:
    if token.lower_ not in {"freedom", "freedoms"}:
        return False
    kinds = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound"}}
    kinds |= {g.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"}
    return bool(kinds & FREEDOM_KINDS)


def aim_of(token: Token, protest: bool = False) -> str | None:
    """The aim of the trigger's request, protest or rejection, or None."""
    tokens = phrase_tokens(token, protest=protest)
    if protest:
        tokens = tokens + asking_participles(token) + purpose_of_support_verb(token) + protest_object_phrase(token) \
            + protest_occasion(token) + purpose_of_participles(token)
    lemmas = [t.lemma_.lower() for t in tokens]
    words = set(lemmas) | hyphen_joined(tokens)
    # (independence as an aim, not a name: "Independence Square", "the Autonomy Party")
    words = words - SELF_RULE | {t.lower_ for t in tokens if t.lower_ in SELF_RULE and t.text.islower()
                                 and t.dep_ != "compound"}
    if any(_freedom_of_kind(t) for t in tokens):
        words = words - {"freedom"} | {"freedoms"}  # "press freedom" is a right, not freedom for prisoners
    frees = [t for t in tokens if t.lemma_.lower() == "free"]
    if frees and all(t.dep_ == "amod" and t.head.pos_ in ("NOUN", "PROPN") for t in frees):
        words.discard("free")  # "free trade", "free elections": no one is set free (0253, 1053, 1243)
    releases = [t for t in tokens if t.lemma_.lower() == "release"]
    if releases and all(_text_published(t) for t in releases):
        words.discard("release")  # "urged X to change its policy, in a letter released on Monday"
    if any(_system_of_government(t) for t in tokens):
        words = words | {"system-of-government"}  # "an overhaul of the Taliban's system of government" (0244, 1044)
    if any(_prisoners_right(t) for t in tokens):
        words = words | {"rights"}  # "to demand family visits and an end to solitary confinement" (0243, 1043, 1423)
    if "removal" in words and not any(_removes_someone(t) for t in tokens):
        words.discard("removal")  # "the removal of fuel subsidies" is no change in leadership
    if not protest and words & ELECTIONS:
        dated = _dated_by(tokens)
        if all(t.i in dated for t in tokens if t.lower_ in ELECTIONS):
            words -= ELECTIONS  # "press ahead with reform before next year's elections": a date, not the aim
    if words & PROTECTING:
        # civilians to be protected or shielded are no civilian rule ("deploy observers to shield civilians")
        words -= {"civilian", "civilians"}
    if words & SANCTION_WORDS and words & EASING:
        return "sanctions"
    # The head of a that-clause or infinitive decides first ("halt the release of water" is policy).
    for t in tokens:
        # (or of a request the trigger turns down: "rejected Beijing's demand that it drop …")
        if t.dep_ in {"ccomp", "xcomp"} and t.head.i == token.i or t.dep_ in {"acl", "ccomp", "xcomp"} \
                and t.head.lemma_.lower() in REQUEST_NOUNS and t.head.head.i == token.i \
                or request_content(token, t):
            head = t.lemma_.lower()
            if head in RESTORING and word_set(c for c in t.children if c.dep_ == "dobj") & LEGISLATURES:
                return "institutions"  # "to restore parliament", "reinstate the constitutional court" (0244, 1044)
            if head in CONVENING and any(_kept_from_sitting(c) for c in t.children if c.dep_ == "dobj"):
                return "institutions"  # "to convene the parliament elected in 1990" (1234)
            if head in LEADERSHIP or _steps_down(t) or _replaces_leader(t) or _leader_leaves(t):
                return "leadership"
            if word_set(c for c in t.children if c.dep_ == "dobj") & TRUCES:
                return "deescalation"  # "to observe a humanitarian truce so that aid could reach civilians"
            if head in RELEASE:
                return "release"
            if head in INFORMATION:
                return "information"
            if head in INVOLVEMENT | {"agree", "accept"} and any(_halts_fighting(c) for c in _allowed(t)):
                # "allow a pause in the fighting", "agree to a halt to the shelling" (not what the
                # outsiders let in are to do: "let an international force in to halt the violence")
                return "deescalation"
            if head in INVOLVEMENT and _power_handed_on(t):
                return "handover"  # "allow a peaceful transfer of power" (0241, 1041, 1231), not outsiders let in
            if head in INVOLVEMENT and word_set(t.subtree) & EMIGRATING:
                return "rights"  # "to let thousands of Soviet Jews emigrate": a right of its own people (0243, 1043)
            if head in INVOLVEMENT:
                # (letting one's own girls or students go back to school is a right, not outsiders' access)
                allowed = word_set(t.subtree)
                return "rights" if allowed & OWN_PEOPLE and not allowed & (OUTSIDERS | FOREIGN) else "involvement"
            if head in EASING and word_set(t.subtree) & ADMINISTRATIVE and not words & EASED_TRADE:
                return "administrative"  # "lift restrictions on independent journalists" (0251, 1051, 1241)
            withdrawn = word_set(c for c in t.children if c.dep_ == "dobj")
            if head in LAW_CHANGING and withdrawn & (SANCTION_WORDS | ADMINISTRATIVE | EASED_TRADE):
                # "withdraw its export curbs", "withdraw the sanctions", "withdraw its tariffs": measures
                # taken back, not troops pulled out; sanctions, tariffs and curbs on trade are economic
                # sanctions eased (0254, 1054, 1244), other curbs administrative ones (0251, 1051, 1241)
                economic = withdrawn & (SANCTION_WORDS | EASED_TRADE) or words & EASED_TRADE
                return "sanctions" if economic else "administrative"
            if head in POLICY | LAW_CHANGING and any(_changes_institution(c) for c in t.children if c.dep_ == "dobj"):
                return "institutions"  # "reverse changes to its Supreme Court" (0244, 1044, 1234)
            if head in LAW_CHANGING and word_set(c for c in t.children if c.dep_ == "dobj") & POLICY_TARGETS:
                return "policy"  # "withdraw its law on foreign funding", "amend its media law" (0242, 1042, 1232)
            if head in DEESCALATION or (head == "lay" and any(c.lower_ == "down" for c in t.children)) \
                    or _pulls_forces_back(t):
                return "deescalation"
            if head == "share" and word_set(c for c in t.children if c.dep_ == "dobj") & COSTS:
                return "reparations"  # "share the financial burden of hosting migrants": economic aid (0231, 1031, 1221)
            if head == "share":
                return "intelligence"  # "share intelligence / radar data" (0214, 1014)
            if word_set(c for c in t.children if c.dep_ == "dobj") & REPARATIONS:
                return "reparations"  # "demanded that Iraq pay war reparations" (1031), not a return (084)
            if head in PROTECTING and word_set(c for c in t.children if c.dep_ == "dobj") & SHIPPING:
                return "protection"  # "asked Washington to protect its oil tankers" (0234, 1034, 1224)
            if head in DEPLOYING and not any(c.dep_ == "neg" for c in t.children) \
                    and any(c.dep_ == "dobj" and c.lemma_.lower() in PROTECTORS for c in t.children):
                return "aid"  # "deploy more peacekeepers to protect civilians": protection (0234, 1034), split by kind
            if head in TALK_OPENERS and any(c.dep_ == "dobj" and c.lemma_.lower() in TALKS for c in t.children):
                return "negotiate"  # "resume talks on the repatriation of refugees" (026): the talks, not their subject
            if t.pos_ == "VERB" and (head in NEGOTIATING or any(c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"
                                                                 and c.lemma_.lower() in NEGOTIATING for c in t.children)):
                # "demanded that Chile negotiate sovereign access", "sit down to negotiate": the clause's
                # own verb asks for talks (codebook 106, demand meeting, negotiation; convention 27)
                return "negotiate"
            if head in SETTLING or head in SEEKING and word_set(c for c in t.children if c.dep_ == "dobj") & SETTLEMENTS:
                return "settle"  # "settle their differences", "seek a peaceful settlement of the dispute" (027)
            if head in POLICY | EASING and word_set(c for c in t.children if c.dep_ == "dobj") & TRADE_BARRIERS:
                return "economic"  # "must drop barriers to U.S. exports" (codebook 1011)
            if _grants_rights(t):
                return "rights"  # "recognise the property rights of ...", "restore their right to ..." (0243, 1043, 1233)
            if head in POLICY and any(c.dep_ in {"xcomp", "dobj"} and c.pos_ == "VERB"
                                      and c.lemma_.lower() in FIGHTING_VERBS for c in t.children):
                return "deescalation"  # "stop bombing civilian areas" (0256, 1056, 1246)
            blockade_kind = _blockade_field(t)
            if head in POLICY | EASING and blockade_kind is not None:
                return blockade_kind  # "end its economic blockade" is sanctions, "ease the naval blockade" fighting
            if (head in POLICY or _calls_off(t)) and word_set(t.subtree) & DISSENT \
                    and not word_set(t.subtree) & ARMED_STRIKE or _protesters_disperse(token, t):
                return "dissent"
            if head in POLICY and word_set(t.subtree) & ARMED_STRIKE and word_set(t.subtree) & {"strike", "strikes"}:
                return "deescalation"  # "halt air strikes on its villages" is fighting, not a labour strike  # "end their blockades of university faculties" (0252, 1052, 1242)
            if head in POLICY and _names_fighting(c for c in t.children if c.dep_ == "dobj"):
                return "deescalation"  # "to halt hostilities", "to stop the shelling of Gaza" (0256, 1056, 1246)
            if head in POLICY:
                return "policy"
            if head in SUPPORT:
                return "support"
            if head in YIELD_VERBS or head == "give" and any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children):
                return "yield"
            # ("arrest and hand over ELN commanders": the handing over conjoined with the arrest)
            handed = _handed(t) or (next((h for c in t.children if c.dep_ == "conj" and (h := _handed(c)) is not None),
                                         None) if head in ARRESTING_VERBS else None)
            if handed is not None:
                return handed
    if words & OUTSIDERS and words & (INVOLVEMENT | {"send", "deploy", "grant"}):
        return "involvement"
    if words & MEDIATION:
        return "mediation"
    if words & APOLOGY:
        return None  # "demanded an apology for the collision with a fighter jet": no aim CAMEO splits
    if protest and any(_leader_protested(t) for t in tokens):
        return "leadership"  # "as protests against President Suharto turned violent" (1451)
    if protest and "recognition" in words:
        # a movement, a language or a faith to be recognised (1413); asked of states, it is diplomatic
        return "rights"
    if any(_steps_down(t) or _replaces_leader(t) for t in tokens):
        return "leadership"
    if any(_ruler_departs(t) for t in tokens):
        return "leadership"  # "to demand the departure of President Joseph Kabila"
    if any(_handed(t) == "handover" for t in tokens):
        return "handover"  # "called on X on Friday to hand over power": the infinitive hung as a clause
    returned = _returned(tokens)
    if returned is not None:
        return returned
    if any(t.lemma_.lower() == "relief" and any(g.lemma_.lower() in POLICY_TARGETS | EASED_TRADE
                                                for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
                                                for g in c.subtree if g.dep_ in ("pobj", "conj")) for t in tokens):
        return "policy"  # "relief from environmental rules and cheap imports": rules eased, not relief goods
    if words & POLICY and words & ARMED_STRIKE and words & {"strike", "strikes"}:
        return "deescalation"  # "pleaded with Israel to stop drone strikes" (the clause hung as a purpose clause)
    if not protest and any(_halts_fighting(t) for t in tokens):
        return "deescalation"  # "to use its influence ... to halt the fighting", "a pause in the fighting"
    if words & PROTECTING and any(_protectors_asked_for(t) for t in tokens):
        return "aid"  # "a request for troops to protect its capital": protection (0234, 1034, 1224), split by kind
    if any(_intelligence_itself(t) for t in tokens) and not words & (RELEASE | OUTSIDERS):
        return "intelligence"  # "appealed to Algeria for intelligence on jihadist convoys" (0214, 1014)
    if any(_legalises_association(t) for t in tokens):
        return "rights"  # "demanding the legalisation of the banned Solidarity union": freedom of association
    if not protest and not words & RELEASE and any(
            t.lemma_.lower() in CEASEFIRE and t.dep_ == "pobj" and t.head.lower_ == "for"
            and t.head.head.lemma_.lower() in REQUEST_NOUNS for t in tokens):
        # "rejected U.N. calls for a humanitarian ceasefire, with its ambassador telling
        # the Assembly that a truce would only allow Hamas to regroup": a call for a truce asks for
        # de-escalation (0256, 1056, 1246), whatever words a clause beside it uses.
        return "deescalation"
    for aim, vocabulary in AIMS_IN_ORDER:
        # (a protest is split only by the four aims of 141x-145x: "against the plan to allow
        # lithium mining" is about policy, not about letting someone in)
        if aim == "military_aid" and words & RELIEF_GOODS:
            continue  # helicopters to fly in tents and medicine are relief (0233 by the table's words)
        if words & vocabulary and not (protest and aim not in PROTEST_AIMS):
            return aim
    if protest and any(t.dep_ == "pobj" and t.head.lemma_.lower() in {"against", "at", "over", "for"}
                       and (t.lemma_.lower() in POLICY_TARGETS or t.lower_ in POLICY_TARGETS) for t in tokens):
        return "policy"
    if protest and any(t.dep_ == "pobj" and t.head.lemma_.lower() in {"against", "over"}
                       and t.lemma_.lower() in PROTESTED_RELEASES for t in tokens):
        return "policy"  # "rallied against Japan's discharge of water from a nuclear plant"
    if protest and any((t.dep_ == "pobj" and t.head.lemma_.lower() in {"against", "over"}
                        or t.dep_ == "dobj" and t.head.lemma_.lower() in {"denounce", "condemn", "protest", "oppose"})
                       and t.lemma_.lower() in MILITARY_CAMPAIGNS
                       and any(c.dep_ in {"prep", "poss", "compound", "amod", "nmod"} for c in t.children)
                       for t in tokens):
        return "policy"  # "demonstrated against the NATO bombing of Yugoslavia": a military policy (1412)
    if protest and any(c.dep_ == "advcl" and c.lemma_.lower() in {"denounce", "condemn", "protest", "oppose"}
                       and any(o.dep_ == "dobj" and o.lemma_.lower() in MILITARY_CAMPAIGNS
                               and any(g.dep_ in {"prep", "poss", "compound", "amod", "nmod"} for g in o.children)
                               for o in c.children)
                       for c in token.children):
        return "policy"  # "rallied outside the embassy to denounce the war in Gaza" (1412)
    if protest and any(t.lemma_.lower() in LAWMAKING_VERBS and t.pos_ == "VERB" and t.dep_ == "advcl"
                       and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in POLICY_TARGETS
                               or c.dep_ == "prep" and c.lower_ in ("through", "on")  # "voted through a bill"
                               and any(g.dep_ == "pobj" and g.lemma_.lower() in POLICY_TARGETS for g in c.children)
                               for c in t.children)
                       for t in tokens):
        return "policy"  # "stormed parliament as lawmakers passed a finance bill"
    if protest and any(t.lemma_.lower() in ASKING_VERBS and t.pos_ == "VERB"
                       and any(c.dep_ == "dobj" and word_set(without_of_clauses(c)) & POLICY_TARGETS
                               for c in t.children) for t in tokens) and not words & PAY:
        return "policy"  # "blockaded roads to demand better prices" (not a pay claim: "demanding higher wages")
    if protest and any(t.lemma_.lower() in POLICY | LAW_CHANGING and t.pos_ == "VERB"
                       and any(c.dep_ == "dobj" and word_set(without_of_clauses(c)) & POLICY_TARGETS
                               for c in t.children) for t in tokens):
        return "policy"  # "a strike aimed at forcing the government to withdraw the pension reform"
    if protest and any(t.lemma_.lower() in ASKING_VERBS and t.pos_ == "VERB"
                       and any(c.dep_ == "ccomp" for c in t.children) for t in tokens):
        # a protest demanding that someone act, naming no leader, right or institution, asks for
        # a change of policy (codebook 1412: "demonstrate or rally for policy change")
        return "policy"
    return None


def _legalises_association(token: Token) -> bool:
    """"the legalisation of the banned union", "to legalise opposition parties": a union, party or
    movement to be made lawful (a right, codebook 0243, 1043, 14x3), not a drug or a practice."""
    if token.lemma_.lower() not in LEGALISING:
        return False
    named = [c for c in token.children if c.dep_ == "dobj"]
    named += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(n.lemma_.lower() in ASSOCIATIONS for n in named)


def _dated_by(tokens: list[Token]) -> set[int]:
    """The token indices inside a phrase of time ("before next year's elections", "ahead of the vote")."""
    return {t.i for p in tokens if p.dep_ == "prep" and (p.lower_ in TIME_PREPS or p.head.lower_ in TIME_PREPS)
            for t in p.subtree}


def _allowed(verb: Token) -> list[Token]:
    """What a verb of allowing or agreeing takes: its object or the object of its preposition."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def _halts_fighting(token: Token) -> bool:
    """A verb of stopping whose object is fighting, anywhere in what is asked ("urged Moscow to use
    its influence to halt the fighting"), or a noun of a stop to it ("a pause in the fighting", "an
    end to the gunfire"): de-escalation (codebook 0256, 1056), not a change of policy."""
    if token.pos_ == "VERB" and token.lemma_.lower() in POLICY:
        objects = [c for c in token.children if c.dep_ == "dobj"]
    elif token.pos_ == "NOUN" and token.lemma_.lower() in HALTS:
        objects = [o for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "to", "of"}
                   for o in c.children if o.dep_ == "pobj"]
    else:
        return False
    return _names_fighting(objects)


def _names_fighting(objects) -> bool:
    """Whether one of the objects (without its of-clauses) names fighting ("the shelling of Gaza")."""
    return any(word_set(without_of_clauses(o)) & FIGHTING for o in objects)


def _grants_rights(verb: Token) -> bool:
    """A verb asked for whose object is a right ("recognise the property rights", "restore their
    right to be educated"), also in a verb joined to it ("stop X and restore their right ...")."""
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(c.dep_ == "dobj" and c.lemma_.lower() in RIGHTS for v in verbs for c in v.children)


def _blockade_field(verb: Token) -> str | None:
    """"sanctions" or "deescalation" for a blockade or siege the verb ends, by its modifier, else None."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in {"blockade", "siege"}:
            mods = {m.lower_ for m in c.children if m.dep_ in {"amod", "compound"}}
            if mods & ECONOMIC_BLOCKADE:
                return "sanctions"
            if mods & MILITARY_BLOCKADE or c.lemma_.lower() == "siege":
                return "deescalation"
    return None


def refine(code: str, token: Token) -> str | None:
    """The specific sub-code for a generic code of these families, or None."""
    if code in FIGHTING_CODES and breaks_truce(token):
        return "196"
    if code in ("090", "091") and war_crimes_court_inquiry(token):
        return "094"
    if code == "091" and military_inquiry(token):
        return "093"
    if code == "091" and kind_of(token, INVESTIGATIONS) is None and killed_by_police(token):
        return "092"  # "investigate deaths caused by police during the protests"
    if code == "091" and kind_of(token, INVESTIGATIONS) in ("human_rights", "war_crimes"):
        # "prosecutors opened an investigation into the torture of detainees": what is looked into
        # decides, not who looks (codebook 092 "rape, torture ..."; 094 war crimes)
        return "092" if kind_of(token, INVESTIGATIONS) == "human_rights" else "094"
    found = _refine(code, token)
    if found is not None and found != code and found in KINDS:
        # (an appeal for "aid" is split again by the aid's kind: "to send food aid" is 0233)
        found = _refine(found, token) or found
    if _crime_inquiry(found or code, token):
        return found
    if found is not None:  # (and further by the table: an appeal for joint military training is 0212)
        return word_code(found, token) or found
    if _asks_apology(token):
        return None  # "demanded an apology from Washington for a NATO air strike": no air strikes asked
    return word_code(code, token)


def _crime_inquiry(code: str, token: Token) -> bool:
    """An investigation of crime by the kinds' reading ("an antitrust investigation over suspected
    abuse of its dominant position": a crime of office or of trade, as `kind_of` reads "abuse of
    power / position"): no rights abuse for the table's words to split 091 to 092."""
    return code == "091" and kind_of(token, INVESTIGATIONS) == "crime"


def _asks_apology(token: Token) -> bool:
    """What the trigger asks is an apology ("demanded an apology for ...", "urged Tokyo to
    apologise for ..."): its "for" phrase is what the apology is for, no thing asked."""
    return any(c.dep_ in {"dobj", "xcomp", "ccomp"} and c.lemma_.lower() in APOLOGY for c in token.children)


VENUE_WORDS = WORD_SETS["VENUE_WORDS"]
VENUE_PREPS = WORD_SETS["VENUE_PREPS"]


def _meets_nowhere(token: Token) -> bool:
    """A meeting its clause puts at no place: the codebook's 040 example ("the place of the
    meeting is not explicit in the lead, hence we cannot code it as a visit made or hosted")."""
    if token.lemma_.lower() != "meet" or token.pos_ != "VERB":
        return False
    for prep in token.subtree:  # (also inside another phrase: "met for talks in Brussels")
        if prep.dep_ == "prep" and prep.lower_ in VENUE_PREPS and prep.head.dep_ not in {"nsubj", "nsubjpass"}:
            for t in prep.subtree:
                if t.ent_type_ in {"GPE", "LOC", "FAC"} or t.lemma_.lower() in VENUE_WORDS:
                    return False
    return True


COOPERATING = WORD_SETS["COOPERATING"]
SUPPORTING = SUPPORT | {"backing", "solidarity", "recognition", "bid", "position", "stance", "plan", "candidacy"}


# Aid asked for, promised or refused whose verb is "give up": yielding (025, 035, 105, 124), or,
# when arms are given up, de-escalation (0256, 0356, 1056, 1246) -- not aid ("urged the rebels to
# give up their arms" is no appeal for military aid).
class GivingUp(NamedTuple):
    yielding: str  # something given up (025, 035, 105, 124)
    arms: str  # arms given up: de-escalation (0256, 0356, 1056, 1246)


GIVING_UP = {"023": GivingUp(yielding="025", arms="0256"), "033": GivingUp(yielding="035", arms="0356"),
             "103": GivingUp(yielding="105", arms="1056"), "122": GivingUp(yielding="124", arms="1246")}
ARMS = WORD_SETS["ARMS"]


def _given_up(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() == "give"
                 and any(p.dep_ == "prt" and p.lower_ == "up" for p in c.children)), None)


# Aid asked for, promised or refused whose verb is a bare "give" of something no aid: access is
# international involvement (0255, 0355, 1055, 1245: "urged Russia to give inspectors access"), time,
# guarantees or answers leave the generic code ("urged Israel to give more time for talks").
GIVEN_ACCESS = {"023": "0255", "033": "0355", "103": "1055", "122": "1245"}
GIVEN_NOT_AID = {"023": "020", "033": "030", "103": "100", "122": "120"}
ACCESS = WORD_SETS["ACCESS"]
NOT_AID = WORD_SETS["NOT_AID"]


def _given(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() == "give"
                 and not any(p.dep_ == "prt" for p in c.children)), None)


def _given_no_aid(code: str, token: Token) -> str | None:
    given = _given(token) if code in GIVEN_ACCESS else None
    objects = {c.lemma_.lower() for c in given.children if c.dep_ == "dobj"} if given is not None else set()
    if objects & ACCESS:
        return GIVEN_ACCESS[code]
    return GIVEN_NOT_AID[code] if objects and objects <= NOT_AID else None


def _attempt_on_life(token: Token) -> bool:
    """The sentence calls the act "an attempt on his life" ("shot the prime minister ..., an attack
    the minister described as an attempt on his life"): the victim survived, so 185, not 186."""
    return any(t.lemma_.lower() == "attempt" and any(c.lower_ == "on" and any(g.lemma_.lower() == "life"
                                                                               for g in c.children)
                                                     for c in t.children)
               for t in token.sent)


def _set_off_by_device(token: Token) -> bool:
    """The act's subject is a planted explosive device ("an improvised explosive device hit",
    "a landmine struck"): a bombing (183, split by 1832-1833), not conventional force (190)."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None) if token.pos_ == "VERB" else None
    return subject is not None and (subject.lemma_.lower() in EXPLOSIVE_DEVICES or subject.lower_ in EXPLOSIVE_DEVICES)


def _assassination_attempt(token: Token) -> bool:
    """The act is called an assassination attempt in its own phrase ("wounded the prime minister
    in an assassination attempt") or an attempt on someone's life: the victim lived (185)."""
    return _attempt_on_life(token) or any(
        t.lemma_.lower() == "attempt" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ASSASSINATION_WORDS
                                              for c in t.children)
        for t in phrase_tokens(token))


def _refine(code: str, token: Token) -> str | None:
    given_up = _given_up(token) if code in GIVING_UP else None
    if given_up is not None:
        things = word_set(t for c in given_up.children if c.dep_ == "dobj" for t in c.subtree)
        return GIVING_UP[code].arms if things & ARMS else GIVING_UP[code].yielding
    not_aid = _given_no_aid(code, token)
    if not_aid is not None:
        return not_aid
    if code == "032" and token.lemma_.lower() in COOPERATING and not word_set(phrase_tokens(token)) & SUPPORTING:
        return "030"  # "pledged to deepen cooperation" (then split by field when the table finds one)
    if code == "044" and _meets_nowhere(token):
        return "040"  # "The foreign ministers of X and Y met on Friday": no third location named
    if code == "186":
        # "tried to kill the prime minister", "was shot in an assassination attempt": 185.
        tried = token.dep_ == "xcomp" and token.head.lemma_.lower() in ATTEMPT_VERBS \
            or token.dep_ == "acl" and token.head.lemma_.lower() in ATTEMPT_NOUNS  # "an attempt to assassinate"
        return "185" if tried or any(t.lemma_.lower() == "attempt" for t in phrase_tokens(token)) \
            or _attempt_on_life(token) else None
    if code in ("190", "182") and _assassination_attempt(token):
        return "185"  # "shot and wounded the prime minister in an assassination attempt"
    if code == "190" and _set_off_by_device(token):
        return bombing_code(token) or "183"  # "an improvised explosive device hit an army patrol"
    if code == "190":
        return means_code(token)
    if code == "183":
        return bombing_code(token)
    if code in KINDS:
        return kind_code(code, token)
    host = _protest_host(token) if code in PROTEST_CODES else None
    if host is not None:
        # "began a hunger strike in protest against a new mining law": the protest is the motive
        # of the strike, one act (1422), not a demonstration of its own (1412)
        aim = aim_of(token, protest=True)
        return _protest(host).get(aim, host) if aim else host
    family = FAMILIES.get(code)
    if family is None:
        return None
    if (family is _REJECT or code == "080") \
            and not any(t.lemma_.lower() in REQUEST_NOUNS for t in phrase_tokens(token)):
        # a rejection is of a request for something ("reneged on its promise" is not); aid refused
        # is turned down whether or not a request is named (codebook 122x: "refused to accept
        # humanitarian aid", "refused to commit to any direct assistance")
        refusing = token.lemma_.lower() in REFUSING_VERBS
        return _REJECT["aid"] if family is _REJECT and refusing and aim_of(token) == "aid" else None
    aim = aim_of(token, protest=code in PROTEST_CODES)
    if aim is None and family is _REJECT and _asked_to_act(token):
        aim = "policy"  # "rejected Moscow's demand that NATO roll back its deployments" (1232)
    return family.get(aim) if aim else None


# Acts of protest that "in protest against ..." may be the motive of (codebook 142-145): a hunger
# strike, a strike or boycott, a blockade, a riot; by the noun named or the verb itself.
PROTEST_ACT_NOUNS = {"strike": "143", "walkout": "143", "boycott": "143", "stoppage": "143",
                     "blockade": "144", "barricade": "144", "riot": "145"}
PROTEST_ACT_VERBS = {"strike": "143", "boycott": "143", "blockade": "144", "block": "144", "barricade": "144",
                     "riot": "145"}


def _protest_act(noun: Token) -> str | None:
    code = PROTEST_ACT_NOUNS.get(noun.lemma_.lower())
    if code == "143" and noun.lemma_.lower() == "strike" and any(c.lower_ == "hunger" for c in noun.children):
        return "142"
    return code


def _protest_host(token: Token) -> str | None:
    """For the noun "protest" in "in protest against/at/over ...", the code of the act of protest
    the phrase gives the motive of (a hunger strike, a strike, a blockade, a riot), or None."""
    if token.lemma_.lower() != "protest" or token.pos_ != "NOUN" or token.dep_ != "pobj" \
            or token.head.lower_ != "in":
        return None
    host = token.head.head
    if host.pos_ == "NOUN":
        return _protest_act(host)
    if host.pos_ not in ("VERB", "AUX"):
        return None
    # ("started a hunger strike in protest", "went on strike in protest", "blocked roads in protest")
    for child in host.children:
        nouns = [child] if child.dep_ == "dobj" else [g for g in child.children if g.dep_ == "pobj"] \
            if child.dep_ == "prep" and child.lower_ == "on" else []
        for noun in nouns:
            if _protest_act(noun) is not None:
                return _protest_act(noun)
    return PROTEST_ACT_VERBS.get(host.lemma_.lower())


ASKING_NOUNS = WORD_SETS["ASKING_NOUNS"]


def _asked_to_act(token: Token) -> bool:
    """A rejected demand or call whose clause asks for an act the aims do not name: a change of
    policy asked of the rejecter (codebook 1232)."""
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ in {"acl", "ccomp", "relcl", "xcomp"}
               and t.head.lemma_.lower() in ASKING_NOUNS and t.head.head.i == token.i for t in phrase_tokens(token))
