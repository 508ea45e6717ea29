"""Who is the actor and who the recipient of an event, read off the dependency parse.

Actor: the subject (or the "by" agent of a passive), inherited through control and
coordination ("Russia intends to prioritise support"). Recipient: the object, or the object of
a preposition such as "with", "to", "against", "on", "for". "Between X and Y" makes all of
them actors, as PLOVER asks for joint events. References are resolved here too: "the two
countries", "we"/"our" inside a quote, "he"/"she".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from accord.actors.model import Actor, ActorMention
from accord.actors.roles import roles_fit
from accord.events.homes import person_home, role_home
from accord.events.lexicon import bare_crowd as _bare_crowd
from accord.events.places import (
    BODY_WORDS, EXILE_NOUNS, PLACE_NOUNS, PlaceReading, exiles_venue, is_country_code, names_a_thing,
    names_an_agreement,
)
from accord.events.syntax import SUBJECT_DEPS, prepositional_objects, subject_of
from accord.quotes.model import Quote

RECIPIENT_PREPS = {"with", "to", "against", "on", "at", "toward", "towards", "for", "from", "into", "upon", "dative"}
JOINT_PREPS = {"between", "among", "amongst"}
# One step further into a prepositional object that names nobody ("imports from Mexico").
REACH_PREPS = {"from", "by", "against", "of", "to", "on", "with"}
CONDITION_MARKS = {"if", "unless"}
# People sent by a body or state ("inspectors from the IAEA", "doctors from two aid groups").
ENVOY_NOUNS = {"inspector", "investigator", "expert", "monitor", "observer", "doctor", "engineer", "team",
               "prosecutor", "mediator", "envoy", "delegate", "representative", "specialist", "adviser",
               "advisor", "instructor", "official", "diplomat", "negotiator", "officer", "agent", "worker"}
# What a show of force is meant as ("as a deterrent against Iran", "in a warning to Pyongyang").
WARNING_NOUNS = {"deterrent", "warning", "message", "signal", "show", "response"}
REASON_MARKS = {"after", "as", "because", "since", "when"}
REASON_PREPS = {"after", "amid", "following"}
# Nouns for the other side of a relation: "X's neighbours" names not X but others.
RELATION_NOUNS = {"neighbour", "neighbor", "ally", "partner", "rival", "enemy", "foe", "adversary", "opponent",
                  "critic", "detractor"}
# How a mention names a state or organisation outright (not by role, place or reference).
NAME_VIAS = {"name", "alias", "organisation", "demonym", "capital", "metonym"}
PLACE_DEMONYM = "demonym of a place"
# Non-state groups that, failing anything better, belong where they act.
STATE_OFFICES = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
# Offices of national politics, told among its own people (no state named: "The senator denounced Obama").
# (Party candidates and nominees also where they are acted on: "endorsed other candidates".)
DOMESTIC_OFFICES = {"LEG", "PTY"}
PLACED_SECTORS = {"CVL", "REB", "UAF", "OPP", "LAB", "EDU", "REF", "AGR", "CRM", "REL"}
# Police, prosecutors and courts act only in their own state: where their clause happens says
# whose they are ("Police arrested a Chinese national in Boston"), before the sentence's one country.
DOMESTIC_SECTORS = {"COP", "JUD"}
# Gunmen, attackers and criminal gangs: whom they strike says nothing of whose they are.
ARMED_UNKNOWN = {"UAF", "CRM"}
# People named by their nationality as foreigners where they are ("a Chinese national").
FOREIGNER_NOUNS = {"national", "citizen", "tourist", "visitor", "traveller", "traveler", "businessman",
                   "businesswoman", "expatriate", "passport-holder", "holidaymaker"}
AMBIGUOUS_ROLES = {"officer"}  # a police or an army officer (sectors.tsv note)
STOP_DEPS = {"relcl", "acl", "advcl", "ccomp", "appos", "parataxis", "punct"}
FIRST_PLURAL = {"we", "us", "our", "ours"}
FIRST_SINGULAR = {"i", "me", "my"}
THIRD_PERSON = {"he", "him", "his", "she", "her"}
THIRD_NEUTER = {"it", "its", "they", "them", "their"}
PLURAL_THIRD = {"they", "them", "their"}
# "a bus carrying Chinese engineers": the people in it.
CARRY_VERBS = {"carry", "transport", "ferry", "bring", "take"}
# "told Iran it must stop": what the hearer is to do, not the teller.
OBLIGATION_MODALS = {"must", "should", "ought"}
# How a speaker is named when "it" in what it says is taken to be that speaker: a state or body
# by its name, not a role placed by context ("The Texas attorney general said it …").
NAMED_VIA = {"name", "alias", "organisation", "capital", "metonym"}
# Participles that report what the subject of the main act says ("..., saying it would not").
SAYING_PARTICIPLES = {"say", "insist", "argue", "warn", "add", "claim", "state", "stress", "declare", "explain",
                      "note", "vow", "pledge"}
# A body referred back to by what it is: True for intergovernmental bodies ("the alliance").
BODY_ANAPHORS = BODY_WORDS
PAIR_PHRASES = ("two countries", "both countries", "two sides", "both sides", "two states", "both states",
                "two nations", "both nations", "our countries", "two republics")


@dataclass(frozen=True)
class ArgumentActor:
    actor: Actor
    start: int  # character offsets of the words that name it
    end: int
    text: str
    via: str


class ArgumentReader(PlaceReading):
    def __init__(self, doc: Doc):
        self.doc = doc
        self.mentions: list[ActorMention] = doc._.actors or []
        self.quotes: list[Quote] = doc._.quotes or []
        self._by_token: dict[int, ActorMention] = {}
        for mention in self.mentions:
            for i in range(mention.start, mention.end):
                self._by_token[i] = mention
        self._resolving: set[int] = set()  # pronouns being resolved (guards against loops)
        self.doc_domain = None  # set by the event stage when the whole story is sport or entertainment
        # Tokens inside the names of states and organisations ("Arab League").
        self.named_tokens = {i for m in self.mentions if m.actor.kind in ("country", "organisation")
                             and m.via not in ("role",) for i in range(m.start, m.end)}
        # ... and of the names of office-holders named with their title ("President Oscar Arias"
        # is no Oscar ceremony; other names stay words).
        self.named_tokens |= {i for m in self.mentions if m.actor.kind == "person" and m.via == "title"
                              and m.actor.sector in STATE_OFFICES and m.name_start is not None
                              for i in range(m.name_start, m.end) if doc[i].pos_ == "PROPN"}


    def actors_in(self, head: Token) -> list[ArgumentActor]:
        """Actors named by the phrase headed by ``head`` (coordination included)."""
        found: list[ArgumentActor] = []
        tokens = _phrase(head)
        seen: set[int] = set()
        text_lower = " ".join(t.lower_ for t in tokens)
        pair = next((p for p in PAIR_PHRASES if p in text_lower), None)
        pair_actors = self._last_two_countries(tokens[0].i) if pair else []
        for token in tokens:
            if _relation_owner(token):
                continue  # "Iraq's neighbours" are not Iraq
            mention = self._by_token.get(token.i)
            owned = self._by_token.get(token.head.i) if token.dep_ == "poss" else None
            if mention is not None and owned is not None and owned is not mention and mention.actor.code \
                    and (owned.actor.code or "").startswith(mention.actor.code) and len(owned.actor.code) > 3:
                continue  # "Iran's Revolutionary Guards": the body names its state already
            if mention is not None and mention.via == "capital" and names_an_agreement(self.doc[mention.end - 1]):
                continue  # "the Washington Declaration": the capital names the agreement
            if mention is not None and id(mention) not in seen:
                seen.add(id(mention))
                if mention.actor.code is None and pair_actors:
                    # "the departments of the two countries": the role, for each country.
                    for other in pair_actors:
                        found.append(self._arg(Actor(other.code, mention.actor.sector, other.name, "country"),
                                               mention.start, _pair_end(tokens, pair), "role + " + pair))
                    pair_actors = []
                    continue
                if mention.actor.kind == "group":
                    # "ethnic Albanians in south Serbia", "Kurdish rebels" in a story about
                    # Turkey: a people or movement is coded by the state it lives or acts in.
                    owners = self._located_in(mention)
                    context = None if owners else self.context_country(token, True) or self.clause_place(token)
                    owners = owners or ([context] if context is not None else [])
                    for owner in owners:
                        found.append(self._arg(Actor(owner.code, mention.actor.sector, owner.name, "country"),
                                               mention.start, mention.end, f"group, in {owner.name or owner.code}"))
                    if not owners and mention.actor.code:
                        found.append(self._arg(Actor(mention.actor.code, mention.actor.sector, None, "country"),
                                               mention.start, mention.end, "group, by its people's state"))
                    continue
                if mention.actor.code is None and mention.actor.kind == "role":
                    owner = self._possessor(mention)
                    owners = [owner] if owner is not None else self._located_in(mention)
                    if owners:
                        # "its troops": the role, for whoever "its" is; "officials from Bangladesh
                        # and Myanmar": the role, for each country.
                        for owner in owners:
                            found.append(self._arg(Actor(owner.code, mention.actor.sector, owner.name, owner.kind),
                                                   mention.start, mention.end,
                                                   "role + possessive" if owner is not None and self._possessor(mention)
                                                   else "role + place"))
                        continue
                    resolved = self.resolve_role(mention)
                    if resolved is not None:
                        found.append(self._arg(resolved, mention.start, mention.end, "title reference"))
                        continue
                    counterpart = self._counterpart_country(mention) if mention.actor.sector in STATE_OFFICES \
                        else None
                    if counterpart is not None:
                        # "Israel's defence minister met the prime minister", "Thailand's army chief
                        # urged the prime minister to resign": an office named by its title alone,
                        # acted on by a state's official, is of that state (or of where they met).
                        found.append(self._arg(counterpart, mention.start, mention.end,
                                               f"role, counterpart in {counterpart.code}"))
                        continue
                    kin = self._conjunct_country(token) if mention.actor.sector in PLACED_SECTORS else None
                    if kin is not None:
                        # "Guatemalan government and guerrilla representatives": a group coordinated
                        # with a state's body, under one demonym, is of that state.
                        found.append(self._arg(kin, mention.start, mention.end, f"role, beside {kin.code}"))
                        continue
                    reporter = self._reporting_state(token) if mention.actor.sector in STATE_OFFICES else None
                    if reporter is not None:
                        # "Kenya's interior ministry said police had arrested four Somali nationals":
                        # a state's organ in what a body of a state reports is of that state.
                        found.append(self._arg(Actor(reporter.code, mention.actor.sector, reporter.name, "country"),
                                               mention.start, mention.end, f"role, told by {reporter.code}"))
                        continue
                    # ("British engineers were kidnapped by gunmen in Grozny": unknown attackers are
                    # not of the one country the sentence names, their victims'; the coder places them.)
                    context = self.clause_place(token) or self.sentence_place(token) \
                        if mention.actor.sector == "UAF" else None
                    domestic = mention.actor.sector in DOMESTIC_SECTORS and not set(mention.roles) & AMBIGUOUS_ROLES
                    if context is None and (mention.actor.sector in PLACED_SECTORS or domestic):
                        # ("Crowds set fire to the French consulate in Benghazi": people who act
                        # are of where they act, before the one country the sentence names.)
                        context = self.clause_place(token)
                    # ("Kurdish-led forces backed by the United States": the backer is not whose they are.)
                    backers = _backers(self.doc[mention.end - 1])
                    # ("A gang kidnapped 17 American missionaries": the victims' nationality is not
                    # the attackers'; the story's country may still be.)
                    # ("Federal prosecutors charged a Russian businessman", "Police arrested a Chinese
                    # national": nor is a foreigner's whom police or courts act on.)
                    victims = _victims(self.doc[mention.end - 1]) if mention.actor.sector in ARMED_UNKNOWN \
                        or (domestic and _victims(self.doc[mention.end - 1], FOREIGNER_NOUNS)) else set()
                    topic = _object_topic(self.doc[mention.end - 1]) if mention.actor.sector in DOMESTIC_OFFICES \
                        and _acts_as_subject(self.doc[mention.end - 1]) and not backers and not victims else set()
                    home = role_home(self.doc, mention, self.places, topic) if topic and context is None else None
                    if home is not None:
                        # "The senator questioned Obama's commitment to Israel": a state named only
                        # in what the act is about does not say whose the senator is; Obama does.
                        found.append(self._arg(Actor(home[0], mention.actor.sector, None, "country"),
                                               mention.start, mention.end, f"role, by '{home[1]}'"))
                        continue
                    context = context or self.context_country(token, mention.actor.sector in PLACED_SECTORS,
                                                              backers | victims, story=not backers)
                    if context is not None and mention.actor.sector:
                        found.append(self._arg(Actor(context.code, mention.actor.sector, context.name, "country"),
                                               mention.start, mention.end,
                                               f"role, in a {context.name or context.code} context"))
                        continue
                    home = role_home(self.doc, mention, self.places) if mention.actor.sector in DOMESTIC_OFFICES \
                        and not backers and not victims and (_acts_as_subject(self.doc[mention.end - 1])
                                                             or mention.actor.sector == "PTY") else None
                    if home is not None:
                        # "Republican lawmakers condemned Trump", "The senator urged Obama to …":
                        # national politics told among its own people (no state, no place named).
                        found.append(self._arg(Actor(home[0], mention.actor.sector, None, "country"),
                                               mention.start, mention.end, f"role, by '{home[1]}'"))
                        continue
                    where = self.clause_place(token) if mention.actor.sector in PLACED_SECTORS else None
                    if where is None and mention.actor.sector in STATE_OFFICES and not self._names_a_state(token, backers):
                        # "Government forces used chemical weapons ... in the town of Douma": a
                        # state's organs in a sentence that names no state are of where they act.
                        where = self.clause_place(token)
                    if where is not None:
                        # "Hundreds of thousands of people blocked streets in Hong Kong"
                        found.append(self._arg(Actor(where.code, mention.actor.sector, where.name, "country"),
                                               mention.start, mention.end, "role + where it acts"))
                    continue
                if mention.actor.code is None and mention.actor.kind == "person" and mention.via == "name" \
                        and not mention.roles:
                    # A bare name guessed to be a person that the gazetteer knows as a place
                    # ("Russian artillery pounded Kharkiv") is the place, as its country.
                    place = next((p for p in self.places if p.start == mention.start and p.end == mention.end
                                  and p.entry.country), None)
                    if place is not None:
                        found.append(self._arg(Actor(place.entry.country, None, None, "country"), mention.start,
                                               mention.end, f"place '{place.text}' in {place.entry.country}"))
                        continue
                if mention.actor.code is None and mention.actor.kind == "person":
                    home = person_home(self.doc, mention, self.places)
                    if home is not None:
                        # "Vermont Senator Patrick Leahy", "Sen. Bernie Sanders (I-Vt.)": a state or
                        # a party in the person's own title says whose the person is.
                        found.append(self._arg(Actor(home[0], mention.actor.sector, mention.actor.name, "person"),
                                               mention.start, mention.end, f"person, by '{home[1]}'"))
                        continue
                    # A person the tables do not know, named without a country ("President
                    # Askar Akayev ... Kyrgyzstan"): coded by the country the text is about.
                    # (Not a common noun the entity tagger took for a name: "Wildfires swept …".)
                    apposed = self._apposed_nationality(mention)
                    if apposed is not None:
                        # "Andrew Brunson, an American pastor", "Jamal Ahmed, a Pakistani national":
                        # the apposition says whose the person is.
                        found.append(self._arg(Actor(apposed.code, mention.actor.sector, mention.actor.name,
                                                     "person"), mention.start, mention.end,
                                               f"person, apposition {apposed.code}"))
                        continue
                    context = self.context_country(token)
                    if mention.end - mention.start == 1 and token.pos_ == "NOUN" and not mention.roles:
                        context = None
                    if context is not None:
                        found.append(self._arg(Actor(context.code, mention.actor.sector, mention.actor.name,
                                                     "person"), mention.start, mention.end,
                                               f"person, in a {context.name or context.code} context"))
                    continue
                agency = _un_agency(self.doc, mention)
                if agency is not None:
                    # "U.N. nuclear inspectors", "the U.N. refugee agency's staff": the field word
                    # between "U.N." and its people names the agency they work for.
                    found.append(self._arg(agency[0], mention.start, agency[1] + 1, f"U.N. + '{self.doc[agency[1]].text}'"))
                    continue
                via = mention.via
                if via == "demonym" and token.dep_ == "amod" and token.head.lemma_.lower() in PLACE_NOUNS:
                    via = PLACE_DEMONYM  # "the Bosnian town of Gorazde": where, more than whom
                found.append(self._arg(mention.actor, mention.start, mention.end, via))
            elif mention is None and token.lower_ in NAMED_PAIRS and token.dep_ in ("nsubj", "nsubjpass") \
                    and any(t.lower_ in ("two", "both") for t in token.lefts):
                # "The two Koreas held talks", "Both Koreas exchanged fire": the plural of a
                # divided country's name is its two states acting together. (Not inside a phrase:
                # "arrived for a summit between the leaders of the two Koreas" is a visit.)
                for state in NAMED_PAIRS[token.lower_]:
                    found.append(self._arg(state, token.i, token.i + 1, f"'{token.text}'"))
            elif mention is None and token.lower_ in FIRST_PLURAL | FIRST_SINGULAR | THIRD_PERSON | THIRD_NEUTER \
                    and token.pos_ == "PRON" and not (token.dep_ == "poss" and token.head.i in self._by_token) \
                    and not (token.dep_ == "poss" and any(c.dep_ in ("amod", "compound") and c.i in self._by_token
                                                          for c in token.head.children)):
                # ("their Russian captors": the named country says whose they are.)
                # ("its troops": the possessive already went to the role it owns.)
                resolved = self.resolve_pronoun(token)
                if token.dep_ == "poss" and token.head.lemma_.lower() in ("country", "nation") \
                        and token.lower_ in ("his", "her", "their"):
                    # "Ethiopia's prime minister said his country ...": the speaker's country.
                    owner = self._owner_country(token, resolved)
                    if owner is not None:
                        found.append(self._arg(owner, token.i, token.head.i + 1, f"'{token.text} country'"))
                        continue
                if resolved is not None:
                    found.append(self._arg(resolved, token.i, token.i + 1, f"pronoun '{token.text}'"))
                elif token.lower_ in PLURAL_THIRD and token.i not in self._resolving:
                    # "Militants ... said they attempted to kill": a group named before, placed
                    # the way the group itself is. (The group's phrase may hold the pronoun
                    # itself: "fans of their team".)
                    group = self._last_group(token)
                    self._resolving.add(token.i)
                    try:
                        placed = self.actors_in(self.doc[group.end - 1]) if group is not None else []
                    finally:
                        self._resolving.discard(token.i)
                    for arg in placed:
                        found.append(self._arg(arg.actor, token.i, token.i + 1,
                                               f"pronoun '{token.text}' for '{self.doc[group.start:group.end]}'"))
        if not found and head.pos_ == "NOUN" and head.lemma_.lower() in ENVOY_NOUNS:
            # "Inspectors from the International Atomic Energy Agency", "investigators from the
            # U.N. tribunal": people the tables do not know as a role act for the body or state
            # they come from.
            for _prep, pobj in prepositional_objects(head, {"from"}):
                found += [a for a in self.actors_in(pobj) if a.actor.code and a.actor.kind != "person"]
        if not found and head.pos_ == "NOUN" and head.lemma_.lower() in BODY_ANAPHORS and _bare_definite(head):
            # "A Hezbollah official said the group had captured two soldiers", "NATO ministers said
            # the alliance would suspend ...": the body named last before it.
            body = self._last_body(head, BODY_ANAPHORS[head.lemma_.lower()])
            if body is not None:
                found.append(self._arg(Actor(body.actor.code, body.actor.sector, body.actor.name, "organisation"),
                                       tokens[0].i, head.i + 1,
                                       f"'{head.text}' for '{self.doc[body.start:body.end]}'"))
        if not found and head.pos_ == "NOUN" and head.lemma_.lower() in MEMBERSHIP_NOUNS:
            # "Several Western countries, including the United States and Britain, criticised ...":
            # the members named are who acts.
            for member in head.children:
                if member.dep_ == "prep" and member.lower_ == "including":
                    found += [a for pobj in member.children if pobj.dep_ == "pobj" for a in self.actors_in(pobj)
                              if a.actor.code]
        if not found and head.pos_ == "NOUN" and head.lemma_.lower() in COUNTRY_ANAPHORS and _bare_definite(head) \
                and head.dep_ in ("nsubj", "nsubjpass"):
            # "Iranian state television said the country had executed a man": the country of whoever
            # reports it.
            country = self._subject_country_before(head)
            if country is not None:
                found.append(self._arg(country, tokens[0].i, head.i + 1, f"'{head.text}' for {country.code}"))
        if not found and head.dep_ in ("nsubj", "nsubjpass") and _bare_crowd(head):
            # "Tens of thousands rallied in Dakar": a crowd named only by its size is ordinary
            # people of where its clause happens, else of the sentence's one country.
            where = self.clause_place(head) or self.context_country(head)
            if where is not None:
                found.append(self._arg(Actor(where.code, "CVL", where.name, "country"),
                                       tokens[0].i, head.i + 1, "crowd + where it acts"))
        if pair_actors:
            start = next(t.i for t in tokens if t.lower_ in ("two", "both", "our"))
            for other in pair_actors:
                found.append(self._arg(other, start, _pair_end(tokens, pair), pair))
        # "The International Labor Office (ILO)": a name the tables lack (or read as a mere
        # role), with the abbreviation they know in brackets after it.
        if not any(a.via in NAME_VIAS for a in found):
            for child in head.children:
                if child.dep_ == "appos" and child.i > 0 and self.doc[child.i - 1].text == "(":
                    named = [a for a in self.actors_in(child) if a.via in NAME_VIAS]
                    if named:
                        return named
        return found

    def actors_reached(self, head: Token) -> list[ArgumentActor]:
        """Actors a prepositional object names, or, when it names none, those named one step
        further in ("tariffs on imports from Mexico", "an inquiry into bribery by a Chinese
        company", "an offensive against militias in Syria")."""
        found = self.actors_in(head)
        if found or head.pos_ not in ("NOUN", "PROPN"):
            return found
        for _prep, pobj in prepositional_objects(head, REACH_PREPS):
            found += self.actors_in(pobj)
        return found or self.carried(head)

    def carried(self, head: Token) -> list[ArgumentActor]:
        """"a bus carrying Chinese engineers", "a convoy transporting U.N. staff": who a vehicle
        that names nobody carried is who an attack on it struck."""
        found: list[ArgumentActor] = []
        for clause in head.children:
            if clause.dep_ == "acl" and clause.lemma_.lower() in CARRY_VERBS:
                for obj in clause.children:
                    if obj.dep_ == "dobj":
                        found += self.actors_in(obj)
        return found

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
        for clause in [verb, *_governed_clauses(verb)]:
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
        for clause in [verb, *_governed_clauses(verb)]:
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
        for purpose in (c for c in verb.children if _is_purpose(c) and not goes_to_place):
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
        if _is_purpose(verb):
            obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj")), None)
            if obj is not None:
                return self.actors_in(obj)
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


    def parties_in(self, tokens: set[int], skip: set[int]) -> dict[str, ArgumentActor]:
        """Country (or organisation) codes named by mentions and places among ``tokens``, other
        than those at ``skip``, each with the words that name it: states, their bodies and people,
        persons of known nationality ("Russian President Vladimir Putin"), organisations."""
        found: dict[str, ArgumentActor] = {}
        skip = set(skip) | {i for i in tokens if exiles_venue(self.doc[i])}
        for mention in self.mentions:
            code = mention.actor.code
            if code and mention.start in tokens and mention.start not in skip and not _relation_owner(
                    self.doc[mention.end - 1]) and not (mention.via == "capital"
                                                        and names_an_agreement(self.doc[mention.end - 1])):
                code = code[:3] if is_country_code(code[:3]) else code
                found.setdefault(code, self._arg(Actor(code, None, None, "country"), mention.start, mention.end,
                                                 f"the one other party its clause names ({mention.via})"))
        for place in self.places:
            if place.start in tokens and place.start not in skip and place.entry.country \
                    and not names_a_thing(self.doc, place):
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
        return []


    def _possessor(self, mention: ActorMention) -> Actor | None:
        head = self.doc[mention.end - 1]
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ == "PRON":
                resolved = self.resolve_pronoun(child)
                if resolved is not None and resolved.code:
                    return resolved
        return None

    def _arg(self, actor: Actor, start: int, end: int, via: str) -> ArgumentActor:
        span = self.doc[start:end]
        return ArgumentActor(actor, span.start_char, span.end_char, span.text, via)

    # -- references -------------------------------------------------------------------------
    def quote_at(self, token: Token) -> Quote | None:
        inner = [q for q in self.quotes if q.covers(token.idx)]
        return min(inner, key=lambda q: q.content[1] - q.content[0]) if inner else None

    def claim_at(self, token: Token) -> Quote | None:
        """The quote whose speaker claims this: the innermost one with a known speaker
        ("It emphasises that ..." inside Gagloev's quote is Gagloev's claim)."""
        around = sorted((q for q in self.quotes if q.covers(token.idx)), key=lambda q: q.content[1] - q.content[0])
        named = next((q for q in around if q.speaker_name), None)
        return named or (around[0] if around else None)

    def resolve_pronoun(self, token: Token) -> Actor | None:
        word = token.lower_
        quote = self.quote_at(token)
        if word in FIRST_PLURAL | FIRST_SINGULAR:
            if quote is None or quote.speaker_actor is None:
                return None
            speaker = quote.speaker_actor
            if word in FIRST_PLURAL:  # "we", "our" in a head of state's mouth: the country
                return Actor(speaker.code, speaker.sector, None, "country") if speaker.code else None
            return speaker
        if word in THIRD_NEUTER:
            teller = self._teller(token)
            if teller is not None:
                return teller
            bound = self._bound_possessive(token)
            if bound is not None:
                return bound
            carried = self._previous_subject(token) or self._first_object(token)
            if carried is not None:
                return carried
            # it / they: the most recent state, organisation or group with a code, in this
            # sentence or the one before ("Syria says it is willing to withdraw").
            groups = [m for m in self._recent(token) if m.actor.code and m.actor.kind != "person"]
            if word in ("it", "its"):
                groups = [m for m in groups if m.actor.kind in ("country", "organisation")]
                # ("the killing of a Palestinian teenager by its soldiers": a demonym qualifying a
                # person is not what "its" points back to, when a state or body is named before.)
                bodies = [m for m in groups if not _qualifies_person(self.doc, m)]
                groups = bodies or groups
            return groups[-1].actor if groups else None
        # he / she: the most recent person before it (opening a sentence: the person who was the
        # subject of the sentence before, "Vucic met Xi in Belgrade. He thanked China ...").
        carried = self._previous_subject(token)
        if carried is not None:
            return carried
        persons = [m for m in self.mentions if m.actor.kind == "person" and m.end <= token.i]
        return persons[-1].actor if persons else None

    def _subject_country_before(self, token: Token) -> Actor | None:
        """The country named by the subject of the clause that reports ``token``'s clause (a
        state, or a body or person of one)."""
        verb = token.head
        clauses = []
        if verb.dep_ == "ccomp":
            clauses.append(verb.head)
        for clause in clauses:
            subject, passive = subject_of(clause)
            if subject is None or passive or subject.i == token.i:
                continue
            codes = {a.actor.code[:3] for a in self.actors_in(subject) if a.actor.code
                     and is_country_code(a.actor.code[:3])}
            if len(codes) == 1:
                return Actor(codes.pop(), None, None, "country")
            return None
        return None

    def _conjunct_country(self, token: Token) -> Actor | None:
        """The country of the state body a role is coordinated with ("Guatemalan government and
        guerrilla representatives", "Sudanese troops and rebels"), read off the demonym in front."""
        head = token.head if token.dep_ == "conj" else None
        if head is None:
            # ("government and guerrilla representatives": the parser may coordinate the modifiers.)
            head = next((c.head for c in token.children if c.dep_ == "compound" and c.head.i == token.i
                         and any(g.dep_ == "conj" for g in c.children)), None)
            if head is None:
                return None
            first = next(c for c in token.children if c.dep_ == "compound")
            mention = self._by_token.get(first.i)
        else:
            mention = self._by_token.get(head.i)
        if mention is None or not mention.actor.code or mention.actor.kind != "country" \
                or mention.actor.sector not in STATE_OFFICES or not is_country_code(mention.actor.code[:3]):
            return None
        return Actor(mention.actor.code[:3], None, mention.actor.name, "country")

    def _reporting_state(self, token: Token) -> Actor | None:
        """The state whose body or official says what the clause of ``token`` tells ("Kenya's
        interior ministry said police had ..."), when the clause names no state of its own."""
        verb = token
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_VERBS:
            return None
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.i != verb.i:
            return None
        subject, passive = subject_of(verb.head)
        if subject is None or passive:
            return None
        # (A named body of a state, not a person whose country is guessed from the story.)
        found = {a.actor.code[:3] for a in self.actors_in(subject) if a.actor.code and is_country_code(a.actor.code[:3])
                 and a.actor.sector in STATE_OFFICES and a.actor.kind == "country" and a.via in NAMED_VIA | {"role"}}
        return Actor(found.pop(), None, None, "country") if len(found) == 1 else None

    def _names_a_state(self, token: Token, skip: set[int] = frozenset()) -> bool:
        """Whether the sentence of ``token`` names a state, its people or a person with a code."""
        sent = token.sent
        return any(sent.start <= m.start < sent.end and m.start not in skip and m.actor.code
                   and m.actor.kind in ("country", "person") for m in self.mentions)

    def previous_doer(self, noun: Token) -> list[ArgumentActor]:
        """"Iran seized a Greek tanker. Athens condemned the seizure": an act referred back to
        by a bare definite noun was done by the subject of the sentence before."""
        sent = noun.sent
        # ("the seizure as piracy": a phrase that names nobody leaves it bare.)
        if sent.start == 0 or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
                or any(c.dep_ in ("amod", "compound", "nummod", "poss", "appos") for c in noun.children):
            return []
        previous = self.doc[sent.start - 1].sent.root
        subject, passive = subject_of(previous)
        if subject is None or passive or subject.pos_ == "PRON":
            return []
        return [a for a in self.actors_in(subject) if a.actor.code]

    def _first_object(self, token: Token) -> Actor | None:
        """"stormed the Swedish embassy and set it on fire": "it" as the object of a verb that
        shares its subject with the verb before is that verb's object."""
        verb = token.head
        if token.lower_ != "it" or token.dep_ != "dobj" or verb.dep_ != "conj" \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        first = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        found = {a.actor.code: a.actor for a in self.actors_in(first) if a.actor.code} if first is not None else {}
        return next(iter(found.values())) if len(found) == 1 else None

    def _previous_subject(self, token: Token) -> Actor | None:
        """"The Malian junta ordered the French ambassador to leave. It accused France of ...":
        "it" opening a sentence as its main subject, with nobody named before it there, goes on
        with the subject of the sentence before (a state or body), not whoever was named last."""
        sent = token.sent
        if token.lower_ not in ("it", "he", "she") or token.dep_ != "nsubj" or token.head.i != sent.root.i \
                or sent.start == 0:
            return None
        # ("Armenia's prime minister met Putin. He urged ...": a titled role counts as a person.)
        kinds = ("country", "organisation")
        if any(sent.start <= m.start < token.i for m in self.mentions):
            return None
        previous = self.doc[sent.start - 1].sent.root
        subject = next((c for c in previous.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        # (Named, not guessed from the article: "unions said" in a story about a U.S. airline.)
        if token.lower_ == "it":
            found = {a.actor.code: a.actor for a in self.actors_in(subject) if a.actor.code
                     and a.actor.kind in kinds and a.via in NAMED_VIA | {"role", "demonym"}}
        else:
            # (A state's office-holder, named or by title: not any person a story names.)
            found = {a.actor.code: a.actor for a in self.actors_in(subject) if a.actor.code
                     and a.actor.sector in STATE_OFFICES and a.via in ("name", "title", "surname", "role")
                     and (a.actor.kind == "person" or (a.actor.kind == "country" and a.via == "role"))}
        return next(iter(found.values())) if len(found) == 1 else None

    def _bound_possessive(self, token: Token) -> Actor | None:
        """"after cutting its ties with Taiwan", "Iran expanded its enrichment": "its" on the
        object of a verb is the verb's own subject (for a gerund with none, the subject of the
        clause it hangs on), when that names a state or body. Also on the object of the verb's
        own preposition: "Eritreans living in Israel demonstrated against their government"."""
        if token.dep_ != "poss" or token.lower_ not in ("its", "their"):
            return None
        if token.head.dep_ == "dobj":
            verb = token.head.head
        elif token.head.dep_ == "pobj" and token.head.head.dep_ == "prep" \
                and token.head.head.head.pos_ in ("VERB", "AUX"):
            verb = token.head.head.head
        else:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl"):
            clause = verb.head.head if verb.dep_ == "pcomp" else verb.head
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        # (Who the subject is, not where it lives: "Thousands of Eritreans living in Israel".)
        where = {t.idx for c in subject.children if c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ != "of")
                 for t in c.subtree}
        found = [a.actor for a in self.actors_in(subject) if a.actor.code and a.actor.kind in ("country", "organisation")
                 and a.start not in where]
        return found[0] if len(found) == 1 else None

    def _teller(self, token: Token) -> Actor | None:
        """"Colombia told Washington it would change course": the subject of a clause told to
        someone is the teller, not the hearer named just before it, when the clause says what
        the teller will do; "told Iran it must stop" (an obligation) is about the hearer."""
        clause = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return None
        matrix = clause.head
        if matrix.tag_ == "VBG" and matrix.dep_ == "advcl" and matrix.lemma_.lower() in SAYING_PARTICIPLES:
            # "China rebuffed U.S. calls ..., saying it would not bow to pressure": the subject of
            # the act the participle comments on is the one speaking, not a party named in between.
            subject, passive = subject_of(matrix)
            speakers = [a for a in self.actors_in(subject) if a.actor.code and a.actor.kind != "person"] \
                if subject is not None and not passive else []
            if speakers:
                return speakers[0].actor
        hearer = next((c for c in matrix.children if c.dep_ in ("dobj", "dative") and c.i < clause.i), None)
        if hearer is None and matrix.lemma_.lower() in SAYING_PARTICIPLES and token.lower_ == "it":
            # "France, which has troops in Niger, said it would not recognise the junta": what a
            # state or body says it will do is its own act, whatever was named in between.
            subject, passive = subject_of(matrix)
            speakers = [a for a in self.actors_in(subject) if a.actor.code and a.actor.kind in ("country", "organisation")
                        and (a.via in NAMED_VIA or (subject.lemma_.lower() in BODY_ANAPHORS and _bare_definite(subject)))] \
                if subject is not None and not passive and subject.lower_ not in THIRD_NEUTER else []
            return speakers[0].actor if len({a.actor.code for a in speakers}) == 1 else None
        if hearer is None or not self.actors_in(hearer):
            return None
        if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in clause.children) \
                or any(c.dep_ == "xcomp" and c.lemma_.lower() == "have" for c in clause.children):
            return None
        subject, passive = subject_of(matrix)
        if subject is None or passive:
            return None
        tellers = [a for a in self.actors_in(subject) if a.actor.code and a.actor.kind != "person"]
        return tellers[0].actor if tellers else None

    def _owner_country(self, token: Token, resolved: Actor | None) -> Actor | None:
        """The country of whoever "his/her/their country" belongs to: the person or official
        named last before it (in this sentence or the one before), else the quote's speaker."""
        owner = resolved if resolved is not None and resolved.code else None
        if owner is None:
            earlier = [m for m in self._recent(token) if m.actor.code
                       and (m.actor.kind == "person" or m.actor.sector in STATE_OFFICES)]
            owner = earlier[-1].actor if earlier else None
        if owner is None:
            quote = self.quote_at(token)
            owner = quote.speaker_actor if quote is not None else None
        if owner is None or not owner.code or not is_country_code(owner.code[:3]):
            return None
        return Actor(owner.code[:3], None, None, "country")

    def _recent(self, token: Token) -> list[ActorMention]:
        """The mentions that end before ``token``, in its sentence or the one before (the reach of
        "it", "the group", "his country")."""
        sent_start = token.sent.start
        previous_start = token.doc[sent_start - 1].sent.start if sent_start > 0 else 0
        return [m for m in self.mentions if m.end <= token.i and m.start >= previous_start]

    def _last_body(self, token: Token, intergovernmental: bool | None) -> ActorMention | None:
        """The last named organisation before ``token`` (in its sentence or the one before):
        an intergovernmental one for "the alliance", a non-state one for "the group", either
        for "the organisation"."""
        bodies = [m for m in self._recent(token) if m.actor.code and len(m.actor.code) > 3 and m.actor.kind != "person"
                  and (intergovernmental is None or m.actor.code.startswith("IGO") == intergovernmental)]
        return bodies[-1] if bodies else None

    def _last_group(self, token: Token) -> ActorMention | None:
        groups = [m for m in self._recent(token) if m.actor.code is None and m.actor.kind in ("role", "group")
                  and (m.actor.kind == "group" or m.actor.sector in PLACED_SECTORS)]
        return groups[-1] if groups else None

    def resolve_role(self, mention: ActorMention) -> Actor | None:
        """'the President', 'the head of state': the last person with a fitting title."""
        for earlier in reversed([m for m in self.mentions if m.end <= mention.start]):
            if earlier.actor.kind != "person":
                continue
            if roles_fit(mention.roles, earlier.roles) or (
                earlier.actor.sector and earlier.actor.sector == mention.actor.sector
            ):
                return earlier.actor
        return None

    def _apposed_nationality(self, mention: ActorMention) -> Actor | None:
        """The one country an apposition to a person's name gives by a demonym or a country's
        role ("Andrew Brunson, an American pastor"; "Jamal Ahmed, a Pakistani national"), not by a
        possessive or a place ("a critic of Russia's war", "a lawyer in Kenya")."""
        head = self.doc[mention.end - 1]
        codes: set[str] = set()
        for appos in head.children:
            if appos.dep_ != "appos":
                continue
            for word in appos.children:
                other = self._by_token.get(word.i)
                if word.dep_ in ("amod", "compound") and word.i < appos.i and other is not None \
                        and other is not mention and other.actor.code and other.actor.kind == "country" \
                        and is_country_code(other.actor.code):
                    codes.add(other.actor.code)
            if appos.lemma_.lower() in KIN_NOUNS:
                # "Patricia Smith, the mother of an American killed in Benghazi": the kin of a
                # people's member, named by its demonym, are of that people's state.
                for prep in appos.children:
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        for pobj in prep.children:
                            other = self._by_token.get(pobj.i)
                            if pobj.dep_ == "pobj" and other is not None and other.via == "demonym" \
                                    and other.actor.code and is_country_code(other.actor.code):
                                codes.add(other.actor.code)
        if len(codes) != 1:
            return None
        return Actor(next(iter(codes)), None, None, "country")

    def _counterpart_country(self, mention: ActorMention) -> Actor | None:
        """The country of an office named by its bare title ("the prime minister", "the
        chancellor") as the object of a verb whose subject is one state's official: where the
        clause happens when it names a place, else the subject's own state. None for a visitor
        ("visiting", "on a visit") or when the subject names no single state."""
        head = self.doc[mention.end - 1]
        if mention.start >= len(self.doc) or self.doc[mention.start].lower_ != "the" or head.i in self._resolving:
            return None
        if any(c.dep_ in ("poss", "amod", "compound", "nmod") and self._by_token.get(c.i, mention) is not mention
               for c in head.children) \
                or any(c.dep_ == "prep" and c.lower_ in ("of", "from", "in") for c in head.children):
            return None  # "the Iraqi prime minister", "the prime minister of Iraq"
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("with", "to"):
            verb = verb.head
        elif head.dep_ != "dobj":
            return None
        if verb.pos_ != "VERB":
            return None
        subject, passive = subject_of(verb)
        if subject is None or passive or any(t.lower_ in ("visiting", "visit", "trip", "tour") for t in subject.subtree):
            return None
        self._resolving.add(head.i)
        try:
            owners = {a.actor.code for a in self.actors_in(subject)
                      if a.actor.code and a.actor.sector in STATE_OFFICES and is_country_code(a.actor.code)}
        finally:
            self._resolving.discard(head.i)
        if len(owners) != 1:
            return None
        # (The office-holder is a person of their own, no repetition of the actor: "met the
        # prime minister" is a domestic consultation.)
        title = self.doc[mention.start + 1:mention.end].text
        where = self.clause_place(verb)
        if where is not None and where.code:
            return Actor(where.code, mention.actor.sector, title, "person")
        return Actor(next(iter(owners)), mention.actor.sector, title, "person")

    def _last_two_countries(self, before: int) -> list[Actor]:
        codes: list[Actor] = []
        for mention in reversed([m for m in self.mentions if m.end <= before]):
            code = mention.actor.code
            if code and mention.actor.kind in ("country", "person") and all(a.code != code for a in codes):
                codes.append(Actor(code, None, self._country_name(mention), "country"))
            if len(codes) == 2:
                break
        return list(reversed(codes)) if len(codes) == 2 else []

    @staticmethod
    def _country_name(mention: ActorMention) -> str | None:
        return mention.actor.name if mention.actor.kind == "country" else None


# "the country" referring back to the state of the subject before it.
COUNTRY_ANAPHORS = {"country", "nation", "kingdom", "republic"}
# Plural nouns for states whose "including ..." names who they are.
MEMBERSHIP_NOUNS = {"country", "state", "nation", "government", "ally", "member", "donor", "power"}
REPORTING_VERBS = {"say", "announce", "report", "add", "state", "confirm", "tell"}
BACKING_VERBS = {"back", "support", "arm", "train", "fund", "finance", "sponsor", "equip", "bankroll"}


# The plural of a divided country's name: both its states ("the two Koreas").
NAMED_PAIRS = {"koreas": (Actor("PRK", None, "North Korea", "country"), Actor("KOR", None, "South Korea", "country"))}
UN_CODE = "IGOUNO"
# The United Nations' agencies named by their field ("U.N. nuclear inspectors": the IAEA's).
UN_FIELDS = {"nuclear": Actor("IGOUNOIAE", "IGO", "International Atomic Energy Agency", "organisation"),
             "atomic": Actor("IGOUNOIAE", "IGO", "International Atomic Energy Agency", "organisation"),
             "refugee": Actor("IGOUNOHCR", "IGO", "UNHCR", "organisation"),
             "health": Actor("IGOUNOWHO", "IGO", "World Health Organization", "organisation"),
             "food": Actor("IGOUNOWFP", "IGO", "World Food Programme", "organisation")}
# The people or body the field word and "U.N." modify.
UN_STAFF_NOUNS = {"inspector", "watchdog", "agency", "expert", "official", "team", "monitor", "chief", "head",
                  "investigator", "worker", "staff", "mission", "body", "regulator", "inspection"}


def _un_agency(doc: Doc, mention: ActorMention) -> tuple[Actor, int] | None:
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


def _victims(head: Token, nouns: set[str] | None = None) -> set[int]:
    """The words up to the head of the object of the verb ``head`` is the subject of (only when the
    object is one of ``nouns``, when given)."""
    if head.dep_ != "nsubj" or head.head.pos_ not in ("VERB", "AUX"):
        return set()
    # (Only the object's own words: "a Chinese national accused of smuggling chips out of the United
    # States" is Chinese, and the clause after it still tells where he was arrested.)
    return {i for c in head.head.children if c.dep_ in ("dobj", "obj")
            and (nouns is None or c.lemma_.lower() in nouns) for i in range(c.left_edge.i, c.i + 1)}


def _backers(head: Token) -> set[int]:
    """The words of a participle on a noun that names its backers ("forces backed by the United
    States", "militias armed by Iran")."""
    return {t.i for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in BACKING_VERBS
            for t in c.subtree}


def _bare_definite(noun: Token) -> bool:
    """"the group", with nothing else that says which."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and not any(
        c.dep_ in ("amod", "compound", "prep", "nummod", "poss", "relcl", "acl", "appos") for c in noun.children)


def _qualifies_person(doc: Doc, mention: ActorMention) -> bool:
    """A demonym as the modifier of a noun for a person ("a Palestinian teenager"), or a role
    word for one person with its country ("a Venezuelan farmer")."""
    if mention.via != "demonym":
        return mention.actor.kind == "country" and doc[mention.end - 1].lemma_.lower() in PERSON_NOUNS
    if mention.end - mention.start != 1:
        return False
    word = doc[mention.start]
    return word.dep_ == "amod" and word.head.pos_ == "NOUN" and word.head.lemma_.lower() in PERSON_NOUNS


# Kin of a person ("the parents of two Americans").
KIN_NOUNS = {"parent", "mother", "father", "family", "widow", "widower", "wife", "husband", "son", "daughter",
             "brother", "sister", "relative"}
# Nouns for a single person or people, as a demonym may qualify them.
PERSON_NOUNS = {"teenager", "boy", "girl", "man", "woman", "child", "youth", "student", "journalist", "reporter",
                "photographer", "worker", "farmer", "fisherman", "citizen", "national", "civilian", "tourist",
                "businessman", "activist", "driver", "pilot", "prisoner", "detainee", "resident", "villager",
                "teacher", "doctor", "nurse", "priest", "family", "mother", "father", "son", "daughter"}


def _object_topic(subject: Token) -> set[int]:
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


def _acts_as_subject(token: Token) -> bool:
    """The word is (a conjunct of) its clause's subject or a passive's agent, or what a subject
    counts ("A group of senators urged …", "Dozens of lawmakers …")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ in ("nsubj", "nsubjpass"):
        token = token.head.head
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return True
    return token.dep_ in ("nsubj", "nsubjpass")


def _relation_owner(token: Token) -> bool:
    """The owner in "Iraq's neighbours", "Russia's allies", "its rivals": not the actor named."""
    owner = token
    while owner.dep_ == "compound" and owner.head.i != owner.i:
        owner = owner.head  # "South Korea's allies"
    return owner.dep_ == "poss" and owner.head.lemma_.lower() in RELATION_NOUNS


def _is_purpose(clause: Token) -> bool:
    """An infinitive clause of purpose ("... to protest the decision")."""
    return clause.dep_ == "advcl" and clause.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _governed_clauses(verb: Token) -> list[Token]:
    """The chain of infinitives a verb governs: "threatened to stop talks to reduce arms"."""
    chain, node = [], verb
    for _ in range(3):
        node = next((c for c in node.children if c.dep_ == "xcomp"), None)
        if node is None:
            break
        chain.append(node)
    return chain


def _phrase(head: Token) -> list[Token]:
    """The head's phrase, without relative clauses and other clauses hanging off it."""
    out = [head]
    for child in head.children:
        if child.dep_ in STOP_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ not in ("of",) and head.pos_ != "PRON":
            continue  # "talks with Russia" – the prepositional part is read separately
        if child.dep_ == "advmod" and child.lower_ in ("ahead", "prior"):
            continue  # "a state visit ahead of a summit of BRICS leaders": a time, not whose
        if child.dep_ == "conj" and head.dep_ == "ROOT" and any(
                g.dep_ == "amod" and g.pos_ == "VERB" and g.tag_ in ("VBD", "VBN") for g in child.children):
            continue  # "Turkish tanks and artillery battered Kurdish positions" read as one phrase: the object
        out.extend(_phrase(child))
    return sorted(out, key=lambda t: t.i)


def _pair_end(tokens: list[Token], pair: str) -> int:
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


