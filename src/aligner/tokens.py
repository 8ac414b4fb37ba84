"""The one tokenizer: the words of a text, with their offsets.

Every module that needs a text's words asks :func:`tokens`. A word is a letter
followed by letters and combining marks, with inner joiners between runs of
letters: hyphens and apostrophes by default ("Генерал-полковнику",
"Tse-tung", "don't"). A caller that reads words its own way says so with the
keyword arguments, not with a regex of its own: ``joiners`` names the
characters that may join two runs of letters (``""``: none), ``numbers`` adds
runs of digits as words of their own ("1917"), ``marks=False`` cuts a word at
a combining mark, ``digits_join`` reads letters and digits together as one word
("G7", "COVID19"). A caller that needs only some words (capitalised ones,
long ones) filters what :func:`tokens` gives.
"""

from __future__ import annotations

import functools

import regex

__all__ = ["Token", "tokens", "words", "word_pattern", "HYPHENS", "APOSTROPHES", "JOINERS"]

#: The hyphens that join a compound word: the ASCII one and Unicode's hyphen and non-breaking hyphen.
HYPHENS = "-\u2010\u2011"
#: The apostrophes inside a word: the typewriter one and the typographic one.
APOSTROPHES = "'’"
#: The default joiners: the ASCII hyphen and both apostrophes.
JOINERS = "-'’"


#: One word of a text as ``(start, end, word)``: ``text[start:end] == word`` (a plain tuple: a
#: document has hundreds of thousands of words, and a tuple is the cheapest record of one).
Token = tuple[int, int, str]


@functools.cache
def _pattern(joiners: str, numbers: bool, marks: bool, digits_join: bool) -> regex.Pattern[str]:
    if digits_join:
        letters = r"[\p{L}\p{N}][\p{L}\p{N}\p{M}]*" if marks else r"[\p{L}\p{N}]+"
    else:
        letters = r"\p{L}[\p{L}\p{M}]*" if marks else r"\p{L}+"
    body = letters
    if joiners:
        klass = "".join(regex.escape(ch) for ch in joiners)
        body = rf"{letters}(?:[{klass}]{letters})*"
    if numbers and not digits_join:
        body = rf"{body}|\p{{N}}+"
    return regex.compile(body)


def word_pattern(
    *, joiners: str = JOINERS, numbers: bool = False, marks: bool = True, digits_join: bool = False
) -> regex.Pattern[str]:
    """The compiled pattern :func:`tokens` matches with these options (for modules that must
    match words with ``regex`` themselves: a fullmatch, a search from a position)."""
    return _pattern(joiners, numbers, marks, digits_join)


def tokens(
    text: str,
    *,
    joiners: str = JOINERS,
    numbers: bool = False,
    marks: bool = True,
    digits_join: bool = False,
) -> list[Token]:
    """The words of ``text`` in order, each as ``(start, end, word)`` (see the module's description)."""
    pattern = _pattern(joiners, numbers, marks, digits_join)
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def words(
    text: str,
    *,
    joiners: str = JOINERS,
    numbers: bool = False,
    marks: bool = True,
    digits_join: bool = False,
) -> list[str]:
    """The words of ``text`` alone, without offsets (the same options as :func:`tokens`)."""
    return _pattern(joiners, numbers, marks, digits_join).findall(text)
