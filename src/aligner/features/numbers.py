"""Numbers in digits and in words, single or as ranges, from ``data/numbers_<lang>.toml``.

A number's value is a tuple of floats: ``(2.0,)`` for "2х", "two" or "двух",
``(25.0, 35.0)`` for "25-35", "от 25 до 35" or "25 to 35". "около 30" and
"about 30" are marked approximate. A number after "№", "No.", "л." … is a
reference (family ``"reference"``), one glued to a slash ("481/ш", "7/2") too;
a footnote mark "[43]" is no number at all; "1." opening a segment is an
enumerator (family ``"enumerator"``). Words that often are no number ("one",
"один") have family ``"weak"``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from ..errors import ConfigError
from ..morph import WORD_RE
from ..resources import data_toml

__all__ = ["NumberHit", "find_numbers", "number_words", "format_value"]

_SPACES = " \u00a0\u202f\u2009"
_DIGITS = {
    "ru": regex.compile(
        rf"(?<![\d\p{{L}}])(?P<int>\d{{1,3}}(?:[{_SPACES}.]\d{{3}})+(?![\d]|[.,]\d)|\d+)"
        r"(?:[.,](?P<frac>\d+))?"
    ),
    "en": regex.compile(
        rf"(?<![\d\p{{L}}])(?P<int>\d{{1,3}}(?:[{_SPACES},]\d{{3}})+(?![\d]|,\d)|\d+)"
        r"(?:\.(?P<frac>\d+))?"
    ),
}
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
class _Lexicon:
    words: dict[str, _Word]
    approximate: frozenset[str]
    suffixes: frozenset[str]
    reference: regex.Pattern[str]
    joiners: frozenset[str]
    articles: frozenset[str]
    ranges: tuple[tuple[str, str, bool], ...]


@functools.cache
def _lexicon(language: str) -> _Lexicon:
    name = f"numbers_{language}.toml"
    data = data_toml(name)
    words: dict[str, _Word] = {}
    for entry in data.get("word", ()):
        try:
            word = _Word(float(entry["value"]), entry["kind"], bool(entry.get("weak", False)))
        except KeyError as exc:
            msg = f"aligner's data file {name!r}: a number word lacks its {exc.args[0]!r}"
            raise ConfigError(msg) from exc
        for form in entry.get("forms", ()):
            words[form.lower().replace("ё", "е")] = word
    ctx = data.get("context", {})
    markers = sorted(ctx.get("reference", ()), key=len, reverse=True)
    alternatives = "|".join(
        regex.escape(m) if not m[0].isalpha() else rf"(?<!\p{{L}}){regex.escape(m)}"
        for m in markers
    )
    reference = regex.compile(rf"(?:{alternatives or '(?!)'})\.?\s*$", regex.IGNORECASE)
    return _Lexicon(
        words=words,
        approximate=frozenset(w.lower() for w in ctx.get("approximate", ())),
        suffixes=frozenset(w.lower() for w in ctx.get("suffixes", ())),
        reference=reference,
        joiners=frozenset(w.lower() for w in ctx.get("joiners", ())),
        articles=frozenset(w.lower() for w in ctx.get("articles", ())),
        ranges=tuple((p.lower(), i.lower(), bool(req)) for p, i, req in ctx.get("ranges", ())),
    )


def number_words(language: str) -> dict[str, float]:
    """Every number word form of ``language`` with its value (for tests and other checks)."""
    return {form: w.value for form, w in _lexicon(language).words.items()}


def format_value(values: Sequence[float]) -> str:
    """A number value as a historian writes it: ``25-35``, ``2``, ``1.5``."""
    return "-".join(f"{v:g}" if v != int(v) or abs(v) >= 1e15 else str(int(v)) for v in values)


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
    return any(start < b and a < end for a, b in taken)


def _digit_items(
    text: str, language: str, lex: _Lexicon, taken: Sequence[tuple[int, int]]
) -> list[_Item]:
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
        suffix = _SUFFIX_RE.match(text, end)
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


def _word_atoms(text: str, lex: _Lexicon, taken: Sequence[tuple[int, int]]) -> list[_Item]:
    atoms: list[_Item] = []
    for m in WORD_RE.finditer(text):
        word = m.group().lower().replace("ё", "е")
        parts = _HYPHEN_SPLIT.split(word)
        if not all(p in lex.words for p in parts):
            if word in lex.articles:
                atoms.append(_Item(m.start(), m.end(), 1.0, "article"))
            continue
        if _overlaps(m.start(), m.end(), taken):
            continue
        pos = m.start()
        for part in parts:
            w = lex.words[part]
            atoms.append(
                _Item(pos, pos + len(part), w.value, w.kind, weak=w.weak, rule="number.words")
            )
            pos += len(part) + 1
    return atoms


def _joinable(text: str, prev: _Item, nxt: _Item, lex: _Lexicon) -> bool:
    gap = text[prev.end : nxt.start]
    if gap == "-" or (gap and gap.isspace()) or gap == "":
        return True
    words = gap.split()
    return len(words) == 1 and words[0].lower() in lex.joiners and prev.kind in ("hundred", "scale")


def _fits(
    kind: str, value: float, group: float, total: float, slot: int, last_scale: float
) -> bool:
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


def _approximate(text: str, start: int, lex: _Lexicon) -> bool:
    m = _LAST_WORD.search(text, max(0, start - 20), start)
    return bool(m) and m.group(1).lower().rstrip(".") in lex.approximate


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


def find_numbers(
    text: str, language: str, taken: Sequence[tuple[int, int]] = ()
) -> list[NumberHit]:
    """Every number in ``text`` (not inside the ``taken`` offsets, which dates hold), in order."""
    lex = _lexicon(language)
    items = _digit_items(text, language, lex, taken) + _word_items(text, lex, taken)
    items.sort(key=lambda it: it.start)
    items = _merge_scales(text, items)
    hits: list[NumberHit] = []
    i = 0
    while i < len(items):
        a = items[i]
        approx = _approximate(text, a.start, lex)
        b = items[i + 1] if i + 1 < len(items) else None
        family = a.family or ("weak" if a.weak else "")
        rule, start = ("", 0)
        if b is not None and not a.family and not b.family:
            rule, start = _range_gap(text, a, b, lex)
        if rule and b is not None:
            low, high = a.value, b.value
            if a.digits and b.digits and high < low and len(b.digits) < len(a.digits):
                high = float(a.digits[: len(a.digits) - len(b.digits)] + b.digits)  # 1950-53
            fam = "weak" if a.weak and b.weak else ""
            approx = approx or _approximate(text, start, lex)
            hits.append(NumberHit(start, b.end, (low, high), approx, fam, rule))
            i += 2
            continue
        hits.append(NumberHit(a.start, a.end, (a.value,), approx, family, a.rule))
        i += 1
    return hits
