"""A first name given in full where the original has its initial is no name added."""

from __future__ import annotations

import pytest

from aligner.checks.name import check_name
from aligner.config import Config
from check_helpers import context


def names(ru: str, en: str) -> list[str]:
    return [f.rule for f in check_name(context([(ru, en)]), config=Config())]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Беседа с послом Канады Г. Уилсоном.", "Conversation with the Canadian Ambassador Harold Wilson."),
        ("Беседа с послом Канады Г. Р. УИЛСОНОМ.", "Talk with the Canadian Ambassador, Harold WILSON."),
        ("Письмо передал посланник Дж. Бейкер.", "The letter was handed over by Minister James Baker."),
    ],
)
def test_an_initial_given_as_the_first_name_is_no_name_added(ru: str, en: str) -> None:
    assert names(ru, en) == []


def test_a_first_name_against_another_initial_is_still_reported() -> None:
    assert names("Беседа с послом Канады Т. Уилсоном.", "Talk with the Canadian Ambassador Harold Wilson.")
