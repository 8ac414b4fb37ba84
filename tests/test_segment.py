"""Segmentation: golden partitions (``|`` at each segment edge), kinds, offsets."""

from __future__ import annotations

import pytest

from aligner.model import SegmentKind, Span
from aligner.segment import segment_side


def partition(text: str, language: str = "ru", split: str = "sentences") -> str:
    """The text with ``|`` at the start and end of every segment (razdel's notation)."""
    segs = segment_side(text, Span(0, len(text)), side="source", language=language, split=split)
    out, pos = [], 0
    for seg in segs:
        out.append(text[pos : seg.span.start])
        out.append("|" + text[seg.span.start : seg.span.end] + "|")
        pos = seg.span.end
    out.append(text[pos:])
    joined = "".join(out)
    return joined.replace("||", "|")


def unmark(case: str) -> str:
    return case.replace("|", "")


RU_CASES = [
    # abbreviations and initials do not end sentences
    "|тов. Сталину И. В. передано.| |Ответ получен.|",
    # a form of address stands before its addressee, a capitalised common word too
    "|«Уважаемый тов. Консул!| |Пишу Вам снова.|",
    "|Прибыл ген. Ватутин, т.е. командующий.| |Доклад окончен.|",
    # a geographic abbreviation before a name: "р." (river), "оз." (lake)
    "|Мост через р. Иртыш у оз. Зайсан восстановлен.| |Доклад окончен.|",
    "|Это было в 1950 г.| |Затем началась война.|",
    "|Войска, т.к. кадры не готовы, отошли.| |Всё.|",
    "|Он сказал: «Хватит!»| |Все замолчали.|",
    "|Что делать?| |Ждать.|",
    # numeric dates and numbers keep their periods
    "|Телеграмма от 8.7.50г. получена.| |Исполнено.|",
    "|Получено 2.5 тонны.|",
    # an all-caps acronym with a period before a capital ends the sentence
    "|Народному комиссару обороны СССР.| |Маршалу тов. Тимошенко С. К.|",
    # a dash opening the next sentence
    "|Посол в Китайской Республике.| |- Пекин - 3 марта 1951 года -|",
    # a temperature scale after a degree sign is no initial
    "|Работает от -50 до 50 °С.| |Коврики неприхотливы.|",
    # a sentence after an abbreviation opens with a known word, a Latin look-alike letter or not
    "|Тема сообщения: полк.| |Пpибыло дивизий — два.|",
    # a regnal number (a Latin Roman numeral) is no initial
    "|Документ упоминает: Павел I.| |Число советников: 2.|",
    # a period typed or read without its space ends a sentence after a word, not after a clipped one
    "|Передайте ему на словах следующее.|Если он попросит, составьте текст.|",
    "|Прибыл в гор.Москву и в Сев.Корею тов.Ким.|",
    "|Доклад пред.Совмина заслушан.|",
    # "т.т." (comrades) before names does not end a sentence
    "|Присутствовали т.т. Орлов и Белов.| |Начали.|",
    # a colon before numbered items ends the heading; an item's number does not end the item
    "|Постановили:| |1. Принять план.| |2. Отчитаться.|",
    "|Число штабов: 2.| |Генерал подписал.|",  # a number after a colon, no list
    # an abbreviation opening a sentence does not end it; a final one before it does
    "|г. Прага, 5 мая 1950 г.|",
    "|Подписано 5 мая 1950 г.| |г. Прага|",
    # initials after a surname end a sentence before a common word, not before a name or a lower-case word
    "|Нас принял Петренко Г. Ф.| |Затем был обед.|",
    "|Нас принял Зорин Ю.| |На приёме был посол.|",
    "|Нас принял Зорин Ю. и Кравцов Г.| |Все ушли.|",
    "|Письмо президенту Ф. Д. Рузвельту вручено.|",
    "|Присутствовал Кравцов Л.| |Зорин сказал, что всё готово.|",
    "|Письмо Президенту Ф. Д. Рузвельту вручено.|",
    "|Министру тов. Зорину Ю. Т. Сообщаю, что план выполнен.|",  # an address block runs on
    "|Приехал мистер Дж. Смит.| |Все встали.|",  # a Russian initial of two letters
    # a title in capitals on its own line before the first sentence; a title going on in capitals stays one
    "|ПАМЯТНАЯ ЗАПИСКА|\n|12 мая с.г. посол принял советника.|",
    "|ПРИКАЗ\nКОМЕНДАНТА г. ТУЛЫ|",
    # the abbreviations of offices and of a typist's and an executor's lines
    "|Доложено в 8 Упр. ГШ 12.5.51 г.| |Расшифровал Белов.|",
    "|Беседу вел зав. отделом Орлов.| |Отп. 3 экз.| |Исп. Белов.|",
    # a footnote mark glued after the sentence's end
    "|Цены установлены в Москве.¹| |Остальное следует.|",
    # a count after a colon at a line's end is no first item of a list that does not go on
    "|Прибыло дивизий:\n1.| |Генерал подписал письмо.|",
    # items of a list ending in a bare count, with no stop, are items all the same
    "|Выделить:|\n|1. Тракторов – 5|\n|2. Комбайнов – 3|",
    # a post's abbreviation runs on into the capitalised institution it governs
    "|Зав. Складом доложил о приёмке.| |Отчёт прилагается.|",
    "|Зам. Председателя комиссии прибыл.|",
    # a sheet mark inside a sentence
    "|Сбор составил /л. 3/ в среднем 9 центнеров.| |Уборка идёт.|",
    # "г.г." (господа) before names runs on; after years it ends a sentence
    "|Прибыли г.г. Смит и Уолш из Лондона.| |Переговоры начались.|",
    "|Потери за 1941-1945 г.г.| |Восстановление идёт.|",
    # initials after a country's name open a name, no surname's initials end a sentence
    "|Письмо Президенту Франции Р. Коти вручено.|",
    # a point's figure before a line's end is no list item opening a sentence
    "|Копии – т. Орлову, п. 3.|\n|Выписка из решения Совета.|",
    "|п. 1. Открыть школу к сентябрю.|",  # an item's label opening its sentence
    # a lower-case abbreviation after a scale is a unit ("тыс. т." thousand tonnes), opening nothing
    "|Поставлено 5 тыс. т.| |Остальное в пути.|",
    # a numbered item with a dash after its number opens a sentence after a closed line
    "|Решение от 5 мая 1950 г.|\n|14. – О поставках угля.|",
    # a footnote figure glued after a word's period ends the sentence; an abbreviation's figure does not
    "|Отряд вышел к границе.2| |Ночью начался бой.|",
    "|Смотри ст.5 Закона о границе.|",
]

EN_CASES = [
    "|To Cde. I.V. Stalin, Generalissimo.| |Please allow me.|",
    "|Gen. MacArthur arrived at 5 p.m. on Monday.|",
    "|The U.S. Army withdrew.| |No. 5 was lost.|",
    "|Troops, tanks, etc.| |Then it ended.|",
    "|Is that so?| |Yes!| |Indeed.|",
    "|It works from -50 to 50°C.| |The mats are easy to clean.|",
    "|The document mentions: Paul I.| |Number of advisors: 2.|",
    "|President John F. Kennedy spoke.|",
    "|Present at the talk were I. I. Petrov and V. Orlov.| |He left.|",  # I. before another initial
    "|He left the city.|Then he came back.|",
    "|Present were Cdes. Orlov and Belov.| |Messrs. Grey and Hale left.|",
    "|It was decided as follows:| |1) To accept the plan.| |2) To report.|",
    "|The U.S.S.R. Government agreed.|",
    # a Russian initial of two Latin letters is an initial too, unless a common word follows
    "|Received by Yu. Tsedenbal and A. Ya. VYSHINSKY today.| |Kh. Choibalsan left.|",
    "|The post went to Zh.| |Then it ended.|",
    # an abbreviated month before its day is no sentence end; before a capital it may be
    "|The treaty was signed on Nov. 5, 1950.| |They met again in Dec.| |The talks failed.|",
    # a ship's abbreviation before its name
    "|The cargo left on the s.s. Dnepr on Monday.|",
    # a footnote figure glued after a word's period; a figure after a known abbreviation
    "|Two boats reached the coast.3| |The crews were detained.|",
    "|See No.4 For the text.|",
    "|See Doc. No. 5.| |The text follows.|",  # a document's number after two abbreviations
    "|Protocol of May 5, 1950.|\n|14. – On coal deliveries.|",
    # a dotted acronym before a capitalised function word ends the sentence; before a noun it does not
    "|Grain for the Kazakh S.S.R.|\n|To report by May 1.|",
    "|The U.S.S.R. Delegation left.|",
]


@pytest.mark.parametrize("case", RU_CASES)
def test_russian_sentences(case: str) -> None:
    assert partition(unmark(case), "ru") == case


@pytest.mark.parametrize("case", EN_CASES)
def test_english_sentences(case: str) -> None:
    assert partition(unmark(case), "en") == case


@pytest.mark.parametrize(
    ("case", "language"),
    [
        ("|Совершенно секретно|\n|Особая папка|\n|Справка о ходе погрузки угля на станции Ясиноватая|", "ru"),
        ("|Top Secret|\n|Moscow, to Cde. Orlov.|", "en"),
        ("|March 3, 1947|\n|Field Army|", "en"),
        # an address wrapped over lines runs on
        ("|Председателю Совета Министров\nСоюза ССР тов. Сталину|", "ru"),
        # a title in capitals set over two lines runs on
        ("|ДОКЛАД\nКОМАНДУЮЩЕГО ОКРУГОМ|", "ru"),
        # a date alone under a signature is no part of it; a wrapped sentence goes on into its date
        ("|Министр связи\nП. ОРЛОВ|\n|17.XI.52|", "ru"),
        ("|KISELEV|\n|3 August 1956|", "en"),
        # so is a place and a date under a signature with mixed-case initials
        ("|Ch. NORBOO|\n|Kobdo, April 2, 1953|", "en"),
        ("|Договор был подписан\n5 мая 1950 г.|", "ru"),
        # the lines of a wrapped paragraph are no heading block
        (
            "|Вчера в Риге и Таллине были проведены собрания актива, на которых\nобсуждался вопрос.|",
            "ru",
        ),
    ],
)
def test_a_classification_mark_or_a_date_on_its_own_line_runs_into_no_other_line(
    case: str, language: str
) -> None:
    assert partition(unmark(case), language) == case


@pytest.mark.parametrize(
    ("case", "language"),
    [
        ("|1. Сдать склад к 18.00 3.9.|\n|2. Доложить.|", "ru"),
        ("|1. Сдать склад по акту от 4.IX.43 г.|\n|2. Доложить.|", "ru"),
        ("|1. Hand over the depot by 18:00 on 3 September.|\n|2. Report.|", "en"),
        ("|1. Hand over the depot.3|\n|2. Report.|", "en"),
        ("|1 See document No. 14.|\n|2 The copy is unsigned.|", "en"),
    ],
)
def test_a_numbered_item_on_its_own_line_starts_a_sentence(case: str, language: str) -> None:
    assert partition(unmark(case), language) == case


@pytest.mark.parametrize(
    "case",
    [
        "|Всего прибыло:\n0.| |Ответ ожидаем завтра.|",
        "|Число офицеров:\n12.| |Штаб доложил об этом.|",
    ],
)
def test_a_number_after_a_colon_at_a_line_end_is_no_numbered_item(case: str) -> None:
    # a hard-wrapped sentence: the count closes it and the next sentence starts after it, as
    # when the text runs on one line; nothing cuts it after the colon
    assert partition(unmark(case), "ru") == case


def kinds(text: str, language: str = "ru") -> list[tuple[str, str]]:
    return [
        (s.kind.value, s.text)
        for s in segment_side(text, Span(0, len(text)), side="source", language=language)
    ]


def test_page_furniture_is_recognised() -> None:
    text = "Текст письма.\n\n7/2 21/53\n\nЛист № 2\n\n14\n\nПродолжение ШИФРОВКИ № 12345/ш.\n\n---\n\nКонец."
    assert kinds(text) == [
        ("text", "Текст письма."),
        ("furniture", "7/2 21/53"),
        ("furniture", "Лист № 2"),
        ("furniture", "14"),
        ("furniture", "Продолжение ШИФРОВКИ № 12345/ш."),
        ("furniture", "---"),
        ("text", "Конец."),
    ]


def test_cipher_number_and_its_date_are_apparatus() -> None:
    assert kinds("№ 77/ш.\n3.9.51г.") == [("furniture", "№ 77/ш."), ("furniture", "3.9.51г.")]


def test_figures_that_close_a_wrapped_sentence_stay_text() -> None:
    text = "The convoy sails on March 3,\n1943.\n\nPage follows.\n\n- 4 -\n\nThe total came to\n7 500"
    assert kinds(text, "en") == [
        ("text", "The convoy sails on March 3, 1943."),
        ("text", "Page follows."),
        ("furniture", "- 4 -"),
        ("text", "The total came to"),
        ("furniture", "7 500"),
    ]


def test_a_date_line_of_the_text_stays_text() -> None:
    text = "City of Moscow\n12.04.1961"
    assert kinds(text, "en") == [("text", "City of Moscow 12.04.1961")]


def test_typist_note_and_letter_spaced_signature() -> None:
    text = "Письмо.\n\nИ В А Н О В.\n\nотп. Петрова, 3.9.51г. 10.00 (4)"
    assert kinds(text) == [
        ("text", "Письмо."),
        ("furniture", "И В А Н О В."),
        ("furniture", "отп. Петрова, 3.9.51г. 10.00 (4)"),
    ]


def test_editorial_note_on_its_own_line() -> None:
    text = "Kim Il Sung\nChairman\n[signature]"
    assert kinds(text, "en") == [("text", "Kim Il Sung Chairman"), ("editorial", "[signature]")]


def test_a_bracketed_translator_note_inside_a_paragraph_is_editorial() -> None:
    text = "The yield was high. [Translator's note: a pood is 16 kilograms.] Then it rained."
    assert kinds(text, "en") == [
        ("text", "The yield was high."),
        ("editorial", "[Translator's note: a pood is 16 kilograms.]"),
        ("text", "Then it rained."),
    ]


def test_an_editors_bracketed_note_among_a_drafts_sentences_is_editorial() -> None:
    text = "Прошу прислать 30 механиков. [Далее зачеркнуто: Считаю просьбу обоснованной.]"
    assert kinds(text) == [
        ("text", "Прошу прислать 30 механиков."),
        ("editorial", "[Далее зачеркнуто: Считаю просьбу обоснованной.]"),
    ]


def test_a_whole_sentence_in_square_brackets_is_editorial() -> None:
    text = "The Ambassador left. [The rest of the page is torn off.] The Minister stayed."
    assert kinds(text, "en") == [
        ("text", "The Ambassador left."),
        ("editorial", "[The rest of the page is torn off.]"),
        ("text", "The Minister stayed."),
    ]


def test_a_bracketed_note_quoting_sentences_is_one_editorial_segment() -> None:
    text = "The Ambassador left. (Handwritten in the margin: 'Agreed. V. M.') The Minister stayed."
    assert kinds(text, "en") == [
        ("text", "The Ambassador left."),
        ("editorial", "(Handwritten in the margin: 'Agreed. V. M.')"),
        ("text", "The Minister stayed."),
    ]
    # brackets without a note word are the text's own
    assert [k for k, _ in kinds("Посол ушел. (См. выше. Это важно.) Министр остался.")] == ["text"] * 4


def test_an_inline_bracket_stays_in_the_sentence() -> None:
    assert kinds("He wrote [sic] this.", "en") == [("text", "He wrote [sic] this.")]


def test_capitals_line_is_a_heading() -> None:
    assert kinds("СОВЕРШЕННО СЕКРЕТНО\n\nТекст.") == [
        ("heading", "СОВЕРШЕННО СЕКРЕТНО"),
        ("text", "Текст."),
    ]


def test_line_break_hyphen_is_undone_and_offsets_point_back() -> None:
    text = "борьбе за незави-  \nсимость страны."
    (seg,) = segment_side(text, Span(0, len(text)), side="source", language="ru")
    assert seg.text == "борьбе за независимость страны."
    start = seg.text.index("независимость")
    span = seg.raw_span(start, start + len("независимость"))
    assert text[span.start : span.end] == "незави-  \nсимость"


def test_real_hyphens_are_kept() -> None:
    text = "Генерал-полковнику и 25-35 советникам северо-\nзападного фронта."
    (seg,) = segment_side(text, Span(0, len(text)), side="source", language="ru")
    assert "Генерал-полковнику" in seg.text
    assert "25-35" in seg.text
    assert "северо-западного" in seg.text


def test_lines_mode_keeps_each_line() -> None:
    text = "Первая строка. Вторая фраза.\n\nТретья строка\n14\n"
    segs = segment_side(text, Span(0, len(text)), side="source", language="ru", split="lines")
    assert [s.text for s in segs] == ["Первая строка. Вторая фраза.", "Третья строка", "14"]
    assert all(s.kind is SegmentKind.TEXT for s in segs)


def test_lines_mode_maps_every_character_back_as_spaced_or_not() -> None:
    text = "Одна  строка\tс пробелами\nСтрока как есть\n"
    segs = segment_side(text, Span(0, len(text)), side="source", language="ru", split="lines")
    assert [s.text for s in segs] == ["Одна строка с пробелами", "Строка как есть"]
    for seg in segs:  # each character points at itself in the file, a space at the white space it stands for
        pairs = zip(seg.text, seg.offsets, strict=True)
        assert all(text[o] == c or (c == " " and text[o].isspace()) for c, o in pairs)
    assert segs[1].span == Span(text.index("Строка"), len(text) - 1)


def test_ids_are_numbered_per_side() -> None:
    text = "Один. Два.\n\nТри."
    src = segment_side(text, Span(0, len(text)), side="source", language="ru")
    tgt = segment_side(text, Span(0, len(text)), side="target", language="ru")
    assert [s.id for s in src] == ["s1", "s2", "s3"]
    assert [s.id for s in tgt] == ["t1", "t2", "t3"]


def test_explain_names_the_rule() -> None:
    text = "Лист № 2\n\nТекст. Ещё."
    rules = [s.rule for s in segment_side(text, Span(0, len(text)), side="source", language="ru")]
    assert rules == ["furniture.sheet_mark", "sentence.end_punctuation", "paragraph.end"]


def test_a_unit_abbreviation_can_end_a_sentence() -> None:
    case = "|Очаг залегал на глубине 92,5 км.| |Ранее толчков не было.|"
    assert partition(unmark(case), "ru") == case
    case = "|Погибли 2 тыс. человек.|"
    assert partition(unmark(case), "ru") == case


@pytest.mark.parametrize(
    "case",
    [
        "|Тема сообщения: полк.| |Число советников: 2.|",
        "|Прибыл полк. Смирнов с докладом.|",
        "|Доложил ген. Ватутин.|",
    ],
)
def test_an_abbreviation_before_a_common_capitalised_word_ends_the_sentence(case: str) -> None:
    assert partition(unmark(case), "ru") == case


@pytest.mark.parametrize(
    "case",
    [
        "|В г. Нижнеудинске проживает 40 тыс. человек.|",
        "|Делегация прибыла в гг. Кострому и Ярославль.| |Прием был теплым.|",
        "|Завод построен в 1958 г.| |Город Ангарск растет.|",
    ],
)
def test_town_abbreviation_after_a_word_keeps_its_town_name(case: str) -> None:
    assert partition(unmark(case), "ru") == case


@pytest.mark.parametrize(
    "case",
    [
        "|Батальон закрепился на рубеже р. Черная Речка.| |Потерь нет.|",  # a river's name of common words
        "|Рота отошла к отм. 187,2 и окопалась.|",  # a height mark on the map
        "|Засада выставлена у выс. 205,1.| |Ночь прошла спокойно.|",
        "|Обоз прибыл в х. Сухой Лог к вечеру.|",
        "|Уплачено 300 р.| |Остаток сдан в кассу.|",  # roubles after a figure still end one
    ],
)
def test_map_and_place_abbreviations_keep_what_follows(case: str) -> None:
    assert partition(unmark(case), "ru") == case


@pytest.mark.parametrize(
    "case",
    [
        "|Доклад сделал т. Пушков на заседании.|",  # a surname that is also a common word's form
        "|Поручить т. Ковшов подготовить ответ.|",
    ],
)
def test_a_form_of_address_before_a_surname_that_is_a_common_word_ends_no_sentence(case: str) -> None:
    assert partition(unmark(case), "ru") == case


def test_the_same_abbreviation_after_a_figure_is_a_unit_that_may_end_a_sentence() -> None:
    case = "|Погружено 800 т.| |Судно вышло вечером.|"
    assert partition(unmark(case), "ru") == case


@pytest.mark.parametrize(
    "case",
    [
        "|Coal was bought from Harlow Co. Ltd. of Leeds.| |It came by sea.|",
        "|Grain came from Perkins Bros. Inc. of Ohio.| |Payment was in dollars.|",
        "|The bill was paid to Harlow Co.| |The rest waited.|",
    ],
)
def test_firm_abbreviations_inside_a_sentence_end_none(case: str) -> None:
    assert partition(unmark(case), "en") == case


@pytest.mark.parametrize(
    "case",
    [
        "|Каучук закупили у фирмы «Харлоу Ко. Лтд.» (Лидс).| |Олово поступило позже.|",
        "|Платили фирме «Харлоу и Ко.»| |Остальное ждет.|",
        # an address block: the firm's town on the next line goes on with it
        "|Фирме «Харлоу и Ко. Лтд.»\nЛидс, Англия|",
    ],
)
def test_a_foreign_firms_abbreviations_in_russian_end_no_sentence_inside_its_name(case: str) -> None:
    assert partition(unmark(case), "ru") == case


@pytest.mark.parametrize(
    ("case", "language"),
    [
        # a longer title in capitals over running text, after a letterhead and a number
        (
            (
                "|EMBASSY OF THE REPUBLIC OF FINLAND IN MOSCOW|\n|No. 17/ab|\n|MEMORANDUM|\n"
                "|The Embassy has the honour to inform the Ministry of a change.|"
            ),
            "en",
        ),
        ("|3. TRANSFER OF THE SHIPS TO THE PORT OF RIGA|\n|The ships leave in May.|", "en"),
        ("|2. ПЕРЕДАЧА СУДОВ В ПОРТ РИГА|\n|Суда уходят в мае.|", "ru"),
    ],
)
def test_a_heading_in_capitals_with_no_stop_is_its_own_segment(case: str, language: str) -> None:
    assert partition(unmark(case), language) == case
