"""Titles (ranks, offices, forms of address) and glossary terms across inflection and language."""

from __future__ import annotations

import pytest

from aligner.features import analyse
from aligner.features.titles import same_title
from aligner.model import Segment, Span


def seg(text: str) -> Segment:
    return Segment("s1", "source", text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))


def titles(text: str, language: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.value, m.family) for m in analyse(seg(text), language=language).titles]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Генерал-полковнику тов. Сталину",
            "ru",
            [("Генерал-полковнику", "colonel_general", "general"), ("тов", "comrade", "address")],
        ),
        (
            "Generalissimo, Cde. I.V. Stalin",
            "en",
            [("Generalissimo", "generalissimo", "general"), ("Cde.", "comrade", "address")],
        ),
        (
            "Председателю Совета Министров Союза ССР",
            "ru",
            [
                (
                    "Председателю Совета Министров",
                    "chairman_council_of_ministers",
                    "head_of_state_or_government",
                )
            ],
        ),
        (
            "To the Chairman of the Council of Ministers",
            "en",
            [
                (
                    "Chairman of the Council of Ministers",
                    "chairman_council_of_ministers",
                    "head_of_state_or_government",
                )
            ],
        ),
        (
            "генерал-лейтенанту Васильеву",
            "ru",
            [("генерал-лейтенанту", "lieutenant_general", "general")],
        ),
        ("Lt. Gen. Vasiliev", "en", [("Lt. Gen.", "lieutenant_general", "general")]),
        ("маршалом Советского Союза", "ru", [("маршалом Советского Союза", "marshal", "general")]),
        ("послу СССР", "ru", [("послу", "ambassador", "diplomat")]),
        (
            "Министру иностранных дел",
            "ru",
            [("Министру иностранных дел", "foreign_minister", "minister")],
        ),
    ],
)
def test_titles_found_in_any_case(text, language, expected):
    assert titles(text, language) == expected


def test_general_as_an_adjective_is_no_rank():
    assert titles("in general the situation is a major problem", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Вся команда вышла на поле.",  # a team, not a commander (команд- is both stems)
        "Гений и злодейство несовместны.",  # a genius, not "ген." (general)
        "Они были гениями.",
    ],
)
def test_a_known_word_sharing_a_titles_stem_is_no_title(text):
    assert titles(text, "ru") == []


def test_an_inflected_title_still_matches_by_its_lemma():
    assert titles("Командующего фронтом вызвали.", "ru") == [("Командующего", "commander", "commander")]
    assert titles("Депутаты проголосовали.", "ru") == [("Депутаты", "member_of_parliament", "legislator")]


def test_shared_and_broader_forms_are_the_same_title():
    def one(text: str, language: str):
        return analyse(seg(text), language=language).titles[0]

    assert same_title(one("Председателю Совета Министров", "ru"), one("the Premier", "en"))
    assert same_title(one("генерал-полковник Штеменко", "ru"), one("General Shtemenko", "en"))
    assert not same_title(one("Генерал-полковнику", "ru"), one("Generalissimo", "en"))


def test_terms_found_across_inflection():
    ru = analyse(seg("в штабе фронта и штабах 2х армейских фронтов"), language="ru").terms
    en = analyse(seg("at the Front Headquarters and two army groups"), language="en").terms
    assert [m.value for m in ru] == ["headquarters", "front", "headquarters", "front"]
    assert [m.value for m in en] == ["front", "headquarters", "army_group"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Прибыл ген. Ватутин.", ["ген"]),
        ("ТОВ СТАЛИНУ передать лично.", ["ТОВ"]),
        ("Прибыл тов Громов.", ["тов"]),
        ("Мы говорили с Цой Ен Геном.", []),  # declined, it is a common word (a gene)
    ],
)
def test_a_clipped_title_counts_only_letter_for_letter(text, found):
    assert [t for t, _, _ in titles(text, "ru")] == found
