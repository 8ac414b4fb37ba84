"""What a rule of sentence boundaries sees at a candidate (:class:`Context`), and the look-ups around it that
several rules share: the word before a period, the character before a point, a figure before an
abbreviation. The rules themselves are in :mod:`aligner.segment.sentences`.
"""

from __future__ import annotations

import attrs
import regex

__all__ = [
    "CLOSERS",
    "NEXT",
    "TOKEN_WINDOW",
    "Context",
    "after_figure",
    "char_before",
    "figure_before",
    "word_before",
]


@attrs.frozen
class Context:
    """What a rule sees at a candidate boundary: the text, the punctuation's range, the language.

    The token before the punctuation and the punctuation itself are found once, when the
    context is made, however many rules ask for them.
    """

    text: str
    start: int  # first character of the end punctuation
    end: int  # just after the punctuation and closing quotes
    language: str
    #: The end punctuation of the candidate, without closing quotes.
    punctuation: str = attrs.field(default=attrs.Factory(lambda c: _punctuation_of(c), takes_self=True))
    #: The token the punctuation ends, with its period ("тов.", "I.V.", "ССР.").
    token_before: str = attrs.field(
        default=attrs.Factory(lambda c: word_before(c.text, c.start) + c.punctuation, takes_self=True)
    )
    #: Where the sentence the candidate would end begins (the previous candidates' verdicts: after
    #: "5 тыс." that ended none, "т." opens no sentence).
    begin: int = 0

    @property
    def next_char(self) -> str:
        """The first character after the white space that follows the candidate."""
        m = NEXT.match(self.text, self.end)
        return m.group(1) if m else ""

    @property
    def next_word(self) -> str:
        """The word after the white space that follows the candidate."""
        m = _NEXT_WORD.match(self.text, self.end)
        return m.group(1) if m else ""


CLOSERS = '"»”’)]'


def _punctuation_of(ctx: Context) -> str:
    return ctx.text[ctx.start : ctx.end].rstrip(CLOSERS)


def word_before(text: str, at: int) -> str:
    """The word (letters, digits, inner periods and hyphens) that ends at ``at``, looked for in a
    bounded window: one backward match, however dense the periods before it."""
    m = _TOKEN_BEFORE.match(text, max(0, at - TOKEN_WINDOW), at)
    return m.group().lstrip(".-") if m else ""


def char_before(text: str, at: int) -> str:
    """The last non-space character before ``at`` ("" at the start of the text)."""
    m = _LAST_NON_SPACE.search(text, 0, at)
    return m.group() if m else ""


# Matched backwards from the punctuation: the run of word characters and periods it ends.
_TOKEN_BEFORE = regex.compile(r"(?r)[\p{L}\p{N}.\-]*+")
_LAST_NON_SPACE = regex.compile(r"(?r)\S")
NEXT = regex.compile(r"\s+(\S)")
_NEXT_WORD = regex.compile(r"\s+(\p{L}{1,64})")
# How far back a token before a period is looked for: longer "words" are no abbreviations.
TOKEN_WINDOW = 64


#: The end of the text before an abbreviation that follows a figure: "1950 ", "8.VII.45 ", "XX ", "1950-х ".
_FIGURE_BEFORE = regex.compile(r"(?:\d(?:-?\p{Ll}{1,2})?|(?<!\p{L})[IVXLC]+)\s*$")


#: A figure and a scale word before the last token ("5 тыс. т."): the token is a unit of a number.
_SCALE_BEFORE = regex.compile(r"\d\s*\p{L}{2,5}\.\s+\p{L}{1,3}\.?$")


def after_figure(ctx: Context, abbreviation: str) -> bool:
    """Whether a figure stands before ``abbreviation``, right before it or with a scale word between."""
    return figure_before(ctx, abbreviation) or bool(
        _SCALE_BEFORE.search(ctx.text, max(0, ctx.start - 24), ctx.start)
    )


def figure_before(ctx: Context, abbreviation: str) -> bool:
    """Whether a figure stands right before ``abbreviation`` (the token ending at the punctuation)."""
    at = ctx.start + 1 - len(abbreviation)
    return _FIGURE_BEFORE.search(ctx.text, max(0, at - 16), at) is not None
