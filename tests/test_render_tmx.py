"""The TMX 1.4b translation memory: one translation unit per text bead."""

from __future__ import annotations

import pytest
from lxml import etree

from aligner.render import is_text_bead, render
from render_fixtures import FIXTURES, hostile_report, small_report

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _joined(report, ids):
    segs = [report.segment(i) for i in ids]
    return " ".join(" ".join(s.text.split()) for s in segs if s.is_text)


def _expected_pairs(report):
    return [
        (_joined(report, b.source), _joined(report, b.target))
        for b in report.alignment.beads
        if is_text_bead(report, b)
    ]


def _clean(text):
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)


@pytest.mark.parametrize("fixture", sorted(FIXTURES))
def test_tmx_parses_with_one_tu_per_text_bead(fixture):
    report = FIXTURES[fixture]()
    root = etree.fromstring(render(report, "tmx").encode("utf-8"))
    assert root.tag == "tmx"
    assert root.get("version") == "1.4"
    header = root.find("header")
    assert header.get("creationtool") == "aligner"
    assert header.get("creationtoolversion")
    assert header.get("datatype") == "plaintext"
    assert header.get("segtype") == "sentence"
    assert header.get("adminlang") == "en"
    assert header.get("o-tmf") == "aligner"
    assert header.get("srclang") == report.source.language
    tus = root.findall("body/tu")
    pairs = []
    for tu in tus:
        tuvs = tu.findall("tuv")
        assert [t.get(XML_LANG) for t in tuvs] == [report.source.language, report.target.language]
        pairs.append(tuple(t.findtext("seg") for t in tuvs))
    assert pairs == [(_clean(a), _clean(b)) for a, b in _expected_pairs(report)]


def test_small_report_units_and_findings():
    report = small_report()
    root = etree.fromstring(render(report, "tmx").encode("utf-8"))
    tus = root.findall("body/tu")
    assert len(tus) == 3  # the furniture, 1-0 and 0-1 beads are no translation pairs
    assert tus[2].findtext("tuv/seg") == "Генерал-полковнику тов. Сталину. Это необходимо сейчас."
    props = [p.text for p in tus[1].findall("prop") if p.get("type") == "x-aligner-finding"]
    assert props == ["number/critical"]
    assert "25-35" in tus[1].findtext("note")
    # TMX 1.4b: notes and props come before the tuvs
    tags = [child.tag for child in tus[1]]
    assert tags.index("tuv") > max(i for i, t in enumerate(tags) if t in ("note", "prop"))


def test_hostile_text_is_escaped_and_illegal_characters_dropped():
    report = hostile_report()
    out = render(report, "tmx")
    assert "\x1b" not in out
    assert "\x01" not in out
    root = etree.fromstring(out.encode("utf-8"))
    seg = root.find("body/tu/tuv/seg").text
    assert "<script>document.title='pwned'" in seg
    assert "]]>" in seg
    assert "&" in seg


@pytest.mark.parametrize("fixture", ["small", "hostile"])
def test_translate_toolkit_reads_the_same_pairs(fixture):
    tmx = pytest.importorskip("translate.storage.tmx")
    report = FIXTURES[fixture]()
    store = tmx.tmxfile(render(report, "tmx").encode("utf-8"), sourcelanguage="ru", targetlanguage="en")
    pairs = [(u.source, u.target) for u in store.units]
    assert pairs == [(_clean(a), _clean(b)) for a, b in _expected_pairs(report)]
