"""Keys: what a word or a text offers to be matched against the other side, by kind.

A key is a pair ``(kind, text)``: ``("word", "advisor")`` for a lexicon entry
(an English stem both a Russian and an English word may give), ``("number",
"(1950,)")``, ``("date", "1950-07-08")``, ``("name", "kim il sung")``,
``("term", "headquarters")``, ``("cognate", "sovi")``, ``("punctuation", "?")``,
``("learned", "advis")`` for a word pair learned from a first alignment, ``("sound",
"ekspress")`` for a capitalised word's sound and ``("digits", "1950")`` for a run of
digits. Keys of two kinds never meet, whatever their text. The scorer
(:mod:`aligner.scoring_keys`) and the checks' word keys (:class:`aligner.analysis.WordKeys`)
both build them.
"""

from __future__ import annotations

__all__ = [
    "Key",
    "NUMBER",
    "DATE",
    "NAME",
    "TERM",
    "COGNATE",
    "PUNCTUATION",
    "LEARNED",
    "WORD",
    "SOUND",
    "DIGITS",
    "ANCHOR_KINDS",
    "key",
    "word_key",
    "word_key_set",
]

#: A key: its kind (one of the constants below) and its text.
Key = tuple[str, str]

#: The kinds of key: anchors (numbers, dates, names, titles and terms), cognates,
#: punctuation, learned word pairs and lexicon words, and for the checks a word's sound
#: and a run of digits.
NUMBER, DATE, NAME, TERM = "number", "date", "name", "term"
COGNATE, PUNCTUATION, LEARNED, WORD = "cognate", "punctuation", "learned", "word"
SOUND, DIGITS = "sound", "digits"
#: The kinds of key that anchor an alignment (weighed more, and paired across the texts).
ANCHOR_KINDS = frozenset((NUMBER, DATE, NAME, TERM))

#: One key object for each kind and text, so that a key met in many segments compares by
#: identity (a tuple's hash is not kept, and two equal tuples compare item by item).
_KEYS: dict[str, dict[str, Key]] = {}
#: The most keys of one kind kept (then they are dropped, and made again when met).
_MAX_KEYS = 200_000
#: The keys of lexicon words (the lexicon's words are few).
_WORD_KEYS: dict[str, Key] = _KEYS.setdefault(WORD, {})


def key(kind: str, text: str) -> Key:
    """The key ``(kind, text)``, one object for each kind and text (see :data:`_KEYS`)."""
    table = _KEYS.get(kind)
    if table is None:
        table = _KEYS[kind] = {}
    found = table.get(text)
    if found is None:
        if len(table) >= _MAX_KEYS:
            table.clear()
        found = table[text] = (kind, text)
    return found


def word_key(text: str) -> Key:
    """The key of a lexicon word, ``("word", text)``, one object for each text."""
    found = _WORD_KEYS.get(text)
    if found is None:
        found = key(WORD, text)
    return found


def word_key_set(texts: frozenset[str]) -> frozenset[Key]:
    """The keys of a word's lexicon entries (see :func:`word_key`)."""
    return frozenset([word_key(t) for t in texts]) if texts else frozenset()
