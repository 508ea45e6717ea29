"""The event coder: lexicon triggers + parse arguments + modality → CAMEO/PLOVER events."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

import accord.docext  # noqa: F401
from accord.actors.tables import data_dir, read_tsv
from accord.events.arguments import (
    JOINT_PREPS, PLACE_DEMONYM, RECIPIENT_PREPS, ArgumentActor, ArgumentReader, agent_of, prepositional_objects,
    subject_of,
)
from accord.actors.model import Actor
from accord.events.lexicon import Lexicon, LexiconEntry, frame_check, frame_fits, load_lexicon, object_of
from accord.events.contexts import (
    load_context_terms, load_domain_terms, sentence_contexts, sentence_domain, story_domain,
)
from accord.events.modality import Modality, modality_of
from accord.events.ontology import CameoCode, Ontology, load_ontology

# Cooperation announced for the future is an intention (PLOVER: code it AGREE); CAMEO has an
# "express intent to ..." code for each cooperative root.
INTENT_CODE = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
               "045": "039", "046": "036", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
               "071": "0331", "072": "0332", "073": "0333", "074": "0334", "081": "0351", "082": "0352",
               "083": "034", "084": "0353", "085": "0354", "086": "0355", "087": "0356"}
# Conflict announced or conditional is a threat (PLOVER: THREATEN, not ASSAULT + future).
THREAT_CODE = {"14": "133", "15": "138", "16": "131", "17": "137", "18": "1383", "19": "1384", "20": "1385",
               "163": "1312", "161": "1313", "162": "1311", "191": "1381", "192": "1382"}
NOUN_ACTOR_DEPS = ("poss", "compound", "amod", "nmod")
OWN_POSSESSIVES = {f"pronoun '{word}'" for word in ("its", "their", "Its", "Their")}
# "Kenya deployed riot police": a state's own organs, inferred from context, are not its target.
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
SUPPORT_VERBS = frozenset(row["lemma"] for row in read_tsv(data_dir() / "support_verbs.tsv"))


@dataclass
class Event:
    trigger: Token
    entry: LexiconEntry
    code: CameoCode
    plover: str
    actors: list[ArgumentActor]
    recipients: list[ArgumentActor]
    modality: Modality
    sentence: int
    reported_by: tuple[str | None, str] | None = None  # (speaker name, quote id)
    location: object | None = None
    notes: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)

    def explanation(self) -> str:
        parts = [f"lexicon entry {self.entry.label} matched '{self.trigger.text}'",
                 f"→ CAMEO {self.code.code} ({self.code.name}), PLOVER {self.plover}"]
        if self.actors:
            parts.append("actor " + ", ".join(f"{a.actor.code} from '{a.text}' ({a.via})" for a in self.actors))
        if self.recipients:
            parts.append("recipient " + ", ".join(f"{a.actor.code} from '{a.text}' ({a.via})" for a in self.recipients))
        parts.extend(self.notes)
        parts.extend(self.modality.reasons)
        if self.reported_by:
            parts.append(f"reported by {self.reported_by[0] or 'an unresolved speaker'} (quote {self.reported_by[1]})")
        return "; ".join(parts)


class EventStage:
    def __init__(self, lexicon: Lexicon | None = None, ontology: Ontology | None = None):
        self.lexicon = lexicon or load_lexicon()
        self.ontology = ontology or load_ontology()
        self.context_terms = load_context_terms()
        self.domain_terms = load_domain_terms()

    def __call__(self, doc: Doc) -> Doc:
        reader = ArgumentReader(doc)
        reader.doc_domain = story_domain(doc, self.domain_terms, reader.named_tokens)
        article = doc._.article
        article_date = getattr(article, "date", None)
        sent_of = {}
        for index, sent in enumerate(doc.sents):
            for token in sent:
                sent_of[token.i] = index
        events: list[Event] = []
        seen: set[tuple] = set()
        for token in doc:
            decision = self.decide(token, reader, article_date, sent_of[token.i])
            if decision is None or isinstance(decision, str):
                continue
            event = decision
            key = (event.sentence, event.code.code, tuple(a.actor.code for a in event.actors),
                   tuple(r.actor.code for r in event.recipients))
            if key in seen:
                continue
            seen.add(key)
            events.append(event)
        events = _drop_governing_duplicates(events, self.ontology)
        _locate(events, doc, doc._.places or [], sent_of)
        doc._.events = events
        return doc

    def decide(self, token: Token, reader: ArgumentReader, article_date, sentence: int) -> Event | str | None:
        """The event this token triggers, or why not (a sentence for `accord explain`), or
        None when the word is not in the lexicon at all."""
        if _is_obligation(token):
            return self._code(token, OBLIGATION_ENTRY, reader, article_date, sentence)
        entries = self.lexicon.candidates(token)
        if not entries:
            return None
        is_actor, is_person = reader_is_actor(reader), reader_is_person(reader)
        entry = next((e for e in entries if frame_fits(e, token, is_actor, is_person)), None)
        if entry is None:
            return "no lexicon frame fits: " + "; ".join(
                f"{e.label}: {frame_check(e, token, is_actor, is_person)}" for e in entries)
        return self._code(token, entry, reader, article_date, sentence)

    def _recode(self, code: CameoCode, plover: str, modality: Modality, notes: list[str]) -> tuple[CameoCode, str]:
        """Announced and conditional events (PLOVER manual, AGREE and THREATEN sections; CAMEO's
        "express intent" codes): future cooperation and yielding are intentions (CAMEO 03x,
        AGREE: "will release prisoners" is 0353), announced or conditional conflict is a threat
        (13x, THREATEN)."""
        if modality.negated:
            return code, plover
        if modality.future and code.root in INTENT_CODE:
            code = self.ontology.cameo(INTENT_CODE.get(code.code[:3], INTENT_CODE[code.root]))
            notes.append(_recode_note(code, "cooperation announced for the future"))
            return code, code.plover
        if (modality.future or modality.hypothetical) and code.root in THREAT_CODE:
            code = self.ontology.cameo(THREAT_CODE.get(code.code[:3], THREAT_CODE[code.root]))
            notes.append(_recode_note(code, "conflict announced or conditional"))
            return code, code.plover
        return code, plover

    def _code(self, token, entry, reader, article_date, sentence) -> Event | str:
        actors, recipients, objects = _arguments(token, entry, reader)
        actors = _unique([a for a in actors if a.actor.code])
        actor_codes = {a.actor.code for a in actors}
        same = {(a.actor.code, a.actor.sector) for a in actors}
        state_side = {(a.actor.code, None) for a in actors if a.actor.sector in STATE_SECTORS}
        # "its troops", "their classmates": the actor's own people are not a recipient.
        # ("Czechia and Albania upgraded their ties": joint actors' own "their" is not a recipient.)
        # ("withdrew from the Bosnian town": the actor's own country as a place is not a target.)
        joint_own = (OWN_POSSESSIVES if len(actor_codes) > 1 else set()) | {PLACE_DEMONYM}
        named_recipients = [r for r in recipients if r.actor.code
                            and not ((r.via.endswith("possessive") or r.via in joint_own)
                                     and r.actor.code in actor_codes)
                            and not (r.via.startswith("role, in a") and r.actor.sector in STATE_SECTORS
                                     and (r.actor.code, None) in same | state_side)]
        # Same country, another body ("Palestinian police ... Palestinian armed groups") is a
        # domestic event; the same actor again is not a recipient.
        actor_names = {a.actor.name for a in actors if a.actor.kind == "person"}
        recipients = _unique([r for r in named_recipients
                              if (r.actor.kind == "person" and r.actor.name not in actor_names)
                              or ((r.actor.code, r.actor.sector) not in same
                                  and not (r.actor.code in actor_codes and r.actor.sector is None))])
        if not actors and entry.cameo[:3] in VIOLENCE_BY_UNKNOWN and _author_unnamed(token):
            # "A roadside bomb killed three soldiers near Samarra": CAMEO codes the unknown
            # attacker as an unidentified armed force (UAF) of the country where it struck.
            where = _place_country(token, reader, [r for r in recipients if r.actor.code])
            if where is not None:
                actors = [ArgumentActor(Actor(where[0], "UAF", None, "country"), token.idx,
                                        token.idx + len(token), token.text, f"unidentified attacker in {where[1]}")]
        if not actors and entry.cameo[:3] in ARREST_BY_UNKNOWN and token.pos_ == "VERB" \
                and subject_of(token)[1] and agent_of(token) is None:
            # "A Canadian missionary was arrested in Lebanon": the authorities of the place it
            # happened arrested him (CAMEO), when the sentence names that place.
            where = _named_place_country(token, reader)
            if where is not None:
                actors = [ArgumentActor(Actor(where[0], "COP", None, "country"), token.idx,
                                        token.idx + len(token), token.text, f"authorities of {where[1]}")]
                actor_codes = {where[0]}
                same = {(where[0], "COP")}
                recipients = [r for r in recipients if r.actor.code != where[0]
                              or r.actor.sector not in (None, "COP")]
        if not actors:
            return f"{entry.label} fits, but no actor with a code was found"
        guessed = bool(recipients) and all(r.via.startswith("role, in a") and r.actor.code in actor_codes
                                           for r in recipients)
        if (not recipients or (guessed and entry.cameo[:2] >= "14")) and len({a.actor.code for a in actors}) == 1:
            # (Victims known only by the sentence's one country, which is the attacker's own,
            # "Palestinian bombers killed 23 people ... in Tel Aviv", are where it struck.)
            # "delivered food to the city of El Fasher", "drills around Taiwan", "massed troops
            # along the border with Ukraine": the country of the place the act is aimed at.
            # (Joint acts have no target: "held talks in Baghdad" is where, not whom.)
            # A visit's "in" names the host too ("arrived in Hanoi for a state visit").
            # So does an easing's ("lifted the curfew in Montenegro") and material help's
            # ("invested $2 billion in Egypt").
            target = _target_place(token, reader, conflict=entry.cameo[:2] >= "14"
                                   or entry.cameo.startswith(("042", "06", "07") + DOMESTIC_BY_STATE))
            if target is not None and target.actor.code not in actor_codes:
                recipients = [target]
            elif entry.cameo[:2] == "15":
                # "put its army on alert after Russian troops massed in Belarus": a show of
                # force answers whoever acted in the clause that gave the reason.
                recipients = [r for r in reader.reason_actors(token) if r.actor.code not in actor_codes]
            own_place = target is not None and target.actor.code in actor_codes
        else:
            own_place = False
        domestic = None
        by_state = own_place and entry.cameo.startswith(DOMESTIC_BY_STATE) and _is_state(actors[0].actor.code)
        if not recipients and not named_recipients and len({a.actor.code for a in actors}) == 1 \
                and (entry.cameo[:2] in DOMESTIC_ROOTS or by_state):
            # Protest, repression, a show of force or an assassination with no other party
            # named is domestic: CAMEO codes the country itself as the target.
            domestic = actors[0]
        if named_recipients and not recipients and len(actor_codes) < 2:
            # An actor acting on itself ("Russia ... integration with Russia"): the parse has
            # mixed up the roles, so no event rather than a wrong one. (Joint actors agreeing
            # on something of one of theirs act together, with no recipient.)
            return f"{entry.label} fits, but the recipient is the actor itself"
        domain = sentence_domain(token.sent, self.domain_terms, reader.named_tokens) or reader.doc_domain
        if domain is not None and not any(a.actor.sector in STATE_SECTORS | {"IGO", "REB", "UAF"}
                                          and not a.via.startswith(("role, in a", "person, in a"))
                                          for a in actors + recipients):
            # "New Zealand meet Wales in the final": countries as teams, not states; in a
            # sports or entertainment story an event needs a named office or state body.
            return (f"{entry.label} fits, but this reads as {domain[0]} news ('{domain[1]}') "
                    "and no actor is an office or state body")
        modality = modality_of(token, objects, article_date)
        code = self.ontology.cameo(entry.cameo)
        plover = code.plover
        if not plover:
            return f"{entry.label} fits, but CAMEO {code.code} has no PLOVER type"
        notes = []
        code, plover = self._recode(code, plover, modality, notes)
        if code.code == "057" and modality.historical:
            # A count of agreements in force reports that the parties stand in agreement, not a
            # new signing; accord types it AGREE and keeps CAMEO 057 with the historical flag.
            plover = "AGREE"
            notes.append("a reported aggregate of past agreements, typed AGREE")
        contexts = list(code.plover_context)
        for context, term in sentence_contexts(token.sent, self.context_terms):
            if context not in contexts:
                contexts.append(context)
                notes.append(f"context {context} from '{term}'")
        if domestic is not None:
            recipients = [ArgumentActor(Actor(domestic.actor.code, None, None, "country"), domestic.start,
                                        domestic.end, domestic.text, "domestic: no other party named")]
        event = Event(token, entry, code, plover, actors, recipients, modality, sentence, notes=notes,
                      contexts=contexts)
        quote = reader.claim_at(token)
        if quote is not None:
            event.reported_by = (quote.speaker_name, quote.id)
        return event


LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "within", "throughout"}


# Acts of violence whose author may go unnamed (bombings, killings, shelling); blockades and
# closures need a named actor ("heavy snow closed roads" is not an attack).
VIOLENCE_BY_UNKNOWN = {"180", "181", "182", "183", "184", "185", "186", "190", "193", "194", "195", "196",
                       "200", "201", "202", "203", "204"}
# "Russia said Sudan must return the helicopter": the speaker demands it of the subject.
OBLIGATION_ENTRY = LexiconEntry("must", "VERB", (), "100", "an obligation a speaker puts on someone", 0,
                                "built-in rule: reported obligation")
OBLIGATION_AUX = {"must", "should"}
DEMAND_REPORTERS = {"say", "declare", "insist", "reiterate", "conclude", "tell", "stress", "warn", "argue", "add",
                    "write", "state", "announce", "demand", "emphasise", "emphasize", "repeat"}


def _is_obligation(token: Token) -> bool:
    return (token.dep_ == "ccomp" and token.head.lemma_.lower() in DEMAND_REPORTERS
            and any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in token.children)
            and not any(c.dep_ == "neg" for c in token.children))


DOMESTIC_ROOTS = {"14", "17", "18"}
# A state easing restrictions, yielding or investigating in one of its own places, with no other
# party named, acts on its own country too ("lifted the state of emergency in Darfur").
DOMESTIC_BY_STATE = ("081", "082", "083", "084", "09")


def _is_state(code: str | None) -> bool:
    return bool(code) and len(code) == 3 and code not in ("IGO", "NGO", "IMG", "MNC")
TARGET_PREPS = {"to", "into", "in", "on", "at", "around", "across", "along", "near", "outside", "against", "toward",
                "towards", "over", "off"}


def _target_place(token: Token, reader: ArgumentReader, conflict: bool) -> ArgumentActor | None:
    """A place named as the object of the act or in a directional phrase of its verb (for
    conflict also a locative one: "bombed militants in northern Iraq"), as its country."""
    places = {}
    for place in reader.places:
        for i in range(place.start, place.end):
            places[i] = place
    candidates = []
    obj = object_of(token) if token.pos_ in ("VERB", "AUX") else None
    if obj is not None:
        candidates.append(obj)
    holders = [token]
    if token.pos_ not in ("VERB", "AUX") and token.head.pos_ in ("VERB", "AUX"):
        holders.append(token.head)  # "launched drills around Taiwan"
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in TARGET_PREPS and (conflict or child.lower_ not in ("in", "at")):
                candidates.extend(g for g in child.children if g.dep_ == "pobj")
    for head in candidates:
        for t in head.subtree:
            place = places.get(t.i)
            if place is not None and place.entry.country:
                country = place.entry.country
                return ArgumentActor(Actor(country, None, None, "country"), reader.doc[place.start].idx,
                                     reader.doc[place.end - 1].idx + len(reader.doc[place.end - 1]),
                                     place.text, f"place '{place.text}' in {country}")
    return None


# Subjects that stand for an unnamed attacker ("a car bomb killed"); any other subject that is
# not an actor ("an earthquake killed", "the fire killed") means there was no attacker.
WEAPON_NOUNS = {"bomb", "bombing", "blast", "explosion", "attack", "attacker", "assailant", "gunman", "gunmen",
                "militant", "sniper", "shell", "shelling", "rocket", "missile", "mortar", "grenade", "device",
                "mine", "strike", "airstrike", "raid", "ambush", "gunfire", "fire", "shot", "shooting", "drone",
                "assassin", "kidnapper", "insurgent", "fighter", "rebel", "terrorist", "suicide", "car"}


def _author_unnamed(token: Token) -> bool:
    subject = _clause_subject(token)
    if subject is None or token.pos_ not in ("VERB", "AUX"):
        return True  # a passive without agent, or an event noun
    return subject.lemma_.lower() in WEAPON_NOUNS or subject.lower_ in WEAPON_NOUNS


def _place_country(token: Token, reader: ArgumentReader, targets: list[ArgumentActor]) -> tuple[str, str] | None:
    """(code, name) of the country where an attack struck: a town or region the sentence
    names, else the country attacked ("strikes on Syria"), else the one country named."""
    sent = token.sent
    for place in reader.places:
        if sent.start <= place.start < sent.end and place.entry.country and not place.is_country:
            return place.entry.country, place.text
    for target in targets:
        if target.actor.kind == "country" and target.actor.sector is None:
            return target.actor.code, target.actor.name or target.actor.code
    context = reader.context_country(token)
    return (context.code, context.name or context.code) if context is not None else None


# Arrests, detentions and expulsions, which only a state's authorities carry out.
ARREST_BY_UNKNOWN = {"173", "174"}


def _named_place_country(token: Token, reader: ArgumentReader) -> tuple[str, str] | None:
    """(code, name) of the country of a place named in a locative phrase of the verb."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                for place in reader.places:
                    if pobj.left_edge.i <= place.start <= pobj.i and place.entry.country:
                        return place.entry.country, place.text
    return None


def _recode_note(code: CameoCode, why: str) -> str:
    return f"{why}, so coded as {code.code} ({code.name})"


def _locate(events: list[Event], doc: Doc, places: list, sent_of: dict[int, int]) -> None:
    """The event happened at a place its sentence puts it ("in Tskhinval", "at the Kremlin"),
    else at the article's place (the first such place of the lead sentence: where the
    reporting happened). A capital standing for its government ("accused Moscow") is an
    actor, not a place, so only places after a locative preposition count."""
    specific = [p for p in places if not p.is_country and _is_locative(doc, p)]
    lead = next((p for p in specific if sent_of.get(p.start) == 0), None)
    for event in events:
        here = next((p for p in specific if sent_of.get(p.start) == event.sentence), None)
        if here is not None:
            event.location = here
            event.notes.append(f"located at '{here.text}' named in the sentence")
        elif lead is not None:
            event.location = lead
            event.notes.append(f"located at '{lead.text}', the article's lead place")


def _is_locative(doc: Doc, place) -> bool:
    head = doc[place.end - 1].head
    for _ in range(2):  # "in the Kremlin", "in central Moscow", "in Tskhinval's centre"
        if head.dep_ == "prep" and head.lower_ in LOCATIVE_PREPS:
            return True
        head = head.head
    return False


def reader_is_actor(reader: ArgumentReader):
    return lambda token: bool(reader.actors_in(token))


def reader_is_person(reader: ArgumentReader):
    return lambda token: any(a.actor.kind == "person" for a in reader.actors_in(token))


def _arguments(token: Token, entry: LexiconEntry, reader: ArgumentReader):
    actors: list[ArgumentActor] = []
    recipients: list[ArgumentActor] = []
    objects: list[Token] = []
    if entry is OBLIGATION_ENTRY:
        speaker, _ = subject_of(token.head)
        obliged, _ = subject_of(token)
        if speaker is not None:
            actors += reader.actors_in(speaker)
        if obliged is not None:
            recipients += reader.actors_in(obliged)
        return actors, recipients, objects
    if entry.pos == "VERB":
        subject, passive = subject_of(token)
        patient = None
        if passive:
            agent = agent_of(token)
            if agent is not None:
                actors += reader.actors_in(agent)
            patient = subject
        else:
            if subject is not None:
                actors += reader.actors_in(subject)
            patient = object_of(token)
            if patient is not None and subject is not None and patient.i == subject.i:
                patient = None  # "troops were engaged in fighting": a state, not a passive
        holders = [token]
        if patient is not None:
            objects.append(patient)
            named = reader.actors_in(patient)
            if named:
                recipients += named
            else:
                holders.append(patient)
        for holder in holders:
            # ("rejected calls by Kofi Annan": the object's "by" names its author.)
            preps = RECIPIENT_PREPS if holder is token else RECIPIENT_PREPS | {"by"}
            for prep, pobj in prepositional_objects(holder, preps):
                recipients += reader.actors_reached(pobj)
            for prep, pobj in prepositional_objects(holder, JOINT_PREPS):
                # "agreements were signed between X and Y": X and Y act together; "Norway
                # mediated between X and Y", "Egypt hosted talks between X and Y": the one
                # who acts is the subject, X and Y receive.
                joint = reader.actors_in(pobj)
                (recipients if actors else actors).extend(joint)
        if not recipients:
            # "China demanded that the United States stop ...", "X warned that Y would ...":
            # whoever the clause is about receives the demand or warning.
            clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
            if clause is not None:
                clause_subject, _ = subject_of(clause)
                if clause_subject is not None:
                    recipients += reader.actors_in(clause_subject)
        if not recipients:
            recipients += reader.governed_recipients(token, actors)  # "threatened to impose tariffs on Mexico"
    else:
        for child in token.children:
            if child.dep_ in NOUN_ACTOR_DEPS:
                actors += reader.actors_in(child)
        for prep, pobj in prepositional_objects(token, JOINT_PREPS):
            actors += reader.actors_in(pobj)
        for prep, pobj in prepositional_objects(token, RECIPIENT_PREPS | {"of"}):
            # "criticism of Libya", "the release of prisoners": "of" names who undergoes it.
            recipients.extend(reader.actors_reached(pobj))
        if not actors:
            # "Israel launched an attack on Gaza": a support verb lends its subject; a verb
            # that talks about the event ("condemned the strikes") does not.
            verb = _governing_verb(token)
            if verb is not None and verb.lemma_.lower() in SUPPORT_VERBS:
                subject, passive = subject_of(verb)
                if subject is not None and not passive and subject.i != token.i:
                    actors += reader.actors_in(subject)
        if not recipients:
            verb = _governing_verb(token)
            if verb is not None and verb.lemma_.lower() in SUPPORT_VERBS:
                recipients += reader.governed_recipients(verb, actors)  # "opened an inquiry into X by Y"
    return actors, recipients, objects


def _clause_subject(token: Token, deps=("nsubj", "csubj")) -> Token | None:
    """The verb's subject; for a participle clause without one, the main clause's ("a car bomb
    exploded ..., killing nine": the bomb killed; "floods swept ..., killing 40": the floods)."""
    subject = next((c for c in token.children if c.dep_ in deps), None)
    if subject is None and token.dep_ == "advcl" and token.tag_ == "VBG":
        subject = next((c for c in token.head.children if c.dep_ in deps), None)
    return subject


def _governing_verb(token: Token) -> Token | None:
    node = token
    for _ in range(4):
        if node.dep_ not in ("dobj", "pobj", "prep", "attr", "nsubj"):
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _unique(items: list[ArgumentActor]) -> list[ArgumentActor]:
    out, seen = [], set()
    for item in items:
        key = (item.actor.code, item.actor.sector, item.actor.name)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _absorb(outer: Event, inner: Event, ontology: Ontology) -> None:
    """The governing event takes what the governed act tells: its target ("threatened to
    impose tariffs on Mexico" → Mexico) and, for a threat, its kind ("threatened to attack"
    → a threat of military force)."""
    if not outer.recipients:
        own = {a.actor.code for a in outer.actors}
        outer.recipients = [r for r in inner.recipients if r.actor.code not in own] or \
            [a for a in inner.actors if a.actor.code not in own]
    if outer.plover == "THREATEN" and outer.code.code == "130" and inner.code.root in THREAT_CODE \
            and not inner.code.code.startswith("13"):
        outer.code = ontology.cameo(THREAT_CODE.get(inner.code.code[:3], THREAT_CODE[inner.code.root]))
        outer.notes.append(f"a threat to {inner.trigger.text}: coded {outer.code.code}")


def _drop_governing_duplicates(events: list[Event], ontology: Ontology) -> list[Event]:
    """One event per governing chain. "agreed to sign a treaty": the same type twice, keep
    the governed, more specific one. "urged Iran to release the journalists", "threatened to
    walk out": the governed act is what was asked, threatened or refused, not an event of its
    own, so keep the governing one."""
    triggers = {e.trigger.i: e for e in events}
    drop = set()
    for event in events:
        node = event.trigger
        conditional = False
        while node.dep_ in ("xcomp", "ccomp", "advcl") and node.head.i != node.i:
            clause = node.dep_
            # "threatened to expel the inspectors if the United States imposed sanctions": the
            # condition is not an event of its own (it names the threat's target instead).
            conditional = conditional or (clause == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children))
            node = node.head
            outer = triggers.get(node.i)
            if outer is None:
                continue
            if conditional:
                drop.add(id(event))
                break
            if outer.plover == event.plover:
                drop.add(id(outer))
            elif clause != "advcl":
                drop.add(id(event))
                _absorb(outer, event, ontology)
    # "condemned Houthi attacks on shipping", "accused Ukraine of attacking the plant", "refused
    # Ukraine's request for missiles": an event named inside what another event is about is
    # its topic, not a second event. Coordinated acts ("torched buildings and clashed with
    # police") stay separate events.
    for event in events:
        if id(event) in drop:
            continue
        node = event.trigger
        while node.head.i != node.i and node.dep_ not in ("conj", "nsubj", "nsubjpass", "csubj"):
            node = node.head
            outer = triggers.get(node.i)
            if outer is not None and id(outer) not in drop and outer is not event:
                # The same kind of act by the same actor said twice ("reiterated its demand for
                # compensation"): the inner, more specific one stays; "Egypt hosted talks between
                # Israel and Jordan" is Egypt's act.
                outer_codes = {a.actor.code for a in outer.actors}
                inner_codes = {a.actor.code for a in event.actors}
                same_act = outer.plover == event.plover and outer_codes <= inner_codes
                drop.add(id(outer) if same_act else id(event))
                break
    # "Israeli air strikes killed 30 people": the verb whose subject is itself an event
    # noun repeats that event; the noun is the more specific one, and takes the verb's target.
    for event in events:
        subject = _clause_subject(event.trigger, ("nsubj", "nsubjpass"))
        noun_event = triggers.get(subject.i) if subject is not None else None
        if noun_event is not None and noun_event is not event and id(noun_event) not in drop:
            # The verb's named victims beat a target read off a place ("a roadside bombing near
            # Samarra killed a U.S. soldier").
            if not noun_event.recipients or (event.recipients and all(
                    r.via.startswith("place ") for r in noun_event.recipients)):
                noun_event.recipients = event.recipients
            drop.add(id(event))
    return [e for e in events if id(e) not in drop]