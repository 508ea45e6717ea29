"""The Dask engine on a LocalCluster writes the same records as the local engine."""

from __future__ import annotations

import json

import duckdb

from accord.dist import attach_views, run_on_dask
from accord.ingest import read_inputs
from accord.pipeline import Options, Pipeline
from shared_paths import FIXTURES, REPO

INPUTS = [str(REPO / "examples"), str(FIXTURES / "cli" / "wire.jsonl"), str(FIXTURES / "warc" / "crawl.warc.gz")]


def test_dask_local_cluster_matches_local_engine(tmp_path):
    articles = list(read_inputs(INPUTS))
    local = {c.record["id"]: c.record for c in Pipeline().code(articles)}

    out = tmp_path / "lake"
    run = run_on_dask(articles, out, Options(batch_size=2), workers=2)
    assert run.articles == len(local) and not run.errors
    con = duckdb.connect(str(tmp_path / "store.duckdb"))
    assert set(attach_views(con, out)) >= {"articles", "events", "quotes", "locations"}
    stored = {row[0]: json.loads(row[1]) for row in con.execute("SELECT id, record FROM lake.articles").fetchall()}
    assert stored.keys() == local.keys()
    for article_id, record in local.items():
        assert stored[article_id] == json.loads(json.dumps(record))
    events = con.execute("SELECT count(*) FROM lake.events").fetchone()[0]
    assert events == sum(len(r["events"]) for r in local.values())

    # A rerun of the same input rewrites the same partitions: nothing is duplicated.
    run_on_dask(articles, out, Options(batch_size=2), workers=2)
    assert con.execute("SELECT count(*) FROM lake.articles").fetchone()[0] == len(local)
    con.close()
