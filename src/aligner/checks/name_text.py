"""Where a name stands in its text: the parts of it the name finder cut off, the editor's
brackets around it, the capitalised words inside a sentence (the ``name`` check,
:mod:`aligner.checks.name`).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ..model import Mention, Segment
from ..tokens import APOSTROPHES, words
from .name_words import words_alike

__all__ = ["bracketed", "completed_name", "inner_capitals"]


def _words_of(text: str) -> list[str]:
    """The words of a name: letters joined by apostrophes ("O'Brien"), cut at hyphens."""
    return words(text, joiners=APOSTROPHES)


#: The rest of a word the name finder cut at an aspirate's apostrophe or a hyphen ("Ch" of
#: "Ch'oe", "Jung" of "Jung-chen"), or a one-syllable capitalised word after the name ("Lang Son").
_CUT_REST = regex.compile(r"(?:['’]\p{Ll}+)?(?:-\p{Ll}+)*")
_NEXT_SYLLABLE = regex.compile(r" (\p{Lu}\p{Ll}*)(?!\p{L})")
_CUT_MARKS = regex.compile(r"['’-]")
_VOWEL_RUN = regex.compile(r"[aeiouyаеёиоуыэюя]+", regex.IGNORECASE)


def completed_name(mention: Mention, text: str, words: list[str]) -> tuple[list[str], bool]:
    """The name's words with its last word completed from ``text`` where the name finder cut it,
    and whether it was cut: "Ch" of "Ch'oe" is "Choe", "Nieh Jung" of "Nieh Jung-chen" is "Nieh
    Jungchen"; a one-syllable name word followed by another ("Lang Son") is one word, "LangSon"
    (an empty list when nothing follows)."""
    if not text or not words:
        return [], False
    rest = _CUT_REST.match(text, mention.span.end)
    cut = _CUT_MARKS.sub("", rest.group()) if rest else ""
    if cut:
        return [*words[:-1], words[-1] + cut], True
    follow = _NEXT_SYLLABLE.match(text, mention.span.end)
    if follow and all(len(_VOWEL_RUN.findall(w)) == 1 for w in (words[-1], follow.group(1))):
        return [*words[:-1], words[-1] + follow.group(1)], False
    return [], False


def bracketed(mention: Mention, text: str, *, others_lone: bool) -> bool:
    """Whether a name stands alone in square brackets: the editor's gloss of a code name
    ("FILIPPOV [Stalin]"), which no translator adds; or is a name the editor glosses, and is
    either the gloss's name in another spelling or the only name left unmatched in its bead
    (``others_lone`` false: "the Northeast [Manchuria]")."""
    before = text[max(0, mention.span.start - 3) : mention.span.start].rstrip()
    after = text[mention.span.end : mention.span.end + 3].lstrip()
    if before.endswith("[") and after.startswith("]"):
        return True
    # a name the editor glosses with another spelling of it: "PAK HEON-YEONG [Pak Hon Yong]" is one
    # name; against an unmatched name of the original, a gloss naming someone else excuses nothing
    # ("Manchuria [Shenyang]" for Мукден)
    gloss = _GLOSS.match(text, mention.span.end)
    if gloss is None:
        return False
    if not others_lone:
        return True
    glossed = _words_of(gloss.group())
    return any(words_alike(a, b) for a in _words_of(mention.text) for b in glossed)


#: An editor's bracket right after a name, giving it in another spelling.
_GLOSS = regex.compile(r"\s?\[\p{Lu}[\p{L}\p{M}'’ .-]{1,40}\]")


def inner_capitals(segments: Iterable[Segment]) -> frozenset[str]:
    """Capitalised words inside a sentence (after a letter or a comma): names even where they
    spell a function word ("Нам Ир", "Не Жун-чжэнь")."""
    return frozenset(m.group(1) for seg in segments for m in _INNER_CAPITAL.finditer(seg.text))


_INNER_CAPITAL = regex.compile(r"(?<=[\p{L},;] )(\p{Lu}\p{Ll}*)(?!\p{L})")
