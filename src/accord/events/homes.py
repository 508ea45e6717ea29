"""Whose a person the tables do not know is, by the words the text puts around the name.

American news places its politicians by a state and a party instead of a country: "Vermont
Senator Patrick Leahy", "former Florida Gov. Jeb Bush", "Sen. Bernie Sanders (I-Vt.)",
"Republican Senator John Doe", "Rubio, a Florida Republican". A town or region of one country
in the person's own title or apposition, a party word there (``data/party_words.tsv``) or a US
party–state tag after the name says whose the person is — before any country the rest of the
sentence names ("Florida Gov. Jeb Bush met Mexico's president" does not make him Mexican).

In a sentence that names no country and no place, a person the tables do not know who is named
beside persons and parties all of one country is of that country ("Limbaugh accused the
Democrats", "Harman urged Obama"): national politics is told among its own people, and the
other names are evidence inside the sentence, nearer than the article's country.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from accord.actors.model import ActorMention
from accord.actors.tables import follower_nouns, party_words, word_sets
from accord.events.places import is_country_code

# The word sets are data: each one's words and why are in accord/data/words/events_homes.tsv.
WORD_SETS = word_sets("events_homes")

# "(I-Vt.)", "(R-Fla.)", "(D-N.Y.)", "(D., Calif.)": party and state after a US legislator's name.
PARTY_STATE_TAG = re.compile(r"\s*\((?:D|R|I|Ind|Dem|Rep)\.?\s*[-–,]\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?\)")
NOT_A_PARTY_AFTER = WORD_SETS["NOT_A_PARTY_AFTER"]
# Staff who serve a principal ("an aide to", "an adviser to", "a senior assistant to"): followers.tsv.
STAFF_NOUNS = follower_nouns("to")
US_PARTY_TITLES = WORD_SETS["US_PARTY_TITLES"]
# Words that make "Democratic" part of another party's name ("Social Democratic senators").
NOT_A_PARTY_BEFORE = {"social", "christian", "liberal", "free", "new", "national", "progressive", "-"}


def person_home(doc: Doc, mention: ActorMention, places) -> tuple[str, str] | None:
    """(country code, the words that say so) for a person mention with no country, or None."""
    head = doc[mention.end - 1]
    # The title: the words of the name's own phrase before it ("former Florida Gov."), and an
    # apposition after it (", a Florida Republican,").
    title = list(range(head.left_edge.i, mention.end))
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i:
            # (Not a clause inside it: "the parents of two Americans killed in Benghazi" are not
            # of where their children died.)
            inner = {t.i for t in child.subtree if t.dep_ in ("acl", "relcl") for t in t.subtree}
            title += [i for i in range(child.left_edge.i, child.right_edge.i + 1) if i not in inner]
        elif child.dep_ == "relcl" and child.i > head.i and child.lemma_ == "be" \
                and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in child.children):
            # ", who is a pastor in Colorado,": a relative clause of being says what an
            # apposition would.
            title += list(range(child.left_edge.i, child.right_edge.i + 1))
    words = set(title)
    for place in places:
        if place.start in words and place.entry.country and not place.is_country:
            return place.entry.country, place.text
    parties = party_words()
    for i in title:
        token = doc[i]
        country = parties.get(token.lower_)
        if country and not (i + 1 < len(doc) and doc[i + 1].lower_ in NOT_A_PARTY_AFTER):
            return country, token.text
    # (Read in the few tokens after the name: spaCy rebuilds the whole Doc.text on each access.)
    tag = PARTY_STATE_TAG.match(doc[mention.end - 1:mention.end + 12].text, len(doc[mention.end - 1].text))
    if tag is not None:
        return "USA", tag.group().strip()
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i:
            served = staff_of(doc, child, places)
            if served is not None:
                return served
    return _named_beside(doc, mention, places)


def is_dateline(doc: Doc, place) -> bool:
    """A place in capitals that opens its sentence ("SAN ANTONIO Sports analyst Charles
    Barkley ...", "TORONTO —") is the story's dateline, where it was filed: it may say whose
    a person named after it is (as a title would), but it is no party acted on."""
    return place.text.isupper() and len(place.text) > 2 and place.start == doc[place.start].sent.start


def staff_of(doc: Doc, noun, places=()) -> tuple[str, str] | None:
    """(country code, the words that say so) when ``noun`` is an aide, adviser or assistant
    "to" (or "of", "for") a person or body of known country: "Ernest Petric, an adviser to
    President Borut Pahor", "an aide to the prime minister of Iraq" -- staff serve their
    principal's state. A principal the tables do not know is placed as a person would be
    ("an aide to Atlanta Mayor Kasim Reed")."""
    principal = staff_principal(noun)
    if principal is None:
        return None
    prep, pobj = principal
    # The principal and its conjuncts, also those of an "of" phrase on it ("an aide to the
    # presidents of France and Germany"): staff serving two states say neither.
    served = [pobj, *pobj.conjuncts]
    served += [c for t in list(served) for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj" for c in (g, *g.conjuncts)]
    homes = {}
    for other in doc._.actors or []:
        if not any(other.start <= t.i < other.end for t in served):
            continue
        home = None
        if other.actor.code and other.actor.code[:3].isalpha() \
                and other.actor.code[:3] not in ("IGO", "NGO", "IMG", "MNC"):
            home = other.actor.code[:3], doc[other.start:other.end].text
        elif other.actor.code is None and other.actor.kind == "person":
            home = person_home(doc, other, places)
        if home is not None:
            homes.setdefault(home[0], f"{noun.text} {prep.text} {doc[other.start:other.end].text}")
    if len(homes) != 1:
        return None
    return next(iter(homes.items()))


def staff_principal(noun):
    """(preposition, its object) naming whom a staff noun serves ("an aide to X"), or None."""
    if noun.lemma_.lower() not in STAFF_NOUNS or noun.pos_ != "NOUN":
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "of", "for"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return prep, pobj
    return None


def role_home(doc: Doc, mention: ActorMention, places, topic: set[int] = frozenset()) -> tuple[str, str] | None:
    """(country code, the words that say so) for a role word with no country of its own: a
    party word on it ("Republican lawmakers", "Tory MPs"), else, in a sentence that names no
    state and no place of another country, the one country of the persons and parties named
    beside it ("The senator condemned Trump", "Senators urged Obama to veto the bill", "Clinton
    called on lawmakers to close the Charleston loophole"). States named only at
    ``topic`` (what the act is about: "questioned Obama's commitment to Israel") do not count."""
    return party_on_role(doc, mention) or _named_beside(doc, mention, places, role=True, topic=topic)


def party_on_role(doc: Doc, mention: ActorMention) -> tuple[str, str] | None:
    """(country code, the party word) when the role's own words name one country's party:
    "Republican lawmakers", "Tory MPs", and "Democratic" on a title only the United States
    gives its legislators ("Democratic senators", "a Democratic congressman"): the party word
    says whose they are as a demonym would, before any state the rest of the sentence names
    ("Democratic senators urged King Salman to end the blockade of Yemen" are not Yemeni)."""
    head = doc[mention.end - 1]
    parties = party_words()
    for child in head.children:
        if child.dep_ not in ("amod", "compound") or child.i > head.i or not child.text[:1].isupper() \
                or (child.i + 1 < len(doc) and doc[child.i + 1].lower_ in NOT_A_PARTY_AFTER):
            continue
        country = parties.get(child.lower_)
        if country is None and child.lower_ == "democratic" and head.lemma_.lower() in US_PARTY_TITLES \
                and not (child.i > 0 and doc[child.i - 1].lower_ in NOT_A_PARTY_BEFORE):
            country = "USA"
        if country:
            return country, child.text
    return None


def region_on_role(doc: Doc, mention: ActorMention, places) -> tuple[str, str] | None:
    """(country code, the region's name) when the role's possessor or a name before it is a
    first-order region the gazetteer places in one country: "Scotland's justice minister",
    "Bavaria's interior minister", "the Ontario premier". A region's office is its country's
    (CAMEO codes sub-state governments by their state), before any other state the sentence
    names ("Bavaria's interior minister criticised Austria" is German, not Austrian)."""
    head = doc[mention.end - 1]
    for child in head.children:
        if child.i > head.i or child.dep_ not in ("poss", "compound") or child.pos_ != "PROPN":
            continue
        place = next((p for p in places if p.start <= child.i < p.end and p.entry.country
                      and p.entry.feature == "ADM1"), None)
        if place is not None:
            return place.entry.country, place.text
    return None


def _named_beside(doc: Doc, mention: ActorMention, places, role: bool = False,
                  topic: set[int] = frozenset()) -> tuple[str, str] | None:
    """The one country of the persons and parties its sentence names beside the person (or
    role), when the sentence names no country and no place of one."""
    head = doc[mention.end - 1]
    if mention.end - mention.start == 1 and head.pos_ != "PROPN" and not role:
        return None  # a common noun the tagger took for a name
    sent = head.sent
    # (A place of the same one country does not divide it: "called on lawmakers to close the
    # Charleston loophole" is still told among Americans.)
    placed = {p.entry.country for p in places
              if sent.start <= p.start < sent.end and p.entry.country and p.start not in topic}
    if len(placed) > 1:
        return None
    countries: dict[str, str] = {}
    for other in doc._.actors or []:
        if not sent.start <= other.start < sent.end or other is mention or not other.actor.code \
                or other.start in topic:
            continue
        if other.actor.kind == "country" and other.via != "follower":
            return None  # the sentence names a state: its context decides
        code = other.actor.code[:3]
        if other.actor.kind in ("person", "organisation", "country") and len(code) == 3 and code.isalpha() \
                and code not in ("IGO", "NGO", "IMG", "MNC") and (other.actor.kind != "organisation"
                                                                  or len(other.actor.code) > 3):
            countries.setdefault(code, doc[other.start:other.end].text)
    if len(countries) == 1 and placed <= set(countries):
        code, words = next(iter(countries.items()))
        return code, f"named beside {words}"
    return None


SAYING_VERBS = WORD_SETS["SAYING_VERBS"]
SPOKEN_OF_SECTORS = WORD_SETS["SPOKEN_OF_SECTORS"]
SPOKEN_OF_BODIES = WORD_SETS["SPOKEN_OF_BODIES"]
UNSURE_SPEAKERS = WORD_SETS["UNSURE_SPEAKERS"]


def speakers_state(doc: Doc, mention: ActorMention, places=()) -> tuple[str, str] | None:
    """(country code, the speaker's words) for a bare state body ("the government", "the
    army") inside what an official of a known state says: "The Kenyan foreign minister said the
    government had expelled the Somali envoy" -- an official's bare "the government" is his own.
    Not when the sentence names a place of another state ("said the army had committed atrocities
    in Tigray", "After talks in Caracas, Brazil's foreign minister said the government ..."):
    the body may be that state's."""
    if mention.actor.sector not in SPOKEN_OF_SECTORS or mention.actor.code is not None:
        return None
    node = doc[mention.end - 1]
    sent = node.sent
    if doc[mention.start].lower_ != "the" or mention.end - mention.start != 2 \
            or node.lemma_.lower() not in SPOKEN_OF_BODIES:
        return None
    for _ in range(6):  # the body sits a few heads below the saying verb at most
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in SAYING_VERBS:
            break
        if node.head.i == node.i:
            return None
        node = node.head
    else:
        return None
    verb = node.head
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.lemma_.lower() in UNSURE_SPEAKERS:
        return None
    for other in doc._.actors or []:
        if other.start <= speaker.i < other.end and other.actor.code and is_country_code(other.actor.code[:3]) \
                and other.actor.sector in SPOKEN_OF_SECTORS:
            code = other.actor.code[:3]
            # (Places where something happens or is visited, not demonyms: "two Sudanese diplomats".)
            elsewhere = {place.entry.country for place in places if sent.start <= place.start < sent.end
                         and doc[place.end - 1].dep_ in ("pobj", "dobj")}
            if elsewhere - {code, None}:
                return None
            return code, doc[other.start:other.end].text
    return None


# How much of the rest of the article must speak of one country before its offices named bare
# ("the government", "ministers", "police") are taken for that country's: evidence from at least
# this many other sentences, this many pieces in all, and this share of all the countries named.
ARTICLE_SENTENCES = 2
ARTICLE_EVIDENCE = 3
ARTICLE_SHARE = 2 / 3
ARTICLE_SECTORS = WORD_SETS["ARTICLE_SECTORS"]
POLITICAL_SECTORS = WORD_SETS["POLITICAL_SECTORS"]


def article_evidence(doc: Doc, mentions, places) -> list[tuple[int, str, bool]]:
    """(token index, country code, whether it is political) for every word of the article that
    says which country it is about: states and their bodies, persons and parties of known
    country ("Tony Blair", "the Tories"), and places ("Cardiff", "England")."""
    found = []
    for mention in mentions:
        code = (mention.actor.code or "")[:3]
        if is_country_code(code) and code.isalpha() and code.isupper() \
                and mention.actor.kind in ("country", "person", "organisation") and mention.via != "follower":
            political = mention.actor.kind == "country" or mention.actor.sector in POLITICAL_SECTORS
            found.append((mention.start, code, political))
    named = {i for m in mentions for i in range(m.start, m.end)}
    for place in places:
        code = (place.entry.country or "")[:3]
        if is_country_code(code) and place.start not in named:
            found.append((place.start, code, False))
    return found


def article_country(doc: Doc, evidence: list[tuple[int, str, bool]], token, places_suffice: bool = False) -> str | None:
    """The one country the rest of the article is about, for a bare office in a sentence that
    names no country: the country most of the other sentences' states, persons, parties and
    places are of ("Tony Blair ... the Tories ... Cardiff" make "ministers" British), when some
    of them are of its public life. None when the article is about several countries, when the
    token's own sentence names another country, and for a sentence read alone (the evidence must
    come from other sentences). With ``places_suffice``, a story of one country's towns and states
    alone will do (a local court report names no office of the state)."""
    sent = token.sent
    counts: dict[str, int] = {}
    political: set[str] = set()
    sentences: set[int] = set()
    own: set[str] = set()
    for start, code, public in evidence:
        if sent.start <= start < sent.end:
            own.add(code)
            continue
        counts[code] = counts.get(code, 0) + 1
        sentences.add(doc[start].sent.start)
        if public:
            political.add(code)
    if len(sentences) < ARTICLE_SENTENCES or not counts:
        return None
    best = max(counts, key=counts.get)
    if counts[best] < ARTICLE_EVIDENCE or counts[best] < ARTICLE_SHARE * sum(counts.values()) or own - {best} \
            or (best not in political and not places_suffice):
        return None
    return best
