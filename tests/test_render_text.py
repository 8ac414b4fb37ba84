"""The plain-text report a historian reads in a terminal."""

from __future__ import annotations

from aligner.render import display_width, render
from aligner.render.text import WIDTH
from render_fixtures import HOSTILE_SCRIPT, empty_report, hostile_report, small_report


def test_header_counts():
    out = render(small_report())
    head = out.split("\n\n")[0]
    assert "Handwritten Letter, Kim Il Sung to Joseph Stalin" in head
    assert "1950-07-08" in head
    assert "6 original" in head
    assert "4 translation" in head
    assert "beads: 6" in head
    assert "findings: 4 (1 critical, 2 major, 1 info)" in head


def test_side_by_side_beads():
    out = render(small_report())
    lines = out.splitlines()
    assert all(display_width(line) <= WIDTH for line in lines)
    row = next(line for line in lines if line.startswith("s1"))
    left, right = row.split(" │ ")
    assert "СЕКРЕТНО" in left
    assert "CLASSIFIED" in right
    assert "2-1" in out
    assert "0.74" in out
    assert "s5 [furniture]" in out
    omission = next(line for line in lines if line.startswith("s6"))
    assert omission.endswith("— no translation —")
    assert any(line.startswith("— not in the original —") and "t4" in line for line in lines)
    # the 2-1 bead shows both source segments beside the one target
    s3 = lines.index(next(line for line in lines if line.startswith("s3")))
    assert lines[s3 + 1].startswith("s4")


def test_findings_grouped_by_severity_with_quoted_evidence():
    out = render(small_report())
    tail = out[out.index("CRITICAL (1)") :]
    assert tail.index("CRITICAL") < tail.index("MAJOR (2)") < tail.index("INFO (1)")
    text = small_report().document.source_text
    start = text.index("25-35")
    assert f"«25-35» [{start}–{start + 5}]" in tail
    assert "«Generalissimo»" in tail
    assert "where: bead 2 (s2, t2)" in tail


def test_control_characters_cannot_reach_the_terminal():
    out = render(hostile_report())
    assert "\x1b" not in out
    assert "\x01" not in out
    assert "\u202e" not in out
    assert "<U+001B>" in out
    assert "<U+202E>" in out
    assert HOSTILE_SCRIPT[:20] in out.replace("\n", "")  # text is shown as it is, not interpreted


def test_empty_report_says_so():
    out = render(empty_report())
    assert "No findings." in out
    assert "beads: 0" in out
