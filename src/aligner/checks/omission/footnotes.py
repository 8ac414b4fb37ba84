"""Footnotes: a lone paragraph that opens with the number of a footnote mark in the text.

A translator's or an editor's footnote ("1 The original reads …") stands at the
foot of the text, its number repeating a mark glued to a word or a stop above
("… during the spawning period.1 Control …"). It has no original and needs
none: alone in its bead it is a ``minor`` note, not an addition of the text.
"""

from __future__ import annotations

import regex

from ...model import Segment

__all__ = ["footnote_number"]

_OPENING = regex.compile(r"^\s*(?P<n>\d{1,2})\s+\p{Lu}")


def footnote_number(seg: Segment, text: str) -> str | None:
    """The number of the footnote ``seg`` is (its mark glued to a word or a stop earlier in
    ``text``, the whole side's text), or ``None``."""
    m = _OPENING.match(seg.text)
    if m is None:
        return None
    n = m["n"]
    mark = regex.compile(rf"[\p{{L}}.,;:!?»”\"')\]]{n}(?=[\s\p{{P}}]|$)")
    return n if mark.search(text, 0, seg.span.start) else None
