"""Names through Russian in other languages' spellings: the words and the beads that must meet, and those
that must not (the examples are invented for these tests)."""

from __future__ import annotations

import pytest

from aligner.checks.name import check_name, word_accounted
from aligner.config import Config
from aligner.features import analyse
from aligner.features.terms import ru_function_word, word_keys
from aligner.model import Segment, Severity, Span
from check_helpers import context


def seg(text: str) -> Segment:
    return Segment("s1", "source", text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))


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


def test_one_capital_is_no_rendering_of_the_other():
    # two capitals of one people: Seoul for Пхеньян is another city
    assert _majors("Делегация вылетела в Пхеньян.", "The delegation flew to Seoul.") != []
    assert _majors("Делегация вылетела в Пхеньян.", "The delegation flew to Pyongyang.") == []


def test_a_capitalised_name_syllable_is_no_clipped_title():
    titles = analyse(seg("Вчера Ли Ген Сук и ген. Пак прибыли."), language="ru").titles
    assert [m.text for m in titles] == ["ген"]


def test_a_name_syllable_before_a_sentence_end_or_like_a_titles_stem_is_no_title():
    # «Ген.» after another syllable ends the sentence, «Дек» shares the stem of «декан» (a dean)
    text = "Делегацию ведет Чон Ир Ген. С ним едут Ким Дек Со и ген. Ли."
    assert [m.text for m in analyse(seg(text), language="ru").titles] == ["ген"]


def test_a_korean_name_opening_a_sentence_is_a_name():
    assert [m.text for m in analyse(seg("Хван Бок Сун вылетел в Пекин."), language="ru").names] == [
        "Хван Бок Сун",
        "Пекин",
    ]
    # a preposition opening the sentence is no syllable of a name
    assert "На" not in " ".join(m.text for m in analyse(seg("На Кубе Ли Ен заявил."), language="ru").names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Then Minister Pak Kyong-man gave a speech.", "Pak Kyong-man"),
        ("Hwang Chang-sun flew to Peking.", "Hwang Chang-sun"),
        ("He met Vice-premier Teng Hsin-chu.", "Teng Hsin-chu"),
    ],
)
def test_a_hyphenated_given_name_stays_whole(text, name):
    assert name in [m.text for m in analyse(seg(text), language="en").names]


def test_a_korean_name_with_a_hyphenated_given_name_meets_its_russian_form():
    ru = "Сегодня я встретился с Хван Бок Суном и Пак Чен Аем."
    assert _majors(ru, "Today I met Hwang Bok-sun and Pak Chong-ae.") == []
    assert _majors("Хван Бок Сун вылетел в Пекин.", "Kim Chang-man flew to Peking.") != []


def test_each_syllable_of_a_hyphenated_given_name_stands_for_one_word():
    found = check_name(
        context([("Вчера Ким Ен Ген вылетел.", "Yesterday Kim Yong-gon flew out.")]), config=Config()
    )
    assert list(found) == []
    assert _majors("Прибыл Чэнь Юнь.", "Ma Fu-chun arrived.") != []


def test_two_words_of_a_listed_name_need_two_words_of_the_other_side():
    # "Chang" sounds like both Хен and Ен once its h is dropped; it renders one of them at most
    assert _majors("Министр Пак Хен Ен выступил.", "Minister Pak Chang-su spoke.") != []
    assert _majors("Министр Пак Хен Ен выступил.", "Minister Pak Hon-yong spoke.") == []


def test_a_first_name_and_patronymic_given_as_a_surname_is_minor():
    ru, en = "Андрей Петрович ответил, что согласен.", "Kuznetsov replied that he agreed."
    assert _majors(ru, en) == []
    found = check_name(context([(ru, en)]), config=Config())
    assert any("patronymic" in f.message for f in found)
    assert _majors("Петров ответил, что согласен.", en) != []


def test_one_word_of_the_translation_renders_one_word_of_a_name():
    # "Zhizhong" and "Zhang" both sound like Чжан once zh is folded: the given name is another
    assert _majors("Вчера в Пекин прибыл Чжан Вэй-го.", "Yesterday Zhang Zhizhong arrived in Peking.") != []
    assert _majors("Вчера в Пекин прибыл Чжан Вэй-го.", "Yesterday Zhang Wei-kuo arrived in Peking.") == []


def test_a_name_given_by_an_added_title_beside_a_changed_name_is_not_major_for_both():
    ru = "Чжан Вэй-го сообщил, что Лю Бо-чэн вылетит в Москву."
    en = "The Premier said that Teng Tzu-hui would fly to Moscow."
    found = check_name(context([(ru, en)]), config=Config())
    assert [f.severity for f in found if f.rule == "name.missing"] == [Severity.MINOR, Severity.MINOR]


def test_a_city_meets_its_name_under_an_occupation():
    assert _majors("Из Петрозаводска вывезены архивы.", "The archives were taken out of Äänislinna.") == []


def test_two_listed_institutions_are_two_names_whatever_their_stems():
    assert _majors("Госбанк выделил кредит.", "The Ministry of Finance allocated a credit.") != []
    assert _majors("Госбанк выделил кредит.", "The State Bank allocated a credit.") == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Стадо перегнали к озеру Убсанур.", "The herd was driven to Lake Uvs."),
        ("Совещание прошло в Дзабханском аймаке.", "The meeting was held in the Zavkhan aimag."),
        ("Геологи работали у озера Хубсугул.", "The geologists worked by Lake Hövsgöl."),
        ("Отряд ушел в горы Хентей.", "The detachment left for the Khentii mountains."),
    ],
)
def test_period_russian_names_of_mongolian_places_meet_the_modern_spellings(ru, en):
    assert _majors(ru, en) == []


def test_a_mongolian_place_against_another_is_still_major():
    assert _majors("Стадо перегнали к озеру Убсанур.", "The herd was driven to Lake Khövsgöl.") != []


def test_an_aspirate_after_a_hyphen_is_part_of_the_name():
    text = "Deputy Minister Ch'eng Ch'ing-t'ang and Li K'o-nung arrived."
    names = [m.text for m in analyse(seg(text), language="en").names]
    assert names == ["Ch'eng Ch'ing-t'ang", "Li K'o-nung"]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Лес закупили у фирмы «Хэмптон Бразерс».", "The timber was bought from Hampton Bros."),
        ("Груз принадлежал компании «Дэвис Корпорейшн».", "The cargo belonged to Davies Corp."),
    ],
)
def test_a_firms_abbreviation_meets_the_word_russian_spells_out(ru: str, en: str) -> None:
    assert _majors(ru, en) == []


def test_a_palladius_zh_alone_is_a_pinyin_r():
    # Palladius ж (not in чж) is pinyin r: «Жуйцзинь» is Ruijin; a name with another letter is not
    assert _majors("Делегация выехала в Жуйцзинь.", "The delegation left for Ruijin.") == []
    assert _majors("Делегация выехала в Жуйцзинь.", "The delegation left for Nanchang.") != []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Надю", "Nagy"),  # a Hungarian surname on a soft sign, in the dative
        ("Надем", "Nagy"),  # and in the instrumental
        ("Голдя", "Gold"),  # and in the genitive
    ],
)
def test_case_forms_of_a_name_on_a_soft_sign_meet_its_spelling(ru, en):
    assert word_accounted(ru, "ru", [en])


def test_another_name_than_a_soft_sign_name_in_a_case_form_stays_apart():
    assert not word_accounted("Надю", "ru", ["Nemes"])


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Письмо передал секретарь ЦК ВПТ.", "The letter was handed over by a secretary of the HWP CC."),
        ("Вопрос обсуждался в ЦК ПТВ.", "The question was discussed in the VWP CC."),
        ("Делегация ТПК прибыла вчера.", "The KWP delegation arrived yesterday."),
        ("Отряд вышел из Хатинь к вечеру.", "The detachment left Ha Tinh by evening."),  # one word, two
    ],
)
def test_party_initials_and_two_syllable_places_give_no_finding(ru, en):
    assert list(check_name(context([(ru, en)]), config=Config())) == []
