"""The command line of a batch run: ``aligner batch DIR -o OUTDIR``, a thin layer over :func:`run_batch`.

The options that say how each document is checked (``--format``,
``--fail-on``, ``--lexicon`` …) are those of ``aligner report``, from
:mod:`aligner.cli_options`; only the options of the run itself are defined here.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..cli_options import add_report_options
from ..config import Config
from ..errors import ConfigError
from .records import ENGINES

__all__ = ["add_batch_parser", "run_batch_command"]

_BATCH_EPILOG = """\
Reports are written as OUTDIR/<stem><suffix> (the page's folder below DIR is kept
when --glob descends with '**'), each whole or not at all, and OUTDIR/summary.json
lists every page, the pages that failed with the reason, and the findings by kind
and by severity. A page whose report is at least as new as the page is skipped
unless --force, or unless summary.json records other options (format, lexicon,
--explain, version) than this run's; a page that failed has no report and is
tried again next time.

exit status:
  0  every page was checked (or skipped) and no finding reached --fail-on
  1  a page could not be checked (it is listed in the summary), or a finding
     reached --fail-on (counting skipped pages' findings the summary recorded)
  2  bad usage, an unreadable DIR, no page matching --glob, or OUTDIR not
     writable; one line on standard error and nothing written
"""


def add_batch_parser(sub: Any) -> argparse.ArgumentParser:
    """Add the ``batch`` sub-command to the ``aligner`` command's sub-parsers ``sub``."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "batch",
        help="check every archive page in a folder, one report each and a summary",
        description="Check every archive page in DIR with a pool of processes (or a Dask cluster).",
        epilog=_BATCH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("folder", metavar="DIR", help="the folder of archive pages")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUTDIR",
        required=True,
        help="the folder for the reports and summary.json",
    )
    parser.add_argument(
        "--glob",
        default="*.txt",
        metavar="PATTERN",
        help="which files are pages (default: *.txt; **/*.txt descends)",
    )
    parser.add_argument(
        "--jobs", "-j", type=int, metavar="N", help="worker processes (default: the number of CPUs)"
    )
    parser.add_argument(
        "--force", action="store_true", help="check every page, even one with an up-to-date report"
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on standard error (default: only when it is a terminal)",
    )
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="process",
        help="process: this machine (default); dask: a Dask cluster",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="the Dask scheduler for --engine dask, e.g. tcp://host:8786",
    )
    add_report_options(parser)
    return parser


def run_batch_command(args: argparse.Namespace, config: Config) -> int:
    """Run ``aligner batch`` for parsed ``args``; print the short summary; return the exit status.

    Errors of the whole run propagate as :class:`~aligner.errors.AlignerError`
    (the command line turns them into status 2).
    """
    from .run import collect_paths, run_batch  # here: the parser alone is built for every command

    if args.jobs is not None and args.jobs < 1:
        msg = f"--jobs must be a positive number (got {args.jobs})"
        raise ConfigError(msg)
    if args.scheduler and args.engine != "dask":
        msg = "--scheduler is for --engine dask; add --engine dask or leave --scheduler out"
        raise ConfigError(msg)
    paths = collect_paths(args.folder, args.glob)
    summary = run_batch(
        paths,
        args.output,
        format=args.format,
        config=config,
        jobs=args.jobs,
        force=args.force,
        engine=args.engine,
        scheduler=args.scheduler,
        progress=args.progress,
        encoding=args.encoding,
        root=args.folder if "**" in args.glob or "/" in args.glob else None,
    )
    sys.stdout.write(summary.describe())
    sys.stdout.flush()
    if summary.failed or (args.fail_on and summary.reaches(args.fail_on)):
        return 1
    return 0
