"""Pairing the names of a bead's two sides (:mod:`aligner.checks.name`): how alike two names
are, and which name of the translation renders which of the original.

Two names are one when their cross-script keys are alike (:func:`aligner.features.names_match`),
their syllables too, and their first sounds agree; a surname alone renders a longer name whose
first or last word sounds the same ("Premier Chou" for Чжоу Энь-лай); two names of the shipped
list are the same name or none.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from ..features import names_match
from ..lexicon import Lexicon
from ..model import Mention
from ..tokens import APOSTROPHES, words
from ..translit import syllable_key
from .name_doubt import listed
from .name_sounds import endings_differ, marked_words, one_sound_apart
from .name_words import ALIKE_LENGTHS, SHORT_KEY, same_onset, word_accounted, words_alike

__all__ = [
    "NAMES_ALIKE",
    "SYLLABLES_ALIKE",
    "distinct_counterparts",
    "matched_pairs",
    "pair_names",
    "syllables_account",
    "words_of_name",
]

#: How alike two name mentions must be (0-1, :func:`aligner.features.names_match`) to be one name.
NAMES_ALIKE = 0.8
#: How alike (0-100) the syllables (:func:`aligner.translit.syllable_key`) of two names
#: paired by their coarse keys must be.
SYLLABLES_ALIKE = 60


def words_of_name(text: str) -> list[str]:
    """The words of a name or a bead: letters joined by apostrophes ("O'Brien"), cut at hyphens."""
    return words(text, joiners=APOSTROPHES)


def _shortened(full: Mention, short: Mention) -> bool:
    """Whether ``short`` is one word that sounds the same as the first or the last word of the
    longer name ``full``: a name given by its surname alone (Чжоу Энь-лай: "Chou")."""
    words, one = words_of_name(full.text), words_of_name(short.text)
    if len(one) != 1 or len(words) < 2:
        return False
    # the same sounds, not merely alike ones: "Lisan" is no short form of Рощин
    return any(syllable_key(w) == syllable_key(one[0]) for w in (words[0], words[-1]))


def _likeness(a: Mention, b: Mention) -> float:
    """How alike two names are; two names of the shipped list are the same name or none."""
    if listed(a) and listed(b):
        return 1.0 if a.value == b.value else 0.0  # Каир is not Seoul, however alike their keys
    if _shortened(a, b) or _shortened(b, a):
        return 1.0  # "Premier Chou" for Чжоу Энь-лай, "Marshal Choibalsan" for Х. Чойбалсан
    score = names_match(a, b)
    if score >= NAMES_ALIKE and fuzz.ratio(syllable_key(a.text), syllable_key(b.text)) < SYLLABLES_ALIKE:
        return 0.0  # Ли Фу-чунь is not Li Lisan: keys alike, syllables not
    ka, kb = str(a.value), str(b.value)
    if score < 1.0 and ka and kb and not same_onset(ka, kb):
        return 0.0  # Гусев is not Sychev: keys alike but for the first sound
    if score < 1.0 and " " not in ka + kb and abs(len(ka) - len(kb)) > ALIKE_LENGTHS:
        return 0.0  # Лаврентьев is not Lavrov: one key holds the other's sounds, and more
    if score < 1.0 and _a_word_changed(ka, kb, a.text, b.text):
        return 0.0  # Лукин is not Lunin: keys alike but for one consonant
    last_a, last_b = words_of_name(a.text)[-1:], words_of_name(b.text)[-1:]
    if last_a and last_b and endings_differ(last_a[0], last_b[0]):
        return 0.0  # Семенов is not Semenko: a surname's ending of another kind
    return score


def _a_word_changed(ka: str, kb: str, text_a: str = "", text_b: str = "") -> bool:
    """Whether two names' keys of as many words have, at one place, words with a consonant in place
    of another that spells no sound of it (:func:`~aligner.checks.name_sounds.one_sound_apart`):
    "rakan" and "ranan" (Лукин, Lunin), "n rakan" and "n ranan". Short words (Ен, Ир)
    are left to their syllables."""
    words_a, words_b = marked_words(ka, text_a), marked_words(kb, text_b)
    if len(words_a) != len(words_b):
        return False
    return any(
        min(len(a), len(b)) >= SHORT_KEY and not one_sound_apart(a, b)
        for a, b in zip(words_a, words_b, strict=True)
    )


def _surname_changed(a: Mention, b: Mention) -> bool:
    """Whether two names of as many words, alike as wholes, end in words that sound like no word
    of the other name ("Таисия Соколова" and "Taisiya Szeged"): the first name agreeing hides
    a changed surname. Both are then left to the word-by-word test. A hyphenated given name is one
    word here: its last syllable is no surname ("Пак Чен Аем" and "Pak Chong-ae")."""
    words_a, words_b = a.text.split(), b.text.split()
    if len(words_a) < 2 or len(words_a) != len(words_b) or listed(a) or listed(b):
        return False
    if "-" in a.text or "-" in b.text:
        return False  # a hyphened given name ("Pak Chong-ae", «Чжоу Энь-лай»): the surname comes first
    return _unmatched(words_a[-1], words_b) and _unmatched(words_b[-1], words_a)


def _unmatched(word: str, others: Sequence[str]) -> bool:
    """Whether a word of a name sounds like no word of the other name."""
    return not any(words_alike(word, w) for w in others)


def pair_names(
    src: list[Mention], tgt: list[Mention], places: tuple[tuple[int, int], tuple[int, int]] | None = None
) -> tuple[list[Mention], list[Mention]]:
    """The names of ``src`` no name of ``tgt`` renders, and the names of ``tgt`` left over.

    ``places``: where each side of the bead begins and how long it is. Of two mentions of one name
    in the original, one rendered, the one left over is the one farther from the rendering's place
    ("МГБ … органов МГБ" against "the MVD … officers of the MGB" leaves the first МГБ over)."""
    left = list(tgt)
    lone = []
    pairs: list[tuple[Mention, Mention]] = []
    for s in src:
        # of the names alike enough ("Ким Ир Сеном": "Kim Il Sung", and "Kim Il" by its words) the
        # one closer as a whole wins, then the earlier
        scored = [(_likeness(s, t), fuzz.ratio(str(s.value), str(t.value)), -n) for n, t in enumerate(left)]
        alike = [(whole, like, at) for like, whole, at in scored if like >= NAMES_ALIKE]
        _whole, likeness, at = max(alike, default=(0.0, 0.0, 1))
        if likeness >= NAMES_ALIKE and not (likeness < 1.0 and _surname_changed(s, left[-at])):
            pairs.append((s, left.pop(-at)))
        else:
            lone.append(s)
    if places is not None:
        lone = [_nearer_twin(s, pairs, places) for s in lone]
    return lone, left


def matched_pairs(src: Sequence[Mention], tgt: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """The names of ``src`` each with the one name of ``tgt`` that renders it (alike as wholes,
    :data:`NAMES_ALIKE`), where that name renders no other name of ``src``."""
    best = []
    for s in src:
        alike = [t for t in tgt if _likeness(s, t) >= NAMES_ALIKE]
        if len(alike) == 1:
            best.append((s, alike[0]))
    taken = [id(t) for _, t in best]
    return [(s, t) for s, t in best if taken.count(id(t)) == 1]


def _nearer_twin(
    s: Mention, pairs: list[tuple[Mention, Mention]], places: tuple[tuple[int, int], tuple[int, int]]
) -> Mention:
    """The mention to leave over in place of ``s``: a paired mention of the same name whose
    rendering stands nearer ``s``'s place than its own (the two swap), else ``s`` itself."""

    def at(m: Mention, where: tuple[int, int]) -> float:
        return (m.span.start - where[0]) / max(1, where[1])

    for n, (twin, t) in enumerate(pairs):
        if twin.value != s.value:
            continue
        here = at(t, places[1])
        if abs(at(s, places[0]) - here) < abs(at(twin, places[0]) - here):
            pairs[n] = (s, t)
            return twin
    return s


def syllables_account(
    name: str, language: str, other_words: Sequence[str], syllables: Sequence[str], lexicon: Lexicon
) -> bool:
    """Whether the words of a name sound like different words of the other side, the syllables of
    its hyphenated given names among them, capitalised ("Чве Ен Ген" and "Choe Yong-gon": "Gon"):
    one word stands for one word only ("Чэнь Юнь" is no "Li Fu-chun")."""
    return bool(syllables) and distinct_counterparts(
        words_of_name(name), language, [*other_words, *syllables], lexicon
    )


def distinct_counterparts(
    words: Sequence[str],
    language: str,
    other_words: Sequence[str],
    lexicon: Lexicon,
    proper: frozenset[str] = frozenset(),
) -> bool:
    """Whether each word of a name sounds like a different word of the other side: "Пак Хен Ен" is
    no "Pak Chang-ok", whose "Chang" would stand for both Хен and Ен."""
    alike = [
        [
            n
            for n, other in enumerate(other_words)
            if word_accounted(word, language, [other], lexicon=lexicon, join_other=False, proper=proper)
        ]
        for word in words
    ]
    taken: dict[int, int] = {}  # a word of the other side: the name's word it stands for

    def place(word: int, seen: set[int]) -> bool:
        for other in alike[word]:
            if other not in seen:
                seen.add(other)
                if other not in taken or place(taken[other], seen):
                    taken[other] = word
                    return True
        return False

    return all(place(word, set()) for word in range(len(words)))
