"""The abbreviations of ``abbreviations_{language}.txt``, by what they do at a period.

Each line gives an abbreviation in lower case with its period, and tags: ``final`` (it often ends
a sentence too), ``address`` (a form of address before the addressee), ``unit`` (a unit or scale
after a number), ``governs`` (a post's abbreviation before what it governs), ``firm`` (part of a
firm's name: "Co.", "Ltd.") or ``figure`` (final only after a figure). The sentence
splitter (:mod:`aligner.segment.sentences`) asks these sets at every candidate boundary.
"""

from __future__ import annotations

import functools

from ..resources import data_lines

__all__ = [
    "abbreviations",
    "unit_abbreviations",
    "address_abbreviations",
    "governing_abbreviations",
    "figure_abbreviations",
    "firm_abbreviations",
]


@functools.cache
def abbreviations(language: str) -> dict[str, bool]:
    """Known abbreviations of a language (lower case, with periods) → whether one may end a sentence."""
    out: dict[str, bool] = {}
    for entry in data_lines(f"abbreviations_{language}.txt"):
        parts = entry.split()
        out[parts[0].lower()] = "final" in parts[1:]
    return out


@functools.cache
def _tagged(language: str, tag: str) -> frozenset[str]:
    """The abbreviations of a language that carry ``tag``."""
    return frozenset(
        parts[0].lower()
        for parts in (entry.split() for entry in data_lines(f"abbreviations_{language}.txt"))
        if tag in parts[1:]
    )


def unit_abbreviations(language: str) -> frozenset[str]:
    """Abbreviated units and scales ("тыс.", "руб.") that follow a number: one never opens a
    sentence, so "2 млн. руб. Это …" ends at "руб.", not at "млн."."""
    return _tagged(language, "unit")


def address_abbreviations(language: str) -> frozenset[str]:
    """Abbreviated forms of address ("тов.") that never end a sentence: the addressee follows,
    even a capitalised common word ("тов. Посол")."""
    return _tagged(language, "address")


def governing_abbreviations(language: str) -> frozenset[str]:
    """Abbreviated posts ("зав.", "зам.") that never end a sentence: what they govern follows, even a
    capitalised institution ("Зав. Отделом", "Зам. Министра")."""
    return _tagged(language, "governs")


def figure_abbreviations(language: str) -> frozenset[str]:
    """Final abbreviations that end a sentence only after a figure («1950 г.», «XX в.»): after a word
    they are another abbreviation of the same letters («в г. Москве», «НАЧАЛЬНИКА г. ТУЛЫ»: город)."""
    return _tagged(language, "figure")


def firm_abbreviations(language: str) -> frozenset[str]:
    """The abbreviations of a firm's name ("Co.", "Ltd.", "Bros.", "Inc."): one may end a sentence, but
    not before another ("Harlow Co. Ltd.", "Perkins Bros. Inc."), which goes on with the same name."""
    return _tagged(language, "firm")
