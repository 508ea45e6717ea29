"""Whom an act names beyond its own slots, for the argument reader: the recipients of the act
a verb governs ("threatened to deliver blows to the United States"), of a condition or a purpose,
of a coordinated act; whoever acts in a clause giving the reason ("after North Korea fired a
missile"); whom a show of force is meant for ("as a deterrent against Iran"); and the parties
a set of words names (the one other party of a clause).

``FurtherParties`` is a part of ``ArgumentReader`` (it reads ``self.doc``, ``self.mentions`` and
``self.places``, and calls ``self.actors_in``, ``self.actors_reached`` and ``self._arg``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from accord.actors.model import Actor
from accord.events.argument_words import (
    CONDITION_MARKS, FACING_PREPS, REASON_MARKS, REASON_PREPS, RECIPIENT_PREPS, TRIAL_NOUNS, WARNING_NOUNS, governed_clauses,
    is_purpose,
    relation_owner,
)
from accord.events.places import (
    court_venue, exiles_venue, is_country_code, names_a_thing, names_an_agreement, publication_venue,
)
from accord.events.homes import is_dateline
from accord.events.syntax import SUBJECT_DEPS, in_manner_phrase, prepositional_objects, subject_of

if TYPE_CHECKING:  # the argument reader imports this module
    from accord.events.arguments import ArgumentActor


class FurtherParties:
    def governed_recipients(self, verb: Token, actors: list[ArgumentActor]) -> list[ArgumentActor]:
        # "promised to democratise Serbia": the actor's own country is not a target; another
        # body of it is ("threatened to ban Ugandan opposition candidates").
        own = {a.actor.code for a in actors} | {(a.actor.code, a.actor.sector) for a in actors}
        return [r for r in self._governed_recipients(verb)
                if (r.actor.code, r.actor.sector) not in own and not (r.actor.sector is None and r.actor.code in own)]

    def _governed_recipients(self, verb: Token) -> list[ArgumentActor]:
        """Whom the act a verb governs is aimed at, when the verb names nobody itself:
        "threatened to deliver blows to the United States", "offered to hand the suspects over
        to Britain", "promised to continue military aid to Mozambique"; failing that, whoever a
        condition is put to ("threatened to walk out unless Russia agreed")."""
        for clause in [verb, *governed_clauses(verb)]:
            if clause is not verb:
                obj = next((c for c in clause.children if c.dep_ in ("dobj", "obj", "dative")), None)
                found = self.actors_reached(obj) if obj is not None else []
                for _prep, pobj in prepositional_objects(clause, RECIPIENT_PREPS):
                    found += self.actors_reached(pobj)
                if found:
                    return found
        if verb.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            # "opened an investigation into fraud by a Russian company": the small model hangs
            # the object's "by" phrase on an active verb, where it cannot be the agent.
            found = [a for _prep, pobj in prepositional_objects(verb, {"by"}) if pobj.pos_ in ("NOUN", "PROPN")
                     for a in self.actors_in(pobj)]
            if found:
                return found
        for clause in [verb, *governed_clauses(verb)]:
            for child in clause.children:
                if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                                 for m in child.children):
                    subject, _passive = subject_of(child)  # "if NATO troops were deployed" too
                    if subject is not None:
                        found = self.actors_in(subject)
                        if found:
                            return found
        # A purpose: "blocked a road to show their anger at the United States' policies" is
        # aimed at the United States; "summoned Niger's ambassador to complain" at Niger.
        # ("arrived in Lebanon to join the UN mission": a place the verb goes to comes first.)
        place_tokens = {i for p in self.places if p.entry.country for i in range(p.start, p.end)}
        goes_to_place = any(t.i in place_tokens for _prep, pobj in prepositional_objects(verb, {"in", "to", "into"})
                            for t in pobj.subtree)
        for purpose in (c for c in verb.children if is_purpose(c) and not goes_to_place):
            obj = next((c for c in purpose.children if c.dep_ in ("dobj", "obj")), None)
            found = self.actors_reached(obj) if obj is not None else []
            for _prep, pobj in prepositional_objects(purpose, RECIPIENT_PREPS):
                found += self.actors_reached(pobj)
            if obj is not None:
                for _prep, pobj in prepositional_objects(obj, RECIPIENT_PREPS):
                    found += self.actors_reached(pobj)
            found = [a for a in found if not a.via.startswith("pronoun")]  # "their anger" is the actor's
            if found:
                return found
        if is_purpose(verb):
            obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj")), None)
            if obj is not None:
                return self.actors_in(obj)
        if verb.dep_ == "xcomp" and verb.head.dep_ == "conj":
            # ("received his Indian counterpart and pledged to settle the border dispute": the act
            # the second verb governs, when nothing in it names a party.)
            verb = verb.head
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in SUBJECT_DEPS + ("nsubjpass",) for c in verb.children):
            # "recalled its envoy from India and suspended trade talks": two acts of one
            # sentence and one actor, aimed at the same party.
            first = verb.head
            found = []
            obj = next((c for c in first.children if c.dep_ in ("dobj", "obj")), None)
            for holder in ([first, obj] if obj is not None else [first]):
                for _prep, pobj in prepositional_objects(holder, RECIPIENT_PREPS):
                    found += self.actors_reached(pobj)
            if obj is not None:
                found += [a for a in self.actors_in(obj) if not a.via.startswith(("pronoun", "role + possessive"))]
            return found
        return []


    def trying_states(self, clause: Token) -> list[ArgumentActor]:
        """The states a governed act would send someone to "for trial in" ("refused to hand over
        the two suspects for trial in Scotland or the United States"; the parser may hang the
        phrase deeper, on what they are suspected of): the states a place or a name there is of."""
        found: list[ArgumentActor] = []
        for trial in clause.subtree:
            if trial.lemma_.lower() not in TRIAL_NOUNS or trial.dep_ != "pobj" or trial.head.lower_ != "for":
                continue
            for _prep, where in prepositional_objects(trial, {"in"}):
                for named in (where, *where.conjuncts):
                    place = next((p for p in self.places if p.start <= named.i < p.end and p.entry.country), None)
                    if place is not None and not (place.entry.is_country or place.entry.feature == "ADM1"):
                        continue  # ("for trial in The Hague": a court's seat, not the state that tries)
                    # (a place first: the reader takes a name's coordinated names in too)
                    actors = [] if place is not None else self.actors_in(named)
                    if place is not None and is_country_code(place.entry.country):
                        actors = [self._arg(Actor(place.entry.country, None, None, "country"), place.start, place.end,
                                            f"where the trial would be ('{place.text}')")]
                    found += [a for a in actors if a.actor.code not in {f.actor.code for f in found}]
        return found

    def parties_in(self, tokens: set[int], skip: set[int]) -> dict[str, ArgumentActor]:
        """Country (or organisation) codes named by mentions and places among ``tokens``, other
        than those at ``skip``, each with the words that name it: states, their bodies and people,
        persons of known nationality ("Russian President Vladimir Putin"), organisations."""
        found: dict[str, ArgumentActor] = {}
        skip = set(skip) | {i for i in tokens if exiles_venue(self.doc[i]) or publication_venue(self.doc[i])
                            or in_manner_phrase(self.doc[i]) or _trial_venue(self.doc[i])}
        for mention in self.mentions:
            code = mention.actor.code
            if code and is_country_code(code[:3]) and court_venue(self.doc[mention.end - 1]):
                continue  # ("is pursuing damages in a US court": where it is heard, not whom at)
            if code and mention.start in tokens and mention.start not in skip and not relation_owner(
                    self.doc[mention.end - 1]) and not (mention.via == "capital"
                                                        and names_an_agreement(self.doc[mention.end - 1])):
                code = code[:3] if is_country_code(code[:3]) else code
                found.setdefault(code, self._arg(Actor(code, None, None, "country"), mention.start, mention.end,
                                                 f"the one other party its clause names ({mention.via})"))
        for place in self.places:
            if place.start in tokens and place.start not in skip and place.entry.country \
                    and not names_a_thing(self.doc, place) and not is_dateline(self.doc, place) \
                    and not court_venue(self.doc[place.end - 1]):
                found.setdefault(place.entry.country, self._arg(
                    Actor(place.entry.country, None, None, "country"), place.start, place.end,
                    f"place '{place.text}', the one other party its clause names"))
        return found

    def reason_actors(self, verb: Token, own: set[str] = frozenset()) -> list[ArgumentActor]:
        """Whoever acts in a clause giving the reason for the verb ("after North Korea fired a
        missile", "as Russian troops massed on the border"), else the one party other than
        ``own`` that a phrase of time or cause names ("after a flare-up of fighting with
        Armenian troops")."""
        for child in verb.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in REASON_MARKS for m in child.children):
                subject, passive = subject_of(child)
                if subject is not None and not passive:
                    return self.actors_in(subject)
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in REASON_PREPS:
                named = [a for t in child.subtree if t.dep_ in ("pobj", "amod", "compound", "poss")
                         for a in self.actors_in(t) if a.actor.code and a.actor.code not in own]
                if len({a.actor.code for a in named}) == 1:
                    return named[:1]
        return []

    def meant_for(self, verb: Token) -> list[ArgumentActor]:
        """Whom a show of force is meant for, by a phrase of the verb or of its purpose clause:
        "as a deterrent against Iran", "in a warning to Pyongyang"."""
        holders = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "advcl")]
        for holder in holders:
            for _prep, pobj in prepositional_objects(holder, {"as", "in"}):
                if pobj.lemma_.lower() in WARNING_NOUNS:
                    aimed = [a for _p, other in prepositional_objects(pobj, {"to", "against", "for"})
                             for a in self.actors_in(other)]
                    if aimed:
                        return aimed
            for called in [g for c in holder.children if c.dep_ == "prep" and c.lower_ == "in"
                           for g in c.children if g.dep_ == "pcomp"]:
                # "in what commanders called a warning to the United States"
                said = [c for c in called.children if c.dep_ in ("oprd", "dobj", "attr")
                        and c.lemma_.lower() in WARNING_NOUNS]
                if called.pos_ == "VERB" and said:
                    aimed = [a for h in (called, said[0]) for _p, other in prepositional_objects(h, {"to", "against", "for"})
                             for a in self.actors_in(other)]
                    if aimed:
                        return aimed
        # "massed troops in Fujian province opposite Taiwan": forces put facing a state face it.
        facing = [a for holder in [verb] + [c for c in verb.children if c.dep_ == "dobj"]
                  for _p, pobj in prepositional_objects(holder, FACING_PREPS) for a in self.actors_in(pobj)]
        return facing


def _trial_venue(token: Token) -> bool:
    """"hand over the general for trial in The Hague": where a trial would be held is no party the
    act is aimed at (trying_states reads a state named there as the one that would try)."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "prep" and ancestor.lower_ == "in":
            trial = ancestor.head
            return trial.lemma_.lower() in TRIAL_NOUNS and trial.dep_ == "pobj" and trial.head.lower_ == "for"
    return False

