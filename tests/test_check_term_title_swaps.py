"""A term or title swapped for another of its kind is a major finding (invented one-liners)."""

from __future__ import annotations

import pytest

from aligner.checks.term import check_term
from aligner.checks.title import check_title
from aligner.config import Config
from aligner.model import Severity
from check_helpers import context


def severities(check, ru: str, en: str) -> list[Severity]:
    return [f.severity for f in check(context([(ru, en)]), config=Config())]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Рота вышла к мосту.", "The battalion reached the bridge."),
        ("Взвод связи прибыл в штаб.", "The signals company arrived at headquarters."),
        ("Эскадрилья ушла на север.", "The regiment flew north."),
    ],
)
def test_a_unit_swapped_for_another_is_major(ru, en):
    assert Severity.MAJOR in severities(check_term, ru, en)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Рота вышла к мосту.", "The company reached the bridge."),
        ("Эскадра ушла на север.", "The squadron sailed north."),
    ],
)
def test_a_unit_rendered_faithfully_is_not_flagged(ru, en):
    assert severities(check_term, ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Выступил министр финансов.", "The Minister of Internal Affairs spoke."),
        ("Выступил Председатель Совета Министров.", "The Chairman of the Presidium spoke."),
        ("Приказ подписал нарком обороны.", "The order was signed by the People's Commissar of Finance."),
        ("Лейтенант Кравцов ранен.", "Sergeant Kravtsov was wounded."),
        ("Полковник Кравцов прибыл.", "General Kravtsov arrived."),
        ("Старшина Кравцов прибыл.", "Major Kravtsov arrived."),
        ("Генерал-майор Линдквист прибыл.", "General of Cavalry Lindqvist arrived."),
    ],
)
def test_an_office_swapped_for_another_is_major(ru, en):
    assert Severity.MAJOR in severities(check_title, ru, en)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Выступил министр финансов.", "The Finance Minister spoke."),
        ("Выступил министр финансов.", "The Minister spoke."),  # a broader rendering
        ("Выступил Председатель Совета Министров.", "The Premier spoke."),
        ("Приказ подписал нарком обороны.", "The order was signed by the People's Commissar of Defense."),
        ("Генерал-полковник Кравцов прибыл.", "General Kravtsov arrived."),  # a broader rendering
        ("Генерал от кавалерии Линдквист прибыл.", "General of Cavalry Lindqvist arrived."),
    ],
)
def test_an_office_rendered_faithfully_is_not_major(ru, en):
    assert Severity.MAJOR not in severities(check_title, ru, en)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Отчет заслушан на бюро горкома.", "The report was heard by the bureau of the obkom."),
        ("Секретарь крайкома выехал в район.", "The district committee secretary left for the district."),
        ("Решение утвердил райисполком.", "The decision was approved by the regional executive committee."),
    ],
)
def test_a_local_committee_of_another_level_is_major(ru, en):
    assert Severity.MAJOR in severities(check_term, ru, en)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Отчет заслушан на бюро горкома.", "The report was heard by the bureau of the city committee."),
        ("Секретарь обкома выехал в район.", "The provincial committee secretary left for the district."),
        ("Решение утвердил облисполком.", "The decision was approved by the oblispolkom."),
    ],
)
def test_a_local_committee_rendered_faithfully_is_not_flagged(ru, en):
    assert severities(check_term, ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Штаб военного округа получил приказ.", "The front headquarters received the order."),
        ("Флотилия вошла в устье реки.", "The fleet entered the river mouth."),
        ("Погранвойска задержали нарушителей.", "The internal troops detained the trespassers."),
        ("Совнархоз сорвал поставки угля.", "The ministry failed to deliver the coal."),
        ("Конференция партии открылась утром.", "The party congress opened in the morning."),
        ("Пленум горкома утвердил отчет.", "The bureau of the city committee approved the report."),
        ("СНК утвердил план перевозок.", "The Council of Ministers approved the transport plan."),
        ("Части НОАК вышли к реке.", "Units of the Chinese People's Volunteers reached the river."),
        ("Горисполком выделил участок.", "The city committee allotted a plot."),
    ],
)
def test_an_organ_or_a_force_swapped_for_another_is_major(ru, en):
    assert Severity.MAJOR in severities(check_term, ru, en)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Штаб военного округа получил приказ.", "The military district headquarters received the order."),
        ("Погранвойска задержали нарушителей.", "The border troops detained the trespassers."),
        ("Совнархоз сорвал поставки угля.", "The sovnarkhoz failed to deliver the coal."),
        (
            "Совещание партийного актива открылось утром.",
            "The conference of the party aktiv opened in the morning.",
        ),
        ("Пленум горкома утвердил отчет.", "The city committee plenum approved the report."),
        ("СНК утвердил план перевозок.", "The Council of People's Commissars approved the transport plan."),
        ("Части НОАК вышли к реке.", "PLA units reached the river."),
        ("Части НОАК вышли к реке.", "Chinese army units reached the river."),
        ("Совет Министров СССР утвердил план.", "The Soviet Government approved the plan."),
    ],
)
def test_an_organ_or_a_force_rendered_faithfully_is_not_flagged(ru, en):
    assert Severity.MAJOR not in severities(check_term, ru, en)
