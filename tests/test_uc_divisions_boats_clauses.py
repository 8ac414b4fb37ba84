"""Divisions by arm of service and kinds of boat rendered as another (terms); a short sentence typed
twice in a row (duplicate); a clause after «а», «однако» dropped from a sentence whose rest the
translation renders in more words than the original (omission)."""

from __future__ import annotations

import pytest

from aligner.checks.term import check_term
from aligner.config import Config
from aligner.pipeline import check_texts
from check_helpers import REST, context


def _terms(ru: str, en: str):
    ctx = context([(ru, en)])
    return ctx, list(check_term(ctx, config=Config()))


@pytest.mark.parametrize(
    ("ru", "en", "said", "rendered"),
    [
        (
            "Учение проводит 45-я гвардейская мотострелковая дивизия.",
            "The exercise is held by the 45th Guards Tank Division.",
            "мотострелковая дивизия",
            "Tank Division",
        ),
        (
            "В район прибыла кавалерийская дивизия.",
            "An airborne division arrived in the area.",
            "кавалерийская дивизия",
            "airborne division",
        ),
        (
            "Пограничники задержали японскую шхуну.",
            "The border guards detained a Japanese launch.",
            "шхуну",
            "launch",
        ),
        (
            "К борту подошел катер.",
            "A barge came alongside.",
            "катер",
            "barge",
        ),
    ],
)
def test_a_division_or_a_boat_given_as_another_kind_is_a_changed_term(ru, en, said, rendered):
    ctx, found = _terms(ru, en)
    (f,) = found
    assert f.rule == "term.changed"
    assert [s.of(ctx.source_text) for s in f.source_evidence] == [said]
    assert [s.of(ctx.target_text) for s in f.target_evidence] == [rendered]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Учение проводит мотострелковая дивизия.", "The exercise is held by a motorized rifle division."),
        ("Учение проводит стрелковая дивизия.", "The exercise is held by an infantry division."),
        ("Учение проводит мотострелковая дивизия.", "The exercise is held by a division."),
        ("Пограничники задержали моторную шхуну.", "The border guards detained a motor schooner."),
        ("Пограничники задержали шхуну.", "The border guards detained the vessel."),
        ("К борту подошел пограничный катер.", "A border patrol boat came alongside."),
        ("С парохода спустили шлюпку.", "A boat was lowered from the steamer."),
    ],
)
def test_divisions_and_boats_in_their_renderings_are_no_finding(ru, en):
    assert _terms(ru, en)[1] == []


def _kinds(source: str, target: str) -> list[tuple[str, str, str]]:
    full = source + REST[0]
    report = check_texts(full, target + REST[1], config=Config())
    return [
        (f.kind, f.severity.value, full[f.source_evidence[0].start : f.source_evidence[0].end])
        for f in report.findings
        if f.source_evidence
    ]


def test_a_short_sentence_typed_twice_is_a_duplicate_not_an_omission() -> None:
    found = _kinds(
        "Склад был опечатан. Ключи не были сданы. Ключи не были сданы. Охрана снята.",
        "The warehouse was sealed. The keys had not been handed in. The guard was withdrawn.",
    )
    assert ("duplicate", "info", "Ключи не были сданы") in found
    assert not [f for f in found if f[0] == "omission" and f[1] != "info"]


def test_a_short_sentence_said_twice_apart_is_no_duplicate() -> None:
    found = _kinds(
        "Ключи не были сданы. Склад был опечатан. Охрана снята. Ключи не были сданы.",
        "The keys had not been handed in. The warehouse was sealed. The guard was withdrawn. "
        "The keys had not been handed in.",
    )
    assert not [f for f in found if f[0] == "duplicate"]


#: An invented sentence whose clause after «а» (the case sent to court) a translation may drop.
DISMISSED = (
    "Заведующий центральным складом треста тов. Рябов уволен с работы, "
    "а материалы о нем переданы в народный суд."
)


def test_a_clause_of_addition_dropped_beside_a_wordier_rest_is_an_omission() -> None:
    found = _kinds(
        DISMISSED,
        "Comrade Ryabov, the manager of the trust's central warehouse, has been dismissed from his job.",
    )
    assert [(k, s) for k, s, w in found if k == "omission" and w.startswith("а материалы")] == [
        ("omission", "minor")
    ]


def test_a_clause_of_addition_given_in_other_words_is_no_omission() -> None:
    found = _kinds(
        DISMISSED,
        "Comrade Ryabov, the manager of the trust's central warehouse, has been dismissed, and his file "
        "has gone to the people's judges.",
    )
    assert not [f for f in found if f[0] == "omission"]


def test_a_long_reservation_after_однако_dropped_is_an_omission() -> None:
    found = _kinds(
        "По первым данным урожай в области будет высоким, однако окончательные цифры можно будет "
        "назвать только после обмолота хлеба во всех колхозах.",
        "According to the first reports, the harvest in the region will be high.",
    )
    assert [k for k, s, w in found if k == "omission" and w.startswith("однако")] == ["omission"]


def test_a_long_reservation_given_freely_is_no_omission() -> None:
    found = _kinds(
        "По первым данным урожай в области будет высоким, однако окончательные цифры можно будет "
        "назвать только после обмолота хлеба во всех колхозах.",
        "According to the first reports, the harvest in the region will be high, but final figures "
        "will be known only once every collective farm has threshed its grain.",
    )
    assert not [f for f in found if f[0] == "omission"]
