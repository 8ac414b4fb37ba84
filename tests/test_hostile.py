"""Hostile input: every case is processed with the invariants holding, or refused in one clear line.

Each case names its expected outcome: ``OK`` (exit status 0 and a report whose
segments and beads keep the invariants) or ``REFUSED`` (exit status 2, one
line on standard error holding the words given, no traceback, no output file).
The regular-expression cases at the end feed the patterns aligner uses the
input that makes a backtracking engine take quadratic time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from aligner.cli import main

OK, REFUSED = "ok", "refused"

RU = "Председателю Совета Министров тов. Сталину. Прошу разрешить использование 25-35 советников."
EN = "To the Chairman of the Council of Ministers, Cde. Stalin. I ask to allow the use of 25-35 advisors."
PAGE = f"{RU}\n\n{EN}\n"


def _page_bytes(text: str = PAGE) -> bytes:
    return text.encode("utf-8")


# (name, file bytes, expected outcome, words expected on standard error for a refusal)
REPORT_CASES = [
    ("empty", b"", REFUSED, "empty"),
    ("whitespace_only", b"  \n\t\n   \r\n", REFUSED, "empty"),
    ("binary_bytes", bytes(range(256)) * 40, REFUSED, "binary"),
    ("png_header", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300), REFUSED, "binary"),
    ("nul_bytes_in_text", _page_bytes(RU + "\x00\x00\x00" + "\n\n" + EN), REFUSED, "binary"),
    # one byte that is no UTF-8 makes the whole file cp1251: processed, but read as mojibake: a known limit
    ("invalid_utf8_byte", _page_bytes(PAGE)[:20] + b"\xff" + _page_bytes(PAGE)[20:], OK, ""),
    ("russian_only", _page_bytes(RU + "\n"), REFUSED, "no english translation"),
    ("english_only", _page_bytes(EN + "\n"), REFUSED, "no russian original"),
    (
        "empty_translation_section",
        _page_bytes(
            "## **July 8, 1950**\n\n#### **Contents:**\n\nOriginal Scan\nTranslation - English\n\n"
            f"{RU}\n\nTranslation - English\n\n"
        ),
        OK,  # the heading "Translation - English" is English text: aligned as an addition
        "",
    ),
    ("utf16_bom", PAGE.encode("utf-16"), OK, ""),
    ("utf8_bom", b"\xef\xbb\xbf" + _page_bytes(), OK, ""),
    ("cp1251", PAGE.encode("cp1251"), OK, ""),
    ("koi8_r", PAGE.replace("—", "-").encode("koi8_r"), OK, ""),
    (
        "mojibake_utf8_as_cp1252",
        "".join(
            chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
            for b in RU.encode("utf-8")
        ).encode("utf-8")
        + b"\n\n"
        + EN.encode(),
        OK,
        "",
    ),
    (
        "mojibake_cp1251_as_cp1252",
        (RU.encode("cp1251").decode("cp1252") + "\n\n" + EN).encode(),
        OK,
        "",
    ),
    (
        "mojibake_with_lost_bytes",
        (RU.encode("utf-8").decode("cp1252", errors="replace") + "\n\n" + EN).encode(),
        REFUSED,
        "cannot be repaired",
    ),
    (
        "combining_marks",
        _page_bytes(RU.replace("а", "а\u0301\u0308") + "\n\n" + EN.replace("e", "e\u0301")),
        OK,
        "",
    ),
    (
        "right_to_left",
        _page_bytes(
            RU + " \u05e9\u05dc\u05d5\u05dd \u202e\u0627\u0644\u0633\u0644\u0627\u0645\u202c\n\n" + EN
        ),
        OK,
        "",
    ),
    ("control_characters", _page_bytes(RU + "\x07\x1b[31m\x08\n\n" + EN + "\x0c"), OK, ""),
    ("many_control_characters", _page_bytes(RU + "\x07" * 500 + "\n\n" + EN), REFUSED, "binary"),
    (
        "markup_and_script",
        _page_bytes(
            f"<script>alert('x')</script> {RU}\n\n<img src=x onerror=alert(1)> {EN} "
            '<a href="javascript:alert(2)">&lt;b&gt;</a>\n'
        ),
        OK,
        "",
    ),
    ("exclamations_100k", _page_bytes(RU + " " + "!" * 100_000 + "\n\n" + EN), OK, ""),
    (
        "dots_100k",
        _page_bytes(RU + " " + "." * 100_000 + "\n\n" + EN + " " + "." * 100_000),
        OK,
        "",
    ),
    ("crlf_and_cr_newlines", PAGE.replace("\n", "\r\n").encode() + b"\r" + EN.encode(), OK, ""),
    (
        "only_furniture_and_punctuation",
        _page_bytes("14\n\n— — —\n\n№ 481\n\n...\n"),
        REFUSED,
        "no russian original",
    ),
    ("lone_surrogate_escaped", _page_bytes(RU + "\n\n" + EN) + b"\xed\xa0\x80", OK, ""),
    pytest.param(
        "letter_without_unicode_name",
        _page_bytes(RU + " AA\U00017000\n\n" + EN),
        OK,
        "",
        id="letter_without_unicode_name",
    ),
]


#: Cases run in a separate process with a time limit (they hang the current pipeline).
SLOW_CASES = frozenset({"exclamations_100k", "dots_100k"})


def _ids(cases: list) -> list[str]:
    return [c[0] if isinstance(c, tuple) else c.id for c in cases]


def _check_json_report(text: str, data: str) -> None:
    """The invariants a user can check on the JSON report: order, coverage, furniture, offsets."""
    report = json.loads(text)
    for side in ("source", "target"):
        segments = report[side]["segments"]
        last_end = -1
        for seg in segments:
            assert 0 <= seg["start"] < seg["end"] <= len(data)
            assert seg["start"] >= last_end, "segments overlap or are out of order"
            last_end = seg["end"]
            assert data[seg["start"]] == seg["text"][0] or seg["text"][0].isspace()
        ids = [i for bead in report["alignment"] for i in bead[side]]
        assert ids == [s["id"] for s in segments]
    kinds = {s["id"]: s["kind"] for side in ("source", "target") for s in report[side]["segments"]}
    for bead in report["alignment"]:
        if any(kinds[i] == "furniture" for i in bead["source"] + bead["target"]):
            assert len(bead["source"]) + len(bead["target"]) == 1


def _decoded(data: bytes) -> str:
    from aligner.read import decode_bytes

    return decode_bytes(data)


def _assert_refused(code: int, out: str, err: str, words: str) -> None:
    assert code == 2, (code, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err, err
    assert "internal error" not in err, err
    assert words.lower() in err.lower(), err
    assert lines[0].startswith("aligner: ")


@pytest.mark.parametrize(("name", "data", "expected", "words"), REPORT_CASES, ids=_ids(REPORT_CASES))
def test_report_command_on_hostile_files(
    name: str,
    data: bytes,
    expected: str,
    words: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    if name in SLOW_CASES:
        # run apart, so that a hang is a reported failure and not a stuck test suite
        try:
            code, out, err = _run_cli_output(["report", str(path), "--format", "json"], BIG_TIMEOUT)
        except subprocess.TimeoutExpired:
            pytest.fail(f"{name}: not done after {BIG_TIMEOUT} s: something in the pipeline does not scale")
    else:
        code = main(["report", str(path), "--format", "json"])
        out, err = capsys.readouterr()
    if expected == REFUSED:
        _assert_refused(code, out, err, words)
        assert out == ""
        return
    assert code == 0, err
    assert "Traceback" not in err
    _check_json_report(out, _decoded(data))


def test_markup_is_escaped_in_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "markup.txt"
    path.write_text(
        f"{RU} <script>alert('x')</script>\n\n{EN} <img src=x onerror=alert(1)>\n", encoding="utf-8"
    )
    assert main(["report", str(path), "--format", "html"]) == 0
    out = capsys.readouterr().out
    assert "<script>alert(" not in out
    assert "<img src=x onerror" not in out


# ----------------------------------------------------------------------------- files and paths


def test_missing_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["report", str(tmp_path / "gone.txt")])
    _assert_refused(code, *capsys.readouterr(), "no such file")


def test_a_folder_given_as_the_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["report", str(tmp_path)])
    _assert_refused(code, *capsys.readouterr(), "folder")


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0,
    reason="root reads files whatever their mode (CI runs as root)",
)
def test_an_unreadable_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "locked.txt"
    path.write_bytes(_page_bytes())
    path.chmod(0)
    try:
        code = main(["report", str(path)])
    finally:
        path.chmod(0o600)
    _assert_refused(code, *capsys.readouterr(), "permission denied")


def test_a_file_that_vanishes_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is there when its size is checked and gone when it is read."""
    path = tmp_path / "vanishing.txt"
    path.write_bytes(_page_bytes())
    real = Path.read_bytes

    def vanish(self: Path) -> bytes:
        if self.name == "vanishing.txt":
            self.unlink()
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", vanish)
    code = main(["report", str(path)])
    _assert_refused(code, *capsys.readouterr(), "no such file")


def test_output_in_a_missing_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(_page_bytes())
    out_path = tmp_path / "no" / "such" / "folder" / "report.html"
    code = main(["report", str(path), "-o", str(out_path)])
    _assert_refused(code, *capsys.readouterr(), "does not exist")
    assert not out_path.parent.exists()


def test_output_onto_a_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(_page_bytes())
    code = main(["report", str(path), "-o", str(tmp_path)])
    _assert_refused(code, *capsys.readouterr(), "folder")


def test_align_with_an_empty_translation_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ru.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "en.txt").write_text("", encoding="utf-8")
    code = main(["align", str(tmp_path / "ru.txt"), str(tmp_path / "en.txt")])
    _assert_refused(code, *capsys.readouterr(), "empty")


def test_a_forced_wrong_encoding_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode("cp1251"))
    code = main(["report", str(path), "--encoding", "utf-8"])
    _assert_refused(code, *capsys.readouterr(), "not valid utf-8")


def test_a_forced_encoding_is_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode("koi8_r"))
    assert main(["report", str(path), "--encoding", "koi8-r", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "Председателю" in out


def test_the_size_limit_is_a_clear_refusal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(_page_bytes())
    code = main(["report", str(path), "--max-chars", "50"])
    _assert_refused(code, *capsys.readouterr(), "--max-chars")


# ----------------------------------------------------------------------------- size

# A guard against a hang, not a speed test: these inputs take seconds; a quadratic step would take hours.
BIG_TIMEOUT = 300


def _run_cli_output(args: list[str], timeout: float) -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "aligner", *args],
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def _run_cli(args: list[str], timeout: float) -> tuple[int, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "aligner", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return proc.returncode, proc.stderr


@pytest.mark.slow
def test_a_ten_megabyte_single_line(tmp_path: Path) -> None:
    sentence_ru = "Число советников двадцать пять. "
    sentence_en = "The number of advisors is twenty five. "
    size = 10_000_000
    code, err = _align_files(
        tmp_path,
        sentence_ru * (size // 2 // len(sentence_ru)),
        sentence_en * (size // 2 // len(sentence_en)),
    )
    # about 156,000 sentences a side: over the default --max-segments, refused before reading
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1, err
    assert "more than 100,000 segments" in err
    assert "--max-segments" in err


def test_three_hundred_thousand_short_lines_in_lines_mode(tmp_path: Path) -> None:
    code, err = _align_files(tmp_path, "Да\n" * 300_000, "Yes\n" * 300_000, "--split", "lines")
    assert code == 2, err
    assert "more than 100,000 segments (about 300,000)" in err


@pytest.mark.slow
def test_a_million_short_lines(tmp_path: Path) -> None:
    code, err = _align_files(tmp_path, "Да.\n" * 1_000_000, "Yes.\n" * 1_000_000)
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1, err
    assert "more than 100,000 segments (about 999,999)" in err


def _align_files(tmp_path: Path, russian: str, english: str, *options: str) -> tuple[int, str]:
    """``aligner align`` on two files holding these texts: the exit status and standard error."""
    (tmp_path / "ru.txt").write_text(russian, encoding="utf-8")
    (tmp_path / "en.txt").write_text(english, encoding="utf-8")
    argv = ["align", str(tmp_path / "ru.txt"), str(tmp_path / "en.txt"), *options]
    code, err = _run_cli([*argv, "-o", str(tmp_path / "r.json"), "-f", "json"], BIG_TIMEOUT)
    return code, err


# ----------------------------------------------------------------------------- regular expressions
# Each case feeds one pattern the input that would make a backtracking pattern take quadratic
# time, a million characters long, through the code that uses it. A linear pattern answers in a
# second; a quadratic one would take hours. The subprocess's time-out is a guard against a hang,
# not a measurement (speed is measured in benchmarks/).

REGEX_N = 1_000_000
REGEX_CASES = {
    "sentence_candidate_dots": "segment('a' + '.' * N)",
    "sentence_candidate_bangs": "segment('a' + '!' * N + 'x')",
    "sentence_token_before": "segment('a' * N + '. Б')",
    "sentence_abbreviations": "segment('т. е. ' * (N // 6) + 'Б')",
    "sentence_initials": "segment('И. В. ' * (N // 6) + 'Б')",
    "sentence_list_without_second_item": "segment('Решили: 1. ' * (N // 11))",
    "normalize_word_before": "normalize.join_lines('а' * N + '-\\nб', 0, N + 3)",
    "date_only_spaces": "segment('1.1.50' + ' ' * N + 'xxxxxx')",
    "page_heading_spaces": "read.read_page('# a' + ' ' * N + 'b\\n\\nПривет.\\n\\nHello.')",
    "heading_end_punctuation": "segment('ТАСС ' + '!,' * (N // 2) + 'Ж')",
    "mojibake_detection": "read.decode_bytes(('Ñåêðåòíî ' * (N // 9)).encode('utf-8'))",
}
_REGEX_PRELUDE = (
    "from aligner import normalize, read\n"
    "from aligner.model import Span\n"
    "from aligner.segment import segment_side\n"
    f"N = {REGEX_N}\n"
    "def segment(t):\n"
    "    return segment_side(t, Span(0, len(t)), side='source', language='ru')\n"
)


@pytest.mark.parametrize("case", sorted(REGEX_CASES))
def test_no_regex_backtracks_catastrophically(case: str) -> None:
    # every case is processed: a refusal would be as wrong here as a hang
    code = (
        _REGEX_PRELUDE
        + "try:\n    "
        + REGEX_CASES[case]
        + "\n    print('processed')\nexcept Exception as exc:\n    print(type(exc).__name__, exc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=BIG_TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "processed", done.stdout
