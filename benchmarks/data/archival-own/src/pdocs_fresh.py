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
