"""A small store for the server and export tests, built with the real `accord ingest`.

Team-written articles (dates spread over half a year) about Russia and South Ossetia and about
Russia and Abkhazia, plus the repository's example article and wire fixture, and the seed
article from ../shared when it is there. Its coded events (checked by the tests):

    2024-01-15  rso-2024-01        SUPPORT 057  RUS + XSO jointly
    2024-01-15  rso-2024-01-copy   the same story from another outlet: a near-duplicate
    2024-02-20  rso-2024-02        ACCUSE  112  XSO -> RUS
    2024-03-12  rso-2024-03        COERCE  173  RUS -> XSO, PROTEST 144 XSO -> XSO
    2024-04-18  rso-2024-04        AGREE   0331 RUS -> XSO
    2024-05-09  rso-2024-05        SUPPORT 051  XSO -> RUS
    2024-06-03  rso-2024-06-neg    SUPPORT 057  RUS -> XSO, negated ("did not sign")
    2024-06-20  rab-2024-06        SUPPORT 057  RUS + XAB jointly
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEED = REPO.parent / "shared" / "seed" / "000_f6572cd3f2c05bf0.txt"
EXAMPLE = REPO / "examples" / "sukhum_briefing.txt"
WIRE = REPO / "tests" / "fixtures" / "cli" / "wire.jsonl"
TOKEN = "test-token-1234"  # for the servers that accept articles

BORDER_DEAL = ("Russia and South Ossetia signed an agreement on border cooperation on Monday in Tskhinvali, "
               "officials said.\n\nThe deal covers customs posts along the Roki tunnel.")

TEAM_ARTICLES = [
    {"id": "rso-2024-01", "date": "2024-01-15", "title": "Russia and South Ossetia sign a border agreement",
     "url": "https://news.example.org/rso-border", "text": BORDER_DEAL},
    {"id": "rso-2024-01-copy", "date": "2024-01-15", "title": "Russia, South Ossetia sign border deal",
     "url": "https://mirror.example.net/rso-border", "text": BORDER_DEAL},
    {"id": "rso-2024-02", "date": "2024-02-20", "title": "South Ossetia accuses Russia over gas prices",
     "text": "South Ossetia accused Russia of delaying gas deliveries to Tskhinvali, the breakaway region's "
             "leader said on Tuesday.\n\nThe dispute concerns winter supplies."},
    {"id": "rso-2024-03", "date": "2024-03-12", "title": "Russian troops detain South Ossetian protesters",
     "text": "Russian border guards arrested five South Ossetian protesters near Tskhinvali on Tuesday.\n\n"
             "The protesters had blocked a road to a military base."},
    {"id": "rso-2024-04", "date": "2024-04-18", "title": "Russia promises aid to South Ossetia",
     "text": "Russia promised economic aid to South Ossetia during talks in Moscow on Thursday.\n\n"
             "The aid includes funds for schools and hospitals."},
    {"id": "rso-2024-05", "date": "2024-05-09", "title": "South Ossetia praises Russia",
     "text": "South Ossetia praised Russia for its support at a ceremony in Tskhinvali on Thursday.\n\n"
             "Veterans laid flowers at the memorial."},
    {"id": "rso-2024-06-neg", "date": "2024-06-03", "title": "No deal yet",
     "text": "Russia did not sign an agreement with South Ossetia on Monday, officials in Tskhinvali said.\n\n"
             "Talks will resume next month."},
    {"id": "rab-2024-06", "date": "2024-06-20", "title": "Russia and Abkhazia sign a trade agreement",
     "text": "Russia and Abkhazia signed a trade agreement in Sukhumi on Thursday.\n\n"
             "The agreement lowers customs duties."},
]


def accord(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    """Run the real command line (as `python -m accord.cli`)."""
    return subprocess.run([sys.executable, "-m", "accord.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600)


def build_store(directory: Path, *, with_seed: bool = True) -> Path:
    """Ingest the team articles, the example, the wire fixture (and the seed) into a new store."""
    directory.mkdir(parents=True, exist_ok=True)
    feed = directory / "team.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in TEAM_ARTICLES), encoding="utf-8")
    db = directory / "store.duckdb"
    inputs = [str(feed), str(EXAMPLE), str(WIRE)]
    if with_seed and SEED.is_file():
        inputs.append(str(SEED))
    result = accord("ingest", *inputs, "--db", str(db), "--workers", "1")
    assert result.returncode == 0, result.stderr
    return db
