"""Caps that keep inherently superlinear rules bounded, as a user sees them."""

from __future__ import annotations

import pytest

from aligner import Config, LimitError, check_texts
from aligner.spelling import MAX_WORD, suggest


def test_a_passage_with_hundreds_of_differing_numbers_gives_one_minor_finding():
    source = "Цифры: " + ", ".join(str(n) for n in range(1000, 1300)) + "."
    target = "Figures: " + ", ".join(str(n) for n in range(5000, 5300)) + "."
    report = check_texts(source, target, config=Config(checks=("number",)))
    assert [(f.rule, str(f.severity)) for f in report.findings] == [("number.too_many", "minor")]
    assert "300 numbers in the source and 300 in the translation" in report.findings[0].message


def test_a_word_longer_than_any_russian_word_gets_no_spelling_suggestion():
    assert suggest("а" * (MAX_WORD + 1)) is None


def test_a_side_far_over_the_segment_limit_is_refused_before_it_is_read():
    with pytest.raises(LimitError, match=r"more than 10 segments \(about 39\)"):
        check_texts("Да. " * 40, "Yes.", config=Config(max_segments=10))


def test_initials_do_not_count_as_sentences_in_the_rough_count():
    report = check_texts(
        "Подписали " + "И. В. " * 30 + "Сталин.", "Signed by Stalin.", config=Config(max_segments=10)
    )
    assert len(report.source.segments) == 1
