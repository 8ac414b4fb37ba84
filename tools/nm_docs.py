# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented nm documents of archival-own (read by build_archival_nm.py): four records about people,
written to try the name check on surnames a translation changes by a letter or an ending, on names whose
parts it swaps, and on abbreviations it spells out.

Every text is invented (persons, figures, dates and file marks are made up). Format as in t_docs.py:
``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``; ``‹u›`` marks a sentence
with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["nm01-army-staff-report-personnel-1943"] = {
    "genre": "report of an army staff on commanders (archive reference, typed signature)",
    "about": "Invented: an army staff reports which commanders arrived, were wounded or were moved in March 1943.",
    "ru": """‹u›ЦАМО, ф. 233, оп. 2356, д. 41, л. 12.

‹1›СЕКРЕТНО

‹2›ДОНЕСЕНИЕ
‹3›о командном составе армии на 15 марта 1943 г.

‹4›1. Генерал-майор Зубков прибыл в штаб армии 11 марта и вступил в командование 112 стрелковой дивизией. ‹5›Прежний командир дивизии полковник Богданов отозван в распоряжение штаба фронта.

‹6›2. Полковник Семенов доложил о потерях 38 гвардейского полка за 9-12 марта: убито 46, ранено 131 человек.

‹7›3. Майор Максимов назначен начальником оперативного отделения штаба дивизии. ‹8›Капитан Александров, прибывший из резерва, назначен его заместителем.

‹9›4. Подполковник Шевченко ранен 13 марта и эвакуирован в госпиталь. ‹10›Его обязанности временно исполняет майор Сидорков.

‹11›5. Командир саперного батальона капитан Петров представлен к ордену Красной Звезды.

‹12›Начальник штаба армии
‹13›генерал-майор ГРОМОВ""",
    "en": """‹1›SECRET

‹2›REPORT
‹3›on the commanders of the army as of March 15, 1943

‹4›1. Major General Zubov arrived at army headquarters on March 11 and took command of the 112th Rifle Division. ‹5›The former division commander, Colonel Bogdanov, has been recalled to the disposal of front headquarters.

‹6›2. Colonel Semenko reported the losses of the 38th Guards Regiment for March 9-12: 46 killed, 131 wounded.

‹7›3. Major Maximov has been appointed chief of the operations section of the division staff. ‹8›Captain Alexandrov, who came from the reserve, has been appointed his deputy.

‹9›4. Lieutenant Colonel Shevchenko was wounded on March 13 and evacuated to hospital. ‹10›His duties are temporarily performed by Major Sidorov.

‹11›5. The commander of the engineer battalion, Captain Petroff, has been recommended for the Order of the Red Star.

‹12›Chief of Staff of the Army
‹13›Major General GROMOV""",
    "required": [
        ("name", "Зубков", "Zubov", "Major General Zubkov is given as Zubov (a k dropped: another person)"),
        ("name", "Семенов", "Semenko", "Colonel Semenov is given as Semenko (another surname's ending)"),
        ("name", "Сидорков", "Sidorov", "Major Sidorkov is given as Sidorov"),
    ],
    "forbidden": [
        (None, "Максимов", "Maximov", "кс as x", ["name"], "info"),
        (None, "Александров", "Alexandrov", "кс as x", ["name"], "info"),
        (None, "Шевченко", "Shevchenko", "an -enko surname kept", ["name"], "info"),
        (None, "Петров", "Petroff", "-off for -ов", ["name"], "info"),
        (None, "Богданов", "Bogdanov", "the same surname", ["name"], "info"),
    ],
    "notes": "Staff report. Planted: Зубков -> Zubov, Сидорков -> Sidorov (a Russian к dropped), Семенов -> Semenko (-ов for -ко). Traps: Максимов/Maximov, Александров/Alexandrov (кс as x), Шевченко, Петров/Petroff, ГРОМОВ.",
}

DOCS["nm02-ministry-letter-transfer-1951"] = {
    "genre": "letter of a ministry's personnel department (registry stamp, copy line)",
    "about": "Invented: a ministry's personnel department reports who handed over a plant's affairs to whom.",
    "ru": """‹u›ГАРФ, ф. Р-8131, оп. 28, д. 117, л. 4.

‹1›Министерство черной металлургии СССР
‹2›Отдел кадров

‹3›Вх. № 1842
‹4›7 июня 1951 г.

‹5›Начальнику Главметаллургпрома тов. Лебедеву

‹6›Сообщаем, что 2 июня директор завода Иванов передал Петрову дела и печать завода. ‹7›Акт приема-передачи подписали оба директора и главный бухгалтер Ковалев.

‹8›Тов. Лаптев сообщил Рябинину о приказе министра только 4 июня. ‹9›Поэтому новый директор приступил к работе с опозданием на два дня.

‹10›Из Магнитогорска в Челябинск переведены 14 инженеров. ‹11›Списки их направлены в ГКЭС для оформления.

‹12›Начальник отдела кадров
‹13›М. ТАРАСОВ""",
    "en": """‹1›USSR Ministry of Ferrous Metallurgy
‹2›Personnel Department

‹3›Incoming No. 1842
‹4›June 7, 1951

‹5›To the Head of the Chief Administration of the Metallurgical Industry, Comrade Lebedev

‹6›We report that on June 2 the plant director Petrov handed Ivanov the affairs and the seal of the plant. ‹7›The act of transfer was signed by both directors and by the chief accountant Kovalenko.

‹8›Comrade Laptev informed Ryabinin of the minister's order only on June 4. ‹9›The new director therefore began work two days late.

‹10›14 engineers have been transferred from Magnitogorsk to Chelyabinsk. ‹11›Their lists have been sent to the Kirov Tank Plant for processing.

‹12›Head of the Personnel Department
‹13›M. TARASOV""",
    "required": [
        (
            "name",
            "Иванов передал Петрову",
            "Petrov handed Ivanov",
            "who handed the affairs to whom is turned round",
        ),
        ("name", "Ковалев", "Kovalenko", "the chief accountant Kovalev is given as Kovalenko"),
        ("name", "ГКЭС", "Kirov Tank Plant", "the lists go to the ГКЭС, not to a tank plant"),
    ],
    "forbidden": [
        (None, "Лаптев сообщил Рябинину", "Laptev informed Ryabinin", "the same parts", ["name"], "info"),
        (
            None,
            "Главметаллургпрома",
            "Chief Administration of the Metallurgical Industry",
            "an abbreviation spelt out",
            ["name", "addition"],
            "info",
        ),
        (
            None,
            "Из Магнитогорска в Челябинск",
            "from Magnitogorsk to Chelyabinsk",
            "the same route",
            ["name"],
            "info",
        ),
    ],
    "notes": "Personnel letter. Planted: Иванов передал Петрову -> Petrov handed Ivanov (a swap by a verb of giving), Ковалев -> Kovalenko, ГКЭС -> the Kirov Tank Plant (an unrelated title-case name). Traps: Лаптев сообщил Рябинину kept, Главметаллургпром spelt out, the route kept.",
}

DOCS["nm03-obkom-note-delegation-1958"] = {
    "genre": "note of an obkom department (page, handwritten resolution)",
    "about": "Invented: an obkom department notes a foreign delegation's visit and who met it.",
    "ru": """‹u›Резолюция: «Тов. Карпенко. Ознакомиться. 12.IX.58»

‹1›СПРАВКА
‹2›о пребывании делегации Финляндии в области

‹3›Делегация во главе с депутатом сейма Маннергеймом прибыла в область 8 сентября. ‹4›Ее встретил председатель облисполкома тов. Быстров.

‹5›Делегация посетила колхоз имени Богдана Хмельницкого и Маслозавод № 3. ‹6›Председатель колхоза Иваненко рассказал гостям об урожае 1958 года.

‹7›В беседе участвовал секретарь райкома Кукушкин. ‹8›Гости выехали в Тегеран через Баку 11 сентября.

‹9›Зав. отделом обкома
‹10›П. ЛИСОВСКИЙ""",
    "en": """‹1›INFORMATION
‹2›on the stay of the Finnish delegation in the region

‹3›The delegation, headed by Mannerheim, a deputy of the Diet, arrived in the region on September 8. ‹4›It was met by the chairman of the regional executive committee, Comrade Bystov.

‹5›The delegation visited the Bohdan Khmelnytsky collective farm and Creamery No. 3. ‹6›The chairman of the collective farm, Ivanov, told the guests about the 1958 harvest.

‹7›The district committee secretary Kukushkin took part in the talk. ‹8›The guests left for Teheran via Baku on September 11.

‹9›Head of the Obkom Department
‹10›P. LISOVSKY""",
    "required": [
        ("name", "Быстров", "Bystov", "the chairman Bystrov is given as Bystov"),
        ("name", "Иваненко", "Ivanov", "the chairman Ivanenko is given as Ivanov"),
    ],
    "forbidden": [
        (None, "Маннергеймом", "Mannerheim", "г as h", ["name"], "info"),
        (None, "Богдана Хмельницкого", "Bohdan Khmelnytsky", "a Ukrainian spelling", ["name"], "info"),
        (None, "Тегеран", "Teheran", "an older spelling", ["name"], "info"),
        (None, "Кукушкин", "Kukushkin", "the same name", ["name"], "info"),
        (None, "ЛИСОВСКИЙ", "LISOVSKY", "-sky for -ский", ["name"], "info"),
    ],
    "notes": "Obkom note. Planted: Быстров -> Bystov (a consonant dropped), Иваненко -> Ivanov (-ко for -ов). Traps: Маннергейм/Mannerheim, Богдана/Bohdan, Тегеран/Teheran (г as h), Кукушкин, ЛИСОВСКИЙ/LISOVSKY.",
}

DOCS["nm04-trade-mission-telegram-1960"] = {
    "genre": "telegram of a trade mission (ciphered, distribution list)",
    "about": "Invented: a trade mission reports a contract and the bodies it was sent to.",
    "ru": """‹u›Шифртелеграмма № 8812

‹1›МОСКВА, Минвнешторг, тов. Патоличеву

‹2›Контракт на поставку 40 тракторов подписан 3 октября. ‹3›Копия контракта направлена в Главсевморпуть для согласования сроков навигации.

‹4›Представитель фирмы Ольсен передал Сергееву образцы запчастей. ‹5›Сергеев передаст их в МТСК по возвращении.

‹6›Отгрузка начнется из Ленинграда в Гавану 20 октября.

‹7›Торгпред СЕМЕНОВ""",
    "en": """‹1›MOSCOW, Ministry of Foreign Trade, Comrade Patolichev

‹2›The contract for the delivery of 40 tractors was signed on October 3. ‹3›A copy of the contract has been sent to the Chief Administration of the Northern Sea Route to agree the navigation dates.

‹4›The firm's representative Olsen handed Sergeyev the samples of spare parts. ‹5›Sergeyev will pass them to the Moscow Tram Construction Committee on his return.

‹6›Shipment will begin from Havana to Leningrad on October 20.

‹7›Trade Representative SEMENOV""",
    "required": [
        ("name", "из Ленинграда в Гавану", "from Havana to Leningrad", "the route is turned round"),
    ],
    "forbidden": [
        (
            None,
            "Минвнешторг",
            "Ministry of Foreign Trade",
            "an abbreviation spelt out",
            ["name", "addition"],
            "info",
        ),
        (
            None,
            "Главсевморпуть",
            "Chief Administration of the Northern Sea Route",
            "an abbreviation spelt out",
            ["name", "addition"],
            "info",
        ),
        (None, "Ольсен передал Сергееву", "Olsen handed Sergeyev", "the same parts", ["name"], "info"),
        (None, "СЕМЕНОВ", "SEMENOV", "the same surname", ["name"], "info"),
    ],
    "notes": "Trade mission telegram. Planted: из Ленинграда в Гавану -> from Havana to Leningrad (a route swapped). Traps: Минвнешторг and Главсевморпуть spelt out, Ольсен передал Сергееву kept, СЕМЕНОВ.",
}
