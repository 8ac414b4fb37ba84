"""News text the two sides cut differently: a headline with no stop run into the first sentence, an
added sentence beside it. The finding goes to the right place, and a sentence that may render the
original beside it is no major addition.
"""

from __future__ import annotations

from aligner.analysis import WordKeys
from aligner.checks import CheckContext
from aligner.checks.name import check_name
from aligner.checks.omission import hidden_breaks
from aligner.checks.omission.length import length_model
from aligner.checks.omission.strangers import paired_renders
from aligner.config import Config
from aligner.features import analyse
from aligner.lexicon import default_lexicon
from aligner.model import Alignment, Bead, Finding, Segment, Severity, Side, Span
from aligner.pipeline import check_texts

HEADED = (
    "Завод в Харькове выпустил 500 тракторов сверх плана За последний год рабочие тракторного "
    "завода в Харькове выпустили 500 тракторов сверх годового плана. Директор завода наградил "
    "лучших рабочих грамотами и премиями."
)
BODY = (
    "Over the past year, the workers of the Kharkov tractor plant produced 500 tractors above the "
    "annual plan. The director of the plant rewarded the best workers with certificates and bonuses."
)


def _segment(sid: str, side: str, text: str) -> Segment:
    return Segment(sid, side, text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))


def test_the_figure_of_an_untranslated_headline_is_the_one_reported_missing() -> None:
    # the headline gives 500, and so does the sentence after it; the translation renders the sentence only
    found = [f for f in check_texts(HEADED, BODY).findings if f.rule == "number.missing"]
    assert [e.start for f in found for e in f.source_evidence] == [HEADED.index("500")]


def test_the_figure_left_out_of_the_sentence_is_still_the_one_reported() -> None:
    target = (
        "Kharkov plant produced 500 tractors above the plan. Over the past year, the workers of the "
        "Kharkov tractor plant produced tractors above the annual plan. The director of the plant "
        "rewarded the best workers with certificates and bonuses."
    )
    found = [f for f in check_texts(HEADED, target).findings if f.rule == "number.missing"]
    assert [e.start for f in found for e in f.source_evidence] == [HEADED.rindex("500")]


def test_a_grade_letter_before_a_comma_opens_no_hidden_sentence() -> None:
    text = "The new refrigerator of the plant has the energy class A, which lets it use far less power."
    seg = _segment("t1", "target", text)
    breaks = hidden_breaks(seg, side="target", lexicon=default_lexicon(), language="en", loose=True)
    assert text.index("A,") not in breaks


def test_an_article_after_a_heading_with_no_stop_still_opens_one() -> None:
    text = "The workers of the plant finished the shift late in the evening A new shift of the brigade came."
    seg = _segment("t1", "target", text)
    breaks = hidden_breaks(seg, side="target", lexicon=default_lexicon(), language="en", loose=True)
    assert text.index("A new") in breaks


def _beads(lone: str, original: str, paired: str) -> list[tuple[Bead, list[Segment], list[Segment]]]:
    src, tgt = _segment("s1", "source", original), _segment("t2", "target", paired)
    alone = _segment("t1", "target", lone)
    return [(Bead((), ("t1",), 0.9), [], [alone]), (Bead(("s1",), ("t2",), 0.99), [src], [tgt])]


def test_a_lone_sentence_the_original_beside_it_renders_is_placed_there() -> None:
    original = "Директор завода наградил лучших рабочих грамотами. Рабочие получили премии."
    beads = _beads("The director of the plant rewarded the best workers.", original, "Workers got bonuses.")
    ids, how = paired_renders(
        "The director of the plant rewarded the best workers.",
        beads,
        0,
        lexicon=WordKeys(default_lexicon()),
        model=length_model("ru", "en"),
    )
    assert ids == "s1"
    assert how


def test_a_lone_sentence_the_original_beside_it_does_not_render_is_not() -> None:
    original = "Директор завода наградил лучших рабочих грамотами. Рабочие получили премии."
    lone = "The weather in the south stayed cold and rainy for the whole week."
    beads = _beads(lone, original, "The director rewarded the best workers. Workers got bonuses.")
    assert paired_renders(
        lone, beads, 0, lexicon=WordKeys(default_lexicon()), model=length_model("ru", "en")
    ) == (
        "",
        "",
    )


def _lone_beside(source: str, paired: str, lone: str) -> list[Finding]:
    """The name check on one bead (``source`` and ``paired``) with ``lone`` after it, paired with nothing."""
    src = _segment("s1", "source", source)
    t1 = _segment("t1", "target", paired)
    start = len(paired) + 1
    t2 = Segment(
        "t2",
        "target",
        lone,
        Span(start, start + len(lone)),
        "text",
        offsets=tuple(range(start, start + len(lone))),
    )
    features = {src.id: analyse(src, language="ru"), t1.id: analyse(t1, language="en")}
    features[t2.id] = analyse(t2, language="en")
    ctx = CheckContext(
        source=Side("source", "ru", (src,)),
        target=Side("target", "en", (t1, t2)),
        alignment=Alignment((Bead(("s1",), ("t1",), 0.99), Bead((), ("t2",), 0.1))),
        features=features,
        source_text=source,
        target_text=f"{paired}\n{lone}",
    )
    return [f for f in check_name(ctx, config=Config()) if f.rule == "name.missing"]


NAMED = (
    "Рабочих завода наградили за выполнение плана Директор завода Кузнецов вчера наградил лучших рабочих "
    "грамотами и премиями."
)
PAIRED = (
    "Plant workers were awarded for fulfilling the plan The weather in Odessa stayed cold and rainy for the "
    "whole of the past week"
)


def test_a_name_the_lone_sentence_beside_the_bead_gives_is_minor_with_the_reason() -> None:
    lone = "Yesterday the plant director Kuznetsov rewarded the best workers with certificates and bonuses."
    found = _lone_beside(NAMED, PAIRED, lone)
    assert [f.severity for f in found] == [Severity.MINOR]
    assert "t2 beside it" in found[0].message


def test_a_name_nothing_beside_the_bead_gives_stays_major() -> None:
    lone = "Yesterday the plant director rewarded the best workers with certificates and bonuses."
    assert [f.severity for f in _lone_beside(NAMED, PAIRED, lone)] == [Severity.MAJOR]
