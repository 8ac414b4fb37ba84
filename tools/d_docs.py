# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented d documents of archival-own (read by build_archival_d.py): terms changed by the translator.

Five two-file pairs imitating the k (Korean War, 1949-51), m (Mongolia, 1945-56) and s (Stalin's wartime
correspondence) series, each planting a term rendered as another term of its kind (a formation, a weapon, a
party or state body, an economic term) beside legitimate variants a naive tool would flag. Every text is
invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py.
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["d01-shtykov-air-defence-1950"] = {
    "genre": "cipher telegram of the ambassador (pair)",
    "about": "Invented: the ambassador in Pyongyang reports on the air defence of the capital and asks for guns.",
    "ru": """‹u›АПРФ, ф. 3, оп. 65, д. 827, л. 12-13.

‹1›ШИФРТЕЛЕГРАММА

‹2›Совершенно секретно

‹3›ТОВАРИЩУ ФИН-СИ

‹4›Ким Ир Сен просил меня сообщить Вам, что противовоздушная оборона Пхеньяна крайне слаба. ‹5›В городе имеется всего один полк зенитной артиллерии, 24 орудия калибра 85 мм, и две роты зенитных пулеметов.

‹6›Налеты американской авиации производятся группами по 15-20 бомбардировщиков под прикрытием истребителей. ‹7›За последние 10 дней сбито 3 самолета противника.

‹8›Ким Ир Сен просит направить в Корею еще два зенитных полка и 40 прожекторов, а также выделить советников для штаба ПВО.

‹9›ШТЫКОВ

‹10›23 августа 1950 года""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›Top Secret

‹3›TO COMRADE FYN SI [Stalin]

‹4›Kim Il Sung asked me to inform you that the air defense of Pyongyang is extremely weak. ‹5›There is only one anti-tank artillery regiment in the city, 24 guns of 85-mm caliber, and two companies of anti-aircraft machine guns.

‹6›American air raids are carried out by groups of 15-20 bombers under the cover of fighters. ‹7›Over the last ten days three enemy planes have been shot down.

‹8›Kim Il Sung asks that two more anti-aircraft regiments and 40 searchlights be sent to Korea, and that advisers be assigned to the air defense staff.

‹9›SHTYKOV

‹10›August 23, 1950""",
    "required": [
        (
            "term",
            "зенитной артиллерии",
            "anti-tank artillery",
            "an anti-aircraft artillery regiment is given as an anti-tank one",
        ),
    ],
    "forbidden": [
        (None, "АПРФ, ф. 3", None, "archive reference", ["omission", "number"], "minor"),
        (None, "ФИН-СИ", "FYN SI", "Stalin's pseudonym transliterated", ["name"], "minor"),
        (None, None, "[Stalin]", "an editor's gloss in brackets", ["addition", "name"], "minor"),
        (None, "85 мм", "85-mm", "a caliber", ["number"]),
        (None, "15-20", "15-20", "the same range", ["number"]),
        (None, "10 дней", "ten days", "a number in words", ["number"]),
        (None, "3 самолета", "three enemy planes", "a number in words", ["number"]),
        (None, "штаба ПВО", "air defense staff", "ПВО spelled out, штаб as staff", ["term"], "minor"),
        (None, "23 августа 1950 года", "August 23, 1950", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: зенитной артиллерии -> anti-tank artillery (term). Free: ПВО spelled out, numbers in words, the pseudonym glossed.",
}

DOCS["d02-razuvaev-rear-units-1951"] = {
    "genre": "report of the chief military adviser (pair)",
    "about": "Invented: the chief military adviser in Korea reports on the rear services of the Korean People's Army.",
    "ru": """‹u›ЦАМО, ф. 5, оп. 918795, д. 124, л. 201-203.

‹1›ДОКЛАД
‹2›о состоянии тыла Корейской Народной Армии

‹3›На 1 марта 1951 года в составе КНА имеется 7 пехотных корпусов, 2 механизированных дивизии и 4 отдельные танковые бригады. ‹4›Тыловые части армейских корпусов укомплектованы личным составом лишь на 55-60 процентов.

‹5›Автомобильный парк насчитывает 1.840 машин, из которых 30 процентов требуют капитального ремонта. ‹6›Подвоз боеприпасов производится главным образом в ночное время.

‹7›В танковых бригадах имеется 96 танков Т-34 и 38 самоходных орудий СУ-76. ‹8›Пехота вооружена в основном автоматами ППШ; пулеметов не хватает.

‹9›Считаю необходимым сформировать в каждом корпусе автомобильный батальон.

‹10›Главный военный советник
‹11›РАЗУВАЕВ""",
    "en": """‹1›REPORT
‹2›on the State of the Rear of the Korean People's Army

‹3›As of March 1, 1951, the KPA has seven infantry corps, two mechanized divisions and four independent tank brigades. ‹4›The rear units of the army corps are manned only to 55-60 percent.

‹5›The motor pool numbers 1,840 vehicles, of which 30 percent need major repairs. ‹6›Ammunition is brought up mainly at night.

‹7›The tank brigades have 96 T-34 tanks and 38 SU-76 tanks. ‹8›The infantry is armed mainly with PPSh machine pistols; there are not enough machine guns.

‹9›I consider it necessary to form a motor transport battalion in each corps.

‹10›Chief Military Adviser
‹11›RAZUVAEV""",
    "required": [
        (
            "term",
            "самоходных орудий",
            ("tanks", "SU-76 tanks"),
            "38 SU-76 self-propelled guns are given as tanks",
        ),
    ],
    "forbidden": [
        (None, "ЦАМО, ф. 5", None, "archive reference", ["omission", "number"], "minor"),
        (None, "КНА", "KPA", "the same army", ["term", "name"], "minor"),
        (None, "7 пехотных", "seven infantry", "a number in words", ["number"]),
        (None, "2 механизированных", "two mechanized", "a number in words", ["number"]),
        (None, "4 отдельные", "four independent", "a number in words", ["number"]),
        (None, "Тыловые части", "rear units", "the same units", ["term"], "minor"),
        (None, "1.840", "1,840", "thousands dot", ["number"]),
        (None, "автоматами ППШ", "PPSh machine pistols", "автомат as machine pistol", ["term"], "minor"),
        (None, "1 марта 1951 года", "March 1, 1951", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: самоходных орудий -> tanks (term). Free: numbers in words, тыловые части = rear units, автоматы = machine pistols.",
}

DOCS["d03-politburo-mpr-loan-1948"] = {
    "genre": "Politburo decision (pair)",
    "about": "Invented: the Politburo grants the Mongolian government a loan for livestock farms.",
    "ru": """‹u›РГАСПИ, ф. 17, оп. 162, д. 39, л. 88.

‹1›Строго секретно

‹2›Из протокола № 64 заседания Политбюро ЦК ВКП(б)

‹3›Решение от 14 июля 1948 г.

‹4›О кредите Монгольской Народной Республике

‹5›1. Удовлетворить просьбу Правительства МНР и предоставить ему кредит в сумме 45 млн. рублей сроком на 10 лет из 2 процентов годовых.

‹6›2. Кредит используется на поставку из СССР оборудования для животноводческих ферм и сельскохозяйственных машин. ‹7›Погашение кредита производится поставками в СССР скота, шерсти и кож.

‹8›3. Поручить Министерству внешней торговли СССР (т. Меньшикову) заключить с правительством МНР соответствующее соглашение в месячный срок.

‹9›СЕКРЕТАРЬ ЦК""",
    "en": """‹1›Strictly Secret

‹2›From Protocol No. 64 of the Session of the CC VKP(b) Orgburo

‹3›Decision of July 14, 1948

‹4›On a Loan to the Mongolian People's Republic

‹5›1. To satisfy the request of the MPR Government and grant it a loan of 45 million rubles for ten years at 2 percent a year.

‹6›2. The loan is to be used for the delivery from the USSR of equipment for livestock farms and of farm machinery. ‹7›The loan is to be repaid by deliveries of livestock, wool and hides to the USSR.

‹8›3. To instruct the USSR Ministry of Foreign Trade (Comrade Menshikov) to conclude the relevant agreement with the MPR Government within a month.

‹9›SECRETARY OF THE CC""",
    "required": [
        (
            "term",
            "Политбюро",
            "Orgburo",
            "a session of the Politburo is given as one of the Orgburo",
        ),
    ],
    "forbidden": [
        (None, "РГАСПИ, ф. 17", None, "archive reference", ["omission", "number"], "minor"),
        (None, "№ 64", "No. 64", "protocol number", ["number"]),
        (None, "14 июля 1948 г.", "July 14, 1948", "the same date", ["number", "date"]),
        (None, "О кредите", "On a Loan", "кредит as a loan", ["term"], "minor"),
        (None, "45 млн. рублей", "45 million rubles", "млн.", ["number"]),
        (None, "10 лет", "ten years", "a number in words", ["number"]),
        (None, "Погашение кредита", "The loan is to be repaid", "кредит as a loan", ["term"], "minor"),
        (None, "поставками", "deliveries", "поставки as deliveries", ["term"], "minor"),
        (None, "в месячный срок", "within a month", "an idiom", ["number"], "minor"),
        (None, "Меньшикову", "Menshikov", "a name in the dative", ["name"], "minor"),
    ],
    "notes": "Planted: Политбюро -> Orgburo (term). Free: кредит = loan, поставки = deliveries, numbers in words.",
}

DOCS["d04-tsedenbal-barter-1954"] = {
    "genre": "record of a conversation (pair)",
    "about": "Invented: the Soviet ambassador's record of a talk with Tsedenbal on the trade of 1955.",
    "ru": """‹u›АВП РФ, ф. 0111, оп. 36, п. 201, д. 14, л. 7-9.

‹1›Из дневника посла СССР в МНР
‹2›И. А. ПИСАРЕВА

‹3›Запись беседы с Председателем Совета Министров МНР Ю. Цеденбалом
‹4›9 ноября 1954 года

‹5›Цеденбал сообщил, что Политбюро ЦК МНРП рассмотрело проект соглашения о товарообороте на 1955 год. ‹6›Монгольская сторона предлагает увеличить поставки скота в СССР до 820 тыс. голов.

‹7›Цеденбал просил также рассмотреть вопрос о безвозмездной помощи на строительство двух школ в аймачных центрах. ‹8›По его словам, горком партии в Улан-Баторе уже выделил для этого рабочую силу.

‹9›Я обещал сообщить о просьбе в Москву.

‹10›Посол СССР в МНР
‹11›И. ПИСАРЕВ""",
    "en": """‹1›From the Diary of the USSR Ambassador to the MPR
‹2›I. A. PISAREV

‹3›Record of a Conversation with the Chairman of the MPR Council of Ministers Yu. Tsedenbal
‹4›November 9, 1954

‹5›Tsedenbal reported that the Politburo of the MPRP CC had considered the draft agreement on trade turnover for 1955. ‹6›The Mongolian side proposes to increase its purchases of livestock from the USSR to 820,000 head.

‹7›Tsedenbal also asked that the question of a loan for the construction of two schools in aimag centers be considered. ‹8›According to him, the Ulaanbaatar city party committee had already assigned labor for this.

‹9›I promised to inform Moscow of the request.

‹10›USSR Ambassador to the MPR
‹11›I. PISAREV""",
    "required": [
        (
            "term",
            "безвозмездной помощи",
            ("loan", "question of a loan"),
            "free (grant) aid is given as a loan",
        ),
        (
            "term",
            "поставки скота",
            "purchases of livestock",
            "Mongolian deliveries of livestock to the USSR are given as purchases from it",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0111", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "Совета Министров МНР",
            "MPR Council of Ministers",
            "the same body",
            ["term", "name"],
            "minor",
        ),
        (None, "Ю. Цеденбалом", "Yu. Tsedenbal", "a name in the instrumental", ["name"], "minor"),
        (None, "9 ноября 1954 года", "November 9, 1954", "the same date", ["number", "date"]),
        (None, "ЦК МНРП", "MPRP CC", "the same party body", ["term", "name"], "minor"),
        (None, "товарообороте", "trade turnover", "the same term", ["term"], "minor"),
        (None, "820 тыс. голов", "820,000 head", "тыс.", ["number"]),
        (None, "горком партии", "city party committee", "gorkom spelled out", ["term"], "minor"),
        (None, "Улан-Баторе", "Ulaanbaatar", "a modern spelling of the city", ["name"], "minor"),
    ],
    "notes": "Planted: безвозмездной помощи -> loan (term); поставки -> purchases (term, direction reversed). Free: горком spelled out, Ulaanbaatar.",
}

DOCS["d05-stalin-churchill-front-1943"] = {
    "genre": "personal message of Stalin (pair)",
    "about": "Invented: Stalin informs Churchill of the fighting on the southern wing and of the Supreme Soviet's greetings.",
    "ru": """‹1›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ

‹2›Ваше послание от 2 октября получил. ‹3›На Южном фронте наши войска продолжают наступление, хотя немцы перебросили сюда с запада три танковых корпуса. ‹4›Наш Воронежский фронт за последнюю неделю взял в плен около 11 тысяч солдат и офицеров.

‹5›Президиум Верховного Совета СССР поручил мне передать благодарность английским морякам, доставившим грузы в Мурманск. ‹6›Истребители, присланные Вами в сентябре, уже участвуют в боях.

‹7›7 октября 1943 года.""",
    "en": """‹1›PERSONAL AND SECRET MESSAGE FROM PREMIER J. V. STALIN TO THE PRIME MINISTER, MR. W. CHURCHILL

‹2›I have received your message of October 2. ‹3›On the Southern Front our troops are continuing the offensive, although the Germans have transferred three panzer armies here from the west. ‹4›Our Voronezh Front has taken some 11,000 officers and men prisoner in the past week.

‹5›The Presidium of the Supreme Council of the USSR has asked me to convey its thanks to the British seamen who delivered cargoes to Murmansk. ‹6›The bombers you sent in September are already in action.

‹7›October 7, 1943.""",
    "required": [
        (
            "term",
            "танковых корпуса",
            "panzer armies",
            "three panzer corps are given as panzer armies",
        ),
        (
            "term",
            "Истребители",
            "bombers",
            "the fighters sent in September are given as bombers",
        ),
    ],
    "forbidden": [
        (None, "У. ЧЕРЧИЛЛЮ", "W. CHURCHILL", "a name in the dative", ["name"], "minor"),
        (None, "2 октября", "October 2", "the same date", ["number", "date"]),
        (None, "Южном фронте", "Southern Front", "the same front", ["term", "name"], "minor"),
        (None, "три танковых", "three panzer", "a number in words", ["number"]),
        (None, "11 тысяч", "11,000", "тысяч", ["number"]),
        (None, "солдат и офицеров", "officers and men", "a period rendering", ["term", "title"], "minor"),
        (
            None,
            "Президиум Верховного Совета СССР",
            "Presidium of the Supreme Council of the USSR",
            "Supreme Council, a period rendering of Верховный Совет",
            ["term", "name"],
            "minor",
        ),
        (None, "Мурманск", "Murmansk", "the same port", ["name"], "minor"),
        (None, "7 октября 1943 года", "October 7, 1943", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: танковых корпуса -> panzer armies (term); Истребители -> bombers (term). Free: Supreme Council for Верховный Совет, officers and men, panzer for танковый.",
}
