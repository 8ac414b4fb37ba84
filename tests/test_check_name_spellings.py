"""Names through Russian in other languages' spellings: the words and the beads that must meet, and those
that must not (the examples are invented for these tests)."""

from __future__ import annotations

import pytest

from aligner.checks.name import check_name, word_accounted
from aligner.config import Config
from aligner.features.terms import ru_function_word, word_keys
from aligner.model import Severity
from check_helpers import context


def _majors(ru: str, en: str) -> list[str]:
    found = check_name(context([(ru, en)]), config=Config())
    return [f.message for f in found if f.severity is Severity.MAJOR]


def test_an_unknown_form_guessed_an_adverb_is_no_function_word():
    # the dictionary's guess for an unknown name in the prepositional ("в Мевеле") is an adverb
    assert not ru_function_word("мевеле")
    assert "≈?мевел" in word_keys("Мевеле", "ru")
    assert ru_function_word("после")


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Зянг", "Giang"),  # Vietnamese gi: з
        ("Зунгом", "Dung"),  # Vietnamese d: з, in the instrumental
        ("Суан", "Xuan"),  # Vietnamese x: с
        ("Чунга", "Trung"),  # Vietnamese tr: ч
        ("Жирардуве", "Żyrardów"),  # Polish ż: ж
        ("Радзи", "Radź"),  # a short name ending in a soft sign, in a case form
    ],
)
def test_spellings_of_other_languages_meet_their_russian_rendering(ru, en):
    assert word_accounted(ru, "ru", [en])


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Зянг", "Lang"),
        ("Суан", "Tuan"),
        ("Радзи", "Rak"),
        ("Жирардуве", "Zamość"),
    ],
)
def test_other_names_stay_apart(ru, en):
    assert not word_accounted(ru, "ru", [en])


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Полк переведен из Ковно в Двинск.", "The regiment was moved from Kaunas to Daugavpils."),
        ("Пароход вышел из Пернова в Аренсбург.", "The steamer left Pärnu for Kuressaare."),
        ("Совещание прошло в Тавастгусе.", "The meeting was held in Hämeenlinna."),
        ("Эшелон прибыл в Сердоболь.", "The train arrived at Sortavala."),
    ],
)
def test_historical_names_of_baltic_and_finnish_places_meet_the_current_ones(ru, en):
    assert _majors(ru, en) == []


def test_historical_name_against_another_place_is_still_major():
    assert _majors("Полк переведен в Ковно.", "The regiment was moved to Daugavpils.") != []


def test_a_name_given_as_a_title_beside_another_name_in_a_case_form_is_not_major():
    # the translation names the second person, whom the original names in the instrumental
    ru = "Затем Тхай Ван Лонг сообщил, что в Пекин выедет группа во главе с министром Нгуен Ван Кыонгом."
    en = "Then the Minister said that a group headed by Minister Nguyen Van Cuong would leave for Peking."
    assert _majors(ru, en) == []
