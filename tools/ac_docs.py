# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented ac documents of archival-own (read by build_archival_ac.py): added clauses with names, short lost clauses.

Each document plants a clause the translator added that carries a place or a person (a statement of its own,
not a rendering of the original's name) and, in most, a short clause after «а», «но», «однако» or «причем»
that the translation drops; besides, a number or a name. Translations are free as published ones are.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["ac01-telegram-razuvaev-trucks-1952"] = {
    "genre": "ciphered telegram from Pyongyang (pair)",
    "about": "Invented: the Soviet ambassador reports the Korean request for trucks and tyres.",
    "ru": """‹u›АПРФ, ф. 3, оп. 65, д. 829, л. 112-113.

‹1›ШИФРТЕЛЕГРАММА

‹2›Из Пхеньяна. ‹3›Вх. № 4127/ш. ‹4›14 марта 1952 г.

‹5›Сегодня меня посетил министр внешней торговли КНДР Чан Си У и передал просьбу правительства КНДР о поставке в текущем году 1.200 грузовых автомобилей ЗИС-150 и 9 тыс. комплектов автопокрышек. ‹6›По словам Чан Си У, автомобильный парк Народной армии за зиму сократился почти наполовину, а местное производство покрышек не может покрыть потребности.

‹7›Корейцы просят начать отгрузку в апреле через станцию Синыйджу. ‹8›Оплату правительство КНДР предлагает произвести поставками цветных металлов в 1953 году.

‹9›Считаю просьбу обоснованной. ‹10›Прошу ваших указаний.

‹11›РАЗУВАЕВ
""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›From Pyongyang. ‹3›Incoming No. 4127/sh. ‹4›March 14, 1952

‹5›Today the DPRK Minister of Foreign Trade Chang Si-u called on me and conveyed the request of the DPRK government for the delivery this year of 1,200 ZIS-150 trucks and 9,000 sets of tyres. ‹6›According to Chang Si-u, the vehicle park of the People's Army shrank by almost half over the winter.

‹7›The Koreans ask that shipment begin in April through Sinuiju station and that the trucks be driven on to Kanggye under Soviet escort. ‹8›The DPRK government proposes to pay with deliveries of non-ferrous metals in 1954.

‹9›I consider the request justified. ‹10›Please instruct.

‹11›RAZUVAEV
""",
    "required": [
        (
            "addition",
            None,
            "and that the trucks be driven on to Kanggye under Soviet escort",
            "the clause on driving the trucks to Kanggye under Soviet escort has no original",
        ),
        (
            "omission",
            "а местное производство покрышек не может покрыть потребности",
            None,
            "the clause saying local tyre production cannot meet the need is not translated",
        ),
        ("date", "в 1953 году", "in 1954", "payment in 1953 is given as 1954"),
    ],
    "forbidden": [
        (None, "АПРФ, ф. 3", None, "archive reference", ["omission", "number"], "minor"),
        (None, "№ 4127/ш", "No. 4127/sh", "an incoming number", ["number"]),
        (None, "14 марта 1952 г.", "March 14, 1952", "the same date", ["number", "date"]),
        (None, "1.200 грузовых", "1,200 ZIS-150 trucks", "thousands dot", ["number"]),
        (None, "9 тыс. комплектов", "9,000 sets", "тыс.", ["number"]),
        (None, "ЗИС-150", ("ZIS-150", "1,200 ZIS-150"), "a truck model", ["number", "name"], "minor"),
        (
            None,
            ("Чан Си У", "министр"),
            ("Chang Si-u", "Trade Chang"),
            "a Korean name through Russian",
            ["name"],
            "minor",
        ),
        (None, "Синыйджу", "Sinuiju", "a Korean place through Russian", ["name"], "minor"),
        (None, "Прошу ваших указаний", "Please instruct", "a formula", ["omission"], "minor"),
    ],
    "notes": "Pair, ciphered telegram. Planted: an added clause with a place (Kanggye) and an escort; the clause «а местное производство покрышек не может покрыть потребности» dropped; 1953 -> 1954 (date). Free: a Korean name and place through Russian, a truck model.",
}

DOCS["ac02-letter-choibalsan-fodder-1947"] = {
    "genre": "letter of the Mongolian premier to the Soviet government (pair)",
    "about": "Invented: Choibalsan asks for hay and oats after a dry summer in the eastern aimags.",
    "ru": """‹u›АВП РФ, ф. 0111, оп. 29, п. 204, д. 14, л. 8-9.

‹1›Председателю Совета Министров Союза ССР
‹2›товарищу СТАЛИНУ И. В.

‹3›Дорогой товарищ Сталин!

‹4›Летом текущего года в Восточном и Сухэ-Баторском аймаках почти не было дождей, и травостой на пастбищах погиб на площади свыше 40 тыс. кв. километров. ‹5›Аратские хозяйства этих аймаков заготовили лишь треть необходимого сена, причем часть его уже израсходована.

‹6›Правительство Монгольской Народной Республики просит Советское правительство продать нам в кредит 60 тыс. тонн сена и 15 тыс. тонн овса с поставкой до 1 декабря 1947 года. ‹7›Мы можем принять груз на станции Соловьевск, но транспорта для вывоза у нас недостаточно.

‹8›Погашение кредита мы предполагаем произвести поставками скота в 1948-1949 годах.

‹9›С глубоким уважением

‹10›Х. ЧОЙБАЛСАН

‹11›г. Улан-Батор, 18 сентября 1947 г.
""",
    "en": """‹1›To the Chairman of the Council of Ministers of the USSR
‹2›Comrade J. V. STALIN

‹3›Dear Comrade Stalin,

‹4›This summer there was almost no rain in the Eastern and Sukhbaatar aimags, and the grass on the pastures perished over more than 40,000 square kilometres. ‹5›The arat households of these aimags have laid in only a third of the hay they need.

‹6›The Government of the Mongolian People's Republic asks the Soviet Government to sell us on credit 60,000 tons of hay and 15,000 tons of oats, to be delivered by December 1, 1947, since the herds driven from Dornod to the Kerulen valley have already grazed it bare. ‹7›We can receive the goods at Solovyevsk station, but we do not have enough transport to carry them away.

‹8›We intend to repay the credit with deliveries of livestock in 1948-1950.

‹9›With deep respect,

‹10›Kh. CHOIBALSAN

‹11›Ulan Bator, September 18, 1947
""",
    "required": [
        (
            "addition",
            None,
            ", since the herds driven from Dornod to the Kerulen valley have already grazed it bare",
            "the clause on herds driven from Dornod to the Kerulen valley has no original",
        ),
        (
            "omission",
            "причем часть его уже израсходована",
            None,
            "the clause saying part of the hay has already been used up is not translated",
        ),
        ("date", "1948-1949 годах", "1948-1950", "repayment in 1948-1949 is given as 1948-1950"),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0111", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Сухэ-Баторском", "Sukhbaatar", "an aimag as an adjective", ["name"], "minor"),
        (None, "40 тыс. кв. километров", "40,000 square kilometres", "тыс. and кв.", ["number"]),
        (None, "60 тыс. тонн", "60,000 tons", "тыс.", ["number"]),
        (None, "15 тыс. тонн", "15,000 tons", "тыс.", ["number"]),
        (None, "1 декабря 1947 года", "December 1, 1947", "the same date", ["number", "date"]),
        (None, "Соловьевск", "Solovyevsk", "a station through Russian", ["name"], "minor"),
        (
            None,
            "но транспорта",
            "but we do not have enough transport",
            "the contrast clause is rendered",
            ["omission"],
        ),
        (None, "Х. ЧОЙБАЛСАН", "Kh. CHOIBALSAN", "a signature", ["name"], "minor"),
        (None, "18 сентября 1947 г.", "September 18, 1947", "the same date", ["number", "date"]),
    ],
    "notes": "Pair, letter. Planted: an added clause with two places (Dornod, the Kerulen); the clause «причем часть его уже израсходована» dropped; 1948-1949 -> 1948-1950 (date). Free: aimag adjectives, a station through Russian, a contrast clause that is rendered.",
}

DOCS["ac03-stalin-churchill-tanks-1942"] = {
    "genre": "wartime personal message (pair)",
    "about": "Invented: Stalin writes to Churchill on the quality of the tanks delivered by the northern route.",
    "ru": """‹1›ЛИЧНО И СЕКРЕТНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ

‹2›Ваше послание от 9 ноября получил. ‹3›Благодарю за сообщение о предстоящей отправке 150 танков «Валентайн» в ноябре и декабре.

‹4›Должен, однако, сказать, что наши танкисты невысоко оценивают английские танки, поступившие в прошлом месяце. ‹5›Броня у них достаточно прочная, но мотор часто выходит из строя на морозе. ‹6›Из 90 танков, прибывших в Архангельск, 22 потребовали ремонта еще до отправки на фронт, однако запасных частей к ним не прислано.

‹7›Прошу Вас обратить внимание английских заводов на эти недостатки.

‹8›16 ноября 1942 года.
""",
    "en": """‹1›PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRIME MINISTER, MR. W. CHURCHILL

‹2›I have received your message of November 9. ‹3›Thank you for the information that 150 Valentine tanks are to be sent in November and December.

‹4›I must say, however, that our tank crews do not think highly of the British tanks that arrived last month, as General Martel himself had observed when he inspected them at the front. ‹5›Their armour is strong enough, but the engine often fails in frost. ‹6›Of the 90 tanks that reached Archangel, 32 needed repair before they could be sent to the front.

‹7›I ask you to draw the attention of the British works to these defects.

‹8›November 16, 1942.
""",
    "required": [
        (
            "addition",
            None,
            ", as General Martel himself had observed when he inspected them at the front",
            "the clause on General Martel's inspection at the front has no original",
        ),
        (
            "omission",
            "однако запасных частей к ним не прислано",
            None,
            "the clause saying no spare parts were sent is not translated",
        ),
        ("number", "22 потребовали", "32 needed", "22 tanks needing repair are given as 32"),
    ],
    "forbidden": [
        (None, "9 ноября", "November 9", "the same date", ["number", "date"]),
        (None, "150 танков", "150 Valentine tanks", "the same number", ["number"]),
        (None, "«Валентайн»", "Valentine", "a tank's name in quotation marks", ["name"], "minor"),
        (None, "Должен, однако, сказать", "I must say, however", "однако as however", ["omission"]),
        (None, "но мотор", "but the engine", "the contrast clause is rendered", ["omission"]),
        (None, "90 танков", "90 tanks", "the same number", ["number"]),
        (None, "Архангельск", "Archangel", "the English name of the port", ["name"], "minor"),
        (None, "16 ноября 1942 года", "November 16, 1942", "the same date", ["number", "date"]),
    ],
    "notes": "Pair, wartime message. Planted: an added clause with a person (General Martel); the clause «однако запасных частей к ним не прислано» dropped; 22 -> 32 (number). Free: Archangel, однако as however, a rendered contrast clause.",
}

DOCS["ac04-record-razuvaev-li-hospitals-1951"] = {
    "genre": "record of conversation (pair)",
    "about": "Invented: the Soviet ambassador's talk with the DPRK Minister of Health on field hospitals.",
    "ru": """‹u›АВП РФ, ф. 0102, оп. 7, п. 27, д. 48, л. 31-33.

‹1›ИЗ ДНЕВНИКА ПОСЛА СССР В КНДР
‹2›РАЗУВАЕВА В. Н.

‹3›ЗАПИСЬ БЕСЕДЫ
‹4›с министром здравоохранения КНДР Ли Бен Намом

‹5›6 июня 1951 года

‹6›Ли Бен Нам сообщил, что в госпиталях Народной армии находится около 38 тыс. раненых, а коек имеется лишь на 27 тыс. ‹7›Больше всего не хватает хирургов и медикаментов, особенно противостолбнячной сыворотки.

‹8›Министр просил ускорить прибытие группы советских врачей в составе 45 человек, решение о посылке которой было принято в апреле. ‹9›Он сказал также, что часть госпиталей придется перевести в северные провинции, а помещений там мало.

‹10›Я обещал сообщить о просьбе в Москву.

‹11›Посол СССР в КНДР
‹12›В. РАЗУВАЕВ
""",
    "en": """‹1›FROM THE JOURNAL OF THE USSR AMBASSADOR TO THE DPRK
‹2›V. N. RAZUVAEV

‹3›RECORD OF CONVERSATION
‹4›with the DPRK Minister of Health Li Byong-nam

‹5›June 6, 1951

‹6›Li Byong-nam reported that the People's Army hospitals hold about 38,000 wounded, while there are beds for only 27,000. ‹7›Surgeons and medicines are in shortest supply, above all anti-tetanus serum, which the Chinese volunteers had been sending from Shenyang until the spring.

‹8›The Minister asked that the arrival of the group of 54 Soviet doctors, whose dispatch had been decided in April, be speeded up. ‹9›He also said that some of the hospitals would have to be moved to the northern provinces.

‹10›I promised to report the request to Moscow.

‹11›USSR Ambassador to the DPRK
‹12›V. RAZUVAEV
""",
    "required": [
        (
            "addition",
            None,
            ", which the Chinese volunteers had been sending from Shenyang until the spring",
            "the clause on serum sent by the Chinese volunteers from Shenyang has no original",
        ),
        (
            "omission",
            "а помещений там мало",
            None,
            "the clause saying there are few buildings there is not translated",
        ),
        ("number", "45 человек", "54 Soviet doctors", "45 doctors are given as 54"),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0102", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            ("Ли Бен Намом", "КНДР Ли"),
            ("Li Byong-nam", "Health Li"),
            "a Korean name through Russian",
            ["name"],
            "minor",
        ),
        (None, "6 июня 1951 года", "June 6, 1951", "the same date", ["number", "date"]),
        (None, "38 тыс. раненых", "38,000 wounded", "тыс.", ["number"]),
        (None, "на 27 тыс", "27,000", "тыс. without its noun", ["number"]),
        (None, "а коек", "while there are beds", "the contrast clause is rendered", ["omission"]),
        (None, "в Москву", "to Moscow", "the same place", ["name"], "minor"),
    ],
    "notes": "Pair, record of conversation. Planted: an added clause with a place (Shenyang) and the Chinese volunteers; the clause «а помещений там мало» dropped; 45 -> 54 (number). Free: a Korean name through Russian, a rendered contrast clause.",
}

DOCS["ac05-report-embassy-mpr-schools-1953"] = {
    "genre": "embassy report on schools (pair)",
    "about": "Invented: the Soviet embassy in Ulan Bator reports on Russian-language teaching in Mongolian schools.",
    "ru": """‹u›АВП РФ, ф. 0111, оп. 35, п. 221, д. 7, л. 54-56.

‹1›СПРАВКА
‹2›о преподавании русского языка в школах МНР

‹3›В 1952/53 учебном году русский язык преподавался в 86 семилетних и средних школах республики. ‹4›Преподавание ведут 212 учителей, из них 37 советских, направленных Министерством просвещения РСФСР.

‹5›Учебников не хватает, а имеющиеся устарели. ‹6›Монгольские товарищи просят прислать к 1 сентября 1953 г. 20 тыс. экземпляров нового учебника для 5-7 классов. ‹7›Кроме того, Министерство просвещения МНР просит увеличить число советских учителей на 15 человек, но жилья для них в аймачных центрах пока нет.

‹8›Первый секретарь посольства СССР в МНР
‹9›Н. ГОЛОВИН

‹10›21 мая 1953 г.
""",
    "en": """‹1›NOTE
‹2›on the Teaching of Russian in the Schools of the MPR

‹3›In the 1952/53 school year Russian was taught in 86 seven-year and secondary schools of the republic. ‹4›The teaching is done by 212 teachers, 37 of them Soviet, sent by the RSFSR Ministry of Education.

‹5›There are not enough textbooks. ‹6›The Mongolian comrades ask for 20,000 copies of the new textbook for forms 5-7 to be sent by September 1, 1953, and for the Moscow publishing house to print a Mongolian-Russian glossary with it. ‹7›In addition, the MPR Ministry of Education asks that the number of Soviet teachers be raised by 25, but there is as yet no housing for them in the aimag centres.

‹8›First Secretary of the USSR Embassy in the MPR
‹9›N. GOLOVIN

‹10›May 21, 1953
""",
    "required": [
        (
            "addition",
            None,
            ", and for the Moscow publishing house to print a Mongolian-Russian glossary with it",
            "the clause asking a Moscow publishing house to print a glossary has no original",
        ),
        (
            "omission",
            "а имеющиеся устарели",
            None,
            "the clause saying the textbooks in use are out of date is not translated",
        ),
        ("number", "на 15 человек", "by 25", "15 more teachers are given as 25"),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0111", None, "archive reference", ["omission", "number"], "minor"),
        (None, "1952/53 учебном", "1952/53 school", "a school year", ["number", "date"]),
        (None, "86 семилетних", "86 seven-year", "the same number", ["number"]),
        (None, "212 учителей", "212 teachers", "the same number", ["number"]),
        (None, "37 советских", "37 of them", "the same number", ["number"]),
        (None, "1 сентября 1953 г.", "September 1, 1953", "the same date", ["number", "date"]),
        (None, "20 тыс. экземпляров", "20,000 copies", "тыс.", ["number"]),
        (None, "5-7 классов", "forms 5-7", "a range of forms", ["number"]),
        (None, "но жилья", "but there is as yet no housing", "the contrast clause is rendered", ["omission"]),
        (None, "Н. ГОЛОВИН", "N. GOLOVIN", "a signature", ["name"], "minor"),
        (None, "21 мая 1953 г.", "May 21, 1953", "the same date", ["number", "date"]),
    ],
    "notes": "Pair, embassy note. Planted: an added clause with a place (Moscow, which the original does not name) asking for a glossary; the clause «а имеющиеся устарели» dropped; 15 -> 25 (number). Free: a school year, a rendered contrast clause.",
}
