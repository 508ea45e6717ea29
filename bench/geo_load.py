"""Time and memory of loading accord's knowledge base (actor tables) and gazetteer.

    .venv/bin/python bench/geo_load.py

Prints the wall time of loading the actor tables and the gazetteer (after imports) and the
process's peak resident memory. The issue's budget: load <= 2 s, memory <= 500 MB.
"""

from __future__ import annotations

import resource
import time


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def main() -> None:
    t0 = time.perf_counter()
    from accord.actors.tables import load_actor_tables
    from accord.geo.gazetteer import load_gazetteer
    imported = time.perf_counter()
    rss_imports = _rss_mb()
    load_actor_tables()
    tables = time.perf_counter()
    gazetteer = load_gazetteer()
    loaded = time.perf_counter()
    assert gazetteer.lookup("Tskhinval"), "gazetteer did not load"
    print(f"imports              {imported - t0:6.2f} s  (RSS {rss_imports:.0f} MB)")
    print(f"actor tables load    {tables - imported:6.2f} s")
    print(f"gazetteer load       {loaded - tables:6.2f} s")
    print(f"knowledge base+gaz   {loaded - imported:6.2f} s")
    print(f"peak RSS             {_rss_mb():6.0f} MB")


if __name__ == "__main__":
    main()
