"""The reproducibility signature of a report, as a record and as the string the JSON report carries.

``seg:sentences|lexicon:lexicon_ru_en.txt-13700|lexicon-sha256:3f9a…|align:…|checks:all|data:81c2…|config:5d07…|code:9be0…|v:0.1.0``

The keys come in a fixed order, ``key:value`` parts joined by ``|`` (the JSON
contract's format, see ``report.schema.json``). Besides the segmentation,
lexicon, alignment, checks and version it names by content hash: the lexicon
(the default one and the user's, so two user lexicons of one file name and
size differ), every data file aligner reads, every option of the
:class:`~aligner.config.Config` (each option group included), and every module
of the installation (the checks' calibrated thresholds are constants of their
modules, so a changed threshold changes the signature even where the version
number stayed). Two reports with the same signature were made by the same
code from the same data with the same options.
"""

from __future__ import annotations

import functools
import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from .config import Config
from .lexicon import DEFAULT_LEXICON_FILE, Lexicon
from .resources import data_text

__all__ = ["Signature", "build_signature", "data_hash", "config_hash", "code_hash"]

#: How many hex digits of each SHA-256 the signature shows (48 bits: no accidental collision in practice).
HASH_DIGITS = 12

# The keys of the string, in their fixed order.
_KEYS = ("seg", "lexicon", "lexicon-sha256", "align", "checks", "data", "config", "code", "v")


@attrs.frozen(kw_only=True)
class Signature:
    """How a report was made; ``str(signature)`` is the string the report carries.

    - ``split``: how the sides were segmented (``sentences`` or ``lines``).
    - ``lexicon``: the lexicon's name and entry count (``lexicon_ru_en.txt-13700``).
    - ``lexicon_sha256``: a hash of the lexicon's content, the default and the user's.
    - ``align``: the alignment's own signature (bead shapes, scorer, band).
    - ``checks``: the checks run (``all``, or their names joined by ``+``).
    - ``data``: a hash of every data file of the installation.
    - ``config``: a hash of every option of the configuration.
    - ``code``: a hash of every module of the installation (thresholds included).
    - ``version``: aligner's version.
    """

    split: str
    lexicon: str
    lexicon_sha256: str
    align: str
    checks: str
    data: str
    config: str
    code: str
    version: str

    def __str__(self) -> str:
        values = (
            self.split,
            self.lexicon,
            self.lexicon_sha256,
            self.align,
            self.checks,
            self.data,
            self.config,
            self.code,
            self.version,
        )
        return "|".join(f"{k}:{v}" for k, v in zip(_KEYS, values, strict=True))

    @classmethod
    def parse(cls, text: str) -> Signature:
        """The record a signature string stands for (a key it does not know is ignored).

        The alignment's own signature holds ``|`` too (``align:beads:2x2+1x3|scorer:length|band:auto``):
        a part whose key is not one of the signature's belongs to the value before it.
        Raises :class:`ValueError` when a part is not ``key:value``.
        """
        parts: dict[str, str] = {}
        current = ""
        for part in text.split("|") if text else ():
            key, sep, value = part.partition(":")
            if not sep:
                msg = f"a signature part must be 'key:value' (got {part!r} in {text!r})"
                raise ValueError(msg)
            if key in _KEYS and key not in parts:
                current = key
                parts[key] = value
            elif current:
                parts[current] += "|" + part
        return cls(
            split=parts.get("seg", ""),
            lexicon=parts.get("lexicon", ""),
            lexicon_sha256=parts.get("lexicon-sha256", ""),
            align=parts.get("align", ""),
            checks=parts.get("checks", ""),
            data=parts.get("data", ""),
            config=parts.get("config", ""),
            code=parts.get("code", ""),
            version=parts.get("v", ""),
        )


def _short(digest: Any) -> str:
    return str(digest.hexdigest()[:HASH_DIGITS])


@functools.cache
def data_hash() -> str:
    """A hash of every data file of the installation (names and bytes), computed once a process."""
    digest = hashlib.sha256()
    folder = resources.files("aligner") / "data"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_file():
            digest.update(entry.name.encode("utf-8") + b"\0")
            digest.update(entry.read_bytes() + b"\0")
    return _short(digest)


def code_hash(root: Path | None = None) -> str:
    """A hash of every module (``*.py``) of aligner under ``root`` (the installation by default,
    computed once a process), names and bytes."""
    return _installed_code_hash() if root is None else _code_hash(root)


@functools.cache
def _installed_code_hash() -> str:
    return _code_hash(Path(__file__).parent)


def _code_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return _short(digest)


@functools.lru_cache(maxsize=8)
def _lexicon_hash(user_text: str) -> str:
    digest = hashlib.sha256(data_text(DEFAULT_LEXICON_FILE).encode("utf-8") + b"\0")
    digest.update(user_text.encode("utf-8"))
    return _short(digest)


def config_hash(config: Config) -> str:
    """A hash of every option of ``config`` and of its option groups.

    The user's lexicon is hashed by content under ``lexicon-sha256`` instead,
    and the name of its file is left out (it changes no result).
    """
    fields = attrs.asdict(config, recurse=True)
    fields.pop("lexicon_text", None)
    fields.pop("lexicon_name", None)
    text = json.dumps(fields, sort_keys=True, default=str, ensure_ascii=False)
    return _short(hashlib.sha256(text.encode("utf-8")))


def build_signature(config: Config, lexicon: Lexicon, align_signature: str) -> Signature:
    """The signature of a run with ``config``, ``lexicon`` and an alignment signed ``align_signature``."""
    from . import __version__
    from .align_problem import beads_label

    return Signature(
        split=config.split,
        lexicon=f"{lexicon.name}-{lexicon.size}",
        lexicon_sha256=_lexicon_hash(config.lexicon_text),
        align=align_signature or f"beads:{beads_label(config.max_bead)}",
        checks="+".join(config.checks) if config.checks else "all",
        data=data_hash(),
        config=config_hash(config),
        code=code_hash(),
        version=__version__,
    )
