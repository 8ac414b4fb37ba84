"""The Markdown report: header, findings table, alignment table, everything escaped."""

from __future__ import annotations

from aligner.render import render
from aligner.render.markdown import escape_cell
from render_fixtures import hostile_report, small_report


def _table(out: str, heading: str) -> list[str]:
    part = out[out.index(heading) :].split("\n\n")[1]
    return part.splitlines()


def _cells(row: str) -> list[str]:
    # split on pipes that are not escaped
    cells, cur, i = [], "", 0
    body = row.strip()[1:-1]
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            cur += body[i : i + 2]
            i += 2
            continue
        if body[i] == "|":
            cells.append(cur.strip())
            cur = ""
        else:
            cur += body[i]
        i += 1
    cells.append(cur.strip())
    return cells


def test_tables_have_one_row_per_line_and_a_constant_column_count():
    for report in (small_report(), hostile_report()):
        out = render(report, "markdown")
        findings = _table(out, "## Findings")
        alignment = _table(out, "## Alignment")
        assert len(findings) == 2 + len(report.findings)
        assert len(alignment) == 2 + len(report.alignment)
        for table in (findings, alignment):
            widths = {len(_cells(row)) for row in table}
            assert len(widths) == 1, table


def test_findings_table_content():
    out = render(small_report(), "markdown")
    rows = _table(out, "## Findings")
    first = _cells(rows[2])
    assert first[1] == "critical"
    assert first[2] == "number"
    assert first[4].startswith("25-35")
    assert first[5].startswith("25-30")
    assert _cells(rows[3])[1] == "major"


def test_alignment_table_marks_shapes_and_furniture():
    out = render(small_report(), "markdown")
    rows = _table(out, "## Alignment")
    bead3 = _cells(rows[4])
    assert "2-1" in bead3[3]
    assert "<br>" in bead3[1]  # two source segments in one cell
    assert "furniture" in rows[5]
    assert "no translation" in rows[6]
    assert "not in the original" in rows[7]


def test_escaping():
    assert escape_cell("a|b") == "a\\|b"
    assert escape_cell("x\ny") == "x<br>y"
    assert escape_cell("<script>") == "&lt;script&gt;"
    assert escape_cell("*bold* [link](x)") == "\\*bold\\* \\[link\\]\\(x\\)"
    out = render(hostile_report(), "markdown")
    assert "<script" not in out
    assert "<img" not in out
    assert "\x1b" not in out
    assert "\u202e" not in out
