"""Which titles name the same office: "the head of state" is the president (or monarch)."""

from __future__ import annotations

ROLE_GROUPS = (
    {"president", "head of state", "leader", "king", "queen", "monarch", "emir", "sultan", "head"},
    {"prime minister", "premier", "head of government", "chancellor"},
    {"foreign minister", "minister of foreign affairs", "top diplomat", "secretary of state"},
    {"defence minister", "defense minister", "minister of defence", "minister of defense", "defense secretary"},
)


def roles_fit(said: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """Whether a title used in the text fits what is known of a person's roles."""
    said_set, known_set = set(said), set(known)
    if said_set & known_set:
        return True
    return any(said_set & group and known_set & group for group in ROLE_GROUPS)
