"""Russian sentence boundaries against an independent oracle: razdel (PyPI), on generated text.

The sentences are built here from invented words and from the abbreviations an archive's Russian
writes inside or at the end of a sentence; razdel, which shares no rule or list with aligner, says
where the sentences end. ``benchmarks/sentence_boundaries.py`` measures both splitters on the
corpora (aligner finds more of the gold boundaries there, which is why it keeps its own).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aligner.segment.sentences import split_sentences

razdel = pytest.importorskip("razdel")

OPENERS = ("Делегация", "Вопрос", "Посол", "Комиссия", "Поставка", "Министр", "Отчёт", "Правительство")
WORDS = ("прибыла", "рассмотрел", "вчера", "срочно", "доклад", "оружия", "в", "Москве", "планы", "на", "год")
# Phrases inside a sentence: abbreviations, initials and figures that do not end it.
INSIDE = (
    "т. е.",
    "тов. Иванову",
    "И. В. Сталину",
    "в 1950 г. летом",
    "5 тыс. рублей",
    "т.е.",
    "см. приложение",
    "в 17 час. 30 мин.",
)
# Endings: a sentence's last words, some of them abbreviations that end it.
ENDINGS = ("и т. д.", "и т. п.", "2 млн. руб.", "и др.", "работы", "«Правда»")
STOPS = (".", "!", "?", "...")


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """One sentence: an opener, words and inside phrases, an ending and its stop."""
    body = draw(st.lists(st.sampled_from(WORDS + INSIDE), min_size=1, max_size=6))
    ending = draw(st.sampled_from(ENDINGS))
    stop = "" if ending.endswith(".") else draw(st.sampled_from(STOPS))
    return " ".join((draw(st.sampled_from(OPENERS)), *body, ending)) + stop


@given(st.lists(sentences(), min_size=1, max_size=6))
def test_sentences_end_where_the_oracle_says(parts: list[str]) -> None:
    text = " ".join(parts)
    ours = [text[a:b] for a, b, _rule in split_sentences(text, "ru")]
    theirs = [s.text for s in razdel.sentenize(text)]
    assert ours == theirs
