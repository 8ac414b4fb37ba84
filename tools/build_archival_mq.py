# ruff: noqa: E501  (the page template is data)
"""Build the invented mq documents of archival-own: machines and places in deliveries and construction.

A document (tools/mq_docs.py) is written as its raw texts with link marks: ``‹k›`` before the first word of a
sentence links it to the sentence of the other side that carries the same mark ``‹k›``; ``‹u›`` marks apparatus
or a sentence with no counterpart (unlinked on its side). The marks are stripped and every offset is computed.
A page (``"page"`` in the document) is a Markdown header, then its sections in the order its contents list gives,
with the separator the document asks for. Findings name their words as ``"words"`` (must be unique in the side's
text) or ``("words", "context")`` (the first ``words`` inside the first ``context``).
Run: ``python tools/build_archival_mq.py`` (writes benchmarks/data/archival-own/mq*).
"""

from __future__ import annotations

import re
from pathlib import Path

from build_archival_own import write_document
from mq_docs import DOCS

OUT = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "archival-own"
MARK = re.compile(r"‹([^›]+)›")

HEADER = """

## **{date}**

### **{title}**

#### **Citation:**

"{title}", {date}, Archival Test Collection, Constructed Series. Translated by {translator}.\x20\x20
<https://archive.example.org/document/{ref}>

#### **Summary:**

{summary}
{extra}
#### **Original Language:**

Russian

#### **Contents:**

{contents}

"""


def _strip(text: str, base: int) -> tuple[str, list[tuple[str, int]]]:
    """The text without its marks, and each mark's label with the page offset of the word it stands before."""
    out, marks, last = [], [], 0
    for m in MARK.finditer(text):
        out.append(text[last : m.start()])
        marks.append((m.group(1), base + sum(map(len, out))))
        last = m.end()
    out.append(text[last:])
    return "".join(out), marks


def _first_words(text: str, at: int, base: int) -> str:
    """The first two words from ``at`` (a page offset) on one line."""
    line = text[at - base :].split("\n", 1)[0]
    return " ".join(line.split()[:2])


class _Side:
    """One side's text inside the file that holds it (base: its offset there)."""

    def __init__(self, raw: str, base: int) -> None:
        self.text, self.marks = _strip(raw, base)
        self.base = base
        self.start = 0  # where findings' words are looked for (a page's header is not searched)

    def anchor(self, spec: str | tuple[str, str]) -> dict:
        """The gold anchor of ``spec`` (unique words, or words inside a context)."""
        words, context = (spec, spec) if isinstance(spec, str) else spec
        at = self.text.find(context, self.start)
        assert at >= 0, context
        if isinstance(spec, str):
            assert self.text.count(words, self.start) == 1, f"not unique: {words!r}"
        at = self.text.find(words, at)
        assert at >= 0, (words, context)
        return {"text": words, "offset": self.base + at}

    def mark_anchor(self, offset: int) -> dict:
        """The anchor of the two words after a mark."""
        return {"text": _first_words(self.text, offset, self.base), "offset": offset}


def _links(ru: _Side, en: _Side) -> tuple[list, list, list]:
    en_at = {label: off for label, off in en.marks if label != "u"}
    ru_labels = {label for label, _ in ru.marks}
    links = [
        {"source": ru.mark_anchor(off), "target": en.mark_anchor(en_at[label])}
        for label, off in ru.marks
        if label != "u"
    ]
    assert all(label in ru_labels for label in en_at), set(en_at) - ru_labels
    unlinked_source = [ru.mark_anchor(off) for label, off in ru.marks if label == "u"]
    unlinked_target = [en.mark_anchor(off) for label, off in en.marks if label == "u"]
    return links, unlinked_source, unlinked_target


def _entries(doc: dict, ru: _Side, en: _Side, key: str) -> list:
    out = []
    for entry in doc.get(key, []):
        kind, s, t, why, *rest = entry
        spec: dict = {"kind": kind} if kind else {}
        if s is not None:
            spec["source"] = ru.anchor(s)
        if t is not None:
            spec["target"] = en.anchor(t)
        spec["why"] = why
        if key == "forbidden":
            spec.pop("kind", None)
            spec["kinds"] = rest[0]
            if len(rest) > 1 and rest[1]:
                spec["max_severity"] = rest[1]
        out.append(spec)
    return out


def page_header(page: dict) -> str:
    """A page's Markdown header (:data:`HEADER`) filled in from its ``page`` entry."""
    return HEADER.format(
        date=page["date"],
        title=page["title"],
        translator=page.get("translator", "M. Holt"),
        ref=page["ref"],
        summary=page["summary"],
        extra="".join(f"\n#### **{k}:**\n\n{v}\n" for k, v in page.get("fields", [])),
        contents="  \n".join(page["contents"]),
    )


def _page(doc: dict) -> tuple[str, _Side, _Side]:
    """The page text and its two sides (the witness, if any, is part of the Russian side's marks)."""
    page = doc["page"]
    text = page_header(page)
    sep = page.get("sep", "\n\n")
    parts = {
        "ru": doc["ru"].strip("\n"),
        "en": doc["en"].strip("\n"),
        "witness": doc.get("witness", "").strip("\n"),
    }
    sides: dict[str, list] = {"ru": [], "en": []}
    for n, part in enumerate(page["order"]):
        if n:
            text += sep
        side = _Side(parts[part], len(text))
        sides["en" if part == "en" else "ru"].append(side)
        text += side.text
    text += "\n"
    ru = sides["ru"][0]
    for extra in sides["ru"][
        1:
    ]:  # a second witness: its marks join the Russian side's, its text is on the page
        ru.marks += extra.marks
    ru.marks.sort(key=lambda m: m[1])
    en = sides["en"][0]
    ru.text = en.text = text
    ru.base = en.base = 0
    ru.start = en.start = text.index("#### **Contents:**")
    return text, ru, en


def build(name: str, doc: dict) -> None:
    """Write one mq document (a page or a pair) and its gold file."""
    if "page" in doc:
        text, ru, en = _page(doc)
        files = (text, text)
    else:
        ru, en = _Side(doc["ru"].lstrip("\n"), 0), _Side(doc["en"].lstrip("\n"), 0)
        files = (ru.text, en.text)
    links, unlinked_source, unlinked_target = _links(ru, en)
    required = _entries(doc, ru, en, "required")
    forbidden = _entries(doc, ru, en, "forbidden")
    extra = {
        "unlinked_source": unlinked_source,
        "unlinked_target": unlinked_target,
        "dehyphenated_words": doc.get("dehyphenated", []),
        "findings_expected": _entries(doc, ru, en, "expected"),
        "findings_acceptable": _entries(doc, ru, en, "acceptable"),
    }
    write_document(OUT, name, doc, files, links, required, forbidden, extra=extra, page="page" in doc)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
