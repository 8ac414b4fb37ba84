# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented ub documents of archival-own (read by build_archival_ub.py): six record kinds, scored once.

A procuracy report on the review of cases, a Comintern cipher telegram to Yan'an, a ministry directive with an
appendix table, a trade mission's record of negotiations with a foreign firm, a province committee's report on a
kolkhoz inspection and a TASS digest of foreign broadcasts, written without looking at the tool's rules, to measure
it on unseen documents. Every text is invented (persons are real names in made-up contexts; figures, dates and file
marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["ub01-procuracy-review-of-cases-1955"] = {
    "genre": "report of the USSR Procurator General to the CC (pair, archive reference, outgoing number)",
    "about": "Invented: Rudenko reports on the review of counter-revolutionary cases in the first half of 1955 and asks for more staff.",
    "ru": """‹u›ГА РФ, ф. Р-8131, оп. 32, д. 3870, лл. 14-17.

‹1›Сов. секретно
‹2›Экз. № 1

‹3›ЦК КПСС
‹4›товарищу ХРУЩЕВУ Н. С.

‹5›Докладываю о ходе пересмотра дел на лиц, осужденных за контрреволюционные преступления, в первом полугодии 1955 года.

‹6›Прокуратурой СССР и прокуратурами союзных республик за шесть месяцев рассмотрено 48.312 жалоб и заявлений. ‹7›По 11.460 делам внесены протесты в Верховный суд СССР и в Центральную комиссию по пересмотру дел. ‹8›Из числа рассмотренных протестов удовлетворено 9.874, по остальным дела возвращены на доследование.

‹9›Особенно медленно идет пересмотр дел в Казахской ССР и в Карагандинской области, где скопилось свыше 3 тыс. нерассмотренных жалоб. ‹10›В Карагандинскую область направлена бригада из пяти прокуроров во главе со старшим помощником Генерального прокурора СССР тов. Самсоновым.

‹11›Прокуратура СССР считает необходимым закончить пересмотр дел не позднее 1 января 1956 года. ‹12›Для этого следует увеличить штат отдела по надзору за следствием в органах госбезопасности не менее чем на 25 единиц.

‹13›Вместе с тем проверка показала, что в ряде случаев лица, осужденные за пособничество оккупантам, освобождаются без достаточных оснований. ‹u›Прокурорам дано указание такие дела пересматривать только после тщательной проверки материалов.

‹15›Генеральный прокурор СССР
‹16›Р. РУДЕНКО

‹17›14 июля 1955 г.
‹u›№ 1/0478сс""",
    "en": """‹1›Top Secret
‹2›Copy No. 1

‹3›CC CPSU
‹4›Comrade N. S. KHRUSHCHEV

‹5›I report on the progress of the review of the cases of persons convicted of counter-revolutionary crimes in the first half of 1955.

‹6›In those six months the USSR Procuracy and the procuracies of the union republics examined 48,312 complaints and petitions. ‹7›In 11,460 cases protests were lodged with the USSR Supreme Soviet and the Central Commission for the Review of Cases, ‹8›and of the protests examined 9,874 have been upheld, while in the rest the cases were sent back for further investigation.

‹9›The review is going especially slowly in the Kazakh SSR and in Karaganda Province, where more than 3,000 unexamined complaints have piled up. ‹10›A team of five procurators headed by Comrade Samsonov, Deputy Procurator General of the USSR, has been sent to Karaganda Province.

‹11›The USSR Procuracy considers it necessary to complete the review of cases by January 1, 1956 at the latest. ‹12›To that end the staff of the department for the supervision of investigations in the state security agencies should be increased by no more than 25 posts.

‹13›At the same time the inspection has shown that in a number of cases persons convicted of aiding the occupiers are being released without sufficient grounds.

‹15›Procurator General of the USSR
‹16›R. RUDENKO

‹17›July 14, 1955""",
    "required": [
        (
            "term",
            "Верховный суд СССР",
            "USSR Supreme Soviet",
            "the Supreme Court (a court) is given as the Supreme Soviet (the legislature)",
        ),
        (
            "title",
            "старшим помощником Генерального прокурора СССР",
            "Deputy Procurator General of the USSR",
            "a senior assistant of the Procurator General is given as his deputy",
        ),
        (
            "number",
            "не менее чем на 25 единиц",
            "by no more than 25 posts",
            "a lower bound (не менее, at least 25) is given as an upper bound (no more than 25)",
        ),
        (
            "omission",
            "Прокурорам дано указание",
            None,
            "the sentence on the instruction to procurators is left out",
        ),
    ],
    "forbidden": [
        (None, "за шесть месяцев", "In those six months", "the same half-year", ["number", "date"]),
        (
            None,
            "в первом полугодии 1955 года",
            "in the first half of 1955",
            "a half-year",
            ["number", "date"],
        ),
        (None, "48.312", "48,312", "thousands dot = comma", ["number"]),
        (
            None,
            "По 11.460 делам",
            "In 11,460 cases",
            "two sentences joined at «Из числа»; the figure is the same",
            ["number", "omission"],
        ),
        (None, "удовлетворено 9.874", "9,874 have been upheld", "the same figure", ["number"]),
        (None, "свыше 3 тыс.", "more than 3,000", "тыс. = thousand", ["number"]),
        (None, "из пяти прокуроров", "five procurators", "a numeral in words", ["number"]),
        (
            None,
            "не позднее 1 января 1956 года",
            "by January 1, 1956 at the latest",
            "the same deadline",
            ["number", "date"],
        ),
        (
            None,
            "Прокуратурой СССР",
            "the USSR Procuracy",
            "the usual English name of the institution",
            ["term", "name"],
        ),
        (None, "в Карагандинской области", "in Karaganda Province", "область = province", ["term", "name"]),
        (None, "Экз. № 1", "Copy No. 1", "copy number", ["number"]),
        (None, "Сов. секретно", "Top Secret", "classification mark", ["term", "omission"]),
        (
            None,
            "№ 1/0478сс",
            None,
            "outgoing number left untranslated",
            ["omission", "number", "date"],
            "minor",
        ),
        (None, "14 июля 1955 г.", "July 14, 1955", "the same date", ["number", "date"]),
    ],
    "notes": "Pair with an archive reference and an untranslated outgoing number. Planted: Верховный суд -> Supreme Soviet (term); старшим помощником -> Deputy Procurator General (title); не менее чем на 25 -> by no more than 25 (number: the bound reversed); the last sentence of the body left out (omission). Traps: two sentences joined at «Из числа», 48.312 and 9.874 thousands dots, свыше 3 тыс., за шесть месяцев, первом полугодии, не позднее 1 января, пяти прокуроров, Прокуратура = Procuracy, область = Province.",
}

DOCS["ub02-comintern-cipher-yanan-1940"] = {
    "genre": "Comintern cipher telegram to Yan'an (page, Russian first; decipherer's line, a sentence typed twice)",
    "about": "Invented: Dimitrov answers Mao on a group of students for the Lenin School, money and the radio link.",
    "page": {
        "date": "March 22, 1940",
        "title": "Ciphered Telegram from Georgi Dimitrov to Mao Zedong",
        "ref": "ub-0202",
        "summary": "Dimitrov agrees to a group of Chinese students for the Lenin School, announces a payment in two instalments and proposes a new radio schedule.",
        "fields": [
            (
                "Original Archive",
                "Russian State Archive of Socio-Political History (RGASPI), f. 495, op. 74, d. 317 (constructed reference)",
            ),
            ("Associated People", "Dimitrov, Georgi, 1882-1949; Mao, Zedong, 1893-1976"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›РГАСПИ, ф. 495, оп. 74, д. 317, л. 52.

‹u›Шифровка
‹1›Отправлена 22.III.40 г. 23.40
‹2›ЯНЬАНЬ
‹3›Мао Цзэ-дуну

‹4›Ваша телеграмма от 11 марта получена. ‹5›Секретариат ИККИ согласен с вашим предложением направить в Москву группу из 12 товарищей на учебу в Ленинскую школу. ‹6›Группа должна выехать через Урумчи не позднее середины апреля, ‹7›так как занятия начинаются 1 июня.

‹8›Деньги в сумме 300 тысяч американских долларов будут переданы через тов. Линя в два приема. ‹9›Первую половину вы получите в конце марта, вторую - в мае. ‹10›Просим сообщить, кто будет получать деньги в Ланьчжоу. ‹u›Просим сообщить, кто будет получать деньги в Ланьчжоу.

‹11›Радиосвязь с вами по-прежнему неустойчива. ‹12›Предлагаем перейти на новое расписание: связь два раза в сутки, в 8.00 и в 20.00 по московскому времени. ‹13›Новые шифровальные таблицы будут доставлены с группой тов. Чжоу Энь-лая.

‹14›Ответ телеграфируйте.

‹15›ДИМИТРОВ

‹u›Расшифровал: Смирнов
‹u›Отп. 2 экз.""",
    "en": """‹1›Sent March 22, 1940, 11:40 p.m.
‹2›YAN'AN
‹3›To Mao Zedong

‹4›Your telegram of March 11 has been received. ‹5›The ECCI Secretariat agrees with your proposal to send a group of 12 comrades to Moscow to study at the Lenin School. ‹6›The group must leave via Urumqi no later than the middle of April, ‹7›as classes begin on July 1.

‹8›The money, 300,000 US dollars, will be handed over through Comrade Lin in two instalments: ‹9›you will receive the first half at the end of March and the second in May. ‹10›Please let us know who will receive the money in Lanzhou.

‹11›Radio communication with you remains unreliable. ‹12›We propose to move to a new schedule: contact three times a day, at 8:00 and 20:00 Moscow time. ‹13›The new cipher tables will be delivered with Comrade Ren Bishi's group.

‹14›Telegraph your reply.

‹15›DIMITROV""",
    "required": [
        ("date", "1 июня", "July 1", "June 1 is given as July 1"),
        ("number", "два раза в сутки", "three times a day", "twice a day is given as three times a day"),
        ("name", "Чжоу Энь-лая", "Ren Bishi", "Zhou Enlai's group is given as Ren Bishi's"),
        (
            "duplicate",
            ("Просим сообщить", "Ланьчжоу. Просим сообщить"),
            None,
            "the sentence on who will receive the money is typed twice in the deciphered text",
        ),
    ],
    "forbidden": [
        (
            None,
            "22.III.40 г. 23.40",
            "March 22, 1940, 11:40 p.m.",
            "a Roman month and a 24-hour time",
            ["number", "date"],
        ),
        (None, "ЯНЬАНЬ", "YAN'AN", "place name in pinyin", ["name"]),
        (None, "Мао Цзэ-дуну", "To Mao Zedong", "period spelling against pinyin", ["name"]),
        (None, "от 11 марта", "of March 11", "the same date", ["number", "date"]),
        (None, "из 12 товарищей", "12 comrades", "the same figure", ["number"]),
        (None, "ИККИ", "ECCI", "the acronym in English", ["term", "name"]),
        (None, "через Урумчи", "via Urumqi", "period spelling against pinyin", ["name"]),
        (
            None,
            "не позднее середины апреля",
            "no later than the middle of April",
            "the same deadline",
            ["number", "date"],
        ),
        (None, "300 тысяч американских долларов", "300,000 US dollars", "тысяч = thousand", ["number"]),
        (
            None,
            "в два приема",
            "in two instalments",
            "the same number of payments; the sentence split at the colon",
            ["number"],
        ),
        (None, "Первую половину", "the first half", "an ordinal fraction", ["number"]),
        (
            None,
            ("в Ланьчжоу", "деньги в Ланьчжоу. Просим"),
            "in Lanzhou",
            "period spelling against pinyin",
            ["name"],
        ),
        (None, "в 8.00 и в 20.00", "at 8:00 and 20:00", "times of day", ["number", "date"]),
        (None, "Расшифровал: Смирнов", None, "decipherer's line", ["omission", "name"], "minor"),
        (None, "Отп. 2 экз.", None, "copy note", ["omission", "number"], "minor"),
        (None, "Шифровка", None, "the heading of the cipher form", ["omission"], "minor"),
    ],
    "notes": "Russian-first page with the cipher form's heading, a decipherer's line and a copy note left untranslated. Planted: 1 июня -> July 1 (date); два раза в сутки -> three times a day (number); Чжоу Энь-лая -> Ren Bishi (name); the sentence «Просим сообщить, кто будет получать деньги в Ланьчжоу.» typed twice in the deciphered text (duplicate). Traps: 22.III.40 23.40 = 11:40 p.m., period spellings (Мао Цзэ-дун, Урумчи, Ланьчжоу, Яньань) against pinyin, ИККИ = ECCI, 300 тысяч, в два приема, a sentence split at the colon, первую половину.",
}

DOCS["ub03-fisheries-directive-caspian-1952"] = {
    "genre": "ministry directive with an appendix table (pair)",
    "about": "Invented: the Ministry of the Fishing Industry orders measures for the spring fishing season of 1952 on the Caspian; the appendix gives the supply norms by region.",
    "ru": """‹u›РГАЭ, ф. 8202, оп. 3, д. 611, лл. 2-4.

‹1›МИНИСТЕРСТВО РЫБНОЙ ПРОМЫШЛЕННОСТИ СССР

‹2›РАСПОРЯЖЕНИЕ
‹3›№ 214-р
‹4›г. Москва, 9 февраля 1952 г.

‹5›О мерах по выполнению плана весенней путины 1952 года на Каспийском море

‹6›В 1951 году рыбохозяйственные организации Каспийского бассейна недодали государству 186 тыс. центнеров рыбы, главным образом из-за позднего выхода флота на промысел.

‹7›В целях безусловного выполнения плана весенней путины 1952 года:

‹8›1. Начальнику Главкаспрыбпрома т. Ахундову обеспечить выход всех рыболовецких судов на промысел не позднее 15 марта.
‹9›2. Главснабрыбе отгрузить в адрес Главкаспрыбпрома до 1 марта 240 тонн капроновой дели и 60 тонн пеньковой веревки по нормам, указанным в приложении.
‹10›3. Разрешить Главкаспрыбпрому принять на сезонную работу до 3.500 рабочих из Дагестанской АССР и Азербайджанской ССР.
‹11›4. Контроль за выполнением настоящего распоряжения возложить на заместителя министра т. Никонова В. Н.

‹12›Приложение: на 1 листе.

‹13›Министр рыбной промышленности СССР
‹14›А. ИШКОВ

‹15›Приложение
‹16›к распоряжению № 214-р

‹17›Нормы снабжения орудиями лова на весеннюю путину 1952 г.

‹18›Наименование | Единица | Астраханская обл. | Дагестанская АССР | Азерб. ССР
‹19›Капроновая дель | т | 130 | 60 | 50
‹20›Пеньковая веревка | т | 35 | 15 | 10
‹21›Сети ставные | шт. | 4.200 | 1.800 | 1.500""",
    "en": """‹1›USSR MINISTRY OF THE FISHING INDUSTRY

‹2›DIRECTIVE
‹3›No. 214-r
‹4›Moscow, February 9, 1952

‹5›On measures to fulfil the plan for the spring fishing season of 1952 on the Caspian Sea

‹6›In 1951 the fishing organizations of the Caspian basin fell short of their deliveries to the state by 186,000 centners of fish, mainly because the fleet put out to sea late.

‹7›In order to ensure that the plan for the spring season of 1952 is fulfilled without fail:

‹8›1. The head of Glavkasprybprom, Comrade Akhundov, shall ensure that all fishing vessels put out to sea by March 25 at the latest.
‹9›2. Glavsnabryba shall ship to Glavkasprybprom by March 1 240 tons of cotton netting and 60 tons of hemp rope according to the norms given in the appendix.
‹10›3. Glavkasprybprom is permitted to take on up to 3,500 seasonal workers.
‹11›4. Supervision of the fulfilment of this directive is entrusted to the Deputy Minister, Comrade V. N. Nikonov.

‹12›Appendix: 1 sheet.

‹13›USSR Minister of the Fishing Industry
‹14›A. ISHKOV

‹15›Appendix
‹16›to Directive No. 214-r

‹17›Norms of supply of fishing gear for the spring season of 1952

‹18›Item | Unit | Astrakhan Province | Dagestan ASSR | Azerbaijan SSR
‹19›Nylon netting | t | 130 | 60 | 50
‹20›Hemp rope | t | 35 | 15 | 10
‹21›Set nets | pcs. | 2,400 | 1,800 | 1,500""",
    "required": [
        ("date", "не позднее 15 марта", "by March 25 at the latest", "March 15 is given as March 25"),
        ("term", "капроновой дели", "cotton netting", "nylon netting is given as cotton netting"),
        (
            "omission",
            "из Дагестанской АССР и Азербайджанской ССР",
            None,
            "the clause on where the seasonal workers come from is left out",
        ),
        ("number", "4.200", "2,400", "4,200 set nets in the appendix table are given as 2,400"),
    ],
    "forbidden": [
        (
            None,
            ("№ 214-р", "РАСПОРЯЖЕНИЕ\n№ 214-р"),
            ("No. 214-r", "DIRECTIVE\nNo. 214-r"),
            "directive number",
            ["number"],
        ),
        (None, "9 февраля 1952 г.", "February 9, 1952", "the same date", ["number", "date"]),
        (None, "186 тыс. центнеров", "186,000 centners", "тыс. = thousand", ["number"]),
        (None, "до 1 марта", "by March 1", "the same date", ["number", "date"]),
        (None, "240 тонн", "240 tons", "the same figure", ["number"]),
        (None, "до 3.500 рабочих", "up to 3,500", "thousands dot; the same bound", ["number"]),
        (None, "на 1 листе", "1 sheet", "enclosure note", ["number"]),
        (None, "1.800", "1,800", "thousands dot in a table", ["number"]),
        (None, "Азерб. ССР", "Azerbaijan SSR", "an abbreviated table heading spelt out", ["name", "term"]),
        (None, "Астраханская обл.", "Astrakhan Province", "обл. = Province", ["name", "term"]),
        (None, "весенней путины 1952 года на", "spring fishing season", "путина = fishing season", ["term"]),
        (
            None,
            "Главкаспрыбпрома т. Ахундову",
            "Glavkasprybprom, Comrade Akhundov",
            "an acronym transliterated",
            ["name", "term"],
        ),
        (None, "Капроновая дель", "Nylon netting", "the same material in the table", ["term"]),
        (None, "заместителя министра", "Deputy Minister", "the same title", ["title"]),
    ],
    "notes": "Pair: a directive with numbered points and an appendix table (pipe-separated rows). Planted: не позднее 15 марта -> March 25 (date); капроновой дели -> cotton netting (term; the table keeps 'Nylon netting'); the clause «из Дагестанской АССР и Азербайджанской ССР» left out (omission); 4.200 -> 2,400 set nets in the table (number). Traps: 186 тыс. центнеров, 3.500, 1.800, № 214-р, обл. = Province, Азерб. ССР spelt out, путина = fishing season, Главкаспрыбпром transliterated, point 3 turned from an active order to a passive permission.",
}

DOCS["ub04-trade-mission-eni-negotiations-1958"] = {
    "genre": "trade mission's record of negotiations with a foreign firm (page, translation first, copy list)",
    "about": "Invented: the Soviet trade mission in Rome negotiates with ENI on large-diameter pipes in exchange for Soviet crude oil.",
    "page": {
        "date": "November 20, 1958",
        "title": "Record of Negotiations between the USSR Trade Mission in Italy and the Firm ENI",
        "ref": "ub-0404",
        "summary": "The trade mission and ENI discuss the supply of steel pipes against Soviet crude oil, the price of the pipes and the delivery period.",
        "fields": [
            ("Associated Places", "Rome (Italy); Moscow (Russia)"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›RECORD OF NEGOTIATIONS
‹2›with representatives of the firm ENI (Ente Nazionale Idrocarburi)

‹3›Rome, November 20, 1958

‹4›Present: for the Soviet side, P. I. Kuznetsov, Trade Representative of the USSR in Italy, and A. S. Belov, an engineer of the All-Union Association "Promsyrioimport"; for the firm, Vice-President E. Cefis and Mr. Dossi, head of the supply department.

‹5›The firm's representatives confirmed that they were ready to supply in 1959-1960 steel pipes of 1,020 mm diameter, 240,000 tons in all, in exchange for Soviet crude oil. ‹6›Mr. Cefis said that ENI could take up to 2 million tons of oil a year over four years.

‹7›The Soviet side pointed out that the price the firm was asking for the pipes, 205 dollars a ton, was 12 per cent above the price offered by West German firms. ‹8›Mr. Cefis replied that ENI could lower the price only if the delivery period were extended to 18 months.

‹9›It was agreed that the firm would submit its new proposals by December 5. ‹10›The next meeting will be held in Moscow. ‹u›Mr. Cefis also asked that a visa be issued to the firm's chief engineer for a visit to Moscow.

‹11›Recorded by A. BELOV""",
    "ru": """‹1›ЗАПИСЬ ПЕРЕГОВОРОВ
‹2›с представителями фирмы ЭНИ (Энте Национале Идрокарбури)

‹3›Рим, 20 ноября 1958 г.

‹4›Присутствовали: с советской стороны - заместитель торгового представителя СССР в Италии П. И. Кузнецов и инженер В/О «Промсырьеимпорт» А. С. Белов; от фирмы - вице-президент Э. Чефис и начальник отдела снабжения г-н Досси.

‹5›Представители фирмы подтвердили готовность поставить в 1959-1960 гг. стальные трубы диаметром 1020 мм в количестве 240 тыс. тонн в обмен на советскую сырую нефть. ‹6›Г-н Чефис заявил, что ЭНИ могла бы принимать до 2 млн. тонн нефти в год в течение пяти лет.

‹7›Советская сторона указала, что запрашиваемая фирмой цена труб - 205 долларов за тонну - на 12% выше цены, предложенной западногерманскими фирмами. ‹8›Г-н Чефис ответил, что ЭНИ может снизить цену лишь при условии продления срока поставки до 18 месяцев.

‹9›Договорились, что фирма представит свои новые предложения к 5 декабря. ‹10›Следующая встреча состоится в Москве.

‹11›Записал А. БЕЛОВ

‹u›Отп. 4 экз.
‹u›1 - т. Патоличеву, 2 - т. Кумыкину, 3 - в дело, 4 - торгпредство""",
    "required": [
        (
            "title",
            "заместитель торгового представителя СССР",
            "Trade Representative of the USSR",
            "the deputy trade representative is given as the trade representative",
        ),
        ("number", "в течение пяти лет", "over four years", "five years are given as four"),
        (
            "addition",
            None,
            "Mr. Cefis also asked that a visa",
            "the translation adds a sentence on a visa with no original",
        ),
    ],
    "forbidden": [
        (None, "20 ноября 1958 г.", "November 20, 1958", "the same date", ["number", "date"]),
        (None, "Э. Чефис", "E. Cefis", "an Italian name through Russian", ["name"]),
        (None, "г-н Досси", "Mr. Dossi", "an Italian name through Russian", ["name"]),
        (
            None,
            "В/О «Промсырьеимпорт»",
            'All-Union Association "Promsyrioimport"',
            "В/О spelt out",
            ["term", "name"],
        ),
        (None, "в 1959-1960 гг.", "in 1959-1960", "the same years", ["number", "date"]),
        (None, "1020 мм", "1,020 mm", "a figure with a thousands comma", ["number"]),
        (None, "240 тыс. тонн", "240,000 tons", "тыс. = thousand", ["number"]),
        (None, "до 2 млн. тонн", "up to 2 million tons", "млн. = million, the same bound", ["number"]),
        (None, "205 долларов за тонну", "205 dollars a ton", "the same price", ["number"]),
        (None, "на 12% выше", "12 per cent above", "% = per cent", ["number"]),
        (None, "до 18 месяцев", "to 18 months", "the same period", ["number", "date"]),
        (None, "к 5 декабря", "by December 5", "the same date", ["number", "date"]),
        (
            None,
            "ЭНИ (Энте Национале Идрокарбури)",
            "ENI (Ente Nazionale Idrocarburi)",
            "an Italian firm through Russian",
            ["name", "term"],
        ),
        (None, "Отп. 4 экз.", None, "copy note", ["omission", "number"], "minor"),
        (None, "1 - т. Патоличеву", None, "distribution list", ["omission", "name", "number"], "minor"),
    ],
    "notes": "Translation-first page with an extra header field and an untranslated copy list. Planted: заместитель торгового представителя -> Trade Representative (title); в течение пяти лет -> over four years (number); an added sentence on a visa for the chief engineer (addition). Traps: Italian names through Russian (Чефис = Cefis, Досси = Dossi, Энте Национале Идрокарбури), В/О spelt out, 1020 мм = 1,020 mm, 240 тыс., 2 млн., 12% = 12 per cent, the participants' order of name and post reversed, the price in dashes turned into commas.",
}

DOCS["ub05-obkom-kolkhoz-inspection-1953"] = {
    "genre": "report of a province committee team on a kolkhoz inspection (pair; OCR'd Russian)",
    "about": "Invented: a team of the Ryazan province committee inspects the Put' Lenina collective farm in November 1953.",
    "ru": """‹u›ГА Рязанской обл., ф. П-3, оп. 5, д. 412, лл. 88-93.

‹1›СПРАВКА
‹2›о результатах проверки колхоза «Путь Ленина» Сараевского района

‹3›Бригада обкома КПСС в составе тт. Гусева, Мироновой и Ткаченко 3-6 ноября 1953 года проверила хозяйст-
венную деятельность колхоза. ‹4›Колхоз объединяет 246 дворов, в нем 388 трудоспособных колхозников. ‹5›Председатель колхоза - т. Фомичев И. П., работает с 1951 года.

‹6›План сдачи зерна государству выполнен на 74 %, картофеля - на 91 %. ‹7›На трудодень выдано по 600 граммов зерна и 1,2 кг картофеля. ‹8›Из-за несвоевременной уборки под снег ушло 38 гектаров проса.

‹9›На мо1очно-товарной ферме 112 коров, средний надой на фуражную корову за 10 месяцев составил 940 литров. ‹10›Помещения фермы не отремонтированы, кормов заготовлено не более чем на три месяца.

‹11›Проверкой вскрыта недостача 14 центнеров семенного зерна. ‹u›Материалы о недостаче переданы в прокуратуру района. ‹13›Правление колхоза не собиралось с июля, общее собрание колхозников не проводилось более полугода.

‹14›Бригада считает необходимым заслушать т. Фомичева на бюро райкома партии ‹15›и укрепить правление колхоза.

‹16›Руководитель бригады
‹17›инструктор обкома КПСС
‹18›П. ГУСЕВ

‹19›9 ноября 1953 г.""",
    "en": """‹1›MEMORANDUM
‹2›on the results of the inspection of the Put' Lenina (Lenin's Path) Collective Farm, Saraevsky District

‹3›From November 3 to 6, 1953, a team of the CPSU Province Committee consisting of Comrades Gusev, Mironova and Tkachenko inspected the economic activity of the collective farm. ‹4›The collective farm unites 246 households and has 388 able-bodied members. ‹5›The chairman of the collective farm, Comrade I. P. Fomin, has held the post since 1951.

‹6›The plan for grain deliveries to the state was fulfilled by 74 per cent, that for potatoes by 91 per cent. ‹7›Each workday unit earned 600 grams of grain and 1.2 kg of potatoes. ‹8›Because the harvest was late, 38 hectares of millet were left under the snow.

‹9›The dairy farm has 112 cows; the average yield per forage cow over ten months was 490 liters. ‹10›The farm buildings have not been repaired, and fodder has been laid in for no more than three months.

‹11›The inspection uncovered a shortage of 14 centners of seed grain. ‹13›The collective farm board has not met since July, and no general meeting of the members has been held for more than six months.

‹14›The team considers it necessary to hear Comrade Fomichev at the bureau of the district Party committee ‹15›and to strengthen the farm's board.

‹16›Head of the team
‹17›Instructor of the CPSU Province Committee
‹18›P. GUSEV

‹19›November 9, 1953""",
    "dehyphenated": ["хозяйственную"],
    "required": [
        ("name", "Фомичев И. П.", "I. P. Fomin", "the chairman Fomichev is given as Fomin"),
        ("number", "940 литров", "490 liters", "940 liters are given as 490 (figures transposed)"),
        (
            "omission",
            "Материалы о недостаче переданы в прокуратуру района.",
            None,
            "the sentence on handing the case to the district procuracy is left out",
        ),
        ("ocr", "мо1очно-товарной", None, "'мо1очно' has the figure 1 for the letter л"),
    ],
    "forbidden": [
        (None, "3-6 ноября 1953 года", "From November 3 to 6, 1953", "a range of days", ["number", "date"]),
        (None, "246 дворов", "246 households", "двор = household", ["number", "term"]),
        (None, "на 74 %", "by 74 per cent", "% = per cent", ["number"]),
        (None, "на 91 %", "by 91 per cent", "% = per cent", ["number"]),
        (None, "1,2 кг", "1.2 kg", "decimal comma", ["number"]),
        (None, "под снег ушло", "left under the snow", "an idiom rendered freely", ["omission", "term"]),
        (None, "за 10 месяцев", "over ten months", "a figure as a word", ["number", "date"]),
        (
            None,
            "не более чем на три месяца",
            "no more than three months",
            "the same bound",
            ["number", "date"],
        ),
        (None, "более полугода", "more than six months", "полгода = six months", ["number", "date"]),
        (
            None,
            "Бригада обкома КПСС",
            ("CPSU Province Committee", "team of the CPSU Province Committee"),
            "обком = province committee",
            ["term", "name"],
        ),
        (None, "райкома партии", "district Party committee", "райком = district committee", ["term"]),
        (None, "На трудодень", "workday unit", "трудодень = workday unit", ["term", "number"]),
        (
            None,
            "«Путь Ленина»",
            "Put' Lenina (Lenin's Path)",
            "a farm's name transliterated and glossed",
            ["name", "addition"],
        ),
        (None, "т. Фомичева", "Comrade Fomichev", "the right name in the genitive", ["name"]),
        (None, "мо1очно-товарной", None, "an OCR garble is no number", ["number"]),
        (None, "ГА Рязанской обл.", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Pair; the Russian is OCR'd: a line-break hyphen (хозяйст-/венную) and the figure 1 for л (мо1очно-товарной, planted ocr). Planted: Фомичев -> Fomin (name; the later Фомичева is rendered right); 940 -> 490 liters (number); the sentence on the procuracy left out (omission); мо1очно (ocr). Traps: 3-6 ноября = From November 3 to 6, 74 % = 74 per cent, 1,2 кг, за 10 месяцев = ten months, не более чем на три месяца, более полугода = more than six months, обком/райком, трудодень = workday unit, the idiom ушло под снег, «Путь Ленина» transliterated and glossed, the last sentence's two parts joined as they are.",
}

DOCS["ub06-tass-radio-monitoring-digest-1951"] = {
    "genre": "TASS digest of foreign broadcasts (page, Russian first, no blank line between the sides)",
    "about": "Invented: the TASS bulletin of foreign radio reports the Voice of America on the Palais Rose talks, the BBC on Korea and Radio Free Europe.",
    "page": {
        "date": "April 12, 1951",
        "title": "TASS Bulletin of Foreign Radio Broadcasting, No. 83",
        "ref": "ub-0606",
        "summary": "Summaries of Voice of America, BBC and Radio Free Europe broadcasts of April 11, 1951 on the Paris talks, the Korean front and Poland.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
        "sep": "\n",
    },
    "ru": """‹u›РГАСПИ, ф. 17, оп. 137, д. 512, лл. 140-142.

‹1›Не для печати
‹2›ТАСС
‹3›ВЕСТНИК ИНОСТРАННОГО РАДИОВЕЩАНИЯ
‹4›№ 83 (1174)
‹5›12 апреля 1951 г.

‹6›«ГОЛОС АМЕРИКИ» О ПЕРЕГОВОРАХ В ПАРИЖЕ

‹7›11 апреля, в передаче на русском языке в 21.30 по московскому времени, радиостанция «Голос Америки» передала комментарий своего обозревателя Чарльза Тэйера. ‹8›Тэйер утверждал, что советская делегация на совещании заместителей министров иностранных дел во дворце Пале-Роз затягивает переговоры уже шестую неделю. ‹9›По его словам, западные державы готовы обсуждать вопрос о демилитаризации Германии, но не согласятся включить в повестку дня вопрос об Атлантическом пакте.

‹10›БИ-БИ-СИ О ПОЛОЖЕНИИ В КОРЕЕ

‹11›Лондонское радио в передаче на английском языке сообщило, что войска ООН продвинулись на центральном участке фронта на 5-8 миль севернее 38-й параллели. ‹12›Радио отметило, что китайские войска не оказывают серьезного сопротивления. ‹13›По данным Би-би-си, генерал Риджуэй посетил передовые позиции 1-го корпуса.

‹14›Радиостанция «Свободная Европа» в передаче на польском языке призывала польских рабочих к саботажу на шахтах Силезии.

‹15›Дежурный редактор В. ЛЕБЕДЕВ
‹u›Разослано по списку № 1. Отп. 40 экз.""",
    "en": """‹1›Not for publication
‹2›TASS
‹3›BULLETIN OF FOREIGN RADIO BROADCASTING
‹4›No. 83 (1174)
‹5›April 12, 1951

‹6›"VOICE OF AMERICA" ON THE TALKS IN PARIS

‹7›On April 11, in its Russian-language broadcast at 9:30 p.m. Moscow time, the Voice of America carried a commentary by its observer Charles Taylor. ‹8›He claimed that the Soviet delegation at the conference of foreign ministers in the Palais Rose had been dragging out the talks for the sixth week now. ‹9›According to him, the Western powers are ready to discuss the demilitarization of Germany and will agree to put the Atlantic Pact on the agenda.

‹10›BBC ON THE SITUATION IN KOREA

‹11›London radio reported in its English-language broadcast that UN troops had advanced 5 to 8 miles north of the 38th parallel on the central sector of the front. ‹12›The radio noted that the Chinese troops were not putting up serious resistance. ‹13›According to the BBC, General Ridgway visited the forward positions of the 9th Corps.

‹14›Radio Free Europe, in a Polish-language broadcast, called on Polish workers to sabotage the Silesian mines.

‹15›Duty editor V. LEBEDEV""",
    "required": [
        ("name", "Чарльза Тэйера", "Charles Taylor", "the observer Thayer is given as Taylor"),
        (
            "title",
            "заместителей министров иностранных дел",
            "foreign ministers",
            "the conference of deputy foreign ministers is given as one of foreign ministers",
        ),
        ("number", "1-го корпуса", "9th Corps", "the 1st Corps is given as the 9th"),
    ],
    "acceptable": [
        (
            "omission",
            "но не согласятся",
            "and will agree",
            "meaning change: the negation is dropped (will not agree -> will agree)",
        ),
    ],
    "forbidden": [
        (None, "№ 83 (1174)", "No. 83 (1174)", "bulletin number", ["number"]),
        (None, "12 апреля 1951 г.", "April 12, 1951", "the same date", ["number", "date"]),
        (None, "11 апреля, в передаче", "On April 11", "the same date", ["number", "date"]),
        (None, "в 21.30", "at 9:30 p.m.", "a 24-hour time", ["number", "date"]),
        (None, "во дворце Пале-Роз", "in the Palais Rose", "a French name through Russian", ["name", "term"]),
        (None, "уже шестую неделю", "for the sixth week now", "an ordinal", ["number", "date"]),
        (None, "Лондонское радио", "London radio", "the BBC by its city", ["name", "term"]),
        (None, "на 5-8 миль", "5 to 8 miles", "a range", ["number"]),
        (None, "38-й параллели", "38th parallel", "an ordinal", ["number"]),
        (None, "войска ООН", "UN troops", "ООН = UN", ["term", "name"]),
        (None, "генерал Риджуэй", "General Ridgway", "an English name through Russian", ["name", "title"]),
        (None, "По данным Би-би-си", "According to the BBC", "Би-би-си = BBC", ["name", "term"]),
        (
            None,
            "на шахтах Силезии",
            "the Silesian mines",
            "a genitive rendered as an adjective",
            ["name", "term"],
        ),
        (None, "Тэйер утверждал", "He claimed", "a name rendered by a pronoun", ["name", "omission"]),
        (
            None,
            "не оказывают серьезного сопротивления",
            "were not putting up serious resistance",
            "the negation kept",
            ["omission", "term"],
        ),
        (
            None,
            "Разослано по списку № 1.",
            None,
            "distribution and copy note",
            ["omission", "number"],
            "minor",
        ),
    ],
    "notes": "Russian-first page with no blank line between the sides, an untranslated distribution and copy note. Planted: Тэйера -> Taylor (name); заместителей министров иностранных дел -> foreign ministers (title); 1-го корпуса -> 9th Corps (number). Meaning change (acceptable, not required: no word differs in kind): «но не согласятся» -> 'and will agree' (the negation dropped). Traps: 21.30 = 9:30 p.m., № 83 (1174), 5-8 миль = 5 to 8 miles, 38-й параллели, шестую неделю = the sixth week, Пале-Роз = Palais Rose, Би-би-си/Лондонское радио = BBC/London radio, ООН = UN, Риджуэй = Ridgway, Тэйер rendered 'He', Силезии = Silesian.",
}
