# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented e documents of archival-own (read by build_archival_e.py): a batch on omissions.

Each document imitates one series of the development corpus (Korean War telegrams and notes 1949-51,
Mongolian records 1945-56, Stalin's wartime correspondence 1941-45) and plants omissions of the kinds a
reviewer must see: a short sentence in the middle of a paragraph, a sentence at a paragraph's end, a clause
carrying a qualification (no number or name in it), an item of a numbered list, a sentence merged away with one
of its words kept, the last sentence before the signature. The legitimate variants (condensed wording, a
heading rendered differently, untranslated apparatus, a greeting rendered as another greeting) are forbidden.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. A dropped clause stays inside its sentence's link (the
sentence has a counterpart; the omission is a finding, not an unlinked segment), as in the fit part's gold.
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["e01-razuvaev-telegram-kaesong-1951"] = {
    "genre": "ciphered telegram (pair, archive reference and outgoing number untranslated)",
    "about": "Invented: Ambassador Razuvaev reports Kim Il Sung's plan to move two divisions to the Kaesong area and asks for trucks.",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 351, лл. 22-23.

‹1›ШИФРОВКА

‹2›Совершенно секретно

‹3›ТОВ. ФИЛИППОВУ

‹4›9 мая с.г. меня пригласил Ким Ир Сен и сообщил о решении командования КНА перебросить две пехотные дивизии в район Кэсона. ‹u›Приказ об этом уже подписан министром обороны. ‹5›Переброска начнется 14 мая и займет около десяти суток.

‹6›Ким Ир Сен просит ускорить поставку 300 грузовых автомобилей, обещанных в марте, если позволит обстановка на железной дороге. ‹7›По его словам, без автомобилей дивизии не смогут получить боеприпасы вовремя.

‹8›Прошу Ваших указаний.

‹9›РАЗУВАЕВ

‹u›№ 412/ш
‹10›10.V.51""",
    "en": """‹1›CIPHER TELEGRAM

‹2›Top Secret

‹3›To Comrade FILIPPOV

‹4›On May 9 Kim Il Sung invited me and told me that the KPA command had decided to move two infantry divisions to the Kaesong area. ‹5›The move will begin on May 14 and take about ten days.

‹6›Kim Il Sung asks that the delivery of the 300 trucks promised in March be speeded up. ‹7›Without them, he said, the divisions will not get their ammunition in time.

‹8›I request your instructions.

‹9›RAZUVAEV

‹10›10 May 1951""",
    "required": [
        (
            "omission",
            "Приказ об этом уже подписан",
            None,
            "the sentence saying the order has already been signed by the defence minister is not translated",
        ),
        (
            "omission",
            "если позволит обстановка",
            None,
            "the condition 'if the situation on the railway allows' is dropped from Kim's request",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (None, "№ 412/ш", None, "outgoing number", ["omission", "number"], "minor"),
        (
            None,
            "ШИФРОВКА",
            "CIPHER TELEGRAM",
            "a heading rendered differently",
            ["omission", "term"],
            "minor",
        ),
        (None, "9 мая с.г.", "On May 9", "the same date, с.г. dropped", ["number", "date"]),
        (None, "14 мая", "May 14", "the same date", ["number", "date"]),
        (None, "десяти суток", "ten days", "a number in words", ["number"]),
        (None, "300 грузовых", "300 trucks", "the same number", ["number"]),
        (
            None,
            "По его словам",
            "Without them, he said",
            "condensed wording (автомобилей -> them)",
            ["omission", "addition"],
            "minor",
        ),
        (None, "10.V.51", "10 May 1951", "a Roman-numeral month", ["number", "date"]),
    ],
    "notes": "Planted: a mid-paragraph sentence (the order signed) and a qualifying clause (если позволит обстановка на железной дороге) omitted. Free: heading rendered differently, condensed wording, archive reference and outgoing number untranslated.",
}

DOCS["e02-mid-note-prc-rail-transit-1950"] = {
    "genre": "note verbale (pair, numbered list)",
    "about": "Invented: the Soviet Foreign Ministry proposes terms for transit of goods for the DPRK across Chinese railways.",
    "ru": """‹1›МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ СОЮЗА ССР

‹2›№ 38/дв

‹3›Министерство Иностранных Дел Союза ССР свидетельствует свое уважение Посольству Китайской Народной Республики и имеет честь предложить следующий порядок транзита грузов для КНДР через территорию КНР:

‹4›1. Грузы следуют через пограничную станцию Маньчжурия в закрытых вагонах.
‹u›2. Перегрузка на китайские вагоны производится силами советской стороны.
‹5›3. Оплата транзита производится в рублях по тарифу 1950 года.
‹6›4. Сопровождающие лица получают транзитные визы в течение пяти дней.

‹7›Министерство просит Посольство сообщить мнение Центрального Народного Правительства и в случае отказа китайской стороны указать иной порядок. ‹8›Министерство пользуется случаем, чтобы возобновить Посольству уверения в своем весьма высоком уважении.

‹9›Москва, 21 ноября 1950 года""",
    "en": """‹1›MINISTRY OF FOREIGN AFFAIRS OF THE USSR

‹2›No. 38/dv

‹3›The Ministry of Foreign Affairs of the USSR presents its compliments to the Embassy of the People's Republic of China and has the honour to propose the following procedure for the transit of goods for the DPRK across the territory of the PRC:

‹4›1. The goods pass through the frontier station of Manchuria in closed wagons.
‹5›3. Transit is paid for in rubles at the 1950 tariff.
‹6›4. Persons accompanying the goods receive transit visas within five days.

‹7›The Ministry asks the Embassy to communicate the views of the Central People's Government. ‹8›The Ministry avails itself of this opportunity to renew to the Embassy the assurances of its highest consideration.

‹9›Moscow, November 21, 1950""",
    "required": [
        (
            "omission",
            "Перегрузка на китайские вагоны",
            None,
            "item 2 of the list (reloading into Chinese wagons by the Soviet side) is not translated",
        ),
        (
            "omission",
            "в случае отказа китайской стороны",
            None,
            "the request to propose another procedure if the Chinese side refuses is dropped",
        ),
    ],
    "forbidden": [
        (None, "№ 38/дв", "No. 38/dv", "a note number transliterated", ["number", "omission"], "minor"),
        (None, "Маньчжурия", "Manchuria", "a station name", ["name"], "minor"),
        (None, "1950 года.", "the 1950 tariff", "the same year", ["number", "date"]),
        (None, "пяти дней", "five days", "a number in words", ["number"]),
        (
            None,
            "весьма высоком уважении",
            "highest consideration",
            "a diplomatic formula condensed",
            ["omission", "term"],
            "minor",
        ),
        (None, "21 ноября 1950 года", "November 21, 1950", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: item 2 of a numbered list omitted (the translation keeps the numbers 1, 3, 4); a clause 'в случае отказа китайской стороны указать иной порядок' dropped. Free: the closing formula condensed, a station name.",
}

DOCS["e03-choibalsan-letter-schools-1946"] = {
    "genre": "letter (pair, a greeting rendered as another greeting)",
    "about": "Invented: Choibalsan asks the Soviet government for teachers and textbooks for Mongolian secondary schools.",
    "ru": """‹1›ПРЕДСЕДАТЕЛЮ СОВЕТА МИНИСТРОВ СССР
‹2›товарищу СТАЛИНУ И. В.

‹3›Дорогой Иосиф Виссарионович!

‹4›Правительство Монгольской Народной Республики обращается к Вам с просьбой о помощи в деле народного образования. ‹5›В 1946 году в республике работают 14 средних школ, но в них не хватает учителей математики и физики. ‹u›Многие классы остаются без занятий по полгода.

‹6›Мы просим направить в МНР на два года 60 советских учителей ‹7›и отпустить учебники на русском языке для старших классов. ‹8›Расходы по содержанию учителей Правительство МНР берет на себя.

‹9›С глубоким уважением
‹10›Х. ЧОЙБАЛСАН

‹11›Улан-Батор, 3 августа 1946 г.""",
    "en": """‹1›TO THE CHAIRMAN OF THE COUNCIL OF MINISTERS OF THE USSR
‹2›Comrade J. V. STALIN

‹3›Dear Comrade Stalin,

‹4›The Government of the Mongolian People's Republic asks you for help in public education. ‹5›In 1946 the republic has 14 secondary schools, but they lack teachers of mathematics and physics.

‹6›We ask you to send 60 Soviet teachers to the MPR for two years ‹7›and to supply Russian textbooks for the senior classes. ‹8›The Government of the MPR will bear the cost of the teachers' keep.

‹9›With sincere respect,
‹10›Kh. CHOIBALSAN

‹11›Ulaanbaatar, 3 August 1946""",
    "required": [
        (
            "omission",
            "Многие классы остаются без",
            None,
            "the sentence at the end of the paragraph (many classes go without lessons for half a year) is not translated",
        ),
    ],
    "forbidden": [
        (
            None,
            "Дорогой Иосиф Виссарионович!",
            "Dear Comrade Stalin,",
            "a greeting rendered as another greeting",
            ["name", "omission"],
            "minor",
        ),
        (
            None,
            "С глубоким уважением",
            "With sincere respect,",
            "a closing rendered as another closing",
            ["omission", "term"],
            "minor",
        ),
        (None, "И. В.", "J. V.", "initials in the English convention", ["name"], "minor"),
        (None, "В 1946 году", "In 1946", "the same year", ["number", "date"]),
        (None, "14 средних", "14 secondary", "the same number", ["number"]),
        (None, "на два года", "for two years", "a number in words", ["number"]),
        (None, "Улан-Батор", "Ulaanbaatar", "the modern spelling", ["name"], "minor"),
        (None, "3 августа 1946 г.", "3 August 1946", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: a sentence at a paragraph's end omitted. Free: the greeting and the closing rendered with other formulas, Ulaanbaatar.",
}

DOCS["e04-politburo-mpr-livestock-1948"] = {
    "genre": "Politburo decision (pair, numbered points)",
    "about": "Invented: a Politburo decision on buying livestock from the MPR and on veterinary help.",
    "ru": """‹1›Строго секретно

‹2›ВЫПИСКА ИЗ ПРОТОКОЛА № 64 ЗАСЕДАНИЯ ПОЛИТБЮРО ЦК ВКП(б)

‹3›Решение от 12 июня 1948 г.

‹4›О закупке скота в МНР.

‹5›1. Обязать Министерство внешней торговли СССР (т. Меньшикова) закупить в МНР в 1948 году 420 тыс. голов овец и 35 тыс. голов крупного рогатого скота. ‹6›Закупленный скот перегонять через пограничный пункт Кяхта. ‹u›Перегон производить только в летние месяцы.

‹7›2. Обязать Министерство сельского хозяйства СССР командировать в МНР на шесть месяцев 25 ветеринарных врачей для борьбы с ящуром.

‹8›СЕКРЕТАРЬ ЦК""",
    "en": """‹1›Strictly Secret

‹2›EXTRACT FROM MINUTES No. 64 OF THE POLITBURO OF THE CC VKP(b)

‹3›Decision of June 12, 1948

‹4›On the purchase of livestock in the MPR.

‹5›1. The Ministry of Foreign Trade of the USSR (Comrade Menshikov) is to buy in the MPR in 1948 420,000 sheep and 53,000 head of cattle. ‹6›The livestock bought is to be driven in summer through the frontier post of Kyakhta.

‹7›2. The Ministry of Agriculture of the USSR is to send 25 veterinary surgeons to the MPR for six months to combat foot-and-mouth disease.

‹8›SECRETARY OF THE CC""",
    "required": [
        (
            "omission",
            "Перегон производить только",
            None,
            "the rule that cattle are driven only in the summer months is merged away (only 'in summer' kept in the previous sentence)",
        ),
        ("number", "35 тыс. голов", "53,000 head", "35,000 head of cattle is given as 53,000"),
    ],
    "forbidden": [
        (None, "№ 64", "No. 64", "the minutes number", ["number"]),
        (None, "12 июня 1948 г.", "June 12, 1948", "the same date", ["number", "date"]),
        (None, "420 тыс. голов овец", "420,000 sheep", "тыс. and голов dropped", ["number"]),
        (None, "в 1948 году", "in 1948", "the same year", ["number", "date"]),
        (None, "на шесть месяцев", "for six months", "a number in words", ["number"]),
        (None, "т. Меньшикова", "Comrade Menshikov", "a name in the genitive", ["name"], "minor"),
        (None, "Кяхта", "Kyakhta", "a place name", ["name"], "minor"),
    ],
    "notes": "Planted: a sentence merged away whose one word (летние -> in summer) survives in the previous sentence; number 35 -> 53.",
}

DOCS["e05-stalin-churchill-supplies-1942"] = {
    "genre": "wartime correspondence (pair, personal and secret message)",
    "about": "Invented: Stalin to Churchill on the delay of aluminium deliveries and a bomber mission to Moscow.",
    "ru": """‹1›ЛИЧНО И СЕКРЕТНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ

‹2›Ваше послание от 2 октября получил. ‹3›Благодарю за сообщение о высылке 150 самолетов «Харрикейн».

‹4›Должен, однако, сказать, что поставки алюминия задерживаются уже второй месяц. ‹5›Советская авиационная промышленность испытывает острую нужду в этом металле. ‹6›Прошу Вас принять меры к тому, чтобы в октябре было отгружено не менее 5 тысяч тонн алюминия.

‹7›Что касается приезда в Москву английской авиационной миссии, то Советское Правительство не возражает против него. ‹u›Миссия будет принята в любое удобное для нее время.

‹8›3 октября 1942 года.""",
    "en": """‹1›PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRIME MINISTER, MR. W. CHURCHILL

‹2›I have received your message of October 2. ‹3›Thank you for the news that 150 Hurricanes are being sent.

‹4›I must say, however, that the aluminium deliveries have now been delayed for a second month. ‹5›The Soviet aircraft industry is in acute need of this metal. ‹6›I ask you to take measures to ship at least 5,000 tons of aluminium in October.

‹7›As regards the visit of a British air mission to Moscow, the Soviet Government has no objection to it.

‹8›October 3, 1942.""",
    "required": [
        (
            "omission",
            "Миссия будет принята",
            None,
            "the last sentence before the date (the mission will be received at any convenient time) is not translated",
        ),
    ],
    "forbidden": [
        (None, "2 октября", "October 2", "the same date", ["number", "date"]),
        (None, "150 самолетов", "150 Hurricanes", "the same number", ["number"]),
        (None, "«Харрикейн»", "Hurricanes", "an aircraft type", ["name", "term"], "minor"),
        (None, "второй месяц", "a second month", "an ordinal", ["number"]),
        (None, "5 тысяч тонн", "5,000 tons", "тысяч", ["number"]),
        (None, "3 октября 1942 года", "October 3, 1942", "the same date", ["number", "date"]),
        (None, "И. В.", "J. V.", "initials in the English convention", ["name"], "minor"),
    ],
    "notes": "Planted: the last sentence before the date omitted. Free: an aircraft type, тысяч = 5,000.",
}
