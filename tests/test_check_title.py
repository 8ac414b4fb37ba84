"""The title check on hand-built beads: a rank rendered as another rank is flagged."""

from __future__ import annotations

import pytest

from aligner.checks import CHECKS
from aligner.checks.title import check_title
from aligner.config import Config
from aligner.model import Severity
from check_helpers import context


def findings(pairs):
    ctx = context(pairs)
    return ctx, list(check_title(ctx, config=Config()))


def test_seed_colonel_general_against_generalissimo():
    ctx, found = findings(
        [
            (
                "Председателю Совета Министров Союза ССР. Генерал-полковнику тов. Сталину И. В.",
                (
                    "To the Chairman of the Council of Ministers of the Soviet Union, Generalissimo, "
                    "Cde. I.V. Stalin"
                ),
            ),
        ]
    )
    (f,) = found
    assert f.kind == "title"
    assert f.severity == Severity.MAJOR
    assert [s.of(ctx.source_text) for s in f.source_evidence] == ["Генерал-полковнику"]
    assert [s.of(ctx.target_text) for s in f.target_evidence] == ["Generalissimo"]
    assert "Colonel General" in f.message
    assert "Generalissimo" in f.message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        (
            "Председатель Кабинета Министров КНДР",
            "Chairman of the Cabinet of Ministers of the DPRK",
        ),
        ("Председателю Совета Министров", "To the Chairman of the Council of Ministers"),
        ("генерал-лейтенанту Васильеву", "to Lieutenant General Vasiliev"),
        ("генерал-полковник Штеменко", "General Shtemenko"),
        ("послу СССР в КНДР", "to the Soviet Ambassador in the DPRK"),
        ("Председатель Совета Министров", "the Premier"),
        ("маршалу Советского Союза Василевскому", "to Marshal of the Soviet Union Vasilevsky"),
    ],
)
def test_same_title_gives_no_finding(ru, en):
    assert findings([(ru, en)])[1] == []


@pytest.mark.parametrize(
    ("ru", "en", "label"),
    [
        ("генерал-майор Петров", "Lieutenant General Petrov", "Major General"),
        ("полковник Ким", "Major Kim", "Colonel"),
        ("министру иностранных дел", "to the Minister of Defense", "Minister of Foreign Affairs"),
    ],
)
def test_another_title_of_the_same_family_is_major(ru, en, label):
    (f,) = findings([(ru, en)])[1]
    assert f.severity == Severity.MAJOR
    assert f.rule == "title.changed"
    assert label in f.message


def test_title_without_counterpart_is_minor():
    (f,) = findings([("послу Штыкову", "to Shtykov")])[1]
    assert f.severity == Severity.MINOR
    assert f.rule == "title.missing"


def test_dropped_comrade_is_only_info():
    (f,) = findings([("тов. Штыкову", "to Shtykov")])[1]
    assert f.severity == Severity.INFO


def test_check_is_registered():
    assert "title" in CHECKS
