"""Import every built-in check module so that each registers itself."""

from . import number, title  # noqa: F401
