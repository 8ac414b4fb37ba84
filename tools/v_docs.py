# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented v documents of archival-own (read by build_archival_v.py): a fresh batch of unseen kinds.

Kinds the earlier batches lack: a trade protocol, a Cominform letter, a border-troops report, a note on a
detained ship, a record of a talk on a cultural exchange, a military attaché's report, a memorandum on
reparations deliveries, a Presidium decision with an appendix. Translations are free as published ones are.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["v01-protocol-argentina-trade-1953"] = {
    "genre": "trade protocol (page, Russian first, articles as headings)",
    "about": "Invented: the protocol on Soviet-Argentine trade for 1954, with a translator's note and an editor's footnote.",
    "page": {
        "date": "December 29, 1953",
        "title": "Protocol on Trade between the USSR and the Argentine Republic for 1954",
        "ref": "vd-0101",
        "translator": "R. Keane",
        "summary": "The protocol fixes Soviet deliveries of oil products and machinery and Argentine deliveries of wool, hides and meat, with payments through a clearing account.",
        "fields": [
            (
                "Original Archive",
                "Russian State Archive of the Economy (RGAE), Fond 413, Opis 13, Delo 6241 (constructed reference)",
            ),
            ("Associated Places", "Argentina; Buenos Aires (Argentina)"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›РГАЭ, ф. 413, оп. 13, д. 6241, л. 33-35.

‹1›ПРОТОКОЛ
‹2›о товарообороте между Союзом Советских Социалистических Республик и Аргентинской Республикой на 1954 год

‹3›Правительство Союза Советских Социалистических Республик и Правительство Аргентинской Республики, руководствуясь Торговым и Платежным Соглашением от 5 августа 1953 г., договорились о нижеследующем:

‹4›Статья 1

‹5›Советская сторона поставит в Аргентину в течение 1954 года нефтепродуктов на сумму 30 млн. американских долларов, в том числе сырой нефти до 500 тыс. тонн. ‹6›Кроме того, будут поставлены горное и нефтепромысловое оборудование, сельскохозяйственные машины и 1.500 грузовых автомобилей.

‹7›Статья 2

‹8›Аргентинская сторона поставит в СССР немытую шерсть в количестве 18 тыс. тонн, сухие и мокросоленые кожи крупного рогатого скота, ‹9›а также мороженое мясо в количестве 25 тыс. тонн. ‹10›Цены на шерсть устанавливаются франко-борт Буэнос-Айрес.

‹11›Статья 3

‹12›Платежи производятся в американских долларах через клиринговый счет, открытый Государственным банком СССР в Центральном банке Аргентинской Республики. ‹13›Технический кредит по клиринговому счету устанавливается в размере пяти процентов от общей суммы годового товарооборота.

‹14›Статья 4

‹15›Настоящий Протокол вступает в силу со дня подписания и действует до 31 декабря 1954 г.

‹16›Совершено в г. Буэнос-Айресе 29 декабря 1953 г. в двух экземплярах, каждый на русском и испанском языках, причем оба текста имеют одинаковую силу.

‹17›По уполномочию Правительства СССР
‹18›П. КУМЫКИН

‹19›По уполномочию Правительства Аргентинской Республики
‹20›А. ГОМЕС МОРАЛЕС""",
    "en": """‹1›PROTOCOL
‹2›on Trade between the USSR and the Argentine Republic for 1954

‹3›The Government of the USSR and the Government of the Argentine Republic, guided by the Trade and Payments Agreement of August 5, 1953, have agreed as follows:

‹4›Article 1

‹5›In the course of 1954 the Soviet side will deliver to Argentina oil products to the value of thirty million U.S. dollars, including up to 500,000 tons of crude oil. ‹6›It will also deliver mining and oil-field equipment, farm machinery and 1,500 trucks.

‹7›Article 2

‹8›The Argentine side will deliver to the USSR 18,000 tons of unwashed wool and dry and wet-salted cattle hides. ‹9›It will also supply 35,000 tons of frozen meat. ‹10›Wool prices are to be f.o.b. Buenos Aires.* ‹u›[*Translator's note: the Russian has "franko-bort", the usual Soviet term for f.o.b.]

‹11›Article 3

‹12›Payments are to be made in U.S. dollars through a clearing account opened by the State Bank of the USSR with the National Bank of Argentina. ‹13›The technical credit on the clearing account is set at 5 per cent of the total annual trade.

‹14›Article 4

‹15›This Protocol comes into force on the day of its signature and remains in force until December 31, 1955.

‹16›Done at Buenos Aires on December 29, 1953, in duplicate, in the Russian and Spanish languages, both texts being equally authentic.

‹17›For the Government of the USSR
‹18›P. KUMYKIN1

‹19›For the Government of the Argentine Republic
‹20›A. GÓMEZ MORALES

‹u›1 Pavel Kumykin, Deputy Minister of Foreign Trade of the USSR. – Ed.""",
    "required": [
        ("number", "25 тыс. тонн", "35,000 tons", "25 тыс. тонн of frozen meat is given as 35,000 tons"),
        (
            "date",
            "31 декабря 1954 г.",
            "December 31, 1955",
            "the protocol runs to 31 December 1954, not 1955",
        ),
        (
            "term",
            "Центральном банке Аргентинской Республики",
            "National Bank of Argentina",
            "the Central Bank of the Argentine Republic is given as the National Bank of Argentina",
        ),
    ],
    "forbidden": [
        (None, "РГАЭ, ф. 413", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            ("на 1954 год", "товарообороте"),
            ("for 1954", "on Trade"),
            "the same year",
            ["number", "date"],
        ),
        (None, "5 августа 1953 г.", "August 5, 1953", "the same date", ["number", "date"]),
        (None, "Статья 1", "Article 1", "article number", ["number"]),
        (
            None,
            "30 млн. американских долларов",
            "thirty million U.S. dollars",
            "a number in words",
            ["number"],
        ),
        (None, "500 тыс. тонн", "500,000 tons", "тыс.", ["number"]),
        (None, "1.500 грузовых", "1,500 trucks", "thousands dot", ["number"]),
        (None, "18 тыс. тонн", "18,000 tons", "тыс. before the noun moved", ["number"]),
        (
            None,
            "а также мороженое",
            "It will also supply",
            "a clause split off as a sentence",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "франко-борт",
            ("f.o.b.", "Wool prices"),
            "the Russian term for f.o.b.",
            ["term", "name"],
            "minor",
        ),
        (
            None,
            None,
            "[*Translator's note",
            "a translator's note is apparatus",
            ["addition", "term", "name"],
            "minor",
        ),
        (None, "пяти процентов", "5 per cent", "a number in words in the original", ["number"]),
        (
            None,
            "Государственным банком СССР",
            "State Bank of the USSR",
            "the same bank",
            ["term", "name"],
            "minor",
        ),
        (None, "29 декабря 1953 г.", "December 29, 1953", "the same date", ["number", "date"]),
        (None, "в двух экземплярах", "in duplicate", "an idiom", ["number", "omission"], "minor"),
        (None, "Буэнос-Айресе", ("Buenos Aires", "Done at"), "a place in the locative", ["name"], "minor"),
        (None, None, "KUMYKIN1", "a footnote mark glued to a name", ["number", "name"], "minor"),
        (
            None,
            None,
            "1 Pavel Kumykin",
            "an editor's footnote is apparatus",
            ["addition", "number", "name", "title"],
            "minor",
        ),
        (None, "ГОМЕС МОРАЛЕС", "GÓMEZ MORALES", "a Spanish name through Russian", ["name"], "minor"),
    ],
    "notes": "Russian-first page, articles as headings. Planted: 25 тыс. тонн -> 35,000 tons (number); до 31 декабря 1954 -> December 31, 1955 (date); Центральный банк -> National Bank (term). Free: one sentence split, 'тридцать' in words, a translator's note on франко-борт, an editor's footnote with a glued mark, a Spanish name with its accent.",
}

DOCS["v02-letter-cominform-italy-1950"] = {
    "genre": "Cominform letter (page, translation first, no blank lines between the sections)",
    "about": "Invented: the Cominform secretariat asks the Italian party about the circulation of the Cominform paper.",
    "page": {
        "date": "February 18, 1950",
        "title": "Letter from P. Yudin to the CC of the Italian Communist Party",
        "ref": "vd-0102",
        "translator": "L. Barone",
        "summary": "The editorial board of the Cominform newspaper complains of poor sales of its Italian edition and asks for two translators.",
        "fields": [
            (
                "Associated People & Organizations",
                "Togliatti, Palmiro, 1893-1964; Yudin, P. F. (Pavel Fedorovich), 1899-1968; Communist Information Bureau",
            ),
        ],
        "contents": ["Translation - English", "Transcription - Russian"],
        "order": ["en", "ru"],
        "sep": "\n",
    },
    "en": """‹1›Secret
‹3›To the CC of the Italian Communist Party
‹4›To Comrade P. Togliatti
‹5›Dear comrades,
‹6›The editorial board of the Cominform newspaper For a Lasting Peace, for a People's Democracy! informs you that in 1949 the Italian edition of the paper sold on average 42,000 copies a week. ‹7›That is far below the French edition (115,000 copies), although the PCI is twice the size of the French party.
‹8›Our correspondent in Rome reports that up to 30 per cent of the copies remain unsold in Milan, Turin and Naples.
‹10›The board asks the CC of the PCI to instruct Comrade Secchia or Comrade Longo to look into selling the paper through the party sections.
‹11›We also ask you to send two translators to Bucharest for the Italian desk, to replace Comrades Ferrari and Rossi, who were recalled in December; ‹12›the Secretariat of the Information Bureau will bear the cost of their keep.
‹13›Please let us have your opinion by March 15, 1950.
‹14›With communist greetings,
‹15›On behalf of the Secretariat of the Information Bureau
‹16›P. YUDIN
‹17›Bucharest, February 18, 1950""",
    "ru": """‹1›Секретно
‹u›Экз. № 3
‹3›ЦК Итальянской Коммунистической Партии
‹4›Товарищу П. Тольятти
‹5›Дорогие товарищи!
‹6›Редакция газеты Информбюро «За прочный мир, за народную демократию!» сообщает, что тираж итальянского издания газеты в 1949 году составил в среднем 42 тыс. экземпляров в неделю. ‹7›Это значительно ниже тиража французского издания (115 тыс. экземпляров), хотя численность ИКП в два раза больше численности ФКП.
‹8›По сведениям нашего корреспондента в Риме, до 30 процентов экземпляров остаются нераспроданными в Милане, Турине и Генуе. ‹u›Значительная часть газет доставляется в южные провинции с опозданием на 10-12 дней.
‹10›Редакция просит ЦК ИКП поручить т. Секкья или т. Лонго рассмотреть вопрос о распространении газеты через партийные секции.
‹11›Одновременно просим направить в Бухарест двух переводчиков для итальянской редакции взамен отозванных в декабре т. Феррари и т. Росси. ‹12›Расходы по их содержанию Секретариат Информбюро принимает на себя.
‹13›Просим сообщить Ваше мнение до 15 марта 1950 г.
‹14›С коммунистическим приветом
‹15›По поручению Секретариата Информбюро
‹16›П. ЮДИН
‹17›Бухарест, 18 февраля 1950 г.
‹u›Копия: т. Суслову М. А.""",
    "required": [
        ("name", "Генуе", "Naples", "Генуя (Genoa) is given as Naples"),
        (
            "omission",
            "Значительная часть газет",
            None,
            "the sentence on papers reaching the southern provinces 10-12 days late is not translated",
        ),
    ],
    "forbidden": [
        (None, "Экз. № 3", None, "a copy number", ["omission", "number"], "minor"),
        (None, "П. Тольятти", "P. Togliatti", "an Italian name in the dative", ["name"], "minor"),
        (
            None,
            "газеты Информбюро",
            "Cominform newspaper",
            "Информбюро is the Cominform",
            ["name", "term"],
            "minor",
        ),
        (None, "в 1949 году", "in 1949", "the same year", ["number", "date"]),
        (None, "42 тыс. экземпляров", "42,000 copies", "тыс.", ["number"]),
        (None, "(115 тыс. экземпляров)", "(115,000 copies)", "тыс.", ["number"]),
        (None, "в два раза больше", "twice the size", "a ratio in words", ["number"]),
        (
            None,
            "ФКП",
            "the French party",
            "a party abbreviation described",
            ["name", "term", "omission"],
            "minor",
        ),
        (None, "до 30 процентов", "up to 30 per cent", "per cent", ["number"]),
        (None, "в Милане, Турине", "in Milan, Turin", "Italian cities in the locative", ["name"], "minor"),
        (None, "т. Секкья", "Comrade Secchia", "an Italian name through Russian", ["name"], "minor"),
        (None, "т. Феррари", "Comrades Ferrari", "indeclinable names", ["name"], "minor"),
        (
            None,
            "Расходы по их содержанию",
            "the Secretariat of the Information Bureau will bear",
            "two sentences joined by a semicolon",
            ["omission", "addition"],
            "minor",
        ),
        (None, "15 марта 1950 г.", "March 15, 1950", "the same date", ["number", "date"]),
        (
            None,
            "18 февраля 1950 г.",
            ("February 18, 1950", "Bucharest, February"),
            "the same date",
            ["number", "date"],
        ),
        (None, "Копия: т. Суслову", None, "a copy line", ["omission", "name"], "minor"),
    ],
    "notes": "Translation-first page with no blank lines and a transcription. Planted: Генуе -> Naples (name); the sentence on late delivery to the southern provinces omitted. Free: two sentences joined by ';', ФКП described, indeclinable Italian names, copy number and copy line untranslated.",
}

DOCS["v03-report-border-kushka-1952"] = {
    "genre": "border troops report (page, OCR'd original, a translator's bracket)",
    "about": "Invented: the border troops report a clash with smugglers on the Iranian border and a meeting with an Iranian officer.",
    "page": {
        "date": "August 21, 1952",
        "title": "Report of P. Zyryanov to S. N. Kruglov on a Violation of the State Border",
        "ref": "vd-0103",
        "translator": "D. Ash",
        "summary": "A patrol of the Kushka border detachment fires on five trespassers carrying opium; the Iranian border guard disowns them.",
        "fields": [
            ("Associated Places", "Kushka (Turkmenistan); Sarakhs (Turkmenistan); Iran"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
        "sep": "\n\n\n",
    },
    "ru": """‹u›ГА РФ, ф. Р-9401, оп. 2, д. 318, л. 112-114.

‹1›Совершенно секретно

‹2›МИНИСТРУ ВНУТРЕННИХ ДЕЛ СОЮЗА ССР
‹3›генерал-полковнику тов. КРУГЛОВУ С. Н.

‹4›ДОНЕСЕНИЕ
‹5›о нарушении государственной границы на участке Кушкинского пограничного отряда

‹6›В ночь на 17 августа 1952 г. в 3 ч. 40 м. наряд 4-й погранзаставы в составе младшего сержанта Ковалева и рядового Ишмухамедова обнаружил группу из пяти нарушителей, переходивших границу со стороны Ирана в 2 км западнее погранзнака № 217. ‹7›На окрик наряда нарушители открыли огонь и пытались скрыться в сторону кордона иранской пограничной стражи.

‹8›В перестpелке один нарушитель убит, двое задержаны, ‹9›двоим удалось уйти на иранскую территорию. ‹10›Рядовой Ишмухамедов легко ранен в руку и отправлен в санчасть отряда. ‹11›У задержанных изъято 2 винтовки, 140 патронов и около 9 кг опия-сырца.

‹12›На допросе задержанный Мамед Гусейн-оглы показал, что группа несла опий для сбыта родственникам в ауле под Кушкой.

‹13›19 августа начальник отряда подполковник Дьяченко встретился с представителем иранской пограничной стражи капитаном Ахмеди на пограничном пункте Сарахс. ‹14›Иранский представитель заявил, что нарушители не являются иранскими подданными, и отказался принять тело убитого.

‹15›Младший сержант Ковалев за умелые действия представлен к награждению медалью «За отличие в охране государственной границы СССР».

‹16›Приняты меры по усилению охраны участка: выставлены два дополнительных секрета, проверка нарядов производится не реже трех раз за ночь.

‹17›Начальник Главного управления пограничных войск МВД СССР
‹18›генерал-лейтенант П. ЗЫРЯНОВ
‹19›21 августа 1952 г.

‹u›Отп. 3 экз. Исп. Сорокин.""",
    "en": """‹1›Top Secret

‹2›To the Minister of Internal Affairs of the USSR, ‹3›Colonel General S. N. Kruglov

‹4›REPORT
‹5›on a Violation of the State Border in the Sector of the Kushka Border Detachment

‹6›On the night of August 16-17, 1952, at 3:40 a.m., a patrol of the 4th frontier post, Sergeant Kovalev and Private Ishmukhamedov, spotted a group of five trespassers crossing the border from Iran two kilometres west of boundary marker No. 217. ‹7›When challenged, they opened fire and tried to escape towards a post of the Iranian border guard.

‹8›In the exchange of fire one trespasser was killed and two were detained. ‹9›The other two got away into Iranian territory. ‹10›Private Ishmukhamedov was slightly wounded in the arm and sent to the detachment's medical post. ‹11›Two rifles, 140 rounds and about nine kilograms of raw opium were seized from the detainees.

‹12›Under interrogation, the detainee Mamed Guseyn-ogly stated that the group was carrying the opium to sell to relatives in a village near Kushka.

‹13›On August 9 the commander of the detachment, Lieutenant Colonel Dyachenko, met the representative of the Iranian border guard, Captain Ahmadi, at the Sarakhs border point. ‹14›The Iranian stated that the trespassers were not Iranian subjects and refused to accept the body of the dead man.

‹15›For his skilful action Junior Sergeant Kovalev has been recommended for the medal "For Distinction in Guarding the State Border of the USSR".

‹16›Measures have been taken to strengthen the guarding of the sector: two additional listening posts [sekrety] have been set up, and patrols are checked at least three times a night.

‹17›Chief of the Main Directorate of Border Troops of the MVD USSR
‹18›Lieutenant General P. Zyryanov
‹19›August 21, 1952""",
    "required": [
        ("date", "19 августа", "August 9", "19 августа is given as August 9"),
        (
            "title",
            ("младшего сержанта", "в составе"),
            "Sergeant Kovalev and",
            "младший сержант (junior sergeant) is given as Sergeant",
        ),
        ("ocr", "перестpелке", None, "a Latin 'p' inside перестрелке (mixed scripts)"),
    ],
    "forbidden": [
        (None, "ГА РФ, ф. Р-9401", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "КРУГЛОВУ С. Н.",
            "S. N. Kruglov",
            "initials after the surname in the dative",
            ["name"],
            "minor",
        ),
        (
            None,
            "В ночь на 17 августа 1952 г.",
            "On the night of August 16-17, 1952",
            "the night 'to the 17th' is the night of the 16th-17th",
            ["number", "date"],
            "minor",
        ),
        (None, "в 3 ч. 40 м.", "at 3:40 a.m.", "a clock time", ["number", "date"]),
        (None, "4-й погранзаставы", "4th frontier post", "an ordinal", ["number"]),
        (None, "из пяти нарушителей", "five trespassers", "a number in words", ["number"]),
        (None, "в 2 км", "two kilometres", "a number in words", ["number"]),
        (None, "№ 217", "No. 217", "a boundary marker number", ["number"]),
        (
            None,
            "Ишмухамедова",
            ("Ishmukhamedov", "Private Ishmukhamedov, spotted"),
            "a name in the genitive",
            ["name"],
            "minor",
        ),
        (None, "140 патронов", "140 rounds", "the same count", ["number"]),
        (None, "около 9 кг", "about nine kilograms", "a number in words", ["number"]),
        (None, "Мамед Гусейн-оглы", "Mamed Guseyn-ogly", "a patronymic form", ["name"], "minor"),
        (
            None,
            "капитаном Ахмеди",
            "Captain Ahmadi",
            "a Persian name in the instrumental",
            ["name", "title"],
            "minor",
        ),
        (None, "Дьяченко", "Dyachenko", "the same surname", ["name"], "minor"),
        (
            None,
            "Иранский представитель",
            "The Iranian stated",
            "a noun for a phrase",
            ["omission", "term"],
            "minor",
        ),
        (None, None, "[sekrety]", "a translator's bracket", ["addition", "term"], "minor"),
        (None, "не реже трех раз", "at least three times", "a number in words", ["number"]),
        (None, "21 августа 1952 г.", "August 21, 1952", "the same date", ["number", "date"]),
        (None, "Отп. 3 экз.", None, "a typist's line", ["omission", "number", "name"], "minor"),
    ],
    "notes": "Russian-first page with wide gaps, an OCR'd original. Planted: 19 августа -> August 9 (date); младший сержант -> Sergeant in the first mention (title); Latin p in перестpелке (ocr). Free: the night 'на 17 августа' = the night of August 16-17, numbers in words, one sentence split in two, a translator's bracket, pronouns for the trespassers.",
}

DOCS["v04-note-stockholm-trawler-1958"] = {
    "genre": "note of the embassy about a detained ship (pair)",
    "about": "Invented: the Soviet embassy in Stockholm protests at the detention of a trawler off Gotland.",
    "ru": """‹u›АВП РФ, ф. 0140, оп. 53, п. 112, д. 9, л. 41-42.

‹1›ПОСОЛЬСТВО СОЮЗА СОВЕТСКИХ СОЦИАЛИСТИЧЕСКИХ РЕСПУБЛИК

‹2›№ 27

‹3›НОТА

‹4›Посольство Союза Советских Социалистических Республик свидетельствует свое уважение Министерству иностранных дел Швеции и имеет честь сообщить следующее.

‹5›3 октября 1958 г. шведский сторожевой катер задержал в районе острова Готланд советский рыболовный траулер РТ-27 «Кострома» Калининградского управления тралового флота и отконвоировал его в порт Висбю. ‹6›По данным судового журнала, в момент задержания траулер находился в точке с координатами 57°12' северной широты и 19°48' восточной долготы, то есть в 14 милях от берега, вне территориальных вод Швеции.

‹7›Капитан траулера В. А. Сидоренко и весь экипаж в составе 24 человек до сих пор находятся на борту судна под охраной шведской полиции. ‹8›Капитану не разрешено связаться по радио с Калининградом, а консулу СССР в Стокгольме в течение двух суток было отказано в свидании с экипажем.

‹9›Посольство считает задержание траулера необоснованным и выражает решительный протест. ‹10›Посольство ожидает, что траулер и его экипаж будут немедленно освобождены, а улов в количестве 31 тонны сельди и изъятые орудия лова будут возвращены. ‹11›Посольство также оставляет за собой право потребовать возмещения убытков, причиненных владельцу судна.

‹12›Посольство пользуется случаем, чтобы возобновить Министерству уверения в своем весьма высоком уважении.

‹13›Стокгольм, 6 октября 1958 года

‹u›Министерству иностранных дел Швеции
‹u›г. Стокгольм
""",
    "en": """‹1›EMBASSY OF THE UNION OF SOVIET SOCIALIST REPUBLICS

‹2›No. 27

‹3›NOTE

‹4›The Embassy of the Union of Soviet Socialist Republics presents its compliments to the Ministry for Foreign Affairs of Sweden and has the honour to state the following.

‹5›On October 3, 1958, a Swedish patrol boat detained the Soviet fishing trawler RT-27 Kostroma, of the Kaliningrad trawler fleet administration, off the island of Gotland and escorted her into Visby. ‹6›According to the ship's log, at the time she was detained the trawler was at 57°12' N, 19°48' E, that is, fourteen miles off the coast and outside Swedish territorial waters.

‹7›Her master, Captain V. A. Sidorov, and the whole crew of twenty-four are still held on board under guard of the Swedish police. ‹8›The master has not been allowed to get in touch with Kaliningrad by radio, and for two days the Soviet Consul in Stockholm was refused access to the crew.

‹9›The Embassy regards the detention of the trawler as unjustified and lodges a firm protest. ‹10›It expects the trawler and her crew to be released forthwith and the catch of 13 tons of herring and the confiscated fishing gear to be returned. ‹11›The Embassy also reserves the right to claim compensation for the losses caused to the owner of the vessel.

‹12›The Embassy avails itself of this opportunity to renew to the Ministry the assurances of its highest consideration.

‹13›Stockholm, October 6, 1958
""",
    "required": [
        ("name", "В. А. Сидоренко", "V. A. Sidorov", "the master Сидоренко is given as Sidorov"),
        ("number", "31 тонны", "13 tons", "31 tons of herring are given as 13"),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0140", None, "archive reference", ["omission", "number"], "minor"),
        (None, "№ 27", "No. 27", "a note number", ["number"]),
        (None, "3 октября 1958 г.", "October 3, 1958", "the same date", ["number", "date"]),
        (None, "РТ-27", "RT-27", "a vessel's number", ["number"]),
        (None, "«Кострома»", "Kostroma", "quotation marks dropped around a ship's name", ["name"], "minor"),
        (
            None,
            "Калининградского",
            ("Kaliningrad", "of the Kaliningrad"),
            "a place as an adjective",
            ["name"],
            "minor",
        ),
        (None, "Висбю", "Visby", "a Swedish port through Russian", ["name"], "minor"),
        (None, "57°12' северной широты", "57°12' N", "coordinates abbreviated", ["number"]),
        (None, "19°48' восточной долготы", "19°48' E", "coordinates abbreviated", ["number"]),
        (None, "в 14 милях", "fourteen miles", "a number in words", ["number"]),
        (None, "24 человек", "twenty-four", "a number in words", ["number"]),
        (None, "двух суток", "two days", "сутки as days", ["number", "term"], "minor"),
        (None, "консулу СССР", "Soviet Consul", "USSR rendered Soviet", ["title", "name"], "minor"),
        (
            None,
            "весьма высоком уважении",
            "highest consideration",
            "diplomatic formula",
            ["term", "omission"],
            "minor",
        ),
        (None, "6 октября 1958 года", "October 6, 1958", "the same date", ["number", "date"]),
        (
            None,
            "Министерству иностранных дел Швеции\nг.",
            None,
            "the address block",
            ["omission", "name"],
            "minor",
        ),
        (
            None,
            ("Посольство ожидает", "Посольство ожидает"),
            ("It expects", "It expects"),
            "a pronoun for the Embassy",
            ["omission", "name"],
            "minor",
        ),
    ],
    "notes": "Pair, note verbale with an address block at the end. Planted: Сидоренко -> Sidorov (name); 31 тонны -> 13 tons (number, transposed digits). Free: a ship 'she', coordinates abbreviated, numbers in words, сутки as days, a pronoun for the Embassy.",
}

DOCS["v05-record-kaftanov-thompson-exchange-1958"] = {
    "genre": "record of conversation on a cultural exchange, with the telegram that repeats it (pair)",
    "about": "Invented: a deputy minister of culture hears the American ambassador on tours of Soviet companies; the telegram he sent after the talk follows the record.",
    "ru": """‹u›РГАНИ, ф. 5, оп. 36, д. 62, л. 88-91.

‹1›Секретно

‹2›ЗАПИСЬ БЕСЕДЫ
‹3›заместителя министра культуры СССР С. В. Кафтанова с послом США в СССР г-ном Л. Томпсоном
‹4›14 января 1958 г.

‹5›Томпсон посетил меня по своей просьбе и передал ответ Государственного департамента на наши предложения о гастролях советских коллективов в Соединенных Штатах. ‹6›Посол сказал, что американская сторона согласна принять в апреле-мае ансамбль народного танца под руководством И. Моисеева в составе 102 человек. ‹7›Гастроли предполагается провести в 12 городах, начиная с Нью-Йорка.

‹8›Что касается Большого театра, то, по словам Томпсона, импресарио С. Юрок считает возможным организовать его гастроли не ранее осени 1959 года. ‹9›Я ответил, что министерство рассчитывало на 1958 год и что перенос сроков потребует пересмотра всего плана обменов.

‹10›В свою очередь, советская сторона готова принять в СССР Филадельфийский симфонический оркестр под руководством Ю. Орманди. ‹11›Томпсон заметил, что вопрос об оркестре будет решен после подписания общего соглашения об обменах в области культуры, техники и образования.

‹12›Посол спросил, нельзя ли ускорить выдачу виз группе американских студентов-славистов, ожидающих их с декабря. ‹13›Я обещал выяснить этот вопрос в Министерстве иностранных дел.

‹14›Беседа продолжалась 1 час 10 минут. ‹15›На беседе присутствовали первый секретарь посольства США Р. Мак-Кинни и переводчик В. Суходрев.

‹16›С. КАФТАНОВ

‹u›л. 92

‹u›ШИФРТЕЛЕГРАММА

‹u›Вашингтон, Совпосол

‹u›Сегодня Томпсон сообщил, что американская сторона согласна принять ансамбль Моисеева в апреле-мае. ‹u›Гастроли Большого театра импресарио Юрок считает возможным организовать не ранее осени 1959 года.

‹u›КАФТАНОВ
""",
    "en": """‹1›Secret

‹2›RECORD OF CONVERSATION
‹3›between Deputy Minister of Culture of the USSR S. V. Kaftanov and U.S. Ambassador Llewellyn Thompson
‹4›January 14, 1958

‹5›Thompson called on me at his own request and handed me the State Department's reply to our proposals for tours by Soviet companies in the United States. ‹6›He said that the American side agreed to receive the folk dance company led by Igor Moiseyev, 120 strong, in April and May. ‹7›The tour would take in twelve cities, beginning with New York.

‹8›As for the Bolshoi Theatre, Thompson said that the impresario Sol Hurok thought its tour could be arranged no earlier than the autumn of 1959. ‹9›I replied that the Ministry had counted on 1958 and that a postponement would mean revising the whole exchange plan.

‹10›For its part, the Soviet side was ready to receive the Philadelphia Orchestra under Eugene Ormandy. ‹11›Thompson remarked that the question of the orchestra would be settled after the signing of a general agreement on cultural, technical and educational exchanges.

‹12›The Ambassador asked whether visas could be issued sooner to a group of American students of Slavic studies who had been waiting for them since December. ‹13›I promised to look into the matter with the Foreign Ministry.

‹14›The conversation lasted an hour and ten minutes. ‹15›Present were Second Secretary of the U.S. Embassy R. McKinney and the interpreter V. Sukhodrev.

‹16›S. KAFTANOV
""",
    "required": [
        ("number", "102 человек", "120 strong", "the company of 102 is given as 120 strong"),
        (
            "title",
            "первый секретарь посольства США",
            "Second Secretary of the U.S. Embassy",
            "the first secretary is given as Second Secretary",
        ),
        (
            "duplicate",
            "Сегодня Томпсон сообщил",
            None,
            "the telegram after the record repeats two of its sentences (shortened)",
        ),
    ],
    "forbidden": [
        (None, "РГАНИ, ф. 5", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "г-ном Л. Томпсоном",
            "Llewellyn Thompson",
            "an initial expanded, a name in the instrumental",
            ["name", "title"],
            "minor",
        ),
        (None, "14 января 1958 г.", "January 14, 1958", "the same date", ["number", "date"]),
        (
            None,
            "Государственного департамента",
            "State Department's",
            "the same institution",
            ["term", "name"],
            "minor",
        ),
        (
            None,
            ("Посол сказал", "Посол сказал"),
            ("He said", "He said"),
            "a pronoun for the ambassador",
            ["omission", "name", "title"],
            "minor",
        ),
        (None, "И. Моисеева", "Igor Moiseyev", "an initial expanded", ["name"], "minor"),
        (None, "в 12 городах", "twelve cities", "a number in words", ["number"]),
        (None, "Большого театра, то", "Bolshoi Theatre", "the theatre's name", ["name", "term"], "minor"),
        (None, "С. Юрок", "Sol Hurok", "the impresario's own spelling", ["name"], "minor"),
        (
            None,
            ("осени 1959 года", "по словам"),
            ("autumn of 1959", "Sol Hurok"),
            "the same season",
            ["number", "date"],
        ),
        (None, "на 1958 год", "on 1958", "the same year", ["number", "date"]),
        (None, "Ю. Орманди", "Eugene Ormandy", "an initial expanded (Ю. = Eugene)", ["name"], "minor"),
        (
            None,
            "Филадельфийский симфонический оркестр",
            "Philadelphia Orchestra",
            "the orchestra's own name",
            ["name", "term", "omission"],
            "minor",
        ),
        (None, "1 час 10 минут", "an hour and ten minutes", "a duration in words", ["number", "date"]),
        (None, "Мак-Кинни", "McKinney", "an English name through Russian", ["name"], "minor"),
        (None, "Суходрев", "Sukhodrev", "the same surname", ["name"], "minor"),
        (None, "л. 92", None, "a sheet mark", ["omission", "number"], "minor"),
        (None, "Вашингтон, Совпосол", None, "the telegram's address", ["omission", "name"], "minor"),
    ],
    "notes": "Pair, the record then (after a sheet mark) the telegram that repeats two of its sentences. Planted: 102 -> 120 strong (number); первый секретарь -> Second Secretary (title); the telegram as a second witness (duplicate). Free: pronouns for the ambassador, initials expanded (Ю. Орманди = Eugene Ormandy), Юрок = Sol Hurok, numbers in words.",
}

DOCS["v06-report-attache-london-1939"] = {
    "genre": "military attaché's report (pair)",
    "about": "Invented: the Soviet military attaché in London reports on British conscription and the army's readiness.",
    "ru": """‹u›РГВА, ф. 33987, оп. 3, д. 1305, л. 201-203.

‹1›Совершенно секретно

‹2›Начальнику 5 Управления РККА
‹3›комдиву тов. ПРОСКУРОВУ

‹4›ДОКЛАД
‹5›военного атташе при полпредстве СССР в Великобритании

‹6›Лондон, 28 апреля 1939 г.

‹7›26 апреля премьер-министр Чемберлен объявил в парламенте о введении обязательной воинской повинности для мужчин в возрасте 20 и 21 года. ‹8›По заявлению военного министра Хор-Белиши, призыв охватит около 200 тыс. человек, которые будут проходить шестимесячное обучение. ‹9›Одновременно правительство решило удвоить территориальную армию, доведя ее до 26 дивизий.

‹10›Начальник имперского генерального штаба генерал Горт в беседе со мной 27 апреля заявил, что первые части из новобранцев будут сформированы не ранее июля.

‹11›На маневрах в районе Олдершота, которые я наблюдал 24-25 апреля, участвовали 1-я и 2-я пехотные дивизии и одна танковая бригада. ‹12›Мотомеханизация английских частей проведена лишь частично: примерно треть артиллерии дивизий по-прежнему на конной тяге. ‹13›Противотанковых орудий калибра 2 фунта (40-мм) в войсках недостаточно.

‹14›По данным, полученным от французского военного атташе полковника Мерсье, английский экспедиционный корпус в случае войны в первые 30 дней сможет перебросить во Францию только 4 дивизии.

‹15›Считаю необходимым подчеркнуть, что английское командование рассматривает свою армию как армию мирного времени, которой потребуется не менее года для развертывания.

‹16›Военный атташе
‹17›комбриг И. ЧЕРНЫЙ
""",
    "en": """‹1›Top Secret

‹2›To the Chief of the 5th Directorate of the RKKA, ‹3›Division Commander Proskurov

‹4›REPORT
‹5›of the Military Attaché at the USSR Plenipotentiary Mission in Great Britain

‹6›London, April 28, 1939

‹7›On April 26 the Prime Minister, Mr. Chamberlain, announced in Parliament that conscription would be introduced for men aged twenty and twenty-one. ‹8›According to the Secretary of State for War, Hore-Belisha, the call-up will take in some 200,000 men, who will be given six months' training. ‹9›At the same time the Government has decided to double the Territorial Army, bringing it up to 16 divisions.

‹10›The Chief of the Imperial General Staff, General Ironside, told me on April 27 that the first units of recruits would not be formed before July.

‹11›The manoeuvres in the Aldershot area which I watched on April 24 and 25 were attended by the 1st and 2nd Infantry Divisions and one tank brigade. ‹12›The motorization of British units is only partial: about a third of the divisional artillery is still horse-drawn. ‹13›The troops are short of 2-pounder (40-mm) anti-tank guns.

‹14›The French Military Attaché, Colonel Mercier, told me that in case of war the British Expeditionary Force would be able to send only four divisions to France in the first month.

‹15›I think it necessary to stress that the British command regards its army as a peacetime army that will need at least a year to deploy.

‹16›Military Attaché
‹17›Brigade Commander I. CHERNY

‹u›[The 5th Directorate was the intelligence directorate of the Red Army. – Trans.]
""",
    "required": [
        ("number", "до 26 дивизий", "16 divisions", "the Territorial Army of 26 divisions is given as 16"),
        ("name", "генерал Горт", "General Ironside", "Gort is given as Ironside"),
    ],
    "forbidden": [
        (None, "РГВА, ф. 33987", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "5 Управления РККА",
            "5th Directorate of the RKKA",
            "an ordinal without its ending",
            ["number"],
        ),
        (
            None,
            "комдиву тов. ПРОСКУРОВУ",
            "Division Commander Proskurov",
            "a rank spelt out, a name in the dative",
            ["title", "name"],
            "minor",
        ),
        (None, "полпредстве СССР", "Plenipotentiary Mission", "полпредство spelt out", ["term"], "minor"),
        (None, "28 апреля 1939 г.", "April 28, 1939", "the same date", ["number", "date"]),
        (None, "26 апреля", "On April 26", "the same date", ["number", "date"]),
        (None, "Чемберлен", "Mr. Chamberlain", "Mr. added to a name", ["name", "addition"], "minor"),
        (None, "в возрасте 20 и 21 года", "aged twenty and twenty-one", "numbers in words", ["number"]),
        (
            None,
            "военного министра",
            "Secretary of State for War",
            "the British office under its own name",
            ["title", "term"],
            "minor",
        ),
        (None, "Хор-Белиши", "Hore-Belisha", "an English name in the genitive", ["name"], "minor"),
        (None, "200 тыс. человек", "200,000 men", "тыс.", ["number"]),
        (None, "шестимесячное", "six months'", "a number inside a word", ["number"]),
        (None, "27 апреля", "April 27", "the same date", ["number", "date"]),
        (None, "Олдершота", "Aldershot", "a place in the genitive", ["name"], "minor"),
        (None, "24-25 апреля", "April 24 and 25", "a date range in words", ["number", "date"]),
        (None, "1-я и 2-я", "1st and 2nd", "ordinals", ["number"]),
        (None, "примерно треть", "about a third", "a fraction in words", ["number"]),
        (None, "2 фунта (40-мм)", "2-pounder (40-mm)", "a calibre", ["number"]),
        (
            None,
            "полковника Мерсье",
            "Colonel Mercier",
            "a French name through Russian",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "в первые 30 дней",
            "in the first month",
            "thirty days rendered as a month",
            ["number", "date"],
            "minor",
        ),
        (None, "4 дивизии", "four divisions", "a number in words", ["number"]),
        (None, "не менее года", "at least a year", "the same period", ["number", "date"]),
        (
            None,
            "комбриг И. ЧЕРНЫЙ",
            "Brigade Commander I. CHERNY",
            "a rank spelt out",
            ["title", "name"],
            "minor",
        ),
        (None, None, "[The 5th Directorate", "a translator's note", ["addition", "number"], "minor"),
    ],
    "notes": "Pair, two heading lines joined, a translator's note at the end. Planted: до 26 дивизий -> 16 divisions (number); генерал Горт -> General Ironside (name). Free: комдив/комбриг spelt out, Mr. added, numbers in words, 30 days as a month, a subject changed in ‹14›.",
}

DOCS["v07-memo-romania-reparations-1947"] = {
    "genre": "memorandum on reparations deliveries (pair, OCR'd original)",
    "about": "Invented: the Ministry of Foreign Trade reports to Mikoyan on Romanian reparations deliveries by mid-1947.",
    "ru": """‹u›РГАЭ, ф. 413, оп. 24, д. 1187, л. 5-7.

‹1›Секретно

‹2›Заместителю Председателя Совета Министров Союза ССР
‹3›товарищу МИКОЯНУ А. И.

‹4›СПРАВКА
‹5›о ходе поставок по репарациям из Румынии на 1 июля 1947 г.

‹6›Согласно Соглашению о перемирии от 12 сентября 1944 г. Румыния обязана возместить Советскому Союзу убытки в сумме 300 млн. американских долларов с погаше-
нием в течение восьми лет товарами. ‹7›По состоянию на 1 июля 1947 г. поставлено товаров на сумму 128,4 млн. долларов в ценах 1938 года, что составляет 42,8% общей суммы.

‹8›Наибольшая задолженность имеется по нефтепродуктам и лесоматериалам. ‹9›За первое полугодие 1947 г. из Плоешти отгружено 412 тыс. тонн нефтепродуктов вместо 54О тыс. тонн по графику. ‹10›Отставание объясняется засухой 1946 года и недостатком железнодорожного порожняка на линии Плоешти - Констанца.

‹11›28 июня премьер-министр Петру Гроза в беседе с послом СССР т. Кавтарадзе просил отсрочить поставку 15 тыс. кубометров пиломатериалов до 1948 года. ‹u›Министр национальной экономики Георгиу-Деж со своей стороны заявил, что румынское правительство примет все меры к погашению задолженности по нефти к концу года.

‹13›Министерство внешней торговли считает возможным согласиться на просьбу Грозы при условии, что поставки нефтепродуктов будут выполнены полностью. ‹14›Проект ответа румынскому правительству прилагается.

‹15›Зам. Министра внешней торговли СССР
‹16›М. МЕНЬШИКОВ

‹17›5 июля 1947 г.
""",
    "en": """‹1›Secret

‹2›To the Deputy Chairman of the USSR Council of Ministers, ‹3›Comrade A. I. Mikoyan

‹4›MEMORANDUM
‹5›on Reparations Deliveries from Romania as of July 1, 1947

‹6›Under the Armistice Agreement of September 12, 1944, Romania is obliged to compensate the Soviet Union for losses to the amount of $300 million, payable in goods over six years. ‹7›As of July 1, 1947, goods to the value of $128.4 million at 1938 prices had been delivered, or 42.8 per cent of the total.

‹8›The largest arrears are in oil products and timber. ‹9›In the first half of 1947, 412,000 tons of oil products were shipped from Ploești instead of the 540,000 tons scheduled. ‹10›The shortfall is due to the drought of 1946 and a shortage of empty wagons on the Ploești-Constanța line.

‹11›On June 28 Prime Minister Petru Groza1 asked the Soviet Ambassador, Comrade Kavtaradze, to put off the delivery of 15,000 cubic metres of sawn timber until 1948.

‹13›The Ministry of Foreign Trade considers it possible to grant Groza's request provided that the oil deliveries are made in full. ‹14›A draft reply to the Romanian Government is attached.

‹15›Deputy Minister of Foreign Trade of the USSR
‹16›M. MENSHIKOV

‹17›July 5, 1947

‹u›1 Petru Groza (1884-1958), Chairman of the Council of Ministers of Romania, 1945-1952. – Ed.
""",
    "dehyphenated": ["погашением"],
    "required": [
        ("number", "восьми лет", "six years", "восемь лет (eight years) is given as six years"),
        (
            "omission",
            "Министр национальной экономики Георгиу-Деж",
            None,
            "Gheorghiu-Dej's promise to pay off the oil arrears by the end of the year is not translated",
        ),
        ("ocr", "54О тыс.", None, "a Cyrillic О for the digit 0 in 540 (OCR)"),
    ],
    "forbidden": [
        (None, "РГАЭ, ф. 413", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "МИКОЯНУ А. И.",
            "A. I. Mikoyan",
            "initials after the surname in the dative",
            ["name"],
            "minor",
        ),
        (
            None,
            ("на 1 июля 1947 г.", "СПРАВКА"),
            ("as of July 1, 1947", "MEMORANDUM"),
            "the same date",
            ["number", "date"],
        ),
        (None, "12 сентября 1944 г.", "September 12, 1944", "the same date", ["number", "date"]),
        (None, "300 млн. американских долларов", "$300 million", "dollars as a sign", ["number"]),
        (None, "128,4 млн. долларов", "$128.4 million", "decimal comma, dollars as a sign", ["number"]),
        (None, "в ценах 1938 года", "at 1938 prices", "a price base year", ["number", "date"]),
        (None, "42,8%", "42.8 per cent", "decimal comma, per cent", ["number"]),
        (
            None,
            "За первое полугодие 1947 г.",
            "In the first half of 1947",
            "a period date",
            ["number", "date"],
        ),
        (None, "412 тыс. тонн", "412,000 tons", "тыс.", ["number"]),
        (None, "из Плоешти", "from Ploești", "a Romanian place with its diacritic", ["name"], "minor"),
        (
            None,
            "Плоешти - Констанца",
            "Ploești-Constanța",
            "Romanian places with their diacritics",
            ["name"],
            "minor",
        ),
        (None, "засухой 1946 года", "drought of 1946", "the same year", ["number", "date"]),
        (None, "28 июня", "On June 28", "the same date", ["number", "date"]),
        (None, "послом СССР", "Soviet Ambassador", "USSR rendered Soviet", ["title", "name"], "minor"),
        (None, "15 тыс. кубометров", "15,000 cubic metres", "тыс.", ["number"]),
        (None, "Грозы", "Groza's request", "a Romanian name in the genitive", ["name"], "minor"),
        (None, None, "Groza1", "a footnote mark glued to a name", ["number", "name"], "minor"),
        (
            None,
            None,
            "1 Petru Groza (1884-1958)",
            "an editor's footnote is apparatus",
            ["addition", "number", "date", "name", "title"],
            "minor",
        ),
        (None, "5 июля 1947 г.", "July 5, 1947", "the same date", ["number", "date"]),
        (None, "Зам. Министра", "Deputy Minister", "an abbreviated title", ["title"], "minor"),
    ],
    "notes": "Pair, OCR'd original with a line-break hyphen (погаше-/нием). Planted: восьми лет -> six years (number in words); Gheorghiu-Dej's sentence omitted; 54О with a Cyrillic О (ocr). Free: dollars as $, a participant's order in ‹11› turned, Romanian diacritics, a name in the genitive, an editor's footnote.",
}

DOCS["v08-presidium-guinea-specialists-1960"] = {
    "genre": "Presidium decision with an appendix (pair)",
    "about": "Invented: the Presidium sends Soviet specialists to Guinea; the appendix lists them by trade.",
    "ru": """‹u›РГАНИ, ф. 3, оп. 14, д. 372, л. 19-21.

‹1›Строго секретно

‹2›Выписка из протокола № 281 заседания Президиума ЦК КПСС от 9 апреля 1960 г.

‹3›О направлении советских специалистов в Гвинейскую Республику

‹4›1. Удовлетворить просьбу Правительства Гвинейской Республики о направлении в 1960 году советских специалистов для оказания технического содействия согласно приложению.

‹5›2. Обязать Государственный комитет Совета Министров СССР по внешним экономическим связям (т. Скачкова) в месячный срок подобрать специалистов и обеспечить их выезд в Конакри не позднее 1 июня 1960 г.

‹6›3. Расходы по командированию специалистов произвести за счет кредита, предоставленного Гвинее по Соглашению от 24 августа 1959 г.

‹7›4. Поручить МИД СССР (т. Громыко) уведомить гвинейское правительство о настоящем решении через Посольство СССР в Конакри.

‹8›СЕКРЕТАРЬ ЦК

‹9›Приложение
‹10›к п. 1

‹11›ПЕРЕЧЕНЬ
‹12›советских специалистов, направляемых в Гвинейскую Республику в 1960 году

‹13›1. Геологи (разведка бокситов и железной руды) - 15 чел.
‹14›2. Инженеры-строители для строительства политехнического института в Конакри - 8 чел.
‹15›3. Врачи - 12 чел., в том числе хирурги - 4 чел.
‹16›4. Специалисты по сельскому хозяйству (рис, бананы) - 6 чел.
‹17›5. Преподаватели русского языка - 3 чел.
‹18›Всего: 44 чел.

‹u›Разослано: тт. Скачкову, Громыко - все; Минфину - п. 3.
""",
    "en": """‹1›Strictly Secret

‹2›Extract from Protocol No. 281 of the Session of the Presidium of the CC CPSU of April 9, 1960

‹3›On Sending Soviet Specialists to the Republic of Guinea

‹4›1. To grant the request of the Government of the Republic of Guinea that Soviet specialists be sent in 1960 to give technical assistance, as listed in the appendix.

‹5›2. To instruct the State Committee of the USSR Council of Ministers for Foreign Economic Relations (Cde. Skachkov) to select the specialists within a month and to see that they leave for Conakry not later than July 1, 1960.

‹6›3. The costs of sending the specialists are to be met from the credit granted to Guinea under the Agreement of August 24, 1959.

‹7›4. To instruct the USSR MFA (Cde. Gromyko) to inform the Guinean Government of this decision through the Soviet Embassy in Conakry.

‹8›SECRETARY OF THE CC

‹9›Appendix ‹10›to Item 1

‹11›LIST
‹12›of Soviet Specialists to Be Sent to the Republic of Guinea in 1960

‹13›1. Geologists (prospecting for bauxite and iron ore) – 5
‹14›2. Civil engineers to build a polytechnic institute in Conakry – 8
‹15›3. Doctors – 12, including 4 surgeons
‹16›4. Agricultural specialists (rice, bananas) – 6
‹17›5. Teachers of Russian – 3
‹18›Total: 44
""",
    "required": [
        ("date", "1 июня 1960 г.", "July 1, 1960", "не позднее 1 июня is given as not later than July 1"),
        ("number", "- 15 чел.", "– 5", "15 geologists are given as 5 (the total of 44 stays)"),
    ],
    "forbidden": [
        (None, "РГАНИ, ф. 3", None, "archive reference", ["omission", "number"], "minor"),
        (None, "№ 281", "No. 281", "a protocol number", ["number"]),
        (None, "9 апреля 1960 г.", "April 9, 1960", "the same date", ["number", "date"]),
        (None, "в 1960 году советских", "in 1960 to give", "the same year", ["number", "date"]),
        (None, "(т. Скачкова)", "(Cde. Skachkov)", "a name in the genitive", ["name"], "minor"),
        (None, "в месячный срок", "within a month", "a period in words", ["number", "date"]),
        (None, "Гвинее", "to Guinea under", "a country in the dative", ["name"], "minor"),
        (None, "24 августа 1959 г.", "August 24, 1959", "the same date", ["number", "date"]),
        (None, "МИД СССР", "USSR MFA", "an abbreviation rendered", ["term", "name"], "minor"),
        (
            None,
            "Посольство СССР в Конакри",
            "Soviet Embassy in Conakry",
            "USSR rendered Soviet",
            ["name", "term"],
            "minor",
        ),
        (
            None,
            "Приложение",
            "Appendix",
            "an appendix heading joined to its next line",
            ["omission", "addition"],
            "minor",
        ),
        (None, "к п. 1", "to Item 1", "an item reference", ["number"]),
        (None, "- 8 чел.", "– 8", "чел. dropped", ["number"]),
        (None, "хирурги - 4 чел.", "4 surgeons", "a count moved before its noun", ["number"]),
        (None, "- 6 чел.", "– 6", "чел. dropped", ["number"]),
        (None, "- 3 чел.", "– 3", "чел. dropped", ["number"]),
        (None, "Всего: 44 чел.", "Total: 44", "the same total", ["number"]),
        (None, "Разослано: тт.", None, "distribution list", ["omission", "name", "number"], "minor"),
        (
            None,
            ("1. Удовлетворить", "1. Удовлетворить"),
            ("1. To grant", "1. To grant"),
            "item numbering",
            ["number"],
        ),
    ],
    "notes": "Pair, a decision and its appendix (a numbered list with counts). Planted: не позднее 1 июня -> July 1 (date); 15 geologists -> 5 (number; the total still 44). Free: чел. dropped, the appendix heading's two lines joined, USSR as Soviet, a count before its noun.",
}
