# ruff: noqa: E501, RUF001  (the texts are data)
"""The invented tm documents of archival-own (read by build_archival_tm.py): six record kinds, scored once.

A kraikom bureau's minutes on industry, an embassy's record of notes exchanged, a procurator's report on
reviewed cases, a ministry's report on schools, a regiment's combat report and a shipping company's report
on a northern voyage, written to measure glossary terms (kinds of act, diplomatic paper, body, mission, court,
school, unit, ship) and omissions inside a sentence (a place, a time, a list member, an attribution, a
condition). Every text is invented (figures, dates, names and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["tm01-kraikom-bureau-industry-1951"] = {
    "genre": "extract from the minutes of a kraikom bureau (pair, archive reference)",
    "about": "Invented: the Primorsky kraikom bureau hears the coal trust and the fish combine and sets tasks.",
    "ru": """‹u›ГАПК, ф. П-68, оп. 9, д. 212, л. 44.

‹1›ВЫПИСКА ИЗ ПРОТОКОЛА № 37
‹2›заседания бюро Приморского крайкома ВКП(б)
‹3›от 14 августа 1951 г.

‹4›Слушали: О работе треста «Приморуголь» и Находкинского рыбокомбината.

‹5›Бюро крайкома отмечает, что трест «Приморуголь» за семь месяцев выполнил план добычи угля на 94 процента. ‹6›Рыбокомбинат недодал государству 3 тыс. центнеров рыбы.

‹7›Бюро крайкома ВКП(б) постановляет:

‹8›1. Обязать управляющего трестом т. Левченко обеспечить к 1 октября 1951 года ввод в строй шахты № 7. ‹9›2. Обязать директора комбината т. Сомова восстановить в Приморском крае сеть приемных пунктов рыбы. ‹10›3. Поручить промысловой артели «Рыбак» изготовить для комбината бочки, ящики и сети.

‹11›4. Внести на рассмотрение очередной сессии краевого Совета депутатов трудящихся вопрос о снабжении предприятий лесом. ‹12›5. Настоящее постановление направить в ЦК ВКП(б).

‹13›Секретарь крайкома ВКП(б)
‹14›Н. ОРЛОВ""",
    "en": """‹1›EXTRACT FROM MINUTES No. 37
‹2›of the meeting of the Bureau of the Primorsky Territory Committee of the VKP(b)
‹3›of August 14, 1951

‹4›Heard: On the work of the Primorugol combine and the Nakhodka fish trust.

‹5›The Bureau of the Territory Committee notes that in seven months the Primorugol trust fulfilled the coal output plan by 94 percent. ‹6›The fish combine delivered 3,000 centners of fish less than it owed to the state.

‹7›The Bureau of the Territory Committee of the VKP(b) resolves:

‹8›1. To oblige the manager of the trust, Comrade Levchenko, to put mine No. 7 into operation. ‹9›2. To oblige the director of the combine, Comrade Somov, to restore the network of fish receiving points. ‹10›3. To instruct the Rybak producers' cooperative to make barrels and nets for the combine.

‹11›4. To submit the question of supplying the enterprises with timber to the next plenum of the Territory Soviet of Working People's Deputies. ‹12›5. This decision is to be sent to the Central Committee of the VKP(b).

‹13›Secretary of the Territory Committee of the VKP(b)
‹14›N. ORLOV""",
    "required": [
        (
            "term",
            ("треста", "О работе треста"),
            ("combine", "Primorugol combine"),
            "a trust is given as a combine",
        ),
        (
            "term",
            ("рыбокомбината", "Находкинского рыбокомбината"),
            ("trust", "fish trust"),
            "a fish combine is given as a trust",
        ),
        ("omission", "к 1 октября 1951 года", None, "the deadline (by October 1, 1951) is dropped"),
        ("omission", "в Приморском крае", None, "the place (in the Primorsky Territory) is dropped"),
        ("omission", "ящики", None, "one member of the list (boxes) is dropped"),
        ("term", "сессии", "plenum", "a session of a soviet is given as a plenum"),
    ],
    "forbidden": [
        (
            None,
            "промысловой артели",
            "producers' cooperative",
            "an artel is a producers' cooperative",
            ["term"],
        ),
        (
            None,
            "Настоящее постановление",
            "This decision",
            "постановление of a bureau rendered as its decision",
            ["term"],
        ),
        (None, "постановляет", "resolves", "the verb of resolving", ["term"]),
        (None, "3 тыс. центнеров", "3,000 centners", "тыс. = thousand", ["number"]),
        (None, "управляющего трестом", "manager of the trust", "the trust's manager", ["term", "title"]),
        (
            None,
            "ПРОТОКОЛА № 37",
            "MINUTES No. 37",
            "a protocol of a meeting is its minutes",
            ["term", "number"],
        ),
    ],
    "notes": "Pair. Planted: трест -> combine and рыбокомбинат -> trust (a swap of economic bodies); «к 1 октября 1951 года» and «в Приморском крае» dropped; «ящики» dropped from a list of three; сессия -> plenum. Traps: артель = producers' cooperative, постановление = decision, протокол = minutes.",
}

DOCS["tm02-embassy-notes-tehran-1946"] = {
    "genre": "record of an embassy on notes exchanged with the host government (pair, archive reference)",
    "about": "Invented: the Soviet embassy in Tehran reports the notes and statements exchanged over a consular district.",
    "ru": """‹u›АВП РФ, ф. 094, оп. 31, п. 312, д. 18, лл. 5-7.

‹1›СЕКРЕТНО

‹2›ЗАПИСЬ
‹3›о переписке с Министерством иностранных дел Ирана

‹4›12 марта посольство вручило министерству иностранных дел ноту с протестом против закрытия генерального консульства СССР в Тавризе. ‹5›В ответ министерство передало памятную записку, в которой, по данным министерства, консульство занималось деятельностью, несовместимой с его статусом.

‹6›20 марта правительство Ирана опубликовало заявление, в котором обвинило советских представителей во вмешательстве во внутренние дела страны. ‹7›Как сообщает посланник Чехословакии, английская миссия в Тегеране заранее знала о содержании этого заявления.

‹8›Посольство считает возможным согласиться на перевод консульства в Решт при условии, что иранская сторона вернет изъятое имущество. ‹9›Торгпредство СССР в Тегеране продолжает работу в обычном порядке.

‹10›По окончании переговоров стороны опубликуют совместное коммюнике.

‹11›Советник посольства СССР в Иране
‹12›А. ГРИГОРЬЕВ""",
    "en": """‹1›SECRET

‹2›RECORD
‹3›of the correspondence with the Ministry of Foreign Affairs of Iran

‹4›On March 12 the embassy handed the Ministry of Foreign Affairs a memorandum protesting against the closure of the USSR Consulate General in Tabriz. ‹5›In reply the Ministry handed over an aide-mémoire stating that, according to the Ministry, the consulate had engaged in activities incompatible with its status.

‹6›On March 20 the Iranian government published a communiqué accusing Soviet representatives of interfering in the internal affairs of the country. ‹7›The British embassy in Tehran knew the contents of this statement in advance.

‹8›The embassy considers it possible to agree to the transfer of the consulate to Resht. ‹9›The USSR Trade Mission in Tehran continues to work as usual.

‹10›When the negotiations are over the parties will publish a joint statement.

‹11›Counsellor of the USSR Embassy in Iran
‹12›A. GRIGORYEV""",
    "required": [
        ("term", "ноту", "memorandum", "a note is given as a memorandum"),
        (
            "term",
            ("заявление", "опубликовало заявление"),
            "communiqué",
            "a statement is given as a communiqué",
        ),
        ("term", "миссия", ("embassy", "British embassy"), "a legation (mission) is given as an embassy"),
        (
            "omission",
            "Как сообщает посланник Чехословакии",
            None,
            "the attribution (as the Czechoslovak minister reports) is dropped",
        ),
        (
            "omission",
            "при условии, что иранская сторона вернет изъятое имущество",
            None,
            "the condition is dropped",
        ),
        ("term", "коммюнике", ("statement", "joint statement"), "a communiqué is given as a statement"),
    ],
    "forbidden": [
        (None, "памятную записку", "aide-mémoire", "памятная записка is an aide-mémoire", ["term"]),
        (None, "генерального консульства", "Consulate General", "the consulate general", ["term"]),
        (None, "Торгпредство СССР", "Trade Mission", "торгпредство = trade mission", ["term"]),
        (None, "по данным министерства", "according to the Ministry", "the attribution kept", ["omission"]),
        (None, "12 марта", "March 12", "date", ["date"]),
        (
            None,
            ("консульство занималось", "министерства, консульство"),
            ("consulate had", "the consulate had"),
            "the consulate",
            ["term"],
        ),
    ],
    "notes": "Pair. Planted: нота -> memorandum, заявление -> communiqué, миссия -> embassy, коммюнике -> statement; the attribution «Как сообщает посланник Чехословакии» and the condition «при условии, что …» dropped. Traps: памятная записка = aide-mémoire, генеральное консульство = Consulate General, торгпредство = Trade Mission, «по данным министерства» kept.",
}

DOCS["tm03-procurator-review-cases-1955"] = {
    "genre": "report of a regional procurator on reviewed cases (pair, archive reference)",
    "about": "Invented: the Kemerovo regional procurator reports on complaints and cases sent back to the courts.",
    "ru": """‹u›ГАРФ, ф. Р-8131, оп. 32, д. 4107, лл. 81-83.

‹1›Прокурору РСФСР
‹2›тов. КРУГЛОВУ А. Н.

‹3›ДОКЛАДНАЯ ЗАПИСКА
‹4›о рассмотрении жалоб осужденных

‹5›За первое полугодие 1955 года в прокуратуру области поступило свыше 1200 жалоб. ‹6›По данным УМВД, в исправительно-трудовых лагерях области содержится 18 тыс. заключенных.

‹7›Прокуратура области внесла протесты на 64 приговора военного трибунала войск МВД. ‹8›Областной суд отменил 31 приговор народных судов и направил дела на новое рассмотрение.

‹9›Верховный суд РСФСР по протесту прокурора пересмотрел дело бывшего директора шахты Ильина. ‹10›Линейный суд Томской железной дороги рассмотрел в мае 17 дел о хищениях грузов.

‹11›Прокурор Кемеровской области
‹12›старший советник юстиции
‹13›П. ЗАХАРОВ""",
    "en": """‹1›To the Procurator of the RSFSR
‹2›Comrade A. N. KRUGLOV

‹3›REPORT
‹4›on the examination of complaints of convicted persons

‹5›In the first half of 1955 the regional court received 1,200 complaints. ‹6›The corrective labor camps of the region hold 18,000 prisoners.

‹7›The Procurator's Office of the region lodged protests against 64 sentences of the people's court of the MVD troops. ‹8›The regional court quashed 31 sentences of the people's courts and sent the cases back for a new hearing.

‹9›Upon the procurator's protest, the Supreme Court of the RSFSR reviewed the case of the former mine director Ilyin. ‹10›In May the railway court of the Tomsk Railway heard 17 cases of theft of freight.

‹11›Procurator of the Kemerovo Region
‹12›Senior Counsellor of Justice
‹13›P. ZAKHAROV""",
    "required": [
        (
            "term",
            ("прокуратуру", "в прокуратуру"),
            ("regional court", "the regional court received"),
            "the procurator's office is given as a court",
        ),
        ("omission", "По данным УМВД", None, "the attribution (according to the regional MVD) is dropped"),
        (
            "term",
            "военного трибунала",
            "people's court of",
            "a military tribunal is given as a people's court",
        ),
    ],
    "expected": [
        ("omission", "свыше", None, "'over 1200' given as 1,200 (a bound dropped)"),
    ],
    "forbidden": [
        (None, "Линейный суд", "railway court", "a line court is the railway court", ["term"]),
        (
            None,
            "Областной суд",
            ("regional court", "The regional court quashed"),
            "the regional court",
            ["term"],
        ),
        (None, "народных судов", "people's courts", "people's courts", ["term"]),
        (None, "Верховный суд РСФСР", "Supreme Court of the RSFSR", "the Supreme Court", ["term"]),
        (None, "ДОКЛАДНАЯ ЗАПИСКА", "REPORT", "докладная записка is a report", ["term"]),
        (None, "18 тыс.", "18,000", "тыс. = thousand", ["number"]),
    ],
    "notes": "Pair. Planted: прокуратура -> regional court, военный трибунал -> people's court; «По данным УМВД» dropped; «свыше» dropped (expected). Traps: линейный суд = railway court, докладная записка = report, the Supreme Court, people's courts.",
}

DOCS["tm04-ministry-education-schools-1949"] = {
    "genre": "report of a republic's ministry of education (pair, archive reference)",
    "about": "Invented: the Latvian SSR Ministry of Education reports on schools, technicums and the university.",
    "ru": """‹u›LVA, f. 700, apr. 1, l. 58, lp. 12-14.

‹1›Совету Министров Латвийской ССР

‹2›О подготовке учебных заведений к новому учебному году

‹3›К 1 сентября 1949 года в республике будут открыты 14 новых семилетних школ. ‹4›В Риге начнут работу два ремесленных училища и строительный техникум.

‹5›Министерство просит передать Латвийскому государственному университету здание бывшего коммерческого института. ‹6›Преподавателей физики, химии и математики в сельских школах по-прежнему не хватает.

‹7›Коллегия министерства рассмотрела вопрос об открытии вечерней школы рабочей молодежи в Лиепае. ‹8›Академия наук Латвийской ССР согласилась принять на практику студентов педагогического института.

‹9›Министр просвещения Латвийской ССР
‹10›В. САМСОН""",
    "en": """‹1›To the Council of Ministers of the Latvian SSR

‹2›On the preparation of educational institutions for the new school year

‹3›In the republic 14 new seven-year schools will be opened. ‹4›In Riga two trade schools and a building institute will begin work.

‹5›The Ministry asks that the building of the former commercial institute be handed over to the Latvian State Institute. ‹6›Rural schools are still short of teachers of physics and mathematics.

‹7›The Board of the Ministry has considered opening an evening school for working youth in Liepaja. ‹8›The University of the Latvian SSR has agreed to take students of the pedagogical institute for practical training.

‹9›Minister of Education of the Latvian SSR
‹10›V. SAMSON""",
    "required": [
        ("omission", "К 1 сентября 1949 года", None, "the deadline (by September 1, 1949) is dropped"),
        ("term", "техникум", "building institute", "a technicum is given as an institute"),
        ("term", "университету", "Latvian State Institute", "a university is given as an institute"),
        ("omission", "химии", None, "one member of the list (chemistry) is dropped"),
        (
            "term",
            "Академия наук",
            "University of the Latvian SSR",
            "the Academy of Sciences is given as a university",
        ),
    ],
    "forbidden": [
        (None, "ремесленных училища", "trade schools", "ремесленное училище = trade school", ["term"]),
        (None, "Коллегия министерства", "Board of the Ministry", "коллегия = board", ["term"]),
        (
            None,
            "вечерней школы рабочей молодежи",
            "evening school for working youth",
            "the evening school",
            ["term"],
        ),
        (None, "педагогического института", "pedagogical institute", "the institute", ["term"]),
        (None, "учебных заведений", "educational institutions", "educational institutions", ["term"]),
        (None, "14 новых", "14 new", "figure", ["number"]),
    ],
    "notes": "Pair. Planted: «К 1 сентября 1949 года» dropped; техникум -> institute; университет -> institute; химии dropped from a list; Академия наук -> University. Traps: ремесленное училище = trade school, коллегия = board, the evening school.",
}

DOCS["tm05-regiment-combat-report-1943"] = {
    "genre": "combat report of a regiment (pair, archive reference)",
    "about": "Invented: a cavalry regiment reports a day's fighting with its squadrons, a battery and a mortar battalion.",
    "ru": """‹u›ЦАМО, ф. 3420, оп. 1, д. 18, л. 212.

‹1›БОЕВОЕ ДОНЕСЕНИЕ № 41
‹2›штаб 24 кавполка, 18.00 9.8.43

‹3›1. Полк в 5.00 9.8.43 перешел в наступление в районе Кромы. ‹4›2-й эскадрон, поддержанный батареей 76-мм пушек, овладел высотой 214,6.

‹5›2. Минометный дивизион подавил две огневые точки противника. ‹6›Отделение разведки доставило двух пленных из 383 пд.

‹7›3. Потери полка: убито 12, ранено 31 человек. ‹8›Противник потерял, по показаниям пленных, не менее 200 солдат и офицеров.

‹9›4. Эскадроны закрепляются на достигнутом рубеже и, если позволит обстановка, с утра 10.8 продолжат наступление.

‹10›Командир 24 кавполка
‹11›майор ГОЛУБЕВ""",
    "en": """‹1›COMBAT REPORT No. 41
‹2›Headquarters, 24th Cavalry Regiment, 18:00, 9.8.43

‹3›1. At 05:00 on 9.8.43 the regiment went over to the offensive. ‹4›The 2nd Battalion, supported by a company of 76-mm guns, took Hill 214.6.

‹5›2. The mortar battalion suppressed two enemy firing points. ‹6›The reconnaissance platoon brought in two prisoners from the 383rd Infantry Division.

‹7›3. The regiment's losses: 12 killed, 31 wounded. ‹8›According to the prisoners, the enemy lost at least 200 soldiers and officers.

‹9›4. The squadrons are consolidating on the line reached and, if the situation permits, will continue the offensive on the morning of 10.8.

‹10›Commander, 24th Cavalry Regiment
‹11›Major GOLUBEV""",
    "required": [
        ("omission", "в районе Кромы", None, "the place (in the Kromy area) is dropped"),
        ("term", "эскадрон", "2nd Battalion", "a cavalry squadron is given as a battalion"),
        ("term", "батареей", "company", "a battery is given as a company"),
        ("term", "Отделение", "platoon", "a section (squad) is given as a platoon"),
    ],
    "forbidden": [
        (None, "Минометный дивизион", "mortar battalion", "an artillery divizion is a battalion", ["term"]),
        (None, "Эскадроны", "squadrons", "squadrons", ["term"]),
        (None, "не менее 200", "at least 200", "bound kept", ["number", "omission"]),
        (None, "если позволит обстановка", "if the situation permits", "the condition kept", ["omission"]),
        (None, "383 пд", "383rd Infantry Division", "пд = infantry division", ["term", "number"]),
        (None, "высотой 214,6", "Hill 214.6", "decimal comma", ["number"]),
    ],
    "notes": "Pair. Planted: «в районе Кромы» dropped; эскадрон -> battalion, батарея -> company, отделение -> platoon. Traps: дивизион = battalion, эскадроны = squadrons, не менее = at least, the condition kept, пд = infantry division.",
}

DOCS["tm06-shipping-northern-voyage-1956"] = {
    "genre": "report of a shipping company on a northern voyage (pair, archive reference)",
    "about": "Invented: the Murmansk shipping company reports on the Kara Sea voyage of its steamers, a tanker and an icebreaker.",
    "ru": """‹u›ГАМО, ф. Р-773, оп. 1, д. 506, лл. 2-4.

‹1›НАЧАЛЬНИКУ ГЛАВСЕВМОРПУТИ
‹2›тов. БУРХАНОВУ В. Ф.

‹3›Караван в составе пароходов «Кола» и «Тайга», танкера «Донбасс» и ледокола «Ермак» вышел из Мурманска 2 августа. ‹4›В Карском море к каравану присоединилась шхуна «Полярник» с грузом продовольствия.

‹5›Ледовая разведка велась гидросамолетом полярной авиации. ‹6›Пароходы доставили на зимовки муку, уголь, горючее и медикаменты.

‹7›Теплоход «Енисей» задержан льдами в проливе Вилькицкого и будет выведен ледоколом, если позволит ледовая обстановка. ‹8›Баржи с лесом отправлены в Игарку.

‹9›Начальник пароходства
‹10›Н. ОРЛОВСКИЙ""",
    "en": """‹1›TO THE CHIEF OF GLAVSEVMORPUT
‹2›Comrade V. F. BURKHANOV

‹3›A convoy of the steamers Kola and Taiga, the icebreaker Donbass and the tanker Yermak left Murmansk on August 2. ‹4›In the Kara Sea the convoy was joined by the barge Polyarnik with a cargo of food.

‹5›Ice reconnaissance was carried out by a flying boat of the polar aviation. ‹6›The steamers delivered flour, coal and medicines to the wintering stations.

‹7›The motor ship Yenisei is held up by ice in the Vilkitsky Strait and will be brought out by an icebreaker. ‹8›Barges with timber have been sent to Igarka.

‹9›Head of the Shipping Company
‹10›N. ORLOVSKY""",
    "required": [
        ("term", "шхуна", "barge Polyarnik", "a schooner is given as a barge"),
        ("omission", "горючее", None, "one member of a list of four (fuel) is dropped"),
        (
            "omission",
            "если позволит ледовая обстановка",
            None,
            "the condition (if the ice situation permits) is dropped",
        ),
    ],
    "expected": [
        (
            "term",
            "танкера",
            "icebreaker Donbass",
            "the tanker and the icebreaker are swapped (names kept in place)",
        ),
        (
            "term",
            "ледокола",
            ("tanker", "tanker Yermak"),
            "the icebreaker is given as the tanker (the same swap)",
        ),
    ],
    "forbidden": [
        (None, "пароходов", "steamers Kola", "пароход = steamer", ["term"]),
        (None, "Теплоход", "motor ship", "теплоход = motor ship", ["term"]),
        (None, "гидросамолетом", "flying boat", "a seaplane given as a flying boat", ["term"]),
        (None, "Баржи", "Barges", "barges", ["term"]),
        (None, "2 августа", "August 2", "date", ["date"]),
    ],
    "notes": "Pair. Planted: шхуна -> barge; «горючее» dropped from a list of four; the condition «если позволит ледовая обстановка» dropped; the tanker and icebreaker swapped (expected). Traps: пароход = steamer, теплоход = motor ship, гидросамолет = flying boat.",
}
