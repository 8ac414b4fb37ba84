"""Where a run of text lines breaks before any sentence is sought: before a numbered item ("2. Поручить …"),
after a classification mark, a date alone or a title in capitals over running text, and before a signature's
date. Each group of lines is then split into sentences on its own (:mod:`aligner.segment`).
"""

from __future__ import annotations

import functools

import regex

from ..features.dates import find_dates
from ..resources import data_toml
from .lines import Line, is_date_only

__all__ = ["ends_with_punctuation", "is_heading", "numbered_items", "short_lines"]

_END_PUNCT = frozenset(".!?…:;,")
_LETTERS = regex.compile(r"\p{L}")


#: A line that opens a numbered item or a footnote: "2. Поручить …", "12) To report …", "2 The reference …",
#: "² Речь идет …".
#: "14. – О поставках …": a dash may stand between an item's number and its first word.
_ITEM_LINE = regex.compile(
    r"^(?:[1-9]\d{0,2}[.)]|[1-9]\d?|[¹²³⁴⁵⁶⁷⁸⁹⁰*]{1,3})[ \t]+(?:[–—-][ \t]+)?[\p{Lu}«\"“]"
)
#: The end of a line that closes a sentence, before any footnote mark glued to it ("aid.1", "помощи¹.").
_CLOSED_LINE = regex.compile(r"[.;!?…][\"»”’)\]]*+(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰*]{1,2})?$")


#: The number of a numbered item opening a line: "2." or "2)".
_ITEM_NUMBER = regex.compile(r"^([1-9]\d{0,2})[.)][ \t]")


def _next_item(first: Line, line: Line) -> bool:
    """Whether ``line`` opens the item numbered next after the item ``first`` opens ("1. Tractors – 5" /
    "2. Combines – 3"): a list whose items end in a bare figure, with no stop, still has its items."""
    a, b = _ITEM_NUMBER.match(first.text), _ITEM_NUMBER.match(line.text)
    return a is not None and b is not None and int(b.group(1)) == int(a.group(1)) + 1


def _first_item(line: Line) -> bool:
    """Whether ``line`` opens the first item of a list ("1. Tractors – 5" after "Allocated:")."""
    m = _ITEM_NUMBER.match(line.text)
    return m is not None and m.group(1) == "1"


def numbered_items(lines: list[Line]) -> list[list[Line]]:
    """The run of lines cut before each line that opens a numbered item or a footnote after a line that
    closes a sentence, or that opens the item numbered next: the item starts a sentence of its own even
    when the line before ends in a number, an abbreviation or a footnote mark ("… by 24:00 on June 26."
    / "2. The Commander …", "… No. 247." / "2 The reference is …", "1. Tractors – 5" / "2. Combines")."""
    groups = [[lines[0]]] if lines else []
    for k, (prev, line) in enumerate(zip(lines, lines[1:], strict=False), start=1):
        # a first item after a colon only when the list goes on ("Выделить:" / "1. …" / "2. …"); a
        # count after a colon at a line's end is none ("число советников:" / "1. Генерал подписал")
        listed = _first_item(line) and any(_next_item(line, later) for later in lines[k + 1 :])
        if _ITEM_LINE.match(line.text) and (
            _CLOSED_LINE.search(prev.text)
            or _next_item(prev, line)
            or _next_item(groups[-1][0], line)
            or (prev.text.endswith(":") and listed)
        ):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def short_lines(lines: list[Line], language: str) -> list[list[Line]]:
    """The run of lines cut after each line that is a classification mark («Строго секретно», «Особая
    папка», "Top Secret"), a date alone ("June 24, 1942") or a title in capitals opening the run
    («ПАМЯТНАЯ ЗАПИСКА») when a line opening with a capital or a figure follows: such a line never
    runs on into the next ("June 24, 1942" / "Field Army"; a title before its first sentence); and
    before a date alone under a signature, a line ending in a surname in capitals ("П. ОРЛОВ" /
    "17.XI.52"); and after a telegram's line of its place before another line of its heading ("From
    HELSINKI" / "MOSCOW - USSR MINISTRY …")."""
    groups = [[lines[0]]] if lines else []
    for line, following in zip(lines, lines[1:], strict=False):
        title = _mostly_lower(following.text) and (
            (len(groups[-1]) == 1 and is_heading(line.text))
            # a longer title, or one after a letterhead, over a sentence of running text
            or (_is_title(line.text) and _heads_run(groups[-1]) and ends_with_punctuation(following.text))
        )
        if _OPENS_LINE.match(following.text) and (
            _is_mark(line.text)
            or _is_date_line(line.text, language)
            or title
            or (_is_place_line(line.text) and not _mostly_lower(following.text))
        ):
            groups.append([following])
        elif _CLOSED_NAME.search(line.text) and _is_dateline(following.text, language):
            groups.append([following])  # "П. ОРЛОВ" / "17.XI.52": the signature's date, no part of it
        else:
            groups[-1].append(following)
    return groups


#: A telegram's line of its place or addressee: a short capitalised word (a preposition), then up to three
#: capitalised words and nothing else ("From HELSINKI", «Из ХЕЛЬСИНКИ», "From Pyongyang", "To MOSCOW");
#: not a post over a signature («Начальник ЦСУ СССР» / «В. СТАРОВСКИЙ»), whose first word is longer.
_PLACE_LINE = regex.compile(r"^\p{Lu}\p{Ll}{1,3}(?:[ \t]+\p{Lu}\p{L}+(?:-\p{L}+)?){1,3}$")


def _is_place_line(line: str) -> bool:
    """Whether the line is a telegram's line of its place (:data:`_PLACE_LINE`)."""
    return _PLACE_LINE.match(line.strip()) is not None


def _heads_run(group: list[Line]) -> bool:
    """Whether the last line of ``group`` may be a title: it opens the run, or only lines that are no
    running text stand before it (a letterhead, a number: "EMBASSY OF …" / "No. 17" / "MEMORANDUM")."""
    return all(not _mostly_lower(line.text) and not ends_with_punctuation(line.text) for line in group[:-1])


def _is_title(line: str) -> bool:
    """A heading in capitals (:func:`is_heading`), or a longer one of up to ten words over running text
    ("3. TRANSFER OF THE SHIPS TO THE PORT", "EMBASSY OF THE REPUBLIC OF FINLAND IN MOSCOW")."""
    letters = _LETTERS.findall(line)
    return is_heading(line) or (
        len(letters) >= _TITLE_LETTERS
        and all(ch.isupper() for ch in letters)
        and len(line.split()) <= _TITLE_WORDS
        and not ends_with_punctuation(line)
        and not is_date_only(line)
    )


#: A longer title over running text has at most this many words, and at least this many letters.
_TITLE_WORDS = 10
_TITLE_LETTERS = 8


#: A line ending in a surname in capitals (a signature: "П. ОРЛОВ", "KISELEV"), not in a word a
#: wrapped sentence or a dateline would go on from ("… был подписан" / "5 мая 1950 г.").
_CLOSED_NAME = regex.compile(r"(?<![\p{L}-])\p{Lu}{2,}(?:-\p{Lu}{2,})?\.?$")


_OPENS_LINE = regex.compile(r"^[\p{Lu}\d]")


def _mostly_lower(line: str) -> bool:
    """Whether most letters of ``line`` are lower case: running text, not a title going on in capitals
    («НАЧАЛЬНИКА ГАРНИЗОНА г. МОСКВЫ»)."""
    letters = _LETTERS.findall(line)
    return sum(ch.islower() for ch in letters) * 2 > len(letters)


_NOT_WORD = regex.compile(r"[^\p{L}\d]+")


@functools.cache
def _marks() -> frozenset[str]:
    """The classification and handling marks of ``furniture_*.toml``, as runs of lower-case words."""
    out = set()
    for name in ("furniture_ru.toml", "furniture_en.toml"):
        for mark in data_toml(name).get("classification_marks", ()):
            out.add(_NOT_WORD.sub(" ", str(mark).lower()).strip())
    return frozenset(out)


def _is_mark(line: str) -> bool:
    """Whether the line is a classification or handling mark and nothing else."""
    return len(line) <= _MARK_CHARS and _NOT_WORD.sub(" ", line.lower()).strip() in _marks()


#: A classification mark line is at most this long.
_MARK_CHARS = 60


def _is_date_line(line: str, language: str) -> bool:
    """Whether the line is one date and nothing else ("June 24, 1942", «24 июня 1942 г.»)."""
    hits = find_dates(line, language) if len(line) <= _MARK_CHARS else []
    if len(hits) != 1:
        return False
    rest = line[: hits[0].start] + line[hits[0].end :]
    return not _NOT_WORD.sub("", rest)


#: A place before a date on a dateline: one or two capitalised words (hyphens inside) and a comma.
_PLACE = regex.compile(r"\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?,\s+")


def _is_dateline(line: str, language: str) -> bool:
    """Whether the line is a date alone, or a place and a date ("Tiflis, May 3, 1950", «Рига, 3 мая
    1950 г.»): the dateline under a signature."""
    place = _PLACE.match(line)
    return _is_date_line(line[place.end() :] if place else line, language)


def is_heading(line: str) -> bool:
    """A short line in capitals without end punctuation ("СЕКРЕТНО", "TOP SECRET"), not a date
    whose capitals are a Roman month ("17.XI.52")."""
    letters = _LETTERS.findall(line)
    return (
        len(letters) >= 2
        and not is_date_only(line)
        and all(ch.isupper() for ch in letters)
        and len(line.split()) <= 6
        and not ends_with_punctuation(line)
    )


def ends_with_punctuation(line: str) -> bool:
    """Whether end punctuation stands after the last letter or digit of ``line``."""
    for ch in reversed(line):
        if ch.isalnum():
            return False
        if ch in _END_PUNCT:
            return True
    return False
