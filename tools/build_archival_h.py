"""Build the invented h documents of archival-own: second witnesses, omissions, additions (tools/h_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every
anchor checked) and the t builder, which writes through build_archival_own's writer. A page may give its
second witness as a section of its own; a pair carries it inside its Russian text.
Run: ``python tools/build_archival_h.py`` (writes benchmarks/data/archival-own/h*).
"""

from __future__ import annotations

from build_archival_t import OUT, build
from h_docs import DOCS

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
