"""Numbers in digits and words, ranges, approximations and reference numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aligner.features import analyse
from aligner.model import Segment, Span


def seg(text: str, start: int = 0, side: str = "source") -> Segment:
    return Segment(
        "s1",
        side,
        text,
        Span(start, start + len(text)),
        "text",
        offsets=tuple(range(start, start + len(text))),
    )


def numbers(text: str, language: str) -> list[tuple[str, tuple[float, ...]]]:
    return [
        (m.text, m.number.amounts)
        for m in analyse(seg(text), language=language).numbers
        if m.family not in ("reference", "enumerator")
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("использование 25-35 Советских советников", "ru", [("25-35", (25.0, 35.0))]),
        ("в штабах 2х армейских фронтов", "ru", [("2х", (2.0,))]),
        ("штабах 2-х армий и 3-м полкам", "ru", [("2-х", (2.0,)), ("3-м", (3.0,))]),
        ("двадцати пяти советников", "ru", [("двадцати пяти", (25.0,))]),
        ("двух тысяч пятисот человек", "ru", [("двух тысяч пятисот", (2500.0,))]),
        ("полутора тысяч солдат", "ru", [("полутора тысяч", (1500.0,))]),
        # a thousands dot with a decimal comma, then a scale: 1.247,6 тыс. = 1,247,600
        ("погружено 2.358,4 тыс. тонн угля", "ru", [("2.358,4 тыс", (2358400.0,))]),
        ("сдано 3 615,2 тыс. пудов", "ru", [("3 615,2 тыс", (3615200.0,))]),
        ("выплачено 14.700,50 рублей", "ru", [("14.700,50", (14700.5,))]),
        ("от 25 до 35 человек", "ru", [("от 25 до 35", (25.0, 35.0))]),
        (
            "2,5 млн рублей и 12 000 солдат",
            "ru",
            [("2,5 млн", (2500000.0,)), ("12 000", (12000.0,))],
        ),
        ("два-три дня", "ru", [("два-три", (2.0, 3.0))]),
        ("two army groups", "en", [("two", (2.0,))]),
        # a count of dozens is one number, not a two and a twelve
        ("two dozen fighters", "en", [("two dozen", (24.0,))]),
        ("три дюжины винтовок", "ru", [("три дюжины", (36.0,))]),
        # a collective noun in any case form
        ("в шести десятках стран", "ru", [("шести десятках", (60.0,))]),
        ("о двух дюжинах машин", "ru", [("двух дюжинах", (24.0,))]),
        ("twenty-five advisers", "en", [("twenty-five", (25.0,))]),
        ("two hundred and fifty men", "en", [("two hundred and fifty", (250.0,))]),
        ("25 to 35 advisers", "en", [("25 to 35", (25.0, 35.0))]),
        ("between 2 and 3 divisions", "en", [("between 2 and 3", (2.0, 3.0))]),
        ("1,000 men and 2.5 tons", "en", [("1,000", (1000.0,)), ("2.5", (2.5,))]),
        ("the years 1950-53", "en", [("1950-53", (1950.0, 1953.0))]),
        # a year's shortened end is read after a dash only: here a year and a share
        ("the plan for 1952 to 87 percent", "en", [("1952", (1952.0,)), ("87", (87.0,))]),
    ],
)
def test_numbers_read_as_a_historian_would(text, language, expected):
    assert numbers(text, language) == expected


def test_approximate_numbers_are_marked():
    ru = analyse(seg("около 30 советников"), language="ru").numbers
    en = analyse(seg("about 30 advisers"), language="en").numbers
    assert [m.approximate for m in ru] == [True]
    assert [m.approximate for m in en] == [True]
    assert ru[0].number.amounts == en[0].number.amounts == (30,)


def test_reference_numbers_and_footnotes_are_not_numbers_to_compare():
    found = analyse(seg("Продолжение ШИФРОВКИ № 405976/ш. Лист № 2 текст [43]"), language="ru")
    assert {m.family for m in found.numbers} == {"reference"}
    assert "43" not in [m.text for m in found.numbers]


def test_numbers_of_a_date_belong_to_the_date():
    found = analyse(seg("Пхеньян - 8 июля 1950 года"), language="ru")
    assert found.numbers == ()
    assert [str(d.value) for d in found.dates] == ["1950-07-08"]


def test_one_is_weak():
    found = analyse(seg("one of the advisers"), language="en").numbers
    assert [m.family for m in found] == ["weak"]


def test_spans_point_into_the_original_text():
    original = "Header line\nразрешить 25-35 советников и 2х армий"
    start = original.index("разрешить")
    found = analyse(seg(original[start:], start=start), language="ru")
    assert [m.span.of(original) for m in found.numbers] == ["25-35", "2х"]


_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    *("ten", "eleven", "twelve", "thirteen", "fourteen"),
    *("fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def english(n: int) -> str:
    """A plain, obviously correct English spelling of 0..999."""
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _UNITS[n % 10])
    rest = n % 100
    return _UNITS[n // 100] + " hundred" + ("" if rest == 0 else " and " + english(rest))


@given(st.integers(min_value=2, max_value=999))
def test_digits_and_english_words_give_one_value(n):
    in_digits = numbers(f"They sent {n} advisers.", "en")
    in_words = numbers(f"They sent {english(n)} advisers.", "en")
    assert in_digits == [(str(n), (float(n),))]
    assert [v for _, v in in_words] == [(float(n),)]


@given(st.text(alphabet="0123456789 -–.,/№хие двапятьtwohundred", max_size=40), st.integers(0, 50))
def test_every_number_span_lies_inside_its_segment(text, start):
    s = seg(text, start=start) if text else seg("x", start=start)
    for language in ("ru", "en"):
        for m in analyse(s, language=language).mentions():
            assert s.span.start <= m.span.start < m.span.end <= s.span.end


def test_an_ordinal_and_a_count_joined_by_a_dash_are_two_numbers() -> None:
    text = "Сдано полтора десятка шахт, а во втором — вдвое больше."
    from aligner.features.numbers import find_numbers

    assert [h.values for h in find_numbers(text, "ru")] == [(15,), (2,), (2,)]
