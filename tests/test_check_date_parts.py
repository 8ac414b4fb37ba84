"""A part of a month or year («в конце июля», "early July") that the translation moves elsewhere."""

from __future__ import annotations

import pytest

from aligner.checks.date import check_date
from aligner.checks.date_parts import period_parts
from aligner.config import Config
from aligner.model import Severity
from check_helpers import context


def part_findings(ru: str, en: str) -> list:
    ctx = context([(ru, en)])
    return [f for f in check_date(ctx, config=Config()) if f.rule == "date.part_changed"]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Поезд пришёл в конце мая 1947 г.", "The train arrived at the beginning of May 1947."),
        ("Поезд пришёл в начале октября.", "The train arrived in late October."),
        ("Поезд пришёл в середине октября.", "The train arrived early in October."),
        ("План выполнен в первой половине 1956 года.", "The plan was fulfilled in the second half of 1956."),
        ("Отгрузка в третьей декаде июня.", "Shipment in the first ten days of June."),
        ("Отгрузка во II квартале 1952 г.", "Shipment in the fourth quarter of 1952."),
        ("Отгрузка в конце 1952 г.", "Shipment in February 1952."),
        ("Поезд пришёл в конце октября.", "The train arrived on October 4."),
        ("Поезд пришёл 4 октября.", "The train arrived in late October."),
        ("Обоз вышел в первых числах июля.", "The convoy left late in July."),
        ("Обоз вышел в последних числах июля.", "The convoy left in the first days of July."),
    ],
)
def test_another_part_of_the_same_period_is_a_major_date_finding(ru, en):
    found = part_findings(ru, en)
    assert [f.severity for f in found] == [Severity.MAJOR]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Поезд пришёл в конце мая 1947 г.", "The train arrived at the end of May 1947."),
        ("Поезд пришёл в конце мая 1947 г.", "The train arrived in the second half of May 1947."),
        ("Поезд пришёл в середине октября.", "The train arrived in mid-October."),
        ("Поезд пришёл в начале октября.", "The train arrived in the first ten days of October."),
        ("Поезд пришёл в начале октября.", "The train arrived in October."),
        ("Поезд пришёл в конце октября.", "The train arrived on October 29."),
        ("Отгрузка в I квартале 1952 г.", "Shipment in the first quarter of 1952."),
        ("Обоз вышел в первых числах июля.", "The convoy left early in July."),
        ("Обоз вышел в последних числах июля.", "The convoy left in the last few days of July."),
        ("Отгрузка в конце 1952 г.", "Shipment in December 1952."),
        # a part of one month against another month is the date check's changed month, not a part
        ("Поезд пришёл в конце октября 1949 г.", "The train arrived in early November 1949."),
        # the end of a day names no part of the month
        ("Позиции заняты к исходу 12 марта.", "Positions were taken by the end of March 12."),
    ],
)
def test_the_same_part_or_no_part_gives_no_part_finding(ru, en):
    assert part_findings(ru, en) == []


def test_a_day_set_against_a_part_is_reported_once():
    ctx = context([("Поезд пришёл в конце октября.", "The train arrived on October 4.")])
    found = list(check_date(ctx, config=Config()))
    assert [f.rule for f in found] == ["date.part_changed"]


def test_the_finding_quotes_both_parts_and_names_the_period():
    (finding,) = part_findings("Поезд пришёл в конце мая 1947 г.", "It arrived in early May 1947.")
    assert "“конце мая 1947 г.”" in finding.message
    assert "“early May 1947”" in finding.message
    assert "another part of May 1947" in finding.message


def test_a_part_reads_its_month_and_year_in_either_language():
    ctx = context([("Во второй половине июля 1950 года.", "In the latter half of July 1950.")])
    (ru,) = period_parts([ctx.source.segments[0]], "ru")
    (en,) = period_parts([ctx.target.segments[0]], "en")
    assert (ru.month, ru.year, ru.share) == (en.month, en.year, en.share) == (7, 1950, (0.5, 1.0))
