"""``aligner batch`` and :func:`aligner.batch.run_batch`: a folder of pages, reports, a summary.

The pages are made from the seed with names, numbers and dates varied, so the
findings differ from page to page; every count of the summary is checked
against ``check_file`` on each page.
"""

from __future__ import annotations

import json
import os
import random
import time
from collections import Counter
from pathlib import Path

import pytest

from aligner.batch import SUMMARY_NAME, BatchSummary, run_batch
from aligner.cli import main
from aligner.config import Config
from aligner.errors import ConfigError, InputError
from aligner.pipeline import check_file
from aligner.render import render
from conftest import SEED

# (Russian dative surname, initials) and the English forms: who the letter is addressed to.
ADDRESSEES = [
    ("Сталину", "И. В.", "Stalin", "I.V."),
    ("Молотову", "В. М.", "Molotov", "V.M."),
    ("Булганину", "Н. А.", "Bulganin", "N.A."),
    ("Маленкову", "Г. М.", "Malenkov", "G.M."),
]
MONTHS = [
    ("января", "January"),
    ("марта", "March"),
    ("июля", "July"),
    ("октября", "October"),
    ("декабря", "December"),
]


def variant(seed_text: str, rng: random.Random) -> str:
    """The seed with the advisors' numbers, the dates, the addressee and cipher numbers varied."""
    low = rng.randint(2, 60)
    high = low + rng.randint(1, 20)
    # Half the pages translate the range faithfully; the others change its upper end.
    high_en = high if rng.random() < 0.5 else high + rng.randint(1, 9)
    day, year = rng.randint(1, 28), rng.randint(1945, 1956)
    month = rng.randrange(len(MONTHS))
    day_en = day if rng.random() < 0.7 else day % 28 + 1
    ru_name, ru_init, en_name, en_init = rng.choice(ADDRESSEES)
    text = seed_text
    for old, new in [
        ("25-35", f"{low}-{high}"),
        ("25-30", f"{low}-{high_en}"),
        ("8 июля 1950", f"{day} {MONTHS[month][0]} {year}"),
        ("July 8, 1950", f"{MONTHS[month][1]} {day}, {year}"),
        ("08.07.1950", f"{day_en:02d}.{month * 2 + 1:02d}.{year}"),
        ("8.7.50", f"{day}.{month * 2 + 1}.{year % 100}"),
        ("Сталину И. В.", f"{ru_name} {ru_init}"),
        ("I.V. Stalin", f"{en_init} {en_name}"),
        ("Comrade Stalin", f"Comrade {en_name}"),
        ("405976", str(rng.randint(100000, 999999))),
        ("481", str(rng.randint(100, 999))),
    ]:
        assert old in text, f"the seed no longer holds {old!r}; update the test's replacements"
        text = text.replace(old, new)
    return text


def make_pages(folder: Path, count: int, *, seed: int = 0) -> list[Path]:
    """``count`` varied copies of the seed in ``folder``."""
    rng = random.Random(seed)
    seed_text = SEED.read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"page_{i:03d}.txt"
        path.write_text(variant(seed_text, rng), encoding="utf-8")
        paths.append(path)
    return paths


def make_corrupt(folder: Path) -> tuple[Path, Path]:
    """A binary file and a page whose translation is missing."""
    binary = folder / "corrupt_binary.txt"
    binary.write_bytes(bytes(random.Random(1).randrange(256) for _ in range(3000)))
    seed_text = SEED.read_text(encoding="utf-8")
    cut = folder / "corrupt_no_translation.txt"
    cut.write_text(seed_text[: seed_text.index("CLASSIFIED")], encoding="utf-8")
    return binary, cut


def expected_counts(paths: list[Path]) -> tuple[Counter[str], Counter[str]]:
    """Findings by kind and by severity, as ``check_file`` gives them page by page."""
    kinds: Counter[str] = Counter()
    sevs: Counter[str] = Counter()
    for p in paths:
        report = check_file(str(p), config=Config())
        kinds.update(f.kind for f in report.findings)
        sevs.update(f.severity.value for f in report.findings)
    return kinds, sevs


def nonzero(pairs: tuple[tuple[str, int], ...]) -> dict[str, int]:
    return {k: n for k, n in pairs if n}


def rounded(value: object) -> object:
    """``value`` with every float rounded to 9 places.

    Bead scores may differ in their last bits between processes (a sum over a set,
    whose order follows the per-process hash seed); the reports are otherwise equal.
    """
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [rounded(v) for v in value]
    return value


def mtimes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}


# ------------------------------------------------------------------ the whole run


@pytest.mark.slow
def test_200_pages_counts_match_single_reports_failures_listed_second_run_skips(
    tmp_path: Path,
) -> None:
    pages = make_pages(tmp_path / "in", 198)
    corrupt = make_corrupt(tmp_path / "in")
    paths = sorted((tmp_path / "in").glob("*.txt"))
    assert len(paths) == 200
    out = tmp_path / "out"

    summary = run_batch(paths, out, format="json", config=Config(), jobs=2, force=False)

    assert (summary.documents, summary.checked, summary.skipped) == (200, 198, 0)
    assert sorted(f.path for f in summary.failed) == sorted(str(p) for p in corrupt)
    for failure in summary.failed:
        assert "\n" not in failure.error
        assert failure.error
        assert Path(failure.path).name in failure.error
    kinds, sevs = expected_counts(pages)
    assert nonzero(summary.by_kind) == dict(kinds)
    assert nonzero(summary.by_severity) == dict(sevs)
    assert kinds["number"] > 0  # the varied ranges are noticed …
    assert summary.findings < 2 * sum(kinds.values())  # … and not double counted
    assert summary.signature == check_file(str(pages[0])).signature

    # One report per good page, as `aligner report --format json` would write it.
    written = sorted(p.name for p in out.iterdir() if p.name != SUMMARY_NAME)
    assert written == sorted(p.stem + ".json" for p in pages)
    for p in pages[:5]:
        written_report = json.loads((out / f"{p.stem}.json").read_text(encoding="utf-8"))
        assert rounded(written_report) == rounded(json.loads(render(check_file(str(p)), "json")))

    on_disk = json.loads((out / SUMMARY_NAME).read_text(encoding="utf-8"))
    assert on_disk == summary.to_json()
    assert on_disk["documents"] == 200
    assert on_disk["checked"] == 198
    assert on_disk["findings"]["by_kind"] == dict(sorted(kinds.items()))
    assert {f["path"] for f in on_disk["failed"]} == {str(p) for p in corrupt}

    # A second run skips every page with a report and keeps the counts.
    before = mtimes(out)
    again = run_batch(paths, out, format="json", config=Config(), jobs=2, force=False)
    assert (again.checked, again.skipped, len(again.failed)) == (0, 198, 2)
    assert again.by_kind == summary.by_kind
    assert again.by_severity == summary.by_severity
    assert again.signature == summary.signature
    assert {k: v for k, v in mtimes(out).items() if k != SUMMARY_NAME} == {
        k: v for k, v in before.items() if k != SUMMARY_NAME
    }

    # A page edited since its report is checked again, and only that one.
    future = time.time() + 5
    os.utime(pages[7], (future, future))
    third = run_batch(paths, out, format="json", config=Config(), jobs=2, force=False)
    assert (third.checked, third.skipped) == (1, 197)
    assert third.results[paths.index(pages[7])].status == "checked"
    assert third.by_kind == summary.by_kind


# ------------------------------------------------------------------ the command line


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def small(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    make_pages(folder, 3, seed=7)
    return folder


def test_cli_writes_reports_and_prints_a_short_summary(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "reports"
    code, stdout, err = run(["batch", str(small), "-o", str(out), "-f", "markdown", "-j", "1"], capsys)
    assert code == 0, err
    assert err == ""  # no progress bar when standard error is not a terminal
    assert "3 documents: 3 checked, 0 skipped" in stdout
    assert str(out) in stdout
    assert sorted(p.name for p in out.iterdir()) == [
        "page_000.md",
        "page_001.md",
        "page_002.md",
        SUMMARY_NAME,
    ]
    summary = json.loads((out / SUMMARY_NAME).read_text(encoding="utf-8"))
    assert summary["format"] == "markdown"
    assert summary["findings"]["total"] == sum(summary["findings"]["by_severity"].values())

    code, stdout, _ = run(["batch", str(small), "-o", str(out), "-f", "markdown", "-j", "1"], capsys)
    assert code == 0
    assert "0 checked, 3 skipped" in stdout
    code, stdout, _ = run(
        ["batch", str(small), "-o", str(out), "-f", "markdown", "--force", "-j", "1"], capsys
    )
    assert "3 checked, 0 skipped" in stdout
    # Reports made with other options are not up to date.
    code, stdout, _ = run(
        ["batch", str(small), "-o", str(out), "-f", "markdown", "--explain", "-j", "1"], capsys
    )
    assert "3 checked, 0 skipped" in stdout


def test_fail_on_and_failed_pages_give_status_1(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "reports"
    worst = max(
        (f.severity for p in small.iterdir() for f in check_file(str(p)).findings),
        key=lambda s: s.rank,
    )
    code, _, _ = run(["batch", str(small), "-o", str(out), "-j", "1", "--fail-on", worst.value], capsys)
    assert code == 1
    # Skipped pages still count: their findings are carried over from the summary.
    code, stdout, _ = run(["batch", str(small), "-o", str(out), "-j", "1", "--fail-on", worst.value], capsys)
    assert code == 1
    assert "3 skipped" in stdout

    make_corrupt(small)
    code, stdout, err = run(["batch", str(small), "-o", str(out), "-j", "2"], capsys)
    assert code == 1, err
    assert "2 failed" in stdout
    assert "corrupt_binary.txt" in stdout
    assert "corrupt_no_translation.txt" in stdout


def test_progress_bar_on_request_only(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["batch", str(small), "-o", str(tmp_path / "a"), "-j", "1", "--progress"], capsys)
    assert code == 0
    assert "3/3" in err
    assert "100%" in err
    code, _, err = run(["batch", str(small), "-o", str(tmp_path / "b"), "-j", "1", "--no-progress"], capsys)
    assert code == 0
    assert err == ""


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--glob", "*.pdf"], ["no files match", "--glob"]),
        (["--jobs", "0"], ["--jobs"]),
        (["--scheduler", "tcp://127.0.0.1:1"], ["--engine dask"]),
        (["--engine", "dask"], ["scheduler"]),
    ],
)
def test_bad_usage_is_one_line_status_2_and_nothing_written(
    small: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    words: list[str],
) -> None:
    out = tmp_path / "reports"
    code, stdout, err = run(["batch", str(small), "-o", str(out), *extra], capsys)
    assert code == 2
    assert stdout == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("aligner: ")
    for word in words:
        assert word in err
    assert not out.exists()


def test_a_defective_lexicon_stops_the_run_before_anything_is_written(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lexicon = tmp_path / "lexicon.txt"
    lexicon.write_text("front @ фронт\nthis line has no separator\n", encoding="utf-8")
    out = tmp_path / "reports"
    code, _, err = run(["batch", str(small), "-o", str(out), "--lexicon", str(lexicon)], capsys)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_missing_folder_is_status_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["batch", str(tmp_path / "nowhere"), "-o", str(tmp_path / "out")], capsys)
    assert code == 2
    assert "nowhere" in err
    assert "does not exist" in err
    assert not (tmp_path / "out").exists()


def test_reports_never_overwrite_the_pages(small: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = {p.name: p.read_bytes() for p in small.iterdir()}
    code, _, err = run(["batch", str(small), "-o", str(small), "-f", "text"], capsys)
    assert code == 2
    assert "overwrite" in err
    assert {p.name: p.read_bytes() for p in small.iterdir()} == before


def test_glob_that_descends_keeps_subfolders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_pages(tmp_path / "in" / "fond1", 1, seed=1)
    make_pages(tmp_path / "in" / "fond2", 1, seed=2)  # the same file name in another folder
    out = tmp_path / "out"
    code, _, err = run(
        [
            "batch",
            str(tmp_path / "in"),
            "-o",
            str(out),
            "--glob",
            "**/*.txt",
            "-j",
            "1",
            "-f",
            "json",
        ],
        capsys,
    )
    assert code == 0, err
    assert (out / "fond1" / "page_000.json").is_file()
    assert (out / "fond2" / "page_000.json").is_file()


# ------------------------------------------------------------------ the library


def test_two_pages_with_one_report_name_are_refused(tmp_path: Path) -> None:
    a = make_pages(tmp_path / "a", 1)[0]
    b = make_pages(tmp_path / "b", 1)[0]
    with pytest.raises(InputError, match="would both be reported"):
        run_batch([a, b], tmp_path / "out", format="json", config=Config(), jobs=1, force=False)
    assert not (tmp_path / "out").exists()


def test_unknown_engine_is_a_config_error(small: Path, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="engine"):
        run_batch(
            sorted(small.iterdir()),
            tmp_path / "out",
            format="json",
            config=Config(),
            jobs=1,
            force=False,
            engine="spark",
        )


def test_dask_engine_gives_the_same_reports(small: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    paths = sorted(small.iterdir())
    local = run_batch(paths, tmp_path / "local", format="json", config=Config(), jobs=1, force=False)
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        remote = run_batch(
            paths,
            tmp_path / "dask",
            format="json",
            config=Config(),
            jobs=1,
            force=False,
            engine="dask",
            scheduler=cluster.scheduler_address,
        )
    assert isinstance(remote, BatchSummary)
    assert (remote.checked, remote.failed) == (3, ())
    assert (remote.by_kind, remote.by_severity) == (local.by_kind, local.by_severity)
    for p in paths:
        name = p.stem + ".json"
        dask_report = json.loads((tmp_path / "dask" / name).read_text(encoding="utf-8"))
        local_report = json.loads((tmp_path / "local" / name).read_text(encoding="utf-8"))
        assert dask_report == local_report


def test_a_page_that_kills_its_worker_fails_alone(
    small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import concurrent.futures
    from concurrent.futures.process import BrokenProcessPool

    from aligner.batch import engines, run

    class DyingPool(engines._Engine):
        """A pool whose worker dies on one page, every time it is tried."""

        restarts = 0

        def submit(self, path: str, data: bytes) -> concurrent.futures.Future:
            future: concurrent.futures.Future = concurrent.futures.Future()
            if path.endswith("page_001.txt"):
                future.set_exception(BrokenProcessPool("a worker died"))
            else:
                future.set_result(engines._check_bytes(path, data, Config(), "json"))
            return future

        def restart(self) -> bool:
            DyingPool.restarts += 1
            return True

    monkeypatch.setattr(run, "_engine", lambda *args: DyingPool())
    summary = run_batch(sorted(small.iterdir()), tmp_path / "out", format="json", config=Config(), jobs=2)
    assert summary.checked == 2
    assert [f.path for f in summary.failed] == [str(small / "page_001.txt")]
    assert "stopped unexpectedly" in summary.failed[0].error
    assert DyingPool.restarts == 2  # tried once more in a fresh pool, then given up
