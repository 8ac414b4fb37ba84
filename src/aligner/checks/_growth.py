"""Growth given as a multiplier on one side and as a percentage on the other: «выросло в 1,5 раза» is "rose
by 50 per cent" (the same growth: 1.5 times is 50 per cent more), and "rose 2.3 times" may be written "230
per cent" of the old figure, which a reader may take for 230 per cent more (3.3 times)."""

from __future__ import annotations

from ..model import Mention

__all__ = ["growth_reading"]

#: How far a percentage may lie from the multiplier's (in percentage points) and still render it: editions
#: round "1.47 times" to "47 per cent" or "nearly 50 per cent".
_ROUNDING = 1.0


def growth_reading(times: Mention, percent: Mention) -> str | None:
    """How ``percent`` renders the multiplier ``times``: "more" when it is the growth ("в 1,5 раза" as "by
    50 per cent"), "of" when it is the whole ("в 2,3 раза" as "230 per cent", ambiguous), else None."""
    if times.number.is_range or percent.number.is_range:
        return None
    n, p = float(times.number.low), float(percent.number.low)
    if n <= 1:
        return None
    if abs((n - 1) * 100 - p) <= _ROUNDING:
        return "more"
    if abs(n * 100 - p) <= _ROUNDING:
        return "of"
    return None
