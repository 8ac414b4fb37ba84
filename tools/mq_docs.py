# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented mq documents of archival-own (read by build_archival_mq.py): machines and places.

Deliveries and construction in the manner of the Mongolian and Korean-war series, where the planted changes
are machines given as other machines (an excavator as cranes, a lathe as presses) and regions given as other
regions (a Gobi aimag as another Gobi aimag, a territory as another territory), and the traps are the same
machines and regions under their other names (a South Gobi aimag as Ömnögovi, the Maritime Territory as
Primorye, the North-East of China as Manchuria, «техника» as "equipment").
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["mq01-tsedenbal-letter-road-machines-1954"] = {
    "genre": "letter of a head of government (pair, archive reference at the end)",
    "about": "Invented: Tsedenbal asks the Soviet government for road-building machines for the southern aimags.",
    "ru": """‹1›Председателю Совета Министров Союза ССР
‹2›товарищу МАЛЕНКОВУ Г. М.

‹3›Дорогой товарищ Маленков!

‹4›Правительство Монгольской Народной Республики приступило в текущем году к строительству автомобильной дороги Улан-Батор – Сайн-Шанд – Замын-Удэ протяженностью 680 километров. ‹5›Работы ведутся силами монгольских строительных организаций при участии советских специалистов.

‹6›Однако имеющейся у нас дорожной техники совершенно недостаточно. ‹7›На всем участке, проходящем по Восточно-Гобийскому аймаку, работают лишь 4 экскаватора и 6 бульдозеров, из которых половина требует ремонта.

‹8›В связи с этим Правительство МНР просит Советское Правительство поставить в 1955 году 12 экскаваторов, 20 бульдозеров, 8 автокранов и 15 дорожных катков. ‹9›Кроме того, для строительства моста через реку Туул нам необходимы 2 передвижные электростанции.

‹10›Стоимость поставок мы просим отнести за счет кредита, предоставленного Монгольской Народной Республике по соглашению от 15 марта 1954 года.

‹11›Одновременно сообщаю, что в Южно-Гобийском аймаке начаты изыскания для второй дороги, которая свяжет Даланзадгад с железной дорогой.

‹12›С уважением,
‹13›Председатель Совета Министров
‹14›Монгольской Народной Республики
‹15›Ю. ЦЭДЕНБАЛ

‹16›г. Улан-Батор, 9 октября 1954 года.

‹u›АВП РФ, ф. 0111, оп. 36, п. 212, д. 14, лл. 41-42.""",
    "en": """‹1›To the Chairman of the Council of Ministers of the USSR
‹2›Comrade G. M. MALENKOV

‹3›Dear Comrade Malenkov!

‹4›The Government of the Mongolian People's Republic has this year begun building the Ulaanbaatar – Sainshand – Zamyn-Üüd highway, 680 kilometers long. ‹5›The work is being done by Mongolian construction organizations with the participation of Soviet specialists.

‹6›However, the road-building equipment we have is entirely insufficient. ‹7›On the whole section running through the Dornogovi aimag, only 4 excavators and 6 bulldozers are at work, half of which need repair.

‹8›In this connection the MPR Government asks the Soviet Government to deliver in 1955 12 cranes, 20 bulldozers, 8 truck cranes and 15 road rollers. ‹9›In addition, for building the bridge over the Tuul River we need 2 mobile power stations.

‹10›We ask that the cost of the deliveries be charged to the credit granted to the Mongolian People's Republic under the agreement of March 15, 1954.

‹11›At the same time I inform you that surveys have begun in the Ömnögovi aimag for a second road, which will link Dalanzadgad with the railway.

‹12›Respectfully,
‹13›Chairman of the Council of Ministers
‹14›of the Mongolian People's Republic
‹15›Yu. TSEDENBAL

‹16›Ulaanbaatar, October 9, 1954.""",
    "required": [
        (
            "term",
            "12 экскаваторов",
            "12 cranes",
            "twelve excavators in the original are given as twelve cranes",
        ),
    ],
    "forbidden": [
        (
            None,
            "Восточно-Гобийскому аймаку",
            "Dornogovi aimag",
            "the East Gobi aimag under its Mongolian name",
            ["name"],
        ),
        (
            None,
            "Южно-Гобийском аймаке",
            "Ömnögovi aimag",
            "the South Gobi aimag under its Mongolian name",
            ["name"],
        ),
        (None, "дорожной техники", "road-building equipment", "«техника» is equipment", ["term", "omission"]),
        (
            None,
            "Улан-Батор – Сайн-Шанд – Замын-Удэ",
            "Ulaanbaatar – Sainshand – Zamyn-Üüd",
            "place names in their Mongolian spelling",
            ["name"],
        ),
        (None, "15 дорожных катков", "15 road rollers", "a road roller", ["term", "number"]),
        (
            None,
            "2 передвижные электростанции",
            "2 mobile power stations",
            "a power station",
            ["term", "number"],
        ),
    ],
    "notes": "Pair, a letter with an address block and the archive reference after the signature. Planted: 12 экскаваторов -> 12 cranes (term). Traps: Восточно-Гобийский = Dornogovi, Южно-Гобийский = Ömnögovi, техника = equipment, автокраны = truck cranes, Mongolian spellings of places, 680 km.",
}

DOCS["mq02-politburo-mpr-farm-machines-1952"] = {
    "genre": "Politburo decision extract (page, Russian first, numbered points)",
    "about": "Invented: the Politburo approves deliveries of farm machines and the building of machine-hay stations in the MPR.",
    "page": {
        "date": "April 4, 1952",
        "title": "Extract from Protocol No. 87 of the Politburo of the CC VKP(b), on Deliveries of Agricultural Machinery to the MPR",
        "ref": "mq-0201",
        "summary": "The Politburo approves the delivery of tractors, combines and mowers to the Mongolian People's Republic and the building of three machine-hay stations in the Gobi aimags.",
        "fields": [
            (
                "Original Archive",
                "Russian State Archive of Socio-Political History (RGASPI), Fond 17, Opis 162, Delo 48, Listy 12-13 (constructed reference)",
            ),
            ("Associated Places", "Mongolia; Ulaanbaatar (Mongolia)"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹1›Строго секретно

‹2›ВЫПИСКА ИЗ ПРОТОКОЛА № 87
‹3›заседания Политбюро ЦК ВКП(б)

‹4›Решение от 4 апреля 1952 г.

‹5›О поставках сельскохозяйственной техники в МНР.

‹6›1. Удовлетворить просьбу Правительства МНР и обязать Министерство внешней торговли СССР (т. Кумыкина) поставить Монгольской Народной Республике в 1952 году 150 тракторов, 40 зерноуборочных комбайнов и 300 сенокосилок.

‹7›2. Обязать Министерство сельского хозяйства СССР (т. Бенедиктова) оказать МНР помощь в организации трех машинно-сенокосных станций: в Средне-Гобийском, Южно-Гобийском и Баянхонгорском аймаках. ‹8›Для этих станций выделить 30 тракторов с прицепными граблями сверх поставок, предусмотренных пунктом 1.

‹9›3. Поставки произвести за счет кредита, предоставленного МНР в 1951 году.

‹10›СЕКРЕТАРЬ ЦК""",
    "en": """‹1›Strictly Secret

‹2›EXTRACT FROM PROTOCOL No. 87
‹3›of the session of the Politburo of the CC VKP(b)

‹4›Decision of April 4, 1952

‹5›On deliveries of agricultural machinery to the MPR.

‹6›1. To grant the request of the MPR Government and to instruct the USSR Ministry of Foreign Trade (Cde. Kumykin) to deliver to the Mongolian People's Republic in 1952 150 tractors, 40 grain combines and 300 hay mowers.

‹7›2. To instruct the USSR Ministry of Agriculture (Cde. Benediktov) to help the MPR organize three machine-hay stations: in the South Gobi, Ömnögovi and Bayankhongor aimags. ‹8›For these stations, 30 combines with trailed rakes are to be allotted beyond the deliveries provided for in point 1.

‹9›3. The deliveries are to be made from the credit granted to the MPR in 1951.

‹10›SECRETARY OF THE CC""",
    "required": [
        ("name", "Средне-Гобийском", "South Gobi", "the Middle Gobi aimag is given as the South Gobi aimag"),
        ("term", "30 тракторов", "30 combines", "thirty tractors are given as thirty combines"),
    ],
    "forbidden": [
        (
            None,
            "Южно-Гобийском",
            "Ömnögovi",
            "the South Gobi aimag under its Mongolian name (a note beside the planted change may stay minor: the translation names the South Gobi twice)",
            ["name"],
            "minor",
        ),
        (None, "сельскохозяйственной техники", "agricultural machinery", "«техника» is machinery", ["term"]),
        (None, "300 сенокосилок", "300 hay mowers", "a mower", ["term", "number"]),
        (None, "машинно-сенокосных станций", "machine-hay stations", "a machine-hay station", ["term"]),
        (None, "Кумыкина", "Kumykin", "a surname in brackets", ["name"]),
    ],
    "notes": "Page, Russian first, a Politburo extract with numbered points. Planted: Средне-Гобийском -> South Gobi (name; the translation then gives the South Gobi aimag twice, once as Ömnögovi); 30 тракторов -> 30 combines (term). Traps: Южно-Гобийский = Ömnögovi, сельскохозяйственная техника = agricultural machinery, сенокосилки = hay mowers, т. = Cde.",
}

DOCS["mq03-shtykov-telegram-rail-deliveries-1950"] = {
    "genre": "ciphered telegram (pair, despatch lines, distribution)",
    "about": "Invented: the ambassador in Pyongyang reports Korean requests for locomotives and trucks sent through North-East China.",
    "ru": """‹1›ШИФРТЕЛЕГРАММА

‹u›Из ПХЕНЬЯНА Отправлено 11.II.50 г. 18 ч. 20 м.
‹u›Получено 11.II.50 г. 23 ч. 45 м.

‹2›МОСКВА – тов. ВЫШИНСКОМУ

‹3›10 февраля министр путей сообщения КНДР Пак Ый Ван передал мне просьбу корейского правительства о поставке подвижного состава. ‹4›Корейцы просят поставить в первом полугодии 25 паровозов серии «Еа» и 400 товарных вагонов, из них 120 цистерн.

‹5›По словам Пак Ый Вана, грузы из Северо-Восточного Китая идут через Аньдун с большими задержками, так как мост через реку Ялуцзян может пропускать не более 6 поездов в сутки.

‹6›Кроме того, министерство просит 200 грузовиков ЗИС-150 для вывоза угля с шахт провинции Южный Пхеньан к станциям погрузки.

‹7›Прошу Ваших указаний.

‹8›ШТЫКОВ

‹9›№ 204
‹10›11.II.50 г.

‹u›Разослано: тт. Сталину, Молотову, Микояну, Бещеву.""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›MOSCOW – to Comrade VYSHINSKY

‹3›On February 10 the DPRK Minister of Railways Pak Ui-wan conveyed to me the Korean government's request for the delivery of rolling stock. ‹4›The Koreans ask for the delivery in the first half of the year of 25 rail cars of the "Ea" series and 400 freight cars, 120 of them tank cars.

‹5›According to Pak Ui-wan, cargo from Manchuria goes through Andong with long delays, since the bridge over the Yalu River can take no more than 6 trains a day.

‹6›In addition, the ministry asks for 200 ZIS-150 tractors to carry coal from the mines of South Pyongan Province to the loading stations.

‹7›I request your instructions.

‹8›SHTYKOV

‹9›No. 204
‹10›11 February 1950""",
    "required": [
        ("term", "25 паровозов", "25 rail cars", "twenty-five locomotives are given as rail cars"),
        ("term", "200 грузовиков", "200 ZIS-150 tractors", "two hundred trucks are given as tractors"),
    ],
    "forbidden": [
        (
            None,
            "Северо-Восточного Китая",
            "Manchuria",
            "North-East China is Manchuria",
            ["name", "omission", "addition"],
        ),
        (None, "Ялуцзян", "Yalu", "the river under its Korean-usage name", ["name"]),
        (None, "Аньдун", "Andong", "a place name", ["name"]),
        (None, "120 цистерн", "120 of them tank cars", "a tank car", ["term", "number"]),
        (
            None,
            "провинции Южный Пхеньан",
            "South Pyongan Province",
            "a Korean province with its compass word",
            ["name"],
        ),
    ],
    "notes": "Pair, a ciphered telegram with despatch lines and a distribution line. Planted: 25 паровозов -> 25 rail cars (term); 200 грузовиков -> 200 ZIS-150 tractors (term). Traps: Северо-Восточный Китай = Manchuria, Ялуцзян = Yalu, Аньдун = Andong, Южный Пхеньан = South Pyongan, цистерны = tank cars, a Korean name hyphenated.",
}

DOCS["mq04-mikoyan-note-plant-equipment-1951"] = {
    "genre": "memorandum of a minister (page, translation first, Приложение)",
    "about": "Invented: a note on equipment for a Korean machine-repair plant to be made in the Maritime Territory.",
    "page": {
        "date": "August 22, 1951",
        "title": "Memorandum from A. I. Mikoyan to I. V. Stalin on Equipment for the Korean Machine-Repair Plant",
        "ref": "mq-0401",
        "translator": "R. Keane",
        "summary": "Mikoyan proposes to make machine tools and power equipment for a Korean machine-repair plant at enterprises of the Maritime Territory and North-East China and to send Soviet specialists to install them.",
        "fields": [
            (
                "Original Archive",
                "Russian State Archive of the Economy (RGAE), Fond 413, Opis 9, Delo 773, Listy 5-7 (constructed reference)",
            ),
            ("Associated Places", "Korea (North); Vladivostok (Russia)"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›To Comrade STALIN I. V.

‹2›The Government of the DPRK asks for help in restoring the machine-repair plant in Kanggye destroyed by bombing. ‹3›For the plant the Koreans need 60 lathes, 14 milling machines and 6 presses, as well as 3 diesel generators of 500 kilowatts each.

‹4›The USSR Ministry of Machine Tool Building (Cde. Efremov) considers it possible to make 40 presses at the plants of Primorye, and to take the other machine tools from the reserve. ‹5›The power equipment can be sent from the Harbin depots in the North-East of China, where it was left by the Soviet army in 1946.

‹6›I ask you to approve the enclosed draft decision.

‹7›A. MIKOYAN

‹8›August 22, 1951""",
    "ru": """‹1›Товарищу СТАЛИНУ И. В.

‹2›Правительство КНДР просит оказать помощь в восстановлении разрушенного бомбардировками машиноремонтного завода в Канге. ‹3›Для завода корейцам необходимы 60 токарных станков, 14 фрезерных станков и 6 прессов, а также 3 дизель-генератора мощностью по 500 киловатт.

‹4›Министерство станкостроения СССР (т. Ефремов) считает возможным изготовить 40 токарных станков на заводах Приморского края, а остальные станки взять из резерва. ‹5›Энергетическое оборудование может быть направлено с харбинских складов в Северо-Восточном Китае, где оно было оставлено Советской Армией в 1946 году.

‹6›Прошу утвердить прилагаемый проект постановления.

‹7›А. МИКОЯН

‹8›22 августа 1951 г.

‹u›Приложение: проект постановления на 2 листах.""",
    "required": [
        (
            "term",
            ("40 токарных станков", "изготовить"),
            "40 presses",
            "forty lathes are given as forty presses",
        ),
    ],
    "forbidden": [
        (
            None,
            "заводах Приморского края",
            "plants of Primorye",
            "the Maritime Territory as Primorye",
            ["name"],
        ),
        (None, "Северо-Восточном Китае", "North-East of China", "North-East China in other words", ["name"]),
        (None, "Энергетическое оборудование", "power equipment", "power equipment", ["term"]),
        (None, "3 дизель-генератора", "3 diesel generators", "a diesel generator", ["term", "number"]),
        (None, "14 фрезерных станков", "14 milling machines", "a milling machine", ["term", "number"]),
        (None, "остальные станки", "other machine tools", "станки = machine tools", ["term"]),
        (None, "Канге", "Kanggye", "a Korean town in its Korean spelling", ["name"]),
    ],
    "notes": "Page, translation first, a minister's memorandum with an unlinked enclosure line. Planted: 40 токарных станков -> 40 presses (term). Traps: Приморский край = Primorye, Северо-Восточный Китай = the North-East of China, энергетическое оборудование = power equipment, дизель-генератор, фрезерный станок = milling machine, станкостроения = Machine Tool Building, Канге = Kanggye.",
}

DOCS["mq05-record-talk-oil-drilling-1953"] = {
    "genre": "record of a conversation (pair, diary heading, copy lines)",
    "about": "Invented: the Soviet envoy records a talk with a Mongolian minister on oil drilling in the East Gobi and on drilling equipment sent through the Maritime Territory.",
    "ru": """‹1›Секретно
‹u›Экз. № 1

‹2›Из дневника
‹3›ПИСАРЕВА Ю. К.

‹4›ЗАПИСЬ БЕСЕДЫ
‹5›с министром промышленности МНР Д. Дамбой

‹6›17 июня 1953 года

‹7›Дамба сообщил, что на нефтепромысле в Восточно-Гобийском аймаке добыча нефти за пять месяцев составила 8.600 тонн. ‹8›Для расширения разведки монгольская сторона просит поставить 4 буровые установки и 10 глубинных насосов.

‹9›Он сказал также, что часть оборудования, отгруженного в марте через порты Приморского края, до сих пор не прибыла в Дзамын-Удэ. ‹10›Я обещал выяснить причины задержки.

‹11›В конце беседы Дамба просил направить на промысел еще 6 советских буровых мастеров.

‹12›ПОСЛАННИК СССР В МНР
‹13›Ю. ПИСАРЕВ

‹u›Отп. 3 экз.
‹u›1 – т. Молотову, 2 – т. Зорину, 3 – в дело.""",
    "en": """‹1›Secret

‹2›From the diary of
‹3›Yu. K. PISAREV

‹4›RECORD OF CONVERSATION
‹5›with the MPR Minister of Industry D. Damba

‹6›June 17, 1953

‹7›Damba reported that at the oil field in the Dornogovi aimag oil output in five months had come to 8,600 tons. ‹8›To widen prospecting the Mongolian side asks for the delivery of 4 pumps and 10 deep-well pumps.

‹9›He also said that part of the equipment shipped in March through the ports of the Khabarovsk Territory has still not arrived in Zamyn-Üüd. ‹10›I promised to find out the reasons for the delay.

‹11›At the end of the conversation Damba asked that another 6 Soviet drilling foremen be sent to the field.

‹12›USSR ENVOY TO THE MPR
‹13›Yu. PISAREV""",
    "required": [
        ("term", "4 буровые установки", "4 pumps", "four drilling rigs are given as four pumps"),
        (
            "name",
            "Приморского края",
            "Khabarovsk Territory",
            "the Maritime Territory is given as the Khabarovsk Territory",
        ),
    ],
    "forbidden": [
        (
            None,
            "Восточно-Гобийском аймаке",
            "Dornogovi aimag",
            "the East Gobi aimag under its Mongolian name",
            ["name"],
        ),
        (None, "10 глубинных насосов", "10 deep-well pumps", "a pump", ["term", "number"]),
        (None, "Дзамын-Удэ", "Zamyn-Üüd", "a place in its Mongolian spelling", ["name"]),
        (None, "Дамбой", ("Damba", "D. Damba"), "a Mongolian name in a case form", ["name"]),
        (None, "8.600 тонн", "8,600 tons", "a figure with a point", ["number"]),
    ],
    "notes": "Pair, a record of conversation from an envoy's diary, copy number and distribution lines. Planted: 4 буровые установки -> 4 pumps (term); Приморского края -> Khabarovsk Territory (name). Traps: Восточно-Гобийский = Dornogovi, Дзамын-Удэ = Zamyn-Üüd, 8.600, глубинные насосы = deep-well pumps, буровых мастеров = drilling foremen.",
}
