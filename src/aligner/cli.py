"""The command line: ``aligner report``, ``aligner align``, ``aligner schema``.

Exit status: 0 done; 1 findings at or above ``--fail-on``; 2 bad usage or
unreadable input, with one line on standard error and no file written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from .cli_options import add_report_options, config_from_args
from .config import SPLIT_MODES
from .errors import AlignerError, InputError, OutputError
from .files import read_bytes, write_atomic
from .model import Report, Severity
from .render import render, render_pieces

__all__ = ["main", "build_parser"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on standard error and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{self.prog}: {message} (see {self.prog} --help)\n")


class _VersionAction(argparse.Action):
    """``--version``: the version is looked up only when asked for (it costs an import)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)  # type: ignore[arg-type]

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> NoReturn:
        from . import __version__

        parser.exit(message=f"aligner {__version__}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``aligner`` command."""
    parser = _Parser(
        prog="aligner",
        description=(
            "Align a Russian original with its English translation sentence by sentence "
            "and report where they disagree: numbers, dates, names, ranks and titles, terms, "
            "omissions, additions, OCR garbles and repeated passages."
        ),
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    rep = sub.add_parser(
        "report",
        help="check one archive page that holds the original and its translation",
        description="Check one archive page (metadata header, Russian original, English translation).",
    )
    rep.add_argument("file", metavar="FILE", help="the archive page; '-' reads standard input")
    _output_option(rep)
    add_report_options(rep)

    pair = sub.add_parser(
        "align",
        help="check a translation given as two plain-text files",
        description="Check an English translation (TARGET) against its Russian original (SOURCE).",
    )
    pair.add_argument("source", metavar="SOURCE", help="the original; '-' reads standard input")
    pair.add_argument("target", metavar="TARGET", help="the translation")
    pair.add_argument(
        "--split",
        choices=SPLIT_MODES,
        default="sentences",
        help="'lines': every non-empty line is one segment (pre-segmented corpora); default: find sentences",
    )
    _output_option(pair)
    add_report_options(pair)

    from .batch.command import add_batch_parser

    add_batch_parser(sub)

    sub.add_parser(
        "schema",
        help="print the JSON Schema of the JSON report",
        description="Print the JSON Schema of the report that --format json writes.",
    )
    return parser


def _output_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="OUT", help="write the report to OUT instead of the screen")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        return _run(args)
    except AlignerError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted")
    except Exception as exc:  # noqa: BLE001 - never show a historian a traceback
        return _fail(f"internal error ({type(exc).__name__}: {exc}); please report this with the input file")


def _fail(message: str) -> int:
    sys.stderr.write(f"aligner: {message}\n")
    return EXIT_ERROR


def _run(args: argparse.Namespace) -> int:
    from .pipeline import check_page, check_texts

    if args.command == "schema":
        import json

        from .render.json import schema

        sys.stdout.write(json.dumps(schema(), indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    config = config_from_args(args, split=getattr(args, "split", "sentences"))
    if args.command == "batch":
        from .batch.command import run_batch_command

        return run_batch_command(args, config)
    max_bytes = 4 * args.max_chars
    if args.command == "report":
        data = _read(args.file, max_bytes)
        report = check_page(data, path=_name(args.file), config=config, encoding=args.encoding)
    else:
        if args.source == "-" and args.target == "-":
            return _fail("only one of SOURCE and TARGET can be '-' (standard input)")
        source = _read(args.source, max_bytes)
        target = _read(args.target, max_bytes)
        report = check_texts(
            source,
            target,
            source_path=_name(args.source),
            target_path=_name(args.target),
            config=config,
            encoding=args.encoding,
        )
    if args.output:  # the JSON report goes to the file item by item, never held whole
        write_atomic(args.output, render_pieces(report, args.format, explain=args.explain))
    else:
        _write_stdout(render(report, args.format, explain=args.explain))
    return _status(report, args.fail_on)


def _name(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _read(path: str, max_bytes: int) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            msg = f"<stdin>: more than {max_bytes:,} bytes; raise --max-chars if this is intended"
            raise InputError(msg)
        return data
    return read_bytes(path, max_bytes=max_bytes)


def _write_stdout(text: str) -> None:
    out = sys.stdout
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        msg = f"<stdout>: the report could not be written (U+{ord(text[exc.start]):04X} is no character)"
        raise OutputError(msg) from exc
    try:
        if hasattr(out, "buffer"):
            out.buffer.write(data)
            out.flush()
        else:
            out.write(text)
    except BrokenPipeError:  # the reader (head, less) went away: not an error of ours
        sys.stderr.close()


def _status(report: Report, fail_on: str | None) -> int:
    if fail_on is None:
        return EXIT_OK
    threshold = Severity(fail_on)
    return EXIT_FINDINGS if any(f.severity.at_least(threshold) for f in report.findings) else EXIT_OK
