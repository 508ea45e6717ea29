"""Coordinated verbs telling one act: the specific code stays, the general one goes.

Team-written wire-style sentences (not from the dev or held-out sets).
"""

from __future__ import annotations

import pytest


def cameo_codes(record: dict) -> list[str]:
    return sorted(e["cameo"] for e in record["events"])


@pytest.mark.parametrize("text, kept", [
    # "shot and wounded": one assassination, not an assassination plus a general attack.
    ("Peru's interior minister was shot and wounded by gunmen outside his home in Lima.", "186"),
])
def test_general_code_gives_way_to_specific(code_text, text, kept):
    assert cameo_codes(code_text(text)) == [kept]


def test_acts_on_different_parties_stay_separate(code_text):
    record = code_text("Turkish police detained 20 journalists and beat dozens of protesters in Istanbul.")
    assert {e["cameo"][:2] for e in record["events"]} == {"17", "18"}


@pytest.mark.parametrize("text, actor, recipient", [
    # Asking others to punish a third party rallies opposition against that party (CAMEO 113).
    ("Estonia called on its European partners to impose tougher sanctions on Minsk.", {"EST"}, {"BLR"}),
    ("Kyiv urged Western capitals to expel Russian diplomats.", {"UKR"}, {"RUS"}),
])
def test_appeal_to_punish_a_third_party(code_text, text, actor, recipient):
    [event] = [e for e in code_text(text)["events"] if e["cameo"] == "113"]
    assert ({a["code"] for a in event["actor"]}, {a["code"] for a in event["recipient"]}) == (actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # An act named as the passive subject of an answer to it is what the answer is about.
    ("Bolivia's demand for access to the sea was rejected by Chile.", "12", {"CHL"}, {"BOL"}),
    ("The Saudi proposal for a ceasefire was welcomed by Iran.", "05", {"IRN"}, {"SAU"}),
])
def test_answered_act_is_the_topic(code_text, text, cameo, actor, recipient):
    events = code_text(text)["events"]
    assert [e["cameo"][:2] for e in events] == [cameo]
    assert ({a["code"] for a in events[0]["actor"]}, {a["code"] for a in events[0]["recipient"]}) == (actor, recipient)


@pytest.mark.parametrize("text, background", [
    # A past participle describing a noun tells what had already happened, not the main act.
    ("Nigerian troops freed 20 schoolgirls kidnapped by Boko Haram militants, the army said.", "18"),
    ("Ukraine recovered the bodies of 12 soldiers killed by Russian shelling near Avdiivka.", "19"),
    # So is a relative clause describing a noun.
    ("Hamas released two elderly Israeli women it had held hostage in Gaza.", "18"),
])
def test_participle_describing_a_noun_is_background(code_text, text, background):
    assert not any(e["cameo"].startswith(background) for e in code_text(text)["events"])


def test_headline_participle_stays_an_event(code_text):
    # No main verb: the participle is the news.
    record = code_text("Three Malian soldiers killed in an ambush near Gao")
    assert any(e["cameo"].startswith(("18", "19")) for e in record["events"])


@pytest.mark.parametrize("text, kept", [
    # The attack named in a passive verb's "in" phrase is the act, told more exactly.
    ("The Haitian president was gravely wounded in an assassination attempt at his residence.", "185"),
    ("Four soldiers were killed in a roadside bombing near Gao.", "1833"),
])
def test_attack_named_in_a_passive_is_the_act(code_text, text, kept):
    assert cameo_codes(code_text(text)) == [kept]


def test_order_to_own_forces_is_the_act_ordered(code_text):
    record = code_text("Armenia ordered its troops to withdraw from three border villages.")
    assert [e["cameo"][:2] for e in record["events"]] == ["08"]
    assert {a["code"] for a in record["events"][0]["actor"]} == {"ARM"}


def test_order_to_another_state_stays_a_demand(code_text):
    record = code_text("The UN court ordered Israel to halt its offensive in Rafah.")
    assert any(e["cameo"].startswith("10") for e in record["events"])
