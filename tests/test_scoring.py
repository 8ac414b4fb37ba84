"""The default scorer: length, shared words, cognates and anchors make a pair cheaper."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aligner.align import align
from aligner.config import Config
from aligner.errors import ConfigError
from aligner.model import Segment, Span
from aligner.scoring import (
    LengthScorer,
    LexicalScorer,
    PreparedScorer,
    Scorer,
    basic_features,
    cognate_key,
    get_scorer,
)


class FakeLexicon:
    def source_keys(self, word: str) -> frozenset[str]:
        return frozenset({"advisor"}) if word.startswith("советник") else frozenset()

    def target_keys(self, word: str) -> frozenset[str]:
        return frozenset({"advisor"}) if word.startswith("advisor") else frozenset()


def seg(text: str, side: str, ident: str) -> Segment:
    return Segment(ident, side, text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))


def prepare(src: list[str], tgt: list[str], scorer=None) -> PreparedScorer:
    s = [seg(t, "source", f"s{k}") for k, t in enumerate(src)]
    t = [seg(x, "target", f"t{k}") for k, x in enumerate(tgt)]
    feats = {x.id: basic_features(x) for x in (*s, *t)}
    scorer = scorer or LexicalScorer(lexicon=FakeLexicon())
    return scorer.prepare(s, t, features=feats, config=Config())


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        ("советских", "Soviet"),
        ("империалистических", "imperialists"),
        ("Корейской", "Korean"),
        ("Хрущев", "Khrushchev"),
    ],
)
def test_cognates_meet_across_scripts(russian, english):
    assert cognate_key(russian) == cognate_key(english) != ""


def test_function_words_and_short_words_give_no_cognate():
    assert cognate_key("the") == ""
    assert cognate_key("и") == ""


def test_shared_lexicon_word_number_and_cognate_lower_the_cost():
    filler_ru = "Просим разрешить использование штаба"
    filler_en = "We ask to permit the use of the staff"
    table = prepare(
        [f"{filler_ru} советников.", f"{filler_ru} 25 единиц.", f"{filler_ru} Корейской."],
        [f"{filler_en} of advisors.", f"{filler_en} of 25 units.", f"{filler_en} of Korean."],
    )
    for k in range(3):
        matched = table.score(k, k + 1, k, k + 1)
        crossed = table.score(k, k + 1, (k + 1) % 3, (k + 1) % 3 + 1)
        assert matched < crossed


def test_anchor_names_the_rule():
    table = prepare(["В 1950 году."], ["In 1950."])
    confidence, rule = table.explain(0, 1, 0, 1)
    assert rule == "anchor:number"
    assert 0.5 < confidence <= 1.0


def test_unrelated_pair_of_different_lengths_costs_more_than_omission_and_addition():
    table = prepare(
        [
            (
                "Председателю Совета Министров Союза ССР товарищу Сталину "
                "с глубочайшим уважением к 1950."
            )
        ],
        ["Yes."],
    )
    assert table.score(0, 1, 0, 1) > table.score(0, 1, 0, 0) + table.score(1, 1, 0, 1)


@given(st.integers(1, 400), st.integers(1, 400))
def test_length_cost_is_smallest_for_proportional_lengths(a, b):
    table = prepare(["x" * 100, "x" * a], ["y" * 100, "y" * b], scorer=LengthScorer())
    assert table.score(0, 1, 0, 1) <= table.score(1, 2, 1, 2) + 1e-9 or a == b


def test_scorers_follow_the_protocol_and_registry():
    assert isinstance(LexicalScorer(), Scorer)
    assert isinstance(prepare(["a"], ["b"]), PreparedScorer)
    assert get_scorer("length").name == "length"
    with pytest.raises(ConfigError, match="unknown scorer"):
        get_scorer("bleu")


class SimilarityScorer:
    """A scorer where higher is better: the aligner must maximise it."""

    name = "similarity"
    higher_is_better = True

    def prepare(self, source, target, *, features, config):
        return _Similarity(source, target)


class _Similarity:
    def __init__(self, source, target):
        self.source = source
        self.target = target

    def score(self, i0, i1, j0, j1):
        if i0 == i1 or j0 == j1:
            return -1.0
        same = sum(1 for s in self.source[i0:i1] for t in self.target[j0:j1] if s.text == t.text)
        return 3.0 * same - (i1 - i0 + j1 - j0 - 2)

    def explain(self, i0, i1, j0, j1):
        return 1.0, "same-text"

    def anchors(self):
        return ()


def test_higher_is_better_scorer_is_maximised():
    src = [seg(t, "source", f"s{k}") for k, t in enumerate(["a", "b", "c"])]
    tgt = [seg(t, "target", f"t{k}") for k, t in enumerate(["a", "x", "b", "c"])]
    alignment = align(src, tgt, {}, config=Config(), scorer=SimilarityScorer())
    pairs = [(b.source, b.target) for b in alignment.beads]
    assert (("s0",), ("t0",)) in pairs
    assert ((), ("t1",)) in pairs
    assert alignment.signature == "beads:2x2|scorer:similarity|band:auto"
