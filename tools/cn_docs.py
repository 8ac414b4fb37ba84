# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented cn documents of archival-own (read by build_archival_cn.py): names in capitals.

Records of conversation and ciphered telegrams in the style of the Korean-war series, whose headers and texts
write names in capitals («ТОВ. ФИЛИППОВУ», "TO RAZUVAEV"). The planted changes are surnames changed into ones
that differ by a single consonant (a Russian surname for another of one sound but one), and, once, two names
whose roles the translation exchanges inside one sentence; the traps are the many legitimate renderings of
Korean and Chinese names (Wade-Giles, McCune-Reischauer, Palladius, hyphens and spaces), Russian surnames in
the dative or instrumental in capitals, and code names glossed in brackets.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["cn01-telegram-razuvaev-airfields-1951"] = {
    "genre": "ciphered telegram (report, addressee and signature in capitals)",
    "about": "Invented: Razuvaev reports to Filippov on the repair of airfields in North Korea and a talk with Kim Il Sung and Pak Hon-yong.",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 341, лл. 58-60.

‹1›ШИФРОВКА

‹2›МОСКВА
‹3›ТОВ. ФИЛИППОВУ

‹4›Докладываю о ходе восстановления аэродромов в районе Синыйджу и Анджу.

‹5›17 марта у меня были КИМ ИР СЕН и ПАК ХЕН ЕН. ‹6›Ким Ир Сен сообщил, что на работы по восстановлению аэродромов мобилизовано 23 тыс. человек местного населения. ‹7›Руководство работами возложено на заместителя министра обороны КНДР Чве Ен Гена.

‹8›Наш инженерный отряд под командованием полковника ТАРАСОВА прибыл в Анджу 12 марта. ‹9›Полковник Тарасов считает, что аэродром в Анджу может быть готов к приему самолетов к 15 апреля, если не будет сильных налетов авиации противника.

‹10›Китайские товарищи выделили для охраны аэродромов две зенитные дивизии. ‹11›Командующий ВВС китайских добровольцев Лю Чжэнь лично осмотрел аэродром в Синыйджу.

‹12›Пак Хен Ен просил передать Вам, что корейское руководство считает восстановление аэродромов первоочередной задачей.

‹13›РАЗУВАЕВ

‹14›19.III.51 г.
‹u›№ 412""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›MOSCOW
‹3›TO COMRADE FILIPPOV [Stalin]

‹4›I report on the progress in restoring the airfields in the area of Sinuiju and Anju.

‹5›On March 17 KIM IL SUNG and PAK HON-YONG came to see me. ‹6›Kim Il Sung said that 23,000 of the local population have been mobilized for the work of restoring the airfields. ‹7›The direction of the work has been entrusted to the Deputy Minister of Defence of the DPRK, Choe Yong-gon.

‹8›Our engineer detachment under Colonel TARANOV arrived in Anju on March 12. ‹9›Colonel Taranov thinks that the Anju airfield may be ready to receive aircraft by April 15 if there are no heavy raids by enemy aviation.

‹10›The Chinese comrades have assigned three anti-aircraft divisions to guard the airfields. ‹11›The commander of the air force of the Chinese Volunteers, Liu Chen, personally inspected the airfield at Sinuiju.

‹12›Pak Hon-yong asked me to tell you that the Korean leadership regards the restoration of the airfields as a task of first priority.

‹13›RAZUVAEV

‹14›March 19, 1951""",
    "required": [
        (
            "name",
            "ТАРАСОВА",
            "TARANOV",
            "полковник Тарасов (Colonel Tarasov) is given as Colonel Taranov",
        ),
        (
            "name",
            "Полковник Тарасов",
            "Colonel Taranov",
            "the second mention: Тарасов is given as Taranov again",
        ),
        ("number", "две зенитные", "three anti-aircraft", "two anti-aircraft divisions are given as three"),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (None, "ФИЛИППОВУ", "FILIPPOV", "a surname in the dative in capitals", ["name"]),
        (None, None, "[Stalin]", "the translator's gloss of the code name", ["addition", "name"], "minor"),
        (None, "Синыйджу и Анджу", "Sinuiju and Anju", "Korean places", ["name"], "minor"),
        (None, "17 марта", "March 17", "the same date", ["number", "date"]),
        (None, "КИМ ИР СЕН", "KIM IL SUNG", "Ким Ир Сен = Kim Il Sung, in capitals", ["name"]),
        (None, "ПАК ХЕН ЕН", "PAK HON-YONG", "Пак Хен Ен = Pak Hon-yong, in capitals", ["name"]),
        (
            None,
            ("Ким Ир Сен", "Ким Ир Сен сообщил"),
            ("Kim Il Sung", "Kim Il Sung said"),
            "Ким Ир Сен = Kim Il Sung",
            ["name"],
        ),
        (None, "23 тыс. человек", "23,000", "тыс.", ["number"]),
        (None, "Чве Ен Гена", "Choe Yong-gon", "Чве Ен Ген = Choe Yong-gon, in the genitive", ["name"]),
        (None, "12 марта", "March 12", "the same date", ["number", "date"]),
        (None, "к 15 апреля", "by April 15", "the same date", ["number", "date"]),
        (None, "Лю Чжэнь", "Liu Chen", "Лю Чжэнь = Liu Chen (Wade-Giles)", ["name"]),
        (
            None,
            ("Пак Хен Ен", "Пак Хен Ен просил"),
            ("Pak Hon-yong", "Pak Hon-yong asked"),
            "Пак Хен Ен = Pak Hon-yong",
            ["name"],
        ),
        (None, "РАЗУВАЕВ", "RAZUVAEV", "the signature in capitals", ["name"]),
        (None, "19.III.51 г.", "March 19, 1951", "the same date", ["number", "date"]),
        (None, "№ 412", None, "outgoing number (untranslated)", ["omission", "number"], "minor"),
    ],
    "notes": "Planted: полковник ТАРАСОВ -> Colonel TARANOV, twice (name: one consonant apart, capitals in the first mention); две -> three anti-aircraft divisions (number). Free: Kim Il Sung, Pak Hon-yong, Choe Yong-gon (genitive Чве Ен Гена), Liu Chen (Wade-Giles), the dative ФИЛИППОВУ with the gloss [Stalin], the archive reference and outgoing number untranslated.",
}

DOCS["cn02-record-razuvaev-nam-il-1951"] = {
    "genre": "record of conversation (diary heading with the author in capitals, names in the instrumental)",
    "about": "Invented: Razuvaev records a talk with Nam Il on the exchange of prisoners' lists at the armistice talks.",
    "ru": """‹u›АВП РФ, ф. 0102, оп. 7, п. 27, д. 49, лл. 11-13

‹1›СЕКРЕТНО

‹2›Из дневника
‹3›РАЗУВАЕВА В. Н.

‹4›ЗАПИСЬ БЕСЕДЫ
‹5›с начальником Генерального штаба КНА генерал-лейтенантом НАМ ИРОМ

‹6›4 декабря 1951 года

‹7›Нам Ир прибыл ко мне в 21 час по поручению Ким Ир Сена. ‹8›При беседе присутствовали советник при Генштабе КНА полковник ГУСЕВ и переводчик КАН САН ХО.

‹9›Нам Ир сообщил, что американская делегация в Пханмунджоме настаивает на обмене списками военнопленных до 18 декабря. ‹10›По данным штаба КНА, в лагерях противника содержится около 110 тыс. корейских и китайских пленных. ‹11›Глава китайской части делегации Ли Кэ-нун согласен с тем, чтобы списки были переданы одновременно обеими сторонами.

‹12›Нам Ир спросил, не будет ли возражений у советской стороны. ‹13›Полковник Гусев передал Нам Иру проект ответа, подготовленный нашими советниками.

‹14›Я ответил, что доложу о просьбе корейских товарищей в Москву.

‹15›Беседа продолжалась 1 час 40 минут.

‹16›В. РАЗУВАЕВ

‹u›Отп. 2 экз.
‹u›исп. Кан""",
    "en": """‹1›SECRET

‹2›From the Diary of
‹3›V. N. RAZUVAEV

‹4›RECORD OF CONVERSATION
‹5›with the Chief of the General Staff of the KPA, Lieutenant General NAM IL

‹6›December 4, 1951

‹7›Nam Il came to see me at 9 p.m. on the instructions of Kim Il Sung. ‹8›Present at the conversation were the adviser to the KPA General Staff, Colonel GURYEV, and the interpreter KANG SANG-HO.

‹9›Nam Il reported that the American delegation at Panmunjom insists on an exchange of lists of prisoners of war before December 18. ‹10›According to the KPA staff, some 110,000 Korean and Chinese prisoners are held in the enemy's camps. ‹11›The head of the Chinese part of the delegation, Li K'o-nung, agrees that the lists should be handed over by both sides simultaneously.

‹12›Nam Il asked whether the Soviet side would have any objections. ‹13›Nam Il handed Colonel Gusev a draft reply prepared by our advisers.

‹14›I answered that I would report the Korean comrades' request to Moscow.

‹15›The conversation lasted 1 hour 40 minutes.

‹16›V. RAZUVAEV""",
    "required": [
        (
            "name",
            ("ГУСЕВ", "полковник ГУСЕВ"),
            "GURYEV",
            "полковник Гусев (Colonel Gusev) is given as Colonel Guryev",
        ),
        (
            "name",
            ("Гусев", "Полковник Гусев передал"),
            ("Gusev", "Colonel Gusev a draft"),
            "the roles are exchanged: Gusev handed the draft to Nam Il, the translation has Nam Il hand it to Gusev",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0102", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "РАЗУВАЕВА В. Н.",
            "V. N. RAZUVAEV",
            "a surname in the genitive in capitals, initials after it",
            ["name"],
        ),
        (
            None,
            "генерал-лейтенантом НАМ ИРОМ",
            "Lieutenant General NAM IL",
            "Нам Ир in the instrumental, in capitals",
            ["name", "title"],
        ),
        (None, "4 декабря 1951 года", "December 4, 1951", "the same date", ["number", "date"]),
        (None, "в 21 час", "at 9 p.m.", "a clock time", ["number", "date"]),
        (None, "Ким Ир Сена", "Kim Il Sung", "Ким Ир Сен in the genitive", ["name"]),
        (None, "КАН САН ХО", "KANG SANG-HO", "a Korean name in capitals", ["name"]),
        (None, "Пханмунджоме", "Panmunjom", "a Korean place in the locative", ["name"], "minor"),
        (None, "до 18 декабря", "before December 18", "the same date", ["number", "date"]),
        (None, "около 110 тыс.", "some 110,000", "тыс.", ["number"]),
        (None, "Ли Кэ-нун", "Li K'o-nung", "Ли Кэ-нун = Li K'o-nung (Wade-Giles)", ["name"]),
        (None, "1 час 40 минут", "1 hour 40 minutes", "the same time", ["number", "date"]),
        (None, "В. РАЗУВАЕВ", ("V. RAZUVAEV", "\n\nV. RAZUVAEV"), "the signature", ["name"]),
        (None, "Отп. 2 экз.", None, "a typist's line", ["omission", "number", "name"], "minor"),
    ],
    "notes": "Planted: полковник ГУСЕВ -> Colonel GURYEV (name: one consonant apart); «Полковник Гусев передал Нам Иру проект» -> 'Nam Il handed Colonel Gusev a draft' (both names present, the roles exchanged). Free: НАМ ИРОМ (instrumental, capitals) = NAM IL, КАН САН ХО = KANG SANG-HO, Ли Кэ-нун = Li K'o-nung, Пханмунджом = Panmunjom, 21 час = 9 p.m., archive reference and typist's lines untranslated.",
}

DOCS["cn03-telegram-zakharov-bridges-1952"] = {
    "genre": "ciphered telegram (report from a military mission, names in capitals in the text)",
    "about": "Invented: Zakharov reports to Moscow on the bridges over the Yalu and a meeting with Peng Dehuai and Kim Chaek.",
    "ru": """‹u›ЦАМО РФ, ф. 5, оп. 918795, д. 124, лл. 201-202.

‹1›ШИФРОВКА
‹2›Особой важности

‹3›МОСКВА
‹4›ГЕНШТАБ
‹5›ТОВ. ШТЕМЕНКО

‹6›28 мая с. г. в штабе китайских народных добровольцев состоялось совещание по вопросу восстановления мостов через реку Ялуцзян. ‹7›На совещании присутствовали ПЭН ДЭ-ХУАЙ, ГАО ГАН, от корейской стороны — КИМ ЧАЕК, от нас — генерал-майор ВОРОНОВ и я.

‹8›Пэн Дэ-хуай заявил, что в результате налетов 23 и 25 мая выведены из строя оба железнодорожных моста у Аньдуна. ‹9›Китайская сторона сосредоточила у Аньдуна 4 инженерных полка и 6.500 рабочих.

‹10›Генерал-майор Воронов доложил, что временный мост может быть наведен за 12-15 дней. ‹11›Для этого необходимо 2.800 тонн металлоконструкций, из которых 1.200 тонн имеются на складах в Мукдене.

‹12›Гао Ган обещал обеспечить перевозку металлоконструкций к 5 июня.

‹13›Прошу Ваших указаний о поставке недостающих металлоконструкций.

‹14›ЗАХАРОВ

‹15›29 мая 1952 г.""",
    "en": """‹1›CIPHERED TELEGRAM
‹2›Of Special Importance

‹3›MOSCOW
‹4›GENERAL STAFF
‹5›TO COMRADE SHTEMENKO

‹6›On May 28 of this year a meeting was held at the headquarters of the Chinese People's Volunteers on the restoration of the bridges across the Yalu River. ‹7›Present were P'ENG TEH-HUAI, KAO KANG, from the Korean side KIM CH'AEK, and from our side Major General VORONIN and myself.

‹8›P'eng Teh-huai stated that as a result of the raids of May 23 and 25 both railway bridges at Antung had been put out of action. ‹9›The Chinese side has concentrated 4 engineer regiments and 6,500 workers at Antung.

‹10›Major General Voronin reported that a temporary bridge can be built in 12-15 days. ‹11›For this 2,800 tons of steel structures are needed, of which 1,200 tons are in the depots at Mukden.

‹12›Kao Kang promised to ensure the transport of the steel structures by June 15.

‹13›I request your instructions on the supply of the missing steel structures.

‹14›ZAKHAROV

‹15›May 29, 1952""",
    "required": [
        (
            "name",
            "ВОРОНОВ",
            "VORONIN",
            "генерал-майор Воронов (Major General Voronov) is given as Major General Voronin",
        ),
        (
            "name",
            "Генерал-майор Воронов",
            "Major General Voronin",
            "the second mention: Воронов is given as Voronin again",
        ),
        ("date", "к 5 июня", "by June 15", "к 5 июня is given as by June 15"),
    ],
    "forbidden": [
        (None, "ЦАМО РФ, ф. 5", None, "archive reference", ["omission", "number"], "minor"),
        (None, "ТОВ. ШТЕМЕНКО", "TO COMRADE SHTEMENKO", "a surname in capitals", ["name", "title"]),
        (None, "28 мая с. г.", "On May 28 of this year", "с. г. = of this year", ["number", "date"]),
        (None, "реку Ялуцзян", "Yalu River", "Ялуцзян = the Yalu River", ["name"], "minor"),
        (None, "ПЭН ДЭ-ХУАЙ", "P'ENG TEH-HUAI", "Пэн Дэ-хуай in Wade-Giles, in capitals", ["name"]),
        (None, "ГАО ГАН", "KAO KANG", "Гао Ган in Wade-Giles, in capitals", ["name"]),
        (None, "КИМ ЧАЕК", "KIM CH'AEK", "Ким Чаек = Kim Ch'aek (McCune-Reischauer)", ["name"]),
        (
            None,
            "Пэн Дэ-хуай заявил",
            "P'eng Teh-huai stated",
            "Пэн Дэ-хуай = P'eng Teh-huai",
            ["name"],
        ),
        (None, "23 и 25 мая", "May 23 and 25", "two dates with one month", ["number", "date"]),
        (
            None,
            ("Аньдуна", "моста у Аньдуна"),
            ("Antung", "bridges at Antung"),
            "Аньдун = Antung (Wade-Giles), in the genitive",
            ["name"],
        ),
        (None, "6.500", "6,500", "thousands dot", ["number"]),
        (None, "12-15 дней", "12-15 days", "a range", ["number", "date"]),
        (None, "2.800", "2,800", "thousands dot", ["number"]),
        (None, "1.200", "1,200", "thousands dot", ["number"]),
        (None, "Мукдене", "Mukden", "Мукден = Mukden", ["name"], "minor"),
        (None, "Гао Ган обещал", "Kao Kang promised", "Гао Ган = Kao Kang", ["name"]),
        (None, "ЗАХАРОВ", "ZAKHAROV", "the signature in capitals", ["name"]),
        (None, "29 мая 1952 г.", "May 29, 1952", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: генерал-майор ВОРОНОВ -> Major General VORONIN, twice (name: one consonant apart at the end); к 5 июня -> by June 15 (date). Free: Wade-Giles P'ENG TEH-HUAI, KAO KANG, Antung; McCune-Reischauer KIM CH'AEK; Ялуцзян = Yalu River; thousands dots; the archive reference untranslated.",
}

DOCS["cn04-record-panyushkin-zhou-1952"] = {
    "genre": "record of conversation (ambassador's diary, Chinese names in Wade-Giles)",
    "about": "Invented: the Soviet ambassador records a talk with Zhou Enlai on Soviet specialists for the Chinese Volunteers' rear services.",
    "ru": """‹u›АВП РФ, ф. 0100, оп. 45, п. 322, д. 11, лл. 87-89

‹1›СЕКРЕТНО
‹2›Экз. № 2

‹3›Из дневника
‹4›ПАНЮШКИНА А. С.

‹5›ЗАПИСЬ БЕСЕДЫ
‹6›с Премьером Государственного Административного Совета КНР ЧЖОУ ЭНЬ-ЛАЕМ

‹7›14 октября 1952 года

‹8›Принял Чжоу Энь-лая по его просьбе. ‹9›При беседе присутствовал переводчик посольства т. ФЕДОРЕНКО.

‹10›Чжоу Энь-лай сказал, что Председатель Мао Цзэ-дун поручил ему обратиться к Советскому Правительству с просьбой направить в тыловое управление китайских добровольцев 35 советских специалистов по автомобильному транспорту. ‹11›Кроме того, китайская сторона просит поставить в четвертом квартале 1.500 грузовых автомашин.

‹12›Чжоу Энь-лай сообщил также, что заместитель командующего добровольцами Дэн Хуа выехал в Пекин для доклада о положении на фронте под Кымхва.

‹13›Я ответил, что просьба Председателя Мао Цзэ-дуна будет немедленно доложена Советскому Правительству.

‹14›А. ПАНЮШКИН

‹u›Разослано: тт. Сталину, Молотову, Вышинскому.
‹u›исп. Федоренко""",
    "en": """‹1›SECRET
‹2›Copy No. 2

‹3›From the Diary of
‹4›A. S. PANYUSHKIN

‹5›RECORD OF CONVERSATION
‹6›with the Premier of the Government Administration Council of the PRC, CHOU EN-LAI

‹7›October 14, 1952

‹8›I received Chou En-lai at his request. ‹9›The embassy interpreter Cde. FEDOTENKO was present.

‹10›Chou En-lai said that Chairman Mao Tse-tung had instructed him to ask the Soviet Government to send 35 Soviet specialists in motor transport to the rear services directorate of the Chinese Volunteers. ‹11›The Chinese side also asks for 1,500 trucks to be delivered in the fourth quarter.

‹12›Chou En-lai also reported that the deputy commander of the Volunteers, Teng Hua, had left for Peking to report on the situation at the front near Kumhwa.

‹13›I answered that Chairman Mao Tse-tung's request would be reported to the Soviet Government at once.

‹14›A. PANYUSHKIN""",
    "required": [
        (
            "name",
            "ФЕДОРЕНКО",
            "FEDOTENKO",
            "the interpreter Федоренко (Fedorenko) is given as Fedotenko",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0100", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Экз. № 2", "Copy No. 2", "copy number", ["number"]),
        (None, "ПАНЮШКИНА А. С.", "A. S. PANYUSHKIN", "a surname in the genitive in capitals", ["name"]),
        (None, "ЧЖОУ ЭНЬ-ЛАЕМ", "CHOU EN-LAI", "Чжоу Энь-лай in the instrumental, in Wade-Giles", ["name"]),
        (None, "14 октября 1952 года", "October 14, 1952", "the same date", ["number", "date"]),
        (None, "Принял Чжоу Энь-лая", "I received Chou En-lai", "Чжоу Энь-лай in the accusative", ["name"]),
        (None, "Мао Цзэ-дун поручил", "Mao Tse-tung had instructed", "Мао Цзэ-дун = Mao Tse-tung", ["name"]),
        (None, "35 советских", "35 Soviet", "the same count", ["number"]),
        (None, "в четвертом квартале", "in the fourth quarter", "an ordinal", ["number", "date"]),
        (None, "1.500", "1,500", "thousands dot", ["number"]),
        (None, "Дэн Хуа", "Teng Hua", "Дэн Хуа = Teng Hua (Wade-Giles)", ["name"]),
        (None, "Пекин", "Peking", "the same city", ["name"], "minor"),
        (None, "Кымхва", "Kumhwa", "a Korean place", ["name"], "minor"),
        (None, "Мао Цзэ-дуна будет", "Mao Tse-tung's request", "Мао Цзэ-дун in the genitive", ["name"]),
        (None, "А. ПАНЮШКИН", "A. PANYUSHKIN", "the signature", ["name"]),
        (None, "Разослано:", None, "distribution list (untranslated)", ["omission", "name"], "minor"),
    ],
    "acceptable": [],
    "notes": "Planted: переводчик ФЕДОРЕНКО -> FEDOTENKO (name: one consonant apart, in capitals). Free: Wade-Giles CHOU EN-LAI (instrumental ЧЖОУ ЭНЬ-ЛАЕМ), Mao Tse-tung, Teng Hua, Peking; Kumhwa; the distribution list and typist's line untranslated.",
}

DOCS["cn05-telegram-shtykov-kim-pak-1950"] = {
    "genre": "ciphered telegram (report of a talk, names in capitals in the text, a mixed dative header)",
    "about": "Invented: Shtykov reports a talk with Kim Il Sung, Pak Hon-yong and Kim Chaek on officers' training and the arrival of a Soviet general.",
    "ru": """‹u›АП РФ, ф. 3, оп. 65, д. 826, лл. 33-34.

‹1›ШИФРОВКА

‹2›ТОВ. ФЫН СИ
‹3›(ДЛЯ ТОВ. ВАСИЛЕВСКОГО)

‹4›8 сентября у меня состоялась беседа с КИМ ИР СЕНОМ, ПАК ХЕН ЕНОМ и КИМ ЧАЕКОМ.

‹5›Ким Ир Сен сообщил, что в Корее нет достаточного количества командиров полков и дивизий, и просил направить на учебу в советские военные академии 120 корейских офицеров. ‹6›Он также просил ускорить приезд генерал-майора КОРОТКОВА, который должен возглавить группу советников при штабе фронта.

‹7›Пак Хен Ен добавил, что министр внутренних дел Пак Ир У готов выделить для охраны тыла 3 бригады.

‹8›Прошу сообщить, когда выедет генерал-майор Коротков.

‹9›ШТЫКОВ

‹10›9 сентября 1950 г.
‹u›№ 1024""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›TO COMRADE FYN SI [Stalin]
‹3›(FOR COMRADE VASILEVSKY)

‹4›On September 8 I had a conversation with KIM IL SUNG, PAK HON YONG and KIM CHAEK.

‹5›Kim Il Sung said that Korea lacks enough regimental and divisional commanders, and asked that 120 Korean officers be sent to study at Soviet military academies. ‹6›He also asked that the arrival of Major General KOROTEEV, who is to head the group of advisers at the front headquarters, be hastened.

‹7›Pak Hon Yong added that the Minister of Internal Affairs, Pak Il U, is ready to assign 3 brigades to guard the rear.

‹8›Please let me know when Major General Koroteev will leave.

‹9›SHTYKOV

‹10›September 9, 1950""",
    "required": [
        (
            "name",
            "КОРОТКОВА",
            "KOROTEEV",
            "генерал-майор Коротков (Major General Korotkov) is given as Major General Koroteev",
        ),
        (
            "name",
            "генерал-майор Коротков",
            "Major General Koroteev",
            "the second mention: Коротков is given as Koroteev again",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 3", None, "archive reference", ["omission", "number"], "minor"),
        (None, "ФЫН СИ", "FYN SI", "the code name Фын Си in capitals", ["name"]),
        (None, None, "[Stalin]", "the translator's gloss of the code name", ["addition", "name"], "minor"),
        (None, "ВАСИЛЕВСКОГО", "VASILEVSKY", "a surname in the genitive in capitals", ["name"]),
        (None, "8 сентября", "September 8", "the same date", ["number", "date"]),
        (None, "КИМ ИР СЕНОМ", "KIM IL SUNG", "Ким Ир Сен in the instrumental, in capitals", ["name"]),
        (None, "ПАК ХЕН ЕНОМ", "PAK HON YONG", "Пак Хен Ен in the instrumental, in capitals", ["name"]),
        (None, "КИМ ЧАЕКОМ", "KIM CHAEK", "Ким Чаек in the instrumental, in capitals", ["name"]),
        (None, "120 корейских", "120 Korean", "the same count", ["number"]),
        (None, "Пак Ир У", "Pak Il U", "Пак Ир У = Pak Il U", ["name"]),
        (None, "3 бригады", "3 brigades", "the same count", ["number"]),
        (None, "ШТЫКОВ", "SHTYKOV", "the signature in capitals", ["name"]),
        (None, "9 сентября 1950 г.", "September 9, 1950", "the same date", ["number", "date"]),
        (None, "№ 1024", None, "outgoing number (untranslated)", ["omission", "number"], "minor"),
    ],
    "notes": "Planted: генерал-майор КОРОТКОВ -> Major General KOROTEEV, twice (name: a consonant lost and one changed). Free: the names in the instrumental in capitals (КИМ ИР СЕНОМ, ПАК ХЕН ЕНОМ, КИМ ЧАЕКОМ), Pak Il U, the code name ФЫН СИ = FYN SI [Stalin], VASILEVSKY from the genitive, archive reference and outgoing number untranslated.",
}
