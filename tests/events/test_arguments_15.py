"""Who acts and who receives in real news, round 7 (fourteenth session). Team-written sentences;
each positive row of the dyad tables failed before."""

from __future__ import annotations

import pytest
from eventkit import assert_dyad, codes, dyads, only_event

from accord.actors.tables import data_dir, follower_nouns, read_tsv


def test_one_list_of_a_persons_people():
    """followers.tsv holds what were three lists in code; each reading keeps its nouns."""
    assert follower_nouns("to") == {"aide", "adviser", "advisor", "assistant", "staffer", "confidant",
                                    "counsellor", "counselor", "secretary", "spokesman", "spokeswoman",
                                    "spokesperson", "deputy"}
    assert {"supporter", "lawyer", "strategist", "aide"} <= follower_nouns("his", "staff", "follower")
    assert "ally" not in follower_nouns("his")  # a head of state's allies may be other states
    assert follower_nouns("name", "rival") == {"critic", "rival", "opponent", "detractor"}
    assert follower_nouns("party") == {"critic", "rival", "opponent", "detractor", "supporter", "backer", "ally"}
    rows = read_tsv(data_dir() / "followers.tsv")
    assert len({r["noun"] for r in rows}) == len(rows)
    assert {r["kind"] for r in rows} == {"staff", "follower", "rival"}


def test_sector_bus_means_a_company_of_the_table():
    """business._table_company reads sector BUS on an organisation as "from companies.tsv"."""
    assert not [r["code"] for r in read_tsv(data_dir() / "organisations.tsv") if r["sector"] == "BUS"]


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A story filed from a place of one country that names no other: local organs are that
    # country's (police, prosecutors, courts, "the authorities", "the government").
    ("LAGOS (Reuters) - The authorities accused the opposition party of planning violent protests.", "112",
     {"NGA"}, {"NGA"}),
    ("ANKARA, March 4 (Reuters) - Prosecutors accused the opposition party of spreading terrorist propaganda.",
     "112", {"TUR"}, {"TUR"}),
    # A royal title and a given name that royals of one country in the tables bear.
    ("Germany criticised Prince Mohammed over the killing of a journalist.", "111", {"DEU"}, {"SAU"}),
    ("The French president praised Crown Prince Mohammed for his reforms.", "051", {"FRA"}, {"SAU"}),
    ("Prince Mohammed met the Chinese president on Tuesday.", "04", {"SAU"}, {"CHN"}),
    # "a statement that condemned ...": the relative pronoun stands for the statement, whose
    # author acts.
    ("Kenya issued a statement that accused Somalia of arming militants.", "112", {"KEN"}, {"SOM"}),
    ("The Iranian government published a statement which criticised the French sanctions.", "111",
     {"IRN"}, {"FRA"}),
    # Praise of the efforts made by parties: the agent of the participle is the recipient, and
    # "relevant parties, including X and Y" are X and Y.
    ("Beijing praised the efforts made by all sides, including Pakistan and India, to calm the border.", "051",
     {"CHN"}, {"PAK", "IND"}),
    ("Germany praised the contribution made by several states, including Norway and Sweden, to the aid effort.",
     "051", {"DEU"}, {"NOR", "SWE"}),
    # A town's council, a house's committees, a congressional panel are bodies of their state.
    ("The Minneapolis City Council on Tuesday approved a resolution condemning the governor's budget cuts.",
     "111", {"USA"}, {"USA"}),
    ("Two House committees asked the Pentagon to investigate the contract.", "02", {"USA"}, {"USA"}),
    # A gerund hung on a passive of seeing or recording: the one seen does it.
    ("A Secret Service agent was seen on camera shoving a reporter to the ground at a campaign rally.", "18",
     {"USA"}, {"USA"}),
])
def test_who_acts_round_7(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


def test_a_dateline_places_the_story_after_it(code_text):
    text = ("ISLAMABAD (Reuters) - Police detained dozens of opposition supporters on Friday.\n\n"
            "Prosecutors later charged five of them with rioting.\n")
    assert ("173", {"PAK"}, {"PAK"}) in dyads(code_text(text))


@pytest.mark.parametrize("text", [
    # A dateline of a city where international bodies meet does not place "officials".
    "GENEVA (Reuters) - Officials condemned the attack on the aid convoy.",
    # Without a dateline, a story naming no state leaves its organs unplaced.
    "Prosecutors accused the opposition party of spreading terrorist propaganda.",
])
def test_no_country_without_a_dateline_of_one(code_text, text):
    assert all(not actor for _code, actor, _recipient in dyads(code_text(text)))


def test_a_royal_title_of_several_countries_stays_unknown():
    from accord.actors.people import load_person_base
    people = load_person_base()
    assert people.royal_country("Prince Mohammed") == "SAU"
    assert people.royal_country("King Abdullah") is None  # Saudi Arabia and Jordan
    assert people.royal_country("Mohammed") is None


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # The agent of a participle on the object is the recipient of praise only: a truce declared
    # by one side and broken, talks mediated by a third state and broken off stay as they were.
    ("Russian troops violated the holiday truce declared by Moscow, shelling frontline towns in the Zaporizhzhia "
     "region, Ukrainian officials said.", "196", {"RUS"}, {"UKR"}),
    ("Israel suspended talks with Lebanon mediated by France.", "16", {"ISR"}, {"LBN"}),
])
def test_the_agent_of_what_is_acted_on(code_text, text, cameo, actor, recipient):
    event = only_event(code_text(text), cameo)
    assert codes(event["recipient"]) == recipient
    if actor is not None:
        assert codes(event["actor"]) == actor


def test_a_gerund_on_another_passive_keeps_its_voice(code_text):
    """Only seeing and recording: "are not faced with ... when visiting" is no visit by them."""
    record = code_text("British bands are not faced with such high fees when visiting the United States for concerts.")
    assert not [e for e in record["events"] if e["cameo"].startswith("04")]
