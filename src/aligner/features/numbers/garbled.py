"""Figures written with letters among them by an OCR engine or a typist: "l943", "23.4OO", «З0 тыс.».

The letters (``lookalikes.toml``'s ``letter_to_digit``) are read as the figures they stand for, one character
for one, so every offset stays; the number readers then see the figure, and the ``ocr`` check notes the slip.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from ...resources import data_toml

__all__ = ["figure_garbles", "read_figures"]


@functools.cache
def _letters() -> dict[str, str]:
    """Letters and the figures they are put for (``"l"`` → ``"1"``)."""
    return {str(k): str(v) for k, v in data_toml("lookalikes.toml").get("letter_to_digit", {}).items()}


@functools.cache
def _run() -> regex.Pattern[str]:
    """A run of figures and look-alike letters, with single inner separators, standing alone."""
    chars = "\\d" + "".join(regex.escape(ch) for ch in _letters())
    return regex.compile(rf"(?<![\p{{L}}\d])[{chars}](?:[.,]?[{chars}])*(?![\p{{L}}\d])")


def figure_garbles(text: str) -> Iterator[tuple[int, int, str]]:
    """The figures of ``text`` that hold letters for figures, each as (start, end, the figure read):
    "l,5OO" → "1,500". A run of letters alone ("lo", "О") or of figures alone is none."""
    table = _letters()
    for m in _run().finditer(text):
        run = m.group()
        if not any(ch.isdigit() for ch in run) or not any(ch in table for ch in run):
            continue
        yield m.start(), m.end(), "".join(table.get(ch, ch) for ch in run)


def read_figures(text: str) -> str:
    """``text`` with the letters inside its figures read as figures (same length: offsets stay)."""
    garbles = list(figure_garbles(text))
    if not garbles:
        return text
    out, last = [], 0
    for start, end, reading in garbles:
        out += [text[last:start], reading]
        last = end
    out.append(text[last:])
    return "".join(out)
