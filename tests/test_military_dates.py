"""Days and months in figures with no year, as a military report writes them («к исходу 3.8», «в ночь на
12.9», «с 2 по 9.5.43 г.»): read as dates where words mark them so, and a date of the other side for a
number check."""

from __future__ import annotations

import pytest

from aligner.checks.number import check_number
from aligner.config import Config
from aligner.features.dates import find_dates
from check_helpers import context


def dates(text: str) -> list[tuple[str, str]]:
    return [(text[h.start : h.end], str(h.value)) for h in find_dates(text, "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Дивизия к исходу 3.8 вышла к реке", [("3.8", "--08-03")]),
        ("в течение 17.5 полк отбивал атаки", [("17.5", "--05-17")]),
        ("В ночь на 12.9 батальон переправился", [("В ночь на 12.9", "--09-11/--09-12")]),
        ("с 2 по 9.5.43 г. корпус стоял в обороне", [("с 2 по 9.5.43 г.", "1943-05-02/1943-05-09")]),
        ("Отошли.\n14.3 у моста противник", [("14.3", "--03-14")]),
        ("к 28.11 штаб перешел", [("28.11", "--11-28")]),
    ],
)
def test_a_day_and_month_in_figures_marked_as_a_date(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "к 7.10 рота вышла",  # ten past seven
        "продвинулись на 12.4 км",
        "выросло на 3.5 тыс. тонн",
        "добыча выросла в 2.5 раза",
        "с 6.00 до 11.00 вели огонь",
    ],
)
def test_figures_that_are_a_time_or_a_quantity_are_no_date(text):
    assert dates(text) == []


def test_a_day_and_month_in_figures_meet_the_date_in_words():
    pairs = [("Колонна прибыла в Орел 19.8 с опозданием", "The column reached Orel on August 19, late")]
    assert list(check_number(context(pairs), config=Config())) == []


def test_a_day_and_month_in_figures_against_another_day_are_reported():
    pairs = [("Колонна прибыла в Орел 19.8 с опозданием", "The column reached Orel on August 21, late")]
    assert list(check_number(context(pairs), config=Config()))
