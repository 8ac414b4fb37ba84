"""The one tokenizer (aligner.tokens): words with offsets, read the way each caller asks."""

from __future__ import annotations

import pytest

from aligner.tokens import HYPHENS, tokens, words


def test_each_word_comes_with_its_offsets() -> None:
    text = "Мы прибыли в Тверь-2 вчера."
    found = tokens(text)
    assert [w for _s, _e, w in found] == ["Мы", "прибыли", "в", "Тверь", "вчера"]
    assert all(text[s:e] == w for s, e, w in found)


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [
        ("генерал-майор don't", {}, ["генерал-майор", "don't"]),
        ("генерал-майор don't", {"joiners": ""}, ["генерал", "майор", "don", "t"]),
        ("генерал\u2011майор", {}, ["генерал", "майор"]),
        ("генерал\u2011майор", {"joiners": HYPHENS}, ["генерал\u2011майор"]),
        ("O'Brien-Smith", {"joiners": "'’"}, ["O'Brien", "Smith"]),
        ("в 1917 году", {}, ["в", "году"]),
        ("в 1917 году", {"numbers": True}, ["в", "1917", "году"]),
        ("G7 и ф. 45", {"joiners": "", "digits_join": True, "marks": False}, ["G7", "и", "ф", "45"]),
        ("соз\u0301дан", {}, ["соз\u0301дан"]),
        ("соз\u0301дан", {"marks": False}, ["соз", "дан"]),
        ("word- next -x", {}, ["word", "next", "x"]),
        ("", {}, []),
    ],
)
def test_words_are_read_as_the_caller_asks(text: str, options: dict, expected: list[str]) -> None:
    assert words(text, **options) == expected
    assert [w for _s, _e, w in tokens(text, **options)] == expected


def test_a_joiner_with_no_letter_after_it_ends_the_word() -> None:
    assert words("Jones’ house, re-") == ["Jones", "house", "re"]
