"""Abbreviations a translation spells out: no addition, no name left out."""

from __future__ import annotations

import pytest

from aligner.checks.spelt_out import is_abbreviation, spelt_out_name
from aligner.config import Config
from aligner.lexicon import default_lexicon
from aligner.pipeline import check_texts


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Главрыбпром", True),  # a compound abbreviation the dictionary does not know
        ("райпотребсоюз", True),
        ("МТСК", True),  # initials
        ("главный", False),  # a common word with the same start
        ("министр", False),
        ("КИМ", False),  # a short surname in capitals reads as a word
        ("Петров", False),
        ("Морган", False),  # a surname that opens like a syllable of one (мор-)
    ],
)
def test_an_institutions_abbreviation_is_told_from_a_word(word: str, expected: bool) -> None:
    assert is_abbreviation(word, default_lexicon().source_keys) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Chief Administration of the Fishing Industry,", True),
        ("State Committee for Radio Broadcasting", True),
        ("the Ministry", False),  # too short to spell anything out
        ("the ship sailed for Odessa", False),  # a statement
    ],
)
def test_an_institutions_name_in_title_case(text: str, expected: bool) -> None:
    assert spelt_out_name(text) is expected


SOURCE = """РАДИОГРАММА

ЛЕНИНГРАД, Главрыбпром, тов. СОКОЛОВУ А. П. Копия: Президиум АН СССР

Экспедиция закончила промер глубин в заливе и возвращается в порт."""
TARGET = """RADIOGRAM

LENINGRAD, Chief Administration of the Fishing Industry, Comrade A. P. SOKOLOV Copy to the Presidium \
of the USSR Academy of Sciences

The expedition has finished sounding the depths in the bay and is returning to port."""


def test_a_compound_abbreviation_spelt_out_is_no_addition_and_no_name_left_out() -> None:
    report = check_texts(SOURCE, TARGET, config=Config())
    assert [(f.kind, f.rule) for f in report.findings if f.kind in ("addition", "name")] == []


def test_initials_spelt_out_by_their_listed_acronym_leave_no_name_out() -> None:
    # КПСС is listed with its acronym CPSU; the initials of the spelt-out name give it
    source = "Пленум ЦК КПСС утвердил новые нормы выработки для строителей."
    target = (
        "The plenum of the Central Committee of the Communist Party of the Soviet Union approved new "
        "output norms for builders."
    )
    report = check_texts(source, target, config=Config())
    assert [f.rule for f in report.findings if f.kind == "name"] == []


@pytest.mark.parametrize(
    ("word", "english", "expected"),
    [
        ("Главрыбпром", "Chief Administration Fishing Industry", True),  # глав-, рыб-, пром-
        ("Главсевморпуть", "Chief Administration Northern Sea Route", True),
        ("ГКЭС", "State Committee Foreign Economic Relations", True),
        ("Главрыбпром", "Ministry Foreign Affairs", False),  # another body's name
        ("ГКЭС", "Kirov Tank Plant", False),
    ],
)
def test_an_abbreviation_is_spelt_out_only_by_a_name_whose_words_give_its_letters(word, english, expected):
    from aligner.checks.spelt_out import expands

    assert expands(word, english.split(), default_lexicon().source_keys) is expected


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Копия: Главрыбпром, тов. Соколову.", "Copy to: Ministry of Foreign Affairs, Comrade Sokolov."),
        ("Письмо направлено в ГКЭС.", "The letter was sent to the Kirov Tank Plant."),
    ],
)
def test_an_abbreviation_beside_an_unrelated_institutions_name_is_reported(source, target) -> None:
    report = check_texts(source, target, config=Config())
    assert "name.missing" in [f.rule for f in report.findings if f.kind == "name"]


def test_an_abbreviation_beside_its_own_name_spelt_out_is_not_reported() -> None:
    source = "Письмо направлено в ГКЭС."
    target = "The letter was sent to the State Committee for Foreign Economic Relations."
    report = check_texts(source, target, config=Config())
    assert [f.rule for f in report.findings if f.kind == "name"] == []


def test_a_compound_abbreviation_spelt_out_with_of_the_is_no_added_sentence() -> None:
    # "… of the Northern Sea Route": the title-case run goes on past "Northern", no heading runs into it
    source = "Копия контракта направлена в Главсевморпуть для согласования сроков навигации."
    target = (
        "A copy of the contract has been sent to the Chief Administration of the Northern Sea Route "
        "to agree the navigation dates."
    )
    report = check_texts(source, target, config=Config())
    assert [f.message for f in report.findings if f.kind == "addition"] == []
