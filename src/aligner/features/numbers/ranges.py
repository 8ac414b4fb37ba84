"""Numbers joined with the words after them: scales (2 тыс. = 2,000), fractions (две трети,
"a third of"), "and a half" (два с половиной = 2.5), and ranges ("25-35", "от 25 до 35").
"""

from __future__ import annotations

import functools

import attrs
import regex

from ...resources import data_toml
from .items import _WINDOW, _Item
from .lexicon import _approximate, _Lexicon

_ARTICLE_BEFORE = regex.compile(r"(?<!\p{L})(?:a|an)\s+$", regex.IGNORECASE)
_FRACTION_AFTER = regex.compile(r"\s+of(?!\p{L})|\s*(?:[^\s\p{L}\d]|$)")
_DASH_RE = regex.compile(r"\s*[-\u2010-\u2015\u2212]\s*")
_SPACE_RE = regex.compile(r"\s+")
_LAST_WORD = regex.compile(r"(\S+)\s+$")

_WORD_AFTER = regex.compile(r"[\s\-\u2010\u2011]+(\p{L}+)")


@functools.cache
def _half_patterns(half_after: tuple[str, ...]) -> tuple[regex.Pattern[str], ...]:
    """The words of "and a half" after a number (с половиной), one pattern each, compiled once."""
    return tuple(
        regex.compile(r"\s+" + r"\s+".join(map(regex.escape, h.split())) + r"(?!\p{L})", regex.IGNORECASE)
        for h in half_after
    )


def _half_unit(text: str, item: _Item) -> float:
    """What "and a half" adds after ``item``: half its scale word when it ends in one ("a million and a half"
    = 1,500,000, «миллион с половиной»), else a half (two and a half = 2.5)."""
    value = item.value
    if value < 1000 or value != int(value) or not text[item.end - 1 : item.end].isalpha():
        return 0.5
    scale = 1000
    while int(value) % (scale * 1000) == 0:
        scale *= 1000
    return scale / 2


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


#: Letters glued to the end of a number: a scale abbreviation perhaps ("2.3bn", "$40m").
_GLUED = regex.compile(r"\p{L}{1,3}(?!\p{L})")
#: A currency sign right before a number: "$40m" is forty million dollars, "40m" perhaps forty metres.
_CURRENCY_BEFORE = regex.compile(r"(?:[$£€¥₽]|\p{Lu}{1,2}\$|(?<!\p{L})(?:RUB|USD|EUR|GBP|CNY|UAH|KZT)\s?)$")


def glued_scales(text: str, items: list[_Item], glued: dict[str, tuple[float, bool]]) -> list[_Item]:
    """$2.3bn, 40mn, £5m: digits times the scale abbreviation glued to them (one that also stands for
    a unit, "m" or "k", only after a currency sign, or right after a figure with the same one: "$50k
    to 60k"); the abbreviation's own reading is dropped."""
    if not glued:
        return items
    out: list[_Item] = []
    covered, last = -1, ""
    for item in items:
        if item.start < covered:
            continue  # the "bn" of "2.3bn", read on its own as a word
        after = _GLUED.match(text, item.end) if item.kind == "digits" and not item.family else None
        word = after.group() if after else ""
        scale = glued.get(word) or glued.get(word.lower())
        paired = word == last and item.start - covered <= _PAIRED_REACH
        if (
            after
            and scale
            and (not scale[1] or paired or _CURRENCY_BEFORE.search(text, max(0, item.start - 5), item.start))
        ):
            out.append(
                attrs.evolve(item, end=after.end(), value=item.value * scale[0], rule="number.digits_scale")
            )
            covered, last = after.end(), word
            continue
        out.append(item)
    return out


#: How far after a figure with a glued scale the next one may take the same scale without a currency sign.
_PAIRED_REACH = 8


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


def _ordinal_word(text: str, item: _Item, lex: _Lexicon) -> bool:
    """Whether the item is written as an ordinal ("third" of "third-quarter"): a fraction's numerator is a
    cardinal ("three-quarters"), so an ordinal before a denominator names a part of a period."""
    word = lex.words.get(text[item.start : item.end].lower().replace("ё", "е"))
    return word is not None and word.ordinal


@functools.cache
def _comparatives() -> regex.Pattern[str]:
    """The comparatives after "a third" that make it a share (``fraction_comparatives`` of
    ``numbers_en.toml``)."""
    words = data_toml("numbers_en.toml").get("context", {}).get("fraction_comparatives", ())
    if not words:
        return regex.compile("(?!)")
    return regex.compile(rf"\s+(?:{'|'.join(regex.escape(w) for w in words)})(?!\p{{L}})", regex.IGNORECASE)


def _comparative_after(text: str, end: int) -> bool:
    """Whether a comparative follows right after ``end`` ("a third smaller", "a quarter more")."""
    return _comparatives().match(text, end) is not None


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
                _FRACTION_AFTER.match(text, item.end)
                or _approximate(text, article.start(), lex)
                or _comparative_after(text, item.end)
            )  # "a third of the votes", "about a third", "a third smaller"; "a third time" is an ordinal
            if word in lex.denominators and fraction:
                value = 1 / lex.denominators[word]
                item = attrs.evolve(item, value=value, rule="number.fraction", weak=True, ordinal=False)
            out.append(item)
            continue
        after = _WORD_AFTER.match(text, item.end, item.end + _WINDOW)
        if after and after.group(1).lower() in lex.denominators and not _ordinal_word(text, item, lex):
            denominator = lex.denominators[after.group(1).lower()]
            item = attrs.evolve(
                item,
                end=after.end(),
                value=item.value / denominator,
                rule="number.fraction",
                kind="words",
                weak=False,
            )
        else:
            for half in _half_patterns(lex.half_after):
                gap = half.match(text, item.end, item.end + _WINDOW)
                if gap:
                    item = attrs.evolve(
                        item,
                        end=gap.end(),
                        value=item.value + _half_unit(text, item),
                        rule="number.and_a_half",
                        kind="words",
                        weak=False,
                    )
                    break
        out.append(item)
    return out
