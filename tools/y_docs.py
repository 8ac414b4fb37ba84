# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented y documents of archival-own (read by build_archival_y.py): apparatus and cascading segmentation.

Layouts the earlier batches lack: apparatus on either side (a letterhead, distribution lists, receipt and
decipher notes, a translator's credit, a FRUS-style heading, numbered footnotes with different texts on the two
sides, a clerk's file note, stamps, signature blocks) and segmentation traps (a word broken across a sheet mark,
abbreviations that do not end a sentence, a heading ending in ':' before numbered items, a newspaper with its
date, sections with no blank line, 1-3 splits and 3-1 joins, a ';' split). Every text is invented (persons are
real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

_APP = ["omission", "addition", "number", "date", "name", "title", "term"]

DOCS["y01-frus-note-frontier-1950"] = {
    "genre": "note printed FRUS-style (page, translation first, footnotes with different texts)",
    "about": "Invented: the Soviet note protesting at an American bomber over Cape Gamov, as an American edition prints it, with the Russian file copy and its distribution list.",
    "page": {
        "date": "September 6, 1950",
        "title": "Note from the USSR Ministry of Foreign Affairs to the Embassy of the United States",
        "ref": "yd-0101",
        "translator": "Department of State",
        "summary": "The Soviet Government protests at a bomber with American markings that crossed the frontier near Cape Gamov and fired on Soviet fighters.",
        "fields": [
            ("Associated Places", "Cape Gamov (Russia); Primorsky Krai (Russia)"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹u›No. 412

‹u›761.5411/9-650: Telegram

‹u›The Chargé in the Soviet Union (Barbour) to the Secretary of State

‹u›[Translation]

‹1›NOTE

‹2›The Ministry of Foreign Affairs of the U.S.S.R., on the instructions of the Soviet Government, states the following to the Embassy of the United States of America.

‹3›On September 4, 1950, at 13 hours 44 minutes local time, a twin-engined bomber with the markings of the United States Air Force violated the State frontier of the U.S.S.R. in the area of Cape Gamov, penetrating 12 kilometres into Soviet territory.1 ‹4›Two Soviet fighters which went up to meet it signalled the aircraft to follow them to an airfield. ‹5›In reply the bomber opened fire on them, whereupon the Soviet fighters were compelled to return the fire.

[Page 692]

‹7›The Soviet Government lodges an emphatic protest with the Government of the U.S.A. against this new gross violation of the Soviet frontier by American military aircraft. ‹8›The Soviet Government insists that the Government of the U.S.A. take strict measures to prevent such violations in future and punish those guilty. ‹u›It also expects to be informed without delay of the measures taken.

‹9›Moscow, September 6, 1950.

‹u›1 The Navy Department informed the Department on September 8 that the aircraft, a P2V Neptune, had been flying 30 miles off the coast. – Ed.""",
    "ru": """‹u›АВП РФ, ф. 07, оп. 23а, п. 18, д. 235, л. 41-42.

‹1›НОТА

‹2›Министерство Иностранных Дел СССР по поручению Советского Правительства заявляет Посольству Соединенных Штатов Америки следующее.

‹3›4 сентября 1950 г. в 13 час. 44 мин. по местному времени¹ двухмоторный бомбардировщик с опознавательными знаками ВВС США нарушил государственную границу СССР в районе мыса Гамова, углубившись на советскую территорию на 8 километров. ‹4›Поднявшиеся ему навстречу два советских истребителя предложили самолету следовать за ними на аэродром. ‹5›В ответ на это бомбардировщик открыл по ним огонь, после чего советские истребители были вынуждены ответить огнем. ‹u›Бомбардировщик повернул в сторону моря и скрылся.

‹7›Советское Правительство заявляет Правительству США решительный протест против этого нового грубого нарушения советской границы американскими военными самолетами. ‹8›Советское Правительство настаивает на том, чтобы Правительство США приняло строгие меры к недопущению впредь подобных нарушений и наказало виновных.

‹9›Москва, 6 сентября 1950 г.

‹u›Разослать: т.т. Сталину, Молотову, Маленкову, Берия, Булганину, Вышинскому, Громыко.

‹u›¹ Здесь и далее время хабаровское. – Ред.""",
    "required": [
        ("number", "на 8 километров", "12 kilometres", "the bomber went 8 km into Soviet territory, not 12"),
        (
            "omission",
            "Бомбардировщик повернул",
            None,
            "the sentence on the bomber turning out to sea is not translated (just before the edition's page mark)",
        ),
        (
            "addition",
            None,
            "It also expects to be informed",
            "the sentence asking to be informed of the measures has no original",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 07", None, "archive reference", _APP, "minor"),
        (None, None, "No. 412", "the edition's document number", _APP, "minor"),
        (None, None, "761.5411/9-650: Telegram", "the edition's file number", _APP, "minor"),
        (None, None, "The Chargé in the Soviet Union", "the edition's heading", _APP, "minor"),
        (None, None, "[Translation]", "the edition's mark", _APP, "minor"),
        (None, None, "[Page 692]", "the edition's page mark", _APP, "minor"),
        (None, "4 сентября 1950 г.", "September 4, 1950", "the same date", ["number", "date"]),
        (None, "в 13 час. 44 мин.", "13 hours 44 minutes", "the same clock time", ["number", "date"]),
        (None, "времени¹", "territory.1", "footnote marks at different places", ["number", "date"]),
        (None, "два советских", "Two Soviet fighters", "the same count", ["number"]),
        (None, "6 сентября 1950 г.", "September 6, 1950.", "the same date", ["number", "date"]),
        (None, "Разослать: т.т.", None, "a distribution list", _APP, "minor"),
        (None, "¹ Здесь и далее", None, "the Russian edition's footnote", _APP, "minor"),
        (None, None, "1 The Navy Department", "the American edition's footnote, another text", _APP, "minor"),
        (None, ("США", "ВВС США"), "United States Air Force", "ВВС США spelt out", ["name", "term"], "minor"),
    ],
    "notes": "Translation-first page, FRUS-style heading (document number, file number, heading, [Translation]), [Page 692] where a sentence is missing, a footnote on each side with a different text. Planted: 8 km -> 12 kilometres (number); the sentence on the bomber turning out to sea omitted; a sentence asking to be informed added.",
}

DOCS["y02-telegram-peking-railway-specialists-1950"] = {
    "genre": "ciphered telegram (page, Russian first, receipt and decipher notes, file note, distribution)",
    "about": "Invented: the ambassador in Peking reports Zhou Enlai's request for railway specialists and locomotives.",
    "page": {
        "date": "September 2, 1950",
        "title": "Ciphered Telegram, Roshchin to Filippov [Stalin]",
        "ref": "yd-0102",
        "translator": "S. Kwan",
        "summary": "Zhou Enlai asks for 320 Soviet railway specialists for the Northeast and for the locomotives promised in July.",
        "fields": [
            (
                "Original Archive",
                "Archive of the President of the Russian Federation (APRF), Fond 3, Opis 65, Delo 827 (constructed reference)",
            ),
            ("Associated People & Organizations", "Zhou, Enlai, 1898-1976; Roshchin, N. V."),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АП РФ, ф. 3, оп. 65, д. 827, л. 112-113.

СОВ. СЕКРЕТНО
Экз. № 2

ШИФРТЕЛЕГРАММА

‹u›Из ПЕКИНА
Получено 3.IX.50 г. в 14.20
‹u›Расшифровал Семенов 3.IX.50 г. в 16.05

‹5›МОСКВА – т. ФИЛИППОВУ

‹6›2 сентября я посетил Чжоу Энь-лая и передал ему Ваш ответ о поставках угля. ‹7›Чжоу Энь-лай сообщил, что ЦК КПК рассмотрел вопрос о советских специалистах для железных дорог Северо-Востока, т.е. для КЧЖД и линии Мукден – Аньдун. ‹8›Китайская сторона просит направить 320 специалистов: путейцев, связистов, паровозников и т.д. в соответствии с приложенным списком.

‹9›По словам Чжоу Энь-лая, т.т. Гао Ган и Ли Фу-чунь уже подготовили помещения для специалистов в Мукдене и Харбине. ‹10›Первую группу желательно принять до 15 октября с.г.

‹11›Далее Чжоу Энь-лай передал просьбу Мао Цзэ-дуна ускорить отправку 40 паровозов серии ФД, обещанных в июле. ‹12›Я ответил, что доложу об этом в Москву.

‹13›РОЩИН

Разослать: т.т. Сталину, Молотову, Маленкову, Берия, Микояну, Кагановичу, Булганину.
‹u›В дело. 12.IX. Подпись неразборчива.""",
    "en": """TOP SECRET
Copy No. 2

CIPHERED TELEGRAM

Received September 3, 1950, at 14:20

‹5›MOSCOW – to Comrade FILIPPOV

‹6›On September 2 I called on Chou En-lai and handed him your reply on the coal deliveries. ‹7›Chou En-lai said that the CC CPC had considered the question of Soviet specialists for the railways of the Northeast, i.e. for the Chinese Changchun Railway and the Mukden – Antung line. ‹8›The Chinese side asks for 320 specialists – track men, signalmen, locomotive men, etc. – as in the attached list.

‹9›According to Chou En-lai, Cdes. Kao Kang and Li Fu-chun have already got quarters ready for the specialists in Mukden and Harbin. ‹10›It would be desirable to receive the first group before October 15 of this year. ‹u›The Chinese side will pay the specialists' salaries in yuan at the rate fixed by the agreement.

‹11›Chou En-lai then passed on Mao Tse-tung's request to speed up the dispatch of the 14 FD-class locomotives promised in July. ‹12›I replied that I would report this to Moscow.

‹13›ROSHCHIN

Distribution: Cdes. Stalin, Molotov, Malenkov, Beria, Mikoyan, Kaganovich, Bulganin.
‹u›[Handwritten in the margin: "To Cde. Kaganovich. Urgent. St."]""",
    "required": [
        ("number", "40 паровозов", "14 FD-class", "40 locomotives are given as 14"),
        (
            "addition",
            None,
            "The Chinese side will pay",
            "the sentence on salaries paid in yuan has no original",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 3", None, "archive reference", _APP, "minor"),
        (None, "Экз. № 2", "Copy No. 2", "the copy number", _APP, "minor"),
        (None, "Из ПЕКИНА", None, "the place of dispatch, not rendered", _APP, "minor"),
        (
            None,
            "Получено 3.IX.50 г. в 14.20",
            "Received September 3, 1950, at 14:20",
            "the receipt note rendered",
            _APP,
            "minor",
        ),
        (None, "Расшифровал Семенов", None, "the decipher note", _APP, "minor"),
        (None, "2 сентября", "On September 2", "the same date", ["number", "date"]),
        (
            None,
            "т.е. для КЧЖД",
            "i.e. for the Chinese",
            "т.е. inside a sentence, КЧЖД spelt out",
            ["name", "term", "omission", "addition"],
            "minor",
        ),
        (None, "320 специалистов", "320 specialists", "the same count", ["number"]),
        (
            None,
            "и т.д. в соответствии",
            "etc. – as in",
            "и т.д. inside a sentence",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "т.т. Гао Ган",
            "Cdes. Kao Kang",
            "т.т. and Cdes. inside a sentence",
            ["omission", "addition", "name"],
            "minor",
        ),
        (None, "до 15 октября с.г.", "before October 15 of this year", "the same date", ["number", "date"]),
        (None, "Разослать: т.т.", "Distribution: Cdes.", "the distribution list rendered", _APP, "minor"),
        (None, "В дело. 12.IX.", None, "the clerk's file note", _APP, "minor"),
        (None, None, "[Handwritten in the margin", "a marginal note of the edition", _APP, "minor"),
        (None, "серии ФД", "FD-class", "a locomotive series", ["name", "term"], "minor"),
    ],
    "notes": "Russian-first page of a ciphered telegram with its receipt note rendered, the decipher note and the place of dispatch left untranslated, a distribution list on both sides, a file note and a marginal note one-sided. Segmentation: т.е., и т.д., т.т. and Cdes. inside sentences. Planted: 40 паровозов -> 14 locomotives (number); a sentence on salaries added.",
}

DOCS["y03-letter-tirana-teachers-ocr-1952"] = {
    "genre": "letter (page, OCR on both sides, a word broken across a sheet mark, letterhead)",
    "about": "Invented: the Soviet Ministry of Higher Education to the Albanian Minister of Education on sending teachers, OCR'd on both sides.",
    "page": {
        "date": "July 14, 1952",
        "title": "Letter from V. N. Stoletov to the Minister of Education of the People's Republic of Albania",
        "ref": "yd-0103",
        "translator": "E. Drury",
        "summary": "The Ministry agrees to send twelve teachers to Tirana and asks for quarters and interpreters.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
        "sep": "\n\n\n",
    },
    "ru": """МИНИСТЕРСТВО ВЫСШЕГО ОБРАЗОВАНИЯ СССР
Москва, ул. Жданова, 11
14 июля 1952 г.
№ 1142/ин

‹1›Министру Просвещения
‹2›Народной Республики Албании
‹3›т. Т. ДЕМИ

‹4›Уважаемый товарищ Министр!

‹5›Министерство Высшего Образования СССР, рассмотрев Вашу просьбу от 2 июня с.г., со-
гласно направить в Тиранский Государственный Университет в 1952/53 учебном году 12 пре-
подавателей, в том числе 4 по физике и математике и 3 по химии. ‹6›Преподаватели прибудут в Тирану не позднее 1 сентября 1952 г. ‹u›Срок их командировки устанавливается в два года.

‹7›Просим Вас обеспечить преподавателей благоустроенными квартирами и выделить для работы с ними не менее шести переводчиков. ‹8›Заработную плату преподавателям прошу установить в соответствии с Соглашением о культурном сотрудничестве между СССР и НРА от 19 марта 1951 г. ‹9›Расходы по проезду преподавателей и их семей до Тираны и обратно Министерство принимает на себя. ‹10›Списки преподавателей с указанием их специальностей будут направлены Вам через Посольство СССР в Тиране не позднее 1 августа. ‹11›Одновременно сообщаю, что Министерство готово принять в 1952 г. на учебу в вузы СССР 45 албанских студентов.

‹12›Сприветом

‹13›Заместитель Министра
‹14›Высшего Образования СССР В. СТОЛЕТОВ

‹u›Отп. 4 экз.
‹u›1 - адресату
‹u›2 - Посольству СССР в НРА
‹u›3 - ОМС
‹u›4 - в дело
‹u›Исп. Громова, т. К 5-24-17""",
    "en": """MINISTRY OF HIGHER EDUCATION OF THE U.S.S.R.
11 Zhdanov Street, Moscow
July 14, 1952
No. 1142/in

‹1›To the Minister of Education
‹2›of the Peopl's Republic of Albania
‹3›Comrade T. DEMI

‹4›Dear Comrade Minister,

‹5›Having considered your request of June 2 of this year, the Ministry of Higher Education of the U.S.S.R. agrees to send 12 teachers to the Tirana State University for the 1952/53 academic year, including 4 in physics and mathematics and 3 in chemistry. ‹6›They will arrive in Tirana not later than September 1, 1952.

‹7›1 ask you to provide the teachers with well-appointed flats and to assign not fewer than six interpreters to work with them. ‹8›1 request that the teachers' salaries be fixed in accordance with the Agreement on Cultural Co-operation between the U.S.S.R. and the P.R.A. of March 19, 1951. ‹9›The Ministry will bear the costs of the teachers' and their families' journey to Tirana and back. ‹10›Lists of the teachers, with their specialities, will be sent to you through the Embassy of the U.S.S.R. in Tirana not later than August 1. ‹11›At the same time 1 am glad to inform you that the Ministry is prepared to admit 54 Albanian students to higher educational establishments of the U.S.S.R. in 1952.

‹12›With greetings,

‹13›Deputy Minister of
‹14›Higher Education of the U.S.S.R. V. STOLETOV""",
    "dehyphenated": ["согласно", "преподавателей"],
    "required": [
        ("number", "45 албанских", "54 Albanian", "45 Albanian students are given as 54"),
        (
            "omission",
            "Срок их командировки",
            None,
            "the sentence fixing the teachers' stay at two years is not translated",
        ),
    ],
    "expected": [
        ("ocr", "Сприветом", None, "'Сприветом' is two words run together (С приветом)"),
    ],
    "forbidden": [
        (
            None,
            "МИНИСТЕРСТВО ВЫСШЕГО ОБРАЗОВАНИЯ СССР",
            "MINISTRY OF HIGHER EDUCATION",
            "the letterhead",
            _APP,
            "minor",
        ),
        (None, "ул. Жданова, 11", "11 Zhdanov Street", "the letterhead's address", _APP, "minor"),
        (None, "14 июля 1952 г.", "July 14, 1952", "the same date", ["number", "date"]),
        (None, "№ 1142/ин", "No. 1142/in", "the outgoing number", _APP, "minor"),
        (
            None,
            "Народной Республики Албании",
            "Peopl's Republic",
            "OCR 'Peopl's' for People's",
            ["ocr", "name", "term"],
            "minor",
        ),
        (None, "т. Т. ДЕМИ", "Comrade T. DEMI", "т. before an initial", ["name", "omission"], "minor"),
        (None, "от 2 июня с.г.", "of June 2 of this year", "the same date", ["number", "date"]),
        (None, "1952/53 учебном году", "1952/53 academic year", "the same academic year", ["number", "date"]),
        (None, "12 пре-", "12 teachers", "a count before a word broken at a line's end", ["number"]),
        (None, "4 по физике", "4 in physics", "the same count", ["number"]),
        (None, "3 по химии", "3 in chemistry", "the same count", ["number"]),
        (None, "1 сентября 1952 г.", "September 1, 1952", "the same date", ["number", "date"]),
        (None, "не менее шести", "six interpreters", "a number in words", ["number"]),
        (None, None, "1 ask you", "OCR '1' for 'I'", ["number", "addition"], "minor"),
        (None, None, "1 request that", "OCR '1' for 'I'", ["number", "addition"], "minor"),
        (None, None, "1 am glad", "OCR '1' for 'I'", ["number", "addition"], "minor"),
        (None, "19 марта 1951 г.", "March 19, 1951", "the same date", ["number", "date"]),
        (
            None,
            ("НРА", "СССР и НРА"),
            "P.R.A.",
            "the same abbreviation in Latin letters",
            ["name", "term"],
            "minor",
        ),
        (None, "1 августа", "August 1", "the same date", ["number", "date"]),
        (None, "Отп. 4 экз.", None, "the typist's line", _APP, "minor"),
        (None, "1 - адресату", None, "the copy list", _APP, "minor"),
        (None, "Исп. Громова", None, "the executor and telephone", _APP, "minor"),
    ],
    "notes": "Russian-first page with wide gaps, a letterhead on both sides, OCR on both sides: words broken at line ends (со-/гласно, пре-/подавателей with a count before it), 'Peopl's', '1 ask', '1 request', '1 am', Сприветом. Planted: 45 -> 54 students (number); the sentence on the two-year stay omitted.",
}

DOCS["y04-report-newspapers-march-1953"] = {
    "genre": "report (pair, numbered proposals after a ':' heading, no blank lines between sections)",
    "about": "Invented: the Ministry of Communications reports on delivering the mourning issues of the newspapers in March 1953.",
    "ru": """‹h1›Секретно
‹h2›ЦК КПСС
‹h3›тов. СУСЛОВУ М. А.
‹1›Министерство связи СССР докладывает о доставке центральных газет в период с 5 по 10 марта 1953 г.
‹2›Газета «Правда» от 5.III.53 доставлена в областные центры европейской части СССР в день выхода, в Сибирь и на Дальний Восток – с опозданием от одних до трех суток. ‹3›Тираж номера «Правды» от 6.III.53 был увеличен до 3,4 млн. экземпляров; ‹4›дополнительный тираж печатался в Москве, Ленинграде, Киеве и Свердловске; ‹5›для его перевозки было выделено 12 самолетов ГВФ.
‹6a›В ряде районов газеты опоздали. ‹6b›Причиной были снежные заносы на дорогах. ‹6c›В Кировской и Молотовской областях почта доставлялась на лошадях.
‹7›В Якутской АССР, на Камчатке и на Чукотке газеты от 6-9 марта поступили в районы лишь 16-18 марта, ‹7b›так как самолеты Полярной авиации в эти дни не летали из-за метели, ‹7c›а радиофототелеграфная передача полос газет в Хабаровск была прервана на 14 часов из-за аварии на линии.
‹8›Подписчики в сельской местности получили газеты в среднем на 2 дня позже обычного.
‹9›В целях улучшения доставки газет Министерство связи предлагает:
‹10›1. Организовать в 1953 г. прием газетных полос по фототелеграфу в Новосибирске, Иркутске и Хабаровске.
‹11›2. Выделить Министерству связи дополнительно 8 самолетов Ли-2 для перевозки почты в районы Крайнего Севера.
‹u›3. Обязать Министерство путей сообщения включать почтовые вагоны в составы скорых поездов без ограничения.
‹12›4. Увеличить штат почтальонов сельских отделений связи на 2.600 единиц.
‹13›Министр связи СССР
‹14›Н. ПСУРЦЕВ
‹15›11 марта 1953 г.""",
    "en": """‹h1›Secret
‹h2›CC CPSU
‹h3›To Comrade M. A. SUSLOV
‹1›The Ministry of Communications of the U.S.S.R. reports on the delivery of the central newspapers between March 5 and 10, 1953.
‹2›Pravda of March 5, 1953, reached the regional centres of the European part of the U.S.S.R. on the day of publication, and Siberia and the Far East one to three days late. ‹3›The print run of the issue of Pravda of March 6 was raised to 3.4 million copies. ‹4›The extra copies were printed in Moscow, Leningrad, Kiev and Sverdlovsk. ‹5›Twelve Civil Air Fleet aircraft were assigned to carry them.
‹6a›In a number of districts the newspapers were late ‹6b›because of snowdrifts on the roads, ‹6c›and in Kirov and Molotov regions the mail was carried by horse.
‹7›In the Yakut A.S.S.R., Kamchatka and Chukotka the papers of March 6-9 reached the districts only on March 16-18. ‹7b›The aircraft of the Polar Aviation did not fly on those days because of blizzards. ‹7c›The transmission of newspaper pages by photo-telegraph to Khabarovsk was interrupted for 14 hours by a breakdown on the line.
‹8›Subscribers in the countryside received their papers on average 2 days later than usual.
‹9›To improve the delivery of newspapers the Ministry of Communications proposes:
‹10›1. To organize in 1953 the reception of newspaper pages by photo-telegraph in Novosibirsk, Irkutsk and Khabarovsk.
‹11›2. To allocate to the Ministry of Communications an additional 18 Li-2 aircraft to carry mail to the Far North.
‹12›3. To increase the staff of postmen of the rural post offices by 2,600.
‹13›Minister of Communications of the U.S.S.R.
‹14›N. PSURTSEV
‹15›March 11, 1953""",
    "required": [
        ("number", "8 самолетов Ли-2", "18 Li-2", "8 more Li-2 aircraft are given as 18"),
        (
            "omission",
            "3. Обязать Министерство путей",
            None,
            "proposal 3 (mail vans on express trains) is not translated; the English renumbers 4 as 3",
        ),
    ],
    "forbidden": [
        (
            None,
            "с 5 по 10 марта 1953 г.",
            "between March 5 and 10, 1953",
            "the same date range",
            ["number", "date"],
        ),
        (
            None,
            "«Правда» от 5.III.53",
            "Pravda of March 5, 1953",
            "a newspaper with its date",
            ["number", "date", "name"],
            "minor",
        ),
        (None, "от одних до трех суток", "one to three days", "сутки as days", ["number", "date"]),
        (None, "от 6.III.53", "Pravda of March 6", "a newspaper's date", ["number", "date"]),
        (None, "3,4 млн.", "3.4 million", "a decimal comma", ["number"]),
        (
            None,
            "дополнительный тираж",
            "The extra copies",
            "a ';' sentence split",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "для его перевозки",
            "Twelve Civil Air Fleet",
            "a ';' sentence split, a number in words",
            ["omission", "addition", "number"],
            "minor",
        ),
        (
            None,
            "Причиной были",
            "because of snowdrifts",
            "three sentences joined",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "Кировской и Молотовской",
            "Kirov and Molotov regions",
            "regions as adjectives",
            ["name", "omission"],
            "minor",
        ),
        (None, "от 6-9 марта", "March 6-9", "the same range", ["number", "date"]),
        (None, "16-18 марта", "March 16-18", "the same range", ["number", "date"]),
        (
            None,
            None,
            "The aircraft of the Polar Aviation",
            "a sentence split in three",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            None,
            "The transmission of newspaper pages",
            "a sentence split in three",
            ["omission", "addition"],
            "minor",
        ),
        (None, "на 14 часов", "for 14 hours", "the same duration", ["number", "date"]),
        (None, "на 2 дня", "2 days later", "the same duration", ["number", "date"]),
        (None, "1. Организовать", "1. To organize", "an item number", ["number"]),
        (None, "в 1953 г.", "in 1953", "the same year", ["number", "date"]),
        (
            None,
            "4. Увеличить",
            "3. To increase",
            "an item renumbered after the omitted item",
            ["number"],
            "minor",
        ),
        (None, "2.600 единиц", "2,600", "thousands dot", ["number"]),
        (None, "11 марта 1953 г.", "March 11, 1953", "the same date", ["number", "date"]),
    ],
    "notes": "Pair with no blank lines: a newspaper with its date (5.III.53), a ';' sentence split in three, three sentences joined (two marks on one side), one long sentence split in three, a heading ending in ':' before numbered items. Planted: 8 Li-2 -> 18 (number); item 3 omitted, the English renumbering item 4 as 3.",
}

DOCS["y05-letter-machinoimport-turbines-1956"] = {
    "genre": "business letter (page, translation first, letterhead and translator's credit, signature blocks)",
    "about": "Invented: V/O Machinoimport to a British firm on the delivery of turbines, with the firm's file translation.",
    "page": {
        "date": "June 12, 1956",
        "title": "Letter from V/O Machinoimport to Messrs. John Brown & Co. Ltd.",
        "ref": "yd-0105",
        "translator": "the Foreign Trade Translation Bureau",
        "summary": "Machinoimport asks for the second and third turbines to be shipped earlier and complains of damaged packing.",
        "fields": [
            (
                "Original Archive",
                "Russian State Archive of the Economy (RGAE), Fond 413, Opis 31, Delo 1176 (constructed reference)",
            ),
            ("Associated Places", "Clydebank (United Kingdom); Leningrad (Russia)"),
        ],
        "contents": ["English Translation", "Russian Original"],
        "order": ["en", "ru"],
    },
    "en": """‹u›Translated from the Russian by the Foreign Trade Translation Bureau, London.

MINISTRY OF FOREIGN TRADE OF THE U.S.S.R.
ALL-UNION EXPORT-IMPORT CORPORATION "MACHINOIMPORT"
32/34 Smolenskaya-Sennaya Square, Moscow G-200
Telephone G 4-31-00. Cables: MACHINOIMPORT MOSCOW

No. 17-4/318
June 12, 1956

‹1›Messrs. John Brown & Co. Ltd.,
‹2›Clydebank, Scotland

‹3›Dear Sirs,

‹4›We acknowledge receipt of your letter of May 28 concerning Contract No. 17-4/1055 for the supply of three steam turbines of 25,000 kW each. ‹5›We note that the first turbine was shipped on the s.s. "Baltika" on May 19 and arrived at Leningrad on May 26. ‹6›On unloading, three cases of the consignment were found to be damaged. ‹7›A report drawn up by the port authorities and by Mr. A. Gray, your representative, is enclosed.

‹8›We should be obliged if you would ship the second and third turbines not later than August 15 and September 30 respectively, i.e. a month earlier than the contract dates. ‹9›Messrs. Ivanov and Kovalenko, our engineers, will be in Clydebank from July 2 to inspect the turbines before shipment. ‹u›They will also discuss with you the training of Soviet fitters at your works.

‹10›We should appreciate your early reply.

‹11›Yours faithfully,
‹12›ALL-UNION CORPORATION "MACHINOIMPORT"
‹13›Deputy Chairman (V. Rozhkov)
‹14›Chief of Department (A. Sinelnikov)

Encl.: 1""",
    "ru": """МИНИСТЕРСТВО ВНЕШНЕЙ ТОРГОВЛИ СОЮЗА ССР
ВСЕСОЮЗНОЕ ЭКСПОРТНО-ИМПОРТНОЕ ОБЪЕДИНЕНИЕ «МАШИНОИМПОРТ»
Москва Г-200, Смоленская-Сенная пл., 32/34
Телефон Г 4-31-00. Телеграфный адрес: МОСКВА МАШИНОИМПОРТ

№ 17-4/318
12 июня 1956 г.

‹1›Фирме «Джон Браун и Ко. Лтд.»
‹2›Клайдбэнк, Шотландия

‹3›Уважаемые господа!

‹4›Подтверждаем получение Вашего письма от 28 мая по контракту № 17-4/1055 на поставку трех паровых турбин мощностью 25 тыс. квт каждая. ‹5›Принимаем к сведению, что первая турбина отгружена на т/х «Балтика» 19 мая и прибыла в Ленинград 26 мая. ‹6›При выгрузке обнаружено повреждение пяти ящиков партии. ‹7›Акт, составленный портовыми властями и Вашим представителем г-ном А. Греем, прилагается.

‹8›Просим Вас отгрузить вторую и третью турбины не позднее 15 августа и 30 сентября соответственно, т.е. на месяц раньше сроков, предусмотренных контрактом. ‹9›Наши инженеры г.г. Иванов и Коваленко прибудут в Клайдбэнк 2 июля для приемки турбин перед отгрузкой.

‹10›Просим не задержать ответом.

‹11›С уважением
‹12›ВСЕСОЮЗНОЕ ОБЪЕДИНЕНИЕ «МАШИНОИМПОРТ»
‹13›Зам. Председателя (В. Рожков)
‹14›Начальник Отдела (А. Синельников)

Приложение: упомянутое, на 2 листах.""",
    "required": [
        ("number", "пяти ящиков", "three cases", "five damaged cases are given as three"),
        (
            "addition",
            None,
            "They will also discuss with you",
            "the sentence on training Soviet fitters has no original",
        ),
    ],
    "forbidden": [
        (None, None, "Translated from the Russian", "the translator's credit", _APP, "minor"),
        (None, "МИНИСТЕРСТВО ВНЕШНЕЙ ТОРГОВЛИ", "MINISTRY OF FOREIGN TRADE", "the letterhead", _APP, "minor"),
        (
            None,
            "Смоленская-Сенная пл., 32/34",
            "32/34 Smolenskaya-Sennaya",
            "the letterhead's address",
            _APP,
            "minor",
        ),
        (None, "Телефон Г 4-31-00", "Telephone G 4-31-00", "the letterhead's telephone", _APP, "minor"),
        (None, "№ 17-4/318", "No. 17-4/318", "the outgoing number", _APP, "minor"),
        (None, "12 июня 1956 г.", "June 12, 1956", "the same date", ["number", "date"]),
        (
            None,
            "«Джон Браун и Ко. Лтд.»",
            "John Brown & Co. Ltd.",
            "a firm through Russian",
            ["name", "omission"],
            "minor",
        ),
        (None, "от 28 мая", "of May 28", "the same date", ["number", "date"]),
        (None, "№ 17-4/1055", "No. 17-4/1055", "the contract number", ["number"]),
        (None, "25 тыс. квт", "25,000 kW", "тыс.", ["number"]),
        (None, "трех паровых", "three steam", "a number in words", ["number"]),
        (None, "19 мая", "May 19", "the same date", ["number", "date"]),
        (None, "26 мая", "May 26", "the same date", ["number", "date"]),
        (
            None,
            "г-ном А. Греем",
            "Mr. A. Gray",
            "Mr. inside a sentence, a name in the instrumental",
            ["name", "omission", "addition"],
            "minor",
        ),
        (None, "15 августа", "August 15", "the same date", ["number", "date"]),
        (None, "30 сентября", "September 30", "the same date", ["number", "date"]),
        (
            None,
            "т.е. на месяц",
            "i.e. a month earlier",
            "т.е. inside a sentence",
            ["number", "omission", "addition"],
            "minor",
        ),
        (
            None,
            "г.г. Иванов",
            "Messrs. Ivanov",
            "г.г. and Messrs. inside a sentence",
            ["name", "omission", "addition"],
            "minor",
        ),
        (None, "2 июля", "July 2", "the same date", ["number", "date"]),
        (
            None,
            "Зам. Председателя",
            "Deputy Chairman",
            "the signature block",
            ["title", "name", "omission"],
            "minor",
        ),
        (None, None, "Encl.: 1", "the enclosure line", _APP, "minor"),
        (None, "Приложение: упомянутое", None, "the enclosure line", _APP, "minor"),
    ],
    "notes": "Translation-first page, contents named 'English Translation' / 'Russian Original', a translator's credit opening the English, a letterhead with address, telephone and cable address on both sides, signature blocks with titles, an enclosure line on each side with different wording. Segmentation: Messrs., Mr., г-ном, г.г., т.е., Co. Ltd. Planted: пяти ящиков -> three cases (number); a sentence on training fitters added.",
}

DOCS["y06-record-lebedev-kekkonen-1958"] = {
    "genre": "record of conversation (pair, an incoming stamp, numbered footnotes with different texts)",
    "about": "Invented: the ambassador in Helsinki records a talk with President Kekkonen on the Saimaa canal and trade.",
    "ru": """ЦК КПСС
2-й сектор
Вх. № 04512
17.XI.58

Секретно. Экз. № 1

‹1›ИЗ ДНЕВНИКА
‹2›ЛЕБЕДЕВА В. З.

‹3›ЗАПИСЬ БЕСЕДЫ
‹4›с Президентом Финляндии У. К. Кекконеном

‹5›12 ноября 1958 г.

‹6›По приглашению Кекконена посетил его в президентском дворце. ‹7›Беседа продолжалась 1 час 20 мин.

‹8›Кекконен сказал, что финское правительство хотело бы возобновить переговоры об аренде Сайменского канала¹, прерванные в 1957 г. ‹9›По его словам, в правительстве нет единого мнения о сроке аренды: одни министры предлагают 50 лет, другие – 25. ‹10›Сам Кекконен склоняется к сроку в 50 лет.

‹11›Далее Кекконен затронул вопрос о торговле. ‹12›Он заявил, что Финляндия не сможет в 1959 г. закупить в СССР 600 тыс. тонн нефти, как предусмотрено торговым протоколом², если советская сторона не увеличит закупок финских судов. ‹u›Верфи в Турку и Хельсинки загружены советскими заказами только на 70 процентов.

‹13›Я ответил, что передам его соображения в Москву.

‹14›ПОСОЛ СССР В ФИНЛЯНДИИ
‹15›В. ЛЕБЕДЕВ

‹u›¹ Сайменский канал с 1944 г. находится на советской территории.
‹u›² Имеется в виду торговый протокол на 1959 г., подписанный 24 октября 1958 г.

‹u›Разослать: членам Президиума ЦК КПСС, т.т. Громыко, Патоличеву.""",
    "en": """[Stamp: CC CPSU, 2nd Sector, Incoming No. 04512, 17.XI.58]

‹u›[Stamp: SECRET]

‹1›FROM THE JOURNAL OF
‹2›V. Z. LEBEDEV

‹3›RECORD OF CONVERSATION
‹4›with the President of Finland U. K. Kekkonen

‹5›November 12, 1958

‹6›At Kekkonen's invitation I called on him at the Presidential Palace. ‹7›The conversation lasted 1 hour 20 minutes.

‹8›Kekkonen said that the Finnish Government would like to resume the negotiations on the lease of the Saimaa Canal1, which had been broken off in 1957. ‹9›According to him, there was no agreement in the Government on the term of the lease: some ministers proposed 50 years, others 25. ‹10›Kekkonen himself inclined to a term of 15 years.

‹11›Kekkonen then raised the question of trade. ‹12›He stated that in 1959 Finland would not be able to buy 600,000 tons of oil from the U.S.S.R., as provided for by the trade protocol2, unless the Soviet side increased its purchases of Finnish ships.

‹13›I replied that I would pass his views on to Moscow.

‹14›AMBASSADOR OF THE U.S.S.R. IN FINLAND
‹15›V. LEBEDEV

‹u›1 The canal's lower reaches, with the Vyborg end, were ceded to the U.S.S.R. in 1944; the lease was agreed in 1962. – Trans.
‹u›2 Signed in Moscow on October 24, 1958. – Trans.""",
    "required": [
        ("number", "к сроку в 50 лет", "a term of 15 years", "Kekkonen inclines to 50 years, not 15"),
        (
            "omission",
            "Верфи в Турку",
            None,
            "the sentence on the shipyards loaded to 70 per cent is not translated",
        ),
    ],
    "forbidden": [
        (None, "Вх. № 04512", "Incoming No. 04512", "the incoming stamp rendered in brackets", _APP, "minor"),
        (None, "Секретно. Экз. № 1", None, "the classification and copy number", _APP, "minor"),
        (None, None, "[Stamp: SECRET]", "a stamp", _APP, "minor"),
        (
            None,
            "ЛЕБЕДЕВА В. З.",
            "V. Z. LEBEDEV",
            "the diarist in the genitive, initials after",
            ["name"],
            "minor",
        ),
        (None, "У. К. Кекконеном", "U. K. Kekkonen", "a name in the instrumental", ["name"], "minor"),
        (None, "12 ноября 1958 г.", "November 12, 1958", "the same date", ["number", "date"]),
        (None, "1 час 20 мин.", "1 hour 20 minutes", "the same duration", ["number", "date"]),
        (None, "канала¹", "Canal1", "glued footnote marks", ["number", "name"], "minor"),
        (None, "в 1957 г.", "in 1957", "the same year", ["number", "date"]),
        (None, "предлагают 50 лет", "proposed 50 years", "the same term", ["number"]),
        (None, "другие – 25", "others 25", "the same term", ["number"]),
        (None, "в 1959 г. закупить", "in 1959 Finland", "the same year", ["number", "date"]),
        (None, "600 тыс. тонн", "600,000 tons", "тыс.", ["number"]),
        (None, "протоколом²", "protocol2", "glued footnote marks", ["number"], "minor"),
        (None, "¹ Сайменский канал", None, "the Russian editor's footnote", _APP, "minor"),
        (None, "² Имеется в виду", None, "the Russian editor's footnote", _APP, "minor"),
        (None, None, "1 The canal's lower reaches", "the translator's footnote, another text", _APP, "minor"),
        (None, None, "2 Signed in Moscow", "the translator's footnote, another text", _APP, "minor"),
        (None, "Разослать: членам", None, "a distribution list", _APP, "minor"),
    ],
    "notes": "Pair with an incoming stamp (four lines in the Russian, one bracket in the English), a classification line untranslated and a stamp added, footnote marks glued on both sides and two numbered footnotes on each side with different texts (dates and years in them). Planted: 50 лет -> 15 years (number, the same figure elsewhere unchanged); the sentence on the shipyards omitted just before the signature.",
}

DOCS["y07-politburo-extract-schools-1949"] = {
    "genre": "Politburo extract (page, Russian first, no blank line between the sections, Слушали/Постановили)",
    "about": "Invented: an extract from a Politburo protocol on Russian schools in the Baltic republics, with its distribution and a clerk's note.",
    "page": {
        "date": "May 21, 1949",
        "title": "Extract from Protocol No. 69 of the Politburo of the CC VKP(b)",
        "ref": "yd-0107",
        "translator": "A. Lind",
        "summary": "The Politburo orders textbooks and teachers for Russian-language schools in Estonia, Latvia and Lithuania.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
        "sep": "\n",
    },
    "ru": """‹u›РГАСПИ, ф. 17, оп. 3, д. 1075, л. 14.
Строго секретно
‹1›ВСЕСОЮЗНАЯ КОММУНИСТИЧЕСКАЯ ПАРТИЯ (большевиков). ЦЕНТРАЛЬНЫЙ КОМИТЕТ
‹u›№ П69/112
‹2›т.т. Вознесенскому, Кафтанову, Снечкусу, Калнберзину, Каротамму – все; Министерству просвещения РСФСР – п. 2.
‹3›Выписка из протокола № 69 заседания Политбюро ЦК ВКП(б) от 21 мая 1949 г.
‹4›112. – О русских школах в Эстонской, Латвийской и Литовской ССР.
‹5›Утвердить предложения ЦК КП(б) Эстонии, Латвии и Литвы, одобренные Комиссией ЦК ВКП(б) (т.т. Суслов, Кафтанов, Пономаренко):
‹6›1. Открыть в 1949/50 учебном году в Эстонской, Латвийской и Литовской ССР 46 новых русских средних и семилетних школ.
‹7›2. Обязать Министерство просвещения РСФСР направить в распоряжение министерств просвещения прибалтийских республик к 15 августа 1949 г. 1.100 учителей, в т.ч. 380 учителей русского языка и литературы.
‹8›3. Обязать Госплан СССР (т. Вознесенского) выделить бумагу для издания 750 тыс. экземпляров учебников на русском языке.
‹9›СЕКРЕТАРЬ ЦК
‹u›Верно: Иванова
‹u›Разослано 23.V.49 г. на 3 л.""",
    "en": """‹1›ALL-UNION COMMUNIST PARTY (Bolsheviks). CENTRAL COMMITTEE
‹2›To Cdes. Voznesensky, Kaftanov, Sniečkus, Kalnbērziņš, Karotamm – all; RSFSR Ministry of Education – point 2.
‹3›Extract from Protocol No. 69 of the meeting of the Politburo of the CC VKP(b) of May 21, 1949.
‹4›112. – On Russian schools in the Estonian, Latvian and Lithuanian S.S.R.
‹5›To approve the proposals of the CCs of the CP(b) of Estonia, Latvia and Lithuania, endorsed by the Commission of the CC VKP(b) (Cdes. Suslov, Kaftanov, Ponomarenko):
‹6›1. To open in the 1949/50 school year 46 new Russian secondary and seven-year schools in the Estonian, Latvian and Lithuanian S.S.R.
‹7›2. To instruct the RSFSR Ministry of Education to place 1,100 teachers, including 830 teachers of Russian language and literature, at the disposal of the Ministries of Education of the Baltic republics by August 15, 1949.
‹8›3. To instruct the U.S.S.R. Gosplan (Cde. Voznesensky) to allocate paper for printing 750,000 copies of textbooks in Russian. ‹u›The textbooks are to reach the schools by September 1, 1949.
‹9›SECRETARY OF THE CC
‹u›[Translator's note: the signature is missing in the file copy.]""",
    "required": [
        ("number", "380 учителей", "830 teachers", "380 teachers of Russian are given as 830"),
        (
            "addition",
            None,
            "The textbooks are to reach the schools",
            "the sentence on textbooks reaching the schools by September 1 has no original",
        ),
    ],
    "forbidden": [
        (None, "РГАСПИ, ф. 17", None, "archive reference", _APP, "minor"),
        (None, "№ П69/112", None, "the extract's number", _APP, "minor"),
        (
            None,
            "т.т. Вознесенскому",
            "To Cdes. Voznesensky",
            "the addressees in the dative, Baltic names through Russian",
            ["name", "omission"],
            "minor",
        ),
        (None, "протокола № 69", "Protocol No. 69", "the protocol number", ["number"]),
        (None, "от 21 мая 1949 г.", "of May 21, 1949", "the same date", ["number", "date"]),
        (None, "112. – О", "112. – On", "the item number", ["number"]),
        (
            None,
            "(т.т. Суслов",
            "(Cdes. Suslov",
            "т.т. and Cdes. inside a sentence",
            ["omission", "addition", "name"],
            "minor",
        ),
        (None, "1. Открыть", "1. To open", "an item number", ["number"]),
        (None, "1949/50 учебном году", "1949/50 school year", "the same school year", ["number", "date"]),
        (None, "46 новых", "46 new", "the same count", ["number"]),
        (None, "к 15 августа 1949 г.", "by August 15, 1949", "the same date", ["number", "date"]),
        (None, "1.100 учителей", "1,100 teachers", "thousands dot", ["number"]),
        (None, "в т.ч.", "including", "в т.ч. inside a sentence", ["omission", "addition"], "minor"),
        (None, "750 тыс. экземпляров", "750,000 copies", "тыс.", ["number"]),
        (None, "Верно: Иванова", None, "the certification", _APP, "minor"),
        (None, "Разослано 23.V.49 г.", None, "the dispatch note", _APP, "minor"),
        (None, None, "[Translator's note: the signature", "a translator's note", _APP, "minor"),
        (None, "Строго секретно", None, "the classification, untranslated", _APP, "minor"),
    ],
    "notes": "Russian-first page with no blank line anywhere: archive reference, classification and extract number untranslated, an addressee line in the dative, a heading ending in ':' before numbered points, т.т./в т.ч. inside sentences, certification and dispatch note untranslated, a translator's note. Planted: 380 -> 830 teachers of Russian (number); a sentence on textbooks added to point 3.",
}


DOCS["y08-letter-sofia-tobacco-1948"] = {
    "genre": "trade mission's letter (page, Russian first, OCR'd, a word broken across a sheet mark, items after ':')",
    "about": "Invented: the Soviet trade representative in Sofia reports to the Ministry of Foreign Trade on the tobacco purchase, written after the first fixes as a fresh check.",
    "page": {
        "date": "May 14, 1948",
        "title": "Letter from the USSR Trade Representative in Bulgaria to the Ministry of Foreign Trade",
        "ref": "yd-0108",
        "translator": "N. Petrova",
        "summary": "The trade mission reports on the purchase of oriental tobacco, Bulgarian press comment and the mission's proposals.",
        "fields": [
            ("Associated Places", "Sofia (Bulgaria); Plovdiv (Bulgaria)"),
        ],
        "contents": ["Transcription - Russian", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›РГАЭ, ф. 413, оп. 12, д. 10347, л. 3-4.

ТОРГОВОЕ ПРЕДСТАВИТЕЛЬСТВО СССР В БОЛГАРИИ
г. София, ул. Раковски, 120
14 мая 1948 г.
№ 1318/с

‹1›Министерство Внешней Торговли СССР
‹2›тов. КУМЫКИНУ П. Н.

‹3›Докладываю, что закупка восточных табаков урожая 1947 г. в основном закончена. ‹4›По состоянию на 10 мая закуплено 8.400 тонн, т.е. 84% годового плана, в т.ч. в Пловдивском районе 3.150 тонн.

‹5›Газета «Работническо дело» от 12.V.48 поместила статью т. Коларова о советско-болгарской торговле. ‹6›В статье отмечается, что цены, предложенные советской стороной, выше цен, которые платили немецкие фирмы в 1942-1943 г.г. ‹u›Статья перепечатана газетами «Отечествен фронт» и «Земеделско знаме».

‹7›Болгарские организации задерживают отгрузку табака из-за нехватки вагонов. ‹8›В Пловдиве на складах находится около 1.200 тонн, готовых к отгрузке. ‹9›Дирекция железных дорог обещала выделить до 1 июня 40 вагонов.

‹10›В связи с изложенным Торгпредство просит:
‹11›1) Разрешить закупку дополнительно 600 тонн табака сорта «Басма» сверх плана.
‹12›2) Направить в Бургас два парохода для вывоза табака морем, т.к. отгрузка по железной доро-

‹u›л. 4

ге через Румынию задерживается.

‹14›Сприветом

‹15›Торговый Представитель СССР в Болгарии
‹16›Д. СЕМЕНОВ

Разослать: т.т. Микояну, Меньшикову, Кумыкину – все; 2-му Европейскому отделу МИД – п. 2.""",
    "en": """[Stamp: USSR Ministry of Foreign Trade, Incoming No. 4471, 19.V.48]

TRADE REPRESENTATION OF THE U.S.S.R. IN BULGARIA
120 Rakovski Street, Sofia
May 14, 1948
No. 1318/s

‹1›To the Ministry of Foreign Trade of the U.S.S.R.
‹2›Comrade P. N. KUMYKIN

‹3›1 have to report that the purchase of oriental tobacco of the 1947 crop has been mainly completed. ‹4›As of May 10, 8,400 tons had been bought, i.e. 84 per cent of the annual plan, including 3,150 tons in the Plovdiv district.

‹5›The newspaper Rabotnichesko Delo of May 12, 1948, carried an article by Cde. Kolarov on Soviet-Bulgarian trade.1 ‹6›The article points out that the prices offered by the Soviet side are higher than those paid by German firms in 1942-1943.

‹7›The Bulgarian organizations are holding up the shipment of tobacco for want of wagons, ‹8›and some 1,200 tons ready for shipment are lying in the Plovdiv warehouses. ‹9›The Railway Directorate has promised to provide 40 wagons by June 1. ‹u›The wagons will be sent to Plovdiv from the Sofia junction.

‹10›In view of the above the Trade Representation requests:
‹11›1) Permission to buy an additional 900 tons of Basma tobacco over and above the plan.
‹12›2) That two steamers be sent to Burgas to carry the tobacco by sea, since shipment by rail through Romania is being held up.

‹14›With greetings,

‹15›Trade Representative of the U.S.S.R. in Bulgaria
‹16›D. SEMENOV

Distribution: Cdes. Mikoyan, Menshikov, Kumykin – all; 2nd European Department of the MFA – point 2.

‹u›1 Vasil Kolarov was then Deputy Prime Minister of Bulgaria. – Trans.""",
    "dehyphenated": ["дороге"],
    "required": [
        ("number", "600 тонн", "900 tons", "600 additional tons are given as 900"),
        (
            "omission",
            "Статья перепечатана",
            None,
            "the sentence on the article reprinted in two other papers is not translated",
        ),
        (
            "addition",
            None,
            "The wagons will be sent to Plovdiv",
            "the sentence on wagons sent from the Sofia junction has no original",
        ),
    ],
    "expected": [
        ("ocr", "Сприветом", None, "'Сприветом' is two words run together (С приветом)"),
    ],
    "forbidden": [
        (None, "РГАЭ, ф. 413", None, "archive reference", _APP, "minor"),
        (None, None, "[Stamp: USSR Ministry", "an incoming stamp", _APP, "minor"),
        (None, "ТОРГОВОЕ ПРЕДСТАВИТЕЛЬСТВО", "TRADE REPRESENTATION", "the letterhead", _APP, "minor"),
        (None, "ул. Раковски, 120", "120 Rakovski Street", "the letterhead's address", _APP, "minor"),
        (None, "14 мая 1948 г.", "May 14, 1948", "the same date", ["number", "date"]),
        (None, "№ 1318/с", "No. 1318/s", "the outgoing number", _APP, "minor"),
        (
            None,
            "КУМЫКИНУ П. Н.",
            "P. N. KUMYKIN",
            "initials after the surname in the dative",
            ["name"],
            "minor",
        ),
        (None, None, "1 have to report", "OCR '1' for 'I'", ["number", "addition"], "minor"),
        (None, "урожая 1947 г.", "1947 crop", "the same year", ["number", "date"]),
        (None, "на 10 мая", "As of May 10", "the same date", ["number", "date"]),
        (None, "8.400 тонн", "8,400 tons", "thousands dot", ["number"]),
        (None, "84%", "84 per cent", "per cent", ["number"]),
        (None, "т.е. 84%", "i.e. 84", "т.е. inside a sentence", ["omission", "addition"], "minor"),
        (None, "в т.ч.", "including 3,150", "в т.ч. inside a sentence", ["omission", "addition"], "minor"),
        (None, "3.150 тонн", "3,150 tons", "thousands dot", ["number"]),
        (None, "от 12.V.48", "of May 12, 1948", "a newspaper with its date", ["number", "date"]),
        (
            None,
            "«Работническо дело»",
            "Rabotnichesko Delo",
            "a newspaper's name transliterated",
            ["name", "term", "omission"],
            "minor",
        ),
        (None, "т. Коларова", "Cde. Kolarov", "a name in the genitive", ["name"], "minor"),
        (None, None, "trade.1", "a glued footnote mark", ["number"], "minor"),
        (None, "1942-1943 г.г.", "in 1942-1943", "г.г. after years", ["number", "date"]),
        (
            None,
            "Пловдиве на складах",
            "and some 1,200 tons",
            "two sentences joined",
            ["omission", "addition"],
            "minor",
        ),
        (None, "около 1.200 тонн", "some 1,200 tons", "the same approximate count", ["number"]),
        (None, "до 1 июня", "by June 1", "the same date", ["number", "date"]),
        (None, "40 вагонов", "40 wagons", "the same count", ["number"]),
        (None, "1) Разрешить", "1) Permission", "an item number", ["number"]),
        (None, "2) Направить", "2) That two", "an item number", ["number"]),
        (None, "два парохода", "two steamers", "a number in words", ["number"]),
        (
            None,
            "т.к. отгрузка",
            "since shipment",
            "т.к. inside a sentence",
            ["omission", "addition"],
            "minor",
        ),
        (None, "л. 4", None, "a sheet mark inside a broken word", _APP, "minor"),
        (None, "Разослать: т.т.", "Distribution: Cdes.", "the distribution list", _APP, "minor"),
        (None, None, "1 Vasil Kolarov", "the translator's footnote", _APP, "minor"),
        (None, "Д. СЕМЕНОВ", "D. SEMENOV", "the signature", ["name"], "minor"),
    ],
    "notes": "Written after the first fixes, as a fresh check. Russian-first page: letterhead on both sides, an incoming stamp in the English only, OCR (Сприветом, '1 have'), a word broken across a sheet mark (доро-/л. 4/ге), т.е., в т.ч., т.т., т.к., г.г. after years, a newspaper with its date, items '1)' after a ':' heading, a 2-1 join, a distribution list on both sides, a translator's footnote. Planted: 600 -> 900 tons (number); the sentence on reprints omitted; a sentence on wagons added.",
}
