"""The fixed rule that keeps part of every corpus aside.

A document is held back when the SHA-256 of its name, read as a number, is divisible by ``parts``. The rule
was chosen once, before any rule of the checks was fitted, and never changes: fit and fix on the other
documents, report the held-back ones. ``archival-dev`` holds back a third (``parts=3``), the WMT22 test
set half (``parts=2``).
"""

from __future__ import annotations

import hashlib


def held_back(name: str, parts: int) -> bool:
    """Whether the document called ``name`` (a file stem or a WMT document id) is kept aside."""
    return int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16) % parts == 0


def part_of(name: str, parts: int) -> str:
    """``"held"`` for a held-back document, ``"fit"`` for one the rules may be fitted on."""
    return "held" if held_back(name, parts) else "fit"
