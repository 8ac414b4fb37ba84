"""The term check on arms of service, livestock, crops, metals and oil products, and on the rival it
cites for a term that stands in a phrase (invented examples)."""

from __future__ import annotations

import pytest

from aligner.checks.term import check_term
from aligner.config import Config
from aligner.model import Severity
from aligner.pipeline import check_texts
from check_helpers import cited_terms as cited
from check_helpers import context


@pytest.mark.parametrize(
    ("ru", "en", "said", "rendered"),
    [
        (
            "Мост строят саперы дивизии.",
            "The division's signalmen build the bridge.",
            "саперы",
            "signalmen",
        ),
        ("Колхоз сдал 300 коз.", "The collective farm delivered 300 camels.", "коз", "camels"),
        ("Госхоз купил 40 лошадей.", "The state farm bought 40 cows.", "лошадей", "cows"),
        ("Посеяно 12 гектаров ржи.", "Twelve hectares of oats were sown.", "ржи", "oats"),
        ("Завод выплавил 80 тонн стали.", "The works smelted 80 tons of pig iron.", "стали", "pig iron"),
        ("Отгружено 7 тонн мазута.", "Seven tons of diesel fuel were shipped.", "мазута", "diesel fuel"),
        ("Лампы заправляют керосином.", "The lamps are filled with petrol.", "керосином", "petrol"),
    ],
)
def test_an_arm_animal_crop_metal_or_fuel_given_as_another_of_its_kind_is_major(ru, en, said, rendered):
    assert cited(ru, en) == [(said, rendered, Severity.MAJOR)]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Работали два инженерных батальона.", "Two sapper battalions were at work."),
        ("Прибыла рота связи.", "A signals company arrived."),
        ("Падеж скота достиг 5 процентов.", "Losses of cattle reached 5 percent."),
        ("Поголовье овец выросло.", "The number of sheep grew."),
        ("Сдано 9 тонн хлеба.", "Nine tons of grain were delivered."),
        ("Не хватает горючего.", "There is a shortage of fuel."),
        ("Горюче-смазочные материалы идут поездом.", "Fuel and lubricants go by train."),
        ("Отгружено 40 тонн проката.", "Forty tons of rolled steel were shipped."),
        ("Нефтепродукты идут танкерами.", "The oil goes by tanker."),
        (
            "Посол Яков Малик беседовал с верблюдоводами.",
            "Ambassador Yakov Malik met the camel herders.",
        ),
    ],
)
def test_arms_animals_crops_metals_and_fuels_in_their_usual_renderings_give_no_finding(ru, en):
    assert cited(ru, en) == []


def test_a_term_in_a_phrase_is_matched_with_the_rival_in_the_same_phrase():
    # the engineers stand by the battalions: their rival is the "signal" there, not the company's "signals"
    ru = "В распоряжение штаба армии прошу прислать два инженерных батальона и роту связи."
    en = "Please send two signal battalions to the disposal of the army staff, and a signals company as well."
    ctx = context([(ru, en)])
    (found,) = check_term(ctx, config=Config())
    assert found.target_evidence[0].of(ctx.target_text) == "signal"
    assert found.target_evidence[0].start == en.index("signal battalions")


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Документ подписал Козлов.", "The document was signed by Bogdanov."),
        ("Доклад сделал т. Быков.", "The report was made by Cde. Orlov."),
    ],
)
def test_a_surname_made_of_an_animals_name_is_a_name_not_a_term(ru: str, en: str) -> None:
    report = check_texts(ru, en)
    assert [f.kind for f in report.findings if f.severity.value == "major"] == ["name"]


def test_the_animals_in_lower_case_are_still_terms() -> None:
    report = check_texts("Артели передано 300 козлов.", "The cooperative received 300 rams.")
    assert [f.kind for f in report.findings] == ["term"]
