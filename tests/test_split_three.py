"""Sentences a translator splits in three or joins from three: 1-3 and 3-1 beads, as a user sees them."""

from __future__ import annotations

from hypothesis import assume, given, settings

from aligner.config import Config
from aligner.pipeline import check_texts
from aligner.testing import ParallelDocument, parallel_documents

CHECKS = Config(checks=("omission", "addition"))

SOURCE = (
    "Комиссия закончила осмотр моста 3 апреля. "
    "Ремонт начат. Рабочих не хватает. Цемента нет. "
    "Инженер доложил, что опоры моста повреждены ледоходом, что два пролета требуют замены, "
    "и предложил закрыть движение поездов на месяц. "
    "Прошу срочно выслать бригаду из Киева."
)
TARGET = (
    "The commission finished its inspection of the bridge on April 3. "
    "Repairs have begun, but there are not enough workers and no cement. "
    "The engineer reported that the piers of the bridge have been damaged by the ice drift. "
    "He said two spans need replacing. "
    "He proposed closing train traffic for a month. "
    "Please send a team from Kiev urgently."
)


def shapes(source: str, target: str) -> list[str]:
    report = check_texts(source, target, config=CHECKS)
    return [f"{len(b.source)}-{len(b.target)}" for b in report.alignment.beads]


def test_three_sentences_joined_beside_one_split_in_three_are_a_3_1_and_a_1_3_bead() -> None:
    # two sentences a side at most read this as 2-1 and 2-3, a sentence in the wrong bead
    assert shapes(SOURCE, TARGET) == ["1-1", "3-1", "1-3", "1-1"]


def test_a_legitimate_split_and_join_give_no_omission() -> None:
    report = check_texts(SOURCE, TARGET, config=CHECKS)
    assert [f.rule for f in report.findings if f.kind == "omission"] == []
    assert [f.rule for f in report.findings if f.severity.value in ("major", "critical")] == []


def test_a_clause_dropped_inside_a_sentence_split_in_three_is_a_major_omission() -> None:
    dropped = "что в 40 метрах ниже по течению размыт берег, "
    source = SOURCE.replace("требуют замены, ", "требуют замены, " + dropped)
    report = check_texts(source, TARGET, config=CHECKS)
    at = source.index(dropped)
    found = [
        f
        for f in report.findings
        if f.kind == "omission" and any(e.start < at + len(dropped) and at < e.end for e in f.source_evidence)
    ]
    assert [f.severity.value for f in found] == ["major"]
    assert shapes(source, TARGET) == ["1-1", "3-1", "1-3", "1-1"]


def test_a_sentence_dropped_right_after_three_joined_is_not_swallowed_by_their_bead() -> None:
    dropped = "Десять вагонов леса сгорели 1 апреля. "
    source = SOURCE.replace("Цемента нет. ", "Цемента нет. " + dropped)
    report = check_texts(source, TARGET, config=CHECKS)
    assert shapes(source, TARGET) == ["1-1", "3-1", "1-0", "1-3", "1-1"]
    lone = [f for f in report.findings if f.kind == "omission" and f.severity.value == "major"]
    assert [source[e.start : e.end].strip() for f in lone for e in f.source_evidence] == [dropped.strip()]


JOINED = (
    "Комиссия закончила осмотр завода 3 апреля. Завод просит оставить на месте советских инструкторов. "
    "{middle} Срок их работы директор предложил ограничить одним годом. Прошу дать согласие."
)


def test_a_joined_sentence_in_words_the_lexicon_does_not_link_is_no_more_than_a_note() -> None:
    source = JOINED.format(middle="Речь идет прежде всего о сварщиках и машинистах депо.")
    target = (
        "The commission finished its inspection of the plant on April 3. "
        "The plant asks that the Soviet instructors stay, above all the welders and depot drivers, "
        "for a term the director proposed to limit to one year. I ask for your consent."
    )
    assert shapes(source, target) == ["1-1", "3-1", "1-1"]
    report = check_texts(source, target, config=CHECKS)
    assert {f.severity.value for f in report.findings} <= {"info"}


def test_a_sentence_left_out_between_two_joined_ones_is_still_a_major_omission() -> None:
    middle = "Склад готовой продукции сгорел вместе с документацией."
    source = JOINED.format(middle=middle)
    target = (
        "The commission finished its inspection of the plant on April 3. "
        "The plant asks that the Soviet instructors stay, "
        "for a term the director proposed to limit to one year. I ask for your consent."
    )
    report = check_texts(source, target, config=CHECKS)
    major = [f for f in report.findings if f.kind == "omission" and f.severity.value == "major"]
    assert [source[e.start : e.end] for f in major for e in f.source_evidence] == [middle]


@settings(max_examples=25, deadline=None)
@given(parallel_documents(min_beads=2, max_beads=5, shapes=("1-1", "1-3", "3-1"), paragraphs=False))
def test_generated_splits_in_three_are_read_as_their_gold_beads_with_no_major_finding(
    doc: ParallelDocument,
) -> None:
    # wide beads side by side included (a 1-3 then a 3-1): their one-sentence parts meet in a 1-1
    # reading that shares a colon at most, which costs it the unrelated pair's penalty. Left out, a
    # known limit (docs/ARCHITECTURE.md): a formula the templates repeat on one side («Ключевое слово —
    # «снег». Ключевое слово — «долго»») and one date or name given twice, for which of the repeats
    # belongs to which wide bead is then told by a word or two alone.
    openings = [tuple(sentence.split()[:2]) for sentence in doc.source_sentences]
    assume(len(set(openings)) == len(openings))
    facts = [(f.kind, str(f.value)) for f in doc.facts if f.kind in ("date", "name")]
    assume(len(set(facts)) == len(facts))
    report = check_texts(doc.source, doc.target, config=CHECKS)
    assert [(len(b.source), len(b.target)) for b in report.alignment.beads] == [
        (len(s), len(t)) for s, t in doc.beads
    ]
    assert [f.message for f in report.findings if f.severity.value in ("major", "critical")] == []


SIDE_BY_SIDE_SOURCE = (
    "Комиссия закончила осмотр депо 5 мая. "
    "Доля расходов: 124,1 процента; прибыло дивизий — две тысячи сорок; подпись: ФЕДОТОВ. "
    "Документ упоминает: Копылов. Число советников: 2 756. "
    "Капитан третьего ранга утвердил приказ 19 января 1812 года. "
    "Прошу дать указания."
)
SIDE_BY_SIDE_TARGET = (
    "The commission finished its inspection of the depot on May 5. "
    "Share of expenses: 124.1 percent. Divisions arrived: two thousand and forty. Signature: FEDOTOV. "
    "The document mentions: Kopylov; number of advisors: 2,756; "
    "the Captain Third Rank approved the order on January 19, 1812. "
    "Please give instructions."
)


def test_a_sentence_split_in_three_right_before_three_joined_is_a_1_3_and_a_3_1_bead() -> None:
    # the last part of the split and the first of the joined share a colon and nothing else:
    # read as 1-2, 1-1 and 2-1 before, one sentence in the wrong bead on each side
    assert shapes(SIDE_BY_SIDE_SOURCE, SIDE_BY_SIDE_TARGET) == ["1-1", "1-3", "3-1", "1-1"]


def test_a_clause_with_a_year_dropped_inside_a_sentence_split_in_three_is_a_major_omission() -> None:
    # "every year" in the translation once made the clause's «года» read as a period the
    # translation gives in other units, and the clause was let go
    source = (
        "Посол принял меня в 11 часов. "
        "Министр сообщил, что рыбаки артели ежегодно выходят на лов в этот залив, что местные власти "
        "с 1954 года этому не препятствовали, и просил выдать артели разрешение на 2 месяца. "
        "Беседа продолжалась 40 минут."
    )
    target = (
        "The ambassador received me at 11 o'clock. "
        "The minister said that the fishermen of the cooperative go out to fish in this bay every year. "
        "He asked that the cooperative be given a permit. "
        "The permit would be for 2 months. "
        "The conversation lasted 40 minutes."
    )
    assert shapes(source, target) == ["1-1", "1-3", "1-1"]
    report = check_texts(source, target, config=CHECKS)
    dropped = "что местные власти с 1954 года этому не препятствовали,"
    at = source.index(dropped)
    found = [
        f.severity.value
        for f in report.findings
        if f.kind == "omission" and any(e.start <= at < e.end for e in f.source_evidence)
    ]
    assert found == ["major"]
