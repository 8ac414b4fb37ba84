"""The ``date`` check: dates that differ between the original and the translation.

Dates are compared by value, whatever their writing: "8 июля 1950 года",
"08.07.1950", "8.7.50г." and "July 8, 1950" are all 1950-07-08; "с 9 по 10
декабря" and "December 9-10" one range of days. A date that gives less than
its counterpart ("July 1950" against "8 июля 1950 г.") agrees with it.

Rules:

- ``date.changed`` (critical): the counterpart has another day, month or year.
- ``date.missing`` / ``date.added`` (major): a date with no counterpart. A
  bare year ("1950" alone) that the other side gives as a number is no date
  (a count of 1950 people), and is left to the number check.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs
import regex

from ..config import Config
from ..model import Finding, Mention, Segment, Severity
from . import CheckContext, register
from ._figures import apparatus_line

__all__ = ["check_date", "parse_date", "dates_agree"]

_PART = regex.compile(r"^(?:(?P<y>\d{4})|-)-?(?:(?P<m>\d\d))?(?:-(?P<d>\d\d))?$")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

#: One end of a date: year, month, day; ``None`` where the text does not say.
DatePart = tuple[int | None, int | None, int | None]


def parse_date(value: str) -> tuple[DatePart, ...]:
    """The ends of a date value: one for a day, two for a range ("1950-12-09/1950-12-10")."""
    ends = []
    for piece in value.split("/"):
        m = _PART.match(piece)
        if m is None:
            return ()
        ends.append(
            (
                int(m["y"]) if m["y"] else None,
                int(m["m"]) if m["m"] else None,
                int(m["d"]) if m["d"] else None,
            )
        )
    return tuple(ends)


def _part_agrees(a: DatePart, b: DatePart) -> bool:
    shared = [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
    return bool(shared) and all(x == y for x, y in shared)


def dates_agree(a: str, b: str) -> bool:
    """Whether two date values can be one date (equal wherever both say something).

    A single date agrees with a range when it agrees with one of its ends: "23 June"
    and "the night of June 22-23", "20 или 25 апреля" and "April 20-25", "March 2022"
    and "January-March 2022".
    """
    pa, pb = parse_date(a), parse_date(b)
    if not pa or not pb:
        return a == b
    if len(pa) == len(pb):
        return all(_part_agrees(x, y) for x, y in zip(pa, pb, strict=True))
    single, ends = (pa[0], pb) if len(pa) == 1 else (pb[0], pa)
    return any(_part_agrees(single, end) for end in ends)


def _spoken(value: str) -> str:
    """A date value as a historian reads it: "8 July 1950", "9-10 December", "1941-1945"."""
    ends = parse_date(value)
    if not ends:
        return value
    words = []
    for y, m, d in ends:
        parts = [str(d) if d else "", _MONTHS[m - 1] if m else "", str(y) if y else ""]
        words.append(" ".join(p for p in parts if p))
    return "–".join(words)


@attrs.frozen
class _Side:
    dates: list[Mention]
    numbers: frozenset[float]
    #: dates of dispatch and date lines ("Получено 23.X.45 г. 01 ч. 05 м."): compared, never reported alone
    quiet: frozenset[Mention] = frozenset()


def _collect(context: CheckContext, segments: Sequence[Segment]) -> _Side:
    dates: list[Mention] = []
    numbers: set[float] = set()
    quiet: set[Mention] = set()
    for seg in segments:
        features = context.features.get(seg.id)
        if features is None:
            continue
        dates.extend(features.dates)
        if apparatus_line(seg, features):
            quiet.update(features.dates)
        for n in features.numbers:
            numbers.update(float(v) for v in n.value)
    return _Side(dates, frozenset(numbers), frozenset(quiet))


def _is_year_like(mention: Mention) -> bool:
    """A bare year or a range of years: a number the other side may give as a count."""
    return all(m is None and d is None for _, m, d in parse_date(str(mention.value)))


def _counted(mention: Mention, numbers: frozenset[float]) -> bool:
    years = [y for y, _, _ in parse_date(str(mention.value))]
    return _is_year_like(mention) and all(y is not None and float(y) in numbers for y in years)


def _pair(src: list[Mention], tgt: list[Mention], agree: bool) -> tuple[list[Mention], list[Mention]]:
    left = list(tgt)
    lone = []
    for s in src:
        t = next(
            (t for t in left if (dates_agree(str(s.value), str(t.value)) if agree else False)),
            None,
        )
        if t is None:
            lone.append(s)
        else:
            left.remove(t)
    # "20 или 25 апреля" against "April 20-25": the second single date is the range's other end
    lone = [s for s in lone if not _an_end_of(s, tgt)]
    left = [t for t in left if not _an_end_of(t, src)]
    return lone, left


def _an_end_of(mention: Mention, others: Sequence[Mention]) -> bool:
    """Whether a single date is an end of a range of the other side."""
    if len(parse_date(str(mention.value))) != 1:
        return False
    ranges = [o for o in others if len(parse_date(str(o.value))) == 2]
    return any(dates_agree(str(mention.value), str(r.value)) for r in ranges)


def _shape(mention: Mention) -> tuple[int, tuple[bool, ...]]:
    ends = parse_date(str(mention.value))
    return len(ends), tuple(x is not None for x in (ends[0] if ends else ()))


def _where(mention: Mention, segments: Sequence[Segment]) -> float:
    first, last = segments[0].span.start, segments[-1].span.end
    return (mention.span.start - first) / max(last - first, 1)


def _finding(bead_ids: tuple[tuple[str, ...], tuple[str, ...]], **kw: object) -> Finding:
    return Finding(kind="date", source=bead_ids[0], target=bead_ids[1], **kw)  # type: ignore[arg-type]


@register("date")
def check_date(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report dates of a bead that the translation changes, drops or adds."""
    for bead, src_text, tgt_text in context.running_text():
        if not src_text or not tgt_text:
            continue
        src_side, tgt_side = _collect(context, src_text), _collect(context, tgt_text)
        if not src_side.dates and not tgt_side.dates:
            continue
        ids = (bead.source, bead.target)
        src, tgt = _pair(src_side.dates, tgt_side.dates, agree=True)
        src = [s for s in src if not _counted(s, tgt_side.numbers)]
        tgt = [t for t in tgt if not _counted(t, src_side.numbers)]
        if not (src and tgt):  # a lone date of a dispatch line is no date of the text
            src = [s for s in src if s not in src_side.quiet]
            tgt = [t for t in tgt if t not in tgt_side.quiet]
        # a bare year is a date only when the other side gives a date too
        for s in [s for s in src if _is_year_like(s)]:
            if not any(_is_year_like(t) for t in tgt):
                src.remove(s)
                yield _lone(context, ids, s, "source")
        for t in [t for t in tgt if _is_year_like(t)]:
            if not any(_is_year_like(s) for s in src):
                tgt.remove(t)
                yield _lone(context, ids, t, "target")
        for s in list(src):
            if not tgt:
                break
            pool = [t for t in tgt if _shape(t) == _shape(s)] or tgt
            t = min(pool, key=lambda t: abs(_where(t, tgt_text) - _where(s, src_text)))
            src.remove(s)
            tgt.remove(t)
            yield _finding(
                ids,
                severity=Severity.CRITICAL,
                source_evidence=(s.span,),
                target_evidence=(t.span,),
                message=(
                    f"The source gives the date {_spoken(str(s.value))} (“{_show(s)}”); "
                    f"the translation gives {_spoken(str(t.value))} (“{_show(t)}”)."
                ),
                rule="date.changed",
            )
        for s in src:
            yield _lone(context, ids, s, "source")
        for t in tgt:
            yield _lone(context, ids, t, "target")


def _show(mention: Mention) -> str:
    return " ".join(mention.text.split())


def _lone(
    context: CheckContext,
    ids: tuple[tuple[str, ...], tuple[str, ...]],
    mention: Mention,
    side: str,
) -> Finding:
    when = _spoken(str(mention.value))
    if side == "source":
        return _finding(
            ids,
            severity=Severity.MAJOR,
            source_evidence=(mention.span,),
            message=(
                f"The source gives the date {when} (“{_show(mention)}”); the translation has no date here."
            ),
            rule="date.missing",
        )
    return _finding(
        ids,
        severity=Severity.MAJOR,
        target_evidence=(mention.span,),
        message=(f"The translation gives the date {when} (“{_show(mention)}”); the source has no date here."),
        rule="date.added",
    )
