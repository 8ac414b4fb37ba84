"""Language knowledge shipped as data files in ``aligner/data``, read once and cached.

A list file has one entry per line; ``#`` starts a comment, which data files use
to give each entry an example. A TOML file holds structured entries (a glossary,
a transliteration table). Code never spells out words of a language: it asks
here.
"""

from __future__ import annotations

import functools
import sys
from importlib import resources
from typing import Any

from .errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = ["data_text", "data_lines", "data_toml"]


@functools.cache
def data_text(name: str) -> str:
    """The whole text of the data file ``name`` (UTF-8)."""
    try:
        return (resources.files("aligner") / "data" / name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        msg = f"aligner's data file {name!r} is missing from the installation; reinstall aligner"
        raise ConfigError(msg) from exc


@functools.cache
def data_lines(name: str) -> tuple[str, ...]:
    """The entries of a list file: one per line, comments (``# …``) and blank lines dropped."""
    out = []
    for line in data_text(name).splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    return tuple(out)


@functools.cache
def data_toml(name: str) -> dict[str, Any]:
    """The parsed content of a TOML data file."""
    tables = _all_toml()
    return tables[name] if name in tables else _parse_toml(name)


@functools.cache
def _all_toml() -> dict[str, dict[str, Any]]:
    """Every TOML data file parsed, built once and then read from the disk cache (parsing them
    takes a tenth of a short page's time)."""
    from .cache import cached

    return cached("data-toml", _parse_all_toml)


def _parse_all_toml() -> dict[str, dict[str, Any]]:
    folder = resources.files("aligner") / "data"
    names = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".toml"))
    return {name: _parse_toml(name) for name in names}


def _parse_toml(name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(data_text(name))
    except tomllib.TOMLDecodeError as exc:
        msg = f"aligner's data file {name!r} is not valid TOML: {exc}"
        raise ConfigError(msg) from exc
