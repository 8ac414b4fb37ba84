# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented ua documents of archival-own (read by build_archival_ua.py): six record kinds, scored once.

A railway ministry's report on a train accident, an embassy's report on a foreign parliamentary election, a
military district's order on exercises, a foreign communist party leader's letter to the CC, a geological
expedition's report and a border detachment's report on a seized cargo, written without looking at the tool's
rules, to measure it on unseen documents. Every text is invented (persons are real names in made-up contexts;
figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["ua01-mps-train-accident-fastov-1956"] = {
    "genre": "report of the Ministry of Railways to the Council of Ministers on a train accident (pair, archive reference, outgoing number)",
    "about": "Invented: Beshchev reports a derailment of a freight train with oil tank cars on the South-Western Railway in October 1956.",
    "ru": """‹u›ГА РФ, ф. Р-5446, оп. 90, д. 214, лл. 31-34.

‹1›Секретно

‹2›СОВЕТ МИНИСТРОВ СССР
‹3›товарищу БУЛГАНИНУ Н. А.

‹4›Министерство путей сообщения докладывает о крушении товарного поезда № 2214 на Юго-Западной железной дороге.

‹5›23 октября 1956 года в 2 ч. 35 м. на перегоне Фастов - Попельня при следовании со скоростью 65 км/час сошли с рельсов тепловоз и 17 вагонов, в том числе 11 цистерн с нефтью. ‹6›Из цистерн вылилось около 400 тонн нефти, произошел пожар, который был ликвидирован к 9 часам утра. ‹7›Погибли помощник машиниста и кондуктор, машинист тов. Гладченко получил тяжелые ранения.

‹8›Движение поездов на участке было прервано на 19 часов. ‹9›За это время задержано 46 поездов, из них 8 пассажирских.

‹10›Комиссия под председательством заместителя начальника Юго-Западной железной дороги тов. Кривоноса установила, что причиной крушения явился излом рельса на кривой малого радиуса. ‹11›Рельс был уложен в 1938 году и подлежал замене еще в прошлом году, однако начальник дистанции пути тов. Шевчук работы не выполнил. ‹12›Материальный ущерб составил 1,2 млн. рублей.

‹13›Начальник дистанции пути тов. Шевчук снят с работы, а дело о нем передано в органы прокуратуры. ‹14›Начальнику Юго-Западной дороги объявлен строгий выговор.

‹15›МПС дало указание проверить до 15 ноября все кривые малого радиуса на дорогах Украины и заменить изношенные рельсы в первую очередь.

‹16›Министр путей сообщения
‹17›Б. БЕЩЕВ

‹18›28 октября 1956 г.
‹u›№ 1840-с""",
    "en": """‹1›Secret

‹2›USSR COUNCIL OF MINISTERS
‹3›Comrade N. A. BULGANIN

‹4›The Ministry of Railways reports on the wreck of freight train No. 2214 on the South-Western Railway.

‹5›On October 25, 1956, at 2:35 a.m., on the Fastov-Popelnya section, a diesel locomotive and 17 cars, 11 of them tank cars with gasoline, left the rails while running at 65 km per hour. ‹6›About 400 tons of oil spilled from the tank cars and caught fire; the fire was put out by 9 a.m. ‹7›The assistant engine driver and the conductor were killed, and the engine driver, Comrade Gladchenko, was seriously injured.

‹8›Traffic on the line was interrupted for 19 hours, ‹9›during which 46 trains were held up, 8 of them passenger trains.

‹10›A commission chaired by Comrade Krivonos, head of the South-Western Railway, established that the wreck was caused by a broken rail on a sharp curve. ‹11›The rail had been laid in 1938 and was due to be replaced as early as last year, but the head of the track section, Comrade Shevchuk, did not carry out the work. ‹12›The material damage amounted to 1.2 million rubles.

‹13›Comrade Shevchuk, head of the track section, has been removed from his post. ‹14›The head of the South-Western Railway has been given a severe reprimand.

‹15›The Ministry has instructed that all sharp curves on the Ukrainian railways be checked by November 15 and that worn rails be replaced first.

‹16›Minister of Railways
‹17›B. BESHCHEV

‹18›October 28, 1956""",
    "required": [
        ("date", "23 октября 1956 года", "October 25, 1956", "October 23 is given as October 25"),
        (
            "term",
            "цистерн с нефтью",
            "tank cars with gasoline",
            "tank cars of crude oil are given as tank cars of gasoline",
        ),
        (
            "title",
            "заместителя начальника Юго-Западной железной дороги",
            ("head of the South-Western Railway", "Krivonos, head of the South-Western Railway"),
            "the deputy head of the railway is given as its head",
        ),
        (
            "omission",
            "а дело о нем передано в органы прокуратуры",
            None,
            "the clause on handing Shevchuk's case to the procuracy is left out",
        ),
    ],
    "forbidden": [
        (
            None,
            "Министерство путей сообщения докладывает",
            "The Ministry of Railways reports",
            "the ministry's usual English name",
            ["term", "name"],
        ),
        (None, "№ 2214", "No. 2214", "train number", ["number"]),
        (None, "в 2 ч. 35 м.", "at 2:35 a.m.", "hours and minutes", ["number", "date"]),
        (None, "Фастов - Попельня", "Fastov-Popelnya", "a section between two stations", ["name", "number"]),
        (None, "65 км/час", "65 km per hour", "the same speed", ["number"]),
        (None, "и 17 вагонов", "and 17 cars", "the same figure", ["number"]),
        (None, "в том числе 11", "11 of them", "the same figure", ["number"]),
        (None, "около 400 тонн", "About 400 tons", "the same figure", ["number"]),
        (None, "к 9 часам утра", "by 9 a.m.", "the same hour", ["number", "date"]),
        (
            None,
            "Погибли помощник машиниста",
            "The assistant engine driver",
            "the order of subject and verb turned",
            ["omission", "title"],
        ),
        (None, "тов. Гладченко", "Comrade Gladchenko", "the same name", ["name"]),
        (None, "на 19 часов", "for 19 hours", "the same period", ["number", "date"]),
        (
            None,
            "задержано 46 поездов",
            "46 trains were held up",
            "two sentences joined",
            ["number", "omission"],
        ),
        (None, "из них 8 пассажирских", "8 of them passenger trains", "the same figure", ["number"]),
        (
            None,
            "на кривой малого радиуса",
            "on a sharp curve",
            "кривая малого радиуса = sharp curve",
            ["term", "omission"],
        ),
        (None, "в 1938 году", "in 1938", "the same year", ["number", "date"]),
        (None, "1,2 млн. рублей", "1.2 million rubles", "decimal comma, млн. = million", ["number"]),
        (
            None,
            "начальник дистанции пути тов. Шевчук работы",
            "the head of the track section",
            "дистанция пути = track section",
            ["term", "title"],
        ),
        (None, "строгий выговор", "severe reprimand", "the same penalty", ["term"]),
        (
            None,
            "МПС дало указание",
            "The Ministry has instructed",
            "МПС rendered as 'the Ministry'",
            ["term", "name", "omission"],
        ),
        (None, "до 15 ноября", "by November 15", "the same date", ["number", "date"]),
        (
            None,
            "на дорогах Украины",
            "the Ukrainian railways",
            "a genitive as an adjective",
            ["name", "term"],
        ),
        (None, "28 октября 1956 г.", "October 28, 1956", "the same date", ["number", "date"]),
        (
            None,
            "№ 1840-с",
            None,
            "outgoing number left untranslated",
            ["omission", "number", "date"],
            "minor",
        ),
        (None, "ГА РФ", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Pair with an archive reference and an untranslated outgoing number. Planted: 23 октября -> October 25 (date); цистерн с нефтью -> tank cars with gasoline (term; the next sentence keeps 'oil'); заместителя начальника дороги -> head of the railway (title); the clause «а дело о нем передано в органы прокуратуры» left out (omission). Traps: 2 ч. 35 м. = 2:35 a.m., 65 км/час, в том числе 11 = 11 of them, к 9 часам утра, 1,2 млн. рублей, two sentences joined at «За это время», кривая малого радиуса = sharp curve, дистанция пути = track section, МПС = the Ministry, крушение = wreck, сошли с рельсов = left the rails, на дорогах Украины = Ukrainian railways, the name and post of Shevchuk reordered.",
}

DOCS["ua02-embassy-helsinki-elections-1958"] = {
    "genre": "embassy's report on a foreign parliamentary election (page, Russian first, extra header field)",
    "about": "Invented: the Soviet embassy in Helsinki reports to the Foreign Ministry on the Finnish parliamentary election of July 1958.",
    "page": {
        "date": "July 12, 1958",
        "title": "Report of the USSR Embassy in Finland on the Parliamentary Elections of July 1958",
        "ref": "ua-0202",
        "summary": "The embassy reports the results of the Finnish parliamentary elections, the gains of the Finnish People's Democratic League and the prospects for a new government.",
        "fields": [
            (
                "Original Archive",
                "Archive of Foreign Policy of the Russian Federation (AVP RF), f. 0135, op. 42, p. 231, d. 7 (constructed reference)",
            ),
            ("Associated Places", "Helsinki (Finland)"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АВП РФ, ф. 0135, оп. 42, п. 231, д. 7, лл. 58-63.

‹1›Секретно
‹2›Экз. № 2

‹3›Заместителю Министра иностранных дел СССР
‹4›товарищу ЗОРИНУ В. А.

‹5›О результатах парламентских выборов в Финляндии

‹6›Выборы в эдускунту (парламент) состоялись 6 и 7 июля 1958 года. ‹7›В голосовании приняли участие 75,0 % избирателей, что несколько ниже, чем на выборах 1954 года.

‹8›Наибольшего успеха добился Демократический союз народа Финляндии (ДСНФ), который получил 23,2 % голосов и 50 мест из 200. ‹9›По сравнению с прошлыми выборами ДСНФ увеличил свое представительство на 7 мест и стал самой крупной фракцией парламента. ‹10›Социал-демократическая партия, расколотая на группировку Таннера и оппозицию Скога, потеряла 6 мест.

‹11›Аграрный союз сохранил 48 мест. ‹12›Председатель Аграрного союза В. Сукселайнен в беседе с советником посольства заявил, что его партия не пойдет на создание правительства без участия социал-демократов.

‹13›По мнению руководителя парламентской фракции ДСНФ Хертты Куусинен, президент Кекконен не поручит ДСНФ формирование правительства, несмотря на его победу. ‹14›Наиболее вероятным представляется создание коалиционного правительства во главе с К.-А. Фагерхольмом.

‹15›Посольство продолжает следить за ходом переговоров о формировании правительства.

‹16›Временный поверенный в делах СССР в Финляндии
‹17›В. ЕРОФЕЕВ

‹18›12 июля 1958 г.
‹u›Отп. 3 экз.""",
    "en": """‹1›Secret
‹2›Copy No. 2

‹3›To the Deputy Minister of Foreign Affairs of the USSR
‹4›Comrade V. A. ZORIN

‹5›On the results of the parliamentary elections in Finland

‹6›The elections to the Eduskunta (Parliament) were held on July 6 and 7, 1958. ‹7›75.0 per cent of the voters took part, somewhat fewer than in the elections of 1954.

‹8›The greatest success was won by the Finnish People's Democratic League (SKDL), which received 23.2 per cent of the vote and 50 of the 200 seats. ‹9›Compared with the previous elections the SKDL increased its representation by 17 seats and became the largest group in Parliament. ‹u›The turnout in the industrial towns of the south was the highest since the war. ‹10›The Social Democratic Party, split into the Tanner group and the Skog opposition, lost 6 seats.

‹11›The Agrarian Union kept its 48 seats. ‹12›V. Sukselainen, the chairman of the Agrarian Union, told an embassy counsellor that his party would not agree to form a government without the Social Democrats.

‹13›In the opinion of Ville Pessi, the leader of the SKDL's parliamentary group, President Kekkonen will not entrust the SKDL with forming the government despite its victory. ‹14›The most likely outcome appears to be a coalition government headed by K.-A. Fagerholm.

‹15›The Embassy continues to follow the negotiations on the formation of the government.

‹16›Ambassador of the USSR in Finland
‹17›V. EROFEEV

‹18›July 12, 1958""",
    "required": [
        ("number", "на 7 мест", "by 17 seats", "seven seats are given as seventeen"),
        (
            "addition",
            None,
            "The turnout in the industrial towns",
            "the translation adds a sentence on the turnout in the industrial towns",
        ),
        ("name", "Хертты Куусинен", "Ville Pessi", "Hertta Kuusinen is given as Ville Pessi"),
        (
            "title",
            "Временный поверенный в делах СССР в Финляндии",
            "Ambassador of the USSR in Finland",
            "the chargé d'affaires is given as the ambassador",
        ),
    ],
    "forbidden": [
        (None, "Экз. № 2", "Copy No. 2", "copy number", ["number"]),
        (
            None,
            "Заместителю Министра иностранных дел СССР",
            "To the Deputy Minister of Foreign Affairs of the USSR",
            "the same title",
            ["title"],
        ),
        (None, "ЗОРИНУ В. А.", "V. A. ZORIN", "initials after the name, in the dative", ["name"]),
        (
            None,
            "в эдускунту (парламент)",
            "the Eduskunta (Parliament)",
            "a Finnish word with its gloss",
            ["term", "name", "addition"],
        ),
        (None, "6 и 7 июля 1958 года", "July 6 and 7, 1958", "two days of one month", ["number", "date"]),
        (None, "75,0 %", "75.0 per cent", "decimal comma, % = per cent", ["number"]),
        (None, "выборах 1954 года", "elections of 1954", "the same year", ["number", "date"]),
        (
            None,
            "Демократический союз народа Финляндии (ДСНФ)",
            "Finnish People's Democratic League (SKDL)",
            "a Russian name and acronym against the Finnish acronym",
            ["name", "term"],
        ),
        (None, "23,2 %", "23.2 per cent", "decimal comma", ["number"]),
        (None, "50 мест из 200", "50 of the 200 seats", "the same figures", ["number"]),
        (None, "потеряла 6 мест", "lost 6 seats", "the same figure", ["number"]),
        (None, "сохранил 48 мест", "kept its 48 seats", "the same figure", ["number"]),
        (None, "Таннера", "Tanner", "a Finnish name through Russian", ["name"]),
        (None, "оппозицию Скога", "the Skog opposition", "a Finnish name through Russian", ["name"]),
        (None, "В. Сукселайнен", "V. Sukselainen", "a Finnish name through Russian", ["name"]),
        (
            None,
            "с советником посольства",
            "an embassy counsellor",
            "советник = counsellor",
            ["title", "term"],
        ),
        (
            None,
            "не пойдет на создание правительства",
            "would not agree to form a government",
            "the negation kept, an idiom rendered",
            ["omission", "term"],
        ),
        (
            None,
            "президент Кекконен не поручит",
            "President Kekkonen will not entrust",
            "the negation kept",
            ["omission", "name", "title"],
        ),
        (
            None,
            "К.-А. Фагерхольмом",
            "K.-A. Fagerholm",
            "a hyphenated pair of initials, instrumental case",
            ["name"],
        ),
        (None, "12 июля 1958 г.", "July 12, 1958", "the same date", ["number", "date"]),
        (None, "Отп. 3 экз.", None, "copy note", ["omission", "number"], "minor"),
    ],
    "notes": "Russian-first page with extra header fields and an untranslated copy note. Planted: на 7 мест -> by 17 seats (number); an added sentence on the turnout in the industrial towns (addition); Хертты Куусинен -> Ville Pessi (name); Временный поверенный в делах -> Ambassador (title). Traps: эдускунта (парламент) = Eduskunta (Parliament), 6 и 7 июля, 75,0 % and 23,2 % = per cent, ДСНФ = SKDL, 50 мест из 200, Finnish names through Russian (Таннер, Ског, Сукселайнен, Кекконен, Фагерхольм with К.-А.), negations kept (не пойдет, не поручит), советник посольства = an embassy counsellor.",
}

DOCS["ua03-belvo-order-exercises-1957"] = {
    "genre": "order of the commander of a military district on exercises (pair, numbered points, copy number)",
    "about": "Invented: Marshal Timoshenko orders divisional exercises of the Belorussian Military District in September 1957.",
    "ru": """‹1›Секретно
‹2›Экз. № 4

‹3›ПРИКАЗ
‹4›КОМАНДУЮЩЕГО ВОЙСКАМИ БЕЛОРУССКОГО ВОЕННОГО ОКРУГА
‹5›№ 0117
‹6›31 июля 1957 г. г. Минск

‹7›Содержание: О проведении дивизионных тактических учений

‹8›В соответствии с планом боевой подготовки на 1957 год ‹9›ПРИКАЗЫВАЮ:

‹10›1. Провести с 10 по 14 сентября 1957 года тактическое учение 120-й гвардейской мотострелковой дивизии с боевой стрельбой на Полоцком полигоне.
‹11›2. К участию в учении привлечь не менее 80 % личного состава дивизии, а также 28-й отдельный понтонно-мостовой батальон.
‹12›3. Руководителем учения назначить командира 11-го гвардейского стрелкового корпуса генерал-лейтенанта Андреева.
‹13›4. Боевую стрельбу артиллерии не проводить ближе 5 км от населенных пунктов.
‹14›5. Выход частей в район учения осуществить в ночь на 9 сентября походным порядком.
‹15›6. Расход горюче-смазочных материалов не должен превышать 1.200 тонн.

‹16›Отчет о проведении учения представить в штаб округа к 1 октября.

‹17›Командующий войсками
‹18›Белорусского военного округа
‹19›Маршал Советского Союза С. ТИМОШЕНКО

‹20›Член Военного совета
‹21›генерал-лейтенант В. ПОНОМАРЕНКО""",
    "en": """‹1›Secret
‹2›Copy No. 4

‹3›ORDER
‹4›OF THE COMMANDER OF THE TROOPS OF THE BELORUSSIAN MILITARY DISTRICT
‹5›No. 0117
‹6›July 31, 1957, Minsk

‹7›Subject: On the conduct of divisional tactical exercises

‹8›In accordance with the combat training plan for 1957, ‹9›I ORDER:

‹10›1. A tactical exercise of the 120th Guards Tank Division with live firing is to be held at the Polotsk range from September 10 to 19, 1957.
‹11›2. No more than 80 per cent of the division's personnel are to take part in the exercise, together with the 28th Separate Pontoon Bridge Battalion.
‹12›3. Lieutenant General Andreev, commander of the 11th Guards Rifle Corps, is appointed director of the exercise.
‹13›4. Artillery live firing is to be conducted within 5 km of inhabited localities.
‹14›5. The units are to move into the exercise area by road march on the night of September 8-9.
‹15›6. Consumption of fuels and lubricants must not exceed 1,200 tons.

‹16›A report on the exercise is to be submitted to district headquarters by October 1.

‹17›Commander of the Troops
‹18›of the Belorussian Military District
‹19›Marshal of the Soviet Union S. TIMOSHENKO

‹20›Member of the Military Council
‹21›Lieutenant General V. PONOMARENKO""",
    "required": [
        (
            "date",
            "с 10 по 14 сентября 1957 года",
            "from September 10 to 19, 1957",
            "the exercise ends on September 14, not 19",
        ),
        (
            "term",
            "мотострелковой дивизии",
            "Tank Division",
            "a motorized rifle division is given as a tank division",
        ),
        (
            "number",
            "не менее 80 %",
            "No more than 80 per cent",
            "«at least 80 %» is given as «no more than 80 per cent»",
        ),
        (
            "omission",
            "не проводить ближе 5 км",
            "is to be conducted within 5 km",
            "«no firing closer than 5 km» is given as «firing is to be conducted within 5 km»: the negation is dropped",
        ),
    ],
    "forbidden": [
        (None, "Экз. № 4", "Copy No. 4", "copy number", ["number"]),
        (None, "№ 0117", "No. 0117", "order number with a leading zero", ["number"]),
        (None, "31 июля 1957 г.", "July 31, 1957", "the same date", ["number", "date"]),
        (None, "на 1957 год", "for 1957", "the same year", ["number", "date"]),
        (None, "ПРИКАЗЫВАЮ:", "I ORDER:", "the order formula", ["omission", "term"]),
        (None, "120-й гвардейской", "120th Guards", "an ordinal", ["number"]),
        (
            None,
            "на Полоцком полигоне",
            "at the Polotsk range",
            "an adjective as a place name",
            ["name", "term"],
        ),
        (
            None,
            "28-й отдельный понтонно-мостовой батальон",
            "28th Separate Pontoon Bridge Battalion",
            "an ordinal and the same unit",
            ["number", "term"],
        ),
        (
            None,
            "11-го гвардейского стрелкового корпуса",
            "11th Guards Rifle Corps",
            "an ordinal and the same unit",
            ["number", "term"],
        ),
        (
            None,
            "генерал-лейтенанта Андреева",
            "Lieutenant General Andreev",
            "the same rank",
            ["title", "name"],
        ),
        (
            None,
            "в ночь на 9 сентября",
            "on the night of September 8-9",
            "в ночь на 9 = the night of the 8th to the 9th",
            ["number", "date"],
        ),
        (None, "походным порядком", "by road march", "a military idiom", ["term", "omission"]),
        (None, "1.200 тонн", "1,200 tons", "thousands dot", ["number"]),
        (None, "не должен превышать", "must not exceed", "the same bound", ["number", "omission"]),
        (None, "к 1 октября", "by October 1", "the same date", ["number", "date"]),
        (None, "в штаб округа", "district headquarters", "штаб округа = district headquarters", ["term"]),
        (
            None,
            "Маршал Советского Союза С. ТИМОШЕНКО",
            "Marshal of the Soviet Union S. TIMOSHENKO",
            "the same rank",
            ["title", "name"],
        ),
        (
            None,
            "генерал-лейтенант В. ПОНОМАРЕНКО",
            "Lieutenant General V. PONOMARENKO",
            "the same rank",
            ["title", "name"],
        ),
        (None, "Член Военного совета", "Member of the Military Council", "the same post", ["title", "term"]),
        (None, "Содержание:", "Subject:", "heading word", ["term"]),
    ],
    "notes": "Pair: an order with numbered points, a copy number and two signatures. Planted: с 10 по 14 сентября -> from September 10 to 19 (date); мотострелковой дивизии -> Tank Division (term); не менее 80 % -> No more than 80 per cent (number: the bound reversed); «Боевую стрельбу ... не проводить ближе 5 км» -> 'live firing is to be conducted within 5 km' (omission: the negation dropped). Traps: № 0117, ПРИКАЗЫВАЮ = I ORDER, ordinals 120-й/28-й/11-го, в ночь на 9 сентября = the night of September 8-9, 1.200 тонн, не должен превышать = must not exceed, ranks, point 1 with its clauses reordered, point 3 turned passive.",
}

DOCS["ua04-pollitt-letter-cc-newsprint-1952"] = {
    "genre": "letter of a foreign communist party leader to the CC (page, translation first; the Russian is the CC's OCR'd translation of the letter)",
    "about": "Invented: Harry Pollitt asks the CC of the CPSU for newsprint for the Daily Worker and for rest places for British comrades.",
    "page": {
        "date": "November 21, 1952",
        "title": "Letter from Harry Pollitt to the CC CPSU",
        "ref": "ua-0404",
        "summary": "The General Secretary of the Communist Party of Great Britain asks for newsprint for the Daily Worker and for places in Soviet sanatoria for party activists.",
        "fields": [
            (
                "Associated People & Organizations",
                "Pollitt, Harry, 1890-1960; Communist Party of Great Britain",
            ),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›To the Central Committee of the Communist Party of the Soviet Union

‹2›Dear Comrades,

‹3›The Executive Committee of the Communist Party of Great Britain, at its meeting of November 15, instructed me to approach you with the following requests.

‹4›The Daily Worker is going through very great difficulties. ‹5›Since the spring the price of newsprint has risen by almost a third, and the circulation of the paper has fallen to 95,000 copies. ‹6›We ask the Central Committee to consider whether it is possible to supply us in 1953 with 800 tons of printing ink on credit terms. ‹7›Payment could be made in pounds sterling over three years.

‹8›We also ask you to receive in Soviet sanatoria for treatment a group of 12 comrades, active workers of the Party, some of whom were seriously ill after the years of war.

‹9›Comrade John Gollan will come to Moscow at the end of December to discuss the details.

‹10›With fraternal greetings,
‹11›Harry Pollitt
‹12›General Secretary of the Communist Party of Great Britain

‹13›London, November 21, 1952""",
    "ru": """‹u›Перевод с английского

‹1›Центральному Комитету Коммунистической партии Советского Союза

‹2›Дорогие товарищи!

‹3›Исполнительный комитет Коммунистической партии Великобритании на своем 3аседании 15 ноября поручил мне обратиться к вам со следующими просьбами.

‹4›Газета «Дейли Уоркер» переживает очень большие трудности. ‹5›С весны цена газетной бумаги поднялась почти на треть, а тираж газеты упал до 95 тыс. экземпляров. ‹u›Мы вынуждены были сократить газету с шести до четырех полос. ‹6›Просим Центральный Комитет рассмотреть возможность поставки нам в 1953 году 800 тонн газетной бумаги на условиях кредита. ‹7›Оплата могла бы быть произведена в фунтах стерлингов в течение трех лет.

‹8›Просим также принять на лечение в советские санатории группу из 12 товарищей, активных работников партии, часть из которых тяжело болела после военных лет.

‹9›Для обсуждения подробностей в конце декабря в Москву приедет тов. Раджани Пальме Датт.

‹10›С братским приветом
‹11›Гарри Поллит
‹12›Генеральный секретарь Коммунистической партии Великобритании

‹13›Лондон, 21 ноября 1952 г.

‹u›Перевел: Н. Капитонов""",
    "required": [
        (
            "term",
            "800 тонн газетной бумаги",
            "800 tons of printing ink",
            "newsprint is given as printing ink",
        ),
        (
            "omission",
            "Мы вынуждены были сократить газету с шести до четырех полос.",
            None,
            "the sentence on cutting the paper from six pages to four is left out",
        ),
        ("name", "Раджани Пальме Датт", "John Gollan", "Rajani Palme Dutt is given as John Gollan"),
        ("ocr", "3аседании", None, "'3аседании' has the figure 3 for the letter З"),
    ],
    "forbidden": [
        (None, "Центральному Комитету", "To the Central Committee", "the same body", ["term"]),
        (None, "Исполнительный комитет", "The Executive Committee", "the same body", ["term"]),
        (None, "15 ноября поручил", "November 15", "the same date", ["number", "date"]),
        (None, "3аседании", None, "an OCR garble is no number", ["number", "date"]),
        (None, "«Дейли Уоркер»", "The Daily Worker", "an English title through Russian", ["name", "term"]),
        (None, "почти на треть", "by almost a third", "a fraction", ["number"]),
        (None, "до 95 тыс. экземпляров", "to 95,000 copies", "тыс. = thousand", ["number"]),
        (None, "в 1953 году", "in 1953", "the same year", ["number", "date"]),
        (None, "в течение трех лет", "over three years", "a numeral in words", ["number", "date"]),
        (None, "в фунтах стерлингов", "in pounds sterling", "the same currency", ["term"]),
        (None, "из 12 товарищей", "12 comrades", "the same figure", ["number"]),
        (None, "после военных лет", "after the years of war", "an adjective as a noun", ["term", "date"]),
        (None, "в конце декабря", "at the end of December", "the same part of a month", ["number", "date"]),
        (None, "С братским приветом", "With fraternal greetings", "a letter formula", ["term", "omission"]),
        (None, "Гарри Поллит", "Harry Pollitt", "an English name through Russian", ["name"]),
        (None, "Генеральный секретарь", "General Secretary", "the same title", ["title"]),
        (None, "Лондон, 21 ноября 1952 г.", "London, November 21, 1952", "the same date", ["number", "date"]),
        (None, "Перевод с английского", None, "translator's heading", ["omission"], "minor"),
        (None, "Перевел: Н. Капитонов", None, "translator's line", ["omission", "name"], "minor"),
    ],
    "notes": "Translation-first page; the Russian is the CC's translation of the letter, OCR'd, with a translator's heading and line left unrendered. Planted: газетной бумаги -> printing ink (term; the earlier «цена газетной бумаги» is rendered right as newsprint); the sentence on cutting the paper from six to four pages left out (omission); Раджани Пальме Датт -> John Gollan (name); 3аседании (ocr: the figure 3 for З). Traps: «Дейли Уоркер» = the Daily Worker, почти на треть, 95 тыс., в течение трех лет, в конце декабря, letter formulas, Поллит = Pollitt, the translator's heading and signature.",
}

DOCS["ua05-amakinskaya-expedition-report-1955"] = {
    "genre": "report of a geological expedition to the ministry (pair; OCR'd Russian with a line-break hyphen)",
    "about": "Invented: the head of the Amakinsky expedition reports the discovery of a kimberlite pipe in the Vilyui basin in June 1955.",
    "ru": """‹u›РГАЭ, ф. 9022, оп. 1, д. 1715, лл. 3-5.

‹1›МИНИСТЕРСТВО ГЕОЛОГИИ И ОХРАНЫ НЕДР СССР
‹2›Министру тов. АНТРОПОВУ П. Я.

‹3›ДОКЛАДНАЯ ЗАПИСКА
‹4›о результатах поисковых работ Амакинской экспедиции в 1955 году

‹5›В полевой сезон 1955 года экспедиция работала в бассейне р. Вилюй 14 поисковыми партиями общей численностью 420 человек. ‹6›Основным методом поисков оставалось шлиховое опробование речных отложений на пироп и ильменит.

‹7›13 июня 1955 года поисковая партия геолога Ю. И. Хабардина обнаружила в 350 км к северо-западу от пос. Сунтар кимберлитовую трубку, названную «Мир». ‹8›Трубка имеет в поперечнике около 490 м. ‹9›Из пробы объемом 2,8 м³, отобранной с глубины до 12 м, извлечено 47 кристаллов алмаза общим весом 11,6 карата. ‹10›Наиболее крупный кристалл весит 1,5 карата.

‹11›По предварительной оценке трубка «Мир» является промышленным месторождением, однако окончательный вывод может быть сделан только после проходки разведочных шурфов и бурения скважин.

‹13›Экспедиция испытывает острый недостаток в буровом оборудова-
нии и транспорте. ‹14›Доставка грузов возможна только самолетами Ли-2 и зимой по автозимнику.

‹15›Прошу выделить экспедиции в 1956 году 6 буровых станков и 2 вертолета Ми-4.

‹16›Начальник Амакинской экспедиции
‹17›М. ЗАКОЛДАЕВ

‹18›г. Нюрба, 2 июля 1955 г.""",
    "en": """‹1›USSR MINISTRY OF GEOLOGY AND CONSERVATION OF MINERAL RESOURCES
‹2›To Minister P. Ya. ANTROPOV

‹3›MEMORANDUM
‹4›on the results of the prospecting work of the Amakinsky Expedition in 1955

‹5›In the 1955 field season the expedition worked in the Vilyui River basin with 14 prospecting parties totaling 420 people. ‹6›The main method of prospecting remained heavy-mineral sampling of river deposits for pyrope and ilmenite.

‹7›On June 13, 1955, the prospecting party of the geologist Yu. I. Khabarov found a kimberlite pipe, named "Mir," 350 km northwest of the settlement of Suntar. ‹8›The pipe is about 490 m across. ‹9›From a sample of 2.8 cubic meters taken at a depth of up to 120 m, 47 diamond crystals weighing a total of 11.6 carats were extracted. ‹10›The largest crystal weighs 1.5 carats.

‹11›According to a preliminary assessment, the Mir pipe is a deposit of commercial value. ‹u›Its diamonds are of gem quality and exceed the South African ones in purity.

‹13›The expedition is acutely short of drilling equipment and transport. ‹14›Freight can be delivered only by Li-2 aircraft, and in winter over the winter road.

‹15›I request that the expedition be allocated 6 drilling rigs and 2 Mi-4 helicopters in 1956.

‹16›Head of the Amakinsky Expedition
‹17›M. ZAKOLDAEV

‹18›Nyurba, July 2, 1955""",
    "dehyphenated": ["оборудовании"],
    "required": [
        ("name", "Ю. И. Хабардина", "Yu. I. Khabarov", "the geologist Khabardin is given as Khabarov"),
        ("number", "с глубины до 12 м", "at a depth of up to 120 m", "12 m is given as 120 m"),
        (
            "omission",
            "однако окончательный вывод может быть сделан только после",
            None,
            "the reservation that a final conclusion needs exploratory pits and drilling is left out",
        ),
        (
            "addition",
            None,
            "Its diamonds are of gem quality",
            "the translation adds a sentence on the gem quality of the diamonds",
        ),
    ],
    "forbidden": [
        (
            None,
            "МИНИСТЕРСТВО ГЕОЛОГИИ И ОХРАНЫ НЕДР СССР",
            "USSR MINISTRY OF GEOLOGY AND CONSERVATION OF MINERAL RESOURCES",
            "the ministry's name",
            ["term", "name"],
        ),
        (None, "АНТРОПОВУ П. Я.", "P. Ya. ANTROPOV", "initials after the name", ["name"]),
        (None, "ДОКЛАДНАЯ ЗАПИСКА", "MEMORANDUM", "докладная записка = memorandum", ["term"]),
        (
            None,
            "Амакинской экспедиции в 1955 году",
            "Amakinsky Expedition in 1955",
            "an adjective name transliterated",
            ["name", "number", "date"],
        ),
        (None, "В полевой сезон 1955 года", "In the 1955 field season", "the same year", ["number", "date"]),
        (None, "в бассейне р. Вилюй", "in the Vilyui River basin", "р. = River", ["name", "term"]),
        (None, "14 поисковыми партиями", "14 prospecting parties", "the same figure", ["number"]),
        (None, "420 человек", "420 people", "the same figure", ["number"]),
        (None, "шлиховое опробование", "heavy-mineral sampling", "a technical term", ["term"]),
        (None, "на пироп и ильменит", "for pyrope and ilmenite", "minerals", ["term"]),
        (None, "13 июня 1955 года", "On June 13, 1955", "the same date", ["number", "date"]),
        (None, "в 350 км к северо-западу", "350 km northwest", "the same distance", ["number"]),
        (None, "от пос. Сунтар", "the settlement of Suntar", "пос. = settlement", ["name", "term"]),
        (None, "кимберлитовую трубку", "a kimberlite pipe", "the same term", ["term"]),
        (None, "около 490 м", "about 490 m", "the same figure", ["number"]),
        (None, "2,8 м³", "2.8 cubic meters", "decimal comma, м³ spelt out", ["number"]),
        (None, "47 кристаллов", "47 diamond crystals", "the same figure", ["number"]),
        (None, "11,6 карата", "11.6 carats", "decimal comma", ["number"]),
        (None, "1,5 карата", "1.5 carats", "decimal comma", ["number"]),
        (
            None,
            "промышленным месторождением",
            "a deposit of commercial value",
            "промышленное месторождение = commercial deposit",
            ["term"],
        ),
        (None, "самолетами Ли-2", "Li-2 aircraft", "an aircraft designation", ["number", "name"]),
        (None, "по автозимнику", "over the winter road", "автозимник = winter road", ["term"]),
        (None, "6 буровых станков", "6 drilling rigs", "the same figure", ["number", "term"]),
        (None, "2 вертолета Ми-4", "2 Mi-4 helicopters", "a helicopter designation", ["number", "name"]),
        (None, "в 1956 году", "in 1956", "the same year", ["number", "date"]),
        (None, "М. ЗАКОЛДАЕВ", "M. ZAKOLDAEV", "the same name", ["name"]),
        (
            None,
            "г. Нюрба, 2 июля 1955 г.",
            "Nyurba, July 2, 1955",
            "place and date",
            ["number", "date", "name"],
        ),
        (None, "РГАЭ, ф. 9022", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Pair; the Russian is OCR'd with a line-break hyphen (оборудова-/нии). Planted: Хабардина -> Khabarov (name); с глубины до 12 м -> up to 120 m (number); the reservation «однако окончательный вывод ... бурения скважин» (the second part of a sentence) left out (omission); an added sentence on the gem quality (addition). Traps: р. Вилюй, пос. Сунтар, 2,8 м³ = 2.8 cubic meters, 11,6 and 1,5 карата, Ли-2 and Ми-4, шлиховое опробование = heavy-mineral sampling, автозимник = winter road, докладная записка = memorandum, промышленное месторождение = deposit of commercial value, the place and the date of the last line.",
}

DOCS["ua06-border-detachment-seized-schooner-1959"] = {
    "genre": "border detachment's report on a detained vessel with a seized cargo (page, Russian first, no blank line between the sides)",
    "about": "Invented: the Batumi border detachment reports the detention of a Turkish motor schooner carrying undeclared goods in August 1959.",
    "page": {
        "date": "August 19, 1959",
        "title": 'Report of the Batumi Border Detachment on the Detention of the Turkish Motor Schooner "Yildiz"',
        "ref": "ua-0606",
        "summary": "A border patrol ship detains a Turkish schooner in Soviet territorial waters; the cargo of textiles and watches is seized and the crew questioned.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
        "sep": "\n",
    },
    "ru": """‹u›ЦПА ФСБ, ф. 14, оп. 3, д. 88, л. 201.

‹1›Совершенно секретно

‹2›Начальнику Главного управления пограничных войск КГБ при СМ СССР
‹3›генерал-лейтенанту ЗЫРЯНОВУ П. И.

‹4›ДОНЕСЕНИЕ

‹5›17 августа 1959 года в 3 ч. 40 м. пограничный сторожевой корабль «ПСКР-112» обнаружил в территориальных водах СССР, в 4,5 милях северо-западнее мыса Зеленый, турецкую моторную шхуну «Йылдыз». ‹6›На сигналы остановиться шхуна не реагировала и пыталась уйти в нейтральные воды. ‹7›После предупредительного выстрела шхуна была задержана и отконвоирована в порт Батуми.

‹8›Экипаж шхуны состоит из 7 человек, капитан - Осман Кара. ‹9›При досмотре обнаружен груз, не указанный в судовых документах: 86 кип шерстяной ткани, 1.240 наручных часов и 312 пачек чулок. ‹10›Груз не был задекларирован. ‹u›Груз не был задекларирован.

‹11›На допросе капитан показал, что груз предназначался для передачи неизвестным лицам с берега в районе Кобулети. ‹12›Стоимость груза по предварительной оценке таможни составляет 385 тыс. рублей.

‹13›Груз передан Батумской таможне, экипаж содержится под стражей. ‹14›Материалы направлены в КГБ при СМ Грузинской ССР для расследования.

‹15›Начальник пограничного отряда
‹16›полковник ГОНЧАРОВ
‹17›19 августа 1959 г.""",
    "en": """‹1›Top Secret

‹2›To the Head of the Main Directorate of Border Troops of the KGB under the USSR Council of Ministers
‹3›Lieutenant General P. I. ZYRYANOV

‹4›REPORT

‹5›On August 7, 1959, at 3:40 a.m., the border patrol ship PSKR-112 sighted the Turkish motor launch "Yildiz" in the territorial waters of the USSR, 4.5 miles northwest of Cape Zelenyi. ‹6›The schooner did not respond to signals to stop and tried to escape into neutral waters. ‹7›After a warning shot the schooner was detained and escorted to the port of Batumi.

‹8›The schooner's crew consists of 7 men; the master is Osman Kara. ‹9›The search revealed a cargo not listed in the ship's papers: 86 bales of woolen cloth, 1,240 wristwatches and 312 packets of stockings. ‹10›The cargo had been declared.

‹11›Under questioning the master stated that the cargo was to be handed over to unknown persons from the shore in the Kobuleti area. ‹12›The customs' preliminary estimate puts the value of the cargo at 385,000 rubles.

‹13›The cargo has been handed over to the Batumi customs house, and the crew is being held in custody. ‹14›The materials have been sent to the KGB under the Council of Ministers of the Georgian SSR for investigation.

‹15›Head of the Border Detachment
‹16›Colonel GONCHAROV
‹17›August 19, 1959""",
    "required": [
        ("date", "17 августа 1959 года", "August 7, 1959", "August 17 is given as August 7"),
        ("term", "турецкую моторную шхуну", "motor launch", "a motor schooner is given as a motor launch"),
        (
            "duplicate",
            ("Груз не был задекларирован.", "задекларирован. Груз не был задекларирован."),
            None,
            "the sentence «Груз не был задекларирован.» is typed twice",
        ),
        (
            "omission",
            ("Груз не был задекларирован.", "чулок. Груз не был задекларирован."),
            "The cargo had been declared.",
            "«the cargo had not been declared» is given as «had been declared»: the negation is dropped",
        ),
    ],
    "forbidden": [
        (None, "Совершенно секретно", "Top Secret", "classification mark", ["term", "omission"]),
        (
            None,
            "Главного управления пограничных войск КГБ при СМ СССР",
            "Main Directorate of Border Troops",
            "СМ = Council of Ministers",
            ["term", "name"],
        ),
        (
            None,
            "генерал-лейтенанту ЗЫРЯНОВУ П. И.",
            "Lieutenant General P. I. ZYRYANOV",
            "the same rank, initials after the name",
            ["title", "name"],
        ),
        (None, "ДОНЕСЕНИЕ", "REPORT", "донесение = report", ["term"]),
        (None, "в 3 ч. 40 м.", "at 3:40 a.m.", "hours and minutes", ["number", "date"]),
        (None, "«ПСКР-112»", "PSKR-112", "a ship's designation transliterated", ["number", "name"]),
        (None, "в 4,5 милях", "4.5 miles", "decimal comma", ["number"]),
        (
            None,
            "северо-западнее мыса Зеленый",
            "northwest of Cape Zelenyi",
            "a cape's name transliterated",
            ["name", "term"],
        ),
        (None, "«Йылдыз»", '"Yildiz"', "a Turkish name through Russian", ["name"]),
        (
            None,
            "На сигналы остановиться шхуна не реагировала",
            "did not respond to signals",
            "the negation kept",
            ["omission"],
        ),
        (None, "в нейтральные воды", "neutral waters", "the same term", ["term"]),
        (None, "из 7 человек", "7 men", "the same figure", ["number"]),
        (
            None,
            "капитан - Осман Кара",
            "the master is Osman Kara",
            "капитан of a merchant vessel = master, not a rank",
            ["title", "name"],
        ),
        (None, "86 кип", "86 bales", "the same figure", ["number"]),
        (None, "1.240 наручных часов", "1,240 wristwatches", "thousands dot", ["number"]),
        (None, "312 пачек", "312 packets", "the same figure", ["number"]),
        (None, "в районе Кобулети", "in the Kobuleti area", "a Georgian place name", ["name"]),
        (None, "385 тыс. рублей", "385,000 rubles", "тыс. = thousand", ["number"]),
        (None, "Батумской таможне", "Batumi customs house", "an adjective as a place name", ["name", "term"]),
        (
            None,
            "КГБ при СМ Грузинской ССР",
            "KGB under the Council of Ministers of the Georgian SSR",
            "СМ spelt out",
            ["term", "name"],
        ),
        (
            None,
            "Начальник пограничного отряда",
            "Head of the Border Detachment",
            "the same post",
            ["title", "term"],
        ),
        (None, "полковник ГОНЧАРОВ", "Colonel GONCHAROV", "the same rank", ["title", "name"]),
        (None, "19 августа 1959 г.", "August 19, 1959", "the same date", ["number", "date"]),
        (None, "ЦПА ФСБ", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Russian-first page with no blank line between the sides. Planted: 17 августа -> August 7 (date); моторную шхуну -> motor launch (term; later sentences keep 'schooner'); the sentence «Груз не был задекларирован.» typed twice (duplicate), and its translation drops the negation ('The cargo had been declared', omission). Traps: 3 ч. 40 м. = 3:40 a.m., ПСКР-112, 4,5 милях, мыс Зеленый = Cape Zelenyi, «Йылдыз» = Yildiz, капитан = master (a merchant captain, not a rank), 1.240 часов, 385 тыс. рублей, КГБ при СМ, negations kept (не реагировала), the first sentence's clauses reordered.",
}
