"""Free but faithful renderings of news sentences are no major omission, addition or changed name;
a clause really left out still is."""

from __future__ import annotations

from aligner.checks.omission.qualification import interrupted_qualification
from aligner.checks.omission.reported import opens_speech, reports_speech
from aligner.config import Config
from aligner.pipeline import check_texts
from check_helpers import REST, major_omissions


def _majors(source: str, target: str, kind: str) -> list[str]:
    """The messages of the pair's major findings of ``kind`` (the pair checked with REST after it)."""
    report = check_texts(source + REST[0], target + REST[1], config=Config())
    return [f.message for f in report.findings if f.kind == kind and f.severity.value == "major"]


def test_a_source_moved_to_the_end_with_its_name_in_the_nominative_is_no_addition() -> None:
    source = "По оценке Минфина, дефицит бюджета в сентябре составил 0,9% после 1,2% месяцем ранее."
    target = (
        "The budget deficit stood at 0.9% in September after 1.2% a month earlier, "
        "according to an estimate by the finance ministry Minfin."
    )
    assert _majors(source, target, "addition") == []


def test_an_hour_of_the_day_given_by_the_twelve_hour_clock_is_no_lost_clause() -> None:
    source = "Выставка открыта по будням с 11 до 19 часов, а по субботам — до 22 часов."
    target = "The exhibition is open on weekdays from 11 a.m. to 7 p.m., and until 10 p.m. on Saturdays."
    assert major_omissions(source, target) == []


def test_a_clause_with_an_hour_the_translation_lacks_is_still_lost() -> None:
    source = "Магазин открыт с 9 до 20 часов, а по субботам — до 15 часов."
    target = "The shop is open from 9 a.m. to 8 p.m."
    assert any("15" in lost for lost in major_omissions(source, target))


def test_a_reason_interrupted_by_a_parenthesis_is_judged_with_its_statement() -> None:
    source = (
        "Профсоюз потребовал пересмотреть решение, поскольку, по его словам, "
        "завод нарушил условия коллективного договора."
    )
    target = (
        "The union demanded that the decision be reviewed, arguing that the plant had broken "
        "the terms of the collective agreement."
    )
    assert major_omissions(source, target) == []


def test_the_opener_and_a_parenthesis_alone_are_an_interrupted_qualification() -> None:
    assert interrupted_qualification("поскольку, по его словам,", "ru")
    assert interrupted_qualification("хотя, как считают врачи,", "ru")
    assert not interrupted_qualification("поскольку мост разрушен,", "ru")
    assert not interrupted_qualification("поскольку, по его словам, мост разрушен.", "ru")


def test_a_speaker_after_the_statement_is_given_by_said() -> None:
    source = "Уровень воды в реке за сутки поднимется еще на полметра, сообщили в Росводресурсах."
    target = (
        "The water level in the river will rise by another half a metre within a day, the water agency said."
    )
    assert major_omissions(source, target) == []


def test_a_speaker_the_translation_does_not_report_is_still_lost() -> None:
    source = "Уровень воды в реке за сутки поднимется еще на полметра, сообщили в Росводресурсах."
    target = "The water level in the river will rise by another half a metre within a day."
    assert major_omissions(source, target) != []


def test_speech_verbs_and_attributions() -> None:
    assert opens_speech("— сказала она.", "ru")
    assert opens_speech("как сообщили в пресс-службе,", "ru")
    assert opens_speech("по словам губернатора,", "ru")
    assert not opens_speech("сказочный лес у реки", "ru")
    assert reports_speech("the governor's office said", "en")
    assert reports_speech("according to the ministry", "en")
    assert not reports_speech("the ministry's new building", "en")


def test_a_compound_of_a_clipped_word_against_its_sense_is_no_changed_name() -> None:
    source = "Гидрометслужба предупредила о заморозках в ночь на четверг."
    target = "The Hydrometeorological Service warned of frost on Wednesday night."
    assert _majors(source, target, "name") == []


def test_an_ordinal_in_words_does_not_take_the_figure_of_a_score() -> None:
    source = "Команда, уступившая в первом матче гостям со счетом 1:2, в субботу сыграет с лидером."
    target = "The team, who lost their opening match 2-1 to the visitors, play the leaders on Saturday."
    assert _majors(source, target, "number") == []
