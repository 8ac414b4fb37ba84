# ruff: noqa: E501, RUF001  (the texts are data)
"""The invented x documents of archival-own (read by build_archival_x.py): numbers and dates in archival senses.

Kinds the earlier batches lack, all dense with figures: a port report (tonnages, ship counts, «свыше», «около»,
«более сотни», «полтора десятка»), an air corps order on a redeployment (clock times, date ranges, aircraft and
unit designations), a credit memorandum («второй миллиард», «еще одну сотню», 2 1/2 млн., "one thousand, one
hundred"), a harvest return (percentages, centners a hectare, per-head figures, poods), a delegation programme
(Roman-month dates and ranges, «20 или 25», «на днях», «в первой декаде»), a ciphered telegram with registration
and cipher numbers and an old-style date, and census returns (thousands, shares, "per thousand").
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["x01-report-odessa-port-1951"] = {
    "genre": "port report (pair; tonnages, ship counts, approximate quantities)",
    "about": "Invented: the Black Sea Shipping Company reports on the work of the port of Odessa in the third quarter of 1951.",
    "ru": """‹u›РГАЭ, ф. 8045, оп. 4, д. 912, л. 56-58.

‹1›СПРАВКА
‹2›о работе Одесского морского порта за III квартал 1951 года

‹3›За июль-сентябрь 1951 г. порт обработал 312 судов, в том числе 47 иностранных, против 268 судов за тот же период п.г.

‹4›Грузооборот порта составил 1.247,6 тыс. тонн, или 104,2% плана. ‹5›Из общего количества грузов на экспорт отправлено 683 тыс. тонн, на каботаж - свыше 400 тыс. тонн. ‹6›Средняя стояночная норма сокращена с 5,8 до 4,3 суток.

‹7›Выгрузка зерна производилась круглосуточно в три смены; среднесуточная выгрузка достигла 6.200 тонн против 4.900 тонн в августе.

‹8›Простой судов в ожидании причалов составил 1.130 судо-часов, из них более сотни приходится на суда под иностранным флагом. ‹9›Полтора десятка судов задержано из-за отсутствия вагонов.

‹10›В порту работает 2.418 докеров, из них около 300 - сезонные рабочие.

‹11›На IV квартал порту установлен план в 1.310 тыс. тонн.

‹12›Начальник Черноморского государственного морского пароходства
‹13›В. ЛАРИОНОВ
‹14›3.X.51""",
    "en": """‹1›INFORMATION
‹2›on the Work of the Port of Odessa in the Third Quarter of 1951

‹3›In July-September 1951 the port handled 321 ships, 47 of them foreign, against 268 ships in the same period of last year.

‹4›Its turnover amounted to 1,247,600 tons, or 104.2 per cent of the plan. ‹5›Of the total, 683,000 tons were shipped for export and over 400,000 tons in the coastal trade. ‹6›The average time a ship spent in port was cut from 5.8 to 4.3 days.

‹7›Grain was unloaded round the clock in three shifts, and the average daily unloading reached 6,200 tons, against 4,900 tons in August.

‹8›Ships waiting for berths lost 1,130 ship-hours, over a hundred of them by ships under foreign flags. ‹9›Some fifteen ships were held up for want of railway cars.

‹10›The port employs 2,418 dockers, about 200 of them seasonal workers.

‹11›The port's plan for the fourth quarter is 1,310,000 tons.

‹12›Chief of the Black Sea State Shipping Company
‹13›V. LARIONOV
‹14›October 3, 1951""",
    "required": [
        ("number", "312 судов", "321 ships", "312 ships are given as 321"),
        ("number", "около 300", "about 200", "about 300 seasonal workers are given as about 200"),
    ],
    "forbidden": [
        (None, "РГАЭ, ф. 8045", None, "archive reference", ["omission", "number"], "minor"),
        (None, "III квартал 1951 года", "Third Quarter of 1951", "a Roman quarter", ["number", "date"]),
        (None, "июль-сентябрь 1951 г.", "July-September 1951", "a month range", ["number", "date"]),
        (None, "47 иностранных", "47 of them foreign", "the same count", ["number"]),
        (None, "268 судов", "268 ships", "the same count", ["number"]),
        (None, "п.г.", "of last year", "п.г. = прошлого года", ["number", "date"]),
        (None, "1.247,6 тыс. тонн", "1,247,600 tons", "thousands with a decimal comma", ["number"]),
        (None, "104,2%", "104.2 per cent", "a decimal comma and a per cent sign", ["number"]),
        (None, "683 тыс. тонн", "683,000 tons", "тыс.", ["number"]),
        (None, "свыше 400 тыс. тонн", "over 400,000 tons", "свыше = over", ["number"]),
        (
            None,
            "с 5,8 до 4,3 суток",
            "from 5.8 to 4.3 days",
            "сутки = days; a from-to pair",
            ["number", "date"],
        ),
        (None, "в три смены", "in three shifts", "a number in words", ["number"]),
        (None, "6.200 тонн", "6,200 tons", "thousands dot", ["number"]),
        (None, "4.900 тонн", "4,900 tons", "thousands dot", ["number"]),
        (None, "1.130 судо-часов", "1,130 ship-hours", "thousands dot", ["number"]),
        (None, "более сотни", "over a hundred", "a hundred in words", ["number"]),
        (None, "Полтора десятка", "Some fifteen", "полтора десятка = about fifteen", ["number"]),
        (None, "2.418 докеров", "2,418 dockers", "thousands dot", ["number"]),
        (None, "IV квартал", "fourth quarter", "a Roman quarter", ["number", "date"]),
        (None, "1.310 тыс. тонн", "1,310,000 tons", "thousands dot and тыс.", ["number"]),
        (None, "3.X.51", "October 3, 1951", "a Roman month", ["number", "date"]),
    ],
    "notes": "Planted: 312 судов -> 321 ships (number); около 300 -> about 200 (number with a qualifier). Traps: п.г., 1.247,6 тыс., свыше, более сотни = over a hundred, полтора десятка = some fifteen, сутки = days, Roman quarters and months.",
}

DOCS["x02-order-air-corps-redeployment-1952"] = {
    "genre": "air corps order on a redeployment (page, Russian first; clock times, date ranges, designations)",
    "about": "Invented: an air corps commander orders a bomber regiment to move to another airfield.",
    "page": {
        "date": "October 31, 1952",
        "title": "Order of the Commander of the 83rd Mixed Air Corps on the Redeployment of the 132nd Bomber Air Regiment",
        "ref": "xd-0202",
        "translator": "G. Pell",
        "summary": "A regiment of Il-28 bombers is to fly from Khorol to Spassk-Dalny in groups, its ground echelon going by rail.",
        "fields": [
            (
                "Original Archive",
                "Central Archive of the Ministry of Defence (TsAMO), Fond 35, Opis 11285, Delo 447 (constructed reference)",
            ),
            ("Associated Places", "Khorol (Russia); Spassk-Dalny (Russia)"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›ЦАМО РФ, ф. 35, оп. 11285, д. 447, л. 9.

‹1›Совершенно секретно
‹2›Экз. № 2

‹3›ПРИКАЗ
‹4›КОМАНДИРА 83-го СМЕШАННОГО АВИАЦИОННОГО КОРПУСА
‹5›№ 00112

‹6›31 октября 1952 г.

‹7›Во исполнение директивы Главного штаба ВВС № 0971 от 27.X.52

‹8›ПРИКАЗЫВАЮ:

‹9›1. 132-му бомбардировочному авиаполку (в/ч 40817) на самолетах Ил-28 перебазироваться с аэродрома Хороль на аэродром Спасск-Дальний в период с 3 по 7 ноября 1952 г.
‹10›2. Перелет производить группами по 9 самолетов с интервалом 30 минут; вылет первой группы 3 ноября в 5.30 утра.
‹11›3. Наземный эшелон полка отправить по железной дороге двумя эшелонами к 24.00 2.11.
‹12›4. Для перевозки технического состава выделить 4 транспортных самолета Ли-2.
‹13›5. О прибытии каждой группы доносить через 20 минут после посадки, о завершении перебазирования - к 18.00 7 ноября.
‹14›6. Полеты в ночь на 5 ноября запрещаю.

‹15›Командир 83-го смешанного авиакорпуса
‹16›генерал-лейтенант авиации И. СЛЮСАРЕВ

‹17›Начальник штаба корпуса
‹18›полковник Ф. ГРАЧЕВ""",
    "en": """‹1›Top Secret
‹2›Copy No. 2

‹3›ORDER
‹4›OF THE COMMANDER OF THE 83RD MIXED AIR CORPS
‹5›No. 00112

‹6›October 31, 1952

‹7›In fulfilment of directive No. 0971 of the Main Staff of the Air Force of October 27, 1952,

‹8›I ORDER:

‹9›1. The 132nd Bomber Air Regiment (military unit 40817), flying Il-28s, to move from Khorol airfield to Spassk-Dalny airfield between November 3 and 9, 1952.
‹10›2. The move to be made in groups of nine aircraft at thirty-minute intervals; the first group to take off at 5:30 a.m. on November 3.
‹11›3. The regiment's ground echelon to be sent by rail in two trains by midnight on November 2.
‹12›4. Four Li-2 transport aircraft to be assigned to carry the technical personnel.
‹13›5. The arrival of each group to be reported twenty minutes after landing, and the completion of the move by 8 p.m. on November 7.
‹14›6. I forbid flights on the night of November 4-5.

‹15›Commander of the 83rd Mixed Air Corps
‹16›Lieutenant General of Aviation I. SLYUSAREV

‹17›Chief of Staff of the Corps
‹18›Colonel F. GRACHEV""",
    "required": [
        (
            "date",
            "с 3 по 7 ноября 1952 г.",
            "between November 3 and 9, 1952",
            "the move ends on November 7, not the 9th",
        ),
        (
            "number",
            "к 18.00 7 ноября",
            "by 8 p.m. on November 7",
            "18.00 is 6 p.m., not 8 p.m. (a clock time is a number finding)",
        ),
    ],
    "forbidden": [
        (None, "ЦАМО РФ, ф. 35", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Экз. № 2", "Copy No. 2", "the copy number", ["number"]),
        (
            None,
            ("83-го СМЕШАННОГО", "КОМАНДИРА"),
            ("83RD MIXED", "COMMANDER"),
            "an ordinal in capitals",
            ["number"],
        ),
        (None, "№ 00112", "No. 00112", "the order number", ["number"]),
        (None, "31 октября 1952 г.", ("October 31, 1952", "00112"), "the same date", ["number", "date"]),
        (None, "№ 0971 от 27.X.52", "No. 0971", "a directive number", ["number", "date"]),
        (None, "27.X.52", "October 27, 1952", "a Roman month", ["number", "date"]),
        (None, "132-му", "132nd", "an ordinal in the dative", ["number"]),
        (None, "в/ч 40817", "military unit 40817", "a unit number", ["number", "name"], "minor"),
        (None, "Ил-28", "Il-28s", "an aircraft designation", ["number", "name"], "minor"),
        (None, "по 9 самолетов", "nine aircraft", "a number in words", ["number"]),
        (None, "30 минут", "thirty-minute", "a number in words", ["number", "date"]),
        (
            None,
            "3 ноября в 5.30 утра",
            "5:30 a.m. on November 3",
            "a clock time with утра",
            ["number", "date"],
        ),
        (None, "двумя эшелонами", "in two trains", "a number in words", ["number"]),
        (
            None,
            "к 24.00 2.11",
            "by midnight on November 2",
            "24.00 = midnight; a day.month date",
            ["number", "date"],
        ),
        (
            None,
            "4 транспортных самолета Ли-2",
            "Four Li-2 transport aircraft",
            "a designation and a count",
            ["number", "name"],
            "minor",
        ),
        (None, "через 20 минут", "twenty minutes", "a number in words", ["number", "date"]),
        (
            None,
            "в ночь на 5 ноября",
            "on the night of November 4-5",
            "в ночь на 5 = the night of the 4th-5th",
            ["number", "date"],
        ),
        (None, ("1. 132-му", "ПРИКАЗЫВАЮ"), ("1. The 132nd", "I ORDER"), "list numbering", ["number"]),
        (
            None,
            ("83-го смешанного", "Командир"),
            ("83rd Mixed", "Commander of the 83rd Mixed Air Corps\nLieutenant"),
            "an ordinal",
            ["number"],
        ),
    ],
    "notes": "Russian-first page. Planted: с 3 по 7 ноября -> November 3 and 9 (the end of a range); к 18.00 -> by 8 p.m. (a clock time in another notation). Traps: 5.30 утра = 5:30 a.m., 24.00 = midnight, 2.11 = November 2, в ночь на 5 ноября = the night of November 4-5, Ил-28, Ли-2, в/ч, list numbering, numbers in words.",
}

DOCS["x03-memo-credit-poland-1957"] = {
    "genre": "credit memorandum (pair; relative amounts, fractions, numbers in words with commas)",
    "about": "Invented: the Minister of Finance advises the Central Committee on a Polish request for a second credit.",
    "ru": """‹u›РГАНИ, ф. 5, оп. 28, д. 491, л. 3-5.
‹u›Вх. № 2731/фу от 12.IV.57

‹1›ЦК КПСС

‹2›Министерство финансов СССР рассмотрело просьбу польского правительства о предоставлении кредита.

‹3›В 1956 г. Польше уже был предоставлен кредит в 1 млрд. рублей, и польская сторона просит теперь второй миллиард рублей на 1957-1958 гг. ‹4›Из этой суммы 300 млн. рублей испрашивается в свободной валюте для закупки в капиталистических странах двух с половиной миллионов тонн зерна и хлопка.

‹5›Кроме того, польские товарищи просят поставить еще одну сотню тракторов сверх ранее согласованных 1.100.

‹6›Погашение кредита предлагается производить в течение 10 лет начиная с 1960 г. равными ежегодными долями с уплатой 2% годовых.

‹7›Учитывая, что сальдо нашего платежного баланса с Польшей за 1956 г. составило около 140 млн. рублей в пользу СССР, Министерство финансов считает возможным удовлетворить просьбу в размере 700 млн. рублей. ‹8›Проект постановления прилагается.

‹9›Министр финансов СССР
‹10›А. ЗВЕРЕВ
‹11›11 апреля 1957 г.
‹u›№ 0412/с""",
    "en": """‹1›CC CPSU

‹2›The USSR Ministry of Finance has examined the Polish Government's request for a credit.

‹3›Poland already received a credit of one billion rubles in 1956, and the Polish side is now asking for another billion for 1957-58. ‹4›Of this sum, 300 million rubles are requested in free currency to buy 2 1/2 million tons of grain and cotton in capitalist countries.

‹5›The Polish comrades also ask for a further hundred tractors over and above the one thousand, one hundred already agreed upon.

‹6›The credit is to be repaid over twelve years from 1960 in equal annual instalments at 2 per cent interest.

‹7›In view of the fact that our balance of payments with Poland for 1956 showed a surplus of some 140 million rubles in the USSR's favour, the Ministry of Finance considers it possible to grant 750 million rubles. ‹8›The draft resolution is attached.

‹9›Minister of Finance of the USSR
‹10›A. ZVEREV
‹11›April 11, 1957""",
    "required": [
        (
            "number",
            "в течение 10 лет",
            "over twelve years",
            "repayment over 10 years is given as twelve years",
        ),
        ("number", "700 млн. рублей", "750 million rubles", "700 million rubles are given as 750 million"),
    ],
    "forbidden": [
        (None, "РГАНИ, ф. 5", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "Вх. № 2731/фу от 12.IV.57",
            None,
            "a registration number",
            ["omission", "number", "date"],
            "minor",
        ),
        (None, "В 1956 г.", ("in 1956", "Poland already"), "the same year", ["number", "date"]),
        (None, "1 млрд. рублей", "one billion rubles", "a number in words", ["number"]),
        (None, "второй миллиард рублей", "another billion", "второй миллиард = another billion", ["number"]),
        (None, "1957-1958 гг.", "1957-58", "a year range shortened", ["number", "date"]),
        (None, "300 млн. рублей", "300 million rubles", "млн.", ["number"]),
        (None, "двух с половиной миллионов тонн", "2 1/2 million tons", "a fraction in words", ["number"]),
        (None, "еще одну сотню", "a further hundred", "еще одна сотня = a further hundred", ["number"]),
        (None, "1.100", "one thousand, one hundred", "a number in words with a comma", ["number"]),
        (None, "с 1960 г.", "from 1960", "the same year", ["number", "date"]),
        (None, "2% годовых", "2 per cent interest", "per cent a year", ["number"]),
        (None, "за 1956 г.", "for 1956", "the same year", ["number", "date"]),
        (None, "около 140 млн. рублей", "some 140 million rubles", "около = some", ["number"]),
        (None, "11 апреля 1957 г.", "April 11, 1957", "the same date", ["number", "date"]),
        (None, "№ 0412/с", None, "an outgoing number", ["omission", "number"], "minor"),
    ],
    "notes": "Planted: в течение 10 лет -> twelve years (a number given in words); 700 млн. -> 750 million. Traps: второй миллиард = another billion, еще одна сотня = a further hundred, двух с половиной миллионов = 2 1/2 million, 1.100 = one thousand, one hundred, 1957-1958 = 1957-58, около = some, registration numbers.",
}

DOCS["x04-return-harvest-kazakhstan-1956"] = {
    "genre": "harvest return (page, translation first; percentages, yields, per-head figures)",
    "about": "Invented: a Central Committee department's return on the harvest in Kazakhstan on October 1, 1956.",
    "page": {
        "date": "October 8, 1956",
        "title": "Information on the Progress of the Harvest in the Kazakh SSR as of October 1, 1956",
        "ref": "xd-0404",
        "translator": "E. Marsh",
        "summary": "Yields on the virgin lands nearly double those of 1955; the republic has delivered 945 million poods of grain.",
        "fields": [
            ("Associated Places", "Kazakhstan; Kustanai Region (Kazakhstan)"),
        ],
        "contents": ["Translation - English", "Transcription - Russian"],
        "order": ["en", "ru"],
    },
    "ru": """‹u›РГАНИ, ф. 5, оп. 40, д. 87, л. 121-124.

‹1›СВЕДЕНИЯ
‹2›о ходе уборки урожая в Казахской ССР на 1 октября 1956 г.

‹3›Зерновые культуры скошены на площади 18.420 тыс. га, или 87,3% к плану, обмолочено 71,5%.

‹4›Средняя урожайность зерновых составила 11,8 ц с гектара против 6,4 ц в 1955 г. ‹5›На целинных землях урожайность достигла 12-14 ц, а в отдельных совхозах Кустанайской области - свыше 20 ц с гектара.

‹6›Государству сдано 945 млн. пудов хлеба, т.е. в 2,3 раза больше, чем за весь 1954 год.

‹7›В уборке занято 46,8 тыс. комбайнов, из них 11 тыс. прибыли из других республик.

‹8›На каждый трудодень в колхозах республики предполагается выдать в среднем по 2,7 кг зерна и по 3 р. 40 к. деньгами.

‹9›Производство зерна на душу населения составит около 2,1 т против 0,9 т в среднем по Союзу.

‹10›Потери зерна на токах оцениваются в 3-4% валового сбора.

‹11›Отдел сельского хозяйства ЦК КПСС по союзным республикам
‹12›8.X.56""",
    "en": """‹1›INFORMATION
‹2›on the Progress of the Harvest in the Kazakh SSR as of October 1, 1956

‹3›Grain crops have been cut on 18,420,000 hectares, or 83.7 per cent of the plan, and 71.5 per cent has been threshed.

‹4›The average grain yield was 11.8 centners a hectare, against 6.4 in 1955. ‹5›On the virgin lands yields reached 12 to 14 centners, and on some state farms of Kustanai Region over 20 centners a hectare.

‹6›945 million poods of grain have been delivered to the state, 2.3 times as much as in the whole of 1954.

‹7›46,800 combines are at work on the harvest, 11,000 of them sent from other republics.

‹8›The collective farms of the republic expect to pay out an average of 2.7 kilograms of grain and 3 rubles 40 kopecks in cash per workday.

‹9›Grain production per head of population will be some 2.1 tons, against an average of 0.9 tons for the Union as a whole.

‹10›Grain losses on the threshing floors are estimated at 3-5 per cent of the gross harvest.

‹11›Agricultural Department of the CC CPSU for the Union Republics
‹12›October 8, 1956""",
    "required": [
        ("number", "87,3%", "83.7 per cent", "87.3 per cent of the plan is given as 83.7"),
        ("number", "3-4%", "3-5 per cent", "losses of 3-4 per cent are given as 3-5"),
    ],
    "forbidden": [
        (None, "РГАНИ, ф. 5", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "на 1 октября 1956 г.",
            ("as of October 1, 1956", "SSR as of"),
            "the same date",
            ["number", "date"],
        ),
        (None, "18.420 тыс. га", "18,420,000 hectares", "thousands dot and тыс.", ["number"]),
        (None, "71,5%", "71.5 per cent", "a decimal comma", ["number"]),
        (None, "11,8 ц с гектара", "11.8 centners a hectare", "ц = centners", ["number"]),
        (None, "6,4 ц в 1955 г.", "6.4 in 1955", "the unit dropped", ["number", "date"]),
        (None, "12-14 ц", "12 to 14 centners", "a range in words", ["number"]),
        (None, "свыше 20 ц", "over 20 centners", "свыше = over", ["number"]),
        (None, "945 млн. пудов", ("945 million poods", "\n945 million"), "пуды", ["number"]),
        (None, "в 2,3 раза", "2.3 times", "a multiple", ["number"]),
        (None, "1954 год", "1954.", "the same year", ["number", "date"]),
        (None, "46,8 тыс. комбайнов", "46,800 combines", "тыс. with a decimal comma", ["number"]),
        (None, "11 тыс. прибыли", "11,000 of them", "тыс.", ["number"]),
        (None, "по 2,7 кг", "2.7 kilograms", "кг", ["number"]),
        (None, "3 р. 40 к.", "3 rubles 40 kopecks", "rubles and kopecks", ["number"]),
        (None, "около 2,1 т", "some 2.1 tons", "т = tons", ["number"]),
        (None, "0,9 т", "0.9 tons", "т = tons", ["number"]),
        (None, "8.X.56", "October 8, 1956\n", "a Roman month", ["number", "date"]),
    ],
    "notes": "Translation-first page. Planted: 87,3% -> 83.7 per cent; 3-4% -> 3-5 per cent (the end of a range). Traps: 18.420 тыс. га, ц = centners, a unit dropped in the English, 12-14 ц = 12 to 14 centners, пуды, р./к., т = tons, Roman month.",
}

DOCS["x05-programme-trade-union-delegation-1950"] = {
    "genre": "delegation programme (pair; Roman-month dates and ranges, period expressions)",
    "about": "Invented: the programme of a Chinese trade-union delegation's stay in the USSR, approved by a deputy minister.",
    "ru": """‹u›АВП РФ, ф. 07, оп. 23а, п. 18, д. 235, л. 41-42.

‹1›УТВЕРЖДАЮ
‹2›Зам. министра иностранных дел СССР
‹3›А. ГРОМЫКО
‹4›5.VII.50

‹5›ПРОГРАММА
‹6›пребывания в СССР делегации Всекитайской федерации профсоюзов

‹7›8.VII.50 - прибытие делегации в Москву поездом № 20 в 14.25.
‹8›9.VII - 12.VII - знакомство с Москвой, посещение автозавода им. Сталина и Трехгорной мануфактуры.
‹9›13.VII - отъезд в Ленинград поездом «Красная стрела» в 23.55.
‹10›14.VII - 18.VII - пребывание в Ленинграде.

‹11›В первой декаде августа делегация посетит Сталинград и Баку; точные даты будут согласованы с ВЦСПС на днях.

‹12›Отъезд делегации из Москвы на родину намечен на 20 или 25 августа с.г.

‹13›Расходы по пребыванию делегации (около 85 тыс. рублей) отнести за счет ВЦСПС.""",
    "en": """‹1›APPROVED
‹2›Deputy Minister of Foreign Affairs of the USSR
‹3›A. GROMYKO
‹4›July 5, 1950

‹5›PROGRAMME
‹6›of the Stay in the USSR of the Delegation of the All-China Federation of Trade Unions

‹7›July 8, 1950: the delegation arrives in Moscow by train No. 20 at 2:25 p.m.
‹8›July 9-12: sightseeing in Moscow; visits to the Stalin Automobile Works and the Trekhgornaya textile mill.
‹9›June 13: departure for Leningrad by the "Red Arrow" at 11:55 p.m.
‹10›July 14-19: in Leningrad.

‹11›In the first ten days of August the delegation will visit Stalingrad and Baku; the exact dates will be agreed with the All-Union Central Council of Trade Unions in the next few days.

‹12›The delegation's departure from Moscow for home is planned for August 20th or 28th of this year.

‹13›The expenses of the delegation's stay (about 85,000 rubles) to be charged to the AUCCTU.""",
    "required": [
        ("date", "13.VII", "June 13", "13.VII is July 13, given as June 13"),
        ("date", "14.VII - 18.VII", "July 14-19", "the stay in Leningrad ends on July 18, not the 19th"),
        (
            "date",
            "20 или 25 августа",
            "August 20th or 28th",
            "20 или 25 августа is given as the 20th or 28th",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 07", None, "archive reference", ["omission", "number"], "minor"),
        (None, "5.VII.50", "July 5, 1950", "a Roman month", ["number", "date"]),
        (None, "8.VII.50", "July 8, 1950", "a Roman month", ["number", "date"]),
        (None, "поездом № 20", "train No. 20", "a train number", ["number"]),
        (None, "в 14.25", "at 2:25 p.m.", "a 24-hour clock time", ["number", "date"]),
        (None, "9.VII - 12.VII", "July 9-12", "a Roman-month range", ["number", "date"]),
        (None, "в 23.55", "at 11:55 p.m.", "a 24-hour clock time", ["number", "date"]),
        (None, "В первой декаде августа", "In the first ten days of August", "a декада", ["number", "date"]),
        (None, "на днях", "in the next few days", "an indefinite date", ["number", "date"], "minor"),
        (None, "с.г.", "of this year", "с.г. = сего года", ["number", "date"]),
        (None, "около 85 тыс. рублей", "about 85,000 rubles", "тыс.", ["number"]),
    ],
    "notes": "Planted: 13.VII -> June 13 (a wrong month); 14.VII - 18.VII -> July 14-19 (the end of a range); 20 или 25 августа -> August 20th or 28th (one of two alternatives). Traps: Roman months, ranges of Roman-month dates, 24-hour clock times, первая декада, на днях, с.г.",
}

DOCS["x06-telegram-anniversary-peking-1957"] = {
    "genre": "ciphered telegram (page, translation first; registration and cipher numbers, an old-style date)",
    "about": "Invented: the ambassador in Peking reports the celebration of the 40th anniversary of the October Revolution.",
    "page": {
        "date": "November 7, 1957",
        "title": "Ciphered Telegram from P. Yudin on the Celebration of the 40th Anniversary of the October Revolution in Peking",
        "ref": "xd-0606",
        "translator": "S. Lowe",
        "summary": "Chu Teh spoke at a meeting of over five thousand; meetings were held in eighteen other cities.",
        "fields": [
            (
                "Associated People & Organizations",
                "Zhu, De, 1886-1976; Yudin, P. F. (Pavel Fedorovich), 1899-1968",
            ),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
        "sep": "\n\n\n",
    },
    "ru": """‹u›Шифротелеграмма № 31714
‹u›Из ПЕКИНА Отправлено 23 ч. 10 м. 6.XI.57 Поступило 7.XI.57 в 2 ч. 45 м.
‹u›Вх. № 4826/ш Экз. № 3

‹1›ЦК КПСС

‹2›6 ноября в здании Всекитайского комитета Народного политического консультативного совета состоялось торжественное собрание, посвященное 40-й годовщине Великой Октябрьской социалистической революции. ‹3›На собрании присутствовало свыше 5 тыс. человек.

‹4›В докладе Чжу Дэ напомнил, что восстание в Петрограде началось в ночь на 25 октября (7 ноября) 1917 года.

‹5›Он отметил, что за восемь лет в Китае работало более 10 тыс. советских специалистов, а в советских вузах обучалось около 7.500 китайских студентов.

‹6›Митинги состоялись также в 18 городах страны; в Шанхае в демонстрации участвовало до полумиллиона человек.

‹7›Газета «Жэньминь жибао» от 7.XI посвятила годовщине 6 полос.

‹8›ЮДИН

‹u›Расшифровал: Петров 7.XI.57 4 ч. 10 м. Отп. 6 экз.""",
    "en": """‹u›[Ciphered telegram No. 31714. Received November 7, 1957, 2:45 a.m.]

‹1›CC CPSU

‹2›On November 6 a ceremonial meeting devoted to the 40th anniversary of the Great October Socialist Revolution was held in the building of the National Committee of the Chinese People's Political Consultative Conference. ‹3›It was attended by more than five thousand people.

‹4›In his report Chu Teh recalled that the rising in Petrograd had begun on the night of October 24-25 (November 6-7), 1917.

‹5›He said that in seven years more than 10,000 Soviet specialists had worked in China and some 7,500 Chinese students had studied at Soviet higher schools.

‹6›Meetings were also held in 18 other cities; in Shanghai up to half a million people took part in the demonstration.

‹7›The People's Daily of November 8 devoted six pages to the anniversary.

‹8›YUDIN""",
    "required": [
        ("number", "за восемь лет", "in seven years", "eight years are given as seven"),
        ("date", "от 7.XI", "of November 8", "the paper of 7 November is given as of November 8"),
    ],
    "forbidden": [
        (None, "Шифротелеграмма № 31714", None, "a cipher number", ["omission", "number"], "minor"),
        (
            None,
            "Отправлено 23 ч. 10 м. 6.XI.57",
            None,
            "transmission times",
            ["omission", "number", "date"],
            "minor",
        ),
        (None, "Вх. № 4826/ш", None, "a registration number", ["omission", "number"], "minor"),
        (
            None,
            None,
            "[Ciphered telegram No. 31714",
            "an editor's heading",
            ["addition", "number", "date"],
            "minor",
        ),
        (None, "6 ноября", "On November 6", "the same date", ["number", "date"]),
        (None, "40-й годовщине", ("40th anniversary", "devoted to the 40th"), "an ordinal", ["number"]),
        (None, "свыше 5 тыс. человек", "more than five thousand people", "a number in words", ["number"]),
        (
            None,
            "в ночь на 25 октября (7 ноября) 1917 года",
            "on the night of October 24-25 (November 6-7), 1917",
            "an old-style date with its new-style equivalent; в ночь на = the night before",
            ["number", "date"],
        ),
        (None, "более 10 тыс.", "more than 10,000", "тыс.", ["number"]),
        (None, "около 7.500", "some 7,500", "thousands dot", ["number"]),
        (None, "в 18 городах", "in 18 other cities", "the same count", ["number"]),
        (None, "до полумиллиона", "up to half a million", "half a million in words", ["number"]),
        (None, "6 полос", "six pages", "a number in words", ["number"]),
        (
            None,
            "Расшифровал: Петров",
            None,
            "a decipherer's line",
            ["omission", "number", "date", "name"],
            "minor",
        ),
    ],
    "notes": "Translation-first page, the ciphered telegram with its header apparatus. Planted: за восемь лет -> in seven years (numbers in words on both sides); от 7.XI -> of November 8 (a Roman month without a year). Traps: cipher, registration and copy numbers, transmission times, an editor's bracketed heading, в ночь на 25 октября (7 ноября) 1917 = the night of October 24-25 (November 6-7), до полумиллиона.",
}

DOCS["x07-census-returns-buryatia-1959"] = {
    "genre": "census returns (pair; thousands, shares, ratios per thousand)",
    "about": "Invented: the preliminary returns of the 1959 census for the Buryat ASSR.",
    "ru": """‹u›ГА РФ, ф. А-374, оп. 34, д. 512, л. 7.

‹1›ПРЕДВАРИТЕЛЬНЫЕ ИТОГИ
‹2›Всесоюзной переписи населения 1959 года по Бурятской АССР

‹3›По данным переписи на 15 января 1959 г. население республики составило 671,1 тыс. человек против 542,2 тыс. по переписи 17 января 1939 г. ‹4›Таким образом, за 20 лет население увеличилось на 128,9 тыс. человек, или на 23,8%.

‹5›Городское население выросло в 1,8 раза и составляет ныне 41% всего населения.

‹6›Мужчин насчитывается 322 тыс., женщин - 349 тыс.; на 1.000 мужчин приходится 1.084 женщины.

‹7›В г. Улан-Удэ проживает 174 тыс. человек, или более четверти населения республики.

‹8›Грамотность населения в возрасте от 9 до 49 лет составила 98,4%.

‹9›На 10 тыс. человек населения приходится 21 врач против 6 в 1939 г.

‹10›Статистическое управление Бурятской АССР""",
    "en": """‹1›PRELIMINARY RETURNS
‹2›of the All-Union Population Census of 1959 for the Buryat ASSR

‹3›According to the census, the population of the republic on January 15, 1959, was 671,100, against 542,200 at the census of January 17, 1939. ‹4›In twenty years it has thus grown by 128,900, or 23.8 per cent.

‹5›The urban population has grown 1.6 times and now makes up 41 per cent of the total.

‹6›There are 322,000 men and 349,000 women, or 1,084 women to every thousand men.

‹7›Ulan-Ude has 174,000 inhabitants, more than a quarter of the republic's population.

‹8›Literacy among people between 9 and 50 years of age is 98.4 per cent.

‹9›There are 21 doctors to every ten thousand inhabitants, against six in 1939.

‹10›Statistical Administration of the Buryat ASSR""",
    "required": [
        ("number", "в 1,8 раза", "1.6 times", "1.8 times is given as 1.6 times"),
        ("number", "от 9 до 49 лет", "between 9 and 50", "ages 9 to 49 are given as 9 to 50"),
    ],
    "forbidden": [
        (None, "ГА РФ, ф. А-374", None, "archive reference", ["omission", "number"], "minor"),
        (None, "переписи населения 1959 года", "Census of 1959", "the same year", ["number", "date"]),
        (None, "на 15 января 1959 г.", "on January 15, 1959", "the same date", ["number", "date"]),
        (None, "671,1 тыс. человек", "671,100", "тыс. with a decimal comma; the unit dropped", ["number"]),
        (None, "542,2 тыс.", "542,200", "тыс. with a decimal comma", ["number"]),
        (None, "17 января 1939 г.", "January 17, 1939", "the same date", ["number", "date"]),
        (None, "за 20 лет", "In twenty years", "a number in words", ["number"]),
        (None, "128,9 тыс. человек", "128,900", "тыс.", ["number"]),
        (None, "23,8%", "23.8 per cent", "a decimal comma", ["number"]),
        (None, "41%", "41 per cent", "a per cent sign", ["number"]),
        (None, "322 тыс.", "322,000 men", "тыс.", ["number"]),
        (None, "349 тыс.", "349,000 women", "тыс.", ["number"]),
        (None, "на 1.000 мужчин", "to every thousand men", "a thousand in words", ["number"]),
        (None, "1.084 женщины", "1,084 women", "thousands dot", ["number"]),
        (None, "174 тыс. человек", "174,000 inhabitants", "тыс.", ["number"]),
        (None, "более четверти", "more than a quarter", "a fraction in words", ["number"]),
        (None, "98,4%", "98.4 per cent", "a decimal comma", ["number"]),
        (None, "На 10 тыс. человек", "every ten thousand inhabitants", "a number in words", ["number"]),
        (None, "21 врач", "21 doctors", "the same count", ["number"]),
        (None, "против 6 в 1939 г.", "against six in 1939", "a number in words", ["number", "date"]),
    ],
    "notes": "Planted: в 1,8 раза -> 1.6 times; от 9 до 49 лет -> between 9 and 50 (the end of a range). Traps: тыс. with decimal commas and the unit dropped, per cent, на 1.000 = to every thousand, на 10 тыс. = to every ten thousand, более четверти, numbers in words.",
}

DOCS["x08-report-railway-sowing-freight-1954"] = {
    "genre": "railway report (pair; written after the first fixes, as a fresh check: numbers in words, multiples, night dates, ordinal days)",
    "about": "Invented: the Ministry of Railways reports on the carriage of seed and fuel for the spring sowing on the virgin lands.",
    "ru": """‹u›РГАЭ, ф. 1884, оп. 31, д. 7720, л. 88-89.
‹u›Исх. № 3/1147сс от 6.V.54

‹1›СОВЕТ МИНИСТРОВ СССР
‹2›товарищу МАЛЕНКОВУ Г. М.

‹3›Докладываю о перевозках для весеннего сева в районах освоения целинных земель.

‹4›С 1 по 30 апреля погружено двести пятьдесят тысяч тонн семенного зерна, что в полтора раза больше, чем за март. ‹5›Горючего отправлено 84,6 тыс. тонн, или три четверти годовой потребности МТС.

‹6›Простой вагонов под выгрузкой на станциях Акмолинской области сокращен вдвое и составляет ныне 14 часов.

‹7›В ночь с 3 на 4 мая на перегоне Кзыл-Ту - Кокчетав сошли с рельсов 6 вагонов с горючим; движение восстановлено к 11 часам 4 мая.

‹8›К 10-му мая в совхозы будет завезено еще полторы тысячи тракторов, а к 1-му июня - до двух тысяч комбайнов.

‹9›Министр путей сообщения
‹10›Б. БЕЩЕВ""",
    "en": """‹1›TO THE USSR COUNCIL OF MINISTERS
‹2›Comrade G. M. MALENKOV

‹3›I report on the carriage of goods for the spring sowing in the virgin land areas.

‹4›From April 1 to 30, two hundred and fifteen thousand tons of seed grain were loaded, half as much again as in March. ‹5›84,600 tons of fuel were sent, or three-quarters of the MTS's annual needs.

‹6›The time cars stand waiting to be unloaded at the stations of Akmolinsk Region has been cut by two-thirds and is now 14 hours.

‹7›On the night of May 4-5 six tank cars of fuel were derailed on the Kzyl-Tu - Kokchetav section; traffic was restored by 11 a.m. on May 4.

‹8›By May 10 another fifteen hundred tractors will have been delivered to the state farms, and by June 1 up to two thousand combines.

‹9›Minister of Railways
‹10›B. BESHCHEV""",
    "required": [
        (
            "number",
            "двести пятьдесят тысяч тонн",
            "two hundred and fifteen thousand tons",
            "250,000 tons are given as 215,000",
        ),
        ("number", "вдвое", "by two-thirds", "cut by half is given as cut by two-thirds"),
        (
            "date",
            "В ночь с 3 на 4 мая",
            "On the night of May 4-5",
            "the night of May 3-4 is given as May 4-5",
        ),
    ],
    "forbidden": [
        (None, "РГАЭ, ф. 1884", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "Исх. № 3/1147сс от 6.V.54",
            None,
            "an outgoing number",
            ["omission", "number", "date"],
            "minor",
        ),
        (None, "МАЛЕНКОВУ Г. М.", "G. M. MALENKOV", "initials after the surname", ["name"], "minor"),
        (None, "С 1 по 30 апреля", "From April 1 to 30", "a range of days", ["number", "date"]),
        (
            None,
            "в полтора раза больше",
            "half as much again",
            "в полтора раза = half as much again",
            ["number"],
        ),
        (None, "84,6 тыс. тонн", "84,600 tons", "тыс. with a decimal comma", ["number"]),
        (None, "три четверти", "three-quarters", "a fraction in words", ["number"]),
        (None, "14 часов", "14 hours", "a duration, not a clock time", ["number", "date"]),
        (None, "6 вагонов", "six tank cars", "a number in words", ["number"]),
        (None, "к 11 часам 4 мая", "by 11 a.m. on May 4", "a clock time in words", ["number", "date"]),
        (None, "К 10-му мая", "By May 10", "an ordinal day", ["number", "date"]),
        (None, "полторы тысячи тракторов", "fifteen hundred tractors", "fifteen hundred", ["number"]),
        (None, "к 1-му июня", "by June 1", "an ordinal day", ["number", "date"]),
        (None, "до двух тысяч комбайнов", "up to two thousand combines", "a bound on both sides", ["number"]),
    ],
    "notes": "Written after the first round of fixes, as a fresh check. Planted: двести пятьдесят тысяч -> two hundred and fifteen thousand (a number in words on both sides); вдвое -> by two-thirds; в ночь с 3 на 4 мая -> the night of May 4-5. Traps: в полтора раза = half as much again, три четверти, к 11 часам = by 11 a.m., ordinal days 10-му, 1-му, полторы тысячи = fifteen hundred.",
}
