"""The ``omission`` and ``addition`` checks: untranslated text, and translation with no original.

Only running text and headings count (:attr:`Segment.is_text`): page furniture
and editorial notes ("[signature]") are neither omitted nor added.

- ``omission.unaligned`` / ``addition.unaligned``: a text segment left alone
  in a 1-0 (0-1) bead. A sentence of :data:`SENTENCE_WORDS` words or more is
  ``major``, a shorter fragment ``minor``. A source segment that repeats
  another, translated, passage of the original (a second witness, see
  :mod:`aligner.checks.duplicate`) is only ``info`` (``omission.repeated``):
  the translation may render it once on purpose. So is a part of a segment
  that another, translated segment repeats word for word, and a heading said
  twice in a row with the repeat left untranslated (:func:`_echo`).
- ``omission.short`` / ``addition.long``: a bead whose translation is far
  shorter (longer) than the original's length predicts. The expected ratio of
  lengths and its spread are data (``length_ratio.toml``, calibrated on WMT22
  ru-en): "About half of this sentence seems to be missing from the
  translation". Both are ``major``.
- ``omission.run_on``: a segment that reads as two sentences run together
  (a heading with no stop: "Россиян предупредили о новой схеме мошенников
  Злоумышленники начали …", see :func:`hidden_breaks`) whose translation is
  far shorter than the whole and as long as one part alone: the other part
  is reported. Also when a lone source segment's translation sits in a run-on
  neighbour's translation, in place of the neighbour's own second sentence.
  A break may also come before a name or an unknown word when the part left
  out meets (almost) nothing in the translation, or when the segment opens
  the text (where headings run on). ``major``.
- ``addition.run_on``: the mirror on the translation's side: a run-on
  translation segment far longer than its original, one part of which fits
  the original and the other renders nothing of it; or a lone translation
  segment that renders the second sentence of a run-on original in place of
  the run-on translation's own second part. ``major``.
- ``omission.unsupported`` / ``addition.unsupported``: in a bead that joins
  two or more segments of one side, a segment none of whose words (of
  :data:`MIN_KEYED` or more with a lexicon entry) meets a translation on the
  other side, nor any of its numbers: a sentence the aligner folded into its
  neighbour's bead, though nothing renders it. Also a member of
  :data:`SENTENCE_WORDS` words or more with at most a third of its keyed
  words met, when the other side's length fits the remaining members
  (:func:`weak_member`). And, by the first rule, either part of a run-on
  segment cut at a hidden break: "Ukraine is prepared to bargain Environmentally
  safe coating." beside "Экологически безопасное покрытие." ``major``.
- ``omission.clause`` / ``addition.clause``: a run of clauses (between commas,
  colons, dashes, ellipses, line breaks) none of whose words is rendered on
  the other side, when the other side is also short (long) the way the
  missing clauses would make it. ``major``.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Protocol, TypeVar

import attrs
import regex
from rapidfuzz import fuzz

from ..config import Config
from ..errors import AlignerError
from ..lexicon import Lexicon, default_lexicon, load_lexicon
from ..model import SOURCE, TARGET, Bead, Finding, Segment, Severity, Span
from ..morph import ru_parses, words
from ..resources import data_lines, data_toml
from ..translit import name_key
from . import CheckContext, register
from .duplicate import find_repeats, repeated_in_translated

__all__ = [
    "check_omission",
    "check_addition",
    "LengthModel",
    "length_model",
    "SENTENCE_WORDS",
    "MIN_KEYED",
    "NAME_WEIGHT",
    "unsupported",
    "hidden_breaks",
    "run_on_part",
    "run_on_extra",
    "weak_member",
]

#: A lone segment of this many words or more is a whole sentence: its omission is ``major``.
SENTENCE_WORDS = 5
#: The fewest words with lexicon entries a segment needs before its lack of support counts.
MIN_KEYED = 4
#: How many words with lexicon entries a name (a capitalised word with none) is worth there.
NAME_WEIGHT = 2

_DIGITS = regex.compile(r"\d+")
#: The fewest letters of a capitalised word compared as a name by :func:`_shared`.
_NAME_LETTERS = 4

_WORD = regex.compile(r"[\p{L}\p{N}]+")


class _Text(Protocol):
    @property
    def text(self) -> str: ...


_T = TypeVar("_T", bound=_Text)


@attrs.frozen
class _Plain:
    """A bare text, where a segment or a part of one is expected."""

    text: str


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


def _second_witnesses(context: CheckContext) -> dict[str, str]:
    """Source segments in 1-0 beads that repeat a passage whose segment is translated,
    each with the id of the translated segment it repeats."""
    translated = {sid for bead in context.alignment for sid in bead.source if bead.target}
    out: dict[str, str] = {}
    for rep in find_repeats(context.source.segments):
        if rep.earlier.id in translated:
            out.setdefault(rep.later.id, rep.earlier.id)
        if rep.later.id in translated:
            out.setdefault(rep.earlier.id, rep.later.id)
    return out


@functools.lru_cache(maxsize=4)
def _lexicon(text: str, name: str) -> Lexicon:
    return load_lexicon(text, name=name or "user", with_default=True) if text else default_lexicon()


def _word_keys(word: str, side: str, lexicon: Lexicon) -> frozenset[str]:
    """A word's lexicon keys, and for a capitalised word (a name, most likely) a key of its
    sound, on which "Экспресс" and "Express" meet."""
    keys = lexicon.source_keys(word) if side == SOURCE else lexicon.target_keys(word)
    if word[:1].isupper() and len(word) >= _NAME_LETTERS:
        return keys | {"\0" + name_key(word)}
    return keys


def _keys(seg: _Text, lexicon: Lexicon, side: str) -> list[frozenset[str]]:
    """The keys of each word of ``seg`` that has any."""
    out = [_word_keys(w, side, lexicon) for _a, _b, w in words(seg.text)]
    return [k for k in out if k]


def _bag(texts: Iterable[str], side: str, lexicon: Lexicon) -> set[str]:
    """Every key the words of ``texts`` give, and their numbers."""
    out: set[str] = set()
    for text in texts:
        out.update(_DIGITS.findall(text))
        for _s, _e, w in words(text):
            out.update(_word_keys(w, side, lexicon))
    return out


def unsupported(
    segments: Sequence[_T], others: Sequence[Segment], *, side: str, lexicon: Lexicon, name_weight: int = 0
) -> list[_T]:
    """The segments of a merged bead (or the parts of run-on ones) that nothing on the other side translates.

    A segment counts when it has :data:`MIN_KEYED` words with lexicon entries
    (a name, a capitalised word with none, counting as ``name_weight`` of them:
    :data:`NAME_WEIGHT` for whole sentences, "Документ упоминает: Гавана."), none
    of them meets a key of the other side's words, and none of its numbers
    appears there.
    """
    other_side = "target" if side == SOURCE else SOURCE
    other_keys = _bag((o.text for o in others), other_side, lexicon)
    lookup = lexicon.source_keys if side == SOURCE else lexicon.target_keys
    out = []
    for seg in segments:
        keyed = _keys(seg, lexicon, side)
        known = sum(
            1 if lookup(w) else name_weight if w[:1].isupper() and len(w) >= _NAME_LETTERS else 0
            for _a, _b, w in words(seg.text)
        )
        if known < MIN_KEYED or any(k & other_keys for k in keyed):
            continue
        if set(_DIGITS.findall(seg.text)) & other_keys:
            continue
        out.append(seg)
    return out


#: How closely (standard deviations of the log ratio) the translation fits one part of a run-on.
_FIT_Z = 1.0
#: A run-on segment's translation under this fraction of the whole's expected length is suspect.
_RUN_ON_BELOW = 0.8
#: What may lie between a run-on sentence's last word and the next one's first: numbers
#: (bracketed or not: "… Sena (74182) Душевая …"),
#: closing quotes or brackets right after the word, then spaces ("… штамм "омикрон" Врач …",
#: "… после COVID-19 Врачи …").
_GAP = regex.compile(r"(?:[\s(-]*\d[\d.,:/%-]*\)?)*[\"'»”’)\]]*\s+")
#: The same after a one-letter word, which may keep its stop: an initial-like letter the
#: segmenter would not split after ("… витамин С. Кроме того, …").
_LETTER_GAP = regex.compile(r"\.?(?:[\s(-]*\d[\d.,:/%-]*\)?)*[\"'»”’)\]]*\s+")


@functools.cache
def _stopwords(language: str) -> frozenset[str]:
    try:
        return frozenset(w.lower() for w in data_lines(f"stopwords_{language}.txt"))
    except AlignerError:
        return frozenset()


#: Parts of speech that inflect for case: a sentence's first word of these is nominative.
_DECLINED = frozenset(("NOUN", "ADJF", "PRTF", "NPRO"))


def _may_open(word: str) -> bool:
    """Whether a capitalised word may open a sentence: a Russian noun or adjective must be
    able to read as nominative ("Россия", not "России" alone); other words always may."""
    parses = ru_parses(word)
    return not parses or any(p.tag.POS not in _DECLINED or "nomn" in p.tag for p in parses)


def hidden_breaks(
    seg: Segment,
    *,
    side: str,
    lexicon: Lexicon,
    names: Sequence[Span] = (),
    language: str = "",
    loose: bool = False,
) -> list[int]:
    """Offsets in ``seg.text`` where a sentence seems to start with no stop before it.

    A run-on segment: a headline or a sentence whose full stop was lost (in
    OCR, or because a heading was run into the text below it) reads as one
    sentence: "Россиян предупредили о новой схеме мошенников Злоумышленники
    начали …". A break is a capitalised common word (one the lexicon knows,
    or a function word; not part of a name, nor followed by another
    capitalised word, as in "Новой Каледонии") after a word that ends with
    no punctuation, with at least :data:`SENTENCE_WORDS` words on either side.
    With ``loose``, any capitalised word there will do, a name included
    ("… сотрудников Credit Suisse требует …"): for checks that also ask the
    lengths to agree.
    """
    lookup = lexicon.source_keys if side == SOURCE else lexicon.target_keys
    stop = _stopwords(language) if language else frozenset()
    found = words(seg.text)
    out = []
    for k in range(SENTENCE_WORDS - 1, len(found) - SENTENCE_WORDS + 1):
        start, end, word = found[k]
        # a capitalised word ("Злоумышленники"), or a one-letter function word ("В ЮАР …")
        opener = word[1:2].islower() or (len(word) == 1 and word.lower() in stop)
        if k == 0 or not (word[:1].isupper() and opener):
            continue
        gap = _LETTER_GAP if len(found[k - 1][2]) == 1 else _GAP
        if not gap.fullmatch(seg.text, found[k - 1][1], start):
            continue
        if loose:
            # "… fell in Turkey": no sentence ends so; "… переговоры с Украиной": no sentence
            # opens with a noun that can only be in an oblique case.
            if found[k - 1][2].lower() not in stop and _may_open(word):
                out.append(start)
            continue
        if found[k + 1][2][:1].isupper():  # "… жители Новой Каледонии": a name of two words
            continue
        lower = word.lower()
        if lower not in stop and not lookup(lower):
            continue
        raw = seg.raw_span(start, end)
        if any(span.overlaps(raw) for span in names):
            continue
        out.append(start)
    return out


def _piece(seg: Segment, start: int, end: int) -> tuple[Span, str]:
    text = seg.text[start:end]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return seg.raw_span(start + lead, start + lead + len(text)), text


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
                piece = _piece(seg, *other)
                if unrendered is None or unrendered(piece[1]):
                    best = (fit, piece)
    return best[1] if best else None


def _breaks(context: CheckContext, seg: Segment, lexicon: Lexicon, *, loose: bool = False) -> list[int]:
    """The hidden breaks of ``seg`` (see :func:`hidden_breaks`), found once a check run: the
    omission and addition rules ask for them again and again."""
    side = context.source if seg.side == SOURCE else context.target

    def build() -> list[int]:
        found = hidden_breaks(
            seg,
            side=seg.side,
            lexicon=lexicon,
            names=tuple(m.span for m in context.mentions((seg,), "names")),
            language=side.language,
            loose=loose,
        )
        # A guard: the rules judge the parts on either side of each break, in time breaks × length.
        # A segment with that many breaks is a list or a garbled run, not two sentences run together.
        return [] if len(found) * len(seg.text) > _MAX_BREAK_WORK else found

    return context.cached(f"omission.breaks.{'loose' if loose else 'strict'}.{seg.id}", build)


#: The most (hidden breaks × characters) of one segment the run-on rules look at.
_MAX_BREAK_WORK = 2_000_000


#: With loose breaks, the part left out may have at most this share of its keyed words met
#: on the other side.
_LOOSE_SUPPORT = 0.2


def _unrendered(
    other: Segment | Sequence[Segment],
    other_side: str,
    side: str,
    lexicon: Lexicon,
    share: float = _LOOSE_SUPPORT,
) -> Callable[[str], bool]:
    """A test that a text of ``side`` meets (almost) nothing in ``other``.

    At most ``share`` of its words with lexicon entries (two at least) may
    meet a key of the other side's words, counting its numbers found there.
    """
    others = [other] if isinstance(other, Segment) else list(other)
    other_keys = _bag((o.text for o in others), other_side, lexicon)

    def test(text: str) -> bool:
        keyed = _keys(_Plain(text), lexicon, side)
        if len(keyed) < 2:
            return False
        met = sum(1 for k in keyed if k & other_keys)
        met += len(set(_DIGITS.findall(text)) & other_keys)
        return met <= share * len(keyed)

    return test


#: A member of a merged bead may have at most this share of its keyed words met on the
#: other side to count as unrendered when the lengths also point at it.
_MEMBER_SUPPORT = 0.34
#: How loosely (standard deviations) the other side must fit the remaining members.
_MEMBER_FIT_Z = 2.5


def weak_member(
    members: Sequence[_T],
    others: Sequence[Segment],
    *,
    side: str,
    model: LengthModel,
    lexicon: Lexicon,
) -> _T | None:
    """The member of a merged bead that the other side seems to leave out, or ``None``.

    ``members`` (two or more segments of ``side``) face ``others``. A member
    is left out when few of its words meet the other side (at most
    :data:`_MEMBER_SUPPORT` of those with lexicon entries), it has
    :data:`SENTENCE_WORDS` words or more, and the lengths do not object: the
    other side fits the remaining members within :data:`_MEMBER_FIT_Z`
    standard deviations.
    """
    other_side = "target" if side == SOURCE else SOURCE
    weak = _unrendered(others, other_side, side, lexicon, share=_MEMBER_SUPPORT)
    total, o_chars = sum(len(m.text) for m in members), _chars(others)

    def z(chars: int) -> float:
        pair = (chars, o_chars) if side == SOURCE else (o_chars, chars)
        return abs(model.z(max(1, pair[0]), max(1, pair[1])))

    best: tuple[float, _T] | None = None
    for seg in members:
        if len(_WORD.findall(seg.text)) < SENTENCE_WORDS:
            continue
        rest = z(total - len(seg.text))
        if rest > _MEMBER_FIT_Z or not weak(seg.text):
            continue
        if best is None or rest < best[0]:
            best = (rest, seg)
    return best[1] if best else None


#: Messages by side (the original's for omissions, the translation's for additions) and rule.
_MESSAGES: dict[tuple[str, str], str] = {
    (SOURCE, "unaligned"): "The {what} {quote} ({id}) has no translation.",
    (TARGET, "unaligned"): "The translation's {what} {quote} ({id}) has no original.",
    (SOURCE, "repeated"): (
        "The passage {quote} ({id}) has no translation of its own: it repeats {witness}, which is "
        "translated (a second witness of the same text, rendered once?)."
    ),
    (SOURCE, "repeated_part"): (
        "The words {quote} ({id}) have no translation beside them; {witness} repeats them and is "
        "translated (a second witness of the same text, rendered once?)."
    ),
    (SOURCE, "echo"): (
        "The words {quote} ({id}) have no translation of their own: they repeat the words "
        "before them, {first}, which are translated (a heading said twice, rendered once?)."
    ),
    (SOURCE, "unsupported"): (
        "The sentence {quote} ({id}) seems to have no translation: none of its words is rendered "
        "in the translation beside it."
    ),
    (TARGET, "unsupported"): (
        "The translation's sentence {quote} ({id}) seems to have no original: none of its words "
        "renders a word of the original beside it."
    ),
    (SOURCE, "unsupported_part"): (
        "The passage {quote} ({id}) seems to have no translation: it reads as a sentence of its "
        "own run into the next with no stop, and the translation beside it renders the rest alone."
    ),
    (TARGET, "unsupported_part"): (
        "The translation's passage {quote} ({id}) seems to have no original: it reads as a "
        "sentence of its own run into the next with no stop, and the original beside it matches "
        "the rest alone."
    ),
    (SOURCE, "clause"): (
        "The words {quote} ({id}) seem to have no translation: none of them is rendered in the "
        "translation beside it, which is also shorter than the original predicts."
    ),
    (TARGET, "clause"): (
        "The translation's words {quote} ({id}) seem to have no original: none of them renders a "
        "word of the original beside it, and the translation is longer than the original predicts."
    ),
    (SOURCE, "run_on"): (
        "The passage {quote} ({id}) seems to have no translation: the segment reads as two "
        "sentences run together (a heading with no stop?), and the translation beside it ({other}) "
        "is as long as the other one alone."
    ),
    (TARGET, "run_on"): (
        "The translation's passage {quote} ({id}) seems to have no original: the segment reads as "
        "two sentences run together (a heading with no stop?), and the original beside it "
        "({other}) is as long as the other one alone."
    ),
    (SOURCE, "moved"): (
        "The passage {quote} ({id}) seems to have no translation: the translation beside it "
        "({other}) renders the next sentence, {lone}, in its place (two sentences run together, a "
        "heading with no stop?)."
    ),
    (TARGET, "moved"): (
        "The translation's passage {quote} ({id}) seems to have no original: the original beside "
        "it ({other}) is rendered by the next sentence of the translation, {lone}, instead (two "
        "sentences run together, a heading with no stop?)."
    ),
    (SOURCE, "short"): (
        "About {missing}% of the original here seems to be missing from the translation: "
        "{source_chars} characters are rendered in {target_chars} (about {expected} expected)."
    ),
    (TARGET, "long"): (
        "The translation here is {times} times as long as the original predicts ({target_chars} "
        "characters for {source_chars}): part of it seems to have no original."
    ),
}


def _found(
    side: str,
    rule: str,
    severity: Severity,
    *,
    mine: Sequence[Segment] = (),
    others: Sequence[Segment] = (),
    evidence: Sequence[Span] | None = None,
    message_rule: str = "",
    fields: Mapping[str, str] | None = None,
    **more: str,
) -> Finding:
    """A finding of the omission check (``side`` the original's) or of the addition check (the
    translation's). ``mine`` are the segments of ``side`` it concerns, ``others`` those of the
    other side facing them; the evidence is their spans unless ``evidence`` gives ``side``'s;
    the message is that of :data:`_MESSAGES` for ``message_rule`` (else ``rule``), filled in
    from ``fields`` and the other keywords."""
    kind = "omission" if side == SOURCE else "addition"
    mine_ev = tuple(evidence) if evidence is not None else tuple(s.span for s in mine)
    other_ev = tuple(s.span for s in others)
    mine_ids, other_ids = tuple(s.id for s in mine), tuple(s.id for s in others)
    message = _MESSAGES[side, message_rule or rule].format(**(fields or {}), **more)
    mine_first = side == SOURCE
    return Finding(
        kind=kind,
        severity=severity,
        source=mine_ids if mine_first else other_ids,
        target=other_ids if mine_first else mine_ids,
        source_evidence=mine_ev if mine_first else other_ev,
        target_evidence=other_ev if mine_first else mine_ev,
        message=message,
        rule=f"{kind}.{rule}",
    )


def _run_on_found(side: str, seg: Segment, other: Segment, part: tuple[Span, str] | None) -> Finding | None:
    """The ``run_on`` finding of the part of a run-on segment of ``side`` that ``other`` leaves out."""
    if part is None:
        return None
    span, text = part
    return _found(
        side,
        "run_on",
        Severity.MAJOR,
        mine=(seg,),
        others=(other,),
        evidence=(span,),
        quote=f"“{_short(text)}”",
        id=seg.id,
        other=other.id,
    )


def _opens(context: CheckContext, seg: Segment) -> bool:
    """Whether ``seg`` is the first text segment of its side (where a heading may run on)."""
    side = context.source if seg.side == SOURCE else context.target
    first = next((s for s in side.segments if s.is_text), None)
    return first is not None and first.id == seg.id


def _run_on_omission(
    context: CheckContext, seg: Segment, other: Segment, model: LengthModel, lexicon: Lexicon
) -> Finding | None:
    """An omission inside a run-on source segment of a 1-1 bead (see :func:`run_on_part`)."""
    if len(seg.text) < model.min_chars:
        return None
    part = run_on_part(seg, len(other.text), model, _breaks(context, seg, lexicon))
    if part is None:
        opens = _opens(context, seg)  # a heading run into the text: it may share its words
        part = run_on_part(
            seg,
            len(other.text),
            model,
            _breaks(context, seg, lexicon, loose=True),
            unrendered=None if opens else _unrendered(other, "target", SOURCE, lexicon),
        )
    return _run_on_found(SOURCE, seg, other, part)


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


def _run_on_addition(
    context: CheckContext, seg: Segment, other: Segment, model: LengthModel, lexicon: Lexicon
) -> Finding | None:
    """An addition inside a run-on translation segment of a 1-1 bead (see :func:`run_on_extra`)."""
    if model.expected(len(other.text)) < model.min_chars:
        return None
    loose = _breaks(context, seg, lexicon, loose=True)
    part = run_on_extra(
        seg,
        len(other.text),
        model,
        loose,
        unrendered=_unrendered(other, SOURCE, "target", lexicon),
    )
    return _run_on_found(TARGET, seg, other, part)


def _beside_lone(beads: Sequence[tuple[Bead, list[Segment], list[Segment]]], at: int, side: str) -> bool:
    """Whether a bead next to ``beads[at]`` leaves a segment of ``side`` without counterpart."""
    mine, other = (1, 2) if side == SOURCE else (2, 1)
    return any(0 <= k < len(beads) and beads[k][mine] and not beads[k][other] for k in (at - 1, at + 1))


def _unsupported_members(
    mine: list[Segment], others: list[Segment], *, side: str, model: LengthModel | None, lexicon: Lexicon
) -> list[Segment]:
    """The members of a merged bead's ``side`` that the other side does not render."""
    lone = unsupported(mine, others, side=side, lexicon=lexicon, name_weight=NAME_WEIGHT)
    if not lone and model is not None:
        member = weak_member(mine, others, side=side, model=model, lexicon=lexicon)
        lone = [member] if member is not None else []
    return lone


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _shared(a: str, a_side: str, b: str, b_side: str, lexicon: Lexicon) -> int:
    """How many lexicon keys, numbers and capitalised words (names, on a key of their
    sound, "Экспресс" and "Express") two texts share."""

    return len(_bag((a,), a_side, lexicon) & _bag((b,), b_side, lexicon))


#: The share of its keyed words met beside it from which on a part is rendered, not left out.
_MOVED_SUPPORT = 0.5


def _support(text: str, side: str, other: str, other_side: str, lexicon: Lexicon) -> float:
    """The share of the words of ``text`` with lexicon entries (and names) that meet ``other``."""
    other_keys = _bag((other,), other_side, lexicon)
    keyed = _keys(_Plain(text), lexicon, side)
    if not keyed:
        return 0.0
    return sum(1 for k in keyed if k & other_keys) / len(keyed)


#: How closely (standard deviations) a lone segment must fit the run-on neighbour's part it
#: seems to render, when only one word or name of theirs meets.
_MOVED_FIT_Z = 1.5


def _first_breaks(context: CheckContext, seg: Segment, lexicon: Lexicon) -> list[int]:
    """The strict hidden breaks of ``seg``, or failing those the loose ones."""
    return _breaks(context, seg, lexicon) or _breaks(context, seg, lexicon, loose=True)


def _renders_a_part(context: CheckContext, seg: Segment, other: Segment, lexicon: Lexicon) -> bool:
    """Whether ``other`` (of the other side) renders one part of ``seg`` cut at a strict hidden
    break far better than the other: :data:`_MOVED_SUPPORT` of one part's keyed words meet it,
    under half as large a share of the other's (``seg`` is then a run-on segment that leaves a
    part of its own without counterpart)."""
    other_side = "target" if seg.side == SOURCE else SOURCE

    def support(text: str) -> float:
        return _support(text, seg.side, other.text, other_side, lexicon)

    for cut in _breaks(context, seg, lexicon):
        head, tail = support(seg.text[:cut]), support(seg.text[cut:])
        if max(head, tail) >= _MOVED_SUPPORT and min(head, tail) < max(head, tail) / 2:
            return True
    return False


def _moved_run_on(
    context: CheckContext,
    seg: Segment,
    beads: Sequence[tuple[Bead, list[Segment], list[Segment]]],
    at: int,
    lexicon: Lexicon,
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
        m_breaks = _first_breaks(context, mine, lexicon)
        o_breaks = _first_breaks(context, other, lexicon)
        if not m_breaks or not o_breaks:
            continue
        m_cut = m_breaks[-1] if step < 0 else m_breaks[0]
        o_cut = o_breaks[-1] if step < 0 else o_breaks[0]
        m_text, o_text = mine.text, other.text
        if step < 0:  # the lone segment follows: compare with the neighbours' second parts
            m_part, o_part, m_rest = (m_cut, len(m_text)), o_text[o_cut:], m_text[:m_cut]
        else:
            m_part, o_part, m_rest = (0, m_cut), o_text[:o_cut], m_text[m_cut:]
        own = _shared(m_text[m_part[0] : m_part[1]], side, o_part, other_side, lexicon)
        lone = _shared(seg.text, side, o_part, other_side, lexicon)
        if own and lone <= _shared(m_rest, side, o_part, other_side, lexicon):
            continue  # what the lone segment shares with that part, the neighbour's rest says too
        fits = False
        if model is not None and own == 0 and lone >= 1:
            o_len, s_len = len(o_part.strip()), len(seg.text)
            pair = (s_len, o_len) if side == SOURCE else (o_len, s_len)
            fits = abs(model.z(max(1, pair[0]), max(1, pair[1]))) <= _MOVED_FIT_Z
        if not fits and (lone <= own or lone < 2):
            continue
        span, text = _piece(mine, *m_part)
        if fits and lone < 2 and _support(text, side, other.text, other_side, lexicon) >= _MOVED_SUPPORT:
            continue  # the part said to be left out is rendered after all: the lone one is
        return _found(
            side,
            "run_on",
            Severity.MAJOR,
            mine=(mine, seg),
            others=(other,),
            evidence=(span,),
            message_rule="moved",
            quote=f"“{_short(text)}”",
            id=mine.id,
            other=other.id,
            lone=seg.id,
        )
    return None


@attrs.frozen
class _Piece:
    """A stretch ``[start, end)`` of a segment's text: the whole, or a part between hidden breaks."""

    seg: Segment
    start: int
    end: int
    clause: bool = False  # a run of clauses (cut at punctuation), not a run-on sentence

    @property
    def text(self) -> str:
        """The piece's text, without the white space around it."""
        return self.seg.text[self.start : self.end].strip()

    @property
    def span(self) -> Span:
        """Where the piece lies in the original file."""
        return _piece(self.seg, self.start, self.end)[0]


def _halves(context: CheckContext, seg: Segment, lexicon: Lexicon) -> list[_Piece]:
    """The two parts of ``seg`` on either side of each of its loose hidden breaks (none if none)."""
    out: list[_Piece] = []
    for b in _breaks(context, seg, lexicon, loose=True):
        out.extend((_Piece(seg, 0, b), _Piece(seg, b, len(seg.text))))
    return out


def _unrendered_piece(
    context: CheckContext,
    mine: Sequence[Segment],
    others: Sequence[Segment],
    *,
    side: str,
    model: LengthModel | None,
    lexicon: Lexicon,
) -> _Piece | None:
    """A part of a run-on segment of ``mine`` that nothing in ``others`` renders, or ``None``.

    A segment that reads as two sentences run together with no stop (a
    heading, a lost full stop, a sentence inserted before one) is cut at each
    of its loose hidden breaks, and the part on either side is judged as the
    members of a merged bead are, by :func:`unsupported`; the longest part
    that nothing renders is returned. (Length alone is no evidence here: a
    cut inside a sentence, before a name, leaves parts of any length.)

    Failing that, a run of clauses (cut at commas, colons, dashes, ellipses
    and line breaks) that nothing renders counts when the lengths agree:
    the other side is short (long) by :data:`_CLAUSE_Z` standard deviations
    and fits better without it. A part holding a name, title or term the other
    side gives too is rendered (:func:`_matched_mentions`).
    """
    matched = _matched_mentions(context, mine, others)

    def alone(pieces: list[_Piece]) -> list[_Piece]:
        return [
            p
            for p in unsupported(pieces, others, side=side, lexicon=lexicon)
            if not any(p.span.overlaps(span) for span in matched)
        ]

    lone = alone([p for seg in mine for p in _halves(context, seg, lexicon)])
    if lone:
        return max(lone, key=lambda p: len(p.text))
    if model is None:
        return None
    lone = [
        attrs.evolve(p, clause=True)
        for p in alone([p for seg in mine for p in _clauses(seg)])
        if _length_points_at(p, mine, others, side=side, model=model)
    ]
    return max(lone, key=lambda p: len(p.text)) if lone else None


def _matched_mentions(
    context: CheckContext, mine: Sequence[Segment], others: Sequence[Segment]
) -> list[Span]:
    """Where ``mine`` names a name, title or term that ``others`` gives too ("НКИД" and
    "People's Commissariat for Foreign Affairs"): a part holding one is rendered."""
    kinds = ("names", "titles", "terms")
    theirs = {(m.kind, str(m.value)) for m in context.mentions(others, *kinds)}
    return [m.span for m in context.mentions(mine, *kinds) if (m.kind, str(m.value)) in theirs]


#: How far (standard deviations) the lengths must stray, the way a missing (added) clause
#: would make them, before an unrendered clause counts.
_CLAUSE_Z = 1.0


def _length_points_at(
    piece: _Piece, mine: Sequence[Segment], others: Sequence[Segment], *, side: str, model: LengthModel
) -> bool:
    """Whether the lengths say what the words say: the translation is short (for a source
    clause; long, for a translation clause) by :data:`_CLAUSE_Z` or more, and fits better
    without ``piece``."""
    o_chars = _chars(others)

    def z(chars: int) -> float:
        pair = (chars, o_chars) if side == SOURCE else (o_chars, chars)
        return model.z(max(1, pair[0]), max(1, pair[1]))

    sign = -1.0 if side == SOURCE else 1.0
    whole = z(_chars(mine))
    rest = z(_chars(mine) - len(piece.text))
    return sign * whole >= _CLAUSE_Z and abs(rest) < abs(whole)


# Each alternative starts only where its run starts (the look-behinds), so a long run of commas,
# ellipses or spaces is read once, not once for each of its characters.
_CLAUSE_END = regex.compile(r"(?<![,;:…])[,;:…]++\s+|(?<!\s)\s++[—–-]\s+|\.\.\.\s+|\n")


#: The most clause boundaries of one segment that are tried (runs grow with their square).
_MAX_CLAUSE_CUTS = 12


def _clauses(seg: Segment) -> list[_Piece]:
    """Each run of consecutive clauses of ``seg`` (cut at commas, colons, dashes, line
    breaks) short of the whole segment; none if it has one clause."""
    cuts = sorted({0, len(seg.text), *(m.end() for m in _CLAUSE_END.finditer(seg.text))})
    if len(cuts) <= 2 or len(cuts) > _MAX_CLAUSE_CUTS:
        return []
    return [
        _Piece(seg, a, b) for i, a in enumerate(cuts) for b in cuts[i + 1 :] if (a, b) != (0, len(seg.text))
    ]


#: How alike (0-100, RapidFuzz's ratio on lower-case words) a part of a segment and an earlier
#: part must be for the later one to repeat the earlier.
_ECHO_ALIKE = 80


def _echo(
    context: CheckContext,
    mine: Sequence[Segment],
    others: Sequence[Segment],
    *,
    model: LengthModel | None,
    lexicon: Lexicon,
) -> tuple[_Piece, _Piece] | None:
    """A part of a run-on source segment that repeats an earlier part of it, left untranslated.

    A heading run into a subheading that says it again ("В ЮАР заявили о низкой
    эффективности вакцины В ЮАР заявили о низкой эффективности вакцины …"): the
    translation renders the repeat once, and the lengths agree (see
    :func:`_length_points_at`). Returns the repeat and the part it repeats.
    """
    if model is None:
        return None
    for seg in mine:
        cuts = [0, *_breaks(context, seg, lexicon, loose=True), len(seg.text)]
        parts = [_Piece(seg, a, b) for a, b in zip(cuts, cuts[1:], strict=False)]
        for j, later in enumerate(parts):
            said = " ".join(w.lower() for _s, _e, w in words(later.text))
            if len(said.split()) < SENTENCE_WORDS:
                continue
            for earlier in parts[:j]:
                before = " ".join(w.lower() for _s, _e, w in words(earlier.text))
                if fuzz.ratio(said, before) >= _ECHO_ALIKE and _length_points_at(
                    later, mine, others, side=SOURCE, model=model
                ):
                    return later, earlier
    return None


def _piece_finding(
    context: CheckContext, piece: _Piece, mine: Sequence[Segment], others: Sequence[Segment]
) -> Finding:
    """The finding a part of a segment of ``mine`` makes that nothing in ``others`` renders."""
    side, quote, sid = piece.seg.side, f"“{_short(piece.text)}”", piece.seg.id
    witness = repeated_in_translated(context, piece.seg, piece.text) if side == SOURCE else None
    if witness is not None:
        return _found(
            side,
            "repeated",
            Severity.INFO,
            mine=(piece.seg,),
            evidence=(piece.span,),
            message_rule="repeated_part",
            quote=quote,
            id=sid,
            witness=witness,
        )
    rule = "clause" if piece.clause else "unsupported"
    return _found(
        side,
        rule,
        Severity.MAJOR,
        mine=mine,
        others=others,
        evidence=(piece.span,),
        message_rule=rule if piece.clause else "unsupported_part",
        quote=quote,
        id=sid,
    )


def _lone(
    context: CheckContext,
    seg: Segment,
    beads: Sequence[tuple[Bead, list[Segment], list[Segment]]],
    at: int,
    lexicon: Lexicon,
    witnesses: dict[str, str],
) -> Iterator[Finding]:
    """The findings of a text segment left alone in a 1-0 (0-1) bead."""
    side = seg.side
    if seg.id in witnesses:
        yield _found(
            side,
            "repeated",
            Severity.INFO,
            mine=(seg,),
            quote=_quote(seg),
            id=seg.id,
            witness=witnesses[seg.id],
        )
        return
    moved = _moved_run_on(context, seg, beads, at, lexicon)
    if moved is not None:
        yield moved
        if side == SOURCE:
            return  # its translation sits in the neighbour (a translation segment's
            # original may sit there, and the segment still be an addition)
    severity = _lone_severity(seg)
    what = "sentence" if severity is Severity.MAJOR else "passage"
    yield _found(side, "unaligned", severity, mine=(seg,), what=what, quote=_quote(seg), id=seg.id)


#: The length (characters of the original) the length limits were calibrated for: the median
#: sentence of the WMT22 ru-en test set.
_TYPICAL_CHARS = 90


def _length_finding(
    context: CheckContext, side: str, mine: Sequence[Segment], others: Sequence[Segment], model: LengthModel
) -> Finding | None:
    """``omission.short`` (the translation far shorter than its original predicts) or
    ``addition.long`` (far longer).

    The limits (``length_ratio.toml``) hold for sentences of a typical length,
    :data:`_TYPICAL_CHARS`; a shorter original strays further by chance (an
    abbreviation spelt out, "ЦК" as "Central Committee", doubles a short
    sentence), so its limits are widened by the square root of how much shorter
    it is, as Gale and Church's variance has it. Names, titles and terms both
    sides give are left out of both lengths: "ДРК" is "Democratic Republic of the
    Congo".
    """
    src, tgt = (mine, others) if side == SOURCE else (others, mine)
    s_chars, t_chars = _chars(src), _chars(tgt)
    s_chars -= sum(span.end - span.start for span in _matched_mentions(context, src, tgt))
    t_chars -= sum(span.end - span.start for span in _matched_mentions(context, tgt, src))
    s_chars, t_chars = max(1, s_chars), max(1, t_chars)
    expected = model.expected(s_chars)
    if expected < model.min_chars or _words(mine) < SENTENCE_WORDS:
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
    return _found(side, rule, Severity.MAJOR, mine=mine, others=others, fields=fields)


def _check(context: CheckContext, config: Config, side: str) -> Iterator[Finding]:
    """The omission check (``side`` is the original's) or the addition check (the translation's)."""
    model = length_model(context.source.language, context.target.language)
    lexicon = _lexicon(config.lexicon_text, config.lexicon_name)
    witnesses = _second_witnesses(context) if side == SOURCE else {}
    beads = list(context.running_text())
    for at, (bead, src, tgt) in enumerate(beads):
        mine, others = (src, tgt) if side == SOURCE else (tgt, src)
        if not mine:
            continue
        if not (bead.target if side == SOURCE else bead.source):
            for seg in mine:
                yield from _lone(context, seg, beads, at, lexicon, witnesses)
            continue
        if not others:
            continue  # text against furniture or editorial notes: nothing to compare
        echo = _echo(context, mine, others, model=model, lexicon=lexicon) if side == SOURCE else None
        if echo is not None:
            repeat, first = echo
            yield _found(
                side,
                "repeated",
                Severity.INFO,
                mine=(repeat.seg,),
                evidence=(repeat.span,),
                message_rule="echo",
                quote=f"“{_short(repeat.text)}”",
                id=repeat.seg.id,
                first=f"“{_short(first.text, 40)}”",
            )
            continue
        lone: list[Segment] = []
        if len(mine) > 1:
            lone = _unsupported_members(mine, others, side=side, model=model, lexicon=lexicon)
        elif len(others) == 1 and model is not None and not _beside_lone(beads, at, side):
            run_on = _run_on_omission if side == SOURCE else _run_on_addition
            part = run_on(context, mine[0], others[0], model, lexicon)
            if part is not None:
                yield part
                continue
        if not lone:
            piece = _unrendered_piece(context, mine, others, side=side, model=model, lexicon=lexicon)
            if piece is not None:
                yield _piece_finding(context, piece, mine, others)
                continue
        for seg in lone:
            yield _found(
                side,
                "unsupported",
                Severity.MAJOR,
                mine=mine,
                others=others,
                evidence=(seg.span,),
                quote=_quote(seg),
                id=seg.id,
            )
        if model is not None and not lone:
            found = _length_finding(context, side, mine, others, model)
            if found is not None:
                yield found


@register("omission")
def check_omission(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report original text with no translation: lone segments, and beads far too short."""
    return _check(context, config, SOURCE)


@register("addition")
def check_addition(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report translation text with no original: lone segments, and beads far too long."""
    return _check(context, config, TARGET)
