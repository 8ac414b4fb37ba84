"""Link translated apparatus: a furniture line of the original with its rendering in the translation.

The alignment search (:mod:`aligner.align`) leaves page furniture and editorial
notes out and gives each a bead of its own. Much apparatus is translated all the
same ("Экз. № 2" is "Copy No. 2", a letter-spaced signature "И В А Н О В" is
"IVANOV"). :func:`pair_apparatus` looks at each
run of lone beads (1-0 and 0-1) between two aligned beads and joins a source
segment with a target segment into one 1-1 bead when the evidence says they are
one another's rendering:

* both are furniture of the same category (two transmission notes, two clerk's
  notes: the category is the rule that found them, see
  :mod:`aligner.segment.apparatus_lines`);
* they give the same date ("4.VI.49 г." and "4 June 1949");
* their numbers are the same ("№ 812" and "No. 812");
* one is the other's name transliterated ("ШТЫКОВ" and "SHTYKOV");
* the lexicon pairs their words ("ДОКЛАД" and "REPORT");
* they are footnotes with the same mark and the same numbers, or words the lexicon pairs
  ("¹ Так в подлиннике." and "1 Thus in the original.").

At least one of the two must be furniture or an editorial note (two text
segments were already weighed by the search), an editorial note pairs only with
an editorial note, and page numbers and sheet marks never pair: they number
different pages. Apparatus without a counterpart stays in its own bead. The
pairs taken in a run are in order on both sides, so the beads stay in document
order.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .features.dates import parse_date
from .model import Bead, Segment, SegmentKind
from .scoring import WordKeys
from .tokens import words
from .translit import has_cyrillic, name_key

__all__ = ["pair_apparatus", "counterparts"]

#: Rules whose lines number the page itself: never linked across the sides.
_PAGE_RULES = frozenset(("furniture.no_letters", "furniture.horizontal_rule", "furniture.sheet_mark"))
#: Categories whose lines are linked when both sides hold one (the wording differs, the function is one).
_CATEGORY_RULES = frozenset(("furniture.transmission", "furniture.clerk_note", "furniture.copies"))
#: A text segment longer than this (in words) is no rendering of an apparatus line.
_MAX_WORDS = 6
_NUMBER = regex.compile(r"\d+")
_BRACKETED = regex.compile(r"\[[^\[\]]*\]")
_SPACED = regex.compile(r"(?<=\b\p{Lu}) (?=\p{Lu}\b)")
#: Lone beads looked at together at most; a pair is sought only this many beads apart at most.
_CHUNK = 48
_REACH = 12
#: The score given a bead that joins two apparatus segments.
PAIR_SCORE = 0.9


def _words(text: str) -> list[str]:
    return words(text)


def _closed(text: str) -> str:
    """Letter-spacing closed ("Ш Т Ы К О В" → "ШТЫКОВ") and bracketed notes dropped."""
    return _SPACED.sub("", _BRACKETED.sub(" ", text)).strip()


def _numbers_page(seg: Segment) -> bool:
    """A page number, a sheet mark or a rule ("- 2 -", "Лист 3"), but not a number after "№"."""
    return seg.rule in _PAGE_RULES and "№" not in seg.text


def counterparts(src: Segment, tgt: Segment, lexicon: WordKeys | None = None) -> str | None:
    """Why ``src`` and ``tgt`` render one another ("category", "date", "numbers", "name", "lexicon")."""
    kinds = {src.kind, tgt.kind}
    if SegmentKind.EDITORIAL in kinds and _same_footnote(src.text, tgt.text, lexicon):
        return "footnote"
    if kinds <= {SegmentKind.TEXT, SegmentKind.HEADING}:
        return None
    if SegmentKind.EDITORIAL in kinds and kinds != {SegmentKind.EDITORIAL}:
        return None
    if _numbers_page(src) or _numbers_page(tgt):
        return None
    if src.rule == tgt.rule and src.rule in _CATEGORY_RULES:
        return "category"  # two transmission notes of any length ("Sent from … on … at …")
    s_text, t_text = _closed(src.text), _closed(tgt.text)
    s_words, t_words = _words(s_text), _words(t_text)
    if len(s_words) > _MAX_WORDS or len(t_words) > _MAX_WORDS:
        return None
    s_date, t_date = parse_date(s_text, "ru"), parse_date(t_text, "en")
    if s_date or t_date:
        return "date" if s_date == t_date else None
    s_nums, t_nums = sorted(_NUMBER.findall(s_text)), sorted(_NUMBER.findall(t_text))
    if s_nums or t_nums:
        return "numbers" if s_nums == t_nums else None
    if s_words and t_words and has_cyrillic(s_text) and name_key(s_text) == name_key(t_text):
        return "name"
    if lexicon is not None and s_words and t_words and _lexicon_match(s_words, t_words, lexicon):
        return "lexicon"
    return None


#: A footnote's mark opening its line: "¹ …", "1 …", "1) …", "[1] …", "* …", then a capital.
_FOOTNOTE = regex.compile(
    r"^(?:\[(?P<d>\d{1,2})\]|(?P<d2>\d{1,2})[).]?|(?P<sup>[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})|(?P<star>\*{1,3}))\s+(?=\p{Lu})"
)
_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
#: The share of one footnote's words the lexicon must find in the other when neither gives a number.
_FOOTNOTE_SHARE = 0.3


def _footnote_mark(text: str) -> tuple[str, str] | None:
    """A footnote's mark (superscripts as digits) and its text, when ``text`` opens with one."""
    m = _FOOTNOTE.match(text)
    if m is None:
        return None
    mark = m["d"] or m["d2"] or (m["sup"] or "").translate(_SUPERSCRIPTS) or m["star"]
    return mark, text[m.end() :]


def _same_footnote(s_text: str, t_text: str, lexicon: WordKeys | None) -> bool:
    """Whether two footnotes are one note and its rendering: the same mark, the same numbers (dates
    among them), and when they give none, words the lexicon pairs ("¹ Так в подлиннике." / "1 Thus
    in the original.")."""
    s_note, t_note = _footnote_mark(s_text), _footnote_mark(t_text)
    if s_note is None or t_note is None or s_note[0] != t_note[0]:
        return False
    s_nums, t_nums = sorted(_NUMBER.findall(s_note[1])), sorted(_NUMBER.findall(t_note[1]))
    if s_nums or t_nums:
        return s_nums == t_nums
    if lexicon is None:
        return False
    s_keys = [k for k in (lexicon.source_keys(w.lower()) for w in _words(s_note[1])) if k]
    t_all = frozenset().union(*(lexicon.target_keys(w.lower()) for w in _words(t_note[1])))
    return bool(s_keys) and sum(bool(k & t_all) for k in s_keys) >= _FOOTNOTE_SHARE * len(s_keys)


def _lexicon_match(s_words: list[str], t_words: list[str], lexicon: WordKeys) -> bool:
    """Whether every word of the shorter side has a lexicon counterpart on the other side."""
    s_keys = [lexicon.source_keys(w.lower()) for w in s_words]
    t_keys = [lexicon.target_keys(w.lower()) for w in t_words]
    s_all = frozenset().union(*s_keys)
    t_all = frozenset().union(*t_keys)
    if not s_all & t_all:
        return False
    if len(s_words) <= len(t_words):
        return all(k & t_all for k in s_keys if k)
    return all(k & s_all for k in t_keys if k)


def pair_apparatus(
    beads: Sequence[Bead], segments: Sequence[Segment], *, lexicon: WordKeys | None = None
) -> tuple[Bead, ...]:
    """``beads`` with translated apparatus joined to its counterpart (see the module's docstring).

    ``segments`` are those of both sides, looked up by id.
    """
    by_id = {s.id: s for s in segments}
    out: list[Bead] = []
    i = 0
    while i < len(beads):
        if not _lone(beads[i]):
            out.append(beads[i])
            i += 1
            continue
        j = i
        while j < len(beads) and _lone(beads[j]):
            j += 1
        for k in range(i, j, _CHUNK):  # long runs (an untranslated stretch) in chunks: time stays linear
            out.extend(_pair_run(beads[k : min(j, k + _CHUNK)], by_id, lexicon))
        i = j
    return tuple(out)


def _lone(bead: Bead) -> bool:
    return len(bead.source) + len(bead.target) == 1


def _pair_run(run: Sequence[Bead], by_id: dict[str, Segment], lexicon: WordKeys | None) -> list[Bead]:
    srcs = [b for b in run if b.source]
    tgts = [b for b in run if b.target]
    if not srcs or not tgts:
        return list(run)
    pos = {id(bead): k for k, bead in enumerate(run)}
    why = [
        [
            counterparts(by_id[s.source[0]], by_id[t.target[0]], lexicon)
            if abs(pos[id(s)] - pos[id(t)]) <= _REACH
            else None
            for t in tgts
        ]
        for s in srcs
    ]
    pairs = _monotone_pairs(why)
    partner = dict(pairs)
    paired_t = {b for _, b in pairs}
    out: list[Bead] = []
    a = b = 0
    while a < len(srcs) or b < len(tgts):
        if a < len(srcs) and b < len(tgts) and partner.get(a) == b:
            s_id, t_id = srcs[a].source[0], tgts[b].target[0]
            out.append(Bead((s_id,), (t_id,), PAIR_SCORE, rule=f"apparatus.{why[a][b]}"))
            a += 1
            b += 1
        elif (
            a < len(srcs)
            and a not in partner
            and (b >= len(tgts) or b in paired_t or pos[id(srcs[a])] < pos[id(tgts[b])])
        ):
            out.append(srcs[a])
            a += 1
        elif b < len(tgts) and b not in paired_t:
            out.append(tgts[b])
            b += 1
        else:  # pragma: no cover - monotone pairs never cross
            out.append(srcs[a])
            a += 1
    return out


def _monotone_pairs(why: list[list[str | None]]) -> list[tuple[int, int]]:
    """The most pairs (source index, target index) with evidence that are in order on both sides."""
    n, m = len(why), len(why[0])
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for x in range(n - 1, -1, -1):
        for y in range(m - 1, -1, -1):
            take = best[x + 1][y + 1] + 1 if why[x][y] else 0
            best[x][y] = max(take, best[x + 1][y], best[x][y + 1])
    out = []
    x = y = 0
    while x < n and y < m:
        if why[x][y] and best[x][y] == best[x + 1][y + 1] + 1:
            out.append((x, y))
            x += 1
            y += 1
        elif best[x + 1][y] >= best[x][y + 1]:
            x += 1
        else:
            y += 1
    return out
