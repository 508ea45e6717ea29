"""Records the actor stage puts on the Doc."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Actor:
    """Who: a country (or organisation) code, a sector and, for persons, a name.

    ``code`` is None when the text says who by role only ("the police") and nothing tells
    the country. ``kind`` is "country", "organisation", "person" or "role".
    """

    code: str | None
    sector: str | None
    name: str | None
    kind: str


@dataclass(frozen=True)
class ActorMention:
    """A stretch of tokens ``[start, end)`` that names an actor, and how it was recognised."""

    actor: Actor
    start: int
    end: int
    via: str  # "name", "alias", "demonym", "capital", "metonym", "title", "surname", "role", ...
    roles: tuple[str, ...] = field(default=())  # role words in the mention, e.g. ("president",)
    name_start: int | None = None  # for a titled person, where the name itself begins

    def contains(self, token_index: int) -> bool:
        return self.start <= token_index < self.end


@dataclass
class Person:
    """A named person met in the article, with what the text told about them."""

    name: str
    code: str | None
    sector: str | None
    roles: tuple[str, ...]
    first_token: int
