# ruff: noqa: E501
"""Descriptions of p07, written after the fixes as a fresh check (format: see pbuild.py)."""

D7 = [
    [("S", "АП РФ, ф. 3, оп. 58, д. 412, лл. 71-73.")],
    [("LS", "Строго секретно", "Strictly Secret"), ("LS", "Особая папка", "Special File")],
    [("LS", "№ П78/305", "No. P78/305")],
    [
        (
            "LS",
            "Выписка из протокола № 78 заседания Политбюро ЦК ВКП(б)",
            "Extract from Protocol No. 78 of the Session of the Politburo of the CC VKP(b)",
        )
    ],
    [
        (
            "L",
            "Решение от 4 сентября 1950 г.",
            "Decision of September 4, 1950",
            [("4 сентября 1950 г.", "September 4, 1950", "same date")],
            [],
        )
    ],
    [
        (
            "L",
            "1. Обязать Министерство просвещения принять в 1950/51 учебном году 60 с лишним корейских студентов.",
            "1. The Ministry of Education is instructed to admit over sixty Korean students in the 1950-51 academic year.",
            [
                ("1950/51", "1950-51", "academic year"),
                ("60 с лишним", "over sixty", "60 с лишним = over sixty"),
            ],
            [],
        ),
        (
            "L",
            "Прибытие студентов обеспечить к 15 сентября с.г., а трехдневный карантин провести в Гродекове.",
            "The students' arrival is to be ensured by September 5, and a three-day quarantine is to be held at Grodekovo.",
            [("трехдневный", "three-day", "duration")],
            [
                (
                    "date",
                    "15 сентября",
                    "September 5",
                    "15 September in the original, September 5 in the translation",
                )
            ],
        ),
    ],
    [
        (
            "L",
            "2. Направить в КНДР от 2 до 3 тыс. рабочих-строителей сроком на полтора-два года.",
            "2. Between 2,000 and 4,000 construction workers are to be sent to the DPRK for eighteen months to two years.",
            [
                (
                    "полтора-два года",
                    "eighteen months to two years",
                    "1.5-2 years = eighteen months to two years",
                )
            ],
            [
                (
                    "number",
                    "от 2 до 3 тыс.",
                    "2,000 and 4,000",
                    "2-3 thousand workers in the original, 2,000 to 4,000 in the translation",
                )
            ],
        ),
        (
            "L",
            "Первый эшелон отправить в 2 ч. ночи 10 сентября, остальные - в течение IV квартала.",
            "The first train is to leave at 2 a.m. on September 10, the rest during the fourth quarter.",
            [
                ("2 ч. ночи", "2 a.m.", "clock time"),
                ("10 сентября", "September 10", "same date"),
                ("IV квартала", "fourth quarter", "Roman quarter"),
            ],
            [],
        ),
    ],
    [
        (
            "L",
            "3. Увеличить поставки цемента на 10-15% и довести их до 3,5 тыс. тонн в месяц, т.е. в 3,5 раза против 1949 г.",
            "3. Cement deliveries are to be increased by 10 to 15 per cent, to 3,500 tons a month, that is, three and a half times the 1949 level.",
            [
                ("10-15%", "10 to 15 per cent", "range"),
                ("3,5 тыс. тонн", "3,500 tons", "3,5 тыс."),
                ("в 3,5 раза", "three and a half times", "multiplier"),
            ],
            [],
        ),
        (
            "L",
            "Сообщить т. Штыкову к 18 ч. 00 м. по московскому времени 5 сентября.",
            "Comrade Shtykov is to be informed by 6 p.m. Moscow time on September 5.",
            [("18 ч. 00 м.", "6 p.m.", "clock time"), ("5 сентября", "September 5", "same date")],
            [],
        ),
    ],
    [
        (
            "L",
            "4. Ассигновать на эти цели полтора миллиона рублей, из них четверть - в валюте.",
            "4. One and a half million rubles are to be allotted for these purposes, a quarter of it in foreign currency.",
            [
                ("полтора миллиона", "One and a half million", "1.5 million"),
                ("четверть", "a quarter", "fraction"),
            ],
            [],
        ),
        (
            "L",
            "Расходы отнести на счет резервного фонда Совета Министров СССР на 1950 г.",
            "The expenditure is to be charged to the reserve fund of the Council of Ministers of the USSR for 1950.",
            [("1950 г.", "1950", "year")],
            [],
        ),
    ],
    [("LS", "СЕКРЕТАРЬ ЦК", "SECRETARY OF THE CC")],
    [("S", "Выписки посланы: т.т. Вышинскому, Кафтанову, Зверёву - все.\n5.IX.50 - мн")],
]

DOCS = [
    (
        "p07-politburo-korean-students-1950",
        D7,
        "Invented Politburo decision (1950) on Korean students and builders; one number and one date changed.",
        "Politburo decision (extract)",
        "Written after the fixes as a fresh check. Planted: от 2 до 3 тыс. -> 2,000 and 4,000; 15 сентября -> September 5.",
    ),
]

D8 = [
    [("T", "793.00/8-1451: Telegram")],
    [("T", "The Soviet Chargé in China (Shibaev) to the Ministry of Foreign Affairs of the USSR")],
    [("T", "[Translation]")],
    [("S", "АВП РФ, ф. 0100, оп. 44, п. 322, д. 11, лл. 88-90.")],
    [("LS", "ШИФРОВКА № 25811", "CIPHER TELEGRAM No. 25811")],
    [
        (
            "L",
            "Отправлено из Пекина 14 августа 1951 г. в 23 ч. 05 м.",
            "Peking, August 14, 1951—11:05 p.m.",
            [
                ("14 августа 1951 г.", "August 14, 1951", "same date"),
                ("23 ч. 05 м.", "11:05 p.m.", "clock time"),
            ],
            [],
        ),
        (
            "L",
            "Получено 15 августа в 4 ч. 40 м.",
            "[Received August 15—4:40 a.m.]",
            [("15 августа", "August 15", "same date"), ("4 ч. 40 м.", "4:40 a.m.", "clock time")],
            [],
        ),
    ],
    [
        (
            "L",
            "13.VIII с.г. Чжоу Энь-лай сообщил мне, что к концу года в Северо-Восточном Китае будет открыто 12 новых вузов.",
            "On August 13 Chou En-lai informed me that twelve new higher schools would be opened in Northeast China by the end of the year.",
            [("13.VIII с.г.", "August 13", "Roman month, с.г."), ("12 новых", "twelve new", "words")],
            [],
        ),
        (
            "L",
            "В них будут учиться с 1 сентября от полутора до двух тысяч студентов.",
            "From September 1 between fifteen hundred and two thousand students will study in them.",
            [
                ("1 сентября", "September 1", "same date"),
                ("от полутора до двух тысяч", "between fifteen hundred and two thousand", "range in words"),
            ],
            [],
        ),
    ],
    [
        (
            "L",
            "Чжоу просил направить туда 250 советских преподавателей, т.е. на 25% больше, чем в 1950/51 учебном году.",
            "Chou asked that 250 Soviet teachers be sent there, that is, a quarter more than in the 1950-1951 academic year.",
            [
                ("на 25% больше", "a quarter more", "25% = a quarter"),
                ("1950/51", "1950-1951", "academic year"),
            ],
            [],
        ),
        (
            "L",
            "Из них треть должна прибыть не позднее 25.VIII, остальные - в течение сентября.",
            "A third of them are to arrive no later than August 25, the rest during September.",
            [("треть", "A third", "fraction"), ("25.VIII", "August 25", "Roman month")],
            [],
        ),
    ],
    [
        (
            "L",
            "Жалованье преподавателям китайская сторона предлагает установить в размере 1.200-1.500 юаней в месяц.",
            "The Chinese side proposes to set the teachers' pay at 1,200 to 1,500 yuan a month.",
            [("1.200-1.500", "1,200 to 1,500", "range with thousands dots")],
            [],
        ),
        (
            "L",
            "Контракт заключается на двухлетний срок с правом продления ещё на год.",
            "The contract is concluded for two years with the right to extend it for another year.",
            [("двухлетний", "two years", "duration")],
            [],
        ),
    ],
    [("S", "- 2 -"), ("T", "[Page 2]")],
    [
        (
            "L",
            "Прошу сообщить Ваше мнение до 20 августа.",
            "Please inform me of your opinion by August 20.",
            [("20 августа", "August 20", "same date")],
            [],
        )
    ],
    [("LS", "ШИБАЕВ", "SHIBAEV")],
    [("S", "Расшифровал Иванов 15.VIII.51 г. 6 ч. 10 м.\nРазослано: т. Сталину, т. Молотову, т. Громыко.")],
]

DOCS.append(
    (
        "p08-shibaev-teachers-1951",
        D8,
        "Invented ciphered telegram (1951) in a FRUS-style printing: rendered sent and received lines, Roman months, ranges.",
        "ciphered telegram (FRUS-style)",
        "Faithful; written after the fixes as a fresh check.",
    )
)

D9 = [
    [("S", "АВП РФ, ф. 0111, оп. 39, п. 204, д. 6, лл. 14-17.")],
    [("LS", "Из дневника Посла СССР в МНР", "From the Diary of the USSR Ambassador to the MPR")],
    [
        ("LS", "ЗАПИСЬ БЕСЕДЫ", "RECORD OF CONVERSATION"),
        (
            "L",
            "с Ю. Цеденбалом 11 мая 1957 г.",
            "with Yu. Tsedenbal, May 11, 1957",
            [("11 мая 1957 г.", "May 11, 1957", "same date")],
            [],
        ),
    ],
    [
        (
            "L",
            "Беседа состоялась в 10 час. 30 мин. и продолжалась полтора часа.",
            "The conversation took place at 10:30 and lasted an hour and a half.",
            [("10 час. 30 мин.", "10:30", "clock time"), ("полтора часа", "an hour and a half", "duration")],
            [],
        ),
        (
            "L",
            "Цеденбал сообщил, что 9-10 мая в Улан-Баторе прошел пленум ЦК МНРП.",
            "Tsedenbal said that a plenum of the CC MPRP had been held in Ulan Bator on May 9-10.",
            [("9-10 мая", "May 9-10", "day range")],
            [],
        ),
    ],
    [
        (
            "L",
            "Пленум отметил, что в 40-х годах поголовье скота выросло почти на одну треть.",
            "The plenum noted that in the forties the livestock herds had grown by almost one third.",
            [("40-х годах", "the forties", "decade"), ("на одну треть", "one third", "fraction")],
            [],
        ),
        (
            "L",
            "Однако в 1956 г. и в I полугодии 1957 г. от дзута погибли сотни тысяч голов.",
            "However, in 1956 and in the first half of 1957 hundreds of thousands of head perished from dzud.",
            [
                ("I полугодии 1957 г.", "first half of 1957", "Roman half-year"),
                ("сотни тысяч", "hundreds of thousands", "collective"),
            ],
            [],
        ),
    ],
    [
        (
            "L",
            "Цеденбал просил ускорить поставку 2,5 тыс. тонн сена и увеличить кредит в 1,5-2 раза.",
            "Tsedenbal asked that the delivery of 2,500 tons of hay be expedited and that the credit be increased one and a half to two times.",
            [
                ("2,5 тыс. тонн", "2,500 tons", "decimal comma thousands"),
                ("в 1,5-2 раза", "one and a half to two times", "multiplier range"),
            ],
            [],
        ),
        (
            "L",
            "По его словам, ущерб достигает почти миллиарда тугриков, т.е. втрое больше годового бюджета аймаков.",
            "According to him, the damage reaches almost a billion tugriks, that is, three times the annual budget of the aimags.",
            [("почти миллиарда", "almost a billion", "scale word"), ("втрое", "three times", "multiplier")],
            [],
        ),
    ],
    [
        (
            "L",
            "Я обещал доложить в Москву в 3-4-дневный срок.",
            "I promised to report to Moscow within three or four days.",
            [("3-4-дневный", "three or four days", "range compound")],
            [],
        ),
        (
            "L",
            "На беседе присутствовал 1-й секретарь посольства т. Орлов.",
            "First Secretary of the Embassy Comrade Orlov was present at the conversation.",
            [("1-й секретарь", "First Secretary", "ordinal title")],
            [],
        ),
    ],
    [("LS", "ПОСОЛ СССР В МНР", "USSR AMBASSADOR TO THE MPR"), ("LS", "(В. ПИСАРЕВ)", "(V. PISAREV)")],
    [("S", "Отп. 3 экз.\n1 - т. Громыко\n2 - ДВО МИД\n3 - в дело\n13.V.57 - ан")],
]

DOCS.append(
    (
        "p09-pisarev-tsedenbal-1957",
        D9,
        "Invented record of conversation (1957) of the Soviet ambassador in Mongolia. Faithful.",
        "record of conversation",
        "Faithful; written after the fixes as a fresh check.",
    )
)
