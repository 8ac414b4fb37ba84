# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented vb documents of archival-own (read by build_archival_vb.py): six record kinds, scored once.

A scientist's letter to the CC, an embassy report from Kabul, a report of the Council for Religious Affairs, a
Foreign Ministry record of a talk with the US ambassador, a KGB note on foreign tourists and a report of the
Antarctic expedition, written without looking at the tool's rules, to measure it on unseen documents.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["vb01-kapitsa-letter-cc-oxygen-1956"] = {
    "genre": "letter of a scientist to the CC (pair, archive reference and a registry stamp)",
    "about": "Invented: Academician Kapitsa asks the CC for a workshop and staff to build a pilot liquid-oxygen plant.",
    "ru": """‹u›РГАНИ, ф. 5, оп. 35, д. 41, лл. 17-19.

‹u›ЦК КПСС
‹u›Вх. № 24317
‹u›3 апр. 1956

‹1›В Центральный Комитет КПСС
‹2›товарищу ХРУЩЕВУ Н. С.

‹3›Дорогой Никита Сергеевич!

‹4›Обращаюсь к Вам по вопросу, который я считаю важным для нашей металлургии. ‹5›В Институте физических проблем АН СССР закончена разработка турбодетандерной установки, производящей жидкий кислород при низком давлении. ‹6›Опытный образец установки проработал без остановки около полутора месяцев и дал 1,5 тонны кислорода в час.

‹7›Для того чтобы перейти к промышленному образцу, институту необходимы собственная экспериментальная мастерская и двенадцать инженеров-конструкторов. ‹8›Сейчас у нас работает всего четыре конструктора, и все они заняты текущими заказами.

‹9›Мастерскую можно разместить в пустующем здании на Калужской улице, если Моссовет согласится передать его институту. ‹10›Стоимость оборудования мастерской, по нашим подсчетам, не превысит 3 млн. рублей.

‹11›Прошу Вас также поручить Госплану СССР включить изготовление первой промышленной установки в план 1957 года. ‹12›Ответственным за эту работу я предлагаю назначить заместителя директора института А. И. Шальникова, который руководил испытаниями опытного образца.

‹13›Я уверен, что через два-три года советская металлургия сможет получать дешевый кислород в любом нужном ей количестве.

‹14›С глубоким уважением
‹15›П. КАПИЦА

‹16›2 апреля 1956 г.""",
    "en": """‹1›To the Central Committee of the Communist Party of the Soviet Union
‹2›Comrade N. S. KHRUSHCHEV

‹3›Dear Nikita Sergeyevich,

‹4›I am writing to you about a matter which I consider important for our metallurgy. ‹5›At the Institute for Physical Problems of the USSR Academy of Sciences we have completed the design of a turbo-expander plant that produces liquid oxygen at low pressure. ‹6›The pilot model ran without a stop for about six weeks and yielded one and a half tons of oxygen an hour.

‹7›To move on to an industrial model the institute needs a workshop of its own for experiments and twenty design engineers. ‹8›At present we have only four designers, all of them busy with current orders.

‹9›The workshop could be housed in an empty building on Kaluga Street. ‹10›By our reckoning the equipment for the workshop would cost no more than three million rubles.

‹11›I also ask you to instruct the USSR State Planning Committee to include the manufacture of the first industrial plant in the plan for 1957. ‹12›I propose to put in charge of this work the Director of the Institute, A. I. Shalnikov, who directed the tests of the pilot model.

‹13›I am sure that in two or three years Soviet metallurgy will be able to obtain cheap oxygen in any quantity it needs.

‹14›With deep respect,
‹15›P. KAPITZA

‹16›April 2, 1956""",
    "required": [
        (
            "number",
            "двенадцать инженеров-конструкторов",
            "twenty design engineers",
            "twelve engineers (written as a word) are given as twenty",
        ),
        (
            "title",
            "заместителя директора института",
            "the Director of the Institute",
            "the deputy director is given as the director",
        ),
        (
            "omission",
            "если Моссовет согласится передать его институту",
            None,
            "the condition (if the Moscow Soviet agrees to hand it over) is dropped",
        ),
    ],
    "forbidden": [
        (
            None,
            "около полутора месяцев",
            "about six weeks",
            "a month and a half = six weeks",
            ["number", "date"],
        ),
        (None, "1,5 тонны", "one and a half tons", "decimal comma = words", ["number"]),
        (None, "3 млн. рублей", "three million rubles", "млн. = million, figure = word", ["number"]),
        (None, "через два-три года", "in two or three years", "a range in words", ["number", "date"]),
        (
            None,
            "Институте физических проблем АН СССР",
            "Institute for Physical Problems of the USSR Academy of Sciences",
            "АН СССР spelt out",
            ["term", "name", "title"],
        ),
        (None, "Госплану СССР", "USSR State Planning Committee", "Gosplan spelt out", ["term", "name"]),
        (None, "П. КАПИЦА", "P. KAPITZA", "the usual English spelling of Kapitsa", ["name"]),
        (None, "Вх. № 24317", None, "registry stamp", ["omission", "number", "date"], "minor"),
    ],
    "notes": "Pair with a registry stamp and an archive reference. Planted: двенадцать -> twenty (number, written as a word); заместителя директора -> the Director (title); the clause «если Моссовет согласится передать его институту» dropped (omission). Traps: полутора месяцев = six weeks, 1,5 тонны = one and a half tons, 3 млн. = three million, два-три года, АН СССР and Госплан spelt out, Kapitza.",
}

DOCS["vb02-embassy-kabul-report-1957"] = {
    "genre": "report of the Soviet embassy in Kabul (page, translation first; OCR'd Russian with a sheet mark inside a sentence)",
    "about": "Invented: the embassy reports on Soviet-aided construction in Afghanistan and a talk with Prince Naim.",
    "page": {
        "date": "September 18, 1957",
        "title": "Report of the USSR Embassy in Afghanistan on Soviet Economic Assistance, Summer 1957",
        "ref": "vb-0202",
        "summary": "The embassy reports on the grain elevator and bakery in Kabul, the Salang road survey and a conversation with Foreign Minister Mohammad Naim.",
        "fields": [
            (
                "Original Archive",
                "Archive of Foreign Policy of the Russian Federation (AVPRF), Fond 071, Opis 45, Papka 102, Delo 9 (constructed reference)",
            ),
            ("Associated Places", "Kabul (Afghanistan); Pul-i-Khumri (Afghanistan)"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›SECRET
‹2›Copy No. 2

‹3›USSR EMBASSY IN AFGHANISTAN

‹4›On the progress of Soviet economic assistance to Afghanistan in the summer of 1957

‹5›On August 12 the Kabul grain elevator, with a capacity of 20,000 tons, was put into operation; ‹6›the mechanized bakery beside it is turning out 65 tons of bread a day. ‹7›The Afghan side gave the opening a ceremonial character: Prime Minister Mohammad Daoud was present and spoke warmly of Soviet-Afghan friendship.

‹8›The survey of the road through the Salang Pass has been completed along a stretch of about 75 miles from Pul-i-Khumri. ‹9›Our specialists consider that the tunnel under the pass will have to be about 9,000 feet long. ‹10›Work was held up for a fortnight in July by heavy rains.

‹11›On September 14 the Ambassador, Comrade M. V. Degtyar, was received by Foreign Minister Mohammad Daoud. ‹12›The Minister said that the Afghan Government would like to receive a further 30 Soviet specialists for the irrigation works in the Jalalabad area. ‹13›He stressed that the Americans were offering their help on the Helmand on easier terms. ‹14›The Ambassador replied that he would report the request to Moscow. ‹u›The King himself is said to follow the Soviet projects with keen interest.

‹16›Counselor of the Embassy
‹17›A. Kuzmin""",
    "ru": """‹u›АВП РФ, ф. 071, оп. 45, п. 102, д. 9, лл. 33-35.

‹1›СЕКРЕТНО
‹2›Экз. № 2

‹3›ПОСОЛЬСТВО СССР В АФГАНИСТАНЕ

‹4›О ходе экономического содействия СССР Афганистану летом 1957 года

‹5›12 августа введен в эксплуатацию кабульский элеватор емкостью 20 тыс. тонн, ‹6›рядом с ним механизированный хлебозавод выпускает 65 тонн хлеба в сутки. ‹7›Афганская сторона придала открытию торжественный характер: присутствовал премьер-министр Мухаммед Дауд, который тепло говорил о советско-афганской дружбе.

‹8›Закончены изыскания дороги через перевал Саланг на участке протяжен-
ностью около 120 км от Пули-Хумри. ‹9›Наши специалисты считают, что длина туннеля под перевалом составит около 2,7 км. ‹10›В июле работы были задержаны на две недели из-за сильных дождей.

‹11›4 сентября посла т. Дегтяря М. В. принял министр иностранных дел Мухаммед Наим. ‹12›Наим заявил, что афганское правительство хотело бы получить еще 30 советских специалистов для ирригационных работ в районе Джелалабада. ‹13›Он подчеркнул, что американцы предлагают свою помощь на Гильменде на более легких

‹u›- 2 -

условиях. ‹14›Посол ответил, что доложит об этой просьбе в Москву.

‹16›Советник посольства
‹17›А. КУЗЬМИН

‹u›Отп. 3 экз.
‹u›1 - адресату, 2 - в дело, 3 - 3-й Восточный отдел МИД
‹u›исп. Кузьмин, печ. Л. И.
‹u›18.IX.57""",
    "dehyphenated": ["протяженностью"],
    "required": [
        (
            "name",
            "Мухаммед Наим",
            ("Mohammad Daoud", "Foreign Minister Mohammad Daoud"),
            "Foreign Minister Naim is given as Daoud (the Prime Minister)",
        ),
        ("date", "4 сентября", "September 14", "September 4 is given as September 14"),
        (
            "addition",
            None,
            "The King himself is said to follow",
            "the translation adds a sentence with no original",
        ),
    ],
    "forbidden": [
        (None, "20 тыс. тонн", "20,000 tons", "тыс. = thousand", ["number"]),
        (None, "около 120 км", "about 75 miles", "120 km = 75 miles", ["number"]),
        (None, "около 2,7 км", "about 9,000 feet", "2.7 km = about 9,000 feet", ["number"]),
        (None, "на две недели", "for a fortnight", "two weeks = a fortnight", ["number", "date"]),
        (None, "Гильменде", "Helmand", "a river under its English name", ["name", "term"]),
        (
            None,
            "Мухаммед Дауд, который",
            ("Mohammad Daoud", "Prime Minister Mohammad Daoud"),
            "the usual English spelling",
            ["name"],
        ),
        (None, "Экз. № 2", "Copy No. 2", "copy number", ["number"]),
        (
            None,
            "12 августа",
            "On August 12",
            "the same date, moved to the head of the sentence",
            ["number", "date"],
        ),
        (
            None,
            ("Наим заявил", "Наим заявил"),
            "The Minister said",
            "a name rendered by the post",
            ["name", "omission"],
        ),
        (None, "Отп. 3 экз.", None, "typist's copy note", ["omission", "number", "date"], "minor"),
        (None, "18.IX.57", None, "typist's date", ["omission", "number", "date"], "minor"),
    ],
    "notes": "Translation-first page with extra header fields; the Russian has a line-break hyphen (протяжен-/ностью), a page number inside a sentence (легких / - 2 - / условиях) and an untranslated typist's block. Planted: Наим -> Daoud (name); 4 сентября -> September 14 (date); an added sentence on the King (addition). Traps: 120 км = 75 miles, 2,7 км = 9,000 feet, две недели = a fortnight, 20 тыс., Гильменд = Helmand, Дауд = Daoud, Наим rendered as 'The Minister', a sentence split at the comma.",
}


DOCS["vb03-religious-affairs-lithuania-1960"] = {
    "genre": "report of the Council for Religious Affairs' plenipotentiary (pair; OCR'd Russian)",
    "about": "Invented: the plenipotentiary in the Lithuanian SSR reports on Catholic communities and the Easter services of 1960.",
    "ru": """‹u›ГА РФ, ф. Р-6991, оп. 3, д. 1204, лл. 56-59.

‹1›Председателю Совета по делам религиозных культов при Совете Министров СССР
‹2›тов. ПУЗИНУ А. А.

‹3›ИНФОРМАЦИОННЫЙ ОТЧЕТ
‹4›уполномоченного Совета по Литовской ССР за I квартал 1960 года

‹5›На 1 апреля 1960 г. в республике зарегистрировано 214 римско-католических общин, ‹6›в которых служат 739 ксендзов. ‹7›По сравнению с 1 января число общин сократилось на 6, так как в трех сельсоветах храмы закрыты в связи с ветхостью зданий.

‹8›Пасхальные богослуже-
ния 17 апреля прошли при большом стечении верующих. ‹9›В Вильнюсском кафедральном костеле, по данным уполномоченного, присутствовало не менее полутора тысяч человек, среди них много молодежи. ‹10›В ряде сельских приходов ксендзы после 6огослужения проводили беседы с детьми, что является нарушением законодательства о культах.

‹11›Каунасская духовная семинария в текущем учебном году имеет 42 воспитанника. ‹12›Руководство семинарии ходатайствует о приеме еще 10 человек, однако уполномоченный считает это нецелесообразным.

‹13›Уполномоченным проведено 3 совещания с председателями райисполкомов попроверке соблюдения законодательства о культах.

‹14›Уполномоченный Совета
‹15›по Литовской ССР
‹16›Ю. РУГЕНИС

‹17›25 апреля 1960 г.
‹u›г. Вильнюс""",
    "en": """‹1›To the Chairman of the Council for the Affairs of Religious Cults attached to the USSR Council of Ministers
‹2›Comrade A. A. PUZIN

‹3›INFORMATION REPORT
‹4›of the Council's Plenipotentiary for the Lithuanian SSR for the first quarter of 1960

‹5›As of April 1, 1960, 241 Roman Catholic communities, ‹6›served by 739 priests, were registered in the republic. ‹7›Compared with January 1 the number of communities fell by six, because in three village soviets the churches were closed as the buildings were dilapidated.

‹8›The Easter services on April 17 drew large crowds of believers. ‹9›In Vilnius Cathedral, according to the plenipotentiary, no fewer than fifteen hundred people were present, many of them young. ‹10›In a number of village parishes the priests held talks with children after the service, which is a violation of the legislation on cults.

‹11›The Kaunas Theological Seminary has 42 students this academic year. ‹12›The seminary's authorities are petitioning for the admission of another 10 men, but the plenipotentiary considers this inexpedient.

‹13›The plenipotentiary held three meetings with the chairmen of village soviets on checking compliance with the legislation on cults.

‹14›Plenipotentiary of the Council
‹15›for the Lithuanian SSR
‹16›J. RUGIENIS

‹17›April 25, 1960""",
    "dehyphenated": ["богослужения"],
    "required": [
        (
            "number",
            "214 римско-католических",
            "241 Roman Catholic",
            "214 communities are given as 241 (figures transposed)",
        ),
        (
            "term",
            "председателями райисполкомов",
            ("village soviets", "chairmen of village soviets"),
            "the chairmen of district executive committees are given as chairmen of village soviets",
        ),
        ("ocr", "6огослужения", None, "'6огослужения' has the figure 6 for the letter б"),
    ],
    "expected": [
        ("ocr", "попроверке", None, "'попроверке' is two words run together (по проверке)"),
    ],
    "forbidden": [
        (
            None,
            "в которых служат 739 ксендзов",
            "served by 739 priests",
            "a clause joined into the sentence; ксендз = priest",
            ["number", "term", "omission"],
        ),
        (None, "на 6, так как", "by six", "a figure given as a word", ["number"]),
        (
            None,
            "в трех сельсоветах",
            "in three village soviets",
            "a figure as a word; сельсовет = village soviet",
            ["number", "term"],
        ),
        (
            None,
            "Каунасская духовная семинария",
            "Kaunas Theological Seminary",
            "the usual English name",
            ["term", "name"],
        ),
        (
            None,
            "не менее полутора тысяч",
            "no fewer than fifteen hundred",
            "полторы тысячи = fifteen hundred",
            ["number"],
        ),
        (
            None,
            "за I квартал 1960 года",
            "for the first quarter of 1960",
            "a Roman ordinal quarter",
            ["number", "date"],
        ),
        (None, "Ю. РУГЕНИС", "J. RUGIENIS", "the Lithuanian spelling of the name", ["name"]),
        (None, "6огослужения", None, "an OCR garble is no number", ["number"]),
        (None, "г. Вильнюс", None, "a place line left untranslated", ["omission"], "minor"),
    ],
    "notes": "Pair; the Russian is OCR'd: a line-break hyphen (богослуже-/ния), the figure 6 for б (6огослужения, planted ocr) and a run-together word (попроверке, expected). Planted: 214 -> 241 communities (number); райисполкомов -> village soviets (term); 6огослужения (ocr). Traps: two sentences joined (в которых служат = served by), на 6 = by six, полутора тысяч = fifteen hundred, I квартал = first quarter, ксендз = priest, Rugienis, an untranslated place line.",
}

DOCS["vb04-record-semenov-thompson-1959"] = {
    "genre": "record of a Foreign Ministry conversation with the US ambassador (page, Russian first)",
    "about": "Invented: a Deputy Foreign Minister receives Ambassador Thompson on exchanges of exhibitions and a consular convention.",
    "page": {
        "date": "October 16, 1959",
        "title": "Record of Conversation between V. S. Semenov and US Ambassador L. Thompson",
        "ref": "vb-0404",
        "summary": "Semenov and Thompson discuss the exchange of exhibitions in 1960, visas for journalists and a draft consular convention.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АВП РФ, ф. 0129, оп. 43, п. 311, д. 6, лл. 88-91.

‹1›СЕКРЕТНО

‹2›Из дневника
‹3›СЕМЕНОВА В. С.

‹4›ЗАПИСЬ БЕСЕДЫ
‹5›с послом США в СССР Л. Томпсоном

‹6›16 октября 1959 года

‹7›Принял Томпсона по его просьбе. ‹8›Беседа продолжалась около часа.

‹9›Томпсон сказал, что госдепартамент согласен провести в 1960 году обмен выставками, предложенный советской стороной, ‹10›однако просит сократить срок работы советской выставки в Нью-Йорке до шести недель. ‹11›Он добавил, что американская сторона хотела бы открыть свою выставку в Москве не позднее 25 июля.

‹12›Я ответил, что мы изучим эти предложения и дадим ответ через посольство. ‹13›Одновременно я обратил внимание посла на то, что американские власти до сих пор не выдали визы трем корреспондентам ТАСС. ‹u›Томпсон обещал выяснить этот вопрос.

‹15›Далее посол передал проект консульской конвенции на 14 страницах. ‹16›Он сказал, что, по мнению госдепартамента, переговоры можно было бы начать в Вашингтоне после Нового года. ‹17›Я сказал, что проект будет рассмотрен в МИД.

‹18›На беседе присутствовал 1-й секретарь Американского отдела МИД СССР т. Корниенко Г. М.

‹19›ЗАМЕСТИТЕЛЬ МИНИСТРА ИНОСТРАННЫХ ДЕЛ СССР
‹20›В. СЕМЕНОВ

‹u›Разослать: тт. Хрущеву, Козлову, Микояну, Громыко, Кузнецову, Зорину.
‹u›исп. Корниенко, отп. 6 экз., 17.X.59""",
    "en": """‹1›SECRET

‹2›From the journal
‹3›of V. S. SEMENOV

‹4›RECORD OF CONVERSATION
‹5›with the Ambassador of the United States to the USSR, Llewellyn Thompson

‹6›October 26, 1959

‹7›I received Thompson at his request. ‹8›The conversation lasted about an hour.

‹9›Thompson said that the State Department agreed to hold the exchange of exhibitions proposed by the Soviet side in 1960, ‹10›but asked that the run of the Soviet exhibition in New York be cut to six weeks. ‹11›He added that the American side would like to open its exhibition in Moscow no later than July 25.

‹12›I replied that we would study these proposals and would give an answer through the embassy. ‹13›At the same time I drew the Ambassador's attention to the fact that the American authorities had still not issued visas to three TASS correspondents.

‹15›The Ambassador then handed over a fourteen-page draft consular convention. ‹16›He said that in the State Department's view negotiations could begin in Washington after New Year. ‹17›I said that the draft would be examined in the Ministry of Foreign Affairs.

‹18›Present at the conversation was G. M. Kornienko, First Secretary of the American Department of the USSR Foreign Ministry.

‹19›FIRST DEPUTY MINISTER OF FOREIGN AFFAIRS OF THE USSR
‹20›V. SEMENOV""",
    "required": [
        ("date", "16 октября 1959 года", "October 26, 1959", "October 16 is given as October 26"),
        (
            "omission",
            "Томпсон обещал выяснить этот вопрос.",
            None,
            "the sentence on Thompson's promise is left out",
        ),
        (
            "title",
            "ЗАМЕСТИТЕЛЬ МИНИСТРА ИНОСТРАННЫХ ДЕЛ СССР",
            "FIRST DEPUTY MINISTER",
            "a deputy minister is given as the first deputy minister",
        ),
    ],
    "forbidden": [
        (None, "Из дневника", "From the journal", "the diary heading", ["term", "omission"]),
        (None, "Л. Томпсоном", "Llewellyn Thompson", "an initial expanded to the name", ["name"]),
        (None, "в 1960 году", "in 1960", "the same year, moved in the sentence", ["number", "date"]),
        (None, "до шести недель", "to six weeks", "a duration in words both sides", ["number", "date"]),
        (None, "не позднее 25 июля", "no later than July 25", "the same date", ["number", "date"]),
        (None, "на 14 страницах", "fourteen-page", "a figure given as a word", ["number"]),
        (None, "1-й секретарь", "First Secretary", "a diplomatic rank, an ordinal", ["number", "title"]),
        (None, "Разослать: тт.", None, "distribution list", ["omission", "name"], "minor"),
        (None, "исп. Корниенко", None, "executor and copy line", ["omission", "number", "date"], "minor"),
    ],
    "notes": "Russian-first page with a diary heading, an untranslated distribution list and executor line. Planted: 16 октября -> October 26 (date); «Томпсон обещал выяснить этот вопрос.» left out (omission); ЗАМЕСТИТЕЛЬ МИНИСТРА -> FIRST DEPUTY MINISTER (title). Traps: Из дневника = From the journal, Л. = Llewellyn, two sentences joined at «однако», до шести недель, на 14 страницах = fourteen-page, 1-й секретарь = First Secretary, МИД spelt out.",
}

DOCS["vb05-kgb-note-foreign-tourists-1960"] = {
    "genre": "KGB note to the CC on foreign tourists (pair, a repeated paragraph in the typescript)",
    "about": "Invented: the KGB chairman reports on the summer tourist season of 1960 and a Western tourist who asked to stay in the USSR.",
    "ru": """‹1›СОВЕРШЕННО СЕКРЕТНО
‹2›Экз. № 1

‹3›ЦК КПСС

‹4›За июнь-август 1960 года Советский Союз посетили около 47 тысяч иностранных туристов, в том числе свыше 9.600 граждан США, что вдвое больше, чем за тот же период прошлого года. ‹5›Большинство туристов прибыло по линии «Интуриста» через Ленинград, Брест и Одессу.

‹6›Органами госбезопасности выявлено сорок семь туристов, которые занимались сбором сведений о военных объектах и предприятиях. ‹7›Из них 12 человек выдворены из СССР, у остальных изъяты фотопленки и записи. ‹8›Наибольшую активность проявляли туристы, путешествовавшие на автомашинах по маршруту Брест - Минск - Москва.

‹9›19 июля в Ленинграде к дежурному администратору гостиницы «Астория» обратился гражданин Великобритании Джеймс Р. Нортон, 1931 г. рождения, с просьбой разрешить ему остаться в Советском Союзе. ‹10›Нортон заявил, что по убеждениям он коммунист и в Англии его преследуют за участие в забастовке докеров. ‹11›Проверкой установлено, что Нортон состоит в Коммунистической партии Великобритании с 1953 года.

‹u›Органами госбезопасности выявлено сорок семь туристов, которые занимались сбором сведений о военных объектах и предприятиях.

‹13›КГБ при СМ СССР полагал бы возможным удовлетворить просьбу Нортона и направить его на работу в Ленинградский морской порт.

‹14›Просим рассмотреть.

‹15›ПРЕДСЕДАТЕЛЬ КОМИТЕТА
‹16›ГОСБЕЗОПАСНОСТИ
‹17›А. ШЕЛЕПИН

‹18›«9» сентября 1960 г.
‹u›№ 2418-ш
‹u›ЦХСД, ф. 89, оп. 6, д. 22, лл. 3-5.""",
    "en": """‹1›TOP SECRET
‹2›Copy No. 1

‹3›CC CPSU

‹4›In June-August 1960 the Soviet Union was visited by about 47,000 foreign tourists, among them over 9,600 citizens of the United States, twice as many as in the same period of the previous year. ‹5›Most of the tourists came through Intourist by way of Leningrad, Brest and Odessa.

‹6›The state security organs have identified seventy-four tourists who were collecting information about military installations and industrial plants. ‹7›Twelve of them were expelled from the USSR; films and notes were confiscated from the rest. ‹8›The most active were tourists travelling by car on the Brest - Minsk - Moscow route.

‹9›On July 19 in Leningrad a British subject, James R. Norton, born in 1931, approached the duty manager of the Astoria Hotel and asked to be allowed to stay in the Soviet Union. ‹10›Norton stated that he was a Communist by conviction and was being persecuted in England for taking part in a dockers' strike. ‹11›A check has established that Norton has been a member of the Communist Party of Great Britain since 1953.

‹13›The Committee for State Security under the USSR Council of Ministers considers it possible to grant Norton's request and to send him to work in the Port of Leningrad.

‹14›Submitted for your consideration.

‹15›CHAIRMAN OF THE COMMITTEE
‹16›FOR STATE SECURITY
‹17›I. SEROV

‹18›September 9, 1960""",
    "required": [
        (
            "number",
            ("сорок семь туристов", "ЦК КПСС"),
            "seventy-four tourists",
            "forty-seven (written as words) is given as seventy-four",
        ),
        ("name", "А. ШЕЛЕПИН", "I. SEROV", "the signature of Shelepin is given as Serov"),
        (
            "duplicate",
            ("Органами госбезопасности", "с 1953 года.\n\nОрганами госбезопасности"),
            None,
            "the typescript repeats the paragraph on the forty-seven tourists",
        ),
    ],
    "forbidden": [
        (None, "около 47 тысяч", "about 47,000", "тысяч = thousand", ["number"]),
        (None, "свыше 9.600", "over 9,600", "a thousands dot", ["number"]),
        (None, "вдвое больше", "twice as many", "a relative quantity", ["number"]),
        (None, "Из них 12 человек", "Twelve of them", "a figure as a word", ["number"]),
        (None, "1931 г. рождения", "born in 1931", "a year of birth", ["number", "date"]),
        (None, "«Интуриста»", "Intourist", "an agency name", ["name", "term"]),
        (
            None,
            "КГБ при СМ СССР",
            "The Committee for State Security under the USSR Council of Ministers",
            "the abbreviation spelt out",
            ["term", "name", "title"],
        ),
        (
            None,
            "«9» сентября 1960 г.",
            "September 9, 1960",
            "a date with the day in quotes",
            ["number", "date"],
        ),
        (None, "№ 2418-ш", None, "an outgoing number", ["omission", "number"], "minor"),
        (None, "ЦХСД, ф. 89", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Pair with an untranslated outgoing number and archive reference; the typescript repeats a paragraph. Planted: сорок семь -> seventy-four (number written as words); А. ШЕЛЕПИН -> I. SEROV (name); the repeated paragraph (duplicate). Traps: 47 тысяч = 47,000, 9.600, вдвое, 12 = Twelve, «Интурист», КГБ при СМ СССР spelt out, «9» сентября, Просим рассмотреть = Submitted for your consideration.",
}

DOCS["vb06-somov-antarctic-report-1956"] = {
    "genre": "report of the head of the Soviet Antarctic expedition (pair, radiogram heading)",
    "about": "Invented: M. M. Somov reports by radio on the unloading at Mirny and the first inland traverse.",
    "ru": """‹u›РГАЭ, ф. 9570, оп. 2, д. 118, лл. 7-9.

‹u›РАДИОГРАММА
‹u›Принята 27.II.56 г. 14 ч. 20 м. мск.

‹1›МОСКВА, Главсевморпуть, тов. БУРХАНОВУ В. Ф.
‹2›Копия: Президиум АН СССР

‹3›Докладываю о ходе работ Комплексной антарктической экспедиции АН СССР за январь-февраль 1956 года.

‹4›5 января дизель-электроход «Обь» подошел к барьеру шельфового ледника в районе острова Хасуэлл. ‹5›Разгрузка на припай велась 24 дня при температуре от минус 2 до минус 9 градусов. ‹6›На берег выгружено свыше 2.500 тонн грузов, в том числе 8 тракторов и 3 вездехода.

‹7›13 февраля состоялось открытие обсерватории Мирный, над которой был поднят Государственный флаг СССР. ‹8›В поселке построено 8 жилых домов, радиостанция, дизельная электростанция и аэродром для самолетов Ли-2.

‹9›Санно-тракторный поезд под руководством А. Ф. Трешникова вышел 22 февраля в глубь материка и за двое суток прошел 60 км. ‹10›Толщина снега на трассе местами достигает полутора метров, и тракторы идут на первой передаче.

‹11›Личный состав здоров. ‹12›Зимовочный состав обсерватории утвержден в количестве 92 человек.

‹13›Начальник экспедиции
‹14›СОМОВ""",
    "en": """‹1›MOSCOW, Chief Administration of the Northern Sea Route, Comrade V. F. BURKHANOV
‹2›Copy to the Presidium of the USSR Academy of Sciences

‹3›I report on the progress of the work of the Complex Antarctic Expedition of the USSR Academy of Sciences in January and February 1956.

‹4›On January 15 the diesel-electric ship Ob reached the edge of the ice shelf near Haswell Island. ‹5›Unloading onto the fast ice went on for 24 days at temperatures of 2 to 9 degrees below zero. ‹6›More than 2,500 tons of cargo were put ashore, including eight tractors and three snow vehicles.

‹7›On February 13 the observatory of Mirny was opened and the State Flag of the USSR was raised over it. ‹8›Eight houses, a meteorological station, a diesel power station and an airstrip for Li-2 aircraft have been built in the settlement.

‹9›On February 22 the sledge-and-tractor train led by A. F. Treshnikov set out inland and covered 37 miles in forty-eight hours. ‹10›In places the snow on the route is as much as five feet deep, and the tractors are moving in first gear.

‹11›All personnel are in good health. ‹12›The wintering party of the observatory has been approved at 72 men.

‹13›Head of the Expedition
‹14›M. M. SOMOV""",
    "required": [
        ("date", "5 января", "January 15", "January 5 is given as January 15"),
        ("number", "92 человек", "72 men", "92 wintering men are given as 72"),
        (
            "term",
            "радиостанция",
            "a meteorological station",
            "a radio station is given as a meteorological station",
        ),
    ],
    "forbidden": [
        (
            None,
            "Главсевморпуть",
            "Chief Administration of the Northern Sea Route",
            "the abbreviation spelt out",
            ["term", "name"],
        ),
        (
            None,
            "за январь-февраль 1956 года",
            "in January and February 1956",
            "a range of months",
            ["number", "date"],
        ),
        (
            None,
            "от минус 2 до минус 9 градусов",
            "2 to 9 degrees below zero",
            "minus = below zero",
            ["number"],
        ),
        (None, "свыше 2.500 тонн", "More than 2,500 tons", "a thousands dot", ["number"]),
        (None, "8 тракторов", "eight tractors", "a figure as a word", ["number"]),
        (
            None,
            "за двое суток прошел 60 км",
            "covered 37 miles in forty-eight hours",
            "60 km = 37 miles, двое суток = forty-eight hours",
            ["number", "date"],
        ),
        (None, "полутора метров", "five feet", "a metre and a half = five feet", ["number"]),
        (None, "Ли-2", "Li-2", "an aircraft designation", ["number"]),
        (None, "СОМОВ", "M. M. SOMOV", "initials added to a signature", ["name", "addition"]),
        (
            None,
            "Принята 27.II.56 г.",
            None,
            "radiogram receipt line",
            ["omission", "number", "date"],
            "minor",
        ),
    ],
    "notes": "Pair with an untranslated radiogram heading and archive reference. Planted: 5 января -> January 15 (date); 92 -> 72 men (number); радиостанция -> meteorological station (term). Traps: Главсевморпуть spelt out, январь-февраль, minus = below zero, 2.500, 8 = eight, 60 km = 37 miles, двое суток = forty-eight hours, полутора метров = five feet, Ли-2, initials added to the signature.",
}
