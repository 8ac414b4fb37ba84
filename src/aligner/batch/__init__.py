"""Check every archive page of a folder: one report per document and a summary of the run.

:func:`run_batch` is the library entry point; ``aligner batch`` is its thin
command line (:mod:`aligner.batch.command`, called from :mod:`aligner.cli`).
The package's modules: :mod:`~aligner.batch.records` (what a run reports),
:mod:`~aligner.batch.engines` (where documents are checked),
:mod:`~aligner.batch.run` (the run itself). The work runs in a pool of processes on this machine
(``engine="process"``) or on a Dask cluster (``engine="dask"``, the ``dask``
extra). Each worker process initialises once (morphology and lexicon stay
cached in it) and then checks document after document.

The calling process reads every input and writes every report itself, so a
worker never touches the file system: it receives the bytes of one page and
gives back the rendered report and the counts of its findings. A report is
written atomically (whole or not at all); a run that is interrupted can be
started again and skips the reports already written. A document that cannot
be checked is listed in the summary with a one-line reason, and the other
documents go on.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported on first use (PEP 562): `aligner --help` and `aligner report` never run a batch
    from .records import (
        ENGINES,
        SUMMARY_NAME,
        SUMMARY_SCHEMA,
        BatchFailure,
        BatchSummary,
        DocumentResult,
    )
    from .run import collect_paths, run_batch

__all__ = [
    "ENGINES",
    "SUMMARY_NAME",
    "SUMMARY_SCHEMA",
    "BatchFailure",
    "BatchSummary",
    "DocumentResult",
    "collect_paths",
    "run_batch",
]

_HOMES = {
    **dict.fromkeys(
        ("ENGINES", "SUMMARY_NAME", "SUMMARY_SCHEMA", "BatchFailure", "BatchSummary", "DocumentResult"),
        "records",
    ),
    "collect_paths": "run",
    "run_batch": "run",
}


def __getattr__(name: str) -> Any:
    """Import a public name on first use."""
    if name not in _HOMES:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
