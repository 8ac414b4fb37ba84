"""Hypothesis strategies for property tests of aligners and translation checkers.

Install the ``testing`` extra (``pip install 'aligner[testing]'``: it brings
``hypothesis``) and import this package explicitly; ``import aligner`` does
not import it, and importing ``hypothesis`` does not import aligner::

    from hypothesis import given
    from aligner.testing import parallel_documents, perturbations

    @given(parallel_documents())
    def test_every_sentence_is_aligned(doc): ...

Three strategies:

- :func:`parallel_documents`: Russian/English document pairs with their gold
  beads. Every sentence is made from a template, and every Russian sentence
  has a correct English translation, so a clean pair holds no discrepancy a
  checker should report.
- :func:`archival_noise`: turns a text into what an archival transcription of
  it looks like (lines wrapped at 40-60 columns with line-break hyphens, page
  furniture between and inside paragraphs, letter-spaced capitals, Latin
  letters that look Cyrillic) and keeps the map from each original character
  to its place in the noisy text.
- :func:`perturbations`: injects one known discrepancy (a number, a range, a
  date, a title, a name, an omission, an addition) into a clean pair and says
  what a correct checker must report and where; :func:`applicable_kinds` says
  which kinds a given document allows.

To compare aligner's alignment with the gold one,
:meth:`ParallelDocument.gold_alignment` gives the gold beads in a report's
segment ids and :func:`text_beads` the report's own beads the same way::

    report = aligner.check_texts(doc.source, doc.target)
    assert doc.gold_alignment(report) == text_beads(report)

The records (:class:`ParallelDocument`, :class:`Noised`,
:class:`Perturbation`) are registered for ``st.from_type`` when this package
is imported (no hypothesis plugin: nothing runs at ``import hypothesis``).

The sentence templates are test data, not language knowledge of the checker:
a template's words are never looked for by aligner itself.
"""

from __future__ import annotations

from hypothesis import strategies as st

from ._documents import parallel_documents
from ._noise import archival_noise
from ._perturb import applicable_kinds, perturbations
from ._records import (
    BEAD_SHAPES,
    FACT_KINDS,
    PERTURBATION_KINDS,
    Fact,
    Noised,
    ParallelDocument,
    Perturbation,
    text_beads,
)

__all__ = [
    "BEAD_SHAPES",
    "FACT_KINDS",
    "PERTURBATION_KINDS",
    "Fact",
    "ParallelDocument",
    "Noised",
    "Perturbation",
    "parallel_documents",
    "archival_noise",
    "perturbations",
    "applicable_kinds",
    "text_beads",
]

# Deferred, so that registering builds nothing until a test draws an example.
st.register_type_strategy(ParallelDocument, st.deferred(parallel_documents))
st.register_type_strategy(Noised, st.deferred(archival_noise))
st.register_type_strategy(Perturbation, st.deferred(perturbations))
