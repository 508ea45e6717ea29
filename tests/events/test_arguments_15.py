"""Who acts and who receives in real news, round 7 (fourteenth session). Team-written sentences;
each positive row of the dyad tables failed before."""

from __future__ import annotations

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
