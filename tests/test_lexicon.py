"""The bilingual lexicon: parsing, merging, lookups through morphology, alignment evidence."""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aligner.errors import AlignerError, ConfigError
from aligner.lexicon import Lexicon, default_lexicon, load_lexicon, sentence_keys
from aligner.morph import words
from aligner.resources import data_lines, data_text

WMT = Path("/work/shared/data/wmt22-ru-en/wmttest2022.ru-en.src-ref.xml")


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return default_lexicon()


# --- parsing -------------------------------------------------------------------------------


def test_parse_skips_comments_and_blank_lines() -> None:
    text = "# a header\n\nadvisor @ советник\n   \n# topic\ntroops @ войска\n"
    lex = Lexicon.from_hunalign(text, name="mine.txt")
    assert lex.size == 2
    assert lex.name == "mine.txt"
    assert lex.entries == (("advisor", "советник"), ("troops", "войска"))


def test_parse_normalises_case_spacing_and_yo() -> None:
    text = "Council   of Ministers @ Совет  министров\nhedgehog @ Ёж\n"
    lex = Lexicon.from_hunalign(text, name="x")
    assert lex.entries == (("council of ministers", "совет министров"), ("hedgehog", "еж"))


def test_duplicate_lines_count_once() -> None:
    lex = Lexicon.from_hunalign("war @ война\nwar @ война\nWar @ Война\n", name="x")
    assert lex.size == 1


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("war @ война\nno separator here\n", 2),
        ("# c\n\nwar @ война\n @ мир\n", 4),
        ("peace @ \n", 1),
        ("a @ b @ c\n", 1),
    ],
)
def test_bad_line_names_file_and_line_number(text: str, line: int) -> None:
    with pytest.raises(ConfigError, match=rf"^my\.txt: line {line}: expected 'english @ russian'"):
        Lexicon.from_hunalign(text, name="my.txt")


def test_bad_line_error_is_a_value_error_too() -> None:
    with pytest.raises(ValueError, match="line 1"):
        Lexicon.from_hunalign("nonsense\n", name="x")
    with pytest.raises(AlignerError):
        load_lexicon("nonsense\n", name="x")


def test_records_are_frozen_and_compare_by_content() -> None:
    a = Lexicon.from_hunalign("war @ война\n", name="x")
    b = Lexicon.from_hunalign("# same\nwar @ война\n", name="x")
    assert a == b
    with pytest.raises(AttributeError):
        a.size = 3  # type: ignore[misc]


# --- merging -------------------------------------------------------------------------------


def test_merged_holds_both_and_is_named_after_both() -> None:
    a = Lexicon.from_hunalign("war @ война\npeace @ мир\n", name="a")
    b = Lexicon.from_hunalign("peace @ мир\nsamovar @ самовар\n", name="b")
    m = a.merged(b)
    assert m.size == 3
    assert m.name == "a+b"
    assert "samovar" in m.source_keys("самоваром")
    assert "war" in m.source_keys("войны")
    assert not a.source_keys("самоваром")


def test_load_lexicon_merges_user_file_with_default_unless_told(lexicon: Lexicon) -> None:
    user = "samovar @ самовар\n"
    merged = load_lexicon(user, name="user.txt")
    assert merged.size == lexicon.size + 1
    assert merged.source_keys("самоваров") & merged.target_keys("samovars")
    assert merged.source_keys("войск") & merged.target_keys("troops")
    alone = load_lexicon(user, name="user.txt", with_default=False)
    assert alone.size == 1
    assert not alone.source_keys("войск")


# --- the shipped file ----------------------------------------------------------------------


def test_shipped_file_is_well_formed_and_sized(lexicon: Lexicon) -> None:
    lines = [ln for ln in data_text("lexicon_ru_en.txt").splitlines() if ln.strip()]
    entries = [ln for ln in lines if not ln.startswith("#")]
    assert len(entries) == len(set(entries)), "duplicated lines in lexicon_ru_en.txt"
    assert 3000 <= lexicon.size == len(entries)
    assert lines[0].startswith("#")
    for entry in entries:
        assert entry == entry.lower()
        assert "ё" not in entry


def test_stopword_files_are_lowercase_single_words() -> None:
    for name in ("stopwords_en.txt", "stopwords_ru.txt"):
        entries = data_lines(name)
        assert len(entries) > 50
        assert all(e == e.lower() and " " not in e for e in entries)


# --- morphology: inflected Russian forms meet English inflected forms -----------------------

PAIRS = [
    # the seed's vocabulary
    ("советников", "advisors"),
    ("войск", "troops"),
    ("помощь", "assistance"),
    ("Совета", "Council"),
    ("Министров", "Ministers"),
    ("штабах", "headquarters"),
    ("фронта", "Front"),
    ("армий", "armies"),
    ("независимость", "independence"),
    ("борьбе", "struggle"),
    ("народу", "people"),
    ("просьбой", "request"),
    ("империалистических", "imperialists"),
    ("уважения", "respect"),
    ("признательности", "gratitude"),
    ("Председателю", "Chairman"),
    ("Генерал-полковнику", "Colonel-General"),
    ("товарищ", "comrade"),
    # diplomacy and politics
    ("переговорах", "negotiations"),
    ("договора", "treaty"),
    ("посольство", "embassy"),
    ("делегацию", "delegation"),
    ("республики", "republic"),
    ("мира", "peace"),
    ("правительством", "government"),
    ("партии", "party"),
    ("комитетом", "committee"),
    # military
    ("войны", "wars"),
    ("дивизий", "divisions"),
    ("полков", "regiments"),
    ("солдатами", "soldiers"),
    ("наступления", "offensive"),
    # news and economy
    ("ценах", "prices"),
    ("выборах", "elections"),
    ("полицией", "police"),
    ("суда", "court"),
    ("компаний", "companies"),
    ("экономики", "economy"),
    # everyday words, verbs, irregular English forms
    ("детей", "children"),
    ("ушёл", "went"),
    ("написал", "wrote"),
    ("говорили", "said"),
    ("помогает", "helps"),
    ("решили", "decided"),
    ("книгами", "books"),
    ("городах", "cities"),
]


@pytest.mark.parametrize(("russian", "english"), PAIRS)
def test_inflected_forms_share_a_key(lexicon: Lexicon, russian: str, english: str) -> None:
    assert lexicon.source_keys(russian) & lexicon.target_keys(english)


def test_multiword_entry_links_each_content_word() -> None:
    lex = Lexicon.from_hunalign("council of ministers @ совет министров\n", name="x")
    assert lex.source_keys("совета") == lex.target_keys("council") == frozenset({"council"})
    assert lex.source_keys("министрам") == lex.target_keys("ministers")
    assert not lex.target_keys("of")


def test_multiword_entry_uses_what_the_lexicon_knows_of_each_word() -> None:
    # word order differs: "права" is known as "rights", so "человека" takes "human"
    text = "right @ право\nhuman rights @ права человека\n"
    lex = Lexicon.from_hunalign(text, name="x")
    assert lex.source_keys("прав") == lex.target_keys("rights")
    assert lex.source_keys("человеку") == lex.target_keys("human")


def test_shipped_phrases_do_not_blur_their_words(lexicon: Lexicon) -> None:
    assert "council" in lexicon.source_keys("совета")
    assert not lexicon.source_keys("совета") & lexicon.target_keys("ministers")
    assert not lexicon.source_keys("силы") & lexicon.target_keys("armed")


def test_unknown_form_falls_back_to_its_stem() -> None:
    # a compound pymorphy3 does not know still meets its entry through the Snowball stem
    lex = Lexicon.from_hunalign("ciphered telegram @ шифротелеграмма\n", name="x")
    assert {"cipher", "telegram"} <= lex.source_keys("шифротелеграммы")


def test_unrelated_words_share_no_key(lexicon: Lexicon) -> None:
    assert not lexicon.source_keys("войск") & lexicon.target_keys("peace")
    assert not lexicon.source_keys("хлеб") & lexicon.target_keys("treaty")


@pytest.mark.parametrize("word", ["и", "в", "не", "что", "он", "его", "это", "был", "на", "Но"])
def test_russian_function_words_give_no_keys(lexicon: Lexicon, word: str) -> None:
    assert lexicon.source_keys(word) == frozenset()


@pytest.mark.parametrize("word", ["the", "of", "and", "to", "is", "was", "The", "their", "it"])
def test_english_function_words_give_no_keys(lexicon: Lexicon, word: str) -> None:
    assert lexicon.target_keys(word) == frozenset()


def test_words_missing_from_the_lexicon_give_no_keys(lexicon: Lexicon) -> None:
    assert lexicon.target_keys("Pyongyangese") == frozenset()
    assert lexicon.source_keys("Сталину") == frozenset()


@given(st.text(max_size=20))
def test_lookups_never_fail_and_repeat_the_same_answer(word: str) -> None:
    lex = default_lexicon()
    assert lex.source_keys(word) == lex.source_keys(word)
    assert lex.target_keys(word) == lex.target_keys(word)


def test_sentence_keys_unites_word_keys(lexicon: Lexicon) -> None:
    ru = [w for *_, w in words("Прошу разрешить использование советских военных советников")]
    en = [w for *_, w in words("I request permission to use Soviet military advisors")]
    shared = sentence_keys(lexicon, ru, language="ru") & sentence_keys(lexicon, en, language="en")
    assert {"advisor", "soviet", "militari"} <= shared


def test_sentence_keys_rejects_unknown_language(lexicon: Lexicon) -> None:
    with pytest.raises(ConfigError, match="'ru' or 'en'"):
        sentence_keys(lexicon, ["war"], language="de")


def test_lookups_are_cached(lexicon: Lexicon) -> None:
    tokens = [w for *_, w in words(data_text("lexicon_ru_en.txt"))][:2_000]
    first = [(lexicon.source_keys(w), lexicon.target_keys(w)) for w in tokens]
    again = [(lexicon.source_keys(w), lexicon.target_keys(w)) for w in tokens]
    assert all(a[0] is b[0] and a[1] is b[1] for a, b in zip(first, again, strict=True))


# --- evidence for alignment on a real parallel corpus --------------------------------------


def _wmt_pairs() -> list[tuple[str, str]]:
    root = ET.parse(WMT).getroot()  # noqa: S314 - a local, trusted corpus file
    pairs = []
    for doc in root.iter("doc"):
        src, ref = doc.find("src"), doc.find("ref")
        if src is None or ref is None:
            continue
        source = {seg.get("id"): seg.text or "" for seg in src.iter("seg")}
        target = {seg.get("id"): seg.text or "" for seg in ref.iter("seg")}
        pairs.extend((source[k], target[k]) for k in source if k in target)
    return pairs


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


@pytest.mark.skipif(not WMT.exists(), reason="WMT22 ru-en test set not available")
def test_true_sentence_pairs_share_keys_far_more_than_shuffled_pairs(lexicon: Lexicon) -> None:
    rng = random.Random(20220708)
    pairs = rng.sample(_wmt_pairs(), 400)
    ru = [sentence_keys(lexicon, [w for *_, w in words(s)], language="ru") for s, _ in pairs]
    en = [sentence_keys(lexicon, [w for *_, w in words(t)], language="en") for _, t in pairs]
    shift = [en[(i + 1 + rng.randrange(len(en) - 1)) % len(en)] for i in range(len(en))]
    true_hit = sum(bool(a & b) for a, b in zip(ru, en, strict=True)) / len(pairs)
    false_hit = sum(bool(a & b) for a, b in zip(ru, shift, strict=True)) / len(pairs)
    true_jac = sum(_jaccard(a, b) for a, b in zip(ru, en, strict=True)) / len(pairs)
    false_jac = sum(_jaccard(a, b) for a, b in zip(ru, shift, strict=True)) / len(pairs)
    assert true_hit >= 0.85
    assert false_hit <= 0.25
    assert true_jac >= 5 * false_jac


def test_a_latin_look_alike_inside_a_russian_word_does_not_hide_its_translation() -> None:
    from aligner.lexicon import default_lexicon

    lexicon = default_lexicon()
    # "Cпрос" with a Latin C, as OCR or a wrong keyboard layout leaves it
    assert lexicon.source_keys("Cпрос") == lexicon.source_keys("спрос") != frozenset()


def test_a_superlative_meets_its_adjective() -> None:
    from aligner.lexicon import default_lexicon

    lexicon = default_lexicon()
    assert lexicon.target_keys("biggest") & lexicon.source_keys("крупнейший")
    assert lexicon.target_keys("strongest") == lexicon.target_keys("strong") != frozenset()
