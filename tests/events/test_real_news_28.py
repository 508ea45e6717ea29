"""Real-news misses, twenty-eighth session (helper wt-real28): domestic acts between two bodies of
one state. The helper's own sentences, none from bench/data; each rule has sentences it must code
and look-alikes that must stay quiet or keep their code."""

from __future__ import annotations

import pytest

from eventkit import dyads


def _asserted(record: dict) -> list[dict]:
    return [e for e in record["events"] if not e["modality"]["negated"]]


def _has(record: dict, code: str, actor: set[str], recipient: set[str]) -> bool:
    return any(e["cameo"].startswith(code) and {a["code"][:3] for a in e["actor"]} == actor
               and {a["code"][:3] for a in e["recipient"]} == recipient for e in _asserted(record))


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A politician acting on an office of his own state named by its title: a domestic event,
    # the state on both sides (it was dropped as "the recipient is the actor itself").
    ("Gordon Brown met the Home Secretary at Downing Street on Thursday.", "04", {"GBR"}, {"GBR"}),
    # (Refusing to support is rejection, 120.)
    ("Michael Howard said he would not support the Home Secretary's plans for house arrest.", "120",
     {"GBR"}, {"GBR"}),
    # One office acting on another office of the same state, each named by its title.
    ("The Home Office criticised the Foreign Office over the visa delays.", "111", {"GBR"}, {"GBR"}),
])
def test_office_of_own_state(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert _has(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # An opposition figure on the Kremlin was already a domestic event, and stays one.
    ("Navalny accused the Kremlin of rigging the regional vote.", "112", {"RUS"}, {"RUS"}),
    # An office of one's own state told to do something: the act it is told to do is the event.
    ("The president ordered the Pentagon to withdraw all troops from Syria.", "087", {"USA"}, {"SYR"}),
    # A state acting on another state keeps that state as the target.
    ("Britain criticised the French interior ministry over the migrant camps.", "111", {"GBR"}, {"FRA"}),
])
def test_look_alike_keeps(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert _has(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text", [
    # The same office named twice, or the state named as such on both sides, is still no party
    # acting on another.
    "The Home Office criticised the Home Office.",
    "Russia called for closer integration with Russia.",
])
def test_same_body_stays_quiet(code_text, text):
    record = code_text(text)
    assert not _asserted(record), dyads(record)


# An article about one country's public life, then a passive arrest, charge or sentence of a person
# or group the tables do not know, with no agent and no place.
OHIO = ("Ohio Governor John Kasich signed the new sentencing law in Columbus on Monday. The Ohio Senate and "
        "Democratic lawmakers had backed the bill, which the White House praised. ")


def _in_last_sentence(record: dict, text: str) -> list[dict]:
    start = text.rfind(". ") + 2 if ". " in text else 0
    return [e for e in _asserted(record) if e["trigger"]["start"] >= start]


@pytest.mark.parametrize("last, code", [
    ("Paul Dwyer was sentenced to 12 years in prison that June.", "116"),
    ("Four protesters who stormed the state capitol have been charged with trespass.", "173"),
])
def test_authorities_of_the_article(code_text, last, code):
    text = OHIO + last
    events = _in_last_sentence(code_text(text), text)
    assert any(e["cameo"] == code and {a["code"][:3] for a in e["actor"]} == {"USA"}
               and {a["code"][:3] for a in e["recipient"]} == {"USA"} for e in events), events


@pytest.mark.parametrize("text", [
    # Read alone, the sentence names no country: nobody is known to have passed the sentence.
    "Paul Dwyer was sentenced to 12 years in prison that June.",
    # An article about two countries at once says whose authorities it was no more.
    ("Germany and France signed a border treaty in Berlin on Monday. The French and German parliaments "
     "had backed the treaty, which Paris and Berlin praised. Paul Dwyer was sentenced to 12 years in prison that June."),
])
def test_no_article_country_stays_quiet(code_text, text):
    assert not _in_last_sentence(code_text(text), text)
