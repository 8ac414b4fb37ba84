"""A member of a list inside a sentence left out («сахар, соль и муку» given as "sugar and
flour"), and the lists a translator legitimately renders otherwise."""

from __future__ import annotations

from aligner.checks.omission.list_member import list_members
from aligner.lexicon import default_lexicon
from check_helpers import major_omissions

#: An original with a list of three foodstuffs.
_SOURCE = "Для рыбацкого поселка трест направит сахар, соль и муку до конца месяца."


def test_a_list_is_three_nouns_of_one_case() -> None:
    (found,) = list_members(_SOURCE)
    assert [w for _s, _e, w in found] == ["сахар", "соль", "муку"]
    assert list_members("Он просит, требует и настаивает на ответе.") == []


def test_a_list_ending_in_a_phrase_is_read_no_further() -> None:
    assert list_members("Завод получит уголь, нефть и черных металлов немного.") == []


def test_a_dropped_member_is_a_major_omission() -> None:
    target = "The trust will send sugar and flour to the fishing settlement by the end of the month."
    assert "соль" in major_omissions(_SOURCE, target)


def test_a_list_rendered_whole_is_no_omission() -> None:
    target = "The trust will send sugar, salt and flour to the fishing settlement by the end of the month."
    assert major_omissions(_SOURCE, target) == []


def test_a_member_given_by_another_word_in_a_list_as_long_is_no_omission() -> None:
    source = "Для рыбацкого поселка трест направит уголь, нефть и лес до конца месяца."
    target = "The trust will send coal, oil and lumber to the fishing settlement by the end of the month."
    assert major_omissions(source, target) == []


def test_a_list_summed_up_by_a_collective_word_is_no_omission() -> None:
    target = "The trust will send provisions to the fishing settlement by the end of the month."
    assert "соль" not in major_omissions(_SOURCE, target)


def test_a_clause_beside_a_list_summed_up_by_a_collective_word_is_reported_alone() -> None:
    source = (
        "Колхоз просит выделить овец и коров, с тем чтобы восстановить стадо к осени, пострадавшее от засухи."
    )
    target = "The collective farm asks to be allotted livestock."
    lost = major_omissions(source, target)
    assert lost
    assert all(not part.startswith("овец") for part in lost)


def test_each_kind_of_a_list_meets_the_collective_word() -> None:
    lexicon = default_lexicon()
    for kind, whole in (("минометы", "artillery"), ("коз", "livestock"), ("ячменя", "grain")):
        assert lexicon.source_keys(kind) & lexicon.target_keys(whole), (kind, whole)


def test_a_list_whose_last_member_is_an_adjective_and_its_noun_is_read_whole() -> None:
    (found,) = list_members("Нужны инструкторы по химии, вождению и горноспасательному делу.")
    assert [w for _s, _e, w in found] == ["химии", "вождению", "горноспасательному делу"]


def test_a_member_dropped_before_a_last_member_of_two_words_is_an_omission() -> None:
    source = "Трест просит прислать преподавателей по геологии, бурению и маркшейдерскому делу к осени."
    target = "The trust asks for teachers of geology and mine surveying by the autumn."
    assert "бурению" in major_omissions(source, target)
