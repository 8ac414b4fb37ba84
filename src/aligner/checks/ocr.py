"""The ``ocr`` check: words of the original that look garbled by OCR or by the typist.

Only the source side (Russian) is read, and only its running text (furniture
and editorial notes are skipped). For each word the first rule that fires wins:

- ``ocr.mixed_script``: Latin look-alike letters inside a Cyrillic word, the
  classic OCR fault of a Latin "C" in "Cоветских" (the look-alikes are data,
  ``lookalikes.toml``);
- ``ocr.hyphen_left``: a hyphen left inside a word where the two halves make a
  known word only without it ("незави- симость", "сло-во");
- ``ocr.near_known``: no Russian word form, but one edit away from one
  ("Сибирии" → "Сибири");
- ``ocr.impossible_letters``: no Russian word form, and a letter sequence no
  Russian word has ("поьезд");
- ``ocr.misread_name``: a capitalised word one OCR-confusable letter
  (``spelling_ru.toml``) away from the name the translation gives ("Ваторе"
  beside "Bator": "Баторе");
- ``ocr.run_together`` (info): a preposition run into its word ("Сглубоким");
- ``ocr.letter_for_digit``: letters among figures («54О», «З0», "l943"), which
  the number reader takes as the figures they stand for.

On the translation's side, notes (info): "1 am" for "I am"
(``ocr.digit_for_letter``), "Peopl's" for "People's" (``ocr.dropped_letter_en``).

Unknown words are left alone when the original uses them again (the same stem
twice or more, "Зеленский", "Зеленского": OCR garbles are sporadic, a word the
author repeats is a real word or name the dictionary lacks), and when the
translation of their bead spells them in Latin letters ("жаккарда" beside
"jacquard", "ковида" beside "Covid": by a romanisation or by the sound) closer
than it spells the suggested correction. A capitalised
word is reported only for a dropped or swapped letter (a replaced letter in a
name is usually another transliteration, and capitalised words far from every
known form are usually foreign names). Letter-spaced words inside running text
("в о й с к") are ``info`` (``ocr.letter_spaced``); everything else ``minor``.

The word rules live in :mod:`aligner.checks.ocr_words`, the translation's notes
in :mod:`aligner.checks.ocr_translation`; this module walks the segments and
makes the findings.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

import regex

from ..config import Config
from ..features.numbers import figure_garbles
from ..model import Finding, Mention, Segment, Severity, Span
from ..spelling import digit_garbles, is_known_form
from ..tokens import HYPHENS, tokens
from . import CheckContext
from .name_doubt import listed
from .ocr_translation import _target_findings
from .ocr_words import _CYRILLIC, MIN_WORD, NAME_EDITS, _q, plainly_sound, recurring_unknowns, word_problems

__all__ = ["check_ocr", "MIN_WORD", "NAME_EDITS", "NOTE_RULES", "word_problems", "recurring_unknowns"]


#: Rules whose findings are notes (``info``): a lost space garbles no word's meaning.
NOTE_RULES = frozenset(("ocr.run_together",))


# Latin words of four letters or more, and capitalised shorter ones ("Han", "Ob": names)
_LATIN_WORD = regex.compile(r"(?<!\p{L})(?:\p{Script=Latin}{4,}|\p{Lu}\p{Script=Latin}{1,2})(?!\p{L})")
# "незави- симость": letters, a hyphen, one space, lower-case letters (a broken word).
_HYPHEN_SPACE = regex.compile(r"(?<![\p{L}-])(\p{L}+)[-\u2010\u2011\u00ad] (\p{Ll}+)(?!\p{L})")
# Four or more single letters each followed by one space: "в о й с к а", "Ш Т Ы К О В".
_SPACED = regex.compile(r"(?<![\p{L}\p{N}])\p{L}(?: \p{L}){3,}(?![\p{L}\p{N}])")


def _finding(seg: Segment, span: Span, severity: Severity, message: str, rule: str) -> Finding:
    return Finding(
        kind="ocr",
        severity=severity,
        source=(seg.id,),
        source_evidence=(span,),
        message=message,
        rule=rule,
    )


def _look_alikes(text: str) -> Iterator[tuple[int, int, str, str, str]]:
    """Figures and letters read for one another: a figure inside a word («6ыло»), letters among
    figures («54О», «З0»); each as (start, end, what stands wrong, the reading, the rule)."""
    for start, end, reading in digit_garbles(text):
        yield start, end, "a figure for a letter", reading, "ocr.digit_for_letter"
    for start, end, reading in figure_garbles(text):
        yield start, end, "letters for figures", reading, "ocr.letter_for_digit"


#: Rules that read an unknown word as a garble: a word of a known name (``names.toml``) is none.
_UNKNOWN_WORD_RULES = frozenset(("ocr.near_known", "ocr.impossible_letters", "ocr.misread_name"))


#: A short title in guillemets: «Руде право», «Трибуна люду» (group 1: its first word).
_LETTERS = regex.compile(r"\p{L}+")
_QUOTED_TITLE = regex.compile(r"«(\p{Lu}\p{Ll}+)(?:[ -]\p{L}+){0,4}»")


def _foreign_titles(text: str) -> list[tuple[int, int]]:
    """The spans of short titles in guillemets whose first word the Russian dictionary does not know: a
    newspaper or a party of another Slavic land written in Cyrillic («Земеделско знаме»), whose words
    are that language's, no garbled Russian ones."""
    return [m.span() for m in _QUOTED_TITLE.finditer(text) if not is_known_form(m.group(1))]


def _segment_findings(
    seg: Segment,
    raw: str,
    recurring: Collection[str],
    latin_words: Collection[str],
    plain: dict[str, bool],
    known: Collection[Span] = (),
) -> Iterator[Finding]:
    text = seg.text
    claimed: list[tuple[int, int]] = []
    for start, end, what, reading, rule in _look_alikes(text):
        claimed.append((start, end))
        yield _finding(
            seg,
            seg.raw_span(start, end),
            Severity.MINOR,
            f"{_q(text[start:end])} has {what}: read {_q(reading)} (an OCR fault: they look alike).",
            rule,
        )
    for m in _HYPHEN_SPACE.finditer(text):
        left, right = m.group(1), m.group(2)
        joined = left + right
        if not _CYRILLIC.search(joined) or is_known_form(left) or not is_known_form(joined):
            continue
        claimed.append((m.start(), m.end()))
        yield _finding(
            seg,
            seg.raw_span(m.start(), m.end()),
            Severity.MINOR,
            f"{_q(m.group())} is one word broken by a hyphen: read {_q(joined)} "
            "(a line-break hyphen left in the transcription?).",
            "ocr.hyphen_left",
        )
    foreign = _foreign_titles(text)
    for start, end, word in tokens(text, joiners=HYPHENS):
        sound = plain.get(word)
        if sound is None:
            sound = plain[word] = plainly_sound(word, recurring=recurring)
        if sound or any(a <= start < b for a, b in claimed):
            continue
        problem = word_problems(word, recurring=recurring, latin_words=latin_words)
        if problem is not None:
            rule, message = problem
            span = seg.raw_span(start, end)
            inside = any(k.start <= span.start and span.end <= k.end for k in known)
            if inside and rule in _UNKNOWN_WORD_RULES:
                continue  # "Гангут", «в Ревеле»: a known name the dictionary lacks
            if rule in _UNKNOWN_WORD_RULES and any(a <= start < b for a, b in foreign):
                continue  # «Земеделско знаме»: a title in another language, in Cyrillic
            severity = Severity.INFO if rule in NOTE_RULES else Severity.MINOR
            yield _finding(seg, span, severity, message, rule)
    # letter-spacing is seen in the original text: the segment's text may have closed it up
    start = seg.span.start
    for m in _SPACED.finditer(raw):
        closed = m.group().replace(" ", "")
        if not _CYRILLIC.search(closed):
            continue
        yield _finding(
            seg,
            Span(start + m.start(), start + m.end()),
            Severity.INFO,
            f"{_q(m.group())} is letter-spaced (emphasis in the typescript, or wide type): "
            f"read {_q(closed)}.",
            "ocr.letter_spaced",
        )


def _beyond_dictionary(mention: Mention) -> bool:
    """Whether a name is a known one (``names.toml``) whose listed form the dictionary lacks
    ("Ревель"): the dictionary cannot judge its case forms ("Ревеле"), as it can a garbled form of
    a name it knows ("Сибирии" of Сибирь)."""
    if not listed(mention) or mention.concept is None:
        return False
    return not any(is_known_form(w) for w in _LETTERS.findall(mention.concept.form))


def check_ocr(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report words of the original's running text that look garbled by OCR or by the typist."""
    segments = [s for s in context.source.segments if s.is_text]
    recurring = recurring_unknowns(s.text for s in segments)
    plain: dict[str, bool] = {}  # each distinct word: whether it is plainly sound (see plainly_sound)
    # bead by bead (the beads keep the original's order), with the Latin words of each bead's translation
    for _bead, src, tgt in context.text_beads():
        mine = [s for s in src if s.is_text]
        if not mine:
            continue
        latin = [w for t in tgt for w in _LATIN_WORD.findall(t.text)]
        for seg in mine:
            raw = seg.span.of(context.source_text)
            known = [m.span for m in context.mentions([seg], "names") if _beyond_dictionary(m)]
            yield from _segment_findings(seg, raw, recurring, latin, plain, known)
    yield from _target_findings(context)
