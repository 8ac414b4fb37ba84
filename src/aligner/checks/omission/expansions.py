"""The translator's and the publisher's legitimate expansions: text with no original that is no
addition of substance.

A translation may hold, with nothing beside it in the original, a heading the publisher set above
the document ("Stalin to Churchill, October 3, 1942", "MESSAGE FROM THE CHAIRMAN … TO THE PRIME
MINISTER"), a note in parentheses ("(The reference is to the agreement of March 17.)") or a formula
of courtesy the translator put at the close ("I remain, dear Mr. Prime Minister, yours very
sincerely"). Each is worth a look, not a ``major`` addition: :func:`expansion_reason` says why it
is minor ("" for a sentence of substance).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import attrs
import regex

from ...model import TARGET, Finding, Segment, Severity
from ...resources import data_toml
from .. import CheckContext
from .keys import word_count
from .length import courteous_pair

__all__ = [
    "BRACKETED_SHARE",
    "COURTESY_WORDS",
    "bracketed",
    "courtesy_formula",
    "courtesy_minor",
    "expansion_reason",
    "heading_line",
    "note_in_parentheses",
]

#: The most words a formula of courtesy has: a longer passage says more than its courtesy.
COURTESY_WORDS = 16
#: The longest word a heading in title case writes in lower case ("from", "with", "the").
HEADING_SMALL_WORD = 4

#: The least share of an addition's letters inside brackets for it to be the translator's gloss.
BRACKETED_SHARE = 0.7
#: How far around an addition a bracket that holds it may open or close (characters).
_BRACKET_REACH = 300

_WORD = regex.compile(r"\p{L}+")
_LETTER = regex.compile(r"\p{L}")
#: A stretch in brackets or parentheses, none nested: a gloss ("[i.e., the Yalu]", "(the ambassador)").
_BRACKETS = regex.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")
_DIGIT = regex.compile(r"\d")


@functools.cache
def _courtesy(section: str, key: str) -> tuple[str, ...]:
    """A list of ``courtesy.toml`` (none if the section or the key is missing)."""
    return tuple(str(w) for w in data_toml("courtesy.toml").get(section, {}).get(key, ()))


def courtesy_formula(text: str, language: str) -> bool:
    """Whether ``text`` is a formula of courtesy: a word that wishes, greets or pays respects, or a
    closing word ("sincerely", "assurances"), no figure, :data:`COURTESY_WORDS` words at most."""
    if _DIGIT.search(text) or word_count(text) > COURTESY_WORDS:
        return False
    stems = _courtesy(language, "stems") + _courtesy(f"{language}_closing", "stems")
    words = [w.lower() for w in _WORD.findall(text)]
    return any(w.startswith(stem) for w in words for stem in stems)


def heading_line(seg: Segment) -> bool:
    """Whether a translation segment reads as a heading: no full stop at its end, and every word in
    capitals or with a capital but the small words of a title ("Stalin to Churchill, October 3,
    1942", "Politburo Decision on Railway Specialists", "MESSAGE FROM … TO THE PRIME MINISTER")."""
    text = seg.text.strip()
    if seg.side != TARGET or not text or text.endswith((".", "!", "?", ",", ";", ":")):
        return False
    small = _courtesy("en_heading", "lower_words")
    return all(w[:1].isupper() or len(w) <= HEADING_SMALL_WORD or w in small for w in _WORD.findall(text))


def note_in_parentheses(seg: Segment) -> bool:
    """Whether a translation segment is a note in parentheses as a whole ("(The reference is to …)")."""
    text = seg.text.strip()
    return text.startswith("(") and text.endswith(")") and text.count("(") == 1


def bracketed(text: str, start: int, end: int) -> bool:
    """Whether the words of ``text[start:end]`` (an addition's evidence) stand in brackets or
    parentheses, :data:`BRACKETED_SHARE` of their letters or more: a gloss the translator marked as
    his own ("We replied to their note [i.e., the note of May 5, which had gone unanswered]")."""
    letters = {m.start() for m in _LETTER.finditer(text, start, end)}
    if not letters:
        return False
    low, high = max(0, start - _BRACKET_REACH), min(len(text), end + _BRACKET_REACH)
    inside: set[int] = set()
    for m in _BRACKETS.finditer(text, low, high):
        inside.update(at for at in letters if m.start() < at < m.end())
    return len(inside) >= BRACKETED_SHARE * len(letters)


def expansion_reason(seg: Segment, language: str) -> str:
    """Why a translation segment with no original is only a minor addition ("" if it is not an
    expansion of those kinds): a heading, a note in parentheses, a formula of courtesy."""
    if heading_line(seg):
        return " (Minor: it reads as a heading, which an editor or a publisher often adds.)"
    if note_in_parentheses(seg):
        return " (Minor: it is a note in parentheses, an editor's or a translator's as a rule.)"
    if courtesy_formula(seg.text, language):
        return " (Minor: it is a formula of courtesy, which translators add and drop freely.)"
    return ""


#: The note a major finding inside a formula of courtesy gets when it is made minor.
_COURTESY = " (Minor: both sides are a formula of courtesy, wishes or greetings, which translators condense.)"


#: The note a major addition gets when the words it points at stand in brackets.
_BRACKETED = " (Minor: the words stand in brackets, as a gloss the translator marks as his own does.)"
#: The note a major addition gets when the words it points at are a formula of courtesy.
_COURTESY_ADDED = " (Minor: the words are a formula of courtesy, which translators add freely.)"


def courtesy_minor(context: CheckContext, found: Iterator[Finding]) -> Iterator[Finding]:
    """The findings, a major one made minor when both sides of its bead are a formula of courtesy
    («желаем Вам … долгих лет жизни» as "With our best wishes", :func:`.length.courteous_pair`), or
    when the words an addition points at are one ("I remain, yours very sincerely,")."""
    for f in found:
        if f.severity is not Severity.MAJOR:
            pass
        elif (
            f.source
            and f.target
            and courteous_pair(context, context.segments(f.source), context.segments(f.target))
        ):
            f = attrs.evolve(f, severity=Severity.MINOR, message=f.message + _COURTESY)
        elif (
            f.kind == "addition"
            and f.target_evidence
            and all(
                courtesy_formula(context.target_text[e.start : e.end], context.target.language)
                for e in f.target_evidence
            )
        ):
            f = attrs.evolve(f, severity=Severity.MINOR, message=f.message + _COURTESY_ADDED)
        elif (
            f.kind == "addition"
            and f.target_evidence
            and all(bracketed(context.target_text, e.start, e.end) for e in f.target_evidence)
        ):
            f = attrs.evolve(f, severity=Severity.MINOR, message=f.message + _BRACKETED)
        yield f
