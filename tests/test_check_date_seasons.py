"""A season a translator gives by its months («весной» as "in March and April") is no added date."""

from __future__ import annotations

import pytest

from aligner.checks.date import check_date
from aligner.config import Config
from check_helpers import context


def findings(ru: str, en: str) -> list:
    return list(check_date(context([(ru, en)]), config=Config()))


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Весной стада сильно пострадали.", "In March and April the herds suffered badly."),
        ("Осенью откроются курсы.", "The courses will open in September-October."),
        ("Зимой дороги закрыты.", "The roads are closed in January and February."),
        ("Курсы откроются в сентябре-октябре.", "The courses will open in the autumn."),
        ("Осенью 1954 г. откроются курсы.", "The courses will open in September-October 1954."),
    ],
)
def test_months_that_the_season_on_the_other_side_holds_give_no_finding(ru, en):
    assert findings(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        # months outside the season, or a day named, are still a date the other side lacks
        ("Весной стада сильно пострадали.", "In September and October the herds suffered badly."),
        ("Весной стада сильно пострадали.", "On April 3 the herds suffered badly."),
    ],
)
def test_months_outside_the_season_or_a_day_are_still_reported(ru, en):
    assert [f.rule for f in findings(ru, en)] == ["date.added"]
