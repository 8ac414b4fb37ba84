"""A lost clause of over half its sentence, joined by two conjunctions; a name given by its surname."""

from __future__ import annotations

from aligner.checks.omission.clauses import clauses
from aligner.model import SOURCE, Segment, Span
from check_helpers import major_omissions


def test_a_second_clause_joined_by_two_conjunctions_is_a_clause_of_its_own() -> None:
    text = "Трест просит, чтобы уголь проверяли на складе и чтобы о его отгрузке извещали заранее."
    seg = Segment("s1", SOURCE, text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))
    assert "и чтобы о его отгрузке извещали заранее." in [p.text for p in clauses(seg)]


def test_a_long_last_clause_with_a_number_left_out_is_a_lost_clause() -> None:
    source = (
        "Завод просит трест обеспечить, чтобы каждая партия угля проверялась на складе лаборантом "
        "и чтобы о ее отгрузке управление дороги извещалось не позднее чем за 5 суток."
    )
    target = (
        "The plant asks the trust to ensure that each batch of coal is checked at the depot by a chemist."
    )
    (lost,) = major_omissions(source, target)
    assert lost.startswith("и чтобы о ее отгрузке")


def test_a_long_clause_of_a_short_sentence_is_no_lost_clause() -> None:
    # the rest («Делегаты вспоминали о трудностях») is too short to show the clause dropped
    source = "Делегаты вспоминали о трудностях, пережитых в начале 30-х годов."
    target = "Delegates recalled the hardships endured in the early thirties."
    assert major_omissions(source, target) == []


def test_a_name_given_by_its_surname_alone_is_no_lost_clause() -> None:
    source = "Главная забота завода, продолжал Лю Шао-ци, - нехватка угля."
    target = "The plant's chief worry, Liu went on, is the shortage of coal."
    assert major_omissions(source, target) == []


def test_a_lost_clause_with_a_year_is_found_though_one_of_its_words_meets_the_translation() -> None:
    # «отнесены» (carried) meets the "carrying" that renders «перевозки» of the rest
    source = (
        "Комбинат просит выяснить, сможет ли министерство выделить для перевозки руды три баржи "
        "на срок до четырех месяцев, с тем чтобы расходы были отнесены на счет фонда 1955 года."
    )
    target = (
        "The combine asks whether the ministry could allot three barges for carrying the ore "
        "for a period of up to four months."
    )
    (lost,) = major_omissions(source, target)
    assert lost.startswith("с тем чтобы расходы")


def test_a_clause_with_a_year_whose_words_the_translation_renders_is_no_lost_clause() -> None:
    source = "Комбинат просит выделить три баржи, с тем чтобы расходы были отнесены на счет фонда 1955 года."
    target = "The combine asks for three barges, the costs to be charged to the fund."
    assert major_omissions(source, target) == []
