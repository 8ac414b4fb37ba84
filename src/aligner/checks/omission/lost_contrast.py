"""A short clause of contrast or addition that the translation drops.

«Запасов угля хватит на месяц, а новых поставок не предвидится.» rendered "Coal stocks will last a
month.": the dropped clause carries no number, no name, no condition and no qualification, so
:mod:`.lost` does not read it, and it is too short for the length rules. But it opens with a word
of contrast or addition (``data/contrast_openers.toml``) after a comma, none of its words meets the
translation, the rest of the sentence is rendered nearly whole, and the translation has hardly a
word left over that could render the clause freely: that is a clause left out. The finding is
minor (a free translation may fold such a clause into the rest in words the lexicon does not link).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ...analysis import WordKeys, number_keys
from ...model import SOURCE, TARGET, Segment
from ...resources import data_toml
from .breaks import Piece
from .clauses import clauses
from .keys import Plain, bag, support_share, word_count, word_key_sets
from .phrases import folded_words

__all__ = [
    "CONTRAST_KEYS",
    "CONTRAST_REST_SUPPORT",
    "CONTRAST_REST_WORDS",
    "LETTER_RATIO",
    "lost_contrast",
    "no_room",
    "opens_contrast",
]

#: The fewest keyed words the clause needs: one ("а жаль") is a turn of phrase.
CONTRAST_KEYS = 2
#: The fewest words the rest of the sentence needs to show that the translation renders it.
CONTRAST_REST_WORDS = 6
#: The least share of the rest's keyed words the translation renders (as for a lost fact).
CONTRAST_REST_SUPPORT = 0.5
#: The fewest words of a short main clause («Войска отошли, но …»), which the translation must then
#: render nearly whole (:data:`SHORT_REST_SUPPORT`) to show the clause after it is left out.
SHORT_REST_WORDS = 2
#: The least share of a short main clause's keyed words the translation renders.
SHORT_REST_SUPPORT = 0.6
#: How many words more than a short main clause the clause of contrast after it may have
#: («Войска отошли, но потерь нет»: two, then three).
SHORT_CLAUSE_SLACK = 2
#: How many letters of the translation a letter of the original gives when no length model is at
#: hand (``length_ratio.toml`` gives the model's): the translation's length must lie nearer what the
#: rest predicts than what the whole sentence predicts (no room for the clause).
LETTER_RATIO = 1.0


@functools.cache
def _openers(language: str) -> tuple[frozenset[str], dict[str, str]]:
    """The openers of a clause of contrast or addition in ``language`` and the second words some need."""
    table = data_toml("contrast_openers.toml").get(language, {})
    return frozenset(table.get("openers", ())), dict(table.get("second", {}))


def opens_contrast(text: str, language: str) -> bool:
    """Whether ``text`` (a clause) opens with a word of contrast or addition («а», «но», «однако»,
    «причем», «тогда как»)."""
    words = folded_words(text[:40])
    openers, second = _openers(language)
    if not words or words[0] not in openers:
        return False
    need = second.get(words[0])
    return need is None or (len(words) > 1 and words[1] == need)


def lost_contrast(
    mine: Sequence[Segment],
    others: Sequence[Segment],
    *,
    language: str,
    lexicon: WordKeys,
    ratio: float = LETTER_RATIO,
) -> Piece | None:
    """The clause of an original segment of ``mine`` that opens with a word of contrast or addition
    after a comma and runs to the end of the sentence, under half its words, with no number and
    :data:`CONTRAST_KEYS` keyed words or more, none of which meets ``others`` (but a word the rest
    repeats); the rest has :data:`CONTRAST_REST_WORDS` words or more and ``others`` renders at least
    :data:`CONTRAST_REST_SUPPORT` of it, or it is a short main clause of :data:`SHORT_REST_WORDS` words
    or more (the clause at most :data:`SHORT_CLAUSE_SLACK` words longer) that ``others`` renders
    nearly whole (:data:`SHORT_REST_SUPPORT`), and the length of ``others`` is nearer what the rest
    predicts than what the whole predicts at ``ratio`` letters a letter or ``others`` has no words
    left over to render the clause (:func:`no_room`). A clause longer than a rest of
    :data:`CONTRAST_REST_WORDS` words or more («…, однако окончательный вывод может быть сделан только
    после …») must pass both tests. Or ``None``."""
    src = [s for s in mine if s.side == SOURCE and s.is_text]
    tgt = [o for o in others if o.side == TARGET and o.is_text]
    if len(src) != 1 or not tgt:
        return None
    seg = src[0]
    other_text = " ".join(o.text for o in tgt)
    total = word_count(seg.text)
    theirs: frozenset | None = None
    for piece in clauses(seg):
        if piece.start == 0 or seg.text[piece.end :].strip(" .;!?»\"'\n"):
            continue  # the clause ends the sentence, and something stands before it
        if not seg.text[: piece.start].rstrip().endswith((",", ";")):
            continue
        text = piece.text
        if not opens_contrast(text.lstrip(" ,;"), language) or number_keys(text):
            continue
        words = word_count(text)
        rest_words = total - words
        short = rest_words < CONTRAST_REST_WORDS
        longer = words > rest_words + (SHORT_CLAUSE_SLACK if short else 0)
        if rest_words < SHORT_REST_WORDS or (longer and short):
            continue
        need = SHORT_REST_SUPPORT if short else CONTRAST_REST_SUPPORT
        keyed = word_key_sets(Plain(text), lexicon, SOURCE)
        if len(keyed) < CONTRAST_KEYS:
            continue
        if theirs is None:
            theirs = bag([other_text], TARGET, lexicon)
        rest = seg.text[: piece.start]
        met = [k for k in keyed if k & theirs]
        if met:
            ours = bag([rest], SOURCE, lexicon)
            if any(not k & ours for k in met):
                continue  # a word of the clause is rendered: it is given, perhaps freely
        if support_share(rest, SOURCE, other_text, TARGET, lexicon) < need:
            continue
        as_long = abs(len(other_text) - ratio * len(rest)) >= abs(len(other_text) - ratio * len(seg.text))
        roomy = not no_room(rest, keyed, other_text, lexicon)
        if (as_long and roomy) or (longer and (as_long or roomy)):
            # the translation is as long as the whole, and has words left over: it may give the clause
            # freely; a clause longer than the rest must fail both tests to be left out
            continue
        return piece
    return None


#: The fewest keyed words of a clause none of which the translation renders before the words the
#: translation has left over, rather than its length, may show that the clause is left out.
ROOM_KEYS = 3


def no_room(rest: str, keyed: Sequence[frozenset], other_text: str, lexicon: WordKeys) -> bool:
    """Whether the translation ``other_text`` has too few keyed words left over to render a clause
    of ``keyed`` words (:data:`ROOM_KEYS` or more) freely: its words the ``rest`` of the sentence does
    not account for, less the rest's words it does not render (each side's words the lexicon does not
    link: "the head of the track section" for «начальник дистанции пути»), number half the
    clause's or fewer. A translation that expands the rest ("Comrade …, has been removed from his
    post") is long enough to hide a clause by its length alone; a clause given freely leaves its
    words over."""
    if len(keyed) < ROOM_KEYS:
        return False
    ours = bag([rest], SOURCE, lexicon)
    theirs = bag([other_text], TARGET, lexicon)
    spare = sum(1 for k in word_key_sets(Plain(other_text), lexicon, TARGET) if not k & ours)
    unrendered = sum(1 for k in word_key_sets(Plain(rest), lexicon, SOURCE) if not k & theirs)
    return spare - unrendered <= len(keyed) / 2
