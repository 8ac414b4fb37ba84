"""The configuration of one run, as one frozen record.

Everything that changes a result is here, and the report's signature is built
from it (explicitly, field by field), so two reports with the same signature
were made the same way.
"""

from __future__ import annotations

import attrs

from .errors import ConfigError

__all__ = ["Config", "SPLIT_MODES", "DEFAULT_MAX_CHARS", "DEFAULT_MAX_SEGMENTS"]

#: How the sides are cut into segments: sentences (the default), or one segment per non-empty line.
SPLIT_MODES = ("sentences", "lines")

#: The largest input (in characters) read unless told otherwise: 50 million, about 25,000 pages.
DEFAULT_MAX_CHARS = 50_000_000

#: The most segments one side may have unless told otherwise (a long book has about 20,000 sentences).
DEFAULT_MAX_SEGMENTS = 100_000


def _split_mode(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in SPLIT_MODES:
        msg = f"split must be one of {', '.join(SPLIT_MODES)} (got {value!r})"
        raise ConfigError(msg)


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value <= 0:
        msg = f"{attribute.name} must be a positive number (got {value})"
        raise ConfigError(msg)


@attrs.frozen(kw_only=True)
class Config:
    """Options of one run. The defaults are what ``aligner report`` uses.

    - ``split``: ``"sentences"`` or ``"lines"`` (pre-segmented input).
    - ``max_bead``: the most segments one side of a bead may hold (2 gives 1-1 … 2-2), besides
      one segment against ``max_bead + 1`` (2 gives 1-3 and 3-1: a sentence split in three).
    - ``checks``: names of the checks to run, in order; empty runs every registered check.
    - ``lexicon_text``: an extra bilingual lexicon in hunalign's format (``english @ russian``).
    - ``max_chars``: the largest input accepted, in characters.
    - ``max_segments``: the most segments (sentences, furniture lines …) one side may have.
    - ``explain``: keep the name of the rule behind every boundary, bead and finding in the output.
    - ``second_pass``: align again with word pairs learned from the first alignment's sure beads.
    - ``debug``: check the report's invariants at the end of the run (see :mod:`aligner.invariants`);
      the environment variable ``ALIGNER_DEBUG=1`` does the same for every run.
    """

    split: str = attrs.field(default="sentences", validator=_split_mode)
    max_bead: int = attrs.field(default=2, validator=_positive)
    checks: tuple[str, ...] = ()
    lexicon_text: str = attrs.field(default="", repr=False)
    lexicon_name: str = ""
    max_chars: int = attrs.field(default=DEFAULT_MAX_CHARS, validator=_positive)
    max_segments: int = attrs.field(default=DEFAULT_MAX_SEGMENTS, validator=_positive)
    explain: bool = False
    second_pass: bool = False
    debug: bool = False
