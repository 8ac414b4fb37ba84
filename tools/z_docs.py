# ruff: noqa: E501, RUF001  (the texts are data)
"""The invented z documents of archival-own (read by build_archival_z.py): names, titles and terms through Russian.

Kinds the earlier batches lack: a naval base's report on handing over Port Arthur, an ambassador's record of a
talk in Tehran, a protocol department's note on credentials, an NKVD special report from Lwów province, a
church council's report on a conference of patriarchs, a Gosplan memorandum on the machine-tractor stations, a
fleet's report on a passage under fire, a cipher telegram from Djakarta. They test period place names and
renamings, Persian, Indonesian, Dutch, Turkish and Spanish names through Russian, diplomatic, naval, NKVD and
church titles and period institutions and units. Every text is invented (persons are real names in made-up
contexts; figures, dates and file marks are made up). Format as in t_docs.py.
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["z01-report-port-arthur-transfer-1952"] = {
    "genre": "naval base report (page, Russian first)",
    "about": "Invented: the commander of the Port Arthur naval base reports on preparing its transfer to China.",
    "page": {
        "date": "November 20, 1952",
        "title": "Report of V. Sergeyev to N. G. Kuznetsov on the Transfer of the Port Arthur Naval Base",
        "ref": "zd-0101",
        "translator": "H. Morrow",
        "summary": "The base staff has finished the inventory of shore installations at Port Arthur and Dairen; units are ready for transfer and troop trains will leave through Manchuria.",
        "fields": [
            ("Associated Places", "Lüshun (China); Dalian (China); Shenyang (China)"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›ЦВМА, ф. 2, оп. 1, д. 1187, л. 56-58.

‹1›Совершенно секретно
‹u›Экз. № 2

‹2›ВОЕННО-МОРСКОМУ МИНИСТРУ СССР
‹3›вице-адмиралу тов. КУЗНЕЦОВУ Н. Г.

‹4›ДОКЛАД
‹5›о ходе подготовки к передаче военно-морской базы Порт-Артур

‹6›Во исполнение Соглашения о Порт-Артуре от 14 февраля 1950 г. докладываю, что штаб базы совместно с китайской комиссией закончил опись береговых сооружений в Порт-Артуре и в порту Дальний.

‹7›К передаче подготовлены 2-я бригада торпедных катеров, дивизион тральщиков и 14-й отдельный артиллерийский дивизион береговой обороны. ‹8›Эскадрилья морских бомбардировщиков перебазирована на аэродром у Цзиньчжоу, а отряд кораблей эскадры остается в Порт-Артуре до особого распоряжения.

‹9›Председателем передаточной комиссии с нашей стороны назначен капитан 1-го ранга Чернышев, его заместителем – капитан 2-го ранга Белов.

‹10›Склады и судоремонтный завод в Дальнем будут переданы по отдельному акту. ‹11›Эшелоны с личным составом будут направляться по железной дороге через Мукден и Харбин на Отпор.

‹12›Прошу Ваших указаний о сроке спуска военно-морского флага на кораблях, остающихся в Порт-Артуре.

‹13›Командир военно-морской базы Порт-Артур
‹14›контр-адмирал В. СЕРГЕЕВ
‹15›20 ноября 1952 г.""",
    "en": """‹1›Top Secret

‹2›To the Minister of the Navy of the USSR,
‹3›Vice Admiral N. G. Kuznetsov

‹4›REPORT
‹5›on the preparations for handing over the Port Arthur naval base

‹6›In pursuance of the Agreement on Port Arthur of February 14, 1950, I report that the base staff and the Chinese commission have completed the inventory of shore installations at Lüshun (Port Arthur) and in the port of Dairen.

‹7›The 2nd Torpedo Boat Brigade, a minesweeper division and the 14th Independent Coast Defence Artillery Battalion have been made ready for transfer. ‹8›A squadron of naval bombers has moved to the airfield near Chinchow, while a detachment of the squadron's ships remains at Port Arthur pending special orders.

‹9›The chairman of the transfer commission on our side is Captain Chernyshev, and his deputy is Lieutenant Commander Belov.

‹10›The depots and the ship-repair yard at Dalny will be handed over under a separate act. ‹11›Troop trains will go by rail through Changchun and Harbin to Otpor.

‹12›I request your instructions on when the naval ensign is to be lowered on the ships remaining at Port Arthur.

‹13›Commander, Port Arthur Naval Base
‹14›Rear Admiral V. Sergeyev
‹15›November 20, 1952""",
    "required": [
        (
            "title",
            "капитан 2-го ранга Белов",
            "Lieutenant Commander Belov",
            "капитан 2-го ранга (a commander) is given as Lieutenant Commander (капитан 3-го ранга)",
        ),
        ("name", "через Мукден", "through Changchun", "the trains go through Mukden, not Changchun"),
    ],
    "forbidden": [
        (None, "ЦВМА, ф. 2", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Экз. № 2", None, "a copy number", ["omission", "number"], "minor"),
        (
            None,
            "вице-адмиралу",
            "Vice Admiral N.",
            "a naval rank in the dative",
            ["title"],
            "minor",
        ),
        (None, "КУЗНЕЦОВУ Н. Г.", "N. G. Kuznetsov", "initials after the surname", ["name"], "minor"),
        (
            None,
            "14 февраля 1950 г.",
            "February 14, 1950",
            "the same date",
            ["number", "date"],
        ),
        (
            None,
            ("в Порт-Артуре", "опись береговых"),
            ("Lüshun (Port Arthur)", "installations at"),
            "Port Arthur with its Chinese name",
            ["name"],
            "minor",
        ),
        (None, "в порту Дальний", "port of Dairen", "Дальний = Dairen", ["name"], "minor"),
        (None, "в Дальнем", "at Dalny", "Дальний = Dalny", ["name"], "minor"),
        (None, "2-я бригада", "2nd Torpedo", "an ordinal", ["number"]),
        (
            None,
            "дивизион тральщиков",
            "minesweeper division",
            "a naval дивизион is a division",
            ["term"],
            "minor",
        ),
        (
            None,
            "артиллерийский дивизион",
            "Artillery Battalion",
            "an artillery дивизион is a battalion",
            ["term"],
            "minor",
        ),
        (None, "14-й отдельный", "14th Independent", "an ordinal", ["number"]),
        (
            None,
            "Эскадрилья",
            "A squadron of naval",
            "эскадрилья is an air squadron",
            ["term"],
            "minor",
        ),
        (
            None,
            "кораблей эскадры",
            "the squadron's ships",
            "эскадра is a naval squadron",
            ["term"],
            "minor",
        ),
        (None, "Цзиньчжоу", "Chinchow", "Wade-Giles for Jinzhou", ["name"], "minor"),
        (
            None,
            "капитан 1-го ранга Чернышев",
            "Captain Chernyshev",
            "капитан 1-го ранга is a captain",
            ["title", "name", "number"],
            "minor",
        ),
        (None, "Харбин", "Harbin", "the same city", ["name"], "minor"),
        (None, "на Отпор", "to Otpor", "the border station", ["name"], "minor"),
        (
            None,
            "контр-адмирал В. СЕРГЕЕВ",
            "Rear Admiral V. Sergeyev",
            "a signature",
            ["name", "title"],
            "minor",
        ),
        (None, "20 ноября 1952 г.", "November 20, 1952", "the same date", ["number", "date"]),
    ],
    "notes": "Russian-first page. Planted: капитан 2-го ранга -> Lieutenant Commander (title); Мукден -> Changchun (place). Free: Порт-Артур = Lüshun, Дальний = Dairen and Dalny, naval дивизион = division and artillery дивизион = battalion, эскадра and эскадрилья both squadron, Wade-Giles Chinchow.",
}

DOCS["z02-record-sadchikov-mossadegh-1952"] = {
    "genre": "record of conversation from an ambassador's diary (pair)",
    "about": "Invented: the Soviet ambassador in Tehran hears Mossadegh on oil, gold and the Tudeh after the July crisis.",
    "ru": """‹u›АВП РФ, ф. 094, оп. 38, п. 412, д. 5, л. 12-15.

‹1›ИЗ ДНЕВНИКА
‹2›посла СССР в Иране И. В. Садчикова

‹3›Секретно

‹4›ЗАПИСЬ БЕСЕДЫ
‹5›с Премьер-министром Ирана д-ром Мохаммедом Мосаддыком
‹6›14 августа 1952 года

‹7›Принят Мосаддыком в его доме на улице Ках в 18 часов. ‹8›На беседе присутствовали советник посольства В. Н. Рогов и переводчик посольства Г. А. Алиев.

‹9›Я поздравил Мосаддыка с возвращением на пост премьер-министра после событий 30 тира (21 июля). ‹10›Мосаддык ответил, что народ Ирана отверг правительство Кавама и что шах был вынужден считаться с волей меджлиса.

‹11›Он сказал, что Англо-Иранская нефтяная компания по-прежнему препятствует продаже иранской нефти и что в Абадане простаивают 2 500 рабочих. ‹12›Мосаддык спросил, готов ли Советский Союз закупать иранскую нефть и вернуть 11 тонн золота, причитающихся Ирану по расчетам военного времени.

‹13›Я ответил, что доложу об этом в Москву, и напомнил, что вопрос о золоте обсуждался с министром иностранных дел Ирана Багером Каземи еще в мае.

‹14›Затем Мосаддык заявил, что в Тегеране распространяются слухи о поддержке партией Туде генерала Захеди, и просил посольство учитывать, что правительство не допустит беспорядков.

‹15›Беседа продолжалась 1 час 20 минут.

‹16›ПОСОЛ СССР В ИРАНЕ
‹17›И. САДЧИКОВ

‹u›Разослано: т. Молотову, т. Вышинскому, т. Зорину.
""",
    "en": """‹1›FROM THE DIARY
‹2›of I. V. Sadchikov, USSR Ambassador to Iran

‹3›Secret

‹4›RECORD OF CONVERSATION
‹5›with the Prime Minister of Iran, Dr. Mohammad Mossadegh
‹6›August 14, 1952

‹7›Mossadegh received me at his home on Kakh Street at 6 p.m. ‹8›Embassy First Secretary V. N. Rogov and the Embassy interpreter G. A. Aliyev were present.

‹9›I congratulated Dr. Mossadegh on his return to the premiership after the events of 30 Tir (July 21). ‹10›He replied that the Iranian people had rejected the Qavam government and that the Shah had had to bow to the will of the Majlis.

‹11›He said that the Anglo-Iranian Oil Company was still obstructing the sale of Iranian oil and that 2,500 workers stood idle at Abadan. ‹12›Mossadegh asked whether the Soviet Union was prepared to buy Iranian oil and to return the eleven tons of gold owed to Iran under the wartime settlements.

‹13›I replied that I would report this to Moscow, and reminded him that the gold question had been discussed with the Iranian Foreign Minister, Hossein Fatemi, as early as May.

‹14›Mossadegh then said that rumours were circulating in Teheran that the Tudeh Party was backing General Zahedi, and asked the Embassy to bear in mind that the government would not tolerate disorders.

‹15›The conversation lasted an hour and twenty minutes.

‹16›USSR AMBASSADOR TO IRAN
‹17›I. SADCHIKOV
""",
    "required": [
        (
            "title",
            "советник посольства",
            "Embassy First Secretary",
            "советник посольства (a counsellor) is given as First Secretary",
        ),
        (
            "name",
            "Багером Каземи",
            "Hossein Fatemi",
            "the Foreign Minister Bagher Kazemi is given as Hossein Fatemi",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 094", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "посла СССР в Иране И. В. Садчикова",
            "of I. V. Sadchikov, USSR Ambassador",
            "a name in the genitive, order turned",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "д-ром Мохаммедом Мосаддыком",
            "Dr. Mohammad Mossadegh",
            "a Persian name through Russian, in the instrumental",
            ["name", "title"],
            "minor",
        ),
        (None, "14 августа 1952 года", "August 14, 1952", "the same date", ["number", "date"]),
        (None, "на улице Ках", "Kakh Street", "a street", ["name"], "minor"),
        (None, "в 18 часов", "6 p.m.", "a clock time", ["number", "date"]),
        (None, "Г. А. Алиев", "G. A. Aliyev", "the same surname", ["name"], "minor"),
        (
            None,
            "30 тира (21 июля)",
            "30 Tir (July 21)",
            "a Persian month with its Western date",
            ["number", "date", "name"],
        ),
        (None, "Кавама", "Qavam", "a Persian name through Russian", ["name"], "minor"),
        (None, "шах", "the Shah", "a title", ["title", "name"], "minor"),
        (None, "меджлиса", "Majlis", "the Iranian parliament", ["term", "name"], "minor"),
        (
            None,
            "Англо-Иранская нефтяная компания",
            "Anglo-Iranian Oil Company",
            "the same company",
            ["name", "term"],
            "minor",
        ),
        (None, "в Абадане", "at Abadan", "a place in the locative", ["name"], "minor"),
        (None, "2 500 рабочих", "2,500 workers", "thousands separator", ["number"]),
        (None, "11 тонн", "eleven tons", "a number in words", ["number"]),
        (None, "в Тегеране", "in Teheran", "the period spelling of Tehran", ["name"], "minor"),
        (None, "партией Туде", "Tudeh Party", "a party through Russian", ["name", "term"], "minor"),
        (None, "генерала Захеди", "General Zahedi", "a Persian name in the genitive", ["name"], "minor"),
        (None, "1 час 20 минут", "an hour and twenty minutes", "numbers in words", ["number"]),
        (
            None,
            "Мосаддык ответил",
            "He replied",
            "a pronoun for a name",
            ["name", "omission"],
            "minor",
        ),
        (None, "Разослано: т. Молотову", None, "a distribution line", ["omission", "name"], "minor"),
    ],
    "notes": "Pair, an ambassador's diary record. Planted: советник посольства -> First Secretary (title); Багер Каземи -> Hossein Fatemi (name). Free: Мосаддык = Mossadegh, Тегеран = Teheran, Кавам = Qavam, Туде = Tudeh, a Persian month date, a distribution line untranslated.",
}

DOCS["z03-note-protocol-credentials-1956"] = {
    "genre": "protocol department's note on credentials (pair)",
    "about": "Invented: the Foreign Ministry's protocol department lists the credentials and recall letters presented in April 1956.",
    "ru": """‹1›МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ СССР
‹2›Протокольный отдел

‹3›СПРАВКА
‹4›о вручении верительных и отзывных грамот в апреле 1956 года

‹5›3 апреля Председатель Президиума Верховного Совета СССР К. Е. Ворошилов принял Чрезвычайного и Полномочного Посла Индии г-на К. П. С. Менона, вручившего верительные грамоты.

‹6›10 апреля верительные грамоты вручил Чрезвычайный и Полномочный Посланник Нидерландов г-н Д. У. ван Линден. ‹7›В тот же день поверенный в делах Мексики г-н Хосе Гонсалес Гальярдо вручил отзывные грамоты отбывающего посланника г-на Луиса Кинтанильи.

‹8›17 апреля К. Е. Ворошилов принял нового Посла Турции г-на Феридуна Джемаля Эркина. ‹9›На церемониях присутствовали Секретарь Президиума Верховного Совета СССР Н. М. Пегов и заведующий Протокольным отделом МИД СССР Ф. Ф. Молочков.

‹10›24 апреля прибыл в Москву вновь назначенный военно-морской атташе при Посольстве Великобритании капитан 1-го ранга Дж. Армстронг. ‹11›Его представление Министру обороны СССР намечено на 3 мая.

‹12›Заведующий Протокольным отделом
‹13›Ф. МОЛОЧКОВ
‹14›28 апреля 1956 г.
""",
    "en": """‹1›MINISTRY OF FOREIGN AFFAIRS OF THE USSR
‹2›Protocol Department

‹3›NOTE
‹4›on the presentation of letters of credence and of recall in April 1956

‹5›On April 3 K. E. Voroshilov, Chairman of the Presidium of the Supreme Soviet of the USSR, received Mr. K. P. S. Menon, Ambassador Extraordinary and Plenipotentiary of India, who presented his letters of credence.

‹6›On April 10 Mr. D. W. van Lynden, the new Ambassador Extraordinary and Plenipotentiary of the Netherlands, presented his letters of credence. ‹7›On the same day the Mexican chargé d'affaires, Mr. José González Gallardo, handed over the letters of recall of the departing Minister, Mr. Luis Quintanilla.

‹8›On April 17 Voroshilov received the new Turkish Ambassador, Mr. Feridun Cemal Erkin. ‹9›Present at the ceremonies were N. M. Pegov, Secretary of the Presidium of the Supreme Soviet, and F. F. Molochkov, Chief of Protocol of the Foreign Ministry.

‹10›On April 24 the newly appointed British military attaché, Captain J. Armstrong, RN, arrived in Moscow. ‹11›He is to be presented to the Soviet Minister of Defence on May 3.

‹12›Chief of the Protocol Department
‹13›F. MOLOCHKOV
‹14›April 28, 1956
""",
    "required": [
        (
            "title",
            "Чрезвычайный и Полномочный Посланник Нидерландов",
            "Ambassador Extraordinary and Plenipotentiary of the Netherlands",
            "a Minister (посланник) is given as Ambassador",
        ),
        (
            "title",
            "военно-морской атташе",
            "British military attaché",
            "the naval attaché is given as the military attaché",
        ),
    ],
    "forbidden": [
        (None, "3 апреля", "On April 3", "the same date", ["number", "date"]),
        (
            None,
            "Председатель Президиума Верховного Совета СССР",
            "Chairman of the Presidium of the Supreme Soviet of the USSR",
            "the same office",
            ["title"],
            "minor",
        ),
        (
            None,
            "г-на К. П. С. Менона",
            "Mr. K. P. S. Menon",
            "an Indian name with initials in the genitive",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "Чрезвычайного и Полномочного Посла Индии",
            "Ambassador Extraordinary and Plenipotentiary of India",
            "the same rank",
            ["title"],
            "minor",
        ),
        (None, "10 апреля", "On April 10", "the same date", ["number", "date"]),
        (
            None,
            "г-н Д. У. ван Линден",
            "Mr. D. W. van Lynden",
            "a Dutch name with a particle",
            ["name"],
            "minor",
        ),
        (
            None,
            "поверенный в делах Мексики",
            "Mexican chargé d'affaires",
            "поверенный в делах is a chargé d'affaires",
            ["title", "name"],
            "minor",
        ),
        (
            None,
            "г-н Хосе Гонсалес Гальярдо",
            "Mr. José González Gallardo",
            "a Spanish name through Russian",
            ["name"],
            "minor",
        ),
        (
            None,
            "отбывающего посланника",
            "departing Minister",
            "посланник is a Minister",
            ["title"],
            "minor",
        ),
        (
            None,
            "г-на Луиса Кинтанильи",
            "Mr. Luis Quintanilla",
            "a Spanish name in the genitive",
            ["name"],
            "minor",
        ),
        (None, "17 апреля", "On April 17", "the same date", ["number", "date"]),
        (
            None,
            "г-на Феридуна Джемаля Эркина",
            "Mr. Feridun Cemal Erkin",
            "a Turkish name through Russian (c = дж)",
            ["name"],
            "minor",
        ),
        (
            None,
            "Секретарь Президиума Верховного Совета СССР Н. М. Пегов",
            "N. M. Pegov, Secretary of the Presidium",
            "the same office, order turned",
            ["title", "name"],
            "minor",
        ),
        (
            None,
            "заведующий Протокольным отделом МИД СССР",
            "Chief of Protocol of the Foreign Ministry",
            "the head of the protocol department",
            ["title", "term"],
            "minor",
        ),
        (None, "24 апреля", "On April 24", "the same date", ["number", "date"]),
        (
            None,
            "капитан 1-го ранга Дж. Армстронг",
            "Captain J. Armstrong, RN",
            "a British naval captain",
            ["title", "name", "number"],
            "minor",
        ),
        (
            None,
            "Министру обороны СССР",
            "Soviet Minister of Defence",
            "USSR as Soviet",
            ["title", "name"],
            "minor",
        ),
        (None, "3 мая", "May 3", "the same date", ["number", "date"]),
        (None, "28 апреля 1956 г.", "April 28, 1956", "the same date", ["number", "date"]),
    ],
    "notes": "Pair, a protocol note. Planted: Чрезвычайный и Полномочный Посланник -> Ambassador Extraordinary and Plenipotentiary (title); военно-морской атташе -> military attaché (title). Free: посланник = Minister once rightly, поверенный в делах = chargé d'affaires, Dutch van, Spanish and Turkish names through Russian, Indian initials.",
}

DOCS["z04-special-report-lwow-deportation-1940"] = {
    "genre": "NKVD special report (page, Russian first, OCR'd heading)",
    "about": "Invented: the NKVD chief of Lwów province reports the removal of settlers' families from three western Ukrainian provinces.",
    "page": {
        "date": "February 12, 1940",
        "title": "Special Report from the NKVD Administration for Lvov Province to I. A. Serov",
        "ref": "zd-0104",
        "translator": "A. Kowalczyk",
        "summary": "The removal of osadnik and forester families from the Lwów, Tarnopol and Stanisławów provinces: numbers, stations, resistance and delays.",
        "fields": [
            (
                "Associated Places",
                "Lviv (Ukraine); Ternopil (Ukraine); Ivano-Frankivsk (Ukraine); Kotlas (Russia)",
            ),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›ОГА СБУ, ф. 16, оп. 33, д. 47, л. 201-203.

‹1›Сов. секретно

‹2›НАРОДНОМУ КОМИССАРУ ВНУТРЕННИХ ДЕЛ УССР
‹3›комиссару государственной безопасности 3-го ранга тов. СЕРОВУ

‹4›СПЕЦСООБЩЕНИЕ
‹5›о выселении осадников из Львовской, Тарнопольской и Станиславской областей

‹6›10 февраля 1940 г. из Львовской области выселено 2 760 семей осадников и лесников общей численностью 11 340 человек. ‹7›Погрузка производилась на станциях Львов, Злочев, Броды и Стрый.

‹8›Операцией в Тарнопольской области руководил начальник УНКВД майор государственной безопасности Ракитин.

‹9›В Станиславской области оказано сопротивление в двух случаях; задержано 14 человек.

‹10›Эшелон № 42 из Тарнополя отправлен на Котлас с опозданием на сутки из-за отсутствия вагонов.

‹11›Оперативный состав НКВД и войска действовали организованно.

‹12›Начальник УНКВД по Львовской области
‹13›капитан государственной безопасности ДЕМЕНТЬЕВ
‹14›Львов, 12 февраля 1940 г.""",
    "en": """‹1›Top Secret

‹2›To the People's Commissar of Internal Affairs of the Ukrainian SSR,
‹3›Commissar of State Security 3rd Rank Comrade Serov

‹4›SPECIAL REPORT
‹5›on the removal of osadniks from the Lwów, Tarnopol and Stanisławów provinces

‹6›On February 10, 1940, 2,760 families of osadniks (Polish military settlers) and foresters, 11,340 persons in all, were removed from Lvov province. ‹7›Loading took place at the stations of Lwów, Złoczów, Brody and Stryj.

‹8›The operation in Ternopol province was directed by the head of the provincial NKVD, Captain of State Security Rakitin.

‹9›In Stanislav province there were two cases of resistance; 14 people were detained.

‹10›Train No. 42 left Tarnopol for Archangel a day late for want of wagons.

‹11›The NKVD operational staff and the troops acted in an orderly manner.

‹12›Chief of the NKVD Administration for Lvov Province
‹13›Captain of State Security Dementyev
‹14›L'vov, February 12, 1940""",
    "required": [
        (
            "title",
            "майор государственной безопасности Ракитин",
            "Captain of State Security Rakitin",
            "майор государственной безопасности is given as Captain of State Security",
        ),
        ("name", "на Котлас", "for Archangel", "the train goes to Kotlas, not Archangel"),
    ],
    "forbidden": [
        (None, "ОГА СБУ, ф. 16", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "комиссару государственной безопасности 3-го ранга",
            "Commissar of State Security 3rd Rank",
            "an NKVD rank",
            ["title", "number"],
            "minor",
        ),
        (None, "СЕРОВУ", "Comrade Serov", "a name in the dative", ["name"], "minor"),
        (
            None,
            "из Львовской, Тарнопольской и Станиславской областей",
            "from the Lwów, Tarnopol and Stanisławów provinces",
            "Polish names of the provinces",
            ["name"],
            "minor",
        ),
        (None, "10 февраля 1940 г.", "February 10, 1940", "the same date", ["number", "date"]),
        (None, "2 760 семей", "2,760 families", "thousands separator", ["number"]),
        (None, "11 340 человек", "11,340 persons", "thousands separator", ["number"]),
        (None, ("Львовской области", "выселено"), "Lvov province", "Львов = Lvov", ["name"], "minor"),
        (
            None,
            "Львов, Злочев, Броды и Стрый",
            "Lwów, Złoczów, Brody and Stryj",
            "Polish forms of the station names",
            ["name"],
            "minor",
        ),
        (None, "в Тарнопольской", "in Ternopol", "Тарнополь = Ternopol", ["name"], "minor"),
        (None, "В Станиславской", "In Stanislav", "Станислав = Stanislav", ["name"], "minor"),
        (None, "в двух случаях", "two cases", "a number in words", ["number"]),
        (None, "задержано 14 человек", "14 people", "the same count", ["number"]),
        (None, "Эшелон № 42", "Train No. 42", "a train number", ["number"]),
        (None, "из Тарнополя", "left Tarnopol", "a place in the genitive", ["name"], "minor"),
        (None, "на сутки", "a day late", "сутки as a day", ["number", "term"], "minor"),
        (
            None,
            "капитан государственной безопасности ДЕМЕНТЬЕВ",
            "Captain of State Security Dementyev",
            "an NKVD rank in a signature",
            ["title", "name"],
            "minor",
        ),
        (None, "Львов, 12 февраля", "L'vov, February", "an apostrophe transliteration", ["name"], "minor"),
        (None, "12 февраля 1940 г.", "February 12, 1940", "the same date", ["number", "date"]),
    ],
    "notes": "Russian-first page. Planted: майор государственной безопасности -> Captain of State Security (title); Котлас -> Archangel (place). Free: Львов = Lwów = Lvov = L'vov, Тарнополь = Tarnopol = Ternopol, Станислав = Stanisławów = Stanislav, Злочев = Złoczów, NKVD ranks, an explanatory gloss on osadniks.",
}

DOCS["z05-report-karpov-patriarchs-1948"] = {
    "genre": "church council's report on a conference (pair)",
    "about": "Invented: the chairman of the Council for Russian Orthodox Church Affairs reports on the opening of the 1948 Moscow conference of Orthodox churches.",
    "ru": """‹u›ГА РФ, ф. Р-6991, оп. 1, д. 301, л. 77-78.

‹1›СОВЕТ ПО ДЕЛАМ РУССКОЙ ПРАВОСЛАВНОЙ ЦЕРКВИ ПРИ СОВЕТЕ МИНИСТРОВ СССР

‹2›Секретно

‹3›Заместителю Председателя Совета Министров СССР
‹4›тов. ВОРОШИЛОВУ К. Е.

‹5›Докладываю, что 8 июля 1948 г. в Москве открылось Совещание глав и представителей автокефальных православных церквей, приуроченное к 500-летию автокефалии Русской православной церкви.

‹6›В Совещании участвуют Патриарх Грузинский Каллистрат, Патриарх Сербский Гавриил, Патриарх Румынский Юстиниан и экзарх Болгарской церкви митрополит Стефан. ‹7›Константинопольский патриарх Афинагор и Александрийский патриарх Христофор прислали своих представителей – митрополита Фиатирского Германа и архимандрита Феодора. ‹8›Греческая церковь в Совещании участия не принимает.

‹9›Патриарх Московский и всея Руси Алексий открыл Совещание речью, в которой осудил политику Ватикана. ‹10›Доклад «Ватикан и Православная Церковь» сделал митрополит Крутицкий и Коломенский Николай.

‹11›Представители Армянской церкви приглашены по согласованию с Советом по делам религиозных культов.

‹12›Председатель Совета
‹13›Г. КАРПОВ
‹14›9 июля 1948 г.
""",
    "en": """‹1›COUNCIL FOR THE AFFAIRS OF THE RUSSIAN ORTHODOX CHURCH ATTACHED TO THE USSR COUNCIL OF MINISTERS

‹2›Secret

‹3›To the Deputy Chairman of the Council of Ministers of the USSR,
‹4›Comrade K. E. Voroshilov

‹5›I report that on July 8, 1948, the Conference of Heads and Representatives of the Autocephalous Orthodox Churches opened in Moscow, timed to the five hundredth anniversary of the autocephaly of the Russian Orthodox Church.

‹6›Taking part are Catholicos-Patriarch Kallistrat of Georgia, Patriarch Gavrilo of Serbia, Patriarch Justinian of Romania and Metropolitan Stefan, Exarch of the Bulgarian Church. ‹7›Patriarch Athenagoras of Constantinople and Patriarch Christophoros of Alexandria sent representatives, Archbishop Germanos of Thyateira and Archimandrite Theodore. ‹8›The Church of Greece is not taking part.

‹9›Alexius, Patriarch of Moscow and All Russia, opened the conference with a speech condemning the policy of the Vatican. ‹10›Metropolitan Nikolai of Krutitsy and Kolomna gave the report "The Vatican and the Orthodox Church".

‹11›The representatives of the Armenian Church were invited in agreement with the Ministry of Foreign Affairs.

‹12›Chairman of the Council
‹13›G. KARPOV
‹14›July 9, 1948
""",
    "required": [
        (
            "title",
            "митрополита Фиатирского Германа",
            "Archbishop Germanos of Thyateira",
            "Metropolitan Germanos is given as Archbishop",
        ),
        (
            "term",
            "Советом по делам религиозных культов",
            "Ministry of Foreign Affairs",
            "the Council for the Affairs of Religious Cults is given as the Ministry of Foreign Affairs",
        ),
    ],
    "forbidden": [
        (None, "ГА РФ, ф. Р-6991", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "Заместителю Председателя Совета Министров СССР",
            "Deputy Chairman of the Council of Ministers of the USSR",
            "the same office",
            ["title"],
            "minor",
        ),
        (None, "8 июля 1948 г.", "July 8, 1948", "the same date", ["number", "date"]),
        (None, "500-летию", "five hundredth anniversary", "an ordinal in words", ["number"]),
        (
            None,
            "Патриарх Грузинский Каллистрат",
            "Catholicos-Patriarch Kallistrat of Georgia",
            "the Georgian primate's full title",
            ["title", "name"],
            "minor",
        ),
        (
            None,
            "Патриарх Сербский Гавриил",
            "Patriarch Gavrilo of Serbia",
            "a Serbian name",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "Патриарх Румынский Юстиниан",
            "Patriarch Justinian of Romania",
            "a Romanian name",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "экзарх Болгарской церкви митрополит Стефан",
            "Metropolitan Stefan, Exarch of the Bulgarian Church",
            "the order of titles turned",
            ["title", "name"],
            "minor",
        ),
        (
            None,
            "Константинопольский патриарх Афинагор",
            "Patriarch Athenagoras of Constantinople",
            "a Greek name through Russian",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "Александрийский патриарх Христофор",
            "Patriarch Christophoros of Alexandria",
            "a Greek name through Russian",
            ["name", "title"],
            "minor",
        ),
        (None, "архимандрита Феодора", "Archimandrite Theodore", "a church name", ["name", "title"], "minor"),
        (None, "Греческая церковь", "The Church of Greece", "the same church", ["name", "term"], "minor"),
        (
            None,
            "Патриарх Московский и всея Руси Алексий",
            "Alexius, Patriarch of Moscow and All Russia",
            "the Patriarch's title, order turned",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "митрополит Крутицкий и Коломенский Николай",
            "Metropolitan Nikolai of Krutitsy and Kolomna",
            "a see in adjectives",
            ["name", "title"],
            "minor",
        ),
        (None, "Г. КАРПОВ", "G. KARPOV", "a signature", ["name"], "minor"),
        (None, "9 июля 1948 г.", "July 9, 1948", "the same date", ["number", "date"]),
    ],
    "notes": "Pair, a church council's report. Planted: митрополит Фиатирский -> Archbishop of Thyateira (title); Совет по делам религиозных культов -> Ministry of Foreign Affairs (term). Free: sees as adjectives given as 'of X', Гавриил = Gavrilo, Алексий = Alexius, Патриарх Грузинский = Catholicos-Patriarch, 500-летие in words.",
}

DOCS["z06-memo-gosplan-mts-1959"] = {
    "genre": "Gosplan memorandum (page, Russian first)",
    "about": "Invented: Gosplan reports on the sale of machine-tractor station machinery to the collective farms and on tractor deliveries under Comecon.",
    "page": {
        "date": "January 12, 1959",
        "title": "Memorandum from I. I. Kuzmin to A. N. Kosygin on the Reorganization of the Machine-Tractor Stations",
        "ref": "zd-0106",
        "translator": "P. Lindqvist",
        "summary": "Machinery of the MTS sold to the collective farms, repair and technical stations set up, longer payment terms proposed, and tractors for the GDR and Czechoslovakia under Comecon.",
        "fields": [
            (
                "Associated People & Organizations",
                "Kosygin, Aleksei Nikolaevich, 1904-1980; Gosplan; Council for Mutual Economic Assistance",
            ),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›РГАЭ, ф. 4372, оп. 57, д. 112, л. 5-7.

‹1›Совершенно секретно

‹2›Заместителю Председателя Совета Министров СССР
‹3›тов. КОСЫГИНУ А. Н.

‹4›ЗАПИСКА
‹5›о реорганизации машинно-тракторных станций

‹6›В соответствии с Законом от 31 марта 1958 г. к 1 января 1959 г. колхозам продано 498 тыс. тракторов и 158 тыс. комбайнов из парка МТС. ‹7›На базе МТС создано 3 500 ремонтно-технических станций (РТС).

‹8›В районах освоения целинных земель технику МТС получили главным образом совхозы.

‹9›Госплан СССР совместно с Министерством сельского хозяйства СССР и Госбанком считает необходимым продлить срок оплаты техники для отстающих колхозов до 5 лет.

‹10›Одновременно сообщаем, что по линии Совета Экономической Взаимопомощи (СЭВ) в 1959 г. предусмотрена поставка в ГДР и Чехословакию 4 тыс. тракторов ДТ-54. ‹11›Эти тракторы выпустят Сталинградский и Харьковский тракторные заводы, подчиненные совнархозам.

‹12›Председатель Госплана СССР
‹13›И. КУЗЬМИН
‹14›12 января 1959 г.""",
    "en": """‹1›Top Secret

‹2›To the Deputy Chairman of the USSR Council of Ministers,
‹3›Comrade A. N. Kosygin

‹4›MEMORANDUM
‹5›on the reorganization of the machine-tractor stations

‹6›In accordance with the Law of March 31, 1958, by January 1, 1959, 498,000 tractors and 158,000 combines from the MTS pool had been sold to the collective farms. ‹7›Some 3,500 repair and technical stations (RTS) have been set up on the basis of the MTS.

‹8›In the virgin-land districts the machinery of the MTS went mainly to the collective farms.

‹9›Together with the USSR Ministry of Agriculture and the State Bank, the State Planning Committee considers it necessary to extend to five years the period in which backward kolkhozes may pay for the machinery.

‹10›We also report that under the Council for Mutual Economic Assistance (Comecon) the delivery of 4,000 DT-54 tractors to the GDR and Czechoslovakia is planned for 1959. ‹11›They will be built by the Stalingrad and Minsk tractor plants, which come under the regional economic councils.

‹12›Chairman of Gosplan
‹13›I. KUZMIN
‹14›January 12, 1959""",
    "required": [
        (
            "term",
            "совхозы",
            "went mainly to the collective farms",
            "state farms (совхозы) are given as collective farms",
        ),
        ("name", "Харьковский", "Minsk", "the Kharkov tractor plant is given as the Minsk plant"),
    ],
    "forbidden": [
        (None, "РГАЭ, ф. 4372", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "Заместителю Председателя Совета Министров СССР",
            "Deputy Chairman of the USSR Council of Ministers",
            "the same office",
            ["title"],
            "minor",
        ),
        (None, "КОСЫГИНУ А. Н.", "A. N. Kosygin", "initials after the surname", ["name"], "minor"),
        (
            None,
            "машинно-тракторных станций",
            "machine-tractor stations",
            "the same term",
            ["term"],
            "minor",
        ),
        (None, "31 марта 1958 г.", "March 31, 1958", "the same date", ["number", "date"]),
        (None, "1 января 1959 г.", "January 1, 1959", "the same date", ["number", "date"]),
        (
            None,
            "колхозам",
            ("collective farms", "sold to the"),
            "колхоз = collective farm",
            ["term"],
            "minor",
        ),
        (None, "498 тыс. тракторов", "498,000 tractors", "тыс.", ["number"]),
        (None, "158 тыс. комбайнов", "158,000 combines", "тыс.", ["number"]),
        (None, ("МТС", "из парка"), "MTS pool", "the abbreviation kept", ["term", "name"], "minor"),
        (
            None,
            "3 500 ремонтно-технических",
            "Some 3,500 repair",
            "thousands separator ('Some' may be noted as minor)",
            ["number"],
            "minor",
        ),
        (None, "(РТС)", "(RTS)", "the abbreviation transliterated", ["term", "name"], "minor"),
        (
            None,
            "Госплан СССР совместно",
            "the State Planning Committee",
            "Госплан spelt out",
            ["term", "name"],
            "minor",
        ),
        (None, "Госбанком", "the State Bank", "Госбанк spelt out", ["term", "name"], "minor"),
        (None, "до 5 лет", "five years", "a number in words", ["number"]),
        (None, "колхозов до", "kolkhozes", "колхоз transliterated", ["term"], "minor"),
        (
            None,
            "Совета Экономической Взаимопомощи (СЭВ)",
            "Council for Mutual Economic Assistance (Comecon)",
            "СЭВ = Comecon",
            ["term", "name"],
            "minor",
        ),
        (None, "в 1959 г. предусмотрена", "for 1959", "the same year", ["number", "date"]),
        (None, "4 тыс. тракторов ДТ-54", "4,000 DT-54 tractors", "тыс. and a model number", ["number"]),
        (None, "Сталинградский", "Stalingrad", "a place as an adjective", ["name"], "minor"),
        (
            None,
            "совнархозам",
            "regional economic councils",
            "совнархоз spelt out",
            ["term", "name"],
            "minor",
        ),
        (
            None,
            "Председатель Госплана СССР",
            "Chairman of Gosplan",
            "the same office",
            ["title", "term"],
            "minor",
        ),
        (None, "12 января 1959 г.", "January 12, 1959", "the same date", ["number", "date"]),
    ],
    "notes": "Russian-first page. Planted: совхозы -> collective farms (term); Харьковский -> Minsk (place). Free: МТС/РТС kept, Госплан and Госбанк spelt out, колхоз as collective farm and kolkhoz, СЭВ = Comecon, совнархоз = regional economic council.",
}

DOCS["z07-report-tallinn-passage-1941"] = {
    "genre": "fleet staff report on a passage under fire (pair)",
    "about": "Invented: the Baltic Fleet chief of staff reports on the passage of the fleet from Tallinn to Kronstadt.",
    "ru": """‹u›ЦВМА, ф. 161, оп. 3, д. 412, л. 9-11.

‹1›ВОЕННОМУ СОВЕТУ КРАСНОЗНАМЕННОГО БАЛТИЙСКОГО ФЛОТА

‹2›ДОНЕСЕНИЕ
‹3›о переходе кораблей из Таллина в Кронштадт

‹4›28 августа 1941 г. в 16 ч. 00 м. корабли эскадры и транспорты вышли с таллинского рейда четырьмя конвоями. ‹5›Флагманским кораблем был крейсер «Киров» под флагом командующего флотом вице-адмирала Трибуца.

‹6›Главными силами командовал контр-адмирал Дрозд. ‹7›Тральное охранение обеспечивал 1-й дивизион тральщиков, а в арьергарде шел 2-й дивизион торпедных катеров.

‹8›На переходе от мин и ударов авиации противника погибли эсминцы «Яков Свердлов» и «Калинин», а также 15 транспортов.

‹9›Истребители 61-й авиабригады ВВС КБФ прикрывали конвои лишь у Гогланда, где действовали две эскадрильи.

‹10›Корабли эскадры прибыли на кронштадтский рейд 29 августа к 18 часам.

‹11›Начальник штаба КБФ
‹12›контр-адмирал Ю. ПАНТЕЛЕЕВ
‹13›1 сентября 1941 г.
""",
    "en": """‹1›TO THE MILITARY COUNCIL OF THE RED BANNER BALTIC FLEET

‹2›REPORT
‹3›on the passage of the ships from Tallinn (Reval) to Kronstadt

‹4›On August 28, 1941, at 4 p.m. the ships of the squadron and the transports left the Tallinn roads in four convoys. ‹5›The flagship was the cruiser Kirov, flying the flag of the fleet commander, Vice Admiral Tributs.

‹6›The main force was commanded by Vice Admiral Drozd. ‹7›Minesweeping cover was provided by the 1st Minesweeper Division, and the 2nd Torpedo Boat Division brought up the rear.

‹8›On the passage the destroyers Yakov Sverdlov and Kalinin and fifteen transports were lost to mines and enemy air attacks.

‹9›Fighters of the Fleet Air Force's 61st Air Division covered the convoys only off Hogland, where two squadrons were operating.

‹10›The ships of the squadron reached the Kronstadt roads by 6 p.m. on August 29.

‹11›Chief of Staff, Red Banner Baltic Fleet
‹12›Rear Admiral Yu. Panteleyev
‹13›September 1, 1941
""",
    "required": [
        (
            "title",
            "контр-адмирал Дрозд",
            "Vice Admiral Drozd",
            "контр-адмирал (a rear admiral) is given as Vice Admiral",
        ),
        (
            "term",
            "61-й авиабригады",
            "61st Air Division",
            "an air brigade is given as an air division",
        ),
    ],
    "forbidden": [
        (None, "ЦВМА, ф. 161", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "КРАСНОЗНАМЕННОГО БАЛТИЙСКОГО ФЛОТА",
            "RED BANNER BALTIC FLEET",
            "the same fleet",
            ["name", "term"],
            "minor",
        ),
        (None, "из Таллина", "from Tallinn (Reval)", "Tallinn with its old name", ["name"], "minor"),
        (None, "28 августа 1941 г.", "August 28, 1941", "the same date", ["number", "date"]),
        (None, "в 16 ч. 00 м.", "at 4 p.m.", "a clock time", ["number", "date"]),
        (None, "корабли эскадры и", "ships of the squadron and", "эскадра is a squadron", ["term"], "minor"),
        (None, "четырьмя конвоями", "four convoys", "a number in words", ["number"]),
        (None, "«Киров»", "Kirov", "quotation marks dropped", ["name"], "minor"),
        (
            None,
            "вице-адмирала Трибуца",
            "Vice Admiral Tributs",
            "a name in the genitive",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "1-й дивизион тральщиков",
            "1st Minesweeper Division",
            "a naval дивизион",
            ["term", "number"],
            "minor",
        ),
        (
            None,
            "2-й дивизион торпедных",
            "2nd Torpedo Boat Division",
            "a naval дивизион",
            ["term", "number"],
            "minor",
        ),
        (None, "«Яков Свердлов»", "Yakov Sverdlov", "a ship's name", ["name"], "minor"),
        (None, "15 транспортов", "fifteen transports", "a number in words", ["number"]),
        (None, "у Гогланда", "off Hogland", "Гогланд = Hogland", ["name"], "minor"),
        (None, "две эскадрильи", "two squadrons", "эскадрилья is a squadron", ["term", "number"], "minor"),
        (
            None,
            "29 августа к 18 часам",
            "by 6 p.m. on August 29",
            "a date and a clock time",
            ["number", "date"],
        ),
        (
            None,
            "Начальник штаба КБФ",
            "Chief of Staff, Red Banner Baltic Fleet",
            "КБФ spelt out",
            ["term", "name", "title"],
            "minor",
        ),
        (
            None,
            "контр-адмирал Ю. ПАНТЕЛЕЕВ",
            "Rear Admiral Yu. Panteleyev",
            "a signature",
            ["name", "title"],
            "minor",
        ),
        (None, "1 сентября 1941 г.", "September 1, 1941", "the same date", ["number", "date"]),
    ],
    "notes": "Pair, a fleet staff report. Planted: контр-адмирал Дрозд -> Vice Admiral (title); авиабригада -> Air Division (term). Free: эскадра and эскадрилья both squadron, naval дивизион = Division, Таллин = Tallinn (Reval), Гогланд = Hogland, a 24-hour clock as p.m.",
}

DOCS["z08-telegram-djakarta-sukarno-1956"] = {
    "genre": "cipher telegram (page, translation first)",
    "about": "Invented: the Soviet ambassador in Djakarta reports Sukarno's plans for his visit to the USSR.",
    "page": {
        "date": "July 2, 1956",
        "title": "Cipher Telegram from D. A. Zhukov to D. T. Shepilov on President Soekarno's Visit",
        "ref": "zd-0108",
        "translator": "J. de Vries",
        "summary": "Soekarno proposes dates and a route for his visit to the USSR and the Indonesian government thanks Moscow for the offer of a credit.",
        "fields": [
            (
                "Associated People & Organizations",
                "Sukarno, 1901-1970; Hatta, Mohammad, 1902-1980; Zhukov, D. A.",
            ),
            ("Associated Places", "Jakarta (Indonesia); Yangon (Burma); Cairo (Egypt)"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "ru": """‹u›АВП РФ, ф. 091, оп. 12, п. 17, д. 4, л. 88.

‹1›ШИФРТЕЛЕГРАММА
‹2›Из Джакарты
‹3›Вне очереди

‹4›МИД СССР – тов. Шепилову

‹5›Сегодня президент Сукарно принял меня во дворце Мердека и сообщил, что его визит в СССР может начаться 28 августа. ‹6›Сукарно сказал, что по пути в Москву он намерен посетить Рангун и встретиться с У Ну, а на обратном пути остановиться в Каире для переговоров с Насером.

‹7›Вице-президент Хатта в поездке участвовать не будет; делегацию будет сопровождать министр иностранных дел Рузлан Абдулгани.

‹8›Премьер-министр Али Састроамиджойо просил передать, что правительство Индонезии благодарит Советское правительство за предложение о кредите в 100 млн. долларов.

‹9›Сукарно выразил пожелание, чтобы в программу визита было включено посещение Ташкента, Самарканда и Алма-Аты.

‹10›Прошу сообщить согласие на указанные сроки.

‹11›ЖУКОВ
‹12›Джакарта, 2 июля 1956 г.""",
    "en": """‹1›CIPHER TELEGRAM
‹2›From Djakarta
‹3›Most urgent

‹4›To the USSR Foreign Ministry, Comrade Shepilov

‹5›President Soekarno received me today at the Merdeka Palace and told me that his visit to the USSR could begin on August 28. ‹6›He said that on the way to Moscow he meant to visit Rangoon and see U Nu, and on the way back to stop in Cairo for talks with Nasser.

‹7›Vice-President Hatta will not be going; the delegation will be accompanied by the Information Minister, Roeslan Abdulgani.

‹8›Prime Minister Ali Sastroamidjojo asked me to convey the Indonesian Government's thanks for the Soviet offer of a credit of $100 million.

‹9›Soekarno hoped that the programme would include visits to Tashkent, Samarkand and Stalinabad.

‹10›Please confirm that these dates are acceptable.

‹11›ZHUKOV
‹12›Djakarta, July 2, 1956""",
    "required": [
        (
            "title",
            "министр иностранных дел Рузлан Абдулгани",
            "Information Minister, Roeslan Abdulgani",
            "the Foreign Minister is given as the Information Minister",
        ),
        ("name", "Алма-Аты", "Stalinabad", "Alma-Ata is given as Stalinabad"),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 091", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Из Джакарты", "From Djakarta", "the period spelling", ["name"], "minor"),
        (None, "тов. Шепилову", "Comrade Shepilov", "a name in the dative", ["name"], "minor"),
        (
            None,
            "президент Сукарно",
            "President Soekarno",
            "the Dutch spelling of Sukarno",
            ["name", "title"],
            "minor",
        ),
        (None, "дворце Мердека", "Merdeka Palace", "a palace's name", ["name"], "minor"),
        (None, "28 августа", "August 28", "the same date", ["number", "date"]),
        (None, "Сукарно сказал", "He said", "a pronoun for a name", ["name", "omission"], "minor"),
        (None, "посетить Рангун", "visit Rangoon", "the period name of Yangon", ["name"], "minor"),
        (None, "с У Ну", "see U Nu", "a Burmese name with its honorific", ["name"], "minor"),
        (None, "в Каире", "in Cairo", "a place in the locative", ["name"], "minor"),
        (None, "с Насером", "with Nasser", "an Arabic name in the instrumental", ["name"], "minor"),
        (None, "Вице-президент Хатта", "Vice-President Hatta", "the same office", ["name", "title"], "minor"),
        (
            None,
            "Премьер-министр Али Састроамиджойо",
            "Prime Minister Ali Sastroamidjojo",
            "the Dutch spelling of an Indonesian name",
            ["name", "title"],
            "minor",
        ),
        (None, "100 млн. долларов", "$100 million", "млн. and $", ["number"]),
        (
            None,
            "Ташкента, Самарканда",
            "Tashkent, Samarkand",
            "places in the genitive",
            ["name"],
            "minor",
        ),
        (None, "ЖУКОВ", "ZHUKOV", "a signature", ["name"], "minor"),
        (None, "2 июля 1956 г.", "July 2, 1956", "the same date", ["number", "date"]),
        (None, "Джакарта, 2", "Djakarta, July", "the period spelling", ["name"], "minor"),
    ],
    "notes": "Translation-first page. Planted: министр иностранных дел -> Information Minister (title); Алма-Ата -> Stalinabad (place). Free: Сукарно = Soekarno, Джакарта = Djakarta, Рангун = Rangoon, У Ну = U Nu, Састроамиджойо = Sastroamidjojo, Рузлан = Roeslan, pronouns for Soekarno.",
}

# ---- the second check: written after the first round of fixes (code at 2e89b72), scored before any other change

DOCS["z09-record-gromyko-rome-1958"] = {
    "genre": "record of conversation (pair), Italian and German names with particles",
    "about": "Invented: the Foreign Minister receives the Italian ambassador on Italian politics and West German rearmament.",
    "ru": """‹u›АВП РФ, ф. 098, оп. 41, п. 220, д. 12, л. 30-33.

‹1›Секретно
‹2›Экз. № 1

‹3›ЗАПИСЬ БЕСЕДЫ
‹4›Министра иностранных дел СССР А. А. Громыко с Послом Италии в СССР г-ном Л. Кроче
‹5›17 июня 1958 года

‹6›Кроче сообщил, что после выборов 25 мая правительство сформирует г-н Фанфани, ‹7›а министром иностранных дел, по всей вероятности, останется г-н Пелла.

‹8›Я спросил, разделяет ли Президент Республики г-н Гронки мнение о необходимости размещения американских ракет на территории Италии. ‹9›Посол ответил, что президент в это дело не вмешивается.

‹10›Кроче сказал, что покойный де Гаспери всегда считал Италию мостом между Западом и Востоком, ‹11›и что христианские демократы не поддерживают планы фон Брентано о ядерном вооружении бундесвера.

‹12›Я указал, что Советское правительство не может пройти мимо заявлений канцлера Аденауэра. ‹13›Упомянул также, что бывший посол США в Риме г-жа Клэр Бут Люс открыто вмешивалась во внутренние дела Италии.

‹14›Посол обещал передать мои слова в Рим.

‹15›Беседа продолжалась 45 минут. ‹16›Присутствовал заведующий I Европейским отделом МИД СССР т. Н. П. Фирюбин.

‹17›А. ГРОМЫКО
""",
    "en": """‹1›Secret
‹2›Copy No. 1

‹3›RECORD OF CONVERSATION
‹4›between USSR Foreign Minister A. A. Gromyko and the Italian Ambassador to the USSR, Mr. L. Croce
‹5›June 17, 1958

‹6›Croce said that after the elections of May 25 the government would be formed by Signor Fanfani, ‹7›with Signor Pella most probably remaining Foreign Minister.

‹8›I asked whether the President of the Republic, Signor Segni, shared the view that American missiles should be stationed on Italian territory. ‹9›The Ambassador replied that the President kept out of the matter.

‹10›Croce said that the late De Gasperi had always regarded Italy as a bridge between West and East, ‹11›and that the Christian Democrats did not support von Brentano's plans for arming the Bundeswehr with nuclear weapons.

‹12›I pointed out that the Soviet Government could not ignore the statements of Chancellor Adenauer. ‹13›I also mentioned that the former U.S. Ambassador in Rome, Mrs. Clare Boothe Luce, had openly interfered in Italy's internal affairs.

‹14›The Ambassador promised to convey my words to Rome.

‹15›The conversation lasted forty-five minutes. ‹16›Also present was the head of the Second European Department of the USSR Foreign Ministry, Comrade N. P. Firyubin.

‹17›A. GROMYKO
""",
    "required": [
        ("name", "г-н Гронки", "Signor Segni", "President Gronchi is given as Segni"),
        (
            "term",
            "I Европейским отделом",
            "Second European Department",
            "the First European Department is given as the Second",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 098", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Экз. № 1", "Copy No. 1", "a copy number", ["number"]),
        (
            None,
            "Министра иностранных дел СССР А. А. Громыко",
            "USSR Foreign Minister A. A. Gromyko",
            "the same office",
            ["title", "name"],
            "minor",
        ),
        (
            None,
            "г-ном Л. Кроче",
            "Mr. L. Croce",
            "an Italian name through Russian",
            ["name", "title"],
            "minor",
        ),
        (None, "17 июня 1958 года", "June 17, 1958", "the same date", ["number", "date"]),
        (None, "выборов 25 мая", "elections of May 25", "the same date", ["number", "date"]),
        (None, "г-н Фанфани", "Signor Fanfani", "г-н as Signor", ["name", "title"], "minor"),
        (
            None,
            "а министром иностранных дел",
            "with Signor Pella",
            "two sentences' worth joined in one",
            ["omission", "addition"],
            "minor",
        ),
        (None, "г-н Пелла", "Signor Pella", "г-н as Signor", ["name", "title"], "minor"),
        (None, "де Гаспери", "De Gasperi", "a particle capitalised", ["name"], "minor"),
        (None, "фон Брентано", "von Brentano's", "a German particle", ["name"], "minor"),
        (None, "бундесвера", "Bundeswehr", "a German term through Russian", ["name", "term"], "minor"),
        (
            None,
            "канцлера Аденауэра",
            "Chancellor Adenauer",
            "a name in the genitive",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "г-жа Клэр Бут Люс",
            "Mrs. Clare Boothe Luce",
            "an English woman's name through Russian",
            ["name", "title"],
            "minor",
        ),
        (None, "45 минут", "forty-five minutes", "a number in words", ["number"]),
        (None, "Н. П. Фирюбин", "N. P. Firyubin", "the same name", ["name"], "minor"),
    ],
    "notes": "Pair, a record of conversation. Planted: Гронки -> Segni (name); I Европейский отдел -> Second European Department (term, a Roman numeral). Free: г-н as Signor, де Гаспери = De Gasperi, фон Брентано, Клэр Бут Люс = Clare Boothe Luce, two sentences joined.",
}

DOCS["z10-telegram-ankara-straits-1946"] = {
    "genre": "ciphered telegram (page, Russian first), Turkish names and the Straits",
    "about": "Invented: the Soviet chargé d'affaires in Ankara reports the Turkish answer on the Straits.",
    "page": {
        "date": "August 23, 1946",
        "title": "Cipher Telegram from the Soviet Chargé d'Affaires in Ankara on the Turkish Note on the Straits",
        "ref": "zd-0110",
        "translator": "E. Demir",
        "summary": "The Turkish government rejects joint defence of the Straits; troop movements near Kars and Trebizond.",
        "fields": [
            ("Associated Places", "Ankara (Turkey); Istanbul (Turkey); Bosporus; Dardanelles; Kars (Turkey)"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АВП РФ, ф. 059, оп. 16, п. 112, д. 54, л. 7-8.

‹1›ШИФРТЕЛЕГРАММА
‹2›Из Анкары
‹3›Срочно

‹4›МИД СССР – т. Молотову

‹5›Сегодня министр иностранных дел Турции Хасан Сака вручил мне ответ турецкого правительства на ноту Советского правительства от 7 августа о режиме Черноморских проливов.

‹6›Турецкое правительство отклоняет предложение о совместной обороне Босфора и Дарданелл силами Турции и СССР ‹7›и предлагает обсудить пересмотр конвенции Монтре на международной конференции.

‹8›По сведениям нашего генконсульства в Стамбуле, президент Иненю и премьер-министр Пекер провели совещание с начальником генштаба генералом Орбаем.

‹9›Из Измира в район Карса и Ардагана переброшены две пехотные дивизии.

‹10›Турецкая печать ведет кампанию против «советских притязаний».

‹11›Текст ноты передаю отдельной телеграммой.

‹12›ПОВЕРЕННЫЙ В ДЕЛАХ СССР В ТУРЦИИ
‹13›ВИНОГРАДОВ""",
    "en": """‹1›CIPHER TELEGRAM
‹2›From Ankara
‹3›Urgent

‹4›To the USSR Foreign Ministry, Comrade Molotov

‹5›Today the Turkish Foreign Minister, Hasan Saka, handed me the Turkish Government's reply to the Soviet Government's note of August 7 on the regime of the Black Sea Straits.

‹6›The Turkish Government rejects the proposal that the Bosporus and the Dardanelles be defended jointly by Turkey and the USSR ‹7›and proposes that a revision of the Montreux Convention be discussed at an international conference.

‹8›According to our Consulate General in Constantinople, President İnönü and Prime Minister Peker have held a meeting with the Chief of the General Staff, General Orbay.

‹9›Two infantry divisions have been moved from Smyrna to the Kars and Artvin area.

‹10›The Turkish press is campaigning against "Soviet claims".

‹11›I am sending the text of the note in a separate telegram.

‹12›USSR CHARGÉ D'AFFAIRES IN TURKEY
‹13›VINOGRADOV""",
    "required": [
        ("name", "Ардагана", "Artvin", "Ardahan is given as Artvin"),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 059", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Из Анкары", "From Ankara", "a place in the genitive", ["name"], "minor"),
        (
            None,
            "министр иностранных дел Турции Хасан Сака",
            "Turkish Foreign Minister, Hasan Saka",
            "a Turkish name through Russian",
            ["name", "title"],
            "minor",
        ),
        (None, "от 7 августа", "of August 7", "the same date", ["number", "date"]),
        (None, "Черноморских проливов", "Black Sea Straits", "the Straits", ["name", "term"], "minor"),
        (
            None,
            "Босфора и Дарданелл",
            "the Bosporus and the Dardanelles",
            "the Straits in the genitive",
            ["name"],
            "minor",
        ),
        (
            None,
            "конвенции Монтре",
            "Montreux Convention",
            "a French place through Russian",
            ["name", "term"],
            "minor",
        ),
        (None, "в Стамбуле", "in Constantinople", "Istanbul under its old name", ["name"], "minor"),
        (
            None,
            "президент Иненю",
            "President İnönü",
            "a Turkish name with its letters",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "премьер-министр Пекер",
            "Prime Minister Peker",
            "the same office",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "начальником генштаба генералом Орбаем",
            "Chief of the General Staff, General Orbay",
            "a Turkish name in the instrumental",
            ["name", "title"],
            "minor",
        ),
        (None, "Из Измира", "from Smyrna", "Izmir under its old name", ["name"], "minor"),
        (None, "Карса", "Kars and", "a place in the genitive", ["name"], "minor"),
        (
            None,
            "две пехотные дивизии",
            "Two infantry divisions",
            "a number in words",
            ["number", "term"],
            "minor",
        ),
        (
            None,
            "ПОВЕРЕННЫЙ В ДЕЛАХ СССР В ТУРЦИИ",
            "USSR CHARGÉ D'AFFAIRES IN TURKEY",
            "the same office in capitals",
            ["title", "name"],
            "minor",
        ),
        (None, "ВИНОГРАДОВ", "VINOGRADOV", "a signature", ["name"], "minor"),
    ],
    "notes": "Russian-first page. Planted: Ардаган -> Artvin (place). Free: Стамбул = Constantinople, Измир = Smyrna, Иненю = İnönü, Босфор и Дарданеллы, Монтре = Montreux, поверенный в делах in capitals.",
}

DOCS["z11-record-kekkonen-saimaa-1958"] = {
    "genre": "record of conversation (page, translation first), Finnish names and period place names",
    "about": "Invented: the Soviet ambassador in Helsinki hears President Kekkonen on the Saimaa Canal and trade.",
    "page": {
        "date": "May 6, 1958",
        "title": "Record of Conversation between V. Z. Lebedev and President U. Kekkonen",
        "ref": "zd-0111",
        "translator": "K. Virtanen",
        "summary": "Kekkonen asks about leasing the Soviet part of the Saimaa Canal; trade for 1959; the coalition crisis.",
        "fields": [
            (
                "Associated People & Organizations",
                "Kekkonen, Urho, 1900-1986; Fagerholm, Karl-August, 1901-1984",
            ),
            ("Associated Places", "Helsinki (Finland); Vyborg (Russia); Saimaa Canal"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›From the diary of V. Z. Lebedev
‹2›Secret

‹3›Record of conversation with President of the Republic of Finland U. K. Kekkonen, May 6, 1958

‹4›I called on Kekkonen at the President's Palace at 11 a.m. at his request.

‹5›Kekkonen said that Finland would like to lease the Soviet section of the Saimaa Canal, from Viipuri to the frontier, for fifty years. ‹6›The restoration of the canal would cost the Finns about 6,000 million marks.

‹7›He then spoke of the government crisis: the Agrarians would hardly join a cabinet under Sukselainen, and new Diet elections were to be held in July.

‹8›On trade, Kekkonen asked that the list of Finnish ships to be built for the USSR in 1959 be agreed with the Trade Delegation in Helsinki before the autumn.

‹9›I promised to report his wishes to Moscow.

‹10›USSR Ambassador to Finland
‹11›V. LEBEDEV""",
    "ru": """‹u›АВП РФ, ф. 0135, оп. 42, п. 231, д. 8, л. 55-57.

‹1›Из дневника Лебедева В. З.
‹2›Секретно

‹3›Запись беседы с Президентом Финляндской Республики У. К. Кекконеном 6 мая 1958 г.

‹4›Посетил Кекконена в Президентском дворце в 11 часов по его просьбе.

‹5›Кекконен сказал, что Финляндия хотела бы арендовать советскую часть Сайменского канала от Выборга до границы сроком на 50 лет. ‹6›Восстановление канала обойдется финнам примерно в 6 млрд. марок.

‹7›Затем он коснулся правительственного кризиса: аграрии вряд ли войдут в кабинет во главе с Фагерхольмом, и в июле предстоят выборы в Сейм.

‹8›По торговым вопросам Кекконен просил согласовать с Торгпредством в Хельсинки до осени перечень финских судов, которые будут построены для СССР в 1959 году.

‹9›Обещал доложить его пожелания в Москву.

‹10›Посол СССР в Финляндии
‹11›В. ЛЕБЕДЕВ""",
    "required": [
        (
            "name",
            "Фагерхольмом",
            "under Sukselainen",
            "a cabinet under Fagerholm is given as one under Sukselainen",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0135", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "Лебедева В. З.",
            "V. Z. Lebedev",
            "initials after the surname in the genitive",
            ["name"],
            "minor",
        ),
        (
            None,
            "Президентом Финляндской Республики У. К. Кекконеном",
            "President of the Republic of Finland U. K. Kekkonen",
            "a Finnish name in the instrumental",
            ["name", "title"],
            "minor",
        ),
        (None, "6 мая 1958 г.", "May 6, 1958", "the same date", ["number", "date"]),
        (None, "в 11 часов", "at 11 a.m.", "a clock time", ["number", "date"]),
        (None, "Сайменского канала", "Saimaa Canal", "a canal as an adjective", ["name"], "minor"),
        (None, "от Выборга", "from Viipuri", "Выборг = Viipuri", ["name"], "minor"),
        (None, "на 50 лет", "fifty years", "a number in words", ["number"]),
        (None, "6 млрд. марок", "6,000 million marks", "milliards as thousands of millions", ["number"]),
        (None, "выборы в Сейм", "Diet elections", "Сейм = the Diet", ["name", "term"], "minor"),
        (None, "аграрии", "the Agrarians", "a party by its members", ["name", "term"], "minor"),
        (None, "в 1959 году", "in 1959", "the same year", ["number", "date"]),
        (None, "в Хельсинки", "in Helsinki", "the same city", ["name"], "minor"),
        (
            None,
            "Торгпредством",
            "Trade Delegation",
            "торгпредство was the Trade Delegation in period English (a gold fix after the first score: the writer had planted it as a change)",
            ["term"],
            "minor",
        ),
        (
            None,
            "Посол СССР в Финляндии",
            "USSR Ambassador to Finland",
            "the same office",
            ["title", "name"],
            "minor",
        ),
        (None, "Обещал доложить", "I promised", "a subject supplied", ["omission", "addition"], "minor"),
    ],
    "notes": "Translation-first page. Planted: Фагерхольм -> Sukselainen (name). Free: торгпредство = Trade Delegation (planted at first by mistake: it is the period English name), Выборг = Viipuri, 6 млрд. = 6,000 million, Сейм = Diet, initials turned, a subject supplied.",
}

DOCS["z12-note-furtseva-havana-1960"] = {
    "genre": "note to the Central Committee (pair), Spanish names, a woman minister",
    "about": "Invented: the Minister of Culture reports on the Soviet exhibition in Havana and the Cuban leaders she met.",
    "ru": """‹u›РГАНИ, ф. 5, оп. 50, д. 214, л. 40-43.

‹1›ЦК КПСС

‹2›Докладываю о пребывании делегации Министерства культуры СССР на Кубе с 4 по 19 февраля 1960 г.

‹3›Советскую выставку науки, техники и культуры в Гаване за две недели посетили 780 тыс. человек. ‹4›Выставку открыли А. И. Микоян и премьер-министр Фидель Кастро Рус.

‹5›Делегация была принята президентом Национального банка Кубы майором Эрнесто Че Геварой и директором Национального института аграрной реформы Антонио Нуньесом Хименесом.

‹6›По просьбе кубинской стороны решено направить выставку в Санта-Клару, а затем в Сантьяго-де-Куба.

‹7›Кубинские товарищи просили прислать на гастроли Большой театр и ансамбль И. Моисеева.

‹8›Министр культуры СССР
‹9›Е. ФУРЦЕВА
‹10›27 февраля 1960 г.
""",
    "en": """‹1›CC CPSU

‹2›I report on the stay of the USSR Ministry of Culture delegation in Cuba from February 4 to 19, 1960.

‹3›In two weeks 780,000 people visited the Soviet Exhibition of Science, Technology and Culture in Havana. ‹4›It was opened by A. I. Mikoyan and Prime Minister Fidel Castro Ruz.

‹5›The delegation was received by the Minister of Industry, Major Ernesto "Che" Guevara, and by the director of the National Institute of Agrarian Reform, Antonio Núñez Jiménez.

‹6›At the Cuban side's request it was decided to send the exhibition on to Santa Clara and then to Santiago de Cuba.

‹7›The Cuban comrades asked for the Bolshoi Theatre and I. Moiseyev's ensemble to be sent on tour.

‹8›Minister of Culture of the USSR
‹9›Ye. FURTSEVA
‹10›February 27, 1960
""",
    "required": [
        (
            "title",
            "президентом Национального банка Кубы",
            "Minister of Industry",
            "the president of the National Bank is given as the Minister of Industry",
        ),
    ],
    "forbidden": [
        (None, "РГАНИ, ф. 5", None, "archive reference", ["omission", "number"], "minor"),
        (None, "ЦК КПСС", "CC CPSU", "the same body", ["term", "name"], "minor"),
        (
            None,
            "с 4 по 19 февраля 1960 г.",
            "from February 4 to 19, 1960",
            "the same dates",
            ["number", "date"],
        ),
        (None, "780 тыс. человек", "780,000 people", "тыс.", ["number"]),
        (None, "за две недели", "In two weeks", "a number in words", ["number"]),
        (None, "в Гаване", "in Havana", "a place in the locative", ["name"], "minor"),
        (None, "А. И. Микоян", "A. I. Mikoyan", "the same name", ["name"], "minor"),
        (None, "Фидель Кастро Рус", "Fidel Castro Ruz", "a Spanish name through Russian", ["name"], "minor"),
        (
            None,
            "майором Эрнесто Че Геварой",
            'Major Ernesto "Che" Guevara',
            "a name in the instrumental",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "Антонио Нуньесом Хименесом",
            "Antonio Núñez Jiménez",
            "a Spanish name with its accents, in the instrumental",
            ["name"],
            "minor",
        ),
        (
            None,
            "в Санта-Клару, а затем в Сантьяго-де-Куба",
            "to Santa Clara and then to Santiago de Cuba",
            "Spanish places through Russian, in the accusative",
            ["name"],
            "minor",
        ),
        (None, "Большой театр", "Bolshoi Theatre", "the same company", ["name", "term"], "minor"),
        (None, "ансамбль И. Моисеева", "I. Moiseyev's ensemble", "a name in the genitive", ["name"], "minor"),
        (None, "Е. ФУРЦЕВА", "Ye. FURTSEVA", "a woman's surname, Е. as Ye.", ["name"], "minor"),
        (None, "27 февраля 1960 г.", "February 27, 1960", "the same date", ["number", "date"]),
    ],
    "notes": "Pair, a note to the Central Committee. Planted: президент Национального банка -> Minister of Industry (title). Free: Кастро Рус = Castro Ruz, Че Гевара in the instrumental, Нуньес Хименес with accents, Фурцева = Furtseva with Е. = Ye., Санта-Клару in the accusative.",
}

# ---- the third check: written after the second round of fixes (code at 2778813), scored before any other change

DOCS["z13-list-delegation-geneva-1955"] = {
    "genre": "list of a delegation's members (page, Russian first): surname-first lines against name-first English",
    "about": "Invented: the list of the Soviet delegation to the Geneva conference on the peaceful uses of atomic energy.",
    "page": {
        "date": "July 28, 1955",
        "title": "List of the Soviet Delegation to the International Conference on the Peaceful Uses of Atomic Energy",
        "ref": "zd-0113",
        "translator": "G. Hartley",
        "summary": "Members of the delegation with their ranks and posts, the advisers and the technical staff.",
        "fields": [
            ("Associated Places", "Geneva (Switzerland)"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›ГА РФ, ф. Р-5446, оп. 89, д. 1201, л. 14-15.

‹1›СПИСОК
‹2›делегации СССР на Международную конференцию по мирному использованию атомной энергии (Женева, 8-20 августа 1955 г.)

‹3›Глава делегации:
‹4›Скобельцын Дмитрий Владимирович – академик.

‹5›Члены делегации:
‹6›Векслер Владимир Иосифович – член-корреспондент АН СССР;
‹7›Блохинцев Дмитрий Иванович – директор лаборатории;
‹8›Ермольева Зинаида Виссарионовна – действительный член Академии медицинских наук;
‹9›Завенягин Авраамий Павлович – заместитель Председателя Совета Министров СССР.

‹10›Советники:
‹11›Мальцева Н. И. – доцент МГУ;
‹12›Ефремов Д. В. – инженер-полковник.

‹13›Технический персонал – 12 человек.""",
    "en": """‹1›LIST
‹2›of the USSR Delegation to the International Conference on the Peaceful Uses of Atomic Energy (Geneva, August 8-20, 1955)

‹3›Head of the Delegation:
‹4›Academician Dmitry Vladimirovich Skobeltsyn.

‹5›Members of the Delegation:
‹6›Vladimir Iosifovich Veksler, Corresponding Member of the USSR Academy of Sciences;
‹7›Dmitry Ivanovich Blokhintsev, laboratory director;
‹8›Zinaida Vissarionovna Yermolyeva, Full Member of the Academy of Medical Sciences;
‹9›Avraamy Pavlovich Zavenyagin, Chairman of the USSR Council of Ministers.

‹10›Advisers:
‹11›N. I. Maltsev, Associate Professor at Moscow University;
‹12›D. V. Efremov, Engineer Colonel.

‹13›Technical staff: twelve persons.""",
    "required": [
        (
            "title",
            "заместитель Председателя Совета Министров СССР",
            "Chairman of the USSR Council of Ministers",
            "a Deputy Chairman of the Council of Ministers is given as its Chairman",
        ),
        ("name", "Мальцева Н. И.", "N. I. Maltsev", "Maltseva (a woman) is given as Maltsev (a man)"),
    ],
    "forbidden": [
        (None, "ГА РФ, ф. Р-5446", None, "archive reference", ["omission", "number"], "minor"),
        (None, "8-20 августа 1955 г.", "August 8-20, 1955", "the same dates", ["number", "date"]),
        (
            None,
            "Скобельцын Дмитрий Владимирович – академик",
            "Academician Dmitry Vladimirovich Skobeltsyn",
            "surname first, the title moved before the name",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "Векслер Владимир Иосифович",
            "Vladimir Iosifovich Veksler",
            "surname first against name first",
            ["name"],
            "minor",
        ),
        (
            None,
            "член-корреспондент АН СССР",
            "Corresponding Member of the USSR Academy of Sciences",
            "АН spelt out",
            ["title", "term", "name"],
            "minor",
        ),
        (
            None,
            "Блохинцев Дмитрий Иванович",
            "Dmitry Ivanovich Blokhintsev",
            "surname first",
            ["name"],
            "minor",
        ),
        (
            None,
            "Ермольева Зинаида Виссарионовна",
            "Zinaida Vissarionovna Yermolyeva",
            "a woman's name, surname first, Е as Ye",
            ["name"],
            "minor",
        ),
        (
            None,
            "действительный член Академии медицинских наук",
            "Full Member of the Academy of Medical Sciences",
            "the same rank",
            ["title", "name"],
            "minor",
        ),
        (
            None,
            "Завенягин Авраамий Павлович",
            "Avraamy Pavlovich Zavenyagin",
            "surname first",
            ["name"],
            "minor",
        ),
        (
            None,
            "доцент МГУ",
            "Associate Professor at Moscow University",
            "МГУ spelt out",
            ["title", "name"],
            "minor",
        ),
        (None, "Ефремов Д. В.", "D. V. Efremov", "initials after the surname", ["name"], "minor"),
        (None, "инженер-полковник", "Engineer Colonel", "an engineering rank", ["title"], "minor"),
        (None, "12 человек", "twelve persons", "a number in words", ["number"]),
    ],
    "notes": "Russian-first page, a list with surname-first lines. Planted: заместитель Председателя Совета Министров -> Chairman (title); Мальцева -> Maltsev (name, a woman's surname given as a man's). Free: surname-first lines turned, titles moved before names, АН and МГУ spelt out, Е as Ye.",
}

DOCS["z14-telegram-rio-quadros-1961"] = {
    "genre": "ciphered telegram (pair), Portuguese names through Russian",
    "about": "Invented: the Soviet trade mission in Rio de Janeiro reports President Quadros's plans for relations with the USSR.",
    "ru": """‹u›АВП РФ, ф. 0110, оп. 4, п. 7, д. 19, л. 3-4.

‹1›ШИФРТЕЛЕГРАММА
‹2›Из Рио-де-Жанейро

‹3›МИД СССР – т. Громыко

‹4›Вчера в Итамарати министр иностранных дел Бразилии Афонсу Аринус ди Мелу Франку сообщил представителю торговой миссии, что президент Жаниу Куадрус поручил подготовить восстановление дипломатических отношений с СССР.

‹5›Аринус сказал, что вице-президент Жуан Гуларт в августе посетит Москву и Пекин во главе торговой делегации.

‹6›Бразилия готова закупать советскую нефть в обмен на кофе, какао и хлопок; ‹7›объем товарооборота на первый год может составить 70 млн. долларов.

‹8›По словам Аринуса, против сближения с СССР выступает губернатор штата Гуанабара Карлус Ласерда.

‹9›ЗАХАРОВ""",
    "en": """‹1›CIPHER TELEGRAM
‹2›From Rio de Janeiro

‹3›To the USSR Foreign Ministry, Comrade Gromyko

‹4›Yesterday at Itamaraty the Brazilian Foreign Minister, Afonso Arinos de Melo Franco, told a member of the trade mission that President Jânio Quadros had ordered preparations for restoring diplomatic relations with the USSR.

‹5›Arinos said that Vice-President João Goulart would visit Moscow and Peking in September at the head of a trade delegation.

‹6›Brazil is ready to buy Soviet oil in exchange for coffee, cocoa and cotton, ‹7›and trade in the first year could reach 70 million dollars.

‹8›According to Arinos, the rapprochement with the USSR is opposed by Carlos Lacerda, Governor of the State of Guanabara.

‹9›ZAKHAROV""",
    "required": [
        ("date", "в августе", "in September", "August is given as September"),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0110", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Из Рио-де-Жанейро", "From Rio de Janeiro", "a place through Russian", ["name"], "minor"),
        (None, "в Итамарати", "at Itamaraty", "the Brazilian Foreign Ministry's palace", ["name"], "minor"),
        (
            None,
            "Афонсу Аринус ди Мелу Франку",
            "Afonso Arinos de Melo Franco",
            "a Portuguese name through Russian, with its particle",
            ["name"],
            "minor",
        ),
        (None, "Жаниу Куадрус", "Jânio Quadros", "a Portuguese name through Russian", ["name"], "minor"),
        (None, "Жуан Гуларт", "João Goulart", "a Portuguese name through Russian", ["name"], "minor"),
        (None, "Москву и Пекин", "Moscow and Peking", "Пекин = Peking", ["name"], "minor"),
        (None, "70 млн. долларов", "70 million dollars", "млн.", ["number"]),
        (None, "на первый год", "first year", "an ordinal", ["number"]),
        (None, "Гуанабара", "Guanabara", "a Brazilian state", ["name"], "minor"),
        (None, "Карлус Ласерда", "Carlos Lacerda", "a Portuguese name through Russian", ["name"], "minor"),
        (None, "ЗАХАРОВ", "ZAKHAROV", "a signature", ["name"], "minor"),
    ],
    "notes": "Pair, a cipher telegram. Planted: в августе -> in September (date). Free: Portuguese names through Russian (Афонсу = Afonso, Жаниу = Jânio, Жуан = João, Карлус = Carlos), Итамарати, Пекин = Peking.",
}

DOCS["z15-record-kabul-daoud-1955"] = {
    "genre": "record of conversation (page, Russian first), Afghan and Indian names",
    "about": "Invented: the Soviet ambassador in Kabul hears Prime Minister Daoud on Pashtunistan and transit through the USSR.",
    "page": {
        "date": "October 12, 1955",
        "title": "Record of Conversation between M. V. Degtyar and Prime Minister Mohammed Daoud",
        "ref": "zd-0115",
        "translator": "R. Iqbal",
        "summary": "Daoud asks for transit through the USSR after Pakistan closed the border; Prince Naim's talks in Delhi.",
        "fields": [
            (
                "Associated Places",
                "Kabul (Afghanistan); Kandahar (Afghanistan); Termez (Uzbekistan); New Delhi (India)",
            ),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АВП РФ, ф. 071, оп. 44, п. 3, д. 2, л. 61-64.

‹1›Секретно

‹2›ЗАПИСЬ БЕСЕДЫ
‹3›посла СССР в Афганистане М. В. Дегтяря с премьер-министром Афганистана сардаром Мухаммедом Даудом
‹4›12 октября 1955 г.

‹5›Дауд сообщил, что после закрытия Пакистаном границы в районе Чамана грузы для Кандагара скопились в Карачи. ‹6›Правительство Афганистана просит разрешить транзит через территорию СССР по маршруту Термез – Мазари-Шариф.

‹7›Министр иностранных дел сардар Мухаммед Наим в ходе переговоров в Дели получил от Неру и Кришна Менона заверения в поддержке позиции Афганистана по Пуштунистану.

‹8›Дауд просил также ускорить поставку 30 грузовых автомашин для Джелалабада.

‹9›Я обещал сообщить о его просьбах Советскому правительству.

‹10›М. ДЕГТЯРЬ""",
    "en": """‹1›Secret

‹2›RECORD OF CONVERSATION
‹3›of the USSR Ambassador to Afghanistan M. V. Degtyar with the Prime Minister of Afghanistan, Sardar Mohammed Daoud
‹4›October 12, 1955

‹5›Daoud said that since Pakistan had closed the border near Chaman, goods for Herat had piled up in Karachi. ‹6›The Afghan Government asks for transit across Soviet territory along the Termez – Mazar-i-Sharif route.

‹7›During his talks in Delhi the Prime Minister, Sardar Mohammed Naim, had received assurances from Nehru and Krishna Menon of support for the Afghan position on Pashtunistan.

‹8›Daoud also asked for the delivery of 30 lorries for Jalalabad to be speeded up.

‹9›I promised to inform the Soviet Government of his requests.

‹10›M. DEGTYAR""",
    "required": [
        ("name", "Кандагара", "Herat", "Kandahar is given as Herat"),
        (
            "title",
            "Министр иностранных дел сардар Мухаммед Наим",
            "the Prime Minister, Sardar Mohammed Naim",
            "the Foreign Minister Naim is given as the Prime Minister",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 071", None, "archive reference", ["omission", "number"], "minor"),
        (None, "М. В. Дегтяря", "M. V. Degtyar with", "a name in the genitive", ["name"], "minor"),
        (
            None,
            "сардаром Мухаммедом Даудом",
            "Sardar Mohammed Daoud",
            "an Afghan name and title in the instrumental",
            ["name", "title"],
            "minor",
        ),
        (None, "12 октября 1955 г.", "October 12, 1955", "the same date", ["number", "date"]),
        (None, "Чамана", "Chaman", "a place in the genitive", ["name"], "minor"),
        (None, "в Карачи", "in Karachi", "the same city", ["name"], "minor"),
        (
            None,
            "Термез – Мазари-Шариф",
            "Termez – Mazar-i-Sharif",
            "Afghan places through Russian",
            ["name"],
            "minor",
        ),
        (None, "в Дели", "in Delhi", "the same city", ["name"], "minor"),
        (
            None,
            "от Неру и Кришна Менона",
            "from Nehru and Krishna Menon",
            "Indian names in the genitive",
            ["name"],
            "minor",
        ),
        (None, "по Пуштунистану", "on Pashtunistan", "a place in the dative", ["name"], "minor"),
        (None, "30 грузовых автомашин", "30 lorries", "the same count", ["number"]),
        (None, "для Джелалабада", "for Jalalabad", "a place in the genitive", ["name"], "minor"),
        (None, "М. ДЕГТЯРЬ", "M. DEGTYAR", "a signature", ["name"], "minor"),
    ],
    "notes": "Russian-first page. Planted: Кандагар -> Herat (place); министр иностранных дел -> Prime Minister (title). Free: сардар = Sardar, Дауд = Daoud, Мухаммед = Mohammed, Джелалабад = Jalalabad, Мазари-Шариф = Mazar-i-Sharif, Кришна Менон, Пуштунистан.",
}
