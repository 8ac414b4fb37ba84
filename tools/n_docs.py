# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented n documents of archival-own (read by build_archival_n.py): the weak spots earlier helpers named.

Each document plants one of the reported weak spots, as a real discrepancy or as a trap: a woman's surname
given as a man's, a Roman-numbered department renumbered, a title word inside a ship's or an aircraft's name,
firm abbreviations (Co. Ltd., Bros., Inc.) inside a sentence, a heading in capitals with no full stop, a short
deadline sentence after a dash, translation-first pages with no blank lines and headers with other fields.
The series imitated: k (Soviet-Korean and Soviet-Chinese cables, notes and decisions), m (Mongolia), s (Stalin's
wartime correspondence). Every text is invented (persons are real names in made-up contexts; figures, dates and
file marks are made up). Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other
side marked ``‹k›``; ``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English
words, why); forbidden: (None, Russian, English, why, kinds, max severity).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["n01-mid-memo-far-east-fishing-1952"] = {
    "genre": "MID memorandum (pair), a Roman-numbered department and a deadline after a dash",
    "about": "Invented: the Far Eastern department of the MID proposes a reply to the DPRK on a fishing agreement.",
    "ru": """‹u›АВП РФ, ф. 0102, оп. 8, п. 41, д. 17, л. 5-6.

‹1›Секретно

‹2›ЗАМЕСТИТЕЛЮ МИНИСТРА ИНОСТРАННЫХ ДЕЛ СССР
‹3›товарищу ГРОМЫКО А. А.

‹4›Посольство КНДР в Москве в ноте от 11 марта 1952 г. просит ускорить рассмотрение проекта соглашения о рыболовстве в Японском море. ‹5›Корейская сторона предлагает разрешить лов рыбы 40 корейским шхунам в районе залива Посьет в течение летней путины.

‹6›I Дальневосточный отдел считает возможным дать согласие на лов в пределах 12-мильной зоны южнее мыса Гамова, при условии что шхуны будут заходить только в порт Посьет. ‹7›Министерство рыбной промышленности СССР (т. Ишков) с этим предложением согласно.

‹8›Проект ответной ноты прилагается. ‹9›Срок - 10 дней.

‹10›Заведующий I Дальневосточным отделом
‹11›Г. ЗАРУБИН

‹12›19 марта 1952 г.
‹u›№ 214/1дв
""",
    "en": """‹1›Secret

‹2›TO THE DEPUTY MINISTER OF FOREIGN AFFAIRS OF THE USSR
‹3›Comrade A. A. GROMYKO

‹4›In its note of March 11, 1952, the DPRK Embassy in Moscow asks us to speed up our consideration of the draft fishing agreement for the Sea of Japan. ‹5›The Korean side proposes that 14 Korean schooners be allowed to fish in Posyet Bay during the summer season.

‹6›The Second Far Eastern Department considers it possible to agree to fishing within the 12-mile zone south of Cape Gamov, provided that the schooners call only at the port of Posyet. ‹7›The USSR Ministry of the Fishing Industry (Comrade Ishkov) agrees with this proposal.

‹8›A draft of the note in reply is attached. ‹9›Deadline - 10 days.

‹10›Head of the First Far Eastern Department
‹11›G. ZARUBIN

‹12›March 19, 1952
""",
    "required": [
        (
            "term",
            "I Дальневосточный отдел",
            "Second Far Eastern Department",
            "the I (First) Far Eastern Department is given as the Second",
        ),
        ("number", "40 корейским шхунам", "14 Korean schooners", "40 schooners are given as 14"),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0102", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "I Дальневосточным отделом",
            "First Far Eastern Department",
            "the Roman I rendered as First",
            ["name", "number", "term"],
        ),
        (None, "11 марта 1952 г.", "March 11, 1952", "the same date", ["number", "date"]),
        (None, "12-мильной зоны", "12-mile zone", "the same limit", ["number"]),
        (
            None,
            "Срок - 10 дней.",
            "Deadline - 10 days.",
            "a short deadline sentence",
            ["omission", "addition", "number"],
        ),
        (None, "19 марта 1952 г.", "March 19, 1952", "the same date", ["number", "date"]),
        (None, "№ 214/1дв", None, "an outgoing number is apparatus", ["omission", "number"], "minor"),
        (None, "залива Посьет", "Posyet Bay", "a place in the genitive", ["name"], "minor"),
        (None, "(т. Ишков)", "(Comrade Ishkov)", "the same person", ["name", "title"], "minor"),
    ],
    "notes": "Pair. Planted: I Дальневосточный отдел -> Second Far Eastern Department (the signature keeps First); 40 schooners -> 14. Free: 'Срок - 10 дней.' as its own sentence, the outgoing number untranslated.",
}

DOCS["n02-shtykov-japanese-firms-1949"] = {
    "genre": "ciphered telegram (page, translation first, no blank lines between sections), firm abbreviations",
    "about": "Invented: the ambassador in Pyongyang reports Japanese and American firms trading through Dairen.",
    "page": {
        "date": "October 8, 1949",
        "title": "Ciphered Telegram from T. F. Shtykov to A. Ya. Vyshinsky on Foreign Firms in Dairen",
        "ref": "nd-0102",
        "translator": "H. Lowe",
        "summary": "The ambassador reports that Korean trade organisations buy rubber and tin through Japanese and American intermediaries in Dairen.",
        "fields": [
            ("Associated Places", "Dairen (China); Pyongyang (Korea)"),
            (
                "Associated People & Organizations",
                "Shtykov, Terentii Fomich, 1907-1964; Vyshinsky, Andrei Yanuarevich, 1883-1954",
            ),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
        "sep": "\n",
    },
    "en": """‹1›CIPHERED TELEGRAM
‹2›From Pyongyang
‹3›MOSCOW, MFA USSR - to Comrade VYSHINSKY
‹4›According to the DPRK Ministry of Trade, in August and September the Korean trade company Chosŏn Muyŏk bought 320 tons of crude rubber in Dairen from the firm of Mitsui Bussan Co. Ltd. of Tokyo through a Chinese intermediary. ‹5›The tin came from the American firm of Wallace Bros. Inc. of San Francisco, which has an agent in Dairen.
‹6›Payment was made in Hong Kong dollars through the Bank of China.
‹7›I believe that such purchases should be stopped and the Koreans supplied from our own stocks. ‹8›I request your instructions.
‹9›SHTYKOV
‹10›No. 1187
‹11›7.X.49""",
    "ru": """‹1›ШИФРОВКА
‹2›Из ПХЕНЬЯНА
‹3›МОСКВА, МИД СССР - тов. ВЫШИНСКОМУ
‹4›По данным Министерства торговли КНДР, в августе-сентябре корейская торговая компания «Чосон Муёк» закупила в Дальнем через китайского посредника 230 тонн каучука-сырца у фирмы «Мицуи Буссан Ко. Лтд.» (Токио). ‹5›Олово поступило от американской фирмы «Уоллес Бразерс Инк.» из Сан-Франциско, имеющей агента в Дальнем.
‹6›Оплата производилась в гонконгских долларах через Банк Китая. ‹u›Общая сумма сделок превысила 410 тыс. долларов.
‹7›Считаю, что такие закупки следует прекратить, а корейцев снабжать из наших запасов. ‹8›Прошу Ваших указаний.
‹9›ШТЫКОВ
‹10›№ 1187
‹11›8.X.49""",
    "required": [
        ("number", "230 тонн", "320 tons", "230 tons of rubber are given as 320"),
        (
            "omission",
            "Общая сумма сделок",
            None,
            "the sentence on the deals' total (over 410,000 dollars) is not translated",
        ),
        ("date", "8.X.49", "7.X.49", "the telegram is dated 8 October 1949, not the 7th"),
    ],
    "forbidden": [
        (
            None,
            "«Мицуи Буссан Ко. Лтд.» (Токио)",
            "Mitsui Bussan Co. Ltd. of Tokyo",
            "a firm's name with its abbreviations",
            ["name", "omission", "addition"],
            "minor",
        ),
        (
            None,
            "«Уоллес Бразерс Инк.»",
            "Wallace Bros. Inc.",
            "a firm's name with its abbreviations",
            ["name", "omission", "addition"],
            "minor",
        ),
        (None, "«Чосон Муёк»", "Chosŏn Muyŏk", "a Korean name through Russian", ["name"], "minor"),
        (
            None,
            ("в Дальнем", "закупила в Дальнем"),
            ("Dairen", "rubber in Dairen"),
            "Дальний is Dairen",
            ["name"],
            "minor",
        ),
        (None, "№ 1187", "No. 1187", "the telegram number", ["number"]),
        (None, "в августе-сентябре", "in August and September", "months", ["number", "date"]),
    ],
    "notes": "Translation-first page with no blank lines. Planted: 230 -> 320 tons; the sentence on the 410,000-dollar total omitted; 8.X.49 -> 7.X.49. Traps: Co. Ltd. and Bros. Inc. inside sentences.",
}

DOCS["n03-razuvaev-aircraft-transfer-1952"] = {
    "genre": "report of the chief military adviser (pair), aircraft and ship names with title words",
    "about": "Invented: the chief military adviser reports the hand-over of aircraft and the arrival of a ship in Chongjin.",
    "ru": """‹u›ЦАМО РФ, ф. 5, оп. 918795, д. 124, л. 88-90.

‹1›Совершенно секретно

‹2›ВОЕННОМУ МИНИСТРУ СССР
‹3›Маршалу Советского Союза ВАСИЛЕВСКОМУ А. М.

‹4›ДОКЛАД

‹5›Докладываю, что 14 апреля 1952 г. командованию ВВС КНА передано 26 самолетов «Кинг Кобра», прибывших из Читы. ‹6›Самолеты прошли облет на аэродроме Синыйчжу, 3 самолета требуют замены двигателей.

‹7›16 апреля в порт Чхонджин прибыл пароход «Адмирал Нахимов» с грузом горючего в количестве 4.200 тонн. ‹8›Разгрузка закончена 19 апреля.

‹9›Генерал-лейтенант Ли Ен Хо просил ускорить отправку запасных частей к самолетам. ‹10›Считаю эту просьбу обоснованной.

‹11›Главный военный советник при Главнокомандующем КНА
‹12›генерал-лейтенант РАЗУВАЕВ

‹13›22 апреля 1952 г.
""",
    "en": """‹1›Top Secret

‹2›TO THE MINISTER OF WAR OF THE USSR
‹3›Marshal of the Soviet Union A. M. VASILEVSKY

‹4›REPORT

‹5›I report that on April 14, 1952, 26 King Cobra aircraft, which arrived from Chita, were handed over to the KPA Air Force command. ‹6›The aircraft were test-flown at Sinuiju airfield; 3 of them need new engines.

‹7›On April 16 the steamer Admiral Nakhimov arrived at the port of Chongjin with 4,200 tons of fuel. ‹8›Unloading was completed on April 29.

‹9›Major General Yi Yong-ho asked that the dispatch of spare parts for the aircraft be speeded up. ‹10›I consider this request justified. ‹u›The parts were in fact sent from Chita in May.

‹11›Chief Military Adviser to the Commander-in-Chief of the KPA
‹12›Lieutenant General RAZUVAEV

‹13›April 22, 1952
""",
    "required": [
        ("date", "19 апреля", "April 29", "unloading ended on 19 April, not 29"),
        (
            "title",
            "Генерал-лейтенант Ли Ен Хо",
            "Major General Yi Yong-ho",
            "a lieutenant general is given as a major general",
        ),
        (
            "addition",
            None,
            "The parts were in fact sent",
            "the translator's sentence on the parts sent in May has no source",
        ),
    ],
    "forbidden": [
        (None, "ЦАМО РФ, ф. 5", None, "archive reference", ["omission", "number"], "minor"),
        (None, "«Кинг Кобра»", "King Cobra", "an aircraft's name, not a title", ["title", "name"], "minor"),
        (
            None,
            "«Адмирал Нахимов»",
            "Admiral Nakhimov",
            "a ship's name, not a title",
            ["title", "name"],
            "minor",
        ),
        (None, "Маршалу Советского Союза", "Marshal of the Soviet Union", "the same rank", ["title"]),
        (None, "14 апреля 1952 г.", "April 14, 1952", "the same date", ["number", "date"]),
        (None, "4.200 тонн", "4,200 tons", "thousands dot", ["number"]),
        (None, "3 самолета", "3 of them", "the same count", ["number"]),
        (
            None,
            "генерал-лейтенант РАЗУВАЕВ",
            "Lieutenant General RAZUVAEV",
            "the same rank",
            ["title", "name"],
        ),
        (None, "22 апреля 1952 г.", "April 22, 1952", "the same date", ["number", "date"]),
    ],
    "notes": "Pair. Planted: 19 -> 29 April (date); генерал-лейтенант -> Major General (title); a translator's sentence added. Traps: King Cobra and Admiral Nakhimov are names, not titles.",
}

DOCS["n04-politburo-mpr-doctors-1951"] = {
    "genre": "Politburo decision (page, Russian first, header with other fields), women's surnames",
    "about": "Invented: the Politburo sends Soviet doctors to the MPR; two women doctors lead the groups.",
    "page": {
        "date": "June 2, 1951",
        "title": "Politburo Decision on Sending Soviet Doctors to the Mongolian People's Republic",
        "ref": "nd-0104",
        "translator": "C. Pratt",
        "summary": "Twenty-two Soviet doctors and nurses are sent to the MPR for two years to fight brucellosis and plague.",
        "fields": [
            (
                "Original Archive",
                "Russian State Archive of Socio-Political History (RGASPI), Fond 17, Opis 162, Delo 46 (constructed reference)",
            ),
            ("Associated Places", "Ulaanbaatar (Mongolia); Khovd (Mongolia)"),
            ("Keywords", "Medicine; Public health; Soviet specialists"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›РГАСПИ, ф. 17, оп. 162, д. 46, л. 12.

‹1›Строго секретно

‹2›Из протокола № 82 заседания Политбюро ЦК ВКП(б)

‹3›Решение от 2 июня 1951 г.

‹4›О командировании советских медицинских работников в МНР

‹5›1. Удовлетворить просьбу Правительства МНР и командировать в Монгольскую Народную Республику сроком на два года 22 врача и медицинских сестры для борьбы с бруцеллезом и чумой.

‹6›2. Руководителем группы в Улан-Баторе назначить врача-эпидемиолога Н. П. Мальцеву, руководителем группы в Кобдо - врача Е. С. Орлову.

‹7›3. Обязать Минздрав СССР (т. Смирнова) отобрать работников и отправить их в МНР не позднее 1 августа 1951 г. ‹8›Расходы по проезду отнести за счет союзного бюджета.

‹9›4. Поручить т. Мальцевой ежеквартально информировать Минздрав СССР о ходе работы.

‹10›СЕКРЕТАРЬ ЦК""",
    "en": """‹1›Strictly Secret

‹2›From Protocol No. 82 of the Meeting of the Politburo of the CC of the VKP(b)

‹3›Decision of June 2, 1951

‹4›On Sending Soviet Medical Workers to the MPR

‹5›1. To grant the request of the Government of the MPR and to send 22 doctors and nurses to the Mongolian People's Republic for two years to fight brucellosis and plague.

‹6›2. To appoint the epidemiologist N. P. Maltsev head of the group in Ulaanbaatar, and Dr. E. S. Orlova head of the group in Khovd.

‹7›3. To instruct the USSR Ministry of Health (Comrade Smirnov) to select the staff and send them to the MPR no later than August 1, 1951. ‹8›Travel costs are to be charged to the Union budget.

‹9›4. To instruct Comrade Maltseva to report to the USSR Ministry of Health every quarter on the progress of the work.

‹10›SECRETARY OF THE CC""",
    "required": [
        (
            "name",
            "Н. П. Мальцеву",
            "N. P. Maltsev",
            "the woman doctor Мальцева is given as Maltsev, a man's form of the surname: a reader takes her for a man",
        ),
    ],
    "forbidden": [
        (None, "РГАСПИ, ф. 17", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Е. С. Орлову", "E. S. Orlova", "a woman's surname in the accusative", ["name"]),
        (None, "т. Мальцевой", "Comrade Maltseva", "a woman's surname in the dative", ["name"]),
        (None, "(т. Смирнова)", "(Comrade Smirnov)", "a man's surname in the genitive", ["name"]),
        (None, "протокола № 82", "Protocol No. 82", "the same protocol", ["number"]),
        (None, "2 июня 1951 г.", "June 2, 1951", "the same date", ["number", "date"]),
        (None, "1 августа 1951 г.", "August 1, 1951", "the same date", ["number", "date"]),
        (None, "22 врача", "22 doctors", "the same count", ["number"]),
        (None, "на два года", "for two years", "a number in words", ["number"]),
        (None, "в Кобдо", "in Khovd", "Кобдо is the old name of Khovd", ["name"], "minor"),
        (None, "в Улан-Баторе", "in Ulaanbaatar", "a place in the locative", ["name"], "minor"),
    ],
    "notes": "Russian-first page with Keywords and archive fields in the header. Planted: Мальцеву -> Maltsev (a woman's surname as a man's; a name note). Traps: Maltseva and Orlova (women's names declined), Smirnov (a man's name in the genitive).",
}

DOCS["n05-stalin-churchill-yugoslavia-1944"] = {
    "genre": "personal and secret message (page, translation first, no blank lines), Marshal Tito",
    "about": "Invented: Stalin answers Churchill on supplies to the Yugoslav partisans and a meeting with Tito.",
    "page": {
        "date": "August 19, 1944",
        "title": "Message from J. V. Stalin to W. Churchill on Supplies to the Yugoslav Army of Liberation",
        "ref": "nd-0105",
        "translator": "A. Reid",
        "summary": "Stalin agrees to coordinate air supply to the Yugoslav partisans and welcomes Churchill's meeting with Tito in Italy.",
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
        "sep": "\n",
    },
    "en": """‹1›PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRIME MINISTER, MR. W. CHURCHILL
‹2›I have received your message of August 14 about your talks with Marshal Tito at Naples.
‹3›I share your view that supplies to the National Liberation Army of Yugoslavia should be coordinated between our air forces. ‹4›The Soviet Air Force is able to fly in up to 200 tons of arms and ammunition a month from Bari, ‹5›provided that the British command grants us the use of two airfields in southern Italy.
‹6›I have no objection to King Peter's government sending its representatives to Marshal Tito's headquarters. ‹u›I must say frankly that I do not expect much from them.
‹7›August 19, 1944""",
    "ru": """‹1›ЛИЧНО И СЕКРЕТНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ
‹2›Ваше послание от 14 августа о Ваших переговорах с маршалом Тито в Неаполе получил.
‹3›Разделяю Ваше мнение, что снабжение Национально-освободительной армии Югославии должно согласовываться между нашими военно-воздушными силами. ‹4›Советская авиация может перебрасывать из Бари до 300 тонн оружия и боеприпасов в месяц, ‹5›если английское командование предоставит нам в пользование два аэродрома в Южной Италии.
‹6›Не возражаю против посылки правительством короля Петра своих представителей в штаб маршала Тито.
‹7›19 августа 1944 года""",
    "required": [
        ("number", "до 300 тонн", "up to 200 tons", "up to 300 tons a month are given as 200"),
        (
            "addition",
            None,
            "I must say frankly",
            "the sentence on expecting little of the king's envoys has no source",
        ),
    ],
    "forbidden": [
        (
            None,
            "маршалом Тито",
            ("Marshal Tito", "talks with Marshal Tito"),
            "the same title and name",
            ["title", "name"],
        ),
        (
            None,
            "штаб маршала Тито",
            "Marshal Tito's headquarters",
            "the same title and name",
            ["title", "name"],
        ),
        (None, "короля Петра", "King Peter's", "the same king", ["title", "name"]),
        (None, "14 августа", "August 14", "the same date", ["number", "date"]),
        (None, "два аэродрома", "two airfields", "a number in words", ["number"]),
        (None, "19 августа 1944 года", "August 19, 1944", "the same date", ["number", "date"]),
        (None, "в Неаполе", "at Naples", "a place in the locative", ["name"], "minor"),
    ],
    "notes": "Translation-first page with no blank lines. Planted: 300 -> 200 tons; a translator's sentence added. Traps: Marshal Tito (a real title with a name), King Peter.",
}

DOCS["n06-mid-note-prc-consulates-1953"] = {
    "genre": "note verbale (pair), headings in capitals with no full stop, a deadline after a dash",
    "about": "Invented: the MID answers the PRC embassy on opening consulates and on staff numbers.",
    "ru": """‹u›АВП РФ, ф. 0100, оп. 46, п. 362, д. 12, л. 31.

‹1›МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ СОЮЗА ССР
‹2›№ 41/II дв
‹3›НОТА
‹4›Министерство Иностранных Дел Союза Советских Социалистических Республик свидетельствует свое уважение Посольству Китайской Народной Республики и, в ответ на ноту Посольства № 77 от 9 февраля 1953 г., имеет честь сообщить следующее.

‹5›1. СОГЛАСИЕ НА ОТКРЫТИЕ КОНСУЛЬСТВ
‹6›Советское Правительство согласно на открытие Генеральных консульств КНР в Иркутске и Хабаровске. ‹7›Штат каждого консульства не должен превышать 9 человек.

‹8›2. ПОРЯДОК ОФОРМЛЕНИЯ
‹9›Список сотрудников консульств Посольству надлежит представить в II Дальневосточный отдел Министерства. ‹10›Срок - один месяц.

‹11›Министерство пользуется случаем, чтобы возобновить Посольству уверения в своем высоком уважении.

‹12›Москва, 24 февраля 1953 года
""",
    "en": """‹1›MINISTRY OF FOREIGN AFFAIRS OF THE USSR
‹2›No. 41/II dv
‹3›NOTE
‹4›The Ministry of Foreign Affairs of the Union of Soviet Socialist Republics presents its compliments to the Embassy of the People's Republic of China and, in reply to the Embassy's note No. 77 of February 9, 1953, has the honour to state the following.

‹5›1. CONSENT TO THE OPENING OF CONSULATES
‹6›The Soviet Government agrees to the opening of Consulates General of the PRC in Irkutsk and Khabarovsk. ‹7›The staff of each consulate must not exceed 19 persons.

‹8›2. PROCEDURE
‹9›The Embassy is to submit the list of consular staff to the Second Far Eastern Department of the Ministry. ‹10›Deadline - one month.

‹11›The Ministry avails itself of this opportunity to renew to the Embassy the assurances of its high consideration.

‹12›Moscow, February 24, 1953
""",
    "required": [
        ("number", "9 человек", "19 persons", "a staff of 9 persons is given as 19"),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0100", None, "archive reference", ["omission", "number"], "minor"),
        (None, "№ 41/II дв", "No. 41/II dv", "the note's number", ["number"]),
        (
            None,
            "II Дальневосточный отдел",
            "Second Far Eastern Department",
            "the Roman II rendered as Second",
            ["name", "number", "term"],
        ),
        (
            None,
            "Срок - один месяц.",
            "Deadline - one month.",
            "a short deadline sentence",
            ["omission", "addition", "number"],
        ),
        (
            None,
            "№ 77 от 9 февраля 1953 г.",
            "No. 77 of February 9, 1953",
            "the same note and date",
            ["number", "date"],
        ),
        (None, "2. ПОРЯДОК ОФОРМЛЕНИЯ", "2. PROCEDURE", "a heading shortened", ["omission", "term"], "minor"),
        (None, "24 февраля 1953 года", "February 24, 1953", "the same date", ["number", "date"]),
        (None, "в Иркутске", "in Irkutsk", "a place in the locative", ["name"], "minor"),
    ],
    "notes": "Pair, headings in capitals with no full stop and no blank line before the text. Planted: 9 -> 19 persons. Traps: II Дальневосточный = Second Far Eastern (right), the deadline sentence after a dash.",
}

DOCS["n07-choibalsan-letter-veterinary-1947"] = {
    "genre": "letter of the MPR leader (page, Russian first), a woman's surname, a title changed",
    "about": "Invented: Choibalsan thanks the Soviet government for veterinary help and asks for a laboratory.",
    "page": {
        "date": "November 12, 1947",
        "title": "Letter from Kh. Choibalsan to I. V. Stalin on Veterinary Assistance",
        "ref": "nd-0107",
        "translator": "J. Brandt",
        "summary": "Choibalsan thanks Stalin for the veterinary expedition and asks for a vaccine laboratory in Ulaanbaatar.",
        "fields": [
            (
                "Associated People & Organizations",
                "Choibalsan, Khorloogiin, 1895-1952; Stalin, Joseph, 1878-1953",
            ),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
        "sep": "\n\n\n",
    },
    "ru": """‹1›Председателю Совета Министров СССР
‹2›Генералиссимусу товарищу СТАЛИНУ И. В.

‹3›Дорогой Иосиф Виссарионович!

‹4›От имени Правительства Монгольской Народной Республики выражаю Вам глубокую благодарность за помощь, оказанную нашей стране советской ветеринарной экспедицией. ‹5›За лето 1947 года экспедиция привила против чумы свыше 1.800 тысяч голов скота.

‹6›Особенно отмечаю работу руководителя экспедиции профессора А. И. Кравцовой, ‹7›которая провела три месяца в Гоби-Алтайском аймаке.

‹8›Прошу Вас рассмотреть вопрос о строительстве в Улан-Баторе биофабрики по производству вакцин мощностью 5 млн. доз в год.

‹9›С глубоким уважением
‹10›Премьер-Министр МНР
‹11›Маршал Х. ЧОЙБАЛСАН

‹12›г. Улан-Батор, 12 ноября 1947 г.""",
    "en": """‹1›To the Chairman of the Council of Ministers of the USSR
‹2›Generalissimo Comrade I. V. STALIN

‹3›Dear Iosif Vissarionovich,

‹4›On behalf of the Government of the Mongolian People's Republic I express to you our deep gratitude for the help given to our country by the Soviet veterinary expedition. ‹5›In the summer of 1947 the expedition vaccinated more than 1,800,000 head of livestock against plague.

‹6›I particularly note the work of the head of the expedition, Professor A. I. Kravtsova, ‹7›who spent three months in the Gobi-Altai aimag.

‹8›I ask you to consider building a biological plant in Ulaanbaatar to produce 5 million doses of vaccine a year.

‹9›With deep respect,
‹10›Chairman of the Council of Ministers of the MPR
‹11›Marshal Kh. CHOIBALSAN

‹12›Ulaanbaatar, November 12, 1947""",
    "required": [
        (
            "title",
            "Премьер-Министр МНР",
            "Chairman of the Council of Ministers of the MPR",
            "Премьер-Министр (Prime Minister) is given as Chairman of the Council of Ministers",
        ),
    ],
    "forbidden": [
        (
            None,
            "профессора А. И. Кравцовой",
            "Professor A. I. Kravtsova",
            "a woman's surname in the genitive",
            ["name", "title"],
        ),
        (None, "Маршал Х. ЧОЙБАЛСАН", "Marshal Kh. CHOIBALSAN", "the same title and name", ["title", "name"]),
        (None, "Генералиссимусу", "Generalissimo", "the same rank", ["title"]),
        (None, "1.800 тысяч голов", "1,800,000 head", "thousands of thousands", ["number"]),
        (None, "5 млн. доз", "5 million doses", "млн.", ["number"]),
        (None, "три месяца", "three months", "a number in words", ["number"]),
        (None, "лето 1947 года", "summer of 1947", "the same year", ["number", "date"]),
        (None, "12 ноября 1947 г.", "November 12, 1947", "the same date", ["number", "date"]),
        (
            None,
            "Гоби-Алтайском аймаке",
            "Gobi-Altai aimag",
            "a Mongolian province",
            ["name", "term"],
            "minor",
        ),
    ],
    "notes": "Russian-first page with three-line separators. Planted: Премьер-Министр -> Chairman of the Council of Ministers (title). Traps: Kravtsova (a woman's surname in the genitive), Marshal Choibalsan, 1.800 тысяч.",
}
