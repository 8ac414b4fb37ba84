"""Period ranks, offices and institutions through Russian: ranks written with figures ("2-го ранга"),
a prelate's see between his title and his name, diplomatic, state-security and church titles, air
units and Soviet institutions of 1939-1962 (the examples are invented)."""

from __future__ import annotations

import pytest

from aligner.checks.name import check_name
from aligner.checks.number import check_number
from aligner.checks.term import check_term
from aligner.checks.title import check_title
from aligner.config import Config
from aligner.features.terms import tokenize
from aligner.model import Severity
from check_helpers import context


def titles(ru: str, en: str):
    ctx = context([(ru, en)])
    return ctx, list(check_title(ctx, config=Config()))


def terms(ru: str, en: str):
    ctx = context([(ru, en)])
    return ctx, list(check_term(ctx, config=Config()))


def numbers(ru: str, en: str):
    ctx = context([(ru, en)])
    return list(check_number(ctx, config=Config()))


def test_an_ordinal_in_figures_matches_its_word():
    ru = {t.text: t.keys for t in tokenize("капитанов 3-го ранга", "ru")}
    en = {t.text: t.keys for t in tokenize("Captain 3rd Rank, the third", "en")}
    assert ru["3-го"] == en["3rd"] == frozenset({"#3"})
    assert "#3" in en["third"]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("назначен капитан 1-го ранга Воронцов.", "Captain Vorontsov was appointed."),
        ("назначен капитан 2-го ранга Воронцов.", "Commander Vorontsov was appointed."),
        ("назначен капитан 3-го ранга Воронцов.", "Lieutenant Commander Vorontsov was appointed."),
        ("назначен капитан 2-го ранга Воронцов.", "Captain 2nd Rank Vorontsov was appointed."),
        (
            "прибыл комиссар государственной безопасности 2-го ранга Зуев.",
            "Commissar of State Security Second Rank Zuev arrived.",
        ),
    ],
)
def test_a_naval_or_state_security_rank_in_figures_is_one_title(ru, en):
    assert titles(ru, en)[1] == []
    assert numbers(ru, en) == []  # the rank's figure is the title's, not a number to compare


def test_a_rank_in_figures_changed_is_a_title_finding_not_a_number_finding():
    ru, en = "его заместитель – капитан 2-го ранга Лунин.", "His deputy is Lieutenant Commander Lunin."
    ctx, found = titles(ru, en)
    (f,) = found
    assert f.severity == Severity.MAJOR
    assert [s.of(ctx.source_text) for s in f.source_evidence] == ["капитан 2-го ранга"]
    assert "Captain Second Rank" in f.message
    assert numbers(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en", "said", "rendered"),
    [
        (
            "Прибыли архиепископ Пермский Андрей и митрополит Ярославский Иоанн.",
            "Archbishop Andrei of Perm and Bishop Ioann of Yaroslavl arrived.",
            "Metropolitan",
            "Bishop",
        ),
        (
            "Прибыли епископ Калужский Павел и архимандрит Сергий.",
            "Archbishop Pavel of Kaluga and Archimandrite Sergii arrived.",
            "Bishop",
            "Archbishop",
        ),
    ],
)
def test_a_prelate_is_paired_past_his_see(ru, en, said, rendered):
    """The see's adjective after the title ("Ярославский") is no holder: the title pairs with the
    one of the same name, and the changed one is reported against its own counterpart."""
    _, found = titles(ru, en)
    (f,) = found
    assert f"The source says {said}" in f.message
    assert f"the translation says {rendered}" in f.message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Прибыл военно-морской атташе Дании.", "The Danish Naval Attaché arrived."),
        ("Его принял поверенный в делах Чили.", "He was received by the Chilean Chargé d'Affaires."),
        (
            "Грамоты вручил Чрезвычайный и Полномочный Посланник Норвегии.",
            "The Norwegian Envoy Extraordinary and Minister Plenipotentiary presented his credentials.",
        ),
        ("Отбыл посланник Перу.", "The Peruvian Minister left."),
        ("Ответил майор государственной безопасности Лыков.", "Major of State Security Lykov replied."),
        ("Выступил министр информации Бирмы.", "The Burmese Minister of Information spoke."),
        ("Службу вел экзарх Бельгийский Владимир.", "Exarch Vladimir of Belgium took the service."),
    ],
)
def test_period_titles_meet_their_renderings(ru, en):
    assert titles(ru, en)[1] == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Прибыл военный атташе Дании.", "The Danish Air Attaché arrived."),
        ("Ответил капитан государственной безопасности Лыков.", "Major of State Security Lykov replied."),
        ("Выступил министр информации Бирмы.", "The Burmese Minister of Trade spoke."),
        ("Вручил грамоты посланник Норвегии.", "The Norwegian Ambassador presented his credentials."),
    ],
)
def test_a_period_title_given_as_another_is_major(ru, en):
    (f,) = titles(ru, en)[1]
    assert f.severity == Severity.MAJOR


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Штаб 12-й авиадивизии переехал.", "The staff of the 12th Division moved."),
        ("Штаб 12-й авиадивизии переехал.", "The staff of the 12th Air Division moved."),
        ("Заводы подчинялись ВСНХ.", "The plants were subordinate to the Supreme Economic Council."),
        ("Рукопись задержал Главлит.", "The manuscript was held up by Glavlit."),
        ("Техника передана РТС.", "The machinery went to the repair and technical stations."),
        ("Отряд из двух дивизионов.", "A detachment of two battalions."),
    ],
)
def test_period_units_and_institutions_meet_their_renderings(ru, en):
    assert terms(ru, en)[1] == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Штаб 12-й авиабригады переехал.", "The staff of the 12th Air Division moved."),
        ("Заводы подчинялись ВСНХ.", "The plants were subordinate to the Ministry of Finance."),
        (
            "Вопрос согласован с Советом по делам религиозных культов.",
            "The question was agreed with the Council for the Affairs of the Russian Orthodox Church.",
        ),
        ("Техника передана РТС.", "The machinery went to the machine-tractor stations."),
    ],
)
def test_a_period_unit_or_institution_given_as_another_is_major(ru, en):
    (f,) = terms(ru, en)[1]
    assert f.severity == Severity.MAJOR


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Забастовка в порту началась 2 тира.", "The strike in the port began on 2 Tir."),
        ("Митинг состоялся 12 мордада (3 августа).", "The rally was held on 12 Mordad (August 3)."),
    ],
)
def test_an_iranian_month_is_no_name(ru, en):
    ctx = context([(ru, en)])
    assert list(check_name(ctx, config=Config())) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        (
            "Письмо передал Лунд, после чего его обсуждали в Нарвике.",
            "The letter was handed over by Berg, after which it was discussed in the port.",
        ),
        (
            "В Нарвике письмо получил Лунд и передал его дальше.",
            "In the port the letter was received by Berg, who passed it on.",
        ),
    ],
)
def test_one_other_name_against_two_lost_ones_is_major_once(ru, en):
    """Two names of the original left over against one of the translation: the name at the
    same place in the passage is the changed one (major); the other is only left out (minor)."""
    ctx = context([(ru, en)])
    lost = [f for f in check_name(ctx, config=Config()) if f.rule == "name.missing"]
    majors = [f.source_evidence[0].of(ctx.source_text) for f in lost if f.severity == Severity.MAJOR]
    assert majors == ["Лунд"]
    assert len(lost) == 2


def test_the_finnish_diet_is_the_sejm():
    ctx = context([("В июле предстоят выборы в Сейм.", "Diet elections are to be held in July.")])
    assert list(check_name(ctx, config=Config())) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Ответ передал г-н Бруни.", "The reply was handed over by Signor Bruni."),
        ("Ответ передал г-н Вебер.", "The reply was handed over by Herr Weber."),
        ("Ответ передала г-жа Фогель.", "The reply was handed over by Frau Vogel."),
    ],
)
def test_a_foreign_form_of_address_kept_in_english_is_mister(ru, en):
    assert titles(ru, en)[1] == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Эшелон ушел в Калининград.", "The train left for Königsberg."),
        ("Письмо пришло из Тифлиса.", "The letter came from Tbilisi."),
        ("Шахты Сталино выполнили план.", "The Donetsk mines fulfilled their plan."),
        ("Шахты Сталино выполнили план.", "The Stalino mines fulfilled their plan."),
        ("Судно ушло в Салоники.", "The ship left for Salonika."),
        ("Консул выехал из Батавии.", "The consul left Djakarta."),
        ("Совещание прошло в Ленинграде.", "The conference was held in Leningrad."),
    ],
)
def test_a_renamed_city_under_either_name_is_no_finding(ru, en):
    ctx = context([(ru, en)])
    assert [f for f in check_name(ctx, config=Config()) if f.severity != Severity.INFO] == []


def test_a_renamed_city_is_still_another_city():
    ctx = context([("Шахты Сталино выполнили план.", "The Lugansk mines fulfilled their plan.")])
    assert [f.severity for f in check_name(ctx, config=Config()) if f.rule == "name.missing"] == [
        Severity.MAJOR
    ]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Доклад сделал комбриг Рябов.", "The report was made by Brigade Commander Ryabov."),
        ("Доклад сделал комкор Рябов.", "The report was made by Corps Commander Ryabov."),
        ("Доклад сделал командарм 2-го ранга Рябов.", "Army Commander 2nd Rank Ryabov reported."),
        ("Доклад сделал полковой комиссар Рябов.", "The report was made by Regimental Commissar Ryabov."),
        ("Доклад сделал флагман 1-го ранга Рябов.", "The report was made by Flag Officer First Rank Ryabov."),
        ("Доклад сделал военинженер 2-го ранга Рябов.", "Military Engineer Second Rank Ryabov reported."),
        ("Доклад сделал генерал-майор авиации Рябов.", "The report was made by Air Vice-Marshal Ryabov."),
    ],
)
def test_prewar_ranks_meet_their_renderings(ru, en):
    assert titles(ru, en)[1] == []
    assert numbers(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Доклад сделал комбриг Рябов.", "The report was made by Division Commander Ryabov."),
        ("Доклад сделал полковой комиссар Рябов.", "The report was made by Brigade Commissar Ryabov."),
        ("Его принял поверенный в делах Рябов.", "He was received by the Counsellor, Ryabov."),
    ],
)
def test_a_prewar_rank_or_a_diplomat_given_as_another_is_major(ru, en):
    (f,) = titles(ru, en)[1]
    assert f.severity == Severity.MAJOR


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Беседа с Гедтофтом продолжалась час.", "The talk with Hedtoft lasted an hour."),
        ("Письмо Гопкинсу не дошло.", "The letter to Hopkins did not arrive."),
        ("Вопрос решит Наркоминдел.", "The question will be decided by the Foreign Ministry."),
        ("Сводка Совинформбюро опубликована.", "The Sovinformburo communiqué was published."),
    ],
)
def test_a_foreign_h_written_as_g_and_period_bodies_meet_their_renderings(ru, en):
    ctx = context([(ru, en)])
    assert [f for f in check_name(ctx, config=Config()) if f.severity != Severity.INFO] == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Его принял академик Лаврентьев.", "He was received by Academician Lavrentyev."),
        (
            "Его принял член-корреспондент Академии наук Лаврентьев.",
            "He was received by Corresponding Member Lavrentyev.",
        ),
        ("Его принял доцент Лаврентьев.", "He was received by Associate Professor Lavrentyev."),
        ("Профессора института собрались.", "The professors of the institute gathered."),
    ],
)
def test_academic_titles_meet_their_renderings(ru, en):
    assert titles(ru, en)[1] == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Его принял академик Лаврентьев.", "He was received by Corresponding Member Lavrentyev."),
        ("Его принял доцент Лаврентьев.", "He was received by Professor Lavrentyev."),
    ],
)
def test_an_academic_title_given_as_another_is_major(ru, en):
    (f,) = titles(ru, en)[1]
    assert f.severity == Severity.MAJOR


def test_a_ships_ensign_is_no_rank():
    ru, en = "Военно-морской флаг спущен на крейсере.", "The naval ensign was lowered on the cruiser."
    assert titles(ru, en)[1] == []
    assert titles("Прибыл мичман Орлов.", "Ensign Orlov arrived.")[1] == []
