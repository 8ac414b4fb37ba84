# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented tj documents of archival-own (read by build_archival_tj.py): a wrong term in the Korean War papers.

Six two-file pairs imitating the Korean War series (k): a ciphered telegram, a Politburo decision, a note
verbale, an order of the War Minister, a record of conversation and a letter. Each plants a term rendered as
another term of its kind: an artillery piece (гаубицы as mortars), a unit or formation (полк as a battalion,
дивизии as corps), a body (комиссия as a committee, генеральное консульство as an embassy), an administrative
unit of Korea (волости as counties), a metal (чугун as steel), a kind of diplomatic act (протокол as a
memorandum), armour and aircraft (танки as armoured cars, истребители as bombers); beside them a short
sentence left out or a date changed. The traps: КНА as the People's Army, добровольцы as volunteers, ЦК as
the Central Committee, уезд as a county (the usual rendering of the Korean kun), a general word for a
specific one (орудия as guns, автомашины as trucks), a term in an untranslated distribution list, a term
repeated in the next sentence, and a surname that is a term's case form (полковник Полков).
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py.
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["tj01-zakharov-artillery-telegram-1950"] = {
    "genre": "ciphered telegram (pair)",
    "about": "Invented: a Soviet general in Pyongyang reports the KPA's artillery losses and asks for the guns of a reserve regiment.",
    "ru": """‹u›АП РФ, ф. 3, оп. 65, д. 841, л. 112-113.

‹1›Сов. секретно

‹2›ШИФРТЕЛЕГРАММА

‹u›Из ПХЕНЬЯНА Отправлено 23.XI.50 г. 18 ч. 20 м.
‹u›Получено 23.XI.50 г. 22 ч. 05 м.

‹3›ТОВАРИЩУ ФЫН СИ

‹4›Докладываю о положении с артиллерией Корейской Народной Армии на 20 ноября. ‹5›В двух армейских корпусах КНА, действующих на восточном участке, осталось 46 122-мм гаубиц и 70 76-мм пушек. ‹6›Большая часть орудий лишена тягачей и перевозится на волах.

‹7›Командование КНА просит передать ему вооружение одного артиллерийского полка РГК, находящегося в Сингисю. ‹8›Полк имеет полный комплект орудий и тягачей. ‹9›Личный состав полка может быть использован командованием китайских народных добровольцев для обучения корейских расчетов.

‹u›Считаю просьбу обоснованной. ‹11›Прошу Ваших указаний.

‹12›ЗАХАРОВ

‹13›№ 2217

‹u›Расшифровал: Петренко 23.XI.50 г. 23 ч. 40 м.
‹u›Разослано: тт. Сталину, Булганину, Штеменко (Генштаб), в дело.""",
    "en": """‹1›TOP SECRET

‹2›CIPHERED TELEGRAM

‹3›To Comrade FYN SI [Stalin]

‹4›I report on the state of the artillery of the People's Army as of November 20. ‹5›The two army corps of the KPA operating in the eastern sector have 46 122-mm mortars and 70 76-mm guns left. ‹6›Most of the guns have no prime movers and are hauled by oxen.

‹7›The KPA command asks to be given the weapons of one artillery battalion of the RGK reserve, stationed at Sinuiju. ‹8›The regiment has a full complement of guns and prime movers. ‹9›The personnel of the regiment could be used by the command of the Chinese volunteers to train Korean gun crews.

‹11›I request your instructions.

‹12›ZAKHAROV

‹13›No. 2217""",
    "required": [
        ("term", "гаубиц", "mortars", "46 122-mm howitzers are given as mortars"),
        (
            "term",
            ("полка", "артиллерийского полка"),
            "battalion",
            "one artillery regiment of the reserve is given as a battalion (the next sentence says regiment)",
        ),
        (
            "omission",
            "Считаю просьбу обоснованной.",
            None,
            "the sentence «I consider the request justified» is left out",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 3", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "Отправлено 23.XI.50",
            None,
            "the header's times, untranslated",
            ["omission", "number", "date"],
            "minor",
        ),
        (
            None,
            "Разослано:",
            None,
            "distribution list (with the General Staff) untranslated",
            ["omission", "term", "name"],
            "minor",
        ),
        (None, "ФЫН СИ", "FYN SI", "Stalin's pseudonym transliterated", ["name"], "minor"),
        (None, None, "[Stalin]", "an editor's gloss in brackets", ["addition", "name"], "minor"),
        (
            None,
            "Корейской Народной Армии",
            "People's Army",
            "КНА as the People's Army",
            ["term", "name"],
            "minor",
        ),
        (None, "армейских корпусах", "army corps", "the same formations", ["term"], "minor"),
        (None, "70 76-мм пушек", "70 76-mm guns", "the same guns", ["term", "number"], "minor"),
        (
            None,
            ("орудий", "Большая часть орудий"),
            ("guns", "Most of the guns"),
            "орудия as guns",
            ["term"],
            "minor",
        ),
        (
            None,
            ("тягачей", "лишена тягачей"),
            ("prime movers", "no prime movers"),
            "тягачи as prime movers",
            ["term"],
            "minor",
        ),
        (
            None,
            "Полк имеет",
            "The regiment has",
            "the regiment repeated in the next sentence, rightly",
            ["term"],
            "minor",
        ),
        (
            None,
            "китайских народных добровольцев",
            "Chinese volunteers",
            "добровольцы as volunteers",
            ["term", "name"],
            "minor",
        ),
        (None, "20 ноября", "November 20", "the same date", ["number", "date"]),
        (None, "№ 2217", "No. 2217", "the outgoing number", ["number"]),
    ],
    "notes": "Planted: гаубиц -> mortars (term); полка -> battalion (term); the sentence «Считаю просьбу обоснованной.» omitted. Free: КНА as the People's Army, добровольцы as volunteers, орудия as guns, the distribution list untranslated.",
}

DOCS["tj02-politburo-metal-dprk-1951"] = {
    "genre": "Politburo decision (pair)",
    "about": "Invented: the Politburo orders ferrous metal shipped to the DPRK and a commission to weigh its fuel request.",
    "ru": """‹u›АПРФ, ф. 3, оп. 65, д. 834, л. 7.

‹1›Строго секретно

‹2›Из протокола № 84 заседания Политбюро ЦК ВКП(б)

‹3›Решение от 14 марта 1951 г.

‹4›О поставках черных металлов Корейской Народно-Демократической Республике

‹5›1. Обязать Министерство внешней торговли (т. Меньшикова) поставить КНДР во втором квартале 1951 г. 4 тыс. тонн проката черных металлов и 2,5 тыс. тонн чугуна.

‹6›2. Поручить комиссии в составе тт. Микояна (председатель), Меньшикова и Косыгина в пятидневный срок рассмотреть заявку правительства КНДР на бензин и смазочные масла и свои предложения внести в Совет Министров СССР.

‹7›3. Расходы по перевозке грузов до станции Тумынь отнести за счет кредита, предоставленного КНДР Соглашением от 17 марта 1949 г.

‹8›СЕКРЕТАРЬ ЦК

‹u›Выписки посланы: тт. Микояну, Меньшикову, Косыгину, МИД СССР.""",
    "en": """‹1›Strictly Secret

‹2›From Protocol No. 84 of the Session of the Politburo of the CC VKP(b)

‹3›Decision of March 14, 1951

‹4›On Deliveries of Ferrous Metals to the Democratic People's Republic of Korea

‹5›1. The Ministry of Foreign Trade (Comrade Menshikov) is to supply the DPRK in the second quarter of 1951 with 4,000 tons of rolled ferrous metal and 2,500 tons of steel.

‹6›2. A committee consisting of Comrades Mikoyan (chairman), Menshikov and Kosygin is to examine within five days the request of the DPRK government for gasoline and lubricating oils and to submit its proposals to the USSR Council of Ministers.

‹7›3. The costs of carrying the goods to Tumen station are to be charged to the credit granted to the DPRK under the Agreement of March 17, 1949.

‹8›SECRETARY OF THE CENTRAL COMMITTEE""",
    "required": [
        ("term", "чугуна", "steel", "2,500 tons of pig iron are given as steel"),
        ("term", "комиссии", "committee", "a commission of three is given as a committee"),
    ],
    "forbidden": [
        (None, "АПРФ, ф. 3", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "Выписки посланы",
            None,
            "distribution of extracts, untranslated",
            ["omission", "name", "term"],
            "minor",
        ),
        (
            None,
            "Политбюро ЦК ВКП(б)",
            "Politburo of the CC VKP(b)",
            "the same body",
            ["term", "name"],
            "minor",
        ),
        (None, "Решение от", "Decision of", "решение as a decision", ["term"], "minor"),
        (None, "черных металлов Корейской", "Ferrous Metals", "the same metals", ["term"], "minor"),
        (
            None,
            "проката черных металлов",
            "rolled ferrous metal",
            "прокат as rolled metal",
            ["term"],
            "minor",
        ),
        (None, "правительства КНДР", "DPRK government", "the same government", ["term"], "minor"),
        (None, "бензин", "gasoline", "бензин as gasoline", ["term"], "minor"),
        (
            None,
            "Совет Министров СССР",
            "USSR Council of Ministers",
            "the same body",
            ["term", "name"],
            "minor",
        ),
        (None, "Соглашением", "Agreement", "соглашение as an agreement", ["term"], "minor"),
        (
            None,
            "СЕКРЕТАРЬ ЦК",
            "SECRETARY OF THE CENTRAL COMMITTEE",
            "ЦК as the Central Committee",
            ["term", "title"],
            "minor",
        ),
        (None, "4 тыс. тонн", "4,000 tons", "the same quantity", ["number"]),
        (None, "2,5 тыс. тонн", "2,500 tons", "a decimal comma", ["number"]),
        (None, "в пятидневный срок", "within five days", "the same time limit", ["number"]),
        (None, "17 марта 1949 г.", "March 17, 1949", "the same date", ["number", "date"]),
        (None, "14 марта 1951 г.", "March 14, 1951", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: чугуна -> steel (term); комиссии -> committee (term). Free: ЦК as the Central Committee, прокат черных металлов as rolled ferrous metal, соглашение as agreement, the distribution of extracts untranslated.",
}

DOCS["tj03-mid-note-verbale-dprk-fuel-1952"] = {
    "genre": "note verbale (pair)",
    "about": "Invented: the Soviet Foreign Ministry tells the DPRK embassy of fuel shipments under a trade protocol.",
    "ru": """‹u›АВП РФ, ф. 0102, оп. 7, п. 31, д. 48, л. 19.

‹1›ВЕРБАЛЬНАЯ НОТА

‹2›№ 64/2дв

‹3›Министерство Иностранных Дел Союза Советских Социалистических Республик свидетельствует свое уважение Посольству Корейской Народно-Демократической Республики и имеет честь сообщить следующее.

‹4›В соответствии с Протоколом о товарообороте на 1952 год, подписанным в Москве 12 февраля 1952 года, советская сторона отгрузит в третьем квартале 15 тыс. тонн керосина и 8 тыс. тонн дизельного топлива. ‹5›Грузы будут переданы на пограничной станции Хасан представителям Министерства путей сообщения КНДР.

‹6›Министерство просит Посольство уведомить об этом Генеральное консульство КНДР в Чите и обеспечить своевременную выдачу виз сопровождающим лицам. ‹7›Список сопровождающих прилагается.

‹8›Министерство пользуется случаем, чтобы возобновить Посольству уверения в своем высоком уважении.

‹9›Москва, 2 июля 1952 года""",
    "en": """‹1›NOTE VERBALE

‹2›No. 64/2dv

‹3›The Ministry of Foreign Affairs of the Union of Soviet Socialist Republics presents its compliments to the Embassy of the Democratic People's Republic of Korea and has the honour to state the following.

‹4›In accordance with the Memorandum on trade turnover for 1952, signed in Moscow on February 12, 1952, the Soviet side will ship in the third quarter 15,000 tons of kerosene and 8,000 tons of diesel fuel. ‹5›The goods will be handed over at the border station of Khasan to representatives of the DPRK Ministry of Railways.

‹6›The Ministry requests the Embassy to inform the DPRK Embassy in Chita of this and to ensure the timely issue of visas to the escorting persons. ‹7›A list of the escorting persons is attached.

‹8›The Ministry avails itself of this opportunity to renew to the Embassy the assurances of its highest consideration.

‹9›Moscow, July 2, 1952""",
    "required": [
        ("term", "Протоколом", "Memorandum", "the trade protocol of February 12 is given as a memorandum"),
        (
            "term",
            "Генеральное консульство",
            ("Embassy", "DPRK Embassy in Chita"),
            "the consulate general in Chita is given as an embassy",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0102", None, "archive reference", ["omission", "number"], "minor"),
        (None, "ВЕРБАЛЬНАЯ НОТА", "NOTE VERBALE", "the heading", ["term"], "minor"),
        (None, "№ 64/2дв", "No. 64/2dv", "the note's number, transliterated", ["number"]),
        (
            None,
            "Посольству Корейской",
            ("Embassy", "to the Embassy of the"),
            "the same embassy",
            ["term", "name"],
            "minor",
        ),
        (None, "товарообороте", "trade turnover", "the same trade", ["term"], "minor"),
        (None, "керосина", "kerosene", "the same fuel", ["term"], "minor"),
        (None, "дизельного топлива", "diesel fuel", "the same fuel", ["term"], "minor"),
        (
            None,
            "Министерства путей сообщения КНДР",
            "DPRK Ministry of Railways",
            "путей сообщения as Railways",
            ["term", "name"],
            "minor",
        ),
        (None, "12 февраля 1952 года", "February 12, 1952", "the same date", ["number", "date"]),
        (None, "15 тыс. тонн", "15,000 tons", "the same quantity", ["number"]),
        (None, "8 тыс. тонн", "8,000 tons", "the same quantity", ["number"]),
        (None, "в третьем квартале", "in the third quarter", "the same quarter", ["number", "date"]),
        (None, "2 июля 1952 года", "July 2, 1952", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: Протоколом -> Memorandum (term); Генеральное консульство -> Embassy (term). Free: the formulas, вербальная нота as note verbale, Министерство путей сообщения as Ministry of Railways.",
}

DOCS["tj04-order-advisers-kpa-divisions-1951"] = {
    "genre": "order of the War Minister (pair)",
    "about": "Invented: the War Minister orders officers of the Maritime district sent as advisers to new KPA divisions.",
    "ru": """‹u›ЦАМО РФ, ф. 16, оп. 3139, д. 52, л. 77-78.

‹1›Совершенно секретно

‹2›ПРИКАЗ ВОЕННОГО МИНИСТРА СОЮЗА ССР

‹3›№ 00117

‹4›28 февраля 1951 г. ‹5›г. Москва

‹6›Для оказания помощи командованию Корейской Народной Армии в формировании новых соединений ПРИКАЗЫВАЮ:

‹7›1. Командующему войсками Приморского военного округа генерал-полковнику Крылову выделить в распоряжение Главного военного советника в КНДР 42 офицера из состава 25-й армии. ‹8›Группу офицеров возглавит полковник Полков.

‹9›2. Офицеров направить по 6 человек в каждую из семи вновь формируемых пехотных дивизий КНА.

‹10›3. Начальнику Генерального штаба Советской Армии генералу армии Штеменко обеспечить отправку офицеров до 15 марта 1951 г.

‹11›4. Военному совету Приморского военного округа донести об исполнении к 20 марта 1951 г.

‹12›ВОЕННЫЙ МИНИСТР СОЮЗА ССР
‹13›МАРШАЛ СОВЕТСКОГО СОЮЗА
‹14›А. ВАСИЛЕВСКИЙ

‹u›Отп. 5 экз.""",
    "en": """‹1›Top Secret

‹2›ORDER OF THE MINISTER OF WAR OF THE USSR

‹3›No. 00117

‹4›February 28, 1951 ‹5›Moscow

‹6›To assist the command of the Korean People's Army in forming new formations, I ORDER:

‹7›1. The Commander of the troops of the Maritime Military District, Colonel General Krylov, is to place 42 officers of the 25th Army at the disposal of the Chief Military Adviser in the DPRK. ‹8›The group of officers will be headed by Colonel Polkov.

‹9›2. The officers are to be sent, 6 men each, to each of the seven newly formed infantry corps of the KPA.

‹10›3. The Chief of the General Staff of the Soviet Army, General of the Army Shtemenko, is to ensure that the officers leave by March 25, 1951.

‹11›4. The Military Council of the Maritime Military District is to report on the execution by March 20, 1951.

‹12›MINISTER OF WAR OF THE USSR
‹13›MARSHAL OF THE SOVIET UNION
‹14›A. VASILEVSKY""",
    "required": [
        ("term", "дивизий", "corps", "seven newly formed infantry divisions are given as corps"),
        (
            "date",
            "15 марта 1951 г.",
            "March 25, 1951",
            "the officers are to leave by March 15; the translation says March 25",
        ),
    ],
    "forbidden": [
        (None, "ЦАМО РФ, ф. 16", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Отп. 5 экз.", None, "the typist's copy count", ["omission", "number"], "minor"),
        (None, "№ 00117", "No. 00117", "the order's number", ["number"]),
        (None, "28 февраля 1951 г.", "February 28, 1951", "the same date", ["number", "date"]),
        (
            None,
            "Корейской Народной Армии",
            "Korean People's Army",
            "the same army",
            ["term", "name"],
            "minor",
        ),
        (None, "соединений", "formations", "соединения as formations", ["term"], "minor"),
        (
            None,
            "войсками Приморского",
            "troops of the Maritime",
            "the district's troops",
            ["term", "name"],
            "minor",
        ),
        (None, "25-й армии", "25th Army", "the same army", ["term", "number"], "minor"),
        (
            None,
            "полковник Полков",
            "Colonel Polkov",
            "a surname that is the genitive plural of полк",
            ["term", "name"],
            "minor",
        ),
        (None, "42 офицера", "42 officers", "the same number", ["number"]),
        (None, "по 6 человек", "6 men each", "the same number", ["number"]),
        (None, "семи", "seven", "a number in words", ["number"]),
        (None, "Генерального штаба", "General Staff", "the same staff", ["term", "name"], "minor"),
        (None, "Военному совету", "Military Council", "the same council", ["term", "name"], "minor"),
        (None, "20 марта 1951 г.", "March 20, 1951", "the same date", ["number", "date"]),
        (None, "генералу армии", "General of the Army", "the same rank", ["title"], "minor"),
        (None, "МАРШАЛ СОВЕТСКОГО СОЮЗА", "MARSHAL OF THE SOVIET UNION", "the same rank", ["title"], "minor"),
    ],
    "notes": "Planted: дивизий -> corps (term); 15 марта -> March 25 (date). Free: соединения as formations, 25-й армии as 25th Army, the surname Полков (a case form of полк), the copy count untranslated.",
}

DOCS["tj05-record-kim-il-sung-resettlement-1952"] = {
    "genre": "record of conversation (pair)",
    "about": "Invented: the ambassador records Kim Il Sung on bomb damage in South Pyongan and a resettlement of villagers.",
    "ru": """‹u›АВП РФ, ф. 0102, оп. 11, п. 60, д. 9, л. 34-36.

‹1›ЗАПИСЬ БЕСЕДЫ

‹2›с Председателем Кабинета Министров КНДР Ким Ир Сеном

‹3›12 августа 1952 года

‹4›Сегодня меня принял Ким Ир Сен. ‹5›На беседе присутствовал министр внутренних дел Пак Ир У.

‹6›Ким Ир Сен сообщил, что в результате налетов американской авиации в июле в провинции Южная Пхеньан разрушено около 11 тыс. жилых домов. ‹7›Наиболее пострадали уезды Кандон и Сунчхон. ‹8›Правительство решило переселить жителей 14 волостей в северные уезды провинции.

‹9›Ким Ир Сен просил ускорить поставку 30 тыс. тонн цемента и 5 тыс. кубометров леса для восстановления жилья. ‹10›Я обещал сообщить об этой просьбе в Москву.

‹11›Далее Ким Ир Сен сказал, что КНА испытывает недостаток в автомашинах. ‹12›Он просит выделить для нее 500 грузовиков ЗИС-150 из наличия Дальневосточного военного округа.

‹13›Беседа продолжалась 1 час 20 минут.

‹14›ПОСОЛ СССР В КНДР
‹15›В. РАЗУВАЕВ""",
    "en": """‹1›RECORD OF CONVERSATION

‹2›with the Chairman of the Cabinet of Ministers of the DPRK Kim Il Sung

‹3›August 12, 1952

‹4›Today Kim Il Sung received me. ‹5›Minister of Internal Affairs Pak Il-u was present.

‹6›Kim Il Sung said that as a result of American air raids in June about 11,000 houses had been destroyed in South Pyongan Province. ‹7›The counties of Kangdong and Sunchon suffered most. ‹8›The government has decided to move the inhabitants of 14 counties to the northern counties of the province.

‹9›Kim Il Sung asked that the delivery of 30,000 tons of cement and 5,000 cubic meters of timber for rebuilding housing be speeded up. ‹10›I promised to report this request to Moscow.

‹11›Kim Il Sung went on to say that the People's Army is short of trucks. ‹12›He asks that 500 ZIS-150 trucks be allotted to it from the stocks of the Far Eastern Military District.

‹13›The conversation lasted 1 hour 20 minutes.

‹14›USSR AMBASSADOR TO THE DPRK
‹15›V. RAZUVAEV""",
    "required": [
        (
            "term",
            "волостей",
            ("counties", "14 counties"),
            "the inhabitants of 14 townships (волости, the Korean myon) are given as 14 counties",
        ),
        ("date", "в июле", "in June", "the raids of July are dated June in the translation"),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0102", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "Председателем Кабинета Министров",
            "Chairman of the Cabinet of Ministers",
            "the same office",
            ["title", "term"],
            "minor",
        ),
        (None, "12 августа 1952 года", "August 12, 1952", "the same date", ["number", "date"]),
        (None, "Пак Ир У", "Pak Il-u", "a Korean name", ["name"], "minor"),
        (
            None,
            "провинции Южная Пхеньан",
            "South Pyongan Province",
            "the same province",
            ["term", "name"],
            "minor",
        ),
        (None, "11 тыс.", "11,000", "the same number", ["number"]),
        (
            None,
            "уезды Кандон",
            "counties of Kangdong",
            "уезд (the Korean kun) as a county",
            ["term", "name"],
            "minor",
        ),
        (None, "северные уезды", "northern counties", "уезд (the Korean kun) as a county", ["term"], "minor"),
        (None, "30 тыс. тонн", "30,000 tons", "the same quantity", ["number"]),
        (None, "5 тыс. кубометров", "5,000 cubic meters", "the same quantity", ["number"]),
        (None, "КНА испытывает", "People's Army", "КНА as the People's Army", ["term", "name"], "minor"),
        (
            None,
            "автомашинах",
            ("trucks", "short of trucks"),
            "автомашины as trucks (the next sentence names them)",
            ["term"],
            "minor",
        ),
        (None, "ЗИС-150", "ZIS-150", "a model", ["number"]),
        (
            None,
            "Дальневосточного военного округа",
            "Far Eastern Military District",
            "the same district",
            ["term", "name"],
            "minor",
        ),
        (None, "1 час 20 минут", "1 hour 20 minutes", "the same length", ["number"]),
    ],
    "notes": "Planted: волостей -> counties (term); в июле -> in June (date). Free: уезд as county (the Korean kun), КНА as the People's Army, автомашины as trucks.",
}

DOCS["tj06-kim-pak-letter-armour-1951"] = {
    "genre": "letter (pair)",
    "about": "Invented: Kim Il Sung and Pak Hon Yong ask Stalin for tanks, fighters and aviation kerosene after the autumn fighting.",
    "ru": """‹1›Москва, Кремль

‹2›Председателю Совета Министров Союза ССР
‹3›товарищу И. В. СТАЛИНУ

‹4›Дорогой товарищ Сталин!

‹5›Правительство Корейской Народно-Демократической Республики и ЦК Трудовой партии Кореи обращаются к Вам с просьбой оказать нам помощь вооружением для восполнения потерь, понесенных в осенних боях. ‹6›В боях октября-ноября 1951 года Народная армия потеряла 58 танков Т-34 и 24 самоходных орудия СУ-76. ‹7›Особенно тяжелы потери танковой бригады, прикрывающей район Вонсана.

‹8›Мы просим поставить нам в первом квартале 1952 года 60 танков и 30 бронетранспортеров. ‹9›Для прикрытия переправ через реку Чхончхон нам необходимы также 40 истребителей МиГ-15. ‹10›Кроме того, просим поставить 3 тыс. тонн авиакеросина.

‹u›Мы уверены, что Вы не откажете нам в этой помощи.

‹12›С глубоким уважением

‹13›Председатель Кабинета Министров КНДР
‹14›КИМ ИР СЕН

‹15›Заместитель Председателя Кабинета Министров,
‹16›Министр иностранных дел КНДР
‹17›ПАК ХЕН ЕН

‹18›28 декабря 1951 года""",
    "en": """‹1›Moscow, the Kremlin

‹2›To the Chairman of the Council of Ministers of the USSR
‹3›Comrade I. V. STALIN

‹4›Dear Comrade Stalin!

‹5›The Government of the Democratic People's Republic of Korea and the Central Committee of the Workers' Party of Korea turn to you with the request to help us with armament to make good the losses suffered in the autumn battles. ‹6›In the battles of October-November 1951 the People's Army lost 58 T-34 tanks and 24 SU-76 self-propelled guns. ‹7›The losses of the tank brigade covering the Wonsan area were especially heavy.

‹8›We ask you to supply us in the first quarter of 1952 with 60 armoured cars and 30 armoured personnel carriers. ‹9›To cover the crossings of the Chongchon River we also need 40 MiG-15 bombers. ‹10›In addition, we ask for 3,000 tons of aviation kerosene.

‹12›With deep respect

‹13›Chairman of the Cabinet of Ministers of the DPRK
‹14›KIM IL SUNG

‹15›Deputy Chairman of the Cabinet of Ministers,
‹16›Minister of Foreign Affairs of the DPRK
‹17›PAK HON YONG

‹18›December 28, 1951""",
    "required": [
        ("term", ("танков", "60 танков"), "armoured cars", "60 tanks are given as armoured cars"),
        ("term", "истребителей", "bombers", "40 MiG-15 fighters are given as bombers"),
        (
            "omission",
            "Мы уверены, что Вы не откажете нам в этой помощи.",
            None,
            "the closing sentence of confidence is left out",
        ),
    ],
    "forbidden": [
        (
            None,
            "Председателю Совета Министров",
            "Chairman of the Council of Ministers",
            "the same office",
            ["title", "term"],
            "minor",
        ),
        (
            None,
            "ЦК Трудовой партии Кореи",
            "Central Committee of the Workers' Party of Korea",
            "ЦК as the Central Committee",
            ["term", "name"],
            "minor",
        ),
        (None, "Народная армия", "People's Army", "the same army", ["term", "name"], "minor"),
        (None, "58 танков Т-34", "58 T-34 tanks", "the same tanks", ["term", "number"], "minor"),
        (None, "самоходных орудия", "self-propelled guns", "the same guns", ["term"], "minor"),
        (None, "танковой бригады", "tank brigade", "the same brigade", ["term"], "minor"),
        (None, "бронетранспортеров", "armoured personnel carriers", "the same carriers", ["term"], "minor"),
        (None, "авиакеросина", "aviation kerosene", "the same fuel", ["term"], "minor"),
        (None, "октября-ноября 1951 года", "October-November 1951", "the same months", ["number", "date"]),
        (
            None,
            "в первом квартале 1952 года",
            "in the first quarter of 1952",
            "the same quarter",
            ["number", "date"],
        ),
        (None, "3 тыс. тонн", "3,000 tons", "the same quantity", ["number"]),
        (None, "МиГ-15", "MiG-15", "a designation", ["number"]),
        (None, "28 декабря 1951 года", "December 28, 1951", "the same date", ["number", "date"]),
        (None, "КИМ ИР СЕН", "KIM IL SUNG", "the same name", ["name"], "minor"),
        (None, "ПАК ХЕН ЕН", "PAK HON YONG", "the same name", ["name"], "minor"),
    ],
    "notes": "Planted: 60 танков -> armoured cars (term); истребителей -> bombers (term); the closing sentence omitted. Free: ЦК as the Central Committee, Народная армия as the People's Army, авиакеросин as aviation kerosene.",
}
