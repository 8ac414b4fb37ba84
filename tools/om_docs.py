# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented om documents of archival-own (read by build_archival_om.py): omissions of kinds no batch planted.

In the manner of the three series of the development corpus (Korean War telegrams, records and notes 1949-51;
Mongolian decisions and reports 1945-56; Stalin's wartime correspondence 1941-45). Each plants omissions the
earlier batches (e, u, j) lack: a member of a list inside a sentence dropped («автомашины, тягачи и мотоциклы»
-> "trucks and motorcycles"); a purpose clause («с тем чтобы ...», «для того чтобы ...»); a participial or an
adverbial phrase («прибывшие из ...», «учитывая ...»); an apposition or a parenthesis of explanation; a time
qualifier («в ближайшие дни», «не позднее ...»); a sentence dropped at a page break; the second of two sentences
the translator joined into one. The traps (forbidden): the same content in other words, a list rendered by a
collective word ("artillery", "livestock"), condensed official formulas, untranslated apparatus lines.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. A dropped clause stays inside its sentence's link. Required:
(kind, Russian words, English words, why); forbidden: (None, Russian, English, why, kinds, max severity).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["om01-shtykov-telegram-transport-1950"] = {
    "genre": "ciphered telegram (pair, k series; archive reference and outgoing number untranslated)",
    "about": "Invented: Ambassador Shtykov passes on Kim Il Sung's request for motor transport and field guns for two new divisions.",
    "ru": """‹u›АП РФ, ф. 3, оп. 65, д. 776, лл. 41-42.

‹1›ШИФРОВКА

‹2›Совершенно секретно

‹3›ТОВ. ВЫШИНСКОМУ

‹4›11 марта Ким Ир Сен в присутствии Пак Хен Ена сообщил мне, что правительство КНДР решило сформировать к лету две новые пехотные дивизии. ‹5›Для этих дивизий Ким Ир Сен просит поставить автомашины, тягачи и мотоциклы, а также пушки и гаубицы, с тем чтобы успеть закончить сколачивание частей до начала летних дождей.

‹6›Кроме того, корейцы просят направить в Пхеньян 12 советских инструкторов по вождению и ремонту машин. ‹7›Инструкторов предполагается разместить при автомобильном училище в Синыйчжу.

‹8›Оплату поставок правительство КНДР намерено произвести поставками золота, серебра и цветных металлов в счет кредита 1949 года.

‹9›Прошу Ваших указаний.

‹10›ШТЫКОВ

‹u›№ 188
‹11›12.III.50""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›Top Secret

‹3›To Comrade VYSHINSKY

‹4›On March 11 Kim Il Sung, in the presence of Pak Hon Yong, told me that the DPRK government had decided to form two new infantry divisions by the summer. ‹5›For these divisions Kim Il Sung asks for trucks and motorcycles, and also for field artillery.

‹6›In addition, the Koreans ask that 12 Soviet instructors in driving and vehicle repair be sent to Pyongyang. ‹7›The instructors would be attached to the motor transport school in Sinuiju.

‹8›The DPRK government intends to pay for the deliveries in gold, silver and non-ferrous metals, on account of the 1949 credit.

‹9›I request your instructions.

‹10›SHTYKOV

‹11›12.III.50""",
    "required": [
        (
            "omission",
            "тягачи",
            None,
            "tractors (тягачи), one member of the list of vehicles asked for, is dropped: the translation has only trucks and motorcycles",
        ),
        (
            "omission",
            "с тем чтобы успеть",
            None,
            "the purpose of the request (to finish forming the units before the summer rains) is not translated",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 3", None, "archive reference", ["omission", "number"], "minor"),
        (None, "№ 188", None, "an outgoing telegram number", ["omission", "number"], "minor"),
        (
            None,
            "пушки и гаубицы",
            None,
            "guns and howitzers rendered by the collective word",
            ["omission", "term"],
            "minor",
        ),
        (None, "Пак Хен Ена", "Pak Hon Yong", "a Korean name in the genitive", ["name"], "minor"),
        (None, "11 марта", "March 11", "the same date", ["number", "date"]),
        (None, "12 советских", "12 Soviet", "the same number", ["number"]),
        (None, "1949 года", "1949 credit", "the same year", ["number", "date"]),
        (None, "12.III.50", "12.III.50", "the same date", ["number", "date"]),
        (
            None,
            "Прошу Ваших указаний.",
            "I request your instructions.",
            "the standard closing",
            ["omission", "addition"],
            "minor",
        ),
    ],
    "notes": "Pair, Russian telegram with its reference and number. Planted: тягачи dropped from a list of three (omission); the purpose clause 'с тем чтобы успеть ... до начала летних дождей' dropped (omission). Free: пушки и гаубицы -> 'field artillery' (a collective word), the archive reference and the outgoing number untranslated.",
}

DOCS["om02-record-roshchin-zhou-railway-1951"] = {
    "genre": "record of conversation (page, translation first, k series)",
    "about": "Invented: Zhou Enlai asks Ambassador Roshchin for railway specialists and wagons for the Manchurian lines.",
    "page": {
        "date": "April 23, 1951",
        "title": "Record of Conversation between N. V. Roshchin and Zhou Enlai",
        "ref": "om-0102",
        "translator": "D. Wolff",
        "summary": "Zhou Enlai asks for Soviet railway specialists and for 600 wagons to relieve the Mukden junction; Roshchin promises to report to Moscow.",
        "fields": [
            (
                "Original Archive",
                "Archive of Foreign Policy of the Russian Federation (AVPRF), Fond 0100, Opis 44, Papka 322, Delo 13 (constructed reference)",
            ),
            (
                "Associated People & Organizations",
                "Zhou, Enlai, 1898-1976; Roshchin, N. V. (Nikolai Vasilevich), 1901-1960",
            ),
            ("Associated Places", "Beijing (China); Shenyang (China)"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›SECRET

‹2›From the diary of N. V. ROSHCHIN

‹3›RECORD OF CONVERSATION
‹4›with Premier of the State Administrative Council Zhou Enlai
‹5›April 21, 1951

‹6›I visited Zhou Enlai at his request. ‹7›The conversation was attended by General Nie Rongzhen.

‹8›Zhou Enlai said that the Mukden junction was overloaded: about 2,000 loaded wagons were standing idle on its tracks. ‹9›Chinese railwaymen work around the clock, but they lack experience in handling military trains. ‹10›The Chinese government therefore asks the Soviet government to send 40 railway specialists to Mukden, together with the 600 wagons promised in January.

‹11›Zhou Enlai added that the workers would be housed in the railway settlement and paid at the rates of the Chinese Changchun Railway.

‹12›I told Zhou Enlai that I would report his request to Moscow immediately.

‹13›The conversation lasted one hour.

‹14›AMBASSADOR OF THE USSR IN CHINA
‹15›N. ROSHCHIN""",
    "ru": """‹u›АВП РФ, ф. 0100, оп. 44, п. 322, д. 13, л. 55-57.

‹1›СЕКРЕТНО

‹2›Из дневника Н. В. РОЩИНА

‹3›ЗАПИСЬ БЕСЕДЫ
‹4›с Премьером Государственного Административного Совета Чжоу Эньлаем
‹5›21 апреля 1951 г.

‹6›Посетил Чжоу Эньлая по его просьбе. ‹7›На беседе присутствовал генерал Не Жунчжэнь (исполняющий обязанности начальника Генерального штаба НОАК).

‹8›Чжоу Эньлай сообщил, что Мукденский узел перегружен: на его путях простаивает около 2.000 груженых вагонов. ‹9›Китайские железнодорожники работают круглосуточно, но не имеют опыта пропуска воинских эшелонов. ‹10›Поэтому китайское правительство просит Советское правительство направить в Мукден 40 специалистов-железнодорожников, а также ускорить отправку 600 вагонов, обещанных в январе.

‹11›Чжоу Эньлай добавил, что рабочие, прибывшие из Харбина и Цицикара для ремонта путей, будут размещены в железнодорожном поселке и будут получать зарплату по ставкам Китайской Чанчуньской железной дороги.

‹12›Я ответил Чжоу Эньлаю, что немедленно доложу его просьбу в Москву.

‹13›Беседа продолжалась один час.

‹14›ПОСОЛ СССР В КИТАЕ
‹15›Н. РОЩИН""",
    "required": [
        (
            "omission",
            "(исполняющий обязанности начальника",
            None,
            "the explanation in brackets (Nie Rongzhen acting as chief of the PLA General Staff) is not translated",
        ),
        (
            "omission",
            "прибывшие из Харбина",
            None,
            "the participial phrase (the workers who came from Harbin and Qiqihar to repair the tracks) is dropped",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0100", None, "archive reference", ["omission", "number"], "minor"),
        (None, "21 апреля 1951 г.", "April 21, 1951", "the same date", ["number", "date"]),
        (None, "2.000 груженых", "2,000 loaded", "thousands dot", ["number"]),
        (None, "40 специалистов-железнодорожников", "40 railway specialists", "the same number", ["number"]),
        (
            None,
            "а также ускорить отправку",
            "together with the 600",
            "the same request in other words",
            ["omission"],
            "minor",
        ),
        (None, "600 вагонов", "600 wagons", "the same number", ["number"]),
        (
            None,
            "Посетил Чжоу Эньлая",
            "I visited Zhou Enlai",
            "a Chinese name in the accusative",
            ["name", "omission"],
            "minor",
        ),
        (None, "один час", "one hour", "a number in words", ["number"]),
        (
            None,
            "ПОСОЛ СССР В КИТАЕ",
            "AMBASSADOR OF THE USSR IN CHINA",
            "the same title",
            ["title"],
            "minor",
        ),
    ],
    "notes": "Page, translation first. Planted: the parenthesis '(исполняющий обязанности начальника Генерального штаба НОАК)' dropped (omission); the participial phrase 'прибывшие из Харбина и Цицикара для ремонта путей' dropped (omission). Free: 'ускорить отправку ... вагонов' rendered as 'together with the 600 wagons', the archive reference untranslated.",
}

DOCS["om03-mid-note-verbale-transit-1951"] = {
    "genre": "note verbale (pair, k series; the formulas of the note condensed)",
    "about": "Invented: the Soviet Foreign Ministry informs the Chinese embassy of the dispatch of trains with equipment for the Korean front through Otpor.",
    "ru": """‹u›АВП РФ, ф. 0100, оп. 44, п. 330, д. 27, л. 9.

‹1›НОТА

‹2›Министерство Иностранных Дел Союза Советских Социалистических Республик свидетельствует свое уважение Посольству Китайской Народной Республики и имеет честь сообщить следующее.

‹3›В соответствии с договоренностью между Правительством СССР и Центральным Народным Правительством КНР, в ближайшие дни из Советского Союза будут отправлены четыре эшелона с оборудованием для ремонта мостов. ‹4›Эшелоны будут отправляться через станцию Отпор. Каждый эшелон будет сопровождаться представителем Министерства путей сообщения СССР, который передает груз китайской стороне по акту.

‹6›Министерство просит Посольство сообщить в десятидневный срок, на какие станции КНР следует направить эшелоны и кто из представителей китайской стороны будет принимать груз.

‹7›Министерство пользуется случаем, чтобы возобновить Посольству уверения в своем весьма высоком уважении.

‹8›Москва, 6 июня 1951 года

‹u›Исх. № 41/дв""",
    "en": """‹1›NOTE VERBALE

‹2›The Ministry of Foreign Affairs of the USSR presents its compliments to the Embassy of the People's Republic of China and has the honour to state the following.

‹3›In accordance with the agreement between the Government of the USSR and the Central People's Government of the PRC, four trains with bridge-repair equipment will be dispatched from the Soviet Union. ‹4›The trains, each with a representative of the Soviet Ministry of Railways, will go through Otpor station.

‹6›The Ministry requests the Embassy to state within ten days to which stations in the PRC the trains should be sent and which Chinese representatives will take delivery of the cargo.

‹7›The Ministry avails itself of this opportunity to renew to the Embassy the assurance of its highest consideration.

‹8›Moscow, June 6, 1951""",
    "required": [
        (
            "omission",
            "в ближайшие дни",
            None,
            "the time qualifier (the trains leave within the next few days) is dropped",
        ),
        (
            "omission",
            "который передает груз",
            None,
            "the translator joined two sentences into one and dropped most of the second: the escort hands the cargo to the Chinese side against a signed receipt",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0100", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Исх. № 41/дв", None, "an outgoing number", ["omission", "number"], "minor"),
        (
            None,
            "Союза Советских Социалистических Республик свидетельствует",
            ("USSR presents", "Affairs of the USSR"),
            "the full name of the state condensed in the opening formula",
            ["omission", "name", "term"],
            "minor",
        ),
        (
            None,
            "четыре эшелона",
            "four trains",
            "a number in words",
            ["number"],
        ),
        (
            None,
            "в десятидневный срок",
            "within ten days",
            "a number inside a compound adjective",
            ["number", "omission"],
            "minor",
        ),
        (
            None,
            "весьма высоком уважении",
            "highest consideration",
            "the standard closing formula",
            ["omission", "addition"],
            "minor",
        ),
        (None, "6 июня 1951 года", "June 6, 1951", "the same date", ["number", "date"]),
        (None, "Отпор", "Otpor", "a station name", ["name"], "minor"),
    ],
    "notes": "Pair, a note verbale with its formulas. Planted: 'в ближайшие дни' dropped (omission of a time qualifier); two sentences joined into one ('The trains, each with a representative of the Soviet Ministry of Railways, will go through Otpor station') with the second's clause 'который передает груз китайской стороне по акту' lost (omission). Free: the opening and closing formulas, 'в десятидневный срок', the reference and the outgoing number untranslated.",
}

DOCS["om04-politburo-mpr-fodder-1948"] = {
    "genre": "Politburo decision (page, Russian first, m series, points numbered)",
    "about": "Invented: the Politburo agrees to supply the MPR with fodder grain and trucks after the winter losses of 1947-48.",
    "page": {
        "date": "March 2, 1948",
        "title": "Decision of the Politburo of the CC VKP(b) on Deliveries of Fodder to the MPR",
        "ref": "om-0104",
        "translator": "S. Radchenko",
        "summary": "The Politburo agrees to supply the Mongolian People's Republic with fodder grain, trucks and veterinary drugs on credit.",
        "fields": [
            (
                "Original Archive",
                "Russian State Archive of Socio-Political History (RGASPI), Fond 17, Opis 162, Delo 39 (constructed reference)",
            ),
            ("Associated Places", "Mongolia; Ulaanbaatar (Mongolia)"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›РГАСПИ, ф. 17, оп. 162, д. 39, л. 88.

‹1›Строго секретно

‹u›Протокол № 63, п. 117

‹2›Постановление Политбюро ЦК ВКП(б)
‹3›О поставках кормов в МНР

‹4›Учитывая тяжелое положение с кормами в западных аймаках, удовлетворить просьбу Правительства МНР о поставке в кредит:

‹5›1. Фуражного зерна (овса и ячменя) - 15 тыс. тонн.
‹6›2. Грузовых автомобилей ЗИС-5 - 200 штук.
‹7›3. Ветеринарных препаратов на сумму 1,5 млн. рублей.

‹8›Обязать Министерство внешней торговли (т. Меньшикова) отгрузить фуражное зерно не позднее 15 апреля 1948 г.

‹9›Поручить Министерству финансов СССР (т. Звереву) оформить кредит на условиях соглашения от 27 февраля 1946 г.

‹10›СЕКРЕТАРЬ ЦК""",
    "en": """‹1›Strictly secret

‹2›Decision of the Politburo of the CC VKP(b)
‹3›On Deliveries of Fodder to the MPR

‹4›To grant the request of the Government of the MPR for the following deliveries on credit:

‹5›1. Fodder grain (oats and barley): 15,000 tons.
‹6›2. ZIS-5 trucks: 200.
‹7›3. Veterinary drugs to the value of 1.5 million rubles.

‹8›The Ministry of Foreign Trade (Comrade Menshikov) is to ship the fodder grain.

‹9›The USSR Ministry of Finance (Comrade Zverev) is to arrange the credit on the terms of the agreement of February 27, 1946.

‹10›SECRETARY OF THE CC""",
    "required": [
        (
            "omission",
            "Учитывая тяжелое положение",
            None,
            "the reason for the decision (the grave fodder situation in the western aimags) is dropped",
        ),
        (
            "omission",
            "не позднее 15 апреля 1948 г.",
            None,
            "the deadline for shipping the grain (not later than April 15, 1948) is not translated",
        ),
    ],
    "forbidden": [
        (None, "РГАСПИ, ф. 17", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Протокол № 63", None, "the protocol mark", ["omission", "number"], "minor"),
        (None, "15 тыс. тонн", "15,000 tons", "тыс.", ["number"]),
        (None, "200 штук", "trucks: 200", "a count with штук", ["number"]),
        (None, "1,5 млн. рублей", "1.5 million rubles", "decimal comma", ["number"]),
        (None, "ЗИС-5", "ZIS-5", "a model name", ["number", "name"], "minor"),
        (None, "27 февраля 1946 г.", "February 27, 1946", "the same date", ["number", "date"]),
        (
            None,
            "Обязать Министерство",
            None,
            "the formula 'обязать' rendered as 'is to'",
            ["omission", "term"],
            "minor",
        ),
        (
            None,
            "Поручить Министерству",
            None,
            "the formula 'поручить' rendered as 'is to'",
            ["omission", "term"],
            "minor",
        ),
        (None, "Меньшикова", "Menshikov", "a name in the genitive", ["name"], "minor"),
    ],
    "notes": "Page, Russian first. Planted: the adverbial phrase 'Учитывая тяжелое положение с кормами в западных аймаках' dropped (omission); the time qualifier 'не позднее 15 апреля 1948 г.' dropped (omission, date). Free: the protocol mark and the archive reference untranslated, 'Обязать'/'Поручить' condensed to 'is to'.",
}

DOCS["om05-ivanov-report-livestock-tax-1946"] = {
    "genre": "embassy report (pair, m series; a page number inside the Russian text)",
    "about": "Invented: Ambassador Ivanov reports on the Mongolian government's relief to herdsmen after the winter losses of 1945-46.",
    "ru": """‹u›АВП РФ, ф. 0111, оп. 6, п. 12, д. 4, л. 31-32.

‹1›Секретно

‹2›Заместителю Министра иностранных дел СССР
‹3›тов. ДЕКАНОЗОВУ В. Г.

‹4›Зимовка 1945-46 гг. прошла в МНР тяжело. ‹5›По данным министерства животноводства, пало около 1,2 млн. голов овец, коз, коров и яков.

‹6›В связи с этим Совет Министров МНР 18 апреля принял решение освободить пострадавшие хозяйства от налога скотом за 1946 год. ‹7›Кроме того, хозяйствам будет выдана ссуда зерном (т. е. без оплаты в текущем году) из государственных запасов.

‹u›- 2 -

‹u›Решение вызвало одобрение среди аратов западных аймаков. ‹8›Вместе с тем Чойбалсан высказал мне опасение, что выполнение плана поставок шерсти в СССР в 1946 году окажется под угрозой.

‹9›Считаю, что нам следовало бы согласиться на снижение плана поставок шерсти на 1946 год на 20 процентов.

‹10›ПОСОЛ СССР В МНР
‹11›И. ИВАНОВ

‹12›28 апреля 1946 г.""",
    "en": """‹1›Secret

‹2›To Deputy Minister of Foreign Affairs of the USSR
‹3›Comrade V. G. DEKANOZOV

‹4›The winter of 1945-46 was a hard one in the MPR. ‹5›According to the Ministry of Livestock, about 1.2 million head of livestock perished.

‹6›In view of this, the MPR Council of Ministers decided on April 18 to exempt the affected households from the livestock tax for 1946. ‹7›In addition, the households will be given a loan of grain from state stocks.

‹8›At the same time Choibalsan told me he feared that the plan for wool deliveries to the USSR for 1946 would be put at risk.

‹9›I believe we should agree to reduce the plan of wool deliveries for 1946 by 30 per cent.

‹10›AMBASSADOR OF THE USSR TO THE MPR
‹11›I. IVANOV

‹12›April 28, 1946""",
    "required": [
        (
            "omission",
            "(т. е. без оплаты",
            None,
            "the explanation in brackets (the loan is free of payment this year) is not translated",
        ),
        (
            "omission",
            "Решение вызвало одобрение",
            None,
            "the sentence after the page number (the decision was welcomed by the herdsmen of the western aimags) is not translated",
        ),
        (
            "number",
            "20 процентов",
            "30 per cent",
            "the ambassador proposes a cut of 20 per cent, not 30",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0111", None, "archive reference", ["omission", "number"], "minor"),
        (None, "- 2 -", None, "a page number inside the text", ["omission", "number"], "minor"),
        (
            None,
            "овец, коз, коров и яков",
            "head of livestock",
            "the kinds of livestock summed up by the collective word",
            ["omission", "term"],
            "minor",
        ),
        (None, "1945-46 гг.", "1945-46", "the same years", ["number", "date"]),
        (None, "1,2 млн.", "1.2 million", "decimal comma", ["number"]),
        (None, "18 апреля", "April 18", "the same date", ["number", "date"]),
        (None, "за 1946 год", "tax for 1946", "the same year", ["number", "date"]),
        (None, "ДЕКАНОЗОВУ В. Г.", "V. G. DEKANOZOV", "a name in the dative", ["name"], "minor"),
        (None, "28 апреля 1946 г.", "April 28, 1946", "the same date", ["number", "date"]),
    ],
    "notes": "Pair, a page number '- 2 -' between paragraphs. Planted: the parenthesis '(т. е. без оплаты в текущем году)' dropped (omission); the first sentence after the page break dropped (omission); 20 процентов -> 30 per cent (number). Free: 'овец, коз, коров и яков' rendered by 'livestock', the page number and the reference untranslated.",
}

DOCS["om06-stalin-roosevelt-offensive-1943-07-08"] = {
    "genre": "personal and secret message (pair, s series)",
    "about": "Invented: Stalin informs Roosevelt of the coming Soviet counter-offensive and asks for bombers for the summer.",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 366, лл. 71-72.

‹1›ЛИЧНО И СЕКРЕТНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Ф. Д. РУЗВЕЛЬТУ

‹2›Ваше послание от 2 июля получил.

‹3›Немцы начали наступление на Орловско-Курском направлении крупными силами танков и авиации. ‹4›Наши войска отбивают атаки противника и наносят ему большие потери. ‹5›В ближайшие дни советские войска перейдут в контрнаступление на Центральном фронте.

‹6›Было бы очень важно, чтобы англо-американская авиация усилила удары по Германии именно в эти недели, для того чтобы противник не смог перебросить на восток свои истребительные резервы. ‹7›Мы рассчитываем также, что обещанные нам бомбардировщики и штурмовики будут доставлены в июле.

‹8›Желаю Вам и союзным войскам успеха в Сицилии.""",
    "en": """‹1›PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. F. D. ROOSEVELT

‹2›I have received your message of July 2.

‹3›The Germans have launched an offensive in the Orel-Kursk direction with large forces of tanks and aircraft. ‹4›Our troops are beating off the enemy's attacks and inflicting heavy losses on him. ‹5›Soviet troops will go over to a counter-offensive on the Central Front.

‹6›It would be very important for the Anglo-American air forces to step up their blows at Germany precisely in these weeks. ‹7›We also count on the aircraft promised to us being delivered in July.

‹8›I wish you and the Allied troops success in Sicily.""",
    "required": [
        (
            "omission",
            "В ближайшие дни",
            None,
            "the time qualifier (the counter-offensive begins within the next few days) is dropped",
        ),
        (
            "omission",
            "для того чтобы противник",
            None,
            "the purpose of the bombing (so that the enemy cannot shift his fighter reserves east) is not translated",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (None, "2 июля", "July 2", "the same date", ["number", "date"]),
        (
            None,
            "бомбардировщики и штурмовики",
            "the aircraft promised",
            "bombers and ground-attack aircraft summed up as 'aircraft'",
            ["omission", "term"],
            "minor",
        ),
        (
            None,
            "Орловско-Курском направлении",
            "Orel-Kursk direction",
            "the same place",
            ["name"],
            "minor",
        ),
        (
            None,
            "ЛИЧНО И СЕКРЕТНО",
            "PERSONAL AND SECRET",
            "the heading",
            ["omission", "title", "name"],
            "minor",
        ),
        (None, "Сицилии", "Sicily", "a place in the locative", ["name"], "minor"),
    ],
    "notes": "Pair, a wartime message. Planted: 'В ближайшие дни' dropped (time qualifier); the purpose clause 'для того чтобы противник не смог перебросить на восток свои истребительные резервы' dropped (omission). Free: 'бомбардировщики и штурмовики' -> 'aircraft', the archive reference untranslated.",
}
