"""The number check on hand-built beads: changed ranges are flagged, equal numbers are not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aligner.checks import CHECKS, run_checks
from aligner.checks.number import check_number
from aligner.config import Config
from aligner.model import Severity
from check_helpers import context


def findings(pairs, **kw):
    return list(check_number(context(pairs, **kw), config=Config()))


SEED_RU = (
    "разрешить использование 25-35 Советских воинских Советников в штабе фронта "
    "Корейской Армии и штабах 2х армейских фронтов"
)
SEED_EN = (
    "to allow the use of 25-30 Soviet military advisors at the Front Headquarters of the "
    "Korean Army and in the Headquarters of two army groups"
)


def test_seed_range_is_flagged_and_two_is_not():
    ctx = context([(SEED_RU, SEED_EN)])
    (finding,) = check_number(ctx, config=Config())
    assert finding.severity == Severity.CRITICAL
    assert finding.rule == "number.range_mismatch"
    assert [sp.of(ctx.source_text) for sp in finding.source_evidence] == ["25-35"]
    assert [sp.of(ctx.target_text) for sp in finding.target_evidence] == ["25-30"]
    assert "25-35" in finding.message
    assert "25-30" in finding.message
    assert finding.message.startswith("The source gives 25-35")


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("штабах 2х армейских фронтов", "two army groups"),
        ("Пхеньян - 8 июля 1950 года", "City of Pyongyang 08.07.1950"),
        ("около 30 советников", "about 30 advisers"),
        ("более 30 советников", "30 advisers"),
        ("третий батальон", "the third battalion"),
        ("3-й батальон", "the 3rd battalion"),
        ("третий батальон", "the 3rd battalion"),
        ("полтора месяца", "one and a half months"),
        ("две трети", "two-thirds"),
        ("0,3-0,6 мм", "0.3-0.6 mm"),
        ("1 000 человек", "1,000 people"),
        ("50 тыс. человек", "50,000 people"),
        ("2 млн человек", "2 million people"),
        ("в 17 часов 47 минут", "at 17:47"),
        ("в 17 часов 47 минут", "at 5:47 PM"),
        ("в 13.30", "at 1:30 p.m."),
        ("4-летняя девочка", "a four-year-old girl"),
        ("четырехлетняя девочка", "a 4-year-old girl"),
        ("за сутки", "in 24 hours"),
        ("двух сторон", "both sides"),
        ("XXI века", "the 21st century"),
        ("знают 3-4 языка", "know 3 or 4 languages"),
        ("длину 40 до 60 см", "is 40 to 60 cm long"),
        ("от -50 до 50 °С", "from -50 to 50°С"),
        ("размер 60×100 см", "size 60x100 cm"),
        ("иглой № 24", "a needle, size 24"),
        ("с 9 по 10 декабря", "on December 9–10"),
        ("в 1941-1945 гг.", "in 1941-1945"),
        ("примечание [43] к тексту", "the note to the text"),
        ("от 25 до 35 человек", "25-35 people"),
        ("двадцати пяти советников", "25 advisers"),
        ("трое советников", "three advisers"),
        ("2 тыс. человек", "2,000 people"),
        ("12 000 солдат", "twelve thousand soldiers"),
        ("шифровка № 481/ш", "cipher telegram"),
        ("в 1950 году 2000 человек", "in 1950, 2,000 people"),
        ("один из советников", "an adviser"),
        ("вывезено 4 млн. 300 тыс. пудов", "4.3 million poods were shipped"),
        ("нужно от 2 до 3 тыс. вагонов", "2,000 to 3,000 cars are needed"),
        ("прибыло сотни три подвод", "some three hundred carts arrived"),
        ("прибыло около двух десятков подвод", "about twenty carts arrived"),
        ("выпуск вырос в четыре раза и достиг 900 штук", "output quadrupled to 900"),
        ("на 1948/49 учебный год", "for the 1948-49 school year"),
        ("24-летний шофер", "a twenty-four-year-old driver"),
        ("на трех-четырехмесячный срок", "for three to four months"),
        ("прошло полгода", "half a year had passed"),
        ("год с половиной назад", "a year and a half ago"),
        ("в пути около 60 часов", "on the road for about two and a half days"),
        ("в пути 36 часов", "on the road for a day and a half"),
        ("на полтора-два года", "for eighteen months to two years"),
        ("через полтора года", "eighteen months later"),
        ("ремонт занял полтора месяца", "the repairs took six weeks"),
        ("отпуск на две недели", "a leave of fourteen days"),
        ("экспедиция шла три недели", "the expedition lasted 21 days"),
        ("прошло шесть недель", "a month and a half passed"),
        ("мороз от минус 3 до минус 7 градусов", "frost of 3 to 7 degrees below zero"),
        ("ночью было 12 градусов ниже нуля", "it was minus 12 at night"),
        ("выпуск стал на треть больше", "output became a third larger"),
        ("от трех до четырех тысяч человек", "between three and four thousand people"),
        ("на 50% больше", "half as much again"),
        ("на 25% дороже", "a quarter dearer"),
        ("в 4 раза меньше", "one fourth as much"),
        ("прибыло с лишним 400 подвод", "some 400 carts arrived"),
        ("прибыло 3 тыс. 200 человек", "3,200 people arrived"),
        ("с 1931 по 1934 г. он служил", "from 1931 to 1934 he served"),
    ],
)
def test_same_numbers_give_no_finding(ru, en):
    assert findings([(ru, en)]) == []


def test_about_thirty_against_thirty_is_a_minor_finding():
    (f,) = findings([("около 30 советников", "30 advisers")])
    assert f.severity == Severity.MINOR
    assert f.rule == "number.approximation"
    assert "approximate" in f.message


@pytest.mark.parametrize(
    ("ru", "en", "rule"),
    [
        ("0,3-0,6 мм", "0.3-0.5 mm", "number.range_mismatch"),
        ("третий батальон", "the fourth battalion", "number.changed"),
        ("вывезено 4 млн. 300 тыс. пудов", "3.4 million poods were shipped", "number.changed"),
        ("выпуск вырос в пять раз", "output grew six times", "number.changed"),
        ("выпуск в три раза больше", "output is four times larger", "number.changed"),
        # a count of occasions, no multiplier
        ("он ездил туда тридцать раз", "he went there thirteen times", "number.changed"),
        ("нужно от 2 до 3 тыс. вагонов", "2,000 to 5,000 cars are needed", "number.range_mismatch"),
        ("в 17 часов 47 минут", "at 5:45 PM", "number.changed"),
        ("50 тыс. человек", "5,000 people", "number.changed"),
        ("полтора месяца", "two and a half months", "number.changed"),
        ("ремонт занял полтора месяца", "the repairs took ten weeks", "number.changed"),
    ],
)
def test_changed_numbers_in_any_writing_are_critical(ru, en, rule):
    (f,) = findings([(ru, en)])
    assert f.severity == Severity.CRITICAL
    assert f.rule == rule


def test_a_changed_clock_time_is_shown_as_a_time():
    (f,) = findings([("в 17 часов 47 минут", "at 5:45 PM")])
    assert "17:47" in f.message
    assert "17:45" in f.message


def test_changed_single_number_is_critical():
    (f,) = findings([("прибыли 5 дивизий", "six divisions arrived")])
    assert f.severity == Severity.CRITICAL
    assert f.rule == "number.changed"
    assert "5" in f.message
    assert "6" in f.message


def test_missing_number_is_major():
    (f,) = findings([("прибыли 5 дивизий", "divisions arrived")])
    assert f.severity == Severity.MAJOR
    assert f.rule == "number.missing"
    assert f.target_evidence == ()


def test_added_number_is_major():
    (f,) = findings([("прибыли дивизии", "7 divisions arrived")])
    assert f.severity == Severity.MAJOR
    assert f.rule == "number.added"


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("стороны согласились продлить договор", "the two sides agreed to extend the treaty"),
        ("собрались все министры", "all four ministers gathered"),
        ("прибыли три делегации", "the delegations arrived"),
    ],
)
def test_a_lone_small_number_in_words_is_minor_with_its_reason(ru, en):
    (f,) = findings([(ru, en)])
    assert f.severity == Severity.MINOR
    assert "written as a word" in f.message


def test_a_lone_large_number_in_words_stays_major():
    (f,) = findings([("прибыли дивизии", "two thousand men arrived")])
    assert f.severity == Severity.MAJOR


def test_beads_with_furniture_source_are_not_compared():
    assert findings([("Лист 14", "page 15")], source_kind="furniture") == []


def test_check_is_registered_and_runs_through_the_registry():
    ctx = context([(SEED_RU, SEED_EN)])
    assert "number" in CHECKS
    found = run_checks(ctx, config=Config(checks=("number",)))
    assert [f.kind for f in found] == ["number"]


# 1700-2099 standing alone read as years (dates), which the date check compares.
_COUNTS = st.integers(0, 1699) | st.integers(2100, 1_000_000)


@given(_COUNTS, _COUNTS)
def test_a_number_changed_in_translation_is_always_flagged(a, b):
    found = findings([(f"прибыло {a} человек", f"{b} people arrived")])
    if a == b:
        assert found == []
    else:
        assert [f.severity for f in found] == [Severity.CRITICAL]


def test_a_hundred_word_is_not_also_a_count_of_hundreds():
    # «сотен» alone is "hundreds", not a hundred hundreds that would take the 10,000 beside it
    pair = (
        "Заявки подали несколько сотен семей, а всего их может быть до 10 тысяч.",
        "Several hundred families applied, and in all there may be up to 10 thousand.",
    )
    assert findings([pair]) == []
    # while a count of hundreds is multiplied out
    assert (
        findings([("На станцию прибыли 3 сотни вагонов.", "Three hundred wagons arrived at the station.")])
        == []
    )


@pytest.mark.parametrize(
    ("ru", "en", "severity"),
    [
        ("Вчера в 18.00 меня посетил посол.", "Yesterday evening the envoy called on me.", "minor"),
        ("В 6 ч. 30 м. колонна вышла из города.", "At dawn the column left the town.", "minor"),
        ("В 18.00 меня посетил посол Швеции.", "The Swedish envoy called on me.", "major"),
    ],
)
def test_a_clock_time_given_as_the_part_of_the_day_is_minor(ru, en, severity):
    (f,) = findings([(ru, en)])
    assert f.severity.value == severity


@pytest.mark.parametrize(
    ("ru", "en", "severity"),
    [
        # «до» after a verb of change gives the value reached: a changed value is critical
        ("Увеличить поставки до 300 тонн.", "Increase the deliveries to 350 tons.", "critical"),
        ("Сократить численность советников до 40 человек.", "Reduce the advisers to 45.", "critical"),
        # «до» alone is a bound ("up to 300"), which a translator may give as a round figure
        ("Поставить до 300 тонн.", "Deliver 350 tons.", "minor"),
    ],
)
def test_do_after_a_verb_of_change_is_the_value_reached_not_a_bound(ru, en, severity):
    (f,) = findings([(ru, en)])
    assert f.severity == Severity(severity)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("девяностые стали временем перемен", "the 1990s became a time of change"),
        ("в восьмидесятых он служил в армии", "in the 1980s he served in the army"),
        ("в 70-х он служил в армии", "in the seventies he served in the army"),
        ("в 1960-е он служил в армии", "in the sixties he served in the army"),
        ("в 50-х он служил в армии", "in the '50s he served in the army"),
        ("в тридцатые годы он служил в армии", "in the 1930s he served in the army"),
    ],
)
def test_a_decade_in_figures_or_in_words_is_one_decade(ru, en):
    assert findings([(ru, en)]) == []


def test_a_decade_with_no_counterpart_is_minor_with_the_reason():
    (f,) = findings([("в нулевые он служил в армии", "in the 2000s he served in the army")])
    assert f.severity == Severity.MINOR
    assert "a decade" in f.message


def test_a_changed_decade_is_still_flagged():
    (f,) = findings([("в 70-х он служил в армии", "in the 1980s he served in the army")])
    assert f.rule == "number.changed"


def test_a_count_of_days_against_a_month_is_minor_with_its_reason():
    (f,) = findings([("в первые 30 дней работы", "in the first month of work")])
    assert f.severity == Severity.MINOR
    assert "“month”" in f.message
    (f,) = findings([("в первые 30 дней работы", "in the first days of work")])
    assert f.severity == Severity.MAJOR


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("В 24.00 меня посетил посол Швеции.", "The Swedish envoy called on me at midnight."),
        ("К 0.00 колонна вышла из города.", "By midnight the column had left the town."),
        ("В 12.00 меня посетил посол Швеции.", "The Swedish envoy called on me at noon."),
        ("В полночь колонна вышла из города.", "At 24:00 the column left the town."),
        ("К полудню колонна вышла из города.", "By 12:00 the column had left the town."),
    ],
)
def test_a_clock_time_named_by_a_word_is_rendered(ru, en):
    assert findings([(ru, en)]) == []


def test_a_clock_time_the_named_word_does_not_give_is_still_found():
    (f,) = findings([("В 21.00 колонна вышла из города.", "At midnight the column left the town.")])
    assert f.severity == Severity.MINOR  # the part of the day may render it


@pytest.mark.parametrize(
    ("ru", "en", "severity"),
    [
        # "over" names the period «в течение» gives: a changed period, not a bound
        ("Заем погашается в течение 8 лет.", "The loan is to be repaid over nine years.", "critical"),
        ("Стройка велась на протяжении 4 месяцев.", "The building went on over five months.", "critical"),
        # with no period word on the other side "over" stays a bound
        ("На стройке работало 10 человек.", "Over twelve men worked on the site.", "minor"),
    ],
)
def test_over_before_a_period_the_other_side_names_is_no_bound(ru, en, severity):
    (f,) = findings([(ru, en)])
    assert f.severity == Severity(severity)


def test_a_number_is_quoted_with_the_word_after_it_on_its_own_line_only():
    # the pair's texts are laid out one line a segment: "Encl.: 3" is followed by the next line's word
    ctx = context([("Приложение: на 2 листах.", "Encl.: 3"), ("Конец.", "End.")])
    (finding,) = check_number(ctx, config=Config())
    assert "(“3”)" in finding.message
    assert "End" not in finding.message


def test_a_count_in_words_inside_a_numbered_point_is_compared():
    # the point numbers «4.» and "(4)" answer each other; "four" is then a count of its own
    pairs = [
        (
            "4. Склады будут переданы в течение пяти месяцев.",
            "(4) The depots will be handed over within four months.",
        )
    ]
    (finding,) = findings(pairs)
    assert finding.severity in (Severity.MAJOR, Severity.CRITICAL)
    assert finding.message.startswith("The source gives 5")
    assert "the translation gives 4" in finding.message


def test_a_point_number_still_absorbs_a_lone_number_of_the_other_side():
    assert findings([("4. Склады будут переданы.", "Four. The depots will be handed over.")]) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Совещание длилось 1 ч. 30 м.", "The meeting lasted one and a half hours."),
        ("Переход занял 3 ч. 15 м.", "The march took 3.25 hours."),
    ],
)
def test_hours_and_minutes_of_a_duration_meet_the_hours_in_a_fraction(ru, en):
    assert findings([(ru, en)]) == []


def test_another_duration_in_hours_is_still_a_finding():
    assert findings([("Совещание длилось 1 ч. 30 м.", "The meeting lasted two and a half hours.")])


def test_a_changed_value_reached_from_a_starting_value_is_no_bound():
    ru = "Штат отдела решено сократить с 40 до 26 человек."
    found = findings([(ru, "It was decided to cut the staff from 40 to 29.")])
    assert [(f.severity, "26" in f.message and "29" in f.message) for f in found] == [
        (Severity.CRITICAL, True)
    ]
