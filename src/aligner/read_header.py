"""An archive page's header: its metadata (date, title, citation, summary, languages, contents).

The header is the run of Markdown headings at the top of the page; the labels
it understands, the language names and the translator markers of a citation
are data (``data/page_format.toml``).
"""

from __future__ import annotations

import functools
from typing import Any

import regex

from .model import Metadata
from .resources import data_toml
from .segment.lines import Paragraph, paragraphs

__all__: list[str] = []


@functools.cache
def _format() -> dict[str, Any]:
    return data_toml("page_format.toml")


_HEADING = regex.compile(r"^(?P<hashes>#{1,6})\s+(?P<body>.*)$")
_URL = regex.compile(r"<?(https?://[^\s<>]+)>?")


def _heading_text(body: str) -> str:
    return body.strip().strip("*_").strip().rstrip(":").strip().strip("*_").strip()


def _parse_header(text: str) -> tuple[Metadata, int, list[Paragraph]]:
    """The metadata of the page, where the body starts, and the body's paragraphs.

    The header is the run of Markdown headings at the top of the page, each
    labelled section (``#### **Summary:**``) with the one paragraph after it. A
    page copied as plain text keeps the labels without the hashes
    (``**Summary:**``, ``Summary:`` or ``Original Language: Russian`` on one
    line, the value under the label or after it); its date and title are then
    the few lines above the first label.
    """
    paras = list(paragraphs(text, 0, len(text)))
    fields: dict[str, str] = {}
    sections = _format()["sections"]
    i = _plain_top(paras, fields)
    header_end = paras[i - 1].lines[-1].end if i else 0
    while i < len(paras):
        first = paras[i].lines[0].text
        m = _HEADING.match(first)
        if m is None:
            label = _label_line(first)
            if label is None and _other_label(paras, i):
                label = ("", "")  # a section the reader has no field for ("Rights:"): passed over
            if label is None:
                break
            key, inline = label
            if key == "contents":
                _cut_contents(paras, i, 1)
                if not inline and len(paras[i].lines) == 1 and i + 1 < len(paras):
                    _cut_contents(paras, i + 1, 0)
            lines = [inline] if inline else [line.text for line in paras[i].lines[1:]]
            header_end = paras[i].lines[-1].end
            i += 1
            if not lines and i < len(paras) and not _starts_section(paras[i]):
                lines = [line.text for line in paras[i].lines]
                header_end = paras[i].lines[-1].end
                i += 1
            if key:
                fields[key] = "\n".join(lines)
            header_end, i = _links_after(paras, i, header_end)
            continue
        if len(paras[i].lines) > 1:
            break
        label_text = _heading_text(m["body"])
        level = len(m["hashes"])
        header_end = paras[i].lines[-1].end
        i += 1
        if level == 2 and "date" not in fields:
            fields["date"] = label_text
        elif level <= 3 and "title" not in fields:
            fields["title"] = label_text
        key = sections.get(label_text.lower())
        if level >= 4 and i < len(paras) and _HEADING.match(paras[i].lines[0].text) is None:
            if key == "contents":
                _cut_contents(paras, i, 0)
            if key:
                fields[str(key)] = "\n".join(line.text for line in paras[i].lines)
            header_end = paras[i].lines[-1].end
            i += 1
            header_end, i = _links_after(paras, i, header_end)
    return _metadata(fields), header_end, paras[i:]


#: A section label written without Markdown hashes: ``**Citation:**``, ``Citation:`` or
#: ``Original Language: Russian`` (the value after the colon).
_LABEL = regex.compile(r"^[*_]*(?P<label>[^\W\d][^:*_]{1,40}?)[*_]*:[*_]*(?:\s+(?P<value>\S.*))?$")
#: Cyrillic letters: a header written as plain text lies above the original.
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
#: The most paragraphs (each of at most :data:`_TOP_LINES` lines) of date and title above a plain label.
_TOP_PARAGRAPHS = 3
_TOP_LINES = 3


def _label_line(line: str) -> tuple[str, str] | None:
    """The metadata field a plain label line opens, and the value written on the same line."""
    m = _LABEL.match(line.strip())
    if m is None:
        return None
    key = _format()["sections"].get(m["label"].strip().lower())
    return (str(key), (m["value"] or "").strip().strip("*_").strip()) if key else None


#: The longest line that counts as an entry of a contents list ("Original Scan (draft)").
_ENTRY_CHARS = 60


def _contents_entry(line: str) -> bool:
    """Whether a line names a section of the page ("Original Scan", "Translation - English")."""
    words = _format()["contents"]
    low = line.strip().lower()
    names = (*words["original_words"], *words["translation_words"])
    return 0 < len(low) <= _ENTRY_CHARS and any(str(w) in low for w in names)


def _cut_contents(paras: list[Paragraph], k: int, first: int) -> None:
    """Split paragraph ``k`` after the contents entries that run from its line ``first`` on, when
    the text goes on under them with no blank line (a page copied single-spaced): the lines
    after the last entry are a paragraph of their own, the body's first."""
    lines = paras[k].lines
    cut = first
    while cut < len(lines) and _contents_entry(lines[cut].text):
        cut += 1
    if first < cut < len(lines):
        paras[k : k + 1] = [Paragraph(lines[:cut]), Paragraph(lines[cut:])]


#: How many paragraphs after a label the reader has no field for it looks for one it knows.
_LABEL_LOOKAHEAD = 6


def _other_label(paras: list[Paragraph], i: int) -> bool:
    """Whether paragraph ``i`` opens a header section the reader has no field for (``Rights:``,
    ``**Document Information:**`` in a page copied as plain text): a label line in Latin letters,
    with a label the reader knows among the next few paragraphs, so that the header goes on below
    it."""
    first = paras[i].lines[0].text
    if _LABEL.match(first.strip()) is None or _CYRILLIC.search(first):
        return False
    return any(_label_line(p.lines[0].text) is not None for p in paras[i + 1 : i + 1 + _LABEL_LOOKAHEAD])


def _starts_section(para: Paragraph) -> bool:
    first = para.lines[0].text
    return _HEADING.match(first) is not None or _label_line(first) is not None


def _plain_top(paras: list[Paragraph], fields: dict[str, str]) -> int:
    """How many paragraphs of date and title stand above the first plain label (0 if the header
    is Markdown or absent), their date and title put in ``fields``."""
    top = paras[: _TOP_PARAGRAPHS + 1]
    k = next((n for n, para in enumerate(top) if _label_line(para.lines[0].text) is not None), None)
    if k is None or any(_HEADING.match(p.lines[0].text) or len(p.lines) > _TOP_LINES for p in top[:k]):
        return 0
    if any(_CYRILLIC.search(line.text) for p in top[:k] for line in p.lines):
        return 0
    for para in paras[:k]:
        for line in para.lines:
            value = _heading_text(line.text)
            if value and "date" not in fields and _iso_date(value):
                fields["date"] = value
            elif value and "title" not in fields:
                fields["title"] = value
    return k


def _links_after(paras: list[Paragraph], i: int, header_end: int) -> tuple[int, int]:
    """The header's end and the next paragraph past a section's links set apart by a blank line."""
    while i < len(paras) and _only_links(paras[i]):
        header_end = paras[i].lines[-1].end
        i += 1
    return header_end, i


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
