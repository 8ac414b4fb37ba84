"""The findings as CSV, one row per finding, for a spreadsheet.

Columns: ``kind, severity, source_ids, target_ids, source_text, source_start,
source_end, target_text, target_start, target_end, message`` (and ``rule``
with ``explain``). Choices, made for the spreadsheet a historian will open it
in:

- The text starts with a byte-order mark (U+FEFF): written as UTF-8, that is
  the signature Excel needs to read Cyrillic correctly instead of guessing a
  legacy code page; LibreOffice and Python (``encoding="utf-8-sig"``) accept it.
- Rows end with CRLF (RFC 4180, the ``csv`` module's default); cells holding
  commas, quotes or line breaks are quoted.
- Ids are joined with a space. A finding with several evidence spans on one
  side gives their texts joined with `` … `` and their offsets joined with
  ``;`` (the spans in the same order).
- A text cell that begins with ``=``, ``+``, ``-``, ``@``, tab or carriage return
  gets a leading apostrophe, so a spreadsheet shows it instead of running it as a
  formula (OWASP's advice against CSV injection); offsets are plain numbers.
"""

from __future__ import annotations

import csv
import io

from ..model import SOURCE, TARGET, Finding, Report
from . import side_evidence

__all__ = ["render_csv", "COLUMNS", "BOM"]

#: The header row.
COLUMNS = (
    "kind",
    "severity",
    "source_ids",
    "target_ids",
    "source_text",
    "source_start",
    "source_end",
    "target_text",
    "target_start",
    "target_end",
    "message",
)

#: The byte-order mark the CSV starts with.
BOM = "\ufeff"

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    text = text.replace("\x00", "\ufffd")
    return "'" + text if text.startswith(_FORMULA_START) else text


def _side_cells(report: Report, finding: Finding, side: str) -> list[str]:
    spans = side_evidence(finding, side)
    text = report.document.text_of(side)
    return [
        _cell(" … ".join(text[s:e] for s, e in spans)),
        ";".join(str(s) for s, _ in spans),
        ";".join(str(e) for _, e in spans),
    ]


def render_csv(report: Report, *, explain: bool = False) -> str:
    """One CSV row per finding, with a header row, starting with a UTF-8 byte-order mark."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS + (("rule",) if explain else ()))
    for f in report.findings:
        row = [
            _cell(f.kind),
            str(f.severity),
            _cell(" ".join(f.source)),
            _cell(" ".join(f.target)),
            *_side_cells(report, f, SOURCE),
            *_side_cells(report, f, TARGET),
            _cell(f.message),
        ]
        if explain:
            row.append(_cell(f.rule))
        writer.writerow(row)
    return BOM + out.getvalue()
