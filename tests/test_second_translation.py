"""A translation side holding two English renderings of one original (two editions of a message)."""

from __future__ import annotations

from aligner.config import Config
from aligner.pipeline import check_page, check_texts
from aligner.read import read_page

SOURCE = (
    "Ваше письмо от 12 октября получил. "
    "Благодарю Вас за сведения о продвижении конвоя. "
    "Вынужден, однако, заметить, что из 40 обещанных танков в Архангельск прибыло только 25. "
    "Это задерживает формирование двух бригад на Северном фронте. "
    "Прошу Вас принять меры к отправке остальных машин."
)
FIRST = (
    "I have received your letter of October 12. "
    "I thank you for the information about the progress of the convoy. "
    "I am obliged, however, to remark that of the 40 tanks promised only 25 have arrived at Archangel. "
    "This delays the formation of two brigades on the Northern Front. "
    "I request you to take measures for the dispatch of the remaining machines."
)
SECOND = (
    "Your letter of October 12 received. "
    "Many thanks for the news of the convoy's progress. "
    "I must point out, however, that of the 40 promised tanks only 25 reached Archangel. "
    "This holds up the forming of two brigades on the Northern Front. "
    "Please take steps to send the remaining tanks."
)
#: A translator's own paragraph, in the translation's words but rendering nothing of the original.
ADDED = (
    "The editors could not trace the reply to this message. "
    "It was probably delivered by hand in the embassy's bag. "
    "A later note in the file refers to a conversation in the Kremlin."
)


def _additions(target: str) -> list[tuple[str, str]]:
    report = check_texts(SOURCE, target, config=Config())
    return [(f.severity.value, f.rule) for f in report.findings if f.kind == "addition"]


def test_a_second_english_edition_after_the_first_is_an_info_note_not_five_additions() -> None:
    found = _additions(FIRST + "\n\n" + SECOND)
    assert found
    assert set(found) <= {("info", "addition.retranslated")}


def test_a_translators_own_paragraph_is_still_a_major_addition() -> None:
    found = _additions(FIRST + "\n\n" + ADDED)
    assert ("major", "addition.unaligned") in found
    assert ("info", "addition.retranslated") not in found


def test_an_archive_page_printing_two_editions_reads_both_as_the_translation() -> None:
    page = (
        "## **October 14, 1942**\n\n### **A message on tanks**\n\n#### **Original Language:**\n\nRussian\n\n"
        "#### **Contents:**\n\nOriginal Scan  \nTranslation - English  \nTranslation - English\n\n"
        f"{SOURCE}\n\n{FIRST}\n\n{SECOND}\n"
    )
    document = read_page(page)
    assert page[document.target_span.start :].strip().endswith("remaining tanks.")
    report = check_page(page)
    major = [f for f in report.findings if f.severity.value in ("major", "critical")]
    assert major == []
