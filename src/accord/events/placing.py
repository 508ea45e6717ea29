"""Where the coder puts actors and events: an ethnic group at home in the state acting on it, an
armed group in the country where it was struck, a transnational group in the country where it
acts, a breakaway region named as a place under the state it broke away from, and an event at
the place its sentence (or the article's lead) names."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from accord.actors.model import Actor
from accord.actors.tables import word_sets
from accord.events.arguments import ArgumentActor
from accord.events.phrase_parties import unique_actors
from accord.events.places import is_locative, parent_code
from accord.events.record import Event

# The word sets are data: each one's words and why are in accord/data/words/events_placing.tsv.
WORD_SETS = word_sets("events_placing")


def at_home(arg: ArgumentActor, code: str) -> ArgumentActor:
    return ArgumentActor(Actor(code[:3], arg.actor.sector, None, "country"), arg.start, arg.end, arg.text,
                         f"ethnic group, in the state acting on it ({code[:3]})")


def based_in(arg: ArgumentActor, where: tuple[str, str]) -> ArgumentActor:
    if arg.actor.code[:3] == where[0]:
        return arg
    return ArgumentActor(Actor(where[0], arg.actor.sector, None, "country"), arg.start, arg.end, arg.text,
                         f"{arg.via}, struck in {where[1]}")


TRANSNATIONAL = "IMG"  # CAMEO's code prefix for transnational militant groups ("IMGMOSISI", Islamic State)


def placed_groups(args: list[ArgumentActor], where: tuple[str, str]) -> list[ArgumentActor]:
    """Transnational groups among ``args`` recoded as the country ``where`` names."""
    out = []
    for arg in args:
        if arg.actor.code and arg.actor.code.startswith(TRANSNATIONAL):
            arg = replace(arg, actor=replace(arg.actor, code=where[0]),
                          via=f"{arg.via}, acting in {where[1]}")
        out.append(arg)
    return unique_actors(out)


# How the argument reader says a role took its code from where it is or acts.
PLACED_VIAS = ("role + place", "role + where it acts")


def _placed_role(arg: ArgumentActor) -> bool:
    """Whether a role took the region's code from a place it is in or acts in ("peacekeepers in
    Abkhazia", soldiers in a Kosovo village), not from its own name: the place, and so the state
    it broke away from, is what codes it. Not a role coded by the story's context ("The protesters
    had blocked a road" in a South Ossetia story): a story about the region keeps its own code."""
    return arg.via in PLACED_VIAS


def _placed_group(arg: ArgumentActor) -> bool:
    """Whether a people or movement took the region's code from where it lives ("ethnic Albanian
    activists in Pristina")."""
    return arg.via.startswith("group, in ")


REGION_PLACE_PREPS = WORD_SETS["REGION_PLACE_PREPS"]
MOTION_VERBS = WORD_SETS["MOTION_VERBS"]


def _as_place(arg: ArgumentActor, doc: Doc) -> bool:
    """Whether an argument names a region as a place ("sent police into Kosovo"), not as a polity
    that acts or is dealt with ("talks with Kosovo") nor as its people ("South Ossetian
    protesters", who keep their region's code)."""
    span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    while head.dep_ in ("compound", "conj", "appos") and head.head is not head:
        head = head.head
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in REGION_PLACE_PREPS:
        return False
    return prep.lower_ != "to" or prep.head.lemma_.lower() in MOTION_VERBS


def under_parent(args: list[ArgumentActor], doc: Doc, others: list[ArgumentActor] = ()) -> list[ArgumentActor]:
    """``args`` with a breakaway region named as a place, or coding a role placed in it, filed
    under the state it broke away from; a group placed in it too when ``others`` (the other side
    of the act) is that state ("Serbian police detained ethnic Albanian activists in Pristina"),
    not otherwise ("the Serb minority in Kosovo boycotted the vote" keeps Kosovo's code)."""
    parents = {o.actor.code[:3] for o in others if o.actor.code}
    out = []
    for arg in args:
        code = parent_code(arg.actor.code)
        if code != arg.actor.code and (_as_place(arg, doc) or _placed_role(arg)
                                       or (_placed_group(arg) and code in parents)):
            arg = replace(arg, actor=replace(arg.actor, code=code), via=f"{arg.via}; {arg.actor.code} filed under {code}")
        out.append(arg)
    return unique_actors(out)


def locate_events(events: list[Event], doc: Doc, places: list, sent_of: dict[int, int]) -> None:
    """The event happened at a place its sentence puts it ("in Tskhinval", "at the Kremlin"),
    else at the article's place (the first such place of the lead sentence: where the
    reporting happened). A capital standing for its government ("accused Moscow") is an
    actor, not a place, so only places after a locative preposition count."""
    specific = [p for p in places if not p.is_country and is_locative(doc, p)]
    lead = next((p for p in specific if sent_of.get(p.start) == 0), None)
    for event in events:
        here = next((p for p in specific if sent_of.get(p.start) == event.sentence), None)
        if here is not None:
            event.location = here
            event.notes.append(f"located at '{here.text}' named in the sentence")
        elif lead is not None:
            event.location = lead
            event.notes.append(f"located at '{lead.text}', the article's lead place")
