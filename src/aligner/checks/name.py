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

Words alike by their coarse keys must also share their syllables (Кэсоне is not "Kanggye"), and
a name the finder cut ("Ch" of "Ch'oe", "Lang" of "Lang Son") is completed from its text first
(:mod:`aligner.checks.name_text`); an editor's gloss ("Mukden [Shenyang]") excuses the glossed
name only when it spells the same name or the original has no other name left unmatched.

Rules:

- ``name.missing``: a name of the original that the translation does not give;
  major in a 1-1 bead where the translation gives another name instead ("Ли
  Фу-чунь" against "Li Lisan"), minor where it gives none (a name left out or
  paraphrased: "the Chinese Premier"), and for a name inside an archive
  reference ("АВП РФ, ф. 07"). The other name may be one the name finder passes
  over elsewhere: a sentence opening or a word after a rank ("Петров доложил"
  against "Sokolov reported"; :mod:`aligner.checks.name_changed`). Minor when the
  same two names stand unmatched against each other in another passage too: a
  translator who changes a name changes it once, so that is more likely the
  translation's spelling of the name than another person. A surname alone
  with the same sounds renders the full name ("Premier Chou" for Чжоу Энь-лай).
  Word likeness lives in :mod:`aligner.checks.name_words`, the pairing of whole names in
  :mod:`aligner.checks.name_pairs`.
- ``name.added`` (minor): a name of the translation the original does not give.
- ``name.repeated`` (info): a name missing from its bead whose passage (the
  name and two words either side) another, translated segment of the original
  repeats word for word: a second witness, rendered once.
- ``name.initials`` (:mod:`aligner.checks.name_initials`): a name whose
  initials the translation changes ("Ю. Андропов" against "E. Andropov").
- ``name.compass`` (:mod:`aligner.checks.name_compass`): a region named by a compass word the translation
  turns («Северо-Казахстанской» against "South Kazakhstan").
- ``name.gender`` (:mod:`aligner.checks.name_gender`, minor): a woman's surname the translation gives in
  its man's form («Зуевой» against "Zuyev").
- ``name.untranslated`` (minor): names in original text that has no translation
  at all (a 1-0 bead), or names in a translation with no original (0-1); the
  omission check reports the passage, this one says which names it holds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

import attrs
import regex

from ..config import Config
from ..lexicon import Lexicon
from ..model import Finding, Mention, Segment, Severity
from ..tokens import words
from ..translit import has_cyrillic
from . import CheckContext
from .duplicate import witness_of
from .name_changed import weak_names
from .name_compass import compass_findings, reported_once
from .name_doubt import doubt_of, listed, nearest_places, title_added
from .name_gender import gender_findings, women_named
from .name_initials import initials_findings
from .name_pairs import (
    NAMES_ALIKE,
    SYLLABLES_ALIKE,
    distinct_counterparts,
    pair_names,
    syllables_account,
    words_of_name,
)
from .name_text import bracketed, completed_name, inner_capitals
from .name_words import word_accounted, words_alike
from .omission.retranslated import second_translation_of

__all__ = ["check_name", "NAMES_ALIKE", "SYLLABLES_ALIKE", "word_accounted", "words_alike"]


def compounds(text: str) -> list[str]:
    """The words of ``text`` with hyphens kept inside them: "Фа-чжан", "Ubsa-Nur" (a name
    written as one word on the other side)."""
    return words(text)


def _accounted(
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
    the rest of a word the name finder cut, :func:`_completed`)."""
    words = words_of_name(mention.text)
    if not words:
        return False
    fuzzy = not listed(mention)
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


def _words(segments: Iterable[Segment]) -> list[str]:
    """The distinct words of the segments, in order (a long bead repeats most of them), and
    each hyphenated compound written as one word ("Фа-чжан" also as "Фачжан")."""
    words = [w for seg in segments for w in words_of_name(seg.text)]
    words += [w.replace("-", "") for seg in segments for w in compounds(seg.text) if "-" in w]
    # an aspirate's apostrophe (Wade-Giles, McCune-Reischauer) inside a word: "Ch'ing" is also "Ching"
    words += [regex.sub(r"['’-]", "", m.group()) for seg in segments for m in _ASPIRATED.finditer(seg.text)]
    return list(dict.fromkeys(words))


#: A word with an aspirate's apostrophe after its first consonants: "Ch'ing", "P'eng", "Ch'ang-ik".
_ASPIRATED = regex.compile(r"(?<!\p{L})\p{Lu}\p{Ll}{0,2}['’]\p{Ll}+(?:-\p{Ll}+)?")


# An archive reference after a name: "АВП РФ, ф. 07", "ЦА МО РФ, оп. 3" (a fond, an inventory).
_ARCHIVE_REFERENCE = regex.compile(r"[\s,]*(?:\p{Lu}{2,}[\s,]*)*(?:ф|оп|д|л|п)\.\s*\d")


def _in_archive_reference(mention: Mention, text: str) -> bool:
    """Whether a name is part of an archive reference (the "РФ" of "АВП РФ, ф. 07")."""
    return _ARCHIVE_REFERENCE.match(text, mention.span.end, mention.span.end + 40) is not None


def _show(mentions: Sequence[Mention]) -> str:
    return ", ".join(f"“{' '.join(m.text.split())}”" for m in mentions)


def _weak(
    context: CheckContext, segments: list[Segment], language: str, names: list[Mention]
) -> list[Mention]:
    """Words of the segments read as names where the other side lacks one (:mod:`.name_changed`)."""
    titles = [m.span for m in context.mentions(segments, "titles")]
    taken = [m.span for m in (*names, *context.mentions(segments, "terms"))] + titles
    return weak_names(segments, language, taken, titles)


def _free_words(segments: Sequence[Segment], names: Sequence[Mention], lone: Sequence[Mention]) -> list[str]:
    """The words of the segments outside the names that were paired (all of ``names`` but
    ``lone``), in the form :func:`_words` gives them."""
    paired = [m.span for m in names if m not in lone]
    kept = []
    for seg in segments:
        chars = list(seg.text)
        for at, off in enumerate(seg.offsets[: len(seg.text)]):
            if any(span.start <= off < span.end for span in paired):
                chars[at] = " "
        kept.append(attrs.evolve(seg, text="".join(chars)) if paired else seg)
    return _words(kept)


def _syllables(segments: Sequence[Segment]) -> list[str]:
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


def _declined_syllables(mention: Mention) -> bool:
    """Whether a Russian name of two words or more ends in a short syllable with a case ending
    ("Ли Сын Ёпом", "Ли Ен Хаком"), which may meet a lower-case syllable of the translation."""
    words = words_of_name(mention.text)
    return len(words) > 1 and has_cyrillic(words[-1]) and _DECLINED_SYLLABLE.fullmatch(words[-1]) is not None


#: A short capitalised syllable with a Russian case ending.
_DECLINED_SYLLABLE = regex.compile(r"\p{Lu}\p{Ll}{0,3}(?:ом|ем|ым|а|у|е|ю|я)")


class _LazyWords:
    """The words of one side of a bead (see :func:`_words`), read when first asked for: most
    beads pair their names by the mentions alone."""

    def __init__(self, segments: list[Segment]) -> None:
        self._segments = segments
        self._words: list[str] | None = None

    def get(self) -> list[str]:
        """The words (see :func:`_words`)."""
        if self._words is None:
            self._words = _words(self._segments)
        return self._words


def check_name(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report names of a bead that one side gives and the other does not."""
    found = reported_once(list(_bead_findings(context)))  # a turned compass word reported once
    seen = Counter(pair for _, pairs in found for pair in pairs)
    for finding, pairs in found:
        if finding.severity is Severity.MAJOR and any(seen[pair] > 1 for pair in pairs):
            # a translator who changes a name changes it once; two names that stand unmatched
            # against each other in several passages are one name the keys do not meet
            finding = attrs.evolve(
                finding,
                severity=Severity.MINOR,
                message=finding.message[:-1] + _CONSISTENT,
            )
        yield finding


#: Why a changed name the translation repeats elsewhere is weak evidence (ends the message).
_CONSISTENT = (
    " (the two names stand unmatched against each other in another passage too: perhaps "
    "the translation's spelling of the same name)."
)


def _place(text: Sequence[Segment]) -> tuple[int, int]:
    """Where a bead's side begins in the original text and how long it is."""
    return text[0].span.start, text[-1].span.end - text[0].span.start


def _bead_findings(context: CheckContext) -> Iterator[tuple[Finding, frozenset[tuple[str, str]]]]:
    """Each finding of the check, with the pairs of name keys (original, translation) a
    ``name.missing`` finding sets against each other in its bead (empty for the others)."""
    none: frozenset[tuple[str, str]] = frozenset()
    src_lang, tgt_lang = context.source.language, context.target.language
    lexicon = context.analysis.lexicon
    women = women_named(context.source.segments, context.source_text)
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
            if lone and not src_text and all(t.id in second_translation_of(context) for t in tgt_text):
                continue  # a second edition's sentence names again what the original names
            if lone:
                finding = Finding(
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
                yield finding, none
            continue
        for finding in initials_findings(bead, src_text, tgt_text, context.source_text, context.target_text):
            yield finding, none
        for finding in compass_findings(bead, src_text, tgt_text, context.source_text, context.target_text):
            yield finding, none
        texts = (context.source_text, context.target_text)
        for finding in gender_findings(bead, src_text, tgt_text, *texts, women):
            yield finding, none
        if not src and not tgt and not (len(bead.source) == 1 and len(bead.target) == 1):
            continue
        places = (_place(src_text), _place(tgt_text))
        lone_src, lone_tgt = pair_names(src, tgt, places)
        unpaired_src = lone_src
        src_words, tgt_words = _LazyWords(src_text), _LazyWords(tgt_text)  # read when first needed
        src_proper, tgt_proper = inner_capitals(src_text), inner_capitals(tgt_text)
        src_memo: dict[tuple[str, bool, bool, bool], bool] = {}
        tgt_memo: dict[tuple[str, bool, bool, bool], bool] = {}
        src_raw, tgt_raw = context.source_text, context.target_text
        lone_src = [
            s
            for s in lone_src
            if not _accounted(s, src_lang, tgt_words.get(), src_memo, lexicon, src_raw, tgt_proper)
            and not (
                _declined_syllables(s)
                and _accounted(s, src_lang, [*tgt_words.get(), *_syllables(tgt_text)], {}, lexicon, src_raw)
            )
            and not syllables_account(s.text, src_lang, tgt_words.get(), _syllables(tgt_text), lexicon)
        ]
        # where a name of the original is left over, a name of the translation is not accounted
        # for by the words of the original's names already paired ("Kim Il" for "Нам Иром" beside
        # "Ким Ир Сеном" and "Kim Il Sung")
        # (a name of two words or more: one word may be the rest of a paired name, "Fazhang" of
        # "Лэй Фа-чжан" against "Lei" and "Fazhang"); a name of the original met only word by word
        # keeps its words, which may be this very name's ("Фам Хунгом" and "Pham Hung")
        free = _free_words(src_text, src, unpaired_src) if lone_src else None
        lone_tgt = [
            t
            for t in lone_tgt
            if not _accounted(t, tgt_lang, src_words.get(), tgt_memo, lexicon, tgt_raw, src_proper)
            or (
                free is not None
                and len(words_of_name(t.text)) > 1
                and not _accounted(t, tgt_lang, free, {}, lexicon, tgt_raw, src_proper)
            )
        ]
        lone_tgt = [t for t in lone_tgt if not bracketed(t, context.target_text, others_lone=bool(lone_src))]
        one_to_one = len(bead.source) == 1 and len(bead.target) == 1
        if one_to_one and not lone_src and not lone_tgt:
            # both names may open their sentences ("Петров прибыл", "Sokolov arrived")
            weak_src = [
                s
                for s in _weak(context, src_text, src_lang, src)
                if not _accounted(s, src_lang, tgt_words.get(), src_memo, lexicon, src_raw, tgt_proper)
            ]
            if weak_src:
                lone_tgt = [
                    t
                    for t in _weak(context, tgt_text, tgt_lang, tgt)
                    if not _accounted(t, tgt_lang, src_words.get(), tgt_memo, lexicon, tgt_raw, src_proper)
                ]
                lone_src = weak_src if lone_tgt else []
        elif one_to_one and bool(lone_src) != bool(lone_tgt):
            # one side lacks a name: the other may have changed it into a word the name finder
            # leaves out (a sentence opening, a common-looking word after a rank)
            if lone_src:
                lone_tgt = [
                    t
                    for t in _weak(context, tgt_text, tgt_lang, tgt)
                    if not _accounted(t, tgt_lang, src_words.get(), tgt_memo, lexicon, tgt_raw, src_proper)
                ]
            else:
                lone_src = [
                    s
                    for s in _weak(context, src_text, src_lang, src)
                    if not _accounted(s, src_lang, tgt_words.get(), src_memo, lexicon, src_raw, tgt_proper)
                ]
        if one_to_one:
            # a word read as a name on one side may be the other side's name in its other spelling
            # ("Чжоу" and "Chou" both opening their sentences): only what stays unpaired counts
            lone_src, lone_tgt = pair_names(lone_src, lone_tgt)
        # a name missing where the translation gives another name is a strong finding; a name
        # merely left out or paraphrased ("the Chinese Premier") is a weak one
        strong = one_to_one and bool(lone_tgt)
        # more names left over in the original than in the translation, which adds a title ("The
        # Premier … with Yeh Chien-ying" for Чжоу Энь-лай … Линь Бяо): which name the title gives is unknown
        by_title = strong and len(lone_src) > len(lone_tgt) and title_added(context, src_text, tgt_text)
        # more names left over in the original than in the translation: the translation's names
        # stand for the original's names nearest their places in the passage; the others are
        # left out or given by a common word ("Сейм" as "the Diet"), no evidence of a change
        nearest = (
            nearest_places(lone_src, lone_tgt, src_text, tgt_text, context.source_text)
            if strong and len(lone_src) > len(lone_tgt)
            else None
        )
        for s in lone_src:
            witness = witness_of(context, src_text, s)
            if witness is not None:
                finding = Finding(
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
                yield finding, none
                continue
            doubt = doubt_of(s, lone_tgt) if strong else None
            if by_title and doubt is None:
                doubt = " (one of the original's names here may be given by a title)"
            if nearest is not None and doubt is None and s not in nearest:
                doubt = (
                    " (the translation's other name more likely stands for another of the original's "
                    "names here)"
                )
            finding = Finding(
                kind="name",
                severity=Severity.MAJOR
                if strong and doubt is None and not _in_archive_reference(s, context.source_text)
                else Severity.MINOR,
                source=bead.source,
                target=bead.target,
                source_evidence=(s.span,),
                message=(
                    f"The source names {_show([s])}; the translation has no such name here"
                    + (
                        f" but names {_show(lone_tgt)}{doubt or ''}."
                        if lone_tgt
                        else " (left out, or given as a title or a pronoun?)."
                    )
                ),
                rule="name.missing",
            )
            yield finding, frozenset((str(s.value), str(t.value)) for t in lone_tgt)
        for t in lone_tgt:
            finding = Finding(
                kind="name",
                severity=Severity.MINOR,
                source=bead.source,
                target=bead.target,
                target_evidence=(t.span,),
                message=(f"The translation names {_show([t])}; the source has no such name here."),
                rule="name.added",
            )
            yield finding, none
