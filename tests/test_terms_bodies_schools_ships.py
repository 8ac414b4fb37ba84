"""Kinds of diplomatic paper, mission, economic body, court, school, small unit and ship: each meets its
renderings, another of its kind is a major term finding (the examples are invented)."""

from __future__ import annotations

import pytest

from aligner.checks.term import check_term
from aligner.config import Config
from aligner.model import Severity
from check_helpers import cited_terms, context


def terms(ru: str, en: str):
    return list(check_term(context([(ru, en)]), config=Config()))


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Правительство опубликовало заявление.", "The government published a statement."),
        ("ТАСС передал заявление правительства.", "TASS carried the government's declaration."),
        ("Стороны подписали совместное коммюнике.", "The parties signed a joint communiqué."),
        ("Миссия СССР в Финляндии закрыта.", "The USSR Legation in Finland has been closed."),
        ("Военная миссия прибыла в Лондон.", "The military mission arrived in London."),
        ("Коллегия министерства рассмотрела отчет.", "The board of the ministry considered the report."),
        ("Груз принят на борт парохода.", "The cargo was taken on board the steamer."),
        ("Открылась сессия Верховного Совета.", "The session of the Supreme Soviet opened."),
        ("Трест выполнил план.", "The trust fulfilled the plan."),
        ("Рыбокомбинат выполнил план.", "The fish combine fulfilled the plan."),
        ("Промысловая артель получила станки.", "The producers' cooperative received machine tools."),
        ("Артель получила станки.", "The artel received machine tools."),
        ("Прокуратура возбудила дело.", "The procurator's office opened a case."),
        ("Дело рассмотрел военный трибунал.", "The case was heard by a court martial."),
        ("Народный суд вынес приговор.", "The people's court passed sentence."),
        ("Областной суд отменил приговор.", "The court quashed the sentence."),
        ("Открыты две семилетние школы.", "Two seven-year schools have been opened."),
        ("Ремесленное училище приняло 300 учеников.", "The trade school admitted 300 pupils."),
        ("Техникум готовит строителей.", "The technical school trains builders."),
        ("Педагогический институт выпустил 80 учителей.", "The teachers' college graduated 80 teachers."),
        ("Академия наук создала филиал.", "The Academy of Sciences set up a branch."),
        ("Батарея открыла огонь.", "The battery opened fire."),
        ("Эскадрон ворвался в село.", "The squadron burst into the village."),
        ("Отделение разведки вернулось.", "The reconnaissance squad returned."),
        ("Пароход вышел из порта.", "The steamship left the port."),
        ("Теплоход вышел из порта.", "The motor vessel left the port."),
        ("Ледокол вывел танкер из льдов.", "The icebreaker brought the tanker out of the ice."),
        ("Разведку вел гидросамолет.", "The reconnaissance was carried out by a flying boat."),
        ("Суд приговорил его к пяти годам.", "The district court sentenced him to five years."),
        ("Суд рассмотрел дело.", "The case was heard by a military tribunal."),
    ],
)
def test_kinds_meet_their_renderings(ru, en):
    assert terms(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en", "said", "rendered"),
    [
        (
            "Правительство опубликовало заявление.",
            "The government published a communiqué.",
            "заявление",
            "communiqué",
        ),
        ("Стороны опубликуют коммюнике.", "The parties will publish a statement.", "коммюнике", "statement"),
        ("Английская миссия знала об этом.", "The British embassy knew of it.", "миссия", "embassy"),
        (
            "Открылась сессия краевого Совета.",
            "The plenum of the territory soviet opened.",
            "сессия",
            "plenum",
        ),
        ("Трест выполнил план.", "The combine fulfilled the plan.", "Трест", "combine"),
        ("Рыбокомбинат недодал рыбы.", "The fish trust delivered less fish.", "Рыбокомбинат", "trust"),
        (
            "В прокуратуру поступили жалобы.",
            "The regional court received complaints.",
            "прокуратуру",
            "regional court",
        ),
        (
            "Приговор военного трибунала отменен.",
            "The sentence of the people's court was quashed.",
            "военного трибунала",
            "people's court",
        ),
        ("Техникум готовит строителей.", "The institute trains builders.", "Техникум", "institute"),
        ("Университет получил здание.", "The institute received a building.", "Университет", "institute"),
        ("Академия наук приняла студентов.", "The university took students.", "Академия наук", "university"),
        ("Батарея открыла огонь.", "The company opened fire.", "Батарея", "company"),
        ("Эскадрон ворвался в село.", "The battalion burst into the village.", "Эскадрон", "battalion"),
        ("Отделение разведки вернулось.", "The reconnaissance platoon returned.", "Отделение", "platoon"),
        ("Шхуна доставила продовольствие.", "The barge delivered food.", "Шхуна", "barge"),
    ],
)
def test_another_kind_is_a_major_term_finding(ru, en, said, rendered):
    assert cited_terms(ru, en) == [(said, rendered, Severity.MAJOR)]


def test_the_rival_is_the_term_whose_neighbours_do_not_render_the_original():
    """Of two "institutes", the one after "commercial" renders «коммерческого института»: the other, which
    stands where the university stood in no order, is the rival cited."""
    ru = "Министерство просит передать университету здание бывшего коммерческого института."
    en = "The Ministry asks that the former commercial institute's building be given to the State Institute."
    (found,) = terms(ru, en)
    cited = en[found.target_evidence[0].start : found.target_evidence[0].end]
    assert cited == "Institute"


def test_a_term_whose_name_stays_beside_another_kind_is_a_major_finding():
    """Both kinds stand on both sides, but the names beside them tell that each became the other."""
    ru = "Караван в составе танкера «Донбасс» и ледокола «Ермак» вышел из Мурманска."
    en = "A convoy of the icebreaker Donbass and the tanker Yermak left Murmansk."
    assert cited_terms(ru, en) == [
        ("танкера", "icebreaker", Severity.MAJOR),
        ("ледокола", "tanker", Severity.MAJOR),
    ]


def test_terms_in_their_places_beside_their_names_are_no_finding():
    ru = "Караван в составе танкера «Донбасс» и ледокола «Ермак» вышел из Мурманска."
    assert cited_terms(ru, "A convoy of the tanker Donbass and the icebreaker Yermak left Murmansk.") == []
    assert cited_terms(ru, "The tanker Donbass left Murmansk with the icebreaker Yermak.") == []
