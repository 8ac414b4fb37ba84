"""Keys are (kind, text) pairs: keys of two kinds never meet, whatever their text."""

from __future__ import annotations

from aligner.analysis import WordKeys, number_keys
from aligner.features import analyse
from aligner.keys import DATE, DIGITS, NUMBER, SOUND, WORD, word_key, word_key_set
from aligner.lexicon import Lexicon
from aligner.model import Segment, Span
from aligner.scoring_keys import _mention_keys


def seg(text: str, side: str = "source") -> Segment:
    return Segment("s1", side, text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))


def test_a_word_key_is_one_object_for_each_text():
    assert word_key("harbour") == (WORD, "harbour")
    assert word_key("harbour") is word_key("harbour")
    assert word_key_set(frozenset({"harbour", "port"})) == {(WORD, "harbour"), (WORD, "port")}


def test_numbers_give_keys_of_their_own_kind():
    assert number_keys("в 1962 г. прибыло 48 судов") == {(DIGITS, "1962"), (DIGITS, "48")}
    assert number_keys("no figures") == frozenset()


def test_anchor_keys_name_their_kind():
    keys = _mention_keys(analyse(seg("12 мая 1962 г. прибыло 48 судов."), language="ru"))
    assert (DATE, "1962-05-12") in keys
    assert (NUMBER, "(48,)") in keys
    assert all(isinstance(k, tuple) and len(k) == 2 for k in keys)


def test_a_bag_holds_lexicon_words_numbers_and_sounds_each_by_kind():
    lexicon = Lexicon.from_hunalign("harbour @ гавань\n", name="mine")
    keys = WordKeys(lexicon)
    bag = keys.bag(("Гавань приняла 48 судов.",), "source")
    assert word_key("harbour") in bag
    assert (DIGITS, "48") in bag
    assert any(kind == SOUND for kind, _ in bag)  # "Гавань", capitalised, also by its sound
    assert all(kind in (WORD, DIGITS, SOUND) for kind, _ in bag)


def test_a_number_word_meets_the_same_number_in_figures_on_the_other_side():
    keys = WordKeys(Lexicon.from_hunalign("harbour @ гавань\n", name="mine"))
    assert (DIGITS, "14") in keys.word_keys("Fourteen", "target")
    assert (DIGITS, "14") in keys.word_keys("четырнадцати", "source")
    assert (DIGITS, "14") in keys.bag(("Гавань приняла 14 судов.",), "source")
    assert not any(kind == DIGITS for kind, _ in keys.word_keys("one", "target"))  # an article as often
