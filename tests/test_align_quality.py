"""The quality benchmark (benchmarks/align_quality.py) on a sample of WMT22: the figures hold."""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))  # the benchmark imports its corpus_split beside it
_spec = importlib.util.spec_from_file_location("align_quality", ROOT / "benchmarks/align_quality.py")
assert _spec is not None
assert _spec.loader is not None
quality = importlib.util.module_from_spec(_spec)
sys.modules["align_quality"] = quality  # dataclasses look their module up there
_spec.loader.exec_module(quality)

pytestmark = pytest.mark.skipif(
    not quality.WMT.exists(), reason="the WMT22 development data is not beside the repository"
)

#: Measured on the first 60 documents with seed 3 (clean strict F1 0.973 per document, 0.990 as
#: one text; archival link F1 0.975 and 0.983), less a small margin. The full benchmark's targets
#: are 0.95 and 0.93.
MIN_STRICT_F1 = 0.96
MIN_LINK_F1 = 0.96


@pytest.fixture(scope="module")
def texts() -> list:
    quality.available_checks()
    docs = quality.load_documents()[:60]
    return quality.perturbed_documents(docs, seed=3, rate=0.05)


def test_perturbation_is_reproducible_and_gold_covers_every_unit(texts):
    again = quality.perturbed_documents(quality.load_documents()[:60], seed=3, rate=0.05)
    assert [t.gold for t in again] == [t.gold for t in texts]
    for doc in texts:
        src = sorted(i for s, _ in doc.gold for i in s)
        tgt = sorted(j for _, t in doc.gold for j in t)
        assert src == list(range(len(doc.source)))
        assert tgt == list(range(len(doc.target)))
    shapes = {quality._shape(s, t) for doc in texts for s, t in doc.gold}
    assert {"1-1", "2-1", "1-2", "1-0", "0-1"} <= shapes


def test_archival_typing_breaks_words_and_adds_furniture_and_spans_hold(texts):
    whole = quality.concatenated(texts)
    typed, spans = quality.archival_text(whole.source, random.Random(0))
    assert "-\n" in typed
    assert "Лист №" in typed or "/ш" in typed
    assert max(len(line) for line in typed.splitlines()) <= 60
    for (_, unit), (a, b) in zip(whole.source, spans, strict=True):
        assert " ".join(re.sub(r"(?<=\w)-\n(?=\w)", "", typed[a:b]).split()) == unit


@pytest.mark.slow
@pytest.mark.parametrize("setting", ["per-doc", "long"])
def test_strict_bead_f1_on_clean_pre_segmented_input(texts, setting):
    batch = texts if setting == "per-doc" else [quality.concatenated(texts)]
    assert quality.run("clean", batch, seed=3, second_pass=False).strict_f1 >= MIN_STRICT_F1


@pytest.mark.slow
@pytest.mark.parametrize("setting", ["per-doc", "long"])
def test_link_f1_on_archival_transcripts_segmented_by_the_aligner(texts, setting):
    batch = texts if setting == "per-doc" else [quality.concatenated(texts)]
    assert quality.run("archival", batch, seed=3, second_pass=False).link_f1 >= MIN_LINK_F1
