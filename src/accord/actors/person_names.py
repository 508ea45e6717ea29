"""How a person's name is written in news: honorifics ("Mr Brown", "M. Chirac") and styles
("Archbishop Tutu", "Lord Woolf") around it, a surname met again after the full name, and a
bare surname with an honorific read against the other actors of its sentence."""

from __future__ import annotations

from spacy.tokens import Doc

from accord.actors.model import Actor, ActorMention, Person
from accord.actors.people import PersonBase

HONORIFICS = ("mr", "mrs", "ms", "miss", "dr", "sir", "madam", "mme", "m")  # compared without a full stop
# Styles of clergy and peers the model often puts inside a PERSON span ("Archbishop Tutu",
# "Lord Woolf"): tried off when the whole name is unknown (the name itself keeps them).
STYLE_TITLES = ("archbishop", "bishop", "cardinal", "lord", "lady", "baroness", "baron", "dame",
                "rabbi", "reverend", "rev", "canon", "imam", "ayatollah")
# Military ranks, as news writes them before a surname the article gave in full earlier ("Gen
# Musharraf" after "President Pervez Musharraf"); the model often puts the rank inside the name.
# Offices whose holder is the news's first reading of a bare surname shared with lesser namesakes.
LEADER_OFFICES = ("head of state", "head of government")
RANK_TITLES = ("gen", "general", "lt", "lieut", "col", "colonel", "maj", "capt", "captain", "brig", "adm",
               "admiral", "sgt", "cpl")


def honoured(span) -> bool:
    """The name is said with an honorific: "Mr Brown" (inside the span or just before it)."""
    first = span[0]
    before = span.doc[first.i - 1] if first.i > 0 else None
    return first.lower_.rstrip(".") in HONORIFICS or (before is not None and before.lower_.rstrip(".") in HONORIFICS)


def untitled(name: str) -> str:
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower().rstrip(".") in STYLE_TITLES + RANK_TITLES \
        else name


def clean_name(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]  # "Mr Putin" is Putin
    return " ".join(words).strip()


def find_person(persons: list[Person], name: str) -> Person | None:
    """The person met before whom ``name`` names: the same name, or the same surname when one
    name holds the other ("Gordon Brown" and "Brown"); a rank or style the model put inside the
    name does not count ("Gen Musharraf" is the "Pervez Musharraf" met before)."""
    if untitled(name) != name:
        same = next((p for p in persons if p.name == name), None)
        return same or find_person(persons, untitled(name))
    if len(name.split()) == 1:
        # ("Clinton said … one Clinton ad": a bare surname met again is the person met before.)
        same = next((p for p in persons if p.name == name), None)
        return same or person_by_surname(persons, name)
    for person in persons:
        if person.name == name:
            return person
        if name.split()[-1] == person.name.split()[-1] and (name in person.name or person.name in name):
            return person
    return None


def person_by_surname(persons: list[Person], word: str) -> Person | None:
    # "Gagloev" for Alan Gagloev, "Lula" for Luiz Inacio Lula da Silva.
    found = [p for p in persons if len(p.name.split()) > 1 and word in p.name.split()[1:] and len(word) > 2]
    return found[-1] if found else None


def surnames_by_sentence(doc: Doc, people: PersonBase, mentions: list[ActorMention]) -> None:
    """Rewrite, in ``mentions``, a bare surname said with an honorific that the table gives to
    persons of several countries, when its sentence's other actors say which (see
    ``_MentionBuilder.surnames_by_sentence``)."""
    if not doc.has_annotation("SENT_START"):
        return
    before = list(mentions)  # each surname is read against the sentence as it was found
    for index, mention in enumerate(before):
        if mention.actor.kind != "person":
            continue
        span = doc[mention.name_start if mention.name_start is not None else mention.start:mention.end]
        word = clean_name(span.text)
        if " " in word or not word[:1].isupper() or not honoured(span):
            continue
        bearers = people.surname_bearers(word)
        if len(bearers) < 2:
            continue
        sentence = doc[mention.start].sent
        if mention.actor.code and _named_in_full_elsewhere(doc, mention, before, sentence):
            continue  # "Chancellor Gordon Brown ... Mr Brown said America ...": the article said who
        others = {m.actor.code[:3] for m in before if m is not mention and m.actor.code
                  and sentence.start <= m.start < sentence.end and m.actor.name != mention.actor.name}
        code = mention.actor.code
        if code is None:
            fits = others & set(bearers)
        else:
            fits = others if len(others) == 1 and code[:3] not in others and others <= set(bearers) else set()
        if len(fits) != 1:
            continue
        country = next(iter(fits))
        offices = bearers[country]
        if code is not None and _leader(people.person(mention.actor.name or "")) \
                and not any(_leader(o) for o in offices):
            # "Mr. Abbas met Mr. Olmert": a head of state or government the name gives is not
            # moved to a lesser namesake of the other actors' country (an Israeli lawmaker);
            # leaders meet foreign leaders. (A leader namesake may still take the place:
            # "Nicola Sturgeon wrote to Mr McConnell", Scotland's First Minister.)
            continue
        name = offices[0].name if len(offices) == 1 else word
        sector = offices[0].sector if len(offices) == 1 else None
        mentions[index] = ActorMention(Actor(country, sector, name, "person"), mention.start, mention.end,
                                       mention.via, mention.roles, mention.name_start)


def _leader(office) -> bool:
    return office is not None and office.office in LEADER_OFFICES


def _named_in_full_elsewhere(doc: Doc, mention: ActorMention, mentions: list[ActorMention], sentence) -> bool:
    """Whether another sentence of the article names this person in full (first name and
    surname, or with a title) as the same actor: a reader knows then who "Mr Brown" is, whatever
    his sentence names beside him. Never true of a sentence read alone."""
    for other in mentions:
        if other is mention or other.actor.kind != "person" or other.actor.name != mention.actor.name \
                or other.actor.code != mention.actor.code or sentence.start <= other.start < sentence.end:
            continue
        span = doc[other.name_start if other.name_start is not None else other.start:other.end]
        if " " in clean_name(span.text) or other.start < span.start:
            return True
    return False
