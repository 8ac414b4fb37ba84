"""The HTML report in a real browser (headless Chromium): the document's markup runs nothing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest

from aligner.render import render
from render_fixtures import hostile_report, small_report

CHROMIUM = "/usr/bin/chromium"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs headless Chromium at /usr/bin/chromium"),
]


def _load(tmp_path: Path, report) -> tuple[lxml.html.HtmlElement, str]:
    page = tmp_path / "report.html"
    page.write_text(render(report, "html"), encoding="utf-8")
    profile = tmp_path / "profile"
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        "--dump-dom",
        page.as_uri(),
    ]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=False)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert done.returncode == 0, done.stderr[-2000:]
    return lxml.html.fromstring(done.stdout), done.stderr


def test_hostile_document_runs_no_script(tmp_path):
    dom, log = _load(tmp_path, hostile_report())
    html = dom.getroottree().getroot()
    # our own (hash-allowed) script ran ...
    assert html.get("data-script") == "on"
    # ... the document's did not: it would set the title and mark the body
    assert not dom.xpath("//title")[0].text.startswith("pwned")
    assert dom.xpath("//body")[0].get("data-pwned") is None
    assert not dom.xpath("//img")
    assert len(dom.xpath("//script")) == 1
    # nothing was blocked: the policy allows exactly the page's own style and script
    assert "Content Security Policy" not in log
    items = dom.xpath("//ol[@class='findings']/li")
    assert len(items) == len(hostile_report().findings)


def test_findings_and_highlights_are_in_the_dom(tmp_path):
    dom, log = _load(tmp_path, small_report())
    assert "Content Security Policy" not in log
    assert len(dom.xpath("//ol[@class='findings']/li")) == 4
    assert [m.text_content() for m in dom.xpath("//tr[@id='b2']//mark")] == ["25-35", "25-30"]
    # every checkbox starts ticked, so the script hid nothing
    assert not dom.xpath("//*[contains(concat(' ', @class, ' '), ' off ')]")
