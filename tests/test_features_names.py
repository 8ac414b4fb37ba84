"""Names: known renderings across scripts, names by shape, and their comparison."""

from __future__ import annotations

import pytest

from aligner.features import analyse, names_match
from aligner.model import Segment, Span


def seg(text: str) -> Segment:
    return Segment("s1", "source", text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))


def names(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in analyse(seg(text), language=language).names]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Преданный Вам - КИМ ИР СЕН", "Yours faithfully, Kim Il Sung"),
        ("письмо Ким Ир Сена", "a letter of Kim Il-sung"),
        ("в Пхеньяне", "City of Pyongyang"),
        ("Мао Цзэдуну", "to Mao Tse-tung"),
        ("встреча с Чжоу Эньлаем", "a meeting with Chou En-lai"),
        ("товарищу Хрущеву", "to Comrade Khrushchev"),
        ("из Пекина", "from Peking"),
        ("Председателю Совета Министров Союза ССР", "Council of Ministers of the USSR"),
    ],
)
def test_known_names_meet_across_scripts(ru, en):
    ((_, ru_key),) = names(ru, "ru")
    ((_, en_key),) = names(en, "en")
    assert ru_key == en_key


def test_inflected_russian_surname_is_found_by_morphology():
    found = analyse(seg("Телеграмма товарищу Штеменко и генералу Захарову"), language="ru").names
    assert "Захарову" in [m.text for m in found]


def test_unknown_capitalised_word_inside_a_sentence_is_a_name():
    found = names("Губерния Сибирии и Новосибирск оказываете", "ru")
    assert [t for t, _ in found] == ["Сибирии", "Новосибирск"]


def test_english_common_capitalised_words_are_no_names():
    found = names("To the Chairman of the Council of Ministers, Comrade Stalin", "en")
    assert [t for t, _ in found] == ["Stalin"]


def test_sentence_initial_common_word_is_no_name():
    assert names("Being convinced of the Korean desire", "en") == []


@pytest.mark.parametrize("title", ["Cde.", "Gen.", "Col.", "Mr."])
def test_a_name_after_an_abbreviated_title_opens_no_sentence(title: str) -> None:
    found = names(f"To instruct {title} Timofeev to prepare a note.", "en")
    assert "Timofeev" in [t for t, _ in found]


def test_a_name_after_a_sentences_last_word_with_a_period_opens_a_sentence() -> None:
    assert names("They left for the front. Being tired, they slept.", "en") == []


def test_names_match_scores():
    kim_ru = analyse(seg("КИМ ИР СЕН"), language="ru").names[0]
    kim_en = analyse(seg("by Kim Il Sung"), language="en").names[0]
    stalin = analyse(seg("to Stalin"), language="en").names[0]
    assert names_match(kim_ru, kim_en) == 1.0
    assert names_match(kim_ru, stalin) < 0.6


def _en_names(text: str) -> list[str]:
    return [m.text for m in analyse(seg(text), language="en").names]


def test_line_numbers_joined_into_one_paragraph_are_no_names() -> None:
    text = " ".join(f"Line {n} short" for n in range(1, 8))
    assert not any("Line" in name for name in _en_names(text))


def test_heading_capitals_of_common_words_are_no_names() -> None:
    names = _en_names("He led the Society for Infectious Diseases and met Ulrich Weigeldt.")
    assert "Ulrich Weigeldt" in names
    assert not any("Diseases" in name or "Society" in name for name in names)


def test_acronyms_with_a_plural_are_no_shape_names() -> None:
    assert _en_names("More than 500 SMBs bought UAVs from the firm.") == []


def test_a_known_place_is_not_read_as_a_listed_name_sharing_its_stem() -> None:
    # Валенсия (Valencia) and Валенса (Wałęsa) share the stem "валенс"
    [(_, valencia)] = names("В Валенсии прошли протесты.", "ru")
    [(_, walesa)] = names("Письмо Валенсы получено.", "ru")
    assert valencia != walesa
    assert valencia == names("Protests were held in Valencia.", "en")[0][1]


def test_a_declined_word_of_a_listed_name_still_meets_it() -> None:
    assert names("письмо Ким Ир Сена", "ru")[0][1] == names("a letter of Kim Il Sung", "en")[0][1]


def test_a_run_of_capitalised_syllables_inside_a_sentence_is_one_name() -> None:
    # each syllable alone spells a common word or a case form of one (нам, сено, ли)
    found = names("Договор подписали с Нам Сеном и Ли Бо Иром в Пекине.", "ru")
    assert [t for t, _ in found][:2] == ["Нам Сеном", "Ли Бо Иром"]
    # capitals opening a sentence are not enough
    assert [t for t, _ in names("На Урале выпал снег.", "ru")] == ["Урале"]


@pytest.mark.parametrize(
    "text",
    [
        "Бригаду мог бы возглавить мастер Л. Ф. Кушнарёв.",
        "Отчёт подписал технолог Г. Е. Шмульян.",
    ],
)
def test_an_unknown_surname_after_initials_is_a_name(text):
    # the stop of the initial before the surname ends no sentence: the surname is not a capital
    # for a new sentence
    surname = text.rstrip(".").split()[-1]
    assert surname in [m.text for m in analyse(seg(text), language="ru").names]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Самолет сядет на аэродроме Саки утром.", "Саки"),
        ("Бои шли у деревни Сосны весь день.", "Сосны"),
        ("Поезд стоял на станции Зима два часа.", "Зима"),
    ],
)
def test_a_common_word_after_a_kind_of_place_is_the_place_s_name(text, name):
    assert name in [t for t, _ in names(text, "ru")]


def test_a_common_word_after_no_kind_of_place_is_no_name():
    assert names("Мы видели в зоопарке Саки и Сосны.", "ru") == []
