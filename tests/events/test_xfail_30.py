"""The thirtieth session's rules for the old xfails (helper wt-mend30), each on sentences of the
helper's own and on look-alikes that must keep their code or stay quiet: land asked to be handed
over (test_subcodes_2.py's Bolivia), an athlete calling for treatment (test_lexicon_02_05.py), and a
contract scrapped after protests (test_probe_full_30.py)."""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


# Land asked to be handed over is an appeal to yield (025): the "call on ... to hand over" row's
# 0213 is moved by what the aim reader finds handed over.
@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("Guatemala called on Belize to hand over the disputed border territory.", "025", {"GTM"}, {"BLZ"}),
    ("Ethiopia urged Eritrea to hand over the contested border region.", "025", {"ETH"}, {"ERI"}),
])
def test_land_asked_to_be_handed_over(code_text, text, cameo, actor, recipient):
    assert_some_event(code_text(text), cameo, actor, recipient, exact=True)


def test_a_fugitive_asked_to_be_handed_over_stays_judicial(code_text):
    record = code_text("Guatemala called on Belize to hand over the fugitive former mayor.")
    assert [e["cameo"] for e in record["events"]] == ["0213"], dyads(record)


# "on his ankle": the "on" of a body part or an injury is no one called on.
@pytest.mark.parametrize("text", [
    "The Serb called for treatment on her wrist midway through the second set.",
    "The Brazilian called for the physio on his hamstring before half-time.",
])
def test_an_athlete_calling_for_treatment_is_quiet(code_text, text):
    record = code_text(text)
    assert not [e for e in record["events"] if e["cameo"][:2] in ("02", "03", "04", "05")], dyads(record)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("The Kenyan opposition called on the head of the electoral commission to resign.", "0241", {"KEN"}, {"KEN"}),
    ("Uruguay called on Paraguay to investigate the injury of a border guard.", "02", {"URY"}, {"PRY"}),
])
def test_calls_on_people_stay_appeals(code_text, text, cameo, actor, recipient):
    assert_some_event(code_text(text), cameo, actor, recipient, exact=cameo != "02")


# A reversal of something its relative clause says stirred protests is a concession on policy (0832).
@pytest.mark.parametrize("text", [
    "Peru's government cancelled a gold mining concession that had triggered months of protests by farmers.",
    "Ecuador's government revoked a fuel decree that had sparked days of unrest in Quito.",
])
def test_a_protested_measure_scrapped(code_text, text):
    record = code_text(text)
    assert any(e["cameo"] == "0832" for e in record["events"]), dyads(record)


@pytest.mark.parametrize("text", [
    # what the contract stirred is no protest
    "Chile's government scrapped a mining contract that had sparked a legal dispute with the firm.",
    # the protests are not what the contract stirred
    "Peru's government cancelled a gold mining concession as farmers prepared protests in Cusco.",
])
def test_a_measure_scrapped_without_stirred_protests(code_text, text):
    record = code_text(text)
    assert not any(e["cameo"] == "0832" for e in record["events"]), dyads(record)
