"""Import every built-in check module so that each registers itself, and fix their order."""

from . import date, duplicate, name, number, ocr, omission, term, title  # noqa: F401

#: The order the built-in checks run in (and their findings are listed in), whatever
#: order their modules happened to be imported in: facts first, then passages, then the
#: transcription.
ORDER = ("number", "date", "title", "name", "term", "omission", "addition", "ocr", "duplicate")
