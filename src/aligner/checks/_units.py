"""Figures in units (``units.toml``): "130 км" given as "some 80 miles" is one distance; "9 тыс. центнеров"
given as "9,000 tons" is the same figure of another quantity."""

from __future__ import annotations

import functools

import regex

from ..resources import data_toml

__all__ = [
    "misconverted_in_brackets",
    "names_a_share",
    "other_units",
    "percent_and_points",
    "same_in_units",
    "restated_in_brackets",
    "same_quantity",
    "unit_of",
    "units_named",
]

#: How far two converted figures may lie apart (a share of the larger) and still be one quantity: an
#: edition rounds what it converts ("130 км" is 80.8 miles, given as "80 miles").
_TOLERANCE = 0.05


@functools.cache
def _units(language: str) -> dict[str, tuple[str, str, tuple[float, ...]]]:
    """Each form of a unit in ``language``: the unit's id, its dimension and its sizes."""
    out: dict[str, tuple[str, str, tuple[float, ...]]] = {}
    for unit in data_toml("units.toml").get("unit", []):
        for form in unit.get(language, []):
            # the first unit a form names converts ("pounds": the weight before the currency)
            out.setdefault(form, (unit["id"], unit["dimension"], tuple(unit["sizes"])))
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


#: What lies between a figure and its conversion in brackets: the figure's unit (a word or two), the
#: bracket and at most two words of hedge ("20,400 hectares (about 50,400 acres)",
#: "420 м (около 1.380 футов)").
_BRACKET_GAP = regex.compile(r"[^\S\n]*+(?:[\p{L}.'’]+[^\S\n]*+){1,3}\([^\S\n]*+(?:[\p{L}.]+[^\S\n]++){0,2}")


def restated_in_brackets(
    text: str, before: tuple[float, str, int], figure: tuple[float, str, int], language: str
) -> bool:
    """Whether ``figure`` (its value, its quote with its unit, where it starts) only converts the figure
    ``before`` it (value, quote, where that one ends) into another unit, in brackets right after it: a
    translator's gloss ("1,016 kg (about 2,240 lb)", "1.5 billion poods (some 24.6 million tons)"), no
    figure of its own. The two must agree once converted (:func:`same_quantity`)."""
    value_b, quote_b, end_b = before
    value_f, quote_f, start_f = figure
    gap = _BRACKET_GAP.fullmatch(text, end_b, start_f)
    return gap is not None and same_quantity(value_b, quote_b, language, value_f, quote_f, language)


def misconverted_in_brackets(
    text: str, before: tuple[float, str, int], figure: tuple[float, str, int], language: str
) -> float | None:
    """What ``figure`` should read when it stands in brackets after ``before`` (as in
    :func:`restated_in_brackets`) in another unit of the same dimension but does not agree with it
    ("3,600 hectares (about 12,000 acres)": 8,896), or None (no such conversion, or it agrees)."""
    value_b, quote_b, end_b = before
    value_f, quote_f, start_f = figure
    if _BRACKET_GAP.fullmatch(text, end_b, start_f) is None:
        return None
    unit_b, unit_f = unit_of(quote_b, language), unit_of(quote_f, language)
    if unit_b is None or unit_f is None or unit_b[0] == unit_f[0] or unit_b[1] != unit_f[1]:
        return None
    if (
        not unit_b[2]
        or not unit_f[2]
        or same_quantity(value_b, quote_b, language, value_f, quote_f, language)
    ):
        return None
    return value_b * unit_b[2][0] / unit_f[2][0]


@functools.cache
def _sizes() -> dict[str, tuple[str, tuple[float, ...]]]:
    """Each unit with its dimension and its sizes."""
    units = data_toml("units.toml").get("unit", [])
    return {u["id"]: (u["dimension"], tuple(u["sizes"])) for u in units}


def same_in_units(value_s: float, units_s: frozenset[str], value_t: float, units_t: frozenset[str]) -> bool:
    """Whether two figures agree once converted, their units given as :func:`units_named` finds them
    (past a scale word: «100 млн. пудов» counts poods): "100 million poods" and "1.6 million tons"."""
    if not units_s or not units_t or units_s & units_t:
        return False
    sizes = _sizes()
    for unit_s in units_s:
        for unit_t in units_t:
            (dim_s, sizes_s), (dim_t, sizes_t) = sizes[unit_s], sizes[unit_t]
            if dim_s != dim_t:
                continue
            for size_s in sizes_s:
                for size_t in sizes_t:
                    a, b = value_s * size_s, value_t * size_t
                    if a > 0 and b > 0 and abs(a - b) <= _TOLERANCE * max(a, b):
                        return True
    return False


def _fold(form: str) -> str:
    """A unit's form as it is looked up: lower case, periods as spaces ("ф. ст." is "ф ст")."""
    return " ".join(form.lower().replace(".", " ").split())


@functools.cache
def _forms(language: str) -> dict[str, frozenset[str]]:
    """Each form of a unit in ``language`` (one or two words) with every unit it may name."""
    out: dict[str, set[str]] = {}
    for unit in data_toml("units.toml").get("unit", []):
        for form in unit.get(language, []):
            out.setdefault(_fold(form), set()).add(unit["id"])
    return {form: frozenset(ids) for form, ids in out.items()}


@functools.cache
def _signs() -> dict[str, str]:
    """Each sign written by a figure ("$", "£") with its unit."""
    units = data_toml("units.toml").get("unit", [])
    return {sign: unit["id"] for unit in units for sign in unit.get("signs", [])}


@functools.cache
def _dimensions() -> dict[str, str]:
    """Each unit with the dimension it measures."""
    return {unit["id"]: unit["dimension"] for unit in data_toml("units.toml").get("unit", [])}


#: The one or two words after a figure on its line ("тугриков", "фунтов стерлингов", "ф. ст."), past the
#: period of a scale the figure ends in ("9 тыс." of "9 тыс. центнеров").
_WORDS_AFTER = regex.compile(r"\.?[^\S\n]*+(\p{L}[\p{L}\p{M}'’]*)(?:\.?[^\S\n]*+(\p{L}[\p{L}\p{M}'’]*))?")


def units_named(text: str, start: int, end: int, language: str) -> tuple[frozenset[str], int, int]:
    """The units the figure at ``text[start:end]`` counts, with where the figure and its unit begin and
    end: a sign before or in it ("$10 million"), else the two words after it ("10 млн. фунтов
    стерлингов"), the one word ("14 млн. тугриков") or the word after that one ("30 млн. американских
    долларов"). No units when it names none of ``units.toml``."""
    signed = text[max(0, start - 1) : end]
    signs = frozenset(unit for sign, unit in _signs().items() if sign in signed)
    if signs:
        return signs, start - (not text[start:end].startswith(tuple(_signs()))) * (start > 0), end
    m = _WORDS_AFTER.match(text, end)
    if m is None:
        return frozenset(), start, end
    forms = _forms(language)
    first = m.group(1).lower()
    if m.group(2):
        two = forms.get(f"{first} {m.group(2).lower()}")
        if two:
            return two, start, m.end(2)
    one = forms.get(first, frozenset())
    if one:
        return one, start, m.end(1)
    second = (m.group(2) or "").lower()
    if len(second) >= _SHORTEST_AFTER_WORD:  # a word between: "американских долларов", "metric tons"
        after = forms.get(second)
        if after:
            return after, start, m.end(2)
    return frozenset(), start, end


#: The shortest unit read past a word between it and its figure (not "т", "м": other abbreviations).
_SHORTEST_AFTER_WORD = 3


@functools.cache
def _plurals() -> dict[str, str]:
    """Each unit's name in the plural, for a message ("pounds sterling", "yuan")."""
    units = data_toml("units.toml").get("unit", [])
    return {u["id"]: u.get("plural", u["id"].replace("_", " ") + "s") for u in units}


def other_units(units_s: frozenset[str], units_t: frozenset[str]) -> tuple[str, str] | None:
    """The units, as words, when a figure and its counterpart count different units of one dimension
    (centners and tons, tugriks and rubles, hectares and acres); None when either names no unit, both
    may name one unit ("фунтов стерлингов" and "pounds") or the units measure different things."""
    if not units_s or not units_t or units_s & units_t:
        return None
    dims = _dimensions()
    shared = {dims[u] for u in units_s} & {dims[u] for u in units_t}
    if not shared:
        return None

    def word(units: frozenset[str]) -> str:
        return " or ".join(sorted(_plurals()[u] for u in units if dims[u] in shared))

    return word(units_s), word(units_t)


@functools.cache
def _share_words(language: str) -> tuple[str, ...]:
    """The words that name a share of a whole in ``language`` (``[share]`` of ``units.toml``)."""
    return tuple(w.lower() for w in data_toml("units.toml").get("share", {}).get(language, []))


def names_a_share(text: str, language: str) -> bool:
    """Whether ``text`` speaks of a share of a whole («удельный вес», "the share of"): there a change given
    in per cent on one side and in percentage points on the other may well be one figure."""
    words = " ".join(regex.findall(r"[\p{L}]+", text.lower()))
    shares = _share_words(language)
    return any(regex.search(rf"(?<!\p{{L}}){regex.escape(w)}(?!\p{{L}})", words) for w in shares)


def percent_and_points(units_s: frozenset[str], units_t: frozenset[str]) -> bool:
    """Whether one figure counts per cent and the other percentage points."""
    return {"percent", "percentage_point"} <= (units_s | units_t) and not units_s & units_t
