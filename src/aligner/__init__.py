"""aligner: align an archival Russian original with its English translation and report where they disagree.

>>> import aligner
>>> report = aligner.check_file("seeds/000_96339cd9aa67a779.txt")      # doctest: +SKIP
>>> for finding in report.findings:                                     # doctest: +SKIP
...     print(finding.severity, finding.kind, finding.message)
>>> aligner.save_report(report, "report.html")                          # doctest: +SKIP

The records (``Report``, ``Segment``, ``Bead``, ``Finding`` …) are frozen
``attrs`` classes; see :mod:`aligner.model`. Property-based test strategies
live in :mod:`aligner.strategies` (import it explicitly).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("aligner")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"

# The version is set before the submodules load: some of them put it in signatures.

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
from .pipeline import check_document, check_file, check_page, check_texts, save_report
from .render import formats, render

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
    "Config",
    # records
    "Span",
    "Segment",
    "SegmentKind",
    "Side",
    "Metadata",
    "Document",
    "Mention",
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
