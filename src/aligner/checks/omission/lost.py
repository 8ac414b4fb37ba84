"""A clause of the original that carries a fact the translation does not give.

"… просит принять 300 детей, из них 120 - в санатории Крыма." rendered "… asks that 300
children be accepted.": the translation is hardly shorter than the original predicts (the
clause is short), so the length rules see nothing, and the clause has too few words for the
word rules alone. But the clause holds a number or a name the translation lacks, none of its
words is rendered beside it, and the rest of the sentence is: that is a clause left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from ...analysis import WordKeys, number_counts, number_keys
from ...keys import Key
from ...model import SOURCE, Mention, Segment, Span
from ...tokens import word_pattern
from .. import CheckContext
from .._number_pairs import same_number
from .._number_severity import time_units
from ..name_pairs import words_of_name
from ..name_words import word_accounted
from .breaks import Piece
from .clauses import clauses
from .condition import gives_condition, holds_condition, opens_condition
from .keys import Plain, bag, matched_mentions, support_share, word_count, word_key_sets
from .qualification import holds_qualification, interrupted_qualification, lost_qualification
from .reported import opens_speech, reports_speech

__all__ = [
    "COMMON_LETTERS",
    "LONG_CLAUSE_REST",
    "MIN_CLAUSE_KEYS",
    "NUMBER_CLAUSE_SHARE",
    "REST_SUPPORT",
    "is_reference",
    "lost_clause",
]

#: The least share of the rest of the sentence's keyed words the translation must render.
REST_SUPPORT = 0.5
#: The fewest keyed words and numbers the clause needs (one of them the fact it carries).
MIN_CLAUSE_KEYS = 2
#: The largest share of the sentence's words a lost clause may hold when it gives a number the
#: translation lacks (otherwise half): «…, чтобы груз сопровождался представителем и чтобы о его
#: отправке извещали не позднее чем за 10 дней» given without its last clause.
NUMBER_CLAUSE_SHARE = 2 / 3
#: The fewest words the rest of the sentence needs beside a clause of over half its words: a short
#: sentence («Делегаты вспоминали о трудностях, пережитых в начале 30-х годов.») has too little rest
#: to show that the translation renders it and drops the clause, not that it words both otherwise.
LONG_CLAUSE_REST = 8
#: The least share of the rest's keyed words the translation must render beside a clause of
#: qualification that holds over half the sentence's words (up to :data:`NUMBER_CLAUSE_SHARE`):
#: «Завод просит прислать чертежи станков и пока не настаивает на приезде инженеров» given as
#: "The works asks for the drawings of the machine tools" renders the rest nearly whole.
QUALIFIED_REST_SUPPORT = 0.75
#: A clause of qualification of a kind the translation does not give may share one keyed word in
#: this many with the translation by chance («поскольку дорога размыта» beside "the goods go by
#: road") and still count as left out.
QUALIFIED_STRAY = 4


def _lost_names(context: CheckContext, mine: Sequence[Segment], others: Sequence[Segment]) -> list[Span]:
    """Where ``mine`` names a name ``others`` does not give, in any spelling or case form («по словам
    Охаба» and "according to Ochab" give one name)."""
    given = matched_mentions(context, mine, others)
    theirs = [w for o in others for w in words_of_name(o.text)]
    language = context.source.language
    return [
        m.span
        for m in context.mentions(mine, "names")
        if not any(m.span.overlaps(g) for g in given)
        and not all(word_accounted(w, language, theirs) for w in words_of_name(m.text))
        and not _surname_given(m.text, language, theirs)
    ]


def _surname_given(name: str, language: str, theirs: Sequence[str]) -> bool:
    """Whether a name of several words is given by its first or last word alone, where a surname
    stands ("Peng went on" for «продолжал Пын Дэ-хуай», "Novak" for «Иржи Новак»): the name is
    rendered, if shortened. An initial is no surname ("V." of «В. Новак»)."""
    parts = name.split()
    if len(parts) < 2:
        return False
    ends = [words_of_name(p) for p in (parts[0], parts[-1]) if not p.endswith(".")]
    return any(
        all(word_accounted(w, language, theirs) for w in end) for end in ends if end and len(end[0]) > 1
    )


#: Runs of letters alone (no joiners, no marks), for the units of time.
_LETTERS = word_pattern(joiners="", marks=False)

#: Runs of letters (a hyphenated word whole), for the common-word test.
_WORD = word_pattern()

#: The fewest letters of the common word a clause needs (a word, not a list of names or figures).
COMMON_LETTERS = 4


#: The fewest short words in lower case (two letters or more, no abbreviation) that make a clause
#: of a run of names and figures: «из них 600 тыс. - в Литовской ССР» (of them …).
SHORT_COMMON_WORDS = 2


def _has_common_word(text: str) -> bool:
    """Whether ``text`` holds a word in lower case of :data:`COMMON_LETTERS` letters or more, or
    :data:`SHORT_COMMON_WORDS` shorter ones that are no abbreviations («из них», not «тыс.»): a
    clause, not a list of names or figures («30 тыс. т, 25 тыс. т») the other side may spell and
    join otherwise."""
    short = 0
    for m in _WORD.finditer(text):
        w = m.group()
        if not w[:1].islower():
            continue
        if len(w) >= COMMON_LETTERS:
            return True
        if len(w) >= 2 and text[m.end() : m.end() + 1] != ".":
            short += 1
    return short >= SHORT_COMMON_WORDS


#: The largest share of a clause's keyed words the translation may meet by chance when the clause
#: gives a number the translation lacks: «с тем чтобы расходы были отнесены на счет кредита 1955 года»
#: left out, its «отнесены» (carried) meeting the "carrying" that renders the rest's «перевозки».
CHANCE_MEETING_SHARE = 1 / 4


def _met_by_chance(
    met: Sequence[frozenset[Key]], keyed: Sequence[frozenset[Key]], lost_number: object
) -> bool:
    """Whether the clause's words the translation meets are too few to say it is rendered: the
    clause gives a number the translation lacks, and one of its keyed words in four at most meets."""
    return bool(lost_number) and len(met) <= len(keyed) * CHANCE_MEETING_SHARE


def _lost_numbers(context: CheckContext, mine: Sequence[Segment], others: Sequence[Segment]) -> list[Span]:
    """Where ``mine`` gives a number, in figures or in words («в течение пяти лет»), whose amounts
    ``others`` does not give; a weak number word («раз», "one") is no fact."""
    theirs = {getattr(m.value, "amounts", None) for m in context.mentions(others, "numbers")}
    given = _given_numbers(context, mine, others)
    mentions = context.mentions(mine, "numbers")
    return [
        m.span
        for m in mentions
        if getattr(m.value, "amounts", None) not in theirs
        and m.span not in given
        and not is_reference(m)
        and not getattr(m.value, "weak", False)  # «А раз это так»: "раз" (once) is no fact
    ]


def _given_numbers(context: CheckContext, mine: Sequence[Segment], others: Sequence[Segment]) -> set[Span]:
    """Where ``mine`` gives a number ``others`` gives in another form, as the number check pairs
    them: a whole hour as a clock time («до 21 часа» and "until 9 p.m.")."""
    theirs = [m for m in context.mentions(others, "numbers") if m.number.clock]
    if not theirs:
        return set()
    return {m.span for m in context.mentions(mine, "numbers") if any(same_number(m, o) for o in theirs)}


def _given_keys(context: CheckContext, mine: Sequence[Segment], others: Sequence[Segment]) -> frozenset[Key]:
    """The number keys of the numbers of ``mine`` that ``others`` gives in another form
    (:func:`_given_numbers`): no number the translation lacks."""
    given = _given_numbers(context, mine, others)
    return frozenset().union(
        *(number_keys(m.text) for m in context.mentions(mine, "numbers") if m.span in given)
    )


def is_reference(mention: Mention) -> bool:
    """Whether a number mention is a reference (a sheet mark «/л. 23/», a file number): no fact."""
    return getattr(mention.value, "role", "") == "reference"


def _reference_keys(context: CheckContext, mine: Sequence[Segment]) -> frozenset[Key]:
    """The number keys of the references of ``mine`` («/л. 23/» inside a sentence): apparatus."""
    return frozenset().union(
        *(number_keys(m.text) for m in context.mentions(mine, "numbers") if is_reference(m))
    )


#: A year of the calendar (four digits) right before a word: «с 1953 года», «в 1950 году».
_YEAR_BEFORE = regex.compile(r"(?<!\d)(?:1[0-9]{3}|20[0-9]{2})\s*$")


def _units_of_time(text: str, language: str) -> int:
    """How many words of ``text`` name a unit of time (день, лет; month, fortnight), the word of a
    calendar year («с 1953 года», a date, not a period counted in years) aside."""
    units = time_units(language)
    lowered = text.lower()
    return sum(
        1
        for m in _LETTERS.finditer(lowered)
        if m.group() in units and not _YEAR_BEFORE.search(lowered[max(0, m.start() - 12) : m.start()])
    )


def _other_time_unit(text: str, rest: str, other_text: str, source: str, target: str) -> bool:
    """Whether the clause ``text`` counts a unit of time («срок - 30 дней», «2 недели») and
    ``other_text`` names one the ``rest`` of the sentence does not account for ("within a month",
    "a fortnight"): the period is given, perhaps in other units (the number check compares the
    figures), not a fact left out."""
    if not _units_of_time(text, source):
        return False
    return _units_of_time(other_text, target) > _units_of_time(rest, source)


def _lost_condition(context: CheckContext, mine: Sequence[Segment], others: Sequence[Segment]) -> bool:
    """Whether ``mine`` sets a condition («если …», «в случае …») and ``others`` gives none."""
    return any(holds_condition(s.text, context.source.language) for s in mine) and not any(
        gives_condition(o.text, context.target.language) for o in others
    )


def _lost_qualifications(context: CheckContext, mine: Sequence[Segment], others: Sequence[Segment]) -> bool:
    """Whether ``mine`` holds the opener of a qualification (a reason, a reservation, a limit) of a
    kind ``others`` gives none of (:mod:`.qualification`)."""
    ours = frozenset().union(*(holds_qualification(s.text, context.source.language) for s in mine))
    if not ours:
        return False
    theirs = frozenset().union(*(holds_qualification(o.text, context.target.language) for o in others))
    return bool(ours - theirs)


def _lost_attribution(context: CheckContext, mine: Sequence[Segment], others: Sequence[Segment]) -> bool:
    """Whether a segment of ``mine`` opens with an attribution («По данным МВД, …», «Как сообщает
    посол, …») while ``others`` reports no speech: whose word the sentence is may be lost."""
    if reports_speech(" ".join(o.text for o in others), context.target.language):
        return False
    return any(opens_speech(s.text, context.source.language) for s in mine)


def _may_carry_a_fact(context: CheckContext, mine: Sequence[Segment], others: Sequence[Segment]) -> bool:
    """Whether ``mine`` holds a number ``others`` does not, or a name at all, or a condition or a
    qualification ``others`` does not give: the cheap test that spares most beads the
    clause-by-clause reading."""
    text = [s for s in mine if s.side == SOURCE and s.is_text]
    if not text:
        return False
    if (
        context.mentions(text, "names")
        or _lost_condition(context, text, others)
        or _lost_qualifications(context, text, others)
        or _lost_attribution(context, text, others)
    ):
        return True
    numbers = (
        set().union(*(number_keys(s.text) for s in text))
        - _reference_keys(context, text)
        - _given_keys(context, text, others)
    )
    if numbers - set().union(*(number_keys(o.text) for o in others)):
        return True
    return bool(_lost_numbers(context, text, others))


def lost_clause(
    context: CheckContext, mine: Sequence[Segment], others: Sequence[Segment], *, lexicon: WordKeys
) -> Piece | None:
    """The clause (a run of clauses, under half the sentence's words, or :data:`NUMBER_CLAUSE_SHARE`
    when it gives a number the translation lacks) of an original segment of
    ``mine`` that ``others`` leaves out, judged by the fact it carries: it holds a number or a
    name ``others`` does not give (a name only outside the sentence's opening clause, where the
    speaker stands, whom translations often give as "he" or "the Ambassador"), or it opens with
    a condition and ``others`` gives none (:mod:`.condition`); none of its words
    or numbers meets ``others`` (a number the rest of the sentence gives as well, «в 1950 году …, при
    условии … до 1 июля 1950 г.», is the rest's, unless ``others`` gives it as often as the
    sentence does: a headline run into its first sentence, both repeating "500 million"); it has a
    common word (:func:`_has_common_word`) and
    :data:`MIN_CLAUSE_KEYS` keyed words (a number counting as one) or more; and ``others``
    renders at least :data:`REST_SUPPORT` of the rest of the sentence. The longest such clause,
    or ``None``."""
    if not _may_carry_a_fact(context, mine, others):
        return None
    theirs = bag((o.text for o in others), "target", lexicon)
    other_text = " ".join(o.text for o in others)
    told = number_counts(other_text)  # how often the translation gives each number
    lost_names: list[Span] | None = None  # looked up when a clause first qualifies
    lost_numbers = _lost_numbers(context, mine, others)
    references = _reference_keys(context, mine) | _given_keys(context, mine, others)  # no fact lost
    condition = _lost_condition(context, mine, others)
    best: Piece | None = None
    for seg in mine:
        if seg.side != SOURCE or not seg.is_text:
            continue
        total = word_count(seg.text)
        counts: Counter[Key] | None = None  # the sentence's numbers, counted when a clause shares one
        for piece in clauses(seg):
            text = piece.text
            if word_count(text) > total * NUMBER_CLAUSE_SHARE or (
                best is not None and len(text) <= len(best.text)
            ):
                continue
            if not _has_common_word(text):
                continue  # a clause of names or figures alone: a list the other side may spell otherwise
            numbers = number_keys(text) - references
            rest = seg.text[: piece.start] + " " + seg.text[piece.end :]
            shared = numbers & theirs
            if shared:
                if counts is None:
                    counts = number_counts(seg.text)
                if shared - number_keys(rest) or any(told[k] >= counts[k] for k in shared):
                    continue  # a number the translation gives as often as the sentence does
            keyed = word_key_sets(Plain(text), lexicon, SOURCE)
            in_words = any(span.overlaps(piece.span) for span in lost_numbers)  # «пяти лет»
            if len(keyed) + bool(numbers or in_words) < MIN_CLAUSE_KEYS:
                continue
            qualified = lost_qualification(text, other_text, context.source.language, context.target.language)
            if qualified and interrupted_qualification(text, context.source.language):
                continue  # «поскольку, по ее мнению,»: its statement is the next clause's, judged with it
            over_half = word_count(text) > total / 2
            if (
                over_half
                and not qualified
                and (not (numbers - theirs or in_words) or total - word_count(text) < LONG_CLAUSE_REST)
            ):
                continue  # over half the sentence: a number lost, and a rest long enough to judge
            met = [k for k in keyed if k & theirs]
            if met and not _met_by_chance(met, keyed, numbers or in_words):
                # a word the rest repeats («колхозы … а слабые колхозы») is the rest's, rendered
                ours = bag([rest], SOURCE, lexicon)
                stray = sum(1 for k in met if not k & ours)
                if stray and not (qualified and stray * QUALIFIED_STRAY <= len(keyed)):
                    continue  # a qualification may share a common word by chance ("путь" and "by way of")
            if (numbers or in_words) and _other_time_unit(
                text, rest, other_text, context.source.language, context.target.language
            ):
                continue  # «срок - 30 дней» given as "within a month": the number check's question
            if (
                not numbers
                and not in_words
                and not qualified
                and not (condition and opens_condition(text, context.source.language))
            ):
                attribution = opens_speech(text, context.source.language)
                reported = attribution and reports_speech(other_text, context.target.language)
                if piece.start == 0 and not (attribution and not reported):
                    # "Гарриман заявил, …": the speaker, whom translations often give as "he"; but «По
                    # данным МВД, …» beside a translation that reports no speech drops its source
                    continue
                if reported:
                    continue  # «…, сообщили в Гидрометцентре»: the speaker, where "… said" gives one
                if lost_names is None:
                    lost_names = _lost_names(context, mine, others)
                if attribution:
                    # an attribution the translation does not report is a fact of its own, unless a name
                    # in it is given there ("MVD figures show" for «По данным МВД»)
                    named = [m.span for m in context.mentions(mine, "names") if m.span.overlaps(piece.span)]
                    if any(not any(n.overlaps(lost) for lost in lost_names) for n in named):
                        continue
                elif not any(span.overlaps(piece.span) for span in lost_names):
                    continue
            least = QUALIFIED_REST_SUPPORT if qualified and over_half else REST_SUPPORT
            if support_share(rest, SOURCE, other_text, "target", lexicon) < least:
                continue
            best = piece
    return best
