"""Build the invented nw documents of archival-own: clean news articles translated freely (tools/nw_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every anchor
checked) and the t builder. Seven two-file pairs; four plant one omission or addition each,
three are faithful, and every free rendering a naive tool might flag is forbidden.
Run: ``python tools/build_archival_nw.py`` (writes benchmarks/data/archival-own/nw*).
"""

from __future__ import annotations

from build_archival_t import OUT, build
from nw_docs import DOCS

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
