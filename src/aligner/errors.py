"""The one exception hierarchy of aligner.

Every error the library raises on purpose is an :class:`AlignerError`. Each
subclass also derives from the builtin that fits it, so callers that already
catch ``ValueError`` or ``OSError`` keep working. Messages name the thing,
what was expected, what was found, and what to do about it.
"""

from __future__ import annotations

__all__ = [
    "AlignerError",
    "InputError",
    "EncodingError",
    "StructureError",
    "LimitError",
    "ConfigError",
    "OutputError",
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
