"""Build the invented f documents of archival-own: faithful but FREE translations (tools/f_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every
anchor checked) and the t builder, which writes through build_archival_own's writer. Every free
rendering that must not be a major finding is a forbidden entry with its kinds and max_severity "minor".
Run: ``python tools/build_archival_f.py`` (writes benchmarks/data/archival-own/f*).
"""

from __future__ import annotations

from build_archival_t import OUT, build
from f_docs import DOCS

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
