# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented ul documents of archival-own (read by build_archival_ul.py): six record kinds, scored once.

A ciphered telegram from Baghdad after the Mosul revolt, a record of Mikoyan's talk with a Finnish minister, a
People's Commissar of Defence order on reservists' call-ups, a Ministry of Agriculture report on the virgin-land
harvest, a Soviet embassy note to the State Department and a Ministry of Health report on the Moscow smallpox
outbreak, written without looking at the tool's rules or its tests, to be scored once on later code.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["ul01-telegram-baghdad-qasim-arms-1959"] = {
    "genre": "ciphered telegram (pair; priority mark, telegram numbers, decipherer's line untranslated)",
    "about": "Invented: the ambassador in Baghdad reports Qasim's account of the Mosul revolt and his requests for arms and specialists.",
    "ru": """‹u›АВП РФ, ф. 059а, оп. 4, п. 9, д. 31, лл. 140-142.
‹u›Шифртелеграмма

‹1›СОВ. СЕКРЕТНО
‹2›Из БАГДАДА
‹u›№ 612-614
‹3›Вне очереди
‹4›МОСКВА - МИД СССР

‹5›18 марта принят премьер-министром Касемом в здании министерства обороны. ‹6›Касем подробно рассказал о подавлении мятежа в Мосуле, который, по его словам, был организован при участии иностранной агентуры. ‹7›Потери правительственных войск составили 47 человек убитыми. ‹8›Касем отметил, что курдские отряды Барзани оказали армии существенную помощь.

‹9›Затем Касем поставил вопрос об ускорении поставок вооружения по соглашению от 15 ноября 1958 года. ‹10›В первую очередь иракская армия нуждается в 24 истребителях МиГ-17 и зенитной артиллерии. ‹11›Он просил также направить в Ирак до 60 советских военных специалистов, из них не менее 15 летчиков-инструкторов.

‹12›Я обещал немедленно доложить просьбу премьер-министра Советскому правительству. ‹13›Касем дал понять, что решение о выходе Ирака из Багдадского пакта будет объявлено в ближайшие дни.

‹14›Беседа продолжалась около двух часов и проходила в дружественной обстановке. ‹u›Присутствовал советник посольства т. Тимошенко.

‹16›ЗАЙЦЕВ

‹u›19.III.59
‹u›Расшифровал: Семенов""",
    "en": """‹1›TOP SECRET
‹2›From BAGHDAD
‹3›Immediate
‹4›MOSCOW - USSR MINISTRY OF FOREIGN AFFAIRS

‹5›On March 18 I was received by Prime Minister Qasim at the Ministry of Defence. ‹6›Qasim gave me a detailed account of the crushing of the Mosul revolt, which, he said, had been organised with the help of foreign agents. ‹7›Government troops lost 47 men killed. ‹8›Qasim noted that Talabani's Kurdish detachments had given the army considerable help.

‹9›Qasim then raised the question of speeding up the arms deliveries under the agreement of November 15, 1957. ‹10›What the Iraqi army needs first of all is two dozen MiG-19 fighters and anti-aircraft artillery. ‹11›He also asked that up to sixty Soviet military specialists be sent to Iraq, including no more than fifteen flying instructors.

‹12›I promised to report the Prime Minister's request to the Soviet Government at once. ‹13›Qasim let it be understood that Iraq's withdrawal from the Baghdad Pact would be announced within days.

‹14›The conversation lasted about two hours and was conducted in a friendly atmosphere.

‹16›ZAITSEV""",
    "required": [
        ("term", "МиГ-17", "MiG-19", "the MiG-17 fighter is given as the MiG-19"),
        ("date", "15 ноября 1958 года", "November 15, 1957", "the agreement's year 1958 is given as 1957"),
        (
            "number",
            "не менее 15 летчиков-инструкторов",
            "no more than fifteen flying instructors",
            "the bound is reversed: not less than 15 -> no more than fifteen",
        ),
        ("name", "Барзани", "Talabani", "Barzani's detachments are given as Talabani's"),
        (
            "omission",
            "Присутствовал советник посольства т. Тимошенко.",
            None,
            "the sentence naming the counsellor present is dropped",
        ),
    ],
    "forbidden": [
        (None, "Вне очереди", "Immediate", "the priority mark rendered", ["term", "omission", "addition"]),
        (None, "около двух часов", "about two hours", "the same duration", ["number", "date"]),
        (None, "до 60 советских", "up to sixty Soviet", "до = up to; a figure in words", ["number"]),
        (None, "24 истребителях", "two dozen", "24 = two dozen (the type is the planted term)", ["number"]),
        (
            None,
            "премьер-министром Касемом",
            "Prime Minister Qasim",
            "Касем = Qasim, a usual transliteration",
            ["name", "title"],
        ),
        (None, "СОВ. СЕКРЕТНО", "TOP SECRET", "the secrecy mark", ["term", "omission"]),
        (None, "в ближайшие дни", "within days", "the same vague time", ["number", "date"]),
        (None, "47 человек", "47 men", "the same figure", ["number"]),
        (
            None,
            "№ 612-614",
            None,
            "telegram numbers, not translated",
            ["omission", "number", "date"],
            "minor",
        ),
        (None, "19.III.59", None, "typist's date, not translated", ["omission", "number", "date"], "minor"),
    ],
    "notes": "Pair; the archive reference, the telegram numbers, the typist's date and the decipherer's line are untranslated. Planted: МиГ-17 -> MiG-19 (term, an aircraft type); 15 ноября 1958 -> November 15, 1957 (date); не менее 15 -> no more than fifteen (bound reversed); Барзани -> Talabani (name); the sentence «Присутствовал советник посольства т. Тимошенко.» dropped (omission). Traps: Вне очереди = Immediate, около двух часов, до 60 = up to sixty, 24 = two dozen, Касем = Qasim, СОВ. СЕКРЕТНО = TOP SECRET, в ближайшие дни = within days.",
}

DOCS["ul02-record-mikoyan-pennanen-trade-1954"] = {
    "genre": "record of conversation (page, translation first; typist's lines untranslated)",
    "about": "Invented: Mikoyan and a Finnish minister discuss ships, icebreakers, grain, oil products and payment in sterling.",
    "page": {
        "date": "July 8, 1954",
        "title": "Record of Conversation between A. I. Mikoyan and Finnish Minister of Trade and Industry E. Pennanen",
        "ref": "ul-0202",
        "summary": "The Finnish minister offers more ships and icebreakers in exchange for grain and oil products; Mikoyan answers on each item.",
        "fields": [
            (
                "Original Archive",
                "Russian State Archive of the Economy (RGAE), Fond 413, Opis 13, Delo 552 (constructed reference)",
            ),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›Secret
‹2›RECORD OF CONVERSATION
‹3›between A. I. MIKOYAN, Deputy Chairman of the USSR Council of Ministers, and E. PENNANEN, Finnish Minister of Trade and Industry
‹4›July 8, 1954

‹5›Pennanen conveyed Prime Minister Kekkonen's thanks for the speedy conclusion of the trade protocol for 1955. ‹6›He said that Finnish yards were ready to build for the Soviet Union, over and above the protocol, another 8 dry-cargo ships of 3,200 tons each and 2 icebreakers. ‹7›In exchange the Finns would like to receive an additional 150,000 tons of grain and 300,000 tons of coal.

‹8›Mikoyan replied that the Soviet Union was interested in the icebreakers, but that the cargo ships could be ordered only in 1955. ‹9›As for grain, deliveries could be raised by no more than 200,000 tons, since this year's harvest had fallen short of expectations. ‹10›The oil products could be supplied in full.

‹11›Pennanen asked whether the Soviet side would agree to settle partly in sterling. ‹12›Mikoyan said the question could be examined by the Ministry of Foreign Trade, ‹13›though the final say would rest with the Council of Ministers.

‹14›Pennanen invited Mikoyan to visit Helsinki in the autumn. ‹15›Comrade Mikoyan thanked him and said he would do his best to take up the invitation.

‹16›Present at the conversation were Minister of Foreign Trade P. N. Kumykin, the Finnish Minister to the USSR, Mr. E. Vuori, and the interpreter, Comrade Yermolayev.

‹17›Recorded by V. Lebedev""",
    "ru": """‹1›Секретно
‹2›ЗАПИСЬ БЕСЕДЫ
‹3›заместителя Председателя Совета Министров СССР А. И. МИКОЯНА с министром торговли и промышленности Финляндии Э. ПЕННАНЕНОМ
‹4›8 июля 1954 года

‹5›Пеннанен передал благодарность премьер-министра Кекконена за быстрое заключение торгового протокола на 1955 год. ‹6›Он сообщил, что финские верфи готовы построить для Советского Союза сверх протокола еще 8 сухогрузов по 3.200 тонн и 2 ледокола. ‹7›В обмен финская сторона хотела бы получить дополнительно 150 тыс. тонн зерна и 300 тыс. тонн нефтепродуктов.

‹8›Тов. Микоян ответил, что Советский Союз заинтересован в ледоколах, но сухогрузы могут быть заказаны только в 1956 году. ‹9›Что касается зерна, то поставки могут быть увеличены не более чем на 100 тыс. тонн, так как урожай этого года ниже ожидавшегося. ‹10›Нефтепродукты могут быть поставлены полностью.

‹11›Пеннанен спросил, не согласится ли советская сторона на расчеты частично в фунтах стерлингов. ‹12›Тов. Микоян сказал, что этот вопрос может быть рассмотрен Министерством внешней торговли. ‹13›Окончательное решение, однако, примет Совет Министров.

‹14›Пеннанен пригласил тов. Микояна посетить Хельсинки осенью. ‹15›Тов. Микоян поблагодарил и ответил, что постарается воспользоваться приглашением.

‹16›На беседе присутствовали: заместитель министра внешней торговли т. Кумыкин П. Н., посланник Финляндии в СССР г-н Вуори Э. и переводчик т. Ермолаев.

‹17›Записал В. Лебедев
‹u›9.VII.54
‹u›Отп. 5 экз.""",
    "required": [
        ("term", "нефтепродуктов", ("coal", "tons of coal"), "oil products are given as coal"),
        ("date", "только в 1956 году", "only in 1955", "1956 is given as 1955"),
        (
            "number",
            "не более чем на 100 тыс. тонн",
            "no more than 200,000 tons",
            "100 thousand tons are given as 200,000",
        ),
        (
            "title",
            "заместитель министра внешней торговли т. Кумыкин",
            "Minister of Foreign Trade P. N. Kumykin",
            "the deputy minister is given as the minister",
        ),
    ],
    "forbidden": [
        (None, "по 3.200 тонн", "3,200 tons each", "thousands dot; по = each", ["number"]),
        (None, "150 тыс. тонн", "150,000 tons", "тыс. = thousand", ["number"]),
        (None, "фунтах стерлингов", "sterling", "pounds sterling = sterling", ["term"]),
        (None, "г-н Вуори Э.", "Mr. E. Vuori", "initial moved before the name", ["name"]),
        (
            None,
            "посланник Финляндии в СССР",
            "Finnish Minister to the USSR",
            "посланник = Minister (the envoy's rank), correct",
            ["title"],
        ),
        (None, "Записал В. Лебедев", "Recorded by V. Lebedev", "the recorder's line", ["name", "omission"]),
        (None, "на 1955 год", "for 1955", "the protocol's year", ["number", "date"]),
        (
            None,
            ("Тов. Микоян", "Тов. Микоян ответил"),
            ("Mikoyan", "Mikoyan replied"),
            "Тов. left out, as translators do",
            ["title", "omission"],
        ),
        (None, "9.VII.54", None, "typist's date, not translated", ["omission", "number", "date"], "minor"),
        (
            None,
            "постарается воспользоваться приглашением",
            "would do his best to take up the invitation",
            "a free but correct rendering",
            ["omission", "addition", "term"],
        ),
        (None, "Кекконена", "Kekkonen", "the name in the genitive", ["name"]),
    ],
    "notes": "Translation-first page with an extra header field; the typist's date and copy note are untranslated; two Russian sentences are joined at «однако». Planted: нефтепродуктов -> coal (term, a commodity); 1956 -> 1955 (date); 100 тыс. -> 200,000 tons (number); заместитель министра -> Minister (title). Traps: 3.200 тонн, 150 тыс., фунты стерлингов = sterling, Vuori with the initial first, посланник = Minister (correct), Записал, на 1955 год, Тов. dropped, a free rendering of an idiom.",
}

DOCS["ul03-order-nko-reservists-callup-1941"] = {
    "genre": "order of the People's Commissar of Defence (pair; numbered points, certification line untranslated)",
    "about": "Invented: the People's Commissar of Defence orders training call-ups of reservists in three border districts.",
    "ru": """‹u›ЦАМО, ф. 4, оп. 11, д. 62, лл. 210-212.

‹1›ПРИКАЗ
‹2›НАРОДНОГО КОМИССАРА ОБОРОНЫ СОЮЗА ССР
‹3›№ 0271
‹4›17 мая 1941 г.
‹5›г. Москва

‹6›Содержание: О сборах приписного состава в 1941 году.

‹7›В целях проверки мобилизационной готовности и переподготовки приписного состава
‹8›ПРИКАЗЫВАЮ:

‹9›1. Командующим войсками Киевского, Западного и Прибалтийского особых военных округов провести с 1 июня по 15 июля 1941 г. 45-дневные сборы приписного состава.
‹10›2. Привлечь на сборы 975 тыс. человек, в том числе не более 30 тыс. лиц командного состава запаса.
‹11›3. Сборы проводить в составе стрелковых дивизий по штатам мирного времени, доукомплектовав их до 12 тыс. человек каждая.
‹12›4. Начальнику Главного управления связи Красной Армии генерал-майору войск связи Гапичу обеспечить сборы радиостанциями и телефонным кабелем.
‹13›5. Начальнику Главного интендантского управления обеспечить призванных обмундированием второго срока носки.
‹u›Выдачу нового обмундирования не производить.
‹15›6. Отчеты о ходе сборов представлять в Генеральный штаб каждые десять дней.

‹16›Народный комиссар обороны СССР
‹17›Маршал Советского Союза С. ТИМОШЕНКО

‹18›Начальник Генерального штаба Красной Армии
‹19›генерал армии Г. ЖУКОВ

‹u›Верно: полковник (подпись)""",
    "en": """‹1›ORDER
‹2›OF THE PEOPLE'S COMMISSAR OF DEFENCE OF THE USSR
‹3›No. 0271
‹4›May 17, 1941
‹5›Moscow

‹6›Subject: Call-up of assigned reservists for training in 1941.

‹7›With the object of checking mobilisation readiness and retraining the assigned reservists, ‹8›I ORDER:

‹9›1. The Commanders of the Kiev, Western and Baltic Special Military Districts shall hold forty-five-day training call-ups of assigned reservists from June 1 to August 15, 1941.
‹10›2. 975,000 men shall be called up, including not more than 30,000 reserve officers.
‹11›3. The call-ups shall be held within rifle corps on peacetime establishments, brought up to twelve hundred men each.
‹12›4. The Chief of the Main Signals Directorate of the Red Army, Lieutenant General of Signal Troops Gapich, shall provide the call-ups with radio sets and telephone cable.
‹13›5. The Chief of the Main Quartermaster Directorate shall provide those called up with second-issue uniforms.
‹15›6. Reports on the progress of the call-ups shall be submitted to the General Staff at ten-day intervals.

‹16›People's Commissar of Defence of the USSR
‹17›Marshal of the Soviet Union S. TIMOSHENKO

‹18›Chief of the General Staff of the Red Army
‹19›General of the Army G. ZHUKOV""",
    "required": [
        ("date", "15 июля", "August 15", "the end of the call-ups, July 15, is given as August 15"),
        (
            "number",
            "до 12 тыс. человек каждая",
            "twelve hundred men each",
            "12 thousand men are given as twelve hundred",
        ),
        (
            "title",
            "генерал-майору войск связи Гапичу",
            "Lieutenant General of Signal Troops Gapich",
            "a major general is given as a lieutenant general",
        ),
        ("term", "стрелковых дивизий", "rifle corps", "rifle divisions are given as rifle corps"),
        (
            "omission",
            "Выдачу нового обмундирования не производить.",
            None,
            "the sentence forbidding the issue of new uniforms is dropped",
        ),
    ],
    "forbidden": [
        (None, "45-дневные сборы", "forty-five-day", "a figure in words", ["number", "date"]),
        (None, "975 тыс. человек", "975,000 men", "тыс. = thousand", ["number"]),
        (None, "не более 30 тыс.", "not more than 30,000", "the same bound", ["number"]),
        (None, "каждые десять дней", "at ten-day intervals", "the same period", ["number", "date"]),
        (
            None,
            "Маршал Советского Союза С. ТИМОШЕНКО",
            "Marshal of the Soviet Union S. TIMOSHENKO",
            "the rank and signature",
            ["title", "name"],
        ),
        (
            None,
            "генерал армии Г. ЖУКОВ",
            "General of the Army G. ZHUKOV",
            "the rank and signature",
            ["title", "name"],
        ),
        (
            None,
            "второго срока носки",
            "second-issue uniforms",
            "an ordinal of wear, no figure",
            ["number", "term"],
        ),
        (
            None,
            "Верно: полковник (подпись)",
            None,
            "certification line, not translated",
            ["omission", "title"],
            "minor",
        ),
        (None, "Содержание:", "Subject:", "the heading word", ["term", "omission"]),
        (None, "с 1 июня", "from June 1", "the same start date", ["number", "date"]),
        (
            None,
            "ЦАМО, ф. 4, оп. 11, д. 62, лл. 210-212.",
            None,
            "archive reference, not translated",
            ["omission", "number", "date"],
            "minor",
        ),
    ],
    "notes": "Pair; numbered points; the archive reference and the certification line are untranslated; the preamble and ПРИКАЗЫВАЮ are on one line in the English. Planted: по 15 июля -> to August 15 (date); до 12 тыс. человек -> twelve hundred men (number, a lost scale); генерал-майору -> Lieutenant General (title); стрелковых дивизий -> rifle corps (term, a unit); the sentence «Выдачу нового обмундирования не производить.» dropped (omission). Traps: 45-дневные = forty-five-day, 975 тыс., не более 30 тыс., каждые десять дней = at ten-day intervals, the signatures with ranks, второго срока носки = second-issue, Содержание = Subject.",
}

DOCS["ul04-minselkhoz-report-virgin-lands-harvest-1955"] = {
    "genre": "report of a minister to the CC (pair; OCR'd Russian with a line-break hyphen and a misread letter)",
    "about": "Invented: the Minister of Agriculture reports a slow drought-year harvest on the Kazakh virgin lands and asks for storage.",
    "ru": """‹u›РГАНИ, ф. 5, оп. 45, д. 171, лл. 8-13.

‹1›ЦК КПСС
‹2›Товарищу ХРУЩЕВУ Н. С.

‹3›О ходе уборки урожая на целинных и залежных землях Казахской ССР

‹4›По состоянию на 10 сентября 1955 г. в целинных районах Казахстана скошено 3,4 млн. гектаров зерновых, или 42% к плану. ‹5›Обмолочено 1,9 млн. гектаров. ‹6›Темпы уборки отстают от прошлого года почти вдвое, что объясняется засухой в Кустанайской и Акмолин-
ской областях.

‹7›Средняя урожайность по республике составит, по предварительным данным, около 5 центнеров с гектара. ‹8›В ряде совхозов Павлодарской области урожай не превышает 2-3 центнеров, и хлеб на этих площадях убирать нецелесообразно.

‹9›На уборке занято 27 тыс. комбайнов, из них 4,5 тыс. прибыли из других республик. ‹10›Министерство направило в Казахстан дополнительно 6 тыс. шоферов и 1.200 механиков. ‹11›Однако около трети комбайнов простаивает из-за отсутствия запасных частей.

‹12›Серьезное положение сложилось с хранением зерна. ‹13›Емкость элеваторов и складов в целинпых районах не превышает 40% ожидаемого валового сбора. ‹14›Министерство просит разрешить использовать под временное хранение зерна 500 брезентовых укрытий из запасов Министерства обороны.

‹15›Министр сельского хозяйства СССР
‹16›И. БЕНЕДИКТОВ

‹17›12 сентября 1955 г.""",
    "en": """‹1›CC CPSU
‹2›To Comrade N. S. KHRUSHCHEV

‹3›On the progress of the harvest on the virgin and fallow lands of the Kazakh SSR

‹4›As of September 10, 1955, 3.4 million hectares of grain, or 42 per cent of the plan, had been mown in the virgin-land districts of Kazakhstan. ‹5›1.9 million hectares have been threshed. ‹6›Harvesting is going at barely half last year's pace because of the drought in Kustanai and Akmolinsk Regions.

‹7›Preliminary figures put the average yield for the republic at about 15 centners a hectare. ‹8›On a number of state farms in Kokchetav Region the crop is no more than two or three centners.

‹9›27,000 combines are at work on the harvest, 4,500 of them brought in from other republics. ‹10›The Ministry has sent an additional 6,000 drivers and 1,200 mechanics to Kazakhstan. ‹11›However, about a third of the combines stand idle for lack of spare parts.

‹12›The storage of grain is a serious problem. ‹13›The elevators and warehouses in the virgin-land districts can hold no more than 40 per cent of the expected gross harvest. ‹14›The Ministry asks permission to use 500 tarpaulin shelters from the stocks of the Ministry of Procurement for temporary grain storage.

‹15›Minister of Agriculture of the USSR
‹16›I. BENEDIKTOV

‹17›September 12, 1955""",
    "dehyphenated": ["Акмолинской"],
    "required": [
        ("number", "около 5 центнеров", "about 15 centners", "about 5 centners a hectare are given as 15"),
        ("name", "Павлодарской области", "Kokchetav Region", "Pavlodar Region is given as Kokchetav Region"),
        (
            "omission",
            "и хлеб на этих площадях убирать нецелесообразно",
            None,
            "the clause that harvesting these fields is not worth while is dropped",
        ),
        (
            "term",
            "Министерства обороны",
            "Ministry of Procurement",
            "the Ministry of Defence's stocks are given as the Ministry of Procurement's",
        ),
        ("ocr", "целинпых", None, "'целинпых' has п for н (OCR misreading)"),
    ],
    "forbidden": [
        (None, "3,4 млн. гектаров", "3.4 million hectares", "decimal comma; млн. = million", ["number"]),
        (None, "42% к плану", "42 per cent of the plan", "% = per cent", ["number"]),
        (None, "почти вдвое", "barely half", "lagging nearly twofold = barely half the pace", ["number"]),
        (None, "2-3 центнеров", "two or three centners", "a range in words", ["number"]),
        (None, "из них 4,5 тыс.", "4,500 of them", "4,5 тыс. = 4,500", ["number"]),
        (None, "1.200 механиков", "1,200 mechanics", "thousands dot", ["number"]),
        (None, "около трети", "about a third", "the same fraction", ["number"]),
        (
            None,
            "500 брезентовых",
            "500 tarpaulin",
            "the same figure (the ministry is the planted term)",
            ["number"],
        ),
        (None, "И. БЕНЕДИКТОВ", "I. BENEDIKTOV", "the signature", ["name"]),
        (None, "Кустанайской", "Kustanai", "the period name of the region", ["name"]),
        (
            None,
            "27 тыс. комбайнов",
            "27,000 combines",
            "тыс. = thousand, at the head of the sentence",
            ["number"],
        ),
        (
            None,
            "РГАНИ, ф. 5, оп. 45, д. 171, лл. 8-13.",
            None,
            "archive reference, not translated",
            ["omission", "number", "date"],
            "minor",
        ),
    ],
    "notes": "Pair; the Russian is OCR'd: a line-break hyphen (Акмолин-/ской) and п for н (целинпых, planted ocr); the archive reference is untranslated. Planted: около 5 центнеров -> about 15 centners (number); Павлодарской -> Kokchetav Region (name, a region); the clause «и хлеб на этих площадях убирать нецелесообразно» dropped (omission); Министерства обороны -> Ministry of Procurement (term, an institution); целинпых (ocr). Traps: 3,4 млн., 42%, почти вдвое = barely half the pace, 2-3 центнеров, 4,5 тыс., 1.200, около трети, 27 тыс., Кустанай, Benediktov.",
}

DOCS["ul05-embassy-note-state-department-seaman-1949"] = {
    "genre": "note of the Soviet embassy to the State Department (page, Russian first, no blank line between the sides)",
    "about": "Invented: the embassy protests the detention of a Soviet seaman taken off a steamer at Baltimore.",
    "page": {
        "date": "February 24, 1949",
        "title": "Note from the Soviet Embassy in Washington to the Department of State on the Detention of Seaman N. P. Sidorenko",
        "ref": "ul-0505",
        "summary": "The embassy protests the detention of a Soviet seaman at Baltimore, the denial of consular access and the losses of the shipping line, and asks for his release.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
        "sep": "\n",
    },
    "ru": """‹1›ПОСОЛЬСТВО
‹2›СОЮЗА СОВЕТСКИХ СОЦИАЛИСТИЧЕСКИХ РЕСПУБЛИК
‹3›№ 38

‹4›Посольство Союза Советских Социалистических Республик свидетельствует свое уважение Государственному Департаменту и имеет честь сообщить следующее.

‹5›11 февраля 1949 года в порту Балтимор иммиграционными властями был снят с советского парохода «Ильич» и задержан матрос второго класса Н. П. Сидоренко. ‹6›Несмотря на неоднократные просьбы капитана судна, представитель советского консульства не был допущен к задержанному в течение пяти суток. ‹7›Пароход был вынужден уйти из порта 16 февраля без Сидоренко, что нанесло пароходству убыток свыше 12 тыс. долларов.

‹8›Посольство располагает сведениями о том, что Сидоренко подвергался давлению с целью склонить его к отказу от возвращения на Родину. ‹9›Посольство рассматривает эти действия как нарушение статьи 4 соглашения между СССР и США от 16 ноября 1933 года.

‹10›Посольство просит Государственный Департамент принять меры к немедленному освобождению Сидоренко и обеспечить его отправку в СССР первым советским судном. ‹u›Посольство также просит сообщить, на каком основании советский гражданин был задержан.

‹12›Посольство пользуется случаем, чтобы возобновить Государственному Департаменту уверения в своем высоком уважении.

‹13›Вашингтон, 24 февраля 1949 года

‹u›Государственному Департаменту
‹u›Вашингтон, Д.К.""",
    "en": """‹1›EMBASSY
‹2›OF THE UNION OF SOVIET SOCIALIST REPUBLICS
‹3›No. 38

‹4›The Embassy of the Union of Soviet Socialist Republics presents its compliments to the Department of State and has the honor to state the following.

‹5›On February 11, 1949, in the port of Baltimore, the immigration authorities took boatswain N. P. Sidorenko off the Soviet steamer Ilyich and detained him. ‹6›In spite of repeated requests by the ship's master, a representative of the Soviet Consulate was not allowed to see the detained man for five days. ‹7›The steamer had to leave port without Sidorenko on February 19, which cost the shipping line over $21,000. ‹u›The Embassy reserves the right to claim compensation for these losses.

‹8›The Embassy has information that Sidorenko was put under pressure to induce him to refuse to go home. ‹9›The Embassy regards these actions as a violation of Article 4 of the agreement between the USSR and the USA of November 16, 1933.

‹10›The Embassy requests the Department of State to take steps for Sidorenko's immediate release and to see that he is sent to the USSR on the first Soviet ship.

‹12›The Embassy avails itself of this opportunity to renew to the Department of State the assurances of its high consideration.

‹13›Washington, February 24, 1949""",
    "required": [
        ("date", "16 февраля", "February 19", "February 16 is given as February 19"),
        (
            "addition",
            None,
            "The Embassy reserves the right to claim compensation",
            "the translation adds a sentence with no original",
        ),
        (
            "title",
            "матрос второго класса",
            "boatswain",
            "an ordinary seaman (second class) is given as a boatswain",
        ),
        ("number", "свыше 12 тыс. долларов", "over $21,000", "12 thousand dollars are given as $21,000"),
        (
            "omission",
            "Посольство также просит сообщить",
            None,
            "the request to state the grounds of the detention is dropped",
        ),
    ],
    "forbidden": [
        (
            None,
            "свидетельствует свое уважение",
            "presents its compliments",
            "the note formula",
            ["term", "omission", "addition"],
        ),
        (None, "в течение пяти суток", "for five days", "сутки = days", ["number", "date"]),
        (None, "«Ильич»", "Ilyich", "the ship's name without quotation marks", ["name", "term"]),
        (
            None,
            "к отказу от возвращения на Родину",
            "refuse to go home",
            "Родина = home, a free rendering",
            ["omission", "term", "name"],
        ),
        (None, "от 16 ноября 1933 года", "of November 16, 1933", "the same date", ["number", "date"]),
        (None, "статьи 4", "Article 4", "the same article", ["number"]),
        (None, "№ 38", "No. 38", "the note's number", ["number"]),
        (None, "Вашингтон, Д.К.", None, "address line, not translated", ["omission"], "minor"),
        (
            None,
            "Вашингтон, 24 февраля 1949 года",
            "Washington, February 24, 1949",
            "the date line",
            ["number", "date"],
        ),
        (
            None,
            "11 февраля 1949 года",
            "On February 11, 1949",
            "the same date",
            ["number", "date"],
        ),
    ],
    "notes": "Russian-first page with no blank line between the sides and no extra header fields; the address lines are untranslated. Planted: 16 февраля -> February 19 (date); an added sentence on compensation (addition); матрос второго класса -> boatswain (title, a ship's rating); свыше 12 тыс. долларов -> over $21,000 (number); the sentence «Посольство также просит сообщить …» dropped (omission). Traps: the note formulas, пяти суток = five days, «Ильич» = Ilyich, Родина = home, 16 ноября 1933 года, статьи 4, № 38, the date line.",
}

DOCS["ul06-minzdrav-report-smallpox-moscow-1960"] = {
    "genre": "report of a ministry to the CC and the Council of Ministers (pair; secrecy mark, sole copy, archive reference)",
    "about": "Invented: the Ministry of Health reports the end of a smallpox outbreak in Moscow: cases, vaccination, quarantine.",
    "ru": """‹u›ГА РФ, ф. Р-8009, оп. 1, д. 1577, лл. 3-6.

‹1›Совершенно секретно
‹2›Экз. единственный

‹3›ЦК КПСС
‹4›Совет Министров СССР

‹5›О ликвидации вспышки натуральной оспы в г. Москве

‹6›Министерство здравоохранения СССР докладывает, что вспышка натуральной оспы, возникшая в Москве в конце декабря 1959 г., ликвидирована. ‹7›Источником заражения явился художник, вернувшийся 23 декабря из поездки в Индию. ‹8›Всего заболело 46 человек, из них умерло 3.

‹9›В течение двух недель в Москве и области привито против оспы 9,6 млн. человек. ‹10›Для этого было изготовлено дополнительно 1,5 млн. доз вакцины Московским институтом вакцин и сывороток им. Мечникова. ‹11›На карантин помещено 662 человека, бывших в контакте с больными. ‹12›Все они находились под наблюдением не менее 14 дней.

‹13›К работе было привлечено более 27 тыс. медицинских работников. ‹14›Большую помощь оказали органы милиции и КГБ в розыске лиц, имевших контакт с заболевшими.

‹15›Министерство считает необходимым обязать Министерство путей сообщения и Аэрофлот усилить санитарный контроль на границе. ‹16›Следует также ввести обязательную ревакцинацию лиц, выезжающих в страны Азии и Африки, не реже одного раза в три года.

‹17›Министр здравоохранения СССР
‹18›С. КУРАШОВ

‹19›20 января 1960 г.""",
    "en": """‹1›Top Secret
‹2›Sole copy

‹3›CC CPSU
‹4›USSR Council of Ministers

‹5›On the suppression of the smallpox outbreak in Moscow

‹6›The USSR Ministry of Health reports that the outbreak of smallpox which began in Moscow at the end of December 1959 has been stamped out. ‹7›The source of infection was an artist who had come back from a trip to India on December 13. ‹8›Altogether 46 people fell ill, four of whom died.

‹9›Within a fortnight 9.6 million people in Moscow and the province were vaccinated against smallpox. ‹10›For this purpose the Gamaleya Institute of Epidemiology and Microbiology produced an extra one and a half million doses of vaccine. ‹11›The 662 people who had been in contact with the sick were quarantined ‹12›and kept under observation for no fewer than fourteen days.

‹13›Over 27,000 medical workers were brought in. ‹14›The militia gave great help in tracing those who had been in contact with the sick.

‹15›The Ministry considers it necessary to instruct the Ministry of Railways and Aeroflot to tighten sanitary control at the frontier. ‹16›Compulsory revaccination should also be introduced for persons travelling to the countries of Asia and Africa, no more than once every three years.

‹17›Minister of Health of the USSR
‹18›S. KURASHOV

‹19›January 20, 1960""",
    "required": [
        ("number", "умерло 3", "four of whom died", "three deaths are given as four"),
        ("date", "23 декабря", "December 13", "December 23 is given as December 13"),
        (
            "term",
            "Московским институтом вакцин и сывороток им. Мечникова",
            "Gamaleya Institute of Epidemiology and Microbiology",
            "the Mechnikov Institute of Vaccines and Sera is given as the Gamaleya Institute",
        ),
        (
            "number",
            "не реже одного раза в три года",
            "no more than once every three years",
            "the bound is reversed: at least once in three years -> no more than once",
        ),
        ("omission", "и КГБ", None, "the KGB's part in tracing contacts is dropped"),
    ],
    "forbidden": [
        (None, "В течение двух недель", "Within a fortnight", "two weeks = a fortnight", ["number", "date"]),
        (None, "9,6 млн. человек", "9.6 million people", "decimal comma; млн. = million", ["number"]),
        (None, "1,5 млн. доз", "one and a half million doses", "1,5 млн. in words", ["number"]),
        (None, "662 человека", "662 people", "the same figure", ["number"]),
        (
            None,
            "не менее 14 дней",
            "no fewer than fourteen days",
            "the same bound in words",
            ["number", "date"],
        ),
        (None, "более 27 тыс.", "Over 27,000", "более = over; тыс. = thousand", ["number"]),
        (None, "Экз. единственный", "Sole copy", "the copy mark", ["number", "term", "omission"]),
        (
            None,
            "в конце декабря 1959 г.",
            "end of December 1959",
            "the same period",
            ["number", "date"],
        ),
        (None, "органы милиции", "The militia", "органы милиции = the militia", ["term"]),
        (
            None,
            "Министерство путей сообщения",
            "Ministry of Railways",
            "the usual English name",
            ["term", "name"],
        ),
        (
            None,
            "ГА РФ, ф. Р-8009, оп. 1, д. 1577, лл. 3-6.",
            None,
            "archive reference, not translated",
            ["omission", "number", "date"],
            "minor",
        ),
    ],
    "notes": "Pair; the archive reference is untranslated; two Russian sentences are joined in the English. Planted: умерло 3 -> four died (number); 23 декабря -> December 13 (date); the Mechnikov institute -> the Gamaleya Institute (term, an institution); не реже одного раза в три года -> no more than once every three years (bound reversed); «и КГБ» dropped (omission). Traps: двух недель = a fortnight, 9,6 млн., 1,5 млн. in words, 662, не менее 14 дней = no fewer than fourteen days, более 27 тыс. = Over 27,000, Экз. единственный = Sole copy, органы милиции = the militia, МПС = Ministry of Railways.",
}
