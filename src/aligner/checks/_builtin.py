"""Import every built-in check module so that each registers itself."""

from . import date, duplicate, name, number, ocr, omission, term, title  # noqa: F401
