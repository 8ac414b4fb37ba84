"""The findings as CSV: one row per finding, readable back with the csv module."""

from __future__ import annotations

import csv
import io

from aligner.render import render
from aligner.render.csv import BOM, COLUMNS
from render_fixtures import FIXTURES, hostile_report, small_report


def _rows(report, **kw):
    out = render(report, "csv", **kw)
    assert out.startswith(BOM)
    data = out.encode("utf-8").decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(data, newline="")))


def test_one_row_per_finding_for_every_fixture():
    for make in FIXTURES.values():
        report = make()
        out = render(report, "csv").lstrip(BOM)
        rows = list(csv.reader(io.StringIO(out, newline="")))
        assert tuple(rows[0]) == COLUMNS
        assert len(rows) == 1 + len(report.findings)


def test_values():
    report = small_report()
    rows = _rows(report)
    text = report.document.source_text
    first = rows[0]
    assert first["kind"] == "number"
    assert first["severity"] == "critical"
    assert first["source_ids"] == "s2"
    assert first["target_ids"] == "t2"
    assert first["source_text"] == "25-35"
    assert first["target_text"] == "25-30"
    assert text[int(first["source_start"]) : int(first["source_end"])] == "25-35"
    assert text[int(first["target_start"]) : int(first["target_end"])] == "25-30"
    assert rows[2]["target_text"] == ""
    assert rows[2]["target_start"] == ""
    assert rows[0]["message"].startswith("The original gives 25-35")


def test_explain_adds_a_rule_column():
    rows = _rows(small_report(), explain=True)
    assert rows[1]["rule"] == "rank-differs"


def test_hostile_text_survives_and_formulas_are_defused():
    report = hostile_report()
    rows = _rows(report)
    assert len(rows) == 3
    first = rows[0]
    assert first["source_text"] == "5 | 6"
    assert first["message"].startswith("'=")  # not a formula
    assert first["message"][1:] == report.findings[0].message
    second = rows[1]
    assert second["source_start"] == ";".join(str(s.start) for s in report.findings[1].source_evidence)
    assert "<img src=x" in second["target_text"]
