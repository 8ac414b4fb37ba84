"""Machines of construction, farming and industry as terms: their renderings meet, a general word
(equipment, machinery) covers the kinds, another machine of the kind is a major finding (the examples
are invented)."""

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
        (
            "На карьер отправлены 3 экскаватора и 5 бульдозеров.",
            "Three excavators and 5 bulldozers were sent to the quarry.",
        ),
        ("Для порта нужны 2 портальных крана.", "The port needs 2 gantry cranes."),
        (
            "Совхоз получил 18 сеялок и 6 молотилок.",
            "The state farm received 18 seed drills and 6 threshers.",
        ),
        (
            "Цех получил 25 токарных и 4 строгальных станка.",
            "The shop received 25 lathes and 4 planing machines.",
        ),
        (
            "На шахту поставлены 7 компрессоров и 3 насоса.",
            "Seven compressors and 3 pumps were delivered to the mine.",
        ),
        ("Электростанции нужен второй трансформатор.", "The power station needs a second transformer."),
        ("В мастерскую прибыли 2 гидравлических пресса.", "Two hydraulic presses arrived at the workshop."),
    ],
)
def test_machines_meet_their_renderings(ru, en):
    assert terms(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Бригада получила 4 скрепера и 2 грейдера.", "The team received new road-building equipment."),
        ("Заводу переданы 11 фрезерных станков.", "Eleven machine tools were handed to the plant."),
        ("Артели нужны 9 косилок.", "The cooperative needs farm machinery."),
    ],
)
def test_a_general_word_renders_the_machines_it_covers(ru, en):
    assert terms(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en", "said", "rendered"),
    [
        (
            "На карьер отправлены 3 экскаватора.",
            "Three bulldozers were sent to the quarry.",
            "экскаватора",
            "bulldozers",
        ),
        ("Для порта нужны 2 крана.", "The port needs 2 excavators.", "крана", "excavators"),
        ("Цех получил 25 токарных станков.", "The shop received 25 presses.", "токарных станков", "presses"),
        (
            "На промысел поставлены 2 буровые установки.",
            "Two pumps were delivered to the field.",
            "буровые установки",
            "pumps",
        ),
        (
            "Электростанции нужен второй генератор.",
            "The power station needs a second transformer.",
            "генератор",
            "transformer",
        ),
        (
            "Колхоз получил 14 тракторов.",
            "The collective farm received 14 combines.",
            "тракторов",
            "combines",
        ),
    ],
)
def test_another_machine_is_major(ru, en, said, rendered):
    (finding,) = terms(ru, en)
    assert finding.severity == Severity.MAJOR
    assert said in finding.message
    assert rendered in finding.message


def test_a_ministry_named_for_machine_tools_names_no_machine():
    ru = "Министерство станкостроения изготовит 30 токарных станков."
    en = "The Ministry of Machine Tool Building will make 30 presses."
    (finding,) = terms(ru, en)
    assert "presses" in finding.message


def test_an_english_word_that_begins_a_longer_one_takes_its_plural():
    (finding,) = terms("На станции стояли 6 паровозов.", "Six rail cars stood at the station.")
    assert "паровозов" in finding.message
    assert "cars" in finding.message


def test_a_term_of_a_plant_s_name_renders_the_adjective_not_the_machines():
    (finding,) = terms(
        "Харьковский тракторный завод отгрузил 640 тракторов совхозам.",
        "The Kharkov Tractor Works shipped 640 combines to the state farms.",
    )
    assert finding.severity is Severity.MAJOR
    assert "combines" in finding.message


def test_a_plant_s_name_and_its_machines_rendered_alike_are_no_finding():
    assert (
        terms(
            "Харьковский тракторный завод отгрузил 640 тракторов совхозам.",
            "The Kharkov Tractor Works shipped 640 tractors to the state farms.",
        )
        == []
    )
