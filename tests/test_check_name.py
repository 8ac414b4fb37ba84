"""The name check on hand-built beads: a name one side gives and the other does not is flagged."""

from __future__ import annotations

import pytest

from aligner.checks import CHECKS, CheckContext
from aligner.checks.name import check_name, word_accounted
from aligner.config import Config
from aligner.features import analyse
from aligner.model import Alignment, Bead, Segment, Severity, Side, Span
from aligner.pipeline import check_texts
from check_helpers import context


def findings(pairs):
    ctx = context(pairs)
    return ctx, list(check_name(ctx, config=Config()))


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        (
            "Преданный Вам - КИМ ИР СЕН Председатель Кабинета Министров КНДР.",
            "Kim Il Sung Chairman of the Cabinet of Ministers of the DPRK",
        ),
        ("- Пхеньян - 8 июля 1950 года -", "City of Pyongyang 08.07.1950"),
        ("Мао Цзэдун принял посла.", "Mao Tse-tung received the ambassador."),
        ("Мао Цзэдун принял посла.", "Mao Zedong received the ambassador."),
        ("Речь Хрущева была длинной.", "Khrushchev's speech was long."),
        (
            "помочь корейскому народу избавиться от американских империалистов",
            "to help the Korean people get rid of American imperialists",
        ),
        ("в штабе Корейской Армии", "at the Headquarters of the Korean Army"),
        ("25-35 Советских воинских Советников", "25-30 Soviet military advisors"),
        ("Главный редактор Дмитрий Муратов призвал", "Chief Editor Dmitry Muratov called"),
        (
            "Новая Каледония находится далеко от Франции.",
            "New Caledonia is far from mainland France.",
        ),
        ("Туристы прибыли в Каир.", "The tourists arrived in Cairo."),
        ("Беспружинный матрас.", "Springless mattress."),
        ("Договор подписан 5 ноября 1950 года.", "The treaty was signed on Nov. 5, 1950."),
    ],
)
def test_one_name_in_two_scripts_gives_no_finding(ru, en):
    assert findings([(ru, en)])[1] == []


def test_seed_novosibirsk_absent_from_translation_is_major():
    ctx, found = findings(
        [
            (
                "за помощь, которую Вы, Губерния Сибирии и Новосибирск оказываете нашему народу",
                "for the assistance that you, Comrade Stalin, invariably extend to our people",
            ),
        ]
    )
    missing = [f for f in found if f.rule == "name.missing"]
    assert "Новосибирск" in [s.of(ctx.source_text) for f in missing for s in f.source_evidence]
    assert all(f.severity == Severity.MAJOR for f in missing)
    assert any("Новосибирск" in f.message for f in missing)


def test_a_replaced_name_is_flagged_both_ways():
    _, found = findings([("Письмо Сталину от Ким Ир Сена.", "A letter to Molotov from Kim Il Sung.")])
    assert {f.rule for f in found} == {"name.missing", "name.added"}
    assert {f.severity for f in found if f.rule == "name.missing"} == {Severity.MAJOR}


def test_names_in_an_untranslated_passage_are_listed_as_minor():
    src = "Преданный Ком. Урала - Председатель Кабинета Министров КНДР."
    seg = Segment("s1", "source", src, Span(0, len(src)), "text", offsets=tuple(range(len(src))))
    ctx = CheckContext(
        source=Side("source", "ru", (seg,)),
        target=Side("target", "en", ()),
        alignment=Alignment((Bead(("s1",), ()),)),
        features={"s1": analyse(seg, language="ru")},
        source_text=src,
        target_text="",
    )
    (f,) = check_name(ctx, config=Config())
    assert f.severity == Severity.MINOR
    assert f.rule == "name.untranslated"
    assert "Урала" in [s.of(src) for s in f.source_evidence]
    assert "Урала" in f.message


def test_adjectives_of_countries_meet_their_countries():
    assert word_accounted("Korean", "en", ["Корея"])
    assert word_accounted("американских", "ru", ["America"])
    assert not word_accounted("Novosibirsk", "en", ["Москва"])


def test_a_peoples_republics_acronym_meets_its_peoples_adjective():
    # «гражданину ПНР» = "the Polish citizen", «Совет Министров ВНР» = "the HPR Council of Ministers"
    assert word_accounted("ПНР", "ru", ["Polish"])
    assert word_accounted("ВНР", "ru", ["HPR"])
    assert word_accounted("НРБ", "ru", ["Bulgarian"])
    assert not word_accounted("ПНР", "ru", ["Hungarian"])
    pair = ("Визу получил гражданин ПНР Ян Вуйцик.", "The Polish citizen Jan Wójcik got a visa.")
    assert findings([pair])[1] == []


def test_autonomous_republics_meet_the_adjectives_of_their_peoples():
    assert word_accounted("Туве", "ru", ["Tuvan"])
    assert word_accounted("бурятских", "ru", ["Buryatia"])
    assert not word_accounted("Туве", "ru", ["Buryat"])


def test_check_is_registered():
    assert "name" in CHECKS


def test_a_name_meets_a_lower_case_adjective_made_from_it() -> None:
    from aligner.checks.name import word_accounted

    assert word_accounted("Tartu", "en", ["тартуские", "ученые"])
    assert word_accounted("Singapore", "en", ["сингапурскими", "зоопарками"])
    assert not word_accounted("Molotov", "en", ["маркам", "такого"])
    assert not word_accounted("Tokyo", "en", ["такого"])


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Войска вышли к Тэдонгану.", "The troops reached the Taedong River."),
        ("Границы Хубсугульского аймака", "The borders of the Khubsugul aimak"),
        ("Корабли вошли в Кольский залив.", "The ships entered the Kola Inlet."),
        ("в районе Улангомского монастыря", "near the Ulangom monastery"),
        ("Отряд ушёл к Ачитнуру.", "The party went to Achit-Nur."),
    ],
)
def test_name_adjectives_and_fused_generic_words_meet_their_renderings(ru, en):
    assert findings([(ru, en)])[1] == []


def test_an_editors_bracketed_name_is_not_an_addition():
    assert findings([("БОРИСОВ", "BORISOV [Kalinin]")])[1] == []


def test_a_changed_initial_is_a_finding():
    ctx, found = findings([("Доклад сделал Ю. Смирнов.", "The report was made by E. Smirnov.")])
    (f,) = [f for f in found if f.rule == "name.initials"]
    assert f.severity == Severity.MAJOR
    assert [s.of(ctx.source_text) for s in f.source_evidence] == ["Ю."]
    assert [s.of(ctx.target_text) for s in f.target_evidence] == ["E."]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Приказ подписал И. В. Орлов.", "The order was signed by J. V. Orlov."),
        ("Письмо г-ну Ф. Д. Брауну.", "A letter to Mr. F. D. Brown."),
        ("Подписал Орлов И. В.", "Signed: Orlov, J. V."),
        ("Докладчик Я. Котов.", "Speaker: Ya. Kotov."),
    ],
)
def test_initials_of_english_first_names_are_no_finding(ru, en):
    assert [f for f in findings([(ru, en)])[1] if f.rule == "name.initials"] == []


def test_a_name_given_as_another_name_is_major_and_one_left_out_is_minor():
    _, found = findings([("Приехал Ван Мин-чжэнь.", "Wang Lisan arrived.")])
    assert {f.rule: f.severity for f in found}.get("name.missing") == Severity.MAJOR
    _, found = findings([("Приехал Ван Мин-чжэнь.", "The minister arrived.")])
    assert [f.severity for f in found if f.rule == "name.missing"] == [Severity.MINOR]


def test_a_name_in_an_archive_reference_is_minor():
    _, found = findings([("ГАРФ, ф. 5, оп. 2, д. 3, л. 4.", "State Archive, fond 5, file 3, sheet 4.")])
    assert all(f.severity != Severity.MAJOR for f in found)


def test_an_adjective_of_a_listed_place_meets_its_rendering():
    # a place of names.toml, in an adjective: "of the Tallinn port"
    assert findings([("Работа Таллинского порта.", "The work of the Tallinn port.")])[1] == []


def _name_findings(pairs):
    return list(check_name(context(pairs), config=Config()))


def test_a_name_changed_once_is_major():
    (f,) = [
        f
        for f in _name_findings(
            [
                ("Товарищ Хорлоогийн прибыл в Кобдо.", "Comrade Batbayar arrived in Kobdo."),
                ("Всё готово.", "All is ready."),
            ]
        )
        if f.rule == "name.missing"
    ]
    assert f.severity == Severity.MAJOR


def test_two_names_unmatched_against_each_other_in_two_passages_are_a_spelling():
    found = [
        f
        for f in _name_findings(
            [
                ("Товарищ Хорлоогийн прибыл в Кобдо.", "Comrade Batbayar arrived in Kobdo."),
                ("Затем Хорлоогийн выступил с докладом.", "Then Batbayar gave a report."),
            ]
        )
        if f.rule == "name.missing"
    ]
    assert len(found) == 2
    assert all(f.severity == Severity.MINOR for f in found)
    assert all("another passage too" in f.message for f in found)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Корабли Тихоокеанского флота вышли в море.", "Ships of the Pacific Fleet put to sea."),
        ("Черноморское пароходство выделило судно.", "The Black Sea Shipping Company assigned a ship."),
        ("Вопрос согласован с ВЦСПС.", "The question has been agreed with the AUCCTU."),
        ("Вопрос согласован с ВЦСПС.", "It was agreed with the All-Union Central Council of Trade Unions."),
    ],
)
def test_a_sea_adjective_and_a_soviet_institution_meet_their_english_names(ru, en):
    _, found = findings([(ru, en)])
    assert [f.message for f in found] == []


def test_a_place_named_by_a_common_word_and_given_as_another_place_is_reported():
    ctx = context([("Колонна остановилась у деревни Сосны.", "The column halted near the village of Lipki.")])
    found = [f for f in check_name(ctx, config=Config()) if f.severity in (Severity.MAJOR, Severity.CRITICAL)]
    assert [s.of(ctx.source_text) for f in found for s in f.source_evidence] == ["Сосны"]


@pytest.mark.parametrize(
    ("rendered", "flagged"),
    [
        ("Cde. Timofeyenko", False),  # the same name, transliterated
        ("Cde. Timofeenko", False),
        ("Cde. Timofeev", True),  # a shorter name that holds its first sounds is another person
        ("Cde. Tikhonov", True),
    ],
)
def test_a_name_after_an_abbreviated_title_is_read_and_a_shorter_one_is_another(
    rendered: str, flagged: bool
) -> None:
    report = check_texts(
        "Поручить т. Тимофеенко подготовить справку к 1 мая.",
        f"To instruct {rendered} to prepare a note by May 1.",
        config=Config(),
    )
    assert any(f.kind == "name" for f in report.findings) is flagged


@pytest.mark.parametrize(
    ("en", "changed"),
    [
        ("Present was Deputy Minister Sung Jui-ch'ing.", True),  # another person, an aspirate in it
        ("Present was Deputy Minister Sung Kuei-po.", False),  # Wade-Giles of the same name
    ],
)
def test_a_wade_giles_name_with_an_aspirate_in_its_given_name_is_compared_whole(en, changed):
    found = findings([("Присутствовал заместитель министра Сун Гуй-бо.", en)])[1]
    assert any(f.rule == "name.missing" and f.severity == Severity.MAJOR for f in found) is changed
    # the whole name is found and shown, not its part before the apostrophe ("Sung Jui-ch")
    assert all("Jui-ch”" not in f.message for f in found)
