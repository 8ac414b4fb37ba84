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
    learn_word_pairs,
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
    assert rule.startswith("length+lexicon: shared number 1950")
    assert 0.5 < confidence <= 1.0


def test_explanation_names_the_strongest_shared_evidence_as_the_translation_writes_it():
    table = prepare(
        ["Просим 25 советников и 7 Корейской армии?"],
        ["We ask for 25 advisors and 7 of the Korean army?"],
    )
    rule = table.explain(0, 1, 0, 1)[1]
    assert rule == "length+lexicon: shared numbers 25, 7, word advisors, cognates army, korean"
    many = prepare(
        ["Просим 25 советников, 12 и 7 Корейской армии 1950 году?"],
        ["We ask for 25 advisors, 12 and 7 of the Korean army in 1950?"],
    )
    assert many.explain(0, 1, 0, 1)[1] == "length+lexicon: shared numbers 12, 1950, 25, 7, word advisors"


def test_explanation_of_a_pair_sharing_nothing_says_so():
    table = prepare(["Советников мало."], ["Twelve advisors arrived.", "Korean army."])
    assert table.explain(0, 1, 1, 2)[1] == "length: nothing shared"


def test_short_fragment_sharing_nothing_does_not_take_the_translation():
    # The translation renders only the first words of a long source sentence; a short
    # fragment after it shares nothing with the translation and must not be paired with it.
    src = [
        seg("Советников Ком. Урала - Председатель Кабинета Министров всей области.", "source", "s0"),
        seg("Гр. Хенсон", "source", "s1"),
    ]
    tgt = [seg("Advisors yours,", "target", "t0")]
    feats = {x.id: basic_features(x) for x in (*src, *tgt)}
    alignment = align(src, tgt, feats, config=Config(), scorer=LexicalScorer(lexicon=FakeLexicon()))
    bead = next(b for b in alignment.beads if "t0" in b.target)
    assert "s0" in bead.source


def test_unrelated_pair_of_different_lengths_costs_more_than_omission_and_addition():
    table = prepare(
        [("Председателю Совета Министров Союза ССР товарищу Сталину с глубочайшим уважением к 1950.")],
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
    assert alignment.signature == "beads:2x2+1x3|scorer:similarity|band:auto"


def test_word_pairs_are_learned_from_beads_where_they_keep_meeting():
    beads = [
        (["вагнер", "заявил", "наемники"], ["wagner", "said", "mercenaries"]),
        (["наемники", "ливии"], ["mercenaries", "libya"]),
        (["наемники", "прибыли"], ["mercenaries", "arrived"]),
        (["погода", "хорошая"], ["weather", "fine"]),
    ]
    pairs = learn_word_pairs(beads, lexicon=FakeLexicon())
    assert ("наемник", "mercenari") in pairs
    assert not any(lemma == "погода" for lemma, _ in pairs)  # met once: not enough


def test_learned_pairs_become_shared_evidence():
    plain = prepare(["Наемники прибыли."], ["Mercenaries arrived."])
    taught = prepare(
        ["Наемники прибыли."],
        ["Mercenaries arrived."],
        scorer=LexicalScorer(lexicon=FakeLexicon(), learned_pairs={("наемник", "mercenari")}),
    )
    assert taught.score(0, 1, 0, 1) < plain.score(0, 1, 0, 1)
    assert "mercenaries" in taught.explain(0, 1, 0, 1)[1]
