"""Which events an export or an API listing covers: date range and actor, as SQL with bound values.

Only fixed clause templates are assembled here; every value the user typed travels as a bound
parameter. The clauses refer to ``v_events`` under the alias ``e``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

DateLike = date | datetime | str


class SelectionError(ValueError):
    """A filter value that cannot be used (malformed date, empty actor); the message says why."""


def parse_bound(value: DateLike, *, upper: bool) -> datetime:
    """A since/until value as a naive UTC timestamp bound.

    ``since`` is inclusive (``>=``); ``until`` is inclusive too, so a bare date for ``until``
    becomes the next midnight and is compared with ``<``.
    """
    if isinstance(value, str):
        text = value.strip()
        try:
            value = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
        except ValueError:
            raise SelectionError(f"not an ISO 8601 date: {value!r} (expected e.g. 2024-03-01)") from None
    try:
        if isinstance(value, datetime):
            if value.tzinfo is not None:  # stored timestamps are naive UTC
                value = value.astimezone(timezone.utc).replace(tzinfo=None)
            return value + timedelta(microseconds=1) if upper else value
        start = datetime(value.year, value.month, value.day)
        return start + timedelta(days=1) if upper else start
    except OverflowError:
        # 9999-12-31 as an upper bound: nothing is later, so the end of time will do.
        return datetime.max


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
