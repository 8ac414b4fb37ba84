"""Build the invented fr documents of archival-own: a fresh, once-scored check (tools/fr_docs.py).

The documents use the t format (raw texts with link marks ``‹k›``/``‹u›``; offsets computed, every anchor
checked) and the t builder, which writes through build_archival_own's writer. Two are in the manner of the
Korean-war series, two of the Mongolian series, two of the wartime correspondence; three are archive pages,
three two-file pairs; each plants one to three discrepancies and marks every legitimate variant as forbidden.
Run: ``python tools/build_archival_fr.py`` (writes benchmarks/data/archival-own/fr*).
"""

from __future__ import annotations

from build_archival_t import OUT, build
from fr_docs import DOCS

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
