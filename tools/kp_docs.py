# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented kp documents of archival-own (read by build_archival_kp.py): the crises of 1956 and the Far East.

Soviet records of the Hungarian and Polish crises of 1956 and of relations with China, Vietnam and Korea in
1955-1961: ciphered telegrams of ambassadors, CC Presidium working notes and resolutions, records of conversation,
a military adviser's report. Names come through Russian (Hungarian names surname first, Polish names, Chinese in
Palladius against Wade-Giles and pinyin, Vietnamese and Korean names), with party and state posts, military and
security terms and period dates. Every text is invented (persons are real names in made-up contexts; figures,
dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["kp01-andropov-telegram-budapest-1956"] = {
    "genre": "ciphered telegram of an ambassador (pair, despatch lines, distribution)",
    "about": "Invented: the ambassador in Budapest reports on the night of the uprising and the new government.",
    "ru": """‹1›СОВ.СЕКРЕТНО
‹2›ШИФРТЕЛЕГРАММА

‹u›Из БУДАПЕШТА Отправлено 24.Х.56 г. 11 ч. 20 м.
‹u›Получено 24.Х.56 г. 14 ч. 05 м.

‹3›ЦК КПСС

‹4›В ночь на 24 октября в город вошли части Особого корпуса. ‹5›По сообщению командира корпуса генерал-лейтенанта Лащенко, в Будапешт введены две механизированные дивизии, которые заняли мосты через Дунай и район парламента.

‹6›Утром на заседании Политбюро ЦК ВПТ Председателем Совета Министров утвержден Надь Имре. ‹7›Гере Эрнё остается Первым секретарем ЦК, хотя многие члены Политбюро требуют его замены Кадаром Яношем.

‹8›Хегедюш Андраш сообщил мне, что органы государственной безопасности потеряли контроль над положением в VIII и IX районах города. ‹9›В ряде районов стрельба продолжается, есть убитые и раненые среди военнослужащих и мирного населения. ‹10›На заводе в Чепеле создан рабочий совет, который потребовал вывода советских войск, причем его поддержали рабочие соседних предприятий.

‹11›Надь Имре в 12 ч. 10 м. выступит по радио с обращением к населению. ‹12›Он заявил мне, что объявит амнистию всем, кто сложит оружие до 14 ч. 00 м.

‹13›Считаю необходимым срочный приезд в Будапешт тт. Микояна и Суслова.

‹14›АНДРОПОВ

‹u›Разослано: тт. Хрущеву, Булганину, Молотову, Жукову, Микояну, Суслову.""",
    "en": """‹1›TOP SECRET
‹2›CIPHERED TELEGRAM

‹3›CC CPSU

‹4›During the night of October 23–24, units of the Special Corps entered the city. ‹5›According to the corps commander, Lieutenant General Lashchenko, three mechanized divisions have been brought into Budapest; they have occupied the bridges across the Danube and the area of Parliament.

‹6›In the morning the Politburo of the HWP CC confirmed Imre Nagy as First Secretary. ‹7›Ernő Gerő remains First Secretary of the CC, although many members of the Politburo demand that he be replaced by János Kádár.

‹8›András Hegedüs told me that the state security organs have lost control of the situation in the 8th and 9th districts of the city. ‹9›In a number of districts the shooting continues, and there are dead and wounded among servicemen and civilians. ‹10›At the plant in Csepel a workers' council has been set up, which demanded the withdrawal of Soviet troops.

‹11›At 12:10 p.m. Imre Nagy will address the population on the radio. ‹12›He told me that he will announce an amnesty for all who lay down their arms before 2 p.m.

‹13›I consider it necessary that Comrades Mikoyan and Suslov come to Budapest urgently.

‹14›ANDROPOV""",
    "required": [
        (
            "number",
            "две механизированные дивизии",
            "three mechanized divisions",
            "two mechanised divisions in the original, three in the translation",
        ),
        (
            "title",
            ("Председателем Совета Министров", "Утром"),
            ("First Secretary", "confirmed Imre"),
            "Nagy is confirmed Chairman of the Council of Ministers, not First Secretary",
        ),
        (
            "omission",
            "причем его поддержали рабочие соседних предприятий",
            None,
            "the clause on the workers of the neighbouring plants is left out",
        ),
    ],
    "forbidden": [
        (
            None,
            "В ночь на 24 октября",
            "During the night of October 23–24",
            "the night before the 24th",
            ["date", "number"],
        ),
        (None, "Особого корпуса", "Special Corps", "the Special Corps", ["term", "name"]),
        (None, "Гере Эрнё", "Ernő Gerő", "a Hungarian name surname first", ["name"]),
        (None, "Хегедюш Андраш", "András Hegedüs", "a Hungarian name surname first", ["name"]),
        (None, "VIII и IX районах", "8th and 9th districts", "Roman district numbers", ["number"]),
        (None, "органы государственной безопасности", "state security organs", "state security", ["term"]),
    ],
    "notes": "Pair, a ciphered telegram with despatch lines and a distribution line. Planted: две -> three mechanized divisions (number); Председателем Совета Министров -> First Secretary (title); an omitted closing clause (причем …). Traps: в ночь на 24 октября = the night of October 23-24, Особый корпус = Special Corps, Hungarian names surname first, VIII и IX районы, органы государственной безопасности, 12 ч. 10 м. = 12:10 p.m.",
}

DOCS["kp02-presidium-notes-poland-1956"] = {
    "genre": "CC Presidium working notes (page, Russian first, telegraphic style)",
    "about": "Invented: working notes of a Presidium session after the delegation's return from Warsaw.",
    "page": {
        "date": "October 20, 1956",
        "title": "Working Notes from the Session of the CC CPSU Presidium on the Situation in Poland",
        "ref": "kp-0201",
        "translator": "J. Wrona",
        "summary": "Khrushchev reports on the talks in Warsaw with Gomułka, Ochab and Cyrankiewicz; the Presidium discusses the movement of Soviet troops and the position of Marshal Rokossovsky.",
        "fields": [
            (
                "Original Archive",
                "Russian State Archive of Contemporary History (RGANI), Fond 3, Opis 12, Delo 1005, Listy 49-51 (constructed reference)",
            ),
            (
                "Associated People & Organizations",
                "Gomułka, Władysław, 1905-1982; Ochab, Edward, 1906-1989; Rokossowski, Konstanty, 1896-1968",
            ),
            ("Associated Places", "Poland; Warsaw (Poland)"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹1›Протокол № 48

‹2›Заседание 20 октября 1956 г.

‹3›Присутствовали: Булганин, Ворошилов, Каганович, Маленков, Микоян, Молотов, Первухин, Сабуров, Суслов, Хрущев, Брежнев, Жуков, Фурцева, Шепилов.

‹4›I. Информация т. Хрущева о поездке в Варшаву.

‹5›Тов. Хрущев: Переговоры шли трудно. ‹6›Гомулка заявил, что новое руководство ПОРП не допустит разрыва с Советским Союзом. ‹7›Охаб поддерживает Гомулку, Циранкевич колеблется.

‹8›Поляки требуют отозвать советских генералов и офицеров из Войска Польского. ‹9›Рокоссовского в Политбюро не избрали.

‹10›О войсках: Северная группа войск остановлена на месте. ‹11›Две механизированные дивизии из Прибалтийского военного округа задержаны у границы.

‹12›Тов. Молотов: Положение серьезное, надо быть твердыми. ‹13›Тов. Жуков: Войска готовы выполнить любой приказ.

‹14›Тов. Булганин: Гомулка — не Надь, с ним можно договориться.

‹15›Тов. Каганович: Нужно время, чтобы присмотреться.

‹16›Решение: ‹17›1) Войскам оставаться в районах расположения до особого распоряжения. ‹18›2) Поручить т. Хрущеву подготовить проект письма ЦК ПОРП.""",
    "en": """‹1›Protocol No. 48

‹2›Session of October 20, 1956

‹3›Present: Bulganin, Voroshilov, Kaganovich, Malenkov, Mikoyan, Molotov, Pervukhin, Saburov, Suslov, Khrushchev, Brezhnev, Zhukov, Furtseva, Shepilov.

‹4›I. Comrade Khrushchev's report on the trip to Warsaw.

‹5›Cde. Khrushchev: The talks were difficult. ‹6›Gomułka declared that the new leadership of the PUWP will not allow a break with the Soviet Union. ‹7›Cyrankiewicz supports Gomułka; Cyrankiewicz is wavering.

‹8›The Poles demand that Soviet generals and officers be recalled from the Polish Army. ‹9›Rokossowski was not elected to the Politburo.

‹10›On the troops: the Northern Group of Forces has been halted where it stands. ‹11›Two tank divisions from the Baltic Military District have been stopped at the border.

‹12›Cde. Molotov: The situation is serious, we must be firm. ‹13›Cde. Zhukov: The troops are ready to carry out any order.

‹14›Cde. Bulganin: Gomułka is no Nagy; an agreement can be reached with him.

‹15›Cde. Kaganovich: We need time to take a closer look.

‹16›Decision: ‹17›1) The troops are to remain in their areas of deployment until further orders. ‹18›2) Cde. Khrushchev is instructed to prepare a draft letter to the PUWP CC.""",
    "required": [
        ("name", "Охаб", ("Cyrankiewicz", "Cyrankiewicz supports"), "Ochab is given as Cyrankiewicz"),
        (
            "term",
            "механизированные дивизии",
            "tank divisions",
            "mechanised divisions are given as tank divisions",
        ),
    ],
    "forbidden": [
        (
            None,
            "Рокоссовского в Политбюро",
            "Rokossowski was not",
            "the marshal's name in its Polish spelling",
            ["name"],
        ),
        (
            None,
            ("Гомулка", "Гомулка заявил"),
            ("Gomułka", "Gomułka declared"),
            "a Polish name with its ł",
            ["name"],
        ),
        (None, "ПОРП не допустит", "PUWP will not", "the party's initials in English", ["name", "term"]),
        (None, "Войска Польского", "Polish Army", "the Polish Army", ["name", "term"]),
        (None, "Северная группа войск", "Northern Group of Forces", "a group of forces", ["term", "name"]),
        (None, "Гомулка — не Надь", "Gomułka is no Nagy", "a Hungarian surname alone", ["name"]),
    ],
    "notes": "Page, Russian first, Presidium working notes in telegraphic style with speakers. Planted: Охаб -> Cyrankiewicz (name, the translation gives Cyrankiewicz twice); механизированные -> tank divisions (term). Traps: Рокоссовский = Rokossowski, Гомулка = Gomułka, ПОРП = PUWP, Войско Польское = Polish Army, Северная группа войск, Надь = Nagy.",
}

DOCS["kp03-yudin-record-mao-1958"] = {
    "genre": "record of conversation from the ambassador's diary (pair, heading lines, copies)",
    "about": "Invented: the ambassador in Peking records a talk with Mao Zedong on the Soviet proposal of a joint fleet.",
    "ru": """‹u›Из дневника
‹u›П.Ф. ЮДИНА

‹u›Секретно
‹u›Экз. № 2

‹1›ЗАПИСЬ БЕСЕДЫ
‹2›с Председателем ЦК КПК Мао Цзэ-дуном

‹3›22 июля 1958 года

‹4›Сегодня по приглашению Мао Цзэ-дуна я посетил его в Чжуннаньхае. ‹5›На беседе присутствовали Чжоу Энь-лай, Пэн Дэ-хуай, Чэнь И и переводчик Ян Шан-кунь.

‹6›Мао Цзэ-дун сказал, что он еще раз обдумал предложение советского правительства о создании совместного флота. ‹7›По его словам, китайская сторона готова принять советскую помощь в строительстве подводных лодок, но не может согласиться на совместное командование.

‹8›Министр обороны КНР Пэн Дэ-хуай добавил, что Военный совет ЦК КПК обсуждал этот вопрос на заседании 18 июля. ‹9›Все члены Военного совета высказались против совместного флота.

‹10›Мао Цзэ-дун просил передать тов. Хрущеву, что он готов встретиться с ним в Пекине в конце июля или начале августа. ‹11›Беседа продолжалась 2 ч. 30 м.

‹12›ПОСОЛ СССР В КНР
‹13›П. ЮДИН

‹u›Отп. 4 экз.
‹u›1 - т. Хрущеву
‹u›2 - т. Громыко
‹u›3 - т. Федоренко
‹u›4 - в дело
‹u›23.VII.58 г.""",
    "en": """‹1›RECORD OF CONVERSATION
‹2›with the Chairman of the CC CPC Mao Tse-tung

‹3›July 21, 1958

‹4›Today, at the invitation of Mao Tse-tung, I visited him in Chungnanhai. ‹5›Present at the conversation were Chou En-lai, P'eng Te-huai, Ch'en Yi and the interpreter Yang Shang-k'un.

‹6›Mao Tse-tung said that he had thought over once more the Soviet government's proposal to create a joint fleet. ‹7›In his words, the Chinese side is ready to accept Soviet help in building submarines but cannot agree to a joint command. ‹u›He added that the question of sovereignty over the Chinese coast is for the Chinese people alone.

‹8›The PRC Chief of the General Staff P'eng Te-huai added that the Military Council of the CC CPC had discussed this question at its session of July 18. ‹9›All members of the Military Council spoke against a joint fleet.

‹10›Mao Tse-tung asked me to tell Comrade Khrushchev that he is ready to meet him in Peking at the end of July or the beginning of August. ‹11›The conversation lasted two and a half hours.

‹12›USSR AMBASSADOR TO THE PRC
‹13›P. YUDIN""",
    "required": [
        (
            "date",
            "22 июля 1958 года",
            "July 21, 1958",
            "the record is dated July 22, the translation July 21",
        ),
        (
            "title",
            "Министр обороны",
            "Chief of the General Staff",
            "Peng Dehuai is Minister of Defence, not Chief of the General Staff",
        ),
        (
            "addition",
            None,
            "He added that the question of sovereignty",
            "a sentence on sovereignty added in the translation",
        ),
    ],
    "forbidden": [
        (None, "Чжоу Энь-лай", "Chou En-lai", "Palladius against Wade-Giles", ["name"]),
        (None, "Чэнь И", "Ch'en Yi", "Palladius against Wade-Giles", ["name"]),
        (None, "Ян Шан-кунь", "Yang Shang-k'un", "Palladius against Wade-Giles", ["name"]),
        (None, "Чжуннаньхае", "Chungnanhai", "a place in Wade-Giles, in the prepositional", ["name"]),
        (
            None,
            "в конце июля или начале августа",
            "the end of July or the beginning of August",
            "parts of months",
            ["date"],
        ),
        (None, "2 ч. 30 м.", "two and a half hours", "a duration in words", ["number"]),
    ],
    "notes": "Pair, a record of conversation from the ambassador's diary, heading and copy lines unlinked. Planted: 22 июля -> July 21 (date); Министр обороны -> Chief of the General Staff (title); an added sentence on sovereignty. Traps: Palladius against Wade-Giles (Чжоу Энь-лай, Чэнь И, Ян Шан-кунь, Чжуннаньхай), parts of months, 2 ч. 30 м. = two and a half hours.",
}

DOCS["kp04-telegram-hanoi-giap-1957"] = {
    "genre": "ciphered telegram of an ambassador (pair, with OCR noise)",
    "about": "Invented: the ambassador in Hanoi reports Vietnamese requests for military advisers and rice.",
    "ru": """‹1›ШИФРТЕЛЕГРАММА

‹u›Из ХАНОЯ Отправлено 3.IV.57 г. 16 ч. 40 м.
‹u›Получено 3.IV.57 г. 21 ч. 15 м.

‹2›МОСКВА, МИД СССР – тов. ГРОМЫКО

‹3›2 апреля меня принял Президент ДРВ Хо Ши Мин. ‹4›На беседе присутствовали Премьер-министр Фам Ван Донг и заместитель Премьер-министра, министр обороны Во Нгуен Зиап.

‹5›Хо Ши Мин сказал, что в связи с сокращением китайской помощи продовольствием положение в провинциях Нгеан и Тханьхоа остается тяжелым. ‹6›Правительство ДРВ просит поставить во II квартале с.г. 60 тыс. тонн риса. ‹u›Часть риса может быть закуплена в Бирме за счет советского кредита.

‹8›Во Нгуен Зиап просил направить в Народную армию Вьетнама группу советских военных советников в количест ве 45 человек. ‹9›По его словам, китайские советники будут отозваны к концу года. ‹10›Фам Ван Донг добавил, что этот вопрос обсуждался с т. Пэн Дэ-хуаем во время его визита в Ханой.

‹11›Хо Ши Мин выразил надежду, что советское правительство рассмотрит эти просьбы до 1 мая.

‹12›Прошу указаний.

‹13›ЗИМЯНИН

‹u›Разослано: тт. Хрущеву, Булганину, Микояну, Жукову, Громыко.""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›MOSCOW, USSR MFA – to Comrade GROMYKO

‹3›On April 2 I was received by the President of the DRV Ho Chi Minh. ‹4›Present at the conversation were Prime Minister Pham Van Dong and the Prime Minister and Minister of Defence Vo Nguyen Giap.

‹5›Ho Chi Minh said that, because Chinese food aid had been reduced, the situation in the provinces of Nghe An and Thanh Hoa remains grave. ‹6›The DRV Government asks for the delivery of 60,000 tons of rice in the second quarter of this year.

‹8›Vo Nguyen Giap asked that a group of Soviet military advisers, 45 men, be sent to the Vietnam People's Army. ‹9›In his words, the Chinese advisers will be recalled by the end of the year. ‹10›Pham Van Dong added that this question had been discussed with Comrade P'eng Te-huai during his visit to Hanoi.

‹11›Ho Chi Minh expressed the hope that the Soviet government would consider these requests before May 1.

‹12›Please instruct.

‹13›ZIMYANIN""",
    "required": [
        (
            "title",
            "заместитель Премьер-министра",
            ("Prime Minister and Minister", "the Prime Minister and"),
            "Giap is Deputy Prime Minister, not Prime Minister",
        ),
        (
            "omission",
            "Часть риса может быть закуплена в Бирме",
            None,
            "the sentence on rice bought in Burma is left out",
        ),
    ],
    "forbidden": [
        (
            None,
            ("Фам Ван Донг", "Премьер-министр Фам"),
            ("Pham Van Dong", "Prime Minister Pham"),
            "a Vietnamese name",
            ["name", "title"],
        ),
        (
            None,
            ("Во Нгуен Зиап", "Во Нгуен Зиап просил"),
            ("Vo Nguyen Giap", "Vo Nguyen Giap asked"),
            "a Vietnamese name",
            ["name"],
        ),
        (None, "Нгеан и Тханьхоа", "Nghe An and Thanh Hoa", "Vietnamese provinces", ["name"]),
        (
            None,
            "во II квартале с.г.",
            "second quarter of this year",
            "a Roman quarter and с.г.",
            ["date", "number"],
        ),
        (None, "60 тыс. тонн", "60,000 tons", "тыс.", ["number"]),
        (None, "Народную армию Вьетнама", "Vietnam People's Army", "the army's name", ["name", "term"]),
        (None, "Пэн Дэ-хуаем", "P'eng Te-huai", "Palladius in the instrumental against Wade-Giles", ["name"]),
    ],
    "notes": "Pair, a ciphered telegram with despatch lines and distribution. Planted: заместитель Премьер-министра -> the Prime Minister (title); an omitted sentence (rice bought in Burma). Traps: Vietnamese names and provinces, II квартал с.г., 60 тыс. тонн, Народная армия Вьетнама, Пэн Дэ-хуаем = P'eng Te-huai.",
}

DOCS["kp05-adviser-report-kpa-reduction-1957"] = {
    "genre": "report of the chief military adviser (page, translation first, OCR noise)",
    "about": "Invented: the chief military adviser with the KPA reports on the reduction of the Korean People's Army.",
    "page": {
        "date": "December 12, 1957",
        "title": "Report of the Chief Military Adviser in the DPRK to Minister of Defence G. K. Zhukov on the Reduction of the KPA",
        "ref": "kp-0501",
        "summary": "The chief military adviser reports on the reduction of the Korean People's Army by 80,000 men, the disbanding of infantry divisions and the withdrawal of the Chinese People's Volunteers.",
        "fields": [
            (
                "Original Archive",
                "Central Archive of the Ministry of Defence (TsAMO), Fond 16, Opis 3139, Delo 42, Listy 88-91 (constructed reference)",
            ),
            (
                "Associated People & Organizations",
                "Kim, Il-sung, 1912-1994; Kim, Kwang-hyop, 1915-1970; Choe, Yong-gon, 1900-1976",
            ),
            ("Associated Places", "Korea (North); Pyongyang (Korea)"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›Secret

‹2›To the Minister of Defence of the USSR
‹3›Marshal of the Soviet Union Comrade G. K. ZHUKOV

‹4›REPORT

‹5›In accordance with the decision of the KWP CC of August 14, 1957, the Korean People's Army is being reduced by 80,000 men by April 1, 1958. ‹6›The reduction is led by the Minister of National Defence, General of the Army Kim Kwang-hyop.

‹7›Two infantry brigades of the 2nd Army Corps and the 10th mechanised division are to be disbanded. ‹8›Three artillery regiments of the reserve of the Supreme Command are being brought together into an artillery division.

‹9›The officers released go to work in industry and agriculture. ‹10›Some 1,500 of them will be sent to study at civilian higher schools.

‹11›Kim Il Sung told me that after the withdrawal of the Chinese People's Volunteers the KPA must keep no fewer than 12 divisions in the first echelon. ‹12›Choe Yong-gon supports this view.

‹13›The number of Soviet military advisers in the KPA is proposed to be reduced from 120 to 85 men.

‹14›CHIEF MILITARY ADVISER
‹15›Lieutenant General V. ZOLOTAREV

‹16›December 12, 1957""",
    "ru": """‹1›Секретно

‹2›Министру обороны Союза ССР
‹3›Маршалу Советского Союза тов. ЖУКОВУ Г.К.

‹4›ДОКЛАД

‹5›В соответствии с решением ЦК ТПК от 14 августа 1957 г. Корейская народная армия сокращается на 80 тыс. человек к 1 апреля 1958 г. ‹6›Сокращение возглавляет министр национальной обороны генерал армии Ким Гван Хеп.

‹7›Расформировываются две пехотные дивизии 2-го армейского корпуса и 10-я механизированная дивизия. ‹8›Три артиллерийских полка резерва Верховного Главнокомандования сводятся в артиллерийскую дивизию, а один полк передается в состав ПВО страны.

‹9›Высвобождаемые офицеры направляются на работу в промыш-
ленность и сельское хозяйство. ‹10›Около 1.500 из них будут направлены на учебу в гражданские высшие учебные заведения.

‹11›Ким Ир Сен сказал мне, что после вывода Китайских народных добровольцев КНА должна иметь в первом эшелоне не менее 12 дивизий. ‹12›Чве Ен Гон поддерживает эту точку зрения.

‹13›Количество советских военных советников в КНА предлагается сократить со 120 до 58 человек.

‹14›ГЛАВНЫЙ ВОЕННЫЙ СОВЕТНИК
‹15›генерал-лейтенант ЗОЛОТАРЕВ В.

‹16›12 декабря 1957 г.""",
    "required": [
        (
            "term",
            "две пехотные дивизии",
            "Two infantry brigades",
            "two infantry divisions are given as brigades",
        ),
        (
            "omission",
            "а один полк передается в состав ПВО страны",
            None,
            "the clause on the regiment transferred to air defence is left out",
        ),
        (
            "number",
            "со 120 до 58",
            "from 120 to 85",
            "the advisers are to be cut to 58, the translation gives 85",
        ),
    ],
    "forbidden": [
        (None, "80 тыс. человек", "80,000 men", "тыс.", ["number"]),
        (None, "Ким Гван Хеп", "Kim Kwang-hyop", "a Korean name in McCune-Reischauer", ["name"]),
        (None, "Чве Ен Гон", "Choe Yong-gon", "a Korean name", ["name"]),
        (None, "ЦК ТПК", "KWP CC", "the Korean Workers' Party's initials", ["name", "term"]),
        (
            None,
            "министр национальной обороны",
            "Minister of National Defence",
            "a minister's post",
            ["title"],
        ),
        (
            None,
            "Китайских народных добровольцев",
            "Chinese People's Volunteers",
            "the Chinese volunteers",
            ["name", "term"],
        ),
    ],
    "dehyphenated": ["промышленность"],
    "notes": "Page, translation first, a chief military adviser's report. Planted: две пехотные дивизии -> Two infantry brigades (term); an omitted clause (а один полк передается в состав ПВО страны); 58 -> 85 advisers (number). Traps: 80 тыс., Korean names in McCune-Reischauer, ТПК = KWP, министр национальной обороны, Китайские народные добровольцы.",
}

DOCS["kp06-presidium-resolution-hungary-1956"] = {
    "genre": "CC Presidium resolution extract (pair, numbered points, OCR noise)",
    "about": "Invented: a Presidium resolution on aid to the Hungarian Revolutionary Worker-Peasant Government.",
    "ru": """‹1›Строго секретно

‹2›ВЫПИСКА ИЗ ПРОТОКОЛА № 52
‹3›заседания Президиума ЦК КПСС от 6 ноября 1956 г.

‹4›О помощи Венгерскому революционному рабоче-крестьянскому правительству.

‹5›1. Принять к сведению сообщение тт.Маленкова и Брежнева о положении в Венгрии после 4 ноября 1956 г.

‹6›2. Удовлетворить просьбу Кадара Яноша и Мюнниха Ференца и поставить Венгрии безвозмездно до 1 декабря 1956 г. 30 тыс. тонн зерна, 5 тыс. тонн мяса и 2 тыс. тонн сахара.

‹7›3. Поручить КГБ при СМ СССР (т. Серову) оказать помощь в создании новых органов государственной безопасности ВНР. ‹8›Руководство этой работой возложить на т. Серова.

‹9›4. Поручить Министерству обороны СССР (т. Жукову) подготовить предложения о составе советских войск, остающихся на территории Венгрии.

‹10›5. Обязать МИД СССР (т. Шепилова) до 10.XI.56 г. дать указания послу в Будапеште т. Андропову о порядке выезда Надя Имре и его группы из посольства Югославии.

‹11›СЕКРЕТАРЬ ЦК""",
    "en": """‹1›Strictly Secret

‹2›EXTRACT FROM PROTOCOL No. 52
‹3›of the session of the Presidium of the CC CPSU of November 6, 1956

‹4›On aid to the Hungarian Revolutionary Worker-Peasant Government.

‹5›1. To take note of the report of Cdes. Malenkov and Brezhnev on the situation in Hungary after November 3, 1956.

‹6›2. To grant the request of Imre Nagy and Ferenc Münnich and to deliver to Hungary free of charge by December 1, 1956, 30,000 tons of grain, 5,000 tons of meat and 2,000 tons of sugar.

‹7›3. To instruct the KGB under the USSR CM (Cde. Serov) to help create new state security organs of the HPR. ‹8›Cde. Serov is to lead this work. ‹u›The Hungarian comrades are to be consulted on every appointment.

‹9›4. To instruct the USSR Ministry of Defence (Cde. Zhukov) to prepare proposals on the composition of the Soviet troops remaining on the territory of Hungary.

‹10›5. To instruct the USSR MFA (Cde. Shepilov) to give instructions by 10.XI.56 to the ambassador in Budapest, Cde. Andropov, on the procedure for the departure of Imre Nagy and his group from the Yugoslav Embassy.

‹11›SECRETARY OF THE CC""",
    "required": [
        (
            "date",
            "после 4 ноября 1956 г.",
            "after November 3, 1956",
            "the situation after November 4 is given as after November 3",
        ),
        (
            "name",
            "Кадара Яноша",
            ("Imre Nagy", "request of Imre Nagy"),
            "Kádár's request is given as Imre Nagy's",
        ),
        (
            "addition",
            None,
            "The Hungarian comrades are to be consulted on every appointment",
            "a sentence added in the translation",
        ),
    ],
    "forbidden": [
        (
            None,
            "Мюнниха Ференца",
            "Ferenc Münnich",
            "a Hungarian name surname first, in the genitive",
            ["name"],
        ),
        (
            None,
            "Надя Имре",
            ("Imre Nagy", "departure of Imre Nagy"),
            "a Hungarian name surname first, in the genitive",
            ["name"],
        ),
        (None, "30 тыс. тонн зерна", "30,000 tons of grain", "тыс.", ["number"]),
        (None, "КГБ при СМ СССР", "KGB under the USSR CM", "initials of state bodies", ["name", "term"]),
        (None, "до 10.XI.56 г.", "by 10.XI.56", "a period date on both sides", ["date", "number"]),
        (
            None,
            "органов государственной безопасности ВНР",
            "state security organs of the HPR",
            "state security of the HPR",
            ["term", "name"],
        ),
    ],
    "notes": "Pair, a Presidium resolution extract with numbered points. Planted: после 4 ноября -> after November 3 (date); Кадара Яноша -> Imre Nagy (name); an added sentence (consultation on appointments). Traps: Hungarian names surname first in the genitive, тыс. тонн, КГБ при СМ СССР, 10.XI.56, органы государственной безопасности ВНР.",
}
