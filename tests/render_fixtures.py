"""Hand-built reports for the renderer tests, and a hypothesis strategy of random reports.

``small_report()`` is an archive page in miniature (one file holding the metadata
header, the Russian original and the English translation): a furniture line,
1-1, 2-1, 1-0 and 0-1 beads, a number finding and a title finding with evidence,
a hyphenated word whose normalised text differs from the original.
``hostile_report()`` is two separate texts full of markup, entities, CDATA ends,
control characters, table pipes, quotes, bidi controls and a spreadsheet formula.
"""

from __future__ import annotations

from hypothesis import strategies as st

from aligner.model import (
    SOURCE,
    TARGET,
    Alignment,
    Bead,
    Document,
    Finding,
    Metadata,
    Report,
    Segment,
    Side,
    Span,
)


def make_segment(text: str, side: str, sid: str, start: int, end: int, kind: str = "text") -> Segment:
    """A segment over ``text[start:end]``: line-end hyphenation undone, line breaks as spaces."""
    raw = text[start:end]
    chars: list[str] = []
    offsets: list[int] = []
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == "-" and raw[i + 1 : i + 2] == "\n" and raw[i + 2 : i + 3].islower():
            i += 2
            continue
        chars.append(" " if ch == "\n" else ch)
        offsets.append(start + i)
        i += 1
    return Segment(
        sid,
        side,
        "".join(chars),
        Span(start, end),
        kind,
        offsets=tuple(offsets),
        rule=f"rule-{sid}",
    )


def span_of(text: str, needle: str, after: int = 0) -> Span:
    """The span of the first ``needle`` in ``text`` at or after ``after``."""
    start = text.index(needle, after)
    return Span(start, start + len(needle))


def _segments(text: str, side: str, pieces: list[tuple[str, str, str]], after: int) -> tuple[Segment, ...]:
    out = []
    for sid, piece, kind in pieces:
        sp = span_of(text, piece, after)
        out.append(make_segment(text, side, sid, sp.start, sp.end, kind))
        after = sp.end
    return tuple(out)


SMALL_TEXT = (
    "## July 8, 1950\n"
    "\n"
    "СЕКРЕТНО\n"
    "\n"
    "Прошу разрешить использование 25-35 советских\n"
    "военных советников.\n"
    "Генерал-полковнику тов. Сталину.\n"
    "Это нео-\n"
    "бходимо сейчас.\n"
    "\n"
    "Лист № 2\n"
    "\n"
    "Преданный Вам Ким Ир Сен.\n"
    "\n"
    "CLASSIFIED\n"
    "\n"
    "Please allow the use of 25-30 Soviet military advisors.\n"
    "To Generalissimo Comrade Stalin, this is necessary now.\n"
    "Translated by the archive.\n"
)


def small_report() -> Report:
    """A miniature archive page with every bead shape and two findings with evidence."""
    text = SMALL_TEXT
    split = text.index("CLASSIFIED")
    source = _segments(
        text,
        SOURCE,
        [
            ("s1", "СЕКРЕТНО", "heading"),
            ("s2", "Прошу разрешить использование 25-35 советских\nвоенных советников.", "text"),
            ("s3", "Генерал-полковнику тов. Сталину.", "text"),
            ("s4", "Это нео-\nбходимо сейчас.", "text"),
            ("s5", "Лист № 2", "furniture"),
            ("s6", "Преданный Вам Ким Ир Сен.", "text"),
        ],
        0,
    )
    target = _segments(
        text,
        TARGET,
        [
            ("t1", "CLASSIFIED", "heading"),
            ("t2", "Please allow the use of 25-30 Soviet military advisors.", "text"),
            ("t3", "To Generalissimo Comrade Stalin, this is necessary now.", "text"),
            ("t4", "Translated by the archive.", "text"),
        ],
        split,
    )
    header = (make_segment(text, SOURCE, "h1", 0, len("## July 8, 1950"), "heading"),)
    document = Document(
        source_text=text,
        target_text=text,
        source_span=Span(source[0].span.start, target[0].span.start),
        target_span=Span(target[0].span.start, len(text)),
        path="seeds/example.txt",
        metadata=Metadata(
            title="Handwritten Letter, Kim Il Sung to Joseph Stalin",
            date="1950-07-08",
            url="https://example.org/document/1",
            citation="Letter, July 8, 1950",
            archive="Example Archive",
            translator="A. Translator",
            original_language="Russian",
            contents=("Original Scan", "Translation - English"),
        ),
        header=header,
    )
    beads = (
        Bead(("s1",), ("t1",), 0.97, rule="shape 1-1"),
        Bead(("s2",), ("t2",), 0.91, rule="shape 1-1"),
        Bead(("s3", "s4"), ("t3",), 0.74, rule="shape 2-1"),
        Bead(("s5",), (), 0.0, rule="furniture"),
        Bead(("s6",), (), 0.1, rule="shape 1-0"),
        Bead((), ("t4",), 0.1, rule="shape 0-1"),
    )
    findings = (
        Finding(
            kind="number",
            severity="critical",
            source=("s2",),
            target=("t2",),
            source_evidence=(span_of(text, "25-35"),),
            target_evidence=(span_of(text, "25-30"),),
            message="The original gives 25-35 advisors; the translation gives 25-30.",
            rule="numbers-differ",
        ),
        Finding(
            kind="title",
            severity="major",
            source=("s3",),
            target=("t3",),
            source_evidence=(span_of(text, "Генерал-полковнику"),),
            target_evidence=(span_of(text, "Generalissimo"),),
            message="The original says Colonel General (Генерал-полковник); "
            "the translation says Generalissimo.",
            rule="rank-differs",
        ),
        Finding(
            kind="omission",
            severity="major",
            source=("s6",),
            source_evidence=(source[5].span,),
            message="This sentence of the original has no translation.",
            rule="unaligned-source",
        ),
        Finding(
            kind="addition",
            severity="info",
            target=("t4",),
            target_evidence=(target[3].span,),
            message="The translation adds a note that is not in the original.",
            rule="unaligned-target",
        ),
    )
    return Report(
        document=document,
        source=Side(SOURCE, "ru", source),
        target=Side(TARGET, "en", target),
        alignment=Alignment(beads, "scorer:test"),
        findings=findings,
        signature="seg:ru-1|v:test",
    )


HOSTILE_SCRIPT = "<script>document.title='pwned';document.body.setAttribute('data-pwned','1')</script>"
HOSTILE_IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"

HOSTILE_SOURCE = (
    f"Донесение {HOSTILE_SCRIPT} о 5 | 6 бригадах & ]]> \"кавычки\" 'да'.\n"
    f"Второе: \x01\x1b[31mКРАСНЫЙ\x1b[0m {HOSTILE_IMG} \u202eтекст\u202c \u200fконец.\n"
    '=HYPERLINK("http://evil.invalid","click")\n'
)
HOSTILE_TARGET = (
    f"Report {HOSTILE_SCRIPT} on 5 | 7 brigades & ]]> \"quotes\" 'yes'.\n"
    f"Second: \x01\x1b[31mRED\x1b[0m {HOSTILE_IMG} \u202etext\u202c \u200fend.\n"
)


def hostile_report() -> Report:
    """Two plain texts full of markup, control characters, pipes, quotes and bidi controls."""
    src, tgt = HOSTILE_SOURCE, HOSTILE_TARGET
    s_lines = src.split("\n")[:3]
    t_lines = tgt.split("\n")[:2]
    source = _segments(
        src,
        SOURCE,
        [("s1", s_lines[0], "text"), ("s2", s_lines[1], "text"), ("s3", s_lines[2], "furniture")],
        0,
    )
    target = _segments(tgt, TARGET, [("t1", t_lines[0], "text"), ("t2", t_lines[1], "text")], 0)
    document = Document(
        source_text=src,
        target_text=tgt,
        source_span=Span(0, len(src)),
        target_span=Span(0, len(tgt)),
        path="<b>source</b>.txt",
        target_path='target|"x".txt',
        metadata=Metadata(
            title=f"Hostile {HOSTILE_SCRIPT} & title | pipe",
            url="javascript:alert(1)",
            summary=HOSTILE_IMG,
        ),
    )
    beads = (
        Bead(("s1",), ("t1",), 0.8),
        Bead(("s2",), ("t2",), 0.7),
        Bead(("s3",), (), 0.0),
    )
    findings = (
        Finding(
            kind="number",
            severity="critical",
            source=("s1",),
            target=("t1",),
            source_evidence=(span_of(src, "5 | 6"),),
            target_evidence=(span_of(tgt, "5 | 7"),),
            message=f"=The original | says {HOSTILE_SCRIPT} 6;\nthe translation says 7 & ]]>",
        ),
        Finding(
            kind="ocr",
            severity="minor",
            source=("s2",),
            target=("t2",),
            source_evidence=(span_of(src, "\x1b[31mКРАСНЫЙ"), span_of(src, HOSTILE_IMG)),
            target_evidence=(span_of(tgt, HOSTILE_IMG),),
            message=f"Odd characters \x01 {HOSTILE_IMG} \u202e here",
        ),
        Finding(
            kind="<script>x</script>",
            severity="info",
            source=("s1",),
            target=("t1",),
            # overlaps the first finding's evidence without containing it
            source_evidence=(span_of(src, "6 бригадах"), span_of(src, HOSTILE_SCRIPT)),
            target_evidence=(span_of(tgt, "| 7 brigades"),),
            message="Overlapping evidence with \"quotes\" and 'apostrophes'.",
        ),
    )
    return Report(
        document=document,
        source=Side(SOURCE, "ru", source),
        target=Side(TARGET, "en", target),
        alignment=Alignment(beads),
        findings=findings,
    )


def empty_report() -> Report:
    """A report of two empty sides: nothing aligned, nothing found."""
    document = Document(source_text="", target_text="", source_span=Span(0, 0), target_span=Span(0, 0))
    return Report(
        document=document,
        source=Side(SOURCE, "ru", ()),
        target=Side(TARGET, "en", ()),
        alignment=Alignment(()),
        findings=(),
    )


FIXTURES = {"small": small_report, "hostile": hostile_report, "empty": empty_report}

# ---------------------------------------------------------------- hypothesis

_KINDS = ("text", "heading", "furniture", "editorial")
_SEVERITIES = ("critical", "major", "minor", "info")
_piece = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\n"), min_size=1, max_size=12)


@st.composite
def reports(draw: st.DrawFn) -> Report:
    """Random reports over two random texts: segments, covering beads, findings with evidence.

    Segments are consecutive lines whose normalised text is the raw line (some
    with a hyphenation dropped); shrinks towards fewer, shorter segments and no
    findings.
    """
    sides = {}
    texts = {}
    for name, prefix in ((SOURCE, "s"), (TARGET, "t")):
        lines = draw(st.lists(_piece, min_size=0, max_size=5))
        text = "\n".join(lines)
        segs = []
        at = 0
        for k, line in enumerate(lines):
            seg = make_segment(
                text, name, f"{prefix}{k + 1}", at, at + len(line), draw(st.sampled_from(_KINDS))
            )
            if draw(st.booleans()) and len(seg.text) > 2:
                # drop one character from the normalised text, as de-hyphenation does
                cut = draw(st.integers(1, len(seg.text) - 2))
                seg = Segment(
                    seg.id,
                    name,
                    seg.text[:cut] + seg.text[cut + 1 :],
                    seg.span,
                    seg.kind,
                    offsets=seg.offsets[:cut] + seg.offsets[cut + 1 :],
                    rule=draw(_piece),
                )
            segs.append(seg)
            at += len(line) + 1
        sides[name] = tuple(segs)
        texts[name] = text
    # beads: walk both sides, taking 0-2 segments from each (never 0-0)
    beads = []
    i = j = 0
    src, tgt = sides[SOURCE], sides[TARGET]
    while i < len(src) or j < len(tgt):
        a = draw(st.integers(0, min(2, len(src) - i)))
        b = draw(st.integers(0 if a else 1, min(2, len(tgt) - j))) if j < len(tgt) else 0
        if a == 0 and b == 0:
            a = 1
        score = draw(st.floats(0, 1, allow_nan=False))
        beads.append(Bead(tuple(s.id for s in src[i : i + a]), tuple(t.id for t in tgt[j : j + b]), score))
        i, j = i + a, j + b
    findings = []
    for _ in range(draw(st.integers(0, 3))):
        ev = {}
        ids = {}
        for name in (SOURCE, TARGET):
            segs = sides[name]
            if segs and draw(st.booleans()):
                seg = draw(st.sampled_from(segs))
                start = draw(st.integers(seg.span.start, seg.span.end))
                end = draw(st.integers(start, seg.span.end))
                ev[name] = (Span(start, end),)
                ids[name] = (seg.id,)
        findings.append(
            Finding(
                kind=draw(st.sampled_from(("number", "date", "name", "title", "term", "omission", "ocr"))),
                severity=draw(st.sampled_from(_SEVERITIES)),
                source=ids.get(SOURCE, ()),
                target=ids.get(TARGET, ()),
                source_evidence=ev.get(SOURCE, ()),
                target_evidence=ev.get(TARGET, ()),
                message=draw(st.text(max_size=30)),
                rule=draw(st.text(max_size=8)),
            )
        )
    document = Document(
        source_text=texts[SOURCE],
        target_text=texts[TARGET],
        source_span=Span(0, len(texts[SOURCE])),
        target_span=Span(0, len(texts[TARGET])),
        path=draw(st.text(max_size=10)),
        metadata=Metadata(title=draw(st.text(max_size=10)), date=draw(st.text(max_size=10))),
    )
    return Report(
        document=document,
        source=Side(SOURCE, "ru", sides[SOURCE]),
        target=Side(TARGET, "en", sides[TARGET]),
        alignment=Alignment(tuple(beads)),
        findings=tuple(findings),
        signature=draw(st.text(max_size=10)),
    )
