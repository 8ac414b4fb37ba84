"""Checks: small named functions that turn an alignment into findings.

Each check has one keyword-only signature, ``check(context, *, config) ->
Iterable[Finding]``, and is listed by name in :data:`CHECKS` in the order
checks run: the built-in checks as a literal table of ``"module:function"``
names, each module imported when its check first runs. A user adds a check of
their own with :func:`register`. A check reads the aligned beads and the
segments' features and the document's :class:`~aligner.analysis.Analysis` (the
lexicon, words, keys, hidden breaks, repeats and second witnesses, made once);
it never re-segments, re-aligns or reloads the lexicon.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Mapping

import attrs

from ..analysis import Analysis, analyse_document
from ..config import Config
from ..errors import ConfigError
from ..model import Alignment, Bead, Features, Finding, Mention, Segment, Side
from ..registry import Lazy

__all__ = ["CheckContext", "CheckFn", "CHECKS", "BUILTIN_CHECKS", "register", "run_checks", "check_names"]


@attrs.frozen(kw_only=True)
class CheckContext:
    """What a check may read: both sides, the alignment, every segment's features by id, and
    the document's analysis (made with the shipped lexicon when none is given)."""

    source: Side
    target: Side
    alignment: Alignment
    features: Mapping[str, Features]
    source_text: str = attrs.field(repr=False)
    target_text: str = attrs.field(repr=False)
    analysis: Analysis = attrs.field(repr=False, eq=False)
    _index: dict[str, Segment] = attrs.field(init=False, repr=False, eq=False)
    _beads: list[tuple[Bead, tuple[Segment, ...], tuple[Segment, ...]]] = attrs.field(
        init=False, factory=list, repr=False, eq=False
    )
    #: What a check looked up once for the whole document, by name (another check may read it).
    memo: dict[str, object] = attrs.field(init=False, factory=dict, repr=False, eq=False)

    @analysis.default
    def _default_analysis(self) -> Analysis:
        from ..lexicon import default_lexicon

        return analyse_document(
            self.source,
            self.target,
            self.alignment,
            self.features,
            lexicon=default_lexicon(),
            source_text=self.source_text,
        )

    @_index.default
    def _build_index(self) -> dict[str, Segment]:
        return {s.id: s for side in (self.source, self.target) for s in side.segments}

    def segments(self, ids: Iterable[str]) -> tuple[Segment, ...]:
        """The segments with these ids, in the order given."""
        return tuple(self._index[i] for i in ids)

    def mentions(self, segments: Iterable[Segment], *kinds: str) -> list[Mention]:
        """The mentions of these kinds (``"names"``, ``"titles"``, ``"terms"``, ``"dates"``,
        ``"numbers"``: fields of :class:`~aligner.model.Features`) the segments hold, in order."""
        out: list[Mention] = []
        for seg in segments:
            features = self.features.get(seg.id)
            if features is not None:
                for kind in kinds:
                    out.extend(getattr(features, kind))
        return out

    def text_beads(self) -> Iterator[tuple[Bead, tuple[Segment, ...], tuple[Segment, ...]]]:
        """Each bead with its source and target segments (furniture included)."""
        if not self._beads and self.alignment.beads:  # looked up once: every check walks them
            segments = self.segments
            self._beads.extend((b, segments(b.source), segments(b.target)) for b in self.alignment.beads)
        yield from self._beads

    def running_text(self) -> Iterator[tuple[Bead, list[Segment], list[Segment]]]:
        """Each bead with the text segments (running text, headings) of its two sides:
        page furniture and editorial notes left out."""
        for bead, src, tgt in self.text_beads():
            yield bead, [s for s in src if s.is_text], [t for t in tgt if t.is_text]


CheckFn = Callable[..., Iterable[Finding]]

#: Every check by name, in the order they run: facts first, then passages, then the
#: transcription; checks a user registers run after the built-in ones.
CHECKS: dict[str, CheckFn] = {
    "number": Lazy("aligner.checks.number:check_number"),
    "date": Lazy("aligner.checks.date:check_date"),
    "title": Lazy("aligner.checks.title:check_title"),
    "name": Lazy("aligner.checks.name:check_name"),
    "term": Lazy("aligner.checks.term:check_term"),
    "omission": Lazy("aligner.checks.omission:check_omission"),
    "addition": Lazy("aligner.checks.omission:check_addition"),
    "ocr": Lazy("aligner.checks.ocr:check_ocr"),
    "duplicate": Lazy("aligner.checks.duplicate:check_duplicate"),
}

#: The names of the built-in checks (a user's check cannot take one of them).
BUILTIN_CHECKS = tuple(CHECKS)


def register(name: str) -> Callable[[CheckFn], CheckFn]:
    """Add the decorated ``fn(context, *, config) -> Iterable[Finding]`` as the check ``name``.

    Names are unique: a name already taken raises :class:`ValueError`. (A
    built-in check module may still decorate its own function with its own
    name; that only confirms the table.)
    """

    def deco(fn: CheckFn) -> CheckFn:
        if name in CHECKS:
            builtin = name in BUILTIN_CHECKS and fn.__module__.startswith(f"{__name__}.")
            if not builtin:
                msg = f"a check named {name!r} is already registered"
                raise ValueError(msg)
        CHECKS[name] = fn
        return fn

    return deco


#: How many new objects the collector lets the checks make before it looks for cycles among
#: them (Python's default is 700: a check keeps many small records alive for a while).
_YOUNG_OBJECTS = 20_000


def run_checks(context: CheckContext, *, config: Config) -> tuple[Finding, ...]:
    """Run the configured checks (all, by default) and return their findings in order."""
    known = check_names()
    names = config.checks or known
    findings: list[Finding] = []
    # The document read so far (segments, features, alignment: millions of objects on a long
    # one) lives until the report is made: the collector need not walk it again at each of
    # its full passes while the checks run, only what the checks make.
    frozen = gc.isenabled() and not gc.get_freeze_count()  # a caller's own freeze is left alone
    thresholds = gc.get_threshold()
    if frozen:
        gc.freeze()
        gc.set_threshold(max(thresholds[0], _YOUNG_OBJECTS), *thresholds[1:])
    try:
        for name in names:
            if name not in known:
                msg = f"no check named {name!r}; the checks are {', '.join(check_names())}"
                raise ConfigError(msg)
            findings.extend(CHECKS[name](context, config=config))
    finally:
        if frozen:
            gc.unfreeze()
            gc.set_threshold(*thresholds)
    return tuple(findings)


def check_names() -> tuple[str, ...]:
    """Every check's name in the order checks run: the built-in ones, then any others."""
    return tuple(CHECKS)
