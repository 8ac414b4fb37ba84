"""Text in, text out: what cannot be written is refused at reading, and renderers raise OutputError."""

from __future__ import annotations

import attrs
import pytest

from aligner import InputError, LimitError, OutputError, check_page, check_texts, render
from aligner.errors import guarded
from aligner.render import formats

PAGE = "Прошу разрешить использование 25 советников.\n\nI ask to allow the use of 25 advisors.\n"


def test_a_lone_surrogate_in_the_original_is_refused_with_its_line_and_column():
    with pytest.raises(InputError, match=r"line 2, column 4 .*U\+D800"):
        check_texts("Первое.\nВто\ud800рое.", "First. Second.")


def test_a_lone_surrogate_in_a_page_is_refused():
    with pytest.raises(InputError, match=r"U\+DCFF"):
        check_page(PAGE.replace("25", "2\udcff5", 1))


def test_bytes_read_with_surrogateescape_are_refused_at_reading():
    text = ("Прошу.\n\nPlease.".encode() + b"\xff").decode("utf-8", errors="surrogateescape")
    with pytest.raises(InputError, match="surrogate"):
        check_page(text)


@pytest.mark.parametrize("format", formats())
def test_every_renderer_refuses_unwritable_text_with_output_error(format: str):
    report = check_page(PAGE)
    seg = report.source.segments[0]
    broken = attrs.evolve(
        report,
        source=attrs.evolve(report.source, segments=(attrs.evolve(seg, text="\ud800" * len(seg.text)),)),
    )
    try:
        text = render(broken, format)
    except OutputError:
        return
    text.encode("utf-8")  # what a renderer returns can always be written


def test_an_overflow_inside_the_library_is_a_limit_error():
    @guarded
    def overflow() -> None:
        raise OverflowError("int too large to convert to float")

    with pytest.raises(LimitError, match="too large"):
        overflow()


def test_a_recursion_error_inside_the_library_is_a_limit_error():
    @guarded
    def deep() -> None:
        raise RecursionError

    with pytest.raises(LimitError, match="nested too deeply"):
        deep()
