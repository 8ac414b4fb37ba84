"""A clause of the translation that renders nothing of the original: the translator's addition.

"Please speed up the shipment of the pumps, which the miners will need before the thaw."
beside «Просим ускорить отгрузку насосов.»: the added clause carries no number and no
name, and it is too short for the length rules to see (the translation is hardly longer than
predicted). But the clause has several words with lexicon entries and none of them meets the
original, while the rest of the sentence renders the original nearly whole: that is a clause the
translator put in (a reason, a softening, a gloss not in brackets).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from ...analysis import NAME_LETTERS, Key, WordKeys, number_keys
from ...model import SOURCE, TARGET, Segment
from ...resources import data_lines, data_text
from ...translit import name_key
from ..spelt_out import abbreviations, spelt_out_name
from .breaks import Piece
from .clauses import clauses
from .keys import Plain, bag, support_share, word_count, word_key_sets
from .length import LengthModel

__all__ = [
    "ADDED_CLAUSE_KEYS",
    "ADDED_CLAUSE_SHARE",
    "ADDED_STRONG_UNMET",
    "ADDED_STRONG_WORDS",
    "ADDED_CLAUSE_WORDS",
    "ADDED_LONG_SUPPORT",
    "ADDED_LONG_Z",
    "ADDED_REST_WORDS",
    "ADDED_SOURCE_SUPPORT",
    "added_clause",
    "added_clause_names",
    "added_names_unmatched",
    "added_rule",
    "apposition",
]

#: The fewest words with lexicon entries an added clause needs ("and I trust you will approve":
#: trust, approve); fewer ("as you know") are a turn of phrase.
ADDED_CLAUSE_KEYS = 2
#: The fewest words an added clause needs: a short aside ("of course", "in turn") adds no statement.
ADDED_CLAUSE_WORDS = 6
#: The largest share of its sentence's words an added clause may hold: a little over half, for an added
#: "although …" clause is often as long as the short sentence it is tacked onto; the rest must still
#: render the original (:data:`ADDED_SOURCE_SUPPORT`).
ADDED_CLAUSE_SHARE = 0.6
#: The fewest words the rest of the translation's sentence needs, to show that it renders the
#: original by itself.
ADDED_REST_WORDS = 6
#: The least share of the original's keyed words the rest of the translation must render: the
#: original is given whole without the clause, so the clause renders no part of it.
ADDED_SOURCE_SUPPORT = 0.6
#: How long (standard deviations of the length model) the translation must be for the lengths to
#: point at an added clause, and the least share of the original the rest must then render.
ADDED_LONG_Z = 2.0
ADDED_LONG_SUPPORT = 0.4


#: The sections of ``stopwords_en.txt`` whose words make a clause a statement of its own.
_STATEMENT_SECTIONS = ("auxiliaries and copula", "relative and interrogative words")

#: Words (an apostrophe kept inside: "they'll").
_WORD = regex.compile(r"\p{L}+(?:'\p{L}+)?")


@functools.cache
def _statement_words() -> frozenset[str]:
    """English auxiliaries, the copula and relative words: one of them makes a clause say
    something ("which the miners will need", "and we are sure"), not name a thing or a place ("by
    the shortage of shipping", "track men, signalmen, etc.")."""
    out, section = set(), ""
    for line in data_text("stopwords_en.txt").splitlines():
        if line.startswith("#"):
            section = line.lstrip("# ").strip()
        elif section in _STATEMENT_SECTIONS and line.split("#", 1)[0].strip():
            out.add(line.split("#", 1)[0].strip().lower())
    return frozenset(out)


@functools.cache
def _function_words() -> frozenset[str]:
    """Every English function word (``stopwords_en.txt``)."""
    return frozenset(
        w.split("#", 1)[0].strip().lower()
        for w in data_text("stopwords_en.txt").splitlines()
        if not w.startswith("#")
    )


def _a_purpose(words: Sequence[str]) -> bool:
    """Whether ``words`` (a clause's) open with an infinitive of purpose (``purpose_openers_en.txt``):
    "to strengthen the border", "in order to speed up", not "to the border"."""
    low = [w.lower() for w in words]
    for opener in data_lines("purpose_openers_en.txt"):
        parts = opener.split()
        n = len(parts)
        if low[:n] == parts and len(low) > n and low[n] not in _function_words() and words[n][:1].islower():
            return True
    return False


def _a_statement(text: str) -> bool:
    """Whether ``text`` reads as a clause of its own that adds a statement: it holds an auxiliary,
    the copula or a relative word, or opens with an infinitive of purpose (:func:`_a_purpose`), and
    it leads into nothing (no colon at its end: "Two things follow from this:" introduces what
    the original says next). A capitalised word may stand in it
    ("which the Soviet side revised in August"): one the lexicon knows meets the original like any
    word, and a name it does not know makes the finding minor (:func:`added_clause_names`)."""
    words = _WORD.findall(text)
    if text.rstrip().endswith(":"):
        return False
    return any(w.lower() in _statement_words() for w in words) or _a_purpose(words)


#: The most words an apposition has: a longer stretch between commas says more than what a name is.
APPOSITION_WORDS = 12
#: A capitalised word (a name) and the comma, dash or bracket that opens an apposition after it.
_NAME_THEN_OPENER = regex.compile(r"\p{Lu}[\p{L}\d'’.\-]*\s*[,—–(]\s*$")
#: The first word of an apposition: an article or a possessive ("a region in …", "Russia's watchdog").
_APPOSITION_START = regex.compile(r"(?:a|an|the|\p{Lu}\p{L}*['’]s)\s", regex.IGNORECASE)
#: What closes an apposition: a comma, a dash or a bracket at its end or right after it.
_APPOSITION_CLOSE = regex.compile(r"\s*[,—–)]")


def apposition(piece: Piece) -> bool:
    """Whether an added clause of the translation is an apposition: a noun phrase between commas
    (dashes, brackets) right after a name, opening with an article or a possessive, with no verb of
    its own ("Tambov, a city south of Moscow, …", "Petrov, the bank's lawyer, …"). Translators add
    such a gloss to tell the reader what the name is; it is worth a look, rarely a change."""
    text, seg = piece.text, piece.seg
    if seg.side != TARGET or word_count(text) > APPOSITION_WORDS or _a_statement(text):
        return False
    if not _NAME_THEN_OPENER.search(seg.text, max(0, piece.start - 40), piece.start):
        return False
    lead = len(seg.text[piece.start : piece.end]) - len(seg.text[piece.start : piece.end].lstrip())
    if not _APPOSITION_START.match(seg.text, piece.start + lead):
        return False
    return text.endswith((",", "—", "–", ")")) or bool(_APPOSITION_CLOSE.match(seg.text, piece.end))


def added_clause_names(piece: Piece, lexicon: WordKeys) -> list[str]:
    """The names in an added clause that the lexicon does not know: capitalised words of
    :data:`~aligner.analysis.NAME_LETTERS` letters or more with no entry ("MPRP", "Nampo"), but
    the word that opens the sentence. The original may give such a name in a spelling the tool
    does not link to it, so the clause may render it: the finding is minor."""
    out: list[str] = []
    for m in _WORD.finditer(piece.seg.text, piece.start, piece.end):
        word = m.group()
        if m.start() == 0 or not word[:1].isupper() or len(word) < NAME_LETTERS:
            continue
        if not lexicon.target_keys(word) and word not in out:
            out.append(word)
    return out


def added_clause(
    mine: Sequence[Segment],
    others: Sequence[Segment],
    *,
    lexicon: WordKeys,
    near: Sequence[Segment] = (),
    model: LengthModel | None = None,
    neighbours: Sequence[Segment] = (),
) -> Piece | None:
    """The clause (a run of clauses of a translation segment of ``mine``, at most
    :data:`ADDED_CLAUSE_SHARE` of its words)
    that renders nothing of the original ``others``: a statement of its own (:func:`_a_statement`)
    with no number, :data:`ADDED_CLAUSE_WORDS`
    words and :data:`ADDED_CLAUSE_KEYS` keyed words or more, and none of them meets ``others``
    (but a word the rest of the sentence repeats); the rest has :data:`ADDED_REST_WORDS` words or
    more and renders at least :data:`ADDED_SOURCE_SUPPORT` of the keyed words of the original's
    segments it renders any of.
    A clause that meets a word of ``near`` (original segments left alone beside the bead) renders
    that original: "…, and the crews will load the barges" for «Баржи загрузят экипажи.», a
    sentence the translator joined to the one before it. Where the lengths point at the clause (the
    translation long by :data:`ADDED_LONG_Z` or more and fitting the original better without it,
    by ``model``), the rest need render only :data:`ADDED_LONG_SUPPORT` of the original (the
    lexicon may not link a free rendering of the rest) unless the clause renders one of the
    original's ``neighbours`` (the segments of the beads beside it: a sentence joined into this one,
    :func:`_beside`). The longest such clause, or ``None``."""
    texts = [o.text for o in others if o.is_text]
    if not texts:
        return None
    theirs: frozenset[Key] | None = None  # looked up when a clause first qualifies
    best: Piece | None = None
    for seg in mine:
        if seg.side != TARGET or not seg.is_text:
            continue
        total = word_count(seg.text)
        if total < ADDED_CLAUSE_WORDS + ADDED_REST_WORDS:
            continue  # too short to hold both a clause and a rest that renders the original
        for piece in clauses(seg):
            text = piece.text
            words = word_count(text)
            if (
                words < ADDED_CLAUSE_WORDS
                or words > total * ADDED_CLAUSE_SHARE
                or total - words < ADDED_REST_WORDS
            ):
                continue
            if best is not None and len(text) <= len(best.text):
                continue
            if number_keys(text) or not _a_statement(text):
                continue  # a number the original lacks: the number check's question
            if spelt_out_name(text) and abbreviations(" ".join(texts), lexicon.source_keys):
                continue  # "the Chief Administration of …" spells out a compound abbreviation beside it
            keyed = word_key_sets(Plain(text), lexicon, TARGET)
            if len(keyed) < ADDED_CLAUSE_KEYS:
                continue
            rest = seg.text[: piece.start] + " " + seg.text[piece.end :]
            if theirs is None:
                beside = [s.text for s in near if s.is_text]
                theirs = bag(texts, SOURCE, lexicon) | bag(beside, SOURCE, lexicon)
            met = [k for k in keyed if k & theirs]
            if met:  # a word the rest says too ("the tanks … the tanks") is the rest's, rendered
                ours = bag([rest], TARGET, lexicon)
                if any(not k & ours for k in met):
                    continue
            others_rest = " ".join(
                [rest, *(m.text for m in mine if m is not seg and m.side == TARGET and m.is_text)]
            )
            rendered = _rendered(texts, others_rest, lexicon)
            need = ADDED_SOURCE_SUPPORT
            if (
                model is not None
                and _long_at(model, texts, seg, piece)
                and not _beside(keyed, neighbours, lexicon)
            ):
                need = ADDED_LONG_SUPPORT
            if support_share(" ".join(rendered), SOURCE, others_rest, TARGET, lexicon) < need:
                continue
            best = piece
    return best


#: How many keyed words of a clause, and what share of them, meeting the original's segments beside
#: the bead make it a rendering of one of them (a sentence the translator joined into this one).
BESIDE_KEYS = 3
BESIDE_SHARE = 0.5


def _beside(keyed: Sequence[frozenset[Key]], neighbours: Sequence[Segment], lexicon: WordKeys) -> bool:
    """Whether :data:`BESIDE_KEYS` keyed words of a clause or more, and :data:`BESIDE_SHARE` of
    them, meet the original's ``neighbours``."""
    theirs = bag([n.text for n in neighbours if n.is_text], SOURCE, lexicon)
    met = sum(1 for k in keyed if k & theirs)
    return met >= BESIDE_KEYS and met >= BESIDE_SHARE * len(keyed)


def _long_at(model: LengthModel, texts: Sequence[str], seg: Segment, piece: Piece) -> bool:
    """Whether the translation ``seg`` is long for the original ``texts`` by :data:`ADDED_LONG_Z` or
    more and fits it better without ``piece``."""
    chars = sum(len(t) for t in texts)
    whole = model.z(max(1, chars), max(1, len(seg.text)))
    rest = model.z(max(1, chars), max(1, len(seg.text) - len(piece.text)))
    return whole >= ADDED_LONG_Z and abs(rest) < whole


def _rendered(texts: Sequence[str], rest: str, lexicon: WordKeys) -> list[str]:
    """The original's sentences ``rest`` renders any word of: one it renders none of is left out
    (the omission check's question), and the clause renders none of it either."""
    return [t for t in texts if support_share(t, SOURCE, rest, TARGET, lexicon) > 0]


#: The most keyed words of the original that the rest of the translation leaves unrendered for an
#: added clause to be major: more, and the clause may render them in words the lexicon does not
#: link (a free translation), so the finding is minor.
ADDED_STRONG_UNMET = 1
#: The fewest words an added clause needs to be major: a short one ("it is sad to hear", "do not
#: get your hands dirty") is as often a free rendering of a turn of phrase.
ADDED_STRONG_WORDS = 8


def added_clause_is_strong(
    piece: Piece, mine: Sequence[Segment], others: Sequence[Segment], *, lexicon: WordKeys
) -> bool:
    """Whether ``piece`` (an added clause, :func:`added_clause`) has :data:`ADDED_STRONG_WORDS`
    words or more and the rest of the translation beside it renders nearly every keyed word of the
    original (all but :data:`ADDED_STRONG_UNMET`): nothing of the original is left for the clause
    to render freely."""
    if word_count(piece.text) < ADDED_STRONG_WORDS:
        return False
    seg = piece.seg
    rest = " ".join(
        [
            seg.text[: piece.start],
            seg.text[piece.end :],
            *(m.text for m in mine if m is not seg and m.is_text),
        ]
    )
    rendered = _rendered([o.text for o in others if o.is_text], rest, lexicon)
    theirs = bag([rest], TARGET, lexicon)
    unmet = sum(1 for t in rendered for k in word_key_sets(Plain(t), lexicon, SOURCE) if not k & theirs)
    return unmet <= ADDED_STRONG_UNMET


#: The letters of two names' sound keys (:func:`aligner.translit.name_key`) that must agree for one
#: to be a possible spelling of the other ("Kanggye" and «Канге» agree, "Kanggye" and «Хамхын» do not).
NAME_KEY_LETTERS = 3

#: Capitalised words: the names of a text (the word opening it aside).
_CAPITALISED = regex.compile(r"(?<!^)(?<![.!?]\s)\b\p{Lu}\p{L}+")


def _name_keys(texts: Sequence[str], side: str, lexicon: WordKeys, *, unknown: bool) -> set[str]:
    """The sound keys (first :data:`NAME_KEY_LETTERS` letters) of the capitalised words of ``texts``
    of :data:`~aligner.analysis.NAME_LETTERS` letters or more (only those with no lexicon entry when
    ``unknown``)."""
    out: set[str] = set()
    known = lexicon.source_keys if side == SOURCE else lexicon.target_keys
    for text in texts:
        for m in _CAPITALISED.finditer(text):
            word = m.group()
            if len(word) < NAME_LETTERS or (unknown and known(word)):
                continue
            key = name_key(word)[:NAME_KEY_LETTERS]
            if key:
                out.add(key)
    return out


def added_names_unmatched(
    piece: Piece, mine: Sequence[Segment], originals: Sequence[Segment], *, lexicon: WordKeys
) -> bool:
    """Whether the unknown names of an added clause (:func:`added_clause_names`) can render no name of
    ``originals`` (the original's segments of the bead and of the beads beside it): no capitalised
    word of theirs sounds like one of the clause's names, and each name of theirs the lexicon does
    not know sounds like a name the rest of the translation (``mine`` without the clause) gives.
    Then the clause names a place or a person of its own ("and to drive them on to Kanggye" beside an
    original that names no such place): an added statement, not a spelling the tool cannot link."""
    names = added_clause_names(piece, lexicon)
    if not names:
        return True
    texts = [o.text for o in originals if o.is_text]
    theirs = _name_keys(texts, SOURCE, lexicon, unknown=False)
    if any(name_key(n)[:NAME_KEY_LETTERS] in theirs for n in names):
        return False
    seg = piece.seg
    rest = [
        seg.text[: piece.start],
        seg.text[piece.end :],
        *(m.text for m in mine if m is not seg and m.is_text),
    ]
    given = _name_keys(rest, TARGET, lexicon, unknown=False)
    return _name_keys(texts, SOURCE, lexicon, unknown=True) <= given


def added_rule(
    piece: Piece,
    mine: Sequence[Segment],
    others: Sequence[Segment],
    lexicon: WordKeys,
    near: Sequence[Segment] = (),
) -> str:
    """Why an added clause is only minor ("" when it is major): it is short or the rest leaves
    words of the original unrendered (:func:`added_clause_is_strong`), or it names what the
    lexicon does not know and the original (``others`` and the original's segments ``near`` it) may
    give the name in another spelling (:func:`added_names_unmatched`)."""
    strong = added_clause_is_strong(piece, mine, others, lexicon=lexicon)
    if added_clause_names(piece, lexicon):
        if strong and added_names_unmatched(piece, mine, [*others, *near], lexicon=lexicon):
            return ""
        return "added_clause_name"
    return "" if strong else "added_clause_weak"
