"""The test kit under its first name: ``aligner.strategies`` is :mod:`aligner.testing`.

Both names give the same objects, and either can be imported first, in a
fresh interpreter or not::

    from aligner.strategies import parallel_documents   # the same as
    from aligner.testing import parallel_documents

New code may use :mod:`aligner.testing`; this name stays, documented, for the
tests already written against it. It needs the ``testing`` extra
(``hypothesis``).
"""

from __future__ import annotations

from .testing import *  # noqa: F403 - the alias re-exports the whole public kit
from .testing import __all__ as __all__
