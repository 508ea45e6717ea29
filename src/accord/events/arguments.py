"""Who is the actor and who the recipient of an event, read off the dependency parse.

Actor: the subject (or the "by" agent of a passive), inherited through control and
coordination ("Russia intends to prioritise support"). Recipient: the object, or the object of
a preposition such as "with", "to", "against", "on", "for". "Between X and Y" makes all of
them actors, as PLOVER asks for joint events. "The two countries" is read here. Parts of the
reader live beside it, as :mod:`accord.events.places` does: what pronouns and roles without a
state point back to (:mod:`accord.events.references`) and whom an act names beyond its own
slots -- governed acts, reasons, shows of force (:mod:`accord.events.further`); the word lists
and small parse readings are :mod:`accord.events.argument_words`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from accord.actors.model import Actor, ActorMention
from accord.actors.names import LEADER_SUFFIXES
from accord.actors.tables import follower_nouns, word_sets
from accord.events.argument_words import (
    AMBIGUOUS_ROLES, ARMED_UNKNOWN, BODY_ANAPHORS, CARRY_VERBS, COUNTRY_ANAPHORS, DOMESTIC_OFFICES,
    DOMESTIC_SECTORS, ENVOY_NOUNS, SENT_GOODS, GIVING_PARTICIPLES, FIRST_PLURAL, FIRST_SINGULAR, FOREIGNER_NOUNS, HOST_NOUNS, MEMBERSHIP_NOUNS,
    MEETING_VERBS, NAMED_PAIRS, NAME_VIAS, NEGOTIATION_NOUNS, PAIR_PHRASES, PLACED_SECTORS, PLACE_DEMONYM, PLURAL_THIRD,
    PRESSURE_NOUNS, REACH_PREPS, RELATION_NOUNS, STATE_OFFICES, THIRD_NEUTER, THIRD_PERSON, TRAVEL_VERBS,
    VISIT_NOUNS, acted_on, acts_as_subject, backer_words, bare_definite, head_phrase, is_collective, member_phrases,
    named_legislature, object_topic, occasion_words, counterpart_words, pair_end, relation_owner, un_agency, victim_words,
)
from accord.events.frames import bare_crowd
from accord.events.further import FurtherParties
from accord.events.homes import ARTICLE_SECTORS, party_on_role, person_home, region_on_role, role_home, speakers_state, staff_of
from accord.events.places import PLACE_NOUNS, PlaceReading, is_country_code, names_an_agreement, reporter_tokens
from accord.events.references import ReferenceReading
from accord.events.syntax import prepositional_objects, subject_of
from accord.quotes.model import Quote

# The word sets are data: each one's words and why are in accord/data/words/events_arguments.tsv.
WORD_SETS = word_sets("events_arguments")


@dataclass(frozen=True)
class ArgumentActor:
    actor: Actor
    start: int  # character offsets of the words that name it
    end: int
    text: str
    via: str


OPINION_SECTORS = WORD_SETS["OPINION_SECTORS"]
# Nouns for a politician's rivals at home ("his rival in the primary", "her critics") and own
# people ("his supporters", "her aides"); not "allies", which for a head of state may be other
# states (followers.tsv, the "his" reading).
PERSONAL_RIVALS = follower_nouns("his", "rival")
PERSONAL_FOLLOWERS = follower_nouns("his", "staff", "follower")


FILED_ROLES = WORD_SETS["FILED_ROLES"]


RACE_ANAPHORS = WORD_SETS["RACE_ANAPHORS"]
MARCHERS = WORD_SETS["MARCHERS"]
OWN_RIVALS = WORD_SETS["OWN_RIVALS"]


class ArgumentReader(FurtherParties, ReferenceReading, PlaceReading):
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
        # ... and the organisation named in such a title ("an Arab League plan for Syrian President
        # Bashar al-Assad": the League is no sports league).
        self.named_tokens |= {i for m in self.mentions if m.actor.kind == "person" and m.via == "title"
                              and m.actor.sector in STATE_OFFICES and (m.actor.code or "").startswith("IGO")
                              for i in range(m.start, m.end) if doc[i].pos_ == "PROPN" and doc[i].ent_type_ == "ORG"}

    def actors_in(self, head: Token) -> list[ArgumentActor]:
        """Actors named by the phrase headed by ``head`` (coordination included): each actor
        mention of the phrase read once, a divided country's plural and the pronouns; when that
        finds nobody, the unnamed parties the head noun stands for; the pair of countries "the two
        countries" means; and a name the tables lack, by its abbreviation in brackets."""
        apposed = self._apposed_to_relation(head) or self._members_named(head) \
            or self._host_visited(head, head_phrase(head))
        if apposed:
            return apposed
        found: list[ArgumentActor] = []
        tokens = head_phrase(head)
        seen: set[int] = set()
        text_lower = " ".join(t.lower_ for t in tokens)
        pair = next((p for p in PAIR_PHRASES if p in text_lower), None)
        pair_actors = self._last_two_countries(tokens[0].i) if pair else []
        for token in tokens:
            mention = self._by_token.get(token.i)
            if self._not_its_actor(token, mention):
                continue
            if mention is not None and id(mention) not in seen:
                seen.add(id(mention))
                if mention.actor.code is None and pair_actors:
                    found += self._role_of_each(mention, pair_actors, tokens, pair)
                    pair_actors = []
                    continue
                abroad = self._people_abroad(token, mention)
                if abroad is not None:
                    found.append(abroad[0])
                    seen.add(id(abroad[1]))
                    continue
                named = self._named_by_modifier(mention) if mention.actor.code is None else set()
                # ("urged European companies": the Union named on the role, not the story's state;
                # "arrested a Cambodian opposition activist in Bangkok": nor the place it is in.)
                found += [a for a in self._mention_actors(token, mention)
                          if not (named and a.via.startswith(("role, in a", "role + place")) and a.actor.code not in named)]
            elif mention is None and self._names_divided_country(token):
                found += self._divided_country(token)
            elif mention is None and self._pronoun_to_resolve(token):
                found += self._pronoun_actors(token)
        if not found:
            found = self._unnamed_parties(head, tokens)
        if pair_actors:
            start = next(t.i for t in tokens if t.lower_ in ("two", "both", "our"))
            for other in pair_actors:
                found.append(self._arg(other, start, pair_end(tokens, pair), pair))
        if not any(a.via in NAME_VIAS for a in found):
            named = self._named_by_abbreviation(head)
            if named:
                return named
        return found

    def _named_by_modifier(self, mention: ActorMention) -> set[str]:
        """The codes of the modifiers the tables name on a role with no code of its own
        ("European companies"): that party is whose the role is, and no other state the
        story's context gives."""
        last = self.doc[mention.end - 1]
        return {named.actor.code for c in last.children if c.dep_ in ("amod", "compound") and c.i < mention.start
                and (named := self._by_token.get(c.i)) is not None and named is not mention and named.actor.code}

    # The steps of actors_in, in the order it takes them.

    def _apposed_to_relation(self, head: Token) -> list[ArgumentActor]:
        """"a fellow US ally in the Gulf, Qatar", "a close Russian partner, Sudan": a noun of
        relation whose apposition names a state or body is that party; the state on the noun
        is whose ally it is. The parser often hangs the apposition on the last noun of a
        phrase after the relation noun ("in the Gulf, Qatar"): it counts when it closes the
        phrase."""
        if head.lemma_.lower() not in RELATION_NOUNS or head.pos_ != "NOUN":
            return []
        candidates = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
        if not candidates:
            inner = head
            for _ in range(3):
                prep = next((c for c in inner.children if c.dep_ == "prep" and c.i > inner.i), None)
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                if pobj is None:
                    break
                inner = pobj
            if inner is not head:
                candidates = [c for c in inner.children if c.dep_ == "appos" and c.i > inner.i
                              and c.right_edge.i == head.right_edge.i and self.doc[c.left_edge.i - 1].text == ","]
        found: list[ArgumentActor] = []
        for appos in candidates:
            for token in [appos] + [c for c in appos.children if c.dep_ == "conj"]:
                mention = self._by_token.get(token.i)
                if mention is not None and mention.actor.code and mention.actor.kind in ("country", "organisation") \
                        and mention.via in NAME_VIAS:
                    found += self._mention_actors(token, mention)
        return found

    def _members_named(self, head: Token) -> list[ArgumentActor]:
        """"The Quartet -- the United States, Russia, the EU and the U.N. -- urged Israel ...":
        a group of states with no code whose members the phrase names acts as those members."""
        if not is_collective(head):
            return []
        found: list[ArgumentActor] = []
        seen: set[int] = set()
        for phrase in member_phrases(head):
            for token in phrase.subtree:
                mention = self._by_token.get(token.i)
                if mention is not None and id(mention) not in seen and mention.actor.code \
                        and mention.actor.kind in ("country", "organisation") and mention.via in NAME_VIAS:
                    seen.add(id(mention))
                    found += self._mention_actors(token, mention)
        return found if len(found) >= 2 else []

    def _not_its_actor(self, token: Token, mention: ActorMention | None) -> bool:
        """A word of the phrase that names no party of it: the owner of a relation, a state a
        body's name already holds, a capital that names an agreement."""
        if relation_owner(token):
            return True  # "Iraq's neighbours" are not Iraq
        if token.dep_ == "poss" and token.pos_ == "PRON" \
                and token.head.lemma_.lower() in PERSONAL_FOLLOWERS | PERSONAL_RIVALS:
            return True  # "his supporters" are not he (they are of his country: _domestic_rival)
        owned = self._by_token.get(token.head.i) if token.dep_ == "poss" else None
        if mention is not None and owned is not None and owned is not mention and mention.actor.code \
                and (owned.actor.code or "").startswith(mention.actor.code) and len(owned.actor.code) > 3:
            return True  # "Iran's Revolutionary Guards": the body names its state already
        if mention is not None and mention.via == "capital" and names_an_agreement(self.doc[mention.end - 1]):
            return True  # "the Washington Declaration": the capital names the agreement
        return False

    def _role_of_each(self, mention: ActorMention, pair_actors: list[Actor], tokens: list[Token],
                      pair: str) -> list[ArgumentActor]:
        """"the departments of the two countries": the role, for each country."""
        return [self._arg(Actor(other.code, mention.actor.sector, other.name, "country"),
                          mention.start, pair_end(tokens, pair), "role + " + pair) for other in pair_actors]

    def _mention_actors(self, token: Token, mention: ActorMention) -> list[ArgumentActor]:
        """The parties one actor mention names: a people by its state, a role or a person without
        a state by whose they are, a U.N. agency by its field word, else the actor itself."""
        if mention.actor.kind == "group":
            return self._group_actors(token, mention)
        if mention.actor.code is None and mention.actor.kind == "role":
            return self._role_actors(token, mention)
        if mention.actor.code is None and mention.actor.kind == "person":
            return self._person_actors(token, mention)
        agency = un_agency(self.doc, mention)
        if agency is not None:
            # "U.N. nuclear inspectors", "the U.N. refugee agency's staff": the field word
            # between "U.N." and its people names the agency they work for.
            return [self._arg(agency[0], mention.start, agency[1] + 1, f"U.N. + '{self.doc[agency[1]].text}'")]
        abroad = self.holdings_abroad(mention) if mention.actor.kind == "organisation" else None
        if abroad is not None:
            return [self._arg(Actor(abroad.code, mention.actor.sector, abroad.name, "country"), mention.start,
                              mention.end, f"group, based in {abroad.name or abroad.code}")]
        if self._brussels_for_union(token, mention):
            # "Brussels warned Warsaw ...", "under pressure from Brussels": in wire copy the city
            # acting on another state is the European Union, not Belgium.
            return [self._arg(Actor("IGOEEC", "IGO", "European Union", "organisation"), mention.start, mention.end,
                              "'Brussels' for the EU")]
        via = mention.via
        if via == "demonym" and token.dep_ == "amod" and token.head.lemma_.lower() in PLACE_NOUNS:
            via = PLACE_DEMONYM  # "the Bosnian town of Gorazde": where, more than whom
        return [self._arg(mention.actor, mention.start, mention.end, via)]

    def _brussels_for_union(self, token: Token, mention: ActorMention) -> bool:
        """"Brussels" as a doer (a subject, an agent, a possessive, "pressure from Brussels") in a
        sentence that names no Belgian party: the EU's institutions there."""
        if mention.via != "capital" or mention.actor.code != "BEL" or token.text != "Brussels":
            return False
        if any(t.lower_.startswith("belgi") for t in token.sent):
            return False
        if token.dep_ in ("nsubj", "poss", "conj") and token.head.lemma_.lower() not in PLACE_NOUNS:
            return token.dep_ != "conj" or token.head.dep_ == "nsubj"
        prep = token.head
        return token.dep_ == "pobj" and (prep.lower_ == "by" and prep.dep_ == "agent"
                                         or prep.lower_ == "from" and prep.head.lemma_.lower() in PRESSURE_NOUNS)

    def _people_abroad(self, token: Token, mention: ActorMention) -> tuple[ArgumentActor, ActorMention] | None:
        """"The Armenians of Israel", "the Jews of Iran": a people named by its demonym and the
        state whose people it is part of is of that state, as groups are coded by where they
        live. (Only "of": "Americans in Iraq" are foreigners where they are.) Gives the
        actor and the state's own mention, which is not read again."""
        if mention.via != "demonym" or token.tag_ not in ("NNS", "NNPS") or mention.end - mention.start != 1:
            return None
        for _prep, pobj in prepositional_objects(token, {"of"}):
            other = self._by_token.get(pobj.i)
            if other is not None and other.actor.kind == "country" and other.via in ("name", "alias") \
                    and other.actor.code and other.actor.code != mention.actor.code:
                return self._arg(Actor(other.actor.code, "CVL", other.actor.name, "country"), mention.start,
                                 other.end, f"{token.text} of {other.actor.name or other.actor.code}"), other
        return None

    def _group_actors(self, token: Token, mention: ActorMention) -> list[ArgumentActor]:
        """"ethnic Albanians in south Serbia", "Kurdish rebels" in a story about Turkey: a people
        or movement is coded by the state it lives or acts in."""
        found: list[ArgumentActor] = []
        owners = self._located_in(mention)
        # ("struck Islamic State positions near Raqqa, the U.S. military said": who tells of the
        # act does not place the group; where the act is does, before the teller's country.)
        teller = reporter_tokens(token)
        context = None if owners else (self.context_country(token, True, skip=teller) if teller else None) \
            or self.clause_place(token) or self.context_country(token, True) \
            or (self.article_context(token) if mention.actor.sector in ARTICLE_SECTORS else None)
        owners = owners or ([context] if context is not None else [])
        for owner in owners:
            found.append(self._arg(Actor(owner.code, mention.actor.sector, owner.name, "country"),
                                   mention.start, mention.end, f"group, in {owner.name or owner.code}"))
        if not owners and mention.actor.code:
            found.append(self._arg(Actor(mention.actor.code, mention.actor.sector, None, "country"),
                                   mention.start, mention.end, "group, by its people's state"))
        return found

    def _role_actors(self, token: Token, mention: ActorMention) -> list[ArgumentActor]:
        """A role named without its state ("its troops", "the prime minister", "police"): whose
        it is, by the first of a party word on it, its owner, what the text tells of it, and
        where it acts."""
        members = self._members_included(self.doc[mention.end - 1])
        if members:
            # "relevant parties, including the DPRK and South Korea": the members named.
            return members
        if self._led_by_named(mention):
            # "NATO-led troops arrested a Bosnian Serb": the leader named on the role is
            # whose it is (read as a mention of its own), not where it acts.
            return []
        party = party_on_role(self.doc, mention)
        if party is not None:
            # "Republican senators wrote to King Salman about the war in Yemen": the party
            # word is the role's own demonym, before any state the sentence names.
            return [self._arg(Actor(party[0], mention.actor.sector, None, "country"),
                              mention.start, mention.end, f"role, by '{party[1]}'")]
        region = region_on_role(self.doc, mention, self.places)
        if region is not None:
            # "Scotland's justice minister warned fans": a region's office is its country's.
            return [self._arg(Actor(region[0], mention.actor.sector, None, "country"),
                              mention.start, mention.end, f"role, of the region '{region[1]}'")]
        partner = self._negotiating_state(mention) if mention.actor.sector == "REB" \
            and self._possessor(mention) is None else None
        if partner is not None:
            # "The Philippine government resumed peace talks with communist rebels in Oslo": rebels
            # of no named country that a state negotiates or settles with are its own, not the
            # venue's.
            return [self._arg(Actor(partner, mention.actor.sector, None, "country"), mention.start, mention.end,
                              f"role, negotiating with {partner}")]
        owned = self._role_by_owner(mention)
        if owned:
            return owned
        told = self._role_by_telling(token, mention)
        if told is not None:
            return [told]
        if mention.actor.sector == "GOV" and _travels(self.doc[mention.end - 1]):
            # "The foreign minister arrived in Beijing for talks", "The president will travel to
            # Brussels": a visiting official is not of where he goes, nor of whom he goes to see
            # (police or troops who arrive somewhere may well be local).
            return []
        return self._role_by_place(token, mention)

    def _led_by_named(self, mention: ActorMention) -> bool:
        """The role has a "-led" or "-run" leader before it that names a state or body ("NATO-led
        troops", "the U.S.-led coalition"), whichever way the tokenizer split it."""
        doc, start = self.doc, mention.start
        while start < mention.end - 1 and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        before = doc[start - 1] if start > 0 else None
        if before is None:
            return False
        if before.lower_ in LEADER_SUFFIXES and start >= 3 and doc[start - 2].text in ("-", "‑"):
            leader = self._by_token.get(start - 3)
        elif "-" in before.text[1:] and before.text.rpartition("-")[2].lower() in LEADER_SUFFIXES:
            leader = self._by_token.get(before.i)
        else:
            return False
        return leader is not None and bool(leader.actor.code) and leader.actor.kind in ("country", "organisation")

    def _role_by_owner(self, mention: ActorMention) -> list[ArgumentActor]:
        """"its troops": the role, for whoever "its" is; "officials from Bangladesh and Myanmar":
        the role, for each country."""
        # (A possessive owner, the role's own or a state's, is no place: "role + place" would file
        # the role under a region's parent state.)
        owner = self._possessor(mention) or self._state_possessor(mention)
        owners = [owner] if owner is not None else self._from_divided_pair(mention) or self._located_in(mention)
        via = "role + possessive" if owner is not None else "role + place"
        return [self._arg(Actor(each.code, mention.actor.sector, each.name, each.kind),
                          mention.start, mention.end, via) for each in owners]

    def _state_possessor(self, mention: ActorMention) -> Actor | None:
        """"Taiwan's opposition Nationalist Party": a state's possessive read as a mention of its own
        (with the role word between) owns the role too, before any place it is in ("in the Great
        Hall of the People")."""
        head = self.doc[mention.end - 1]
        for child in head.children:
            owner = self._by_token.get(child.i) if child.dep_ == "poss" and child.i < mention.start else None
            if owner is not None and owner.actor.kind == "country" and owner.actor.code \
                    and is_country_code(owner.actor.code[:3]):
                return Actor(owner.actor.code[:3], None, owner.actor.name, "country")
        return None

    def _from_divided_pair(self, mention: ActorMention) -> list[Actor]:
        """"Officials from the two Koreas held talks": the role, as the subject, for each state of
        the divided country it comes from (not "the leaders of the two Koreas" met by a visitor)."""
        head = self.doc[mention.end - 1]
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return []
        return [state for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "from"
                for pobj in prep.children if pobj.dep_ == "pobj" and self._names_divided_pair(pobj)
                for state in NAMED_PAIRS[pobj.lower_]]

    def _role_by_telling(self, token: Token, mention: ActorMention) -> ArgumentActor | None:
        """The role's state as the text tells it: the title named before, the counterpart of a
        state's official, the state's body it is coordinated with, the state that reports it."""
        resolved = self.resolve_role(mention)
        if resolved is not None and resolved.code is None and mention.actor.sector in ARTICLE_SECTORS:
            # "Justice Minister Cathy Jamieson told parliament ... Police chiefs urged ministers to
            # ...": the office-holder named before is no one the tables know, so the article's
            # country says whose the office is, as it does for a bare role.
            article = self.article_context(token)
            if article is not None:
                return self._arg(Actor(article.code, resolved.sector or mention.actor.sector, resolved.name,
                                       resolved.kind), mention.start, mention.end,
                                 f"title reference, in a {article.code} context (the rest of the article)")
        if resolved is not None:
            return self._arg(resolved, mention.start, mention.end, "title reference")
        counterpart = self._counterpart_country(mention) if mention.actor.sector in STATE_OFFICES \
            else None
        if counterpart is not None:
            # "Israel's defence minister met the prime minister", "Thailand's army chief
            # urged the prime minister to resign": an office named by its title alone,
            # acted on by a state's official, is of that state (or of where they met).
            return self._arg(counterpart, mention.start, mention.end, f"role, counterpart in {counterpart.code}")
        kin = self._conjunct_country(token) if mention.actor.sector in PLACED_SECTORS else None
        if kin is not None:
            # "Guatemalan government and guerrilla representatives": a group coordinated
            # with a state's body, under one demonym, is of that state.
            return self._arg(kin, mention.start, mention.end, f"role, beside {kin.code}")
        reporter = self._reporting_state(token) if mention.actor.sector in STATE_OFFICES else None
        if reporter is not None:
            # "Kenya's interior ministry said police had arrested four Somali nationals":
            # a state's organ in what a body of a state reports is of that state.
            return self._arg(Actor(reporter.code, mention.actor.sector, reporter.name, "country"),
                             mention.start, mention.end, f"role, told by {reporter.code}")
        return None

    def _negotiating_state(self, mention: ActorMention) -> str | None:
        """The one state that talks, makes a deal or a truce "with" the role's group (on the noun
        of the talks or on the verb that has it as its object)."""
        head = self.doc[mention.end - 1]
        if any(c.dep_ in ("amod", "compound") and self._by_token.get(c.i) not in (None, mention) for c in head.children):
            return None
        between = self._talks_between(head)
        if between is not None:
            return between
        if head.dep_ in ("dobj", "obj") and head.head.pos_ == "VERB" and head.head.lemma_.lower() in MEETING_VERBS:
            # "The Liberian president met rebel leaders in Accra": whom a state meets is its own.
            verb, talks = head.head, True
        elif head.dep_ != "pobj" or head.head.lower_ != "with":
            return None
        else:
            holder = head.head.head
            verb = holder if holder.pos_ == "VERB" else holder.head if holder.dep_ in ("dobj", "obj") else None
            talks = holder.lemma_.lower() in NEGOTIATION_NOUNS or (verb is holder and any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in NEGOTIATION_NOUNS for c in holder.children))
        if not talks or verb is None or verb.pos_ != "VERB":
            return None
        subject, passive = subject_of(verb)
        if subject is None or passive:
            return None
        codes = {a.actor.code for a in self.actors_in(subject) if a.actor.code and is_country_code(a.actor.code)
                 and (a.actor.sector in STATE_OFFICES or a.actor.sector is None)}
        return codes.pop() if len(codes) == 1 else None

    def _talks_between(self, head: Token) -> str | None:
        """"talks between the Afghan government and the insurgents", "a truce between the army
        and the rebels": the one state the other side of the pair is of."""
        first = head
        if head.dep_ == "conj":
            first = head.head
        if first.dep_ != "pobj" or first.head.lower_ not in ("between", "among") \
                or first.head.head.lemma_.lower() not in NEGOTIATION_NOUNS:
            return None
        sides = [first] + [c for c in first.children if c.dep_ == "conj"]
        if head.i in self._resolving or any(side.i in self._resolving for side in sides):
            return None
        self._resolving.add(head.i)
        try:
            codes = {a.actor.code for side in sides if side.i != head.i for a in self.actors_in(side)
                     if a.actor.code and is_country_code(a.actor.code)
                     and (a.actor.sector in STATE_OFFICES or a.actor.sector is None)}
        finally:
            self._resolving.discard(head.i)
        return codes.pop() if len(codes) == 1 else None

    def _role_by_place(self, token: Token, mention: ActorMention) -> list[ArgumentActor]:
        """The role's state by where it acts or what its sentence is about, less the states of
        its backers, of its victims and of what the act is about; a lawmaker among their own
        people; else where the clause happens."""
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
        backers = backer_words(self.doc[mention.end - 1])
        # ("A gang kidnapped 17 American missionaries": the victims' nationality is not
        # the attackers'; the story's country may still be.)
        # ("Federal prosecutors charged a Russian businessman", "Police arrested a Chinese
        # national": nor is a foreigner's whom police or courts act on.)
        victims = victim_words(self.doc[mention.end - 1]) if mention.actor.sector in ARMED_UNKNOWN \
            or (domestic and victim_words(self.doc[mention.end - 1], FOREIGNER_NOUNS)) else set()
        topic = object_topic(self.doc[mention.end - 1]) if mention.actor.sector in DOMESTIC_OFFICES \
            and acts_as_subject(self.doc[mention.end - 1]) and not backers and not victims else set()
        home = role_home(self.doc, mention, self.places, topic) if topic and context is None else None
        if home is not None:
            # "The senator questioned Obama's commitment to Israel": a state named only
            # in what the act is about does not say whose the senator is; Obama does.
            return [self._arg(Actor(home[0], mention.actor.sector, None, "country"),
                              mention.start, mention.end, f"role, by '{home[1]}'")]
        # ("China freed a dissident on the eve of a visit by the U.S. president": the visitor's
        # state is no context for the dissident.)
        clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        occasion = occasion_words(clause, clause) if clause is not None else set()
        # ("A government task force held meetings with Japanese aid agencies": the state of
        # whom it meets is not the meeting side's; only a state's own people, not its armed
        # groups: "the government held talks with Tamil rebels" is Sri Lanka's.)
        subject = self.doc[mention.end - 1]
        while subject.dep_ == "compound" and subject.head.i != subject.i:
            subject = subject.head  # ("a government task force": the force is the subject)
        if clause is not None and acts_as_subject(subject):
            occasion |= {i for i in counterpart_words(clause) if self._state_mention_at(i)}
        # ("The TUC called on the government", "Labour accused the government": a bare
        # government is of the one state whose own bodies and parties the sentence names.)
        context = context or self.context_country(token, mention.actor.sector in PLACED_SECTORS,
                                                  backers | victims | occasion, story=not backers,
                                                  bodies=mention.actor.sector == "GOV")
        spoken = speakers_state(self.doc, mention, self.places) if context is None and not backers else None
        if spoken is not None:
            return [self._arg(Actor(spoken[0], mention.actor.sector, None, "country"),
                              mention.start, mention.end, f"role, as '{spoken[1]}' speaks of it")]
        if context is None and (domestic or set(mention.roles) & FILED_ROLES) and not backers:
            # "MOSCOW (Reuters) - Prosecutors charged ...", "LAGOS (Reuters) - The authorities
            # accused ...": a state's local organs, in a story filed from a place of one
            # country that names no other, are that country's ("officials" may be a visiting
            # body's: "GENEVA (Reuters) - Officials said").
            context = self.filed_in()
        if context is not None and mention.actor.sector:
            return [self._arg(Actor(context.code, mention.actor.sector, context.name, "country"),
                              mention.start, mention.end, f"role, in a {context.name or context.code} context")]
        return self._role_at_home(token, mention, backers, victims)

    def _role_at_home(self, token: Token, mention: ActorMention, backers: set[int],
                      victims: set[int]) -> list[ArgumentActor]:
        """A lawmaker or party acting in national politics, by the home its words tell; else a
        role by where its clause happens."""
        home = role_home(self.doc, mention, self.places) if mention.actor.sector in DOMESTIC_OFFICES \
            and not backers and not victims and (acts_as_subject(self.doc[mention.end - 1])
                                                 or mention.actor.sector == "PTY"
                                                 or acted_on(self.doc[mention.end - 1])) else None
        if home is None and mention.actor.sector in OPINION_SECTORS and not backers and not victims \
                and acts_as_subject(self.doc[mention.end - 1]):
            # "Members of the conservative press accused Clinton", "Commentators mocked
            # Obama": the press of national politics, told among its own people.
            home = role_home(self.doc, mention, self.places)
        if home is not None:
            # "Republican lawmakers condemned Trump", "The senator urged Obama to …":
            # national politics told among its own people (no state, no place named).
            return [self._arg(Actor(home[0], mention.actor.sector, None, "country"),
                              mention.start, mention.end, f"role, by '{home[1]}'")]
        # ("Protesters marched through Yangon": a march is in the town it crosses, for marchers
        # as for a bare crowd.)
        marching = self.doc[mention.end - 1].lemma_.lower() in MARCHERS
        where = self.clause_place(token, route=marching) if mention.actor.sector in PLACED_SECTORS else None
        if where is None and mention.actor.sector in STATE_OFFICES and not self._names_a_state(token, backers):
            # "Government forces used chemical weapons ... in the town of Douma": a
            # state's organs in a sentence that names no state are of where they act.
            where = self.clause_place(token)
        if where is not None:
            # "Hundreds of thousands of people blocked streets in Hong Kong"
            return [self._arg(Actor(where.code, mention.actor.sector, where.name, "country"),
                              mention.start, mention.end, "role + where it acts")]
        named = named_legislature(self.doc, mention.start, mention.end) if not backers and not victims else None
        if named is not None:
            # "He urged Congress to cut the deficit": a legislature known by its bare name, in a
            # sentence that names no state.
            return [self._arg(Actor(named, mention.actor.sector, None, "country"),
                              mention.start, mention.end, "legislature known by its name")]
        article = self.article_context(token, backers | victims) if mention.actor.sector in ARTICLE_SECTORS else None
        if article is not None:
            # "Teachers' unions accused ministers ..." in an article of Tony Blair, the Tories and
            # Cardiff: the rest of the article says whose the ministers are.
            return [self._arg(Actor(article.code, mention.actor.sector, None, "country"), mention.start,
                              mention.end, f"role, in a {article.code} context (the rest of the article)")]
        return []

    def _person_actors(self, token: Token, mention: ActorMention) -> list[ArgumentActor]:
        """A person the tables do not know: a place the name also is, the state or party in the
        person's title, an apposed nationality, else the country the text is about."""
        if mention.via == "name" and not mention.roles:
            # A bare name guessed to be a person that the gazetteer knows as a place
            # ("Russian artillery pounded Kharkiv") is the place, as its country.
            place = next((p for p in self.places if p.start == mention.start and p.end == mention.end
                          and p.entry.country), None)
            if place is not None:
                return [self._arg(Actor(place.entry.country, None, None, "country"), mention.start,
                                  mention.end, f"place '{place.text}' in {place.entry.country}")]
        home = person_home(self.doc, mention, self.places)
        if home is not None:
            # "Vermont Senator Patrick Leahy", "Sen. Bernie Sanders (I-Vt.)": a state or
            # a party in the person's own title says whose the person is.
            return [self._arg(Actor(home[0], mention.actor.sector, mention.actor.name, "person"),
                              mention.start, mention.end, f"person, by '{home[1]}'")]
        # A person the tables do not know, named without a country ("President
        # Askar Akayev ... Kyrgyzstan"): coded by the country the text is about.
        # (Not a common noun the entity tagger took for a name: "Wildfires swept …".)
        apposed = self._apposed_nationality(mention)
        if apposed is not None:
            # "Andrew Brunson, an American pastor", "Jamal Ahmed, a Pakistani national":
            # the apposition says whose the person is.
            return [self._arg(Actor(apposed.code, mention.actor.sector, mention.actor.name, "person"),
                              mention.start, mention.end, f"person, apposition {apposed.code}")]
        context = self.context_country(token)
        if mention.end - mention.start == 1 and token.pos_ == "NOUN" and not mention.roles:
            context = None
        if self._under_plural_title(mention):
            # "Foreign Ministers Alexander Downer and Phil Goff condemned the coup in Fiji", "Sens.
            # Tom Hardwick and Bill Trenton urged Pakistan ...": people a plural title joins
            # are of no one country the sentence names; one the tables do not know stays unnamed.
            context = None
        if context is not None:
            return [self._arg(Actor(context.code, mention.actor.sector, mention.actor.name, "person"),
                              mention.start, mention.end, f"person, in a {context.name or context.code} context")]
        return []

    def _under_plural_title(self, mention: ActorMention) -> bool:
        """Whether a person is named under a plural title ("Presidents Bush and Kibaki",
        "Sens. Biden and Hagel"): the title before the first of the conjoined names."""
        first = self.doc[mention.end - 1]
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        owner = next((m for m in self.mentions if m.start <= first.i < m.end), None)
        if owner is None:
            return False
        # (The title may be left out of the mention of a person the tables know: "Foreign
        # Ministers Alexander Downer and ...".)
        name_start = owner.name_start if owner.name_start is not None else owner.start
        # (The small model tags a capitalised "Ministers" NNP: the plural is read off the word.)
        # ("Ms. Brainard and Daniel Tarullo": a single person's style is no plural.)
        plural = any((t.tag_ in ("NNS", "NNPS") or t.text.endswith(("s", "s.")) and t.text[:1].isupper())
                     and len(t.text) >= 5 and t.ent_type_ not in ("GPE", "NORP", "LOC", "ORG")
                     for t in first.subtree if t.i < name_start and t.dep_ == "compound")
        return plural and any(c.dep_ == "conj" for c in first.children)

    @staticmethod
    def _names_divided_country(token: Token) -> bool:
        """"The two Koreas held talks", "Both Koreas exchanged fire": the plural of a divided
        country's name as a subject. (Not inside a phrase: "arrived for a summit between the
        leaders of the two Koreas" is a visit.)"""
        return token.dep_ in ("nsubj", "nsubjpass") and ArgumentReader._names_divided_pair(token)

    @staticmethod
    def _names_divided_pair(token: Token) -> bool:
        """"the two Koreas", "both Koreas"."""
        return token.lower_ in NAMED_PAIRS and any(t.lower_ in ("two", "both") for t in token.lefts)

    def _divided_country(self, token: Token) -> list[ArgumentActor]:
        """A divided country's plural: its two states acting together."""
        return [self._arg(state, token.i, token.i + 1, f"'{token.text}'") for state in NAMED_PAIRS[token.lower_]]

    def _pronoun_to_resolve(self, token: Token) -> bool:
        """A personal pronoun or possessive that may stand for a party -- not a possessive whose
        noun, or a modifier of it, names one already ("its troops": the possessive already went
        to the role it owns; "their Russian captors": the named country says whose they are)."""
        return token.lower_ in FIRST_PLURAL | FIRST_SINGULAR | THIRD_PERSON | THIRD_NEUTER \
            and token.pos_ == "PRON" and not (token.dep_ == "poss" and token.head.i in self._by_token) \
            and not (token.dep_ == "poss" and any(c.dep_ in ("amod", "compound") and c.i in self._by_token
                                                  for c in token.head.children))

    def _pronoun_actors(self, token: Token) -> list[ArgumentActor]:
        """Whom a pronoun stands for: the speaker's country for "his country", what it resolves
        to, else for "they" the group named before, placed the way the group itself is."""
        resolved = self.resolve_pronoun(token)
        if token.dep_ == "poss" and token.head.lemma_.lower() in ("country", "nation") \
                and token.lower_ in ("his", "her", "their"):
            # "Ethiopia's prime minister said his country ...": the speaker's country.
            owner = self._owner_country(token, resolved)
            if owner is not None:
                return [self._arg(owner, token.i, token.head.i + 1, f"'{token.text} country'")]
        if resolved is not None:
            return [self._arg(resolved, token.i, token.i + 1, f"pronoun '{token.text}'")]
        found: list[ArgumentActor] = []
        if token.lower_ in PLURAL_THIRD and token.i not in self._resolving:
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
        return found

    def _unnamed_parties(self, head: Token, tokens: list[Token]) -> list[ArgumentActor]:
        """When the phrase names nobody: whom its head noun stands for, by the first reading that
        finds someone (envoys, "the group", members included, "the country", a crowd)."""
        return self._envoys_from(head) or self._body_meant(head, tokens) or self._members_included(head) \
            or self._country_meant(head, tokens) or self._crowd_where_it_acts(head, tokens) \
            or self._domestic_rival(head, tokens) or self._staff_of(head, tokens) \
            or self._race_anaphor(head, tokens)

    def _host_visited(self, head: Token, tokens: list[Token]) -> list[ArgumentActor]:
        """"Arriving in Ankara, the German foreign minister urged his host to ...", "on a visit
        to Moscow, ... told his opposite number": a host or counterpart named only by whose it is
        is of the one country the sentence's visitor went to or is in, other than the visitor's."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in HOST_NOUNS or (
                head.lemma_.lower() == "number" and not any(c.lower_ == "opposite" for c in head.children)):
            return []
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in ("his", "her", "their") or any(
                t.i in self._by_token for t in tokens) or not tokens or tokens[-1].i != head.i:
            return []
        verb = head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = subject_of(verb)[0] if verb.pos_ in ("VERB", "AUX") else None
        if subject is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            subject = subject_of(verb.head)[0]  # "flew to Ankara and urged his counterpart to ..."
        if subject is None or subject.i == head.i or head.i in {t.i for t in subject.subtree}:
            return []
        own = {a.actor.code[:3] for a in self.actors_in(subject) if a.actor.code}
        if len(own) != 1:
            return []
        visited = {c.code[:3] for c in self._visited_countries(head.sent, verb) if c.code} - own
        if len(visited) != 1:
            return []
        code = visited.pop()
        return [self._arg(Actor(code, "GOV", None, "country"), tokens[0].i, head.i + 1,
                          f"'{head.text}' of the country visited ({code})")]

    def _visited_countries(self, sent: Span, verb: Token) -> list[Actor]:
        """The countries of the places a sentence says someone went to or is in: "a visit to
        Tokyo", "arriving in Ankara", "visiting Cairo", "in Warsaw, ..."; and where the clause
        of ``verb`` happens."""
        found: list[Actor] = []
        for token in sent:
            word = token.head
            if token.dep_ == "pobj" and word.lower_ in ("to", "in") and (
                    word.head.lemma_.lower() in TRAVEL_VERBS | VISIT_NOUNS
                    or word.head.tag_ == "VBG" and word.head.dep_ in ("advcl", "ROOT")
                    or word.head.dep_ == "ROOT" and word.i < word.head.i):
                pass
            elif token.dep_ in ("dobj", "obj") and word.lemma_.lower() == "visit":
                pass
            else:
                continue
            for inner in token.subtree:
                country = self._country_at(inner)
                if country is not None:
                    found.append(country)
                    break
        where = self.clause_place(verb)
        if where is not None:
            found.append(where)
        return found

    def _race_anaphor(self, head: Token, tokens: list[Token]) -> list[ArgumentActor]:
        """"Rubio tried to rebuke the front-runner": a bare "the front-runner", "the nominee" or
        "the incumbent" is the last person of known country named before it in the sentence,
        other than whoever acts in its own clause."""
        if not tokens or tokens[0].lower_ != "the" or tokens[-1].i != head.i:
            return []
        if "".join(t.text for t in tokens[1:]).lower() not in RACE_ANAPHORS:
            return []
        verb = head.head
        while verb.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl", "xcomp") and verb.head is not verb:
            verb = verb.head
        subject, _passive = subject_of(verb)
        # (Read off the mentions in the subject, not through actors_in: the subject may be this
        # very phrase.)
        inside = {t.i for t in subject.subtree} if subject is not None else set()
        doer_names = {m.actor.name for m in self.mentions if m.start in inside}
        sent = head.sent
        before = [m for m in self.mentions if sent.start <= m.start and m.end <= tokens[0].i
                  and m.actor.kind == "person" and m.actor.code and m.actor.name not in doer_names]
        if not before:
            return []
        last = before[-1]
        return [self._arg(last.actor, tokens[0].i, head.i + 1, f"'{head.text}' for {last.actor.name}")]

    def _staff_of(self, head: Token, tokens: list[Token]) -> list[ArgumentActor]:
        """"An aide to former Atlanta Mayor Kasim Reed", "a senior adviser to the Iraqi prime
        minister": staff named only by whom they serve are of their principal's state
        (``homes.staff_of``, which also places a person's staff in an apposition)."""
        served = staff_of(self.doc, head, self.places)
        if served is None:
            return []
        return [self._arg(Actor(served[0], None, None, "person"), tokens[0].i, head.i + 1, served[1])]

    def _domestic_rival(self, head: Token, tokens: list[Token]) -> list[ArgumentActor]:
        """"Trump attacked his rival in the primary", "Sanders's critics": a politician's rival,
        opponent or critic, in a sentence that names no state, is of the politician's own
        country — national politics told among its own people. (A state's rivals are other
        states: "Iraq's neighbours" stay unnamed.) A politician's own people ("Sanders wrote
        to his supporters", "her aides") are of the politician's country wherever the
        sentence goes."""
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" or lemma not in PERSONAL_RIVALS | PERSONAL_FOLLOWERS:
            return []
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None:
            return []
        if owner.pos_ == "PRON":
            if owner.lower_ not in ("his", "her"):
                return []
            actor = self.resolve_pronoun(owner)
        else:
            mention = self._by_token.get(owner.i)
            actor = mention.actor if mention is not None else None
        if actor is None or actor.kind != "person" or not actor.code or not is_country_code(actor.code[:3]):
            return []
        if lemma in PERSONAL_FOLLOWERS:
            return [self._arg(Actor(actor.code[:3], None, None, "person"), tokens[0].i, head.i + 1,
                              f"{head.text} of {actor.name or actor.code}")]
        sent = head.sent
        # (A body that follows a person, "the Clinton campaign", names no other state.)
        if any(sent.start <= m.start < sent.end and m.actor.kind == "country" and m.via != "follower"
               for m in self.mentions):
            return []
        return [self._arg(Actor(actor.code[:3], None, None, "person"), tokens[0].i, head.i + 1,
                          f"rival of {actor.name or actor.code}")]

    def _envoys_from(self, head: Token) -> list[ArgumentActor]:
        """"Inspectors from the International Atomic Energy Agency", "investigators from the
        U.N. tribunal": people the tables do not know as a role act for the body or state they
        come from; so do goods sent ("tanks from Germany arrived in Ukraine")."""
        found: list[ArgumentActor] = []
        # (the small model may tag a sentence-initial "Aid" as a verb)
        if head.pos_ == "NOUN" and head.lemma_.lower() in ENVOY_NOUNS or head.lemma_.lower() in SENT_GOODS \
                and (head.pos_ == "NOUN" or head.dep_ in ("nsubj", "nsubjpass")):
            for _prep, pobj in prepositional_objects(head, {"from"}):
                found += [a for a in self.actors_in(pobj) if a.actor.code and a.actor.kind != "person"]
        if not found and head.lemma_.lower() in SENT_GOODS and head.pos_ == "NOUN":
            # "the tanks promised by Germany arrived in Ukraine": goods whose participle names who
            # gives them come from that giver.
            for participle in (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"
                               and c.lemma_.lower() in GIVING_PARTICIPLES):
                for agent in (c for c in participle.children if c.dep_ == "agent"):
                    for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                        found += [a for a in self.actors_in(pobj) if a.actor.code and a.actor.kind == "country"]
        return found

    def _body_meant(self, head: Token, tokens: list[Token]) -> list[ArgumentActor]:
        """"A Hezbollah official said the group had captured two soldiers", "NATO ministers said
        the alliance would suspend ...": the body named last before it."""
        # (The small model may tag a lowercase "the bloc" PROPN: a lowercase word is no name.)
        if (head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.text.islower()) \
                and head.lemma_.lower() in BODY_ANAPHORS and bare_definite(head):
            body = self._last_body(head, BODY_ANAPHORS[head.lemma_.lower()])
            if body is not None:
                return [self._arg(Actor(body.actor.code, body.actor.sector, body.actor.name, "organisation"),
                                  tokens[0].i, head.i + 1, f"'{head.text}' for '{self.doc[body.start:body.end]}'")]
        return []

    def _members_included(self, head: Token) -> list[ArgumentActor]:
        """"Several Western countries, including the United States and Britain, criticised ...":
        the members named are who acts."""
        found: list[ArgumentActor] = []
        if head.pos_ == "NOUN" and head.lemma_.lower() in MEMBERSHIP_NOUNS:
            for member in head.children:
                if member.dep_ == "prep" and member.lower_ == "including":
                    found += [a for pobj in member.children if pobj.dep_ == "pobj" for a in self.actors_in(pobj)
                              if a.actor.code]
        return found

    def _country_meant(self, head: Token, tokens: list[Token]) -> list[ArgumentActor]:
        """"Iranian state television said the country had executed a man": the country of whoever
        reports it."""
        if head.pos_ == "NOUN" and head.lemma_.lower() in COUNTRY_ANAPHORS and bare_definite(head) \
                and head.dep_ in ("nsubj", "nsubjpass"):
            country = self._subject_country_before(head)
            if country is not None:
                return [self._arg(country, tokens[0].i, head.i + 1, f"'{head.text}' for {country.code}")]
        elif head.pos_ == "NOUN" and head.lemma_.lower() in COUNTRY_ANAPHORS and bare_definite(head) \
                and head.dep_ in ("dobj", "obj", "pobj"):
            # "Serbia refuses to recognise the country": the other country named before it.
            country = self._other_country_before(head)
            if country is not None:
                return [self._arg(country, tokens[0].i, head.i + 1, f"'{head.text}' for {country.code}, named before")]
        return []

    def _crowd_where_it_acts(self, head: Token, tokens: list[Token]) -> list[ArgumentActor]:
        """"Tens of thousands rallied in Dakar": a crowd named only by its size is ordinary people
        of where its clause happens, else of the sentence's one country."""
        if head.dep_ in ("nsubj", "nsubjpass") and bare_crowd(head):
            where = self.clause_place(head, route=True) or self.context_country(head)
            if where is not None:
                return [self._arg(Actor(where.code, "CVL", where.name, "country"),
                                  tokens[0].i, head.i + 1, "crowd + where it acts")]
        return []

    def _named_by_abbreviation(self, head: Token) -> list[ArgumentActor]:
        """"The International Labor Office (ILO)": a name the tables lack (or read as a mere
        role), with the abbreviation they know in brackets after it."""
        for child in head.children:
            if child.dep_ == "appos" and child.i > 0 and self.doc[child.i - 1].text == "(":
                named = [a for a in self.actors_in(child) if a.via in NAME_VIAS]
                if named:
                    return named
        return []

    def actors_reached(self, head: Token) -> list[ArgumentActor]:
        """Actors a prepositional object names, or, when it names none, those named one step
        further in ("tariffs on imports from Mexico", "an inquiry into bribery by a Chinese
        company", "an offensive against militias in Syria")."""
        found = self.actors_in(head)
        if found or head.pos_ not in ("NOUN", "PROPN"):
            return found
        rivals = self._own_rivals(head)
        if rivals:
            return rivals
        for _prep, pobj in prepositional_objects(head, REACH_PREPS):
            found += self.actors_in(pobj)
        return found or self.carried(head)

    def _own_rivals(self, head: Token) -> list[ArgumentActor]:
        """"resume talks with its opponents in Mexico City": a government's own opponents, named
        by a pronoun for it, are its country's opposition (not the place they meet in)."""
        if head.lemma_.lower() not in OWN_RIVALS:
            return []
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        resolved = self.resolve_pronoun(owner) if owner is not None else None
        if resolved is None or not resolved.code or not is_country_code(resolved.code[:3]):
            return []
        from accord.events.states import STATE_SECTORS  # (states imports this module)
        if resolved.sector is not None and resolved.sector not in STATE_SECTORS:
            return []  # (a rebel group's "opponents" are the government, not its country's opposition)
        return [self._arg(Actor(resolved.code[:3], "OPP", None, "country"), owner.i, head.i + 1,
                          f"'{head.text}' of {resolved.code[:3]}, named by '{owner.text}'")]

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

    def _possessor(self, mention: ActorMention) -> Actor | None:
        head = self.doc[mention.end - 1]
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ == "PRON":
                resolved = self.resolve_pronoun(child)
                if resolved is not None and resolved.code:
                    return resolved
        return None

    def _state_mention_at(self, i: int) -> bool:
        """A mention starts at token ``i`` that names a state's own people or bodies (a country
        code alone: "Japanese aid agencies"), not one of its armed or rebel groups ("KENREB")."""
        return any(m.start == i and m.actor.code and len(m.actor.code) == 3 and is_country_code(m.actor.code)
                   for m in self.mentions)

    def _arg(self, actor: Actor, start: int, end: int, via: str) -> ArgumentActor:
        span = self.doc[start:end]
        return ArgumentActor(actor, span.start_char, span.end_char, span.text, via)


def _travels(head: Token) -> bool:
    """Whether a role is the subject of a verb of going somewhere ("arrived in", "flew to")."""
    return head.dep_ == "nsubj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in TRAVEL_VERBS
