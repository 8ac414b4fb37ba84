"""Numbers in digits and Roman numerals: "1 000", "1,000", "2,5", "1.247,6", "-50", "2 1/2", "XXI".

A number after a reference marker ("№", "л.") is a reference, one glued to a slash an identifier, a
designation or a footnote mark a mark of the page (:mod:`..marks`), "1." opening a segment an enumerator.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from ...morph import ru_parses
from ...spelling import digit_garbles
from ..marks import ID_CHAIN, mark_family
from .items import _WINDOW, _Item, _overlaps
from .lexicon import _Lexicon

_SPACES = " \u00a0\u202f\u2009"
# Before a number: no digit or letter, except the "x" of dimensions (60x100, 19х12х7).
_BEFORE = r"(?:(?<![\d\p{L}])|(?<=\d[xXхХ×]))"
# A group of three figures that belongs to the word after it, not to the number before: a compound
# ("96 152-мм гаубиц": 96 howitzers of 152 mm, "3 100-тонных") or a calibre ("69 152 mm howitzers");
# a case ending after the hyphen is the whole number's ("10 000-й", "25 000-го").
_ENDING = r"(?:й|я|е|х|м|го|му|ми|ых|их|ая|ое|ой|ый|ий|ом|ым|ую|th)(?!\p{L})"
_OWN_GROUP = rf"(?![-\u2010\u2011](?!{_ENDING})\p{{L}}|[ \u00a0]?(?:mm|мм)(?!\p{{L}}))"
_DIGITS = {
    "ru": regex.compile(
        rf"{_BEFORE}(?P<int>\d{{1,3}}(?:[{_SPACES}.]\d{{3}})+(?![\d]|\.\d|[xXхХ×]\d){_OWN_GROUP}|\d+)"
        r"(?:[.,](?P<frac>\d+))?"
    ),
    # English groups with commas too; a figure grouped by commas only is one number whatever follows
    # it ("1,020 mm", "3,100-ton"): the group of a compound or a calibre stands apart after a space only
    "en": regex.compile(
        rf"{_BEFORE}(?P<int>\d{{1,3}}(?:[{_SPACES},]\d{{3}})+(?![\d]|,\d|[xX×]\d){_OWN_GROUP}"
        r"|\d{1,3}(?:,\d{3})+(?![\d]|,\d|[xX×]\d)|\d+)"
        r"(?:\.(?P<frac>\d+))?"
    ),
}
# A minus sign glued to a number at a word's start: -50, −3 (not the dash of a range "25 -35").
_MINUS = regex.compile(r"(?:^|(?<=[\s(\[«\"]))[-\u2212\u2013]$")
# A dash before a count that closes an item of a list, not a minus: "Beria -1, Mikoyan - 1".
_LIST_DASH = regex.compile(r"\s*(?:[,;]|$)", regex.MULTILINE)
_DIMENSION = regex.compile(r"[xXхХ×]\d")
_ROMAN = regex.compile(r"(?<![\p{L}\d\-.])(?P<r>[IVX]{1,7})(?![\p{L}\d]|-\p{L}|\.\d)")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_SUFFIX_RE = regex.compile(r"[-\u2010\u2011]?(\p{L}{1,3})(?!\p{L})")
_TIGHT_DASH = regex.compile(r"[-\u2010-\u2015]")
_ENUMERATOR_BEFORE = regex.compile(r"\s*[(\[]?")
_ENUMERATOR_AFTER = regex.compile(r"[.)]\s")
_SEPARATORS = regex.compile(rf"[{_SPACES},.]")
# A group of thousands after its separator: not the decimal part of "29.1", a footnote mark after a date
_GROUP_AFTER = regex.compile(rf"[{_SPACES},.]\d{{3}}(?!\d)")
_LOWER_AFTER = regex.compile(r"\s+\p{Ll}")
_ANY_CYRILLIC = regex.compile(r"\p{Cyrillic}")

#: The longest run of digits read as a number; a longer one is an identifier or noise.
MAX_DIGITS = 30


def _figure_matches(
    pattern: regex.Pattern[str], text: str, taken: Sequence[tuple[int, int]]
) -> Iterator[regex.Match[str]]:
    """The figures ``pattern`` finds in ``text``. A span already read (a date) that ends inside a figure
    grouped by spaces or commas ends that figure's first groups: the day of "by March 1 240 tons" joins
    no group after it, and the figures after the span are read again on their own (240)."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        start, end = m.span()
        cut = -1
        if _overlaps(start, end, taken):
            cut = max((b for a, b in taken if a < end and start < b < end), default=-1)
        if cut > start and cut < m.end("int") and _GROUP_AFTER.match(text, cut):
            pos = cut + 1
            continue
        yield m
        pos = max(end, pos + 1)


def _digit_items(text: str, language: str, lex: _Lexicon, taken: Sequence[tuple[int, int]]) -> list[_Item]:
    items: list[_Item] = []
    # a figure read for a letter inside a Russian word ("6ыло", "0бъявила") is an OCR slip, no number
    garbled = []
    if language == "ru" and _ANY_CYRILLIC.search(text):
        garbled = [(a, b) for a, b, _ in digit_garbles(text)]
    for m in _figure_matches(_DIGITS[language], text, taken):
        start, end = m.span()
        if _overlaps(start, end, taken) or _overlaps(start, end, garbled):
            continue
        if text[start - 1 : start] == "[" and text[end : end + 1] == "]":
            continue  # a footnote mark: [43]
        whole = _SEPARATORS.sub("", m.group("int"))
        if len(whole) > MAX_DIGITS:
            continue  # no one counts with 31 digits: an identifier or a garble
        value: float = int(whole)
        if m.group("frac"):
            value = float(f"{whole}.{m.group('frac')}")
        rule = "number.digits"
        family = ""
        mixed = _MIXED.match(text, end)
        if mixed and not m.group("frac") and int(mixed["n"]) < int(mixed["d"]):
            value = int(whole) + int(mixed["n"]) / int(mixed["d"])  # 2 1/2 million
            end = mixed.end()
            rule = "number.mixed_fraction"
        if start > 0 and _MINUS.search(text, max(0, start - 2), start) and not _LIST_DASH.match(text, end):
            start -= 1
            value = -value
        suffix = _SUFFIX_RE.match(text, end)
        if suffix and _DIMENSION.match(text, end):
            suffix = None  # 19х12: the "х" is a times sign
        if suffix and suffix.group(1).lower() in lex.suffixes:
            end = suffix.end()
            rule = "number.digits_with_ending"
        elif text[end : end + 1] == "%":
            end += 1
        mark = mark_family(text, start, end, m)
        if mark:
            family, rule = mark
        elif (
            text[end : end + 1] == "/"
            or text[start - 1 : start] == "/"
            or ID_CHAIN.search(text, max(0, start - 12), start)
        ):
            family = "reference"
            rule = "number.identifier"
        elif lex.reference.search(text, max(0, start - 12), start) or (
            items
            and items[-1].rule == "number.reference"
            and _TIGHT_DASH.fullmatch(text, items[-1].end, start)
        ):  # л. 47; лл. 104-105 (not "Б-70 - 2,5 тыс.")
            family = "reference"
            rule = "number.reference"
        elif _ENUMERATOR_BEFORE.fullmatch(text, 0, start) and _ENUMERATOR_AFTER.match(text, end):
            family = "enumerator"
            rule = "number.enumerator"
        items.append(_Item(start, end, value, "digits", family=family, rule=rule, digits=whole))
    return items


_MIXED = regex.compile(r"[ \u00a0](?P<n>[1-9])/(?P<d>[2-9]|1[0-6])(?![\d/])")


def _roman_value(numeral: str) -> int:
    total = 0
    for i, ch in enumerate(numeral):
        v = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -v if v < nxt else v
    return total


def _roman_items(text: str, language: str, taken: Sequence[tuple[int, int]]) -> list[_Item]:
    """Roman numerals of two letters or more (XXI века, World War II); in Russian also I, V, X."""
    items = []
    for m in _ROMAN.finditer(text):
        numeral = m.group("r")
        start, end = m.span()
        if _overlaps(start, end, taken):
            continue
        if len(numeral) == 1 and (
            language != "ru"
            or not (_LOWER_AFTER.match(text, end, end + _WINDOW) or _before_adjective(text, start, end))
        ):
            continue
        if _in_capitals_name(text, start, end):
            continue
        value = _roman_value(numeral)
        if value <= 0 or _roman_numeral(value) != numeral:
            continue
        items.append(_Item(start, end, float(value), "digits", rule="number.roman"))
    return items


#: A capitalised word after a numeral, and a capitalised word before one.
_CAPITAL_AFTER = regex.compile(r"[ \t]+(?P<w>\p{Lu}\p{Ll}+)")
_NAME_BEFORE = regex.compile(r"\p{Lu}\p{Ll}+[ \t]+$")


def _before_adjective(text: str, start: int, end: int) -> bool:
    """Whether a one-letter Russian numeral is an ordinal before a capitalised adjective ("I Балтийский
    отдел", "V Украинский фронт"), not a monarch's number after his name ("Петр I Великий")."""
    m = _CAPITAL_AFTER.match(text, end)
    if m is None:
        return False
    before = _NAME_BEFORE.search(text, max(0, start - _WINDOW), start)
    if before is not None and any("Name" in p.tag.grammemes for p in ru_parses(before.group().strip())):
        return False
    parses = ru_parses(m.group("w"))
    return bool(parses) and "ADJF" in parses[0].tag.grammemes


#: A word in capitals before a Roman-looking syllable, and what may follow it in a capitals name.
_CAPS_BEFORE = regex.compile(r"(?<![\p{L}])(?P<w>\p{Lu}{2,})\s+$")
_NAME_AFTER = regex.compile(r"\s*\[|\s+\p{Lu}{2,}(?!\p{L})")
_NOT_ROMAN = regex.compile(r"[^IVXLCDM]")


def _in_capitals_name(text: str, start: int, end: int) -> bool:
    """Whether "XI" is a syllable of a name in capitals, not a number: after a word in capitals and
    before an editor's bracket or another word in capitals ("FENG XI [STALIN]", "LI XI MIN")."""
    before = _CAPS_BEFORE.search(text, max(0, start - 30), start)
    if before is None or not _NOT_ROMAN.search(before.group("w")):
        return False
    return _NAME_AFTER.match(text, end) is not None


def _roman_numeral(value: int) -> str:
    out = []
    for v, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= v:
            out.append(sym)
            value -= v
    return "".join(out)
