"""Who acts and who is targeted (twenty-fifth session): a subject the parser hangs on an
auxiliary, a protest aimed at whom its demand is made of, a "with ... on the agenda" phrase that
is a circumstance, support rallied "for" someone, and Europe's businesses as the Union's.
Team-written sentences, none from a gold set."""

from __future__ import annotations

import pytest

from eventkit import dyads


def _with_code(record: dict, prefix: str) -> list[tuple[str, set[str], set[str]]]:
    return [d for d in dyads(record) if d[0].startswith(prefix)]


@pytest.mark.parametrize("text, actor, recipients", [
    # the subject hung on "been": the mediator acts, the sides receive
    ("Ethiopia has been mediating between Somalia's government and regional militias in talks in Addis Ababa, "
     "an Ethiopian diplomat said.", "ETH", {"SOM"}),
    ("Oman has been mediating between Iran and the United States for months, officials said.", "OMN", {"IRN", "USA"}),
])
def test_the_mediator_of_a_progressive_acts(code_text, text, actor, recipients):
    found = _with_code(code_text(text), "045")
    assert found and found[0][1] == {actor} and recipients <= found[0][2], dyads(code_text(text))


def test_a_protest_to_demand_a_resignation_is_aimed_at_whom_it_is_made_of(code_text):
    record = code_text("Opposition protesters blocked roads across Tbilisi on Tuesday to demand that Prime "
                       "Minister Irakli Kobakhidze step down over his handling of talks with Russia.")
    found = _with_code(record, "14")
    assert found and found[0][1] == {"GEO"} and found[0][2] == {"GEO"}, dyads(record)


def test_a_protest_without_a_demand_keeps_the_one_other_party(code_text):
    # (negative: no purpose clause, so the one other party the clause names stays the target)
    record = code_text("Protesters blocked roads outside the Russian embassy in Tbilisi on Tuesday.")
    assert not any(d[0].startswith("14") and d[2] == {"GEO"} for d in dyads(record)), dyads(record)


def test_a_matter_on_the_agenda_is_no_party_to_a_visit(code_text):
    record = code_text("Turkish President Recep Tayyip Erdogan arrived in Baku on Monday for a two-day visit, "
                       "with a gas pipeline linking Iran to Georgian ports high on the agenda.")
    found = _with_code(record, "042")
    assert found and found[0][1] == {"TUR"} and found[0][2] == {"AZE"}, dyads(record)


def test_a_visit_with_a_delegation_keeps_its_party(code_text):
    # (negative: "with" a party that is no matter on an agenda is still read)
    record = code_text("The Indian foreign minister held talks with a Chinese delegation in New Delhi on Monday.")
    assert any(d[0].startswith("04") and "CHN" in d[2] for d in dyads(record)), dyads(record)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Lithuania's foreign minister rallied support among Nordic governments for Moldova's bid to join the EU.",
     "LTU", "MDA"),
    ("Poland rallied support for Ukraine among its NATO allies.", "POL", "UKR"),
])
def test_support_rallied_for_someone_is_aimed_at_them(code_text, text, actor, recipient):
    found = _with_code(code_text(text), "053")
    assert found and found[0][1] == {actor} and found[0][2] == {recipient}, dyads(code_text(text))


def test_european_companies_urged_to_invest_are_the_union(code_text):
    record = code_text("Uzbek President Shavkat Mirziyoyev urged European companies to invest in Uzbekistan's "
                       "textile industry during a business forum in Tashkent.")
    found = _with_code(record, "02")
    assert found and found[0][1] == {"UZB"} and found[0][2] == {"IGOEEC"}, dyads(record)


def test_a_states_own_companies_keep_their_state(code_text):
    # (negative: a demonym of one state on the companies gives that state, never the Union)
    record = code_text("The Vietnamese prime minister urged Japanese companies to invest in Vietnam's chip industry.")
    found = _with_code(record, "02")
    assert found and found[0][2] == {"JPN"}, dyads(record)


def test_an_arrest_inside_a_foreign_embassy_happens_where_the_embassy_stands(code_text):
    record = code_text("Serbian police detained a former army commander inside the Croatian consulate in Belgrade "
                       "on Friday.")
    found = _with_code(record, "173")
    assert found and found[0][1] == {"SRB"} and found[0][2] == {"SRB"}, dyads(record)


def test_storming_a_foreign_embassy_is_aimed_at_its_state(code_text):
    # (negative: only an arrest looks past the embassy's owner)
    record = code_text("Police stormed the Mexican embassy in Quito on Friday.")
    assert any("MEX" in d[2] for d in dyads(record)), dyads(record)
