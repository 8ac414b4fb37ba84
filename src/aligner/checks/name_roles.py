"""Two names swapped in one sentence: the translation turns round who reports to whom, or where a
movement starts and where it goes (``name.swapped``, part of the ``name`` check).

Both names are present on both sides, so the name check pairs them; what changes is their part.
Each name of a one-to-one bead gets a part from the word before it (``name_roles.toml``): FROM (из,
от; a nominative subject; "from", "by", "left") or TO (в/на with the accusative, до, к; a dative
addressee; "to", "for", "into"). Two paired names whose parts the translation gives the other way
round are reported; a name with no such word has no part, so a list in another order, or a sentence
recast round another verb ("Petrov received Ivanov's report"), is never read as a swap.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import attrs
import regex

from ..model import Finding, Mention, Segment, Severity, Span
from ..morph import ru_parses
from ..resources import data_toml
from ..translit import name_key

__all__ = ["opening_names", "swap_findings", "swapped_finding"]

FROM, TO = "from", "to"
_WORD = regex.compile(r"[\p{L}][\p{L}'’.-]*")
_INITIAL = regex.compile(r"\p{Lu}\.")


@attrs.frozen
class _Part:
    """A name's part in its sentence and how sure it is (``marked``: a preposition or an
    unambiguous case gives it, not a bare subject)."""

    role: str
    marked: bool
    word: str


@functools.cache
def _table() -> dict:
    return data_toml("name_roles.toml")


def opening_names(segments: Sequence[Segment], text: str, names: Sequence[Mention]) -> list[Mention]:
    """``names`` and the capitalised first word of each segment, which the name reader leaves out
    (it may be a common word): a subject opens a sentence ("Petrov reported to Ivanov"). Only a
    word the other side's names render is ever compared."""
    out = list(names)
    for seg in segments:
        m = _WORD.search(text, seg.span.start, seg.span.end)
        if (
            m is None
            or not m.group()[:1].isupper()
            or any(n.span.start <= m.start() < n.span.end for n in names)
        ):
            continue
        word = m.group().rstrip(".")
        span = Span(start=m.start(), end=m.start() + len(word))
        out.append(Mention(kind="name", value=name_key(word), text=word, span=span, rule="opening"))
    return out


def _words_before(text: str, start: int, limit: int) -> list[str]:
    """The words of ``text`` between ``limit`` and ``start``, nearest last."""
    return [m.group() for m in _WORD.finditer(text, limit, start)]


def _ru_part(mention: Mention, text: str, limit: int) -> _Part | None:
    """The part of a Russian name: from its preposition, else from its case (a nominative subject,
    a dative addressee)."""
    table = _table()["ru"]
    before = [w for w in _words_before(text, mention.span.start, limit) if not _INITIAL.fullmatch(w)]
    last = mention.text.split()[-1] if mention.text.split() else ""
    parses = ru_parses(last)
    cases = [p.tag.case for p in parses]
    prep = before[-1].lower() if before else ""
    if prep in table["from"]:
        return _Part(FROM, True, prep)
    if prep in table["to"]:
        if prep in table["to_needs_accusative"] and (not cases or cases[0] not in ("accs", "nomn")):
            return None  # в Мукдене: where, not whither
        return _Part(TO, True, prep)
    if prep and (prep in table["from"] or len(prep) <= 2):
        return None  # another preposition (с, о, у, по): no part
    if not cases:
        return None
    if cases[0] == "datv" and "nomn" not in cases:
        return _Part(TO, True, "")
    if cases[0] == "nomn":
        return _Part(FROM, set(cases) == {"nomn"}, "")
    return None


def _en_part(mention: Mention, text: str, limit: int) -> _Part | None:
    """The part of an English name from the word before it, titles and "the" skipped."""
    table = _table()["en"]
    before = _words_before(text, mention.span.start, limit)
    while before and (before[-1][:1].isupper() or before[-1].lower() == "the") and len(before) > 0:
        if before[-1].lower() != "the" and before[-1].lower() in (*table["from"], *table["to"]):
            break
        before.pop()
    word = before[-1].lower() if before else ""
    if word in table["from"]:
        return _Part(FROM, True, word)
    if word in table["to"]:
        return _Part(TO, True, word)
    if word in table["other"]:
        return None
    if word in table["giving"] or (word.endswith("ed") and not _possessive(mention, text)):
        return _Part(TO, False, word)  # "handed Ivanov the letter": the addressee, half the evidence
    return _Part(FROM, False, word)  # a bare subject (or an object: only ever half the evidence)


def _possessive(mention: Mention, text: str) -> bool:
    """Whether an English name is a possessive ("handed Ivanov's letter"): no addressee."""
    return text[mention.span.end : mention.span.end + 2] in ("'s", "’s")


def swap_findings(
    bead_ids: tuple[tuple[str, ...], tuple[str, ...]],
    pairs: Sequence[tuple[Mention, Mention]],
    places: tuple[int, int],
    source_text: str,
    target_text: str,
) -> Iterator[Finding]:
    """``name.swapped`` findings of a one-to-one bead: two names the bead pairs (``pairs``: the
    original's mention, the translation's) whose parts the translation turns round. ``places``:
    where the bead's original and translation begin."""
    parts = []
    for s, t in pairs:
        ps, pt = _ru_part(s, source_text, places[0]), _en_part(t, target_text, places[1])
        if ps is not None and pt is not None:
            parts.append((s, t, ps, pt))
    for n, (s1, t1, ps1, pt1) in enumerate(parts):
        for s2, t2, ps2, pt2 in parts[n + 1 :]:
            if str(s1.value) == str(s2.value) or ps1.role == ps2.role:
                continue
            if not (pt1.role == ps2.role and pt2.role == ps1.role):
                continue
            # two bare names: an object read as a subject, unless one is the addressee after a verb of
            # giving and the original marks its addressee by a case or a preposition (Иванов передал
            # Петрову)
            positional = TO in (pt1.role, pt2.role) and any(p.role == TO and p.marked for p in (ps1, ps2))
            if not (pt1.marked or pt2.marked or positional):
                continue
            strong = ps1.marked and ps2.marked and pt1.marked and pt2.marked
            yield _finding(bead_ids, (s1, s2), (t1, t2), (ps1, ps2), strong=strong)
            return


def _finding(
    bead_ids: tuple[tuple[str, ...], tuple[str, ...]],
    src: tuple[Mention, Mention],
    tgt: tuple[Mention, Mention],
    parts: tuple[_Part, _Part],
    *,
    strong: bool,
) -> Finding:
    first, second = (0, 1) if parts[0].role == FROM else (1, 0)
    doubt = "" if strong else " (the case of a name or the sentence's build leaves some doubt)"
    message = (
        f"The source has the movement or message go from “{src[first].text}” to “{src[second].text}”; "
        f"the translation has it go from “{tgt[second].text}” to “{tgt[first].text}”: "
        f"the two names are swapped{doubt}."
    )
    return swapped_finding(bead_ids, src, tgt, message, major=strong)


def swapped_finding(
    bead_ids: tuple[tuple[str, ...], tuple[str, ...]],
    src: tuple[Mention, Mention],
    tgt: tuple[Mention, Mention],
    message: str,
    *,
    major: bool,
) -> Finding:
    """The finding of two names whose roles the translation swaps, with both names as evidence on
    each side; major when the reading is sure, minor when ``message`` says what leaves a doubt."""
    return Finding(
        kind="name",
        severity=Severity.MAJOR if major else Severity.MINOR,
        source=bead_ids[0],
        target=bead_ids[1],
        source_evidence=(src[0].span, src[1].span),
        target_evidence=(tgt[0].span, tgt[1].span),
        message=message,
        rule="name.swapped",
    )
