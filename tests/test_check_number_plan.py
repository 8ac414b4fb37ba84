"""The number check on plan and fulfilment: the same two figures with the plan's role swapped."""

from __future__ import annotations

import pytest

from aligner.checks.number import check_number
from aligner.config import Config
from check_helpers import context


def findings(ru: str, en: str):
    return list(check_number(context([(ru, en)]), config=Config()))


def test_plan_and_fulfilment_swapped_is_a_major_finding():
    (finding,) = findings(
        "Заготовлено 412 тыс. т сахара при плане 390 тыс. т.",
        "390,000 tons of sugar were procured against a plan of 412,000 tons.",
    )
    assert finding.rule == "number.plan_swapped"
    assert finding.severity.name == "MAJOR"
    assert "390,000" in finding.message
    assert "412,000" in finding.message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        (
            "Заготовлено 412 тыс. т сахара при плане 390 тыс. т.",
            "412,000 tons of sugar were procured against a plan of 390,000 tons.",
        ),
        (
            "Вывезено 75 тыс. т руды, план — 80 тыс. т.",
            "75,000 tons of ore were shipped; the plan was 80,000 tons.",
        ),
        ("Вывезено 75 тыс. т руды.", "75,000 tons of ore were shipped against a plan of 80,000 tons."),
    ],
)
def test_plan_kept_in_its_role_is_no_swap(ru, en):
    assert all(f.rule != "number.plan_swapped" for f in findings(ru, en))
