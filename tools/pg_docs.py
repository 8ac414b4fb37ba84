# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented pg documents of archival-own (read by build_archival_pg.py): archive pages read as they come.

Seven archive pages in the layouts a reader meets: extra header fields, the translation first with the contents
list saying so, no blank line between the two sides, a header copied as plain text, two English translations of
one original, a second Russian witness after the English, footnotes closing the English, a citation quoting the
first Russian words. Each plants one or two discrepancies, so that a page read wrongly shows as a missed or a
false finding. Every text is invented (persons are real names in made-up contexts; figures, dates and file marks
are made up). Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked
``‹k›``; ``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why);
forbidden: (None, Russian, English, why, kinds, max severity). Words are unique on the page (after the contents
list) or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["pg01-politburo-dprk-flour-1951"] = {
    "genre": "Politburo decision (excerpt from protocol; page, Russian first, extra header fields)",
    "about": "Invented: a Politburo decision on free deliveries of flour, seed rice and salt to the DPRK; the header carries Associated Places, People & Organizations, Rights and Document Information.",
    "page": {
        "date": "March 14, 1951",
        "title": "Excerpt from Protocol No. 81 of the Meeting of the Politburo of the CC VKP(b), Decision on Food Aid to the DPRK",
        "ref": "pg-0101",
        "translator": "H. Okafor",
        "summary": "The Politburo orders flour, seed rice and salt to be sent to North Korea as free aid before the sowing.",
        "fields": [
            ("Associated Places", "North Korea; Grodekovo (Russia)"),
            (
                "Associated People & Organizations",
                "Kim Il Sung, 1912-1994; Menshikov, M. A.; Politburo of the CC VKP(b)",
            ),
            ("Rights", "Constructed for testing. Free to reuse with attribution."),
            (
                "Document Information",
                "Archive of the President of the Russian Federation (APRF), fond 3, opis 65, delo 829 (constructed reference)",
            ),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹1›Совершенно секретно
‹2›ОСОБАЯ ПАПКА

‹u›ВСЕСОЮЗНАЯ КОММУНИСТИЧЕСКАЯ ПАРТИЯ (большевиков). ЦЕНТРАЛЬНЫЙ КОМИТЕТ

‹u›№ П81/205

‹u›тт. Меньшикову, Кабанову, Бещеву - все; Вышинскому - п. 3.

‹3›Выписка из протокола № 81 заседания Политбюро ЦК ВКП(б)
‹4›Решение от 14 марта 1951 г.

‹5›205. - О поставке КНДР продовольствия и семян.

‹6›1. Обязать Министерство внешней торговли (т. Меньшиков) поставить Правительству КНДР в апреле-мае 1951 г. в порядке безвозмездной помощи:
а) ‹7›пшеничной муки - 18 тыс. тонн;
б) ‹8›семенного риса - 4,5 тыс. тонн;
в) ‹9›соли - 6 тыс. тонн.

‹10›2. Обязать Министерство путей сообщения (т. Бещев) обеспечить отгрузку через ст. Гродеково с тем, чтобы поставки были закончены к 20 мая с.г.

‹11›3. Поручить МИД СССР (т. Вышинский) сообщить т. Ким Ир Сену о настоящем решении через Посла СССР в КНДР т. Разуваева.

‹12›СЕКРЕТАРЬ ЦК

‹u›16.III.51 - вк

‹u›АП РФ, ф. 3, оп. 65, д. 829, лл. 44-45.""",
    "en": """‹1›Top Secret
‹2›SPECIAL FILE

‹3›Excerpt from Protocol No. 81 of the Meeting of the Politburo of the CC VKP(b)
‹4›Decision of March 14, 1951

‹5›205. On the delivery of foodstuffs and seed to the DPRK.

‹6›1. To oblige the Ministry of Foreign Trade (Cde. Menshikov) to deliver to the Government of the DPRK in April-May 1951, as free aid:
a) ‹7›wheat flour - 13,000 tons;
b) ‹8›seed rice - 4,500 tons;
c) ‹9›salt - 6,000 tons.

‹10›2. To oblige the Ministry of Railways (Cde. Beshchev) to ship the goods via Grodekovo station so that the deliveries are completed by May 20 of this year.

‹11›3. To instruct the USSR Foreign Ministry (Cde. Vyshinsky) to inform Cde. Kim Il Sung of this decision through the USSR Ambassador to the DPRK Cde. Shtykov.

‹12›SECRETARY OF THE CC""",
    "required": [
        ("number", "18 тыс. тонн", "13,000 tons", "18 тыс. тонн of flour rendered as 13,000 tons"),
        (
            "name",
            "Разуваева",
            "Shtykov",
            "the ambassador named in the decision is Razuvaev (Разуваева); the translation names Shtykov",
        ),
    ],
    "forbidden": [
        (None, "П81/205", None, "protocol item number (untranslated apparatus)", ["number"], None),
        (
            None,
            ("п. 3", "Вышинскому - п. 3"),
            None,
            "п. 3 in the untranslated distribution line",
            ["number"],
            None,
        ),
        (None, ("81", "протокола № 81"), ("81", "Protocol No. 81"), "protocol number 81", ["number"], None),
        (
            None,
            "14 марта 1951 г.",
            "March 14, 1951",
            "14 марта 1951 г. = March 14, 1951",
            ["number", "date"],
            None,
        ),
        (None, ("205", "205. - О"), ("205", "205. On"), "item number 205", ["number"], None),
        (
            None,
            "апреле-мае 1951 г.",
            "April-May 1951",
            "апреле-мае 1951 г. = April-May 1951",
            ["number", "date"],
            None,
        ),
        (None, "4,5 тыс. тонн", "4,500 tons", "4,5 тыс. тонн (decimal comma) = 4,500 tons", ["number"], None),
        (None, "6 тыс. тонн", "6,000 tons", "6 тыс. тонн = 6,000 tons", ["number"], None),
        (
            None,
            "20 мая с.г.",
            "May 20 of this year",
            "20 мая с.г. = May 20 of this year",
            ["number", "date"],
            None,
        ),
        (None, "16.III.51", None, "typist's date mark", ["number", "date"], None),
        (None, "(т. Меньшиков)", "(Cde. Menshikov)", "Меньшиков = Menshikov", ["name"], None),
        (None, "(т. Бещев)", "(Cde. Beshchev)", "Бещев = Beshchev", ["name"], None),
        (None, "СЕКРЕТАРЬ ЦК", "SECRETARY OF THE CC", "СЕКРЕТАРЬ ЦК = Secretary of the CC", ["title"], None),
    ],
    "acceptable": [
        ("omission", "тт. Меньшикову, Кабанову", None, "the distribution line is not translated"),
        ("omission", "ВСЕСОЮЗНАЯ КОММУНИСТИЧЕСКАЯ", None, "the party letterhead is not translated"),
    ],
    "notes": "Russian-first Politburo excerpt whose header carries Associated Places, Associated People & Organizations (with an ampersand), Rights and Document Information (an archive reference in the header). Planted: 18 тыс. тонн -> 13,000 tons (number); Разуваева -> Shtykov (name). Free: 4,5 тыс. = 4,500, с.г. = of this year, letterhead, item number, distribution line and typist's mark untranslated.",
}

DOCS["pg02-stalin-churchill-convoy-1943"] = {
    "genre": "personal message (Stalin to Churchill) (page, translation first, no blank line between the sides)",
    "about": "Invented: Stalin answers Churchill on the escort of an Arctic convoy; the page prints the translation first, the contents list says so, and the Russian follows the English without a blank line.",
    "page": {
        "date": "October 12, 1943",
        "title": "Personal and Secret Message from Premier J. V. Stalin to Prime Minister W. Churchill",
        "ref": "pg-0202",
        "translator": "D. Farrow",
        "summary": "Stalin promises destroyer escort for the next convoy from Bear Island and names the ports that can take it.",
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
        "sep": "\n",
    },
    "en": """‹u›No. 312

‹1›PERSONAL AND SECRET MESSAGE FROM PREMIER J. V. STALIN TO THE PRIME MINISTER, MR. W. CHURCHILL

‹2›I have received your message of October 9 on the convoys.

‹3›The Soviet naval command will meet the convoy east of Bear Island with destroyers of the Northern Fleet. ‹4›Vice-Admiral Kharlamov will be in charge of the escort.

‹5›Murmansk can take up to 25 ships at a time, and unloading will be carried on day and night.

‹7›I wish the convoy a safe passage.

‹8›J. STALIN

‹9›October 12, 1943""",
    "ru": """‹1›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ

‹2›Ваше послание от 9 октября относительно конвоев получил.

‹3›Советское морское командование встретит конвой восточнее острова Медвежий эскадренными миноносцами Северного флота. ‹4›Проводкой конвоя будет руководить вице-адмирал Головко.

‹5›Мурманский порт может принять одновременно до 25 судов, и разгрузка будет производиться круглосуточно. ‹u›Порт Архангельск до ледостава может принять еще 10 судов.

‹7›Желаю конвою благополучного плавания.

‹8›И. СТАЛИН

‹9›12 октября 1943 года.

‹u›АП РФ, ф. 45, оп. 1, д. 266, л. 57.""",
    "required": [
        (
            "name",
            "Головко",
            "Kharlamov",
            "the escort is under Vice-Admiral Golovko (Головко); the translation names Kharlamov",
        ),
        (
            "omission",
            "Порт Архангельск до ледостава",
            None,
            "the sentence on Arkhangelsk taking 10 more ships before the freeze is not translated",
        ),
    ],
    "forbidden": [
        (None, "9 октября", "October 9", "9 октября = October 9", ["number", "date"], None),
        (None, "до 25 судов", "up to 25 ships", "25 = 25", ["number"], None),
        (
            None,
            "12 октября 1943 года",
            "October 12, 1943",
            "12 октября 1943 года = October 12, 1943",
            ["number", "date"],
            None,
        ),
        (None, None, "No. 312", "the editor's document number", ["addition", "number"], "minor"),
        (None, "ПРЕМЬЕР-МИНИСТРУ", "PRIME MINISTER", "ПРЕМЬЕР-МИНИСТРУ = Prime Minister", ["title"], None),
        (None, "острова Медвежий", "Bear Island", "остров Медвежий = Bear Island", ["name", "term"], None),
        (None, "ф. 45", None, "the archive reference under the Russian", ["number"], None),
    ],
    "notes": "Translation-first page; the contents list names the translation first; the Russian follows the last English line with no blank line between. Planted: Головко -> Kharlamov (name); the sentence on Arkhangelsk omitted. Free: the editor's No. 312, Мурманский порт = Murmansk, остров Медвежий = Bear Island, the archive reference.",
}

DOCS["pg03-prikhodov-tsedenbal-university-1949"] = {
    "genre": "record of conversation from the ambassador's diary (page copied as plain text, Russian first)",
    "about": "Invented: the Soviet ambassador in Ulan Bator records Tsedenbal's request for lecturers and his report on the livestock census; the page's header was copied as plain text (labels without hashes, 'Original Language: Russian' on one line).",
    "page": {
        "header": """
March 22, 1949

Record of Conversation between Ambassador Yu. K. Prikhodov and Yu. Tsedenbal

Citation:

"Record of Conversation between Ambassador Yu. K. Prikhodov and Yu. Tsedenbal", March 22, 1949, Archival Test Collection, Constructed Series. Translated by P. Lindqvist.
https://archive.example.org/document/pg-0303

Summary:

Tsedenbal asks for Soviet lecturers for a new medical faculty and reports the results of the livestock census.

Original Language: Russian

Contents:

Original Scan
Translation - English

""",
        "order": ["ru", "en"],
    },
    "ru": """‹u›Из дневника
‹u›Посла СССР в МНР Ю. К. Приходова

‹u›Секретно
‹u›Экз. № 2

‹1›ЗАПИСЬ БЕСЕДЫ
‹2›с Генеральным секретарем ЦК МНРП т. Цеденбалом

‹3›22 марта 1949 г.

‹4›Сегодня по его просьбе меня посетил т. Цеденбал. ‹5›Он сообщил, что Политбюро ЦК МНРП решило открыть осенью этого года при Государственном университете медицинский факультет на 120 студентов. ‹6›В связи с этим Цеденбал просил направить в МНР 14 советских преподавателей сроком на два года.

‹7›Далее Цеденбал сказал, что перепись скота, проведенная в январе, дала 23,4 млн. голов, что на 1,1 млн. меньше, чем предполагалось по плану. ‹8›Причиной он назвал дзуд в Убсунурском и Кобдоском аймаках.

‹9›Я обещал сообщить о его просьбе в Москву.

‹10›ПОСОЛ СССР В МНР
‹11›Ю. ПРИХОДОВ

‹u›Отп. 3 экз.
‹u›1 - т. Вышинскому
‹u›2 - т. Зорину
‹u›3 - в дело""",
    "en": """‹1›RECORD OF CONVERSATION
‹2›with the Deputy Prime Minister of the MPR, Cde. Tsedenbal

‹3›March 22, 1949

‹4›Today, at his request, Cde. Tsedenbal called on me. ‹5›He said that the Politburo of the CC MPRP had decided to open a medical faculty for 120 students at the State University this autumn. ‹6›Tsedenbal therefore asked that 14 Soviet lecturers be sent to the MPR for three years.

‹7›Tsedenbal went on to say that the livestock census held in January had counted 23.4 million head, 1.1 million fewer than the plan had assumed. ‹8›He put this down to the dzud in Uvs and Khovd aimags.

‹9›I promised to pass his request on to Moscow.

‹10›USSR AMBASSADOR TO THE MPR
‹11›Yu. PRIKHODOV""",
    "required": [
        (
            "title",
            "Генеральным секретарем",
            "Deputy Prime Minister",
            "Tsedenbal is received as General Secretary of the CC MPRP; the translation makes him Deputy Prime Minister",
        ),
        (
            "number",
            "два года",
            "three years",
            "the lecturers are asked for two years (два года); the translation gives three years",
        ),
    ],
    "forbidden": [
        (
            None,
            "22 марта 1949 г.",
            "March 22, 1949",
            "22 марта 1949 г. = March 22, 1949",
            ["number", "date"],
            None,
        ),
        (None, "120 студентов", "120 students", "120 = 120", ["number"], None),
        (None, "14 советских", "14 Soviet", "14 = 14", ["number"], None),
        (None, "23,4 млн.", "23.4 million", "23,4 млн. (decimal comma) = 23.4 million", ["number"], None),
        (None, "1,1 млн.", "1.1 million", "1,1 млн. = 1.1 million", ["number"], None),
        (None, "Убсунурском", "Uvs", "Убсунурский аймак = Uvs aimag (modern name)", ["name"], None),
        (None, "Кобдоском", "Khovd", "Кобдоский аймак = Khovd aimag (modern name)", ["name"], None),
        (None, "Экз. № 2", None, "the copy number", ["number"], None),
        (None, "Отп. 3 экз.", None, "the typist's count of copies", ["number"], None),
        (None, "ПОСОЛ СССР В МНР", "USSR AMBASSADOR TO THE MPR", "ПОСОЛ = Ambassador", ["title"], None),
    ],
    "acceptable": [
        ("omission", "Из дневника", None, "the diary heading is not translated"),
        ("omission", "1 - т. Вышинскому", None, "the distribution list is not translated"),
    ],
    "notes": "A page copied as plain text: date and title on lines of their own, labels without the Markdown hashes ('Citation:', 'Summary:'), 'Original Language: Russian' on one line, a bare URL. Planted: Генеральным секретарем -> Deputy Prime Minister (title); два года -> three years (number). Free: decimal commas, Убсунурский = Uvs, Кобдоский = Khovd, the diary heading, copy number and distribution list untranslated.",
}

DOCS["pg04-stalin-roosevelt-aviation-1944"] = {
    "genre": "personal message (Stalin to Roosevelt) (page, Russian first, two English translations)",
    "about": "Invented: Stalin agrees to a three-power conference on civil aviation; the page prints the 1957 translation and a new one of the same message.",
    "page": {
        "date": "June 10, 1944",
        "title": "Personal and Secret Message from Premier J. V. Stalin to President F. Roosevelt",
        "ref": "pg-0404",
        "translator": "K. Vance (new translation)",
        "summary": "Stalin agrees that the conference on post-war aviation meet in Chicago, names the head of the Soviet delegation and asks that it open no earlier than November 1. The page gives the translation published in 1957 and a new one.",
        "contents": [
            "Original Scan",
            "Translation - English (Correspondence, 1957)",
            "Translation - English (new translation)",
        ],
        "order": ["ru", "en", "en2"],
    },
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 366, л. 88.

‹1›ЛИЧНО И СЕКРЕТНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Ф. РУЗВЕЛЬТУ

‹2›Ваше послание от 4 июня получил. ‹3›Согласен с Вами, что совещание представителей трех держав по вопросам послевоенной авиации следует провести в Чикаго. ‹4›Советскую делегацию возглавит заместитель Народного Комиссара внешней торговли т. Крутиков.

‹5›Что касается сроков, то мы считаем возможным начать совещание не ранее 1 ноября. ‹6›Более ранний срок для нас неудобен.

‹7›И. СТАЛИН

‹8›10 июня 1944 года.""",
    "en": """‹1›PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. F. ROOSEVELT

‹2›I have received your message of June 14. ‹3›I agree with you that the conference of representatives of the three powers on post-war aviation should be held in Chicago. ‹4›The Soviet delegation will be headed by the People's Commissar of Foreign Trade, Krutikov.

‹5›As regards the date, we think the conference could open not earlier than November 1. ‹6›An earlier date would be inconvenient for us.

‹7›J. STALIN

‹8›June 10, 1944""",
    "en2": """‹u›Personal and secret from Premier J. V. Stalin to President F. Roosevelt

‹u›Your message of June 4 has reached me. ‹u›I share your view that the three-power conference on post-war civil aviation ought to be held in Chicago. ‹u›The Soviet delegation will be led by Deputy People's Commissar for Foreign Trade A. D. Krutikov.

‹u›As for the timing, we consider that the conference cannot begin before November 1. ‹u›Any earlier date is inconvenient to us.

‹u›J. Stalin

‹u›10 June 1944""",
    "required": [
        (
            "date",
            "4 июня",
            "June 14",
            "the message answered is of June 4 (4 июня); the 1957 translation gives June 14",
        ),
        (
            "title",
            "заместитель Народного Комиссара",
            "People's Commissar of Foreign Trade",
            "Krutikov is Deputy People's Commissar (заместитель); the 1957 translation makes him People's Commissar",
        ),
    ],
    "forbidden": [
        (
            None,
            "1 ноября",
            ("November 1", "not earlier than November 1"),
            "1 ноября = November 1",
            ["number", "date"],
            None,
        ),
        (
            None,
            "10 июня 1944 года",
            "June 10, 1944",
            "10 июня 1944 года = June 10, 1944",
            ["number", "date"],
            None,
        ),
        (
            None,
            "т. Крутиков",
            ("Krutikov", "Commissar of Foreign Trade, Krutikov"),
            "Крутиков = Krutikov",
            ["name"],
            None,
        ),
        (
            None,
            None,
            "Your message of June 4 has reached me.",
            "the second translation renders the message again: an info note at most",
            None,
            "info",
        ),
        (
            None,
            None,
            "I share your view",
            "the second translation renders the message again: an info note at most",
            None,
            "info",
        ),
        (
            None,
            None,
            "Deputy People's Commissar for Foreign Trade",
            "the second translation renders the message again: an info note at most",
            None,
            "info",
        ),
        (
            None,
            None,
            "cannot begin before November 1",
            "the second translation renders the message again: an info note at most",
            None,
            "info",
        ),
        (
            None,
            None,
            "Any earlier date",
            "the second translation renders the message again: an info note at most",
            None,
            "info",
        ),
        (None, None, "10 June 1944", "the second translation's date line", None, "info"),
    ],
    "notes": "Russian-first page with two English translations (the 1957 edition, aligned, and a new one, each sentence of it unlinked: an info note at most, never an addition). Planted in the 1957 translation: 4 июня -> June 14 (date); заместитель Народного Комиссара -> People's Commissar (title). Free: the second translation's wording and its '10 June 1944', the archive reference before the Russian.",
}

DOCS["pg05-kim-letter-stalin-suphung-1952"] = {
    "genre": "letter of Kim Il Sung to Stalin with the ambassador's telegram after the translation (page, Russian first)",
    "about": "Invented: Kim Il Sung asks for help in restoring the Suphung power station and for places for Korean students; after the English the page prints the ambassador's ciphered telegram, which quotes the letter.",
    "page": {
        "date": "August 7, 1952",
        "title": "Letter from Kim Il Sung to J. V. Stalin on the Suphung Hydroelectric Station",
        "ref": "pg-0505",
        "translator": "S. Moreau",
        "summary": "Kim Il Sung asks for four generating units and Soviet specialists to restore the Suphung station, and for 300 places for Korean students. The ambassador's telegram forwarding the letter follows the translation.",
        "contents": ["Original Scan (letter)", "Translation - English", "Original Scan (ciphered telegram)"],
        "order": ["ru", "en", "witness"],
    },
    "ru": """‹1›Товарищу СТАЛИНУ И. В.

‹2›Дорогой товарищ Сталин!

‹3›Правительство Корейской Народно-Демократической Республики просит Советское Правительство оказать помощь в восстановлении Супхунской гидроэлектростанции. ‹4›Для этого нам необходимы 4 гидроагрегата мощностью по 100 тыс. квт и 60 советских специалистов. ‹u›Работы мы рассчитываем закончить к концу 1953 года.

‹6›Просим также принять на учебу в высшие учебные заведения СССР 300 корейских студентов.

‹7›С глубоким уважением
‹8›КИМ ИР СЕН

‹9›Пхеньян, 7 августа 1952 г.""",
    "en": """‹1›To Comrade J. V. STALIN

‹2›Dear Comrade Stalin,

‹3›The Government of the Democratic People's Republic of Korea asks the Soviet Government to help restore the Suphung hydroelectric power station. ‹4›For this we need 4 generating units of 100,000 kW each and 40 Soviet specialists.

‹6›We also ask you to admit 300 Korean students to higher educational institutions of the USSR.

‹7›With deep respect,
‹8›KIM IL SUNG

‹9›Pyongyang, August 7, 1952""",
    "witness": """‹u›Шифртелеграмма

‹u›МОСКВА - ГРОМЫКО

‹u›8 августа Ким Ир Сен передал мне письмо на имя товарища Сталина следующего содержания:

‹u›«Правительство Корейской Народно-Демократической Республики просит Советское Правительство оказать помощь в восстановлении Супхунской гидроэлектростанции. ‹u›Для этого нам необходимы 4 гидроагрегата по 100 тыс. квт и 60 советских специалистов. ‹u›Работы рассчитываем закончить к концу 1953 года.»

‹u›Прошу указаний.

‹u›РАЗУВАЕВ

‹u›№ 412
‹u›8.VIII.52""",
    "required": [
        (
            "number",
            ("60", "60 советских специалистов"),
            "40 Soviet specialists",
            "the letter asks for 60 specialists; the translation gives 40",
        ),
        (
            "omission",
            "Работы мы рассчитываем",
            None,
            "the sentence on finishing the work by the end of 1953 is not translated",
        ),
    ],
    "expected": [
        ("duplicate", "«Правительство Корейской", None, "the ambassador's telegram repeats the letter"),
    ],
    "forbidden": [
        (
            None,
            ("100 тыс. квт", "4 гидроагрегата мощностью"),
            "100,000 kW",
            "100 тыс. квт = 100,000 kW",
            ["number"],
            None,
        ),
        (None, "300 корейских", "300 Korean", "300 = 300", ["number"], None),
        (
            None,
            "7 августа 1952 г.",
            "August 7, 1952",
            "7 августа 1952 г. = August 7, 1952",
            ["number", "date"],
            None,
        ),
        (
            None,
            "8 августа",
            None,
            "the telegram's own date (the telegram is not translated)",
            ["number", "date"],
            None,
        ),
        (None, "№ 412", None, "the telegram's number", ["number"], None),
        (None, "8.VIII.52", None, "the telegram's date mark", ["number", "date"], None),
        (
            None,
            ("Супхунской", "восстановлении Супхунской"),
            "Suphung",
            "Супхунская ГЭС = the Suphung station",
            ["name"],
            None,
        ),
        (None, "КИМ ИР СЕН", "KIM IL SUNG", "Ким Ир Сен = Kim Il Sung", ["name"], None),
    ],
    "acceptable": [
        ("omission", "Шифртелеграмма", None, "the ambassador's telegram is not translated"),
        ("omission", "8 августа Ким Ир Сен", None, "the telegram's framing is not translated"),
        ("omission", "Прошу указаний", None, "the telegram's request is not translated"),
    ],
    "notes": "Russian-first page; after the English stands the ambassador's ciphered telegram (a second Russian witness), which quotes three sentences of the letter (по 100 тыс. квт without мощностью, рассчитываем without мы); every sentence of it unlinked. Planted: 60 -> 40 specialists (number); the sentence on finishing by the end of 1953 omitted (the telegram repeats it). Free: the telegram's date, number and framing, 100 тыс. квт = 100,000 kW.",
}

DOCS["pg06-stalin-roosevelt-poland-1944"] = {
    "genre": "personal message (Stalin to Roosevelt) with the editor's footnotes after the translation (page, Russian first)",
    "about": "Invented: Stalin restates the Soviet view of Poland's eastern frontier; the English carries footnote marks in brackets and ends with a Notes section ('1. Not printed.').",
    "page": {
        "date": "March 3, 1944",
        "title": "Secret and Personal Message from Premier J. V. Stalin to President F. D. Roosevelt",
        "ref": "pg-0606",
        "translator": "A. Brennan",
        "summary": "Stalin replies to Roosevelt's and Churchill's messages on Poland: the frontier must follow the Curzon Line and the London government does not speak for the Poles.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 367, лл. 12-13.

‹1›СЕКРЕТНО И ЛИЧНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Ф. Д. РУЗВЕЛЬТУ

‹2›Получил Ваше послание от 22 февраля, а также послание г-на Черчилля по польскому вопросу. ‹3›Советское Правительство по-прежнему считает, что восточная граница Польши должна проходить по линии Керзона. ‹4›Что касается эмигрантского польского правительства в Лондоне, то оно не выражает воли польского народа.

‹5›Я уже писал Вам 16 января о нашей позиции. ‹6›Ничего нового к этому добавить не могу.

‹7›И. СТАЛИН

‹8›3 марта 1944 года.""",
    "en": """‹1›SECRET AND PERSONAL FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. F. D. ROOSEVELT

‹2›I have received your message of February 22[1] and also Mr. Eden's message on the Polish question.[2] ‹3›The Soviet Government still holds that the eastern frontier of Poland must follow the Curzon Line. ‹4›As for the émigré Polish Government in London, it does not express the will of the Polish people.

‹5›I already wrote to you on January 26 about our position.[3] ‹6›I have nothing new to add to it.

‹7›J. STALIN

‹8›March 3, 1944

‹u›Notes

‹u›1. Not printed.
‹u›2. See Document No. 213.
‹u›3. See Document No. 198.""",
    "required": [
        (
            "name",
            "Черчилля",
            "Eden's",
            "the second message is Churchill's (г-на Черчилля); the translation gives Mr. Eden's",
        ),
        (
            "date",
            "16 января",
            "January 26",
            "Stalin wrote on January 16 (16 января); the translation gives January 26",
        ),
    ],
    "forbidden": [
        (
            None,
            "22 февраля",
            "February 22[1]",
            "22 февраля = February 22 (the [1] is a footnote mark)",
            ["number", "date"],
            None,
        ),
        (
            None,
            "3 марта 1944 года",
            "March 3, 1944",
            "3 марта 1944 года = March 3, 1944",
            ["number", "date"],
            None,
        ),
        (None, None, "1. Not printed.", "the editor's footnote", ["addition", "number"], "minor"),
        (None, None, "2. See Document No. 213.", "the editor's footnote", ["addition", "number"], "minor"),
        (
            None,
            None,
            "3. See Document No. 198.",
            "the editor's footnote",
            ["addition", "number", "date"],
            "minor",
        ),
        (None, None, "[2]", "a footnote mark", ["number", "addition"], None),
        (None, None, "[3]", "a footnote mark", ["number", "addition"], None),
        (None, "линии Керзона", "Curzon Line", "линия Керзона = the Curzon Line", ["name", "term"], None),
        (None, "лл. 12-13", None, "the archive reference", ["number"], None),
    ],
    "notes": "Russian-first page; the English carries bracketed footnote marks ([1], glued to a date) and ends with a Notes section ('1. Not printed.', 'See Document No. 213.'), all unlinked. Planted: г-на Черчилля -> Mr. Eden's (name); 16 января -> January 26 (date). Free: the footnotes and their numbers, February 22[1].",
}

DOCS["pg07-beshchev-railway-specialists-1950"] = {
    "genre": "minister's report to Stalin (page, Russian first, the citation quoting the first Russian words)",
    "about": "Invented: the Minister of Railways reports on Soviet railway specialists sent to China; the citation names the document by its first Russian words.",
    "page": {
        "date": "December 5, 1950",
        "title": "Report by B. P. Beshchev to J. V. Stalin on Soviet Railway Specialists in China",
        "ref": "pg-0707",
        "translator": "J. Halloran",
        "citation": '"Товарищу Сталину И. В. Докладываю о ходе выполнения решения Правительства...", December 5, 1950, Archival Test Collection, Constructed Series. Translated by J. Halloran.  \n<https://archive.example.org/document/pg-0707>',
        "summary": "Beshchev reports how many of the railway specialists promised to China have arrived and where they work.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹1›Товарищу Сталину И. В.

‹2›Докладываю о ходе выполнения решения Правительства о направлении в Китай советских специалистов по железнодорожному транспорту. ‹3›По состоянию на 1 декабря 1950 г. в Китай прибыли 342 специалиста из 410, предусмотренных решением. ‹4›Остальные 68 человек будут направлены до 15 января 1951 г.

‹5›Специалисты работают на Китайской Чанчуньской железной дороге и в Управлении железных дорог Северо-Восточного Китая. ‹6›Жалоб на условия работы и быта от них не поступало.

‹7›Министр путей сообщения СССР
‹8›Б. Бещев

‹9›5 декабря 1950 г.
‹u›№ 1187/сс""",
    "en": """‹1›To Comrade J. V. Stalin

‹2›I report on the fulfilment of the Government's decision to send Soviet railway specialists to China. ‹3›As of December 1, 1950, 342 of the 410 specialists provided for by the decision had arrived in China. ‹4›The remaining 58 will be sent by January 15, 1951.

‹5›The specialists are working on the Chinese Changchun Railway. ‹6›They have made no complaints about their working and living conditions.

‹7›USSR Minister of Railways
‹8›B. Beshchev

‹9›December 5, 1950""",
    "required": [
        (
            "number",
            "68 человек",
            "58",
            "68 specialists remain to be sent (Остальные 68 человек); the translation gives 58",
        ),
        (
            "omission",
            "в Управлении железных дорог",
            None,
            "the clause on the Railway Administration of Northeast China is not translated",
        ),
    ],
    "forbidden": [
        (
            None,
            "1 декабря 1950 г.",
            "December 1, 1950",
            "1 декабря 1950 г. = December 1, 1950",
            ["number", "date"],
            None,
        ),
        (None, "342 специалиста", "342 of the", "342 = 342", ["number"], None),
        (None, "из 410", "410 specialists", "410 = 410", ["number"], None),
        (
            None,
            "15 января 1951 г.",
            "January 15, 1951",
            "15 января 1951 г. = January 15, 1951",
            ["number", "date"],
            None,
        ),
        (
            None,
            "5 декабря 1950 г.",
            "December 5, 1950",
            "5 декабря 1950 г. = December 5, 1950",
            ["number", "date"],
            None,
        ),
        (None, "№ 1187/сс", None, "the outgoing number", ["number"], None),
        (None, "Б. Бещев", "B. Beshchev", "Бещев = Beshchev", ["name"], None),
        (
            None,
            "Министр путей сообщения СССР",
            "USSR Minister of Railways",
            "Министр путей сообщения = Minister of Railways",
            ["title", "term"],
            None,
        ),
    ],
    "notes": "Russian-first page whose citation names the document by its first Russian words (Cyrillic in the header). Planted: 68 -> 58 (number); the clause 'и в Управлении железных дорог Северо-Восточного Китая' omitted. Free: the outgoing number, Министр путей сообщения = Minister of Railways.",
}
