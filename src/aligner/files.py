"""Paths: reading an input file's bytes and writing a report atomically.

This is the one module of the library that touches the file system (besides
the command line). Errors are :class:`~aligner.errors.InputError` or
:class:`~aligner.errors.OutputError` with a message that names the path.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path

from .errors import InputError, LimitError, OutputError

__all__ = ["read_bytes", "write_atomic"]


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> bytes:
    """The bytes of the file at ``path``; a clear :class:`InputError` when it cannot be read."""
    p = Path(path)
    try:
        if p.is_dir():
            msg = f"{p}: is a folder, not a file; give the path of a text file"
            raise InputError(msg)
        if max_bytes is not None and p.stat().st_size > max_bytes:
            msg = (
                f"{p}: {p.stat().st_size:,} bytes is more than the limit of {max_bytes:,}; "
                "raise it with --max-chars if this is intended"
            )
            raise LimitError(msg)
        return p.read_bytes()
    except FileNotFoundError as exc:
        msg = f"{p}: no such file; check the path"
        raise InputError(msg) from exc
    except PermissionError as exc:
        msg = f"{p}: permission denied; aligner may not read this file"
        raise InputError(msg) from exc
    except OSError as exc:
        msg = f"{p}: cannot be read ({exc.strerror or exc})"
        raise InputError(msg) from exc


def write_atomic(path: str | os.PathLike[str], text: str | Iterable[str]) -> None:
    """Write ``text`` (UTF-8; a string, or pieces written one after the other) to ``path`` so
    that the file is either whole or untouched.

    The text goes to a temporary file beside ``path`` first, which then replaces it.
    """
    p = Path(path)
    folder = p.parent if str(p.parent) else Path(".")
    if not folder.is_dir():
        msg = f"{p}: the folder {folder} does not exist; create it first or choose another output path"
        raise OutputError(msg)
    if p.is_dir():
        msg = f"{p}: is a folder; give a file name for the report"
        raise OutputError(msg)
    import tempfile  # here: most runs write no file, and the module costs a start a few milliseconds

    tmp = None
    written = ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            for piece in (text,) if isinstance(text, str) else text:
                written = piece
                fh.write(piece)
        os.replace(tmp, p)
        tmp = None
    except OSError as exc:
        msg = f"{p}: the report could not be written ({exc.strerror or exc})"
        raise OutputError(msg) from exc
    except UnicodeEncodeError as exc:
        bad = ord(written[exc.start])
        msg = f"{p}: the report could not be written (U+{bad:04X} at character {exc.start:,} is no character)"
        raise OutputError(msg) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
