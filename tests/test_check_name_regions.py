"""Regions named by a place adjective: a compass compound («Северо-Казахстанской») or a known region's
adjective meets its renderings (a calque, the people's own name) and differs from another region (the
examples are invented one-liners)."""

from __future__ import annotations

import pytest

from aligner.checks.name import check_name
from aligner.config import Config
from aligner.model import Severity
from check_helpers import context


def found(ru: str, en: str) -> list[tuple[str, Severity, str]]:
    return [(f.rule, f.severity, f.message) for f in check_name(context([(ru, en)]), config=Config())]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        (
            "Зимовка скота в Южно-Гобийском аймаке прошла благополучно.",
            "Cattle wintered well in the Ömnögovi aimag.",
        ),
        (
            "Зимовка скота в Южно-Гобийском аймаке прошла благополучно.",
            "Cattle wintered well in the South Gobi aimag.",
        ),
        ("Колодцы роют в Восточно-Гобийском аймаке.", "Wells are being dug in the East Gobi aimag."),
        ("Уголь из Северо-Восточного Китая задерживается.", "Coal from Northeast China is held up."),
        ("Уголь из Северо-Восточного Китая задерживается.", "Coal from Manchuria is held up."),
        ("Рыбу везут из Приморского края.", "Fish is brought from the Maritime Territory."),
        ("Рыбу везут из Приморского края.", "Fish is brought from Primorye."),
        ("Зерно поступило из Северо-Казахстанской области.", "Grain came from the North Kazakhstan Region."),
        ("Полк расквартирован в Западной Белоруссии.", "The regiment is quartered in Western Belorussia."),
    ],
)
def test_a_region_meets_its_renderings(ru, en):
    assert [f for f in found(ru, en) if f[1] is not Severity.MINOR] == []


@pytest.mark.parametrize(
    ("ru", "en", "said", "given"),
    [
        (
            "Зерно поступило из Северо-Казахстанской области.",
            "Grain came from the South Kazakhstan Region.",
            "Северо-Казахстанской",
            "South Kazakhstan",
        ),
        (
            "Полк расквартирован в Западной Белоруссии.",
            "The regiment is quartered in Eastern Belorussia.",
            "Западной Белоруссии",
            "Eastern Belorussia",
        ),
        (
            "Колодцы роют в Средне-Гобийском аймаке.",
            "Wells are being dug in the Dornogovi aimag.",
            "Средне-Гобийском",
            "Dornogovi",
        ),
        (
            "Рыбу везут из Хабаровского края.",
            "Fish is brought from the Maritime Territory.",
            "Хабаровского",
            "Maritime Territory",
        ),
    ],
)
def test_another_region_is_major(ru, en, said, given):
    majors = [f for f in found(ru, en) if f[1] is Severity.MAJOR]
    assert len(majors) == 1
    assert said in majors[0][2]
    assert given in majors[0][2]


def test_a_known_name_with_its_compass_turned_is_reported_once():
    majors = [
        f
        for f in found("Отряд переброшен в Северную Корею.", "The unit was moved to South Korea.")
        if f[1] is Severity.MAJOR
    ]
    assert len(majors) == 1


def test_two_regions_of_one_name_pair_by_their_compass():
    ru = "Скот перегнали из Южно-Казахстанской в Северо-Казахстанскую область."
    en = "The cattle were driven from South Kazakhstan to the South Kazakhstan Region."
    (finding,) = [f for f in found(ru, en) if f[0] == "name.compass"]
    assert "Северо-Казахстанскую" in finding[2]
    en_same = "The cattle were driven from South Kazakhstan to the North Kazakhstan Region."
    assert [f for f in found(ru, en_same) if f[0] == "name.compass"] == []


@pytest.mark.parametrize(
    ("ru", "en", "said", "given"),
    [
        (
            "Лес сплавляют из Вологодской области.",
            "Timber is floated from the Perm Region.",
            "Вологодской",
            "Perm",
        ),
        (
            "Скот закупили в Тувинском аймаке.",
            "Cattle were bought in the Zavkhan aimag.",
            "Тувинском",
            "Zavkhan",
        ),
    ],
)
def test_a_place_adjective_before_a_region_word_is_the_regions_name(ru, en, said, given):
    majors = [f for f in found(ru, en) if f[1] is Severity.MAJOR]
    assert len(majors) == 1
    assert said in majors[0][2]
    assert given in majors[0][2]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Лес сплавляют из Вологодской области.", "Timber is floated from the Vologda Region."),
        ("Совещание в Центральном округе открыл Орлов.", "Orlov opened the meeting in the Central District."),
        (
            "Скот пасется в Советском районе, сообщил Бат.",
            "Cattle graze in the Soviet District, Bat reported.",
        ),
    ],
)
def test_a_place_adjective_meets_its_name_and_a_common_adjective_is_none(ru, en):
    assert [f for f in found(ru, en) if f[1] is Severity.MAJOR] == []


def test_a_region_by_a_compass_word_under_another_name_is_minor():
    findings = check_name(
        context([("Заставы Северной Карелии усилены.", "The outposts of Eastern Lapland were reinforced.")]),
        config=Config(),
    )
    missing = [f for f in findings if f.rule == "name.missing"]
    assert missing
    assert all(f.severity is Severity.MINOR for f in missing)
    assert "another of its names" in missing[0].message


def test_a_name_changed_without_a_compass_word_stays_major():
    findings = check_name(
        context([("Заставы Карелии усилены.", "The outposts of Lapland were reinforced.")]), config=Config()
    )
    assert any(f.rule == "name.missing" and f.severity is Severity.MAJOR for f in findings)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Уголь идет из Донецкого бассейна.", "Coal comes from the Donetsk Basin."),
        (
            "Колхозы Бежецкого района сдали лен.",
            "The collective farms of Bezhetsk District have delivered their flax.",
        ),
    ],
)
def test_the_adjective_of_a_town_in_sk_meets_the_towns_name(ru, en):
    # «Бежецкого» is the adjective of Бежецк: its name keeps the «цк» the ending would take off
    assert found(ru, en) == []
