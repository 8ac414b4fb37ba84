"""Readers: bytes to text, and text to a :class:`~aligner.model.Document`.

Two inputs are understood. An *archive page* holds a metadata header (date,
title, citation, summary, original language, contents), then the original,
then the translation, in one file; the two sides are told apart by script
(Cyrillic against Latin letters) and by the order the page's contents list
gives, never by words of a particular document. A *pair* is two plain texts,
the original and the translation.

Nothing here opens a file: callers hand over bytes or text (see
:mod:`aligner.files` for paths). Decoding bytes lives in
:mod:`aligner.read_decode`, a page's header in :mod:`aligner.read_header`, and
finding where its two sides meet in :mod:`aligner.read_sides`.
"""

from __future__ import annotations

from .errors import InputError, LimitError, StructureError
from .model import Document, SegmentKind, Span
from .read_decode import decode_bytes, refuse_unreadable
from .read_header import _language, _parse_header
from .read_sides import (
    _CYR,
    _LAT,
    _best_split,
    _contents_order,
    _has_script,
    original_after,
    split_sides,
    split_three,
)
from .segment import segment_paragraphs
from .segment.lines import Paragraph

__all__ = ["decode_bytes", "read_page", "read_pair", "split_sides"]


def read_page(text: str, *, path: str = "", max_chars: int | None = None) -> Document:
    """Read an archive page holding the original, then its translation.

    Raises :class:`~aligner.errors.StructureError` when the page lacks either side.
    """
    name = path or "the page"
    _check_size(text, name, max_chars)
    refuse_unreadable(text, name)
    if not text.strip():
        msg = f"{name}: the page is empty"
        raise InputError(msg)
    metadata, header_end, body = _parse_header(text)
    src_lang = _language(metadata.original_language) if metadata.original_language else None
    if metadata.original_language and src_lang is None:
        msg = (
            f"{name}: the original is in {metadata.original_language}; aligner reads Russian originals "
            "with English translations"
        )
        raise StructureError(msg)
    if not body:
        msg = f"{name}: the page has a header but no text under it (neither the original nor the translation)"
        raise StructureError(msg)
    # Split between lines, not paragraphs: a side may begin right under the other's last line.
    units = [Paragraph((line,)) for para in body for line in para.lines]
    order = _contents_order(metadata.contents)
    if order is None:  # the contents list does not say: the order that splits the scripts cleaner
        ahead = _best_split(text, units, source_first=True)
        behind = _best_split(text, units, source_first=False)
        source_first = ahead[1] <= behind[1]
        k = ahead[0] if source_first else behind[0]
    else:
        source_first = order
        k = split_sides(text, units, source_first=source_first)
        if not _sides_found(text, units, k, source_first=order) and not (order and split_three(text, units)):
            # the contents list names the sides in the other order than the page prints them
            other = split_sides(text, units, source_first=not order)
            if _sides_found(text, units, other, source_first=not order):
                source_first, k = not order, other
    first, second = units[:k], units[k:]
    more: tuple[Span, ...] = ()
    # a second witness after the translation: the contents list says so, or the two-way split
    # leaves no English after the original (the trailing Russian outweighs it; the list, if
    # any, does not name it)
    unlisted = not _has_script(text, second, _LAT)
    witness_last = source_first and (original_after(metadata.contents) or unlisted)
    three = split_three(text, units) if witness_last else None
    if three is not None:  # a second witness given after the translation
        first, second = units[: three[0]], units[three[0] : three[1]]
        more = (Span(units[three[1]].lines[0].start, len(text)),)
    src_paras, tgt_paras = (first, second) if source_first else (second, first)
    if not _has_script(text, src_paras, _CYR):
        where = (
            "before the translation" if source_first else "after the translation, as the contents list says"
        )
        msg = f"{name}: no Russian original found (expected Cyrillic text {where})"
        raise StructureError(msg)
    if not _has_script(text, tgt_paras, _LAT):
        msg = (
            f'{name}: no English translation found (expected a section after "Translation - English"); '
            "pass the translation as a second file"
        )
        raise StructureError(msg)
    body_start = body[0].lines[0].start
    boundary = second[0].lines[0].start
    if source_first:
        end = more[0].start if more else len(text)
        source_span, target_span = Span(body_start, boundary), Span(boundary, end)
    else:
        target_span, source_span = Span(body_start, boundary), Span(boundary, len(text))
    header = segment_paragraphs(
        text, Span(0, header_end), side="source", kind=SegmentKind.HEADING, id_prefix="h"
    )
    return Document(
        source_text=text,
        target_text=text,
        source_span=source_span,
        target_span=target_span,
        source_language="ru",
        target_language="en",
        path=path,
        metadata=metadata,
        header=header,
        source_more=more,
    )


def _sides_found(text: str, units: list[Paragraph], k: int, *, source_first: bool) -> bool:
    """Whether the split at ``k`` leaves Cyrillic letters on the original's side and Latin ones on
    the translation's (the original first when ``source_first``)."""
    src, tgt = (units[:k], units[k:]) if source_first else (units[k:], units[:k])
    return _has_script(text, src, _CYR) and _has_script(text, tgt, _LAT)


def read_pair(
    source: str,
    target: str,
    *,
    path: str = "",
    target_path: str = "",
    source_language: str = "ru",
    target_language: str = "en",
    max_chars: int | None = None,
) -> Document:
    """Read an original and its translation given as two texts."""
    for text, name, what in ((source, path, "original"), (target, target_path, "translation")):
        label = name or f"the {what}"
        _check_size(text, label, max_chars)
        refuse_unreadable(text, label)
        if not text.strip():
            msg = f"{label}: the {what} is empty"
            raise InputError(msg)
    return Document(
        source_text=source,
        target_text=target,
        source_span=Span(0, len(source)),
        target_span=Span(0, len(target)),
        source_language=source_language,
        target_language=target_language,
        path=path,
        target_path=target_path,
    )


def _check_size(text: str, name: str, max_chars: int | None) -> None:
    if max_chars is not None and len(text) > max_chars:
        msg = (
            f"{name}: {len(text):,} characters is more than the limit of {max_chars:,}; "
            "raise it with --max-chars if this is intended"
        )
        raise LimitError(msg)
