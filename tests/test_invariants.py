"""The promises every report keeps (aligner.invariants), and the inputs that once broke them."""

from __future__ import annotations

import attrs
import pytest

from aligner import Bead, Config, InvariantError, check_invariants, check_texts
from aligner.model import Alignment


def _pairs(report):
    return [(b.source, b.target) for b in report.alignment]


def test_page_number_between_two_sentences_one_translation_sentence_renders_stays_in_order():
    report = check_texts(
        "Число советников: 2.\n\n14\n\nГенералиссимус подписал письмо.",
        "Number of advisors: 2; the Generalissimo signed the letter.",
        config=Config(debug=True),
    )
    assert _pairs(report) == [(("s1", "s2", "s3"), ("t1",))]
    assert report.source.by_id()["s2"].kind == "furniture"


def test_letters_separated_by_combining_grapheme_joiners_keep_beads_in_order():
    target = "\u034f".join("The first one. The second one here. Third sentence is long. Fourth.")
    report = check_texts(
        "Первое. Второе здесь. Третье длинное предложение. Четвёртое.", target, config=Config(debug=True)
    )
    check_invariants(report)


def test_a_bead_out_of_order_is_caught():
    report = check_texts("Первое. Второе.", "First. Second.")
    beads = tuple(reversed(report.alignment.beads))
    broken = attrs.evolve(report, alignment=Alignment(beads))
    with pytest.raises(InvariantError, match="out of document order"):
        check_invariants(broken)


def test_a_segment_in_two_beads_is_caught():
    report = check_texts("Первое.", "First.")
    broken = attrs.evolve(report, alignment=Alignment((*report.alignment.beads, Bead(("s1",), ()))))
    with pytest.raises(InvariantError, match="lies in bead 1 and bead 2"):
        check_invariants(broken)


def test_a_segment_in_no_bead_is_caught():
    report = check_texts("Первое. Второе.", "First. Second.")
    broken = attrs.evolve(report, alignment=Alignment(report.alignment.beads[:1]))
    with pytest.raises(InvariantError, match="in no bead"):
        check_invariants(broken)
