"""Marks of the page among numbers: designations, footnote marks, file numbers, identifiers.

"F-96", "Т-34", "ЗИС-150" are designations; "memorandum,2", "for me.2" and
"получил 1)" footnote marks; "740.0011" a decimal file number; "611.6131/2-1052"
an identifier. None of them is a fact of the text to compare.
"""

from __future__ import annotations

import regex

__all__ = ["mark_family", "ID_CHAIN"]

# The rest of an identifier after a slash: 611.6131/2-1052
ID_CHAIN = regex.compile(r"/\w+[-\u2010-\u2015]$")
# A designation: letters, a hyphen, digits (F-96, С-47, ЗИС-150, Т-34, МиГ-15)
_DESIGNATION = regex.compile(r"(?<![\p{L}\d-])\p{Lu}\p{L}{0,3}-$")
# A footnote mark glued to a word or a stop: "memorandum,2", "for me.2", "получил 1)"
_GLUED_MARK = regex.compile(r"\p{Ll}[\p{Pe}\p{Pf}\"'»]?[.,;:]$")
# The same after an abbreviation in capitals that ends a sentence: "the frontier of the USSR.1 Lindström"
_GLUED_AFTER_CAPITALS = regex.compile(r"(?<!\p{L})\p{Lu}{2,}[\p{Pe}\p{Pf}\"'»]?[.;:]$")
# What follows such a mark: the next sentence's capital, or the end of the line
_NEXT_SENTENCE = regex.compile(r"[^\S\n]*(?:\n|$)|\s+[\p{Pi}\"«]?\p{Lu}")


def mark_family(text: str, start: int, end: int, m: regex.Match[str]) -> tuple[str, str] | None:
    """Whether the digits at ``start`` are a mark of the page, not a fact: a footnote, a designation."""
    digits = m.group(0)
    after = text[end : end + 1]
    if _DESIGNATION.search(text, max(0, start - 6), start):
        return "reference", "number.designation"
    short = len(digits) <= 2 and not m.group("frac")
    if short and after == ")" and text.count("(", 0, start) <= text.count(")", 0, start):
        return "footnote", "number.footnote"  # "получил 1)", "1) Послание …"
    glued = _GLUED_MARK.search(text, max(0, start - 3), start)
    if short and glued and (not after or after.isspace()):
        return "footnote", "number.footnote"  # "memorandum,2 we", "for me.2"
    capitals = _GLUED_AFTER_CAPITALS.search(text, max(0, start - 12), start)
    if short and capitals and _NEXT_SENTENCE.match(text, end):
        return "footnote", "number.footnote"  # "of the USSR.1 Lindström was …"
    frac = m.group("frac") or ""
    if frac.startswith("00") and len(frac) >= 4 and len(m.group("int")) == 3:
        return "reference", "number.file"  # a decimal file number: 740.0011
    return None
