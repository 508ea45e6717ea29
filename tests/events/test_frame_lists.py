"""A frame's word list may also take any actor or person: "obj=__ACTOR__|counterpart" fits a
named state as well as the listed words, and nothing else."""

from __future__ import annotations

import pytest

from accord.events.entries import LexiconEntry, parse_frame
from accord.events.frames import frame_fits


def entry(frame: str) -> LexiconEntry:
    return LexiconEntry(lemma="meet", pos="VERB", frame=parse_frame(frame), cameo="040", note="", line=1,
                        file="<test>")


@pytest.fixture(scope="module")
def parse(pipeline):
    return lambda text: pipeline.nlp(text)


def actors_in(doc):
    # The actor stage's mentions, by token.
    taken = {i for m in doc._.actors or [] if m.actor.code for i in range(m.start, m.end)}
    return lambda token: token.i in taken


@pytest.mark.parametrize("text, fits", [
    ("Putin met Erdogan in Sochi.", True),             # an actor
    ("Putin met his counterpart in Sochi.", True),     # a listed word
    ("Putin met reporters in Sochi.", False),          # neither
])
def test_object_list_with_an_actor_placeholder(parse, text, fits):
    doc = parse(text)
    meet = next(t for t in doc if t.lemma_ == "meet")
    assert frame_fits(entry("obj=__ACTOR__|counterpart"), meet, actors_in(doc), lambda t: False) is fits


@pytest.mark.parametrize("text, fits", [
    ("Putin met with Erdogan in Sochi.", True),
    ("Putin met with his counterpart in Sochi.", True),
    ("Putin met with reporters in Sochi.", False),
])
def test_prepositional_list_with_an_actor_placeholder(parse, text, fits):
    doc = parse(text)
    meet = next(t for t in doc if t.lemma_ == "meet")
    assert frame_fits(entry("pobj=with:__ACTOR__|counterpart"), meet, actors_in(doc), lambda t: False) is fits
