"""Readers: bytes to text, and text to a :class:`~aligner.model.Document`.

Two inputs are understood. An *archive page* holds a metadata header (date,
title, citation, summary, original language, contents), then the original,
then the translation, in one file; the two sides are told apart by script
(Cyrillic against Latin letters) and by the order the page's contents list
gives, never by words of a particular document. A *pair* is two plain texts,
the original and the translation.

Nothing here opens a file: callers hand over bytes or text (see
:mod:`aligner.files` for paths).
"""

from __future__ import annotations

import codecs
import functools
import re
from typing import Any

import regex

from .errors import EncodingError, InputError, LimitError, StructureError
from .model import Document, Metadata, SegmentKind, Span
from .resources import data_toml
from .segment import segment_paragraphs
from .segment.lines import Paragraph, paragraphs

__all__ = ["decode_bytes", "read_page", "read_pair", "split_sides"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The eight most frequent lower-case letters of Russian text: a cp1251 or KOI8-R
# reading that yields many of them is the right reading.
_FREQUENT_RU = frozenset("оеаинтср")
_READABLE = regex.compile(r"[\p{Script=Cyrillic}\p{Script=Latin}\p{N}\p{P}\s]")
# Symbols a wrong single-byte reading produces (KOI8-R's box drawing and maths signs, C1 controls)
# and a Russian or English text hardly holds; the typist's and printer's signs are not among them.
_CASE_TURN = regex.compile(r"\p{Ll}(?=\p{Lu}\p{Lu})", regex.V1)
_IMPLAUSIBLE = regex.compile(r"[[\p{Sm}\p{So}\x80-\x9f]--[№©®°™§±×+<=>|~]]", regex.V1)
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, *, name: str = "the input", encoding: str | None = None) -> str:
    """Decode a file's bytes: a forced ``encoding``, else a BOM, else UTF-8, else cp1251 or KOI8-R.

    Without a forced encoding, Russian text that was garbled by a wrong
    encoding once already (UTF-8 or cp1251 read as Latin-1/cp1252 and saved
    again: "Ð¡ÐµÐºÑ€ÐµÑ‚Ð½Ð¾", "Ñåêðåòíî") is repaired when exactly one way
    back gives Russian text, and refused with an :class:`EncodingError` naming
    what was found otherwise. Offsets are then those of the repaired text.

    Raises :class:`~aligner.errors.InputError` for empty or binary data and
    :class:`~aligner.errors.EncodingError` when the bytes are not text in the
    encoding given. Newlines are kept as they are, so offsets stay those of the file.
    """
    if not data.strip():
        msg = f"{name}: the file is empty; give a file with the original and its translation"
        raise InputError(msg)
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            msg = f"{name}: unknown encoding {encoding!r}; try utf-8, cp1251, koi8-r or utf-16"
            raise EncodingError(msg) from exc
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            msg = (
                f"{name}: the bytes are not valid {encoding} (byte {exc.start} is {data[exc.start]:#04x}); "
                "leave --encoding out to let aligner detect the encoding"
            )
            raise EncodingError(msg) from exc
        return _checked_text(text, name)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                msg = f"{name}: the file starts with a {codec} byte-order mark but is not valid {codec}"
                raise EncodingError(msg) from exc
            return _checked_text(_unmangled(text, name), name)
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            msg = f"{name}: this looks like a binary file (it contains NUL bytes), not a text"
            raise InputError(msg)
        return _checked_text(utf16, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _checked_text(_unmangled(text, name), name)
    readings = _single_byte_readings(data)
    if not readings:
        msg = (
            f"{name}: the bytes are neither UTF-8, cp1251 nor KOI8-R text; "
            "pass --encoding to name the encoding"
        )
        raise EncodingError(msg)
    return _checked_text(readings[0][1], name)


def _reading_score(text: str) -> int:
    """How Russian a reading looks: its frequent Russian letters (in either case, so that a
    telegram in capitals counts), less the symbols only a wrong reading gives and the words
    whose case turns mid-word ("аНКЕЕ": a capitalised word read in the other codepage)."""
    frequent = sum(ch.lower() in _FREQUENT_RU for ch in _CYRILLIC_LETTER.findall(text))
    return frequent - 3 * len(_IMPLAUSIBLE.findall(text)) - 3 * len(_CASE_TURN.findall(text))


def _single_byte_readings(data: bytes) -> list[tuple[int, str]]:
    """The cp1251 and KOI8-R readings of ``data``, the likelier first (cp1251, the commoner, on a tie)."""
    readings = []
    for codec in ("cp1251", "koi8_r"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        readings.append((_reading_score(text), text))
    readings.sort(key=lambda r: -r[0])
    return readings


# Mojibake: Russian text whose bytes were once read in a Western codepage and saved again.
# Cyrillic in UTF-8 starts with the bytes D0/D1, read as "Ð"/"Ñ"; a cp1251 or KOI8-R
# letter is one byte from C0 to FF, read as a Latin-1 letter ("Ñåêðåòíî").
_WESTERN = regex.compile(r"[\u00c0-\u00ff\u00a8\u00b8]")
_WESTERN_WORD = regex.compile(r"[\u00c0-\u00ff\u00a8\u00b8]{3,}")
_LATIN_WORD = regex.compile(r"[\p{L}\u00a8\u00b8]{3,}")
_UTF8_LEADS = frozenset("ÐÑ")
_CYRILLIC_LETTER = regex.compile(r"\p{Script=Cyrillic}")


def _western_bytes(text: str) -> bytes | None:
    """The bytes a Western reading (cp1252, else Latin-1) came from."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            out.append(ord(ch))
    return bytes(out)


def _russian_share(text: str) -> float:
    """The share of the eight most frequent Russian letters among the Cyrillic ones."""
    cyrillic = _CYRILLIC_LETTER.findall(text)
    if not cyrillic:
        return 0.0
    return sum(ch.lower() in _FREQUENT_RU for ch in cyrillic) / len(cyrillic)


def _unmangled(text: str, name: str) -> str:
    """``text``, or the text it garbles when it is mojibake with one clear repair."""
    if _CYRILLIC_LETTER.search(text):
        return text
    non_ascii = [ch for ch in text if ord(ch) > 0x7F and not ch.isspace()]
    if not non_ascii:
        return text
    raw = _western_bytes(text)
    if raw is not None:
        # UTF-8 read as Latin-1 or cp1252: the bytes decode as UTF-8 again, which a text
        # really written in a Western codepage (a lone "é" before a plain letter) never does.
        try:
            repaired = raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if repaired != text:
                return repaired
    if len(non_ascii) < 8 or len(_WESTERN.findall(text)) < len(non_ascii) / 2:
        return text
    sample = " ".join(text[:400].split())[:40]
    words = _LATIN_WORD.findall(text)
    western_words = [w for w in words if _WESTERN_WORD.fullmatch(w)]
    if raw is not None and len(western_words) >= 3 and len(western_words) >= 0.1 * len(words):
        readings = _single_byte_readings(raw)
        clear = len(readings) == 1 or (len(readings) > 1 and readings[0][0] > readings[1][0])
        if readings and clear and _russian_share(readings[0][1]) >= 0.35:
            return readings[0][1]
    if sum(ch in _UTF8_LEADS for ch in non_ascii) >= 0.3 * len(non_ascii):
        msg = (
            f"{name}: this looks like Russian text in UTF-8 that was read as Latin-1 "
            "and saved again "
            f"(“{sample}…”), but it cannot be repaired (some bytes were lost on the way); "
            "export the file again from where it came from, in UTF-8"
        )
        raise EncodingError(msg)
    if len(western_words) < 3 or len(western_words) < 0.1 * len(words):
        return text
    msg = (
        f"{name}: this looks like Russian text garbled by a wrong encoding (“{sample}…”), "
        "and aligner cannot tell whether it was cp1251 or KOI8-R; "
        "export the file again from where it came from, in UTF-8"
    )
    raise EncodingError(msg)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: the reading (little or big endian) that gives readable text."""
    if len(data) % 2:
        return None
    best: tuple[float, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        readable = len(_READABLE.findall(text)) / max(1, len(text))
        if readable >= 0.9 and (best is None or readable > best[0]):
            best = (readable, text)
    return best[1] if best else None


_SURROGATE = re.compile("[\ud800-\udfff]")


def refuse_unencodable(text: str, name: str) -> None:
    """Raise :class:`InputError` naming the first lone surrogate of ``text`` (a code point no file can hold).

    Such code points come from bytes decoded with ``surrogateescape`` or from
    text cut in the middle of a UTF-16 pair; no report could be written with them.
    """
    found = _SURROGATE.search(text)
    if found is None:
        return
    at = found.start()
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    msg = (
        f"{name}: line {line}, column {column} (character {at:,}) holds U+{ord(found.group()):04X}, "
        "half of a surrogate pair and no character; decode the file's bytes without "
        "'surrogateescape' (or give aligner the bytes)"
    )
    raise InputError(msg)


def _checked_text(text: str, name: str) -> str:
    refuse_unencodable(text, name)
    if len(_CONTROL.findall(text[:100_000])) > max(8, len(text[:100_000]) // 100):
        msg = f"{name}: this looks like a binary file (it is full of control characters), not a text"
        raise InputError(msg)
    return text


@functools.cache
def _format() -> dict[str, Any]:
    return data_toml("page_format.toml")


_HEADING = regex.compile(r"^(?P<hashes>#{1,6})\s+(?P<body>.*)$")
_URL = regex.compile(r"<?(https?://[^\s<>]+)>?")
_CYR = regex.compile(r"\p{Script=Cyrillic}")
_LAT = regex.compile(r"\p{Script=Latin}")


def _heading_text(body: str) -> str:
    return body.strip().strip("*_").strip().rstrip(":").strip().strip("*_").strip()


def _parse_header(text: str) -> tuple[Metadata, int, list[Paragraph]]:
    """The metadata of the page, where the body starts, and the body's paragraphs.

    The header is the run of Markdown headings at the top of the page, each
    labelled section (``#### **Summary:**``) with the one paragraph after it.
    """
    paras = list(paragraphs(text, 0, len(text)))
    fields: dict[str, str] = {}
    sections = _format()["sections"]
    i = 0
    header_end = 0
    while i < len(paras):
        first = paras[i].lines[0].text
        m = _HEADING.match(first)
        if m is None or len(paras[i].lines) > 1:
            break
        label = _heading_text(m["body"])
        level = len(m["hashes"])
        header_end = paras[i].lines[-1].end
        i += 1
        if level == 2 and "date" not in fields:
            fields["date"] = label
        elif level <= 3 and "title" not in fields:
            fields["title"] = label
        key = sections.get(label.lower())
        if level >= 4 and i < len(paras) and _HEADING.match(paras[i].lines[0].text) is None:
            if key:
                fields[str(key)] = "\n".join(line.text for line in paras[i].lines)
            header_end = paras[i].lines[-1].end
            i += 1
            while i < len(paras) and _only_links(paras[i]):  # a section's link set apart by a blank line
                header_end = paras[i].lines[-1].end
                i += 1
    return _metadata(fields), header_end, paras[i:]


def _only_links(para: Paragraph) -> bool:
    """Whether every line of the paragraph is a web address ("<https://…>")."""
    return all(_URL.fullmatch(line.text) for line in para.lines)


def _metadata(fields: dict[str, str]) -> Metadata:
    citation = fields.get("citation", "")
    url_match = _URL.search(citation)
    translator = ""
    low = citation.lower()
    for marker in _format()["citation"]["translator_markers"]:
        at = low.find(str(marker))
        if at >= 0:
            rest = citation[at + len(str(marker)) :].strip()
            translator = regex.split(r"\.\s|\.$|\n", rest, maxsplit=1)[0].strip()
            break
    date_text = fields.get("date", "")
    return Metadata(
        title=fields.get("title", ""),
        date=_iso_date(date_text) or date_text,
        url=url_match.group(1) if url_match else "",
        citation=_URL.sub("", citation).strip(),
        summary=fields.get("summary", ""),
        archive=_archive_of(citation, fields.get("title", ""), date_text),
        translator=translator,
        original_language=fields.get("original_language", ""),
        contents=tuple(line.strip() for line in fields.get("contents", "").splitlines() if line.strip()),
    )


def _archive_of(citation: str, title: str, date_text: str) -> str:
    """The archive a citation names ('"…", July 8, 1950, Some Digital Archive, …. Translated by …')."""
    if not citation or not date_text:
        return ""
    at = citation.find(date_text)
    if at < 0:
        return ""
    rest = citation[at + len(date_text) :].lstrip(" ,")
    return regex.split(r"\.\s|\.$|\n", rest, maxsplit=1)[0].strip()


def _iso_date(text: str) -> str:
    """An ISO date for a header date written in words, if the date reader understands it."""
    if not text:
        return ""
    try:
        from .features.dates import parse_date
    except ImportError:  # pragma: no cover - the features package ships with aligner
        return ""
    try:
        return parse_date(text) or ""
    except Exception:  # noqa: BLE001 - a header date aligner cannot read stays as written
        return ""


def _language(name: str) -> tuple[str, str] | None:
    entry = _format()["languages"].get(name.strip().lower())
    if entry is None:
        return None
    return str(entry["code"]), str(entry["script"])


def _script_counts(text: str, para: Paragraph) -> tuple[int, int]:
    body = text[para.lines[0].start : para.lines[-1].end]
    return len(_CYR.findall(body)), len(_LAT.findall(body))


def split_sides(text: str, paras: list[Paragraph], *, source_first: bool = True) -> int:
    """The index of the first paragraph of the second side.

    Chooses the split that leaves the fewest letters of the wrong script on
    each side (Cyrillic for the original, Latin for the translation, or the
    reverse when ``source_first`` is false). Paragraphs without letters between
    the two go with the first side.
    """
    return _best_split(text, paras, source_first=source_first)[0]


def _best_split(text: str, paras: list[Paragraph], *, source_first: bool) -> tuple[int, int]:
    """:func:`split_sides`'s index and the number of letters of the wrong script it leaves."""
    counts = [_script_counts(text, p) for p in paras]
    first = 0 if source_first else 1  # index into (cyr, lat) of the first side's script
    second = 1 - first
    # cost(k): letters of the second script in paras[:k] + letters of the first script in paras[k:]
    cost = sum(c[first] for c in counts)
    best_k, best_cost = 0, cost
    for k, c in enumerate(counts, start=1):
        cost += c[second] - c[first]
        if cost <= best_cost:
            best_k, best_cost = k, cost
    return best_k, best_cost


def read_page(text: str, *, path: str = "", max_chars: int | None = None) -> Document:
    """Read an archive page holding the original, then its translation.

    Raises :class:`~aligner.errors.StructureError` when the page lacks either side.
    """
    name = path or "the page"
    _check_size(text, name, max_chars)
    refuse_unencodable(text, name)
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
    first, second = units[:k], units[k:]
    src_paras, tgt_paras = (first, second) if source_first else (second, first)
    if not _has_script(text, src_paras, _CYR):
        msg = f"{name}: no Russian original found (expected Cyrillic text before the translation)"
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
        source_span, target_span = Span(body_start, boundary), Span(boundary, len(text))
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
    )


def _has_script(text: str, paras: list[Paragraph], pattern: regex.Pattern[str]) -> bool:
    return any(pattern.search(text, p.lines[0].start, p.lines[-1].end) for p in paras)


def _contents_order(contents: tuple[str, ...]) -> bool | None:
    """Whether the contents list names the original first (True), the translation first (False),
    or does not name both (None)."""
    words = _format()["contents"]
    original = tuple(str(w) for w in words["original_words"])
    translation = tuple(str(w) for w in words["translation_words"])
    order = []
    for entry in contents:
        low = entry.lower()
        if any(w in low for w in translation):
            order.append("t")
        elif any(w in low for w in original):
            order.append("o")
    if "o" not in order or "t" not in order:
        return None
    return order[0] == "o"


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
        refuse_unencodable(text, label)
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
