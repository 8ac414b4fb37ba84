# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented tk documents of archival-own (read by build_archival_tk.py): wrong terms, Korean-war style.

Ciphered telegrams, a Politburo extract, a record of conversation, an order, a note verbale and a letter in
the manner of the Korean-war series of the development corpus. Each plants a wrong term in the translation
(a formation, a weapon or equipment class, a body, an administrative unit, a commodity, a kind of document;
at most one short sentence left out besides) and marks as forbidden the term variants a translator may use:
a period rendering ("People's Army" for КНА, "volunteers" for добровольцы), a general word for a specific one
(a ciphered telegram called a "telegram"), a term inside apparatus, a term a pronoun takes up in the next
sentence, a surname or a place name that is also a common noun. Every text is invented (persons are real names
in made-up contexts; figures, dates and file marks are made up). Format as in t_docs.py: ``‹k›`` links a
sentence (or part) to the part of the other side marked ``‹k›``; ``‹u›`` marks a sentence with no
counterpart. Required: (kind, Russian words, English words, why); forbidden: (None, Russian, English, why,
kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["tk01-shtykov-artillery-request-1950"] = {
    "genre": "ciphered telegram of the ambassador (pair)",
    "about": "Invented: the ambassador in Pyongyang passes on Kim Il Sung's request for guns for new artillery units.",
    "ru": """‹1›ШИФРТЕЛЕГРАММА

‹2›Из Пхеньяна

‹3›МОСКВА, ТОВ. ФИЛИППОВУ

‹4›Вашу шифртелеграмму № 4127 получил.

‹5›14 августа я посетил Ким Ир Сена и изложил ему Ваши соображения о формировании новых частей Корейской Народной Армии. ‹6›Ким Ир Сен сообщил, что Кабинет министров КНДР принял решение сформировать к 1 октября две пехотные дивизии и два зенитных артиллерийских полка для прикрытия Пхеньяна и Сеула.

‹7›Для вооружения этих частей Ким Ир Сен просит поставить 36 122-мм гаубиц, 48 37-мм зенитных пушек и 6 тыс. винтовок. ‹8›Кроме того, он просит направить в КНА 15 советников-артиллеристов.

‹9›Советник командующего артиллерией КНА полковник Бык, с которым я беседовал вчера, подтвердил, что обучение орудийных расчетов можно закончить за шесть недель.

‹10›Ким Ир Сен просил также передать Вам, что Народная армия удерживает фронт на реке Нактонган, но несет большие потери от авиации противника.

‹11›Прошу Ваших указаний.

‹12›ШТЫКОВ

‹13›15 августа 1950 г.

‹u›№ 1104
‹u›Разослать: т.т. Сталину, Молотову, Маленкову, Булганину, Василевскому.

‹u›АВП РФ, ф. 059а, оп. 5а, п. 4, д. 11, л. 87-88.
""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›From Pyongyang

‹3›MOSCOW, TO COMRADE FILIPPOV

‹4›I have received your telegram No. 4127.

‹5›On August 14 I called on Kim Il Sung and set out to him your views on forming new units of the Korean People's Army. ‹6›Kim Il Sung said that the Cabinet of Ministers of the DPRK had decided to form two infantry divisions and two anti-aircraft artillery battalions by October 1 to cover Pyongyang and Seoul.

‹7›To arm these units Kim Il Sung asks for 36 122-mm mortars, 48 37-mm anti-aircraft guns and 6,000 rifles. ‹8›He also asks that fifteen artillery advisers be sent to the KPA.

‹9›Colonel Byk, adviser to the KPA's artillery commander, with whom I spoke yesterday, confirmed that the gun crews can be trained in six weeks.

‹10›Kim Il Sung also asked me to tell you that the People's Army is holding the front on the Naktong River but is suffering heavy losses from enemy aircraft.

‹11›I request your instructions.

‹12›SHTYKOV

‹13›August 15, 1950
""",
    "required": [
        (
            "term",
            "полка",
            "battalions",
            "two anti-aircraft artillery regiments (полка) are given as battalions",
        ),
        ("term", "гаубиц", "mortars", "36 122-mm howitzers (гаубиц) are given as mortars"),
    ],
    "forbidden": [
        (
            None,
            "шифртелеграмму",
            "telegram No.",
            "a ciphered telegram called a telegram: the general word for the specific one",
            ["term"],
            "minor",
        ),
        (None, "№ 4127", "No. 4127", "the telegram's number", ["number"]),
        (None, "14 августа", "August 14", "the same date", ["number", "date"]),
        (None, "к 1 октября", "by October 1", "the same date", ["number", "date"]),
        (None, "36 122-мм", "36 122-mm", "a calibre after a count", ["number"]),
        (None, "48 37-мм", "48 37-mm", "a calibre after a count", ["number"]),
        (None, "6 тыс.", "6,000", "тыс.", ["number"]),
        (None, "15 советников", "fifteen artillery", "a number in words", ["number"]),
        (
            None,
            "зенитных пушек",
            "anti-aircraft guns",
            "the same guns",
            ["term"],
        ),
        (
            None,
            "полковник Бык",
            "Colonel Byk",
            "a surname that is a common noun (бык, a bull)",
            ["term", "name", "omission"],
            "minor",
        ),
        (None, "шесть недель", "six weeks", "the same period", ["number"]),
        (
            None,
            "Народная армия",
            ("People's Army", "the People's Army"),
            "the usual rendering of Народная армия",
            ["term", "name"],
            "minor",
        ),
        (
            None,
            "Кабинет министров КНДР",
            "Cabinet of Ministers of the DPRK",
            "the same body",
            ["term", "name"],
            "minor",
        ),
        (None, "15 августа 1950 г.", "August 15, 1950", "the same date", ["number", "date"]),
        (None, "№ 1104", None, "the outgoing number", ["number", "omission"], "minor"),
        (
            None,
            "Разослать: т.т. Сталину",
            None,
            "a distribution list names no term or person the translation changes",
            ["name", "term"],
            "minor",
        ),
        (None, "АВП РФ, ф. 059а", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "acceptable": [
        ("omission", "Разослать: т.т. Сталину", None, "the distribution list is not translated"),
    ],
    "notes": "Pair, ciphered telegram with an untranslated outgoing number, distribution list and archive reference. Planted: зенитных артиллерийских полка -> battalions (formation); 122-мм гаубиц -> mortars (weapon class). Free: a ciphered telegram called 'your telegram', Народная армия = People's Army, a surname that is a common noun (Бык), calibres after counts.",
}

DOCS["tk02-politburo-metal-dprk-1950"] = {
    "genre": "Politburo extract (page, Russian first, an untranslated letterhead and distribution line)",
    "about": "Invented: the Politburo orders pig iron, rolled metal, kerosene and trucks for North Korea and sets up a commission to watch the shipments.",
    "page": {
        "date": "November 3, 1950",
        "title": "Excerpt from Protocol No. 81 of the Meeting of the Politburo of the CC VKP(b), Decision on Aid to the DPRK",
        "ref": "tk-0202",
        "translator": "H. Lindqvist",
        "summary": "The Politburo orders deliveries of metal, kerosene and trucks to the DPRK, sets up a commission under Kosygin to watch the shipments and charges the General Staff with guarding the cargoes in Manchuria.",
        "fields": [
            (
                "Original Archive",
                "Archive of the President of the Russian Federation (APRF), Fond 3, Opis 65, Delo 829 (constructed reference)",
            ),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹1›Строго секретно
‹u›ОСОБАЯ ПАПКА

‹u›ВСЕСОЮЗНАЯ КОММУНИСТИЧЕСКАЯ ПАРТИЯ (большевиков). ЦЕНТРАЛЬНЫЙ КОМИТЕТ

‹u›№ П81/215

‹u›тт. Булганину, Кумыкину, Косыгину, Штеменко (Генштаб) - все.

‹2›Выписка из протокола № 81 заседания Политбюро ЦК ВКП(б)
‹3›Решение от 3 ноября 1950 г.

‹4›215. - Об оказании помощи Корейской Народно-Демократической Республике.

‹5›1. Обязать Министерство внешней торговли (т. Кумыкин) поставить Правительству КНДР в ноябре-декабре 1950 г.:
‹6›а) чугуна - 8 тыс. тонн и проката черных металлов - 3,5 тыс. тонн;
‹7›б) керосина - 4 тыс. тонн;
‹8›в) грузовых автомашин ГАЗ-51 - 300 шт.

‹9›2. Создать комиссию в составе тт. Косыгина (председатель), Кумыкина и Штеменко для наблюдения за отгрузкой. ‹10›Комиссии доложить Политбюро о ходе отгрузки к 1 декабря с.г. ‹u›Аппарат комиссии разместить в Министерстве внешней торговли.

‹11›3. Поручить Генеральному штабу (т. Штеменко) обеспечить охрану грузов на территории Северо-Восточного Китая.

‹12›СЕКРЕТАРЬ ЦК""",
    "en": """‹1›Top Secret

‹2›Excerpt from Protocol No. 81 of the Meeting of the Politburo of the CC VKP(b)
‹3›Decision of November 3, 1950

‹4›215. On aid to the Democratic People's Republic of Korea.

‹5›1. The Ministry of Foreign Trade (Comrade Kumykin) is to deliver to the Government of the DPRK in November-December 1950:
‹6›a) steel, 8,000 tons, and rolled steel, 3,500 tons;
‹7›b) kerosene, 4,000 tons;
‹8›c) GAZ-51 trucks, 300.

‹9›2. To set up a committee of Comrades Kosygin (chairman), Kumykin and Shtemenko to supervise the shipments. ‹10›It is to report to the Politburo on the progress of the shipments by December 1 of this year.

‹11›3. To instruct the General Staff (Comrade Shtemenko) to ensure the protection of the cargoes on the territory of Northeast China.

‹12›SECRETARY OF THE CENTRAL COMMITTEE""",
    "required": [
        ("term", "чугуна", ("steel", "a) steel"), "8,000 tons of pig iron (чугуна) are given as steel"),
        (
            "term",
            "Создать комиссию",
            "committee of Comrades",
            "the commission (комиссию) is given as a committee",
        ),
        (
            "omission",
            "Аппарат комиссии",
            None,
            "the sentence placing the commission's staff in the Ministry of Foreign Trade is not translated",
        ),
    ],
    "forbidden": [
        (None, "ОСОБАЯ ПАПКА", None, "a file mark", ["omission"], "minor"),
        (
            None,
            "ВСЕСОЮЗНАЯ КОММУНИСТИЧЕСКАЯ",
            None,
            "the party letterhead names no body the translation changes",
            ["term"],
            "minor",
        ),
        (None, "№ П81/215", None, "the outgoing number", ["number", "omission"], "minor"),
        (
            None,
            "тт. Булганину",
            None,
            "a body in brackets inside the distribution line is apparatus",
            ["name", "term"],
            "minor",
        ),
        (None, "протокола № 81", "Protocol No. 81", "the protocol's number", ["number"]),
        (
            None,
            "Политбюро ЦК ВКП(б)",
            "Politburo of the CC VKP(b)",
            "the same body",
            ["term", "name"],
            "minor",
        ),
        (
            None,
            "3 ноября 1950 г.",
            ("November 3, 1950", "Decision of November 3, 1950"),
            "the same date",
            ["number", "date"],
        ),
        (None, "215. -", "215. On", "item number", ["number"]),
        (None, "ноябре-декабре 1950 г.", "November-December 1950", "the same months", ["number", "date"]),
        (None, "8 тыс. тонн", "8,000 tons", "тыс.", ["number"]),
        (
            None,
            "проката черных металлов",
            "rolled steel",
            "прокат черных металлов is rolled steel",
            ["term"],
        ),
        (None, "3,5 тыс. тонн", "3,500 tons", "decimal comma and тыс.", ["number"]),
        (None, "4 тыс. тонн", "4,000 tons", "тыс.", ["number"]),
        (None, "300 шт.", "trucks, 300", "pieces", ["number"]),
        (None, "ГАЗ-51", "GAZ-51", "a truck model", ["number", "name"]),
        (
            None,
            "Комиссии доложить",
            "It is to report",
            "a pronoun takes up the commission named in the sentence before",
            ["term", "omission"],
            "minor",
        ),
        (None, "к 1 декабря с.г.", "by December 1 of this year", "с.г.", ["number", "date"]),
        (
            None,
            "Генеральному штабу",
            "General Staff (Comrade",
            "the same body",
            ["term"],
        ),
        (
            None,
            "Северо-Восточного Китая",
            "Northeast China",
            "the same region",
            ["name"],
            "minor",
        ),
        (
            None,
            "СЕКРЕТАРЬ ЦК",
            "SECRETARY OF THE CENTRAL COMMITTEE",
            "ЦК is the Central Committee",
            ["term", "title"],
            "minor",
        ),
    ],
    "acceptable": [
        ("omission", "ВСЕСОЮЗНАЯ КОММУНИСТИЧЕСКАЯ", None, "the party letterhead is not translated"),
        ("omission", "тт. Булганину", None, "the distribution line is not translated"),
    ],
    "notes": "Page, Russian first; the special-file mark, party letterhead, outgoing number and distribution line are not translated. Planted: чугуна -> steel (commodity); комиссию -> committee (body); the sentence on the commission's staff omitted. Free: прокат черных металлов = rolled steel, 'It' for the commission in the next sentence, ЦК = Central Committee, Генштаб inside the distribution line.",
}

DOCS["tk03-roshchin-zhou-transit-1951"] = {
    "genre": "record of conversation of the ambassador (pair)",
    "about": "Invented: the ambassador in Beijing hands Zhou Enlai a draft on the transit of cargoes for Korea; Zhou speaks of the congestion at Andong.",
    "ru": """‹1›Секретно

‹2›ЗАПИСЬ БЕСЕДЫ
‹3›посла СССР в КНР Н. В. Рощина с Премьером Государственного административного совета КНР Чжоу Эньлаем

‹4›12 марта 1951 г.

‹5›Чжоу Эньлай принял меня по моей просьбе в 21 час. ‹6›На беседе присутствовали советник посольства С. Л. Тихвинский и заведующий канцелярией Чжоу Эньлая Ли Кэнун.

‹7›Я передал Чжоу Эньлаю проект протокола о порядке транзита через территорию КНР грузов, направляемых в КНДР. ‹8›Чжоу Эньлай сказал, что китайская сторона в основном согласна с проектом, но просит включить в него статью о возмещении расходов Северо-Восточной железной дороги.

‹9›По его словам, в провинции Ляодун за январь-февраль через станцию Аньдун прошло 2.400 вагонов с грузами для КНДР, ‹10›а пропускная способность моста через реку Ялуцзян не превышает 140 вагонов в сутки.

‹11›Чжоу Эньлай сообщил далее, что Государственный административный совет поручил Министерству железных дорог КНР создать в Аньдуне особое управление перевозок. ‹12›Китайские народные добровольцы, сказал он, испытывают большие трудности с подвозом боеприпасов и продовольствия.

‹13›Я ответил, что доложу соображения Чжоу Эньлая в Москву и что советская сторона, как и прежде, будет исходить из положений Договора о дружбе, союзе и взаимной помощи от 14 февраля 1950 г.

‹14›ПОСОЛ СССР В КНР
‹15›Н. РОЩИН

‹u›Разослать: т.т. Сталину, Молотову, Вышинскому, Громыко.
‹u›АВП РФ, ф. 0100, оп. 44, п. 322, д. 13, л. 5-7.
""",
    "en": """‹1›Secret

‹2›RECORD OF CONVERSATION
‹3›of the USSR Ambassador to the PRC N. V. Roshchin with Zhou Enlai, Premier of the Government Administration Council of the PRC

‹4›March 12, 1951

‹5›Zhou Enlai received me at my request at 9 p.m. ‹6›Present were S. L. Tikhvinsky, Counsellor of the Embassy, and Li Kenong, head of Zhou Enlai's office.

‹7›I handed Zhou Enlai the draft agreement on the procedure for the transit through the territory of the PRC of cargoes bound for the DPRK. ‹8›Zhou Enlai said that the Chinese side broadly accepted the draft but asked that an article be added to it on refunding the costs of the Northeastern Railway.

‹9›According to him, 2,400 wagons with cargoes for the DPRK had passed through Andong station in Liaodong county in January and February, ‹10›while the bridge over the Yalu could take no more than 140 wagons a day.

‹11›Zhou Enlai further said that the Government Administration Council had instructed the PRC Ministry of Railways to set up a special transport administration at Andong. ‹12›The Chinese volunteers, he said, were having great difficulty in bringing up ammunition and food.

‹13›I replied that I would report Zhou Enlai's views to Moscow and that the Soviet side would, as before, be guided by the provisions of the agreement on friendship, alliance and mutual assistance of February 14, 1950.

‹14›USSR AMBASSADOR TO THE PRC
‹15›N. ROSHCHIN
""",
    "required": [
        (
            "term",
            "протокола",
            "agreement on the procedure",
            "the draft protocol (протокола) is given as a draft agreement",
        ),
        ("term", "провинции Ляодун", "county", "Liaodong province (провинции) is given as a county"),
    ],
    "forbidden": [
        (None, "12 марта 1951 г.", "March 12, 1951", "the same date", ["number", "date"]),
        (None, "в 21 час", "at 9 p.m.", "the 24-hour clock", ["number"]),
        (
            None,
            "советник посольства",
            "Counsellor of the Embassy",
            "the diplomatic rank советник is Counsellor",
            ["term", "title"],
            "minor",
        ),
        (None, "Ли Кэнун", "Li Kenong", "a Chinese name through Russian", ["name"], "minor"),
        (
            None,
            "Северо-Восточной железной дороги",
            "Northeastern Railway",
            "the same railway",
            ["name", "term"],
            "minor",
        ),
        (None, "2.400", "2,400", "thousands dot", ["number"]),
        (None, "январь-февраль", "January and February", "the same months", ["number", "date"]),
        (None, "140 вагонов", "140 wagons", "the same count", ["number"]),
        (None, "реку Ялуцзян", "the Yalu", "the river's name", ["name"], "minor"),
        (
            None,
            "Министерству железных дорог КНР",
            "Ministry of Railways",
            "the same ministry",
            ["term", "name"],
            "minor",
        ),
        (
            None,
            "Китайские народные добровольцы",
            "Chinese volunteers",
            "the usual short rendering of the Chinese People's Volunteers",
            ["term", "name"],
            "minor",
        ),
        (
            None,
            "Договора о дружбе",
            "agreement on friendship",
            "договор given as agreement: a rendering the glossary allows",
            ["term"],
        ),
        (None, "14 февраля 1950 г.", "February 14, 1950", "the same date", ["number", "date"]),
        (
            None,
            "Разослать: т.т. Сталину",
            None,
            "a distribution list names no person the translation changes",
            ["name"],
            "minor",
        ),
        (None, "АВП РФ, ф. 0100", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "acceptable": [
        ("omission", "Разослать: т.т. Сталину", None, "the distribution list is not translated"),
    ],
    "notes": "Pair, record of conversation with an untranslated distribution list and archive reference. Planted: проект протокола -> draft agreement (kind of document); провинции Ляодун -> Liaodong county (administrative unit). Free: 21 час = 9 p.m., советник посольства = Counsellor, Договор given as 'agreement', КНД = Chinese volunteers.",
}

DOCS["tk04-order-tank-advisers-1951"] = {
    "genre": "order of the Minister of War (page, Russian first, numbered items)",
    "about": "Invented: an order detaching tank officers as advisers to the KPA and shipping tanks and self-propelled guns.",
    "page": {
        "date": "September 2, 1951",
        "title": "Order No. 00187 of the Minister of War of the USSR",
        "ref": "tk-0404",
        "translator": "P. Okafor",
        "summary": "The Minister of War orders forty tank officers detached to the KPA as advisers, tanks and self-propelled guns shipped, and a transport plan drawn up by the General Staff.",
        "fields": [
            (
                "Associated People & Organizations",
                "Vasilevsky, A. M. (Aleksandr Mikhailovich), 1895-1977; Shtemenko, S. M. (Sergei Matveevich), 1907-1976",
            ),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹1›Совершенно секретно

‹2›ПРИКАЗ
‹3›ВОЕННОГО МИНИСТРА СОЮЗА ССР

‹4›№ 00187

‹5›2 сентября 1951 г. ‹6›г. Москва

‹7›Во исполнение постановления Совета Министров СССР от 28 августа 1951 г. ПРИКАЗЫВАЮ:

‹8›1. Военному совету Дальневосточного военного округа выделить из состава 10-й механизированной дивизии 40 офицеров-танкистов для работы в качестве советников в танковых частях Корейской Народной Армии.

‹9›2. Начальнику Главного бронетанкового управления Советской Армии отгрузить до 15 октября с.г. для КНА 60 танков Т-34-85 и 20 самоходных установок СУ-76.

‹10›3. Генеральному штабу (генерал армии Штеменко) разработать и к 20 сентября представить мне план перевозки личного состава и техники.

‹11›4. Военному совету округа обеспечить отбор офицеров, имеющих боевой опыт.

‹12›Приказ объявить до командира полка включительно.

‹13›ВОЕННЫЙ МИНИСТР СОЮЗА ССР
‹14›МАРШАЛ СОВЕТСКОГО СОЮЗА
‹15›А. ВАСИЛЕВСКИЙ

‹u›Разослать: командующему войсками ДВО, начальнику ГБТУ, начальнику Генштаба.""",
    "en": """‹1›Top Secret

‹2›ORDER
‹3›OF THE MINISTER OF WAR OF THE USSR

‹4›No. 00187

‹5›September 2, 1951 ‹6›Moscow

‹7›In execution of the resolution of the USSR Council of Ministers of August 28, 1951, I ORDER:

‹8›1. The Military Council of the Far Eastern Military District is to detach 40 tank officers from the 10th Mechanized Corps to serve as advisers in the tank units of the Korean People's Army.

‹9›2. The Chief of the Main Armoured Directorate of the Soviet Army is to ship to the KPA by October 15 of this year 60 T-34-85 armoured cars and 20 SU-76 self-propelled guns.

‹10›3. The General Staff (General of the Army Shtemenko) is to draw up a plan for moving the personnel and equipment and submit it to me by September 20.

‹11›4. The Military Council of the district is to see that the officers selected have combat experience.

‹12›This order is to be announced to commanders down to regiment level.

‹13›MINISTER OF WAR OF THE USSR
‹14›MARSHAL OF THE SOVIET UNION
‹15›A. VASILEVSKY""",
    "required": [
        (
            "term",
            "механизированной дивизии",
            "Mechanized Corps",
            "the 10th Mechanized Division (дивизии) is given as a corps",
        ),
        ("term", "танков Т-34-85", "armoured cars", "60 T-34-85 tanks (танков) are given as armoured cars"),
    ],
    "forbidden": [
        (None, "№ 00187", ("No. 00187", "No. 00187\n"), "the order's number", ["number"]),
        (None, "2 сентября 1951 г.", "September 2, 1951", "the same date", ["number", "date"]),
        (
            None,
            "постановления Совета Министров СССР",
            "resolution of the USSR Council of Ministers",
            "the same body and document",
            ["term", "name"],
            "minor",
        ),
        (None, "28 августа 1951 г.", "August 28, 1951", "the same date", ["number", "date"]),
        (
            None,
            "Военному совету Дальневосточного",
            "Military Council of the Far Eastern",
            "the same body",
            ["term", "name"],
            "minor",
        ),
        (None, "10-й", "10th", "an ordinal", ["number"]),
        (None, "40 офицеров-танкистов", "40 tank officers", "the same count", ["number"]),
        (None, "15 октября с.г.", "October 15 of this year", "с.г.", ["number", "date"]),
        (None, "Т-34-85", ("T-34-85", "60 T-34-85"), "a tank model", ["number", "name"]),
        (
            None,
            "самоходных установок СУ-76",
            "SU-76 self-propelled guns",
            "the same equipment",
            ["term", "number"],
        ),
        (None, "к 20 сентября", "by September 20", "the same date", ["number", "date"]),
        (
            None,
            "Военному совету округа",
            "Military Council of the district",
            "the same body",
            ["term"],
        ),
        (
            None,
            "до командира полка включительно",
            "down to regiment level",
            "a standing formula",
            ["term", "omission"],
            "minor",
        ),
        (
            None,
            "Разослать: командующему",
            None,
            "bodies inside the distribution list are apparatus",
            ["term", "name"],
            "minor",
        ),
    ],
    "acceptable": [
        ("omission", "Разослать: командующему", None, "the distribution list is not translated"),
    ],
    "notes": "Page, Russian first, an order in numbered items with an untranslated distribution list. Planted: 10-й механизированной дивизии -> 10th Mechanized Corps (formation); 60 танков -> armoured cars (equipment class). Free: Военный совет = Military Council twice, самоходные установки = self-propelled guns, the announcing formula, bodies inside the distribution list.",
}

DOCS["tk05-mid-note-diesel-transit-1952"] = {
    "genre": "note verbale of the Foreign Ministry to an embassy (pair)",
    "about": "Invented: the Foreign Ministry answers the Chinese embassy on fuel for the Changchun Railway shipped through Otpor.",
    "ru": """‹1›МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ СОЮЗА ССР

‹2›№ 31/кит

‹3›НОТА

‹4›Министерство Иностранных Дел Союза Советских Социалистических Республик свидетельствует свое уважение Посольству Китайской Народной Республики и, в ответ на ноту Посольства № 112 от 9 апреля 1952 года, имеет честь сообщить следующее.

‹5›Соответствующие советские организации согласны отгрузить в течение мая-июня 1952 года через пограничную станцию Отпор 18 тыс. тонн дизельного топлива и 6 тыс. тонн смазочных масел для нужд Китайской Чанчуньской железной дороги. ‹6›Грузы будут отправлены в цистернах советского парка, которые подлежат возврату на станцию Отпор не позднее чем через 10 суток после перехода границы.

‹7›Оплата будет произведена в соответствии с Соглашением о товарообороте между СССР и КНР на 1952 год.

‹8›Министерство просит Посольство довести до сведения Правительства КНР, что приемка грузов будет производиться представителями Генерального консульства СССР в Мукдене.

‹9›Министерство пользуется случаем, чтобы возобновить Посольству уверения в своем высоком уважении.

‹10›Москва, 21 апреля 1952 года

‹u›Посольству Китайской Народной Республики
‹u›г. Москва
""",
    "en": """‹1›MINISTRY OF FOREIGN AFFAIRS OF THE USSR

‹2›No. 31/Chin.

‹3›NOTE

‹4›The Ministry of Foreign Affairs of the Union of Soviet Socialist Republics presents its compliments to the Embassy of the People's Republic of China and, in reply to the Embassy's memorandum No. 112 of April 9, 1952, has the honour to state the following.

‹5›The Soviet organizations concerned agree to ship 18,000 tons of fuel oil and 6,000 tons of lubricants through the frontier station of Otpor in May-June 1952 for the needs of the Chinese Changchun Railway. ‹6›The cargo will be sent in Soviet tank cars, which are to be returned to Otpor within ten days of crossing the frontier.

‹7›Payment will be made under the Sino-Soviet Trade Agreement for 1952.

‹8›The Ministry asks the Embassy to inform the Government of the PRC that the cargo will be taken over by representatives of the Soviet Embassy in Mukden.

‹9›The Ministry avails itself of this opportunity to renew to the Embassy the assurances of its high consideration.

‹10›Moscow, April 21, 1952
""",
    "required": [
        (
            "term",
            "ноту Посольства",
            "memorandum",
            "the Embassy's note (ноту) is given as a memorandum",
        ),
        (
            "term",
            "дизельного топлива",
            "fuel oil",
            "18,000 tons of diesel fuel (дизельного топлива) are given as fuel oil",
        ),
        (
            "term",
            "Генерального консульства",
            ("Embassy", "Soviet Embassy in Mukden"),
            "the Consulate General in Mukden is given as the Soviet Embassy",
        ),
    ],
    "forbidden": [
        (None, "№ 31/кит", "No. 31/Chin.", "the note's number", ["number"]),
        (None, "№ 112", "No. 112", "the Chinese note's number", ["number"]),
        (None, "9 апреля 1952 года", "April 9, 1952", "the same date", ["number", "date"]),
        (None, "мая-июня 1952 года", "May-June 1952", "the same months", ["number", "date"]),
        (None, "18 тыс. тонн", "18,000 tons", "тыс.", ["number"]),
        (None, "6 тыс. тонн", "6,000 tons", "тыс.", ["number"]),
        (
            None,
            ("Отпор", "станцию Отпор 18"),
            ("Otpor", "station of Otpor"),
            "a station name that is also a common noun (отпор, a rebuff)",
            ["name", "term"],
            "minor",
        ),
        (
            None,
            "Китайской Чанчуньской железной дороги",
            "Chinese Changchun Railway",
            "the same railway",
            ["term", "name"],
            "minor",
        ),
        (None, "цистернах", "tank cars", "the same rolling stock", ["term"]),
        (None, "10 суток", "ten days", "сутки as days, a number in words", ["number"]),
        (
            None,
            "Соглашением о товарообороте",
            "Trade Agreement",
            "the same agreement",
            ["term", "name"],
            "minor",
        ),
        (None, "на 1952 год", "for 1952", "the same year", ["number", "date"]),
        (
            None,
            "высоком уважении",
            "high consideration",
            "diplomatic formula",
            ["term", "omission"],
            "minor",
        ),
        (None, "21 апреля 1952 года", "April 21, 1952", "the same date", ["number", "date"]),
        (
            None,
            "Посольству Китайской Народной Республики\nг.",
            None,
            "the address block is not translated",
            ["omission", "name", "term"],
            "minor",
        ),
    ],
    "notes": "Pair, note verbale with the address block at the end. Planted: ноту Посольства -> the Embassy's memorandum (kind of document); дизельного топлива -> fuel oil (commodity); Генерального консульства -> Soviet Embassy (body). Free: Отпор (a place that is a common noun), цистерны = tank cars, 10 суток = ten days, the Embassy named many times.",
}

DOCS["tk06-kim-pak-letter-aircraft-1951"] = {
    "genre": "letter of the Korean leaders to Stalin (pair)",
    "about": "Invented: Kim Il Sung and Pak Hon Yong ask Stalin for fighters and bombers to cover the river crossings.",
    "ru": """‹1›Дорогой товарищ Сталин!

‹2›Центральный Комитет Трудовой партии Кореи и Правительство КНДР обращаются к Вам с просьбой оказать помощь в усилении военно-воздушных сил Корейской Народной Армии.

‹3›За последние три месяца противник непрерывными налетами почти полностью вывел из строя наши аэродромы в районе Пхеньяна. ‹4›В настоящее время в составе авиации КНА имеется всего 26 истребителей и 11 штурмовиков.

‹5›Мы просим Вас поставить нам в 1951 году 120 истребителей МиГ-15 и 40 бомбардировщиков Ту-2, а также вооружить одну зенитную дивизию. ‹6›Эти самолеты необходимы прежде всего для прикрытия переправ через реку Чхончхонган. ‹7›Летчиков для истребителей мы просим подготовить в учебных частях на территории Китая.

‹u›Мы понимаем, какое бремя несет Советский Союз в связи с нашей войной.

‹8›Китайские добровольцы и Народная армия совместно удерживают фронт по 38-й параллели.

‹9›С глубоким уважением

‹10›КИМ ИР СЕН
‹11›ПАК ХЕН ЕН

‹12›Пхеньян, 7 мая 1951 г.

‹u›АПРФ, ф. 45, оп. 1, д. 348, л. 61-62.
""",
    "en": """‹1›Dear Comrade Stalin,

‹2›The Politburo of the Workers' Party of Korea and the Government of the DPRK request your help in strengthening the air force of the Korean People's Army.

‹3›Over the last three months the enemy's incessant raids have put almost all our airfields around Pyongyang out of action. ‹4›At present the KPA's air arm has only 26 fighters and 11 ground-attack aircraft.

‹5›We ask you to supply us in 1951 with 120 MiG-15 bombers and 40 Tu-2 bombers, and to arm one anti-aircraft division. ‹6›These aircraft are needed above all to cover the crossings over the Chongchon River. ‹7›We ask that pilots for the aircraft be trained in training units on Chinese territory.

‹8›The Chinese volunteers and the People's Army are jointly holding the front along the 38th parallel.

‹9›With deep respect,

‹10›KIM IL SUNG
‹11›PAK HON YONG

‹12›Pyongyang, May 7, 1951
""",
    "required": [
        (
            "term",
            "Центральный Комитет",
            "Politburo",
            "the Central Committee of the Workers' Party is given as its Politburo",
        ),
        (
            "term",
            "120 истребителей",
            "MiG-15 bombers",
            "120 MiG-15 fighters (истребителей) are given as bombers",
        ),
        (
            "omission",
            "Мы понимаем",
            None,
            "the sentence on the burden the war lays on the Soviet Union is not translated",
        ),
    ],
    "forbidden": [
        (
            None,
            "военно-воздушных сил",
            "air force",
            "the same service",
            ["term"],
        ),
        (None, "три месяца", "three months", "a number in words", ["number"]),
        (None, "26 истребителей", "26 fighters", "the same count", ["number", "term"]),
        (
            None,
            "11 штурмовиков",
            "11 ground-attack aircraft",
            "штурмовик is a ground-attack aircraft",
            ["number", "term"],
        ),
        (None, "в 1951 году", "in 1951", "the same year", ["number", "date"]),
        (None, "40 бомбардировщиков", "40 Tu-2", "the same count", ["number", "term"]),
        (None, "МиГ-15", "MiG-15", "an aircraft model", ["number", "name"]),
        (
            None,
            "Эти самолеты",
            "These aircraft",
            "the general word for the fighters and bombers just named",
            ["term"],
        ),
        (
            None,
            "Летчиков для истребителей",
            "pilots for the aircraft",
            "the general word aircraft for the fighters named before",
            ["term"],
        ),
        (
            None,
            "Китайские добровольцы",
            "Chinese volunteers",
            "the same volunteers",
            ["term", "name"],
            "minor",
        ),
        (
            None,
            "Народная армия",
            ("People's Army", "the People's Army"),
            "the usual rendering of Народная армия",
            ["term", "name"],
            "minor",
        ),
        (None, "38-й параллели", "38th parallel", "an ordinal", ["number"]),
        (None, "ПАК ХЕН ЕН", "PAK HON YONG", "a Korean name through Russian", ["name"], "minor"),
        (None, "7 мая 1951 г.", "May 7, 1951", "the same date", ["number", "date"]),
        (None, "АПРФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Pair, a letter with an archive reference at the end. Planted: Центральный Комитет -> Politburo (body); 120 истребителей -> MiG-15 bombers (aircraft class); the sentence on the Soviet Union's burden omitted. Free: 'these aircraft' and 'the aircraft' for fighters named before, Китайские добровольцы = Chinese volunteers, Народная армия = People's Army, штурмовики = ground-attack aircraft.",
}
