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
- ``ocr.run_together`` (info): a preposition run into its word ("Сглубоким").

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
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Collection, Iterable, Iterator

import regex
from rapidfuzz import fuzz

from ..config import Config
from ..lexicon import DEFAULT_LEXICON_FILE
from ..model import Finding, Segment, Severity, Span
from ..morph import ru_is_known, ru_stem
from ..resources import data_lines
from ..spelling import (
    EDIT_KINDS,
    impossible_sequence,
    is_known_form,
    misreadings,
    mixed_script,
    run_on_split,
    suggest,
    to_cyrillic,
)
from ..tokens import HYPHENS, tokens, words
from ..translit import name_key, romanizations
from . import CheckContext
from .name import words_alike

__all__ = ["check_ocr", "MIN_WORD", "NAME_EDITS", "NOTE_RULES", "word_problems", "recurring_unknowns"]

#: The shortest word (in letters) checked for misspelling: shorter ones have too many neighbours.
MIN_WORD = 5

#: Rules whose findings are notes (``info``): a lost space garbles no word's meaning.
NOTE_RULES = frozenset(("ocr.run_together",))

#: Edits that may turn a capitalised unknown word into a known one (a dropped or swapped letter).
NAME_EDITS = ("delete", "transpose")

_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")
_LATIN = regex.compile(r"\p{Script=Latin}")
# Latin words of four letters or more, and capitalised shorter ones ("Han", "Ob": names)
_LATIN_WORD = regex.compile(r"(?<!\p{L})(?:\p{Script=Latin}{4,}|\p{Lu}\p{Script=Latin}{1,2})(?!\p{L})")
# "незави- симость": letters, a hyphen, one space, lower-case letters (a broken word).
_HYPHEN_SPACE = regex.compile(r"(?<![\p{L}-])(\p{L}+)[-\u2010\u2011\u00ad] (\p{Ll}+)(?!\p{L})")
# Four or more single letters each followed by one space: "в о й с к а", "Ш Т Ы К О В".
_SPACED = regex.compile(r"(?<![\p{L}\p{N}])\p{L}(?: \p{L}){3,}(?![\p{L}\p{N}])")


def _q(word: str) -> str:
    return f"“{word}”"


#: The shortest sound key (:func:`aligner.translit.name_key`) compared by :func:`_latin_likeness`;
#: keys are compared only when they open alike ("окружеио" must not sound like "area").
_MIN_KEY = 3


def _latin_likeness(word: str, latin_words: Collection[str]) -> tuple[float, float]:
    """How closely (0-100) one of ``latin_words`` spells ``word`` in Latin letters: by a
    romanisation of it, and by the sound key both share (:func:`aligner.translit.name_key`:
    "ковида" and "Covid", "Джуфре" and "Jufra", where spellings differ more than sounds)."""
    forms = [r.lower() for r in romanizations(word)]
    key = name_key(word).replace(" ", "")
    spelt = sounded = 0.0
    for other in latin_words:
        low = other.lower()
        spelt = max(spelt, *(fuzz.ratio(f, low) for f in forms))
        theirs = name_key(other).replace(" ", "")
        if min(len(key), len(theirs)) >= _MIN_KEY and key[:2] == theirs[:2]:
            sounded = max(sounded, fuzz.ratio(key, theirs))
    return spelt, sounded


def _spelled_in(word: str, guess: str, latin_words: Collection[str]) -> bool:
    """Whether the translation spells ``word`` itself in Latin letters, better than ``guess``:
    by its romanisation (80 or more), or failing that by its sound (85 or more; when ``word``
    and ``guess`` sound alike, the closer spelling decides: "койра" beside "coir", not
    "кора"; "Сибирии" beside "Siberia" stays a garble of "Сибири")."""
    if not latin_words:
        return False
    spelt, sounded = _latin_likeness(word, latin_words)
    guess_spelt, guess_sounded = _latin_likeness(guess, latin_words)
    if spelt >= 80 and spelt > guess_spelt:
        return True
    if sounded < 85:
        return False
    return sounded > guess_sounded or (sounded == guess_sounded and spelt > guess_spelt)


#: How closely (0-100) a Latin word of the translation must spell a corrected name.
MISREAD_SPELT = 88
#: How closely (0-100) at most the uncorrected name may spell it.
MISREAD_OWN = 85


def _misread_name(word: str, latin_words: Collection[str]) -> tuple[str, str] | None:
    """A capitalised word one confusable letter away (``spelling_ru.toml``) from the name the
    translation spells ("Ваторе" and "Bator": "Баторе"), with that Latin word; else ``None``."""
    if not latin_words:
        return None
    best: tuple[float, str, str] | None = None
    for fixed in misreadings(word):
        for other in latin_words:
            score = max(fuzz.ratio(r.lower(), other.lower()) for r in romanizations(fixed))
            if score >= MISREAD_SPELT and (best is None or score > best[0]):
                best = (score, fixed, other)
    if best is None:
        return None
    own = max(fuzz.ratio(r.lower(), best[2].lower()) for r in romanizations(word))
    # the word as it stands must spell the Latin one poorly ("Нарендры" is Narendra inflected)
    return (best[1], best[2]) if own < MISREAD_OWN else None


def _misread_word(word: str) -> str | None:
    """A known form one OCR-confusable letter from ``word``, the first letter kept."""
    for fixed in misreadings(word[1:]):
        if ru_is_known(word[:1] + fixed):
            return word[:1] + fixed
    return None


def _renders_name(word: str, guess: str, latin_words: Collection[str]) -> bool:
    """Whether the translation renders the capitalised ``word`` as a name and not ``guess``
    ("Ханган" beside "Han": the Korean river; "Сибирии" beside "Siberia" stays a garble)."""
    sounds = [w for w in latin_words if w[:1].isupper() and words_alike(word, w)]
    return bool(sounds) and not any(words_alike(guess, w) for w in sounds)


def word_problems(
    word: str, *, recurring: Collection[str] = (), latin_words: Collection[str] = ()
) -> tuple[str, str] | None:
    """The rule and the historian's message for one word of the original, or ``None``.

    ``recurring`` holds the stems (:func:`aligner.morph.ru_stem`) of unknown
    words the original uses more than once, ``latin_words`` the Latin-script
    words of the translation's bead. ``word_problems("Сибирии")`` gives
    ``("ocr.near_known", "“Сибирии” is not a Russian word form; perhaps “Сибири” …")``.
    """
    if not _CYRILLIC.search(word):
        return None
    if any(mixed_script(part) for part in word.split("-")):
        latin = "".join(dict.fromkeys(_LATIN.findall(word)))
        message = (
            f"{_q(word)} mixes Latin and Cyrillic letters (Latin {_q(latin)}); "
            f"read {_q(to_cyrillic(word))} (an OCR fault: the letters look alike)."
        )
        return "ocr.mixed_script", message
    if "-" in word and not is_known_form(word):
        joined = word.replace("-", "")
        if is_known_form(joined):
            message = (
                f"{_q(word)} is no Russian word form; without the hyphen it reads "
                f"{_q(joined)} (a line-break hyphen left in the transcription?)."
            )
            return "ocr.hyphen_left", message
    if "-" in word and not word.isupper():
        if is_known_form(word):
            return None
        # "самодетов-истребителей", "Улан-Ваторе": each unknown part on its own, but not
        # the linking first part of a compound ("северо-", "военно-")
        parts = word.split("-")
        for n, part in enumerate(parts):
            if n < len(parts) - 1 and part.lower().endswith(("о", "е")):
                continue
            if not part or is_known_form(part):
                continue
            if part[:1].isupper():
                problem = word_problems(part, recurring=recurring, latin_words=latin_words)
                if problem is not None:
                    return problem
                continue
            # a lower-case part only for a misread letter ("самодетов-"): compounds hold
            # words the dictionary lacks ("водно-гелевая")
            guess = _misread_word(part)
            if guess is not None and len(part) >= MIN_WORD and not _spelled_in(part, guess, latin_words):
                message = (
                    f"{_q(part)} is not a Russian word form; perhaps {_q(guess)} (an OCR or typing error?)."
                )
                return "ocr.near_known", message
        return None
    if word.isupper() or len(word) < MIN_WORD or is_known_form(word):
        return None
    if ru_stem(word) in recurring:
        return None
    split = run_on_split(word)
    if split is not None and not _spelled_in(word, split[1], latin_words):
        message = f"{_q(word)} reads as two words run together: {_q(' '.join(split))} (a lost space?)."
        return "ocr.run_together", message
    capitalised = word[:1].isupper()
    if capitalised:
        misread = _misread_name(word, latin_words)
        if misread is not None:
            fixed, rendered = misread
            message = (
                f"{_q(word)} is not a Russian word form; the translation gives {_q(rendered)}, "
                f"which renders {_q(fixed)} (an OCR misreading of one letter?)."
            )
            return "ocr.misread_name", message
    guess = suggest(word, min_length=MIN_WORD, kinds=NAME_EDITS if capitalised else EDIT_KINDS)
    if guess is not None:
        if _spelled_in(word, guess, latin_words):
            return None
        if capitalised and _renders_name(word, guess, latin_words):
            return None
        message = f"{_q(word)} is not a Russian word form; perhaps {_q(guess)} (an OCR or typing error?)."
        return "ocr.near_known", message
    bad = impossible_sequence(word)
    if bad is not None and not capitalised:
        message = (
            f"{_q(word)} is not a Russian word form: no Russian word has {_q(bad)} (an OCR or typing error?)."
        )
        return "ocr.impossible_letters", message
    return None


def recurring_unknowns(texts: Iterable[str]) -> frozenset[str]:
    """The stems of words unknown to the dictionary that ``texts`` use twice or more ("зеленск")."""
    counts: Counter[str] = Counter()
    for text in texts:
        for word in words(text, joiners=HYPHENS):
            if len(word) >= MIN_WORD and _CYRILLIC.search(word) and not is_known_form(word):
                counts[ru_stem(word)] += 1
    return frozenset(stem for stem, n in counts.items() if n > 1)


def _finding(seg: Segment, span: Span, severity: Severity, message: str, rule: str) -> Finding:
    return Finding(
        kind="ocr",
        severity=severity,
        source=(seg.id,),
        source_evidence=(span,),
        message=message,
        rule=rule,
    )


def _segment_findings(
    seg: Segment, raw: str, recurring: Collection[str], latin_words: Collection[str]
) -> Iterator[Finding]:
    text = seg.text
    claimed: list[tuple[int, int]] = []
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
    for start, end, word in tokens(text, joiners=HYPHENS):
        if any(a <= start < b for a, b in claimed):
            continue
        problem = word_problems(word, recurring=recurring, latin_words=latin_words)
        if problem is not None:
            rule, message = problem
            severity = Severity.INFO if rule in NOTE_RULES else Severity.MINOR
            yield _finding(seg, seg.raw_span(start, end), severity, message, rule)
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


# A digit one (or an l) read for the pronoun "I" before a verb only "I" takes ("1 am able",
# "1 have received"), where a sentence, a clause or a conjunction opens: not a time ("at
# 1 am on") nor a count ("only 1 was lost").
_ONE_FOR_I = regex.compile(
    r"(?:^|(?<=[.,;:!?\"“(]\s{1,2})|(?<=\b(?:and|but|that|so|as|if|when|which|because|now|then)\s))"
    r"([1l|]) (am(?= (?!on\b|and\b|to\b|or\b|local\b|time\b)[a-z])|have|had|was|shall|will|should|would|"
    r"think|hope|trust|wish|believe|regret|agree|consider|know|received|cannot|can|must|beg)\b",
    regex.MULTILINE,
)


# A possessive: "Peopl's", "Governmen's" (a letter dropped before the apostrophe).
_POSSESSIVE = regex.compile(r"(?<![\p{L}'’])(\p{Latin}{4,})['’]s\b")


@functools.cache
def _english_words() -> frozenset[str]:
    """English word forms as the shipped lexicon and the function-word list spell them."""
    words = {w.lower() for w in data_lines("stopwords_en.txt")}
    for entry in data_lines(DEFAULT_LEXICON_FILE):
        english, sep, _ = entry.partition("@")
        if sep:
            words.update(w.lower() for w in regex.findall(r"\p{Latin}+", english))
    return frozenset(words)


def _dropped_letter(word: str) -> str | None:
    """The English word ``word`` reads as with one letter put back ("Peopl": "People")."""
    known = _english_words()
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
            if fixed is None:
                continue
            yield Finding(
                kind="ocr",
                severity=Severity.INFO,
                target=(seg.id,),
                target_evidence=(Span(seg.span.start + m.start(), seg.span.start + m.end()),),
                message=(
                    f"The translation reads {_q(m.group())}: read "
                    f"{_q(fixed + m.group()[len(m.group(1)) :])} (a letter lost in the transcription)."
                ),
                rule="ocr.dropped_letter_en",
            )
        for m in _ONE_FOR_I.finditer(raw):
            yield Finding(
                kind="ocr",
                severity=Severity.INFO,
                target=(seg.id,),
                target_evidence=(Span(seg.span.start + m.start(), seg.span.start + m.end()),),
                message=(
                    f"The translation reads {_q(m.group())}: read {_q('I ' + m.group(2))} "
                    "(an OCR slip in the translation, not a number)."
                ),
                rule="ocr.digit_for_letter",
            )


def check_ocr(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report words of the original's running text that look garbled by OCR or by the typist."""
    segments = [s for s in context.source.segments if s.is_text]
    recurring = recurring_unknowns(s.text for s in segments)
    partners: dict[str, list[str]] = {}
    for bead, _src, tgt in context.text_beads():
        latin = [w for t in tgt for w in _LATIN_WORD.findall(t.text)]
        for sid in bead.source:
            partners[sid] = latin
    for seg in segments:
        raw = seg.span.of(context.source_text)
        yield from _segment_findings(seg, raw, recurring, partners.get(seg.id, ()))
    yield from _target_findings(context)
