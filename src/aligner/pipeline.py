"""The whole pipeline in one call: document → segments → features → alignment → findings → report.

Each stage is a pure function of the one before (see docs/ARCHITECTURE.md);
this module only strings them together and builds the report's signature.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Iterator

import attrs

from . import morph, translit
from .align import align
from .align_editions import first_edition
from .analysis import WordKeys, analyse_document
from .checks import CheckContext, check_names, run_checks
from .config import Config
from .errors import EncodingError, InputError, guarded
from .features import analyse, release_readings
from .files import read_bytes, write_atomic
from .invariants import check_invariants, debug_enabled
from .lexicon import Lexicon, default_lexicon, load_lexicon
from .model import SOURCE, TARGET, Document, Features, Report, Segment, Side
from .read import decode_bytes, read_page, read_pair
from .scoring import LexicalScorer, cognate_key
from .segment import segment_side
from .signature import build_signature

__all__ = [
    "check_document",
    "check_page",
    "check_texts",
    "check_file",
    "save_report",
    "signature",
    "available_checks",
]


@guarded
def check_document(document: Document, *, config: Config | None = None) -> Report:
    """Segment, align and check a document that has been read."""
    config = config or Config()
    with _fewer_collections():
        return _check_document(document, config)


#: The garbage collector's thresholds while a document is checked: a run makes millions of
#: small objects that live to its end (segments, mentions, keys), and the default thresholds
#: would scan them again and again (a sixth of the CPU time of a 10,000-line pair).
_RUN_THRESHOLDS = (50_000, 20, 10)


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect garbage less often for the length of one run, then restore the thresholds."""
    before = gc.get_threshold()
    if before[0] == 0 or before[0] >= _RUN_THRESHOLDS[0]:  # disabled, or the caller tuned it
        yield
        return
    gc.set_threshold(*_RUN_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


#: Segments (both sides) beyond which the per-text and per-word caches of the features stage are
#: dropped once the features are read (see :func:`aligner.features.release_readings`), and
#: the alignment's per-word caches (cognate keys, romanised names, lemmas) once it is made.
_LONG_DOCUMENT = 4_000


def _check_document(document: Document, config: Config) -> Report:
    source_segments: list[Segment] = []
    for span in (document.source_span, *document.source_more):
        found = segment_side(
            document.source_text,
            span,
            side=SOURCE,
            language=document.source_language,
            split=config.split,
            max_segments=config.max_segments,
            name=document.path,
        )
        # a further stretch of the original (a witness after the translation) numbers on
        before = len(source_segments)
        source_segments.extend(
            [attrs.evolve(s, id=f"s{before + n}") if before else s for n, s in enumerate(found, start=1)]
        )
    source = Side(SOURCE, document.source_language, tuple(source_segments))
    target = Side(
        TARGET,
        document.target_language,
        segment_side(
            document.target_text,
            document.target_span,
            side=TARGET,
            language=document.target_language,
            split=config.split,
            max_segments=config.max_segments,
            name=document.target_path or document.path,
        ),
    )
    features: dict[str, Features] = {}
    for side in (source, target):
        for seg in side.segments:
            features[seg.id] = analyse(seg, language=side.language)
    long_document = len(features) > _LONG_DOCUMENT
    if long_document:
        release_readings()  # a page's readings stay for the next page of a batch
    lexicon = _lexicon(config)
    scorer = LexicalScorer(lexicon=lexicon)
    alignment = align(source.segments, target.segments, features, config=config, scorer=scorer)
    keys = WordKeys(lexicon)  # one memo of word keys for the editions' test and the checks
    alignment = first_edition(
        source.segments, target.segments, alignment, features, config=config, scorer=scorer, keys=keys
    )
    if long_document:
        cognate_key.cache_clear()  # the words' cognate keys serve the alignment only
        _release_after_alignment()
    analysis = analyse_document(
        source, target, alignment, features, lexicon=lexicon, source_text=document.source_text, keys=keys
    )
    context = CheckContext(
        source=source,
        target=target,
        alignment=alignment,
        features=features,
        source_text=document.source_text,
        target_text=document.target_text,
        analysis=analysis,
    )
    findings = run_checks(context, config=config)
    report = Report(
        document=document,
        source=source,
        target=target,
        alignment=alignment,
        findings=findings,
        signature=signature(config, lexicon, alignment.signature),
    )
    if config.debug or debug_enabled():
        check_invariants(report)
    return report


def _release_after_alignment() -> None:
    """Drop the per-word caches a long document's alignment filled and its checks barely reuse.

    The checks ask again for the few words they need (the cost is lost in the noise); the
    tens of thousands of romanised names and lemmas kept otherwise add to the run's peak memory.
    """
    for cache in (translit.name_key, translit.romanize, morph.ru_lemmas, morph.ru_is_known, morph.en_stem):
        cache.cache_clear()
    # and the cycles of garbage made so far, which the raised thresholds rarely collect
    gc.collect()


def _lexicon(config: Config) -> Lexicon:
    if config.lexicon_text:
        return _user_lexicon(config.lexicon_text, config.lexicon_name or "user")
    return default_lexicon()


@functools.lru_cache(maxsize=4)
def _user_lexicon(text: str, name: str) -> Lexicon:
    return load_lexicon(text, name=name, with_default=True)


def signature(config: Config, lexicon: Lexicon, align_signature: str) -> str:
    """The reproducibility signature of a run, as the report carries it (a :class:`~.signature.Signature`).

    ``seg:sentences|lexicon:…-4123|lexicon-sha256:…|align:…|checks:all|data:…|config:…|v:0.1.0``:
    two reports with the same signature were made by the same version, from the
    same data and lexicon, with the same options.
    """
    return str(build_signature(config, lexicon, align_signature))


@guarded
def check_page(
    page: str | bytes, *, path: str = "", config: Config | None = None, encoding: str | None = None
) -> Report:
    """Check an archive page (text, or the bytes of the file) holding the original and its translation."""
    config = config or Config()
    text = _text(page, path or "the page", encoding)
    return check_document(read_page(text, path=path, max_chars=config.max_chars), config=config)


@guarded
def check_texts(
    source: str | bytes,
    target: str | bytes,
    *,
    source_path: str = "",
    target_path: str = "",
    config: Config | None = None,
    encoding: str | None = None,
) -> Report:
    """Check a translation given as two texts (or the bytes of two files): original, then translation."""
    config = config or Config()
    src = _text(source, source_path or "the original", encoding)
    tgt = _text(target, target_path or "the translation", encoding)
    document = read_pair(src, tgt, path=source_path, target_path=target_path, max_chars=config.max_chars)
    return check_document(document, config=config)


@guarded
def check_file(
    path: str,
    target_path: str | None = None,
    *,
    config: Config | None = None,
    encoding: str | None = None,
) -> Report:
    """Check an archive page file, or an original file and its translation file."""
    config = config or Config()
    data = read_bytes(path, max_bytes=4 * config.max_chars)
    if target_path is None:
        return check_page(data, path=path, config=config, encoding=encoding)
    other = read_bytes(target_path, max_bytes=4 * config.max_chars)
    return check_texts(
        data, other, source_path=path, target_path=target_path, config=config, encoding=encoding
    )


def _text(value: str | bytes, name: str, encoding: str | None) -> str:
    if isinstance(value, bytes):
        return decode_bytes(value, name=name, encoding=encoding)
    if not isinstance(value, str):
        msg = f"{name}: expected text or bytes (got {type(value).__name__})"
        raise InputError(msg)
    if "\x00" in value:
        msg = f"{name}: this looks like binary data (it contains NUL characters), not a text"
        raise EncodingError(msg)
    return value


def available_checks() -> tuple[str, ...]:
    """The names of the registered checks, in the order they run."""
    return check_names()


@guarded
def save_report(report: Report, path: str, *, format: str | None = None, explain: bool = False) -> None:
    """Write ``report`` to ``path`` atomically, in ``format`` or the one its suffix names (.html, .json …)."""
    from .render import RENDERERS, render, suffix_of

    if format is None:
        by_suffix = {suffix_of(name): name for name in RENDERERS}
        suffix = path[path.rfind(".") :] if "." in path else ""
        format = by_suffix.get(suffix.lower(), "text")
    write_atomic(path, render(report, format, explain=explain))
