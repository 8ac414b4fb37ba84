"""The title check on hand-built beads: a rank rendered as another rank is flagged."""

from __future__ import annotations

import pytest

from aligner.checks import CHECKS
from aligner.checks.title import check_title
from aligner.config import Config
from aligner.model import Severity
from check_helpers import context


def findings(pairs):
    ctx = context(pairs)
    return ctx, list(check_title(ctx, config=Config()))


def test_seed_colonel_general_against_generalissimo():
    ctx, found = findings(
        [
            (
                "Председателю Совета Министров Союза ССР. Генерал-полковнику тов. Сталину И. В.",
                (
                    "To the Chairman of the Council of Ministers of the Soviet Union, Generalissimo, "
                    "Cde. I.V. Stalin"
                ),
            ),
        ]
    )
    (f,) = found
    assert f.kind == "title"
    assert f.severity == Severity.MAJOR
    assert [s.of(ctx.source_text) for s in f.source_evidence] == ["Генерал-полковнику"]
    assert [s.of(ctx.target_text) for s in f.target_evidence] == ["Generalissimo"]
    assert "Colonel General" in f.message
    assert "Generalissimo" in f.message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        (
            "Председатель Кабинета Министров КНДР",
            "Chairman of the Cabinet of Ministers of the DPRK",
        ),
        ("Председателю Совета Министров", "To the Chairman of the Council of Ministers"),
        ("генерал-лейтенанту Васильеву", "to Lieutenant General Vasiliev"),
        ("генерал-полковник Штеменко", "General Shtemenko"),
        ("послу СССР в КНДР", "to the Soviet Ambassador in the DPRK"),
        ("Председатель Совета Министров", "the Premier"),
        ("маршалу Советского Союза Василевскому", "to Marshal of the Soviet Union Vasilevsky"),
        ("начальник отдела кадров Орлов", "Personnel Department Head Orlov"),
        ("начальнику управления Белову", "to the Head of the Directorate, Belov"),
    ],
)
def test_same_title_gives_no_finding(ru, en):
    assert findings([(ru, en)])[1] == []


@pytest.mark.parametrize(
    ("ru", "en", "label"),
    [
        ("генерал-майор Петров", "Lieutenant General Petrov", "Major General"),
        ("полковник Ким", "Major Kim", "Colonel"),
        ("министру иностранных дел", "to the Minister of Defense", "Minister of Foreign Affairs"),
    ],
)
def test_another_title_of_the_same_family_is_major(ru, en, label):
    (f,) = findings([(ru, en)])[1]
    assert f.severity == Severity.MAJOR
    assert f.rule == "title.changed"
    assert label in f.message


def test_title_without_counterpart_is_minor():
    (f,) = findings([("послу Штыкову", "to Shtykov")])[1]
    assert f.severity == Severity.MINOR
    assert f.rule == "title.missing"


def test_dropped_comrade_is_only_info():
    (f,) = findings([("тов. Штыкову", "to Shtykov")])[1]
    assert f.severity == Severity.INFO


def test_check_is_registered():
    assert "title" in CHECKS


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Послание г-ну Д. Брауну от премьера.", "Message to Mr. D. Brown from the Premier."),
        ("ПОСЛАНИЕ Г-НУ Д. БРАУНУ", "MESSAGE TO MR. D. BROWN"),
        ("Визит г-жи Браун отложен.", "Mrs. Brown's visit is postponed."),
    ],
)
def test_an_abbreviated_form_of_address_meets_mister(ru, en):
    assert findings([(ru, en)])[1] == []


def test_an_abbreviation_needs_its_hyphen():
    # "г. на" is a year and a preposition, not "г-на" (Mr.)
    assert findings([("В 1950 г. на заводе было тихо.", "In 1950 the factory was quiet.")])[1] == []


def test_two_admirals_of_one_sentence_are_paired_by_their_holders():
    ctx, found = findings(
        [
            (
                "Контр-адмирал Беккер встретится с вице-адмиралом Орловым.",
                "Vice-Admiral Becker will meet Vice-Admiral Orlov.",
            )
        ]
    )
    (f,) = found
    assert f.rule == "title.changed"
    assert [s.of(ctx.source_text) for s in f.source_evidence] == ["Контр-адмирал"]
    assert [s.of(ctx.target_text) for s in f.target_evidence] == ["Vice-Admiral"]
    assert f.target_evidence[0].start == 0  # Becker's title, not Orlov's


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Маршал авиации Петров прибыл.", "Air Marshal Petrov arrived."),
        ("Капитан третьего ранга Сидоров прибыл.", "Lieutenant Commander Sidorov arrived."),
        ("Сержант Котов ранен.", "Sergeant Kotov was wounded."),
    ],
)
def test_ranks_of_other_services_meet_their_renderings(ru, en):
    assert findings([(ru, en)])[1] == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Вице-премьер посетил завод.", "The Deputy Prime Minister visited the plant."),
        ("Замглавы МИД провел переговоры.", "The Deputy Foreign Minister held talks."),
        ("Госсекретарь прилетел в Анкару.", "The Secretary of State flew to Ankara."),
        ("Губернатор подписал указ.", "The governor signed the decree."),
        ("Пресс-секретарь не ответил.", "The spokesman did not reply."),
        ("Депутаты приняли закон.", "The lawmakers passed the law."),
        ("Глава МИД выступил.", "The Foreign Minister spoke."),
    ],
)
def test_modern_offices_rendered_by_their_usual_forms_give_no_finding(ru, en):
    assert findings([(ru, en)])[1] == []


@pytest.mark.parametrize(
    ("ru", "en", "said", "rendered"),
    [
        (
            "Вице-президент выступил в сенате.",
            "The President spoke in the senate.",
            "Vice President",
            "President",
        ),
        (
            "Президент выступил по радио.",
            "The Vice President spoke on the radio.",
            "President",
            "Vice President",
        ),
        ("Губернатор открыл мост.", "The mayor opened the bridge.", "Governor", "Mayor"),
        ("Сенатор прибыл в столицу.", "The congressman arrived in the capital.", "Senator", "Congressman"),
        ("Король принял гостей.", "The emperor received the guests.", "King", "Emperor"),
        (
            "Министр здравоохранения уехал.",
            "The Justice Minister left.",
            "Minister of Health",
            "Minister of Justice",
        ),
    ],
)
def test_a_modern_office_rendered_as_another_of_its_family_is_major(ru, en, said, rendered):
    (f,) = findings([(ru, en)])[1]
    assert (f.rule, f.severity) == ("title.changed", Severity.MAJOR)
    assert said in f.message
    assert rendered in f.message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Замминистра обороны прибыл.", "The Deputy Defense Minister arrived."),
        ("Заместитель министра финансов прибыл.", "The Deputy Finance Minister arrived."),
        ("Вице-спикер прибыл.", "The Deputy Speaker arrived."),
        ("Вице-губернатор прибыл.", "The Deputy Governor arrived."),
    ],
)
def test_a_deputy_written_before_another_title_is_the_deputys_office(ru, en):
    assert findings([(ru, en)])[1] == []


def test_a_minister_rendered_as_his_deputy_is_major():
    (f,) = findings([("Министр обороны прибыл.", "The Deputy Defense Minister arrived.")])[1]
    assert (f.rule, f.severity) == ("title.changed", Severity.MAJOR)
    assert "Deputy Minister" in f.message


def test_an_abbreviated_deputy_is_the_deputy_title() -> None:
    from aligner.pipeline import check_texts

    same = check_texts("Зам. министра Орлов подписал протокол.", "Deputy Minister Orlov signed the protocol.")
    assert [f for f in same.findings if f.kind == "title" and f.severity.value in ("major", "critical")] == []
    other = check_texts("Зам. министра Орлов подписал протокол.", "Minister Orlov signed the protocol.")
    assert [f.severity.value for f in other.findings if f.kind == "title"] == ["major"]


@pytest.mark.parametrize(
    ("ru", "en", "major"),
    [
        ("Младший сержант Белов открыл огонь.", "Sergeant Belov opened fire.", True),
        ("Младший сержант Белов открыл огонь.", "Junior Sergeant Belov opened fire.", False),
        (
            "Первый секретарь посольства Белов передал ноту.",
            "Second Secretary Belov handed over the note.",
            True,
        ),
        ("Военный министр заявил о готовности.", "The Secretary of State for War declared readiness.", False),
    ],
)
def test_grades_of_one_rank_and_offices_by_their_own_names(ru, en, major) -> None:
    from aligner.pipeline import check_texts

    found = [f for f in check_texts(ru, en).findings if f.kind == "title" and f.severity.value == "major"]
    assert bool(found) is major


def test_readers_of_a_paper_are_no_academic_title() -> None:
    from aligner.pipeline import check_texts

    report = check_texts("Газета получила письма читателей.", "The paper received letters from readers.")
    assert [f for f in report.findings if f.kind == "title"] == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Прибыл генерал-майор Уолш.", "Brigadier General Walsh arrived."),
        ("Прибыл бригадный генерал Уолш.", "Major General Walsh arrived."),
    ],
)
def test_a_one_star_general_is_no_major_general(ru, en):
    _, found = findings([(ru, en)])
    (f,) = found
    assert f.kind == "title"
    assert f.severity == Severity.MAJOR


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Прибыл бригадный генерал Уолш.", "Brigadier General Walsh arrived."),
        ("Прибыл бригадный генерал Уолш.", "Brigadier Walsh arrived."),
        ("Прибыл комбриг Седов.", "Brigadier Sedov arrived."),
    ],
)
def test_a_one_star_general_rendered_as_such_is_no_finding(ru, en):
    _, found = findings([(ru, en)])
    assert [f for f in found if f.severity in (Severity.MAJOR, Severity.CRITICAL)] == []


def test_a_minister_made_the_prime_minister_is_a_changed_title():
    ru = "Министр иностранных дел г-н Вальд прибудет завтра."
    _, found = findings([(ru, "Mr. Wald, Prime Minister, will arrive tomorrow.")])
    assert [f.severity for f in found] == [Severity.MAJOR]
    assert "Minister of Foreign Affairs" in found[0].message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        (
            "Поручить Минфину (т. Зимин) подготовить смету.",
            "To instruct the Ministry of Finance (Cde. Zimin) to draw up an estimate.",
        ),
        ("Поручить тт. Зимину и Орлову.", "To instruct Comrades Zimin and Orlov."),
    ],
)
def test_a_comrade_abbreviated_to_one_letter_accounts_for_the_translations_comrade(ru, en):
    assert [f.rule for f in findings([(ru, en)])[1]] == []


def test_a_ton_is_no_comrade():
    found = findings([("Отгрузить 5 т. зерна Зимину.", "To ship 5 tons of grain to Comrade Zimin.")])[1]
    assert [f.rule for f in found] == ["title.added"]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Присутствовал советник посольства Ласло Ковач.", "Present was Embassy First Secretary Kovács."),
        ("Присутствовал первый секретарь посольства Орлов.", "Present was Counsellor of the Embassy Orlov."),
        ("Был второй секретарь миссии Орлов.", "There was Legation First Secretary Orlov."),
    ],
)
def test_an_embassy_secretary_and_a_counsellor_given_for_one_another_are_major(ru, en):
    (f,) = findings([(ru, en)])[1]
    assert (f.kind, f.severity) == ("title", Severity.MAJOR)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Присутствовал первый секретарь посольства Орлов.", "Present was First Secretary Orlov."),
        ("Присутствовал первый секретарь посольства Орлов.", "Present was Embassy First Secretary Orlov."),
        ("Выступил первый секретарь обкома Орлов.", "First Secretary of the regional committee Orlov spoke."),
    ],
)
def test_an_embassy_or_a_party_first_secretary_as_first_secretary_is_no_finding(ru, en):
    assert findings([(ru, en)])[1] == []


def test_a_comrade_abbreviated_to_one_letter_may_be_given_as_mister():
    # the published English of wartime letters to the Allies writes "Mr." for «т.»
    found = findings([("С делегацией выедет т. Зимин.", "Mr. Zimin will go with the delegation.")])[1]
    assert [f.rule for f in found] == []


def test_a_head_of_government_given_as_the_party_first_secretary_is_major():
    ru = "Пленум избрал Берута Председателем Совета Министров."
    _, found = findings([(ru, "The plenum elected Bierut First Secretary.")])
    assert [(f.severity, f.message) for f in found] == [
        (
            Severity.MAJOR,
            (
                "The source says Chairman of the Council of Ministers (“Председателем Совета Министров”); "
                "the translation says First Secretary."
            ),
        )
    ]


def test_a_first_secretary_and_a_premier_each_rendered_give_no_finding():
    _, found = findings(
        [
            (
                "Присутствовали Первый секретарь ЦК Новотный и Председатель Совета Министров Широкий.",
                (
                    "Present were the First Secretary of the CC Novotný and "
                    "the Chairman of the Council of Ministers Široký."
                ),
            )
        ]
    )
    assert found == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Командир корпуса Белов доложил.", "The corps commander Belov reported."),
        ("Командующий армией Сизов прибыл в штаб.", "The army commander Sizov arrived at headquarters."),
    ],
)
def test_a_commander_of_a_corps_or_army_meets_its_english_compound(ru, en):
    _, found = findings([(ru, en)])
    assert found == []


def test_a_minister_of_defence_given_as_the_chief_of_the_general_staff_is_major():
    ru = "Доклад сделал министр обороны Малиновский."
    _, found = findings([(ru, "The report was made by the Chief of the General Staff Malinovsky.")])
    assert [f.severity for f in found] == [Severity.MAJOR]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        # a начальник is a head in a careful translation, of an office of any name
        (
            "Начальник цеха тов. Громов снят с работы.",
            "Comrade Gromov, head of the shop, has been dismissed.",
        ),
        ("Начальнику Главного управления лесного хозяйства", "To the Head of the Main Forestry Directorate"),
        # the капитан of a merchant vessel is her master
        (
            "Капитан парохода показал, что груз принят в Одессе.",
            "The master of the steamer stated that the cargo was taken on at Odessa.",
        ),
        # a counsellor of an embassy, in lower case and in the British spelling
        (
            "Беседу вел советник посольства тов. Лаптев.",
            "The talk was conducted by the embassy counsellor, Comrade Laptev.",
        ),
    ],
)
def test_a_title_in_a_careful_translators_words_is_no_finding(ru, en):
    _, found = findings([(ru, en)])
    assert [f.message for f in found] == []


def test_a_loose_rendering_accounts_for_one_title_only():
    # two начальники, one "head": the second is not rendered
    _, found = findings(
        [
            (
                "Начальник станции и начальник депо вызваны в управление.",
                "The head of the station has been summoned.",
            )
        ]
    )
    (f,) = found
    assert f.rule == "title.missing"


def test_a_loose_rendering_elsewhere_in_the_document_does_not_count():
    _, found = findings(
        [
            ("Начальник цеха тов. Громов снят с работы.", "Comrade Gromov has been dismissed."),
            ("Цех выполнил план.", "The head office fulfilled the plan."),
        ]
    )
    assert [f.rule for f in found] == ["title.missing"]
