# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented dt documents of archival-own (read by build_archival_dt.py): dates in period and part-of-period forms.

Parts of a month or a year with no day («в начале сентября», «во второй половине мая», «в первых числах июля»,
«в последней декаде августа», «в конце 1951 г.»), some moved to another month or year by the translation, and
the traps around them: the same part rendered freely ("early in September", "in the first days of July"), a
month in a heading or in apparatus, a season given by months, «с.г.», «п.г.», «к концу месяца».
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["dt01-telegram-lazarev-fishery-1952"] = {
    "genre": "ciphered telegram (pair, line-break hyphens, a sheet break, despatch line)",
    "about": "Invented: the trade representative in Pyongyang reports on a fishery agreement and the timing of vessel deliveries.",
    "ru": """‹u›АВП РФ, ф. 0102, оп. 8, д. 44, л. 71-72.

‹1›ШИФРТЕЛЕГРАММА

‹2›ПХЕНЬЯН
‹3›МОСКВА, МВТ СССР
‹4›тов. КУМЫКИНУ

‹5›Переговоры о рыболовном соглашении с Министерством торговли КНДР закончены 14 июня с.г. ‹6›Корейская сторона просит поставить в первых числах июля два рефрижераторных судна и 40 моторных кунгасов для восточного побережья. ‹7›Остальные 60 кунгасов корейцы готовы при-
нять в начале сентября, после окончания путины.

‹u›Лист № 2

‹8›Министр торговли Чан Си У сообщил, что улов на восточном побережье за первую половину года составил 38 тыс. тонн против 52 тыс. тонн за то же время п.г. ‹9›Снижение он объясняет нехваткой сетей и горючего.

‹10›Прошу Ваших указаний к концу месяца, так как корейцы хотят подписать соглашение до 1 августа.

‹11›ЛАЗАРЕВ

‹u›№ 318
‹u›17.VI.52 г.""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›From PYONGYANG
‹3›To MOSCOW, Ministry of Foreign Trade, ‹4›to Comrade KUMYKIN

‹5›The negotiations on a fisheries agreement with the DPRK Ministry of Trade were completed on June 14 of this year. ‹6›The Korean side asks that two refrigerator ships and 40 motor kungasy be delivered for the east coast in the first days of July. ‹7›The Koreans are prepared to accept the remaining 60 kungasy at the beginning of October, after the end of the fishing season.

‹8›The Minister of Trade, Chang Si U, reported that the catch on the east coast in the first half of the year was 38,000 tons against 52,000 tons for the same period last year. ‹9›He attributes the fall to a shortage of nets and fuel.

‹10›I request your instructions by the end of the month, since the Koreans wish to sign the agreement before August 1.

‹11›LAZAREV""",
    "required": [
        (
            "date",
            "в начале сентября",
            "at the beginning of October",
            "в начале сентября (the beginning of September) is given as the beginning of October",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0102", None, "archive reference", ["omission", "number"], "minor"),
        (None, "14 июня с.г.", "June 14 of this year", "с.г. = of this year", ["number", "date"]),
        (
            None,
            "в первых числах июля",
            "in the first days of July",
            "the same part of the month",
            ["number", "date"],
        ),
        (None, "40 моторных кунгасов", "40 motor kungasy", "the same count", ["number"]),
        (None, "60 кунгасов", "60 kungasy", "the same count", ["number"]),
        (None, "Лист № 2", None, "a sheet mark", ["omission", "number"], "minor"),
        (
            None,
            "за первую половину года",
            "in the first half of the year",
            "a half of the year",
            ["number", "date"],
        ),
        (None, "38 тыс. тонн", "38,000 tons", "тыс. spelt out", ["number"]),
        (None, "52 тыс. тонн", "52,000 tons", "тыс. spelt out", ["number"]),
        (None, "п.г.", "last year", "п.г. = last year", ["number", "date", "omission"]),
        (
            None,
            "к концу месяца",
            "by the end of the month",
            "a part of the current month",
            ["number", "date"],
        ),
        (None, "до 1 августа", "before August 1", "the same date", ["number", "date"]),
        (None, "17.VI.52 г.", None, "a despatch date", ["omission", "number", "date"], "minor"),
    ],
    "notes": "Planted: в начале сентября -> at the beginning of October (date). Traps: в первых числах июля = in the first days of July, с.г., п.г., за первую половину года, к концу месяца, a sheet break, a despatch number and date not translated.",
}

DOCS["dt02-report-envoy-mpr-haymaking-1951"] = {
    "genre": "envoy's report (page, Russian first, seasons and parts of months)",
    "about": "Invented: the envoy in Ulan Bator reports on haymaking, wintering of livestock and a Soviet loan of machines.",
    "page": {
        "date": "September 3, 1951",
        "title": "Report of Ambassador Yu. K. Prikhodov on Haymaking in the MPR",
        "ref": "dt-0102",
        "translator": "H. Marsh",
        "summary": "The envoy reports on haymaking in the central aimags, the machines sent by the Soviet Union and the preparation for winter.",
        "fields": [
            ("Associated Places", "Ulan Bator (Mongolia); Mongolia"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АВП РФ, ф. 0111, оп. 33, п. 212, д. 9, л. 41-44.

‹1›Секретно
‹2›Экз. № 2

‹3›ЗАМЕСТИТЕЛЮ МИНИСТРА ИНОСТРАННЫХ ДЕЛ СССР
‹4›тов. ГРОМЫКО А. А.

‹5›Весной этого года в центральных аймаках был большой падеж молодняка из-за гололеда. ‹6›Правительство МНР поэтому придает сенокосу особое значение.

‹7›Сенокос начался во второй половине мая в Хэнтэйском аймаке и в начале июля в остальных аймаках. ‹8›Поставленные из СССР 120 сенокосилок и 45 конных грабель прибыли в конце августа, когда основные работы уже были закончены.

‹9›По сведениям Министерства животноводства, на 1 сентября заготовлено 310 тыс. тонн сена, или 74 процента плана. ‹10›Министр Дэмид заверил меня, что план будет выполнен в конце 1951 г.

‹11›Считаю целесообразным предложить монгольским друзьям заранее, в первом квартале 1952 г., подать заявку на машины для сенокоса будущего года.

‹12›ПОСОЛ СССР В МНР
‹13›Ю. ПРИХОДОВ

‹u›Отп. 4 экз.
‹u›Исп. Белов
‹u›3.IX.51""",
    "en": """‹1›Secret
‹2›Copy No. 2

‹3›To the Deputy Minister of Foreign Affairs of the USSR, ‹4›Comrade A. A. Gromyko

‹5›In March and April of this year there was a heavy loss of young stock in the central aimags because of ice-crusted pastures. ‹6›The MPR Government therefore attaches special importance to haymaking.

‹7›Haymaking began in the second half of June in Khentii aimag and early in July in the other aimags. ‹8›The 120 mowers and 45 horse-drawn rakes supplied by the USSR arrived late in August, when the main work was already over.

‹9›According to the Ministry of Livestock Breeding, 310,000 tons of hay, or 74 percent of the plan, had been stored by September 1. ‹10›Minister Demid assured me that the plan would be fulfilled at the end of 1952.

‹11›I consider it advisable to suggest to our Mongolian friends that they submit their request for haymaking machines for next year in advance, in the first quarter of 1952.

‹12›USSR Ambassador to the MPR
‹13›Yu. Prikhodov""",
    "required": [
        (
            "date",
            "во второй половине мая",
            "in the second half of June",
            "во второй половине мая (the second half of May) is given as the second half of June",
        ),
        (
            "date",
            "в конце 1951 г.",
            "at the end of 1952",
            "в конце 1951 г. (the end of 1951) is given as the end of 1952",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0111", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Экз. № 2", "Copy No. 2", "a copy number", ["number"]),
        (
            None,
            "Весной этого года",
            "In March and April of this year",
            "a season given by its months",
            ["number", "date"],
        ),
        (None, "в начале июля", "early in July", "the same part of the month", ["number", "date"]),
        (None, "120 сенокосилок", "120 mowers", "the same count", ["number"]),
        (None, "45 конных грабель", "45 horse-drawn rakes", "the same count", ["number"]),
        (None, "в конце августа", "late in August", "the same part of the month", ["number", "date"]),
        (None, "на 1 сентября", "by September 1", "the same date", ["number", "date"]),
        (None, "310 тыс. тонн", "310,000 tons", "тыс. spelt out", ["number"]),
        (None, "74 процента", "74 percent", "the same share", ["number"]),
        (
            None,
            "в первом квартале 1952 г.",
            "in the first quarter of 1952",
            "the same quarter",
            ["number", "date"],
        ),
        (None, "Отп. 4 экз.", None, "a typist's line", ["omission", "number"], "minor"),
        (None, "3.IX.51", None, "a typing date", ["omission", "number", "date"], "minor"),
    ],
    "notes": "Planted: во второй половине мая -> in the second half of June; в конце 1951 г. -> at the end of 1952 (dates). Traps: весной = in March and April, в начале июля = early in July, в конце августа = late in August, the first quarter of 1952, typist's lines.",
}

DOCS["dt03-politburo-sakhalin-timber-1950"] = {
    "genre": "Politburo extract (pair, numbered points, a protocol date in the heading, distribution line)",
    "about": "Invented: a Politburo decision on timber exports from Sakhalin with deadlines by parts of months.",
    "ru": """‹1›Строго секретно

‹2›ВСЕСОЮЗНАЯ КОММУНИСТИЧЕСКАЯ ПАРТИЯ (большевиков). ЦЕНТРАЛЬНЫЙ КОМИТЕТ
‹3›№ П76/112
‹4›Выписка из протокола № 76 заседания Политбюро ЦК от 11 апреля 1950 г.

‹5›Об экспорте лесоматериалов с Сахалина.

‹6›1. Обязать Министерство лесной промышленности СССР (т. Орлова) отгрузить в порт Холмск 85 тыс. кубометров пиловочника, в том числе в последней декаде августа - 30 тыс. кубометров.

‹7›2. Обязать Министерство морского флота (т. Шашкова) выделить для перевозки леса 6 пароходов к середине июня с.г.

‹8›3. Министерству внешней торговли (т. Меньшикову) заключить контракт с покупателями в первой декаде мая ‹9›и доложить Совету Министров к концу месяца.

‹10›СЕКРЕТАРЬ ЦК

‹u›Выписки посланы: т.т. Орлову, Шашкову, Меньшикову - все.""",
    "en": """‹1›Strictly Secret

‹2›ALL-UNION COMMUNIST PARTY (Bolsheviks). CENTRAL COMMITTEE
‹3›No. P76/112
‹4›Extract from Protocol No. 76 of the session of the Politburo of the Central Committee of April 11, 1950

‹5›On the export of timber from Sakhalin.

‹6›1. The USSR Ministry of the Timber Industry (Cde. Orlov) is to ship 85,000 cubic metres of saw logs to the port of Kholmsk, including 30,000 cubic metres in the last ten days of July.

‹7›2. The Ministry of the Merchant Fleet (Cde. Shashkov) is to allocate six steamships for the transport of the timber by mid-June of this year.

‹8›3. The Ministry of Foreign Trade (Cde. Menshikov) is to conclude a contract with the buyers in the first ten days of May ‹9›and to report to the Council of Ministers by the end of the month.

‹10›SECRETARY OF THE CENTRAL COMMITTEE""",
    "required": [
        (
            "date",
            "в последней декаде августа",
            "in the last ten days of July",
            "в последней декаде августа (the last ten days of August) is given as the last ten days of July",
        ),
    ],
    "forbidden": [
        (None, "№ П76/112", "No. P76/112", "a protocol number", ["number"]),
        (
            None,
            "от 11 апреля 1950 г.",
            "of April 11, 1950",
            "the protocol date in the heading",
            ["number", "date"],
        ),
        (None, "85 тыс. кубометров", "85,000 cubic metres", "тыс. spelt out", ["number"]),
        (None, "30 тыс. кубометров", "30,000 cubic metres", "тыс. spelt out", ["number"]),
        (None, "6 пароходов", "six steamships", "a number in words", ["number"]),
        (
            None,
            "к середине июня с.г.",
            "by mid-June of this year",
            "the same part of the month",
            ["number", "date"],
        ),
        (
            None,
            "в первой декаде мая",
            "in the first ten days of May",
            "the same part of the month",
            ["number", "date"],
        ),
        (
            None,
            "к концу месяца",
            "by the end of the month",
            "a part of the month just named",
            ["number", "date"],
        ),
        (None, "Выписки посланы", None, "a distribution line", ["omission", "name"], "minor"),
    ],
    "notes": "Planted: в последней декаде августа -> in the last ten days of July (date). Traps: the protocol date in the heading (April), к середине июня с.г. = by mid-June of this year, в первой декаде мая, к концу месяца, numbered points, т. = Cde., a distribution line.",
}

DOCS["dt04-record-yudin-chen-yun-steel-1957"] = {
    "genre": "record of conversation (page, translation first, diary heading with a month)",
    "about": "Invented: the ambassador's record of a talk with Chen Yun on the timing of steel-mill equipment deliveries.",
    "page": {
        "date": "February 22, 1957",
        "title": "Record of Conversation between P. F. Yudin and Chen Yun",
        "ref": "dt-0104",
        "translator": "L. Grant",
        "summary": "Chen Yun asks for the equipment of the Baotou mill to be shipped earlier and discusses Chinese specialists' training in the USSR.",
        "fields": [
            ("Associated Places", "Beijing (China); Baotou (China)"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "ru": """‹u›АВП РФ, ф. 0100, оп. 50, п. 423, д. 12, л. 58-61.

‹1›Из дневника
‹2›П. Ф. ЮДИНА
‹3›Секретно, экз. № 1
‹4›Февраль 1957 г.

‹5›ЗАПИСЬ БЕСЕДЫ
‹6›с заместителем премьера Госсовета КНР Чэнь Юнем
‹7›20 февраля 1957 г.

‹8›Чэнь Юнь сказал, что строительство Баотоуского комбината идет с опережением графика. ‹9›Китайские товарищи просят отгрузить оборудование первой доменной печи в середине марта, а не во втором квартале, как предусмотрено контрактом.

‹10›Я ответил, что передам просьбу в Москву, ‹11›но заметил, что советские заводы закончат изготовление оборудования не ранее конца февраля.

‹12›Чэнь Юнь сообщил также, что группа из 80 китайских инженеров выедет на практику в Магнитогорск в начале марта.

‹13›Беседа продолжалась 1 час 20 минут. ‹14›Присутствовал советник посольства Судариков Н. Г.

‹15›ПОСОЛ СССР В КНР
‹16›П. ЮДИН""",
    "en": """‹1›From the Diary of ‹2›P. F. Yudin
‹3›Secret, Copy No. 1
‹4›February 1957

‹5›RECORD OF CONVERSATION ‹6›with Chen Yun, Vice-Premier of the PRC State Council
‹7›February 20, 1957

‹8›Chen Yun said that the construction of the Baotou combine is ahead of schedule. ‹9›The Chinese comrades ask that the equipment for the first blast furnace be shipped in mid-April, and not in the second quarter as the contract provides.

‹10›I replied that I would pass the request on to Moscow, ‹11›but remarked that Soviet factories would not complete the equipment before the end of February.

‹12›Chen Yun also reported that a group of 80 Chinese engineers would leave for practical training in Magnitogorsk early in March.

‹13›The conversation lasted an hour and twenty minutes. ‹14›Present was the Counsellor of the Embassy N. G. Sudarikov.

‹15›USSR Ambassador to the PRC
‹16›P. Yudin""",
    "required": [
        (
            "date",
            "в середине марта",
            "in mid-April",
            "в середине марта (mid-March) is given as mid-April",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0100", None, "archive reference", ["omission", "number"], "minor"),
        (None, "экз. № 1", "Copy No. 1", "a copy number", ["number"]),
        (None, "Февраль 1957 г.", "February 1957", "a month in the diary heading", ["number", "date"]),
        (None, "20 февраля 1957 г.", "February 20, 1957", "the same date", ["number", "date"]),
        (None, "во втором квартале", "in the second quarter", "the same quarter", ["number", "date"]),
        (None, "конца февраля", "the end of February", "the same part of the month", ["number", "date"]),
        (None, "из 80 китайских инженеров", "80 Chinese engineers", "the same count", ["number"]),
        (None, "в начале марта", "early in March", "the same part of the month", ["number", "date"]),
        (None, "1 час 20 минут", "an hour and twenty minutes", "a duration in words", ["number", "date"]),
        (None, "Судариков Н. Г.", "N. G. Sudarikov", "initials after the surname", ["name"], "minor"),
    ],
    "notes": "Translation-first page. Planted: в середине марта -> in mid-April (date). Traps: a month alone in the diary heading, в начале марта = early in March (another sentence), конца февраля, the second quarter, a duration in words, initials moved.",
}

DOCS["dt05-letter-tsedenbal-students-1953"] = {
    "genre": "letter (pair, a head of government to a Soviet minister, parts of months and a season)",
    "about": "Invented: Tsedenbal asks the Soviet Ministry of Higher Education to admit Mongolian students and names the dates of their journey.",
    "ru": """‹1›МИНИСТРУ ВЫСШЕГО ОБРАЗОВАНИЯ СССР
‹2›товарищу СТОЛЕТОВУ В. Н.

‹3›Уважаемый товарищ Столетов!

‹4›Правительство Монгольской Народной Республики просит принять в высшие учебные заведения СССР осенью 1953 г. 150 монгольских юношей и девушек, окончивших среднюю школу.

‹5›Вступительные испытания в Улан-Баторе будут проведены в первой половине июня. ‹6›Студенты выедут в Москву в первых числах августа и смогут прибыть к месту учебы к концу месяца.

‹7›Просим также разрешить 25 аспирантам, окончившим в прошлом году Монгольский государственный университет, начать занятия в середине сентября.

‹8›С товарищеским приветом
‹9›Ю. ЦЕДЕНБАЛ
‹10›Председатель Совета Министров МНР

‹11›г. Улан-Батор, 28 апреля 1953 г.""",
    "en": """‹1›To the Minister of Higher Education of the USSR, ‹2›Comrade V. N. STOLETOV

‹3›Dear Comrade Stoletov,

‹4›The Government of the Mongolian People's Republic requests that 150 Mongolian young men and women who have finished secondary school be admitted to higher educational institutions of the USSR in September-October 1953.

‹5›The entrance examinations in Ulan Bator will be held in the first half of June. ‹6›The students will leave for Moscow in the first days of July and will be able to reach their places of study by the end of the month.

‹7›We also ask that 25 postgraduates who graduated from the Mongolian State University last year be allowed to begin their studies in mid-September.

‹8›With comradely greetings,
‹9›Yu. TSEDENBAL
‹10›Chairman of the Council of Ministers of the MPR

‹11›Ulan Bator, April 28, 1953""",
    "required": [
        (
            "date",
            "в первых числах августа",
            "in the first days of July",
            "в первых числах августа (the first days of August) is given as the first days of July",
        ),
    ],
    "forbidden": [
        (
            None,
            "осенью 1953 г.",
            "in September-October 1953",
            "a season given by its months",
            ["number", "date"],
        ),
        (None, "150 монгольских", "150 Mongolian", "the same count", ["number"]),
        (
            None,
            "в первой половине июня",
            "in the first half of June",
            "the same half of the month",
            ["number", "date"],
        ),
        (
            None,
            "к концу месяца",
            "by the end of the month",
            "a part of the month just named",
            ["number", "date"],
        ),
        (None, "25 аспирантам", "25 postgraduates", "the same count", ["number"]),
        (None, "в прошлом году", "last year", "the same year", ["number", "date"]),
        (None, "в середине сентября", "in mid-September", "the same part of the month", ["number", "date"]),
        (None, "28 апреля 1953 г.", "April 28, 1953", "the same date", ["number", "date"]),
        (None, "СТОЛЕТОВУ В. Н.", "V. N. STOLETOV", "initials after the surname", ["name"], "minor"),
    ],
    "notes": "Planted: в первых числах августа -> in the first days of July (date). Traps: осенью 1953 г. = in September-October 1953, в первой половине июня, к концу месяца, в середине сентября = in mid-September, в прошлом году.",
}
