"""The one exception hierarchy of aligner.

Every error the library raises on purpose is an :class:`AlignerError`. Each
subclass also derives from the builtin that fits it, so callers that already
catch ``ValueError`` or ``OSError`` keep working. Messages name the thing,
what was expected, what was found, and what to do about it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")

__all__ = [
    "AlignerError",
    "InputError",
    "EncodingError",
    "StructureError",
    "LimitError",
    "ConfigError",
    "OutputError",
    "InvariantError",
    "guarded",
]


class AlignerError(Exception):
    """Base class of every error aligner raises on purpose."""


class InputError(AlignerError, ValueError):
    """The input cannot be used: empty, binary, or not a text aligner can read."""


class EncodingError(InputError, UnicodeError):
    """The bytes of a file are in no encoding aligner can recognise (or not the one forced)."""


class StructureError(InputError):
    """An archive page lacks a part aligner needs (the original or the translation)."""


class LimitError(InputError):
    """The input exceeds a configured limit (the largest document aligner will read)."""


class ConfigError(AlignerError, ValueError):
    """An option or a data file of the configuration is invalid."""


class OutputError(AlignerError, OSError):
    """A report could not be written where it was asked to go."""


class InvariantError(AlignerError, RuntimeError):
    """A report broke one of aligner's own promises (a bug in aligner: please report it with the input)."""


def guarded(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Make ``fn`` (an entry point of the library) raise only :class:`AlignerError` for runaway inputs.

    ``OverflowError``, ``RecursionError``, ``MemoryError`` and a regular
    expression's ``TimeoutError`` become a :class:`LimitError` whose message
    says what happened in plain words; other errors pass unchanged.
    """

    @functools.wraps(fn)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return fn(*args, **kwargs)
        except AlignerError:
            raise
        except OverflowError as exc:
            msg = (
                "the input holds a value too large to compare (a number with hundreds of digits?); "
                f"shorten it or leave that part out ({exc})"
            )
            raise LimitError(msg) from exc
        except RecursionError as exc:
            msg = "the input is nested too deeply to read; split the document into smaller parts"
            raise LimitError(msg) from exc
        except MemoryError as exc:
            msg = "the input is too large to check in the memory available; split it into smaller parts"
            raise LimitError(msg) from exc
        except TimeoutError as exc:
            msg = "a part of the input took too long to read (a pathological run of characters?); split it"
            raise LimitError(msg) from exc

    return wrapper
