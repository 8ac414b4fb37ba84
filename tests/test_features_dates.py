"""Dates in words and digits, Russian and English, as ISO strings."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aligner.features import analyse
from aligner.features.dates import month_forms
from aligner.model import Segment, Span


def seg(text: str, start: int = 0) -> Segment:
    return Segment(
        "s1",
        "source",
        text,
        Span(start, start + len(text)),
        "text",
        offsets=tuple(range(start, start + len(text))),
    )


def dates(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.value)) for m in analyse(seg(text), language=language).dates]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("- Пхеньян - 8 июля 1950 года -", "ru", [("8 июля 1950 года", "1950-07-08")]),
        ("Москва, 8 июля 1950 г.", "ru", [("8 июля 1950 г.", "1950-07-08")]),
        ("№ 481/ш. 8.7.50г. 13.30", "ru", [("8.7.50г.", "1950-07-08")]),
        ("City of Pyongyang 08.07.1950", "en", [("08.07.1950", "1950-07-08")]),
        ("Pyongyang, July 8, 1950", "en", [("July 8, 1950", "1950-07-08")]),
        ("on 8 July 1950", "en", [("8 July 1950", "1950-07-08")]),
        ("the 25th of June 1950", "en", [("25th of June 1950", "1950-06-25")]),
        ("в июле 1950 г.", "ru", [("июле 1950 г.", "1950-07")]),
        ("in July 1950", "en", [("July 1950", "1950-07")]),
        ("к 1-го мая", "ru", [("1-го мая", "--05-01")]),
        ("в 1950 году", "ru", [("1950 году", "1950")]),
        ("in 1950 the war", "en", [("1950", "1950")]),
        ("8.VII.1950", "ru", [("8.VII.1950", "1950-07-08")]),
        ("выйти к 06.00 14.9 в район", "ru", [("14.9", "--09-14")]),
        ("донести к 18 ч. 30 м. 3.11.", "ru", [("3.11", "--11-03")]),
        ("стоимость 4.50 12.5 руб.", "ru", []),
    ],
)
def test_dates_read_to_iso(text, language, expected):
    assert dates(text, language) == expected


def test_may_as_a_verb_is_no_date():
    assert dates("They may 5 times refuse", "en") == []


def test_a_year_range_with_its_year_word_is_one_date_range():
    found = analyse(seg("в 1950-1953 гг."), language="ru")
    assert [str(d.value) for d in found.dates] == ["1950/1953"]
    assert found.numbers == ()


def test_a_bare_year_range_is_a_number_range():
    found = analyse(seg("in 1950-1953"), language="en")
    assert found.dates == ()
    assert [m.number.amounts for m in found.numbers] == [(1950.0, 1953.0)]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("восьмого июля 1950 года", "ru", "1950-07-08"),
        ("двадцать восьмого июля", "ru", "--07-28"),
        ("15.VII.1943 г.", "ru", "1943-07-15"),
        ("с 9 по 10 декабря", "ru", "--12-09/--12-10"),
        ("9-10 декабря 1950 г.", "ru", "1950-12-09/1950-12-10"),
        ("December 9–10, 1950", "en", "1950-12-09/1950-12-10"),
        ("the eighth of July 1950", "en", "1950-07-08"),
    ],
)
def test_ordinal_days_roman_months_and_day_ranges(text, language, value):
    assert [str(d.value) for d in analyse(seg(text), language=language).dates] == [value]


def test_thirteen_thirty_is_no_date():
    assert dates("8.7.50г. 13.30 (6)", "ru") == [("8.7.50г.", "1950-07-08")]


_RU_GENITIVE = {n: f for f, n in month_forms("ru").items() if f.endswith(("я", "а"))}
_EN = {n: f for f, n in sorted(month_forms("en").items(), key=lambda fn: len(fn[0]))}


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2030, 12, 31)))
def test_the_same_date_in_four_spellings_has_one_value(day):
    iso = day.isoformat()
    month_en = _EN[day.month].capitalize()
    spellings = [
        (f"{day.day} {_RU_GENITIVE[day.month]} {day.year} года", "ru"),
        (f"{day.day:02d}.{day.month:02d}.{day.year}", "ru"),
        (f"{month_en} {day.day}, {day.year}", "en"),
        (f"{day.day} {month_en} {day.year}", "en"),
    ]
    for text, language in spellings:
        assert [v for _, v in dates(f"Дата: {text} .", language)] == [iso], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3.IX - 6.IX - осмотр заводов Горького.", [("3.IX - 6.IX", "--09-03/--09-06")]),
        ("с 29.IV по 2.V.56 г. праздники", [("с 29.IV по 2.V.56 г.", "1956-04-29/1956-05-02")]),
        ("31.XII.53 - 3.I.54 - каникулы", [("31.XII.53 - 3.I.54", "1953-12-31/1954-01-03")]),
        # two days out of order are two dates, not a range
        ("9.X - 5.X", [("9.X", "--10-09"), ("5.X", "--10-05")]),
    ],
)
def test_two_roman_month_dates_with_a_dash_are_one_range(text, expected):
    assert dates(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в ночь с 8 на 9 марта колонна", [("в ночь с 8 на 9 марта", "--03-08/--03-09")]),
        ("В ночь со 2 на 3 октября 1943 г.", [("В ночь со 2 на 3 октября 1943 г.", "1943-10-02/1943-10-03")]),
        ("К 15-му сентября", [("15-му сентября", "--09-15")]),
    ],
)
def test_a_night_named_by_both_days_and_a_day_in_the_dative(text, expected):
    assert dates(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Приём заявок продлится до 20.03.", [("20.03", "--03-20")]),
        ("Запрет действует с 01.04 по 15.04.", [("01.04", "--04-01"), ("15.04", "--04-15")]),
        # a clock time, a price and a share keep their figures
        ("Поезд прибыл в 10.12 по местному времени.", []),
        ("Билет стоит 15.10 руб.", []),
        # after a date, the figures are its clock time: only the date is a date
        ("Отправлено 22.6.41 14.10.", [("22.6.41", "1941-06-22")]),
    ],
)
def test_a_russian_day_and_month_in_two_figures_each_is_a_date(text, expected):
    assert dates(text, "ru") == expected
