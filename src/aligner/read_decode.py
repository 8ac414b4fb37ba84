"""Bytes to text: encoding detection, mojibake repair, and refusing what is not text.

:func:`decode_bytes` honours a forced encoding, else a byte-order mark, else
tries UTF-8, UTF-16 without a mark, then cp1251 or KOI8-R (the reading richest
in frequent Russian letters). Russian text garbled once already by a Western
codepage is repaired when exactly one way back gives Russian.
:func:`refuse_unencodable` refuses text holding lone surrogates.
"""

from __future__ import annotations

import codecs
import re

import regex

from .errors import EncodingError, InputError

__all__ = ["decode_bytes", "refuse_unencodable", "refuse_unreadable"]


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


def refuse_unreadable(text: str, name: str) -> None:
    """Raise :class:`InputError` for text no report could hold or no reader would call a text: a
    lone surrogate (:func:`refuse_unencodable`), or control characters in more than one character
    in a hundred (a binary file). Files and texts given to the library meet the same test."""
    refuse_unencodable(text, name)
    sample = text[:100_000]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        msg = f"{name}: this looks like a binary file (it is full of control characters), not a text"
        raise InputError(msg)


def _checked_text(text: str, name: str) -> str:
    refuse_unreadable(text, name)
    return text
