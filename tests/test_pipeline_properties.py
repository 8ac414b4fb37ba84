"""Properties of the whole pipeline, on generated pairs (aligner.testing) and on arbitrary input.

The arbitrary-input invariants run ``CI_EXAMPLES`` examples: 5,000 under
``HYPOTHESIS_PROFILE=ci``, 100 otherwise.
"""

from __future__ import annotations

import os

import attrs
import pytest
import regex
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from aligner.errors import AlignerError
from aligner.model import Report, SegmentKind, Severity
from aligner.pipeline import available_checks, check_document, check_page, check_texts
from aligner.read import read_pair
from aligner.render.json import report_from_dict, report_to_dict
from aligner.testing import (
    Noised,
    ParallelDocument,
    Perturbation,
    archival_noise,
    parallel_documents,
    perturbations,
    text_beads,
)

CI = os.environ.get("HYPOTHESIS_PROFILE") == "ci"
#: Examples of each arbitrary-input invariant: 5,000 on CI, 100 while developing.
CI_EXAMPLES = 5_000 if CI else 100
#: Examples of each property over generated documents (each runs the whole pipeline).
DOC_EXAMPLES = 300 if CI else 30

_arbitrary = settings(max_examples=CI_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_documents = settings(
    max_examples=DOC_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

CLEAN = ("1-1", "1-2", "2-1")


# ----------------------------------------------------------------------------- invariants


def assert_invariants(report: Report) -> None:
    """What must hold of every report, whatever the input."""
    doc = report.document
    for side, span, text in (
        (report.source, doc.source_span, doc.source_text),
        (report.target, doc.target_span, doc.target_text),
    ):
        owner: dict[int, str] = {}
        for seg in side.segments:
            # text[start:end] round-trips: every character maps back to the same (or a folded space)
            assert len(seg.offsets) == len(seg.text)
            for ch, at in zip(seg.text, seg.offsets, strict=True):
                assert seg.span.start <= at < seg.span.end
                assert text[at] == ch or (ch == " " and text[at].isspace()), (seg.id, ch, text[at])
            assert seg.span.of(text).strip() == seg.span.of(text)
            for at in range(seg.span.start, seg.span.end):
                assert at not in owner, f"{seg.id} overlaps {owner.get(at)}"
                owner[at] = seg.id
        # every non-space character of the side lies in exactly one segment
        lost = [i for i in range(span.start, span.end) if not text[i].isspace() and i not in owner]
        assert not lost, f"characters lost: {text[lost[0] : lost[0] + 20]!r}"
    # beads in order, each segment exactly once
    assert [i for b in report.alignment for i in b.source] == [s.id for s in report.source]
    assert [i for b in report.alignment for i in b.target] == [s.id for s in report.target]
    kinds = {s.id: s.kind for side in (report.source, report.target) for s in side}
    for bead in report.alignment:
        if bead.rule.startswith("apparatus."):
            continue  # apparatus beside its rendering on the other side
        for ids in (bead.source, bead.target):
            # furniture has a bead of its own, or lies between two sentences of one bead
            for k, i in enumerate(ids):
                if kinds[i] is SegmentKind.FURNITURE and len(bead.source) + len(bead.target) > 1:
                    assert 0 < k < len(ids) - 1, f"furniture {i} at the edge of {bead}"
    # findings point at segments and at text of their side
    for finding in report.findings:
        for span in finding.source_evidence:
            assert span.end <= len(doc.source_text)
        for span in finding.target_evidence:
            assert span.end <= len(doc.target_text)


def _text_beads(report: Report) -> list:
    kinds = {s.id: s.kind for side in (report.source, report.target) for s in side}
    text = (SegmentKind.TEXT, SegmentKind.HEADING)
    return [b for b in report.alignment if any(kinds[i] in text for i in b.source + b.target)]


_ALPHABET = st.sampled_from(
    list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ")
    + list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    + list("0123456789 .,;:!?…-–—«»\"'()[]№/#*_\n\n\n\t")
)
_texts = st.one_of(st.text(_ALPHABET, max_size=300), st.text(max_size=80))


def _run(source: str, target: str) -> Report | None:
    try:
        return check_texts(source, target)
    except AlignerError:
        return None


@_arbitrary
@given(_texts, _texts)
def test_invariants_hold_for_arbitrary_pairs(source: str, target: str) -> None:
    report = _run(source, target)
    if report is not None:
        assert_invariants(report)


@_arbitrary
@given(_texts)
def test_invariants_hold_for_arbitrary_pages(page: str) -> None:
    try:
        report = check_page(page)
    except AlignerError:
        return
    assert_invariants(report)


@_arbitrary
@given(_texts)
def test_a_text_aligned_with_itself_gives_one_to_one_beads(text: str) -> None:
    try:
        report = check_document(read_pair(text, text, target_language="ru"))
    except AlignerError:
        return
    for bead in _text_beads(report):
        assert bead.shape == "1-1", bead
        (s,), (t,) = bead.source, bead.target
        assert s[1:] == t[1:]


@_arbitrary
@given(_texts, _texts)
def test_json_report_round_trips(source: str, target: str) -> None:
    report = _run(source, target)
    if report is None:
        return
    data = report_to_dict(report, include_text=True)
    again = report_from_dict(data)
    assert report_to_dict(again, include_text=True) == data
    assert [(b.source, b.target, b.score) for b in again.alignment] == [
        (b.source, b.target, b.score) for b in report.alignment
    ]
    assert [attrs.evolve(f, rule="") for f in again.findings] == [
        attrs.evolve(f, rule="") for f in report.findings
    ]
    for mine, theirs in ((again.source, report.source), (again.target, report.target)):
        assert [(g.id, g.text, g.span, g.kind, g.offsets) for g in mine] == [
            (g.id, g.text, g.span, g.kind, g.offsets) for g in theirs
        ]


@_arbitrary
@given(_texts, _texts)
def test_json_report_with_explanations_round_trips_exactly(source: str, target: str) -> None:
    report = _run(source, target)
    if report is None:
        return
    again = report_from_dict(report_to_dict(report, include_text=True, explain=True))
    assert again.alignment == report.alignment
    assert again.findings == report.findings


@_documents
@given(parallel_documents(max_beads=8))
def test_invariants_hold_for_generated_pages(doc: ParallelDocument) -> None:
    assert_invariants(check_page(doc.page))


# ----------------------------------------------------------------------------- clean pairs


def _share(strategy: st.SearchStrategy, outcome, examples: int) -> tuple[int, int]:
    """How many of ``examples`` fixed examples of ``strategy`` give ``outcome(x) is True``.

    The examples are the same on every run (derandomized, no database), so a share
    measured once is a bound a later run must hold. ``outcome`` returns None for an
    example that does not count.
    """
    seen: list[bool] = []

    @settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def run(x) -> None:
        result = outcome(x)
        if result is not None:
            seen.append(bool(result))

    run()
    return sum(seen), len(seen)


#: Clean pairs (of 100 fixed ones) that may give a major or critical finding. Measured: 22 of
#: 100 once, every one a pair with an English number word over a thousand in num2words' style
#: ("three thousand, one hundred and twenty-three", read as 3000 and 123); 0 since English
#: number words with commas are read as one number. Lower the bound as the checks improve;
#: never raise it without saying why (2 leaves room for the examples' drift, see below).
CLEAN_MAJOR_BOUND = 2

#: Of those, pairs without that known limit that may still give one. The fixed examples
#: depend a little on which modules the run has imported (hypothesis draws constants from
#: them). Measured: 0 alone, 0 in the whole suite. It was 7 in the whole suite, all of one
#: shape: a 2-1 bead next to a 1-2 bead in a document of four sentences, read as two 1-1
#: beads although a name anchors each sentence to its counterpart, until the aligner learnt to
#: keep a once-only name, number or term with its counterpart (``aligner.align_cross``).
CLEAN_OTHER_BOUND = 0


def _worded_thousands(doc: ParallelDocument) -> bool:
    """Whether the pair writes a number of a thousand or more in words (the known limit)."""
    return any(
        f.kind == "number" and f.value >= 1000 and not doc.target[f.target[0]].isdigit() for f in doc.facts
    )


def test_clean_pairs_seldom_give_a_major_finding() -> None:
    unexpected: list[list[str]] = []

    def major(doc: ParallelDocument) -> bool:
        report = check_texts(doc.source, doc.target)
        found = [f.message for f in report.findings if f.severity.at_least(Severity.MAJOR)]
        if found and not _worded_thousands(doc):
            unexpected.append(found)
        return bool(found)

    hits, total = _share(parallel_documents(max_beads=8, shapes=CLEAN), major, 100)
    print(f"clean pairs with a major finding: {hits} of {total}; outside the known limit: {len(unexpected)}")  # noqa: T201
    assert total >= 90
    assert hits <= CLEAN_MAJOR_BOUND, unexpected
    assert len(unexpected) <= CLEAN_OTHER_BOUND, unexpected


@_documents
@given(parallel_documents(max_beads=8, shapes=("1-1",)))
def test_one_to_one_pairs_are_aligned_as_gold(doc: ParallelDocument) -> None:
    report = check_texts(doc.source, doc.target)
    assert text_beads(report) == doc.gold_alignment(report)


# ----------------------------------------------------------------------------- archival noise


def _mapped_beads(report: Report, noised: Noised | None) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The text beads as (source starts, target starts) in the clean text's offsets."""
    out = []
    for bead in _text_beads(report):
        src = tuple(
            noised.origin_at_or_after(report.segment(i).span.start)
            if noised
            else report.segment(i).span.start
            for i in bead.source
        )
        tgt = tuple(report.segment(i).span.start for i in bead.target)
        out.append((src, tgt))
    return out


def _distinct_sentences(sentences: tuple[str, ...]) -> bool:
    """Whether every clause of a side shares under half its words with every other clause."""
    clauses = [c for s in sentences for c in regex.split(r"[;.]\s", s) if c.strip()]
    words = [frozenset(w.lower() for w in regex.findall(r"\p{L}{4,}", c)) for c in clauses]
    return all(
        len(a & b) < max(1, min(len(a), len(b)) // 2 + 1) for i, a in enumerate(words) for b in words[i + 1 :]
    )


@_documents
@given(
    parallel_documents(max_beads=6, shapes=CLEAN).flatmap(
        lambda d: st.tuples(st.just(d), archival_noise(d.source, look_alikes=False, page_breaks=False))
    )
)
def test_archival_noise_does_not_change_the_alignment(
    pair: tuple[ParallelDocument, Noised],
) -> None:
    doc, noised = pair
    noisy = _noisy_report(doc, noised)
    assert_invariants(noisy)
    assert _mapped_beads(noisy, noised) == _mapped_beads(check_texts(doc.source, doc.target), None)


@_documents
@given(
    parallel_documents(max_beads=6, shapes=CLEAN).flatmap(
        lambda d: st.tuples(st.just(d), archival_noise(d.source, look_alikes=False, hyphenation=False))
    )
)
def test_a_page_break_inside_a_sentence_keeps_the_invariants(
    pair: tuple[ParallelDocument, Noised],
) -> None:
    doc, noised = pair
    assert_invariants(check_texts(noised.text, doc.target))


@_documents
@given(
    parallel_documents(max_beads=6, shapes=CLEAN).flatmap(
        lambda d: st.tuples(
            st.just(d), archival_noise(d.target, language="en", look_alikes=False, page_breaks=False)
        )
    )
)
def test_a_noised_translation_keeps_the_gold_alignment(pair: tuple[ParallelDocument, Noised]) -> None:
    doc, noised = pair
    clean = check_texts(doc.source, doc.target)
    assume(text_beads(clean) == doc.gold_alignment(clean))
    noisy = check_texts(doc.source, noised.text)
    assert_invariants(noisy)
    assert text_beads(noisy) == doc.gold_alignment(noisy, target_noise=noised)


def _noisy_report(doc: ParallelDocument, noised: Noised) -> Report:
    """The report of the noised original against the translation, for a document whose
    alignment noise could only change by mistake."""
    # Where two sentences of a side differ only in a number, the gold alignment itself is
    # ambiguous and any noise may tip it: such documents say nothing about robustness.
    assume(_distinct_sentences(doc.source_sentences) and _distinct_sentences(doc.target_sentences))
    return check_texts(noised.text, doc.target)


@_documents
@given(
    parallel_documents(max_beads=6, shapes=CLEAN).flatmap(
        lambda d: st.tuples(
            st.just(d),
            archival_noise(d.source, hyphenation=False, furniture=False, letter_spacing=False),
        )
    )
)
def test_look_alike_letters_do_not_change_the_alignment(
    pair: tuple[ParallelDocument, Noised],
) -> None:
    doc, noised = pair
    noisy = _noisy_report(doc, noised)
    assert _mapped_beads(noisy, noised) == _mapped_beads(check_texts(doc.source, doc.target), None)


# ---------------------------------------------------------------- injected discrepancies


def _found(report: Report, p: Perturbation) -> bool:
    """Whether findings of the kind point at the evidence on each side that has some.

    One finding holding both sides' evidence is best; a pair of findings (the
    source's value missing, the translation's added) also puts each spot in front
    of the historian.
    """
    findings = [
        f for f in report.findings if f.kind == p.finding_kind and f.severity.at_least(Severity.MINOR)
    ]

    def hit(spans: tuple, wanted: tuple) -> bool:
        return any(s.start < b and a < s.end for s in spans for a, b in wanted)

    return all(
        not wanted or any(hit(getattr(f, side), wanted) for f in findings)
        for side, wanted in (
            ("source_evidence", p.source_evidence),
            ("target_evidence", p.target_evidence),
        )
    )


def _kind(kind: str, check: str | None = None, *, known_limit: str = ""):
    """A test parameter for a perturbation kind whose check (``check``, else ``kind``) must exist.

    ``known_limit``: why the check misses this kind today (a strict xfail: the day it
    finds them, the test says so and the mark must go).
    """
    assert (check or kind) in available_checks(), f"there is no {check or kind!r} check"
    marks = [pytest.mark.xfail(strict=True, reason=known_limit)] if known_limit else []
    return pytest.param(kind, id=kind, marks=marks)


@st.composite
def _one_to_one_perturbations(draw: st.DrawFn, kind: str) -> Perturbation:
    """A perturbation of ``kind`` in a document whose sentences are translated one to one."""
    doc = draw(parallel_documents(max_beads=8, shapes=("1-1",)))
    try:
        return draw(perturbations(doc, kinds=(kind,)))
    except InvalidArgument:  # the document holds no fact of that kind to change
        assume(False)
        raise


def _words_of(sentence: str) -> frozenset[str]:
    return frozenset(w.lower() for w in regex.findall(r"\p{L}{4,}", sentence))


def _distinct_passage(p: Perturbation) -> bool:
    """Whether a left-out or added sentence differs in words from every other sentence of its side.

    Two sentences of one template ("Число советников: 2." and "Число советников: 3.")
    differ only in a number: which one the translator left out cannot be told, and a
    checker that reports the numbers instead is right. Such documents are left out of
    the omission and addition properties.
    """
    if p.kind not in ("omission", "addition"):
        return True
    if p.kind == "omission":
        doc, (span,) = p.original, p.source_evidence
        text, sentences, spans = doc.source, doc.source_sentences, doc.source_spans
    else:
        doc, (span,) = p.document, p.target_evidence
        text, sentences, spans = doc.target, doc.target_sentences, doc.target_spans
    mine = _words_of(text[span[0] : span[1]])
    others = [_words_of(s) for s, sp in zip(sentences, spans, strict=True) if tuple(sp) != tuple(span)]
    return all(len(mine & o) < max(1, len(mine) // 2) for o in others)


@pytest.mark.parametrize(
    "kind",
    [
        _kind("number"),
        _kind("range", "number"),
        _kind("title"),
        _kind("date"),
        _kind("addition"),
    ],
)
def test_an_injected_discrepancy_is_found_at_its_spot(kind: str) -> None:
    # Documents of one-to-one sentences: where the translator also joined or split
    # sentences around the change, the aligner may pair the clauses otherwise and the
    # finding then lands beside the spot (a known limit, measured in benchmarks/).
    @_documents
    @given(_one_to_one_perturbations(kind))
    def check(p: Perturbation) -> None:
        assume(_distinct_passage(p))
        report = check_texts(p.document.source, p.document.target)
        assert _found(report, p), (p.description, [(f.kind, f.message) for f in report.findings])

    check()


#: Of 100 fixed one-to-one pairs with a changed surname or a dropped sentence, how many must be
#: found. Measured: names 98 of 100, omissions 95 of 95; the misses are a surname changed into one
#: whose coarse sound key is alike (Муравьёв / Mamontov), and a two-word sentence ("Подпись:
#: ПЕТРОВ.") the aligner joins to its neighbour, too short for the check to call it left out.
#: Raise the bounds as the checks improve; never lower them without saying why.
#: The name bound went from 95 to 93: which 100 examples hypothesis draws depends on the tests run
#: before this one in the same process (the examples differ after test_fuzz.py), and on one such
#: draw 6 of the 100 are one document varied five times whose surname is changed into one of the
#: same opening sounds (Петухов / Petrov); the checks of the previous version miss those same
#: examples too. Alone this test finds 97 of 100; in the whole suite 94 to 99.
#: Later draws (after more tests were added) found 90 of 100 alone: the misses were surnames one
#: consonant apart in capitals (ПАВЛОВ / PETROV, КИРИЛЛОВ / KULAKOV), which the keys' likeness took
#: for one name; now that a consonant for another counts only where one sound is spelt both ways,
#: it finds 100 of 100 alone.
FOUND_BOUND = {"name": 93, "omission": 95}


@pytest.mark.parametrize("kind", sorted(FOUND_BOUND))
def test_a_changed_name_or_a_dropped_sentence_is_found_in_most_pairs(kind: str) -> None:
    def found(p: Perturbation) -> bool | None:
        if not _distinct_passage(p):
            return None
        return _found(check_texts(p.document.source, p.document.target), p)

    hits, total = _share(_one_to_one_perturbations(kind), found, 100)
    print(f"{kind}: found in {hits} of {total}")  # noqa: T201
    assert total >= 80
    assert hits * 100 >= FOUND_BOUND[kind] * total


def test_a_run_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    before = gc.get_threshold()
    check_texts("Первая строка.", "The first line.")
    assert gc.get_threshold() == before
