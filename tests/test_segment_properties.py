"""Invariants of segmentation for arbitrary text: nothing lost, nothing counted twice, offsets true."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aligner.model import Span
from aligner.segment import segment_side

# Text built from the characters that matter to the segmenter: Cyrillic and Latin
# letters, digits, end punctuation, hyphens at line ends, brackets, number signs,
# spaces and line breaks of every kind, and anything else Unicode has.
_ALPHABET = st.sampled_from(
    list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ")
    + list("abcdefxyzABCXYZ0123456789")
    + [
        ".",
        ".",
        "!",
        "?",
        "…",
        "-",
        "-",
        "—",
        ",",
        ":",
        ";",
        "«",
        "»",
        '"',
        "(",
        ")",
        "[",
        "]",
        "№",
        "/",
    ]
    + [" ", " ", " ", "  ", "\n", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u00ad"]
)
texts = st.one_of(
    st.lists(_ALPHABET, max_size=300).map("".join),
    st.text(max_size=200),
)


@given(
    text=texts,
    language=st.sampled_from(["ru", "en"]),
    split=st.sampled_from(["sentences", "lines"]),
)
def test_every_non_space_character_lies_in_exactly_one_segment(text: str, language: str, split: str) -> None:
    segs = segment_side(text, Span(0, len(text)), side="source", language=language, split=split)
    owner = [0] * len(text)
    for seg in segs:
        for i in range(seg.span.start, seg.span.end):
            owner[i] += 1
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert owner[i] == 1, (i, ch)
        else:
            assert owner[i] <= 1


@given(text=texts, language=st.sampled_from(["ru", "en"]))
def test_segments_are_ordered_and_their_offsets_round_trip(text: str, language: str) -> None:
    segs = segment_side(text, Span(0, len(text)), side="target", language=language)
    ends = [s.span.start for s in segs]
    assert ends == sorted(ends)
    for seg in segs:
        assert seg.text, seg
        assert seg.text == seg.text.strip()
        assert seg.offsets[0] == seg.span.start
        assert seg.offsets[-1] == seg.span.end - 1
        assert list(seg.offsets) == sorted(seg.offsets)
        for ch, off in zip(seg.text, seg.offsets, strict=True):
            # each normalised character is the original one, or a space standing for white space
            assert ch == text[off] or (ch == " " and text[off].isspace()), (ch, text[off])


@given(text=texts)
def test_segmenting_a_part_of_a_file_stays_inside_it(text: str) -> None:
    padded = "HEADER\n\n" + text + "\n\nTAIL"
    span = Span(8, 8 + len(text))
    for seg in segment_side(padded, span, side="source", language="ru"):
        assert span.start <= seg.span.start < seg.span.end <= span.end
