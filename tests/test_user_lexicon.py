"""A user's --lexicon reaches every check that reads the lexicon, through the document's analysis."""

from __future__ import annotations

from aligner import check_texts
from aligner.analysis import analyse_document
from aligner.config import Config
from aligner.lexicon import default_lexicon, load_lexicon
from aligner.model import Alignment, Bead, Segment, Side, Span

# An invented place and an invented rendering of it, which no shipped list knows.
_SOURCE = "Делегация прибыла в Зеленодольск вчера вечером. Переговоры начнутся утром."
_TARGET = "The delegation arrived in Greenvale last night. The talks will begin in the morning."
_PAIR = "greenvale @ зеленодольск\n"


def _rules(lexicon_text: str) -> set[str]:
    config = Config(lexicon_text=lexicon_text, lexicon_name="mine.txt" if lexicon_text else "")
    return {f.rule for f in check_texts(_SOURCE, _TARGET, config=config).findings}


def test_a_name_rendered_by_a_users_lexicon_entry_is_no_missing_name() -> None:
    assert "name.missing" in _rules("")
    assert "name.missing" not in _rules(_PAIR)


def _segment(text: str, ident: str, side: str) -> Segment:
    return Segment(ident, side, text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))


def test_the_omission_rules_read_the_users_lexicon_through_the_analysis() -> None:
    # "Бухтарминцы" is known only to the user's lexicon: a capitalised common word after a word
    # with no stop is a hidden sentence break only when the lexicon knows it.
    text = "Совещание в министерстве закончилось поздно вечером Бухтарминцы уехали домой сразу после него."
    seg = _segment(text, "s1", "source")
    tgt = _segment("The meeting ended late.", "t1", "target")

    def strict_breaks(lexicon_text: str) -> list[int]:
        lexicon = load_lexicon(lexicon_text, name="mine.txt") if lexicon_text else default_lexicon()
        analysis = analyse_document(
            Side("source", "ru", (seg,)),
            Side("target", "en", (tgt,)),
            Alignment((Bead(("s1",), ("t1",), 1.0),)),
            {},
            lexicon=lexicon,
            source_text=text,
        )
        assert bool(analysis.keys.source_keys("Бухтарминцы")) == bool(lexicon_text)
        return analysis.breaks(seg)

    assert strict_breaks("") == []
    assert strict_breaks("bukhtarm @ бухтарминцы\n") == [text.index("Бухтарминцы")]
