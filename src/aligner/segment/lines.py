"""Paragraphs and lines of a stretch of the file, and what kind of line each one is.

A transcribed page mixes the document's text with page furniture (page numbers,
sheet marks, cipher-telegram headers and numbers, typist's notes, letter-spaced
signatures) and with editorial notes ("[signature]"). Each kind is recognised by
a small named rule; :data:`LINE_RULES` holds them in order and the first rule
that answers decides. Words the rules look for are data (``furniture_ru.toml``,
``editorial.toml``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

import attrs
import regex

from ..model import SegmentKind
from ..morph import WORD_RE, ru_lemmas
from ..normalize import is_letter_spaced
from ..resources import data_toml
from . import apparatus_lines as app
from .editorial_notes import is_editorial_block

__all__ = ["Line", "Paragraph", "paragraphs", "classify_line", "copy_list_runs", "LINE_RULES", "NUMERIC_DATE"]


@attrs.frozen
class Line:
    """One line of the file: ``[start, end)`` without its line break, and its stripped text."""

    start: int
    end: int
    text: str


@attrs.frozen
class Paragraph:
    """Consecutive non-blank lines."""

    lines: tuple[Line, ...]


_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def paragraphs(text: str, start: int, end: int) -> Iterator[Paragraph]:
    """The paragraphs of ``text[start:end]``: runs of lines with non-space characters."""
    current: list[Line] = []
    pos = start
    while pos < end:
        m = _LINE.match(text, pos, end)
        if m is None or m.end() == pos:  # pragma: no cover - the pattern always advances before end
            break
        raw_end = m.end()
        body_end = raw_end
        while body_end > pos and text[body_end - 1] in "\r\n":
            body_end -= 1
        stripped = text[pos:body_end].strip()
        if stripped:
            lead = len(text[pos:body_end]) - len(text[pos:body_end].lstrip())
            trail = len(text[pos:body_end]) - len(text[pos:body_end].rstrip())
            current.append(Line(pos + lead, body_end - trail, stripped))
        elif current:
            yield Paragraph(tuple(current))
            current = []
        pos = raw_end
    if current:
        yield Paragraph(tuple(current))


#: A date written in figures: 08.07.1950, 8.7.50, 8/7/1950, optionally with "г." ("8.7.50г.").
NUMERIC_DATE = regex.compile(
    r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:\d{4}|\d{2})(?!\d)"
)
_DATE_ONLY = regex.compile(
    r"^[-–—\s]*+(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:\d{4}|\d{2})"
    r"(?:\s*+\p{L}{1,4}\.?)?[-–—\s.]*+$"
)
_RULE_LINE = regex.compile(r"^[-*_=~–—·•\s]{3,}$")
_BRACKET_LINE = regex.compile(r"^\[(?P<body>[^\[\]]{1,80})\]\.?$")
_HAS_LETTER = regex.compile(r"\p{L}")
_HAS_DIGIT = regex.compile(r"\d")
_NUMBER_SIGN = regex.compile(r"^№|\s№\s*\d|\bN[o°]?\.?\s*\d")


@functools.cache
def _furniture() -> dict[str, object]:
    """``furniture_ru.toml`` with the word lists of ``furniture_en.toml`` added."""
    merged = dict(data_toml("furniture_ru.toml"))
    for key, value in data_toml("furniture_en.toml").items():
        if isinstance(value, list):
            merged[key] = [*merged.get(key, []), *value]  # type: ignore[misc]
    return merged


@functools.cache
def _editorial() -> dict[str, object]:
    return data_toml("editorial.toml")


#: Patterns asked of every line, compiled once.
_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")
_LETTER_SPACED_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}(?: \p{Lu}){3,}(?![\p{L}\p{N}])")
_ABBREVIATED_OPENER = regex.compile(r"^(\p{L}+)\.")


def _lemmas(word: str) -> tuple[str, ...]:
    if _CYRILLIC.search(word):
        return ru_lemmas(word)
    return (word.lower(),)


@functools.lru_cache(maxsize=16)
def _words(text: str) -> tuple[str, ...]:
    """The words of a line, kept for the next rules that ask (a huge line is read once)."""
    return tuple(m.group() for m in WORD_RE.finditer(text))


LineRule = Callable[[str], "SegmentKind | None"]


def _horizontal_rule(line: str) -> SegmentKind | None:
    """A line of dashes, stars or underscores ("---"): a rule drawn across the page."""
    return SegmentKind.FURNITURE if _RULE_LINE.match(line) else None


def _editorial_note(line: str) -> SegmentKind | None:
    """A line that is one bracketed note of a few words ("[signature]", "[подпись]")."""
    if is_editorial_block(line):  # "[Translator's note: …]" of any length, a line of its own
        return SegmentKind.EDITORIAL
    m = _BRACKET_LINE.match(line)
    if m is None:
        return None
    limit = int(_editorial()["max_words"])  # type: ignore[call-overload]
    return SegmentKind.EDITORIAL if len(_words(m["body"])) <= limit else None


def _no_letters(line: str) -> SegmentKind | None:
    """A line without letters that is not a date: a page number, a reference like "7/2 21/53", a mark."""
    if _HAS_LETTER.search(line) or _DATE_ONLY.match(line):
        return None
    return SegmentKind.FURNITURE


def _letter_spaced(line: str) -> SegmentKind | None:
    """A letter-spaced name standing alone ("Ш Т Ы К О В."): a typed signature of the sender."""
    if not is_letter_spaced(line):
        return None
    rest = _LETTER_SPACED_WORD.sub("", line)
    return None if _HAS_LETTER.search(rest) else SegmentKind.FURNITURE


def _sheet_mark(line: str) -> SegmentKind | None:
    """A sheet or page mark: a sheet word and a number, nothing else ("Лист № 2", "Л. 45 об.")."""
    words = _words(line)
    if not words or not _HAS_DIGIT.search(line) or len(words) > 3:
        return None
    sheet_words = set(_furniture()["sheet_words"])  # type: ignore[call-overload]
    first = words[0].lower()
    if not _NUMBER_AFTER_WORD.match(line) or _PROTOCOL_MARK.match(line):
        return None  # "P. KUMYKIN1": a signature with a footnote mark, no page of a number;
        # "P 80/214": a protocol and its point, no page
    if first in sheet_words or any(lem in sheet_words for lem in _lemmas(words[0])):
        return SegmentKind.FURNITURE
    return None


#: A sheet word and its number right after it ("Лист № 2", "Л. 45 об.", "P. 3", "[Page 692]").
_NUMBER_AFTER_WORD = regex.compile(r"^\W*\p{L}+\.?\s*(?:№|No\.?)?\s*\d")


#: A line of "No." or "No" and a figure, with at most a short mark after it: the English number sign
#: ("No. 17/ab", "No. 2290"), not a line that goes on ("No. 52 of May 3, 1949"); a running number in
#: brackets may follow, as after «№ 83 (1174)», which has no letters: "No. 83 (1174)".
_NO_SIGN = regex.compile(r"No\.?[ \t]*\d[\w/.-]*(?:[ \t]+[\p{L}/-]{1,4}\.?)?(?:[ \t]*\(\d+\))?")


#: A protocol mark standing alone: one or two capitals, then the protocol's number and its point's
#: ("П80/214", "P 80/214": a decision of a body's protocol, as its extract is headed).
_PROTOCOL_MARK = regex.compile(r"^\p{Lu}{1,2}\s?\d{1,4}/\d{1,4}$")


def _reference_number(line: str) -> SegmentKind | None:
    """A line that opens with a number sign ("№ 481/ш.", "No. 481/sh"): a cipher or registration
    number; or a protocol mark standing alone ("П80/214", :data:`_PROTOCOL_MARK`)."""
    words = _words(line)
    limit = int(_furniture()["max_apparatus_words"])  # type: ignore[call-overload]
    if (line.startswith("№") and len(words) <= 2) or _PROTOCOL_MARK.match(line):
        return SegmentKind.FURNITURE
    if _NO_SIGN.fullmatch(line):  # "No. 17/ab": the translation's number sign
        return SegmentKind.FURNITURE
    if _NUMBER_SIGN.search(line) and 0 < len(words) <= limit:
        apparatus = set(_furniture()["apparatus_words"])  # type: ignore[call-overload]
        if any(lem in apparatus for w in words for lem in _lemmas(w)):
            return SegmentKind.FURNITURE
    return None


def _typist_note(line: str) -> SegmentKind | None:
    """A typist's or clerk's note opening with an abbreviation such as "отп." (printed by)."""
    m = _ABBREVIATED_OPENER.match(line)
    if m is None:
        return None
    openers = set(_furniture()["typist_openers"])  # type: ignore[call-overload]
    return SegmentKind.FURNITURE if m.group(1).lower() in openers else None


#: The line rules in the order they are tried; the first that answers decides.
LINE_RULES: tuple[tuple[str, LineRule], ...] = (
    ("furniture.horizontal_rule", _horizontal_rule),
    ("editorial.bracket_note", _editorial_note),
    ("furniture.no_letters", _no_letters),
    ("furniture.letter_spaced", _letter_spaced),
    ("furniture.sheet_mark", _sheet_mark),
    ("furniture.reference_number", _reference_number),
    ("furniture.typist_note", _typist_note),
    ("furniture.archive_reference", app.archive_reference),
    ("furniture.transmission", app.transmission_note),
    ("furniture.clerk_note", app.labelled_note),
    ("furniture.copies", app.copies_note),
    ("furniture.copy_list", app.copy_list),
    ("furniture.copy_item", app.copy_distribution),
    ("furniture.addressees", app.addressee_list),
    ("furniture.phone", app.phone_line),
    ("editorial.footnote", app.edition_footnote),
    ("editorial.signed_footnote", app.signed_footnote),
    ("editorial.document_heading", app.document_heading),
    ("furniture.file_number", app.file_number),
    ("furniture.file_reference", app.file_reference),
    ("furniture.number", app.number_line),
    ("furniture.typist_mark", app.date_time_mark),
)


def classify_line(line: str) -> tuple[SegmentKind, str] | None:
    """The kind of a line that is furniture or editorial on its own, with the rule's name; else None."""
    for name, rule in LINE_RULES:
        kind = rule(line)
        if kind is not None:
            return kind, name
    return None


#: A line of a typist's copy list of any destination: a copy number, a dash and a few words ("2 - Посольству
#: СССР в ПНР"); the number is group 1.
_COPY_LINE = regex.compile(r"^(\d{1,2})\s*[-–—]\s*\p{L}[^\d.;]{0,60}\.?$")

#: How many words a destination of a copy list may have.
_COPY_WORDS = 6


def copy_list_runs(
    lines: tuple[Line, ...] | list[Line], kinds: list[tuple[SegmentKind, str] | None]
) -> list[tuple[SegmentKind, str] | None]:
    """The kinds of a paragraph's lines with every line of a typist's copy list made furniture: a run of
    lines numbered in order ("1 - адресату", "2 - Посольству СССР в ПНР", "3 - в дело") one line of
    which is a copy item by itself; the others may name any addressee (``furniture.copy_list_run``)."""
    out = list(kinds)
    numbers = []
    for line in lines:
        m = _COPY_LINE.match(line.text)
        numbers.append(int(m.group(1)) if m and len(WORD_RE.findall(line.text)) <= _COPY_WORDS else None)
    i = 0
    while i < len(lines):
        j = i + 1
        while numbers[i] is not None and j < len(lines) and numbers[j] == (numbers[j - 1] or -1) + 1:
            j += 1
        run = range(i, j)
        rules = [kind[1] for k in run if (kind := out[k]) is not None]
        if len(run) > 1 and "furniture.copy_item" in rules:
            for k in run:
                out[k] = out[k] or (SegmentKind.FURNITURE, "furniture.copy_list_run")
        i = j
    return out


def is_date_only(line: str) -> bool:
    """Whether the line is a date in figures and nothing else ("8.7.50г.", "08.07.1950", "8.VII.50 г.")."""
    return _DATE_ONLY.match(line) is not None or app.is_roman_date(line)
