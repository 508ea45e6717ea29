"""Rules the lead added in the twenty-sixth session, each on team-written wire sentences.

"What it called X" gives the speaker's name for the thing another act is about: the preposition
before it reads X, and "called" is no second act. A participle "making X the first to ..." ranks
the act the sentence has told rather than telling a new one. Security forces killing people during
or at a protest is repression (175), not a plain killing.
"""

from __future__ import annotations

import pytest

from eventkit import codes


def _found(record: dict) -> list[tuple[str, set[str], set[str]]]:
    return [(e["cameo"], codes(e["actor"]), codes(e["recipient"])) for e in record["events"]]


@pytest.mark.parametrize("text, expected", [
    ("Venezuela's foreign ministry defended Cuba against what it called a cruel campaign of pressure by the "
     "United States, in a statement on Tuesday.", ("052", {"VEN"}, {"CUB"})),
    ("Riot police shot dead three students during a demonstration against fuel prices in Freetown on Wednesday, "
     "a rights group said.", ("175", {"SLE"}, {"SLE"})),
    ("Soldiers killed at least four people at a protest outside the presidential palace in Khartoum, "
     "doctors said.", ("175", {"SDN"}, {"SDN"})),
])
def test_lead_rules_26(code_text, text, expected):
    assert expected in _found(code_text(text)), _found(code_text(text))


def test_what_it_called_is_no_second_act(code_text):
    found = _found(code_text("Jordan condemned what it called a reckless raid by Israeli settlers on a village "
                             "near Nablus."))
    assert [code for code, _who, _whom in found] == ["111"], found
    assert found[0][1] == {"JOR"}, found


def test_making_the_first_to_send_ranks_the_act_told(code_text):
    found = _found(code_text("Slovakia delivered 13 fighter jets to Ukraine on Friday, the defence ministry said, "
                             "making Slovakia the first NATO member to send warplanes to Kyiv."))
    assert len([f for f in found if f[0].startswith("07")]) == 1, found


def test_the_first_leader_to_visit_as_the_main_act_is_coded(code_text):
    # Not under a participle "making": the visit is the sentence's own act.
    found = _found(code_text("Indian Prime Minister Narendra Modi became the first Indian leader to visit Poland "
                             "in 45 years."))
    assert any(code.startswith("04") for code, _who, _whom in found), found


@pytest.mark.parametrize("text", [
    "Gunmen killed two people during a protest in the south of the country, police said.",
    "Police shot dead a suspected robber during a car chase in Lagos on Monday.",
])
def test_killings_that_are_no_repression(code_text, text):
    assert not any(code == "175" for code, _who, _whom in _found(code_text(text))), _found(code_text(text))
