"""A capitalised Russian word straight after a rank or a title is the bearer's surname.

«полковник Бык», «генералу Барану», «капитан И. Конь»: the word after the title, in the title's
case, names the officer, not the animal (or any other term) it is spelt like. A word in another case
is the title's complement, not its bearer («Командующий Фронтом», «Председатель Совета»).
"""

from __future__ import annotations

import functools

import regex

from ..morph import parses_of
from .terms import pieces

__all__ = ["bearer_after_title"]

#: What may stand between a title and its bearer's surname: spaces and initials («капитан И. П. Конь»).
_BETWEEN = regex.compile(r"(?:\s*\p{Lu}\.)*\s+")


@functools.lru_cache(maxsize=50_000)
def _cases(word: str) -> frozenset[str]:
    """The cases pymorphy3 reads a Russian word in (none for a word it has no case for)."""
    return frozenset(p.tag.case for p in parses_of(word.lower().replace("ё", "е")) if p.tag.case)


def bearer_after_title(text: str, title: tuple[int, int], word: tuple[int, int]) -> bool:
    """Whether the word at ``word`` (offsets into ``text``) names the bearer of the title matched at
    ``title``: capitalised (not an acronym in capitals), written straight after the title (initials
    may stand between), in a case the title's last word may be in (an abbreviated title, with no case,
    agrees with any)."""
    start, end = word
    form = text[start:end]
    if not form[:1].isupper() or form.isupper():
        return False
    if not _BETWEEN.fullmatch(text, title[1], start):
        return False
    last = pieces(text[title[0] : title[1]])
    title_cases = _cases(last[-1][2]) if last else frozenset()
    word_cases = _cases(form)
    return not title_cases or not word_cases or bool(title_cases & word_cases)
