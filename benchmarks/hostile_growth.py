"""How the whole command's CPU time grows on pathological input, and each named hostile input's CPU.

Usage::

    python benchmarks/hostile_growth.py                 # every pattern at n, 2n, 4n, then the named inputs
    python benchmarks/hostile_growth.py --only dots     # patterns / inputs whose name holds "dots"
    python benchmarks/hostile_growth.py --n 2000        # a smaller n (quicker, noisier ratios)

Each run is ``aligner align RU EN -f json -o OUT`` in a child process; its CPU
(user + system) is read from ``getrusage``. For each repeated pattern the
script prints the CPU at n, 2n and 4n repetitions and the ratio per doubling
(the goal is at most ×2.2: linear growth plus noise), also net of the
start-up CPU of a two-sentence pair; for each named hostile
input its CPU and outcome (goal: processed or refused within 10 s). A run
over ``--timeout`` seconds of wall time is stopped and shown as ``>T``.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RU = "Председателю Совета Министров тов. Сталину. "
EN = "To the Chairman of the Council of Ministers, Cde. Stalin. "
RU_END = " Прошу разрешить использование 25 советников."
EN_END = " I ask to allow the use of 25 advisors."

#: Repeated patterns: name -> (unit on the Russian side, unit on the English side), n units each.
PATTERNS: dict[str, Callable[[int], tuple[str, str]]] = {
    "ellipsis": lambda n: (RU + "…" * n + RU_END, EN + "…" * n + EN_END),
    "ellipsis_spaced": lambda n: (RU + "… " * n + RU_END, EN + "… " * n + EN_END),
    "one_comma": lambda n: (RU + "1," * n + RU_END, EN + "1," * n + EN_END),
    "one_comma_spaced": lambda n: (RU + "1, " * n + RU_END, EN + "1, " * n + EN_END),
    "dash_lines": lambda n: (RU + "\n" + "---\n" * n + RU_END, EN + EN_END),
    "long_word": lambda n: (RU + "а" * n + RU_END, EN + EN_END),
    "abbreviations": lambda n: (RU + "т. е. " * n + RU_END, EN + "i. e. " * (n // 4) + EN_END),
    "initials": lambda n: (RU + "И. В. " * n + RU_END, EN + "I. V. " * (n // 4) + EN_END),
    "hyphens": lambda n: (RU + "сло-\nво " * n + RU_END, EN + "word " * n + EN_END),
    "short_lines": lambda n: ("Да.\n" * n, "Yes.\n" * n),
    "dates": lambda n: (RU + "1.1.50 " * n + RU_END, EN + "1.1.50 " * n + EN_END),
    "clock_times": lambda n: (RU + "12:30, " * n + RU_END, EN + "12:30, " * n + EN_END),
    "spaces": lambda n: (RU + " " * (20 * n) + "— а" + RU_END, EN + " " * (20 * n) + "- a" + EN_END),
    "roman": lambda n: (RU + "I " * n + RU_END, EN + "I " * n + EN_END),
}

#: Named hostile inputs from the issue (each must be processed or refused within 10 s of CPU).
NAMED: dict[str, Callable[[], tuple[str, str]]] = {
    "dash_lines_400k_chars": lambda: (RU + "\n" + "---\n" * 100_000 + RU_END, EN + EN_END),
    "ellipsis_40k": lambda: PATTERNS["ellipsis"](40_000),
    "one_comma_40k": lambda: PATTERNS["one_comma"](40_000),
    "long_word_5000": lambda: PATTERNS["long_word"](5_000),
    "single_line_10MB": lambda: (
        "Число советников двадцать пять. " * (5_000_000 // 32),
        "The number of advisors is twenty five. " * (5_000_000 // 39),
    ),
    "abbreviations_200k": lambda: PATTERNS["abbreviations"](200_000),
    "initials_100k": lambda: PATTERNS["initials"](100_000),
    "hyphens_100k": lambda: PATTERNS["hyphens"](100_000),
    "short_lines_300k": lambda: PATTERNS["short_lines"](300_000),
    "short_lines_1M": lambda: PATTERNS["short_lines"](1_000_000),
}


def run_once(ru: str, en: str, timeout: float) -> tuple[float, str]:
    """CPU seconds of one ``aligner align`` run on these texts, and its outcome."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "ru.txt").write_text(ru, encoding="utf-8")
        (folder / "en.txt").write_text(en, encoding="utf-8")
        argv = [sys.executable, "-m", "aligner", "align", str(folder / "ru.txt"), str(folder / "en.txt")]
        argv += ["-f", "json", "-o", str(folder / "out.json")]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        try:
            done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            return time.perf_counter() - start, f">{timeout:.0f}s wall"
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if done.returncode == 0:
            return cpu, "processed"
        lines = done.stderr.strip().splitlines()
        return cpu, f"refused ({done.returncode}): {lines[-1][:90] if lines else ''}"


def main(argv: list[str] | None = None) -> int:
    """Print the growth table and the named inputs' CPU; exit 1 when a goal is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="repetitions of the smallest run (default 5000)")
    parser.add_argument("--only", default="", help="run only the patterns and inputs whose name holds this")
    parser.add_argument("--timeout", type=float, default=120.0, help="wall seconds before a run is stopped")
    parser.add_argument("--no-named", action="store_true", help="skip the named hostile inputs")
    args = parser.parse_args(argv)
    missed = 0
    base, _ = run_once(RU + RU_END, EN + EN_END, args.timeout)
    print(f"start-up (a two-sentence pair): {base:.2f} s of CPU; 'net' ratios leave it out")
    print(f"{'pattern':18} {'n':>8} {'CPU n':>8} {'2n':>8} {'4n':>8}  ratio per doubling (net)")
    for name, make in PATTERNS.items():
        if args.only not in name:
            continue
        times = []
        for k in (1, 2, 4):
            cpu, outcome = run_once(*make(args.n * k), args.timeout)
            times.append(cpu)
            if outcome != "processed":
                print(f"  {name} at {args.n * k}: {outcome}")
            if outcome.startswith(">"):
                break
        ratios = [b / max(a, 0.05) for a, b in zip(times, times[1:], strict=False)]
        net = [max(b - base, 0.0) / max(a - base, 0.25) for a, b in zip(times, times[1:], strict=False)]
        # start-up (imports, the lexicon) hides growth at small n: judge the growth past it
        flag = "" if max(net, default=0.0) <= 2.2 or times[-1] - base < 2.0 else "  <-- over x2.2"
        missed += bool(flag)
        cells = " ".join(f"{t:8.2f}" for t in times)
        shown = " ".join(f"x{r:.2f}" for r in ratios) + "  (" + " ".join(f"x{r:.2f}" for r in net) + ")"
        print(f"{name:18} {args.n:8} {cells}  {shown}{flag}")
    if not args.no_named:
        print(f"\n{'named hostile input':24} {'CPU s':>8}  outcome")
        for name, make_named in NAMED.items():
            if args.only not in name:
                continue
            cpu, outcome = run_once(*make_named(), args.timeout)
            flag = "" if cpu <= 10.0 and not outcome.startswith(">") else "  <-- over 10 s"
            missed += bool(flag)
            print(f"{name:24} {cpu:8.2f}  {outcome}{flag}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
