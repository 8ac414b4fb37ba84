# ruff: noqa: E501, RUF001  (the texts are data)
"""The invented h documents of archival-own (read by build_archival_h.py): second witnesses, omissions, additions.

Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart (a second witness's sentences are all ``‹u›``). Required/expected/
acceptable: (kind, Russian words, English words, why); forbidden: (None, Russian, English, why, kinds, max
severity). Words are unique on their side or given as (words, context). A two-file pair carries its second
witness inside its Russian text; a page may give it as a section of its own ("witness").
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["h01-letter-telegram-after-vaccine-1950"] = {
    "genre": "letter with the transmitting telegram after it (page, translation first, extra header fields)",
    "about": "Invented: a Mongolian minister asks for vaccine and veterinarians; the ambassador's telegram repeats most of the letter.",
    "page": {
        "date": "May 3, 1950",
        "title": "Letter from D. Damba to M. A. Menshikov on Vaccine Deliveries (with the Transmitting Telegram)",
        "ref": "hd-0201",
        "summary": "The Mongolian Minister of Trade asks for foot-and-mouth vaccine and veterinary doctors; the Soviet ambassador's telegram of the next day quotes the letter.",
        "fields": [
            (
                "Original Archive",
                "Archive of Foreign Policy of the Russian Federation (AVP RF), Fond 0111, Opis 22, Papka 143, Delo 9 (constructed reference)",
            ),
            ("Associated Places", "Ulaanbaatar (Mongolia); Dornod Province (Mongolia)"),
            ("Associated Topics", "Livestock; Veterinary medicine"),
        ],
        "contents": ["Translation - English", "Original Scan", "Original Scan (telegram)"],
        "order": ["en", "ru", "witness"],
    },
    "en": """‹1›To the Minister of Foreign Trade of the USSR
‹2›Comrade M. A. Menshikov

‹3›Dear Comrade Minister!

‹4›The Government of the Mongolian People's Republic requests you to deliver in 1950 2.5 million doses of foot-and-mouth vaccine. ‹5›This spring foot-and-mouth disease was found in four aimaks of the republic. ‹6›The loss of livestock in the Eastern aimak has already exceeded 12,000 head.

‹u›[Page 2]

‹8›We also ask you to send 15 veterinary doctors to the MPR for six months. ‹9›The Mongolian side will bear the costs of their stay. ‹10›We propose to pay for the vaccine with deliveries of wool in the fourth quarter of 1950.

‹11›Respectfully,
‹12›Minister of Trade of the MPR
‹13›D. DAMBA
‹14›Ulan Bator, May 3, 1950""",
    "ru": """‹u›АВП РФ, ф. 0111, оп. 22, п. 143, д. 9, л. 31-32.

‹1›Министру внешней торговли СССР
‹2›товарищу Меньшикову М. А.

‹3›Уважаемый товарищ министр!

‹4›Правительство Монгольской Народной Республики обращается к Вам с просьбой поставить в 1950 году 2,5 млн. доз противоящурной вакцины. ‹5›Весной этого года ящур был обнаружен в четырех аймаках республики. ‹6›Падеж скота в Восточном аймаке уже превысил 12 тыс. голов. ‹u›Наши ветеринарные лаборатории не в состоянии изготовить вакцину в нужном количестве.

‹8›Просим также командировать в МНР на шесть месяцев 15 ветеринарных врачей. ‹9›Расходы по их пребыванию монгольская сторона берет на себя. ‹10›Оплату вакцины мы предлагаем произвести поставками шерсти в IV квартале 1950 года.

‹11›С уважением
‹12›Министр торговли МНР
‹13›Д. ДАМБА
‹14›Улан-Батор, 3 мая 1950 г.""",
    "witness": """‹u›л. 33

‹u›ШИФРТЕЛЕГРАММА
‹u›Из УЛАН-БАТОРА Отправлено 4.V.50 г. 15 ч. 10 м.
‹u›Получено 4.V.50 г. 19 ч. 45 м.

‹u›МОСКВА, МВТ СССР - тов. МЕНЬШИКОВУ.

‹u›Министр торговли МНР Дамба вручил мне письмо на Ваше имя, которое передаю дословно: ‹u›«Правительство МНР обращается к Вам с просьбой поставить в 1950 году 2,5 млн. доз противоящурной вакцины. ‹u›Весной ящур был обнаружен в четырех аймаках республики. ‹u›Падеж скота в Восточном аймаке уже превысил 12 тыс. голов. ‹u›Наши ветеринарные лаборатории не в состоянии изготовить вакцину в нужном количестве. ‹u›Просим также командировать в МНР на полгода 15 ветеринарных врачей.» ‹u›Со своей стороны считаю просьбу обоснованной и прошу ускорить решение.

‹u›ПОСОЛ СССР В МНР

‹u›Расшифровал: Орлов 4.V.50 г. 20 ч. 30 м.
‹u›Разослано: тт. Меньшикову, Громыко, в дело.""",
    "required": [
        (
            "duplicate",
            ("«Правительство МНР", "ШИФРТЕЛЕГРАММА"),
            None,
            "the telegram repeats most of the letter (reworded in places)",
        ),
        (
            "omission",
            ("Наши ветеринарные лаборатории", "Уважаемый товарищ министр!"),
            None,
            "the translation leaves out the letter's sentence on the laboratories (the telegram repeats it)",
        ),
    ],
    "acceptable": [
        ("number", ("на полгода", "ШИФРТЕЛЕГРАММА"), None, "the telegram's wording of the period"),
    ],
    "forbidden": [
        (None, ("2,5 млн. доз", "Уважаемый"), "2.5 million doses", "decimal comma, млн.", ["number"]),
        (None, ("12 тыс. голов", "Уважаемый"), "12,000 head", "тыс.", ["number"]),
        (None, "IV квартале 1950 года", "fourth quarter of 1950", "a Roman quarter", ["number", "date"]),
        (None, "на шесть месяцев", "for six months", "a duration in words", ["number", "date"]),
        (None, "Улан-Батор, 3 мая 1950 г.", "Ulan Bator, May 3, 1950", "date line", ["number", "date"]),
        (None, None, "[Page 2]", "an editor's page mark", ["addition", "number"], "minor"),
        (None, "АВП РФ, ф. 0111", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Дамба вручил мне письмо", None, "the telegram's framing", ["omission", "name"], "minor"),
        (
            None,
            "Со своей стороны считаю",
            None,
            "the ambassador's own sentence in the telegram",
            ["omission"],
            "minor",
        ),
        (None, "Из УЛАН-БАТОРА", None, "dispatch line", ["omission", "number", "date"], "minor"),
        (None, "Расшифровал: Орлов", None, "decipher note", ["omission", "number", "date", "name"], "minor"),
        (None, "Разослано: тт.", None, "distribution list", ["omission", "name"], "minor"),
    ],
    "notes": "Translation-first page; the transmitting telegram stands after the letter as a section of its own and repeats five of its sentences (МНР for the full name, Весной for Весной этого года, на полгода for на шесть месяцев). Planted: the duplicate; the translation leaves out a middle sentence of the letter which the telegram repeats (omission). Traps: framing and apparatus of the telegram, [Page 2], 2,5 млн., IV квартал.",
}

DOCS["h02-telegram-before-report-one-sentence-1952"] = {
    "genre": "report with the covering telegram BEFORE it quoting one sentence (pair)",
    "about": "Invented: the embassy counsellor's report on evacuated Korean children, preceded by the ambassador's telegram quoting its main finding.",
    "ru": """‹u›ШИФРТЕЛЕГРАММА
‹u›Из ПХЕНЬЯНА Отправлено 11.VI.52 г. 22 ч. 05 м.
‹u›Получено 12.VI.52 г. 02 ч. 40 м.
‹u›МОСКВА, МИД СССР.

‹u›Направляю диппочтой доклад советника посольства о положении эвакуированных детей. ‹u›Главный вывод доклада: «В детских домах провинции Пхёнан-Пукто находится около 6 тыс. детей, из них больных свыше 900». ‹u›Считаю необходимым срочно рассмотреть предложения доклада.

‹u›РАЗУВАЕВ

‹u›л. 2

‹1›Секретно

‹2›ДОКЛАД
‹3›о положении эвакуированных детей в КНДР

‹4›По данным Министерства просвещения КНДР, к 1 июня 1952 г. в детских домах провинции Пхёнан-Пукто находится около 6 тыс. детей, из них больных - свыше 900. ‹5›Большинство детских домов размещено в крестьянских домах и землянках. ‹6›Не хватает зимней одежды, обуви и медикаментов, особенно средств против тифа.

‹7›Министерство просвещения просит принять на лечение в СССР 300 детей, из них 120 - в санатории Крыма. ‹8›Китайская сторона уже приняла 1.500 детей в Мукдене. ‹9›Считаю целесообразным удовлетворить просьбу корейских товарищей. ‹10›Перевозку детей можно было бы организовать через станцию Синыйджу в августе. ‹11›Сопровождать детей будут 25 корейских воспитателей.

‹12›Советник посольства СССР в КНДР
‹13›С. СУЗДАЛЕВ
‹14›10 июня 1952 г.

‹u›Отп. 3 экз.""",
    "en": """‹1›Secret

‹2›REPORT
‹3›on the situation of evacuated children in the DPRK

‹4›According to the DPRK Ministry of Education, as of June 1, 1952, there are about 6,000 children in the children's homes of North Pyongan Province, over 900 of them sick. ‹5›Most of the children's homes are housed in peasant huts and dugouts. ‹6›There is a shortage of winter clothing, shoes and medicines, especially against typhus.

‹7›The Ministry of Education asks that 300 children be accepted for treatment in the USSR. ‹8›The Chinese side has already taken in 1,500 children at Mukden. ‹9›I consider it advisable to grant the request of the Korean comrades. ‹10›The children could be taken via Sinuiju station in August. ‹11›The children will be accompanied by 25 Korean teachers.

‹12›Counsellor of the USSR Embassy in the DPRK
‹13›S. SUZDALEV
‹14›June 10, 1952""",
    "required": [
        (
            "duplicate",
            ("В детских домах", "Главный вывод"),
            None,
            "the covering telegram quotes one sentence of the report (shortened)",
        ),
        (
            "omission",
            "из них 120 - в санатории Крыма",
            None,
            "the translation drops the clause on the 120 children for the Crimean sanatoria",
        ),
    ],
    "acceptable": [
        ("number", "из них 120 - в санатории Крыма", None, "the dropped clause holds a number"),
        ("name", "из них 120 - в санатории Крыма", None, "the dropped clause holds a place"),
    ],
    "forbidden": [
        (None, ("около 6 тыс. детей", "ДОКЛАД"), "about 6,000 children", "тыс.", ["number"]),
        (None, ("свыше 900", "ДОКЛАД"), "over 900", "the same count", ["number"]),
        (None, "к 1 июня 1952 г.", "as of June 1, 1952", "the same date", ["number", "date"]),
        (None, "1.500 детей", "1,500 children", "thousands dot", ["number"]),
        (None, "10 июня 1952 г.", "June 10, 1952", "the same date", ["number", "date"]),
        (None, "Направляю диппочтой", None, "the telegram's framing", ["omission"], "minor"),
        (None, "Считаю необходимым срочно", None, "the telegram's own sentence", ["omission"], "minor"),
        (None, "Из ПХЕНЬЯНА", None, "dispatch line", ["omission", "number", "date", "name"], "minor"),
        (None, "Получено 12.VI.52", None, "receipt line", ["omission", "number", "date"], "minor"),
        (None, "Отп. 3 экз.", None, "copies count", ["omission", "number"], "minor"),
        (None, "л. 2", None, "a sheet mark", ["omission", "number"], "minor"),
    ],
    "notes": "Pair; the covering telegram stands BEFORE the report and quotes one sentence of it, shortened (the report's opening clause left out, 'из них больных свыше 900' without the dash). Planted: the duplicate; the translation drops a clause that carries a fact (120 children for the Crimea). Traps: telegram framing, header lines, a sheet mark, 1.500, тыс.",
}

DOCS["h03-order-and-draft-after-teachers-1957"] = {
    "genre": "order with its draft after it (page, no blank line between sections)",
    "about": "Invented: an order of the USSR Council of Ministers on teachers for Mongolia, followed by its draft with corrections.",
    "page": {
        "date": "August 14, 1957",
        "title": "Order of the USSR Council of Ministers No. 4183-r on Assistance to the MPR in Training Cadres (with the Draft)",
        "ref": "hd-0203",
        "summary": "The order sends lecturers to the MPR and admits Mongolian students; the draft with its corrections follows the signed text.",
        "contents": ["Original Scan", "Original Scan (draft)", "Translation - English"],
        "order": ["ru", "witness", "en"],
        "sep": "\n",
    },
    "ru": """‹1›СОВЕТ МИНИСТРОВ СССР
‹2›РАСПОРЯЖЕНИЕ
‹3›от 14 августа 1957 г. № 4183-р
‹4›Москва, Кремль
‹5›В целях оказания помощи Монгольской Народной Республике в подготовке национальных кадров:
‹6›1. Министерству высшего образования СССР (т. Елютину) направить в МНР в 1957/58 учебном году 42 преподавателя, в том числе 18 - для Монгольского государственного университета.
‹7›2. Министерству просвещения РСФСР принять в 1957 году в педагогические институты 60 монгольских студентов.
‹8›3. Министерству финансов СССР (т. Звереву) предусмотреть на эти цели 3,4 млн. рублей.
‹9›4. Расходы по проезду преподавателей до Улан-Батора отнести за счет монгольской стороны.
‹10›Председатель Совета Министров Союза ССР
‹11›Н. БУЛГАНИН""",
    "witness": """‹u›л. 6
‹u›Проект
‹u›В целях оказания помощи Монгольской Народной Республике в подготовке национальных кадров:
‹u›1. Министерству высшего образования СССР направить в МНР в 1957/58 учебном году 40 [исправлено: 42] преподавателей, в том числе 18 - для университета в Улан-Баторе.
‹u›2. Министерству просвещения РСФСР принять в 1957 году в педагогические институты 60 монгольских студентов.
‹u›3. Министерству финансов СССР предусмотреть на эти цели необходимые средства.
‹u›[Далее зачеркнуто: 4. Поручить Госплану СССР]
‹u›Вносит Министерство высшего образования СССР.""",
    "en": """‹1›COUNCIL OF MINISTERS OF THE USSR
‹2›ORDER
‹3›of August 14, 1957, No. 4183-r
‹4›Moscow, the Kremlin
‹5›In order to assist the Mongolian People's Republic in training national cadres:
‹6›1. The USSR Ministry of Higher Education (Cde. Elyutin) is to send 42 lecturers to the MPR in the 1957-58 academic year, 18 of them for the Mongolian State University. ‹u›The university, founded in 1942, was then the only institution of higher learning in the country.
‹7›2. The RSFSR Ministry of Education is to admit 60 Mongolian students to teacher-training institutes in 1957.
‹8›3. The USSR Ministry of Finance (Cde. Zverev) is to provide 3.4 million rubles for these purposes.
‹9›4. The travel costs of the lecturers to Ulan Bator are to be borne by the Mongolian side.
‹10›Chairman of the Council of Ministers of the USSR
‹11›N. BULGANIN""",
    "required": [
        (
            "duplicate",
            ("В целях оказания", "Проект"),
            None,
            "the draft repeats the order (reworded in items 1 and 3)",
        ),
        (
            "addition",
            None,
            "The university, founded in 1942",
            "the translator adds an explanatory sentence on the university",
        ),
    ],
    "acceptable": [
        ("number", ("40", "Проект"), None, "the draft's reading before correction"),
    ],
    "forbidden": [
        (None, "№ 4183-р", "No. 4183-r", "order number", ["number"]),
        (None, "от 14 августа 1957 г.", "of August 14, 1957", "the same date", ["number", "date"]),
        (
            None,
            ("1957/58 учебном году 42", "Кремль"),
            "1957-58 academic year",
            "a school year",
            ["number", "date"],
        ),
        (None, ("42 преподавателя", "Кремль"), "42 lecturers", "the same count", ["number"]),
        (None, ("в 1957 году", "Кремль"), "in 1957", "the same year", ["number", "date"]),
        (None, "3,4 млн. рублей", "3.4 million rubles", "decimal comma", ["number"]),
        (
            None,
            ("В целях оказания", "Кремль"),
            "In order to assist",
            "a heading ending in ':' before numbered items",
            ["omission", "addition"],
            "minor",
        ),
        (None, ("1. Министерству", "Кремль"), "1. The USSR", "list numbering", ["number"]),
        (None, "[Далее зачеркнуто", None, "the draft's editorial bracket", ["omission", "number"], "minor"),
        (None, "Вносит Министерство", None, "the draft's submission line", ["omission"], "minor"),
        (None, "Проект", None, "the draft's heading", ["omission"], "minor"),
    ],
    "notes": "Page with no blank line between sections; the draft stands after the signed order and repeats its heading and items 1-3 (40 [исправлено: 42], the university named by its city, 'необходимые средства' for the sum). Planted: the duplicate; the translator's explanatory sentence on the university (addition). Traps: a heading ending in ':' before numbered items, 1957/58, № 4183-р, 3,4 млн., the draft's brackets.",
}

DOCS["h04-memo-letter-copy-resolution-1954"] = {
    "genre": "memorandum, a copy of the letter it reports, and the resolution (pair; the witness in the middle after a sheet mark)",
    "about": "Invented: a CC department memo on Chinese party students; a copy of the Chinese letter stands between the memo and the resolution.",
    "ru": """‹u›Экз. № 2

‹1›ЦК КПСС
‹2›Товарищу Хрущеву Н. С.

‹3›Секретарь ЦК Компартии Китая Дэн Сяо-пин в письме от 2 марта 1954 г. обратился в ЦК КПСС с просьбой принять на учебу в Высшую партийную школу при ЦК КПСС 50 китайских партийных работников. ‹4›В письме говорится, что китайские товарищи готовы направить слушателей в Москву к 1 сентября 1954 г. ‹5›Расходы по их содержанию китайская сторона оплачивает в рублях. ‹6›Отдел считает возможным принять 40 человек со сроком обучения два года. ‹7›Проект постановления прилагается.

‹8›Зав. Отделом ЦК КПСС по связям с иностранными компартиями
‹9›В. ГРИГОРЬЯН
‹10›10 марта 1954 г.

‹u›л. 14

‹u›Перевод с китайского

‹u›ЦК КПСС

‹u›Дорогие товарищи!

‹u›ЦК КПК просит принять на учебу в Высшую партийную школу при ЦК КПСС 50 китайских партийных работников. ‹u›Китайские товарищи готовы направить слушателей в Москву к 1 сентября 1954 года. ‹u›Расходы по их содержанию будут оплачены китайской стороной в рублях.

‹u›С коммунистическим приветом
‹u›ДЭН СЯО-ПИН
‹u›2 марта 1954 г.

‹u›л. 15

‹11›Резолюция: Согласиться с предложением Отдела. ‹12›Н. Хрущев. 12.III.54 г.""",
    "en": """‹1›CC CPSU
‹2›To Comrade N. S. Khrushchev

‹3›In a letter of March 2, 1954, Secretary of the CC of the Communist Party of China Teng Hsiao-ping asked the CC CPSU to admit 50 Chinese party workers to study at the Higher Party School of the CC CPSU. ‹4›The letter says that the Chinese comrades are ready to send the students to Moscow by September 1, 1954, ‹5›and that the Chinese side will pay for their maintenance in rubles. ‹6›The Department considers it possible to admit 40 persons for a two-year course. ‹7›A draft resolution is attached.

‹8›Head of the CC CPSU Department for Relations with Foreign Communist Parties
‹9›V. GRIGORYAN
‹10›March 10, 1954

‹11›Resolution: Agree with the Department's proposal. ‹12›N. Khrushchev. 12.III.54""",
    "required": [
        (
            "duplicate",
            "ЦК КПК просит",
            None,
            "the copy of the letter repeats what the memo reports of it (reworded)",
        ),
    ],
    "forbidden": [
        (None, ("от 2 марта 1954 г.", "Хрущеву"), "of March 2, 1954", "the same date", ["number", "date"]),
        (None, ("50 китайских", "Хрущеву"), "50 Chinese", "the same count", ["number"]),
        (
            None,
            ("к 1 сентября 1954 г.", "Хрущеву"),
            "by September 1, 1954",
            "the same date",
            ["number", "date"],
        ),
        (None, "40 человек", "40 persons", "the same count", ["number"]),
        (None, "два года", "two-year course", "a duration in words", ["number", "date"]),
        (None, "10 марта 1954 г.", "March 10, 1954", "the same date", ["number", "date"]),
        (None, "12.III.54 г.", "12.III.54", "a Roman-month date", ["number", "date"]),
        (None, "Перевод с китайского", None, "the copy's heading", ["omission"], "minor"),
        (None, "Дорогие товарищи!", None, "the letter's greeting", ["omission"], "minor"),
        (None, "С коммунистическим приветом", None, "the letter's closing", ["omission"], "minor"),
        (None, "ДЭН СЯО-ПИН", None, "the letter's signature", ["omission", "name"], "minor"),
        (None, "Экз. № 2", None, "copy number", ["omission", "number"], "minor"),
        (
            None,
            "Расходы по их содержанию китайская",
            "and that the Chinese side",
            "two sentences joined by the translator",
            ["omission", "addition"],
            "minor",
        ),
    ],
    "notes": "Pair; a copy of the Chinese letter stands in the MIDDLE of the Russian text between sheet marks (after the memo, before the resolution, which is translated) and repeats three of the memo's statements reworded. Planted: the duplicate. Traps: the copy's heading, greeting, closing and signature, two memo sentences joined by the translator, 12.III.54.",
}

DOCS["h05-memo-harvest-omission-ocr-1953"] = {
    "genre": "memorandum (page, translation first, no blank line; OCR noise, a join and splits)",
    "about": "Invented: the Minister of Agriculture reports on the harvest in the Altai Territory.",
    "page": {
        "date": "September 4, 1953",
        "title": "Memorandum from I. A. Benediktov on the Harvest in the Altai Territory",
        "ref": "hd-0205",
        "summary": "The Minister reports on the progress of the harvest and grain deliveries in the Altai Territory and asks for trucks.",
        "fields": [
            (
                "Original Archive",
                "Russian State Archive of the Economy (RGAE), Fond 7486, Opis 19, Delo 211 (constructed reference)",
            ),
            ("Associated Places", "Altai Krai (Russia); Rubtsovsk (Russia)"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
        "sep": "\n",
    },
    "en": """‹1›SECRET
‹2›MINISTRY OF AGRICULTURE OF THE USSR
‹3›MEMORANDUM
‹4›on the progress of the harvest in the Altai Territory as of September 1, 1953
‹5›As of September 1, 1,340,000 hectares of grain, or 41 per cent of the plan, had been mown in the territory. ‹6›The wheat yield on the collective farms of the Kulunda zone averaged 9.6 centners per hectare. ‹u›[Translator's note: a centner is 100 kilograms.] ‹7›In the eastern districts the harvest is being held up by rain.
‹9a›Of the 212 combines that arrived from other regions, 47 are standing idle. ‹9b›The reason is a lack of spare parts. ‹u›Most of the idle machines are self-propelled combines of the new model. ‹10›The Ministry has sent 3 wagons of spare parts to the territory. ‹11›Grain deliveries for the territory as a whole have been fulfilled by 28 per cent.
‹u›[Page 2]
‹12a›Grain deliveries are going particularly badly in the Rubtsovsk, Aleisk and Pospelikha districts. ‹12b›In these districts the schedules for hauling grain have not been met. ‹12c›The chairmen of the collective farms blame a shortage of trucks.
‹13›The territorial party committee has ordered the districts to finish threshing by September 25, ‹14›with the secretaries of the district committees in charge ‹15›and with daily reports.
‹16›I consider it necessary to allot the territory an additional 300 trucks.
‹17›Minister of Agriculture of the USSR
‹18›I. BENEDIKTOV""",
    "ru": """‹u›РГАЭ, ф. 7486, оп. 19, д. 211, л. 2-3.
‹1›СЕКРЕТНО
‹2›МИНИСТЕРСТВО СЕЛЬСКОГО ХОЗЯЙСТВА СССР
‹3›ДОКЛАДНАЯ ЗАПИСКА
‹4›о ходе уборки урожая в Алтайском крае на 1 сентября 1953 г.
‹5›По состоянию на 1 сентября в крае скошено 1.340 тыс. гектаров зерновых, или 41% к плану. ‹6›Урожай-
ность пшеницы в колхозах Кулундинской зоны составила /л. 3/ в среднем 9,6 центнера с гектара. ‹7›В восточных районах уборка задерживается из-за дождей. ‹u›Дожди идут третью неделю.
‹9a›Из 212 комбайнов, прибывших из других областей, 47 простаивают ‹9b›из-за отсутствия запасных частей. ‹10›Министерство направило в край 3 вагона запчастей. ‹11›Хлебосдача вцелом по краю выполнена на 28%.
‹12a›Особенно плохо идет сдача хлеба в Рубцовском, Алейском и Поспелихинском районах; ‹12b›в этих районах не выполнены графики вывозки зерна; ‹12c›председатели колхозов ссылаются на нехватку автомашин.
‹13›Крайком партии обязал районы закончить обмолот к 25 сентября. ‹14›Контроль поручен секретарям райкомов. ‹15›Сводки представляются ежедневно.
‹16›Считаю необходимым выделить краю дополнительно 300 грузовых автомашин.
‹17›Министр сельского хозяйства СССР
‹18›И. БЕНЕДИКТОВ
‹u›4.IX.53
‹u›Отп. 4 экз.""",
    "dehyphenated": ["Урожайность"],
    "required": [
        (
            "omission",
            "Дожди идут третью неделю.",
            None,
            "the translation leaves out the short sentence on three weeks of rain (its neighbour also speaks of rain)",
        ),
        (
            "addition",
            None,
            "Most of the idle machines",
            "the translation adds a sentence next to a sentence it splits in two",
        ),
    ],
    "forbidden": [
        (None, "1.340 тыс. гектаров", "1,340,000 hectares", "тыс. with a thousands dot", ["number"]),
        (None, "41% к плану", "41 per cent of the plan", "per cent", ["number"]),
        (None, "9,6 центнера", "9.6 centners", "decimal comma", ["number"]),
        (None, "на 28%", "by 28 per cent", "per cent", ["number"]),
        (None, "Из 212 комбайнов", "Of the 212 combines", "the same count", ["number"]),
        (None, "к 25 сентября", "by September 25", "the same date", ["number", "date"]),
        (None, "300 грузовых", "300 trucks", "the same count", ["number"]),
        (None, "/л. 3/", None, "a sheet mark inside a sentence", ["omission", "number"], "minor"),
        (None, "вцелом", None, "run-together words", ["omission", "ocr", "term"], "minor"),
        (
            None,
            None,
            "[Translator's note: a centner",
            "a translator's note",
            ["addition", "number"],
            "minor",
        ),
        (None, None, "[Page 2]", "an editor's page mark", ["addition", "number"], "minor"),
        (
            None,
            "Крайком партии обязал",
            "The territorial party committee",
            "three sentences joined by the translator",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "Особенно плохо идет",
            "The chairmen of the collective farms",
            "one sentence split in three by the translator",
            ["omission", "addition"],
            "minor",
        ),
        (None, None, "The reason is a lack", "the second half of a 1-2 split", ["addition"], "minor"),
        (None, "Отп. 4 экз.", None, "copies count", ["omission", "number"], "minor"),
        (None, "4.IX.53", None, "typist's date", ["omission", "number", "date"], "minor"),
    ],
    "notes": "Translation-first page, no blank line between sections, OCR noise in the Russian (a line-break hyphen, a sheet mark inside a sentence, run-together 'вцелом'). Planted: a short sentence on rain left out next to a sentence on rain (omission); an added sentence next to a 1-2 split (addition). Traps: a 3-1 join, a 1-3 split of a ';' sentence, a translator's note, [Page 2], 1.340 тыс., per cent.",
}

DOCS["h06-telegram-quoting-letter-after-fuel-1949"] = {
    "genre": "ciphered telegram quoting a letter, with a copy of the letter after it (pair)",
    "about": "Invented: the ambassador in Peking transmits a Chinese request for fuel; a copy of the full letter follows.",
    "ru": """‹1›ШИФРТЕЛЕГРАММА
‹u›Из ПЕКИНА Отправлено 21.XII.49 г. 03 ч. 20 м.

‹2›МОСКВА, МИД СССР.

‹3›Сегодня министр топливной промышленности Чэнь Юнь передал мне письмо на имя тов. Микояна. ‹4›Передаю его содержание:

‹5›«В связи с восстановлением железных дорог Северо-Восточного Китая Центральное народное правительство просит поставить в 1950 году 80 тыс. тонн дизельного топлива и 25 тыс. тонн смазочных масел. ‹6›Из этого количества 30 тыс. тонн топлива необходимо поставить в первом квартале, через станцию Маньчжурия. ‹7›Китайская сторона оплатит поставки вольфрамом и оловом по ценам мирового рынка. ‹8›Мы просим также направить в Мукден группу из 12 специалистов по ремонту паровозов.»

‹9›Чэнь Юнь добавил, что вопрос обсуждался с Мао Цзэ-дуном до его отъезда в Москву. ‹10›Прошу указаний.

‹11›РОЩИН
‹u›№ 2114

‹u›л. 88

‹u›Копия

‹u›Министру внешней торговли СССР
‹u›товарищу Микояну А. И.

‹u›Уважаемый товарищ Микоян!

‹u›В связи с восстановлением железных дорог Северо-Восточного Китая Центральное народное правительство Китая просит Вас поставить в 1950 году 80 тыс. тонн дизельного топлива и 25 тыс. тонн смазочных масел. ‹u›Из этого количества 30 тыс. тонн топлива необходимо поставить в первом квартале 1950 года, через пограничную станцию Маньчжурия, с тем чтобы обеспечить весенние перевозки. ‹u›Китайская сторона готова оплатить поставки вольфрамом и оловом по ценам мирового рынка. ‹u›Мы просили бы также направить в Мукден группу из 12 специалистов по ремонту паровозов сроком на один год.

‹u›Пользуюсь случаем, чтобы передать Вам горячий привет.

‹u›ЧЭНЬ ЮНЬ
‹u›20 декабря 1949 г.""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›MOSCOW, USSR MINISTRY OF FOREIGN AFFAIRS.

‹3›Today the Minister of the Fuel Industry Chen Yun handed me a letter addressed to Comrade Mikoyan. ‹4›I transmit its contents:

‹5›"In connection with the restoration of the railways of Northeast China, the Central People's Government requests the delivery in 1950 of 80,000 tons of diesel fuel and 25,000 tons of lubricating oils. ‹6›Of this quantity, 30,000 tons of fuel must be delivered in the first quarter. ‹7›The Chinese side will pay for the deliveries with tungsten and tin at world market prices. ‹8›We also ask you to send to Mukden a group of 12 specialists in the repair of locomotives."

‹9›Chen Yun added that the question had been discussed with Mao Tse-tung before his departure for Moscow. ‹10›I request instructions.

‹11›ROSHCHIN""",
    "required": [
        (
            "duplicate",
            ("В связи с восстановлением", "Уважаемый товарищ Микоян!"),
            None,
            "the copy of the letter repeats the quoted text (reworded, with additions)",
        ),
        (
            "omission",
            "через станцию Маньчжурия",
            None,
            "the translation drops the clause naming the border station",
        ),
    ],
    "acceptable": [
        ("name", "через станцию Маньчжурия", None, "the dropped clause holds a place"),
    ],
    "forbidden": [
        (None, ("80 тыс. тонн", "ШИФРТЕЛЕГРАММА"), "80,000 tons", "тыс.", ["number"]),
        (None, ("25 тыс. тонн", "ШИФРТЕЛЕГРАММА"), "25,000 tons", "тыс.", ["number"]),
        (None, ("30 тыс. тонн", "ШИФРТЕЛЕГРАММА"), "30,000 tons", "тыс.", ["number"]),
        (None, ("в 1950 году", "ШИФРТЕЛЕГРАММА"), "in 1950", "the same year", ["number", "date"]),
        (None, ("из 12 специалистов", "ШИФРТЕЛЕГРАММА"), "of 12 specialists", "the same count", ["number"]),
        (None, "Из ПЕКИНА", None, "dispatch line", ["omission", "number", "date", "name"], "minor"),
        (None, "№ 2114", None, "registration number", ["omission", "number"], "minor"),
        (None, "Копия", None, "the copy's heading", ["omission"], "minor"),
        (None, "Уважаемый товарищ Микоян!", None, "the letter's greeting", ["omission", "name"], "minor"),
        (None, "Пользуюсь случаем", None, "the letter's own closing sentence", ["omission"], "minor"),
        (None, "20 декабря 1949 г.", None, "the letter's date", ["omission", "number", "date"], "minor"),
    ],
    "notes": "Pair; the translated telegram quotes the letter, and a copy of the full letter follows after a sheet mark (the letter's sentences are longer: 'Китая', 'Вас', '1950 года', 'пограничную', 'сроком на один год'). Planted: the duplicate; the translation drops the clause 'через станцию Маньчжурия' (omission). Traps: the copy's heading, greeting and closing, тыс.",
}

DOCS["h07-draft-before-note-students-1960"] = {
    "genre": "note verbale with a short draft BEFORE it (page, extra header fields, OCR noise, a free rendering)",
    "about": "Invented: the Soviet embassy in Djakarta answers on Indonesian students; a draft of the opening stands first.",
    "page": {
        "date": "April 19, 1960",
        "title": "Note of the Soviet Embassy in Indonesia to the Ministry of Foreign Affairs of Indonesia (with a Draft)",
        "ref": "hd-0207",
        "summary": "The embassy agrees to admit Indonesian students to Soviet higher schools and sets the terms; the draft of the opening paragraph precedes the note.",
        "fields": [
            ("Associated Places", "Jakarta (Indonesia); Moscow (Russia)"),
            ("Associated Topics", "Education; Students"),
            ("Rights", "Constructed for testing; not a real document"),
        ],
        "contents": ["Original Scan (draft)", "Original Scan", "Translation - English"],
        "order": ["witness", "ru", "en"],
    },
    "witness": """‹u›ПРОЕКТ

‹u›Посольство Союза Советских Социалистических Республик свидетельствует свое уважение Министерству иностранных дел Республики Индонезии и, ссылаясь на ноту Министерства от 4 апреля 1960 г., имеет честь сообщить следующее. ‹u›Советская сторона согласна принять в 1960 году на обучение в высших учебных заведениях СССР 75 индонезийских студентов.""",
    "ru": """‹u›л. 22

‹1›№ 31/н

‹2›Посольство Союза Советских Социалистических Республик свидетельствует свое уважение Министерству иностранных дел Республики Индонезии и, ссылаясь на ноту Министерства от 4 апреля 1960 г. № 1227, имеет честь сообщить следующее.

‹3›Советская сторона согласна принять в 1960/61 учебном году на обучение в высших учебных заведениях СССР 80 индонезийских студентов. ‹4›Студенты должны прибыть в Москвуне позднее 25 августа 1960 г. ‹5›Расходы по проезду студентов до Москвы несет индонезийская сторона, а расходы /л. 23/ по их обучению и содержанию в СССР - советская сторона. ‹6›Студенты будут размещены в общежитиях вузов. ‹7›Каждый студент будет получать стипендию в размере 900 рублей в месяц.

‹8›Советская сторона просит сообщить списки студентов до 1 июля с.г. ‹9›Посольство хотело бы обратить внимание Министерства на то, что к обучению в вузах СССР допускаются лица, имеющие законченное среднее образование. ‹10›Первый год студенты будут изучать русский язык на подготовительном факультете.

‹11›Посольство пользуется случаем, чтобы возобновить Министерству уверения в своем высоком уважении.

‹12›Джакарта, 19 апреля 1960 г.""",
    "en": """‹1›No. 31/n

‹2›The Embassy of the Union of Soviet Socialist Republics presents its compliments to the Ministry of Foreign Affairs of the Republic of Indonesia and, with reference to the Ministry's note No. 1227 of April 4, 1960, has the honour to communicate the following.

‹3›The Soviet side agrees to admit 80 Indonesian students to higher educational institutions of the USSR in the 1960-61 academic year. ‹4›The students must arrive in Moscow no later than August 25, 1960. ‹5›The Indonesian side bears the cost of the students' travel to Moscow, and the Soviet side that of their tuition and maintenance in the USSR. ‹6›The students will live in the hostels of their institutes. ‹7›Each student will receive a monthly grant of 900 rubles.

‹8›The Soviet side asks to be informed of the names of the students by July 1 of this year. ‹9›The Embassy wishes to point out that only applicants who have finished secondary school can be admitted. ‹10›In their first year the students will learn Russian at a preparatory faculty.

‹11›The Embassy avails itself of this opportunity to renew to the Ministry the assurances of its highest consideration.

‹12›Djakarta, April 19, 1960""",
    "required": [
        (
            "duplicate",
            ("Посольство Союза", "ПРОЕКТ"),
            None,
            "the draft repeats the note's opening two sentences (reworded)",
        ),
    ],
    "acceptable": [
        ("number", ("75", "ПРОЕКТ"), None, "the draft's figure"),
        ("date", ("в 1960 году", "ПРОЕКТ"), None, "the draft's year for the school year"),
    ],
    "forbidden": [
        (None, "№ 31/н", "No. 31/n", "note number", ["number"]),
        (None, "№ 1227", "No. 1227", "note number", ["number"]),
        (None, ("от 4 апреля 1960 г.", "№ 31/н"), "of April 4, 1960", "the same date", ["number", "date"]),
        (None, "1960/61 учебном году", "1960-61 academic year", "a school year", ["number", "date"]),
        (None, ("80 индонезийских", "№ 31/н"), "80 Indonesian", "the same count", ["number"]),
        (
            None,
            "Москвуне позднее 25 августа",
            "no later than August 25",
            "run-together words (OCR)",
            ["number", "date", "name", "ocr"],
        ),
        (None, "/л. 23/", None, "a sheet mark inside a sentence", ["omission", "number"], "minor"),
        (None, "900 рублей", "900 rubles", "the same sum", ["number"]),
        (None, "до 1 июля с.г.", "by July 1 of this year", "с.г.", ["number", "date"]),
        (
            None,
            "к обучению в вузах СССР допускаются",
            "only applicants who have finished",
            "a sentence rendered very freely",
            ["omission", "addition", "term"],
            "minor",
        ),
        (
            None,
            "Джакарта, 19 апреля 1960 г.",
            "Djakarta, April 19, 1960",
            "date line",
            ["number", "date", "name"],
        ),
        (None, "л. 22", None, "a sheet mark", ["omission", "number"], "minor"),
    ],
    "notes": "Page with the draft of the opening paragraph BEFORE the note (two sentences, the second reworded: в 1960 году, 75). Planted: the duplicate. Traps: run-together 'Москвуне', a sheet mark inside a sentence, a sentence rendered very freely, note formulas, 1960/61, с.г.",
}

DOCS["h08-telegram-omission-addition-notes-1953"] = {
    "genre": "ciphered telegram (pair; footnotes, translator's note, a 1-3 split, a list after a ':' heading)",
    "about": "Invented: the Soviet High Commissioner in Berlin reports Grotewohl's request for food deliveries.",
    "ru": """‹1›СОВ. СЕКРЕТНО
‹2›ШИФРТЕЛЕГРАММА

‹u›Из БЕРЛИНА Отправлено 9.VII.53 г. 23 ч. 50 м.
‹u›Получено 10.VII.53 г. 03 ч. 15 м.

‹3›МОСКВА, тов. МОЛОТОВУ.

‹4›Сегодня меня посетил Премьер-министр ГДР Гротеволь. ‹5›Он сообщил, что правительство ГДР решило снизить нормы поставок для крестьянских хозяйств на 10-15%. ‹6›Кроме того, с 15 июля будут снижены цены на маргарин, сахар и кондитерские изделия. ‹7›Для этого правительству ГДР необходимо получить из СССР дополнительно следующие продукты:
‹8›масла сливочного - 15 тыс. тонн;
‹9›мяса - 20 тыс. тонн;
‹10›жиров растительных - 12 тыс. тонн.

‹11›Гротеволь просил рассмотреть эту просьбу в срочном порядке, так как снабжение Берлина продовольствием в августе не обеспечено. ‹u›Запасов муки в Берлине хватит на 11 дней. ‹13›Я ответил, что доложу о его просьбе Советскому правительству.

‹14a›Считаю, что просьба Гротеволя должна быть удовлетворена; ‹14b›без этих поставок нельзя выполнить обещания, данные населению; ‹14c›задержка ответа может вызвать новые волнения.

‹15›СЕМЕНОВ

‹u›Расшифровал: Кузнецов 10.VII.53 г. 04 ч. 00 м.
‹u›Разослано: тт. Маленкову, Молотову, Хрущеву, Микояну.""",
    "en": """‹1›TOP SECRET
‹2›CIPHERED TELEGRAM

‹3›MOSCOW, to Comrade MOLOTOV.

‹4›Today GDR Prime Minister Grotewohl1 visited me. ‹5›He reported that the GDR government had decided to reduce the delivery quotas for peasant farms by 10-15 per cent. ‹6›In addition, from July 15 the prices of margarine, sugar and confectionery will be lowered. ‹u›These were the very goods whose prices had been raised in April. ‹7›For this the GDR government needs to receive the following additional products from the USSR:
‹8›butter - 15,000 tons;
‹9›meat - 20,000 tons;
‹10›vegetable fats - 12,000 tons.

‹11›Grotewohl asked that this request be considered urgently, since Berlin's food supply for August is not secured. ‹13›I replied that I would report his request to the Soviet government.

‹14a›I believe that Grotewohl's request should be granted. ‹14b›Without these deliveries the promises made to the population cannot be kept. ‹14c›A delay in answering may cause new unrest.

‹15›SEMENOV

‹u›[Translator's note: the cipher clerk's notes at the foot of the telegram are not translated.]

‹u›1 Otto Grotewohl (1894-1964), Minister-President of the GDR. – Ed.""",
    "required": [
        (
            "omission",
            "Запасов муки в Берлине",
            None,
            "the translation leaves out the sentence on flour stocks for 11 days",
        ),
        (
            "addition",
            None,
            "These were the very goods",
            "the translator adds an explanatory sentence on earlier price rises",
        ),
    ],
    "acceptable": [
        ("number", "Запасов муки в Берлине", None, "the left-out sentence holds a number"),
    ],
    "forbidden": [
        (None, "на 10-15%", "by 10-15 per cent", "a range in per cent", ["number"]),
        (None, "с 15 июля", "from July 15", "the same date", ["number", "date"]),
        (None, "15 тыс. тонн", "15,000 tons", "тыс.", ["number"]),
        (None, "20 тыс. тонн", "20,000 tons", "тыс.", ["number"]),
        (None, "12 тыс. тонн", "12,000 tons", "тыс.", ["number"]),
        (None, None, "Grotewohl1", "a footnote mark glued to a name", ["number", "name"]),
        (
            None,
            None,
            "1 Otto Grotewohl",
            "an editor's footnote",
            ["addition", "number", "date", "name"],
            "minor",
        ),
        (
            None,
            None,
            "[Translator's note:",
            "a translator's note",
            ["addition"],
            "minor",
        ),
        (
            None,
            "Для этого правительству",
            "For this the GDR",
            "a heading ending in ':' before list items",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "Считаю, что просьба",
            "A delay in answering",
            "a ';' sentence split in three",
            ["omission", "addition"],
            "minor",
        ),
        (None, "Из БЕРЛИНА", None, "dispatch line", ["omission", "number", "date", "name"], "minor"),
        (None, "Получено 10.VII.53", None, "receipt line", ["omission", "number", "date"], "minor"),
        (
            None,
            "Расшифровал: Кузнецов",
            None,
            "decipher note",
            ["omission", "number", "date", "name"],
            "minor",
        ),
        (None, "Разослано: тт.", None, "distribution list", ["omission", "name"], "minor"),
    ],
    "notes": "Pair with no witness. Planted: a middle sentence left out (flour for 11 days; omission); a translator's explanatory sentence (addition). Traps: a heading ending in ':' before list items, a ';' sentence split in three, a footnote mark glued to a name, an editor's footnote, a translator's note, dispatch/receipt/decipher lines and a distribution list.",
}

DOCS["h09-instruction-and-record-reading-1950"] = {
    "genre": "instruction telegram with the record of its delivery AFTER the translation (page)",
    "about": "Invented: Moscow's answer on cement and roofing iron for the DPRK; the ambassador's record of reading it to Kim Il Sung follows the English.",
    "page": {
        "date": "April 14, 1950",
        "title": "Ciphered Telegram from A. Ya. Vyshinsky to T. F. Shtykov (with the Record of Conversation)",
        "ref": "hd-0209",
        "summary": "Moscow answers the DPRK request for cement and roofing iron; the ambassador's record of his conversation with Kim Il Sung, in which he read out the answer, is given after the translation.",
        "contents": ["Original Scan", "Translation - English", "Original Scan (record of conversation)"],
        "order": ["ru", "en", "witness"],
    },
    "ru": """‹1›ШИФРТЕЛЕГРАММА

‹2›ПХЕНЬЯН, СОВПОСОЛ

‹3›Посетите Ким Ир Сена и передайте ему следующее. ‹4›Советское правительство рассмотрело просьбу правительства КНДР о поставке в 1950 году 2.000 тонн цемента и 500 тонн кровельного железа. ‹5›Поставка цемента будет произведена полностью в третьем квартале. ‹6›Кровельное железо может быть поставлено только в количестве 300 тонн в связи с ограниченными ресурсами. ‹7›Оплату следует произвести в соответствии с торговым соглашением от 17 марта 1949 г. ‹8›Исполнение телеграфируйте.

‹9›ВЫШИНСКИЙ

‹10›№ 1388
‹11›14 апреля 1950 г.""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›PYONGYANG, SOVIET AMBASSADOR

‹3›Visit Kim Il Sung and tell him the following. ‹4›The Soviet Government has considered the request of the DPRK Government for the delivery in 1950 of 2,000 tons of cement and 500 tons of roofing iron. ‹5›The cement will be delivered in full in the third quarter. ‹6›Roofing iron can be supplied only in the amount of 300 tons owing to limited resources. ‹7›Payment is to be made in accordance with the trade agreement of March 7, 1949. ‹8›Telegraph on execution.

‹9›VYSHINSKY

‹10›No. 1388
‹11›April 14, 1950""",
    "witness": """‹u›л. 41

‹u›ИЗ ДНЕВНИКА ШТЫКОВА Т. Ф.

‹u›Запись беседы с Ким Ир Сеном 16 апреля 1950 г.

‹u›Сегодня в 14 ч. 00 м. посетил Ким Ир Сена и по поручению Советского правительства сообщил ему следующее: ‹u›«Советское правительство рассмотрело просьбу правительства КНДР о поставке в 1950 году 2.000 тонн цемента и 500 тонн кровельного железа. ‹u›Цемент будет поставлен полностью в третьем квартале. ‹u›Кровельное железо может быть поставлено лишь в количестве 300 тонн ввиду ограниченности ресурсов.» ‹u›Ким Ир Сен поблагодарил Советское правительство за помощь. ‹u›Он сказал, что цемент пойдет на восстановление плотины в Супхуне. ‹u›Беседа продолжалась 25 минут.

‹u›ПОСОЛ СССР В КНДР
‹u›Т. ШТЫКОВ""",
    "required": [
        (
            "duplicate",
            ("«Советское правительство", "ИЗ ДНЕВНИКА"),
            None,
            "the record quotes three sentences of the telegram (two reworded)",
        ),
        ("date", "от 17 марта 1949 г.", "of March 7, 1949", "17 марта is given as March 7"),
    ],
    "forbidden": [
        (None, ("2.000 тонн", "ПХЕНЬЯН"), "2,000 tons", "thousands dot", ["number"]),
        (None, ("500 тонн", "ПХЕНЬЯН"), "500 tons", "the same count", ["number"]),
        (None, ("300 тонн", "ПХЕНЬЯН"), "300 tons", "the same count", ["number"]),
        (
            None,
            ("в третьем квартале", "ПХЕНЬЯН"),
            "in the third quarter",
            "an ordinal quarter",
            ["number", "date"],
        ),
        (None, "№ 1388", "No. 1388", "registration number", ["number"]),
        (None, "14 апреля 1950 г.", "April 14, 1950", "the same date", ["number", "date"]),
        (None, "ИЗ ДНЕВНИКА", None, "the record's heading", ["omission", "name"], "minor"),
        (
            None,
            "Запись беседы с Ким",
            None,
            "the record's heading",
            ["omission", "name", "number", "date"],
            "minor",
        ),
        (
            None,
            "Сегодня в 14 ч. 00 м.",
            None,
            "the record's framing",
            ["omission", "number", "date", "name"],
            "minor",
        ),
        (None, "Ким Ир Сен поблагодарил", None, "the record's own sentence", ["omission", "name"], "minor"),
        (None, "Он сказал, что цемент", None, "the record's own sentence", ["omission", "name"], "minor"),
        (
            None,
            "Беседа продолжалась 25 минут",
            None,
            "the record's own sentence",
            ["omission", "number", "date"],
            "minor",
        ),
    ],
    "notes": "Page whose second witness (the ambassador's record of reading the telegram out) stands AFTER the English; it quotes three of the telegram's sentences (two reworded: Цемент будет поставлен, лишь ... ввиду ограниченности) between sentences of its own. Planted: the duplicate; 17 марта -> March 7 (date). Traps: the record's heading, framing and own sentences, 2.000, ordinal quarter.",
}

DOCS["h10-letter-wrapped-telegram-nickel-1961"] = {
    "genre": "letter with a hard-wrapped transmitting telegram after it repeating one sentence (pair)",
    "about": "Invented: the Cuban Minister of Industry asks for engineers and spare parts; the ambassador's telegram repeats one sentence of the letter.",
    "ru": """‹1›Председателю Государственного комитета Совета Министров СССР по внешним экономическим связям
‹2›товарищу Скачкову С. А.

‹3›Уважаемый товарищ Скачков!

‹4›Правительство Республики Куба выражает благодарность за помощь в восстановлении никелевого завода в Никаро. ‹5›Завод возобновил работу 12 января 1961 г. и к 1 марта выдал 2.800 тонн никеля в концентрате. ‹6›Для выхода на проектную мощность заводу требуются 35 советских инженеров, из них 10 - специалистов по обогащению руды.

‹7›Просим также поставить в 1961 году запасные части к оборудованию завода на сумму 1,2 млн. рублей. ‹u›Запасные части нужны срочно. ‹9›Оплату мы предлагаем произвести поставками никеля. ‹10›Кубинские специалисты готовы встретить советских инженеров в Гаване в апреле.

‹11›С уважением
‹12›Министр промышленности Республики Куба
‹13›Э. ГЕВАРА
‹14›Гавана, 4 марта 1961 г.

‹u›— — —

‹u›ШИФРТЕЛЕГРАММА
‹u›Из ГАВАНЫ Отправлено 5.III.61 г. 10 ч. 40 м.
‹u›МОСКВА, ГКЭС - тов. СКАЧКОВУ.
‹u›Гевара передал письмо на Ваше имя с благодарностью за вос-
становление завода в Никаро. ‹u›В письме сообщается, что завод
возобновил работу 12 января и к 1 марта выдал 2800 тонн никеля
в концентрате. ‹u›Письмо направляю диппочтой. ‹u›Прошу ускорить
решение вопроса об инженерах.
‹u›КУДРЯВЦЕВ""",
    "en": """‹1›To the Chairman of the State Committee of the USSR Council of Ministers for Foreign Economic Relations
‹2›Comrade S. A. Skachkov

‹3›Dear Comrade Skachkov!

‹4›The Government of the Republic of Cuba expresses its gratitude for the help in restoring the nickel plant at Nicaro. ‹5›The plant resumed work on January 12, 1961, and by March 1 had produced 2,800 tons of nickel in concentrate. ‹6›To reach its design capacity the plant needs 35 Soviet engineers. Ten of them should be specialists in ore dressing. ‹u›The Nicaro plant had been built by an American company during the war.

‹7›We also ask you to deliver in 1961 spare parts for the plant's equipment worth 1.2 million rubles. ‹9›We propose to pay with deliveries of nickel. ‹10›Cuban specialists are ready to meet the Soviet engineers in Havana in April.

‹11›Respectfully,
‹12›Minister of Industry of the Republic of Cuba
‹13›E. GUEVARA
‹14›Havana, March 4, 1961""",
    "dehyphenated": ["восстановление"],
    "required": [
        (
            "duplicate",
            "В письме сообщается",
            None,
            "the telegram repeats one sentence of the letter inside a framing clause",
        ),
        (
            "omission",
            "Запасные части нужны срочно.",
            None,
            "the translation leaves out the short sentence on urgency (its neighbour also names the spare parts)",
        ),
        (
            "addition",
            None,
            "The Nicaro plant had been built",
            "the translation adds a sentence next to a sentence it splits in two",
        ),
    ],
    "acceptable": [
        (
            "duplicate",
            "Гевара передал письмо",
            None,
            "the telegram's first sentence echoes the letter's first",
        ),
    ],
    "forbidden": [
        (None, ("12 января 1961 г.", "Скачков!"), "January 12, 1961", "the same date", ["number", "date"]),
        (None, ("2.800 тонн", "Скачков!"), "2,800 tons", "thousands dot", ["number"]),
        (None, "35 советских", "35 Soviet", "the same count", ["number"]),
        (None, "из них 10", "Ten of them", "a number in words after a 1-2 split", ["number", "omission"]),
        (None, "1,2 млн. рублей", "1.2 million rubles", "decimal comma", ["number"]),
        (None, "Гавана, 4 марта 1961 г.", "Havana, March 4, 1961", "date line", ["number", "date", "name"]),
        (None, None, "Ten of them should be", "the second half of a 1-2 split", ["addition"], "minor"),
        (None, "Гевара передал письмо", None, "the telegram's framing", ["omission", "name"], "minor"),
        (None, "Письмо направляю диппочтой", None, "the telegram's own sentence", ["omission"], "minor"),
        (None, "Прошу ускорить", None, "the telegram's own sentence", ["omission"], "minor"),
        (None, "Из ГАВАНЫ", None, "dispatch line", ["omission", "number", "date", "name"], "minor"),
        (None, "— — —", None, "a separator", ["omission"], "minor"),
    ],
    "notes": "Pair; a hard-wrapped telegram (line-break hyphen, lines broken inside sentences) after the letter repeats one sentence of it inside 'В письме сообщается, что' (without the year, 2800 without a dot). Planted: the duplicate; a short sentence on spare parts left out next to a sentence on spare parts (omission); an added sentence next to a 1-2 split (addition). Traps: the telegram's own sentences, 2.800, 1,2 млн., Ten of them.",
}


# h11-h14: a second fresh set, written after the first round of fixes and scored before any further change.

DOCS["h11-telegram-and-corrected-draft-mts-1954"] = {
    "genre": "ciphered telegram with its corrected draft after a sheet mark (pair)",
    "about": "Invented: the ambassador in Ulan Bator reports on machine and tractor stations; the draft, much reworded, follows.",
    "ru": """‹1›СЕКРЕТНО
‹2›ШИФРТЕЛЕГРАММА
‹u›Из УЛАН-БАТОРА Отправлено 12.IV.54 г. 16 ч. 30 м.

‹3›МОСКВА, МИД СССР.

‹4›Председатель Совета Министров МНР Цеденбал сообщил мне, что правительство МНР решило создать в 1954 году ещё 6 машинно-тракторных станций. ‹5›Для их оснащения требуется 180 тракторов и 45 комбайнов. ‹6›Монгольские товарищи просят направить в МНР 30 советских механиков сроком на два года. ‹7›Цеденбал сказал также, что план сенокошения на 1954 год увеличен на 20%.

‹8›Прошу Ваших указаний.

‹9›ИВАНОВ

‹u›л. 18

‹u›Проект

‹u›Цеденбал сообщил мне, что правительство МНР приняло решение о создании в текущем [исправлено: 1954] году еще шести МТС. ‹u›Для оснащения станций им необходимо 180 тракторов и 40 [исправлено: 45] комбайнов. ‹u›Монголы просят прислать 30 наших механиков на два года. ‹u›[Далее зачеркнуто: Считаю просьбу обоснованной.]""",
    "en": """‹1›SECRET
‹2›CIPHERED TELEGRAM

‹3›MOSCOW, USSR MINISTRY OF FOREIGN AFFAIRS.

‹4›The Chairman of the Council of Ministers of the MPR, Tsedenbal, informed me that the government of the MPR had decided to set up another 6 machine and tractor stations in 1954. ‹u›Machine and tractor stations (MTS) owned the tractors and combines that served the agricultural associations. ‹5›To equip them, 180 tractors and 45 combines are needed. ‹6›The Mongolian comrades ask that 30 Soviet mechanics be sent to the MPR for two years. ‹7›Tsedenbal also said that the haymaking plan for 1954 had been raised by 20 per cent.

‹8›I request your instructions.

‹9›IVANOV""",
    "required": [
        (
            "duplicate",
            "Цеденбал сообщил мне, что правительство МНР приняло",
            None,
            "the draft repeats three sentences of the telegram, much reworded",
        ),
        (
            "addition",
            None,
            "Machine and tractor stations (MTS) owned",
            "the translator adds an explanatory sentence on the MTS",
        ),
    ],
    "acceptable": [
        ("number", ("40 [исправлено", "Проект"), None, "the draft's reading before correction"),
        ("term", ("шести МТС", "Проект"), None, "the draft's abbreviation"),
    ],
    "forbidden": [
        (None, "ещё 6 машинно-тракторных", "another 6 machine", "the same count", ["number"]),
        (None, ("180 тракторов", "СЕКРЕТНО"), "180 tractors", "the same count", ["number"]),
        (None, ("30 советских", "СЕКРЕТНО"), "30 Soviet", "the same count", ["number"]),
        (None, "на 20%", "by 20 per cent", "per cent", ["number"]),
        (None, "Проект", None, "the draft's heading", ["omission"], "minor"),
        (None, "[Далее зачеркнуто", None, "the draft's editorial bracket", ["omission"], "minor"),
        (None, "Монголы просят", None, "the draft's reworded sentence", ["omission", "name"], "minor"),
        (None, "Из УЛАН-БАТОРА", None, "dispatch line", ["omission", "number", "date", "name"], "minor"),
        (None, "л. 18", None, "a sheet mark", ["omission", "number"], "minor"),
    ],
    "notes": "Pair; the draft after a sheet mark rewords three of the telegram's sentences heavily (МТС for машинно-тракторных станций, шести for 6, Монголы for Монгольские товарищи, [исправлено: …]). Planted: the duplicate; the translator's explanatory sentence on the MTS (addition). Traps: the draft's heading and brackets, per cent.",
}

DOCS["h12-report-and-draft-after-english-railway-1951"] = {
    "genre": "report with its draft after the English (page, contents naming transcriptions)",
    "about": "Invented: a report on the Chinese Changchun Railway; the draft of two of its sentences follows the translation.",
    "page": {
        "date": "November 9, 1951",
        "title": "Report of the Soviet Manager of the Chinese Changchun Railway on Winter Transport",
        "ref": "hd-0212",
        "summary": "The manager reports on the preparation of the railway for winter; a draft of part of the report is given after the translation.",
        "contents": ["Transcription - Russian", "Translation - English", "Transcription - Russian (draft)"],
        "order": ["ru", "en", "witness"],
        "sep": "\n",
    },
    "ru": """‹1›СЕКРЕТНО
‹2›ДОКЛАД
‹3›о подготовке Китайской Чанчуньской железной дороги к зимним перевозкам
‹4›К 1 ноября 1951 г. на дороге отремонтировано 214 паровозов из 260, предусмотренных планом. ‹5›Запасы угля на станциях составляют 38 тыс. тонн, что обеспечивает работу дороги в течение 12 суток. ‹6›На участке Харбин - Маньчжурия снегозащитные щиты установлены на протяжении 140 км. ‹u›Работы на этом участке ведут 3 тыс. китайских рабочих. ‹7›Управление дороги просит выделить дополнительно 20 снегоочистителей. ‹8›Без них движение на западном участке зимой не может быть обеспечено.
‹9›Управляющий дорогой
‹10›И. ЖУРАВЛЕВ""",
    "en": """‹1›SECRET
‹2›REPORT
‹3›on the preparation of the Chinese Changchun Railway for winter transport
‹4›By November 1, 1951, 214 locomotives of the 260 provided for by the plan had been repaired on the railway. ‹5›Coal stocks at the stations amount to 38,000 tons, which will keep the railway working for 12 days. ‹6›On the Harbin-Manchuria section snow fences have been set up along 140 km. ‹7›The railway administration asks for an additional 20 snowplows; ‹8›without them traffic on the western section cannot be ensured in winter.
‹9›Manager of the Railway
‹10›I. ZHURAVLEV""",
    "witness": """‹u›Проект
‹u›К 1 ноября на дороге отремонтировано 214 паровозов из 260 по плану. ‹u›Запасы угля на станциях составляют 38 тыс. тонн, что обеспечивает работу дороги в течение 12 суток.""",
    "required": [
        (
            "duplicate",
            ("К 1 ноября на дороге", "Проект"),
            None,
            "the draft after the English repeats two sentences of the report",
        ),
        (
            "omission",
            "Работы на этом участке ведут",
            None,
            "the translation leaves out the sentence on 3,000 Chinese workers",
        ),
    ],
    "forbidden": [
        (None, "К 1 ноября 1951 г.", "By November 1, 1951", "the same date", ["number", "date"]),
        (
            None,
            ("214 паровозов из 260, предусмотренных", "ДОКЛАД"),
            "214 locomotives",
            "the same count",
            ["number"],
        ),
        (None, ("38 тыс. тонн", "ДОКЛАД"), "38,000 tons", "тыс.", ["number"]),
        (None, ("12 суток", "ДОКЛАД"), "12 days", "сутки = days", ["number", "date"]),
        (None, "140 км", "140 km", "the same length", ["number"]),
        (None, "20 снегоочистителей", "20 snowplows", "the same count", ["number"]),
        (
            None,
            "Без них движение",
            "without them traffic",
            "two sentences joined by a semicolon",
            ["omission", "addition"],
            "minor",
        ),
        (None, "Проект", None, "the draft's heading", ["omission"], "minor"),
    ],
    "notes": "Page, no blank lines, contents naming transcriptions; the draft of two sentences stands AFTER the English. Planted: the duplicate; an omitted middle sentence with a number (3 тыс. рабочих). Traps: two sentences joined by a semicolon, сутки, тыс.",
}

DOCS["h13-order-clause-date-additions-1949"] = {
    "genre": "order (pair; a clause with a date dropped, an inserted sentence next to a split)",
    "about": "Invented: an order of the Ministry of Communications on telephone lines in the Far East.",
    "ru": """‹1›ПРИКАЗ
‹2›МИНИСТРА СВЯЗИ СССР
‹3›№ 412
‹4›г. Москва 3 марта 1949 г.

‹5›В целях улучшения связи с районами Дальнего Востока ПРИКАЗЫВАЮ:
‹6›1. Начальнику Главного управления междугородной связи (т. Смирнову) закончить строительство линии Хабаровск - Комсомольск протяженностью 380 км, сдав ее в эксплуатацию к 15 августа 1949 г.
‹7›2. Начальнику Управления кадров выделить для строительства 120 монтеров из других округов.
‹8a›3. Начальнику Управления снабжения отгрузить на линию 2.400 тонн медного провода и 30 тыс. изоляторов, ‹8b›причем половину провода отгрузить в апреле.
‹9›4. Контроль за исполнением приказа возложить на заместителя министра т. Соколова.

‹10›МИНИСТР СВЯЗИ СССР
‹11›Н. ПСУРЦЕВ""",
    "en": """‹1›ORDER
‹2›OF THE MINISTER OF COMMUNICATIONS OF THE USSR
‹3›No. 412
‹4›Moscow, March 3, 1949

‹5›In order to improve communications with the regions of the Far East I ORDER:
‹6›1. The Head of the Main Administration of Long-Distance Communications (Cde. Smirnov) is to complete the construction of the Khabarovsk-Komsomolsk line, 380 km long.
‹7›2. The Head of the Personnel Administration is to assign 120 linemen from other districts to the construction.
‹8a›3. The Head of the Supply Administration is to ship 2,400 tons of copper wire and 30,000 insulators to the line. ‹8b›Half of the wire is to be shipped in April. ‹u›The wire was to come from the Kyshtym works in the Urals.
‹9›4. Control over the execution of the order is entrusted to Deputy Minister Cde. Sokolov.

‹10›MINISTER OF COMMUNICATIONS OF THE USSR
‹11›N. PSURTSEV""",
    "required": [
        (
            "omission",
            "сдав ее в эксплуатацию к 15 августа 1949 г.",
            None,
            "the translation drops the clause with the date of commissioning",
        ),
        (
            "addition",
            None,
            "The wire was to come from",
            "the translation adds a sentence next to a sentence it splits in two",
        ),
    ],
    "acceptable": [
        ("date", "к 15 августа 1949 г.", None, "the dropped clause holds a date"),
    ],
    "forbidden": [
        (None, "№ 412", "No. 412", "order number", ["number"]),
        (None, "3 марта 1949 г.", "March 3, 1949", "the same date", ["number", "date"]),
        (None, "380 км", "380 km", "the same length", ["number"]),
        (None, "120 монтеров", "120 linemen", "the same count", ["number"]),
        (None, "2.400 тонн", "2,400 tons", "thousands dot", ["number"]),
        (None, "30 тыс. изоляторов", "30,000 insulators", "тыс.", ["number"]),
        (None, ("1. Начальнику", "ПРИКАЗЫВАЮ"), "1. The Head", "list numbering", ["number"]),
        (
            None,
            "ПРИКАЗЫВАЮ:",
            "I ORDER:",
            "a heading ending in ':' before numbered items",
            ["omission", "addition"],
            "minor",
        ),
        (None, None, "Half of the wire", "the second half of a 1-2 split", ["addition"], "minor"),
    ],
    "notes": "Pair, no witness. Planted: a clause with a date dropped (сдав ее в эксплуатацию к 15 августа 1949 г.); an added sentence next to a 1-2 split (addition). Traps: ПРИКАЗЫВАЮ: before numbered items, 2.400, 30 тыс., list numbering.",
}

DOCS["h14-telegram-before-letter-page-credit-1957"] = {
    "genre": "letter with the transmitting telegram before it (page, translation first, no blank line)",
    "about": "Invented: a Polish minister's letter on a grain credit, preceded by the ambassador's telegram quoting its last two sentences.",
    "page": {
        "date": "June 18, 1957",
        "title": "Letter from the Polish Minister of Foreign Trade to N. S. Patolichev (with the Transmitting Telegram)",
        "ref": "hd-0214",
        "summary": "The Polish minister asks for a credit for grain purchases; the ambassador's telegram quoting the letter's request precedes the letter.",
        "fields": [
            ("Associated Places", "Warsaw (Poland)"),
            ("Associated Topics", "Trade; Grain; Credit"),
        ],
        "contents": ["Translation - English", "Original Scan (telegram)", "Original Scan (letter)"],
        "order": ["en", "witness", "ru"],
        "sep": "\n",
    },
    "en": """‹1›To the Minister of Foreign Trade of the USSR
‹2›Comrade N. S. Patolichev
‹3›Dear Comrade Minister!
‹4›The harvest of 1957 in Poland will be lower than expected because of the spring drought. ‹5›The Polish government therefore asks the Soviet government to deliver in the second half of 1957 an additional 400,000 tons of wheat. ‹6›We ask that the delivery be made on credit for a term of 5 years at 2 per cent a year. ‹7›The first deliveries are needed in August through Brest.
‹8›With sincere respect,
‹9›Minister of Foreign Trade of the PPR
‹10›W. TRAMPCZYNSKI
‹11›Warsaw, June 17, 1957""",
    "witness": """‹u›ШИФРТЕЛЕГРАММА
‹u›Из ВАРШАВЫ Отправлено 18.VI.57 г. 11 ч. 15 м.
‹u›МОСКВА, МВТ - тов. ПАТОЛИЧЕВУ.
‹u›Трампчиньский передал мне письмо на Ваше имя, в котором говорится: ‹u›«Просим, чтобы поставка была произведена в кредит сроком на 5 лет из 2% годовых. ‹u›Первые поставки необходимы в августе через Брест». ‹u›Текст письма направляю диппочтой.
‹u›ПОНОМАРЕНКО
‹u›л. 4""",
    "ru": """‹1›Министру внешней торговли СССР
‹2›товарищу Патоличеву Н. С.
‹3›Уважаемый товарищ министр!
‹4›Урожай 1957 года в Польше будет ниже ожидаемого из-за весенней засухи. ‹5›Поэтому польское правительство просит Советское правительство поставить во втором полугодии 1957 года дополнительно 400 тыс. тонн пшеницы. ‹6›Просим, чтобы поставка была произведена в кредит сроком на 5 лет из 2% годовых. ‹7›Первые поставки необходимы в августе через Брест.
‹8›С искренним уважением
‹9›Министр внешней торговли ПНР
‹10›В. ТРАМПЧИНЬСКИЙ
‹11›Варшава, 17 июня 1957 г.""",
    "required": [
        (
            "duplicate",
            ("«Просим, чтобы поставка", "ШИФРТЕЛЕГРАММА"),
            None,
            "the telegram before the letter quotes its last two sentences",
        ),
    ],
    "forbidden": [
        (None, "400 тыс. тонн", "400,000 tons", "тыс.", ["number"]),
        (None, ("на 5 лет", "Уважаемый"), "5 years", "the same term", ["number", "date"]),
        (None, ("2% годовых", "Уважаемый"), "2 per cent a year", "per cent", ["number"]),
        (None, "Урожай 1957 года", "harvest of 1957", "the same year", ["number", "date"]),
        (None, "во втором полугодии 1957 года", "second half of 1957", "a half-year", ["number", "date"]),
        (None, "Варшава, 17 июня 1957 г.", "Warsaw, June 17, 1957", "date line", ["number", "date", "name"]),
        (None, "Трампчиньский передал мне", None, "the telegram's framing", ["omission", "name"], "minor"),
        (None, "Текст письма направляю", None, "the telegram's own sentence", ["omission"], "minor"),
        (None, "Из ВАРШАВЫ", None, "dispatch line", ["omission", "number", "date", "name"], "minor"),
        (None, "ПОНОМАРЕНКО", None, "the telegram's signature", ["omission", "name"], "minor"),
    ],
    "notes": "Translation-first page with no blank lines; the transmitting telegram stands BEFORE the letter and quotes its last two sentences (a framing clause ending in ':' runs into the quotation). Planted: the duplicate. Traps: the telegram's framing, dispatch line and signature, тыс., per cent, a date line.",
}
