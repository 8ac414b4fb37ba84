"""Checks' test helper: a hand-built context of one-to-one beads, as a check sees it."""

from __future__ import annotations

from aligner.checks import CheckContext
from aligner.features import analyse
from aligner.model import Alignment, Bead, Segment, Side, Span


def context(pairs: list[tuple[str, str]], *, source_kind: str = "text") -> CheckContext:
    """One 1-1 bead per (source, target) pair; both texts laid out in one 'file' each."""
    src_text = "\n".join(s for s, _ in pairs)
    tgt_text = "\n".join(t for _, t in pairs)
    src, tgt, beads = [], [], []
    s_pos = t_pos = 0
    for n, (s, t) in enumerate(pairs, 1):
        src.append(
            Segment(
                f"s{n}",
                "source",
                s,
                Span(s_pos, s_pos + len(s)),
                source_kind,
                offsets=tuple(range(s_pos, s_pos + len(s))),
            )
        )
        tgt.append(
            Segment(
                f"t{n}",
                "target",
                t,
                Span(t_pos, t_pos + len(t)),
                "text",
                offsets=tuple(range(t_pos, t_pos + len(t))),
            )
        )
        beads.append(Bead((f"s{n}",), (f"t{n}",), 1.0))
        s_pos += len(s) + 1
        t_pos += len(t) + 1
    features = {s.id: analyse(s, language="ru") for s in src}
    features.update({t.id: analyse(t, language="en") for t in tgt})
    return CheckContext(
        source=Side("source", "ru", tuple(src)),
        target=Side("target", "en", tuple(tgt)),
        alignment=Alignment(tuple(beads)),
        features=features,
        source_text=src_text,
        target_text=tgt_text,
    )
