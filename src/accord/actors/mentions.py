"""Turn name matches, role words and person names into actor mentions.

A mention is a short stretch such as "Russian President Vladimir Putin" (RUS, GOV, person),
"the South Ossetian army" (XSO, MIL) or "the Kremlin" (RUS, GOV). Titles are read from the
words next to a name, because the small model's parse of long titles is unreliable.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from accord.actors.model import Actor, ActorMention, Person
from accord.actors.names import NameMatch
from accord.actors.people import OFFICE_BY_ROLE, Office, PersonBase
from accord.actors.person_names import clean_name, find_person, person_by_surname, surnames_by_sentence, untitled
from accord.actors.roles import roles_fit
from accord.actors.tables import GroupEntry, data_dir, follower_nouns, party_words, read_tsv, split_list, word_sets
from accord.actors.titles import (
    country_for_role, inside_name, person_spans, read_title, title_left, title_right,
)

# The word sets are data: each one's words and why are in accord/data/words/actors_mentions.tsv.
WORD_SETS = word_sets("actors_mentions")

ETHNIC_QUALIFIERS = WORD_SETS["ETHNIC_QUALIFIERS"]
LEADER_GOVERNMENTS = WORD_SETS["LEADER_GOVERNMENTS"]
LEADER_TITLES = ("president", "prime minister", "leader")
DIVIDED_HALVES = {row["word"]: (row["code"], set(split_list(row["pair"])), row.get("case") or "title")
                  for row in read_tsv(data_dir() / "divided_states.tsv")}
POPULATION_NOUNS = WORD_SETS["POPULATION_NOUNS"]
ASSOCIATION_HEADS = WORD_SETS["ASSOCIATION_HEADS"]
# Transnational movements (CAMEO's IMG... militarised groups, NGM... movements such as the Muslim
# Brotherhood) have no state of their own: like a people, each is coded by where it is based or
# fights ("Islamic State fighters in Sinjar" are of Iraq), its own code being the last resort.
PLACED_PREFIXES = ("IMG", "NGM")
PARTY_THINGS = WORD_SETS["PARTY_THINGS"]
UNION_THINGS = WORD_SETS["UNION_THINGS"]
UNION_MEMBERS = WORD_SETS["UNION_MEMBERS"]
UNION_BUSINESSES = WORD_SETS["UNION_BUSINESSES"]
ADDRESSING_VERBS = WORD_SETS["ADDRESSING_VERBS"]
# (the event stage's business words: the kinds of company and the verbs of buying and selling them)
BUSINESS_NOUNS = word_sets("events_business")["BUSINESS_NOUNS"]
DEAL_VERBS = word_sets("events_business")["DEAL_VERBS"]
PERSONAL_POSSESSIVES = WORD_SETS["PERSONAL_POSSESSIVES"]
ORGANISATION_HEADS = WORD_SETS["ORGANISATION_HEADS"]
NAME_OF_STATE_HEADS = WORD_SETS["NAME_OF_STATE_HEADS"]
EUROPEAN_UNION = "IGOEEC"
# Warplanes and warships act for their state ("jets from the Saudi-led coalition bombed ..."),
# but as the object of a verb they are things moved ("sold fighter jets to Vietnam"): a mention
# only as the one who acts (subject, or "by" agent).
VEHICLE_TERMS = {"jet", "fighter jet", "jet fighter", "warplane", "bomber", "warship", "gunboat"}


def _placed(code: str | None) -> bool:
    return bool(code) and code.startswith(PLACED_PREFIXES)


class RoleMatcher:
    """Find role words ("president", "head of state", "armed forces") and their sector."""

    def __init__(self, sectors: dict[str, str]):
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for term, sector in sectors.items():
            words = tuple(term.lower().split())
            self._by_first.setdefault(words[0], []).append((words, sector))
        for options in self._by_first.values():
            options.sort(key=lambda item: -len(item[0]))  # longest phrase first

    def __call__(self, doc: Doc) -> dict[int, tuple[int, str, str]]:
        """token index -> (end index, sector, term) for each role phrase start."""
        found: dict[int, tuple[int, str, str]] = {}
        i = 0
        while i < len(doc):
            token = doc[i]
            hit = None
            if token.pos_ in ("NOUN", "PROPN"):
                hit = self._match_at(doc, i)
            elif token.pos_ == "ADJ" or token.pos_ == "VERB":
                # Only a phrase may start with an adjective or participle: "armed group",
                # "foreign minister" (a single "armed" or "foreign" is no role).
                hit = self._match_at(doc, i)
                hit = hit if hit is not None and hit[0] - i > 1 else None
            else:
                hit = self._match_at(doc, i) if i + 1 < len(doc) and doc[i + 1].lower_ == "of" else None
            if hit:
                end, sector, term = hit
                found[i] = hit
                i = end
            else:
                i += 1
        return found

    def _match_at(self, doc: Doc, i: int) -> tuple[int, str, str] | None:
        for key in _forms(doc[i]):
            for words, sector in self._by_first.get(key, ()):
                end = i + len(words)
                if end > len(doc):
                    continue
                ok = True
                for offset, word in enumerate(words):
                    if word not in _forms(doc[i + offset]):
                        ok = False
                        break
                if ok and (len(words) > 1 or doc[i].pos_ in ("NOUN", "PROPN")):
                    return end, sector, " ".join(words)
        return None


def _forms(token: Token) -> tuple[str, ...]:
    """The word as written and its lemma, in this order (never by hash); for a plural opening a
    sentence that the tagger took for a name, which it does not lemmatise ("ANKARA (Reuters) -
    Prosecutors charged ..."), also its singular."""
    forms = [token.lower_, token.lemma_.lower()]
    if token.pos_ == "PROPN" and token.is_sent_start and token.text[:1].isupper() and not token.text.isupper():
        lower = token.lower_
        forms.append(lower[:-3] + "y" if lower.endswith("ies") else lower[:-1] if lower.endswith("s")
                     and not lower.endswith("ss") else lower)
    return tuple(dict.fromkeys(forms))


def build_mentions(doc: Doc, names: list[NameMatch], roles: dict[int, tuple[int, str, str]],
                   people: PersonBase | None = None, on: date | None = None,
                   groups: dict[str, GroupEntry] | None = None) -> tuple[list[ActorMention], list[Person]]:
    """All actor mentions of the Doc, without overlaps, and the persons met, in text order.

    ``people`` (the persons table) supplies the country and sector of persons the text names
    without a title ("Putin said"), and the holder of an office named only by its title ("the
    President") when the article's country and date tell who that was. ``groups`` (form →
    entry, from groups.tsv) marks the role words that name a people or movement: those are
    coded by where the group is (kind "group"), which the event stage reads off the sentence."""
    builder = _MentionBuilder(doc, names, roles, people or PersonBase([], {}), on, groups or {})
    for step in (builder.leaders_governments, builder.titled_persons, builder.untagged_full_names, builder.surnames,
                 builder.followers, builder.organisations_by_head,
                 builder.groups_by_role, builder.countries_and_organisations, builder.party_things,
                 builder.divided_halves, builder.europe_as_union,
                 builder.surnames_by_sentence):
        step()
    builder.mentions.sort(key=lambda m: m.start)
    return builder.mentions, builder.persons


class _MentionBuilder:
    """The steps of `build_mentions`, in order: each claims tokens (`taken`) for the mentions it
    adds, so a later step never reads a word an earlier one explained."""

    def __init__(self, doc: Doc, names: list[NameMatch], roles: dict[int, tuple[int, str, str]],
                 people: PersonBase, on: date | None, groups: dict[str, GroupEntry]):
        self.doc, self.names, self.roles, self.people, self.on, self.groups = doc, names, roles, people, on, groups
        self.name_at = {m.start: m for m in names}
        # "Shiite militiamen", "Hindu nationalists": a group word before a role word modifies it.
        self.role_at = {start: hit for start, hit in roles.items() if not (hit[2] in groups and hit[0] in roles)}
        self.taken: set[int] = set()
        self.mentions: list[ActorMention] = []
        self.persons: list[Person] = []

    def leaders_governments(self) -> None:
        doc, people, on, name_at = self.doc, self.people, self.on, self.name_at
        role_at, taken, mentions = self.role_at, self.taken, self.mentions
        # 0. "The Bush administration", "the Assad regime": a leader's surname before a word for
        #    a government names that leader's state (if the title narrows it to one).
        for start, (end, sector, term) in sorted(role_at.items()):
            first = start
            while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper() \
                    and first - 1 not in taken and not inside_name(first - 1, name_at) and start - first < 3:
                first -= 1
            if term not in LEADER_GOVERNMENTS or first == start:
                continue
            fit = people.titled(doc[first:start].text, LEADER_TITLES, on)
            if fit is None:
                continue
            if first > 0 and doc[first - 1].lower_ == "the":
                first -= 1
            mentions.append(ActorMention(Actor(fit[0].country, sector, None, "country"), first, end,
                                         "leader's government", (term,)))
            taken.update(range(first, end))

    def titled_persons(self) -> None:
        doc, names, roles, people = self.doc, self.names, self.roles, self.people
        on, groups, name_at, role_at = self.on, self.groups, self.name_at, self.role_at
        taken, mentions, persons = self.taken, self.mentions, self.persons
        # 1. Persons, with the title read from the words around the name.
        for ent in person_spans(doc, names, role_at):
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            if ent.end - ent.start == 1 and doc[ent.start].lower_ in groups and ent.end in roles:
                continue  # "Bedouin tribesmen": a people before a role word, not a person
            if any(m.start <= ent.start < m.end for m in names):
                continue
            left = title_left(doc, ent.start, name_at, role_at)
            right = title_right(doc, ent.end, name_at, role_at)
            code, sector, role_terms = None, None, ()
            start, end = ent.start, ent.end
            for window in (left, right):
                if window is None:
                    continue
                w_start, w_end = window
                if window is left and any(doc[k].dep_ == "poss" and not w_start <= doc[k].head.i < ent.end
                                          for k in range(w_start, w_end)):
                    # "Syria's Assad-led government": the possessive is the noun's, not the person's.
                    continue
                w_code, w_sector, w_terms = read_title(w_start, w_end, name_at, role_at)
                if w_sector is None and w_code is None:
                    continue
                code = code or w_code
                sector = sector or w_sector
                role_terms = role_terms or w_terms
                if window is left:
                    start = w_start
            if code is None and sector is not None:
                code = _country_after(doc, ent.end, name_at)  # "King Hassan of Morocco"
            name = clean_name(ent.text)
            person = find_person(persons, name)
            if person is None:
                name, code, sector, role_terms = self._identify(name, code, sector, role_terms, ent.root)
                person = find_person(persons, name) or Person(
                    name=name, code=code, sector=sector, roles=role_terms, first_token=ent.start)
                if person not in persons:
                    persons.append(person)
            else:
                if len(name.split()) > len(person.name.split()) and (person.code is None or person.sector is None):
                    # "Brown visits slum" (a headline), then "Chancellor Gordon Brown has visited
                    # ...": the fuller name met later says who the bare surname was.
                    self._name_in_full(person, *self._identify(name, code, sector, role_terms, ent.root))
                person.code = person.code or code
                person.sector = person.sector or sector
                person.roles = person.roles or role_terms
            via = "title" if start < ent.start else "name"
            mentions.append(ActorMention(Actor(person.code, person.sector, person.name, "person"),
                                         start, ent.end, via, role_terms, name_start=ent.start))
            taken.update(range(start, ent.end))

    def _identify(self, name: str, code: str | None, sector: str | None, role_terms: tuple[str, ...],
                  root: Token) -> tuple[str, str | None, str | None, tuple[str, ...]]:
        """(name, code, sector, roles) of a person the text names, with what the persons table
        adds to the title around the name."""
        people, on = self.people, self.on
        known = people.person(name, on)
        if known is None and untitled(name) != name:
            # "Archbishop Tutu", "Lord Woolf", "Gen Musharraf": the model put a style or rank inside the name.
            known = people.person(untitled(name), on)
        if known is None and code is None and role_terms:
            # "President Bush", "President Mitterand": the title narrows the surname down.
            fit = people.titled(name, role_terms, on)
            if fit is not None:
                office, single = fit
                code, sector = office.country, sector or office.sector
                known = office if single else None
        if known is None and code is None and not role_terms:
            # "Prince Mohammed": a royal title and a given name that royals of one country
            # in the table bear.
            code = people.royal_country(name)
        if known is None and code is None and not role_terms and " " not in name and _acting(root):
            # A bare surname too common for an alias that only persons of one country in
            # the table bear ("Clinton", "Bush"): that country, though not which of them.
            # Only where a person acts or owns (not a place the tagger took for a person,
            # "the district of Kono", nor a news agency told something, "told Bloomberg").
            code = people.surname_country(name)
        if known is not None and known.country and _placed(code):
            # "Muslim Brotherhood leader Mohamed Badie": a transnational movement in the title has
            # no state of its own; the person's own, from the table, says where it acts.
            code = known.country
        if known is not None and (code is None or code == known.country or code.startswith(known.country)):
            # The table knows this person: its name is canonical, and it fills in what
            # the text did not say (the country and sector of a bare "Putin"). A title naming
            # the person's own group keeps the group ("Shining Path founder Abimael Guzman").
            name, code, sector = known.name, code or known.country, sector or known.sector
            role_terms = role_terms or _roles_of(known)
        return name, code, sector, role_terms

    def _name_in_full(self, person: Person, name: str, code: str | None, sector: str | None,
                      roles: tuple[str, ...]) -> None:
        """A person first met by a bare surname of no known country or office, named later in full
        with a title or a name the table knows: the person is who the full name says, and so are
        the mentions of the bare surname before it ("Kyi", then "Suu Kyi")."""
        if code is None or (person.code is not None and person.code[:3] != code[:3]):
            return
        old = person.name
        person.name, person.code, person.sector, person.roles = name, person.code or code, \
            person.sector or sector, person.roles or roles
        for index, mention in enumerate(self.mentions):
            if mention.actor.kind == "person" and mention.actor.name == old:
                self.mentions[index] = ActorMention(Actor(person.code, person.sector, name, "person"),
                                                    mention.start, mention.end, mention.via, mention.roles,
                                                    mention.name_start)

    def untagged_full_names(self) -> None:
        # 1b. A two-word name the tagger left untagged that the persons table knows whole ("The
        #     Dalai Lama accused China"): the person, not whoever else bears the second word.
        doc, taken = self.doc, self.taken
        for token in doc:
            first = doc[token.i - 1] if token.i > 0 else None
            if first is None or token.pos_ != "PROPN" or first.pos_ != "PROPN" or first.dep_ != "compound" \
                    or first.head.i != token.i or {first.i, token.i} & taken or token.ent_type_ or first.ent_type_ \
                    or inside_name(token.i, self.name_at) or token.i in self.name_at or first.i in self.name_at:
                continue
            known = self.people.person(f"{first.text} {token.text}", self.on)
            if known is None:
                continue
            person = find_person(self.persons, known.name)
            if person is None:
                person = Person(known.name, known.country, known.sector, _roles_of(known), first.i)
                self.persons.append(person)
            self.mentions.append(ActorMention(Actor(person.code, person.sector, person.name, "person"),
                                              first.i, token.i + 1, "name", person.roles, name_start=first.i))
            taken.update((first.i, token.i))

    def surnames(self) -> None:
        doc, people, on, name_at = self.doc, self.people, self.on, self.name_at
        role_at, taken, mentions, persons = self.role_at, self.taken, self.mentions, self.persons
        # 2. Surnames seen again later, whatever label the model gave them ("Gagloev has added"),
        #    and distinctive surnames the persons table knows ("Putin", tagged ORG by the model).
        for token in doc:
            # (The small model also tags a surname that is an English word as a noun: "Trump
            # blasted China", with "Trump" an entity all the same.)
            # ("Sanders praises Obama": a surname that is also a plural noun, tagged as the noun.)
            surname = token.pos_ == "NOUN" and token.text[:1].isupper() and not token.text.isupper() \
                and (token.text.lower() != token.lemma_.lower()
                     or token.dep_ == "compound" and token.head.lemma_.lower() in FOLLOWER_NOUNS) and _acting(token)
            named = token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.ent_type_ in ("PERSON", "ORG", "NORP")) \
                or surname or _known_surname_as_word(token, people)
            if token.i in taken or not named or not token.text[:1].isupper():
                continue
            person = person_by_surname(persons, token.text)
            if person is None and _company_named(token):
                continue  # "Geely bought Volvo from Ford", "carmaker Chrysler": a company, no person
            if person is None and token.i not in name_at and not inside_name(token.i, name_at):
                known = people.person(token.text, on)
                if known is not None:
                    person = find_person(persons, known.name)
                    if person is None:
                        person = Person(known.name, known.country, known.sector, _roles_of(known), token.i)
                        persons.append(person)
                elif (token.pos_ == "NOUN" or token.ent_type_ in ("PERSON", "ORG")
                      or token.pos_ == "PROPN" and not token.ent_type_) and _acting(token):
                    # (Also a name the tagger left untagged before a relative clause: "Sanders, who
                    # recently launched …, has endorsed".)
                    # A surname the tagger did not take for a person ("Sanders's allies", an ORG)
                    # that only persons of one country in the table bear, where a person acts.
                    code = people.surname_country(token.text)
                    if code is not None:
                        person = Person(clean_name(token.text), code, None, (), token.i)
                        persons.append(person)
                    elif _untagged_name(token, role_at):
                        # "Limbaugh accused the Democrats", "Harman, now director of …, urged Obama":
                        # a name the small model did not tag at all, as the subject, is a person
                        # (of no country yet: the event stage reads whose from the words around it).
                        person = Person(clean_name(token.text), None, None, (), token.i)
                        persons.append(person)
            if person is None:
                continue
            mentions.append(ActorMention(Actor(person.code, person.sector, person.name, "person"),
                                         token.i, token.i + 1, "surname", person.roles))
            taken.add(token.i)

    def surnames_by_sentence(self) -> None:
        # 3. A bare surname the table gives to persons of several countries, read against the
        #    other actors of its sentence: "Mr Brown signed a deal with Tanzania which could cost
        #    the UK" is Britain's Brown; "Nicola Sturgeon wrote to Mr McConnell" (every other actor
        #    Scottish) is not the American senator the bare name alone would give. A bare surname
        #    of no country takes the one country its bearers share with the sentence; one coded
        #    already is moved only when every other actor is of one other country, and a bearer
        #    of that country is in the table. Only a surname said with an honorific ("Mr Brown",
        #    as British copy names politicians; not "Campbell's claims" in sport), and only that
        #    mention: the sentence is the evidence.
        surnames_by_sentence(self.doc, self.people, self.mentions)

    def followers(self) -> None:
        doc, taken, mentions = self.doc, self.taken, self.mentions
        # 2b. People who act for a person of known country: "Sanders's allies", "Trump supporters",
        #     "the Clinton campaign" are of the person's country. (A country's allies are not that
        #     country, so only a person's; the person stays a mention of its own.)
        by_start = {m.start: m for m in mentions}
        for token in doc:
            if token.i in taken or token.pos_ != "NOUN" or token.lemma_.lower() not in FOLLOWER_NOUNS | OPPONENT_NOUNS:
                continue
            owner = next((by_start[c.i] for c in token.children if c.dep_ in ("poss", "compound") and c.i in by_start
                          and by_start[c.i].actor.kind == "person" and by_start[c.i].end == c.i + 1
                          and by_start[c.i].actor.code and len(by_start[c.i].actor.code) == 3), None)
            staff = token.lemma_.lower() in follower_nouns("name", "staff")
            code = owner.actor.code if owner is not None else None
            if owner is None and token.lemma_.lower() in follower_nouns("party"):
                # "his Republican rivals", "Labour critics": a person's followers or opponents named
                # by their party are of the party's country.
                code = next((party_words().get(c.lower_) for c in token.children if c.dep_ in ("amod", "compound")
                             and c.i < token.i and c.text[:1].isupper() and c.i not in taken), None)
            if code is None:
                continue
            sector = (owner.actor.sector if staff else None) if owner is not None else "PTY"  # party members
            mentions.append(ActorMention(Actor(code, sector, None, "country"),
                                         token.i, token.i + 1, "follower", (token.lemma_.lower(),)))
            taken.add(token.i)

    def organisations_by_head(self) -> None:
        doc, taken, mentions = self.doc, self.taken, self.mentions
        # 2e. "the European Commission ... the Commission alleged": an organisation the text named
        #     in full, named again later by the last word of its name alone. Only where that word
        #     ends the name of one organisation named before it, and is no name of its own ("the
        #     Commission for Racial Equality", "the Council of Europe").
        full = [m for m in self.names if m.kind == "organisation" and m.end - m.start > 1
                and doc[m.end - 1].lower_ in ORGANISATION_HEADS]
        for token in doc:
            if token.i in taken or token.i == 0 or not token.text[:1].isupper() \
                    or token.lower_ not in ORGANISATION_HEADS or doc[token.i - 1].lower_ != "the" \
                    or any(m.start <= token.i < m.end for m in self.names):
                continue
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if following is not None and (following.pos_ == "PROPN" or following.lower_ in ("of", "for") and any(
                    t.pos_ == "PROPN" for t in doc[following.i + 1:following.i + 3])):
                continue
            before = {(m.code, m.name, m.sector) for m in full
                      if m.end <= token.i and doc[m.end - 1].lower_ == token.lower_}
            if len(before) != 1:
                continue
            code, name, sector = before.pop()
            mentions.append(ActorMention(Actor(code, sector, name, "organisation"), token.i, token.i + 1,
                                         "organisation named before"))
            taken.add(token.i)

    def groups_by_role(self) -> None:
        doc, names, people, on = self.doc, self.names, self.people, self.on
        groups, name_at, role_at, taken = self.groups, self.name_at, self.role_at, self.taken
        mentions, persons = self.mentions, self.persons
        # 3. Groups by role with their country: "the Russian army", "the government of Georgia".
        in_names = {i for m in names for i in range(m.start, m.end)}
        # "West Bank", "Red Sea": a role word inside a place name is part of the name.
        # ("Thousands of Kashmiris protested": a people the tagger took for a place is still the people.)
        in_names |= {i for ent in doc.ents if ent.label_ in ("GPE", "LOC", "FAC")
                     and not (ent.end - ent.start == 1 and doc[ent.start].lower_ in groups)
                     for i in range(ent.start, ent.end)}
        for start, (end, sector, term) in sorted(role_at.items()):
            if any(i in taken or i in in_names for i in range(start, end)):
                continue  # "European Union" is not a labour union
            if term in VEHICLE_TERMS and not _acts(doc[end - 1]):
                continue
            if term in MODIFIER_ONLY_TERMS and doc[end - 1].dep_ == "compound":
                continue  # "a press conference", "a press release": no one acts
            if end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s") and doc[end + 1].lower_ in NAME_OF_STATE_HEADS:
                continue  # "the Luhansk people's republic": part of a name, no crowd
            code, name, m_start, m_end = country_for_role(doc, start, end, name_at, taken, term)
            if code is None:
                # "Tibetan monks", "the Catalan government": a people with a state of its own
                # (groups.tsv country) before the role word gives the role that state.
                k = start - 1
                nation = groups.get(doc[k].lower_) if k >= 0 and k not in taken else None
                if nation is not None and nation.country:
                    code, m_start = nation.country, k
            group = groups.get(term)
            ethnic = code is not None and _ethnic_before(doc, m_start, taken)
            if ethnic:
                m_start -= 1  # "ethnic Albanian guerrillas": Albanians, wherever they live
            if m_start > 0 and doc[m_start - 1].lower_ in ("the", "a", "an") and m_start - 1 not in taken:
                m_start -= 1  # "the head of state", "a resident"
            via = "role"
            actor = Actor(code, sector, name, "country" if code else "role")
            if group is not None and group.country and code is None:
                actor, via = Actor(group.country, sector, None, "country"), "group"
            elif _placed(code) and group is None:
                actor, via = Actor(code, sector, None, "group"), "placed group"
            elif ethnic or (group is not None and code is None):
                # Kept as a group: the place it is named in (or the sentence's one country) gives
                # its state when an event reads it; the demonym's own state is the last resort.
                actor, via = Actor(code, sector, None, "group"), "group"
            holder = _office_holder(doc, people, on, term, code, names, persons, start)
            if holder is not None:
                # "the President" in an article about Russia dated 2023: Vladimir Putin.
                person = find_person(persons, holder.name) or Person(holder.name, holder.country, holder.sector,
                                                                      (term,), start)
                if person not in persons:
                    persons.append(person)
                actor, via = Actor(holder.country, holder.sector, holder.name, "person"), "office holder"
            mentions.append(ActorMention(actor, m_start, m_end, via, (term,)))
            taken.update(range(m_start, m_end))

    def countries_and_organisations(self) -> None:
        doc, names, taken, mentions = self.doc, self.names, self.taken, self.mentions
        # 4. Countries and organisations on their own.
        for index, match in enumerate(names):
            if any(i in taken for i in range(match.start, match.end)):
                continue
            start, end = match.start, match.end
            if match.kind == "country" and start >= 2 and doc[start - 1].lower_ == "of" \
                    and doc[start - 2].lower_ in ASSOCIATION_HEADS and doc[start - 2].text[:1].isupper():
                # "the Motion Picture Association of America": the country is part of a body's name.
                continue
            actor, via = Actor(match.code, match.sector, match.name, match.kind), match.form
            after = names[index + 1] if index + 1 < len(names) else None
            if match.form == "demonym" and _ethnic_before(doc, start, taken):
                # "ethnic Albanians": a people, coded by where it lives.
                start, actor, via = start - 1, Actor(match.code, "CVL", None, "group"), "group"
            elif match.form == "demonym" and end < len(doc) and doc[end].lower_ in POPULATION_NOUNS \
                    and end not in taken:
                # "the Albanian community", "the Serb minority"
                end, actor, via = end + 1, Actor(match.code, "CVL", None, "group"), "group"
            elif match.form == "demonym" and after is not None and after.start == end and after.form == "demonym" \
                    and after.code != match.code and doc[after.end - 1].text.endswith("s") \
                    and not any(i in taken for i in range(after.start, after.end)):
                # "Croatian Serbs", "Iraqi Turkmens": people of one nation living in another state.
                end, actor, via = after.end, Actor(match.code, "CVL", match.name, "country"), "demonym + people"
            elif _placed(match.code):
                actor, via = Actor(match.code, match.sector, None, "group"), "placed group"
            mentions.append(ActorMention(actor, start, end, via))
            taken.update(range(start, end))

    def party_things(self) -> None:
        # 2d. A party word before a thing the party owns is the party: "attacked the Tory plans",
        #     "the Republican tax bill" (not "Tory leader Michael Howard", a title, nor "Tory MPs",
        #     people the followers step reads).
        doc, taken, mentions, parties = self.doc, self.taken, self.mentions, party_words()
        for token in doc:
            head = token.head
            if token.i in taken or token.lower_ not in parties or not token.text[:1].isupper() \
                    or token.dep_ not in ("amod", "compound") or head.i <= token.i or head.pos_ != "NOUN" \
                    or head.lemma_.lower() not in PARTY_THINGS or head.i in taken or head.i in self.roles:
                continue
            mentions.append(ActorMention(Actor(parties[token.lower_], "PTY", None, "organisation"),
                                         token.i, token.i + 1, "party word", (token.lower_,)))
            taken.add(token.i)

    def divided_halves(self) -> None:
        doc, taken, mentions = self.doc, self.taken, self.mentions
        # 5. "shipped fertiliser to the North": a divided country's half named by its direction,
        #    when the text names one of the two states elsewhere (divided_states.tsv).
        named = {m.actor.code[:3] for m in mentions if m.actor.code}
        for token in doc:
            half = DIVIDED_HALVES.get(token.lower_)
            if half is None or token.i in taken:
                continue
            if self._half_before_its_pair(token, half):
                # "North and South Korea": the bare half word coordinated with the other half's name.
                mentions.append(ActorMention(Actor(half[0], None, None, "country"), token.i, token.i + 1,
                                             "divided state's half before its pair"))
                taken.add(token.i)
                continue
            if token.i == 0:
                continue
            if half[2] == "lower":
                # "the self-ruled island", "the mainland": a common noun with only adjectives after "the".
                first = token.left_edge
                if first.lower_ != "the" or token.pos_ != "NOUN" or any(
                        t.pos_ == "PROPN" or t.i in taken for t in doc[first.i + 1:token.i]) \
                        or any(c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
                               for c in token.children):
                    continue
                start = first.i
            else:
                if not token.text[:1].isupper() or doc[token.i - 1].lower_ != "the":
                    continue
                start = token.i - 1
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if following is not None and following.pos_ == "PROPN" or not (named & half[1]):
                continue  # "the North Korean port", "the South China Sea"
            mentions.append(ActorMention(Actor(half[0], None, None, "country"), start, token.i + 1,
                                         "divided state's half"))
            taken.update(range(start, token.i + 1))

    def _half_before_its_pair(self, token: Token, half: tuple) -> bool:
        """Whether a title-case half word ("North") is followed by "and"/"or" and the name of a state
        of its pair that is not its own half ("North and South Korea", "South or North Korea")."""
        doc = self.doc
        if half[2] != "title" or not token.text[:1].isupper() or token.i + 2 >= len(doc) \
                or doc[token.i + 1].lower_ not in ("and", "or"):
            return False
        match = self.name_at.get(token.i + 2)
        return match is not None and match.code is not None and match.code[:3] in half[1] \
            and match.code[:3] != half[0]

    def europe_as_union(self) -> None:
        # 6. "Europe threatened sanctions", "rejected a European offer", "its European partners":
        #    Europe as the one who acts or puts something forward is the European Union (not a
        #    place: "in Europe", "European markets", "continental Europe").
        for token in self.doc:
            if token.i in self.taken or not token.text[:1].isupper():
                continue
            if token.lower_ == "europe" and token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ == "VERB" \
                    and not any(c.dep_ in ("amod", "compound", "det") for c in token.children) \
                    and not any(c.tag_ == "MD" for c in token.head.children):
                pass  # (not "Europe must learn to defend itself": what Europe should do, its people's)
            elif not (token.lower_ == "european" and token.dep_ == "amod"
                      and (token.head.lemma_.lower() in UNION_THINGS | UNION_MEMBERS
                           or token.head.lemma_.lower() in UNION_BUSINESSES and _addressed(token.head))):
                continue
            self.mentions.append(ActorMention(Actor(EUROPEAN_UNION, "IGO", "European Union", "organisation"),
                                              token.i, token.i + 1, "Europe for its union"))
            self.taken.add(token.i)


def _addressed(noun: Token) -> bool:
    """Whether a noun is whom an appeal is made to ("urged European companies to invest", "called
    on European firms")."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "upon", "to") else noun.head
    return noun.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in ADDRESSING_VERBS


def _acts(token: Token) -> bool:
    """Whether a noun is the one who acts: a subject or the "by" agent of a passive."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "pobj" and token.head.lower_ == "by")


def _country_after(doc: Doc, end: int, name_at) -> str | None:
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        k = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        match = name_at.get(k)
        if match is not None and match.kind == "country":
            return match.code
    return None


def _ethnic_before(doc: Doc, start: int, taken: set[int]) -> bool:
    return start > 0 and doc[start - 1].lower_ in ETHNIC_QUALIFIERS and start - 1 not in taken


def _roles_of(office: Office) -> tuple[str, ...]:
    return tuple(role for role, offices in OFFICE_BY_ROLE.items() if office.office in offices)


def _office_holder(doc: Doc, people: PersonBase, on: date | None, term: str, code: str | None,
                   names: list[NameMatch], persons: list[Person], start: int) -> Office | None:
    """The holder of an office named by title alone, when the text has named nobody who fits
    before it: the office of the role's own country, else of the country the article is about."""
    if on is None or term not in OFFICE_BY_ROLE:
        return None
    if code is None and any(roles_fit((term,), p.roles) for p in persons if p.first_token < start):
        return None  # "the President" refers back to the president the text already named
    country = code or _main_country(names)
    return people.holder(country, term, on) if country else None


def _main_country(names: list[NameMatch]) -> str | None:
    counts: dict[str, int] = {}
    for match in names:
        if match.kind == "country":
            counts[match.code] = counts.get(match.code, 0) + 1
    return max(counts, key=lambda c: (counts[c], -min(m.start for m in names if m.code == c))) if counts else None


MODIFIER_ONLY_TERMS = WORD_SETS["MODIFIER_ONLY_TERMS"]
# People who act for a person, named with the person's name before them ("the Clinton campaign",
# "Trump supporters", "a Sanders aide"): the name is the owner's, as in "Bush's plan".
FOLLOWER_NOUNS = follower_nouns("name", "staff", "follower")
# A person's political opponents ("Clinton's critics", "Putin's rivals"): of the person's own
# country, as national politics is told among its own people (a state's rivals are other states,
# and stay so: "Iraq's neighbours"). Both lists are followers.tsv's "name" reading.
OPPONENT_NOUNS = follower_nouns("name", "rival")
TELLING_VERBS = WORD_SETS["TELLING_VERBS"]
PARTY_PREPOSITIONS = WORD_SETS["PARTY_PREPOSITIONS"]
ACTS_ON_PERSONS = WORD_SETS["ACTS_ON_PERSONS"]


def _untagged_name(token: Token, role_at) -> bool:
    """A lone capitalised word the tagger calls a proper noun but gives no entity type, as the
    subject of a verb: no article, no other name word or phrase on it ("Recipients of this
    e-mail should know"), not a role word ("Congress").
    (Also one it calls a singular common noun when an apposition after it says what the person
    is: "Farrow, now head of a think tank, urged …".)"""
    described = token.pos_ == "NOUN" and token.tag_ == "NN" and any(
        c.dep_ == "appos" and c.i > token.i + 1 and c.pos_ == "NOUN" for c in token.children)
    return (token.pos_ == "PROPN" and token.tag_ == "NNP" or described) and not token.ent_type_ and token.dep_ == "nsubj" \
        and token.head.pos_ == "VERB" \
        and token.text.isalpha() and token.text[:1].isupper() and not token.text.isupper() and len(token.text) > 2 \
        and not any(c.dep_ in ("det", "compound", "amod", "nmod", "poss", "prep") for c in token.children) \
        and not any(start <= token.i < end for start, (end, _sector, _term) in role_at.items()) \
        and not (token.i > 0 and token.nbor(-1).pos_ == "PROPN")


def _known_surname_as_word(token: Token, people: PersonBase | None) -> bool:
    """A subject the small model takes for a common noun or a verb, with no entity type, that is
    the name of a person in the table: "Trump met with Kim", "Trump on Tuesday urged Iran"
    (a capitalised word there is a name, not "trump", when the table knows its bearer)."""
    return people is not None and token.pos_ in ("NOUN", "VERB") and not token.ent_type_ \
        and token.dep_ in ("nsubj", "nsubjpass") and token.text[:1].isupper() and not token.text.isupper() \
        and token.text.isalpha() and people.person(token.text) is not None


def _company_named(token: Token) -> bool:
    """A bare surname that names a company by what its sentence says of it: with a kind of company
    beside it ("U.S. carmaker Ford", "Chrysler, the carmaker", "the Ford group"), or a party to a
    company bought or sold in a sentence that names a kind of company ("Chinese carmaker Geely
    bought Volvo from Ford"). Not a person who talks about a deal ("Trump said the government
    would buy a stake in chipmaker Intel": Trump neither buys nor sells)."""
    if any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in BUSINESS_NOUNS for c in token.children) \
            or token.dep_ in ("compound", "appos") and token.head.lemma_.lower() in BUSINESS_NOUNS:
        return True
    if not any(t.lemma_.lower() in BUSINESS_NOUNS for t in token.sent):
        return False
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ("from", "to") and head.head.lemma_.lower() in DEAL_VERBS:
        return True  # "bought Volvo from Ford", "sold its stake to Renault"
    if token.dep_ == "nsubj" and _dealt_as_own(head):
        return False  # "Berlusconi sold his stake to a French bank": a person deals in what is theirs
    return token.dep_ in ("nsubj", "dobj") and head.lemma_.lower() in DEAL_VERBS


def _dealt_as_own(verb: Token) -> bool:
    """The thing a deal verb buys or sells is its subject's own by a personal possessive ("sold
    his stake", "her shares"): the subject is a person, not a firm ("its stake")."""
    return any(g.dep_ == "poss" and g.lower_ in PERSONAL_POSSESSIVES
               for c in verb.children if c.dep_ == "dobj" for g in c.children)


def _acting(token: Token) -> bool:
    """The word names a party to what its clause tells: a subject, a possessor or a passive's
    "by" agent ("Clinton said", "Bush's plan", "was criticised by Clinton"), the owner of a
    follower noun ("the Clinton campaign"), or the one an act is done to ("accused Clinton",
    "sided with Sanders"; not "told Bloomberg", "the district of Kono")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "Trump and Clinton said"
    if token.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    if token.dep_ == "compound" and token.head.lemma_.lower() in FOLLOWER_NOUNS:
        return True
    if token.dep_ == "dobj" and token.head.pos_ == "VERB":
        return token.head.lemma_.lower() not in TELLING_VERBS
    if token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ == "by":
            return prep.dep_ == "agent"
        if prep.lower_ == "of" and prep.head.lemma_.lower() in ACTS_ON_PERSONS:
            return True  # "the overthrow of Assad", "the impeachment of Rousseff"
        return prep.lower_ in PARTY_PREPOSITIONS and prep.head.pos_ in ("VERB", "NOUN")
    return False
