"""An untranslated second witness (a letter and the telegram that repeats it) as one block."""

from __future__ import annotations

import pytest

from aligner.config import Config
from aligner.pipeline import check_texts

CHECKS = Config(checks=("omission", "addition", "duplicate"))

LETTER = (
    "Уважаемый товарищ министр!\n\n"
    "Просим направить в наш округ 40 инструкторов по связи и радиоделу.\n\n"
    "Местные курсы не могут подготовить нужное число радистов до осени.\n\n"
    "Оплату расходов на переезд инструкторов берёт на себя наше правительство.\n\n"
    "С уважением, председатель комитета Орлов."
)
TELEGRAM = (
    "ТЕЛЕГРАММА\n\n"
    "Пересылаю Вам текст письма председателя комитета, полученного мною вчера вечером:\n\n"
    "«Просим направить в наш округ 50 инструкторов по связи и радиоделу.\n\n"
    "Местные курсы не могут подготовить нужное число радистов до осени.\n\n"
    "Оплату расходов на переезд инструкторов берёт на себя наше правительство.»\n\n"
    "Подлинник письма будет отправлен со следующей почтой курьером."
)
TRANSLATION = (
    "Dear Comrade Minister!\n\n"
    "We ask you to send 40 instructors in communications and radio to our district.\n\n"
    "The local courses cannot train the required number of radio operators before autumn.\n\n"
    "Our government will bear the cost of moving the instructors.\n\n"
    "Respectfully, Chairman of the Committee Orlov."
)


def test_the_untranslated_telegram_and_its_framing_are_only_noted() -> None:
    source = f"{LETTER}\n\n{TELEGRAM}"
    report = check_texts(source, TRANSLATION, config=CHECKS)
    omissions = [f for f in report.findings if f.kind == "omission"]
    assert omissions
    assert {f.severity.value for f in omissions} == {"info"}
    framing = [f for f in omissions if "Пересылаю Вам текст" in f.message or "Подлинник письма" in f.message]
    assert len(framing) == 2
    assert all("second witness" in f.message for f in framing)


def test_the_repeated_passage_is_one_duplicate_with_its_variant_reading() -> None:
    source = f"{LETTER}\n\n{TELEGRAM}"
    report = check_texts(source, TRANSLATION, config=CHECKS)
    (dup,) = [f for f in report.findings if f.kind == "duplicate"]
    assert dup.severity.value == "minor"
    assert "«50» for «40»" in dup.message
    shown = source[dup.source_evidence[0].start : dup.source_evidence[0].end]
    assert shown.startswith("«Просим направить")
    assert shown.endswith("правительство.»")


def test_a_sentence_left_out_of_the_translated_witness_stays_major() -> None:
    letter = LETTER.replace(
        "до осени.\n\n", "до осени. Командир округа уже дважды просил прислать новых специалистов.\n\n"
    )
    report = check_texts(f"{letter}\n\n{TELEGRAM}", TRANSLATION, config=CHECKS)
    majors = [f for f in report.findings if f.kind == "omission" and f.severity.value == "major"]
    assert len(majors) == 1
    assert "Командир округа" in majors[0].message


def test_a_draft_before_the_translated_text_reads_its_own_variants_first() -> None:
    draft = TELEGRAM.replace("ТЕЛЕГРАММА", "Проект")
    source = f"{draft}\n\n{LETTER}"
    report = check_texts(source, TRANSLATION, config=CHECKS)
    (dup,) = [f for f in report.findings if f.kind == "duplicate"]
    assert "«50» for «40»" in dup.message
    assert "before the one the translation renders" in dup.message
    assert not [f for f in report.findings if f.severity.value == "major"]


@pytest.mark.parametrize("between", ["\n\nЛист № 2\n\n", "\n\n"])
def test_a_paragraph_left_out_before_the_telegrams_header_stays_major(between: str) -> None:
    letter = LETTER.replace(
        "\n\nС уважением",
        "\n\nКомандир округа уже дважды просил прислать новых специалистов по ремонту раций.\n\nС уважением",
    )
    source = f"{letter}{between}{TELEGRAM}"
    translation = TRANSLATION.replace("\n\nRespectfully, Chairman of the Committee Orlov.", "")
    source = source.replace("\n\nС уважением, председатель комитета Орлов.", "")
    report = check_texts(source, translation, config=CHECKS)
    majors = [f for f in report.findings if f.kind == "omission" and f.severity.value == "major"]
    assert len(majors) == 1
    assert "Командир округа" in majors[0].message


def test_when_the_translation_renders_the_telegram_the_letter_is_the_second_witness() -> None:
    translation = (
        "TELEGRAM\n\nI forward to you the text of the letter of the chairman of the committee, "
        "received by me yesterday evening:\n\n"
        '"We ask you to send 50 instructors in communications and radio to our district.\n\n'
        "The local courses cannot train the required number of radio operators before autumn.\n\n"
        'Our government will bear the cost of moving the instructors."\n\n'
        "The original of the letter will be sent by courier with the next mail."
    )
    report = check_texts(f"{LETTER}\n\n{TELEGRAM}", translation, config=CHECKS)
    assert {(f.kind, f.severity.value) for f in report.findings} == {
        ("omission", "info"),
        ("duplicate", "minor"),
    }
    (dup,) = [f for f in report.findings if f.kind == "duplicate"]
    assert "«40» for «50»" in dup.message


def test_a_telegram_repeating_a_one_paragraph_letter_is_a_second_witness() -> None:
    letter = (
        "Уважаемый товарищ министр!\n\n"
        "Просим направить в наш округ 40 инструкторов по связи и радиоделу, так как местные курсы "
        "не могут подготовить нужное число радистов до осени, а оплату расходов на переезд "
        "инструкторов берёт на себя наше правительство."
    )
    telegram = (
        "ТЕЛЕГРАММА\n\n"
        "Пересылаю Вам текст письма председателя комитета, полученного мною вчера вечером:\n\n"
        "«Просим направить в наш округ 50 инструкторов по связи и радиоделу, так как местные курсы "
        "не могут подготовить нужное число радистов до осени, а оплату расходов на переезд "
        "инструкторов берёт на себя наше правительство.»"
    )
    translation = (
        "Dear Comrade Minister!\n\n"
        "We ask you to send 40 instructors in communications and radio to our district, since the "
        "local courses cannot train the required number of radio operators before autumn, and our "
        "government will bear the cost of moving the instructors."
    )
    report = check_texts(f"{letter}\n\n{telegram}", translation, config=CHECKS)
    assert not [f for f in report.findings if f.severity.value == "major"]
    assert [f.rule for f in report.findings if f.kind == "duplicate"] == ["duplicate.witness"]


# A report, then a telegram that repeats one short sentence of it between framing of its own.
REPORT = (
    "Министру связи\n\n"
    "В сентябре на линии Чита - Борзя восстановлено 46 км проводов.\n\n"
    "Прошу выделить для линии два комплекта аппаратуры уплотнения.\n\n"
    "Монтажники прибудут на участок к первому октября.\n\n"
    "Начальник управления Котов"
)
REPORT_EN = (
    "To the Minister of Communications\n\n"
    "In September 46 km of wire were restored on the Chita - Borzya line.\n\n"
    "I ask you to allot two sets of multiplexing equipment for the line.\n\n"
    "The fitters will arrive at the section by October 1.\n\n"
    "Head of the Directorate Kotov"
)
SHORT_TELEGRAM = (
    "Лист 12\n\n"
    "ТЕЛЕГРАММА\nИз ЧИТЫ Отправлено 2.IX.49 г.\n\n"
    "Письмо направлено Вам почтой. Повторяю главное. "
    "Прошу выделить для линии два комплекта аппаратуры уплотнения. "
    "Ответ прошу дать до пятого числа.\n\n"
    "КОТОВ"
)


def test_a_telegram_repeating_one_short_sentence_is_a_witness_with_its_framing() -> None:
    report = check_texts(f"{REPORT}\n\n{SHORT_TELEGRAM}", REPORT_EN, config=CHECKS)
    omissions = [f for f in report.findings if f.kind == "omission"]
    assert {f.severity.value for f in omissions} == {"info"}
    assert any("Ответ прошу дать" in f.message and "second witness" in f.message for f in omissions)


def test_one_repeated_sentence_in_a_long_untranslated_section_is_no_witness() -> None:
    tail = (
        "Лист 12\n\n"
        "Кроме того, сообщаю о ходе строительства новой телефонной станции в городе.\n\n"
        "Прошу выделить для линии два комплекта аппаратуры уплотнения.\n\n"
        "Здание станции подведено под крышу, монтаж оборудования начнется в ноябре.\n\n"
        "Кабель для городской сети пока не получен, и сроки пуска под угрозой.\n\n"
        "Прошу оказать содействие в получении кабеля с завода в Перми до декабря."
    )
    report = check_texts(f"{REPORT}\n\n{tail}", REPORT_EN, config=CHECKS)
    assert any(f.kind == "omission" and f.severity.value == "major" for f in report.findings)


def test_the_repeat_starts_at_a_quoted_greeting_in_a_variant_form() -> None:
    letter = "Уважаемый товарищ Консул!\n\n" + LETTER.split("\n\n", 1)[1]
    telegram = TELEGRAM.replace("«Просим", "«Уважаемый тов. Консул!\n\nПросим")
    source = f"{letter}\n\n{telegram}"
    report = check_texts(source, TRANSLATION, config=CHECKS)
    (dup,) = [f for f in report.findings if f.kind == "duplicate"]
    shown = source[dup.source_evidence[0].start : dup.source_evidence[0].end]
    assert shown.startswith("«Уважаемый тов. Консул!")


def test_a_letter_after_the_telegram_that_quotes_only_its_end_is_a_witness_in_full() -> None:
    telegram = (
        "ТЕЛЕГРАММА\n\n"
        "Председатель комитета просит передать следующее.\n\n"
        "«Местные курсы могут подготовить до осени только 12 радистов.\n\n"
        "Оплату расходов на переезд 40 инструкторов берёт на себя наше правительство.»"
    )
    telegram_en = (
        "TELEGRAM\n\n"
        "The Chairman of the Committee asks me to convey the following.\n\n"
        "The local courses can train only 12 radio operators before autumn.\n\n"
        "Our government will bear the cost of moving the 40 instructors."
    )
    letter = (
        "Лист 4\n\n"
        "Уважаемый товарищ министр!\n\n"
        "Наш округ за последний год получил от промышленности много новой радиоаппаратуры.\n\n"
        "Работать на ней пока почти некому, и связь с отдаленными районами остается ненадежной.\n\n"
        "Зимой многие поселки отрезаны от центра снегом, и радио остается единственной связью.\n\n"
        "Местные курсы могут подготовить до осени только 15 радистов.\n\n"
        "Оплату расходов на переезд 45 инструкторов берёт на себя наше правительство.\n\n"
        "Председатель комитета Орлов"
    )
    report = check_texts(f"{telegram}\n\n{letter}", telegram_en, config=CHECKS)
    omissions = [f for f in report.findings if f.kind == "omission"]
    assert len(omissions) == 7
    assert {f.rule for f in omissions} == {"omission.witness"}


def test_a_draft_under_a_heading_run_into_its_text_is_a_witness_not_an_omission() -> None:
    # the draft after the translated text repeats one sentence and rewords the rest; its heading
    # stands on a line of its own, no full stop, run into the first sentence
    source = (
        "Сегодня комиссия осмотрела склады зерна в южном районе.\n"
        "Начальник склада сообщил, что крыша северного корпуса протекает уже второй месяц.\n"
        "Комиссия рекомендовала начать ремонт немедленно.\n\n"
        "ЧЕРНОВИК\n"
        "Осмотрены склады южного района, замечаний много.\n"
        "Начальник склада сообщил, что крыша северного корпуса протекает уже второй месяц."
    )
    target = (
        "Today the commission inspected the grain warehouses in the southern district.\n"
        "The head of the warehouse reported that the roof of the northern building had been leaking "
        "for a second month.\n"
        "The commission recommended that repairs begin at once."
    )
    report = check_texts(source, target, config=CHECKS)
    omissions = [f.severity.value for f in report.findings if f.kind == "omission"]
    assert len(omissions) >= 2  # the heading and the reworded sentence (the heading on its own or not)
    assert set(omissions) == {"info"}
    assert [f.rule for f in report.findings if f.kind == "duplicate"] == ["duplicate.witness"]


def test_a_quotation_opening_inside_the_covering_sentence_starts_the_repeat() -> None:
    # the telegram's framing and the first quoted sentence run into one segment; the quotation,
    # not the framing, is where the repeat of the translated letter starts
    letter = (
        "Комиссия сообщила, что отряд прибудет в район работ к началу июня.\n"
        "Отряд возглавит инженер Крылов.\n"
        "Для работы отряду нужны четыре трактора и две походные кухни."
    )
    telegram = (
        "ТЕЛЕГРАММА\n"
        "Передаю текст сообщения: «Отряд прибудет в район работ к началу июня.\n"
        "Отряд возглавит инженер Крылов.\n"
        "Для работы отряду нужны пять тракторов и две походные кухни.» Конец текста."
    )
    target = (
        "The commission reported that the team would arrive in the work area by early June.\n"
        "The team will be led by engineer Krylov.\n"
        "For its work the team needs four tractors and two field kitchens."
    )
    source = f"{letter}\n\n{telegram}"
    report = check_texts(source, target, config=CHECKS)
    (dup,) = [f for f in report.findings if f.kind == "duplicate"]
    shown = source[dup.source_evidence[0].start : dup.source_evidence[0].end]
    assert shown.startswith("«Отряд прибудет")


MINES = (
    "Директор комбината сообщил мне, что трест решил открыть в 1953 году ещё 4 новые шахты.\n"
    "Для их оснащения требуется 60 врубовых машин и 25 электровозов.\n"
    "Трест просит прислать 40 опытных горных мастеров сроком на три года.\n"
    "Добыча угля в первом квартале выросла на 12%."
)
MINES_EN = (
    "The director of the combine told me that the trust had decided to open another 4 new mines in 1953.\n"
    "To equip them, 60 coal-cutting machines and 25 electric locomotives are needed.\n"
    "The trust asks for 40 experienced mining foremen to be sent for three years.\n"
    "Coal output in the first quarter rose by 12 per cent."
)


def test_a_draft_that_rewords_the_text_sentence_by_sentence_is_a_witness() -> None:
    draft = (
        "л. 9\n\nПроект\n\n"
        "Директор сообщил мне, что трестом принято решение об открытии в текущем году еще четырех шахт.\n"
        "Для оснащения шахт тресту нужны 60 машин и 20 электровозов.\n"
        "Тресту нужны 40 мастеров на три года."
    )
    report = check_texts(f"{MINES}\n\n{draft}", MINES_EN, config=CHECKS)
    assert [f.rule for f in report.findings if f.kind == "duplicate"] == ["duplicate.witness"]
    assert {f.severity.value for f in report.findings if f.kind == "omission"} == {"info"}


def test_loosely_similar_sentences_left_out_beside_the_text_stay_omissions() -> None:
    source = MINES.replace(
        "Добыча угля",
        "Директор треста сообщил также, что в 1954 году откроют ещё 2 шахты.\n"
        "Для них потребуется 30 врубовых машин и 10 электровозов.\nДобыча угля",
    )
    report = check_texts(source, MINES_EN, config=CHECKS)
    assert not [f for f in report.findings if f.kind == "duplicate" and f.rule == "duplicate.witness"]
    assert "major" in {f.severity.value for f in report.findings if f.kind == "omission"}
