"""Towns of the western borderlands under another historical name (Russian, Polish, German, later Soviet):
one place, no changed name; another town still is."""

from __future__ import annotations

import pytest

from aligner.checks.name import check_name
from aligner.config import Config
from aligner.model import Severity
from check_helpers import context


def _findings(ru: str, en: str):
    return list(check_name(context([(ru, en)]), config=Config()))


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Штаб армии перешел в Тильзит.", "The army staff moved to Sovetsk."),
        ("Эшелон ушел из Инстербурга вечером.", "The train left Insterburg in the evening."),
        ("Склад в Лемберге сгорел.", "The depot in Lviv burnt down."),
        ("Колонна вошла в Станиславов.", "The column entered Ivano-Frankivsk."),
        ("Полк стоял под Брест-Литовском.", "The regiment stood near Brześć."),
        ("Госпиталь переведен в Черновицы.", "The hospital was moved to Czernowitz."),
    ],
)
def test_a_town_under_another_historical_name_is_no_changed_name(ru, en):
    assert [f for f in _findings(ru, en) if f.severity in (Severity.MAJOR, Severity.CRITICAL)] == []


def test_another_town_of_the_same_region_is_still_a_changed_name():
    found = _findings("Штаб армии перешел в Тильзит.", "The army staff moved to Insterburg.")
    assert any(f.severity in (Severity.MAJOR, Severity.CRITICAL) for f in found)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Отряды действовали в Брестской области.", "The detachments operated in the Brześć province."),
        (
            "Бои на Инстербургском направлении стихли.",
            "Fighting towards Chernyakhovsk died down.",
        ),
        ("Штаб Ровенского соединения ушел на запад.", "The staff of the Równe formation left westwards."),
    ],
)
def test_an_adjective_of_a_town_meets_its_other_historical_name(ru, en):
    assert _findings(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Группа оуновцев ушла в лес.", "A group of OUN men went into the forest."),
        ("Отряд УПА сжег мост.", "A detachment of the Ukrainian Insurgent Army burnt the bridge."),
    ],
)
def test_a_body_of_the_borderland_war_meets_its_spelled_out_name_and_its_members(ru, en):
    assert _findings(ru, en) == []
