"""Scorers: how likely a group of source sentences translates a group of target sentences.

The aligner (:mod:`aligner.align`) searches for the cheapest chain of *beads*;
a scorer says what one candidate bead costs. A scorer is prepared once for a
pair of texts (:meth:`Scorer.prepare`), which is where it reads every
segment's features and precomputes what it needs, and the prepared object then
costs candidate beads by index range: ``score(i0, i1, j0, j1)`` costs the bead
holding ``source[i0:i1]`` and ``target[j0:j1]``.

The default, :class:`LexicalScorer`, adds up two kinds of evidence:

- Gale & Church's (1993) length model: the length in characters of a
  translation is roughly proportional to its original's, with a variance
  growing with the length; the ratio is estimated from the two texts' total
  lengths. Bead shapes have prior probabilities (1-1 the most likely, 2-1 and
  1-2 less so, 2-2 and omissions or additions rare).
- What the two sides share: words that translate each other (keys of a
  bilingual lexicon, see :class:`WordKeys`), cognates recognised through
  romanisation (советских ~ Soviet), and, as strong anchors, equal numbers,
  dates, names, titles and terms. A key shared by few sentences weighs more
  than a common one. A pair sharing nothing pays a penalty, so two unrelated
  sentences are better left as an omission and an addition than forced
  together.
"""

from __future__ import annotations

import functools
import math
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

import attrs
import regex

from .config import Config
from .errors import AlignerError, ConfigError
from .model import Features, Mention, Segment
from .morph import WORD_RE, en_stem, ru_lemmas
from .resources import data_lines
from .translit import has_cyrillic, name_key

__all__ = [
    "WordKeys",
    "Scorer",
    "PreparedScorer",
    "LexicalScorer",
    "default_word_keys",
    "LengthScorer",
    "SCORERS",
    "get_scorer",
    "basic_features",
    "cognate_key",
    "SHAPE_PRIORS",
    "learn_word_pairs",
]


class WordKeys(Protocol):
    """A bilingual lexicon seen by the scorer: word forms of both languages mapped to shared keys.

    ``source_keys("советников")`` and ``target_keys("advisors")`` both contain
    ``"advisor"``; a word the lexicon does not know gives an empty set.
    :class:`aligner.lexicon.Lexicon` is one.
    """

    def source_keys(self, word: str) -> frozenset[str]:
        """The keys of a Russian word form (English stems of its translations)."""
        ...

    def target_keys(self, word: str) -> frozenset[str]:
        """The keys of an English word form (its stem, if the lexicon knows it)."""
        ...


@runtime_checkable
class PreparedScorer(Protocol):
    """A scorer bound to one pair of texts, costing beads by index ranges of their text segments."""

    def score(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The score of the bead holding ``source[i0:i1]`` and ``target[j0:j1]``.

        Either side may be empty (an omission or an addition), never both.
        """
        ...

    def explain(self, i0: int, i1: int, j0: int, j1: int) -> tuple[float, str]:
        """The bead's confidence in [0, 1] (higher is better) and the name of what carried it."""
        ...

    def anchors(self) -> Sequence[tuple[int, int]]:
        """Pairs ``(i, j)`` of source and target segments almost surely aligned (may be empty).

        The aligner uses them only to guess where to search; they do not force
        the result.
        """
        ...


@runtime_checkable
class Scorer(Protocol):
    """Something that costs candidate beads. ``name`` goes into the alignment's signature.

    ``higher_is_better`` tells the aligner whether it should maximise
    (``True``) or minimise (``False``) the sum of the scores of the beads.
    """

    @property
    def name(self) -> str:
        """The scorer's name in an alignment's signature."""
        ...

    @property
    def higher_is_better(self) -> bool:
        """Whether a bead with a higher score is a better bead."""
        ...

    def prepare(
        self,
        source: Sequence[Segment],
        target: Sequence[Segment],
        *,
        features: Mapping[str, Features],
        config: Config,
    ) -> PreparedScorer:
        """Bind the scorer to the text segments of the two sides, in order, and their features.

        ``features`` holds an entry for every segment passed.
        """
        ...


#: Prior probabilities of bead shapes (Gale & Church 1993, Table 5), keyed by ``(source, target)``.
#: Shapes not listed (3-1, 2-3 …) get the smallest prior, halved for each extra segment.
SHAPE_PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.89,
    (1, 0): 0.0099 / 2,
    (0, 1): 0.0099 / 2,
    (2, 1): 0.089 / 2,
    (1, 2): 0.089 / 2,
    (2, 2): 0.011,
}

#: Gale & Church's variance of the length ratio, per character.
GC_VARIANCE = 6.8

_SQRT2 = math.sqrt(2.0)
_NUMBER_RE = regex.compile(r"\d+(?:[.,]\d+)?")
#: Weight of an anchor key (number, date, name, title, term) relative to a word key.
_ANCHOR_WEIGHT = 2.5
#: Shortest word (letters) and shortest coarse key that give a cognate key.
_COGNATE_MIN_WORD = 4
_COGNATE_PREFIX = 4
#: Characters of evidence the length ratio's prior of 1 is worth.
_RATIO_PRIOR_CHARS = 500.0
#: How far (in segments, plus twice the square root of the length) an anchor may stray.
_ANCHOR_REACH = 20.0


def _prior(shape: tuple[int, int]) -> float:
    prior = SHAPE_PRIORS.get(shape)
    if prior is not None:
        return prior
    extra = max(0, shape[0] + shape[1] - 4)
    return min(SHAPE_PRIORS.values()) / (2**extra)


def _length_cost(l1: float, l2: float, ratio: float) -> float:
    """Gale & Church's -log P(delta) for a source of ``l1`` and a target of ``l2`` characters."""
    mean = (l1 + l2 / ratio) / 2.0
    if mean <= 0:
        return 0.0
    delta = abs(l2 - l1 * ratio) / math.sqrt(mean * GC_VARIANCE)
    tail = math.erfc(delta / _SQRT2)
    if tail > 1e-300:
        return -math.log(tail)
    # Asymptotic form of -log erfc(x / sqrt 2) where erfc underflows.
    return delta * delta / 2.0 + math.log(delta * math.sqrt(math.pi / 2.0))


@functools.cache
def _english_stopwords() -> frozenset[str]:
    try:
        return frozenset(w.lower() for w in data_lines("stopwords_en.txt"))
    except ConfigError:
        return frozenset()


@functools.lru_cache(maxsize=200_000)
def cognate_key(word: str) -> str:
    """A coarse cross-script key of a content word, or ``""`` for a short or function word.

    The first letters of :func:`aligner.translit.name_key` of the word, so that
    ``cognate_key("советских") == cognate_key("Soviet")`` and
    ``cognate_key("Корейской") == cognate_key("Korean")``.
    """
    letters = sum(ch.isalpha() for ch in word)
    if letters < _COGNATE_MIN_WORD:
        return ""
    if not has_cyrillic(word) and word.lower() in _english_stopwords():
        return ""
    key = name_key(word).replace(" ", "")
    if len(key) < _COGNATE_PREFIX:
        return ""
    return key[:_COGNATE_PREFIX]


def basic_features(segment: Segment) -> Features:
    """Features read from a segment's text alone: its length, words and numbers.

    A fallback for segments given without features (and for tests and
    benchmarks); :func:`aligner.features.analyse` finds much more.
    """
    from .features.values import NumberValue

    numbers = []
    for match in _NUMBER_RE.finditer(segment.text):
        value = float(match.group().replace(",", "."))
        span = segment.raw_span(match.start(), match.end())
        number = NumberValue((value,))
        numbers.append(Mention(kind="number", value=number, text=match.group(), span=span, rule="digits"))
    words = tuple(m.group().lower() for m in WORD_RE.finditer(segment.text))
    return Features(segment_id=segment.id, length=len(segment.text), numbers=tuple(numbers), words=words)


#: Punctuation that survives translation, folded to one key per kind (both quote styles meet).
_PUNCTUATION = (
    (regex.compile(r"\?"), "?"),
    (regex.compile(r"!"), "!"),
    (regex.compile(r":"), ":"),
    (regex.compile(r";"), ";"),
    (regex.compile(r"[()\[\]]"), "("),
    (regex.compile(r"[\p{Pi}\p{Pf}\"«»„“”]"), '"'),
    (regex.compile(r"…|\.\.\."), "…"),
    (regex.compile(r"^\s*[-–—]"), "—"),
)


def _punctuation_keys(text: str) -> list[str]:
    """Keys of the punctuation kinds a segment uses (a question mark, quotes, a colon …)."""
    return ["%" + key for pattern, key in _PUNCTUATION if pattern.search(text)]


def _mention_keys(features: Features) -> list[str]:
    """Anchor keys of a segment: numbers, dates, names, titles and terms, each tagged by kind."""
    keys = []
    for mention in features.numbers:
        keys.append("#" + repr(mention.number.amounts))
    for mention in features.dates:
        keys.append("@" + str(mention.value))
    for mention in features.names:
        value = str(mention.value)
        keys.append("$" + value)
        # Each word of a name of several, so that "Justin Cauley" meets "Cauley" alone.
        parts = value.split()
        if len(parts) > 1:
            keys.extend("$" + part for part in parts if len(part) >= _NAME_PART_LETTERS)
    for mention in features.titles + features.terms:
        keys.append("!" + str(mention.value))
    return keys


#: The shortest word of a name's key that is a key of its own (shorter ones meet by chance).
_NAME_PART_LETTERS = 4

_ANCHOR_RULES = {"#": "anchor:number", "@": "anchor:date", "$": "anchor:name", "!": "anchor:term"}
#: How a shared key is named in an explanation, by its first character (words have none).
_KIND_NAMES = {
    "#": ("number", "numbers"),
    "@": ("date", "dates"),
    "$": ("name", "names"),
    "!": ("term", "terms"),
    "~": ("cognate", "cognates"),
    "%": ("punctuation", "punctuation"),
}
#: Among equally rare keys, explanations prefer numbers, dates, names, terms, words, then the rest.
_KIND_ORDER = {"#": 0, "@": 1, "$": 2, "!": 3, "~": 5, "%": 6}
#: The most pieces of shared evidence an explanation names.
_EXPLAIN_ITEMS = 5


def _kind_rank(kind: tuple[str, str]) -> int:
    """Explanations list numbers, dates, names, terms, words, cognates, then punctuation."""
    order = ["number", "date", "name", "term", "word", "cognate", "punctuation"]
    return order.index(kind[0])


def _only(features: Features, mention: Mention) -> Features:
    """Features holding one mention alone (to find the keys that mention gives)."""
    field = {
        "number": "numbers",
        "date": "dates",
        "name": "names",
        "title": "titles",
        "term": "terms",
    }.get(mention.kind)
    if field is None:
        return Features(segment_id=features.segment_id, length=0)
    alone: dict[str, Any] = {field: (mention,)}
    return Features(segment_id=features.segment_id, length=0, **alone)


class _EmptyLexicon:
    """A lexicon that knows no word (used when none is given and none is installed)."""

    def source_keys(self, word: str) -> frozenset[str]:
        return frozenset()

    def target_keys(self, word: str) -> frozenset[str]:
        return frozenset()


def default_word_keys() -> WordKeys:
    """The shipped lexicon as the scorer sees it (loaded once)."""
    return _default_lexicon()


def _default_lexicon() -> WordKeys:
    try:
        from .lexicon import default_lexicon

        return default_lexicon()
    except (ImportError, AlignerError):
        return _EmptyLexicon()


def _pair_set(pairs: Iterable[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """Learned word pairs as a frozen set (the converter of ``LexicalScorer.learned_pairs``)."""
    return frozenset(pairs)


@attrs.frozen(kw_only=True)
class LexicalScorer:
    """The default scorer: Gale–Church length cost and shape priors, minus shared evidence.

    - ``lexicon``: the bilingual lexicon (``None``: the one shipped with
      aligner, or none if it is not installed).
    - ``lexical_weight``: how many nats a perfect lexical match is worth.
    - ``expected_similarity``: the similarity of a typical true pair; a pair
      sharing less pays for the difference.
    - ``cognates``: whether romanised cognates count as shared words.
    - ``punctuation``: whether shared question marks, quotes, colons … count.
    - ``gap_prior``: the probability of an omission (or an addition) of one
      segment; higher than Gale & Church's, since archival translations leave
      out more than their parliamentary proceedings did.
    - ``unrelated_penalty``: nats added to a bead whose two sides both carry
      evidence (known words, numbers, names, cognates) and share none of it,
      however short they are: a short fragment that matches nothing should not
      take a translation away from the segment that shares its words.
    - ``learned_pairs``: extra word pairs ``(Russian lemma, English stem)``
      taken as translations of each other, as :func:`learn_word_pairs` finds
      them in a first alignment (the second pass, ``Config.second_pass``).

    The defaults were calibrated on the WMT22 Russian-English test set with
    sentences joined, split, dropped and inserted at random.
    """

    lexicon: WordKeys | None = attrs.field(default=None, eq=False, repr=False)
    lexical_weight: float = 20.0
    expected_similarity: float = 0.15
    cognates: bool = True
    punctuation: bool = True
    gap_prior: float = 0.02
    unrelated_penalty: float = 3.0
    learned_pairs: frozenset[tuple[str, str]] = attrs.field(default=frozenset(), converter=_pair_set)
    higher_is_better: bool = attrs.field(default=False, init=False)

    @property
    def name(self) -> str:
        """The scorer's name in an alignment's signature."""
        parts = ["length", "lexicon"]
        if self.cognates:
            parts.append("cognates")
        parts.append("anchors")
        return "+".join(parts)

    def prepare(
        self,
        source: Sequence[Segment],
        target: Sequence[Segment],
        *,
        features: Mapping[str, Features],
        config: Config,
    ) -> _PreparedLexical:
        """Precompute each segment's weighted key set and the texts' length ratio."""
        lexicon = self.lexicon if self.lexicon is not None else _default_lexicon()
        learned = _Learned(lexicon, self.learned_pairs)
        # each distinct word's keys are worked out once per alignment, not once per occurrence
        src_words = _memo(functools.partial(self._word_keys, lookup=learned.source_keys))
        tgt_words = _memo(functools.partial(self._word_keys, lookup=learned.target_keys))
        src_keys = [self._keys(s, features[s.id], src_words) for s in source]
        tgt_keys = [self._keys(t, features[t.id], tgt_words) for t in target]
        return _PreparedLexical(
            source=[features[s.id] for s in source],
            target=[features[t.id] for t in target],
            src_keys=src_keys,
            tgt_keys=tgt_keys,
            word_keys=tgt_words,
            lexical_weight=self.lexical_weight,
            expected_similarity=self.expected_similarity,
            gap_prior=self.gap_prior,
            unrelated_penalty=self.unrelated_penalty,
        )

    def _keys(self, segment: Segment, features: Features, word_keys: _Lookup) -> frozenset[str]:
        keys: set[str] = set(_mention_keys(features))
        if self.punctuation:
            keys.update(_punctuation_keys(segment.text))
        for word in features.words:
            keys.update(word_keys(word))
        return frozenset(keys)

    def _word_keys(self, word: str, *, lookup: _Lookup) -> frozenset[str]:
        """The keys one word gives: its lexicon keys and its cognate key."""
        keys = lookup(word)
        if self.cognates:
            key = cognate_key(word)
            if key:
                return keys | {"~" + key}
        return keys


class _Lookup(Protocol):
    def __call__(self, word: str) -> frozenset[str]: ...


def _memo(lookup: _Lookup) -> _Lookup:
    """``lookup`` with its answers kept, word by word, for as long as the returned function lives."""
    kept: dict[str, frozenset[str]] = {}

    def keys(word: str) -> frozenset[str]:
        found = kept.get(word)
        if found is None:
            found = kept[word] = lookup(word)
        return found

    return keys


class _Learned:
    """A lexicon with learned pairs added: a word of a learned pair also gets the key ``+stem``."""

    def __init__(self, lexicon: WordKeys, pairs: frozenset[tuple[str, str]]) -> None:
        self._lexicon = lexicon
        self._by_lemma: dict[str, set[str]] = {}
        for lemma, stem in pairs:
            self._by_lemma.setdefault(lemma, set()).add(stem)
        self._stems = {stem for _, stem in pairs}

    def source_keys(self, word: str) -> frozenset[str]:
        keys = self._lexicon.source_keys(word)
        if not self._by_lemma or not has_cyrillic(word):
            return keys
        extra = {"+" + st for lemma in ru_lemmas(word) for st in self._by_lemma.get(lemma, ())}
        return keys | extra if extra else keys

    def target_keys(self, word: str) -> frozenset[str]:
        keys = self._lexicon.target_keys(word)
        if self._stems and not has_cyrillic(word):
            stem = en_stem(word)
            if stem in self._stems:
                return keys | {"+" + stem}
        return keys


@functools.cache
def _russian_stopwords() -> frozenset[str]:
    try:
        return frozenset(w.lower() for w in data_lines("stopwords_ru.txt"))
    except ConfigError:
        return frozenset()


#: Shortest word (letters) that takes part in learning word pairs.
_LEARN_MIN_WORD = 4


def learn_word_pairs(
    beads: Iterable[tuple[Sequence[str], Sequence[str]]],
    *,
    lexicon: WordKeys | None = None,
    min_count: int = 2,
    min_dice: float = 0.6,
) -> frozenset[tuple[str, str]]:
    """Word pairs ``(Russian lemma, English stem)`` that keep occurring together in sure beads.

    ``beads`` gives, for each sure 1-1 bead of a first alignment, the words of
    its source and of its target. A lemma and a stem are paired when they meet
    in at least ``min_count`` beads and their Dice coefficient (twice the beads
    holding both over the beads holding either) is at least ``min_dice``; each
    lemma keeps its best stem only, and pairs the lexicon already knows are
    left out. Content words only: stop words and words shorter than four
    letters take no part.
    """
    known = lexicon if lexicon is not None else _default_lexicon()
    ru_stop = _russian_stopwords()
    en_stop = _english_stopwords()
    lemma_count: dict[str, int] = {}
    stem_count: dict[str, int] = {}
    both: dict[tuple[str, str], int] = {}
    for src_words, tgt_words in beads:
        lemmas = {
            ru_lemmas(w)[0]
            for w in src_words
            if len(w) >= _LEARN_MIN_WORD and has_cyrillic(w) and w.lower() not in ru_stop
        }
        stems = {
            en_stem(w)
            for w in tgt_words
            if len(w) >= _LEARN_MIN_WORD and not has_cyrillic(w) and w.lower() not in en_stop
        }
        for lemma in lemmas:
            lemma_count[lemma] = lemma_count.get(lemma, 0) + 1
        for stem in stems:
            stem_count[stem] = stem_count.get(stem, 0) + 1
        for lemma in lemmas:
            for stem in stems:
                both[(lemma, stem)] = both.get((lemma, stem), 0) + 1
    best: dict[str, tuple[float, str]] = {}
    for (lemma, stem), count in both.items():
        if count < min_count:
            continue
        dice = 2.0 * count / (lemma_count[lemma] + stem_count[stem])
        if dice < min_dice or stem in known.source_keys(lemma):
            continue
        if lemma not in best or (-dice, stem) < (-best[lemma][0], best[lemma][1]):
            best[lemma] = (dice, stem)
    return frozenset((lemma, stem) for lemma, (_, stem) in best.items())


@attrs.frozen(kw_only=True)
class LengthScorer:
    """Gale & Church's length model with shape priors alone (no lexical evidence)."""

    higher_is_better: bool = attrs.field(default=False, init=False)
    name: str = attrs.field(default="length", init=False)

    def prepare(
        self,
        source: Sequence[Segment],
        target: Sequence[Segment],
        *,
        features: Mapping[str, Features],
        config: Config,
    ) -> _PreparedLexical:
        """Precompute the texts' length ratio."""
        return _PreparedLexical(
            source=[features[s.id] for s in source],
            target=[features[t.id] for t in target],
            src_keys=[frozenset()] * len(source),
            tgt_keys=[frozenset()] * len(target),
            lexical_weight=0.0,
            expected_similarity=0.0,
        )


def _cumulative(values: Sequence[float]) -> list[float]:
    """Prefix sums: ``out[k]`` is the sum of ``values[:k]``."""
    out = [0.0]
    total = 0.0
    for value in values:
        total += value
        out.append(total)
    return out


class _PreparedLexical:
    """The default scorer bound to two texts (see :class:`LexicalScorer`)."""

    def __init__(
        self,
        *,
        source: Sequence[Features],
        target: Sequence[Features],
        src_keys: list[frozenset[str]],
        tgt_keys: list[frozenset[str]],
        lexical_weight: float,
        word_keys: _Lookup | None = None,
        expected_similarity: float,
        gap_prior: float = SHAPE_PRIORS[(1, 0)],
        unrelated_penalty: float = 0.0,
    ) -> None:
        self._src_len = [max(0, f.length) for f in source]
        self._tgt_len = [max(0, f.length) for f in target]
        total_src = sum(self._src_len)
        total_tgt = sum(self._tgt_len)
        # The length ratio of the two texts, drawn towards 1 while the texts are short.
        self._ratio = (total_tgt + _RATIO_PRIOR_CHARS) / (total_src + _RATIO_PRIOR_CHARS)
        self._src_keys = src_keys
        self._tgt_keys = tgt_keys
        self._source = source
        self._target = target
        self._word_keys = word_keys
        self._weight = lexical_weight
        self._expected = expected_similarity
        # Inverse document frequency of each key over both sides together.
        counts: dict[str, int] = {}
        for keys in (*src_keys, *tgt_keys):
            for key in keys:
                counts[key] = counts.get(key, 0) + 1
        total = len(src_keys) + len(tgt_keys)
        self._counts = counts
        self._idf = {
            key: math.log(1.0 + total / count) * (_ANCHOR_WEIGHT if key[0] in _ANCHOR_RULES else 1.0)
            for key, count in counts.items()
        }
        idf = self._idf
        self._src_mass = [math.fsum(idf[k] for k in keys) for keys in src_keys]
        self._tgt_mass = [math.fsum(idf[k] for k in keys) for keys in tgt_keys]
        self._src_cum = _cumulative(self._src_len)
        self._tgt_cum = _cumulative(self._tgt_len)
        self._src_mass_cum = _cumulative(self._src_mass)
        self._tgt_mass_cum = _cumulative(self._tgt_mass)
        self._rows: dict[int, dict[int, float]] = {}
        self._unrelated = unrelated_penalty
        self._gap_cost = -math.log(gap_prior)
        self._shape_cost = {
            (a, b): -math.log(_prior((a, b))) for a in range(0, 9) for b in range(0, 9) if a or b
        }

    def _shared(self, i: int, j: int) -> float:
        """The weight of the keys shared by source ``i`` and target ``j``.

        Cached for the few most recent source rows only: the aligner visits
        rows in order, so the cache stays small however long the texts are.
        """
        row = self._rows.get(i)
        if row is None:
            if len(self._rows) >= 6:
                del self._rows[min(self._rows)]
            row = self._rows[i] = {}
        cached = row.get(j)
        if cached is not None:
            return cached
        a = self._src_keys[i]
        b = self._tgt_keys[j]
        if not a or not b:
            value = 0.0
        else:
            idf = self._idf
            value = math.fsum(idf[k] for k in (a & b))
        row[j] = value
        return value

    def similarity(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The weighted Dice overlap of the keys of the bead's two sides, in [0, 1]."""
        mass = sum(self._src_mass[i0:i1]) + sum(self._tgt_mass[j0:j1])
        if mass <= 0:
            return 0.0
        shared = 0.0
        for i in range(i0, i1):
            for j in range(j0, j1):
                shared += self._shared(i, j)
        return min(1.0, 2.0 * shared / mass)

    def score(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The cost (lower is better) of the bead ``source[i0:i1]`` / ``target[j0:j1]``."""
        di = i1 - i0
        dj = j1 - j0
        if di == 0 or dj == 0:
            return self._gap_cost * (di + dj)
        src_cum = self._src_cum
        tgt_cum = self._tgt_cum
        cost = self._shape_cost[(di, dj)] + _length_cost(
            src_cum[i1] - src_cum[i0], tgt_cum[j1] - tgt_cum[j0], self._ratio
        )
        if self._weight:
            mass = (
                self._src_mass_cum[i1]
                - self._src_mass_cum[i0]
                + self._tgt_mass_cum[j1]
                - self._tgt_mass_cum[j0]
            )
            if mass > 0:
                if di == 1 and dj == 1:
                    shared = self._shared(i0, j0)
                else:
                    shared = 0.0
                    for i in range(i0, i1):
                        for j in range(j0, j1):
                            shared += self._shared(i, j)
                sim = 2.0 * shared / mass
                if sim > 1.0:
                    sim = 1.0
                elif (
                    shared <= 0.0
                    and self._unrelated
                    and (
                        self._src_mass_cum[i1] > self._src_mass_cum[i0]
                        and self._tgt_mass_cum[j1] > self._tgt_mass_cum[j0]
                    )
                ):
                    # Both sides say something and they share none of it.
                    cost += self._unrelated
                # The less evidence the pair carries (short, few keys), the less its absence counts.
                evidence = mass / (mass + 4.0)
                cost += self._weight * (self._expected * evidence * (di + dj) / 2.0 - sim)
        return cost

    def explain(self, i0: int, i1: int, j0: int, j1: int) -> tuple[float, str]:
        """Confidence in [0, 1] and the evidence that carried the bead."""
        if i1 == i0 or j1 == j0:
            # An omission (addition) is as sure as its best neighbouring pairing is unlikely.
            if i1 > i0:  # source i0 left out, between targets j0 - 1 and j0
                alternatives = [
                    self._confidence(i0, i1, j, j + 1) for j in (j0 - 1, j0) if 0 <= j < len(self._tgt_len)
                ]
            else:  # target j0 added, between sources i0 - 1 and i0
                alternatives = [
                    self._confidence(i, i + 1, j0, j1) for i in (i0 - 1, i0) if 0 <= i < len(self._src_len)
                ]
            return 1.0 - max(alternatives, default=0.0), "gap"
        confidence = self._confidence(i0, i1, j0, j1)
        shared: set[str] = set()
        for i in range(i0, i1):
            for j in range(j0, j1):
                shared |= self._src_keys[i] & self._tgt_keys[j]
        if not shared:
            said = any(self._src_keys[i0:i1]) and any(self._tgt_keys[j0:j1])
            return confidence, "length: nothing shared" if said else "length"
        return confidence, "length+lexicon: shared " + self._describe(shared, i0, i1, j0, j1)

    def _describe(self, shared: set[str], i0: int, i1: int, j0: int, j1: int) -> str:
        """The strongest shared keys (at most :data:`_EXPLAIN_ITEMS`), as the text writes them."""
        shown: dict[str, str] = {}
        for features in (*self._target[j0:j1], *self._source[i0:i1]):
            for mention in features.mentions():
                for key in _mention_keys(_only(features, mention)):
                    if key in shared:
                        shown.setdefault(key, mention.text)
            if self._word_keys is not None:
                for word in features.words:
                    for key in sorted(self._word_keys(word) & shared):
                        shown.setdefault(key, word)
        idf = self._idf
        ranked = sorted(shared, key=lambda k: (-idf.get(k, 0.0), _KIND_ORDER.get(k[0], 4), k))
        groups: dict[str, list[str]] = {}
        said: set[str] = set()
        for key in ranked:
            text = shown.get(key) or (key[1:] if key[0] in _KIND_NAMES else key)
            if text.lower() in said:
                continue
            said.add(text.lower())
            groups.setdefault(_KIND_NAMES.get(key[0], ("word", "words"))[0], []).append(text)
            if len(said) == _EXPLAIN_ITEMS:
                break
        parts = []
        for singular, plural in sorted(set(_KIND_NAMES.values()) | {("word", "words")}, key=_kind_rank):
            items = groups.get(singular)
            if items:
                parts.append(f"{singular if len(items) == 1 else plural} {', '.join(items)}")
        return ", ".join(parts)

    def _confidence(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Logistic on how much cheaper the bead is than leaving its segments unaligned."""
        cost = self.score(i0, i1, j0, j1)
        skip = self._gap_cost * (i1 - i0 + j1 - j0)
        margin = skip - cost - 2.0
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, margin))))

    def anchors(self) -> Sequence[tuple[int, int]]:
        """Source/target pairs sharing a key that is rare around them.

        Only anchors (numbers, dates, names, titles, terms) and cognate keys
        count; ordinary lexicon keys are too common to be trusted alone. A
        source occurrence is paired with a target occurrence lying near its
        proportional position when no other occurrence of the key, on either
        side, lies within twice that distance: a key may recur in a long text
        and still anchor each of its occurrences.
        """
        n = len(self._src_keys)
        m = len(self._tgt_keys)
        if not n or not m:
            return []
        src_at: dict[str, list[int]] = {}
        for i, keys in enumerate(self._src_keys):
            for key in keys:
                if key[0] in _ANCHOR_RULES or key[0] == "~":
                    src_at.setdefault(key, []).append(i)
        tgt_at: dict[str, list[int]] = {}
        for j, keys in enumerate(self._tgt_keys):
            for key in keys:
                if key in src_at:
                    tgt_at.setdefault(key, []).append(j)
        reach = _ANCHOR_REACH + 2.0 * math.sqrt(max(n, m))
        slope = m / n
        pairs: set[tuple[int, int]] = set()
        for key, targets in tgt_at.items():
            sources = src_at[key]
            for k, i in enumerate(sources):
                if (k > 0 and i - sources[k - 1] <= 2 * reach) or (
                    k + 1 < len(sources) and sources[k + 1] - i <= 2 * reach
                ):
                    continue
                expected = i * slope
                first = bisect_left(targets, expected - 2 * reach)
                near = targets[first : bisect_left(targets, expected + 2 * reach)]
                if len(near) == 1 and abs(near[0] - expected) <= reach:
                    pairs.add((i, near[0]))
        return sorted(pairs)


#: Scorers by name, for the command line's ``--scorer`` choices.
SCORERS: dict[str, type[LexicalScorer] | type[LengthScorer]] = {
    "length+lexicon": LexicalScorer,
    "length": LengthScorer,
}


def get_scorer(name: str, *, lexicon: WordKeys | None = None) -> Scorer:
    """The registered scorer called ``name`` (see :data:`SCORERS`)."""
    if name == "length":
        return LengthScorer()
    if name == "length+lexicon":
        return LexicalScorer(lexicon=lexicon)
    msg = f"unknown scorer {name!r}; choose one of: {', '.join(SCORERS)}"
    raise ConfigError(msg)
