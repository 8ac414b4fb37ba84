"""The self-contained HTML report: structure, highlighting, escaping, and its security policy."""

from __future__ import annotations

import base64
import hashlib

import lxml.html
import pytest

from aligner.render import render, visible
from aligner.render.html import CSS, SCRIPT
from render_fixtures import FIXTURES, HOSTILE_IMG, HOSTILE_SCRIPT, hostile_report, small_report


def _page(report):
    return lxml.html.fromstring(render(report, "html"))


def _sha(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


@pytest.mark.parametrize("fixture", sorted(FIXTURES))
def test_self_contained_with_one_script_and_a_policy(fixture):
    report = FIXTURES[fixture]()
    out = render(report, "html")
    page = lxml.html.fromstring(out)
    scripts = page.xpath("//script")
    assert len(scripts) == 1
    assert scripts[0].text == SCRIPT
    assert not page.xpath("//*[@src]")
    assert not page.xpath("//link")
    assert all(h.startswith("#") for h in page.xpath("//@href"))
    csp = page.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in csp
    assert f"script-src {_sha(SCRIPT)}" in csp
    assert f"style-src {_sha(CSS)}" in csp
    assert page.xpath("//style")[0].text == CSS
    assert not page.xpath("//@style")  # inline style attributes would be blocked by the policy


@pytest.mark.parametrize("fixture", sorted(FIXTURES))
def test_one_anchor_per_bead_and_every_finding_listed(fixture):
    report = FIXTURES[fixture]()
    page = _page(report)
    rows = page.xpath("//tr[contains(@class, 'bead')]")
    assert [r.get("id") for r in rows] == [f"b{i}" for i in range(1, len(report.alignment) + 1)]
    items = page.xpath("//ol[@class='findings']/li")
    assert sorted(li.get("id") for li in items) == sorted(f"f{i}" for i in range(1, len(report.findings) + 1))
    ids = set(page.xpath("//@id"))
    for href in page.xpath("//@href"):
        assert href[1:] in ids, href
    for k, finding in enumerate(report.findings, 1):
        li = page.xpath(f"//li[@id='f{k}']")[0]
        assert li.get("data-kind") == finding.kind
        assert li.get("data-severity") == str(finding.severity)
        assert " ".join(visible(finding.message).split()) in " ".join(li.text_content().split())


def test_findings_link_to_their_beads_and_are_ordered_by_severity():
    page = _page(small_report())
    items = page.xpath("//ol[@class='findings']/li")
    assert [li.get("data-severity") for li in items] == ["critical", "major", "major", "info"]
    assert items[0].xpath(".//a/@href") == ["#b2"]


def test_evidence_is_highlighted_with_severity_colours():
    page = _page(small_report())
    marks = page.xpath("//mark")
    by_text = {m.text_content(): m for m in marks}
    assert by_text["25-35"].get("class") == "sev-critical"
    assert by_text["25-30"].get("class") == "sev-critical"
    assert by_text["Генерал-полковнику"].get("class") == "sev-major"
    assert by_text["Generalissimo"].get("data-kind") == "title"
    assert by_text["25-35"].xpath("ancestor::tr/@id") == ["b2"]


def test_furniture_is_dimmed_and_empty_sides_said():
    page = _page(small_report())
    furniture = page.xpath("//div[contains(@class, 'furniture')]")
    assert [d.get("id") for d in furniture] == ["seg-s5"]
    text = page.xpath("//tr[@id='b5']")[0].text_content()
    assert "no translation" in text
    assert "not in the original" in page.xpath("//tr[@id='b6']")[0].text_content()


def test_filters_cover_every_kind_and_severity():
    page = _page(small_report())
    kinds = page.xpath("//input[@data-filter='kind']/@value")
    sevs = page.xpath("//input[@data-filter='severity']/@value")
    assert sorted(kinds) == ["addition", "number", "omission", "title"]
    assert sevs == ["critical", "major", "info"]


def test_alignment_map_has_a_path_and_a_dot_per_finding():
    page = _page(small_report())
    svg = page.xpath("//svg")[0]
    assert svg.xpath(".//path/@d")[0].startswith("M")
    dots = svg.xpath(".//a[starts-with(@href, '#f')]")
    assert len(dots) == len(small_report().findings)


def test_hostile_text_is_escaped():
    out = render(hostile_report(), "html")
    assert HOSTILE_SCRIPT not in out
    assert HOSTILE_IMG not in out
    assert out.count("<script") == 1
    assert "<img" not in out
    assert "\x1b" not in out
    assert "\u202e" not in out
    page = lxml.html.fromstring(out)
    assert not page.xpath("//img")
    assert not [a for a in page.xpath("//@*/..") for k in a.attrib if k.startswith("on")]
    # the text is there to read, as text
    assert HOSTILE_SCRIPT in page.xpath("//tr[@id='b1']")[0].text_content()
    assert page.xpath("//title")[0].text.startswith("Hostile <script>")
    # a javascript: URL is shown, never linked
    assert "javascript:alert(1)" in page.text_content()
    assert not [h for h in page.xpath("//@href") if "javascript" in h]
