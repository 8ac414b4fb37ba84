""" "Head" names livestock only when it counts animals ("500 head of cattle", "thousands of head"):
the head of an office, of a delegation or of state is no livestock (the examples are invented)."""

from __future__ import annotations

import pytest

from aligner.features import analyse
from aligner.model import Segment, Severity, Span
from check_helpers import cited_terms


def _terms(text: str) -> list[str]:
    segment = Segment("t1", "target", text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))
    return [m.text for m in analyse(segment, language="en").terms]


@pytest.mark.parametrize(
    "en",
    [
        "The head of the office left for Moscow.",
        "He met the head of the delegation.",
        "The heads of state signed the treaty.",
        "Head of the mission: N. Petrov.",
        "He was hit on the head.",
        "The two heads of government met in May.",
        "The first head of the mission was recalled.",
        "In 1950 head of the department Petrov retired.",
    ],
)
def test_a_head_that_counts_nothing_is_no_livestock(en):
    assert not any(t.lower().startswith("head") for t in _terms(en))


@pytest.mark.parametrize(
    "en",
    [
        "The farm kept 500 head of cattle.",
        "The herd lost 2,400 head.",
        "The district lost twelve thousand head of sheep.",
        "Thousands of head perished in the frost.",
        "Several head of cattle strayed.",
    ],
)
def test_a_head_that_counts_animals_is_livestock(en):
    assert any(t.lower() == "head" for t in _terms(en))


def test_the_head_of_a_body_is_no_rival_of_the_originals_animals():
    ru, en = "Начальник отдела доложил о падеже овец.", "The head of the office reported the loss of cattle."
    assert cited_terms(ru, en) == [("овец", "cattle", Severity.MAJOR)]


def test_head_counting_another_animal_still_changes_it():
    ru, en = "Колхоз потерял 300 овец.", "The farm lost 300 head of horses."
    assert cited_terms(ru, en) == [("овец", "horses", Severity.MAJOR)]
