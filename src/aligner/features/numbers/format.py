"""Numbers as a historian writes them: ``25-35``, ``2,000,000,000``, ``1.5``, ``17:47``."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["format_value", "format_time"]


def _one(v: float) -> str:
    """One number as a reader writes it: 25, 1950, 12,000, 2,000,000,000, 1.5, 0.3333."""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, int):
        return f"{v:,}" if abs(v) >= 10000 else str(v)
    if v != v or v in (float("inf"), float("-inf")):
        return str(v)
    return f"{v:,.4f}".rstrip("0").rstrip(".")


def format_value(values: Sequence[float]) -> str:
    """A number value as a historian writes it: ``25-35``, ``2``, ``1.5``, ``-50``."""
    return (
        "–".join(_one(v) for v in values) if any(v < 0 for v in values) else "-".join(_one(v) for v in values)
    )


def format_time(minutes: float) -> str:
    """A clock time in minutes after midnight as ``HH:MM`` (``17:47``)."""
    h, m = divmod(int(round(minutes)), 60)
    return f"{h:02d}:{m:02d}"
