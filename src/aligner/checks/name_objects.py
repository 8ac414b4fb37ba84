"""Two persons swapped through a verb and its direct object: «Петров сменил Сидорова» rendered
"Sidorov replaced Petrov" (``name.swapped``, part of the ``name`` check).

The prepositions and cases :mod:`aligner.checks.name_roles` reads give no part to a direct object: the
accusative of a masculine surname (Сидорова) is its genitive too, and its nominative in the feminine.
What tells it here is the name's rendering: a Russian name that ends in «-а» or «-я» where its English
spelling does not (Сидорова, "Sidorov") stands in an oblique case, and right after a transitive verb
(a person's rank or post between them: «допросил кладовщика Белова») it is that verb's object. The
doer is the other name, a bare form (its Russian and English spellings end alike) with no preposition
before it, on the other side of the verb, with nothing but titles, initials and adverbs between.

The translation's parts come from its word order: of two names with a verb between them, the first
does and the second is done to, unless the sentence is passive ("Sidorov was replaced by Petrov": a
form of "be" and "by" between them) or a preposition, a conjunction or a possessive gives one of them
another part ("Petrov received Ivanov's report", "Smith called on Ivanov"). Verbs whose object is as
much a doer (встретить, "met") are data (``reciprocal`` in ``name_roles.toml``). A swap is major when
the verb between the English names renders the Russian verb (their lexicon keys meet), else minor: the
translation may have turned the sentence round another verb ("Smith visited Ivanov" for «Иванов
принял Смита»).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence

import regex

from ..model import Finding, Mention, Segment, Span
from ..morph import ru_parses
from ..resources import data_toml
from ..translit import name_key
from .name_roles import swapped_finding

__all__ = ["capitalised_words", "object_swap_findings"]

_WORD = regex.compile(r"[\p{L}][\p{L}'’-]*\.?")
#: Marks that end a clause: two names across one are never read as a verb's doer and object.
_CLAUSE = regex.compile(r"[;:()\u2014\u2013]|\s-\s")
#: The endings of a masculine surname's accusative (Сидорова, Зуева, Хейтера) that its English
#: spelling drops.
_OBLIQUE_RU = ("а", "я")
_FEMININE_EN = ("a", "ya")
#: The most words between a name and its verb (a rank and an initial, «тов.»).
_MOST_BETWEEN = 3
#: Parts of speech (pymorphy3) that may stand between a doer, its verb and its object: a person's
#: post (NOUN, animate), its adjective, an adverb of time.
_BETWEEN_POS = frozenset(("NOUN", "ADJF", "ADVB"))

Keys = Callable[[str, str], frozenset]


@functools.cache
def _table() -> dict:
    return data_toml("name_roles.toml")


def capitalised_words(segments: Sequence[Segment], text: str, names: Sequence[Mention]) -> list[Mention]:
    """``names`` and every capitalised word of the segments outside them, which the name reader
    may leave out as a common word (Комаров, "of mosquitoes"; Кривоноса, an adjective's short form).
    Only a word the other side's names render (:func:`~aligner.checks.name_pairs.matched_pairs`)
    is ever compared."""
    out = list(names)
    for seg in segments:
        for m in _WORD.finditer(text, seg.span.start, seg.span.end):
            word = m.group().rstrip(".")
            if (
                len(word) > 2
                and word[:1].isupper()
                and not any(n.span.start <= m.start() < n.span.end for n in names)
            ):
                span = Span(start=m.start(), end=m.start() + len(word))
                out.append(
                    Mention(kind="name", value=name_key(word), text=word, span=span, rule="capitalised")
                )
    return out


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


def _last(mention: Mention) -> str:
    parts = mention.text.split()
    return parts[-1].rstrip(".").lower() if parts else ""


def _oblique(ru: Mention, en: Mention) -> bool:
    """Whether a Russian name ends in a case ending its English spelling lacks (Сидорова, "Sidorov")."""
    r, e = _last(ru), _last(en)
    return len(r) > 3 and r.endswith(_OBLIQUE_RU) and not e.endswith(_FEMININE_EN)


def _bare(ru: Mention, en: Mention) -> bool:
    """Whether a Russian name ends as its English spelling does (Петров, "Petrov"; Сорокина,
    "Sorokina"): a nominative, not a case form (Петрову)."""
    r, e = _last(ru), _last(en)
    vowels = "аеёиоуыэюяй"
    return bool(r and e) and (r[-1] not in vowels or e[-1] in "aeiouy")


def _transitive_verb(word: str) -> bool:
    parses = ru_parses(word)
    if not parses:
        return False
    tag = parses[0].tag
    reciprocal = frozenset(_table()["ru"].get("reciprocal", ()))
    return str(tag.POS) == "VERB" and "tran" in tag.grammemes and parses[0].normal_form not in reciprocal


def _filler(word: str) -> bool:
    """Whether a word may stand between a name and its verb: an initial, an abbreviation («тов.»), a
    person's post or its adjective in lower case, an adverb."""
    if word.endswith(".") or len(word) <= 2 and word[:1].isupper():
        return True
    if word[:1].isupper():
        return False
    parses = ru_parses(word)
    if not parses or str(parses[0].tag.POS) not in _BETWEEN_POS:
        return False
    return str(parses[0].tag.POS) != "NOUN" or "anim" in parses[0].tag.grammemes


def _ru_verb(text: str, doer: Mention, done_to: Mention) -> tuple[int, int, str] | None:
    """The transitive verb that joins a doer and its object, with nothing but fillers about it."""
    first, second = sorted((doer, done_to), key=lambda m: m.span.start)
    between = text[first.span.end : second.span.start]
    if _CLAUSE.search(between) or len(between) > 80:
        return None
    ws = _words(text, first.span.end, second.span.start)
    verbs = [w for w in ws if _transitive_verb(w[2])]
    others = [w for w in ws if w not in verbs]
    if len(verbs) != 1 or len(others) > _MOST_BETWEEN or not all(_filler(w[2]) for w in others):
        return None
    return verbs[0]


def _preposition_before(text: str, mention: Mention, limit: int, language: str) -> bool:
    """Whether the word before a name (a title, initials and "the" skipped) is a preposition."""
    before = _words(text, max(limit, mention.span.start - 60), mention.span.start)
    while before and (before[-1][2].endswith(".") or before[-1][2].lower() == "the"):
        before.pop()
    if before and before[-1][2][:1].isupper():
        before.pop()  # a title ("with General Petrov"); a second capitalised word is no preposition
    if not before:
        return False
    word = before[-1][2].lower().rstrip(".")
    if language == "ru":
        parses = ru_parses(word)
        return bool(parses) and str(parses[0].tag.POS) in ("PREP", "CONJ")
    table = _table()["en"]
    return word in (*table["from"], *table["to"], *table["other"])


def _en_parts(text: str, a: Mention, b: Mention, limit: int) -> tuple[Mention, Mention, list[str]] | None:
    """The doer and the one done to of two English names (``a`` first) and the words between them,
    from their order and a passive's "by"; None when the sentence gives them other parts."""
    between = text[a.span.end : b.span.start]
    if (
        _CLAUSE.search(between)
        or between.startswith(("'s", "’s"))
        or text.startswith(("'s", "’s"), b.span.end)
    ):
        return None
    words = [
        w[2].lower().rstrip(".") for w in _words(text, a.span.end, b.span.start) if not w[2][:1].isupper()
    ]
    if not words or len(words) > 8 or _preposition_before(text, a, limit, "en"):
        return None
    table = _table()["en"]
    if "by" in words and any(w in table["passive"] for w in words):
        return b, a, words  # "Sidorov was replaced by Petrov"
    if any(w in (*table["from"], *table["to"], *table["other"]) for w in words):
        return None  # "Smith called on Ivanov", "Petrov and Ivanov"
    if words[0] in table["reciprocal"]:
        return None
    return a, b, words


def object_swap_findings(
    bead_ids: tuple[tuple[str, ...], tuple[str, ...]],
    pairs: Sequence[tuple[Mention, Mention]],
    places: tuple[int, int],
    texts: tuple[str, str],
    keys: Keys,
) -> Iterator[Finding]:
    """``name.swapped`` findings of a one-to-one bead: a doer and a verb's object the translation
    turns round. ``pairs``: the original's names with their renderings; ``keys``: a word's lexicon
    keys by its side (``"source"``, ``"target"``)."""
    for n, (s1, t1) in enumerate(pairs):
        for s2, t2 in pairs[n + 1 :]:
            if str(s1.value) == str(s2.value) or str(t1.value) == str(t2.value):
                continue
            for (doer, doer_en), (done, done_en) in (((s1, t1), (s2, t2)), ((s2, t2), (s1, t1))):
                if not (_oblique(done, done_en) and _bare(doer, doer_en)):
                    continue
                verb = _ru_verb(texts[0], doer, done)
                if verb is None or _preposition_before(texts[0], doer, places[0], "ru"):
                    continue
                a, b = sorted((doer_en, done_en), key=lambda m: m.span.start)
                parts = _en_parts(texts[1], a, b, places[1])
                if parts is None or parts[0] is not done_en:
                    continue
                wanted = keys(verb[2], "source")
                rendered = bool(wanted) and any(keys(w, "target") & wanted for w in parts[2])
                yield _finding(bead_ids, (doer, done), (doer_en, done_en), verb[2], rendered=rendered)
                return


def _finding(
    bead_ids: tuple[tuple[str, ...], tuple[str, ...]],
    src: tuple[Mention, Mention],
    tgt: tuple[Mention, Mention],
    verb: str,
    *,
    rendered: bool,
) -> Finding:
    doubt = (
        ""
        if rendered
        else " (the verb's rendering was not found: the sentence may be recast round another verb)"
    )
    message = (
        f"The source has “{src[0].text}” as the one who acts («{verb}») and “{src[1].text}” as the one "
        f"acted on; the translation has “{tgt[1].text}” act on “{tgt[0].text}”: "
        f"the two names are swapped{doubt}."
    )
    return swapped_finding(bead_ids, src, tgt, message, major=rendered)
