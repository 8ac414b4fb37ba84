# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented ad documents of archival-own (read by build_archival_ad.py): additions and expansions.

The batch is about what a translator adds. Planted: a sentence of the translator's own (an
explanation, a conclusion, a softening; with or without a number or a name), a clause put inside a
sentence ("which had been agreed in May"), a date or a place the original does not give. Traps, many
a document: an acronym written out («КНДР» as "the Democratic People's Republic of Korea (DPRK)"), a
rank or a function made explicit ("Comrade Stalin" for «Вы»), an implicit subject or object named, a
unit or a currency written out, a bracketed gloss ("[i.e., the Yalu]"), an editor's note, a heading
added by the publisher, a sentence split in two with the subject repeated, a period cliché of closing.
The three series of the development corpus: the Korean war, Mongolia, wartime correspondence.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are
made up). Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side
marked ``‹k›``; ``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English
words, why); forbidden: (None, Russian, English, why, kinds, max severity). Words are unique on their
side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["ad01-suzdalev-telegram-nampo-1954"] = {
    "genre": "ciphered telegram (pair)",
    "about": "Invented: the ambassador reports Kim Il Sung's request for help in restoring the port of Nampo and its fish cannery.",
    "ru": """‹1›ШИФРТЕЛЕГРАММА

‹2›Из ПХЕНЬЯНА

‹3›Отправлено 14.IV.54 г. 19 ч. 10 м.

‹4›МИД СССР - тов. МОЛОТОВУ

‹5›12 апреля меня принял Ким Ир Сен и просил передать Советскому правительству просьбу правительства КНДР об оказании помощи в восстановлении порта Нампо. ‹6›По его словам, причальная стенка порта разрушена на протяжении 800 метров, а оба портальных крана потоплены у причала.

‹7›Ким Ир Сен просит направить в Нампо группу из 12 советских специалистов-гидротехников и поставить в текущем году 2 плавучих крана грузоподъемностью по 25 т. ‹8›Он также сообщил, что ЦК ТПК поручил Министерству рыбной промышленности восстановить к осени консервный завод в Нампо.

‹9›Расходы на восстановление порта корейская сторона оценивает в 46 млн. вон. ‹10›Ким Ир Сен сказал, что правительство КНДР готово оплатить часть поставок поставками цветных металлов.

‹11›Я ответил, что доложу его просьбу в Москву.

‹12›Считаю возможным удовлетворить просьбу корейских друзей. ‹13›Прошу указаний.

‹14›СУЗДАЛЕВ

‹u›Расшифровал: Кузнецов 15.IV.54 г.
‹u›Разослано: тт. Молотову, Маленкову, Микояну.
‹u›АВП РФ, ф. 0102, оп. 10, п. 51, д. 7, л. 88.
""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›From PYONGYANG

‹3›Sent April 14, 1954, 19:10

‹4›USSR Ministry of Foreign Affairs - to Comrade MOLOTOV

‹5›On April 12 I was received by Kim Il Sung, who asked me to convey to the Soviet Government the request of the Government of the Democratic People's Republic of Korea (DPRK) for help in restoring the port of Nampo [on the Taedong estuary]. ‹6›According to the Premier, the quay wall of the port has been destroyed for a length of 800 meters. Both of its gantry cranes were sunk at the quay.

‹7›Kim Il Sung asks that a group of 12 Soviet hydraulic engineers be sent to Nampo and that 2 floating cranes with a lifting capacity of 25 tons each be delivered this year, as had been agreed in principle during his visit to Moscow in September. ‹8›He also said that the Central Committee of the Workers' Party of Korea had instructed the Ministry of the Fishing Industry to restore the cannery at Nampo by the autumn.

‹9›The Korean side estimates the cost of restoring the port at 46 million won. ‹10›Kim Il Sung said that the DPRK Government was prepared to pay for part of the deliveries with deliveries of non-ferrous metals. ‹u›Without the port the export of ore to the Soviet Union will remain at less than a third of the planned level.

‹11›I replied that I would report his request to Moscow.

‹12›I consider it possible to meet the request of our Korean friends. ‹13›I request instructions.

‹14›SUZDALEV
""",
    "required": [
        (
            "addition",
            None,
            ", as had been agreed in principle during his visit to Moscow in September",
            "the clause on an agreement reached in Moscow in September has no original",
        ),
        (
            "addition",
            None,
            "Without the port the export of ore",
            "the sentence on ore exports (with its 'third') has no original: the translator's conclusion",
        ),
    ],
    "forbidden": [
        (
            None,
            "14.IV.54 г. 19 ч. 10 м.",
            "April 14, 1954, 19:10",
            "the same time of sending",
            ["number", "date"],
        ),
        (
            None,
            "МИД СССР",
            "USSR Ministry of Foreign Affairs",
            "an acronym written out",
            ["term", "name", "addition", "title"],
            "minor",
        ),
        (None, "12 апреля", "April 12", "the same date", ["number", "date"]),
        (
            None,
            ("КНДР", "правительства КНДР об"),
            "Democratic People's Republic of Korea (DPRK)",
            "an acronym written out with the acronym in brackets",
            ["addition", "term", "name", "omission"],
            "minor",
        ),
        (
            None,
            None,
            "[on the Taedong estuary]",
            "a translator's bracketed gloss of a place",
            ["addition", "name"],
            "minor",
        ),
        (
            None,
            "По его словам",
            "According to the Premier",
            "«он» made explicit as his function",
            ["addition", "title", "name"],
            "minor",
        ),
        (None, "800 метров", "800 meters", "the same length", ["number"]),
        (
            None,
            None,
            "Both of its gantry cranes",
            "a sentence split in two, the second with its own subject",
            ["addition", "omission"],
            "minor",
        ),
        (None, "12 советских", "12 Soviet", "the same number", ["number"]),
        (None, "по 25 т", "25 tons each", "a unit written out", ["number"]),
        (
            None,
            "ЦК ТПК",
            "the Central Committee of the Workers' Party of Korea",
            "a party acronym written out",
            ["term", "name", "addition", "title"],
            "minor",
        ),
        (None, "46 млн. вон", "46 million won", "млн. written out", ["number"]),
        (
            None,
            "корейских друзей",
            "our Korean friends",
            "a possessive the translator adds",
            ["addition", "name"],
            "minor",
        ),
        (
            None,
            "Разослано: тт.",
            None,
            "the distribution list untranslated",
            ["omission", "name"],
            "minor",
        ),
        (
            None,
            "АВП РФ, ф. 0102",
            None,
            "archive reference untranslated",
            ["omission", "number"],
            "minor",
        ),
    ],
    "acceptable": [
        (
            "number",
            None,
            "less than a third",
            "the added sentence's 'third' has no original",
        ),
    ],
    "notes": "Pair, a ciphered telegram. Planted: an added clause on an agreement in Moscow in September (a month, no number); an added concluding sentence with 'a third'. Free: КНДР and ЦК ТПК written out, [on the Taedong estuary], 'the Premier' for «он», a sentence split with its subject repeated, units and won written out, 'our Korean friends'.",
}

DOCS["ad02-politburo-specialists-china-1951"] = {
    "genre": "Politburo decision (page, Russian first, a publisher's heading and an editor's note)",
    "about": "Invented: the Politburo sends railway and bridge specialists to the Chinese volunteers in Korea.",
    "page": {
        "date": "March 3, 1951",
        "title": "Politburo Decision on Sending Soviet Railway Specialists to Korea",
        "ref": "vd-ad02",
        "translator": "J. Whitcombe",
        "summary": "The Politburo agrees to send bridge-building specialists and a railway regiment's equipment to help the Chinese People's Volunteers keep the lines in North Korea open.",
        "fields": [
            ("Associated Places", "China; Korea (North); Andong (China)"),
            (
                "Associated People & Organizations",
                "Zhou, Enlai, 1898-1976; Beshchev, B. P. (Boris Pavlovich), 1903-1981; Chinese People's Volunteers",
            ),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АП РФ, ф. 3, оп. 65, д. 828, л. 61-62.

‹1›П 80/214
‹2›3 марта 1951 г.

‹3›Строго секретно

‹4›Вопрос МПС.

‹5›1. Удовлетворить просьбу Чжоу Эньлая и направить в распоряжение командования КНД группу советских специалистов по восстановлению мостов в количестве 45 человек. ‹6›Руководителем группы утвердить т. Кондратьева.

‹7›2. Обязать МПС СССР (т. Бещева) передать китайской стороне 2 комплекта временных металлических пролетных строений и 600 т рельсов.

‹8›3. Обязать Минфин СССР выделить на содержание группы 1.800 тыс. рублей.

‹9›4. Поручить т. Громыко сообщить ответ китайским друзьям.

‹10›СЕКРЕТАРЬ ЦК""",
    "en": """‹u›No. 147. Politburo Decision on Railway Specialists for Korea

‹1›P 80/214
‹2›March 3, 1951

‹3›Strictly secret

‹4›Question of the Ministry of Railways.

‹5›1. To grant the request of Zhou Enlai and to place a group of 45 Soviet bridge-restoration specialists at the disposal of the command of the Chinese People's Volunteers (CPV). ‹6›Cde. Kondratiev is to be confirmed as head of the group. ‹u›The group is to leave for Andong not later than March 15, 1951.

‹7›2. The USSR Ministry of Railways (Cde. Beshchev) is to hand over to the Chinese side 2 sets of temporary metal bridge spans and 600 tons of rails.

‹8›3. The USSR Ministry of Finance is to allot 1,800,000 rubles for the upkeep of the group, which will work in Korea for six months.

‹9›4. Cde. Gromyko is instructed to communicate the reply to our Chinese friends.

‹10›SECRETARY OF THE CC

‹u›Editor's note: the Chinese request had been made in Zhou Enlai's telegram of February 24, 1951.""",
    "required": [
        (
            "addition",
            None,
            "The group is to leave for Andong",
            "the sentence on leaving for Andong by March 15 has no original (a date and a place added)",
        ),
        (
            "addition",
            None,
            ", which will work in Korea for six months",
            "the clause on six months' work in Korea has no original",
        ),
    ],
    "forbidden": [
        (
            None,
            "АП РФ, ф. 3",
            None,
            "archive reference untranslated",
            ["omission", "number"],
            "minor",
        ),
        (
            None,
            None,
            "No. 147. Politburo Decision",
            "a heading added by the publisher",
            ["addition", "number", "title", "name"],
            "minor",
        ),
        (None, "П 80/214", "P 80/214", "a protocol number", ["number"]),
        (None, ("3 марта 1951 г.", "П 80"), ("March 3, 1951", "P 80"), "the same date", ["number", "date"]),
        (
            None,
            "Вопрос МПС.",
            "Question of the Ministry of Railways.",
            "an acronym written out",
            ["term", "name", "addition", "omission"],
            "minor",
        ),
        (None, "45 человек", "45 Soviet", "the same number", ["number"]),
        (
            None,
            "командования КНД",
            "Chinese People's Volunteers (CPV)",
            "an acronym written out with an English acronym",
            ["addition", "term", "name", "omission"],
            "minor",
        ),
        (
            None,
            "т. Кондратьева",
            "Cde. Kondratiev",
            "a name transliterated",
            ["name"],
            "minor",
        ),
        (
            None,
            "МПС СССР (т. Бещева)",
            "USSR Ministry of Railways (Cde. Beshchev)",
            "an acronym written out",
            ["term", "name", "title"],
            "minor",
        ),
        (None, "2 комплекта", "2 sets", "the same number", ["number"]),
        (None, "600 т рельсов", "600 tons of rails", "a unit written out", ["number"]),
        (
            None,
            "Минфин СССР",
            "USSR Ministry of Finance",
            "an abbreviated name written out",
            ["term", "name", "title"],
            "minor",
        ),
        (None, "1.800 тыс. рублей", "1,800,000 rubles", "тыс. with a thousands dot", ["number"]),
        (
            None,
            "китайским друзьям",
            "our Chinese friends",
            "a possessive the translator adds",
            ["addition", "name"],
            "minor",
        ),
        (
            None,
            None,
            "Editor's note: the Chinese request",
            "an editor's note is apparatus",
            ["addition", "date", "number", "name"],
            "minor",
        ),
    ],
    "acceptable": [
        ("date", None, "March 15, 1951", "the added sentence's date has no original"),
        ("name", None, ("Andong", "leave for Andong"), "the added sentence's place has no original"),
        ("number", None, "six months", "the added clause's number has no original"),
    ],
    "notes": "Page, Russian first, a Politburo decision with a publisher's heading and an editor's note. Planted: an added sentence with a date and a place (Andong, March 15); an added clause 'which will work in Korea for six months'. Free: МПС, КНД, Минфин written out, 'our Chinese friends', the heading and the note.",
}

DOCS["ad03-record-panyushkin-zhou-pows-1952"] = {
    "genre": "record of conversation (pair)",
    "about": "Invented: the Soviet ambassador in Peking hears Zhou Enlai on the prisoner-of-war question at the armistice talks.",
    "ru": """‹1›Из дневника
‹2›ПАНЮШКИНА А. С.

‹3›Секретно

‹4›ЗАПИСЬ БЕСЕДЫ
‹5›с Премьером Государственного административного совета КНР Чжоу Эньлаем
‹6›18 июня 1952 года

‹7›Чжоу Эньлай принял меня по моей просьбе в 16 часов. ‹8›На беседе присутствовал заведующий отделом МИД КНР Пу Шоу-чан.

‹9›Я передал Чжоу Эньлаю ответ на его письмо от 2 июня по вопросу о военнопленных. ‹10›Чжоу Эньлай внимательно выслушал ответ и сказал, что китайская сторона полностью с ним согласна.

‹11›Далее Чжоу Эньлай сообщил, что на переговорах в Кэсоне американцы настаивают на «добровольной репатриации». ‹12›По их данным, из 116 тыс. военнопленных КНА и КНД вернуться домой желают лишь 70 тыс. человек. ‹13›Китайская сторона считает эти цифры вымышленными.

‹14›Чжоу Эньлай просил информировать его о том, как Советское правительство оценивает возможность перерыва в переговорах.

‹15›Беседа продолжалась 1 час 20 минут.

‹16›ПОСОЛ СССР В КНР
‹17›А. ПАНЮШКИН

‹u›Отп. 4 экз.
""",
    "en": """‹1›From the diary of
‹2›A. S. PANYUSHKIN

‹3›Secret

‹4›RECORD OF CONVERSATION
‹5›with the Premier of the Government Administration Council of the People's Republic of China (PRC), Zhou Enlai
‹6›June 18, 1952

‹7›Zhou Enlai received me at my request at 4 p.m. ‹8›Also present was Pu Shouchang, head of a department of the PRC Ministry of Foreign Affairs [and Zhou's interpreter].

‹9›I handed the Premier the reply to his letter of June 2 on the question of the prisoners of war, which the Soviet side had revised twice at the Chinese request. ‹10›Zhou Enlai listened to the reply attentively. He said that the Chinese side fully agreed with it.

‹11›Zhou Enlai then said that at the talks in Kaesong the Americans were insisting on "voluntary repatriation." ‹12›According to their figures, of the 116,000 prisoners of the Korean People's Army (KPA) and the Chinese People's Volunteers only 70,000 wish to return home. ‹13›The Chinese side considers these figures invented. ‹u›Zhou stressed that General Nam Il shared this view and would say so at the next session.

‹14›Zhou Enlai asked to be informed how the Soviet Government assessed the possibility of a break in the talks.

‹15›The conversation lasted 1 hour 20 minutes.

‹16›USSR AMBASSADOR TO THE PRC
‹17›A. PANYUSHKIN
""",
    "required": [
        (
            "addition",
            None,
            ", which the Soviet side had revised twice at the Chinese request",
            "the clause on the twice revised reply has no original",
        ),
        (
            "addition",
            None,
            "Zhou stressed that General Nam Il",
            "the sentence on General Nam Il's view has no original (a name added)",
        ),
    ],
    "forbidden": [
        (
            None,
            "ПАНЮШКИНА А. С.",
            "A. S. PANYUSHKIN",
            "a name in the genitive, initials moved",
            ["name"],
            "minor",
        ),
        (
            None,
            ("КНР", "совета КНР"),
            "People's Republic of China (PRC)",
            "an acronym written out with the acronym in brackets",
            ["addition", "term", "name", "omission"],
            "minor",
        ),
        (None, "18 июня 1952 года", "June 18, 1952", "the same date", ["number", "date"]),
        (None, "в 16 часов", "at 4 p.m.", "a 24-hour time in the 12-hour clock", ["number", "date"]),
        (
            None,
            None,
            "[and Zhou's interpreter]",
            "a translator's bracketed gloss",
            ["addition", "name", "title"],
            "minor",
        ),
        (None, "Пу Шоу-чан", "Pu Shouchang", "a Chinese name in pinyin", ["name"], "minor"),
        (
            None,
            "Я передал Чжоу Эньлаю",
            "I handed the Premier",
            "a function for the name",
            ["name", "title", "addition", "omission"],
            "minor",
        ),
        (None, "от 2 июня", "of June 2", "the same date", ["number", "date"]),
        (
            None,
            None,
            "He said that the Chinese side",
            "a sentence split in two, the second with its own subject",
            ["addition", "omission"],
            "minor",
        ),
        (None, "Кэсоне", "Kaesong", "a place in the locative", ["name"], "minor"),
        (None, "116 тыс.", "116,000", "тыс.", ["number"]),
        (
            None,
            "КНА и КНД",
            "Korean People's Army (KPA) and the Chinese People's Volunteers",
            "acronyms written out",
            ["addition", "term", "name", "omission"],
            "minor",
        ),
        (None, "70 тыс. человек", "70,000", "тыс.", ["number"]),
        (None, "1 час 20 минут", "1 hour 20 minutes", "the same length", ["number", "date"]),
        (None, "Отп. 4 экз.", None, "the typist's mark untranslated", ["omission", "number"], "minor"),
    ],
    "acceptable": [
        ("name", None, "Nam Il", "the added sentence's name has no original"),
        ("number", None, "twice", "the added clause's number has no original"),
    ],
    "notes": "Pair, a diary record of conversation. Planted: an added clause 'which the Soviet side had revised twice at the Chinese request'; an added sentence naming Nam Il. Free: КНР, КНА, КНД written out, a bracketed gloss, 'the Premier' for the name, a sentence split, 16 часов as 4 p.m.",
}

DOCS["ad04-choibalsan-letter-stalin-wool-1946"] = {
    "genre": "letter of the Mongolian leader to Stalin (pair)",
    "about": "Invented: Choibalsan asks Stalin to raise the price of Mongolian wool and to defer a payment after a bad winter.",
    "ru": """‹1›Председателю Совета Министров Союза ССР
‹2›Генералиссимусу Советского Союза
‹3›товарищу СТАЛИНУ И. В.

‹4›Дорогой товарищ Сталин!

‹5›Обращаюсь к Вам с просьбой от имени ЦК МНРП и Правительства МНР.

‹6›Суровая зима 1945-1946 гг. нанесла большой урон скотоводству республики. ‹7›По предварительным данным, пало 1,6 млн. голов скота, главным образом в Гоби-Алтайском и Убурхангайском аймаках.

‹8›Правительство МНР просит Вас рассмотреть вопрос о повышении закупочной цены на шерсть на 15 процентов. ‹9›Мы просим также отсрочить на один год платеж по кредиту 1944 года в сумме 28 млн. тугриков.

‹10›Монгольский народ никогда не забудет бескорыстной помощи Советского Союза.

‹11›С глубоким уважением

‹12›Маршал ЧОЙБАЛСАН

‹13›г. Улан-Батор, 9 мая 1946 г.
""",
    "en": """‹1›To the Chairman of the Council of Ministers of the USSR
‹2›Generalissimo of the Soviet Union
‹3›Comrade J. V. STALIN

‹4›Dear Comrade Stalin,

‹5›I am writing to you, Comrade Stalin, with a request on behalf of the Central Committee of the Mongolian People's Revolutionary Party and the Government of the Mongolian People's Republic.

‹6›The severe winter of 1945-1946 did great damage to the livestock farming of the Republic. ‹7›According to preliminary figures, 1.6 million head of livestock perished, chiefly in the Gobi-Altai and Övörkhangai [Ubur-Khangai] aimaks. ‹u›In some districts herdsmen lost more than half of their animals, and many families were left without food.

‹8›The Government of the MPR asks you to consider raising the purchase price of wool by 15 per cent, in line with the prices paid by the Soviet trade organizations since April 1945. ‹9›We also ask you to defer for one year the payment of 28 million tugriks under the credit of 1944.

‹10›The Mongolian people will never forget the disinterested assistance of the Soviet Union. ‹u›We fully understand how great the burdens of the Soviet people are after the war, and we make this request only because we have no other way out.

‹11›I remain, with deep respect, yours sincerely,

‹12›Marshal CHOIBALSAN

‹13›Ulan Bator, May 9, 1946
""",
    "required": [
        (
            "addition",
            None,
            "In some districts herdsmen lost",
            "the sentence on herdsmen who lost half their animals has no original",
        ),
        (
            "date",
            None,
            "since April 1945",
            "the clause on the Soviet prices paid since April 1945 has no original (a date added)",
        ),
        (
            "addition",
            None,
            "We fully understand how great",
            "the softening sentence on the burdens of the Soviet people has no original",
        ),
    ],
    "forbidden": [
        (
            None,
            "Союза ССР",
            ("USSR", "Ministers of the USSR"),
            "Союза ССР as USSR",
            ["name", "term"],
            "minor",
        ),
        (
            None,
            "СТАЛИНУ И. В.",
            "J. V. STALIN",
            "initials before the name, И. as J.",
            ["name"],
            "minor",
        ),
        (
            None,
            "Обращаюсь к Вам",
            ", Comrade Stalin,",
            "«Вам» made explicit in an address",
            ["addition", "name", "title"],
            "minor",
        ),
        (
            None,
            "ЦК МНРП",
            "Central Committee of the Mongolian People's Revolutionary Party",
            "a party acronym written out",
            ["addition", "term", "name", "omission"],
            "minor",
        ),
        (
            None,
            ("МНР", "Правительства МНР."),
            "the Government of the Mongolian People's Republic",
            "an acronym written out",
            ["addition", "term", "name", "omission"],
            "minor",
        ),
        (None, "1945-1946 гг.", "1945-1946", "the same years", ["number", "date"]),
        (None, "1,6 млн. голов", "1.6 million head", "decimal comma, млн.", ["number"]),
        (
            None,
            "Убурхангайском",
            "Övörkhangai [Ubur-Khangai]",
            "a modern spelling with the old one in brackets",
            ["name", "addition"],
            "minor",
        ),
        (None, "Гоби-Алтайском", "Gobi-Altai", "a place as an adjective", ["name"], "minor"),
        (None, "15 процентов", "15 per cent", "the same number", ["number"]),
        (None, "на один год", "for one year", "a number in words", ["number", "date"]),
        (None, "28 млн. тугриков", "28 million tugriks", "a currency written out", ["number"]),
        (None, "кредиту 1944 года", "credit of 1944", "the same year", ["number", "date"]),
        (
            None,
            "С глубоким уважением",
            "I remain, with deep respect, yours sincerely,",
            "a period cliché of closing",
            ["addition", "term", "omission"],
            "minor",
        ),
        (None, "9 мая 1946 г.", "May 9, 1946", "the same date", ["number", "date"]),
    ],
    "notes": "Pair, a letter to Stalin. Planted: an added sentence on herdsmen who lost half their animals; an added clause with a date (since April 1945); an added softening sentence. Free: ЦК МНРП and МНР written out, 'Comrade Stalin' in the address, a modern spelling with the old in brackets, the closing cliché, tugriks.",
}

DOCS["ad05-smirnov-report-mprp-plenum-1950"] = {
    "genre": "embassy report (page, translation first, a translator's note)",
    "about": "Invented: the Soviet chargé d'affaires reports on a plenum of the Mongolian party that discussed the livestock plan.",
    "page": {
        "date": "December 2, 1950",
        "title": "Report of A. Smirnov to A. Ya. Vyshinsky on the Plenum of the MPRP Central Committee",
        "ref": "vd-ad05",
        "translator": "K. Lindqvist",
        "summary": "The chargé reports that the plenum criticized the ministry of livestock farming and that Tsedenbal spoke on the five-year plan.",
        "fields": [
            ("Associated Places", "Mongolia; Ulan Bator (Mongolia)"),
            (
                "Associated People & Organizations",
                "Tsedenbal, Yumjaagiin, 1916-1991; Mongolian People's Revolutionary Party. Central Committee",
            ),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›Secret
‹2›Copy No. 2

‹3›To the Minister of Foreign Affairs of the USSR
‹4›Comrade A. Ya. VYSHINSKY

‹5›On November 24-27 a plenum of the Central Committee of the Mongolian People's Revolutionary Party (MPRP) was held in Ulan Bator. ‹6›The plenum discussed the fulfilment of the plan for the development of livestock farming for 1950, which the Politburo of the MPRP had already approved in outline in August.

‹7›The report was made by Yu. Tsedenbal, General Secretary of the MPRP Central Committee. ‹8›He stated that the plan for the increase of livestock had been fulfilled by 91 per cent. The Ministry of Livestock Farming had not organized the preparation of hay.

‹9›In the debate 14 members of the Central Committee spoke. ‹10›Several speakers sharply criticized Minister [of Livestock Farming] Ch. Surenjav for poor work with the aimags. ‹u›The criticism was evidently prepared in advance by Tsedenbal himself.

‹11›The plenum adopted a resolution obliging the Government of the Mongolian People's Republic (MPR) to create 40 new haymaking stations in 1951.

‹12›In a conversation with me after the plenum, Comrade Tsedenbal [the General Secretary] asked for the help of Soviet veterinary specialists.

‹13›Chargé d'Affaires of the USSR in the MPR
‹14›A. SMIRNOV

‹u›Translator's note: the Russian "senokosnye stantsii" are haymaking stations run by the state.""",
    "ru": """‹u›АВП РФ, ф. 0111, оп. 32, п. 204, д. 12, л. 115-117.

‹1›Секретно
‹2›Экз. № 2

‹3›Министру иностранных дел СССР
‹4›товарищу ВЫШИНСКОМУ А. Я.

‹5›24-27 ноября в Улан-Баторе состоялся пленум ЦК МНРП. ‹6›Пленум обсудил вопрос о выполнении плана развития животноводства на 1950 год.

‹7›С докладом выступил Генеральный секретарь ЦК МНРП Ю. Цеденбал. ‹8›Он сообщил, что план прироста поголовья скота выполнен на 91 процент, а Министерство животноводства не организовало заготовку сена.

‹9›В прениях выступили 14 членов ЦК. ‹10›Ряд выступавших резко критиковал министра Ч. Сурэнжава за плохую работу с аймаками.

‹11›Пленум принял постановление, обязывающее Правительство МНР создать в 1951 году 40 новых сенокосных станций.

‹12›В беседе со мной после пленума тов. Цеденбал просил о помощи советских ветеринарных специалистов.

‹13›Временный поверенный в делах СССР в МНР
‹14›А. СМИРНОВ""",
    "required": [
        (
            "addition",
            None,
            ", which the Politburo of the MPRP had already approved in outline in August",
            "the clause on the Politburo's approval in August has no original",
        ),
        (
            "addition",
            None,
            "The criticism was evidently prepared",
            "the translator's sentence on who prepared the criticism has no original",
        ),
    ],
    "forbidden": [
        (None, "Экз. № 2", "Copy No. 2", "a copy number", ["number"]),
        (
            None,
            "ВЫШИНСКОМУ А. Я.",
            "A. Ya. VYSHINSKY",
            "initials before the name",
            ["name"],
            "minor",
        ),
        (None, "24-27 ноября", "November 24-27", "the same days", ["number", "date"]),
        (
            None,
            ("ЦК МНРП", "пленум ЦК МНРП"),
            "Central Committee of the Mongolian People's Revolutionary Party (MPRP)",
            "a party acronym written out with the acronym in brackets",
            ["addition", "term", "name", "omission"],
            "minor",
        ),
        (
            None,
            "Улан-Баторе",
            ("Ulan Bator", "held in Ulan Bator"),
            "a place in the locative",
            ["name"],
            "minor",
        ),
        (
            None,
            ("на 1950 год", "животноводства на 1950"),
            ("for 1950", "livestock farming for 1950"),
            "the same year",
            ["number", "date"],
        ),
        (
            None,
            "Генеральный секретарь ЦК МНРП",
            "General Secretary of the MPRP Central Committee",
            "the same title",
            ["title", "term"],
            "minor",
        ),
        (None, "91 процент", "91 per cent", "the same number", ["number"]),
        (
            None,
            None,
            "The Ministry of Livestock Farming had not",
            "a sentence split in two",
            ["addition", "omission"],
            "minor",
        ),
        (None, "14 членов", "14 members", "the same number", ["number"]),
        (
            None,
            None,
            "[of Livestock Farming]",
            "a bracketed gloss of the ministry",
            ["addition", "title", "term"],
            "minor",
        ),
        (None, "Ч. Сурэнжава", "Ch. Surenjav", "a Mongolian name in the genitive", ["name"], "minor"),
        (
            None,
            ("МНР", "Правительство МНР"),
            "Mongolian People's Republic (MPR)",
            "an acronym written out",
            ["addition", "term", "name", "omission"],
            "minor",
        ),
        (None, "в 1951 году", "in 1951", "the same year", ["number", "date"]),
        (None, "40 новых", "40 new", "the same number", ["number"]),
        (
            None,
            None,
            "[the General Secretary]",
            "a bracketed function",
            ["addition", "title"],
            "minor",
        ),
        (
            None,
            None,
            "Translator's note: the Russian",
            "a translator's note is apparatus",
            ["addition", "term", "name", "ocr"],
            "minor",
        ),
        (
            None,
            "АВП РФ, ф. 0111",
            None,
            "archive reference untranslated",
            ["omission", "number"],
            "minor",
        ),
    ],
    "notes": "Page, translation first, an embassy report. Planted: an added clause on the Politburo's approval in August; an added sentence of the translator's judgment on Tsedenbal. Free: ЦК МНРП and МНР written out, bracketed glosses of a ministry and a function, a sentence split, a translator's note.",
}

DOCS["ad06-stalin-churchill-convoys-1942-10-03"] = {
    "genre": "personal message (Stalin to Churchill, pair)",
    "about": "Invented: Stalin answers Churchill on the autumn convoys and asks for fighter aircraft in place of the postponed ships.",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 270, л. 58.

‹1›ЛИЧНО И СЕКРЕТНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА
‹2›ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ

‹3›Ваше послание от 30 сентября получил.

‹4›Вы сообщаете, что отправка очередного конвоя откладывается до конца октября. ‹5›Это серьезно осложняет положение наших войск под Сталинградом.

‹6›Считаю необходимым, чтобы вместо отложенного конвоя были посланы истребители через Иран. ‹7›Нам нужно не менее 300 истребителей в месяц. ‹8›Прошу ускорить также отправку 150 грузовиков, которые уже находятся в Басре.

‹9›Наше положение на юге остается трудным.

‹10›3 октября 1942 года.
""",
    "en": """‹u›No. 71

‹1›PERSONAL AND SECRET FROM PREMIER J. V. STALIN
‹2›TO THE PRIME MINISTER, MR. W. CHURCHILL

‹3›I have received your message of September 30.

‹4›You inform me that the dispatch of the next convoy [i.e., PQ-19] is being postponed until the end of October. ‹5›This seriously complicates the position of our troops at Stalingrad. ‹u›I must tell you frankly that the Soviet people will find it hard to understand such a decision.

‹6›I consider it necessary that fighter aircraft should be sent via Iran in place of the postponed convoy, as the British side itself proposed in August. ‹7›We need not less than 300 fighters a month. ‹8›I also ask you to speed up the dispatch of the 150 trucks which are already at Basra.

‹9›Our position in the south remains difficult. ‹u›I hope you will understand me correctly.

‹10›October 3, 1942

‹u›1 See Document No. 68.
""",
    "required": [
        (
            "addition",
            None,
            "I must tell you frankly that the Soviet people",
            "the sentence on the Soviet people's incomprehension has no original",
        ),
        (
            "addition",
            None,
            ", as the British side itself proposed in August",
            "the clause on the British proposal in August has no original",
        ),
    ],
    "forbidden": [
        (
            None,
            "АП РФ, ф. 45",
            None,
            "archive reference untranslated",
            ["omission", "number"],
            "minor",
        ),
        (
            None,
            None,
            "No. 71",
            "the editor's document number",
            ["addition", "number"],
            "minor",
        ),
        (None, "У. ЧЕРЧИЛЛЮ", "W. CHURCHILL", "a name in the dative, У. as W.", ["name"], "minor"),
        (None, "от 30 сентября", "of September 30", "the same date", ["number", "date"]),
        (
            None,
            "Вы сообщаете",
            "You inform me",
            "an object made explicit",
            ["addition", "omission"],
            "minor",
        ),
        (
            None,
            None,
            "[i.e., PQ-19]",
            "a translator's bracketed gloss",
            ["addition", "number", "name"],
            "minor",
        ),
        (None, "под Сталинградом", "at Stalingrad", "a place in the instrumental", ["name"], "minor"),
        (None, "300 истребителей", "300 fighters", "the same number", ["number"]),
        (None, "150 грузовиков", "150 trucks", "the same number", ["number"]),
        (None, "Басре", "Basra", "a place in the locative", ["name"], "minor"),
        (None, "3 октября 1942 года.", "October 3, 1942", "the same date", ["number", "date"]),
        (
            None,
            None,
            "1 See Document No. 68.",
            "an editor's cross-reference is apparatus",
            ["addition", "number"],
            "minor",
        ),
    ],
    "acceptable": [
        ("number", None, "PQ-19", "the gloss's convoy number has no original"),
        (
            "addition",
            None,
            "I hope you will understand me correctly.",
            "a short softening the translator adds",
        ),
    ],
    "notes": "Pair, a wartime personal message. Planted: an added sentence on the Soviet people's incomprehension; an added clause on a British proposal in August. Free: the editor's number and cross-reference, a bracketed convoy gloss, 'You inform me'; the short softening 'I hope you will understand me correctly' is acceptable either way.",
}
