"""The ``term`` check: a glossary term the translation renders as another term of its kind.

Within each bead the source's terms (``data/terms.toml``: фронт, штаб,
война …) are matched in order with the translation's terms that may name the
same concept ("фронт" with "front", "войска" with "army"). A source term left
without a counterpart, while the translation holds an unmatched term of the
same family ("фронтов" against "army groups": both formations) or one the
glossary lists as confusable with it ("войн" against "troops"), is a major
finding (rule ``term.changed``) naming both. Because occurrences are matched
in order, the occurrence cited is the one left over ("штабе фронта … 2х
армейских фронтов" against "Front Headquarters … two army groups" cites the
second). A term with no counterpart and no rival is left to the omission
check.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..features.terms import term_concepts, term_relations
from ..model import Finding, Mention, Severity
from . import CheckContext

__all__ = ["check_term", "terms_match", "terms_rival"]


def _concepts(mention: Mention) -> frozenset[str]:
    return term_concepts(mention)


def terms_match(a: Mention, b: Mention) -> bool:
    """Whether two term mentions may name one concept."""
    return bool(_concepts(a) & _concepts(b))


def terms_rival(a: Mention, b: Mention) -> bool:
    """Whether ``b`` may stand in a translation where ``a`` belonged: same family, or confusable."""
    families, confusable = term_relations()
    fa = {families.get(c, "") for c in _concepts(a)} - {""}
    fb = {families.get(c, "") for c in _concepts(b)} - {""}
    if fa & fb:
        return True
    return any(confusable.get(c, frozenset()) & _concepts(b) for c in _concepts(a))


def _label(mention: Mention) -> str:
    return str(mention.value).replace("_", " ")


def check_term(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report source terms the translation renders as another term of the same family."""
    for bead, src_text, tgt_text in context.running_text():
        if not src_text or not tgt_text:
            continue
        src, tgt = context.mentions(src_text, "terms"), context.mentions(tgt_text, "terms")
        if not src or not tgt:
            continue
        lone: list[Mention] = []
        for s in src:
            t = next((t for t in tgt if terms_match(s, t)), None)
            if t is None:
                lone.append(s)
            else:
                tgt.remove(t)
        for s in lone:
            t = next((t for t in tgt if terms_rival(s, t)), None)
            if t is None:
                continue
            tgt.remove(t)
            yield Finding(
                kind="term",
                severity=Severity.MAJOR,
                source=bead.source,
                target=bead.target,
                source_evidence=(s.span,),
                target_evidence=(t.span,),
                message=(
                    f"The source says “{' '.join(s.text.split())}” ({_label(s)}); "
                    f"the translation renders it “{' '.join(t.text.split())}” ({_label(t)})."
                ),
                rule="term.changed",
            )
