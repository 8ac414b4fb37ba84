"""A time qualifier («в ближайшее время», «не позднее …»), a reason opened by «учитывая» and a
parenthesis of explanation («(то есть …)») left out of a translation, and the same given in other words."""

from __future__ import annotations

from aligner.checks.omission.clauses import clauses
from aligner.checks.omission.qualification import holds_qualification, opens_qualification
from aligner.model import Segment, Span
from check_helpers import major_omissions


def _segment(text: str) -> Segment:
    return Segment("s1", "source", text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))


def test_a_phrase_complete_in_itself_is_a_clause_of_its_own() -> None:
    pieces = [p.text for p in clauses(_segment("В ближайшее время артель получит новые лодки и сети."))]
    assert "В ближайшее время" in pieces


def test_the_new_kinds_open_and_are_given() -> None:
    assert opens_qualification("в кратчайший срок", "ru") == "time"
    assert opens_qualification("учитывая позднюю весну", "ru") == "reason"
    assert opens_qualification("(т. е. за счет колхоза)", "ru") == "explanation"
    assert holds_qualification("The nets will be sent shortly.", "en") == {"time"}
    assert holds_qualification("paid by the farm, i.e. not by the state", "en") == {"explanation"}


def test_a_dropped_time_qualifier_at_the_start_is_a_major_omission() -> None:
    source = "В ближайшее время рыболовецкая артель получит от треста новые моторные лодки и сети."
    target = "The fishing cooperative will receive new motor boats and nets from the trust."
    (lost,) = major_omissions(source, target)
    assert lost.startswith("В ближайшее время")


def test_a_time_qualifier_given_as_shortly_is_no_omission() -> None:
    source = "В ближайшее время рыболовецкая артель получит от треста новые моторные лодки и сети."
    target = "The fishing cooperative will shortly receive new motor boats and nets from the trust."
    assert major_omissions(source, target) == []


def test_a_dropped_deadline_with_no_comma_is_a_major_omission() -> None:
    source = "Тресту поручить доставить рыболовецкой артели моторные лодки и сети не позднее 1 октября."
    target = "The trust is to deliver the motor boats and nets to the fishing cooperative."
    (lost,) = major_omissions(source, target)
    assert lost.startswith("не позднее")


def test_a_dropped_reason_opened_by_considering_is_a_major_omission() -> None:
    source = "Учитывая позднюю весну на озерах, разрешить артели начать путину на две недели позже."
    target = "The cooperative is allowed to start the fishing season two weeks later."
    (lost,) = major_omissions(source, target)
    assert lost.startswith("Учитывая позднюю")


#: An original with a parenthesis of explanation.
_LEASE = "Моторные лодки передаются артели в аренду (т. е. без права продажи) сроком на пять лет."


def test_a_dropped_parenthesis_of_explanation_is_a_major_omission() -> None:
    source = _LEASE
    target = "The motor boats are leased to the cooperative for five years."
    (lost,) = major_omissions(source, target)
    assert lost.startswith("(т. е.")


def test_a_parenthesis_given_with_that_is_is_no_omission() -> None:
    source = _LEASE
    target = "The motor boats are leased (that is, they may not be sold) to the cooperative for five years."
    assert major_omissions(source, target) == []


def test_the_shortest_time_given_as_quickly_is_no_omission() -> None:
    source = "Склад в кратчайшие сроки отгружает зерно, сохраняя его качество."
    target = "The depot ships the grain very quickly, keeping its quality."
    assert major_omissions(source, target) == []
