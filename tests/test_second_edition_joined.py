"""A second edition that joins the original's sentences is still read as a second translation."""

from __future__ import annotations

from aligner.config import Config
from aligner.pipeline import check_texts

SOURCE = (
    "Ваша телеграмма от 11 марта получена. "
    "Благодарю Вас за согласие направить в Мурманск еще 6 танкеров. "
    "Танкеры будут разгружены в течение двух суток. "
    "Наши моряки встретят их у острова Кильдин. "
    "Прошу сообщить точную дату выхода судов из Рейкьявика. "
    "Экипажам танкеров будет предоставлен отдых в Мурманске."
)
#: The edition printed first, one sentence for each of the original's.
FIRST = (
    "Your telegram of March 11 has been received. "
    "I thank you for agreeing to send another 6 tankers to Murmansk. "
    "The tankers will be unloaded within two days. "
    "Our sailors will meet them off Kildin Island. "
    "Please inform me of the exact date the ships leave Reykjavik. "
    "The crews of the tankers will be given rest in Murmansk."
)
#: The edition printed second joins sentences two by two.
SECOND = (
    "I have your telegram of March 11 and am grateful for your consent to send 6 more tankers to Murmansk. "
    "They will be unloaded in two days, and our seamen will meet them near Kildin Island. "
    "Please inform me of the date the ships leave Reykjavik; "
    "the crews of the tankers will be given rest in Murmansk."
)


def test_a_second_edition_joining_sentences_is_no_major_addition() -> None:
    report = check_texts(SOURCE, FIRST + "\n\n" + SECOND, config=Config())
    majors = [f for f in report.findings if f.kind == "addition" and f.severity.value == "major"]
    assert majors == []
    again = [f for f in report.findings if f.kind == "addition" and "second translation" in f.message]
    assert len(again) == 3


def test_a_second_edition_names_no_untranslated_passage() -> None:
    report = check_texts(SOURCE, FIRST + "\n\n" + SECOND, config=Config())
    assert [f for f in report.findings if f.kind == "name" and "no counterpart" in f.message] == []
