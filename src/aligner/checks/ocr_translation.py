"""OCR slips on the translation's side, for the ``ocr`` check (:mod:`aligner.checks.ocr`).

Notes only (``info``): a digit read for the pronoun "I" ("1 am",
``ocr.digit_for_letter``), a letter dropped before a possessive's
apostrophe ("Peopl's", ``ocr.dropped_letter_en``), letters read for others
("Governrnent", "vvith", ``ocr.misread_en``) and letters read for figures ("l,5OO",
``ocr.letter_for_digit_en``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from ..cache import cached_on_disk
from ..features.numbers import figure_garbles
from ..features.numbers.lexicon import clock_words
from ..model import Finding, Segment, Severity, Span
from ..spelling import en_common_words, en_misread
from . import CheckContext
from .ocr_words import _q

__all__: list[str] = []


# A digit one (or an l) read for the pronoun "I" before a verb only "I" takes ("1 am able",
# "1 have received", "1 request that"; the verbs are numbers_en.toml's ``pronoun_verbs``), where a
# sentence, a clause or a conjunction opens: not a time ("at 1 am on") nor a count ("only 1 was lost").
@cached_on_disk("one-for-i")
def _one_for_i() -> regex.Pattern[str]:
    verbs = sorted(clock_words("en").pronoun_verbs - {"am"}, key=len, reverse=True)
    return regex.compile(
        r"(?:^|(?<=[.,;:!?\"“(]\s{1,2})|(?<=\b(?:and|but|that|so|as|if|when|which|because|now|then)\s))"
        r"([1l|]) (am(?= (?!on\b|and\b|to\b|or\b|local\b|time\b)[a-z])|"
        + "|".join(regex.escape(v) for v in verbs)
        + r")\b",
        regex.MULTILINE,
    )


# A possessive: "Peopl's", "Governmen's" (a letter dropped before the apostrophe).
_POSSESSIVE = regex.compile(r"(?<![\p{L}'’])(\p{Latin}{4,})['’]s\b")


#: A word of Latin letters, with the figures an OCR engine reads for letters ("Mo1otov").
_LATIN_WORD = regex.compile(r"(?<![\p{L}\d])\p{Latin}[\p{Latin}01]*\p{Latin}(?![\p{L}\d])")


@functools.lru_cache(maxsize=4096)
def _dropped_letter(word: str) -> str | None:
    """The English word ``word`` reads as with one letter put back ("Peopl": "People")."""
    known = en_common_words()
    low = word.lower()
    if low in known:
        return None
    for i in range(1, len(low) + 1):
        for c in "abcdefghijklmnopqrstuvwxyz":
            cand = low[:i] + c + low[i:]
            if cand in known:
                return word[:i] + c + word[i:]
    return None


def _target_findings(context: CheckContext) -> Iterator[Finding]:
    """Notes on the translation's OCR slips: "1 am" for "I am" (``ocr.digit_for_letter``),
    "Peopl's" for "People's" (``ocr.dropped_letter_en``)."""
    for seg in context.target.segments:
        if not seg.is_text:
            continue
        raw = seg.span.of(context.target_text)
        for m in _POSSESSIVE.finditer(raw):
            fixed = _dropped_letter(m.group(1))
            if fixed is not None:
                read = fixed + m.group()[len(m.group(1)) :]
                yield _note(seg, m, read, "a letter lost in the transcription", "ocr.dropped_letter_en")
        for m in _LATIN_WORD.finditer(raw):
            fixed = en_misread(m.group())
            if fixed is not None:
                yield _note(seg, m, fixed, "letters misread in the transcription", "ocr.misread_en")
        for m in _one_for_i().finditer(raw):
            read = "I " + m.group(2)
            yield _note(seg, m, read, "an OCR slip in the translation, not a number", "ocr.digit_for_letter")
        for start, end, read in figure_garbles(raw):
            why = "letters for figures in the transcription"
            yield _note(seg, (start, end, raw[start:end]), read, why, "ocr.letter_for_digit_en")


def _note(
    seg: Segment, m: regex.Match[str] | tuple[int, int, str], read: str, why: str, rule: str
) -> Finding:
    """An info note on the translation's words ``m`` of ``seg`` (a match, or start, end and words), to be
    read ``read``."""
    start, end, shown = (m.start(), m.end(), m.group()) if isinstance(m, regex.Match) else m
    return Finding(
        kind="ocr",
        severity=Severity.INFO,
        target=(seg.id,),
        target_evidence=(Span(seg.span.start + start, seg.span.start + end),),
        message=f"The translation reads {_q(shown)}: read {_q(read)} ({why}).",
        rule=rule,
    )
