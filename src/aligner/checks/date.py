"""The ``date`` check: dates that differ between the original and the translation.

Dates are compared by value, whatever their writing: "8 июля 1950 года",
"08.07.1950", "8.7.50г." and "July 8, 1950" are all 1950-07-08; "с 9 по 10
декабря" and "December 9-10" one range of days. A date that gives less than
its counterpart ("July 1950" against "8 июля 1950 г.") agrees with it.

Rules:

- ``date.changed`` (critical): the counterpart has another day, month or year.
- ``date.part_changed`` (major): another part of the same month or year ("the end of
  July" against "early July"; :mod:`.date_parts`).
- ``date.month_changed`` (major): a month named alone or with a part of it and no day on
  both sides, another on each («в августе» against "in September", «в начале сентября»
  against "at the beginning of October"; minor for parts touching across the months'
  boundary; :mod:`.date_months`).
- ``date.relative_year_changed`` (major): a year named by its distance from the
  document's date, another on each side («п.г.» against "this year"; :mod:`.date_years`).
  Months with no day against a season that holds them («весной», "in March and April")
  are no added or missing date (:mod:`.date_seasons`).
- ``date.bound_reversed`` (major): the same date given as the latest on one side and as the earliest on
  the other («не позднее 1 мая» against "no earlier than May 1"; minor for a loose word, "by";
  :mod:`._bounds`).
- ``date.missing`` / ``date.added`` (major): a date with no counterpart (minor,
  with the reason, for a year, a month or a day alone). A
  bare year ("1950" alone) that the other side gives as a number is no date
  (a count of 1950 people), and is left to the number check.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs
import regex

from ..config import Config
from ..features.dates import NAMED_DAY
from ..features.values import DateValue
from ..model import SOURCE, Bead, Finding, Mention, Segment, Severity
from ..segment.apparatus_lines import is_roman_date
from . import CheckContext
from ._bounds import date_reversals
from ._figures import GLOSS_REASON, apparatus_line, hedged_beads, in_gloss
from .date_hints import other_side_hint
from .date_months import month_findings
from .date_parts import part_findings, period_parts
from .date_parts import shown as _show
from .date_seasons import in_season
from .date_years import relative_year_findings

__all__ = ["check_date", "parse_date", "dates_agree"]

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


def _date(value: object) -> DateValue | None:
    """A mention's date value (a :class:`DateValue`, or its ISO form written by hand)."""
    return value if isinstance(value, DateValue) else DateValue.parse(str(value))


def parse_date(value: str | DateValue) -> tuple[DatePart, ...]:
    """The ends of a date value: one for a day, two for a range ("1950-12-09/1950-12-10")."""
    date = _date(value)
    return tuple((e.year, e.month, e.day) for e in date.ends) if date is not None else ()


def dates_agree(a: str | DateValue, b: str | DateValue) -> bool:
    """Whether two date values can be one date (equal wherever both say something; a single
    date agrees with a range it ends: "23 June" and "June 22-23")."""
    da, db = _date(a), _date(b)
    if da is None or db is None:
        return str(a) == str(b)
    return da.agrees(db)


def _spoken(value: str | DateValue) -> str:
    """A date value as a historian reads it: "8 July 1950", "9-10 December", "1941-1945"."""
    ends = parse_date(value)
    if not ends:
        return str(value)
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
        text = context.source_text if seg.side == SOURCE else context.target_text
        quiet.update(m for m in features.dates if is_roman_date(_own_line(text, m)))
        for n in features.numbers:
            numbers.update(float(v) for v in n.number.amounts)
    # «в канун Нового года, 31 декабря»: a named day beside its own date in figures is said once
    given = {str(m.value) for m in dates if m.rule != NAMED_DAY}
    dates = [m for m in dates if m.rule != NAMED_DAY or str(m.value) not in given]
    return _Side(dates, frozenset(numbers), frozenset(quiet))


def _own_line(text: str, mention: Mention) -> str:
    """The line of ``text`` holding ``mention``, stripped: a Roman-month date alone on it ("4.IX.53"
    under the signature) is a typist's or clerk's dating mark, compared but never reported alone."""
    start = text.rfind("\n", 0, mention.span.start) + 1
    end = text.find("\n", mention.span.end)
    return text[start : end if end >= 0 else len(text)].strip()


def _is_year_like(mention: Mention) -> bool:
    """A bare year or a range of years: a number the other side may give as a count."""
    return all(m is None and d is None for _, m, d in parse_date(mention.date))


def _counted(mention: Mention, numbers: frozenset[float]) -> bool:
    years = [y for y, _, _ in parse_date(mention.date)]
    return _is_year_like(mention) and all(y is not None and float(y) in numbers for y in years)


def _pair(src: list[Mention], tgt: list[Mention], agree: bool) -> tuple[list[Mention], list[Mention]]:
    """The dates of each side left without a counterpart. Equal dates pair first, so that a single date
    does not take a range it only ends ("4 мая" against "May 4-5" while "May 4" is there too)."""
    left = list(tgt)
    lone = []
    rest = []
    for s in src:
        t = next((t for t in left if str(s.date) == str(t.date)), None)
        if t is None:
            rest.append(s)
        else:
            left.remove(t)
    for s in rest:
        t = next(
            (t for t in left if (dates_agree(s.date, t.date) if agree else False)),
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
    if len(parse_date(mention.date)) != 1:
        return False
    ranges = [o for o in others if len(parse_date(o.date)) == 2]
    return any(dates_agree(mention.date, r.date) for r in ranges)


def _shape(mention: Mention) -> tuple[int, tuple[bool, ...]]:
    ends = parse_date(mention.date)
    return len(ends), tuple(x is not None for x in (ends[0] if ends else ()))


def _where(mention: Mention, segments: Sequence[Segment]) -> float:
    first, last = segments[0].span.start, segments[-1].span.end
    return (mention.span.start - first) / max(last - first, 1)


def _finding(bead_ids: tuple[tuple[str, ...], tuple[str, ...]], **kw: object) -> Finding:
    return Finding(kind="date", source=bead_ids[0], target=bead_ids[1], **kw)  # type: ignore[arg-type]


def check_date(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report dates of a bead that the translation changes, drops or adds."""
    return hedged_beads(context, _bead_findings)


def _bead_findings(
    context: CheckContext, bead: Bead, src_text: list[Segment], tgt_text: list[Segment]
) -> Iterator[Finding]:
    """The findings of one bead (both sides hold running text)."""
    src_side, tgt_side = _collect(context, src_text), _collect(context, tgt_text)
    ids = (bead.source, bead.target)
    languages = (context.source.language, context.target.language)
    dates = (src_side.dates, tgt_side.dates)
    # the parts of a month or year each side names, read once for the two rules that use them
    periods = (period_parts(src_text, languages[0]), period_parts(tgt_text, languages[1]))
    parts = list(part_findings(ids, periods, dates))
    yield from parts
    yield from month_findings(ids, src_text, tgt_text, languages, dates, periods)
    yield from relative_year_findings(ids, src_text, tgt_text, languages)
    if not src_side.dates and not tgt_side.dates:
        return
    # a date a part of its month was set against is reported there, not again as a lone date
    placed = {span for f in parts for span in (*f.source_evidence, *f.target_evidence)}
    single = [[m for m in side if len(parse_date(m.date)) == 1] for side in dates]
    yield from date_reversals(context, ids, single[0], single[1], _spoken)  # «до 1 мая» as "after May 1"
    src, tgt = _pair(src_side.dates, tgt_side.dates, agree=True)
    # a day known by its name is compared with a date of the other side, never reported alone
    if not tgt:
        src = [s for s in src if s.rule != NAMED_DAY]
    if not src:
        tgt = [t for t in tgt if t.rule != NAMED_DAY]
    src = [s for s in src if not _counted(s, tgt_side.numbers)]
    tgt = [t for t in tgt if not _counted(t, src_side.numbers)]
    # months with no day against a season that holds them: «весной» given as "in March and April"
    src = [s for s in src if tgt or not in_season(s, tgt_text, languages[1])]
    tgt = [t for t in tgt if src or not in_season(t, src_text, languages[0])]
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
        swapped = _month_first(s, t)
        yield _finding(
            ids,
            severity=Severity.MINOR if swapped else Severity.CRITICAL,
            source_evidence=(s.span,),
            target_evidence=(t.span,),
            message=(
                f"The source gives the date {_spoken(s.date)} (“{_show(s)}”); "
                f"the translation gives {_spoken(t.date)} (“{_show(t)}”)."
                + (
                    f" (Minor: “{_show(swapped)}” may be written month first, as American translations "
                    "often write dates: then it is the same date.)"
                    if swapped
                    else ""
                )
            ),
            rule="date.changed",
        )
    for s in src:
        if s.span in placed:
            continue
        yield _lone(context, ids, s, "source", other_side_hint(s, tgt_text, context.target.language))
    for t in tgt:
        if t.span in placed:
            continue
        yield _lone(context, ids, t, "target", other_side_hint(t, src_text, context.source.language))


#: A date in figures only: "10.01.50", "1/10/1950".
_FIGURES_DATE = regex.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}\.?")


def _month_first(s: Mention, t: Mention) -> Mention | None:
    """The translation's date in figures when it reads as the original's with day and month swapped
    ("10.01.50" for 1 October 1950: a translator's American order), else None."""
    a, b = _date(s.value), _date(t.value)
    if a is None or b is None or len(a.ends) != 1 or len(b.ends) != 1:
        return None
    x, y = a.ends[0], b.ends[0]
    if (
        x.year != y.year
        or None in (x.day, x.month)
        or (x.day, x.month) != (y.month, y.day)
        or x.day == x.month
    ):
        return None
    return t if _FIGURES_DATE.fullmatch(_show(t)) else None  # the original's figures read day first


def _lone(
    context: CheckContext,
    ids: tuple[tuple[str, ...], tuple[str, ...]],
    mention: Mention,
    side: str,
    hint: str = "",
) -> Finding:
    when = _spoken(mention.date)
    severity, reason = _lone_severity(mention.date)
    if side != "source" and severity is Severity.MAJOR and in_gloss(context.target_text, mention.span):
        severity, reason = Severity.MINOR, GLOSS_REASON
    if hint and severity is Severity.MAJOR:
        other = "translation" if side == "source" else "source"
        severity = Severity.MINOR
        reason = f" (minor: the {other} {hint})"
    if side == "source":
        return _finding(
            ids,
            severity=severity,
            source_evidence=(mention.span,),
            message=(
                f"The source gives the date {when} (“{_show(mention)}”); "
                f"the translation has no date here{reason}."
            ),
            rule="date.missing",
        )
    return _finding(
        ids,
        severity=severity,
        target_evidence=(mention.span,),
        message=(
            f"The translation gives the date {when} (“{_show(mention)}”); "
            f"the source has no date here{reason}."
        ),
        rule="date.added",
    )


def _lone_severity(date: DateValue | None) -> tuple[Severity, str]:
    """How much a date with no counterpart matters.

    Major when it names a day of a month or a month of a year. A bare year, month
    or day is minor: the other side often says it in words («в том же году»,
    "that month", «в тот же день») or leaves a year the context gives unsaid.
    """
    if date is not None and any(
        end.month is not None and (end.day is not None or end.year is not None) for end in date.ends
    ):
        return Severity.MAJOR, ""
    return Severity.MINOR, " (a year, a month or a day alone, which the other side may say in words)"
