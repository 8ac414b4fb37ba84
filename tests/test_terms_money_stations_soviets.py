"""The term check on forms of financing, currencies, kinds of station and local soviets by level, and the
title check on a first deputy (invented examples)."""

from __future__ import annotations

import pytest

from aligner.checks.title import check_title
from aligner.config import Config
from aligner.model import Severity
from check_helpers import cited_terms as cited
from check_helpers import context


@pytest.mark.parametrize(
    ("ru", "en", "said", "rendered"),
    [
        (
            "Румынии предоставляется долгосрочный заем на 15 лет.",
            "Romania is given a long-term grant for 15 years.",
            "заем",
            "grant",
        ),
        ("Субсидия выдана кооперативу.", "The loan was given to the cooperative.", "Субсидия", "loan"),
        ("Заводу выдан аванс.", "The works were given a credit.", "аванс", "credit"),
        (
            "Оплата производится в индийских рупиях.",
            "Payment is made in pounds sterling.",
            "рупиях",
            "pounds sterling",
        ),
        ("Цены указаны в швейцарских франках.", "Prices are quoted in US dollars.", "франках", "US dollars"),
        (
            "На мысе построена радиостанция.",
            "A pumping station was built on the cape.",
            "радиостанция",
            "pumping station",
        ),
        ("Работает метеостанция.", "A power station is working.", "метеостанция", "power station"),
        (
            "Отчеты облисполкомов заслушаны.",
            "The reports of the village soviets were heard.",
            "облисполкомов",
            "village soviets",
        ),
        (
            "Председатель сельсовета выступил.",
            "The chairman of the city executive committee spoke.",
            "сельсовета",
            "city executive committee",
        ),
    ],
)
def test_a_financing_currency_station_or_soviet_changed_is_major(ru, en, said, rendered):
    assert cited(ru, en) == [(said, rendered, Severity.MAJOR)]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Румынии предоставляется долгосрочный кредит.", "Romania is given a long-term credit."),
        ("Ссуда погашается зерном.", "The loan is repaid in grain."),
        ("Банк предоставляет кредиты колхозам.", "The bank grants credits to collective farms."),
        ("Решено предоставить заем.", "It was decided to grant a loan."),
        ("Кредит погашен досрочно.", "The credit was repaid in advance."),
        ("Расчеты ведутся в рублях.", "Settlements are made in roubles."),
        ("Расчеты ведутся в фунтах стерлингов.", "Settlements are made in sterling."),
        ("Расчеты ведутся в валюте.", "Settlements are made in dollars."),
        ("Собрали 12 тыс. рублей.", "They raised 12,000 dollars."),  # a sum: the number check's
        ("Выделено 3 млн. советских рублей.", "Three million US dollars were allocated."),
        ("На мысе построена радиостанция.", "A station was built on the cape."),
        ("Станция передает сводки.", "The radio station transmits reports."),
        (
            "Совещание с председателями райисполкомов.",
            "A meeting with the chairmen of the executive committees of the district soviets.",
        ),
        ("Решение райисполкома отменено.", "The decision of the district soviet was annulled."),
    ],
)
def test_usual_renderings_and_broader_words_give_no_finding(ru, en):
    assert cited(ru, en) == []


def _titles(ru: str, en: str) -> list[tuple[Severity, str]]:
    ctx = context([(ru, en)])
    return [(f.severity, f.message) for f in check_title(ctx, config=Config())]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        (
            "ЗАМЕСТИТЕЛЬ МИНИСТРА ФИНАНСОВ СССР\nК. ЛЕБЕДЕВ",
            "FIRST DEPUTY MINISTER OF FINANCE OF THE USSR\nK. LEBEDEV",
        ),
        ("Заместитель министра связи К. Лебедев", "First Deputy Minister of Communications K. Lebedev"),
        (
            "Первый заместитель председателя комиссии К. Лебедев",
            "Deputy Chairman of the Commission K. Lebedev",
        ),
    ],
)
def test_a_first_deputy_for_a_deputy_is_a_major_title_change(ru, en):
    ((severity, message),) = _titles(ru, en)
    assert severity == Severity.MAJOR
    assert "First Deputy" in message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("ПЕРВЫЙ ЗАМЕСТИТЕЛЬ МИНИСТРА ФИНАНСОВ\nК. ЛЕБЕДЕВ", "FIRST DEPUTY MINISTER OF FINANCE\nK. LEBEDEV"),
        ("Заместитель министра связи К. Лебедев", "Deputy Minister of Communications K. Lebedev"),
        (
            "Первый заместитель Председателя Совета Министров СССР К. Лебедев",
            "First Deputy Chairman of the USSR Council of Ministers K. Lebedev",
        ),
    ],
)
def test_a_deputy_in_its_own_rank_gives_no_title_finding(ru, en):
    assert _titles(ru, en) == []
