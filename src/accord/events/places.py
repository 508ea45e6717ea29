"""Where things are, for the event coder: the article's places less gazetteer slips, the
country a sentence or clause is about, where a group acts, and which place words only name
something else ("the Nord Stream pipelines", "the Lusaka accord").

``PlaceReading`` is a part of ``ArgumentReader`` (it reads ``self.doc``, ``self.mentions`` and
``self._by_token``); the module functions stand alone.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from accord.actors.model import Actor, ActorMention
from accord.actors.tables import data_dir, read_tsv, split_list, word_sets
from accord.events.syntax import subject_of
from accord.nlp.parse_repairs.clauses import REPORTING_VERBS
from accord.nlp.wire_datelines import dateline_end

if TYPE_CHECKING:  # the argument reader imports this module
    from accord.events.arguments import ArgumentActor, ArgumentReader

# The word sets are data: each one's words and why are in accord/data/words/events_places.tsv.
WORD_SETS = word_sets("events_places")

BORDER_NOUNS = WORD_SETS["BORDER_NOUNS"]
PLACE_NOUNS = WORD_SETS["PLACE_NOUNS"]
EXILE_NOUNS = WORD_SETS["EXILE_NOUNS"]
VENUE_PREPS = WORD_SETS["VENUE_PREPS"]
CLAUSE_PLACE_PREPS = WORD_SETS["CLAUSE_PLACE_PREPS"]
ROUTE_PREPS = WORD_SETS["ROUTE_PREPS"]
PLACE_KIND_WORDS = WORD_SETS["PLACE_KIND_WORDS"]
AGREEMENT_NOUNS = WORD_SETS["AGREEMENT_NOUNS"]
FINDING_VERBS = WORD_SETS["FINDING_VERBS"]
REPORT_OR_FINDING_VERBS = REPORTING_VERBS | FINDING_VERBS
PUBLISHING_VERBS = WORD_SETS["PUBLISHING_VERBS"]
PUBLISHED_TEXTS = WORD_SETS["PUBLISHED_TEXTS"]
NATIONAL_BODY_SECTORS = WORD_SETS["NATIONAL_BODY_SECTORS"]


# Territories with partial or no recognition, filed under the state they broke away from
# (`breakaway_regions.tsv`: Kosovo → SRB, Abkhazia → GEO, Northern Cyprus → CYP).
BREAKAWAY_PARENTS = {row["code"]: row["parent"] for row in read_tsv(data_dir() / "breakaway_regions.tsv")}


def parent_code(code: str | None) -> str | None:
    """The code an event files a party under: a breakaway region's state, else the code itself."""
    if code and code[:3] in BREAKAWAY_PARENTS and (len(code) == 3 or code[3:4].isupper()):
        return BREAKAWAY_PARENTS[code[:3]] + code[3:]
    return code


FRONT_LINES = {row["name"]: split_list(row["sides"]) for row in read_tsv(data_dir() / "front_lines.tsv")}
FRONT_PREPS = WORD_SETS["FRONT_PREPS"]
SEATED_BODIES = WORD_SETS["SEATED_BODIES"]


def front_line_party(token: Token, actor_codes: set[str]) -> tuple[str, Token] | None:
    """(the other side, the line's head word) of a front line (`front_lines.tsv`) the act is
    moved to or aimed across, when the actor is one of its two sides."""
    holders = [token] + ([token.head] if token.pos_ not in ("VERB", "AUX") else [])
    # ("pulled its tanks back from the line": the phrase may hang on the particle.)
    holders += [c for c in token.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "away", "out")]
    if token.pos_ == "NOUN":
        # ("staged exercises involving 30,000 troops near the line of contact": the phrase may
        # hang on a participle that describes the act.)
        holders += [c for c in token.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in FRONT_PREPS:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                words = " ".join(t.lower_ for t in pobj.subtree if t.dep_ != "det")
                for name, sides in FRONT_LINES.items():
                    if words.startswith(name) and len(sides) == 2 and set(sides) & actor_codes:
                        other = [s for s in sides if s not in actor_codes]
                        if len(other) == 1:
                            return other[0], pobj
    return None


class PlaceReading:
    @property
    def places(self) -> list:
        """The article's places, less those that are words of a group, organisation or person
        ("Moro Islamic Liberation Front", "mostly Christian", "UN"): where an act happened or
        was aimed is read from these."""
        if not hasattr(self, "_places"):
            # (A name guessed to be a person the tables do not know, "in Kremenchuk", is
            # weaker than the gazetteer's place.)
            others = {i for m in self.mentions if m.actor.kind not in ("country", "role")
                      and (m.actor.code or m.actor.kind != "person")
                      for i in range(m.start, m.end)}
            # (Nor is an adjective: "a mostly Christian district".)
            # (Nor a gazetteer hit inside a party's name of another country: "Hamas fighters" are
            # no town in Germany.)
            coded = {i: m.actor.code[:3] for m in self.mentions if m.actor.code and len(m.actor.code) > 3
                     and is_country_code(m.actor.code[:3]) for i in range(m.start, m.end)}
            self._places = [p for p in self.doc._.places or []
                            if not any(i in others for i in range(p.start, p.end))
                            and not any(i in coded and coded[i] != p.entry.country for i in range(p.start, p.end))
                            and not (p.end - p.start == 1 and self.doc[p.start].pos_ == "ADJ"
                                     and p.start not in self._by_token)
                            and not self._owned_by_another_country(p) and not self._tail_of_a_name(p)]
        return self._places

    def _tail_of_a_name(self, place) -> bool:
        """"the Barents Sea", "the Cave of the Patriarchs": a gazetteer hit on the last or a
        generic word of a longer name is not that place."""
        first = self.doc[place.start]
        if place.text.lower() in PLACE_KIND_WORDS | {"cave", "sea", "ocean", "lake", "river", "mount"}:
            return True
        return place.start > 0 and self.doc[place.start - 1].dep_ == "compound" \
            and self.doc[place.start - 1].head.i == first.i and self.doc[place.start - 1].pos_ == "PROPN" \
            and place.start - 1 not in self._by_token

    def _owned_by_another_country(self, place) -> bool:
        """"Jakarta's Chinatown district": a place owned by a named state or capital is in that
        state; a gazetteer entry of the same name elsewhere is not meant."""
        last = self.doc[place.end - 1]
        for holder in (last, last.head):
            for child in holder.children:
                mention = self._by_token.get(child.i)
                if child.dep_ == "poss" and mention is not None and mention.actor.kind == "country" \
                        and mention.actor.code and mention.actor.code[:3] != (place.entry.country or "")[:3]:
                    return True
        return False

    # -- what a stretch of the parse names -----------------------------------------------

    def sentence_codes(self, token: Token, skip: set[int] = frozenset()) -> set[str]:
        """The country (or organisation) codes its sentence names: states, their bodies and
        people, organisations, persons of known nationality, and places (not at ``skip``)."""
        sent = token.sent
        codes = set()
        reporter = reporter_tokens(token) | set(skip)
        for mention in self.mentions:
            code = mention.actor.code
            if code and sent.start <= mention.start < sent.end and mention.start not in reporter \
                    and not names_an_agreement(self.doc[mention.end - 1]):
                codes.add(code[:3] if is_country_code(code[:3]) else code)
        for place in self.places:
            # ("under the Lusaka peace accord": a place that names an agreement names no party.)
            if sent.start <= place.start < sent.end and place.entry.country and not names_a_thing(self.doc, place) \
                    and place.start not in skip:
                codes.add(place.entry.country)
        return codes

    def context_country(self, token: Token, with_persons: bool = False, skip: set[int] = frozenset(),
                        story: bool = False, bodies: bool = False) -> Actor | None:
        """The one country a sentence is about (else the article's dominant country), for
        officials and persons the text names without saying whose they are. For groups, the
        countries of the persons it names count too ("fundamentalists ... demanded the
        resignation of Algerian President Ben Bella"); with ``bodies``, for a bare government,
        so do a state's own bodies and parties ("The TUC called on the government", "Labour
        accused the government": Britain's), never a company or an international body."""
        sent = token.sent
        codes: dict[str, str | None] = {}
        skipped: set[str] = set()
        kinds = ("country", "person") if with_persons else ("country",)
        for mention in self.mentions:
            code = mention.actor.code
            if code and len(code) > 3 and is_country_code(code[:3]):
                code = code[:3]  # "Taliban fighters" (AFGTAL) are of Afghanistan
            if mention.start in skip and code:
                skipped.add(code)
            if sent.start <= mention.start < sent.end and mention.start not in skip and code \
                    and (mention.actor.kind in kinds or bodies and national_body(mention.actor)) \
                    and is_country_code(code) and not names_an_agreement(self.doc[mention.end - 1]) \
                    and not across_border(self.doc[mention.end - 1]):
                named = mention.actor.kind == "country" and code == mention.actor.code
                codes.setdefault(code, mention.actor.name if named else None)
        if len(codes) == 1:
            code, name = next(iter(codes.items()))
            return Actor(code, None, name, "country")
        if not codes and self.main_country is not None and (not skip or (
                story and self.main_country.code not in skipped)):
            # (With words left out, the story's country only if it is not theirs: "A gang kidnapped
            # 17 American missionaries" is no American gang.)
            return self.main_country
        return None

    def article_context(self, token: Token, skip: set[int] = frozenset(),
                        places_suffice: bool = False) -> Actor | None:
        """The last resort for a state's office or a person named without a country, in a
        sentence that names none: the one country the other sentences of the article are about
        (homes.article_country), as a reader knows it ("Tony Blair ... the Tories ... Cardiff"
        make "ministers" British). Not a country named at ``skip`` (victims, backers: "A gang
        kidnapped 17 American missionaries" is no American gang); never for a sentence alone."""
        from accord.events.homes import article_country, article_evidence  # (homes reads this module)
        if not hasattr(self, "_evidence"):
            self._evidence = article_evidence(self.doc, self.mentions, self.places)
        code = article_country(self.doc, self._evidence, token, places_suffice)
        if code is None or any(m.start in skip and (m.actor.code or "")[:3] == code for m in self.mentions):
            return None
        return Actor(code, None, None, "country")

    @property
    def main_country(self) -> Actor | None:
        """The country most of the article's country mentions name, if it holds a majority."""
        if not hasattr(self, "_main"):
            counts: dict[str, int] = {}
            names: dict[str, str | None] = {}
            for mention in self.mentions:
                if mention.actor.kind == "country" and mention.actor.code:
                    counts[mention.actor.code] = counts.get(mention.actor.code, 0) + 1
                    names.setdefault(mention.actor.code, mention.actor.name)
            total = sum(counts.values())
            best = max(counts, key=counts.get) if counts else None
            self._main = (Actor(best, None, names[best], "country")
                          if best and counts[best] * 2 > total and total >= 2 else None)
        return self._main

    def filed_in(self) -> Actor | None:
        """The country of the wire dateline that opens the article ("MOSCOW (Reuters) -",
        "NAIROBI, Kenya (AP) —", a sentence of its own in the pipeline), when the article names
        no other state: where a story of local organs without a country word happens."""
        if not hasattr(self, "_filed"):
            self._filed = None
            first = next(iter(self.doc.sents), None)
            line = self.doc.text[first.start_char:first.start_char + 120].split("\n", 1)[0] if first else ""
            if first is not None and dateline_end(line) is not None:
                inside = [m for m in self.mentions if first.start <= m.start < first.end
                          and m.actor.kind == "country" and m.actor.code]
                codes = {m.actor.code for m in inside}
                codes |= {p.entry.country for p in self.places if first.start <= p.start < first.end and p.entry.country}
                named = {m.actor.code[:3] for m in self.mentions if m.actor.code and is_country_code(m.actor.code[:3])}
                if len(codes) == 1 and named <= codes:
                    code = next(iter(codes))
                    self._filed = Actor(code, None, next((m.actor.name for m in inside if m.actor.code == code), None),
                                        "country")
        return self._filed

    def _located_in(self, mention: ActorMention) -> list[Actor]:
        """'protesters in Caracas', 'officials from Bangladesh and Myanmar', 'Milan magistrates':
        a group by the country or countries it is from or acts in."""
        head = self.doc[mention.end - 1]
        found: list[Actor] = []
        for child in head.children:
            # "Milan magistrates", "Gaza militants": a town named before the role.
            if child.dep_ == "compound" and child.i < mention.start and child.i not in self._by_token:
                place = next((p for p in self.places if p.start <= child.i < p.end and p.entry.country), None)
                if place is not None:
                    return [Actor(place.entry.country, None, None, "country")]
        counted = self._counted_apposition(mention)
        if counted is not None:
            # "Dozens of migrants, many of them from Eritrea and Somalia": what the apposition says
            # of most of them.
            for token in counted.subtree:
                country = self._country_at(token)
                if country is not None and all(a.code != country.code for a in found):
                    found.append(country)
            if found:
                return found
        for adjective in head.children:
            # "forces loyal to his rival Alassane Ouattara": the side of whom they are loyal to.
            if adjective.dep_ in ("amod", "acl") and adjective.lemma_.lower() == "loyal":
                for prep in adjective.children:
                    for pobj in (c for c in prep.children if prep.lower_ == "to" and c.dep_ == "pobj"):
                        for token in pobj.subtree:
                            mention = self._by_token.get(token.i)
                            if mention is not None and mention.actor.code and mention.actor.kind == "person" \
                                    and is_country_code(mention.actor.code[:3]):
                                return [Actor(mention.actor.code[:3], None, None, "country")]
                            country = self._country_at(token) or self._organisation_at(token)
                            if country is not None:
                                return [country]
        preps = list(head.children)
        if head.dep_ == "dobj":
            # ("killing five soldiers from the alliance's force": the parser hangs "from" on the verb.)
            preps += [c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == mention.end]
            if head.lemma_.lower() in SEATED_BODIES:
                # ("urged the government in Kiev and the rebels to talk": so may its seat.)
                preps += [c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == mention.end]
        held: list[Token] = []
        if head.dep_ == "compound" and head.head.lemma_.lower() in GROUP_HOLDINGS:
            # "struck Islamic State positions near Raqqa": where what the group holds lies
            # places the group. (Only there: "protesters outside the embassy", "gunmen near the
            # border" say nothing of where a group is based.)
            held = [c for c in head.head.children if c.dep_ == "prep" and c.lower_ in HOLDING_PREPS]
            preps += held
        # "workers at the Lenin shipyard in Gdansk": the town of the workplace they are at (not of
        # another state's post: "soldiers at the British base in Cyprus", "the embassy in Moscow").
        preps += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "at"
                  for g in c.children if g.dep_ == "pobj" and not _foreign_post(g)
                  for p in g.children if p.dep_ == "prep" and p.lower_ == "in"]
        if head.lemma_.lower() in AGENT_NOUNS:
            # "negotiators for Israel and Hamas", "a spokesman for the army": whom they act for.
            preps += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"]
        for prep in head.children:
            # "judges at the International Criminal Court", "inspectors at the IAEA": people at a
            # body work for it (a place after "at" says nothing: "soldiers at the border").
            if prep.dep_ == "prep" and prep.lower_ == "at" and head.lemma_.lower() not in CAPTOR_NOUNS:
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    body = self._organisation_at(pobj)
                    if body is not None:
                        return [body]
        for prep in preps:
            if prep.dep_ == "prep" and (prep.lower_ in ("in", "from", "across", "throughout", "of") or prep in held
                                        or prep.lower_ == "for" and prep.head.i == head.i):
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    if prep.lower_ == "of" and head.lemma_.lower() in CAPTOR_NOUNS:
                        # "the kidnappers of four Americans in Beirut": whom they hold is no owner of
                        # theirs; only where the phrase puts them says where they are.
                        words = [t for c in pobj.children if c.dep_ == "prep" and c.lower_ == "in" for t in c.subtree]
                    else:
                        words = self._body_words(pobj) if prep.lower_ == "of" else list(pobj.subtree)
                    for token in words:
                        country = self._country_at(token)
                        if country is None and prep.lower_ in ("from", "of", "for"):
                            country = self._organisation_at(token)  # "negotiators from the EU"
                        if country is None and prep.lower_ in ("from", "of", "for"):
                            # "soldiers from the alliance's force": the body named before.
                            country = self._body_referred_to(token)
                        if country is not None and all(a.code != country.code for a in found):
                            found.append(country)
                if found:
                    return found
        return found

    def _body_words(self, pobj: Token) -> list[Token]:
        """The words of a role's "of" phrase that say whose the role is: all of it, or, when its
        own words (without its phrases of place) name a country, only those ("correspondents of a
        British news agency from Kosovo", where the parser hangs the place on the agency)."""
        placed = {t.i for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("from", "in")
                  for t in c.subtree}
        own = [t for t in pobj.subtree if t.i not in placed]
        if placed and any(self._country_at(t) is not None for t in own):
            return own
        return list(pobj.subtree)

    def holdings_abroad(self, mention: ActorMention) -> Actor | None:
        """"Turkish warplanes struck PKK camps in northern Iraq", "LRA bases in Congo": a group
        the tables give a home state, named on what it holds in another state, is coded by where
        it is based (bench convention 9), not by its home."""
        head = self.doc[mention.end - 1]
        code = mention.actor.code or ""
        if head.dep_ != "compound" or head.head.lemma_.lower() not in GROUP_HOLDINGS or not is_country_code(code[:3]):
            return None
        holding = head.head
        # ("struck PKK camps in the Qandil mountains": the parser hangs the place on the verb.)
        preps = list(holding.children) + (list(holding.head.children) if holding.dep_ in ("dobj", "obj") else [])
        for prep in preps:
            if prep.dep_ == "prep" and prep.lower_ in ("in",) + HOLDING_PREPS:
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    for token in pobj.subtree:
                        country = self._country_at(token)
                        if country is not None and not across_border(token):
                            return country if country.code != code[:3] else None
        return None

    def _counted_apposition(self, mention: ActorMention) -> Token | None:
        """The "many of them ..." / "most of them ..." right after a mention, however the parser
        hung it (an apposition, a second subject, an adverbial)."""
        doc = self.doc
        at = mention.end + 1 if mention.end < len(doc) and doc[mention.end].text == "," else mention.end
        if at >= len(doc) or doc[at].lemma_.lower() not in COUNTED_WORDS:
            return None
        word = doc[at]
        if not any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("them", "whom") for g in c.children)
                   for c in word.children):
            return None
        return word

    def _body_referred_to(self, token: Token) -> Actor | None:
        """The organisation "the alliance", "the group" refers back to (see ``actors_in``)."""
        intergovernmental = BODY_WORDS.get(token.lemma_.lower(), False)
        if token.lemma_.lower() not in BODY_WORDS or not any(c.dep_ == "det" and c.lower_ == "the"
                                                            for c in token.children):
            return None
        body = self._last_body(token, intergovernmental)
        return Actor(body.actor.code, None, body.actor.name, "organisation") if body is not None else None

    def _organisation_at(self, token: Token) -> Actor | None:
        mention = self._by_token.get(token.i)
        if mention is not None and mention.actor.code and mention.actor.kind == "organisation":
            return Actor(mention.actor.code, None, mention.actor.name, "organisation")
        return None

    def _country_at(self, token: Token) -> Actor | None:
        """The country a word names: a state's name or capital, or a town or region of it
        ("the government of Sindh province", "protesters in Karachi")."""
        mention = self._by_token.get(token.i)
        if mention is not None and mention.actor.code and mention.actor.kind == "country":
            return Actor(mention.actor.code, None, mention.actor.name, "country")
        if mention is None:
            if not hasattr(self, "_place_at"):
                self._place_at = {i: p for p in self.places if p.entry.country for i in range(p.start, p.end)}
            place = self._place_at.get(token.i)
            if place is not None:
                return Actor(place.entry.country, None, None, "country")
        return None

    def _town(self, token: Token) -> bool:
        """Whether ``token`` is in the name of a town or region (not a country, nor a party)."""
        return token.i not in self._by_token and any(
            p.start <= token.i < p.end and p.entry.country and not p.is_country for p in self.places)

    def sentence_place(self, token: Token) -> Actor | None:
        """The country of the first town or region the sentence names."""
        sent = token.sent
        for place in self.places:
            if sent.start <= place.start < sent.end and place.entry.country and not place.is_country \
                    and not names_a_thing(self.doc, place):
                return Actor(place.entry.country, None, None, "country")
        return None

    def clause_place(self, token: Token, route: bool = False) -> Actor | None:
        """The country of the place where the clause of ``token`` happens ("people blocked
        streets in Hong Kong"), for a group the sentence does not otherwise place. With
        ``route``, a place gone through counts too ("Thousands marched through Bratislava": a
        crowd's march is in the town it crosses; a convoy's transit is not, so only for crowds)."""
        preps = CLAUSE_PLACE_PREPS | ROUTE_PREPS if route else CLAUSE_PLACE_PREPS
        verb = token
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if acted_by_exiles(verb) and subject_of(verb)[0].i not in {t.i for t in token.subtree}:
            # ("Iranian exiles protested in Paris against the execution of political prisoners":
            # where the exiles gather does not place the others their clause names.)
            return None
        # ("stormed and set fire to the Swedish embassy in Baghdad": verbs sharing the subject.)
        verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                          and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        # (A passive's subject is what was acted on, as an object is: "the Danish embassy in
        # Khartoum was stormed by protesters".)
        holders = verbs + [c for v in verbs for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        # ("blocked main streets and a highway in Yerevan": the place may hang on the object's
        # last conjunct.)
        holders += [g for h in holders[len(verbs):] for g in h.children if g.dep_ == "conj" and g.pos_ == "NOUN"]
        # ("stormed the embassy of Denmark in Khartoum": the small model hangs the place on the
        # owner named by "of"; it still says where the object is.)
        holders += [g for h in holders[len(verbs):] for of in h.children if of.dep_ == "prep" and of.lower_ == "of"
                    for g in of.children if g.dep_ == "pobj"]
        # For the group that acts, one step further in: "demonstrated outside the Chinese
        # embassy in Manila", "battled police with stones and petrol bombs in Diyarbakir".
        subject = token
        while subject.dep_ == "det" and subject.head.i != subject.i:
            subject = subject.head  # ("A mob": the mention's first word)
        while subject.dep_ in ("pobj", "prep") and subject.head.i != subject.i:
            subject = subject.head  # "Hundreds of protesters"
        acts = subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i == verb.i
        inner = [p for v in verbs for c in v.children if c.dep_ == "prep" for p in c.children
                 if p.dep_ == "pobj"] if acts else []
        holders += inner + [c for p in inner for c in p.children if c.dep_ == "conj"]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in preps:
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        words = _noun_phrase(pobj)
                        if pobj.lemma_.lower() in PLACE_NOUNS:
                            # "off the coast of Somalia", "near the border of Chad"
                            words += [g for of in pobj.children if of.dep_ == "prep" and of.lower_ == "of"
                                      for g in of.children if g.dep_ == "pobj"]
                        for inner in words:  # not "in defiance of Chinese authorities"
                            if inner.dep_ in ("compound", "amod", "poss") and inner.head.i == pobj.i \
                                    and pobj.lemma_.lower() not in PLACE_NOUNS:
                                continue  # "at a U.S. base in eastern Syria": whose base, not where
                            if prep.lower_ not in ("in", "at", "across", "throughout", *ROUTE_PREPS) \
                                    and pobj.lemma_.lower() not in PLACE_NOUNS and not self._town(inner):
                                continue  # "outside the Chinese embassy": whose building, not where
                                # ("near Raqqa": a town names where, whatever the preposition.)
                            if across_border(inner):
                                continue  # "near the Iraqi border": either side of it
                            country = self._country_at(inner)
                            if country is not None:
                                return country
        return None


# Nouns that refer back to a body named before: True for an intergovernmental one (argument_words.BODY_ANAPHORS).
BODY_WORDS = {"group": False, "movement": False, "militia": False, "organisation": None, "organization": None,
              "alliance": True, "bloc": True}
# People who act for a party, whose "for" phrase names whose they are (argument_words.tsv).
AGENT_NOUNS = word_sets("argument_words")["AGENT_NOUNS"]
FOREIGN_POSTS = WORD_SETS["FOREIGN_POSTS"]
COUNTED_WORDS = WORD_SETS["COUNTED_WORDS"]


def across_border(token: Token) -> bool:
    """"near the Iraqi border", "on the border with Iraq": the state across a border is where a
    sentence's act is not (Kurdish rebels attacking a Turkish outpost there are Turkey's)."""
    head = token.head
    if token.dep_ in ("amod", "compound") and head.lemma_.lower() in BORDER_NOUNS:
        return True
    return token.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in BORDER_NOUNS


def national_body(actor: Actor) -> bool:
    """A body or party the tables code with its one state ("the TUC" GBR, "the Bundesbank" DEU,
    "Labour" GBRLAB): not a company, not an international body, not an armed group."""
    code = actor.code or ""
    return actor.kind == "organisation" and actor.sector in NATIONAL_BODY_SECTORS and is_country_code(code[:3]) \
        and (len(code) == 3 or actor.sector == "PTY")


def reporter_tokens(token: Token) -> set[int]:
    """The subject of the reporting verb a trigger's clause is attached to ("…, U.N. officials
    said"): who tells of the act is no party to it."""
    root = token.sent.root
    if root.i == token.i or root.lemma_.lower() not in REPORT_OR_FINDING_VERBS:
        return set()
    if not any(c.dep_ in ("ccomp", "parataxis") and token.i in {t.i for t in c.subtree} for c in root.children):
        return set()
    return {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def exiles_venue(token: Token) -> bool:
    """Whether ``token`` is in the "in"/"at"/"outside" phrase of a verb (or of its object) whose
    subject are people living abroad ("Iraqi exiles held a hunger strike in London"): where they
    gather, not whom they act on."""
    node = token
    for _ in range(6):
        if node.dep_ == "prep" and node.lower_ in VENUE_PREPS:
            holder = node.head
            verb = holder.head if holder.dep_ in ("dobj", "obj") else holder
            if verb.pos_ in ("VERB", "AUX"):
                return acted_by_exiles(verb)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


COURT_NOUNS = WORD_SETS["COURT_NOUNS"]
COURT_PREPS = (*VENUE_PREPS, "before")


def court_venue(token: Token) -> bool:
    """Whether ``token`` is in a court named as where a case is heard ("pursuing damages in a US
    court", "the case before a French tribunal"): the venue, not the party acted on."""
    node = token
    while node.dep_ in ("compound", "amod", "det", "nummod", "poss", "case", "nmod") and node.head.i != node.i:
        node = node.head
    return node.lemma_.lower() in COURT_NOUNS and node.dep_ == "pobj" and node.head.lower_ in COURT_PREPS


def publication_venue(token: Token) -> bool:
    """Whether ``token`` is in the "in" phrase of a text's coming out: "in a report published in
    London", "a statement issued in Nairobi", "in a report in Geneva" -- where it appeared, not
    whom its act is aimed at."""
    node = token
    for _ in range(4):
        if node.dep_ == "prep" and node.lower_ == "in":
            holder = node.head
            return holder.pos_ == "VERB" and holder.lemma_.lower() in PUBLISHING_VERBS \
                or holder.pos_ == "NOUN" and holder.lemma_.lower() in PUBLISHED_TEXTS
        if node.head.i == node.i:
            return False
        node = node.head
    return False


GROUP_HOLDINGS = WORD_SETS["GROUP_HOLDINGS"]
CAPTOR_NOUNS = WORD_SETS["CAPTOR_NOUNS"]
HOLDING_PREPS = ("near", "around", "outside", "inside")


def acted_by_exiles(verb: Token) -> bool:
    """Whether the subject of ``verb`` are people living abroad ("Iraqi exiles held a hunger strike")."""
    subject = subject_of(verb)[0]
    return subject is not None and subject.lemma_.lower() in EXILE_NOUNS


def names_a_thing(doc: Doc, place) -> bool:
    """"the Nord Stream pipelines", "the Paris Agreement": a place word that only starts the
    name of something else is not where an act is aimed (geocoding still lists it as a place)."""
    last = doc[place.end - 1]
    after = doc[place.end] if place.end < len(doc) else None
    if after is not None and last.dep_ == "compound" and last.head.i == after.i and after.pos_ == "PROPN" \
            and after.lower_ not in PLACE_KIND_WORDS:
        return True
    if after is not None and after.pos_ == "PROPN" and after.lower_ not in PLACE_KIND_WORDS \
            and last.ent_type_ and after.ent_iob_ == "I" and after.ent_type_ not in ("GPE", "LOC", "NORP") \
            and last.dep_ in ("compound", "amod", "nmod") and after.dep_ in ("compound", "amod", "nmod") \
            and last.head.i == after.head.i:
        # ("the Falun Gong movement": a town's name read as the first word of another name,
        # both hung on the same noun.)
        return True
    return names_an_agreement(last)


SETTLEMENT_NOUNS = WORD_SETS["SETTLEMENT_NOUNS"]
NAMED_THING_NOUNS = WORD_SETS["NAMED_THING_NOUNS"]


def names_a_place(token: Token) -> bool:
    """Whether a noun is itself a place (the frame placeholder ``__PLACE__``): a place entity, a
    name the place stage resolved ("seized Goma", which the tagger takes for a person), or one
    its apposition calls a town or city. Not a demonym or adjective ("Azerbaijani cattle"), not a
    person or body the actor tables know, not a vessel or building with a name ("the tanker Stena
    Impero"); what a place owns ("Goma's gold reserves") is not the place."""
    if token.pos_ not in ("PROPN", "NOUN") or token.ent_type_ == "NORP":
        return False
    doc = token.doc
    if any(m.contains(token.i) and m.actor.code and m.actor.kind != "country" for m in doc._.actors or []):
        return False
    if any(c.dep_ == "compound" and c.lemma_.lower() in NAMED_THING_NOUNS for c in token.children):
        return False
    if any(c.dep_ == "appos" and c.lemma_.lower() in SETTLEMENT_NOUNS for c in token.children):
        return True
    if token.pos_ != "PROPN":
        return False
    return token.ent_type_ in ("GPE", "LOC") or any(
        p.start <= token.i < p.end and doc[p.start].pos_ != "ADJ" and not names_a_thing(doc, p)
        for p in doc._.places or [])


def names_an_agreement(word: Token) -> bool:
    """"the Rambouillet peace plan", "the Lusaka accord", "the Minsk agreements": a place or
    capital that names an agreement or a process is no party to what is done with it."""
    head = word
    while head.dep_ in ("compound", "amod") and head.head.i > head.i:
        head = head.head
    return head is not word and head.lemma_.lower() in AGREEMENT_NOUNS


def _noun_phrase(head: Token) -> list[Token]:
    """The head noun with its modifiers, without prepositional phrases or clauses."""
    out = [head]
    for child in head.children:
        if child.dep_ in ("compound", "amod", "nmod", "poss", "det", "appos", "conj", "cc", "case"):
            out.extend(_noun_phrase(child))
    return out


def is_country_code(code: str) -> bool:
    return len(code) == 3 and code not in ("IGO", "NGO", "IMG", "MNC")


# -- where an act happened (used by the coder) ---------------------------------------------

LOCATIVE_PREPS = WORD_SETS["LOCATIVE_PREPS"]


def locative_country(token: Token, reader: ArgumentReader, expel: bool = False) -> tuple[str, str] | None:
    """(code, name) of the country of a place the sentence puts the act in ("in Italy"), or
    for an expulsion the place expelled from ("were expelled from Papua New Guinea")."""
    sent = token.sent
    for place in reader.doc._.places or []:
        if sent.start <= place.start < sent.end and place.entry.country and (
                is_locative(reader.doc, place) or _named_settlement_in(reader.doc, place)
                or expel and reader.doc[place.end - 1].head.lower_ == "from"):
            return place.entry.country, place.text
    return None


def _named_settlement_in(doc: Doc, place) -> bool:
    """The place names a settlement the act is in: "was detained in the city of Tabriz"."""
    of = doc[place.end - 1].head
    noun = of.head
    return of.lower_ == "of" and noun.lower_ in SETTLEMENT_NOUNS and noun.dep_ == "pobj" \
        and noun.head.lower_ in LOCATIVE_PREPS


NATIONWIDE = WORD_SETS["NATIONWIDE"]


def nationwide(token: Token) -> bool:
    """The act reaches over the whole of a country not named: "across the country",
    "throughout the nation", "nationwide" (on the verb or on its object)."""
    holders = [token] + [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    for holder in holders:
        for child in holder.children:
            if child.lower_ in NATIONWIDE and child.dep_ in ("advmod", "amod", "npadvmod"):
                return True
            if child.dep_ == "prep" and child.lower_ in ("across", "throughout") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in ("country", "nation")
                    and any(d.lower_ == "the" for d in g.children) for g in child.children):
                return True
    return False


VICTIM_VIAS = WORD_SETS["VICTIM_VIAS"]


def place_country(token: Token, reader: ArgumentReader, targets: list[ArgumentActor]) -> tuple[str, str] | None:
    """(code, name) of the country where an attack struck: a town or region the sentence
    names, else the country attacked ("strikes on Syria"), else the one country named."""
    located = act_location(token, reader)
    if located is not None:
        return located
    for target in targets:
        # (a state struck, not its people: "two French tourists" are no strike on France)
        if target.actor.kind == "country" and target.actor.sector is None and target.via not in VICTIM_VIAS:
            return target.actor.code, target.actor.name or target.actor.code
    # (Not the victims' own country either: "Gunmen kidnapped two British engineers" names no
    # British attacker; nor whoever reports it: "..., the Vatican said". The place, if any, says
    # where the attacker is, else nobody is coded.)
    # (A state's own government, its leader or ministers, is struck at home as a rule: "The Haitian
    # president was wounded in an assassination attempt" is in Haiti.)
    victims = {tok.i for t in targets if t.actor.sector != "GOV" for tok in token.doc if t.start <= tok.idx < t.end}
    told_by = reporter_tokens(token) | {m.start for m in reader.mentions if m.via == "metonym"}
    if _tells_of_itself(token):
        told_by = set()  # "Militants loyal to Iraq's ... said they attempted to assassinate ...": they did it
    context = reader.context_country(token, True, skip=victims | told_by, story=True)
    return (context.code, context.name or context.code) if context is not None else None


SELF_PRONOUNS = WORD_SETS["SELF_PRONOUNS"]


def _tells_of_itself(token: Token) -> bool:
    """Whether the act's clause has a pronoun for its doer (through "attempted to", "vowed to"):
    the one who reports it, then, tells of its own act."""
    node = token
    for _ in range(3):
        if any(c.dep_ == "nsubj" and c.lower_ in SELF_PRONOUNS for c in node.children):
            return True
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head
    return False


def act_location(token: Token, reader: ArgumentReader) -> tuple[str, str] | None:
    """(code, name) of the country of a place the sentence explicitly puts the act in (a town or
    region it names, or a country after a locative preposition: "killed four U.S. soldiers in
    Iraq", before the nationality of its victims); no guess from the context."""
    sent = token.sent
    # ("The Pentagon said U.S. forces had killed an al Qaeda leader in Pakistan": the building that
    # stands for a government, or whoever reports, is not where the act happened.)
    told_by = reporter_tokens(token) | {m.start for m in reader.mentions if m.via == "metonym"}
    for place in reader.places:
        if sent.start <= place.start < sent.end and place.entry.country and not place.is_country \
                and not names_a_thing(token.doc, place) and place.start not in told_by:
            return place.entry.country, place.text
    for place in reader.places:
        if sent.start <= place.start < sent.end and place.entry.country and place.is_country \
                and is_locative(token.doc, place):
            return place.entry.country, place.text
    return None


def third_location(token: Token, parties: list[ArgumentActor], reader: ArgumentReader) -> str | None:
    """The place a meeting's sentence puts it in, when that place is in a country none of its
    parties is from or sits in; else None. The parties are states, and international organisations
    whose seats are known (`igo_seats.tsv`: "met the EU foreign policy chief in Geneva" is 044, "met
    the African Union mediator in Addis Ababa" 040), with at least one state among them."""
    homes = {p.actor.code[:3] for p in parties if p.actor.code and is_country_code(p.actor.code[:3])}
    seats = [igo_seats(p.actor.code) for p in parties if p.actor.code and not is_country_code(p.actor.code[:3])]
    if not parties or not homes or any(not s for s in seats):
        return None
    homes |= {c for s in seats for c in s}
    sent = token.sent
    for place in reader.places:
        if sent.start <= place.start < sent.end and place.entry.country and not place.is_country \
                and is_venue(token.doc, place) and not names_a_thing(token.doc, place):
            return place.text if place.entry.country not in homes else None
    return None


@lru_cache(maxsize=1)
def _seat_table() -> dict[str, frozenset[str]]:
    return {row["code"]: frozenset(split_list(row["seats"])) for row in read_tsv(data_dir() / "igo_seats.tsv")}


def igo_seats(code: str) -> frozenset[str]:
    """The countries an intergovernmental organisation sits in (by the longest listed code its
    own begins with: IGOUNOHCR is the UN's), empty when the table does not know it."""
    table = _seat_table()
    found = max((c for c in table if code.startswith(c)), key=len, default=None)
    return table[found] if found is not None else frozenset()


def is_venue(doc: Doc, place) -> bool:
    """A place after a locative preposition, also through "of" ("in the Russian resort of
    Sochi", "on the sidelines of a summit in Vientiane")."""
    head = doc[place.end - 1].head
    for _ in range(4):
        if head.dep_ == "prep" and (head.lower_ in LOCATIVE_PREPS or head.lower_ == "on"):
            return True
        if head.dep_ == "prep" and head.lower_ != "of":
            return False
        head = head.head
    return False


def is_locative(doc: Doc, place) -> bool:
    head = doc[place.end - 1].head
    for _ in range(2):  # "in the Kremlin", "in central Moscow", "in Tskhinval's centre"
        if head.dep_ == "prep" and head.lower_ in LOCATIVE_PREPS:
            return True
        head = head.head
    return False


def _foreign_post(place: Token) -> bool:
    """A base, embassy or consulate, or a place named with a state's word ("the British base"):
    who is at it belongs to its state, not to the town's."""
    return place.lemma_.lower() in FOREIGN_POSTS or any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in place.children)
