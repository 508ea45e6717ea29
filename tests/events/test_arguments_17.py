"""Who acts and who receives in real news, round 9 (fifteenth session): actors the sentence itself
places. Team-written sentences; each positive row failed before."""

from __future__ import annotations

import pytest
from eventkit import assert_dyad, assert_some_event, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Unrest a country undergoes ("suffered", "saw", "was hit by", "rocked") is of its own people.
    ("Kenya suffered a weekend of violent protests against the new taxes.", "14", {"KEN"}, {"KEN"}),
    ("Chile has been rocked by weeks of protests over pension reform.", "14", {"CHL"}, {"CHL"}),
    ("Mass protests rocked Serbia after the disputed vote.", "14", {"SRB"}, {"SRB"}),
    ("Belgium was paralysed by a general strike on Monday.", "14", {"BEL"}, {"BEL"}),
    # A verdict or a release from custody with no "by" is the state's whose party undergoes it.
    ("A Turkish opposition lawmaker was sentenced to five years in prison.", "116", {"TUR"}, {"TUR"}),
    ("Two British nationals were convicted of spying in Iran.", "116", {"IRN"}, {"GBR"}),
    ("A former Peruvian president was released from prison on Monday.", "084", {"PER"}, {"PER"}),
])
def test_who_acts_round_9(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text", [
    # Unrest from abroad, or befalling a company or a person, is not the country's own people's.
    "China saw angry protests from Japanese nationalists over the islands.",
    "Sony was hit by a strike at its factories.",
    "The president of Peru faced protests over the budget.",
    # A release from captivity may be the kidnappers'; a verdict on nobody placed is nobody's.
    "Two French hostages were released from captivity last week.",
    "The singer was convicted of drink driving.",
    # A court where a verdict would be given is not whom it is given on.
    "The Kenyan runners will be banned if they are found guilty at the Court of Arbitration for Sport.",
])
def test_no_party_for_unrest_or_verdicts_not_placed(code_text, text):
    assert dyads(code_text(text)) == []


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A bare "the country" acted on is the one other country named before it in the sentence.
    ("Cyprus joined the EU in May, but Turkey refused to recognise the country.", "120", {"TUR"}, {"CYP"}),
    ("Eritrea opened its border last year, and Ethiopia has since sent aid to the country.", "070",
     {"ETH"}, {"ERI"}),
])
def test_the_country_acted_on_is_the_other_named_before(code_text, text, cameo, actor, recipient):
    assert_some_event(code_text(text), cameo, actor, recipient, exact=True)


def test_the_country_with_two_candidates_stays_unread(code_text):
    # Russia and Ukraine both named before: "the country" is not guessed.
    record = code_text("Moscow accused Kyiv of shelling the plant, and the United Nations urged restraint in the "
                       "country.")
    assert all(not recipient for cameo, _actor, recipient in dyads(record) if cameo.startswith("02")), dyads(record)
