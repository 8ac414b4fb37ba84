"""Build the invented ac documents of archival-own: added clauses with names, short lost clauses (ac_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every anchor
checked) and the t builder, which writes through build_archival_own's writer. All five are two-file pairs.
Run: ``python tools/build_archival_ac.py`` (writes benchmarks/data/archival-own/ac*).
"""

from __future__ import annotations

from ac_docs import DOCS
from build_archival_t import OUT, build

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
