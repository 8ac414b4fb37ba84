"""The command line as a user meets it: exit statuses, one-line errors, files written whole or not at all."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from aligner.cli import main
from conftest import SEED

PAIR_RU = "Прошу направить 25-35 советников. Ответ жду до 8 июля 1950 года.\n"
PAIR_EN = "Please send 25-30 advisors. I await the answer by July 8, 1950.\n"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, err: str, *words: str) -> None:
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("aligner: ")
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0]


def test_report_on_the_seed_prints_the_text_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["report", str(SEED)], capsys)
    assert code == 0, err
    assert "25-35" in out
    assert "25-30" in out
    assert "Generalissimo" in out


def test_json_report_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.json"
    code, stdout, _ = run(["report", str(SEED), "--format", "json", "-o", str(out)], capsys)
    assert code == 0
    assert stdout == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "aligner.report/1"
    assert data["findings"]


def test_fail_on_gives_status_1_when_findings_reach_the_threshold(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, _ = run(["report", str(SEED), "--fail-on", "critical"], capsys)
    assert code == 1


def test_align_two_files_and_fail_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ru.txt").write_text(PAIR_RU, encoding="utf-8")
    (tmp_path / "en.txt").write_text(PAIR_EN, encoding="utf-8")
    code, out, err = run(
        [
            "align",
            str(tmp_path / "ru.txt"),
            str(tmp_path / "en.txt"),
            "-f",
            "json",
            "--fail-on",
            "major",
        ],
        capsys,
    )
    assert code == 1, err
    data = json.loads(out)
    (finding,) = [f for f in data["findings"] if f["kind"] == "number"]
    assert finding["source_evidence"][0]["text"] == "25-35"
    assert finding["target_evidence"][0]["text"] == "25-30"
    assert data["target"]["segments"][0]["start"] == 0  # target offsets are into the target file


def test_split_lines_makes_one_segment_per_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ru.txt").write_text("Первая. Вторая.\nТретья\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("First. Second.\nThird\n", encoding="utf-8")
    code, out, _ = run(
        [
            "align",
            str(tmp_path / "ru.txt"),
            str(tmp_path / "en.txt"),
            "-f",
            "json",
            "--split",
            "lines",
        ],
        capsys,
    )
    assert code == 0
    data = json.loads(out)
    assert [s["text"] for s in data["source"]["segments"]] == ["Первая. Вторая.", "Третья"]
    assert [(b["source"], b["target"]) for b in data["alignment"]] == [
        (["s1"], ["t1"]),
        (["s2"], ["t2"]),
    ]


def test_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    class FakeStdin:
        buffer = __import__("io").BytesIO(SEED.read_bytes())

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    code, out, _ = run(["report", "-", "-f", "json"], capsys)
    assert code == 0
    assert json.loads(out)["document"]["path"] == "<stdin>"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, ["no such file"]),
        (b"", ["empty"]),
        (b"\x00\x01\x02\x03binary\x00\xff" * 50, ["binary"]),
        ("Только русский текст без перевода.\n".encode(), ["no English translation found"]),
        (b"Only English text, no original.\n", ["no Russian original found"]),
    ],
    ids=["missing", "empty", "binary", "no-translation", "no-original"],
)
def test_unusable_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, words: list[str]
) -> None:
    path = tmp_path / "page.txt"
    if content is not None:
        path.write_bytes(content)
    out = tmp_path / "out.json"
    code, stdout, err = run(["report", str(path), "-o", str(out)], capsys)
    assert_one_line_error(code, err, str(path), *words)
    assert stdout == ""
    assert not out.exists()


def test_output_in_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["report", str(SEED), "-o", str(tmp_path / "nope" / "r.txt")], capsys)
    assert_one_line_error(code, err, "does not exist")


def test_an_existing_report_is_not_damaged_by_a_failed_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.txt"
    out.write_text("previous report", encoding="utf-8")
    code, _, _ = run(["report", str(tmp_path / "missing.txt"), "-o", str(out)], capsys)
    assert code == 2
    assert out.read_text(encoding="utf-8") == "previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.txt"]


@pytest.mark.parametrize(
    "args",
    [
        ["report"],
        ["report", "a", "--format", "pdf"],
        ["frobnicate"],
        ["align", "only-one"],
        ["report", "x", "--fail-on", "huge"],
    ],
)
def test_bad_usage_exits_2_with_one_line(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(args)
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert len(err.strip().splitlines()) == 1, err


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for cmd in (["--help"], *([c, "--help"] for c in ("report", "align", "batch", "schema"))):
        with pytest.raises(SystemExit) as exc:
            main(cmd)
        assert exc.value.code == 0
        assert "usage:" in capsys.readouterr().out


def _report_options(help_text: str) -> str:
    """The "report options" section of a command's --help."""
    section = help_text.split("\nreport options:\n", 1)[1]
    return section.split("\n\n")[1].rstrip()  # after the group's one-line description; the epilog follows


@pytest.mark.parametrize("other", ["align", "batch"])
def test_report_align_and_batch_share_one_option_list(
    other: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    helps = {}
    for cmd in ("report", other):
        with pytest.raises(SystemExit):
            main([cmd, "--help"])
        helps[cmd] = capsys.readouterr().out
    shared = _report_options(helps["report"])
    for option in ("--format", "--fail-on", "--encoding", "--lexicon", "--explain", "--max-chars"):
        assert option in shared
    assert _report_options(helps[other]) == shared


def test_python_dash_m_runs_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "aligner", "report", str(SEED), "--format", "json"],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["schema"] == "aligner.report/1"


def test_the_report_does_not_depend_on_the_hash_seed() -> None:
    outs = []
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-m", "aligner", "report", str(SEED), "--format", "json"],
            capture_output=True,
            check=False,
            env={**__import__("os").environ, "PYTHONHASHSEED": seed},
        )
        assert done.returncode == 0, done.stderr
        outs.append(done.stdout)
    assert outs[0] == outs[1]
