"""A first name the translation gives in full where the original has only its initial: «Л. Томпсон»
as "Llewellyn Thompson", «У. К. Кекконен» as "Urho Kekkonen". The first name is the initial
rendered, no name added.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..model import Mention, Segment
from .name_initials import initials_agree
from .name_words import words_alike

__all__ = ["given_for_initials"]

#: A Russian initial: a capital (two letters for Дж.) then a period, not inside a word.
_INITIAL = regex.compile(r"(?<![\p{L}.])(\p{Lu}\p{Ll}?)\.")
#: A capitalised word, a surname's candidate (Latin or Cyrillic).
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}'’-]{2,}")
#: The capitalised word right after a name (its surname when the finder took the first name alone).
_NEXT = regex.compile(r"[ \t]+(\p{Lu}[\p{L}'’-]{2,})")
_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")


def given_for_initials(
    lone_tgt: Sequence[Mention], src: Sequence[Segment], target_text: str
) -> list[Mention]:
    """The translation's names left unpaired but those made of first names in full, each agreeing
    with an initial of the original (:func:`~aligner.checks.name_initials.initials_agree`), and a
    surname that sounds like a word of the original (the surname after the name when it is the first
    name alone)."""
    texts = [s.text for s in src]
    initials = [m.group(1) for t in texts for m in _INITIAL.finditer(t) if _CYRILLIC.match(m.group(1))]
    if not initials:
        return list(lone_tgt)
    surnames = [m.group() for t in texts for m in _CAPITALISED.finditer(t) if _CYRILLIC.match(m.group())]
    kept = []
    for t in lone_tgt:
        words = t.text.replace(",", " ").split()
        if len(words) == 1:
            after = _NEXT.match(target_text, t.span.end)
            given, surname = words, after.group(1) if after else ""
        else:
            given, surname = words[:-1], words[-1]
        expanded = (
            bool(surname)
            and any(words_alike(surname, w) for w in surnames)
            and len(given) <= len(initials)
            and all(len(g) > 2 and not g.endswith(".") for g in given)
            and all(any(initials_agree(i, g[0]) for i in initials) for g in given)
        )
        if not expanded:
            kept.append(t)
    return kept
