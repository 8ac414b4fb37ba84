"""A clause the translator added with no number or name ("which the miners will need before the
thaw"): it renders nothing of the original, whose sentence the rest renders whole."""

from __future__ import annotations

from aligner.config import Config
from aligner.pipeline import check_texts
from check_helpers import REST


def major_additions(source: str, target: str) -> list[str]:
    """The translation's text each major addition points at, the pair checked with :data:`REST`."""
    full = target + REST[1]
    report = check_texts(source + REST[0], full, config=Config())
    return [
        full[f.target_evidence[0].start : f.target_evidence[0].end]
        for f in report.findings
        if f.kind == "addition" and f.severity.value == "major"
    ]


SOURCE = "Просим Вас ускорить отгрузку насосов и запасных частей к ним для северных рудников."


def test_an_added_relative_clause_is_a_major_addition() -> None:
    target = (
        "We ask you to speed up the shipment of the pumps and their spare parts for the northern "
        "mines, which the miners will badly need before the spring thaw."
    )
    (added,) = major_additions(SOURCE, target)
    assert added.startswith("which the miners")


def test_an_added_softening_aside_is_a_major_addition() -> None:
    target = (
        "We ask you, and we trust you will not refuse us, to speed up the shipment of the pumps and "
        "their spare parts for the northern mines."
    )
    (added,) = major_additions(SOURCE, target)
    assert added.startswith("and we trust")


def test_a_faithful_translation_cut_into_clauses_adds_nothing() -> None:
    target = (
        "We ask you to speed up the shipment of the pumps, and of their spare parts, for the northern mines."
    )
    assert major_additions(SOURCE, target) == []


def test_a_short_aside_adds_nothing() -> None:
    target = (
        "We ask you, of course, to speed up the shipment of the pumps and their spare parts for the "
        "northern mines."
    )
    assert major_additions(SOURCE, target) == []


def test_a_short_added_clause_is_only_minor() -> None:
    target = (
        "We ask you to speed up the shipment of the pumps and their spare parts for the northern "
        "mines, which the miners are waiting for."
    )
    report = check_texts(SOURCE + REST[0], target + REST[1], config=Config())
    added = [f for f in report.findings if f.kind == "addition"]
    assert [f.severity.value for f in added] == ["minor"]
    assert "short" in added[0].message


def additions(source: str, target: str) -> list[str]:
    """The translation's text each addition (any severity) points at, the pair checked with :data:`REST`."""
    full = target + REST[1]
    report = check_texts(source + REST[0], full, config=Config())
    return [
        full[f.target_evidence[0].start : f.target_evidence[0].end]
        for f in report.findings
        if f.kind == "addition" and f.target_evidence
    ]


def test_an_added_clause_a_little_longer_than_the_short_sentence_it_ends_is_found() -> None:
    source = "Мастер смены остановил пресс для замера давления."
    target = (
        "The shift foreman stopped the press to measure the pressure, even though the plant director "
        "had strictly forbidden any stoppage that month."
    )
    (added,) = additions(source, target)
    assert added.startswith("even though the plant director")


PURPOSE_SOURCE = "Направить в лесхоз две бригады плотников из соседнего района до конца месяца."


def test_an_added_clause_of_purpose_is_an_addition() -> None:
    target = (
        "Send two teams of carpenters from the neighbouring district to the forestry station by the "
        "end of the month, to speed up the building of the new sawmill."
    )
    (added,) = additions(PURPOSE_SOURCE, target)
    assert "to speed up" in added


def test_a_clause_of_purpose_the_original_has_is_no_addition() -> None:
    source = "Для ускорения строительства лесопилки направить в лесхоз две бригады плотников."
    target = "Send two teams of carpenters to the forestry station, to speed up the building of the sawmill."
    assert additions(source, target) == []


def test_a_place_after_to_is_no_clause_of_purpose() -> None:
    target = (
        "Send two teams of carpenters from the neighbouring district by the end of the month, to the "
        "forestry station."
    )
    assert additions(PURPOSE_SOURCE, target) == []
