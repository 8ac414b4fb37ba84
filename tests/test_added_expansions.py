"""What a translator adds (invented examples): a clause of his own that names a month, a side or an
unknown name is still found, and a collection's numbered heading above the translation is no
addition of the text."""

from __future__ import annotations

import pytest

from aligner.analysis import WordKeys
from aligner.checks.omission.added import added_clause_names
from aligner.checks.omission.breaks import Piece
from aligner.checks.omission.expansions import heading_line
from aligner.config import Config
from aligner.lexicon import default_lexicon
from aligner.model import Segment, SegmentKind, Span
from aligner.pipeline import check_texts
from aligner.segment.lines import classify_line
from check_helpers import REST

SOURCE = "Просим Вас ускорить отгрузку насосов и запасных частей к ним для северных рудников."
FAITHFUL = "We ask you to speed up the shipment of the pumps and their spare parts for the northern mines"


def _additions(target: str) -> list[tuple[str, str, str]]:
    """(severity, the translation's words, message) of each addition, the pair checked with :data:`REST`."""
    full = target + REST[1]
    report = check_texts(SOURCE + REST[0], full, config=Config())
    return [
        (f.severity.value, full[f.target_evidence[0].start : f.target_evidence[0].end], f.message)
        for f in report.findings
        if f.kind == "addition"
    ]


def test_an_added_clause_with_a_month_and_a_side_is_a_major_addition() -> None:
    found = _additions(FAITHFUL + ", which the Soviet trade mission had already promised us in March.")
    assert [(sev, words.split()[0]) for sev, words, _ in found] == [("major", "which")]


def test_an_added_clause_with_an_unknown_name_is_still_found() -> None:
    found = _additions(FAITHFUL + ", which the Kharzunov commission had already promised us last winter.")
    assert [words.split()[0] for _, words, _ in found] == ["which"]


def test_an_added_clause_naming_a_place_the_original_lacks_is_a_major_addition() -> None:
    found = _additions(FAITHFUL + ", and to deliver them to Verkhoyansk by river barge before the ice.")
    assert [(sev, words.split()[0]) for sev, words, _ in found] == [("major", "and")]


def test_an_added_clause_joined_by_and_that_with_no_comma_is_found() -> None:
    found = _additions(FAITHFUL + " and that the barges be towed on to Verkhoyansk under naval escort.")
    assert [words.split()[:2] for _, words, _ in found] == [["and", "that"]]


def test_an_added_clause_that_may_spell_the_originals_name_otherwise_is_minor() -> None:
    source = SOURCE.replace("для северных рудников.", "для рудников Хатанги.")
    target = FAITHFUL.replace(" northern", "") + ", which the Chatanga trust had promised us last winter."
    report = check_texts(source + REST[0], target + REST[1], config=Config())
    assert [f.severity.value for f in report.findings if f.kind == "addition"] == ["minor"]


def _piece(text: str, part: str) -> Piece:
    seg = Segment("t1", "target", text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))
    return Piece(seg, text.index(part), text.index(part) + len(part), clause=True)


def test_the_unknown_names_of_an_added_clause_make_it_minor() -> None:
    text = FAITHFUL + ", which the Kharzunov commission had promised in March."
    piece = _piece(text, "which the Kharzunov")
    assert added_clause_names(piece, WordKeys(default_lexicon())) == ["Kharzunov"]


def test_known_capitalised_words_and_the_opening_word_are_no_unknown_names() -> None:
    text = "Kharzunov wrote that the Soviet side had agreed in March."
    assert added_clause_names(_piece(text, text), WordKeys(default_lexicon())) == []


@pytest.mark.parametrize(
    "line",
    [
        "No. 212. Council Resolution on the Fishing Fleet of Sakhalin",
        "Document 31: Letter from Orlov to the Trade Mission",
        "Doc. No. 9. Record of a Conversation with the Consul, 4 May 1953",
    ],
)
def test_a_collections_numbered_heading_is_editorial(line: str) -> None:
    assert classify_line(line)[0] is SegmentKind.EDITORIAL


@pytest.mark.parametrize(
    "line",
    [
        "No. 12. We received the telegram of May 4 and the report of the consul",
        "No. 52 of May 3, 1949",
        "No. 7. The Resolution was adopted unanimously.",
    ],
)
def test_a_numbered_sentence_is_no_heading(line: str) -> None:
    kind = classify_line(line)
    assert kind is None or kind[0] is not SegmentKind.EDITORIAL


BASE = (
    "Ваше письмо от 12 июля получил. Наши отряды продолжают работы на севере.",
    "I have received your letter of July 12. Our teams are continuing the work in the north.",
)


def _lone_additions(target: str) -> list[tuple[str, str]]:
    """(severity, the first words) of each addition when ``target`` is the translation of :data:`BASE`."""
    report = check_texts(BASE[0] + REST[0], target + REST[1], config=Config())
    return [
        (f.severity.value, f.message.split("”")[0][-20:]) for f in report.findings if f.kind == "addition"
    ]


@pytest.mark.parametrize(
    "target",
    [
        "Orlov to Petrov, July 15, 1950\n\n" + BASE[1],
        "LETTER FROM THE CHAIRMAN OF THE FISHERIES BOARD TO THE MINISTER OF TRADE\n\n" + BASE[1],
        BASE[1] + " (The reference is to the survey begun in the spring of that year.)",
        BASE[1] + "\n\nPlease accept, dear Minister, the assurances of my deepest respect.",
    ],
)
def test_a_heading_a_note_in_parentheses_or_a_courtesy_with_no_original_is_minor(target: str) -> None:
    assert [sev for sev, _ in _lone_additions(target)] == ["minor"]


def test_a_sentence_of_substance_with_no_original_stays_major() -> None:
    target = (
        BASE[1] + " The teams had lost two boats in the storms of the previous week and were short of fuel."
    )
    assert [sev for sev, _ in _lone_additions(target)] == ["major"]


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Record of Conversation between Orlov and the Consul", True),
        ("the teams were short of fuel and boats", False),
        ("Orlov to Petrov, July 15, 1950.", False),
    ],
)
def test_a_heading_line_has_capitals_and_no_full_stop(text: str, heading: bool) -> None:
    seg = Segment("t1", "target", text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))
    assert heading_line(seg) is heading


def test_an_addition_in_the_translators_brackets_is_minor() -> None:
    target = (
        "I have received your letter of July 12. Our teams (the geologists of the eastern survey, who had "
        "wintered on the coast) are continuing the work in the north."
    )
    found = _lone_additions(target)
    assert found
    assert all(sev == "minor" for sev, _ in found)


def test_a_date_in_the_translators_square_brackets_is_minor() -> None:
    target = (
        "I have received your letter [i.e., the letter sent from Magadan on June 3, 1951] of July 12. "
        "Our teams "
        "are continuing the work in the north."
    )
    report = check_texts(BASE[0] + REST[0], target + REST[1], config=Config())
    dates = [f for f in report.findings if f.kind == "date"]
    assert dates
    assert all(f.severity.value == "minor" and "square brackets" in f.message for f in dates)


def test_a_date_outside_brackets_with_no_original_stays_major() -> None:
    target = (
        "I have received your letter of July 12. Our teams, which left Magadan on June 3, 1951, are "
        "continuing the work in the north."
    )
    report = check_texts(BASE[0] + REST[0], target + REST[1], config=Config())
    assert [f.severity.value for f in report.findings if f.kind == "date"] == ["major"]


@pytest.mark.parametrize("line", ["П51/307", "P 51/307", "ОБ 7/19"])
def test_a_protocol_mark_alone_is_a_reference_number(line: str) -> None:
    assert classify_line(line) == (SegmentKind.FURNITURE, "furniture.reference_number")
