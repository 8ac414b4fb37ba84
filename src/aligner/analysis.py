"""The analysis stage: what the checks share about one document, made once per document.

After segmentation, features and alignment, :func:`analyse_document` makes one
:class:`Analysis`, which :class:`~aligner.checks.CheckContext` carries. It holds
the resolved lexicon (the shipped one merged with the user's ``--lexicon``),
the words of each segment (:func:`aligner.tokens.tokens`), the lexicon keys of
words and texts (:class:`WordKeys`), the hidden sentence breaks of a segment,
the repeats of the original's passages, the words of its translated segments,
the second-witness map and the untranslated second witnesses. The checks only
read it.

The parts a run may never ask for (breaks, repeats, witnesses) are found on
first use and kept: a user who runs only the number check pays nothing for them.
The word and key memos are bounded, so that memory does not grow without end with
the number of segments (:data:`MEMO_TEXTS`, :data:`MEMO_SEGMENTS`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

import attrs
import regex

from .features.numbers.lexicon import number_words
from .keys import DIGITS, SOUND, Key, key, word_key_set
from .lexicon import Lexicon
from .model import SOURCE, Alignment, Features, Segment, Side
from .tokens import Token, tokens, words
from .translit import name_key

if TYPE_CHECKING:
    from .checks.repeats import Repeat
    from .checks.witness import WitnessBlock

__all__ = [
    "Analysis",
    "TextKeys",
    "WordKeys",
    "analyse_document",
    "MEMO_SEGMENTS",
    "MEMO_TEXTS",
    "MEMO_TOKENS",
    "MEMO_WORDS",
    "NAME_LETTERS",
    "number_counts",
    "number_keys",
]

#: How many texts' keys and key bags :class:`WordKeys` keeps: a long document's worth, since each
#: rule walks the whole document in turn and asks again for the texts the rules before it read
#: (a few MiB for 10,000 lines; a third of the omission and addition checks' work when forgotten).
MEMO_TEXTS = 32768

#: How many segments' keyed words and hidden breaks are kept (those of the beads a check is
#: looking at: a segment's list of words is large, and asked for again only while its bead is judged).
MEMO_SEGMENTS = 1024

#: How many segments' words :class:`WordKeys` keeps (those of the bead a rule is looking at:
#: a segment's words are asked for again and again only while its bead is judged).
MEMO_TOKENS = 64

#: How many distinct words' keys :class:`WordKeys` keeps (a document's vocabulary, most often).
MEMO_WORDS = 32768

#: The fewest letters of a capitalised word that also gets a key of its sound (a name, most likely).
NAME_LETTERS = 4


@attrs.frozen
class TextKeys:
    """The keys of one text's words: ``sets`` holds those of each word that has any, in order;
    ``known`` counts the words with lexicon entries, ``names`` the capitalised words of
    :data:`NAME_LETTERS` letters or more without any; ``bag`` is every key of every word."""

    sets: tuple[frozenset[Key], ...]
    known: int
    names: int
    bag: frozenset[Key]


_EMPTY: frozenset[Key] = frozenset()
_DIGITS = regex.compile(r"\d+")


def number_keys(text: str) -> frozenset[Key]:
    """The keys of the numbers of ``text``: each run of digits, ``("digits", "1950")``."""
    return frozenset([key(DIGITS, d) for d in _DIGITS.findall(text)])


def number_counts(text: str) -> Counter[Key]:
    """How many times ``text`` gives each of its :func:`number_keys`."""
    return Counter(key(DIGITS, d) for d in _DIGITS.findall(text))


def _number_word_key(word: str, side: str) -> frozenset[Key]:
    """The key of the figures a number word stands for ("twelve", «двенадцать»: ``("digits", "12")``),
    on which a number written out meets the same number in figures on the other side; "one" (an
    article or a pronoun as often as a number) has none."""
    table = number_words("ru" if side == SOURCE else "en")
    lowered = word.lower()
    value = table.get(lowered)
    if value is None and "-" in lowered:  # "fifty-eight", "twenty-first"
        tens, _, units = lowered.partition("-")
        value = _compound(table.get(tens), table.get(units))
    if value is None or value < 2 or value != int(value):
        return frozenset()
    return frozenset([key(DIGITS, str(int(value)))])


def _compound(tens: float | None, units: float | None) -> float | None:
    """The number two number words give together, tens then units ("fifty-eight", «пятьдесят
    восемь»: 58), or ``None`` when they are no such pair."""
    if tens is None or units is None or tens not in _TENS or units not in _UNITS:
        return None
    return tens + units


_TENS = frozenset(range(20, 100, 10))
_UNITS = frozenset(range(1, 10))


def _compound_keys(text: str, side: str) -> set[Key]:
    """The keys of the numbers ``text`` writes out in two words, tens then units («пятьдесят восемь»:
    ``("digits", "58")``), which each word's own key (50, 8) misses."""
    table = number_words("ru" if side == SOURCE else "en")
    values = [table.get(w.lower()) for w in words(text)]
    out: set[Key] = set()
    for tens, units in zip(values, values[1:], strict=False):
        value = _compound(tens, units)
        if value is not None:
            out.add(key(DIGITS, str(int(value))))
    return out


class _HasText(Protocol):
    @property
    def text(self) -> str: ...


class WordKeys:
    """The lexicon keys of words and texts on either side, looked up once and remembered.

    A word's keys are its lexicon entries, and for a capitalised word of
    :data:`NAME_LETTERS` letters or more a key of its sound, on which
    "Экспресс" and "Express" meet (:func:`aligner.translit.name_key`).
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._texts: dict[tuple[str, str], TextKeys] = {}
        self._segments: dict[str, list[tuple[int, frozenset[Key], bool, bool]]] = {}
        self._tokens: dict[str, list[Token]] = {}
        self._entries: dict[tuple[str, str], tuple[frozenset[Key], bool, bool]] = {}
        self._bags: dict[tuple[tuple[str, ...], str], frozenset[Key]] = {}

    def source_keys(self, word: str) -> frozenset[str]:
        """The lexicon keys of a Russian word form (see :meth:`Lexicon.source_keys`)."""
        return self.lexicon.source_keys(word)

    def target_keys(self, word: str) -> frozenset[str]:
        """The lexicon keys of an English word form (see :meth:`Lexicon.target_keys`)."""
        return self.lexicon.target_keys(word)

    def word_keys(self, word: str, side: str) -> frozenset[Key]:
        """A word's lexicon keys (``("word", stem)``), with a key of its sound if it is capitalised."""
        return self._entry(word, side)[0]

    def of(self, item: Segment | _HasText, side: str) -> TextKeys:
        """The keys of a segment's words, of a part of a segment (anything with ``seg``, ``start``
        and ``end``: the words of ``seg.text`` inside ``[start, end)``) or of a text."""
        seg = getattr(item, "seg", None)
        if isinstance(seg, Segment) and seg.side == side:
            return self.of_range(seg, item.start, item.end)  # type: ignore[union-attr]
        return self.of_text(item.text, side)

    def tokens_of(self, seg: Segment) -> list[Token]:
        """The words of a segment with their offsets (:func:`aligner.tokens.tokens`), found once
        for the segments a check is looking at (the memo is bounded, :data:`MEMO_TOKENS`)."""
        found = self._tokens.get(seg.id)
        if found is None:
            found = tokens(seg.text)
            if len(self._tokens) >= MEMO_TOKENS:
                self._tokens.clear()
            self._tokens[seg.id] = found
        return found

    def bag(self, texts: tuple[str, ...], side: str) -> frozenset[Key]:
        """Every key the words of ``texts`` on ``side`` give, and their numbers (runs of digits),
        remembered for the texts a check is looking at."""
        found = self._bags.get((texts, side))
        if found is None:
            out: set[Key] = set()
            for text in texts:
                out.update(number_keys(text))
                out.update(self.of_text(text, side).bag)
                out.update(_compound_keys(text, side))
            found = frozenset(out)
            if len(self._bags) >= MEMO_TEXTS:
                self._bags.clear()
            self._bags[texts, side] = found
        return found

    def _entry(self, word: str, side: str) -> tuple[frozenset[Key], bool, bool]:
        """A word's keys (with a key of its sound if capitalised), whether it has lexicon entries,
        whether it is capitalised and long enough to be a name: looked up once a distinct word."""
        found = self._entries.get((word, side))
        if found is None:
            entries = self.lexicon.source_keys(word) if side == SOURCE else self.lexicon.target_keys(word)
            keys = word_key_set(entries) | _number_word_key(word, side)
            capital = word[:1].isupper() and len(word) >= NAME_LETTERS
            found = (keys | {key(SOUND, name_key(word))} if capital else keys, bool(keys), capital)
            if len(self._entries) >= MEMO_WORDS:
                self._entries.clear()
            self._entries[word, side] = found
        return found

    def word_entries(self, seg: Segment) -> list[tuple[int, frozenset[Key], bool, bool]]:
        """Each word of a segment as ``(start, keys, has an entry, capitalised name-like)``."""
        found = self._segments.get(seg.id)
        if found is not None:
            return found
        entry = self._entry
        found = [(start, *entry(word, seg.side)) for start, _e, word in self.tokens_of(seg)]
        if len(self._segments) >= MEMO_SEGMENTS:
            self._segments.clear()
        self._segments[seg.id] = found
        return found

    def of_range(self, seg: Segment, start: int, end: int) -> TextKeys:
        """The keys of the words of ``seg.text`` that start inside ``[start, end)`` (a part of the
        segment cut at a word's start or after white space, so no word straddles the cut)."""
        return _text_keys(
            (keys, has_entry, capital)
            for at, keys, has_entry, capital in self.word_entries(seg)
            if start <= at < end
        )

    def of_text(self, text: str, side: str) -> TextKeys:
        """The keys of the words of ``text`` on ``side`` (see :class:`TextKeys`)."""
        found = self._texts.get((text, side))
        if found is not None:
            return found
        found = _text_keys(self._entry(word, side) for word in words(text))
        if len(self._texts) >= MEMO_TEXTS:
            self._texts.clear()
        self._texts[text, side] = found
        return found


@attrs.frozen(kw_only=True, eq=False)
class Analysis:
    """What the checks share about one document (see the module's description).

    ``lexicon`` is the resolved lexicon (the shipped one, merged with the
    user's); ``keys`` looks words and texts up in it; ``translated`` holds the
    ids of the original's segments that have a translation.
    """

    lexicon: Lexicon
    source: Side
    target: Side
    alignment: Alignment
    features: Mapping[str, Features] = attrs.field(repr=False)
    source_text: str = attrs.field(repr=False)
    keys: WordKeys = attrs.field(repr=False)
    translated: frozenset[str] = attrs.field(repr=False)
    _memo: dict[Any, Any] = attrs.field(factory=dict, init=False, repr=False)
    _breaks: dict[tuple[bool, str], list[int]] = attrs.field(factory=dict, init=False, repr=False)

    def words(self, seg: Segment) -> list[Token]:
        """The words of a segment with their offsets in its text (:func:`aligner.tokens.tokens`)."""
        return self.keys.tokens_of(seg)

    def breaks(self, seg: Segment, *, loose: bool = False) -> list[int]:
        """The hidden sentence breaks of ``seg`` (strict, or with ``loose`` any capitalised
        word will do; see :func:`aligner.checks.omission.breaks.hidden_breaks`), found once."""
        key = (loose, seg.id)
        found = self._breaks.get(key)
        if found is None:
            from .checks.omission.breaks import segment_breaks

            if len(self._breaks) >= 2 * MEMO_SEGMENTS:  # bounded: the rules look at a bead at a time
                self._breaks.clear()
            found = self._breaks[key] = segment_breaks(self, seg, loose=loose)
        return found

    def _part(self, name: str, build: Any) -> Any:
        if name not in self._memo:
            self._memo[name] = build()
        return self._memo[name]

    @property
    def repeats(self) -> tuple[Repeat, ...]:
        """Every passage of the original's running text that repeats an earlier one
        (:func:`aligner.checks.repeats.find_repeats`)."""
        from .checks.repeats import find_repeats

        return self._part("repeats", lambda: tuple(find_repeats(self.source.segments)))  # type: ignore[no-any-return]

    @property
    def translated_words(self) -> tuple[Mapping[str, list[str]], Mapping[str, list[str]]]:
        """The words of each translated text segment of the original (:func:`~aligner.checks.
        repeats.word_list`), and for each word the ids of the segments holding it, in order."""
        return self._part("translated_words", self._translated_words)  # type: ignore[no-any-return]

    def _translated_words(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        from .checks.repeats import word_list

        words: dict[str, list[str]] = {}
        where: dict[str, list[str]] = defaultdict(list)
        one: dict[str, str] = {}  # one string object a word: a long document repeats most of them
        for other in self.source.segments:
            if other.id in self.translated and other.is_text:
                mine = words[other.id] = [one.setdefault(w, w) for w in word_list(other.text)]
                for word in dict.fromkeys(mine):
                    where[word].append(other.id)
        return words, dict(where)

    @property
    def second_witnesses(self) -> Mapping[str, str]:
        """Each source segment that repeats a passage whose segment is translated (or is
        repeated by one), with the id of the translated segment."""
        return self._part("second_witnesses", self._second_witnesses)  # type: ignore[no-any-return]

    def _second_witnesses(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for rep in self.repeats:
            if rep.earlier.id in self.translated:
                out.setdefault(rep.later.id, rep.earlier.id)
            if rep.later.id in self.translated:
                out.setdefault(rep.earlier.id, rep.later.id)
        return out

    @property
    def witness_blocks(self) -> tuple[WitnessBlock, ...]:
        """Every untranslated second witness of the original (:mod:`aligner.checks.witness`)."""
        from .checks.witness import find_blocks

        return self._part("witness_blocks", lambda: find_blocks(self))  # type: ignore[no-any-return]


def analyse_document(
    source: Side,
    target: Side,
    alignment: Alignment,
    features: Mapping[str, Features],
    *,
    lexicon: Lexicon,
    source_text: str,
    keys: WordKeys | None = None,
) -> Analysis:
    """The analysis of one aligned document, with ``lexicon`` resolved (default plus user); ``keys``
    (made from ``lexicon`` unless given) may carry the word keys an earlier stage looked up."""
    translated = frozenset(sid for bead in alignment for sid in bead.source if bead.target)
    return Analysis(
        lexicon=lexicon,
        source=source,
        target=target,
        alignment=alignment,
        features=features,
        source_text=source_text,
        keys=keys if keys is not None else WordKeys(lexicon),
        translated=translated,
    )


def _text_keys(entries: Iterable[tuple[frozenset[Key], bool, bool]]) -> TextKeys:
    """The :class:`TextKeys` of words given as (keys, has a lexicon entry, capitalised)."""
    sets: list[frozenset[Key]] = []
    known = names = 0
    for keys, has_entry, capital in entries:
        if has_entry:
            known += 1
        elif capital:
            names += 1
        if keys:
            sets.append(keys)
    bag = frozenset().union(*sets) if sets else _EMPTY
    return TextKeys(sets=tuple(sets), known=known, names=names, bag=bag)
