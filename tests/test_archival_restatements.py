"""Restatements a translator makes that are no discrepancy, and the alignment around them (invented
documents): a footnote mark glued after capitals, a sentence left out before one split in two, a
number in words across a split, a telegram's place line, one week as seven days, a ministry's compound
abbreviation in a case form spelt out."""

from __future__ import annotations

from aligner import check_texts
from aligner.align import align
from aligner.checks.name import check_name
from aligner.checks.number import check_number
from aligner.config import Config
from aligner.model import Severity, Span
from aligner.segment import segment_side
from check_helpers import context


def _numbers(ru: str, en: str):
    return list(check_number(context([(ru, en)]), config=Config()))


def _major(report, kind: str | None = None):
    return [
        f
        for f in report.findings
        if f.severity in (Severity.MAJOR, Severity.CRITICAL) and (kind is None or f.kind == kind)
    ]


def test_a_footnote_mark_after_an_abbreviation_in_capitals_is_no_number():
    ru = "Груз был задержан на таможне ГДР."
    en = "The cargo was held at the customs of the GDR.2 The railway was informed."
    assert _numbers(ru, en) == []


def test_a_figure_after_capitals_that_goes_on_in_lower_case_is_still_a_number():
    ru = "Груз был задержан на таможне ГДР."
    en = "The cargo was held at the customs of the GDR.12 wagons were sent back."
    assert [f.kind for f in _numbers(ru, en)] == ["number"]


_RU_LEFT_OUT = (
    "Министерство сообщает Торгпредству, что партия станков задержана на границе. "
    "Торгпредству будет направлена копия заключения таможни.\n\n"
    "Министерство не может принять претензию Торгпредства, поскольку по акту приемки от 12 мая "
    "все 14 ящиков были целы.\n"
)
_EN_SPLIT = (
    "The Ministry informs the Trade Mission that the consignment of machine tools is held up at the "
    "frontier.\n\n"
    "The Ministry cannot accept the Trade Mission's claim. According to the acceptance report of "
    "May 12, all 14 crates were intact.\n"
)


class _NearTie:
    """A scorer under which leaving out the paragraph's last sentence (and taking the next sentence's
    two halves together) costs a little more than linking it with the first half: what the words of
    a sentence left out beside a split one may well do."""

    name = "near-tie"
    higher_is_better = False

    def prepare(self, source, target, *, features, config):
        return self

    costs = {(0, 1, 0, 1): 0.0, (1, 2, 1, 2): 1.6, (2, 3, 2, 3): 1.1, (2, 3, 1, 3): -1.0}

    def score(self, i0, i1, j0, j1):
        if i0 == i1 or j0 == j1:
            return 3.9 * (i1 - i0 + j1 - j0)
        return self.costs.get((i0, i1, j0, j1), 20.0)

    def explain(self, i0, i1, j0, j1):
        return 1.0, "near-tie"

    def anchors(self):
        return ()


def test_a_sentence_left_out_at_a_paragraphs_end_leaves_the_next_split_sentence_whole():
    src = segment_side(_RU_LEFT_OUT, Span(0, len(_RU_LEFT_OUT)), side="source", language="ru")
    tgt = segment_side(_EN_SPLIT, Span(0, len(_EN_SPLIT)), side="target", language="en")
    alignment = align(src, tgt, {}, config=Config(), scorer=_NearTie())
    pairs = [(b.source, b.target) for b in alignment.beads]
    assert pairs == [(("s1",), ("t1",)), (("s2",), ()), (("s3",), ("t2", "t3"))]


def test_a_number_in_words_meets_its_figure_across_a_split_sentence():
    ru = (
        "За месяц в редакцию поступило 214 писем трудящихся, из них 47 - от демобилизованных воинов, "
        "вернувшихся в село.\n"
    )
    en = (
        "In the month the editorial office received 214 letters from working people. Forty-seven of "
        "them were written by demobilised servicemen who had come home to the village.\n"
    )
    report = check_texts(ru, en)
    assert _major(report) == []


def test_a_telegrams_place_line_is_a_segment_of_its_own():
    text = (
        "SECRET\nFrom PRAGUE\nMOSCOW - MINISTRY OF FOREIGN AFFAIRS, to Comrade A. A. GROMYKO\n\n"
        "The talks went on.\n"
    )
    segments = segment_side(text, Span(0, len(text)), side="target", language="en")
    assert "From PRAGUE" in [s.text for s in segments]


def test_a_week_given_as_seven_days_is_no_number():
    ru = "Я обещал дать ответ в течение недели."
    en = "I promised to give an answer within seven days."
    assert _numbers(ru, en) == []


def test_a_week_given_as_ten_days_is_still_a_number():
    ru = "Я обещал дать ответ в течение недели."
    en = "I promised to give an answer within ten days."
    assert [f.kind for f in _numbers(ru, en)] == ["number"]


def test_a_compound_abbreviation_in_a_case_form_spelt_out_is_no_name_left_out():
    ru = "Разрешить Минлеспрому СССР построить лесопильный завод."
    en = "The Ministry of the Timber Industry is permitted to build a sawmill."
    names = [f for f in check_name(context([(ru, en)]), config=Config()) if f.severity is not Severity.INFO]
    assert names == []


def test_paragraphs_tell_nothing_when_one_side_runs_on_in_one():
    run_on = _EN_SPLIT.replace("\n\n", " ")
    src = segment_side(_RU_LEFT_OUT, Span(0, len(_RU_LEFT_OUT)), side="source", language="ru")
    tgt = segment_side(run_on, Span(0, len(run_on)), side="target", language="en")
    alignment = align(src, tgt, {}, config=Config(), scorer=_NearTie())
    pairs = [(b.source, b.target) for b in alignment.beads]
    assert pairs == [(("s1",), ("t1",)), (("s2",), ("t2",)), (("s3",), ("t3",))]  # the cheaper path


def test_a_post_over_a_signature_is_no_place_line():
    text = "Работа будет закончена к маю.\n\nДиректор ТАСС СССР\nН. ИВАНОВ\n"
    segments = segment_side(text, Span(0, len(text)), side="source", language="ru")
    assert "Директор ТАСС СССР" not in [s.text for s in segments]


class _Copies:
    """A scorer under which the original's second sentence and its copy typed after it cost the same
    against the translation's second sentence."""

    name = "copies"
    higher_is_better = False

    def prepare(self, source, target, *, features, config):
        return self

    costs = {(0, 1, 0, 1): 0.0, (1, 2, 1, 2): 0.5, (2, 3, 1, 2): 0.5, (3, 4, 2, 3): 0.0}

    def score(self, i0, i1, j0, j1):
        if i0 == i1 or j0 == j1:
            return 3.9 * (i1 - i0 + j1 - j0)
        return self.costs.get((i0, i1, j0, j1), 20.0)

    def explain(self, i0, i1, j0, j1):
        return 1.0, "copies"

    def anchors(self):
        return ()


def test_a_sentence_typed_twice_at_a_paragraphs_end_keeps_its_first_copy_linked():
    ru = "Судно задержано утром. Груз не был оформлен. Груз не был оформлен.\n\nЭкипаж задержан.\n"
    en = "The vessel was detained in the morning. The cargo had not been cleared.\n\nThe crew is held.\n"
    src = segment_side(ru, Span(0, len(ru)), side="source", language="ru")
    tgt = segment_side(en, Span(0, len(en)), side="target", language="en")
    alignment = align(src, tgt, {}, config=Config(), scorer=_Copies())
    pairs = [(b.source, b.target) for b in alignment.beads]
    assert (("s2",), ("t2",)) in pairs
    assert (("s3",), ()) in pairs
