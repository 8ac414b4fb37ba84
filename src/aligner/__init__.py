"""aligner: align an archival Russian original with its English translation and report where they disagree.

>>> import aligner
>>> report = aligner.check_file("seeds/000_96339cd9aa67a779.txt")      # doctest: +SKIP
>>> for finding in report.findings:                                     # doctest: +SKIP
...     print(finding.severity, finding.kind, finding.message)
>>> aligner.save_report(report, "report.html")                          # doctest: +SKIP

The records (``Report``, ``Segment``, ``Bead``, ``Finding`` …) are frozen
``attrs`` classes; see :mod:`aligner.model`. Property-based test strategies
live in :mod:`aligner.testing` (the ``testing`` extra; import it explicitly;
:mod:`aligner.strategies` is the same kit under its first name).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the names are imported on first use (PEP 562), so `aligner --help` starts fast
    from .config import Config
    from .errors import (
        AlignerError,
        ConfigError,
        EncodingError,
        InputError,
        InvariantError,
        LimitError,
        OutputError,
        StructureError,
    )
    from .features.values import ConceptRef, DatePoint, DateValue, NumberValue
    from .invariants import check_invariants
    from .model import (
        Alignment,
        Bead,
        Document,
        Features,
        Finding,
        Mention,
        Metadata,
        Report,
        Segment,
        SegmentKind,
        Severity,
        Side,
        Span,
    )
    from .pipeline import available_checks, check_document, check_file, check_page, check_texts, save_report
    from .render.json import report_from_json
    from .render.json import schema as report_schema

    __version__: str

#: Where each public name lives; :func:`__getattr__` imports it when it is first asked for.
_HOMES = {
    "Config": "config",
    **dict.fromkeys(
        (
            "AlignerError",
            "ConfigError",
            "EncodingError",
            "InputError",
            "InvariantError",
            "LimitError",
            "OutputError",
            "StructureError",
        ),
        "errors",
    ),
    **dict.fromkeys(
        (
            "Alignment",
            "Bead",
            "Document",
            "Features",
            "Finding",
            "Mention",
            "Metadata",
            "Report",
            "Segment",
            "SegmentKind",
            "Severity",
            "Side",
            "Span",
        ),
        "model",
    ),
    **dict.fromkeys(
        ("available_checks", "check_document", "check_file", "check_page", "check_texts", "save_report"),
        "pipeline",
    ),
    "report_from_json": "render.json",
    "check_invariants": "invariants",
    **dict.fromkeys(("NumberValue", "DateValue", "DatePoint", "ConceptRef"), "features.values"),
}
#: Public names kept under another name in their home module.
_RENAMED = {"report_schema": ("render.json", "schema")}


def _version() -> str:
    # The installed distribution's folder names its version (aligner-0.1.0.dist-info): read
    # that rather than import importlib.metadata, which costs a cold start 20 ms or more.
    import os
    import sys

    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith("aligner-") and name.endswith(".dist-info"):
                return name[len("aligner-") : -len(".dist-info")]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("aligner")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
        return "0.0.0"


def __getattr__(name: str) -> Any:
    """Import a public name on first use (``aligner.check_file`` loads the pipeline then)."""
    if name == "__version__":
        value: Any = _version()
    elif name in _HOMES:
        value = getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    elif name in _RENAMED:
        home, attr = _RENAMED[name]
        value = getattr(importlib.import_module(f".{home}", __name__), attr)
    else:
        msg = f"module 'aligner' has no attribute {name!r}"
        raise AttributeError(msg)
    globals()[name] = value
    return value


# ``render`` is both a submodule and the function it exports: imported here, at once, so that the name
# is the function whatever imports the submodule later (a lazy name would be replaced by the module).
from .render import formats, render  # noqa: E402


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "__version__",
    # the front door
    "check_file",
    "check_page",
    "check_texts",
    "check_document",
    "render",
    "formats",
    "save_report",
    "available_checks",
    "Config",
    # the JSON report: its schema, and reading one back
    "report_schema",
    "report_from_json",
    # records
    "Span",
    "Segment",
    "SegmentKind",
    "Side",
    "Metadata",
    "Document",
    "Mention",
    "NumberValue",
    "DateValue",
    "DatePoint",
    "ConceptRef",
    "Features",
    "Bead",
    "Alignment",
    "Finding",
    "Severity",
    "Report",
    # errors
    "AlignerError",
    "InputError",
    "EncodingError",
    "StructureError",
    "LimitError",
    "ConfigError",
    "OutputError",
    "InvariantError",
    "check_invariants",
]
