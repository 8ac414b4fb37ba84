"""Archival noise: :func:`archival_noise`."""

from __future__ import annotations

import attrs
import regex
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ._documents import parallel_documents
from ._records import Noised
from ._vocabulary import _furniture_words

# --------------------------------------------------------------------------- archival noise

# Latin letters that look like Cyrillic ones, as OCR engines and typists mix them up.
_LOOK_ALIKES = dict(zip("аеорсухАВЕКМНОРСТХ", "aeopcyxABEKMHOPCTX", strict=True))
_LOOK_ALIKES_EN = {latin: cyrillic for cyrillic, latin in _LOOK_ALIKES.items()}
_BREAKABLE = regex.compile(r"^\p{Ll}{6,}$")
_SPACEABLE = regex.compile(r"^\p{Lu}{4,}$")
_HAS_LETTER = regex.compile(r"\p{L}")


#: The languages :func:`archival_noise` can dress a text in (the original's, the translation's).
NOISE_LANGUAGES = ("ru", "en")


@attrs.frozen
class _Style:
    language: str
    hyphenation: bool
    furniture: bool
    page_breaks: bool
    letter_spacing: bool
    look_alikes: bool
    min_width: int
    max_width: int


def archival_noise(
    text: str | None = None,
    *,
    language: str = "ru",
    hyphenation: bool = True,
    furniture: bool = True,
    page_breaks: bool = True,
    letter_spacing: bool = True,
    look_alikes: bool = True,
    min_width: int = 40,
    max_width: int = 60,
) -> st.SearchStrategy[Noised]:
    """Archival transcriptions of ``text``, a Russian original or (``language="en"``) an English translation.

    Without ``text``, the source (or with ``language="en"`` the target) of a
    :func:`parallel_documents` is noised.

    Each paragraph (text between blank lines) is wrapped into lines of
    ``min_width``-``max_width`` columns (one width per example); with
    ``hyphenation`` a lower-case word of six letters or more that does not fit
    may be broken with a hyphen at the line end ("незави-" / "симость"). With
    ``furniture`` paragraphs of page furniture go between paragraphs: page
    numbers ("- 14 -", "Page 14"), and in Russian sheet marks ("Лист № 3",
    from ``furniture_ru.toml``), cipher and registration numbers ("№ 481",
    "Копия № 2"). With ``furniture`` and ``page_breaks`` a page may also end
    inside a paragraph, even inside a sentence (a bead): its furniture is a
    line of its own between two lines of the text ("...состоялось" /
    "- 14 -" / "8 июля..."). With ``letter_spacing`` a word of four capitals or
    more that shares its line with another word may be letter-spaced
    ("М О Л О Т О В"); with ``look_alikes`` a few letters become the letters of
    the other script they look like (Cyrillic "а" as Latin "a" in Russian,
    the other way round in English).

    Returns :class:`Noised` records; the original characters are all kept in
    order. Examples shrink towards no noise at all: no furniture, no page
    break, no hyphen, no letter-spacing, no look-alike, the narrowest width.
    """
    if language not in NOISE_LANGUAGES:
        msg = f"language must be one of {', '.join(NOISE_LANGUAGES)} (got {language!r})"
        raise InvalidArgument(msg)
    for name, value in (
        ("hyphenation", hyphenation),
        ("furniture", furniture),
        ("page_breaks", page_breaks),
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
    style = _Style(
        language, hyphenation, furniture, page_breaks, letter_spacing, look_alikes, min_width, max_width
    )
    if text is None:
        side = "source" if language == "ru" else "target"
        return parallel_documents().flatmap(lambda doc: _noised(getattr(doc, side), style))
    return _noised(text, style)


@st.composite
def _furniture_line(draw: st.DrawFn, language: str) -> str:
    if language == "en":
        number = draw(st.integers(1, 999))
        return draw(st.sampled_from([f"- {number} -", f"{number}", f"Page {number}"]))
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
def _noised(draw: st.DrawFn, text: str, style: _Style) -> Noised:
    width = draw(st.integers(style.min_width, style.max_width))
    w = _Writer(len(text))
    pos = 0
    for m in regex.finditer(r"\n[ \t]*\n\s*", text):
        _noise_paragraph(draw, w, text, pos, m.start(), width, style)
        w.emit(m.group(), m.start())
        if style.furniture and draw(st.booleans()):
            w.emit(draw(_furniture_line(style.language)) + "\n\n")
        pos = m.end()
    _noise_paragraph(draw, w, text, pos, len(text), width, style)
    if style.furniture and text.strip() and draw(st.booleans()):
        w.emit("\n\n" + draw(_furniture_line(style.language)))
    return Noised("".join(w.out), tuple(w.offsets), text)


def _noise_paragraph(
    draw: st.DrawFn,
    w: _Writer,
    text: str,
    start: int,
    end: int,
    width: int,
    style: _Style,
) -> None:
    """Wrap ``text[start:end]`` (what lies between blank lines) with the noise asked for."""
    hyphenation, letter_spacing = style.hyphenation, style.letter_spacing
    look_alikes = style.language if style.look_alikes else ""
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
            broke = "".join(w.out[-1:]).endswith("\n")
            if broke and style.furniture and style.page_breaks and draw(st.integers(0, 5)) == 5:
                # the page ends here: its furniture stands on a line of its own
                w.emit(draw(_furniture_line(style.language)) + "\n")
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


def _look(draw: st.DrawFn, chunk: str, language: str) -> str:
    """``chunk``, perhaps with a letter swapped for its look-alike of the other script ("" for none)."""
    if not language:
        return chunk
    table = _LOOK_ALIKES if language == "ru" else _LOOK_ALIKES_EN
    places = [i for i, ch in enumerate(chunk) if ch in table]
    if not places or draw(st.integers(0, 9)) != 9:
        return chunk
    i = draw(st.sampled_from(places))
    return chunk[:i] + table[chunk[i]] + chunk[i + 1 :]
