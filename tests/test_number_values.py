"""A number mention's value as a user of the library reads it: amounts and how the text gives them."""

from __future__ import annotations

import pytest

from aligner.features import analyse
from aligner.features.values import NumberValue
from aligner.model import Segment, Span


def value(text: str, language: str = "ru") -> NumberValue:
    """The value of the one number of ``text``."""
    segment = Segment("s1", "source", text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))
    (mention,) = analyse(segment, language=language).numbers
    return mention.number


def test_a_range_has_its_two_ends():
    got = value("прибыло 25-35 инструкторов")
    assert (got.low, got.high, got.is_range) == (25, 35, True)


def test_a_range_in_words_has_its_two_ends():
    got = value("from 12 to 14 tanks", "en")
    assert (got.amounts, got.is_range) == ((12, 14), True)


def test_a_single_number_is_its_own_low_and_high():
    got = value("прибыло 40 инструкторов")
    assert (got.low, got.high, got.is_range) == (40, 40, False)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("около 300 вагонов", "ru"),
        ("about 300 wagons", "en"),
        ("сотни три вагонов", "ru"),
        ("речь идёт примерно о 300 вагонах", "ru"),
    ],
)
def test_a_qualified_number_is_approximate(text, language):
    assert value(text, language).approximate


def test_a_plain_number_is_exact():
    assert not value("300 вагонов").approximate


def test_an_ordinal_counts_as_its_cardinal():
    got = value("в третьем квартале")
    assert (got.amounts, got.ordinal) == ((3,), True)


def test_a_fraction_is_its_value():
    got = value("две трети состава")
    assert got.fraction
    assert abs(got.low - 2 / 3) < 1e-9


def test_a_multiplier_is_a_relative_amount():
    got = value("выросло в четыре раза")
    assert (got.amounts, got.multiplier) == ((4,), True)


def test_a_clock_time_is_minutes_after_midnight():
    got = value("прибыл в 18:25")
    assert (got.amounts, got.clock) == ((18 * 60 + 25,), True)


def test_a_reference_number_is_not_an_amount_to_compare():
    got = value("см. приказ № 731")
    assert (got.role, got.compared) == ("reference", False)


def test_a_roman_numeral_is_marked_as_one():
    got = value("в XIX веке")
    assert (got.amounts, got.roman) == ((19,), True)


def test_a_word_that_often_is_no_number_is_weak():
    assert value("one of the drivers", "en").weak


def test_four_bare_digits_in_the_years_range_may_be_a_year():
    assert value("всего 1 938").year_like  # digits alone, 1700 to 2099: perhaps a year
    assert not value("прибыло 40 человек").year_like
    assert not value("ушло 1938-ым эшелоном").year_like  # an ending: not digits alone


def test_a_long_number_stays_exact():
    got = value("сумма 12 345 678 901 234 567 рублей")
    assert got.amounts == (12_345_678_901_234_567,)
    assert isinstance(got.low, int)


def test_a_date_mention_has_no_number_value():
    segment = Segment("s1", "source", "8 июля 1950 г.", Span(0, 14), "text", offsets=tuple(range(14)))
    (date,) = analyse(segment, language="ru").dates
    with pytest.raises(TypeError):
        _ = date.number
    assert str(date.date) == "1950-07-08"


def test_a_repeated_line_points_at_each_occurrence():
    line = "Прибыло 25 вагонов."
    first = Segment("s1", "source", line, Span(0, len(line)), "text", offsets=tuple(range(len(line))))
    start = 100
    again = Segment(
        "s9",
        "source",
        line,
        Span(start, start + len(line)),
        "text",
        offsets=tuple(range(start, start + len(line))),
    )
    (a,) = analyse(first, language="ru").numbers
    (b,) = analyse(again, language="ru").numbers
    assert (a.span.start, b.span.start) == (8, start + 8)
    assert a.number == b.number
