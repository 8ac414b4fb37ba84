"""The renderer registry: names, order, suffixes, and every format rendering every fixture."""

from __future__ import annotations

import pytest

from aligner.errors import AlignerError, ConfigError
from aligner.render import RENDERERS, formats, media_type_of, register, render, suffix_of
from render_fixtures import FIXTURES

ALL = ("text", "json", "markdown", "html", "csv", "tmx", "xliff")


def test_formats_are_registered_in_order_with_text_first():
    assert formats() == ALL
    assert tuple(RENDERERS) == ALL


@pytest.mark.parametrize(
    ("fmt", "suffix"),
    [
        ("text", ".txt"),
        ("json", ".json"),
        ("markdown", ".md"),
        ("html", ".html"),
        ("csv", ".csv"),
        ("tmx", ".tmx"),
        ("xliff", ".xlf"),
    ],
)
def test_suffixes(fmt, suffix):
    assert suffix_of(fmt) == suffix
    assert "/" in media_type_of(fmt)


def test_unknown_format_names_the_choices():
    with pytest.raises(ConfigError, match="choose one of: text, json"):
        render(FIXTURES["small"](), "docx")
    with pytest.raises(AlignerError):
        suffix_of("docx")


def test_a_name_cannot_be_registered_twice():
    with pytest.raises(ConfigError, match="already registered"):
        register("text", suffix=".txt", media_type="text/plain")(lambda report, *, explain=False: "")
    assert RENDERERS["text"].suffix == ".txt"


@pytest.mark.parametrize("fixture", sorted(FIXTURES))
@pytest.mark.parametrize("fmt", ALL)
@pytest.mark.parametrize("explain", [False, True])
def test_every_format_renders_every_fixture_deterministically(fmt, fixture, explain):
    report = FIXTURES[fixture]()
    out = render(report, fmt, explain=explain)
    assert isinstance(out, str)
    assert out.strip()
    assert out == render(FIXTURES[fixture](), fmt, explain=explain)


def test_text_is_the_default():
    report = FIXTURES["small"]()
    assert render(report) == render(report, "text")


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_explain_adds_the_rules(fmt):
    report = FIXTURES["small"]()
    plain, explained = render(report, fmt), render(report, fmt, explain=True)
    assert "numbers-differ" not in plain
    assert "numbers-differ" in explained
