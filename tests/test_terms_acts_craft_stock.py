"""Terms of acts, aircraft classes, vehicles and rolling stock: their renderings meet, another of the kind
is a major finding (the examples are invented)."""

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
        ("Решение принято 4 мая.", "The decision was taken on May 4."),
        ("Постановление вступает в силу.", "The decision comes into force."),
        ("Постановление вступает в силу.", "The resolution comes into force."),
        ("Командир издал приказ о переходе.", "The commander issued an order on the move."),
        ("Получена директива штаба округа.", "A directive of the district staff has arrived."),
        (
            "Бригада поступает в распоряжение штаба армии.",
            "The brigade is placed at the disposal of the army headquarters.",
        ),
        ("По указанию министра склад закрыт.", "On the minister's instructions the depot was closed."),
        ("Он награжден орденом Красной Звезды.", "He was awarded the Order of the Red Star."),
        ("Полк получил 12 штурмовиков.", "The regiment received 12 ground-attack aircraft."),
        ("Полк получил 12 штурмовиков.", "The regiment received 12 aircraft."),
        ("Прилетели 3 транспортных самолета.", "Three transport planes arrived."),
        ("Над рекой прошел самолет-разведчик.", "A reconnaissance plane passed over the river."),
        (
            "Колхоз получил 5 грузовиков и 2 трактора.",
            "The collective farm received 5 lorries and 2 tractors.",
        ),
        ("Дивизиону переданы 8 тягачей.", "Eight artillery tractors were handed to the battalion."),
        (
            "На станции стояли 4 паровоза и 50 вагонов.",
            "At the station stood 4 locomotives and 50 freight cars.",
        ),
        ("Нужны 30 платформ и 12 цистерн.", "30 flatcars and 12 tank cars are needed."),
    ],
)
def test_acts_craft_and_stock_meet_their_renderings(ru, en):
    assert terms(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en", "said", "rendered"),
    [
        (
            "Получена директива штаба округа.",
            "An order of the district staff has arrived.",
            "директива",
            "order",
        ),
        ("Издан приказ министра.", "The minister's decree was issued.", "приказ", "decree"),
        ("Полк получил 12 штурмовиков.", "The regiment received 12 fighters.", "штурмовиков", "fighters"),
        ("Прилетели 3 транспортных самолета.", "Three bombers arrived.", "транспортных самолета", "bombers"),
        (
            "Колхоз получил 5 грузовиков.",
            "The collective farm received 5 tractors.",
            "грузовиков",
            "tractors",
        ),
        ("На станции стояли 4 паровоза.", "At the station stood 4 flatcars.", "паровоза", "flatcars"),
        ("Нужны 12 цистерн для нефти.", "12 boxcars for oil are needed.", "цистерн", "boxcars"),
    ],
)
def test_another_act_craft_or_stock_is_major(ru, en, said, rendered):
    (finding,) = terms(ru, en)
    assert finding.severity == Severity.MAJOR
    assert said in finding.message
    assert rendered in finding.message


def test_in_order_to_is_no_act():
    ru = "Письмо направлено, чтобы ускорить поставку."
    en = "The message was sent in order to speed up the delivery."
    assert terms(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Под откос ушли 4 вагона с керосином.", "Four tank cars of kerosene went off the track."),
        ("Прибыли 20 платформ с лесом.", "Twenty cars of timber arrived."),
        ("Отправлены 9 цистерн.", "Nine wagons were sent."),
    ],
)
def test_a_wagon_and_a_kind_of_wagon_render_each_other(ru, en):
    assert terms(ru, en) == []


def test_the_command_of_an_army_is_no_act():
    ru = "Он сообщил о решении командования перебросить полк."
    en = "He said the army command had decided to move the regiment."
    assert terms(ru, en) == []


def test_a_generic_wagon_does_not_hide_a_changed_kind():
    (finding,) = terms("Нужны 40 вагонов и 15 цистерн.", "40 freight cars and 15 flatcars are needed.")
    assert "цистерн" in finding.message
    assert "flatcars" in finding.message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("По указанию министра полк отведен.", "On the minister's orders the regiment was withdrawn."),
        ("Батарее переданы 6 тягачей.", "Six vehicles were handed to the battery."),
        ("Автомашины ушли в 5 часов.", "The trucks left at 5 o'clock."),
    ],
)
def test_an_instruction_as_orders_and_a_vehicle_for_its_kind_are_renderings(ru, en):
    assert terms(ru, en) == []


def test_a_transport_of_goods_is_no_aircraft():
    ru = "Истребители прикрывали станцию, где шла погрузка."
    en = "The station where the transport was being loaded was covered."
    assert terms(ru, en) == []
