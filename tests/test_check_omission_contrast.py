"""The contrast rule of the omission and addition checks: a sentence joined to a rendered one that
shares (almost) nothing with the other side, while the rest renders it (``checks/omission/contrast.py``)."""

from __future__ import annotations

from aligner.config import Config
from aligner.model import Finding
from aligner.pipeline import check_texts

CHECKS = Config(checks=("omission", "addition"))

VOTE_RU = (
    "Собрание жителей района прошло в субботу. "
    "Согласно предварительным данным, опубликованным местными властями, за новый устав проголосовали "
    "62% (1 240 человек) участников собрания, тогда как 38% (760 человек) высказались против него. "
    "Явка составила более половины жителей района."
)
VOTE_EN = (
    "The meeting of the district's residents took place on Saturday. "
    "Early data published by the local authorities: 62% (1,240 people) voted for the new charter, "
    "38% (760) against it. "
    "The turnout was more than half of the district's residents."
)
#: A sentence on another matter, sharing one word ("local") with the original beside it by chance.
STRAY = "The local factory director firmly denies any rumours about its sale to a foreign buyer."

FRONT_RU = (
    "Совет министров обсудил положение на фронте. "
    "Командующий доложил о потерях армии за неделю боёв. "
    "Было решено направить в район новые дивизии и артиллерию."
)
FRONT_EN = (
    "The Council of Ministers discussed the situation at the front. "
    "The commander reported the losses of the army in a week of fighting. "
    "It was decided to send new divisions and artillery to the area."
)


def additions(source: str, target: str) -> list[tuple[Finding, str]]:
    report = check_texts(source, target, config=CHECKS)
    return [
        (f, " ".join(target[e.start : e.end] for e in f.target_evidence))
        for f in report.findings
        if f.kind == "addition"
    ]


def test_an_inserted_sentence_the_aligner_joins_to_a_rendered_one_is_an_addition() -> None:
    target = VOTE_EN.replace("The turnout", STRAY + " The turnout")
    (found,) = additions(VOTE_RU, target)
    f, shown = found
    assert shown == STRAY
    assert "hardly any of its words (11%)" in f.message
    # the translation beside it is terse, so the lengths do not confirm the addition: minor, and why
    assert f.severity.value == "minor"
    assert "lengths do not confirm" in f.message


def test_a_short_inserted_sentence_with_few_dictionary_words_is_only_minor() -> None:
    target = VOTE_EN.replace("The turnout", "It is sold in every shop. The turnout")
    (found,) = additions(VOTE_RU, target)
    f, shown = found
    assert shown == "It is sold in every shop."
    assert f.severity.value == "minor"
    assert "too few of its words" in f.message


def test_a_sentence_run_into_a_translated_one_with_no_stop_is_a_major_addition() -> None:
    heading = "Our new theatre opened its season with a comedy about fishermen"
    target = FRONT_EN.replace("It was decided", heading + " It was decided")
    (found,) = additions(FRONT_RU, target)
    f, shown = found
    assert shown == heading
    assert f.severity.value == "major"
    assert "run into the next with no stop" in f.message


def test_one_sentence_split_in_two_by_the_translator_gives_no_finding() -> None:
    source = (
        "Совет министров обсудил положение на фронте. "
        "Командующий доложил о тяжёлых потерях армии за неделю боёв, и Совет решил немедленно "
        "направить в район новые дивизии и артиллерию. "
        "Заседание закончилось поздно вечером."
    )
    target = (
        "The Council of Ministers discussed the situation at the front. "
        "The commander reported heavy losses of the army in a week of fighting. "
        "The Council therefore decided to send new divisions and artillery to the area at once. "
        "The meeting ended late in the evening."
    )
    assert check_texts(source, target, config=CHECKS).findings == ()


def test_a_faithful_translation_with_a_name_inside_a_sentence_gives_no_finding() -> None:
    # "Northern" after "the" and before "Railway": no sentence opens inside the name
    source = (
        "Совет министров обсудил положение на фронте. "
        "Во-первых, передать Северную Береговую железную дорогу в полную собственность области не "
        "позднее конца года. "
        "Было решено направить в район новые дивизии и артиллерию."
    )
    target = (
        "The Council of Ministers discussed the situation at the front. "
        "First, to transfer the Northern Coast Railway to the full ownership of the region no later "
        "than the end of the year. "
        "It was decided to send new divisions and artillery to the area."
    )
    assert [f.rule for f in check_texts(source, target, config=CHECKS).findings] == []


def test_an_untranslated_sentence_the_aligner_joins_to_a_rendered_one_is_an_omission() -> None:
    stray = "Местный театр открыл зимний сезон комедией о рыбаках и их жёнах."  # "local" met by chance
    source = (
        "Собрание жителей района прошло в субботу. "
        f"За новый устав проголосовали 62% участников, против — 38%. {stray} "
        "Явка составила более половины жителей района."
    )
    target = (
        "The meeting of the district's residents took place on Saturday. "
        "According to the preliminary data published by the local authorities, 62% of the participants "
        "voted for the new charter, while 38% voted against it. "
        "The turnout was more than half of the district's residents."
    )
    report = check_texts(source, target, config=CHECKS)
    (f,) = report.findings
    assert f.kind == "omission"
    assert [source[e.start : e.end] for e in f.source_evidence] == [stray]
    assert "hardly any of its words (14%)" in f.message
