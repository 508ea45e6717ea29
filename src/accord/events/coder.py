"""The event coder: lexicon triggers + parse arguments + modality → CAMEO/PLOVER events.

This is the stage itself: for each word, the lexicon entry whose frame fits, then who acts and who
receives, then the code. What it leans on has a module of its own: `dyad_steps` (the rules, step by
step, that settle who acts and who receives beyond the argument slots: unnamed actors, domestic
targets, where parties are put), `record` (the Event), `words` (word predicates, and why a
fitting trigger tells no act), `targets` (whom an act is aimed at beyond its argument slots),
`placing` (where actors and events are put), `recodes` (moving a matched event to another code)
and `states` (what kind of party an actor is)."""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Token

import accord.docext  # noqa: F401
from accord.events.argument_words import by_unknown_attacker
from accord.events.arguments import ArgumentReader
from accord.events.business import business_only
from accord.events.clauses import OBLIGATION_ENTRY, obligation_speaker
from accord.events.contexts import load_context_terms, sentence_contexts
from accord.events.dual_nationals import dual_nationality
from accord.events.dyad_steps import (
    PartyRecord, act_told_by_noun, authorities_of_the_article, authorities_where_it_happened, disarmed,
    brokers_dropped, detainer_protested, domestic_target, forces_own_state, mediator_rebuffed,
    front_line, home_target, one_acts_on_other, other_party_of_clause, party_warned, own_forces_or_people, own_government,
    own_ground_dropped, parties_placed, people_where_unrest_broke_out, place_aimed_at, show_in_own_capital,
    show_of_force_meant, slot_parties, trade_partners, unknown_attacker, words_about_dropped,
)
from accord.events.figurative import general_threat, verbal_attack
from accord.events.frames import frame_check, frame_fits
from accord.events.slots import governed_infinitives
from accord.events.lexicon import Lexicon, load_lexicon
from accord.events.merging import sweep_duplicates
from accord.events.mishaps import mishap_cause
from accord.events.modality import modality_of
from accord.events.ontology import Ontology, load_ontology
from accord.events.placing import locate_events
from accord.events.recodes import (SANCTIONS_CODE, recode_by_governed_act, recode_by_modality, recode_by_words,
                                   recode_foreign_leader_protest)
from accord.events.record import Event
from accord.events.states import PARTY_SECTORS, STATE_SECTORS
from accord.events.words import (RESIGNATION_WORDS, private_crime, private_hacking, reader_is_actor, reader_is_person,
                                 why_not_an_act)
from accord.nlp.domains import load_domain_terms, sentence_domain, story_domain


def _codes(parties) -> tuple[str, ...]:
    """The distinct codes of some parties, in a fixed order (for telling one act from another)."""
    return tuple(sorted({party.actor.code or "" for party in parties}))


# Why a fitting entry coded nothing when its doer has no code (a message of the explanation).
NO_ACTOR = "no actor with a code was found"
NO_FRAME = "no lexicon frame fits"


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
        seen: dict[tuple, Event] = {}
        askers_unknown: set[int] = set()  # words that made no event (no frame, no coded doer ...)
        # trigger index -> how its event was left out ("merged" into another, or "dropped") and why
        dropped: dict[int, tuple[str, str]] = {}
        for token in doc:
            decision = self.decide(token, reader, article_date, sent_of[token.i], detail=False)
            if decision is None or isinstance(decision, str):
                askers_unknown.add(token.i)
                continue
            event = decision
            # (The same act told twice, once with what it asks for: one event, the specific code.)
            # (The parties as sets of codes: "dissolved congress and dismissed the deputies" names the
            # same party twice, which is no second act.)
            key = (event.sentence, event.generic or event.code.code, _codes(event.actors), _codes(event.recipients))
            # (A target only inferred as the actor's own country does not make it another act:
            # "called up police reservists and sent armed units to the south" is one mobilisation.)
            loose = key[:3] + (_codes(r for r in event.recipients if not r.via.startswith("domestic")),)
            first = seen.get(key) or seen.get(loose)
            if first is not None:
                if len(event.code.code) > len(first.code.code):
                    first.code, first.plover = event.code, event.plover
                    first.notes.append(f"said again with what it asks for: coded {event.code.code}")
                dropped[event.trigger.i] = ("merged", f"the same act as '{first.trigger.text}', told again")
                continue
            seen[key] = event
            seen.setdefault(loose, event)
            events.append(event)
        # One sentence's events at a time: a setting or a repeat is told within its sentence.
        swept = []
        for _, told in itertools.groupby(events, key=lambda e: e.sentence):
            kept, merged = sweep_duplicates(list(told), self.ontology)
            swept.extend(kept)
            dropped.update((i, ("merged", why)) for i, why in merged.items())
        events = swept
        for event in events:
            if asked_by_nobody_known(event, askers_unknown):
                dropped[event.trigger.i] = ("dropped", "only asked for, by a request that is no event")
        events = [e for e in events if e.trigger.i not in dropped]
        locate_events(events, doc, doc._.places or [], sent_of)
        doc._.events = events
        doc._.dropped_events = dropped
        return doc

    def _promises_aid(self, token: Token, reader: ArgumentReader) -> bool:
        """What the bloc agrees to is aid for others ("G7 ministers agreed to defer debt payments
        for countries hit by the tsunami"): an infinitive it governs is a lexicon act of 07, given
        outside the bloc even when those it helps have no code."""
        is_actor, is_person = reader_is_actor(reader), reader_is_person(reader)
        for verb in governed_infinitives(token):
            entry = next((e for e in self.lexicon.candidates(verb) if frame_fits(e, verb, is_actor, is_person)), None)
            if entry is not None and entry.cameo.startswith("07"):
                return True
        return False

    def decide(self, token: Token, reader: ArgumentReader, article_date, sentence: int,
               detail: bool = True) -> Event | str | None:
        """The event this token triggers, or why not (a sentence for `accord explain`), or
        None when the word is not in the lexicon at all. Without ``detail`` a word no frame fits
        gets no account of each frame's failure: coding a batch never reads it, and checking
        every frame again for the account was a third of this stage's time."""
        if obligation_speaker(token) is not None:
            return self._code(token, OBLIGATION_ENTRY, reader, article_date, sentence)
        entries = self.lexicon.candidates(token)
        if not entries:
            return None
        is_actor, is_person = reader_is_actor(reader), reader_is_person(reader)
        entry = next((e for e in entries if frame_fits(e, token, is_actor, is_person)), None)
        if entry is None:
            if not detail:
                return NO_FRAME
            return f"{NO_FRAME}: " + "; ".join(
                f"{e.label}: {frame_check(e, token, is_actor, is_person)}" for e in entries)
        return self._code(token, entry, reader, article_date, sentence)

    def _code(self, token, entry, reader, article_date, sentence) -> Event | str:
        """The event ``entry`` codes at ``token``, or why not: who the argument slots name, an
        actor left unnamed, recipients beyond the slots, a domestic target; then the code, what
        moves it, and where its parties are put."""
        not_told = why_not_an_act(token, entry, reader)
        if not_told is not None:
            return not_told
        who = slot_parties(token, entry, reader)
        why_not = act_told_by_noun(token, entry, reader, who)
        if why_not is not None:
            return why_not
        for step in (unknown_attacker, people_where_unrest_broke_out, forces_own_state,
                     authorities_where_it_happened, authorities_of_the_article):
            step(token, entry, reader, who)
        if not who.actors:
            return f"{entry.label} fits, but {NO_ACTOR}"
        if entry.cameo[:2] == "14" and all(a.actor.sector == "BUS" for a in who.actors):
            # "The company staged a demonstration of its new robot": a product show, not a protest.
            return f"{entry.label} fits, but a company's demonstration is not a protest"
        if entry.cameo[:2] == "15" and all(a.actor.sector == "BUS" for a in who.actors):
            # "A Finnish start-up launched a rocket carrying satellites": a firm's launch or test
            # is business, not a show of military or police power.
            return f"{entry.label} fits, but a company's launch or exercise is not a show of force"
        for step in (dual_nationality, own_ground_dropped, show_of_force_meant, place_aimed_at, front_line, own_government,
                     party_warned, other_party_of_clause, words_about_dropped, brokers_dropped, detainer_protested, mediator_rebuffed,
                     disarmed,
                     domestic_target,
                     own_forces_or_people, trade_partners, show_in_own_capital):
            step(token, entry, reader, who)
        if who.named_recipients and not who.recipients and len(who.actor_codes) < 2:
            # An actor acting on itself ("Russia ... integration with Russia"): the parse has
            # mixed up the roles, so no event rather than a wrong one. (Joint actors agreeing
            # on something of one of theirs act together, with no recipient.)
            return f"{entry.label} fits, but the recipient is the actor itself"
        one_acts_on_other(token, entry, reader, who)
        if entry.cameo[:2] in ("18", "19", "20") and all(by_unknown_attacker(a) for a in who.actors):
            crime = private_crime(token, reader)
            if crime is not None:
                # "over the killing of a drug dealer", "stabbed to death in a bar brawl": an
                # attacker nobody names, a private victim or a private fight: a common crime.
                return f"{entry.label} fits, but '{crime.text}' makes it a common crime by nobody named"
        if private_hacking(token, entry.cameo, who.actors, who.recipients):
            # "Hackers attacked the computer systems of a supermarket chain": a crime on a firm.
            return f"{entry.label} fits, but it is an attack on a firm's computers by people only the story places"
        why_not = self._not_state_news(token, entry, reader, who)
        if why_not is not None:
            return why_not
        if entry is OBLIGATION_ENTRY and not _obliged_recipients(token, who.recipients):
            # "said that Europe must learn to defend itself": an obligation put on nobody with a
            # code is a view, not a demand. ("The coach must fit our profile - a coach who
            # understands the Dutch league": a party read elsewhere in the clause is not the one
            # obliged.)
            return f"{entry.label} fits, but the obligation is put on nobody with a code"
        modality = modality_of(token, who.objects, article_date)
        code = self.ontology.cameo(entry.cameo)
        notes: list[str] = []
        if business_only(token, who.actors, who.recipients):
            return f"{entry.label} fits, but every party is a business of one country, or the act is a deal between businesses (accord.events.business)"
        if entry.cameo.startswith("03") and not who.recipients and who.actors \
                and all((a.actor.code or "").startswith("IGO") for a in who.actors) \
                and not self._promises_aid(token, reader):
            # "BRICS leaders agreed to set up a development bank", "OPEC agreed to cut output": a
            # bloc's members agreeing among themselves, with nobody outside it named, is the
            # bloc's own business, not an intent towards anyone.
            return f"{entry.label} fits, but a bloc agreeing among its members names nobody it is aimed at"
        if general_threat(token, code.code, who.actors, who.recipients, reader):
            return f"{entry.label} fits, but '{token.text}' is named in general: nobody does it to anybody named"
        cause = mishap_cause(token, code.code, who.actors)
        if cause is not None:
            return f"{entry.label} fits, but nobody did it: '{cause.text}' names a disaster or accident"
        figure = verbal_attack(token, code.code, who.actors, who.recipients)
        if figure == "nobody":
            return f"{entry.label} fits, but '{token.text}' is used of words and nobody named makes the attack"
        if figure == "commerce":
            return f"{entry.label} fits, but what '{token.text}' is aimed at is a price, market or product: a fight for custom"
        if figure == "criticism":
            # "attacking the party he once wanted to lead", "went on the offensive over comments":
            # a war word used of speech (accord.events.figurative).
            code = self.ontology.cameo("111")
            notes.append(f"no force, weapon or state in the sentence: '{token.text}' is criticism (111)")
        code = recode_by_words(token, code, who.actors, who.recipients, reader, self.lexicon, self.ontology, notes)
        plover = code.plover
        if not plover:
            return f"{entry.label} fits, but CAMEO {code.code} has no PLOVER type"
        code, plover = recode_by_modality(token, code, plover, modality, notes, self.ontology)
        generic = code.code
        code = recode_by_governed_act(token, entry, code, plover, reader, self.lexicon, self.ontology, notes)
        code = recode_foreign_leader_protest(code, who.actors, who.recipients, self.ontology, notes)
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
        home_target(token, who, code)
        parties_placed(token, entry, reader, who)
        if code.code == "0831" and token.lemma_.lower() in RESIGNATION_WORDS:
            generic = "084"  # ("stepped down and handed power to the army": one act of giving up office)
        event = Event(token, entry, code, plover, who.actors, who.recipients, modality, sentence, notes=notes,
                      contexts=contexts, generic=generic)
        quote = reader.claim_at(token)
        if quote is not None:
            event.reported_by = (quote.speaker_name, quote.id)
        return event

    def _not_state_news(self, token, entry, reader, who: PartyRecord) -> str | None:
        """Why a sports or entertainment sentence codes no event: no party is an office or state body."""
        # (No team or film freezes assets or imposes an embargo: a sanction stays a state's act when
        # what it hits is a football club, "froze the assets of the club's owner".)
        if entry.cameo.startswith(SANCTIONS_CODE):
            return None
        domain = sentence_domain(token.sent, self.domain_terms, reader.named_tokens) or reader.doc_domain
        # (A party is politics, not a team: "The Tories say Labour's plans for school sport have failed".)
        if domain is not None and not any(a.actor.sector in STATE_SECTORS | PARTY_SECTORS | {"IGO", "REB", "UAF"}
                                          and not a.via.startswith(NOT_STATE_IN_SPORT)
                                          and not (by_unknown_attacker(a) and not entry.cameo.startswith("183"))
                                          for a in who.actors + who.recipients):
            # "New Zealand meet Wales in the final": countries as teams, not states; in a
            # sports or entertainment story an event needs a named office or state body (a
            # capital there is a city or its club: "Real Madrid").
            # (Nor is an attacker inferred from the place: "a fan was killed before the semi-final",
            # "after his father is killed he teams up with a wolf cub" are crimes and plots; a bombing
            # near a stadium keeps its inferred attacker.)
            return (f"{entry.label} fits, but this reads as {domain[0]} news ('{domain[1]}') "
                    "and no actor is an office or state body")
        if domain is not None and entry.cameo[:2] in LEGAL_ROOTS and who.actors \
                and all(a.actor.sector in LAW_SECTORS for a in who.actors) \
                and len({a.actor.code[:3] for a in who.actors + who.recipients if a.actor.code}) == 1 \
                and not any(r.actor.sector for r in who.recipients):
            # "Greek prosecutors charged the sprinters", "a district judge rejected the defence's
            # motion" in a doping story: a court's or the police's case against people of their own
            # country with no office or party, in sport or entertainment news, is a trial, not
            # state news.
            return (f"{entry.label} fits, but this reads as {domain[0]} news ('{domain[1]}') and it is a "
                    "court's or the police's case at home against people with no office or party")
        return None


# In sport and entertainment news these do not stand for a state body: an official read from the
# context, a capital (a city or its club), the unnamed authorities of a place.
NOT_STATE_IN_SPORT = ("role, in a", "person, in a", "capital", "authorities of")
# Acts of law (investigate, accuse or charge, reject, coerce) and the bodies of law and order.
LEGAL_ROOTS = ("09", "11", "12", "17")
LAW_SECTORS = {"JUD", "COP"}


def asked_by_nobody_known(event: Event, askers_unknown: set[int]) -> bool:
    """An act someone only asked for ("families ... urged the senator to apologize") whose
    request is no event: the asker has no code, no frame of the asking verb fits ("called the
    minister to resign", with neither "on" nor "for"), or the request was left out for another
    reason ("called on the Verkhovna Rada to repeal ...", asker and asked one state). It is not
    the target's act, and the request is not coded, so nothing is told. (A coded request has
    already taken the act it asks for in: see `merging`.)"""
    return event.modality.asked_by is not None and event.modality.asked_by in askers_unknown


def _obliged_recipients(token: Token, recipients: list) -> list:
    """The recipients named in the subject of an obligation's verb ("Sudan must return")."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return recipients  # (a subject found through a conjunct or a relative clause)
    span = list(subject.subtree)
    start, end = span[0].idx, span[-1].idx + len(span[-1])
    return [r for r in recipients if start <= r.start and r.end <= end]
