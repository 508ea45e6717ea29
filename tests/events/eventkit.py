"""Small helpers shared by the event tests."""

from __future__ import annotations


def codes(side: list[dict]) -> set[str]:
    return {a["code"] for a in side}


def only_event(record: dict, cameo_prefix: str) -> dict:
    """The one event whose CAMEO code starts with the prefix (fails if none or several)."""
    found = [e for e in record["events"] if e["cameo"].startswith(cameo_prefix)]
    assert len(found) == 1, [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]
    return found[0]


def assert_event(record: dict, cameo_prefix: str, plover: str | None, actor: set[str],
                 recipient: set[str] | None = None):
    """The sentence's one event with that code prefix has this PLOVER type (any, when None),
    these actors and, when given, these recipients."""
    event = only_event(record, cameo_prefix)
    if plover is not None:
        assert event["event"] == plover
    assert codes(event["actor"]) == actor
    if recipient is not None:
        assert codes(event["recipient"]) == recipient
    return event


def dyads(record: dict) -> list[tuple[str, set[str], set[str]]]:
    """(CAMEO code, actor codes, recipient codes) of each event of a record."""
    return [(e["cameo"], codes(e["actor"]), codes(e["recipient"])) for e in record["events"]]


def assert_dyad(record: dict, cameo: str, actor: set[str], recipient: set[str]) -> None:
    """The record's one event with that code prefix has these actors and recipients."""
    event = only_event(record, cameo)
    assert (codes(event["actor"]), codes(event["recipient"])) == (actor, recipient)


def assert_sole_dyad(record: dict, cameo: str, actor: set[str], recipient: set[str]) -> None:
    """The record has exactly one event, with that code prefix, these actors and recipients."""
    assert len(record["events"]) == 1, dyads(record)
    assert_dyad(record, cameo, actor, recipient)


def assert_some_event(record: dict, code: str, actor: set[str], recipient: set[str] | None = None, *,
                      exact: bool = False) -> None:
    """Some event of the record has a code starting with ``code`` (equal to it, when ``exact``),
    exactly these actors and, when given, exactly these recipients."""
    assert any((e["cameo"] == code if exact else e["cameo"].startswith(code)) and codes(e["actor"]) == set(actor)
               and (recipient is None or codes(e["recipient"]) == set(recipient))
               for e in record["events"]), dyads(record)
