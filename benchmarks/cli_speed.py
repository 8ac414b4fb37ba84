"""The whole command as a user runs it: CPU time and peak memory of fresh `aligner` processes.

Measures, each as the median of several runs (CPU = user + system time of the child process,
peak = its maximum resident set size, both from ``os.wait4``):

- cold ``aligner --help``;
- cold ``aligner report`` on the seed page (a fresh process; the derived-index cache is built
  by an untimed first run, as it is after a user's first run);
- warm page throughput of ``aligner batch`` on 200 pages (copies of the seed page and of the
  fit part of archival-dev's pages; the held-back pages are never read), pages a second of wall time;
- ``aligner align ru.txt en.txt --split lines -f json`` at 1k, 10k and 50k sentence pairs made
  from WMT22 documents repeated (5% of the English sentences dropped or joined), and the growth
  ratio of CPU time from one size to the next (linear growth gives the ratio of the sizes).

When ``HUNALIGN`` names a hunalign binary, hunalign runs on the same tokenised input in the same
run (``-utf -realign``, with the shipped lexicon as its dictionary unless ``HUNALIGN_DICT`` names
another) and the ratios aligner / hunalign are printed; without it, the script says so.
It prints; it asserts nothing.

Run: python benchmarks/cli_speed.py [--sizes 1000 10000 50000] [--runs 3] [--skip-batch]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = REPO.parent / "shared" / "data"
WMT = SHARED / "wmt22-ru-en" / "wmttest2022.ru-en.src-ref.xml"
ARCHIVE = SHARED / "archival-dev"
SEED = sorted((REPO / "seeds").glob("*.txt"))

sys.path.insert(0, str(HERE))
from corpus_split import held_back  # noqa: E402


def aligner_command() -> list[str]:
    """The installed ``aligner`` next to this Python, else ``python -m aligner``."""
    exe = Path(sys.executable).with_name("aligner")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "aligner"]


def run(cmd: list[str], *, env: dict[str, str] | None = None) -> tuple[float, float, float, int]:
    """CPU seconds, peak MiB and wall seconds of one child process, and its exit status."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        print(f"  ! {' '.join(cmd[:3])} … exited {proc.returncode}: {err.strip()[-300:]}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, wall, proc.returncode


def median_of(cmd: list[str], runs: int, **kw: object) -> tuple[float, float, float]:
    """Median CPU seconds, peak MiB and wall seconds over ``runs`` runs."""
    got = [run(cmd, **kw)[:3] for _ in range(runs)]  # type: ignore[arg-type]
    return tuple(statistics.median(x[i] for x in got) for i in range(3))  # type: ignore[return-value]


def wmt_documents() -> list[tuple[list[str], list[str]]]:
    docs = []
    for doc in ET.parse(WMT).getroot().iter("doc"):
        src, ref = doc.find("src"), doc.find("ref")
        if src is None or ref is None:
            continue
        docs.append(
            (
                [" ".join((s.text or "").split()) for s in src.iter("seg")],
                [" ".join((s.text or "").split()) for s in ref.iter("seg")],
            )
        )
    return docs


def parallel(
    docs: list[tuple[list[str], list[str]]], size: int, seed: int = 1
) -> tuple[list[str], list[str]]:
    """Whole documents repeated until ``size`` source sentences; 5% of targets dropped or joined."""
    rng = random.Random(seed)
    src: list[str] = []
    tgt: list[str] = []
    while len(src) < size:
        for s, r in docs:
            src.extend(x for x in s if x)
            k = 0
            r = [x for x in r if x]
            while k < len(r):
                roll = rng.random()
                if roll < 0.025:
                    k += 1
                elif roll < 0.05 and k + 1 < len(r):
                    tgt.append(r[k] + " " + r[k + 1])
                    k += 2
                else:
                    tgt.append(r[k])
                    k += 1
            if len(src) >= size:
                break
    return src[:size], tgt


def tokenised(line: str) -> str:
    """hunalign's input: words and punctuation marks separated by spaces."""
    out = []
    for ch in line:
        if not (ch.isalnum() or ch in "-'’") and not ch.isspace():
            out.append(f" {ch} ")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def hunalign_dictionary(folder: Path) -> Path:
    """``HUNALIGN_DICT``, else the shipped lexicon (hunalign's format: ``english @ russian``)."""
    given = os.environ.get("HUNALIGN_DICT")
    if given:
        return Path(given)
    from aligner.resources import data_lines

    path = folder / "lexicon.dic"
    path.write_text("\n".join(data_lines("lexicon_ru_en.txt")) + "\n", encoding="utf-8")
    return path


def batch_pages(folder: Path, count: int) -> int:
    """Write ``count`` copies of archive pages into ``folder``: the seed and the fit part's pages."""
    pages = list(SEED)
    if ARCHIVE.is_dir():
        pages += [
            p for p in sorted(ARCHIVE.glob("*.page.txt")) if not held_back(p.name[: -len(".page.txt")], 3)
        ]
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(count):
        shutil.copyfile(pages[k % len(pages)], folder / f"page{k:04d}.txt")
    return len(pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (the largest size runs once)")
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--skip-batch", action="store_true")
    args = parser.parse_args()

    cmd = aligner_command()
    hunalign = os.environ.get("HUNALIGN")
    print(f"aligner: {' '.join(cmd)}; {os.cpu_count()} CPUs; medians of {args.runs} runs")
    print(f"hunalign: {hunalign}" if hunalign else "hunalign: not measured (set HUNALIGN=/path/to/hunalign)")

    with tempfile.TemporaryDirectory(prefix="cli_speed_") as tmp:
        work = Path(tmp)
        env = dict(os.environ)
        env.setdefault("ALIGNER_CACHE_DIR", str(work / "cache"))

        cpu, mib, _ = median_of([*cmd, "--help"], max(args.runs, 5), env=env)
        print(f"\ncold `aligner --help`:            {cpu:6.2f} s CPU  {mib:6.0f} MiB")
        if SEED:
            report = [*cmd, "report", str(SEED[0])]
            run(report, env=env)  # builds the derived-index cache, as a user's first run does
            cpu, mib, _ = median_of(report, max(args.runs, 5), env=env)
            print(f"cold `aligner report` (seed):     {cpu:6.2f} s CPU  {mib:6.0f} MiB  (cache built)")
            no_cache = dict(env, ALIGNER_CACHE_DIR="")
            cpu, mib, _ = median_of(report, 1, env=no_cache)
            print(f"  … with the cache turned off:    {cpu:6.2f} s CPU  {mib:6.0f} MiB")

        if not args.skip_batch and SEED:
            sources = batch_pages(work / "pages", args.pages)
            walls = []
            for k in range(max(1, args.runs - 1)):
                batch = [*cmd, "batch", str(work / "pages"), "-o", str(work / f"batch{k}"), "-f", "json"]
                walls.append(run(batch, env=env)[2])
            wall = statistics.median(walls)
            # the pool's workers are not this process's children: their CPU time is that of
            # one job (--jobs 1 checks the pages in the batch process itself)
            one = [*cmd, "batch", str(work / "pages"), "-o", str(work / "batch-one"), "-f", "json", "-j", "1"]
            cpu = run(one, env=env)[0]
            cores = os.cpu_count() or 1
            print(
                f"`aligner batch`, {args.pages} pages ({sources} distinct): {wall:6.1f} s wall, "
                f"{args.pages / wall:5.1f} pages/s; one job: {cpu:5.1f} s CPU, "
                f"{args.pages / cpu:5.1f} pages per CPU second ({cores} cores)"
            )

        if not WMT.exists():
            print(f"\nno WMT22 data at {WMT}: the align figures are skipped")
            return
        docs = wmt_documents()
        print("\n`aligner align ru en --split lines -f json -o …`, whole command:")
        header = f"{'pairs':>7} {'CPU s':>7} {'peak MiB':>9} {'wall s':>7}  growth"
        if hunalign:
            header += f"   {'hunalign CPU s':>14} {'MiB':>6}  CPU ratio  MiB ratio"
        print(header)
        previous: tuple[int, float] | None = None
        dictionary = hunalign_dictionary(work) if hunalign else None
        for size in args.sizes:
            src, tgt = parallel(docs, size)
            ru, en = work / f"ru{size}.txt", work / f"en{size}.txt"
            ru.write_text("\n".join(tokenised(s) for s in src) + "\n", encoding="utf-8")
            en.write_text("\n".join(tokenised(t) for t in tgt) + "\n", encoding="utf-8")
            runs = 1 if size == max(args.sizes) and size >= 50_000 else args.runs
            line = [
                *cmd,
                "align",
                str(ru),
                str(en),
                "--split",
                "lines",
                "-f",
                "json",
                "-o",
                str(work / "r.json"),
            ]
            cpu, mib, wall = median_of(line, runs, env=env)
            growth = ""
            if previous:
                growth = f"x{cpu / previous[1]:.1f} for x{size / previous[0]:.0f} pairs"
            row = f"{size:>7} {cpu:>7.2f} {mib:>9.0f} {wall:>7.1f}  {growth}"
            if hunalign and dictionary:
                h_cpu, h_mib, _ = median_of(
                    [hunalign, "-utf", "-realign", str(dictionary), str(ru), str(en)], runs, env=env
                )
                row += f"   {h_cpu:>14.2f} {h_mib:>6.0f}  {cpu / h_cpu:9.2f}  {mib / h_mib:9.2f}"
            print(row)
            previous = (size, cpu)


if __name__ == "__main__":
    main()
