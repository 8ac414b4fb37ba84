"""Figures grouped in thousands, read alike on both sides (invented one-line examples): a date's day
joins no figure after it, a figure grouped by English commas is one number before a unit, and the
running number in brackets after an issue's number is apparatus on both sides."""

from __future__ import annotations

import pytest

from aligner.checks.number import check_number
from aligner.config import Config
from aligner.features.dates import find_dates
from aligner.features.numbers import find_numbers
from aligner.model import SegmentKind
from aligner.pipeline import check_texts
from aligner.segment.lines import classify_line
from check_helpers import context


def _read(text: str, language: str) -> list[tuple[str, tuple[float, ...]]]:
    dates = [(d.start, d.end) for d in find_dates(text, language)]
    return [(text[h.start : h.end], h.values) for h in find_numbers(text, language, dates)]


def _messages(ru: str, en: str) -> list[str]:
    return [f.message for f in check_number(context([(ru, en)]), config=Config())]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The depot shall deliver by June 1 350 tons of coal.", "en", [("350", (350,))]),
        ("On May 1, 120 delegates arrived.", "en", [("120", (120,))]),
        ("Завод выпустил 1 350 тонн стали.", "ru", [("1 350", (1350,))]),  # space-grouped thousands
        ("к 1 июня 1 350 тонн угля", "ru", [("1 350", (1350,))]),
        ("The mill shipped 1 350 tons by June 1.", "en", [("1 350", (1350,))]),
        ("I have your letter of May 14.2", "en", []),  # a footnote mark after a date is no figure
        ("the note of May 14, 1945.2 It", "en", []),
    ],
)
def test_a_dates_day_joins_no_figure_after_it(text, language, expected):
    assert _read(text, language) == expected


def test_a_figure_after_a_dates_day_is_compared():
    ru = "Базе отгрузить до 1 июня 350 тонн угля."
    assert _messages(ru, "The depot shall ship by June 1 350 tons of coal.") == []
    wrong = _messages(ru, "The depot shall ship by June 1 530 tons of coal.")
    assert len(wrong) == 1
    assert "350" in wrong[0]
    assert "530" in wrong[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pipes of 1,220 mm diameter", [("1,220", (1220,))]),
        ("a 2,500-ton tanker", [("2,500", (2500,))]),
        ("1,000,400 mm", [("1,000,400", (1000400,))]),
        ("69 152 mm howitzers", [("69", (69,)), ("152", (152,))]),  # a calibre after a space stays apart
        ("3 100-ton barges", [("3", (3,)), ("100", (100,))]),
    ],
)
def test_a_figure_grouped_by_commas_is_one_number_before_a_unit(text, expected):
    assert _read(text, "en") == expected


def test_a_diameter_with_a_thousands_comma_matches_the_original():
    ru = "Поставлены трубы диаметром 1220 мм."
    assert _messages(ru, "Pipes of 1,220 mm diameter were delivered.") == []
    wrong = _messages(ru, "Pipes of 1,020 mm diameter were delivered.")
    assert len(wrong) == 1
    assert "1220" in wrong[0]
    assert "1020" in wrong[0]


@pytest.mark.parametrize("line", ["№ 45 (2210)", "No. 45 (2210)"])
def test_an_issue_number_with_its_running_number_is_apparatus_on_both_sides(line):
    assert classify_line(line)[0] is SegmentKind.FURNITURE


def test_a_number_line_going_on_in_words_is_no_apparatus():
    assert classify_line("No. 45 (2210) of the bulletin was lost") is None


def test_a_bulletins_running_number_is_no_added_number():
    ru = (
        "ТАСС\nБЮЛЛЕТЕНЬ ПЕЧАТИ\n№ 45 (2210)\n3 мая 1950 г.\n\nГазеты сообщают об уборке хлеба на юге страны."
    )
    en = (
        "TASS\nPRESS BULLETIN\nNo. 45 (2210)\nMay 3, 1950\n\n"
        "The newspapers report on the grain harvest in the south."
    )
    report = check_texts(ru, en, config=Config())
    assert [f.message for f in report.findings if f.kind == "number"] == []
