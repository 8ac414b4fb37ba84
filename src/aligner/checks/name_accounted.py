"""Whether a name of one side of a bead is accounted for by the words of the other side.

A name that finds no name on the other side is still accounted for when
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

Words alike by their coarse keys must also share their syllables (Кэсоне is not "Kanggye"), and
a name the finder cut ("Ch" of "Ch'oe", "Lang" of "Lang Son") is completed from its text first
(:mod:`aligner.checks.name_text`); an editor's gloss ("Mukden [Shenyang]") excuses the glossed
name only when it spells the same name or the original has no other name left unmatched.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import regex

from ..features.spelt_letters import spelt_letters
from ..lexicon import Lexicon
from ..model import Mention, Segment
from ..tokens import words
from ..translit import has_cyrillic
from .name_doubt import listed
from .name_keys import keys_of, listed_forms, member_of_listed
from .name_pairs import distinct_counterparts, words_of_name
from .name_text import completed_name
from .name_words import SHORT_KEY, word_accounted

__all__ = ["LazyWords", "accounted", "declined_syllables", "free_words", "side_words", "syllables"]


def compounds(text: str) -> list[str]:
    """The words of ``text`` with hyphens kept inside them: "Фа-чжан", "Ubsa-Nur" (a name
    written as one word on the other side)."""
    return words(text)


def accounted(
    mention: Mention,
    language: str,
    other_words: Sequence[str],
    memo: dict[tuple[str, bool, bool, bool], bool],
    lexicon: Lexicon,
    text: str = "",
    proper: frozenset[str] = frozenset(),
) -> bool:
    """Whether every word of the name has a counterpart (``memo`` keeps the answers of one bead;
    ``lexicon`` is the document's, the user's entries included; ``text``, the name's side, gives
    the rest of a word the name finder cut, :func:`~aligner.checks.name_text.completed_name`)."""
    words = words_of_name(mention.text)
    if not words:
        return False
    letters = spelt_letters(mention.text)
    if letters is not None:  # «Би-би-си»: "BBC", "B.B.C." on the other side
        return _letters_written(letters, other_words)
    fuzzy = not listed(mention)
    if not fuzzy and len(words) == 1 and _another_listed_form(mention, other_words):
        return True
    # a name of several words may be written as one on the other side ("Ubsa-Nur", "Убсанур")
    # (words, loose likeness, other side's words also tried joined)
    spellings = [(words, fuzzy, True)]
    completed, cut = completed_name(mention, text, words)
    rest = completed[-1][len(words[-1]) :] if cut else ""  # the rest of a word the name finder cut
    if fuzzy and len(words) > 1:
        # a name of several words may be written as one on the other side ("Ubsa-Nur", "Убсанур");
        # a joined spelling is not also set against joined words of the other side
        spellings.append((["".join(words) + rest], fuzzy, False))
    if fuzzy and "-" in mention.text:
        # a hyphenated given name written as one word: "Лэй Фа-чжан", "Lei Fazhang"; a word the
        # name finder cut is joined whole ("Lo Jui-ch" of "Lo Jui-ch'ing" is "Lo Juiching", not "Juich")
        joined = ["".join(words_of_name(part)) for part in mention.text.split()]
        joined[-1] += rest
        spellings.append((joined, fuzzy, False))
    if not fuzzy and len(words) > 1:
        # a listed name in another order or spelling ("Надь Имре" for Imre Nagy): each of its words
        # must still sound like a word of the other side
        spellings.append((words, True, True))
    if completed:
        # a word completed from its cut rest may meet two words of the other side ("Ch'ang-ik",
        # "Чан Ик"); two words joined into one may not (КимГон is not "Kang Kon")
        spellings.append((completed, True, cut))
    for n, (spelling, loose, join_other) in enumerate(spellings):
        # a one-word name is not rendered by a common word that sounds like it (пограничных is
        # "frontier", not "Pogranichnaya"); in a longer name it may be one of its words ("Novaya Gazeta")
        alone = len(spelling) == 1
        for w in spelling:
            if (w, loose, join_other, alone) not in memo:
                memo[w, loose, join_other, alone] = word_accounted(
                    w,
                    language,
                    other_words,
                    fuzzy=loose,
                    lexicon=lexicon,
                    join_other=join_other,
                    proper=proper,
                    common_words=not alone,
                )
            if not memo[w, loose, join_other, alone]:
                break
        else:
            # a name of several words, or a listed name's words in another order or spelling: a
            # different word of the other side each ("Zhang Zhizhong" is no "Чжан Вэнь-тянь")
            several = spelling is words and len(words) > 1 and (fuzzy and n == 0 or loose and not fuzzy)
            if not several or distinct_counterparts(words, language, other_words, lexicon, proper):
                return True
    return False


def _letters_written(letters: str, other_words: Sequence[str]) -> bool:
    """Whether the other side writes the abbreviation ``letters`` ("BBC"), whole or letter by letter
    ("U.S.": "U", "S")."""
    if letters in other_words:
        return True
    singles = "".join(w if len(w) == 1 and w.isupper() else " " for w in other_words)
    return letters in singles.split() or "".join(dict.fromkeys(letters)) in singles.split()


def _another_listed_form(mention: Mention, other_words: Sequence[str]) -> bool:
    """Whether a capitalised word of the other side is, in some case or adjective form, another listed form
    of the same known name (a town under its other historical name: "Stanisławów" and «Станиславской»,
    Станислав being listed with it), or a lower-case word for members of a body listed by its abbreviation
    ("AK men" and «аковцев»)."""
    value = str(mention.value)
    if any(member_of_listed(value, w) for w in other_words if w[:1].islower()):
        return True  # аковцев for "AK men"
    forms = listed_forms(value)
    if not forms:
        return False
    return any(
        len(key) >= SHORT_KEY and key in forms for w in other_words if w[:1].isupper() for key in keys_of(w)
    )


def side_words(segments: Iterable[Segment]) -> list[str]:
    """The distinct words of the segments, in order (a long bead repeats most of them), and
    each hyphenated compound written as one word ("Фа-чжан" also as "Фачжан")."""
    words = [w for seg in segments for w in words_of_name(seg.text)]
    words += [w.replace("-", "") for seg in segments for w in compounds(seg.text) if "-" in w]
    # an aspirate's apostrophe (Wade-Giles, McCune-Reischauer) inside a word: "Ch'ing" is also "Ching"
    words += [regex.sub(r"['’-]", "", m.group()) for seg in segments for m in _ASPIRATED.finditer(seg.text)]
    return list(dict.fromkeys(words))


#: A word with an aspirate's apostrophe after its first consonants: "Ch'ing", "P'eng", "Ch'ang-ik".
_ASPIRATED = regex.compile(r"(?<!\p{L})\p{Lu}\p{Ll}{0,2}['’]\p{Ll}+(?:-\p{Ll}+)?")


def free_words(segments: Sequence[Segment], names: Sequence[Mention], lone: Sequence[Mention]) -> list[str]:
    """The words of the segments outside the names that were paired (all of ``names`` but
    ``lone``), in the form :func:`side_words` gives them."""
    paired = [m.span for m in names if m not in lone]
    kept = []
    for seg in segments:
        chars = list(seg.text)
        for at, off in enumerate(seg.offsets[: len(seg.text)]):
            if any(span.start <= off < span.end for span in paired):
                chars[at] = " "
        kept.append(attrs.evolve(seg, text="".join(chars)) if paired else seg)
    return side_words(kept)


def syllables(segments: Sequence[Segment]) -> list[str]:
    """The lower-case syllables of hyphenated given names in Latin letters, capitalised ("Sung-yop":
    "Yop"): a Russian name in a case form ends in one ("Ли Сын Ёпом")."""
    return [
        part.capitalize()
        for seg in segments
        for w in compounds(seg.text)
        if "-" in w and w[:1].isupper() and w.isascii()
        for part in w.split("-")[1:]
        if part.isalpha() and part.islower()
    ]


def declined_syllables(mention: Mention) -> bool:
    """Whether a Russian name of two words or more ends in a short syllable with a case ending
    ("Ли Сын Ёпом", "Ли Ен Хаком"), which may meet a lower-case syllable of the translation."""
    words = words_of_name(mention.text)
    return len(words) > 1 and has_cyrillic(words[-1]) and _DECLINED_SYLLABLE.fullmatch(words[-1]) is not None


#: A short capitalised syllable with a Russian case ending.
_DECLINED_SYLLABLE = regex.compile(r"\p{Lu}\p{Ll}{0,3}(?:ом|ем|ым|а|у|е|ю|я)")


class LazyWords:
    """The words of one side of a bead (see :func:`side_words`), read when first asked for: most
    beads pair their names by the mentions alone."""

    def __init__(self, segments: list[Segment]) -> None:
        self._segments = segments
        self.side_words: list[str] | None = None

    def get(self) -> list[str]:
        """The words (see :func:`side_words`)."""
        if self.side_words is None:
            self.side_words = side_words(self._segments)
        return self.side_words
