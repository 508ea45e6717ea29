"""Small helpers shared by the event tests."""

from __future__ import annotations


def codes(side: list[dict]) -> set[str]:
    return {a["code"] for a in side}


def only_event(record: dict, cameo_prefix: str) -> dict:
    """The one event whose CAMEO code starts with the prefix (fails if none or several)."""
    found = [e for e in record["events"] if e["cameo"].startswith(cameo_prefix)]
    assert len(found) == 1, [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]
    return found[0]
