# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented a documents of archival-own (read by build_archival_a.py): Korean War and DPRK records, 1949-1951.

They imitate one series of the development corpus: ciphered telegrams of the ambassador and chief military
adviser in Pyongyang, Politburo decisions on deliveries, records of talks with Chinese leaders, reports on the
Korean People's Army, notes verbales and letters of Korean leaders to Stalin, with Korean and Chinese names in
period Russian transliteration. Translations are free as published ones are. Every text is invented (persons are
real names in made-up contexts; figures, dates and file marks are made up). Format as in t_docs.py: ``‹k›`` links
a sentence (or part) to the part of the other side marked ``‹k›``; ``‹u›`` marks a sentence with no counterpart.
Required: (kind, Russian words, English words, why); forbidden: (None, Russian, English, why, kinds, max
severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["a01-razuvaev-air-defence-pyongyang-1951"] = {
    "genre": "ciphered telegram (pair, typed lines with hyphenation)",
    "about": "Invented: Ambassador and chief military adviser Razuvaev reports to Filippov [Stalin] a night raid on Pyongyang and the Koreans' request for anti-aircraft guns, searchlights and radar.",
    "ru": """‹1›ШИФРОВКА

‹2›Сов. секретно
‹3›Экз. № 3

‹4›Из ПХЕНЬЯНА
‹5›Отправлено 14.V.51 г. 23 ч. 10 м.
‹6›Получено 15.V.51 г. 05 ч. 40 м.
‹7›Вх. № 4127/ш

‹8›МОСКВА - тов. ФИЛИППОВУ

‹9›В ночь на 12 мая противник силами до 40 бомбардировщиков Б-29 нанес
удар по Пхеньяну. ‹10›Разрушены железнодорожный узел и два моста через
р. Тэдонган, повреждена электростанция. ‹11›Зенитной артиллерией сбито
4 самолета, истребители 64-го авиакорпуса в бой не вступали, т.к.
налет производился ночью.

‹12›13 мая меня пригласил Ким Ир Сен и в присутствии начальника Гене-
рального штаба КНА Нам Ира поставил вопрос об усилении противовоз-
душной обороны Пхеньяна. ‹13›Ким Ир Сен считает, что имеющиеся в городе
два зенитных полка не в состоянии прикрыть одновременно город, мосты
и аэродром.

‹14›Корейские товарищи просят:
‹15›1) поставить дополнительно 48 85-мм зенитных орудий и 72 37-мм
автоматических зенитных пушки;
‹16›2) поставить 30 прожекторов и 4 радиолокационные станции;
‹17›3) направить в Пхеньян советский зенитный полк до окончания подго-
товки корейских расчетов.

‹18›По мнению Нам Ира, подготовка корейских расчетов займет не менее
трех месяцев.

‹19›Считаю просьбу корейцев обоснованной. ‹20›Прошу Вашего решения по пп. 1
и 2. ‹21›Вопрос о направлении советского полка предлагаю решить после
переброски на аэродром Синыйчжу второй дивизии ночных истребителей.

‹22›Р А З У В А Е В

‹23›№ 1147
‹24›14.V.51 г.

‹u›Расшифровал: Соколов  15/V-51 г. 06 ч. 20 м.
‹u›Разослано: тт. Сталину, Молотову, Булганину, Василевскому.
‹u›Отп. 5 экз.
‹u›ЦАМО РФ, ф. 5, оп. 918795, д. 127, лл. 88-89.
""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›Top Secret
‹3›Copy No. 3

‹4›From Pyongyang
‹5›Sent 14 May 1951, 23:10
‹6›Received 15 May 1951, 05:40
‹7›Incoming No. 4127/sh

‹8›MOSCOW - to Comrade FILIPPOV [Stalin]

‹9›On the night of May 11-12 the enemy struck Pyongyang with up to forty B-29 bombers. ‹10›The railway junction and two bridges over the Taedong River were destroyed, and the power station was damaged. ‹11›Anti-aircraft artillery shot down 14 aircraft; the fighters of the 64th Air Corps did not engage, since the raid was made at night.

‹12›On May 13 Kim Il Sung invited me and, in the presence of the Chief of the General Staff of the KPA Nam Il, raised the question of strengthening the air defense of Pyongyang. ‹13›Kim Il Sung believes that the two anti-aircraft regiments in the city cannot cover the city, the bridges and the airfield at the same time.

‹14›The Korean comrades ask:
‹15›1) for an additional 48 85-mm anti-aircraft guns and 72 37-mm automatic anti-aircraft guns;
‹16›2) for 30 searchlights and 4 radar stations;
‹17›3) that a Soviet anti-aircraft regiment be sent to Pyongyang until the Korean crews have been trained.

‹18›In Nam Il's opinion, the training of the Korean crews will take at least three months.

‹19›I consider the Koreans' request justified. ‹20›I ask for your decision on points 1 and 2. ‹21›I propose to decide the question of sending a Soviet regiment after the second night-fighter division has been moved to Anju airfield.

‹22›RAZUVAEV

‹23›No. 1147
‹24›14 May 1951
""",
    "dehyphenated": ["Генерального", "противовоздушной", "подготовки"],
    "required": [
        (
            "number",
            ("4", "сбито\n4 самолета"),
            "14 aircraft",
            "4 aircraft shot down in the original, 14 in the translation",
        ),
        (
            "name",
            "Синыйчжу",
            "Anju",
            "the division is to move to Sinuiju airfield (Синыйчжу); the translation names Anju",
        ),
    ],
    "acceptable": [
        ("omission", "Разослано: тт. Сталину", None, "the distribution list is not translated"),
        ("ocr", "Р А З У В А Е В", None, "letter-spaced signature (typed emphasis)"),
    ],
    "forbidden": [
        (None, "№ 3", "No. 3", "copy number", ["number"]),
        (None, "14.V.51 г. 23 ч. 10 м.", "14 May 1951, 23:10", "the same date and time", ["number", "date"]),
        (None, "15.V.51 г. 05 ч. 40 м.", "15 May 1951, 05:40", "the same date and time", ["number", "date"]),
        (None, "4127/ш", "4127/sh", "incoming number, transliterated suffix", ["number"]),
        (None, "ФИЛИППОВУ", "FILIPPOV", "Филиппову (dative) = Filippov", ["name"]),
        (None, None, "[Stalin]", "the translator's gloss of the code name", ["addition", "name"], "minor"),
        (
            None,
            "В ночь на 12 мая",
            "night of May 11-12",
            "в ночь на 12 мая is the night of 11-12 May",
            ["number", "date"],
        ),
        (None, "до 40", "up to forty", "a number in words", ["number"]),
        (None, "Б-29", "B-29", "an aircraft type", ["number", "name"]),
        (None, "два моста", "two bridges", "a number in words", ["number"]),
        (None, "р. Тэдонган", "Taedong River", "Тэдонган = the Taedong River (ган is 'river')", ["name"]),
        (None, "64-го", "64th", "an ordinal", ["number"]),
        (None, "13 мая", "May 13", "the same date", ["number", "date"]),
        (None, ("Нам Ира", "КНА Нам Ира"), ("Nam Il", "KPA Nam Il"), "Нам Ир (genitive) = Nam Il", ["name"]),
        (None, "48 85-мм", "48 85-mm", "a count before a calibre", ["number"]),
        (None, "72 37-мм", "72 37-mm", "a count before a calibre", ["number"]),
        (None, "30 прожекторов", "30 searchlights", "the same number", ["number"]),
        (None, "4 радиолокационные", "4 radar", "the same number", ["number"]),
        (None, "трех месяцев", "three months", "a number in words", ["number"]),
        (None, "пп. 1\nи 2", "points 1 and 2", "пп. = points", ["number"]),
        (None, "второй дивизии", "the second night-fighter division", "an ordinal", ["number"]),
        (None, "1147", "1147", "outgoing number", ["number"]),
        (
            None,
            ("14.V.51 г.", "№ 1147\n14.V.51 г."),
            ("14 May 1951", "No. 1147\n14 May 1951"),
            "the same date",
            ["number", "date"],
        ),
        (
            None,
            "15/V-51 г. 06 ч. 20 м.",
            None,
            "decipherer's time stamp (untranslated apparatus)",
            ["number", "date", "omission"],
            "minor",
        ),
        (None, "ЦАМО РФ, ф. 5", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            ("Ким Ир Сен", "пригласил Ким Ир Сен"),
            ("Kim Il Sung", "invited me"),
            "Ким Ир Сен = Kim Il Sung",
            ["name"],
        ),
    ],
    "notes": "Pair, a ciphered telegram typed in short lines with words broken at the line end. Planted: 4 самолета -> 14 aircraft (number); Синыйчжу -> Anju (place). Free: в ночь на 12 мая as the night of May 11-12, a count before a calibre, the gloss [Stalin], the decipherer's note, distribution list and archive reference untranslated.",
}

DOCS["a02-politburo-korean-pilots-1950"] = {
    "genre": "Politburo decision (excerpt from protocol; page, Russian first)",
    "about": "Invented: the Politburo orders 320 Korean pilots and aircraft technicians to be trained in the Maritime Territory.",
    "page": {
        "date": "November 2, 1950",
        "title": "Excerpt from Protocol No. 79 of the Meeting of the Politburo of the CC VKP(b), Decision on Training Flying Personnel for the Korean People's Army",
        "ref": "ad-a002",
        "translator": "J. Pardee",
        "summary": "The Politburo orders Korean fighter and ground-attack pilots and aircraft technicians to be trained at airfields in the Soviet Far East, with trainers and instructors from the Soviet Air Force.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹1›Строго секретно\x20\x20
‹2›ОСОБАЯ ПАПКА

‹u›ВСЕСОЮЗНАЯ КОММУНИСТИЧЕСКАЯ ПАРТИЯ (большевиков).\x20\x20
ЦЕНТРАЛЬНЫЙ КОМИТЕТ

‹u›№ П79/305

‹u›тт. Булганину, Василевскому, Жигареву, Вышинскому - все; Звереву - п. 4.

‹3›Выписка из протокола № 79 заседания Политбюро ЦК ВКП(б)\x20\x20
‹4›Решение от 2 ноября 1950 г.

‹5›305. - О подготовке летного состава для ВВС Корейской Народной Армии.

‹6›1. Принять предложение Военного министерства СССР (т. Василевский) о подготовке в СССР\x20\x20
летчиков и авиатехников для ВВС КНА в количестве 320 человек, в том числе:\x20\x20
‹7›а) летчиков-истребителей на самолетах МиГ-15 - 120 чел.;\x20\x20
‹8›б) летчиков-штурмовиков на самолетах ИЛ-10 - 80 чел.;\x20\x20
‹9›в) авиатехников и механиков - 120 чел.

‹10›2. Обучение организовать в учебном авиаполку на аэродромах Приморского края с тем, чтобы\x20\x20
подготовка летчиков-истребителей была закончена не позднее 1 мая 1951 г.

‹11›3. Обязать Главнокомандующего ВВС (т. Жигарев) выделить для обучения 24 учебно-трениро-\x20\x20
вочных самолета ЯК-11 и 16 самолетов УТИ МиГ-15, а также необходимый инструкторский со-\x20\x20
став. ‹u›Питание и обмундирование курсантов производить по нормам летного состава Со-\x20\x20
ветской Армии.

‹12›4. Расходы по обучению и содержанию курсантов отнести за счет Военного министерства СССР\x20\x20
с последующим возмещением их Правительством КНДР.

‹13›5. Поручить МИД СССР (т. Вышинский) уведомить Правительство КНР о проезде корейских\x20\x20
курсантов через территорию Северо-Восточного Китая.

‹14›СЕКРЕТАРЬ ЦК

‹u›4.XI.50 - ав

‹u›АП РФ, ф. 3, оп. 65, д. 827, лл. 41-42.""",
    "en": """‹1›Strictly Secret\x20\x20
‹2›SPECIAL FILE

‹3›Excerpt from Protocol No. 79 of the Meeting of the Politburo of the CC VKP(b)\x20\x20
‹4›Decision of November 2, 1950

‹5›305. On the training of flying personnel for the Air Force of the Korean People's Army.

‹6›1. To accept the proposal of the USSR War Ministry (Cde. Vasilevsky) to train in the USSR 320 pilots and aircraft technicians for the KPA Air Force, including:\x20\x20
‹7›a) fighter pilots on MiG-15 aircraft - 120;\x20\x20
‹8›b) ground-attack pilots on Il-10 aircraft - 80;\x20\x20
‹9›c) aircraft technicians and mechanics - 120.

‹10›2. To organize the training in a training air regiment at airfields of the Maritime Territory, so that the training of the fighter pilots is completed no later than June 1, 1951.

‹11›3. To oblige the Commander-in-Chief of the Air Force (Cde. Zhigarev) to allot for the training 24 Yak-11 trainers and 16 MiG-15 UTI aircraft, as well as the necessary instructors.

‹12›4. The costs of training and maintaining the cadets to be charged to the USSR War Ministry and later reimbursed by the Government of the DPRK.

‹13›5. To instruct the USSR Foreign Ministry (Cde. Vyshinsky) to notify the Government of the PRC of the passage of the Korean cadets across the territory of Northeast China.

‹14›SECRETARY OF THE CC""",
    "dehyphenated": ["состав", "Советской"],
    "required": [
        (
            "date",
            "1 мая 1951 г.",
            "June 1, 1951",
            "the fighter pilots' training is to end by 1 May 1951; the translation gives June 1",
        ),
        (
            "omission",
            "Питание и обмундирование",
            None,
            "the sentence on the cadets' food and uniforms (by the norms of Soviet flying personnel) is not translated",
        ),
    ],
    "acceptable": [
        ("omission", "ВСЕСОЮЗНАЯ КОММУНИСТИЧЕСКАЯ", None, "the party letterhead is not translated"),
        ("omission", "тт. Булганину", None, "the distribution line is not translated"),
    ],
    "forbidden": [
        (
            None,
            "П79/305",
            None,
            "protocol item number (untranslated apparatus)",
            ["number", "omission"],
            "minor",
        ),
        (None, "п. 4.", None, "a point number in the untranslated distribution line", ["number"], "minor"),
        (None, "протокола № 79", "Protocol No. 79", "protocol number", ["number"]),
        (None, "2 ноября 1950 г.", "November 2, 1950\n", "the same date", ["number", "date"]),
        (None, "305. -", "305. On", "item number", ["number"]),
        (None, "320 человек", "320 pilots", "the same number", ["number"]),
        (None, "МиГ-15 - 120", "MiG-15 aircraft - 120", "an aircraft type and a count", ["number"]),
        (None, "ИЛ-10 - 80", "Il-10 aircraft - 80", "an aircraft type and a count", ["number", "name"]),
        (None, "механиков - 120", "mechanics - 120", "the same number", ["number"]),
        (
            None,
            "Приморского края",
            "Maritime Territory",
            "Приморский край = the Maritime Territory",
            ["name", "term"],
        ),
        (None, "Главнокомандующего ВВС", "Commander-in-Chief of the Air Force", "the same title", ["title"]),
        (None, "24 учебно", "24 Yak-11", "the count moved before the type", ["number"]),
        (None, "16 самолетов УТИ МиГ-15", "16 MiG-15 UTI", "UTI after the type", ["number", "name"]),
        (None, "т. Жигарев", "Cde. Zhigarev", "т. = Cde.", ["name", "title"]),
        (
            None,
            "Военного министерства СССР (т. Василевский)",
            ("USSR War Ministry", "proposal of the USSR War Ministry"),
            "Военное министерство = War Ministry",
            ["term", "name"],
        ),
        (None, "Северо-Восточного Китая", "Northeast China", "the same place", ["name"]),
        (None, "СЕКРЕТАРЬ ЦК", "SECRETARY OF THE CC", "the same title", ["title"]),
        (None, "4.XI.50 - ав", None, "typist's date mark", ["number", "date", "omission"], "minor"),
        (None, "АП РФ, ф. 3", None, "archive reference", ["number", "omission"], "minor"),
    ],
    "notes": "Page, Russian first, typed with Markdown line breaks (two trailing spaces) and words broken at the line end. Planted: 1 мая 1951 г. -> June 1, 1951 (date, the month); the sentence on food and uniforms is omitted. The letterhead, item number, distribution line, typist's mark and archive reference are not translated.",
}

DOCS["a03-razuvaev-peng-dehuai-record-1951"] = {
    "genre": "record of conversation (pair, from an ambassador's diary)",
    "about": "Invented: Ambassador Razuvaev's record of a talk with Peng Dehuai on supply of the Volunteers, air cover for the railway and the relief of Chinese armies.",
    "ru": """‹1›Сов. секретно
‹2›Экз. № 2

‹3›ИЗ ДНЕВНИКА
‹4›ПОСЛА СССР В КНДР
‹5›РАЗУВАЕВА В. Н.

‹6›ЗАПИСЬ БЕСЕДЫ
‹7›с командующим Китайскими народными добровольцами
‹8›ПЫН ДЭ-ХУАЕМ

‹9›20 июня 1951 года

‹10›Пын Дэ-хуай принял меня в штабе добровольцев в 16 час. 00 мин. ‹11›На беседе присутствовали заместитель командующего Дэн Хуа и переводчик штаба Чжао Пэй-лин.

‹12›Пын Дэ-хуай сказал, что за последние две недели противник ни разу не предпринимал крупных наступательных действий и фронт стабилизировался в районе 38-й параллели. ‹13›По его мнению, американцы накапливают силы и могут начать новое наступление не ранее середины июля.

‹14›Главная трудность добровольцев, продолжал Пын Дэ-хуай, - снабжение. ‹15›Из-за налетов авиации противника до фронта доходит не более 60-70% отправленных грузов. ‹16›Железная дорога работает только ночью, и на участке Синыйчжу - Аньчжу разрушено 11 мостов.

‹17›Пын Дэ-хуай просил передать советскому командованию просьбу о прикрытии истребительной авиацией железной дороги Синыйчжу - Аньчжу - Пхеньян. ‹18›Он подчеркнул, что без такого прикрытия подвоз боеприпасов для наступления невозможен.

‹19›На мой вопрос о замене соединений Пын Дэ-хуай ответил, что в июле - августе в Корею прибудут еще три армии, а 20-я и 27-я армии будут выведены в Северо-Восточный Китай на отдых.

‹20›В заключение Пын Дэ-хуай сообщил, что 3 июня с.г. Ким Ир Сен был в Пекине и согласовал с Мао Цзэ-дуном общую линию на возможных переговорах о перемирии.

‹21›Беседа продолжалась 1 час 40 минут.

‹22›ПОСОЛ СССР В КНДР          В. РАЗУВАЕВ

‹u›Отп. 3 экз.
‹u›1 - т. Сталину
‹u›2 - т. Вышинскому
‹u›3 - в дело
‹u›21.VI.51 г.
‹u›АВП РФ, ф. 0102, оп. 7, п. 27, д. 5, лл. 61-63.
""",
    "en": """‹1›Top Secret
‹2›Copy No. 2

‹3›FROM THE DIARY
‹4›OF THE USSR AMBASSADOR TO THE DPRK
‹5›V. N. RAZUVAEV

‹6›RECORD OF CONVERSATION
‹7›with the Commander of the Chinese People's Volunteers
‹8›PENG DEHUAI

‹9›June 20, 1951

‹10›Peng Dehuai received me at the Volunteers' headquarters at 4 p.m. ‹11›Present at the conversation were Deputy Commander Han Xianchu and the headquarters interpreter Zhao Peilin.

‹12›Peng Dehuai said that over the last two weeks the enemy had not once undertaken major offensive operations and the front had become stable in the area of the 38th parallel. ‹13›In his opinion, the Americans are building up their forces and may begin a new offensive no earlier than the middle of July.

‹14›The chief difficulty of the Volunteers, Peng went on, is supply. ‹15›Because of enemy air raids no more than 60-70% of the cargo dispatched reaches the front. ‹16›The railway works only at night, and on the Sinuiju-Anju section 11 bridges have been destroyed.

‹17›Peng Dehuai asked me to pass on to the Soviet command a request for fighter cover of the Sinuiju-Anju-Pyongyang railway. ‹18›He stressed that without such cover it was impossible to bring up ammunition for an offensive.

‹19›When I asked about the relief of formations, Peng Dehuai replied that another three armies would arrive in Korea in July-August, and the 20th and 27th Armies would be withdrawn to Northeast China for rest.

‹20›In conclusion Peng Dehuai said that Kim Il Sung had been in Peking on June 13 and had agreed with Mao Zedong on a common line at possible armistice talks.

‹21›The conversation lasted 1 hour 40 minutes.

‹22›USSR AMBASSADOR TO THE DPRK V. RAZUVAEV
""",
    "required": [
        (
            "name",
            "Дэн Хуа",
            "Han Xianchu",
            "the deputy commander present is Deng Hua (Дэн Хуа); the translation names Han Xianchu",
        ),
        (
            "date",
            "3 июня с.г.",
            "June 13",
            "Kim Il Sung was in Peking on 3 June; the translation gives June 13",
        ),
    ],
    "acceptable": [
        ("omission", "1 - т. Сталину", None, "the list of copies is not translated"),
    ],
    "forbidden": [
        (None, "№ 2", "No. 2", "copy number", ["number"]),
        (None, "РАЗУВАЕВА В. Н.", "V. N. RAZUVAEV", "initials moved before the name", ["name"]),
        (None, "ПЫН ДЭ-ХУАЕМ", "PENG DEHUAI", "Пын Дэ-хуай (instrumental) = Peng Dehuai", ["name"]),
        (
            None,
            "Китайскими народными добровольцами",
            "Chinese People's Volunteers",
            "the same term",
            ["term", "name"],
        ),
        (None, "20 июня 1951 года", "June 20, 1951", "the same date", ["number", "date"]),
        (None, "16 час. 00 мин.", "4 p.m.", "16 час. 00 мин. = 4 p.m.", ["number", "date"]),
        (None, "Чжао Пэй-лин", "Zhao Peilin", "the same name in pinyin", ["name"]),
        (None, "две недели", "two weeks", "a number in words", ["number"]),
        (None, "38-й параллели", "38th parallel", "an ordinal", ["number"]),
        (None, "середины июля", "middle of July", "the same month", ["date"]),
        (
            None,
            ("Пын Дэ-хуай", "продолжал Пын Дэ-хуай"),
            ("Peng", "Peng went on"),
            "a surname alone for the full name",
            ["name", "omission"],
            "minor",
        ),
        (None, "60-70%", "60-70%", "the same range", ["number"]),
        (None, "Синыйчжу - Аньчжу разрушено", "Sinuiju-Anju section", "the same places", ["name"]),
        (None, "11 мостов", "11 bridges", "the same number", ["number"]),
        (None, "в июле - августе", "in July-August", "the same months", ["date"]),
        (None, "три армии", "three armies", "a number in words", ["number"]),
        (None, "20-я и 27-я", "20th and 27th", "ordinals", ["number"]),
        (None, "Пекине", "Peking", "the period English name", ["name"]),
        (None, "Мао Цзэ-дуном", "Mao Zedong", "Мао Цзэ-дун (instrumental) = Mao Zedong", ["name"]),
        (None, "1 час 40 минут", "1 hour 40 minutes", "the same duration", ["number"]),
        (
            None,
            "ПОСОЛ СССР В КНДР",
            ("USSR AMBASSADOR TO THE DPRK", "USSR AMBASSADOR TO THE DPRK V."),
            "the same title",
            ["title"],
        ),
        (None, "21.VI.51 г.", None, "typist's date mark", ["number", "date", "omission"], "minor"),
        (None, "АВП РФ, ф. 0102", None, "archive reference", ["number", "omission"], "minor"),
    ],
    "notes": "Pair, a record of conversation from an ambassador's diary. Planted: Дэн Хуа -> Han Xianchu (name); 3 июня -> June 13 (date). Free: the Chinese names in pinyin (Пын Дэ-хуай = Peng Dehuai, Чжао Пэй-лин = Zhao Peilin), Peking, 16 час. = 4 p.m., a surname alone once; the list of copies, typist's mark and archive reference are untranslated.",
}

DOCS["a04-razuvaev-kpa-rear-report-1951"] = {
    "genre": "report of the chief military adviser (pair, typed lines with hyphenation, OCR noise)",
    "about": "Invented: the chief Soviet military adviser reports to the Chief of the General Staff on the rear services of the Korean People's Army: food, motor transport, hospitals.",
    "ru": """‹1›Сов. секретно
‹2›Экз. № 2

‹3›НАЧАЛЬНИКУ ГЕНЕРАЛЬНОГО ШТАБА
‹4›СОВЕТСКОЙ АРМИИ
‹5›генералу армии
‹6›тов. ШТЕМЕНКО С. М.

‹7›Д О К Л А Д Н А Я   З А П И С К А
‹8›о состоянии тыла Корейской Народной Армии

‹9›1. Продовольственное снабжение.

‹10›Суточная норма риса для военнослужащих фронтовых частей КНА установ-
лена в 800 г. ‹11›Фактически в июле с.г. выдавалось в среднем 600-650 г,
а в отдельных дивизиях 1-го армейского корпуса - не более 500 г.
‹12›Запасы продовольствия на фронтовых складах составляют 12 суток при
норме 30 суток.

‹13›2. Автомобильный транспорт.

‹14›Из 4.300 автомашин, числящихся в тыловых частях КНА, исправны только
2.750. ‹15›За июль от налетов авиации противника потеряно 310 машин, из
них 190 - безвозвратно. ‹16›Ремонтные мастерские не справляются с pемон-
том из-за отсутствия запасных частей, особенно аккумуляторов и резины.

‹17›3. Медицинское обеспечение.

‹18›В госпиталях КНА находятся на излечении 41.600 раненых и больных.
‹19›Острая нехватка врачей: в большинстве госпиталей на 500 коек при-
ходится 2-3 врача. ‹20›Часть тыловых госпиталей переведена в Северо-Восточ-
ный Китай.

‹21›4. Руководство тылом.

‹22›Начальник тыла КНА генерал-майор Ли Гвон Му назначен на эту должность
в мае с.г. и опыта работы в тылу не имеет. ‹23›Советник при начальнике
тыла полковник Ермаков С. П. оказывает ему необходимую помощь.

‹24›Считаю необходимым поставить в КНА в третьем квартале с.г. 600 грузовых
автомашин и запасные части к ним, а также направить 15 советских военных
врачей-хирургов.

‹25›ГЛАВНЫЙ ВОЕННЫЙ СОВЕТНИК ПРИ КНА
‹26›ГЕНЕРАЛ-ЛЕЙТЕНАНТ          РАЗУВАЕВ

‹27›18 августа 1951 г.
‹u›№ 0562
‹u›ЦАМО РФ, ф. 5, оп. 918795, д. 131, лл. 14-17.
""",
    "en": """‹1›Top Secret
‹2›Copy No. 2

‹3›To the Chief of the General Staff
‹4›of the Soviet Army
‹5›General of the Army
‹6›Comrade S. M. SHTEMENKO

‹7›MEMORANDUM
‹8›on the State of the Rear Services of the Korean People's Army

‹9›1. Food supply.

‹10›The daily ration of rice for servicemen of the KPA front-line units is set at 900 grams. ‹11›In fact in July of this year an average of 600-650 grams was issued, and in some divisions of the 1st Army Corps no more than 500 grams. ‹12›The food stocks in the front-line depots amount to 12 days against a norm of 30 days.

‹13›2. Motor transport.

‹14›Of the 4,300 motor vehicles on the strength of the KPA rear units, only 2,750 are serviceable. ‹15›In July 310 vehicles were lost to enemy air raids, 190 of them irretrievably. ‹16›The repair shops cannot cope with repairs because of the lack of spare parts, especially batteries and tyres.

‹17›3. Medical support.

‹18›There are 41,600 wounded and sick under treatment in KPA hospitals. ‹19›There is an acute shortage of doctors: in most hospitals there are 2-3 doctors to 500 beds. ‹20›Some of the rear hospitals have been moved to Northeast China.

‹21›4. Direction of the rear.

‹22›The Chief of the Rear of the KPA, Lieutenant General Li Kwon-mu, was appointed to this post in May of this year and has no experience of rear work. ‹23›The adviser to the Chief of the Rear, Colonel S. P. Yermakov, gives him the necessary help. ‹u›The Korean command has promised to assign him a Soviet-trained deputy.

‹24›I consider it necessary to deliver to the KPA in the third quarter of this year 600 trucks and spare parts for them, and to send 15 Soviet military surgeons.

‹25›CHIEF MILITARY ADVISER TO THE KPA
‹26›LIEUTENANT GENERAL RAZUVAEV

‹27›August 18, 1951
""",
    "dehyphenated": ["установлена", "pемонтом", "приходится"],
    "required": [
        (
            "number",
            "800 г.",
            "900 grams",
            "the daily rice ration is 800 g in the original, 900 grams in the translation",
        ),
        (
            "title",
            "генерал-майор Ли Гвон Му",
            "Lieutenant General Li Kwon-mu",
            "the Chief of the Rear is a major general (генерал-майор), not a lieutenant general",
        ),
        (
            "addition",
            None,
            "The Korean command has promised",
            "the sentence on a Soviet-trained deputy has no original",
        ),
    ],
    "expected": [
        ("ocr", "pемон-", None, "'pемонтом' begins with a Latin p (mixed scripts)"),
    ],
    "acceptable": [
        ("ocr", "Д О К Л А Д Н А Я", None, "letter-spaced heading (typed emphasis)"),
    ],
    "forbidden": [
        (None, "№ 2", "No. 2", "copy number", ["number"]),
        (None, "генералу армии", "General of the Army", "the same rank", ["title"]),
        (None, "ШТЕМЕНКО С. М.", "S. M. SHTEMENKO", "initials moved before the name", ["name"]),
        (
            None,
            "Д О К Л А Д Н А Я   З А П И С К А",
            "MEMORANDUM",
            "докладная записка = memorandum",
            ["term", "omission"],
            "minor",
        ),
        (None, "600-650 г", "600-650 grams", "the same range", ["number"]),
        (None, "1-го армейского корпуса", "1st Army Corps", "an ordinal", ["number"]),
        (None, "500 г.\n", "500 grams", "the same number", ["number"]),
        (None, "12 суток", "12 days", "сутки as days", ["number", "term"], "minor"),
        (None, "30 суток", "30 days", "сутки as days", ["number", "term"], "minor"),
        (None, "4.300", "4,300", "thousands separator", ["number"]),
        (None, "2.750", "2,750", "thousands separator", ["number"]),
        (None, "310 машин", "310 vehicles", "the same number", ["number"]),
        (None, "190 -", "190 of them", "the same number", ["number"]),
        (None, "41.600", "41,600", "thousands separator", ["number"]),
        (None, "на 500 коек", "to 500 beds", "the same number, the order turned", ["number"]),
        (None, "2-3 врача", "2-3 doctors", "the same range", ["number"]),
        (None, "в мае с.г.", "in May of this year", "the same month", ["date"]),
        (None, "Ермаков С. П.", "S. P. Yermakov", "initials moved before the name; Е = Ye", ["name"]),
        (None, "Ли Гвон Му", "Li Kwon-mu", "a Korean name through Russian", ["name"]),
        (None, "полковник", "Colonel", "the same rank", ["title"]),
        (None, "в третьем квартале", "in the third quarter", "an ordinal", ["number"]),
        (None, "600 грузовых", "600 trucks", "the same number", ["number"]),
        (None, "15 советских", "15 Soviet", "the same number", ["number"]),
        (None, "ГЕНЕРАЛ-ЛЕЙТЕНАНТ", "LIEUTENANT GENERAL RAZUVAEV", "the same rank", ["title"]),
        (None, "18 августа 1951 г.", "August 18, 1951", "the same date", ["number", "date"]),
        (None, "№ 0562", None, "outgoing number (untranslated)", ["number", "omission"], "minor"),
        (None, "ЦАМО РФ, ф. 5", None, "archive reference", ["number", "omission"], "minor"),
    ],
    "notes": "Pair, a memorandum typed in short lines with words broken at the line end; natural OCR noise: a Latin p in pемонтом. Planted: 800 г. -> 900 grams (number); генерал-майор -> Lieutenant General (title); an added sentence on a Soviet-trained deputy (addition). The outgoing number and archive reference are not translated.",
}

DOCS["a05-kim-pak-letter-ammunition-1950"] = {
    "genre": "letter of Korean leaders to Stalin (page, Russian first, no blank line before the translation)",
    "about": "Invented: Kim Il Sung and Pak Hon Yong ask Stalin for artillery shells and cartridges for the fighting on the Naktong River.",
    "page": {
        "date": "August 24, 1950",
        "title": "Letter from Kim Il Sung and Pak Hon Yong to Stalin Requesting Ammunition",
        "ref": "ad-a005",
        "translator": "S. Whitcombe",
        "summary": "The Korean leaders report heavy fighting on the Naktong River and ask for artillery shells and rifle cartridges to be shipped in September through Andong.",
        "fields": [("Associated People", "Kim, Il Sung, 1912-1994; Pak, Hon Yong, 1900-1955")],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
        "sep": "\n",
    },
    "ru": """‹1›СОВ. СЕКРЕТНО

‹2›Председателю Совета Министров
‹3›Союза Советских Социалистических Республик
‹4›Генералиссимусу
‹5›товарищу СТАЛИНУ И. В.

‹6›Дорогой товарищ Сталин!

‹7›Корейская Народная Армия ведет тяжелые бои на рубеже реки Нак-
тонган. ‹8›Противник, получивший подкрепления через порт Пусан, оказы-
вает упорное сопротивление, а его авиация непрерывно бомбит наши
коммуникации.

‹9›В этих боях наши части израсходовали почти весь запас артиллерий-
ских снарядов и патронов. ‹10›Поэтому просим Вас срочно поставить нам:
‹11›1) 122-мм гаубичных снарядов - 40 тыс. шт.;
‹12›2) 76-мм пушечных выстрелов - 120 тыс. шт.;
‹13›3) 45-мм противотанковых выстрелов - 60 тыс. шт.;
‹14›4) винтовочных патронов - 30 млн. шт.

‹15›Просим отгрузить боеприпасы в течение сентября с.г. по железной
дороге через Аньдун, с тем чтобы они прибыли на фронт до начала осен-
них дождей.

‹16›Для согласования вопросов о поставках мы направляем в Москву заме-
стителя министра национальной обороны КНДР тов. Ким Гван Хепа.

‹17›С глубоким уважением

‹18›ПРЕДСЕДАТЕЛЬ КАБИНЕТА МИНИСТРОВ КНДР          КИМ ИР СЕН

‹19›ЗАМЕСТИТЕЛЬ ПРЕДСЕДАТЕЛЯ КАБИНЕТА МИНИСТРОВ
И МИНИСТР ИНОСТРАННЫХ ДЕЛ КНДР                    ПАК ХЕН ЕН

‹20›г. Пхеньян
‹21›24 августа 1950 г.

‹u›АП РФ, ф. 45, оп. 1, д. 347, лл. 12-14.""",
    "en": """‹1›TOP SECRET

‹2›To the Chairman of the Council of Ministers
‹3›of the USSR
‹4›Generalissimo
‹5›Comrade I. V. STALIN

‹6›Dear Comrade Stalin!

‹7›The Korean People's Army is fighting heavy battles on the line of the Naktong River. ‹8›The enemy, who has received reinforcements through the port of Pusan, is putting up stubborn resistance, and his aircraft are bombing our communications without a break.

‹9›In these battles our units have used up almost their whole stock of artillery shells and cartridges. ‹10›We therefore ask you to deliver to us urgently:
‹11›1) 122-mm howitzer shells - 40,000;
‹12›2) 76-mm gun rounds - 100,000;
‹13›3) 45-mm anti-tank rounds - 60,000;
‹14›4) rifle cartridges - 30 million.

‹15›We ask that the ammunition be shipped during September of this year by rail through Antung, so that it reaches the front before the autumn rains begin.

‹16›To settle the questions of the deliveries we are sending to Moscow the Minister of National Defense of the DPRK, Comrade Kim Kwang-hyop.

‹17›With deep respect,

‹18›CHAIRMAN OF THE CABINET OF MINISTERS OF THE DPRK KIM IL SUNG

‹19›DEPUTY CHAIRMAN OF THE CABINET OF MINISTERS AND MINISTER OF FOREIGN AFFAIRS OF THE DPRK PAK HON YONG

‹20›Pyongyang
‹21›August 24, 1950""",
    "dehyphenated": ["Нактонган", "оказывает", "артиллерийских", "осенних", "заместителя"],
    "required": [
        (
            "number",
            "120 тыс.",
            "100,000",
            "120,000 rounds for the 76-mm guns in the original, 100,000 in the translation",
        ),
        (
            "title",
            "заме-\nстителя министра национальной обороны",
            "the Minister of National Defense",
            "the envoy is the Deputy Minister of National Defense; the translation makes him the Minister",
        ),
    ],
    "forbidden": [
        (
            None,
            "Союза Советских Социалистических Республик",
            "of the USSR",
            "the country's name abbreviated",
            ["name", "omission"],
            "minor",
        ),
        (None, "Генералиссимусу", "Generalissimo", "the same rank", ["title"]),
        (None, "СТАЛИНУ И. В.", "I. V. STALIN", "initials moved before the name", ["name"]),
        (None, "Нак-\nтонган", "Naktong River", "Нактонган = the Naktong River (ган is 'river')", ["name"]),
        (None, "Пусан", "Pusan", "the same port", ["name"]),
        (None, "122-мм", "122-mm", "calibre", ["number"]),
        (None, "40 тыс.", "40,000", "тыс. = thousand", ["number"]),
        (None, "76-мм", "76-mm", "calibre", ["number"]),
        (None, "45-мм", "45-mm", "calibre", ["number"]),
        (None, "60 тыс.", "60,000", "тыс. = thousand", ["number"]),
        (None, "30 млн.", "30 million", "млн. = million", ["number"]),
        (None, "сентября с.г.", "September of this year", "the same month", ["date"]),
        (None, "Аньдун", "Antung", "Аньдун = Antung (Andong), the period spelling", ["name"]),
        (None, "Ким Гван Хепа", "Kim Kwang-hyop", "Ким Гван Хеп (genitive) = Kim Kwang-hyop", ["name"]),
        (None, "КИМ ИР СЕН", "KIM IL SUNG", "Ким Ир Сен = Kim Il Sung", ["name"]),
        (None, "ПАК ХЕН ЕН", "PAK HON YONG", "Пак Хен Ен = Pak Hon Yong", ["name"]),
        (
            None,
            "ПРЕДСЕДАТЕЛЬ КАБИНЕТА МИНИСТРОВ КНДР",
            "CHAIRMAN OF THE CABINET OF MINISTERS OF THE DPRK",
            "the same title",
            ["title"],
        ),
        (None, "24 августа 1950 г.", "August 24, 1950", "the same date", ["number", "date"]),
        (None, "АП РФ, ф. 45", None, "archive reference", ["number", "omission"], "minor"),
    ],
    "notes": "Page, Russian first, with no blank line between the end of the Russian text and the translation; the Russian is typed in short lines with words broken at the line end. Planted: 120 тыс. -> 100,000 (number); заместитель министра национальной обороны -> the Minister of National Defense (title). Free: Аньдун as Antung, Нактонган as the Naktong River, the archive reference untranslated.",
}

DOCS["a06-mid-note-verbale-dprk-transit-1951"] = {
    "genre": "note verbale (pair)",
    "about": "Invented: the USSR Foreign Ministry answers the DPRK Embassy that gifts of Poland, Czechoslovakia and Hungary for Korea may cross Soviet railways free of charge.",
    "ru": """‹u›АВП РФ, ф. 0102, оп. 7, п. 31, д. 22, л. 15-16.

‹1›МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ
‹2›СОЮЗА ССР

‹3›№ 23/ДВ

‹4›НОТА

‹5›Министерство Иностранных Дел Союза Советских Социалистических Республик свидетельствует свое уважение Посольству Корейской Народно-Демократической Республики и, в ответ на ноту Посольства № 08 от 12 февраля 1951 года, имеет честь сообщить следующее.

‹6›Советские компетентные органы согласны пропустить транзитом по железным дорогам СССР грузы, направляемые в КНДР правительствами Польской Республики, Чехословацкой Республики и Венгерской Народной Республики, в том числе медикаменты, госпитальное оборудование и теплые вещи для населения.

‹7›Грузы будут приниматься на пограничных станциях Брест и Чоп и следовать через станцию Гродеково до станции Суйфыньхэ, где будут передаваться Китайской Чанчуньской железной дороге. ‹8›Плата за транзитную перевозку грузов по советским железным дорогам взиматься не будет.

‹9›Министерство просит Посольство обеспечить, чтобы каждая партия груза сопровождалась представителем отправителя и чтобы о ее отправке Министерство путей сообщения СССР извещалось не позднее чем за 10 дней. ‹10›Министерство просит также сообщить, согласована ли перевозка грузов по территории Северо-Восточного Китая с Правительством Китайской Народной Республики.

‹11›Министерство пользуется случаем, чтобы возобновить Посольству уверения в своем весьма высоком уважении.

‹12›Москва, 2 марта 1951 года

‹u›Посольству Корейской Народно-Демократической Республики
‹u›г. Москва

‹u›Отп. 4 экз.
‹u›1 - адресату
‹u›2 - т. Громыко
‹u›3 - ДВО
‹u›4 - в дело
""",
    "en": """‹1›MINISTRY OF FOREIGN AFFAIRS
‹2›OF THE USSR

‹3›No. 23/DV

‹4›NOTE

‹5›The Ministry of Foreign Affairs of the Union of Soviet Socialist Republics presents its compliments to the Embassy of the Democratic People's Republic of Korea and, in reply to the Embassy's Note No. 08 of February 12, 1951, has the honour to state the following.

‹6›The competent Soviet authorities agree to let pass in transit over the railways of the USSR goods sent to the DPRK by the Governments of the Republic of Poland, the Czechoslovak Republic and the Hungarian People's Republic, including medicines, hospital equipment and warm clothing for the population.

‹7›The goods will be accepted at the frontier stations of Brest and Chop and will travel through Pogranichnaya station to Suifenhe station, where they will be handed over to the Chinese Changchun Railway. ‹8›No charge will be made for their carriage in transit over the Soviet railways.

‹9›The Ministry requests the Embassy to ensure that each consignment is accompanied by a representative of the sender. ‹10›The Ministry also requests to be informed whether the carriage of the goods across Northeast China has been agreed with the Government of the People's Republic of China.

‹11›The Ministry avails itself of this opportunity to renew to the Embassy the assurances of its highest consideration.

‹12›Moscow, March 2, 1951
""",
    "required": [
        (
            "name",
            "Гродеково",
            "Pogranichnaya",
            "the goods go through Grodekovo station (Гродеково); the translation names Pogranichnaya, the Chinese station across the frontier",
        ),
        (
            "omission",
            "и чтобы о ее отправке Министерство путей сообщения СССР извещалось не позднее чем за 10 дней",
            None,
            "the clause asking that the Ministry of Railways be told of each consignment no later than 10 days ahead is not translated",
        ),
    ],
    "acceptable": [
        ("omission", "1 - адресату", None, "the list of copies is not translated"),
        (
            "omission",
            "Посольству Корейской Народно-Демократической Республики\nг.",
            None,
            "the address block is not translated",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0102", None, "archive reference", ["number", "omission"], "minor"),
        (None, "СОЮЗА ССР", "OF THE USSR", "the same name", ["name"]),
        (None, "23/ДВ", "23/DV", "note number, transliterated", ["number"]),
        (
            None,
            "№ 08 от 12 февраля 1951 года",
            "No. 08 of February 12, 1951",
            "the same number and date",
            ["number", "date"],
        ),
        (
            None,
            "Союза Советских Социалистических Республик",
            "Union of Soviet Socialist Republics",
            "the same name",
            ["name"],
        ),
        (None, "Польской Республики", "Republic of Poland", "the word order turned", ["name"]),
        (None, "Венгерской Народной Республики", "Hungarian People's Republic", "the same name", ["name"]),
        (None, "теплые вещи", "warm clothing", "теплые вещи = warm clothing", ["term"]),
        (None, "Брест и Чоп", "Brest and Chop", "the same stations", ["name"]),
        (None, "Суйфыньхэ", "Suifenhe", "a Chinese station through Russian", ["name"]),
        (
            None,
            "Китайской Чанчуньской железной дороге",
            "Chinese Changchun Railway",
            "the same railway",
            ["name", "term"],
        ),
        (None, "Северо-Восточного Китая", "Northeast China", "the same region", ["name"]),
        (
            None,
            "весьма высоком уважении",
            "highest consideration",
            "diplomatic formula",
            ["term", "omission"],
            "minor",
        ),
        (None, "2 марта 1951 года", "March 2, 1951", "the same date", ["number", "date"]),
        (None, "Отп. 4 экз.", None, "typist's copy count", ["number", "omission"], "minor"),
    ],
    "notes": "Pair, a note verbale with the archive reference at the head and the address block and list of copies at the foot (not translated). Planted: Гродеково -> Pogranichnaya (place); the clause on notice to the Ministry of Railways 10 days ahead is omitted. Free: Польская Республика as the Republic of Poland, Суйфыньхэ = Suifenhe, the sentence on free carriage reworded.",
}
