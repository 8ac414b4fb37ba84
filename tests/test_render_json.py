"""The JSON report: the DESIGN.md contract, the schema, and the round trip back to a Report."""

from __future__ import annotations

import json

import attrs
import jsonschema
import pytest
from hypothesis import given, settings

from aligner.errors import InputError
from aligner.model import SOURCE, TARGET
from aligner.render import render
from aligner.render.json import report_from_json, report_to_dict, schema
from render_fixtures import FIXTURES, reports, small_report


@pytest.fixture(scope="module")
def validator():
    s = schema()
    jsonschema.Draft202012Validator.check_schema(s)
    return jsonschema.Draft202012Validator(s)


def test_schema_is_draft_2020_12():
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("fixture", sorted(FIXTURES))
@pytest.mark.parametrize("explain", [False, True])
def test_rendered_json_validates(validator, fixture, explain):
    data = json.loads(render(FIXTURES[fixture](), "json", explain=explain))
    validator.validate(data)
    validator.validate(report_to_dict(FIXTURES[fixture](), explain=explain, include_text=True))


def test_the_schema_rejects_a_wrong_severity(validator):
    data = json.loads(render(small_report(), "json"))
    data["findings"][0]["severity"] = "grave"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


def test_contract_keys_and_values():
    report = small_report()
    data = json.loads(render(report, "json"))
    assert data["schema"] == "aligner.report/1"
    assert data["signature"] == "seg:ru-1|v:test"
    doc = data["document"]
    assert {k: doc[k] for k in ("path", "title", "date", "url", "source_language", "target_language")} == {
        "path": "seeds/example.txt",
        "title": "Handwritten Letter, Kim Il Sung to Joseph Stalin",
        "date": "1950-07-08",
        "url": "https://example.org/document/1",
        "source_language": "ru",
        "target_language": "en",
    }
    assert "source_text" not in doc  # the input is not embedded unless asked for
    assert data["source"]["language"] == "ru"
    s4 = data["source"]["segments"][3]
    assert s4["id"] == "s4"
    assert s4["text"] == "Это необходимо сейчас."  # normalised text
    assert report.document.source_text[s4["start"] : s4["end"]] == "Это нео-\nбходимо сейчас."
    assert s4["kind"] == "text"
    assert data["source"]["segments"][4]["kind"] == "furniture"
    assert data["alignment"][2] == {"source": ["s3", "s4"], "target": ["t3"], "score": 0.74}
    number = data["findings"][0]
    assert number["kind"] == "number"
    assert number["severity"] == "critical"
    assert number["source_evidence"][0]["text"] == "25-35"
    assert number["target_evidence"][0]["text"] == "25-30"
    start = number["source_evidence"][0]["start"]
    assert report.document.source_text[start : start + 5] == "25-35"
    assert "rule" not in number
    assert data["header"][0]["side"] == "source"


def test_explain_puts_rules_on_segments_beads_and_findings():
    data = json.loads(render(small_report(), "json", explain=True))
    assert data["source"]["segments"][0]["rule"] == "rule-s1"
    assert data["alignment"][2]["rule"] == "shape 2-1"
    assert data["findings"][1]["rule"] == "rank-differs"


@pytest.mark.parametrize("fixture", sorted(FIXTURES))
def test_round_trip_with_text_gives_an_equal_report(fixture):
    report = FIXTURES[fixture]()
    text = json.dumps(report_to_dict(report, explain=True, include_text=True), ensure_ascii=False)
    back = report_from_json(text)
    assert back == report
    for a, b in zip(back.source.segments, report.source.segments, strict=False):
        assert a.offsets == b.offsets


def _check_rebuilt(back, report):
    """Without the texts, every offset still points at the same characters."""
    assert back.source == report.source
    assert back.target == report.target
    assert back.alignment == report.alignment
    assert back.findings == report.findings
    assert back.signature == report.signature
    assert back.document.metadata == report.document.metadata
    for name in (SOURCE, TARGET):
        text, original = back.document.text_of(name), report.document.text_of(name)
        for a, b in zip(back.side(name).segments, report.side(name).segments, strict=False):
            assert a.offsets == b.offsets
            for i, o in enumerate(a.offsets):
                # the normalised character, or the original one where evidence quotes it
                assert text[o] in (a.text[i], original[o])
        for f in report.findings:
            for span in f.source_evidence if name == SOURCE else f.target_evidence:
                assert span.of(text) == span.of(original)


@pytest.mark.parametrize("fixture", sorted(FIXTURES))
def test_round_trip_of_rendered_json_keeps_every_offset(fixture):
    report = FIXTURES[fixture]()
    back = report_from_json(render(report, "json", explain=True))
    _check_rebuilt(back, report)
    shared = report.document.source_text == report.document.target_text
    assert (back.document.source_text == back.document.target_text) == shared


@settings(max_examples=60, deadline=None)
@given(reports())
def test_round_trip_property(report):
    text = json.dumps(report_to_dict(report, explain=True, include_text=True))
    assert report_from_json(text) == report
    _check_rebuilt(report_from_json(render(report, "json", explain=True)), report)


def test_rendered_json_keeps_non_ascii_readable():
    assert "СЕКРЕТНО" in render(small_report(), "json")


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("{not json", "not valid JSON"),
        ('{"schema": "other/9"}', "aligner.report/1"),
        ("[1, 2]", "not an aligner report"),
        ('{"schema": "aligner.report/1", "document": {}}', "cannot be read back"),
    ],
)
def test_bad_json_is_an_input_error(text, match):
    with pytest.raises(InputError, match=match):
        report_from_json(text)


def test_schema_returns_a_fresh_copy():
    s = schema()
    s["title"] = "changed"
    assert schema()["title"] != "changed"


def test_offsets_of_a_dehyphenated_segment_survive():
    report = small_report()
    s4 = report.source.by_id()["s4"]
    back = report_from_json(render(report, "json")).source.by_id()["s4"]
    assert back.offsets == s4.offsets
    assert back.raw_span(0, len(back.text)) == s4.span
    assert attrs.evolve(back, rule=s4.rule) == s4


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_the_json_written_item_by_item_is_the_json_rendered_whole(name):
    from aligner.render import render_pieces

    report = FIXTURES[name]()
    text = render(report, "json")
    assert "".join(render_pieces(report, "json")) == text
    assert json.loads(text) == report_to_dict(report)
    # one segment, bead or finding a line: a diff of two reports shows what changed
    assert text.count("\n") >= len(report.source.segments) + len(report.alignment.beads)
