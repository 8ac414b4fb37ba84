"""Two translations of one original: the original is compared with the one printed first."""

from __future__ import annotations

from aligner.config import Config
from aligner.pipeline import check_texts

SOURCE = (
    "Ваша телеграмма от 3 мая получена. "
    "Советское правительство согласно направить в Тегеран делегацию из 12 человек. "
    "Делегацию возглавит заместитель министра путей сообщения Гусев. "
    "Переговоры о транзите грузов можно начать 20 мая. "
    "Прошу сообщить Ваше мнение о повестке дня."
)
#: The edition printed first: freer, with a slip in a number (12 -> 15).
FIRST = (
    "I have received your telegram of May 3. "
    "The Soviet Government is prepared to send a delegation of 15 to Tehran. "
    "It will be headed by the Deputy Minister of Railways, Gusev. "
    "The talks on the transit of goods can begin on May 20. "
    "Kindly let me have your views on the agenda."
)
#: The edition printed second: closer to the Russian word for word, and right.
SECOND = (
    "Your telegram of May 3 has been received. "
    "The Soviet Government agrees to send to Tehran a delegation of 12 persons. "
    "The delegation will be led by Deputy Minister of Railways Gusev. "
    "Negotiations on the transit of goods may start on May 20. "
    "Please inform me of your opinion on the agenda."
)


def test_the_slip_of_the_edition_printed_first_is_reported() -> None:
    report = check_texts(SOURCE, FIRST + "\n\n" + SECOND, config=Config())
    numbers = [f for f in report.findings if f.kind == "number" and f.severity.value in ("major", "critical")]
    assert any("15" in f.message and "12" in f.message for f in numbers)


def test_the_edition_printed_second_is_an_info_note_only() -> None:
    report = check_texts(SOURCE, FIRST + "\n\n" + SECOND, config=Config())
    second = {s.id for s in report.target.segments if s.text in SECOND}
    on_second = [f for f in report.findings if set(f.target) & second]
    assert on_second
    assert {(f.kind, f.severity.value) for f in on_second if f.kind == "addition"} == {("addition", "info")}
    assert all(f.severity.value in ("info", "minor") for f in on_second)


def test_a_single_translation_is_aligned_as_before() -> None:
    report = check_texts(SOURCE, FIRST, config=Config())
    assert all(b.source and b.target for b in report.alignment.beads)
