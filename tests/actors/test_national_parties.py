"""National parties named on their own (organisations.tsv) and the cases where a shared party
name belongs to another state or is no party at all (accord.actors.names)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, surface, code", [
    ("The Tories accused ministers of wasting public money on consultants.", "Tories", "GBRCON"),
    ("Labour pledged to cut hospital waiting lists by next spring.", "Labour", "GBRLAB"),
    ("The Liberal Democrats condemned the decision to close the base.", "Liberal Democrats", "GBRLDM"),
    ("The Lib Dems demanded a public inquiry into the contracts.", "Lib Dems", "GBRLDM"),
    ("The SNP called for a second vote on independence.", "SNP", "GBRSNP"),
    ("UKIP criticised the treaty as a surrender of powers.", "UKIP", "GBRUKI"),
    ("The SPD rejected the coalition's pension plan.", "SPD", "DEUSPD"),
    ("The MDC said its rallies had been broken up by police.", "MDC", "ZWEMDC"),
    ("Fidesz accused the opposition of foreign meddling.", "Fidesz", "HUNFID"),
])
def test_party_named_alone(mentions_of, text, surface, code):
    assert mentions_of(text)[surface][0] == code


@pytest.mark.parametrize("text, surface, code", [
    # a shared name after a state is that state's party
    ("Norway's Labour Party criticised the fishing quotas.", "Labour Party", "NOR"),
    ("Canada's Conservatives attacked the carbon levy.", "Conservatives", "CAN"),
    ("Irish Labour rejected the budget.", "Labour", "IRL"),
    # the same state keeps the party's own code
    ("Britain's Conservatives attacked the carbon levy.", "Conservatives", "GBRCON"),
])
def test_shared_party_name_after_a_state(mentions_of, text, surface, code):
    assert mentions_of(text)[surface][0] == code


@pytest.mark.parametrize("text, surface", [
    ("Thousands of workers marched on Labour Day in Oslo.", "Labour"),
    ("The Labour Ministry in Ankara published the figures.", "Labour"),
    ("The Fatherland Alliance (Conservatives) gathered signatures in Vilnius.", "Conservatives"),
])
def test_not_the_party(mentions_of, text, surface):
    assert mentions_of(text).get(surface, (None, None))[0] is None


@pytest.mark.parametrize("text, cameo, source, target", [
    ("The Conservatives accused Labour of breaking its promise on tuition fees.", "112", "GBR", "GBR"),
    ("The Scottish National Party condemned the closure of the shipyard by the defence ministry.",
     "111", "GBR", None),
    ("The CDU urged the chancellor to cut energy taxes.", "0", "DEU", None),
])
def test_party_acts(code_text, text, cameo, source, target):
    events = code_text(text)["events"]
    states = [(e["cameo"], {a["code"][:3] for a in e["actor"]}, {a["code"][:3] for a in e["recipient"]})
              for e in events]
    assert any(code.startswith(cameo) and actors == {source} and (target is None or recipients == {target})
               for code, actors, recipients in states), states


@pytest.mark.parametrize("text, surface", [
    # Britain's offices and bodies stand for its government, as "Downing Street" does (countries.tsv)
    ("The Home Secretary told police chiefs to review the guidance.", "Home Secretary"),
    ("The Foreign Office summoned the ambassador.", "Foreign Office"),
    ("The Commons voted down the amendment.", "Commons"),
    ("Holyrood backed the smoking ban.", "Holyrood"),
])
def test_british_offices_and_bodies(mentions_of, text, surface):
    assert mentions_of(text)[surface][0] == "GBR"


@pytest.mark.parametrize("text, surface, code", [
    # a ministry or office another state has too, named after that state, is that state's
    ("Germany's Foreign Office summoned the Russian ambassador.", "Foreign Office", "DEU"),
    ("Ukraine's Ministry of Defence reported new shelling.", "Ministry of Defence", "UKR"),
])
def test_office_of_a_named_state(mentions_of, text, surface, code):
    assert mentions_of(text)[surface][0] == code


def test_labour_as_a_word_is_no_party(mentions_of):
    assert mentions_of("Labour unions in France condemned the pension reform.").get("Labour") is None


@pytest.mark.parametrize("text, surface", [
    # a capitalised word bound to a shared party name from the left makes another, longer name
    ("Japan's ruling Liberal Democratic Party criticised the budget.", "Democratic Party"),
    ("Protesters attacked the offices of the National Democratic Party in Cairo.", "Democratic Party"),
    ("The Social Democratic Party accused the chancellor of betraying voters.", "Democratic Party"),
])
def test_end_of_a_longer_party_name_is_not_the_shared_party(mentions_of, text, surface):
    assert mentions_of(text).get(surface, (None, None))[0] != "USADEM"


@pytest.mark.parametrize("text, surface", [
    ("The Democratic Party criticised the president over the war.", "Democratic Party"),
    ("The U.S. Democratic Party criticised the president over the war.", "U.S. Democratic Party"),
    ("House Democrats criticised the president over the war.", "House Democrats"),
])
def test_the_shared_party_itself(mentions_of, text, surface):
    assert mentions_of(text)[surface][0] == "USADEM"


def test_a_places_branch_of_the_shared_party(mentions_of):
    mentions = mentions_of("The Florida Democratic Party chairwoman criticised the governor.")
    assert any(code == "USADEM" for code, *_ in mentions.values())
