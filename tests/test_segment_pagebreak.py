"""A sentence broken across a page break, with a page number and a printed edition's running head between."""

from __future__ import annotations

from aligner.model import Span
from aligner.segment import segment_side


def kinds(text: str, language: str) -> list[tuple[str, str]]:
    return [
        (s.kind.value, s.text)
        for s in segment_side(text, Span(0, len(text)), side="source", language=language)
    ]


def test_a_sentence_broken_by_a_running_head_with_its_page_number_is_one_sentence() -> None:
    text = (
        "The fleet will sail from Hull, and the escort will meet it off\n\n"
        "LETTERS OF THE WAR YEARS 214\n\nthe Faroes. The rest follows."
    )
    assert kinds(text, "en") == [
        ("furniture", "LETTERS OF THE WAR YEARS 214"),
        ("text", "The fleet will sail from Hull, and the escort will meet it off the Faroes."),
        ("text", "The rest follows."),
    ]


def test_a_page_number_and_a_running_head_in_capitals_inside_a_russian_sentence() -> None:
    text = "Завод выпустит в мае\n\n- 12 -\n\nДОКУМЕНТЫ И МАТЕРИАЛЫ\n\nсорок паровозов. Конец."
    assert kinds(text, "ru") == [
        ("furniture", "- 12 -"),
        ("furniture", "ДОКУМЕНТЫ И МАТЕРИАЛЫ"),
        ("text", "Завод выпустит в мае сорок паровозов."),
        ("text", "Конец."),
    ]


def test_a_heading_in_capitals_without_a_page_number_keeps_the_paragraphs_apart() -> None:
    text = "Планы утверждены в мае\n\nОБЩИЕ ПОЛОЖЕНИЯ\n\nпункты следуют ниже."
    assert [k for k, _ in kinds(text, "ru")] == ["text", "heading", "text"]


def test_a_letterhead_in_capitals_before_a_number_line_is_no_broken_sentence() -> None:
    text = "МИНИСТЕРСТВО ФИНАНСОВ\n\n№ 44/12\n\nтт. Петрову, Сидорову - все."
    assert kinds(text, "ru")[0] == ("heading", "МИНИСТЕРСТВО ФИНАНСОВ")
