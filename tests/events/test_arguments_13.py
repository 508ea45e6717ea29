"""Who acts and who receives in real news, round 5 (thirteenth session): a role's own party word,
staff by whom they serve, a politician's own supporters, the press and commentators, a people
named with the state it lives in, companies by their home state, a bare title whose act is acted
on, and a verbal act conjoined to a reported clause about a thing. Team-written sentences; each
positive row failed before."""

from __future__ import annotations

import pytest

from eventkit import assert_dyad, codes


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A party word on the role says whose it is before any state the sentence names.
    ("Twelve Republican senators wrote to King Salman urging him to stop the bombing of Yemen.", "02",
     {"USA"}, {"SAU"}),
    ("Several Democratic senators urged Erdogan to end the offensive in Syria.", "02", {"USA"}, {"TUR"}),
    # Staff are of the state of whom they serve.
    ("Janez Hribar, a senior adviser to President Borut Pahor, condemned the Russian ambassador.", "111",
     {"SVN"}, {"RUS"}),
    ("An aide to Denver Mayor Tom Hardwick criticised the governor on Friday.", "111", {"USA"}, {"USA"}),
    # A politician's own supporters are of the politician's country.
    ("Obama thanked his supporters at a rally on Tuesday.", "05", {"USA"}, {"USA"}),
    # The press and commentators acting on politicians of one country are of that country.
    ("Members of the liberal press accused Trump of lying about the deal.", "112", {"USA"}, {"USA"}),
    ("Conservative commentators criticised Obama for the prisoner swap.", "111", {"USA"}, {"USA"}),
    # A people named with the state it is part of is of that state.
    ("The Greeks of Turkey protested the government over the closure of their school.", "14",
     {"TUR"}, {"TUR"}),
    # Companies named alone take their home state.
    ("Dutch regulators accused Deutsche Bank of breaking sanctions rules.", "112", {"NLD"}, {"DEU"}),
    ("The Commerce Department blacklisted Huawei on Wednesday.", "163", {"USA"}, {"CHN"}),
    # A bare title whose act a state's official acts on is of that state (not of a state the
    # sentence names elsewhere).
    ("The Republican governors of Idaho and Montana — two states on the border with Canada — praised the "
     "president's decision.", "051", {"USA"}, {"USA"}),
    ("Republican governors praised the president's decision to close the border with Canada.", "051",
     {"USA"}, {"USA"}),
    # A verbal act conjoined inside a reported clause whose subject is a thing goes with the
    # speaker.
    ("Lavrov predicted that the harvest would be poor and praised efforts by the Turkish government to "
     "reopen the ports.", "051", {"RUS"}, {"TUR"}),
    ("Merkel said the economy would recover soon and criticised the Polish government.", "111",
     {"DEU"}, {"POL"}),
])
def test_who_acts_round_5(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text", [
    # A press conference or a press release is nobody.
    "Trump accused Clinton of lying at a press conference on Monday.",
    "Trump accused Clinton of lying in a press release on Monday.",
])
def test_press_as_modifier_is_nobody(code_text, text):
    record = code_text(text)
    assert not any(m["text"].lower().endswith("press") for e in record["events"] for m in e["actor"])
    assert not any(m["label"] == "ORG" and m["text"].lower() == "press" for m in record["entities"])


def test_people_in_a_country_are_not_of_it(code_text):
    # "in" says where they are, not whose they are: Americans in Mexico stay American.
    events = code_text("Americans in Mexico criticised the embassy for its slow response.")["events"]
    assert all("MEX" not in codes(e["actor"]) for e in events), events


@pytest.mark.parametrize("text", [
    # Companies of one country among themselves are commerce, not politics.
    "Deutsche Bank sold its stake in Commerzbank last year.",
    "Gazprom signed a supply deal with Rosneft.",
    # ... and so are companies of two countries, named without their states.
    "Airbus delivered 40 aircraft to Boeing's leasing arm last month.",
    "Huawei signed a supply deal with Ericsson.",
])
def test_companies_among_themselves(code_text, text):
    assert code_text(text)["events"] == []
