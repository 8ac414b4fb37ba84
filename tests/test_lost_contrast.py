"""A short clause after «а», «но», «однако», «причем» with no number and no name, left out."""

from __future__ import annotations

from aligner.checks.omission.lost_contrast import opens_contrast
from check_helpers import REST

#: An invented sentence whose last clause («а денег …») sets a fact against the rest.
SOURCE = (
    "Машинно-тракторная станция закончила подготовку посевного материала к весеннему севу, "
    "а денег на ремонт моторов нет."
)
#: Its translation without the last clause.
TARGET = "The machine and tractor station has finished preparing the seed for the spring sowing."


def _omissions(source: str, target: str) -> list[tuple[str, str]]:
    """Each omission's original words and severity, the pair checked with :data:`REST` after it."""
    from aligner.config import Config
    from aligner.pipeline import check_texts

    full = source + REST[0]
    report = check_texts(full, target + REST[1], config=Config())
    return [
        (full[f.source_evidence[0].start : f.source_evidence[0].end], f.severity.value)
        for f in report.findings
        if f.kind == "omission"
    ]


def test_a_clause_opens_with_contrast_or_addition() -> None:
    assert opens_contrast("а сушить зерно негде", "ru")
    assert opens_contrast("причем склады переполнены", "ru")
    assert opens_contrast("тогда как мельницы стоят", "ru")
    assert not opens_contrast("тогда мельницы станут", "ru")
    assert not opens_contrast("и мельницы стоят", "ru")


def test_a_dropped_clause_of_contrast_is_a_minor_omission() -> None:
    ((words, severity),) = _omissions(SOURCE, TARGET)
    assert words.startswith("а денег")
    assert severity == "minor"


def test_a_clause_of_contrast_rendered_freely_is_no_omission() -> None:
    target = TARGET[:-1] + ", but it has no money to repair the engines."
    assert _omissions(SOURCE, target) == []


def test_a_sentence_given_whole_is_no_omission() -> None:
    source = "Колхозы района убрали весь хлеб до конца сентября, но сдали государству лишь половину."
    target = (
        "The collective farms of the district harvested all the grain by the end of September "
        "but delivered only half to the state."
    )
    assert _omissions(source, target) == []


def test_a_clause_of_contrast_dropped_after_a_short_main_clause_is_an_omission() -> None:
    ((words, severity),) = _omissions(
        "Паром отошел от берега, но груз остался на пристани.", "The ferry left the shore."
    )
    assert words.startswith("но груз")
    assert severity == "minor"


def test_a_short_main_clause_with_its_contrast_kept_is_no_omission() -> None:
    source = "Паром отошел от берега, но груз остался на пристани."
    assert _omissions(source, "The ferry left the shore, but the cargo stayed on the pier.") == []
    assert _omissions(source, "The ferry left the shore. However, the cargo stayed on the pier.") == []
