"""Backing asked for the asker's own plan or bid (twenty-ninth session): one helper,
``sweep_checks.backs_own``, read by the duplicate sweep (``support_for_oneself``) and by the
coder's recode of rallying (053) to an appeal for policy support (022) alike."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from accord.events.sweep_checks import OWN_POSSESSIVES, backs_own
from eventkit import assert_some_event, dyads


@pytest.fixture(scope="module")
def vocab():
    from accord.nlp import load_model

    return load_model().vocab


def _backed(vocab, owner: str, owner_dep: str, owner_pos: str) -> Doc:
    """ "... to back OWNER plan": the object "plan" with one word before it."""
    words = ["Fiji", "urged", "Tonga", "to", "back", owner, "plan", "."]
    heads = [1, 1, 1, 4, 1, 6, 4, 1]
    deps = ["nsubj", "ROOT", "dobj", "aux", "xcomp", owner_dep, "dobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "PART", "VERB", owner_pos, "NOUN", "PUNCT"]
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize("owner", ["its", "his", "her", "our", "my", "their"])
def test_a_possessive_of_the_asker_makes_the_plan_its_own(vocab, owner):
    doc = _backed(vocab, owner, "poss", "PRON")
    assert backs_own(doc[6], {"FJI"})


@pytest.mark.parametrize("owner, dep, pos", [
    ("the", "det", "DET"),        # "to back the plan": nobody's in particular
    ("new", "amod", "ADJ"),       # "to back a new plan"
    ("your", "poss", "PRON"),     # "to back your plan": those asked own it
])
def test_other_words_before_the_plan_do_not(vocab, owner, dep, pos):
    doc = _backed(vocab, owner, dep, pos)
    assert not backs_own(doc[6], {"FJI"})


def test_the_sweep_and_the_recode_read_one_word_set():
    from accord.events import recodes

    assert not hasattr(recodes, "OWN_PRONOUNS")
    assert {"its", "his", "their"} <= OWN_POSSESSIVES


@pytest.mark.parametrize("text, actor, recipient", [
    ("Chad urged Niger to support our bid for a seat on the council.", {"TCD"}, {"NER"}),
    ("Peru urged Chile to back its candidate for the tribunal.", {"PER"}, {"CHL"}),
    # The owner named by a modifier: only the asker's own state.
    ("Mali asked Senegal to endorse the Malian peace plan.", {"MLI"}, {"SEN"}),
])
def test_backing_asked_for_ones_own_is_an_appeal(code_text, text, actor, recipient):
    assert_some_event(code_text(text), "022", actor, recipient, exact=True)


@pytest.mark.parametrize("text, actor, recipient", [
    # Backing asked for a third party's bid is rallying on its behalf.
    ("Peru urged Chile to back Bolivia's candidate for the tribunal.", {"PER"}, {"BOL"}),
])
def test_backing_asked_for_another_stays_rallying(code_text, text, actor, recipient):
    record = code_text(text)
    assert_some_event(record, "053", actor, recipient, exact=True)
    assert not any(e["cameo"] == "022" for e in record["events"]), dyads(record)
