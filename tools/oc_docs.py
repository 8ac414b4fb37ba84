# ruff: noqa: E501, RUF001, W291  (the texts are data: Cyrillic and Latin look-alike letters are on purpose; trailing spaces are Markdown line breaks)
"""The invented oc documents of archival-own (read by build_archival_oc.py): OCR and noisy transcriptions.

Noise on both sides, in the style of the three development series (Korea, Mongolia, the wartime
correspondence): words run together, words broken at a line's end or across a sheet mark, Latin letters inside
Russian words, digits for letters and letters for digits, '1 am' and 'tbe', a dropped letter, page numbers and
running heads inside a paragraph, stamps, resolutions and '[illegible]'. Each is an OCR note at most, never a
number, name, omission or addition finding. Each document also plants one or two real discrepancies that the
noise must not hide (one of them a garbled figure that is really a different figure). Every text is invented
(persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

_APP = ["omission", "addition", "number", "date", "name", "title", "term"]
_NOISE = ["omission", "addition", "number", "date", "name", "title", "term"]  # OCR noise: an ocr note at most

DOCS["oc01-shtykov-telegram-rice-1949"] = {
    "genre": "ciphered telegram (page, Russian first, OCR'd: Latin letters in Russian words, a word across a sheet mark, a running head)",
    "about": "Invented: Ambassador Shtykov asks Moscow to speed up rice and fertiliser deliveries to the DPRK after the drought.",
    "page": {
        "date": "October 11, 1949",
        "title": "Ciphered Telegram from T. F. Shtykov to A. Ya. Vyshinsky on Rice Deliveries",
        "ref": "oc-0101",
        "translator": "G. Harlan",
        "summary": "Shtykov reports the drought in South Hamgyong and asks for rice, fertiliser and fuel to be shipped before the ports freeze.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹h1›ШИФРТЕЛЕГРАММА

‹1›Mocквa, МИД СССР
‹2›тов. ВЫШИНСКОМУ

‹3›Сообщаю, что в провинции Южная Хамген в результате засухи урожай риса составил не более 60% прошлогоднего. ‹4›Министр торговли КНДР Дян Си У обратился ко мне с просьбой ускорить поставку риса по 3аявке Правительства КНДР. ‹5›Корейцы просят отгрузить З0 тыс. тонн риса и 8 тыс. тонн удобрений до 15 ноября, пока не замерз порт Чхонджин.

‹u›- 2 -

‹6›Кроме того, Правительство КНДР просит поставить 4.500 тонн дизельного топлива для рыболовецких судов. ‹7›Рыбный промысел на восточном побережье обеспечивает около трети продовольствия провинции. ‹8›Считаю просьбу корейцев обоснованной и прошу Вашего указания Министерству внешней тор-

‹u›л. 87

говли об ускорении отгрузки. ‹u›Посол СССР в КНДР т. Штыков лично выезжал в провинцию 3 октября.

‹9›ШТЫКОВ

‹u›№ 1184
‹u›11.X.49

‹u›Резолюция: т. Меньшикову. Доложить предложения. А. В.""",
    "en": """‹h1›CIPHERED TELEGRAM

‹1›Moscow, USSR Ministry of Foreign Affairs
‹2›To Comrade VYSHINSKY

‹3›1 have to report that as a result of the drought tbe rice harvest in South Hamgyong Province came to no more than 60 per cent of last year's. ‹4›The DPRK Minister of Trade, Chang Si U, has asked me to speed up the delivery of rice under the DPRK Government's request. ‹5›The Koreans ask that 30,000 tons of rice and 8,000 tons of fertiliser be shipped before November 5, while the port of Chongjin is still free of ice.

‹6›The DPRK Government also asks for 4,500 tons of diesel fuel for fishing vessels. ‹7›Fishing on the east coast provides about a third of the province's food. ‹8›I consider the Koreans' request well founded and ask for your instructions to the Ministry of Foreign Trade to speed up the shipments.

‹9›SHTYKOV""",
    "dehyphenated": ["торговли"],
    "required": [
        ("date", "до 15 ноября", "before November 5", "November 15 is given as November 5"),
        (
            "omission",
            "лично выезжал в провинцию",
            None,
            "the sentence on the ambassador's visit to the province on October 3 is not translated",
        ),
    ],
    "expected": [],
    "forbidden": [
        (None, "ШИФРТЕЛЕГРАММА", "CIPHERED TELEGRAM", "the form's heading", _APP, "minor"),
        (None, "Mocквa", "Moscow", "Latin o and c inside a Russian word (OCR)", _NOISE),
        (None, "тов. ВЫШИНСКОМУ", "Comrade VYSHINSKY", "the addressee in the dative", ["name"], "minor"),
        (None, None, "1 have to report", "OCR '1' for 'I'", _NOISE),
        (None, None, "tbe rice", "OCR 'tbe' for 'the'", _NOISE),
        (None, "60%", "60 per cent", "per cent", ["number"]),
        (None, "Дян Си У", "Chang Si U", "a Korean name transcribed", ["name"], "minor"),
        (None, "3аявке", ("request", "Government's request"), "digit 3 for the letter З (OCR)", _NOISE),
        (
            None,
            "З0 тыс. тонн",
            "30,000 tons",
            "the letter З for the digit 3 in a figure (OCR): 30 thousand",
            _NOISE,
        ),
        (None, "8 тыс. тонн", "8,000 tons", "the same tonnage", ["number"]),
        (None, "Чхонджин", "Chongjin", "a Korean port transcribed", ["name"], "minor"),
        (None, "- 2 -", None, "a page number inside the text", _NOISE),
        (None, "4.500 тонн", "4,500 tons", "thousands dot", ["number"]),
        (None, "около трети", "about a third", "a fraction in words", ["number"]),
        (None, "л. 87", None, "a sheet mark inside a broken word", _NOISE),
        (None, "№ 1184", None, "the telegram's number", _APP, "minor"),
        (None, "11.X.49", None, "the typist's date", _APP, "minor"),
        (None, "Резолюция: т. Меньшикову", None, "a resolution written on the telegram", _APP, "minor"),
        (None, "ШТЫКОВ", "SHTYKOV", "the signature", ["name"], "minor"),
    ],
    "notes": "Russian-first page, OCR on both sides: Mocквa with Latin o and c, 3 for З in a word, З for 3 in a figure (З0 тыс.), a page number '- 2 -' between paragraphs, a word broken across a sheet mark (тор-/л. 87/говли), a resolution; English '1 have', 'tbe'. Planted: November 15 -> November 5 (date); the sentence on the ambassador's visit omitted.",
}

DOCS["oc02-politburo-mpr-veterinary-1948"] = {
    "genre": "Politburo decision (page, Russian first, typed with line breaks and hyphens, OCR digits for letters, a stamp)",
    "about": "Invented: the Politburo sends veterinary detachments and vaccine to the MPR after an epizootic.",
    "page": {
        "date": "March 3, 1948",
        "title": "Excerpt from Protocol No. 62 of the Politburo of the CC VKP(b), On Veterinary Aid to the MPR",
        "ref": "oc-0102",
        "translator": "L. Brandt",
        "summary": "Veterinary detachments, vaccine and horses are sent to the Mongolian People's Republic on credit.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹h1›Строго секретно

‹u›[Штамп: ЦК ВКП(б). Общий отдел. Вх. № 0417]

‹1›Выписка из протокола № 62 заседания Политбюро ЦК ВКП(б)  
‹2›Решение от 3 марта 1948 г.

‹3›О ветеринарной помощи Монгольской Народной Респу6лике.

‹4›1. 0бязать Министерство сельского хозяйства СССР (т. Бенедиктов) направить  
в МНР до 1 апреля 1948 г. 14 ветеринарных отрядов общей численностью  
210 человек.

‹5›2. Обязать Министерство внешней торговли (т. Меньшиков) поставить Прави-  
тельству МНР в счет кредита вакцины против ящура на сумму l.800 тыс. тугриков  
и 2.500 голов племенных лошадей.

‹6›3. Поручить т. Лаврентьеву согласовать с т. Чойбалсаном порядок раз-  
мещения отрядов в аймаках.

‹7›СЕКРЕТАРЬ ЦК

‹u›Резолюция: Согласен. В. М.""",
    "en": """‹h1›Strictly Secret

‹1›Excerpt from Protocol No. 62 of the Meeting of the Politburo of the CC VKP(b)
‹2›Decision of March 3, 1948

‹3›On veterinary aid to the Mongolian Peopl's Republic.

‹4›1. To oblige the USSR Ministry of Agriculture (Cde. Benediktov) to send 14 veterinary detachments with a total strength of 210 men to the MPR by April 1, 1948.

‹5›2. To oblige the Ministry of Foreign Trade (Cde. Menshikov) to deliver to the Government of the MPR, on account of the credit, foot-and-mouth vaccine to the value of 1,300 thousand tugriks and 2,500 head of breeding horses.

‹6›3. To instruct Cde. Lavrov to agree with Cde. Choibalsan the arrangements for stationing the detachments in the aimaks.

‹7›SECRETARY OF THE CC""",
    "dehyphenated": ["Правительству", "размещения"],
    "required": [
        (
            "number",
            "l.800 тыс.",
            "1,300 thousand",
            "1,800 thousand tugriks (typed 'l.800', an OCR 'l' for 1) are given as 1,300 thousand",
        ),
        ("name", "т. Лаврентьеву", "Cde. Lavrov", "Lavrentiev is given as Lavrov"),
    ],
    "expected": [],
    "forbidden": [
        (None, "Строго секретно", "Strictly Secret", "the secrecy mark", _APP, "minor"),
        (None, "[Штамп: ЦК ВКП(б)", None, "a registration stamp", _APP, "minor"),
        (None, ("62", "протокола № 62"), ("62", "Protocol No. 62"), "protocol number", ["number"]),
        (None, "3 марта 1948 г.", "March 3, 1948", "the same date", ["number", "date"]),
        (
            None,
            "Респу6лике",
            "Peopl's Republic",
            "6 for б in the Russian, a dropped letter in the English (OCR)",
            _NOISE,
        ),
        (None, "0бязать", ("To oblige", "To oblige the USSR"), "digit 0 for the letter О (OCR)", _NOISE),
        (None, "т. Бенедиктов", "Cde. Benediktov", "the same minister", ["name"], "minor"),
        (None, "1 апреля 1948 г.", "April 1, 1948", "the same date", ["number", "date"]),
        (None, "14 ветеринарных", "14 veterinary", "the same count", ["number"]),
        (None, "210 человек", "210 men", "a count after a line break", ["number"]),
        (None, "Прави-", "Government of the MPR", "a word broken at a line's end", _NOISE),
        (None, "2.500 голов", "2,500 head", "thousands dot", ["number"]),
        (None, "т. Чойбалсаном", "Cde. Choibalsan", "a name in the instrumental", ["name"], "minor"),
        (None, "раз-", "stationing", "a word broken at a line's end", _NOISE),
        (None, "СЕКРЕТАРЬ ЦК", "SECRETARY OF THE CC", "the same title", ["title"]),
        (None, "Резолюция: Согласен", None, "a resolution written on the page", _APP, "minor"),
    ],
    "notes": "Russian-first page typed with Markdown line breaks and hyphens (Прави-/тельству, раз-/мещения), 6 for б (Респу6лике), 0 for О (0бязать), a registration stamp and a resolution; English 'Peopl's'. Planted: 1,800 thousand tugriks (OCR 'l.800') -> 1,300 thousand (number: a real difference, though the source's figure is garbled); Lavrentiev -> Lavrov (name).",
}

DOCS["oc03-stalin-churchill-tanks-1942"] = {
    "genre": "personal and secret message (page, Russian first, the English an OCR'd printed edition with a running head and page number mid-paragraph)",
    "about": "Invented: Stalin answers Churchill on tank deliveries by the northern route and the loss of a convoy.",
    "page": {
        "date": "October 16, 1942",
        "title": "Message from J. V. Stalin to W. Churchill on Tank Deliveries",
        "ref": "oc-0103",
        "translator": "Printed edition (OCR)",
        "summary": "Stalin asks for tanks and aircraft to be sent by the Persian route while the northern convoys are suspended.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹1›ЛИЧНО И СЕКРЕТНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ

‹2›Ваше послание от 9 октября получил вответ на мое послание от 3 октября.

‹3›Прекращение отправки конвоев северным путем ставит нас в трудное положение. ‹4›Прошу Вас учесть, что на фронте под Сталинградом мы ежемесячно теряем до 250 танков. ‹5›Поэтому мы просим направить через Персию не менее 150 танков в месяц, а также 300 истребителей «Спитфайр» до конца года.

‹u›Что касается потопленных судов, то Советское Правительство готово возместить стоимость грузов после войны. ‹7›Я не могу согласиться с Вашим мнением, что пропускная способность Трансиранской дороги не может быть увеличена.

‹8›И. СТАЛИН

‹9›16 октября 1942 года.""",
    "en": """‹1›PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRIME MINISTER, MR. W. CHURCHILL

‹2›1 have received your message of October 9 in reply to mine of October 3.

‹3›The suspension of convoys by the northern route puts us in a difficult position. ‹4›1 must ask you to bear in mind that at the front near Stalingrad we are losing up to l5O tanks a month. ‹5›We therefore ask that not fewer than 150 tanks a month be sent via Persia, and also 300 Spitfire fighters by the

CORRESPONDENCE WITH CHURCHILL 71

end of the year.

‹7›I cannot agree with your opinion that the capacity of tbe Trans-Iranian railway cannot be increased.

‹8›J. STALIN

‹9›October 16, 1942""",
    "dehyphenated": [],
    "required": [
        (
            "number",
            "до 250 танков",
            "up to l5O tanks",
            "250 tanks a month are given as 150 (printed 'l5O': OCR letters for digits, but a different figure)",
        ),
        (
            "omission",
            "Что касается потопленных судов",
            None,
            "the sentence on paying for the sunk cargoes after the war is not translated",
        ),
    ],
    "expected": [
        ("ocr", "вответ", None, "'вответ' is two words run together (в ответ)"),
    ],
    "forbidden": [
        (None, "г-ну У. ЧЕРЧИЛЛЮ", "MR. W. CHURCHILL", "the addressee in the dative", ["name"], "minor"),
        (None, "от 9 октября", "of October 9", "the same date", ["number", "date"]),
        (None, "от 3 октября", "of October 3", "the same date", ["number", "date"]),
        (None, None, "1 have received", "OCR '1' for 'I'", _NOISE),
        (None, None, "1 must ask", "OCR '1' for 'I'", _NOISE),
        (None, "не менее 150", "not fewer than 150", "the same count", ["number"]),
        (None, "300 истребителей", "300 Spitfire", "the same count", ["number"]),
        (None, "«Спитфайр»", "Spitfire fighters", "an aircraft type", ["name", "term"], "minor"),
        (
            None,
            "до конца года",
            "CORRESPONDENCE WITH CHURCHILL 71",
            "a running head and page number inside a sentence",
            _NOISE,
        ),
        (None, None, "tbe Trans-Iranian", "OCR 'tbe' for 'the'", _NOISE),
        (None, "И. СТАЛИН", "J. STALIN", "the signature", ["name"], "minor"),
        (None, "16 октября 1942 года", "October 16, 1942", "the same date", ["number", "date"]),
    ],
    "notes": "Russian-first page; the Russian has 'вответ' run together; the English is an OCR'd printed edition: '1 have', '1 must', 'tbe', a running head with its page number ('CORRESPONDENCE WITH CHURCHILL 71') breaking a sentence. Planted: 250 tanks -> 'l5O' (a garbled 150: a real difference under OCR noise); the sentence on the sunk cargoes omitted.",
}

DOCS["oc04-razuvaev-kpa-engineers-1951"] = {
    "genre": "report (pair, the Russian an OCR'd carbon copy: Latin letters, 6 for б, O for 0 in figures, [неразборчиво])",
    "about": "Invented: the chief military adviser reports on the engineer troops of the KPA and their bridge-building.",
    "ru": """‹h1›Сов. секретно
‹h2›Экз. № 2

‹1›ТОВАРИЩУ ФИЛИППОВУ

‹2›Докладываю о состоянии инженерных войск Корейской Народной армии на 1 мая 1951 г.

‹3›В составе КНА имеется 4 инженерных 6ригады и 11 отдельных саперных 6атальонов общей численностью 23.4OO человек. ‹4›Укомплектованность личным составом составляет 78%, техникой – не 6олее 40%. ‹5›За апрель инженерными частями восстановлено 37 мостов на дорогах Пхеньян – Сариwон и Пхеньян – Анджу. ‹6›Переправа через р. Тэдонган [неразборчиво] восстанавливается за 4-5 часов после налета авиации противника.

‹7›Основным недостатком является нехватка понтонного парка и взрывчатых веществ. ‹u›Командиры 6ригад не имеют опыта организации заграждений.

‹8›Прошу Вашего разрешения поставить КHДР в мае – июне 12 понтонных парков Н2П и 6OO тонн взрывчатых веществ.

‹9›РАЗУВАЕВ

‹h3›№ 0312
‹h4›3 мая 1951 г.""",
    "en": """‹h1›Top Secret
‹h2›Copy No. 2

‹1›TO COMRADE FILIPPOV

‹2›I report on the state of the engineer troops of the Korean People's Army as of May 1, 1951.

‹3›The KPA has 4 engineer brigades and 11 separate sapper battalions with a total strength of 23,400 men. ‹4›They are manned to 78 per cent of establishment and equipped to not more than 40 per cent. ‹5›In April the engineer units restored 37 bridges on the Pyongyang-Sariwon and Pyongyang-Anju roads. ‹6›The crossing over the Taedong River [illegible] is restored within 4-5 hours after an enemy air raid.

‹7›The main shortcoming is the lack of pontoon equipment and explosives.

‹8›I request your permission to deliver to the DPRK in May-June 12 N2P pontoon sets and 900 tons of explosives.

‹9›RAZUVAEV

‹h3›No. 0312
‹h4›May 3, 1951""",
    "dehyphenated": [],
    "required": [
        ("number", "6OO тонн", "900 tons", "600 tons (typed '6OO', O for 0) are given as 900"),
        (
            "omission",
            "Командиры 6ригад не имеют",
            None,
            "the sentence on the brigade commanders' lack of experience is not translated",
        ),
    ],
    "expected": [],
    "forbidden": [
        (None, "Сов. секретно", "Top Secret", "the secrecy mark", _APP, "minor"),
        (None, "Экз. № 2", "Copy No. 2", "the copy number", _APP, "minor"),
        (None, "ФИЛИППОВУ", "FILIPPOV", "the addressee in the dative", ["name"], "minor"),
        (None, "на 1 мая 1951 г.", "as of May 1, 1951", "the same date", ["number", "date"]),
        (
            None,
            "4 инженерных 6ригады",
            "4 engineer brigades",
            "6 for б in a word after a count (OCR)",
            _NOISE,
        ),
        (None, "11 отдельных", "11 separate", "the same count", ["number"]),
        (None, "6атальонов", "battalions", "6 for б (OCR)", _NOISE),
        (None, "23.4OO человек", "23,400 men", "O for 0 in a figure (OCR): 23,400", _NOISE),
        (None, "78%", "78 per cent", "per cent", ["number"]),
        (None, "6олее 40%", "not more than 40 per cent", "6 for б before a percentage (OCR)", _NOISE),
        (None, "37 мостов", "37 bridges", "the same count", ["number"]),
        (None, "Сариwон", "Sariwon", "a Latin w inside a Russian word (OCR)", _NOISE),
        (None, "[неразборчиво]", "[illegible]", "an illegible word on both sides", _NOISE),
        (None, "4-5 часов", "4-5 hours", "the same range", ["number"]),
        (None, "КHДР", "DPRK", "a Latin H inside a Russian abbreviation (OCR)", _NOISE),
        (None, "12 понтонных", "12 N2P", "the same count", ["number"]),
        (None, "Н2П", "N2P", "a model name", ["name", "term", "number"], "minor"),
        (None, "РАЗУВАЕВ", "RAZUVAEV", "the signature", ["name"], "minor"),
        (None, "№ 0312", "No. 0312", "the outgoing number", _APP, "minor"),
        (None, "3 мая 1951 г.", "May 3, 1951", "the same date", ["number", "date"]),
    ],
    "notes": "Pair; the Russian is an OCR'd carbon copy: 6 for б (6ригады, 6атальонов, 6олее), O for 0 in figures (23.4OO), Latin w and H inside Russian words (Сариwон, КHДР), [неразборчиво] matching the English [illegible]. Planted: 600 tons (typed '6OO') -> 900 tons (number); the sentence on the brigade commanders omitted.",
}

DOCS["oc05-tsedenbal-letter-schools-1953"] = {
    "genre": "letter (page, Russian first, wide gaps, OCR on both sides: run-together words, line-end hyphens in the English, a stamp)",
    "about": "Invented: Tsedenbal asks Stalin's government for textbooks, teachers and a credit for schools in the aimaks.",
    "page": {
        "date": "January 12, 1953",
        "title": "Letter from Yu. Tsedenbal to the Council of Ministers of the USSR on Schools",
        "ref": "oc-0105",
        "translator": "A. Ross",
        "summary": "The Mongolian premier asks for teachers, textbooks in the new script and a credit for building schools.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
        "sep": "\n\n\n",
    },
    "ru": """‹u›[Штамп: Совет Министров СССР. Вх. № 1-221с. 19.I.53]

‹1›СОВЕТ МИНИСТРОВ СОЮЗА ССР

‹2›Уважаемые товарищи!

‹3›Правительство Монгольской Народной Республики обращается к Вам с просьбой оказать помощь в развитии народного образования. ‹4›В 1952 г. в школах республики обучалось 41.200 детей, ‹5›однако в аймаках не хватает 380 учителей.

‹6›Мы просим направить в МНР в 1953 г. 60 советских учителей и поставить 450 тыс. экземпляров учебников на новом алфавите. ‹7›Для строительства 25 школ-интернатов просим предоставить кредит в сумме 18 млн. рублей на 1953-1957 годы.

‹8›Сглубоким уважением

‹9›Председатель Совета Министров
‹10›Монгольской Народной Республики
‹11›Ю. ЦЕДЕНБАЛ

‹12›г. Улан-Батор, 12 января 1953 г.""",
    "en": """‹1›TO THE COUNCIL OF MINISTERS OF THE U.S.S.R.

‹2›Dear Comrades,

‹3›The Government of tbe Mongolian People's Republic turns to you with a request for help in the development of public edu-
cation. ‹4›In 1952 the schools of the republic had 41,200 pupils, ‹5›but the aimaks are short of 380 teachers.

‹6›We ask you to send 60 Soviet teachers to the M.P.R. in 1953 and to supply 450,000 copies of textbooks in the new alpha-
bet. ‹7›For the building of 25 boarding schools we ask for a credit of 18 million rubles for the years 1953-1956. ‹u›1 am confident that this help will strengthen the friendship of our peoples.

‹8›With deep respect,

‹9›Chairman of the Council of Ministers
‹10›of the Mongolian Peopl's Republic
‹11›Yu. TSEDENBAL

‹12›Ulan Bator, January 12, 1953""",
    "dehyphenated": [],
    "required": [
        ("date", "1953-1957 годы", "1953-1956", "the credit for 1953-1957 is given for 1953-1956"),
        (
            "addition",
            None,
            "1 am confident that this help",
            "the sentence on strengthening friendship has no original (and begins with an OCR '1 am')",
        ),
    ],
    "expected": [
        ("ocr", "Сглубоким", None, "'Сглубоким' is two words run together (С глубоким)"),
    ],
    "forbidden": [
        (None, "[Штамп: Совет Министров", None, "an incoming stamp", _APP, "minor"),
        (None, "Уважаемые товарищи!", "Dear Comrades,", "the salutation", _APP, "minor"),
        (None, None, "tbe Mongolian", "OCR 'tbe' for 'the'", _NOISE),
        (None, "народного образования", "edu-", "a word broken at a line's end", _NOISE),
        (None, "В 1952 г.", "In 1952", "the same year", ["number", "date"]),
        (None, "41.200 детей", "41,200 pupils", "thousands dot", ["number"]),
        (None, "380 учителей", "380 teachers", "the same count", ["number"]),
        (None, "60 советских", "60 Soviet", "the same count", ["number"]),
        (None, "450 тыс.", "450,000", "the same figure", ["number"]),
        (None, "новом алфавите", "alpha-", "a word broken at a line's end", _NOISE),
        (None, "25 школ-интернатов", "25 boarding schools", "the same count", ["number"]),
        (None, "18 млн. рублей", "18 million rubles", "the same sum", ["number"]),
        (None, "Сглубоким уважением", "With deep respect", "the closing formula run together (OCR)", _NOISE),
        (
            None,
            "Монгольской Народной Республики\nЮ.",
            "Peopl's Republic",
            "OCR 'Peopl's' for People's",
            _NOISE,
        ),
        (None, "Ю. ЦЕДЕНБАЛ", "Yu. TSEDENBAL", "the signature", ["name"], "minor"),
        (None, "г. Улан-Батор", "Ulan Bator", "the same city", ["name"], "minor"),
        (None, "12 января 1953 г.", "January 12, 1953", "the same date", ["number", "date"]),
    ],
    "notes": "Russian-first page with wide gaps; an incoming stamp on the Russian, 'Сглубоким' run together; the English with 'tbe', 'Peopl's', words broken at line ends (edu-/cation, alpha-/bet). Planted: 1953-1957 -> 1953-1956 (date); an added sentence beginning '1 am confident'.",
}

DOCS["oc06-stalin-roosevelt-convoy-ports-1943"] = {
    "genre": "personal and secret message (pair, the Russian an OCR'd printed edition with a page number and running head mid-paragraph, the English typed with l for 1 and O for 0)",
    "about": "Invented: Stalin to Roosevelt on the ports for the Arctic convoys and the ferrying of bombers.",
    "ru": """‹1›ЛИЧНО И СЕКРЕТНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Ф. Д. РУЗВЕЛЬТУ

‹2›Ваше послание от 22 февраля получил. ‹3›Благодарю Вас за сообщение о предстоящей отправке 1.500 грузовиков «Студебеккер» в марте.

‹4›Советское Правительство согласно с тем, чтобы очередные конвои направлялись в Мурманск, так как порт Архангельск до середины мая будет скован льдом. ‹5›Мы примем меры к усилению

— 58 —

ПЕРЕПИСКА С РУЗВЕЛЬТОМ

противовоздушной обороны порта, в том числе перебросим туда еще два истребительных полка. ‹6›Что касается перегонки бомбардировщиков «Митчелл» через Аляску, то мы готовы принять до 100 машин в месяц, начиная с апреля.

‹7›И. СТАЛИН

‹8›27 февраля 1943 года.""",
    "en": """‹1›PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. F. D. ROOSEVELT

‹2›I have received your message of February 22. ‹3›Thank you for informing me of the coming shipment of l,5OO Studebaker trucks in March.

‹4›The Soviet Government agrees that the next convoys be directed to Archangel, since the port of Murmansk will be ice-bound until the middle of May. ‹5›We shall take steps to strengthen the port's anti-aircraft defences, including the transfer there of two more fighter regiments. ‹6›As regards the ferrying of Mitchell bombers through Alaska, we are ready to accept up to l00 machines a month beginning in April.

‹7›J. STALIN

‹8›February 27, l943""",
    "dehyphenated": [],
    "required": [
        ("name", "в Мурманск", "to Archangel", "the convoys' port Murmansk is given as Archangel"),
        ("name", "порт Архангельск", "port of Murmansk", "the ice-bound port Archangel is given as Murmansk"),
    ],
    "expected": [],
    "forbidden": [
        (
            None,
            "г-ну Ф. Д. РУЗВЕЛЬТУ",
            "MR. F. D. ROOSEVELT",
            "the addressee in the dative",
            ["name"],
            "minor",
        ),
        (None, "от 22 февраля", "of February 22", "the same date", ["number", "date"]),
        (
            None,
            "1.500 грузовиков",
            "l,5OO Studebaker",
            "l for 1 and O for 0 in a figure (OCR): 1,500",
            _NOISE,
        ),
        (None, "«Студебеккер»", "Studebaker trucks", "a make of truck", ["name", "term"], "minor"),
        (None, "в марте", "in March", "the same month", ["number", "date"]),
        (None, "середины мая", "middle of May", "the same time", ["number", "date"]),
        (None, "— 58 —", None, "a page number inside a sentence", _NOISE),
        (None, "ПЕРЕПИСКА С РУЗВЕЛЬТОМ", None, "a running head inside a sentence", _NOISE),
        (None, "два истребительных", "two more fighter", "a number in words", ["number"]),
        (None, "«Митчелл»", "Mitchell bombers", "an aircraft type", ["name", "term"], "minor"),
        (None, "до 100 машин", "up to l00 machines", "l for 1 in a figure (OCR): 100", _NOISE),
        (None, "с апреля", "in April", "the same month", ["number", "date"]),
        (None, "И. СТАЛИН", "J. STALIN", "the signature", ["name"], "minor"),
        (None, "27 февраля 1943 года", "February 27, l943", "l for 1 in a year (OCR)", _NOISE),
    ],
    "notes": "Pair; the Russian an OCR'd printed edition with a page number '— 58 —' and a running head inside a sentence; the English typed with l for 1 and O for 0 in figures (l,5OO, l00, l943). Planted: the two ports swapped (Murmansk <-> Archangel: two name findings).",
}
