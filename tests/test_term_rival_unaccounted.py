"""The term check cites the rival the original's words do not account for."""

from __future__ import annotations

from aligner.checks.term import check_term
from aligner.config import Config
from check_helpers import context


def test_the_rival_that_renders_another_word_of_the_original_is_passed_over() -> None:
    ru = (
        "Командование просит прислать тяжелые бомбардировщики вместо обещанных транспортных машин, "
        "поскольку наступление на юге начнется в ближайшие дни и продлится не меньше месяца."
    )
    en = (
        "Instead of the transport planes promised, the command asks for heavy fighters, "
        "since the offensive in the south will begin within days and last no less than a month."
    )
    ctx = context([(ru, en)])
    found = list(check_term(ctx, config=Config()))
    cited = [
        (
            [s.of(ctx.source_text) for s in f.source_evidence],
            [s.of(ctx.target_text) for s in f.target_evidence],
        )
        for f in found
    ]
    assert cited == [(["бомбардировщики"], ["fighters"])]
