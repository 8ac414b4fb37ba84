"""A short lone sentence that states a fact by a month or a short-adjective predicate is a major omission."""

from __future__ import annotations

from aligner.config import Config
from aligner.pipeline import check_texts

CHECKS = Config()


def _omissions(source: str, target: str) -> list[tuple[str, str]]:
    report = check_texts(source, target, config=CHECKS)
    return [
        (f.severity.value, source[f.source_evidence[0].start : f.source_evidence[0].end])
        for f in report.findings
        if f.kind == "omission"
    ]


def test_a_short_sentence_with_a_month_left_out_is_major() -> None:
    source = (
        "Комбинат просит прислать 30 наладчиков. Жилье для них готово. Наладчики нужны к октябрю.\n\n"
        "Второй вопрос касается запасных частей для станков."
    )
    target = (
        "The combine asks for 30 setters. Housing for them is ready.\n\n"
        "The second question concerns spare parts for the machine tools."
    )
    assert _omissions(source, target) == [("major", "Наладчики нужны к октябрю.")]


def test_a_short_sentence_with_no_fact_left_out_stays_minor() -> None:
    source = (
        "Комбинат просит прислать 30 наладчиков. Жилье для них готово. Наладчики очень нужны.\n\n"
        "Второй вопрос касается запасных частей для станков."
    )
    target = (
        "The combine asks for 30 setters. Housing for them is ready.\n\n"
        "The second question concerns spare parts for the machine tools."
    )
    assert _omissions(source, target) == [("minor", "Наладчики очень нужны.")]
