"""The event coder: lexicon triggers + parse arguments + modality → CAMEO/PLOVER events.

This is the stage itself: for each word, the lexicon entry whose frame fits, then who acts and who
receives (with the coder's own rules for domestic targets and unnamed actors), then the code. What
it leans on has a module of its own: `record` (the Event), `words` (word predicates, and why a
fitting trigger tells no act), `targets` (whom an act is aimed at beyond its argument slots),
`placing` (where actors and events are put), `recodes` (moving a matched event to another code)
and `states` (what kind of party an actor is)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

import accord.docext  # noqa: F401
from accord.actors.model import Actor
from accord.events.arguments import JOINT_PREPS, PLACE_DEMONYM, ArgumentActor, ArgumentReader
from accord.events.business import business_only
from accord.events.clauses import OBLIGATION_ENTRY, obligation_speaker
from accord.events.contexts import (
    load_context_terms, load_domain_terms, sentence_contexts, sentence_domain, story_domain,
)
from accord.events.entries import ACTOR_OBJECT
from accord.events.figurative import general_threat, verbal_attack
from accord.events.frames import frame_check, frame_fits
from accord.events.lexicon import Lexicon, load_lexicon
from accord.events.merging import drop_governing_duplicates, passive_without_agent
from accord.events.modality import modality_of
from accord.events.ontology import Ontology, load_ontology
from accord.events.parties import (
    EXPULSIONS, arguments_of, target_is_destination, target_place, unique_actors, venue_offsets,
)
from accord.events.places import (
    act_location, front_line_party, is_country_code, locative_country, nationwide, place_country,
)
from accord.events.placing import TRANSNATIONAL, based_in, locate_events, placed_groups, under_parent
from accord.events.recodes import recode_by_governed_act, recode_by_modality, recode_by_words
from accord.events.record import Event
from accord.events.slots import OCCURRENCE_VERBS
from accord.events.states import NON_STATE_ARMED, STATE_SECTORS, foreign_armed_group, is_state, non_state_armed
from accord.events.syntax import prepositional_objects, subject_of
from accord.events.targets import (
    DEMOBILISING, aimed_at_own, bare_government, earlier_doing, insurgents_at_home, one_other_party,
    recipients_by_phrase, relative_descriptions,
)
from accord.events.words import (
    RESIGNATION_WORDS, author_unnamed, reader_is_actor, reader_is_person, told_by_noun, why_not_an_act,
)

OWN_POSSESSIVES = {f"pronoun '{word}'" for word in ("its", "their", "Its", "Their")}


def _codes(parties) -> tuple[str, ...]:
    """The distinct codes of some parties, in a fixed order (for telling one act from another)."""
    return tuple(sorted({party.actor.code or "" for party in parties}))


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
        for token in doc:
            decision = self.decide(token, reader, article_date, sent_of[token.i])
            if decision is None or isinstance(decision, str):
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
                continue
            seen[key] = event
            seen.setdefault(loose, event)
            events.append(event)
        events = drop_governing_duplicates(events, self.ontology)
        locate_events(events, doc, doc._.places or [], sent_of)
        doc._.events = events
        return doc

    def decide(self, token: Token, reader: ArgumentReader, article_date, sentence: int) -> Event | str | None:
        """The event this token triggers, or why not (a sentence for `accord explain`), or
        None when the word is not in the lexicon at all."""
        if obligation_speaker(token) is not None:
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

    def _code(self, token, entry, reader, article_date, sentence) -> Event | str:
        not_told = why_not_an_act(token, entry, reader)
        if not_told is not None:
            return not_told
        actors, recipients, objects = arguments_of(token, entry, reader)
        recipients, perpetrators = recipients_by_phrase(token, entry, reader, actors, recipients)
        actors = unique_actors([a for a in actors if a.actor.code])
        actor_codes = {a.actor.code for a in actors}
        same = {(a.actor.code, a.actor.sector) for a in actors}
        state_side = {(a.actor.code, None) for a in actors if a.actor.sector in STATE_SECTORS}
        # "its troops", "their classmates": the actor's own people are not a recipient.
        # ("Czechia and Albania upgraded their ties": joint actors' own "their" is not a recipient.)
        # ("withdrew from the Bosnian town": the actor's own country as a place is not a target.)
        joint_own = (OWN_POSSESSIVES if len(actor_codes) > 1 else set()) | {PLACE_DEMONYM}
        # ("Eritreans demonstrated against their government": people protest against their own
        # state, which is a recipient.)
        own_state_protested = entry.cameo[:2] == "14" and not any(a.actor.sector in STATE_SECTORS for a in actors)
        named_recipients = [r for r in recipients if r.actor.code
                            and not ((r.via.endswith("possessive") or r.via in joint_own)
                                     and r.actor.code in actor_codes
                                     and not (own_state_protested and r.actor.sector in STATE_SECTORS))
                            and not (r.via.startswith("role, in a") and r.actor.sector in STATE_SECTORS
                                     and (r.actor.code, None) in same | state_side)]
        if entry.cameo[:2] == "04" and len(actor_codes) >= 2 and objects:
            # "Japan and South Korea discussed North Korea's missile programme": what two parties
            # talk about is their topic, not a party to the talks.
            # ("mediated talks between Israel and Hamas", "held talks with China": those are parties.)
            parties = {t.idx for obj in objects for p, pobj in prepositional_objects(obj, {"with"} | JOINT_PREPS)
                       for t in pobj.subtree}
            topic = {t.idx for obj in objects for t in obj.subtree} - parties
            named_recipients = [r for r in named_recipients if r.start not in topic]
        if entry.cameo[:2] < "06":
            # "met on the Indonesian island of Bali", "met on the margins of an SCO gathering",
            # "held talks at a U.N. post": where talks and diplomacy happen is no party to them.
            venue = venue_offsets(token)
            named_recipients = [r for r in named_recipients if r.via != PLACE_DEMONYM and r.start not in venue]
        # Same country, another body ("Palestinian police ... Palestinian armed groups") is a
        # domestic event; the same actor again is not a recipient.
        actor_names = {a.actor.name for a in actors if a.actor.kind == "person"}
        # ("A Dutch court found the Dutch state liable": a court acting on its own state is no
        # repetition of the actor; the state is the recipient.)
        courts_on_own_state = bool(actors) and all(a.actor.sector == "JUD" for a in actors)
        recipients = unique_actors([r for r in named_recipients
                              if (r.actor.kind == "person" and r.actor.name not in actor_names)
                              or ((r.actor.code, r.actor.sector) not in same
                                  and not (r.actor.code in actor_codes and r.actor.sector is None
                                           and not courts_on_own_state))])
        if not actors and entry.pos == "VERB" and entry.cameo[:3] in VIOLENCE_BY_UNKNOWN \
                and told_by_noun(token, reader) is not None:
            # "Two soldiers were wounded in a PKK attack": the attack noun is the event.
            return f"{entry.label} fits, but the act is told by '{told_by_noun(token, reader).text}'"
        if not actors and entry.cameo[:3] in VIOLENCE_BY_UNKNOWN and author_unnamed(token):
            # "A roadside bomb killed three soldiers near Samarra": CAMEO codes the unknown
            # attacker as an unidentified armed force (UAF) of the country where it struck.
            where = place_country(token, reader, [r for r in recipients if r.actor.code])
            if where is not None:
                actors = [ArgumentActor(Actor(where[0], "UAF", None, "country"), token.idx,
                                        token.idx + len(token), token.text, f"unidentified attacker in {where[1]}")]
        if not actors and entry.cameo[:2] == "14" and entry.pos == "NOUN" and token.dep_ == "nsubj" \
                and token.head.lemma_.lower() in OCCURRENCE_VERBS:
            # "Riots broke out in Dakar", "protests erupted across Iran": unrest that breaks out
            # with nobody named is of ordinary people where it happens.
            where = reader.clause_place(token.head) or reader.clause_place(token)
            if where is not None:
                actors = [ArgumentActor(Actor(where.code, "CVL", where.name, "country"), token.idx,
                                        token.idx + len(token), token.text, f"people of {where.name or where.code}, "
                                        "where it broke out")]
                actor_codes = {where.code}
        if not actors and entry.cameo[:2] == "15" and passive_without_agent(token):
            # "French police and soldiers were placed on maximum alert": forces put on alert,
            # mobilised or deployed are moved by their own state.
            placed, _passive = subject_of(token)
            forces = [r for r in (reader.actors_in(placed) if placed is not None else [])
                      if r.actor.code and r.actor.sector in STATE_SECTORS]
            if forces:
                own = forces[0].actor
                actors = [ArgumentActor(Actor(own.code, "GOV", None, "country"), token.idx, token.idx + len(token),
                                        token.text, f"the state of '{forces[0].text}'")]
                actor_codes = {own.code}
                recipients = [r for r in recipients if r.actor.code != own.code]
                named_recipients = [r for r in named_recipients if r.actor.code != own.code]
        if not actors and entry.cameo[:3] in STATE_ACTS_BY_UNNAMED and passive_without_agent(token):
            # "A US national has been put under investigation in Italy", "was arrested in
            # Lebanon": arrests and investigations are acts of the state where they happen.
            where = locative_country(token, reader, expel=entry.cameo[:3] == "174")
            parties = {(r.actor.code, r.actor.name) for r in recipients if r.actor.code and r.actor.sector
                       and r.actor.sector != "CVL"}
            if where is None and len({code for code, _ in parties}) == 1:
                # "Opposition leaders were barred from running": their own state did it.
                where = next(iter(parties))
            # Only when whoever undergoes it is a party: a foreigner or a named body ("a US
            # national", "opposition activists"), not any person arrested after a brawl.
            if where is not None and any(r.actor.code and (r.actor.code != where[0]
                                                           or r.actor.sector not in (None, "CVL"))
                                         for r in recipients):
                sector = "COP" if entry.cameo[:2] == "17" else "GOV"
                actors = [ArgumentActor(Actor(where[0], sector, None, "country"), token.idx,
                                        token.idx + len(token), token.text,
                                        f"authorities of {where[1]}, where it happened")]
                # The place itself ("expelled from Papua New Guinea") is the actor, not a party.
                recipients = [r for r in recipients if r.actor.code != where[0] or r.actor.sector]
        if not actors:
            return f"{entry.label} fits, but no actor with a code was found"
        if entry.cameo[:2] == "14" and all(a.actor.sector == "BUS" for a in actors):
            # "The company staged a demonstration of its new robot": a product show, not a protest.
            return f"{entry.label} fits, but a company's demonstration is not a protest"
        if named_recipients and not recipients:
            joint = len(actor_codes) >= 2 and {r.actor.code for r in named_recipients} <= actor_codes
            own_ground = all((r.actor.sector is None and r.via.startswith(OWN_GROUND_VIAS))
                             or r.via.startswith("pronoun")
                             or (r.actor.kind == "person" and r.actor.name in actor_names) for r in named_recipients)
            # An entry that needs an actor as object ("berated his team-mates") has none then.
            needs_actor = any(values == (ACTOR_OBJECT,) for key, values in entry.frame if key == "obj")
            if joint or (own_ground and not needs_actor):
                # "Czechia and Albania upgraded their ties": a joint act, nobody else receives.
                # "confiscated weapons from Palestinian groups", "withdrew from the Bosnian
                # town": the actor's own country is named as the place or people, not a party;
                # "reneged on his commitment": the actor's own word.
                named_recipients = []
        if entry.cameo[:2] == "15" and all(r.actor.code[:3] in {c[:3] for c in actor_codes} for r in recipients):
            # "sent a carrier to the Gulf to bolster U.S. forces as a deterrent against Iran": a show
            # of force is aimed at whom it is meant to deter or warn, not at the actor's own forces.
            meant = [r for r in reader.meant_for(token) if r.actor.code and r.actor.code not in actor_codes]
            if meant:
                recipients = named_recipients = meant
        guessed = bool(recipients) and all(r.via.startswith("role, in a") and r.actor.code in actor_codes
                                           for r in recipients)
        if (not recipients or guessed) and len({a.actor.code for a in actors}) == 1:
            # (Victims known only by the sentence's one country, which is the attacker's own,
            # "Palestinian bombers killed 23 people ... in Tel Aviv", are where it struck.)
            # "delivered food to the city of El Fasher", "drills around Taiwan", "massed troops
            # along the border with Ukraine": the country of the place the act is aimed at.
            # (Joint acts have no target: "held talks in Baghdad" is where, not whom.)
            # A visit's "in" names the host too ("arrived in Hanoi for a state visit").
            # So does an easing's ("lifted the curfew in Montenegro") and material help's
            # ("invested $2 billion in Egypt").
            target = target_place(token, reader, conflict=entry.cameo[:2] >= "14" or entry.cameo[:3] in PLACED_AID
                                  or entry.cameo.startswith(("042", "06", "07") + DOMESTIC_BY_STATE),
                                  away=entry.cameo.startswith(WITHDRAWING), neighbour=entry.cameo[:2] < "17")
            if target is not None and entry.cameo.startswith(EXPULSIONS) and target.via.startswith("place ") \
                    and target_is_destination(token, target):
                target = None  # "expelled a bishop to Rome": where they were sent
            if target is not None and target.actor.code not in actor_codes:
                recipients = [target]
            elif entry.cameo[:2] == "15":
                # "put its army on alert after Russian troops massed in Belarus": a show of
                # force answers whoever acted in the clause that gave the reason.
                recipients = [r for r in reader.reason_actors(token, actor_codes) if r.actor.code not in actor_codes]
            own_place = target is not None and target.actor.code in actor_codes
        else:
            own_place = False
        if not own_place and not recipients and nationwide(token):
            # "deployed 45,000 police officers across the country", "a nationwide curfew": the
            # actor's own country, though no place is named
            own_place = True
        if (entry.cameo[:2] >= "15" or entry.cameo.startswith("087")) \
                and not any(r.actor.code not in actor_codes for r in recipients):
            # "rushed troops to the Line of Control", "shelled posts across the line of contact",
            # "pulled back artillery from the line of contact": a front line named without either
            # state is aimed at its other side.
            front = front_line_party(token, actor_codes)
            if front is not None:
                side, words = front
                recipients = named_recipients = [ArgumentActor(Actor(side, None, None, "country"), words.idx,
                                                               words.idx + len(words), words.text,
                                                               f"the other side of '{words.text}'")]
                own_place = False
        if not recipients and not named_recipients and len(actor_codes) == 1 and entry.cameo[:2] in ("10", "13", "14") \
                and all(a.actor.sector not in STATE_SECTORS for a in actors) and is_state(next(iter(actor_codes))):
            # "Thousands of Israelis demonstrated ..., demanding that the government secure a deal",
            # "settler leaders threatened disobedience if the government went ahead": people who
            # protest, demand or threaten are aimed at "the government" their sentence names,
            # their own, before any other party of the sentence.
            home = next(iter(actor_codes))
            government = bare_government(token, reader)
            if government is not None:
                recipients = [ArgumentActor(Actor(home, "GOV", None, "country"), government.idx,
                                            government.idx + len(government), government.text,
                                            f"'{government.text}', the actor's own ({home})")]
        if not recipients and not named_recipients and len(actor_codes) == 1 and entry.cameo[:2] != "17":
            # (Repression without a named party stays domestic: "barred women from
            # working for the United Nations" is aimed at the women, not the UN.)
            # Nobody found in the argument slots, but the act's clause names one other party
            # ("backed down after a standoff with Washington", "gave Kyiv an ultimatum", "spoke by
            # telephone with Russian President Vladimir Putin"): CAMEO's target is that one.
            other = one_other_party(token, entry, actors, reader)
            if other is not None:
                recipients = [other]
        if entry.cameo.startswith(DEMOBILISING) and non_state_armed(actors):
            # "guerrillas handed over their weapons to U.N. observers": rebels who disarm yield to
            # their own state; monitors who take the weapons are no party to it.
            recipients = [r for r in recipients if not r.actor.code.startswith("IGO")]
            named_recipients = [r for r in named_recipients if not r.actor.code.startswith("IGO")]
        domestic = None
        by_state = own_place and entry.cameo.startswith(DOMESTIC_BY_STATE + ("18", "19", "20")) \
            and is_state(actors[0].actor.code)
        if not recipients and not named_recipients and len({a.actor.code for a in actors}) == 1 \
                and (entry.cameo[:2] in DOMESTIC_ROOTS or by_state or insurgents_at_home(entry, actors, reader, token)
                     or (entry.cameo.startswith(YIELDING_CODES + DIRECTED_CODES) and is_state(actors[0].actor.code)
                         and reader.sentence_codes(token, earlier_doing(token) | relative_descriptions(token))
                         <= {actors[0].actor.code}
                         and (entry.cameo.startswith(YIELDING_CODES) or aimed_at_own(token, actors, reader)))):
            # Protest, repression, a show of force or an assassination with no other party
            # named is domestic: CAMEO codes the country itself as the target.
            domestic = actors[0]
        elif not recipients and not named_recipients and entry.cameo[:2] in ("18", "19", "20") \
                and len({a.actor.code for a in actors}) >= 2 and len({a.actor.code[:3] for a in actors}) == 1:
            # "fighting erupted between the Sudanese army and the RSF": two sides of one country
            # fight a civil war, aimed at that country.
            domestic = actors[0]
        elif not recipients and not named_recipients and entry.cameo[:2] in ("04", "05", "18", "19", "20") \
                and len({a.actor.code[:3] for a in actors}) == 1 \
                and any(a.actor.sector in STATE_SECTORS for a in actors) \
                and any(a.actor.sector in NON_STATE_ARMED | {"OPP"} for a in actors):
            # "Guatemalan government and guerrilla representatives sat down for negotiations": a
            # state and its own insurgents or opposition acting together are one country's affair.
            domestic = actors[0]
        if perpetrators == [] and actors:
            # An inquiry into an incident that names no doer looks at the investigator's own side.
            recipients, named_recipients, domestic = [], [], actors[0]
        if named_recipients and not recipients and len(actor_codes) < 2 and all(
                r.via == "demonym" for r in named_recipients) and all(a.actor.sector in STATE_SECTORS for a in actors):
            # "Myanmar's military drove the Rohingya out": a state's forces acting on a people of
            # their own country is a domestic event.
            recipients = [named_recipients[0]]
        if named_recipients and not recipients and len(actor_codes) == 1 and entry.cameo[:2] in ("17", "18", "19", "20") \
                and all(a.actor.sector in STATE_SECTORS for a in actors) \
                and all(r.via == "role" and r.actor.sector and r.start not in {a.start for a in actors}
                        for r in named_recipients):
            # "Ethiopian troops launched an offensive against Tigrayan forces": a state's forces
            # fighting forces of their own country is a civil war, aimed at that country.
            recipients = [named_recipients[0]]
        if named_recipients and not recipients and len(actor_codes) == 1 and entry.cameo[:2] == "04" \
                and all(a.actor.sector in STATE_SECTORS for a in actors) \
                and all(r.via.startswith("role") and r.actor.sector in STATE_SECTORS | {"OPP"}
                        and not any(a.start <= r.start < a.end for a in actors) for r in named_recipients):
            # "India's prime minister met the chief minister of Jammu and Kashmir": a state's
            # official consulting another office of the same state is a domestic consultation.
            recipients = [named_recipients[0]]
        if named_recipients and not recipients and entry.cameo[:2] == "16":
            # "imposed a ban on U.S. trade and investment with Iran": the actor's own country
            # only says whose trade is cut; the "with" party deeper in the phrase is the target.
            # (The parser may hang the "with" phrase of a noun's object on its light verb.)
            words = list(token.subtree) + (list(token.head.children) if token.dep_ == "dobj" else [])
            partners = [r for word in words if word.dep_ == "prep" and word.lower_ in ("with", "to", "from")
                        and word.head.i != token.i for pobj in word.children if pobj.dep_ == "pobj"
                        for r in reader.actors_in(pobj) if r.actor.code and r.actor.code not in actor_codes]
            if partners:
                recipients = named_recipients = unique_actors(partners)
        if named_recipients and not recipients and len(actor_codes) == 1 and entry.cameo[:2] == "15" \
                and (own_place or all(r.via == "capital" for r in named_recipients)) \
                and is_state(next(iter(actor_codes))):
            # "paraded missiles through Pyongyang to mark the party's anniversary": a state's show
            # of force in its own capital or country, naming only its own bodies, is domestic.
            recipients = [named_recipients[0]]
        if named_recipients and not recipients and len(actor_codes) < 2:
            # An actor acting on itself ("Russia ... integration with Russia"): the parse has
            # mixed up the roles, so no event rather than a wrong one. (Joint actors agreeing
            # on something of one of theirs act together, with no recipient.)
            return f"{entry.label} fits, but the recipient is the actor itself"
        if not recipients and entry.cameo[:2] < "14" and len(actors) >= 2 \
                and len({a.actor.code[:3] for a in actors}) == 1 and len({a.actor.sector for a in actors}) > 1:
            # "Russian negotiators and Chechen separatist envoys sat down for talks": two sides of
            # one country talking or agreeing is a domestic event between them. (Fighting between
            # them is aimed at the country: see the civil-conflict rule.)
            actors, recipients = actors[:1], actors[1:2]
        if not recipients and not named_recipients and entry.cameo.startswith(TELEPHONE_CALL) \
                and len(actors) == 2 and len({a.actor.code for a in actors}) == 2:
            # "The Turkish and Greek prime ministers discussed migration in a phone call": a call
            # has a caller and a called; wire coding reads the first named as the caller.
            actors, recipients = actors[:1], actors[1:2]
        domain = sentence_domain(token.sent, self.domain_terms, reader.named_tokens) or reader.doc_domain
        if domain is not None and not any(a.actor.sector in STATE_SECTORS | {"IGO", "REB", "UAF"}
                                          and not a.via.startswith(NOT_STATE_IN_SPORT)
                                          for a in actors + recipients):
            # "New Zealand meet Wales in the final": countries as teams, not states; in a
            # sports or entertainment story an event needs a named office or state body (a
            # capital there is a city or its club: "Real Madrid").
            return (f"{entry.label} fits, but this reads as {domain[0]} news ('{domain[1]}') "
                    "and no actor is an office or state body")
        if entry is OBLIGATION_ENTRY and not recipients:
            # "said that Europe must learn to defend itself": an obligation put on nobody with a
            # code is a view, not a demand.
            return f"{entry.label} fits, but the obligation is put on nobody with a code"
        modality = modality_of(token, objects, article_date)
        code = self.ontology.cameo(entry.cameo)
        notes: list[str] = []
        if business_only(token, actors, recipients):
            return f"{entry.label} fits, but every party is a business of one country (accord.events.business)"
        if general_threat(token, code.code, actors, recipients, reader):
            return f"{entry.label} fits, but '{token.text}' is named in general: nobody does it to anybody named"
        figure = verbal_attack(token, code.code, actors, recipients)
        if figure == "nobody":
            return f"{entry.label} fits, but '{token.text}' is used of words and nobody named makes the attack"
        if figure == "criticism":
            # "attacking the party he once wanted to lead", "went on the offensive over comments":
            # a war word used of speech (accord.events.figurative).
            code = self.ontology.cameo("111")
            notes.append(f"no force, weapon or state in the sentence: '{token.text}' is criticism (111)")
        code = recode_by_words(token, code, actors, recipients, reader, self.lexicon, self.ontology, notes)
        plover = code.plover
        if not plover:
            return f"{entry.label} fits, but CAMEO {code.code} has no PLOVER type"
        code, plover = recode_by_modality(token, code, plover, modality, notes, self.ontology)
        generic = code.code
        code = recode_by_governed_act(token, entry, code, plover, reader, self.lexicon, self.ontology, notes)
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
        if code.code == "2042" and token.lemma_.lower() in NUCLEAR_TESTS:
            # "Pakistan exploded five nuclear devices, answering India's tests": a test blast is
            # aimed at nobody; whatever it answers is its reason.
            recipients, domestic = [], None
        if domestic is None and not recipients and code.code.startswith(POLICE_POSTURE) and len(actors) == 1 \
                and is_state(actors[0].actor.code):
            # "Spain raised its terror alert level", "called up police reservists": the police's
            # alert or mobilisation is at home (as every tuning gold codes it).
            domestic = actors[0]
        if domestic is not None:
            home = domestic.actor.code
            if len(home) > 3 and not home.startswith(("IGO", "NGO", "IMG", "MNC")):
                home = home[:3]  # "FARC fighters" (COLFAR) act in Colombia (COL)
            recipients = [ArgumentActor(Actor(home, None, None, "country"), domestic.start,
                                        domestic.end, domestic.text, "domestic: no other party named")]
        if any(a.actor.code.startswith(TRANSNATIONAL) for a in actors + recipients if a.actor.code):
            # "Islamic State militants massacred Yazidi men around Sinjar": a transnational armed
            # group is coded by the country where the sentence puts its act (CAMEO's practice for
            # non-state groups; the wire gold: "Islamic State in Sinjar" is IRQ).
            where = place_country(token, reader, [])
            if where is not None and is_country_code(where[0]):
                actors = placed_groups(actors, where)
                recipients = placed_groups(recipients, where)
        if entry.cameo[:2] in ("18", "19", "20") and any(foreign_armed_group(r) for r in recipients) \
                and actors and all(is_state(a.actor.code) and a.actor.sector not in NON_STATE_ARMED for a in actors):
            # "Turkish warplanes bombed PKK hideouts in northern Iraq", "Pakistani troops killed 12
            # Taliban fighters in North Waziristan": an armed group a state strikes is coded by where
            # the strike puts it (the country it is based in or fights in), not by its name.
            where = act_location(token, reader)
            if where is not None and is_country_code(where[0]):
                recipients = unique_actors([based_in(r, where) if foreign_armed_group(r) else r for r in recipients])
        # "sent police into Kosovo": a breakaway region named as a place is filed under the state
        # it broke away from (`breakaway_regions.tsv`), as the CAMEO-era wire coders do; named as
        # a party ("talks with Kosovo") or by its people it keeps its code.
        actors, recipients = under_parent(actors, token.doc), under_parent(recipients, token.doc)
        if code.code == "0831" and token.lemma_.lower() in RESIGNATION_WORDS:
            generic = "084"  # ("stepped down and handed power to the army": one act of giving up office)
        event = Event(token, entry, code, plover, actors, recipients, modality, sentence, notes=notes,
                      contexts=contexts, generic=generic)
        quote = reader.claim_at(token)
        if quote is not None:
            event.reported_by = (quote.speaker_name, quote.id)
        return event


# Acts of violence whose author may go unnamed (bombings, killings, shelling); blockades and
# closures need a named actor ("heavy snow closed roads" is not an attack).
VIOLENCE_BY_UNKNOWN = {"180", "181", "182", "183", "184", "185", "186", "190", "193", "194", "195", "196",
                       "200", "201", "202", "203", "204"}
# Acts only a state does, when the text names nobody: arrests, expulsions, investigations.
STATE_ACTS_BY_UNNAMED = {"172", "173", "174", "090", "091", "092", "093", "094", "075"}
# A recipient that only names the actor's own country as a place or people ("Palestinian
# armed groups", "the Bosnian town"), or refers back to it ("warned that it would"), is not a
# party to the act. (A capital stands for the government, so it is not in this list.)
OWN_GROUND_VIAS = ("demonym", "place ")
# In sport and entertainment news these do not stand for a state body: an official read from the
# context, a capital (a city or its club), the unnamed authorities of a place.
NOT_STATE_IN_SPORT = ("role, in a", "person, in a", "capital", "authorities of")
# Peacekeepers "arrived in Bosnia", a minister "arrived in Damascus on a visit": the place where
# protection goes, or the host of a visit, is the recipient.
PLACED_AID = {"074", "0743", "042"}


# Words of a nuclear test blast (not of a nuclear strike on someone: "used", "dropped").
NUCLEAR_TESTS = {"detonate", "explode", "test", "conduct"}


# Withdrawals, whose "out of"/"from" phrase names where they leave.
WITHDRAWING = ("0874", "166", "087")
TELEPHONE_CALL = "041"  # discuss by telephone: the first named is read as the caller


# Protest, repression, assault and mass violence with nobody else named are domestic, whatever
# else the sentence names ("executed thousands of Muslim men after overrunning the U.N. safe
# area", "expelled hundreds of thousands of Albanians to neighbouring Albania").
DOMESTIC_ROOTS = {"14", "17", "18", "20"}
# Acts that are always done to someone: yielding and the intent to yield or reform, inquiries,
# demands, disapproval, rejection, threats, fighting and mass violence. With nobody named and no
# other country in the sentence, they are aimed at the actor's own people (CAMEO's domestic
# coding: "Sri Lanka lifted a nationwide curfew", "Kenya's opposition demanded the disbandment
# of the electoral commission"). Cooperation, consultation and aid are not: with nobody named
# they stay without a target.
YIELDING_CODES = ("034", "035", "08", "09")
# Demands, disapproval, rejection, threats and mass violence only when they are seen to be aimed
# at the actor's own people or bodies ("warned that police would not tolerate ..."): "Beijing is
# opposed to foreign mediation" is aimed at nobody in particular. (Fighting is left out: "villages
# were shelled by Armenian artillery" says nothing of whose villages.)
DIRECTED_CODES = ("10", "11", "12", "13", "20")
# Raising the police's alert or mobilising police is done at home, whatever else the sentence
# names ("Belgium raised its terrorism alert to the highest level", "called up police reservists").
POLICE_POSTURE = ("151", "153")
# A state easing restrictions, yielding or investigating in one of its own places, with no other
# party named, acts on its own country too ("lifted the state of emergency in Darfur").
DOMESTIC_BY_STATE = ("081", "082", "083", "084", "09", "15")
# Violence (18-20) is added to these in the code: "the Sudanese army shelled the city of
# Omdurman" is fighting in its own country, a domestic event.
