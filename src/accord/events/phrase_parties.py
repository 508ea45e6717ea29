"""What the phrases around a coded trigger name, beside its argument slots: the place an act
struck (``target_place``: "bombed militants in northern Iraq") and a meeting's venue
(``venue_offsets``), the neighbour across a border, who drafted or sponsored a text
(``authors_of``), the doers of an incident an inquiry looks into, the sides of a mediation; and
two small helpers the argument readers share (``governing_verb``, ``unique_actors``).
``parties.py`` (the slots) and ``targets.py`` / ``dyad_steps.py`` (the later steps) read them.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.actors.model import Actor
from accord.actors.tables import load_actor_tables, word_sets
from accord.events.argument_words import JOINT_PREPS, occasion_words
from accord.events.arguments import ArgumentActor, ArgumentReader
from accord.events.entries import LexiconEntry
from accord.events.places import BORDER_NOUNS, EXILE_NOUNS, court_venue, names_a_thing, publication_venue
from accord.events.slots import governed_infinitives, object_of
from accord.events.syntax import in_manner_phrase, prepositional_objects, subject_of

# The word sets are data: each one's words and why are in accord/data/words/events_phrase_parties.tsv.
WORD_SETS = word_sets("events_phrase_parties")

TARGET_PREPS = WORD_SETS["TARGET_PREPS"]
ENTERING_VERBS = WORD_SETS["ENTERING_VERBS"]


MISSION_BUILDINGS = WORD_SETS["MISSION_BUILDINGS"]


def _mission_owners(heads: list[Token]) -> set[int]:
    """The owner of an embassy that says where it stands ("the Mexican embassy in Quito"): the
    place is Quito's country; the state whose embassy it is is no place."""
    return {t.i for head in heads for w in head.subtree if w.lemma_.lower() in MISSION_BUILDINGS
            and any(c.dep_ == "prep" and c.lower_ == "in" for c in w.children)
            for c in w.children if c.dep_ in ("amod", "compound", "poss") for t in c.subtree}


def target_place(token: Token, reader: ArgumentReader, conflict: bool, away: bool = False,
                 neighbour: bool = True, missions: bool = True) -> ArgumentActor | None:
    """A place named as the object of the act or in a directional phrase of its verb (for
    conflict also a locative one: "bombed militants in northern Iraq", "fired rockets at Tel
    Aviv"), as its country. Without ``neighbour``, the country a border is shared with is none
    ("seized the town on the border with Uganda"); without ``missions``, the state of an embassy
    that says where it stands is none ("arrested him inside the Mexican embassy in Quito")."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    subject = subject_of(verb)[0] if verb.pos_ in ("VERB", "AUX") else None
    if conflict and subject is not None and subject.lemma_.lower() in EXILE_NOUNS:
        # "Iraqi exiles held a hunger strike in London": people acting abroad against their own
        # state; where they gather is not whom they act on.
        return None
    places = {}
    for place in reader.places:
        for i in range(place.start, place.end):
            places[i] = place
    candidates = []
    obj = object_of(token) if token.pos_ in ("VERB", "AUX") else None
    if obj is not None:
        candidates.append(obj)
        # ("deployed thousands of police in Islamabad": the place may hang on the quantity.)
        candidates += [c for c in token.children if c.dep_ == "dobj" and c.i != obj.i]
    if token.pos_ in ("VERB", "AUX"):
        # ("allowed aid convoys to enter Darfur": the place the infinitive goes into.)
        candidates += [g for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ENTERING_VERBS
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                       for g in c.children if g.dep_ in ("dobj", "obj")]
    holders = [token]
    if token.pos_ not in ("VERB", "AUX") and token.head.pos_ in ("VERB", "AUX"):
        holders.append(token.head)  # "launched drills around Taiwan"
    elif token.pos_ not in ("VERB", "AUX") and token.dep_ == "pobj" and token.head.lower_ == "with" \
            and token.head.head.pos_ == "VERB":
        holders.append(token.head.head)  # "responded with artillery fire on villages in Lebanon"
    if away:
        # ("pulled out of Somalia": the parser hangs "of" on "out".)
        holders += [c for h in list(holders) for c in h.children if c.dep_ in ("prep", "prt") and c.lower_ == "out"]
    for holder in holders:
        for child in holder.children:
            # (For a withdrawal, also where it leaves: "pulled out of Somalia".)
            # (For conflict also "through": "paraded missiles through Pyongyang", "rolled through
            # the town".)
            if child.dep_ == "prep" and (child.lower_ in TARGET_PREPS or away and child.lower_ in ("of", "from")
                                         or conflict and child.lower_ == "through") \
                    and (conflict or child.lower_ not in ("in", "at")):
                # ("sentenced 12 people on charges of forming a cell with links to Iran": what
                # the charge names is not where the act struck.)
                candidates.extend(g for g in child.children if g.dep_ == "pobj"
                                  and not (child.lower_ == "on" and g.lemma_.lower() in CHARGE_NOUNS))
    beside = set() if neighbour else {t.i for head in candidates for w in head.subtree if w.dep_ == "pobj"
                                      for t in border_neighbour(w)}
    beside |= occasion_words(verb, token) if verb.pos_ in ("VERB", "AUX") else set()
    beside |= _clauses_on_nouns(candidates)
    if not missions:
        # ("arrested a former vice president inside the Mexican embassy in Quito": where the
        # arrest happened is Ecuador.)
        beside |= _mission_owners(candidates)
    for head in candidates:
        for t in (_without_reasons(head) if conflict else head.subtree):
            # ("in a report released in Bangkok": where the text came out, not where the act struck;
            # "seeking compensation in a Dutch court": where the case is heard is no party.)
            place = places.get(t.i) if t.i not in beside and not publication_venue(t) and not in_manner_phrase(t) else None
            if place is not None and place.entry.country and not names_a_thing(reader.doc, place) \
                    and not court_venue(reader.doc[place.end - 1]):
                country = place.entry.country
                return ArgumentActor(Actor(country, None, None, "country"), reader.doc[place.start].idx,
                                     reader.doc[place.end - 1].idx + len(reader.doc[place.end - 1]),
                                     place.text, f"place '{place.text}' in {country}")
    return None


def places_coordinated_from(target: ArgumentActor, reader: ArgumentReader, *, between: bool = False) -> list[ArgumentActor]:
    """The places coordinated with a target place read from a "from" phrase ("turned down offers of
    rescue teams from Algeria and France"): each is a source of what the act is about, as the
    first is, and so a party too. With ``between`` (a verbal act: the caller's choice), so are the
    two sides of a "between" phrase on what the act is about ("backs efforts to end the dispute
    between Chile and Bolivia"), but not of a border between two states, which is a place; where
    force is used or shown the phrase is where ("warships sent to the waters between X and Y")."""
    doc = reader.doc
    spans = {i: place for place in reader.places for i in range(place.start, place.end)}
    first = next((p for p in reader.places if doc[p.start].idx == target.start), None)
    if first is None:
        return []
    head = doc[first.start:first.end].root
    if head.dep_ != "pobj" or head.head.lower_ not in (("from", "between") if between else ("from",)):
        return []
    if head.head.lower_ == "between" and head.head.head.lemma_.lower() in BORDER_NOUNS:
        return []
    found = []
    for other in head.conjuncts:
        place = spans.get(other.i)
        if place is None or place is first or not place.entry.country or names_a_thing(doc, place):
            continue
        found.append(ArgumentActor(Actor(place.entry.country, None, None, "country"), doc[place.start].idx,
                                   doc[place.end - 1].idx + len(doc[place.end - 1]), place.text,
                                   f"place '{place.text}' in {place.entry.country}, coordinated with '{first.text}'"))
    return found


def authors_of(thing: Token, reader: ArgumentReader) -> list[ArgumentActor]:
    """Who drafted, proposed or sponsored a thing: the agent of a participle describing it, or
    the name in front of a hyphenated one ("a U.S.-drafted resolution", "a British-sponsored
    draft")."""
    for clause in thing.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            agent = next((g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                         None)
            if agent is not None:
                return reader.actors_in(agent)
    for clause in thing.subtree:
        # ("vetoed a resolution that would have condemned its annexation of four regions, drafted
        # by the United States": the authorship set off by a comma is the thing's, wherever the
        # parser hangs it.)
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lower_ in AUTHOR_SUFFIXES \
                and clause.i > 0 and reader.doc[clause.i - 1].text == "," and clause.head.i != thing.i:
            agent = next((g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                         None)
            if agent is not None:
                return reader.actors_in(agent)
    for other in thing.head.children if thing.head.i != thing.i else []:
        # ("vetoed a Security Council draft ..., a text put forward by Brazil and Switzerland": a
        # second name for the thing, set off by a comma after it, with its authors.)
        if other.i > thing.i and other.dep_ in ("npadvmod", "appos", "dobj") and other.lemma_.lower() in DRAFT_NOUNS \
                and other.left_edge.i > 0 and reader.doc[other.left_edge.i - 1].text == ",":
            for clause in other.children:
                if clause.dep_ == "acl" and clause.tag_ == "VBN":
                    agent = next((g for c in clause.children if c.dep_ == "agent" for g in c.children
                                  if g.dep_ == "pobj"), None)
                    if agent is not None:
                        return reader.actors_in(agent)
    for mod in thing.children:
        if mod.dep_ not in ("amod", "compound"):
            continue
        prefix, dash, suffix = mod.text.rpartition("-")
        if dash and prefix and suffix.lower() in AUTHOR_SUFFIXES:
            # Kept whole by the tokenizer: the name in front, looked up in the actor tables.
            code = _one_word_country(prefix)
            if code is not None:
                return [ArgumentActor(Actor(code, None, None, "country"), mod.idx, mod.idx + len(prefix), prefix,
                                      f"author '{mod.text}'")]
        elif mod.lower_ in AUTHOR_SUFFIXES and mod.i > 0 and reader.doc[mod.i - 1].text in ("-", "\u2011"):
            # Split by the tokenizer: "British - drafted", the name hanging on the participle.
            named = [a for c in mod.children if c.i < mod.i - 1 for a in reader.actors_in(c)]
            if named:
                return named
    if thing.lemma_.lower() in OFFER_NOUNS:
        # ("rejected an offer of talks from President Hamid Karzai": who made the offer, named by
        # a "from" the model hangs on what is offered.)
        for what in (g for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"):
            named = [a for c in what.children if c.dep_ == "prep" and c.lower_ == "from"
                     for g in c.children if g.dep_ == "pobj" for a in reader.actors_in(g)]
            if named:
                return named
    return []


AUTHOR_SUFFIXES = WORD_SETS["AUTHOR_SUFFIXES"]
DRAFT_NOUNS = WORD_SETS["DRAFT_NOUNS"]
OFFER_NOUNS = WORD_SETS["OFFER_NOUNS"]


def _one_word_country(text: str) -> str | None:
    """The country a one-word name, alias or demonym in the actor tables stands for."""
    global _ONE_WORD
    if _ONE_WORD is None:
        _ONE_WORD = {}
        for country in load_actor_tables().countries:
            for surface in (country.name, *country.aliases, *country.demonyms):
                if " " not in surface:
                    _ONE_WORD.setdefault(surface.lower(), (country.code, surface))
    found = _ONE_WORD.get(text.lower())
    if found is None:
        return None
    code, surface = found
    # Short capitals only as written ("US", "U.S."), other names capitalised.
    if surface.replace(".", "").isupper() and len(surface.replace(".", "")) <= 4:
        return code if text == surface else None
    return code if text[:1].isupper() else None


_ONE_WORD: dict[str, tuple[str, str]] | None = None


INCIDENT_NOUNS = WORD_SETS["INCIDENT_NOUNS"]
NEUTRAL_INCIDENTS = WORD_SETS["NEUTRAL_INCIDENTS"]
VIOLENT_NOUNS = WORD_SETS["VIOLENT_NOUNS"]
CUSTODY_PLACES = WORD_SETS["CUSTODY_PLACES"]


def investigated_perpetrators(token: Token, reader: ArgumentReader) -> list[ArgumentActor] | None:
    """For an inquiry "into" an incident: the actors its doer is named by ("by the USS Vincennes",
    "killed in an Israeli raid"), [] when the incident names no doer, None when it is no incident."""
    holders = [token] + [c for c in token.children if c.dep_ in ("dobj", "obj")]
    verb = governing_verb(token) if token.pos_ not in ("VERB", "AUX") else None
    holders += [verb] if verb is not None else []
    incident = next((pobj for holder in holders for _prep, pobj in prepositional_objects(holder, {"into"})
                     if pobj.lemma_.lower() in INCIDENT_NOUNS or pobj.lower_ in INCIDENT_NOUNS), None)
    if incident is None:
        return None
    found: list[ArgumentActor] = []
    for word in incident.subtree:
        if word.dep_ in ("agent", "prep") and word.lower_ == "by":
            found += [a for g in word.children if g.dep_ == "pobj" for a in reader.actors_in(g)]
        if word.lemma_.lower() in VIOLENT_NOUNS and word.i != incident.i or word.i == incident.i:
            found += [a for c in word.children if c.dep_ in ("amod", "compound", "poss") for a in reader.actors_in(c)
                      if not (c.dep_ == "amod" and word.i == incident.i and word.lemma_.lower() not in VIOLENT_NOUNS)]
    if not found:
        found = _custodians(incident, reader)
    found = unique_actors([a for a in found if a.actor.code])
    if not found and incident.lemma_.lower() in NEUTRAL_INCIDENTS:
        return None  # ("the crash of an Azerbaijan Airlines jet": no doer to look at)
    return found


def _custodians(incident: Token, reader: ArgumentReader) -> list[ArgumentActor]:
    """"the torture of prisoners at the U.S. detention centre", "deaths in a Syrian prison": with no
    doer named, whose place of custody it happened in answers for it."""
    return [a for word in incident.subtree if word.pos_ == "NOUN" and word.i != incident.i
            and (word.lemma_.lower() in CUSTODY_PLACES
                 or any(c.dep_ == "compound" and c.lemma_.lower() in CUSTODY_PLACES for c in word.children))
            for c in word.children if c.dep_ in ("amod", "compound", "poss") for a in reader.actors_in(c)]


# Accepting mediation (038), offering it (039, or 045 before "ready to" makes it an offer), mediating.
MEDIATION_OFFERS = {"038", "039", "045"}
# Mediation halted ("put its role as mediator between Israel and Hamas on hold", "suspended its
# mediation between X and Y"): aimed at the sides named, as an offer is.
MEDIATION_HALTED = {"165"}
# Where the sides of a mediation are named: "mediate between X and Y", "a go-between for X and Y".
MEDIATED_PREPS = JOINT_PREPS | {"for"}


def mediated_parties(token: Token, entry: LexiconEntry, reader: ArgumentReader) -> list[ArgumentActor]:
    """Whom an offer of mediation, or its acceptance, concerns. An offer is aimed at the
    sides it would mediate between, named on the act it offers or on the mediator's noun
    ("offered to mediate between Colombia and Venezuela", "ready to act as a go-between for
    Washington and the Taliban"); an acceptance at the mediator ("is open to mediation by
    Kenya")."""
    if entry.cameo.startswith("038"):
        holders = [token] + [pobj for _, pobj in prepositional_objects(token, {"to"})]
        if token.dep_ == "acomp":
            holders.append(token.head)  # ("is open to mediation by Algeria": "by" on the copula)
        return [a for holder in holders for _, pobj in prepositional_objects(holder, {"by"})
                for a in reader.actors_reached(pobj)]
    holders = [token] + governed_infinitives(token)
    holders += [pobj for holder in list(holders) for _, pobj in prepositional_objects(holder, {"as", "to"})]
    if entry.cameo[:3] in MEDIATION_HALTED:
        # "pulled out of mediating between Israel and Hamas", "withdrew from its mediation between
        # X and Y": the mediation left names its sides ("out" may carry the "of").
        outs = [token] + [c for c in token.children if c.dep_ in ("prt", "prep") and c.lower_ == "out"]
        holders += [pobj for holder in outs for _, pobj in prepositional_objects(holder, {"of", "from"})]
    obj = object_of(token) if token.pos_ == "VERB" else None
    if obj is not None:
        holders.append(obj)  # "offered its mediation between ..."
    return [a for holder in holders for _, pobj in prepositional_objects(holder, MEDIATED_PREPS)
            for a in reader.actors_in(pobj)]


def target_is_destination(token: Token, target: ArgumentActor) -> bool:
    """Whether the place read as the target stands in a "to"/"into" phrase of the trigger."""
    return any(t.idx == target.start for _prep, pobj in prepositional_objects(token, {"to", "into"})
               for t in pobj.subtree)


VENUE_NOUNS = WORD_SETS["VENUE_NOUNS"]


def venue_offsets(token: Token) -> set[int]:
    """Character offsets of the words in the trigger's (and its object's) "at/on/in" phrases
    that name a venue."""
    offsets: set[int] = set()
    holders = [token] + [c for c in token.children if c.dep_ in ("dobj", "obj")]
    # "ahead of the OSCE summit": the occasion a time phrase names.
    holders += [c for h in list(holders) for c in h.children if c.dep_ == "advmod" and c.lower_ == "ahead"]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "on", "in", "during", "of", "before", "after"):
                if prep.lower_ == "of" and holder.lower_ != "ahead":
                    continue
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.lemma_.lower() in VENUE_NOUNS:
                        offsets |= {t.idx for t in pobj.subtree}
    return offsets


def _clauses_on_nouns(candidates: list[Token]) -> set[int]:
    """The words of a finite clause of its own that the parser hangs on a noun of the phrase
    ("declared a unilateral ceasefire on Monday as peace talks opened in Havana"): a background
    act, whose place is not where this act is aimed."""
    return {w.i for head in candidates for c in head.subtree
            if c.head.pos_ in ("NOUN", "PROPN") and is_background_clause(c) for w in c.subtree}


def is_background_clause(clause: Token) -> bool:
    """A finite clause of time or concession with a subject of its own ("as peace talks opened in
    Havana", "though the army said ..."): the setting of an act, not a party to it."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in BACKGROUND_MARKS for m in clause.children) \
        and any(k.dep_ in ("nsubj", "nsubjpass") for k in clause.children)


def _without_reasons(head: Token):
    """The phrase under ``head`` without its phrases of cause ("rallies against the call-up
    for the war in Ukraine": the war's place is not where the rallies were) and its relative
    clauses ("a project that critics say will benefit a German company")."""
    yield head
    for child in head.children:
        if not (child.dep_ == "prep" and child.lower_ in REASON_PREPS) and not (
                child.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)):
            yield from _without_reasons(child)


def border_neighbour(pobj: Token) -> list[Token]:
    """The words of "with X" after a border noun that names no party itself ("on the border with
    Uganda", "near the frontier with Niger"): for an attack, a capture or an arrest there, the
    neighbour is where it happened next to, not whom it was aimed at (a show of force at a border
    is aimed at the neighbour, and is left alone by the callers)."""
    if pobj.lemma_.lower() not in BORDER_NOUNS or any(c.dep_ in ("amod", "compound", "poss") and c.pos_ != "ADV"
                                                       and c.ent_type_ in ("NORP", "GPE") for c in pobj.children):
        return []
    return [t for c in pobj.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree]


CHARGE_NOUNS = WORD_SETS["CHARGE_NOUNS"]
BACKGROUND_MARKS = WORD_SETS["BACKGROUND_MARKS"]


def charge_phrases(verb: Token) -> set[int]:
    """The words of the verb's own "on charges of ..." / "on suspicion of ..." phrases: whom the
    charge names ("with links to Iran") is no party to the arrest or the sentence."""
    return {t.i for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "on"
            and any(c.dep_ == "pobj" and c.lemma_.lower() in CHARGE_NOUNS for c in prep.children)
            for t in prep.subtree}

REASON_PREPS = WORD_SETS["REASON_PREPS"]


def governing_verb(token: Token) -> Token | None:
    node = token
    for _ in range(4):
        if node.dep_ not in ("dobj", "pobj", "prep", "attr", "nsubj"):
            return None
        if node.dep_ == "prep" and node.lower_ in REASON_PREPS:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def unique_actors(items: list[ArgumentActor]) -> list[ArgumentActor]:
    out, seen = [], set()
    for item in items:
        key = (item.actor.code, item.actor.sector, item.actor.name)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
