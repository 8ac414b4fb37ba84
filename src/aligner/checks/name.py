"""The ``name`` check: people, places and organisations one side names and the other does not.

Names are compared by their cross-script keys (:func:`aligner.translit.name_key`),
so "Ким Ир Сен", "КИМ ИР СЕН" and "Kim Il Sung", "Хрущев" and "Khrushchev",
"Мао Цзэдун" and "Mao Tse-tung" (a known rendering in ``data/names.toml``)
meet. A name that finds no name on the other side may still be accounted for word by word
(:mod:`aligner.checks.name_accounted`).

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
from collections.abc import Iterator, Sequence

import attrs
import regex

from ..config import Config
from ..model import Finding, Mention, Segment, Severity
from . import CheckContext
from .duplicate import witness_of
from .name_accounted import LazyWords, accounted, declined_syllables, free_words, syllables
from .name_changed import weak_names
from .name_compass import compass_findings, compass_renamed, reported_once
from .name_doubt import BESIDE_REASON as NAMED_BESIDE
from .name_doubt import doubt_of, named_beside, nearest_places, title_added
from .name_gender import gender_findings, women_named
from .name_given import given_for_initials
from .name_initials import initials_findings
from .name_objects import capitalised_words, object_swap_findings
from .name_pairs import (
    NAMES_ALIKE,
    SYLLABLES_ALIKE,
    matched_pairs,
    pair_names,
    syllables_account,
    words_of_name,
)
from .name_roles import opening_names, swap_findings
from .name_text import bracketed, inner_capitals
from .name_words import word_accounted, words_alike
from .omission.retranslated import second_translation_of
from .spelt_out import spelt_out_names

__all__ = ["check_name", "NAMES_ALIKE", "SYLLABLES_ALIKE", "word_accounted", "words_alike"]


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


def check_name(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report names of a bead that one side gives and the other does not."""
    found = reported_once(list(_bead_findings(context)))  # a turned compass word reported once
    seen = Counter(pair for _, pairs in found for pair in pairs)
    for finding, pairs in found:
        beside = named_beside(context, finding) if finding.severity is Severity.MAJOR else ""
        if beside and finding.rule == "name.missing":
            finding = attrs.evolve(
                finding, severity=Severity.MINOR, message=finding.message + NAMED_BESIDE.format(ids=beside)
            )
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
        one_to_one = len(bead.source) == 1 and len(bead.target) == 1
        if one_to_one and src and tgt:
            places = (src_text[0].span.start, tgt_text[0].span.start)
            both = opening_names(src_text, texts[0], src), opening_names(tgt_text, texts[1], tgt)
            if len(both[0]) > 1 and len(both[1]) > 1:  # a swap takes two names a side
                pairs = matched_pairs(*both)
                swaps = list(swap_findings((bead.source, bead.target), pairs, places, *texts))
                if not swaps:  # a doer and an object: the name reader may miss a surname in a case form
                    pairs = matched_pairs(capitalised_words(src_text, texts[0], src), both[1])
                    keys = context.analysis.keys.word_keys
                    swaps = list(object_swap_findings((bead.source, bead.target), pairs, places, texts, keys))
                for finding in swaps:
                    yield finding, none
        sides = _Side(context, src_text, src, source=True), _Side(context, tgt_text, tgt, source=False)
        lone_src, lone_tgt = _lone_names(context, *sides, one_to_one=one_to_one)
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
            if (
                strong
                and doubt is None
                and compass_renamed(s.span, [t.span for t in lone_tgt], (src_text, tgt_text), texts)
            ):
                doubt = (
                    " (both name a region by a compass word: perhaps the region under another of its names)"
                )
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


class _Side:
    """One side of a bead for the name check: its text segments, names and words (read when
    first needed), and the answers of :func:`~aligner.checks.name_accounted.accounted` so far."""

    def __init__(
        self, context: CheckContext, text: list[Segment], names: list[Mention], *, source: bool
    ) -> None:
        self.context = context
        self.text = text
        self.names = names
        self.language = (context.source if source else context.target).language
        self.raw = context.source_text if source else context.target_text
        self.words = LazyWords(text)
        self.proper = inner_capitals(text)
        self.memo: dict[tuple[str, bool, bool, bool], bool] = {}

    def unmet(self, mention: Mention, other: _Side) -> bool:
        """Whether a name of this side is not accounted for by the words of ``other``."""
        lexicon = self.context.analysis.lexicon
        words = other.words.get()
        return not accounted(mention, self.language, words, self.memo, lexicon, self.raw, other.proper)

    def weak_unmet(self, other: _Side) -> list[Mention]:
        """Words of this side read as names where the other lacks one (:func:`_weak`) that
        ``other`` does not account for."""
        return [m for m in _weak(self.context, self.text, self.language, self.names) if self.unmet(m, other)]


def _lone_names(
    context: CheckContext, src: _Side, tgt: _Side, *, one_to_one: bool
) -> tuple[list[Mention], list[Mention]]:
    """The names of a bead's original and translation that find no counterpart on the other side
    (``one_to_one``: the bead pairs one sentence with one)."""
    lexicon = context.analysis.lexicon
    lone_src, lone_tgt = pair_names(src.names, tgt.names, (_place(src.text), _place(tgt.text)))
    unpaired_src = lone_src
    lone_src = [
        s
        for s in lone_src
        if src.unmet(s, tgt)
        and not (
            declined_syllables(s)
            and accounted(s, src.language, [*tgt.words.get(), *syllables(tgt.text)], {}, lexicon, src.raw)
        )
        and not syllables_account(s.text, src.language, tgt.words.get(), syllables(tgt.text), lexicon)
    ]
    # where a name of the original is left over, a name of the translation is not accounted
    # for by the words of the original's names already paired ("Kim Il" for "Нам Иром" beside
    # "Ким Ир Сеном" and "Kim Il Sung")
    # (a name of two words or more: one word may be the rest of a paired name, "Fazhang" of
    # "Лэй Фа-чжан" against "Lei" and "Fazhang"); a name of the original met only word by word
    # keeps its words, which may be this very name's ("Фам Хунгом" and "Pham Hung")
    free = free_words(src.text, src.names, unpaired_src) if lone_src else None
    lone_tgt = [
        t
        for t in lone_tgt
        if tgt.unmet(t, src)
        or (
            free is not None
            and len(words_of_name(t.text)) > 1
            and not accounted(t, tgt.language, free, {}, lexicon, tgt.raw, src.proper)
        )
    ]
    lone_tgt = [t for t in lone_tgt if not bracketed(t, context.target_text, others_lone=bool(lone_src))]
    # «КПСС» as "the Communist Party of the Soviet Union": the abbreviation spelt out
    lone_src, lone_tgt = spelt_out_names(lone_src, lone_tgt, tgt.text, lexicon.source_keys)
    # "Llewellyn Thompson" for «Л. Томпсон»: the initial given as the first name in full
    lone_tgt = given_for_initials(lone_tgt, src.text, context.target_text)
    if not one_to_one:
        return lone_src, lone_tgt
    if not lone_src and not lone_tgt:
        # both names may open their sentences ("Петров прибыл", "Sokolov arrived")
        weak_src = src.weak_unmet(tgt)
        if weak_src:
            lone_tgt = tgt.weak_unmet(src)
            lone_src = weak_src if lone_tgt else []
    elif bool(lone_src) != bool(lone_tgt):
        # one side lacks a name: the other may have changed it into a word the name finder
        # leaves out (a sentence opening, a common-looking word after a rank)
        if lone_src:
            lone_tgt = tgt.weak_unmet(src)
        else:
            lone_src = src.weak_unmet(tgt)
    # a word read as a name on one side may be the other side's name in its other spelling
    # ("Чжоу" and "Chou" both opening their sentences): only what stays unpaired counts
    lone_src, lone_tgt = pair_names(lone_src, lone_tgt)
    return lone_src, given_for_initials(lone_tgt, src.text, context.target_text)
