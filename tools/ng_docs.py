# ruff: noqa: E501, RUF001  (the texts are data)
"""The invented ng documents of archival-own (read by build_archival_ng.py): six record kinds with meaning
reversed by a negation dropped or added, or by a bound on a number or a date turned round.

A trade ministry's letter on a credit, a commission's protocol on grain deliveries, a front report, an embassy
record of a talk, a report on camps and a Gosplan note. Planted: negations dropped («просят не включать» as
"ask that ... be included") and added, bounds reversed («не менее 30» as "no more than 30», «до 1 мая» as "after
May 1"). Traps: double negatives, «не менее» = "at least", «не раньше» = "only after", «не … до» = "until",
«не только … но и», «нельзя», lexical negatives (невозможно, "refused", "without", "failed to", "nothing"),
«не» inside words (неделя, немедленно, несколько), negative questions and "no" as a determiner; bounds kept
(«свыше 200» / "more than 200", «до 30» / "up to 30", «около» / "about") and a bound against none.
Every text is invented (figures, dates and file marks are made up). Format as in t_docs.py.
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

NEG = ["omission", "addition"]

DOCS["ng01-minvneshtorg-credit-equipment-1956"] = {
    "genre": "letter of a ministry to the CC (archive reference, signature, date)",
    "about": "Invented: the Ministry of Foreign Trade reports on deliveries of equipment to China on credit.",
    "ru": """‹u›РГАЭ, ф. 413, оп. 13, д. 1205, лл. 44-46.

‹1›ЦК КПСС

‹2›О поставках оборудования Китайской Народной Республике

‹3›Министерство внешней торговли СССР докладывает, что в 1955 году в КНР отгружено оборудование для 41 предприятия. ‹4›Китайские друзья просят не включать в счет кредита стоимость технической документации, переданной безвозмездно. ‹5›Министерство считает, что отгрузку оставшегося оборудования следует закончить не позднее 1 июля 1956 г. ‹6›Для монтажа оборудования потребуется направить в КНР не менее 120 советских специалистов. ‹7›Срок их командировки не должен превышать двух лет.

‹8›Министерство не может не отметить, что китайская сторона задерживает подписание актов о приемке. ‹9›Несколько предприятий до сих пор не приняты в эксплуатацию из-за отсутствия электроэнергии. ‹10›Просим немедленно рассмотреть этот вопрос на Президиуме Совета Министров.

‹11›Министр внешней торговли СССР
‹12›И. КАБАНОВ

‹13›7 февраля 1956 г.""",
    "en": """‹1›CC CPSU

‹2›On deliveries of equipment to the Chinese People's Republic

‹3›The USSR Ministry of Foreign Trade reports that in 1955 equipment for 41 enterprises was shipped to the CPR. ‹4›Our Chinese friends ask that the cost of the technical documentation handed over free of charge be included in the credit account. ‹5›The Ministry considers that the shipment of the remaining equipment should be completed no earlier than July 1, 1956. ‹6›To assemble the equipment it will be necessary to send at least 120 Soviet specialists to the CPR. ‹7›Their assignment must not exceed two years.

‹8›The Ministry must point out that the Chinese side is delaying the signing of the acceptance certificates. ‹9›Several enterprises have still not been put into operation for lack of electric power. ‹10›We request that this question be considered immediately at the Presidium of the Council of Ministers.

‹11›USSR Minister of Foreign Trade
‹12›I. KABANOV

‹13›February 7, 1956""",
    "notes": "Invented for the negation and bound-direction rules; planted discrepancies and traps listed below.",
    "required": [
        (
            "omission",
            "просят не включать",
            "be included in the credit account",
            "«ask that it not be included» is given as «be included»: the negation is dropped",
        ),
        (
            "date",
            "не позднее 1 июля 1956 г.",
            "no earlier than July 1, 1956",
            "«not later than» July 1 is given as «no earlier than»",
        ),
    ],
    "forbidden": [
        (None, "не менее 120", "at least 120", "«не менее» = at least", ["number", "omission", "addition"]),
        (None, "не должен превышать", "must not exceed", "negation kept", NEG),
        (None, "не может не отметить", "must point out", "a double negative = must", NEG),
        (None, "не приняты в эксплуатацию", "have still not been put", "negation kept", NEG),
        (None, "немедленно", "immediately", "«не» inside a word", NEG),
    ],
}

DOCS["ng02-commission-grain-deliveries-1947"] = {
    "genre": "protocol of a district commission (numbered points, signatures)",
    "about": "Invented: a district commission checks grain deliveries of a kolkhoz and decides what to do.",
    "ru": """‹u›ГАРФ, ф. Р-5446, оп. 49, д. 1770, л. 12.

‹1›ПРОТОКОЛ № 14
‹2›заседания районной комиссии по проверке хлебосдачи

‹3›15 августа 1947 г.

‹4›1. Колхоз «Красный пахарь» сдал государству свыше 200 центнеров зерна. ‹5›Председатель колхоза не только не обеспечил охрану зерна, но и допустил его хищение. ‹6›Комиссия рекомендует передать дело в районную прокуратуру.

‹7›2. К уборке привлечь до 30 человек из соседних колхозов. ‹8›Нельзя допускать простоя комбайнов в период уборки. ‹9›Остаток зерна, около 15 тонн, вывезти на элеватор не раньше 20 августа, после просушки. ‹10›Колхозу выделить более 40 гектаров под озимые.

‹11›3. Председателю колхоза тов. Лукину не покидать района до окончания проверки.

‹12›Председатель комиссии П. ГОРБУНОВ
‹13›Члены комиссии: А. Сизова, В. Рыбаков""",
    "en": """‹1›MINUTES No. 14
‹2›of a meeting of the district commission for checking grain deliveries

‹3›August 15, 1947

‹4›1. The "Red Ploughman" kolkhoz delivered under 200 centners of grain to the state. ‹5›The chairman of the kolkhoz not only failed to guard the grain but also allowed it to be stolen. ‹6›The commission recommends that the case not be passed to the district procurator's office.

‹7›2. Up to 30 people from neighbouring kolkhozes are to be enlisted for the harvest. ‹8›Combines must not stand idle during the harvest. ‹9›The remaining grain, about 15 tons, is to be taken to the elevator only after August 20, once it has been dried. ‹10›The kolkhoz is to be allotted 40 hectares for winter crops.

‹11›3. The chairman of the kolkhoz, Comrade Lukin, is not to leave the district until the check is completed.

‹12›Chairman of the commission P. GORBUNOV
‹13›Members of the commission: A. Sizova, V. Rybakov""",
    "notes": "Invented for the negation and bound-direction rules; planted discrepancies and traps listed below.",
    "required": [
        ("number", "свыше 200 центнеров", "under 200 centners", "«over 200» is given as «under 200»"),
        (
            "addition",
            "рекомендует передать дело",
            "not be passed",
            "«recommends that the case be passed» is given as «not be passed»: a negation added",
        ),
    ],
    "forbidden": [
        (
            None,
            "не только не обеспечил",
            "not only failed to guard",
            "«не только … но и» with a lexical negative",
            NEG,
        ),
        (None, "до 30 человек", "Up to 30 people", "«до 30» = up to 30", ["number"]),
        (None, "Нельзя допускать", "must not stand idle", "«нельзя» = must not", NEG),
        (None, "около 15 тонн", "about 15 tons", "«около» = about", ["number"]),
        (
            None,
            "не раньше 20 августа",
            "only after August 20",
            "«не раньше» = only after",
            ["date", "omission", "addition"],
        ),
        (None, "более 40 гектаров", "40 hectares", "a bound against none", ["number"], "minor"),
        (
            None,
            "не покидать района до окончания",
            "not to leave the district until",
            "«не … до» = not … until",
            NEG,
        ),
    ],
}

DOCS["ng03-army-report-bridgehead-1943"] = {
    "genre": "operational report of an army HQ (secret stamp, numbered copy, signatures)",
    "about": "Invented: an army HQ reports on the bridgehead on the Dnieper and the enemy's forces.",
    "ru": """‹u›ЦАМО, ф. 233, оп. 2307, д. 112, л. 31.

‹u›Сов. секретно
‹u›Экз. № 2

‹1›ОПЕРАТИВНАЯ СВОДКА № 0287
‹2›штаба 38 армии к 20.00 4 октября 1943 г.

‹3›1. В течение дня противник не предпринимал активных действий на участке армии. ‹4›Авиации противника над плацдармом не было. ‹5›Разведкой установлено, что перед фронтом армии противник имеет не менее 30 орудий и свыше 200 минометов.

‹6›2. Части 50 ск удерживают плацдарм без потерь. ‹7›Переправить танки на плацдарм невозможно из-за отсутствия понтонов. ‹8›Ни одного танка на плацдарме нет.

‹9›3. Командующий армией приказал закончить сосредоточение артиллерии до 10 октября. ‹10›Потери за день: убито 12, ранено 37 человек.

‹11›Начальник штаба 38 армии генерал-майор ПИЛИПЕНКО""",
    "en": """‹1›OPERATIONAL REPORT No. 0287
‹2›of the 38th Army HQ as of 20:00, October 4, 1943

‹3›1. During the day the enemy undertook active operations in the army's sector. ‹4›There were no enemy aircraft over the bridgehead. ‹5›Reconnaissance has established that in front of the army the enemy has no more than 30 guns and more than 200 mortars.

‹6›2. Units of the 50th Rifle Corps are holding the bridgehead without losses. ‹7›It is impossible to ferry tanks over to the bridgehead for lack of pontoons. ‹8›There is not a single tank on the bridgehead.

‹9›3. The army commander ordered the concentration of the artillery to be completed after October 10. ‹10›Losses for the day: 12 killed, 37 wounded.

‹11›Chief of Staff of the 38th Army Major-General PILIPENKO""",
    "notes": "Invented for the negation and bound-direction rules; planted discrepancies and traps listed below.",
    "required": [
        (
            "omission",
            "не предпринимал активных действий",
            "undertook active operations",
            "«undertook no active operations» is given as «undertook active operations»",
        ),
        (
            "number",
            "не менее 30 орудий",
            "no more than 30 guns",
            "«at least 30» is given as «no more than 30»",
        ),
        ("date", "до 10 октября", "after October 10", "«by October 10» is given as «after October 10»"),
    ],
    "forbidden": [
        (
            None,
            "Авиации противника над плацдармом не было",
            "There were no enemy aircraft",
            "«не было» = no (a determiner)",
            NEG,
        ),
        (None, "свыше 200 минометов", "more than 200 mortars", "«свыше» = more than", ["number"]),
        (None, "без потерь", "without losses", "«без» = without", NEG),
        (None, "невозможно", "impossible", "lexical negative on both sides", NEG),
        (
            None,
            "Ни одного танка на плацдарме нет",
            "not a single tank",
            "«ни одного … нет» = not a single",
            NEG,
        ),
    ],
}

DOCS["ng04-mid-record-talk-ambassador-1959"] = {
    "genre": "record of a talk (diary of a deputy minister, distribution list)",
    "about": "Invented: a deputy foreign minister receives the US ambassador on exchanges of delegations.",
    "ru": """‹u›АВП РФ, ф. 0129, оп. 43, п. 310, д. 6, лл. 88-91.

‹1›Из дневника В. В. КУЗНЕЦОВА

‹2›ЗАПИСЬ БЕСЕДЫ
‹3›с послом США в СССР Л. Томпсоном
‹4›12 марта 1959 г.

‹5›Принял посла по его просьбе. ‹6›Посол сказал, что правительство США согласно обсудить программу обмена делегациями на 1959-1960 гг. ‹7›По его словам, в состав первой делегации войдут менее 50 человек. ‹8›Я не могу не выразить удивления, ответил я, что американская сторона до сих пор не ответила на наше предложение от 2 февраля. ‹9›Не считает ли посол, что такая задержка вредит делу?

‹10›Посол не согласился с этим и сказал, что ни США, ни Англия не заинтересованы в затягивании переговоров. ‹11›Он обещал дать ответ не позднее чем через неделю.

‹12›В. КУЗНЕЦОВ

‹u›Разослано: тт. Хрущеву, Громыко, Микояну.""",
    "en": """‹1›From the diary of V. V. KUZNETSOV

‹2›RECORD OF A CONVERSATION
‹3›with the US Ambassador to the USSR L. Thompson
‹4›March 12, 1959

‹5›I received the Ambassador at his request. ‹6›The Ambassador said that the US government did not agree to discuss the programme of exchanges of delegations for 1959-1960. ‹7›According to him, the first delegation would comprise more than 50 people. ‹8›I cannot but express surprise, I replied, that the American side has still not answered our proposal of February 2. ‹9›Does the Ambassador think that such a delay harms the cause?

‹10›The Ambassador refused to accept this and said that neither the United States nor Britain was interested in dragging out the negotiations. ‹11›He promised to give an answer within a week.

‹12›V. KUZNETSOV""",
    "notes": "Invented for the negation and bound-direction rules; planted discrepancies and traps listed below.",
    "required": [
        (
            "addition",
            "согласно обсудить",
            "did not agree",
            "«agrees to discuss» is given as «did not agree»: a negation added",
        ),
        ("number", "менее 50 человек", "more than 50 people", "«fewer than 50» is given as «more than 50»"),
    ],
    "forbidden": [
        (
            None,
            "не могу не выразить удивления",
            "cannot but express surprise",
            "a double negative on both sides",
            NEG,
        ),
        (
            None,
            "Не считает ли посол",
            "Does the Ambassador think",
            "a negative question asked without the negation",
            NEG,
        ),
        (None, "не согласился", "refused to accept", "«не согласился» = refused", NEG),
        (
            None,
            "ни США, ни Англия не заинтересованы",
            "neither the United States nor Britain",
            "«ни … ни» = neither … nor",
            NEG,
        ),
        (
            None,
            "не позднее чем через неделю",
            "within a week",
            "«неделя» and «не позднее чем через» = within",
            NEG,
        ),
    ],
}

DOCS["ng05-mvd-report-camps-winter-1953"] = {
    "genre": "report of a camp administration to the MVD (secret stamp, signatures)",
    "about": "Invented: the administration of a camp reports on its readiness for winter.",
    "ru": """‹u›ГАРФ, ф. 9414, оп. 1, д. 2644, лл. 3-5.

‹u›Совершенно секретно

‹1›Министру внутренних дел СССР
‹2›тов. КРУГЛОВУ С. Н.

‹3›ДОКЛАДНАЯ ЗАПИСКА
‹4›о подготовке Каргопольского ИТЛ к зиме

‹5›Заключенные третьего и пятого лагпунктов не обеспечены теплой одеждой. ‹6›Завоз топлива начнется не ранее 1 октября. ‹7›Больных в лагере не более 10 %, однако половина бараков непригодна для жилья зимой. ‹8›Заработная плата вольнонаемным выплачивается не позднее 5 числа каждого месяца.

‹9›Управление лагеря ничего не получило из запрошенных 400 печей. ‹10›Недостаток кадров не позволяет организовать охрану на новых участках. ‹11›Просим выделить не менее 60 надзирателей.

‹12›Начальник Каргопольлага полковник ТИХОНОВ""",
    "en": """‹1›To the USSR Minister of Internal Affairs
‹2›Comrade S. N. KRUGLOV

‹3›REPORT
‹4›on the preparation of the Kargopol Corrective Labour Camp for winter

‹5›The prisoners of the third and fifth camp sections are provided with warm clothing. ‹6›The delivery of fuel will start no later than October 1. ‹7›The sick in the camp are at most 10 per cent, but half of the barracks are unfit to live in during the winter. ‹8›The wages of the free employees are paid by the 5th of each month.

‹9›The camp administration has received nothing of the 400 stoves requested. ‹10›The shortage of staff makes it impossible to guard the new sections. ‹11›We ask for at least 60 warders.

‹12›Head of the Kargopol Camp Colonel TIKHONOV""",
    "notes": "Invented for the negation and bound-direction rules; planted discrepancies and traps listed below.",
    "required": [
        (
            "omission",
            "не обеспечены теплой одеждой",
            "are provided with warm clothing",
            "«are not provided» is given as «are provided»: the negation is dropped",
        ),
        (
            "date",
            "не ранее 1 октября",
            "no later than October 1",
            "«not before October 1» is given as «no later than»",
        ),
    ],
    "forbidden": [
        (
            None,
            "не более 10 %",
            "at most 10 per cent",
            "«не более» = at most",
            ["number", "omission", "addition"],
        ),
        (None, "непригодна", "unfit", "a lexical negative on both sides", NEG),
        (
            None,
            "не позднее 5 числа",
            "by the 5th",
            "«не позднее» = by",
            ["date", "number", "omission", "addition"],
        ),
        (None, "ничего не получило", "received nothing", "«ничего не» = nothing", NEG),
        (
            None,
            "не позволяет организовать",
            "makes it impossible",
            "«не позволяет» = makes it impossible",
            NEG,
        ),
        (
            None,
            "не менее 60 надзирателей",
            "at least 60 warders",
            "«не менее» = at least",
            ["number", "omission"],
        ),
    ],
}

DOCS["ng06-gosplan-note-machine-plant-1960"] = {
    "genre": "note of Gosplan to the Council of Ministers (numbered copy, signature)",
    "about": "Invented: Gosplan reports on a machine-building plant's plan and asks for funds for its reconstruction.",
    "ru": """‹u›РГАЭ, ф. 4372, оп. 78, д. 512, лл. 21-22.

‹1›СОВЕТ МИНИСТРОВ СССР

‹2›Уральский завод тяжелого машиностроения не выполнил план первого квартала 1960 года. ‹3›Выпуск прокатного оборудования составил до 30 процентов годового задания. ‹4›Завод не только не освоил новые станы, но и сорвал поставки для Индии.

‹5›На реконструкцию кузнечного цеха Госплан считает возможным выделить не более 5 млн. рублей. ‹6›Средства, выделенные заводу в 1959 году, использованы недостаточно. ‹7›На заводе работает более 30 тысяч человек. ‹8›Цеха завода не выполнили плана по новой технике из-за нехватки металла.

‹9›Заместитель Председателя Госплана СССР
‹10›В. НОВИКОВ""",
    "en": """‹1›USSR COUNCIL OF MINISTERS

‹2›The Urals Heavy Machine-Building Plant fulfilled the plan of the first quarter of 1960. ‹3›The output of rolling-mill equipment came to up to 30 per cent of the annual target. ‹4›The plant not only failed to master the new mills but also disrupted the deliveries for India.

‹5›Gosplan considers it possible to allot at least 5 million rubles for the reconstruction of the forging shop. ‹6›The funds allotted to the plant in 1959 have been used insufficiently. ‹7›The plant employs over 30,000 people. ‹8›The plant's shops failed to fulfil the plan for new technology because of a shortage of metal.

‹9›Deputy Chairman of the USSR Gosplan
‹10›V. NOVIKOV""",
    "notes": "Invented for the negation and bound-direction rules; planted discrepancies and traps listed below.",
    "required": [
        (
            "omission",
            "не выполнил план первого квартала",
            "fulfilled the plan of the first quarter",
            "«did not fulfil the plan» is given as «fulfilled»",
        ),
        (
            "number",
            "не более 5 млн. рублей",
            "at least 5 million rubles",
            "«no more than 5 million» is given as «at least 5 million»",
        ),
    ],
    "forbidden": [
        (None, "до 30 процентов", "up to 30 per cent", "«до 30» = up to 30", ["number"]),
        (None, "не только не освоил", "not only failed to master", "«не только не» = not only failed", NEG),
        (None, "недостаточно", "insufficiently", "«недостаточно» = insufficiently", NEG),
        (None, "более 30 тысяч человек", "over 30,000 people", "«более» = over", ["number"]),
        (
            None,
            "не выполнили плана по новой технике",
            "failed to fulfil",
            "«не выполнили» = failed to fulfil",
            NEG,
        ),
    ],
}
