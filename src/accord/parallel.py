"""Coding articles in several processes, in input order.

Each worker process loads the pipeline once (the model is not shared: spaCy's Doc
extensions hold Python objects that do not cross processes), codes batches of articles and
sends back plain records. A bounded window of batches in flight keeps memory flat on long
runs; results come back in the order the articles came in.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from accord.ingest import Article

_WORKER_PIPELINE = None


def worker_count(requested: int) -> int:
    return requested if requested > 0 else max(1, os.cpu_count() or 1)


def _start_worker(options) -> None:
    global _WORKER_PIPELINE
    from accord.pipeline import Pipeline

    _WORKER_PIPELINE = Pipeline(options)


def _code_batch(batch: list[Article]) -> list:
    return list(_WORKER_PIPELINE.code(batch))


def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def code_in_workers(articles: Iterable[Article], options, workers: int) -> Iterator:
    from accord.pipeline import Coded

    # forkserver: workers start from a clean process, not a copy of this one (which may run
    # a progress-bar thread or hold an open store).
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(options,)) as pool:
        in_flight: deque = deque()

        def drain_one() -> Iterator[Coded]:
            batch, future = in_flight.popleft()
            try:
                yield from future.result()
            except Exception as exc:  # noqa: BLE001 - a dead worker fails its batch, not the run
                for article in batch:
                    yield Coded(article, None, f"worker failed: {type(exc).__name__}: {exc}")

        for batch in batches(articles, options.batch_size):
            in_flight.append((batch, pool.submit(_code_batch, batch)))
            while len(in_flight) >= 2 * workers:
                yield from drain_one()
        while in_flight:
            yield from drain_one()
