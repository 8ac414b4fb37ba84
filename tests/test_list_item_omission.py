"""An item left out of a numbered list the translator renumbers: the item's number is no anchor."""

from __future__ import annotations

from aligner.config import Config
from aligner.pipeline import check_texts

CHECKS = Config()

LIST = "Трест просит:\n1. Выделить 15 платформ.\n2. Ускорить ремонт крана.\n3. Сообщить график погрузки."


def _omitted(source: str, target: str) -> list[str]:
    report = check_texts(source, target, config=CHECKS)
    return [
        source[f.source_evidence[0].start : f.source_evidence[0].end]
        for f in report.findings
        if f.kind == "omission"
    ]


def test_the_left_out_item_is_reported_though_the_translation_renumbers_the_rest() -> None:
    source = LIST
    target = "The trust requests:\n1. To allot 15 flatcars.\n2. To report the loading schedule."
    assert _omitted(source, target) == ["2. Ускорить ремонт крана."]


def test_a_list_rendered_whole_has_no_omission() -> None:
    source = LIST
    target = (
        "The trust requests:\n1. To allot 15 flatcars.\n2. To speed up the crane repairs.\n"
        "3. To report the loading schedule."
    )
    assert _omitted(source, target) == []
