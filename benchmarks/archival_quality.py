"""Archival quality: the tool on the archival-dev corpus, scored by the shared gold checker.

Every document of ``shared/data/archival-dev`` (two-file pairs and archive pages, each with an exhaustive
gold file) is run through the command a user runs (``aligner report PAGE`` or ``aligner align RU EN``, JSON),
and ``shared/tools/check_gold.py`` scores the report against the gold. The corpus is cut in two by the fixed
rule of ``corpus_split.py``: a third of the documents is held back. Rules are fitted on the other part only;
the held-back figures are the ones to quote.

For each part it prints, per finding kind, the recall of required findings and the precision of major and
critical findings, then the pooled figures of the shared scorer: links held, required found, false major+ per
100 source segments, major+ precision, pairs meeting every must of their gold, pages read.

Run: python benchmarks/archival_quality.py [--data DIR] [--tools DIR] [--jobs N] [--show]
(``--show`` prints each document's problems as check_gold.py gives them). Prints a table; no asserts.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from corpus_split import part_of

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEVERE = ("major", "critical")
LAST = re.compile(r"(\w[\w +]*?) (\d+)(?:/(\d+))?")
FALSE = re.compile(r"^ x false (\w+)/")
MISSING = re.compile(r"^ - missing (\w+) finding")


def _score(gold_path: Path, tools: Path, out_dir: Path) -> dict:
    """Run the aligner on one gold document and score it; a dict of what the tables need."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    name = gold_path.name[: -len(".gold.json")]
    src, tgt = gold_path.parent / gold["source_file"], gold_path.parent / gold["target_file"]
    out = out_dir / f"{name}.json"
    cmd = ["aligner", "report", str(src)] if src == tgt else ["aligner", "align", str(src), str(tgt)]
    run = subprocess.run([*cmd, "-f", "json", "-o", str(out)], capture_output=True, text=True, check=False)
    row: dict = {"name": name, "page": src == tgt, "required": Counter(), "missed": Counter()}
    for spec in gold.get("findings_required", []):
        row["required"][spec["kind"]] += 1
    if run.returncode not in (0, 1):
        row["failed"] = run.stderr.strip().splitlines()[-1:] or [f"exit {run.returncode}"]
        return row
    check = subprocess.run(
        [sys.executable, str(tools / "check_gold.py"), str(out), str(gold_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = check.stdout.rstrip().splitlines()
    row["ok"] = check.returncode == 0
    row["problems"] = lines[:-1]
    row["figures"] = {k.strip(): (int(a), int(b) if b else None) for k, a, b in LAST.findall(lines[-1])}
    report = json.loads(out.read_text(encoding="utf-8"))
    row["majors"] = Counter(f["kind"] for f in report["findings"] if f["severity"] in SEVERE)
    row["false"] = Counter(m.group(1) for line in lines if (m := FALSE.match(line)))
    row["missed"] = Counter(m.group(1) for line in lines if (m := MISSING.match(line)))
    return row


def _table(part: str, rows: list[dict]) -> None:
    """Print one part's per-kind table and pooled line."""
    ran = [r for r in rows if "figures" in r]
    required, missed, majors, false = Counter(), Counter(), Counter(), Counter()
    for r in rows:
        required += r["required"]
        missed += r["missed"]
        majors += r.get("majors", Counter())
        false += r.get("false", Counter())
    print(f"\n## {part}: {len(rows)} documents ({', '.join(r['name'][:3] for r in rows)})")
    print(f"{'kind':<10} {'required found':>15} {'major+':>7} {'false':>6} {'precision':>10}")
    for kind in sorted(set(required) | set(majors)):
        found = required[kind] - missed[kind]
        prec = (majors[kind] - false[kind]) / majors[kind] if majors[kind] else 1.0
        print(f"{kind:<10} {found:>7}/{required[kind]:<7} {majors[kind]:>7} {false[kind]:>6} {prec:>10.2f}")

    def total(key: str, i: int = 0) -> int:
        return sum(r["figures"][key][i] or 0 for r in ran)

    segs = max(total("source segments"), 1)
    n_major, n_false = total("major+"), total("false major+")
    pages = [r for r in rows if r["page"]]
    links, links_n = total("links"), total("links", 1)
    print(
        f"pooled: links {links}/{links_n} = {links / max(links_n, 1):.3f}; "
        f"required {total('required')}/{total('required', 1)} = "
        f"{total('required') / max(total('required', 1), 1):.3f}; "
        f"false major+ {n_false} = {100 * n_false / segs:.1f} per 100 source segments ({segs}); "
        f"major+ precision {(n_major - n_false) / n_major if n_major else 1.0:.2f} ({n_major}); "
        f"pairs ok {sum(r['ok'] for r in ran)}/{len(rows)}; "
        f"pages read {sum('figures' in r for r in pages)}/{len(pages)}"
    )
    for r in rows:
        if "failed" in r:
            print(f"  {r['name']}: not read: {r['failed'][0]}")


def main(argv: list[str] | None = None) -> None:
    """Run both parts of the corpus and print their tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED / "data" / "archival-dev")
    parser.add_argument("--tools", type=Path, default=SHARED / "tools")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--part", choices=["fit", "held", "both"], default="both")
    parser.add_argument("--show", action="store_true", help="print each document's problems")
    args = parser.parse_args(argv)
    golds = sorted(args.data.glob("*.gold.json"))
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(args.jobs) as pool:
        rows = list(pool.map(lambda g: _score(g, args.tools, Path(tmp)), golds))
    for part in ("fit", "held"):
        if args.part not in (part, "both"):
            continue
        chosen = [r for r in rows if part_of(r["name"], 3) == part]
        if args.show:
            for r in chosen:
                print(f"{r['name']}: {'ok' if r.get('ok') else 'NOT ok'}")
                for line in r.get("problems", []):
                    print("   ", line[:160])
        _table("held back (report these)" if part == "held" else "fitted on", chosen)


if __name__ == "__main__":
    main()
