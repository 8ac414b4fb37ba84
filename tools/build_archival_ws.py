"""Build the invented ws documents of archival-own: terms and omissions in wartime messages (ws_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every anchor
checked), the t builder and the pg page maker (a page may print a second translation, "en2", every sentence
of it unlinked). Each plants two or three discrepancies and marks every legitimate variant as forbidden.
Run: ``python tools/build_archival_ws.py`` (writes benchmarks/data/archival-own/ws*).
"""

from __future__ import annotations

import build_archival_pg
import build_archival_t
from build_archival_t import OUT, build
from ws_docs import DOCS

if __name__ == "__main__":
    build_archival_t._page = build_archival_pg._page  # the pg page maker: a second translation on the page
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
