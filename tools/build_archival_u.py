"""Build the invented u documents of archival-own: omissions, additions, second witnesses (tools/u_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every anchor
checked) and the t builder, which writes through build_archival_own's writer. Three are archive pages, four
two-file pairs; each plants one or two discrepancies and marks every legitimate variant as forbidden.
Run: ``python tools/build_archival_u.py`` (writes benchmarks/data/archival-own/u*).
"""

from __future__ import annotations

from build_archival_t import OUT, build
from u_docs import DOCS

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
