"""Bounds turned round: the same figure or date bounded from below on one side and from above on the other.

«не менее 30» ("at least 30") given as "no more than 30", «свыше 200» as "under 200", «не позднее 1 мая»
("by May 1") as "no earlier than May 1", «до 1 мая» as "after May 1": the value matches, so the number and
date checks pair it and say nothing, though the translation says the opposite. The words before a figure
give its direction (``bounds_lower`` / ``bounds_upper`` of ``numbers_<lang>.toml``, read by
:func:`aligner.features.numbers.lexicon.bound_direction`); those before a date, ``date_bounds_lower`` /
``date_bounds_upper`` of ``dates.toml``. Only an explicit direction on each side counts: a bound against
no bound ("более 30" as "30"), an approximation («около» as "about") or the same direction in other words
("over 30", «свыше 30», "more than 30") is a translator's freedom and stays silent.

- ``number.bound_reversed`` / ``date.bound_reversed``, its evidence the bound words (the figure or date is
  the same on both sides: what changed is the words before it): ``major`` when both words are firm about their
  direction; ``minor``, with the reason, when either is weak about it («почти», «до», "nearly", "up to",
  "by": near the figure, or the value reached rather than a bound).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import regex

from ..cache import cached_on_disk
from ..features.numbers.lexicon import bound_direction
from ..model import SOURCE, TARGET, Finding, Mention, Severity, Span
from ..resources import data_toml
from . import CheckContext
from ._number_text import quote, value_words

__all__ = ["number_reversal", "date_reversals", "date_direction"]

#: How a direction reads in a message: the bound it sets on the figure.
_SAYS = {"lower": ("from below", "or more"), "upper": ("from above", "or less")}
_SAYS_DATE = {"lower": ("the earliest", "from then on"), "upper": ("the latest", "by then")}


def _side(context: CheckContext, side: str) -> tuple[str, str]:
    if side == SOURCE:
        return context.source_text, context.source.language
    return context.target_text, context.target.language


#: A negation earlier in the bound's clause («не вывозить до 20 августа», "not to be taken away before"):
#: it turns the bound round, so such a bound is read as giving no direction.
_NEGATED = regex.compile(r"(?<!\p{L})(?:не|not|never|cannot)(?!\p{L})|n't(?!\p{L})", regex.IGNORECASE)
_CLAUSE_END = regex.compile(r"[,;:.!?()\n—–]")


def _negated(text: str, start: int) -> bool:
    """Whether a negation stands in the clause before ``text[start]`` (the bound word)."""
    before = text[max(0, start - 80) : start]
    cut = [m.end() for m in _CLAUSE_END.finditer(before)]
    return bool(_NEGATED.search(before[cut[-1] if cut else 0 :]))


Bound = tuple[str, str, bool, int]


@functools.cache
def _phrases(table: str, language: str) -> tuple[str, ...]:
    """Every bound phrase of a language: of figures (``numbers``) or of dates (``dates``)."""
    if table == "numbers":
        data = data_toml(f"numbers_{language}.toml").get("context", {})
        keys = ("bounds_lower", "bounds_upper")
    else:
        data, keys = data_toml("dates.toml").get(language, {}), ("date_bounds_lower", "date_bounds_upper")
    return tuple(" ".join(w.lower().replace(",", " ").split()) for k in keys for w in data.get(k, ()))


def _glued(text: str, found: Bound, phrases: Sequence[str]) -> bool:
    """Whether the bound's words may be the end of a longer phrase whose first word OCR ran into the
    word before («в Москвуне позднее 25 августа»: «не позднее», not «позднее»)."""
    words = " ".join(found[1].lower().split())
    before = text[max(0, found[3] - 20) : found[3]].rstrip().lower()
    for phrase in phrases:
        head = phrase[: -len(words)].rstrip()
        if phrase.endswith(" " + words) and head and before.endswith(head):
            ahead = before[: -len(head)]
            if ahead and ahead[-1].isalpha():
                return True
    return False


def _directed(text: str, start: int, found: Bound, table: str, language: str) -> Bound:
    """``found`` (a bound's direction, words, looseness and start), or no direction when a negation
    earlier in its clause turns it round, or when its first word may have been run into the word
    before it."""
    if found[0] and (_negated(text, found[3]) or _glued(text, found, _phrases(table, language))):
        return "", found[1], found[2], found[3]
    return found


def _evidence(text: str, found: Bound, start: int) -> Span:
    """The bound words themselves (what changed; the figure or date is the same on both sides)."""
    return Span(found[3], found[3] + len(text[found[3] : start].rstrip()))


def _reversed(found: tuple[Bound, Bound]) -> tuple[Severity, str] | None:
    (ds, ws, weak_s, _), (dt, wt, weak_t, _) = found
    if not ds or not dt or ds == dt:
        return None
    weak = ws if weak_s else wt if weak_t else ""
    if weak:
        return Severity.MINOR, f" (Minor: “{weak}” is loose about its direction: perhaps no discrepancy.)"
    return Severity.MAJOR, ""


def number_reversal(
    context: CheckContext, ids: tuple[tuple[str, ...], tuple[str, ...]], s: Mention, t: Mention
) -> Finding | None:
    """A finding when a pair of equal figures is bounded from below on one side and from above on
    the other."""
    if s.number.is_range or t.number.is_range:
        return None
    (src, ls), (tgt, lt) = _side(context, SOURCE), _side(context, TARGET)
    if ls not in ("ru", "en") or lt not in ("ru", "en") or s.span.start > len(src) or t.span.start > len(tgt):
        return None
    found = (
        _directed(src, s.span.start, bound_direction(src, s.span.start, ls), "numbers", ls),
        _directed(tgt, t.span.start, bound_direction(tgt, t.span.start, lt), "numbers", lt),
    )
    judged = _reversed(found)
    if judged is None:
        return None
    (ds, ws, _, _), (dt, wt, _, _) = found
    value = value_words(s)
    quote_s, quote_t = f"{ws} {quote(context, SOURCE, s)}", f"{wt} {quote(context, TARGET, t)}"
    message = (
        f"The source bounds {value} {_SAYS[ds][0]} (“{quote_s}”: {value} {_SAYS[ds][1]}); the translation "
        f"{_SAYS[dt][0]} (“{quote_t}”: {value} {_SAYS[dt][1]}): the bound is reversed.{judged[1]}"
    )
    return Finding(
        kind="number",
        severity=judged[0],
        source=ids[0],
        target=ids[1],
        source_evidence=(_evidence(src, found[0], s.span.start),),
        target_evidence=(_evidence(tgt, found[1], t.span.start),),
        message=message,
        rule="number.bound_reversed",
    )


@cached_on_disk("date-bounds")
def _date_patterns(language: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    table = data_toml("dates.toml").get(language, {})
    out = []
    for direction in ("lower", "upper"):
        words = sorted(table.get(f"date_bounds_{direction}", ()), key=len, reverse=True)
        marker = "|".join(r"\s+".join(map(regex.escape, w.split())) for w in words) or "(?!)"
        out.append(
            (direction, regex.compile(rf"(?<!\p{{L}})(?:{marker}),?\s+(?:the\s+)?$", regex.IGNORECASE))
        )
    return tuple(out)


def date_direction(text: str, start: int, language: str) -> tuple[str, str, bool, int]:
    """The direction the words right before a date at ``text[start]`` bound it in (``"lower"``: «не
    ранее», "after"; ``"upper"``: «до», "no later than"; else ``""``), the words, and whether they are
    weak about it (``date_bounds_weak``), and where they start. The longest phrase wins: «не позднее»
    over «позднее»."""
    if start > len(text):
        return "", "", False, start
    window = max(0, start - 30)
    found = [(m.start(), d, m) for d, p in _date_patterns(language) if (m := p.search(text, window, start))]
    if not found:
        return "", "", False, start
    _, direction, match = min(found, key=lambda f: f[0])
    words = " ".join(match.group().replace(",", " ").split())
    words = words.removesuffix(" the")
    weak = words.lower() in data_toml("dates.toml").get(language, {}).get("date_bounds_weak", ())
    return direction, words, weak, match.start()


def date_reversals(
    context: CheckContext,
    ids: tuple[tuple[str, ...], tuple[str, ...]],
    src: Sequence[Mention],
    tgt: Sequence[Mention],
    spoken: Callable[[Any], str],
) -> Iterator[Finding]:
    """Findings for equal dates (single ones: ``src`` and ``tgt`` hold no range) bounded as the
    earliest on one side and the latest on the other."""
    (stext, ls), (ttext, lt) = _side(context, SOURCE), _side(context, TARGET)
    left = list(tgt)
    for s in src:
        t = next((t for t in left if str(t.date) == str(s.date)), None)
        if t is None:
            continue
        left.remove(t)
        found = (
            _directed(stext, s.span.start, date_direction(stext, s.span.start, ls), "dates", ls),
            _directed(ttext, t.span.start, date_direction(ttext, t.span.start, lt), "dates", lt),
        )
        judged = _reversed(found)
        if judged is None:
            continue
        (ds, ws, _, _), (dt, wt, _, _) = found
        message = (
            f"The source gives {spoken(s.date)} as {_SAYS_DATE[ds][0]} date (“{ws} "
            f"{' '.join(s.text.split())}”: {_SAYS_DATE[ds][1]}); the translation as {_SAYS_DATE[dt][0]} "
            f"(“{wt} {' '.join(t.text.split())}”: {_SAYS_DATE[dt][1]}): the bound is reversed.{judged[1]}"
        )
        yield Finding(
            kind="date",
            severity=judged[0],
            source=ids[0],
            target=ids[1],
            source_evidence=(_evidence(stext, found[0], s.span.start),),
            target_evidence=(_evidence(ttext, found[1], t.span.start),),
            message=message,
            rule="date.bound_reversed",
        )
