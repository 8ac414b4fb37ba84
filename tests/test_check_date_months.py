"""A month named alone on both sides, another month on each: «в августе» against "in September"."""

from __future__ import annotations

import pytest

from aligner.checks.date import check_date
from aligner.config import Config
from aligner.model import Severity
from check_helpers import context


def findings(ru: str, en: str):
    ctx = context([(ru, en)])
    return ctx, list(check_date(ctx, config=Config()))


def test_a_month_alone_given_as_another_is_major():
    ctx, found = findings("Комиссия выедет в Минск в июне.", "The commission will leave for Minsk in July.")
    (f,) = found
    assert f.rule == "date.month_changed"
    assert f.severity == Severity.MAJOR
    assert [s.of(ctx.source_text) for s in f.source_evidence] == ["июне"]
    assert [s.of(ctx.target_text) for s in f.target_evidence] == ["July"]
    assert "June" in f.message
    assert "July" in f.message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Комиссия выедет в Минск в июне.", "The commission will leave for Minsk in June."),
        ("Комиссия выедет в июне.", "The commission will leave in the summer."),
        ("Комиссия выедет в июне, а 3 июля вернется.", "It will leave in July and return on July 3."),
        ("Он сказал, что в марте может приехать.", "He said that he may come in March."),
        ("Поставки до октября и в ноябре.", "Deliveries until October and in November."),
    ],
)
def test_no_finding_for_the_same_month_a_season_a_dated_month_or_two_months(ru, en):
    assert [f for f in findings(ru, en)[1] if f.rule == "date.month_changed"] == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Лес вывозили в мае-июне.", "The timber was shipped out in May and June."),
        ("Лес вывозили в мае и июне.", "The timber was shipped out in May-June."),
        ("Лес вывозили в мае и июне 1951 г.", "The timber was shipped out in May and June 1951."),
    ],
)
def test_two_months_next_to_each_other_joined_by_and_are_their_range(ru, en):
    assert findings(ru, en)[1] == []


def test_two_months_apart_joined_by_and_are_no_range():
    _, found = findings("Лес вывозили в мае и июле.", "The timber was shipped out in May-July.")
    assert found


@pytest.mark.parametrize(
    ("ru", "en", "months"),
    [
        ("Баржи придут в начале сентября.", "They come at the beginning of October.", "September October"),
        ("Сев закончили во второй половине мая.", "Sowing ended in the second half of June.", "May June"),
        ("Груз отправят в последней декаде августа.", "It goes in the last ten days of July.", "August July"),
        ("Делегация прибудет в середине марта.", "The delegation will arrive in mid-April.", "March April"),
        ("Делегация прибудет в середине марта.", "The delegation will arrive in April.", "March April"),
        ("Отряд выступит в первых числах июля.", "The unit sets out in the first days of June.", "July June"),
        ("Отряд выступит в июле.", "The unit will set out late in August.", "July August"),
    ],
)
def test_a_part_of_a_month_given_as_part_of_another_month_is_a_major_changed_month(ru, en, months):
    _, found = findings(ru, en)
    (f,) = found
    assert (f.rule, f.severity) == ("date.month_changed", Severity.MAJOR)
    first, second = months.split()
    assert f.message.index(first) < f.message.index(second)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Баржи придут в начале сентября.", "The barges will come early in September."),
        ("Отряд выступит в первых числах июля.", "The unit will set out in the first days of July."),
        ("Отряд выступит в конце августа.", "The unit will set out late in August."),
        ("Отряд выступит в начале июля.", "The unit will set out in July."),
        ("Отчет представить к концу месяца.", "The report is due by the end of the month."),
        # two months in another order are the same two months
        ("Сев начали в конце апреля, а в мае закончили.", "Sowing ended in May, having begun late in April."),
    ],
)
def test_the_same_month_with_a_part_said_freely_gives_no_changed_month(ru, en):
    assert findings(ru, en)[1] == []


def test_parts_of_neighbouring_months_that_touch_are_a_minor_changed_month():
    _, found = findings("В конце июня комиссия выедет.", "The commission will leave in early July.")
    (f,) = found
    assert (f.rule, f.severity) == ("date.month_changed", Severity.MINOR)
    assert "next to each other" in f.message


def test_two_parts_on_each_side_are_paired_in_order():
    ctx, found = findings(
        "Косить начали во второй половине мая на севере и в начале июля на юге.",
        "Mowing began in the second half of June in the north and early in July in the south.",
    )
    (f,) = found
    assert [s.of(ctx.source_text) for s in f.source_evidence] == ["второй половине мая"]
    assert [s.of(ctx.target_text) for s in f.target_evidence] == ["second half of June"]
