"""Sub-codes read off the governed act (``accord.events.governed``): what an appeal, demand,
refusal, promise or threat is about, coded as an event of its own and mapped onto CAMEO's
parallel sub-codes. Team-written sentences, none from a gold set."""

from __future__ import annotations

import pytest

from accord.events.governed import narrows
from eventkit import only_event as _event


@pytest.mark.parametrize("text, cameo", [
    # an appeal for sanctions to be lifted (0254); a request for troops to protect camps, an
    # appeal for military protection (0234); a promise to send peacekeepers (0334)
    ("Managua appealed to Brussels to lift sanctions on its central bank.", "0254"),
    ("Chad asked France on Monday to deploy troops to protect refugee camps near the Sudanese border.", "0234"),
    ("The prime minister pledged to send 500 peacekeepers to South Sudan.", "0334"),
])
def test_governed_act_gives_the_sub_code(code_text, text, cameo):
    event = _event(code_text(text), cameo[:2])
    assert event["cameo"] == cameo, event["explanation"]
    assert "governed" in event["explanation"] or "aims" in event["explanation"]


def test_sub_code_chosen_by_the_lexicon_is_kept(code_text):
    # "urged … to withdraw" has its own frame (0256); the governed act does not replace it
    event = _event(code_text("Paris urged Kigali to withdraw its troops from the border area."), "02")
    assert event["cameo"] == "0256"


@pytest.mark.parametrize("general, specific, expected", [
    ("020", "0233", True),    # the generic appeal narrowed
    ("023", "0233", True),    # an appeal for aid narrowed to humanitarian aid
    ("0256", "0255", False),  # a sibling of the lexicon's sub-code
    ("138", "1384", True),
    ("138", "133", False),
    ("130", "020", False),    # another root
])
def test_narrows(general, specific, expected):
    assert narrows(general, specific) is expected


def test_threat_of_a_strike_is_a_threat_of_protest(code_text):
    # the governed act (staging a strike, 143) goes before the aim word "strike" (force)
    record = code_text("Dock workers in Antwerp threatened to stage a general strike unless the port authority "
                       "withdrew its new shift rules.")
    event = _event(record, "13")
    assert event["cameo"] == "133", event["explanation"]


@pytest.mark.parametrize("text, cameo", [
    # aid promised, by its kind (``accord.events.aims``: 0331-0334)
    ("Seoul will send 20,000 tonnes of rice to Pyongyang next month, the unification ministry said.", "0333"),
])
def test_aid_promised_by_its_kind(code_text, text, cameo):
    event = _event(code_text(text), "03")
    assert event["cameo"] == cameo, event["explanation"]


def test_reform_promised_by_its_aim(code_text):
    # a referendum on the constitution promised: a change in institutions (0344)
    event = _event(code_text("Ecuador's president promised a referendum on a new constitution."), "03")
    assert event["cameo"] == "0344", event["explanation"]
