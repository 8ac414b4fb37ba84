# ruff: noqa: E501  (the page templates are data)
"""Build the invented pg documents of archival-own: archive pages read as they come (tools/pg_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every anchor
checked) and the t builder, with a page maker that goes beyond the t one: a header written out whole (a page
copied as plain text, without the Markdown hashes), a citation of the page's own (one quoting the first Russian
words), extra header fields, and sections in any order: the original, the translation, a second translation
("en2", every sentence of it unlinked) and a second Russian witness ("witness").
Run: ``python tools/build_archival_pg.py`` (writes benchmarks/data/archival-own/pg*).
"""

from __future__ import annotations

import build_archival_t
from build_archival_t import OUT, _Side, build, page_header
from pg_docs import DOCS


def _page(doc: dict) -> tuple[str, _Side, _Side]:
    """The page text and its two sides (a witness joins the original's marks, a second translation the
    translation's)."""
    page = doc["page"]
    if "header" in page:
        text = page["header"]
    else:
        text = page_header(page)
        if "citation" in page:
            start = text.index("#### **Citation:**\n\n") + len("#### **Citation:**\n\n")
            end = text.index("\n\n", start)
            text = text[:start] + page["citation"] + text[end:]
    sep = page.get("sep", "\n\n")
    sides: dict[str, list] = {"ru": [], "en": []}
    for n, part in enumerate(page["order"]):
        if n:
            text += sep
        side = _Side(doc[part].strip("\n"), len(text))
        sides["en" if part.startswith("en") else "ru"].append(side)
        text += side.text
    text += "\n"
    ru, en = sides["ru"][0], sides["en"][0]
    for main, others in ((ru, sides["ru"][1:]), (en, sides["en"][1:])):
        for other in others:
            main.marks += other.marks
        main.marks.sort(key=lambda m: m[1])
    ru.text = en.text = text
    ru.base = en.base = 0
    ru.start = en.start = text.index("Contents:")
    return text, ru, en


if __name__ == "__main__":
    build_archival_t._page = _page  # the pg page maker in place of the t one
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
