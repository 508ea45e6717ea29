"""Small helpers shared by the event tests."""

from __future__ import annotations

import pytest


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


# The probes' comparisons (test_probe_26.py onwards): negated events are left out, as the wire
# scores leave them out, and actors may be compared by their country part only.

def asserted(record: dict) -> list[dict]:
    """The record's events that are not negated."""
    return [e for e in record["events"] if not e["modality"]["negated"]]


def sentence_events(text: str, record: dict, opening: str) -> list[dict]:
    """The asserted events of the sentence of ``text`` that begins with ``opening``."""
    start = text.index(opening)
    end = text.find(". ", start)
    end = len(text) if end < 0 else end
    return [e for e in asserted(record) if start <= e["trigger"]["start"] < end]


def country_codes(side: list[dict]) -> set[str]:
    """The country parts (first three letters) of one side's actor codes."""
    return {a["code"][:3] for a in side}


def has_asserted(record: dict, code: str, actor: set[str], recipient: set[str] | None = None, *,
                 root: bool = False, exact: bool = False, by_country: bool = True) -> bool:
    """Whether some asserted event has the code (its root only with ``root``, all of it with
    ``exact``, else as a prefix), these actors and, when given, these recipients (compared by
    country part with ``by_country``, else by whole code)."""
    side = country_codes if by_country else codes
    wanted_actor = {a[:3] for a in actor} if by_country else set(actor)
    wanted_recipient = None if recipient is None else ({r[:3] for r in recipient} if by_country else set(recipient))

    def code_fits(cameo: str) -> bool:
        return cameo[:2] == code[:2] if root else cameo == code if exact else cameo.startswith(code)

    return any(code_fits(e["cameo"]) and side(e["actor"]) == wanted_actor
               and (wanted_recipient is None or side(e["recipient"]) == wanted_recipient)
               for e in asserted(record))


def has_asserted_code(record: dict, code: str) -> bool:
    """Whether some asserted event's code starts with ``code``."""
    return any(e["cameo"].startswith(code) for e in asserted(record))


def probe_params(rows: list, still_wrong: dict[str, str]):
    """pytest params (text, code, actor, recipient) of a probe's (text, events) rows, each event of
    a sentence in ``still_wrong`` a strict xfail with its reason."""
    for text, events in rows:
        for code, actor, recipient in events:
            marks = [pytest.mark.xfail(strict=True, reason=still_wrong[text])] if text in still_wrong else []
            yield pytest.param(text, code, actor, recipient, marks=marks)


def quiet_params(texts: list[str], still_wrong: dict[str, str]):
    """pytest params of a probe's quiet sentences, those in ``still_wrong`` strict xfails."""
    for text in texts:
        marks = [pytest.mark.xfail(strict=True, reason=still_wrong[text])] if text in still_wrong else []
        yield pytest.param(text, marks=marks)


def probe_tests(events: list, quiet: list[str], still_wrong: dict[str, str]):
    """A probe file's two tests, bound by it as ``test_probe_event, test_probe_quiet = probe_tests(...)``:
    some asserted event of each sentence has the gold root, actor countries and recipient countries,
    and the quiet sentences have no asserted event; the sentences of ``still_wrong`` are strict xfails."""

    @pytest.mark.parametrize("text, code, actor, recipient", list(probe_params(events, still_wrong)))
    def test_probe_event(code_text, text, code, actor, recipient):
        record = code_text(text)
        assert has_asserted(record, code, actor, recipient, root=True), dyads(record)

    @pytest.mark.parametrize("text", list(quiet_params(quiet, still_wrong)))
    def test_probe_quiet(code_text, text):
        record = code_text(text)
        assert not asserted(record), dyads(record)

    return test_probe_event, test_probe_quiet


def full_code_tests(events: list, keeps: list):
    """A tuning file's two exact-code tests, bound as ``test_full_codes, test_look_alikes_keep_their_code
    = full_code_tests(EVENTS, KEEPS)``: every gold event of each (text, events) row is asserted with its
    full code, actor and recipient countries; each (text, code, actor, recipient) look-alike keeps its
    full code. A recipient given by organisation code ("IGOWTO") is compared whole, not by country."""

    def test_full_codes(code_text):
        for text, rows in events:
            record = code_text(text)
            for code, actor, recipient in rows:
                assert has_asserted(record, code, actor, recipient, exact=True), (text, dyads(record))

    def test_look_alikes_keep_their_code(code_text):
        for text, code, actor, recipient in keeps:
            record = code_text(text)
            whole = recipient is not None and any(len(r) > 3 for r in recipient)
            assert has_asserted(record, code, actor, recipient, exact=True, by_country=not whole), (text, dyads(record))

    return test_full_codes, test_look_alikes_keep_their_code


def full_probe_tests(events: list, root_wrong: dict[str, str], full_wrong: dict[str, str], size: int):
    """A full-code probe's three tests, bound as ``test_probe_size, test_probe_root, test_probe_full =
    full_probe_tests(...)``: the probe has ``size`` distinct sentences of one event each; some
    asserted event of each has the gold root (then the gold full code) with the gold actor and
    recipient countries. Sentences of ``root_wrong`` are strict xfails of both tests, those of
    ``full_wrong`` of the full-code test only."""

    def rows(full: bool):
        wrong = root_wrong | (full_wrong if full else {})
        return list(probe_params([(text, [(code, actor, recipient)]) for text, code, actor, recipient in events],
                                 wrong))

    def test_probe_size():
        assert len(events) == size and len({text for text, *_ in events}) == size

    @pytest.mark.parametrize("text, code, actor, recipient", rows(full=False))
    def test_probe_root(code_text, text, code, actor, recipient):
        record = code_text(text)
        assert has_asserted(record, code, actor, recipient, root=True), dyads(record)

    @pytest.mark.parametrize("text, code, actor, recipient", rows(full=True))
    def test_probe_full(code_text, text, code, actor, recipient):
        record = code_text(text)
        assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)

    return test_probe_size, test_probe_root, test_probe_full
