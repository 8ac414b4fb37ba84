"""Build the invented ul documents of archival-own: six record kinds written to be scored once, unseen,
on later code (tools/ul_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every anchor
checked) and the t builder, which writes through build_archival_own's writer.
Run: ``python tools/build_archival_ul.py`` (writes benchmarks/data/archival-own/ul*).
"""

from __future__ import annotations

from build_archival_t import OUT, build
from ul_docs import DOCS

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
