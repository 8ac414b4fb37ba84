"""A doer and the object of its verb swapped by the translation are reported; the same roles kept under
a passive, a possessive, a preposition or a verb of meeting are not.

All examples are invented one-liners: «Петров сменил Сидорова» (the accusative of a surname looks like its
genitive, or like a woman's nominative) against a translation that turns round who did what to whom.
"""

from __future__ import annotations

import pytest

from aligner.checks.name import check_name
from aligner.config import Config
from aligner.model import Severity
from check_helpers import context


def swapped(ru: str, en: str) -> list[Severity]:
    return [f.severity for f in check_name(context([(ru, en)]), config=Config()) if f.rule == "name.swapped"]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Иванов принял Смита.", "Smith received Ivanov."),
        (
            "Следователь Кузнецов допросил кладовщика Белова.",
            "Storekeeper Belov questioned investigator Kuznetsov.",
        ),
        (
            "Кумыкина пригласил Модлинг.",
            "Kumykin invited Maudling.",
        ),  # the object first, the doer after the verb
        ("Директор Захаров уволил мастера Гусева.", "Foreman Gusev dismissed director Zakharov."),
    ],
)
def test_a_doer_and_an_object_swapped_round_a_verb_the_lexicon_knows_are_major(ru, en):
    assert swapped(ru, en) == [Severity.MAJOR]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Петров сменил Сидорова на посту наркома.", "Sidorov replaced Petrov as People's Commissar."),
        ("Иванов принял Смита.", "Smith visited Ivanov."),  # another verb: may be a sentence recast
    ],
)
def test_a_swap_round_a_verb_not_found_in_the_translation_is_reported_with_a_doubt(ru, en):
    findings = [f for f in check_name(context([(ru, en)]), config=Config()) if f.rule == "name.swapped"]
    assert [f.severity for f in findings] == [Severity.MINOR]
    assert "swapped" in findings[0].message
    assert "not found" in findings[0].message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Иванов принял Смита.", "Ivanov received Smith."),
        ("Иванов принял Смита.", "Smith was received by Ivanov."),  # a passive keeps the roles
        ("Петров сменил Сидорова на посту наркома.", "Sidorov was replaced as People's Commissar by Petrov."),
        ("Кумыкина пригласил Модлинг.", "Maudling invited Kumykin."),
        ("Иванов принял Смита.", "Smith called on Ivanov."),  # a preposition gives another part
        ("Петров получил доклад Иванова.", "Ivanov received Petrov's report."),  # no object: a possessive
        ("В Казани Лаптев встретил Рябинина.", "In Kazan Ryabinin met Laptev."),  # meeting goes both ways
        ("Петров и Сидорова прибыли в Москву.", "Sidorova and Petrov arrived in Moscow."),  # a list
        (
            "Сорокина сменила Лаптеву.",
            "Lapteva replaced Sorokina.",
        ),  # two women's nominatives: no case to read
        ("Петрову сообщил Сидоров.", "Petrov was told by Sidorov."),
    ],
)
def test_roles_kept_or_not_told_by_a_case_are_not_a_swap(ru, en):
    assert swapped(ru, en) == []
