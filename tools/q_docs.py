# ruff: noqa: E501  (the sentence pairs are data: one pair a line reads best)
"""The invented q documents of archival-own (read by build_archival_q.py).

Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
A pair is (Russian, English); None marks a line with no counterpart on that side.
Required: (kind, pair, Russian words, English words, why); forbidden: (pair, Russian, English, kinds, max severity, why).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["q01-telegram-hanoi-1954"] = {
    "genre": "ciphered telegram",
    "about": "Invented: the Soviet representative reports Vietnamese requests for rice and trucks.",
    "pairs": [
        ("СОВ. СЕКРЕТНО", "TOP SECRET"),
        ("ШИФРТЕЛЕГРАММА № 4417", "CIPHERED TELEGRAM No. 4417"),
        ("Из Ханоя. Отправлено 9.VI.54 г. 21 ч. 15 м.", "From Hanoi. Sent 9 June 1954 at 21:15."),
        (
            "Москва, МИД СССР, тов. Молотову В. М.",
            "Moscow, USSR Ministry of Foreign Affairs, to Comrade V. M. Molotov",
        ),
        (
            "В ночь на 7 июня меня принял Хо Ши Мин в присутствии Фам Ван Донга.",
            "On the night of June 6-7 Ho Chi Minh received me in the presence of Pham Van Dong.",
        ),
        (
            "Хо Ши Мин просил ускорить отгрузку 12 тыс. тонн риса через порт Хайфон.",
            "Ho Chi Minh asked that the shipment of 12,000 tons of rice through the port of Haiphong be speeded up.",
        ),
        (
            "Генерал Во Нгуен Зиап сообщил, что армии не хватает 350 грузовых автомобилей.",
            "General Vo Nguyen Giap said that the army lacks 350 trucks.",
        ),
        (
            "По его словам, дорога от Лангшона до Ханоя будет восстановлена к 15 июля с.г.",
            "According to him, the road from Lang Son to Hanoi will be restored by July 5 of this year.",
        ),
        (
            "Фам Ван Донг добавил, что делегация выедет в Женеву не позднее 20-го.",
            "Truong Chinh added that the delegation will leave for Geneva no later than the 20th.",
        ),
        (
            "Вьетнамские товарищи готовы оплатить поставки в течение 3-х лет.",
            "The Vietnamese comrades are prepared to pay for the deliveries within 3 years.",
        ),
        ("Прошу Ваших указаний.", "I request your instructions."),
        ("ЛАВРИЩЕВ", "LAVRISHCHEV"),
        ("№ 211", "No. 211"),
    ],
    "required": [
        ("date", 7, "15 июля", "July 5", "15 июля is given as July 5"),
        ("name", 8, "Фам Ван Донг", "Truong Chinh", "Фам Ван Донг (Pham Van Dong) is given as Truong Chinh"),
    ],
    "forbidden": [
        (
            4,
            "В ночь на 7 июня",
            "the night of June 6-7",
            ["date"],
            "minor",
            "в ночь на 7 июня = the night of June 6-7",
        ),
        (4, "Хо Ши Мин", "Ho Chi Minh", ["name"], None, "Vietnamese name through Russian"),
        (4, "Фам Ван Донга", "Pham Van Dong", ["name"], None, "genitive of Фам Ван Донг"),
        (5, "12 тыс. тонн", "12,000 tons", ["number"], None, "12 тыс. = 12,000"),
        (5, "Хайфон", "Haiphong", ["name"], None, "Хайфон = Haiphong"),
        (6, "Во Нгуен Зиап", "Vo Nguyen Giap", ["name"], None, "Во Нгуен Зиап = Vo Nguyen Giap"),
        (7, "Лангшона", "Lang Son", ["name"], None, "Лангшон = Lang Son (two syllables written apart)"),
        (7, "с.г.", "of this year", ["date"], None, "с.г. = of this year"),
        (9, "3-х лет", "3 years", ["number"], None, "3-х = 3 (case ending after a hyphen)"),
        (
            2,
            "9.VI.54 г. 21 ч. 15 м.",
            "9 June 1954 at 21:15",
            ["number", "date"],
            None,
            "Roman month and clock time",
        ),
        (12, "№ 211", "No. 211", ["number"], None, "registration number"),
    ],
    "notes": "Planted: 15 июля -> July 5; Фам Ван Донг -> Truong Chinh. Traps: в ночь на, Vietnamese names, 12 тыс., 3-х, с.г.",
}

DOCS["q02-note-warsaw-1956"] = {
    "genre": "memorandum with footnotes",
    "about": "Invented: an embassy memorandum on Polish coal deliveries, with footnotes on both sides.",
    "pairs": [
        ("СЕКРЕТНО", "SECRET"),
        ("Экз. № 2", "Copy No. 2"),
        ("ПАМЯТНАЯ ЗАПИСКА", "MEMORANDUM"),
        (None, "[Translation]"),
        (
            "19 октября с.г. В. Гомулка принял советника посольства в присутствии Э. Охаба.",
            "On October 19 of this year W. Gomułka received the embassy counsellor in the presence of E. Ochab.",
        ),
        (
            "Гомулка заявил, что Польша поставит в 1957 г. 6,5 млн. тонн угля вместо 8 млн. тонн по соглашению.",
            "Gomułka stated that in 1957 Poland will deliver 6.5 million tons of coal instead of the 8 million tons under the agreement.",
        ),
        (
            "По его словам, цены на уголь должны быть повышены на 15%.",
            "In his words, coal prices must be raised by 15 per cent.",
        ),
        (
            "Уголь будет отгружаться через Гданьск и Щецин¹.",
            "The coal will be shipped through Gdańsk and Szczecin.1",
        ),
        (
            "Ю. Циранкевич обещал передать письменные предложения к 1 ноября.",
            "E. Cyrankiewicz promised to hand over written proposals by November 1.",
        ),
        (
            "Маршал Рокоссовский в беседе участия не принимал.",
            "Marshal Rokossowski took no part in the conversation.",
        ),
        (
            "Советник ответил, что доложит об этом в Москву.",
            "The counsellor replied that he would report this to Moscow.",
        ),
        ("¹ Так в тексте; в соглашении назван также Вроцлав.", None),
        (None, "1 Wrocław is also named in the agreement. – Ed."),
        ("ПОСОЛ СССР В ПОЛЬШЕ", "USSR AMBASSADOR IN POLAND"),
        ("П. ПОНОМАРЕНКО", "P. PONOMARENKO"),
        ("Отп. 3 экз.", None),
    ],
    "required": [
        ("name", 8, "Ю. Циранкевич", "E. Cyrankiewicz", "the initial Ю. (J. for Józef) is given as E."),
    ],
    "forbidden": [
        (4, "19 октября с.г.", "October 19 of this year", ["date"], None, "с.г. = of this year"),
        (4, "В. Гомулка", "W. Gomułka", ["name"], None, "В. = W. in Polish, Гомулка = Gomułka"),
        (4, "Э. Охаба", "E. Ochab", ["name"], None, "Э. = E."),
        (5, "6,5 млн. тонн", "6.5 million tons", ["number"], None, "decimal comma, млн."),
        (5, "8 млн. тонн", "8 million tons", ["number"], None, "the same amount"),
        (6, "15%", "15 per cent", ["number"], None, "% = per cent"),
        (7, "Щецин¹", "Szczecin.1", ["number"], None, "footnote marks glued to words on both sides"),
        (7, "Гданьск", "Gdańsk", ["name"], None, "Polish diacritics"),
        (9, "Рокоссовский", "Rokossowski", ["name"], None, "Polish spelling of the name"),
        (11, "¹ Так в тексте", None, ["omission"], "minor", "the Russian footnote is apparatus"),
        (12, None, "1 Wrocław is also named", ["addition"], "minor", "the editor's footnote is apparatus"),
        (15, "Отп. 3 экз.", None, ["omission"], "minor", "copies count is apparatus"),
        (3, None, "[Translation]", ["addition"], "minor", "editor's heading"),
    ],
    "notes": "Planted: a changed initial (Ю. -> E.). Traps: Polish names, decimal commas, %, footnotes on both sides with different texts.",
}

DOCS["q03-report-budapest-1956"] = {
    "genre": "report",
    "about": "Invented: a report on events in Hungary, names in Hungarian order, period dates, an omission.",
    "pairs": [
        ("СОВЕРШЕННО СЕКРЕТНО", "TOP SECRET"),
        ("ЦК КПСС", "CC CPSU"),
        (
            "В ночь на 24 октября с.г. в Будапеште начались беспорядки.",
            "On the night of October 23-24 of this year disorders began in Budapest.",
        ),
        (
            "Надь Имре был назначен Председателем Совета Министров.",
            "Imre Nagy was appointed Chairman of the Council of Ministers.",
        ),
        (
            "Кадар Янош сменил Герё на посту Первого секретаря ЦР ВПТ.",
            "János Kádár replaced Gerő as First Secretary of the CC HWP.",
        ),
        (
            "В Дьёре и Мишкольце созданы рабочие советы.",
            "Workers' councils have been formed in Győr and Debrecen.",
        ),
        (
            "По данным министерства, в городе находится около 20 тыс. вооруженных лиц.",
            "According to the ministry, about 20 thousand armed persons are in the city.",
        ),
        (
            "Советские части вошли в город в 2 ч. 00 м. 24.X.",
            "Soviet units entered the city at 02:00 on October 24.",
        ),
        (
            "Телефонная связь с Печем прервана с утра 25-го.",
            "Telephone communication with Pécs has been cut since the morning of the 25th.",
        ),
        ("Ракоши Матьяс находится в Москве с июля.", "Mátyás Rákosi has been in Moscow since July."),
        (
            "Венгерские товарищи просят прислать 500 тонн муки.",
            "The Hungarian comrades ask for 500 tons of flour to be sent.",
        ),
        ("Вопрос о выводе войск будет обсужден на следующей неделе в Президиуме ЦК.", None),
        ("А. МИКОЯН", "A. MIKOYAN"),
        ("М. СУСЛОВ", "M. SUSLOV"),
        ("25.Х.56 г.", "25 October 1956"),
    ],
    "required": [
        ("name", 5, "Мишкольце", "Debrecen", "Мишкольц (Miskolc) is given as Debrecen"),
        ("omission", 11, "Вопрос о выводе войск", None, "the translation leaves out this sentence"),
    ],
    "forbidden": [
        (
            2,
            "В ночь на 24 октября",
            "the night of October 23-24",
            ["date"],
            "minor",
            "в ночь на 24 = the night of the 23rd-24th",
        ),
        (3, "Надь Имре", "Imre Nagy", ["name"], None, "Hungarian order: surname first in Russian"),
        (4, "Кадар Янош", "János Kádár", ["name"], None, "Hungarian order and accents"),
        (4, "Герё", "Gerő", ["name"], None, "ё = ő"),
        (5, "Дьёре", "Győr", ["name"], None, "Дьёр = Győr"),
        (6, "20 тыс.", "20 thousand", ["number"], None, "20 тыс. = 20 thousand"),
        (
            7,
            "2 ч. 00 м. 24.X.",
            "02:00 on October 24",
            ["number", "date"],
            None,
            "clock time and Roman month",
        ),
        (8, "Печем", "Pécs", ["name"], None, "Печ = Pécs"),
        (8, "25-го", "the 25th", ["number", "date"], None, "a day of the month alone"),
        (9, "Ракоши Матьяс", "Mátyás Rákosi", ["name"], None, "Hungarian order"),
        (14, "25.Х.56 г.", "25 October 1956", ["date"], None, "Roman month written with a Cyrillic Х"),
    ],
    "notes": "Planted: Мишкольц -> Debrecen; one sentence omitted. Traps: Hungarian name order, ő, в ночь на, Cyrillic Х as Roman ten.",
}

DOCS["q04-letter-prague-1948"] = {
    "genre": "letter",
    "about": "Invented: a trade representative's letter on Czechoslovak grain and machine deliveries (poods, per cent).",
    "pairs": [
        ("Министру внешней торговли СССР", "To the USSR Minister of Foreign Trade"),
        ("тов. Микояну А. И.", "Comrade A. I. Mikoyan"),
        (
            "Сообщаю, что 14 апреля с.г. К. Готвальд принял торгового представителя.",
            "I report that on April 14 of this year K. Gottwald received the trade representative.",
        ),
        (
            "Чехословацкое правительство просит поставить в мае 600 тыс. пудов пшеницы.",
            "The Czechoslovak government asks for 600,000 poods of wheat to be delivered in May.",
        ),
        (
            "Взамен Шкодовские заводы в Пльзене поставят 40 паровозов и 18% своей продукции турбин.",
            "In return the Škoda works in Plzeň will deliver 40 locomotives and 8 per cent of their output of turbines.",
        ),
        (
            "А. Запотоцкий подчеркнул, что рабочие Остравы готовы работать в две смены.",
            "A. Zápotocký stressed that the workers of Ostrava are ready to work two shifts.",
        ),
        (
            "Р. Сланский просил отправить зерно через Брно и Братиславу.",
            "R. Slánský asked for the grain to be sent through Brno and Bratislava.",
        ),
        (
            "Стоимость поставок составит около 1,2 млрд. крон.",
            "The value of the deliveries will be about 1.2 billion crowns.",
        ),
        ("Первые эшелоны могут выйти уже 3-го мая.", "The first trains can leave as early as May 3."),
        ("Подробная справка прилагается.", "A detailed note is attached."),
        ("Приложение: на 4 листах.", "Enclosure: 4 pages."),
        ("С товарищеским приветом", "With comradely greetings"),
        ("Торгпред СССР в ЧСР", "USSR Trade Representative in Czechoslovakia"),
        ("И. БОЛЬШАКОВ", "I. BOLSHAKOV"),
    ],
    "required": [
        ("number", 4, "18%", "8 per cent", "18% is given as 8 per cent"),
    ],
    "forbidden": [
        (2, "14 апреля с.г.", "April 14 of this year", ["date"], None, "с.г."),
        (2, "К. Готвальд", "K. Gottwald", ["name"], None, "Готвальд = Gottwald"),
        (3, "600 тыс. пудов", "600,000 poods", ["number"], None, "тыс. = thousand"),
        (4, "Пльзене", "Plzeň", ["name"], None, "Пльзень = Plzeň"),
        (4, "Шкодовские", "Škoda", ["name"], None, "adjective of Шкода"),
        (5, "А. Запотоцкий", "A. Zápotocký", ["name"], None, "Czech accents"),
        (5, "Остравы", "Ostrava", ["name"], None, "genitive"),
        (6, "Р. Сланский", "R. Slánský", ["name"], None, "Czech accents"),
        (7, "1,2 млрд. крон", "1.2 billion crowns", ["number"], None, "decimal comma, млрд."),
        (8, "3-го мая", "May 3", ["date", "number"], None, "3-го = 3"),
        (10, "на 4 листах", "4 pages", ["number"], None, "the same count"),
    ],
    "notes": "Planted: 18% -> 8 per cent. Traps: Czech names with accents, poods, тыс., млрд., 3-го.",
}

DOCS["q05-telegrams-code-names-1950"] = {
    "genre": "ciphered telegram",
    "about": "Invented: a telegram through a code name, pinyin against Palladius names, editor's brackets in the English.",
    "pairs": [
        ("ШИФРТЕЛЕГРАММА", "CIPHERED TELEGRAM"),
        ("Пекин. Совпосол.", "Beijing. Soviet Ambassador."),
        ("Передайте Мао Цзэ-дуну следующее:", "Convey the following to Mao Zedong:"),
        ("«Тов. Мао Цзэ-дун!", '"Comrade Mao Zedong!'),
        ("Ваша телеграмма от 13.X.50 получена.", "Your telegram of 13 October 1950 has been received."),
        (
            "Мы согласны с тем, что Чжоу Энь-лай и Линь Бяо прибудут в Москву 16 октября.",
            "We agree that Zhou Enlai and Peng Dehuai will arrive in Moscow on October 16.",
        ),
        (
            "Самолет для них будет направлен в Мукден к 15-му.",
            "A plane for them will be sent to Mukden [Shenyang] by the 15th.",
        ),
        (
            "Товарищ Гао Ган может остаться на Северо-Востоке.",
            "Comrade Gao Gang may remain in the Northeast [Manchuria].",
        ),
        (
            "Мы поставим вам 120 истребителей МиГ-15 в течение 2-2,5 месяцев.",
            "We will deliver to you 120 MiG-15 fighters within 2-2.5 months.",
        ),
        ("ФИЛИППОВ»", 'FILIPPOV [Stalin]"'),
        ("Исполнение телеграфируйте.", "Cable on fulfilment."),
        (
            None,
            "[Translator's note: the date of the Chinese telegram is given as 12 October in another copy.]",
        ),
        ("Отпечатано 4 экз.", None),
        ("14.X.50 г. 23 ч. 40 м.", "14 October 1950, 23:40"),
    ],
    "required": [
        ("name", 5, "Линь Бяо", "Peng Dehuai", "Линь Бяо (Lin Biao) is given as Peng Dehuai"),
    ],
    "forbidden": [
        (2, "Мао Цзэ-дуну", "Mao Zedong", ["name"], None, "Palladius against pinyin"),
        (3, "Мао Цзэ-дун", "Mao Zedong", ["name"], None, "Palladius against pinyin"),
        (4, "13.X.50", "13 October 1950", ["date"], None, "Roman month"),
        (5, "Чжоу Энь-лай", "Zhou Enlai", ["name"], None, "Palladius against pinyin"),
        (6, "Мукден", "Mukden [Shenyang]", ["name"], None, "period name with the editor's modern one"),
        (6, "15-му", "the 15th", ["number", "date"], None, "a day alone"),
        (7, "Гао Ган", "Gao Gang", ["name"], None, "Palladius against pinyin"),
        (7, "Северо-Востоке", "[Manchuria]", ["addition", "name"], "minor", "editor's gloss"),
        (8, "2-2,5 месяцев", "2-2.5 months", ["number"], None, "a range with a decimal comma"),
        (8, "МиГ-15", "MiG-15", ["number"], None, "a designation"),
        (
            9,
            "ФИЛИППОВ",
            "FILIPPOV [Stalin]",
            ["name", "addition"],
            "minor",
            "code name with the editor's bracket",
        ),
        (11, None, "[Translator's note:", ["addition", "date"], "minor", "translator's note is apparatus"),
        (12, "Отпечатано 4 экз.", None, ["omission"], "minor", "copies count"),
        (13, "23 ч. 40 м.", "23:40", ["number"], None, "clock time"),
    ],
    "notes": "Planted: Линь Бяо -> Peng Dehuai. Traps: pinyin, code name [Stalin], editor's glosses, translator's note with a date.",
}

DOCS["q06-report-finland-1939"] = {
    "genre": "report",
    "about": "Invented: an NKID report on negotiations with Finland; period place names; a three-to-one join.",
    "pairs": [
        ("НКИД СССР", "PEOPLE'S COMMISSARIAT FOR FOREIGN AFFAIRS"),
        ("СПРАВКА", "NOTE"),
        (
            "12 октября финская делегация во главе с Ю. Паасикиви прибыла в Москву.",
            "On October 12 the Finnish delegation headed by J. Paasikivi arrived in Moscow.",
        ),
        (
            "В ее состав вошли также В. Таннер и полковник Паасонен.",
            "It also included V. Tanner and Colonel Paasonen.",
        ),
        (
            "Финны отклонили передачу островов. Они отклонили и аренду Ханко. Ответ был передан устно.",
            "The Finns rejected both the transfer of the islands and the lease of Hanko, and gave their answer orally.",
        ),
        (
            "Советская сторона предлагала в обмен 5529 кв. км в Карелии.",
            "In exchange the Soviet side offered 5,529 square kilometres in Karelia.",
        ),
        (
            "Граница на Карельском перешейке должна была быть отодвинута на 70 км от Ленинграда.",
            "The frontier on the Karelian Isthmus was to be moved 70 km from Leningrad.",
        ),
        (
            "Из Гельсингфорса сообщают о мобилизации резервистов в Або и Таммерфорсе.",
            "Reports from Helsinki speak of reservists mobilized in Turku and Tampere.",
        ),
        ("Маннергейм выехал в Выборг 9 ноября.", "Mannerheim left for Viipuri on November 19."),
        (
            "Переговоры прерваны 13 ноября, делегация выехала в ночь на 14-е.",
            "The talks were broken off on November 13; the delegation left on the night of the 13th-14th.",
        ),
        (
            "Р. Рюти, по сведениям полпредства, поддерживает линию Паасикиви.",
            "According to the plenipotentiary mission, R. Ryti supports Paasikivi's line.",
        ),
        ("Зав. 5-м Зап. отделом", "Head of the 5th Western Department"),
        ("В. ПОТЕМКИН", "V. POTEMKIN"),
    ],
    "required": [
        ("date", 8, "9 ноября", "November 19", "9 ноября is given as November 19"),
    ],
    "forbidden": [
        (2, "Ю. Паасикиви", "J. Paasikivi", ["name"], None, "Ю. = J. for a Finnish Juho"),
        (3, "В. Таннер", "V. Tanner", ["name"], None, "В. = V."),
        (
            4,
            "Финны отклонили",
            "The Finns rejected",
            ["omission"],
            "minor",
            "three sentences joined into one",
        ),
        (4, "Они отклонили", None, ["omission"], "minor", "joined, not omitted"),
        (4, "Ответ был передан устно.", None, ["omission"], "minor", "joined, not omitted"),
        (5, "5529 кв. км", "5,529 square kilometres", ["number"], None, "thousands comma, кв. км"),
        (7, "Гельсингфорса", "Helsinki", ["name"], None, "period Swedish name Гельсингфорс = Helsinki"),
        (7, "Або", "Turku", ["name"], None, "Або = Turku"),
        (7, "Таммерфорсе", "Tampere", ["name"], None, "Таммерфорс = Tampere"),
        (8, "Выборг", "Viipuri", ["name"], None, "Выборг = Viipuri"),
        (9, "в ночь на 14-е", "the night of the 13th-14th", ["date", "number"], "minor", "в ночь на"),
        (10, "Р. Рюти", "R. Ryti", ["name"], None, "the same"),
        (11, "5-м", "5th", ["number"], None, "ordinal"),
        (6, "70 км", "70 km", ["number"], None, "the same distance"),
    ],
    "notes": "Planted: 9 ноября -> November 19. Traps: Finnish period names, a 3-1 join.",
}

DOCS["q07-record-berlin-1940"] = {
    "genre": "record of conversation",
    "about": "Invented: a record of a conversation with German officials on trade; old and new style dates in a reminiscence.",
    "pairs": [
        ("ЗАПИСЬ БЕСЕДЫ", "RECORD OF CONVERSATION"),
        ("полпреда СССР в Германии с Риббентропом", "of the USSR Plenipotentiary in Germany with Ribbentrop"),
        ("28 февраля 1940 г.", "February 28, 1940"),
        (
            "На беседе присутствовали граф Шуленбург и советник Хильгер.",
            "Count Schulenburg and Counsellor Hilger were present at the conversation.",
        ),
        (
            "Риббентроп сказал, что Германия готова поставить оборудование на сумму 120 млн. германских марок.",
            "Ribbentrop said that Germany was ready to deliver equipment worth 12 million Reichsmarks.",
        ),
        (
            "Поставки пойдут через Кёнигсберг и Мемель.",
            "The deliveries will go through Königsberg and Memel.",
        ),
        (
            "Шнурре, по его словам, подготовит список к 10 марта.",
            "Schnurre, he said, will prepare the list by March 10.",
        ),
        (
            "Риббентроп вспомнил, что его отец был в Петербурге 25 октября (7 ноября) 1917 г.",
            "Ribbentrop recalled that his father was in Petrograd on October 25 (November 7), 1917.",
        ),
        (
            "Германская сторона просит ежемесячно 80 тыс. тонн нефти.",
            "The German side asks for 80,000 tons of oil a month.",
        ),
        (
            "Я ответил, что передам эту просьбу в НКВТ.",
            "I replied that I would pass the request on to the People's Commissariat for Foreign Trade.",
        ),
        ("Беседа продолжалась 1 ч. 20 м.", "The conversation lasted an hour and twenty minutes."),
        ("А. ШКВАРЦЕВ", "A. SHKVARTSEV"),
    ],
    "required": [
        ("number", 4, "120 млн.", "12 million", "120 million Reichsmarks is given as 12 million"),
    ],
    "forbidden": [
        (3, "Шуленбург", "Schulenburg", ["name"], None, "German name through Russian"),
        (3, "Хильгер", "Hilger", ["name"], None, "German name through Russian"),
        (5, "Кёнигсберг", "Königsberg", ["name"], None, "ё = ö"),
        (5, "Мемель", "Memel", ["name"], None, "the same"),
        (6, "Шнурре", "Schnurre", ["name"], None, "double consonant"),
        (
            7,
            "25 октября (7 ноября) 1917 г.",
            "October 25 (November 7), 1917",
            ["date"],
            None,
            "old and new style",
        ),
        (7, "Петербурге", "Petrograd", ["name"], "minor", "period names of one city"),
        (8, "80 тыс. тонн", "80,000 tons", ["number"], None, "тыс."),
        (10, "1 ч. 20 м.", "an hour and twenty minutes", ["number"], None, "a duration in words"),
    ],
    "notes": "Planted: 120 млн. -> 12 million. Traps: German names, old/new style dates, a duration in words.",
}

DOCS["q08-telegram-cairo-1956"] = {
    "genre": "ciphered telegram",
    "about": "Invented: the ambassador reports on Egyptian requests; Arabic names through Russian; amounts in pounds and roubles.",
    "pairs": [
        ("СОВ. СЕКРЕТНО", "TOP SECRET"),
        ("Из Каира", "From Cairo"),
        ("Вне очереди", "Most urgent"),
        ("Москва, тов. Шепилову", "Moscow, to Comrade Shepilov"),
        (
            "2 августа с.г. Гамаль Абдель Насер принял меня в присутствии Али Сабри.",
            "On August 2 of this year Gamal Abdel Nasser received me in the presence of Ali Sabri.",
        ),
        (
            "Насер сообщил, что компания Суэцкого канала приносила около 35 млн. египетских фунтов в год.",
            "Nasser said that the Suez Canal Company had brought in about 25 million Egyptian pounds a year.",
        ),
        (
            "Египет просит поставить 200 тыс. тонн пшеницы в счет кредита в 175 млн. рублей.",
            "Egypt asks for 200,000 tons of wheat on account of a credit of 175 million rubles.",
        ),
        (
            "Президент Сирии Шукри аль-Куатли поддерживает эту просьбу.",
            "The President of Syria, Shukri al-Quwatli, supports this request.",
        ),
        (
            "Из Порт-Саида в Александрию уже переведены два батальона.",
            "Two battalions have already been moved from Port Said to Alexandria.",
        ),
        (
            "Махмуд Фавзи выезжает в Лондон в ночь на 5-е.",
            "Mahmoud Fawzi leaves for London on the night of the 4th-5th.",
        ),
        ("Прошу ускорить ответ.", "I ask for an early reply."),
        ("КИСЕЛЕВ", "KISELEV"),
        ("3.VIII.56", "3 August 1956"),
    ],
    "required": [
        ("number", 5, "35 млн.", "25 million", "35 million is given as 25 million"),
    ],
    "forbidden": [
        (4, "Гамаль Абдель Насер", "Gamal Abdel Nasser", ["name"], None, "Arabic name through Russian"),
        (4, "Али Сабри", "Ali Sabri", ["name"], None, "genitive"),
        (6, "200 тыс. тонн", "200,000 tons", ["number"], None, "тыс."),
        (6, "175 млн. рублей", "175 million rubles", ["number"], None, "the same"),
        (7, "Шукри аль-Куатли", "Shukri al-Quwatli", ["name"], None, "Arabic article"),
        (8, "Порт-Саида", "Port Said", ["name"], None, "hyphen against space"),
        (8, "два батальона", "Two battalions", ["number"], None, "the same count"),
        (9, "Махмуд Фавзи", "Mahmoud Fawzi", ["name"], None, "Arabic name"),
        (9, "в ночь на 5-е", "the night of the 4th-5th", ["date", "number"], "minor", "в ночь на"),
        (12, "3.VIII.56", "3 August 1956", ["date"], None, "Roman month"),
    ],
    "notes": "Planted: 35 млн. -> 25 million. Traps: Arabic names and articles, hyphenated place names, в ночь на.",
}

DOCS["q09-journal-pyongyang-1957"] = {
    "genre": "ambassador's journal",
    "about": "Invented: an ambassador's journal entry with Korean names, a second date system and a translator's 2-3 split.",
    "pairs": [
        ("ИЗ ДНЕВНИКА", "FROM THE JOURNAL"),
        ("посла СССР в КНДР", "of the USSR Ambassador to the DPRK"),
        ("11 мая 1957 г.", "11 May 1957"),
        ("Принял Нам Ира по его просьбе.", "I received Nam Il at his request."),
        (
            "Нам Ир сообщил, что 2-я сессия ВНС откроется 20 мая и продлится 4-5 дней, а бюджет на 1957 г. составит 55,6 млрд. вон.",
            "Nam Il said that the 2nd session of the SPA will open on May 20. It will last 4-5 days. The budget for 1957 will be 55.6 billion won.",
        ),
        (
            "Ли Сын Ман, по его словам, сосредоточил у 38-й параллели до 6 дивизий.",
            "Syngman Rhee, he said, has concentrated up to 6 divisions along the 38th parallel.",
        ),
        (
            "В Кэсоне и Пусане проходят демонстрации.",
            "Demonstrations are taking place in Kaesong and Wonsan.",
        ),
        ("Пак Чан Ок и Чве Чан Ик находятся в Китае.", "Pak Chang-ok and Ch'oe Ch'ang-ik are in China."),
        (
            "Нам Ир просил передать в Москву благодарность за 300 тыс. тонн удобрений.",
            "Nam Il asked me to convey to Moscow thanks for 300,000 tons of fertilizer.",
        ),
        ("Беседа продолжалась 2 часа.", "The conversation lasted two hours."),
        ("Присутствовал советник посольства С. П. Лазарев.", "Embassy counsellor S. P. Lazarev was present."),
        ("Посол СССР в КНДР", "USSR Ambassador to the DPRK"),
        ("А. ПУЗАНОВ", "A. PUZANOV"),
    ],
    "required": [
        ("name", 6, "Пусане", "Wonsan", "Пусан (Pusan) is given as Wonsan"),
    ],
    "forbidden": [
        (3, "Нам Ира", "Nam Il", ["name"], None, "Korean name, genitive in -а"),
        (4, "Нам Ир", "Nam Il", ["name"], None, "Ир = Il"),
        (4, "2-я сессия", "2nd session", ["number"], None, "ordinal"),
        (4, "4-5 дней", "4-5 days", ["number"], None, "a range"),
        (4, "55,6 млрд. вон", "55.6 billion won", ["number"], None, "decimal comma"),
        (5, "Ли Сын Ман", "Syngman Rhee", ["name"], None, "the conventional English form"),
        (5, "38-й параллели", "38th parallel", ["number"], None, "ordinal"),
        (6, "Кэсоне", "Kaesong", ["name"], None, "Кэсон = Kaesong"),
        (7, "Пак Чан Ок", "Pak Chang-ok", ["name"], None, "McCune-Reischauer"),
        (7, "Чве Чан Ик", "Ch'oe Ch'ang-ik", ["name"], None, "McCune-Reischauer with apostrophes"),
        (8, "300 тыс. тонн", "300,000 tons", ["number"], None, "тыс."),
        (9, "2 часа", "two hours", ["number"], None, "a number in words"),
        (4, None, "It will last", ["addition"], "minor", "split from one Russian sentence"),
        (4, None, "The budget for 1957", ["addition"], "minor", "split from one Russian sentence"),
    ],
    "notes": "Planted: Пусан -> Wonsan. Traps: a 1-3 split, Korean names in McCune-Reischauer, Syngman Rhee.",
}

DOCS["q10-report-balkans-1949"] = {
    "genre": "report",
    "about": "Invented: a report on a meeting of Balkan party leaders; Albanian, Yugoslav, Romanian and Bulgarian names.",
    "pairs": [
        ("СЕКРЕТНО", "SECRET"),
        ("Тов. Молотову В. М.", "To Comrade V. M. Molotov"),
        (
            "16 марта в Бухаресте состоялось совещание с участием Г. Георгиу-Дежа, А. Паукер и В. Червенкова.",
            "On March 16 a meeting took place in Bucharest with G. Gheorghiu-Dej, A. Pauker and V. Chervenkov taking part.",
        ),
        (
            "Энвер Ходжа и Мехмет Шеху прибыли из Тираны с опозданием на сутки.",
            "Enver Hoxha and Mehmet Shehu arrived from Tirana a day late.",
        ),
        (
            "Совещание осудило выступления Э. Карделя и М. Джиласа в Белграде.",
            "The meeting condemned the speeches of E. Kardelj and M. Djilas in Belgrade.",
        ),
        (
            "По словам Червенкова, в Софии и Пловдиве арестовано 40 человек.",
            "According to Chervenkov, 40 people have been arrested in Sofia and Plovdiv.",
        ),
        (
            "Георгиу-Деж сообщил, что Румыния поставит Албании 15 тыс. тонн нефтепродуктов.",
            "Gheorghiu-Dej said that Romania will deliver 15 thousand tons of oil products to Albania.",
        ),
        (
            "Ходжа просил направить в Дуррес 12 советских инженеров.",
            "Hoxha asked that 12 Soviet engineers be sent to Durrës.",
        ),
        (
            "А. Ранкович, по данным болгарских товарищей, находится в Загребе.",
            "According to the Bulgarian comrades, A. Ranković is in Ljubljana.",
        ),
        (
            "Следующее совещание намечено на вторую половину апреля.",
            "The next meeting is planned for the second half of April.",
        ),
        ("Посол СССР в Румынии", "USSR Ambassador in Romania"),
        ("С. КАВТАРАДЗЕ", "S. KAVTARADZE"),
    ],
    "required": [
        ("name", 8, "Загребе", "Ljubljana", "Загреб (Zagreb) is given as Ljubljana"),
    ],
    "forbidden": [
        (2, "Г. Георгиу-Дежа", "G. Gheorghiu-Dej", ["name"], None, "Romanian name, genitive"),
        (2, "А. Паукер", "A. Pauker", ["name"], None, "the same"),
        (2, "В. Червенкова", "V. Chervenkov", ["name"], None, "genitive"),
        (3, "Энвер Ходжа", "Enver Hoxha", ["name"], None, "Albanian x = дж"),
        (3, "Мехмет Шеху", "Mehmet Shehu", ["name"], None, "Albanian sh = ш"),
        (3, "Тираны", "Tirana", ["name"], None, "genitive"),
        (4, "Э. Карделя", "E. Kardelj", ["name"], None, "Slovene lj = ль"),
        (4, "М. Джиласа", "M. Djilas", ["name"], None, "Serbian đ = дж"),
        (5, "Пловдиве", "Plovdiv", ["name"], None, "locative"),
        (6, "15 тыс. тонн", "15 thousand tons", ["number"], None, "тыс."),
        (7, "Дуррес", "Durrës", ["name"], None, "Albanian ë"),
        (8, "А. Ранкович", "A. Ranković", ["name"], None, "Serbian ć = ч"),
    ],
    "notes": "Planted: Загреб -> Ljubljana. Traps: Albanian, Serbian, Slovene, Romanian and Bulgarian names in their own spellings.",
}

DOCS["q11-telegram-korean-leaders-1951"] = {
    "genre": "ciphered telegram",
    "about": "Invented: a telegram on Korean leaders in several romanizations, a Soviet Korean name and a term change.",
    "pairs": [
        ("ШИФРТЕЛЕГРАММА", "CIPHERED TELEGRAM"),
        ("Из Пхеньяна", "From Pyongyang"),
        ("Москва, Генштаб, тов. Штеменко", "Moscow, General Staff, to Comrade Shtemenko"),
        (
            "20 января Ким Ду Бон и Пак Ир У обсуждали с советником снабжение 3-го армейского корпуса.",
            "On January 20 Kim Tu-bong and Pak Il-u discussed with the adviser the supply of the 3rd Army Corps.",
        ),
        (
            "Хо Ка И заявил, что в районе Вонсана накоплено 800 тонн боеприпасов.",
            "Ho Ka-i stated that 800 tons of ammunition have been stockpiled in the Wonsan area.",
        ),
        (
            "Цой Ен Ген просит ускорить поставку 40 зенитных орудий.",
            "Choe Yong-gon asks for the delivery of 40 anti-aircraft guns to be speeded up.",
        ),
        (
            "Кан Гон сообщил, что дивизия Му Чена отведена к Сунчхону.",
            "Kang Kon reported that Mu Chong's brigade has been withdrawn to Sunchon.",
        ),
        (
            "Пан Хак Се доложил о задержании 15 агентов в Синыйджу.",
            "Pang Hak-se reported the detention of 15 agents in Sinuiju.",
        ),
        ("Ким Чаек находится в Кэсоне.", "Kim Chaek is in Kaesong."),
        ("РАЗУВАЕВ", "RAZUVAEV"),
        ("№ 0117", "No. 0117"),
    ],
    "required": [
        ("term", 6, "дивизия", "brigade", "дивизия (division) is given as brigade"),
    ],
    "forbidden": [
        (3, "Ким Ду Бон", "Kim Tu-bong", ["name"], None, "McCune-Reischauer t for д"),
        (3, "Пак Ир У", "Pak Il-u", ["name"], None, "Ир = Il"),
        (3, "3-го армейского корпуса", "3rd Army Corps", ["number", "term"], None, "ordinal"),
        (4, "Хо Ка И", "Ho Ka-i", ["name"], None, "syllables joined by a hyphen"),
        (4, "Вонсана", "Wonsan", ["name"], None, "genitive"),
        (5, "Цой Ен Ген", "Choe Yong-gon", ["name"], None, "Цой = Choe"),
        (6, "Кан Гон", "Kang Kon", ["name"], None, "Кан = Kang"),
        (6, "Му Чена", "Mu Chong", ["name"], None, "genitive"),
        (6, "Сунчхону", "Sunchon", ["name"], None, "dative"),
        (7, "Пан Хак Се", "Pang Hak-se", ["name"], None, "Пан = Pang"),
        (7, "Синыйджу", "Sinuiju", ["name"], None, "ый = ui"),
        (8, "Ким Чаек", "Kim Chaek", ["name"], None, "the same"),
        (8, "Кэсоне", "Kaesong", ["name"], None, "locative"),
        (10, "№ 0117", "No. 0117", ["number"], None, "registration number"),
    ],
    "notes": "Planted: дивизия -> brigade. Traps: Korean names in McCune-Reischauer with hyphens, Цой = Choe, Ир = Il.",
}

DOCS["q12-record-berlin-china-1955"] = {
    "genre": "record of conversation",
    "about": "Invented: a record of conversation with GDR leaders about a Chinese delegation; Wade-Giles names; a second date system.",
    "pairs": [
        ("ЗАПИСЬ БЕСЕДЫ", "MEMORANDUM OF CONVERSATION"),
        ("с В. Ульбрихтом и О. Гротеволем", "with W. Ulbricht and O. Grotewohl"),
        ("7 октября 1955 г.", "October 7, 1955"),
        (
            "Беседа состоялась в Панкове в присутствии В. Пика.",
            "The conversation took place in Pankow in the presence of W. Pieck.",
        ),
        (
            "Ульбрихт сообщил, что в ГДР прибыла китайская делегация во главе с Чжу Дэ.",
            "Ulbricht said that a Chinese delegation headed by Chu Teh had arrived in the GDR.",
        ),
        (
            "В состав делегации входят Дэн Сяо-пин и Не Жун-чжэнь.",
            "The delegation includes Teng Hsiao-ping and Nieh Jung-chen.",
        ),
        (
            "Китайские товарищи посетят Лейпциг, Дрезден и Карл-Маркс-Штадт.",
            "The Chinese comrades will visit Leipzig, Dresden and Karl-Marx-Stadt.",
        ),
        (
            "Гротеволь просил передать, что ГДР поставит Китаю оборудование на 85 млн. рублей.",
            "Grotewohl asked me to convey that the GDR will deliver equipment worth 85 million rubles to China.",
        ),
        (
            "Ли Фу-чунь, по словам Ульбрихта, обсудит эти поставки в Москве.",
            "According to Ulbricht, Chen Yun will discuss these deliveries in Moscow.",
        ),
        ("Беседа продолжалась 1,5 часа.", "The conversation lasted an hour and a half."),
        ("Г. ПУШКИН", "G. PUSHKIN"),
    ],
    "required": [
        ("name", 8, "Ли Фу-чунь", "Chen Yun", "Ли Фу-чунь (Li Fu-chun) is given as Chen Yun"),
    ],
    "forbidden": [
        (1, "В. Ульбрихтом", "W. Ulbricht", ["name"], None, "В. = W., instrumental"),
        (1, "О. Гротеволем", "O. Grotewohl", ["name"], None, "German wohl = воль"),
        (3, "Панкове", "Pankow", ["name"], None, "w = в"),
        (3, "В. Пика", "W. Pieck", ["name"], None, "German ie = и, ck = к"),
        (4, "Чжу Дэ", "Chu Teh", ["name"], None, "Wade-Giles"),
        (5, "Дэн Сяо-пин", "Teng Hsiao-ping", ["name"], None, "Wade-Giles hs = с"),
        (5, "Не Жун-чжэнь", "Nieh Jung-chen", ["name"], None, "Wade-Giles j = ж"),
        (6, "Лейпциг", "Leipzig", ["name"], None, "German ei = ей"),
        (6, "Карл-Маркс-Штадт", "Karl-Marx-Stadt", ["name"], None, "German st = шт"),
        (7, "85 млн. рублей", "85 million rubles", ["number"], None, "млн."),
        (9, "1,5 часа", "an hour and a half", ["number"], None, "a duration in words"),
    ],
    "notes": "Planted: Ли Фу-чунь -> Chen Yun. Traps: GDR names (Гротеволь, Пик), Wade-Giles (Teng Hsiao-ping, Nieh Jung-chen), Карл-Маркс-Штадт.",
}

DOCS["q13-telegram-transmission-lines-1951"] = {
    "genre": "ciphered telegram",
    "about": "Invented: a telegram printed as the Wilson Center prints them: transmission lines with 24-hour times and p.m., a distribution list, a code name with the editor's bracket, Revised Romanization, a month-first date; one sentence left out.",
    "own_lines": [*range(0, 8), 12, 13, 14],
    "pairs": [
        ("ШИФРТЕЛЕГРАММА № 51207/ш", "Ciphered Telegram No. 51207/sh"),
        ("Отправлено из Пхеньяна 04.03.51 г. в 22 ч. 10 м.", "Sent from Pyongyang on 03/04/51 at 22:10 p.m."),
        ("Получено в Москве 04.03.51 г. в 23 ч. 55 м.", "Received in Moscow on 03/04/51 at 23:55 p.m."),
        ("Расшифровал Зуев 05.03.51 г. в 1 ч. 20 м.", "Deciphered by Zuev on 03/05/51 at 1:20 a.m."),
        (
            "Рассылка - 6 экз.: Сталину - 2, Молотову - 1, Берия - 1, Булганину - 1, Штеменко - 1.",
            "Distribution list - 6 copies: Stalin - 2, Molotov -1, Beria - 1, Bulganin -1, Shtemenko - 1.",
        ),
        ("ФЫН СИ", "FENG XI [STALIN]"),
        (
            "Передаю письмо КИМ ИР СЕНА, полученное 3 марта.",
            "I relay a letter from KIM IL SUNG received on March 3.",
        ),
        (
            "ПАК ХЕН ЕН сообщил, что 2-я и 7-я дивизии отведены к Хамхыну.",
            "PAK HEON-YEONG [Pak Hon Yong] said that the 2nd and 7th divisions have been withdrawn to Hamhung.",
        ),
        (
            "Корейские товарищи просят 60 грузовиков и 300 тонн бензина.",
            "The Korean comrades ask for 60 trucks and 300 tons of gasoline.",
        ),
        (
            "Ремонт моста через Тэдонган будет закончен к 20 марта.",
            "Repair of the bridge over the Taedong River will be finished by March 20.",
        ),
        ("Противник активизировал разведку в районе Кэсона.", None),
        ("ЧВЕ ЕН ГЕН просит ускорить ответ.", "CHOE YONG-GEON asks for an early reply."),
        ("РАЗУВАЕВ", "RAZUVAEV"),
        (
            "Письмо передано т. Сталину 05.03.51 г. в 12 ч. 40 м.",
            "The letter was cabled to Comrade Stalin on 03.05.51 at 12:40 p.m.",
        ),
        ("Отпечатала Орлова 05.03.51 г. в 2 ч. 15 м.", "Typed by Orlova on 03/05/51 at 2:15 a.m."),
    ],
    "required": [
        (
            "omission",
            10,
            "Противник активизировал разведку",
            None,
            "the translation leaves out this sentence",
        ),
    ],
    "forbidden": [
        (1, "22 ч. 10 м.", "22:10 p.m.", ["number"], None, "a 24-hour time with a needless p.m."),
        (2, "23 ч. 55 м.", "23:55 p.m.", ["number"], None, "a 24-hour time with a needless p.m."),
        (4, "Берия - 1", "Beria - 1", ["number"], None, "list dashes, not minus signs"),
        (4, "Молотову - 1", "Molotov -1", ["number"], None, "list dash glued to the count"),
        (
            5,
            "ФЫН СИ",
            "FENG XI [STALIN]",
            ["number", "name", "addition"],
            "minor",
            "code name; XI is no Roman eleven",
        ),
        (6, "КИМ ИР СЕНА", "KIM IL SUNG", ["name"], "minor", "names in capitals, genitive"),
        (
            7,
            "ПАК ХЕН ЕН",
            "PAK HEON-YEONG [Pak Hon Yong]",
            ["name"],
            None,
            "Revised Romanization with the editor's bracket",
        ),
        (7, "2-я и 7-я", "2nd and 7th", ["number"], None, "ordinals"),
        (7, "Хамхыну", "Hamhung", ["name"], None, "dative"),
        (9, "Тэдонган", "Taedong River", ["name", "term"], None, "Korean -ган = river"),
        (11, "ЧВЕ ЕН ГЕН", "CHOE YONG-GEON", ["name"], None, "capitals, Revised Romanization"),
        (13, "05.03.51 г.", "03.05.51", ["date"], "minor", "a date written month first in the translation"),
        (14, "2 ч. 15 м.", "2:15 a.m.", ["number"], None, "typist's time"),
    ],
    "notes": "Planted: an omitted sentence between translated ones. Traps: transmission lines with 24-hour p.m. times, a distribution list with glued dashes, FENG XI [STALIN], capitals names in Revised Romanization, a month-first date in figures.",
}

DOCS["q14-letter-term-and-witness-1952"] = {
    "genre": "letter with a second witness",
    "about": "Invented: a letter on Mongolian livestock, then the telegram that transmitted its key sentences (a second witness after the letter); a term changed in the translation.",
    "pairs": [
        ("Товарищу СТАЛИНУ И. В.", "To Comrade J. V. STALIN"),
        (
            "Правительство МНР просит поставить в 1952 году 4 тыс. тонн зерна для скотоводческих хозяйств.",
            "The Government of the MPR asks for 4 thousand tons of grain to be delivered in 1952 for livestock farms.",
        ),
        (
            "Падеж скота зимой 1951/52 г. составил около 8%.",
            "The loss of livestock in the winter of 1951-52 came to about 8 per cent.",
        ),
        (
            "Особенно пострадали аймаки Убсунурский и Кобдоский.",
            "The Ubsunur and Kobdo aimags suffered most.",
        ),
        (
            "Просим также направить в Улан-Батор 15 ветеринарных врачей.",
            "We also ask that 15 veterinary surgeons be sent to Ulan Bator.",
        ),
        (
            "Часть зерна будет передана машинно-тракторным станциям.",
            "Part of the grain will be handed over to the collective farms.",
        ),
        (
            "Оплата будет произведена поставками шерсти в течение 2-х лет.",
            "Payment will be made by deliveries of wool within 2 years.",
        ),
        ("С уважением", "Respectfully"),
        ("Ю. ЦЕДЕНБАЛ", "Yu. TSEDENBAL"),
    ],
    "tail_ru": [
        "ШИФРТЕЛЕГРАММА",
        "Из Улан-Батора",
        "Передаю письмо Цеденбала: «Правительство МНР просит поставить в 1952 году 4 тыс. тонн зерна для скотоводческих хозяйств. Просим также направить в Улан-Батор 15 ветеринарных врачей.» Подлинник письма следует почтой.",
        "ИВАНОВ",
    ],
    "required": [
        (
            "term",
            5,
            "машинно-тракторным станциям",
            "collective farms",
            "машинно-тракторные станции (machine and tractor stations) are given as collective farms",
        ),
        (
            "duplicate",
            0,
            "Правительство МНР просит поставить",
            None,
            "the telegram repeats the letter's first sentence (a second witness)",
        ),
    ],
    "forbidden": [
        (1, "4 тыс. тонн", "4 thousand tons", ["number"], None, "тыс."),
        (2, "1951/52 г.", "1951-52", ["number", "date"], None, "a winter across two years"),
        (2, "8%", "8 per cent", ["number"], None, "%"),
        (3, "Убсунурский", "Ubsunur", ["name"], None, "adjective of a place name"),
        (3, "Кобдоский", "Kobdo", ["name"], None, "adjective of a place name"),
        (6, "2-х лет", "2 years", ["number"], None, "case ending"),
        (8, "Ю. ЦЕДЕНБАЛ", "Yu. TSEDENBAL", ["name"], None, "Ю. = Yu."),
        (
            0,
            "ШИФРТЕЛЕГРАММА",
            None,
            ["omission"],
            "minor",
            "the transmitting telegram is a second witness, not an omission",
        ),
        (0, "Передаю письмо Цеденбала", None, ["omission"], "minor", "the witness's framing"),
    ],
    "notes": "Planted: машинно-тракторные станции -> collective farms; the telegram after the letter repeats two of its sentences (duplicate). Traps: the witness block is no omission, 1951/52, adjectives of aimag names.",
}
