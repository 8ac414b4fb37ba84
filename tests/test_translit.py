"""The coarse name key: spellings of one name in Russian and in English meet on it."""

from __future__ import annotations

import pytest

from aligner.translit import name_key

SAME = [
    ("Ким Ир Сен", "Kim Il Sung"),
    ("Джастин", "Justin"),  # Дж is English J
    ("Джонсон", "Johnson"),
    ("Коули", "Cauley"),  # c before a back vowel is k
    ("Клинтон", "Clinton"),
    ("Сесил", "Cecil"),  # c before e, i is s
    ("Скотт", "Scott"),
    ("Жуков", "Zhukov"),
    ("Царев", "Tsarev"),
    ("Юлия", "Julia"),
    ("Цяо Сяо-минь", "Qiao Xiao-min"),  # pinyin q and x before i: Palladius ц and с
    ("Сюй", "Xu"),
    ("Максим", "Maxim"),  # elsewhere x is ks
    ("Гретцдорф", "Gretzdorf"),  # the Russian тц of a German tz
    ("Шпитцен", "Spitzen"),
    ("Гросс", "Groß"),  # letters no decomposition splits: ß is ss, ł is l, ø is o
    ("Мейсен", "Meißen"),
    ("Лодзь", "Łódź"),
    ("Мёллер", "Møller"),
]

DIFFERENT = [
    ("Коули", "Kelly Jones"),
    ("Клинтон", "Quentin"),
    ("Сталин", "Molotov"),
]


@pytest.mark.parametrize(("russian", "english"), SAME)
def test_one_name_in_two_scripts_meets(russian: str, english: str) -> None:
    assert name_key(russian) == name_key(english)


@pytest.mark.parametrize(("russian", "english"), DIFFERENT)
def test_different_names_stay_apart(russian: str, english: str) -> None:
    assert name_key(russian) != name_key(english)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Ван Цзя-сян", "Wang Chia-hsiang"),
        ("Ван Цзя-сян", "Wang Jiaxiang"),
        ("Чжу Дэ", "Chu Teh"),
        ("Цой Ен Ген", "Choe Yong-gon"),
    ],
)
def test_syllable_keys_of_one_name_in_two_systems_are_alike(ru, en):
    from rapidfuzz import fuzz

    from aligner.checks.name import SYLLABLES_ALIKE
    from aligner.translit import syllable_key

    assert fuzz.ratio(syllable_key(ru), syllable_key(en)) >= SYLLABLES_ALIKE


def test_syllable_keys_of_two_names_with_one_coarse_key_differ():
    from rapidfuzz import fuzz

    from aligner.checks.name import SYLLABLES_ALIKE
    from aligner.translit import syllable_key

    assert fuzz.ratio(syllable_key("Ли Фу-чунь"), syllable_key("Li Lisan")) < SYLLABLES_ALIKE


def test_an_english_ch_before_r_opens_with_k():
    assert name_key("Christopher Hartwell") == name_key("Кристофер Хартвелл")
    assert name_key("Chrysler") == name_key("Крайслер")
    assert name_key("Chou") == name_key("Чжоу", wade_giles=True)  # before a vowel it stays "ch"
