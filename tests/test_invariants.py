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


@pytest.mark.parametrize(
    "source",
    [
        "Прошу выделить для армии сто грузо-\n\nЛист 7\n\nвиков до конца мая. Ответ жду.",  # a broken word
        "Прошу выделить для армии,\n\n14\n\nсто грузовиков до конца мая. Ответ жду.",  # a broken sentence
    ],
)
def test_a_sentence_broken_across_a_page_reads_over_the_page_furniture(source):
    report = check_texts(
        source, "I ask for a hundred trucks for the army by the end of May. I await a reply."
    )
    check_invariants(report)
    sentence = next(s for s in report.source.segments if s.is_text)
    assert "грузовиков" in sentence.text
    furniture = next(s for s in report.source.segments if not s.is_text)
    assert sentence.span.start < furniture.span.start < sentence.span.end


def test_a_segment_overlapping_another_is_caught():
    report = check_texts("Первое предложение. Второе.", "First sentence. Second.")
    first, second = report.source.segments
    wider = attrs.evolve(second, span=attrs.evolve(second.span, start=first.span.end - 3))
    broken = attrs.evolve(report, source=attrs.evolve(report.source, segments=(first, wider)))
    with pytest.raises(InvariantError, match="overlaps"):
        check_invariants(broken)


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
