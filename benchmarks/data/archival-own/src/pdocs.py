# ruff: noqa: E501
"""Descriptions of the p* documents (invented texts; see pbuild.py for the format)."""

D1 = [
    [("S", "ЦГАНХ, ф. 4372, оп. 51, д. 1187, лл. 33-36.")],
    [("LS", "Секретно", "Secret"), ("LS", "Экз. № 3", "Copy No. 3")],
    [("LS", "ГОСПЛАН СССР", "STATE PLANNING COMMITTEE OF THE USSR")],
    [("LS", "С П Р А В К А", "MEMORANDUM")],
    [
        (
            "L",
            "о добыче угля в Кузнецком бассейне на 1.I.1951 г.",
            "on coal output in the Kuznetsk Basin as of January 1, 1951",
            [("1.I.1951 г.", "January 1, 1951", "на 1.I.1951 г. = as of January 1, 1951")],
            [],
        )
    ],
    [
        (
            "L",
            "В 1950 г. шахты бассейна добыли 38 млн. 600 тыс. тонн угля, т.е. на 12% больше, чем в 1949 г.",
            "In 1950 the mines of the basin produced 38.6 million tons of coal, that is, 12 per cent more than in 1949.",
            [
                ("38 млн. 600 тыс. тонн", "38.6 million tons", "38 млн. 600 тыс. = 38.6 million"),
                ("на 12% больше", "12 per cent more", "12% = 12 per cent"),
            ],
            [],
        ),
        (
            "L",
            "План IV квартала выполнен на 103,5%.",
            "The plan for the fourth quarter was fulfilled by 103.5 per cent.",
            [
                ("IV квартала", "fourth quarter", "IV квартал = fourth quarter"),
                ("103,5%", "103.5 per cent", "decimal comma = decimal point"),
            ],
            [],
        ),
    ],
    [
        (
            "L",
            "Среднесуточная добыча возросла с 98.400 до 112.750 тонн.",
            "Average daily output rose from 98,400 to 112,750 tons.",
            [
                ("98.400", "98,400", "thousands dot = thousands comma"),
                ("112.750", "112,750", "thousands dot = thousands comma"),
            ],
            [],
        ),
        (
            "L",
            "Из 214 действующих шахт около трети работают на устаревшем оборудовании.",
            "Of the 214 working mines, about one third operate with obsolete equipment.",
            [("около трети", "about one third", "трети = one third")],
            [],
        ),
    ],
    [
        (
            "L",
            "Новых шахт в первом полугодии было сдано в эксплуатацию полтора десятка, а во втором — вдвое больше.",
            "Some fifteen new mines were commissioned in the first half of the year, and twice as many in the second.",
            [
                ("полтора десятка", "Some fifteen", "полтора десятка = some fifteen"),
                ("вдвое больше", "twice as many", "relative quantity"),
                ("первом полугодии", "first half", "ordinal"),
            ],
            [],
        ),
        (
            "L",
            "Число врубовых машин выросло в три раза и достигло 1.640 штук.",
            "The number of coal cutters trebled and reached 1,460.",
            [("в три раза", "trebled", "в три раза = trebled")],
            [("number", "1.640", "1,460", "1.640 coal cutters in the original, 1,460 in the translation")],
        ),
    ],
    [
        (
            "L",
            "На шахтах работает с лишним 300 горных инженеров и сотни две техников, прибывших в 1950-1951 гг.",
            "Over 300 mining engineers and some two hundred technicians who arrived in 1950-51 work at the mines.",
            [
                ("с лишним 300", "Over 300", "с лишним 300 = over 300"),
                ("сотни две", "some two hundred", "сотни две = some two hundred"),
                ("1950-1951 гг.", "1950-51", "year range in two forms"),
            ],
            [],
        )
    ],
    [
        (
            "L",
            "Завоз крепежного леса составил 1 млн. 200 тыс. куб. м вместо 1,5 млн. куб. м по плану.",
            "Deliveries of pit props amounted to 1.2 million cubic meters against the planned 1.5 million.",
            [
                ("1 млн. 200 тыс.", "1.2 million", "1 млн. 200 тыс. = 1.2 million"),
                ("1,5 млн.", "1.5 million", "decimal comma"),
            ],
            [],
        ),
        (
            "L",
            "Четвертая пятилетка по бассейну в целом выполнена досрочно.",
            "The Fourth Five-Year Plan for the basin as a whole was fulfilled ahead of time.",
            [("Четвертая пятилетка", "Fourth Five-Year Plan", "пятилетка = Five-Year Plan, ordinal")],
            [],
        ),
    ],
    [
        (
            "L",
            "На 1951 г. намечено поднять добычу на 8-10% и сдать от 5 до 7 новых шахт.",
            "For 1951 it is planned to raise output by 8 to 10 per cent and to commission 5 to 7 new mines.",
            [("8-10%", "8 to 10 per cent", "range in two forms"), ("от 5 до 7", "5 to 7", "range")],
            [],
        )
    ],
    [("S", "- 2 -")],
    [
        (
            "L",
            "Госплан считает необходимым выделить бассейну в I полугодии 1951 г. 2,5 тыс. тонн проката.",
            "Gosplan considers it necessary to allot the basin 2,500 tons of rolled steel in the first half of 1951.",
            [
                ("I полугодии 1951 г.", "first half of 1951", "Roman ordinal"),
                ("2,5 тыс. тонн", "2,500 tons", "2,5 тыс. = 2,500"),
            ],
            [],
        )
    ],
    [
        (
            "LS",
            "Заместитель Председателя Госплана СССР",
            "Deputy Chairman of the State Planning Committee of the USSR",
        ),
        ("LS", "В. Н е к р а с о в", "V. Nekrasov"),
    ],
    [
        (
            "L",
            "15 января 1951 г.",
            "January 15, 1951",
            [("15 января 1951 г.", "January 15, 1951", "same date")],
            [],
        )
    ],
    [("S", "Отп. 4 экз.\n1-3 - адресатам\n4 - в дело\nИсп. Соколов\nт. 2-17-45")],
]

D2 = [
    [("S", "АВП РФ, ф. 0100, оп. 42, п. 288, д. 19, л. 7.")],
    [("LS", "ШИФРТЕЛЕГРАММА", "CIPHERED TELEGRAM")],
    [("S", "Из ХАРБИНА\nОтправлено 8.VII.49 г. 16 ч. 45 м.\nПолучено 8/VII-49 г. 23 ч. 10 м.\nВх. № 4412/ш")],
    [("LS", "МОСКВА - тов. МОЛОТОВУ", "MOSCOW - to Comrade MOLOTOV")],
    [
        (
            "L",
            "6 июля с.г. в 18.00 в штабе Северо-Восточной народной армии состоялось совещание о перевозках по КЧЖД.",
            "On July 6 at 6 p.m. a meeting on traffic over the Chinese Changchun Railway was held at the headquarters of the Northeast People's Army.",
            [("6 июля с.г.", "July 6", "6 июля с.г. = July 6"), ("18.00", "6 p.m.", "18.00 = 6 p.m.")],
            [],
        ),
        (
            "L",
            "Участвовало 27 человек, в том числе 35-летний начальник дороги.",
            "Twenty-seven persons took part, among them the thirty-five-year-old head of the railway.",
            [
                ("27 человек", "Twenty-seven persons", "27 = twenty-seven"),
                ("35-летний", "thirty-five-year-old", "age in words"),
            ],
            [],
        ),
    ],
    [
        (
            "L",
            "Решено к 1 августа с.г. восстановить движение на участке протяжением 240 километров.",
            "It was decided to restore traffic on a section 240 km long by August 1.",
            [
                ("к 1 августа с.г.", "by August 1", "к 1 августа = by August 1"),
                ("240 километров", "240 km", "unit abbreviated"),
            ],
            [],
        ),
        (
            "L",
            "Для этого в двухнедельный срок будет сосредоточено от 5 до 7 тыс. рабочих.",
            "For this, 5,000 to 7,000 workers will be concentrated within two weeks.",
            [
                ("двухнедельный", "two weeks", "двухнедельный = two weeks"),
                ("от 5 до 7 тыс.", "5,000 to 7,000", "range with thousands"),
            ],
            [],
        ),
    ],
    [
        (
            "L",
            "Первые эшелоны с рельсами должны прибыть к 6 час. утра 12 июля.",
            "The first trains with rails are to arrive by 6 a.m. on July 21.",
            [("к 6 час. утра", "by 6 a.m.", "clock time in two forms")],
            [("date", "12 июля", "July 21", "12 July in the original, July 21 in the translation")],
        ),
        (
            "L",
            "Всего потребуется около 3.500 тонн рельсов и 800 пудов костылей.",
            "In all, some 3,500 tons of rails and 800 poods of spikes will be required.",
            [
                ("около 3.500 тонн", "some 3,500 tons", "около = some; thousands dot"),
                ("800 пудов", "800 poods", "пуд kept"),
            ],
            [],
        ),
    ],
    [
        (
            "L",
            "Китайские товарищи просят отгрузить эти материалы со ст. Отпор не позднее 20 июля с.г.",
            "The Chinese comrades ask that these materials be shipped from Otpor station no later than July 20.",
            [("20 июля с.г.", "July 20", "same date")],
            [],
        ),
        (
            "L",
            "Прошу Ваших указаний до 15.VII.",
            "I request your instructions by July 15.",
            [("15.VII.", "July 15", "15.VII = July 15")],
            [],
        ),
    ],
    [("S", "- 2 -")],
    [
        (
            "L",
            "В прошлом году по той же линии было перевезено в 2,5 раза меньше грузов, чем намечается на с.г.",
            "Last year two and a half times less freight was carried on the same line than is planned for this year.",
            [("в 2,5 раза", "two and a half times", "2,5 раза = two and a half times")],
            [],
        ),
        (
            "L",
            "Ремонт мостов, начатый в начале июня, будет закончен в конце июля.",
            "Repairs of the bridges, begun in early June, will be completed at the end of July.",
            [("в начале июня", "early June", "period form"), ("в конце июля", "end of July", "period form")],
            [],
        ),
    ],
    [("LS", "К О В А Л Е В", "KOVALEV")],
    [
        (
            "S",
            "Расшифровал Петров 9.VII.49 г. 01.20\nРазослано: т. Сталину, т. Молотову, т. Маленкову, т. Берия - 4 экз.",
        )
    ],
]

D3 = [
    [("T", "761.93/7-1150: Telegram"), ("T", "[Translation]")],
    [("S", "АВП РФ, ф. 07, оп. 23а, п. 18, д. 235, лл. 41-43.")],
    [("LS", "НОТА", "NOTE")],
    [
        (
            "L",
            "Министерство Иностранных Дел СССР свидетельствует свое уважение Посольству США и в ответ на ноту № 412 от 3 июля 1950 г. имеет честь сообщить следующее.",
            "The Ministry of Foreign Affairs of the USSR presents its compliments to the Embassy of the United States and, in reply to note No. 412 of July 3, 1950, has the honor to state the following.",
            [("№ 412", "No. 412", "note number"), ("3 июля 1950 г.", "July 3, 1950", "same date")],
            [],
        )
    ],
    [
        (
            "L",
            "Советское Правительство еще 25 июня с.г. заявило, что события в Корее являются внутренним делом корейцев.¹",
            "The Soviet Government already on June 25 stated that the events in Korea are an internal affair of the Koreans.1",
            [("25 июня с.г.", "June 25", "с.г. dropped")],
            [],
        ),
        (
            "L",
            "Это заявление было повторено 29.VI.50 и 1 июля.",
            "This statement was repeated on June 29, 1950, and on July 1.",
            [("29.VI.50", "June 29, 1950", "Roman month"), ("1 июля", "July 1", "same date")],
            [],
        ),
    ],
    [
        (
            "L",
            "Советское Правительство не может принять утверждение, будто XIX век дал прецеденты подобного вмешательства.",
            "The Soviet Government cannot accept the assertion that the 19th century offered precedents for such intervention.",
            [("XIX век", "19th century", "Roman = ordinal")],
            [],
        ),
        (
            "L",
            "Посольству известно, что в п.г. Советские войска были выведены из Кореи.",
            "The Embassy is aware that Soviet troops were withdrawn from Korea last year.",
            [("п.г.", "last year", "п.г. = last year")],
            [],
        ),
    ],
    [
        (
            "L",
            "Вывод закончился к 25 декабря 1948 г., то есть полтора года тому назад.",
            "The withdrawal was completed by December 25, 1948, that is, a year and a half ago.",
            [
                ("25 декабря 1948 г.", "December 25, 1948", "same date"),
                ("полтора года", "a year and a half", "duration"),
            ],
            [],
        )
    ],
    [
        (
            "L",
            "В течение десятилетия, с 1940 по 1950 г., СССР не раз высказывался за мирное объединение Кореи.",
            "Over the decade from 1940 to 1950 the USSR repeatedly spoke in favor of the peaceful unification of Korea.",
            [
                ("десятилетия", "decade", "десятилетие = decade"),
                ("с 1940 по 1950 г.", "from 1940 to 1950", "year range"),
            ],
            [],
        )
    ],
    [
        (
            "L",
            "Министерство пользуется случаем, чтобы возобновить Посольству уверения в своем весьма высоком уважении.",
            "The Ministry avails itself of this opportunity to renew to the Embassy the assurance of its very high consideration.",
            [],
            [],
        )
    ],
    [
        (
            "L",
            "Москва, 11 июля 1950 года.",
            "Moscow, July 11, 1950.",
            [("11 июля 1950 года", "July 11, 1950", "same date")],
            [],
        )
    ],
    [("S", "¹ Заявление ТАСС.")],
    [
        (
            "T",
            "1 Reference is to the TASS statement of June 25, 1950; see telegram 1732 from Moscow, June 26, 1950, 2 p.m., p. 204.",
        )
    ],
]

D4 = [
    [("S", "ЦАМО, ф. 16а, оп. 3139, д. 152, л. 88.")],
    [("LS", "П Р И К А З", "ORDER")],
    [("LS", "МИНИСТРА ОБОРОНЫ СОЮЗА ССР", "OF THE MINISTER OF DEFENSE OF THE USSR")],
    [
        ("LS", "№ 0117", "No. 0117"),
        (
            "L",
            "21 марта 1955 г.",
            "March 21, 1955",
            [("21 марта 1955 г.", "March 21, 1955", "same date")],
            [],
        ),
    ],
    [("LS", "г. Москва", "Moscow")],
    [
        (
            "L",
            "В связи с сокращением Вооруженных Сил на 640 тыс. человек приказываю:",
            "In connection with the reduction of the Armed Forces by 640,000 men, I order:",
            [("640 тыс.", "640,000", "тыс. = thousands")],
            [],
        )
    ],
    [
        (
            "L",
            "1. Командующим 2-м Украинским и 3-м Белорусским военными округами к 1.VI.55 расформировать по две дивизии.",
            "1. The commanders of the 2nd Ukrainian and 3rd Byelorussian military districts shall disband two divisions each by June 1, 1955.",
            [
                ("2-м Украинским", "2nd Ukrainian", "ordinal"),
                ("3-м Белорусским", "3rd Byelorussian", "ordinal"),
                ("1.VI.55", "June 1, 1955", "Roman month date"),
                ("по две дивизии", "two divisions each", "distributive"),
            ],
            [],
        )
    ],
    [
        (
            "L",
            "2. Увольняемым офицерам выдать единовременное пособие в размере двух-трехмесячного оклада.",
            "2. Officers being discharged shall receive a lump-sum grant equal to two to three months' pay.",
            [("двух-трехмесячного", "two to three months'", "range in words")],
            [],
        )
    ],
    [
        (
            "L",
            "3. Личный состав старше 1925 г. рождения уволить в запас в течение II и III кварталов с.г.",
            "3. Personnel born before 1925 shall be transferred to the reserve during the second and third quarters of this year.",
            [
                ("1925 г.", "1925", "year of birth"),
                ("II и III кварталов", "second and third quarters", "Roman quarters"),
            ],
            [],
        )
    ],
    [
        (
            "L",
            "4. Освобождаемые казармы (около 1.200 зданий) передать местным Советам к 1 октября 1955 г.",
            "4. The barracks vacated (some 1,200 buildings) shall be handed over to the local Soviets by October 1, 1955.",
            [("1.200", "1,200", "thousands dot"), ("1 октября 1955 г.", "October 1, 1955", "same date")],
            [],
        )
    ],
    [
        (
            "L",
            "5. Расходы на содержание армии в 1955/56 бюджетном году сократить на 15%.",
            "5. Expenditure on the maintenance of the army in the 1955-56 budget year shall be cut by 15 per cent.",
            [("1955/56", "1955-56", "budget year in two forms"), ("15%", "15 per cent", "percent")],
            [],
        )
    ],
    [
        (
            "L",
            "6. Контроль за исполнением приказа возложить на начальника Генерального штаба.",
            "6. Control over the execution of this order is entrusted to the Chief of the General Staff.",
            [],
            [],
        )
    ],
    [
        (
            "L",
            "Приказ объявить в частях в однодневный срок.",
            "This order shall be announced to the units within one day.",
            [("однодневный", "one day", "duration")],
            [],
        )
    ],
    [
        ("LS", "Министр обороны СССР", "Minister of Defense of the USSR"),
        ("LS", "Маршал Советского Союза", "Marshal of the Soviet Union"),
        ("LS", "Г. ЖУКОВ", "G. ZHUKOV"),
    ],
    [("S", "Верно: Начальник канцелярии полковник (подпись)\nОтп. 40 экз.")],
    [("T", "[Signature]")],
]

D5 = [
    [("S", "АП РФ, ф. 3, оп. 65, д. 891, лл. 112-118.")],
    [("LS", "ЗАПИСЬ БЕСЕДЫ", "MEMORANDUM OF CONVERSATION")],
    [
        (
            "L",
            "Н.С. Хрущева с премьер-министром Индии Дж. Неру 12 октября 1961 г.",
            "between N. S. Khrushchev and Prime Minister of India J. Nehru, October 12, 1961",
            [("12 октября 1961 г.", "October 12, 1961", "same date")],
            [],
        )
    ],
    [
        (
            "L",
            "Беседа началась в 11 ч. 30 м. и продолжалась около двух часов.",
            "The conversation began at 11:30 a.m. and lasted about two hours.",
            [
                ("11 ч. 30 м.", "11:30 a.m.", "clock time"),
                ("около двух часов", "about two hours", "duration"),
            ],
            [],
        )
    ],
    [
        (
            "L",
            "Неру сказал, что за первую пятилетку Индия построила 3 металлургических завода с помощью СССР, Англии и ФРГ.",
            "Nehru said that during the First Five-Year Plan India had built three steel plants with the help of the USSR, Britain and West Germany.",
            [
                ("первую пятилетку", "First Five-Year Plan", "ordinal"),
                ("3 металлургических", "three steel", "3 = three"),
            ],
            [],
        ),
        (
            "L",
            "Бхилайский завод уже дал свыше полумиллиона тонн стали.",
            "The Bhilai plant has already produced more than half a million tons of steel.",
            [("полумиллиона тонн", "half a million tons", "полмиллиона = half a million")],
            [],
        ),
    ],
    [
        (
            "L",
            "Во второй пятилетке Индия рассчитывает увеличить выпуск стали в два с половиной раза, до 6 млн. тонн.",
            "In the second plan India expects to increase steel output two and a half times, to six million tons.",
            [
                ("второй пятилетке", "second plan", "ordinal"),
                ("в два с половиной раза", "two and a half times", "relative"),
                ("6 млн. тонн", "six million tons", "figure = words"),
            ],
            [],
        )
    ],
    [
        (
            "L",
            "Н.С. Хрущев ответил, что Советский Союз готов предоставить кредит в 500 млн. рублей из расчета 2,5% годовых.",
            "N. S. Khrushchev replied that the Soviet Union was prepared to extend a credit of 500 million rubles at 2.5 per cent a year.",
            [("500 млн.", "500 million", "млн. = million"), ("2,5%", "2.5 per cent", "decimal comma")],
            [],
        ),
        (
            "L",
            "Первые поставки могли бы начаться в начале 1962 г., а погашение — через 12 лет.",
            "The first deliveries could begin early in 1962, with repayment over twelve years.",
            [("в начале 1962 г.", "early in 1962", "period form"), ("12 лет", "twelve years", "12 = twelve")],
            [],
        ),
    ],
    [
        (
            "L",
            "Неру поблагодарил и сказал, что в Индии сейчас работает около 1500 советских специалистов.",
            "Nehru expressed his thanks and said that some 1,500 Soviet specialists were now working in India.",
            [("около 1500", "some 1,500", "около = some, grouping")],
            [],
        ),
        (
            "L",
            "Многие из них приехали в 1959-1960 гг. на двухгодичный срок.",
            "Many of them came in 1959 and 1960 for a two-year term.",
            [
                ("1959-1960 гг.", "1959 and 1960", "year range in words"),
                ("двухгодичный", "two-year", "duration"),
            ],
            [],
        ),
    ],
    [
        (
            "L",
            "Хрущев заметил, что в XXII съезде КПСС, который откроется 17 октября, примут участие делегации 80 партий.",
            "Khrushchev remarked that delegations of 80 parties would take part in the 22nd Congress of the CPSU, which would open on October 17.",
            [("XXII съезде", "22nd Congress", "Roman = ordinal"), ("17 октября", "October 17", "same date")],
            [],
        )
    ],
    [
        (
            "L",
            "Он добавил, что доклад продлится с 10 до 18 час. с перерывом на обед.",
            "He added that the report would last from 10 a.m. to 6 p.m. with a break for lunch.",
            [("с 10 до 18 час.", "from 10 a.m. to 6 p.m.", "clock range in two forms")],
            [],
        ),
        (
            "L",
            "Беседа закончилась в 13.25.",
            "The conversation ended at 1:25 p.m.",
            [("13.25", "1:25 p.m.", "clock time")],
            [],
        ),
    ],
    [("L", "Записал В. Суходрев", "Recorded by V. Sukhodrev", [], [])],
    [("S", "Разослано: членам Президиума ЦК КПСС\n2-ба")],
]

D6 = [
    [("S", "РГАСПИ, ф. 82, оп. 2, д. 1034, лл. 5-9.")],
    [("S", "Исх. № 2/1547\nВх. № 0312 от 3.II.52")],
    [("LS", "Совершенно секретно", "Top Secret")],
    [("LS", "ЦК ВКП(б) - товарищу МАЛЕНКОВУ Г.М.", "CC VKP(b) - to Comrade G. M. MALENKOV")],
    [
        (
            "L",
            "Осенью 1951 г. в Тувинской автономной области было заготовлено около 2 тыс. тонн шерсти, т.е. в полтора раза больше, чем в п.г.",
            "In the autumn of 1951 about 2 thousand tons of wool were procured in the Tuva Autonomous Region, that is, one and a half times as much as the year before.",
            [
                ("Осенью 1951 г.", "autumn of 1951", "season"),
                ("около 2 тыс. тонн", "about 2 thousand tons", "тыс. = thousand"),
                ("в полтора раза", "one and a half times", "multiplier"),
                ("п.г.", "the year before", "п.г."),
            ],
            [],
        ),
        (
            "L",
            "Поголовье скота на 1 января 1952 г. составило 1,2 млн. голов, из них две трети - овцы.",
            "As of January 1, 1952, the livestock numbered 1.2 million head, two-thirds of them sheep.",
            [
                ("1 января 1952 г.", "January 1, 1952", "same date"),
                ("1,2 млн.", "1.2 million", "decimal comma"),
                ("две трети", "two-thirds", "fraction"),
            ],
            [],
        ),
    ],
    [
        (
            "L",
            "Десятки тысяч аратов вступили в артели, и каждый пятый из них - бывший кочевник.",
            "Tens of thousands of herdsmen joined the artels, and one in five of them was a former nomad.",
            [
                ("Десятки тысяч", "Tens of thousands", "collective"),
                ("каждый пятый", "one in five", "distributive ordinal"),
            ],
            [],
        ),
        (
            "L",
            "За четверть века население области выросло втрое.",
            "Over a quarter of a century the population of the region trebled.",
            [("четверть века", "quarter of a century", "period"), ("втрое", "trebled", "multiplier")],
            [],
        ),
    ],
    [
        (
            "L",
            "В середине июля с.г. в Кызыл прибудут 3-я и 5-я автоколонны по 40 машин ЗИС-5.",
            "In mid-July the 3rd and 5th motor columns of 40 ZIS-5 trucks each will arrive in Kyzyl.",
            [
                ("В середине июля с.г.", "mid-July", "period form"),
                ("3-я и 5-я", "3rd and 5th", "ordinals"),
                ("ЗИС-5", "ZIS-5", "model name"),
            ],
            [],
        ),
        (
            "L",
            "Колонны выйдут из Абакана в 5 ч. 30 м. утра и будут в пути около 36 часов.",
            "The columns will leave Abakan at 5:30 a.m. and will be on the road for about a day and a half.",
            [
                ("5 ч. 30 м. утра", "5:30 a.m.", "clock time"),
                ("около 36 часов", "about a day and a half", "unit converted"),
            ],
            [],
        ),
    ],
    [("S", "- 2 -"), ("T", "[Page 2]")],
    [
        (
            "L",
            "Ремонт тракта на протяжении 150 км будет закончен к 20.XII.1952 г.",
            "Repairs of the highway over 150 km will be completed by December 20, 1952.",
            [("150 км", "150 km", "same"), ("20.XII.1952 г.", "December 20, 1952", "Roman month")],
            [],
        ),
        (
            "L",
            "Рабочий день на стройке - с 8 до 17 часов, а выходной предоставляется 2-3 раза в месяц.",
            "The working day at the site is from 8 a.m. to 5 p.m., and a day off is granted two or three times a month.",
            [
                ("с 8 до 17 часов", "from 8 a.m. to 5 p.m.", "clock range"),
                ("2-3 раза", "two or three times", "range, multiplier word"),
            ],
            [],
        ),
    ],
    [
        (
            "L",
            "В ночь с 5 на 6 мая в районе Чадана выпало до 40 см снега, погибло полторы тысячи овец.",
            "During the night of May 5-6 up to 40 cm of snow fell in the Chadan area and fifteen hundred sheep perished.",
            [
                ("В ночь с 5 на 6 мая", "night of May 5-6", "night date"),
                ("до 40 см", "up to 40 cm", "bound"),
                ("полторы тысячи", "fifteen hundred", "1.5 thousand = fifteen hundred"),
            ],
            [],
        )
    ],
    [
        (
            "L",
            "Обком просит увеличить завоз комбикормов на 15% и выделить 150 тыс. рублей к 40-летию области.",
            "The regional committee asks that deliveries of mixed feed be increased by 15 per cent and that 150,000 rubles be allotted for the region's fortieth anniversary.",
            [
                ("на 15%", "by 15 per cent", "percent"),
                ("150 тыс.", "150,000", "тыс."),
                ("40-летию", "fortieth anniversary", "anniversary"),
            ],
            [],
        )
    ],
    [
        (
            "LS",
            "Секретарь Тувинского обкома ВКП(б)",
            "Secretary of the Tuva Regional Committee of the VKP(b)",
        ),
        ("LS", "С. Т о к а", "S. Toka"),
    ],
    [("S", "т. 2-17-45\n3.II.52 - вк")],
    [("T", "2 Not printed.")],
]

DOCS = [
    (
        "p01-gosplan-coal-memo-1951",
        D1,
        "Invented memorandum in the style of a 1951 Gosplan report on coal output; one number changed.",
        "memorandum (report)",
        "One planted number change: 1.640 coal cutters -> 1,460. Archive reference, page number and dispatch block untranslated.",
    ),
    (
        "p02-kovalev-harbin-railway-1949",
        D2,
        "Invented ciphered telegram in the style of 1949 from Harbin on railway repairs; one date changed.",
        "ciphered telegram",
        "One planted date change: 12 июля -> July 21. Header with sent/received times and decipher/distribution lines untranslated.",
    ),
    (
        "p03-mid-note-korea-1950",
        D3,
        "Invented note of the Soviet Foreign Ministry to the US Embassy (1950) in a FRUS-style printing. Faithful.",
        "note (FRUS-style)",
        "Faithful. FRUS file heading, [Translation] and an editorial footnote in the English; archive reference and Russian footnote untranslated.",
    ),
    (
        "p04-defense-order-reduction-1955",
        D4,
        "Invented order of the Minister of Defense (1955) on a troop reduction. Faithful.",
        "order",
        "Faithful. Archive reference and certification untranslated; [Signature] added in the English.",
    ),
    (
        "p05-khrushchev-nehru-1961",
        D5,
        "Invented record of a conversation (1961) on steel plants and credits. Faithful.",
        "record of conversation",
        "Faithful. Archive reference and distribution list untranslated.",
    ),
    (
        "p06-toka-tuva-livestock-1952",
        D6,
        "Invented letter of a regional party secretary (1952) on livestock and roads. Faithful.",
        "letter (report)",
        "Faithful; written after the fixes as a fresh check. Registration lines untranslated; [Page 2] and an editor's note in the English.",
    ),
]
