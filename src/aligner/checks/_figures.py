"""What the number and date checks share: how a figure is read back in the original text.

Segments are read one by one, but a boundary may fall inside a figure ("в 17
час. | 30 мин.", "лл. | 104-105"): :func:`reread` reads a number again in the
original text around it, so that a clock time split by a boundary is one time
and a number after a reference marker is a reference. :func:`apparatus_line`
says whether a segment is a dispatch or date line of the apparatus
("Отправлено 22.X.45 г. 19 ч. 40 м."), whose figures are no facts of the text.
:func:`named_time` says whether the other side names a clock time by a word ("midnight" for «24.00»).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from ..features.clocks import clock_times
from ..features.numbers import clock_words, number_value, reference_before
from ..model import Bead, Features, Finding, Mention, Segment, Severity, Span
from ..resources import data_toml
from ..tokens import word_pattern

if TYPE_CHECKING:
    from . import CheckContext

__all__ = [
    "reread",
    "apparatus_line",
    "figure_kind",
    "hedged",
    "named_time",
    "in_gloss",
    "GLOSS_REASON",
    "CONFIDENT_BEAD",
    "BESIDE_REASON",
    "given_beside",
    "row_part",
]

#: The least confidence of a bead (its score, 0 to 1) whose figures may be reported as major or critical.
CONFIDENT_BEAD = 0.5

#: The most words besides its figures a dispatch or date line holds ("Получено", "Из ПХЕНЬЯНА Отправлено").
_APPARATUS_WORDS = 3
_CLOCK_WINDOW = 40
#: The longest dispatch or date line, in characters.
_APPARATUS_CHARS = 200


def reread(mentions: Sequence[Mention], text: str, language: str) -> list[Mention]:
    """The number mentions of one side, read again in the original ``text``.

    A number followed across a segment boundary by hour and minute words is
    one clock time (and the minutes it swallows are dropped); a number right
    after a reference marker ("лл." ending the previous segment) is a reference.
    """
    if language not in ("ru", "en"):
        return list(mentions)
    clock = clock_words(language)
    out: list[Mention] = []
    swallowed_until = -1
    for m in mentions:
        if m.span.start < swallowed_until:
            continue
        value = m.number
        plain = value.compared and not (value.weak or value.clock)
        if plain and m.span.end <= len(text) and reference_before(text, m.span.start, language):
            m = attrs.evolve(
                m,
                value=number_value(value.amounts, family="reference", approximate=value.approximate),
                family="reference",
                rule="number.reference",
            )
        elif plain and not value.is_range and m.span.end <= len(text):
            window = text[m.span.start : m.span.start + _CLOCK_WINDOW]
            times = clock_times(window, clock)
            if times and times[0].start == 0 and m.span.start + times[0].end > m.span.end:
                end = m.span.start + times[0].end
                swallowed_until = end
                m = attrs.evolve(
                    m,
                    value=number_value((times[0].minutes,), family="time", approximate=value.approximate),
                    family="time",
                    rule=times[0].rule,
                    span=Span(m.span.start, end),
                    text=text[m.span.start : end],
                )
        out.append(m)
    return out


def apparatus_line(segment: Segment, features: Features | None) -> bool:
    """Whether ``segment`` is a dispatch or date line: a date in digits or a clock time, and at
    most a few words besides ("Получено 23.X.45 г. 01 ч. 05 м.", "4.II.50 13.30")."""
    if features is None or len(segment.text) > _APPARATUS_CHARS:
        return False
    numeric = [d for d in features.dates if d.rule == "date.numeric"]
    times = [n for n in features.numbers if n.number.clock]
    if not numeric and not times:
        return False
    text = segment.text
    for m in (*features.dates, *features.numbers):
        text = text.replace(m.text, " ") if m.text else text
    return _word_count(text) <= _APPARATUS_WORDS


def figure_kind(mention: Mention) -> str:
    """What a number mention counts: ``time``, ``ordinal``, ``fraction``, ``roman`` (either an
    ordinal or a count), ``year`` (a four-digit number 1700-2099) or ``count``."""
    value = mention.number
    if value.clock:
        return "time"
    if value.ordinal:
        return "ordinal"
    if value.fraction:
        return "fraction"
    if value.roman:
        return "roman"
    if value.year_like:
        return "year"
    return "count"


def hedged(finding: Finding, bead: Bead) -> Finding:
    """``finding`` as it stands, or minor with the reason when its bead is an uncertain alignment."""
    if bead.score >= CONFIDENT_BEAD or finding.severity not in (Severity.MAJOR, Severity.CRITICAL):
        return finding
    message = f"{finding.message} (The alignment here is uncertain: perhaps these sentences do not match.)"
    return attrs.evolve(finding, severity=Severity.MINOR, message=message)


#: The findings of one bead: (context, bead, its source text segments, its target text segments).
BeadCheck = Callable[["CheckContext", Bead, list[Segment], list[Segment]], Iterator[Finding]]


def hedged_beads(context: CheckContext, bead_findings: BeadCheck) -> Iterator[Finding]:
    """Run ``bead_findings`` on every bead with running text on both sides, each finding
    :func:`hedged` by its bead (a figure alone on one side is an omission's or addition's business)
    and by its neighbours (:func:`given_beside`)."""
    beads = list(context.running_text())
    for at, (bead, src_text, tgt_text) in enumerate(beads):
        if not src_text or not tgt_text:
            continue
        for finding in bead_findings(context, bead, src_text, tgt_text):
            yield given_beside(context, hedged(finding, bead), beads, at)


#: Why a figure one side lacks is minor when a lone segment beside the bead gives it (ends the message).
BESIDE_REASON = (
    " (Minor: {id} beside it, which the alignment pairs with nothing, gives it: the two sides may "
    "split these sentences differently, a heading run into its first sentence, say.)"
)


#: The most lone beads in a row looked through, from a bead outwards, for a figure it lacks.
_LONE_RUN = 2


def _figure_key(mention: Mention) -> object:
    """What a figure is compared by across the sides: a number's amounts, a date's value."""
    return tuple(mention.number.amounts) if mention.kind == "number" else str(mention.value)


def _figures_of(context: CheckContext, segments: Sequence[Segment]) -> list[Mention]:
    """The number and date mentions of ``segments``."""
    out: list[Mention] = []
    for seg in segments:
        features = context.features.get(seg.id)
        if features is not None:
            out.extend((*features.numbers, *features.dates))
    return out


def given_beside(
    context: CheckContext,
    finding: Finding,
    beads: Sequence[tuple[Bead, list[Segment], list[Segment]]],
    at: int,
) -> Finding:
    """``finding`` as it stands, or minor with the reason when a figure it reads on one side of
    ``beads[at]`` (one the other side lacks or gives otherwise) is given by a segment of the other
    side alone in a neighbouring bead (one the alignment pairs with nothing, up to :data:`_LONE_RUN`
    of them in a row): the alignment there is doubtful, and the figure may well be rendered next
    door ("50 мл. Ультраувлажняющая …" one segment, "… 50 ml." and "Ultra-…" two)."""
    if finding.severity not in (Severity.MAJOR, Severity.CRITICAL):
        return finding
    for has, lacking, spans in ((1, 2, finding.source_evidence), (2, 1, finding.target_evidence)):
        mine = _figures_of(context, row_part(beads[at], has))
        keys = {_figure_key(m) for m in mine if any(m.span.overlaps(e) for e in spans)}
        lone = _lone_giving(context, keys, beads, at, has, lacking) if keys else ""
        if lone:
            message = finding.message + BESIDE_REASON.format(id=lone)
            return attrs.evolve(finding, severity=Severity.MINOR, message=message)
    return finding


def _lone_giving(
    context: CheckContext,
    keys: set[object],
    beads: Sequence[tuple[Bead, list[Segment], list[Segment]]],
    at: int,
    has: int,
    lacking: int,
) -> str:
    """The ids of the segments of side ``lacking`` (1 source, 2 target) alone in a bead beside
    ``beads[at]`` (up to :data:`_LONE_RUN` of them in a row) that give a figure of ``keys``, or ""."""
    for step in (-1, 1):
        k = at + step
        while (
            0 <= k < len(beads)
            and abs(k - at) <= _LONE_RUN
            and not row_part(beads[k], has)
            and row_part(beads[k], lacking)
        ):
            lone = row_part(beads[k], lacking)
            if keys & {_figure_key(m) for m in _figures_of(context, lone)}:
                return ", ".join(s.id for s in lone)
            k += step
    return ""


#: The words of a dispatch line: :func:`aligner.tokens.tokens` with hyphens joining, no marks.
_WORDS = word_pattern(joiners="-", marks=False)


def _word_count(text: str) -> int:
    """The words of ``text`` (:func:`aligner.tokens.words`, hyphenated ones whole) that hold a
    run of two letters or more: a lone letter ("г", "а-б") is no word of a dispatch line."""
    return sum(1 for w in _WORDS.findall(text) if any(len(p) >= 2 for p in w.split("-")))


#: Minutes in half a day: a clock time and a word naming it meet across 12 hours (24.00 is midnight).
_HALF_DAY_MINUTES = 720


def named_time(mention: Mention, segments: Sequence[Segment], language: str) -> str:
    """The word of ``segments`` that names ``mention``'s clock time exactly ("midnight" for «24.00» or
    "0:00", «полдень» for "12:00"; ``named_times`` of dates.toml), or "": such a time is rendered."""
    if not mention.number.clock or len(mention.number.amounts) != 1:
        return ""
    minutes = int(mention.number.amounts[0])
    for word, named in data_toml("dates.toml").get(language, {}).get("named_times", ()):
        if (minutes - named) % _HALF_DAY_MINUTES:
            continue
        for seg in segments:
            found = next((w for w in _LETTERS.findall(seg.text) if w.lower() == word), "")
            if found:
                return found
    return ""


#: Runs of letters (:func:`aligner.tokens.tokens`, no joiners, no marks).
_LETTERS = word_pattern(joiners="", marks=False)


#: A stretch in square brackets on one line: the translator's or the editor's gloss ("[i.e., the note
#: of May 5]"), which an original of the period does not use for its own words.
_SQUARE_GLOSS = regex.compile(r"\[[^\[\]\n]{1,300}\]")
#: Why a figure in such a gloss with no counterpart is minor (ends the message).
GLOSS_REASON = " (minor: it stands in square brackets, a gloss the translator or the editor adds)"


def in_gloss(text: str, span: Span) -> bool:
    """Whether ``span`` of the translation's ``text`` lies inside square brackets on its line."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end < 0 else end
    return any(
        m.start() < span.start and span.end < m.end() for m in _SQUARE_GLOSS.finditer(text, start, end)
    )


def row_part(row: tuple[Bead, list[Segment], list[Segment]], side: int) -> list[Segment]:
    """The source (``side`` 1) or target (2) segments of a running-text bead's row."""
    return row[1] if side == 1 else row[2]
