"""Run-on segments: two sentences run together with no stop, one part of them left out."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from ...analysis import WordKeys
from ...model import SOURCE, TARGET, Bead, Finding, Segment, Severity, Span
from .. import CheckContext
from .breaks import breaks_of, first_breaks, piece_span
from .keys import shared_keys, support_share, unrendered_test
from .length import LengthModel, length_model
from .messages import finding, shortened

#: How closely (standard deviations of the log ratio) the translation fits one part of a run-on.
_FIT_Z = 1.0


#: A run-on segment's translation under this fraction of the whole's expected length is suspect.
_RUN_ON_BELOW = 0.8


def run_on_part(
    seg: Segment,
    target_chars: int,
    model: LengthModel,
    breaks: Sequence[int],
    *,
    unrendered: Callable[[str], bool] | None = None,
) -> tuple[Span, str] | None:
    """The part of a run-on source segment its translation leaves out, judged by length alone.

    The translation must be far shorter than the whole segment predicts
    (under :data:`_RUN_ON_BELOW` of it) while it fits the other part, at one
    of the ``breaks``, within :data:`_FIT_Z` standard deviations. ``unrendered``,
    if given, must accept the text of the part left out.
    """
    if target_chars >= _RUN_ON_BELOW * model.expected(len(seg.text)):
        return None
    return _best_part(seg, lambda kept: model.z(kept, max(1, target_chars)), breaks, unrendered)


def _best_part(
    seg: Segment,
    z: Callable[[int], float],
    breaks: Sequence[int],
    unrendered: Callable[[str], bool] | None,
) -> tuple[Span, str] | None:
    """The part of ``seg`` on either side of one of ``breaks`` whose other part fits best
    (``z`` of its length, in standard deviations, within :data:`_FIT_Z`), if ``unrendered``
    (when given) accepts it."""
    whole = len(seg.text)
    best: tuple[float, tuple[Span, str]] | None = None
    for b in breaks:
        for kept, other in (((0, b), (b, whole)), ((b, whole), (0, b))):
            fit = abs(z(max(1, len(seg.text[kept[0] : kept[1]].strip()))))
            if fit <= _FIT_Z and (best is None or fit < best[0]):
                piece = piece_span(seg, *other)
                if unrendered is None or unrendered(piece[1]):
                    best = (fit, piece)
    return best[1] if best else None


def run_on_extra(
    seg: Segment,
    source_chars: int,
    model: LengthModel,
    breaks: Sequence[int],
    *,
    unrendered: Callable[[str], bool] | None = None,
) -> tuple[Span, str] | None:
    """The part of a run-on translation segment that renders nothing, judged by length alone.

    The mirror of :func:`run_on_part`: the translation is far longer than its
    original predicts (over the expected length divided by
    :data:`_RUN_ON_BELOW`) while one part, at one of the ``breaks``, fits the
    original within :data:`_FIT_Z` standard deviations; the other part is returned
    (if ``unrendered``, when given, accepts its text).
    """
    if len(seg.text) * _RUN_ON_BELOW <= model.expected(source_chars):
        return None
    return _best_part(seg, lambda kept: model.z(max(1, source_chars), kept), breaks, unrendered)


def _run_on_found(
    side: str, seg: Segment, other: Segment, part: tuple[Span, str] | None, *, doubt: bool = False
) -> Finding | None:
    """The ``run_on`` finding of the part of a run-on segment of ``side`` that ``other`` leaves out;
    minor when ``doubt`` (a break no stop marks, and some of the part's words met beside it)."""
    if part is None:
        return None
    span, text = part
    letters = [ch for ch in text if ch.isalpha()]
    heading = bool(letters) and all(ch.isupper() for ch in letters)  # "PEOPLE'S COMMISSARIAT … NOTE"
    rule = "run_on_heading" if heading else "run_on_loose" if doubt else ""
    return finding(
        side,
        "run_on",
        Severity.MINOR if heading or doubt else Severity.MAJOR,
        message_rule=rule,
        mine=(seg,),
        others=(other,),
        evidence=(span,),
        quote=f"“{shortened(text)}”",
        id=seg.id,
        other=other.id,
    )


def _opens(context: CheckContext, seg: Segment) -> bool:
    """Whether ``seg`` is the first text segment of its side (where a heading may run on)."""
    side = context.source if seg.side == SOURCE else context.target
    first = next((s for s in side.segments if s.is_text), None)
    return first is not None and first.id == seg.id


def run_on_omission(
    context: CheckContext, seg: Segment, other: Segment, model: LengthModel, lexicon: WordKeys
) -> Finding | None:
    """An omission inside a run-on source segment of a 1-1 bead (see :func:`run_on_part`)."""
    if len(seg.text) < model.min_chars or len(other.text) >= _RUN_ON_BELOW * model.expected(len(seg.text)):
        return None  # short, or the translation is not short enough for a part to be missing
    part = run_on_part(seg, len(other.text), model, breaks_of(context, seg))
    if part is None:
        opens = _opens(context, seg)  # a heading run into the text: it may share its words
        part = run_on_part(
            seg,
            len(other.text),
            model,
            breaks_of(context, seg, loose=True),
            unrendered=None if opens else unrendered_test(other, "target", SOURCE, lexicon),
        )
    return _run_on_found(SOURCE, seg, other, part, doubt=_favoured(seg, part, other, lexicon))


def _favoured(seg: Segment, part: tuple[Span, str] | None, other: Segment, lexicon: WordKeys) -> bool:
    """Whether ``other`` meets more than :data:`_MOVED_SUPPORT` of the words of the part said to have
    no counterpart, or as large a share of them as of the rest of ``seg``: the lengths alone chose
    the part, and the words do not bear it out (a free rendering of the whole sentence, shorter
    than the original)."""
    if part is None:
        return False
    other_side = "target" if seg.side == SOURCE else SOURCE
    kept = seg.text.replace(part[1], " ", 1)
    left = support_share(part[1], seg.side, other.text, other_side, lexicon)
    if left > _MOVED_SUPPORT:
        return True  # most of the part's words are met beside it: rendered, if freely
    return left > 0 and left >= support_share(kept, seg.side, other.text, other_side, lexicon)


def run_on_addition(
    context: CheckContext, seg: Segment, other: Segment, model: LengthModel, lexicon: WordKeys
) -> Finding | None:
    """An addition inside a run-on translation segment of a 1-1 bead (see :func:`run_on_extra`)."""
    if model.expected(len(other.text)) < model.min_chars:
        return None
    loose = breaks_of(context, seg, loose=True)
    part = run_on_extra(
        seg,
        len(other.text),
        model,
        loose,
        unrendered=unrendered_test(other, SOURCE, "target", lexicon),
    )
    heads = part is not None and head_line(context.target_text, seg, part[0])
    if heads and head_line(context.source_text, other, None):
        return None  # "FENG XI [Stalin]" over the text renders the original's "ФЫН СИ" over its own
    return _run_on_found(TARGET, seg, other, part, doubt=_favoured(seg, part, other, lexicon))


def head_line(text: str, seg: Segment, part: Span | None) -> bool:
    """Whether ``seg`` opens with a line of its own that has no full stop (an address or a heading
    run into the text): ``part`` (when given) is that line, else any first line will do."""
    if not seg.text.strip():
        return False
    whole = seg.raw_span(0, len(seg.text))
    start = part.start if part is not None else whole.start
    if start != whole.start:
        return False
    newline = text.find("\n", start, whole.end)
    if newline < 0:
        return False
    line = text[start:newline].rstrip()
    if part is not None and text[part.end : newline].strip():
        return False  # the part is not the whole first line
    rest = text[newline : whole.end].lstrip()
    if (
        not line
        or line[-1] in ".!?…"
        or len(line) > _HEAD_CHARS
        or not rest[:1].isupper()
        and not rest[:1].isdigit()
    ):
        return False  # a hard-wrapped sentence goes on in lower case on its next line
    return 2 * len(line) < whole.end - whole.start


#: The longest line that counts as an address or a heading run into the text.
_HEAD_CHARS = 60


#: The share of its keyed words met beside it from which on a part is rendered, not left out.
_MOVED_SUPPORT = 0.5


#: Why a part said to be moved is minor when the rest of the neighbour's other side renders it.
MOVED_RENDERED_REASON = (
    " (Minor: half or more of its words render the rest of {other}, which it is paired with: the"
    " break read in it may be none, a capitalised name, say.)"
)


#: How closely (standard deviations) a lone segment must fit the run-on neighbour's part it
#: seems to render, when only one word or name of theirs meets.
_MOVED_FIT_Z = 1.5


def _renders_a_part(context: CheckContext, seg: Segment, other: Segment, lexicon: WordKeys) -> bool:
    """Whether ``other`` (of the other side) renders one part of ``seg`` cut at a strict hidden
    break far better than the other: :data:`_MOVED_SUPPORT` of one part's keyed words meet it,
    under half as large a share of the other's (``seg`` is then a run-on segment that leaves a
    part of its own without counterpart)."""
    other_side = "target" if seg.side == SOURCE else SOURCE

    def support(text: str) -> float:
        return support_share(text, seg.side, other.text, other_side, lexicon)

    for cut in breaks_of(context, seg):
        head, tail = support(seg.text[:cut]), support(seg.text[cut:])
        if max(head, tail) >= _MOVED_SUPPORT and min(head, tail) < max(head, tail) / 2:
            return True
    return False


def moved_run_on(
    context: CheckContext,
    seg: Segment,
    beads: Sequence[tuple[Bead, list[Segment], list[Segment]]],
    at: int,
    lexicon: WordKeys,
) -> Finding | None:
    """A lone segment whose counterpart sits in a run-on neighbour, which leaves part of it out.

    "Heading Lead" / "Heading' Next'" then "Next": the aligner pairs the
    run-on segments and leaves "Next" alone, though "Next'" translates it; the
    untranslated part is "Lead", the run-on source's part facing "Next'". The
    same on the translation's side: "Heading Lead" / "Heading' Extra" then
    "Lead'" alone: "Extra" has no original.

    Not when the lone segment is itself the run-on one, one part of it rendered
    beside and the other not (its own part is what is left out); nor when what
    the lone segment shares with "Next'" the neighbour's other part shares as
    well (two sentences about one thing), unless "Lead" shares nothing with it.
    """
    model = length_model(context.source.language, context.target.language)
    side = seg.side
    other_side = "target" if side == SOURCE else SOURCE
    for step in (-1, 1):
        k = at + step
        if not 0 <= k < len(beads):
            continue
        _bead, src, tgt = beads[k]
        if len(src) != 1 or len(tgt) != 1:
            continue
        mine, other = (src[0], tgt[0]) if side == SOURCE else (tgt[0], src[0])
        if _renders_a_part(context, seg, other, lexicon):
            continue  # the lone segment is the run-on one: what it leaves out is its own part
        m_breaks = first_breaks(context, mine)
        o_breaks = first_breaks(context, other)
        if not m_breaks or not o_breaks:
            continue
        m_cut = m_breaks[-1] if step < 0 else m_breaks[0]
        o_cut = o_breaks[-1] if step < 0 else o_breaks[0]
        m_text, o_text = mine.text, other.text
        if step < 0:  # the lone segment follows: compare with the neighbours' second parts
            m_part, o_part, m_rest = (m_cut, len(m_text)), o_text[o_cut:], m_text[:m_cut]
        else:
            m_part, o_part, m_rest = (0, m_cut), o_text[:o_cut], m_text[m_cut:]
        own = shared_keys(m_text[m_part[0] : m_part[1]], side, o_part, other_side, lexicon)
        lone = shared_keys(seg.text, side, o_part, other_side, lexicon)
        if own and lone <= shared_keys(m_rest, side, o_part, other_side, lexicon):
            continue  # what the lone segment shares with that part, the neighbour's rest says too
        fits = False
        if model is not None and own == 0 and lone >= 1:
            o_len, s_len = len(o_part.strip()), len(seg.text)
            pair = (s_len, o_len) if side == SOURCE else (o_len, s_len)
            fits = abs(model.z(max(1, pair[0]), max(1, pair[1]))) <= _MOVED_FIT_Z
        if not fits and (lone <= own or lone < 2):
            continue
        span, text = piece_span(mine, *m_part)
        if fits and lone < 2 and support_share(text, side, other.text, other_side, lexicon) >= _MOVED_SUPPORT:
            continue  # the part said to be left out is rendered after all: the lone one is
        o_rest = o_text[o_cut:] if step > 0 else o_text[:o_cut]
        rendered = support_share(text, side, o_rest, other_side, lexicon) >= _MOVED_SUPPORT
        found = finding(
            side,
            "run_on",
            Severity.MINOR if rendered else Severity.MAJOR,
            mine=(mine, seg),
            others=(other,),
            evidence=(span,),
            message_rule="moved",
            quote=f"“{shortened(text)}”",
            id=mine.id,
            other=other.id,
            lone=seg.id,
        )
        if rendered:  # the neighbour's own pairing bears the part out: the break read in it is doubtful
            found = attrs.evolve(found, message=found.message + MOVED_RENDERED_REASON.format(other=other.id))
        return found
    return None
