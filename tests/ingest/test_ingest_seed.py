from datetime import datetime
from pathlib import Path

import pytest

from accord.ingest import Article, read_inputs

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "seed" / "000_f6572cd3f2c05bf0.txt"


@pytest.mark.shared
@pytest.mark.skipif(not SEED.is_file(), reason=f"shared seed article not found at {SEED}")
def test_real_seed_article() -> None:
    (article,) = list(read_inputs([str(SEED)]))
    assert isinstance(article, Article), article
    assert article.title == "Allied relations between Russia and South Ossetia have stood the test of time - Gagloev"
    assert article.date == datetime(2023, 12, 28, 16, 0)
    assert article.language == "en"
    assert "Мой мир" not in article.text
    assert article.text.endswith("today.”")
    assert article.text.startswith("Cooperation between South Ossetia and Russia")
