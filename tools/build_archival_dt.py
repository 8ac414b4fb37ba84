"""Build the invented dt documents of archival-own: dates as parts of periods (tools/dt_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every anchor
checked) and the t builder, which writes through build_archival_own's writer. Two are archive pages, three
two-file pairs; each plants one or two changed parts of a month or year and marks every legitimate
variant as forbidden.
Run: ``python tools/build_archival_dt.py`` (writes benchmarks/data/archival-own/dt*).
"""

from __future__ import annotations

from build_archival_t import OUT, build
from dt_docs import DOCS

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
