"""Numbers read across words: the forms a translator renders differently (invented one-line examples)."""

from __future__ import annotations

import pytest

from aligner.features.dates import find_dates
from aligner.features.numbers import find_numbers
from aligner.segment.apparatus_lines import copy_distribution
from aligner.segment.lines import classify_line


def _read(text: str, language: str) -> list[tuple[str, tuple[float, ...], str]]:
    return [(text[h.start : h.end], h.values, h.family) for h in find_numbers(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("завезено 12 млн. 400 тыс. пудов зерна", "ru", ("12 млн. 400 тыс", (12400000,), "")),
        ("прибыло от 3 до 4 тыс. беженцев", "ru", ("от 3 до 4 тыс", (3000, 4000), "")),
        ("от двух до трех тысяч подвод", "ru", ("от двух до трех тысяч", (2000, 3000), "")),
        (
            "between twelve hundred and two thousand carts",
            "en",
            ("between twelve hundred and two thousand", (1200, 2000), ""),
        ),
        ("one hundred and two thousand carts", "en", ("one hundred and two thousand", (102000,), "")),
        ("some 3 to 4 thousand refugees", "en", ("3 to 4 thousand", (3000, 4000), "")),
        ("построено два десятка мостов", "ru", ("два десятка", (20,), "")),
        ("задержано человек десятка три", "ru", ("десятка три", (30,), "")),
        ("a twenty-two-year-old clerk", "en", ("twenty-two", (22,), "weak")),
        ("в течение трех-четырехнедельного срока", "ru", ("трех-четырехнедельного", (3, 4), "weak")),
        ("на 1957/58 хозяйственный год", "ru", ("1957/58", (1957, 1958), "")),
        ("nearly half a million rubles", "en", ("half a million", (500000,), "")),
        ("около полумиллиона рублей", "ru", ("полумиллиона", (500000,), "")),
        ("an hour and a half later", "en", ("an hour and a half", (1.5,), "weak")),
        ("shipped a million and a half bricks", "en", ("a million and a half", (1500000,), "")),
        ("закуплено миллион с половиной кирпичей", "ru", ("миллион с половиной", (1500000,), "")),
        ("some 1000 and a half", "en", ("1000 and a half", (1000.5,), "")),
        ("lost half a dozen carts", "en", ("half a dozen", (6,), "weak")),
        ("half of thirty carts", "en", ("half", (0.5,), "weak")),
        ("выпуск вырос в четыре раза", "ru", ("четыре", (4,), "weak")),
        ("output rose 4 times over", "en", ("4", (4,), "weak")),
    ],
)
def test_numbers_across_words(text: str, language: str, expected: tuple) -> None:
    assert expected in _read(text, language)


def test_inverted_collective_is_approximate() -> None:
    (hit,) = find_numbers("прибыло сотни три подвод", "ru")
    assert hit.values == (300,)
    assert hit.approximate


def test_a_plain_number_with_a_thousand_scale_stays() -> None:
    assert _read("от 500 до 7 тыс. тонн", "ru")[0][1] == (500, 7000)


def test_roman_month_after_a_slash_is_a_date() -> None:
    (hit,) = find_dates("получено 3/XI-48 г. вечером", "ru")
    assert (hit.value.ends[0].year, hit.value.ends[0].month, hit.value.ends[0].day) == (1948, 11, 3)


def test_roman_month_without_a_year_is_a_date() -> None:
    (hit,) = find_dates("ответ ожидаем к 23.IX.", "ru")
    assert (hit.value.ends[0].month, hit.value.ends[0].day, hit.value.ends[0].year) == (9, 23, None)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("1-2 - адресатам", True),
        ("5 - в архив", True),
        ("2 - т. Петрову", True),
        ("4 - ОДВ МИД", True),
        ("3 - танковая дивизия", False),
        ("7 - 9 человек", False),
    ],
)
def test_copy_distribution_lines(line: str, furniture: bool) -> None:
    assert (copy_distribution(line) is not None) is furniture


def test_a_span_of_years_with_words_is_one_date() -> None:
    (hit,) = find_dates("работы велись с 1936 по 1939 г. без перерыва", "ru")
    assert [p.year for p in hit.value.ends] == [1936, 1939]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("тел. 31-08", "furniture.phone"),
        ("4 Not printed.", "editorial.footnote"),
        ("7 Reference is to the letter of March 3.", "editorial.footnote"),
        (
            "The Soviet Consul in Mukden (Ledovsky) to the Ministry of Foreign Affairs",
            "editorial.document_heading",
        ),
    ],
)
def test_executor_phone_and_edition_footnote_lines(line: str, rule: str) -> None:
    assert classify_line(line)[1] == rule  # type: ignore[index]


def test_comrade_abbreviation_is_no_phone_line() -> None:
    assert classify_line("т. Ворошилову") is None


def test_extract_distribution_label_is_furniture() -> None:
    assert classify_line("Выписки посланы: тт. Петрову, Сидорову.") is not None


def test_a_count_of_dozens_is_the_figure_it_makes() -> None:
    """ "Two dozen" renders 24 exactly (no approximation note), and reads as 24 against another figure."""
    from aligner import check_texts

    same = check_texts(
        "На аэродром прибыли 24 бомбардировщика.", "Two dozen bombers arrived at the airfield."
    )
    assert [f for f in same.findings if f.kind == "number"] == []
    other = check_texts(
        "На аэродром прибыли 30 бомбардировщиков.", "Two dozen bombers arrived at the airfield."
    )
    messages = [f.message for f in other.findings if f.kind == "number"]
    assert len(messages) == 1
    assert "30" in messages[0]
    assert "24" in messages[0]
