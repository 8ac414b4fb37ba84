"""The ``number`` check: numbers that differ between the original and the translation.

Within each bead the numbers of the source and of the translation are compared
as multisets of values: "2х" and "two" are both 2, "третий" and "3rd" both 3,
"25-35" and "25 to 35" both the range 25-35, "1 000" and "1,000" both 1000,
"50 тыс." and "50,000" both 50000, "17 часов 47 минут", "17:47" and
"5:47 PM" one clock time. A range is compared as a range ("0,3-0,6" against
"0.3-0.5" is a finding), but "3-4" matches "3 or 4".

Rules, in the order they apply:

- ``number.changed`` / ``number.range_mismatch`` (critical): a number whose
  counterpart has another value (major when both are approximate; minor, with
  the reason, when only one side qualifies it or when one side reads as an
  ordinal, a fraction or a year and the other as a count). A changed number is
  set against the counterpart of its own kind, not a year or an ordinal beside it.
- ``number.approximation`` (minor): the same value, approximate on one side
  only ("около 30" against "30").
- ``number.missing`` / ``number.added`` (major): a number with no counterpart.

Reference numbers ("№ 481/ш", "лл. 104-105" also when a segment boundary
falls after "лл."), designations ("F-96"), enumerators ("1.") and footnote
marks ("[43]", "memorandum,2") are never compared; numbers of a dispatch or date
line ("Отправлено 22.X.45 г. 19 ч. 40 м.") are compared but never reported
alone; a clock time split by a segment boundary is read as one; "двое суток"
also stands for 48 (hours); a number the other side reads as a year, a day of a date
or a reference number counts as matched. Words that are often no number or
only imply one ("one", "один", "both", "сутки", "двухэтажный") pair with
numbers but are never reported alone. Numbers inside dates are the date
check's business.
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Iterator, Sequence
from itertools import islice

import attrs
import regex

from ..config import Config
from ..features.numbers import approximation, conversion, format_time, format_value
from ..features.values import DateValue
from ..model import SOURCE, TARGET, Bead, Finding, Mention, Segment, Severity
from ..resources import data_toml
from . import CheckContext
from ._figures import apparatus_line, figure_kind, hedged_beads, reread

__all__ = ["check_number", "IGNORED_FAMILIES"]

#: Number families the check never compares (they only absorb a lone number of the other side).
IGNORED_FAMILIES = frozenset(("reference", "enumerator", "footnote"))

_NEXT_WORD = regex.compile(r"[\s\-–—]*([\p{L}][\p{L}\p{M}'’-]*)")
_HALF_DAY = 12 * 60
#: A percent sign or word right after a number: 25% may stand as "a quarter" (0.25) in the translation.
_PERCENT = regex.compile(r"\s*(?:%|per\s*cent(?!\p{L})|percent(?!\p{L})|процент)", regex.IGNORECASE)


@attrs.frozen
class _Numbers:
    """The comparable numbers of one side of a bead, and the values that may absorb a lone one."""

    mentions: list[Mention]
    absorbers: frozenset[float]
    #: numbers of dispatch and date lines: compared, never reported alone
    quiet: frozenset[Mention] = frozenset()
    #: other values a number may stand for (двое суток: 2 and 48 hours)
    alternatives: dict[Mention, tuple[float, ...]] = attrs.Factory(dict)


def _exact(value: float) -> float:
    """A value to compare: a whole number as an exact ``int`` (however long), else rounded."""
    if isinstance(value, int):
        return value
    number = float(value)
    if number.is_integer():
        return int(number)
    return round(number, 6)


def _key(mention: Mention) -> tuple[float, ...]:
    return tuple(_exact(v) for v in mention.value)


def _date_parts(value: object) -> list[float]:
    """The years and days of a date ("1917-02-01": 1917 and 1), which a translation may give
    as plain numbers. The month is left out: "февраля" is no "2" of the other side."""
    date = value if isinstance(value, DateValue) else DateValue.parse(str(value))
    if date is None:
        return [int(p) for p in regex.findall(r"\d+", str(value))]
    return [p for end in date.ends for p in (end.year, end.day) if p is not None]


def _dates(context: CheckContext, segments: Sequence[Segment]) -> list[str]:
    return [
        str(d.value)
        for seg in segments
        if (features := context.features.get(seg.id)) is not None
        for d in features.dates
    ]


def _collect(context: CheckContext, segments: Sequence[Segment], other_dates: Sequence[str] = ()) -> _Numbers:
    """The numbers of one side of a bead, and the values that may stand for the other's numbers.

    A date of this side absorbs a lone number of the other side only when the other
    side has no date of the same value: "2 января" meets "January 2", and the "2"
    of "два" on the other side is then a number of its own.
    """
    numbers: list[Mention] = []
    absorbers: set[float] = set()
    unmatched_dates = list(other_dates)
    side = segments[0].side if segments else SOURCE
    text = context.source_text if side == SOURCE else context.target_text
    language = context.source.language if side == SOURCE else context.target.language
    found: list[Mention] = []
    quiet: set[Mention] = set()
    for seg in segments:
        features = context.features.get(seg.id)
        if features is None:
            continue
        if apparatus_line(seg, features):
            quiet.update(features.numbers)
        found.extend(features.numbers)
    alternatives: dict[Mention, tuple[float, ...]] = {}
    for m in reread(found, text, language):
        if m.family in IGNORED_FAMILIES:
            absorbers.update(_exact(v) for v in m.value)
            continue
        numbers.append(m)
        if any(m.span.overlaps(q.span) for q in quiet):
            quiet.add(m)
        factor = conversion(text, m.span.end, language, m.span.start) if language in ("ru", "en") else None
        if factor is not None:  # двое суток = 48 hours; полтора-два года = 18-24 months
            alternatives[m] = tuple(_exact(v * factor) for v in m.value)
        elif m.rule == "number.times" and len(m.value) == 1 and m.value[0]:  # в 3 раза меньше = one third
            alternatives[m] = (_exact(1 / m.value[0]),)
        elif text[m.span.end - 1 : m.span.end] == "%" or _PERCENT.match(text, m.span.end):
            alternatives[m] = tuple(_exact(v / 100) for v in m.value)  # на 25% больше = a quarter more
        elif _shared_thousands(m.value):  # "15-20,000": 15,000 to 20,000
            alternatives[m] = (_exact(m.value[0] * 1000), _exact(m.value[1]))
        elif (
            language == "ru"
            and len(m.value) == 1
            and _DECADE.match(text, m.span.end)
            and m.value[0] in _DECADES
        ):
            alternatives[m] = (_exact(1900 + m.value[0]),)  # 30-х годов = the 1930s
        elif len(m.value) == 1 and _after_night(text, m.span.start, language):
            alternatives[m] = (_exact(m.value[0] - 1), _exact(m.value[0]))  # в ночь на 14-е = the 13th-14th
    numbers = _without_restatements(numbers, text)
    for seg in segments:
        features = context.features.get(seg.id)
        if features is None:
            continue
        for d in features.dates:
            if str(d.value) in unmatched_dates:
                unmatched_dates.remove(str(d.value))
                continue
            absorbers.update(_date_parts(d.value))
    return _Numbers(numbers, frozenset(absorbers), frozenset(quiet), alternatives)


#: A decade written by its two last figures: "30-х годов", "в 40-е годы" (the century is the 1900s).
_DECADE = regex.compile(r"(?:-?(?:х|е|ых|ые))?\s+год", regex.IGNORECASE)
_DECADES = frozenset(float(v) for v in range(10, 100, 10))

#: A number restated in words in brackets right after its figure: "5 (пять)", "Five (5)".
_RESTATED = regex.compile(r"\.?\s*\(\s*$")


def _shared_thousands(value: tuple[float, ...]) -> bool:
    """Whether a range writes its thousands once, on its second end ("15-20,000")."""
    return len(value) == 2 and value[0] < 1000 and value[1] % 1000 == 0 and 0 < value[0] * 1000 <= value[1]


def _without_restatements(numbers: list[Mention], text: str) -> list[Mention]:
    """Leave out a number that only restates the number before it in brackets ("5 (пять) вагонов",
    "twenty (20) wagons"): a legal habit of the original that a translation need not keep."""
    out: list[Mention] = []
    for m in numbers:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _key(prev) == _key(m)
            and _RESTATED.match(text[prev.span.end : m.span.start])
            and text[m.span.end : m.span.end + 1] == ")"
        ):
            continue
        out.append(m)
    return out


def _after_night(text: str, start: int, language: str) -> bool:
    """Whether a day number follows a night named by its morning ("в ночь на 14-е": the night of
    the 13th-14th; the phrases are ``night`` in ``dates.toml``)."""
    before = text[max(0, start - _NIGHT_WINDOW) : start].rstrip().lower()
    return bool(before) and before.endswith(_night_phrases(language))


@functools.cache
def _night_phrases(language: str) -> tuple[str, ...]:
    return tuple(data_toml("dates.toml").get(language, {}).get("night", ()))


#: How far before a day number its night phrase may start (characters).
_NIGHT_WINDOW = 20


def _is_time(m: Mention) -> bool:
    return m.family == "time"


def _same(a: Mention, b: Mention) -> bool:
    """Whether two mentions give one number (clock times also across 12 hours and whole hours)."""
    ka, kb = _key(a), _key(b)
    if ka == kb and _is_time(a) == _is_time(b):
        return True
    if _is_time(a) and _is_time(b):
        return abs(ka[0] - kb[0]) % _HALF_DAY == 0
    if _is_time(a) != _is_time(b) and len(ka) == len(kb) == 1:
        clock, plain = (ka[0], kb[0]) if _is_time(a) else (kb[0], ka[0])
        return clock % 60 == 0 and plain * 60 % _HALF_DAY == clock % _HALF_DAY
    return False


def _quote(context: CheckContext, side: str, mention: Mention) -> str:
    """The number's own words and the word after it, as the document writes them."""
    text = context.source_text if side == SOURCE else context.target_text
    shown = mention.span.of(text) if mention.span.end <= len(text) else mention.text
    after = _NEXT_WORD.match(text, mention.span.end) if mention.span.end <= len(text) else None
    if after is not None and after.start(1) - mention.span.end <= 2 and not _is_time(mention):
        shown = f"{shown} {after.group(1)}"
    return " ".join(shown.split())


def _qualifier(context: CheckContext, side: str, mention: Mention) -> str:
    """ "approximate", "bound" or "" for the words before a number in the original text."""
    text = context.source_text if side == SOURCE else context.target_text
    language = context.source.language if side == SOURCE else context.target.language
    if language not in ("ru", "en") or mention.span.start > len(text):
        return "approximate" if mention.approximate else ""
    # сотни две, полтора десятка: approximate by their form, with no word before them
    return approximation(text, mention.span.start, language) or ("approximate" if mention.approximate else "")


def _value(mention: Mention) -> str:
    if _is_time(mention):
        return f"the time {format_time(float(mention.value[0]))}"
    return format_value(mention.value)


def _describe(context: CheckContext, side: str, mention: Mention) -> str:
    return f"{_value(mention)} (“{_quote(context, side, mention)}”)"


#: The first unpaired target numbers of one value a source number is paired from (a guard for long lists).
_MAX_CANDIDATES = 64


def _pair_exact(
    src: list[Mention],
    tgt: list[Mention],
    src_alts: dict[Mention, tuple[float, ...]] | None = None,
    tgt_alts: dict[Mention, tuple[float, ...]] | None = None,
) -> tuple[list[Mention], list[Mention], list[tuple[Mention, Mention]]]:
    """Pair each source number with the first unpaired target number that gives the same value.

    Target numbers are indexed by value, so a bead with thousands of numbers
    costs no more than a pass over each side; clock times, which meet across
    12 hours, are compared one by one.
    """
    by_value: dict[tuple[tuple[float, ...], bool], deque[int]] = {}
    times: list[int] = []
    src_alts, tgt_alts = src_alts or {}, tgt_alts or {}
    for i, t in enumerate(tgt):
        by_value.setdefault((_key(t), _is_time(t)), deque()).append(i)
        if t in tgt_alts:
            by_value.setdefault((tgt_alts[t], _is_time(t)), deque()).append(i)
        if _is_time(t):
            times.append(i)
    taken = [False] * len(tgt)
    unmatched: list[Mention] = []
    pairs: list[tuple[Mention, Mention]] = []
    for s in src:
        keys = [_key(s), *((src_alts[s],) if s in src_alts else ())]
        candidates: set[int] = set()
        for k in keys:
            same_value = by_value.get((k, _is_time(s)), deque())
            while same_value and taken[same_value[0]]:  # a guard: the value's taken numbers are dropped once
                same_value.popleft()
            candidates.update(islice((i for i in same_value if not taken[i]), _MAX_CANDIDATES))
        others = range(len(tgt)) if _is_time(s) else times
        if not candidates or len(others) <= _MAX_CANDIDATES:  # a guard: a long list is searched once
            candidates.update(
                islice((i for i in others if not taken[i] and _same(s, tgt[i])), _MAX_CANDIDATES)
            )
        same = sorted(candidates)
        # a number word pairs first with a number as strong as itself ("2 удочки" with "2 rods")
        weak = s.family == "weak"
        pick = next((i for i in same if (tgt[i].family == "weak") == weak), same[0] if same else None)
        if pick is None:
            unmatched.append(s)
        else:
            taken[pick] = True
            pairs.append((s, tgt[pick]))
    left = [t for i, t in enumerate(tgt) if not taken[i]]
    return unmatched, left, pairs


def _ranges_as_singles(
    a: list[Mention], b: list[Mention], alts: dict[Mention, tuple[float, ...]] | None = None
) -> None:
    """Drop a range of ``a`` whose ends are two lone numbers of ``b`` ("3-4" and "3 or 4"); an end
    may stand in a converted unit (полтора-два года = "eighteen months to two years")."""
    for r in [m for m in a if len(m.value) == 2]:
        converted = (alts or {}).get(r, (None, None))
        ends = [
            next((m for m in b if _key(m) in ((v,), (c,))), None)
            for v, c in zip(_key(r), converted, strict=True)
        ]
        if ends[0] is not None and ends[1] is not None and ends[0] is not ends[1]:
            a.remove(r)
            b.remove(ends[0])
            b.remove(ends[1])


def _absorbed(mentions: list[Mention], absorbers: frozenset[float]) -> list[Mention]:
    """Leave out numbers the other side gives as a year, a date's day or a reference number."""
    return [m for m in mentions if not all(v in absorbers for v in _key(m))]


def _where(mention: Mention, segments: Sequence[Segment]) -> float:
    """How far into the bead's text a mention lies, 0 to 1."""
    first, last = segments[0].span.start, segments[-1].span.end
    return (mention.span.start - first) / max(last - first, 1)


#: Kinds of number that may stand for each other: a Roman numeral is an ordinal or a count.
_COMPATIBLE = {
    "count": {"count", "roman"},
    "roman": {"count", "roman", "ordinal"},
    "ordinal": {"ordinal", "roman"},
    "fraction": {"fraction"},
    "time": {"time"},
    "year": {"year"},
}


def _closest(
    s: Mention, tgt: list[Mention], src_segs: Sequence[Segment], tgt_segs: Sequence[Segment]
) -> Mention:
    """The lone target number to compare ``s`` with: one of its kind and shape, at about its place
    (a changed count is set against a count, not against a year or an ordinal beside it)."""
    kinds = _COMPATIBLE[figure_kind(s)]
    same_shape = [t for t in tgt if len(t.value) == len(s.value) and _is_time(t) == _is_time(s)]
    same_kind = [t for t in same_shape if figure_kind(t) in kinds]
    pool = same_kind or same_shape or tgt
    where = _where(s, src_segs)
    return min(pool, key=lambda t: abs(_where(t, tgt_segs) - where))


def _finding(
    bead_src: tuple[str, ...],
    bead_tgt: tuple[str, ...],
    severity: Severity,
    rule: str,
    msg: str,
    src: tuple[Mention, ...] = (),
    tgt: tuple[Mention, ...] = (),
) -> Finding:
    return Finding(
        kind="number",
        severity=severity,
        source=bead_src,
        target=bead_tgt,
        source_evidence=tuple(m.span for m in src),
        target_evidence=tuple(m.span for m in tgt),
        message=msg,
        rule=rule,
    )


_KIND_WORDS = {"ordinal": "an ordinal", "fraction": "a fraction", "year": "a year", "time": "a clock time"}


def _changed_severity(context: CheckContext, s: Mention, t: Mention) -> tuple[Severity, str]:
    """How much a changed number matters, and why it matters less when it does.

    Critical when both sides give a plain value of one kind; major when both
    call it approximate; minor, with the reason, when one side reads as an
    ordinal, a fraction or a year and the other does not, or when only one side
    qualifies it ("более сотни" against "a hundred").
    """
    ks, kt = figure_kind(s), figure_kind(t)
    if kt not in _COMPATIBLE[ks]:
        what = _KIND_WORDS.get(ks) or _KIND_WORDS.get(kt) or "another kind of number"
        return Severity.MINOR, f" (one side reads as {what}, the other not: perhaps no discrepancy)"
    kinds = (_qualifier(context, SOURCE, s), _qualifier(context, TARGET, t))
    if s.approximate and t.approximate:
        return Severity.MAJOR, ""
    if any(kinds) and not all(kinds):
        return Severity.MINOR, " (only one side qualifies the number as approximate or a bound)"
    return Severity.CRITICAL, ""


#: Unpaired numbers a side of one bead may hold before the check stops pairing them one by one.
_MAX_UNPAIRED = 200


def _too_many(
    ids: tuple[tuple[str, ...], tuple[str, ...]], src: list[Mention], tgt: list[Mention]
) -> Finding:
    """One finding for a passage with too many differing numbers to pair (a table, a garbled run)."""
    return _finding(
        *ids,
        Severity.MINOR,
        "number.too_many",
        (
            f"This passage holds {len(src):,} numbers in the source and {len(tgt):,} in the translation "
            "that do not match; too many to pair one by one (a table or a garbled run?): "
            "compare it by hand."
        ),
        (src[0],),
        (tgt[0],),
    )


def check_number(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report numbers of a bead that differ between the source and the translation."""
    return hedged_beads(context, _bead_findings)


def _bead_findings(
    context: CheckContext, bead: Bead, src_text: list[Segment], tgt_text: list[Segment]
) -> Iterator[Finding]:
    """The findings of one bead."""
    if not src_text or not tgt_text:
        return
    src_side = _collect(context, src_text, _dates(context, tgt_text))
    tgt_side = _collect(context, tgt_text, _dates(context, src_text))
    if not src_side.mentions and not tgt_side.mentions:
        return
    src, tgt, pairs = _pair_exact(
        src_side.mentions, tgt_side.mentions, src_side.alternatives, tgt_side.alternatives
    )
    ids = (bead.source, bead.target)
    for s, t in pairs:
        kinds = (_qualifier(context, SOURCE, s), _qualifier(context, TARGET, t))
        if "weak" in (s.family, t.family) or sorted(kinds) != ["", "approximate"]:
            continue  # "более 30" against "30" is left alone: translators round bounds freely
        approx, exact = ("source", "translation") if kinds[0] else ("translation", "source")
        yield _finding(
            *ids,
            Severity.MINOR,
            "number.approximation",
            (
                f"The {approx} gives {_value(s)} as an approximate number; the {exact} as an "
                f"exact one (source “{_quote(context, 'source', s)}”, translation "
                f"“{_quote(context, 'target', t)}”)."
            ),
            (s,),
            (t,),
        )
    _ranges_as_singles(src, tgt, src_side.alternatives)
    _ranges_as_singles(tgt, src, tgt_side.alternatives)
    times_s = [m for m in src if m.rule == "number.times"]
    times_t = [m for m in tgt if m.rule == "number.times"]
    if len(times_s) == len(times_t) == 1:  # в три раза against "four times": a changed multiplier
        severity, reason = _changed_severity(context, times_s[0], times_t[0])
        yield _finding(
            *ids,
            severity,
            "number.changed",
            (
                f"The source gives {_describe(context, 'source', times_s[0])}; "
                f"the translation gives {_describe(context, 'target', times_t[0])}{reason}."
            ),
            (times_s[0],),
            (times_t[0],),
        )
    src = [m for m in _absorbed(src, tgt_side.absorbers) if m.family != "weak"]
    tgt = [m for m in _absorbed(tgt, src_side.absorbers) if m.family != "weak"]
    if len(src) > _MAX_UNPAIRED and len(tgt) > _MAX_UNPAIRED:  # a guard: pairing below is quadratic
        yield _too_many(ids, src, tgt)
        return
    for s in list(src):
        if not tgt:
            break
        t = _closest(s, tgt, src_text, tgt_text)
        tgt.remove(t)
        src.remove(s)
        ranged = len(s.value) > 1 or len(t.value) > 1
        severity, reason = _changed_severity(context, s, t)
        yield _finding(
            *ids,
            severity,
            "number.range_mismatch" if ranged else "number.changed",
            (
                f"The source gives {_describe(context, 'source', s)}; "
                f"the translation gives {_describe(context, 'target', t)}{reason}."
            ),
            (s,),
            (t,),
        )
    src = [m for m in src if m not in src_side.quiet]
    tgt = [m for m in tgt if m not in tgt_side.quiet]
    for s in src:
        yield _finding(
            *ids,
            Severity.MAJOR,
            "number.missing",
            (f"The source gives {_describe(context, 'source', s)}; the translation has no such number here."),
            (s,),
        )
    for t in tgt:
        yield _finding(
            *ids,
            Severity.MAJOR,
            "number.added",
            (f"The translation gives {_describe(context, 'target', t)}; the source has no such number here."),
            (),
            (t,),
        )
