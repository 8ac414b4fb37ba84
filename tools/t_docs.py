# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented t documents of archival-own (read by build_archival_t.py): archive pages and hard pairs.

Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
``‹k›`` before a sentence links it to the sentence of the other side marked ``‹k›``; ``‹u›`` marks a sentence with
no counterpart. Required/expected/acceptable: (kind, Russian words, English words, why); forbidden: (None,
Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["t01-telegram-peking-bombers-1951"] = {
    "genre": "ciphered telegram (page, translation first)",
    "about": "Invented: the ambassador in Peking reports Chinese requests for fuel trucks and pilot training.",
    "page": {
        "date": "March 14, 1951",
        "title": "Ciphered Telegram from N. V. Roshchin to Filippov [Stalin]",
        "ref": "td-0101",
        "summary": "Mao Zedong reports on the readiness of the first Il-28 division and asks for fuel trucks and the training of a second group of pilots.",
        "fields": [
            (
                "Original Archive",
                "Archive of the President of the Russian Federation (APRF), Fond 3, Opis 65, Delo 12, Listy 4-6 (constructed reference)",
            ),
            (
                "Associated People & Organizations",
                "Mao, Zedong, 1893-1976; Zhou, Enlai, 1898-1976; Roshchin, N. V. (Nikolai Vasilevich), 1901-1960",
            ),
            ("Associated Places", "Beijing (China); Shenyang (China)"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›TOP SECRET

‹2›CIPHERED TELEGRAM

‹3›To FILIPPOV [Stalin]

‹4›Today, March 14, at 9 p.m. Mao Tse-tung received me in the presence of Chou En-lai.1 ‹5›Mao Tse-tung said that the first division of Il-28 bombers will be ready to fly to Mukden no earlier than April 20th or 25th. ‹6›The airfields need another hundred fuel trucks and 8,400 tons of B-70 aviation gasoline.

‹7›The Chinese comrades also ask that a 2nd group of pilots, 150 men, be accepted for training in the USSR. ‹8›The first group (86 men) completed its training in the first ten days of March. ‹9›Mao Tse-tung asked me to convey that the deliveries will be paid for from the credit of 1950, that is, from its second installment.

‹10›ROSHCHIN

‹11›No. 617

‹u›1 Zhou Enlai, Premier of the State Administrative Council of the PRC. – Ed.""",
    "ru": """‹u›АП РФ, ф. 3, оп. 65, д. 12, л. 4.

‹1›СОВ. СЕКРЕТНО

‹2›ШИФРТЕЛЕГРАММА

‹u›Из ПЕКИНА Отправлено 14.III.51 г. 23 ч. 40 м.
‹u›Получено 15.III.51 г. 04 ч. 10 м.

‹3›ФИЛИППОВУ

‹4›Сегодня, 14 марта, в 21.00 меня принял Мао Цзэ-дун в присутствии Чжоу Энь-лая. ‹5›Мао Цзэ-дун сообщил, что первая дивизия бомбардировщиков Ил-28 будет готова к перелету в Мукден не ранее 20 или 25 апреля. ‹6›Для аэродромов требуется ещё одна сотня бензозаправщиков и 8.400 тонн авиабензина Б-70.

‹7›Китайские товарищи просят также принять на учебу в СССР 2-ю группу летчиков в количестве 120 человек. ‹8›Первая группа (86 человек) закончила обучение в первой декаде марта. ‹9›Мао Цзэ-дун просил передать, что оплата поставок будет произведена за счет кредита 1950 года, т.е. из его второго транша.

‹10›РОЩИН

‹11›№ 617

‹u›Расшифровал: Соколов 15.III.51 г. 05 ч. 30 м.
‹u›Разослано: тт. Сталину, Молотову, Булганину, Василевскому.""",
    "required": [
        ("number", "120", "150", "120 pilots in the original, 150 in the translation"),
    ],
    "forbidden": [
        (None, ("в 21.00", "Сегодня"), "at 9 p.m.", "21.00 = 9 p.m.", ["number", "date"]),
        (None, ("14 марта", "Сегодня"), ("March 14", "Today"), "the same date", ["number", "date"]),
        (None, "Ил-28", "Il-28", "a designation", ["number"]),
        (None, "20 или 25 апреля", "April 20th or 25th", "two dates both sides", ["number", "date"]),
        (None, "ещё одна сотня", "another hundred", "a relative quantity", ["number"]),
        (None, "8.400", "8,400", "thousands dot = thousands comma", ["number"]),
        (None, "Б-70", "B-70", "a fuel grade designation", ["number"]),
        (None, "2-ю группу", "2nd group", "an ordinal", ["number"]),
        (None, "(86 человек)", "(86 men)", "the same count", ["number"]),
        (
            None,
            "в первой декаде марта",
            "in the first ten days of March",
            "a period date",
            ["number", "date"],
        ),
        (None, "кредита 1950 года", "credit of 1950", "the same year", ["number", "date"]),
        (None, "второго транша", "second installment", "an ordinal", ["number"]),
        (None, "№ 617", "No. 617", "registration number", ["number"]),
        (None, None, "Chou En-lai.1", "a footnote mark glued to a word", ["number"]),
        (
            None,
            None,
            "1 Zhou Enlai, Premier",
            "an editor's footnote is apparatus",
            ["addition", "number", "date", "name"],
            "minor",
        ),
        (
            None,
            "АП РФ, ф. 3, оп. 65, д. 12, л. 4.",
            None,
            "archive reference",
            ["omission", "number"],
            "minor",
        ),
        (None, "Из ПЕКИНА Отправлено", None, "dispatch line", ["omission", "number", "date"], "minor"),
        (None, "Получено 15.III.51", None, "receipt line", ["omission", "number", "date"], "minor"),
        (None, "Расшифровал: Соколов", None, "decipher note", ["omission", "number", "date"], "minor"),
        (None, "Разослано: тт.", None, "distribution list", ["omission"], "minor"),
    ],
    "notes": "Translation-first page with extra header fields (archive signature with fond/opis/delo numbers, years of life). Planted: 120 -> 150 pilots (number). Traps: 21.00 = 9 p.m., Ил-28, ещё одна сотня, 8.400, Б-70, 2-ю, period date in the first ten days, footnote mark 'Chou En-lai.1', untranslated header lines.",
}

DOCS["t02-presidium-korea-deliveries-1955"] = {
    "genre": "Presidium decision (page, no blank line between the Russian and the English)",
    "about": "Invented: an extract from a Presidium protocol on deliveries to the DPRK, with a footnote on both sides.",
    "page": {
        "date": "July 23, 1955",
        "title": "Extract from Protocol No. 84 of the Session of the Presidium of the CC CPSU, On Deliveries to the DPRK",
        "ref": "td-0102",
        "summary": "The Presidium approves deliveries of equipment, rolled steel and tractors to the DPRK in 1955-1956.",
        "contents": ["Original Scan", "Transcription - Russian", "Translation - English"],
        "order": ["ru", "en"],
        "sep": "\n",
    },
    "ru": """‹1›Строго секретно
‹u›Особая папка
‹2›Выписка из протокола № 84 заседания Президиума ЦК КПСС
‹3›от 23 июля 1955 г.
‹4›О поставках в Корейскую Народно-Демократическую Республику.

‹5›1. Принять предложение Госплана СССР (тт. Сабуров, Косыгин) о поставках в КНДР в 1955-1956 гг.:
‹6›а) оборудования для восстановления металлургического завода в Кимчаке на сумму 2,7 млн. рублей;
‹7›б) ещё 40 тыс. тонн проката сверх ранее утвержденных 65 тыс. тонн;
‹8›в) 1.200 тракторов и 350 автомашин ЗИС-150.
‹9›2. Отметить, что с учетом настоящего решения КНДР получит второй миллиард рублей безвозмездной помощи¹.
‹10›3. Поручить Министерству внешней торговли (т. Кабанову) в первой декаде августа с.г. подписать протокол с корейской стороной.
‹11›4. Отгрузку начать не позднее 1 сентября с.г. через ст. Хасан.
‹12›¹ Первый миллиард рублей предоставлен по решению от 11 августа 1953 г.
‹13›СЕКРЕТАРЬ ЦК
‹u›Разослано: тт. Маленкову, Молотову, Микояну, Сабурову - все; Кабанову - п. 3.""",
    "en": """‹1›Strictly secret
‹2›Extract from protocol No. 84 of the session of the Presidium of the CC CPSU
‹3›of July 23, 1955
‹4›On deliveries to the Korean People's Democratic Republic.

‹5›1. To accept the proposal of the USSR Gosplan (Cdes. Saburov, Kosygin) on deliveries to the DPRK in 1955-1956:
‹6›a) equipment for restoring the metallurgical works at Kimchaek worth 2.7 million rubles;
‹7›b) another 40,000 tons of rolled steel over and above the 65,000 tons approved earlier;
‹8›c) 1,200 tractors and 350 ZIS-150 trucks.
‹9›2. To note that with this decision the DPRK will receive a second billion rubles of free aid.1
‹10›3. To instruct the Ministry of Foreign Trade (Cde. Kabanov) to sign a protocol with the Korean side in the first ten days of August of this year.
‹11›4. Shipments are to begin no later than September 10 of this year via Khasan station. ‹u›Cde. Kabanov is to report to the Central Committee on the progress of the shipments.
‹12›1 The first billion rubles was granted by the decision of August 11, 1953.
‹13›SECRETARY OF THE CC""",
    "required": [
        ("date", "1 сентября", "September 10", "1 сентября is given as September 10"),
        ("addition", None, "Cde. Kabanov is to report", "the translation adds a sentence with no original"),
    ],
    "forbidden": [
        (None, "№ 84", "No. 84", "protocol number", ["number"]),
        (None, "от 23 июля 1955 г.", "of July 23, 1955", "the same date", ["number", "date"]),
        (None, "1955-1956 гг.:", "1955-1956:", "the same years", ["number", "date"]),
        (None, "2,7 млн. рублей", "2.7 million rubles", "decimal comma", ["number"]),
        (None, "ещё 40 тыс. тонн", "another 40,000 tons", "relative quantity, тыс.", ["number"]),
        (None, "65 тыс. тонн", "65,000 tons", "тыс.", ["number"]),
        (None, "1.200 тракторов", "1,200 tractors", "thousands dot", ["number"]),
        (None, "ЗИС-150", "ZIS-150", "a designation", ["number"]),
        (None, "второй миллиард", "a second billion", "an ordinal amount", ["number"]),
        (None, "помощи¹", "aid.1", "footnote marks", ["number"]),
        (
            None,
            "в первой декаде августа с.г.",
            "in the first ten days of August of this year",
            "a period date",
            ["number", "date"],
        ),
        (
            None,
            "¹ Первый миллиард",
            "1 The first billion",
            "footnote on both sides",
            ["number", "omission", "addition"],
        ),
        (None, "11 августа 1953 г.", "August 11, 1953", "the same date", ["number", "date"]),
        (None, "Особая папка", None, "a file mark", ["omission"], "minor"),
        (None, "Разослано: тт.", None, "distribution list", ["omission", "number"], "minor"),
        (None, ("1. Принять", "1. Принять"), ("1. To accept", "1. To accept"), "list numbering", ["number"]),
    ],
    "notes": "Page with no blank line between the Russian and the English, three contents entries. Planted: 1 сентября -> September 10 (date); an added sentence on Kabanov's report (addition). Traps: headings ending in ':' before lettered items, тыс./млн., decimal comma, 1.200, второй миллиард, footnote marks ¹ and '.1', first ten days of August, Cdes.",
}

DOCS["t03-note-helsinki-timber-1948"] = {
    "genre": "note verbale with its draft (page, a second Russian witness first)",
    "about": "Invented: a Soviet note to Finland on timber deliveries, preceded by its draft with the editor's brackets.",
    "page": {
        "date": "October 8, 1948",
        "title": "Note of the USSR Ministry of Foreign Affairs to the Legation of Finland (with the Draft)",
        "ref": "td-0103",
        "summary": "The Ministry asks Finland to speed up timber deliveries under the reparations agreement. The draft, with corrections, precedes the note as sent.",
        "contents": ["Original Scan (draft)", "Original Scan", "Translation - English"],
        "order": ["witness", "ru", "en"],
    },
    "witness": """‹u›Проект

‹u›Министерство Иностранных Дел Союза ССР свидетельствует свое уважение Миссии Финляндии и имеет честь сообщить следующее.

‹u›По данным Министерства внешней торговли, из предусмотренных на 1948 год 180 тыс. куб. метров пиломатериалов до 1 октября поставлено лишь 97 [исправлено: 95] тыс. куб. метров. ‹u›Министерство просит Миссию принять меры к тому, чтобы недопоставленное количество было отгружено до конца навигации.

‹u›[Далее зачеркнуто: Министерство оставляет за собой право]

---""",
    "ru": """‹u›АВП РФ, ф. 0135, оп. 32, п. 181, д. 27, л. 12.

‹1›№ 239

‹2›Министерство Иностранных Дел Союза ССР свидетельствует свое уважение Миссии Финляндии и имеет честь сообщить следующее.

‹3›По данным Министерства внешней торговли, из предусмотренных на 1948 год 180 тыс. куб. метров пиломатериалов до 1 октября поставлено лишь 95 тыс. куб. метров. ‹4›Министерство просит Миссию принять меры к тому, чтобы недопоставленное количество было отгружено до конца навигации, т.е. не позднее 20 или 25 ноября с.г. ‹u›Советские суда для этой цели будут поданы в порт Котка во второй половине октября. ‹5›Министерство напоминает, что по соглашению от 17 декабря 1947 г. просрочка поставок свыше двух месяцев влечет за собой начисление пени в размере 5% стоимости.

‹6›Министерство пользуется случаем, чтобы возобновить Миссии уверения в своем высоком уважении.

‹7›Москва, 8 октября 1948 г.

‹u›Вручена советнику Миссии 8.X.48 г. в 16.30.""",
    "en": """‹1›No. 239

‹2›The Ministry of Foreign Affairs of the Union of SSR presents its compliments to the Legation of Finland and has the honour to communicate the following.

‹3›According to the Ministry of Foreign Trade, of the 180,000 cubic meters of sawn timber provided for 1948, only 95,000 cubic meters had been delivered by October 1. ‹4›The Ministry requests the Legation to take measures so that the quantity not yet delivered is shipped before the end of navigation, that is, no later than November 20th or 25th of this year. ‹5›The Ministry recalls that under the agreement of December 17, 1947, a delay in deliveries of more than two months entails a penalty of 5 per cent of the value.

‹6›The Ministry avails itself of this opportunity to renew to the Legation the assurances of its highest consideration.

‹7›Moscow, October 8, 1948""",
    "required": [
        (
            "omission",
            "Советские суда для этой цели",
            None,
            "the translation leaves out the sentence on Soviet ships at Kotka",
        ),
    ],
    "acceptable": [
        (
            "duplicate",
            ("Министерство Иностранных Дел Союза ССР", "Проект"),
            None,
            "the draft repeats the note",
        ),
        ("number", ("97", "Проект"), None, "the draft's reading before correction"),
    ],
    "forbidden": [
        (None, "№ 239", "No. 239", "note number", ["number"]),
        (None, ("180 тыс. куб. метров", "АВП"), "180,000 cubic meters", "тыс.", ["number"]),
        (None, ("95 тыс.", "АВП"), "95,000", "тыс.", ["number"]),
        (None, ("1948 год", "АВП"), "1948, only", "the same year", ["number", "date"]),
        (None, ("до 1 октября", "АВП"), "by October 1", "the same date", ["number", "date"]),
        (
            None,
            "20 или 25 ноября с.г.",
            "November 20th or 25th of this year",
            "two dates, с.г.",
            ["number", "date"],
        ),
        (None, "17 декабря 1947 г.", "December 17, 1947", "the same date", ["number", "date"]),
        (None, "свыше двух месяцев", "more than two months", "the same duration", ["number"]),
        (None, "5%", "5 per cent", "per cent", ["number"]),
        (None, "Москва, 8 октября 1948 г.", "Moscow, October 8, 1948", "date line", ["number", "date"]),
        (None, "Вручена советнику", None, "delivery note", ["omission", "number", "date"], "minor"),
        (None, "АВП РФ, ф. 0135", None, "archive reference", ["omission", "number"], "minor"),
        (None, "[Далее зачеркнуто", None, "the draft's editorial bracket", ["omission", "number"], "minor"),
    ],
    "notes": "Page with the draft first (a second witness BEFORE the note), editorial brackets. Planted: the sentence on Soviet ships at Kotka is left out (omission). Traps: 20 или 25 ноября с.г., тыс. куб. метров, 5%, note formulas, delivery note with a time.",
}

DOCS["t04-record-delhi-steel-1955"] = {
    "genre": "record of conversation (page, editor's footnotes and a page mark in the English)",
    "about": "Invented: the Soviet ambassador records a conversation with Indian ministers on a steel works.",
    "page": {
        "date": "February 3, 1955",
        "title": "Record of Conversation between M. A. Menshikov and Indian Ministers on the Steel Works",
        "ref": "td-0104",
        "summary": "The Indian ministers discuss the capacity, credit and specialists for a steel works to be built with Soviet help.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›Из дневника
‹u›Меньшикова М. А.

‹1›Секретно
‹u›Экз. № 3

‹2›ЗАПИСЬ БЕСЕДЫ
‹3›с министрами Правительства Индии

‹4›3 февраля 1955 г.

‹5›Сегодня в 11 ч. 30 м. меня приняли министр торговли и промышленности и министр финансов Индии. ‹6›Министр торговли сказал, что индийская сторона согласна с проектом завода мощностью 1 млн. тонн стали в год¹. ‹7›Строительство первой очереди предполагается закончить в 1959 г., второй очереди - в 1961 г.

‹8›Министр финансов заявил, что Индия просит предоставить кредит в 600 млн. рупий на 12 лет из 2,5% годовых. ‹9›Погашение кредита должно начаться через год после пуска первой доменной печи.

‹10›Я ответил, что доложу о просьбе индийских министров в Москву. ‹11›Беседа продолжалась 1 час 10 минут.

‹12›¹ В ходе беседы министр дважды подчеркнул, что речь идет о стали, а не о чугуне.

‹13›ПОСОЛ СССР В ИНДИИ
‹14›М. МЕНЬШИКОВ

‹u›Отп. 5 экз.
‹u›4.II.55""",
    "en": """‹1›Secret

‹2›RECORD OF CONVERSATION
‹3›with the Ministers of the Government of India

‹4›February 3, 1955

‹5›Today at 11:30 a.m. I was received by the Indian Minister of Commerce and Industry and the Minister of Finance. ‹6›The Minister of Commerce said that the Indian side agrees with the project of a works with a capacity of 1 million tons of steel a year.1 ‹7›Construction of the first stage is expected to be completed in 1959, that of the second stage in 1961. ‹u›Messrs. Menon and Deshmukh added that the site at Bhilai had already been surveyed.

‹u›[Page 2]

‹8›The Minister of Finance stated that India asks for a credit of 600 million rupees for 15 years at 2.5 per cent a year. ‹9›Repayment of the credit is to begin one year after the first blast furnace is started up.

‹10›I replied that I would report the request of the Indian ministers to Moscow. ‹11›The conversation lasted 1 hour 10 minutes.

‹12›1 In the course of the conversation the minister twice stressed that he meant steel, not pig iron.

‹13›USSR AMBASSADOR IN INDIA
‹14›M. MENSHIKOV""",
    "required": [
        ("number", "12 лет", "15 years", "a credit for 12 years in the original, 15 in the translation"),
        (
            "addition",
            None,
            "Messrs. Menon and Deshmukh added",
            "the translation adds a sentence with no original",
        ),
    ],
    "forbidden": [
        (None, "в 11 ч. 30 м.", "at 11:30 a.m.", "a clock time in two forms", ["number", "date"]),
        (
            None,
            ("3 февраля 1955 г.", "ЗАПИСЬ"),
            ("February 3, 1955", "RECORD"),
            "the same date",
            ["number", "date"],
        ),
        (None, "1 млн. тонн", "1 million tons", "млн.", ["number"]),
        (None, "год¹", None, "footnote mark", ["number"]),
        (None, None, "a year.1", "footnote mark glued to a sentence end", ["number"]),
        (None, "первой очереди", "first stage", "an ordinal", ["number"]),
        (None, "600 млн. рупий", "600 million rupees", "млн.", ["number"]),
        (None, "2,5% годовых", "2.5 per cent a year", "decimal comma and per cent", ["number"]),
        (None, "через год", "one year after", "a year = one year", ["number"]),
        (None, "1 час 10 минут", "1 hour 10 minutes", "a duration", ["number", "date"]),
        (None, None, "[Page 2]", "an editor's page mark", ["addition", "number"], "minor"),
        (
            None,
            "¹ В ходе беседы",
            "1 In the course",
            "footnote on both sides",
            ["number", "omission", "addition"],
        ),
        (None, "Отп. 5 экз.", None, "copies count", ["omission", "number"], "minor"),
        (None, "4.II.55", None, "typist's date", ["omission", "number", "date"], "minor"),
        (None, "Экз. № 3", None, "copy number", ["omission", "number"], "minor"),
        (None, "Из дневника", None, "diary heading", ["omission"], "minor"),
    ],
    "notes": "Page with a footnote on both sides (mark glued to the sentence end 'a year.1'), an editor's [Page 2] inside the English, 'Messrs.' in the English. Planted: 12 -> 15 years (number); an added sentence on the Bhilai site (addition). Traps: 11 ч. 30 м. = 11:30 a.m., млн., 2,5%, ordinals, durations, apparatus lines.",
}

DOCS["t05-stalin-roosevelt-aircraft-1942"] = {
    "genre": "personal message (page, OCR on both sides, a word broken across a sheet mark)",
    "about": "Invented: Stalin to Roosevelt on aircraft deliveries through Alaska, OCR'd on both sides.",
    "page": {
        "date": "October 7, 1942",
        "title": "Personal Message from Premier J. V. Stalin to President F. D. Roosevelt",
        "ref": "td-0105",
        "summary": "Stalin asks for more fighter aircraft via the Alaska-Siberia route and reports on the first deliveries.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 365, лл. 88-89.

‹1›ЛИЧНО И СЕКРЕТНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Ф. Д. РУЗВЕЛЬТУ

‹2›Ваше послание от 5 октября получил. ‹3›Благодарю Вас за со-
общение о том, что по трассе Аляска - Сибирь в октябре будет переправлено ещё 50 самолетов-истребителей.

‹4›Первая партия самолетов прибыла в Красноярск 29 сентября. ‹5›Из 40 машин этой партии 3 получили повреж-
дения при посадке и требуют ремонта. ‹6›Прошу Вас учесть, что нам нужны прежде всего самолеты «Аэрокобра», а не «Киттихаук», так как последние плохо показали себя в боях против новых немецких истребителей.

‹7›Наше положение под Сталинградом ухудшилось за последние две недели: противник ввел в бой ещё четыре дивизии. ‹8›Мы сможем удержать город, если получим в ближайшее время не менее 500 самолетов-истре-

‹u›Лист 2

бителей.

‹9›Советские экипажи для приемки самолетов будут в Фэрбенксе к 15 октября. ‹10›Сприветом и благодарностью за помощь.

‹11›И. СТАЛИН

‹12›7 октября 1942 года.""",
    "en": """‹1›PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO PRESIDENT F. D. ROOSEVELT

‹2›1 have received your message of October 5. ‹3›I thank you for the informa-
tion that in October another 50 fighter aircraft will be ferried along the Alaska-Siberia route.

‹4›The first batch of aircraft arrived in Krasnoyarsk on September 29. ‹5›Of the 40 machines of this batch 3 were damaged on landing and need repair. ‹6›I ask you to bear in mind that what we need first of all are Airacobras and not Kittyhawks, since the latter have proved poor in battle against the new German fighters.

‹7›Our situation at Stalingrad has worsened over the last two weeks: the enemy has brought another four divisions into action. ‹8›We shall be able to hold the city if we receive in the near future no fewer than 500 fighters.

‹9›The Soviet crews to take over the aircraft will be in Fairbanks by October 25. ‹10›With greetings and thanks for your help.

‹11›J. STALIN

‹12›October 7, 1942""",
    "dehyphenated": ["сообщение", "повреждения", "самолетов-истребителей"],
    "required": [
        ("date", "к 15 октября", "by October 25", "к 15 октября is given as by October 25"),
        ("ocr", "Красноярск", None, "Latin 'p', 'a' and 'o' in Красноярск (mixed scripts)"),
    ],
    "expected": [
        ("ocr", "Сприветом", None, "'Сприветом' is two words run together (С приветом)"),
    ],
    "forbidden": [
        (None, ("5 октября", "от 5 октября"), "October 5", "the same date", ["number", "date"]),
        (None, None, "1 have received", "OCR '1' for 'I'", ["number", "addition"]),
        (None, "ещё 50", "another 50", "a relative quantity", ["number"]),
        (None, "29 сентября", "September 29", "the same date", ["number", "date"]),
        (None, "Из 40 машин", "Of the 40 machines", "the same count", ["number"]),
        (None, "ещё четыре дивизии", "another four divisions", "a relative quantity", ["number"]),
        (None, "две недели", "two weeks", "the same duration", ["number"]),
        (None, "не менее 500", "no fewer than 500", "the same bound", ["number"]),
        (None, "Лист 2", None, "a sheet mark", ["omission", "number"], "minor"),
        (None, "7 октября 1942 года.", "October 7, 1942", "date line", ["number", "date"]),
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Seed-layout page, OCR'd on both sides: line-break hyphens on both sides, a word broken across a sheet mark, '1 have' for 'I have', Latin letters in Красноярск (planted ocr), run-together Сприветом. Planted: к 15 октября -> by October 25 (date).",
}
# the planted OCR slip: Latin p, a, o inside the Cyrillic word
DOCS["t05-stalin-roosevelt-aircraft-1942"]["ru"] = DOCS["t05-stalin-roosevelt-aircraft-1942"]["ru"].replace(
    "в Красноярск", "в Кpaснoярск"
)
DOCS["t05-stalin-roosevelt-aircraft-1942"]["required"][1] = (
    "ocr",
    "Кpaснoярск",
    None,
    "Latin 'p', 'a' and 'o' in Красноярск (mixed scripts)",
)

DOCS["t06-record-ulbricht-machines-1959"] = {
    "genre": "record of conversation (pair; the translator splits and joins sentences)",
    "about": "Invented: a Soviet official records a conversation with W. Ulbricht on machine deliveries.",
    "ru": """Секретно

ЗАПИСЬ БЕСЕДЫ
с Первым секретарем ЦК СЕПГ В. Ульбрихтом

12 мая 1959 г.

‹1›Сегодня меня принял В. Ульбрихт. ‹2›В беседе присутствовал член Политбюро ЦК СЕПГ Г. Рау.

‹3a›Ульбрихт сказал, что ГДР в 1959 г. сможет поставить в СССР 240 металлорежущих станков вместо 310, предусмотренных соглашением, так как заводы в Карл-Маркс-Штадте и Эрфурте не получили вовремя советского проката; ‹3b›что недопоставленные станки будут отгружены в первом квартале 1960 г.; ‹3c›что германская сторона просит в связи с этим увеличить поставки проката на 20 тыс. тонн.

‹4a›Рау добавил, что вопрос обсуждался на Политбюро. ‹4b›Решение уже принято. ‹4c›Его текст будет передан посольству.

‹5›Ульбрихт просил также ускорить поставку второй партии экскаваторов (35 шт.), которая по графику должна была поступить ещё в апреле.

‹6›Я обещал сообщить об этих просьбах в Москву.

‹7›Беседа продолжалась 50 минут.

‹8›СОВЕТНИК-ПОСЛАННИК ПОСОЛЬСТВА СССР В ГДР
‹9›В. КОРОЛЕВ""",
    "en": """Secret

RECORD OF CONVERSATION
with the First Secretary of the CC SED W. Ulbricht

May 12, 1959

‹1›Today W. Ulbricht received me. ‹2›H. Rau, member of the Politburo of the CC SED, was present at the conversation.

‹3a›Ulbricht said that in 1959 the GDR will be able to deliver to the USSR 240 metal-cutting machine tools instead of the 310 provided for by the agreement, since the works in Karl-Marx-Stadt and Erfurt had not received Soviet rolled steel in time. ‹3b›The machine tools not delivered will be shipped in the first quarter of 1960. ‹3c›In this connection the German side asks that the deliveries of rolled steel be increased by 25,000 tons.

‹4a›Rau added that the question had been discussed in the Politburo, ‹4b›that a decision had already been taken ‹4c›and that its text would be handed to the embassy.

‹5›Ulbricht also asked that the delivery of the second batch of excavators (35 units), which by the schedule should have arrived as early as April, be speeded up.

‹6›I promised to report these requests to Moscow.

‹7›The conversation lasted 50 minutes.

‹8›MINISTER-COUNSELLOR OF THE USSR EMBASSY IN THE GDR
‹9›V. KOROLEV""",
    "required": [
        (
            "number",
            "20 тыс. тонн",
            "25,000 tons",
            "20 тыс. тонн in the original, 25,000 tons in the translation",
        ),
    ],
    "forbidden": [
        (None, "240 металлорежущих", "240 metal-cutting", "the same count", ["number"]),
        (None, "вместо 310", "the 310", "the same count", ["number"]),
        (None, "первом квартале 1960 г.", "first quarter of 1960", "an ordinal quarter", ["number", "date"]),
        (None, "второй партии", "second batch", "an ordinal", ["number"]),
        (None, "(35 шт.)", "(35 units)", "the same count", ["number"]),
        (None, "ещё в апреле", "as early as April", "ещё = as early as", ["number", "date"]),
        (None, "50 минут", "50 minutes", "a duration", ["number", "date"]),
        (
            None,
            "Решение уже принято.",
            "that a decision had already been taken",
            "a joined sentence",
            ["omission", "addition"],
        ),
        (None, "Его текст будет", "and that its text would", "a joined sentence", ["omission", "addition"]),
        (
            None,
            "что недопоставленные станки",
            "The machine tools not delivered",
            "a split sentence",
            ["omission", "addition"],
        ),
        (
            None,
            "что германская сторона",
            "In this connection the German side",
            "a split sentence",
            ["omission", "addition"],
        ),
    ],
    "notes": "Planted: 20 тыс. тонн -> 25,000 tons (number). The translator splits one long sentence (three clauses joined by ';') into three and joins three short sentences into one. Traps: ordinals, quarters, ещё в апреле, durations.",
}
DOCS["t06-record-ulbricht-machines-1959"]["ru"] = DOCS["t06-record-ulbricht-machines-1959"]["ru"].replace(
    "Секретно\n\nЗАПИСЬ БЕСЕДЫ\nс Первым секретарем ЦК СЕПГ В. Ульбрихтом\n\n12 мая 1959 г.",
    "‹h1›Секретно\n\n‹h2›ЗАПИСЬ БЕСЕДЫ\n‹h3›с Первым секретарем ЦК СЕПГ В. Ульбрихтом\n\n‹h4›12 мая 1959 г.",
)
DOCS["t06-record-ulbricht-machines-1959"]["en"] = DOCS["t06-record-ulbricht-machines-1959"]["en"].replace(
    "Secret\n\nRECORD OF CONVERSATION\nwith the First Secretary of the CC SED W. Ulbricht\n\nMay 12, 1959",
    "‹h1›Secret\n\n‹h2›RECORD OF CONVERSATION\n‹h3›with the First Secretary of the CC SED W. Ulbricht\n\n‹h4›May 12, 1959",
)

DOCS["t07-order-front-fuel-1942"] = {
    "genre": "order (pair; dates in period forms)",
    "about": "Invented: a front order on fuel supply with dates in period forms and clock times.",
    "ru": """‹u›ЦАМО РФ, ф. 229, оп. 161, д. 52, л. 17.

‹1›ПРИКАЗ
‹2›ВОЙСКАМ ЗАПАДНОГО ФРОНТА
‹3›№ 0148

‹4›24 июня 1942 г.
‹5›Действующая армия

‹6›В ночь на 25 июня с.г. противник силами до двух пехотных дивизий перешел в наступление на участке 16-й армии. ‹7›В целях обеспечения войск горючим

‹8›ПРИКАЗЫВАЮ:

‹9›1. Начальнику тыла фронта к 24.00 26.6 сосредоточить на станции Сухиничи 1.850 тонн горючего, из них 620 тонн авиабензина.
‹10›2. Командующему 16-й армией получить горючее в первой декаде июля по графику, утвержденному 8.VI.42 г.
‹11›3. Остатки горючего на 1 июля донести шифром к 23 ч. 40 м. 2 июля.
‹12›4. Ответственность за исполнение приказа возложить на генерал-майора Виноградова.

‹13›Командующий войсками Западного фронта
‹14›генерал армии Г. ЖУКОВ""",
    "en": """‹1›ORDER
‹2›TO THE TROOPS OF THE WESTERN FRONT
‹3›No. 0148

‹4›June 24, 1942
‹5›Field Army

‹6›On the night of June 24-25 of this year the enemy, with forces of up to two infantry divisions, went over to the offensive in the sector of the 16th Army. ‹7›In order to supply the troops with fuel

‹8›I ORDER:

‹9›1. The Chief of the Rear of the Front to concentrate 1,850 tons of fuel, of which 620 tons of aviation gasoline, at Sukhinichi station by 24:00 on June 26.
‹10›2. The Commander of the 16th Army to receive the fuel in the first ten days of July according to the schedule approved on June 8, 1942.
‹11›3. Fuel remaining on July 1 to be reported in cipher by 23:40 on July 3.
‹12›4. Responsibility for carrying out the order to be placed on Major General Vinogradov.

‹13›Commander of the Troops of the Western Front
‹14›General of the Army G. ZHUKOV""",
    "required": [
        ("date", "2 июля", "July 3", "2 июля is given as July 3"),
    ],
    "forbidden": [
        (None, "№ 0148", "No. 0148", "order number", ["number"]),
        (None, ("24 июня 1942 г.", "0148"), "June 24, 1942", "the same date", ["number", "date"]),
        (
            None,
            "В ночь на 25 июня с.г.",
            "On the night of June 24-25 of this year",
            "в ночь на 25 = the night of the 24th-25th",
            ["number", "date"],
        ),
        (None, "до двух пехотных дивизий", "up to two infantry divisions", "the same count", ["number"]),
        (None, ("16-й армии", "участке"), ("16th Army", "sector"), "an ordinal", ["number"]),
        (
            None,
            "к 24.00 26.6",
            "by 24:00 on June 26",
            "a clock time and a day.month date",
            ["number", "date"],
        ),
        (None, "1.850 тонн", "1,850 tons", "thousands dot", ["number"]),
        (None, "620 тонн", "620 tons", "the same amount", ["number"]),
        (None, "в первой декаде июля", "in the first ten days of July", "a period date", ["number", "date"]),
        (None, "8.VI.42 г.", "June 8, 1942", "a Roman month", ["number", "date"]),
        (None, "на 1 июля", "on July 1", "the same date", ["number", "date"]),
        (None, "к 23 ч. 40 м.", "by 23:40", "a clock time in two forms", ["number", "date"]),
        (
            None,
            ("1. Начальнику", "1. Начальнику"),
            ("1. The Chief", "1. The Chief"),
            "list numbering",
            ["number"],
        ),
        (None, "ЦАМО РФ, ф. 229", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Planted: 2 июля -> July 3 (date). Traps: в ночь на 25 июня = night of June 24-25, 24.00 26.6, 8.VI.42, first ten days, 23 ч. 40 м., ПРИКАЗЫВАЮ: before numbered points, ordinal armies.",
}

DOCS["t08-note-grain-purchases-1962"] = {
    "genre": "memorandum (page, translation first, no blank line, archive signature fields)",
    "about": "Invented: a memorandum of the Ministry of Foreign Trade on grain purchases abroad.",
    "page": {
        "date": "February 14, 1962",
        "title": "Memorandum of the USSR Ministry of Foreign Trade to the CC CPSU on Grain Purchases",
        "ref": "td-0108",
        "summary": "The ministry reports on grain purchased in Canada and Australia and asks for more hard currency.",
        "fields": [
            ("Archive Signature", "RGANI, f. 5, op. 30, d. 391, ll. 22-24 (constructed reference)"),
            (
                "Associated People & Organizations",
                "Patolichev, N. S. (Nikolai Semenovich), 1908-1989; USSR Ministry of Foreign Trade",
            ),
            ("Date Range", "1961-12-01 to 1962-02-14"),
        ],
        "contents": ["Translation - English", "Original Scan", "Transcription - Russian"],
        "order": ["en", "ru"],
        "sep": "\n",
    },
    "en": """‹1›CC CPSU
‹2›On grain purchases abroad
‹3›In accordance with the instruction of the CC CPSU of December 1, 1961, the Ministry of Foreign Trade has bought 2.3 million tons of wheat in Canada and 800 thousand tons in Australia. ‹4›Of this quantity 1,150 thousand tons has already been shipped; the remainder will be shipped by the end of April. ‹5›Payment is made in hard currency, partly on credit for a term of 18 months at 5.5 per cent a year.
‹6›To pay for the wheat the ministry needs, over and above the funds already allotted, another 38 million US dollars. ‹u›This is the largest purchase of grain abroad since 1946. ‹7›Unloading will take place in the ports of Odessa, Novorossiysk and Nakhodka, whose capacity allows up to 30 thousand tons a day to be received.
‹8›We request your decision.
‹9›N. PATOLICHEV
‹10›February 14, 1962""",
    "ru": """‹1›ЦК КПСС\x20\x20
‹2›О закупках зерна за границей\x20\x20
‹3›Во исполнение поручения ЦК КПСС от 1 декабря 1961 г. Министерство внешней торговли закупило в Канаде 2,3 млн. тонн пшеницы и в Австралии 800 тыс. тонн. ‹4›Из этого количества уже отгружено 1.150 тыс. тонн, остальное будет отгружено до конца апреля. ‹5›Оплата производится в свободной валюте, частично в кредит сроком на 18 месяцев из 5,5% годовых.
‹6›Для оплаты пшеницы министерству требуется сверх уже выделенных средств ещё 36 млн. американских долларов. ‹7›Разгрузка будет производиться в портах Одесса, Новороссийск и Находка, пропускная способность которых позволяет принимать до 30 тыс. тонн в сутки.
‹8›Просим решения.
‹9›Н. ПАТОЛИЧЕВ
‹10›14 февраля 1962 г.
‹u›№ 0211/с""",
    "required": [
        ("number", "36 млн.", "38 million", "36 млн. dollars in the original, 38 million in the translation"),
        (
            "addition",
            None,
            "This is the largest purchase",
            "the translation adds a sentence with no original",
        ),
    ],
    "forbidden": [
        (None, "от 1 декабря 1961 г.", "of December 1, 1961", "the same date", ["number", "date"]),
        (None, "2,3 млн. тонн", "2.3 million tons", "decimal comma", ["number"]),
        (None, "800 тыс. тонн", "800 thousand tons", "тыс.", ["number"]),
        (None, "1.150 тыс. тонн", "1,150 thousand tons", "thousands dot before тыс.", ["number"]),
        (None, "18 месяцев", "18 months", "a duration", ["number", "date"]),
        (None, "5,5% годовых", "5.5 per cent a year", "decimal comma, per cent", ["number"]),
        (None, "до 30 тыс. тонн в сутки", "up to 30 thousand tons a day", "тыс., в сутки", ["number"]),
        (None, "14 февраля 1962 г.", ("February 14, 1962", "PATOLICHEV"), "date line", ["number", "date"]),
        (None, "№ 0211/с", None, "registration number", ["omission", "number"], "minor"),
    ],
    "notes": "Translation-first page with no blank line between the English and the Russian, Markdown line breaks (two trailing spaces) in the Russian heading, extra header fields with an archive signature and a date range. Planted: 36 -> 38 million dollars (number); an added sentence on the largest purchase since 1946 (addition). Traps: тыс./млн., 1.150 тыс., decimal commas, a semicolon-joined sentence in the English.",
}

# A second batch, written after the first fixes as a fresh check.

DOCS["t09-frus-telegram-ankara-1946"] = {
    "genre": "ciphered telegram in a FRUS-style printing (page, translation first, no blank line)",
    "about": "Invented: a Soviet telegram on the Straits, printed with an editor's file number, page mark and footnotes.",
    "page": {
        "date": "August 9, 1946",
        "title": "Ciphered Telegram, Vinogradov to the Ministry of Foreign Affairs",
        "ref": "td-0109",
        "summary": "The ambassador in Ankara reports the Turkish reply on the Straits and troop movements in Thrace.",
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
        "sep": "\n",
    },
    "en": """‹u›761.67/8-946
‹u›[Translation]
‹1›TOP SECRET
‹2›Ankara, August 9, 1946—11 p.m.
‹3›Today the Minister of Foreign Affairs Saka handed me the reply of the Turkish Government to our note of August 7.1 ‹4›The reply, he said, had been approved by the President for me.2 ‹5›Saka stressed that Turkey would not agree to the joint defense of the Straits, but was ready to discuss a revision of the Montreux Convention at a conference of the Black Sea powers.
‹6›According to our information, since the beginning of August the Turkish command has moved to Thrace another three divisions, which brings the number of troops there to 11 divisions. ‹7›In the area of Edirne about a hundred tanks and 2 1/2 thousand motor vehicles have been concentrated.
‹u›[Page 692]
‹8›I consider it advisable to publish our note in "Pravda" not earlier than August 15.
‹9›VINOGRADOV
‹10›1 The note of August 7 is printed as document 511. – Ed.
‹u›2 Ismet Inönü. – Ed.""",
    "ru": """‹u›АВП РФ, ф. 06, оп. 8, п. 40, д. 661, лл. 58-59.
‹1›СОВ. СЕКРЕТНО
‹2›Анкара, 9 августа 1946 г. - 23 ч. 00 м.
‹3›Сегодня министр иностранных дел Сака вручил мне ответ турецкого правительства на нашу ноту от 7 августа¹. ‹4›Ответ, по его словам, одобрен президентом. ‹5›Сака подчеркнул, что Турция не согласится на совместную оборону Проливов, но готова обсудить пересмотр конвенции Монтрё на конференции черноморских держав.
‹6›По нашим данным, с начала августа турецкое командование перебросило во Фракию ещё три дивизии, что доводит число войск там до 11 дивизий. ‹7›В районе Эдирне сосредоточено более сотни танков и 2,5 тыс. автомашин.
‹8›Считаю целесообразным опубликовать нашу ноту в «Правде» не ранее 15 августа.
‹9›ВИНОГРАДОВ
‹10›¹ Нота от 7 августа напечатана в документе № 511.
‹u›№ 1183""",
    "required": [],
    "acceptable": [
        (
            "number",
            "более сотни",
            "about a hundred",
            "«более сотни» (over a hundred) is given as 'about a hundred': the approximation differs",
        ),
    ],
    "forbidden": [
        (None, None, "761.67/8-946", "a FRUS file number", ["number", "date", "addition"], "minor"),
        (None, None, "[Translation]", "editor's heading", ["addition"], "minor"),
        (None, "9 августа 1946 г.", "August 9, 1946", "the same date", ["number", "date"]),
        (None, "23 ч. 00 м.", "11 p.m.", "the same time", ["number", "date"]),
        (
            None,
            ("7 августа¹", "ноту от"),
            ("August 7.1", "our note"),
            "a footnote mark glued to a date",
            ["number", "date"],
        ),
        (None, None, "for me.2", "a footnote mark glued to a sentence end", ["number"]),
        (None, "ещё три дивизии", "another three divisions", "a relative quantity", ["number"]),
        (None, "до 11 дивизий", "to 11 divisions", "the same count", ["number"]),
        (None, "2,5 тыс. автомашин", "2 1/2 thousand motor vehicles", "a fraction and тыс.", ["number"]),
        (None, None, "[Page 692]", "the edition's page mark", ["addition", "number"], "minor"),
        (None, "не ранее 15 августа", "not earlier than August 15", "the same date", ["number", "date"]),
        (None, "«Правде»", '"Pravda"', "a newspaper name", ["name", "addition", "omission"]),
        (
            None,
            "¹ Нота от 7 августа",
            "1 The note of August 7",
            "footnote on both sides",
            ["number", "date", "omission", "addition"],
        ),
        (
            None,
            None,
            "2 Ismet Inönü. – Ed.",
            "the editor's footnote",
            ["addition", "number", "name"],
            "minor",
        ),
        (None, "№ 1183", None, "registration number", ["omission", "number"], "minor"),
        (None, "АВП РФ, ф. 06", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Translation-first page with no blank line, a FRUS file number, [Translation], a date-time line with a dash, footnote marks glued to 'August 7.1' and 'for me.2', an edition page mark [Page 692] between paragraphs, a footnote on both sides and an editor's footnote only in the English. Faithful (the 'about a hundred' for «более сотни» is acceptable).",
}

DOCS["t10-telegram-transports-join-1950"] = {
    "genre": "ciphered telegram (pair; the translator joins three sentences and splits at a semicolon)",
    "about": "Invented: a telegram on transport aircraft for Korea, with designations and relative numbers.",
    "ru": """‹u›Из ПХЕНЬЯНА       Отправлено 3.VIII.50 г. 02 ч. 15 м.

‹1›СОВ. СЕКРЕТНО

‹2›МОСКВА - ГЕНШТАБ, тов. ШТЕМЕНКО

‹3›Прошу ускорить отправку 2-го полка транспортных самолетов С-47. ‹4›Полк должен прибыть в Пхеньян не позднее 10 августа. ‹5›Летный состав полка подготовлен.

‹6a›Первый полк (24 самолета) работает с 20 июля; ‹6b›за это время им перевезено свыше 1.100 тонн грузов и 2 тыс. раненых; ‹6c›потерь нет.

‹7›Корейские товарищи просят также направить ещё одну сотню самолетов У-2 для связи. ‹8›Из 45 самолетов У-2, поступивших в июле, 7 вышли из строя.

‹9›Одновременно прошу отгрузить 2,5 млн. патронов к ППШ.

‹10›ВАСИЛЬЕВ

‹u›№ 607/ш
‹u›Расшифровал: Кузнецов 3.VIII.50 г. 04 ч. 40 м.""",
    "en": """‹1›TOP SECRET

‹2›MOSCOW - GENERAL STAFF, to Cde. SHTEMENKO

‹3›I request that the dispatch of the 2nd regiment of C-47 transport aircraft be speeded up, ‹4›that the regiment arrive in Pyongyang no later than August 10 ‹5›and I report that its flight personnel have been trained.

‹6a›The first regiment (24 aircraft) has been operating since July 20. ‹6b›In this time it has carried over one thousand, one hundred tons of cargo and 2,000 wounded. ‹6c›There have been no losses.

‹7›The Korean comrades also ask that another hundred U-2 aircraft be sent for communications. ‹8›Of the 45 U-2 aircraft received in July, 9 are out of service. ‹u›The remainder are being repaired at the Pyongyang airfield.

‹9›At the same time I ask that 2.5 million cartridges for the PPSh be shipped.

‹10›VASILIEV""",
    "required": [
        (
            "number",
            ("7", "поступивших в июле"),
            "9 are out",
            "7 aircraft out of service in the original, 9 in the translation",
        ),
        (
            "addition",
            None,
            "The remainder are being repaired",
            "the translation adds a sentence with no original",
        ),
    ],
    "forbidden": [
        (None, "2-го полка", "2nd regiment", "an ordinal", ["number"]),
        (None, "С-47", "C-47", "a designation in Cyrillic", ["number"]),
        (None, "не позднее 10 августа", "no later than August 10", "the same date", ["number", "date"]),
        (None, "(24 самолета)", "(24 aircraft)", "the same count", ["number"]),
        (None, "с 20 июля", "since July 20", "the same date", ["number", "date"]),
        (
            None,
            "свыше 1.100 тонн",
            "over one thousand, one hundred tons",
            "a number in words with a comma",
            ["number"],
        ),
        (None, "2 тыс. раненых", "2,000 wounded", "тыс.", ["number"]),
        (None, "ещё одну сотню", "another hundred", "a relative quantity", ["number"]),
        (None, ("У-2", "сотню"), ("U-2", "another hundred"), "a designation", ["number"]),
        (None, "Из 45", "Of the 45", "the same count", ["number"]),
        (None, "2,5 млн. патронов", "2.5 million cartridges", "decimal comma", ["number"]),
        (
            None,
            "Летный состав полка подготовлен.",
            "and I report that its flight personnel",
            "a joined sentence",
            ["omission", "addition"],
        ),
        (
            None,
            "Полк должен прибыть",
            "that the regiment arrive",
            "a joined sentence",
            ["omission", "addition"],
        ),
        (None, "за это время", "In this time", "a split sentence", ["omission", "addition"]),
        (None, "потерь нет", "There have been no losses", "a split sentence", ["omission", "addition"]),
        (None, "Из ПХЕНЬЯНА", None, "dispatch line", ["omission", "number", "date"], "minor"),
        (None, "№ 607/ш", None, "cipher number", ["omission", "number"], "minor"),
        (None, "Расшифровал:", None, "decipher note", ["omission", "number", "date"], "minor"),
    ],
    "notes": "Planted: 7 -> 9 aircraft out of service (number); an added sentence on repairs (addition). The translator joins three sentences into one and splits a semicolon sentence into three. Traps: С-47/У-2 in Cyrillic, ещё одну сотню, 'one thousand, one hundred' for 1.100, 2,5 млн., ППШ.",
}

DOCS["t11-report-ocr-railway-1947"] = {
    "genre": "report (page, OCR'd on both sides, a word broken across a page number)",
    "about": "Invented: a report on the railway through Manchuria, OCR'd, with a page number between the halves of a word.",
    "page": {
        "date": "November 28, 1947",
        "title": "Report of the Chief of the Chinese Changchun Railway Department on Grain Transport",
        "ref": "td-0111",
        "summary": "Grain transport over the railway in October-November 1947, the shortage of wagons and the repair of bridges.",
        "fields": [
            (
                "Original Archive",
                "Russian State Archive of Economics (RGAE), f. 1884, op. 31, d. 7820, ll. 12-14 (constructed reference)",
            ),
        ],
        "contents": ["Original Scan", "Transcription - Russian", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹1›СЕКРЕТНО

‹2›Министру путей сообщения СССР
‹3›тов. Бещеву Б. П.

‹4›ДОКЛАД
‹5›о перевозках зерна за октябрь-ноябрь 1947 г.

‹6›За октябрь по дороге перевезено 312 тыс. тонн зерна, что составляет 104% плана. ‹7›В ноябре перевозки снизились изза нехватки вагонов: за первые 20 дней перевезено лишь 140 тыс. тонн. ‹8›Дорога получила от Министерства 600 вагонов вместо 1.500, предусмотренных планом IV квартала.

‹9›Восстановление мостов через р. Сунгари у Харбина закончено 11 ноября, на 9 дней раньше сро-

‹u›- 2 -

ка. ‹10›Второй мост будет сдан в эксплуатацию в первой половине декабря.

‹11›Прошу выделить дороге в декабре ещё 400 вагонов и 12 паровозов серии ФД.

‹12›НАЧАЛЬНИК ДОРОГИ
‹13›Ж у р а в л е в""",
    "en": """‹1›SECRET

‹2›To the USSR Minister of Railways
‹3›Comrade B. P. Beshchev

‹4›REPORT
‹5›on the transport of grain in October-November 1947

‹6›In October the railway carried 312 thousand tons of grain, which is 104 per cent of the plan. ‹7›In November transport fell because of the shortage of wagons: in the first 20 days only 140 thousand tons were carried. ‹8›The railway received from the Ministry 600 wagons instead of the 1,500 provided for by the plan for the fourth quarter.

‹9›The restoration of the bridges over the Sungari river near Harbin was completed on November 11, 9 days ahead of schedule. ‹10›The second bridge will be put into service in the first half of Dec-

‹u›- 2 -

ember. ‹11›1 ask you to allot to the railway in December another 400 wagons and 12 locomotives of the FD series.

‹12›CHIEF OF THE RAILWAY
‹13›ZHURAVLEV""",
    "dehyphenated": ["срока"],
    "required": [
        ("omission", None, None, "placeholder"),
    ],
    "expected": [
        ("ocr", "изза", None, "'изза' is 'из-за' with its hyphen lost"),
    ],
    "acceptable": [
        ("ocr", "Ж у р а в л е в", None, "letter-spaced signature"),
    ],
    "forbidden": [
        (None, "октябрь-ноябрь 1947 г.", "October-November 1947", "a range of months", ["number", "date"]),
        (None, "312 тыс. тонн", "312 thousand tons", "тыс.", ["number"]),
        (None, "104%", "104 per cent", "per cent", ["number"]),
        (None, "первые 20 дней", "the first 20 days", "the same count", ["number"]),
        (None, "140 тыс. тонн", "140 thousand tons", "тыс.", ["number"]),
        (None, "1.500", "1,500", "thousands dot", ["number"]),
        (None, "IV квартала", "fourth quarter", "a Roman ordinal", ["number", "date"]),
        (None, "11 ноября", "November 11", "the same date", ["number", "date"]),
        (None, "на 9 дней", "9 days ahead", "the same count", ["number"]),
        (None, "ещё 400 вагонов", "another 400 wagons", "a relative quantity", ["number"]),
        (None, "12 паровозов", "12 locomotives", "the same count", ["number"]),
        (None, None, "1 ask you", "OCR '1' for 'I'", ["number", "addition"]),
        (
            None,
            ("- 2 -", "сро-"),
            ("- 2 -", "Dec-"),
            "page numbers on both sides",
            ["number", "omission", "addition"],
        ),
        (None, "Второй мост", "The second bridge", "an ordinal", ["number"]),
    ],
    "notes": "Page OCR'd on both sides: a word broken across a page number on each side (сро-/- 2 -/ка, Dec-/- 2 -/ember), run-together изза, '1 ask' for 'I ask', a letter-spaced signature. Planted: the translation joins nothing and drops nothing; the number of wagons etc. are faithful; planted omission: none (see required).",
}
DOCS["t11-report-ocr-railway-1947"]["required"] = []
DOCS["t11-report-ocr-railway-1947"]["notes"] = (
    "Page OCR'd on both sides: a word broken across a page number on each side (сро-/- 2 -/ка, Dec-/- 2 -/ember), "
    "run-together изза, '1 ask' for 'I ask', a letter-spaced signature. Faithful: traps only."
)

DOCS["t12-order-parade-dates-1945"] = {
    "genre": "order (pair; period dates, a newspaper with its date)",
    "about": "Invented: a garrison order on a parade, with dates in period forms and a planted date and omission.",
    "ru": """‹1›ПРИКАЗ
‹2›НАЧАЛЬНИКА ГАРНИЗОНА г. МОСКВЫ
‹3›№ 0371
‹4›8.VII.45 г.

‹5›Во исполнение приказа Верховного Главнокомандующего, опубликованного в газете «Правда» 22 июня с.г., и в связи с проведением 20 или 25 июля с.г. парада войск гарнизона

‹6›ПРИКАЗЫВАЮ:

‹7›1. Командирам частей к 18.00 15.7 представить списки участников парада.
‹8›2. Тренировки провести в ночь на 12 июля и в ночь на 18 июля с 01.00 до 04.00.
‹u›3. Проверку готовности частей закончить в первой декаде июля.
‹9›4. Генеральную репетицию провести 19 июля с.г. в 06 ч. 00 м.

‹10›Начальник гарнизона
‹11›генерал-лейтенант СИНИЛОВ""",
    "en": """‹1›ORDER
‹2›OF THE CHIEF OF THE MOSCOW GARRISON
‹3›No. 0371
‹4›July 8, 1945

‹5›In execution of the order of the Supreme Commander-in-Chief published in the newspaper Pravda on June 22 of this year, and in connection with the parade of the troops of the garrison to be held on July 20th or 25th of this year

‹6›I ORDER:

‹7›1. Unit commanders to submit lists of the parade participants by 18:00 on July 15.
‹8›2. Rehearsals to be held on the night of July 11-12 and the night of July 17-18 from 01:00 to 04:00.
‹9›4. The dress rehearsal to be held on July 21 of this year at 06:00.

‹10›Chief of the Garrison
‹11›Lieutenant General SINILOV""",
    "required": [
        ("date", "19 июля", "July 21", "19 июля is given as July 21"),
        ("omission", "3. Проверку готовности", None, "the translation leaves out point 3"),
    ],
    "forbidden": [
        (None, "№ 0371", "No. 0371", "order number", ["number"]),
        (None, "8.VII.45 г.", "July 8, 1945", "a Roman month", ["number", "date"]),
        (
            None,
            "«Правда» 22 июня с.г.",
            "Pravda on June 22 of this year",
            "a newspaper with its date",
            ["number", "date"],
        ),
        (None, "20 или 25 июля с.г.", "July 20th or 25th of this year", "two dates", ["number", "date"]),
        (None, "к 18.00 15.7", "by 18:00 on July 15", "a clock time and a day.month", ["number", "date"]),
        (None, "в ночь на 12 июля", "the night of July 11-12", "a night", ["number", "date"]),
        (None, "в ночь на 18 июля", "the night of July 17-18", "a night", ["number", "date"]),
        (None, "с 01.00 до 04.00", "from 01:00 to 04:00", "clock times", ["number", "date"]),
        (None, "в 06 ч. 00 м.", "at 06:00", "a clock time", ["number", "date"]),
        (None, ("1. Командирам", "1. Командирам"), ("1. Unit", "1. Unit"), "list numbering", ["number"]),
        (
            None,
            ("4. Генеральную", "4. Генеральную"),
            ("4. The dress", "4. The dress"),
            "list numbering",
            ["number"],
        ),
    ],
    "notes": "Planted: 19 июля -> July 21 (date); point 3 left out (omission; the English keeps the number 4 of the next point). Traps: 8.VII.45, «Правда» with its date, 20 или 25 июля, к 18.00 15.7, в ночь на, clock ranges, ПРИКАЗЫВАЮ: before numbered points.",
}

# A third batch, written after the second fixes as a fresh check.

DOCS["t13-letter-and-telegram-hanoi-1955"] = {
    "genre": "letter with the telegram that transmitted it (page: the letter, the telegram, then the English)",
    "about": "Invented: a letter of the Vietnamese leaders on rice and specialists, with the ambassador's telegram quoting it.",
    "page": {
        "date": "April 2, 1955",
        "title": "Letter from Ho Chi Minh to N. A. Bulganin (with the Transmitting Telegram)",
        "ref": "td-0113",
        "summary": "Ho Chi Minh asks for rice deliveries and Soviet specialists; the ambassador's telegram quoting the letter follows the letter.",
        "fields": [
            ("Associated Places", "Hanoi (Vietnam); Haiphong (Vietnam)"),
            ("Date Range", "1955-03-28 to 1955-04-02"),
        ],
        "contents": ["Original Scan", "Original Scan (telegram)", "Translation - English"],
        "order": ["ru", "witness", "en"],
    },
    "ru": """‹1›Председателю Совета Министров СССР
‹2›товарищу Булганину Н. А.

‹3›Дорогой товарищ Булганин!

‹4›Правительство Демократической Республики Вьетнам просит поставить во II квартале 1955 г. полтора миллиона пудов риса через порт Хайфон. ‹5›Урожай этого года в провинциях Тхайбинь и Намдинь оказался вдвое ниже прошлогоднего. ‹6›Мы просим также направить к нам в течение 1955/56 учебного года 35 преподавателей, из них две трети - для политехнического института.

‹7›Просим принять наши искренние благодарности.

‹8›ХО ШИ МИН
‹9›Ханой, 28 марта 1955 г.""",
    "witness": """‹u›ШИФРТЕЛЕГРАММА
‹u›Из ХАНОЯ       Отправлено 2.IV.55 г. 18 ч. 20 м.
‹u›МОСКВА, МИД СССР
‹u›Хо Ши Мин передал мне письмо на имя тов. Булганина Н. А. следующего содержания:
‹u›«Правительство Демократической Республики Вьетнам просит поставить во II квартале 1955 г. полтора миллиона пудов риса через порт Хайфон. ‹u›Урожай этого года в провинциях Тхайбинь и Намдинь оказался вдвое ниже прошлогоднего.»
‹u›ЛАВРИЩЕВ""",
    "en": """‹1›To the Chairman of the Council of Ministers of the USSR
‹2›Comrade N. A. Bulganin

‹3›Dear Comrade Bulganin!

‹4›The Government of the Democratic Republic of Vietnam asks you to deliver in the second quarter of 1955 one and a half million poods of rice through the port of Haiphong. ‹5›This year's harvest in the provinces of Thai Binh and Nam Dinh has turned out three times lower than last year's. ‹6›We also ask you to send us during the 1955-56 school year 35 teachers, two-thirds of them for the polytechnic institute.

‹7›Please accept our sincere thanks.

‹8›HO CHI MINH
‹9›Hanoi, March 28, 1955""",
    "required": [
        ("number", ("вдвое", "Урожай"), "three times", "вдвое (twice) is given as 'three times'"),
    ],
    "acceptable": [
        ("duplicate", ("«Правительство", "ШИФРТЕЛЕГРАММА"), None, "the telegram repeats the letter"),
    ],
    "forbidden": [
        (
            None,
            ("II квартале 1955 г.", "Дорогой"),
            "second quarter of 1955",
            "a Roman ordinal quarter",
            ["number", "date"],
        ),
        (
            None,
            ("полтора миллиона пудов", "Дорогой"),
            "one and a half million poods",
            "one and a half million",
            ["number"],
        ),
        (None, "1955/56 учебного года", "1955-56 school year", "a school year", ["number", "date"]),
        (None, "35 преподавателей", "35 teachers", "the same count", ["number"]),
        (None, "две трети", "two-thirds", "a fraction", ["number"]),
        (None, "Ханой, 28 марта 1955 г.", "Hanoi, March 28, 1955", "date line", ["number", "date"]),
        (None, "Из ХАНОЯ", None, "dispatch line of the telegram", ["omission", "number", "date"], "minor"),
        (None, "Хо Ши Мин передал мне", None, "the telegram's framing", ["omission"], "minor"),
    ],
    "notes": "Page with the letter, then the ambassador's telegram quoting part of it (a second witness between the original and the translation). Planted: вдвое -> three times (number). Traps: полтора миллиона, 1955/56 учебный год, две трети, II квартал.",
}

DOCS["t14-report-kolkhoz-numbers-1953"] = {
    "genre": "report (pair; numbers in words and fractions, a translator's bracketed gloss)",
    "about": "Invented: a regional report on livestock and grain with numbers in words, ratios and a planted omission.",
    "ru": """‹1›СЕКРЕТНО

‹2›ЦК КПСС
‹3›Отдел сельскохозяйственных органов

‹4›СПРАВКА
‹5›о состоянии животноводства в Курской области на 1 января 1953 г.

‹6›Поголовье крупного рогатого скота в колхозах области составило 412,6 тыс. голов, т. е. на 3,2% меньше, чем на 1 января 1952 г. ‹7›Падеж скота за 1952 г. возрос в 2,5 раза и составил около 11 тыс. голов. ‹8›В 14 районах из 32 план развития животноводства не выполнен.

‹9›Обеспеченность кормами составляет не более двух третей потребности. ‹u›Сена заготовлено на 140 тыс. тонн меньше, чем в прошлом году. ‹10›Десятки тысяч голов молодняка содержатся в неприспособленных помещениях.

‹11›Зав. Отделом
‹12›А. КОЗЛОВ

‹u›10.I.53
‹u›№ 14-с/1""",
    "en": """‹1›SECRET

‹2›CC CPSU
‹3›Department of Agricultural Bodies

‹4›INFORMATION
‹5›on the state of livestock farming in Kursk Region as of January 1, 1953

‹6›The number of cattle in the collective farms [kolkhozes] of the region was 412,600 head, i.e. 3.2 per cent fewer than on January 1, 1952. ‹7›Losses of livestock in 1952 grew two and a half times and came to about eleven thousand head. ‹8›In 14 districts out of 32 the plan for the development of livestock farming has not been fulfilled.

‹9›Fodder covers no more than two-thirds of requirements. ‹10›Tens of thousands of young animals are kept in unsuitable premises.

‹11›Head of the Department
‹12›A. KOZLOV""",
    "required": [
        ("omission", "Сена заготовлено", None, "the translation leaves out the sentence on hay"),
    ],
    "forbidden": [
        (
            None,
            ("на 1 января 1953 г.", "СПРАВКА"),
            "as of January 1, 1953",
            "the same date",
            ["number", "date"],
        ),
        (None, "412,6 тыс. голов", "412,600 head", "decimal comma with тыс.", ["number"]),
        (None, "3,2%", "3.2 per cent", "decimal comma, per cent", ["number"]),
        (None, "на 1 января 1952 г.", "on January 1, 1952", "the same date", ["number", "date"]),
        (None, "в 2,5 раза", "two and a half times", "a ratio in words", ["number"]),
        (None, "около 11 тыс. голов", "about eleven thousand head", "a number in words", ["number"]),
        (None, "В 14 районах из 32", "In 14 districts out of 32", "the same counts", ["number"]),
        (None, "двух третей", "two-thirds", "a fraction", ["number"]),
        (None, "Десятки тысяч", "Tens of thousands", "an indefinite quantity", ["number"]),
        (None, None, "[kolkhozes]", "a translator's gloss", ["addition", "term"], "minor"),
        (None, "10.I.53", None, "typist's date", ["omission", "number", "date"], "minor"),
        (None, "№ 14-с/1", None, "registration number", ["omission", "number"], "minor"),
    ],
    "notes": "Planted: the sentence on hay is left out (omission). Traps: 412,6 тыс., 3,2%, в 2,5 раза = two and a half times, около 11 тыс. = about eleven thousand, две трети, десятки тысяч, a translator's gloss [kolkhozes], т. е. with a space.",
}

DOCS["t15-directive-dates-1951"] = {
    "genre": "directive (pair; dates in period forms and ranges)",
    "about": "Invented: a ministry directive on the grain harvest with dates in many forms; a planted date and an addition.",
    "ru": """‹1›ДИРЕКТИВА
‹2›Министерства заготовок СССР
‹3›№ 112/с от 5 мая 1951 г.

‹4›Уборку зерновых в южных областях начать в середине июня и закончить не позднее 10-15 августа. ‹5›Сдачу зерна государству по первой группе областей провести с 15 по 30 июля, по второй - в первой половине августа.
‹6›Отчеты представлять ежедекадно, к 1-му, 11-му и 21-му числу каждого месяца. ‹7›Итоги заготовок за 1950/51 хозяйственный год доложить к 1.IX.51 г.
‹8›Весной 1952 г. провести совещание работников заготовительных пунктов.

‹9›Министр заготовок СССР
‹10›Б. ДВИНСКИЙ""",
    "en": """‹1›DIRECTIVE
‹2›of the USSR Ministry of Procurements
‹3›No. 112/s of May 5, 1951

‹4›Harvesting of grain in the southern regions is to begin in mid-June and to end no later than August 10-15. ‹5›Deliveries of grain to the state are to be made by the first group of regions from July 15 to 30, and by the second group in the first half of August.
‹6›Reports are to be submitted every ten days, by the 1st, 11th and 21st of each month. ‹7›The results of procurements for the 1950-51 economic year are to be reported by October 1, 1951. ‹u›Regional offices that fail to report on time will be named in the Ministry's order.
‹8›In the spring of 1952 a conference of workers of the procurement points is to be held.

‹9›Minister of Procurements of the USSR
‹10›B. DVINSKY""",
    "required": [
        ("date", "1.IX.51 г.", "October 1, 1951", "1.IX.51 (September 1) is given as October 1"),
        (
            "addition",
            None,
            "Regional offices that fail to report",
            "the translation adds a sentence with no original",
        ),
    ],
    "forbidden": [
        (None, "№ 112/с от 5 мая 1951 г.", "No. 112/s of May 5, 1951", "number and date", ["number", "date"]),
        (None, "в середине июня", "in mid-June", "a period date", ["number", "date"]),
        (None, "10-15 августа", "August 10-15", "a range of days", ["number", "date"]),
        (None, "с 15 по 30 июля", "from July 15 to 30", "a range of days", ["number", "date"]),
        (None, "первой группе", "first group", "an ordinal", ["number"]),
        (
            None,
            "в первой половине августа",
            "in the first half of August",
            "a period date",
            ["number", "date"],
        ),
        (None, "ежедекадно", "every ten days", "every ten days", ["number", "date"]),
        (
            None,
            "к 1-му, 11-му и 21-му числу",
            "by the 1st, 11th and 21st",
            "ordinal days",
            ["number", "date"],
        ),
        (None, "1950/51 хозяйственный год", "1950-51 economic year", "an economic year", ["number", "date"]),
        (None, "Весной 1952 г.", "In the spring of 1952", "a season", ["number", "date"]),
    ],
    "notes": "Planted: 1.IX.51 -> October 1, 1951 (date); an added sentence on late reports (addition). Traps: в середине июня, 10-15 августа, с 15 по 30 июля, ежедекадно, ordinal days of the month, 1950/51, весной 1952 г.",
}

DOCS["t16-record-washington-ocr-1945"] = {
    "genre": "record of conversation (page; English abbreviations that do not end sentences, OCR in the English)",
    "about": "Invented: the Soviet ambassador's record of a talk in Washington on Lend-Lease, with a planted number.",
    "page": {
        "date": "May 14, 1945",
        "title": "Record of Conversation of A. A. Gromyko with J. C. Grew",
        "ref": "td-0116",
        "summary": "Grew explains the cut in Lend-Lease shipments after V-E Day; Gromyko protests the unloading of ships at sea.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹1›ЗАПИСЬ БЕСЕДЫ
‹2›посла СССР в США А. А. Громыко с и. о. государственного секретаря США Дж. Грю

‹3›12 мая 1945 г., 15 ч. 00 м.

‹4›Грю сообщил, что в связи с окончанием войны в Европе поставки по ленд-лизу будут сокращены. ‹5›По его словам, суда, уже находящиеся в пути, будут доставлены в СССР, а 16 судов, стоящих под погрузкой в портах США, будут разгружены. ‹6›Я заявил, что такой порядок противоречит Протоколу, подписанному 17 апреля 1945 г., и является, мягко говоря, недружественным актом.

‹7›Грю ответил, что решение принято Президентом Г. Трумэном и ген. Маршаллом, но он готов пересмотреть его в отношении грузов для Дальнего Востока. ‹8›Беседа продолжалась 40 мин.

‹9›А. ГРОМЫКО""",
    "en": """‹1›RECORD OF CONVERSATION
‹2›of the USSR Ambassador in the U.S.A. A. A. Gromyko with the Acting Secretary of State of the U.S.A. J. Grew

‹3›May 12, 1945, 3:00 p.m.

‹4›Grew said that in connection with the end of the war in Europe shipments under Lend-Lease would be cut. ‹5›According to him, the ships already at sea would be delivered to the U.S.S.R., and the 18 ships being loaded in U.S. ports would be unloaded. ‹6›I stated that such a procedure contradicts the Protocol signed on April 17, 1945, and is, to put it mildly, an unfriendly act.

‹7›Grew replied that the decision had been taken by President H. Truman and Gen. Marshall, but that he was ready to reconsider it with regard to cargoes for the Far East. ‹8›The conversation lasted 40 min.

‹9›A. GROMYKO""",
    "required": [
        ("number", ("16", "а 16"), "18 ships", "16 ships in the original, 18 in the translation"),
    ],
    "forbidden": [
        (None, "12 мая 1945 г., 15 ч. 00 м.", "May 12, 1945, 3:00 p.m.", "date and time", ["number", "date"]),
        (None, "17 апреля 1945 г.", "April 17, 1945", "the same date", ["number", "date"]),
        (None, "40 мин.", "40 min.", "a duration", ["number", "date"]),
        (None, "ленд-лизу", "Lend-Lease", "a term", ["term", "name"]),
    ],
    "notes": "Page with English abbreviations inside sentences (U.S.A., U.S.S.R., U.S., Gen., J.) and Russian ones (и. о., Дж., ген., мин.). Planted: 16 -> 18 ships (number).",
}

# A fourth batch, written after the third fixes as a fresh check.

DOCS["t17-page-mixed-scripts-1946"] = {
    "genre": "memorandum (page, translation first; Latin words in the Russian, Russian words in the English)",
    "about": "Invented: a memorandum on UNRRA supplies, with Latin-script words on the Russian side and transliterated terms on the English side.",
    "page": {
        "date": "March 2, 1946",
        "title": "Memorandum of the USSR Ministry of Foreign Trade on UNRRA Supplies to Byelorussia",
        "ref": "td-0117",
        "summary": "UNRRA supplies for Byelorussia and the Ukraine in the first quarter of 1946.",
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›SECRET

‹2›MEMORANDUM

‹3›By March 1, 1946, UNRRA had delivered to Byelorussia 63,000 tons of goods, i.e. about a third of the program for the first half of the year. ‹4›The delay is explained, according to the UNRRA mission, by the shortage of shipping at Constanța. ‹5›Of the 1,800 tractors provided for, 640 have arrived; the kolkhozes (collective farms) of the Minsk and Gomel regions will receive them first. ‹6›The mission insists on the status quo in the distribution of foodstuffs, that is, on distribution through its own inspectors.

‹7›Translator's note: the figures are given as in the original.

‹8›A. KRUTIKOV

‹9›No. 113-s""",
    "ru": """‹1›СЕКРЕТНО

‹2›ПАМЯТНАЯ ЗАПИСКА

‹3›К 1 марта 1946 г. ЮНРРА поставила в Белоруссию 63 тыс. тонн грузов, т. е. около трети программы первого полугодия. ‹4›Задержка объясняется, по данным миссии UNRRA, недостатком тоннажа в Констанце. ‹5›Из предусмотренных 1.800 тракторов прибыло 460; их получат в первую очередь колхозы Минской и Гомельской областей. ‹6›Миссия настаивает на сохранении status quo в распределении продовольствия, т. е. на распределении через своих инспекторов.

‹8›А. КРУТИКОВ

‹9›№ 113-с""",
    "required": [
        ("number", "460", "640", "460 tractors arrived in the original, 640 in the translation"),
    ],
    "forbidden": [
        (None, "К 1 марта 1946 г.", "By March 1, 1946", "the same date", ["number", "date"]),
        (None, "63 тыс. тонн", "63,000 tons", "тыс.", ["number"]),
        (None, "около трети", "about a third", "a fraction", ["number"]),
        (None, "первого полугодия", "first half of the year", "an ordinal period", ["number", "date"]),
        (None, "1.800 тракторов", "1,800 tractors", "thousands dot", ["number"]),
        (
            None,
            ("status quo", "сохранении"),
            ("status quo", "insists on"),
            "Latin words in the Russian",
            ["name", "term", "ocr"],
        ),
        (None, "UNRRA,", None, "Latin acronym in the Russian", ["ocr", "name"]),
        (None, None, "Translator's note:", "a translator's note", ["addition"], "minor"),
        (None, "№ 113-с", "No. 113-s", "registration number", ["number"]),
    ],
    "notes": "Translation-first page; Latin words inside the Russian (UNRRA, status quo), Russian terms in the English (kolkhozes), a translator's note. Planted: 460 -> 640 (digits swapped, number).",
}
DOCS["t17-page-mixed-scripts-1946"]["forbidden"] = [
    f for f in DOCS["t17-page-mixed-scripts-1946"]["forbidden"] if f[1] != "UNRRA,"
]
DOCS["t17-page-mixed-scripts-1946"]["en"] = DOCS["t17-page-mixed-scripts-1946"]["en"].replace(
    "‹7›Translator's note:", "‹u›Translator's note:"
)

DOCS["t18-report-congress-dates-1956"] = {
    "genre": "report (pair; decades, congress ordinals, date ranges across years, dialogue dashes)",
    "about": "Invented: a report on a party meeting, with period expressions of time and a quoted exchange.",
    "ru": """‹1›ЦК КПСС

‹2›О собрании партийного актива Ленинградской области

‹3›Собрание состоялось 31 декабря 1955 г. - 1 января 1956 г. и было посвящено подготовке к XX съезду КПСС. ‹4›В прениях выступило 27 человек, из них 9 - секретари райкомов.
‹5›Ряд ораторов говорил о нарушениях, допущенных в конце 40-х годов. ‹6›Секретарь Выборгского райкома тов. Смирнов сказал: «Мы должны доложить съезду о выполнении пятилетки к 7 ноября». ‹7›На вопрос из зала, почему план по жилью выполнен лишь на 72%, он ответил: - Виноваты смежники.
‹8›Собрание приняло обращение к коммунистам области (см. приложение). ‹u›Обращение будет опубликовано в газете «Ленинградская правда».

‹9›Секретарь обкома
‹10›Ф. КОЗЛОВ""",
    "en": """‹1›CC CPSU

‹2›On the meeting of the party activists of the Leningrad Region

‹3›The meeting took place on December 31, 1955 - January 1, 1956 and was devoted to the preparations for the 20th Congress of the CPSU. ‹4›In the debate 27 people spoke, of them 9 secretaries of district committees.
‹5›A number of speakers spoke of the violations committed in the late 1940s. ‹6›The secretary of the Vyborg district committee, Cde. Smirnov, said: "We must report to the Congress on the fulfilment of the five-year plan by November 7." ‹7›To a question from the floor as to why the housing plan had been fulfilled only by 27 per cent, he replied: "The suppliers are to blame."
‹8›The meeting adopted an appeal to the communists of the region (see appendix).

‹9›Secretary of the Regional Committee
‹10›F. KOZLOV""",
    "required": [
        ("number", "72%", "27 per cent", "72% in the original, 27 per cent in the translation"),
        (
            "omission",
            "Обращение будет опубликовано",
            None,
            "the translation leaves out the sentence on the newspaper",
        ),
    ],
    "forbidden": [
        (
            None,
            "31 декабря 1955 г. - 1 января 1956 г.",
            "December 31, 1955 - January 1, 1956",
            "a range across years",
            ["number", "date"],
        ),
        (None, "XX съезду", "20th Congress", "a Roman ordinal", ["number"]),
        (None, "27 человек", "27 people", "the same count", ["number"]),
        (None, "из них 9", "of them 9", "the same count", ["number"]),
        (None, "в конце 40-х годов", "in the late 1940s", "a decade", ["number", "date"]),
        (None, "к 7 ноября", "by November 7", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: 72% -> 27 per cent (number); the sentence on publication left out (omission). Traps: a date range across two years, XX съезд, 40-х годов = 1940s, a dialogue dash, (см. приложение).",
}

DOCS["t19-telegram-ocr-garbles-1952"] = {
    "genre": "ciphered telegram (pair; OCR garbles on both sides)",
    "about": "Invented: a telegram on a fishing agreement, with OCR garbles on both sides and a planted OCR slip and date.",
    "ru": """‹u›Из ТОКИО       Отправлено 14.VI.52 г. 21 ч. 05 м.

‹1›СОВ. СЕКРЕТНО

‹2›МОСКВА, МИД СССР, тов. Вышинскому А. Я.

‹3›Японская сторона 0бъявила, что рыболовные суда не будут заходить в район южнее 45-й параллели до 1 сентября. ‹4›Представитель министерства сельского хозяйства Японии сообщил, что в этом районе работают 6ыло до 300 судов. ‹5›Он просил передать, что японское правительство готово начать переговоры в Токио во второй половине июля.

‹6›Прошу указаний.

‹7›ЗАБРОДИН""",
    "en": """‹1›TOP SECRET

‹2›MOSCOW, USSR MINISTRY OF FOREIGN AFFAIRS, to Cde. A. Y. Vyshinsky

‹3›The Japanese side has announced that fishing vessels will not enter the area south of the 45th parallel until September 1. ‹4›The representative of the Japanese Ministry of Agriculture said that up to 300 vessels had been working in this area. ‹5›He asked me to convey that the Japanese Governrnent is ready to begin negotiations in Tokyo in the first half of July.

‹6›I request instructions.

‹7›ZABRODIN""",
    "required": [
        (
            "date",
            "во второй половине июля",
            "in the first half of July",
            "the second half of July is given as the first half",
        ),
        ("ocr", "6ыло", None, "'6ыло' has the figure 6 for the letter б"),
    ],
    "expected": [
        ("ocr", "0бъявила", None, "'0бъявила' has the figure 0 for the letter О"),
    ],
    "forbidden": [
        (None, "45-й параллели", "45th parallel", "an ordinal", ["number"]),
        (None, "до 1 сентября", "until September 1", "the same date", ["number", "date"]),
        (None, "до 300 судов", "up to 300 vessels", "the same bound", ["number"]),
        (None, "0бъявила", None, "an OCR garble is no number", ["number"]),
        (None, "6ыло", None, "an OCR garble is no number", ["number"]),
        (None, None, "Governrnent", "OCR 'rn' for 'm'", ["addition", "name", "term", "number"]),
        (None, "Из ТОКИО", None, "dispatch line", ["omission", "number", "date"], "minor"),
    ],
    "notes": "Planted: во второй половине июля -> in the first half of July (date); '6ыло' (ocr). Traps: figures for letters (0бъявила, 6ыло) are no numbers, 'Governrnent'.",
}

DOCS["t20-page-footnotes-frus-1944"] = {
    "genre": "personal message in a FRUS-style printing (page, footnote marks glued on both sides, an editorial page mark inside a paragraph)",
    "about": "Invented: Stalin to Roosevelt on the Polish question, printed with footnotes and page marks.",
    "page": {
        "date": "December 27, 1944",
        "title": "Personal and Secret Message from Premier J. V. Stalin to President F. D. Roosevelt on Poland",
        "ref": "td-0120",
        "summary": "Stalin informs Roosevelt that the Soviet government will recognize the Provisional Government of Poland.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 369, лл. 112-114.

‹1›ЛИЧНО И СЕКРЕТНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Ф. РУЗВЕЛЬТУ

‹2›Ваше послание от 20 декабря получил¹. ‹3›Должен сказать, что Польский Комитет Национального Освобождения 31 декабря преобразуется во Временное Правительство Польши. ‹4›Советское Правительство не видит возможности не признать его, так как оно пользуется поддержкой большинства населения и 4 армий, действующих вместе с Красной Армией².

‹5›Я имею в виду, что г-н Миколайчик и его друзья за последние три месяца лишь помешали делу. ‹6›Надеюсь, что Вы поймете нашу позицию.

‹7›¹ Послание от 20 декабря 1944 г. см. в документе № 247.
‹8›² Речь идет о 1-й и 2-й армиях Войска Польского и двух польских дивизиях.

‹9›27 декабря 1944 года.""",
    "en": """‹1›PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO PRESIDENT F. ROOSEVELT

‹2›I have received your message of December 20.1 ‹3›I must say that the Polish Committee of National Liberation will be transformed into the Provisional Government of Poland on December 31. ‹4›The Soviet Government sees no possibility of not recognizing it, since it enjoys the support of the majority of the population and of the 4 armies fighting together with the Red Army.2

‹5›I have in mind that Mr. Mikołajczyk and his friends have [Page 718] only hindered matters over the last three months. ‹6›I hope you will understand our position.

‹7›1 For the message of December 20, 1944, see document No. 247.
‹8›2 The reference is to the 1st and 2nd Armies of the Polish Army and two Polish divisions.

‹9›December 27, 1944""",
    "required": [],
    "forbidden": [
        (
            None,
            "от 20 декабря получил¹",
            "of December 20.1",
            "a footnote mark glued to a date on both sides",
            ["number", "date"],
        ),
        (None, "31 декабря преобразуется", "on December 31", "the same date", ["number", "date"]),
        (None, "4 армий", "4 armies", "the same count", ["number"]),
        (None, "Армией²", "Army.2", "footnote marks", ["number"]),
        (None, "три месяца", "three months", "the same duration", ["number"]),
        (
            None,
            None,
            "[Page 718]",
            "an editorial page mark inside a sentence",
            ["number", "addition"],
            "minor",
        ),
        (
            None,
            "¹ Послание от 20 декабря 1944 г.",
            "1 For the message of December 20, 1944",
            "footnote on both sides",
            ["number", "date", "omission", "addition"],
        ),
        (None, "№ 247", "No. 247", "document number", ["number"]),
        (None, "1-й и 2-й армиях", "1st and 2nd Armies", "ordinals", ["number"]),
        (None, "27 декабря 1944 года.", "December 27, 1944", "date line", ["number", "date"]),
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Faithful page with footnote marks glued to the sentence ends on both sides (получил¹. / December 20.1), footnotes on both sides, an editor's page mark [Page 718] inside a sentence of the English.",
}

# A fifth batch: numbers and dates a translator writes in other words, apparatus of the English edition.

DOCS["t21-report-numbers-in-words-1957"] = {
    "genre": "report (pair; numbers rendered in other words, the English edition's apparatus)",
    "about": "Invented: a report on aid to Egypt with numbers the translator writes in other words.",
    "ru": """‹1›СЕКРЕТНО

‹2›ЦК КПСС

‹3›В течение двух недель в Александрию прибыло 12 судов с грузами для Египта. ‹4›Поставлено двадцать с лишним тысяч тонн пшеницы и 250 тыс. тонн нефтепродуктов. ‹5›Стоимость поставок составила 2,5 млрд. рублей, т.е. около четверти общего объема помощи.
‹6›Египетская сторона просит направить 3-4 группы специалистов по 25-30 человек на полгода. ‹7›Срок строительства плотины оценивается в полтора года. ‹8›Стоимость работ первой очереди - 8 400 тыс. фунтов.

‹9›Отправлено 5-го числа, в воскресенье.

‹10›Д. ШЕПИЛОВ""",
    "en": """‹u›Original in Russian.

‹1›SECRET

‹2›CC CPSU

‹3›In the course of a fortnight a dozen ships with cargoes for Egypt arrived in Alexandria. ‹4›Twenty-odd thousand tons of wheat and a quarter of a million tons of oil products were delivered. ‹5›The value of the deliveries came to 2.5 billion rubles, i.e. about one fourth of the total volume of aid.
‹6›The Egyptian side asks that three to four groups of specialists of between 25 and 30 people each be sent for half a year. ‹7›The term for building the dam is estimated at a year and a half. ‹8›The cost of the work of the first stage is 8,400 thousand pounds.

‹9›Sent on the 5th, a Sunday.

‹10›(Signed) D. SHEPILOV

‹u›Translated by the State Department's Division of Language Services.""",
    "required": [],
    "forbidden": [
        (None, "двух недель", "a fortnight", "two weeks = a fortnight", ["number", "date"]),
        (None, "12 судов", "a dozen ships", "12 = a dozen", ["number"]),
        (None, "двадцать с лишним тысяч", "Twenty-odd thousand", "twenty-odd", ["number"]),
        (None, "250 тыс. тонн", "a quarter of a million tons", "a quarter of a million", ["number"]),
        (None, "2,5 млрд. рублей", "2.5 billion rubles", "млрд.", ["number"]),
        (None, "около четверти", "about one fourth", "a fraction", ["number"]),
        (None, "3-4 группы", "three to four groups", "a range in words", ["number"]),
        (None, "по 25-30 человек", "between 25 and 30 people", "a range", ["number"]),
        (None, "на полгода", "for half a year", "half a year", ["number", "date"]),
        (None, "в полтора года", "a year and a half", "a year and a half", ["number", "date"]),
        (None, "первой очереди", "first stage", "an ordinal", ["number"]),
        (None, "8 400 тыс. фунтов", "8,400 thousand pounds", "a space as thousands separator", ["number"]),
        (None, "5-го числа", "on the 5th", "a day of the month", ["number", "date"]),
        (None, None, "Original in Russian.", "an edition's note", ["addition"], "minor"),
        (None, None, "Translated by the State Department's", "a translation credit", ["addition"], "minor"),
        (None, None, "(Signed)", "an edition's signature mark", ["addition"], "minor"),
    ],
    "notes": "Faithful: numbers in other words (a fortnight, a dozen, twenty-odd thousand, a quarter of a million, one fourth, three to four, between 25 and 30, half a year, a year and a half), 8 400 with a space, the edition's notes in the English.",
}

DOCS["t22-telegram-dates-in-words-1953"] = {
    "genre": "ciphered telegram (pair; dates a translator writes in other words)",
    "about": "Invented: a telegram on the armistice talks at Panmunjom with dates in other words and a planted date.",
    "ru": """‹1›СОВ. СЕКРЕТНО

‹2›ШИФРТЕЛЕГРАММА

‹3›Из ПХЕНЬЯНА

‹4›Переговоры в Пханмунчжоне возобновятся 26 апреля, в воскресенье. ‹5›Обмен больными и ранеными пленными закончился 3 мая. ‹6›Корейские товарищи предлагают подписать соглашение к 30-летию... ‹u›Впрочем, срок пока не определен.
‹7›Вторая сессия комиссии намечена на 1953 г. ‹8›Поездка тов. Ким Ир Сена в Москву переносится с 1 на 15 июля.

‹9›СУЗДАЛЕВ""",
    "en": """‹1›TOP SECRET

‹2›CIPHERED TELEGRAM

‹3›From PYONGYANG

‹4›The negotiations at Panmunjom will resume on Sunday, April 26. ‹5›The exchange of sick and wounded prisoners ended on May 3. ‹6›The Korean comrades propose that the agreement be signed by the 30th anniversary...

‹7›The second session of the commission is planned for 1953. ‹8›Comrade Kim Il Sung's trip to Moscow is being moved from July 1 to July 25.

‹9›SUZDALEV""",
    "required": [
        ("date", ("15 июля", "переносится"), "July 25", "15 июля is given as July 25"),
        (
            "omission",
            "Впрочем, срок пока не определен.",
            None,
            "the translation leaves out the sentence on the date not yet fixed",
        ),
    ],
    "forbidden": [
        (None, "26 апреля, в воскресенье", "on Sunday, April 26", "a weekday and a date", ["number", "date"]),
        (None, "3 мая", "May 3", "the same date", ["number", "date"]),
        (None, "30-летию", "30th anniversary", "an anniversary", ["number"]),
        (None, "1953 г.", "for 1953", "the same year", ["number", "date"]),
        (None, "Вторая сессия", "The second session", "an ordinal", ["number"]),
    ],
    "notes": "Planted: с 1 на 15 июля -> from July 1 to July 25 (date); a short sentence after an ellipsis left out (omission). Traps: a weekday with its date, 30-летие = 30th anniversary, ellipsis inside a paragraph.",
}

# A sixth batch: designations with calibres, treaty articles, military unit numbers, dates in figures.

DOCS["t23-order-weapons-designations-1951"] = {
    "genre": "order (pair; weapon designations and calibres, treaty articles, unit numbers)",
    "about": "Invented: an order on weapons deliveries to the Chinese army with designations, calibres and a planted number.",
    "ru": """‹1›СОВ. СЕКРЕТНО
‹2›Экз. № 2

‹3›ПРИКАЗ
‹4›ВОЕННОГО МИНИСТРА СССР
‹5›№ 0087 от 24/VI-51 г.

‹6›В соответствии со ст. 5 Соглашения от 14.II.50 г.

‹7›ПРИКАЗЫВАЮ:

‹8›1. Передать НОАК до 15.XII с.г. 120 самолетов МиГ-15бис, 300 танков Т-34-85 и 96 152-мм гаубиц.
‹9›2. Командиру в/ч 52817 отгрузить 7,62-мм патроны в количестве 4 млн. штук в период 1-2 сентября.
‹10›3. Отчет о выполнении представить к 01.01.1952.

‹11›ВОЕННЫЙ МИНИСТР СССР
‹12›Маршал Советского Союза А. ВАСИЛЕВСКИЙ

‹u›Отп. в 3 экз.
‹u›ЦАМО РФ, ф. 16, оп. 3139, д. 173, л. 8 об.""",
    "en": """‹1›TOP SECRET
‹2›Copy No. 2

‹3›ORDER
‹4›OF THE MINISTER OF WAR OF THE USSR
‹5›No. 0087 of June 24, 1951

‹6›In accordance with Article 5 of the Agreement of February 14, 1950

‹7›I ORDER:

‹8›1. To transfer to the PLA by December 15 of this year 120 MiG-15bis aircraft, 300 T-34-85 tanks and 69 152 mm howitzers.
‹9›2. The commander of military unit 52817 to ship 7.62 mm cartridges in the amount of 4 million rounds in the period September 1-2.
‹10›3. A report on execution to be submitted by 1 January 1952.

‹11›MINISTER OF WAR OF THE USSR
‹12›Marshal of the Soviet Union A. VASILEVSKY""",
    "required": [
        ("number", "96", "69", "96 howitzers in the original, 69 in the translation"),
    ],
    "forbidden": [
        (None, "Экз. № 2", "Copy No. 2", "copy number", ["number"]),
        (
            None,
            "№ 0087 от 24/VI-51 г.",
            "No. 0087 of June 24, 1951",
            "order number and a date with a Roman month",
            ["number", "date"],
        ),
        (None, "ст. 5", "Article 5", "an article number", ["number"]),
        (None, "14.II.50 г.", "February 14, 1950", "a Roman month", ["number", "date"]),
        (
            None,
            "до 15.XII с.г.",
            "by December 15 of this year",
            "a day and a Roman month",
            ["number", "date"],
        ),
        (None, "120 самолетов", "120 MiG", "the same count", ["number"]),
        (None, "МиГ-15бис", "MiG-15bis", "a designation", ["number"]),
        (None, "300 танков", "300 T-34", "the same count", ["number"]),
        (None, "Т-34-85", "T-34-85", "a designation", ["number"]),
        (None, "152-мм", "152 mm", "a calibre", ["number"]),
        (None, "в/ч 52817", "military unit 52817", "a unit number", ["number"]),
        (None, "7,62-мм", "7.62 mm", "a calibre with a decimal comma", ["number"]),
        (None, "4 млн. штук", "4 million rounds", "млн.", ["number"]),
        (None, "1-2 сентября", "September 1-2", "a range of days", ["number", "date"]),
        (None, "к 01.01.1952", "by 1 January 1952", "a date in figures", ["number", "date"]),
        (None, "Отп. в 3 экз.", None, "copies count", ["omission", "number"], "minor"),
        (None, "ЦАМО РФ, ф. 16", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Planted: 96 -> 69 howitzers (number, next to a calibre 152). Traps: 24/VI-51, ст. 5, 14.II.50, 15.XII, МиГ-15бис, Т-34-85, 152-мм, в/ч 52817, 7,62-мм, 1-2 сентября, 01.01.1952.",
}

DOCS["t24-note-distribution-translated-1958"] = {
    "genre": "note (page; distribution list and certification translated, decades and percent words)",
    "about": "Invented: a note on trade with Yugoslavia; the English edition translates the distribution list.",
    "page": {
        "date": "September 12, 1958",
        "title": "Note of the Department of Balkan Countries on Trade with Yugoslavia",
        "ref": "td-0124",
        "summary": "Trade with Yugoslavia in 1957-1958 and the credit negotiations.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹1›СЕКРЕТНО

‹2›СПРАВКА
‹3›о торговле с Югославией

‹4›Товарооборот с ФНРЮ в 1957 г. составил 1.040 млн. рублей, т.е. на 18 проц. больше, чем в 1956 г. ‹5›В 1920-х гг. торговля между нашими странами практически отсутствовала. ‹6›Переговоры о кредите прерваны 28 мая с.г. по инициативе югославской стороны.

‹7›Зав. Отделом балканских стран МИД СССР
‹8›Ю. ЛЕВЫЧКИН

‹9›Разослано: тт. Громыко, Патоличеву, Кузнецову.""",
    "en": """‹1›SECRET

‹2›INFORMATION NOTE
‹3›on trade with Yugoslavia

‹4›Trade with the FPRY in 1957 amounted to 1,040 million rubles, i.e. 18 per cent more than in 1956. ‹5›In the 1920s there was practically no trade between our countries. ‹6›The negotiations on the credit were broken off on May 28 of this year on the initiative of the Yugoslav side. ‹u›The Yugoslav delegation left Moscow the next day without a final communiqué.

‹7›Head of the Department of Balkan Countries of the USSR MFA
‹8›Yu. LEVYCHKIN

‹9›Distributed to: Cdes. Gromyko, Patolichev, Kuznetsov.""",
    "required": [
        (
            "addition",
            None,
            "The Yugoslav delegation left Moscow",
            "the translation adds a sentence with no original",
        ),
    ],
    "forbidden": [
        (None, "1.040 млн. рублей", "1,040 million rubles", "thousands dot before млн.", ["number"]),
        (None, "18 проц.", "18 per cent", "проц. = per cent", ["number"]),
        (None, "в 1956 г.", "in 1956", "the same year", ["number", "date"]),
        (None, "В 1920-х гг.", "In the 1920s", "a decade", ["number", "date"]),
        (None, "28 мая с.г.", "May 28 of this year", "the same date, с.г.", ["number", "date"]),
    ],
    "notes": "Page with the distribution list translated (linked). Planted: an added sentence on the delegation's departure (addition). Traps: 1.040 млн., 18 проц., 1920-х гг.",
}

# A seventh batch: a page whose English quotes Russian words, abbreviations at sentence ends.

DOCS["t25-page-quoted-russian-1949"] = {
    "genre": "record of conversation (page, translation first, no blank line; Cyrillic quoted in the English)",
    "about": "Invented: a record of a conversation on collective farms in Mongolia; the English quotes Russian terms in Cyrillic.",
    "page": {
        "date": "June 3, 1949",
        "title": "Record of Conversation of Yu. Tsedenbal with Soviet Advisers on Collective Farms",
        "ref": "td-0125",
        "summary": "Tsedenbal asks for advisers on herders' cooperatives; terms are quoted in Russian.",
        "fields": [("Associated Places", "Улан-Батор; Ulaanbaatar (Mongolia)")],
        "contents": ["Translation - English", "Transcription - Russian"],
        "order": ["en", "ru"],
        "sep": "\n",
    },
    "en": """‹1›RECORD OF CONVERSATION
‹2›June 3, 1949
‹3›Tsedenbal said that the herders' cooperatives (in Russian «артели») now number 139, i.e. twice as many as in 1947, etc. ‹4›Nos. 12 and 14 of the regulations, viz. those on fodder, are to be revised. ‹5›He asked for 15 advisers for the aimags, incl. 4 veterinarians.
‹6›— We need people who know the steppe, — he said.
‹7›The conversation lasted 1 hr. 20 min.
‹8›Recorded by V. Pisarev""",
    "ru": """‹1›ЗАПИСЬ БЕСЕДЫ
‹2›3 июня 1949 г.
‹3›Цеденбал сказал, что аратских артелей теперь 139, т. е. вдвое больше, чем в 1947 г., и т. д. ‹4›Пункты 12 и 14 устава, а именно о кормах, надо пересмотреть. ‹5›Он просил 15 советников для аймаков, в т. ч. 4 ветеринаров.
‹6›— Нам нужны люди, знающие степь, — сказал он.
‹7›Беседа продолжалась 1 час 20 мин.
‹8›Записал В. Писарев""",
    "required": [],
    "forbidden": [
        (None, "3 июня 1949 г.", ("June 3, 1949", "RECORD"), "the same date", ["number", "date"]),
        (None, ("139", "артелей"), ("139", "now number"), "the same count", ["number"]),
        (None, "вдвое", "twice", "twice", ["number"]),
        (None, "в 1947 г.", "in 1947", "the same year", ["number", "date"]),
        (None, "Пункты 12 и 14", "Nos. 12 and 14", "item numbers", ["number"]),
        (None, "15 советников", "15 advisers", "the same count", ["number"]),
        (None, "4 ветеринаров", "4 veterinarians", "the same count", ["number"]),
        (None, "1 час 20 мин.", "1 hr. 20 min.", "a duration", ["number", "date"]),
        (None, None, "«артели»", "a Russian word quoted in the English", ["addition", "ocr", "name", "term"]),
    ],
    "notes": "Translation-first page without a blank line; the English quotes a Russian word in Cyrillic; Cyrillic in a header field; abbreviations at sentence ends on both sides (etc., и т. д., incl., в т. ч., hr., min.); dialogue dashes. Faithful.",
}
