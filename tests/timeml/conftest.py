"""Where the shared TimeML corpora live for the corpus tests: <repo>/../shared/corpora.

Missing corpora skip the corpus tests on a developer machine but fail them in CI (CI=true),
so a broken checkout layout can never pass silently.
"""

import os
from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"


@pytest.fixture(scope="session")
def corpora() -> Path:
    if not CORPORA.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"corpora folder {CORPORA} is missing (required in CI)")
        pytest.skip(f"corpora folder {CORPORA} not present")
    return CORPORA
