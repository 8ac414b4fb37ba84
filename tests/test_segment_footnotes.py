"""Footnotes the text marks: a line opening with the number of a mark the running text carries."""

from __future__ import annotations

import pytest

from aligner.model import Span
from aligner.segment import segment_side


def _kinds(text: str, language: str) -> list[tuple[str, str]]:
    return [
        (s.kind.value, s.text)
        for s in segment_side(text, Span(0, len(text)), side="target", language=language)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The mill was sold to the trust,2 which closed it.\n\n2 The trust kept the lease until 1952.\n",
            "en",
        ),
        (
            "The mill went to the trust.2\n2 The trust kept the lease\nuntil 1952.\nSigned: the director\n",
            "en",
        ),
        ("Мельницу продали тресту¹, который ее закрыл.\n\n¹ Трест держал аренду до 1952 г.\n", "ru"),
    ],
)
def test_a_line_opening_with_the_number_of_a_mark_in_the_text_is_a_footnote(text: str, language: str) -> None:
    kinds = _kinds(text, language)
    notes = [t for k, t in kinds if k == "editorial"]
    assert len(notes) == 1
    assert notes[0].split()[1] in ("The", "Трест")
    assert kinds[0][0] == "text"
    assert all(k == "text" for k, t in kinds if t.startswith("Signed"))  # the line after the note is not


@pytest.mark.parametrize(
    "text",
    [
        "The plan has three points.\n\n2 The second point is the budget.\n",  # no mark: a numbered point
        "2 The trust kept the lease.\n\nThe mill went to the trust,2 which closed it.\n",  # the mark after
    ],
)
def test_a_numbered_line_with_no_mark_before_it_stays_text(text: str) -> None:
    assert all(k == "text" for k, _ in _kinds(text, "en"))
