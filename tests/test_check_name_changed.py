"""A name changed into another name is reported, whether or not either name is a known one.

All examples are invented one-liners: an original sentence and a translation that
gives another person or place, or the same one in another spelling or case.
"""

from __future__ import annotations

import pytest

from aligner.checks.name import check_name, words_alike
from aligner.checks.name_changed import _name_words, capital_words
from aligner.config import Config
from aligner.model import Severity
from check_helpers import context


def found(ru: str, en: str) -> list[tuple[str, Severity]]:
    return [(f.rule, f.severity) for f in check_name(context([(ru, en)]), config=Config())]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Петров прибыл на станцию утром.", "Sokolov arrived at the station in the morning."),  # both open
        ("Кузнецов возглавил комиссию.", "Smirnov headed the commission."),  # кузнецов: also "of smiths"
        ("Утром Орлов выехал в Ригу.", "In the morning Belov left for Riga."),  # a lone name in a 1-1 bead
        ("Совещание открыл товарищ Лоза.", "The meeting was opened by Comrade Tamba."),  # лоза: a vine
        ("Цеденжав прибыл в Кобдо.", "Dorjsuren arrived in Kobdo."),  # no word of the dictionary
        ("Дежурил полковник Гусев.", "Colonel Sychev was on duty."),
        ("Мы встретились с Чон Иль Гваном.", "We met Yun Pong Gu."),
        ("Вчера Зайцев уехал в Тарту.", "Yesterday Kovalenko left for Tartu."),  # зайцев: "of hares"
        ("Товарищ Волков возразил.", "Comrade Fedorenko objected."),  # Товарищ is no form of Fedorenko
        ("Соловьев уехал в Тарту.", "Kuznetsov left for Tartu."),  # соловьев: "of nightingales"
        ("Со слов Белова, поезд опоздал.", "According to Tarasov, the train was late."),
        ("Подпись: ГРОМОВ.", "Signature: LAPTEV."),  # a typed signature in capitals
        ("Донесение подписал ЕФИМОВ.", "The report was signed by ZUBKOV."),
        ("Ли Бо предложил перенести встречу.", "Wang Tao proposed postponing the meeting."),  # ли, бо: words
        ("По его словам, Ма Юн отказался.", "In his words, Chen Feng refused."),  # syllables too short
        # a syllable run in a case form whose words the translation's other name repeats
        (
            "Мы встретились с Чон Ду Хваном, Ли Ен Иром и Пак Сун Оком.",
            "We met Chon Tu-hwan, Chon Tu and Pak Sun-ok.",
        ),
    ],
)
def test_a_name_changed_into_another_is_major(ru, en):
    assert ("name.missing", Severity.MAJOR) in found(ru, en)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Петров прибыл на станцию утром.", "Petrov arrived at the station in the morning."),
        ("Вчера утром пришла телеграмма.", "Yesterday morning a telegram came."),  # no name at all
        ("Премьер Лян Вэй-минь прибыл в Москву.", "Premier Liang arrived in Moscow."),  # surname alone
        ("Маршал Дашдорж выехал в Кобдо.", "Marshal Dashdorj left for Kobdo."),
        ("Совещание открыл товарищ Лоза.", "The meeting was opened by Comrade Loza."),
        ("Подписал: Ц. ДОРЖ", "Signed: Ts. DORJ"),  # a two-letter Latin initial is no name
        ("Письмо передано через Мельника.", "The letter was passed on through Melnik."),  # a case form
        ("Подпись: ГРОМОВ.", "Signature: GROMOV."),
        ("Ответ направил секретарь ЦК МНРП.", "The answer was sent by the secretary of the MPRP CC."),
        ("Чжоу прибыл в Москву.", "Chou arrived in Moscow."),  # Palladius чж = Wade-Giles ch
        ("Ли Бо предложил перенести встречу.", "Li Po proposed postponing the meeting."),
        ("По его словам, Ма Юн отказался.", "In his words, Ma Yun refused."),
        ("Мы говорили с Чон Ду Ёлом.", "We spoke with Chong Tu-yol."),  # a hyphenated given name's syllable
        ("Встреча с Ли Ду Саном прошла спокойно.", "The meeting with Yi Tu-san went calmly."),  # Ли = Yi
        (
            "Мы встретились с Чон Ду Хваном, Ли Ен Хаком и Пак Сун Оком.",
            "We met Chon Tu-hwan, Ri Yong-hak and Pak Sun-ok.",
        ),
    ],
)
def test_the_same_name_in_two_scripts_is_not_flagged(ru, en):
    assert found(ru, en) == []


def test_a_name_left_out_for_a_title_stays_minor():
    assert found("Ответ передал Сун Вэй-минь.", "The answer was passed on by the Premier.") == [
        ("name.missing", Severity.MINOR)
    ]


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("Дамба", "Sambu", False),  # one letter but the first: another name
        ("Гусев", "Kusev", True),  # г/к: one sound, voiced and voiceless
        ("Кристина", "Christina", True),  # к/ch: one sound in two spellings
        ("Гитлера", "Hitler", True),  # a dropped h
    ],
)
def test_a_name_with_another_first_sound_is_another_name(a, b, alike):
    assert words_alike(a, b) is alike


@pytest.mark.parametrize(
    ("ru", "en", "expected"),
    [
        # a Chinese name in the Palladius spelling is a name, its given name joined or not
        ("Совещание вел Го Вэй-минь.", "The meeting was chaired by Guo Weimin.", []),
        ("Совещание вел Го Вэй-минь.", "The meeting was chaired by Kuo Wei-min.", []),
        (
            "Совещание вел Го Вэй-минь.",
            "The meeting was chaired by Chen Yun.",
            ["name.missing", "name.added"],
        ),
        # a Russian compound word is none
        ("Из-за дождей поезд опоздал.", "Because of the rains the train was late.", []),
    ],
)
def test_palladius_names(ru, en, expected):
    assert [rule for rule, _ in found(ru, en)] == expected


@pytest.mark.parametrize(
    ("word", "common"),
    [
        ("Belov", False),  # beloved shares the stem, but -ov makes a surname
        ("Kozlova", False),
        ("Margin", True),  # an English word itself, whatever its ending
        ("Lines", True),
    ],
)
def test_a_soviet_surname_is_no_common_word(word, common):
    from aligner.features.name_candidates import en_is_common

    assert en_is_common(word) is common


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Уолтер Уотсон приехал в Уэльс.", "Walter Watson came to Wales."),  # у before a vowel: an English w
        ("Вирус впервые нашли в Ухане.", "The virus was first found in Wuhan."),
        ("Финал выиграл Джокович.", "Djokovic won the final."),  # English dj for дж
        ("Нас принял полковник Дин.", "Colonel Deane received us."),  # ea for и, a silent e
        ("Письмо передал майор Рид.", "Major Reade passed on the letter."),
        ("Вчера посол встретился с Уоллесом.", "Yesterday the ambassador met with Wallace."),  # final ce
        ("Вчера посол встретился с Риджуэем.", "Yesterday the ambassador met with Ridgway."),  # dg, w
        # Wade-Giles: an aspirate's apostrophe and a hyphened given name
        ("Вчера посол встретился с Пэн Дэ-хуаем.", "Yesterday the ambassador met with P'eng Te-huai."),
        # McCune-Reischauer: the given name hyphened, its syllables apart in Russian and declined
        ("Я встретился с Пак Чен Аем в здании.", "I met Pak Chong-ae in the building."),
        # a short name, declined
        ("Пустыня тянется от Чада до моря.", "The desert stretches from Chad to the sea."),
    ],
)
def test_a_name_in_its_russian_spelling_and_case_meets_its_english_form(ru, en):
    assert found(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        # an abbreviation the translation spells out: no evidence of another name
        (
            "Физик из МГТУ Олег Кротов выступил.",
            "Oleg Krotov, a physicist at Bauman Moscow Technical University, spoke.",
        ),
        # two names opening with the same sounds: perhaps two forms of one name
        ("Делегация прибыла из Удмуртии.", "The delegation came from Udmurtistan."),
    ],
)
def test_weak_evidence_of_a_changed_name_is_minor_with_its_reason(ru, en):
    got = check_name(context([(ru, en)]), config=Config())
    missing = [f for f in got if f.rule == "name.missing"]
    assert missing
    assert all(f.severity == Severity.MINOR for f in missing)
    assert all("abbreviation" in f.message or "same name" in f.message for f in missing)


def test_a_compound_of_clipped_words_against_its_spelt_out_rendering_is_minor():
    pair = ("Мосбиржа закрылась рано.", "The Moscow Exchange closed early.")
    got = check_name(context([pair]), config=Config())
    (missing,) = [f for f in got if f.rule == "name.missing"]
    assert missing.severity == Severity.MINOR
    assert "clipped" in missing.message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        # a short name that only opens a longer one is another name: Шольц is not Salzburg
        ("Шольц говорил о газе.", "Salzburg spoke about gas."),
        ("Нас обогнал Хэмилтона брат.", "We were overtaken by Emil's brother."),
    ],
)
def test_a_name_opening_a_longer_one_is_not_its_case_form(ru, en):
    assert ("name.missing", Severity.MAJOR) in found(ru, en) or ("name.missing", Severity.MINOR) in found(
        ru, en
    )


def test_a_case_ending_still_meets_the_name():
    assert found("Мы говорили со Шольцем.", "We spoke with Scholz.") == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("В Кремле ответили на письмо.", "Moscow replied to the letter."),  # a seat for its capital
        ("Минск отверг обвинения.", "Belarus rejected the accusations."),  # a capital for its country
        ("На Украине начались учения.", "Exercises began, Kyiv said."),
    ],
)
def test_a_capital_standing_for_its_country_is_no_changed_name(ru, en):
    assert [rule for rule, severity in found(ru, en) if severity == Severity.MAJOR] == []


def test_a_person_given_by_the_country_is_minor_but_another_country_is_major():
    (missing,) = [
        f
        for f in check_name(
            context([("Орлов заявил о переговорах.", "Latvia's leader announced talks.")]), config=Config()
        )
        if f.rule == "name.missing"
    ]
    assert missing.severity == Severity.MINOR
    assert "country" in missing.message
    assert ("name.missing", Severity.MAJOR) in found(
        "Эстония заявила о переговорах.", "Latvia announced talks."
    )


def test_a_changed_surname_after_the_same_first_name_is_found():
    rules = [rule for rule, _ in found("Анна Соколова уехала в Тверь.", "Anna Szeged left for Tver.")]
    assert "name.missing" in rules
    assert found("Анна Соколова уехала в Тверь.", "Anna Sokolova left for Tver.") == []


def test_a_surname_is_not_read_as_the_plural_of_a_given_name():
    # pymorphy3 also reads «Потапов» as "of the Potaps": that dictionary form made it Petrov's namesake
    assert ("name.missing", Severity.MAJOR) in found(
        "Приказ подписал Потапов.", "The order was signed by Petrov."
    )
    assert found("Приказ подписал Потапов.", "The order was signed by Potapov.") == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Jean-Luc", [(0, "Jean-Luc")]),
        ("Велин-дор", [(0, "Велин-дор")]),
        ("al-Qarimi", [(3, "Qarimi")]),
        ("Dal-B-Kor", [(0, "Dal"), (6, "Kor")]),
        ("Vela-KOR", [(0, "Vela")]),
        ("mid-day", []),
        ("ОРЕХОВ", []),
    ],
)
def test_the_parts_of_a_word_written_as_a_name(word, expected):
    assert _name_words(word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Подписал: БЕЛОЗЕРОВ", ["БЕЛОЗЕРОВ"]),
        ("ГРАНИН-ЛЕВКО прибыл", ["ГРАНИН-ЛЕВКО"]),
        ("KORDA-XY-z", ["KORDA-XY"]),
        ("abc-VELMAR", ["VELMAR"]),
        ("TRUNO7 and 7TRUNO", []),
        ("TRUNO-AB7", ["TRUNO"]),
        ("ABC or Velmar", []),
    ],
)
def test_words_in_capitals(text, expected):
    assert [w for _, _, w in capital_words(text)] == expected


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Прибыл американский полковник Брум.", "A colonel of the U.S. Army arrived."),
        ("Выступил английский консул Уорд.", "The U.K. consul spoke."),
    ],
)
def test_a_person_given_by_a_dotted_country_is_minor_with_its_reason(ru, en):
    rules = [(f.rule, f.severity) for f in check_name(context([(ru, en)]), config=Config())]
    assert ("name.missing", Severity.MINOR) in rules
    assert all(severity == Severity.MINOR for _, severity in rules)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Болгарские части вошли во Фракию.", "Bulgarian units entered Thrace."),  # theta as ф, kappa as c
        ("Делегация выехала в Фессалию.", "The delegation left for Thessaly."),
    ],
)
def test_a_latinised_greek_name_meets_its_russian_form(ru, en):
    assert found(ru, en) == []


def test_a_greek_reading_does_not_make_two_persons_one():
    assert ("name.missing", Severity.MAJOR) in found("Федоров прибыл в порт.", "Thomas arrived at the port.")


def test_a_british_peers_title_is_no_part_of_the_name():
    ru = "Министр Галифакс заявил, что переговоры продолжатся."
    assert found(ru, "The Minister, Lord Halifax, stated that talks would go on.") == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        # a common noun in the singular with a surname's ending opens the sentence
        (
            "Величиной потерь озабочено командование дивизии.",
            "The command of the Tamanskaya division is concerned at the scale of the losses.",
        ),
        ("Глубиной прорыва встревожен штаб армии.", "The Volkhov army staff is alarmed at the breach."),
    ],
)
def test_a_common_noun_with_a_surnames_ending_is_no_changed_name(ru, en):
    assert ("name.missing", Severity.MAJOR) not in found(ru, en)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        # an adjective opening the sentence, agreeing with its noun, is no surname (Крутой, Горький)
        ("Крутой спуск закончился у моста.", "The steep descent ended at the Kalinin bridge."),
        ("Горький вкус остался надолго.", "The bitter taste lingered, as Tolstoy wrote."),
    ],
)
def test_an_adjective_opening_a_sentence_is_no_name_changed(ru, en):
    assert ("name.missing", Severity.MAJOR) not in found(ru, en)


def test_a_surname_opening_a_sentence_with_its_verb_is_still_a_changed_name():
    assert ("name.missing", Severity.MAJOR) in found("Горький уехал в Ялту.", "Bunin left for Yalta.")


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Отчет подписал Зубарев.", "The report was signed by Zubtarev."),  # a t added after a p
        ("Колонну вел Лапин.", "The column was led by Laptin."),  # a t added beside a p
        ("Совещание открыл Фомин.", "The meeting was opened by Fomitin."),  # a t added between m and n
        ("Груз принял Рыбаков.", "The cargo was received by Rybnakov."),  # an n added inside
    ],
)
def test_a_surname_with_a_consonant_dropped_or_added_is_another_person(ru, en):
    assert "name.missing" in [rule for rule, _ in found(ru, en)]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Лыжник из Норвегии выиграл гонку.", "A Norwegian skier won the race."),
        ("Туристы из Канады застряли в порту.", "Canadian tourists were stuck in the port."),
        ("Посол Сирии вручил грамоты.", "The Syrian ambassador presented his credentials."),
    ],
)
def test_a_country_given_as_its_peoples_adjective_is_no_name_left_out(ru, en):
    assert [rule for rule, _severity in found(ru, en)] == []


def test_a_country_given_as_its_adjective_beside_an_added_name_is_no_changed_name():
    got = found("Лыжник из Норвегии выиграл гонку.", "Norwegian skier Ola Brekke won the race.")
    assert ("name.missing", Severity.MAJOR) not in got


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Отчет подписал Кравцов.", "The report was signed by Kravtzov."),  # ц as tz
        ("Отчет подписал Плющев.", "The report was signed by Plyushchov."),  # щ as shch
        ("Колонну вел Максимов.", "The column was led by Maximov."),  # кс as x
        ("Груз принял Михайлов.", "The cargo was received by Mihailov."),  # х as an h the key drops
        ("Груз отправлен Лапину.", "The cargo was sent to Lapin."),  # a case ending
        ("Отчет подписал Дзюба.", "The report was signed by Dzyuba."),
    ],
)
def test_a_surname_in_another_transliteration_is_not_reported(ru, en):
    assert found(ru, en) == []
