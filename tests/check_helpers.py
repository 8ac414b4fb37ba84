"""Checks' test helper: a hand-built context of one-to-one beads, as a check sees it."""

from __future__ import annotations

from aligner.checks import CheckContext
from aligner.features import analyse
from aligner.model import Alignment, Bead, Segment, Severity, Side, Span


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


#: A rendered sentence set after a test's own: the rest a clause rule compares the translation with.
REST = (" Работы идут по плану.", " Work is going to plan.")


def major_omissions(source: str, target: str) -> list[str]:
    """The original's text each major omission points at, the pair checked with :data:`REST` after it."""
    from aligner.config import Config
    from aligner.pipeline import check_texts

    full = source + REST[0]
    report = check_texts(full, target + REST[1], config=Config())
    return [
        full[f.source_evidence[0].start : f.source_evidence[0].end]
        for f in report.findings
        if f.kind == "omission" and f.severity.value == "major"
    ]


def cited_terms(ru: str, en: str) -> list[tuple[str, str, Severity]]:
    """Each term finding of a one-bead pair as (source words, translation words, severity)."""
    from aligner.checks.term import check_term
    from aligner.config import Config

    ctx = context([(ru, en)])
    return [
        (
            f.source_evidence[0].of(ctx.source_text),
            f.target_evidence[0].of(ctx.target_text),
            f.severity,
        )
        for f in check_term(ctx, config=Config())
    ]
