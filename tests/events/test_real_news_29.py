"""Real-news misses, twenty-ninth session (helper wt-real29): actors the tables did not know.
National institutions, regulators, police forces and unions named bare (data/institutions.tsv)
and more parties of the main states (data/organisations.tsv). The helper's own sentences, none
from bench/data; each table has sentences it must code and look-alikes that must stay quiet or
keep their own state."""

from __future__ import annotations

import pytest

from eventkit import asserted, dyads, has_asserted


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A national body named bare acts for its state (the sector follows the body: LAB, GOV, COP).
    ("The Trades Union Congress urged ministers to protect steel jobs in Wales.", "020", {"GBR"}, None),
    ("The SEC has opened an investigation into the hedge fund's trading.", "090", {"USA"}, None),
    ("AMF has begun legal proceedings against the chairman of Alstom.", "115", {"FRA"}, None),
    ("The Bundesbank criticised the finance ministry's borrowing plans.", "111", {"DEU"}, {"DEU"}),
    ("The NYPD arrested 40 protesters outside the hotel on Fifth Avenue.", "173", {"USA"}, None),
    ("The Royal Canadian Mounted Police detained two men suspected of smuggling weapons.", "173", {"CAN"}, None),
    # A body as the one acted on.
    ("The Spanish government criticised the Bundesbank over its interest rate warnings.", "111", {"ESP"}, {"DEU"}),
])
def test_institution_acts_for_its_state(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)


def test_institution_sector(code_text):
    # The union keeps its sector: a union's appeal is labour's, not the government's.
    record = code_text("The TUC called on employers to raise the minimum wage.")
    event = next(e for e in asserted(record) if e["cameo"].startswith("02"))
    assert [a["sector"] for a in event["actor"]] == ["LAB"], dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A bank of another state named in full is that state's, not one of the table's banks.
    ("The Reserve Bank of Australia criticised the government's spending plans.", "111", {"AUS"}, {"AUS"}),
    # A navy named with its state is that state's, not the Royal Navy.
    ("The Royal Malaysian Navy detained the crew of a Vietnamese fishing boat.", "17", {"MYS"}, {"VNM"}),
    # "National Assembly" is many states': only the French form is in the table.
    ("Kenya's National Assembly rejected the finance bill.", "12", {"KEN"}, None),
])
def test_look_alike_keeps_its_state(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text", [
    # A lake is no police force (the bare "Garda" is left out).
    "Fans crowded the shores of Lake Garda for the regatta.",
    # Armoured personnel carriers are no Nigerian party (the APC abbreviation is left out).
    "Two APCs were parked outside the stadium before the match.",
    # A body described, no act.
    "The TUC is a federation of 48 unions with six million members.",
])
def test_stays_quiet(code_text, text):
    record = code_text(text)
    assert not asserted(record), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Parties of the main states, named on their own.
    ("The All Progressives Congress accused the Peoples Democratic Party of buying votes.", "112", {"NGA"}, {"NGA"}),
    ("The Five Star Movement criticised the government's budget.", "111", {"ITA"}, None),
    ("Fine Gael rejected calls for an early election.", "12", {"IRL"}, None),
])
def test_party_acts_for_its_state(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)
