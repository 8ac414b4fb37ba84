"""The ``omission`` and ``addition`` checks: untranslated text, and translation with no original.

Only running text and headings count (:attr:`Segment.is_text`): page furniture
and editorial notes ("[signature]") are neither omitted nor added.

- ``omission.unaligned`` / ``addition.unaligned``: a text segment left alone
  in a 1-0 (0-1) bead. A sentence of :data:`SENTENCE_WORDS` words or more is
  ``major``, a shorter fragment ``minor``. A source segment that repeats
  another, translated, passage of the original (a second witness, see
  :mod:`aligner.checks.duplicate`) is no omission: the translation renders it
  once.
- ``omission.short`` / ``addition.long``: a bead whose translation is far
  shorter (longer) than the original's length predicts. The expected ratio of
  lengths and its spread are data (``length_ratio.toml``, calibrated on WMT22
  ru-en): "About half of this sentence seems to be missing from the
  translation". Both are ``major``.
- ``omission.unsupported`` / ``addition.unsupported``: in a bead that joins
  two or more segments of one side, a segment none of whose words (of
  :data:`MIN_KEYED` or more with a lexicon entry) meets a translation on the
  other side, nor any of its numbers: a sentence the aligner folded into its
  neighbour's bead, though nothing renders it. ``major``.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator, Sequence

import attrs
import regex

from ..config import Config
from ..lexicon import Lexicon, default_lexicon, load_lexicon
from ..model import SOURCE, Finding, Segment, Severity
from ..morph import words
from ..resources import data_toml
from . import CheckContext, register
from .duplicate import find_repeats

__all__ = [
    "check_omission",
    "check_addition",
    "LengthModel",
    "length_model",
    "SENTENCE_WORDS",
    "MIN_KEYED",
    "unsupported",
]

#: A lone segment of this many words or more is a whole sentence: its omission is ``major``.
SENTENCE_WORDS = 5
#: The fewest words with lexicon entries a segment needs before its lack of support counts.
MIN_KEYED = 4

_DIGITS = regex.compile(r"\d+")

_WORD = regex.compile(r"[\p{L}\p{N}]+")


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


def _chars(segments: Sequence[Segment]) -> int:
    return sum(len(s.text) for s in segments)


def _words(segments: Sequence[Segment]) -> int:
    return sum(len(_WORD.findall(s.text)) for s in segments)


def _lone_severity(seg: Segment) -> Severity:
    return Severity.MAJOR if len(_WORD.findall(seg.text)) >= SENTENCE_WORDS else Severity.MINOR


def _quote(seg: Segment, limit: int = 80) -> str:
    text = seg.text if len(seg.text) <= limit else seg.text[: limit - 1].rstrip() + "…"
    return f"“{text}”"


def _second_witnesses(context: CheckContext) -> set[str]:
    """Source segments in 1-0 beads that repeat a passage whose segment is translated."""
    translated = {sid for bead in context.alignment for sid in bead.source if bead.target}
    out: set[str] = set()
    for rep in find_repeats(context.source.segments):
        if rep.earlier.id in translated:
            out.add(rep.later.id)
        if rep.later.id in translated:
            out.add(rep.earlier.id)
    return out


@functools.lru_cache(maxsize=4)
def _lexicon(text: str, name: str) -> Lexicon:
    return load_lexicon(text, name=name or "user", with_default=True) if text else default_lexicon()


def _keys(seg: Segment, lexicon: Lexicon, side: str) -> list[frozenset[str]]:
    lookup = lexicon.source_keys if side == SOURCE else lexicon.target_keys
    out = [lookup(w) for _a, _b, w in words(seg.text)]
    return [k for k in out if k]


def unsupported(
    segments: Sequence[Segment], others: Sequence[Segment], *, side: str, lexicon: Lexicon
) -> list[Segment]:
    """The segments of a merged bead that nothing on the other side translates.

    A segment counts when it has :data:`MIN_KEYED` words with lexicon entries,
    none of them meets a key of the other side's words, and none of its
    numbers appears there.
    """
    other_side = "target" if side == SOURCE else SOURCE
    other_keys: set[str] = set()
    other_digits: set[str] = set()
    for o in others:
        for k in _keys(o, lexicon, other_side):
            other_keys.update(k)
        other_digits.update(_DIGITS.findall(o.text))
    out = []
    for seg in segments:
        keyed = _keys(seg, lexicon, side)
        if len(keyed) < MIN_KEYED or any(k & other_keys for k in keyed):
            continue
        if set(_DIGITS.findall(seg.text)) & other_digits:
            continue
        out.append(seg)
    return out


def _text_beads(context: CheckContext) -> Iterator[tuple[object, list[Segment], list[Segment]]]:
    for bead, src, tgt in context.text_beads():
        yield bead, [s for s in src if s.is_text], [t for t in tgt if t.is_text]


@register("omission")
def check_omission(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report original text with no translation: lone segments, and beads far too short."""
    witnesses = _second_witnesses(context)
    model = length_model(context.source.language, context.target.language)
    for bead, src, tgt in _text_beads(context):
        if not src:
            continue
        if not bead.target:  # type: ignore[attr-defined]
            for seg in src:
                if seg.id in witnesses:
                    continue
                what = "sentence" if _lone_severity(seg) is Severity.MAJOR else "passage"
                yield Finding(
                    kind="omission",
                    severity=_lone_severity(seg),
                    source=(seg.id,),
                    source_evidence=(seg.span,),
                    message=f"The {what} {_quote(seg)} ({seg.id}) has no translation.",
                    rule="omission.unaligned",
                )
            continue
        if not tgt:
            continue
        lone = []
        if len(src) > 1:
            lexicon = _lexicon(config.lexicon_text, config.lexicon_name)
            lone = unsupported(src, tgt, side=SOURCE, lexicon=lexicon)
        for seg in lone:
            yield Finding(
                kind="omission",
                severity=Severity.MAJOR,
                source=tuple(s.id for s in src),
                target=tuple(t.id for t in tgt),
                source_evidence=(seg.span,),
                target_evidence=tuple(t.span for t in tgt),
                message=(
                    f"The sentence {_quote(seg)} ({seg.id}) seems to have no translation: "
                    "none of its words is rendered in the translation beside it."
                ),
                rule="omission.unsupported",
            )
        if model is None or lone:
            continue
        s_chars, t_chars = _chars(src), _chars(tgt)
        expected = model.expected(s_chars)
        if expected < model.min_chars or _words(src) < SENTENCE_WORDS:
            continue
        limit = model.merged_omission_below if len(src) > 1 else model.omission_below
        share = t_chars / expected
        if share < limit:
            missing = round((1 - share) * 100 / 10) * 10
            yield Finding(
                kind="omission",
                severity=Severity.MAJOR,
                source=tuple(s.id for s in src),
                target=tuple(t.id for t in tgt),
                source_evidence=tuple(s.span for s in src),
                target_evidence=tuple(t.span for t in tgt),
                message=(
                    f"About {missing}% of the original here seems to be missing from the "
                    f"translation: {s_chars} characters are rendered in {t_chars} "
                    f"(about {round(expected)} expected)."
                ),
                rule="omission.short",
            )


@register("addition")
def check_addition(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report translation text with no original: lone segments, and beads far too long."""
    model = length_model(context.source.language, context.target.language)
    for bead, src, tgt in _text_beads(context):
        if not tgt:
            continue
        if not bead.source:  # type: ignore[attr-defined]
            for seg in tgt:
                what = "sentence" if _lone_severity(seg) is Severity.MAJOR else "passage"
                yield Finding(
                    kind="addition",
                    severity=_lone_severity(seg),
                    target=(seg.id,),
                    target_evidence=(seg.span,),
                    message=f"The translation's {what} {_quote(seg)} ({seg.id}) has no original.",
                    rule="addition.unaligned",
                )
            continue
        if not src:
            continue
        lone = []
        if len(tgt) > 1:
            lexicon = _lexicon(config.lexicon_text, config.lexicon_name)
            lone = unsupported(tgt, src, side="target", lexicon=lexicon)
        for seg in lone:
            yield Finding(
                kind="addition",
                severity=Severity.MAJOR,
                source=tuple(s.id for s in src),
                target=tuple(t.id for t in tgt),
                source_evidence=tuple(s.span for s in src),
                target_evidence=(seg.span,),
                message=(
                    f"The translation's sentence {_quote(seg)} ({seg.id}) seems to have no "
                    "original: none of its words renders a word of the original beside it."
                ),
                rule="addition.unsupported",
            )
        if model is None or lone:
            continue
        s_chars, t_chars = _chars(src), _chars(tgt)
        expected = model.expected(s_chars)
        if expected < model.min_chars or _words(tgt) < SENTENCE_WORDS:
            continue
        limit = model.merged_addition_above if len(tgt) > 1 else model.addition_above
        if t_chars > limit * expected:
            yield Finding(
                kind="addition",
                severity=Severity.MAJOR,
                source=tuple(s.id for s in src),
                target=tuple(t.id for t in tgt),
                source_evidence=tuple(s.span for s in src),
                target_evidence=tuple(t.span for t in tgt),
                message=(
                    f"The translation here is {t_chars / expected:.1f} times as long as the "
                    f"original predicts ({t_chars} characters for {s_chars}): part of it "
                    "seems to have no original."
                ),
                rule="addition.long",
            )
