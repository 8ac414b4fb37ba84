"""The term check on hand-built beads: a term rendered as another of its kind is flagged."""

from __future__ import annotations

import pytest

from aligner.checks import CHECKS
from aligner.checks.term import check_term
from aligner.config import Config
from aligner.model import Severity
from check_helpers import context

SEED_RU = (
    "разрешить использование 25-35 Советских воинских Советников в штабе фронта "
    "Корейской Армии и штабах 2х армейских фронтов т.к. национальные воинские "
    "кадры еще недостаточно овладели искусством ведения современных войн."
)
SEED_EN = (
    "to allow the use of 25-30 Soviet military advisors at the Front Headquarters of the "
    "Korean Army and in the Headquarters of two army groups, since the national military "
    "cadres have not yet sufficiently mastered the art of commanding modern troops."
)


def findings(pairs):
    ctx = context(pairs)
    return ctx, list(check_term(ctx, config=Config()))


def test_seed_fronts_against_army_groups_and_wars_against_troops():
    ctx, found = findings([(SEED_RU, SEED_EN)])
    cited = [
        (
            [s.of(ctx.source_text) for s in f.source_evidence],
            [s.of(ctx.target_text) for s in f.target_evidence],
        )
        for f in found
    ]
    assert cited == [
        (["фронтов"], ["army groups"]),
        (["ведения современных войн"], ["commanding modern troops"]),
    ]
    assert all(f.severity == Severity.MAJOR and f.rule == "term.changed" for f in found)
    assert "army group" in found[0].message
    assert "front" in found[0].message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("в штабе фронта", "at the Front Headquarters"),
        ("Корейской Армии", "of the Korean Army"),
        ("советских войск", "of Soviet troops"),
        ("искусством вождения современных войск", "the art of commanding modern troops"),
        ("ведения современных войн", "waging modern wars"),
        ("штабах двух фронтов", "the headquarters of two fronts"),
    ],
)
def test_terms_rendered_by_their_glossary_forms_give_no_finding(ru, en):
    assert findings([(ru, en)])[1] == []


def test_war_rendered_as_troops_is_a_confusion():
    ctx, (f,) = findings([("опыт современных войн", "the experience of modern troops")])
    assert [s.of(ctx.target_text) for s in f.target_evidence] == ["troops"]


def test_a_term_merely_left_out_is_not_this_checks_business():
    assert findings([("в штабе фронта", "at headquarters")])[1] == []


def test_check_is_registered():
    assert "term" in CHECKS


@pytest.mark.parametrize(
    ("ru", "en", "said", "rendered"),
    [
        ("Создано пять совхозов.", "Five collective farms were set up.", "совхозов", "collective farms"),
        ("Вышли три эсминца.", "Three cruisers sailed.", "эсминца", "cruisers"),
        (
            "Грузы пойдут по КВЖД.",
            "The goods will go by the South Manchurian Railway.",
            "КВЖД",
            "South Manchurian Railway",
        ),
        # farm specialists and branch ministries
        ("Прибыли четыре агронома.", "Four veterinarians arrived.", "агронома", "veterinarians"),
        ("Нужны зоотехники.", "Agronomists are needed.", "зоотехники", "Agronomists"),
        (
            "Проект внес Наркомат путей сообщения.",
            "The draft came from the Ministry of the River Fleet.",
            "Наркомат путей сообщения",
            "Ministry of the River Fleet",
        ),
    ],
)
def test_a_farm_ship_or_railway_rendered_as_another_is_flagged(ru, en, said, rendered):
    ctx, found = findings([(ru, en)])
    (f,) = found
    assert f.rule == "term.changed"
    assert [s.of(ctx.source_text) for s in f.source_evidence] == [said]
    assert [s.of(ctx.target_text) for s in f.target_evidence] == [rendered]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Пять госхозов и два колхоза.", "Five state farms and two collective farms."),
        ("Два эскадренных миноносца и крейсер.", "Two destroyers and a cruiser."),
        ("Управление КЧЖД.", "The administration of the Chinese Changchun Railway."),
        ("Прибыли два ветврача и зоотехник.", "Two vets and a livestock specialist arrived."),
        ("Проект внесло МПС.", "The draft came from the Ministry of Railways."),
        ("Проект внесло Министерство путей сообщения.", "It came from the Ministry of Communications."),
        ("Проект внес Минморфлот.", "The draft came from the Ministry of the Merchant Marine."),
    ],
)
def test_farms_ships_and_railways_rendered_right_are_not_flagged(ru, en):
    assert findings([(ru, en)])[1] == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Сенат одобрил бюджет.", "The senate approved the budget."),
        ("Верховный суд отклонил иск.", "The court rejected the claim."),
        ("Суд отклонил иск.", "The Supreme Court rejected the claim."),
        ("Правительство ушло в отставку.", "The cabinet resigned."),
        ("Эксперты сомневаются.", "Analysts are doubtful."),
        ("Беспилотник сбили над морем.", "The drone was shot down over the sea."),
    ],
)
def test_bodies_people_and_weapons_rendered_by_their_forms_give_no_finding(ru, en):
    assert findings([(ru, en)])[1] == []


@pytest.mark.parametrize(
    ("ru", "en", "said", "rendered"),
    [
        ("Министерство одобрило проект.", "The senate approved the project.", "ministry", "senate"),
        ("Парламент принял закон.", "Congress passed the law.", "parliament", "congress"),
        ("Дипломаты покинули город.", "The journalists left the city.", "diplomat", "journalist"),
        ("Вертолет упал в реку.", "The bomber fell into the river.", "helicopter", "bomber"),
        ("Танки вошли в город.", "Missiles hit the city.", "tank", "missile"),
    ],
)
def test_a_body_person_or_weapon_rendered_as_another_of_its_kind_is_major(ru, en, said, rendered):
    (f,) = findings([(ru, en)])[1]
    assert (f.rule, f.severity) == ("term.changed", Severity.MAJOR)
    assert f"({said})" in f.message
    assert f"({rendered})" in f.message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Президент подписал закон.", "The president signed the bill."),
        ("Стороны подписали договор.", "The parties signed a deal."),
        ("Выборы пройдут в марте.", "The vote will take place in March."),
        ("Флот получил новые корабли.", "The Navy received new ships."),
    ],
)
def test_laws_votes_and_services_in_their_usual_renderings_give_no_finding(ru, en):
    assert findings([(ru, en)])[1] == []


@pytest.mark.parametrize(
    ("ru", "en", "said", "rendered"),
    [
        ("Президент подписал закон.", "The president signed the decree.", "law", "decree"),
        ("Выборы пройдут в марте.", "The referendum will take place in March.", "election", "referendum"),
        ("Флот получил новые самолеты.", "The air force received new aircraft.", "navy", "air force"),
        ("Полиция оцепила район.", "Border guards cordoned off the area.", "police", "border guards"),
    ],
)
def test_a_law_vote_or_service_rendered_as_another_of_its_kind_is_major(ru, en, said, rendered):
    (f,) = findings([(ru, en)])[1]
    assert (f.rule, f.severity) == ("term.changed", Severity.MAJOR)
    assert f"({said})" in f.message
    assert f"({rendered})" in f.message


@pytest.mark.parametrize(
    ("ru", "en", "rules"),
    [
        # a directorate rendered as a ministry known by its whole name
        (
            "Вопрос решит главное управление связи.",
            "The question will be settled by the Ministry of Finance.",
            ["term.in_name"],
        ),
        # the same institution named on both sides is no change
        (
            "Вопрос решит Министерство финансов.",
            "The question will be settled by the Ministry of Finance.",
            [],
        ),
        (
            "Вопрос решит главное управление связи.",
            "The question will be settled by the Chief Directorate of Communications.",
            [],
        ),
    ],
)
def test_a_term_rendered_as_a_named_institution_of_another_kind(ru, en, rules):
    assert [f.rule for f in findings([(ru, en)])[1]] == rules


def test_a_state_council_given_as_a_congress_is_another_body():
    ru = "Проект одобрил Госсовет республики."
    assert [f.rule for f in findings([(ru, "The draft was approved by the republic's Congress.")])[1]] == [
        "term.changed"
    ]
    assert findings([(ru, "The draft was approved by the republic's State Council.")])[1] == []


@pytest.mark.parametrize(
    ("ru", "en", "severity"),
    [
        ("Канцлер выступил в парламенте с докладом.", "The Chancellor addressed the lower house.", "minor"),
        ("Законопроект отклонен сенатом.", "The bill was rejected by Congress.", "minor"),
        ("Министр выступил в палате общин.", "The Minister spoke in the House of Lords.", "major"),
    ],
)
def test_a_body_rendered_by_its_chamber_or_the_whole_is_a_minor_note(ru, en, severity):
    _, (f,) = findings([(ru, en)])
    assert f.severity.value == severity


def test_a_short_acronym_of_the_glossary_is_matched_as_written_not_by_a_stem() -> None:
    # «НОА» (the People's Liberation Army): its "stem" «но» is the conjunction "but"
    from aligner.pipeline import check_texts

    report = check_texts("Но наряд прибыл поздно.", "But the police arrived late.")
    assert [f for f in report.findings if f.kind == "term"] == []


def test_a_central_bank_given_as_a_national_bank_is_a_term_finding() -> None:
    from aligner.pipeline import check_texts

    ru = "Расчёты ведутся через Центральный банк Чили."
    changed = check_texts(ru, "Settlements go through the National Bank of Chile.")
    assert [f.severity.value for f in changed.findings if f.kind == "term"] == ["major"]
    same = check_texts(ru, "Settlements go through the Central Bank of Chile.")
    assert [f for f in same.findings if f.kind == "term"] == []


@pytest.mark.parametrize(
    ("ru", "en", "severities"),
    [
        ("Полиция оцепила район.", "The militia cordoned off the area.", ["major"]),
        ("Милиция оцепила район.", "The police cordoned off the area.", []),
        ("Милиция оцепила район.", "The militia cordoned off the area.", []),
        ("Милиционер задержал нарушителя.", "A policeman detained the offender.", []),
    ],
)
def test_the_militia_may_be_rendered_police_but_a_police_force_is_no_militia(ru, en, severities) -> None:
    from aligner.pipeline import check_texts

    report = check_texts(ru, en)
    assert [f.severity.value for f in report.findings if f.kind == "term"] == severities


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        (
            "Бомбардировочная дивизия на самолетах Ту-4 прибыла.",
            "The Bomber Division, flying Tu-4s, has arrived.",
        ),
        ("Бомбардировочный полк на самолетах Ил-4 ушел.", "The Bomber Regiment, flying Il-4s, has left."),
    ],
)
def test_a_bomber_unit_flying_a_designated_type_is_no_changed_aircraft(ru, en):
    _, found = findings([(ru, en)])
    assert [f.message for f in found] == []


def test_an_ambiguous_rendering_is_named_by_the_reading_of_the_source_term_s_family():
    ctx = context([("Завод выпустил 30 бомбардировщиков.", "The works turned out 30 fighters.")])
    (f,) = check_term(ctx, config=Config())
    assert f.message.endswith("renders it “fighters” (fighter).")


@pytest.mark.parametrize(
    ("ru", "en", "cited"),
    [
        (
            "Посольство ссылается на ноту Министерства от 5 мая.",
            "The Embassy refers to the Ministry's memorandum of May 5.",
            (["ноту"], ["memorandum"]),
        ),
        (
            "Согласно протоколу, подписанному в Праге, поставки увеличены.",
            "Under the agreement signed in Prague, the deliveries were increased.",
            (["протоколу"], ["agreement"]),
        ),
    ],
)
def test_a_diplomatic_note_or_protocol_given_as_another_document_is_flagged(ru, en, cited):
    ctx, found = findings([(ru, en)])
    src = [[s.of(ctx.source_text) for s in f.source_evidence] for f in found]
    tgt = [[s.of(ctx.target_text) for s in f.target_evidence] for f in found]
    assert list(zip(src, tgt, strict=True)) == [cited]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("ссылаясь на ноту Посольства № 12", "with reference to the Embassy's note No. 12"),
        ("вручил памятную записку", "handed over an aide-mémoire"),
        ("подписали протокол о поставках", "signed the protocol on deliveries"),
    ],
)
def test_a_note_an_aide_memoire_and_a_protocol_in_their_own_words_give_no_finding(ru, en):
    assert findings([(ru, en)])[1] == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        # отдел is a department: the consulate rendered by an adjective is no term changed into it
        (
            "Анкеты сотрудников консульства передать в Северный отдел Министерства.",
            "The forms of the consular staff are to go to the Northern Department of the Ministry.",
        ),
        ("Справку подготовил отдел печати.", "The note was prepared by the Press Division."),
    ],
)
def test_a_section_rendered_as_a_department_gives_no_finding(ru, en):
    assert [f for f in findings([(ru, en)])[1] if f.severity is Severity.MAJOR] == []


@pytest.mark.parametrize(
    ("ru", "en", "changed"),
    [
        (
            "Расформировываются две стрелковые дивизии 3-го корпуса и 7-я дивизия.",
            "Two rifle brigades of the 3rd Corps and the 7th division are disbanded.",
            "стрелковые дивизии",  # a rifle division is a term of its own
        ),
        (
            "Расформировываются две стрелковые дивизии 3-го корпуса и 7-я дивизия.",
            "Two rifle divisions of the 3rd Corps and the 7th brigade are disbanded.",
            "дивизия",
        ),
    ],
)
def test_of_two_like_terms_the_one_far_from_the_kept_counterpart_is_the_changed_one(ru, en, changed):
    _, found = findings([(ru, en)])
    assert [(f.severity, ru[f.source_evidence[0].start : f.source_evidence[0].end]) for f in found] == [
        (Severity.MAJOR, changed)
    ]


@pytest.mark.parametrize(
    ("ru", "en", "changed"),
    [
        (
            "Вечером 5.3 у села Ольховка полк сменил полк соседней дивизии.",
            (
                "In the evening of March 5, near the village of Olkhovka, "
                "the regiment relieved a battalion of the neighbouring division."
            ),
            "полк соседней",
        ),
        (
            "Вечером 5.3 у села Ольховка полк сменил полк соседней дивизии.",
            (
                "In the evening of March 5, near the village of Olkhovka, "
                "the battalion relieved a regiment of the neighbouring division."
            ),
            "полк сменил",
        ),
    ],
)
def test_of_two_like_terms_the_changed_one_keeps_the_order_of_the_rival_left_over(ru, en, changed):
    # the translation's longer opening moves both terms right: order decides, not distance
    _, found = findings([(ru, en)])
    starts = [f.source_evidence[0].start for f in found if f.severity is Severity.MAJOR]
    assert starts == [ru.index(changed)]


def test_a_detachment_given_as_a_division_is_a_changed_term_and_as_a_unit_none():
    _, found = findings(
        [("Переправу охранял отряд пограничников.", "The crossing was guarded by a border division.")]
    )
    assert [f.severity for f in found] == [Severity.MAJOR]
    _, found = findings(
        [("Переправу охранял отряд пограничников.", "The crossing was guarded by a border unit.")]
    )
    assert found == []
