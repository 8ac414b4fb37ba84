"""Numbers in digits and in words, single or as ranges, from ``data/numbers_<lang>.toml``.

A number's value is a tuple of floats: ``(2.0,)`` for "2х", "two" or "двух",
``(25.0, 35.0)`` for "25-35", "от 25 до 35" or "25 to 35". "около 30" and
"about 30" are marked approximate. A number after "№", "No.", "л." … is a
reference (family ``"reference"``), one glued to a slash ("481/ш", "7/2") too;
a footnote mark "[43]" is no number at all; "1." opening a segment is an
enumerator (family ``"enumerator"``). Words that often are no number ("one",
"один") have family ``"weak"``, and so do words that only imply a number
("both", "сутки" = 24 hours, "двухэтажный"): they pair with a number on the
other side but are never reported alone.

Ordinals equal their cardinals ("третий" = "third" = "3rd" = 3); fractions
read as their value ("две трети" = "two-thirds", "полтора" = "one and a half"
= 1.5); Roman numerals as numbers ("XXI века" = 21); "-50" is negative.
Clock times have family ``"time"`` and a value in minutes after midnight
("17:47", "5:47 PM", "17 часов 47 минут", "в 13.30").
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Iterable, Sequence

import attrs
import regex

from ..errors import ConfigError
from ..morph import WORD_RE
from ..resources import data_toml

__all__ = [
    "NumberHit",
    "find_numbers",
    "number_words",
    "format_value",
    "format_time",
    "approximation",
    "ordinal_words",
]

_SPACES = " \u00a0\u202f\u2009"
# Before a number: no digit or letter, except the "x" of dimensions (60x100, 19х12х7).
_BEFORE = r"(?:(?<![\d\p{L}])|(?<=\d[xXхХ×]))"
_DIGITS = {
    "ru": regex.compile(
        rf"{_BEFORE}(?P<int>\d{{1,3}}(?:[{_SPACES}.]\d{{3}})+(?![\d]|[.,]\d|[xXхХ×]\d)|\d+)"
        r"(?:[.,](?P<frac>\d+))?"
    ),
    "en": regex.compile(
        rf"{_BEFORE}(?P<int>\d{{1,3}}(?:[{_SPACES},]\d{{3}})+(?![\d]|,\d|[xX×]\d)|\d+)"
        r"(?:\.(?P<frac>\d+))?"
    ),
}
# A minus sign glued to a number at a word's start: -50, −3 (not the dash of a range "25 -35").
_MINUS = regex.compile(r"(?:^|(?<=[\s(\[«\"]))[-\u2212\u2013]$")
_DIMENSION = regex.compile(r"[xXхХ×]\d")
_ROMAN = regex.compile(r"(?<![\p{L}\d\-.])(?P<r>[IVX]{1,7})(?![\p{L}\d]|-\p{L}|\.\d)")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_CLOCK = regex.compile(r"(?<![\d.,:/])(?P<h>[01]?\d|2[0-4])(?P<sep>[:.])(?P<m>[0-5]\d)(?![\d]|[.,:]\d)")
_SUFFIX_RE = regex.compile(r"[-\u2010\u2011]?(\p{L}{1,3})(?!\p{L})")
_DASH_RE = regex.compile(r"\s*[-\u2010-\u2015\u2212]\s*")
_SPACE_RE = regex.compile(r"\s+")
_HYPHEN_SPLIT = regex.compile(r"[-\u2010\u2011]")
_ENUMERATOR_BEFORE = regex.compile(r"\s*[(\[]?")
_ENUMERATOR_AFTER = regex.compile(r"[.)]\s")
_LAST_WORD = regex.compile(r"(\S+)\s+$")

_RANK = {"hundreds": 3, "ten": 2, "teen": 1, "unit": 1}


@attrs.frozen
class NumberHit:
    """A number found in a text: offsets into that text, its value, and how it was read."""

    start: int
    end: int
    values: tuple[float, ...]
    approximate: bool = False
    family: str = ""
    rule: str = ""


@attrs.frozen
class _Word:
    value: float
    kind: str
    weak: bool


@attrs.frozen
class _Clock:
    hours: frozenset[str]
    minutes: frozenset[str]
    am: frozenset[str]
    pm: frozenset[str]
    before: frozenset[str]


@attrs.frozen
class _Lexicon:
    words: dict[str, _Word]
    approximate: regex.Pattern[str]
    bounds: regex.Pattern[str]
    suffixes: frozenset[str]
    reference: regex.Pattern[str]
    joiners: frozenset[str]
    articles: frozenset[str]
    ranges: tuple[tuple[str, str, bool], ...]
    compounds: tuple[tuple[str, float], ...]
    denominators: dict[str, float]
    half_after: tuple[str, ...]
    clock: _Clock


def _ordinal_forms(lemmas: Sequence[str]) -> list[str]:
    """Every case form of Russian ordinal lemmas (третий: третьего, третьей …), via pymorphy3."""
    from ..morph import _morph

    forms: list[str] = []
    for lemma in lemmas:
        for parse in _morph().parse(lemma):
            if parse.normal_form.replace("ё", "е") == lemma:
                forms.extend(f.word for f in parse.lexeme)
                break
        else:
            forms.append(lemma)
    return forms


def _words_of(data: dict, name: str, *, ordinals: bool = False) -> dict[str, _Word]:
    words: dict[str, _Word] = {}
    for table in ("word", "ordinal"):
        for entry in data.get(table, ()):
            try:
                word = _Word(float(entry["value"]), entry["kind"], bool(entry.get("weak", False)))
            except KeyError as exc:
                msg = f"aligner's data file {name!r}: a number word lacks its {exc.args[0]!r}"
                raise ConfigError(msg) from exc
            if ordinals and not (table == "ordinal" or entry.get("ordinal")):
                continue
            forms = list(entry.get("forms", ())) + _ordinal_forms(entry.get("lemmas", ()))
            for form in forms:
                words[form.lower().replace("ё", "е")] = word
    return words


def _lower_set(values: Sequence[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


@functools.cache
def _lexicon(language: str) -> _Lexicon:
    name = f"numbers_{language}.toml"
    data = data_toml(name)
    words = _words_of(data, name)
    ctx = data.get("context", {})
    compounds = sorted(
        ((p.lower(), float(c["value"])) for c in data.get("compound", ()) for p in c["prefixes"]),
        key=lambda pv: -len(pv[0]),
    )
    markers = sorted(ctx.get("reference", ()), key=len, reverse=True)
    alternatives = "|".join(
        regex.escape(m) if not m[0].isalpha() else rf"(?<!\p{{L}}){regex.escape(m)}" for m in markers
    )
    reference = regex.compile(rf"(?:{alternatives or '(?!)'})\.?\s*$", regex.IGNORECASE)
    return _Lexicon(
        words=words,
        approximate=_approximate_pattern(ctx, "approximate"),
        bounds=_approximate_pattern(ctx, "bounds"),
        suffixes=frozenset(w.lower() for w in ctx.get("suffixes", ())),
        reference=reference,
        joiners=frozenset(w.lower() for w in ctx.get("joiners", ())),
        articles=frozenset(w.lower() for w in ctx.get("articles", ())),
        ranges=tuple((p.lower(), i.lower(), bool(req)) for p, i, req in ctx.get("ranges", ())),
        compounds=tuple(compounds),
        denominators={w.lower(): float(d) for w, d in ctx.get("denominators", ())},
        half_after=tuple(h.lower() for h in ctx.get("half_after", ())),
        clock=_Clock(
            hours=_lower_set(ctx.get("hour_words", ())),
            minutes=_lower_set(ctx.get("minute_words", ())),
            am=_lower_set(ctx.get("clock_am", ())),
            pm=_lower_set(ctx.get("clock_pm", ())),
            before=_lower_set(ctx.get("time_before", ())),
        ),
    )


@functools.cache
def ordinal_words(language: str) -> dict[str, float]:
    """Every ordinal number word form of ``language`` with its value (восьмого: 8, eighth: 8)."""
    name = f"numbers_{language}.toml"
    return {f: w.value for f, w in _words_of(data_toml(name), name, ordinals=True).items()}


def number_words(language: str) -> dict[str, float]:
    """Every number word form of ``language`` with its value (for tests and other checks)."""
    return {form: w.value for form, w in _lexicon(language).words.items()}


def _one(v: float) -> str:
    if v == int(v) and abs(v) < 1e15:
        return str(int(v))
    return f"{round(v, 4):g}"


def format_value(values: Sequence[float]) -> str:
    """A number value as a historian writes it: ``25-35``, ``2``, ``1.5``, ``-50``."""
    return (
        "–".join(_one(v) for v in values) if any(v < 0 for v in values) else "-".join(_one(v) for v in values)
    )


def format_time(minutes: float) -> str:
    """A clock time in minutes after midnight as ``HH:MM`` (``17:47``)."""
    h, m = divmod(int(round(minutes)), 60)
    return f"{h:02d}:{m:02d}"


@attrs.define
class _Item:
    start: int
    end: int
    value: float
    kind: str  # "digits" or a word kind
    weak: bool = False
    family: str = ""
    rule: str = ""
    digits: str = ""


def _overlaps(start: int, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    """Whether ``start..end`` meets a stretch of ``taken`` (sorted and disjoint: see :func:`_merged`)."""
    k = bisect_left(taken, (end,))  # the stretches starting before ``end``
    return k > 0 and taken[k - 1][1] > start


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, overlapping ones joined (so :func:`_overlaps` bisects: linear, not quadratic)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _digit_items(text: str, language: str, lex: _Lexicon, taken: Sequence[tuple[int, int]]) -> list[_Item]:
    items = []
    for m in _DIGITS[language].finditer(text):
        start, end = m.span()
        if _overlaps(start, end, taken):
            continue
        if text[start - 1 : start] == "[" and text[end : end + 1] == "]":
            continue  # a footnote mark: [43]
        whole = regex.sub(rf"[{_SPACES},.]", "", m.group("int"))
        value = float(whole)
        if m.group("frac"):
            value = float(f"{whole}.{m.group('frac')}")
        rule = "number.digits"
        family = ""
        if start > 0 and _MINUS.search(text, max(0, start - 2), start):
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
        if text[end : end + 1] == "/" or text[start - 1 : start] == "/":
            family = "reference"
            rule = "number.identifier"
        elif lex.reference.search(text, max(0, start - 12), start):
            family = "reference"
            rule = "number.reference"
        elif _ENUMERATOR_BEFORE.fullmatch(text, 0, start) and _ENUMERATOR_AFTER.match(text, end):
            family = "enumerator"
            rule = "number.enumerator"
        items.append(_Item(start, end, value, "digits", family=family, rule=rule, digits=whole))
    return items


def _roman_value(numeral: str) -> int:
    total = 0
    for i, ch in enumerate(numeral):
        v = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -v if v < nxt else v
    return total


#: How far past a number the readers of the words after it look (a guard: slicing the whole rest of
#: the text for each number took time quadratic in the length of a paragraph full of numbers).
_WINDOW = 200


def _roman_items(text: str, language: str, taken: Sequence[tuple[int, int]]) -> list[_Item]:
    """Roman numerals of two letters or more (XXI века, World War II); in Russian also I, V, X."""
    items = []
    for m in _ROMAN.finditer(text):
        numeral = m.group("r")
        start, end = m.span()
        if _overlaps(start, end, taken):
            continue
        if len(numeral) == 1 and (
            language != "ru" or not regex.match(r"\s+\p{Ll}", text[end : end + _WINDOW])
        ):
            continue
        value = _roman_value(numeral)
        if value <= 0 or _roman_numeral(value) != numeral:
            continue
        items.append(_Item(start, end, float(value), "digits", rule="number.roman"))
    return items


def _roman_numeral(value: int) -> str:
    out = []
    for v, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= v:
            out.append(sym)
            value -= v
    return "".join(out)


def _word_after(text: str, pos: int) -> regex.Match[str] | None:
    return regex.match(r"\s*([\p{L}][\p{L}.]*)", text[pos : pos + _WINDOW])


def _mark(word: str) -> str:
    return word.lower().replace(".", "")


_CLOCK_WORDS = regex.compile(r"(?<![\d.,])(?P<h>\d{1,2})\s*(?P<mark>\p{L}[\p{L}.]*)")
_MINUTES_AFTER = regex.compile(r"\s+(?P<m>\d{1,2})\s*(?P<w>\p{L}+)\.?")


def _twelve_hour(hours: int, mark: str, clock: _Clock) -> int:
    pm = mark in {_mark(p) for p in clock.pm}
    return hours % 12 + (12 if pm else 0)


def _clock_items(text: str, lex: _Lexicon) -> list[_Item]:
    """Clock times: 17:47, 5:47 PM, 5 p.m., в 13.30, 17 часов 47 минут (minutes after midnight)."""
    clock = lex.clock
    marks = {_mark(w) for w in clock.am | clock.pm}
    items = []
    for m in _CLOCK.finditer(text):
        hours, minutes = int(m.group("h")), int(m.group("m"))
        end = m.end()
        after = _word_after(text, end)
        mark = _mark(after.group(1)) if after else ""
        if m.group("sep") == "." and mark not in marks:
            before = _LAST_WORD.search(text, max(0, m.start() - 20), m.start())
            if not before or before.group(1).lower() not in clock.before:
                continue  # 13.30 is a decimal unless "в 13.30"
        if mark in marks and after is not None:
            if hours > 12:
                continue
            hours = _twelve_hour(hours, mark, clock)
            end += after.end()
        value = float(hours * 60 + minutes)
        items.append(_Item(m.start(), end, value, "time", family="time", rule="number.clock"))
    for m in _CLOCK_WORDS.finditer(text):
        mark = _mark(m.group("mark"))
        hours = int(m.group("h"))
        if mark in marks and 1 <= hours <= 12:
            value = float(_twelve_hour(hours, mark, clock) * 60)
            items.append(_Item(m.start(), m.end(), value, "time", family="time", rule="number.clock"))
            continue
        if mark in clock.hours:
            rest = _MINUTES_AFTER.match(text, m.end())
            if rest and rest.group("w").lower() in clock.minutes:
                value = float(hours * 60 + int(rest.group("m")))
                rule = "number.clock_words"
                items.append(_Item(m.start(), rest.end(), value, "time", family="time", rule=rule))
    items.sort(key=lambda it: (it.start, -it.end))
    out: list[_Item] = []
    for it in items:
        if not out or it.start >= out[-1].end:
            out.append(it)
    return out


def _word_atoms(text: str, lex: _Lexicon, taken: Sequence[tuple[int, int]]) -> list[_Item]:
    atoms: list[_Item] = []
    for m in WORD_RE.finditer(text):
        word = m.group().lower().replace("ё", "е")
        parts = _HYPHEN_SPLIT.split(word)
        if _overlaps(m.start(), m.end(), taken):
            continue
        if not any(p in lex.words for p in parts):
            if word in lex.articles:
                atoms.append(_Item(m.start(), m.end(), 1.0, "article"))
                continue
            implied = _compound_value(parts[0], lex)
            if implied is not None:
                atoms.append(
                    _Item(m.start(), m.end(), implied, "implicit", weak=True, rule="number.compound")
                )
            continue
        whole = all(p in lex.words for p in parts)
        pos = m.start()
        for part in parts:
            w = lex.words.get(part)
            if w is not None:
                weak = w.weak or not whole  # four-year-old: the number of a compound word
                kind = w.kind if whole else "implicit"
                value = w.value
                atoms.append(_Item(pos, pos + len(part), value, kind, weak=weak, rule="number.words"))
            pos += len(part) + 1
    return atoms


def _compound_value(word: str, lex: _Lexicon) -> float | None:
    """The number a word begins with (двухэтажный: 2), or ``None``."""
    for prefix, value in lex.compounds:
        if word.startswith(prefix) and len(word) >= len(prefix) + 3:
            return value
    return None


def _joinable(text: str, prev: _Item, nxt: _Item, lex: _Lexicon) -> bool:
    gap = text[prev.end : nxt.start]
    if gap == "-" or (gap and gap.isspace()) or gap == "":
        return True
    words = gap.split()
    return len(words) == 1 and words[0].lower() in lex.joiners and prev.kind in ("hundred", "scale")


def _fits(kind: str, value: float, group: float, total: float, slot: int, last_scale: float) -> bool:
    if kind == "hundreds":
        return slot == 0 and group == 0
    if kind in ("ten", "teen"):
        return slot in (0, 3)
    if kind == "unit":
        return slot in (0, 3, 2)
    if kind == "hundred":
        return slot in (1, 2) and 0 < group < 100
    if kind == "scale":
        return value < last_scale and (group > 0 or total == 0)
    return False


def _compose(chain: list[_Item]) -> list[_Item]:
    """Read a run of adjacent number words as one or more numbers (двадцати пяти = 25)."""
    out: list[_Item] = []
    cur: list[_Item] = []
    total = group = 0.0
    slot = 0
    last_scale = float("inf")
    article: _Item | None = None

    def flush() -> None:
        nonlocal total, group, slot, last_scale, cur
        real = [a for a in cur if a.kind != "article"]
        if real:
            weak = all(a.weak for a in real) or (len(cur) == 1 and cur[0].kind == "scale")
            out.append(
                _Item(
                    cur[0].start,
                    cur[-1].end,
                    total + group,
                    "words",
                    weak=weak,
                    rule="number.words",
                )
            )
        cur, total, group, slot, last_scale = [], 0.0, 0.0, 0, float("inf")

    for atom in chain:
        kind = atom.kind
        if kind == "implicit":
            flush()
            out.append(attrs.evolve(atom, kind="words"))
            article = None
            continue
        if kind == "article":
            flush()
            article = atom
            continue
        if article is not None and kind in ("hundred", "scale"):
            cur, group, slot = [article], 1.0, 1  # a hundred, a thousand
        article = None
        if not _fits(kind, atom.value, group, total, slot, last_scale):
            flush()
            if not _fits(kind, atom.value, group, total, slot, last_scale):
                continue
        cur.append(atom)
        if kind == "hundred":
            group *= atom.value
            slot = 3
        elif kind == "scale":
            total += (group or 1.0) * atom.value
            group, slot, last_scale = 0.0, 0, atom.value
        else:
            group += atom.value
            slot = _RANK[kind]
    flush()
    return out


def _word_items(text: str, lex: _Lexicon, taken: Sequence[tuple[int, int]]) -> list[_Item]:
    atoms = _word_atoms(text, lex, taken)
    items: list[_Item] = []
    chain: list[_Item] = []
    for atom in atoms:
        if chain and not _joinable(text, chain[-1], atom, lex):
            items.extend(_compose(chain))
            chain = []
        chain.append(atom)
    if chain:
        items.extend(_compose(chain))
    return items


def _approximate_pattern(ctx: dict, key: str) -> regex.Pattern[str]:
    """Words before a number that make it approximate ("около", "about") or a bound ("более")."""
    words = sorted(ctx.get(key, ()), key=len, reverse=True)
    if not words:
        return regex.compile("(?!)")
    marker = "|".join(r"\s+".join(map(regex.escape, w.split())) for w in words)
    skip = "|".join(regex.escape(w) for w in ctx.get("approximate_skip", ()))
    between = rf"(?:(?:{skip})\s+)?" if skip else ""
    return regex.compile(rf"(?<!\p{{L}})(?:{marker})\.?\s+{between}$", regex.IGNORECASE)


def _approximate(text: str, start: int, lex: _Lexicon) -> bool:
    return approximation(text, start, lex=lex) != ""


def approximation(text: str, start: int, language: str = "", *, lex: _Lexicon | None = None) -> str:
    """How the words before ``text[start]`` qualify a number there.

    ``"approximate"`` ("около 30", "about 30"), ``"bound"`` ("более 30",
    "more than 30", "почти на 24%") or ``""`` (an exact number).
    """
    lex = lex or _lexicon(language)
    window = max(0, start - 30)
    if lex.approximate.search(text, window, start):
        return "approximate"
    if lex.bounds.search(text, window, start):
        return "bound"
    return ""


def _merge_scales(text: str, items: list[_Item]) -> list[_Item]:
    """2 тыс., 25 тысяч, 1,5 million: digits times the scale word after them."""
    out: list[_Item] = []
    for item in items:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "digits"
            and not prev.family
            and item.kind == "words"
            and item.weak
            and item.value >= 1000
            and _SPACE_RE.fullmatch(text, prev.end, item.start)
        ):
            out[-1] = attrs.evolve(
                prev, end=item.end, value=prev.value * item.value, rule="number.digits_scale"
            )
            continue
        out.append(item)
    return out


def _range_gap(text: str, a: _Item, b: _Item, lex: _Lexicon) -> tuple[str, int]:
    """The rule joining ``a`` and ``b`` into a range and where the range starts, or ``("", 0)``."""
    if _DASH_RE.fullmatch(text, a.end, b.start):
        return "number.range", a.start
    gap = text[a.end : b.start].split()
    if len(gap) != 1:
        return "", 0
    infix = gap[0].lower()
    before = _LAST_WORD.search(text, max(0, a.start - 20), a.start)
    prefix = before.group(1).lower() if before else ""
    for pre, inf, required in lex.ranges:
        if infix == inf and prefix == pre and before is not None:
            return "number.range_words", before.start()
        if infix == inf and not required:
            return "number.range_words", a.start
    return "", 0


def find_numbers(text: str, language: str, taken: Sequence[tuple[int, int]] = ()) -> list[NumberHit]:
    """Every number in ``text`` (not inside the ``taken`` offsets, which dates hold), in order."""
    lex = _lexicon(language)
    taken = _merged(taken)
    clocks = [c for c in _clock_items(text, lex) if not _overlaps(c.start, c.end, taken)]
    taken = _merged([*taken, *((c.start, c.end) for c in clocks)])
    items = (
        _digit_items(text, language, lex, taken)
        + _roman_items(text, language, taken)
        + _word_items(text, lex, taken)
    )
    items.sort(key=lambda it: it.start)
    items = _merge_scales(text, items)
    items = _fractions(text, items, lex)
    hits: list[NumberHit] = [
        NumberHit(c.start, c.end, (c.value,), _approximate(text, c.start, lex), "time", c.rule)
        for c in clocks
    ]
    i = 0
    while i < len(items):
        a = items[i]
        approx = _approximate(text, a.start, lex)
        b = items[i + 1] if i + 1 < len(items) else None
        family = a.family or ("weak" if a.weak else "")
        rule, start = ("", 0)
        if b is not None and not a.family and not b.family:
            rule, start = _range_gap(text, a, b, lex)
        low, high = a.value, b.value if b is not None else 0.0
        expand = bool(rule) and b is not None and bool(a.digits) and bool(b.digits) and high < low
        if expand and b is not None and len(b.digits) < len(a.digits) and b.value == int(b.value):
            high = float(a.digits[: len(a.digits) - len(b.digits)] + b.digits)  # 1950-53
        if rule and b is not None and (high < low or a.kind == "implicit" or b.kind == "implicit"):
            rule = ""  # "в 2020 - 53,3%" is a year and a share, not a range
        if rule and b is not None:
            fam = "weak" if a.weak and b.weak else ""
            approx = approx or _approximate(text, start, lex)
            hits.append(NumberHit(start, b.end, (low, high), approx, fam, rule))
            i += 2
            continue
        hits.append(NumberHit(a.start, a.end, (a.value,), approx, family, a.rule))
        i += 1
    hits.sort(key=lambda h: h.start)
    return hits


def _fractions(text: str, items: list[_Item], lex: _Lexicon) -> list[_Item]:
    """Two-thirds, три четверти: a number and a denominator; два с половиной: and a half."""
    out: list[_Item] = []
    for item in items:
        if out and item.start < out[-1].end:
            continue  # the "половиной" of "два с половиной", read already
        if item.family:
            out.append(item)
            continue
        after = regex.match(r"[\s\-\u2010\u2011]+(\p{L}+)", text[item.end : item.end + _WINDOW])
        if after and after.group(1).lower() in lex.denominators:
            denominator = lex.denominators[after.group(1).lower()]
            item = attrs.evolve(
                item,
                end=item.end + after.end(),
                value=item.value / denominator,
                rule="number.fraction",
                kind="words",
                weak=False,
            )
        else:
            for half in lex.half_after:
                gap = regex.match(
                    r"\s+" + r"\s+".join(map(regex.escape, half.split())) + r"(?!\p{L})",
                    text[item.end : item.end + _WINDOW],
                    regex.IGNORECASE,
                )
                if gap:
                    item = attrs.evolve(
                        item,
                        end=item.end + gap.end(),
                        value=item.value + 0.5,
                        rule="number.and_a_half",
                        kind="words",
                        weak=False,
                    )
                    break
        out.append(item)
    return out
