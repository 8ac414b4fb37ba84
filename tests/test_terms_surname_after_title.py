"""A capitalised word straight after a rank or a title, in the title's case, is a surname, not the term
it is spelt like (an animal's name): the term check leaves it to the name check, whatever the translation
does with it; a term after a title in another case is still a term (the examples are invented)."""

from __future__ import annotations

import pytest

from aligner.features import analyse
from aligner.model import Segment, Severity, Span
from check_helpers import cited_terms


def _terms(text: str) -> list[str]:
    segment = Segment("s1", "source", text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))
    return [m.text for m in analyse(segment, language="ru").terms]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Полковник Бык прибыл в штаб.", "Colonel Byk arrived at headquarters."),
        ("Полковник Бык прибыл в штаб.", "Colonel Bull arrived at headquarters."),
        ("Приказ передан генералу Барану.", "The order was passed to General Baran."),
        ("Майор Волк доложил обстановку.", "Major Wolf reported the situation."),
        ("Майор Волк доложил обстановку.", "Major Vol'k reported the situation."),
        ("Донесение подписал капитан И. Конь.", "The report was signed by Captain I. Kon'."),
        ("Встречу вел товарищ Козел.", "The meeting was chaired by Comrade Kozel."),
    ],
)
def test_a_surname_after_a_title_is_no_term(ru, en):
    assert cited_terms(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "surname"),
    [
        ("Полковник Бык прибыл.", "Бык"),
        ("Докладывал генерал-майор Орел.", "Орел"),
        ("Письмо от полковника Быка.", "Быка"),
    ],
)
def test_the_surname_is_no_term_mention(ru, surname):
    assert surname not in _terms(ru)


@pytest.mark.parametrize(
    ("ru", "term"),
    [
        ("Полковник купил быка.", "быка"),  # not capitalised: an animal
        ("Бык пасся у дороги.", "Бык"),  # no title before it
        ("Полковник. Бык пасся у дороги.", "Бык"),  # a sentence between them
        ("Командующий Фронтом прибыл.", "Фронтом"),  # another case than the title's: no surname
        ("Приказ командира Дивизии выполнен.", "Дивизии"),  # the genitive alone: the title's complement
        ("Прибыл полковник Штаба армии.", "Штаба"),
    ],
)
def test_a_term_not_after_a_title_in_its_case_is_still_a_term(ru, term):
    assert term in _terms(ru)


def test_a_surname_after_a_title_is_no_rival_of_the_translations_animals():
    ru, en = "Полковник Бык доложил о падеже овец.", "Colonel Byk reported the loss of horses."
    assert cited_terms(ru, en) == [("овец", "horses", Severity.MAJOR)]


def test_an_animal_after_a_title_in_lower_case_is_still_changed():
    assert cited_terms("Генерал подарил быка.", "The general presented a horse.") == [
        ("быка", "horse", Severity.MAJOR)
    ]
