"""Shared test setup: hypothesis profiles and the seed document."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_96339cd9aa67a779.txt"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "000_96339cd9aa67a779.gold.json"

# Every report a test makes has its invariants checked at the end of the run (aligner.invariants).
os.environ.setdefault("ALIGNER_DEBUG", "1")

settings.register_profile("dev", max_examples=50, deadline=None)
# CI: more examples, the same ones on every run (a red CI is then reproducible at once);
# the arbitrary-input invariants of test_pipeline_properties.py run 5,000 examples there.
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed archive page, decoded as the command line decodes it."""
    return SEED.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def gold() -> dict:
    """The hand-made gold annotation of the seed (skipped where shared/ is not beside the repo)."""
    if not GOLD.exists():
        pytest.skip("the gold annotation (../shared/gold) is not available")
    return json.loads(GOLD.read_text(encoding="utf-8"))
