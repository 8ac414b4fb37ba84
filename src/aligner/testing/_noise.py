"""Archival noise: :func:`archival_noise`."""

from __future__ import annotations

import regex
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ._documents import parallel_documents
from ._records import Noised
from ._vocabulary import _furniture_words

# --------------------------------------------------------------------------- archival noise

# Latin letters that look like Cyrillic ones, as OCR engines and typists mix them up.
_LOOK_ALIKES = dict(zip("аеорсухАВЕКМНОРСТХ", "aeopcyxABEKMHOPCTX", strict=True))
_BREAKABLE = regex.compile(r"^\p{Ll}{6,}$")
_SPACEABLE = regex.compile(r"^\p{Lu}{4,}$")
_HAS_LETTER = regex.compile(r"\p{L}")


def archival_noise(
    text: str | None = None,
    *,
    hyphenation: bool = True,
    furniture: bool = True,
    letter_spacing: bool = True,
    look_alikes: bool = True,
    min_width: int = 40,
    max_width: int = 60,
) -> st.SearchStrategy[Noised]:
    """Archival transcriptions of ``text`` (by default, the source of a :func:`parallel_documents`).

    Each paragraph (text between blank lines) is wrapped into lines of
    ``min_width``-``max_width`` columns (one width per example); with
    ``hyphenation`` a lower-case word of six letters or more that does not fit
    may be broken with a hyphen at the line end ("незави-" / "симость"). With
    ``furniture`` paragraphs of page furniture go between paragraphs: page
    numbers ("- 14 -"), sheet marks ("Лист № 3", from ``furniture_ru.toml``),
    cipher and registration numbers ("№ 481", "Копия № 2"). With
    ``letter_spacing`` a word of four capitals or more that shares its line with
    another word may be letter-spaced ("М О Л О Т О В"); with ``look_alikes`` a
    few Cyrillic letters become the Latin letters they look like.

    Returns :class:`Noised` records; the original characters are all kept in
    order. Examples shrink towards no noise at all: no furniture, no hyphen,
    no letter-spacing, no look-alike, the narrowest width.
    """
    for name, value in (
        ("hyphenation", hyphenation),
        ("furniture", furniture),
        ("letter_spacing", letter_spacing),
        ("look_alikes", look_alikes),
    ):
        if not isinstance(value, bool):
            msg = f"{name} must be True or False (got {value!r})"
            raise InvalidArgument(msg)
    if text is not None and not isinstance(text, str):
        msg = f"text must be a str or None (got {type(text).__name__}); for a strategy use .flatmap"
        raise InvalidArgument(msg)
    for name, width in (("min_width", min_width), ("max_width", max_width)):
        if not isinstance(width, int) or isinstance(width, bool) or width < 10:
            msg = f"{name} must be an integer of at least 10 (got {width!r})"
            raise InvalidArgument(msg)
    if max_width < min_width:
        msg = f"max_width must be at least min_width={min_width} (got {max_width})"
        raise InvalidArgument(msg)
    options = (hyphenation, furniture, letter_spacing, look_alikes, min_width, max_width)
    if text is None:
        return parallel_documents().flatmap(lambda doc: _noised(doc.source, *options))
    return _noised(text, *options)


@st.composite
def _furniture_line(draw: st.DrawFn) -> str:
    sheet, apparatus = _furniture_words()
    choices = ["page"]
    if sheet:
        choices.append("sheet")
    if apparatus:
        choices.append("apparatus")
    choices.append("cipher")
    what = draw(st.sampled_from(choices))
    number = draw(st.integers(1, 999))
    if what == "page":
        return draw(st.sampled_from([f"{number}", f"- {number} -"]))
    if what == "sheet":
        word = draw(st.sampled_from(sheet))
        return f"{word[:1].upper()}{word[1:]} № {number}"
    if what == "apparatus":
        word = draw(st.sampled_from(apparatus))
        big = draw(st.integers(1, 999_999))
        return f"{word[:1].upper()}{word[1:]} № {big}"
    return f"№ {draw(st.integers(1, 99_999))}"


class _Writer:
    """The noisy text as it is written, and where each original character went."""

    def __init__(self, size: int) -> None:
        self.out: list[str] = []
        self.offsets = [0] * size
        self.length = 0

    def emit(self, chunk: str, origin: int | None = None) -> None:
        """Append ``chunk``; with ``origin``, ``chunk[i]`` is original character ``origin + i``."""
        if origin is not None:
            for i in range(len(chunk)):
                self.offsets[origin + i] = self.length + i
        self.out.append(chunk)
        self.length += len(chunk)

    def break_line(self) -> None:
        """Turn the space just written into a line break (one for one: offsets unchanged)."""
        if self.out and self.out[-1].endswith(" "):
            self.out[-1] = self.out[-1][:-1] + "\n"


@st.composite
def _noised(
    draw: st.DrawFn,
    text: str,
    hyphenation: bool,
    furniture: bool,
    letter_spacing: bool,
    look_alikes: bool,
    min_width: int,
    max_width: int,
) -> Noised:
    width = draw(st.integers(min_width, max_width))
    w = _Writer(len(text))
    options = (width, hyphenation, letter_spacing, look_alikes)
    pos = 0
    for m in regex.finditer(r"\n[ \t]*\n\s*", text):
        _noise_paragraph(draw, w, text, pos, m.start(), *options)
        w.emit(m.group(), m.start())
        if furniture and draw(st.booleans()):
            w.emit(draw(_furniture_line()) + "\n\n")
        pos = m.end()
    _noise_paragraph(draw, w, text, pos, len(text), *options)
    if furniture and text.strip() and draw(st.booleans()):
        w.emit("\n\n" + draw(_furniture_line()))
    return Noised("".join(w.out), tuple(w.offsets), text)


def _noise_paragraph(
    draw: st.DrawFn,
    w: _Writer,
    text: str,
    start: int,
    end: int,
    width: int,
    hyphenation: bool,
    letter_spacing: bool,
    look_alikes: bool,
) -> None:
    """Wrap ``text[start:end]`` (what lies between blank lines) with the noise asked for."""
    column = 0
    line_has_letters = False
    for m in regex.finditer(r"[^ ]+| +", text[start:end]):
        token, at = m.group(), start + m.start()
        if token.startswith(" "):
            w.emit(token, at)
            column += len(token)
            continue
        if "\n" in token:  # a line break inside the paragraph starts a new line
            w.emit(_look(draw, token, look_alikes), at)
            tail = token[token.rfind("\n") + 1 :]
            column, line_has_letters = len(tail), bool(_HAS_LETTER.search(tail))
            continue
        word = regex.match(r"^(\p{L}+)(.*)$", token, flags=regex.DOTALL)
        letters = word.group(1) if word else ""
        spaced = bool(
            letter_spacing and _SPACEABLE.match(letters) and line_has_letters and draw(st.booleans())
        )
        shown = len(token) + len(letters) - 1 if spaced else len(token)
        if column > 0 and column + shown > width and not spaced:
            # the token does not fit: hyphenate the word, or break the line at the space before it
            if hyphenation and _BREAKABLE.match(letters) and width - column >= 4 and draw(st.booleans()):
                # the first part and its hyphen fit on the line
                cut = draw(st.integers(3, min(len(letters) - 3, width - column - 1)))
                w.emit(_look(draw, token[:cut], look_alikes), at)
                w.emit("-\n")
                w.emit(_look(draw, token[cut:], look_alikes), at + cut)
                column, line_has_letters = len(token) - cut, True
                continue
            w.break_line()
            column, line_has_letters = 0, False
        if spaced:
            for i, ch in enumerate(letters):
                if i:
                    w.emit(" ")
                w.emit(ch, at + i)
            w.emit(token[len(letters) :], at + len(letters))
        else:
            w.emit(_look(draw, token, look_alikes), at)
        column += shown
        line_has_letters = line_has_letters or bool(_HAS_LETTER.search(token))


def _look(draw: st.DrawFn, chunk: str, look_alikes: bool) -> str:
    """``chunk``, perhaps with a Cyrillic letter swapped for its Latin look-alike."""
    if not look_alikes:
        return chunk
    places = [i for i, ch in enumerate(chunk) if ch in _LOOK_ALIKES]
    if not places or draw(st.integers(0, 9)) != 9:
        return chunk
    i = draw(st.sampled_from(places))
    return chunk[:i] + _LOOK_ALIKES[chunk[i]] + chunk[i + 1 :]
