"""The ``duplicate`` check: a passage of the original repeated elsewhere, with variant readings."""

from __future__ import annotations

from aligner.checks.repeats import find_repeats
from aligner.config import Config
from aligner.model import Segment, Span
from aligner.pipeline import check_texts

DUP = Config(checks=("duplicate",))

LETTER = (
    "Прошу разрешить использование советских советников в штабе фронта, так как "
    "национальные кадры еще недостаточно овладели искусством ведения современных войн."
)
TELEGRAM = "Недостаточно овладели искусством вождения современных войск."


def test_a_second_witness_is_reported_with_its_variant_readings() -> None:
    source = f"{LETTER}\n\nПродолжение шифровки.\n\n{TELEGRAM}"
    report = check_texts(source, "Please allow the advisors.", config=DUP)
    (f,) = report.findings
    assert f.kind == "duplicate"
    assert f.severity.value == "minor"
    assert "«вождения» for «ведения»" in f.message
    assert "«войск» for «войн»" in f.message
    assert "the end of" in f.message
    shown = [source[e.start : e.end] for e in f.source_evidence]
    assert shown[0].startswith("Недостаточно овладели")
    assert shown[1].startswith("недостаточно овладели")
    assert shown[1].endswith("войн")


def test_a_word_for_word_repeat_is_only_info() -> None:
    sentence = "Советские войска заняли город после трёх дней упорных боёв с противником."
    source = f"{sentence}\n\nКопия.\n\n{sentence}"
    (f,) = check_texts(source, "Soviet troops took the city.", config=DUP).findings
    assert f.severity.value == "info"
    assert "word for word" in f.message


def test_different_sentences_are_no_repeat() -> None:
    source = (
        "Советские войска заняли город после трёх дней упорных боёв. "
        "Командование фронта доложило в Москву о больших потерях противника. "
        "Правительство КНДР выразило глубокую благодарность советскому народу."
    )
    assert check_texts(source, "Text.", config=DUP).findings == ()


def test_a_short_phrase_repeated_is_no_second_witness() -> None:
    source = "Прошу вас помочь нам. Мы снова прошу вас помочь с оружием и людьми."
    assert check_texts(source, "Text.", config=DUP).findings == ()


def test_a_reworded_repeat_full_of_short_words_and_figures_is_found() -> None:
    memo = (
        "Председатель артели в письме от 3 мая просил выделить на 2 года в распоряжение артели "
        "в г. Орле 12 грузовых машин и 4 трактора."
    )
    copy = "Артель просит выделить на 2 г. в распоряжение артели в г. Орле 12 грузовых машин и 4 трактора."
    (rep,) = find_repeats([_segment(1, memo), _segment(2, copy)])
    assert rep.later.id == "s2"
    assert rep.where == "the end of"


def _segment(i: int, text: str) -> Segment:
    offsets = tuple(range(len(text)))
    return Segment(f"s{i}", "source", text, Span(0, len(text)), "text", offsets=offsets)


def test_a_repeat_is_found_among_five_thousand_sentences() -> None:
    # 5,000 sentences: candidate pairs come from shared shingles, not from all 12.5 million pairs
    words = ["армия", "фронт", "штаб", "полк", "дивизия", "отряд", "район", "город", "приказ"]
    segments = []
    for i in range(5000):
        a, b, c = words[i % 9], words[(i // 9) % 9], words[(i // 81) % 9]
        segments.append(_segment(i, f"Документ {i} сообщает: {a} {b} {c} получил задачу {i * 7}."))
    segments.append(_segment(5000, segments[17].text.replace("получил", "получила")))
    repeats = find_repeats(segments)  # its time is measured in benchmarks/, not asserted here
    assert any(r.later.id == "s5000" and r.earlier.id == "s17" for r in repeats)


# A letter, then a cipher telegram repeating its close: the translation follows the telegram
# for the signature, so the letter's signature line has its chairman and country only there.
WITNESSES = (
    "Прошу направить нашей армии советских военных советников. "
    "Преданный Вам Иванов - Председатель Кабинета Министров КНДР.\n\n"
    "Продолжение шифровки.\n\n"
    "Просим помочь нам оружием и боеприпасами. "
    "Преданный Вам КИМ ИР СЕН Председатель Кабинета Министров КНДР."
)
WITNESSES_EN = (
    "I ask you to send Soviet military advisors to our army. "
    "Yours faithfully, Ivanov.\n\n"
    "We ask you to help us with weapons and ammunition. "
    "Kim Il Sung, Chairman of the Cabinet of Ministers of the DPRK."
)


def test_what_a_second_witness_renders_is_no_major_finding_beside_the_first() -> None:
    from aligner.pipeline import check_texts

    report = check_texts(WITNESSES, WITNESSES_EN)
    chairman = WITNESSES.index("Председатель Кабинета Министров КНДР")
    first = [
        f
        for f in report.findings
        if any(e.start <= chairman < e.end or chairman <= e.start < chairman + 36 for e in f.source_evidence)
    ]
    # the duplicate finding shows the variant readings; the rest is only noted
    assert any(f.kind == "duplicate" for f in first)
    others = [f for f in first if f.kind != "duplicate"]
    assert others, "the first witness's signature line is still pointed out"
    assert all(f.severity.value == "info" for f in others), [(f.rule, f.severity) for f in others]
    assert all("repeats" in f.message for f in others)


def test_a_decimal_number_read_otherwise_by_the_second_witness_is_one_variant() -> None:
    first = "Комбинат просит выделить ему дополнительно 1,5 тыс. тонн проката для ремонта цехов."
    second = "Комбинат просит выделить ему дополнительно 2 тыс. тонн проката для ремонта цехов."
    source = f"{first}\n\nКопия справки.\n\n{second}"
    report = check_texts(source, "The combine asks for rolled steel.", config=DUP)
    (f,) = report.findings
    assert "«2» for «1,5»" in f.message


def test_two_list_lines_each_translated_are_no_second_witness() -> None:
    source = (
        "1. Агрономы (Министерство сельского хозяйства СССР, управление кадров) - 14 чел.\n"
        "2. Механики (Министерство сельского хозяйства СССР, управление кадров) - 9 чел."
    )
    target = (
        "1. Agronomists (USSR Ministry of Agriculture, personnel department) - 14\n"
        "2. Mechanics (USSR Ministry of Agriculture, personnel department) - 9"
    )
    found = check_texts(source, target, config=DUP).findings
    assert [(f.severity.value, "both are translated" in f.message) for f in found] == [("info", True)]
