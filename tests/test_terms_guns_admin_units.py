"""Kinds of artillery piece, armoured cars and administrative units: their renderings meet, a general word
covers the specific one, and another of the kind is a major finding (the examples are invented)."""

from __future__ import annotations

import pytest

from aligner.model import Severity
from check_helpers import cited_terms


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Батарея имела 4 гаубицы.", "The battery had 4 howitzers."),
        ("Батарея имела 4 гаубицы.", "The battery had 4 guns."),
        ("Рота получила 6 минометов.", "The company received 6 mortars."),
        ("На позиции стояли 2 пушки.", "Two cannon stood at the position."),
        ("Враг потерял 9 орудий.", "The enemy lost 9 guns."),
        ("Враг потерял 9 орудий.", "The enemy lost 9 artillery pieces."),
        ("Прибыли 12 противотанковых пушек.", "Twelve guns arrived."),
        ("Пушки и гаубицы отправлены.", "The guns and howitzers were sent."),
        ("Бригада сдала пушки и гаубицы.", "The brigade handed over its field artillery."),
        ("Прислано 5 бронемашин.", "Five armoured cars were sent."),
        ("Провинция разделена на 9 уездов.", "The province is divided into 9 counties."),
        ("В уезде 11 волостей.", "The county has 11 townships."),
        ("В уезде 11 волостей.", "The district has 11 volosts."),
    ],
)
def test_guns_and_units_meet_their_renderings(ru, en):
    assert cited_terms(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en", "said", "rendered"),
    [
        ("Батарея имела 4 гаубицы.", "The battery had 4 mortars.", "гаубицы", "mortars"),
        (
            "Рота получила 6 минометов и 2 пушки.",
            "The company received 6 howitzers and 2 guns.",
            "минометов",
            "howitzers",
        ),
        ("Прибыли 20 танков.", "Twenty armoured cars arrived.", "танков", "armoured cars"),
        (
            "Жителей 3 волостей переселили в уезд.",
            "The people of 3 counties moved to the county.",
            "волостей",
            "counties",
        ),
        ("Он объехал две провинции.", "He toured two counties.", "провинции", "counties"),
    ],
)
def test_another_gun_or_unit_is_a_major_change(ru, en, said, rendered):
    assert cited_terms(ru, en) == [(said, rendered, Severity.MAJOR)]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Генерал Полков возглавил соединение.", "General Polkov took over the division."),
        ("Соединение передано т. Полкову.", "The division was handed to Comrade Polkov."),
        ("Соединением командует Полков А. Н.", "The division is commanded by A. N. Polkov."),
    ],
)
def test_a_surname_that_is_a_terms_case_form_is_a_name(ru, en):
    # «Полков» is the regiments' genitive plural; the translation spells it out as a surname
    assert cited_terms(ru, en) == []


def test_a_term_is_still_changed_when_the_translation_spells_out_no_such_name():
    assert cited_terms(
        "Соединение прибыло в составе трех полков.", "The formation came with three battalions."
    ) == [("полков", "battalions", Severity.MAJOR)]


def test_a_capitalised_term_that_sounds_like_a_term_of_the_translation_is_still_a_term():
    # «Армии» sounds like "Army", but "Army" is a word of the translation's term "Army Group"
    assert cited_terms("Приказ получен штабом 2-й Армии.", "The order reached the 2nd Army Group staff.") == [
        ("Армии", "Army Group", Severity.MAJOR)
    ]
