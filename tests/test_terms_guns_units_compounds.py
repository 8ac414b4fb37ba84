"""Terms of artillery pieces, armoured cars, administrative units and branch ministries, and words inside a
hyphenated compound: their renderings meet, another of the kind is a major finding (the examples are
invented)."""

from __future__ import annotations

import pytest

from aligner.checks.term import check_term
from aligner.config import Config
from aligner.model import Severity
from check_helpers import context


def terms(ru: str, en: str):
    return list(check_term(context([(ru, en)]), config=Config()))


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Бригаде передано 18 152-мм гаубиц.", "Eighteen 152-mm howitzers were handed to the brigade."),
        ("Бригаде передано 18 152-мм гаубиц.", "Eighteen 152-mm guns were handed to the brigade."),
        ("На складе 40 76-мм пушек.", "There are 40 76-mm guns in the depot."),
        ("Батарея потеряла два орудия.", "The battery lost two guns."),
        ("Полку нужны 12 минометов.", "The regiment needs 12 mortars."),
        ("Прибыли 9 бронеавтомобилей.", "Nine armoured cars arrived."),
        ("Отряд стоит в уезде Синьмин.", "The detachment is stationed in Xinmin district."),
        ("Школа открыта в Ляховской волости.", "The school was opened in Lyakhov township."),
        ("Школа открыта в Ляховской волости.", "The school was opened in Lyakhov district."),
        ("Наводнение охватило три провинции.", "The flood covered three provinces."),
        (
            "Министерству железных дорог Китая поручено сформировать поезд.",
            "The Chinese Ministry of Railways was instructed to form a train.",
        ),
    ],
)
def test_guns_cars_units_and_ministries_meet_their_renderings(ru, en):
    assert terms(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en", "said", "rendered"),
    [
        (
            "Бригаде передано 18 152-мм гаубиц.",
            "Eighteen 152-mm mortars were handed to the brigade.",
            "гаубиц",
            "mortars",
        ),
        ("Полку нужны 12 минометов.", "The regiment needs 12 guns.", "минометов", "guns"),
        ("Прибыли 9 танков.", "Nine armoured cars arrived.", "танков", "armoured cars"),
        (
            "Отряд стоит в провинции Гирин.",
            "The detachment is stationed in Jilin county.",
            "провинции",
            "county",
        ),
        ("В провинции Гирин идут дожди.", "It is raining in Jilin district.", "провинции", "district"),
        (
            "Школа открыта в Ляховской волости.",
            "The school was opened in Lyakhov county.",
            "волости",
            "county",
        ),
    ],
)
def test_another_gun_car_or_unit_is_major(ru, en, said, rendered):
    (finding,) = terms(ru, en)
    assert finding.severity == Severity.MAJOR
    assert said in finding.message
    assert rendered in finding.message


def test_a_ciphered_telegram_may_be_called_a_telegram():
    assert (
        terms("Вашу шифртелеграмму о поставках получил.", "I have received your telegram on deliveries.")
        == []
    )


def test_a_military_council_is_no_headquarters():
    assert (
        terms("Военный совет армии одобрил план.", "The Military Council of the army approved the plan.")
        == []
    )
    (finding,) = terms("Военный совет армии одобрил план.", "The army headquarters approved the plan.")
    assert "Военный совет" in finding.message
    assert "headquarters" in finding.message


def test_the_second_part_of_a_hyphenated_word_is_no_term():
    ru = "Просим прислать 50 истребителей и одну зенитную дивизию."
    en = "Please send 50 bombers and one anti-aircraft division."
    (finding,) = terms(ru, en)
    assert "истребителей" in finding.message
    assert "bombers" in finding.message


def test_a_compound_with_a_term_after_its_hyphen_meets_no_term():
    ru = "Заседание подкомиссии перенесено."
    en = "The meeting of the sub-committee has been put off."
    assert terms(ru, en) == []


def test_a_russian_compound_names_its_kind_by_its_second_noun():
    ru = "На фронт переброшено 40 самолетов-истребителей."
    en = "Forty fighter aircraft have been sent to the front."
    assert terms(ru, en) == []


def test_guns_and_howitzers_as_field_artillery():
    ru = "Дивизии нужны пушки и гаубицы."
    en = "The division needs field artillery."
    assert terms(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Три дивизии округа подняты по тревоге.", "Three armoured divisions of the district were alerted."),
        ("Мехкорпус сосредоточился у переправы.", "The corps concentrated at the crossing."),
        ("Танковая дивизия отошла на север.", "The tank division withdrew to the north."),
    ],
)
def test_a_bare_formation_renders_its_mechanised_or_tank_kind(ru, en):
    assert terms(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Мехдивизия сосредоточилась у переправы.", "The armoured division concentrated at the crossing."),
        ("Танковый корпус отошел на север.", "The mechanized corps withdrew to the north."),
    ],
)
def test_a_mechanised_formation_given_as_a_tank_one_is_major(ru, en):
    assert [f.severity for f in terms(ru, en)] == [Severity.MAJOR]
