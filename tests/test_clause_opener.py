"""A qualifying clause joined by «и» and a compound opener («и в случае …») with no comma before it."""

from __future__ import annotations

from aligner.checks.omission.clauses import clauses
from aligner.model import SOURCE, Segment, Span
from check_helpers import major_omissions


def _segment(text: str) -> Segment:
    return Segment("s1", SOURCE, text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))


def test_a_conjunction_and_a_compound_opener_start_a_clause() -> None:
    text = "Комбинат просит утвердить смету и при условии её утверждения выделить фонды на металл."
    parts = [p.text for p in clauses(_segment(text))]
    assert "и при условии её утверждения выделить фонды на металл." in parts


def test_a_conjunction_before_a_plain_phrase_starts_no_clause() -> None:
    text = "Комбинат просит утвердить смету и в течение месяца выделить фонды."
    assert clauses(_segment(text)) == []


#: A request with a condition joined by «и» and no comma before it.
_BRIDGE = (
    "Управление просит трест прислать заключение о проекте моста "
    "и в случае несогласия экспертов назначить повторную проверку."
)


def test_a_dropped_condition_joined_by_and_is_an_omission() -> None:
    target = "The directorate asks the trust to send its opinion on the bridge design."
    (lost,) = major_omissions(_BRIDGE, target)
    assert lost.startswith("и в случае несогласия")


def test_a_rendered_condition_joined_by_and_is_no_omission() -> None:
    target = (
        "The directorate asks the trust to send its opinion on the bridge design "
        "and, should the experts disagree, to order a second inspection."
    )
    assert major_omissions(_BRIDGE, target) == []


def test_a_dropped_clause_after_a_comma_is_found_where_a_capital_reads_as_a_lost_stop() -> None:
    # «Комиссии» with a capital inside the sentence reads as a hidden break; the lengths alone then
    # point at the rendered first part, and the clause the words show unrendered must win
    source = (
        "Управление просит Трест сообщить заключение Комиссии, "
        "а в случае несогласия экспертов назначить повторную проверку."
    )
    target = "The Directorate asks the Trust to communicate the Commission's opinion."
    (lost,) = major_omissions(source, target)
    assert lost.startswith("а в случае несогласия")
