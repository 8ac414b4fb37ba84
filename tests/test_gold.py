"""The seed against its hand-made gold annotation (../shared/gold), through the JSON report."""

from __future__ import annotations

import json

import pytest

from aligner.cli import main
from conftest import SEED

SEVERITY_RANK = {"info": 0, "minor": 1, "major": 2, "critical": 3}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The JSON report of ``aligner report seeds/… --format json``, as a user gets it."""
    out = tmp_path_factory.mktemp("gold") / "seed.json"
    assert main(["report", str(SEED), "--format", "json", "-o", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def segment_at(report: dict, side: str, offset: int) -> dict:
    hits = [s for s in report[side]["segments"] if s["start"] <= offset < s["end"]]
    assert len(hits) == 1, f"{side} offset {offset} lies in {len(hits)} segments"
    return hits[0]


def bead_of(report: dict, side: str, segment_id: str) -> dict:
    hits = [b for b in report["alignment"] if segment_id in b[side]]
    assert len(hits) == 1, f"{segment_id} is in {len(hits)} beads"
    return hits[0]


def check_anchor(seed_text: str, anchor: dict) -> None:
    offset = anchor["offset"]
    assert seed_text[offset : offset + len(anchor["text"])] == anchor["text"], anchor


def test_the_anchors_are_where_the_gold_says(seed_text: str, gold: dict) -> None:
    for link in gold["links"] + gold["lax_links"]:
        check_anchor(seed_text, link["source"])
        check_anchor(seed_text, link["target"])


def test_every_gold_link_is_in_one_bead(report: dict, gold: dict) -> None:
    for link in gold["links"]:
        src = segment_at(report, "source", link["source"]["offset"])
        tgt = segment_at(report, "target", link["target"]["offset"])
        bead = bead_of(report, "source", src["id"])
        assert tgt["id"] in bead["target"], (link, bead)


def test_lax_links_hold_for_either_witness(report: dict, gold: dict) -> None:
    for link in gold["lax_links"]:
        tgt = segment_at(report, "target", link["target"]["offset"])
        bead = bead_of(report, "target", tgt["id"])
        texts = " ".join(s["text"] for s in report["source"]["segments"] if s["id"] in bead["source"])
        assert link["source"]["text"].split()[0] in texts, (link, bead)


def test_furniture_and_the_second_witness_stay_unlinked(report: dict, gold: dict) -> None:
    for anchor in gold["unlinked_source"]:
        seg = segment_at(report, "source", anchor["offset"])
        bead = bead_of(report, "source", seg["id"])
        assert bead["target"] == [], (anchor, bead)


def test_line_break_hyphens_are_undone(report: dict, gold: dict) -> None:
    words = " ".join(s["text"] for s in report["source"]["segments"]).split()
    stripped = {w.strip(".,!?;:«»()") for w in words}
    for word in gold["dehyphenated_words"]:
        assert word in stripped, word


def _covers(evidence: list[dict], anchor: dict) -> bool:
    a, b = anchor["offset"], anchor["offset"] + len(anchor["text"])
    return any(e["start"] < b and a < e["end"] for e in evidence)


def test_required_findings_are_reported_with_their_evidence(report: dict, gold: dict) -> None:
    for want in gold["findings_required"]:
        hits = [
            f
            for f in report["findings"]
            if f["kind"] == want["kind"]
            and _covers(f["source_evidence"], want["source"])
            and _covers(f["target_evidence"], want["target"])
        ]
        assert hits, want["why"]
        assert SEVERITY_RANK[hits[0]["severity"]] >= SEVERITY_RANK["major"]


def test_forbidden_findings_are_absent(report: dict, gold: dict) -> None:
    for bad in gold["findings_forbidden"]:
        for f in report["findings"]:
            if "kinds" in bad and f["kind"] not in bad["kinds"]:
                continue
            hit_src = "source" not in bad or _covers(f["source_evidence"], bad["source"])
            hit_tgt = "target" not in bad or _covers(f["target_evidence"], bad["target"])
            if not (hit_src and hit_tgt):
                continue
            if "max_severity" in bad:
                assert SEVERITY_RANK[f["severity"]] <= SEVERITY_RANK[bad["max_severity"]], (
                    bad["why"],
                    f,
                )
            else:
                raise AssertionError(f"forbidden finding: {bad['why']}: {f}")


def test_metadata_matches_the_gold(report: dict, gold: dict) -> None:
    doc = report["document"]
    for key in ("title", "date", "url", "source_language", "target_language"):
        assert doc[key] == gold["metadata"][key], key


def test_evidence_text_is_the_original_text(report: dict, seed_text: str) -> None:
    for f in report["findings"]:
        for ev in f["source_evidence"] + f["target_evidence"]:
            assert seed_text[ev["start"] : ev["end"]] == ev["text"]
