"""The term check on artillery, guns and small arms, credits and grants, deliveries and purchases,
and on which of several occurrences it cites (invented examples)."""

from __future__ import annotations

import pytest

from aligner.checks.term import check_term
from aligner.config import Config
from aligner.model import Severity
from check_helpers import cited_terms as cited
from check_helpers import context


@pytest.mark.parametrize(
    ("ru", "en", "said", "rendered"),
    [
        (
            "Город прикрывает батарея зенитной артиллерии.",
            "The town is covered by a battery of anti-tank artillery.",
            "зенитной артиллерии",
            "anti-tank artillery",
        ),
        (
            "Прибыли 12 противотанковых орудий.",
            "Twelve anti-aircraft guns arrived.",
            "противотанковых орудий",
            "anti-aircraft guns",
        ),
        ("У роты было 6 пулеметов.", "The company had six machine pistols.", "пулеметов", "machine pistols"),
        (
            "Полк получил 20 самоходных орудий.",
            "The regiment received twenty tanks.",
            "самоходных орудий",
            "tanks",
        ),
        (
            "Правительство предоставило кредит на 5 лет.",
            "The government gave free aid for five years.",
            "кредит",
            "free aid",
        ),
        (
            "Просим о безвозмездной помощи школам.",
            "We ask for a loan for the schools.",
            "безвозмездной помощи",
            "loan",
        ),
        (
            "Увеличить поставки шерсти в Польшу.",
            "To increase purchases of wool from Poland.",
            "поставки",
            "purchases",
        ),
    ],
)
def test_a_gun_credit_or_trade_flow_rendered_as_another_of_its_kind_is_major(ru, en, said, rendered):
    assert cited(ru, en) == [(said, rendered, Severity.MAJOR)]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Два дивизиона зенитной артиллерии.", "Two battalions of anti-aircraft artillery."),
        ("Бойцы вооружены автоматами.", "The soldiers are armed with submachine guns."),
        ("Бойцы вооружены автоматами.", "The soldiers are armed with machine pistols."),
        ("Погашение займа начнется в 1960 году.", "Repayment of the loan begins in 1960."),
        ("Кредит погашается поставками угля.", "The credit is repaid by deliveries of coal."),
        ("Товарооборот вырос вдвое.", "Trade turnover doubled."),
        ("Президиум Верховного Совета наградил его.", "The Presidium of the Supreme Council decorated him."),
    ],
)
def test_guns_credits_and_trade_in_their_usual_renderings_give_no_finding(ru, en):
    assert cited(ru, en) == []


def test_the_occurrence_cited_is_the_one_at_the_place_of_the_change():
    ru = "В полках было 40 танков и 12 самоходных орудий."
    en = "The tank regiments had 40 tanks and 12 tanks."
    assert cited(ru, en) == [("самоходных орудий", "tanks", Severity.MAJOR)]
    ctx = context([(ru, en)])
    (found,) = check_term(ctx, config=Config())
    assert found.target_evidence[0].start == en.rindex("tanks")


def test_a_term_whose_stem_is_a_short_word_is_not_met_in_that_word():
    # "заем" stems to "за": the preposition is no loan
    assert (
        cited("Выплаты за 1958 год составили 20 млн. рублей.", "Grant aid for 1958 was 20 million rubles.")
        == []
    )
    assert cited("Заем погашен.", "The grant aid was repaid.") == [("Заем", "grant aid", Severity.MAJOR)]


def test_a_term_yields_its_counterpart_to_one_that_has_no_other():
    # "aircraft" may name a fighter too: the fighters take "fighters", the plane "aircraft"
    ru = "Два наших истребителя приказали самолету сесть."
    en = "Two of our fighters ordered the aircraft to land."
    assert cited(ru, en) == []
