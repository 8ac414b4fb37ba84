"""Numbers in digits and in words, single or as ranges, from ``data/numbers_<lang>.toml``.

A number's value is a tuple of numbers, whole ones as exact ``int`` (however
long; a run of more than :data:`MAX_DIGITS` digits is no number): ``(2,)`` for
"2х", "two" or "двух", ``(25, 35)`` for "25-35", "от 25 до 35" or "25 to 35".
"около 30" and "about 30" are marked approximate. A number after "№", "No.",
"л." … is a reference (family ``"reference"``), one glued to a slash ("481/ш",
"7/2", "611.6131/2-1052"), a designation ("F-96", "Т-34", "ЗИС-150") and a
decimal file number ("740.0011") too; a footnote mark "[43]" is no number at
all, and a mark glued to a word ("memorandum,2", "получил 1)") has family
``"footnote"``; "1." opening a segment is an enumerator (family
``"enumerator"``). Words that often are no number ("one", "один") have family
``"weak"``, and so do words that only imply a number ("both", "сутки" = 24
hours, "двухэтажный", "полуторный", "сотня", a fraction word alone: «около
трети», "a third of"): they pair with a number on the other side but are never
reported alone.

Ordinals equal their cardinals ("третий" = "third" = "3rd" = 3) and have rule
``number.ordinal``; an ordinal ends its number («второй миллиард» is the second
billion, not 2,000,000,000) and takes no denominator ("the second quarter" is
no 2/4). Fractions read as their value ("две трети" = "two-thirds", "полтора"
= "one and a half" = 1.5, "2 1/2 million", «двух с половиной миллионов»);
Roman numerals as numbers ("XXI века" = 21); "-50" is negative. Clock times
(:mod:`.clocks`) have family ``"time"`` and a value in minutes after midnight
("17:47", "5:47 PM", "17 часов 47 минут", "22 ч. 40 м.", "в 13.30"); "1 am"
that stands for "I am" is no number.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Sequence

import attrs
import regex

from ..errors import ConfigError
from ..morph import WORD_RE
from ..resources import data_toml
from . import number_joins as joins
from .clocks import Clock, clock_times, pronoun_ones
from .marks import ID_CHAIN, mark_family

__all__ = [
    "NumberHit",
    "find_numbers",
    "number_words",
    "format_value",
    "format_time",
    "approximation",
    "ordinal_words",
    "conversion",
    "reference_before",
    "clock_words",
    "MAX_DIGITS",
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
# A dash before a count that closes an item of a list, not a minus: "Beria -1, Mikoyan - 1".
_LIST_DASH = regex.compile(r"\s*(?:[,;]|$)", regex.MULTILINE)
_DIMENSION = regex.compile(r"[xXхХ×]\d")
_ROMAN = regex.compile(r"(?<![\p{L}\d\-.])(?P<r>[IVX]{1,7})(?![\p{L}\d]|-\p{L}|\.\d)")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_SUFFIX_RE = regex.compile(r"[-\u2010\u2011]?(\p{L}{1,3})(?!\p{L})")
_TIGHT_DASH = regex.compile(r"[-\u2010-\u2015]")
_DASH_RE = regex.compile(r"\s*[-\u2010-\u2015\u2212]\s*")
_SPACE_RE = regex.compile(r"\s+")
_HYPHEN_SPLIT = regex.compile(r"[-\u2010\u2011]")
_ENUMERATOR_BEFORE = regex.compile(r"\s*[(\[]?")
_ENUMERATOR_AFTER = regex.compile(r"[.)]\s")
_LAST_WORD = regex.compile(r"(\S+)\s+$")

_ARTICLE_BEFORE = regex.compile(r"(?<!\p{L})(?:a|an)\s+$", regex.IGNORECASE)
_FRACTION_AFTER = regex.compile(r"\s+of(?!\p{L})|\s*(?:[^\s\p{L}\d]|$)")
_COMMA_GAP = regex.compile(r",[ \u00a0]+")
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


#: The longest run of digits read as a number; a longer one is an identifier or noise.
MAX_DIGITS = 30


@attrs.frozen
class _Word:
    value: float
    kind: str
    weak: bool
    ordinal: bool = False


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
    times: tuple[tuple[str, str], ...]
    clock: Clock
    conversions: dict[str, float]


def _ordinal_forms(lemmas: Sequence[str]) -> list[str]:
    """Every case form of Russian ordinal lemmas (третий: третьего, третьей …), via pymorphy3."""
    from ..morph import parses_of

    forms: list[str] = []
    for lemma in lemmas:
        for parse in parses_of(lemma):
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
                ordinal = table == "ordinal" or bool(entry.get("ordinal"))
                word = _Word(_exact(entry["value"]), entry["kind"], bool(entry.get("weak", False)), ordinal)
            except KeyError as exc:
                msg = f"aligner's data file {name!r}: a number word lacks its {exc.args[0]!r}"
                raise ConfigError(msg) from exc
            if ordinals and not (table == "ordinal" or entry.get("ordinal")):
                continue
            forms = list(entry.get("forms", ())) + _ordinal_forms(entry.get("lemmas", ()))
            for form in forms:
                words[form.lower().replace("ё", "е")] = word
    return words


def _exact(value: float | str) -> float:
    """A whole number as an ``int`` (compared exactly however long), any other as a ``float``."""
    if isinstance(value, int):
        return value
    number = float(value)
    return int(number) if number.is_integer() else number


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
        times=tuple((b.lower(), a.lower()) for b, a in ctx.get("times", ())),
        clock=Clock(
            hours=_lower_set(ctx.get("hour_words", ())),
            minutes=_lower_set(ctx.get("minute_words", ())),
            am=_lower_set(ctx.get("clock_am", ())),
            pm=_lower_set(ctx.get("clock_pm", ())),
            before=_lower_set(ctx.get("time_before", ())),
            pronoun_verbs=_lower_set(ctx.get("pronoun_verbs", ())),
            time_words=_lower_set(ctx.get("time_words", ())),
        ),
        conversions={w.lower(): float(f) for w, f in ctx.get("conversions", ())},
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
    ordinal: bool = False


class _Taken(Sequence[tuple[int, int]]):
    """Spans already read (dates, clock times), asked whether a stretch overlaps one of them in
    O(log n): spans sorted by start, with the running maximum of their ends."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]
        self._reach: list[int] = list(itertools.accumulate((b for _, b in self._spans), max))

    def __len__(self) -> int:
        return len(self._spans)

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        return self._spans[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span."""
        before = bisect.bisect_left(self._starts, end)  # spans starting before ``end``
        return before > 0 and self._reach[before - 1] > start


def _overlaps(start: int, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    if isinstance(taken, _Taken):
        return taken.overlaps(start, end)
    return any(start < b and a < end for a, b in taken)


def _digit_items(text: str, language: str, lex: _Lexicon, taken: Sequence[tuple[int, int]]) -> list[_Item]:
    items: list[_Item] = []
    for m in _DIGITS[language].finditer(text):
        start, end = m.span()
        if _overlaps(start, end, taken):
            continue
        if text[start - 1 : start] == "[" and text[end : end + 1] == "]":
            continue  # a footnote mark: [43]
        whole = regex.sub(rf"[{_SPACES},.]", "", m.group("int"))
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


def conversion(text: str, end: int, language: str, start: int | None = None) -> float | None:
    """The factor of a unit word right after a number that translators convert (двое суток = 48
    hours: 24), or inside it ("a day and a half": from ``start``), or ``None``."""
    units = _lexicon(language).conversions
    after = regex.match(r"\s+(\p{L}+)", text[end : end + 40])
    if after is not None and after.group(1).lower() in units:
        return units[after.group(1).lower()]
    if start is None:
        return None
    inside = (units[w.lower()] for w in regex.findall(r"\p{L}+", text[start:end]) if w.lower() in units)
    return next(inside, None)


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
        if _in_capitals_name(text, start, end):
            continue
        value = _roman_value(numeral)
        if value <= 0 or _roman_numeral(value) != numeral:
            continue
        items.append(_Item(start, end, float(value), "digits", rule="number.roman"))
    return items


#: A word in capitals before a Roman-looking syllable, and what may follow it in a capitals name.
_CAPS_BEFORE = regex.compile(r"(?<![\p{L}])(?P<w>\p{Lu}{2,})\s+$")
_NAME_AFTER = regex.compile(r"\s*\[|\s+\p{Lu}{2,}(?!\p{L})")


def _in_capitals_name(text: str, start: int, end: int) -> bool:
    """Whether "XI" is a syllable of a name in capitals, not a number: after a word in capitals and
    before an editor's bracket or another word in capitals ("FENG XI [STALIN]", "LI XI MIN")."""
    before = _CAPS_BEFORE.search(text, max(0, start - 30), start)
    if before is None or not regex.search(r"[^IVXLCDM]", before.group("w")):
        return False
    return _NAME_AFTER.match(text, end) is not None


def _roman_numeral(value: int) -> str:
    out = []
    for v, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= v:
            out.append(sym)
            value -= v
    return "".join(out)


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
            if word in lex.denominators:  # «около трети» = about a third: a fraction, weak
                value = 1 / lex.denominators[word]
                atoms.append(_Item(m.start(), m.end(), value, "implicit", weak=True, rule="number.fraction"))
                continue
            implied = _compound_value(parts[0], lex)
            if implied is not None:
                atoms.append(
                    _Item(m.start(), m.end(), implied, "implicit", weak=True, rule="number.compound")
                )
            continue
        whole = all(p in lex.words for p in parts)
        lead = next((i for i, p in enumerate(parts) if p not in lex.words), len(parts))
        pos = m.start()
        for i, part in enumerate(parts):
            w = lex.words.get(part)
            if w is None and i >= lead and i and _compound_value(part, lex) is not None:
                value = _compound_value(part, lex) or 0.0  # двух-трехмесячный: the second end of a range
                atoms.append(
                    _Item(pos, pos + len(part), value, "implicit", weak=True, rule="number.compound")
                )
            if w is not None:
                weak = w.weak or not whole  # four-year-old: the number of a compound word
                # thirty-five-year-old: the leading number words compose (35), weak
                kind = w.kind if whole or (i < lead and lead > 1) else "implicit"
                value = w.value
                ordinal = w.ordinal and whole
                rule = "number.ordinal" if ordinal else "number.words"
                atoms.append(_Item(pos, pos + len(part), value, kind, weak=weak, rule=rule, ordinal=ordinal))
            pos += len(part) + 1
    return atoms


def _compound_value(word: str, lex: _Lexicon) -> float | None:
    """The number a word begins with (двухэтажный: 2), or ``None``."""
    for prefix, value in lex.compounds:
        if word.startswith(prefix) and len(word) >= len(prefix) + 3:
            return value
    return None


def _range_infix(text: str, chain: list[_Item], nxt: _Item, lex: _Lexicon) -> bool:
    """Whether the word before ``nxt`` closes a range opened before the chain: "between fifteen
    hundred and two thousand" is 1,500 to 2,000, not 1,502,000."""
    gap = text[chain[-1].end : nxt.start].split()
    if len(gap) != 1:
        return False
    before = _LAST_WORD.search(text, max(0, chain[0].start - 20), chain[0].start)
    prefix = before.group(1).lower() if before else ""
    return any(gap[0].lower() == inf and prefix == pre for pre, inf, _ in lex.ranges)


def _joinable(text: str, prev: _Item, nxt: _Item, lex: _Lexicon) -> bool:
    gap = text[prev.end : nxt.start]
    if gap == "-" or (gap and gap.isspace()) or gap == "":
        return True
    if prev.kind == "scale" and nxt.kind in ("unit", "ten", "teen", "hundreds") and _COMMA_GAP.fullmatch(gap):
        return True  # one thousand, one hundred
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
            ordinal = real[-1].ordinal
            out.append(
                _Item(
                    cur[0].start,
                    cur[-1].end,
                    total + group,
                    "words",
                    weak=weak,
                    rule="number.ordinal" if ordinal else "number.words",
                    ordinal=ordinal,
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
        if atom.ordinal:
            flush()  # an ordinal ends its number: «второй миллиард» is the second billion, not 2e9
    flush()
    return out


def _word_items(text: str, lex: _Lexicon, taken: Sequence[tuple[int, int]]) -> list[_Item]:
    atoms = _word_atoms(text, lex, taken)
    items: list[_Item] = []
    chain: list[_Item] = []
    for atom in atoms:
        if chain and (not _joinable(text, chain[-1], atom, lex) or _range_infix(text, chain, atom, lex)):
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


def clock_words(language: str) -> Clock:
    """The words of ``language`` around clock times (hour and minute words, am/pm …)."""
    return _lexicon(language).clock


def reference_before(text: str, start: int, language: str) -> bool:
    """Whether a reference marker (№, No., ф., оп., д., л. …) stands right before ``text[start]``,
    as it does when a segment boundary falls after "лл." of "лл. 104-105"."""
    return bool(_lexicon(language).reference.search(text, max(0, start - 12), start))


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
            and (prev.kind == "digits" or prev.rule == "number.and_a_half")
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
    dates = _Taken(taken)
    clocks = [
        _Item(c.start, c.end, c.minutes, "time", family="time", rule=c.rule)
        for c in clock_times(text, lex.clock)
        if not dates.overlaps(c.start, c.end)
    ]
    taken = _Taken([*taken, *((c.start, c.end) for c in clocks), *pronoun_ones(text, lex.clock)])
    items = (
        _digit_items(text, language, lex, taken)
        + _roman_items(text, language, taken)
        + _word_items(text, lex, taken)
    )
    items.sort(key=lambda it: it.start)
    items = _merge_scales(text, items)
    items = _merge_scales(text, _fractions(text, items, lex))
    items = joins.scale_sums(text, items)
    items = joins.half_scales(text, joins.collectives(text, items))
    items = joins.noun_and_a_half(text, items, lex.half_after, sorted(lex.articles))
    items = joins.multipliers(text, items, lex.times)
    hits: list[NumberHit] = [
        NumberHit(c.start, c.end, (c.value,), _approximate(text, c.start, lex), "time", c.rule)
        for c in clocks
    ]
    i = 0
    while i < len(items):
        a = items[i]
        approx = _approximate(text, a.start, lex) or a.rule == "number.collective"
        b = items[i + 1] if i + 1 < len(items) else None
        family = a.family or ("weak" if a.weak else "")
        rule, start = ("", 0)
        if b is not None and not a.family and not b.family:
            rule, start = _range_gap(text, a, b, lex)
        low, high = a.value, b.value if b is not None else 0.0
        if rule and b is not None:
            low = joins.shared_scale(a, b, low)  # от 5 до 7 тыс. = 5,000 to 7,000
        expand = bool(rule) and b is not None and bool(a.digits) and bool(b.digits) and high < low
        if expand and b is not None and len(b.digits) < len(a.digits) and b.value == int(b.value):
            high = int(a.digits[: len(a.digits) - len(b.digits)] + b.digits)  # 1950-53
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
    hits = joins.year_pairs(
        text, hits, lambda s, e, v: NumberHit(s, e, v, _approximate(text, s, lex), "", "number.year_pair")
    )
    return [attrs.evolve(h, values=tuple(_exact(v) for v in h.values)) for h in hits]


def _fractions(text: str, items: list[_Item], lex: _Lexicon) -> list[_Item]:
    """Two-thirds, три четверти: a number and a denominator; два с половиной: and a half."""
    out: list[_Item] = []
    for item in items:
        if out and item.start < out[-1].end:
            continue  # the "половиной" of "два с половиной", read already
        after_ordinal = out and out[-1].ordinal and _SPACE_RE.fullmatch(text, out[-1].end, item.start)
        if after_ordinal and item.rule == "number.fraction" and item.weak:
            continue  # "the fourth quarter", «второй четверти»: a part named by its ordinal
        if item.family:
            out.append(item)
            continue
        if item.ordinal:  # "the second quarter" is no 2/4; "a third" is 1/3
            word = text[item.start : item.end].lower()
            article = _ARTICLE_BEFORE.search(text, max(0, item.start - 4), item.start)
            fraction = article is not None and (
                _FRACTION_AFTER.match(text, item.end) or _approximate(text, article.start(), lex)
            )  # "a third of the votes", "about a third"; "a third time" is an ordinal
            if word in lex.denominators and fraction:
                value = 1 / lex.denominators[word]
                item = attrs.evolve(item, value=value, rule="number.fraction", weak=True, ordinal=False)
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
