"""A member of a list inside a sentence left out: «автомашины, тягачи и мотоциклы» given as "trucks
and motorcycles".

The sentence is rendered, and so is the list, so no length rule and no clause rule sees the loss:
one word of three is gone. The list is read in the original as three or more nouns of one case in
a row, joined by commas and a last «и» (one word each, in lower case: names and phrases are other
checks' business). When the translation beside it renders every other member (a lexicon key of
each meets it) and none of the keys of one member, which the lexicon knows, that member is left
out, if the translation's list is shorter too: the words between its first and its last rendered
member, with a member joined before or after them, make fewer members than the original's ("trucks
and motorcycles, and also …" has two; "livestock, wool and hides" has three, whatever «кож» is
rendered by). A list summed up by a collective word ("field artillery" for «пушки и гаубицы», "livestock"
for «овец, коз и коров») renders no member at all and is not reported.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence

import attrs
import regex

from ...analysis import WordKeys
from ...features.terms import term_concepts
from ...keys import TERM, key
from ...model import SOURCE, Finding, Mention, Segment, Severity, Span
from ...morph import ru_parses
from .. import CheckContext
from .breaks import function_words
from .messages import finding

__all__ = ["DroppedMember", "dropped_in", "dropped_members", "list_members", "with_list_members"]

#: Three or more words in a row joined by commas and a last «и» («автомашины, тягачи и мотоциклы»),
#: and the word after the last one, which may make it a phrase («… и маркшейдерскому делу»).
_LIST = regex.compile(r"(?<![\p{L}\d-])\p{Ll}+(?:,\s+\p{Ll}+)+\s+и\s+\p{Ll}+(?:\s+\p{Ll}+)?(?![\p{L}\d-])")

#: A word of a list.
_WORD = regex.compile(r"\p{Ll}+")

#: The word «и» that joins the last member.
_AND = "и"

#: The fewest members a list needs: two rendered beside the one left out.
MIN_MEMBERS = 3

#: An English word.
_EN_WORD = regex.compile(r"[\p{L}\d][\p{L}\d'’-]*")

#: What joins two members of an English list: a comma, "and" or "or" (", and" counted once).
_EN_JOIN = regex.compile(r",\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")

#: An English list's joint followed by a word, or a word followed by a joint, at a stretch's edge.
_JOIN_AFTER = regex.compile(r"(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)([\p{L}][\p{L}'’-]*)")
_JOIN_BEFORE = regex.compile(r"([\p{L}][\p{L}'’-]*)(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$")

#: The grammatical cases a noun may stand in.
_CASES = frozenset(("nomn", "gent", "datv", "accs", "ablt", "loct"))


@attrs.frozen
class DroppedMember:
    """A member of a list (``word`` at ``span``; the list's words ``listed``) of segment ``seg`` that
    the translation beside it leaves out while it renders the others (``rendered``)."""

    seg: Segment
    word: str
    span: Span
    listed: str
    rendered: tuple[str, ...]


def _noun_cases(word: str, *, likeliest: bool = True) -> frozenset[str]:
    """The cases ``word`` may stand in as a noun (none if its likeliest reading is no noun: «цветных»
    of «цветных металлов» is an adjective, the list's last member a phrase). ``likeliest=False``: any
    reading as a noun counts («горючее», an adjective first, a noun among nouns)."""
    parses = ru_parses(word)
    if not parses or (likeliest and parses[0].tag.POS != "NOUN"):
        return frozenset()
    out: set[str] = set()
    for parse in parses:
        if parse.tag.POS == "NOUN":
            out.update(c for c in _CASES if c in parse.tag)
    return frozenset(out)


def _adjective_agrees(adjective: str, cases: frozenset[str]) -> bool:
    """Whether ``adjective`` reads as an adjective in one of ``cases`` (before its noun)."""
    return any(p.tag.POS in ("ADJF", "PRTF") and any(c in p.tag for c in cases) for p in ru_parses(adjective))


def _last_member(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The list's words with its last member a phrase when the word after the last «и» is an
    adjective agreeing with the noun after it («… и маркшейдерскому делу»); else without that noun."""
    adjective, noun = words[-2], words[-1]
    cases = _noun_cases(noun[2])
    if cases and _adjective_agrees(adjective[2], cases):
        return [*words[:-2], (adjective[0], noun[1], f"{adjective[2]} {noun[2]}")]
    return words[:-1]


def list_members(text: str) -> list[list[tuple[int, int, str]]]:
    """The lists of ``text``: each as its members (start, end, word), three or more nouns that share
    a case («автомашины, тягачи и мотоциклы»; not «просит, требует и настаивает»); the last may be
    an adjective and its noun («по геологии, бурению и маркшейдерскому делу»)."""
    out = []
    for m in _LIST.finditer(text):
        words = [(m.start() + w.start(), m.start() + w.end(), w.group()) for w in _WORD.finditer(m.group())]
        after_and = len(words) - 1 - max(i for i, w in enumerate(words) if w[2] == _AND)
        members = [w for w in (_last_member(words) if after_and == 2 else words) if w[2] != _AND]
        if len(members) < MIN_MEMBERS:
            continue
        cases = [_noun_cases(word.split()[-1]) for _s, _e, word in members]
        if sum(not c for c in cases) == 1 and len(members) > MIN_MEMBERS:
            # one word among three or more nouns that reads as a noun only second («муку, уголь, горючее
            # и медикаменты»: горючее, fuel, is an adjective first): a noun made of an adjective
            at = cases.index(frozenset())
            cases[at] = _noun_cases(members[at][2].split()[-1], likeliest=False)
        if all(cases) and frozenset.intersection(*cases):
            out.append(members)
    return out


def _members_given(
    other: str,
    keys: Sequence[frozenset],
    lexicon: WordKeys,
    terms: Sequence[tuple[int, int, frozenset]] = (),
    *,
    chain: bool = False,
) -> int:
    """How many members the translation's list that renders the members of ``keys`` (their lexicon
    keys) has: the joints between the first and the last word rendering one, plus one, plus a member
    joined just before or after them (a word no function word: "and also" joins no member)."""
    words = [(m.start(), m.end(), lexicon.word_keys(m.group(), "target")) for m in _EN_WORD.finditer(other)]
    words = sorted([*words, *terms], key=lambda w: w[0])
    found = [next(((s, e) for s, e, k in words if k & member), None) for member in keys]
    at = [a for a in found if a is not None]
    if not at:
        return 0
    first, last = min(s for s, _e in at), max(e for _s, e in at)
    count = len(_EN_JOIN.findall(other[first:last])) + 1
    stop = function_words("en")
    after = _JOIN_AFTER.match(other, last)
    while after and after.group(1).lower() not in stop:
        count += 1
        after = _JOIN_AFTER.match(other, after.end()) if chain else None
    before = _JOIN_BEFORE.search(other[:first])
    while before and before.group(1).lower() not in stop:
        count += 1
        before = _JOIN_BEFORE.search(other[: before.start()]) if chain else None
    return count


def dropped_members(
    mine: Sequence[Segment],
    others: Sequence[Segment],
    lexicon: WordKeys,
    terms: tuple[Sequence[Mention], Sequence[Mention]] = ((), ()),
) -> Iterator[DroppedMember]:
    """The members of lists in the original's segments ``mine`` that ``others`` (the translation
    beside them) leaves out: every other member of the list is rendered, this one, which the
    lexicon knows, is not (see the module). ``terms``: the glossary terms of the original and of the
    translation there, whose concepts are keys too («сеялки» and "seeders", which the lexicon may not
    know)."""
    theirs = lexicon.bag(tuple(o.text for o in others), "target") | _term_keys(terms[1])
    other = " ".join(o.text for o in others)
    placed = []  # the translation's terms, placed in ``other``
    offset = 0
    for o in others:
        placed += [
            (
                offset + bisect_left(o.offsets, t.span.start),
                offset + bisect_left(o.offsets, t.span.end),
                _term_keys((t,)),
            )
            for t in terms[1]
            if o.span.start <= t.span.start and t.span.end <= o.span.end
        ]
        offset += len(o.text) + 1
    for seg in mine:
        if seg.side != SOURCE or not seg.is_text:
            continue
        for members in list_members(seg.text):
            keys = [
                frozenset().union(*(lexicon.word_keys(w, SOURCE) for w in phrase.split()))
                | _term_keys(t for t in terms[0] if seg.raw_span(s, e).overlaps(t.span))
                for s, e, phrase in members
            ]
            rendered = [bool(k & theirs) for k in keys]
            lost = [i for i, r in enumerate(rendered) if not r and keys[i]]
            unknown = sum(not k for k in keys)  # members the lexicon does not know: rendered or not
            if len(lost) != 1 or len(members) - unknown - 1 < MIN_MEMBERS - 1:
                continue
            given = [k for k, r in zip(keys, rendered, strict=True) if r]
            # with members the lexicon does not know, the translation's whole list is counted
            if _members_given(other, given, lexicon, placed, chain=bool(unknown)) >= len(members):
                continue  # the translation's list is as long: the member is rendered otherwise
            start, end, word = members[lost[0]]
            yield DroppedMember(
                seg=seg,
                word=word,
                span=seg.raw_span(start, end),
                listed=seg.text[members[0][0] : members[-1][1]],
                rendered=tuple(w for (_s, _e, w), r in zip(members, rendered, strict=True) if r),
            )


def _term_keys(mentions: Iterable[Mention]) -> frozenset:
    """The keys of glossary term mentions: one for each concept they may name."""
    return frozenset(key(TERM, c) for m in mentions for c in term_concepts(m))


def dropped_in(context: CheckContext) -> Iterator[tuple[DroppedMember, list[Segment]]]:
    """Each dropped member of the document's beads, with the translation's segments beside it."""
    lexicon = context.analysis.keys
    for _bead, src, tgt in context.running_text():
        if src and tgt:
            terms = (context.mentions(src, "terms"), context.mentions(tgt, "terms"))
            for dropped in dropped_members(src, tgt, lexicon, terms):
                yield dropped, tgt


def with_list_members(context: CheckContext, found: Iterator[Finding]) -> Iterator[Finding]:
    """The findings, then each member of a list the translation leaves out (:mod:`.list_member`)
    that none of them covers already."""
    told: list[Span] = []
    for f in found:
        told.extend(f.source_evidence)
        yield f
    for dropped, others in dropped_in(context):
        if any(dropped.span.overlaps(s) for s in told):
            continue
        yield finding(
            SOURCE,
            "list_member",
            Severity.MAJOR,
            mine=(dropped.seg,),
            others=others,
            evidence=(dropped.span,),
            quote=f"“{dropped.word}”",
            id=dropped.seg.id,
            other=others[0].id,
            members=dropped.listed,
            rendered=", ".join(dropped.rendered),
        )
