"""Name swaps: does the ``name`` check find a name the translator changed into another?

Each archival document with a gold file (the fitted part of ``archival-dev``, linked in
``/work/fit``, and ``benchmarks/data/archival-own``) is run through the command a user runs
(``aligner report PAGE`` or ``aligner align RU EN``, in process). The names of its translation
(what :func:`aligner.features.analyse` finds as names in text segments) are then replaced, one
name a sentence, by another name of the same group of ``data/archival_names.txt`` with as many
words, preferably sharing the first letter or a word (a careless translator's slip: "Pak Hon
Yong" for "Pak Chang Ok"), and each variant is run again. A swap is found when a name finding
(minor or more; and separately major or more) holds the changed sentence. Sentences whose bead
already had a name finding before the change are left out. Name findings of the unchanged
documents that point at no name the gold lists are false.

``--off RULE`` turns one matching rule of the name check off (in process), to see which rules
swallow real changes; ``--off all`` runs every rule off in turn and prints one line each.

Run: python benchmarks/name_swaps.py [--off RULE] [--max-per-doc N] [--show]
Prints recall, major recall and false findings per 100 source sentences; no asserts.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import tempfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from rapidfuzz import fuzz

from aligner import cli
from aligner.features import analyse
from aligner.model import Segment, Span
from aligner.translit import name_key

HERE = Path(__file__).resolve().parent
SETS = [Path("/work/fit"), HERE / "data" / "archival-own"]
NAMES = {"target": HERE / "data" / "archival_names.txt", "source": HERE / "data" / "archival_names_ru.txt"}
#: Russian case endings a replacement takes over from the name it replaces (Молотова: Микояна).
CASE_ENDINGS = ("ом", "ем", "ым", "а", "я", "у", "ю", "е")
SEV = {"info": 0, "minor": 1, "major": 2, "critical": 3}


def _groups(side: str) -> dict[str, list[str]]:
    """The replacement list of one side, by group."""
    groups: dict[str, list[str]] = {}
    group = ""
    for line in NAMES[side].read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            group = line[3:].strip()
            groups[group] = []
        elif line.strip() and not line.startswith("#"):
            groups[group].append(line.strip())
    return groups


def _key4(text: str) -> set[str]:
    return {name_key(w)[:4] for w in re.findall(r"[\w'’-]+", text) if name_key(w)}


def _replacement(name: str, groups: dict[str, list[str]], seed: str, source_keys: set[str]) -> str | None:
    """A name of the same group as ``name`` (its closest entry's), with as many words, that no
    word of the source opens like (it must be a real change), picked by a hash of ``seed``."""
    low = name.lower()
    if " " not in name and name.isupper() and len(re.findall("[AEIOUYАЕЁИОУЫЭЮЯ]", name)) <= 1:
        group = "abbreviations"  # USSR, DPRK: another abbreviation, not a person
    else:
        group = max(groups, key=lambda g: max(fuzz.ratio(low, e.lower()) for e in groups[g]))
    n = len(name.split())
    own = _key4(name)
    choices = [
        e
        for e in groups[group]
        if len(e.split()) == n and not (_key4(e) & (own | source_keys)) and e.lower() != low
    ]
    if not choices:
        return None
    near = [e for e in choices if e[0].lower() == low[0] or set(e.lower().split()) & set(low.split())]
    pool = near or choices
    pick = pool[zlib.crc32(seed.encode()) % len(pool)]
    nominative = set(map(str.lower, groups[group]))
    ending = next((e for e in CASE_ENDINGS if low.endswith(e) and low[: -len(e)] not in nominative), "")
    if ending and re.search(r"[бвгдзклмнпрстфхцчшщ]$", pick):
        pick += ending  # a Russian name keeps its case: Молотова for Микояна
    return pick.upper() if name.isupper() else pick


def _run(src: Path, tgt: Path, out: Path) -> dict:
    """The report of the command a user runs, run in this process."""
    argv = ["report", str(src)] if src == tgt else ["align", str(src), str(tgt)]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        cli.main([*argv, "-f", "json", "-o", str(out)])
    return json.loads(out.read_text(encoding="utf-8"))


def _names_of(seg: dict, side: str) -> list[str]:
    text = seg["text"]
    segment = Segment(seg["id"], side, text, Span(0, len(text)), "text", offsets=list(range(len(text))))
    return [m.text for m in analyse(segment, language="en" if side == "target" else "ru").names]


def _beads(report: dict) -> dict[str, dict]:
    return {sid: b for b in report["alignment"] for sid in b["source"] + b["target"]}


def _name_findings(report: dict, least: int = 1) -> list[dict]:
    return [f for f in report["findings"] if f["kind"] == "name" and SEV[f["severity"]] >= least]


def _seg_at(report: dict, side: str, offset: int) -> str | None:
    for s in report[side]["segments"]:
        if s["start"] <= offset < s["end"]:
            return s["id"]
    return None


def _gold_segments(report: dict, gold: dict) -> set[str]:
    """Segments holding a name the gold lists as a real discrepancy (or an acceptable finding)."""
    out = set()
    for key in ("findings_required", "findings_expected", "findings_acceptable"):
        for spec in gold.get(key, []):
            if spec.get("kind") != "name":
                continue
            for side in ("source", "target"):
                if side in spec and (sid := _seg_at(report, side, spec[side]["offset"])):
                    out.add(sid)
    return out


def _document(gold_path: Path, groups: dict[str, list[str]], tmp: Path, cap: int, side: str) -> dict:
    """Swaps, finds and false findings of one document."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    src, tgt = gold_path.parent / gold["source_file"], gold_path.parent / gold["target_file"]
    stem = gold_path.name[: -len(".gold.json")]
    base = _run(src, tgt, tmp / f"{stem}.json")
    beads = _beads(base)
    listed = _gold_segments(base, gold)
    false_minor = false_major = 0
    false_list = []
    for f in _name_findings(base):
        if not set(f["source"] + f["target"]) & listed:
            false_list.append(f"{f['severity']}: {f['message'][:120]}")
            false_minor += 1
            false_major += SEV[f["severity"]] >= 2
    flagged = {sid for f in _name_findings(base) for sid in f["source"] + f["target"]}
    changed = tgt if side == "target" else src
    other = "source" if side == "target" else "target"
    raw = changed.read_text(encoding="utf-8")
    by_id = {s["id"]: s for s in base[other]["segments"]}
    per_segment: list[list[tuple[int, str, str]]] = []
    for seg in base[side]["segments"]:
        bead = beads.get(seg["id"])
        if (
            seg["kind"] != "text"
            or bead is None
            or not bead[other]
            or set(bead["source"] + bead["target"]) & flagged
        ):
            continue
        source_keys = set().union(*(_key4(by_id[s]["text"]) for s in bead[other] if s in by_id))
        swaps = []
        for name in dict.fromkeys(_names_of(seg, side)):
            at = raw.find(name, seg["start"], seg["end"])
            if at >= 0 and re.search(r"\[[^\]]*$", raw[seg["start"] : at]):
                continue  # an editor's gloss in brackets ("FILIPPOV [Stalin]"), not the translator's text
            if at >= 0 and raw[at + len(name) : at + len(name) + 1] in ("'", "’", "-"):
                continue  # a word the name finder cut ("Ch" of "Ch'oe"): no name to swap
            new = _replacement(name, groups, f"{stem}:{seg['id']}:{name}", source_keys) if at >= 0 else None
            if new:
                swaps.append((at, name, new))
        if swaps:
            per_segment.append(swaps)
    row = {"name": stem, "false": false_minor, "false_major": false_major, "swaps": 0, "found": 0, "major": 0}
    row["sentences"] = len(base["source"]["segments"])
    row["missed"], row["false_list"] = [], false_list
    for k in range(cap):
        chosen = sorted(s[k] for s in per_segment if len(s) > k)
        if not chosen:
            break
        text, shift, placed = raw, 0, []
        for at, old, new in chosen:
            text = text[: at + shift] + new + text[at + shift + len(old) :]
            placed.append((at + shift, old, new))
            shift += len(new) - len(old)
        variant = tmp / f"{stem}.v{k}{changed.name[len(stem) :]}"
        variant.write_text(text, encoding="utf-8")
        if src == tgt:
            report = _run(variant, variant, tmp / f"{stem}.v{k}.json")
        elif side == "target":
            report = _run(src, variant, tmp / f"{stem}.v{k}.json")
        else:
            report = _run(variant, tgt, tmp / f"{stem}.v{k}.json")
        findings = _name_findings(report)
        for at, old, new in placed:
            sid = _seg_at(report, side, at)
            hits = [f for f in findings if sid in f[side]]
            row["swaps"] += 1
            row["found"] += bool(hits)
            row["major"] += any(SEV[f["severity"]] >= 2 for f in hits)
            if not any(SEV[f["severity"]] >= 2 for f in hits):
                row["missed"].append(f"{old} -> {new}" + (" (minor)" if hits else ""))
    return row


# Rules that may swallow a real change, each with how to turn it off in this process.
def _rules() -> dict[str, Callable[[], contextlib.AbstractContextManager[None]]]:
    from aligner.checks import name, name_doubt, name_keys, name_text, name_words

    def patch(obj: object, attr: str, value: object) -> Callable[[], contextlib.AbstractContextManager[None]]:
        @contextlib.contextmanager
        def off() -> Iterator[None]:
            old = getattr(obj, attr)
            setattr(obj, attr, value)
            name_words._keys.cache_clear()
            try:
                yield
            finally:
                setattr(obj, attr, old)
                name_words._keys.cache_clear()

        return off

    never = re.compile(r"(?!x)x")
    return {
        "joined": patch(name_words, "_joined_alike", lambda *a: False),
        "short_declined": patch(name_words, "_short_declined", lambda *a: False),
        "orthographies": patch(name_keys, "_orthography_readings", lambda w: []),
        "palladius": patch(name_keys, "_palladius", lambda: ()),
        "bracket_gloss": patch(name_text, "_GLOSS", never),
        "russian_w": patch(name_keys, "_RUSSIAN_W", never),
        "lemmas": patch(name_keys, "_MIN_LEMMA", 99),
        "same_stem_minor": patch(name_doubt, "SHARED_STEM", 99),
        "shortened": patch(name, "_shortened", lambda a, b: False),
        "derived": patch(name_words, "_derived", lambda k, o: False),
        "syllables_agree": patch(name_words, "_syllables_agree", lambda a, b: True),
    }


def _measure(golds: list[Path], cap: int, show: bool, side: str) -> dict:
    groups = _groups(side)
    with tempfile.TemporaryDirectory() as tmp:
        rows = [_document(g, groups, Path(tmp), cap, side) for g in golds]
    total = {
        k: sum(r[k] for r in rows) for k in ("swaps", "found", "major", "false", "false_major", "sentences")
    }
    if show:
        for r in rows:
            print(f"{r['name']}: {r['found']}/{r['swaps']} found, {r['major']} major, {r['false']} false")
            for m in r["missed"]:
                print("    missed", m)
            for m in r["false_list"]:
                print("    false", m)
    return total


def _line(label: str, t: dict) -> str:
    n, s = max(t["swaps"], 1), max(t["sentences"], 1)
    return (
        f"{label:<16} swaps {t['swaps']:>4}  recall {t['found'] / n:.3f}  major recall {t['major'] / n:.3f}  "
        f"false {100 * t['false'] / s:.1f} (major {100 * t['false_major'] / s:.1f}) per 100 sentences ({s})"
    )


def main(argv: list[str] | None = None) -> None:
    """Measure, with every rule on or with the chosen ones off."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--off", action="append", default=[], help="a rule to turn off, or 'all' for each in turn"
    )
    parser.add_argument(
        "--max-per-doc", type=int, default=2, help="variants per document (one name a sentence each)"
    )
    parser.add_argument("--only", default="", help="documents whose name starts with this")
    parser.add_argument("--show", action="store_true", help="each document's missed swaps")
    parser.add_argument("--side", choices=["target", "source"], default="target", help="whose names to swap")
    args = parser.parse_args(argv)
    golds = sorted(g for d in SETS for g in d.glob(f"{args.only}*.gold.json"))
    rules = _rules()
    print(_line("all rules on", _measure(golds, args.max_per_doc, args.show, args.side)))
    for off in list(rules) if args.off == ["all"] else args.off:
        with rules[off]():
            print(_line(f"{off} off", _measure(golds, args.max_per_doc, args.show, args.side)))


if __name__ == "__main__":
    main()
