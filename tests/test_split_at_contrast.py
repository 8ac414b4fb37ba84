"""A sentence the translator cut at its clause of contrast («…, но …» as "…. But …"): one 1-2 bead."""

from __future__ import annotations

from aligner.pipeline import check_texts

BEFORE_S = "Я поблагодарил председателя за содействие. "
AFTER_S = " Беседа продолжалась 40 минут."
BEFORE_T = "I thanked the chairman for his assistance. "
AFTER_T = " The conversation lasted 40 minutes."


def _read(source: str, target: str) -> tuple[list[str], list[str]]:
    report = check_texts(BEFORE_S + source + AFTER_S, BEFORE_T + target + AFTER_T)
    shapes = [f"{len(b.source)}-{len(b.target)}" for b in report.alignment.beads]
    major = [f.message for f in report.findings if f.severity.value in ("major", "critical")]
    return shapes, major


def test_a_contrast_clause_given_as_a_sentence_of_its_own_is_no_added_sentence() -> None:
    # the first half shares one word with its original («хлопка», "cotton"): read as an added
    # sentence and a 1-1 bead before, a major addition
    shapes, major = _read(
        "Выгрузка хлопка замедлилась, однако порт работает круглосуточно.",
        "Unloading the cotton has slowed down. However, the port is working around the clock.",
    )
    assert shapes == ["1-1", "1-2", "1-1"]
    assert major == []


def test_a_sentence_opening_with_but_after_a_sentence_with_no_contrast_is_still_added() -> None:
    # no clause of contrast in the original: the cut has nothing to match
    shapes, major = _read(
        "Выгрузка хлопка замедлилась.",
        "Unloading the cotton has slowed down. However, the port is working around the clock.",
    )
    assert shapes == ["1-1", "1-1", "0-1", "1-1"]
    assert len(major) == 1
