"""Where the tests find their inputs: team-written fixtures here, shared data beside the repo."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_f6572cd3f2c05bf0.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

needs_seed = pytest.mark.skipif(not SEED.is_file(), reason=f"../shared is not beside the repository ({SEED} missing)")
