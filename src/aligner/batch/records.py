"""The records of a batch run: what happened to each document, and the summary of the run."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from ..model import Severity

#: The ways a batch can run: a pool of processes on this machine, or a Dask cluster.
ENGINES = ("process", "dask")

#: The file name of the run's summary in the output folder.
SUMMARY_NAME = "summary.json"

#: The ``schema`` value of ``summary.json`` (a contract, like the JSON report's).
SUMMARY_SCHEMA = "aligner.batch/1"

#: What a document's status in a run can be.
CHECKED, SKIPPED, FAILED = "checked", "skipped", "failed"

_SEVERITIES = tuple(s.value for s in (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.INFO))

# Documents in flight per worker: enough to keep every worker busy, few enough
# that a folder of a million pages is not read into memory at once.
_IN_FLIGHT_PER_JOB = 4

# Why a page failed when the process checking it died (twice).
_LOST = "the process checking this page stopped unexpectedly (out of memory?)"

Counts = tuple[tuple[str, int], ...]


def _counts(value: Iterable[tuple[str, int]]) -> Counts:
    return tuple((str(k), int(n)) for k, n in value)


# ------------------------------------------------------------------ records


@attrs.frozen(kw_only=True)
class BatchFailure:
    """A document that could not be checked: its path and the reason, in one line."""

    path: str
    error: str


@attrs.frozen(kw_only=True)
class DocumentResult:
    """What happened to one document of a run.

    ``status`` is ``checked`` (a report was written now), ``skipped`` (its
    report was already up to date) or ``failed`` (no report; ``error`` says
    why). ``report`` is the report's path. ``by_kind`` and ``by_severity``
    count the document's findings; ``counted`` is False for a skipped document
    whose counts the previous summary does not record (and for a failed one).
    """

    path: str
    report: str
    status: str = attrs.field(validator=attrs.validators.in_((CHECKED, SKIPPED, FAILED)))
    error: str = ""
    by_kind: Counts = attrs.field(default=(), converter=_counts)
    by_severity: Counts = attrs.field(default=(), converter=_counts)
    counted: bool = False
    signature: str = ""


@attrs.frozen(kw_only=True)
class BatchSummary:
    """The outcome of a batch run.

    ``documents`` inputs were given: ``checked`` were checked now, ``skipped``
    had an up-to-date report, and ``failed`` could not be checked (each with
    its path and reason). ``by_kind`` and ``by_severity`` count the findings of
    every document with a report, skipped ones included when the previous
    summary recorded their counts; severities run worst first, zeros included.
    ``signature`` is the reproducibility signature of the reports made;
    ``options`` every option the reports depend on (a later run that is given
    other options checks every page again).
    """

    documents: int
    checked: int
    skipped: int
    failed: tuple[BatchFailure, ...]
    by_kind: Counts = attrs.field(converter=_counts)
    by_severity: Counts = attrs.field(converter=_counts)
    signature: str
    format: str
    out_dir: str
    options: tuple[tuple[str, Any], ...] = attrs.field(repr=False)
    results: tuple[DocumentResult, ...] = attrs.field(repr=False)
    seconds: float = attrs.field(default=0.0, eq=False)

    @property
    def findings(self) -> int:
        """How many findings the counted documents hold in all."""
        return sum(n for _, n in self.by_severity)

    def reaches(self, severity: Severity | str) -> bool:
        """Whether any counted finding is at ``severity`` or worse."""
        threshold = Severity(severity)
        return any(n and Severity(s).at_least(threshold) for s, n in self.by_severity)

    def to_json(self) -> dict[str, Any]:
        """The summary as written to ``summary.json`` (schema ``aligner.batch/1``)."""
        return {
            "schema": SUMMARY_SCHEMA,
            "signature": self.signature,
            "format": self.format,
            "options": dict(self.options),
            "documents": self.documents,
            "checked": self.checked,
            "skipped": self.skipped,
            "failed": [{"path": f.path, "error": f.error} for f in self.failed],
            "findings": {
                "total": self.findings,
                "by_kind": dict(self.by_kind),
                "by_severity": dict(self.by_severity),
            },
            "reports": [_result_json(r, self.out_dir) for r in self.results],
        }

    def describe(self) -> str:
        """A few lines for a person: what was checked, what was found, what failed."""
        lines = [
            f"{self.documents} document{_s(self.documents)}: {self.checked} checked, "
            f"{self.skipped} skipped (report up to date), {len(self.failed)} failed"
            + (f" in {self.seconds:.1f} s" if self.seconds else "")
        ]
        if self.findings:
            sev = ", ".join(f"{n} {s}" for s, n in self.by_severity if n)
            kinds = ", ".join(f"{k} {n}" for k, n in self.by_kind)
            lines.append(f"{self.findings} finding{_s(self.findings)} ({sev}); by kind: {kinds}")
        else:
            lines.append("no findings")
        for f in self.failed:
            lines.append(f"failed: {f.error if f.error.startswith(f.path) else f'{f.path}: {f.error}'}")
        lines.append(f"reports and {SUMMARY_NAME} are in {self.out_dir}")
        return "\n".join(lines) + "\n"


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def _result_json(r: DocumentResult, out_dir: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"path": r.path, "status": r.status}
    if r.status == FAILED:
        entry["error"] = r.error
        return entry
    entry["report"] = _relative(r.report, out_dir)
    if r.counted:
        entry["findings"] = {"by_kind": dict(r.by_kind), "by_severity": dict(r.by_severity)}
        entry["signature"] = r.signature
    return entry


def _relative(path: str, folder: str) -> str:
    try:
        return Path(path).relative_to(folder).as_posix()
    except ValueError:
        return path
