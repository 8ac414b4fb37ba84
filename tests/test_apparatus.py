"""Apparatus lines (archive references, telegram notes, clerk's notes) and their linking across sides."""

from __future__ import annotations

import pytest

from aligner.apparatus import counterparts, pair_apparatus
from aligner.model import Bead, Segment, SegmentKind, Span
from aligner.scoring import default_word_keys
from aligner.segment import segment_side
from aligner.segment.lines import classify_line


def kinds(text: str, language: str = "ru") -> list[tuple[str, str]]:
    segs = segment_side(text, Span(0, len(text)), side="source", language=language)
    return [(s.kind.value, s.text) for s in segs]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("ГАРФ, ф. 12, оп. 3а, д. 45, лл. 6-7.", "furniture.archive_reference"),
        ("RGASPI, f. 17, op. 2, d. 9, l. 4.", "furniture.archive_reference"),
        ("Отправлено 3.V.47 г. 10 ч. 05 м.", "furniture.transmission"),
        ("Расшифровала: Смирнова 4/V-47 г. 02 ч. 10 м.", "furniture.transmission"),
        ("Из ТБИЛИСИ Отправлено 9.VI.48 г.", "furniture.transmission"),  # the place before it
        ("Received May 4, 1947, 02:10", "furniture.transmission"),
        ("Разослано 4.XI.51 г. на 2 л.", "furniture.transmission"),  # the dispatch of copies
        ("Поступило в 5 Отдел 11.IX.49 г. в 16 ч. 20 м.", "furniture.transmission"),  # its arrival
        ("Arrived at the 5th Department on 9/11/49 at 4:20 p.m.", "furniture.transmission"),
        ("Верно: старший референт (подпись)", "furniture.clerk_note"),
        ("Разослано: тт. Петрову, Сидорову.", "furniture.clerk_note"),
        ("Приложение: по тексту, на 3 листах.", "furniture.clerk_note"),  # a letter's enclosures
        ("Encl.: 2", "furniture.clerk_note"),
        ("Distributed to: Cdes. Petrov, Sidorov.", "furniture.clerk_note"),
        ("в 3-х экз.", "furniture.copies"),
        ("1 - адресату, 2 - в дело, 3 - т. Орлову", "furniture.copy_list"),
        ("Экз. 1 – штабу округа, экз. 2 – в дело.", "furniture.copy_list"),  # each item with its copy word
        ("Копия 1 - адресату; копия 2 - в отдел кадров", "furniture.copy_list"),
        ("1 - адресату, 2 - в дело, 3 - 1-й Южный отдел МИД", "furniture.copy_list"),  # a numbered department
        ("Отпечатано 2 копии", "furniture.copies"),
        ("Расшифровала: Орлова", "furniture.clerk_note"),
        ("Source: State Archive of the Region. Translated for this volume.", "furniture.clerk_note"),
        ("711.61/9", "furniture.no_letters"),  # a figure-only file number is furniture already
        ("861.24 Lend-Lease 1943/77", "furniture.file_number"),
        ("740.0011/7-1444: Airgram", "furniture.file_number"),  # a month-day-year code and the kind
        ("В дело. 3.XI. Подпись.", "furniture.clerk_note"),  # the copy goes to the file
        ("Legation Files: Lot 12-B", "furniture.file_reference"),
        ("No. 17/sh", "furniture.reference_number"),  # like «№ 17/ш»
        ("Copy No. 3", "furniture.reference_number"),
        ("5.III.47 10.20", "furniture.typist_mark"),
        ("No. K14/205", "furniture.number"),  # a series letter before the figures, like «№ К14/205»
        ("No. SG-7", "furniture.number"),
        ("тт. Зимину, Орлову, Петрову - все.", "furniture.addressees"),
        ("Тт. Г. Зимину, Орлову – всем", "furniture.addressees"),
        ("Вручено 4.VIII.53 г. советнику Посольства т. Ланге.", "furniture.transmission"),  # a note handed
    ],
)
def test_apparatus_line_rules(line: str, rule: str) -> None:
    assert classify_line(line) == (SegmentKind.FURNITURE, rule)


@pytest.mark.parametrize(
    "line",
    [
        "Он получил ф. 3 и оп. 4 от друга вчера вечером.",  # archive units inside a sentence
        "Received your message.",  # no date or time
        "Received 5 tanks in May.",
        "Верно сказано, что он прав.",  # no label colon
        "5.III.47",  # a date alone stays text
        "тт. Зимин, Орлов - все здесь были вчера.",  # a sentence about comrades
        "тт. Зимину, Орлову.",  # addressees without the closing word may be translated
        "Protocol No. 12 of the meeting",
        "No. Seven Squadron",  # a word, not a series letter, after the sign
        "Из Омска отправлено 5 вагонов 3 июня.",  # a place in lower case: a sentence
        "В дело вмешался секретарь обкома.",  # «в дело» opening a sentence, no period after it
        "1 - 3 мая шли бои, 2 - 5 мая отход",  # numbered dates, no list of copies
        "Вручена награда 12 бойцам полка за бои под Орлом и Курском летом 1943 года.",  # a long sentence
    ],
)
def test_text_lines_are_not_apparatus(line: str) -> None:
    kind = classify_line(line)
    assert kind is None or kind[0] is not SegmentKind.FURNITURE or "date" in kind[1]


def test_archive_reference_is_one_segment() -> None:
    text = "Конец письма.\n\nЦГА, ф. 5, оп. 2, д. 17, л. 8."
    assert kinds(text) == [("text", "Конец письма."), ("furniture", "ЦГА, ф. 5, оп. 2, д. 17, л. 8.")]


def test_a_distribution_list_runs_on_over_lines_ending_in_a_comma() -> None:
    text = "Разослано: тт. Петрову, Сидорову,\nКузнецову.\nТекст дальше."
    assert kinds(text) == [
        ("furniture", "Разослано: тт. Петрову, Сидорову, Кузнецову."),
        ("text", "Текст дальше."),
    ]


def test_every_line_of_a_numbered_copy_list_is_furniture_whatever_its_addressee() -> None:
    text = "Конец текста.\n1 - адресату\n2 - Торгпредству СССР в Праге\n3 - в дело"
    assert kinds(text) == [
        ("text", "Конец текста."),
        ("furniture", "1 - адресату"),
        ("furniture", "2 - Торгпредству СССР в Праге"),
        ("furniture", "3 - в дело"),
    ]


def test_numbered_lines_with_no_copy_item_among_them_stay_text() -> None:
    text = "Решено:\n1 - построить мост через реку\n2 - открыть школу в поселке"
    assert all(kind == "text" for kind, _ in kinds(text))


@pytest.mark.parametrize(
    "line",
    [
        "Translated from the Russian by the editors of this volume.",
        "Translator's note: the town is now Baikalsk.",
    ],
)
def test_a_translators_line_is_editorial(line: str) -> None:
    assert kinds(line, "en") == [("editorial", line)]


def test_a_translators_note_inside_a_paragraph_leaves_the_next_sentence_text() -> None:
    text = "Translator's note: the pass is now closed. The convoy crossed it at dawn."
    assert kinds(text, "en") == [
        ("editorial", "Translator's note: the pass is now closed."),
        ("text", "The convoy crossed it at dawn."),
    ]


def test_a_parenthesised_note_with_a_note_word_is_editorial() -> None:
    text = "(Handwritten in the margin: Agreed. To be sent by the evening train.)"
    assert kinds(text, "en") == [("editorial", text)]


def test_an_interpreter_named_in_parentheses_under_a_heading_is_a_note_of_its_own() -> None:
    text = "ЗАПИСЬ БЕСЕДЫ\nс министром Ирана Б. Хакими\n(Переводчик – т. Орлов А. Б.)\n\n3 мая 1951 г."
    assert kinds(text) == [
        ("text", "ЗАПИСЬ БЕСЕДЫ с министром Ирана Б. Хакими"),
        ("editorial", "(Переводчик – т. Орлов А. Б.)"),
        ("text", "3 мая 1951 г."),
    ]
    aside = "Министр сказал (переводчик при этом замялся), что согласен."
    assert kinds(aside) == [("text", aside)]


def test_a_long_bracketed_editors_note_is_editorial() -> None:
    text = "[Помета на обороте: «Получено 2.IV.47 г. в 10 ч. А. Б.»]"
    assert kinds(text) == [("editorial", text)]


@pytest.mark.parametrize(
    "text",
    [
        "[Далее зачеркнуто: Управление просит выделить для этого два вагона]",
        "[Вычеркнуто рукой автора: и не позднее конца месяца отправить]",
        "[Crossed out in the draft: and no later than the end of the month]",
    ],
)
def test_an_editors_account_of_a_drafts_corrections_is_editorial(text: str) -> None:
    assert kinds(text, "en" if text[1].isascii() else "ru") == [("editorial", text)]


def test_a_letter_spaced_title_over_its_text_is_read_with_it() -> None:
    assert kinds("С П Р А В К А\nо ходе работ") == [("text", "СПРАВКА о ходе работ")]


def seg(sid: str, text: str, kind: str = "furniture", rule: str = "") -> Segment:
    side = "source" if sid.startswith("s") else "target"
    return Segment(
        sid, side, text, Span(0, len(text)), SegmentKind(kind), offsets=tuple(range(len(text))), rule=rule
    )


@pytest.mark.parametrize(
    ("src", "tgt", "why"),
    [
        (seg("s1", "Вх. № 512/ш"), seg("t1", "Incoming No. 512/sh"), "numbers"),
        (seg("s1", "П Е Т Р О В"), seg("t1", "PETROV", "heading"), "name"),
        (
            seg("s1", "Отправлено 3.V.47", rule="furniture.transmission"),
            seg("t1", "Sent May 3, 1947", rule="furniture.transmission"),
            "category",
        ),
        (seg("s1", "№ 51"), seg("t1", "No. 15"), None),
        (
            seg("s1", "- 3 -", rule="furniture.no_letters"),
            seg("t1", "- 3 -", rule="furniture.no_letters"),
            None,
        ),
        (seg("s1", "Дом стоит у реки.", "text"), seg("t1", "A house stands by the river.", "text"), None),
        (
            seg("s1", "Разослано: тт. Булганину, Жукову, Коневу.", rule="furniture.clerk_note"),
            seg("t1", "Distributed to: Cdes. Bulganin, Zhukov, Konev.", rule="furniture.clerk_note"),
            "category",
        ),
        (
            seg("s1", "² Заказ оформлен 3 марта 1949 г. в двух экземплярах.", "editorial"),
            seg("t1", "2 The order was placed on March 3, 1949, in two copies.", "text"),
            "footnote",
        ),
        (
            seg("s1", "² Заказ оформлен 3 марта 1949 г.", "editorial"),
            seg("t1", "2 The order was placed on March 5, 1949.", "text"),
            None,
        ),
        (
            seg("s1", "¹ Так в подлиннике: речь идет о зерне.", "editorial"),
            seg("t1", "1 Thus in the original: grain is meant.", "text"),
            "footnote",
        ),
        (
            seg("s1", "¹ Так в подлиннике: речь идет о зерне.", "editorial"),
            seg("t1", "2 Thus in the original: grain is meant.", "text"),
            None,
        ),
    ],
)
def test_counterparts(src: Segment, tgt: Segment, why: str | None) -> None:
    assert counterparts(src, tgt, default_word_keys()) == why


def test_pairs_are_taken_in_order_and_the_rest_stays_alone() -> None:
    segs = [seg("s1", "П Е Т Р О В"), seg("s2", "№ 44"), seg("t1", "PETROV", "heading"), seg("t2", "No. 44")]
    run = [Bead(("s1",), ()), Bead(("s2",), ()), Bead((), ("t1",)), Bead((), ("t2",))]
    beads = pair_apparatus(run, segs)
    assert [(b.source, b.target) for b in beads] == [(("s1",), ("t1",)), (("s2",), ("t2",))]
    lone = [Bead(("s2",), ()), Bead((), ("t1",))]
    assert [(b.source, b.target) for b in pair_apparatus(lone, segs)] == [(("s2",), ()), ((), ("t1",))]


def partition(text: str, language: str = "ru") -> str:
    """The text with ``|`` at the start and end of every segment."""
    segs = segment_side(text, Span(0, len(text)), side="source", language=language)
    out, pos = [], 0
    for s in sorted(segs, key=lambda s: s.span.start):
        out.append(text[pos : s.span.start] + "|" + text[s.span.start : s.span.end] + "|")
        pos = s.span.end
    return ("".join(out) + text[pos:]).replace("||", "|")


def test_a_word_broken_across_a_page_break_is_rejoined() -> None:
    text = "Надо привести в поря-\n\n- 3 -\n\nдок склады. Конец."
    segs = segment_side(text, Span(0, len(text)), side="source", language="ru")
    assert [(s.kind.value, s.text) for s in segs] == [
        ("furniture", "- 3 -"),
        ("text", "Надо привести в порядок склады."),
        ("text", "Конец."),
    ]
    assert text[segs[1].offsets[-1]] == "."


def test_a_compound_broken_before_a_capital_keeps_its_hyphen() -> None:
    assert kinds("Делегация Северо-\nКавказской республики.") == [
        ("text", "Делегация Северо-Кавказской республики.")
    ]


def test_apparatus_typed_beside_the_text_is_cut_off() -> None:
    assert partition("Из ОДЕССЫ        Получено 3.V.47 г. 10 ч. 05 м.") == (
        "|Из ОДЕССЫ|        |Получено 3.V.47 г. 10 ч. 05 м.|"
    )


def test_a_roman_date_beside_a_cipher_number_is_apparatus() -> None:
    assert kinds("№ 14\n5.III.47 г.") == [("furniture", "№ 14"), ("furniture", "5.III.47 г.")]


def test_a_date_pairs_with_the_same_date() -> None:
    src = seg("s1", "5.III.47 г.", rule="furniture.apparatus_date")
    assert counterparts(src, seg("t1", "5 March 1947", "text"), default_word_keys()) == "date"
    assert counterparts(src, seg("t1", "6 March 1947", "text"), default_word_keys()) is None


def test_an_editors_caption_between_file_number_and_translation_note() -> None:
    text = "861.24/77\n\nMinister Orlov to Ambassador Hale\n\n[Translation]\n\nDEAR SIR,"
    assert kinds(text, "en") == [
        ("furniture", "861.24/77"),
        ("editorial", "Minister Orlov to Ambassador Hale"),
        ("editorial", "[Translation]"),
        ("text", "DEAR SIR,"),
    ]


def test_a_line_that_goes_on_with_a_decimal_and_a_word_is_text_not_a_file_number() -> None:
    # "100.1 percent." after a line break is the end of a sentence, not a collection's "861.24 Lend-Lease"
    assert classify_line("100.1 percent.") != (SegmentKind.FURNITURE, "furniture.file_number")
    assert classify_line("740.0011 European War 1939/28") == (SegmentKind.FURNITURE, "furniture.file_number")


@pytest.mark.parametrize(
    ("text", "language", "note"),
    [
        (
            "x/ The code name of the minister. [Ed. note: The mark is in pencil.]",
            "en",
            "[Ed. note: The mark is in pencil.]",
        ),
        (
            "The convoy crossed at dawn. [Trans. note: one word is illegible.]",
            "en",
            "[Trans. note: one word is illegible.]",
        ),
        ("Колонна прошла мост. [Прим. ред.: так в подлиннике.]", "ru", "[Прим. ред.: так в подлиннике.]"),
    ],
)
def test_an_editors_bracketed_note_after_a_sentence_of_its_line_is_editorial(text, language, note) -> None:
    assert kinds(text, language)[-1] == ("editorial", note)
    assert kinds(text, language)[0][0] == "text"


def test_a_bracketed_note_signed_by_the_translator_is_editorial_whole() -> None:
    text = "The note is signed. [The word is illegible in the original. – Trans.]"
    assert kinds(text, "en") == [
        ("text", "The note is signed."),
        ("editorial", "[The word is illegible in the original. – Trans.]"),
    ]


def test_a_trade_term_abbreviation_does_not_end_the_sentence() -> None:
    assert kinds("Prices are f.o.b. Odessa. Payment follows.", "en") == [
        ("text", "Prices are f.o.b. Odessa."),
        ("text", "Payment follows."),
    ]


def test_a_signature_with_a_footnote_mark_is_no_page_mark() -> None:
    # "P." is a page word too ("P. 3"), but a page mark gives its number right after it
    assert kinds("P. ORLOV1", "en")[0][0] != "furniture"
    assert kinds("P. 3", "en") == [("furniture", "P. 3")]
