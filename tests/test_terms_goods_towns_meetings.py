"""Kinds of paper, building material, solid fuel, foodstuff, crop, settlement, unit, munition, signal
equipment, urban transport, meeting and party penalty: each meets its renderings, another of its kind is a
major term finding; a body named by one word of its full name is no other body (the examples are invented)."""

from __future__ import annotations

import pytest

from aligner.model import Severity
from check_helpers import cited_terms


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Типографии получили газетную бумагу.", "The printing works received newsprint."),
        ("Не хватает типографской краски.", "There is a shortage of printer's ink."),
        ("Газетную бумагу грузят в вагоны.", "The paper is loaded into cars."),
        ("Завод получил цемент и кирпич.", "The plant received cement and bricks."),
        ("Нет пиломатериалов.", "There is no sawn timber."),
        ("Отгружено 300 тонн кокса.", "300 tons of coke have been shipped."),
        ("Станция работает на торфе.", "The station runs on peat."),
        ("Завезено 3000 кубометров дров.", "3,000 cubic meters of firewood have been laid in."),
        ("Поставки каменного угля выросли.", "Deliveries of hard coal have grown."),
        ("Отгружен антрацит.", "The coal has been shipped."),
        ("Поставки сахара выполнены.", "Deliveries of granulated sugar have been fulfilled."),
        ("Не хватает махорки.", "There is a shortage of tobacco."),
        ("Копка сахарной свеклы закончена.", "The lifting of sugar beet is finished."),
        ("Посеяна кукуруза.", "Maize has been sown."),
        ("В городе открыт рынок.", "A market has opened in the town."),
        ("В поселке построена школа.", "A school has been built in the township."),
        ("В селе сгорел амбар.", "A barn burned down in the village."),
        ("Учет ведется в центнерах.", "Records are kept in centners."),
        ("Урожай 9 центнеров с гектара.", "The yield is 900 kilograms per hectare."),
        ("Выданы 120 пистолетов.", "120 pistols were issued."),
        ("Выданы гранаты и патроны.", "Grenades and cartridges were issued."),
        ("Не хватает боеприпасов.", "There is a shortage of shells."),
        ("Получено 12 раций.", "12 radio sets were received."),
        ("В каждой роте есть телефонный аппарат.", "Every company has telephones."),
        ("Построена трамвайная линия.", "A tram line has been built."),
        ("Ходят только два автобуса.", "Only two buses run."),
        ("Строится метрополитен.", "A subway is being built."),
        ("Министерство провело совещание.", "The ministry held a meeting."),
        ("Министерство провело совещание.", "The ministry held a conference."),
        ("Состоялось общее собрание колхозников.", "A general meeting of the collective farmers was held."),
        ("Состоялось заседание правления.", "A session of the board was held."),
        ("Ему объявлен строгий выговор.", "He was given a severe reprimand."),
    ],
)
def test_kinds_of_goods_places_and_meetings_meet_their_renderings(ru, en):
    assert cited_terms(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en", "said", "rendered"),
    [
        (
            "Получено 500 тонн газетной бумаги.",
            "500 tons of printing ink were received.",
            "газетной бумаги",
            "printing ink",
        ),
        ("Завод получил цемент.", "The plant received lime.", "цемент", "lime"),
        ("Нет пиломатериалов.", "There is no plywood.", "пиломатериалов", "plywood"),
        ("Комбинат стоит без торфа.", "The combine stands idle without coal.", "торфа", "coal"),
        ("Кокса отгружено мало.", "Little coal has been shipped.", "Кокса", "coal"),
        ("Поставки сахара выполнены.", "Deliveries of salt have been fulfilled.", "сахара", "salt"),
        ("Поставки чая отстают.", "Deliveries of tobacco are lagging.", "чая", "tobacco"),
        (
            "Копка сахарной свеклы отстает.",
            "The lifting of potatoes is lagging.",
            "сахарной свеклы",
            "potatoes",
        ),
        ("В поселке строятся бараки.", "Barracks are being built in the town.", "поселке", "town"),
        ("В деревне сгорел амбар.", "A barn burned down in the settlement.", "деревне", "settlement"),
        ("Учет ведется в центнерах.", "Records are kept in poods.", "центнерах", "poods"),
        ("Выданы пистолеты.", "Revolvers were issued.", "пистолеты", "Revolvers"),
        ("Получены винтовочные патроны.", "Rifle shells were received.", "винтовочные патроны", "shells"),
        (
            "Получены телефонные аппараты.",
            "Telegraph sets were received.",
            "телефонные аппараты",
            "Telegraph sets",
        ),
        ("Построена трамвайная линия.", "A trolleybus line has been built.", "трамвайная", "trolleybus"),
        ("Открыт троллейбусный парк.", "A bus depot has been opened.", "троллейбусный", "bus"),
        (
            "Состоялось партийное собрание.",
            "A party conference was held.",
            "партийное собрание",
            "party conference",
        ),
        ("Ему объявлен строгий выговор.", "He was given a reprimand.", "строгий выговор", "reprimand"),
    ],
)
def test_another_kind_of_good_place_or_meeting_is_major(ru, en, said, rendered):
    assert cited_terms(ru, en) == [(said, rendered, Severity.MAJOR)]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        # the original names the body by one word of its full name, the translation gives it whole
        ("Проект одобрен Комитетом.", "The draft was approved by the State Defense Committee."),
        ("Наркомат просит выделить цемент.", "The People's Commissariat of Railways asks for cement."),
        ("Дело передано в суд.", "The case was sent to the Supreme Court."),
        # and the other way round
        ("Проект одобрен Государственным комитетом обороны.", "The draft was approved by the Committee."),
        # a title before the full name leaves it a body, no bearer's surname
        (
            "Заместителю Председателя Государственного Комитета Обороны товарищу Молотову.",
            "To the Deputy Chairman of the State Defense Committee, Comrade Molotov.",
        ),
    ],
)
def test_a_body_named_by_a_word_of_its_full_name_is_no_other_body(ru, en):
    assert cited_terms(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en", "said", "rendered"),
    [
        (
            "Дело рассмотрел Верховный суд.",
            "The case was heard by the people's court.",
            "Верховный суд",
            "people's court",
        ),
        ("Проект одобрен Комитетом.", "The draft was approved by the Commission.", "Комитетом", "Commission"),
    ],
)
def test_a_body_of_another_name_is_still_major(ru, en, said, rendered):
    assert cited_terms(ru, en) == [(said, rendered, Severity.MAJOR)]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("В поселке нет больницы.", "There is no hospital in the village."),
        ("Полиция составила протокол.", "The police drew up a report."),
    ],
)
def test_a_settlement_as_a_village_and_a_protocol_as_a_report_are_renderings(ru, en):
    assert cited_terms(ru, en) == []
