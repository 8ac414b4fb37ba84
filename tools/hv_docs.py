# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented hv documents of archival-own (read by build_archival_hv.py): a fresh batch of six record kinds.

A record of conversation (Finland), a ciphered telegram (Vietnam), a CC Presidium resolution (Albania), a chief
military adviser's report (Czechoslovakia), a credit protocol (Indonesia) and a TASS digest of foreign reports
(Poland), written to be scored once, as unseen documents, and not fixed against. Each plants two or three real
discrepancies (numbers in words and in figures, a month and a year, a person given as another, a post, a term, a
dropped sentence and a dropped condition, an added sentence, an OCR garble, a repeated agency item) among traps a
naive checker would flag (numbers in words, dates in English order, other transliterations, apparatus on one
side, sentences split, expanded abbreviations, a translator's footnote).
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required/expected: (kind, Russian words, English words, why);
forbidden: (None, Russian, English, why, kinds, max severity). Words are unique on their side or given as
(words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["hv01-record-lebedev-kekkonen-1957"] = {
    "genre": "record of conversation (pair, diary heading, copy list)",
    "about": "Invented: the Soviet ambassador in Helsinki records a talk with President Kekkonen on the Saimaa Canal and oil purchases.",
    "ru": """‹u›АВП РФ, ф. 0135, оп. 41, п. 217, д. 9, лл. 23-26.

‹1›СЕКРЕТНО
‹u›Экз. № 2

‹2›Из дневника
‹3›ЛЕБЕДЕВА В. З.

‹4›ЗАПИСЬ БЕСЕДЫ
‹5›с Президентом Финляндии У. К. КЕККОНЕНОМ

‹6›12 марта 1957 года

‹7›Сегодня в 11 часов утра был принят Президентом Кекконеном в его резиденции в Тамминиеми. ‹8›Беседа продолжалась около полутора часов, на ней присутствовал советник посольства Н. П. Ковалев.

‹9›Кекконен начал с того, что финское правительство внимательно изучило советские предложения об аренде Сайменского канала. ‹10›По его словам, премьер-министр Фагерхольм и большинство членов кабинета склоняются к тому, чтобы начать переговоры уже весной.

‹11›Затем Президент затронул вопрос о торговле. ‹12›Он сказал, что финская сторона хотела бы увеличить в 1958 году закупки советской нефти до сорока тысяч тонн в месяц. ‹13›Оплата могла бы производиться продукцией финских судоверфей, в первую очередь рефрижераторными судами, если советские внешнеторговые организации согласятся на цены 1956 года.

‹14›Я ответил, что доложу об этом в Москву, и заметил, что вопрос о ценах уже обсуждался в Торгпредстве.

‹15›Кекконен сообщил далее, что в конце апреля намерен посетить Турку и Оулу, где выступит по вопросам внешней политики. ‹16›Он просил передать Н. С. Хрущеву, что по-прежнему считает свой визит в Москву в 1958 г. желательным.

‹17›В заключение Кекконен сказал, что финская печать, в частности газета «Уусимаа», ведет кампанию против «восточной торговли», ‹18›но правительство не придает этому значения.

‹19›ПОСОЛ СССР В ФИНЛЯНДИИ
‹20›В. ЛЕБЕДЕВ

‹u›Отп. 3 экз.
‹u›1 - т. Громыко
‹u›2 - т. Захарову
‹u›3 - в дело
‹u›14.III.57 г.""",
    "en": """‹1›SECRET

‹2›From the Diary of
‹3›V. Z. LEBEDEV

‹4›RECORD OF CONVERSATION
‹5›with the President of Finland, Urho KEKKONEN

‹6›March 12, 1957

‹7›Today at 11 a.m. I was received by President Kekkonen at his residence at Tamminiemi. ‹8›The conversation, at which Embassy Counsellor N. P. Kovalev was present, lasted about an hour and a half.

‹9›Kekkonen began by saying that the Finnish Government had studied with care the Soviet proposals for leasing the Saimaa Canal. ‹10›According to him, Prime Minister Sukselainen and most members of the cabinet were inclined to open negotiations as early as the spring.

‹11›The President then raised the question of trade. ‹12›He said the Finns would like to raise their purchases of Soviet oil in 1958 to fourteen thousand tons a month. ‹13›Payment could be made in the products of Finnish shipyards, first of all in refrigerator ships.

‹14›I replied that I would report this to Moscow, noting that the question of prices had already been discussed at the Trade Mission.

‹15›Kekkonen went on to say that at the end of April he intended to visit Turku and Oulu, where he would speak on foreign policy. ‹16›He asked me to convey to N. S. Khrushchev that he still regarded a visit to Moscow in 1958 as desirable.

‹17›In conclusion, Kekkonen remarked that the Finnish press, Uusimaa in particular, was waging a campaign against "trade with the East". ‹18›The Government, however, attached no importance to this, he said.

‹19›USSR AMBASSADOR TO FINLAND
‹20›V. LEBEDEV""",
    "required": [
        (
            "name",
            "Фагерхольм",
            "Sukselainen",
            "Prime Minister Fagerholm is given as Sukselainen (another person)",
        ),
        (
            "number",
            "сорока тысяч тонн",
            "fourteen thousand tons",
            "forty thousand tons a month (in words) is given as fourteen thousand",
        ),
        (
            "omission",
            "если советские внешнеторговые организации согласятся на цены 1956 года",
            None,
            "the condition (if the Soviet trade organizations accept 1956 prices) is dropped",
        ),
    ],
    "forbidden": [
        (None, "в 11 часов утра", "at 11 a.m.", "the same clock time", ["number", "date"]),
        (
            None,
            "около полутора часов",
            "about an hour and a half",
            "a duration in words, the clause moved",
            ["number", "date", "omission"],
        ),
        (None, "У. К. КЕККОНЕНОМ", "Urho KEKKONEN", "initials given as the first name", ["name"]),
        (None, "12 марта 1957 года", "March 12, 1957", "the same date in English order", ["number", "date"]),
        (None, "Сайменского канала", "Saimaa Canal", "a Finnish place under its English name", ["name"]),
        (
            None,
            "но правительство",
            "The Government, however",
            "a sentence split in two",
            ["omission", "addition"],
            "minor",
        ),
        (None, "Экз. № 2", None, "copy number, untranslated", ["omission", "number"], "minor"),
        (None, "Отп. 3 экз.", None, "copy count, untranslated", ["omission", "number"], "minor"),
    ],
    "notes": "Pair, a record of conversation with a diary heading, copy number and copy list (untranslated). Planted: премьер-министр Фагерхольм -> Prime Minister Sukselainen (name); сорока тысяч тонн -> fourteen thousand tons (number, both in words); the condition «если … цены 1956 года» dropped (omission). Traps: в 11 часов утра, около полутора часов (clause moved), У. К. = Urho, 12 марта 1957 года, Saimaa Canal, a sentence split at «но», untranslated copy lines.",
}

DOCS["hv02-telegram-zimyanin-ho-chi-minh-rice-1956"] = {
    "genre": "ciphered telegram (page, Russian first, OCR'd typescript with a sheet break)",
    "about": "Invented: the ambassador in Hanoi reports Ho Chi Minh's request for rice after the floods and for more Soviet specialists.",
    "page": {
        "date": "August 19, 1956",
        "title": "Ciphered Telegram from M. V. Zimyanin to the CC CPSU on a Conversation with Ho Chi Minh",
        "ref": "hv-0201",
        "summary": "Ho Chi Minh asks for Burmese rice on Soviet credit after floods in Thanh Hoa and Nghe An and for more Soviet specialists in 1957.",
        "fields": [
            (
                "Original Archive",
                "Center for the Storage of Contemporary Documentation (TsKhSD), Fond 5, Opis 28, Delo 412, Listy 57-58 (constructed reference)",
            ),
            ("Associated Places", "Hanoi (Vietnam); Haiphong (Vietnam)"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›ЦХСД, ф. 5, оп. 28, д. 412, л. 57.

‹1›СОВ. СЕКРЕТНО
‹2›Экз. № 1

‹3›ШИФРТЕЛЕГРАММА

‹u›Из ХАНОЯ Отправлено 19.VIII.56 г. 15 ч. 10 м.
‹u›Поступило 19.VIII.56 г. 20 ч. 35 м.

‹4›ЦК КПСС

‹5›18 августа меня пригласил Хо Ши Мин. ‹6›На беседе присутствовали Фам Ван
Донг и заместитель министра иностранных дел Ун Ван Кхием.

‹7›Хо Ши Мин сообщил, что в связи с наводнением в провин-
циях Тханьхоа и Нгеан урожай риса в этом году будет на треть
ниже прошлогоднего. ‹8›ЦК Партии трудящихся Вьетнама просит Совет-
ское правительство поставить в IV квартале с.г. 50 тыс. тонн риса
из Бирмы за счет советского кредита. ‹9›Хо Ши Мин подчеркнул, что
первые партии риса нужны в порту Хай-

‹u›л. 58

фон не позднее 15 октября, так как в ноябре в северных уездах нач-
нутся перебои в снабжении населения продовольствием.

‹10›Затем Хо Ши Мин остановился на работе советских специалистов.
‹11›В настоящее время в ДРВ работают 1З5 советских специалистов, из них
40 - на восстановлении железной дороги Ханой - Лаокай. ‹12›Вьетнамские
товарищи просят направить в 1957 году ещё 60 специалистов, главнымобразом
геологов и врачей.

‹13›Фам Ван Донг добавил, что в ночь на 17 августа тайфун разрушил дамбу
у Намдиня и ‹14›что правительство ДРВ приняло решение мобилизовать
200 тыс. человек на восстановительные работы.

‹15›Я ответил, что немедленно доложу просьбу вьетнамских товарищей в Москву.

‹16›Прошу рассмотреть вопрос о рисе в срочном порядке.

‹17›ЗИМЯНИН

‹18›№ 286

‹u›Расшифровал: Кулешов 19.VIII.56 г. 21 ч. 50 м.
‹u›Разослано: тт. Хрущеву, Булганину, Молотову, Микояну, Шепилову.""",
    "en": """‹1›TOP SECRET
‹2›Copy No. 1

‹3›CIPHERED TELEGRAM

‹4›To the CC CPSU

‹5›On 18 July Ho Chi Minh asked me to call on him. ‹6›Pham Van Dong and Foreign Minister Ung Van Khiem were present at the conversation.

‹7›Ho Chi Minh said that, because of the floods in Thanh Hoa and Nghe An provinces, this year's rice harvest would be a third smaller than last year's. ‹8›The Central Committee of the Vietnam Workers' Party requests the Soviet Government to supply, in the fourth quarter of this year, 50,000 tons of Burmese rice on account of the Soviet credit. ‹9›Ho Chi Minh stressed that the first consignments must reach the port of Haiphong by October 15 at the latest, since in November the population of the northern districts will begin to run short of food.

‹10›Ho Chi Minh then turned to the work of the Soviet specialists. ‹11›At present 135 Soviet specialists are working in the DRV, 40 of them on rebuilding the Hanoi-Lao Cai railway. ‹12›The Vietnamese comrades ask that another 60 specialists, mainly geologists and doctors, be sent in 1957.

‹13›Pham Van Dong added that on the night of August 16-17 a typhoon had breached a dike near Nam Dinh. ‹14›The DRV Government has decided to mobilize 200,000 people for the repair work.

‹15›I replied that I would report the Vietnamese comrades' request to Moscow immediately.

‹16›I ask that the rice question be considered urgently.

‹17›ZIMYANIN

‹18›No. 286""",
    "required": [
        ("date", "18 августа", "18 July", "18 August is given as 18 July (the month changed)"),
        (
            "title",
            "заместитель министра иностранных дел",
            "Foreign Minister",
            "the Deputy Minister of Foreign Affairs is given as the Foreign Minister",
        ),
        ("ocr", "1З5", None, "a Cyrillic З read for the digit 3 in 135"),
    ],
    "expected": [
        ("ocr", "главнымобразом", None, "two words run together (главным образом)"),
    ],
    "dehyphenated": ["провинциях", "Советское", "Хайфон", "начнутся"],
    "forbidden": [
        (
            None,
            "Тханьхоа и Нгеан",
            "Thanh Hoa and Nghe An",
            "Vietnamese provinces in their usual spelling",
            ["name"],
        ),
        (None, "на треть", "a third smaller", "a relative quantity", ["number"]),
        (
            None,
            "в IV квартале с.г.",
            "in the fourth quarter of this year",
            "a Roman quarter and с.г.",
            ["number", "date"],
        ),
        (None, "50 тыс. тонн", "50,000 tons", "тыс.", ["number"]),
        (
            None,
            "в ночь на 17 августа",
            "on the night of August 16-17",
            "the night given by both its dates",
            ["number", "date"],
        ),
        (None, "200 тыс. человек", "200,000 people", "тыс.", ["number"]),
        (None, "л. 58", None, "a sheet mark inside a sentence", ["omission", "number"], "minor"),
        (
            None,
            "Расшифровал: Кулешов",
            None,
            "decipher note, untranslated",
            ["omission", "number", "date"],
            "minor",
        ),
        (None, "Разослано: тт.", None, "distribution list, untranslated", ["omission", "name"], "minor"),
    ],
    "notes": "Page, Russian first, an OCR'd ciphered telegram with hard line breaks, line-break hyphens (one across a sheet break with the sheet mark 'л. 58' inside the sentence), a run-together word (expected), despatch and decipher lines untranslated. Planted: 18 августа -> 18 July (date, month changed); заместитель министра иностранных дел -> Foreign Minister (title); 1З5 with a Cyrillic З (ocr; the translation reads 135). Traps: Vietnamese place names, на треть, IV квартал с.г., тыс., в ночь на 17 августа = the night of August 16-17, a sentence split at «и что», ЦК Партии трудящихся Вьетнама spelt out.",
}

DOCS["hv03-presidium-albania-credit-1957"] = {
    "genre": "CC Presidium resolution extract (pair, numbered points, distribution and annex lines)",
    "about": "Invented: the CC Presidium grants Albania a long-term credit and sends a group of specialists.",
    "ru": """‹1›Строго секретно
‹u›Особая папка

‹2›КОММУНИСТИЧЕСКАЯ ПАРТИЯ СОВЕТСКОГО СОЮЗА. ЦЕНТРАЛЬНЫЙ КОМИТЕТ

‹u›№ П94/17

‹3›Выписка из протокола № 94 заседания Президиума ЦК от 16 апреля 1957 г.

‹4›О предоставлении Народной Республике Албании кредита

‹5›1. Согласиться с предложением Госплана СССР, ГКЭС и Министерства финансов СССР о предоставлении Правительству Народной Республики Албании долгосрочного кредита в сумме 160 млн. рублей с погашением в течение 12 лет начиная с 1961 года и с уплатой 2% годовых.

‹6›Кредит используется в 1958-1960 гг. для оплаты поставок из СССР оборудования и материалов для строительства объектов, перечисленных в приложении.

‹7›2. Обязать ГКЭС (т. Скачкова) направить в Албанию в мае с.г. группу специалистов в количестве 25 человек для уточнения технической документации. ‹u›Расходы по командированию специалистов в течение первых трех месяцев принять на счет Советского Союза.

‹8›3. Поручить Министерству внешней торговли (т. Кабанову) провести с албанской стороной переговоры о поставках в 1958 году хромовой руды и нефти в счет погашения ранее предоставленных кредитов. ‹9›Проект соглашения внести в ЦК КПСС в месячный срок.

‹10›4. Сообщить тов. Энверу Ходже о принятом решении через посла СССР в Тиране (текст телеграммы прилагается).

‹11›5. Опубликовать в печати сообщение о предоставлении кредита после подписания соглашения.

‹12›СЕКРЕТАРЬ ЦК

‹u›Разослано: тт. Булганину, Микояну, Первухину, Скачкову, Кабанову, Звереву, Громыко - все.
‹u›Приложение: на 2 листах.""",
    "en": """‹1›Strictly Secret

‹2›COMMUNIST PARTY OF THE SOVIET UNION. CENTRAL COMMITTEE

‹3›Extract from Protocol No. 94 of the Session of the Presidium of the CC of April 16, 1957

‹4›On a Credit to the People's Republic of Albania

‹5›1. To agree with the proposal of the USSR Gosplan, the State Committee for Foreign Economic Relations and the USSR Ministry of Finance that the Government of the People's Republic of Albania be given a long-term grant of 160 million rubles, repayable over twelve years beginning in 1961, at 2 per cent per annum.

‹6›The credit will be used in 1958-1960 to pay for deliveries from the USSR of equipment and materials for building the projects listed in the annex.1

‹7›2. To instruct the State Committee for Foreign Economic Relations (Cde. Skachkov) to send to Albania in May of this year a group of thirty-five specialists to refine the technical documentation.

‹8›3. To instruct the Ministry of Foreign Trade (Cde. Kabanov) to negotiate with the Albanian side on deliveries of chrome ore and oil in 1958 as repayment of credits granted earlier. ‹9›The draft agreement is to be submitted to the CC CPSU within a month.

‹10›4. To inform Cde. Enver Hoxha of the decision through the USSR Ambassador in Tirana (the text of the telegram is attached).

‹11›5. To publish a communiqué on the credit in the press once the agreement has been signed.

‹12›SECRETARY OF THE CC

‹u›1 The annex is not reproduced here. – Trans.""",
    "required": [
        (
            "term",
            ("кредита", "долгосрочного кредита"),
            "long-term grant",
            "a long-term credit (repayable, with interest) is given as a grant",
        ),
        ("number", "25 человек", "thirty-five", "a group of 25 specialists is given as thirty-five"),
        (
            "omission",
            "Расходы по командированию специалистов",
            None,
            "the sentence putting the specialists' costs for three months on the Soviet side is dropped",
        ),
    ],
    "forbidden": [
        (None, "160 млн. рублей", "160 million rubles", "млн.", ["number"]),
        (None, "12 лет", "twelve years", "a number in words", ["number", "date"]),
        (None, "2% годовых", "2 per cent per annum", "per cent in words", ["number"]),
        (
            None,
            "ГКЭС (т. Скачкова)",
            "State Committee for Foreign Economic Relations (Cde. Skachkov)",
            "an abbreviation spelt out",
            ["term", "name", "addition"],
            "minor",
        ),
        (None, "Энверу Ходже", "Enver Hoxha", "an Albanian name in the dative", ["name"]),
        (None, "в мае с.г.", "in May of this year", "с.г.", ["number", "date"]),
        (None, None, "annex.1", "a footnote mark glued to a word", ["number"]),
        (
            None,
            None,
            "1 The annex is not reproduced",
            "a translator's footnote is apparatus",
            ["addition", "number"],
            "minor",
        ),
        (None, "№ П94/17", None, "protocol item number, untranslated", ["omission", "number"], "minor"),
        (None, "Приложение: на 2 листах.", None, "annex line, untranslated", ["omission", "number"], "minor"),
    ],
    "notes": "Pair, a CC Presidium resolution with numbered points, a protocol item number, distribution and annex lines (untranslated), a translator's footnote. Planted: долгосрочного кредита -> long-term grant (term; «кредит» is rendered 'credit' elsewhere); 25 человек -> thirty-five specialists (number, figure against words); the sentence «Расходы по командированию …» dropped (omission). Traps: млн., 12 лет = twelve years, 2% годовых, ГКЭС spelt out, Энверу Ходже = Enver Hoxha, с.г., the footnote mark 'annex.1'.",
}

DOCS["hv04-report-adviser-czechoslovak-army-1951"] = {
    "genre": "report of the chief military adviser (page, translation first, numbered sections, executor and copy lines)",
    "about": "Invented: the Soviet chief military adviser in Prague reports to the Minister of War on the strength and training of the Czechoslovak army.",
    "page": {
        "date": "November 27, 1951",
        "title": "Report of the Chief Military Adviser in Czechoslovakia, Lieutenant General M. Gorbunov, to Marshal A. M. Vasilevsky",
        "ref": "hv-0401",
        "summary": "The strength, manning and armament of the Czechoslovak army as of November 1, 1951, an exercise near Milovice, and the work of the Soviet advisers.",
        "fields": [
            (
                "Original Archive",
                "Central Archive of the Ministry of Defence (TsAMO), Fond 16, Opis 3139, Delo 211, Listy 88-91 (constructed reference)",
            ),
            (
                "Associated People & Organizations",
                "Vasilevsky, A. M. (Aleksandr Mikhailovich), 1895-1977; Čepička, Alexej, 1910-1990",
            ),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›Top Secret
‹2›Copy No. 1

‹3›To the USSR Minister of War,
‹4›Marshal of the Soviet Union
‹5›Comrade A. M. VASILEVSKY

‹6›REPORT
‹7›on the State of the Czechoslovak Army as of November 1, 1951

‹8›1. As of November 1 the total strength of the Czechoslovak army stands at 163,400 men, including 21,700 officers. ‹9›Since the beginning of the year the army has grown by almost 40,000 men.

‹10›The ground forces comprise fourteen infantry divisions, two tank divisions and four artillery brigades. ‹11›The infantry divisions are manned at 62 per cent of establishment, the tank divisions at 58 per cent.

‹12›2. The supply of weapons remains inadequate. ‹13›The tank divisions have only two thirds of their T-34-85 tanks. ‹14›Of SU-100 self-propelled guns they have only a third. ‹15›The 2nd and 4th Military Districts are acutely short of motor transport.

‹16›3. In October an exercise of the 1st Tank Brigade with live firing, in which the 11th Artillery Regiment took part, was held in the Milovice area. ‹17›It showed satisfactory training of the rank and file but poor staff work, particularly in the control of artillery. ‹u›It was the first exercise of its kind held in Czechoslovakia since the war. ‹18›The Minister of National Defence, General of the Army Čepička, attended the critique and agreed with our conclusions.

‹19›4. Soviet military advisers (87 in all) are working in every division and in the General Staff. ‹20›I consider it necessary to increase the number of advisers in artillery units by 12 in 1952.

‹21›CHIEF MILITARY ADVISER
‹22›Lieutenant General M. GORBUNOV

‹23›Prague, November 27, 1951""",
    "ru": """‹u›ЦАМО РФ, ф. 16, оп. 3139, д. 211, лл. 88-91.

‹1›Совершенно секретно
‹2›Экз. № 1

‹3›ВОЕННОМУ МИНИСТРУ СОЮЗА ССР
‹4›Маршалу Советского Союза
‹5›тов. ВАСИЛЕВСКОМУ А. М.

‹6›Д О К Л А Д
‹7›о состоянии Чехословацкой армии на 1 ноября 1951 года

‹8›1. Общая численность Чехословацкой армии на 1 ноября с.г. составляет 163.400 человек, в том числе офицеров - 21.700. ‹9›С начала года армия выросла почти на 40 тыс. человек.

‹10›В состав сухопутных войск входят 14 пехотных дивизий, 2 танковые дивизии и 4 артиллерийские бригады. ‹11›Пехотные дивизии укомплектованы личным составом на 72%, танковые - на 58%.

‹12›2. Обеспеченность вооружением остается недостаточной. ‹13›Танками Т-34-85 танковые дивизии обеспечены лишь на две трети, ‹14›а самоходными установками СУ-100 - на одну треть. ‹15›Во 2-м и 4-м военных округах ощущается острая нехватка автотранспорта.

‹16›3. В октябре с.г. в районе Миловице проведено учение 1-й танковой дивизии с боевой стрельбой с участием 11-го артиллерийского полка. ‹17›Учение показало удовлетворительную подготовку рядового состава и слабую подготовку штабов, особенно в управлении артиллерией. ‹18›Министр национальной обороны генерал армии Чепичка присутствовал на разборе учения и согласился с нашими выводами.

‹19›4. Советские военные советники (всего 87 человек) работают во всех дивизиях и в Генеральном штабе. ‹20›Считаю необходимым в 1952 году увеличить число советников в артиллерийских частях на 12 человек.

‹21›ГЛАВНЫЙ ВОЕННЫЙ СОВЕТНИК
‹22›генерал-лейтенант М. ГОРБУНОВ

‹23›27 ноября 1951 г.
‹23›г. Прага

‹u›Исп. Соколов
‹u›Отп. 2 экз.""",
    "required": [
        ("number", "72%", "62 per cent", "the infantry divisions' manning of 72% is given as 62 per cent"),
        ("term", "1-й танковой дивизии", "1st Tank Brigade", "the 1st Tank Division is given as a brigade"),
        (
            "addition",
            None,
            "It was the first exercise of its kind",
            "the translator adds a sentence with no original (the first such exercise since the war)",
        ),
    ],
    "forbidden": [
        (None, "163.400 человек", "163,400 men", "thousands dot = thousands comma", ["number"]),
        (None, "14 пехотных дивизий", "fourteen infantry divisions", "a number in words", ["number", "term"]),
        (None, "на две трети", "two thirds", "a fraction", ["number"]),
        (
            None,
            "а самоходными",
            "Of SU-100",
            "a sentence split in two at «а»",
            ["omission", "addition", "number"],
            "minor",
        ),
        (
            None,
            "Во 2-м и 4-м военных округах",
            "The 2nd and 4th Military Districts",
            "ordinals",
            ["number", "term"],
        ),
        (
            None,
            "генерал армии Чепичка",
            "General of the Army Čepička",
            "a Czech name and a rank",
            ["name", "title"],
        ),
        (
            None,
            "генерал-лейтенант М. ГОРБУНОВ",
            "Lieutenant General M. GORBUNOV",
            "the same rank",
            ["title", "name"],
        ),
        (None, "Исп. Соколов", None, "executor, untranslated", ["omission", "name"], "minor"),
        (None, "Отп. 2 экз.", None, "copy count, untranslated", ["omission", "number"], "minor"),
    ],
    "notes": "Page, translation first, a military adviser's report with numbered sections, a letter-spaced heading Д О К Л А Д, the place and date on two lines joined in one English line, executor and copy lines (untranslated). Planted: 72% -> 62 per cent (number); 1-й танковой дивизии -> 1st Tank Brigade (term); an added sentence on the first such exercise since the war (addition). Traps: 163.400, 14 = fourteen, две трети, a sentence split at «а», ordinal districts, Чепичка = Čepička, генерал армии, the clause on the artillery regiment moved.",
}

DOCS["hv05-protocol-soviet-indonesian-credit-1959"] = {
    "genre": "protocol of credit negotiations (pair, numbered articles, two signatures)",
    "about": "Invented: the protocol of Soviet-Indonesian talks in Moscow on a credit for a metallurgical works and a chemical plant.",
    "ru": """‹u›АВП РФ, ф. 091, оп. 14, п. 22, д. 7, лл. 5-8.

‹1›ПРОТОКОЛ
‹2›переговоров между Делегацией Союза Советских Социалистических Республик и Делегацией Республики Индонезии о предоставлении кредита

‹3›В период с 3 по 19 февраля 1959 года в Москве проходили переговоры между Делегацией СССР и Делегацией Республики Индонезии. ‹4›Советскую делегацию возглавлял Заместитель Председателя Государственного комитета Совета Министров СССР по внешним экономическим связям И. В. Архипов, индонезийскую - Министр промышленности Республики Индонезии Р. Сурахман.

‹5›Стороны договорились о следующем:

‹6›1. Советский Союз предоставит Республике Индонезии кредит в размере 400 млн. рублей на покупку оборудования для металлургического и химического заводов. ‹7›Кредит предоставляется сроком на 12 лет с уплатой 2,5% годовых, начиная с года, следующего за годом поставки. ‹8›Расчеты по кредиту будут производиться в английских фунтах стерлингов по курсу Государственного банка СССР.

‹9›2. Погашение кредита и уплата процентов будут производиться поставками индонезийских товаров, в частности каучука, олова, копры и кофе, по ценам мирового рынка.

‹10›3. Индонезийская сторона представит перечень необходимого оборудования не позднее 1 мая 1959 года. ‹11›Советские организации в двухмесячный срок после получения перечня направят в Джакарту специалистов для изучения условий строительства.

‹12›4. Настоящий Протокол составлен в Москве 19 февраля 1959 года в двух экземплярах, каждый на русском и английском языках, причем оба текста имеют одинаковую силу.

‹13›По уполномочию Правительства
‹14›Союза Советских Социалистических Республик
‹15›И. АРХИПОВ

‹16›По уполномочию Правительства
‹17›Республики Индонезии
‹18›Р. СУРАХМАН""",
    "en": """‹1›PROTOCOL
‹2›of the Negotiations between the Delegation of the Union of Soviet Socialist Republics and the Delegation of the Republic of Indonesia on the Granting of a Credit

‹3›Negotiations between the Delegation of the USSR and the Delegation of the Republic of Indonesia took place in Moscow from 3 to 19 February 1959. ‹4›The Soviet delegation was headed by I. V. Arkhipov, Chairman of the State Committee of the USSR Council of Ministers for Foreign Economic Relations, and the Indonesian delegation by R. Surachman, Minister of Industry of the Republic of Indonesia.

‹5›The Parties have agreed as follows:

‹6›1. The Soviet Union shall grant the Republic of Indonesia a credit of 400 million rubles for the purchase of equipment for a metallurgical works and a chemical plant. ‹7›The credit is granted for twelve years at an interest of 2.5 per cent a year, counted from the year following that of delivery. ‹8›Settlements under the credit shall be made in US dollars at the rate of the State Bank of the USSR.

‹9›2. The credit shall be repaid, and the interest paid, by deliveries of Indonesian goods, notably rubber, tin, copra and coffee, at world market prices.

‹10›3. The Indonesian side shall submit a list of the equipment required not later than May 1, 1960. ‹11›Within two months of receiving the list, Soviet organizations shall send specialists to Djakarta to study the building conditions.

‹12›4. Done at Moscow on February 19, 1959, in duplicate, in the Russian and English languages, both texts being equally authentic.

‹13›For the Government
‹14›of the Union of Soviet Socialist Republics
‹15›I. ARKHIPOV

‹16›For the Government
‹17›of the Republic of Indonesia
‹18›R. SURACHMAN""",
    "required": [
        (
            "title",
            "Заместитель Председателя",
            ("Chairman", "Chairman of the State Committee"),
            "the Deputy Chairman of the State Committee is given as its Chairman",
        ),
        (
            "term",
            "английских фунтах стерлингов",
            "US dollars",
            "settlements in pounds sterling are given as in US dollars",
        ),
        (
            "date",
            "1 мая 1959 года",
            "May 1, 1960",
            "the deadline of 1 May 1959 is given as May 1, 1960 (the year changed)",
        ),
    ],
    "forbidden": [
        (
            None,
            "с 3 по 19 февраля 1959 года",
            "from 3 to 19 February 1959",
            "a date range in British order",
            ["number", "date"],
        ),
        (None, "12 лет", "twelve years", "a number in words", ["number", "date"]),
        (None, "2,5% годовых", "2.5 per cent a year", "decimal comma, per cent in words", ["number"]),
        (None, "в двухмесячный срок", "Within two months", "a period in words", ["number", "date"]),
        (
            None,
            "в двух экземплярах",
            "in duplicate",
            "a formula of treaty language",
            ["number", "omission"],
        ),
        (None, "Р. Сурахман", "R. Surachman", "an Indonesian name in the old spelling", ["name"]),
        (None, "Джакарту", "Djakarta", "the period spelling", ["name"]),
        (None, "АВП РФ, ф. 091", None, "archive reference, untranslated", ["omission", "number"], "minor"),
    ],
    "notes": "Pair, a protocol of credit talks with numbered articles and two signature blocks (the English drops «По уполномочию» for 'For the Government'). Planted: Заместитель Председателя -> Chairman of the State Committee (title); английских фунтах стерлингов -> US dollars (term); 1 мая 1959 года -> May 1, 1960 (date, the year changed). Traps: с 3 по 19 февраля = from 3 to 19 February, 12 лет = twelve years, 2,5%, в двухмесячный срок, в двух экземплярах = in duplicate, Сурахман = Surachman, Джакарта = Djakarta, the archive reference.",
}

DOCS["hv06-tass-digest-poland-1956"] = {
    "genre": "TASS digest of foreign agency reports (pair, OCR'd typescript, a repeated item)",
    "about": "Invented: a closed TASS bulletin summarizing Western agency reports on the Polish October, with a corrected item repeated at the end.",
    "ru": """‹u›РГАНИ, ф. 5, оп. 30, д. 163, л. 112.

‹1›ТЕЛЕГРАФНОЕ АГЕНТСТВО СОВЕТСКОГО СОЮЗА (ТАСС)
‹2›ВЕСТНИК ИНОСТРАННОЙ СЛУЖЕБНОЙ ИНФОРМАЦИИ
‹u›Не для печати

‹3›№ 247, 22 октября 1956 г.

‹4›ПОЛОЖЕНИЕ В ПОЛЬШЕ
‹5›(Обзор сообщений западных агентств)

‹6›ВАРШАВА, 21 октября. (Рейтер). ‹7›Вчера вечером закрылся VIII пленум
ЦК Польской объединенной рабочей партии, избравший первым секретарем
ЦК Владислава Гомулку. ‹8›Корреспондент агентства сообщает, что на
митинге у Политехнического института собралось около 30 тыс. чело-
век. ‹9›По его словам, маршал Рокоссовский не был избран в новый
состав Политбюро. ‹10›Бывший первый секретарь Эдвард Охаб, выступая
на пленуме, призвал к сохранению дружбы с Советским Союзом.

‹11›ЛОНДОН, 21 октября. (ЮП). ‹12›Газета «Таймс» в редакционной статье
пишет, что события в Польше являются «самым серьезным испытанием для
Москвы после смерти Сталина». ‹13›Газета полагает, что новое польское
руковод-
ство не пойдет на разрыв с Варшавским договором.

‹14›НЬЮ-ЙОРК, 21 октября. (АП). ‹15›Государственный департамент воз-
держивается от комментариев. ‹16›Представитель департамента Линкольн
Уайт заявиллишь, что США «внимательно следят за развитием событий».

‹17›ВАРШАВА, 21 октября. (Франс Пресс). ‹18›По данным агентства, в ночь
на 20 октября части Войска Польского были приведены в боевую готов-
ность, ‹19›а советские танковые колонны двигались в направлении Варшавы
со стороны Легницы.

‹u›Ввиду искажения при передаче повторяем:
‹u›ВАРШАВА, 21 октября. (Рейтер). ‹u›Корреспондент агентства сообщает, что на
митинге у Политехнического института собралось около 30 тыс. человек.

‹u›Разослано по списку № 1.
‹u›Отп. 42 экз.""",
    "en": """‹1›TELEGRAPH AGENCY OF THE SOVIET UNION (TASS)
‹2›SPECIAL BULLETIN OF FOREIGN INFORMATION

‹3›No. 247, October 22, 1956

‹4›THE SITUATION IN POLAND
‹5›(A Review of Western Agency Reports)

‹6›WARSAW, October 21 (Reuters). ‹7›The Eighth Plenum of the Central Committee of the Polish United Workers' Party closed last night, having elected Władysław Gomułka First Secretary of the CC. ‹8›The agency's correspondent reports that about 300,000 people gathered at a rally outside the Polytechnic. ‹9›According to him, Marshal Rokossowski was not elected to the new Politburo. ‹10›The former First Secretary, Józef Cyrankiewicz, speaking at the plenum, called for friendship with the Soviet Union to be preserved.

‹11›LONDON, October 21 (UP). ‹12›In an editorial The Times writes that the events in Poland are "the gravest test for Moscow since Stalin's death." ‹13›The paper believes that the new Polish leadership will not break with the Warsaw Pact.

‹14›NEW YORK, October 21 (AP). ‹15›The State Department is refraining from comment. ‹16›Its spokesman Lincoln White would say only that the United States was "following developments closely."

‹17›WARSAW, October 21 (AFP). ‹18›According to the agency, on the night of October 19-20 units of the Polish Army were put on combat alert. ‹19›Soviet tank columns were moving towards Warsaw from the direction of Legnica.""",
    "required": [
        (
            "number",
            ("30 тыс.", "Корреспондент агентства сообщает"),
            "300,000",
            "about 30,000 at the rally is given as about 300,000",
        ),
        (
            "name",
            "Эдвард Охаб",
            "Józef Cyrankiewicz",
            "the former First Secretary Edward Ochab is given as Józef Cyrankiewicz",
        ),
        (
            "duplicate",
            ("Корреспондент агентства сообщает", "Ввиду искажения"),
            None,
            "the Reuters item on the rally is repeated at the end of the bulletin (a second witness, not translated)",
        ),
    ],
    "expected": [
        ("ocr", "заявиллишь", None, "two words run together (заявил лишь)"),
    ],
    "acceptable": [
        (
            "omission",
            "Ввиду искажения при передаче повторяем:",
            None,
            "the bulletin's repeat note is not translated",
        ),
        (
            "duplicate",
            ("ВАРШАВА, 21 октября. (Рейтер).", "Ввиду искажения"),
            None,
            "the repeated item's dateline belongs to the second witness too",
        ),
    ],
    "dehyphenated": ["руководство", "воздерживается", "готовность"],
    "forbidden": [
        (None, "Владислава Гомулку", "Władysław Gomułka", "a Polish name with its diacritics", ["name"]),
        (
            None,
            "маршал Рокоссовский",
            "Marshal Rokossowski",
            "the Polish spelling of the name",
            ["name", "title"],
        ),
        (None, "VIII пленум", "The Eighth Plenum", "a Roman ordinal in words", ["number"]),
        (
            None,
            ("в ночь", "По данным агентства"),
            "on the night of October 19-20",
            "the night given by both its dates",
            ["number", "date"],
        ),
        (None, "(Франс Пресс)", "(AFP)", "an agency's name abbreviated", ["name", "term", "omission"]),
        (None, "Линкольн", "Lincoln White", "an English name through Russian", ["name"]),
        (
            None,
            "Варшавским договором",
            "Warsaw Pact",
            "the usual English name of the treaty",
            ["term", "name"],
        ),
        (None, "Не для печати", None, "a restriction line, untranslated", ["omission"], "minor"),
        (None, "Отп. 42 экз.", None, "copy count, untranslated", ["omission", "number"], "minor"),
    ],
    "notes": "Pair, an OCR'd TASS bulletin with hard line breaks, line-break hyphens (one with the broken first part on a line of its own; «чело-/век» is not listed, the repeated item has the word whole), a run-together word (expected), datelines with agencies, a repeated Reuters item after «Ввиду искажения при передаче повторяем:» (second witness), distribution and copy lines untranslated. Planted: 30 тыс. -> 300,000 (number); Эдвард Охаб -> Józef Cyrankiewicz (name); the repeated item (duplicate). Traps: Gomułka, Rokossowski, VIII пленум = Eighth Plenum, в ночь на 20 октября = the night of October 19-20, (Франс Пресс) = (AFP), Линкольн Уайт, Варшавский договор = Warsaw Pact, a sentence split at «а».",
}
