"""A fuzz campaign: generated hostile cases through the public API and the command line, with counts.

Usage::

    python benchmarks/fuzz_campaign.py --cases 5000            # the campaign of issue 13
    python benchmarks/fuzz_campaign.py --cases 200 --seed 7    # a quick one

Cases come from :func:`aligner.testing.fuzz.fuzz_cases` (pages and pairs, as
text or as bytes in every supported encoding). Each case is checked with
:func:`aligner.check_page` / :func:`aligner.check_texts` (the report's
invariants checked and rendered in every format) and then with the command
line (``aligner.cli.main`` on files holding the same bytes, the JSON report
written to a file). The script counts:

- invariant violations (:class:`~aligner.errors.InvariantError`);
- undocumented exceptions (anything not an :class:`~aligner.errors.AlignerError`,
  and, at the command line, an "internal error" or a message of more than one line);
- unwritable reports (a report accepted but a renderer failed, or no output file);
- disagreements (the library accepts what the command line refuses, or the reverse);
- cases over ``--cpu-limit`` seconds of CPU (10 by default).

The first few failures of each kind are printed with a reproducer file in
``--keep`` (default: a temporary folder). The exit status is 1 when any count
is not zero.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import re
import sys
import tempfile
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from aligner import AlignerError, InvariantError, check_invariants, check_page, check_texts, render
from aligner.cli import main as cli_main
from aligner.render import formats
from aligner.testing.fuzz import FuzzCase, fuzz_cases

_SURROGATE = re.compile("[\ud800-\udfff]")
KINDS = ("invariant", "undocumented", "unwritable", "disagreement", "slow")


class Campaign:
    """The counts of one campaign and the folder its reproducers go to."""

    def __init__(self, keep: Path, cpu_limit: float) -> None:
        self.keep = keep
        self.cpu_limit = cpu_limit
        self.counts: collections.Counter[str] = collections.Counter()
        self.examples: dict[str, list[str]] = collections.defaultdict(list)
        self.cases = 0
        self.outcomes: collections.Counter[str] = collections.Counter()
        self.worst = (0.0, -1)

    def fail(self, kind: str, case: FuzzCase, detail: str) -> None:
        """Count a failure of ``kind`` and keep the case as files for the first few."""
        self.counts[kind] += 1
        if len(self.examples[kind]) < 3:
            stem = self.keep / f"{kind}-{self.cases}"
            _write_case(case, stem)
            self.examples[kind].append(f"{stem}*: {detail.strip().splitlines()[-1][:200]}")

    def run(self, case: FuzzCase) -> None:
        """Run one case through the library and the command line."""
        self.cases += 1
        start = time.process_time()
        accepted = self._library(case)
        self.outcomes["processed" if accepted else "refused" if accepted is False else "failed"] += 1
        cli = self._command_line(case)
        cpu = time.process_time() - start
        if cpu > self.worst[0]:
            self.worst = (cpu, self.cases)
        if cpu > self.cpu_limit:
            self.fail("slow", case, f"{cpu:.1f} s of CPU")
        # a text with lone surrogates reaches the command line as other bytes: not the same input
        same_input = not any(isinstance(v, str) and _SURROGATE.search(v) for v in (case.source, case.target))
        if accepted is not None and cli is not None and accepted != cli and same_input:
            said = "accepts" if accepted else "refuses"
            self.fail("disagreement", case, f"the library {said} what the command line does not")

    def _library(self, case: FuzzCase) -> bool | None:
        try:
            is_page = case.target is None
            report = check_page(case.source) if is_page else check_texts(case.source, case.target or "")
        except InvariantError as exc:
            self.fail("invariant", case, str(exc))
            return None
        except AlignerError:
            return False
        except Exception:  # noqa: BLE001 - counting them is the point
            self.fail("undocumented", case, traceback.format_exc())
            return None
        try:
            check_invariants(report)
        except InvariantError as exc:
            self.fail("invariant", case, str(exc))
        for name in formats():
            try:
                render(report, name).encode("utf-8")
            except Exception:  # noqa: BLE001
                self.fail("unwritable", case, f"{name}: {traceback.format_exc()}")
                break
        return True

    def _command_line(self, case: FuzzCase) -> bool | None:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            paths = _write_case(case, folder / "case")
            out = folder / "report.json"
            command = ["report", paths[0]] if len(paths) == 1 else ["align", *paths]
            err = io.StringIO()
            try:
                with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                    code = cli_main([*command, "-f", "json", "-o", str(out)])
            except BaseException:  # noqa: BLE001 - the command line must not raise at all
                self.fail("undocumented", case, "command line: " + traceback.format_exc())
                return None
            message = err.getvalue().strip()
            if code == 0:
                if not out.exists() or out.stat().st_size == 0:
                    self.fail("unwritable", case, "command line: exit 0 and no report")
                return True
            if "internal error" in message:
                kind = (
                    "invariant"
                    if "please report it" in message and "Invariant" in message
                    else "undocumented"
                )
                self.fail(kind, case, "command line: " + message)
                return None
            if code != 2 or len(message.splitlines()) != 1:
                self.fail("undocumented", case, f"command line: exit {code}: {message!r}")
                return None
            return False


def _write_case(case: FuzzCase, stem: Path) -> list[str]:
    paths = []
    for suffix, value in ((".src.txt", case.source), (".tgt.txt", case.target)):
        if value is None:
            continue
        path = stem.with_name(stem.name + suffix)
        data = value if isinstance(value, bytes) else value.encode("utf-8", errors="surrogatepass")
        path.write_bytes(data)
        paths.append(str(path))
    return paths


def main(argv: list[str] | None = None) -> int:
    """Run the campaign and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=5000, help="how many cases (default 5000)")
    parser.add_argument("--seed", type=int, default=13, help="the random seed (default 13)")
    parser.add_argument("--cpu-limit", type=float, default=10.0, help="CPU seconds a case may take")
    parser.add_argument("--keep", default="", help="folder for the failing cases (default: a temporary one)")
    args = parser.parse_args(argv)
    keep = Path(args.keep or tempfile.mkdtemp(prefix="aligner-fuzz-"))
    keep.mkdir(parents=True, exist_ok=True)
    campaign = Campaign(keep, args.cpu_limit)

    @settings(
        max_examples=args.cases,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(fuzz_cases(), st.randoms())
    def one(case: FuzzCase, _random: object) -> None:
        campaign.run(case)

    start = time.process_time()
    seed(args.seed)(one)()
    cpu = time.process_time() - start
    slowest, at = campaign.worst
    print(f"{campaign.cases} cases in {cpu:.0f} s of CPU (slowest {slowest:.2f} s, case {at})")
    print("  library: " + ", ".join(f"{n} {k}" for k, n in sorted(campaign.outcomes.items())))
    for kind in KINDS:
        print(f"  {kind:14} {campaign.counts[kind]}")
        for line in campaign.examples[kind]:
            print(f"      {line}")
    print(f"failing cases kept in {keep}")
    return 1 if sum(campaign.counts.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
