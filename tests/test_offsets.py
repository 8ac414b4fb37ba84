"""Compact offsets of verbatim segments, and the report's segment look-up."""

from __future__ import annotations

import pickle

import pytest

from aligner.model import Offsets, Segment, Span, compact_offsets
from aligner.pipeline import check_texts


def test_a_verbatim_run_is_kept_as_two_numbers_and_reads_like_its_tuple() -> None:
    run = compact_offsets((5, 6, 7, 8))
    assert isinstance(run, Offsets)
    assert run == (5, 6, 7, 8)
    assert (5, 6, 7, 8) == run  # noqa: SIM300 - the tuple on the left asks Offsets.__eq__
    assert (run[0], run[-1], len(run), list(run)) == (5, 8, 4, [5, 6, 7, 8])
    assert run[1:3] == (6, 7)
    assert run[:1] + run[2:] == (5, 7, 8)
    assert hash(run) == hash((5, 6, 7, 8))
    assert pickle.loads(pickle.dumps(run)) == run
    with pytest.raises(IndexError):
        run[4]


def test_offsets_with_a_gap_stay_a_tuple() -> None:
    assert compact_offsets([3, 4, 9]) == (3, 4, 9)
    assert type(compact_offsets([3, 4, 9])) is tuple
    assert type(compact_offsets(())) is tuple


def test_a_segment_maps_its_text_back_the_same_either_way() -> None:
    seg = Segment("s1", "source", "Да.", Span(10, 13), "text", offsets=(10, 11, 12))
    assert isinstance(seg.offsets, Offsets)
    assert seg.raw_span(1, 3) == Span(11, 13)


def test_the_report_finds_each_segment_by_id() -> None:
    report = check_texts("Он пришёл.\nОна ушла.", "He came.\nShe left.")
    for side in (report.source, report.target):
        for seg in side.segments:
            assert report.segment(seg.id) is seg
    with pytest.raises(KeyError, match="no segment 'zz'"):
        report.segment("zz")
