"""Numbers in words: "двадцати пяти" = 25, "two thousand and five", "третий" = 3, "двухэтажный" (weak 2).

Adjacent number words compose into one number or several ("one hundred twenty" = 120, "два три" = 2, 3);
an ordinal ends its number; a word that begins with a number (двух-трехмесячный) implies one, weak.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from ...morph import WORD_RE
from .items import _Item, _overlaps
from .lexicon import Reading, _Lexicon, half_word

_HYPHEN_SPLIT = regex.compile(r"[-\u2010\u2011]")
_LAST_WORD = regex.compile(r"(\S+)\s+$")
_COMMA_GAP = regex.compile(r",[ \u00a0]+")
_RANK = {"hundreds": 3, "ten": 2, "teen": 1, "unit": 1}


#: The most distinct words whose readings are kept (a guard for a text of endless distinct garbles).
_MAX_READINGS = 200_000


def _word_atoms(text: str, lex: _Lexicon, taken: Sequence[tuple[int, int]]) -> list[_Item]:
    """The number words of ``text`` outside ``taken``, one item for each, in order.

    A word is read once for the whole run: a text repeats its words many times over, and
    most words are no number at all.
    """
    atoms: list[_Item] = []
    readings = lex.readings
    for m in WORD_RE.finditer(text):
        word = m.group()
        reading = readings.get(word)
        if reading is None:
            if len(readings) >= _MAX_READINGS:
                readings.clear()
            reading = readings[word] = _word_reading(word, lex)
        if not reading:
            continue
        start = m.start()
        if _overlaps(start, m.end(), taken):
            continue
        atoms.extend(
            _Item(start + a, start + b, value, kind, weak=weak, rule=rule, ordinal=ordinal)
            for a, b, value, kind, weak, rule, ordinal in reading
        )
    return atoms


def _word_reading(original: str, lex: _Lexicon) -> tuple[Reading, ...]:
    """The number atoms of one word, offsets into the word (empty for a word that is no number)."""
    word = original.lower().replace("ё", "е")
    parts = _HYPHEN_SPLIT.split(word)
    if not any(p in lex.words for p in parts):
        if word in lex.articles:
            return ((0, len(original), 1.0, "article", False, "", False),)
        if word in lex.denominators:  # «около трети» = about a third: a fraction, weak
            value = 1 / lex.denominators[word]
            return ((0, len(original), value, "implicit", True, "number.fraction", False),)
        half = half_word(word, lex)
        if half is not None:  # полсотни = 50 (a number); полгода = half a year (weak)
            unit, count = half
            value = 0.5 * lex.words[unit].value if count and unit in lex.words else 0.5
            return ((0, len(original), value, "implicit", not count, "number.words", False),)
        implied = _compound_value(parts[0], lex)
        if implied is not None:
            return ((0, len(original), implied, "implicit", True, "number.compound", False),)
        return ()
    atoms: list[Reading] = []
    whole = all(p in lex.words for p in parts)
    lead = next((i for i, p in enumerate(parts) if p not in lex.words), len(parts))
    pos = 0
    for i, part in enumerate(parts):
        w = lex.words.get(part)
        if w is None and i >= lead and i and _compound_value(part, lex) is not None:
            value = _compound_value(part, lex) or 0.0  # двух-трехмесячный: the second end of a range
            atoms.append((pos, pos + len(part), value, "implicit", True, "number.compound", False))
        if w is not None:
            weak = w.weak or not whole  # four-year-old: the number of a compound word
            # thirty-five-year-old: the leading number words compose (35), weak
            kind = w.kind if whole or (i < lead and lead > 1) else "implicit"
            ordinal = w.ordinal and whole
            rule = "number.ordinal" if ordinal else "number.times" if w.multiplier else "number.words"
            atoms.append((pos, pos + len(part), w.value, kind, weak, rule, ordinal))
        pos += len(part) + 1
    return tuple(atoms)


def _compound_value(word: str, lex: _Lexicon) -> float | None:
    """The number a word begins with (двухэтажный: 2), or ``None``."""
    for prefix, value in lex.compounds:
        if word.startswith(prefix) and len(word) >= len(prefix) + 3:
            return value
    return None


def _range_infix(text: str, chain: list[_Item], nxt: _Item, lex: _Lexicon) -> bool:
    """Whether the word before ``nxt`` closes a range opened before the chain: "between fifteen
    hundred and two thousand" is 1,500 to 2,000, not 1,502,000."""
    gap = text[chain[-1].end : nxt.start].split()
    if len(gap) != 1:
        return False
    before = _LAST_WORD.search(text, max(0, chain[0].start - 20), chain[0].start)
    prefix = before.group(1).lower() if before else ""
    return any(gap[0].lower() == inf and prefix == pre for pre, inf, _ in lex.ranges)


def _joinable(text: str, prev: _Item, nxt: _Item, lex: _Lexicon) -> bool:
    gap = text[prev.end : nxt.start]
    if gap == "-" or (gap and gap.isspace()) or gap == "":
        return True
    if prev.kind == "scale" and nxt.kind in ("unit", "ten", "teen", "hundreds") and _COMMA_GAP.fullmatch(gap):
        return True  # one thousand, one hundred
    words = gap.split()
    return len(words) == 1 and words[0].lower() in lex.joiners and prev.kind in ("hundred", "scale")


def _fits(kind: str, value: float, group: float, total: float, slot: int, last_scale: float) -> bool:
    if kind == "hundreds":
        return slot == 0 and group == 0
    if kind in ("ten", "teen"):
        return slot in (0, 3)
    if kind == "unit":
        return slot in (0, 3, 2)
    if kind == "hundred":
        return slot in (1, 2) and 0 < group < 100
    if kind == "scale":
        return value < last_scale and (group > 0 or total == 0)
    return False


def _compose(chain: list[_Item]) -> list[_Item]:
    """Read a run of adjacent number words as one or more numbers (двадцати пяти = 25)."""
    out: list[_Item] = []
    cur: list[_Item] = []
    total = group = 0.0
    slot = 0
    last_scale = float("inf")
    article: _Item | None = None

    def flush() -> None:
        nonlocal total, group, slot, last_scale, cur
        real = [a for a in cur if a.kind != "article"]
        if real:
            weak = all(a.weak for a in real) or (len(cur) == 1 and cur[0].kind == "scale")
            ordinal = real[-1].ordinal
            out.append(
                _Item(
                    cur[0].start,
                    cur[-1].end,
                    total + group,
                    "words",
                    weak=weak,
                    rule="number.ordinal" if ordinal else "number.words",
                    ordinal=ordinal,
                )
            )
        cur, total, group, slot, last_scale = [], 0.0, 0.0, 0, float("inf")

    for atom in chain:
        kind = atom.kind
        if kind == "implicit":
            flush()
            out.append(attrs.evolve(atom, kind="words"))
            article = None
            continue
        if kind == "article":
            flush()
            article = atom
            continue
        if article is not None and kind in ("hundred", "scale"):
            cur, group, slot = [article], 1.0, 1  # a hundred, a thousand
        article = None
        if not _fits(kind, atom.value, group, total, slot, last_scale):
            flush()
            if not _fits(kind, atom.value, group, total, slot, last_scale):
                continue
        cur.append(atom)
        if kind == "hundred":
            group *= atom.value
            slot = 3
        elif kind == "scale":
            total += (group or 1.0) * atom.value
            group, slot, last_scale = 0.0, 0, atom.value
        else:
            group += atom.value
            slot = _RANK[kind]
        if atom.ordinal:
            flush()  # an ordinal ends its number: «второй миллиард» is the second billion, not 2e9
    flush()
    return out


def _word_items(text: str, lex: _Lexicon, taken: Sequence[tuple[int, int]]) -> list[_Item]:
    atoms = _word_atoms(text, lex, taken)
    items: list[_Item] = []
    chain: list[_Item] = []
    for atom in atoms:
        if chain and (not _joinable(text, chain[-1], atom, lex) or _range_infix(text, chain, atom, lex)):
            items.extend(_compose(chain))
            chain = []
        chain.append(atom)
    if chain:
        items.extend(_compose(chain))
    return items
