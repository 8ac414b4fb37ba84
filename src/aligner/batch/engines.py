"""Where the documents are checked: this process, a pool of processes, or a Dask cluster.

A worker never touches the file system: it receives the bytes of one page and
gives back the rendered report and the counts of its findings (an :class:`_Outcome`).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

import attrs

from ..config import Config
from ..errors import AlignerError, ConfigError
from .records import _SEVERITIES, ENGINES, Counts

if TYPE_CHECKING:  # the pool machinery is imported when a batch runs, not for `aligner --help`
    import concurrent.futures

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
    from ..pipeline import check_page
    from ..render import render

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
    from .. import pipeline

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
            context.set_forkserver_preload(["aligner.batch.engines", "aligner.pipeline", "aligner.render"])
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
