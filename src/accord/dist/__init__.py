"""Run the per-article work on a Dask cluster and write partitioned Parquet.

The client reads the inputs (cheap), sends batches of articles to the cluster, where each
worker process codes them with its own pipeline (loaded once per worker), and writes each
batch's rows as one Parquet file per table. A partition's file name comes from the ids of
the articles in it, and files are written under a temporary name and renamed, so a rerun of
the same input rewrites the same files instead of adding copies. A DuckDB file can then
hold views over the Parquet tables.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from accord.ingest import Article
from accord.parallel import batches

_PIPELINE = None


@dataclass
class DaskRun:
    articles: int = 0
    partitions: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)


def _code_and_write(batch: list[Article], out_dir: str, options) -> tuple[int, list[tuple[str, str]]]:
    """On a worker: code a batch and write its rows; return (articles written, failures)."""
    global _PIPELINE
    if _PIPELINE is None:
        from accord.pipeline import Pipeline

        _PIPELINE = Pipeline(options)
    records, failures = [], []
    for coded in _PIPELINE.code(batch):
        if coded.error:
            failures.append((coded.article.source, coded.error))
        else:
            records.append(coded.record)
    if records:
        write_partition(records, Path(out_dir))
    return len(records), failures


def partition_name(records: list[dict]) -> str:
    digest = hashlib.sha256("\n".join(sorted(r["id"] for r in records)).encode()).hexdigest()
    return f"part-{digest[:20]}.parquet"


def write_partition(records: list[dict], out_dir: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from accord.store.records import COLUMNS, record_rows, validate

    ingested_at = datetime.now(timezone.utc).replace(tzinfo=None)
    tables: dict[str, list[tuple]] = {name: [] for name in COLUMNS}
    for record in records:
        validate(record)
        for name, rows in record_rows(record, ingested_at).items():
            tables[name].extend(rows)
    name = partition_name(records)
    for table, rows in tables.items():
        if not rows:
            continue
        folder = out_dir / table
        folder.mkdir(parents=True, exist_ok=True)
        columns = {column: [row[i] for row in rows] for i, column in enumerate(COLUMNS[table])}
        tmp = folder / f".{name}.{os.getpid()}.tmp"
        pq.write_table(pa.table(columns), tmp)
        os.replace(tmp, folder / name)  # never a half-written partition


def run_on_dask(articles: Iterable[Article], out_dir: Path, options, scheduler: str | None = None,
                workers: int = 2) -> DaskRun:
    """Code ``articles`` on the cluster at ``scheduler`` (or a local one) into ``out_dir``."""
    from dask.distributed import Client, LocalCluster, as_completed

    out_dir.mkdir(parents=True, exist_ok=True)
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    run = DaskRun()
    try:
        futures = [client.submit(_code_and_write, batch, str(out_dir), options, pure=False)
                   for batch in batches(articles, options.batch_size)]
        for future in as_completed(futures):
            written, failures = future.result()
            run.articles += written
            run.partitions += 1 if written else 0
            run.errors.extend(failures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return run


def attach_views(con, out_dir: Path) -> list[str]:
    """Views ``lake.<table>`` in a DuckDB store over the Parquet tables in ``out_dir``."""
    con.execute("CREATE SCHEMA IF NOT EXISTS lake")
    made = []
    for folder in sorted(p for p in out_dir.iterdir() if p.is_dir()):
        pattern = str(folder / "*.parquet").replace("'", "''")
        con.execute(f"CREATE OR REPLACE VIEW lake.\"{folder.name}\" AS "
                    f"SELECT * FROM read_parquet('{pattern}', union_by_name = true)")
        made.append(folder.name)
    return made
