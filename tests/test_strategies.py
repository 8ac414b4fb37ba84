"""The public hypothesis strategies: what they generate is what they promise."""

from __future__ import annotations

import subprocess
import sys

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from aligner.strategies import (
    BEAD_SHAPES,
    PERTURBATION_KINDS,
    Noised,
    ParallelDocument,
    Perturbation,
    archival_noise,
    parallel_documents,
    perturbations,
)

_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")


def _covers_in_order(beads: tuple, n: int, side: int) -> bool:
    ids = [i for bead in beads for i in bead[side]]
    return ids == list(range(n))


@given(parallel_documents())
def test_gold_beads_hold_every_sentence_once_in_order(doc: ParallelDocument) -> None:
    assert _covers_in_order(doc.beads, len(doc.source_sentences), 0)
    assert _covers_in_order(doc.beads, len(doc.target_sentences), 1)
    assert all(shape in BEAD_SHAPES for shape in doc.shapes)
    assert any(shape in ("1-1", "1-2", "2-1") for shape in doc.shapes)


@given(parallel_documents())
def test_sentence_spans_give_back_the_sentences(doc: ParallelDocument) -> None:
    for text, sentences, spans in (
        (doc.source, doc.source_sentences, doc.source_spans),
        (doc.target, doc.target_sentences, doc.target_spans),
    ):
        assert [text[a:b] for a, b in spans] == list(sentences)
        # nothing but white space between and around the sentences
        rest = list(text)
        for a, b in spans:
            rest[a:b] = [" "] * (b - a)
        assert "".join(rest).strip() == ""
    assert doc.page[doc.target_offset :] == doc.target


@given(parallel_documents())
def test_each_side_is_in_its_language(doc: ParallelDocument) -> None:
    assert all(_CYRILLIC.search(s) for s in doc.source_sentences)
    assert not _CYRILLIC.search(doc.target)


@given(parallel_documents())
def test_facts_point_at_their_words_on_both_sides(doc: ParallelDocument) -> None:
    for fact in doc.facts:
        src = doc.source[fact.source[0] : fact.source[1]]
        tgt = doc.target[fact.target[0] : fact.target[1]]
        assert src
        assert src.strip() == src
        assert tgt
        assert tgt.strip() == tgt
        if fact.kind in ("number", "range") and src[0].isdigit():
            # the same figures, grouped and with the decimal mark as each language writes them
            assert src.replace("\u00a0", "").replace(",", ".") == tgt.replace(",", "")
        source_ids, target_ids = doc.beads[fact.bead]
        assert any(doc.source_spans[i][0] <= fact.source[0] < doc.source_spans[i][1] for i in source_ids)
        assert any(doc.target_spans[i][0] <= fact.target[0] < doc.target_spans[i][1] for i in target_ids)


@given(parallel_documents(min_beads=3, max_beads=3, shapes=("1-1",), paragraphs=False))
def test_bead_count_and_shapes_are_honoured(doc: ParallelDocument) -> None:
    assert doc.shapes == ("1-1", "1-1", "1-1")
    assert "\n" not in doc.source


def test_examples_shrink_to_one_simple_bead() -> None:
    from hypothesis import find

    smallest = find(parallel_documents(), lambda d: True)
    assert smallest.shapes == ("1-1",)
    # the first template, with a one-figure number (the shrinker need not reach 0 itself)
    (source,), (target,) = smallest.source_sentences, smallest.target_sentences
    assert regex.fullmatch(r"Число советников: \d\.", source), source
    assert target == f"Number of advisors: {source[-2]}."


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"min_beads": 0}, "min_beads"),
        ({"min_beads": 5, "max_beads": 2}, "max_beads"),
        ({"shapes": "1-1"}, "shapes must be a sequence"),
        ({"shapes": ("4-1",)}, "shapes"),
        ({"shapes": ("1-0", "0-1")}, "must hold one of"),
        ({"paragraphs": "yes"}, "paragraphs"),
    ],
)
def test_bad_arguments_are_refused(kwargs: dict, message: str) -> None:
    with pytest.raises(InvalidArgument, match=message):
        parallel_documents(**kwargs)


# ----------------------------------------------------------------------------- archival noise


@given(archival_noise())
def test_noise_keeps_every_original_character_in_order(noised: Noised) -> None:
    offsets = noised.offsets
    assert len(offsets) == len(noised.original)
    assert all(a < b for a, b in zip(offsets, offsets[1:], strict=False))
    for i, j in enumerate(offsets):
        ch, noisy = noised.original[i], noised.text[j]
        assert noisy == ch or (ch == " " and noisy == "\n") or (ch.isalpha() and noisy.isalpha())
        assert noised.origin(j) == i


@given(archival_noise(min_width=40, max_width=60, letter_spacing=False, furniture=False))
def test_noise_wraps_lines_near_the_width(noised: Noised) -> None:
    for line in noised.text.split("\n"):
        words = line.split(" ")
        # a line is over the width only when it is one word (or a word and its punctuation)
        assert len(line) <= 60 or len(words) == 1


@given(
    archival_noise(
        "Совещание состоялось восьмого числа.\n\nПредседатель подписал письмо.",
        hyphenation=False,
        page_breaks=False,
        letter_spacing=False,
        look_alikes=False,
    )
)
def test_without_page_breaks_furniture_goes_between_paragraphs_only(noised: Noised) -> None:
    paragraphs = [p for p in regex.split(r"\n\s*\n", noised.text) if p.strip()]
    assert paragraphs[0].replace("\n", " ") == "Совещание состоялось восьмого числа."
    assert "Председатель подписал письмо." in [p.replace("\n", " ") for p in paragraphs]


_LONG = (
    "Совещание состоялось восьмого числа, и председатель подписал письмо о поставках "
    "зерна, угля и металла для восстановления разрушенных войной городов и заводов."
)


def _inserted_lines(noised: Noised) -> list[str]:
    lines = noised.text.split("\n")
    return [
        line for i, line in enumerate(lines) if all(noised.origin(j) is None for j in _line_range(lines, i))
    ]


def test_a_page_can_end_inside_a_sentence() -> None:
    from hypothesis import find

    noised = find(
        archival_noise(_LONG, hyphenation=False, letter_spacing=False, look_alikes=False, max_width=40),
        lambda n: "\n\n" not in n.text and bool(_inserted_lines(n)),
    )
    # a furniture line between two lines of the one sentence, no blank line around it
    (furniture,) = _inserted_lines(noised)
    assert regex.fullmatch(r"[-\s\d]+|\p{L}+ № \d+|№ \d+", furniture), furniture
    assert noised.text.startswith("Совещание")
    assert noised.text.endswith("заводов.")


def _line_range(lines: list[str], i: int) -> range:
    start = sum(len(line) + 1 for line in lines[:i])
    return range(start, start + len(lines[i]))


@given(archival_noise(language="en"))
def test_the_translation_can_be_noised_too(noised: Noised) -> None:
    assert not _CYRILLIC.search(noised.original)
    for j in noised.offsets:
        assert noised.text[j] == noised.original[noised.origin(j)] or noised.text[j] in "\nаеорсухАВЕКМНОРСТХ"
    assert not regex.search(r"Лист|№", noised.text)


def test_noise_can_be_switched_off() -> None:
    text = "Председатель Совета Министров подписал письмо восьмого июля."

    @given(archival_noise(text, hyphenation=False, furniture=False, letter_spacing=False, look_alikes=False))
    @settings(max_examples=20)
    def check(noised: Noised) -> None:
        assert noised.text.replace("\n", " ") == text

    check()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"text": b"bytes"}, "text must be a str"),
        ({"min_width": 5}, "min_width"),
        ({"min_width": 50, "max_width": 40}, "max_width"),
        ({"furniture": 1}, "furniture"),
        ({"page_breaks": None}, "page_breaks"),
        ({"language": "de"}, "language"),
    ],
)
def test_bad_noise_arguments_are_refused(kwargs: dict, message: str) -> None:
    with pytest.raises(InvalidArgument, match=message):
        archival_noise(**kwargs)


# ----------------------------------------------------------------------------- perturbations


@given(perturbations())
def test_a_perturbation_changes_the_translation_at_its_evidence(p: Perturbation) -> None:
    doc, orig = p.document, p.original
    assert p.kind in PERTURBATION_KINDS
    assert doc.source == orig.source
    assert doc.target != orig.target
    assert _covers_in_order(doc.beads, len(doc.source_sentences), 0)
    assert _covers_in_order(doc.beads, len(doc.target_sentences), 1)
    assert [doc.target[a:b] for a, b in doc.target_spans] == list(doc.target_sentences)
    if p.kind == "omission":
        assert not p.target_evidence
        assert len(doc.target_sentences) == len(orig.target_sentences) - 1
        ((a, b),) = p.source_evidence
        assert doc.source[a:b] not in doc.target
    elif p.kind == "addition":
        assert not p.source_evidence
        ((a, b),) = p.target_evidence
        added = doc.target_spans.index((a, b))
        assert ((), (added,)) in doc.beads
    else:
        ((sa, sb),) = p.source_evidence
        ((ta, tb),) = p.target_evidence
        assert doc.source[sa:sb]
        assert doc.target[ta:tb] not in (
            orig.target[f.target[0] : f.target[1]] for f in orig.facts if f.source == (sa, sb)
        )
        # every fact still shared points at the same words as before
        for fact in doc.facts:
            assert doc.target[fact.target[0] : fact.target[1]] in orig.target


@given(parallel_documents(shapes=("1-1",)).flatmap(lambda d: perturbations(d, kinds=("addition",))))
def test_perturbations_of_a_given_document(p: Perturbation) -> None:
    assert p.kind == "addition"
    assert len(p.document.beads) == len(p.original.beads) + 1


def test_a_document_without_the_fact_is_refused() -> None:
    from hypothesis import find

    doc = find(parallel_documents(shapes=("1-1",)), lambda d: not any(f.kind == "date" for f in d.facts))
    with pytest.raises(InvalidArgument, match="allows none"):
        perturbations(doc, kinds=("date",))
    with pytest.raises(InvalidArgument, match="kinds"):
        perturbations(kinds=("spelling",))
    with pytest.raises(InvalidArgument, match="ParallelDocument"):
        perturbations("Число советников: 2.")  # type: ignore[arg-type]


@given(st.from_type(ParallelDocument))
def test_the_record_type_resolves_through_st_from_type(doc: ParallelDocument) -> None:
    assert doc.beads


# ----------------------------------------------------------------------------- importing the kit


def _fresh(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    "code",
    [
        "from aligner.strategies import parallel_documents",
        "from aligner.testing import parallel_documents",
        "import hypothesis; from aligner.strategies import perturbations",
        "import aligner.strategies as a, aligner.testing as b; assert a.Noised is b.Noised",
        "import aligner.testing as b, aligner.strategies as a; assert a.__all__ == b.__all__",
    ],
)
def test_the_kit_imports_in_a_fresh_interpreter_in_any_order(code: str) -> None:
    done = _fresh(code)
    assert done.returncode == 0, done.stderr


def test_importing_hypothesis_does_not_import_aligner() -> None:
    done = _fresh("import sys, hypothesis; print(sorted(m for m in sys.modules if m.startswith('aligner')))")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_importing_aligner_does_not_import_the_kit() -> None:
    done = _fresh("import sys, aligner; print('hypothesis' in sys.modules, 'aligner.testing' in sys.modules)")
    assert done.stdout.strip() == "False False", done.stderr


# ----------------------------------------------------------------------------- README example
# README example: a user's property test built on aligner's strategies (kept word for word).

import aligner  # noqa: E402
from aligner.testing import perturbations as _perturbations  # noqa: E402


# deadline=None: each example runs the whole pipeline, and the first one also loads
# the Russian morphology and the lexicon (about a second), far over hypothesis'
# default deadline of 200 ms per example.
@settings(max_examples=50, deadline=None)
@given(_perturbations(kinds=["number", "range", "date", "title"]))
def test_readme_example_a_changed_fact_is_reported(p) -> None:
    report = aligner.check_texts(p.document.source, p.document.target)
    ((start, end),) = p.source_evidence
    assert any(
        f.kind == p.finding_kind and any(e.start < end and start < e.end for e in f.source_evidence)
        for f in report.findings
    ), p.description


# ----------------------------------------------------------------------------- independent oracles


def test_the_kits_names_are_none_of_the_checkers_known_names() -> None:
    from aligner.resources import data_toml
    from aligner.testing._vocabulary import _names

    known = set()
    for entry in data_toml("names.toml").get("name", ()):
        for form in (*entry.get("ru", ()), *entry.get("en", ())):
            known.update(w.lower() for w in regex.findall(r"\p{L}+", str(form)))
    kit = {w.lower() for n in _names() for w in (n.ru, n.en)}
    assert len(_names()) >= 200
    assert not kit & known


@given(parallel_documents(shapes=("1-1",)))
def test_numbers_dates_and_words_come_from_independent_sources(doc: ParallelDocument) -> None:
    from babel.dates import get_month_names
    from num2words import num2words

    months = set(get_month_names("wide", locale="en").values())
    for fact in doc.facts:
        tgt = doc.target[fact.target[0] : fact.target[1]]
        if fact.kind == "date":
            assert tgt.split()[0] in months
        elif fact.kind == "number" and not tgt[0].isdigit():
            assert tgt == num2words(int(fact.value), lang="en")


# ----------------------------------------------------------------------------- gold beads and kinds


@settings(max_examples=20, deadline=None)
@given(parallel_documents(max_beads=6, shapes=("1-1",)))
def test_gold_beads_map_to_report_segment_ids(doc: ParallelDocument) -> None:
    from aligner import check_page, check_texts
    from aligner.testing import text_beads

    for report in (check_texts(doc.source, doc.target), check_page(doc.page)):
        gold = doc.gold_alignment(report)
        assert len(gold) == len(doc.beads)
        ids = [i for s, t in gold for i in s + t]
        assert len(ids) == len(set(ids))
        assert all(s and t for s, t in gold)
        assert set(ids) <= {i for b in text_beads(report) for i in b[0] + b[1]}


@settings(max_examples=20, deadline=None)
@given(
    parallel_documents(max_beads=4, shapes=("1-1",)).flatmap(
        lambda d: st.tuples(st.just(d), archival_noise(d.target, language="en"))
    )
)
def test_gold_beads_map_through_a_noised_translation(pair: tuple[ParallelDocument, Noised]) -> None:
    from aligner import check_texts

    doc, noised = pair
    report = check_texts(doc.source, noised.text)
    gold = doc.gold_alignment(report, target_noise=noised)
    assert [len(s) for s, _ in gold] == [1] * len(doc.beads)
    if doc.target not in noised.text:
        with pytest.raises(ValueError, match="Noised"):
            doc.gold_alignment(report)


@given(parallel_documents())
def test_applicable_kinds_are_exactly_those_perturbations_accept(doc: ParallelDocument) -> None:
    from aligner.testing import applicable_kinds

    kinds = applicable_kinds(doc)
    assert "addition" in kinds
    assert set(kinds) <= set(PERTURBATION_KINDS)
    perturbations(doc, kinds=kinds)  # never refused
    for kind in set(PERTURBATION_KINDS) - set(kinds):
        with pytest.raises(InvalidArgument, match="applicable_kinds"):
            perturbations(doc, kinds=(kind,))


@settings(max_examples=5, deadline=None)  # no suppressed health check: generating must be quick enough
@given(parallel_documents(min_beads=100, max_beads=150))
def test_documents_of_a_hundred_beads_and_more_pass_the_health_checks(doc: ParallelDocument) -> None:
    assert len(doc.beads) >= 100
    assert len(set(doc.source_sentences)) == len(doc.source_sentences)
