"""Hypothesis plugin hook: lets ``st.from_type`` build aligner's test records.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported (the
``hypothesis`` entry point in ``pyproject.toml``). The hook registers
:func:`aligner.strategies.parallel_documents` for
:class:`~aligner.strategies.ParallelDocument` and friends, so that
``st.from_type(ParallelDocument)`` and ``st.builds`` work. The strategies
module reads aligner's data files only when the first example is drawn, so
the hook costs an import of the ``aligner`` package and nothing else.
"""

from __future__ import annotations

__all__: list[str] = []


def _hypothesis_setup_hook() -> None:
    """Register aligner's strategies for its record types with hypothesis."""
    from hypothesis import strategies as st

    try:
        from . import strategies
    except ImportError:  # pragma: no cover - a broken install must not break hypothesis for everyone
        return
    st.register_type_strategy(strategies.ParallelDocument, strategies.parallel_documents())
    st.register_type_strategy(strategies.Noised, strategies.archival_noise())
    st.register_type_strategy(strategies.Perturbation, strategies.perturbations())
