"""A formula of courtesy condensed by the translator («желаем Вам …» as "With best wishes") is no
strong evidence of text left out: the length finding on it is minor."""

from __future__ import annotations

from aligner.config import Config
from aligner.pipeline import check_texts

SOURCE = (
    "Завод выполнил план первого квартала по всем видам продукции.\n\n"
    "Пользуясь случаем, от всего коллектива желаем Вам, дорогой Петр Семенович, крепкого здоровья, "
    "больших успехов в работе и долгих лет жизни."
)
TARGET = (
    "The works has fulfilled the plan of the first quarter for every kind of product.\n\n"
    "The whole staff wishes you, dear Pyotr Semyonovich, good health."
)


def test_a_condensed_closing_formula_is_a_minor_length_finding() -> None:
    report = check_texts(SOURCE, TARGET, config=Config())
    found = [f for f in report.findings if f.kind == "omission"]
    assert found
    assert all(f.severity.value == "minor" for f in found)
    assert any("courtesy" in f.message for f in found)


def test_a_closing_formula_read_as_two_sentences_run_together_is_minor() -> None:
    source = (
        "Завод выполнил план первого квартала по всем видам продукции.\n\n"
        "Пользуясь случаем, желаем Вам, дорогой Петр Семенович, крепкого здоровья и долгих лет жизни "
        "на благо всех рабочих нашего края."
    )
    target = (
        "The works has fulfilled the plan of the first quarter for every kind of product.\n\n"
        "We wish you good health, dear Pyotr Semyonovich."
    )
    report = check_texts(source, target, config=Config())
    assert [f for f in report.findings if f.kind == "omission" and f.severity.value != "minor"] == []
