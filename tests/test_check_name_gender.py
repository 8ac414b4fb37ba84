"""A woman's surname given in its man's form is a name note; the woman's form and a man's name are silent.

All examples are invented: an original and a translation, one pair of sentences a bead.
"""

from __future__ import annotations

import pytest

from aligner.checks.name import check_name
from aligner.config import Config
from check_helpers import context


def gender_notes(pairs: list[tuple[str, str]]) -> list[str]:
    return [f.message for f in check_name(context(pairs), config=Config()) if f.rule == "name.gender"]


@pytest.mark.parametrize(
    ("pairs", "man"),
    [
        # only a woman's surname takes «-овой»
        (
            [
                (
                    "Доклад сделала т. Белякова, а отвечала т. Журавлевой.",
                    "Comrade Belyakova reported; Comrade Zhuravlev replied.",
                )
            ],
            "Zhuravlev",
        ),
        # «Зуеву» may be a man's dative, but the document names a woman Зуева elsewhere
        (
            [
                (
                    "Начальником лаборатории назначить врача С. К. Зуеву.",
                    "To appoint Dr. S. K. Zuyev head of the laboratory.",
                ),
                ("Поручить т. Зуевой доложить к маю.", "To instruct Comrade Zuyeva to report by May."),
            ],
            "Zuyev",
        ),
        # a list entry opens with the surname in the nominative: «Зуева» is a woman
        ([("Эксперты:\nЗуева С. К. – химик.", "Experts:\nZuyev S. K., chemist.")], "Zuyev"),
    ],
)
def test_a_womans_surname_in_its_mans_form_is_noted(pairs: list[tuple[str, str]], man: str) -> None:
    (note,) = gender_notes(pairs)
    assert note.startswith("The source names a woman")
    assert f"“{man}”" in note


@pytest.mark.parametrize(
    "pairs",
    [
        [("Поручить т. Журавлевой доложить.", "To instruct Comrade Zhuravleva to report.")],
        # «Белова» is a man's genitive too, and no woman of that name is named
        [("Со слов т. Белова, поезд опоздал.", "According to Comrade Belov, the train was late.")],
        # «Зуеву» alone: a man's dative
        [("Передать т. Зуеву документы.", "To hand the papers to Comrade Zuyev.")],
        # a man and a woman of one family
        [("Прибыли Сомов и Сомова.", "Somov and his wife arrived.")],
        # a heading in capitals: the name is a genitive («из дневника Зуева»)
        [("ИЗ ДНЕВНИКА ПОСЛА\nЗУЕВА С. К.", "FROM THE DIARY OF AMBASSADOR\nS. K. ZUYEV")],
    ],
)
def test_a_womans_form_or_a_mans_name_is_silent(pairs: list[tuple[str, str]]) -> None:
    assert gender_notes(pairs) == []
