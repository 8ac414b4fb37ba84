"""No bead runs on across apparatus that opens a new document of the file (a copy's heading after a
sheet mark, a note after its registration number): the second document's first line stands alone."""

from __future__ import annotations

from aligner.config import Config
from aligner.pipeline import check_texts

CHECKS = Config(checks=("omission", "duplicate"))

MEMO = (
    "ЦК КПСС\n\n"
    "Профсоюз горняков Чехословакии в письме от 4 мая просит принять на отдых в санаториях Крыма "
    "120 шахтеров. Отдел считает возможным принять 100 человек в августе.\n\n"
    "Зав. Отделом ЦК КПСС\nП. ОРЛОВ"
)
COPY = (
    "л. 7\n\n"
    "Перевод с чешского\n\n"
    "ЦК КПСС\n\n"
    "Профсоюз горняков просит принять на отдых в санаториях Крыма 120 шахтеров.\n\n"
    "С товарищеским приветом\nЯ. НОВАК"
)
MEMO_EN = (
    "CC CPSU\n\n"
    "In a letter of May 4 the Czechoslovak Miners' Union asks that 120 miners be admitted to rest "
    "in the sanatoria of the Crimea. The Department considers it possible to admit 100 persons in August.\n\n"
    "Head of the Department of the CC CPSU\nP. ORLOV"
)


def _beads(source: str, target: str) -> list[tuple[list[str], list[str]]]:
    report = check_texts(source, target, config=CHECKS)
    text = {s.id: s.text for side in (report.source, report.target) for s in side.segments}
    return [([text[i] for i in b.source], [text[i] for i in b.target]) for b in report.alignment.beads]


def test_the_copy_of_a_letter_after_a_sheet_mark_takes_no_part_of_the_memo_translation() -> None:
    beads = _beads(f"{MEMO}\n\n{COPY}", MEMO_EN)
    (heading,) = [b for b in beads if b[0] == ["ЦК КПСС"] and not b[1]]
    assert heading
    signed = [b for b in beads if any("ОРЛОВ" in s for s in b[0])]
    assert len(signed) == 1
    assert not any("Перевод" in s or s == "л. 7" for s in signed[0][0])


def test_a_draft_before_a_numbered_note_stays_apart_from_the_note() -> None:
    draft = (
        "Проект\n\n"
        "Посольство имеет честь сообщить, что советская сторона согласна принять 30 студентов. "
        "Студенты должны прибыть в Москву к 1 сентября."
    )
    note = (
        "№ 14/н\n\n"
        "Посольство имеет честь сообщить, что советская сторона согласна принять 35 студентов. "
        "Студенты должны прибыть в Москву к 25 августа. "
        "Расходы по проезду несет сторона, направляющая студентов."
    )
    english = (
        "No. 14/n\n\n"
        "The Embassy has the honour to communicate that the Soviet side agrees to admit 35 students. "
        "The students must arrive in Moscow by August 25. The travel costs are borne by the sending side."
    )
    beads = _beads(f"{draft}\n\n{note}", english)
    for src, _tgt in beads:
        assert not (any("к 1 сентября" in s for s in src) and any("№ 14/н" in s or "35" in s for s in src))
