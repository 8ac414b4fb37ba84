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
        ("В конце июня комиссия выедет.", "The commission will leave in early July."),
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
