# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented u documents of archival-own (read by build_archival_u.py): omissions, additions, second witnesses.

A batch that probes the omission, addition and duplicate checks: short sentences (3-6 words) and clauses with a
number or a name left out inside long paragraphs; sentences the translator invented; legitimate glosses, summary
lines and editor's notes in brackets; two sentences condensed into one; a sentence moved to the paragraph's end;
clauses after a dash («Срок - 30 дней») rendered freely; a second witness whose first sentence is reworded.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["u01-record-gromyko-menon-nehru-visit-1955"] = {
    "genre": "record of conversation (pair)",
    "about": "Invented: the Indian ambassador tells A. A. Gromyko of Nehru's wish to visit the USSR and asks for drawings and specialists for Bhilai.",
    "ru": """‹u›АВП РФ, ф. 090, оп. 17, п. 52, д. 8, л. 14-17.

‹1›Секретно

‹2›Из дневника А. А. ГРОМЫКО

‹3›ЗАПИСЬ БЕСЕДЫ
‹4›с послом Индии К. П. С. Меноном
‹5›9 марта 1955 г.

‹6›Посол Индии Менон посетил меня по своей просьбе. ‹7›Он сообщил, что премьер-министр Неру намерен посетить Советский Союз в июне этого года. ‹8›Неру хотел бы пробыть в СССР около двух недель и побывать, кроме Москвы, в Ленинграде, Сталинграде, Ташкенте и Тбилиси. ‹u›Вылет из Дели назначен на 7 июня. ‹10›Менон просил учесть, что премьер-министр плохо переносит длительные перелеты, и поэтому желательно, чтобы поездки по стране совершались поездом.

‹11›Я ответил, что Советское правительство с удовлетворением встретит премьер-министра Индии. ‹12›Программа пребывания будет подготовлена Министерством иностранных дел с учетом пожеланий индийской стороны.

‹13›Затем Менон затронул вопрос о поставках советского оборудования для металлургического завода в Бхилаи. ‹14›Он сказал, что индийская сторона хотела бы получить рабочие чертежи до конца года, а также просит направить в Индию группу из 25 советских специалистов, которую мог бы возглавить инженер В. Э. Дымшиц. ‹15›Я сказал, что этот вопрос находится в ведении Министерства черной металлургии, и обещал сообщить ответ в двухнедельный срок.

‹16›В заключение посол поблагодарил за помощь советских экспертов в составлении второго пятилетнего плана Индии. ‹17›Он отметил, что профессор Махаланобис высоко оценивает их работу.

‹18›Беседа продолжалась 40 минут. ‹19›Присутствовал советник Отдела Южной Азии МИД СССР Н. М. Гольдин.

‹20›А. ГРОМЫКО
""",
    "en": """‹1›Secret

‹2›From the Diary of A. A. GROMYKO

‹3›RECORD OF CONVERSATION
‹4›with the Ambassador of India, K. P. S. Menon
‹5›March 9, 1955

‹6›The Indian Ambassador Menon called on me at his own request. ‹7›He said that Prime Minister Nehru intended to visit the Soviet Union in June. ‹8›Nehru would like to spend about two weeks in the USSR and to see, besides Moscow, Leningrad, Stalingrad, Tashkent and Tbilisi. ‹10›Menon asked us to bear in mind that the Prime Minister did not bear long flights well, so that it would be desirable for him to travel about the country by train.

‹11›I replied that the Soviet Government would be glad to welcome the Prime Minister of India ‹12›and that the Ministry of Foreign Affairs would draw up his programme with the Indian side's wishes in mind.

‹13›Menon then raised the question of Soviet equipment for the steel works at Bhilai [in Madhya Pradesh]. ‹14›He said that the Indian side would like to receive the working drawings by the end of the year and asked that a group of 25 Soviet specialists be sent to India. ‹15›I said that the matter lay with the Ministry of the Iron and Steel Industry and promised him an answer within two weeks.

‹17›He noted that Professor Mahalanobis thought highly of the work of the Soviet experts. ‹16›In conclusion the Ambassador expressed his thanks for their help in drawing up India's second five-year plan.

‹18›The conversation lasted forty minutes. ‹19›Also present was N. M. Goldin, Counsellor of the South Asia Department of the USSR Ministry of Foreign Affairs.

‹20›A. GROMYKO
""",
    "required": [
        (
            "omission",
            "Вылет из Дели назначен на 7 июня.",
            None,
            "a six-word sentence with the departure date (June 7) is left out inside the paragraph",
        ),
        (
            "omission",
            "которую мог бы возглавить инженер В. Э. Дымшиц",
            None,
            "the clause naming the engineer who would lead the group (V. E. Dymshits) is left out",
        ),
    ],
    "acceptable": [
        ("name", "В. Э. Дымшиц", None, "the engineer's name is not in the translation"),
        ("date", "на 7 июня", None, "the departure date is not in the translation"),
        ("number", "на 7 июня", None, "the departure date is not in the translation"),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 090", None, "archive reference", ["omission", "number"], "minor"),
        (None, "9 марта 1955 г.", "March 9, 1955", "the same date", ["number", "date"]),
        (
            None,
            "в июне этого года",
            "in June",
            "'этого года' dropped: the year is the record's",
            ["omission", "date"],
            "minor",
        ),
        (
            None,
            "Программа пребывания",
            "and that the Ministry",
            "two sentences condensed into one (a 2-1 join)",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            None,
            "[in Madhya Pradesh]",
            "a translator's bracketed gloss of a place",
            ["addition", "name"],
            "minor",
        ),
        (None, "25 советских специалистов", "25 Soviet specialists", "the same count", ["number"]),
        (
            None,
            "в двухнедельный срок",
            "within two weeks",
            "a period in words",
            ["number", "date", "omission"],
            "minor",
        ),
        (
            None,
            "В заключение посол",
            "In conclusion the Ambassador",
            "a sentence moved to the paragraph's end (swapped with the next)",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "Он отметил, что профессор",
            "He noted that Professor",
            "a sentence moved to the paragraph's start (swapped with the previous)",
            ["omission", "addition", "name"],
            "minor",
        ),
        (None, "40 минут", "forty minutes", "a number in words", ["number", "date"]),
        (None, "Н. М. Гольдин", "N. M. Goldin", "the same name", ["name", "omission"], "minor"),
    ],
    "notes": "Pair, a record of conversation. Planted: a six-word sentence with a date left out inside a paragraph (omission); a clause naming the engineer left out of a long sentence (omission). Free: two sentences condensed into one, a sentence moved to the paragraph's end, a bracketed gloss [in Madhya Pradesh], 'этого года' dropped, numbers in words.",
}

DOCS["u02-telegram-tirana-grain-1959"] = {
    "genre": "ciphered telegram (page, translation first, a translator's summary line and glosses)",
    "about": "Invented: the ambassador in Tirana reports Hoxha's request for grain and a deferment of credit payments.",
    "page": {
        "date": "October 12, 1959",
        "title": "Ciphered Telegram from D. S. Chuvakhin to the Ministry of Foreign Affairs of the USSR",
        "ref": "ud-0102",
        "translator": "P. Llewellyn",
        "summary": "Enver Hoxha asks for 50,000 tons of wheat and a two-year deferment of payments on Soviet credits after the drought.",
        "fields": [
            (
                "Associated People & Organizations",
                "Hoxha, Enver, 1908-1985; Shehu, Mehmet, 1913-1981; Chuvakhin, D. S. (Dmitrii Stepanovich), 1903-1997",
            ),
            ("Associated Places", "Tirana (Albania); Korçë (Albania)"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹u›[Summary: Hoxha requests grain and a deferment of credit payments.]

‹1›TOP SECRET

‹2›CIPHERED TELEGRAM

‹3›To the Ministry of Foreign Affairs of the USSR

‹4›On October 11 I was received by the First Secretary of the CC of the APL [Albanian Party of Labor] Enver Hoxha, at his request. ‹5›Mehmet Shehu was present at the conversation. ‹6›Hoxha said that the drought had destroyed up to 40 percent of the grain harvest in the Korçë and Elbasan districts. ‹7›The party leadership [i.e. the Politburo] asks the Soviet Government to deliver 50,000 tons of wheat before the end of the year. ‹u›Hoxha spoke with unusual sharpness about the delays in earlier deliveries.

‹8›Hoxha also asked that payments on the Soviet credits of 1957 be deferred for two years. ‹9›He said that the Albanian side would send a delegation headed by the Chairman of the State Planning Commission Spiro Koleka to Moscow for talks on this question.

‹11›I promised to inform Moscow of the requests without delay.

‹12›CHUVAKHIN

‹13›No. 388""",
    "ru": """‹u›АВП РФ, ф. 0601, оп. 4, п. 17, д. 6, л. 52-53.

‹1›СОВ. СЕКРЕТНО

‹2›ШИФРТЕЛЕГРАММА

‹u›Из ТИРАНЫ Отправлено 12.X.59 г. 14 ч. 05 м.
‹u›Получено 12.X.59 г. 17 ч. 20 м.

‹3›МИД СССР

‹4›11 октября по его просьбе меня принял первый секретарь ЦК АПТ Энвер Ходжа. ‹5›На беседе присутствовал Мехмет Шеху. ‹6›Ходжа сообщил, что засуха уничтожила до 40 процентов урожая зерновых в Корчинском и Эльбасанском округах. ‹7›Руководство партии просит Советское правительство поставить до конца года 50 тыс. тонн пшеницы.

‹8›Ходжа просил также отсрочить на два года платежи по советским кредитам 1957 года. ‹9›Он сказал, что для переговоров по этому вопросу албанская сторона направит в Москву делегацию во главе с председателем Госплана Спиро Колека. ‹u›Шеху с этим согласился.

‹11›Я обещал незамедлительно сообщить о просьбах в Москву.

‹12›ЧУВАХИН

‹13›№ 388

‹u›Расшифровал: Никитин 12.X.59 г. 18 ч. 00 м.
‹u›Разослано: тт. Хрущеву, Суслову, Громыко, Патоличеву.""",
    "required": [
        (
            "addition",
            None,
            "Hoxha spoke with unusual sharpness",
            "the translation adds a sentence of its own on Hoxha's sharpness (the telegram has none)",
        ),
        (
            "omission",
            "Шеху с этим согласился.",
            None,
            "the three-word sentence saying Shehu agreed is left out",
        ),
    ],
    "acceptable": [
        ("name", "Шеху с этим согласился", None, "Shehu's agreement is not in the translation"),
    ],
    "forbidden": [
        (
            None,
            None,
            "[Summary: Hoxha requests",
            "a translator's summary line in brackets",
            ["addition", "name"],
            "minor",
        ),
        (
            None,
            None,
            "[Albanian Party of Labor]",
            "an abbreviation glossed",
            ["addition", "term", "name"],
            "minor",
        ),
        (
            None,
            None,
            "[i.e. the Politburo]",
            "a translator's gloss in brackets",
            ["addition", "term"],
            "minor",
        ),
        (None, "11 октября", "On October 11", "the same date", ["number", "date"]),
        (None, "до 40 процентов", "up to 40 percent", "the same share", ["number"]),
        (None, "Корчинском", "Korçë", "a place through its adjective", ["name"], "minor"),
        (None, "50 тыс. тонн", "50,000 tons", "тыс.", ["number"]),
        (None, "на два года", "for two years", "a period in words", ["number", "date"]),
        (None, "кредитам 1957 года", "credits of 1957", "the same year", ["number", "date"]),
        (
            None,
            "председателем Госплана Спиро Колека",
            "Chairman of the State Planning Commission Spiro Koleka",
            "Госплан spelt out",
            ["name", "title", "term"],
            "minor",
        ),
        (None, "№ 388", "No. 388", "registration number", ["number"]),
        (None, "Из ТИРАНЫ", None, "dispatch line", ["omission", "number", "date", "name"], "minor"),
        (None, "Получено 12.X.59", None, "receipt line", ["omission", "number", "date"], "minor"),
        (
            None,
            "Расшифровал: Никитин",
            None,
            "decipher note",
            ["omission", "number", "date", "name"],
            "minor",
        ),
        (None, "Разослано: тт.", None, "distribution list", ["omission", "name"], "minor"),
        (None, "АВП РФ, ф. 0601", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Translation-first page with a translator's summary line in brackets at the top and two bracketed glosses ([Albanian Party of Labor], [i.e. the Politburo]). Planted: an invented sentence on Hoxha's sharpness (addition); a three-word sentence on Shehu's agreement left out at a paragraph's end (omission). Traps: the glosses, the summary line, Корчинском = Korçë, Госплан spelt out, telegram furniture.",
}

DOCS["u03-letter-novotny-khrushchev-telegram-1958"] = {
    "genre": "letter with the transmitting telegram as a second witness (page, Russian first)",
    "about": "Invented: A. Novotný asks N. S. Khrushchev for help with a nuclear research reactor; the ambassador's telegram retells the letter, its first sentence shortened.",
    "page": {
        "date": "April 22, 1958",
        "title": "Letter from A. Novotný to N. S. Khrushchev on a Research Reactor (with the Transmitting Telegram)",
        "ref": "ud-0103",
        "translator": "J. Hruby",
        "summary": "Novotný asks for the delivery of a research reactor, the training of forty Czechoslovak physicists and uranium fuel; the Soviet ambassador transmits the letter by telegram.",
        "fields": [
            ("Associated Places", "Prague (Czechoslovakia); Řež (Czechoslovakia)"),
        ],
        "contents": ["Original Scan", "Original Scan (telegram)", "Translation - English"],
        "order": ["ru", "witness", "en"],
    },
    "ru": """‹u›РГАНИ, ф. 5, оп. 49, д. 113, л. 7-8.

‹1›Первому секретарю ЦК КПСС
‹2›товарищу Н. С. Хрущеву

‹3›Дорогой товарищ Хрущев!

‹4›Центральный Комитет Коммунистической партии Чехословакии и правительство Чехословацкой Республики просят Советское правительство оказать помощь в сооружении исследовательского ядерного реактора в Ржеже под Прагой. ‹5›Мы просим поставить реактор мощностью 2 тыс. киловатт в 1959 году. ‹6›Одновременно просим принять на учебу в СССР 40 чехословацких физиков и инженеров. ‹u›Все они знают русский язык.

‹7›Топливо для реактора мы хотели бы получать из Советского Союза. ‹8›Оплату оборудования предлагаем произвести поставками машин в 1960-1961 годах.

‹9›С коммунистическим приветом
‹10›А. НОВОТНЫЙ
‹11›Прага, 22 апреля 1958 г.""",
    "witness": """‹u›л. 9

‹u›ШИФРТЕЛЕГРАММА
‹u›Из ПРАГИ Отправлено 23.IV.58 г. 11 ч. 30 м.

‹u›ЦК КПСС

‹u›Новотный вручил мне письмо на имя тов. Хрущева, содержание которого передаю. ‹u›ЦК КПЧ и правительство ЧСР просят помочь в сооружении ядерного реактора в Ржеже. ‹u›Просят поставить реактор мощностью 2 тыс. киловатт в 1959 году. ‹u›Одновременно просят принять на учебу в СССР 40 чехословацких физиков и инженеров. ‹u›Топливо для реактора чехословаки хотели бы получать из Советского Союза. ‹u›Оплату оборудования предлагают произвести поставками машин в 1960-1962 годах.

‹u›ПОСОЛ СССР В ЧСР

‹u›Разослано: тт. Хрущеву, Козлову, Емельянову.""",
    "en": """‹1›To the First Secretary of the CC CPSU
‹2›Comrade N. S. Khrushchev

‹3›Dear Comrade Khrushchev,

‹4›The Central Committee of the Communist Party of Czechoslovakia and the Government of the Czechoslovak Republic ask the Soviet Government to help in building a nuclear research reactor at Řež near Prague. ‹5›We ask for the delivery in 1959 of a reactor with a capacity of 2,000 kilowatts. ‹6›At the same time we ask that 40 Czechoslovak physicists and engineers be accepted for training in the USSR.

‹7›We should like to obtain the fuel for the reactor from the Soviet Union. ‹8›We propose to pay for the equipment with deliveries of machinery in 1960-1961.

‹9›With communist greetings,
‹10›A. NOVOTNÝ
‹11›Prague, April 22, 1958""",
    "required": [
        (
            "duplicate",
            ("ЦК КПЧ и правительство ЧСР", "ШИФРТЕЛЕГРАММА"),
            None,
            "the telegram retells the letter; its first sentence is shortened (abbreviations, words dropped)",
        ),
        (
            "omission",
            "Все они знают русский язык.",
            None,
            "a five-word sentence of the letter (they all know Russian) is not translated",
        ),
    ],
    "acceptable": [
        ("number", ("1960-1962", "ШИФРТЕЛЕГРАММА"), None, "the telegram's variant of the years"),
        (
            "duplicate",
            ("Просят поставить реактор", "ШИФРТЕЛЕГРАММА"),
            None,
            "a repeated sentence of the telegram",
        ),
    ],
    "forbidden": [
        (None, "РГАНИ, ф. 5", None, "archive reference", ["omission", "number"], "minor"),
        (None, ("2 тыс. киловатт", "Дорогой"), "2,000 kilowatts", "тыс.", ["number"]),
        (None, ("40 чехословацких", "Дорогой"), "40 Czechoslovak", "the same count", ["number"]),
        (None, ("1960-1961", "Дорогой"), ("1960-1961", "We propose"), "the same years", ["number", "date"]),
        (None, "Ржеже под Прагой", "Řež near Prague", "a Czech place with its accent", ["name"], "minor"),
        (None, "Прага, 22 апреля 1958 г.", "Prague, April 22, 1958", "date line", ["number", "date"]),
        (
            None,
            "Новотный вручил мне письмо",
            None,
            "the telegram's framing sentence",
            ["omission", "name"],
            "minor",
        ),
        (
            None,
            ("Одновременно просят", "ШИФРТЕЛЕГРАММА"),
            None,
            "the untranslated telegram repeats the letter: a duplicate, not an omission",
            ["omission", "number"],
            "minor",
        ),
        (
            None,
            ("Топливо для реактора чехословаки", "ШИФРТЕЛЕГРАММА"),
            None,
            "the untranslated telegram repeats the letter: a duplicate, not an omission",
            ["omission"],
            "minor",
        ),
        (None, "Из ПРАГИ", None, "dispatch line", ["omission", "number", "date"], "minor"),
        (None, "Разослано: тт.", None, "distribution list", ["omission", "name"], "minor"),
        (None, "ПОСОЛ СССР В ЧСР", None, "the telegram's signature", ["omission", "title"], "minor"),
    ],
    "notes": "Russian-first page; the transmitting telegram stands between the letter and the translation and retells it: its first retold sentence shortened with abbreviations (ЦК КПЧ, ЧСР), the last with a different year (1960-1962). Planted: the duplicate (anchored at the shortened first sentence); a five-word sentence of the letter left out (omission). Traps: the telegram's framing and apparatus, the telegram's sentences as omissions, Řež with its accent.",
}

DOCS["u04-report-polio-vaccination-1959"] = {
    "genre": "report with measures in a numbered list (pair, dashes in the items)",
    "about": "Invented: the Ministry of Health reports on the first mass vaccination with live polio vaccine and proposes measures with deadlines.",
    "ru": """‹u›ГА РФ, ф. Р-8009, оп. 2, д. 1456, л. 40-43.

‹1›Секретно

‹2›ЦК КПСС

‹3›О ходе вакцинации против полиомиелита

‹4›Министерство здравоохранения СССР докладывает, что с 1 июня по 15 августа 1959 г. проведена массовая вакцинация детей живой вакциной против полиомиелита. ‹5›Всего привито 2,4 млн. детей, из них 600 тыс. - в Литовской ССР. ‹6›Вакцина, по мнению профессора М. П. Чумакова, вполне безопасна и дает стойкий иммунитет. ‹7›Случаев осложнений не отмечено.

‹8›Вакцина изготовлена Институтом по изучению полиомиелита АМН СССР из штаммов, переданных профессором А. Сэбином. ‹9›Институт может выпустить до конца года еще 10 млн. доз.

‹10›Министерство считает необходимым:

‹11›1. Завезти вакцину в Эстонскую и Латвийскую ССР. ‹12›Срок - 15 дней.
‹13›2. Провести вакцинацию детей в возрасте до 7 лет в Москве и Ленинграде. ‹14›Срок - 30 дней. ‹15›Ответственный - т. Курашов.
‹16›3. Организовать в ноябре совещание главных педиатров союзных республик.

‹17›Министр здравоохранения СССР
‹18›С. КУРАШОВ
‹19›25 августа 1959 г.""",
    "en": """‹1›Secret

‹2›To the CC CPSU

‹3›On the Progress of Vaccination against Poliomyelitis

‹4›The USSR Ministry of Health reports that between June 1 and August 15, 1959, children were vaccinated on a mass scale with live poliomyelitis vaccine. ‹5›In all, 2.4 million children have been vaccinated. ‹6›Professor M. P. Chumakov considers the vaccine entirely safe and says it gives lasting immunity. ‹7›No complications have been recorded.

‹8›The vaccine was made by the Poliomyelitis Research Institute of the USSR Academy of Medical Sciences from strains handed over by Professor A. Sabin. ‹9›By the end of the year the Institute can turn out another ten million doses.

‹10›The Ministry considers it necessary:

‹11›1. To deliver the vaccine to the Estonian and Latvian SSRs ‹12›within a fortnight.
‹13›2. To vaccinate children under seven in Moscow and Leningrad ‹14›in a month's time. ‹15›Responsible: Comrade Kurashov.
‹16›3. To hold a conference of the chief pediatricians of the Union republics in November.

‹17›Minister of Health of the USSR
‹18›S. KURASHOV
‹19›August 25, 1959""",
    "required": [
        (
            "omission",
            "из них 600 тыс. - в Литовской ССР",
            None,
            "the clause giving 600,000 children in the Lithuanian SSR is left out",
        ),
    ],
    "acceptable": [
        ("number", "600 тыс.", None, "the 600,000 of the clause is not in the translation"),
        ("name", "Литовской ССР", None, "the Lithuanian SSR is not in the translation"),
    ],
    "forbidden": [
        (None, "ГА РФ, ф. Р-8009", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "с 1 июня по 15 августа 1959 г.",
            "between June 1 and August 15, 1959",
            "the same dates",
            ["number", "date"],
        ),
        (None, "2,4 млн. детей", "2.4 million children", "decimal comma, млн.", ["number"]),
        (
            None,
            "по мнению профессора М. П. Чумакова",
            "Professor M. P. Chumakov considers",
            "a parenthetical clause rendered by a change of word order",
            ["omission", "name"],
            "minor",
        ),
        (None, "А. Сэбином", "A. Sabin", "an American name through Russian", ["name"], "minor"),
        (None, "10 млн. доз", "ten million doses", "a number in words", ["number"]),
        (
            None,
            "Срок - 15 дней.",
            "within a fortnight",
            "a deadline after a dash rendered freely",
            ["omission", "number", "date"],
            "minor",
        ),
        (
            None,
            "Срок - 30 дней.",
            "in a month's time",
            "a deadline after a dash rendered freely",
            ["omission", "number", "date"],
            "minor",
        ),
        (
            None,
            "Ответственный - т. Курашов.",
            "Responsible: Comrade Kurashov.",
            "a dash line",
            ["omission", "name"],
            "minor",
        ),
        (None, "до 7 лет", "under seven", "an age in words", ["number", "date"]),
        (None, "1. Завезти", "1. To deliver", "an item number", ["number"]),
        (None, "2. Провести", "2. To vaccinate", "an item number", ["number"]),
        (None, "3. Организовать", "3. To hold", "an item number", ["number"]),
        (None, "25 августа 1959 г.", "August 25, 1959", "date line", ["number", "date"]),
    ],
    "notes": "Pair, a report with measures whose deadlines stand after a dash as sentences of their own («Срок - 15 дней.») and are joined to the item in the translation ('within a fortnight', 'in a month's time'). Planted: the clause 'из них 600 тыс. - в Литовской ССР' left out (omission). Traps: the dash deadlines, 'по мнению профессора Чумакова' rendered by a word-order change, numbers in words, item numbers.",
}

DOCS["u05-decision-sovmin-mts-reorganization-1958"] = {
    "genre": "Council of Ministers decision (page, Russian first, glossed abbreviations, an editor's note)",
    "about": "Invented: a decision on selling the machinery of the MTS of Kursk oblast to the collective farms; the translator adds an explanatory sentence.",
    "page": {
        "date": "April 2, 1958",
        "title": "Decree of the Council of Ministers of the USSR on the Sale of MTS Machinery to Collective Farms in Kursk Oblast",
        "ref": "ud-0105",
        "translator": "E. Whitby",
        "summary": "The decree sets the terms on which the collective farms of Kursk oblast buy the tractors and combines of the machine and tractor stations.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹1›СОВЕТ МИНИСТРОВ СССР

‹2›ПОСТАНОВЛЕНИЕ
‹3›от 2 апреля 1958 г. № 391

‹4›О продаже колхозам Курской области техники МТС

‹5›Совет Министров СССР постановляет:

‹6›1. Разрешить Курскому облисполкому продать колхозам области в течение апреля-мая 1958 г. тракторы, комбайны и другие машины 61 МТС. ‹7›Оплату техники колхозы производят в течение трех лет, а слабые колхозы, по представлению облисполкома, - в течение пяти лет.

‹8›2. Обязать Министерство сельского хозяйства СССР (т. Мацкевича) обеспечить передачу ремонтных мастерских МТС в ведение ремонтно-технических станций (РТС). ‹9›Механизаторы МТС переходят на работу в колхозы с сохранением стажа.

‹10›3. Госбанку СССР открыть колхозам кредит на покупку техники в размере 180 млн. рублей.

‹11›Председатель Совета Министров СССР
‹12›Н. ХРУЩЕВ
‹13›Управляющий Делами Совета Министров СССР
‹14›Г. СТЕПАНОВ""",
    "en": """‹1›COUNCIL OF MINISTERS OF THE USSR

‹2›DECREE
‹3›No. 391 of April 2, 1958

‹4›On the Sale of MTS [Machine and Tractor Station] Machinery to the Collective Farms of Kursk Oblast

‹5›The Council of Ministers of the USSR decrees:

‹6›1. To permit the Kursk oblast executive committee to sell to the collective farms of the oblast in April-May 1958 the tractors, combines and other machines of 61 MTS. ‹u›Kursk oblast was thus the first oblast in which the stations were wound up. ‹7›The collective farms are to pay for the machinery within three years.

‹8›2. To instruct the USSR Ministry of Agriculture (Comrade Matskevich) to transfer the repair shops of the MTS to the repair and technical stations (RTS). ‹9›The MTS machine operators go over to work on the collective farms and keep their length of service.

‹10›3. The USSR State Bank is to open to the collective farms a credit of 180 million rubles for the purchase of machinery.

‹11›Chairman of the Council of Ministers of the USSR
‹12›N. KHRUSHCHEV
‹13›Administrator of Affairs of the Council of Ministers of the USSR
‹14›G. STEPANOV

‹u›[Editor's note: The decree was not published.]""",
    "required": [
        (
            "addition",
            None,
            "Kursk oblast was thus the first",
            "the translator adds an explanatory sentence (Kursk the first oblast) that the decree does not have",
        ),
        (
            "omission",
            "а слабые колхозы, по представлению облисполкома, - в течение пяти лет",
            None,
            "the clause giving weak collective farms five years to pay is left out",
        ),
    ],
    "acceptable": [
        ("number", "пяти лет", None, "the five years are not in the translation"),
    ],
    "forbidden": [
        (
            None,
            "от 2 апреля 1958 г. № 391",
            "No. 391 of April 2, 1958",
            "a date and number line turned",
            ["number", "date"],
        ),
        (
            None,
            None,
            "[Machine and Tractor Station]",
            "an abbreviation glossed in brackets",
            ["addition", "term"],
            "minor",
        ),
        (None, "апреля-мая 1958 г.", "April-May 1958", "the same months", ["number", "date"]),
        (None, "61 МТС", "61 MTS", "the same count", ["number"]),
        (None, "трех лет", "three years", "a number in words", ["number", "date"]),
        (None, "(т. Мацкевича)", "(Comrade Matskevich)", "a name in the genitive", ["name"], "minor"),
        (None, "(РТС)", "(RTS)", "an abbreviation transliterated", ["term", "name"], "minor"),
        (
            None,
            "с сохранением стажа",
            "and keep their length of service",
            "a phrase rendered as a clause",
            ["omission", "addition"],
            "minor",
        ),
        (None, "180 млн. рублей", "180 million rubles", "млн.", ["number"]),
        (None, None, "[Editor's note: The decree", "an editor's note in brackets", ["addition"], "minor"),
        (
            None,
            "Управляющий Делами",
            "Administrator of Affairs",
            "the office's period English",
            ["title", "term"],
            "minor",
        ),
    ],
    "notes": "Russian-first page, a decree. Planted: an explanatory sentence the translator invented (addition); the clause on weak collective farms paying in five years left out after a dash (omission). Traps: MTS glossed in brackets, an editor's note in brackets, Госбанк, the date and number line turned, a phrase rendered as a clause.",
}

DOCS["u06-record-malinovsky-zakharov-exercises-1960"] = {
    "genre": "long record of conversation, condensed by the translator (pair)",
    "about": "Invented: Marshal R. Ya. Malinovsky hears the commander of the Group of Forces in Germany on autumn exercises; the translator condenses freely.",
    "ru": """‹u›ЦАМО РФ, ф. 16, оп. 3139, д. 201, л. 5-11.

‹1›Совершенно секретно

‹2›ЗАПИСЬ БЕСЕДЫ
‹3›министра обороны СССР маршала Советского Союза Р. Я. Малиновского с главнокомандующим Группой советских войск в Германии генералом армии М. В. Захаровым
‹4›3 октября 1960 г.

‹5›Генерал армии Захаров доложил о ходе подготовки к осенним учениям. ‹6›В учениях примут участие 3 общевойсковые и 1 танковая армии, всего около 140 тыс. человек. ‹7›Учения будут проходить с 18 по 26 октября. ‹8›Район учений - полигоны Летцлинген и Altengrabow. ‹9›Национальная народная армия ГДР выделит две дивизии.

‹10›Захаров сообщил, что при подготовке к учениям произошла авария на железнодорожной станции Вюнсдорф. ‹11›Сошли с рельсов 6 платформ с танками. ‹u›Погибли 3 военнослужащих. ‹12›Ведется расследование.

‹13›Малиновский указал на необходимость строже соблюдать меры безопасности при перевозках войск. ‹14›Он сказал, что о каждом таком случае нужно докладывать в Генеральный штаб в течение суток. ‹15›Виновные должны быть строго наказаны.

‹16›Затем обсуждался вопрос о приглашении на учения военных атташе. ‹17›Захаров высказался против приглашения атташе западных стран. ‹18›Малиновский обещал доложить этот вопрос в Президиуме ЦК КПСС.

‹19›Беседа продолжалась 1 час 30 минут.

‹20›Записал полковник В. Ф. Толубко""",
    "en": """‹1›Top Secret

‹2›RECORD OF CONVERSATION
‹3›between the Minister of Defense of the USSR, Marshal of the Soviet Union R. Ya. Malinovsky, and the Commander-in-Chief of the Group of Soviet Forces in Germany, General of the Army M. V. Zakharov
‹4›October 3, 1960

‹5›General of the Army Zakharov reported on the preparations for the autumn exercises. ‹6›Three combined-arms armies and one tank army, some 140,000 men in all, will take part ‹7›between October 18 and 26 ‹8›on the Letzlingen and Altengrabow ranges. ‹9›The National People's Army of the GDR will provide two divisions.

‹10›Zakharov reported an accident at Wünsdorf railway station during the preparations: ‹11›six flatcars carrying tanks were derailed. ‹12›An investigation is under way.

‹13›Malinovsky pointed out the need for stricter safety measures when troops are moved by rail ‹14›and said that every such incident must be reported to the General Staff within twenty-four hours. ‹15›Those responsible must be severely punished.

‹16›The question of inviting military attachés to the exercises was then discussed. ‹17›Zakharov spoke against inviting the attachés of the Western countries. ‹18›Malinovsky promised to raise the question in the Presidium of the CC CPSU.

‹19›The conversation lasted an hour and a half.

‹20›Recorded by Colonel V. F. Tolubko""",
    "required": [
        (
            "omission",
            "Погибли 3 военнослужащих.",
            None,
            "the three-word sentence on three servicemen killed is left out of a condensed paragraph",
        ),
    ],
    "acceptable": [
        ("number", ("3 военнослужащих", "Погибли"), None, "the three killed are not in the translation"),
    ],
    "forbidden": [
        (None, "ЦАМО РФ, ф. 16", None, "archive reference", ["omission", "number"], "minor"),
        (None, "3 октября 1960 г.", "October 3, 1960", "the same date", ["number", "date"]),
        (
            None,
            "3 общевойсковые и 1 танковая армии",
            "Three combined-arms armies and one tank army",
            "numbers in words",
            ["number"],
        ),
        (None, "140 тыс. человек", "140,000 men", "тыс.", ["number"]),
        (
            None,
            "Учения будут проходить",
            "between October 18 and 26",
            "three sentences condensed into one",
            ["omission", "addition", "number", "date"],
            "minor",
        ),
        (
            None,
            "Район учений - полигоны",
            "on the Letzlingen",
            "a sentence after a dash condensed into a phrase",
            ["omission", "addition", "name"],
            "minor",
        ),
        (None, "6 платформ", "six flatcars", "a number in words", ["number"]),
        (
            None,
            "Он сказал, что о каждом",
            "and said that every such incident",
            "two sentences joined",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "в течение суток",
            "within twenty-four hours",
            "сутки in words",
            ["number", "date", "omission"],
            "minor",
        ),
        (None, "1 час 30 минут", "an hour and a half", "a duration in words", ["number", "date"]),
        (None, "Вюнсдорф", "Wünsdorf", "a German place with its umlaut", ["name"], "minor"),
        (None, "Летцлинген", "Letzlingen", "a German place", ["name"], "minor"),
    ],
    "notes": "Pair, a long record of conversation condensed by the translator (three sentences into one, two into one, a dash sentence into a phrase). Planted: a three-word sentence on three servicemen killed left out (omission). Traps: every condensation, numbers in words, сутки, German places, a place left in Latin letters in the Russian.",
}

DOCS["u07-telegram-peking-students-spravka-1960"] = {
    "genre": "ciphered telegram with a ministry information note that retells it (pair)",
    "about": "Invented: the chargé in Peking reports the recall of Chinese students; the ministry's note retells the telegram with variants and stays untranslated.",
    "ru": """‹u›АВП РФ, ф. 0100, оп. 53, п. 454, д. 8, л. 112.

‹1›СОВ. СЕКРЕТНО

‹2›ШИФРТЕЛЕГРАММА

‹u›Из ПЕКИНА Отправлено 9.VIII.60 г. 16 ч. 20 м.

‹3›МИД СССР

‹4›8 августа заместитель министра высшего образования КНР Хуан Сун-лин сообщил мне, что китайская сторона решила отозвать из СССР студентов и аспирантов, обучающихся в гражданских вузах. ‹5›По его словам, речь идет примерно о 2,5 тыс. человек. ‹6›Отъезд намечено закончить к 1 сентября. ‹7›Хуан Сун-лин объяснил это решение тем, что кадры нужны для развития народного хозяйства. ‹8›Обучение студентов в военных академиях будет продолжено.

‹9›Я заявил, что советская сторона не давала повода для такого решения.

‹10›ВРЕМЕННЫЙ ПОВЕРЕННЫЙ
‹11›С. АНТОНОВ

‹u›л. 113

‹u›СПРАВКА
‹u›к шифртелеграмме из Пекина от 9 августа 1960 г.

‹u›Китайцы отзывают из СССР студентов и аспирантов гражданских вузов. ‹u›Речь идет примерно о 3 тыс. человек. ‹u›Отъезд намечено закончить к 1 сентября. ‹u›Обучение в военных академиях будет продолжено.

‹u›Отдел Дальнего Востока МИД СССР""",
    "en": """‹1›TOP SECRET

‹2›CIPHERED TELEGRAM

‹3›To the Ministry of Foreign Affairs of the USSR

‹4›On August 8 the Deputy Minister of Higher Education of the PRC, Huang Sung-ling, informed me that the Chinese side had decided to recall the students and post-graduates who were studying at civilian institutions of higher learning in the USSR. ‹5›He said that some 2,500 people were involved ‹6›and that their departure was to be completed by September 1. ‹7›Huang Sung-ling explained that the cadres were needed for the development of the national economy, ‹8›but the training of students at military academies would continue. ‹u›This was the first public sign of the break in scientific ties.

‹9›I stated that the Soviet side had given no grounds for such a decision.

‹10›CHARGÉ D'AFFAIRES
‹11›S. ANTONOV""",
    "required": [
        (
            "duplicate",
            "Китайцы отзывают из СССР",
            None,
            "the ministry's note retells the telegram (its first sentence reworded, the count given as 3,000)",
        ),
        (
            "addition",
            None,
            "This was the first public sign",
            "the translator adds an interpretive sentence the telegram does not have",
        ),
    ],
    "acceptable": [
        ("number", "3 тыс. человек", None, "the note's variant of the count"),
        ("duplicate", ("Отъезд намечено закончить", "СПРАВКА"), None, "a repeated sentence of the note"),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0100", None, "archive reference", ["omission", "number"], "minor"),
        (None, "8 августа", "On August 8", "the same date", ["number", "date"]),
        (None, "Хуан Сун-лин сообщил", "Huang Sung-ling, informed", "Wade-Giles", ["name"], "minor"),
        (None, "2,5 тыс. человек", "some 2,500 people", "decimal comma, тыс.", ["number"]),
        (
            None,
            ("к 1 сентября", "По его словам"),
            "by September 1",
            "the same date",
            ["number", "date"],
        ),
        (
            None,
            ("Отъезд намечено", "По его словам"),
            "and that their departure",
            "a sentence joined to the previous one",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            ("Обучение студентов", "Хуан Сун-лин объяснил"),
            "but the training of students",
            "a sentence joined to the previous one",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            ("Речь идет примерно", "СПРАВКА"),
            None,
            "the untranslated note repeats the telegram: a duplicate, not an omission",
            ["omission", "number"],
            "minor",
        ),
        (
            None,
            ("Обучение в военных академиях", "СПРАВКА"),
            None,
            "the untranslated note repeats the telegram: a duplicate, not an omission",
            ["omission"],
            "minor",
        ),
        (
            None,
            "к шифртелеграмме из Пекина",
            None,
            "the note's heading",
            ["omission", "number", "date", "name"],
            "minor",
        ),
        (None, "Отдел Дальнего Востока", None, "the note's signature", ["omission", "name"], "minor"),
        (None, "л. 113", None, "a sheet mark", ["omission", "number"], "minor"),
        (None, "Из ПЕКИНА", None, "dispatch line", ["omission", "number", "date", "name"], "minor"),
        (None, "ВРЕМЕННЫЙ ПОВЕРЕННЫЙ", "CHARGÉ D'AFFAIRES", "the same title", ["title", "term"], "minor"),
    ],
    "notes": "Pair, a telegram followed (after a sheet mark) by the ministry's information note that retells it with variants (the first sentence reworded, 3 тыс. for 2,5 тыс.), untranslated. Planted: the note as a second witness (duplicate, anchored at its reworded first sentence); an interpretive sentence the translator added (addition). Traps: sentences joined into one, the note's sentences as omissions, Wade-Giles, the note's heading and signature.",
}

DOCS["u08-report-vienna-food-1947"] = {
    "genre": "report to the deputy minister (pair), a sentence moved over two others, an added sentence with a number",
    "about": "Invented: the Soviet element of the Allied Commission in Austria reports on the food situation in Vienna; the translator moves a sentence to the paragraph's end and adds one of his own.",
    "ru": """‹u›АВП РФ, ф. 066, оп. 27, п. 131, д. 34, л. 18-20.

‹1›Совершенно секретно

‹2›Заместителю Министра иностранных дел СССР
‹3›тов. Вышинскому А. Я.

‹4›ДОНЕСЕНИЕ
‹5›о продовольственном положении в Вене

‹6›В городе отмечены случаи голодных обмороков среди школьников. ‹7›По данным нашей комендатуры, в феврале 1947 г. норма выдачи продовольствия населению Вены была снижена до 1550 калорий в день. ‹8›Карточная система работает с перебоями, особенно в американском и английском секторах.

‹9›Канцлер Фигль обратился к союзникам с просьбой о поставке 60 тыс. тонн зерна до 1 мая. ‹10›Американцы обещали 40 тыс. тонн, англичане - 10 тыс. тонн. ‹11›Французы ответа не дали.

‹12›Считаю возможным выделить из запасов ЦГВ до 15 тыс. тонн зерна в порядке займа с возвратом из урожая 1947 года. ‹13›Прошу Ваших указаний.

‹14›КУРАСОВ
‹15›4 марта 1947 г.""",
    "en": """‹1›Top Secret

‹2›To the Deputy Minister of Foreign Affairs of the USSR
‹3›Comrade A. Ya. Vyshinsky

‹4›REPORT
‹5›on the Food Situation in Vienna

‹7›According to our Kommandatura, in February 1947 the food ration of the population of Vienna was cut to 1,550 calories a day. ‹8›The rationing system works with interruptions, especially in the American and British sectors. ‹6›Cases of schoolchildren fainting from hunger have been noted in the city.

‹9›Chancellor Figl has asked the Allies to deliver 60,000 tons of grain by May 1. ‹10›The Americans have promised 40,000 tons, the British 10,000 tons. ‹11›The French have not replied. ‹u›Some 300 people died of hunger in Vienna in January.

‹12›I consider it possible to release up to 15,000 tons of grain from the stocks of the CGF [Central Group of Forces] as a loan, to be repaid from the 1947 harvest. ‹13›I request your instructions.

‹14›KURASOV
‹15›March 4, 1947""",
    "required": [
        (
            "addition",
            None,
            "Some 300 people died of hunger",
            "the translation adds a sentence with a death toll (300 in January) the report does not give",
        ),
    ],
    "acceptable": [
        ("number", None, ("300", "Some 300"), "the added sentence's number"),
        ("date", None, ("in January", "died of hunger"), "the added sentence's month"),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 066", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "В городе отмечены случаи",
            "Cases of schoolchildren fainting",
            "a sentence moved to the paragraph's end, over two sentences",
            ["omission", "addition"],
            "minor",
        ),
        (None, "в феврале 1947 г.", "in February 1947", "the same month", ["number", "date"]),
        (None, "1550 калорий", "1,550 calories", "the same figure", ["number"]),
        (None, "60 тыс. тонн", "60,000 tons", "тыс.", ["number"]),
        (None, "до 1 мая", "by May 1", "the same date", ["number", "date"]),
        (None, "40 тыс. тонн", "40,000 tons", "тыс.", ["number"]),
        (None, "10 тыс. тонн", "10,000 tons", "тыс.", ["number"]),
        (None, "до 15 тыс. тонн", "up to 15,000 tons", "тыс.", ["number"]),
        (
            None,
            None,
            "[Central Group of Forces]",
            "an abbreviation glossed",
            ["addition", "term", "name"],
            "minor",
        ),
        (None, "урожая 1947 года", "1947 harvest", "the same year", ["number", "date"]),
        (None, "4 марта 1947 г.", "March 4, 1947", "date line", ["number", "date"]),
        (None, "Фигль", "Figl", "a German name through Russian", ["name"], "minor"),
        (None, "Вышинскому А. Я.", "A. Ya. Vyshinsky", "initials after the surname", ["name"], "minor"),
    ],
    "notes": "Pair, a report. Planted: a sentence with a death toll the translator added at a paragraph's end (addition). Traps: the paragraph's first sentence moved to its end over two others (must not be a major omission plus a major addition), ЦГВ glossed in brackets, тыс., a German name.",
}

DOCS["u09-draft-and-letter-delegation-1956"] = {
    "genre": "a draft and the letter as sent (pair, the draft first, a parenthesis left out)",
    "about": "Invented: the Ministry of Culture's letter to the Polish embassy on a visiting delegation, kept with its draft; the draft's first sentence is shorter.",
    "ru": """‹u›ПРОЕКТ

‹u›Министерство культуры СССР сообщает о приезде польской делегации работников культуры 12 мая. ‹u›Делегацию возглавит министр культуры и искусства ПНР К. Кулиговский. ‹u›Расходы по пребыванию делегации несет советская сторона.

‹u›л. 15

‹1›Посольству Польской Народной Республики в СССР

‹2›Министерство культуры СССР свидетельствует свое уважение Посольству и имеет честь сообщить, что польская делегация работников культуры в составе 14 человек прибудет в Москву поездом 12 мая 1956 г. ‹3›Делегацию возглавит министр культуры и искусства ПНР К. Кулиговский.

‹4›Программа пребывания предусматривает посещение Москвы, Ленинграда и Киева. ‹5›Расходы по пребыванию делегации (около 40 тыс. рублей) несет советская сторона. ‹6›Срок пребывания - 12 дней.

‹7›Министерство пользуется случаем, чтобы возобновить Посольству уверения в своем высоком уважении.

‹8›Москва, 28 апреля 1956 г.""",
    "en": """‹1›To the Embassy of the Polish People's Republic in the USSR

‹2›The Ministry of Culture of the USSR presents its compliments to the Embassy and has the honor to inform it that a Polish delegation of fourteen cultural workers, ‹3›led by the Minister of Culture and Art of the PPR, K. Kuligowski, will arrive in Moscow on May 12, 1956.

‹4›The program of the visit includes Moscow, Leningrad and Kiev. ‹5›The Soviet side will bear the cost of the delegation's stay ‹6›for twelve days.

‹7›The Ministry avails itself of this opportunity to renew to the Embassy the assurances of its highest consideration.

‹8›Moscow, April 28, 1956""",
    "required": [
        (
            "duplicate",
            "Министерство культуры СССР сообщает",
            None,
            "the draft before the letter repeats it (its first sentence shorter)",
        ),
        (
            "omission",
            "(около 40 тыс. рублей)",
            None,
            "the parenthesis giving the cost (some 40,000 rubles) is left out",
        ),
    ],
    "acceptable": [
        ("number", "около 40 тыс. рублей", None, "the 40,000 rubles are not in the translation"),
        ("duplicate", ("Делегацию возглавит", "ПРОЕКТ"), None, "a repeated sentence of the draft"),
    ],
    "forbidden": [
        (None, "ПРОЕКТ", None, "the draft's heading", ["omission"], "minor"),
        (
            None,
            ("Делегацию возглавит", "ПРОЕКТ"),
            None,
            "the untranslated draft repeats the letter: a duplicate, not an omission",
            ["omission", "name", "title"],
            "minor",
        ),
        (
            None,
            ("Расходы по пребыванию делегации несет", "ПРОЕКТ"),
            None,
            "the untranslated draft repeats the letter: a duplicate, not an omission",
            ["omission"],
            "minor",
        ),
        (None, "л. 15", None, "a sheet mark", ["omission", "number"], "minor"),
        (None, "в составе 14 человек", "fourteen cultural workers", "a number in words", ["number"]),
        (
            None,
            ("12 мая 1956 г.", "свидетельствует"),
            "May 12, 1956",
            "the same date",
            ["number", "date"],
        ),
        (
            None,
            ("Делегацию возглавит министр", "Посольству Польской"),
            "led by the Minister",
            "two sentences condensed into one (the second rendered as a phrase)",
            ["omission", "addition"],
            "minor",
        ),
        (None, "поездом", None, "'by train' dropped in the condensation", ["omission"], "minor"),
        (
            None,
            "Срок пребывания - 12 дней.",
            None,
            "a dash sentence joined to the previous (the translation's sentence also leaves out the cost)",
            ["omission", "number", "date"],
            "minor",
        ),
        (None, "Москва, 28 апреля 1956 г.", "Moscow, April 28, 1956", "date line", ["number", "date"]),
        (
            None,
            ("К. Кулиговский", "Посольству Польской"),
            "K. Kuligowski",
            "a Polish name through Russian",
            ["name"],
            "minor",
        ),
    ],
    "notes": "Pair, the draft (untranslated, first sentence shorter) before the letter as sent. Planted: the draft as a second witness (duplicate); the parenthesis with the cost (около 40 тыс. рублей) left out (omission). Traps: two sentences condensed into one, a dash sentence joined ('for twelve days'), 'by train' dropped, a Polish name through Russian, the note's formulas.",
}
