"""Parts of a month or a year that the translation moves: «в конце июля» against "in early July".

A part of a period («в начале июля», «во второй половине 1950 года», «в первой декаде марта»,
"mid-July", "late in 1950", "the first quarter of 1951") covers a share of its month or year (the
shares and the words are data: ``period_parts`` in ``data/dates.toml``). Two parts of the same period
that do not overlap are a changed date ("the end of July" against "early July"); parts that overlap
("the end of July" against "the second half of July") and a part against the period alone ("July")
agree. A part against a day of the same month («в конце июля» against "July 5") is compared by where
the day falls, with a margin of a tenth of the month.

Rule ``date.part_changed`` (major): the evidence is two explicit phrases, both parsed.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Sequence

import attrs
import regex

from ..cache import cached_on_disk
from ..features.dates import month_forms
from ..features.values import DateValue
from ..model import Finding, Mention, Segment, Severity, Span
from ..resources import data_toml

__all__ = ["PeriodPart", "part_findings", "period_parts", "phrases", "shown"]

#: How far outside a part's share a day may fall and still be read as inside it (a share of the month).
_MARGIN = 0.1


@attrs.frozen
class PeriodPart:
    """A part of a month or year found in a text: where it lies, its period and the share it covers."""

    span: Span
    text: str
    month: int | None
    year: int | None
    share: tuple[float, float]

    def overlaps(self, share: tuple[float, float], margin: float = 0.0) -> bool:
        """Whether this part's share and ``share`` have some stretch in common."""
        return self.share[0] - margin < share[1] and share[0] < self.share[1] + margin


def phrases(forms: Sequence[str]) -> str:
    """A pattern alternation of ``forms`` (words or phrases, any white space between a phrase's
    words), longest first."""
    return "|".join(r"\s+".join(map(regex.escape, f.split())) for f in sorted(forms, key=len, reverse=True))


@cached_on_disk("date-part-rules")
def _rules(language: str) -> tuple[tuple[regex.Pattern[str], tuple[float, float]], ...]:
    """One pattern per part of ``language`` (groups ``m``: the month, ``y``: the year) and its share."""
    ctx = data_toml("dates.toml").get(language, {})
    year_words = phrases(ctx.get("year_words", ()))
    after_year = rf"(?:\s*(?:{year_words})(?!\p{{L}})\.?)?" if year_words else ""
    if language == "en":
        # "early July 1950", "late in 1950", "mid-July", "the end of July", "the first half of 1951"
        link = r"(?:\s+(?:of|in))?(?:\s+the)?(?:\s+|-)"
        month = rf"(?-i:(?P<m>{phrases([f.capitalize() for f in month_forms(language)])}))"
        year = r"(?P<y2>\d{4})(?!\d)"
    else:
        # «в конце июля 1950 г.», «в первой половине 1950 года», «в I квартале 1951 г.»
        link = r"\s+"
        month = rf"(?P<m>{phrases(list(month_forms(language)))})"
        year = rf"(?P<y2>\d{{4}})(?:-?(?:го|м))?\s*(?:{year_words})(?!\p{{L}})\.?"
    out = []
    for part in ctx.get("period_parts", ()):
        noun = phrases(part["words"])
        head = rf"(?:{phrases(part['ordinal'])})\s+(?:{noun})" if "ordinal" in part else rf"(?:{noun})"
        # "the end of March 12" is the end of a day, not of March
        target = rf"(?:{month}(?:,?\s+(?P<y>\d{{4}})(?!\d){after_year}|(?!\s*\d))|{year})"
        pattern = regex.compile(
            rf"(?<![\p{{L}}\d-])(?:{head}){link}{target}(?![\p{{L}}\d])", regex.IGNORECASE
        )
        out.append((pattern, (float(part["share"][0]), float(part["share"][1]))))
    return tuple(out)


@cached_on_disk("date-part-words")
def _any_part_word(language: str) -> regex.Pattern[str]:
    """Any word a part of a period is named by: the cheap test before the rules are tried."""
    words = [
        w for part in data_toml("dates.toml").get(language, {}).get("period_parts", ()) for w in part["words"]
    ]
    return regex.compile(rf"(?<!\p{{L}})(?:{phrases(words)})(?!\p{{L}})", regex.IGNORECASE)


def period_parts(segments: Sequence[Segment], language: str) -> list[PeriodPart]:
    """Every part of a month or year that ``segments`` name, in order of the text."""
    months = month_forms(language)
    found: dict[int, PeriodPart] = {}
    for seg in segments:
        if not _any_part_word(language).search(seg.text):
            continue
        for pattern, share in _rules(language):
            for m in pattern.finditer(seg.text):
                month = months.get(m.group("m").lower().replace("ё", "е")) if m.group("m") else None
                year = m.group("y") or m.group("y2")
                span = seg.raw_span(m.start(), m.end())
                text = " ".join(m.group().split())
                part = PeriodPart(span, text, month, int(year) if year else None, share)
                # the longer reading wins where two overlap ("the first half of" over "half of")
                if span.start not in found or len(found[span.start].span) < len(span):
                    found[span.start] = part
    return sorted(found.values(), key=lambda p: p.span.start)


def _same_period(a: PeriodPart, month: int | None, year: int | None) -> bool:
    """Whether ``a`` qualifies the period given by ``month`` and ``year`` (a year both give must match)."""
    if a.month != month:
        return False
    return a.year is None or year is None or a.year == year


def _day_share(part: PeriodPart, date: DateValue) -> float | None:
    """Where a one-day date falls in ``part``'s period (0 its first day, 1 its last), or None when it
    is no date of that period or does not say enough."""
    if len(date.ends) != 1:
        return None
    end = date.ends[0]
    if part.year is not None and end.year is not None and part.year != end.year:
        return None
    if part.month is not None:
        if end.month != part.month or end.day is None:
            return None
        days = calendar.monthrange(end.year or part.year or 1951, end.month)[1]
        return (end.day - 1) / (days - 1)
    if end.month is None or (part.year is None or end.year is None):
        return None
    within = (end.day - 1) / 30 if end.day is not None else 0.5
    return (end.month - 1 + within) / 12


def part_findings(
    ids: tuple[tuple[str, ...], tuple[str, ...]],
    periods: tuple[Sequence[PeriodPart], Sequence[PeriodPart]],
    dates: tuple[Sequence[Mention], Sequence[Mention]],
) -> Iterator[Finding]:
    """Findings for parts of a month or year that one side of a bead places elsewhere than the other
    (``periods``: the :func:`period_parts` of each side)."""
    src, tgt = periods
    if not src and not tgt:
        return
    for s in src:
        others = [t for t in tgt if _same_period(t, s.month, s.year)]
        if others:
            if not any(s.overlaps(t.share) for t in others):
                yield _finding(ids, s, (s.span, s.text), (others[0].span, others[0].text))
            continue
        clash = _day_outside(s, dates[1])
        if clash is not None:
            yield _finding(ids, s, (s.span, s.text), (clash.span, shown(clash)))
    for t in tgt:
        if any(_same_period(s, t.month, t.year) for s in src):
            continue
        clash = _day_outside(t, dates[0])
        if clash is not None:
            yield _finding(ids, t, (clash.span, shown(clash)), (t.span, t.text))


def shown(mention: Mention) -> str:
    """A mention's words as the message quotes them (its line breaks and runs of spaces as one space)."""
    return " ".join(mention.text.split())


def _day_outside(part: PeriodPart, dates: Sequence[Mention]) -> Mention | None:
    """The other side's date of ``part``'s period when every such date falls outside the part."""
    shares = []
    for mention in dates:
        value = mention.date
        where = _day_share(part, value) if isinstance(value, DateValue) else None
        if where is not None:
            shares.append((where, mention))
    if not shares or any(part.overlaps((w, w), _MARGIN) for w, _ in shares):
        return None
    return shares[0][1]


def _finding(
    ids: tuple[tuple[str, ...], tuple[str, ...]], part: PeriodPart, s: tuple[Span, str], t: tuple[Span, str]
) -> Finding:
    period = " ".join(
        x for x in (calendar.month_name[part.month] if part.month else "", str(part.year or "")) if x
    ) or ("the month" if part.month else "the year")
    return Finding(
        kind="date",
        source=ids[0],
        target=ids[1],
        severity=Severity.MAJOR,
        source_evidence=(s[0],),
        target_evidence=(t[0],),
        message=(f"The source gives “{s[1]}”; the translation gives “{t[1]}”, another part of {period}."),
        rule="date.part_changed",
    )
