"""A sentence typed twice on one side and rendered once on the other (invented examples): the first
copy is linked, the repeat stays alone, as the duplicate finding calls the second copy the repeat."""

from __future__ import annotations

import pytest

from aligner.config import Config
from aligner.pipeline import check_texts

_RU = [
    "Склад № 4 принял 300 тонн цемента.",
    "Просим подтвердить получение груза в Куйбышеве.",
    "Вагоны будут возвращены до 10 мая.",
]
_EN = [
    "Depot No. 4 has received 300 tons of cement.",
    "Please confirm receipt of the cargo in Kuibyshev.",
    "The wagons will be returned by May 10.",
]


def _links(ru: list[str], en: list[str], sep: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    report = check_texts(sep.join(ru), sep.join(en), config=Config())
    return [(b.source, b.target) for b in report.alignment.beads]


@pytest.mark.parametrize("sep", [" ", "\n\n"])
def test_the_first_of_two_copies_in_the_original_is_linked(sep):
    links = _links([_RU[0], _RU[1], _RU[1], _RU[2]], _EN, sep)
    assert links == [(("s1",), ("t1",)), (("s2",), ("t2",)), (("s3",), ()), (("s4",), ("t3",))]


@pytest.mark.parametrize("sep", [" ", "\n\n"])
def test_the_first_of_two_copies_in_the_translation_is_linked(sep):
    links = _links(_RU, [_EN[0], _EN[1], _EN[1], _EN[2]], sep)
    assert links == [(("s1",), ("t1",)), (("s2",), ("t2",)), ((), ("t3",)), (("s3",), ("t4",))]


def test_a_draft_before_the_text_as_sent_leaves_the_sent_copy_linked():
    ru = [
        "Министерство просит ускорить поставку леса.",
        "Поставлено лишь 90 тыс. кубометров.",
        "Министерство просит ускорить поставку леса.",
        "Поставлено лишь 95 тыс. кубометров, и суда будут поданы в октябре.",
        "Министерство пользуется случаем, чтобы возобновить уверения в своем уважении.",
    ]
    en = [
        "The Ministry asks that timber deliveries be speeded up.",
        "Only 95,000 cubic meters have been delivered, and the ships will be sent in October.",
        "The Ministry avails itself of this opportunity to renew the assurances of its consideration.",
    ]
    links = _links(ru, en, "\n\n")
    assert (("s3",), ("t1",)) in links
    assert (("s1",), ()) in links
