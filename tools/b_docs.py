# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented b documents of archival-own (read by build_archival_b.py): records of the Mongolian People's Republic.

They imitate the m series of the development corpus (Politburo decisions on the MPR, the ambassador's ciphered
telegrams, letters of Mongolian leaders to Stalin): a letter on livestock losses after a dzud, a Politburo decision
on the railway to Ulan Bator, a telegram on a party congress, a record of a talk on trade, a Council of Ministers
decision on specialists with its list, a note on the demarcation of the border. Every text is invented (persons are
real names in made-up contexts; figures, dates and file marks are made up). Translations are free as published
ones are. Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["b01-choibalsan-letter-dzud-1945"] = {
    "genre": "letter of a Mongolian leader to Stalin (pair)",
    "about": "Invented: Choibalsan reports the livestock lost in the dzud of 1944-45 and asks for a deferment, fodder and veterinary surgeons.",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 338, л. 15-18.

‹1›Председателю Совета Народных Комиссаров Союза ССР
‹2›товарищу СТАЛИНУ И. В.

‹3›Дорогой товарищ Сталин!

‹4›Зима 1944/45 года оказалась для Монгольской Народной Республики исключительно тяжелой. ‹5›Сильные снегопады и гололедица (дзут) в январе-марте охватили 11 аймаков из 18, ‹6›и по предварительным данным Министерства животноводства погибло 6.850 тыс. голов скота, в том числе 412 тыс. верблюдов и лошадей.

‹7›Наиболее пострадали Гоби-Алтайский, Убсанурский и Южно-Гобийский аймаки, где в отдельных сомонах пало до 60% поголовья. ‹u›Многие аратские хозяйства остались совсем без скота.

‹9›Правительство МНР приняло меры к спасению оставшегося поголовья: из государственных резервов выделено 40 млн. тугриков на закупку кормов, ‹10›а скот из пострадавших сомонов перегоняется на пастбища Центрального и Хэнтэйского аймаков.

‹11›Однако своими силами мы не в состоянии восстановить поголовье в ближайшие годы. ‹12›Поэтому Правительство МНР просит Советское Правительство:
‹13›1) отсрочить на три года погашение задолженности МНР по кредитам 1941-1943 гг.;
‹14›2) поставить в 1945 году 20 тыс. тонн сена и комбикормов и 5 тыс. тонн зерна;
‹15›3) направить в МНР 150 ветеринарных врачей и фельдшеров на срок до двух лет.

‹16›Мы твердо уверены, что с братской помощью Советского Союза монгольские араты преодолеют последствия стихийного бедствия.

‹17›С глубоким уважением
‹18›Маршал Х. ЧОЙБАЛСАН

‹19›Улан-Батор, 26 марта 1945 г.
""",
    "en": """‹1›To the Chairman of the Council of People's Commissars of the USSR
‹2›Comrade I. V. STALIN

‹3›Dear Comrade Stalin!

‹4›The winter of 1944-45 proved exceptionally hard for the Mongolian People's Republic. ‹5›Heavy snowfalls and ice crust (the dzud) struck eleven of the eighteen aimaks between January and March, ‹6›and according to preliminary figures of the Ministry of Livestock Breeding 6,850,000 head of livestock perished, among them 421,000 camels and horses.

‹7›The worst hit were the Gobi-Altai, Kobdo and South Gobi aimaks, where in some somons up to 60 per cent of the herds died.

‹9›The Government of the MPR has taken measures to save the remaining herds: 40 million tugriks have been allotted from state reserves for the purchase of fodder, ‹10›and livestock from the stricken somons is being driven to the pastures of the Central and Khentei aimaks.

‹11›But we are not able by our own efforts to restore the herds in the coming years. ‹12›The Government of the MPR therefore asks the Soviet Government:
‹13›1) to defer for three years the repayment of the MPR's debt on the credits of 1941-1943;
‹14›2) to deliver in 1945 20,000 tons of hay and mixed fodder and 5,000 tons of grain;
‹15›3) to send to the MPR 150 veterinary surgeons and assistants for up to two years.

‹16›We are firmly convinced that with the fraternal help of the Soviet Union the Mongolian arats will overcome the consequences of this natural disaster.

‹17›With deep respect,
‹18›Marshal Kh. CHOIBALSAN

‹19›Ulan Bator, March 26, 1945
""",
    "required": [
        ("number", "412 тыс.", "421,000", "412,000 camels and horses are given as 421,000"),
        ("name", "Убсанурский", "Kobdo", "the Ubsa-Nur aimak is given as Kobdo"),
        (
            "omission",
            "Многие аратские хозяйства",
            None,
            "the sentence on households left without livestock is omitted",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "Совета Народных Комиссаров",
            "Council of People's Commissars",
            "the same title",
            ["title", "term"],
            "minor",
        ),
        (None, "СТАЛИНУ И. В.", "I. V. STALIN", "a name in the dative, initials moved", ["name"], "minor"),
        (None, "1944/45 года", "1944-45", "a winter across two years", ["number", "date"]),
        (
            None,
            "(дзут)",
            "(the dzud)",
            "the Mongolian word in another spelling",
            ["name", "term", "ocr"],
            "minor",
        ),
        (None, "11 аймаков из 18", "eleven of the eighteen aimaks", "numbers in words", ["number"]),
        (None, "в январе-марте", "between January and March", "a span of months", ["number", "date"]),
        (
            None,
            "Министерства животноводства",
            "Ministry of Livestock Breeding",
            "the same ministry",
            ["term", "name", "title"],
            "minor",
        ),
        (None, "6.850 тыс.", "6,850,000", "thousands written out", ["number"]),
        (None, "Гоби-Алтайский", "Gobi-Altai", "an aimak as an adjective", ["name"], "minor"),
        (None, "Южно-Гобийский", "South Gobi", "an aimak translated", ["name", "term"], "minor"),
        (None, "до 60%", "up to 60 per cent", "a percentage in words", ["number"]),
        (None, "40 млн. тугриков", "40 million tugriks", "the same sum", ["number", "term"]),
        (None, "Хэнтэйского", "Khentei", "an aimak as an adjective", ["name"], "minor"),
        (None, "на три года", "for three years", "a number in words", ["number", "date"]),
        (None, "1941-1943 гг.", "1941-1943", "the same years", ["number", "date"]),
        (None, "20 тыс. тонн", "20,000 tons", "thousands written out", ["number"]),
        (None, "5 тыс. тонн", "5,000 tons", "thousands written out", ["number"]),
        (None, "до двух лет", "up to two years", "a number in words", ["number", "date"]),
        (None, "Х. ЧОЙБАЛСАН", "Kh. CHOIBALSAN", "Х. = Kh.", ["name"], "minor"),
        (None, "26 марта 1945 г.", "March 26, 1945", "the same date", ["number", "date"]),
    ],
    "notes": "Pair, a letter with a numbered list of requests. Planted: 412 тыс. -> 421,000 (number); Убсанурский -> Kobdo (name); the sentence on households left without livestock omitted. Free: 1944/45 = 1944-45, numbers in words, до 60% = up to 60 per cent, дзут = dzud, Х. = Kh., aimaks as adjectives.",
}

DOCS["b02-politburo-railway-ulan-bator-1949"] = {
    "genre": "Politburo decision (excerpt from protocol; page, Russian first, with a transcription)",
    "about": "Invented: the Politburo orders the completion of the Naushki-Ulan Bator railway and a joint-stock company to run it.",
    "page": {
        "date": "March 9, 1949",
        "title": "Excerpt from Protocol No. 68 of the Meeting of the Politburo of the CC VKP(b), Decision on the Naushki-Ulan Bator Railway",
        "ref": "bd-0201",
        "translator": "M. Ellery",
        "summary": "The Politburo orders the Naushki-Ulan Bator railway to be finished in 1949 and a Soviet-Mongolian joint-stock company to be formed to run it.",
        "fields": [
            ("Associated Places", "Mongolia; Ulaanbaatar (Mongolia); Naushki (Russia)"),
            (
                "Associated People & Organizations",
                "Beshchev, B. P. (Boris Pavlovich), 1903-1981; Kruglov, S. N. (Sergei Nikiforovich), 1907-1977",
            ),
        ],
        "contents": ["Original Scan", "Transcription - Russian", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹1›Строго секретно

‹u›ВСЕСОЮЗНАЯ КОММУНИСТИЧЕСКАЯ ПАРТИЯ (большевиков). ЦЕНТРАЛЬНЫЙ КОМИТЕТ

‹u›№ П68/145

‹u›тт. Вышинскому, Микояну, Бещеву, Круглову - все.

‹2›Выписка из протокола № 68 заседания Политбюро ЦК ВКП(б)
‹3›Решение от 9 марта 1949 г.

‹4›145. - О строительстве железной дороги Наушки - Улан-Батор.

‹5›1. Одобрить предложение Министерства путей сообщения (т. Бещев) о завершении строительства железной дороги Наушки - Улан-Батор протяжением 404 км ‹6›и открыть по ней рабочее движение поездов не позднее 7 ноября 1949 г.

‹7›2. Создать смешанное советско-монгольское акционерное общество «Улан-Баторская железная дорога» с уставным капиталом 200 млн. рублей, ‹8›вносимым сторонами в равных долях.

‹9›3. Обязать МПС направить на строительство 3.200 рабочих и 180 инженерно-технических работников, ‹10›а МВД СССР (т. Круглов) - выделить 5 тыс. человек для земляных работ на участке Сухэ-Батор - Дархан.

‹11›4. Поручить МИД СССР (т. Вышинский) согласовать с правительством МНР текст соглашения в двухнедельный срок.

‹12›СЕКРЕТАРЬ ЦК

‹u›АП РФ, ф. 3, оп. 65, д. 918, л. 12-13.""",
    "en": """‹1›Strictly Secret

‹2›Excerpt from Protocol No. 68 of the Meeting of the Politburo of the CC VKP(b)
‹3›Decision of March 9, 1949

‹4›145. On the construction of the Naushki-Ulan Bator railway.

‹5›1. To approve the proposal of the Ministry of Transport Construction (Cde. Beshchev) to complete the construction of the 404-kilometer railway from Naushki to Ulan Bator ‹6›and to open it to working traffic not later than November 1, 1949.

‹7›2. To form a mixed Soviet-Mongolian joint-stock company, the "Ulan Bator Railway", with an authorized capital of 200 million rubles, ‹8›to be contributed by the parties in equal shares.

‹9›3. To oblige the Ministry of Railways to send 3,200 workers and 180 engineers and technicians to the construction, ‹10›and the USSR MVD (Cde. Kruglov) to assign 5,000 men for earthworks on the Sukhe-Bator-Darkhan section.

‹11›4. To instruct the USSR MFA (Cde. Vyshinsky) to agree the text of the agreement with the government of the MPR within two weeks.

‹12›SECRETARY OF THE CC""",
    "required": [
        (
            "term",
            "Министерства путей сообщения",
            "Ministry of Transport Construction",
            "the Ministry of Railways (МПС) is given as the Ministry of Transport Construction",
        ),
        (
            "date",
            "7 ноября 1949 г.",
            "November 1, 1949",
            "traffic is to open by 7 November, given as November 1",
        ),
    ],
    "forbidden": [
        (None, "№ П68/145", None, "protocol item number (untranslated)", ["omission", "number"], "minor"),
        (None, "тт. Вышинскому", None, "distribution line (untranslated)", ["omission", "name"], "minor"),
        (
            None,
            ("№ 68", "протокола № 68"),
            ("No. 68", "Protocol No. 68"),
            "protocol number",
            ["number"],
        ),
        (None, "9 марта 1949 г.", "March 9, 1949", "the same date", ["number", "date"]),
        (None, "145. -", ("145.", "145. On"), "item number", ["number"]),
        (
            None,
            "Наушки - Улан-Батор.",
            "Naushki-Ulan Bator railway.",
            "a place pair with a dash",
            ["name", "number"],
            "minor",
        ),
        (None, "(т. Бещев)", "(Cde. Beshchev)", "the same name", ["name"], "minor"),
        (None, "404 км", "404-kilometer", "a length as an adjective", ["number"]),
        (
            None,
            "«Улан-Баторская железная дорога»",
            '"Ulan Bator Railway"',
            "the company's name",
            ["name", "term"],
            "minor",
        ),
        (None, "200 млн. рублей", "200 million rubles", "the same sum", ["number"]),
        (None, "МПС", "Ministry of Railways", "an abbreviation spelt out", ["term", "name"], "minor"),
        (None, "3.200", "3,200", "thousands separator", ["number"]),
        (None, ("180", "180 инженерно"), ("180", "180 engineers"), "the same number", ["number"]),
        (None, "5 тыс. человек", "5,000 men", "thousands written out", ["number"]),
        (
            None,
            "Сухэ-Батор - Дархан",
            "Sukhe-Bator-Darkhan",
            "a place pair with a dash",
            ["name", "number"],
            "minor",
        ),
        (None, "МИД СССР", "USSR MFA", "an abbreviation turned", ["name", "term"], "minor"),
        (None, "(т. Вышинский)", "(Cde. Vyshinsky)", "the same name", ["name"], "minor"),
        (None, "в двухнедельный срок", "within two weeks", "a period in words", ["number", "date"]),
        (None, "АП РФ, ф. 3", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Russian-first page with a transcription, like a Politburo excerpt. Planted: Министерство путей сообщения -> Ministry of Transport Construction (term; the second mention, МПС, is rightly the Ministry of Railways); 7 ноября 1949 -> November 1, 1949 (date). Free: 404 км as an adjective, the company's name in quotes, МПС spelt out, place pairs with dashes.",
}

DOCS["b03-pisarev-mprp-congress-1954"] = {
    "genre": "ciphered telegram of the ambassador (pair, OCR'd original, two-column header)",
    "about": "Invented: the ambassador in Ulan Bator reports on the congress of the Mongolian People's Revolutionary Party.",
    "ru": """‹1›ШИФРТЕЛЕГРАММА

‹2›Из УЛАН-БАТОРА                ‹u›Отправлено 25.XI.54 г. 14 ч. 20 м.
                               ‹u›Получено 25.XI.54 г. 21 ч. 05 м.

‹3›ЦК КПСС

‹4›23 ноября в Улан-Баторе закончил работу XII съезд Монгольской на-
родно-революционной партии. ‹5›На съезде присутствовало 587 делегатов
с решающим и 64 с совещательным голосом, представлявших 31.467 членов
и кандидатов партии.

‹6›С отчетным докладом ЦК выступил первый секретарь ЦК МНРП Д. Дамба,
‹7›с докладом о пятилетнем плане - председатель Совета Министров МНР
Ю. Цеденбал.

‹8›В прениях выступило 46 делегатов. ‹9›Ряд делегатов от Хубсугульского
и Кобдоского аймаков резко критиковал Министерство животноводства за
плохую организацию зимовок и большой падеж молодняка.

‹10›Съезд принял директивы по пятилетнему плану развития народного хо-
зяйства МНР на 1953-1957 гг., ‹11›предусматривающие увеличение поголовья
скота на 24% и валовой продукции промышленности в 1,8 раза.

‹12›Избран Центральный Комитет в составе 37 членов и 23 кандидатов.
‹13›Первым секретарем ЦК вновь избран Дамда.

‹14›Съезд прошел организованно, при большой активности делегатов.

‹15›П И С А Р Е В

‹u›№ 512
""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›From ULAN BATOR

‹3›CC CPSU

‹4›On November 23 the 12th Congress of the Mongolian People's Revolutionary Party closed in Ulan Bator. ‹5›It was attended by 587 delegates with a deciding vote and 46 with a consultative vote, representing 31,467 members and candidate members of the party.

‹6›The report of the Central Committee was delivered by the First Secretary of the MPRP CC, D. Damba, ‹7›and the report on the five-year plan by the Chairman of the Council of Ministers of the MPR, Yu. Tsedenbal.

‹8›Forty-six delegates took part in the debate. ‹9›A number of delegates from the Khubsugul and Kobdo aimaks sharply criticized the Ministry of Animal Husbandry for the poor organization of winter quarters and the heavy losses of young stock.

‹10›The congress adopted the directives for the five-year plan for the development of the national economy of the MPR for 1953-1957, ‹11›which provide for an increase of the livestock herds by 24% and of the gross output of industry 1.8-fold.

‹12›A Central Committee of 37 members and 23 candidate members was elected. ‹13›Damba was re-elected First Secretary of the CC.

‹14›The congress went off in an orderly way, with the delegates taking an active part.

‹15›PISAREV
""",
    "dehyphenated": ["народно-революционной", "хозяйства"],
    "required": [
        (
            "number",
            "64 с совещательным",
            "46 with a consultative",
            "64 delegates with a consultative vote are given as 46",
        ),
        ("ocr", "Дамда", None, "'Дамда' is an OCR garble of 'Дамба' (Damba), as the translation shows"),
    ],
    "acceptable": [
        ("name", "Дамда", "Damba was", "the garbled name differs from the translation's Damba"),
        ("ocr", "П И С А Р Е В", None, "letter-spaced signature"),
    ],
    "forbidden": [
        (
            None,
            "25.XI.54 г. 14 ч. 20 м.",
            None,
            "despatch time (untranslated header)",
            ["number", "date", "omission"],
            "minor",
        ),
        (
            None,
            "25.XI.54 г. 21 ч. 05 м.",
            None,
            "receipt time (untranslated header)",
            ["number", "date", "omission"],
            "minor",
        ),
        (None, "ЦК КПСС", "CC CPSU", "an abbreviation turned", ["name", "term"], "minor"),
        (None, "23 ноября", "November 23", "the same date", ["number", "date"]),
        (None, "XII съезд", "12th Congress", "a Roman ordinal", ["number"]),
        (None, "587", "587", "the same number", ["number"]),
        (None, "31.467", "31,467", "thousands separator", ["number"]),
        (
            None,
            "первый секретарь ЦК МНРП",
            "First Secretary of the MPRP CC",
            "the same title",
            ["title", "term"],
            "minor",
        ),
        (None, "Д. Дамба", "D. Damba", "the same name", ["name"], "minor"),
        (None, "Ю. Цеденбал", "Yu. Tsedenbal", "Ю. = Yu.", ["name"], "minor"),
        (None, "46 делегатов", "Forty-six delegates", "a number in words", ["number"]),
        (None, "Хубсугульского", "Khubsugul", "an aimak as an adjective", ["name"], "minor"),
        (None, "Кобдоского", "Kobdo", "an aimak as an adjective", ["name"], "minor"),
        (
            None,
            "Министерство животноводства",
            "Ministry of Animal Husbandry",
            "the same ministry",
            ["term", "name", "title"],
            "minor",
        ),
        (None, "1953-1957 гг.", "1953-1957", "the same years", ["number", "date"]),
        (None, "24%", "24%", "the same percentage", ["number"]),
        (None, "в 1,8 раза", "1.8-fold", "a ratio with a decimal comma", ["number"]),
        (None, "37 членов и 23 кандидатов", "37 members and 23 candidate", "the same numbers", ["number"]),
        (None, "№ 512", None, "outgoing number", ["number", "omission"], "minor"),
    ],
    "notes": "Pair, an OCR'd telegram with a two-column header and hyphenation at line ends; the translator drops the times and the outgoing number. Planted: 64 -> 46 with a consultative vote (number; 46 is also the count of speakers); OCR garble Дамда for Дамба. Free: XII = 12th, в 1,8 раза = 1.8-fold, 46 in words, Ю. = Yu.",
}

DOCS["b04-pisarev-tsedenbal-trade-1955"] = {
    "genre": "record of conversation from the ambassador's diary (page, translation first)",
    "about": "Invented: Tsedenbal complains to the Soviet ambassador of reduced livestock purchases and asks for a higher wool price.",
    "page": {
        "date": "May 12, 1955",
        "title": "From the Diary of V. I. Pisarev, Record of Conversation with Yu. Tsedenbal",
        "ref": "bd-0204",
        "translator": "K. Oyun and P. Lindqvist",
        "summary": "Tsedenbal asks that Soviet purchases of Mongolian livestock be raised for 1956 and that the price paid for wool be increased.",
        "fields": [
            (
                "Original Archive",
                "Archive of Foreign Policy of the Russian Federation (AVPRF), Fond 0111, Opis 38, Papka 219, Delo 7 (constructed reference)",
            ),
            (
                "Associated People & Organizations",
                "Tsedenbal, Yumjaagiin, 1916-1991; Pisarev, V. I. (Vasilii Ivanovich)",
            ),
            ("Associated Places", "Mongolia; Ulaanbaatar (Mongolia)"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›Secret

‹2›From the Diary of V. I. Pisarev

‹3›Record of Conversation with the Chairman of the Council of Ministers of the MPR, Yu. Tsedenbal, May 12, 1955

‹4›Today I called on Tsedenbal at his request. ‹5›Present at the conversation were the Deputy Minister of Trade of the MPR, Ochir, and the Embassy's trade counsellor, A. P. Kuznetsov.

‹6›Tsedenbal said that the Mongolian government was disturbed by the fall in purchases of livestock by Soviet trading organizations. ‹7›In 1954 the Soviet side had bought 1,150,000 head instead of the 1.4 million provided for in the agreement, ‹8›and the arats of the Eastern and Sukhe-Bator aimaks had been left with surplus stock that they could not sell.

‹9›He asked that the agreement for 1956 provide for purchases of not less than 1.5 million head, including 300,000 head of cattle and 40,000 horses.

‹10›Tsedenbal then raised the question of wool prices. ‹11›In his words, the price of 5 rubles 60 kopecks per kilogram of washed wool, in force since 1952, did not cover the costs of the state farms and cooperatives. ‹12›The Mongolian side asked that it be raised to 7 rubles. ‹u›Ochir added that the cooperatives had already lost 12 million tugriks on wool.

‹13›I replied that I would report his requests to Moscow. ‹14›As for wool, the price had been fixed by the intergovernmental agreement and could be reviewed only at the talks on a new agreement.

‹15›In conclusion Tsedenbal said that he intended to come to Moscow in July for talks on the second stage of the Ulaanbaatar industrial combine.

‹16›The conversation lasted 1 hour 40 minutes.

‹17›USSR AMBASSADOR TO THE MPR
‹18›V. PISAREV""",
    "ru": """‹u›АВП РФ, ф. 0111, оп. 38, п. 219, д. 7, л. 56-58.

‹1›Секретно
‹u›Экз. № 2

‹2›Из дневника Писарева В. И.

‹3›ЗАПИСЬ БЕСЕДЫ
с председателем Совета Министров МНР Ю. Цеденбалом
12 мая 1955 г.

‹4›Сегодня по просьбе Цеденбала посетил его. ‹5›На беседе присутствовали министр торговли МНР Очир и торговый советник посольства А. П. Кузнецов.

‹6›Цеденбал сказал, что монгольское правительство обеспокоено сокращением закупок скота советскими торгующими организациями. ‹7›В 1954 г. советская сторона закупила 1.150 тыс. голов вместо предусмотренных соглашением 1,4 млн., ‹8›и у аратов Восточного и Сухэ-Баторского аймаков остался излишний скот, который некуда сбыть.

‹9›Он просил предусмотреть в соглашении на 1956 г. закупку не менее 1,5 млн. голов, в том числе 300 тыс. голов крупного рогатого скота и 40 тыс. лошадей.

‹10›Затем Цеденбал поднял вопрос о ценах на шерсть. ‹11›По его словам, цена 5 руб. 60 коп. за килограмм мытой шерсти, действующая с 1952 г., не покрывает затрат госхозов и кооперативов. ‹12›Монгольская сторона просит повысить ее до 7 рублей.

‹13›Я ответил, что доложу его просьбы в Москву. ‹14›Что касается шерсти, то цена установлена межправительственным соглашением и может быть пересмотрена только на переговорах о новом соглашении.

‹15›В заключение Цеденбал сказал, что намерен в июле приехать в Москву для переговоров о второй очереди Улан-Баторского промкомбината.

‹16›Беседа продолжалась 1 ч. 40 мин.

‹17›ПОСОЛ СССР В МНР
‹18›В. ПИСАРЕВ

‹u›Разослано: тт. Молотову, Микояну, Федоренко.""",
    "required": [
        (
            "title",
            "министр торговли МНР",
            "Deputy Minister of Trade of the MPR",
            "the Minister of Trade is given as Deputy Minister",
        ),
        (
            "addition",
            None,
            "Ochir added that",
            "the translation adds a sentence on losses of 12 million tugriks that the original lacks",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0111", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Экз. № 2", None, "copy number", ["omission", "number"], "minor"),
        (
            None,
            "Писарева В. И.",
            "V. I. Pisarev",
            "a name in the genitive, initials moved",
            ["name"],
            "minor",
        ),
        (
            None,
            "Ю. Цеденбалом",
            ("Yu. Tsedenbal", "MPR, Yu. Tsedenbal"),
            "a name in the instrumental",
            ["name"],
            "minor",
        ),
        (None, "12 мая 1955 г.", "May 12, 1955", "the same date", ["number", "date"]),
        (None, "А. П. Кузнецов", "A. P. Kuznetsov", "the same name", ["name"], "minor"),
        (None, "1.150 тыс.", "1,150,000", "thousands written out", ["number"]),
        (None, "1,4 млн.", "1.4 million", "decimal comma", ["number"]),
        (None, "Сухэ-Баторского", "Sukhe-Bator", "an aimak as an adjective", ["name"], "minor"),
        (None, "Восточного", "Eastern", "an aimak translated", ["name", "term"], "minor"),
        (None, "на 1956 г.", "for 1956", "the same year", ["number", "date"]),
        (None, "1,5 млн.", "1.5 million", "decimal comma", ["number"]),
        (None, "300 тыс.", "300,000", "thousands written out", ["number"]),
        (None, "крупного рогатого скота", "cattle", "КРС = cattle", ["term", "omission"], "minor"),
        (None, "40 тыс.", "40,000", "thousands written out", ["number"]),
        (None, "5 руб. 60 коп.", "5 rubles 60 kopecks", "abbreviated units spelt out", ["number", "term"]),
        (None, "с 1952 г.", "since 1952", "the same year", ["number", "date"]),
        (None, "госхозов", "state farms", "госхоз = state farm", ["term"]),
        (None, "до 7 рублей", "to 7 rubles", "the same price", ["number"]),
        (None, "в июле", "in July", "the same month", ["number", "date"]),
        (None, "Улан-Баторского", "Ulaanbaatar", "the modern spelling of the capital", ["name"], "minor"),
        (None, "1 ч. 40 мин.", "1 hour 40 minutes", "abbreviated units spelt out", ["number", "date"]),
        (None, "Разослано", None, "distribution list", ["omission", "name"], "minor"),
    ],
    "notes": "Translation-first page, a record from the ambassador's diary. Planted: министр торговли -> Deputy Minister of Trade (title); a translator's sentence on 12 million tugriks lost (addition). Free: 1.150 тыс. = 1,150,000, руб./коп. spelt out, Улан-Баторского = Ulaanbaatar (modern spelling), КРС = cattle, the copy number and distribution list untranslated.",
}

DOCS["b05-sovmin-specialists-mpr-1950"] = {
    "genre": "Council of Ministers decision with an appendix list (pair)",
    "about": "Invented: the USSR Council of Ministers sends 167 specialists to the MPR for 1951 and sets their pay.",
    "ru": """‹u›ГА РФ, ф. Р-5446, оп. 1, д. 381, л. 204-206.

‹1›Совершенно секретно

‹2›СОВЕТ МИНИСТРОВ СССР
‹3›ПОСТАНОВЛЕНИЕ № 4218-1806сс
‹4›от 14 октября 1950 г. Москва, Кремль

‹5›О направлении советских специалистов в Монгольскую Народную Республику

‹6›Совет Министров Союза ССР ПОСТАНОВЛЯЕТ:

‹7›1. Удовлетворить просьбу Правительства МНР и направить в 1951 году в МНР на срок до двух лет советских специалистов в количестве 167 человек согласно приложению.

‹8›2. Обязать министерства и ведомства, указанные в приложении, подобрать специалистов и направить их в г. Улан-Батор не позднее 1 марта 1951 г.

‹9›3. Установить, что Правительство МНР выплачивает специалистам заработную плату в тугриках в размере должностного оклада по месту прежней работы. ‹u›Проезд специалистов и членов их семей до Улан-Батора и обратно оплачивается за счет Правительства МНР. ‹11›За специалистами сохраняется жилая площадь в СССР.

‹12›4. Поручить Министерству внешней торговли (т. Меньшиков) включить расходы по пребыванию специалистов в расчеты по клирингу с МНР.

‹13›Председатель Совета Министров Союза ССР И. СТАЛИН
‹14›Управляющий делами Совета Министров СССР Я. ЧАДАЕВ

‹15›Приложение
‹16›к постановлению Совета Министров СССР от 14 октября 1950 г. № 4218-1806сс

‹17›СПИСОК
‹18›советских специалистов, направляемых в МНР в 1951 г.

‹19›1. Геологи (Министерство геологии СССР) - 12 чел.
‹20›2. Зоотехники (Министерство сельского хозяйства СССР) - 30 чел.
‹21›3. Ветеринарные врачи (Министерство сельского хозяйства СССР) - 45 чел.
‹22›4. Инженеры-строители (Министерство строительства предприятий тяжелой индустрии) - 25 чел.
‹23›5. Преподаватели Монгольского государственного университета (Министерство высшего образования СССР) - 20 чел.
‹24›6. Врачи (Министерство здравоохранения СССР) - 35 чел.
‹25›Всего: 167 чел.
""",
    "en": """‹1›Top Secret

‹2›USSR COUNCIL OF MINISTERS
‹3›RESOLUTION No. 4218-1806ss
‹4›October 14, 1950, Moscow, the Kremlin

‹5›On Sending Soviet Specialists to the Mongolian People's Republic

‹6›The USSR Council of Ministers RESOLVES:

‹7›1. To grant the request of the Government of the MPR and to send 167 Soviet specialists to the MPR in 1951 for up to two years, in accordance with the appendix.

‹8›2. To oblige the ministries and departments named in the appendix to select the specialists and send them to Ulan Bator not later than March 1, 1951.

‹9›3. To establish that the Government of the MPR pays the specialists a salary in tugriks equal to the salary of their former post. ‹11›Their housing in the USSR is kept for them.

‹12›4. To instruct the Ministry of Foreign Trade (Cde. Menshikov) to include the costs of the specialists' stay in the clearing accounts with the MPR.

‹13›Chairman of the USSR Council of Ministers I. STALIN
‹14›Administrator of Affairs of the USSR Council of Ministers Ya. CHADAEV

‹15›Appendix
‹16›to the Resolution of the USSR Council of Ministers of October 14, 1950, No. 4218-1806ss

‹17›LIST
‹18›of Soviet Specialists to Be Sent to the MPR in 1951

‹19›1. Geologists (USSR Ministry of Geology) – 12
‹20›2. Agronomists (USSR Ministry of Agriculture) – 30
‹21›3. Veterinary surgeons (USSR Ministry of Agriculture) – 54
‹22›4. Civil engineers (Ministry of Heavy Industry Construction) – 25
‹23›5. Lecturers for the Mongolian State University (USSR Ministry of Higher Education) – 20
‹24›6. Physicians (USSR Ministry of Public Health) – 35
‹25›Total: 167
""",
    "required": [
        ("number", "- 45 чел.", "– 54", "45 veterinary surgeons are given as 54 (the total of 167 stays)"),
        ("term", "Зоотехники", "Agronomists", "livestock specialists (зоотехники) are given as agronomists"),
        (
            "omission",
            "Проезд специалистов",
            None,
            "the sentence on who pays the specialists' travel is omitted",
        ),
    ],
    "forbidden": [
        (None, "ГА РФ, ф. Р-5446", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            ("№ 4218-1806сс", "ПОСТАНОВЛЕНИЕ № 4218-1806сс"),
            ("No. 4218-1806ss", "RESOLUTION No. 4218-1806ss"),
            "a resolution number with its secrecy letters",
            ["number", "ocr"],
            "minor",
        ),
        (
            None,
            ("14 октября 1950 г.", "от 14 октября 1950 г. Москва"),
            ("October 14, 1950", "October 14, 1950, Moscow"),
            "the same date",
            ["number", "date"],
        ),
        (None, "Москва, Кремль", "Moscow, the Kremlin", "the same place", ["name"], "minor"),
        (None, "в 1951 году", "in 1951 for", "the same year", ["number", "date"]),
        (None, "до двух лет", "up to two years", "a number in words", ["number", "date"]),
        (None, "167 человек", "167 Soviet", "a count moved before its noun", ["number"]),
        (None, "г. Улан-Батор", "Ulan Bator", "г. (city) dropped", ["name", "omission"], "minor"),
        (None, "1 марта 1951 г.", "March 1, 1951", "the same date", ["number", "date"]),
        (None, "(т. Меньшиков)", "(Cde. Menshikov)", "the same name", ["name"], "minor"),
        (
            None,
            "Председатель Совета Министров Союза ССР",
            "Chairman of the USSR Council of Ministers",
            "the same title",
            ["title", "term"],
            "minor",
        ),
        (None, "Я. ЧАДАЕВ", "Ya. CHADAEV", "Я. = Ya.", ["name"], "minor"),
        (
            None,
            "Управляющий делами",
            "Administrator of Affairs",
            "the same office",
            ["title", "term"],
            "minor",
        ),
        (None, "- 12 чел.", "– 12", "чел. dropped", ["number"]),
        (None, "- 30 чел.", "– 30", "чел. dropped", ["number"]),
        (None, "- 25 чел.", "– 25", "чел. dropped", ["number"]),
        (None, "- 20 чел.", "– 20", "чел. dropped", ["number"]),
        (None, "- 35 чел.", "– 35", "чел. dropped", ["number"]),
        (None, "Всего: 167 чел.", "Total: 167", "the same total", ["number"]),
        (None, "Врачи (", "Physicians", "врачи = physicians", ["term", "title"], "minor"),
        (
            None,
            "Министерство строительства предприятий тяжелой индустрии",
            "Ministry of Heavy Industry Construction",
            "the same ministry, words turned",
            ["term", "name"],
            "minor",
        ),
        (None, "Приложение", "Appendix", "an appendix heading", ["omission", "addition"], "minor"),
    ],
    "notes": "Pair, a Council of Ministers resolution and its appendix list. Planted: 45 veterinary surgeons -> 54 (number; the total 167 stays); Зоотехники -> Agronomists (term); the sentence on travel costs omitted. Free: чел. dropped, сс = ss, a count moved before its noun, Я. = Ya.",
}

DOCS["b06-note-mid-border-demarcation-1956"] = {
    "genre": "note of an MFA department (page, translation first, an editor's footnote)",
    "about": "Invented: the Far Eastern Department reviews the demarcation of the Soviet-Mongolian border and proposes a new commission and winter grazing passes.",
    "page": {
        "date": "January 26, 1956",
        "title": "Note of the Far Eastern Department of the USSR MFA on the Demarcation of the Soviet-Mongolian Border",
        "ref": "bd-0206",
        "translator": "R. Keane",
        "summary": "The Department reports destroyed boundary markers and a dispute over winter pastures on the Tes river and proposes a mixed commission for 1957.",
        "fields": [
            ("Associated Places", "Mongolia; Tuva (Russia); Uvs Lake"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›Secret

‹2›NOTE
‹3›on the Demarcation of the Soviet-Mongolian State Border

‹4›The Soviet-Mongolian state border has a total length of 3,485 km. ‹5›On the section from Mount Tavan Bogd to Lake Khövsgöl the line of the border was defined by the Protocol of 1932, ‹6›and on the section adjoining the Tuvinian Autonomous Region by the Agreement of May 13, 1940.

‹7›The border was demarcated by a mixed Soviet-Mongolian commission in 1941-1944. ‹8›It set up 1,122 boundary markers on the ground; ‹9›on a stretch of some 180 km in the Tannu-Ola range, however, the markers have been destroyed by rockfalls and floods.

‹10›In 1955 the Mongolian side raised three times the question of the disputed pastures on the upper Tes,1 ‹11›where the arats of the Uvs aimag have always grazed their livestock on Tuvinian territory in winter.

‹12›The Ministry of Foreign Affairs considers it advisable:
‹13›1) to propose to the Government of the MPR that a new mixed commission be set up in 1957 to check the line of the border and restore the lost markers;
‹14›2) to allow the arats of the Ubsa-Nur aimak to graze up to 60,000 head of livestock on Soviet territory near the Tes river under passes issued every year.

‹15›Head of the Far Eastern Department of the USSR MFA
‹16›I. KURDYUKOV
‹17›January 26, 1956

‹u›1 The Tes (Tesiin Gol) rises in the MPR and flows into Lake Uvs. – Ed.""",
    "ru": """‹u›АВП РФ, ф. 0111, оп. 41, п. 236, д. 22, л. 3-6.

‹1›Секретно

‹2›СПРАВКА
‹3›о демаркации советско-монгольской государственной границы

‹4›Общая протяженность советско-монгольской государственной границы составляет 3.485 км. ‹5›Линия границы на участке от горы Табын-Богдо-Ола до озера Хубсугул определена Протоколом 1932 г., ‹6›а на участке, прилегающем к Тувинской автономной области, - Соглашением от 13 мая 1940 г.

‹7›Демаркация границы проводилась смешанной советско-монгольской комиссией в 1941-1944 гг. ‹8›На местности установлено 1.212 пограничных знаков, ‹9›однако на участке протяженностью около 180 км в районе хребта Сайлюгем знаки разрушены обвалами и паводками.

‹10›В 1955 г. монгольская сторона трижды поднимала вопрос о спорных пастбищах в верховьях р. Тэс, ‹11›где араты Убсанурского аймака издавна выпасают скот на территории Тувы в зимний период.

‹12›Министерство иностранных дел считает целесообразным:
‹13›1) предложить Правительству МНР создать в 1957 г. новую смешанную комиссию для проверки линии границы и восстановления утраченных знаков;
‹14›2) разрешить аратам Убсанурского аймака выпас на советской территории в районе р. Тэс до 60 тыс. голов скота по ежегодно выдаваемым пропускам.

‹15›Заведующий Дальневосточным отделом МИД СССР
‹16›И. КУРДЮКОВ
‹17›26 января 1956 г.""",
    "required": [
        ("number", "1.212", "1,122", "1,212 boundary markers are given as 1,122"),
        (
            "name",
            "Сайлюгем",
            "Tannu-Ola",
            "the markers lost in the Sailyugem range are placed in the Tannu-Ola range",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0111", None, "archive reference", ["omission", "number"], "minor"),
        (None, "СПРАВКА", "NOTE", "справка = note", ["term", "omission"], "minor"),
        (None, "3.485 км", "3,485 km", "thousands separator", ["number"]),
        (None, "Табын-Богдо-Ола", "Tavan Bogd", "the modern name of the mountain", ["name"], "minor"),
        (None, "Хубсугул", "Khövsgöl", "the modern spelling with diacritics", ["name", "ocr"], "minor"),
        (None, "Протоколом 1932 г.", "Protocol of 1932", "the same year", ["number", "date"]),
        (
            None,
            "Тувинской автономной области",
            "Tuvinian Autonomous Region",
            "the same region",
            ["name", "term"],
            "minor",
        ),
        (None, "13 мая 1940 г.", "May 13, 1940", "the same date", ["number", "date"]),
        (None, "1941-1944 гг.", ("1941-1944", "in 1941-1944"), "the same years", ["number", "date"]),
        (None, "около 180 км", "some 180 km", "the same estimate", ["number"]),
        (None, "В 1955 г.", "In 1955", "the same year", ["number", "date"]),
        (None, "трижды", "three times", "a number in words", ["number"]),
        (
            None,
            ("р. Тэс", "верховьях р. Тэс"),
            ("Tes", "upper Tes"),
            "р. (river) dropped",
            ["name", "omission"],
            "minor",
        ),
        (
            None,
            ("Убсанурского аймака", "араты Убсанурского"),
            ("Uvs aimag", "the Uvs aimag"),
            "the modern name of the aimak",
            ["name"],
            "minor",
        ),
        (
            None,
            ("Убсанурского аймака", "аратам Убсанурского"),
            ("Ubsa-Nur aimak", "the Ubsa-Nur aimak"),
            "the period name of the aimak",
            ["name"],
            "minor",
        ),
        (None, "в 1957 г.", "in 1957", "the same year", ["number", "date"]),
        (None, "до 60 тыс. голов", "up to 60,000 head", "thousands written out, words moved", ["number"]),
        (
            None,
            "Дальневосточным отделом",
            "Far Eastern Department",
            "the same department",
            ["term", "name"],
            "minor",
        ),
        (None, "И. КУРДЮКОВ", "I. KURDYUKOV", "the same name", ["name"], "minor"),
        (
            None,
            "26 января 1956 г.",
            ("January 26, 1956", "KURDYUKOV\nJanuary 26, 1956"),
            "the same date",
            ["number", "date"],
        ),
        (None, None, "The Tes (Tesiin Gol)", "an editor's footnote", ["addition"], "minor"),
    ],
    "notes": "Translation-first page with an editor's footnote. Planted: 1.212 -> 1,122 boundary markers (number); хребет Сайлюгем -> the Tannu-Ola range (place). Free: modern and period names side by side (Табын-Богдо-Ола = Tavan Bogd, Хубсугул = Khövsgöl, Убсанурский = Uvs and Ubsa-Nur), р. dropped, трижды in words, a footnote mark glued to a word.",
}
