"""A capitalised Russian word straight after a rank or a title is the bearer's surname.

«полковник Бык», «генералу Барану», «капитан И. Конь»: the word after the title, in the title's
case, names the officer, not the animal (or any other term) it is spelt like. A word in another case
is the title's complement, not its bearer («Командующий Фронтом», «Председатель Совета»); so is a
word that agrees with the title only in the genitive, the complement's own case («командира Дивизии»,
«полковника Генштаба»).
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
def _cases(word: str) -> frozenset[tuple[str, str | None]]:
    """The cases pymorphy3 reads a Russian word in, each with its number (none for a word it has no
    case for)."""
    parses = parses_of(word.lower().replace("ё", "е"))
    return frozenset((p.tag.case, p.tag.number) for p in parses if p.tag.case)


def _agree(a: frozenset[tuple[str, str | None]], b: frozenset[tuple[str, str | None]]) -> bool:
    """Whether two words may stand in one case and number, other than a complement's genitive (a
    word with no number agrees in any)."""
    return any(
        case == other and case not in _COMPLEMENT_CASES and (n is None or m is None or n == m)
        for case, n in a
        for other, m in b
    )


def bearer_after_title(text: str, title: tuple[int, int], word: tuple[int, int]) -> bool:
    """Whether the word at ``word`` (offsets into ``text``) names the bearer of the title matched at
    ``title``: capitalised (not an acronym in capitals), written straight after the title (initials
    may stand between), in a case and number the title's last word may be in, not the genitive alone (an
    abbreviated title, with no case, agrees with any)."""
    start, end = word
    form = text[start:end]
    if not form[:1].isupper() or form.isupper():
        return False
    if not _BETWEEN.fullmatch(text, title[1], start):
        return False
    last = pieces(text[title[0] : title[1]])
    title_cases = _cases(last[-1][2]) if last else frozenset()
    word_cases = _cases(form)
    return not title_cases or not word_cases or _agree(title_cases, word_cases)


#: The cases of a title's complement («командира Дивизии»): agreeing in them alone shows no bearer.
_COMPLEMENT_CASES = frozenset(("gent", "gen2"))
