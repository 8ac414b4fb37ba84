"""How a bead's source terms meet the translation's, for the ``term`` check (:mod:`aligner.checks.term`):
whether two terms may name one concept or one stands where the other belonged (same family, or
confusable), and the pairing of each source term with a counterpart of its concept, the nearest its place
first, a candidate among words that render the term's neighbours before others; a term still alone then
pairs with one naming its kind ("вагоны" and "tank cars").
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable, Sequence

from ..features.terms import TERMS_FILE, term_concepts, term_relations
from ..model import SOURCE, TARGET, Mention, Segment
from ..resources import data_toml
from . import CheckContext
from .omission.breaks import function_words

__all__ = [
    "agreement",
    "nearest",
    "pair_kinds",
    "pair_up",
    "places",
    "shortened",
    "terms_match",
    "terms_rival",
]


def _concepts(mention: Mention) -> frozenset[str]:
    return term_concepts(mention)


def terms_match(a: Mention, b: Mention) -> bool:
    """Whether two term mentions may name one concept."""
    return bool(_concepts(a) & _concepts(b))


def _kind_of(a: Mention, b: Mention) -> bool:
    """Whether one term names a kind of what the other names ("вагоны" and "tank cars", «цистерны» and
    "cars": ``covers`` in terms.toml)."""
    ca, cb = _concepts(a), _concepts(b)
    covers = _covers()
    return any(covers.get(c, frozenset()) & cb for c in ca) or any(
        covers.get(c, frozenset()) & ca for c in cb
    )


def pair_kinds(lone: list[Mention], tgt: list[Mention]) -> list[Mention]:
    """The source terms still alone once each is paired, in order, with a translation term left over
    that names its kind or a kind of it (removed from ``tgt``): a generic word for a specific one is a
    rendering, but only once no term of either side's own concept is left to pair with it ("вагоны и
    цистерны" against "freight cars and flatcars" still changes the tank cars)."""
    alone = []
    for s in lone:
        t = next((t for t in tgt if _kind_of(s, t)), None)
        if t is None:
            alone.append(s)
        else:
            tgt.remove(t)
    return alone


def terms_rival(a: Mention, b: Mention) -> bool:
    """Whether ``b`` may stand in a translation where ``a`` belonged: same family, or confusable; not
    where one names a body by the word its full name's other names for it (:func:`shortened`)."""
    families, confusable = term_relations()
    fa = {families.get(c, "") for c in _concepts(a)} - {""}
    fb = {families.get(c, "") for c in _concepts(b)} - {""}
    if shortened(a, b):
        return False
    if fa & fb:
        return True
    return any(confusable.get(c, frozenset()) & _concepts(b) for c in _concepts(a))


def shortened(a: Mention, b: Mention) -> bool:
    """Whether one of two terms names a body by a word of the other's full name, as a document shortens a
    body it names in full («Комитета» for the State Defense Committee, "the Ministry" for «Министерство
    внешней торговли»): a word that is a whole form of one concept and a word of a form of several words
    of the other in Russian, both bodies (``body_families`` in terms.toml)."""
    heads, words = _heads_and_words()
    pairs = [(x, y) for x in _concepts(a) for y in _concepts(b)]
    return any(
        heads.get(x, frozenset()) & words.get(y, frozenset())
        or heads.get(y, frozenset()) & words.get(x, frozenset())
        for x, y in pairs
    )


def pair_up(
    src: Sequence[Mention],
    tgt: Sequence[Mention],
    where_s: tuple[int, int],
    where_t: tuple[int, int],
    agree: Callable[[Mention, Mention], bool] | None = None,
) -> tuple[list[Mention], list[Mention], list[tuple[Mention, Mention]]]:
    """The source terms left without a counterpart, the translation's terms left over and the pairs made
    (source term, its counterpart), once as many
    source terms as can be are paired with a translation term that may name their concept, each
    choosing first the nearest of its own concept (:func:`nearest`). A term one of whose candidates
    another needs moves to another of its own: "истребителя предложили самолету" against "fighters
    signalled the aircraft", where "aircraft" may name a fighter too, pairs the fighters with
    "fighters" and the aircraft with "aircraft", not the fighters with "aircraft". A candidate of the
    term's own concept whose neighbouring words render the term's own (``agree``) comes first:
    «университету … коммерческого института» against "the commercial institute … the State Institute"
    pairs the institute with "commercial institute", wherever the translation moved it."""
    taken: dict[int, int] = {}  # translation term -> source term

    def place(i: int, seen: set[int]) -> bool:
        options = [j for j, t in enumerate(tgt) if terms_match(src[i], t)]
        agreeing = []
        if agree is not None and len(options) > 1:
            agreeing = [j for j in options if tgt[j].value == src[i].value and agree(src[i], tgt[j])]
        ranked = []
        while options:
            first = [j for j in agreeing if j in options]
            pool = first or options
            best = nearest(src[i], [tgt[j] for j in pool], where_s, where_t, same_first=True)
            j = next(j for j in pool if tgt[j] is best)
            ranked.append(j)
            options.remove(j)
        for j in ranked:
            if j in seen:
                continue
            seen.add(j)
            if j not in taken or place(taken[j], seen):
                taken[j] = i
                return True
        return False

    lone_at = [i for i in range(len(src)) if not place(i, set())]
    _nearer_takes(src, tgt, taken, lone_at, where_s, where_t)
    lone = [src[i] for i in sorted(lone_at)]
    pairs = [(src[i], tgt[j]) for j, i in sorted(taken.items())]
    return lone, [t for j, t in enumerate(tgt) if j not in taken], pairs


def _nearer_takes(
    src: Sequence[Mention],
    tgt: Sequence[Mention],
    taken: dict[int, int],
    lone_at: list[int],
    where_s: tuple[int, int],
    where_t: tuple[int, int],
) -> None:
    """Give a counterpart two source terms of one concept both want to the one that keeps the order of
    the other pairs, or of equals the nearer its place (in ``taken`` and ``lone_at``, in place): "две
    стрелковые дивизии 3-го корпуса и 7-я дивизия" against "two rifle brigades of the 3rd Corps and the
    7th division" pairs "division" with the division after the corps, and leaves the first, which the
    translation changed, alone."""

    def crossings(i: int, j: int, k: int) -> int:
        """How many other pairs the pair (i, j) crosses (``k``: the term it would replace)."""
        return sum(
            (src[i].span.start - src[a].span.start) * (tgt[j].span.start - tgt[b].span.start) < 0
            for b, a in taken.items()
            if a not in (i, k)
        )

    def distance(s: Mention, t: Mention) -> float:
        here = (s.span.start - where_s[0]) / where_s[1]
        return abs((t.span.start - where_t[0]) / where_t[1] - here)

    def rival_crossing(winner: int, j: int, loser: int) -> int:
        """1 when the term left alone would meet a rival translation term left over (the one the
        translation changed it into) out of the order of the pair (winner, j): "отряд … отрядом" against
        "detachment … division" gives the detachment to the first and the division to the second."""
        left = [t for b, t in enumerate(tgt) if b not in taken and terms_rival(src[loser], t)]
        if len(left) != 1:
            return 0
        return int(
            (src[winner].span.start - src[loser].span.start) * (tgt[j].span.start - left[0].span.start) < 0
        )

    for n, i in enumerate(lone_at):
        for j, k in list(taken.items()):
            if src[k].value != src[i].value or tgt[j].value != src[i].value:
                continue
            mine = (crossings(i, j, k) + rival_crossing(i, j, k), distance(src[i], tgt[j]))
            if mine < (crossings(k, j, i) + rival_crossing(k, j, i), distance(src[k], tgt[j])):
                taken[j], lone_at[n] = i, k
                break


#: How many words with lexicon keys on either side of a term are its neighbours (an adjective, a genitive).
_NEIGHBOURS = 2


def agreement(
    context: CheckContext, src_text: Sequence[Segment], tgt_text: Sequence[Segment]
) -> Callable[[Mention, Mention], bool]:
    """Whether a source term and a translation term stand among words that render one another: the
    lexicon keys (a name's sound among them) of up to :data:`_NEIGHBOURS` words either side of each, in
    its segment, function words aside, meet («коммерческого института» and "commercial institute",
    «треста «Приморуголь»» and "the Primorugol trust")."""
    keys = context.analysis.keys
    stop = {SOURCE: function_words(context.source.language), TARGET: function_words(context.target.language)}
    memo: dict[tuple[int, int, str], frozenset] = {}

    def around(m: Mention, segs: Sequence[Segment], side: str) -> frozenset:
        found = memo.get((m.span.start, m.span.end, side))
        if found is not None:
            return found
        seg = next((g for g in segs if g.span.start <= m.span.start < g.span.end), None)
        if seg is None:
            return frozenset()
        at, end = bisect_left(seg.offsets, m.span.start), bisect_left(seg.offsets, m.span.end)
        words = [
            (a, keys.word_keys(w, side)) for a, _e, w in keys.tokens_of(seg) if w.lower() not in stop[side]
        ]
        before = [k for a, k in words if a < at and k][-_NEIGHBOURS:]
        after = [k for a, k in words if a >= end and k][:_NEIGHBOURS]
        found = memo[m.span.start, m.span.end, side] = frozenset().union(*before, *after)
        return found

    def agree(s: Mention, t: Mention) -> bool:
        return bool(around(s, src_text, SOURCE) & around(t, tgt_text, TARGET))

    return agree


def places(text: Sequence[Segment]) -> tuple[int, int]:
    """Where a bead's side begins in the original text and how long it is (at least 1)."""
    start = text[0].span.start
    return start, max(1, text[-1].span.end - start)


def nearest(
    s: Mention,
    candidates: Sequence[Mention],
    where_s: tuple[int, int],
    where_t: tuple[int, int],
    *,
    same_first: bool = False,
) -> Mention | None:
    """The candidate whose place in its side of the bead is nearest the source term's place in its own
    (the first of equals): "в полках 96 танков и 38 самоходных орудий" against "the tank regiments had 96
    tanks and 38 tanks" pairs the tanks with "96 tanks" and cites the last "tanks", where the change
    lies. ``same_first``: a candidate naming the source term's own concept comes before one that may
    name it ("fighters" before "aircraft" for "истребители")."""
    if not candidates:
        return None
    here = (s.span.start - where_s[0]) / where_s[1]
    return min(
        candidates,
        key=lambda t: (
            same_first and t.value != s.value,
            abs((t.span.start - where_t[0]) / where_t[1] - here),
        ),
    )


@functools.cache
def _heads_and_words() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Of each body concept (``body_families`` in terms.toml), its Russian forms of one word and the
    words of its Russian forms of several words (lemmas, ё as е): the original's words, since English
    renders many bodies by one word of many ("court" for a supreme and a people's court alike)."""
    data = data_toml(TERMS_FILE)
    bodies = frozenset(data.get("body_families", ()))
    heads: dict[str, frozenset[str]] = {}
    words: dict[str, frozenset[str]] = {}
    for c in data.get("concept", ()):
        if c["family"] not in bodies:
            continue
        forms = [form.lower().replace("ё", "е").split() for form in c.get("ru", ())]
        heads[c["id"]] = frozenset(f[0] for f in forms if len(f) == 1)
        words[c["id"]] = frozenset(w for f in forms if len(f) > 1 for w in f)
    return heads, words


@functools.cache
def _covers() -> dict[str, frozenset[str]]:
    """Each term concept with the narrower concepts it covers (``covers`` in terms.toml)."""
    return {
        c["id"]: frozenset(c.get("covers", ()))
        for c in data_toml(TERMS_FILE).get("concept", ())
        if c.get("covers")
    }
