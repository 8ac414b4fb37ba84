"""Build the invented tk documents of archival-own: a wrong term in the Korean War papers (tools/tk_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every anchor
checked) and the t builder, which writes through build_archival_own's writer. All six are
two-file pairs; each plants one to three discrepancies and marks every legitimate variant as forbidden.
Run: ``python tools/build_archival_tk.py`` (writes benchmarks/data/archival-own/tk*).
"""

from __future__ import annotations

from build_archival_t import OUT, build
from tk_docs import DOCS

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
