"""The options ``aligner report``, ``aligner align`` and ``aligner batch`` share, defined once.

:func:`add_report_options` adds them to a command's parser as one group
("report options"), so the three commands spell, default and explain them
alike; :func:`config_from_args` turns them into a :class:`~aligner.config.Config`.
"""

from __future__ import annotations

import argparse

from .config import DEFAULT_MAX_CHARS, DEFAULT_MAX_SEGMENTS, Config
from .errors import ConfigError
from .files import read_bytes
from .model import Severity

__all__ = ["REPORT_OPTIONS_TITLE", "add_report_options", "config_from_args"]

#: The heading of the shared options in every command's ``--help``.
REPORT_OPTIONS_TITLE = "report options"


def add_report_options(parser: argparse.ArgumentParser) -> None:
    """Add the options that say how each document is checked and reported, as one group."""
    from .render import formats

    group = parser.add_argument_group(
        REPORT_OPTIONS_TITLE, "how each document is checked and reported (report, align and batch alike)"
    )
    group.add_argument(
        "--format",
        "-f",
        choices=formats(),
        default="text",
        help="report format (default: text, the alignment side by side, then the findings)",
    )
    group.add_argument(
        "--fail-on",
        choices=[s.value for s in Severity],
        metavar="SEVERITY",
        help="exit with status 1 when a finding at or above SEVERITY "
        "(critical, major, minor, info) is reported",
    )
    group.add_argument(
        "--encoding",
        help="the input's encoding (default: detected for each file; utf-8, cp1251, koi8-r, utf-16)",
    )
    group.add_argument(
        "--lexicon",
        metavar="FILE",
        help="an extra Russian–English dictionary in hunalign's format, "
        "one 'english @ russian' entry per line",
    )
    group.add_argument(
        "--explain",
        action="store_true",
        help="name the rule behind every boundary, bead and finding",
    )
    group.add_argument(
        "--second-pass",
        action="store_true",
        help="align twice, the second time also using word pairs learned from the first alignment",
    )
    group.add_argument(
        "--max-chars",
        type=int,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help=f"refuse an input longer than N characters (default: {DEFAULT_MAX_CHARS:,})",
    )
    group.add_argument(
        "--max-segments",
        type=int,
        default=DEFAULT_MAX_SEGMENTS,
        metavar="N",
        help=f"refuse a side with more than N segments (default: {DEFAULT_MAX_SEGMENTS:,})",
    )


def config_from_args(args: argparse.Namespace, *, split: str = "sentences") -> Config:
    """The configuration the shared options ask for (the ``--lexicon`` file read and decoded).

    Raises :class:`~aligner.errors.AlignerError` for a bad value or an unreadable lexicon.
    """
    for option, value in (("--max-chars", args.max_chars), ("--max-segments", args.max_segments)):
        if value <= 0:
            msg = f"{option} must be a positive number (got {value})"
            raise ConfigError(msg)
    lexicon_text = ""
    if args.lexicon:
        from .read import decode_bytes

        lexicon_text = decode_bytes(read_bytes(args.lexicon), name=args.lexicon, encoding=args.encoding)
    return Config(
        split=split,
        lexicon_text=lexicon_text,
        lexicon_name=args.lexicon or "",
        max_chars=args.max_chars,
        max_segments=args.max_segments,
        explain=args.explain,
        second_pass=args.second_pass,
    )
