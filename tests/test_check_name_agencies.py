"""News agencies named in the other language's style are one name."""

from __future__ import annotations

import pytest

from aligner.checks.name import check_name
from aligner.config import Config
from check_helpers import context


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        (
            "ЛОНДОН, 3 мая (Ассошиэйтед Пресс). Переговоры прерваны.",
            "LONDON, May 3 (AP). The talks have broken off.",
        ),
        (
            "ПАРИЖ, 4 мая. (Франс Пресс). Забастовка докеров продолжается.",
            "PARIS, May 4 (AFP). The dock strike goes on.",
        ),
        ("Агентство Юнайтед Пресс сообщает о новых арестах.", "United Press reports new arrests."),
    ],
)
def test_a_news_agency_under_its_other_style_is_no_name_changed(ru: str, en: str) -> None:
    assert list(check_name(context([(ru, en)]), config=Config())) == []
