"""The ``name`` check: people, places and organisations one side names and the other does not.

Names are compared by their cross-script keys (:func:`aligner.translit.name_key`),
so "Ким Ир Сен", "КИМ ИР СЕН" and "Kim Il Sung", "Хрущев" and "Khrushchev",
"Мао Цзэдун" and "Mao Tse-tung" (a known rendering in ``data/names.toml``)
meet. A name that finds no name on the other side is still accounted for when
each of its words

- sounds like a capitalised word of the other side ("Муратова" and "Muratov":
  keys alike, or one the start of the other),
- or is the stem of a lower-case word derived from it ("Balzac" and
  "бальзаковского", "Tartu" and "тартуские", "Islamists" and "исламистами":
  the name's key, at most its last two letters left out, opens the word's
  key; function words such as "такого" never count),
- or translates one (the shipped lexicon: "Korean" and "корейской", "Far
  East" and "Дальнему Востоку"),
- or is a nationality of a country the other side names
  (``data/nationalities.toml``: "Korean" and "Корея").

Rules:

- ``name.missing``: a name of the original that the translation does not give;
  major in a 1-1 bead where the translation gives another name instead ("Ли
  Фу-чунь" against "Li Lisan"), minor where it gives none (a name left out or
  paraphrased: "the Chinese Premier"), and for a name inside an archive
  reference ("АВП РФ, ф. 07").
- ``name.added`` (minor): a name of the translation the original does not give.
- ``name.repeated`` (info): a name missing from its bead whose passage (the
  name and two words either side) another, translated segment of the original
  repeats word for word: a second witness, rendered once.
- ``name.initials`` (:mod:`aligner.checks.name_initials`): a name whose
  initials the translation changes ("Ю. Андропов" against "E. Andropov").
- ``name.untranslated`` (minor): names in original text that has no translation
  at all (a 1-0 bead), or names in a translation with no original (0-1); the
  omission check reports the passage, this one says which names it holds.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence

import regex
from rapidfuzz import fuzz

from ..config import Config
from ..features import names_match
from ..lexicon import default_lexicon
from ..model import Finding, Mention, Segment, Severity
from ..morph import ru_lemmas
from ..resources import data_lines, data_toml
from ..translit import has_cyrillic, name_key, syllable_key
from . import CheckContext
from .duplicate import witness_of
from .name_changed import weak_names
from .name_initials import initials_findings

__all__ = ["check_name", "NAMES_ALIKE", "word_accounted", "words_alike"]

#: How alike two name mentions must be (0-1, :func:`aligner.features.names_match`) to be one name.
NAMES_ALIKE = 0.8
#: How alike (0-100) the syllables (:func:`aligner.translit.syllable_key`) of two names
#: paired by their coarse keys must be.
SYLLABLES_ALIKE = 50
#: How alike a name's word and a word of the other side must sound (0-100, on name keys).
WORDS_ALIKE = 80
#: The shortest shared start of two keys that makes an inflected form or an adjective of a name.
SHARED_START = 4
#: The rule of names found through the list of known renderings (data/names.toml).
KNOWN_RULE = "names.toml"
#: Keys shorter than this (Ен, Ир, Ли) meet only their equals.
SHORT_KEY = 4
#: How many letters at the end of a name's key a derived lower-case word may change
#: (Wagnerians and вагнеровцы: "faknarans" and "faknarafsa").
DERIVED_SLACK = 2
#: The shortest shared start that makes a lower-case word one derived from a name
#: (four letters would let "Molotov" meet "маркам").
DERIVED_START = 5

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*")


@functools.cache
def _nationalities() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Pairs of (Russian word starts, English words) of one country and its people."""
    out = []
    for entry in data_toml("nationalities.toml").get("country", ()):
        ru = frozenset(w.lower().replace("ё", "е") for w in entry.get("ru", ()))
        en = frozenset(w.lower() for w in entry.get("en", ()))
        out.append((ru, en))
    return tuple(out)


def _nationality_pair(word: str, language: str, other_words: Sequence[str]) -> bool:
    low = word.lower().replace("ё", "е")
    for ru, en in _nationalities():
        if language == "en" and low in en:
            if any(w.startswith(tuple(ru)) for w in other_words):
                return True
        elif language == "ru" and low.startswith(tuple(ru)) and any(w in en for w in other_words):
            return True
    return False


# Letters one script renders by two of the other's: Ливия/Libya, Афины/Athens.
_LOOSE = str.maketrans({"f": "p", "t": "p"})
# English spellings Russian renders by sound: Caledonia/Каледония, Gina/Джина, Texas/Техас.
_ENGLISH_SOUNDS = (
    (regex.compile(r"c(?![eiyh])", regex.IGNORECASE), "k"),
    (regex.compile(r"g(?=[eiy])", regex.IGNORECASE), "dzh"),
    (regex.compile(r"(?<=[aeiou])x(?=[aeiou])", regex.IGNORECASE), "kh"),
    (regex.compile(r"^ch(?=[rl])", regex.IGNORECASE), "k"),  # Christie/Кристи, Chloe/Хлоя
)


@functools.cache
def _name_parts() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Adjective endings and fused generic words of Russian place names (``name_parts_ru.toml``)."""
    data = data_toml("name_parts_ru.toml")
    by_length = functools.partial(sorted, key=len, reverse=True)
    return tuple(by_length(data["adjective_endings"])), tuple(by_length(data["generic_endings"]))


#: The shortest name left when an ending or a generic word is taken off a Russian word.
_MIN_BASE = 3


def _bases(word: str) -> list[str]:
    """A Russian word's name without an adjective ending ("Кобдоского": Кобдо; "Кольский":
    Коль, Кола) or a fused generic word ("Ханган": Хан; "Убсанур": Убса)."""
    low = word.lower()
    adjective, generic = _name_parts()
    out: list[str] = []
    for ending in adjective:
        if low.endswith(ending) and len(low) - len(ending) >= _MIN_BASE:
            base = word[: -len(ending)]
            out.extend((base, base.rstrip("ьЬ") + "а"))
            break
    for base in [word, *out]:
        for ending in generic:
            if base.lower().endswith(ending) and len(base) - len(ending) >= 2:
                out.append(base[: -len(ending)])
                break
    return out


@functools.lru_cache(maxsize=100_000)
def _keys(word: str) -> frozenset[str]:
    """A word's name keys, also as Russian hears its English letters (Caledonia, Gina, Texas),
    and for a Russian word, its name without an adjective ending or a fused generic word."""
    word = regex.sub(r"['’]s$", "", word)
    keys = {name_key(word)}
    if has_cyrillic(word):
        keys.update(name_key(base) for base in _bases(word))
    for pattern, sound in _ENGLISH_SOUNDS:
        if pattern.search(word):
            keys.add(name_key(pattern.sub(sound, word)))
    return frozenset(k for k in keys if k)


def words_alike(a: str, b: str) -> bool:
    """Whether two capitalised words, in either script, sound like one name ("Арчеру", "Archer")."""
    return _alike(_keys(a), _keys(b))


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(
        _sounds_alike(x, y) or _sounds_alike(x.translate(_LOOSE), y.translate(_LOOSE)) for x in a for y in b
    )


def _sounds_alike(key: str, other: str) -> bool:
    if not key or not other:
        return False
    if key == other:
        return True
    if min(len(key), len(other)) < SHORT_KEY:
        return False  # "an" is 80% like "san": short keys must be equal
    if fuzz.ratio(key, other) >= WORDS_ALIKE and _same_onset(key, other):
        return True  # alike but for a letter or two; another first sound is another name (Damba, Sambu)
    shared = 0
    for a, b in zip(key, other, strict=False):
        if a != b:
            break
        shared += 1
    # a shared start covering both keys but for their endings (Сталину ~ Stalin), not a
    # short key that merely opens a long one (Pusan ~ Vasilevsky)
    return shared >= max(SHARED_START, min(len(key), len(other)) - 2, max(len(key), len(other)) - 4)


def _same_onset(key: str, other: str) -> bool:
    """Whether two keys open with one sound: the same letter, or an h one script drops
    (Hitler and Гитлер: "atrar", "katrar")."""
    a, b = key[0], other[0]
    if a == b:
        return True
    # English drops the h Russian writes as г or х (Hitler, Гитлер): alike once it is off
    if (a, b) == ("a", "k"):
        return fuzz.ratio(key, other[1:]) >= WORDS_ALIKE
    return (a, b) == ("k", "a") and fuzz.ratio(key[1:], other) >= WORDS_ALIKE


def _translates(word: str, language: str, other_words: Sequence[str]) -> bool:
    lexicon = default_lexicon()
    if language == "ru":
        mine = lexicon.source_keys(word)
        theirs: set[str] = set()
        for w in other_words:
            theirs.update(lexicon.target_keys(w))
    else:
        mine = lexicon.target_keys(word)
        theirs = set()
        for w in other_words:
            theirs.update(lexicon.source_keys(w))
    return bool(mine & theirs)


def word_accounted(word: str, language: str, other_words: Sequence[str], *, fuzzy: bool = True) -> bool:
    """Whether a word of a name in ``language`` has a counterpart among the other side's words.

    With ``fuzzy`` false (a name of the shipped list, whose renderings are listed), a
    capitalised word of the other side counts only when it is the same word or has the
    same key (a name adjective without its ending: "Улан-Баторского" for "Ulan Bator").
    """
    keys = _keys(word)
    low = word.lower()
    for w in other_words:
        if w.lower() == low:
            return True
        if _function_word(w):
            continue  # "The" opening a sentence is no rendering of a name
        if w[:1].isupper():
            if fuzzy and _alike(keys, _keys(w)):
                return True
            if not fuzzy and len(min(keys, key=len, default="")) >= SHORT_KEY and keys & _keys(w):
                return True  # "Ulan Bator" and "Улан-Баторского": the same key once the ending is off
            if not fuzzy and has_cyrillic(w) and not has_cyrillic(word) and _declined(keys, _keys(w)):
                return True  # "Bierut" and "Берута": a known name in a Russian case form
        elif any(_close(k, o) or _derived(k, o) for k in keys for o in _keys(w)):
            return True  # омикрон: a name in lower case; тартуские: an adjective of one
    if _nationality_pair(word, language, [w.lower().replace("ё", "е") for w in other_words]):
        return True
    return _translates(word, language, other_words)


#: How many letters a Russian case ending adds to a name's key (Берутом: "paratam" for "parat").
CASE_ENDING = 2


def _declined(keys: frozenset[str], russian: frozenset[str]) -> bool:
    """Whether a Russian word's keys are a name's key with a case ending (Bierut: Берута, Берутом)."""
    return any(
        len(k) >= SHORT_KEY and r.startswith(k) and 0 < len(r) - len(k) <= CASE_ENDING
        for k in keys
        for r in russian
    )


def _derived(key: str, other: str) -> bool:
    """Whether ``other`` reads as a word made from the name keyed ``key`` (Tartu: тартуские)."""
    if len(key) < DERIVED_START:
        return False
    need = max(DERIVED_START, len(key) - DERIVED_SLACK)
    if len(other) <= need:
        return False
    if other[:need] == key[:need]:
        return True
    # a compound: североатлантического (Atlantic), древнеегипетской (Egypt)
    return need > DERIVED_START and key[:need] in other


@functools.cache
def _function_words() -> frozenset[str]:
    words = {w.lower() for w in data_lines("stopwords_en.txt")}
    words.update(w.lower().replace("ё", "е") for w in data_lines("stopwords_ru.txt"))
    return frozenset(words)


def _function_word(word: str) -> bool:
    """Whether a word (or, in Russian, its dictionary form) is a function word (такого: такой)."""
    low = word.lower().replace("ё", "е")
    if low in _function_words():
        return True
    return any(lemma in _function_words() for lemma in ru_lemmas(low)) if low.isalpha() else False


def _close(key: str, other: str) -> bool:
    """Strict likeness for lower-case words: "Tokyo" must not meet "такого"."""
    return key == other or (min(len(key), len(other)) >= 5 and fuzz.ratio(key, other) >= 85)


def _accounted(
    mention: Mention, language: str, other_words: Sequence[str], memo: dict[tuple[str, bool], bool]
) -> bool:
    """Whether every word of the name has a counterpart (``memo`` keeps the answers of one bead)."""
    words = _WORD.findall(mention.text)
    if not words:
        return False
    fuzzy = mention.rule != KNOWN_RULE
    # a name of several words may be written as one on the other side ("Ubsa-Nur", "Убсанур")
    spellings = [words, ["".join(words)]] if fuzzy and len(words) > 1 else [words]
    if fuzzy and "-" in mention.text:
        # a hyphenated given name written as one word: "Лэй Фа-чжан", "Lei Fazhang"
        spellings.append(["".join(_WORD.findall(part)) for part in mention.text.split()])
    for spelling in spellings:
        for w in spelling:
            if (w, fuzzy) not in memo:
                memo[w, fuzzy] = word_accounted(w, language, other_words, fuzzy=fuzzy)
            if not memo[w, fuzzy]:
                break
        else:
            return True
    return False


def _bracketed(mention: Mention, text: str) -> bool:
    """Whether a name stands alone in square brackets: the editor's gloss of a code name
    ("FILIPPOV [Stalin]"), which no translator adds."""
    before = text[max(0, mention.span.start - 3) : mention.span.start].rstrip()
    after = text[mention.span.end : mention.span.end + 3].lstrip()
    return before.endswith("[") and after.startswith("]")


# Words joined by hyphens: "Фа-чжан", "Ubsa-Nur" (a name written as one word on the other side).
_COMPOUND = regex.compile(r"\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)+")


def _words(segments: Iterable[Segment]) -> list[str]:
    """The distinct words of the segments, in order (a long bead repeats most of them), and
    each hyphenated compound written as one word ("Фа-чжан" also as "Фачжан")."""
    words = [w for seg in segments for w in _WORD.findall(seg.text)]
    words += [m.group().replace("-", "") for seg in segments for m in _COMPOUND.finditer(seg.text)]
    return list(dict.fromkeys(words))


# An archive reference after a name: "АВП РФ, ф. 07", "ЦА МО РФ, оп. 3" (a fond, an inventory).
_ARCHIVE_REFERENCE = regex.compile(r"[\s,]*(?:\p{Lu}{2,}[\s,]*)*(?:ф|оп|д|л|п)\.\s*\d")


def _in_archive_reference(mention: Mention, text: str) -> bool:
    """Whether a name is part of an archive reference (the "РФ" of "АВП РФ, ф. 07")."""
    return _ARCHIVE_REFERENCE.match(text, mention.span.end, mention.span.end + 40) is not None


def _show(mentions: Sequence[Mention]) -> str:
    return ", ".join(f"“{' '.join(m.text.split())}”" for m in mentions)


def _shortened(full: Mention, short: Mention) -> bool:
    """Whether ``short`` is one word that sounds the same as the first or the last word of the
    longer name ``full``: a name given by its surname alone (Чжоу Энь-лай: "Chou")."""
    words, one = _WORD.findall(full.text), _WORD.findall(short.text)
    if len(one) != 1 or len(words) < 2:
        return False
    # the same sounds, not merely alike ones: "Lisan" is no short form of Рощин
    return any(syllable_key(w) == syllable_key(one[0]) for w in (words[0], words[-1]))


def _likeness(a: Mention, b: Mention) -> float:
    """How alike two names are; two names of the shipped list are the same name or none."""
    if a.rule == b.rule == KNOWN_RULE:
        return 1.0 if a.value == b.value else 0.0  # Каир is not Seoul, however alike their keys
    if _shortened(a, b) or _shortened(b, a):
        return 1.0  # "Premier Chou" for Чжоу Энь-лай, "Marshal Choibalsan" for Х. Чойбалсан
    score = names_match(a, b)
    if score >= NAMES_ALIKE and fuzz.ratio(syllable_key(a.text), syllable_key(b.text)) < SYLLABLES_ALIKE:
        return 0.0  # Ли Фу-чунь is not Li Lisan: keys alike, syllables not
    ka, kb = str(a.value), str(b.value)
    if score < 1.0 and ka and kb and not _same_onset(ka, kb):
        return 0.0  # Гусев is not Sychev: keys alike but for the first sound
    return score


def _weak(
    context: CheckContext, segments: list[Segment], language: str, names: list[Mention]
) -> list[Mention]:
    """Words of the segments read as names where the other side lacks one (:mod:`.name_changed`)."""
    titles = [m.span for m in context.mentions(segments, "titles")]
    taken = [m.span for m in (*names, *context.mentions(segments, "terms"))] + titles
    return weak_names(segments, language, taken, titles)


def _pair(src: list[Mention], tgt: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    left = list(tgt)
    lone = []
    for s in src:
        scored = [(_likeness(s, t), n) for n, t in enumerate(left)]
        best = max(scored, default=(0.0, -1))
        if best[0] >= NAMES_ALIKE:
            del left[best[1]]
        else:
            lone.append(s)
    return lone, left


def check_name(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report names of a bead that one side gives and the other does not."""
    src_lang, tgt_lang = context.source.language, context.target.language
    for bead, src_segs, tgt_segs in context.text_beads():
        src_text = [s for s in src_segs if s.is_text]
        tgt_text = [s for s in tgt_segs if s.is_text]
        if not src_text and not tgt_text:
            continue
        src, tgt = context.mentions(src_text, "names"), context.mentions(tgt_text, "names")
        if not src_text or not tgt_text:
            if src_segs and tgt_segs:
                continue  # text against furniture: nothing to compare
            lone, side = (src, "original") if src_text else (tgt, "translation")
            if lone:
                yield Finding(
                    kind="name",
                    severity=Severity.MINOR,
                    source=bead.source,
                    target=bead.target,
                    source_evidence=tuple(m.span for m in lone) if src_text else (),
                    target_evidence=() if src_text else tuple(m.span for m in lone),
                    message=(
                        f"This passage of the {side} has no counterpart on the other side; "
                        f"it names {_show(lone)}."
                    ),
                    rule="name.untranslated",
                )
            continue
        yield from initials_findings(bead, src_text, tgt_text, context.source_text, context.target_text)
        if not src and not tgt and not (len(bead.source) == 1 and len(bead.target) == 1):
            continue
        lone_src, lone_tgt = _pair(src, tgt)
        src_words, tgt_words = _words(src_text), _words(tgt_text)
        src_memo: dict[tuple[str, bool], bool] = {}
        tgt_memo: dict[tuple[str, bool], bool] = {}
        lone_src = [s for s in lone_src if not _accounted(s, src_lang, tgt_words, src_memo)]
        lone_tgt = [
            t
            for t in lone_tgt
            if not _accounted(t, tgt_lang, src_words, tgt_memo) and not _bracketed(t, context.target_text)
        ]
        one_to_one = len(bead.source) == 1 and len(bead.target) == 1
        if one_to_one and not lone_src and not lone_tgt:
            # both names may open their sentences ("Петров прибыл", "Sokolov arrived")
            weak_src = [
                s
                for s in _weak(context, src_text, src_lang, src)
                if not _accounted(s, src_lang, tgt_words, src_memo)
            ]
            if weak_src:
                lone_tgt = [
                    t
                    for t in _weak(context, tgt_text, tgt_lang, tgt)
                    if not _accounted(t, tgt_lang, src_words, tgt_memo)
                ]
                lone_src = weak_src if lone_tgt else []
        elif one_to_one and bool(lone_src) != bool(lone_tgt):
            # one side lacks a name: the other may have changed it into a word the name finder
            # leaves out (a sentence opening, a common-looking word after a rank)
            if lone_src:
                lone_tgt = [
                    t
                    for t in _weak(context, tgt_text, tgt_lang, tgt)
                    if not _accounted(t, tgt_lang, src_words, tgt_memo)
                ]
            else:
                lone_src = [
                    s
                    for s in _weak(context, src_text, src_lang, src)
                    if not _accounted(s, src_lang, tgt_words, src_memo)
                ]
        # a name missing where the translation gives another name is a strong finding; a name
        # merely left out or paraphrased ("the Chinese Premier") is a weak one
        strong = one_to_one and bool(lone_tgt)
        for s in lone_src:
            witness = witness_of(context, src_text, s)
            if witness is not None:
                yield Finding(
                    kind="name",
                    severity=Severity.INFO,
                    source=bead.source,
                    target=bead.target,
                    source_evidence=(s.span,),
                    message=(
                        f"The source names {_show([s])}; the translation has no such name here, "
                        f"but {witness} repeats the passage and is translated (a second witness "
                        "of the same text, rendered once?)."
                    ),
                    rule="name.repeated",
                )
                continue
            yield Finding(
                kind="name",
                severity=Severity.MAJOR
                if strong and not _in_archive_reference(s, context.source_text)
                else Severity.MINOR,
                source=bead.source,
                target=bead.target,
                source_evidence=(s.span,),
                message=(
                    f"The source names {_show([s])}; the translation has no such name here"
                    + (
                        f" but names {_show(lone_tgt)}."
                        if lone_tgt
                        else " (left out, or given as a title or a pronoun?)."
                    )
                ),
                rule="name.missing",
            )
        for t in lone_tgt:
            yield Finding(
                kind="name",
                severity=Severity.MINOR,
                source=bead.source,
                target=bead.target,
                target_evidence=(t.span,),
                message=(f"The translation names {_show([t])}; the source has no such name here."),
                rule="name.added",
            )
