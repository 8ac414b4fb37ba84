"""The number check on figures an edition converts into other units: one quantity is no change."""

from __future__ import annotations

import pytest

from aligner.checks._units import same_quantity, unit_of
from aligner.checks.number import check_number
from aligner.config import Config
from check_helpers import context


def findings(ru: str, en: str):
    return list(check_number(context([(ru, en)]), config=Config()))


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Колонна прошла около 240 км за сутки.", "The column covered some 150 miles in a day."),
        ("Глубина у причала 12 м.", "The depth at the quay is 39 feet."),
        ("Отряд высадился в 40 милях от берега.", "The party landed 74 km from the shore."),
        ("Собрано 800 га льна.", "Flax was gathered on 2,000 acres."),
    ],
)
def test_a_converted_figure_is_no_finding(ru, en):
    assert findings(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Колонна прошла около 240 км за сутки.", "The column covered some 200 miles in a day."),
        ("Колонна прошла около 240 км за сутки.", "The column covered some 250 km in a day."),
    ],
)
def test_a_figure_that_does_not_convert_is_still_changed(ru, en):
    (finding,) = findings(ru, en)
    assert finding.rule == "number.changed"
    assert "240" in finding.message


def test_units_named_by_the_word_after_the_number():
    assert unit_of("240 км", "ru")[0] == "kilometre"
    assert unit_of("150 miles", "en")[0] == "mile"
    assert unit_of("240 человек", "ru") is None
    # a nautical mile is a mile too: 20 miles of sea are 37 km
    assert same_quantity(37, "37 км", "ru", 20, "20 miles", "en")
    # a length is never a mass
    assert not same_quantity(1000, "1000 кг", "ru", 1, "1 km", "en")
