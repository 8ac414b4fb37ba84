"""The name check against a translator's slip and against a spelling variant: a name changed into
another name is found, while two spellings of one name are not reported (invented pairs)."""

from __future__ import annotations

import pytest

from aligner.checks.name import check_name, word_accounted
from aligner.config import Config
from check_helpers import context


def name_findings(ru: str, en: str) -> list:
    return [f for f in check_name(context([(ru, en)]), config=Config()) if f.kind == "name"]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Отряд остановился в Кэсане.", "The unit stopped at Kanbe."),  # keys alike, vowels not
        ("Министр Салих аль-Хусейни прибыл.", "Minister Samir al-Husseini arrived."),  # given name changed
        ("Самолет вылетел в Цицикар.", "The plane left for Harbin [Kirin]."),  # a gloss of another name
        ("Прибыл Мелехов.", "The military arrived."),
        ("Ким Гун доложил обстановку.", "Kang Gun reported the situation."),  # a changed one-syllable surname
    ],
)
def test_a_translators_slip_is_found(ru, en):
    assert name_findings(ru, en)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Делегацию возглавил Нам Сок.", "The delegation was led by Nam Sok."),  # Нам is a name here
        ("Я принял Пак Ира.", "I received Pak Il."),  # a short name in a case form
        ("Самолет вылетел в Цицикар.", "The plane left for Tsitsihar [Qiqihar]."),
        ("Войска подошли к Бакзангу.", "The troops approached Bac Giang."),  # two syllables apart
        ("Встречу провел Чхве Сон.", "The meeting was chaired by Ch'oe Son."),  # an aspirate's apostrophe
        ("Приехал Тан Хун-чжи.", "Tan Hung-chih arrived."),
        ("Звезда светит над Венерой.", "The star shines above Venus."),  # a case ending off the syllables
    ],
)
def test_a_spelling_variant_is_not_reported(ru, en):
    assert name_findings(ru, en) == []


def test_words_alike_by_their_consonants_only_are_not_one_name():
    assert not word_accounted("Мелехов", "ru", ["military"])
    assert word_accounted("Tartu", "en", ["тартуские"])
    assert not word_accounted("Sian", "en", ["Чжоу", "Энь", "прибыл"])


def test_a_short_name_meets_its_case_forms_only():
    assert word_accounted("Дёре", "ru", ["Dor"])  # a case ending
    assert not word_accounted("Тёрё", "ru", ["Tor"])  # a stressed final vowel is the name's own
    assert not word_accounted("Karan", "en", ["Карл"])
    assert word_accounted(
        "Тауил", "ru", ["Tawil"]
    )  # у between vowels is w  # no guessed dictionary form longer than the word


@pytest.mark.parametrize(
    ("ru", "en", "rule"),
    [
        # «пограничный» renders "frontier": no rendering of a place named like it
        (
            "Колонна миновала пограничный пост и остановилась в селе Липовка.",
            "The column passed the frontier post and stopped at the village of Pogranichnoye.",
            "name.missing",
        ),
        # an adjective of a place in lower case still renders its place
        ("Отряд прибыл на тартуский вокзал.", "The detachment arrived at the Tartu station.", None),
    ],
)
def test_a_common_word_in_lower_case_renders_no_name_that_sounds_like_it(ru, en, rule) -> None:
    rules = {f.rule for f in check_name(context([(ru, en)]), config=Config()) if f.severity.value == "major"}
    assert rules == ({rule} if rule else set())


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Груз отправлен в Северо-Западный край.", "The cargo was sent to the Northwest Territory."),
        ("Завод переведен в Юго-Восточную Сибирь.", "The plant was moved to Southeast Siberia."),
    ],
)
def test_a_compass_point_capitalised_in_a_place_name_is_no_added_name(ru, en) -> None:
    assert [f.rule for f in name_findings(ru, en)] == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Об этом сообщила «Новая газета».", "This was reported by Novaya Gazeta."),
        ("Паводок затронул районы Курской области.", "The flood affected districts of Kursk Oblast."),
    ],
)
def test_a_common_word_inside_a_transliterated_name_renders_it(ru, en) -> None:
    from aligner.pipeline import check_texts

    assert [f for f in check_texts(ru, en).findings if f.kind == "name"] == []


def test_of_a_name_given_twice_the_changed_mention_is_the_one_cited():
    # the first Госбанк became the Ministry of Finance; the second is rendered: the first is cited
    ru = "Деньги перевести в Госбанк до вечера, а расписку хранить в Госбанке."
    en = "The money goes to the Ministry of Finance by evening, and the receipt stays at the State Bank."
    ctx = context([(ru, en)])
    cited = [
        f.source_evidence[0].start
        for f in check_name(ctx, config=Config())
        if f.kind == "name" and f.source_evidence
    ]
    assert cited == [ru.index("Госбанк")]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Отчет подписал ЛУКИН.", "The report was signed by LUNIN."),  # one consonant for another, capitals
        ("Полковник Карпов прибыл в Хабаровск.", "Colonel Karsov arrived in Khabarovsk."),
        ("Подпись: ГРОМОВ.", "Signature: GROMIN."),  # the name's own last sounds, not a case ending
        ("Доклад сделал тов. Н. Лукин.", "The report was made by Cde. N. Lunin."),  # with an initial
    ],
)
def test_a_surname_one_consonant_apart_is_another_name(ru, en):
    assert name_findings(ru, en)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Отчет подписал ЛУКИН.", "The report was signed by LUKIN."),
        ("Подпись: ГРОМОВ.", "Signature: Gromov."),
        ("Письмо передано Сократом.", "The letter was passed on by Socrates."),  # a Latin -s
        ("Корабль вышел из Кипра.", "The ship left Cyprus."),  # a hard c
    ],
)
def test_a_surname_in_capitals_or_in_a_case_form_is_the_same_name(ru, en):
    assert name_findings(ru, en) == []


def test_a_consonant_for_another_counts_only_where_one_sound_is_spelt_both_ways():
    from aligner.checks.name_sounds import one_sound_apart

    assert one_sound_apart("safastapara", "sapastapar")  # b and v
    assert one_sound_apart("marasaf", "marasafa")  # a letter more is no letter in place of another
    assert not one_sound_apart("pafraf", "patraf")  # f and t: loose each, never one for the other
    assert not one_sound_apart("rakan", "ranan")


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Генерал Зубков прибыл в штаб армии.", "General Zubov arrived at army headquarters."),
        ("Донесение принял майор Сидорков.", "The report was received by Major Sidorov."),
        ("Приказ доставил Иван Зубков.", "The order was delivered by Ivan Zubov."),  # with a given name
        ("Капитан Быстров прибыл в штаб.", "Captain Bystov arrived at headquarters."),
    ],
)
def test_a_russian_k_dropped_from_a_surname_makes_another_name(ru, en):
    assert name_findings(ru, en)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Маршал Маннергейм прибыл в Хельсинки.", "Marshal Mannerheim arrived in Helsinki."),  # г as h
        ("Делегацию возглавил депутат Маннергеймом.", "The delegation was headed by Mannerheim."),
        ("Богдан прибыл в штаб армии.", "Bohdan arrived at army headquarters."),
        ("Делегация прибыла в Тегеран.", "The delegation arrived in Teheran."),
        ("Майор Александров прибыл в штаб.", "Major Alexandrov arrived at headquarters."),  # кс as x
        ("Майор Максимов прибыл в штаб.", "Major Maximov arrived at headquarters."),
        ("Донесение принял майор Сидорков.", "The report was received by Major Sidorkov."),
    ],
)
def test_a_letter_an_english_spelling_drops_or_folds_is_no_other_name(ru, en):
    assert name_findings(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Полковник Семенов доложил о потерях.", "Colonel Semenko reported the losses."),
        ("Приказ подписал майор Петров.", "The order was signed by Major Petrenko."),
        ("Полковник Ковалев доложил о потерях.", "Colonel Kovalenko reported the losses."),
        ("Полковник Шевченко доложил о потерях.", "Colonel Shevchenkov reported the losses."),
    ],
)
def test_a_surname_ending_of_another_kind_makes_another_name(ru, en):
    assert name_findings(ru, en)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Доклад направлен полковнику Петрову.", "The report was sent to Colonel Petrov."),  # a case ending
        ("Полковник Петров доложил о потерях.", "Colonel Petroff reported the losses."),
        ("Полковник Соловьев доложил о потерях.", "Colonel Solovyev reported the losses."),
        ("Полковник Лисовский доложил о потерях.", "Colonel Lisovskii reported the losses."),
        ("Полковник Шевченко доложил о потерях.", "Colonel Shevchenko reported the losses."),
        ("Письмо получила Анна Петрова.", "The letter was received by Anna Petrova."),
    ],
)
def test_an_english_form_of_a_surname_ending_is_the_same_name(ru, en):
    assert name_findings(ru, en) == []
