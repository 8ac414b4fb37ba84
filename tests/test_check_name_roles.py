"""Two names swapped inside one sentence are reported; the same names in another order are not.

All examples are invented one-liners: an original sentence and a translation that turns round who
reports to whom or where a movement starts and ends, or that keeps them under another build.
"""

from __future__ import annotations

import pytest

from aligner.checks.name import check_name
from aligner.config import Config
from aligner.model import Severity
from check_helpers import context


def swapped(ru: str, en: str) -> list[Severity]:
    return [f.severity for f in check_name(context([(ru, en)]), config=Config()) if f.rule == "name.swapped"]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Баржи пошли из Казани в Пермь.", "The barges went from Perm to Kazan."),
        ("Баржи пошли из Казани в Пермь.", "The barges left Perm for Kazan."),
        ("Груз доставлен от Орши до Витебска.", "The cargo was delivered from Vitebsk to Orsha."),
    ],
)
def test_a_route_turned_round_is_major(ru, en):
    assert swapped(ru, en) == [Severity.MAJOR]


def test_a_sender_and_an_addressee_swapped_are_reported_with_a_doubt():
    assert swapped("Лаптев написал Рябинину о ремонте.", "Ryabinin wrote to Laptev about the repairs.") == [
        Severity.MINOR
    ]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Баржи пошли из Казани в Пермь.", "The barges went from Kazan to Perm."),
        ("Баржи пошли в Пермь из Казани.", "The barges went from Kazan to Perm."),  # the order of words only
        ("Лаптев и Рябинин прибыли в Пермь.", "Ryabinin and Laptev arrived in Perm."),  # a list reordered
        ("Лаптев написал Рябинину о ремонте.", "Ryabinin received a letter from Laptev."),  # recast
        ("Рябинину написал Лаптев.", "Ryabinin was written to by Laptev."),
        ("В Казани Лаптев встретил Рябинина.", "In Kazan Ryabinin met Laptev."),  # no part marked
        ("Баржи стоят в Казани и в Перми.", "The barges are in Perm and in Kazan."),
    ],
)
def test_names_in_another_order_with_their_parts_kept_are_not_reported(ru, en):
    assert swapped(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Иванов передал Петрову письмо.", "Petrov handed Ivanov the letter."),
        ("Иванов передал Петрову письмо.", "Petrov gave Ivanov the letter."),
        ("Лаптев сообщил Рябинину о приказе.", "Ryabinin informed Laptev of the order."),
    ],
)
def test_an_addressee_given_as_the_object_of_a_verb_of_giving_and_swapped_is_reported(ru, en):
    assert swapped(ru, en) == [Severity.MINOR]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Иванов передал Петрову письмо.", "Ivanov handed Petrov the letter."),
        ("Иванов передал Петрову письмо.", "Petrov was handed the letter by Ivanov."),
        ("Иванов передал Петрову письмо.", "Petrov was given Ivanov's letter."),  # a possessive
        ("Лаптев сообщил Рябинину о приказе.", "Laptev informed Ryabinin of the order."),
    ],
)
def test_an_addressee_kept_as_the_object_of_a_verb_is_not_a_swap(ru, en):
    assert swapped(ru, en) == []
