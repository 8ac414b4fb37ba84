"""Distinct high bodies and materials (terms), a figure for л or ч inside a word (ocr), «пол-» words as
numbers of their unit (number), abbreviations spelt by their letters' names (name)."""

from __future__ import annotations

import pytest

from aligner.checks.term import check_term
from aligner.config import Config
from aligner.pipeline import check_texts
from check_helpers import context


def term_pairs(ru: str, en: str) -> list[tuple[list[str], list[str]]]:
    ctx = context([(ru, en)])
    return [
        (
            [s.of(ctx.source_text) for s in f.source_evidence],
            [s.of(ctx.target_text) for s in f.target_evidence],
        )
        for f in check_term(ctx, config=Config())
    ]


def findings(ru: str, en: str, *checks: str) -> list:
    return list(check_texts(ru, en, config=Config(checks=checks)).findings)


# --- the high bodies of the state and the party: words they share make none of them another ---------


@pytest.mark.parametrize(
    ("ru", "en", "expected"),
    [
        (
            "Дело передано в Верховный суд СССР для пересмотра.",
            "The case was passed to the USSR Supreme Soviet for review.",
            [(["Верховный суд"], ["Supreme Soviet"])],
        ),
        (
            "Указ утвержден Верховным Советом РСФСР.",
            "The decree was confirmed by the Supreme Court of the RSFSR.",
            [(["Верховным Советом"], ["Supreme Court"])],
        ),
        (
            "Вопрос рассмотрен Президиумом ЦК КПСС.",
            "The question was considered by the Presidium of the Supreme Soviet.",
            [(["ЦК"], ["Supreme Soviet"])],
        ),
        (
            "Решение принял Совет Обороны СССР.",
            "The decision was taken by the USSR Council of Ministers.",
            [(["Совет Обороны"], ["Council of Ministers"])],
        ),
    ],
)
def test_one_high_body_given_as_another_is_a_term_change(ru, en, expected) -> None:
    assert term_pairs(ru, en) == expected


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        (
            "Дело передано в Верховный суд СССР для пересмотра.",
            "The case was passed to the USSR Supreme Court for review.",
        ),
        (
            "Вопрос рассмотрен Президиумом Верховного Совета СССР.",
            "The question was considered by the Presidium of the USSR Supreme Soviet.",
        ),
        ("Решение принял Совет Обороны СССР.", "The decision was taken by the USSR Defence Council."),
        (
            "ЦК КПСС и Совет Министров СССР приняли постановление.",
            "The CC CPSU and the USSR Council of Ministers adopted a resolution.",
        ),
    ],
)
def test_each_high_body_under_its_own_name_is_no_change(ru, en) -> None:
    assert term_pairs(ru, en) == []


# --- materials: the stuff of goods, noun or adjective ---------------------------------------------------


@pytest.mark.parametrize(
    ("ru", "en", "expected"),
    [
        (
            "Бригады получили 40 кусков капроновой дели.",
            "The teams received 40 pieces of cotton netting.",
            [(["капроновой"], ["cotton"])],
        ),
        (
            "Завод поставил стальные трубы.",
            "The plant supplied cast iron pipes.",
            [(["стальные"], ["cast iron"])],
        ),
        (
            "Выдано 200 шерстяных одеял.",
            "Two hundred silk blankets were issued.",
            [(["шерстяных"], ["silk"])],
        ),
        ("Нужен пеньковый канат.", "A nylon rope is needed.", [(["пеньковый"], ["nylon"])]),
        ("Уложены сосновые шпалы.", "Oak sleepers were laid.", [(["сосновые"], ["Oak"])]),
    ],
)
def test_one_material_given_as_another_is_a_term_change(ru, en, expected) -> None:
    assert term_pairs(ru, en) == expected


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Бригады получили 40 кусков капроновой дели.", "The teams received 40 pieces of nylon netting."),
        ("Выдано 200 шерстяных одеял.", "Two hundred woollen blankets were issued."),
        ("Завод выплавил чугун и сталь.", "The works smelted pig iron and steel."),
        ("Закуплено 5 тонн хлопка и медный провод.", "Five tons of cotton and copper wire were bought."),
        # «железная дорога» is a railway, not the metal: no iron to set against the steel
        ("Железная дорога получила стальные рельсы.", "The railway received steel rails."),
    ],
)
def test_each_material_under_its_own_name_is_no_change(ru, en) -> None:
    assert term_pairs(ru, en) == []


# --- a figure for л or ч inside a Russian word ----------------------------------------------------------


@pytest.mark.parametrize(
    ("ru", "word", "reading"),
    [
        ("Ферма мо1очно-товарная отстает.", "мо1очно", "молочно"),
        ("Правление ко1хоза отчиталось.", "ко1хоза", "колхоза"),
        ("Указано 4исло голов скота.", "4исло", "число"),
    ],
)
def test_a_figure_for_l_or_ch_is_an_ocr_note(ru, word, reading) -> None:
    found = [f for f in findings(ru, "The text.", "ocr") if f.rule == "ocr.digit_for_letter"]
    assert len(found) == 1
    assert f"“{reading}”" in found[0].message
    assert ru[found[0].source_evidence[0].start : found[0].source_evidence[0].end] == word


@pytest.mark.parametrize(
    "ru",
    ["1ая рота заняла высоту.", "Прибыла 4ая батарея.", "6ой полк отошел.", "По 4ем часам работали."],
)
def test_figures_with_a_numerals_ending_are_no_garble(ru) -> None:
    assert [f for f in findings(ru, "The text.", "ocr") if f.rule == "ocr.digit_for_letter"] == []


# --- «пол-» words: half of their unit --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Срок продлен на полгода.", "The term was extended by six months."),
        ("Срок продлен на полгода.", "The term was extended by half a year."),
        ("Совещание длилось полчаса.", "The meeting lasted thirty minutes."),
        ("Поступило полсотни жалоб.", "Fifty complaints came in."),
        ("Выделено полтысячи рублей.", "Five hundred roubles were allotted."),
        ("Полковник прибыл в полдень.", "The colonel arrived at noon."),
    ],
)
def test_a_half_word_meets_its_number(ru, en) -> None:
    assert findings(ru, en, "number") == []


def test_a_half_count_given_as_another_number_is_reported() -> None:
    found = findings("Поступило полсотни жалоб.", "Forty complaints came in.", "number")
    assert [f.rule for f in found] == ["number.changed"]
    assert "50" in found[0].message
    assert "40" in found[0].message


# --- abbreviations spelt by their letters' names ----------------------------------------------------


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        (
            "Радиостанция Би-би-си передала сообщение из Лондона.",
            "The BBC radio broadcast a report from London.",
        ),
        ("Компания Эй-би-си сообщила о забастовке.", "The ABC network reported the strike."),
        ("Компания Си-би-эс сообщила о забастовке.", "The C.B.S. network reported the strike."),
        ("Концерн Ю-Эс Стил закрыл завод.", "U.S. Steel closed the plant."),
    ],
)
def test_a_spelt_abbreviation_meets_its_letters(ru, en) -> None:
    assert findings(ru, en, "name", "ocr") == []


def test_a_spelt_abbreviation_given_as_other_letters_is_one_name_missing() -> None:
    found = findings(
        "Радиостанция Би-би-си передала сообщение.", "The CBS radio station broadcast a report.", "name"
    )
    assert [f.rule for f in found] == ["name.missing"]
    assert "“Би-би-си”" in found[0].message


def test_a_chinese_given_name_is_no_spelt_abbreviation() -> None:
    assert findings("Сун Вэй-минь прибыл в Пекин.", "Sun Wei-min arrived in Peking.", "name") == []
