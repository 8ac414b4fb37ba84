"""A Roman-numbered body the translation renumbers: «I Дальневосточный отдел» against "Second Far Eastern
Department".

The number check leaves "first" and "second" alone as weak numbers ("at first", "a second"), so a Roman
numeral of the original meets no number in the translation. In a name the ordinal is capitalised ("the
Second Far Eastern Department", "the First Ukrainian Front"): a lone Roman numeral of a bead set against a
lone capitalised ordinal in words of another value is a body renumbered.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Mention

__all__ = ["renumbered"]


def renumbered(
    src: Sequence[Mention], tgt: Sequence[Mention], target_text: str
) -> tuple[Mention, Mention] | None:
    """The source's lone Roman numeral and the translation's lone capitalised weak ordinal ("Second")
    when their values differ, else None."""
    romans = [m for m in src if m.number.roman]
    words = [m for m in tgt if m.number.weak and m.number.ordinal]
    if len(romans) != 1 or len(words) != 1:
        return None
    roman, word = romans[0], words[0]
    if roman.number.low == word.number.low or not word.span.of(target_text)[:1].isupper():
        return None
    return roman, word
