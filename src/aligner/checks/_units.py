"""Figures in converted units: "130 км" given as "some 80 miles" is one distance (``units.toml``)."""

from __future__ import annotations

import functools

from ..resources import data_toml

__all__ = ["same_quantity", "unit_of"]

#: How far two converted figures may lie apart (a share of the larger) and still be one quantity: an
#: edition rounds what it converts ("130 км" is 80.8 miles, given as "80 miles").
_TOLERANCE = 0.05


@functools.cache
def _units(language: str) -> dict[str, tuple[str, str, tuple[float, ...]]]:
    """Each form of a unit in ``language``: the unit's id, its dimension and its sizes."""
    out: dict[str, tuple[str, str, tuple[float, ...]]] = {}
    for unit in data_toml("units.toml").get("unit", []):
        for form in unit.get(language, []):
            out[form] = (unit["id"], unit["dimension"], tuple(unit["sizes"]))
    return out


def unit_of(quote: str, language: str) -> tuple[str, str, tuple[float, ...]] | None:
    """The unit the last word of a number's quote names ("130 км" names the kilometre), if any."""
    words = quote.lower().rstrip(".,;:").split()
    if len(words) < 2:
        return None
    return _units(language).get(words[-1].rstrip("."))


def same_quantity(
    value_s: float, quote_s: str, language_s: str, value_t: float, quote_t: str, language_t: str
) -> bool:
    """Whether two figures in different units of one dimension agree once converted (either size of an
    ambiguous unit will do). Figures in one unit, or with no unit, are never the same by this rule."""
    unit_s, unit_t = unit_of(quote_s, language_s), unit_of(quote_t, language_t)
    if unit_s is None or unit_t is None or unit_s[0] == unit_t[0] or unit_s[1] != unit_t[1]:
        return False
    for size_s in unit_s[2]:
        for size_t in unit_t[2]:
            a, b = value_s * size_s, value_t * size_t
            if a > 0 and b > 0 and abs(a - b) <= _TOLERANCE * max(a, b):
                return True
    return False
