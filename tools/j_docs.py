# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented j documents of archival-own (read by build_archival_j.py): omissions and additions with no number.

In the manner of the wartime correspondence (personal and secret messages, pairs and pages with a draft as a
second witness) and of the Mongolian series (a Politburo decision, a ciphered telegram, a leader's letter with
the telegram that quoted it). Each plants what a word-level check cannot see: a dropped clause or sentence that
carries only an opinion, a reason, a reservation or a qualifier; a translator's added sentence or clause with no
number or name; a passage repeated by a second witness; at most one number or date change. The traps: a free but
faithful paraphrase, a sentence split in three or three joined in one, condensed salutations and closings, an
editor's note in brackets, footnote marks, a heading rendered differently.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["j01-stalin-churchill-convoy-groups-1942-10-03"] = {
    "genre": "personal and secret message (pair, s series)",
    "about": "Invented: Stalin answers Churchill on sending the next convoy in small groups, on fighters by the southern route and on tanks for the winter.",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 271, лл. 52-53.

‹1›СЕКРЕТНО

‹2›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ

‹3›Ваше послание от 29 сентября¹ получил.

‹4›Я понимаю трудности, о которых Вы пишете, и не буду настаивать на отправке следующего каравана в прежние сроки. ‹5›Должен, однако, заметить, что отмена каравана в такое время, когда наши войска ведут тяжелые оборонительные бои на юге, произвела бы на нашу армию и народ неблагоприятное впечатление.

‹6›Мы считаем, что суда можно было бы отправлять небольшими группами, без крупного эскорта, по крайней мере до наступления полярной ночи. ‹7›Что касается истребителей, то наше командование предпочло бы получать их в разобранном виде через Персидский залив, поскольку северный путь сейчас слишком опасен для таких грузов.

‹8›Мы просим также ускорить отправку 150 танков, обещанных на октябрь.

‹9›Наши танкисты высоко ценят британские машины за надежность брони, но жалуются на слабость их моторов в условиях сильных морозов, и поэтому мы просили бы присылать вместе с танками зимнюю смазку и запасные аккумуляторы.

‹10›Шлю Вам и Вашим соратникам наилучшие пожелания.

‹11›И. СТАЛИН

‹12›3 октября 1942 года.

‹13›¹ См. послание № 83 настоящего сборника.""",
    "en": """‹1›SECRET

‹2›PERSONAL AND SECRET MESSAGE FROM PREMIER J. V. STALIN TO THE PRIME MINISTER, MR. W. CHURCHILL

‹3›I have received your message of September 29.1

‹4›I understand the difficulties you write of and shall not insist that the next convoy sail at the dates fixed before. ‹5›I must observe, however, that to cancel the convoy at a time when our troops are fighting hard defensive battles in the south would be badly received by our army and our people.

‹6›We believe that the ships could be sent in small groups without a large escort. ‹7›As regards fighters, our command would prefer to receive them dismantled by way of the Persian Gulf.

‹8›We also ask you to hasten the dispatch of the 150 tanks promised for October, which our troops will need badly once the winter fighting begins.

‹9›Our tank crews value the British machines for the reliability of their armour. They complain, however, that the engines are weak in hard frost. We should therefore ask you to send winter lubricant and spare batteries together with the tanks.

‹10›Best wishes.

‹11›J. STALIN

‹12›October 3, 1942

‹13›1 See message No. 83 in this collection.""",
    "required": [
        (
            "omission",
            "по крайней мере до наступления полярной ночи",
            None,
            "the reservation 'at least until the polar night sets in' is dropped: the translation makes the small-group sailings open-ended",
        ),
        (
            "omission",
            "поскольку северный путь сейчас слишком опасен",
            None,
            "the reason 'since the northern route is now too dangerous for such cargoes' is dropped",
        ),
        (
            "addition",
            None,
            "which our troops will need badly once the winter fighting begins",
            "the translation adds a reason the original does not give",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (None, "29 сентября", "September 29", "the same date", ["number", "date"]),
        (None, "150 танков", "150 tanks", "the same number", ["number"]),
        (None, "3 октября 1942 года", "October 3, 1942", "the same date", ["number", "date"]),
        (None, "№ 83", "No. 83", "the collection's message number", ["number"]),
        (
            None,
            "произвела бы на нашу армию",
            "would be badly received",
            "a free but faithful paraphrase",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "Наши танкисты высоко ценят",
            "They complain, however",
            "one sentence split in three",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "Шлю Вам и Вашим соратникам",
            "Best wishes.",
            "a condensed closing",
            ["omission"],
            "minor",
        ),
        (None, "И. В. СТАЛИНА", "J. V. STALIN", "И. В. Сталин = J. V. Stalin", ["name"]),
        (
            None,
            "г-ну У. ЧЕРЧИЛЛЮ",
            "MR. W. CHURCHILL",
            "г-ну У. Черчиллю = Mr. W. Churchill",
            ["name", "title"],
        ),
        (None, "Персидский залив", "the Persian Gulf", "Персидский залив = the Persian Gulf", ["name"]),
    ],
    "notes": "Planted: the reservation 'по крайней мере до наступления полярной ночи' and the reason 'поскольку северный путь сейчас слишком опасен для таких грузов' dropped; a reason added to the tank request. Traps: a faithful paraphrase, one sentence split in three, a condensed closing, footnote marks (¹ / 1), archive reference.",
}

DOCS["j02-stalin-roosevelt-meeting-draft-1943-09-08"] = {
    "genre": "personal and secret message with the draft as a second witness (page, s series)",
    "about": "Invented: Stalin agrees in principle to a preparatory meeting of representatives; the page holds the message as sent and the draft.",
    "page": {
        "date": "September 8, 1943",
        "title": "Personal and Secret Message from Premier J. V. Stalin to President F. D. Roosevelt (with the Draft)",
        "ref": "jd-0102",
        "translator": "R. Ashworth",
        "summary": "Stalin agrees to a preparatory meeting of representatives in Moscow and names his representative. The draft, with a word added by Stalin, follows the message as sent.",
        "contents": ["Original Scan", "Original Scan (draft)", "Translation - English"],
        "order": ["ru", "witness", "en"],
        "sep": "\n\n---\n\n",
    },
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 366, л. 97.

‹1›Совершенно секретно

‹2›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Ф. Д. РУЗВЕЛЬТУ

‹3›Получил Ваше послание о совещании представителей трех правительств.

‹4›В принципе я согласен с тем, что такое совещание было бы полезно, и предлагаю провести его в Москве. ‹5›Совещание должно носить подготовительный характер и не принимать окончательных решений, которые остаются за правительствами. ‹6›Повестку дня следовало бы согласовать заранее, чтобы представители могли прибыть с необходимыми полномочиями. ‹u›Мне кажется, что откладывать это дело дальше было бы неразумно.

‹7›Со своей стороны Советское Правительство назначает своим представителем т. Молотова.

‹8›И. СТАЛИН

‹9›8 сентября 1943 года.""",
    "witness": """‹u›Проект

‹u›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Ф. Д. РУЗВЕЛЬТУ

‹u›Получил Ваше послание о совещании представителей трех правительств.

‹u›В принципе [вписано рукой И. В. Сталина] я согласен с тем, что такое совещание было бы полезно, и предлагаю провести его в Москве. ‹u›Повестку дня следовало бы согласовать заранее.

‹u›И. СТАЛИН""",
    "en": """‹1›Top Secret

‹2›PERSONAL AND SECRET MESSAGE FROM PREMIER STALIN TO PRESIDENT ROOSEVELT

‹3›I have received your message about a meeting of representatives of the three governments.

‹4›In principle I agree that such a meeting would be useful, and I propose that it be held in Moscow. ‹5›The meeting should be preparatory; final decisions would remain with the governments. ‹6›The agenda ought to be agreed beforehand, so that the representatives can arrive with the necessary powers.

‹7›For its part the Soviet Government appoints Mr. Molotov as its representative. ‹u›He will, of course, be accompanied by the necessary experts.

‹8›J. STALIN

‹9›September 8, 1943""",
    "required": [
        (
            "omission",
            "Мне кажется, что откладывать",
            None,
            "Stalin's opinion that further delay would be unwise is not translated",
        ),
        (
            "addition",
            None,
            "He will, of course, be accompanied",
            "the translation adds a sentence about experts that the original does not have",
        ),
        (
            "duplicate",
            ("Получил Ваше послание", "Проект"),
            None,
            "the draft repeats the message (the words «В принципе» added by hand, the purpose of the agenda missing)",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (None, ("трех", "Совершенно"), ("three", "I have received"), "трех = three", ["number"]),
        (None, "8 сентября 1943 года", "September 8, 1943", "the same date", ["number", "date"]),
        (
            None,
            ("И. В. СТАЛИНА", "Совершенно"),
            "PREMIER STALIN",
            "a heading rendered differently (initials and г-ну dropped)",
            ["name", "title", "omission"],
            "minor",
        ),
        (
            None,
            "не принимать окончательных решений",
            "final decisions would remain",
            "a free but faithful paraphrase",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "т. Молотова",
            "Mr. Molotov",
            "т. rendered Mr., as the published versions do",
            ["name", "title"],
        ),
        (
            None,
            ("[вписано рукой И. В. Сталина]", "Проект"),
            None,
            "an editor's note in the draft",
            ["omission", "name"],
            "minor",
        ),
    ],
    "notes": "The page holds the message as sent and, after a rule, the draft (not translated; each sentence unlinked). Planted: the sentence of opinion «Мне кажется, что откладывать это дело дальше было бы неразумно» dropped; a sentence on experts added; the draft repeats the message. Traps: heading rendered without initials, faithful paraphrase, editor's note in brackets.",
}

DOCS["j03-stalin-churchill-shuttle-airfields-1944-02-02"] = {
    "genre": "personal and secret message (pair, s series)",
    "about": "Invented: Stalin agrees to let Allied bombers land on Soviet airfields after their missions.",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 279, л. 14.

‹1›ЛИЧНО И СЕКРЕТНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ

‹2›Ваше послание получил.

‹3›Советское Командование согласно принимать на своих аэродромах американские и британские бомбардировщики после выполнения ими боевых заданий. ‹4›Для этой цели будут выделены три аэродрома на Украине, хотя это и потребует от нас перебазирования части наших авиационных полков.

‹5›Обслуживание самолетов возьмут на себя наши техники. Горючее и боеприпасы будут доставляться союзниками. Охрану аэродромов обеспечим мы. ‹6›Число союзного технического персонала на каждом аэродроме не должно превышать 200 человек.

‹7›Мы считаем желательным, чтобы первые полеты начались не ранее, чем будут закончены работы по подготовке аэродромов.

‹8›Надеюсь, что это сотрудничество принесет пользу нашему общему делу.

‹9›И. СТАЛИН

‹10›2 февраля 1944 года.""",
    "en": """‹1›PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRIME MINISTER, MR. W. CHURCHILL

‹2›Your message received.

‹3›The Soviet Command agrees that American and British bombers may land on its airfields after carrying out their combat missions. ‹4›Three airfields in the Ukraine will be set aside for this purpose.

‹5›Our technicians will service the aircraft, the Allies will deliver fuel and ammunition, and we shall guard the airfields. ‹6›The Allied technical staff on each airfield should not exceed 300 men.

‹7›We think it desirable, and we are sure you will agree with us here, that the first flights should wait until the work of preparing the airfields is finished.

‹8›I hope that this co-operation will benefit our common cause.

‹9›J. STALIN

‹10›February 2, 1944""",
    "required": [
        (
            "omission",
            "хотя это и потребует от нас",
            None,
            "the reservation that this will force the Soviet side to move some of its air regiments is dropped",
        ),
        (
            "number",
            "200 человек",
            "300 men",
            "200 men on each airfield in the original, 300 in the translation",
        ),
        (
            "addition",
            None,
            "and we are sure you will agree with us here",
            "the translation adds a softening clause the original does not have",
        ),
    ],
    "forbidden": [
        (None, "АП РФ, ф. 45", None, "archive reference", ["omission", "number"], "minor"),
        (None, "три аэродрома", "Three airfields", "три = three", ["number"]),
        (None, "2 февраля 1944 года", "February 2, 1944", "the same date", ["number", "date"]),
        (
            None,
            "Советское Командование согласно",
            "The Soviet Command agrees",
            "a free but faithful paraphrase",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "Горючее и боеприпасы",
            "the Allies will deliver fuel",
            "three sentences joined in one",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "Ваше послание получил.",
            "Your message received.",
            "a condensed acknowledgement",
            ["omission"],
            "minor",
        ),
        (None, "на Украине", "the Ukraine", "Украина = the Ukraine", ["name"]),
        (None, "И. В. СТАЛИНА", "J. V. STALIN", "И. В. Сталин = J. V. Stalin", ["name"]),
    ],
    "notes": "Planted: the reservation 'хотя это и потребует от нас перебазирования части наших авиационных полков' dropped; 200 -> 300 (number); a softening clause added. Traps: three sentences joined in one, a faithful paraphrase, archive reference.",
}

DOCS["j04-politburo-mpr-veterinarians-1949"] = {
    "genre": "Politburo decision (page, m series)",
    "about": "Invented: the Politburo sends Soviet veterinary doctors to the MPR to fight epizootics.",
    "page": {
        "date": "October 6, 1949",
        "title": "Politburo Decision on Veterinary Doctors for the Mongolian People's Republic",
        "ref": "jd-0104",
        "translator": "M. Holt",
        "summary": "The Politburo grants the MPR government's request for a group of Soviet veterinary doctors, charges the costs to the Union budget and orders medicines sent.",
        "fields": [
            ("Associated Places", "Mongolia; Ulaanbaatar (Mongolia)"),
            (
                "Associated People & Organizations",
                "Benediktov, I. A. (Ivan Aleksandrovich), 1902-1983; Menshikov, M. A. (Mikhail Alekseevich), 1902-1976",
            ),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›ВСЕСОЮЗНАЯ КОММУНИСТИЧЕСКАЯ ПАРТИЯ (большевиков). ЦЕНТРАЛЬНЫЙ КОМИТЕТ

‹1›Строго секретно

‹u›№ П71/118

‹2›Выписка из протокола № 71 заседания Политбюро ЦК ВКП(б)

‹3›Решение от 6 октября 1949 г.

‹4›118. — Вопрос Монгольской Народной Республики.

‹5›1. Удовлетворить просьбу Правительства МНР о направлении в МНР в 1950 году группы советских ветеринарных врачей для борьбы с эпизоотиями.

‹6›2. Обязать Министерство сельского хозяйства СССР (т. Бенедиктова) отобрать специалистов в месячный срок, по возможности из числа имеющих опыт работы в условиях кочевого скотоводства.

‹7›3. Расходы по содержанию специалистов временно отнести за счет союзного бюджета впредь до заключения особого соглашения.

‹8›4. Министерству внешней торговли (т. Меньшикову) обеспечить отправку медикаментов и инструментов до конца года.

‹9›СЕКРЕТАРЬ ЦК

‹u›Разослано: тт. Бенедиктову, Меньшикову, Громыко.

‹u›АП РФ, ф. 3, оп. 65, д. 310, л. 77.""",
    "en": """‹1›Strictly secret

‹2›Excerpt from the Minutes of Politburo Session No. 71

‹3›Decision of October 6, 1949

‹4›118. The question of the Mongolian People's Republic.

‹5›1. To grant the request of the MPR Government that a group of Soviet veterinary doctors be sent to the MPR in 1950 to fight epizootics.

‹6›2. To instruct the USSR Ministry of Agriculture (Cde. Benediktov) to select the specialists within a month.

‹7›3. The cost of maintaining the specialists is to be charged to the Union budget.

‹8›4. The Ministry of Foreign Trade (Cde. Menshikov) is to ensure the dispatch of medicines and instruments before the end of the year, so that the work may begin in good time for the spring.

‹9›SECRETARY OF THE CC""",
    "required": [
        (
            "omission",
            "по возможности из числа имеющих опыт",
            None,
            "the qualifier 'as far as possible from among those experienced in nomadic herding' is dropped",
        ),
        (
            "omission",
            "впредь до заключения особого соглашения",
            None,
            "the costs are charged to the Union budget 'temporarily, until a special agreement is concluded'; the translation makes the charge unconditional",
        ),
        (
            "addition",
            None,
            "so that the work may begin in good time",
            "the translation adds a purpose the decision does not state",
        ),
    ],
    "forbidden": [
        (None, "ВСЕСОЮЗНАЯ КОММУНИСТИЧЕСКАЯ", None, "the party letterhead", ["omission"], "minor"),
        (None, "№ П71/118", None, "protocol item number (untranslated)", ["omission", "number"], "minor"),
        (None, "Разослано:", None, "the distribution line", ["omission", "name"], "minor"),
        (None, "АП РФ, ф. 3", None, "archive reference", ["omission", "number"], "minor"),
        (None, "протокола № 71", "Session No. 71", "protocol number", ["number"]),
        (
            None,
            "Выписка из протокола",
            "Excerpt from the Minutes",
            "a heading rendered differently",
            ["omission", "term"],
            "minor",
        ),
        (None, "6 октября 1949 г.", "October 6, 1949", "the same date", ["number", "date"]),
        (None, ("118.", "Решение"), ("118.", "1949"), "item number", ["number"]),
        (None, "в 1950 году", "in 1950", "the same year", ["number", "date"]),
        (None, "в месячный срок", "within a month", "a time limit in words", ["number"]),
        (None, "т. Бенедиктова", "Cde. Benediktov", "Бенедиктов = Benediktov", ["name"]),
        (None, "т. Меньшикову", "Cde. Menshikov", "Меньшиков = Menshikov", ["name"]),
    ],
    "notes": "Planted: the qualifier 'по возможности из числа имеющих опыт работы в условиях кочевого скотоводства' and the clause 'впредь до заключения особого соглашения' (with временно) dropped; a purpose clause added to point 4. Traps: letterhead, item number, distribution line and archive reference untranslated; 'Выписка из протокола' as 'Excerpt from the Minutes'.",
}

DOCS["j05-telegram-ulan-bator-wool-factory-1946"] = {
    "genre": "ciphered telegram (pair, m series)",
    "about": "Invented: the ambassador reports Choibalsan's sounding on Soviet help for a wool-washing factory.",
    "ru": """‹1›СЕКРЕТНО

‹2›ШИФРТЕЛЕГРАММА

‹u›Из УЛАН-БАТОРА        Отправлено 11.V.46 г. 17 ч. 05 м.
                      ‹u›Получено 11.V.46 г. 21 ч. 40 м.

‹3›МОСКВА, МИД СССР - тов. МОЛОТОВУ

‹4›Маршал Чойбалсан пригласил меня сегодня и сообщил, что Правительство МНР намерено в ближайшее время обратиться к Советскому Правительству с просьбой о помощи в строительстве шерстомойной фабрики. ‹5›Чойбалсан сказал, что монгольская сторона уже подготовила площадку и располагает рабочей силой, но не имеет ни оборудования, ни специалистов. ‹6›Он просил предварительно узнать мнение Советского Правительства и пока не считает возможным ставить этот вопрос официально.

‹7›По словам Чойбалсана, проект фабрики может быть представлен к 15 мая.

‹8›Считаю, что просьбу монгольских друзей следует поддержать, так как фабрика позволит перерабатывать шерсть на месте и сократит перевозки.

‹9›Прошу указаний.

‹10›СУХАРЕВ

‹u›№ 214""",
    "en": """‹1›SECRET

‹2›CIPHERED TELEGRAM

‹3›To Comrade MOLOTOV, Ministry of Foreign Affairs, Moscow

‹4›Marshal Choibalsan invited me today and told me that the MPR Government intends to ask the Soviet Government shortly for help in building a wool-washing factory. ‹5›Choibalsan said that the Mongolian side had already prepared a site and had the labour, but had neither equipment nor specialists. ‹u›Such soundings were the usual practice before any official request. ‹6›He asked me to find out the views of the Soviet Government beforehand.

‹7›According to Choibalsan, the design of the factory can be submitted by May 25.

‹8›I consider that the request of our Mongolian friends deserves support: the factory would let the wool be processed on the spot and would cut down transport.

‹9›I request instructions.

‹10›SUKHAREV""",
    "required": [
        (
            "omission",
            "и пока не считает возможным",
            None,
            "the reservation that Choibalsan does not yet think it possible to raise the question officially is dropped",
        ),
        ("date", "15 мая", "May 25", "the design is due by 15 May (15 мая), given as May 25"),
        (
            "addition",
            None,
            "Such soundings were the usual practice",
            "the translator adds an explanatory sentence as if it were the ambassador's",
        ),
    ],
    "forbidden": [
        (
            None,
            "Отправлено 11.V.46",
            None,
            "despatch time (untranslated header)",
            ["omission", "number", "date"],
            "minor",
        ),
        (
            None,
            "Получено 11.V.46",
            None,
            "receipt time (untranslated header)",
            ["omission", "number", "date"],
            "minor",
        ),
        (None, "№ 214", None, "outgoing number", ["omission", "number"], "minor"),
        (
            None,
            "МОСКВА, МИД СССР",
            "Ministry of Foreign Affairs, Moscow",
            "an address line rendered differently",
            ["omission", "addition", "name"],
            "minor",
        ),
        (
            None,
            "Считаю, что просьбу",
            "deserves support",
            "a free but faithful paraphrase",
            ["omission", "addition"],
            "minor",
        ),
        (None, "Маршал Чойбалсан", "Marshal Choibalsan", "Чойбалсан = Choibalsan", ["name", "title"]),
        (None, "СУХАРЕВ", "SUKHAREV", "Сухарев = Sukharev", ["name"]),
    ],
    "notes": "Planted: the clause 'и пока не считает возможным ставить этот вопрос официально' dropped; 15 мая -> May 25 (date); an explanatory sentence added. Traps: the header times and outgoing number untranslated, the address line reordered, a faithful paraphrase.",
}

DOCS["j06-tsedenbal-letter-students-1951"] = {
    "genre": "letter with the telegram that quoted it (page, m series)",
    "about": "Invented: Tsedenbal asks Stalin to admit another group of Mongolian students; the ambassador's telegram quoting the letter follows.",
    "page": {
        "date": "June 14, 1951",
        "title": "Letter from Yu. Tsedenbal to J. V. Stalin on Training Mongolian Cadres (with the Transmitting Telegram)",
        "ref": "jd-0106",
        "translator": "M. Holt",
        "summary": "Tsedenbal asks that an additional group of Mongolian young people be admitted to Soviet technical schools at the MPR's expense. The ambassador's telegram quoting the letter follows the letter.",
        "fields": [("Associated Places", "Mongolia; Ulaanbaatar (Mongolia)")],
        "contents": ["Original Scan", "Original Scan (telegram)", "Translation - English"],
        "order": ["ru", "witness", "en"],
    },
    "ru": """‹1›Председателю Совета Министров Союза ССР
‹2›Генералиссимусу Советского Союза
‹3›товарищу СТАЛИНУ И. В.

‹4›Дорогой и глубокоуважаемый Иосиф Виссарионович!

‹5›ЦК МНРП и Правительство Монгольской Народной Республики обсудили вопрос о подготовке национальных кадров для промышленности и транспорта. ‹6›Мы пришли к выводу, что собственными силами эту задачу в короткий срок решить не сможем. ‹u›Мы считаем это дело одним из самых неотложных.

‹7›Мы просим Вас, дорогой товарищ Сталин, разрешить направить на учебу в высшие и средние специальные учебные заведения СССР дополнительную группу монгольской молодежи¹. ‹8›Расходы по их обучению Правительство МНР берет на себя.

‹9›Пользуясь случаем, от всей души желаем Вам, дорогой Иосиф Виссарионович, доброго здоровья и долгих лет жизни на благо трудящихся всего мира.

‹10›Ю. ЦЕДЕНБАЛ
‹11›Улан-Батор, 14 июня 1951 г.

‹12›¹ Первая группа была направлена на учебу в 1949 г.""",
    "witness": """‹u›ШИФРТЕЛЕГРАММА
‹u›Из УЛАН-БАТОРА       Отправлено 15.VI.51 г. 10 ч. 30 м.
‹u›Цеденбал передал мне письмо на имя товарища Сталина И. В., в котором говорится:
‹u›«ЦК МНРП и Правительство Монгольской Народной Республики обсудили вопрос о подготовке национальных кадров для промышленности и транспорта. ‹u›Просим разрешить направить на учебу в высшие и средние специальные учебные заведения СССР дополнительную группу монгольской молодежи.»
‹u›СУХАРЕВ""",
    "en": """‹1›To the Chairman of the Council of Ministers of the USSR,
‹2›Generalissimo of the Soviet Union,
‹3›Comrade J. V. STALIN

‹4›Dear Comrade Stalin,

‹5›The CC of the MPRP and the Government of the Mongolian People's Republic have discussed the training of national cadres for industry and transport. ‹6›We have come to the conclusion that we cannot solve this task quickly by our own efforts.

‹7›We ask you, dear Comrade Stalin, to allow an additional group of Mongolian young people to be sent to study at higher and secondary technical schools in the USSR,1 where they would receive a training that our own schools cannot yet give. ‹8›The MPR Government will bear the cost of their studies.

‹9›With our warmest wishes for your health.

‹10›Yu. TSEDENBAL
‹11›Ulaanbaatar, June 14, 1951

‹12›1 The first group was sent to study in 1949.""",
    "required": [
        (
            "omission",
            "Мы считаем это дело одним из самых неотложных.",
            None,
            "the sentence calling the matter one of the most urgent is not translated",
        ),
        (
            "addition",
            None,
            "where they would receive a training that our own schools cannot yet give",
            "the translation adds a clause the letter does not have",
        ),
        (
            "duplicate",
            ("ЦК МНРП и Правительство", "в котором говорится"),
            None,
            "the ambassador's telegram repeats the letter's opening sentences",
        ),
    ],
    "forbidden": [
        (
            None,
            "Дорогой и глубокоуважаемый",
            "Dear Comrade Stalin,",
            "a condensed salutation",
            ["omission", "name"],
            "minor",
        ),
        (
            None,
            "Пользуясь случаем",
            "With our warmest wishes",
            "a condensed closing",
            ["omission"],
            "minor",
        ),
        (None, "товарищу СТАЛИНУ И. В.", "Comrade J. V. STALIN", "СТАЛИНУ И. В. = J. V. STALIN", ["name"]),
        (None, ("Ю. ЦЕДЕНБАЛ", "Ю. ЦЕДЕНБАЛ"), "Yu. TSEDENBAL", "Ю. Цеденбал = Yu. Tsedenbal", ["name"]),
        (None, "Улан-Батор, 14", "Ulaanbaatar", "Улан-Батор = Ulaanbaatar", ["name"]),
        (None, "14 июня 1951 г.", "June 14, 1951", "the same date", ["number", "date"]),
        (None, "в 1949 г.", "in 1949", "the same year", ["number", "date"]),
        (None, "Отправлено 15.VI.51", None, "date of the telegram", ["omission", "number", "date"], "minor"),
        (
            None,
            "Генералиссимусу",
            "Generalissimo",
            "Генералиссимус Советского Союза = Generalissimo of the Soviet Union",
            ["title"],
        ),
    ],
    "notes": "The page holds the letter (translated) and the ambassador's telegram quoting it (not translated; each sentence unlinked). Planted: the sentence «Мы считаем это дело одним из самых неотложных» dropped; a clause added to the request; the telegram repeats the letter. Traps: condensed salutation and closing, footnote marks (¹ / 1).",
}
