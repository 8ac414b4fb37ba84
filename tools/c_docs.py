# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented c documents of archival-own (read by build_archival_c.py): Stalin's wartime correspondence.

They imitate the series of personal and secret messages between Stalin, Churchill and Roosevelt (1941-1945):
the Russian text (an archive reference, an OCR'd and hyphenated line wrap in some) against an English edition
whose translator writes freely ("I have received your message of ...", "Your message ... received", British
and American phrasing, forms of address such as "Mr. Prime Minister", FRUS apparatus, numbered points turned
into "(1)"). Every text is invented (persons are real names in made-up contexts; figures, dates and file marks
are made up). Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked
``‹k›``; ``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why);
forbidden: (None, Russian, English, why, kinds, max severity). Words are unique on their side or given as
(words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["c01-stalin-churchill-convoys-1943-01-09"] = {
    "genre": "personal message (Stalin to Churchill), OCR'd with hyphenated line wraps",
    "about": "Invented: Stalin to Churchill, January 1943, on the tonnage the last Arctic convoy brought and the need for one convoy a month.",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 283, лл. 7-8.

‹1›СЕКРЕТНО

‹2›ЛИЧНОЕ ПОСЛАНИЕ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ
Г-НУ У. ЧЕРЧИЛЛЮ

‹3›Ваше послание от 5 января получил.

‹4›Благодарю Вас за сообщение о прибытии очередного каравана. ‹5›По
данным Наркомвнешторга, суда этого каравана доставили в Мурманск
и Молотовск 112 тыс. тонн грузов, в том числе 202 танка, 87 самолетов
и около 2.500 грузовых автомобилей. ‹u›Разгрузка судов в Молотовске задер-
живается льдом. ‹7›Два транспорта, отставшие от каравана, были потоп-
лены к востоку от острова Медвежий.

‹8›Должен сказать, что этих поставок недостаточно. ‹9›В течение первых
трех месяцев 1943 года нам необходимо получить по северному пути не
менее 300 тыс. тонн, т.е. по одному каравану в месяц. ‹10›Я понимаю
трудности, связанные с охраной караванов в полярную ночь, но прошу Вас
не прерывать их отправку до наступления весны.

‹11›Со своей стороны Северный флот усилит прикрытие караванов к вос-
току от меридиана 20°.

‹12›С уважением

‹13›И. СТАЛИН

‹14›9 января 1943 года.
""",
    "en": """‹1›SECRET

‹2›PERSONAL MESSAGE FROM PREMIER J. V. STALIN TO THE PRIME MINISTER, MR. W. CHURCHILL

‹3›I have received your message of January 5.

‹4›Thank you, Mr. Prime Minister, for informing me of the arrival of the latest convoy. ‹5›According to the People's Commissariat of Foreign Trade, the ships of this convoy delivered 122,000 tons of cargo to Murmansk and Molotovsk, including 202 tanks, 87 aircraft and some 2,500 lorries. ‹7›Two transports which had fallen behind the convoy were sunk east of Bear Island.

‹8›I must say that these deliveries are not enough. ‹9›In the first quarter of 1943 we must receive by the northern route not less than 300,000 tons, that is, one convoy a month. ‹10›I appreciate the difficulties of protecting convoys during the Arctic night, but I ask you not to interrupt their dispatch until the spring.

‹11›For its part, the Northern Fleet will strengthen the cover of the convoys east of the 20th meridian.

‹12›With respect,

‹13›J. STALIN

‹14›January 9, 1943
""",
    "dehyphenated": ["задерживается", "потоплены", "востоку"],
    "required": [
        (
            "number",
            "112 тыс. тонн",
            "122,000 tons",
            "the convoy brought 112 тыс. тонн (112,000 tons); the translation gives 122,000 tons",
        ),
        (
            "omission",
            "Разгрузка судов в Молотовске",
            None,
            "the sentence that unloading at Molotovsk is held up by ice is not translated",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (None, "5 января", "January 5", "the same date", ["number", "date"]),
        (None, "И. В. СТАЛИНА", "J. V. STALIN", "И. В. Сталин = J. V. Stalin", ["name"]),
        (None, "Г-НУ У. ЧЕРЧИЛЛЮ", "MR. W. CHURCHILL", "a form of address in the dative", ["name", "title"]),
        (
            None,
            "Благодарю Вас",
            "Mr. Prime Minister",
            "the translator's form of address for Вас",
            ["addition", "title", "name"],
            "minor",
        ),
        (
            None,
            "Наркомвнешторга",
            "People's Commissariat of Foreign Trade",
            "an abbreviation spelt out",
            ["name", "term", "addition"],
            "minor",
        ),
        (None, "Мурманск", "Murmansk", "a port", ["name"]),
        (
            None,
            ("Молотовск", "Мурманск\nи Молотовск"),
            ("Molotovsk", "Murmansk and Molotovsk"),
            "a port (now Severodvinsk)",
            ["name"],
        ),
        (None, "202 танка", "202 tanks", "the same figure", ["number"]),
        (None, "87 самолетов", "87 aircraft", "the same figure", ["number"]),
        (None, "около 2.500", "some 2,500", "thousands dot", ["number"]),
        (None, "грузовых автомобилей", "lorries", "British phrasing", ["term", "omission"], "minor"),
        (None, "Два транспорта", "Two transports", "a number in words", ["number"]),
        (None, "острова Медвежий", "Bear Island", "Медвежий = Bear Island", ["name"], "minor"),
        (
            None,
            "трех месяцев 1943 года",
            "first quarter of 1943",
            "three months rendered as a quarter",
            ["number", "date"],
            "minor",
        ),
        (None, "300 тыс. тонн", "300,000 tons", "тыс.", ["number"]),
        (None, "по одному каравану в месяц", "one convoy a month", "a number in words", ["number"]),
        (None, "полярную ночь", "Arctic night", "the polar night", ["name", "term"], "minor"),
        (None, "меридиана 20°", "20th meridian", "a degree as an ordinal", ["number"]),
        (None, "Северный флот", "Northern Fleet", "the fleet", ["name", "term"], "minor"),
        (None, "9 января 1943 года", "January 9, 1943", "the same date", ["number", "date"]),
    ],
    "notes": "Pair, the Russian wrapped and hyphenated. Planted: 112 тыс. тонн -> 122,000 tons (number); the sentence on Molotovsk held up by ice omitted. Free: 'Mr. Prime Minister' added as address, Наркомвнешторг spelt out, lorries, first quarter for three months, 20th meridian, Bear Island.",
}

DOCS["c02-stalin-roosevelt-second-front-1943-05-24"] = {
    "genre": "personal message (Stalin to Roosevelt) with FRUS apparatus (page, Russian first)",
    "about": "Invented: Stalin to Roosevelt, May 1943, on the second front put off to the spring of 1944 and the German divisions moved east.",
    "page": {
        "date": "May 24, 1943",
        "title": "Personal and Secret Message from Premier J. V. Stalin to President F. D. Roosevelt",
        "ref": "sc-0202",
        "translator": "E. Hartley",
        "summary": "Stalin protests that the second front is postponed again and asks what forces the operation of 1944 will use.",
        "fields": [
            (
                "Original Archive",
                "Archive of the President of the Russian Federation (APRF), Fond 45, Opis 1, Delo 366 (constructed reference)",
            ),
            ("Associated Places", "Washington (D.C.); France; Belgium"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 366, лл. 88-90.

‹1›Секретно

‹2›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Ф. Д. РУЗВЕЛЬТУ

‹3›Ваше послание от 14 мая, в котором Вы сообщаете о решениях, принятых Вами и г-ном Черчиллем в Вашингтоне, получил.

‹4›Из Вашего послания видно, что открытие второго фронта в Западной Европе вновь откладывается, на этот раз до весны 1944 года. ‹5›Должен Вам сказать, что это решение создает для Советского Союза исключительные трудности. ‹6›Советская армия ведет борьбу не только против главных сил Германии, но и против ее союзников. ‹7›За последние три месяца немецкое командование перебросило на советско-германский фронт из Франции и Бельгии еще 27 дивизий.

‹8›Вы, конечно, помните, что в Вашем послании от 2 декабря прошлого года открытие второго фронта предполагалось летом 1943 года. ‹9›Советское правительство исходило из этого при планировании своих летних операций.

‹10›Я не хочу сейчас говорить о том разочаровании, которое вызовет это решение в Советском Союзе. ‹11›Прошу, однако, сообщить мне, какие именно силы - сколько дивизий и самолетов - предполагается использовать в операции 1944 года.

‹12›И. СТАЛИН

‹13›24 мая 1943 года.""",
    "en": """‹u›740.0011 European War 1939/29871

‹u›Marshal Stalin to President Roosevelt

‹u›[Translation]

‹1›SECRET

‹2›PERSONAL AND SECRET MESSAGE FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. F. D. ROOSEVELT

‹3›I have received your message of May 14 informing me of the decisions reached by you and Mr. Churchill at Washington.

‹4›It is clear from your message that the opening of a second front in Western Europe has again been postponed, this time until the spring of 1944. ‹5›I must tell you that this decision creates exceptional difficulties for the Soviet Union. ‹6›The Soviet Army is fighting not only the main forces of Germany but those of her allies as well, ‹7›and in the last three months the German Command has transferred another 37 divisions from France and Belgium to the Soviet-German front.

‹8›You will of course remember that in your message of December 12 of last year the opening of the second front was contemplated for the summer of 1943. ‹9›The Soviet Government based the planning of its summer operations on this.

‹10›I do not wish to speak now of the disappointment this decision will cause in the Soviet Union. ‹11›I would ask you, however, to let me know what forces, how many divisions and aircraft, it is proposed to use in the operation of 1944.

‹12›J. STALIN

‹13›May 24, 1943""",
    "required": [
        (
            "number",
            "27 дивизий",
            "37 divisions",
            "27 German divisions moved east in the original, 37 in the translation",
        ),
        (
            "date",
            "2 декабря",
            "December 12",
            "Roosevelt's earlier message is of 2 December (2 декабря); the translation dates it December 12",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            None,
            "740.0011 European War 1939/29871",
            "FRUS decimal file number",
            ["addition", "number", "date"],
            "minor",
        ),
        (
            None,
            None,
            "Marshal Stalin to President Roosevelt",
            "the edition's heading (Stalin was a Marshal by then)",
            ["addition", "title", "name"],
            "minor",
        ),
        (None, None, "[Translation]", "the edition's note", ["addition"], "minor"),
        (None, "И. В. СТАЛИНА", "J. V. STALIN", "И. В. Сталин = J. V. Stalin", ["name"]),
        (
            None,
            "г-ну Ф. Д. РУЗВЕЛЬТУ",
            "MR. F. D. ROOSEVELT",
            "a form of address in the dative",
            ["name", "title"],
        ),
        (None, "14 мая", "May 14", "the same date", ["number", "date"]),
        (None, "г-ном Черчиллем", "Mr. Churchill", "a name in the instrumental", ["name", "title"]),
        (None, "в Вашингтоне", "at Washington", "a place in the locative", ["name"]),
        (None, "весны 1944 года", "spring of 1944", "the same season", ["number", "date"]),
        (
            None,
            "За последние три месяца",
            "and in the last three months",
            "two sentences joined",
            ["omission", "addition", "number"],
            "minor",
        ),
        (None, "Советская армия", "The Soviet Army", "the same army", ["name", "term"], "minor"),
        (None, "немецкое командование", "German Command", "the same command", ["name", "term"], "minor"),
        (None, "Франции и Бельгии", "France and Belgium", "countries in the genitive", ["name"]),
        (None, "прошлого года", "of last year", "the same year", ["number", "date"], "minor"),
        (None, "летом 1943 года", "summer of 1943", "the same season", ["number", "date"]),
        (
            None,
            "сколько дивизий и самолетов",
            "how many divisions and aircraft",
            "dashes become commas",
            ["omission", "addition", "number"],
            "minor",
        ),
        (None, "операции 1944 года", "operation of 1944", "the same year", ["number", "date"]),
        (None, "24 мая 1943 года", ("May 24, 1943", "J. STALIN\n\nMay"), "the same date", ["number", "date"]),
    ],
    "notes": "Russian-first page; the English carries FRUS apparatus (file number, the heading 'Marshal Stalin to President Roosevelt', [Translation]), each unlinked. Planted: 27 дивизий -> 37 divisions (number); the message of 2 декабря -> December 12 (date). Free: two sentences joined, dashes as commas.",
}

DOCS["c03-stalin-churchill-poland-1944-07-31"] = {
    "genre": "personal message (Stalin to Churchill)",
    "about": "Invented: Stalin to Churchill, July 1944, on receiving Mikolajczyk, the Lublin Committee and the Curzon Line.",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 280, лл. 60-61.

‹1›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ

‹2›Получил Ваше послание от 27 июля.

‹3›Г-н Миколайчик и сопровождающие его лица будут приняты в Москве. ‹4›Беседовать с ними будет т. Молотов, а если понадобится, то и я. ‹5›Вам известно, однако, что Польский Комитет Национального Освобождения, созданный в Люблине, уже приступил к организации управления на освобожденной польской территории. ‹6›Мне кажется, что г-ну Миколайчику следует прежде всего договориться с Комитетом, председателем которого является г-н Осубка-Моравский.

‹7›Что касается Львова, то, как Вы знаете, Советское правительство считает границей между СССР и Польшей линию Керзона. ‹8›На этот счет у нас с Вами не было разногласий в Тегеране.

‹9›Наши войска вышли к Висле южнее Варшавы и захватили плацдарм у Магнушева.

‹10›И. СТАЛИН

‹11›31 июля 1944 года.
""",
    "en": """‹1›PERSONAL AND SECRET MESSAGE FROM PREMIER J. V. STALIN TO THE PRIME MINISTER, MR. W. CHURCHILL

‹2›Your message of July 27 received.

‹3›Mr. Mikolajczyk and those accompanying him will be received in Moscow. ‹4›They will have talks with Mr. Molotov and, if need be, with me. ‹5›You know, however, that the Polish Committee of National Liberation, set up at Lublin, has already begun to organise the administration of the liberated Polish territory. ‹6›It seems to me that Mr. Mikolajczyk should first of all come to an agreement with the Committee, whose chairman is Mr. Bierut. ‹u›I hope you will use your influence with the Polish Government in London to this end.

‹7›As regards Lwow, you know that the Soviet Government regards the Curzon Line as the frontier between the U.S.S.R. and Poland. ‹8›There was no disagreement between us on this point at Teheran.

‹9›Our troops have reached the Vistula south of Warsaw and seized a bridgehead at Magnuszew.

‹10›J. STALIN

‹11›July 31, 1944
""",
    "required": [
        (
            "name",
            "Осубка-Моравский",
            "Bierut",
            "the Committee's chairman Осубка-Моравский (Osóbka-Morawski) is given as Bierut",
        ),
        (
            "addition",
            None,
            "I hope you will use your influence",
            "the sentence asking Churchill to use his influence with the London Poles has no original",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (None, "И. В. СТАЛИНА", "J. V. STALIN", "И. В. Сталин = J. V. Stalin", ["name"]),
        (None, "г-ну У. ЧЕРЧИЛЛЮ", "MR. W. CHURCHILL", "a form of address in the dative", ["name", "title"]),
        (
            None,
            "Получил Ваше послание",
            "Your message of July 27 received.",
            "the formula turned",
            ["omission", "addition"],
            "minor",
        ),
        (None, "27 июля", "July 27", "the same date", ["number", "date"]),
        (
            None,
            "Г-н Миколайчик",
            ("Mr. Mikolajczyk", "Mr. Mikolajczyk and"),
            "Миколайчик = Mikolajczyk",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "г-ну Миколайчику",
            ("Mr. Mikolajczyk", "It seems to me that Mr. Mikolajczyk"),
            "a name in the dative",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "т. Молотов",
            "Mr. Molotov",
            "т. rendered Mr. as the published versions do",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "Польский Комитет Национального Освобождения",
            "Polish Committee of National Liberation",
            "the same committee",
            ["name", "term"],
            "minor",
        ),
        (None, "в Люблине", "at Lublin", "a place in the locative", ["name"]),
        (
            None,
            "Львова",
            "Lwow",
            "Львов = Lwów (period Polish spelling without the accent)",
            ["name"],
            "minor",
        ),
        (None, "линию Керзона", "Curzon Line", "the same line", ["name", "term"], "minor"),
        (None, "СССР и Польшей", "U.S.S.R. and Poland", "the same states", ["name"]),
        (None, "в Тегеране", "at Teheran", "Тегеран = Teheran (period spelling)", ["name"], "minor"),
        (None, "Висле", "Vistula", "Висла = Vistula", ["name"], "minor"),
        (None, "Варшавы", "Warsaw", "Варшава = Warsaw", ["name"], "minor"),
        (None, "Магнушева", "Magnuszew", "Магнушев = Magnuszew", ["name"], "minor"),
        (None, "31 июля 1944 года", "July 31, 1944", "the same date", ["number", "date"]),
    ],
    "notes": "Pair. Planted: Осубка-Моравский -> Bierut (name); an added sentence on the London Poles. Free: the formula 'Your message ... received', т. as Mr., Lwow, Teheran, Polish places through Russian.",
}

DOCS["c04-stalin-roosevelt-reparations-1945-03-22"] = {
    "genre": "personal message (Stalin to Roosevelt) with numbered points (page, translation first)",
    "about": "Invented: Stalin to Roosevelt, March 1945, on the principles for the Moscow Reparations Commission.",
    "page": {
        "date": "March 22, 1945",
        "title": "Personal and Secret Message from Premier J. V. Stalin to President F. D. Roosevelt on Reparations",
        "ref": "sc-0204",
        "translator": "J. Whitcombe",
        "summary": "Stalin restates the principles on German reparations agreed in the Crimea and asks that the Commission start work by April 1.",
        "fields": [
            (
                "Associated People & Organizations",
                "Roosevelt, Franklin D. (Franklin Delano), 1882-1945; Lubin, Isador, 1896-1978; Allied Commission on Reparations",
            ),
            ("Associated Topics", "Reparations; Germany--Occupation, 1945-1955"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›TOP SECRET

‹2›PERSONAL AND SECRET FROM MARSHAL J. V. STALIN TO THE PRESIDENT, MR. F. ROOSEVELT

‹3›I have received your message of March 8 concerning the work of the Moscow Reparations Commission.

‹4›The Soviet Government considers that the Commission should be guided by the principles agreed upon by us at the Crimea Conference, namely:

‹5›(1) The total sum of reparations from Germany is fixed at $20,000,000,000, of which the Soviet Union is to receive 50 per cent.

‹6›(2) Reparations are to be exacted in kind: by removals of equipment, by annual deliveries of goods from current production and by the use of German labour.

‹7›(3) Removals of equipment are to be completed within three years after the surrender of Germany.

‹8›The American representative on the Commission, Mr. Lubin, arrived in Moscow on March 20. ‹9›We hope that the Commission will begin its work not later than April 1.

‹11›J. STALIN

‹12›March 22, 1945""",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 370, лл. 66-67.

‹1›Строго секретно

‹2›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Ф. РУЗВЕЛЬТУ

‹3›Ваше послание от 8 марта относительно работы Московской комиссии по репарациям получил.

‹4›Советское правительство считает, что Комиссия должна руководствоваться принципами, согласованными нами в Крыму, а именно:

‹5›1. Общая сумма репараций с Германии устанавливается в 20 миллиардов долларов, из которых 50 процентов получает Советский Союз.

‹6›2. Репарации взимаются в натуре: вывозом оборудования, ежегодными поставками товаров из текущей продукции и использованием германской рабочей силы.

‹7›3. Изъятия оборудования должны быть закончены в течение двух лет после капитуляции Германии.

‹8›Американский представитель в Комиссии г-н Любин прибыл в Москву 20 марта. ‹9›Мы надеемся, что Комиссия начнет работу не позднее 1 апреля. ‹u›Английский представитель г-н Монктон уже находится в Москве.

‹11›И. СТАЛИН

‹12›22 марта 1945 года.""",
    "required": [
        (
            "number",
            "двух лет",
            "three years",
            "removals are to be completed within two years (двух лет); the translation gives three years",
        ),
        (
            "omission",
            "Английский представитель г-н Монктон",
            None,
            "the sentence that the British representative Monckton is already in Moscow is not translated",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "ОТ ПРЕМЬЕРА",
            "FROM MARSHAL",
            "the edition calls Stalin Marshal where the heading has Premier",
            ["title", "name"],
            "minor",
        ),
        (None, "И. В. СТАЛИНА", "J. V. STALIN", "И. В. Сталин = J. V. Stalin", ["name"]),
        (None, "г-ну Ф. РУЗВЕЛЬТУ", "MR. F. ROOSEVELT", "a form of address in the dative", ["name", "title"]),
        (None, "8 марта", "March 8", "the same date", ["number", "date"]),
        (
            None,
            "Московской комиссии по репарациям",
            "Moscow Reparations Commission",
            "the same commission",
            ["name", "term"],
            "minor",
        ),
        (
            None,
            "в Крыму",
            "at the Crimea Conference",
            "the conference named by its place",
            ["name", "addition"],
            "minor",
        ),
        (None, "1. Общая", "(1) The total", "a point number in brackets", ["number"]),
        (None, "20 миллиардов долларов", "$20,000,000,000", "billions written out in figures", ["number"]),
        (None, "50 процентов", "50 per cent", "per cent", ["number"]),
        (None, "2. Репарации", "(2) Reparations", "a point number in brackets", ["number"]),
        (None, "германской рабочей силы", "German labour", "British spelling", ["term", "name"], "minor"),
        (None, "3. Изъятия", "(3) Removals", "a point number in brackets", ["number"]),
        (None, "г-н Любин", "Mr. Lubin", "Любин = Lubin", ["name", "title"], "minor"),
        (None, "20 марта", "March 20", "the same date", ["number", "date"]),
        (None, "не позднее 1 апреля", "not later than April 1", "the same date", ["number", "date"]),
        (
            None,
            "22 марта 1945 года",
            ("March 22, 1945", "J. STALIN\n\nMarch"),
            "the same date",
            ["number", "date"],
        ),
    ],
    "notes": "Translation-first page with numbered points turned into (1), (2), (3). Planted: в течение двух лет -> within three years (number); the sentence on Monckton omitted. Free: 'MARSHAL' for ПРЕМЬЕРА in the heading, 20 миллиардов долларов as $20,000,000,000, в Крыму as 'at the Crimea Conference'.",
}

DOCS["c05-stalin-roosevelt-crimea-1945-01-21"] = {
    "genre": "personal message (Stalin to Roosevelt), OCR'd with hyphenated line wraps",
    "about": "Invented: Stalin to Roosevelt, January 1945, on the arrangements for the American delegation in the Crimea.",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 369, л. 31.

‹1›Совершенно секретно

‹2›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА
ПРЕЗИДЕНТУ г-ну Ф. РУЗВЕЛЬТУ

‹3›Ваше послание от 18 января получил.

‹4›Все необходимые мероприятия по приему американской делегации в
Крыму будут проведены. ‹5›Для Вас и Ваших ближайших сотрудников от-
водится Ливадийский дворец, в котором имеется 50 комнат. ‹6›Английская
делегация будет размещена в Воронцовском дворце в Алупке, в 18 км от
Ливадии.

‹7›Ваш самолет может совершить посадку на аэродроме Саки, откуда до
Ялты около 130 км на автомашине. ‹8›Корабль связи, о котором Вы пишете,
может стоять в Севастополе. ‹9›Советское командование обеспечит при-
крытие аэродрома истребительной авиацией.

‹10›Я прибуду в Крым к 2 февраля.

‹11›И. СТАЛИН

‹12›21 января 1945 года.
""",
    "en": """‹1›TOP SECRET

‹2›PERSONAL AND SECRET MESSAGE FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. F. ROOSEVELT

‹3›Your message of January 18 received.

‹4›All the necessary arrangements for receiving the American delegation in the Crimea will be made. ‹5›Livadia Palace, which has 50 rooms, is being set aside for you and your immediate staff. ‹6›The British delegation will be accommodated in the Vorontsov Palace at Alupka, 18 km from Livadia.

‹7›Your plane can land at the Simferopol airfield, which is some 80 miles by car from Yalta. ‹8›The communications ship you mention can be berthed at Sebastopol. ‹9›The Soviet Command will provide fighter cover for the airfield.

‹10›I shall arrive in the Crimea by February 3.

‹11›J. STALIN

‹12›January 21, 1945
""",
    "dehyphenated": ["отводится", "прикрытие"],
    "required": [
        (
            "name",
            "Саки",
            "Simferopol",
            "the plane is to land at the Saki airfield (аэродроме Саки); the translation names Simferopol",
        ),
        (
            "date",
            "к 2 февраля",
            "by February 3",
            "Stalin arrives by 2 February (к 2 февраля); the translation gives February 3",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (None, "И. В. СТАЛИНА", "J. V. STALIN", "И. В. Сталин = J. V. Stalin", ["name"]),
        (None, "г-ну Ф. РУЗВЕЛЬТУ", "MR. F. ROOSEVELT", "a form of address in the dative", ["name", "title"]),
        (None, "18 января", "January 18", "the same date", ["number", "date"]),
        (
            None,
            "Ваших ближайших сотрудников",
            "your immediate staff",
            "the same people",
            ["term", "omission"],
            "minor",
        ),
        (None, "Ливадийский дворец", "Livadia Palace", "a palace named by an adjective", ["name"], "minor"),
        (None, "50 комнат", "50 rooms", "the same figure", ["number"]),
        (
            None,
            "Воронцовском дворце",
            "Vorontsov Palace",
            "a palace named by an adjective",
            ["name"],
            "minor",
        ),
        (None, "Алупке", "Alupka", "a place in the locative", ["name"], "minor"),
        (None, "18 км", "18 km", "the same distance", ["number"]),
        (
            None,
            "около 130 км",
            "some 80 miles",
            "kilometres converted to miles by the edition",
            ["number"],
            "minor",
        ),
        (None, "Ялты", "Yalta", "Ялта = Yalta", ["name"], "minor"),
        (None, "Севастополе", "Sebastopol", "Севастополь = Sebastopol (period spelling)", ["name"], "minor"),
        (None, "Советское командование", "Soviet Command", "the same command", ["name", "term"], "minor"),
        (
            None,
            "истребительной авиацией",
            "fighter cover",
            "fighter aircraft as cover",
            ["term", "omission"],
            "minor",
        ),
        (None, "21 января 1945 года", "January 21, 1945", "the same date", ["number", "date"]),
    ],
    "notes": "Pair, the Russian wrapped and hyphenated. Planted: аэродроме Саки -> Simferopol airfield (name); к 2 февраля -> by February 3 (date). Free: 130 км as 'some 80 miles', Sebastopol, palaces named by adjectives.",
}

DOCS["c06-stalin-roosevelt-aircraft-1944-10-14"] = {
    "genre": "personal message (Stalin to Roosevelt) on Lend-Lease aircraft (page, extra header fields)",
    "about": "Invented: Stalin to Roosevelt, October 1944, on King Cobra and Boston deliveries under the Fourth Protocol and the ferrying route.",
    "page": {
        "date": "October 14, 1944",
        "title": "Personal and Secret Message from Premier J. V. Stalin to President F. D. Roosevelt on Aircraft Deliveries",
        "ref": "sc-0206",
        "translator": "E. Hartley",
        "summary": "Stalin thanks Roosevelt for more fighters, asks that they be ferried through Alaska rather than shipped to the Persian Gulf, and asks for more Boston bombers.",
        "fields": [
            (
                "Original Archive",
                "Archive of the President of the Russian Federation (APRF), Fond 45, Opis 1, Delo 368 (constructed reference)",
            ),
            (
                "Associated People & Organizations",
                "Harriman, W. Averell (William Averell), 1891-1986; Roosevelt, Franklin D. (Franklin Delano), 1882-1945",
            ),
            ("Associated Places", "Abadan (Iran); Alaska; Siberia (Russia)"),
            ("Associated Topics", "Lend-lease operations (1941-1945); Airplanes, Military"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 368, лл. 12-13.

‹1›Секретно

‹2›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Ф. Д. РУЗВЕЛЬТУ

‹3›Ваше послание от 9 октября о поставках самолетов по Четвертому протоколу получил.

‹4›Благодарю Вас за решение увеличить поставки истребителей «Кингкобра» до 250 машин в месяц. ‹5›Прошу, однако, учесть, что сборка самолетов, доставляемых морем через Персидский залив, в Абадане занимает много времени, ‹6›и было бы лучше направлять истребители своим ходом по трассе Аляска - Сибирь.

‹7›Что касается бомбардировщиков «Бостон», то наши летчики хорошо отзываются о них, ‹8›и мы хотели бы получить до конца года еще 120 машин этого типа.

‹9›Для согласования графика перегонки в Москву может прибыть генерал-майор Беннет, которого рекомендует г-н Гарриман.

‹10›И. СТАЛИН

‹11›14 октября 1944 года.""",
    "en": """‹1›SECRET

‹2›PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. F. D. ROOSEVELT

‹3›I have received your message of October 9 on the deliveries of aircraft under the Fourth Protocol.

‹4›I thank you for the decision to increase the deliveries of King Cobra fighters to 250 machines a month. ‹5›I would ask you to bear in mind, however, that the assembly at Abadan of the aircraft shipped via the Persian Gulf takes a great deal of time, ‹6›and it would be better to send the fighters under their own power by the Alaska-Siberia route.

‹7›As regards the Boston fighters, our airmen speak well of them, ‹8›and we should like to receive another 120 machines of this type before the end of the year.

‹9›Brigadier General Bennett, whom Mr. Harriman recommends, could come to Moscow to agree upon the ferrying schedule.

‹10›J. STALIN

‹11›October 14, 1944""",
    "required": [
        (
            "title",
            "генерал-майор",
            "Brigadier General",
            "генерал-майор (Major General) Bennett is made a Brigadier General",
        ),
        (
            "term",
            "бомбардировщиков",
            ("fighters", "Boston fighters"),
            "Boston bombers (бомбардировщиков «Бостон») are called fighters",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (None, "И. В. СТАЛИНА", "J. V. STALIN", "И. В. Сталин = J. V. Stalin", ["name"]),
        (
            None,
            "г-ну Ф. Д. РУЗВЕЛЬТУ",
            "MR. F. D. ROOSEVELT",
            "a form of address in the dative",
            ["name", "title"],
        ),
        (None, "9 октября", "October 9", "the same date", ["number", "date"]),
        (None, "Четвертому протоколу", "Fourth Protocol", "an ordinal in words", ["number", "term", "name"]),
        (None, "«Кингкобра»", "King Cobra", "an aircraft type through Russian", ["name", "term"], "minor"),
        (None, "250 машин в месяц", "250 machines a month", "the same figure", ["number"]),
        (None, "Персидский залив", "Persian Gulf", "the same gulf", ["name"], "minor"),
        (None, "в Абадане", "at Abadan", "a place in the locative", ["name"], "minor"),
        (None, "своим ходом", "under their own power", "an idiom", ["term", "omission"], "minor"),
        (None, "Аляска - Сибирь", "Alaska-Siberia", "a route named by its ends", ["name"], "minor"),
        (None, "«Бостон»", "Boston", "an aircraft type through Russian", ["name"], "minor"),
        (None, "до конца года", "before the end of the year", "the same time", ["date", "number"]),
        (None, "еще 120 машин", "another 120 machines", "the same figure", ["number"]),
        (None, "Беннет", "Bennett", "Беннет = Bennett", ["name"], "minor"),
        (None, "г-н Гарриман", "Mr. Harriman", "Гарриман = Harriman", ["name", "title"], "minor"),
        (
            None,
            "14 октября 1944 года",
            ("October 14, 1944", "J. STALIN\n\nOctober"),
            "the same date",
            ["number", "date"],
        ),
    ],
    "notes": "Russian-first page with extra header fields. Planted: генерал-майор -> Brigadier General (title); бомбардировщиков «Бостон» -> Boston fighters (term). Free: King Cobra, Alaska-Siberia, the Fourth Protocol in words, two parts of a sentence each linked.",
}

# c07-c09: written after the first round of fixes (code at 067ae95) as a fresh check, scored before any
# further change.

DOCS["c07-stalin-churchill-convoy-halt-1942-07-26"] = {
    "genre": "personal message (Stalin to Churchill)",
    "about": "Invented: Stalin to Churchill, July 1942, protesting the halt of the northern convoys and asking for fighters by the southern route.",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 270, лл. 91-92.

‹1›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ

‹2›Ваше послание от 18 июля получил.

‹3›Из послания видно, что Британское правительство отказывается продолжать снабжение Советского Союза военными материалами по северному пути. ‹4›Наши военно-морские специалисты считают доводы британских военно-морских специалистов несостоятельными. ‹5›Они убеждены, что при доброй воле караваны могли бы доходить до Архангельска с потерями не большими, чем у Новой Земли в прошлом году.

‹6›Если отправка караванов прекращается, то прошу по крайней мере ускорить доставку самолетов по южному пути. ‹7›Нам необходимо получить через Басру не менее 150 истребителей «Харрикейн» в месяц. ‹8›Сборку их могли бы вести наши техники на аэродроме в Абадане.

‹9›Должен сказать, что в Советском Союзе отказ от северных караванов будет понят неправильно.

‹10›И. СТАЛИН

‹11›26 июля 1942 года.
""",
    "en": """‹1›PERSONAL AND SECRET MESSAGE FROM PREMIER J. V. STALIN TO THE PRIME MINISTER, MR. W. CHURCHILL

‹2›I have received your message of July 17.

‹3›It is clear from your message that the British Government refuses to continue supplying the Soviet Union with war materials by the northern route. ‹4›Our naval experts consider the reasons put forward by the British naval experts to be untenable. ‹5›They are convinced that, given good will, the convoys could reach Archangel with losses no greater than those suffered off Novaya Zemlya last year.

‹6›If the dispatch of convoys is stopped, I ask you at least to speed up the delivery of aircraft by the southern route. ‹7›We must receive through Basra not less than 50 Hurricane fighters a month. ‹8›They could be assembled by our technicians at the airfield at Abadan.

‹9›I must say that in the Soviet Union the abandonment of the northern convoys will be misunderstood.

‹10›J. STALIN

‹11›July 26, 1942
""",
    "required": [
        (
            "date",
            "18 июля",
            "July 17",
            "Churchill's message is of 18 July (18 июля); the translation gives July 17",
        ),
        (
            "number",
            "150 истребителей",
            "50 Hurricane",
            "150 Hurricanes a month in the original, 50 in the translation",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (None, "И. В. СТАЛИНА", "J. V. STALIN", "И. В. Сталин = J. V. Stalin", ["name"]),
        (None, "г-ну У. ЧЕРЧИЛЛЮ", "MR. W. CHURCHILL", "a form of address in the dative", ["name", "title"]),
        (
            None,
            "Британское правительство",
            "British Government",
            "the same government",
            ["name", "term"],
            "minor",
        ),
        (
            None,
            "Наши военно-морские специалисты",
            "Our naval experts",
            "the same experts",
            ["term", "title"],
            "minor",
        ),
        (None, "Архангельска", "Archangel", "Архангельск = Archangel (period spelling)", ["name"], "minor"),
        (None, "Новой Земли", "Novaya Zemlya", "Новая Земля = Novaya Zemlya", ["name"], "minor"),
        (None, "в прошлом году", "last year", "the same year", ["number", "date"], "minor"),
        (None, "Басру", "Basra", "Басра = Basra", ["name"], "minor"),
        (None, "«Харрикейн»", "Hurricane", "an aircraft type through Russian", ["name", "term"], "minor"),
        (None, "в Абадане", "at Abadan", "a place in the locative", ["name"], "minor"),
        (None, "будет понят неправильно", "will be misunderstood", "an idiom", ["omission", "term"], "minor"),
        (None, "26 июля 1942 года", "July 26, 1942", "the same date", ["number", "date"]),
    ],
    "notes": "Pair. Planted: the message of 18 июля -> July 17 (date); 150 истребителей -> 50 Hurricane fighters (number). Free: Archangel, Novaya Zemlya, 'will be misunderstood'.",
}

DOCS["c08-stalin-roosevelt-polish-government-1945-04-07"] = {
    "genre": "personal message (Stalin to Roosevelt) with numbered points (page, Russian first)",
    "about": "Invented: Stalin to Roosevelt, April 1945, on the Moscow commission and the reorganisation of the Polish Provisional Government.",
    "page": {
        "date": "April 7, 1945",
        "title": "Personal and Secret Message from Premier J. V. Stalin to President F. D. Roosevelt on the Polish Question",
        "ref": "sc-0208",
        "translator": "J. Whitcombe",
        "summary": "Stalin sets out the Soviet view of how the Moscow commission should invite Polish leaders for consultation.",
        "fields": [
            (
                "Associated People & Organizations",
                "Harriman, W. Averell (William Averell), 1891-1986; Clark Kerr, Archibald, 1882-1951; Poland. Rząd Tymczasowy",
            ),
            ("Associated Places", "Poland; Warsaw (Poland); Moscow (Russia)"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 371, лл. 22-24.

‹1›Секретно

‹2›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Ф. Д. РУЗВЕЛЬТУ

‹3›Ваше послание от 1 апреля получил.

‹4›Работа комиссии в составе т. Молотова, г-на Гарримана и г-на Кларк Керра зашла в тупик. ‹5›По мнению Советского правительства, выход может быть найден на следующей основе:

‹6›1. Временное польское правительство, действующее ныне в Варшаве, должно составить ядро будущего Польского правительства национального единства.

‹7›2. Комиссия приглашает для консультации не более восьми польских деятелей, из которых пять - из Польши и три - из Лондона. ‹u›Список деятелей должен быть согласован с Временным правительством.

‹8›3. Приглашенные деятели должны признать решения Крымской конференции о Польше, в том числе о линии Керзона.

‹9›Министр иностранных дел Временного правительства г-н Ржимовский готов прибыть в Москву в любое время.

‹10›И. СТАЛИН

‹11›7 апреля 1945 года.""",
    "en": """‹1›SECRET

‹2›PERSONAL AND SECRET MESSAGE FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. F. D. ROOSEVELT

‹3›I have received your message of April 1.

‹4›The work of the Commission consisting of Mr. Molotov, Mr. Harriman and Sir A. Clark Kerr has reached a deadlock. ‹5›In the opinion of the Soviet Government, a way out may be found on the following basis:

‹6›(1) The Polish Provisional Government now functioning in Warsaw should form the core of the future Polish Government of National Unity.

‹7›(2) The Commission is to invite for consultation not more than eight Polish leaders, five of them from Poland and three from London.

‹8›(3) The leaders invited must accept the decisions of the Crimea Conference on Poland, including those on the Curzon Line.

‹9›Mr. Rzymowski, Prime Minister of the Provisional Government, is prepared to come to Moscow at any time.

‹10›J. STALIN

‹11›April 7, 1945""",
    "required": [
        (
            "omission",
            "Список деятелей должен быть согласован",
            None,
            "the sentence that the list must be agreed with the Provisional Government is not translated",
        ),
        (
            "title",
            "Министр иностранных дел",
            "Prime Minister",
            "the Foreign Minister Rzymowski is made the Prime Minister",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (None, "И. В. СТАЛИНА", "J. V. STALIN", "И. В. Сталин = J. V. Stalin", ["name"]),
        (
            None,
            "г-ну Ф. Д. РУЗВЕЛЬТУ",
            "MR. F. D. ROOSEVELT",
            "a form of address in the dative",
            ["name", "title"],
        ),
        (None, "1 апреля", "April 1", "the same date", ["number", "date"]),
        (
            None,
            "т. Молотова",
            "Mr. Molotov",
            "т. rendered Mr. as the published versions do",
            ["name", "title"],
            "minor",
        ),
        (None, "г-на Гарримана", "Mr. Harriman", "a name in the genitive", ["name", "title"], "minor"),
        (
            None,
            "г-на Кларк Керра",
            "Sir A. Clark Kerr",
            "г-н rendered Sir for a British ambassador",
            ["name", "title", "addition"],
            "minor",
        ),
        (None, "1. Временное", "(1) The Polish", "a point number in brackets", ["number"]),
        (
            None,
            "Временное польское правительство",
            "Polish Provisional Government",
            "the same government, words turned",
            ["name", "term"],
            "minor",
        ),
        (None, "в Варшаве", "in Warsaw", "a place in the locative", ["name"], "minor"),
        (None, "2. Комиссия", "(2) The Commission", "a point number in brackets", ["number"]),
        (None, "не более восьми", "not more than eight", "a number in words", ["number"]),
        (None, "пять - из Польши", "five of them from Poland", "a number in words", ["number"]),
        (None, "три - из Лондона", "three from London", "a number in words", ["number"]),
        (None, "3. Приглашенные", "(3) The leaders", "a point number in brackets", ["number"]),
        (
            None,
            "Крымской конференции",
            "Crimea Conference",
            "a conference named by an adjective",
            ["name", "term"],
            "minor",
        ),
        (None, "линии Керзона", "Curzon Line", "the same line", ["name", "term"], "minor"),
        (None, "г-н Ржимовский", "Mr. Rzymowski", "Ржимовский = Rzymowski", ["name"], "minor"),
        (
            None,
            "7 апреля 1945 года",
            ("April 7, 1945", "J. STALIN\n\nApril"),
            "the same date",
            ["number", "date"],
        ),
    ],
    "notes": "Russian-first page, numbered points as (1). Planted: the sentence on agreeing the list omitted; Министр иностранных дел -> Prime Minister (title). Free: г-н Кларк Керр as Sir A. Clark Kerr, т. as Mr., Polish Provisional Government word order.",
}

DOCS["c09-stalin-churchill-spitfires-1943-03-30"] = {
    "genre": "personal message (Stalin to Churchill), OCR'd with hyphenated line wraps",
    "about": "Invented: Stalin to Churchill, March 1943, on Spitfires by the Persian route and the pause in convoys.",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 271, л. 60.

‹1›СЕКРЕТНО

‹2›ЛИЧНОЕ ПОСЛАНИЕ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ
Г-НУ У. ЧЕРЧИЛЛЮ

‹3›Ваше послание от 27 марта получил. ‹4›Благодарю за сообщение о
том, что британское командование согласилось передать нам самоле-
ты «Спитфайр».

‹5›Прошу отправить первые 60 машин через Иран в течение апреля. ‹6›Их
перегонку от Басры до Баку на расстояние около 2.400 км могли бы вы-
полнить наши летчики.

‹7›Я понимаю, что приостановка караванов до осени вызвана операциями
британского флота в Средиземном море. ‹8›Тем не менее это сокращает
наши поставки примерно на 200 тыс. тонн в месяц.

‹9›И. СТАЛИН

‹10›30 марта 1943 года.
""",
    "en": """‹1›SECRET

‹2›PERSONAL MESSAGE FROM PREMIER J. V. STALIN TO THE PRIME MINISTER, MR. W. CHURCHILL

‹3›Your message of March 27 received. ‹4›I thank you for informing me that the British Command has agreed to let us have Spitfire aircraft, which our airmen have long wished to fly.

‹5›I would ask you to send the first 60 machines via Iran during May. ‹6›Our airmen could ferry them from Basra to Baku, a distance of some 1,500 miles.

‹7›I understand that the suspension of the convoys until the autumn is due to the operations of the British Fleet in the Mediterranean. ‹8›Nevertheless, it cuts our supplies by about 200,000 tons a month.

‹9›J. STALIN

‹10›March 30, 1943
""",
    "dehyphenated": ["самолеты", "выполнить"],
    "required": [
        (
            "addition",
            None,
            "which our airmen have long wished to fly",
            "the clause that Soviet airmen have long wished to fly Spitfires has no original",
        ),
        (
            "date",
            "в течение апреля",
            "during May",
            "the first machines are asked for during April (в течение апреля); the translation says May",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (None, "И. В. СТАЛИНА", "J. V. STALIN", "И. В. Сталин = J. V. Stalin", ["name"]),
        (None, "Г-НУ У. ЧЕРЧИЛЛЮ", "MR. W. CHURCHILL", "a form of address in the dative", ["name", "title"]),
        (None, "27 марта", "March 27", "the same date", ["number", "date"]),
        (None, "британское командование", "British Command", "the same command", ["name", "term"], "minor"),
        (None, "«Спитфайр»", "Spitfire", "an aircraft type through Russian", ["name", "term"], "minor"),
        (None, "первые 60 машин", "first 60 machines", "the same figure", ["number"]),
        (None, "через Иран", "via Iran", "the same country", ["name"], "minor"),
        (None, "Басры", "Basra", "Басра = Basra", ["name"], "minor"),
        (None, "Баку", "Baku", "Баку = Baku", ["name"], "minor"),
        (
            None,
            "около 2.400 км",
            "some 1,500 miles",
            "kilometres converted to miles by the edition",
            ["number"],
            "minor",
        ),
        (None, "до осени", "until the autumn", "the same season", ["date", "number"], "minor"),
        (None, "Средиземном море", "Mediterranean", "the same sea", ["name"], "minor"),
        (None, "200 тыс. тонн", "200,000 tons", "тыс.", ["number"]),
        (None, "30 марта 1943 года", "March 30, 1943", "the same date", ["number", "date"]),
    ],
    "notes": "Pair, the Russian wrapped and hyphenated. Planted: an added clause on the airmen's wish; в течение апреля -> during May (date). Free: 2.400 км as 'some 1,500 miles', British Fleet, the Mediterranean.",
}
