"""A negation dropped or added: the translation says the opposite of the original.

«Просим не включать в счет кредита» rendered "We ask that … be included in the credit account" has every
word rendered but one, so the length and word rules see nothing. The rules read the negated predicates of
each bead: «не» before a verb, participle, short adjective or predicative on the original's side; "not",
"never", "cannot" or a word in "n't" before a verb on the translation's side.

- ``omission.negation``: a negated predicate of the original whose translation has no negation: the
  verb's translation (found by the lexicon) stands in a clause with no negative word, or, the verb not
  found, the translation's sentence holds none at all.
- ``addition.negation``: a negated predicate of the translation whose original holds no negative word
  (the verb found there, or not).

What is no negation of the sentence (the words are data, ``negation.toml``): a double negative («не
может не выразить»: "must express"), a bound («не менее 30»: "at least 30", «не раньше»: "only after"),
«не только … но и», «не … до» ("not … until"), a negative question («Не считает ли посол …?»), «не» with a
word that is not a predicate («не всегда»), and "not" in "not only", "if not", "cannot but". A negative
word in the other sentence's clause silences a finding: lexical negatives (невозможно, "impossible",
"fail to", "refuse", "lack", "without", "nothing", "none", "neither … nor", «ни … ни», «без», un- and
non- words) render a negation as well as "not" does; so does "no" before a noun ("no aircraft" for
«самолетов не было»). «Не» inside a word (неделя, немедленно) is no particle.

Severity: ``major`` only when the evidence is strong: a 1-1 bead with a confident score, the verb found
in the other sentence with no negative word in its clause, and clause counts that differ by one at most;
otherwise ``minor``, with the reason in the message.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import attrs
import regex

from ..model import SOURCE, TARGET, Bead, Finding, Segment, Severity, Span
from ..morph import ru_parses, words
from ..resources import data_toml
from . import CheckContext
from ._figures import CONFIDENT_BEAD
from .negation_verbs import base_verb_keys, own_negatives, sole_unmatched_verb

__all__ = ["negation_findings"]

#: Marks that end a clause inside a sentence.
_CLAUSE_MARKS = regex.compile(r"[,;:()\u2014\u2013]|\s-\s")
#: The most words between an English negator and its verb.
_MOST_SKIPPED = 3


@attrs.frozen
class _Word:
    seg: Segment
    start: int
    end: int
    text: str
    clause: int  # the clause's number within the bead's side

    @property
    def lower(self) -> str:
        return self.text.lower().replace("ё", "е").replace("’", "'")


@attrs.frozen
class _Negation:
    particle: _Word
    verbs: tuple[_Word, ...]  # the negated predicate's words (a modal and its infinitive: both)


@functools.cache
def _data(language: str) -> dict:
    table = dict(data_toml("negation.toml").get(language, {}))
    for key, value in list(table.items()):
        if isinstance(value, list):
            table[key] = (
                frozenset(value) if key not in ("starts", "prefixes", "prefix_exceptions") else tuple(value)
            )
    return table


@functools.cache
def _negator_re(language: str) -> regex.Pattern[str]:
    """Any word that may open a negation of ``language`` (``particles``, ``negators``, a "n't"): a
    sentence without one is passed over before it is cut into words."""
    data = _data(language)
    words_ = sorted(data.get("particles", frozenset()) | data.get("negators", frozenset()))
    alternatives = "|".join(regex.escape(w) for w in words_) or "(?!)"
    tail = r"|n['’]t(?!\p{L})" if language == "en" else ""
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternatives})(?!\p{{L}}){tail}")


def _words(segments: Sequence[Segment]) -> list[_Word]:
    out: list[_Word] = []
    clause = 0
    for seg in segments:
        last = 0
        for start, end, word in words(seg.text):
            clause += len(_CLAUSE_MARKS.findall(seg.text, last, start))
            out.append(_Word(seg, start, end, word, clause))
            last = end
        clause += 1
    return out


def _is_negative(word: _Word, language: str) -> bool:
    """Whether a word negates by itself: «не», «нет», "no", "without", "impossible", "unfit" …"""
    data, w = _data(language), word.lower
    if w in data["words"] or w.endswith("n't") or w.startswith(data["starts"]):
        return True
    prefixed = w.startswith(data.get("prefixes", ())) and not w.startswith(data.get("prefix_exceptions", ()))
    return prefixed and len(w) > 5


def _ru_negations(ws: list[_Word]) -> Iterator[_Negation]:
    data = _data("ru")
    for i, w in enumerate(ws[:-1]):
        after = ws[i + 1]
        if (
            w.lower not in data["particles"]
            or after.clause != w.clause
            or after.lower in data["not_predicates"]
            or after.text[:1].isupper()  # «Не Жун-чжэнь»: a name (a negated verb is never capitalised)
        ):
            continue
        parses = ru_parses(after.text)
        if not parses or str(parses[0].tag.POS) not in data["predicate_pos"]:
            continue
        verbs = [after]
        nxt = ws[i + 2] if i + 2 < len(ws) else None
        if (
            nxt is not None
            and nxt.clause == w.clause
            and (p := ru_parses(nxt.text))
            and str(p[0].tag.POS) == "INFN"
        ):
            verbs.append(nxt)
        rest = [x for x in ws[i + 2 : i + 12] if x.clause == w.clause]
        before = [x.lower for x in ws[max(0, i - 2) : i] if x.clause == w.clause]
        if (
            any(x.lower in data["particles"] for x in rest[:3])
            or "нельзя" in before
            or any(b in data["particles"] for b in before)
        ):
            continue  # «не может не выразить», «нельзя не»: a double negative says "must"
        if _concessive([x.lower for x in ws[max(0, i - 6) : i] if x.clause == w.clause], data):
            continue  # «как бы смешно это не звучало»: "however funny it sounds"
        if any(x.lower in data["question"] for x in rest[:3]) or w.seg.text.rstrip().endswith("?"):
            continue  # «Не считает ли посол …?»
        if any(x.lower in data["until"] for x in rest) or (before and before[-1] in data["until"]):
            continue  # «не покидать района до окончания проверки», «пока не замерз порт»: "until", "while"
        yield _Negation(w, tuple(verbs))


def _concessive(before: list[str], data: dict) -> bool:
    """Whether the words before «не» open a concessive clause: a question word, then «бы»."""
    opener = next((k for k, x in enumerate(before) if x in data["concessive"]), None)
    return opener is not None and any(x in data["concessive_particle"] for x in before[opener + 1 :])


def _en_negations(ws: list[_Word]) -> Iterator[_Negation]:
    data = _data("en")
    for i, w in enumerate(ws):
        if w.lower not in data["negators"] and not w.lower.endswith("n't"):
            continue
        rest = [x for x in ws[i + 1 : i + 1 + _MOST_SKIPPED + 1] if x.clause == w.clause]
        two = " ".join(x.lower for x in rest[:2])
        if not rest or rest[0].lower in data["not_predicates"] or two in data["not_predicates"]:
            continue
        if i and ws[i - 1].clause == w.clause and ws[i - 1].lower in data["before_not"]:
            continue
        if w.seg.text.rstrip().endswith("?"):
            continue  # a negative question asks
        verb = next((x for x in rest if x.lower not in data["skip"]), None)
        if verb is None or _is_negative(verb, "en") or verb.lower in data["not_predicates"]:
            continue  # "not unlike", "not without", "cannot fail to": a double negative
        yield _Negation(w, (verb,))


def _span(word: _Word, last: _Word | None = None) -> Span:
    return word.seg.raw_span(word.start, (last or word).end)


def _quote(a: _Word, b: _Word) -> str:
    if a.seg is b.seg:
        return " ".join(a.seg.text[a.start : b.end].split())
    return f"{a.text} … {b.text}"


def negation_findings(context: CheckContext, side: str) -> Iterator[Finding]:
    """The negations of ``side`` (the original's for omissions, the translation's for additions)
    that the other side of their bead does not render."""
    language = context.source.language if side == SOURCE else context.target.language
    other_language = context.target.language if side == SOURCE else context.source.language
    if {language, other_language} != {"ru", "en"}:
        return
    for bead, src, tgt in context.running_text():
        if src and tgt:
            mine, others = (src, tgt) if side == SOURCE else (tgt, src)
            yield from _bead_findings(context, bead, side, mine, others, language)


def _bead_findings(
    context: CheckContext, bead: Bead, side: str, mine: list[Segment], others: list[Segment], language: str
) -> Iterator[Finding]:
    if not any(_negator_re(language).search(seg.text) for seg in mine):
        return  # no negating word at all: the sentence is not worth cutting into words
    my_words = _words(mine)
    negations = list((_ru_negations if language == "ru" else _en_negations)(my_words))
    if not negations:
        return
    other_language = "en" if language == "ru" else "ru"
    their_words = _words(others)
    negative = [w for w in their_words if _is_negative(w, other_language)]
    if side == TARGET and negative:
        return  # the original holds a negative word: "not" may render it
    one_to_one = len(mine) == 1 and len(others) == 1
    for neg in negations:
        found, guessed = _counterpart(context, neg, side, mine, their_words, one_to_one=one_to_one)
        # the other sentence's negative words, unless the original's own negative words («без
        # уважительных причин»: "without good reason") account for them all
        tested = [neg.particle.lower, *(v.lower for v in neg.verbs)]
        own = own_negatives([w.lower for w in my_words], tested) if found and side == SOURCE else 0
        if negative and own >= len(negative):  # but "did not", "failed to" before the verb: its own
            negative_here = [n for n in negative if _governs(n, found, their_words)]
        else:
            negative_here = negative
        if guessed and negative_here:
            continue  # a verb found by elimination, and the other sentence negates something
        if any(any(n.clause == w.clause for n in negative_here) for w in found):
            continue  # rendered with a negation in its clause ("did not", "failed to", "nothing")
        if not found and negative_here:
            continue  # the verb not found, and the other sentence negates something
        reasons = []
        if not found:
            reasons.append("its verb was not found in the other sentence, which holds no negation")
        if len(mine) != 1 or len(others) != 1 or bead.score < CONFIDENT_BEAD:
            reasons.append("the sentences are not aligned one to one with confidence")
        clauses = (len({w.clause for w in my_words}), len({w.clause for w in their_words}))
        if abs(clauses[0] - clauses[1]) > 1:
            reasons.append("the two sentences are built of different numbers of clauses")
        if negative_here:
            reasons.append("the translation holds a negative word elsewhere in the sentence")
        yield _finding(context, bead, side, neg, found[0] if found else None, reasons)


def _governs(negative: _Word, found: list[_Word], their_words: list[_Word]) -> bool:
    """Whether a negative word stands right before a found verb in its clause ("did not inform",
    "failed to appear", "never sowed")."""
    at = their_words.index(negative)
    return any(
        w.clause == negative.clause and 0 < their_words.index(w) - at <= _MOST_SKIPPED + 1 for w in found
    )


def _counterpart(
    context: CheckContext,
    neg: _Negation,
    side: str,
    mine: list[Segment],
    their_words: list[_Word],
    *,
    one_to_one: bool,
) -> tuple[list[_Word], bool]:
    """The words of the other sentence that render a negated predicate (by the lexicon; for the
    original's verb, else by its unprefixed verb, else by elimination in a one-to-one bead), and
    whether they were found by elimination only."""
    keys = context.analysis.keys
    other_side = TARGET if side == SOURCE else SOURCE
    wanted = frozenset().union(*(keys.word_keys(v.text, side) for v in neg.verbs))
    if side == SOURCE and not wanted:
        wanted = frozenset().union(*(base_verb_keys(v.text, keys.word_keys, side) for v in neg.verbs))
    found = [w for w in their_words if wanted and keys.word_keys(w.text, other_side) & wanted]
    if found or side != SOURCE:
        return found, False
    if not one_to_one or str(ru_parses(neg.verbs[0].text)[0].tag.POS) != "VERB":
        return [], False
    bag = keys.bag(tuple(seg.text for seg in mine), side)
    at = sole_unmatched_verb([w.text for w in their_words], bag, keys.word_keys, other_side)
    return ([their_words[at]], True) if at is not None else ([], False)


def _finding(
    context: CheckContext, bead: Bead, side: str, neg: _Negation, found: _Word | None, reasons: list[str]
) -> Finding:
    said = _quote(neg.particle, neg.verbs[-1])
    mine_ev = (_span(neg.particle, neg.verbs[-1]),)
    others = bead.target if side == SOURCE else bead.source
    other_ev = (_span(found),) if found is not None else tuple(s.span for s in context.segments(others))
    if found is not None:
        rendered = f"renders it as “{found.text}” with no negation in its clause"
    else:
        rendered = "sentence holds no negation"
    why = f" (Minor: {'; '.join(reasons)}.)" if reasons else ""
    if side == SOURCE:
        rule = "omission.negation"
        message = (
            f"The original negates «{said}»; the translation{'' if found else chr(39) + 's'} {rendered}: "
            f"it may say the opposite of the original.{why}"
        )
    else:
        rule = "addition.negation"
        where = (
            f" has «{found.text}» with no negation in its sentence"
            if found
            else "'s sentence holds no negation"
        )
        message = (
            f"The translation negates “{said}”; the original{where}: "
            f"the translation may say the opposite of the original.{why}"
        )
    return Finding(
        kind="omission" if side == SOURCE else "addition",
        severity=Severity.MINOR if reasons else Severity.MAJOR,
        source=bead.source,
        target=bead.target,
        source_evidence=mine_ev if side == SOURCE else other_ev,
        target_evidence=other_ev if side == SOURCE else mine_ev,
        message=message,
        rule=rule,
    )
