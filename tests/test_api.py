"""The public names of ``import aligner``: what a user may rely on, and nothing that needs the test kit."""

from __future__ import annotations

import json

import aligner

PUBLIC = {
    "__version__",
    # the front door
    "check_file",
    "check_page",
    "check_texts",
    "check_document",
    "render",
    "formats",
    "save_report",
    "available_checks",
    "Config",
    # the JSON report
    "report_schema",
    "report_from_json",
    # records
    "Span",
    "Segment",
    "SegmentKind",
    "Side",
    "Metadata",
    "Document",
    "Mention",
    "NumberValue",
    "DateValue",
    "DatePoint",
    "ConceptRef",
    "Features",
    "Bead",
    "Alignment",
    "Finding",
    "Severity",
    "Report",
    # errors
    "AlignerError",
    "InputError",
    "EncodingError",
    "StructureError",
    "LimitError",
    "ConfigError",
    "OutputError",
    "InvariantError",
    # the invariants every report keeps
    "check_invariants",
}


def test_all_names_exactly_the_public_api() -> None:
    assert set(aligner.__all__) == PUBLIC
    assert len(aligner.__all__) == len(PUBLIC), "a name is listed twice"
    for name in aligner.__all__:
        assert hasattr(aligner, name), name


def test_the_json_report_round_trips_through_the_top_level_names() -> None:
    report = aligner.check_texts("Прошу 25-35 советников.", "I ask for 25-30 advisors.")
    again = aligner.report_from_json(aligner.render(report, "json"))
    assert [f.message for f in again.findings] == [f.message for f in report.findings]
    schema = aligner.report_schema()
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert json.loads(aligner.render(report, "json"))["schema"] == "aligner.report/1"


def test_available_checks_name_every_built_in_check_in_order() -> None:
    assert aligner.available_checks()[:3] == ("number", "date", "title")
    assert {"omission", "addition", "ocr", "duplicate"} <= set(aligner.available_checks())
