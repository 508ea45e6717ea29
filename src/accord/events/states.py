"""What kind of party an actor is: a state, one of a state's own organs, or a non-state armed
group (rebels, militias, a group coded by a state's name)."""

from __future__ import annotations

from accord.actors.tables import word_sets
from accord.events.arguments import ArgumentActor
from accord.events.places import is_country_code

# The word sets are data: each one's words and why are in accord/data/words/events_states.tsv.
WORD_SETS = word_sets("events_states")

STATE_SECTORS = WORD_SETS["STATE_SECTORS"]
NON_STATE_ARMED = WORD_SETS["NON_STATE_ARMED"]
PARTY_SECTORS = WORD_SETS["PARTY_SECTORS"]


def is_state(code: str | None) -> bool:
    return bool(code) and len(code) == 3 and code not in ("IGO", "NGO", "IMG", "MNC")


def non_state_armed(actors: list[ArgumentActor]) -> bool:
    """Rebels, militias and other armed groups (or a group's own code: COLFAR), not a state."""
    return bool(actors) and all(a.actor.sector in NON_STATE_ARMED or (a.actor.code and len(a.actor.code) > 3
                                                                     and not a.actor.code.startswith("IGO"))
                                for a in actors)


def foreign_armed_group(arg: ArgumentActor) -> bool:
    """A non-state armed group coded by a state's name ("PKK" TURPKK, "Taliban fighters" AFGTAL),
    not a person of it ("Hamas political leader Ismail Haniyeh" killed in Tehran stays PSE)."""
    code = arg.actor.code or ""
    return len(code) > 3 and is_country_code(code[:3]) and arg.actor.sector in NON_STATE_ARMED | {"REB"} \
        and arg.actor.kind != "person"
