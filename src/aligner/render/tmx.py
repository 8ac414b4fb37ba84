"""The alignment as a translation memory: TMX 1.4b.

One ``<tu>`` per bead that links translated text on both sides (page
furniture, editorial notes, 1-0 and 0-1 beads are left out: they are no
translation pairs). Several segments on one side are joined with a space. The
bead's findings ride along as ``<note>`` (the message) and
``<prop type="x-aligner-finding">`` (``kind/severity``). The header names
aligner as the creation tool, ``datatype="plaintext"``, ``segtype="sentence"``
and the source language as ``srclang``. No creation date is written, so the same
report always gives the same file. Built with ``xml.etree.ElementTree``, which
escapes ``&``, ``<``, ``>`` and quotes; characters XML 1.0 cannot hold at all
(most C0 controls) are dropped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..model import Report, Segment
from . import bead_segments, findings_by_bead, is_text_bead, segment_index, xml_safe

__all__ = ["render_tmx", "XML_LANG"]

#: The ``xml:lang`` attribute as ElementTree spells it.
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _joined(segments: tuple[Segment, ...]) -> str:
    return " ".join(" ".join(s.text.split()) for s in segments if s.is_text)


def render_tmx(report: Report, *, explain: bool = False) -> str:
    """The text beads as TMX 1.4b translation units, findings as notes and props."""
    from .. import __version__

    root = ET.Element("tmx", version="1.4")
    ET.SubElement(
        root,
        "header",
        {
            "creationtool": "aligner",
            "creationtoolversion": __version__,
            "datatype": "plaintext",
            "segtype": "sentence",
            "adminlang": "en",
            "srclang": report.source.language,
            "o-tmf": "aligner",
        },
    )
    body = ET.SubElement(root, "body")
    per_bead = findings_by_bead(report)
    seg_index = segment_index(report)
    for i, bead in enumerate(report.alignment.beads):
        if not is_text_bead(report, bead, index=seg_index):
            continue
        src, tgt = bead_segments(report, bead, index=seg_index)
        tu = ET.SubElement(body, "tu", tuid=f"b{i + 1}")
        for fi in per_bead.get(i, ()):
            f = report.findings[fi]
            prop = ET.SubElement(tu, "prop", type="x-aligner-finding")
            prop.text = xml_safe(f"{f.kind}/{f.severity}")
            note = ET.SubElement(tu, "note")
            note.text = xml_safe(f.message)
        if explain and bead.rule:
            prop = ET.SubElement(tu, "prop", type="x-aligner-rule")
            prop.text = xml_safe(bead.rule)
        prop = ET.SubElement(tu, "prop", type="x-aligner-segments")
        prop.text = xml_safe(" ".join(bead.source) + " | " + " ".join(bead.target))
        for lang, segs in ((report.source.language, src), (report.target.language, tgt)):
            tuv = ET.SubElement(tu, "tuv", {XML_LANG: lang})
            seg = ET.SubElement(tuv, "seg")
            seg.text = xml_safe(_joined(segs))
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
