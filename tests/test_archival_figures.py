"""Archival figures: clock times, ordinals, marks of the page, long numbers and dates in
period forms, read as a historian reads them (features and the number and date checks)."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from aligner.checks import CheckContext
from aligner.checks._figures import _word_count
from aligner.checks.date import check_date
from aligner.checks.number import check_number
from aligner.config import Config
from aligner.features import analyse
from aligner.features.numbers import format_value
from aligner.model import Alignment, Bead, Segment, Severity, Side, Span
from check_helpers import context


def seg(text: str, side: str = "source", start: int = 0, ident: str = "s1") -> Segment:
    return Segment(
        ident,
        side,
        text,
        Span(start, start + len(text)),
        "text",
        offsets=tuple(range(start, start + len(text))),
    )


def numbers(text: str, language: str) -> list[tuple[str, tuple[float, ...], str]]:
    return [(m.text, m.number.amounts, m.family) for m in analyse(seg(text), language=language).numbers]


def counted(text: str, language: str) -> list[tuple[str, tuple[float, ...]]]:
    """The numbers a check compares (no references, footnote marks or weak words)."""
    return [(t, v) for t, v, f in numbers(text, language) if f in ("", "time")]


def dates(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.value)) for m in analyse(seg(text), language=language).dates]


def checked(ru: str, en: str) -> list:
    ctx = context([(ru, en)])
    return list(check_number(ctx, config=Config())) + list(check_date(ctx, config=Config()))


def joined(sources: list[str], target: str) -> CheckContext:
    """One bead of several source segments (a boundary inside a figure) and one target segment."""
    text = "\n".join(sources)
    segs, pos = [], 0
    for n, s in enumerate(sources, 1):
        segs.append(seg(s, start=pos, ident=f"s{n}"))
        pos += len(s) + 1
    tgt = seg(target, side="target", ident="t1")
    features = {s.id: analyse(s, language="ru") for s in segs}
    features["t1"] = analyse(tgt, language="en")
    return CheckContext(
        source=Side("source", "ru", tuple(segs)),
        target=Side("target", "en", (tgt,)),
        alignment=Alignment((Bead(tuple(s.id for s in segs), ("t1",), 1.0),)),
        features=features,
        source_text=text,
        target_text=target,
    )


# Clock times are one value, never an hour and a minute count.
@pytest.mark.parametrize(
    ("text", "language", "minutes"),
    [
        ("Вылетели в 06 ч. 45 м. утра", "ru", 6 * 60 + 45),
        ("Передано 2.IV.52 г. 23 ч. 05 м.", "ru", 23 * 60 + 5),
        ("совещание в 16 час. 20 мин. закончилось", "ru", 16 * 60 + 20),
        ("к 24.00 сосредоточить", "ru", 24 * 60),
        ("3.V.52 г. 14.10", "ru", 14 * 60 + 10),
        ("left at 9:25 p.m. sharp", "en", 21 * 60 + 25),
        ("by 10 p.m. tonight", "en", 22 * 60),
    ],
)
def test_a_clock_time_is_one_value(text, language, minutes):
    times = [(v, f) for _, v, f in numbers(text, language) if f == "time"]
    assert times == [((minutes,), "time")]


def test_hours_and_minutes_are_not_counted_apart():
    assert counted("Передано 2.IV.52 г. 23 ч. 05 м.", "ru")[-1:] == [("23 ч. 05 м.", (23 * 60 + 5,))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Still, 1 have not heard from him.", []),
        ("For our part, 1 am ready to sign.", []),
        ("Moreover, 1 request that the crates be opened.", []),  # a verb of a letter's writer
        ("The train left at 1 am on Monday.", [("1 am", (60,))]),
    ],
)
def test_one_for_the_pronoun_i_is_no_number(text, expected):
    assert counted(text, "en") == expected


# Ordinals are not fractions; a fraction word alone is a weak fraction.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("in the fourth quarter of the year", "en", [("fourth", (4,), "")]),
        ("в IV квартале", "ru", [("IV", (4,), "")]),
        ("a quarter of the troops", "en", [("quarter", (0.25,), "weak")]),
        ("около четверти войск", "ru", [("четверти", (0.25,), "weak")]),
        ("three quarters of the troops", "en", [("three quarters", (0.75,), "")]),
        ("третий миллион тонн", "ru", [("третий", (3,), ""), ("миллион", (1_000_000,), "weak")]),
        ("в полуторном объеме", "ru", [("полуторном", (1.5,), "weak")]),
        ("more than one thousand, two hundred men", "en", [("one thousand, two hundred", (1200,), "")]),
        ("3 1/2 million tons", "en", [("3 1/2 million", (3_500_000,), "")]),
        ("трех с половиной миллионов тонн", "ru", [("трех с половиной миллионов", (3_500_000,), "")]),
        ("четверо суток", "ru", [("четверо", (4,), ""), ("суток", (24,), "weak")]),
        ("ушли девятеро бойцов", "ru", [("девятеро", (9,), "")]),
    ],
)
def test_ordinals_fractions_and_collectives(text, language, expected):
    assert numbers(text, language) == expected


# Marks of the page are no facts: designations, footnote marks, file numbers.
@pytest.mark.parametrize(
    ("text", "language", "family"),
    [
        ("самолеты Ил-28 и МиГ-17", "ru", "reference"),
        ("Embassy files, Box K-12", "en", "reference"),
        ("as we agreed.3 The rest", "en", "footnote"),
        ("in his letter,4 he wrote", "en", "footnote"),
        ("ответ 2) получен", "ru", "footnote"),
        ("file 611.6131/2-1052", "en", "reference"),
        ("file 893.0011 of the department", "en", "reference"),
        ("Архив, ф. 9, оп. 4, д. 77, лл. 12-15.", "ru", "reference"),
    ],
)
def test_marks_of_the_page_are_not_counted(text, language, family):
    assert {f for _, _, f in numbers(text, language)} == {family}


def test_a_number_after_a_designation_and_a_dash_is_counted():
    assert counted("бензина Б-70 - 2,5 тыс. тонн", "ru") == [("2,5 тыс", (2500,))]


def test_long_numbers_are_exact_and_absurd_ones_are_none():
    long = "7" * 24
    assert numbers(f"сумма {long} рублей", "ru") == [(long, (int(long),), "")]
    assert numbers(f"код {'9' * 80} конец", "ru") == []


@pytest.mark.parametrize(
    ("values", "shown"),
    [
        ((2_000_000_000,), "2,000,000,000"),
        ((1950,), "1950"),
        ((25, 35), "25-35"),
        ((1.5,), "1.5"),
        ((10**40,), f"{10**40:,}"),
    ],
)
def test_numbers_are_written_as_a_reader_writes_them(values, shown):
    assert format_value(values) == shown


# Dates in period forms.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("прибудет 10 или 12 мая", "ru", [("10", "--05-10"), ("12 мая", "--05-12")]),
        ("on May 10th or 12th", "en", [("May 10", "--05-10"), ("12th", "--05-12")]),
        ("за март-апрель 1952 г.", "ru", [("март-апрель 1952 г.", "1952-03/1952-04")]),
        ("In February-April 9 ships", "en", [("February-April", "--02/--04")]),
        ("в ночь на 1 января 1950 г.", "ru", [("в ночь на 1 января 1950 г.", "1949-12-31/1950-01-01")]),
        ("в ночь на 6 августа", "ru", [("в ночь на 6 августа", "--08-05/--08-06")]),
        ("перенести с 3 на 12 мая", "ru", [("3", "--05-03"), ("12 мая", "--05-12")]),
    ],
)
def test_dates_in_period_forms(text, language, expected):
    assert dates(text, language) == expected


# The checks: no false alarms on archival forms, real changes still found.
@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("в ночь на 6 августа", "on the night of August 5-6"),
        ("за март-апрель", "for March-April"),
        ("прибудет 10 или 12 мая", "will arrive on May 12th or 10th"),
        ("во втором квартале", "in the second quarter"),
        ("в IV квартале", "in the fourth quarter"),
        ("около четверти войск", "about a quarter of the troops"),
        ("третий миллион тонн", "the third million tons"),
        ("ещё одну сотню", "another hundred"),
        ("более сотни танков", "over a hundred tanks"),
        ("в течение трех суток", "within 72 hours"),
        ("в полуторном объеме", "one and a half times the amount"),
        ("вылет в 06 ч. 45 м.", "departure at 6:45 a.m."),
        ("вылет в 18 час. 45 мин.", "departure at 6:45 p.m."),
        ("танки Т-44 прибыли", "the T-44 tanks arrived"),
        ("ответ 2) получен", "the reply has been received.2"),
        ("Передано 2.IV.52 г. 23 ч. 05 м.", "Sent"),
        ("второй миллиард рублей", "another 1,000,000,000 roubles"),
        ("второй миллиард рублей", "the second billion roubles"),
        ("прибыл в 23 ч.", "arrived at 11 p.m."),
        ("в 21 ч. 15 м.", "at 9:15 p.m."),
        ("двух с половиной миллионов тонн", "2 1/2 million tons"),
        ("более сотни танков", "a hundred tanks"),
        ("закончить во второй декаде июня", "to finish in the second ten days of June"),
        ("к концу декады", "by the end of the ten-day period"),
        ("отчеты представлять ежедекадно", "reports are to be submitted every ten days"),
        ("урожай оказался вдвое ниже", "the harvest was two times lower"),
        ("в течение двух недель", "in the course of a fortnight"),
        ("беседа продолжалась 1 час 20 мин.", "the conversation lasted 1 hr. 20 min."),
        ("разговор шел 1 час 35 минут", "the talk went on for 1 hour and 35 minutes"),
        ("заседание длилось 1 ч. 40 м.", "the session lasted an hour and forty minutes"),
        ("переход занял 2 часа 15 минут", "the march took two hours and fifteen minutes"),
        ("передать 48 122-мм гаубиц", "to hand over 48 122 mm howitzers"),
        ("10 000-й вагон", "the 10,000th wagon"),
        ("вывезено 250 тыс. тонн", "a quarter of a million tons were shipped"),
        ("около четверти объема", "about one fourth of the volume"),
        ("выезд перенесен с 3 на 12 мая", "the departure was moved from May 3 to May 12"),
    ],
)
def test_archival_forms_give_no_finding(ru, en):
    assert checked(ru, en) == []


def test_a_time_split_by_a_boundary_is_one_time():
    ctx = joined(["Принял его в 11 час.", "30 мин."], "I received him at 11:30 a.m.")
    assert list(check_number(ctx, config=Config())) == []


def test_a_reference_split_by_a_boundary_is_no_number():
    ctx = joined(["Архив, ф. 3, оп. 8, лл.", "41-44."], "Archive.")
    assert list(check_number(ctx, config=Config())) == []


def test_a_changed_count_is_set_against_the_count_not_the_year():
    (f,) = checked("В 1951 году прибыло 40 судов", "In 1951, 46 ships arrived")
    assert f.severity == Severity.CRITICAL
    assert "40" in f.message
    assert "46" in f.message


def test_a_changed_multiplier_word_is_found():
    (f,) = checked("урожай оказался вдвое ниже", "the harvest was three times lower")
    assert f.rule == "number.changed"
    assert "three times" in f.message


def test_an_ordinal_against_a_count_is_minor_with_its_reason():
    (f,) = checked("пятая колонна", "seven columns")
    assert f.severity == Severity.MINOR
    assert "ordinal" in f.message


def test_an_approximation_on_one_side_only_is_minor():
    (f,) = checked("более 120 танков", "100 tanks")
    assert f.severity == Severity.MINOR


def test_a_changed_last_digit_of_a_long_number_is_found():
    (f,) = checked(f"сумма {'3' * 22}4 рублей", f"the sum of {'3' * 22}5 roubles")
    assert f.severity == Severity.CRITICAL
    assert f.rule == "number.changed"


@given(st.integers(10**15, 10**29), st.integers(1, 9))
def test_big_numbers_compare_exactly(n, delta):
    assert checked(f"сумма {n} рублей", f"the sum of {n} roubles") == []
    assert len(checked(f"сумма {n} рублей", f"the sum of {n + delta} roubles")) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("won a third term in office", [("third", (3,), "")]),
        ("a third of the votes", [("third", (1 / 3,), "weak")]),
        ("nearly a third stayed home", [("third", (1 / 3,), "weak")]),
    ],
)
def test_a_third_is_a_fraction_only_when_used_as_one(text, expected):
    assert numbers(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("below the second-quarter figure", [("second", (2,), "weak")]),
        ("the fourth-quarter deliveries", [("fourth", (4,), "weak")]),
        ("three-quarters of the herd", [("three-quarters", (0.75,), "")]),
    ],
)
def test_an_ordinal_joined_to_quarter_names_a_quarter_not_a_fraction(text, expected):
    assert numbers(text, "en") == expected


def test_a_number_before_a_parenthesis_closed_far_away_is_no_footnote():
    text = "(по данным ведомства, рост за прошлый квартал во всех регионах составил 15)"
    assert [f for _, _, f in numbers(text, "ru")] == [""]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("прибудет 10 или 12 мая", "will arrive on May 10-12"),
        ("с 10 по 12 мая", "on May 10 or 12"),
        ("в ночь на 6 августа", "on August 6"),
        ("в январе-марте 1952 г.", "in March 1952"),
    ],
)
def test_a_single_date_agrees_with_a_range_it_ends(ru, en):
    assert [f for f in checked(ru, en) if f.kind == "date"] == []


def test_a_date_outside_a_range_is_still_changed():
    (f,) = [f for f in checked("с 10 по 12 мая", "on May 14") if f.kind == "date"]
    assert f.severity == Severity.CRITICAL


@pytest.mark.parametrize(
    "iso", ["1950-07-08", "1950-07", "--07-08", "1950", "1941/1945", "--01/--03", "1949-12-31/1950-01-01"]
)
def test_a_date_value_reads_back_its_iso_form(iso):
    from aligner.features.values import DateValue

    value = DateValue.parse(iso)
    assert value is not None
    assert str(value) == iso


def test_a_changed_number_in_an_uncertain_bead_is_minor_with_its_reason():
    ctx = context([("прибыло 40 судов", "46 ships arrived")])
    ctx = attrs.evolve(ctx, alignment=Alignment((Bead(("s1",), ("t1",), 0.2),)))
    (f,) = check_number(ctx, config=Config())
    assert f.severity == Severity.MINOR
    assert "uncertain" in f.message


@given(st.text(alphabet="0123456789 .,:;()/-–чмасинуpm.IVXFТ№лл)ам1 трети", max_size=60))
def test_archival_figures_never_break_the_reader(text):
    for language in ("ru", "en"):
        s = seg(text or "x")
        for m in analyse(s, language=language).mentions():
            assert s.span.start <= m.span.start < m.span.end <= s.span.end


def test_a_dispatch_line_counts_words_of_two_letters_or_more():
    # a lone letter, even hyphenated to another ("а-б"), is no word; a hyphenated word is one
    assert _word_count("а-б в 12 Отправлено ДО-КТ 17.40") == 2
