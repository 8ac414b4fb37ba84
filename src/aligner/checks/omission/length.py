"""Lengths: the calibrated length model, and the rules that judge a bead by its lengths."""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

import attrs
import regex

from ...analysis import WordKeys
from ...model import SOURCE, TARGET, Bead, Finding, Segment, Severity
from ...resources import data_toml
from .. import CheckContext
from .breaks import Piece
from .keys import SENTENCE_WORDS, STRONG_LETTERS, bag, matched_mentions, support_share, word_count, wordy
from .messages import finding


@attrs.frozen(kw_only=True)
class LengthModel:
    """The expected length of a translation against its original, for one language pair.

    ``ratio`` is the expected target/source ratio in characters, ``log_sd``
    the spread of its logarithm; the thresholds are fractions of the expected
    length (see ``length_ratio.toml``).
    """

    ratio: float
    log_sd: float
    min_chars: int
    omission_below: float
    merged_omission_below: float
    addition_above: float
    merged_addition_above: float

    def expected(self, source_chars: int) -> float:
        """The expected length of the translation of ``source_chars`` characters."""
        return source_chars * self.ratio

    def z(self, source_chars: int, target_chars: int) -> float:
        """How many standard deviations the pair's log ratio lies from the expected one."""
        return (math.log(target_chars / source_chars) - math.log(self.ratio)) / self.log_sd


@functools.cache
def length_model(source_language: str, target_language: str) -> LengthModel | None:
    """The calibrated length model of the pair (``None`` if the data has none)."""
    entry = data_toml("length_ratio.toml").get(f"{source_language}-{target_language}")
    if entry is None:
        return None
    return LengthModel(**{f.name: entry[f.name] for f in attrs.fields(LengthModel)})


def chars_of(segments: Sequence[Segment]) -> int:
    """The characters of ``segments`` together."""
    return sum(len(s.text) for s in segments)


def words_of(segments: Sequence[Segment]) -> int:
    """The words of ``segments`` together."""
    return sum(word_count(s.text) for s in segments)


#: How far (standard deviations) the lengths must stray, the way a missing (added) clause
#: would make them, before an unrendered clause counts.
_CLAUSE_Z = 1.0


def length_z(chars: int, o_chars: int, side: str, model: LengthModel) -> float:
    """How far (standard deviations) ``o_chars`` characters of the other side stray from what
    ``chars`` of ``side`` predict: below zero when the translation is short."""
    pair = (chars, o_chars) if side == SOURCE else (o_chars, chars)
    return model.z(max(1, pair[0]), max(1, pair[1]))


def lengths_stray(
    mine: Sequence[Segment], others: Sequence[Segment], *, side: str, model: LengthModel
) -> bool:
    """Whether the translation is short (``mine`` the original's side; long, the translation's)
    by :data:`_CLAUSE_Z` or more: without it :func:`length_points_at` points at no part of ``mine``."""
    sign = -1.0 if side == SOURCE else 1.0
    return sign * length_z(chars_of(mine), chars_of(others), side, model) >= _CLAUSE_Z


def length_points_at(
    piece: Piece, mine: Sequence[Segment], others: Sequence[Segment], *, side: str, model: LengthModel
) -> bool:
    """Whether the lengths say what the words say: the translation is short (for a source
    clause; long, for a translation clause) by :data:`_CLAUSE_Z` or more, and fits better
    without ``piece``."""
    o_chars = chars_of(others)
    sign = -1.0 if side == SOURCE else 1.0
    whole = length_z(chars_of(mine), o_chars, side, model)
    rest = length_z(chars_of(mine) - len(piece.text), o_chars, side, model)
    return sign * whole >= _CLAUSE_Z and abs(rest) < abs(whole)


#: The length (characters of the original) the length limits were calibrated for: the median
#: sentence of the WMT22 ru-en test set.
_TYPICAL_CHARS = 90


#: The fewest characters of the original (names both sides give left out) a length finding
#: needs to be ``major``: a shorter line strays far by chance.
STRONG_CHARS = 60
_LETTER_SPACED = regex.compile(r"(?<!\S)(?:\p{L} ){2,}\p{L}(?!\S)")


def weak_evidence(
    context: CheckContext,
    bead: Bead,
    src: Sequence[Segment],
    tgt: Sequence[Segment],
    *,
    source_chars: int,
    lexicon: WordKeys,
) -> str:
    """Why a length finding on ``bead`` is only ``minor`` ("" when the evidence is strong).

    Strong evidence: an original of :data:`STRONG_CHARS` characters or more;
    both sides running text (no page furniture or editorial note in the bead),
    mostly words (:data:`STRONG_LETTERS`), none letter-spaced; and the two
    sides sharing a word, name or number, so that the alignment itself is
    likely right; and not both sides a formula of courtesy («желаем Вам доброго
    здоровья …» condensed to "With best wishes", :func:`courteous_pair`).
    """
    if source_chars < STRONG_CHARS:
        return "the original here is short, and short lines stray far in length by chance"
    whole = context.segments(bead.source + bead.target)
    if any(not s.is_text for s in whole):
        return "the passage holds page furniture or an editorial note"
    texts = [s.text for s in (*src, *tgt)]
    if any(wordy(text) < STRONG_LETTERS for text in texts):
        return "the passage is mostly numbers, dates or abbreviations, which are rendered at any length"
    if any(_LETTER_SPACED.search(text) for text in texts):
        return "the passage holds letter-spaced words"
    if not bag((s.text for s in src), SOURCE, lexicon) & bag((s.text for s in tgt), TARGET, lexicon):
        return "the two sides share no word, name or number: the alignment here may be wrong"
    if courteous_pair(context, src, tgt):
        return "both sides are a formula of courtesy (wishes, greetings), which translators condense"
    return ""


#: Runs of letters, the words matched against the stems of courtesy.
_LETTERS = regex.compile(r"\p{L}+")


@functools.cache
def _courtesy_stems(language: str) -> tuple[str, ...]:
    """The stems of the words of courtesy of ``language`` (``courtesy.toml``; none if it has none)."""
    return tuple(data_toml("courtesy.toml").get(language, {}).get("stems", ()))


def courteous_pair(context: CheckContext, src: Sequence[Segment], tgt: Sequence[Segment]) -> bool:
    """Whether both sides of a bead hold a word of courtesy: a formula a translator may condense."""
    return _courteous(src, context.source.language) and _courteous(tgt, context.target.language)


def _courteous(segments: Sequence[Segment], language: str) -> bool:
    """Whether ``segments`` hold a word that wishes, greets or pays respects («пожелания», "wishes")."""
    stems = _courtesy_stems(language)
    text = " ".join(s.text for s in segments).lower().replace("ё", "е")
    words = _LETTERS.findall(text)
    return any(w.startswith(stem) for w in words for stem in stems if " " not in stem) or any(
        stem in text for stem in stems if " " in stem
    )


#: The share of its words each sentence of a joined bead must have rendered on the other side for the
#: bead's length to be the translator's condensing (or expanding), not a sentence or clause left out.
CONDENSED_SUPPORT = 0.5


def _condensed(side: str, mine: Sequence[Segment], others: Sequence[Segment], lexicon: WordKeys) -> str:
    """Why a length finding on a bead joining several sentences of ``side`` is weak ("" if it is not):
    each of them has most of its words rendered on the other side, so the translator condensed (for an
    addition: expanded) them rather than leaving one out."""
    if len(mine) < 2:
        return ""
    other_side = TARGET if side == SOURCE else SOURCE
    other_text = " ".join(o.text for o in others)
    if all(support_share(m.text, side, other_text, other_side, lexicon) >= CONDENSED_SUPPORT for m in mine):
        verb = "condensed" if side == SOURCE else "expanded"
        return (
            "each of the joined sentences has most of its words rendered: "
            f"the translator may have {verb} them"
        )
    return ""


def length_finding(
    context: CheckContext,
    side: str,
    bead: Bead,
    mine: Sequence[Segment],
    others: Sequence[Segment],
    model: LengthModel,
    lexicon: WordKeys,
) -> Finding | None:
    """``omission.short`` (the translation far shorter than its original predicts) or
    ``addition.long`` (far longer).

    The limits (``length_ratio.toml``) hold for sentences of a typical length,
    :data:`_TYPICAL_CHARS`; a shorter original strays further by chance (an
    abbreviation spelt out, "ЦК" as "Central Committee", doubles a short
    sentence), so its limits are widened by the square root of how much shorter
    it is, as Gale and Church's variance has it. Names, titles and terms both
    sides give are left out of both lengths: "ДРК" is "Democratic Republic of the
    Congo". The finding is ``major`` when the evidence is strong (see
    :func:`weak_evidence`), else ``minor`` with the reason in the message.
    """
    src, tgt = (mine, others) if side == SOURCE else (others, mine)
    s_chars, t_chars = chars_of(src), chars_of(tgt)
    s_chars -= sum(span.end - span.start for span in matched_mentions(context, src, tgt))
    t_chars -= sum(span.end - span.start for span in matched_mentions(context, tgt, src))
    s_chars, t_chars = max(1, s_chars), max(1, t_chars)
    expected = model.expected(s_chars)
    if expected < model.min_chars:
        return None
    widen = max(1.0, math.sqrt(_TYPICAL_CHARS / max(1, s_chars)))
    fields = {"source_chars": str(s_chars), "target_chars": str(t_chars)}
    if side == SOURCE:
        share = t_chars / expected
        limit = model.merged_omission_below if len(src) > 1 else model.omission_below
        if share >= limit**widen:
            return None
        rule = "short"
        fields.update(missing=str(round((1 - share) * 100 / 10) * 10), expected=str(round(expected)))
    else:
        limit = model.merged_addition_above if len(tgt) > 1 else model.addition_above
        if t_chars <= limit**widen * expected:
            return None
        rule = "long"
        fields.update(times=f"{t_chars / expected:.1f}")
    if words_of(mine) < SENTENCE_WORDS:  # counted last: most beads are within the limits
        return None
    weak = weak_evidence(context, bead, src, tgt, source_chars=s_chars, lexicon=lexicon) or _condensed(
        side, mine, others, lexicon
    )
    fields["why"] = f" (Minor: {weak}.)" if weak else ""
    severity = Severity.MINOR if weak else Severity.MAJOR
    return finding(side, rule, severity, mine=mine, others=others, fields=fields)
