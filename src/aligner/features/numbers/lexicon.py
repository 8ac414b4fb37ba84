"""The number words of a language and the words around numbers, read from ``data/numbers_<lang>.toml``.

Number words with their values and kinds (units, tens, hundreds, scales, ordinals), the words that
make a number approximate or a bound, reference markers, range words, denominators, unit conversions
and the words of clock times.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from ...cache import cached_on_disk
from ...errors import ConfigError
from ...resources import data_toml
from ...tokens import word_pattern
from ..clocks import Clock

__all__ = [
    "ordinal_words",
    "number_words",
    "clock_words",
    "reference_before",
    "approximation",
    "bound_direction",
    "conversion",
]


#: One number word read out of context: offsets into the word, value, kind, weak, rule, ordinal.
Reading = tuple[int, int, float, str, bool, str, bool]


@attrs.frozen
class _Word:
    value: float
    kind: str
    weak: bool
    ordinal: bool = False
    #: a word that multiplies («вдвое», «втрое», "threefold"): read like "в три раза", "three times"
    multiplier: bool = False


@attrs.frozen
class _Lexicon:
    words: dict[str, _Word]
    approximate: regex.Pattern[str]
    bounds: regex.Pattern[str]
    #: a verb of change and «до» right before a number: the value reached, no bound (увеличить до 300)
    reached: regex.Pattern[str]
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
    #: scale abbreviations glued to a number ($2.3bn): value, and whether a currency sign must precede
    glued: dict[str, tuple[float, bool]] = attrs.field(factory=dict)
    #: a word of sign right before a number (минус 25, minus 25)
    minus: regex.Pattern[str] = regex.compile("(?!)")
    #: words after a number and its unit that put it below zero (25 градусов ниже нуля)
    below_zero: regex.Pattern[str] = regex.compile("(?!)")
    #: the same words ending right where a text ends: their zero is the scale's, no number ("2 to 9
    #: degrees below zero", «от 2 до 9 градусов ниже нуля»)
    zero_phrase: regex.Pattern[str] = regex.compile("(?!)")
    #: the number atoms of each word read so far (see :func:`.words._word_atoms`)
    readings: dict[str, tuple[Reading, ...]] = attrs.field(factory=dict, eq=False)
    #: the bound words by direction ("lower": более 30, "upper": не более 30), and those weak about it
    directions: tuple[tuple[str, regex.Pattern[str]], ...] = ()
    weak_bounds: frozenset[str] = frozenset()
    #: «пол-» words: the prefixes, the counts (полсотни = 50) and the units (полгода: half a year) they take
    half_prefixes: tuple[str, ...] = ()
    half_counts: frozenset[str] = frozenset()
    half_units: frozenset[str] = frozenset()


def _ordinal_forms(lemmas: Sequence[str]) -> list[str]:
    """Every case form of Russian ordinal lemmas (третий: третьего, третьей …), via pymorphy3."""
    from ...morph import parses_of

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
                word = _Word(
                    _exact(entry["value"]),
                    entry["kind"],
                    bool(entry.get("weak", False)),
                    ordinal,
                    bool(entry.get("multiplier", False)),
                )
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


@cached_on_disk("number-lexicon")
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
        bounds=_approximate_pattern({**ctx, "bounds": [*ctx.get("bounds", ()), *_directed(ctx)]}, "bounds"),
        directions=tuple((d, _approximate_pattern(ctx, f"bounds_{d}")) for d in _DIRECTIONS),
        weak_bounds=frozenset(w.lower() for w in ctx.get("bounds_weak", ())),
        reached=_reached_pattern(ctx),
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
        glued={
            a if a.isupper() else a.lower(): (_exact(v), bool(c)) for a, v, c in ctx.get("glued_scales", ())
        },
        minus=_minus_pattern(ctx.get("minus", ())),
        below_zero=_below_zero_pattern(ctx.get("below_zero", ())),
        zero_phrase=_zero_phrase_pattern(ctx.get("below_zero", ())),
        half_prefixes=tuple(sorted((p.lower() for p in ctx.get("half_prefixes", ())), key=len, reverse=True)),
        half_counts=_lower_set(ctx.get("half_counts", ())),
        half_units=_lower_set(ctx.get("half_units", ())),
    )


def half_word(word: str, lex: _Lexicon) -> tuple[str, bool] | None:
    """The unit a «пол-» word halves, and whether it is a count («полсотни»: "сотни", True; «полгода»:
    "года", False), or ``None`` for any other word («полковник», «полный»)."""
    low = word.lower().replace("ё", "е")
    for prefix in lex.half_prefixes:
        if low.startswith(prefix):
            rest = low[len(prefix) :].lstrip("-")
            if rest in lex.half_counts:
                return rest, True
            if rest in lex.half_units:
                return rest, False
    return None


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(r"\s+".join(map(regex.escape, w.split())) for w in sorted(words, key=len, reverse=True))


def _minus_pattern(words: Sequence[str]) -> regex.Pattern[str]:
    """A word of sign ending right before a number, not the end of «плюс-минус» ("give or take")."""
    if not words:
        return regex.compile("(?!)")
    return regex.compile(rf"(?<![\p{{L}}\-])(?:{_alternatives(words)})\s+$", regex.IGNORECASE)


def _below_zero_pattern(words: Sequence[str]) -> regex.Pattern[str]:
    """Words after a number, past at most two words of its unit, that put it below zero."""
    if not words:
        return regex.compile("(?!)")
    return regex.compile(
        rf"(?:\s*[°\p{{L}}.]+){{0,2}}\s+(?:{_alternatives(words)})(?!\p{{L}})", regex.IGNORECASE
    )


def _zero_phrase_pattern(words: Sequence[str]) -> regex.Pattern[str]:
    """Words that put a number below zero, ending where the text searched ends ("below zero")."""
    if not words:
        return regex.compile("(?!)")
    return regex.compile(rf"(?<!\p{{L}})(?:{_alternatives(words)})$", regex.IGNORECASE)


def zero_of_scale(text: str, end: int, lex: _Lexicon) -> bool:
    """Whether the word ending at ``end`` is the zero of words of temperature ("below zero", «ниже
    нуля»): the scale's point, not a number of the text."""
    return lex.zero_phrase.search(text, max(0, end - 30), end) is not None


def signed(text: str, start: int, end: int, lex: _Lexicon) -> bool:
    """Whether words around the number at ``text[start:end]`` make it negative: a word of sign right
    before it ("минус 25", "minus 25") or words of temperature after it ("25 градусов ниже нуля")."""
    before = lex.minus.search(text, max(0, start - 12), start)
    return bool(before or lex.below_zero.match(text, end, end + 40))


@cached_on_disk("ordinal-words")
def ordinal_words(language: str) -> dict[str, float]:
    """Every ordinal number word form of ``language`` with its value (восьмого: 8, eighth: 8)."""
    name = f"numbers_{language}.toml"
    return {f: w.value for f, w in _words_of(data_toml(name), name, ordinals=True).items()}


@functools.cache
def number_words(language: str) -> dict[str, float]:
    """Every number word form of ``language`` with its value (for tests and other checks; one
    dictionary a language, read-only)."""
    return {form: w.value for form, w in _lexicon(language).words.items()}


#: The directions a bound word gives its number (``bounds_<direction>`` of numbers_<lang>.toml).
_DIRECTIONS = ("lower", "upper")


def _directed(ctx: dict) -> list[str]:
    return [w for d in _DIRECTIONS for w in ctx.get(f"bounds_{d}", ())]


def _approximate_pattern(ctx: dict, key: str) -> regex.Pattern[str]:
    """Words before a number that make it approximate ("около", "about") or a bound ("более")."""
    words = sorted(ctx.get(key, ()), key=len, reverse=True)
    if not words:
        return regex.compile("(?!)")
    marker = "|".join(r"\s+".join(map(regex.escape, w.split())) for w in words)
    skip = "|".join(regex.escape(w) for w in ctx.get("approximate_skip", ()))
    between = rf"(?:(?:{skip})\s+)?" if skip else ""
    return regex.compile(rf"(?<!\p{{L}})(?:{marker})\.?\s+{between}$", regex.IGNORECASE)


def _reached_pattern(ctx: dict) -> regex.Pattern[str]:
    """Verbs of change (their stems, ``change_verbs``), perhaps with their object, and «до» right
    before a number."""
    stems = "|".join(regex.escape(w) for w in sorted(ctx.get("change_verbs", ()), key=len, reverse=True))
    if not stems:
        return regex.compile("(?!)")
    # up to three words between the verb and «до» (сократить численность войск до 300), and the value
    # the change starts from (сократить со 120 до 60, снизить с 5,5 тыс. до 4)
    start = r"(?:\s+(?:с|со|от)\s+\d[\d.,\s]*(?:\p{L}+\.?)?)?"
    return regex.compile(
        rf"(?<!\p{{L}})(?:{stems})\p{{L}}*(?:\s+\p{{L}}+){{0,3}}{start}\s+до\s+$", regex.IGNORECASE
    )


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
        # «увеличить до 300» gives the value reached, as "increase to 300" does: no bound
        return "" if lex.reached.search(text, max(0, start - 60), start) else "bound"
    return ""


def bound_direction(text: str, start: int, language: str) -> tuple[str, str, bool, int]:
    """The direction a bound word right before ``text[start]`` gives the number there: ``"lower"``
    ("более 30", "at least 30"), ``"upper"`` ("не более 30", "up to 30") or ``""`` (no bound, or
    one that says no direction: "около", a value reached «увеличить до 300»); with the words
    themselves, whether they are weak about the direction («почти», «до») and where they start. The longest
    phrase wins: «не менее» is a lower bound though «менее» alone is an upper one."""
    lex = _lexicon(language)
    if approximation(text, start, lex=lex) != "bound":
        return "", "", False, start
    window = max(0, start - 30)
    found = [(m.start(), d, m) for d, pattern in lex.directions if (m := pattern.search(text, window, start))]
    if not found:
        return "", "", False, start
    _, direction, match = min(found, key=lambda f: f[0])
    words = " ".join(match.group().split()).rstrip(".")
    weak = any(words.lower() == w or words.lower().startswith(w + " ") for w in lex.weak_bounds)
    return direction, words, weak, match.start()


_UNIT_AFTER = regex.compile(r"\s+(\p{L}+)")
#: The words of a unit phrase: runs of letters (:func:`aligner.tokens.tokens`, no joiners, no marks).
_LETTERS = word_pattern(joiners="", marks=False)
_DIGIT = regex.compile(r"\d")


def conversion(text: str, end: int, language: str, start: int | None = None) -> float | None:
    """The factor of a unit word right after a number that translators convert (двое суток = 48
    hours: 24), or inside it ("a day and a half": from ``start``), or ``None``."""
    units = _lexicon(language).conversions
    after = _UNIT_AFTER.match(text[end : end + 40])
    if after is not None and after.group(1).lower() in units:
        return units[after.group(1).lower()]
    if start is None:
        return None
    spoken = _LETTERS.findall(text, start, end)
    if len(spoken) == 1 and (half := half_word(spoken[0], _lexicon(language))) is not None:
        return units.get(half[0]) if not half[1] else None  # полгода = six months (12), полчаса = 30 minutes
    if len(spoken) < 2 and not _DIGIT.search(text, start, end):
        return None  # the unit word is the number itself: «сотни» alone is a hundred, not 100 hundreds
    inside = (units[w.lower()] for w in spoken if w.lower() in units)
    return next(inside, None)
