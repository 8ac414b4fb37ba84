"""An institution named by its abbreviation on one side and spelt out on the other is the same name."""

from __future__ import annotations

from aligner.checks.name import check_name
from aligner.config import Config
from aligner.model import Severity
from check_helpers import context


def test_a_ministry_abbreviation_against_its_english_name_gives_no_major_name_finding():
    ru = "Копию направить в МВТ СССР тов. Сорокину."
    ctx = context([(ru, "A copy is to go to the Ministry of Foreign Trade, Cde. Sorokin.")])
    found = list(check_name(ctx, config=Config()))
    assert [f.severity for f in found] == [Severity.MINOR]  # «СССР» left out of the ministry's name
