"""Build the invented oi documents of archival-own: omissions and additions inside an aligned sentence
(tools/oi_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every anchor
checked) and the t builder, which writes through build_archival_own's writer.
Run: ``python tools/build_archival_oi.py`` (writes benchmarks/data/archival-own/oi*).
"""

from __future__ import annotations

from build_archival_t import OUT, build
from oi_docs import DOCS

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
