"""Sub-codes by the kind of thing a trigger's phrase names, not by what it asks for.

Accusations by what the accused did (1121-1125), threats by what would be stopped or the force
threatened (131x, 134, 136-138, 1381-1385), investigations by what is investigated or who
investigates (091-094), aid given, promised, asked for, refused or cut by its kind (07x, 033x,
023x, 103x, 122x, 162x) and force by its means (193-195): the word lists, in the order they are
tried, and the sub-code tables :func:`accord.events.aims.refine` takes them from (`KINDS`).
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.events.aim_phrase import bare, hyphen_joined, phrase_tokens, word_set
from accord.events.aim_words import (AID, ARMED_STRIKE, BREACHES, DISSENT, MILITARY_BLOCKADE, SANCTION_WORDS, TALKS,
                                     TRUCES)
from accord.events.syntax import subject_of

# The word sets are data: each one's words and why are in accord/data/words/events_aim_kinds.tsv.
WORD_SETS = word_sets("events_aim_kinds")

# The words of each kind below, bound by name (rows of the table).
ACCUSED_WAR_CRIMES = WORD_SETS["ACCUSED_WAR_CRIMES"]
ACCUSED_ESPIONAGE = WORD_SETS["ACCUSED_ESPIONAGE"]
ACCUSED_ABUSES = WORD_SETS["ACCUSED_ABUSES"]
ACCUSED_AGGRESSION = WORD_SETS["ACCUSED_AGGRESSION"]
ACCUSED_CRIME = WORD_SETS["ACCUSED_CRIME"]
THREATENED_AID_MONEY = WORD_SETS["THREATENED_AID_MONEY"]
THREATENED_SANCTION_EXTRA = WORD_SETS["THREATENED_SANCTION_EXTRA"]
THREATENED_RELATIONS = WORD_SETS["THREATENED_RELATIONS"]
FORCE_WMD = WORD_SETS["FORCE_WMD"]
FORCE_BLOCKADE = WORD_SETS["FORCE_BLOCKADE"]
FORCE_OCCUPATION = WORD_SETS["FORCE_OCCUPATION"]
FORCE_UNCONVENTIONAL = WORD_SETS["FORCE_UNCONVENTIONAL"]
FORCE_ATTACK = WORD_SETS["FORCE_ATTACK"]
THREATENED_FORCE = WORD_SETS["THREATENED_FORCE"]
THREATENED_REPRESSION = WORD_SETS["THREATENED_REPRESSION"]
THREATENED_WITHDRAWAL = WORD_SETS["THREATENED_WITHDRAWAL"]
INQUIRY_WAR_CRIMES_WORDS = WORD_SETS["INQUIRY_WAR_CRIMES_WORDS"]
INQUIRY_MILITARY_ACTS_WORDS = WORD_SETS["INQUIRY_MILITARY_ACTS_WORDS"]
INQUIRY_ABUSES_WORDS = WORD_SETS["INQUIRY_ABUSES_WORDS"]
INQUIRY_MILITARY_BODIES_WORDS = WORD_SETS["INQUIRY_MILITARY_BODIES_WORDS"]
INQUIRY_CRIMES_WORDS = WORD_SETS["INQUIRY_CRIMES_WORDS"]
MEANS_AIRCRAFT = WORD_SETS["MEANS_AIRCRAFT"]
MEANS_ARTILLERY = WORD_SETS["MEANS_ARTILLERY"]
MEANS_SMALL_ARMS = WORD_SETS["MEANS_SMALL_ARMS"]
AID_PROTECTION_WORDS = WORD_SETS["AID_PROTECTION_WORDS"]
AID_MILITARY_WORDS = WORD_SETS["AID_MILITARY_WORDS"]
AID_DEBT_WORDS = WORD_SETS["AID_DEBT_WORDS"]
AID_HUMANITARIAN_WORDS = WORD_SETS["AID_HUMANITARIAN_WORDS"]
AID_ECONOMIC_WORDS = WORD_SETS["AID_ECONOMIC_WORDS"]
AID_EMERGENCY_WORDS = WORD_SETS["AID_EMERGENCY_WORDS"]
AID_MONEY_WORDS = WORD_SETS["AID_MONEY_WORDS"]
AID_TO_BUDGET = WORD_SETS["AID_TO_BUDGET"]

# Accusations by what the accused did (codebook 1121-1125), in this order.
ACCUSATIONS = (
    ("war_crimes", ACCUSED_WAR_CRIMES),
    ("espionage", ACCUSED_ESPIONAGE),
    ("human_rights", ACCUSED_ABUSES),
    ("aggression", ACCUSED_AGGRESSION),
    ("crime", ACCUSED_CRIME),
)
# Threats by what would be stopped (codebook 1311-1313, 134), in this order.
THREATS = (
    ("talks", TALKS),
    ("aid", AID | THREATENED_AID_MONEY),
    ("sanctions", SANCTION_WORDS | THREATENED_SANCTION_EXTRA),
    ("relations", THREATENED_RELATIONS),
)

# Threats of force by their kind (codebook 1381 blockade, 1382 occupation, 1383 unconventional
# violence, 1384 conventional attack, 1385 weapons of mass destruction), before force in general.
FORCE_KINDS = (
    ("wmd", FORCE_WMD),
    ("blockade", FORCE_BLOCKADE),
    ("occupation", FORCE_OCCUPATION),
    ("unconventional", FORCE_UNCONVENTIONAL),
    ("attack", FORCE_ATTACK),
)
# Threats not specified by their lexicon entry, by what is threatened (codebook 131x, 134, 136, 137, 138).
THREATS_ANY = THREATS + FORCE_KINDS + (
    ("force", THREATENED_FORCE),
    ("repression", THREATENED_REPRESSION),
)
# Withdrawing one's forces or mission threatened: halting international involvement (136),
# after the threats named above.
WITHDRAWAL = ("involvement", THREATENED_WITHDRAWAL)
THREATS_ANY = THREATS_ANY + (WITHDRAWAL,)

# Investigations by what is investigated (codebook 091-094), each kind named on its own so no
# reader depends on the order of `INVESTIGATIONS`, which is the order they are tried in.
# ("crimes against humanity": the one phrase "humanity" is in)
INQUIRY_WAR_CRIMES = ("war_crimes", INQUIRY_WAR_CRIMES_WORDS)
INQUIRY_MILITARY_ACTS = ("military", INQUIRY_MILITARY_ACTS_WORDS)
INQUIRY_ABUSES = ("human_rights", INQUIRY_ABUSES_WORDS)
INQUIRY_MILITARY_BODIES = ("military", INQUIRY_MILITARY_BODIES_WORDS)
INQUIRY_CRIMES = ("crime", INQUIRY_CRIMES_WORDS)
# (abuses named go before who committed them: "an inquiry into abuses by Eritrean troops" is 092)
INVESTIGATIONS = (INQUIRY_WAR_CRIMES, INQUIRY_MILITARY_ACTS, INQUIRY_ABUSES, INQUIRY_MILITARY_BODIES, INQUIRY_CRIMES)
# Force used, by its means (codebook 193 small arms, 194 artillery and tanks, 195 aircraft), for a
# generic 190 whose phrase names them ("fought RSF fighters with rifles", "in a gunfight").
MEANS = (
    ("aircraft", MEANS_AIRCRAFT),
    ("artillery", MEANS_ARTILLERY),
    ("small_arms", MEANS_SMALL_ARMS),
)
_MEANS = {"aircraft": "195", "artillery": "194", "small_arms": "193"}
# Aid asked for, refused or cut, by its kind (codebook 0231-0234, 1031-1034, 1221-1224, 1621-1623);
# plain "aid" keeps the generic code.
AID_HARDWARE = WORD_SETS["AID_HARDWARE"]
AID_PROTECTION = ("protection", AID_PROTECTION_WORDS)  # (a no-fly zone asked for or refused: 0234/1034/1224)
AID_KINDS = (
    AID_PROTECTION,
    ("military", AID_MILITARY_WORDS),
    ("economic", AID_DEBT_WORDS),  # ("debt relief" is economic, not relief goods)
    ("humanitarian", AID_HUMANITARIAN_WORDS),
    ("economic", AID_ECONOMIC_WORDS),
    # (arms named after the relief goods: "armoured vehicles and surveillance helicopters" are
    # military aid, "helicopters to fly in food and tents" humanitarian)
    ("military", AID_HARDWARE),
    # (weaker words after the named kinds: "emergency economic assistance" is economic,
    # "$45 million in emergency aid" humanitarian)
    ("humanitarian", AID_EMERGENCY_WORDS),
    ("economic", AID_MONEY_WORDS),
)
AID_CUTS = tuple(kind for kind in AID_KINDS if kind is not AID_PROTECTION)  # aid cut (1621-1623): no "protection" kind
FORCE_BUILDING = WORD_SETS["FORCE_BUILDING"]
OWN_FORCES = WORD_SETS["OWN_FORCES"]
# (what such help builds: the protection words, which name troops and soldiers as plurals, and a state's own forces)
BUILT_FORCES = AID_PROTECTION_WORDS | OWN_FORCES


CRIME_INVESTIGATORS = WORD_SETS["CRIME_INVESTIGATORS"]


_GIVE_AID = {"military": "072", "humanitarian": "073", "economic": "071"}
_PROMISE_AID = {"protection": "0334", "military": "0332", "humanitarian": "0333", "economic": "0331"}
_ACCUSE = {"war_crimes": "1124", "espionage": "1125", "human_rights": "1122", "aggression": "1123", "crime": "1121"}
_INVESTIGATE = {"war_crimes": "094", "military": "093", "human_rights": "092", "crime": "091"}
_CUT_AID = {"military": "1622", "humanitarian": "1623", "economic": "1621"}
_APPEAL_AID = {"protection": "0234", "military": "0232", "humanitarian": "0233", "economic": "0231"}
_DEMAND_AID = {"protection": "1034", "military": "1032", "humanitarian": "1033", "economic": "1031"}
_REJECT_AID = {"protection": "1224", "military": "1222", "humanitarian": "1223", "economic": "1221"}
_THREATEN = {"talks": "134", "aid": "1311", "sanctions": "1312", "relations": "1313", "involvement": "136"}
_FORCE = {"wmd": "1385", "blockade": "1381", "occupation": "1382", "unconventional": "1383", "attack": "1384"}
_THREATEN_ANY = _THREATEN | _FORCE | {"force": "138", "repression": "137"}


# Codes split by the kind of thing named anywhere in the phrase: (sub-codes, ordered vocabularies).
KINDS: dict[str, tuple[dict[str, str], tuple]] = {
    "112": (_ACCUSE, ACCUSATIONS), "131": (_THREATEN, THREATS + (WITHDRAWAL,)), "130": (_THREATEN_ANY, THREATS_ANY), "138": (_FORCE, FORCE_KINDS), "090": (_INVESTIGATE, INVESTIGATIONS),
    "162": (_CUT_AID, AID_CUTS), "023": (_APPEAL_AID, AID_KINDS), "103": (_DEMAND_AID, AID_KINDS),
    "122": (_REJECT_AID, AID_KINDS), "070": (_GIVE_AID, AID_CUTS), "033": (_PROMISE_AID, AID_KINDS),
}


def kind_of(token: Token, vocabularies: tuple, deepest: int = 4) -> str | None:
    """The first kind whose words the trigger's phrase names ("accused Russia of war crimes")."""
    phrase = phrase_tokens(token, deepest=deepest)
    words = {t.lemma_.lower() for t in phrase} | {t.lower_ for t in phrase} | hyphen_joined(phrase)
    if "war" in words and words & {"crime", "crimes"}:
        words.add("war-crime")  # "war crimes", not "waged war"
    if words & {"abuse", "abuses"} and words & {"power", "office", "authority", "position"}:
        words = (words - {"abuse", "abuses"}) | {"abuse-of-power"}  # a crime of office, no rights abuse
    return next((kind for kind, vocabulary in vocabularies if words & vocabulary), None)


LOOKING_VERBS = WORD_SETS["LOOKING_VERBS"]


def _purpose_kind(token: Token, vocabularies: tuple) -> str | None:
    """"sent a fact-finding mission to investigate reports of atrocities": the kind named in the
    purpose clause of the verb that set up the inquiry."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep") and verb.head.i != verb.i:
        verb = verb.head
    tokens = [t for c in verb.children if c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_.lower() in LOOKING_VERBS
              for t in c.subtree]
    tokens += [t for c in token.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in LOOKING_VERBS
               for t in c.subtree]
    words = word_set(tokens)
    if "war" in words and words & {"crime", "crimes"}:
        words.add("war-crime")
    return next((kind for kind, vocabulary in vocabularies if words & vocabulary), None)


MILITARY_INVESTIGATORS = WORD_SETS["MILITARY_INVESTIGATORS"]
WAR_CRIMES_COURTS = WORD_SETS["WAR_CRIMES_COURTS"]
CRIME_WORDS = WORD_SETS["CRIME_WORDS"]


def _act_verb(token: Token) -> Token:
    """The verb of an investigation: the token itself, or the verb an event noun hangs on
    ("launched an investigation")."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep", "nsubjpass") \
            and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _investigators(token: Token) -> set[str] | None:
    """The lemmas and forms of who investigates (the active subject of the act's verb), or None."""
    subject, passive = subject_of(_act_verb(token))
    if subject is None or passive:
        return None
    return {t.lemma_.lower() for t in subject.subtree} | {t.lower_ for t in subject.subtree}


def military_inquiry(token: Token) -> bool:
    """"Israel's military opened an inquiry into the killing of a journalist": a military looking
    into a killing looks into military action (093), unless a crime such as corruption is named."""
    verb = _act_verb(token)
    subject, passive = subject_of(verb)
    if subject is None or passive or not word_set(bare(subject)) & MILITARY_INVESTIGATORS:
        return False
    return not word_set(phrase_tokens(token, deepest=6)) & CRIME_WORDS


def war_crimes_court_inquiry(token: Token) -> bool:
    """"The International Criminal Court opened an investigation into Kenya's post-election
    violence", "the ICC prosecutor began an inquiry into the killings": a court for war crimes and
    crimes against humanity looks into those (094), whatever the acts are called; a common crime
    named ("into the embezzlement of funds") keeps its own code."""
    words = _investigators(token)
    if words is None:
        return False
    if not any(set(court.split("+")) <= words for court in WAR_CRIMES_COURTS):
        return False
    return not word_set(phrase_tokens(token, deepest=6)) & CRIME_WORDS


def investigator_kind(token: Token) -> str | None:
    """"crime" when police, prosecutors or a court investigate, "human_rights" when a human
    rights body does; for an event noun ("launched an investigation"), its verb's subject."""
    words = _investigators(token)
    if words is None:
        return None
    if words & CRIME_INVESTIGATORS:
        return "crime"
    if "rights" in words:  # "human rights investigators", "a UN rights team"
        return "human_rights"
    return None


MEANS_PREPS = WORD_SETS["MEANS_PREPS"]


def means_of(token: Token) -> str | None:
    """The means (`MEANS`) a "with"/"in"/"using" phrase of the trigger names, or None."""
    tokens = [t for c in token.children if c.dep_ in ("prep", "advcl") and c.lower_ in MEANS_PREPS
              for t in c.subtree]
    # (a "with"/"using" phrase the parser hangs on the object: "attacked a checkpoint with rifles")
    tokens += [t for o in token.children if o.dep_ == "dobj" for c in o.children
               if c.dep_ == "prep" and c.lower_ in {"with", "using"} for t in c.subtree]
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    if "machine" in words and words & {"gun", "guns"}:
        words.add("machine-gun")  # "machine guns", "machine-gun fire"
    if "gun" in words and words & {"battle", "battles"}:
        words.add("gunbattle")
    return next((kind for kind, vocabulary in MEANS if words & vocabulary), None)


POLICE = WORD_SETS["POLICE"]
KILLINGS = WORD_SETS["KILLINGS"]


def _by_police(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "by" and word_set(c.subtree) & POLICE for c in token.children)


def killed_by_police(token: Token) -> bool:
    """"a commission to look into killings by police during the protests": 092. The "by" phrase
    is on the killings, or on an active verb of looking into them, where the parser often hangs it
    (not on a noun of inquiry: "an investigation by police into a killing" is the police's)."""
    killings = [t for t in phrase_tokens(token, deepest=6) if t.lemma_.lower() in KILLINGS or t.lower_ in KILLINGS]
    if not killings:
        return False
    active_verb = token.pos_ == "VERB" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
    return any(_by_police(t) for t in killings) or active_verb and _by_police(token)


def _civil_blockade(token: Token) -> bool:
    """Blockades threatened beside strikes or protests, with nothing armed or naval named ("a
    nationwide wave of strikes and blockades"): popular dissent, not a military blockade."""
    words = word_set(phrase_tokens(token))
    return bool(words & {"blockade", "blockades"} and words & (DISSENT - {"blockade", "blockades"})
                and not words & (MILITARY_BLOCKADE | ARMED_STRIKE))


# A threat of dissent: codebook 133 (threaten political dissent, protest).
THREATENED_DISSENT = "133"


# The codes whose kind is read from aid words (given, asked for, promised, refused or cut).
AID_CODES = {code for code, (_names, vocabularies) in KINDS.items() if vocabularies in (AID_KINDS, AID_CUTS)}


def _aid_own_kind(token: Token, vocabularies: tuple) -> str | None:
    """The kind the aid itself names, with its own modifiers ("demanded more financial aid from
    Turkey to pay its soldiers" is economic, 1031), before the words of the rest of the phrase
    (only an aid noun: "3 billion dollars in humanitarian aid" keeps its humanitarian kind)."""
    held = [c for c in token.children if c.dep_ == "dobj"]
    held += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
             if g.dep_ == "pobj"]
    words = word_set(t for noun in held if noun.lemma_.lower() in AID for t in [noun, *noun.children]
                     if t is noun or t.dep_ in ("amod", "compound"))
    if words & AID_TO_BUDGET:
        return "economic"  # "froze direct aid to the Palestinian Authority": money to a government's budget (1621)
    return next((kind for kind, vocabulary in vocabularies if words & vocabulary), None)


DELIVERING_VERBS = WORD_SETS["DELIVERING_VERBS"]


def _delivered_kind(token: Token, vocabularies: tuple) -> str | None:
    """"rushed aid to the quake zone, flying in a rescue team and relief supplies": the kind of aid
    given, named by the participle that tells what was flown, shipped or sent in."""
    words = word_set(t for c in token.children if c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG"
                     and c.lemma_.lower() in DELIVERING_VERBS for t in c.subtree)
    return next((kind for kind, vocabulary in vocabularies if words & vocabulary), None)


def _builds_forces(token: Token) -> bool:
    """The phrase asks that forces be trained, equipped or modernised: help for a force of the
    helped party's own, military aid (0232, 0332, 1032), not a force sent to protect (0234, 0334, 1034)."""
    return any(t.lemma_.lower() in FORCE_BUILDING
               and any(c.dep_ == "dobj" and {c.lemma_.lower(), c.lower_} & BUILT_FORCES for c in t.children)
               for t in phrase_tokens(token))


def kind_code(code: str, token: Token) -> str | None:
    """The sub-code of a code of `KINDS` by the first kind its phrase names, or None; an
    investigation that names none, by the purpose it was set up for or by who investigates."""
    codes, vocabularies = KINDS[code]
    kind = (_aid_own_kind(token, vocabularies) if code in AID_CODES else None) or kind_of(token, vocabularies)
    if kind == "protection" and _builds_forces(token):
        kind = "military"  # "promised to help Venezuela modernise its armed forces": no troops sent
    if kind == "blockade" and code in ("130", "138") and _civil_blockade(token):
        return THREATENED_DISSENT
    if kind == "military" and code == "090" and kind_of(token, (INQUIRY_MILITARY_ACTS,)) is None \
            and kind_of(token, (INQUIRY_ABUSES,), deepest=6) is not None:
        # abuses named further down go before the soldiers who committed them ("reopened cases
        # against army officers accused of torturing dissidents": 092, as in `INVESTIGATIONS`)
        kind = "human_rights"
    if kind is None and code == "070":
        kind = _delivered_kind(token, vocabularies)
    if kind is None and code == "112":
        # (what the accused is accused "of" may hang deep: "accused a tourist arrested in the city of
        # Mashhad of spying for Israel": 1125)
        kind = kind_of(token, vocabularies, deepest=8)
    if kind is None and code == "090" and killed_by_police(token):
        kind = "human_rights"
    if kind is None and code == "090":
        kind = _purpose_kind(token, vocabularies) or investigator_kind(token)
    elif kind == "military" and code == "090" and kind_of(token, (INQUIRY_MILITARY_ACTS,)) is None \
            and investigator_kind(token) == "human_rights":
        # troops named as the ones looked into, by a human rights body, with no military act named:
        # their treatment of people is what is investigated (092), not a military action (093)
        kind = "human_rights"
    return codes[kind] if kind else None


# Force used (190, 193-195) whose clause says a truce was broken: a ceasefire violated (codebook 196).
FIGHTING_CODES = {"190", "193", "194", "195"}


def breaks_truce(token: Token) -> bool:
    """"traded fire in the worst violation of the truce", "shelled positions in a breach of the
    armistice": a phrase of the trigger's clause (of the verb a fighting noun is the subject of)
    names a truce beside a word of breaking it. ("clashed despite a truce" is not enough: the wire
    gold codes such fighting by its means as often as 196.)"""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for prep in (c for head in dict.fromkeys((verb, token)) for c in head.children if c.dep_ == "prep"):
        words = word_set(prep.subtree)
        if words & TRUCES and words & BREACHES:
            return True
    return False


HEAVY_CARRIERS = WORD_SETS["HEAVY_CARRIERS"]
FIRING_VERBS = WORD_SETS["FIRING_VERBS"]
INFANTRY = WORD_SETS["INFANTRY"]


def _heavy_fire(token: Token) -> bool:
    if token.lemma_.lower() not in FIRING_VERBS:
        return False
    subject, passive = subject_of(token)
    words = set() if subject is None or passive else word_set(bare(subject))
    return bool(words & HEAVY_CARRIERS) and not words & INFANTRY


def means_code(token: Token) -> str | None:
    """The sub-code of a generic 190 by the means of force its phrase names (193-195), or None."""
    means = means_of(token)
    if means is None and _heavy_fire(token):
        means = "artillery"
    return _MEANS[means] if means else None


VEHICLES = WORD_SETS["VEHICLES"]
EXPLOSIVE_WORDS = WORD_SETS["EXPLOSIVE_WORDS"]
ROADSIDE = WORD_SETS["ROADSIDE"]
LANDMINES = WORD_SETS["LANDMINES"]


def bombing_code(token: Token) -> str | None:
    """The sub-code of a generic 183 by what carried the bomb (1832) or where it was set (1833)."""
    carrier = token if token.pos_ in ("NOUN", "PROPN") else next(
        (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if carrier is None:
        return None
    words = {t.lower_ for t in carrier.subtree} | {t.lemma_.lower() for t in carrier.subtree} \
        | hyphen_joined(list(carrier.subtree))
    if words & ROADSIDE or carrier.lemma_.lower() in LANDMINES:
        return "1833"  # (a mine that goes off under a truck is the roadside bomb of agency copy)
    if words & VEHICLES and (words & EXPLOSIVE_WORDS or carrier.lemma_.lower() in VEHICLES):
        return "1832"
    return None
