"""A year named by its distance from the document's date, given as another: «п.г.» against "this year"."""

from __future__ import annotations

import pytest

from aligner.checks.date import check_date
from aligner.config import Config
from aligner.model import Severity
from check_helpers import context


def findings(ru: str, en: str) -> list:
    ctx = context([(ru, en)])
    return [f for f in check_date(ctx, config=Config()) if f.rule == "date.relative_year_changed"]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Надой в июне п.г. был выше.", "The milk yield in June of this year was higher."),
        ("Смета с. г. утверждена.", "Last year's estimate has been approved."),
        ("Стройку закончат в будущем году.", "The building will be finished this year."),
        ("Цены позапрошлого года сохранены.", "Last year's prices are kept."),
    ],
)
def test_another_year_relative_to_the_document_is_major(ru, en):
    found = findings(ru, en)
    assert [f.severity for f in found] == [Severity.MAJOR]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Надой в июне п.г. был выше.", "The milk yield last June was higher than last year."),
        ("Надой в июне п.г. был выше.", "The milk yield in June last year was higher."),
        ("Смета с. г. утверждена.", "The estimate for the current year has been approved."),
        ("Стройку закончат в будущем году.", "The building will be finished in 1958."),  # resolved
        ("План за I п.г. выполнен.", "The plan for the first half of this year is fulfilled."),  # a half-year
    ],
)
def test_the_same_year_said_otherwise_or_resolved_gives_no_finding(ru, en):
    assert findings(ru, en) == []


def test_the_message_names_both_years():
    (f,) = findings("Отгрузка в мае п. г. задержана.", "Shipment in May of this year was delayed.")
    assert "“п. г.” (last year)" in f.message
    assert "“this year”" in f.message
