"""A clause of condition with no number or name («если позволит погода») left out of a translation."""

from __future__ import annotations

from aligner.checks.omission.condition import gives_condition, opens_condition
from check_helpers import major_omissions


def test_a_clause_opens_with_a_condition_after_a_joining_conjunction() -> None:
    assert opens_condition("а в случае неявки свидетелей отложить слушание", "ru")
    assert opens_condition("если позволит погода,", "ru")
    assert not opens_condition("и в течение недели закончить сев", "ru")


def test_a_translation_gives_a_condition_in_other_words() -> None:
    assert gives_condition("The brigade will sail on Tuesday, weather permitting.", "en")
    assert not gives_condition("The brigade will sail on Tuesday.", "en")


def test_a_dropped_condition_with_no_number_or_name_is_a_major_omission() -> None:
    source = "Бригада судов, если позволит погода, выйдет в море во вторник утром."
    target = "The brigade of ships will put to sea on Tuesday morning."
    (lost,) = major_omissions(source, target)
    assert lost.startswith("если позволит погода")


def test_a_condition_given_as_weather_permitting_is_no_omission() -> None:
    source = "Бригада судов, если позволит погода, выйдет в море во вторник утром."
    target = "The brigade of ships will put to sea on Tuesday morning, weather permitting."
    assert major_omissions(source, target) == []


def test_a_condition_given_as_if_is_no_omission() -> None:
    source = "Бригада судов, если позволит погода, выйдет в море во вторник утром."
    target = "If the sea is calm, the brigade of ships will put to sea on Tuesday morning."
    assert major_omissions(source, target) == []


def test_a_dropped_condition_with_a_year_the_rest_gives_too_is_a_major_omission() -> None:
    source = (
        "Поставить артели в 1952 году 40 лодок и 12 моторов, при условии возврата артелью "
        "до 1 марта 1952 г. долга за снасти 1950 года."
    )
    target = "To supply the artel in 1952 with 40 boats and 12 motors."
    (lost,) = major_omissions(source, target)
    assert lost.startswith("при условии возврата")


def test_a_number_given_twice_on_both_sides_is_rendered() -> None:
    # a headline run into its first sentence with no stop: both sides say the figure twice
    source = (
        "Более 40 тысяч школ могут закрыться из-за нехватки учителей, заявили в ЮНЕСКО Более 40 тысяч "
        "школ в мире могут быть закрыты из-за нехватки учителей, которая замедлила прогресс в вопросе "
        "всеобщего доступа к образованию, заявили в Организации Объединенных Наций по вопросам "
        "образования (ЮНЕСКО)."
    )
    target = (
        "According to UNESCO, more than 40 thousand schools could close due to a shortage of teachers "
        "More than 40 thousand schools worldwide could be closed due to the shortage of teachers that "
        "slowed down the progress of universal access to education, declared the United Nations "
        "Educational Organization (UNESCO)."
    )
    assert major_omissions(source, target) == []
