"""XLIFF 2.1 with ITS Localization Quality Issue marks over the evidence."""

from __future__ import annotations

import pytest
from lxml import etree

from aligner.render import render
from aligner.render.xliff import ITS_ISSUE_TYPE, ITS_SEVERITY
from render_fixtures import FIXTURES, hostile_report, small_report

XLF = "urn:oasis:names:tc:xliff:document:2.0"
ITS = "http://www.w3.org/2005/11/its"
NS = {"x": XLF, "its": ITS}


def _parse(report):
    return etree.fromstring(render(report, "xliff").encode("utf-8"))


def _clean(text):
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)


def _flat(el):
    out = []

    def walk(node):
        out.append(node.text or "")
        for child in node:
            out.append(("open", child))
            walk(child)
            out.append(("close", child))
            out.append(child.tail or "")

    walk(el)
    return out


def _marked_text(el, mid):
    """The text an <mrk id=mid> or an <sm id=mid/>…<em startRef=mid/> pair encloses."""
    mrk = el.xpath(f".//x:mrk[@id='{mid}']", namespaces=NS)
    if mrk:
        return "".join(mrk[0].itertext())
    out, inside = [], False
    for item in _flat(el):
        if isinstance(item, str):
            if inside:
                out.append(item)
            continue
        what, node = item
        if what == "open" and node.tag == f"{{{XLF}}}sm" and node.get("id") == mid:
            inside = True
        elif what == "open" and node.tag == f"{{{XLF}}}em" and node.get("startRef") == mid:
            return "".join(out)
    raise AssertionError(f"no end for {mid}")


@pytest.mark.parametrize("fixture", sorted(FIXTURES))
def test_root_namespace_version_languages(fixture):
    report = FIXTURES[fixture]()
    root = _parse(report)
    assert root.tag == f"{{{XLF}}}xliff"
    assert root.get("version") == "2.1"
    assert root.get("srcLang") == report.source.language
    assert root.get("trgLang") == report.target.language
    assert root.get(f"{{{ITS}}}version") == "2.0"
    assert len(root.findall("x:file", NS)) == 1


def test_units_per_text_bead():
    root = _parse(small_report())
    units = root.findall(".//x:unit", NS)
    assert [u.get("id") for u in units] == ["b1", "b2", "b3", "b5", "b6"]  # b4 is furniture
    b3 = units[2]
    assert "".join(b3.find("x:segment/x:source", NS).itertext()) == (
        "Генерал-полковнику тов. Сталину. Это необходимо сейчас."
    )
    # 1-0: no target; 0-1: empty source
    assert units[3].find("x:segment/x:target", NS) is None
    assert (units[4].findtext("x:segment/x:source", namespaces=NS) or "") == ""
    assert "".join(units[4].find("x:segment/x:target", NS).itertext()) == "Translated by the archive."


@pytest.mark.parametrize("fixture", ["small", "hostile"])
def test_every_evidence_span_is_marked_with_its_issue(fixture):
    report = FIXTURES[fixture]()
    root = _parse(report)
    marks = root.xpath(".//x:mrk | .//x:sm", namespaces=NS)
    found = []
    for m in marks:
        owner = m.xpath("ancestor::x:source | ancestor::x:target", namespaces=NS)[0]
        side = "source" if owner.tag.endswith("source") else "target"
        found.append(
            (
                side,
                m.get(f"{{{ITS}}}locQualityIssueType"),
                m.get(f"{{{ITS}}}locQualityIssueSeverity"),
                m.get(f"{{{ITS}}}locQualityIssueComment"),
                _marked_text(owner, m.get("id")),
            )
        )
        assert m.get("type") == "its:generic"
        assert m.get("translate") == "yes"
    expected = []
    for f in report.findings:
        for side, spans in (("source", f.source_evidence), ("target", f.target_evidence)):
            text = report.document.text_of(side)
            for span in spans:
                expected.append(
                    (
                        side,
                        ITS_ISSUE_TYPE.get(f.kind, "other"),
                        str(ITS_SEVERITY[f.severity]),
                        _clean(f.message),
                        _clean(" ".join(span.of(text).split("\n"))),
                    )
                )
    assert sorted(found) == sorted(expected)


def test_number_finding_mark():
    root = _parse(small_report())
    mrk = root.xpath(".//x:unit[@id='b2']/x:segment/x:source/x:mrk", namespaces=NS)[0]
    assert mrk.text == "25-35"
    assert mrk.get(f"{{{ITS}}}locQualityIssueType") == "numbers"
    assert mrk.get(f"{{{ITS}}}locQualityIssueSeverity") == "100"
    notes = root.xpath(".//x:unit[@id='b2']/x:notes/x:note", namespaces=NS)
    assert len(notes) == 1
    assert "25-35" in notes[0].text


def test_crossing_evidence_uses_sm_em_and_stays_well_formed():
    out = render(hostile_report(), "xliff")
    root = etree.fromstring(out.encode("utf-8"))
    assert root.xpath(".//x:sm", namespaces=NS)
    assert "\x1b" not in out
    assert "\x01" not in out
    source = root.xpath(".//x:unit[@id='b1']/x:segment/x:source", namespaces=NS)[0]
    assert "".join(source.itertext()).startswith("Донесение <script>document.title='pwned'")
