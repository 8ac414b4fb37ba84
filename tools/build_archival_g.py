"""Build the invented g documents of archival-own: names, titles and terms through Russian (tools/g_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every anchor
checked) and the t builder, which writes through build_archival_own's writer. Each document plants two
discrepancies of kind name, term or title; every legitimate variant is a forbidden entry.
Run: ``python tools/build_archival_g.py`` (writes benchmarks/data/archival-own/g*).
"""

from __future__ import annotations

from build_archival_t import OUT, build
from g_docs import DOCS

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
