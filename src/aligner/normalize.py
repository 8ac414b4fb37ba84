"""Normalisation with an offset map: undo line-break hyphens, join soft line breaks, close letter-spacing.

A transcription of a typed page keeps the page's line breaks; a word broken at
the end of a line carries a hyphen ("незави-\\nсимость"). :func:`join_lines`
turns such a stretch of the file into running text and keeps, for every
character it outputs, the offset of the character of the file it came from,
so that whatever is found in the normalised text can be shown where it stands
in the original.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from .model import Offsets
from .morph import ru_is_known

__all__ = ["Normalized", "join_lines", "close_letter_spacing", "dehyphenate_choice"]


@attrs.frozen
class Normalized:
    """Normalised text and, for each of its characters, the offset of its source character.

    ``offsets`` is a tuple, or an :class:`~aligner.model.Offsets` run when the text is a
    verbatim stretch of the original (it reads and compares like the tuple).
    """

    text: str
    offsets: Sequence[int] = attrs.field(repr=False)


# A word broken by a hyphen at the end of a line: letters, a hyphen (any dash a
# typist or an OCR engine uses for it), spaces, a line break, spaces, a lower-case letter.
# A capital after the hyphen is taken only in Cyrillic text (a compound: "Народно-\nДемократической").
_BREAK = regex.compile(
    r"(?<=\p{L})[-\u00ad\u2010\u2011](?P<gap>[ \t]*\r?\n[ \t]*)(?=\p{Ll}|\p{Script=Cyrillic})"
)
_WORD_BEFORE = regex.compile(r"\p{L}[\p{L}-]*$")
_WORD_AFTER = regex.compile(r"\p{L}{1,64}")
# How far back the part of a word before a line-break hyphen is looked for (keeps the scan linear).
_WORD_WINDOW = 64
_SPACE_RUN = regex.compile(r"\s+")
# A run of white space other than one space: what folding to one space changes.
_OTHER_SPACE = regex.compile(r"\s{2,}|[^\S ]")
# White space that normalising would change: any but a single space between two characters.
_ODD_SPACE = regex.compile(r"[^\S ]|  ")
# Letter-spaced words: four or more capital letters each followed by one space ("Ш Т Ы К О В").
_LETTER_SPACED = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}(?: \p{Lu}){3,}(?![\p{L}\p{N}])")


@functools.lru_cache(maxsize=50_000)
def dehyphenate_choice(before: str, after: str) -> bool:
    """Whether ``before-`` at a line end and ``after`` on the next line form one word without the hyphen.

    The hyphen is dropped when the joined word is a known Russian word form
    ("незави" + "симость"), or when neither the joined nor the hyphenated form is
    known and the first part is no word of its own (a broken word garbled by OCR).
    A hyphen is kept when the hyphenated form is a known word
    ("северо" + "западный" → "северо-западный") or the part before it is.
    Latin-script words keep the rule: drop the hyphen unless both parts are capitalised
    ("Kim Il-" + "sung" → joined; "Franco-" + "Prussian" → kept). Before a capital the hyphen
    stays ("Народно-" + "Демократической"), unless both parts are capitals that form a known word.
    """
    joined = before + after
    if after[:1].isupper():
        # A compound of capitalised parts keeps its hyphen ("Народно-Демократической"); a word
        # of a heading in capitals broken at the line end is joined when the whole is a word.
        return before.isupper() and after.isupper() and ru_is_known(joined)
    if _CYRILLIC.search(joined):
        if ru_is_known(joined):
            return True
        if ru_is_known(f"{before}-{after}"):
            return False
        last = before.rsplit("-", 1)[-1]
        return not (len(last) > 3 and ru_is_known(last) and ru_is_known(after))
    return not (before[:1].isupper() and after[:1].isupper())


_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")


def join_lines(text: str, start: int, end: int) -> Normalized:
    """Normalise ``text[start:end]``: one line of running text with offsets into ``text``.

    Line-break hyphens are removed where :func:`dehyphenate_choice` says the
    parts form one word; every other run of white space (line breaks included)
    becomes one space; leading and trailing white space is dropped.
    """
    chunk = text[start:end]
    if (
        chunk
        and not chunk[0].isspace()
        and not chunk[-1].isspace()
        and _ODD_SPACE.search(chunk) is None  # no line break, so no broken word either
    ):  # nothing to undo (a line of a pre-segmented corpus): the text as it stands, one offset run
        return Normalized(chunk, Offsets(start, len(chunk)))
    chars: list[str] = []
    offsets: list[int] = []
    pos = start
    for m in _BREAK.finditer(chunk):
        hyphen_at = start + m.start()
        before = _WORD_BEFORE.search(chunk, max(0, m.start() - _WORD_WINDOW), m.start())
        after = _WORD_AFTER.match(chunk, m.end(), m.end() + _WORD_WINDOW)
        if before is None or after is None:  # pragma: no cover - the pattern guarantees both
            continue
        _append_spaced(text, pos, hyphen_at, chars, offsets)
        if dehyphenate_choice(before.group(), after.group()):
            pos = start + m.end()
        else:
            chars.append(text[hyphen_at])
            offsets.append(hyphen_at)
            pos = start + m.end()
    _append_spaced(text, pos, end, chars, offsets)
    # drop leading and trailing spaces
    lo, hi = 0, len(chars)
    while lo < hi and chars[lo] == " ":
        lo += 1
    while hi > lo and chars[hi - 1] == " ":
        hi -= 1
    return Normalized("".join(chars[lo:hi]), tuple(offsets[lo:hi]))


def _append_spaced(text: str, a: int, b: int, chars: list[str], offsets: list[int]) -> None:
    """Append ``text[a:b]`` with every white-space run folded to one space (mapped to the run's start).

    A lone space stays as it is, so only the other runs (two or more characters, or a tab or a
    line break) are visited one by one: ordinary text is copied whole.
    """
    i = a
    if a < b and text[a].isspace() and chars and chars[-1] == " ":
        i = _SPACE_RUN.match(text, a, b).end()  # type: ignore[union-attr]  # text[a] is a space
    for m in _OTHER_SPACE.finditer(text, i, b):
        chars.extend(text[i : m.start()])
        offsets.extend(range(i, m.start()))
        chars.append(" ")
        offsets.append(m.start())
        i = m.end()
    chars.extend(text[i:b])
    offsets.extend(range(i, b))


def close_letter_spacing(norm: Normalized) -> Normalized:
    """Close up letter-spaced words ("Ш Т Ы К О В" → "ШТЫКОВ"), keeping each letter's offset."""
    if _LETTER_SPACED.search(norm.text) is None:
        return norm
    keep = [True] * len(norm.text)
    for m in _LETTER_SPACED.finditer(norm.text):
        for i in range(m.start(), m.end()):
            if norm.text[i] == " ":
                keep[i] = False
    text = "".join(c for c, k in zip(norm.text, keep, strict=True) if k)
    offsets = tuple(o for o, k in zip(norm.offsets, keep, strict=True) if k)
    return Normalized(text, offsets)


def is_letter_spaced(text: str) -> bool:
    """Whether ``text`` contains a letter-spaced word of four or more capital letters."""
    return _LETTER_SPACED.search(text) is not None
