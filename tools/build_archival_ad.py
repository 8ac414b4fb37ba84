"""Build the invented ad documents of archival-own: additions and expansions (tools/ad_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every anchor
checked) and the t builder, which writes through build_archival_own's writer. Two are archive pages, four
two-file pairs; each plants one to three discrepancies and marks every legitimate variant as forbidden.
Run: ``python tools/build_archival_ad.py`` (writes benchmarks/data/archival-own/ad*).
"""

from __future__ import annotations

from ad_docs import DOCS
from build_archival_t import OUT, build

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
