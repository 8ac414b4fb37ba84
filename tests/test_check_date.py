"""The date check on hand-built beads: one date in any writing agrees, a changed one is flagged."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aligner.checks import CHECKS, run_checks
from aligner.checks.date import check_date, dates_agree, parse_date
from aligner.config import Config
from aligner.model import Severity
from aligner.pipeline import check_texts
from check_helpers import context

_RU_MONTHS = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
_EN_MONTHS = tuple(datetime.date(2000, n, 1).strftime("%B") for n in range(1, 13))


def findings(pairs):
    ctx = context(pairs)
    return ctx, list(check_date(ctx, config=Config()))


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Пхеньян - 8 июля 1950 года", "City of Pyongyang 08.07.1950"),
        ("8 июля 1950 года", "July 8, 1950"),
        ("8.7.50г.", "8 July 1950"),
        ("восьмого июля 1950 года", "July 8, 1950"),
        ("15.VII.1943 г.", "July 15, 1943"),
        ("в июле 1950 г.", "in July 1950"),
        ("8 июля 1950 года", "on July 8"),
        ("с 9 по 10 декабря", "on December 9–10"),
        ("в 1941-1945 гг.", "in 1941-1945"),
        ("в 1950 году", "in 1950"),
        ("прибыло 1950 человек", "1950 people arrived"),
    ],
)
def test_one_date_in_two_writings_gives_no_finding(ru, en):
    assert findings([(ru, en)])[1] == []


def test_a_changed_day_is_critical_with_both_dates_cited():
    ctx, (f,) = findings([("Пхеньян - 8 июля 1950 года", "Pyongyang, July 9, 1950")])
    assert f.kind == "date"
    assert f.severity == Severity.CRITICAL
    assert f.rule == "date.changed"
    assert [s.of(ctx.source_text) for s in f.source_evidence] == ["8 июля 1950 года"]
    assert [s.of(ctx.target_text) for s in f.target_evidence] == ["July 9, 1950"]
    assert "8 July 1950" in f.message
    assert "9 July 1950" in f.message


def test_a_changed_year_range_is_critical():
    _, (f,) = findings([("в 1941-1945 гг.", "in 1941-1944")])
    assert f.kind in ("date", "number")


def test_a_date_without_counterpart_is_major():
    _, (f,) = findings([("Письмо от 8 июля 1950 года.", "The letter.")])
    assert f.severity == Severity.MAJOR
    assert f.rule == "date.missing"


def test_an_added_date_is_major():
    _, (f,) = findings([("Письмо.", "The letter of July 8, 1950.")])
    assert f.rule == "date.added"


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Завод построен в том же году.", "The plant was built in 1947."),
        ("Договор подписан в 1955 году.", "The treaty was signed that year."),
    ],
)
def test_a_lone_year_or_month_is_minor_with_its_reason(ru, en):
    _, (f,) = findings([(ru, en)])
    assert f.severity == Severity.MINOR
    assert "in words" in f.message


def test_date_values_agree_where_both_say_something():
    assert dates_agree("1950-07-08", "1950-07")
    assert dates_agree("--07-08", "1950-07-08")
    assert not dates_agree("1950-07-08", "1950-07-09")
    assert parse_date("1950-12-09/1950-12-10") == ((1950, 12, 9), (1950, 12, 10))


def test_check_is_registered():
    ctx = context([("8 июля 1950 года", "July 9, 1950")])
    assert "date" in CHECKS
    found = run_checks(ctx, config=Config(checks=("date",)))
    assert [f.kind for f in found] == ["date"]


@given(
    st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2029, 12, 31)),
    st.sampled_from(["day", "month", "year", "none"]),
    st.sampled_from(["words", "digits"]),
)
def test_a_date_changed_in_translation_is_always_flagged(day, change, writing):
    other = day
    if change == "day":
        other = day + datetime.timedelta(days=1 if day.day < 28 else -1)
    elif change == "month":
        other = day.replace(month=day.month % 12 + 1, day=min(day.day, 28))
    elif change == "year":
        other = day.replace(year=day.year + 1, day=min(day.day, 28))
    ru = f"{day.day} {_RU_MONTHS[day.month - 1]} {day.year} года"
    if writing == "words":
        en = f"{_EN_MONTHS[other.month - 1]} {other.day}, {other.year}"
    else:
        en = f"{other.day:02d}.{other.month:02d}.{other.year}"
    found = findings([(ru, en)])[1]
    if other == day:
        assert found == []
    else:
        assert [f.severity for f in found] == [Severity.CRITICAL]


@pytest.mark.parametrize(
    ("ru", "en", "word"),
    [
        ("Вчера посол вручил ноту.", "On March 3 the ambassador handed over the note.", "Вчера"),
        (
            "Накануне делегация прибыла в Прагу.",
            "On May 11, 1948 the delegation arrived in Prague.",
            "Накануне",
        ),
        ("Делегация прибыла 11 мая.", "The delegation arrived the day before.", "the day before"),
        ("Обстрел начался утром 16 апреля.", "The shelling began on the morning of the 16th.", "16th"),
        ("Отряд пробудет в порту до 31 мая.", "The detachment will stay until the end of May.", "May"),
        ("Годовщина налёта 11 сентября прошла тихо.", "The 9/11 raid anniversary passed quietly.", "9/11"),
        ("Смена караула назначена на 5 октября.", "The guard changes on 5.10 as planned.", "5.10"),
    ],
)
def test_a_date_the_other_side_gives_in_part_or_relatively_is_minor_with_its_reason(ru, en, word):
    _, (f,) = findings([(ru, en)])
    assert f.severity == Severity.MINOR
    assert f"“{word}”" in f.message


def test_a_lone_date_is_still_major_when_the_other_side_gives_no_part_of_it():
    _, (f,) = findings([("Отряд прибыл в порт 31 мая.", "The detachment reached the port, 31 men in all.")])
    assert f.severity == Severity.MAJOR
    # a fraction whose figures are no day and month of the date is no rendering of it
    _, (f,) = findings([("Отряд прибыл в порт 31 мая.", "The detachment reached the port, 1/2 of it.")])
    assert f.severity == Severity.MAJOR


def test_a_roman_month_date_alone_under_the_signature_is_no_major_date_when_left_out() -> None:
    source = "Запасы угля на складах исчерпаны.\nМинистр связи\nП. ОРЛОВ\n17.XI.52"
    target = "Coal stocks in the depots are exhausted.\nMinister of Communications\nP. ORLOV"
    report = check_texts(source, target, config=Config(checks=("date",)))
    assert all(f.severity in (Severity.MINOR, Severity.INFO) for f in report.findings)


def test_a_roman_month_date_under_the_signature_is_still_compared() -> None:
    source = "Запасы угля на складах исчерпаны.\nМинистр связи\nП. ОРЛОВ\n17.XI.52"
    target = (
        "Coal stocks in the depots are exhausted.\nMinister of Communications\nP. ORLOV\nNovember 19, 1952"
    )
    (changed,) = check_texts(source, target, config=Config(checks=("date",))).findings
    assert changed.rule == "date.changed"
    assert "17 November 1952" in changed.message
    assert "19 November 1952" in changed.message


@pytest.mark.parametrize(
    ("ru", "en", "found"),
    [
        ("В ночь на 1 января отряд перешёл реку.", "On New Year's night the unit crossed the river.", []),
        ("В ночь на 3 января отряд ушёл.", "On New Year’s night the unit left.", ["critical"]),
        ("1 мая на площади прошёл митинг.", "A rally was held in the square on May Day.", []),
        ("3 мая на площади прошёл митинг.", "A rally was held in the square on May Day.", ["critical"]),
        ("Накануне Нового года эшелон прибыл.", "The train arrived on New Year's Eve.", []),
        ("В канун Нового года, 31 декабря, эшелон прибыл.", "The train arrived on December 31.", []),
        # a named day with no date on the other side is no finding: the other side may say it in words
        ("В праздник на площади прошёл митинг.", "A rally was held in the square on May Day.", []),
        # «в Новом году» is "in the new year", no day
        ("В Новом году план будет выполнен.", "The plan will be fulfilled on January 5.", ["major"]),
    ],
)
def test_a_day_known_by_its_name_is_compared_as_its_date(ru, en, found) -> None:
    from aligner.pipeline import check_texts

    report = check_texts(ru, en)
    assert [f.severity.value for f in report.findings if f.kind == "date"] == found
    assert [f for f in report.findings if f.kind == "name"] == []


_RANGE_RU = "3.IX - 6.IX - осмотр заводов в Горьком."


def test_a_changed_end_of_a_roman_month_range_is_critical():
    _, (f,) = findings([(_RANGE_RU, "September 3-8: visits to factories in Gorky.")])
    assert f.severity == Severity.CRITICAL
    assert "6 September" in f.message
    assert "8 September" in f.message


def test_a_roman_month_range_given_in_words_is_the_same_date():
    _, found = findings([(_RANGE_RU, "September 3-6: visits to factories in Gorky.")])
    assert found == []


def test_a_night_moved_by_a_day_is_found_though_its_morning_is_named_again():
    ru = "В ночь с 8 на 9 марта мост был поврежден; движение открыто к вечеру 9 марта."
    en = "On the night of March 9-10 the bridge was damaged; traffic was reopened by the evening of March 9."
    _, (f,) = findings([(ru, en)])
    assert f.severity == Severity.CRITICAL
    assert "8 March–9 March" in f.message


@pytest.mark.parametrize(
    "en",
    [
        "The rains fell between February and April.",
        "The rains fell from February to April.",
        "The rains fell in February-April.",
    ],
)
def test_a_range_of_months_in_words_is_the_same_dates(en):
    _, found = findings([("Дожди шли в феврале-апреле.", en)])
    assert found == []


def test_a_range_of_months_in_words_with_a_changed_end_is_flagged():
    _, found = findings([("Дожди шли с февраля по апрель.", "The rains fell between February and May.")])
    assert found != []
