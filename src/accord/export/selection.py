"""Which events an export or an API listing covers: date range and actor, as SQL with bound values.

Only fixed clause templates are assembled here; every value the user typed travels as a bound
parameter. The clauses refer to ``v_events`` under the alias ``e``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from accord.store.query import date_bound

DateLike = date | datetime | str


class SelectionError(ValueError):
    """A filter value that cannot be used (malformed date, empty actor); the message says why."""


def parse_bound(value: DateLike, *, upper: bool) -> datetime:
    """A since/until value as a naive UTC timestamp bound (see accord.store.query.date_bound):
    ``since`` and ``until`` are both inclusive."""
    try:
        return date_bound(value, upper=upper)
    except ValueError as exc:
        raise SelectionError(str(exc)) from None


# A value matches a code ("RUS"), a code with sector ("RUSGOV"), or part of the actor's name or
# mention text, all case-insensitive; it is bound 4 times. contains() keeps '%' and '_' literal.
ACTOR_VALUE = ("(upper(ea.code) = upper(?) OR upper(ea.code || coalesce(ea.sector, '')) = upper(?)"
               " OR contains(lower(ea.name), lower(?)) OR contains(lower(ea.text), lower(?)))")


def actor_match(role: str | None) -> str:
    """SQL: event ``e`` has an actor matching one value (bound 4 times) as ``role``, or in either
    role when ``role`` is None."""
    role_clause = {"actor": " AND ea.role = 'actor'", "recipient": " AND ea.role = 'recipient'"}.get(role or "", "")
    return "EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id" + role_clause + " AND " + ACTOR_VALUE + ")"


@dataclass(frozen=True)
class Selection:
    """Events whose effective date (event date, else article date) is in [since, until] and
    that involve ``actor`` as actor or recipient."""

    since: DateLike | None = None
    until: DateLike | None = None
    actor: str | None = None

    def clauses(self) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if self.since not in (None, ""):
            where.append("e.effective_date >= ?")
            params.append(parse_bound(self.since, upper=False))
        if self.until not in (None, ""):
            where.append("e.effective_date < ?")
            params.append(parse_bound(self.until, upper=True))
        if self.actor is not None:
            value = self.actor.strip()
            if not value:
                raise SelectionError("empty actor filter")
            where.append(actor_match(None))
            params.extend([value] * 4)
        return where, params

    def where_sql(self) -> tuple[str, list[Any]]:
        where, params = self.clauses()
        return (" WHERE " + " AND ".join(where) if where else ""), params
