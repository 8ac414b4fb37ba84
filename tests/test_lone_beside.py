"""A lone segment beside the bead: where the alignment pairs nothing, the words decide the severity.

A heading with no stop run into the next sentence on one side only leaves the two sides cut
differently: the aligner pairs a sentence with nothing, and a figure or a whole sentence the
bead lacks sits in the lone segment next door. Such a finding is minor, with the reason; the
same finding with nothing next door that renders it stays major.
"""

from __future__ import annotations

from aligner.pipeline import check_texts

FACTORY = (
    "Завод в Харькове выпустил 500 тракторов сверх плана За последний год рабочие тракторного "
    "завода в Харькове выпустили 500 тракторов сверх годового плана. Директор завода наградил "
    "лучших рабочих грамотами и премиями. Новые машины отправлены в колхозы Полтавской области."
)
REST = (
    "The director of the plant rewarded the best workers with certificates and bonuses. "
    "The new machines were sent to the collective farms of the Poltava region."
)
RAINS = (
    "The weather in the south of the country stayed cold and rainy for the whole of the past week, "
    "and the roads to many villages were closed"
)


def _severe(findings, kind):  # noqa: ANN001, ANN202 - test helper
    return [f for f in findings if f.kind == kind and f.severity.value in ("major", "critical")]


def test_a_number_given_by_the_lone_sentence_beside_the_bead_is_minor_with_the_reason() -> None:
    target = (
        f"Kharkov plant produced 500 tractors above the plan {RAINS}. Over the past year, the workers of "
        f"the Kharkov tractor plant produced 500 tractors above the annual plan. {REST}"
    )
    findings = check_texts(FACTORY, target).findings
    numbers = [f for f in findings if f.kind == "number"]
    assert numbers, "the heading's 500 is still reported"
    assert not _severe(findings, "number")
    assert any("pairs with nothing" in f.message for f in numbers)


def test_a_number_nothing_beside_the_bead_gives_stays_major() -> None:
    target = (
        "Kharkov plant produced 500 tractors above the plan. Over the past year, the workers of the "
        f"Kharkov tractor plant produced tractors above the annual plan. {REST}"
    )
    severe = _severe(check_texts(FACTORY, target).findings, "number")
    assert [FACTORY[e.start : e.end] for f in severe for e in f.source_evidence] == ["500"]


COUNCIL = (
    "Совет министров обсудил положение на фронте. Командующий доложил о потерях армии. "
    "Было решено направить в район новые дивизии и артиллерию. Заседание закончилось поздно вечером."
)
FLOODS = (
    "Heavy autumn rains flooded the roads of the southern districts, washed away two wooden bridges "
    "over the river and cut off several villages from the railway and from the district centre for "
    "three long days, while the local authorities waited for help from the capital"
)
COUNCIL_END = (
    "It was decided to send new divisions and artillery to the area. The meeting ended late in the evening."
)


def test_a_sentence_the_lone_segment_beside_it_renders_is_a_minor_omission() -> None:
    target = (
        f"The Council of Ministers discussed the situation at the front. {FLOODS} The commander "
        f"reported the losses of the army. {COUNCIL_END}"
    )
    findings = check_texts(COUNCIL, target).findings
    omissions = [f for f in findings if f.kind == "omission"]
    assert omissions
    assert not _severe(findings, "omission")
    assert "renders some of its words" in omissions[0].message
    assert _severe(findings, "addition"), "the flood sentence is still a major addition"


def test_a_sentence_left_out_beside_an_unrelated_lone_sentence_stays_a_major_omission() -> None:
    target = f"The Council of Ministers discussed the situation at the front. {FLOODS}. {COUNCIL_END}"
    severe = _severe(check_texts(COUNCIL, target).findings, "omission")
    assert [COUNCIL[e.start : e.end] for f in severe for e in f.source_evidence] == [
        "Командующий доложил о потерях армии."
    ]


SCHOOLS = (
    "Совет министров утвердил план строительства школ В этом году в области будет построено двадцать "
    "новых школ и три больницы. Директор треста доложил о готовности кирпичного завода. "
    "Первые школы откроются осенью."
)
SCHOOLS_END = (
    "The director of the trust reported that the brick factory was ready. "
    "The first schools will open in the autumn."
)


def test_a_changed_number_whose_figure_the_lone_sentence_beside_gives_is_minor() -> None:
    target = (
        "Council of Ministers approved the school construction plan Heavy autumn rains flooded the roads "
        "of the southern districts, washed away two wooden bridges over the river and cut off several "
        "villages from the railway for three long days. This year twenty new schools and three hospitals "
        f"will be built in the region. {SCHOOLS_END}"
    )
    findings = check_texts(SCHOOLS, target).findings
    assert [f.severity.value for f in findings if f.kind == "number"] == ["minor"]
    assert _severe(findings, "addition"), "the rains run into the heading are still a major addition"


def test_a_changed_number_with_nothing_alone_beside_stays_severe() -> None:
    target = (
        "Council of Ministers approved the school construction plan. This year two new schools and three "
        f"hospitals will be built in the region. {SCHOOLS_END}"
    )
    assert _severe(check_texts(SCHOOLS, target).findings, "number")
