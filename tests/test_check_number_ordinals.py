"""A Roman-numbered body the translation renumbers is a term finding; the right ordinal is silent.

All examples are invented one-liners.
"""

from __future__ import annotations

import pytest

from aligner.checks.number import check_number
from aligner.checks.term import check_term
from aligner.config import Config
from aligner.features.numbers import find_numbers
from aligner.model import Severity
from check_helpers import context


def findings(ru: str, en: str) -> list:
    ctx = context([(ru, en)])
    return [*check_number(ctx, config=Config()), *check_term(ctx, config=Config())]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("I Балтийский отдел подготовил справку.", "The Second Baltic Department prepared a note."),
        ("Доклад направлен в II Восточный отдел.", "The report was sent to the First Eastern Department."),
    ],
)
def test_a_roman_numbered_body_renumbered_is_a_major_term_finding(ru: str, en: str) -> None:
    (f,) = findings(ru, en)
    assert f.rule == "term.renumbered"
    assert f.severity == Severity.MAJOR


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("I Балтийский отдел подготовил справку.", "The First Baltic Department prepared a note."),
        ("Справку подготовил II Восточный отдел.", "The note was prepared by the Second Eastern Department."),
        ("Заведующий I Балтийским отделом", "Head of the First Baltic Department"),
        # the body's ordinal is right; "First" renders the original's «первым» of a post
        (
            "На XII съезде первым заместителем избран Орлов.",
            "At the Twelfth Congress Orlov was elected First Deputy.",
        ),
    ],
)
def test_the_right_ordinal_is_silent(ru: str, en: str) -> None:
    assert findings(ru, en) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("I Балтийский отдел", [(1,)]),  # an ordinal before a capitalised adjective
        ("При Иване IV Грозном", [(4,)]),  # two letters: always a numeral
        ("При Петре I Великом", []),  # a monarch's number after his name: left alone
    ],
)
def test_a_one_letter_roman_numeral_before_a_capitalised_adjective_is_a_number(
    text: str, values: list[tuple]
) -> None:
    assert [h.values for h in find_numbers(text, "ru")] == values
