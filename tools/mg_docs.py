# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented mg documents of archival-own (read by build_archival_mg.py): omissions in the Mongolian manner.

In the manner of the Mongolian series of the development corpus (Politburo decisions on credits and deliveries,
an envoy's report, a leader's letter, a ciphered telegram, a record of conversation; pages and two-file pairs).
Each plants omissions of the kinds a translator makes: a sentence dropped in the middle of a paragraph (with
and without a number or a name), a numbered point of a decision, a clause after a comma or a dash, one item of
a list inside a sentence, the last sentence before the signature, a reservation («при условии ...», «в порядке
исключения»); at most one other discrepancy a document (a number or a date). The traps (forbidden): a sentence
split in two or three, two sentences joined, a faithful paraphrase, condensed formulas, point letters rendered
differently, apparatus lines (копии, исполнитель, «Верно:», «Выписка из протокола»), a page number inside a
sentence. Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are
made up). Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked
``‹k›``; ``‹u›`` marks a sentence with no counterpart. A dropped clause stays inside its sentence's link.
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["mg01-politburo-mpr-fuel-trucks-1949"] = {
    "genre": "Politburo decision (page, Russian first, numbered points, one point dropped)",
    "about": "Invented: the Politburo orders deliveries of oil products and trucks to the MPR for 1950 and a bank credit line.",
    "page": {
        "date": "November 22, 1949",
        "title": "Excerpt from Protocol No. 71 of the Politburo of the CC VKP(b), Decision on Deliveries to the MPR",
        "ref": "mg-0101",
        "translator": "L. Brandt",
        "summary": "The Politburo orders deliveries of oil products and trucks to the Mongolian People's Republic in 1950 and their transport by rail.",
        "fields": [
            (
                "Original Archive",
                "Russian State Archive of Socio-Political History (RGASPI), Fond 17, Opis 162, Delo 42 (constructed reference)",
            ),
            ("Associated Places", "Mongolia; Ulaanbaatar (Mongolia); Naushki (Russia)"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›РГАСПИ, ф. 17, оп. 162, д. 42, л. 114-115.

‹1›Строго секретно

‹u›ВСЕСОЮЗНАЯ КОММУНИСТИЧЕСКАЯ ПАРТИЯ (большевиков). ЦЕНТРАЛЬНЫЙ КОМИТЕТ

‹u›№ П71/217

‹u›тт. Меньшикову, Бещеву, Звереву - все.

‹2›Выписка из протокола № 71 заседания Политбюро ЦК ВКП(б)
‹3›Решение от 22 ноября 1949 г.

‹4›217. - О поставках в МНР нефтепродуктов и автомашин в 1950 году.

‹5›1. Обязать Министерство внешней торговли (т. Меньшиков) поставить в МНР в 1950 году 42 тыс. тонн нефтепродуктов и 300 грузовых автомашин ЗИС-150, при условии погашения правительством МНР до 1 июля 1950 г. задолженности по кредиту 1946 года.

‹6›2. Обязать Министерство путей сообщения (т. Бещев) обеспечить перевозку указанных грузов через ст. Наушки равномерно по кварталам.

‹u›3. Обязать Министерство финансов СССР (т. Зверев) открыть Монгольскому торгово-промышленному банку кредитную линию в сумме 15 млн. рублей для расчетов по этим поставкам.

‹7›4. Поручить Министерству внешней торговли совместно с МИД СССР (т. Вышинский) в месячный срок представить проект соглашения с правительством МНР.

‹8›СЕКРЕТАРЬ ЦК

‹9›Верно:""",
    "en": """‹1›Strictly Secret

‹2›Excerpt from Protocol No. 71 of the Meeting of the Politburo of the CC VKP(b)
‹3›Decision of November 22, 1949

‹4›217. Deliveries of oil products and motor vehicles to the MPR in 1950.

‹5›1. The Ministry of Foreign Trade (Cde. Menshikov) is to deliver to the MPR in 1950 42,000 tons of oil products and 300 ZIS-150 trucks.

‹6›2. The Ministry of Railways (Cde. Beshchev) is to ensure the transport of these goods through Naushki station evenly by quarters.

‹7›4. The Ministry of Foreign Trade, together with the USSR Ministry of Foreign Affairs (Cde. Vyshinsky), is to submit within a month a draft agreement with the government of the MPR.

‹8›SECRETARY OF THE CC

‹9›Certified true:""",
    "required": [
        (
            "omission",
            "при условии погашения",
            None,
            "the reservation (on condition that the MPR government pays off its debt on the 1946 credit by 1 July 1950) is not translated",
        ),
        (
            "omission",
            "Обязать Министерство финансов",
            None,
            "point 3 (a credit line of 15 million rubles opened by the USSR Ministry of Finance to the Mongolian trade and industry bank) is not translated",
        ),
    ],
    "acceptable": [
        (
            "date",
            "1 июля 1950 г.",
            None,
            "the date inside the dropped reservation has no counterpart",
        ),
        (
            "date",
            "1946 года",
            None,
            "the year inside the dropped reservation has no counterpart",
        ),
    ],
    "forbidden": [
        (None, "РГАСПИ, ф. 17", None, "archive reference", ["omission", "number"], "minor"),
        (None, "№ П71/217", None, "the protocol item mark", ["omission", "number"], "minor"),
        (
            None,
            "тт. Меньшикову, Бещеву, Звереву - все.",
            None,
            "the distribution line",
            ["omission", "name"],
            "minor",
        ),
        (
            None,
            "Выписка из протокола",
            "Excerpt from Protocol",
            "the excerpt heading, translated",
            ["omission", "addition", "number"],
            "minor",
        ),
        (None, "22 ноября 1949 г.", "November 22, 1949", "the same date", ["number", "date"]),
        (
            None,
            "217. - О поставках",
            "217. Deliveries",
            "the item heading «О поставках ...» rendered as a noun phrase",
            ["omission", "addition", "number"],
            "minor",
        ),
        (None, "42 тыс.", "42,000", "42 тыс. = 42,000", ["number"]),
        (
            None,
            ("300", "300 грузовых"),
            ("300", "300 ZIS"),
            "the same number of trucks",
            ["number"],
        ),
        (None, "ЗИС-150", "ZIS-150", "the truck model", ["number", "name", "term"]),
        (
            None,
            "Обязать Министерство путей",
            "The Ministry of Railways",
            "«Обязать» condensed to 'is to'",
            ["omission", "addition", "term", "title"],
            "minor",
        ),
        (None, "Наушки", "Naushki", "Наушки = Naushki", ["name"]),
        (
            None,
            "в месячный срок",
            "within a month",
            "в месячный срок = within a month",
            ["number", "omission"],
            "minor",
        ),
        (None, "Верно:", "Certified true:", "the certification line", ["omission", "addition"], "minor"),
    ],
    "notes": "Page, Russian first. Planted: the reservation «при условии погашения ... задолженности по кредиту 1946 года» dropped after a comma (omission); point 3 (the credit line of 15 million rubles) dropped, the translation keeps the numbering 1, 2, 4 (omission). Free: the letterhead, protocol mark and distribution line untranslated, «Обязать» = 'is to', «О поставках ...» = 'Deliveries ...', «Верно:» = 'Certified true:'.",
}

DOCS["mg02-prikhodov-report-western-aimags-1950"] = {
    "genre": "envoy's report (pair, m series; a sentence split in two, two joined)",
    "about": "Invented: Ambassador Prikhodov reports on haymaking and livestock losses in the western aimags of the MPR.",
    "ru": """‹u›АВП РФ, ф. 0111, оп. 32, п. 196, д. 7, л. 52-54.

‹1›Секретно

‹2›Министру иностранных дел СССР
‹3›тов. ВЫШИНСКОМУ А. Я.

‹4›В сентябре 1950 г. я по приглашению Председателя Совета Министров МНР маршала Чойбалсана совершил поездку по Кобдоскому и Убсанурскому аймакам, в ходе которой ознакомился с положением в животноводстве и подготовкой к зимовке.

‹5›Сенокос в западных аймаках в этом году проведен лучше, чем в прошлом. ‹6›Заготовлено около 90 тыс. тонн сена. ‹u›В Кобдоском аймаке падеж молодняка весной составил 7 процентов. ‹7›Вместе с тем многие хозяйства аратов по-прежнему не имеют теплых загонов для скота.

‹8›В западных аймаках работают 12 машинно-сенокосных станций - из них четыре станции простаивают из-за отсутствия запасных частей к тракторам. ‹9›Местные руководители просили меня содействовать в целях ускорения поставки запасных частей из Советского Союза.

‹10›Монгольские товарищи высоко оценивают работу советских ветеринарных врачей. Их в западных аймаках сейчас 26 человек.

‹12›Считал бы целесообразным поручить Министерству внешней торговли рассмотреть вопрос о внеочередной поставке в МНР запасных частей для тракторов СТЗ и сенокосилок, а также о направлении в западные аймаки дополнительно 10 ветеринарных врачей на срок до двух лет.

‹13›ПОСОЛ СССР В МНР
‹14›Ю. ПРИХОДОВ

‹15›2 октября 1950 г.
‹u›Отп. 3 экз.
‹u›исп. Приходов""",
    "en": """‹1›Secret

‹2›To the Minister of Foreign Affairs of the USSR
‹3›Comrade A. Ya. VYSHINSKY

‹4›In September 1950, at the invitation of Marshal Choibalsan, Chairman of the Council of Ministers of the MPR, I made a trip through the Kobdo and Ubsa-Nur aimags. During the trip I acquainted myself with the state of livestock breeding and with the preparations for the winter.

‹5›Haymaking in the western aimags went better this year than last year. ‹6›About 90,000 tons of hay have been put up. ‹7›At the same time many herdsmen's households still have no warm pens for their livestock.

‹8›There are 12 machine-haymaking stations working in the western aimags. ‹9›The local leaders asked me to help to speed up the delivery of spare parts from the Soviet Union.

‹10›The Mongolian comrades think highly of the work of the Soviet veterinarians, of whom there are now 26 in the western aimags.

‹12›I would consider it advisable to instruct the Ministry of Foreign Trade to consider an extraordinary delivery to the MPR of spare parts for STZ tractors and hay mowers, and the dispatch to the western aimags of 10 more veterinarians for a term of up to two years.

‹13›AMBASSADOR OF THE USSR TO THE MPR
‹14›Yu. PRIKHODOV

‹15›October 2, 1950""",
    "required": [
        (
            "omission",
            "В Кобдоском аймаке падеж",
            None,
            "the sentence on the loss of 7 per cent of the young stock in Kobdo aimag in the spring is not translated",
        ),
        (
            "omission",
            "из них четыре станции",
            None,
            "the clause after the dash (four of the stations stand idle for lack of tractor spare parts) is not translated",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0111", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Отп. 3 экз.", None, "the copies count", ["omission", "number"], "minor"),
        (None, "исп. Приходов", None, "the executor line", ["omission", "name"], "minor"),
        (
            None,
            "в ходе которой ознакомился",
            "During the trip I acquainted",
            "one sentence split in two, nothing dropped",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "Их в западных аймаках сейчас 26 человек.",
            "of whom there are now 26",
            "two sentences joined in one, nothing dropped",
            ["omission", "addition", "number"],
            "minor",
        ),
        (
            None,
            "в целях ускорения",
            "to speed up",
            "«в целях ускорения» = 'to speed up' (a faithful paraphrase)",
            ["omission", "addition"],
            "minor",
        ),
        (None, "Кобдоскому и Убсанурскому", "Kobdo and Ubsa-Nur", "the aimags as adjectives", ["name"]),
        (None, "Чойбалсана", "Choibalsan", "the same person", ["name"]),
        (None, "90 тыс.", "90,000", "90 тыс. = 90,000", ["number"]),
        (None, ("12", "12 машинно"), ("12", "12 machine"), "the same number of stations", ["number"]),
        (None, "дополнительно 10", "10 more", "the same number of veterinarians", ["number"]),
        (None, "двух лет", "two years", "двух лет = two years", ["number"]),
        (None, "2 октября 1950 г.", "October 2, 1950", "the same date", ["number", "date"]),
        (None, "СТЗ", "STZ", "the tractor make", ["name", "term"]),
    ],
    "notes": "Pair, an embassy report with the copies count and executor. Planted: the middle sentence «В Кобдоском аймаке падеж молодняка весной составил 7 процентов.» dropped (omission, with a number); the clause after the dash «из них четыре станции простаивают ...» dropped (omission). Free: the first sentence split in two, two sentences on the veterinarians joined, «в целях ускорения» = 'to speed up', the archive reference, copies count and executor untranslated.",
}

DOCS["mg03-choibalsan-letter-stalin-geologists-1950"] = {
    "genre": "leader's letter (page, translation first, condensed formulas)",
    "about": "Invented: Marshal Choibalsan asks Stalin for specialists and equipment for prospecting and for a delegation's visit.",
    "page": {
        "date": "June 14, 1950",
        "title": "Letter from Kh. Choibalsan to I. V. Stalin",
        "ref": "mg-0103",
        "translator": "S. Radchenko",
        "summary": "Choibalsan asks for Soviet specialists and drilling equipment for mineral prospecting in the MPR and proposes to send a government delegation to Moscow.",
        "fields": [
            (
                "Original Archive",
                "Archive of the President of the Russian Federation (APRF), Fond 45, Opis 1, Delo 341, Listy 12-14 (constructed reference)",
            ),
            (
                "Associated People & Organizations",
                "Choibalsan, Khorloogiin, 1895-1952; Stalin, Joseph, 1879-1953; Tsedenbal, Yumjaagiin, 1916-1991",
            ),
            ("Associated Places", "Mongolia; Ulaanbaatar (Mongolia)"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›To the Chairman of the Council of Ministers of the USSR, Comrade I. V. STALIN

‹2›Dear Comrade Stalin!

‹3›The Government of the Mongolian People's Republic has decided to begin systematic prospecting for coal, copper and tungsten in the central and eastern aimags. ‹4›We have no specialists of our own for this work. ‹5›We therefore ask you to send to the MPR for three years 40 Soviet specialists in geology and mine surveying.

‹6›We also ask you to supply us in 1950-1951 with 8 drilling rigs and laboratory equipment to the value of 4.5 million rubles, on account of the credit granted earlier.

‹7›Please approve the visit to Moscow in August of this year of a government delegation led by Comrade Tsedenbal to discuss these questions.

‹8›With deep respect,

‹9›Chairman of the Council of Ministers of the MPR
‹10›Marshal Kh. CHOIBALSAN

‹11›Ulan Bator, June 14, 1950""",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 341, лл. 12-14.

‹1›Председателю Совета Министров Союза ССР
товарищу СТАЛИНУ И. В.

‹2›Дорогой товарищ Сталин!

‹3›Правительство Монгольской Народной Республики приняло решение приступить к планомерной разведке месторождений угля, меди и вольфрама в центральных и восточных аймаках. ‹4›Своих специалистов для этой работы у нас нет. ‹5›Поэтому просим Вас направить в МНР сроком на три года 40 советских специалистов по геологии, бурению и маркшейдерскому делу.

‹6›Просим также поставить нам в 1950-1951 гг. 8 буровых станков и лабораторное оборудование на сумму 4,5 млн. рублей в счет ранее предоставленного кредита.

‹7›Прошу Вашего согласия на приезд в Москву в августе с.г. правительственной делегации во главе с тов. Цеденбалом для обсуждения этих вопросов. ‹u›Подробные расчеты по заявке будут переданы нашим послом в Москве тов. Самбуу в ближайшее время.

‹8›С глубоким уважением

‹9›Председатель Совета Министров МНР
‹10›Маршал Х. ЧОЙБАЛСАН

‹11›Улан-Батор, 14 июня 1950 г.""",
    "required": [
        (
            "omission",
            "бурению",
            None,
            "drilling (бурению), one of the three specialities asked for, is dropped: the translation has only geology and mine surveying",
        ),
        (
            "omission",
            "Подробные расчеты по заявке",
            None,
            "the last sentence before the signature (detailed calculations to be handed over by the ambassador in Moscow, Sambuu) is not translated",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "Прошу Вашего согласия",
            "Please approve",
            "«Прошу Вашего согласия на ...» condensed to 'Please approve'",
            ["omission", "addition"],
            "minor",
        ),
        (None, "в августе с.г.", "in August of this year", "с.г. = of this year", ["number", "date"]),
        (None, "три года", "three years", "три года = three years", ["number"]),
        (None, ("40", "40 советских"), ("40", "40 Soviet"), "the same number", ["number"]),
        (None, "1950-1951 гг.", ("1950-1951", "in 1950-1951"), "the same years", ["number", "date"]),
        (None, "4,5 млн.", "4.5 million", "4,5 млн. = 4.5 million (decimal comma)", ["number"]),
        (None, "8 буровых", "8 drilling", "the same number of rigs", ["number"]),
        (None, "14 июня 1950 г.", "June 14, 1950", "the same date", ["number", "date"]),
        (None, "Цеденбалом", "Tsedenbal", "a name in the instrumental", ["name"]),
        (None, "Х. ЧОЙБАЛСАН", "Kh. CHOIBALSAN", "the signature", ["name"]),
        (
            None,
            "угля, меди и вольфрама",
            "coal, copper and tungsten",
            "the same list of three",
            ["omission"],
        ),
    ],
    "notes": "Page, translation first. Planted: бурению dropped from the list «по геологии, бурению и маркшейдерскому делу» (omission); the last sentence before the closing «Подробные расчеты по заявке будут переданы нашим послом в Москве тов. Самбуу ...» dropped (omission, with a name). Free: «Прошу Вашего согласия на приезд ...» = 'Please approve the visit ...', с.г. = of this year, the full list of three minerals kept.",
}

DOCS["mg04-politburo-mpr-flour-exception-1954"] = {
    "genre": "Politburo decision (pair, lettered sub-points, apparatus: Верно, копии, исполнитель)",
    "about": "Invented: the Presidium permits an exceptional release of flour and sugar from the state reserve to the MPR after a drought.",
    "ru": """‹u›РГАНИ, ф. 3, оп. 8, д. 114, л. 9.

‹1›Выписка из протокола № 62 заседания Президиума ЦК КПСС от 28 августа 1954 г.

‹2›О просьбе правительства МНР об оказании продовольственной помощи.

‹3›1. Удовлетворить просьбу правительства МНР и разрешить Министерству торговли СССР в порядке исключения отпустить Монгольской Народной Республике из государственного резерва:
‹4›а) муки пшеничной - 8 тыс. тонн;
‹5›б) сахара - 1,5 тыс. тонн.

‹6›2. Отгрузку продовольствия произвести до 1 ноября 1954 г. в целях обеспечения снабжения населения пострадавших от засухи аймаков до наступления зимы.

‹7›3. Расчеты за отпущенное продовольствие произвести в счет поставок в СССР скота в 1955 году.

‹8›СЕКРЕТАРЬ ЦК

‹9›Верно:
‹u›Копии: тт. Микояну, Косыгину, Звереву - по п. 1-3.
‹u›Исп. Кумыкин
‹u›3 экз.""",
    "en": """‹1›Excerpt from Protocol No. 62 of the Meeting of the Presidium of the CC CPSU of August 28, 1954

‹2›On the request of the government of the MPR for food aid.

‹3›1. To grant the request of the government of the MPR and to permit the USSR Ministry of Trade to release to the Mongolian People's Republic from the state reserve:
‹4›(a) wheat flour - 8,000 tons;
‹5›(b) sugar - 1,500 tons.

‹6›2. The food is to be shipped by November 10, 1954, to supply the population of the drought-stricken aimags before the onset of winter.

‹7›3. Payment for the food released is to be made on account of the deliveries of livestock to the USSR in 1955.

‹8›SECRETARY OF THE CC

‹9›True copy:""",
    "required": [
        (
            "omission",
            "в порядке исключения",
            None,
            "the reservation that the release is an exception (в порядке исключения) is not translated",
        ),
        (
            "date",
            "1 ноября 1954 г.",
            "November 10, 1954",
            "the shipment is due by 1 November 1954, not November 10",
        ),
    ],
    "forbidden": [
        (None, "РГАНИ, ф. 3", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Копии: тт. Микояну", None, "the copies line", ["omission", "name"], "minor"),
        (None, "Исп. Кумыкин", None, "the executor line", ["omission", "name"], "minor"),
        (None, "3 экз.", None, "the copies count", ["omission", "number"], "minor"),
        (None, "Верно:", "True copy:", "the certification line", ["omission", "addition"], "minor"),
        (
            None,
            "№ 62",
            "No. 62",
            "the protocol number",
            ["number", "omission"],
            "minor",
        ),
        (None, "28 августа 1954 г.", "August 28, 1954", "the same date", ["number", "date"]),
        (
            None,
            "а) муки",
            None,
            "sub-point а) rendered as (a)",
            ["number", "omission", "addition"],
            "minor",
        ),
        (
            None,
            "б) сахара",
            None,
            "sub-point б) rendered as (b)",
            ["number", "omission", "addition"],
            "minor",
        ),
        (None, "8 тыс. тонн", "8,000 tons", "8 тыс. = 8,000", ["number"]),
        (None, "1,5 тыс. тонн", "1,500 tons", "1,5 тыс. = 1,500 (decimal comma)", ["number"]),
        (
            None,
            "в целях обеспечения",
            "to supply",
            "«в целях обеспечения снабжения» = 'to supply' (a faithful paraphrase)",
            ["omission", "addition"],
            "minor",
        ),
        (None, "1955 году", "1955", "the same year", ["number", "date"]),
    ],
    "notes": "Pair, a Presidium extract with lettered sub-points and the apparatus after the signature (Верно:, a copies line, the executor, the count). Planted: the reservation «в порядке исключения» dropped (omission); 1 ноября -> November 10 (date). Free: а)/б) = (a)/(b), «в целях обеспечения снабжения» = 'to supply', Верно: = 'True copy:', the copies, executor and count untranslated.",
}

DOCS["mg05-pisarev-telegram-wool-1955"] = {
    "genre": "ciphered telegram (pair, a page number inside a sentence, a sentence split in three)",
    "about": "Invented: Ambassador Pisarev reports the MPR's request to postpone part of its wool deliveries.",
    "ru": """‹1›ШИФРОВКА

‹2›Из УЛАН-БАТОРА    Отправлено 9.VI.55 г. 16 ч. 20 м.

‹3›МОСКВА, МИД СССР - тов. МОЛОТОВУ

‹4›8 июня Цеденбал пригласил меня к себе и сообщил, что правительство МНР не сможет выполнить в первом полугодии план поставок шерсти в СССР. ‹5›По данным министерства заготовок, к 1 июня в центральные пункты сдано лишь 4,2 тыс. тонн шерсти из 7 тыс. тонн, предусмотренных соглашением. ‹u›Остальная шерсть находится в аймачных пунктах. ‹6›Цеденбал объяснил это поздней весной и тем, что кооперативы не располагают достаточным количеством машин для вывоза шерсти из отдаленных сомонов, а также нехваткой мешкотары.

‹7›Цеденбал просит разрешить перенести поставку недостающего количества шерсти на третий квартал 1955 г., причем монгольская сторона берет на себя обязательство оплатить связанные с этим дополнительные расходы советских торговых организаций, если таковые возникнут, и обеспечить погрузку шерсти на станции Наушки в течение

‹u›- 2 -

августа.

‹8›Считаю просьбу монгольских товарищей обоснованной. ‹9›Прошу указаний.

‹10›ПИСАРЕВ

‹u›№ 204""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›From ULAN BATOR

‹3›MOSCOW, USSR MFA - to Comrade MOLOTOV

‹4›On June 8 Tsedenbal invited me to see him and told me that the MPR government would not be able to fulfil the plan of wool deliveries to the USSR in the first half of the year. ‹5›According to the Ministry of Procurements, by June 1 only 4,200 tons of wool out of the 7,000 tons provided for by the agreement had been delivered to the central collecting points. ‹6›Tsedenbal explained this by the late spring and by a shortage of sacking.

‹7›Tsedenbal asks for permission to postpone the delivery of the missing quantity of wool to the third quarter of 1955. The Mongolian side undertakes to pay any additional expenses of the Soviet trade organizations that may arise from this. It also undertakes to ensure the loading of the wool at Naushki station during August.

‹8›I consider the request of the Mongolian comrades well founded. ‹9›I request instructions.

‹10›PISAREV""",
    "required": [
        (
            "omission",
            "Остальная шерсть находится",
            None,
            "the short sentence that the rest of the wool lies at the aimag collecting points is not translated",
        ),
        (
            "omission",
            "кооперативы не располагают",
            None,
            "the second reason (the cooperatives lack the trucks to bring the wool in from distant somons) is not translated",
        ),
    ],
    "forbidden": [
        (
            None,
            "Отправлено 9.VI.55 г.",
            None,
            "despatch time (untranslated header)",
            ["omission", "number", "date"],
            "minor",
        ),
        (None, "№ 204", None, "the outgoing number", ["omission", "number"], "minor"),
        (None, "- 2 -", None, "a page number inside a sentence", ["omission", "number"], "minor"),
        (
            None,
            "причем монгольская сторона",
            "The Mongolian side undertakes",
            "one long sentence split in three, nothing dropped",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "августа.",
            "during August",
            "the end of the sentence after the page number",
            ["omission", "addition", "date"],
            "minor",
        ),
        (None, "8 июня", "June 8", "the same date", ["number", "date"]),
        (None, "1 июня", "June 1", "the same date", ["number", "date"]),
        (None, "4,2 тыс.", "4,200", "4,2 тыс. = 4,200 (decimal comma)", ["number"]),
        (None, "7 тыс.", "7,000", "7 тыс. = 7,000", ["number"]),
        (None, "третий квартал 1955 г.", "third quarter of 1955", "an ordinal quarter", ["number", "date"]),
        (
            None,
            "Прошу указаний.",
            "I request instructions.",
            "the standard closing",
            ["omission", "addition"],
            "minor",
        ),
        (None, "МОЛОТОВУ", "MOLOTOV", "a name in the dative", ["name"]),
        (None, "ПИСАРЕВ", "PISAREV", "the signature", ["name"]),
    ],
    "notes": "Pair, a ciphered telegram with the despatch time and outgoing number untranslated and «- 2 -» inside the last sentence of a paragraph. Planted: the short middle sentence «Остальная шерсть находится в аймачных пунктах.» dropped (omission, no number or name); the clause «тем, что кооперативы не располагают ... сомонов» dropped inside a long sentence (omission). Free: one long sentence split in three, the page number inside a sentence, the standard closing.",
}

DOCS["mg06-record-pisarev-tsedenbal-workers-1956"] = {
    "genre": "record of conversation (page, Russian first, two sentences joined)",
    "about": "Invented: Tsedenbal tells Ambassador Pisarev of an agreement to bring Chinese workers to the MPR for housing construction.",
    "page": {
        "date": "May 17, 1956",
        "title": "Record of Conversation between V. I. Pisarev and Yu. Tsedenbal",
        "ref": "mg-0106",
        "translator": "M. Ellery",
        "summary": "Tsedenbal informs the Soviet ambassador of the talks with China on sending workers to the MPR and asks for Soviet building materials.",
        "fields": [
            (
                "Original Archive",
                "Archive of Foreign Policy of the Russian Federation (AVPRF), Fond 0111, Opis 38, Papka 241, Delo 11 (constructed reference)",
            ),
            (
                "Associated People & Organizations",
                "Tsedenbal, Yumjaagiin, 1916-1991; Pisarev, V. I.",
            ),
            ("Associated Places", "Mongolia; Ulaanbaatar (Mongolia); China"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АВП РФ, ф. 0111, оп. 38, п. 241, д. 11, л. 63-65.

‹1›Секретно
‹u›Экз. № 2

‹2›Из дневника ПИСАРЕВА В. И.

‹3›ЗАПИСЬ БЕСЕДЫ
‹4›с Первым секретарем ЦК МНРП Ю. Цеденбалом
‹5›15 мая 1956 г.

‹6›Принят Цеденбалом по его просьбе. ‹7›Беседа проходила в здании ЦК МНРП.

‹8›Цеденбал сообщил, что переговоры с китайской стороной о направлении в МНР рабочих закончены. ‹9›В течение 1956-1957 гг. в Монголию прибудут 10 тыс. китайских рабочих, причем половина из них будет занята на строительстве жилых домов в Улан-Баторе. ‹u›Руководить работами будет заместитель министра строительства МНР Дамдинсурэн. ‹10›Проезд рабочих до границы оплачивает китайская сторона.

‹11›Цеденбал спросил, не сможет ли Советский Союз поставить в 1956 г. для этого строительства 40 тыс. кубометров леса и 25 тыс. тонн цемента. ‹12›Я ответил, что доложу о его просьбе в Москву.

‹13›Цеденбал поблагодарил за помощь советских специалистов. Он сказал, что без них строительство не могло бы вестись такими темпами.

‹15›ПОСОЛ СССР В МНР
‹16›В. ПИСАРЕВ

‹u›Отп. 4 экз.
‹u›1 - т. Молотову
‹u›2 - т. Федоренко
‹u›3 - ДВО
‹u›4 - в дело""",
    "en": """‹1›Secret

‹2›From the diary of V. I. PISAREV

‹3›RECORD OF CONVERSATION
‹4›with First Secretary of the CC MPRP Yu. Tsedenbal
‹5›May 15, 1956

‹6›Tsedenbal received me at his request. ‹7›The conversation took place in the building of the CC MPRP.

‹8›Tsedenbal said that the talks with the Chinese side on sending workers to the MPR had been concluded. ‹9›In 1956-1957, 12,000 Chinese workers will arrive in Mongolia. ‹10›The Chinese side will pay for the workers' journey to the border.

‹11›Tsedenbal asked whether the Soviet Union could deliver in 1956 for this construction 40,000 cubic meters of timber and 25,000 tons of cement. ‹12›I replied that I would report his request to Moscow.

‹13›Tsedenbal thanked me for the help of the Soviet specialists, without whom, he said, construction could not proceed at such a pace.

‹15›AMBASSADOR OF THE USSR TO THE MPR
‹16›V. PISAREV""",
    "required": [
        (
            "omission",
            "причем половина из них",
            None,
            "the clause that half of the workers will build housing in Ulan Bator is not translated",
        ),
        (
            "omission",
            "Руководить работами будет",
            None,
            "the sentence that Deputy Minister of Construction Damdinsuren will direct the work is not translated",
        ),
        (
            "number",
            "10 тыс.",
            "12,000",
            "10 thousand Chinese workers in the original, 12,000 in the translation",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0111", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Экз. № 2", None, "the copy number", ["omission", "number"], "minor"),
        (None, "Отп. 4 экз.", None, "the copies count", ["omission", "number"], "minor"),
        (None, "1 - т. Молотову", None, "the copy list", ["omission", "name", "number"], "minor"),
        (
            None,
            "Принят Цеденбалом по его просьбе.",
            "Tsedenbal received me at his request.",
            "the passive opening rendered actively",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "Он сказал, что без них",
            "without whom, he said",
            "two sentences joined in one, nothing dropped",
            ["omission", "addition"],
            "minor",
        ),
        (None, "15 мая 1956 г.", "May 15, 1956", "the same date", ["number", "date"]),
        (None, "1956-1957 гг.", ("1956-1957", "In 1956-1957"), "the same years", ["number", "date"]),
        (None, "40 тыс.", "40,000", "40 тыс. = 40,000", ["number"]),
        (None, "25 тыс.", "25,000", "25 тыс. = 25,000", ["number"]),
        (None, "Ю. Цеденбалом", "Yu. Tsedenbal", "a name in the instrumental", ["name"]),
        (None, "ПИСАРЕВА В. И.", "V. I. PISAREV", "a name in the genitive", ["name"]),
    ],
    "notes": "Page, Russian first, a diary record with a copy list. Planted: the clause «причем половина из них будет занята на строительстве жилых домов в Улан-Баторе» dropped after a comma (omission); the middle sentence «Руководить работами будет ... Дамдинсурэн.» dropped (omission, with a name); 10 тыс. -> 12,000 (number). Free: two sentences joined, the passive opening rendered actively, the copy number and copy list untranslated.",
}
