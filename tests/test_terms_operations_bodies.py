"""Terms of wartime operations and bodies: a landing, a second front, the State Defence Committee."""

from __future__ import annotations

import pytest

from aligner.checks.term import check_term
from aligner.config import Config
from check_helpers import context


def cited(ru: str, en: str) -> list[tuple[list[str], list[str]]]:
    ctx = context([(ru, en)])
    return [
        (
            [s.of(ctx.source_text) for s in f.source_evidence],
            [s.of(ctx.target_text) for s in f.target_evidence],
        )
        for f in check_term(ctx, config=Config())
    ]


@pytest.mark.parametrize(
    ("ru", "en", "expected"),
    [
        (
            "Черноморский флот высадил десант у мыса Тарханкут.",
            "The Black Sea Fleet carried out a raid near Cape Tarkhankut.",
            [(["десант"], ["raid"])],
        ),
        (
            "Мы ждем открытия второго фронта в Италии этой осенью.",
            "We await the opening of a diversion in Italy this autumn.",
            [(["второго фронта"], ["diversion"])],
        ),
        (
            "Государственный Комитет Обороны утвердил план перевозок угля.",
            "The Council of People's Commissars approved the plan for coal shipments.",
            [(["Государственный Комитет Обороны"], ["Council of People's Commissars"])],
        ),
    ],
)
def test_a_term_rendered_as_another_of_its_kind_is_flagged(ru, en, expected) -> None:
    assert cited(ru, en) == expected


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Десант высажен на рассвете.", "The landing force went ashore at dawn."),
        (
            "Союзники обещали открыть второй фронт весной.",
            "The Allies promised to open a second front in spring.",
        ),
        ("Решение принял ГКО.", "The decision was taken by the State Defense Committee."),
        ("Налет авиации на порт отбит.", "The air attack on the port was beaten off."),
    ],
)
def test_the_usual_renderings_are_not_flagged(ru, en) -> None:
    assert cited(ru, en) == []
