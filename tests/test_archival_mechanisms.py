"""Mechanisms met on archival documents in other languages' names, period dates and apparatus
(invented sentences): each pins what a historian would notice in the report."""

from __future__ import annotations

import pytest

from aligner.checks.date import check_date
from aligner.checks.name import check_name
from aligner.checks.number import check_number
from aligner.checks.omission.run_on import _run_on_found
from aligner.config import Config
from aligner.features.dates import find_dates
from aligner.model import Segment, SegmentKind, Severity, Span
from aligner.segment import segment_side
from aligner.segment.lines import classify_line
from check_helpers import context


def _names(ru: str, en: str):
    return [
        f
        for f in check_name(context([(ru, en)]), config=Config())
        if f.severity in (Severity.MAJOR, Severity.CRITICAL)
    ]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Делегацию встретил Надь Шандор.", "The delegation was met by Sándor Nagy."),  # Hungarian gy
        ("Груз прибудет в Щецин во вторник.", "The cargo will reach Szczecin on Tuesday."),  # Polish szcz
        ("Завод в Мишкольце выполнил план.", "The plant in Miskolc fulfilled the plan."),  # Hungarian s, c
        ("Колонна вышла из Лангшона утром.", "The column left Lang Son in the morning."),  # one word, two
        ("Отец был тогда в Петрограде.", "His father was then in Petersburg."),  # period names of one city
        ("Собрание прошло в Дьёре.", "The meeting was held in Győr."),  # a short name in a case form
    ],
)
def test_names_through_other_spellings_are_no_major_finding(ru, en):
    assert _names(ru, en) == []


def test_another_hungarian_surname_is_still_a_major_finding():
    assert _names("Делегацию встретил Надь Шандор.", "The delegation was met by Sándor Kovács.")


def _numbers(ru: str, en: str):
    return list(check_number(context([(ru, en)]), config=Config()))


def test_a_night_named_by_its_morning_meets_the_two_days():
    assert _numbers("Отряд ушел в ночь на 22-е.", "The detachment left on the night of the 21st-22nd.") == []


def test_a_night_with_other_days_is_still_a_finding():
    assert _numbers("Отряд ушел в ночь на 22-е.", "The detachment left on the night of the 24th-25th.")


def test_a_roman_month_typed_with_a_cyrillic_letter_is_a_date():
    [date] = find_dates("Справка от 17.Х.49 г.", "ru")
    assert [(p.year, p.month, p.day) for p in date.value.ends] == [(1949, 10, 17)]


@pytest.mark.parametrize(
    "line",
    [
        "3 The minutes of this session were not found in the file. – Ed.",
        "² Так в подлиннике; в копии стоит другая цифра.",
        "[Translator's note: a later copy of the telegram gives another figure for the wagons.]",
    ],
)
def test_footnotes_and_long_bracketed_notes_are_editorial(line):
    assert classify_line(line)[0] is SegmentKind.EDITORIAL


def test_a_numbered_sentence_is_no_footnote():
    assert classify_line("3 The wagons left Omsk at noon.") is None


def test_a_clock_time_in_minutes_before_a_date_does_not_end_the_sentence():
    text = "Колонна вышла в 4 ч. 30 м. 12.XI. Связь была плохой."
    segs = segment_side(text, Span(0, len(text)), side="source", language="ru")
    assert [s.text for s in segs] == ["Колонна вышла в 4 ч. 30 м. 12.XI.", "Связь была плохой."]


def _seg(sid: str, side: str, text: str) -> Segment:
    return Segment(sid, side, text, Span(0, len(text)), SegmentKind.TEXT, offsets=list(range(len(text))))


def test_a_heading_in_capitals_run_into_the_text_is_minor():
    seg = _seg("t1", "target", "MINISTRY OF STATE FARMS REPORT On May 3 the farms sowed.")
    other = _seg("s1", "source", "МСХ СССР СПРАВКА 3 мая совхозы посеяли.")
    found = _run_on_found("target", seg, other, (Span(0, 30), "MINISTRY OF STATE FARMS REPORT"))
    assert found is not None
    assert found.severity is Severity.MINOR
    assert "(Minor:" in found.message


def test_a_run_on_sentence_in_lower_case_stays_major():
    seg = _seg("t1", "target", "The farms sowed early the rains came late On May 3 they sowed.")
    other = _seg("s1", "source", "3 мая совхозы посеяли.")
    found = _run_on_found("target", seg, other, (Span(0, 40), "The farms sowed early the rains came late"))
    assert found is not None
    assert found.severity is Severity.MAJOR


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Школа построена в 20-х годах.", "The school was built in the 1920s."),  # a decade by two figures
        ("Выдать 7 (семь) палаток.", "Issue 7 tents."),  # a figure restated in words in brackets
        ("Выдать 40 тыс. (сорок тысяч) рублей.", "Issue 40,000 rubles."),
        ("Он родился 14/XI.", "He was born on 14 November."),  # a day and a Roman month after a slash
        ("Сдано 3 десятка ящиков.", "Thirty boxes were handed in."),  # a count of tens multiplied out
        ("Ждали от 25 до 30 тыс. беженцев.", "25-30,000 refugees were expected."),  # thousands written once
    ],
)
def test_archival_ways_of_writing_a_number_are_no_finding(ru, en):
    assert _numbers(ru, en) == []


def test_a_restatement_with_another_value_still_counts():
    assert _numbers("Выдать 7 (восемь) палаток.", "Issue 7 tents.")


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Тов. Белов сообщил.", "Cde. Belov reported."),  # forms of address are no initials
        ("Дж. Смит прибыл.", "J. Smith arrived."),  # a two-letter initial
        ("Дж. Смит прибыл.", "G. Smith arrived."),
        ("Приехал Итиро Кацура.", "Ichiro Katsura arrived."),  # Japanese through Polivanov
        ("Прибыл Шпенд Ходжа.", "Shpend Hoxha arrived."),  # Albanian xh
        ("Нас принял Сюй Дэ.", "We were received by Hsü Teh."),  # a short given name, no initial
    ],
)
def test_initials_and_spellings_of_other_languages_are_no_major_finding(ru, en):
    assert _names(ru, en) == []


def test_a_changed_two_letter_initial_is_a_major_finding():
    assert _names("Дж. Смит прибыл.", "E. Smith arrived.")


def test_a_24_hour_time_with_a_needless_pm_mark_is_that_time():
    assert _numbers("Передано в 21 ч. 05 м.", "Transmitted at 21:05 p.m.") == []


def test_a_changed_24_hour_time_with_a_pm_mark_is_still_a_finding():
    assert _numbers("Передано в 21 ч. 05 м.", "Transmitted at 22:05 p.m.")


def test_a_roman_looking_syllable_of_a_capitals_name_is_no_number():
    assert _numbers("ФЫН СИ просит ответа.", "FENG XI [the leader] asks for a reply.") == []


def test_a_roman_numeral_after_a_word_is_still_a_number():
    assert _numbers("Книга вышла в 1950 г.", "Volume XI appeared in 1950.")


def test_a_typists_line_with_a_time_is_furniture():
    assert classify_line("Typed by Orlova on 5/12/51 at 14:20 p.m.")[0] is SegmentKind.FURNITURE


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Выступил Ли Чен Сук.", "Ri Jeong-suk spoke."),  # Revised Romanization j, eo
        ("Выступил Ли Сын Гир.", "Ri Seung-gil spoke."),
        ("Выступил Чве Хен Ир.", "Ch'oe Hyon-il spoke."),  # McCune-Reischauer aspirate and oe
        ("Прибыл Цзян Юй-лин.", "Chiang Yü-ling arrived."),  # Palladius цз = Wade-Giles ch
        ("Прибыл Чжан Лин-сунь.", "Zhang Lingsun arrived."),  # чж = pinyin zh
    ],
)
def test_korean_names_in_revised_romanization_are_no_major_finding(ru, en):
    assert _names(ru, en) == []


def test_a_dash_before_a_count_in_a_list_is_no_minus():
    assert _numbers("Рассылка: Орлову - 1, Белову - 2.", "Distribution: Orlov -1, Belov - 2.") == []


def test_a_minus_before_degrees_is_still_a_minus():
    assert _numbers("Мороз достиг 20 градусов.", "The frost reached -20 degrees.")


def _dates(ru: str, en: str):
    return list(check_date(context([(ru, en)]), config=Config()))


def test_a_translation_date_written_month_first_is_minor():
    [found] = _dates("Письмо передано 03.11.50 г.", "The letter was cabled on 11.03.50.")
    assert found.severity is Severity.MINOR
    assert "month first" in found.message


def test_another_date_in_figures_is_still_critical():
    [found] = _dates("Письмо передано 03.11.50 г.", "The letter was cabled on 04.11.50.")
    assert found.severity is Severity.CRITICAL


def test_a_name_with_the_editors_gloss_in_another_spelling_is_one_name():
    found = list(
        check_name(context([("Ли Чен Сук сказал.", "Ri Jeong-suk [Li Chen Suk] said.")]), config=Config())
    )
    assert found == []


def test_two_long_transmission_notes_render_one_another():
    from aligner.apparatus import counterparts

    ru = _seg("s1", "source", "Отправлено из Читы 04.03.51 г. в 22 ч. 10 м. по проводу")
    en = _seg("t1", "target", "Sent by wire from Chita on 03/04/51 at 22:10 p.m.")
    ru = Segment(
        "s1",
        "source",
        ru.text,
        ru.span,
        SegmentKind.FURNITURE,
        offsets=ru.offsets,
        rule="furniture.transmission",
    )
    en = Segment(
        "t1",
        "target",
        en.text,
        en.span,
        SegmentKind.FURNITURE,
        offsets=en.offsets,
        rule="furniture.transmission",
    )
    assert counterparts(ru, en) == "category"


@pytest.mark.parametrize(
    "line",
    [
        "Summary: The envoy reports a request for mining equipment.",
        "Original Language: Russian",
        "Citation: Letter, Orlov to Belov, May 3, 1951, Digital Archive, fond 5, opis 2.",
    ],
)
def test_a_digital_archives_record_lines_are_furniture(line):
    assert classify_line(line)[0] is SegmentKind.FURNITURE


@pytest.mark.parametrize(
    "line",
    [
        "Telegram, Orlov to Belov",
        "Ciphered Telegram, Orlov to Petrov [the Minister]",
        "Letter from Orlov to the Embassy",
    ],
)
def test_a_digital_archives_title_is_editorial(line):
    assert classify_line(line)[0] is SegmentKind.EDITORIAL


@pytest.mark.parametrize("line", ["Letter from Orlov to the plant was lost.", "Telegram to Moscow"])
def test_a_sentence_about_a_letter_is_no_title(line):
    assert classify_line(line) is None


def _terms(ru: str, en: str):
    from aligner.checks.term import check_term

    return list(check_term(context([(ru, en)]), config=Config()))


def test_an_embassy_given_as_a_consulate_is_a_term_finding():
    assert _terms("Посольство вручило письмо.", "The consulate handed over the letter.")


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Полпредство вручило письмо.", "The Embassy handed over the letter."),  # the embassy of its day
        ("Секретариат ЦК одобрил план.", "The Secretariat of the CC approved the plan."),
        ("Торгпредство подписало договор.", "The trade mission signed the contract."),
    ],
)
def test_period_institutions_in_their_usual_renderings_are_no_finding(ru, en):
    assert _terms(ru, en) == []


@pytest.mark.parametrize(
    "line",
    [
        "Резолюция: «Не возражаю. А. Белов. 3.IV»",
        "Основание: приказ по министерству от 4.V.50 г.",
        "Подлинник за подписью тов. Орлова хранится в деле.",
        "Копия верна: Смирнова",
    ],
)
def test_resolutions_and_file_notes_are_furniture(line):
    assert classify_line(line)[0] is SegmentKind.FURNITURE


def test_a_telegrams_dateline_with_the_hour_is_furniture():
    assert classify_line("Peking, March 3, 1951—11 p.m.")[0] is SegmentKind.FURNITURE


def test_a_place_and_date_closing_a_letter_stays_text():
    assert classify_line("Peking, March 3, 1951.") is None


def test_a_lower_case_syllable_of_another_name_does_not_account_for_a_name():
    assert _names("Прибыл Чэнь Юнь.", "Li Fu-chun arrived.")
