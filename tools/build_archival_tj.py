"""Build the invented tj documents of archival-own: a wrong term in the Korean War papers (tools/tj_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every anchor
checked) and the t builder, which writes through build_archival_own's writer. All six are
two-file pairs; each plants one to three discrepancies and marks every legitimate variant as forbidden.
Run: ``python tools/build_archival_tj.py`` (writes benchmarks/data/archival-own/tj*).
"""

from __future__ import annotations

from build_archival_t import OUT, build
from tj_docs import DOCS

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
