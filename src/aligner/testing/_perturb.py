"""Injected discrepancies: :func:`perturbations`."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from typing import Any

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ._documents import _documents
from ._records import PERTURBATION_KINDS, Fact, ParallelDocument, Perturbation, _Range
from ._templates import _date_filler, _sentence_pair
from ._vocabulary import _names, _number_in_figures, _number_word, _title_alternatives

# --------------------------------------------------------------------------- perturbations

# The fact kind a perturbation changes, for the kinds that change a fact.
_CHANGES = {"number": "number", "range": "range", "date": "date", "title": "title", "name": "name"}


def perturbations(
    document: ParallelDocument | None = None,
    *,
    kinds: Sequence[str] = PERTURBATION_KINDS,
) -> st.SearchStrategy[Perturbation]:
    """One known discrepancy injected into a clean pair (by default a drawn one).

    The translation is changed in one place: a number in figures or in words
    gets another value of as many figures (``number``), the upper end of a range another one
    (``range``: "25-35" becomes "25-30"), a date another day (``date``), a
    rank or office another of its family that is neither broader nor narrower
    (``title``: Colonel General becomes Generalissimo), a name another name
    (``name``); a sentence of a 1-1 bead is dropped (``omission``) or a
    sentence with no source is added (``addition``). The result holds the
    changed pair (with its gold beads updated), the kind, and the ranges of
    the evidence in the new source and target texts.

    With a ``document``, only the ``kinds`` it allows are drawn (a pair with no
    date cannot have its date changed); :class:`~hypothesis.errors.InvalidArgument`
    is raised when it allows none: :func:`applicable_kinds` says which it allows.
    Without one, documents of 1-1, 1-2 and 2-1 beads are drawn that allow the
    kind. Examples shrink towards the first kind of ``kinds``, the earliest fact
    of the document, and the shrinking of the document itself (see :func:`parallel_documents`).
    """
    if isinstance(kinds, str):
        msg = f"kinds must be a sequence such as ('number', 'date'), not {kinds!r}"
        raise InvalidArgument(msg)
    chosen = tuple(kinds)
    unknown = [k for k in chosen if k not in PERTURBATION_KINDS]
    if unknown or not chosen:
        msg = f"kinds must be some of {', '.join(PERTURBATION_KINDS)} (got {chosen!r})"
        raise InvalidArgument(msg)
    if document is None:
        return st.sampled_from(chosen).flatmap(_drawn_and_perturbed)
    if not isinstance(document, ParallelDocument):
        msg = (
            f"document must be a ParallelDocument or None (got {type(document).__name__}); "
            "for a strategy of documents use parallel_documents().flatmap(perturbations)"
        )
        raise InvalidArgument(msg)
    possible = tuple(k for k in chosen if _applicable(document, k))
    if not possible:
        msg = (
            f"this document allows none of the kinds {chosen!r} (no such fact to change); "
            f"it allows {applicable_kinds(document)!r}: ask applicable_kinds(document) first"
        )
        raise InvalidArgument(msg)
    return st.sampled_from(possible).flatmap(lambda kind: _apply(document, kind))


def applicable_kinds(document: ParallelDocument) -> tuple[str, ...]:
    """The perturbation kinds ``document`` allows, in the order of :data:`PERTURBATION_KINDS`.

    A kind that changes a fact needs a fact of its kind whose value is unique in
    its bead (a pair with no date cannot have its date changed); ``omission``
    needs a 1-1 bead and a second target sentence; ``addition`` is always
    possible. ``perturbations(document, kinds=applicable_kinds(document))``
    never raises for a lack of facts.
    """
    if not isinstance(document, ParallelDocument):
        msg = f"document must be a ParallelDocument (got {type(document).__name__})"
        raise InvalidArgument(msg)
    return tuple(k for k in PERTURBATION_KINDS if _applicable(document, k))


def _changeable(document: ParallelDocument, kind: str) -> list[Fact]:
    """Facts of the kind whose value is unique in its bead (so the evidence is unambiguous)."""
    same = [f for f in document.facts if f.kind == _CHANGES[kind]]
    facts = [f for f in same if sum(g.bead == f.bead and g.value == f.value for g in same) == 1]
    if kind == "title":
        facts = [f for f in facts if _title_alternatives().get(str(f.value))]
    if kind == "name":
        facts = [f for f in facts if len(_names()) > 1]
    return facts


def _one_to_one(document: ParallelDocument) -> list[int]:
    return [i for i, (s, t) in enumerate(document.beads) if len(s) == 1 and len(t) == 1]


def _applicable(document: ParallelDocument, kind: str) -> bool:
    if kind == "addition":
        return True
    if kind == "omission":
        return bool(_one_to_one(document)) and len(document.target_sentences) > 1
    return bool(_changeable(document, kind))


def _drawn_and_perturbed(kind: str) -> st.SearchStrategy[Perturbation]:
    clean = ("1-1", "1-2", "2-1")
    if kind == "omission":
        docs = _documents(2, 8, clean, True, None, one_to_one=True)
    elif kind == "addition":
        docs = _documents(1, 8, clean, True, None)
    else:
        docs = _documents(1, 8, clean, True, frozenset({_CHANGES[kind]}))
    return docs.filter(lambda doc: _applicable(doc, kind)).flatmap(lambda doc: _apply(doc, kind))


def _apply(document: ParallelDocument, kind: str) -> st.SearchStrategy[Perturbation]:
    if kind == "omission":
        return _omitted(document)
    if kind == "addition":
        return _added(document)
    return _changed(document, kind)


def _shift(r: _Range, at: int, delta: int) -> _Range:
    """A target range moved by an edit of ``delta`` characters at ``at``."""
    start, end = r
    return (start + delta if start >= at else start, end + delta if end >= at else end)


def _edited(
    document: ParallelDocument,
    start: int,
    end: int,
    new: str,
    *,
    drop_fact: Fact | None = None,
) -> ParallelDocument:
    """The document with ``target[start:end]`` replaced by ``new`` (ranges after it shifted)."""
    delta = len(new) - (end - start)
    target = document.target[:start] + new + document.target[end:]
    spans = tuple(_shift(r, end if r[0] >= end else start + 1, delta) for r in document.target_spans)
    facts = tuple(
        attrs.evolve(f, target=_shift(f.target, end, delta)) for f in document.facts if f is not drop_fact
    )
    return attrs.evolve(
        document,
        target=target,
        target_spans=spans,
        target_sentences=tuple(target[a:b] for a, b in spans),
        facts=facts,
    )


@st.composite
def _changed(draw: st.DrawFn, document: ParallelDocument, kind: str) -> Perturbation:
    fact = draw(st.sampled_from(_changeable(document, kind)))
    start, end = fact.target
    old = document.target[start:end]
    # the new value is none the bead already holds, so the change cannot pair with another fact
    taken = {g.value for g in document.facts if g.bead == fact.bead and g.kind == fact.kind}
    if kind == "number":
        new, what = _other_number(draw, fact, old, taken)
    elif kind == "range":
        low, high = (int(v) for v in fact.value)
        other = draw(st.integers(low + 1, low + 60).filter(lambda v: (float(low), float(v)) not in taken))
        new, what = f"{low}-{other}", f"the range {low}-{high} became {low}-{other}"
    elif kind == "date":
        year, month, day = (int(p) for p in str(fact.value).split("-"))
        days = calendar.monthrange(year, month)[1]
        other = draw(st.integers(1, days).filter(lambda d: f"{year:04d}-{month:02d}-{d:02d}" not in taken))
        new = _date_filler(other, month, year).en
        what = f"the date {old} became {new}"
    elif kind == "title":
        concept = draw(
            st.sampled_from([c for c in _title_alternatives()[str(fact.value)] if c["id"] not in taken])
        )
        new = str(concept["en"][0])
        what = f"the title {old} became {new}"
    else:
        name = draw(
            st.sampled_from([n for n in _names() if n.en.lower() != old.lower() and n.value not in taken])
        )
        new = name.en.upper() if old.isupper() else name.en
        what = f"the name {old} became {new}"
    changed = _edited(document, start, end, new, drop_fact=fact)
    return Perturbation(
        original=document,
        document=changed,
        kind=kind,
        source_evidence=(fact.source,),
        target_evidence=((start, start + len(new)),),
        description=f"In the translation {what}.",
    )


def _other_number(draw: st.DrawFn, fact: Fact, old: str, taken: set[Any]) -> tuple[str, str]:
    """Another number of the same magnitude (a translator's slip: 15,381 becomes 15,831, not 2)."""
    value = float(fact.value)
    whole = int(value)
    digits = len(str(whole))
    low, high = (0 if digits == 1 else 10 ** (digits - 1)), 10**digits - 1
    if old[:1].isdigit():
        if value != whole:
            other = st.builds(lambda a, b: a + b / 10, st.integers(low, high), st.integers(1, 9))
        else:
            other = st.integers(low, high).map(float)
        new = _number_in_figures(draw(other.filter(lambda v: v not in taken and v != value))).en
    else:
        pick = st.integers(max(low, 2), high).filter(lambda v: float(v) not in taken and v != whole)
        new = _number_word(draw(pick)).en
    return new, f"the number {old} became {new}"


@st.composite
def _omitted(draw: st.DrawFn, document: ParallelDocument) -> Perturbation:
    bead_no = draw(st.sampled_from(_one_to_one(document)))
    (src,), (k,) = document.beads[bead_no]
    spans = document.target_spans
    # drop the sentence with the separator before it (after it, for the first sentence)
    start, end = (spans[k - 1][1], spans[k][1]) if k > 0 else (spans[0][0], spans[1][0])
    changed = _edited(document, start, end, "")
    kept = tuple(r for i, r in enumerate(changed.target_spans) if i != k)
    beads: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    for n, (s, t) in enumerate(document.beads):
        if n == bead_no:
            beads.append((s, ()))
        else:
            beads.append((s, tuple(i - 1 if i > k else i for i in t)))
    facts = tuple(f for f in changed.facts if f.bead != bead_no)
    result = attrs.evolve(
        changed,
        target_spans=kept,
        target_sentences=tuple(changed.target[a:b] for a, b in kept),
        beads=tuple(beads),
        facts=facts,
    )
    return Perturbation(
        original=document,
        document=result,
        kind="omission",
        source_evidence=(document.source_spans[src],),
        target_evidence=(),
        description=f"The translation leaves out the sentence “{document.source_sentences[src]}”.",
    )


@st.composite
def _added(draw: st.DrawFn, document: ParallelDocument) -> Perturbation:
    _, extra, _ = _sentence_pair(draw)
    sentence = extra.text
    with_target = [n for n, (_, t) in enumerate(document.beads) if t]
    bead_no = draw(st.sampled_from(with_target))
    k = document.beads[bead_no][1][-1]
    at = document.target_spans[k][1]
    changed = _edited(document, at, at, " " + sentence)
    new_range = (at + 1, at + 1 + len(sentence))
    spans = list(changed.target_spans)
    spans.insert(k + 1, new_range)
    beads = []
    for n, (s, t) in enumerate(document.beads):
        beads.append((s, tuple(i + 1 if i > k else i for i in t)))
        if n == bead_no:
            beads.append(((), (k + 1,)))
    facts = tuple(attrs.evolve(f, bead=f.bead + 1) if f.bead > bead_no else f for f in changed.facts)
    result = attrs.evolve(
        changed,
        target_spans=tuple(spans),
        target_sentences=tuple(changed.target[a:b] for a, b in spans),
        beads=tuple(beads),
        facts=facts,
    )
    return Perturbation(
        original=document,
        document=result,
        kind="addition",
        source_evidence=(),
        target_evidence=(new_range,),
        description=f"The translation adds the sentence “{sentence}”, which has no source.",
    )
