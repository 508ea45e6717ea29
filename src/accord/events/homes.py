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
from accord.actors.tables import party_words

# "(I-Vt.)", "(R-Fla.)", "(D-N.Y.)", "(D., Calif.)": party and state after a US legislator's name.
PARTY_STATE_TAG = re.compile(r"\s*\((?:D|R|I|Ind|Dem|Rep)\.?\s*[-–,]\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?\)")
# Words that make the party word part of another name ("the Republican Guard commander").
NOT_A_PARTY_AFTER = {"guard", "guards", "army", "party", "movement", "front", "people", "people's"}


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
    tag = PARTY_STATE_TAG.match(doc.text, doc[mention.end - 1].idx + len(doc[mention.end - 1].text))
    if tag is not None:
        return "USA", tag.group().strip()
    return _named_beside(doc, mention, places)


def role_home(doc: Doc, mention: ActorMention, places, topic: set[int] = frozenset()) -> tuple[str, str] | None:
    """(country code, the words that say so) for a role word with no country of its own: a
    party word on it ("Republican lawmakers", "Tory MPs"), else, in a sentence that names no
    state and no place of another country, the one country of the persons and parties named
    beside it ("The senator condemned Trump", "Senators urged Obama to veto the bill", "Clinton
    called on lawmakers to close the Charleston loophole"). States named only at
    ``topic`` (what the act is about: "questioned Obama's commitment to Israel") do not count."""
    head = doc[mention.end - 1]
    parties = party_words()
    for child in head.children:
        country = parties.get(child.lower_)
        if country and child.dep_ in ("amod", "compound") and child.i < head.i and child.text[:1].isupper() \
                and not (child.i + 1 < len(doc) and doc[child.i + 1].lower_ in NOT_A_PARTY_AFTER):
            return country, child.text
    return _named_beside(doc, mention, places, role=True, topic=topic)


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
