"""Registries as literal tables: a name stands for ``"module:attribute"``, imported on first use.

The built-in checks and report formats are listed by name in
:data:`aligner.checks.CHECKS` and :data:`aligner.render.RENDERERS` (like
sacrebleu's ``METRICS = {...}``); importing a module never changes what the
program can do. A table entry is a :class:`Lazy` function: calling it imports
its module once and calls the attribute.
"""

from __future__ import annotations

import importlib
from typing import Any

import attrs

__all__ = ["Lazy", "load"]


def load(target: str) -> Any:
    """The object ``"package.module:attribute"`` names (its module imported if it is not yet)."""
    module, sep, attribute = target.partition(":")
    if not sep or not module or not attribute:
        msg = f"expected 'module:attribute' (got {target!r})"
        raise ValueError(msg)
    return getattr(importlib.import_module(module), attribute)


@attrs.frozen
class Lazy:
    """A function named by ``target`` (``"module:attribute"``), imported on its first call."""

    target: str

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Call the named function with these arguments."""
        return self.resolve()(*args, **kwargs)

    def resolve(self) -> Any:
        """The named function itself."""
        return load(self.target)
