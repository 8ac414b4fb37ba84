"""Build the invented kp documents of archival-own: the crises of 1956 and relations with China, Vietnam and
Korea in 1955-1961 (tools/kp_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every anchor
checked) and the t builder, which writes through build_archival_own's writer.
Run: ``python tools/build_archival_kp.py`` (writes benchmarks/data/archival-own/kp*).
"""

from __future__ import annotations

from build_archival_t import OUT, build
from kp_docs import DOCS

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
