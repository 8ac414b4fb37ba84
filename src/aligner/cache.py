"""Derived indexes built once and kept on disk, so a fresh process starts fast.

Some of aligner's knowledge is derived from its data files at some cost: the
lemma and stem index of the shipped lexicon (every entry read through
pymorphy3 and Snowball), the glossary index of titles, terms and names. A
process that checks one page would spend most of its time rebuilding them.

:func:`cached` builds such a value on first use and stores it (pickled) in the
user's cache folder under a key made of everything it depends on: the content
of aligner's data files and source, the versions of Python, pymorphy3, its
Russian dictionaries, the Snowball stemmers and regex (a compiled pattern is
pickled as its compiled code). Any change to one of them
gives a new key, so a stale index is never read. The folder is
``$ALIGNER_CACHE_DIR`` when set (an empty value turns the disk cache off), else
the platform's user cache folder (``$XDG_CACHE_HOME/aligner``,
``~/.cache/aligner``, ``~/Library/Caches/aligner``,
``%LOCALAPPDATA%\\aligner\\Cache``). A cache file is written atomically; one
that cannot be read is rebuilt; a folder that cannot be written leaves the
value built in memory, as if there were no cache.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["cache_dir", "cached", "cached_on_disk", "CACHE_ENV"]

T = TypeVar("T")

#: The environment variable naming the cache folder; set it empty to keep nothing on disk.
CACHE_ENV = "ALIGNER_CACHE_DIR"

#: Bumped when the layout of the cache files changes.
_FORMAT = "1"


def cache_dir() -> Path | None:
    """The folder derived indexes are kept in, or ``None`` when the disk cache is turned off."""
    env = os.environ.get(CACHE_ENV)
    if env is not None:
        return Path(env).expanduser() if env.strip() else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "aligner" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "aligner"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "aligner"


def _tree_digest(root: Path, patterns: tuple[str, ...], into: Any) -> None:
    for pattern in patterns:
        for path in sorted(root.glob(pattern)):
            if path.is_file():
                into.update(str(path.relative_to(root)).encode("utf-8"))
                into.update(path.read_bytes())


@functools.cache
def _fingerprint() -> str:
    """A digest of everything a derived index depends on, computed once a process."""
    import pymorphy3
    import pymorphy3_dicts_ru
    import regex
    import snowballstemmer

    digest = hashlib.sha256()
    digest.update(f"{_FORMAT}|{sys.version_info[:2]}|{pymorphy3.__version__}|".encode())
    digest.update(str(getattr(pymorphy3_dicts_ru, "__version__", "")).encode())
    digest.update(f"|{regex.__version__}".encode())
    _tree_digest(Path(pymorphy3_dicts_ru.get_path()), ("meta.json",), digest)
    _tree_digest(Path(snowballstemmer.__file__).parent, ("english_stemmer.py", "russian_stemmer.py"), digest)
    _tree_digest(Path(__file__).parent, ("**/*.py", "data/*"), digest)
    return digest.hexdigest()[:24]


def _load(path: Path) -> tuple[bool, Any]:
    try:
        with path.open("rb") as fh:
            return True, pickle.load(fh)
    except FileNotFoundError:
        return False, None
    except Exception:  # noqa: BLE001 - a truncated or foreign file is rebuilt, never an error
        return False, None


def _store(path: Path, value: object) -> None:
    import tempfile  # here: a value is stored once, and read back in every later process

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError:
        return  # not writable: the value stays in memory only
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001 - a full disk or an unpicklable value: keep it in memory
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def cached(name: str, build: Callable[[], T], *, extra: str = "") -> T:
    """The value ``build()`` returns, read from the disk cache when an identical one was stored.

    ``name`` names the index (a file name part: letters, digits, ``-`` and ``_``);
    ``extra`` is any further text the value depends on (a user's lexicon), hashed
    into the key. ``build`` must be a pure function of aligner's data and code and
    of ``extra``, and its value picklable.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    try:
        key = _fingerprint()
    except (ImportError, OSError):  # what the index depends on cannot be named: no disk cache
        return build()
    if extra:
        key += "-" + hashlib.sha256(extra.encode("utf-8")).hexdigest()[:16]
    path = folder / f"{name}-{key}.pickle"
    found, value = _load(path)
    if found:
        return value  # type: ignore[no-any-return]
    value = build()
    _store(path, value)
    return value


def cached_on_disk(name: str) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """A decorator: the function's value for each set of arguments (words such as a language code) is
    built once a process and kept in the disk cache (:func:`cached`, the arguments named in the file
    name). The function must be a pure function of aligner's data and code and its arguments."""

    def decorate(build: Callable[..., T]) -> Callable[..., T]:
        @functools.cache
        def value(*args: str) -> T:
            return cached("-".join((name, *args)), functools.partial(build, *args))

        return functools.wraps(build)(value)

    return decorate
