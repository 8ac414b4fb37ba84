# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented uk documents of archival-own (read by build_archival_uk.py): six record kinds, scored once.

A ciphered telegram from Helsinki on reparations, a record of a talk with the Indonesian foreign minister, a
Council of Ministers decree on Kamchatka canneries, a note verbale to the Swedish embassy, an army political
report of June 1944 and a Ministry of Geology letter on Yakutian diamonds, written without looking at the tool's
rules or its tests, to measure it on unseen documents.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["uk01-telegram-helsinki-reparations-1948"] = {
    "genre": "ciphered telegram (pair; cipher number, sent/received lines, decipherer's line and distribution list)",
    "about": "Invented: the envoy in Helsinki reports a talk with Premier Pekkala on delayed reparations deliveries of ships and cable.",
    "ru": """‹u›АВП РФ, ф. 0135, оп. 32, п. 171, д. 14, л. 88.
‹u›Шифртелеграмма № 4127

‹1›СЕКРЕТНО
‹2›Из ХЕЛЬСИНКИ
‹u›Отправлено 22.40 14.V.48 г.
‹u›Поступило 01.15 15.V.48 г.
‹3›МОСКВА - МИД СССР, тов. МОЛОТОВУ В. М.

‹4›13 мая я посетил премьер-министра Пеккала и передал ему наше заявление о задержке поставок по репарациям. ‹5›По данным торгпредства, в апреле финская сторона недопоставила 14 буксиров и шесть лесовозных барж, предусмотренных графиком на второй квартал. ‹6›Пеккала не отрицал отставания, но сослался на забастовку на верфи в Турку, продолжавшуюся почти три недели. ‹7›Он заверил, что недопоставленные суда будут сданы не позднее 30 июня с.г.

‹8›Затем Пеккала сообщил, что правительство намерено просить Советский Союз о продлении срока поставок по кабелю на полгода. ‹9›Я ответил, что доложу его просьбу Советскому правительству, но не могу давать никаких обещаний. ‹10›Финнам, по-видимому, трудно выполнить эту часть программы без закупки меди в Швеции. ‹11›Валюты для этого у них почти нет.

‹12›По сведениям нашего военного атташе полковника Шилова, министр обороны Каллинен настаивает на сокращении армии до 32 тысяч человек. ‹13›Вопрос будет рассматриваться в сейме после майских праздников.

‹14›Считаю целесообразным, чтобы торгпредство ежемесячно информировало посольство о ходе поставок.

‹15›САВОНЕНКОВ

‹u›Расшифровал: Петров 15.V.48 г. 03.40
‹u›Разослано: т. Сталину, т. Молотову, т. Микояну, т. Вышинскому, в дело.""",
    "en": """‹1›SECRET
‹2›From HELSINKI
‹3›MOSCOW - USSR MINISTRY OF FOREIGN AFFAIRS, to Comrade V. M. MOLOTOV

‹4›On May 13 I called on Prime Minister Pekkala and handed him our statement on the delays in reparations deliveries. ‹5›According to the Trade Mission, in April the Finns fell short by forty tugs and six timber barges due under the schedule for the second quarter. ‹6›Pekkala did not deny the shortfall, but pleaded a strike at the Åbo shipyard which had gone on for nearly three weeks. ‹7›He gave assurances that the ships still owed would be handed over no later than July 30 of this year.

‹8›Pekkala then said that his government meant to ask the Soviet Union to extend the time limit for the cable deliveries by six months. ‹9›I replied that I would report his request to the Soviet Government. ‹10›Without buying copper in Sweden the Finns will hardly manage this part of the programme, ‹11›and they have next to no foreign currency to pay for it.

‹12›Our military attaché, Lieutenant Colonel Shilov, reports that Defence Minister Kallinen insists on cutting the army to 32,000 men. ‹13›The question will come before the Diet after the May holidays.

‹14›I think it advisable that the Trade Mission should keep the Embassy informed every month of how the deliveries are going.

‹15›SAVONENKOV""",
    "required": [
        ("number", "14 буксиров", "forty tugs", "14 tugs are given as forty (in words)"),
        ("date", "30 июня", "July 30", "the deadline of June 30 is given as July 30"),
        (
            "title",
            "полковника Шилова",
            "Lieutenant Colonel Shilov",
            "a colonel is given as a lieutenant colonel",
        ),
        (
            "omission",
            "но не могу давать никаких обещаний",
            None,
            "the clause 'but I cannot give any promises' is dropped",
        ),
    ],
    "forbidden": [
        (None, "почти три недели", "nearly three weeks", "the same duration", ["number", "date"]),
        (None, "на полгода", "by six months", "half a year = six months", ["number", "date"]),
        (None, "32 тысяч человек", "32,000 men", "тысяч = thousand", ["number"]),
        (None, "в Турку", "Åbo", "the Swedish name of Turku, usual in period English", ["name", "term"]),
        (None, "с.г.", "of this year", "с.г. = of this year", ["omission", "addition"]),
        (
            None,
            "торгпредства",
            ("Trade Mission", "According to the Trade Mission"),
            "торгпредство = Trade Mission",
            ["term", "name"],
        ),
        (
            None,
            "Расшифровал: Петров 15.V.48 г. 03.40",
            None,
            "decipherer's line, not translated",
            ["omission", "number", "date"],
            "minor",
        ),
        (
            None,
            "Отправлено 22.40 14.V.48 г.",
            None,
            "dispatch line, not translated",
            ["omission", "number", "date"],
            "minor",
        ),
        (None, "САВОНЕНКОВ", "SAVONENKOV", "the signature", ["name"]),
    ],
    "notes": "Pair; the telegram header lines, the decipherer's line and the distribution list are untranslated; two Russian sentences are joined in the English. Planted: 14 -> forty tugs (number); 30 июня -> July 30 (date); полковника -> Lieutenant Colonel (title); the clause «но не могу давать никаких обещаний» dropped (omission). Traps: почти три недели, на полгода = six months, 32 тысяч = 32,000, Турку = Åbo, с.г. = of this year, торгпредство = Trade Mission, apparatus lines.",
}

DOCS["uk02-record-zhukov-subandrio-1958"] = {
    "genre": "record of conversation from an ambassador's diary (page, Russian first; incoming number and copy list untranslated)",
    "about": "Invented: the ambassador in Jakarta is told that Indonesia will buy Soviet ships and is asked for support on West Irian.",
    "page": {
        "date": "May 20, 1958",
        "title": "Record of Conversation between Soviet Ambassador D. A. Zhukov and Indonesian Foreign Minister Subandrio",
        "ref": "uk-0202",
        "summary": "Subandrio announces the purchase of Soviet ships, asks for early delivery and seeks Soviet support on West Irian at the United Nations.",
        "fields": [
            (
                "Original Archive",
                "Archive of Foreign Policy of the Russian Federation (AVPRF), Fond 091, Opis 14, Papka 22, Delo 6 (constructed reference)",
            ),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹1›СЕКРЕТНО
‹2›Экз. № 3
‹3›Из дневника
‹4›ЖУКОВА Д. А.
‹u›Вх. № 01843 от 2.VI.58 г.

‹5›ЗАПИСЬ БЕСЕДЫ
‹6›с министром иностранных дел Индонезии СУБАНДРИО
‹7›20 мая 1958 года

‹8›Посетил Субандрио по его просьбе в министерстве. ‹9›Субандрио сообщил, что правительство Индонезии приняло решение закупить в Советском Союзе 10 торговых судов грузоподъемностью по 5 тыс. тонн. ‹10›Он просил ускорить поставку первых двух судов, ‹10a›так как морское сообщение с Сулавеси практически прервано действиями мятежников.

‹11›Далее Субандрио сказал, что президент Сукарно высоко оценивает позицию СССР в вопросе о Западном Ириане. ‹12›Индонезия не намерена обращаться в ООН с новой жалобой до окончания сессии Генеральной Ассамблеи. ‹13›Он выразил надежду, что советская делегация поддержит индонезийский проект резолюции.

‹14›Я ответил, что Советское правительство неизменно поддерживает справедливые требования индонезийского народа. ‹15›Что касается судов, то я обещал запросить Москву и сообщить ответ в течение недели.

‹16›В заключение Субандрио пригласил меня на вечерний прием по случаю Дня национального пробуждения. ‹17›Беседа продолжалась 1 час 15 минут. ‹18›На беседе присутствовал второй секретарь посольства Б. Н. Воронин.

‹19›ПОСОЛ СССР В ИНДОНЕЗИИ
‹20›Д. ЖУКОВ

‹u›Отп. 4 экз.
‹u›1 - т. Громыко, 2 - т. Кузнецову, 3 - ЮВО МИД, 4 - в дело
‹u›исп. Воронин, печ. Н.К.""",
    "en": """‹1›SECRET
‹2›Copy No. 3
‹3›From the diary of
‹4›D. A. ZHUKOV

‹5›RECORD OF CONVERSATION
‹6›with the Minister of Foreign Affairs of Indonesia, Dr. SUBANDRIO
‹7›May 20, 1958

‹8›At his request I called on Subandrio at the Ministry. ‹9›Subandrio told me that the Indonesian Government had decided to buy ten tankers of 5,000 tons each from the Soviet Union. ‹10›He asked that the first two ships be delivered sooner. ‹10a›Sea communication with Sumatra, he explained, had been all but cut off by the rebels.

‹11›Subandrio went on to say that President Soekarno thought highly of the Soviet stand on West Irian. ‹12›Indonesia intends to bring a new complaint before the UN before the General Assembly session is over. ‹13›He hoped the Soviet delegation would back the Indonesian draft resolution. ‹u›He added that the army stood firmly behind the President's course.

‹14›I replied that the Soviet Government had always supported the just demands of the Indonesian people. ‹15›As for the ships, I promised to query Moscow and to give him an answer within seven days.

‹16›In conclusion Subandrio invited me to the evening reception for National Awakening Day. ‹17›The conversation lasted an hour and a quarter. ‹18›Second Secretary of the Embassy B. N. Voronin was present.

‹19›USSR AMBASSADOR TO INDONESIA
‹20›D. ZHUKOV""",
    "required": [
        ("name", "Сулавеси", "Sumatra", "Sulawesi (Celebes) is given as Sumatra"),
        (
            "omission",
            "не намерена обращаться",
            "intends to bring",
            "the negation is dropped: Indonesia does not intend to complain -> intends to",
        ),
        ("term", "торговых судов", "tankers", "merchant ships are given as tankers"),
        (
            "addition",
            None,
            "He added that the army stood firmly",
            "the translation adds a sentence with no original",
        ),
    ],
    "forbidden": [
        (None, "по 5 тыс. тонн", "5,000 tons each", "тыс. = thousand; по = each", ["number"]),
        (None, "1 час 15 минут", "an hour and a quarter", "the same duration in words", ["number", "date"]),
        (None, "в течение недели", "within seven days", "a week = seven days", ["number", "date"]),
        (None, "президент Сукарно", "President Soekarno", "the period Dutch spelling", ["name"]),
        (
            None,
            "СУБАНДРИО",
            "Dr. SUBANDRIO",
            "the English adds his usual doctor's title",
            ["title", "addition", "name"],
        ),
        (None, "Из дневника", "From the diary of", "diary heading rendered", ["term", "omission"]),
        (None, "Экз. № 3", "Copy No. 3", "copy number", ["number"]),
        (
            None,
            "Вх. № 01843 от 2.VI.58 г.",
            None,
            "incoming number, not translated",
            ["omission", "number", "date"],
            "minor",
        ),
        (
            None,
            "Отп. 4 экз.",
            None,
            "typist's copy note, not translated",
            ["omission", "number", "date"],
            "minor",
        ),
        (
            None,
            "так как морское сообщение",
            "Sea communication with",
            "a clause made a sentence of its own",
            ["omission", "addition"],
        ),
        (None, "10 торговых", "ten tankers", "10 = ten (the ships' kind is the planted term)", ["number"]),
    ],
    "notes": "Russian-first page with an extra header field; the incoming number, the copy note, the distribution list and the executor line are untranslated; a sentence is split at «так как». Planted: Сулавеси -> Sumatra (name); «не намерена обращаться» -> 'intends to bring' (negation dropped); торговых судов -> tankers (term); an added sentence on the army (addition). Traps: по 5 тыс. тонн = 5,000 tons each, 1 час 15 минут = an hour and a quarter, в течение недели = within seven days, Soekarno, Dr. Subandrio, Из дневника, Экз. № 3.",
}

DOCS["uk03-sovmin-decree-kamchatka-canneries-1951"] = {
    "genre": "decree of the USSR Council of Ministers (pair; numbered points, archive reference)",
    "about": "Invented: the Council of Ministers orders more canned fish from Kamchatka, two canneries, tinplate, ships and trainees.",
    "ru": """‹u›ГА РФ, ф. Р-5446, оп. 1, д. 412, лл. 101-103.

‹1›СОВЕТ МИНИСТРОВ СССР
‹2›ПОСТАНОВЛЕНИЕ № 2318-1097с
‹3›от 28 июня 1951 г.
‹4›Москва, Кремль

‹5›О мерах по увеличению производства рыбных консервов на Камчатке

‹6›Совет Министров Союза ССР ПОСТАНОВЛЯЕТ:

‹7›1. Обязать Министерство рыбной промышленности СССР (т. Ишкова) довести в 1952 году выпуск рыбных консервов на Камчатке до 180 млн. условных банок.
‹8›2. Разрешить Минрыбпрому СССР построить в 1951-1952 гг. два новых консервных завода в Усть-Камчатске и Оссоре мощностью не менее 25 млн. банок каждый.
‹9›3. Обязать Министерство черной металлургии поставить Минрыбпрому СССР в III квартале 1951 г. 12 тыс. тонн белой жести для изготовления банок.
‹10›4. Обязать Министерство морского флота выделить для перевозки консервов с Камчатки во Владивосток не менее четырех рефрижераторных судов.
‹11›5. Поручить Министерству трудовых резервов направить на предприятия Камчатки до 1 апреля 1952 г. 1.500 выпускников ремесленных училищ. ‹u›Оплату проезда и подъемные выплатить за счет Минрыбпрома СССР.
‹13›6. Контроль за выполнением настоящего постановления возложить на Госплан СССР.

‹14›Председатель Совета Министров Союза ССР
‹15›И. СТАЛИН

‹16›Управляющий Делами Совета Министров СССР
‹17›М. ПОМАЗНЕВ""",
    "en": """‹1›USSR COUNCIL OF MINISTERS
‹2›DECREE No. 2318-1097s
‹3›of June 28, 1951
‹4›Moscow, the Kremlin

‹5›On measures to increase the output of canned fish in Kamchatka

‹6›The Council of Ministers of the USSR DECREES:

‹7›1. The USSR Ministry of the Fish Industry (Comrade Ishkov) shall bring the output of canned fish in Kamchatka up to 180 million standard cans in 1952.
‹8›2. The Ministry of the Fish Industry is permitted to build, in 1951 and 1952, two new canneries at Ust-Kamchatsk and Ossora with a capacity of up to 25 million cans each.
‹9›3. The Ministry of Ferrous Metallurgy shall supply the Ministry of the Fish Industry in the third quarter of 1951 with 12,000 tons of sheet aluminium for making cans.
‹10›4. The Ministry of the River Fleet shall assign at least four refrigerator ships to carry the canned fish from Kamchatka to Vladivostok.
‹11›5. The Ministry of Labour Reserves is instructed to send 1,500 graduates of trade schools to the enterprises of Kamchatka by April 1, 1953.
‹13›6. Supervision of the implementation of this decree is entrusted to the USSR State Planning Committee.

‹14›Chairman of the USSR Council of Ministers
‹15›J. STALIN

‹16›Business Manager of the USSR Council of Ministers
‹17›M. POMAZNEV""",
    "required": [
        (
            "number",
            "не менее 25 млн. банок",
            "up to 25 million cans",
            "the bound is reversed: not less than 25 million -> up to 25 million",
        ),
        ("term", "белой жести", "sheet aluminium", "tinplate is given as sheet aluminium"),
        ("date", "1 апреля 1952 г.", "April 1, 1953", "the year 1952 is given as 1953"),
        (
            "term",
            "Министерство морского флота",
            "Ministry of the River Fleet",
            "the Ministry of the Merchant Marine is given as the Ministry of the River Fleet",
        ),
        (
            "omission",
            "Оплату проезда и подъемные выплатить",
            None,
            "the sentence on travel costs and relocation allowances is dropped",
        ),
    ],
    "forbidden": [
        (None, "180 млн. условных банок", "180 million standard cans", "млн. = million", ["number"]),
        (None, "в 1951-1952 гг.", "in 1951 and 1952", "a range of years in words", ["number", "date"]),
        (
            None,
            "III квартале 1951 г.",
            "third quarter of 1951",
            "a Roman ordinal quarter",
            ["number", "date"],
        ),
        (None, "12 тыс. тонн", "12,000 tons", "тыс. = thousand", ["number"]),
        (None, "1.500 выпускников", "1,500 graduates", "thousands dot = comma", ["number"]),
        (None, "не менее четырех", "at least four", "the same bound in words", ["number"]),
        (None, "И. СТАЛИН", "J. STALIN", "И. = J.", ["name"]),
        (
            None,
            "ПОСТАНОВЛЕНИЕ № 2318-1097с",
            "DECREE No. 2318-1097s",
            "the decree's number",
            ["number", "term"],
        ),
        (None, "ремесленных училищ", "trade schools", "ремесленное училище = trade school", ["term"]),
        (
            None,
            "Минрыбпрому СССР построить",
            ("Ministry of the Fish Industry", "2. The Ministry of the Fish Industry"),
            "the abbreviation spelt out",
            ["term", "name"],
        ),
        (
            None,
            "ГА РФ, ф. Р-5446, оп. 1, д. 412, лл. 101-103.",
            None,
            "archive reference, not translated",
            ["omission", "number", "date"],
            "minor",
        ),
    ],
    "notes": "Pair; numbered points; the archive reference is untranslated. Planted: не менее 25 млн. -> up to 25 million (bound reversed); белой жести -> sheet aluminium (term, a material); 1 апреля 1952 -> April 1, 1953 (date); Министерство морского флота -> Ministry of the River Fleet (term, an institution); the sentence «Оплату проезда …» dropped from the end of point 5 (omission). Traps: 180 млн., 1951-1952 гг. = in 1951 and 1952, III квартал, 12 тыс. тонн, 1.500, не менее четырех = at least four, И. = J., the decree number, ремесленные училища = trade schools, Минрыбпром spelt out.",
}

DOCS["uk04-mid-note-verbale-swedish-yacht-1946"] = {
    "genre": "note verbale of the Foreign Ministry to an embassy (pair; footnote on both sides, address lines)",
    "about": "Invented: the Ministry answers the Swedish embassy about a Swede detained off Tallinn on a yacht.",
    "ru": """‹u›АВП РФ, ф. 0140, оп. 37, п. 160, д. 5, л. 12.

‹1›МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ СОЮЗА ССР
‹2›№ 47/ск

‹3›ВЕРБАЛЬНАЯ НОТА

‹4›Министерство Иностранных Дел Союза Советских Социалистических Республик свидетельствует свое уважение Посольству Швеции и в ответ на его ноту № 112 от 9 сентября 1946 года имеет честь сообщить следующее.

‹5›По наведенным справкам, шведский гражданин Карл-Эрик Линдстрем, задержанный 17 августа с.г. в районе порта Таллин, находится под следствием по обвинению в незаконном пересечении государственной границы СССР¹. ‹6›Линдстрем был задержан пограничным катером в трех милях от берега на моторной яхте без флага. ‹7›Следствие будет закончено в течение октября, после чего дело будет рассмотрено военным трибуналом пограничных войск МВД. ‹u›Посольству будет предоставлена возможность встретиться с задержанным до начала судебного разбирательства.

‹9›Министерство не может согласиться с утверждением Посольства о том, что яхта была отнесена к берегу штормом, ‹10›поскольку по данным метеостанции Палдиски в ночь на 17 августа ветер не превышал 3 баллов.

‹11›Вместе с тем Министерство сообщает, что двое других членов экипажа, гражданки Швеции, освобождены и выехали на родину 2 сентября.

‹12›Министерство пользуется этим случаем, чтобы возобновить Посольству уверение в своем весьма высоком уважении.

‹13›Москва, 24 сентября 1946 года

‹u›Посольству Швеции
‹u›г. Москва

‹14›¹ Статья 84 Уголовного кодекса РСФСР.""",
    "en": """‹1›MINISTRY OF FOREIGN AFFAIRS OF THE USSR
‹2›No. 47/sk

‹3›NOTE VERBALE

‹4›The Ministry of Foreign Affairs of the Union of Soviet Socialist Republics presents its compliments to the Embassy of Sweden and, in reply to the Embassy's Note No. 112 of September 19, 1946, has the honour to state the following.

‹5›According to the information obtained, the Swedish citizen Karl-Erik Lindström, detained on August 17 of this year near the port of Tallinn, is under investigation on a charge of illegally crossing the State frontier of the USSR.1 ‹6›Lindström was detained by a frontier patrol boat five miles off the coast, aboard a motor yacht flying no flag. ‹7›The investigation will be completed in the course of October, after which the case will be heard by the Supreme Court of the Estonian SSR.

‹9›The Ministry cannot accept the Embassy's contention that the yacht was driven ashore by a storm. ‹10›According to the Paldiski weather station, the wind on the night of August 16-17 did not exceed force three.

‹11›At the same time the Ministry informs the Embassy that the other two members of the crew, both Swedish women, have been released and left for home on September 2.

‹12›The Ministry avails itself of this opportunity to renew to the Embassy the assurance of its highest consideration.

‹13›Moscow, September 24, 1946

‹14›1 Article 84 of the Criminal Code of the RSFSR.""",
    "required": [
        ("date", "от 9 сентября 1946 года", "of September 19, 1946", "September 9 is given as September 19"),
        ("number", "в трех милях", "five miles", "three miles are given as five"),
        (
            "term",
            "военным трибуналом пограничных войск МВД",
            "Supreme Court of the Estonian SSR",
            "the military tribunal of the MVD border troops is given as the Supreme Court of the Estonian SSR",
        ),
        (
            "omission",
            "Посольству будет предоставлена возможность",
            None,
            "the sentence granting the embassy a meeting with the detained man is dropped",
        ),
    ],
    "forbidden": [
        (None, "17 августа с.г.", "August 17 of this year", "с.г. = of this year", ["number", "date"]),
        (
            None,
            "в ночь на 17 августа",
            "night of August 16-17",
            "the night before the 17th",
            ["number", "date"],
        ),
        (None, "3 баллов", "force three", "a wind force in words", ["number"]),
        (None, "Карл-Эрик Линдстрем", "Karl-Erik Lindström", "the Swedish spelling", ["name"]),
        (
            None,
            "СССР¹",
            "USSR.1",
            "a footnote mark after the word (superscript lost in the English)",
            ["number", "date"],
        ),
        (
            None,
            "двое других членов экипажа",
            "other two members of the crew",
            "двое = two",
            ["number"],
        ),
        (
            None,
            "свидетельствует свое уважение",
            "presents its compliments",
            "the diplomatic formula rendered by its English counterpart",
            ["term", "omission", "addition"],
        ),
        (
            None,
            "возобновить Посольству уверение в своем весьма высоком уважении",
            "assurance of its highest consideration",
            "the closing formula",
            ["term", "omission"],
        ),
        (None, "№ 47/ск", "No. 47/sk", "the note's number", ["number"]),
        (None, "г. Москва", None, "address line, not translated", ["omission"], "minor"),
        (None, "Статья 84", "Article 84", "the footnote", ["number"]),
    ],
    "notes": "Pair; the archive reference and the address lines are untranslated; the footnote mark ¹ after a word becomes a plain '1' in the English; one sentence is split at «поскольку». Planted: 9 сентября -> September 19 (date); в трех милях -> five miles (number); военным трибуналом пограничных войск МВД -> Supreme Court of the Estonian SSR (term, a court); the sentence «Посольству будет предоставлена возможность …» dropped (omission). Traps: с.г., в ночь на 17 августа = the night of August 16-17, 3 баллов = force three, Lindström, the footnote mark, двое = two, the note formulas.",
}

DOCS["uk05-politdonesenie-49th-army-1944"] = {
    "genre": "political report of an army's political department (pair; OCR'd Russian with line-break hyphens)",
    "about": "Invented: the political department of the 49th Army reports three days of the June 1944 offensive.",
    "ru": """‹u›ЦАМО, ф. 32, оп. 11302, д. 218, лл. 47-48.

‹1›Совершенно секретно

‹2›НАЧАЛЬНИКУ ПОЛИТУПРАВЛЕНИЯ 2-го БЕЛОРУССКОГО ФРОНТА
‹3›генерал-лейтенанту тов. ОКОРОКОВУ

‹4›ПОЛИТДОНЕСЕНИЕ
‹5›о боевых действиях частей 49-й армии за 23-25 июня 1944 г.

‹6›В течение 23-25 июня части армии прорвали оборону противника на фронте протяжен-
ностью 12 км и продвинулись на глубину до 30 км. ‹7›Особенно отличился 1095-й стрелковый полк 324-й стрелковой дивизии, который первым форсировал р. Проня. ‹8›Командир роты старший лейтенант Гусев лично поднял бойцов в атаку и был тяжело ранен.

‹9›Противник оказывал упорное сопротивление, используя заранее подготов-
ленные опорные пункты. ‹10›На участке 290-й дивизии немцы предприняли 4 контратаки при поддержке танков «тигр» и самоходных орудий. ‹11›Все контратаки отбиты с большими для противника потерями.

‹12›Захвачено 17 орудий, 46 пулеметов и склад с боеприпасами. ‹13›Взято в плен 312 солдат и офицеров противника. ‹14›Наши потери уточняются.

‹15›Политическое настроение личного состава высокое. ‹16›За три дня боев подано 146 заявлений о приеме в партию, ‹17›из них 58 - от бойцов, отличившихся в бою. ‹u›Отмечены отдельные случаи мародерства в освобожденных деревнях, по ним проводится расследование.

‹19›Начальник политотдела 49-й армии
‹20›генерал-майор КАЛАШНИК

‹21›26 июня 1944 г.""",
    "en": """‹1›Top Secret

‹2›TO THE CHIEF OF THE POLITICAL DIRECTORATE OF THE 2nd BELORUSSIAN FRONT
‹3›Lieutenant General Comrade OKOROKOV

‹4›POLITICAL REPORT
‹5›on the combat operations of the units of the 49th Army, June 23 to 25, 1944

‹6›Between June 23 and 25 the Army's units broke through the enemy defences on a front of 12 kilometres and advanced to a depth of up to 30 km. ‹7›The 1095th Rifle Regiment of the 324th Rifle Division, the first to force the Drut River, particularly distinguished itself. ‹8›Company commander Captain Gusev personally led the men into the attack and was gravely wounded.

‹9›The enemy put up stubborn resistance from strongpoints prepared in advance. ‹10›In the sector of the 290th Division the Germans made four counterattacks supported by Tiger tanks and armoured cars. ‹11›All the counterattacks were beaten off with heavy losses to the enemy.

‹12›Seventeen guns, 46 machine guns and an ammunition dump were captured. ‹13›112 enemy soldiers and officers were taken prisoner. ‹14›Our own losses are still being established.

‹15›The political morale of the men is high. ‹16›In three days of fighting 146 applications for Party membership were submitted. ‹17›Fifty-eight of them came from men who had distinguished themselves in battle.

‹19›Chief of the Political Department of the 49th Army
‹20›Major General KALASHNIK

‹21›June 26, 1944""",
    "dehyphenated": ["протяженностью", "подготовленные"],
    "required": [
        ("term", "самоходных орудий", "armoured cars", "self-propelled guns are given as armoured cars"),
        ("title", "старший лейтенант Гусев", "Captain Gusev", "a senior lieutenant is given as a captain"),
        ("number", "312 солдат", "112 enemy", "312 prisoners are given as 112"),
        (
            "omission",
            "Отмечены отдельные случаи мародерства",
            None,
            "the sentence on looting in liberated villages is dropped",
        ),
        ("name", "р. Проня", "Drut River", "the Pronya is given as the Drut"),
    ],
    "forbidden": [
        (None, "за 23-25 июня 1944 г.", "June 23 to 25, 1944", "a range of days", ["number", "date"]),
        (None, "12 км", "12 kilometres", "км spelt out", ["number"]),
        (None, "до 30 км", "up to 30 km", "до = up to", ["number"]),
        (None, "4 контратаки", "four counterattacks", "a figure in words", ["number"]),
        (None, "17 орудий", "Seventeen guns", "a figure in words at the head of the sentence", ["number"]),
        (
            None,
            "из них 58",
            "Fifty-eight of them",
            "a figure in words; a clause made a sentence",
            ["number", "omission"],
        ),
        (None, "танков «тигр»", "Tiger tanks", "the tank's name", ["term", "name"]),
        (
            None,
            "генерал-лейтенанту тов. ОКОРОКОВУ",
            "Lieutenant General Comrade OKOROKOV",
            "the rank in the dative",
            ["title", "name"],
        ),
        (None, "2-го БЕЛОРУССКОГО ФРОНТА", "2nd BELORUSSIAN FRONT", "an ordinal", ["number"]),
        (None, "ПОЛИТДОНЕСЕНИЕ", "POLITICAL REPORT", "the document's kind", ["term"]),
        (
            None,
            "ЦАМО, ф. 32, оп. 11302, д. 218, лл. 47-48.",
            None,
            "archive reference, not translated",
            ["omission", "number", "date"],
            "minor",
        ),
    ],
    "notes": "Pair; the Russian has two line-break hyphens (протяжен-/ностью, подготов-/ленные) and an untranslated archive reference; one sentence is split at «из них». Planted: самоходных орудий -> armoured cars (term, a weapon); старший лейтенант -> Captain (title); 312 -> 112 prisoners (number); the sentence on looting dropped (omission); р. Проня -> the Drut River (name, a river). Traps: 23-25 июня, 12 км = 12 kilometres, до 30 км, 4 = four, 17 = Seventeen, 58 = Fifty-eight, «тигр» = Tiger, the rank in the dative, 2-го = 2nd, ПОЛИТДОНЕСЕНИЕ = POLITICAL REPORT.",
}

DOCS["uk06-mingeo-letter-yakutia-diamonds-1957"] = {
    "genre": "letter of a ministry to Gosplan (page, translation first; outgoing number, archive reference)",
    "about": "Invented: the Ministry of Geology reports kimberlite pipes found in Yakutia and asks for rigs, aircraft, staff and money.",
    "page": {
        "date": "March 15, 1957",
        "title": "Letter from Minister of Geology P. Ya. Antropov to Gosplan Chairman N. K. Baibakov on the Yakutian Diamond Pipes",
        "ref": "uk-0606",
        "summary": "The Ministry of Geology reports the 1956 discoveries of the Amakinskaya Expedition and asks for equipment, staff and funds for 1957.",
        "fields": [
            (
                "Original Archive",
                "Russian State Archive of the Economy (RGAE), Fond 4372, Opis 55, Delo 318, Listy 22-24 (constructed reference)",
            ),
            ("Associated Places", "Yakutsk (Yakut ASSR); Mirny (Yakut ASSR)"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›USSR MINISTRY OF GEOLOGY AND CONSERVATION OF MINERAL RESOURCES
‹2›March 15, 1957
‹3›No. 1-412s

‹4›To the Chairman of the USSR State Planning Committee (Gosplan)
‹5›Comrade N. K. BAIBAKOV

‹6›The Ministry reports on the results of the Amakinskaya Expedition's work in 1956. ‹7›Twelve new kimberlite pipes were discovered in the Markha basin; two of them, "Mir" and "Zarnitsa", are of industrial importance. ‹8›The diamond reserves of the "Mir" pipe in categories B+C1 are estimated at 16 million carats. ‹9›The ore contains on average 0.8 carat per cubic metre. ‹u›The first diamonds from the pipe were sent to Moscow in December.

‹10›To explore the pipes in 1957 the expedition needs another 6 excavators and 2 Li-2 aircraft. ‹11›Its staff must be raised from 1,100 to 1,600 people. ‹12›The Ministry asks Gosplan to provide 45 million rubles for these purposes over and above the approved ceiling.

‹13›Transport of freight remains the chief difficulty. ‹14›The Vilyui is navigable for at least three months in the year. ‹15›The Ministry considers it necessary to begin building a road from Mirny to the Mukhtuya landing in 1958.

‹16›Minister of Geology and Conservation of Mineral Resources of the USSR
‹17›P. ANTROPOV""",
    "ru": """‹u›РГАЭ, ф. 4372, оп. 55, д. 318, лл. 22-24.

‹1›МИНИСТЕРСТВО ГЕОЛОГИИ И ОХРАНЫ НЕДР СССР
‹2›15 марта 1957 г.
‹3›№ 1-412с

‹4›Председателю Госплана СССР
‹5›тов. БАЙБАКОВУ Н. К.

‹6›Министерство геологии и охраны недр СССР докладывает о результатах работ Амакинской экспедиции в 1956 году. ‹7›В бассейне р. Мархи открыто 12 новых кимберлитовых трубок, из которых две - «Мир» и «Зарница» - имеют промышленное значение. ‹8›Запасы алмазов трубки «Мир» по категориям В+С1 оцениваются в 26 млн. каратов. ‹9›Содержание алмазов в руде составляет в среднем 0,8 карата на кубометр.

‹10›Для разведки трубок в 1957 году экспедиции необходимо дополнительно 6 буровых станков и 2 самолета Ли-2. ‹11›Численность экспедиции надо увеличить с 1.100 до 1.600 человек. ‹12›Министерство просит Госплан СССР предусмотреть на эти цели 45 млн. рублей сверх утвержденного лимита.

‹13›Основной трудностью остается доставка грузов: ‹14›навигация на р. Вилюй продолжается не более трех месяцев в году. ‹15›Министерство считает необходимым начать в 1958 году строительство дороги от Мирного до пристани Мухтуя.

‹16›Министр геологии и охраны недр СССР
‹17›П. АНТРОПОВ""",
    "required": [
        ("number", "26 млн. каратов", "16 million carats", "26 million carats are given as 16 million"),
        ("term", "буровых станков", "excavators", "drilling rigs are given as excavators"),
        (
            "addition",
            None,
            "The first diamonds from the pipe were sent",
            "the translation adds a sentence with no original",
        ),
        (
            "number",
            "не более трех месяцев",
            "at least three months",
            "the bound is reversed: no more than three months -> at least three months",
        ),
    ],
    "forbidden": [
        (None, "В+С1", "B+C1", "reserve categories (Cyrillic В and С against Latin)", ["number", "term"]),
        (None, "0,8 карата", "0.8 carat", "decimal comma", ["number"]),
        (None, "с 1.100 до 1.600", "from 1,100 to 1,600", "thousands dots", ["number"]),
        (None, "Ли-2", "Li-2", "the aircraft's type", ["number", "term"]),
        (None, "45 млн. рублей", "45 million rubles", "млн. = million", ["number"]),
        (None, "тов. БАЙБАКОВУ Н. К.", "Comrade N. K. BAIBAKOV", "initials moved before the name", ["name"]),
        (
            None,
            "Министерство геологии и охраны недр СССР докладывает",
            "The Ministry reports",
            "the ministry's full name shortened (it heads the letter)",
            ["omission", "term", "name"],
            "minor",
        ),
        (
            None,
            "12 новых кимберлитовых трубок",
            "Twelve new kimberlite pipes",
            "a figure in words",
            ["number"],
        ),
        (None, "№ 1-412с", "No. 1-412s", "outgoing number", ["number"]),
        (None, "6 буровых", "6 excavators", "6 = 6 (the machine's kind is the planted term)", ["number"]),
        (
            None,
            "РГАЭ, ф. 4372, оп. 55, д. 318, лл. 22-24.",
            None,
            "archive reference, not translated",
            ["omission", "number", "date"],
            "minor",
        ),
    ],
    "notes": "Translation-first page with two extra header fields; the archive reference is untranslated; a sentence is split at the colon. Planted: 26 млн. -> 16 million carats (number); буровых станков -> excavators (term, machines); an added sentence on the first diamonds (addition); не более трех месяцев -> at least three months (bound reversed). Traps: В+С1 = B+C1, 0,8, 1.100/1.600, Ли-2, 45 млн., Baibakov with initials first, the ministry's name shortened, 12 = Twelve, the outgoing number.",
}
