"""Bounds turned round: one figure or date bounded from below on one side and from above on the other."""

from __future__ import annotations

import pytest

from aligner.checks.date import check_date
from aligner.checks.number import check_number
from aligner.config import Config
from aligner.model import Severity
from check_helpers import context


def _reversals(check, ru: str, en: str) -> list:
    ctx = context([(ru, en)])
    return [f for f in check(ctx, config=Config()) if f.rule.endswith("bound_reversed")]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        (
            "Для монтажа нужно не менее 30 специалистов.",
            "No more than 30 specialists are needed for assembly.",
        ),
        ("Колхоз сдал свыше 200 центнеров зерна.", "The kolkhoz delivered under 200 centners of grain."),
        ("В делегацию войдут менее 50 человек.", "The delegation will comprise more than 50 people."),
        ("Выделить не более 5 млн. рублей.", "To allot at least 5 million rubles."),
    ],
)
def test_a_reversed_bound_on_a_figure_is_major(ru, en):
    (finding,) = _reversals(check_number, ru, en)
    assert finding.kind == "number"
    assert finding.severity == Severity.MAJOR
    assert "reversed" in finding.message


def test_the_message_quotes_both_bounds():
    (finding,) = _reversals(check_number, "Нужно не менее 30 орудий.", "At most 30 guns are needed.")
    assert "не менее 30" in finding.message
    assert "At most 30" in finding.message
    assert "from below" in finding.message
    assert "from above" in finding.message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Нужно не менее 120 специалистов.", "At least 120 specialists are needed."),
        ("Противник имеет свыше 200 минометов.", "The enemy has more than 200 mortars."),
        ("Противник имеет свыше 200 минометов.", "The enemy has over 200 mortars."),
        ("Привлечь до 30 человек.", "Up to 30 people are to be enlisted."),
        ("Вывезти около 15 тонн.", "About 15 tons are to be taken away."),
        ("Выделить более 40 гектаров.", "40 hectares are to be allotted."),
        ("Больных не более 10 %.", "The sick are at most 10 per cent."),
        ("Численность сократить до 300 человек.", "The staff is to be cut to more than 300 people."),
    ],
)
def test_the_same_direction_or_no_bound_is_silent(ru, en):
    assert _reversals(check_number, ru, en) == []


def test_a_loose_bound_word_makes_a_reversal_minor():
    (finding,) = _reversals(check_number, "Потери составили почти 30 человек.", "Losses came to over 30 men.")
    assert finding.severity == Severity.MINOR
    assert "почти" in finding.message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        (
            "Отгрузку закончить не позднее 1 июля 1956 г.",
            "The shipment is to be completed no earlier than July 1, 1956.",
        ),
        (
            "Сосредоточение закончить до 10 октября 1943 г.",
            "The concentration is to be completed after October 10, 1943.",
        ),
        (
            "Завоз топлива начнется не ранее 1 октября 1953 г.",
            "The delivery of fuel will start no later than October 1, 1953.",
        ),
    ],
)
def test_a_reversed_bound_on_a_date_is_major(ru, en):
    (finding,) = _reversals(check_date, ru, en)
    assert finding.kind == "date"
    assert finding.severity == Severity.MAJOR
    assert "earliest" in finding.message
    assert "latest" in finding.message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        (
            "Вывезти зерно не раньше 20 августа 1947 г.",
            "The grain is to be taken away only after August 20, 1947.",
        ),
        (
            "Вывезти зерно не раньше 20 августа 1947 г.",
            "The grain is not to be taken away before August 20, 1947.",
        ),
        ("Закончить работу до 1 мая 1950 г.", "The work is to be finished by May 1, 1950."),
        ("Закончить работу не позднее 1 мая 1950 г.", "The work is to be finished before May 1, 1950."),
        ("Закончить работу 1 мая 1950 г.", "The work is to be finished after May 1, 1950."),
        (
            "Совещание продлится с 1 мая по 5 мая 1950 г.",
            "The meeting will last from May 1 until May 5, 1950.",
        ),
    ],
)
def test_dates_bounded_alike_or_not_at_all_are_silent(ru, en):
    assert _reversals(check_date, ru, en) == []


def test_the_evidence_is_the_bound_words_not_the_figure():
    ctx = context([("Нужно не менее 30 орудий.", "At most 30 guns are needed.")])
    (finding,) = [f for f in check_number(ctx, config=Config()) if f.rule == "number.bound_reversed"]
    assert [s.of(ctx.source_text) for s in finding.source_evidence] == ["не менее"]
    assert [s.of(ctx.target_text) for s in finding.target_evidence] == ["At most"]
    ctx = context([("Закончить не позднее 1 мая 1943 г.", "To be completed no earlier than May 1, 1943.")])
    (finding,) = [f for f in check_date(ctx, config=Config()) if f.rule == "date.bound_reversed"]
    assert [s.of(ctx.source_text) for s in finding.source_evidence] == ["не позднее"]
    assert [s.of(ctx.target_text) for s in finding.target_evidence] == ["no earlier than"]


def test_a_particle_run_into_the_word_before_gives_no_direction():
    ru = "Студенты должны прибыть в Москвуне позднее 25 августа 1960 г."
    en = "The students must arrive in Moscow no later than August 25, 1960."
    assert _reversals(check_date, ru, en) == []
    assert (
        _reversals(check_number, "Нужно обеспечитьне менее 30 вагонов.", "At least 30 wagons are needed.")
        == []
    )
    # the particle standing apart is read: a real reversal is still found
    (finding,) = _reversals(
        check_date, ru.replace("Москвуне", "Москву не"), en.replace("no later", "no earlier")
    )
    assert finding.severity == Severity.MAJOR
