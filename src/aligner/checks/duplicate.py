"""The ``duplicate`` check: a passage of the original repeated elsewhere in the original.

An archive file often holds two witnesses of one text: a letter and the
cipher telegram that repeats its end, a draft and a fair copy. The repeat is
not translated twice, and its variant readings tell the historian which
witness the translation follows.

Candidates are found without comparing every pair of segments: each running
text segment is cut into shingles of three consecutive words (each word cut
to its first letters, so that a changed ending still meets), and only
segments sharing a shingle are compared, with RapidFuzz's ``partial_ratio``
on normalised text (the shorter passage against the best-matching stretch of
the longer). A pair that matches closely enough, over at least
:data:`MIN_WORDS` words, is reported on the later segment, with the variant
readings word by word: "s13 repeats the end of s5 (a second witness?),
reading «вождения» for «ведения», «войск» for «войн»". Identical repeats are
``info``; repeats with variant readings ``minor`` (which reading does the
translation follow?). The repeats of an untranslated second witness
(:mod:`aligner.checks.witness`) are one ``duplicate.witness`` finding on the
repeating passage, with every variant reading, numbers first.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import attrs
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..config import Config
from ..model import Finding, Mention, Segment, Severity, Span
from ..tokens import HYPHENS, tokens, words
from . import CheckContext

if TYPE_CHECKING:
    from ..analysis import Analysis
    from .witness import WitnessBlock

__all__ = [
    "check_duplicate",
    "Repeat",
    "find_repeats",
    "repeats_of",
    "repeated_in_translated",
    "witness_of",
    "word_list",
    "MIN_WORDS",
    "MIN_SCORE",
]

#: The fewest words a repeated passage must have.
MIN_WORDS = 5
#: The least ``partial_ratio`` (0-100) of the two passages' normalised texts.
MIN_SCORE = 70.0
#: Letters of each word kept in a shingle (endings vary between witnesses).
PREFIX = 4
#: A shingle found in more segments than this is too common to suggest a repeat.
MAX_POSTINGS = 8
#: Words added on each side of the character window before the word-by-word comparison.
SLACK = 2


@attrs.frozen(kw_only=True)
class Repeat:
    """A passage of ``later`` that repeats a stretch of ``earlier``, with its variant readings.

    ``later_span`` and ``earlier_span`` are the two passages in the original
    text; ``variants`` pairs each differing reading of the later passage with
    the earlier one's (``("вождения", "ведения")``); ``where`` says which part
    of the earlier segment is repeated (``"the end of"``, ``"the beginning
    of"``, ``"part of"`` or ``""`` for all of it); ``score`` is the similarity
    (0-100).
    """

    later: Segment
    earlier: Segment
    later_span: Span
    earlier_span: Span
    variants: tuple[tuple[str, str], ...]
    where: str
    score: float


_Words = list[tuple[int, int, str]]

#: How many segments' words :func:`find_repeats` keeps while it compares them.
_MEMO_SEGMENTS = 256


def _words(seg: Segment) -> _Words:
    """The words of ``seg`` with their offsets, lower case; a number with a decimal comma or a
    thousands point («2,5», «8.400») is one word, so a variant reads «3» for «2,5»."""
    out: _Words = []
    text = seg.text
    for a, b, w in tokens(text, joiners=HYPHENS, numbers=True):
        if out and w.isdigit() and out[-1][2][-1:].isdigit() and out[-1][1] + 1 == a and text[a - 1] in ",.":
            start = out[-1][0]
            out[-1] = (start, b, text[start:b])
            continue
        out.append((a, b, w.lower().replace("ё", "е")))
    return out


def _shingles(keys: Sequence[str]) -> set[tuple[str, ...]]:
    return set(zip(keys, keys[1:], keys[2:], strict=False))


def _candidates(segments: Sequence[Segment]) -> set[tuple[int, int]]:
    """The pairs of segments (by index) that share a run of three words (by their first
    :data:`PREFIX` letters) that at most :data:`MAX_POSTINGS` segments share."""
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    one: dict[str, str] = {}  # one string object a prefix: a long document repeats most of them
    for i, seg in enumerate(segments):
        keys = [one.setdefault(k, k) for k in word_list(seg.text, prefix=PREFIX)]
        for sh in _shingles(keys):
            postings[sh].append(i)
    pairs: set[tuple[int, int]] = set()
    for ids in postings.values():
        if len(ids) < 2 or len(ids) > MAX_POSTINGS:
            continue
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                pairs.add((ids[a], ids[b]))
    return pairs


def _where(start: int, end: int, total: int) -> str:
    if start == 0 and end == total:
        return ""
    if end == total:
        return "the end of"
    if start == 0:
        return "the beginning of"
    return "part of"


def _letters(word: str) -> int:
    return len(word) if word.isalpha() else sum(ch.isalpha() for ch in word)


#: The most words of the shorter passage :func:`_compare` aligns (a long paragraph is matched by its start).
MAX_COMPARED_WORDS = 400


def _compare(later: Segment, earlier: Segment, lw: _Words, ew: _Words) -> Repeat | None:
    """The repeat of the shorter passage in the longer, seen from the later segment, or ``None``."""
    if len(lw) <= len(ew):
        short, long_, sw, lgw = later, earlier, lw, ew
    else:
        short, long_, sw, lgw = earlier, later, ew, lw
    if len(sw) < MIN_WORDS:
        return None
    # a passage is compared by its first words only: the character alignment is quadratic in the
    # lengths, and a sentence of hundreds of words is no sentence (a runaway input)
    sw = sw[:MAX_COMPARED_WORDS]
    s_text = " ".join(w[2] for w in sw)
    l_text = " ".join(w[2] for w in lgw)
    found = fuzz.partial_ratio_alignment(s_text, l_text, score_cutoff=MIN_SCORE)
    if found is None:
        return None
    # the words of the longer passage the alignment covers
    starts, ends, pos = [], [], 0
    for w in lgw:
        starts.append(pos)
        pos += len(w[2])
        ends.append(pos)
        pos += 1
    # the first word ending after the window's start, the last starting before its end
    first = bisect_right(ends, found.dest_start)
    first = 0 if first == len(lgw) else first
    last = bisect_left(starts, found.dest_end) - 1
    last = len(lgw) - 1 if last < 0 else last
    # widen by a few words (the character window may cut a word off), then trim the
    # long side's unmatched words at either edge
    first, last = max(0, first - SLACK), min(len(lgw) - 1, last + SLACK)
    s_keys = [w[2] for w in sw]
    ops = [op for op in Levenshtein.opcodes(s_keys, [w[2] for w in lgw[first : last + 1]])]
    while ops and ops[0].tag == "insert":
        ops.pop(0)
    while ops and ops[-1].tag == "insert":
        ops.pop()
    if not ops:
        return None
    stretch = lgw[first + ops[0].dest_start : first + ops[-1].dest_end]
    offset = ops[0].dest_start
    first, last = first + ops[0].dest_start, first + ops[-1].dest_end - 1
    variants: list[tuple[str, str]] = []
    same = 0
    # the share is of words that count: numbers and short words neither make nor break a repeat
    counted = sum(1 for w in sw if _letters(short.text[w[0] : w[1]]) >= 3)
    for op in ops:
        if op.tag == "equal":
            # numbers and short words ("1 мая 1917 года") do not make a passage of their own
            same += sum(1 for w in sw[op.src_start : op.src_end] if _letters(short.text[w[0] : w[1]]) >= 3)
            continue
        a = " ".join(short.text[w[0] : w[1]] for w in sw[op.src_start : op.src_end])
        b = " ".join(long_.text[w[0] : w[1]] for w in stretch[op.dest_start - offset : op.dest_end - offset])
        variants.append((a, b) if short is later else (b, a))
    if same < MIN_WORDS - 1 or same < 0.6 * counted:
        return None
    short_span = short.raw_span(sw[0][0], sw[-1][1])
    long_span = long_.raw_span(stretch[0][0], stretch[-1][1])
    later_is_short = short is later
    return Repeat(
        later=later,
        earlier=earlier,
        later_span=short_span if later_is_short else long_span,
        earlier_span=long_span if later_is_short else short_span,
        variants=tuple(variants),
        where=_where(first, last + 1, len(lgw)) if later_is_short else "",
        score=found.score,
    )


def find_repeats(segments: Sequence[Segment]) -> list[Repeat]:
    """Every passage of running text that repeats another one earlier in ``segments``.

    Each later segment is reported once, against its best match.
    """
    texts = [s for s in segments if s.is_text]
    # the words of the segments being compared, read again when asked for: a document's
    # words all at once would be its largest structure
    words: dict[int, _Words] = {}

    def words_of(k: int) -> _Words:
        found = words.get(k)
        if found is None:
            if len(words) >= _MEMO_SEGMENTS:
                words.clear()
            found = words[k] = _words(texts[k])
        return found

    best: dict[int, Repeat] = {}
    for i, j in sorted(_candidates(texts)):
        if j in best and best[j].score >= 100.0:
            continue  # a perfect match is never beaten (a tie keeps the first): no need to compare
        earlier, later = texts[i], texts[j]
        rep = _compare(later, earlier, words_of(j), words_of(i))
        if rep is not None and (j not in best or rep.score > best[j].score):
            best[j] = rep
    return [best[j] for j in sorted(best)]


def repeats_of(context: CheckContext) -> tuple[Repeat, ...]:
    """The repeats of the original's segments (see :func:`find_repeats`), as the document's
    analysis found them once: the duplicate, omission and second-witness rules all ask for them."""
    return context.analysis.repeats


#: The fewest words a passage needs before its repetition word for word makes it a second witness.
WITNESS_WORDS = 3


def word_list(text: str, *, prefix: int = 0) -> list[str]:
    """The words and numbers of ``text``, lower case, ё read as е: how repeats are compared
    (with ``prefix``, each word's first ``prefix`` characters only)."""
    if prefix:
        return [w.lower().replace("ё", "е")[:prefix] for w in words(text, joiners=HYPHENS, numbers=True)]
    return [w.lower().replace("ё", "е") for w in words(text, joiners=HYPHENS, numbers=True)]


def repeated_in_translated(analysis: Analysis, seg: Segment, passage: str) -> str | None:
    """The id of another source segment, one with a translation, that repeats ``passage``
    (words of ``seg``) word for word; ``None`` if none does or it is under
    :data:`WITNESS_WORDS` words.

    A second witness of the same text ("Председатель Кабинета Министров КНДР"
    closing both a letter and the cipher telegram that repeats it) is rendered
    once: what has no translation beside one witness has one beside the other.
    """
    mine = word_list(passage)
    n = len(mine)
    if n < WITNESS_WORDS:
        return None
    translated, holding = analysis.translated_words
    first = mine[0]
    for sid in holding.get(first, ()):
        if sid == seg.id:
            continue
        theirs = translated[sid]
        if any(w == first and theirs[k : k + n] == mine for k, w in enumerate(theirs)):
            return sid
    return None


#: Words on either side of a mention that go with it when looking for a second witness.
WITNESS_CONTEXT = 2


def witness_of(context: CheckContext, segments: Sequence[Segment], mention: Mention) -> str | None:
    """Another, translated source segment that repeats ``mention`` (a name, a title) with the
    :data:`WITNESS_CONTEXT` words either side of it, word for word (see
    :func:`repeated_in_translated`); ``segments`` are those of the mention's bead."""
    for seg in segments:
        if not seg.span.start <= mention.span.start < seg.span.end:
            continue
        at = seg.text.find(mention.text)
        found = tokens(seg.text, joiners=HYPHENS, numbers=True)
        inside = [k for k, m in enumerate(found) if at >= 0 and at <= m[0] < at + len(mention.text)]
        if not inside:
            return None
        lo, hi = inside[0], inside[-1]
        before, after = max(0, lo - WITNESS_CONTEXT), min(len(found) - 1, hi + WITNESS_CONTEXT)
        # the words on both sides, or those after it, or those before (a garbled neighbour
        # on one side must not hide the witness)
        for first, last in ((before, after), (lo, after), (before, hi)):
            if (first, last) == (lo, hi):
                continue
            passage = seg.text[found[first][0] : found[last][1]]
            witness = repeated_in_translated(context.analysis, seg, passage)
            if witness is not None:
                return witness
        return None
    return None


def _message(rep: Repeat, *, both_rendered: bool = False) -> str:
    target = f"{rep.where} {rep.earlier.id}" if rep.where else rep.earlier.id
    if rep.later_span.end - rep.later_span.start < rep.later.span.end - rep.later.span.start - 2:
        head = f"Part of {rep.later.id} repeats {target}"
    else:
        head = f"{rep.later.id} repeats {target}"
    guess = "both are translated" if both_rendered else "a second witness?"
    if not rep.variants:
        return f"{head} word for word ({guess if both_rendered else 'a second witness of the same text?'})."
    swaps = [f"«{a}» for «{b}»" for a, b in rep.variants if a and b]
    swaps += [f"with «{a}» added" for a, b in rep.variants if a and not b]
    swaps += [f"without «{b}»" for a, b in rep.variants if b and not a]
    more = f" and {len(swaps) - 6} more" if len(swaps) > 6 else ""
    return f"{head} ({guess}), reading {', '.join(swaps[:6])}{more}."


def _readings(rep: Repeat, block_is_later: bool) -> list[tuple[str, str]]:
    """The variant readings of a repeat as (the untranslated witness's, the translated one's)."""
    return list(rep.variants) if block_is_later else [(b, a) for a, b in rep.variants]


def _swaps(variants: Sequence[tuple[str, str]]) -> list[str]:
    """Variant readings in words, numbers first: "«50» for «40»", "with «x» added", "without «y»"."""
    ordered = sorted(variants, key=lambda v: not any(ch.isdigit() for ch in v[0] + v[1]))
    out = []
    for a, b in ordered:
        out.append(f"«{a}» for «{b}»" if a and b else f"with «{a}» added" if a else f"without «{b}»")
    return out


def _ids(segments: Sequence[Segment]) -> str:
    first, last = segments[0].id, segments[-1].id
    return first if first == last else f"{first}–{last}"


def _block_finding(block: WitnessBlock) -> Finding:
    """One ``duplicate.witness`` finding for an untranslated second witness, pointing at its
    repeating passage, with every variant reading of its repeats."""
    later = block.passage[0].span.start > block.witness[0].span.start
    mine = {s.id for s in block.passage}
    variants = [v for rep in block.repeats for v in _readings(rep, rep.later.id in mine)]
    swaps = _swaps(variants)
    head = (
        f"{_ids(block.passage)} repeat {_ids(block.witness)}: a second witness of the same text "
        f"({'after' if later else 'before'} the one the translation renders)"
    )
    if not swaps:
        message = f"{head}, word for word."
    else:
        more = f" and {len(swaps) - 6} more" if len(swaps) > 6 else ""
        message = f"{head}, reading {', '.join(swaps[:6])}{more}."
    return Finding(
        kind="duplicate",
        severity=Severity.MINOR if swaps else Severity.INFO,
        source=tuple(s.id for s in block.passage) + tuple(s.id for s in block.witness),
        source_evidence=(block.passage_span, block.witness_span),
        message=message,
        rule="duplicate.witness",
    )


def _rendered_beads(context: CheckContext) -> dict[str, int]:
    """The bead of each source segment that the translation renders (a bead with a target)."""
    return {sid: n for n, bead in enumerate(context.alignment.beads) if bead.target for sid in bead.source}


def check_duplicate(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report passages of the original that repeat an earlier one, with their variant readings:
    an untranslated second witness as one finding, other repeats one by one."""
    blocks = context.analysis.witness_blocks
    in_block = {rep.later.id for block in blocks for rep in block.repeats}
    in_block |= {rep.earlier.id for block in blocks for rep in block.repeats}
    for block in blocks:
        yield _block_finding(block)
    rendered = _rendered_beads(context)
    for rep in repeats_of(context):
        if rep.later.id in in_block and rep.earlier.id in in_block:
            continue
        # each passage rendered in a bead of its own: the translator saw both (a heading and the item
        # it heads, two lines of a list), no second witness rendered once
        both = (
            rendered.get(rep.later.id, -1) != rendered.get(rep.earlier.id, -1) >= 0
            and rep.later.id in rendered
        )
        yield Finding(
            kind="duplicate",
            severity=Severity.MINOR if rep.variants and not both else Severity.INFO,
            source=(rep.earlier.id, rep.later.id),
            source_evidence=(rep.later_span, rep.earlier_span),
            message=_message(rep, both_rendered=both),
            rule="duplicate.variant" if rep.variants else "duplicate.verbatim",
        )
