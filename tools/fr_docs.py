# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented fr documents of archival-own (read by build_archival_fr.py): a fresh check of the three series.

Six documents in the manner of the development corpus, written after the session's fixes and scored once: two
of the Korean-war series (a ciphered telegram, a record of conversation), two of the Mongolian series (a
Politburo decision, an envoy's report), two of the wartime correspondence (personal and secret messages, one
an archive page with its citation block). Translations are free as published ones are. Every text is invented
(persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["fr01-suzdalev-telegram-cement-1953"] = {
    "genre": "ciphered telegram from the ambassador (pair, OCR'd original with a page break and hyphens)",
    "about": "Invented: the ambassador in Pyongyang reports a request of the Korean government for building materials after the armistice.",
    "ru": """‹u›АВП РФ, ф. 059а, оп. 5, п. 11, д. 27, лл. 88-89.

‹1›ШИФРОВКА

‹2›МОСКВА
‹3›МИД СССР - тов. МОЛОТОВУ

‹4›11 сентября Ким Ир Сен пригласил меня к себе и передал просьбу правительства КНДР о срочной по-
ставке строительных материалов для восстановления Пхеньяна и Хыннама. ‹5›По его словам, до наступления
холодов необходимо восстановить не менее 300 жилых домов и два корпуса городской больницы.

‹6›Корейские товарищи просят поставить в IV квартале с.г. 40 тыс. тонн цемента, 8 тыс. тонн кро-
вельного железа и 25 тыс. кубометров пиленого леса, а также 30 экскаваторов.


‹u›Лист № 2


‹u›89

‹7›Ким Ир Сен сказал, что министр строительства Чон Иль Рён выедет в Москву в конце сентября
для переговоров с Госпланом. ‹8›Он просил также направить в Пхеньян группу советских архитекторов в
составе 12 человек, которые помогли бы составить генеральный план города.

‹9›Считаю просьбу корейских друзей обоснованной. ‹10›Прошу Ваших указаний.

‹11›СУЗДАЛЕВ

‹u›12.IX.53 г.
‹u›№ 412
""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›MOSCOW
‹3›USSR MFA - To Comrade MOLOTOV

‹4›On September 11 Kim Il Sung invited me to see him and passed on the request of the DPRK government for the urgent delivery of building materials to restore Pyongyang and Hungnam. ‹5›According to him, no fewer than 300 dwelling houses and two blocks of the city hospital must be restored before the cold weather sets in.

‹6›The Korean comrades ask for 14,000 tons of cement, 8,000 tons of roofing iron and 25,000 cubic meters of sawn timber, as well as 30 bulldozers, to be delivered in the fourth quarter of this year.

‹7›Kim Il Sung said that the Minister of Construction, Chong Il Ryong, would leave for Moscow at the end of September to negotiate with the State Planning Committee. ‹8›He also asked that a group of twelve Soviet architects be sent to Pyongyang to help draw up a general plan of the city.

‹9›I consider the request of our Korean friends justified. ‹10›I request your instructions.

‹11›SUZDALEV
""",
    "dehyphenated": ["поставке", "кровельного"],
    "required": [
        ("number", "40 тыс. тонн", "14,000 tons", "40,000 tons of cement are given as 14,000"),
        ("term", "экскаваторов", "bulldozers", "экскаваторы (excavators) are given as bulldozers"),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 059а", None, "archive reference", ["omission", "number"], "minor"),
        (None, "11 сентября", "September 11", "the same date", ["number", "date"]),
        (None, "Ким Ир Сен пригласил", "Kim Il Sung invited", "a Korean name", ["name"], "minor"),
        (None, "Хыннама", "Hungnam", "a Korean town in the genitive", ["name"], "minor"),
        (None, "Пхеньяна", ("Pyongyang", "restore Pyongyang"), "a town in the genitive", ["name"], "minor"),
        (None, "тов. МОЛОТОВУ", "To Comrade MOLOTOV", "a name in the dative", ["name"], "minor"),
        (None, "в конце сентября", "at the end of September", "the same month", ["number", "date"]),
        (None, "300 жилых", "300 dwelling", "the same number", ["number"]),
        (None, "два корпуса", "two blocks", "a number in words on both sides", ["number"]),
        (
            None,
            "IV квартале с.г.",
            "fourth quarter of this year",
            "a Roman quarter and с.г.",
            ["number", "date"],
        ),
        (None, "8 тыс. тонн", "8,000 tons", "тыс.", ["number"]),
        (None, "25 тыс. кубометров", "25,000 cubic meters", "тыс.", ["number"]),
        (None, "30 экскаваторов", "30 bulldozers", "the count is right (the term is not)", ["number"]),
        (None, "Лист № 2", None, "a page mark", ["omission", "number"], "minor"),
        (None, "89\n", None, "a sheet number", ["omission", "number"], "minor"),
        (None, "Чон Иль Рён", "Chong Il Ryong", "a Korean name through Russian", ["name"], "minor"),
        (None, "Госпланом", "State Planning Committee", "Gosplan spelt out", ["name", "term"], "minor"),
        (None, "12 человек", "twelve Soviet architects", "a number in words", ["number"]),
        (
            None,
            "Прошу Ваших указаний",
            "I request your instructions",
            "the closing formula",
            ["omission"],
            "minor",
        ),
        (
            None,
            "12.IX.53 г.",
            None,
            "the despatch date, not translated",
            ["omission", "number", "date"],
            "minor",
        ),
        (None, "№ 412", None, "the outgoing number, not translated", ["omission", "number"], "minor"),
        (
            None,
            "Корейские товарищи просят",
            "The Korean comrades ask",
            "the delivery time moved to the end of the sentence",
            ["omission", "addition"],
            "minor",
        ),
    ],
    "notes": "Pair, a ciphered telegram with a sheet break and line-break hyphens. Planted: 40 тыс. тонн -> 14,000 tons (number); экскаваторов -> bulldozers (term). Free: IV квартал с.г., тыс., a number in words, Gosplan spelt out, despatch date and outgoing number untranslated.",
}

DOCS["fr02-record-gromyko-zhang-wentian-1952"] = {
    "genre": "record of conversation (page, translation first, a diary heading and a distribution line)",
    "about": "Invented: a deputy foreign minister receives the Chinese ambassador on the return of wounded Chinese volunteers through Soviet territory.",
    "page": {
        "date": "March 4, 1952",
        "title": "From the Diary of A. A. Gromyko, Record of a Conversation with Ambassador Zhang Wentian",
        "ref": "fr-0202",
        "translator": "D. Wren",
        "summary": "The Chinese ambassador asks that wounded volunteers be carried home through Soviet territory and treated in Soviet hospitals in the Far East. Gromyko promises an answer.",
        "fields": [
            (
                "Associated People & Organizations",
                "Gromyko, Andrei Andreevich, 1909-1989; Zhang, Wentian, 1900-1976; Chinese People's Volunteers",
            ),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›TOP SECRET

‹2›From the diary of A. A. GROMYKO

‹3›RECORD OF CONVERSATION
‹4›with the PRC Ambassador Zhang Wentian

‹5›March 3, 1952

‹6›Today I received Ambassador Zhang Wentian at his request. ‹7›Counselor Dai Ping and the interpreter Shi Zhe were present at the conversation.

‹8›Zhang Wentian said that on instructions from his government he was asking the Soviet government to allow some 2,500 wounded and sick Chinese volunteers to be carried from Korea through Soviet territory by rail to Manchuria every month. ‹9›The Chinese hospitals in Andong and Shenyang are overcrowded.

‹10›The ambassador also asked whether 400 seriously wounded men might be treated in Soviet military hospitals in Voroshilov and Khabarovsk. ‹11›The Chinese side would pay all the costs.

‹12›I told Zhang Wentian that I would report his request to the Soviet government and give him an answer within ten days.

‹13›The conversation lasted 40 minutes.

‹14›A. GROMYKO""",
    "ru": """‹u›АВП РФ, ф. 0100, оп. 45, п. 362, д. 11, л. 17.

‹1›СОВЕРШЕННО СЕКРЕТНО
‹u›Экз. № 2

‹2›Из дневника ГРОМЫКО А. А.

‹3›ЗАПИСЬ БЕСЕДЫ
‹4›с Послом КНР Чжан Вэнь-тянем

‹5›3 марта 1952 года

‹6›Сегодня принял по его просьбе Посла Чжан Вэнь-тяня. ‹7›При беседе присутствовали советник Посольства Дай Пин и переводчик Ши Чжэ.

‹8›Чжан Вэнь-тянь заявил, что по поручению своего правительства он просит Советское правительство разрешить ежемесячно перевозить по железной дороге через советскую территорию из Кореи в Маньчжурию около 2.500 раненых и больных китайских добровольцев, поскольку пропускная способность линии Синыйчжу - Аньдун недостаточна. ‹9›Китайские госпитали в Аньдуне и Шэньяне переполнены.

‹10›Посол просил также разрешить лечение 600 тяжелораненых в советских военных госпиталях в Ворошилове и Хабаровске. ‹11›Все расходы китайская сторона берет на себя.

‹12›Я ответил Чжан Вэнь-тяню, что доложу его просьбу Советскому правительству и дам ответ в течение десяти дней.

‹13›Беседа продолжалась 40 минут.

‹14›А. ГРОМЫКО

‹u›Разослано: т. Сталину, т. Молотову, т. Булганину.""",
    "required": [
        (
            "omission",
            "поскольку пропускная способность",
            None,
            "the reason (the Sinuiju-Andong line cannot carry the traffic) is not translated",
        ),
        ("number", "600 тяжелораненых", ("400", "whether 400"), "600 seriously wounded are given as 400"),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0100", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Экз. № 2", None, "a copy number", ["omission", "number"], "minor"),
        (None, "3 марта 1952 года", "March 3, 1952", "the same date", ["number", "date"]),
        (None, "ГРОМЫКО А. А.", "A. A. GROMYKO", "initials moved", ["name"], "minor"),
        (
            None,
            "Чжан Вэнь-тянем",
            ("Zhang Wentian", "Ambassador Zhang Wentian\n"),
            "a Chinese name in Palladius, hyphenated and in the instrumental, given in pinyin",
            ["name"],
            "minor",
        ),
        (None, "Дай Пин", "Dai Ping", "a Chinese name", ["name"], "minor"),
        (
            None,
            "Посла Чжан Вэнь-тяня",
            "Ambassador Zhang Wentian at",
            "a Chinese name in the genitive",
            ["name"],
            "minor",
        ),
        (None, "Маньчжурию", "Manchuria", "a region in the accusative", ["name"], "minor"),
        (None, "Хабаровске", "Khabarovsk", "a town in the locative", ["name"], "minor"),
        (None, "Ши Чжэ", "Shi Zhe", "a Chinese name", ["name"], "minor"),
        (None, "советник Посольства", "Counselor", "the embassy's counsellor", ["title"], "minor"),
        (None, "2.500", "2,500", "thousands dot", ["number"]),
        (
            None,
            "ежемесячно",
            "every month",
            "an adverb moved to the end (the sentence also holds the planted omission, so only a term finding is forbidden)",
            ["term"],
            "minor",
        ),
        (
            None,
            "Аньдуне и Шэньяне",
            "Andong and Shenyang",
            "Chinese towns in the locative",
            ["name"],
            "minor",
        ),
        (None, "Ворошилове", "Voroshilov", "a town in the locative", ["name"], "minor"),
        (None, "десяти дней", "ten days", "a number in words", ["number"]),
        (None, "40 минут", ("40 minutes", "lasted 40 minutes"), "the same number", ["number"]),
        (
            None,
            "Разослано: т. Сталину",
            None,
            "the distribution line",
            ["omission", "name"],
            "minor",
        ),
        (
            None,
            "Сегодня принял",
            "Today I received",
            "the subject added in English",
            ["addition"],
            "minor",
        ),
    ],
    "notes": "Page, translation first. Planted: the clause «поскольку пропускная способность линии Синыйчжу - Аньдун недостаточна» dropped (omission; it holds names but no number); 600 тяжелораненых -> 400 (number). Free: Chinese names in Palladius with hyphens and case endings given in pinyin, 2.500, десяти in words, a copy number, a distribution line.",
}

DOCS["fr03-politburo-mpr-veterinarians-1948"] = {
    "genre": "Politburo decision (pair, an extract with numbered points, a distribution line and Верно:)",
    "about": "Invented: the Politburo sends veterinary detachments to the MPR against an outbreak of foot-and-mouth disease.",
    "ru": """‹1›Строго секретно

‹2›ВСЕСОЮЗНАЯ КОММУНИСТИЧЕСКАЯ ПАРТИЯ (большевиков). ЦЕНТРАЛЬНЫЙ КОМИТЕТ

‹u›№ П63/140

‹u›тт. Бенедиктову, Меньшикову - все.

‹3›Выписка из протокола № 63 заседания Политбюро ЦК ВКП(б)
‹4›Решение от 22 мая 1948 г.

‹5›140. - О помощи Монгольской Народной Республике в борьбе с ящуром.

‹6›1. Удовлетворить просьбу правительства МНР и направить в МНР в июне 1948 г. шесть ветеринарных отрядов общей численностью 45 человек сроком на четыре месяца.

‹7›2. Обязать Министерство сельского хозяйства СССР (т. Бенедиктов) выделить для отрядов 300 тыс. доз вакцины, дезинфекционные средства и 12 грузовых автомашин.

‹8›3. Расходы по содержанию отрядов отнести за счет средств, предусмотренных на оказание технической помощи МНР в 1948 г.

‹9›4. Поручить Министерству внешней торговли (т. Меньшиков) договориться с правительством МНР о порядке оплаты вакцины.

‹10›СЕКРЕТАРЬ ЦК

‹u›Верно:
""",
    "en": """‹1›Strictly Secret

‹2›ALL-UNION COMMUNIST PARTY (Bolsheviks). CENTRAL COMMITTEE

‹3›Excerpt from Protocol No. 63 of the Meeting of the Politburo of the CC VKP(b)
‹4›Decision of May 22, 1948

‹5›140. On aid to the Mongolian People's Republic in combating foot-and-mouth disease.

‹6›1. To grant the request of the government of the MPR and to send to the MPR in June 1948 six veterinary detachments with a total strength of 45 men for a term of four months.

‹7›2. The USSR Ministry of Agriculture (Cde. Benediktov) is to allot to the detachments 300,000 doses of vaccine, disinfectants and 12 trucks, and to deliver them to Ulan Bator by air.

‹8›3. The cost of maintaining the detachments is to be met from the funds provided for technical assistance to the MPR in 1949.

‹9›4. To instruct the Ministry of Foreign Trade (Cde. Menshikov) to agree with the government of the MPR on the terms of payment for the vaccine.

‹10›SECRETARY OF THE CC
""",
    "required": [
        (
            "addition",
            None,
            "and to deliver them to Ulan Bator by air",
            "the clause on delivery to Ulan Bator by air is not in the decision",
        ),
        (
            "date",
            ("1948 г.", "помощи МНР в 1948 г."),
            ("1949", "MPR in 1949"),
            "the funds for 1948 are given as 1949",
        ),
    ],
    "forbidden": [
        (None, "№ П63/140", None, "protocol item number (untranslated)", ["omission", "number"], "minor"),
        (None, "тт. Бенедиктову, Меньшикову", None, "the distribution line", ["omission", "name"], "minor"),
        (None, "протокола № 63", "Protocol No. 63", "protocol number", ["number"]),
        (None, "22 мая 1948 г.", "May 22, 1948", "the same date", ["number", "date"]),
        (None, "140. -", "140.", "item number with a dash", ["number"]),
        (None, "в июне 1948 г.", "in June 1948", "the same month", ["number", "date"]),
        (None, "шесть ветеринарных", "six veterinary", "a number in words", ["number"]),
        (None, "45 человек", "45 men", "the same number", ["number"]),
        (None, "четыре месяца", "four months", "a number in words", ["number"]),
        (
            None,
            "Обязать Министерство",
            "is to allot",
            "Обязать rendered 'is to'",
            ["term", "omission"],
            "minor",
        ),
        (None, "300 тыс. доз", "300,000 doses", "тыс.", ["number"]),
        (None, "12 грузовых автомашин", "12 trucks", "the same count", ["number"]),
        (None, "(т. Бенедиктов)", "(Cde. Benediktov)", "т. = Cde.", ["name", "title"], "minor"),
        (None, "(т. Меньшиков)", "(Cde. Menshikov)", "т. = Cde.", ["name", "title"], "minor"),
        (None, "Верно:", None, "the certification mark", ["omission"], "minor"),
        (None, "ящуром", "foot-and-mouth disease", "a disease in the instrumental", ["term"], "minor"),
    ],
    "notes": "Pair, a Politburo extract. Planted: the clause 'and to deliver them to Ulan Bator by air' added (addition, a name but no number in it); в 1948 г. -> 1949 for the funds (date). Free: protocol item number, distribution line, Обязать = is to, тыс., numbers in words, Верно:.",
}

DOCS["fr04-report-envoy-drought-gobi-1951"] = {
    "genre": "envoy's report (page, Russian first, a report to the minister with copies and executor)",
    "about": "Invented: the Soviet envoy in Ulan Bator reports on losses of livestock in a drought in the southern aimags.",
    "page": {
        "date": "August 20, 1951",
        "title": "Report of the Soviet Envoy in the MPR to A. Ya. Vyshinsky on the Drought in the Southern Aimags",
        "ref": "fr-0404",
        "translator": "H. Marsh",
        "summary": "The envoy reports the losses of livestock in the drought, the Mongolian government's measures and its request for hay and fodder grain.",
        "fields": [
            ("Associated Places", "Mongolia; Ulan Bator (Mongolia); Gobi Desert"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АВП РФ, ф. 0111, оп. 33, п. 170, д. 6, лл. 52-54.

‹1›Секретно
‹u›Экз. № 1

‹2›МИНИСТРУ ИНОСТРАННЫХ ДЕЛ СССР
‹3›товарищу ВЫШИНСКОМУ А. Я.

‹4›Докладываю, что в результате засухи, продолжающейся с начала мая, в Южно-Гобийском, Восточно-Гобийском и Средне-Гобийском аймаках создалось тяжелое положение с кормами. ‹5›По данным Министерства животноводства МНР, на 15 августа с.г. пало около 180 тыс. голов скота, главным образом овец и коз. ‹u›Трава на пастбищах выгорела почти полностью.

‹7›Правительство МНР приняло решение о перегоне 1,2 млн. голов скота в Хэнтэйский и Архангайский аймаки. ‹8›Перегон ведется силами аратов под руководством аймачных уполномоченных; ‹9›для охраны стад выделены подразделения пограничных войск. ‹10›Заместитель Премьер-Министра т. Сурэнжав выехал в Даланзадгад для руководства работами на месте.

‹11›Тов. Цеденбал в беседе со мной 17 августа просил передать Советскому правительству просьбу о поставке в сентябре - октябре 20 тыс. тонн сена и 5 тыс. тонн фуражного зерна. ‹12›Считал бы возможным эту просьбу поддержать.

‹13›ПОСЛАННИК СССР В МНР
‹14›Г. ИВАНОВ

‹u›Отп. 4 экз.
‹u›Исп. Кузнецов
‹u›20.VIII.51 г.""",
    "en": """‹1›Secret

‹2›TO THE MINISTER OF FOREIGN AFFAIRS OF THE USSR
‹3›Comrade A. Ya. VYSHINSKY

‹4›I report that as a result of the drought that has lasted since early May, a grave fodder situation has arisen in the Dornogobi, East Gobi and Middle Gobi aimags. ‹5›According to the MPR Ministry of Livestock, some 180,000 head of livestock, chiefly sheep and goats, had perished by August 15 of this year.

‹7›The MPR government has decided to drive 1.2 million head of livestock to the Khentei and Arkhangai aimags. ‹8›The drive is being carried out by the arats under the direction of aimag plenipotentiaries, and ‹9›units of the border troops have been assigned to guard the herds. ‹10›Deputy Premier Surenjav has left for Dalanzadgad to direct the work on the spot.

‹11›In a conversation with me on August 17, Cde. Tsedenbal asked me to pass on to the Soviet government a request for the delivery in September-October of 20,000 tons of hay and 5,000 tons of fodder grain. ‹12›I would consider it possible to support this request.

‹13›USSR ENVOY TO THE MPR
‹14›G. IVANOV""",
    "required": [
        (
            "name",
            "Южно-Гобийском",
            "Dornogobi",
            "the South Gobi aimag (Ömnögovi) is given as Dornogobi, the East Gobi aimag",
        ),
        (
            "omission",
            "Трава на пастбищах выгорела",
            None,
            "the sentence on the burnt-out pastures is not translated",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0111", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Экз. № 1", None, "a copy number", ["omission", "number"], "minor"),
        (None, "ВЫШИНСКОМУ А. Я.", "A. Ya. VYSHINSKY", "initials moved, the dative", ["name"], "minor"),
        (None, "с начала мая", "since early May", "the same month", ["number", "date"]),
        (None, "Восточно-Гобийском", "East Gobi", "an aimag name as an adjective", ["name"], "minor"),
        (None, "Средне-Гобийском", "Middle Gobi", "an aimag name as an adjective", ["name"], "minor"),
        (None, "15 августа с.г.", "August 15 of this year", "с.г.", ["number", "date"]),
        (None, "180 тыс. голов", "180,000 head", "тыс.", ["number"]),
        (None, "1,2 млн. голов", "1.2 million head", "decimal comma", ["number"]),
        (
            None,
            "Хэнтэйский и Архангайский",
            "Khentei and Arkhangai",
            "aimag names as adjectives",
            ["name"],
            "minor",
        ),
        (
            None,
            "для охраны стад",
            "and units of the border troops",
            "two clauses after ';' joined by 'and'",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "Заместитель Премьер-Министра",
            "Deputy Premier",
            "the same office shortened",
            ["title"],
            "minor",
        ),
        (None, "Сурэнжав", "Surenjav", "a Mongolian name", ["name"], "minor"),
        (
            None,
            "Тов. Цеденбал",
            "Cde. Tsedenbal",
            "a Mongolian name, Тов. = Cde.",
            ["name", "title"],
            "minor",
        ),
        (None, "ПОСЛАННИК СССР В МНР", "USSR ENVOY TO THE MPR", "the envoy's title", ["title"], "minor"),
        (None, "Г. ИВАНОВ", "G. IVANOV", "a signature", ["name"], "minor"),
        (None, "Даланзадгад", "Dalanzadgad", "a town in the accusative", ["name"], "minor"),
        (None, "17 августа", "August 17", "the same date", ["number", "date"]),
        (None, "сентябре - октябре", "September-October", "a month range", ["number", "date"]),
        (None, "20 тыс. тонн", "20,000 tons", "тыс.", ["number"]),
        (None, "5 тыс. тонн", "5,000 tons", "тыс.", ["number"]),
        (None, "Считал бы возможным", "I would consider", "the envoy's formula", ["omission"], "minor"),
        (None, "Отп. 4 экз.", None, "copies count", ["omission", "number"], "minor"),
        (None, "Исп. Кузнецов", None, "the executor", ["omission", "name"], "minor"),
        (None, "20.VIII.51 г.", None, "the typing date", ["omission", "number", "date"], "minor"),
    ],
    "notes": "Page, Russian first. Planted: Южно-Гобийском -> Dornogobi (name of another aimag); the short sentence «Трава на пастбищах выгорела почти полностью.» dropped (omission, no number, no name). Free: two clauses after ';' joined, aimag names as adjectives, тыс., 1,2 млн., с.г., copies, executor and typing date.",
}

DOCS["fr05-stalin-roosevelt-1943-07-09"] = {
    "genre": "personal and secret message (archive page with a citation block, Russian first, with the archive reference)",
    "about": "Invented: Stalin answers Roosevelt on aircraft deliveries by the Alaska-Siberia route and on a meeting of the chiefs of staff.",
    "page": {
        "date": "July 9, 1943",
        "title": "Personal and Secret Message from Premier J. V. Stalin to President F. D. Roosevelt",
        "ref": "fr-0505",
        "translator": "R. Ashworth",
        "summary": "Stalin thanks Roosevelt for the aircraft sent by the Alaska-Siberia route, asks for more bombers and agrees to a meeting of military representatives in Moscow.",
        "fields": [
            (
                "Associated People & Organizations",
                "Stalin, Joseph, 1878-1953; Roosevelt, Franklin D. (Franklin Delano), 1882-1945",
            ),
            ("Associated Places", "Alaska; Siberia (Russia); Moscow (Russia)"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 367, л. 112.

‹1›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Ф. Д. РУЗВЕЛЬТУ

‹2›Ваше послание от 5 июля получил.

‹3›Благодарю Вас за самолеты, переправленные в июне по трассе Аляска - Сибирь. ‹4›Из 210 самолетов, прибывших в Красноярск, 160 уже направлены на фронт, а остальные будут направлены в течение ближайших двух недель. ‹5›Наши летчики хорошо отзываются о самолетах «Аэрокобра».

‹6›Вместе с тем должен сказать, что нам особенно нужны средние бомбардировщики. ‹7›Было бы очень важно, если бы в августе и сентябре поставки бомбардировщиков Б-25 были увеличены до 100 машин в месяц.

‹8›Что касается Вашего предложения о встрече военных представителей, то Советское Правительство согласно, чтобы такая встреча состоялась в Москве в начале сентября. ‹9›С советской стороны в ней примет участие генерал-полковник Антонов.

‹10›Примите мои наилучшие пожелания.

‹11›И. СТАЛИН

‹12›9 июля 1943 года.""",
    "en": """‹1›PERSONAL AND SECRET MESSAGE FROM PREMIER J. V. STALIN TO PRESIDENT MR. F. D. ROOSEVELT

‹2›I have received your message of July 5.

‹3›I thank you for the aircraft ferried in June by the Alaska-Siberia route. ‹4›Of the 210 aircraft that reached Krasnoyarsk, 160 have already been sent to the front and the rest will be sent within the next two weeks; ‹5›our fliers speak well of the Airacobras.

‹6›At the same time I must say that we are particularly in need of medium bombers. ‹7›It would be very important if in August and September the deliveries of B-25 bombers were raised to 100 machines a month, since the heavy fighting on the Kursk salient is costing us many aircraft.

‹8›As to your proposal for a meeting of military representatives, the Soviet Government agrees that such a meeting should take place in Moscow at the beginning of October. ‹9›On the Soviet side it will be attended by Lieutenant-General Antonov.

‹10›Best wishes.

‹11›J. STALIN

‹12›July 9, 1943.""",
    "required": [
        (
            "addition",
            None,
            "since the heavy fighting on the Kursk salient",
            "the reason on the fighting at Kursk is not in the message",
        ),
        ("date", "в начале сентября", "beginning of October", "early September is given as early October"),
        (
            "title",
            "генерал-полковник",
            "Lieutenant-General",
            "генерал-полковник (Colonel-General) is given as Lieutenant-General",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (None, "И. В. СТАЛИНА", "J. V. STALIN", "initials", ["name"], "minor"),
        (None, "г-ну Ф. Д. РУЗВЕЛЬТУ", "MR. F. D. ROOSEVELT", "г-ну = Mr., the dative", ["name"], "minor"),
        (None, "5 июля", "July 5", "the same date", ["number", "date"]),
        (None, "в июне", "in June", "the same month", ["number", "date"]),
        (None, "Аляска - Сибирь", "Alaska-Siberia", "a route name", ["name"], "minor"),
        (None, "210 самолетов", "210 aircraft", "the same number", ["number"]),
        (None, "160 уже", "160 have", "the same number", ["number"]),
        (None, "Красноярск", "Krasnoyarsk", "a town", ["name"], "minor"),
        (None, "двух недель", "two weeks", "a number in words", ["number"]),
        (
            None,
            "Наши летчики",
            "our fliers",
            "two sentences joined by ';'",
            ["omission", "addition"],
            "minor",
        ),
        (None, "«Аэрокобра»", "Airacobras", "an aircraft name through Russian", ["name", "term"], "minor"),
        (None, "в августе и сентябре", "in August and September", "the same months", ["number", "date"]),
        (None, "Б-25", "B-25", "a type number", ["number", "name"]),
        (None, "100 машин", "100 machines", "the same number", ["number"]),
        (None, "Антонов", "Antonov", "a name", ["name"], "minor"),
        (
            None,
            "Примите мои наилучшие пожелания.",
            "Best wishes.",
            "a condensed courtesy formula",
            ["omission"],
            "minor",
        ),
        (
            None,
            "9 июля 1943 года",
            ("July 9, 1943.", "STALIN\n\nJuly 9, 1943."),
            "the same date",
            ["number", "date"],
        ),
    ],
    "notes": "Page, Russian first, citation block. Planted: a clause 'since the heavy fighting on the Kursk salient is costing us many aircraft' added (addition); в начале сентября -> beginning of October (date); генерал-полковник -> Lieutenant-General (title). Free: two sentences joined by ';', Аэрокобра = Airacobras, a condensed courtesy formula, г-ну = Mr.",
}

DOCS["fr06-stalin-churchill-1942-10-13"] = {
    "genre": "personal and secret message (pair, Russian original with the archive reference and an editor's footnote in the translation)",
    "about": "Invented: Stalin answers Churchill on the postponed convoy, on the Caucasus front and on the British wing of fighters.",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 270, лл. 61-62.

‹1›Строго секретно

‹2›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ

‹3›Ваше послание от 9 октября получил. ‹4›Благодарю Вас за сообщение.

‹5›Мы сожалеем, что отправка очередного конвоя в Архангельск откладывается до декабря. ‹6›Это осложнит снабжение наших войск, сражающихся в районе Сталинграда и на Кавказе, так как потребности фронта в грузовиках и алюминии очень велики, а местное производство не может их покрыть.

‹7›Положение под Сталинградом остается напряженным. ‹8›Противник сосредоточил в этом районе до 36 дивизий, в том числе 6 танковых, и продолжает атаки, но наши войска удерживают свои позиции.

‹9›Ваше предложение направить на Кавказ крыло английских истребителей под командованием маршала авиации Драммонда Советское Правительство принимает с благодарностью. ‹10›Желательно, чтобы самолеты прибыли в Баку не позднее 15 ноября.

‹11›И. СТАЛИН

‹12›13 октября 1942 года.""",
    "en": """‹1›Strictly Secret

‹2›PERSONAL AND SECRET MESSAGE FROM PREMIER J. V. STALIN TO PRIME MINISTER MR. W. CHURCHILL

‹3›I have received your message of October 9 ‹4›and thank you for the information.

‹5›We regret that the dispatch of the next convoy to Murmansk is postponed until December. ‹6›This will complicate the supply of our troops fighting in the Stalingrad area and in the Caucasus, as the needs of the front for trucks and aluminum are very great.

‹7›The situation at Stalingrad remains tense. ‹8›The enemy has concentrated up to 36 divisions in this area, including 6 armored divisions, and continues to attack, but our troops are holding their positions.

‹9›The Soviet Government gratefully accepts your proposal to send a wing of British fighters to the Caucasus under the command of Air Marshal Drummond.1 ‹10›It would be desirable for the aircraft to arrive in Baku not later than November 15.

‹11›J. STALIN

‹12›October 13, 1942.

‹u›1 Peter Drummond, Deputy Air Officer Commanding-in-Chief, Middle East. – Ed.""",
    "required": [
        ("name", "Архангельск", "Murmansk", "Архангельск (Archangel) is given as Murmansk"),
        (
            "omission",
            "а местное производство не может их покрыть",
            None,
            "the clause that local production cannot cover the needs is not translated",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (None, "И. В. СТАЛИНА", "J. V. STALIN", "initials", ["name"], "minor"),
        (None, "г-ну У. ЧЕРЧИЛЛЮ", "MR. W. CHURCHILL", "г-ну = Mr., the dative", ["name"], "minor"),
        (None, "9 октября", "October 9", "the same date", ["number", "date"]),
        (
            None,
            "Благодарю Вас за сообщение.",
            "and thank you for the information",
            "two sentences joined",
            ["omission", "addition"],
            "minor",
        ),
        (None, "до декабря", "until December", "the same month", ["number", "date"]),
        (
            None,
            "Сталинграда и на Кавказе",
            "Stalingrad area and in the Caucasus",
            "places in case forms",
            ["name"],
            "minor",
        ),
        (None, "до 36 дивизий", "up to 36 divisions", "the same number", ["number"]),
        (None, "6 танковых", "6 armored", "the same number", ["number"]),
        (
            None,
            "крыло английских истребителей",
            "a wing of British fighters",
            "the same unit",
            ["term"],
            "minor",
        ),
        (
            None,
            "маршала авиации Драммонда",
            "Air Marshal Drummond",
            "the British rank through Russian",
            ["title", "name"],
            "minor",
        ),
        (None, None, "Drummond.1", "a footnote mark glued to a name", ["number", "name"], "minor"),
        (
            None,
            None,
            "1 Peter Drummond",
            "an editor's footnote is apparatus",
            ["addition", "number", "name", "title"],
            "minor",
        ),
        (None, "Баку", "Baku", "a town", ["name"], "minor"),
        (None, "под Сталинградом", "at Stalingrad", "a place in the instrumental", ["name"], "minor"),
        (None, "15 ноября", "November 15", "the same date", ["number", "date"]),
        (None, "13 октября 1942 года", "October 13, 1942", "the same date", ["number", "date"]),
    ],
    "notes": "Pair, Russian original with the archive reference; the translation has an editor's footnote. Planted: Архангельск -> Murmansk (name); the clause «а местное производство не может их покрыть» dropped (omission, no number or name). Free: two short sentences joined, г-ну = Mr., a glued footnote mark, an editor's footnote, до 36 дивизий.",
}
