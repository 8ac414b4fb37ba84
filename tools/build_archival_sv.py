"""Build the invented sv documents of archival-own: six records with roles swapped through an object and
negations dropped or added (tools/sv_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every anchor
checked) and the t builder, which writes through build_archival_own's writer.
Run: ``python tools/build_archival_sv.py`` (writes benchmarks/data/archival-own/sv*).
"""

from __future__ import annotations

from build_archival_t import OUT, build
from sv_docs import DOCS

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
