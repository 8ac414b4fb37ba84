# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented sw documents of archival-own (read by build_archival_sw.py): names swapped and changed.

Reports, telegrams and letters in which the planted changes are a surname with one consonant dropped or added
(another person's surname), two names swapped inside one sentence (who reported to whom, from where to where),
an infinitive clause of purpose the translator added, a clause of contrast dropped after a short main clause,
and a region's compass word turned round; the traps are the same surnames in other transliterations (a -chov
for -чев, Wade-Giles for Palladius, -zky), a list given in another order, a purpose clause the original has,
a contrast clause the translation keeps in its own sentence, and a region under its other name.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["sw01-report-partisan-brigade-1944"] = {
    "genre": "report (pair, archive reference at the head)",
    "about": "Invented: the Ukrainian partisan staff reports on a brigade's raid and its commanders.",
    "ru": """‹u›ЦГАОО Украины, ф. 62, оп. 1, д. 318, л. 17.

‹1›СЕКРЕТНО

‹2›Секретарю ЦК КП(б)У
‹3›товарищу ХРУЩЕВУ Н. С.

‹4›ДОКЛАДНАЯ ЗАПИСКА

‹5›Докладываю, что партизанская бригада под командованием майора Петрова 12 февраля 1944 года вышла из района Овруча. ‹6›В составе бригады 4 отряда общей численностью 1.250 человек.

‹7›Начальником штаба бригады назначен капитан Петухов, до этого командовавший отрядом имени Дзержинского. ‹8›Комиссаром бригады утвержден старший политрук Щербаков.

‹9›За время рейда бригада взорвала 6 мостов, 3 склада и 2 водокачки. ‹10›Отряд Щербакова вышел к реке Случь, но переправы не нашел. ‹11›Потери бригады составили 38 человек убитыми и 51 ранеными.

‹12›Майор Петров ходатайствует о награждении 46 партизан. ‹13›Наградные листы направлены в штаб партизанского движения.

‹14›Прошу Ваших указаний о дальнейшем использовании бригады.

‹15›Начальник Украинского штаба партизанского движения
‹16›СТРОКАЧ

‹17›23 марта 1944 года""",
    "en": """‹1›SECRET

‹2›To the Secretary of the CC CP(b)U
‹3›Comrade N. S. KHRUSHCHOV

‹4›MEMORANDUM

‹5›I report that the partisan brigade under the command of Major Petrov left the Ovruch district on February 12, 1944. ‹6›The brigade has 4 detachments with a total of 1,250 men.

‹7›Captain Petrov, who had until then commanded the Dzerzhinsky detachment, has been appointed chief of staff of the brigade. ‹8›Senior Political Instructor Shcherbakov has been confirmed as commissar of the brigade.

‹9›During the raid the brigade blew up 6 bridges, 2 water towers and 3 depots. ‹10›Shcherbakov's detachment reached the Sluch River but found no crossing. ‹11›The brigade's losses were 38 killed and 51 wounded.

‹12›Major Petrov recommends 46 partisans for decorations. ‹13›The award sheets have been sent to the partisan movement headquarters.

‹14›I request your instructions on the further use of the brigade.

‹15›Chief of the Ukrainian Partisan Movement Headquarters
‹16›STROKACH

‹17›March 23, 1944""",
    "required": [
        (
            "name",
            "Петухов",
            ("Petrov", "Captain Petrov"),
            "Captain Petukhov is given as Petrov, the brigade commander's surname",
        ),
    ],
    "forbidden": [
        (None, "ХРУЩЕВУ", "KHRUSHCHOV", "Khrushchev in an older transliteration", ["name"]),
        (None, "Дзержинского", "Dzerzhinsky", "the detachment's patron in English spelling", ["name"]),
        (
            None,
            ("Щербаков", "Комиссаром"),
            ("Shcherbakov", "Senior Political"),
            "the same commissar",
            ["name"],
        ),
        (None, "Щербакова", "Shcherbakov's", "the same commissar in the genitive", ["name"]),
        (
            None,
            "6 мостов, 3 склада и 2 водокачки",
            "6 bridges, 2 water towers and 3 depots",
            "a list in another order",
            ["name", "number", "omission", "addition"],
        ),
    ],
    "notes": "Pair. Planted: Петухов -> Petrov (one consonant added, another person's surname in the same report). Traps: Хрущев = Khrushchov, Дзержинского = Dzerzhinsky, Щербаков = Shcherbakov, a list reordered.",
}

DOCS["sw02-telegram-harbin-echelons-1950"] = {
    "genre": "ciphered telegram (pair)",
    "about": "Invented: the Soviet railway adviser in Manchuria reports the movement of echelons and a talk with Chou En-lai.",
    "ru": """‹1›СОВ. СЕКРЕТНО

‹2›ШИФРТЕЛЕГРАММА

‹u›Из МУКДЕНА Отправлено 7.XI.50 г. 18 ч. 20 м.

‹3›МОСКВА, т. БЕЩЕВУ

‹4›Сегодня утром 14 эшелонов с оборудованием ушли из Харбина в Мукден. ‹5›Эшелоны сопровождают 120 советских железнодорожников. ‹6›Еще 9 эшелонов будут отправлены 10 ноября.

‹7›Вечером меня принял Чжоу Энь-лай. ‹8›Чжоу Энь-лай просил ускорить поставку паровозов, вагонов и рельсов. ‹9›Он сообщил, что китайская сторона выделит 3.000 рабочих для ремонта путей.

‹10›Заместитель начальника дороги Сидорчук выехал на станцию Чанчунь. ‹11›Туда же направлен инженер Сидоров с группой мостовиков. ‹12›Мост через Сунгари будет восстановлен к 25 ноября.

‹13›Прошу сообщить сроки отгрузки 40 паровозов.

‹14›КОВАЛЕВ

‹15›№ 3314""",
    "en": """‹1›TOP SECRET

‹2›CIPHERED TELEGRAM

‹3›MOSCOW, to Cde. BESHCHEV

‹4›This morning 14 echelons with equipment left Mukden for Harbin. ‹5›The echelons are accompanied by 120 Soviet railwaymen. ‹6›Another 9 echelons will be dispatched on November 10.

‹7›In the evening Chou En-lai received me. ‹8›Chou En-lai asked to speed up the delivery of rails, locomotives and cars. ‹9›He said that the Chinese side would assign 3,000 workers to repair the track.

‹10›The deputy chief of the railway, Sidorov, left for Changchun station. ‹11›Engineer Sidorov with a group of bridge builders was sent there as well. ‹12›The bridge over the Sungari will be restored by November 25.

‹13›Please report the shipping dates of the 40 locomotives.

‹14›KOVALEV

‹15›No. 3314""",
    "required": [
        (
            "name",
            "из Харбина в Мукден",
            "left Mukden for Harbin",
            "the echelons went from Harbin to Mukden; the translation turns the route round",
        ),
        (
            "name",
            "Сидорчук",
            ("Sidorov", "railway, Sidorov"),
            "Sidorchuk is given as Sidorov, the engineer's surname",
        ),
    ],
    "forbidden": [
        (None, ("Чжоу Энь-лай", "Вечером"), "Chou En-lai received", "Palladius and Wade-Giles", ["name"]),
        (
            None,
            "паровозов, вагонов и рельсов",
            "rails, locomotives and cars",
            "a list in another order",
            ["name", "omission", "addition", "term"],
        ),
        (None, "Сунгари", "Sungari", "the river's old name", ["name"]),
        (None, "БЕЩЕВУ", "BESHCHEV", "the minister in the dative", ["name"]),
    ],
    "notes": "Pair. Planted: из Харбина в Мукден -> from Mukden to Harbin (a route turned round); Сидорчук -> Sidorov (another person's surname in the next sentence). Traps: Чжоу Энь-лай = Chou En-lai, Бещев = Beshchev, a list reordered, Сунгари.",
}

DOCS["sw03-record-talk-kovalenko-1956"] = {
    "genre": "record of conversation (pair)",
    "about": "Invented: a Soviet consul records a talk on the repatriation of Soviet citizens from Sinkiang.",
    "ru": """‹1›ИЗ ДНЕВНИКА
‹2›КОНСУЛА СССР В УРУМЧИ
‹3›ГРОМОВА А. И.

‹4›ЗАПИСЬ БЕСЕДЫ
‹5›с председателем правительства Синьцзяна Сайфуддином

‹6›15 мая 1956 года

‹7›Сайфуддин принял меня в 11 часов в здании правительства. ‹8›В беседе участвовали вице-консул Коваленко и переводчик Мусин.

‹9›Я сообщил, что вице-консул Коваленко доложил Савельеву о задержке 300 семей в Кульдже. ‹10›Сайфуддин ответил, что задержка вызвана нехваткой автомашин. ‹11›Колонна из Кульджи задержалась, но грузы в сохранности. ‹12›По его словам, 60 автомашин будут выделены к 1 июня.

‹13›Я поблагодарил Сайфуддина за помощь. ‹14›Переезд семей затруднен, однако власти округа оказывают всяческое содействие.

‹15›Беседа продолжалась 50 минут.

‹16›КОНСУЛ СССР В УРУМЧИ
‹17›А. ГРОМОВ""",
    "en": """‹1›FROM THE DIARY
‹2›OF THE USSR CONSUL IN URUMCHI
‹3›A. I. GROMOV

‹4›RECORD OF CONVERSATION
‹5›with Saifuddin, Chairman of the Government of Sinkiang

‹6›May 15, 1956

‹7›Saifuddin received me at 11 o'clock in the government building. ‹8›Vice-Consul Kovalenko and interpreter Musin took part in the conversation.

‹9›I said that Savelyev had reported to Vice-Consul Kovalenko on the holdup of 300 families in Kuldja. ‹10›Saifuddin answered that the delay was caused by a shortage of trucks. ‹11›The column from Kuldja was delayed. ‹12›In his words, 60 trucks would be allocated by June 1.

‹13›I thanked Saifuddin for his help. ‹14›The move of the families is difficult. However, the district authorities are giving every assistance.

‹15›The conversation lasted 50 minutes.

‹16›USSR CONSUL IN URUMCHI
‹17›A. GROMOV""",
    "required": [
        (
            "name",
            "Коваленко доложил Савельеву",
            "Savelyev had reported to Vice-Consul Kovalenko",
            "Kovalenko reported to Savelyev; the translation has Savelyev report to Kovalenko",
        ),
        (
            "omission",
            "но грузы в сохранности",
            "The column from Kuldja was delayed.",
            "the translation drops that the cargo is intact",
        ),
    ],
    "forbidden": [
        (
            None,
            "однако власти округа оказывают всяческое содействие",
            "However, the district authorities",
            "the contrast kept in a sentence of its own",
            ["omission", "addition"],
        ),
        (None, "Сайфуддином", "Saifuddin, Chairman", "the same person", ["name"]),
        (None, "Кульдже", ("Kuldja", "families in Kuldja"), "the town's old name", ["name"]),
    ],
    "notes": "Pair. Planted: Коваленко доложил Савельеву -> Savelyev reported to Kovalenko (the two names swapped); «Колонна … задержалась, но грузы в сохранности» -> 'The column … was delayed.' (a contrast clause dropped). Traps: a contrast clause kept in its own sentence, Кульджа = Kuldja.",
}

DOCS["sw04-directive-border-districts-1940"] = {
    "genre": "directive (pair)",
    "about": "Invented: the NKVD directs the border troops of the new western districts.",
    "ru": """‹1›СОВЕРШЕННО СЕКРЕТНО

‹2›ДИРЕКТИВА НКВД СССР
‹3›№ 00714

‹4›10 июля 1940 года

‹5›Начальникам пограничных войск Украинского и Молдавского округов

‹6›В связи с включением в состав СССР Северной Буковины и Бессарабии ПРИКАЗЫВАЮ:

‹7›1. Сформировать 3 новых пограничных отряда. ‹8›Штабы отрядов разместить в Черновцах, Кишиневе и Измаиле.

‹9›2. Для усиления охраны границы на Днестре перебросить из Западной Украины 2 комендатуры. ‹10›Комендатуры прибудут к 1 августа.

‹11›3. Командиров отрядов назначить из числа офицеров Киевского округа. ‹12›Личный состав отрядов укомплектовать за счет выпускников пограничных училищ.

‹13›4. Начальнику войск Украинского округа генерал-майору Хоменко доложить о выполнении к 15 августа.

‹14›Народный комиссар внутренних дел СССР
‹15›Л. БЕРИЯ""",
    "en": """‹1›TOP SECRET

‹2›DIRECTIVE OF THE NKVD OF THE USSR
‹3›No. 00714

‹4›July 10, 1940

‹5›To the chiefs of the border troops of the Ukrainian and Moldavian districts

‹6›In connection with the incorporation of Southern Bukovina and Bessarabia into the USSR I ORDER:

‹7›1. Form 3 new border detachments. ‹8›Station the detachments' headquarters in Chernovtsy, Kishinev and Izmail.

‹9›2. To strengthen the guard of the border on the Dniester, transfer 2 commandant's offices from Eastern Galicia. ‹10›The commandant's offices will arrive by August 1.

‹11›3. Appoint the detachment commanders from among the officers of the Kiev district, to strengthen the command of the new frontier. ‹12›Man the detachments with graduates of the border schools.

‹13›4. The chief of the troops of the Ukrainian district, Major General Khomenko, is to report on the execution by August 15.

‹14›People's Commissar of Internal Affairs of the USSR
‹15›L. BERIA""",
    "required": [
        ("name", "Северной Буковины", "Southern Bukovina", "Northern Bukovina is given as Southern Bukovina"),
        (
            "addition",
            None,
            "to strengthen the command of the new frontier",
            "the translation adds a purpose the original does not give",
        ),
    ],
    "forbidden": [
        (
            None,
            "Западной Украины",
            "Eastern Galicia",
            "the same region under its other name",
            ["name"],
            "minor",
        ),
        (
            None,
            "Для усиления охраны границы",
            "To strengthen the guard",
            "a purpose clause the original has",
            ["addition", "omission"],
        ),
        (None, "Черновцах", "Chernovtsy", "the town in the period spelling", ["name"]),
    ],
    "notes": "Pair. Planted: Северной Буковины -> Southern Bukovina (a compass word turned round); an added purpose clause ', to strengthen the command of the new frontier'. Traps: Западная Украина = Eastern Galicia, a purpose clause the original has (Для усиления … = To strengthen …).",
}

DOCS["sw05-letter-sakhalin-fisheries-1952"] = {
    "genre": "letter of a minister (pair)",
    "about": "Invented: the Minister of the Fish Industry writes to the Council of Ministers about fisheries in the Far East.",
    "ru": """‹1›СОВЕТ МИНИСТРОВ СССР
‹2›товарищу КОСЫГИНУ А. Н.

‹3›Министерство рыбной промышленности СССР докладывает о ходе путины 1952 года. ‹4›Рыбокомбинаты Южного Сахалина выполнили план лова на 112 процентов. ‹5›Комбинаты Северо-Восточного Китая, работающие на советском оборудовании, также увеличили улов.

‹6›Директор Корсаковского комбината Мамонов представлен к ордену Ленина. ‹7›Главный инженер треста Мамонтов переведен на Камчатку.

‹8›Флот треста получил 24 сейнера. ‹9›Сейнеры вышли в море, но улов сельди снизился. ‹10›Для восполнения нехватки рабочих министерство направит на остров 1.500 человек.

‹11›Министр рыбной промышленности СССР
‹12›А. ИШКОВ

‹13›9 октября 1952 года""",
    "en": """‹1›COUNCIL OF MINISTERS OF THE USSR
‹2›To Comrade A. N. KOSYGIN

‹3›The Ministry of the Fish Industry of the USSR reports on the course of the 1952 fishing season. ‹4›The fish combines of Northern Sakhalin fulfilled the catch plan by 112 per cent. ‹5›The combines of Manchuria, working on Soviet equipment, also increased their catch.

‹6›The director of the Korsakov combine, Mamontov, has been recommended for the Order of Lenin. ‹7›The chief engineer of the trust, Mamontov, has been transferred to Kamchatka.

‹8›The trust's fleet received 24 seiners. ‹9›The seiners went to sea. ‹10›To make up for the shortage of workers the ministry will send 1,500 men to the island.

‹11›Minister of the Fish Industry of the USSR
‹12›A. ISHKOV

‹13›October 9, 1952""",
    "required": [
        ("name", "Южного Сахалина", "Northern Sakhalin", "Southern Sakhalin is given as Northern Sakhalin"),
        (
            "name",
            "Мамонов",
            ("Mamontov", "combine, Mamontov"),
            "Mamonov is given as Mamontov, the chief engineer's surname",
        ),
        (
            "omission",
            "но улов сельди снизился",
            "The seiners went to sea.",
            "the translation drops that the herring catch fell",
        ),
    ],
    "forbidden": [
        (
            None,
            "Северо-Восточного Китая",
            "Manchuria",
            "the North-East of China under its period name",
            ["name"],
        ),
        (
            None,
            "Для восполнения нехватки рабочих",
            "To make up for the shortage",
            "a purpose clause the original has",
            ["addition", "omission"],
        ),
        (None, "КОСЫГИНУ", "KOSYGIN", "the same person in the dative", ["name"]),
    ],
    "notes": "Pair. Planted: Южного Сахалина -> Northern Sakhalin (compass); Мамонов -> Mamontov (one consonant added, the other official's surname); «Сейнеры вышли в море, но улов сельди снизился» -> 'The seiners went to sea.' (contrast dropped). Traps: Северо-Восточный Китай = Manchuria, a purpose clause the original has.",
}
