"""Omissions inside a sentence: an opening attribution («По данным МВД, …») the translation drops without
reporting anyone's word, and a member of a list whose other members only the glossary or a noun made of an
adjective («горючее») show (the examples are invented)."""

from __future__ import annotations

from aligner.checks.omission.list_member import list_members
from check_helpers import major_omissions


def test_a_dropped_opening_attribution_is_a_major_omission() -> None:
    source = "По данным управления, в лагерях области содержится 18 тыс. заключенных."
    target = "The camps of the region hold 18,000 prisoners."
    (lost,) = major_omissions(source, target)
    assert lost.startswith("По данным управления")


def test_an_attribution_given_as_according_to_is_no_omission() -> None:
    source = "По данным управления, в лагерях области содержится 18 тыс. заключенных."
    target = "According to the directorate, the camps of the region hold 18,000 prisoners."
    assert major_omissions(source, target) == []


def test_an_attribution_the_translation_reports_otherwise_is_no_omission() -> None:
    source = "Как сообщает посол, правительство готово начать переговоры."
    target = "The government is ready to begin negotiations, the ambassador reports."
    assert major_omissions(source, target) == []


def test_a_dropped_reported_attribution_is_a_major_omission() -> None:
    source = "Как сообщает посол, правительство готово начать переговоры о торговле."
    target = "The government is ready to begin negotiations on trade."
    (lost,) = major_omissions(source, target)
    assert "посол" in lost


def test_a_noun_made_of_an_adjective_among_nouns_makes_a_list() -> None:
    (found,) = list_members("Пароходы доставили муку, уголь, горючее и медикаменты.")
    assert [w for _s, _e, w in found] == ["муку", "уголь", "горючее", "медикаменты"]
    assert list_members("Флаги были красные, белые и синие.") == []


def test_a_member_dropped_beside_one_the_lexicon_does_not_know_is_a_major_omission() -> None:
    source = "Пароходы доставили на зимовки муку, уголь, горючее и медикаменты."
    target = "The steamers delivered flour, coal and medicines to the wintering stations."
    assert "горючее" in major_omissions(source, target)


def test_a_list_as_long_with_a_member_the_lexicon_does_not_know_is_no_omission() -> None:
    source = "Пароходы доставили на зимовки муку, уголь, горючее и медикаменты."
    target = "The steamers delivered flour, coal, petrol and medicines to the wintering stations."
    assert major_omissions(source, target) == []


def test_a_member_known_only_to_the_glossary_is_read() -> None:
    source = "Совхоз получил тракторы, комбайны, сеялки и плуги."
    target = "The state farm received tractors, combines and ploughs."
    assert "сеялки" in major_omissions(source, target)
    rendered = "The state farm received tractors, combines, seed drills and ploughs."
    assert major_omissions(source, rendered) == []


def test_an_attribution_whose_name_the_translation_gives_is_no_omission() -> None:
    source = "По данным МВД, в лагерях области содержится 12 тыс. человек."
    target = "MVD figures show that the camps of the region hold 12,000 people."
    assert major_omissions(source, target) == []
