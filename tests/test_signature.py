"""The report signature: a fixed key order, and content hashes of the lexicon, the data and every option."""

from __future__ import annotations

import shutil
from pathlib import Path

import attrs
import pytest

from aligner import Config, check_texts
from aligner.signature import Signature, code_hash

SOURCE, TARGET = "Прибыло 25 советников.", "25 advisors arrived."


def _sig(**options: object) -> Signature:
    return Signature.parse(check_texts(SOURCE, TARGET, config=Config(**options)).signature)  # type: ignore[arg-type]


def test_the_keys_come_in_a_fixed_order_and_parse_back() -> None:
    text = check_texts(SOURCE, TARGET).signature
    keys = [part.split(":", 1)[0] for part in text.split("|")]
    top = [
        k
        for k in keys
        if k in ("seg", "lexicon", "lexicon-sha256", "align", "checks", "data", "config", "code", "v")
    ]
    assert top == ["seg", "lexicon", "lexicon-sha256", "align", "checks", "data", "config", "code", "v"]
    assert text.startswith("seg:sentences|lexicon:")
    record = Signature.parse(text)
    assert str(record) == text
    assert record.align.startswith("beads:2x2+1x3|scorer:")


def test_the_same_run_gives_the_same_signature() -> None:
    assert _sig() == _sig()


def test_two_user_lexicons_of_one_name_and_size_are_told_apart() -> None:
    one = _sig(lexicon_text="advisor @ советник\n", lexicon_name="mine.txt")
    other = _sig(lexicon_text="adviser @ советник\n", lexicon_name="mine.txt")
    assert one.lexicon == other.lexicon  # the same name and entry count
    assert one.lexicon_sha256 != other.lexicon_sha256
    assert one.lexicon_sha256 != _sig().lexicon_sha256


def test_the_file_name_of_a_lexicon_does_not_change_the_options_hash() -> None:
    a = _sig(lexicon_text="advisor @ советник\n", lexicon_name="a.txt")
    b = _sig(lexicon_text="advisor @ советник\n", lexicon_name="b.txt")
    assert (a.lexicon_sha256, a.config) == (b.lexicon_sha256, b.config)


@pytest.mark.parametrize(
    "options", [{"max_segments": 500}, {"second_pass": True}, {"explain": True}, {"max_chars": 10_000}]
)
def test_every_option_is_in_the_signature(options: dict) -> None:
    assert _sig(**options).config != _sig().config


def test_the_data_files_are_named_by_one_hash() -> None:
    record = _sig()
    assert len(record.data) == 12
    assert int(record.data, 16) >= 0
    assert attrs.evolve(record, data="0" * 12) != record


def test_a_malformed_signature_is_refused() -> None:
    with pytest.raises(ValueError, match="key:value"):
        Signature.parse("seg:sentences|nonsense")


def test_a_changed_threshold_in_the_code_changes_the_code_hash(tmp_path: Path) -> None:
    import aligner

    installed = Path(aligner.__file__).parent
    copy = tmp_path / "aligner"
    shutil.copytree(installed, copy, ignore=shutil.ignore_patterns("__pycache__", "data"))
    assert code_hash(copy) == _sig().code  # the copy is the running code
    module = copy / "checks" / "repeats.py"
    module.write_text(module.read_text(encoding="utf-8").replace("MIN_WORDS = 5", "MIN_WORDS = 6"), "utf-8")
    assert code_hash(copy) != _sig().code
