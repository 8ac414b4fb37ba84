"""The disk cache of derived indexes: built once, read after, never an error."""

from __future__ import annotations

import os
import pickle
import stat
from pathlib import Path

import pytest

from aligner import cache
from aligner.cache import CACHE_ENV, cache_dir, cached


def _builder(calls: list[int], value: object) -> object:
    def build() -> object:
        calls.append(1)
        return value

    return build


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(where))
    return where


def test_a_value_is_built_once_and_then_read_from_disk(folder: Path) -> None:
    calls: list[int] = []
    assert cached("demo", _builder(calls, {"a": frozenset({"b"})})) == {"a": frozenset({"b"})}
    assert cached("demo", _builder(calls, "other")) == {"a": frozenset({"b"})}
    assert len(calls) == 1
    assert [p.name.startswith("demo-") for p in folder.iterdir()] == [True]


def test_a_different_extra_is_a_different_entry(folder: Path) -> None:
    calls: list[int] = []
    assert cached("demo", _builder(calls, 1), extra="one") == 1
    assert cached("demo", _builder(calls, 2), extra="two") == 2
    assert len(calls) == 2


def test_a_corrupt_file_is_rebuilt_not_an_error(folder: Path) -> None:
    calls: list[int] = []
    cached("demo", _builder(calls, [1, 2, 3]))
    (path,) = folder.iterdir()
    path.write_bytes(b"\x80\x05 not a pickle")
    assert cached("demo", _builder(calls, [1, 2, 3])) == [1, 2, 3]
    assert len(calls) == 2
    assert pickle.loads(path.read_bytes()) == [1, 2, 3]  # and written whole again


def test_a_folder_that_cannot_be_written_gives_the_value_from_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    calls: list[int] = []
    assert cached("demo", _builder(calls, "value")) == "value"
    assert cached("demo", _builder(calls, "value")) == "value"
    assert len(calls) == 2


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root writes anywhere")
def test_a_read_only_folder_gives_the_value_from_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    monkeypatch.setenv(CACHE_ENV, str(folder))
    assert cached("demo", lambda: "value") == "value"
    assert list(folder.iterdir()) == []


def test_an_empty_setting_turns_the_disk_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, "")
    assert cache_dir() is None
    calls: list[int] = []
    cached("demo", _builder(calls, 1))
    cached("demo", _builder(calls, 1))
    assert len(calls) == 2


def test_the_default_folder_is_the_users_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.setattr(cache.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "aligner"


def test_the_shipped_lexicon_read_back_from_the_cache_is_the_one_built(folder: Path) -> None:
    from aligner.lexicon import DEFAULT_LEXICON_FILE, Lexicon
    from aligner.resources import data_text

    built = Lexicon.from_hunalign(data_text(DEFAULT_LEXICON_FILE), name=DEFAULT_LEXICON_FILE)
    cached("lexicon-test", lambda: built)
    again = cached("lexicon-test", lambda: pytest.fail("rebuilt"))
    assert again == built
    for word in ("советников", "армии", "использоваться"):
        assert again.source_keys(word) == built.source_keys(word)
    for word in ("advisors", "went", "greatest"):
        assert again.target_keys(word) == built.target_keys(word)


def test_a_decorated_function_is_built_once_per_argument_and_then_read_from_disk(folder: Path) -> None:
    from aligner.cache import cached_on_disk

    calls: list[str] = []

    def build(language: str) -> dict[str, int]:
        calls.append(language)
        return {language: len(calls)}

    first = cached_on_disk("demo-words")(build)
    assert first("ru") == {"ru": 1}
    assert first("ru") == {"ru": 1}
    assert first("en") == {"en": 2}
    # a new process (here: a new decoration) reads both values back instead of building them
    again = cached_on_disk("demo-words")(build)
    assert again("ru") == {"ru": 1}
    assert again("en") == {"en": 2}
    assert calls == ["ru", "en"]
    assert sorted(p.name.split("-")[2] for p in folder.iterdir()) == ["en", "ru"]


def test_compiled_patterns_read_back_from_the_cache_find_what_they_found(folder: Path) -> None:
    import regex

    built = regex.compile(r"(?<!\p{L})(?P<d>[0-3]?\d)\s+(?P<m>июля|июня)(?!\p{L})", regex.IGNORECASE)
    cached("pattern-test", lambda: built)
    again = cached("pattern-test", lambda: pytest.fail("rebuilt"))
    text = "Приказ от 8 ИЮЛЯ и от 30 июня; не 12 июлями."
    found = [m.groupdict() for m in again.finditer(text)]
    assert found == [{"d": "8", "m": "ИЮЛЯ"}, {"d": "30", "m": "июня"}]
    assert again.pattern == built.pattern
    assert again.flags == built.flags


def test_the_date_rules_read_back_from_the_cache_read_the_same_dates(folder: Path) -> None:
    from aligner.features.date_patterns import date_patterns

    built = date_patterns.__wrapped__("ru")
    cached("date-rules-test", lambda: built)
    again = cached("date-rules-test", lambda: pytest.fail("rebuilt"))
    text = "в ночь на 23 июня 1941 г. и с 1 по 15.6.44 г., 14.VII - 18.VII, восьмого июля 1950 года"
    found = 0
    for (name, mine), (_, theirs) in zip(built.rules, again.rules, strict=True):
        spans = [m.span() for m in mine.finditer(text)]
        assert [m.span() for m in theirs.finditer(text)] == spans, name
        found += len(spans)
    assert found >= 4
