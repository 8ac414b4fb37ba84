"""Figures typed or OCR'd with letters among them: read as the figures, noted, never hiding a change."""

from __future__ import annotations

import pytest

from aligner.config import Config
from aligner.features.numbers import figure_garbles, find_numbers
from aligner.model import Severity
from aligner.pipeline import check_texts


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("Завезено 4О0 тонн соли.", "ru", [400]),  # Cyrillic О inside the figure
        ("Прибыло 1.2OO человек.", "ru", [1200]),  # two Latin O at the end
        ("Отгрузить З5 вагонов.", "ru", [35]),  # Cyrillic З for the figure 3
        ("In l937 some l,4OO cars were built.", "en", [1937, 1400]),  # l for 1, O for 0
    ],
)
def test_letters_among_figures_are_read_as_the_figures(text: str, language: str, values: list[int]) -> None:
    assert [h.values[0] for h in find_numbers(text, language)] == values


@pytest.mark.parametrize(
    "text",
    ["Он писал о 5 и о 7 пунктах.", "Vol. l, lo and behold", "Оборона, Зона 4", "ЗИС-5 и Б-70"],
)
def test_letters_outside_a_figure_stay_letters(text: str) -> None:
    assert list(figure_garbles(text)) == []


def test_a_garbled_figure_equal_to_the_translation_is_only_an_ocr_note() -> None:
    report = check_texts("Построено З4 моста.", "34 bridges were built.", config=Config())
    assert [(f.kind, f.severity) for f in report.findings] == [("ocr", Severity.MINOR)]
    assert "“34”" in report.findings[0].message


def test_a_garbled_figure_that_differs_is_still_reported_with_an_ocr_caveat() -> None:
    report = check_texts("Закуплено l2.6OO тонн шерсти.", "19,600 tons of wool were bought.", config=Config())
    changed = [f for f in report.findings if f.kind == "number"]
    assert [f.severity for f in changed] == [Severity.MAJOR]
    assert "“l2.6OO”" in changed[0].message
    assert "OCR misreading" in changed[0].message


def test_a_garbled_figure_in_the_translation_that_differs_is_reported() -> None:
    report = check_texts("Потеряно 270 машин.", "We lost l8O machines.", config=Config())
    changed = [f for f in report.findings if f.kind == "number"]
    assert len(changed) == 1
    assert "“l8O”" in changed[0].message


def test_letters_among_figures_in_the_translation_are_an_info_note() -> None:
    report = check_texts("Прибыло 1200 вагонов.", "l,2OO wagons arrived.", config=Config())
    assert [(f.rule, f.severity) for f in report.findings] == [("ocr.letter_for_digit_en", Severity.INFO)]
    assert "“1,200”" in report.findings[0].message
