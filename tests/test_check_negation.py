"""A negation dropped or added in the translation; idioms with negative words give no finding."""

from __future__ import annotations

import pytest

from aligner.checks.negation import negation_findings
from aligner.model import SOURCE, TARGET, Severity
from check_helpers import context


def _found(ru: str, en: str, side: str) -> list:
    return list(negation_findings(context([(ru, en)]), side))


@pytest.mark.parametrize(
    ("ru", "en", "quoted"),
    [
        (
            "Просим не включать в счет кредита стоимость документации.",
            "We ask that the cost of the documentation be included in the credit account.",
            "не включать",
        ),
        (
            "Заключенные не обеспечены теплой одеждой.",
            "The prisoners are provided with warm clothing.",
            "не обеспечены",
        ),
        (
            "Завод не выполнил план первого квартала.",
            "The plant fulfilled the plan of the first quarter.",
            "не выполнил",
        ),
    ],
)
def test_a_dropped_negation_is_a_major_omission(ru, en, quoted):
    (finding,) = _found(ru, en, SOURCE)
    assert (finding.kind, finding.rule, finding.severity) == ("omission", "omission.negation", Severity.MAJOR)
    assert quoted in finding.message
    assert "opposite" in finding.message


def test_the_evidence_points_at_the_negated_words_and_the_verb():
    ctx = context([("Завод не выполнил план.", "The plant fulfilled the plan.")])
    (finding,) = negation_findings(ctx, SOURCE)
    assert [s.of(ctx.source_text) for s in finding.source_evidence] == ["не выполнил"]
    assert [s.of(ctx.target_text) for s in finding.target_evidence] == ["fulfilled"]


def test_an_added_negation_is_a_major_addition():
    (finding,) = _found(
        "Комиссия рекомендует передать дело в прокуратуру.",
        "The commission recommends that the case not be passed to the procurator's office.",
        TARGET,
    )
    assert (finding.kind, finding.rule, finding.severity) == ("addition", "addition.negation", Severity.MAJOR)
    assert "not be passed" in finding.message


def test_a_verb_the_lexicon_cannot_find_gives_a_minor_finding_with_the_reason():
    (finding,) = _found(
        "Противник не предпринимал активных действий.", "The enemy undertook active operations.", SOURCE
    )
    assert finding.severity == Severity.MINOR
    assert "not found" in finding.message


def test_a_negation_elsewhere_in_the_translation_makes_it_minor():
    (finding,) = _found(
        "Завод не выполнил план, и рабочие получили премии.",
        "The plant fulfilled the plan, and the workers did not get bonuses.",
        SOURCE,
    )
    assert finding.severity == Severity.MINOR


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Министерство не может не отметить задержку.", "The Ministry must point out the delay."),
        ("Я не могу не выразить удивления.", "I cannot but express surprise."),
        ("Нужно не менее 120 специалистов.", "At least 120 specialists are needed."),
        ("Вывезти зерно не раньше 20 августа.", "The grain is to be taken away only after August 20."),
        (
            "Председателю не покидать района до окончания проверки.",
            "The chairman is to stay in the district until the check ends.",
        ),
        (
            "Он не только не обеспечил охрану, но и допустил хищение.",
            "He not only failed to guard it but also allowed theft.",
        ),
        ("Нельзя допускать простоя комбайнов.", "Combines must be kept working."),
        ("Переправить танки невозможно.", "It is impossible to ferry the tanks."),
        ("Авиации противника не было.", "There were no enemy aircraft."),
        ("Ни одного танка на плацдарме нет.", "There is not a single tank on the bridgehead."),
        ("Управление ничего не получило.", "The administration has received nothing."),
        ("Посол не согласился с этим.", "The Ambassador refused to accept this."),
        ("Части удерживают плацдарм без потерь.", "The units are holding the bridgehead without losses."),
        (
            "Не считает ли посол, что задержка вредит делу?",
            "Does the Ambassador think that the delay harms the cause?",
        ),
        ("Средства не использованы.", "The funds are unused."),
        (
            "Прошу немедленно рассмотреть вопрос через неделю.",
            "I ask that the question be considered in a week.",
        ),
        ("Цеха не выполнили плана.", "The shops failed to fulfil the plan."),
        ("На шахтах не хватает крепежного леса.", "The mines are short of pit props."),
    ],
)
def test_idioms_and_lexical_negatives_give_no_omission(ru, en):
    assert _found(ru, en, SOURCE) == []


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Мы обязаны выразить удивление.", "We cannot but express surprise."),
        ("Нужно по меньшей мере 30 человек.", "Not less than 30 people are needed."),
        ("Посол отказался от встречи.", "The ambassador did not agree to meet."),
        ("Переправить танки невозможно.", "The tanks cannot be ferried over."),
        (
            "Это касается не только США, но и Англии.",
            "This concerns not only the United States but also Britain.",
        ),
        ("Почему бы не начать переговоры?", "Why not start negotiations?"),
        ("Самолетов нет.", "There are no aircraft."),
        ("Товары прибыли без документов.", "The goods did not come with documents."),
        ("Ответ будет дан только после 1 мая.", "The answer will not be given until May 1."),
        ("Разве посол не знает об этом?", "Does the ambassador not know of this?"),
    ],
)
def test_an_english_negation_the_original_holds_is_no_addition(ru, en):
    assert _found(ru, en, TARGET) == []


def test_a_concessive_clause_is_no_negation():
    assert (
        _found(
            "Задержание было вежливое, как бы смешно это не звучало.",
            "The detention was polite, however funny this sounds.",
            SOURCE,
        )
        == []
    )


def test_until_before_the_particle_is_no_negation():
    assert (
        _found(
            "Отгрузить рис до 15 ноября, пока не замерз порт.",
            "The rice is to be shipped by November 15, while the port is still free of ice.",
            SOURCE,
        )
        == []
    )


def test_a_capitalised_word_after_ne_is_a_name_not_a_predicate():
    assert (
        _found("Маршал Не Жун-чжэнь прибыл в Москву.", "Marshal Nie Rongzhen arrived in Moscow.", SOURCE)
        == []
    )


def test_the_addition_message_names_the_original_verb():
    (finding,) = _found(
        "Комиссия рекомендует передать дело в прокуратуру.",
        "The commission recommends that the case not be passed to the procurator's office.",
        TARGET,
    )
    assert "the original has «передать» with no negation in its sentence" in finding.message


@pytest.mark.parametrize(
    ("ru", "en", "rendered"),
    [
        # the lexicon has no entry for the verb: the one past form the original does not account for
        (
            "Свидетель Крылов дважды не явился на допрос.",
            "The witness Krylov twice appeared for questioning.",
            "appeared",
        ),
        # the lexicon has the unprefixed verb only (засеять: сеять)
        ("Колхоз не засеял 200 гектаров.", "The kolkhoz sowed 200 hectares.", "sowed"),
    ],
)
def test_a_verb_found_another_way_makes_a_dropped_negation_major(ru, en, rendered):
    (finding,) = _found(ru, en, SOURCE)
    assert finding.severity == Severity.MAJOR
    assert f"“{rendered}”" in finding.message


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        (
            "Свидетель Крылов не явился на допрос без уважительных причин.",
            "The witness Krylov appeared for questioning without good reason.",
        ),
        (
            "Колхоз не засеял 200 гектаров из-за отсутствия семян.",
            "The kolkhoz sowed 200 hectares for lack of seed.",
        ),
        (
            "Секретарь не информировал райком о срыве графика.",
            "The secretary informed the district committee of the failure of the schedule.",
        ),
    ],
)
def test_a_negative_word_that_renders_another_negative_word_of_the_original_hides_no_omission(ru, en):
    assert [f.severity for f in _found(ru, en, SOURCE)] == [Severity.MAJOR]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        (
            "Свидетель Крылов не явился на допрос без уважительных причин.",
            "The witness Krylov failed to appear for questioning without good reason.",
        ),
        (
            "Свидетель Крылов не явился на допрос без уважительных причин.",
            "Without good reason the witness Krylov did not appear for questioning.",
        ),
        (
            "Колхоз не засеял 200 гектаров из-за отсутствия семян.",
            "The kolkhoz could not sow 200 hectares for lack of seed.",
        ),
        ("Комиссия не выявила нарушений.", "The commission found no violations."),
        ("Он никогда не бывал в Москве.", "He had never been to Moscow."),
        ("Он не помнил адреса.", "He forgot the address."),
        (
            "Завод не выполнил план из-за нехватки сырья.",
            "The plant fell short of the plan because of a shortage of raw materials.",
        ),
        ("Он не раз выступал на собраниях.", "He spoke at meetings more than once."),
        ("Поставки начнутся не ранее мая.", "Deliveries will start no earlier than May."),
        ("Бригада работала не покладая рук.", "The brigade worked tirelessly."),
        # a negative word of the original beside the one the translation keeps before the verb
        (
            "Из-за срыва поставок завод не выполнил план.",
            "Because of the disruption of supplies the plant failed to fulfil the plan.",
        ),
        (
            "Из-за срыва поставок завод не выполнил план.",
            "Because of the disruption of supplies the plant did not fulfil the plan.",
        ),
        (
            "Комиссия без проверки не выявила нарушений.",
            "Without a check the commission found no violations.",
        ),
    ],
)
def test_a_negation_rendered_or_no_negation_at_all_gives_no_omission(ru, en):
    assert _found(ru, en, SOURCE) == []


def test_a_verb_with_a_particle_is_no_counterpart_by_elimination():
    # "kept out of" renders «не вмешивался» as an idiom: at most the weak finding of a verb not found
    findings = _found("Министр в этот спор не вмешивался.", "The minister kept out of the dispute.", SOURCE)
    assert [f.severity for f in findings] == [Severity.MINOR]
    assert "not found" in findings[0].message
