"""A clause of reason, reservation or limit with no number or name («поскольку мост разрушен»,
«впредь до окончания ремонта») left out of a translation."""

from __future__ import annotations

from aligner.checks.omission.clauses import clauses
from aligner.checks.omission.qualification import holds_qualification, lost_qualification, opens_qualification
from aligner.model import Segment, Span
from check_helpers import major_omissions


def test_a_clause_opens_with_a_qualification_of_its_kind() -> None:
    assert opens_qualification("поскольку мост через реку разрушен", "ru") == "reason"
    assert opens_qualification("хотя это и отнимет у нас неделю", "ru") == "concession"
    assert opens_qualification("и пока не дает ответа", "ru") == "time"
    assert opens_qualification("по возможности из числа опытных шоферов", "ru") == "extent"
    assert opens_qualification("и в течение недели закончить сев", "ru") == ""


def test_a_translation_gives_a_qualification_of_one_kind_not_another() -> None:
    assert holds_qualification("The store stays closed until the repairs are over.", "en") == {"time"}
    assert not lost_qualification("впредь до окончания ремонта", "closed until repaired", "ru", "en")
    assert lost_qualification("поскольку мост разрушен", "closed until repaired", "ru", "en")


def test_a_qualification_of_several_words_opens_a_clause_with_no_comma() -> None:
    text = "Склад закрыть для приема зерна впредь до окончания ремонта крыши."
    seg = Segment("s1", "source", text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))
    assert "впредь до окончания ремонта крыши." in [p.text for p in clauses(seg)]


def test_a_dropped_reason_is_a_major_omission() -> None:
    source = "Грузы для шахты отправлять по железной дороге, поскольку мост через реку еще не восстановлен."
    target = "The goods for the mine are to be sent by rail."
    (lost,) = major_omissions(source, target)
    assert lost.startswith("поскольку мост")


def test_a_reason_given_with_because_is_no_omission() -> None:
    source = "Грузы для шахты отправлять по железной дороге, поскольку мост через реку еще не восстановлен."
    target = "The goods for the mine are to be sent by rail, because the bridge is still down."
    assert major_omissions(source, target) == []


def test_a_dropped_limit_in_time_with_no_comma_is_a_major_omission() -> None:
    source = "Склад на пристани закрыть для приема зерна впредь до окончания ремонта крыши."
    target = "The warehouse at the pier is to be closed to grain deliveries."
    (lost,) = major_omissions(source, target)
    assert lost.startswith("впредь до")


def test_a_dropped_reservation_joined_by_and_is_a_major_omission() -> None:
    source = (
        "Директор завода просил прислать чертежи новых станков и пока не настаивает на приезде инженеров."
    )
    target = "The director of the works asked for the drawings of the new machine tools to be sent."
    (lost,) = major_omissions(source, target)
    assert lost.startswith("и пока не")


def test_a_reservation_given_as_for_the_time_being_is_no_omission() -> None:
    source = (
        "Директор завода просил прислать чертежи новых станков и пока не настаивает на приезде инженеров."
    )
    target = (
        "The director of the works asked for the drawings of the new machine tools to be sent; "
        "for the time being he does not press for engineers to come."
    )
    assert major_omissions(source, target) == []


def test_a_reservation_that_a_measure_is_an_exception_is_a_kind_of_its_own() -> None:
    assert opens_qualification("в виде исключения выдать ссуду", "ru") == "exception"
    assert holds_qualification("The bank may, as an exception, grant the loan.", "en") == {"exception"}


def test_a_dropped_exception_inside_a_sentence_is_a_major_omission() -> None:
    source = "Разрешить тресту в порядке исключения выдать колхозам семенную ссуду из фонда района."
    target = "To permit the trust to grant the collective farms a seed loan from the district fund."
    assert "в порядке исключения" in major_omissions(source, target)


def test_an_exception_rendered_as_exceptionally_is_no_omission() -> None:
    source = "Разрешить тресту в порядке исключения выдать колхозам семенную ссуду из фонда района."
    target = (
        "To permit the trust exceptionally to grant the collective farms a seed loan from the district fund."
    )
    assert major_omissions(source, target) == []


def test_khot_with_an_imperative_is_an_emphatic_idiom_not_a_concession() -> None:
    # «хоть убей» ("for the life of me") adds emphasis, not a reservation
    assert opens_qualification("хоть убей", "ru") == ""
    assert opens_qualification("хоть режьте меня", "ru") == ""
    assert opens_qualification("хоть он и устал", "ru") == "concession"
    source = "Я так и не понял, зачем понадобилось переносить собрание, хоть убейте."
    target = "I never understood why the meeting had to be postponed."
    assert major_omissions(source, target) == []
