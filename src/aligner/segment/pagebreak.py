"""A word or a sentence broken across a page break, with the next page's furniture in between.

A typed page ends mid-word ("воору-"), the sheet mark and page number of the
next sheet follow ("Лист № 2", "- 2 -") with blank lines, and the word goes on
("жением …"). :func:`continuation` finds such a break; :func:`join_across`
joins the two halves of the text (dropping the line-break hyphen when the joined
form is a word, keeping it in a hyphenated compound) while the furniture in
between stays segments of its own. A sentence may break off without a hyphen
too ("… by the" / "- 71 -" / "end of the year."), when a page number stands
between the halves; a printed edition's running head in capitals ("CORRESPONDENCE
WITH CHURCHILL 71", «ПЕРЕПИСКА С РУЗВЕЛЬТОМ») is then furniture as well
(:func:`running_head`).
"""

from __future__ import annotations

import regex

from ..model import SegmentKind
from ..normalize import Normalized, dehyphenate_choice, join_lines
from .lines import Line, Paragraph, classify_line

__all__ = ["continuation", "furniture_only", "join_across", "running_head"]

#: At most this many paragraphs of furniture stand between the two halves.
_MAX_FURNITURE = 6
_HYPHENS = "-\u00ad\u2010\u2011"
_WORD_BEFORE = regex.compile(r"\p{L}[\p{L}-]*$")
_WORD_AFTER = regex.compile(r"^\p{L}{1,64}")


#: A running head: a few words in capitals, with the page's number before or after them or none.
_RUNNING_HEAD = regex.compile(r"^(?:\d{1,4}\s+)?(?P<words>[\p{Lu}][\p{Lu}\s.,'’&-]*?)(?:\s+\d{1,4})?$")
_HEAD_WORDS = 8


def furniture_only(para: Paragraph) -> bool:
    """Whether every line of ``para`` is furniture on its own (a page number, a sheet mark …)."""
    for line in para.lines:
        kind = classify_line(line.text)
        if kind is None or kind[0] is not SegmentKind.FURNITURE:
            return False
    return True


def running_head(para: Paragraph) -> bool:
    """Whether ``para`` is one line of a few words in capitals, maybe with a page number: the running head
    a printed edition sets atop a page ("CORRESPONDENCE WITH CHURCHILL 71"). Only between the halves of a
    broken sentence is such a line taken for furniture; elsewhere it may be a heading."""
    if len(para.lines) != 1:
        return False
    m = _RUNNING_HEAD.match(para.lines[0].text)
    return m is not None and 2 <= len(m["words"].split()) <= _HEAD_WORDS


def _page_marked(paras: list[Paragraph]) -> bool:
    """Whether a page number or sheet mark stands among ``paras`` (alone, or in a running head)."""
    return any(furniture_only(p) or any(ch.isdigit() for ch in p.lines[0].text) for p in paras)


def continuation(paras: list[Paragraph], i: int) -> int | None:
    """The index of the paragraph that goes on with the word (or sentence) ``paras[i]`` breaks off
    before a page's furniture, or None.

    ``paras[i]`` must end in a letter and a hyphen on a line of text (a broken word), or in a
    lower-case letter or a comma (a broken sentence); one or more paragraphs of furniture or running
    heads must follow, with a page number or sheet mark among them, and then a paragraph whose first
    line starts with a lower-case letter.
    """
    last = paras[i].lines[-1].text
    if len(last) < 2 or classify_line(last) is not None:
        return None
    word = last[-1] in _HYPHENS and last[-2].isalpha()
    if not word and not (last[-1].islower() or last[-1] == ","):
        return None  # a line in capitals (a letterhead) is no sentence breaking off
    j = i + 1
    while j < len(paras) and j - i <= _MAX_FURNITURE and (furniture_only(paras[j]) or running_head(paras[j])):
        j += 1
    if j == i + 1 or j >= len(paras) or not _page_marked(paras[i + 1 : j]):
        return None
    first = paras[j].lines[0].text
    if not first[:1].isalpha() or not first[:1].islower() or classify_line(first) is not None:
        return None
    return j


def join_across(text: str, lines: list[Line]) -> Normalized:
    """``lines`` as running text (:func:`~aligner.normalize.join_lines`), also where other text lies
    between two of them: a hyphen ending the first part is dropped or kept as for a line break."""
    groups: list[Normalized] = []
    start = 0
    for k in range(1, len(lines) + 1):
        if k == len(lines) or text[lines[k - 1].end : lines[k].start].strip():
            groups.append(join_lines(text, lines[start].start, lines[k - 1].end))
            start = k
    chars, offsets = groups[0].text, list(groups[0].offsets)
    for nxt in groups[1:]:
        before = _WORD_BEFORE.search(chars[:-1]) if chars[-1:] in _HYPHENS else None
        after = _WORD_AFTER.match(nxt.text)
        if before is not None and after is not None:
            if dehyphenate_choice(before.group(), after.group()):
                chars, offsets = chars[:-1], offsets[:-1]
        elif chars:
            chars += " "
            offsets.append(offsets[-1] + 1)
        chars += nxt.text
        offsets.extend(nxt.offsets)
    return Normalized(chars, tuple(offsets))
