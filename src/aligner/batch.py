"""Check every archive page of a folder: one report per document and a summary of the run.

:func:`run_batch` is the library entry point; ``aligner batch`` is its command
line (:func:`add_batch_parser` and :func:`run_batch_command`, called from
:mod:`aligner.cli`). The work runs in a pool of processes on this machine
(``engine="process"``) or on a Dask cluster (``engine="dask"``, the ``dask``
extra). Each worker process initialises once (morphology and lexicon stay
cached in it) and then checks document after document.

The calling process reads every input and writes every report itself, so a
worker never touches the file system: it receives the bytes of one page and
gives back the rendered report and the counts of its findings. A report is
written atomically (whole or not at all); a run that is interrupted can be
started again and skips the reports already written. A document that cannot
be checked is listed in the summary with a one-line reason, and the other
documents go on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from .config import DEFAULT_MAX_CHARS, Config
from .errors import AlignerError, ConfigError, InputError, OutputError
from .files import read_bytes, write_atomic
from .model import Severity

if TYPE_CHECKING:  # the pool machinery is imported when a batch runs, not for `aligner --help`
    import concurrent.futures

__all__ = [
    "ENGINES",
    "SUMMARY_NAME",
    "SUMMARY_SCHEMA",
    "BatchFailure",
    "BatchSummary",
    "DocumentResult",
    "add_batch_parser",
    "collect_paths",
    "run_batch",
    "run_batch_command",
]

#: The ways a batch can run: a pool of processes on this machine, or a Dask cluster.
ENGINES = ("process", "dask")

#: The file name of the run's summary in the output folder.
SUMMARY_NAME = "summary.json"

#: The ``schema`` value of ``summary.json`` (a contract, like the JSON report's).
SUMMARY_SCHEMA = "aligner.batch/1"

#: What a document's status in a run can be.
CHECKED, SKIPPED, FAILED = "checked", "skipped", "failed"

_SEVERITIES = tuple(s.value for s in (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.INFO))

# Documents in flight per worker: enough to keep every worker busy, few enough
# that a folder of a million pages is not read into memory at once.
_IN_FLIGHT_PER_JOB = 4

# Why a page failed when the process checking it died (twice).
_LOST = "the process checking this page stopped unexpectedly (out of memory?)"

Counts = tuple[tuple[str, int], ...]


def _counts(value: Iterable[tuple[str, int]]) -> Counts:
    return tuple((str(k), int(n)) for k, n in value)


# ------------------------------------------------------------------ records


@attrs.frozen(kw_only=True)
class BatchFailure:
    """A document that could not be checked: its path and the reason, in one line."""

    path: str
    error: str


@attrs.frozen(kw_only=True)
class DocumentResult:
    """What happened to one document of a run.

    ``status`` is ``checked`` (a report was written now), ``skipped`` (its
    report was already up to date) or ``failed`` (no report; ``error`` says
    why). ``report`` is the report's path. ``by_kind`` and ``by_severity``
    count the document's findings; ``counted`` is False for a skipped document
    whose counts the previous summary does not record (and for a failed one).
    """

    path: str
    report: str
    status: str = attrs.field(validator=attrs.validators.in_((CHECKED, SKIPPED, FAILED)))
    error: str = ""
    by_kind: Counts = attrs.field(default=(), converter=_counts)
    by_severity: Counts = attrs.field(default=(), converter=_counts)
    counted: bool = False
    signature: str = ""


@attrs.frozen(kw_only=True)
class BatchSummary:
    """The outcome of a batch run.

    ``documents`` inputs were given: ``checked`` were checked now, ``skipped``
    had an up-to-date report, and ``failed`` could not be checked (each with
    its path and reason). ``by_kind`` and ``by_severity`` count the findings of
    every document with a report, skipped ones included when the previous
    summary recorded their counts; severities run worst first, zeros included.
    ``signature`` is the reproducibility signature of the reports made;
    ``options`` every option the reports depend on (a later run that is given
    other options checks every page again).
    """

    documents: int
    checked: int
    skipped: int
    failed: tuple[BatchFailure, ...]
    by_kind: Counts = attrs.field(converter=_counts)
    by_severity: Counts = attrs.field(converter=_counts)
    signature: str
    format: str
    out_dir: str
    options: tuple[tuple[str, Any], ...] = attrs.field(repr=False)
    results: tuple[DocumentResult, ...] = attrs.field(repr=False)
    seconds: float = attrs.field(default=0.0, eq=False)

    @property
    def findings(self) -> int:
        """How many findings the counted documents hold in all."""
        return sum(n for _, n in self.by_severity)

    def reaches(self, severity: Severity | str) -> bool:
        """Whether any counted finding is at ``severity`` or worse."""
        threshold = Severity(severity)
        return any(n and Severity(s).at_least(threshold) for s, n in self.by_severity)

    def to_json(self) -> dict[str, Any]:
        """The summary as written to ``summary.json`` (schema ``aligner.batch/1``)."""
        return {
            "schema": SUMMARY_SCHEMA,
            "signature": self.signature,
            "format": self.format,
            "options": dict(self.options),
            "documents": self.documents,
            "checked": self.checked,
            "skipped": self.skipped,
            "failed": [{"path": f.path, "error": f.error} for f in self.failed],
            "findings": {
                "total": self.findings,
                "by_kind": dict(self.by_kind),
                "by_severity": dict(self.by_severity),
            },
            "reports": [_result_json(r, self.out_dir) for r in self.results],
        }

    def describe(self) -> str:
        """A few lines for a person: what was checked, what was found, what failed."""
        lines = [
            f"{self.documents} document{_s(self.documents)}: {self.checked} checked, "
            f"{self.skipped} skipped (report up to date), {len(self.failed)} failed"
            + (f" in {self.seconds:.1f} s" if self.seconds else "")
        ]
        if self.findings:
            sev = ", ".join(f"{n} {s}" for s, n in self.by_severity if n)
            kinds = ", ".join(f"{k} {n}" for k, n in self.by_kind)
            lines.append(f"{self.findings} finding{_s(self.findings)} ({sev}); by kind: {kinds}")
        else:
            lines.append("no findings")
        for f in self.failed:
            lines.append(f"failed: {f.error if f.error.startswith(f.path) else f'{f.path}: {f.error}'}")
        lines.append(f"reports and {SUMMARY_NAME} are in {self.out_dir}")
        return "\n".join(lines) + "\n"


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def _result_json(r: DocumentResult, out_dir: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"path": r.path, "status": r.status}
    if r.status == FAILED:
        entry["error"] = r.error
        return entry
    entry["report"] = _relative(r.report, out_dir)
    if r.counted:
        entry["findings"] = {"by_kind": dict(r.by_kind), "by_severity": dict(r.by_severity)}
        entry["signature"] = r.signature
    return entry


def _relative(path: str, folder: str) -> str:
    try:
        return Path(path).relative_to(folder).as_posix()
    except ValueError:
        return path


# ------------------------------------------------------------------ the work of one document


@attrs.frozen(kw_only=True)
class _Outcome:
    """What a worker sends back: the rendered report and its counts, or the reason it failed."""

    text: str = ""
    error: str = ""
    by_kind: Counts = ()
    by_severity: Counts = ()
    signature: str = ""


def _check_bytes(
    path: str, data: bytes, config: Config, format: str, encoding: str | None = None
) -> _Outcome:
    """Check one archive page given as bytes and render its report; never raises for a bad page.

    This is the task a worker runs (in a process of the pool, or on a Dask
    worker). ``path`` names the document in the report and in error messages.
    """
    from .pipeline import check_page
    from .render import render

    try:
        report = check_page(data, path=path, config=config, encoding=encoding)
        text = render(report, format, explain=config.explain)
    except AlignerError as exc:
        return _Outcome(error=_one_line(str(exc)))
    except Exception as exc:  # noqa: BLE001 - one document's defect must not stop the others
        return _Outcome(
            error=_one_line(f"{path}: internal error ({type(exc).__name__}: {exc}); please report this")
        )
    kinds = Counter(f.kind for f in report.findings)
    sevs = Counter(f.severity.value for f in report.findings)
    return _Outcome(
        text=text,
        by_kind=tuple(sorted(kinds.items())),
        by_severity=tuple((s, sevs.get(s, 0)) for s in _SEVERITIES),
        signature=report.signature,
    )


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _warm_up(config: Config) -> None:
    """Load what every document needs (morphology, lexicon) once, so no document pays for it."""
    from . import pipeline

    pipeline._lexicon(config)


# State of a worker process of the pool, set once by _init_worker.
_WORKER: dict[str, Any] = {}


def _init_worker(config: Config, format: str, encoding: str | None) -> None:
    _WORKER.update(config=config, format=format, encoding=encoding, error="")
    try:
        _warm_up(config)
    except Exception as exc:  # noqa: BLE001 - reported with each page rather than breaking the pool
        _WORKER["error"] = f"the worker could not start ({type(exc).__name__}: {exc})"


def _check_in_worker(path: str, data: bytes) -> _Outcome:
    if _WORKER["error"]:
        return _Outcome(error=_one_line(f"{path}: {_WORKER['error']}"))
    return _check_bytes(path, data, _WORKER["config"], _WORKER["format"], _WORKER["encoding"])


# ------------------------------------------------------------------ engines


class _Engine:
    """Runs ``_check_bytes`` somewhere: ``submit`` gives a future, ``wait`` the first done."""

    def submit(self, path: str, data: bytes) -> Any:
        raise NotImplementedError

    def wait(self, pending: set[Any]) -> tuple[set[Any], set[Any]]:
        import concurrent.futures

        done, rest = concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
        return set(done), set(rest)

    def restart(self) -> bool:
        """Replace a broken pool; False when the engine cannot recover."""
        return False

    def close(self) -> None:
        """Release the workers."""


class _InlineEngine(_Engine):
    """One job: check in this process, one document at a time (no pool to start)."""

    def __init__(self, config: Config, format: str, encoding: str | None) -> None:
        self._args = (config, format, encoding)
        _warm_up(config)

    def submit(self, path: str, data: bytes) -> Any:
        import concurrent.futures

        future: concurrent.futures.Future[_Outcome] = concurrent.futures.Future()
        future.set_result(_check_bytes(path, data, *self._args))
        return future


class _ProcessEngine(_Engine):
    """A pool of worker processes on this machine, each initialised once."""

    def __init__(self, config: Config, format: str, encoding: str | None, jobs: int) -> None:
        self._args = (config, format, encoding)
        self._jobs = jobs
        self._pool = self._start()

    def _start(self) -> concurrent.futures.ProcessPoolExecutor:
        # A fresh interpreter (forkserver, or spawn where there is none) rather than
        # fork: forking a process that runs threads (a progress bar, a Dask client)
        # can deadlock. The server imports the pipeline once; workers fork from it.
        import concurrent.futures
        import multiprocessing

        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if context.get_start_method() == "forkserver":
            context.set_forkserver_preload(["aligner.batch", "aligner.pipeline", "aligner.render"])
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=self._jobs,
            mp_context=context,
            initializer=_init_worker,
            initargs=self._args,
        )

    def submit(self, path: str, data: bytes) -> Any:
        return self._pool.submit(_check_in_worker, path, data)

    def restart(self) -> bool:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._start()
        return True

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class _DaskEngine(_Engine):
    """The workers of a Dask cluster (``aligner`` must be installed on every worker)."""

    def __init__(self, config: Config, format: str, encoding: str | None, scheduler: Any) -> None:
        try:
            import distributed
        except ImportError:
            msg = "the dask engine needs Dask: pip install 'aligner[dask]'"
            raise ConfigError(msg) from None
        self._distributed = distributed
        if isinstance(scheduler, distributed.Client):
            self._client, self._own = scheduler, False
        else:
            try:
                self._client = distributed.Client(scheduler, timeout="30s")
            except (OSError, TimeoutError, ValueError) as exc:
                msg = f"cannot reach the Dask scheduler at {scheduler} ({exc}); check the address"
                raise ConfigError(msg) from exc
            self._own = True
        # The configuration (with any user lexicon) goes to every worker once, not with each page.
        self._config = self._client.scatter(config, broadcast=True)
        self._format, self._encoding = format, encoding

    def submit(self, path: str, data: bytes) -> Any:
        return self._client.submit(
            _check_bytes, path, data, self._config, self._format, self._encoding, pure=False
        )

    def wait(self, pending: set[Any]) -> tuple[set[Any], set[Any]]:
        done, rest = self._distributed.wait(list(pending), return_when="FIRST_COMPLETED")
        return set(done), set(rest)

    def close(self) -> None:
        if self._own:
            self._client.close()


def _check_engine(engine: str, scheduler: Any) -> None:
    if engine not in ENGINES:
        msg = f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}"
        raise ConfigError(msg)
    if engine == "dask" and scheduler is None:
        msg = "the dask engine needs the address of a Dask scheduler, e.g. --scheduler tcp://host:8786"
        raise ConfigError(msg)


def _engine(
    engine: str, config: Config, format: str, encoding: str | None, jobs: int, scheduler: Any
) -> _Engine:
    _check_engine(engine, scheduler)
    if engine == "dask":
        return _DaskEngine(config, format, encoding, scheduler)
    if jobs == 1:
        return _InlineEngine(config, format, encoding)
    return _ProcessEngine(config, format, encoding, jobs)


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
    from .render import suffix_of

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
    from . import __version__

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


# ------------------------------------------------------------------ command line


_BATCH_EPILOG = """\
Reports are written as OUTDIR/<stem><suffix> (the page's folder below DIR is kept
when --glob descends with '**'), each whole or not at all, and OUTDIR/summary.json
lists every page, the pages that failed with the reason, and the findings by kind
and by severity. A page whose report is at least as new as the page is skipped
unless --force, or unless summary.json records other options (format, lexicon,
--explain, version) than this run's; a page that failed has no report and is
tried again next time.

exit status:
  0  every page was checked (or skipped) and no finding reached --fail-on
  1  a page could not be checked (it is listed in the summary), or a finding
     reached --fail-on (counting skipped pages' findings the summary recorded)
  2  bad usage, an unreadable DIR, no page matching --glob, or OUTDIR not
     writable; one line on standard error and nothing written
"""


def add_batch_parser(sub: Any) -> argparse.ArgumentParser:
    """Add the ``batch`` sub-command to the ``aligner`` command's sub-parsers ``sub``."""
    from .render import formats

    parser: argparse.ArgumentParser = sub.add_parser(
        "batch",
        help="check every archive page in a folder, one report each and a summary",
        description="Check every archive page in DIR with a pool of processes (or a Dask cluster).",
        epilog=_BATCH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("folder", metavar="DIR", help="the folder of archive pages")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUTDIR",
        required=True,
        help="the folder for the reports and summary.json",
    )
    parser.add_argument(
        "--format", "-f", choices=formats(), default="text", help="report format (default: text)"
    )
    parser.add_argument(
        "--glob",
        default="*.txt",
        metavar="PATTERN",
        help="which files are pages (default: *.txt; **/*.txt descends)",
    )
    parser.add_argument(
        "--jobs", "-j", type=int, metavar="N", help="worker processes (default: the number of CPUs)"
    )
    parser.add_argument(
        "--force", action="store_true", help="check every page, even one with an up-to-date report"
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on standard error (default: only when it is a terminal)",
    )
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="process",
        help="process: this machine (default); dask: a Dask cluster",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="the Dask scheduler for --engine dask, e.g. tcp://host:8786",
    )
    parser.add_argument(
        "--fail-on",
        choices=list(_SEVERITIES),
        metavar="SEVERITY",
        help="exit 1 when a finding is at SEVERITY or worse (critical, major, minor, info)",
    )
    parser.add_argument("--encoding", help="the pages' encoding (default: detected for each page)")
    parser.add_argument(
        "--lexicon", metavar="FILE", help="an extra Russian–English dictionary in hunalign's format"
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="name the rule behind every boundary, bead and finding",
    )
    parser.add_argument(
        "--max-chars",
        type=int,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help=f"refuse pages longer than N characters (default: {DEFAULT_MAX_CHARS:,})",
    )
    return parser


def run_batch_command(args: argparse.Namespace, config: Config) -> int:
    """Run ``aligner batch`` for parsed ``args``; print the short summary; return the exit status.

    Errors of the whole run propagate as :class:`~aligner.errors.AlignerError`
    (the command line turns them into status 2).
    """
    if args.jobs is not None and args.jobs < 1:
        msg = f"--jobs must be a positive number (got {args.jobs})"
        raise ConfigError(msg)
    if args.scheduler and args.engine != "dask":
        msg = "--scheduler is for --engine dask; add --engine dask or leave --scheduler out"
        raise ConfigError(msg)
    paths = collect_paths(args.folder, args.glob)
    summary = run_batch(
        paths,
        args.output,
        format=args.format,
        config=config,
        jobs=args.jobs,
        force=args.force,
        engine=args.engine,
        scheduler=args.scheduler,
        progress=args.progress,
        encoding=args.encoding,
        root=args.folder if "**" in args.glob or "/" in args.glob else None,
    )
    sys.stdout.write(summary.describe())
    sys.stdout.flush()
    if summary.failed or (args.fail_on and summary.reaches(args.fail_on)):
        return 1
    return 0
