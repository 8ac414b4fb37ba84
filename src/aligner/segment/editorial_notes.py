"""Editorial notes inside running text: a bracketed editor's note opening with a note word ("[Note on the
first sheet: …]", «[Помета на полях: …]»), joined again where the sentence splitter cut it at a full stop
inside its quoted words, and a sentence that is wholly a translator's or an editor's note.
"""

from __future__ import annotations

import functools

import regex

from ..resources import data_toml
from .apparatus_lines import line_words, signed_end_re, translator_note, word_forms

__all__ = ["is_editorial_block", "join_bracketed_notes", "sentence_note"]


@functools.cache
def _editorial_openers() -> frozenset[str]:
    return frozenset(str(w) for w in data_toml("editorial.toml")["note_openers"])


def is_editorial_block(text: str) -> bool:
    """Whether ``text`` (one or more lines) is one bracketed editor's note opening with a note word
    ("[Note on the first sheet: …]", "[Помета на полях: …]", "(Handwritten on the first page: …)"),
    however long."""
    body = text.strip()
    if body.endswith("."):
        body = body[:-1]
    pairs = (("[", "]"), ("(", ")"))
    if not any(
        body.startswith(a) and body.endswith(b) and a not in body[1:] and b not in body[:-1] for a, b in pairs
    ):
        return False
    words = line_words(body)
    return bool(words) and any(f in _editorial_openers() for f in word_forms(words[0]))


#: The most sentences one bracketed note may be cut into before it is joined again.
_NOTE_PIECES = 6
_CLOSER = {"[": "]", "(": ")"}


def join_bracketed_notes(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The sentence ``spans`` of ``text`` with those of one bracketed editor's note joined again: a
    note opening with a note word whose quoted words hold a full stop ("(Handwritten in the margin:
    'Agreed. V. M.')") is cut by the sentence splitter. The pieces up to the one where the bracket
    closes (:data:`_NOTE_PIECES` at most) are joined up to the bracket, and what follows it in that
    piece is a sentence of its own, so that :func:`is_editorial_block` knows the whole note."""
    out: list[tuple[int, int, str]] = []
    todo = list(spans)
    while todo:
        start, end, rule = todo.pop(0)
        body = text[start:end].strip()
        closer = _CLOSER.get(body[:1])
        words = line_words(body) if closer is not None and closer not in body else ()
        if closer is None or not words:
            out.append((start, end, rule))
            continue
        opened = any(f in _editorial_openers() for f in word_forms(words[0]))
        for k, (_s, e, r) in enumerate(todo[: _NOTE_PIECES - 1]):
            at = text.find(closer, _s, e)
            if at < 0:
                continue
            if not opened and not signed_end_re().search(text, start, at):
                out.append((start, end, rule))  # a bracket of the text, not an editor's note
                break
            cut = at + 1
            while cut < e and text[cut] in ".!?":
                cut += 1
            out.append((start, cut, r))
            rest = cut + len(text[cut:e]) - len(text[cut:e].lstrip())
            todo = ([(rest, e, r)] if rest < e else []) + todo[k + 1 :]
            break
        else:
            out.append((start, end, rule))
    return out


#: A sentence wholly in square brackets, none inside: an editor's or translator's note.
_WHOLE_BRACKETS = regex.compile(r"\[[^\[\]]+\][.!?]?")


def sentence_note(sentence: str) -> str | None:
    """The rule that makes a sentence of running text an editorial note, or ``None``: "Translator's
    note: …" (the translator's, not the text's), a bracketed note opening with a note word
    ("[Далее зачеркнуто: …]" among a draft's sentences), or any sentence wholly in square brackets
    ("[The rest of the page is torn off.]")."""
    if translator_note(sentence) is not None:
        return "editorial.translator_note"
    if is_editorial_block(sentence) or _WHOLE_BRACKETS.fullmatch(sentence.strip()):
        return "editorial.bracket_block"
    return None
