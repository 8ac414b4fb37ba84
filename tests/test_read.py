"""Reading archive pages and text pairs: metadata, the two sides, encodings, refusals."""

from __future__ import annotations

import codecs

import pytest

from aligner.errors import AlignerError, EncodingError, InputError, LimitError, StructureError
from aligner.pipeline import check_page
from aligner.read import decode_bytes, read_page, read_pair
from aligner.render import render
from aligner.render.json import report_from_json

PAGE = """## **March 5, 1953**

### **Telegram, Molotov to Mao Zedong**

#### **Citation:**

"Telegram, Molotov to Mao Zedong", March 5, 1953, Some Digital Archive, Some Collection. \
Translated by Jane Doe.
<https://example.org/document/1>

#### **Summary:**

On the death of the leader.

#### **Original Language:**

Russian

#### **Contents:**

Original Scan
Translation - English

Пекин, тов. Мао Цзэдуну.

Сообщаем о тяжёлой утрате.

Лист 3

Beijing, to Cde. Mao Zedong.

We inform you of a grave loss.
"""


def test_metadata_of_an_archive_page() -> None:
    doc = read_page(PAGE, path="p.txt")
    meta = doc.metadata
    assert meta.title == "Telegram, Molotov to Mao Zedong"
    assert meta.url == "https://example.org/document/1"
    assert meta.translator == "Jane Doe"
    assert meta.archive == "Some Digital Archive, Some Collection"
    assert meta.original_language == "Russian"
    assert meta.contents == ("Original Scan", "Translation - English")
    assert meta.summary == "On the death of the leader."


def test_sides_are_told_apart_by_script() -> None:
    doc = read_page(PAGE)
    source = doc.source_span.of(PAGE)
    target = doc.target_span.of(PAGE)
    assert source.strip().startswith("Пекин")
    assert "Лист 3" in source  # furniture between the two sides stays with the original
    assert target.strip().startswith("Beijing")
    assert target.strip().endswith("grave loss.")


def test_header_segments_cover_the_header() -> None:
    doc = read_page(PAGE)
    assert doc.header[0].text == "## **March 5, 1953**"
    assert all(h.span.end <= doc.source_span.start for h in doc.header)


def test_translation_first_when_the_contents_say_so() -> None:
    page = PAGE.replace("Original Scan\nTranslation - English", "Translation - English\nOriginal Scan")
    body_at = page.index("Пекин")
    english = "Beijing, to Cde. Mao Zedong.\n\nWe inform you of a grave loss.\n\n"
    russian = page[body_at:].replace("Beijing, to Cde. Mao Zedong.\n\nWe inform you of a grave loss.\n", "")
    page = page[:body_at] + english + russian
    doc = read_page(page)
    assert doc.source_span.of(page).strip().startswith("Пекин")
    assert doc.target_span.of(page).strip().startswith("Beijing")


def test_a_page_without_translation_is_refused() -> None:
    page = PAGE.split("Beijing")[0]
    with pytest.raises(StructureError, match="no English translation found"):
        read_page(page, path="x.txt")


def test_a_page_without_original_is_refused() -> None:
    start = PAGE.index("Пекин")
    end = PAGE.index("Beijing")
    with pytest.raises(StructureError, match="no Russian original found"):
        read_page(PAGE[:start] + PAGE[end:])


def test_an_unsupported_original_language_is_named() -> None:
    with pytest.raises(StructureError, match="Chinese"):
        read_page(PAGE.replace("\nRussian\n", "\nChinese\n"))


def test_a_page_without_header_still_reads() -> None:
    doc = read_page("Привет, мир.\n\nHello, world.\n")
    assert doc.source_span.of("Привет, мир.\n\nHello, world.\n").strip() == "Привет, мир."


def test_pair_spans_cover_each_file() -> None:
    doc = read_pair("Один.", "One.", path="a", target_path="b")
    assert (doc.source_span.start, doc.source_span.end) == (0, 5)
    assert (doc.target_span.start, doc.target_span.end) == (0, 4)


def test_empty_pair_side_is_refused() -> None:
    with pytest.raises(InputError, match="translation is empty"):
        read_pair("Один.", "  \n")


def test_size_limit_is_reported() -> None:
    with pytest.raises(LimitError, match="limit of 10"):
        read_pair("Один два три четыре.", "One.", max_chars=10)


RUSSIAN = "Председателю Совета Министров тов. Сталину. Прошу разрешить использование советников."


@pytest.mark.parametrize(
    "codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251", "koi8_r"]
)
def test_encodings_are_detected(codec: str) -> None:
    assert decode_bytes(RUSSIAN.encode(codec)) == RUSSIAN


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        # an English translation with only dashes and guillemets beyond ASCII: cp1251, not KOI8-R's "≈"
        ("cp1251", "The delegation arrived on Monday — two days late — and left «at once»."),
        # a short Russian line of capitalised words: the other codepage turns their case mid-word
        ("cp1251", "Москва, Кремль. Товарищу Иванову."),
        ("koi8_r", "Москва, Кремль. Товарищу Иванову."),
        # a telegram typed in capitals
        ("koi8_r", "СРОЧНО. СЕКРЕТНО. ПРОШУ СООБЩИТЬ О ПРИБЫТИИ ДЕЛЕГАЦИИ."),
        ("cp1251", "СРОЧНО. СЕКРЕТНО. ПРОШУ СООБЩИТЬ О ПРИБЫТИИ ДЕЛЕГАЦИИ."),
    ],
)
def test_the_single_byte_codepage_is_told_apart(codec: str, text: str) -> None:
    assert decode_bytes(text.encode(codec)) == text


@pytest.mark.parametrize(
    "text",
    [
        "The minister replied — after a long pause — that he had no instructions.",
        "Agreed \N{NO-BREAK SPACE}in principle; the “details” follow.",
        "Москва. Товарищу Петрову. Прошу сообщить ваше мнение о проекте соглашения.",
    ],
)
def test_utf8_once_read_as_western_is_repaired(text: str) -> None:
    garbled = text.encode("utf-8").decode("cp1252", "ignore")
    if garbled.encode("cp1252", "ignore").decode("utf-8", "ignore") != text:  # a byte cp1252 cannot show
        garbled = text.encode("utf-8").decode("latin-1")
    assert decode_bytes(garbled.encode("utf-8")) == text


def test_a_text_really_in_a_western_codepage_is_left_alone() -> None:
    text = "Le ministre a répondu à la note française; señor López était présent."
    assert decode_bytes(text.encode("utf-8")) == text


def test_a_forced_encoding_is_used_and_checked() -> None:
    assert decode_bytes(RUSSIAN.encode("cp1251"), encoding="cp1251") == RUSSIAN
    with pytest.raises(EncodingError, match="not valid utf-8"):
        decode_bytes(RUSSIAN.encode("cp1251"), encoding="utf-8")
    with pytest.raises(EncodingError, match="unknown encoding"):
        decode_bytes(b"abc", encoding="no-such-codec")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t \n", "empty"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa", "byte-order mark"),
    ],
)
def test_unusable_bytes_are_refused_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(AlignerError, match=message):
        decode_bytes(data, name="f.txt")


def test_errors_are_also_builtin_errors() -> None:
    with pytest.raises(ValueError, match="empty"):
        decode_bytes(b"")


def test_translation_first_without_a_contents_list() -> None:
    page = "Minsk, to Cde. Orlov.\n\nThe train left.\n\nМинск, тов. Орлову.\n\nПоезд ушёл.\n"
    doc = read_page(page)
    assert doc.source_span.of(page).strip() == "Минск, тов. Орлову.\n\nПоезд ушёл."
    assert doc.target_span.of(page).strip() == "Minsk, to Cde. Orlov.\n\nThe train left."


def test_the_translation_may_start_right_under_the_original() -> None:
    page = PAGE.replace("Лист 3\n\nBeijing", "Лист 3\nBeijing")
    doc = read_page(page)
    assert doc.target_span.of(page).strip().startswith("Beijing")
    assert doc.source_span.of(page).strip().endswith("Лист 3")


def test_a_typists_date_with_a_roman_month_stays_with_the_original() -> None:
    page = PAGE.replace("Лист 3\n", "Отп. 2 экз.\n6.III.53\n")
    doc = read_page(page)
    assert doc.source_span.of(page).strip().endswith("6.III.53")
    assert doc.target_span.of(page).strip().startswith("Beijing")


def test_a_citations_link_set_apart_and_extra_fields_stay_in_the_header() -> None:
    page = PAGE.replace("Translated by Jane Doe.\n<https", "Translated by Jane Doe.\n\n<https").replace(
        "#### **Original Language:**", "#### **Associated Places:**\n\nКитай\n\n#### **Original Language:**"
    )
    doc = read_page(page)
    assert doc.source_span.of(page).strip().startswith("Пекин")


def test_text_full_of_control_characters_is_refused_by_the_library_as_by_the_command_line() -> None:
    binary_like = "Прибыло 25 советников.\x01\x02\x03\x04" * 40
    with pytest.raises(InputError, match="control characters"):
        read_pair(binary_like, "25 advisors arrived.")
    with pytest.raises(InputError, match="control characters"):
        decode_bytes(binary_like.encode("utf-8"))
    # a few stray controls in a real text are kept (a form feed between pages, a stray bell)
    assert read_pair("Прибыло 25 советников.\x0c\x07", "25 advisors arrived.").source_text


PAGE_WITH_WITNESS_LAST = PAGE.replace(
    "Original Scan\nTranslation - English\n", "Original Scan\nTranslation - English\nOriginal Scan (draft)\n"
) + ("\nПроект\n\nПекин, тов. Мао Цзэдуну.\n\nСообщаем Вам о тяжёлой утрате, постигшей нашу партию.\n")


def test_an_original_given_after_the_translation_is_read_as_more_of_the_original() -> None:
    doc = read_page(PAGE_WITH_WITNESS_LAST)
    text = doc.source_text
    assert "Сообщаем о тяжёлой утрате" in text[doc.source_span.start : doc.source_span.end]
    english = text[doc.target_span.start : doc.target_span.end]
    assert "grave loss" in english
    assert "Проект" not in english
    (more,) = doc.source_more
    assert text[more.start : more.end].strip().startswith("Проект")


def test_an_original_after_the_translation_is_segmented_and_checked_as_the_original() -> None:
    report = check_page(PAGE_WITH_WITNESS_LAST)
    assert report.source.segments[-1].text.startswith("Сообщаем Вам")
    assert [s.id for s in report.source.segments] == [
        f"s{n}" for n in range(1, len(report.source.segments) + 1)
    ]
    assert not any("Проект" in s.text for s in report.target.segments)


def test_a_page_naming_no_original_after_the_translation_keeps_two_sides() -> None:
    assert read_page(PAGE).source_more == ()


def test_an_original_after_the_translation_survives_the_json_round_trip() -> None:
    report = check_page(PAGE_WITH_WITNESS_LAST)
    back = report_from_json(render(report, "json"))
    assert back.document.source_more == report.document.source_more
    assert [s.span for s in back.source.segments] == [s.span for s in report.source.segments]


def _plain_labels(page: str, form: str) -> str:
    """``page`` with its Markdown headings written as a page copied as plain text writes them."""
    out = []
    for line in page.splitlines():
        if line.startswith("#"):
            body = line.lstrip("#").strip()
            line = body if form == "bold" else body.strip("*")
        out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("form", ["bold", "plain"])
def test_a_header_copied_without_markdown_headings_is_still_the_header(form: str) -> None:
    page = _plain_labels(PAGE, form)
    doc = read_page(page)
    assert doc.source_span.of(page).strip().startswith("Пекин")
    assert doc.metadata.title == "Telegram, Molotov to Mao Zedong"
    assert doc.metadata.date == "1953-03-05"
    assert doc.metadata.translator == "Jane Doe"
    assert doc.metadata.contents == ("Original Scan", "Translation - English")


def test_plain_labels_with_their_value_on_the_same_line_or_the_next_one() -> None:
    page = _plain_labels(PAGE, "plain").replace("Original Language:\n\nRussian", "Original Language: Russian")
    page = page.replace("Summary:\n\n", "Summary:\n").replace(
        "March 5, 1953\n\nTelegram", "March 5, 1953\nTelegram"
    )
    doc = read_page(page)
    assert doc.metadata.original_language == "Russian"
    assert doc.metadata.summary == "On the death of the leader."
    assert doc.metadata.title == "Telegram, Molotov to Mao Zedong"
    assert doc.source_span.of(page).strip().startswith("Пекин")


def test_a_label_line_below_the_start_of_the_text_stays_in_the_text() -> None:
    page = (
        "Пекин, тов. Мао Цзэдуну.\n\nBeijing, to Cde. Mao Zedong.\n\nSummary:\n\nWe inform you of a loss.\n"
    )
    doc = read_page(page)
    assert doc.source_span.start == 0
    assert doc.target_span.of(page).rstrip().endswith("We inform you of a loss.")
    assert doc.metadata.summary == ""


_HEADER_ONLY = (
    "## **June 3, 1952**\n\n### **A note on grain**\n\n#### **Original Language:**\n\nRussian\n\n"
    "#### **Contents:**\n\n"
)


def test_a_page_with_only_its_header_says_so_in_one_line() -> None:
    page = _HEADER_ONLY + "Original Scan  \nTranslation - English\n"
    with pytest.raises(StructureError, match="a header but no text under it") as caught:
        read_page(page, path="note.page.txt")
    assert "\n" not in str(caught.value)


def test_a_translation_first_page_without_original_names_where_it_was_looked_for() -> None:
    page = _HEADER_ONLY + "Translation - English  \nOriginal Scan\n\nThe grain reached Odessa on time.\n"
    with pytest.raises(StructureError, match="after the translation, as the contents list says"):
        read_page(page, path="note.page.txt")


@pytest.mark.parametrize("form", ["bold", "plain"])
def test_header_sections_the_reader_has_no_field_for_stay_in_a_plain_header(form: str) -> None:
    extra = (
        "#### **Rights:**\n\nFree to reuse for study.\n\n"
        "#### **Document Information:**\n\nFond 5, opis 2, delo 31 (a test reference)\n\n"
        "#### **Original Language:**"
    )
    page = _plain_labels(PAGE.replace("#### **Original Language:**", extra), form)
    doc = read_page(page)
    assert doc.source_span.of(page).strip().startswith("Пекин")
    assert doc.metadata.original_language == "Russian"
    assert doc.metadata.contents == ("Original Scan", "Translation - English")


def test_a_label_line_of_the_translation_is_no_header_section() -> None:
    page = _plain_labels(PAGE, "plain").replace("Beijing,", "Subject: the leader.\n\nBeijing,")
    doc = read_page(page)
    assert "Subject: the leader." in doc.target_span.of(page)


@pytest.mark.parametrize("form", ["markdown", "plain"])
def test_a_text_right_under_the_contents_list_is_the_body(form: str) -> None:
    page = PAGE if form == "markdown" else _plain_labels(PAGE, "plain")
    page = page.replace("Translation - English\n\nПекин", "Translation - English\nПекин")
    doc = read_page(page)
    assert doc.metadata.contents == ("Original Scan", "Translation - English")
    assert doc.source_span.of(page).strip().startswith("Пекин")
    assert doc.target_span.of(page).strip().startswith("Beijing")


def test_a_witness_after_the_translation_is_found_without_a_contents_list() -> None:
    page = (
        "Сообщаем, что эшелон с зерном прибыл в Одессу третьего мая и разгружен полностью.\n\n"
        "We report that the grain train reached Odessa on May 3 and was unloaded in full.\n\n"
        "Копия телеграммы: «Сообщаем, что эшелон с зерном прибыл в Одессу третьего мая и "
        "разгружен полностью. Просим указаний о дальнейшей отправке порожняка на станцию "
        "погрузки в Николаеве.»\n"
    )
    doc = read_page(page)
    assert doc.target_span.of(page).strip().startswith("We report")
    assert doc.source_more
    assert page[doc.source_more[0].start :].startswith("Копия")


def test_a_contents_list_naming_the_sides_in_the_wrong_order_is_overruled_by_the_scripts() -> None:
    page = PAGE.replace("Original Scan\nTranslation - English", "Translation - English\nOriginal Scan")
    doc = read_page(page)
    assert doc.source_span.of(page).strip().startswith("Пекин")
    assert doc.target_span.of(page).strip().startswith("Beijing")


def test_a_witness_the_contents_list_does_not_name_is_still_found_after_the_translation() -> None:
    page = PAGE.rstrip("\n") + (
        "\n\nКопия: «Пекин, тов. Мао Цзэдуну. Сообщаем о тяжёлой утрате, постигшей советский народ "
        "и всё прогрессивное человечество, и просим передать это известие товарищам.»\n"
    )
    doc = read_page(page)
    assert doc.target_span.of(page).strip().startswith("Beijing")
    assert doc.source_more
