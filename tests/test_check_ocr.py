"""The ``ocr`` check: garbled words of the original, as a historian sees them in a report."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aligner.checks.ocr import word_problems
from aligner.config import Config
from aligner.model import Severity
from aligner.pipeline import check_texts
from aligner.spelling import lookalikes, mixed_script, suggest, to_cyrillic

OCR = Config(checks=("ocr",))


def ocr_findings(source: str, target: str = "The text.") -> list:
    return list(check_texts(source, target, config=OCR).findings)


def test_a_doubled_letter_is_reported_with_a_correction() -> None:
    source = "Мы благодарим народы Сибирии за помощь."
    found = ocr_findings(source, "We thank the peoples of Siberia for their help.")
    assert [f.rule for f in found] == ["ocr.near_known"]
    f = found[0]
    assert f.severity.value == "minor"
    assert "“Сибирии”" in f.message
    assert "“Сибири”" in f.message
    (span,) = f.source_evidence
    assert source[span.start : span.end] == "Сибирии"


def test_sound_russian_gives_no_finding() -> None:
    source = "Председатель Совета Министров выразил глубокую признательность советскому народу."
    assert ocr_findings(source) == []


def test_a_latin_look_alike_inside_a_word_is_reported() -> None:
    source = "Прошу разрешить использование Cоветских советников."
    (f,) = ocr_findings(source)
    assert f.rule == "ocr.mixed_script"
    assert "“Советских”" in f.message
    assert source[f.source_evidence[0].start : f.source_evidence[0].end] == "Cоветских"


@pytest.mark.parametrize(
    ("source", "word", "reading"),
    [
        ("Совещание 6ыло отложено на неделю.", "6ыло", "было"),
        ("Комиссия 0бсудила проект договора.", "0бсудила", "обсудила"),
    ],
)
def test_a_figure_read_for_a_letter_is_reported_and_is_no_number(
    source: str, word: str, reading: str
) -> None:
    found = check_texts(source, "The text.", config=Config(checks=("ocr", "number"))).findings
    assert [(f.kind, f.rule) for f in found] == [("ocr", "ocr.digit_for_letter")]
    assert f"“{reading}”" in found[0].message
    assert source[found[0].source_evidence[0].start : found[0].source_evidence[0].end] == word


def test_a_figure_with_a_case_ending_stays_a_number() -> None:
    assert ocr_findings("Прибыло 2х офицеров и 3-х солдат.", "Two officers and three soldiers arrived.") == []


def test_a_hyphen_left_inside_a_word_is_reported() -> None:
    source = "Народ борется за свою незави- симость и свободу."
    (f,) = ocr_findings(source)
    assert f.rule == "ocr.hyphen_left"
    assert "“независимость”" in f.message
    assert source[f.source_evidence[0].start : f.source_evidence[0].end] == "незави- симость"


def test_a_known_hyphenated_word_is_no_error() -> None:
    assert ocr_findings("Войска отошли на северо-западный участок фронта.") == []


@pytest.mark.parametrize("name", ["Вэй Цзэ-минь", "Лю Дэ-хуань", "Сун Шао-юань"])
def test_a_chinese_given_name_keeps_its_own_hyphen(name: str) -> None:
    assert [f.rule for f in ocr_findings(f"Вчера {name} прибыл в город.")] == []


def test_letter_spacing_inside_running_text_is_only_info() -> None:
    source = "Это сделано в о й с к а м и фронта сегодня утром."
    found = [f for f in ocr_findings(source) if f.rule == "ocr.letter_spaced"]
    assert [f.severity.value for f in found] == ["info"]
    assert "“войсками”" in found[0].message


def test_a_word_the_author_repeats_is_not_reported() -> None:
    # an unknown word used twice is a real word the dictionary lacks, not a garble
    source = "Матрас из койры хорош. Слой койры толщиной два сантиметра."
    target = "A coir mattress is good. The coir layer is two centimetres thick."
    assert ocr_findings(source, target) == []


@pytest.mark.parametrize(
    ("word", "latin"),
    [
        ("Ганнушкина", "Gannushkin"),
        ("самсунг", "Samsung"),
        ("ковида", "Covid"),  # spelt otherwise, sounded alike
        ("Джуфре", "Jufra"),
        ("койры", "coir"),  # sounds like "коры" too, but is spelt like "coir"
        ("Мином", "Minh"),  # a foreign name in a Russian case form (instrumental)
    ],
)
def test_a_foreign_word_the_translation_spells_is_not_reported(word: str, latin: str) -> None:
    assert word_problems(word) is not None  # alone it looks like a garble
    assert word_problems(word, latin_words=[latin, "hospital"]) is None


def test_a_garble_stays_reported_when_the_translation_spells_the_correction() -> None:
    assert word_problems("Сибирии", latin_words=["Siberia"]) is not None


def test_furniture_is_skipped() -> None:
    page = "Лист № 2\n\nМы благодарим Сибирии за помощь."
    found = ocr_findings(page, "We thank Siberia for help.")
    assert all(f.source_evidence[0].start >= page.index("Мы") for f in found)


def test_a_capitalised_name_with_a_replaced_letter_is_left_alone() -> None:
    # Зеленский/Зелинский: another transliteration, not an OCR error
    assert word_problems("Зеленскому") is None


def test_suggest_prefers_a_dropped_letter() -> None:
    assert suggest("Сибирии") == "Сибири"
    assert suggest("выборосов") == "выбросов"
    assert suggest("армия") is None  # known


@given(st.sampled_from(sorted(lookalikes())))
def test_every_look_alike_is_caught_and_undone(latin: str) -> None:
    word = "сов" + latin + "ет"
    assert mixed_script(word)
    assert word_problems(word)[0] == "ocr.mixed_script"  # type: ignore[index]
    assert to_cyrillic(word) == "сов" + lookalikes()[latin] + "ет"


@pytest.mark.parametrize("word", ["nА", "iPhone", "USA"])
def test_latin_without_a_cyrillic_twin_is_no_look_alike(word: str) -> None:
    assert not mixed_script(word)


def test_a_misread_letter_in_a_name_the_translation_renders_is_reported() -> None:
    problem = word_problems("Кувань", latin_words=["Kuban"])
    assert problem is not None
    assert problem[0] == "ocr.misread_name"
    assert "Кубань" in problem[1]


def test_a_d_misread_for_a_b_in_a_name_the_translation_renders_is_reported() -> None:
    # б and д are close in worn type: "Гомдо" for "Гомбо"
    problem = word_problems("Гомдо", latin_words=["Gombo"])
    assert problem is not None
    assert problem[0] == "ocr.misread_name"
    assert "Гомбо" in problem[1]
    assert word_problems("Гомдо", latin_words=["Gomdo"]) is None


def test_a_garbled_part_of_a_hyphenated_word_is_reported() -> None:
    problem = word_problems("танков-амфибий")
    assert problem is None
    problem = word_problems("таиков-амфибий")
    assert problem is not None
    assert "танков" in problem[1]


def test_a_preposition_run_into_its_word_is_a_note() -> None:
    (f,) = ocr_findings("Спочтением к Вам.", "With respect to you.")
    assert f.rule == "ocr.run_together"
    assert f.severity.value == "info"
    assert "С почтением" in f.message


def test_a_verb_after_a_letter_is_no_run_together() -> None:
    problem = word_problems("условлено")  # not "у словлено": a preposition governs no verb
    assert problem is None or problem[0] != "ocr.run_together"


def test_a_one_for_i_in_the_translation_is_a_note() -> None:
    report = check_texts("Я уверен в этом.", "1 am sure of it.", config=Config())
    found = [f for f in report.findings if f.kind == "ocr"]
    assert [f.rule for f in found] == ["ocr.digit_for_letter"]
    assert found[0].severity.value == "info"


def test_a_one_for_i_before_a_letter_writers_verb_is_a_note_not_a_number() -> None:
    report = check_texts(
        "Прошу вскрыть ящики в присутствии инженера.",
        "1 request that the crates be opened in the engineer's presence.",
        config=Config(),
    )
    assert [f.rule for f in report.findings if f.kind in ("ocr", "number")] == ["ocr.digit_for_letter"]


def test_a_time_is_no_one_for_i() -> None:
    report = check_texts(
        "Поезд прибыл в 1 час ночи.", "The train arrived at 1 am on Monday.", config=Config()
    )
    assert [f for f in report.findings if f.rule == "ocr.digit_for_letter"] == []


def test_a_letter_dropped_in_an_english_possessive_is_a_note() -> None:
    report = check_texts("Народная армия.", "The Peopl's Army.", config=OCR)
    (f,) = report.findings
    assert f.rule == "ocr.dropped_letter_en"
    assert "People's" in f.message


@pytest.mark.parametrize(
    ("ru", "en", "read"),
    [
        (
            "Советское правительство согласно.",
            "The Soviet Governrnent agrees.",
            "“Governrnent”: read “Government”",
        ),
        (
            "Советское правительство согласно.",
            "The Soviet Govemment agrees.",
            "“Govemment”: read “Government”",
        ),
        ("Министерство согласно с планом.", "The ministry agrees vvith the plan.", "“vvith”: read “with”"),
    ],
)
def test_letters_misread_in_the_translation_are_a_note_and_no_name(ru: str, en: str, read: str) -> None:
    report = check_texts(ru, en, config=Config())
    assert [(f.rule, f.severity) for f in report.findings] == [("ocr.misread_en", Severity.INFO)]
    assert read in report.findings[0].message


def test_an_english_word_or_a_name_is_no_misreading() -> None:
    report = check_texts("Кларк прибыл в Москву.", "Clark arrived in Moscow.", config=Config())
    assert [f for f in report.findings if f.rule == "ocr.misread_en"] == []


def test_a_name_in_the_possessive_is_no_dropped_letter() -> None:
    assert check_texts("Армия Петрова.", "Petrov's army.", config=OCR).findings == ()


def test_an_inflected_foreign_name_is_no_misreading() -> None:
    # "Нарендры" is Narendra in the genitive, not a misread "Нарендрь"
    assert word_problems("Нарендры", latin_words=["Narendra"]) is None


def test_an_unknown_part_of_a_compound_is_reported_only_for_a_misread_letter() -> None:
    assert word_problems("водно-гелевая") is None


@pytest.mark.parametrize("word", ["тракторы", "Москва", "СССР", "до", "1950", "трактары", "Маск-ва"])
def test_a_word_passed_as_plainly_sound_has_no_problem(word: str) -> None:
    from aligner.checks.ocr_words import plainly_sound

    if plainly_sound(word):
        assert word_problems(word, latin_words=["Moscow", "tractor"]) is None
    assert not plainly_sound("тpактор")  # a Latin "p" inside: never waved through


def test_a_known_name_the_dictionary_lacks_is_no_garble_in_a_case_form() -> None:
    # Мемель is a listed name the dictionary does not know: its case forms are not garbles
    found = ocr_findings("Пароход стоит в Ревеле и в Мемеле.", "The steamer lies at Tallinn and at Klaipėda.")
    assert [f.rule for f in found] == []


def test_a_letter_o_among_figures_is_an_ocr_slip_and_the_number_reads_as_zero() -> None:
    report = check_texts(
        "Поставлено 72О тыс. тонн угля.", "720,000 tons of coal were delivered.", config=Config()
    )
    assert [(f.rule, f.severity) for f in report.findings] == [("ocr.letter_for_digit", Severity.MINOR)]
    assert "“720”" in report.findings[0].message


def test_a_title_in_another_slavic_language_in_guillemets_is_no_garble() -> None:
    report = check_texts(
        "Статью поместил журнал «Студентска мисъл» из Пловдива.",
        "The article was carried by the journal Studentska Misal of Plovdiv.",
        config=Config(),
    )
    assert [f.rule for f in report.findings if f.kind == "ocr"] == []


def test_a_garbled_word_in_a_russian_title_in_guillemets_is_still_found() -> None:
    report = check_texts(
        "Статью поместила газета «Правда Сибирии» в мае.",
        "The article was carried by Pravda Sibiri in May.",
        config=Config(),
    )
    assert [f.rule for f in report.findings if f.kind == "ocr"] == ["ocr.near_known"]
