"""The run: which pages need checking, sending them to an engine, storing reports, the summary."""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs

from ..config import Config
from ..errors import AlignerError, ConfigError, InputError, OutputError
from ..files import read_bytes, write_atomic
from .engines import _check_engine, _Engine, _engine, _one_line, _Outcome, _warm_up
from .records import (
    _IN_FLIGHT_PER_JOB,
    _LOST,
    _SEVERITIES,
    CHECKED,
    FAILED,
    SKIPPED,
    SUMMARY_NAME,
    SUMMARY_SCHEMA,
    BatchFailure,
    BatchSummary,
    DocumentResult,
    _counts,
)

# ------------------------------------------------------------------ the run


@attrs.frozen
class _Job:
    path: str
    source: Path
    report: Path
    key: str


def collect_paths(folder: str | os.PathLike[str], pattern: str = "*.txt") -> list[Path]:
    """The files in ``folder`` matching ``pattern`` (``**/`` descends), sorted, no hidden ones.

    Raises :class:`~aligner.errors.InputError` when the folder cannot be read or
    nothing matches.
    """
    root = Path(folder)
    if not root.is_dir():
        what = "does not exist" if not root.exists() else "is not a folder"
        msg = f"{root}: {what}; give the folder that holds the archive pages"
        raise InputError(msg)
    try:
        found = sorted(
            p
            for p in root.glob(pattern)
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
        )
    except (OSError, ValueError) as exc:
        msg = f"{root}: cannot list the folder with the pattern {pattern!r} ({exc})"
        raise InputError(msg) from exc
    if not found:
        msg = f"{root}: no files match {pattern!r}; choose another pattern with --glob"
        raise InputError(msg)
    return found


def run_batch(
    paths: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    format: str = "text",
    config: Config | None = None,
    jobs: int | None = None,
    force: bool = False,
    engine: str = "process",
    scheduler: Any = None,
    progress: bool | None = None,
    encoding: str | None = None,
    root: str | os.PathLike[str] | None = None,
) -> BatchSummary:
    """Check every archive page in ``paths``; a report each and ``summary.json`` in ``out_dir``.

    - ``format``: the report format (see :func:`aligner.render.formats`); a
      report is ``out_dir/<stem><suffix>``, or mirrors the page's folder below
      ``root`` when ``root`` is given.
    - ``jobs``: worker processes (default: the number of CPUs; 1 checks in this process).
    - ``force``: check every page, even one whose report is at least as new as the page
      (without it such a page is skipped, unless the summary of the run that made the
      reports records other options: another format, lexicon, configuration or version).
    - ``engine``: ``"process"`` (this machine) or ``"dask"``; ``scheduler`` is
      then the scheduler's address (``"tcp://host:8786"``) or a ``distributed.Client``.
    - ``progress``: show a progress bar on standard error (None: only when it is a terminal).

    A page that cannot be checked is listed in ``failed``; the others go on.
    Raises :class:`~aligner.errors.AlignerError` only for problems of the whole
    run (bad options, two pages that would share a report, an unwritable ``out_dir``).
    """
    from ..render import suffix_of

    started = time.monotonic()
    config = config or Config()
    suffix = suffix_of(format)
    jobs = _jobs(jobs)
    _check_engine(engine, scheduler)
    out = Path(out_dir)
    jobs_list = _plan([Path(p) for p in paths], out, suffix, None if root is None else Path(root))
    if config.lexicon_text:
        _warm_up(config)  # a defective lexicon stops the run here, before anything is written
    _make_folder(out)
    options = _options(config, format, encoding)
    made_with, previous = _previous_summary(out)
    # Reports made with other options (another lexicon, another version) are not up to date.
    renew = force or (made_with is not None and made_with != options)

    results: dict[str, DocumentResult] = {}
    todo: list[_Job] = []
    for job in jobs_list:
        if not renew and _up_to_date(job):
            results[job.key] = _skipped(job, previous.get(job.key))
        else:
            todo.append(job)

    bar = _progress_bar(len(jobs_list), progress)
    bar.update(len(jobs_list) - len(todo))
    try:
        if todo:
            workers = min(jobs, len(todo))
            work = _engine(engine, config, format, encoding, workers, scheduler)
            try:
                _run_jobs(work, todo, config, results, bar.update, window=workers * _IN_FLIGHT_PER_JOB)
            finally:
                work.close()
    finally:
        bar.close()

    ordered = tuple(results[j.key] for j in jobs_list)
    summary = _summarise(ordered, format=format, out=out, options=options, seconds=time.monotonic() - started)
    write_atomic(out / SUMMARY_NAME, json.dumps(summary.to_json(), indent=2, ensure_ascii=False) + "\n")
    return summary


def _jobs(jobs: int | None) -> int:
    if jobs is None:
        return os.cpu_count() or 1
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        msg = f"jobs must be a positive number of worker processes (got {jobs!r})"
        raise ConfigError(msg)
    return jobs


def _plan(paths: list[Path], out: Path, suffix: str, root: Path | None) -> list[_Job]:
    inputs = {p.resolve() for p in paths}
    summary = (out / SUMMARY_NAME).resolve()
    seen: dict[Path, Path] = {}
    plan = []
    for p in paths:
        if root is None:
            rel = Path(p.stem + suffix)
        else:
            try:
                inner = p.relative_to(root)
            except ValueError:
                msg = f"{p}: is not inside {root}; give pages below the root folder"
                raise InputError(msg) from None
            rel = inner.parent / (inner.stem + suffix)
        report = out / rel
        where = report.resolve()
        if where in seen:
            msg = (
                f"{seen[where]} and {p} would both be reported as {report}; "
                "rename one of them or check them in separate runs"
            )
            raise InputError(msg)
        if where in inputs:
            msg = f"{p}: its report {report} would overwrite a page; choose another output folder"
            raise InputError(msg)
        if where == summary:
            msg = f"{p}: its report would overwrite the run's {SUMMARY_NAME}; rename the page"
            raise InputError(msg)
        seen[where] = p
        plan.append(_Job(str(p), p, report, rel.as_posix()))
    return plan


def _make_folder(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        msg = f"{out}: the output folder cannot be created ({exc.strerror or exc})"
        raise OutputError(msg) from exc


def _up_to_date(job: _Job) -> bool:
    try:
        return job.report.stat().st_mtime_ns >= job.source.stat().st_mtime_ns
    except OSError:
        return False


def _options(config: Config, format: str, encoding: str | None) -> dict[str, Any]:
    """Every option a report depends on, as JSON values (a user lexicon by its SHA-256)."""
    from .. import __version__

    fields = attrs.asdict(config, recurse=False)
    lexicon = fields.pop("lexicon_text", "")
    fields["lexicon_sha256"] = hashlib.sha256(lexicon.encode("utf-8")).hexdigest() if lexicon else ""
    fields.update(format=format, encoding=encoding, version=__version__)
    return json.loads(json.dumps(fields, sort_keys=True, default=str))


def _previous_summary(out: Path) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]]]:
    """The options and the per-report entries of the summary a previous run left in ``out``.

    ``(None, {})`` when there is none, or it cannot be read.
    """
    try:
        data = json.loads((out / SUMMARY_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, {}
    if not isinstance(data, dict) or data.get("schema") != SUMMARY_SCHEMA:
        return None, {}
    options = data.get("options")
    entries = data.get("reports")
    if not isinstance(options, dict) or not isinstance(entries, list):
        return None, {}
    return options, {
        e["report"]: e for e in entries if isinstance(e, dict) and isinstance(e.get("report"), str)
    }


def _skipped(job: _Job, entry: dict[str, Any] | None) -> DocumentResult:
    unknown = DocumentResult(path=job.path, report=str(job.report), status=SKIPPED)
    if entry is None or not isinstance(entry.get("findings"), dict):
        return unknown
    try:
        kinds = _counts(entry["findings"]["by_kind"].items())
        sevs = _counts(entry["findings"]["by_severity"].items())
    except (KeyError, AttributeError, TypeError, ValueError):
        return unknown
    return attrs.evolve(
        unknown,
        by_kind=kinds,
        by_severity=sevs,
        counted=True,
        signature=str(entry.get("signature", "")),
    )


def _run_jobs(
    work: _Engine,
    todo: list[_Job],
    config: Config,
    results: dict[str, DocumentResult],
    advance: Callable[[int], object],
    *,
    window: int,
) -> None:
    from concurrent.futures.process import BrokenProcessPool

    queue = list(reversed(todo))
    in_flight: dict[Any, _Job] = {}
    retried: set[str] = set()

    def fail(job: _Job, error: str) -> None:
        results[job.key] = DocumentResult(path=job.path, report=str(job.report), status=FAILED, error=error)
        advance(1)

    while queue or in_flight:
        while queue and len(in_flight) < window:
            job = queue.pop()
            try:
                data = read_bytes(job.source, max_bytes=4 * config.max_chars)
            except AlignerError as exc:
                fail(job, _one_line(str(exc)))
                continue
            in_flight[work.submit(job.path, data)] = job
        if not in_flight:
            continue
        done, _ = work.wait(set(in_flight))
        broken = False
        for future in done:
            job = in_flight.pop(future)
            try:
                outcome = future.result()
            except BrokenProcessPool:
                broken = True
                if job.key in retried:
                    fail(job, f"{job.path}: {_LOST}")
                else:
                    retried.add(job.key)
                    queue.append(job)
                continue
            except Exception as exc:  # noqa: BLE001 - a lost worker (Dask) fails one page, not the run
                fail(job, _one_line(f"{job.path}: the worker failed ({type(exc).__name__}: {exc})"))
                continue
            results[job.key] = _store(job, outcome)
            advance(1)
        if broken:
            for job in in_flight.values():
                if job.key in retried:
                    fail(job, f"{job.path}: {_LOST}")
                else:
                    retried.add(job.key)
                    queue.append(job)
            in_flight.clear()
            work.restart()


def _store(job: _Job, outcome: _Outcome) -> DocumentResult:
    if outcome.error:
        return DocumentResult(path=job.path, report=str(job.report), status=FAILED, error=outcome.error)
    try:
        job.report.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(job.report, outcome.text)
    except (OSError, AlignerError) as exc:
        return DocumentResult(path=job.path, report=str(job.report), status=FAILED, error=_one_line(str(exc)))
    return DocumentResult(
        path=job.path,
        report=str(job.report),
        status=CHECKED,
        by_kind=outcome.by_kind,
        by_severity=outcome.by_severity,
        counted=True,
        signature=outcome.signature,
    )


def _summarise(
    results: tuple[DocumentResult, ...],
    *,
    format: str,
    out: Path,
    options: dict[str, Any],
    seconds: float,
) -> BatchSummary:
    kinds: Counter[str] = Counter()
    sevs: Counter[str] = Counter({s: 0 for s in _SEVERITIES})
    for r in results:
        kinds.update(dict(r.by_kind))
        sevs.update(dict(r.by_severity))
    made = [r.signature for r in results if r.status == CHECKED and r.signature]
    kept = [r.signature for r in results if r.status == SKIPPED and r.signature]
    signatures = list(dict.fromkeys(made or kept))
    return BatchSummary(
        documents=len(results),
        checked=sum(r.status == CHECKED for r in results),
        skipped=sum(r.status == SKIPPED for r in results),
        failed=tuple(BatchFailure(path=r.path, error=r.error) for r in results if r.status == FAILED),
        by_kind=sorted((k, n) for k, n in kinds.items() if n),
        by_severity=[(s, sevs[s]) for s in _SEVERITIES],
        signature=" ; ".join(signatures),
        format=format,
        out_dir=str(out),
        options=tuple(sorted(options.items())),
        results=results,
        seconds=seconds,
    )


class _NoBar:
    def update(self, n: int = 1) -> None:
        """Nothing to show."""

    def close(self) -> None:
        """Nothing to close."""


def _progress_bar(total: int, progress: bool | None) -> Any:
    show = bool(sys.stderr and sys.stderr.isatty()) if progress is None else progress
    if not show:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, file=sys.stderr, unit="page", desc="aligner batch", dynamic_ncols=True)
