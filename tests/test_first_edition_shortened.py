"""A page printing two editions: a sentence the first edition shortened is still paired with it."""

from __future__ import annotations

from aligner.config import Config
from aligner.pipeline import check_texts

SOURCE = (
    "Ваша телеграмма от 5 апреля получена. "
    "Советское правительство согласно принять в Баку делегацию из восьми инженеров. "
    "Наши нефтяники просят, чтобы вместе с инженерами были присланы образцы новых буровых станков, "
    "хотя мы понимаем, что их отправка морем через Персидский залив займет не менее двух месяцев. "
    "Переговоры можно начать в Баку 20 апреля. "
    "Прошу сообщить состав делегации. "
    "Инженеры будут размещены в гостинице при управлении треста. "
    "Для поездок по промыслам им будут выделены два автомобиля. "
    "Расходы на пребывание делегации в СССР советская сторона берет на себя. "
    "Переводчиков предоставит Народный комиссариат нефтяной промышленности."
)
#: The edition printed first leaves out the clause with «хотя».
FIRST = (
    "I have received your telegram of April 5. "
    "The Soviet Government agrees to receive in Baku a delegation of eight engineers. "
    "Our oilmen ask that samples of the new drilling rigs be sent to Baku together with the engineers. "
    "The talks can begin in Baku on April 20. "
    "Please let me know the composition of the delegation. "
    "The engineers will be accommodated in the hotel of the trust's administration. "
    "Two motor cars will be provided for their trips to the oil fields. "
    "The Soviet side will bear the expenses of the delegation's stay in the U.S.S.R. "
    "Interpreters will be provided by the People's Commissariat of the Oil Industry."
)
#: The edition printed second renders the whole sentence.
SECOND = (
    "Your telegram dated the fifth of April has duly been received here in Moscow, and I thank you for it. "
    "The Soviet Government is in full agreement to receive in the city of Baku a delegation consisting of "
    "eight engineers, as proposed by you. "
    "Our oil workers request that samples of the new drilling rigs be dispatched together with the "
    "engineers, although we are fully aware that shipping them by sea through the Persian Gulf will take "
    "no less than two months in all. "
    "Negotiations on all these matters may well begin in Baku on the twentieth of April of this year. "
    "I would ask you to be so kind as to inform me in good time of the composition of the delegation. "
    "The engineers will be put up, for the whole of their stay, at the hotel of the trust administration. "
    "Two cars with drivers will be placed at their disposal for their visits to the various oil fields. "
    "The Soviet side takes upon itself in full all of the costs of the delegation's stay in the USSR. "
    "The People's Commissariat of the Oil Industry will provide the delegation with competent interpreters."
)


def test_the_shortened_sentence_is_paired_and_its_clause_reported() -> None:
    report = check_texts(SOURCE, FIRST + "\n\n" + SECOND, config=Config())
    whole = [f for f in report.findings if f.severity.value == "major" and "has no original" in f.message]
    assert whole == []
    clause = [f for f in report.findings if f.kind == "omission" and f.severity.value == "major"]
    assert any("хотя" in span.of(SOURCE) for f in clause for span in f.source_evidence)
