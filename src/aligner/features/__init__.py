"""Features: what a segment says that can be compared across languages.

:func:`analyse` reads one segment and returns its numbers, dates, names,
titles and glossary terms as :class:`~aligner.model.Mention` records whose
spans point into the original text. Dates are read first and keep their
digits; titles, terms and known names are read in one pass where the longest
entry wins; names by shape come last, among the words nothing else claimed.
"""

from __future__ import annotations

import functools
import sys
import unicodedata

import attrs
import regex

from ..cache import cached
from ..errors import ConfigError
from ..model import Features, Mention, Segment
from ..morph import words as _words
from ..spelling import fold_lookalikes
from .dates import NAMED_DAY, find_dates
from .glossary_match import make_index, match_glossary
from .names import NAMES_FILE, find_names, name_entries, names_match
from .numbers import find_numbers
from .spelt_letters import spelt_abbreviations, spelt_key
from .terms import TERMS_FILE, GlossaryEntry, concept_ref, glossary_entries, tokenize
from .titles import rule_of, title_entries
from .values import DateValue, NumberValue

__all__ = ["analyse", "names_match", "LANGUAGES"]

#: The languages :func:`analyse` reads.
LANGUAGES = ("ru", "en")


@functools.cache
def _index(language: str) -> dict[str, tuple[GlossaryEntry, ...]]:
    """The glossary index of titles, terms and known names; derived once, kept in the disk cache."""

    def build() -> dict[str, tuple[GlossaryEntry, ...]]:
        entries = (
            title_entries(language) + glossary_entries(TERMS_FILE, "term", language) + name_entries(language)
        )
        return make_index(entries)

    return cached(f"glossary-{language}", build)


def _mention(
    segment: Segment, kind: str, start: int, end: int, value: NumberValue | DateValue | str, **kw: object
) -> Mention:
    return Mention(
        kind=kind,
        value=value,
        text=segment.text[start:end],
        span=segment.raw_span(start, end),
        **kw,  # type: ignore[arg-type]
    )


_DIGIT = regex.compile(r"\d")


class _AsciiDigits(dict):  # type: ignore[type-arg]
    """A ``str.translate`` table that maps every Unicode decimal digit to its ASCII digit."""

    def __missing__(self, code: int) -> int:
        value = unicodedata.decimal(chr(code), None)
        if code < 128:
            answer = code
        elif value is not None:
            answer = ord("0") + value
        elif _DIGIT.match(chr(code)):
            answer = ord("_")  # a digit newer than Python's Unicode tables: no number of ours
        else:
            answer = code
        self[code] = answer
        return answer


_ASCII_DIGITS = _AsciiDigits()


#: One mention found in a text: its offsets, value and the rest of the ``Mention``'s fields.
_Found = tuple[int, int, "NumberValue | DateValue | str", dict[str, object]]


@attrs.frozen
class _Reading:
    """What one text says, in offsets into that text (a segment's mentions are made from it)."""

    numbers: tuple[_Found, ...]
    dates: tuple[_Found, ...]
    names: tuple[_Found, ...]
    titles: tuple[_Found, ...]
    terms: tuple[_Found, ...]
    words: tuple[str, ...]


#: Texts read so far, by language: a document repeats its lines (headings, furniture, formulas)
#: and a corpus its documents; each distinct text is read once.
_READINGS: dict[tuple[str, str], _Reading] = {}
#: The most texts whose readings are kept (then they are dropped, and read again when met).
_MAX_READINGS = 50_000


def release_readings() -> None:
    """Drop the readings of texts and the glossary keys of words kept so far.

    The pipeline calls it once a long document's features are read: the caches have done their
    work for that document, and what they hold (a few megabytes a thousand distinct lines) would
    otherwise add to the run's peak memory through the alignment and the checks.
    """
    from .. import morph
    from . import terms

    _READINGS.clear()
    # pymorphy3's readings of the words too: the checks read few of them again
    readings = (morph.parses_of, morph.ru_parses)
    for cache in (terms.word_keys, terms.may_be_name, terms.ru_function_word, *readings):
        cache.cache_clear()


def analyse(segment: Segment, *, language: str) -> Features:
    """The numbers, dates, names, titles, terms and words of one segment in ``language``."""
    if language not in LANGUAGES:
        msg = f"cannot analyse text in {language!r}: aligner reads {' and '.join(LANGUAGES)}"
        raise ConfigError(msg)
    key = (segment.text, language)
    reading = _READINGS.get(key)
    if reading is None:
        if len(_READINGS) >= _MAX_READINGS:
            _READINGS.clear()
        reading = _READINGS[key] = _read(segment.text, language)

    def made(kind: str, found: tuple[_Found, ...]) -> tuple[Mention, ...]:
        if not found:  # most segments hold no mention of most kinds
            return ()
        return tuple(_mention(segment, kind, start, end, value, **kw) for start, end, value, kw in found)

    names: tuple[Mention, ...] | list[Mention] = made("name", reading.names)
    if len(names) > 1:
        names = sorted(names, key=lambda n: n.span.start)
    return Features(
        segment_id=segment.id,
        length=len(segment.text),
        numbers=made("number", reading.numbers),
        dates=made("date", reading.dates),
        names=tuple(names),
        titles=made("title", reading.titles),
        terms=made("term", reading.terms),
        words=reading.words,
    )


def _read(text: str, language: str) -> _Reading:
    """The mentions and words of one text in ``language``, offsets into ``text``."""
    if language == "ru":  # "Cын" with a Latin C (an OCR fault) reads as "Сын"; offsets stay
        text = fold_lookalikes(text)
    # Digits of other scripts ("٣", "३") read as the ASCII digits they stand for; one
    # character for one, so every offset stays that of the segment's text.
    figures = text.translate(_ASCII_DIGITS) if not text.isascii() else text
    dates = find_dates(figures, language)
    date_spans = [(d.start, d.end) for d in dates]
    numbers = find_numbers(figures, language, date_spans)
    tokens = tokenize(text, language)
    matches = match_glossary(text, tokens, _index(language), language=language)
    # a day known by its name ("New Year's Eve") is a date, not a person's name
    taken = [(m.start, m.end) for m in matches] + [(d.start, d.end) for d in dates if d.rule == NAMED_DAY]
    # «Би-би-си»: one name, the abbreviation its letters' names spell (BBC), no syllables «Би-би»
    spelt = [s for s in spelt_abbreviations(text) if not any(a < s[1] and s[0] < b for a, b in taken)]
    spelt = spelt if language == "ru" else []
    taken += [(a, b) for a, b, _ in spelt]
    shaped = find_names(text, tokens, language, taken)

    titles: list[_Found] = []
    terms: list[_Found] = []
    names: list[_Found] = []
    for m in matches:
        entry = m.entry
        concept = concept_ref(entry)
        if entry.kind == "title":
            kw = {"family": entry.family, "rule": rule_of(entry), "concept": concept}
            titles.append((m.start, m.end, entry.value, kw))
        elif entry.kind == "term":
            kw = {"family": entry.family, "rule": f"{TERMS_FILE}:{language}:{entry.form}", "concept": concept}
            terms.append((m.start, m.end, entry.value, kw))
        else:
            names.append((m.start, m.end, entry.value, {"rule": NAMES_FILE, "concept": concept}))
    names.extend((h.start, h.end, h.value, {"rule": h.rule}) for h in shaped)
    names.extend((a, b, spelt_key(letters), {"rule": "name.spelt_letters"}) for a, b, letters in spelt)
    return _Reading(
        numbers=tuple(
            (h.start, h.end, h.value, {"family": h.family, "rule": h.rule, "approximate": h.approximate})
            for h in numbers
        ),
        dates=tuple((d.start, d.end, d.value, {"rule": d.rule}) for d in dates),
        names=tuple(names),
        titles=tuple(titles),
        terms=tuple(terms),
        # one string for each distinct word: a long text repeats its words many times over
        words=tuple(sys.intern(w.lower()) for _, _, w in _words(text)),
    )
