"""Merged beads: a member, a run-on part or a run of clauses the other side does not render."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from rapidfuzz import fuzz

from ...analysis import WordKeys
from ...keys import Key
from ...model import SOURCE, Finding, Segment, SegmentKind, Severity, Span
from ...tokens import tokens as words
from .. import CheckContext
from ..duplicate import repeated_in_translated
from ..spelt_out import abbreviations, spelt_out_name
from .added import added_clause_names, added_names_unmatched, apposition
from .breaks import Piece, breaks_of, halves
from .clauses import clauses
from .keys import (
    DIGITS,
    MIN_KEYED,
    NAME_WEIGHT,
    SENTENCE_WORDS,
    TextT,
    matched_mentions,
    unrendered_test,
    unsupported,
    word_count,
    word_key_sets,
)
from .length import LengthModel, chars_of, courteous_pair, length_points_at, lengths_stray
from .messages import finding, shortened
from .phrases import folded_words

#: A member of a merged bead may have at most this share of its keyed words met on the
#: other side to count as unrendered when the lengths also point at it.
_MEMBER_SUPPORT = 0.34


#: How loosely (standard deviations) the other side must fit the remaining members.
_MEMBER_FIT_Z = 2.5


def weak_member(
    members: Sequence[TextT],
    others: Sequence[Segment],
    *,
    side: str,
    model: LengthModel,
    lexicon: WordKeys,
) -> TextT | None:
    """The member of a merged bead that the other side seems to leave out, or ``None``.

    ``members`` (two or more segments of ``side``) face ``others``. A member
    is left out when few of its words meet the other side (at most
    :data:`_MEMBER_SUPPORT` of those with lexicon entries), it has
    :data:`SENTENCE_WORDS` words or more, and the lengths do not object: the
    other side fits the remaining members within :data:`_MEMBER_FIT_Z`
    standard deviations.
    """
    other_side = "target" if side == SOURCE else SOURCE
    weak = unrendered_test(others, other_side, side, lexicon, share=_MEMBER_SUPPORT)
    total, o_chars = sum(len(m.text) for m in members), chars_of(others)

    def z(chars: int) -> float:
        pair = (chars, o_chars) if side == SOURCE else (o_chars, chars)
        return abs(model.z(max(1, pair[0]), max(1, pair[1])))

    best: tuple[float, TextT] | None = None
    for seg in members:
        if word_count(seg.text) < SENTENCE_WORDS:
            continue
        rest = z(total - len(seg.text))
        if rest > _MEMBER_FIT_Z or not (
            weak(seg.text) or _left_over(seg, members, others, side=side, lexicon=lexicon)
        ):
            continue
        if best is None or rest < best[0]:
            best = (rest, seg)
    return best[1] if best else None


def _left_over(
    seg: TextT, members: Sequence[TextT], others: Sequence[Segment], *, side: str, lexicon: WordKeys
) -> bool:
    """Whether ``seg`` finds at most :data:`_MEMBER_SUPPORT` of its keyed words on the other side
    once the other members have taken theirs, each word of the other side rendering one word only:
    «… сдано 4 тыс. тонн шерсти. Остальная шерсть находится на складах.» given as one sentence
    with "wool" once, the second sentence's «шерсть» is the first's, and nothing renders the rest
    of it. A member sharing a figure with the other side is rendered."""
    other_side = "target" if side == SOURCE else SOURCE
    keyed = word_key_sets(seg, lexicon, side)
    if len(keyed) < MIN_KEYED or set(DIGITS.findall(seg.text)) & {
        n for o in others for n in DIGITS.findall(o.text)
    }:
        return False
    theirs = [k for o in others for k in word_key_sets(o, lexicon, other_side)]
    used = [False] * len(theirs)
    for other in members:
        if other is not seg:
            take(word_key_sets(other, lexicon, side), theirs, used)
    return take(keyed, theirs, used) <= len(keyed) * _MEMBER_SUPPORT


def unsupported_members(
    mine: list[Segment], others: list[Segment], *, side: str, model: LengthModel | None, lexicon: WordKeys
) -> list[Segment]:
    """The members of a merged bead's ``side`` that the other side does not render."""
    lone = unsupported(mine, others, side=side, lexicon=lexicon, name_weight=NAME_WEIGHT)
    if not lone and model is not None:
        member = weak_member(mine, others, side=side, model=model, lexicon=lexicon)
        lone = [member] if member is not None else []
    return lone


#: The fewest words with lexicon entries a short member needs for :func:`short_unsupported`.
SHORT_KEYED = 2


def short_unsupported(
    mine: Sequence[Segment], others: Sequence[Segment], *, side: str, lexicon: WordKeys
) -> list[Segment]:
    """The short sentences of a merged bead's ``side`` (:data:`SHORT_KEYED` words with lexicon
    entries or more, fewer than :data:`MIN_KEYED`) less than half of whose words the other
    side renders once the other members have taken their words: "Уголь нужен электростанциям." folded into the
    bead of a sentence on coal, whose translation names coal once. Too short for
    :func:`unsupported` to be sure, worth a ``minor`` note."""
    if len(mine) < 2:
        return []
    other_side = "target" if side == SOURCE else SOURCE
    theirs = [k for o in others for k in word_key_sets(o, lexicon, other_side)]
    numbers = {n for o in others for n in DIGITS.findall(o.text)}
    out = []
    for seg in mine:
        if seg.kind is not SegmentKind.TEXT or word_count(seg.text) < 3:
            continue
        keyed = word_key_sets(seg, lexicon, side)
        if not SHORT_KEYED <= len(keyed) < MIN_KEYED or set(DIGITS.findall(seg.text)) & numbers:
            continue
        used = [False] * len(theirs)
        mine_words = folded_words(seg.text)
        for other in mine:
            # a member that repeats it word for word (a sentence typed twice) takes no words of its
            # own: the duplicate check reports the repeat
            if other is not seg and folded_words(other.text) != mine_words:
                take(word_key_sets(other, lexicon, side), theirs, used)
        if take(keyed, theirs, used) <= (len(keyed) - 1) // 2:
            out.append(seg)
    return out


#: The fewest members a side of a bead holds for :func:`rendered_unseen` to apply (a 3-1 or 1-3 bead).
WIDE_MEMBERS = 3


def rendered_unseen(
    seg: Segment, mine: Sequence[Segment], others: Sequence[Segment], *, side: str, lexicon: WordKeys
) -> int:
    """How many words of the other side no other member of ``mine`` renders, when ``seg`` is a member
    of a wide bead (:data:`WIDE_MEMBERS` or more on its side: the translator split a sentence in three
    or joined three) and those words are at least as many as ``seg``'s words with lexicon entries;
    else 0. Such a member is most likely rendered in words the lexicon does not link («о паровозных
    машинистах и мастерах депо» as "locomotive drivers and depot foremen"): a sentence left out of a
    join leaves the other side's words all rendering the other members."""
    if len(mine) < WIDE_MEMBERS:
        return 0
    other_side = "target" if side == SOURCE else SOURCE
    keyed = word_key_sets(seg, lexicon, side)
    theirs = [k for o in others for k in word_key_sets(o, lexicon, other_side)]
    used = [False] * len(theirs)
    for other in mine:
        if other is not seg:
            take(word_key_sets(other, lexicon, side), theirs, used)
    free = used.count(False)
    return free if keyed and free >= len(keyed) else 0


def take(keyed: Sequence[frozenset[Key]], theirs: Sequence[frozenset[Key]], used: list[bool]) -> int:
    """How many of ``keyed`` find a word of ``theirs`` not yet ``used`` (each marked used)."""
    found = 0
    for keys in keyed:
        k = next((i for i, t in enumerate(theirs) if not used[i] and keys & t), None)
        if k is not None:
            used[k] = True
            found += 1
    return found


def unrendered_piece(
    context: CheckContext,
    mine: Sequence[Segment],
    others: Sequence[Segment],
    *,
    side: str,
    model: LengthModel | None,
    lexicon: WordKeys,
) -> Piece | None:
    """A part of a run-on segment of ``mine`` that nothing in ``others`` renders, or ``None``.

    A segment that reads as two sentences run together with no stop (a
    heading, a lost full stop, a sentence inserted before one) is cut at each
    of its loose hidden breaks, and the part on either side is judged as the
    members of a merged bead are, by :func:`unsupported`; the longest part
    that nothing renders is returned. (Length alone is no evidence here: a
    cut inside a sentence, before a name, leaves parts of any length.)

    Failing that, a run of clauses (cut at commas, colons, dashes, ellipses
    and line breaks) that nothing renders counts when the lengths agree:
    the other side is short (long) by :data:`_CLAUSE_Z` standard deviations
    and fits better without it. A part holding a name, title or term the other
    side gives too is rendered (:func:`matched_mentions`).
    """
    matched: dict[bool, list[Span]] = {}  # looked up when a part is first found unsupported

    def alone(pieces: list[Piece], *, of_clauses: bool = False) -> list[Piece]:
        # the clauses' names may be given in another case form; a run-on part's keep to their keys
        found = unsupported(pieces, others, side=side, lexicon=lexicon)
        # "the Chief Administration of …" spells out a compound abbreviation of the original (the
        # original's words are read only when a part looks like a name spelt out)
        if (
            side != SOURCE
            and any(spelt_out_name(p.text) for p in found)
            and abbreviations(" ".join(o.text for o in others if o.is_text), lexicon.source_keys)
        ):
            found = [p for p in found if not spelt_out_name(p.text)]
        if found and of_clauses not in matched:
            matched[of_clauses] = matched_mentions(context, mine, others, case_forms=of_clauses)
        return [p for p in found if not any(p.span.overlaps(span) for span in matched[of_clauses])]

    lone = alone([p for seg in mine for p in halves(context, seg)])
    if lone:
        return max(lone, key=lambda p: len(p.text))
    if model is None or not lengths_stray(mine, others, side=side, model=model):
        return None  # the lengths point at no clause of this bead
    # the lengths are asked first: they judge each part on its own, and on most beads they
    # point at no part, so that no part's words need be looked up
    lone = [
        attrs.evolve(p, clause=True)
        for p in alone(
            [
                p
                for seg in mine
                for p in clauses(seg)
                if length_points_at(p, mine, others, side=side, model=model)
            ],
            of_clauses=True,
        )
    ]
    return max(lone, key=lambda p: len(p.text)) if lone else None


#: How alike (0-100, RapidFuzz's ratio on lower-case words) a part of a segment and an earlier
#: part must be for the later one to repeat the earlier.
_ECHO_ALIKE = 80


def find_echo(
    context: CheckContext,
    mine: Sequence[Segment],
    others: Sequence[Segment],
    *,
    model: LengthModel | None,
    lexicon: WordKeys,
) -> tuple[Piece, Piece] | None:
    """A part of a run-on source segment that repeats an earlier part of it, left untranslated.

    A heading run into a subheading that says it again ("В ЮАР заявили о низкой
    эффективности вакцины В ЮАР заявили о низкой эффективности вакцины …"): the
    translation renders the repeat once, and the lengths agree (see
    :func:`length_points_at`). Returns the repeat and the part it repeats.
    """
    if model is None:
        return None
    for seg in mine:
        cuts = [0, *breaks_of(context, seg, loose=True), len(seg.text)]
        if len(cuts) < 3:
            continue  # one part: nothing earlier for it to repeat
        parts = [Piece(seg, a, b) for a, b in zip(cuts, cuts[1:], strict=False)]
        said = [" ".join(w.lower() for _s, _e, w in words(part.text)) for part in parts]
        for j, later in enumerate(parts):
            if len(said[j].split()) < SENTENCE_WORDS:
                continue
            for i, earlier in enumerate(parts[:j]):
                if fuzz.ratio(said[j], said[i]) >= _ECHO_ALIKE and length_points_at(
                    later, mine, others, side=SOURCE, model=model
                ):
                    return later, earlier
    return None


def piece_finding(
    context: CheckContext, piece: Piece, mine: Sequence[Segment], others: Sequence[Segment]
) -> Finding:
    """The finding a part of a segment of ``mine`` makes that nothing in ``others`` renders."""
    side, quote, sid = piece.seg.side, f"“{shortened(piece.text)}”", piece.seg.id
    witness = repeated_in_translated(context.analysis, piece.seg, piece.text) if side == SOURCE else None
    if witness is not None:
        return finding(
            side,
            "repeated",
            Severity.INFO,
            mine=(piece.seg,),
            evidence=(piece.span,),
            message_rule="repeated_part",
            quote=quote,
            id=sid,
            witness=witness,
        )
    rule = "clause" if piece.clause else "unsupported"
    src, tgt = (mine, others) if side == SOURCE else (others, mine)
    courtesy = piece.clause and courteous_pair(context, src, tgt)  # «… и долгих лет жизни» condensed
    # an added clause naming what the lexicon does not know may render a name of the original spelt
    # otherwise, as with the clause rule of the words (:func:`.added.added_clause_names`)
    # (unless those names can render none of the original's: then the clause adds them, as in
    # :func:`.added.added_names_unmatched`)
    lexicon = context.analysis.keys
    names = added_clause_names(piece, lexicon) if piece.clause and side != SOURCE else []
    if names and added_names_unmatched(piece, mine, others, lexicon=lexicon):
        names = []
    # "Tambov, a city south of Moscow, …": the translator tells the reader what a name is
    glossed = piece.clause and not courtesy and not names and apposition(piece)
    message_rule = rule
    if courtesy or names or glossed:
        message_rule = "clause_courtesy" if courtesy else "clause_name" if names else "clause_apposition"
    return finding(
        side,
        rule,
        Severity.MINOR if courtesy or names or glossed else Severity.MAJOR,
        mine=mine,
        others=others,
        evidence=(piece.span,),
        message_rule=message_rule if piece.clause else "unsupported_part",
        quote=quote,
        id=sid,
        names=", ".join(f"“{n}”" for n in names),
    )
