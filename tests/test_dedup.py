"""Near-duplicate articles: linked to their first copy, events counted once with mentions."""

from __future__ import annotations

from accord.dedup import NearDuplicates, link_duplicates, minhash, remember
from accord.ingest import Article, content_id
from accord.store import open_store, stored_signatures, write_batch

STORY = (
    "Armenia and Azerbaijan signed a border demarcation protocol in Tbilisi on Monday, the Georgian "
    "foreign ministry said. The document covers a stretch of about 12 kilometres near the villages of "
    "Baghanis and Voskepar, where incidents were frequent in recent years. Armenian Prime Minister "
    "Nikol Pashinyan called the agreement a first step towards a lasting peace treaty, while officials "
    "in Baku said talks on the remaining sections would resume next month. Georgia has offered to host "
    "further rounds of talks between the two neighbours, a ministry spokeswoman added."
)
EDITED = (STORY.replace("on Monday", "on Monday evening")
          .replace("a ministry spokeswoman added.", "a spokeswoman for the ministry added.")
          + "\n\nReporting by the newsroom; editing by the desk.")
OTHER = ("Estonia summoned the Russian ambassador on Saturday after a Russian military plane entered its "
         "airspace near Vaindloo island, the foreign ministry in Tallinn said. Estonian officials called "
         "the incident unacceptable and said they would raise it with NATO allies in Brussels next week.")


def article(text: str, url: str) -> Article:
    return Article(id=content_id(text), text=text, language="en", url=url, source=url)


def test_light_edit_is_a_near_duplicate_and_another_story_is_not():
    index = NearDuplicates()
    original = minhash(STORY)
    index.add("story", original)
    assert index.first_copy(minhash(EDITED)) == "story"
    assert index.first_copy(minhash(OTHER)) is None


def test_events_of_copies_are_one_event_with_mentions(pipeline, tmp_path):
    records = [pipeline.code_one(article(text, url)) for text, url in (
        (STORY, "https://wire.example.com/a"), (EDITED, "https://daily.example.org/b"),
        (OTHER, "https://wire.example.com/c"))]
    con = open_store(tmp_path / "store.duckdb")
    index = NearDuplicates()
    signatures = link_duplicates(records, index)
    write_batch(con, records, signatures)
    remember(index, signatures)
    assert [r["duplicate_of"] for r in records] == [None, records[0]["id"], None]

    signed = con.execute("SELECT num_articles, num_mentions, num_sources FROM event_clusters "
                         "WHERE cameo = '057'").fetchall()
    assert signed == [(2, 2, 2)]

    # The index comes back from the store: a third copy in a later run links to the first.
    later = NearDuplicates()
    later.load(stored_signatures(con))
    third = [pipeline.code_one(article(STORY + " Updated at noon.", "https://third.example.net/x"))]
    link_duplicates(third, later)
    assert third[0]["duplicate_of"] == records[0]["id"]
    con.close()


def test_cluster_is_named_after_the_first_copy(pipeline, tmp_path):
    records = [pipeline.code_one(article(text, url)) for text, url in (
        (STORY, "https://wire.example.com/a"), (EDITED, "https://daily.example.org/b"))]
    con = open_store(tmp_path / "store.duckdb")
    index = NearDuplicates()
    write_batch(con, records, link_duplicates(records, index))
    (event_id,) = con.execute("SELECT id FROM event_clusters WHERE cameo = '057'").fetchone()
    assert event_id.startswith(records[0]["id"] + ":")
    con.close()
