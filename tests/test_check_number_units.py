"""The number check on figures an edition converts into other units: one quantity is no change."""

from __future__ import annotations

import pytest

from aligner.checks._units import same_quantity, unit_of
from aligner.checks.number import check_number
from aligner.config import Config
from check_helpers import context


def findings(ru: str, en: str):
    return list(check_number(context([(ru, en)]), config=Config()))


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Колонна прошла около 240 км за сутки.", "The column covered some 150 miles in a day."),
        ("Глубина у причала 12 м.", "The depth at the quay is 39 feet."),
        ("Отряд высадился в 40 милях от берега.", "The party landed 74 km from the shore."),
        ("Собрано 800 га льна.", "Flax was gathered on 2,000 acres."),
    ],
)
def test_a_converted_figure_is_no_finding(ru, en):
    assert findings(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Колонна прошла около 240 км за сутки.", "The column covered some 200 miles in a day."),
        ("Колонна прошла около 240 км за сутки.", "The column covered some 250 km in a day."),
    ],
)
def test_a_figure_that_does_not_convert_is_still_changed(ru, en):
    (finding,) = findings(ru, en)
    assert finding.rule == "number.changed"
    assert "240" in finding.message


def test_units_named_by_the_word_after_the_number():
    assert unit_of("240 км", "ru")[0] == "kilometre"
    assert unit_of("150 miles", "en")[0] == "mile"
    assert unit_of("240 человек", "ru") is None
    # a nautical mile is a mile too: 20 miles of sea are 37 km
    assert same_quantity(37, "37 км", "ru", 20, "20 miles", "en")
    # a length is never a mass
    assert not same_quantity(1000, "1000 кг", "ru", 1, "1 km", "en")


@pytest.mark.parametrize(
    ("ru", "en", "said"),
    [
        ("Артель сдала 4 тыс. центнеров картофеля.", "The artel gave 4,000 tons of potatoes.", "centners"),
        ("Под лен отведено 650 гектаров.", "Flax was given 650 acres.", "hectares"),
        ("Школа получила 30 тыс. юаней.", "The school received 30,000 rubles.", "yuan"),
        ("Фонд составил 2 млн. фунтов стерлингов.", "The fund came to $2 million.", "pounds sterling"),
        ("Сдано 700 пудов шерсти.", "700 tons of wool were handed in.", "poods"),
        ("Выделено 6 млн. американских долларов.", "6 million rubles were allotted.", "dollars"),
    ],
)
def test_the_same_figure_in_another_unit_is_a_major_finding(ru, en, said):
    (finding,) = findings(ru, en)
    assert (finding.rule, finding.severity.value) == ("number.unit_changed", "major")
    assert said in finding.message
    assert "the same figure in" in finding.message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Урожай составил 11 центнеров с гектара.", "The yield was 11 quintals per hectare."),
        ("Заем в 5 млн. фунтов стерлингов.", "A loan of 5 million pounds."),
        ("Куплено 5 млн. фунтов шерсти.", "5 million pounds of wool were bought."),
        ("Выдано 800 рублей.", "800 roubles were paid out."),
        ("Прибыли 40 человек и 40 тонн груза.", "40 men and 40 tons of cargo arrived."),
        ("Отгружено 300 тонн зерна.", "300 tons of grain were shipped."),
        ("Выделено 6 млн. американских долларов.", "6 million American dollars were allotted."),
        ("Выделено 6 млн. рублей.", "6 million gold rubles were allotted."),
        ("Прибыли 5 человек т. Орлова.", "5 men of Comrade Orlov arrived."),
    ],
)
def test_one_unit_under_two_names_or_no_unit_is_no_finding(ru, en):
    assert findings(ru, en) == []


def test_units_named_reads_a_sign_and_two_words():
    from aligner.checks._units import units_named

    assert units_named("внесено 3 млн. фунтов стерлингов", 8, 15, "ru")[0] == {"pound_sterling"}
    assert units_named("paid $3 million", 6, 15, "en")[0] == {"dollar"}
    assert units_named("3 million pounds of sugar", 0, 9, "en")[0] == {"pound", "pound_sterling"}
    assert units_named("3 million men", 0, 9, "en")[0] == frozenset()


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("На перевале ночью было минус 18 градусов.", "On the pass it was -18 degrees at night."),
        ("На перевале ночью было -18 градусов.", "On the pass it was minus 18 degrees at night."),
        ("На перевале было 18 градусов ниже нуля.", "On the pass it was minus 18 degrees."),
        ("Оценка верна плюс-минус 3 года.", "The estimate is right within 3 years either way."),
    ],
)
def test_a_minus_in_words_or_as_a_sign_is_one_temperature(ru, en):
    assert findings(ru, en) == []


def test_a_temperature_that_lost_its_minus_is_still_changed():
    (finding,) = findings("На перевале ночью было минус 18 градусов.", "On the pass it was 18 degrees.")
    assert finding.rule == "number.changed"
    assert "-18" in finding.message or "–18" in finding.message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Засеяно 3.600 га ячменя.", "Barley was sown on 3,600 hectares (about 8,900 acres)."),
        ("Намолочено 2 млн. пудов овса.", "2 million poods of oats (some 32,800 tons) were threshed."),
        ("Шахта углублена до 610 м.", "The shaft was sunk to 610 m (2,000 ft)."),
        ("Сдано 45 тыс. центнеров льна.", "45,000 centners (4,500 tons) of flax were delivered."),
    ],
)
def test_a_conversion_in_brackets_after_the_figure_is_no_added_number(ru, en):
    assert findings(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Засеяно 3.600 га ячменя.", "Barley was sown on 3,600 hectares (about 12,000 acres)."),
        (
            "Засеяно 3.600 га ячменя и 8.900 га овса.",
            "Barley was sown on 3,600 hectares and oats on 8,900 acres.",
        ),
    ],
)
def test_a_bracketed_figure_that_does_not_convert_or_stands_apart_is_still_reported(ru, en):
    assert [f.rule for f in findings(ru, en)] != []


def test_per_cent_given_as_percentage_points_is_a_changed_unit():
    (finding,) = findings("Добыча нефти выросла на 8,2%.", "Oil output rose by 8.2 percentage points.")
    assert finding.rule == "number.unit_changed"
    assert finding.severity.name == "MAJOR"
    assert "per cent" in finding.message
    assert "percentage points" in finding.message


def test_per_cent_of_a_share_given_as_points_is_minor():
    (finding,) = findings(
        "Доля совхозов в посевах снизилась на 1,9%.",
        "The share of the sovkhozes in the sown area fell 1.9 percentage points.",
    )
    assert finding.severity.name == "MINOR"
    assert "share" in finding.message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("План выполнен на 97,5%.", "The plan was fulfilled by 97.5 per cent."),
        ("Рост составил 6 процентов.", "Growth was 6%."),
        ("Рост составил 2,1 процентных пункта.", "The rise was 2.1 percentage points."),
    ],
)
def test_per_cent_in_any_writing_is_one_unit(ru, en):
    assert findings(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Заготовлено 50 млн. пудов ржи.", "819,000 tons of rye were procured."),
        ("Собрано 2 тыс. центнеров хлопка.", "200 tons of cotton were gathered."),
    ],
)
def test_a_figure_with_a_scale_word_converts_in_the_unit_after_it(ru, en):
    assert findings(ru, en) == []


def test_a_figure_with_a_scale_word_that_does_not_convert_is_changed():
    (finding,) = findings("Заготовлено 50 млн. пудов ржи.", "500,000 tons of rye were procured.")
    assert finding.rule == "number.changed"


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Завод обошелся в 4,7 млрд долларов.", "The plant cost $4.7bn."),
        ("Штраф составил 12 млн фунтов.", "The fine came to £12m."),
        ("Долг страны превысил 2 трлн рублей.", "The country's debt topped 2 trillion rubles."),
        ("Пенсия выросла с 18 до 21 тыс. рублей.", "The pension rose from 18,000 to 21,000 rubles."),
        ("Поезд опоздал на 2,5 часа.", "The train was 150 minutes late."),
        ("За сутки привито 240 тыс. человек.", "240K people were vaccinated in a day."),
        ("Оклад — от 70 до 90 тыс. рублей.", "The salary is RUB 70k to 90k."),
    ],
)
def test_scales_and_units_news_writes_otherwise_are_one_number(ru, en):
    assert findings(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Завод обошелся в 4,7 млрд долларов.", "The plant cost $4.7m."),
        ("Пенсия выросла с 18 до 21 тыс. рублей.", "The pension rose from 18,000 to 24,000 rubles."),
    ],
)
def test_a_changed_scale_or_bound_is_still_found(ru, en):
    assert [f.severity.value for f in findings(ru, en)] == ["critical"]


def test_forty_metres_glued_is_no_forty_million():
    # "m" glued to a number is a million only after a currency sign: here it is metres
    assert findings("Яхта длиной 40 м стоит в порту.", "A 40m yacht is moored in the port.") == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Экспорт зерна вырос в 1,5 раза.", "Grain exports grew by 50%."),
        ("Посевы увеличились в 2 раза.", "The sown area increased by 100 percent."),
        ("Запасы в 4 раза меньше прошлогодних.", "The stocks are one fourth of last year's."),
        ("Экспорт зерна вырос на 50%.", "Grain exports grew 1.5 times."),
    ],
)
def test_a_multiplier_given_as_a_percent_of_growth_is_one_number(ru, en):
    assert findings(ru, en) == []


def test_a_multiplier_given_as_another_percent_is_still_found():
    assert findings("Экспорт зерна вырос в 1,5 раза.", "Grain exports grew by 60%.") != []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Банк снизил ставку на 0,5 п. п.", "The bank cut its rate by 50 basis points."),
        ("Банк снизил ставку на 150 базисных пунктов.", "The bank cut its rate by 1.5 percentage points."),
    ],
)
def test_basis_points_given_as_percentage_points_are_one_number(ru, en):
    assert findings(ru, en) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Треть посевов погибла от засухи.", "The drought destroyed 33% of the crops."),
        ("Две трети посевов погибли.", "67 percent of the crops were lost."),
        ("Погибло 33% посевов.", "A third of the crops were lost."),
    ],
)
def test_a_fraction_given_as_a_rounded_percent_is_one_share(ru, en):
    assert findings(ru, en) == []


def test_a_fraction_given_as_another_percent_is_still_found():
    assert findings("Треть посевов погибла от засухи.", "The drought destroyed 40% of the crops.") != []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Выпуск цемента вырос в 1,4 раза.", "Cement output grew by 40 per cent."),
        ("Поголовье овец выросло на 150%.", "The sheep flock grew 2.5 times."),
    ],
)
def test_growth_as_a_multiplier_and_as_a_percentage_is_one_figure(ru, en):
    assert findings(ru, en) == []


def test_growth_given_as_another_percentage_is_still_reported():
    assert findings("Выпуск цемента вырос в 1,4 раза.", "Cement output grew by 70 per cent.") != []


def test_a_conversion_in_brackets_that_is_off_says_what_it_should_read():
    (finding,) = findings("Шахта углублена до 610 м.", "The shaft was sunk to 610 m (3,000 ft).")
    assert finding.rule == "number.misconverted"
    assert "about 2001 ft" in finding.message
