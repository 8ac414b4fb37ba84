"""Make a PNG of an HTML report with headless Chromium, to look at the page without a desktop.

Usage::

    python tools/screenshot_html.py REPORT OUT.png [--size 1400,2400] [--chromium /usr/bin/chromium]

``REPORT`` is an HTML report, or a JSON report (``aligner report --format json``)
which is rendered to HTML first. Chromium runs headless with networking, sync
and updates off and a throw-away profile, so the page is shown exactly as it
would be offline. Exit status 0 when the PNG was written, 2 otherwise.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def _html_of(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() != ".json":
        return text
    from aligner.render import render
    from aligner.render.json import report_from_json

    return render(report_from_json(text), "html")


def screenshot(html: str, out: Path, *, size: tuple[int, int], chromium: str) -> subprocess.CompletedProcess:
    """Write ``html`` to a temporary file and let Chromium save a screenshot of it to ``out``."""
    with tempfile.TemporaryDirectory(prefix="aligner-shot-") as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        cmd = [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={Path(tmp) / 'profile'}",
            f"--window-size={size[0]},{size[1]}",
            f"--screenshot={out.resolve()}",
            page.as_uri(),
        ]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, take the screenshot, and say where it went."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("report", type=Path, help="an HTML report, or a JSON report to render")
    parser.add_argument("out", type=Path, help="where to write the PNG")
    parser.add_argument("--size", default="1400,2400", help="window width,height in pixels")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args(argv)
    try:
        width, height = (int(v) for v in args.size.split(","))
        html = _html_of(args.report)
    except (ValueError, OSError) as exc:
        sys.stderr.write(f"screenshot_html: {exc}\n")
        return 2
    if not Path(args.chromium).exists():
        sys.stderr.write(f"screenshot_html: no Chromium at {args.chromium}; pass --chromium PATH\n")
        return 2
    done = screenshot(html, args.out, size=(width, height), chromium=args.chromium)
    if done.returncode != 0 or not args.out.exists():
        sys.stderr.write(f"screenshot_html: Chromium failed:\n{done.stderr[-2000:]}\n")
        return 2
    sys.stdout.write(f"{args.out}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
