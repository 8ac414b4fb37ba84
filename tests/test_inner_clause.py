"""A clause dropped inside a sentence the translation otherwise renders, with no opener, number or
name to give it away (a second predicate, a participial phrase): a major omission when the
translation renders the rest, is short and has no words left over; a faithful rendering, however
free, stays silent."""

from __future__ import annotations

from aligner.checks.omission.inner import predicate_cuts
from aligner.config import Config
from aligner.pipeline import check_texts
from check_helpers import REST, major_omissions

DIRECTOR = "Директор осмотрел новый цех и распорядился немедленно заменить старые станки."
COMMISSION = "Комиссия проверила склады горючего и потребовала навести порядок в учете бочек."


def omissions(source: str, target: str) -> list[tuple[str, str]]:
    """Each omission of the pair (checked with :data:`REST` after it) as (severity, words)."""
    full = source + REST[0]
    report = check_texts(full, target + REST[1], config=Config())
    return [
        (f.severity.value, full[f.source_evidence[0].start : f.source_evidence[0].end])
        for f in report.findings
        if f.kind == "omission"
    ]


def test_a_dropped_second_predicate_is_a_major_omission() -> None:
    (dropped,) = major_omissions(DIRECTOR, "The director inspected the new shop.")
    assert dropped.startswith("и распорядился")


def test_a_dropped_second_predicate_longer_than_the_first_is_an_omission() -> None:
    (dropped,) = major_omissions(COMMISSION, "The commission inspected the fuel depots.")
    assert dropped.startswith("и потребовала")


def test_the_second_predicate_rendered_freely_gives_nothing() -> None:
    target = "The director inspected the new shop and ordered the old machine tools replaced at once."
    assert omissions(DIRECTOR, target) == []


def test_a_faithful_but_reworded_rendering_gives_nothing() -> None:
    target = (
        "The commission inspected the fuel depots and demanded that the records of the barrels be put "
        "in order."
    )
    assert omissions(COMMISSION, target) == []


def test_a_condensed_doublet_gives_nothing() -> None:
    source = "Местные власти в срочном и неотложном порядке выделили помещение для школы."
    target = "The local authorities urgently provided premises for the school."
    assert omissions(source, target) == []


def test_a_second_predicate_is_cut_before_its_conjunction_but_not_a_second_object() -> None:
    assert predicate_cuts(DIRECTOR) == [DIRECTOR.index("и распорядился")]
    assert predicate_cuts("Рабочие разгрузили уголь и дрова для школы.") == []


CHARGE = "Руководство работами поручить начальнику участка, который лично отвечает за сроки монтажа."


def _additions(source: str, target: str) -> list[str]:
    full = target + REST[1]
    report = check_texts(source + REST[0], full, config=Config())
    return [
        full[f.target_evidence[0].start : f.target_evidence[0].end]
        for f in report.findings
        if f.kind == "addition"
    ]


def test_an_added_second_predicate_after_and_is_an_addition() -> None:
    target = (
        "The management of the work is entrusted to the head of the section, who is personally "
        "responsible for the assembly deadlines and will report on them to the board of the commissariat."
    )
    (added,) = _additions(CHARGE, target)
    assert added.startswith("and will report")


def test_a_second_predicate_that_renders_the_original_adds_nothing() -> None:
    target = (
        "The head of the section is put in charge of the work and will answer in person for the "
        "assembly deadlines."
    )
    assert _additions(CHARGE, target) == []
