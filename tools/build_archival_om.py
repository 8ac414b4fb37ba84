"""Build the invented om documents of archival-own: omissions of new kinds (tools/om_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every anchor
checked) and the t builder, which writes through build_archival_own's writer. Two are archive pages, four
two-file pairs; each plants two or three discrepancies and marks every legitimate variant as forbidden.
Run: ``python tools/build_archival_om.py`` (writes benchmarks/data/archival-own/om*).
"""

from __future__ import annotations

from build_archival_t import OUT, build
from om_docs import DOCS

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
