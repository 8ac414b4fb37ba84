# ruff: noqa: E501, RUF001  (the texts are data)
"""The invented f documents of archival-own (read by build_archival_f.py): faithful but FREE translations.

Real published translations paraphrase, reorder clauses, merge and split sentences, drop redundant words
(т. е., как известно, repeated titles), put a pronoun or a description for a name, render товарищ and ranks
inconsistently, write numbers in words, resolve relative dates and add small clarifications in brackets.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["f01-stalin-churchill-convoys-1942"] = {
    "genre": "personal message (Stalin to Churchill; free translation)",
    "about": "Invented: Stalin answers Churchill on the suspension of the northern convoys.",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 280, л. 61-62.

‹1›ЛИЧНО И СЕКРЕТНО
‹2›ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ

‹3›Ваше послание от 17 июля получил. ‹4›Из послания видно, что, во-первых, Правительство Великобритании отказывается продолжать снабжение Советского Союза военными материалами по северному пути и, во-вторых, откладывает открытие второго фронта на 1943 год. ‹5›Наши военно-морские специалисты считают доводы английских военно-морских специалистов о необходимости прекращения подвоза военных материалов в северные порты СССР несостоятельными. ‹6›Они убеждены, что при доброй воле и готовности выполнить взятые на себя обязательства подвоз мог бы быть регулярным, с большими потерями для немцев.

‹7›Приказ Английского Адмиралтейства 17-му конвою покинуть транспорты и вернуться в Англию, а транспортам рассыпаться и добираться в одиночку до советских портов без эскорта наши специалисты считают непонятным и необъяснимым. ‹8›Я, конечно, не считаю, что регулярный подвоз в северные советские порты возможен без риска и потерь. ‹9›Но в обстановке войны ни одно большое дело не может быть осуществлено без риска и потерь. ‹10›Вам, конечно, известно, что Советский Союз несет несравненно более серьезные потери.

‹11›Что касается второго вопроса, а именно вопроса об организации второго фронта в Европе, то я боюсь, что этот вопрос начинает принимать несерьезный характер. ‹12›Исходя из создавшегося положения на советско-германском фронте, я должен заявить самым категорическим образом, что Советское Правительство не может примириться с откладыванием организации второго фронта в Европе на 1943 год.

‹13›Надеюсь, что Вы не обидитесь на то, что я счел нужным откровенно и честно высказать свое мнение и мнение моих коллег по вопросам, затронутым в Вашем послании.

‹14›23 июля 1942 года.""",
    "en": """‹1›PERSONAL AND SECRET
‹2›FROM PREMIER J. V. STALIN TO THE PRIME MINISTER, MR. WINSTON CHURCHILL

‹3›I have received your message of July 17th. ‹4›Two conclusions may be drawn from it: first, the British Government refuses to go on supplying the Soviet Union with war materials by the northern route; and second, it is putting off the second front until 1943. ‹5›Our naval experts consider untenable the reasons given by the British naval experts for stopping the convoys to the northern ports of the U.S.S.R. ‹6›They are convinced that, given good will and readiness to honour obligations, the supplies could go regularly, and the Germans would suffer heavy losses.

‹7›Our experts find it hard to understand and to explain the order given by the Admiralty to the escort of the 17th convoy to abandon the transports and return to Britain, and to the transports to scatter and make their way singly to Soviet ports without protection. ‹8›Of course, I do not think that regular convoys to the northern Soviet ports could be run without risk and losses. ‹9›But in wartime no important undertaking can be carried out without risk or loss. ‹10›You know, of course, that the Soviet Union is suffering far heavier losses.

‹11›As to the second question, the organisation of a second front in Europe, I am afraid it is not being treated with the seriousness it deserves. ‹12›In view of the present situation on the Soviet-German front, I must state in the most emphatic manner that the Soviet Government cannot acquiesce in the postponement of a second front in Europe until 1943.

‹13›I hope you will not feel offended that I have expressed frankly and honestly my own opinion and the opinion of my colleagues on the points raised in your message.

‹14›July 23, 1942""",
    "required": [],
    "forbidden": [
        (
            None,
            "ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ",
            "MR. WINSTON CHURCHILL",
            "an initial expanded to the first name",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "Из послания видно",
            "Two conclusions may be drawn",
            "a paraphrase",
            ["omission", "addition"],
            "minor",
        ),
        (None, "во-вторых", "second,", "an ordinal listing word", ["number"], None),
        (None, ("17-му конвою", "Приказ"), "17th convoy", "an ordinal", ["number"], None),
        (
            None,
            "Английского Адмиралтейства",
            "the Admiralty",
            "a repeated qualifier dropped",
            ["name", "omission", "term"],
            "minor",
        ),
        (None, "без эскорта", "without protection", "a synonym", ["term", "omission"], "minor"),
        (None, "в Англию", "to Britain", "England rendered Britain", ["name"], "minor"),
        (
            None,
            "а именно вопроса об",
            "the organisation",
            "a redundant 'namely' dropped",
            ["omission"],
            "minor",
        ),
        (
            None,
            "начинает принимать несерьезный характер",
            "not being treated with the seriousness",
            "an idiom",
            ["omission", "addition", "term"],
            "minor",
        ),
        (None, "23 июля 1942 года", "July 23, 1942", "the same date", ["number", "date"], None),
        (None, "от 17 июля", "July 17th", "the same date", ["number", "date"], None),
    ],
    "notes": "Faithful but free: clause order changed, 'во-первых/во-вторых' kept as first/second, a repeated 'Английского' dropped, 'без эскорта' rendered 'without protection', an idiom rendered by sense. No planted discrepancy.",
}

DOCS["f02-molotov-harriman-record-1945"] = {
    "genre": "record of conversation (free translation; names by description)",
    "about": "Invented: Molotov receives the American ambassador on the return of prisoners of war.",
    "ru": """‹u›АВП РФ, ф. 06, оп. 7, п. 23, д. 320, л. 14-16.

‹1›Секретно

‹2›ИЗ ДНЕВНИКА В. М. МОЛОТОВА

‹3›ПРИЕМ АМЕРИКАНСКОГО ПОСЛА ГАРРИМАНА
‹4›12 марта 1945 года

‹5›Гарриман явился по своей просьбе. ‹6›На беседе присутствовал американский генерал Дин. ‹7›Гарриман заявил, что он поручен Президентом Рузвельтом поставить вопрос о положении американских военнопленных, освобожденных Красной Армией в Польше. ‹8›По сведениям американского командования, в районе Люблина находится около 250 американских военнопленных, которые уже вторую неделю ждут отправки.

‹9›Гарриман просил разрешить направить в Польшу 10 американских самолетов с медицинским персоналом. ‹10›Я ответил Гарриману, что, как известно, все освобожденные военнопленные направляются в Одессу, откуда они отправляются на родину на английских и американских судах. ‹11›Поэтому необходимости в полетах американских самолетов в Польшу нет.

‹12›Гарриман сказал, что генерал Дин уже говорил об этом с генералом Антоновым, но ответа не получил. ‹13›Я обещал Гарриману выяснить этот вопрос у т. Антонова и сообщить ему ответ в ближайшие дни.

‹14›Гарриман передал также памятную записку по вопросу о поставках по ленд-лизу на второе полугодие 1945 года. ‹15›Я сказал, что записка будет рассмотрена.

‹16›Беседа продолжалась 40 минут.

‹17›Записал В. Павлов

‹u›Разослано: тт. Сталину, Берия, Маленкову, Микояну.""",
    "en": """‹1›Secret

‹2›FROM THE DIARY OF V. M. MOLOTOV

‹3›RECEPTION OF THE AMERICAN AMBASSADOR HARRIMAN
‹4›March 12, 1945

‹5›Harriman came at his own request. ‹6›General Deane of the U.S. Army was also present. ‹7›The Ambassador said that President Roosevelt had instructed him to raise the question of the American prisoners of war liberated by the Red Army in Poland. ‹8›According to the American command, some two hundred and fifty American POWs are in the Lublin area, where they have been waiting to be moved for over a week.

‹9›He asked permission to send ten American aircraft with medical staff to Poland. ‹10›I replied that all liberated prisoners of war are being sent to Odessa, from where British and American ships take them home. ‹11›There is therefore no need for American aircraft to fly to Poland.

‹12›Harriman said that Deane had already discussed this with General Antonov but had received no reply. ‹13›I promised to look into the matter with Antonov and to give him an answer within the next few days.

‹14›The Ambassador also handed over an aide-mémoire on Lend-Lease deliveries for the second half of 1945. ‹15›I said that it would be considered.

‹16›The conversation lasted forty minutes.

‹17›Recorded by V. Pavlov""",
    "required": [],
    "forbidden": [
        (
            None,
            ("Гарриман заявил", "Гарриман заявил"),
            ("The Ambassador said", "The Ambassador"),
            "a name rendered by a description",
            ["name", "omission"],
            "minor",
        ),
        (
            None,
            ("Гарриман просил", "Гарриман просил"),
            ("He asked", "He asked"),
            "a name rendered by a pronoun",
            ["name", "omission"],
            "minor",
        ),
        (None, "около 250", "some two hundred and fifty", "a number in words", ["number"], None),
        (None, "10 американских самолетов", "ten American aircraft", "a number in words", ["number"], None),
        (
            None,
            "уже вторую неделю",
            "for over a week",
            "an idiom of duration",
            ["number", "date", "omission"],
            "minor",
        ),
        (None, "как известно", ("I replied", "I replied"), "'как известно' dropped", ["omission"], "minor"),
        (
            None,
            "американский генерал Дин",
            "General Deane of the U.S. Army",
            "a qualifier moved",
            ["name", "addition", "title"],
            "minor",
        ),
        (
            None,
            ("что генерал Дин", "Гарриман сказал"),
            ("that Deane", "Harriman said"),
            "a repeated rank dropped",
            ["name", "title", "omission"],
            "minor",
        ),
        (
            None,
            "т. Антонова",
            ("with Antonov", "look into"),
            "тов. dropped",
            ["name", "title", "omission"],
            "minor",
        ),
        (
            None,
            "Я ответил Гарриману",
            ("I replied", "I replied"),
            "the addressee dropped",
            ["name", "omission"],
            "minor",
        ),
        (
            None,
            "Я обещал Гарриману",
            ("I promised", "I promised"),
            "the addressee dropped",
            ["name", "omission"],
            "minor",
        ),
        (
            None,
            ("Гарриман передал", "Гарриман передал"),
            ("The Ambassador also", "The Ambassador also"),
            "a name by a description",
            ["name", "omission"],
            "minor",
        ),
        (None, "40 минут", "forty minutes", "a number in words", ["number", "date"], None),
        (
            None,
            "второе полугодие 1945 года",
            "second half of 1945",
            "the same half-year",
            ["number", "date"],
            None,
        ),
        (None, "Записал В. Павлов", "Recorded by V. Pavlov", "the same name", ["name"], None),
    ],
    "notes": "Faithful but free: the ambassador's name rendered 'The Ambassador' or 'He', numbers in words, 'как известно' dropped, 'уже вторую неделю' = 'for over a week'. No planted discrepancy.",
}

DOCS["f03-roshchin-zhou-telegram-1950"] = {
    "genre": "ciphered telegram (free translation; the Premier for Zhou Enlai; a planted number)",
    "about": "Invented: the ambassador in Peking reports a conversation with Zhou Enlai on railway equipment.",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 334, л. 88-90.

‹1›ШИФРТЕЛЕГРАММА

‹u›Из ПЕКИНА Отправлено 26.VI.50 г. 03 ч. 15 м.

‹2›ФИЛИППОВУ

‹3›Вчера в 22 часа меня пригласил к себе Чжоу Энь-лай. ‹4›Чжоу Энь-лай сообщил, что ЦК КПК обсудил вопрос о восстановлении железной дороги Пекин-Ханькоу и просит Советское правительство оказать помощь оборудованием и специалистами.

‹5›По словам Чжоу Энь-лая, китайской стороне нужны 120 паровозов, 2.500 товарных вагонов и 30 тыс. тонн рельсов. ‹6›Кроме того, китайские товарищи просят направить в Китай группу советских специалистов-железнодорожников в количестве 40 человек сроком на один год.

‹7›Чжоу Энь-лай подчеркнул, что, т. е. в связи с положением в Корее, эти работы имеют первостепенное значение. ‹8›Он просил, чтобы первая партия оборудования была отгружена не позднее 1 сентября с.г.

‹9›Я ответил, что доложу об этой просьбе в Москву. ‹10›Чжоу Энь-лай сказал, что Мао Цзэ-дун лично просил передать тов. Филиппову свой привет.

‹11›РОЩИН

‹u›Расшифровал: Ильин 26.VI.50 г. 06 ч. 40 м.""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›To FILIPPOV [Stalin]

‹3›At 10 p.m. on June 25, Zhou Enlai invited me to see him. ‹4›The Premier said that the CC CPC had discussed the restoration of the Peking-Hankow railway and asks the Soviet Government for help with equipment and specialists.

‹5›According to him, the Chinese side needs 120 locomotives, 2,500 freight cars and 30,000 tons of rails. ‹6›The Chinese comrades also ask that a group of forty Soviet railway specialists be sent to China for one year.

‹7›Zhou stressed that, in view of the situation in Korea, this work is of paramount importance. ‹8›He asked that the first consignment of equipment be shipped no later than September 10, 1950.

‹9›I replied that I would report the request to Moscow. ‹10›Zhou Enlai said that Mao Zedong had personally asked him to convey his greetings to Comrade Filippov.

‹11›ROSHCHIN""",
    "required": [
        (
            "date",
            "1 сентября с.г.",
            "September 10, 1950",
            "1 September in the original, September 10 in the translation",
        ),
    ],
    "forbidden": [
        (
            None,
            "Вчера в 22 часа",
            "At 10 p.m. on June 25",
            "вчера resolved to the date (a minor note at most); 22 часа = 10 p.m.",
            ["number", "date"],
            "minor",
        ),
        (
            None,
            ("Чжоу Энь-лай сообщил", "Чжоу Энь-лай сообщил"),
            ("The Premier said", "The Premier"),
            "a name by a description",
            ["name", "omission"],
            "minor",
        ),
        (
            None,
            "По словам Чжоу Энь-лая",
            "According to him",
            "a name by a pronoun",
            ["name", "omission"],
            "minor",
        ),
        (None, "2.500 товарных", "2,500 freight", "thousands dot and comma", ["number"], None),
        (None, "30 тыс. тонн", "30,000 tons", "the same quantity", ["number"], None),
        (None, "в количестве 40 человек", "forty Soviet", "a number in words", ["number"], None),
        (None, "сроком на один год", "for one year", "the same duration", ["number", "date"], None),
        (
            None,
            ("т. е.", "подчеркнул"),
            ("in view of", "Zhou stressed"),
            "a stray 'т. е.' dropped",
            ["omission"],
            "minor",
        ),
        (
            None,
            ("Чжоу Энь-лай подчеркнул", "Чжоу Энь-лай подчеркнул"),
            "Zhou stressed",
            "the surname alone",
            ["name"],
            "minor",
        ),
        (None, "Он просил", "He asked", "a pronoun on both sides", ["name"], None),
    ],
    "notes": "Planted: the date 1 сентября с.г. rendered September 10, 1950. Free: вчера resolved to June 25, 'the Premier' and 'him' for Zhou Enlai, numbers in words, т. е. dropped.",
}

DOCS["f04-mid-note-verbale-bonn-1956"] = {
    "genre": "note verbale (free translation; formulas rendered idiomatically)",
    "about": "Invented: the Soviet Foreign Ministry protests to the FRG embassy about a balloon launch.",
    "ru": """‹1›МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ СОЮЗА ССР

‹2›№ 62/ОГ

‹3›НОТА

‹4›Министерство Иностранных Дел Союза Советских Социалистических Республик свидетельствует свое уважение Посольству Федеративной Республики Германии и имеет честь сообщить следующее.

‹5›4 февраля с.г. над территорией Белорусской ССР были обнаружены 14 аэростатов с автоматической фотоаппаратурой, запущенных, как установлено, с территории Федеративной Республики Германии. ‹6›Аэростаты пересекли государственную границу СССР на высоте от 9 до 12 тыс. метров. ‹7›Два из них были сбиты в районе г. Барановичи.

‹8›Министерство решительно протестует против этих действий, являющихся грубым нарушением суверенитета Советского Союза. ‹9›Министерство ожидает, что Правительство ФРГ примет меры к прекращению подобных запусков и сообщит Советскому Правительству о принятых мерах.

‹10›Министерство пользуется случаем, чтобы возобновить Посольству уверения в своем весьма высоком уважении.

‹11›Москва, 9 февраля 1956 года

‹u›Отп. 3 экз.""",
    "en": """‹1›MINISTRY OF FOREIGN AFFAIRS OF THE U.S.S.R.

‹2›No. 62/OG

‹3›NOTE

‹4›The Ministry of Foreign Affairs of the USSR presents its compliments to the Embassy of the Federal Republic of Germany and has the honour to state the following.

‹5›On February 4, 1956 fourteen balloons carrying automatic cameras, which it has been established were launched from the territory of the FRG, were detected over the Byelorussian SSR. ‹6›The balloons crossed the state frontier of the USSR at altitudes of nine to twelve thousand metres. ‹7›Two of them were shot down near Baranovichi.

‹8›The Ministry emphatically protests against these actions, which constitute a flagrant violation of the sovereignty of the Soviet Union. ‹9›It expects the Government of the Federal Republic to take steps to put an end to such launches and to inform the Soviet Government of the steps taken.

‹10›The Ministry avails itself of this opportunity to renew to the Embassy the assurance of its highest consideration.

‹11›Moscow, February 9, 1956""",
    "required": [],
    "forbidden": [
        (
            None,
            "Союза Советских Социалистических Республик свидетельствует",
            "USSR presents",
            "the full name rendered by the abbreviation",
            ["name", "omission"],
            "minor",
        ),
        (None, "4 февраля с.г.", "February 4, 1956", "с.г. resolved to the year", ["number", "date"], None),
        (None, "14 аэростатов", "fourteen balloons", "a number in words", ["number"], None),
        (
            None,
            "от 9 до 12 тыс. метров",
            "nine to twelve thousand metres",
            "a range in words",
            ["number"],
            None,
        ),
        (
            None,
            ("Два из них", "Два из них"),
            ("Two of them", "Two of them"),
            "a number in words",
            ["number"],
            None,
        ),
        (
            None,
            "Федеративной Республики Германии.",
            "the FRG",
            "a full name rendered by the abbreviation",
            ["name", "omission"],
            "minor",
        ),
        (
            None,
            "Правительство ФРГ",
            "Government of the Federal Republic",
            "an abbreviation expanded",
            ["name", "addition"],
            "minor",
        ),
        (
            None,
            "в районе г. Барановичи",
            "near Baranovichi",
            "г. (town) dropped",
            ["name", "omission"],
            "minor",
        ),
        (
            None,
            ("Министерство ожидает", "Министерство ожидает"),
            ("It expects", "It expects"),
            "a pronoun for the Ministry",
            ["name", "omission"],
            "minor",
        ),
        (
            None,
            "в своем весьма высоком уважении",
            "its highest consideration",
            "a formula",
            ["omission", "term"],
            "minor",
        ),
        (None, "9 февраля 1956 года", "February 9, 1956", "the same date", ["number", "date"], None),
    ],
    "notes": "Faithful but free: the formulas rendered by their English equivalents, с.г. resolved, numbers in words, the FRG abbreviated and expanded. No planted discrepancy.",
}

DOCS["f05-report-virgin-lands-1955"] = {
    "genre": "report (free translation; merged and split sentences; a planted omission)",
    "about": "Invented: a report to the CC on machinery for the virgin-land state farms of Kazakhstan.",
    "ru": """‹1›Секретно

‹2›ЦК КПСС

‹3›О ходе обеспечения целинных совхозов техникой

‹4›Как известно, в 1954-1955 гг. в Казахской ССР организовано 337 новых зерновых совхозов. ‹5›Министерство совхозов СССР направило в них 24,6 тыс. тракторов (в пересчете на 15-сильные) и 9,2 тыс. комбайнов. ‹6›Этого количества недостаточно.

‹7›По расчетам министерства, для уборки урожая 1955 года совхозам дополнительно требуются 4 тыс. комбайнов и 1.800 автомашин. ‹8›Заводы сельскохозяйственного машиностроения обязались поставить комбайны в июле-августе с.г.

‹u›Особую тревогу вызывает положение с ремонтными мастерскими. ‹10›Из 337 совхозов мастерские имеют только 112, т. е. одна треть. ‹11›В остальных совхозах ремонт производится под открытым небом.

‹12›Министерство просит обязать Министерство строительства СССР закончить в текущем году строительство 150 мастерских. ‹13›Кроме того, необходимо направить в совхозы 2 тыс. механиков из областей РСФСР и Украины.

‹14›Министр совхозов СССР
‹15›И. Бенедиктов

‹16›18 мая 1955 г.""",
    "en": """‹1›Secret

‹2›To the CC CPSU

‹3›On the Supply of Machinery to the Virgin-Land State Farms

‹4›In 1954 and 1955, 337 new grain-growing state farms were set up in Kazakhstan. ‹5›The USSR Ministry of State Farms sent them 24,600 tractors (in 15-horsepower units) and 9,200 combines, ‹6›which is not enough.

‹7›The Ministry reckons that to bring in the 1955 harvest the farms need another four thousand combines and 1,800 trucks. ‹8›The agricultural machine-building plants have undertaken to deliver the combines in July and August.

‹10›Of the 337 state farms only 112, or one in three, have workshops. ‹11›On the rest, repairs are done in the open air.

‹12›The Ministry requests that the USSR Ministry of Construction be instructed to finish building 150 workshops this year. ‹13›It would also be necessary to send to the state farms two thousand mechanics from the regions of the RSFSR and the Ukraine.

‹14›Minister of State Farms of the USSR
‹15›I. Benediktov

‹16›May 18, 1955""",
    "required": [
        (
            "omission",
            "Особую тревогу вызывает положение с ремонтными мастерскими.",
            None,
            "the sentence on the workshops' alarming state is not translated",
        ),
    ],
    "forbidden": [
        (
            None,
            "Как известно,",
            ("In 1954 and 1955", "In 1954"),
            "'как известно' dropped",
            ["omission"],
            "minor",
        ),
        (None, "в 1954-1955 гг.", "In 1954 and 1955", "a year range in words", ["number", "date"], None),
        (
            None,
            "в Казахской ССР",
            "in Kazakhstan",
            "the republic by its short name",
            ["name", "omission"],
            "minor",
        ),
        (None, "24,6 тыс. тракторов", "24,600 tractors", "the same quantity", ["number"], None),
        (None, "9,2 тыс. комбайнов", "9,200 combines", "the same quantity", ["number"], None),
        (None, "4 тыс. комбайнов", "four thousand combines", "a number in words", ["number"], None),
        (
            None,
            "в июле-августе с.г.",
            "in July and August",
            "с.г. dropped, a range in words",
            ["number", "date", "omission"],
            "minor",
        ),
        (None, "т. е. одна треть", "or one in three", "a fraction in words", ["number", "omission"], "minor"),
        (None, "в текущем году", "this year", "the same relative year", ["number", "date"], None),
        (None, "2 тыс. механиков", "two thousand mechanics", "a number in words", ["number"], None),
        (
            None,
            "Министерство совхозов СССР направило",
            "The USSR Ministry of State Farms",
            "word order",
            ["name", "term"],
            "minor",
        ),
        (None, "18 мая 1955 г.", "May 18, 1955", "the same date", ["number", "date"], None),
    ],
    "notes": "Planted: the sentence 'Особую тревогу вызывает положение с ремонтными мастерскими.' omitted. Free: two sentences joined by 'which', 'как известно' dropped, numbers in words.",
}

DOCS["f06-record-khrushchev-ulbricht-1961"] = {
    "genre": "record of conversation (free translation; comrade and ranks inconsistent)",
    "about": "Invented: Khrushchev and Ulbricht discuss deliveries of grain and rolled steel to the GDR.",
    "ru": """‹1›Совершенно секретно

‹2›ЗАПИСЬ БЕСЕДЫ ТОВАРИЩА Н. С. ХРУЩЕВА С ТОВАРИЩЕМ В. УЛЬБРИХТОМ

‹3›30 ноября 1961 года

‹4›Товарищ Ульбрихт поблагодарил товарища Хрущева за возможность обсудить экономическое положение ГДР. ‹5›Он сказал, что в 1962 году ГДР потребуется не менее 1,5 млн. тонн зерна, из них 500 тыс. тонн пшеницы.

‹6›Товарищ Хрущев ответил, что Советский Союз в нынешнем году собрал хороший урожай и может поставить ГДР 1,2 млн. тонн зерна. ‹7›Остальное, сказал товарищ Хрущев, ГДР придется закупить на свободно конвертируемую валюту.

‹8›Товарищ Ульбрихт сказал, что валюты у ГДР нет. ‹9›Он просил рассмотреть возможность кредита в размере 200 млн. рублей сроком на пять лет.

‹10›Товарищ Хрущев сказал, что этот вопрос нужно обсудить в Президиуме ЦК, но, как он думает, кредит может быть предоставлен. ‹11›Одновременно он подчеркнул, что немецкие друзья должны навести порядок в расходовании проката, которого ГДР получает из СССР больше, чем любая другая страна.

‹12›На беседе присутствовали тт. Козлов Ф. Р. и Первухин М. Г.

‹13›Записал В. Лебедев""",
    "en": """‹1›Top Secret

‹2›RECORD OF CONVERSATION BETWEEN COMRADE N. S. KHRUSHCHEV AND W. ULBRICHT

‹3›November 30, 1961

‹4›Ulbricht thanked Comrade Khrushchev for the chance to discuss the economic situation of the GDR. ‹5›In 1962, he said, the GDR would need at least a million and a half tons of grain, including 500,000 tons of wheat.

‹6›N. S. Khrushchev replied that this year the Soviet Union had gathered a good harvest and could deliver 1.2 million tons of grain to the GDR; ‹7›the rest the GDR would have to buy for hard currency.

‹8›Comrade Ulbricht said that the GDR had no hard currency. ‹9›He asked that a credit of 200 million rubles for five years be considered.

‹10›Khrushchev said that the Presidium of the CC would have to discuss the matter but that, in his view, the credit could be granted. ‹11›At the same time he stressed that the German friends must put in order the use of rolled steel, of which the GDR receives more from the USSR than any other country.

‹12›Also present were F. R. Kozlov and M. G. Pervukhin.

‹13›Recorded by V. Lebedev""",
    "required": [],
    "forbidden": [
        (
            None,
            "С ТОВАРИЩЕМ В. УЛЬБРИХТОМ",
            "AND W. ULBRICHT",
            "товарищ dropped",
            ["name", "title", "omission"],
            "minor",
        ),
        (
            None,
            ("Товарищ Ульбрихт поблагодарил", "Товарищ Ульбрихт поблагодарил"),
            "Ulbricht thanked",
            "товарищ dropped",
            ["name", "title", "omission"],
            "minor",
        ),
        (
            None,
            "не менее 1,5 млн. тонн",
            "at least a million and a half tons",
            "a number in words",
            ["number"],
            None,
        ),
        (None, "500 тыс. тонн", "500,000 tons", "the same quantity", ["number"], None),
        (
            None,
            ("Товарищ Хрущев ответил", "Товарищ Хрущев ответил"),
            "N. S. Khrushchev replied",
            "товарищ rendered by initials",
            ["name", "title", "omission", "addition"],
            "minor",
        ),
        (None, "в нынешнем году", "this year", "a relative year", ["number", "date"], None),
        (
            None,
            "сказал товарищ Хрущев",
            ("the rest the GDR", "the rest"),
            "a repeated speaker dropped",
            ["name", "omission"],
            "minor",
        ),
        (
            None,
            "на свободно конвертируемую валюту",
            "for hard currency",
            "a term rendered idiomatically",
            ["term", "omission"],
            "minor",
        ),
        (None, "200 млн. рублей", "200 million rubles", "the same sum", ["number"], None),
        (None, "сроком на пять лет", "for five years", "the same duration", ["number", "date"], None),
        (
            None,
            ("Товарищ Хрущев сказал", "Товарищ Хрущев сказал"),
            "Khrushchev said",
            "товарищ dropped",
            ["name", "title", "omission"],
            "minor",
        ),
        (
            None,
            "тт. Козлов Ф. Р. и Первухин М. Г.",
            "F. R. Kozlov and M. G. Pervukhin",
            "тт. dropped, initials moved",
            ["name", "title", "omission"],
            "minor",
        ),
        (None, "30 ноября 1961 года", "November 30, 1961", "the same date", ["number", "date"], None),
    ],
    "notes": "Faithful but free: 'товарищ' kept, dropped or replaced by initials, a repeated speaker dropped, two sentences joined by ';', 1,5 млн. = a million and a half. No planted discrepancy.",
}

DOCS["f07-shtykov-telegram-pyongyang-1949"] = {
    "genre": "ciphered telegram (free translation; a planted name)",
    "about": "Invented: the ambassador in Pyongyang reports Kim Il Sung's requests on training officers.",
    "ru": """‹1›Сов. секретно

‹2›ШИФРТЕЛЕГРАММА

‹u›Из ПХЕНЬЯНА Отправлено 14.IV.49 г. 18 ч. 20 м.

‹3›МОСКВА — тов. ВЫШИНСКОМУ

‹4›13 апреля меня посетил Ким Ир Сен вместе с министром национальной обороны Цой Ен Геном. ‹5›Ким Ир Сен сообщил, что в мае-июне с.г. правительство КНДР намерено сформировать две новые пехотные дивизии и один танковый полк. ‹6›Для этого, по его словам, необходимо подготовить около 3 тыс. офицеров и сержантов.

‹7›Ким Ир Сен просит принять в военные училища СССР 250 корейских офицеров сроком обучения шесть месяцев. ‹8›Кроме того, он просит направить в КНДР дополнительно 30 советских военных советников, т. е. по 10 на каждую дивизию и танковый полк.

‹9›Цой Ен Ген добавил, что казармы для новых дивизий будут готовы к 1 мая. ‹10›Я ответил, что доложу просьбы Ким Ир Сена Советскому правительству.

‹11›Прошу Ваших указаний.

‹12›ШТЫКОВ

‹u›№ 412""",
    "en": """‹1›Top Secret

‹2›CIPHERED TELEGRAM

‹3›MOSCOW — To Comrade VYSHINSKY

‹4›On April 13 Kim Il Sung called on me together with Choe Yong-gon, the Minister of National Defense. ‹5›He said that in May and June 1949 the government of the DPRK intends to form two new infantry divisions and a tank regiment. ‹6›To do so, he said, some three thousand officers and sergeants would have to be trained.

‹7›The Korean leader asks that 250 Korean officers be admitted to military schools in the USSR for a six-month course. ‹8›He also asks that another thirty Soviet military advisers be sent to the DPRK (ten for each division and for the tank regiment).

‹9›Kang Kon added that the barracks for the new divisions would be ready by May 1. ‹10›I replied that I would report Kim's requests to the Soviet Government.

‹11›I request your instructions.

‹12›SHTYKOV""",
    "required": [
        (
            "name",
            ("Цой Ен Ген добавил", "Цой Ен Ген добавил"),
            "Kang Kon",
            "Цой Ен Ген in the original, Kang Kon in the translation",
        ),
    ],
    "forbidden": [
        (
            None,
            "вместе с министром национальной обороны Цой Ен Геном",
            "together with Choe Yong-gon, the Minister",
            "a title after the name",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            ("Ким Ир Сен сообщил", "Ким Ир Сен сообщил"),
            ("He said", "He said"),
            "a name by a pronoun",
            ["name", "omission"],
            "minor",
        ),
        (
            None,
            "в мае-июне с.г.",
            "in May and June 1949",
            "с.г. resolved, a range in words",
            ["number", "date"],
            None,
        ),
        (None, "около 3 тыс.", "some three thousand", "a number in words", ["number"], None),
        (
            None,
            ("Ким Ир Сен просит", "Ким Ир Сен просит"),
            "The Korean leader asks",
            "a name by a description",
            ["name", "omission"],
            "minor",
        ),
        (None, "сроком обучения шесть месяцев", "six-month course", "a duration", ["number", "date"], None),
        (None, "дополнительно 30 советских", "another thirty Soviet", "a number in words", ["number"], None),
        (
            None,
            "т. е. по 10",
            "(ten for each",
            "т. е. rendered by brackets",
            ["number", "omission", "addition"],
            "minor",
        ),
        (None, "просьбы Ким Ир Сена", "Kim's requests", "the surname alone", ["name"], "minor"),
        (None, "к 1 мая", "by May 1", "the same date", ["number", "date"], None),
        (None, "13 апреля меня", "On April 13", "the same date", ["number", "date"], None),
    ],
    "notes": "Planted: Цой Ен Ген rendered Kang Kon in the sentence on the barracks. Free: 'He' and 'The Korean leader' for Kim Il Sung, с.г. resolved, numbers in words, т. е. rendered by brackets.",
}

DOCS["f08-stalin-roosevelt-aircraft-1943"] = {
    "genre": "personal message (Stalin to Roosevelt; free translation; a planted number)",
    "about": "Invented: Stalin thanks Roosevelt for aircraft deliveries and asks for more fighters.",
    "ru": """‹1›СЕКРЕТНО И ЛИЧНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Ф. Д. РУЗВЕЛЬТУ

‹2›Благодарю Вас за сообщение о том, что в апреле будут отправлены в СССР 200 истребителей «Аэрокобра». ‹3›Должен, однако, сказать, что эти самолеты, как показал опыт, не покрывают потребностей нашего фронта. ‹4›В ходе боев последних недель наша авиация понесла значительные потери, особенно в истребителях.

‹5›Я просил бы Вас увеличить ежемесячные поставки истребителей до 300 и обеспечить их отправку по трассе Аляска-Сибирь. ‹6›Эта трасса, как Вам известно, работает теперь без перебоев. ‹7›Что касается бомбардировщиков «Бостон», то мы просили бы сохранить прежнюю норму, т. е. 100 машин в месяц.

‹8›Наши летчики высоко оценивают «Аэрокобру». ‹9›Они считают ее одним из лучших истребителей.

‹10›Пользуюсь случаем, чтобы пожелать Вам и американскому народу успехов.

‹11›7 апреля 1943 года.""",
    "en": """‹1›SECRET AND PERSONAL FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. FRANKLIN D. ROOSEVELT

‹2›Thank you for letting me know that 200 Airacobra fighters will be shipped to the Soviet Union in April. ‹3›I must say, however, that experience has shown these planes do not meet the needs of our front. ‹4›In the battles of the past few weeks our air force has suffered heavy losses, particularly in fighters.

‹5›I should ask you to increase monthly deliveries of fighters to 350 and to send them by the Alaska-Siberia route, ‹6›which, as you know, is now working without interruption. ‹7›As regards the Boston bombers, we should like the former rate of 100 machines a month to be kept.

‹8›Our pilots think highly of the Airacobra ‹9›and consider it one of the best fighters.

‹10›I take this opportunity to wish you and the American people success.

‹11›April 7, 1943""",
    "required": [
        ("number", "до 300", "to 350", "300 fighters a month in the original, 350 in the translation"),
    ],
    "forbidden": [
        (
            None,
            "ПРЕЗИДЕНТУ г-ну Ф. Д. РУЗВЕЛЬТУ",
            "MR. FRANKLIN D. ROOSEVELT",
            "an initial expanded to the first name",
            ["name", "title"],
            "minor",
        ),
        (
            None,
            "в СССР 200",
            "200 Airacobra",
            "the same count, USSR = Soviet Union",
            ["number", "name"],
            None,
        ),
        (
            None,
            "как показал опыт",
            "experience has shown",
            "a clause moved",
            ["omission", "addition"],
            "minor",
        ),
        (None, "последних недель", "the past few weeks", "a relative period", ["number", "date"], None),
        (
            None,
            "Эта трасса, как Вам известно,",
            "which, as you know",
            "two sentences joined",
            ["omission"],
            "minor",
        ),
        (None, "т. е. 100 машин", "100 machines", "т. е. dropped", ["number", "omission"], "minor"),
        (None, "«Бостон»", "Boston", "quotation marks dropped", ["name"], None),
        (
            None,
            "Они считают",
            "and consider",
            "a subject dropped in a joined sentence",
            ["omission", "name"],
            "minor",
        ),
        (None, "7 апреля 1943 года", "April 7, 1943", "the same date", ["number", "date"], None),
    ],
    "notes": "Planted: до 300 истребителей rendered 'to 350'. Free: two pairs of sentences joined, 'т. е.' dropped, Ф. Д. expanded to Franklin D., quotation marks dropped around aircraft names.",
}

DOCS["f09-report-advisers-china-1955"] = {
    "genre": "report (free translation; numbers in words, brackets added)",
    "about": "Invented: the chief military adviser in China reports on the withdrawal of advisers.",
    "ru": """‹1›Совершенно секретно

‹2›МИНИСТРУ ОБОРОНЫ СССР
‹3›Маршалу Советского Союза
‹4›тов. ЖУКОВУ Г. К.

‹5›ДОКЛАД

‹6›Докладываю, что, согласно решению Правительства, в 1955 году из Китая отзывается 1.240 военных советников и специалистов. ‹7›К 1 октября с.г. убыло в Союз 620 человек, т. е. половина. ‹8›Остальные будут отозваны до конца года.

‹9›Китайские товарищи, в частности министр обороны маршал Пэн Дэ-хуай, неоднократно просили оставить в военных академиях НОАК хотя бы 80-100 советских преподавателей. ‹10›Пэн Дэ-хуай заявил, что без них подготовка командных кадров в 1956 году будет сорвана.

‹11›Считаю эту просьбу обоснованной. ‹12›Прошу разрешить оставить в академиях 90 преподавателей сроком на два года.

‹13›Главный военный советник в НОАК
‹14›генерал-полковник П. ПЕТРУШЕВСКИЙ

‹15›12 октября 1955 г.""",
    "en": """‹1›Top Secret

‹2›To the Minister of Defense of the USSR
‹3›Marshal of the Soviet Union
‹4›G. K. ZHUKOV

‹5›REPORT

‹6›In accordance with the Government's decision, 1,240 military advisers and specialists are being recalled from China in 1955. ‹7›By October 1 of this year 620 of them, or half, had returned to the Soviet Union. ‹8›The rest will be recalled before the end of the year.

‹9›The Chinese comrades, and in particular Marshal Peng Dehuai, the Minister of Defense, have asked more than once that at least eighty to one hundred Soviet instructors be left in the military academies of the PLA [People's Liberation Army]. ‹10›Peng said that without them the training of commanders in 1956 would be disrupted.

‹11›I consider the request to be justified. ‹12›I request permission to keep ninety instructors at the academies for two years.

‹13›Chief Military Adviser with the PLA
‹14›Col. Gen. P. PETRUSHEVSKY

‹15›October 12, 1955""",
    "required": [],
    "forbidden": [
        (
            None,
            "тов. ЖУКОВУ Г. К.",
            "G. K. ZHUKOV",
            "тов. dropped, initials moved",
            ["name", "title", "omission"],
            "minor",
        ),
        (
            None,
            "Докладываю, что, согласно",
            "In accordance with",
            "'I report that' dropped",
            ["omission"],
            "minor",
        ),
        (None, "1.240 военных", "1,240 military", "thousands dot and comma", ["number"], None),
        (
            None,
            "К 1 октября с.г.",
            "By October 1 of this year",
            "с.г. = of this year",
            ["number", "date"],
            None,
        ),
        (None, "т. е. половина", "or half", "a fraction", ["number", "omission"], "minor"),
        (None, "хотя бы 80-100", "at least eighty to one hundred", "a range in words", ["number"], None),
        (
            None,
            "НОАК хотя",
            "PLA [People's Liberation Army]",
            "a clarification in brackets",
            ["addition", "name"],
            "minor",
        ),
        (
            None,
            ("Пэн Дэ-хуай заявил", "Пэн Дэ-хуай заявил"),
            "Peng said",
            "the surname alone",
            ["name"],
            "minor",
        ),
        (None, "90 преподавателей", "ninety instructors", "a number in words", ["number"], None),
        (None, "сроком на два года", "for two years", "the same duration", ["number", "date"], None),
        (None, "генерал-полковник", "Col. Gen.", "an abbreviated rank", ["title", "term"], "minor"),
        (None, "командных кадров", "commanders", "a term rendered simply", ["term", "omission"], "minor"),
        (None, "12 октября 1955 г.", "October 12, 1955", "the same date", ["number", "date"], None),
    ],
    "notes": "Faithful but free: numbers in words, с.г. = of this year, 'Докладываю, что' dropped, PLA glossed in brackets, the rank abbreviated. No planted discrepancy.",
}

DOCS["f10-record-mikoyan-castro-1962"] = {
    "genre": "record of conversation (free translation; merged sentences, a planted addition)",
    "about": "Invented: Mikoyan discusses sugar purchases and credits with Fidel Castro in Havana.",
    "ru": """‹1›Секретно

‹2›ЗАПИСЬ БЕСЕДЫ А. И. МИКОЯНА С Ф. КАСТРО
‹3›Гавана, 5 ноября 1962 года

‹4›Беседа состоялась в резиденции Фиделя Кастро и продолжалась около трех часов. ‹5›С кубинской стороны присутствовали О. Дортикос и Э. Гевара.

‹6›Ф. Кастро заявил, что кубинское правительство хотело бы знать, сохранит ли Советский Союз закупки кубинского сахара в 1963 году. ‹7›Он напомнил, что по соглашению СССР должен закупить 3 млн. тонн сахара.

‹8›А. И. Микоян ответил, что советская сторона выполнит свои обязательства полностью. ‹9›Он сказал, что Советское правительство готово, кроме того, предоставить Кубе новый кредит на сумму 100 млн. рублей.

‹10›Ф. Кастро поблагодарил. ‹11›Он сказал, что кубинский народ никогда не забудет помощи Советского Союза.

‹12›Э. Гевара поставил вопрос об ускорении поставок оборудования для никелевых заводов. ‹13›Тов. Микоян обещал сообщить об этом в Москву.

‹14›Записал А. Алексеев""",
    "en": """‹1›Secret

‹2›RECORD OF CONVERSATION OF A. I. MIKOYAN WITH F. CASTRO
‹3›Havana, November 5, 1962

‹4›The conversation, which took place in Fidel Castro's residence, lasted about three hours. ‹5›Osvaldo Dorticós and Ernesto Guevara were present on the Cuban side.

‹6›Castro said that the Cuban government would like to know whether the Soviet Union will keep up its purchases of Cuban sugar in 1963, ‹7›recalling that under the agreement the USSR is to buy three million tons. ‹u›He added that the sugar harvest would be the largest since the revolution.

‹8›Mikoyan replied that the Soviet side would meet its obligations in full ‹9›and that the Soviet Government was prepared, moreover, to grant Cuba a new credit of 100 million rubles.

‹10›Castro thanked him, ‹11›saying that the Cuban people would never forget the help of the Soviet Union.

‹12›Guevara raised the question of speeding up deliveries of equipment for the nickel plants. ‹13›Comrade Mikoyan promised to report this to Moscow.

‹14›Recorded by A. Alekseev""",
    "required": [
        (
            "addition",
            None,
            "He added that the sugar harvest would be the largest since the revolution.",
            "an added sentence with no counterpart in the original",
        ),
    ],
    "forbidden": [
        (None, "около трех часов", "about three hours", "a number in words", ["number", "date"], None),
        (
            None,
            "О. Дортикос и Э. Гевара",
            "Osvaldo Dorticós and Ernesto Guevara",
            "initials expanded to first names",
            ["name"],
            "minor",
        ),
        (
            None,
            ("Ф. Кастро заявил", "Ф. Кастро заявил"),
            ("Castro said", "Castro said"),
            "the initial dropped",
            ["name", "omission"],
            "minor",
        ),
        (
            None,
            "Он напомнил",
            "recalling that",
            "a sentence joined as a participle",
            ["omission", "name"],
            "minor",
        ),
        (
            None,
            "3 млн. тонн сахара",
            "three million tons",
            "a number in words; сахара dropped as repeated",
            ["number", "omission"],
            "minor",
        ),
        (
            None,
            ("А. И. Микоян ответил", "А. И. Микоян ответил"),
            "Mikoyan replied",
            "the initials dropped",
            ["name", "omission"],
            "minor",
        ),
        (
            None,
            "Он сказал, что Советское",
            "and that the Soviet Government",
            "two sentences joined",
            ["omission", "name"],
            "minor",
        ),
        (None, "100 млн. рублей", "100 million rubles", "the same sum", ["number"], None),
        (
            None,
            ("Ф. Кастро поблагодарил", "Ф. Кастро поблагодарил"),
            "Castro thanked him",
            "a pronoun added",
            ["name", "addition"],
            "minor",
        ),
        (None, "Э. Гевара поставил", "Guevara raised", "the initial dropped", ["name", "omission"], "minor"),
        (None, "5 ноября 1962 года", "November 5, 1962", "the same date", ["number", "date"], None),
    ],
    "notes": "Planted: an added sentence on the sugar harvest. Free: four pairs of sentences joined, initials dropped or expanded to first names, 3 млн. = three million.",
}
