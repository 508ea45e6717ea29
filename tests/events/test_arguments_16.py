"""Who acts and who receives in real news, round 8 (fourteenth session). Team-written sentences;
each positive row of the dyad tables failed before."""

from __future__ import annotations

import pytest
from eventkit import assert_dyad, dyads

from accord.actors.people import load_person_base


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A bare surname the table gives to persons of several countries, read against the other
    # actors of its sentence (Jack McConnell of Scotland, Mitch McConnell of Kentucky; Gordon
    # Brown and several American Browns).
    ("The Scottish National Party's leader wrote to Mr McConnell accusing him of misleading Holyrood.", "112",
     {"GBRSNP"}, {"GBR"}),
    ("Mr Brown signed a debt relief agreement with Ghana that will cost the UK millions.", "057",
     {"GBR"}, {"GHA"}),
    # A style title the model puts inside the name ("Archbishop Tutu"): the person is found
    # without it.
    ("Archbishop Tutu condemned the detentions in Britain.", "111", {"ZAF"}, {"GBR"}),
    ("Germany praised Lord Woolf for his ruling.", "051", {"DEU"}, {"GBR"}),
    # A party word before a thing the party owns is the party.
    ("The chancellor of Germany attacked the Tory proposals on Europe.", "111", {"DEU"}, {"GBR"}),
    ("The Canadian ambassador criticised the Republican bill on steel tariffs.", "111", {"CAN"}, {"USA"}),
    # A bare "Congress" in a sentence naming no state.
    ("Congress rejected the request to cut farm subsidies.", "12", {"USA"}, set()),
    ("Greenspan urged Congress to reduce the budget deficit.", "02", {"USA"}, {"USA"}),
    # "Among those who criticised X are Y": Y did it.
    ("Among those who have condemned the raid is the Egyptian foreign minister.", "111", {"EGY"}, set()),
    # A document as the subject stands for its author, named by "by".
    ("A report by the UN human rights council accused Syria of torturing detainees.", "112",
     {"IGOUNOHRC"}, {"SYR"}),
    ("A study by the Commons transport committee called for the rail regulator to be scrapped.", "02",
     {"GBR"}, set()),
])
def test_who_acts_round_8(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, code", [
    # The surname alone, or beside its own country's actors, keeps the reading the table gives.
    ("McConnell criticised the Democrats over the budget.", "USA"),
    ("Senator McConnell praised the White House for the tax deal.", "USA"),
])
def test_a_shared_surname_keeps_its_reading_among_its_own(code_text, text, code):
    record = code_text(text)
    assert any(code in {a["code"][:3] for a in e["actor"]} for e in record["events"]), dyads(record)


@pytest.mark.parametrize("text", [
    "The Congress party accused the government of corruption.",  # India's party, not the legislature
    "Peru's Congress accused the president of corruption.",
])
def test_congress_of_another_state_is_not_americas(code_text, text):
    assert all("USA" not in {c[:3] for c in actor | recipient} for _c, actor, recipient in dyads(code_text(text)))


def test_surname_bearers_by_country():
    people = load_person_base()
    bearers = people.surname_bearers("McConnell")
    assert set(bearers) == {"USA", "GBR"}
    assert [o.name for o in bearers["GBR"]] == ["Jack McConnell"]
    assert people.person("McConnell").country == "USA"  # the alias stays the senator's
    assert people.surname_bearers("Xy") == {}
