# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented i documents of archival-own (read by build_archival_i.py): diplomatic records and names through Russian.

Records of conversation of Soviet ambassadors and ministers with Chinese, Hungarian, East German and Korean
figures, notes verbales to the Polish Embassy and the Finnish Foreign Ministry, a ciphered report. The traps are
names as a translator of the period writes them (Wade-Giles, McCune-Reischauer, Polish and Hungarian
diacritics, Hungarian name order, German ß, Finnish towns under their Swedish names), patronymics dropped,
"Comrade" dropped or added, a note's courtesy formula condensed, the heading and file apparatus.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["i01-yudin-chen-yi-refinery-1957"] = {
    "genre": "record of conversation (pair, Wade-Giles names in the translation)",
    "about": "Invented: the Soviet ambassador in Peking hands a Chinese vice premier the reply on refinery equipment and specialists.",
    "ru": """‹u›АВП РФ, ф. 0100, оп. 50, п. 423, д. 7, л. 88-91.

‹1›СЕКРЕТНО
‹u›Экз. № 2

‹2›Из дневника
‹3›ЮДИНА П. Ф.

‹4›ЗАПИСЬ БЕСЕДЫ
‹5›с заместителем Премьера Государственного Совета КНР Чэнь И
‹u›(Переводчик – т. Рахманин О. Б.)

‹6›14 мая 1957 года

‹7›Посетил Чэнь И в здании Госсовета и по поручению Правительства СССР передал ему ответ на его письмо от 29 апреля о поставках оборудования для Ланьчжоуского нефтеперегонного завода. ‹8›При беседе присутствовал заведующий отделом Министерства иностранных дел КНР Ло Гуй-бо.

‹9›Чэнь И поблагодарил за быстрый ответ и сказал, что Премьер Чжоу Энь-лай придает этому вопросу большое значение. ‹10›По его словам, китайская сторона готова принять первую партию оборудования уже в третьем квартале, если советские организации смогут отгрузить ее через Маньчжурию. ‹11›Остальные 14 комплектов китайская сторона просит поставить до конца 1958 г.

‹12›Я сказал, что Министерство внешней торговли СССР изучит эту просьбу, и предложил провести переговоры экспертов в Пекине 20 июня. ‹13›Чэнь И согласился и добавил, что с китайской стороны переговоры будет вести заместитель министра нефтяной промышленности Ли Жэнь-цзюнь.

‹14›Затем Чэнь И коснулся вопроса о советских специалистах. ‹15›Он сказал, что товарищ Мао Цзэ-дун высоко оценивает их работу в Синьцзяне, но просит, чтобы срок командировки геологов был продлен до двух лет. ‹16›Я обещал сообщить об этом в Москву.

‹17›Беседа продолжалась 50 минут.

‹18›ПОСОЛ СССР В КНР
‹19›П. ЮДИН

‹u›Отп. 4 экз.
‹u›15.V.57""",
    "en": """‹1›SECRET

‹2›From the Diary of
‹3›P. F. YUDIN

‹4›RECORD OF CONVERSATION
‹5›with the Vice Premier of the State Council of the PRC Ch'en I

‹6›May 14, 1957

‹7›I called on Ch'en I at the State Council building and, on the instructions of the Soviet Government, handed him the reply to his letter of April 29 concerning deliveries of equipment for the Lanchow oil refinery. ‹8›Present at the conversation was Lo Jui-ch'ing, head of a department of the PRC Ministry of Foreign Affairs.

‹9›Ch'en I thanked me for the prompt reply and said that Premier Chou En-lai attached great importance to the matter. ‹10›According to him, the Chinese side is ready to accept the first batch of equipment as early as the third quarter, if the Soviet organizations can ship it via Manchuria station. ‹11›The Chinese side asks that the remaining fourteen sets be delivered by the end of 1958.

‹12›I said that the USSR Ministry of Foreign Trade would study this request, and proposed that expert talks be held in Peking on June 2. ‹13›Ch'en I agreed and added that on the Chinese side the talks would be conducted by Li Jen-chün, Deputy Minister of the Petroleum Industry.

‹14›Ch'en I then raised the question of the Soviet specialists. ‹15›He said that Comrade Mao Tse-tung thought highly of their work in Sinkiang but asked that the geologists' term of assignment be extended to two years. ‹16›I promised to report this to Moscow.

‹17›The conversation lasted 50 minutes.

‹18›USSR AMBASSADOR TO THE PRC
‹19›P. YUDIN""",
    "required": [
        (
            "name",
            "Ло Гуй-бо",
            "Lo Jui-ch'ing",
            "Ло Гуй-бо (Lo Kuei-po) is given as Lo Jui-ch'ing, another person",
        ),
        ("date", "20 июня", "June 2", "the expert talks are proposed for June 20, not June 2"),
    ],
    "forbidden": [
        (None, "ф. 0100, оп. 50", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Экз. № 2", None, "copy number", ["omission", "number"], "minor"),
        (
            None,
            "ЮДИНА П. Ф.",
            "P. F. YUDIN",
            "the diarist in the genitive, initials after the name",
            ["name"],
        ),
        (
            None,
            "заместителем Премьера",
            "Vice Premier",
            "заместитель Премьера = Vice Premier",
            ["title"],
        ),
        (
            None,
            ("Чэнь И", "КНР Чэнь И"),
            ("Ch'en I", "PRC Ch'en I"),
            "Чэнь И = Ch'en I (Wade-Giles)",
            ["name"],
        ),
        (
            None,
            "(Переводчик – т. Рахманин О. Б.)",
            None,
            "the interpreter named in the heading only",
            ["omission", "name"],
            "minor",
        ),
        (None, "14 мая 1957 года", "May 14, 1957", "the same date", ["number", "date"]),
        (None, "29 апреля", "April 29", "the same date", ["number", "date"]),
        (None, "Ланьчжоуского", "Lanchow", "Lanzhou in the postal spelling", ["name"]),
        (None, "Чжоу Энь-лай", "Chou En-lai", "Чжоу Энь-лай = Chou En-lai (Wade-Giles)", ["name"]),
        (None, "в третьем квартале", "the third quarter", "an ordinal", ["number"]),
        (None, "Маньчжурию", "Manchuria station", "the frontier station", ["name", "addition"], "minor"),
        (None, "14 комплектов", "fourteen sets", "a number in words", ["number"]),
        (None, "1958 г.", "1958", "the same year", ["number", "date"]),
        (None, "Пекине", "Peking", "Пекин = Peking", ["name"]),
        (None, "Ли Жэнь-цзюнь", "Li Jen-chün", "Ли Жэнь-цзюнь = Li Jen-chün (Wade-Giles)", ["name"]),
        (None, "Мао Цзэ-дун", "Mao Tse-tung", "Мао Цзэ-дун = Mao Tse-tung (Wade-Giles)", ["name"]),
        (None, "Синьцзяне", "Sinkiang", "Синьцзян = Sinkiang", ["name"]),
        (None, "двух лет", "two years", "a number in words", ["number"]),
        (None, "50 минут", "50 minutes", "a duration", ["number", "date"]),
        (None, "Отп. 4 экз.", None, "copies count", ["omission", "number"], "minor"),
        (None, "15.V.57", None, "typist's date", ["omission", "number", "date"], "minor"),
    ],
    "notes": "Pair, record of conversation, Wade-Giles throughout the translation. Planted: Ло Гуй-бо -> Lo Jui-ch'ing (another person); 20 июня -> June 2 (date). Free: Чэнь И = Ch'en I, Чжоу Энь-лай = Chou En-lai, Мао Цзэ-дун = Mao Tse-tung, Lanchow, Sinkiang, Peking, the interpreter named in the heading only, 14 in words, apparatus lines.",
}

DOCS["i02-mid-note-polish-embassy-1956"] = {
    "genre": "note verbale (pair, Polish names with their diacritics)",
    "about": "Invented: the Soviet Foreign Ministry answers the Polish Embassy on a historians' visit, an exit visa and detained seamen.",
    "ru": """‹u›АВП РФ, ф. 0122, оп. 38, п. 241, д. 19, л. 12-13.

‹1›№ 112/пл

‹2›Министерство Иностранных Дел Союза Советских Социалистических Республик свидетельствует свое уважение Посольству Польской Народной Республики и, ссылаясь на ноту Посольства № 3/56 от 9 января 1956 года, имеет честь сообщить следующее.

‹3›Советская сторона не возражает против поездки группы польских историков во главе с профессором Станиславом Арнольдом в Ленинград и Вильнюс в период с 6 по 20 февраля 1956 года. ‹4›Расходы по пребыванию группы в СССР принимает на себя Академия наук СССР, за исключением расходов на проезд до Бреста и обратно.

‹5›Что касается просьбы Посольства о выдаче выездной визы гражданину ПНР Юзефу Мрочковскому, проживающему в г. Гродно, то компетентные советские органы дали на это свое согласие.

‹6›Министерство просит Посольство оказать содействие в том, чтобы представитель Генерального консульства СССР в Щецине мог посетить советских моряков с парохода «Ангара», задержанных польскими властями 2 января с.г.

‹7›Министерство пользуется случаем, чтобы возобновить Посольству уверения в своем весьма высоком уважении.

‹8›Москва, 24 января 1956 года.

‹9›ПОСОЛЬСТВУ ПОЛЬСКОЙ НАРОДНОЙ РЕСПУБЛИКИ
‹10›г. Москва

‹u›Вручена 25.I.56 г. первому секретарю Посольства ПНР т. Ясинскому.""",
    "en": """‹1›No. 112/pl

‹2›The Ministry of Foreign Affairs of the Union of Soviet Socialist Republics presents its compliments to the Embassy of the Polish People's Republic and, with reference to the Embassy's note No. 3/56 of January 9, 1956, has the honor to state the following.

‹3›The Soviet side has no objection to a visit by a group of Polish historians headed by Professor Stanisław Arnold to Leningrad and Vilnius from February 6 to 20, 1956. ‹4›The expenses of the group's stay in the USSR will be borne by the Academy of Sciences of the USSR.

‹5›As regards the Embassy's request for an exit visa for the Polish citizen Józef Mroczkowski, resident in Grodno, the competent Soviet authorities have given their consent.

‹6›The Ministry asks the Embassy to help a representative of the USSR Embassy in Szczecin to visit the Soviet seamen of the steamer Angara, detained by the Polish authorities on January 2 of this year.

‹7›The Ministry avails itself of this opportunity to renew to the Embassy the assurances of its highest consideration.

‹8›Moscow, January 24, 1956.

‹9›TO THE EMBASSY OF THE POLISH PEOPLE'S REPUBLIC
‹10›Moscow""",
    "required": [
        (
            "omission",
            "за исключением расходов на проезд до Бреста и обратно",
            None,
            "the clause excepting the fares to Brest and back is not translated",
        ),
        (
            "term",
            "Генерального консульства СССР",
            "USSR Embassy in Szczecin",
            "the Consulate General of the USSR in Szczecin is given as an embassy",
        ),
    ],
    "forbidden": [
        (None, "ф. 0122, оп. 38", None, "archive reference", ["omission", "number"], "minor"),
        (None, "№ 112/пл", "No. 112/pl", "note number, transliterated", ["number"]),
        (
            None,
            "№ 3/56 от 9 января 1956 года",
            "No. 3/56 of January 9, 1956",
            "the same note",
            ["number", "date"],
        ),
        (
            None,
            "Станиславом Арнольдом",
            "Stanisław Arnold",
            "a Polish name in the instrumental, with its ł",
            ["name"],
        ),
        (None, "Вильнюс", "Vilnius", "the same city", ["name"]),
        (None, "с 6 по 20 февраля 1956 года", "February 6 to 20, 1956", "a date range", ["number", "date"]),
        (
            None,
            "Юзефу Мрочковскому",
            "Józef Mroczkowski",
            "a Polish name in the dative, with its ó",
            ["name"],
        ),
        (None, "Гродно", "Grodno", "the same town", ["name"]),
        (None, "Щецине", "Szczecin", "Щецин = Szczecin", ["name"]),
        (None, "«Ангара»", "Angara", "a ship's name without quotes", ["name"]),
        (None, "2 января с.г.", "January 2 of this year", "с.г. = of this year", ["number", "date"]),
        (
            None,
            "весьма высоком уважении",
            "its highest consideration",
            "the courtesy formula condensed",
            ["omission", "term"],
            "minor",
        ),
        (None, "24 января 1956 года", "January 24, 1956", "the same date", ["number", "date"]),
        (
            None,
            "Вручена 25.I.56 г.",
            None,
            "the note of delivery",
            ["omission", "number", "date", "name"],
            "minor",
        ),
    ],
    "notes": "Pair, note verbale. Planted: the clause on fares to Brest omitted; Генеральное консульство -> Embassy (term). Free: Polish names with ł and ó in Russian cases, Вильнюс = Vilnius, the courtesy formula condensed, с.г., the note number transliterated, the delivery note untranslated.",
}

DOCS["i03-andropov-gero-plenum-1956"] = {
    "genre": "record of conversation (page, Hungarian name order in the original)",
    "about": "Invented: the Soviet ambassador in Budapest records a talk with the Hungarian party leaders before a plenum.",
    "page": {
        "date": "July 9, 1956",
        "title": "Record of Conversation between Yu. V. Andropov and Ernő Gerő",
        "ref": "id-0103",
        "translator": "K. Varga",
        "summary": "Gerő tells the Soviet ambassador of the coming plenum and Rákosi's departure; Hegedüs asks for additional grain.",
        "fields": [
            (
                "Original Archive",
                "Archive of Foreign Policy of the Russian Federation (AVP RF), Fond 077, Opis 36, Papka 182, Delo 8 (constructed reference)",
            ),
            ("Associated Places", "Hungary; Budapest (Hungary)"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АВП РФ, ф. 077, оп. 36, п. 182, д. 8, л. 54-57.

‹1›Секретно
‹2›Из дневника
‹3›АНДРОПОВА Ю. В.

‹4›ЗАПИСЬ БЕСЕДЫ
‹5›с Первым секретарем ЦР ВПТ т. Герё Эрнё

‹6›9 июля 1956 года

‹7›Сегодня меня принял Герё Эрнё. ‹8›На беседе присутствовали член Политбюро ЦР ВПТ Хегедюш А. и первый секретарь посольства т. Крючков В. А.

‹9›Герё сказал, что Политбюро ЦР ВПТ обсудило положение в Будапештской партийной организации и решило созвать пленум 18 июля. ‹10›Он подчеркнул, что Ракоши Матьяш согласился выступить на пленуме с заявлением о своем уходе с поста Первого секретаря по состоянию здоровья. ‹11›По мнению Герё, собрания кружка Петефи будут продолжаться, однако руководство партии рассчитывает взять их под контроль до конца лета.

‹12›Хегедюш добавил, что Совет Министров ВНР намерен сократить капиталовложения в тяжелую промышленность на 1957 год на 12 процентов. ‹13›Он просил выяснить, сможет ли Советский Союз поставить Венгрии дополнительно 150 тыс. тонн зерна в счет урожая 1956 года.

‹14›Я ответил, что доложу об этой просьбе в Москву. ‹15›Беседа продолжалась 1 час 40 минут.

‹16›ПОСОЛ СССР В ВЕНГРИИ
‹17›Ю. АНДРОПОВ""",
    "en": """‹1›Secret
‹2›From the Diary of
‹3›Yu. V. ANDROPOV

‹4›RECORD OF CONVERSATION
‹5›with the First Secretary of the Central Leadership of the HWP Ernő Gerő

‹6›July 9, 1956

‹7›Today I was received by Comrade Ernő Gerő. ‹8›Present at the conversation were E. Hegedüs, member of the Politburo of the CL HWP, and Counsellor of the Embassy Cde. V. A. Kryuchkov.

‹9›Gerő said that the Politburo of the CL HWP had discussed the situation in the Budapest party organization and had decided to convene a plenum on July 18. ‹10›He stressed that Mátyás Rákosi had agreed to announce at the plenum that he was leaving the post of First Secretary for reasons of health. ‹11›In Gerő's opinion the meetings of the Petőfi Circle would continue, but the party leadership counted on bringing them under control by the end of the summer.

‹12›Hegedüs added that the Council of Ministers of the HPR intended to cut investment in heavy industry for 1957 by 12 per cent. ‹13›He asked whether the Soviet Union could supply Hungary with an additional 150,000 tons of grain against the 1956 harvest.

‹14›I replied that I would report this request to Moscow. ‹15›The conversation lasted 1 hour 40 minutes.

‹16›USSR AMBASSADOR TO HUNGARY
‹17›Yu. ANDROPOV""",
    "required": [
        ("name", "Хегедюш А.", "E. Hegedüs", "the initial А. (András) is given as E."),
        (
            "title",
            "первый секретарь посольства",
            "Counsellor of the Embassy",
            "a first secretary of the embassy is given as its counsellor",
        ),
    ],
    "forbidden": [
        (None, "ф. 077, оп. 36, п. 182", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "АНДРОПОВА Ю. В.",
            "Yu. V. ANDROPOV",
            "the diarist in the genitive, initials after the name",
            ["name"],
        ),
        (
            None,
            "т. Герё Эрнё",
            ("Ernő Gerő", "HWP Ernő"),
            "Hungarian name order turned, 'Comrade' dropped",
            ["name", "omission"],
        ),
        (None, "9 июля 1956 года", "July 9, 1956", "the same date", ["number", "date"]),
        (
            None,
            ("Герё Эрнё", "меня принял"),
            ("Comrade Ernő Gerő", "received by"),
            "'Comrade' added, the name order turned",
            ["name", "addition"],
        ),
        (None, "18 июля", "July 18", "the same date", ["number", "date"]),
        (None, "Ракоши Матьяш", "Mátyás Rákosi", "Hungarian name order turned, diacritics", ["name"]),
        (None, "Петефи", "Petőfi", "Петефи = Petőfi", ["name"]),
        (None, "на 1957 год", "for 1957", "the same year", ["number", "date"]),
        (None, "12 процентов", "12 per cent", "per cent", ["number"]),
        (None, "150 тыс. тонн", "150,000 tons", "тыс.", ["number"]),
        (None, "урожая 1956 года", "the 1956 harvest", "the same year", ["number", "date"]),
        (None, "1 час 40 минут", "1 hour 40 minutes", "a duration", ["number", "date"]),
        (
            None,
            "ЦР ВПТ т.",
            "Central Leadership of the HWP",
            "the party's governing body",
            ["term", "name"],
            "minor",
        ),
    ],
    "notes": "Russian-first page, record of conversation. Planted: Хегедюш А. -> E. Hegedüs (initial); первый секретарь посольства -> Counsellor (title). Free: Hungarian name order (Герё Эрнё = Ernő Gerő, Ракоши Матьяш = Mátyás Rákosi), ő and á, 'Comrade' dropped in the heading and added in the body, ЦР ВПТ = CL HWP.",
}

DOCS["i04-kuznetsov-gdr-trade-1958"] = {
    "genre": "record of conversation (pair, German names with ß and umlauts)",
    "about": "Invented: the Soviet deputy foreign minister receives an East German deputy trade minister on rolled steel and the Leipzig fair.",
    "ru": """‹u›АВП РФ, ф. 082, оп. 46, п. 301, д. 22, л. 3-6.

‹1›СЕКРЕТНО
‹u›Экз. № 1

‹2›ЗАПИСЬ БЕСЕДЫ
‹3›заместителя Министра иностранных дел СССР В. В. Кузнецова с заместителем министра внешней торговли ГДР Г. Вайсом

‹4›2 марта 1958 года

‹5›Вайс сообщил, что делегация ГДР прибыла в Москву для подписания протокола о взаимных поставках товаров на 1958 год. ‹6›Он сказал, что Правительство ГДР просит увеличить поставки советского проката на 40 тыс. тонн, так как заводы в Гросенхайне и Айзенхюттенштадте не обеспечены металлом на второе полугодие.

‹7›Я ответил, что этот вопрос будет рассмотрен Министерством внешней торговли СССР, и напомнил, что по протоколу, подписанному 14 декабря 1957 г., советская сторона уже увеличила поставки проката на 25 тыс. тонн.

‹8›Вайс сказал, что в ГДР высоко ценят эту помощь. ‹9›Далее он передал просьбу министра иностранных дел ГДР Лотара Больца о том, чтобы торговое представительство СССР в Берлине рассмотрело заказ Лейпцигской ярмарки на 6 павильонов. ‹10›Он добавил, что Отто Гротеволь лично интересуется этим вопросом.

‹11›Я обещал передать эту просьбу т. Кабанову. ‹12›На беседе присутствовали заведующий III Европейским отделом МИД СССР т. Ильичев И. И. и советник посольства ГДР Шнайдер.

‹13›В. КУЗНЕЦОВ

‹u›Отп. 3 экз.""",
    "en": """‹1›SECRET

‹2›RECORD OF CONVERSATION
‹3›of the USSR Deputy Minister of Foreign Affairs V. V. Kuznetsov with the GDR Deputy Minister of Foreign Trade G. Weiß

‹4›March 2, 1958

‹5›Weiß reported that the GDR delegation had arrived in Moscow to sign the protocol on mutual deliveries of goods for 1958. ‹6›He said that the GDR Government asked that deliveries of Soviet rolled steel be increased by 40,000 tons, since the works at Großenhain and Eisenhüttenstadt were not supplied with metal for the second half of the year.

‹7›I replied that this question would be considered by the USSR Ministry of Foreign Trade, and recalled that under the agreement signed on December 14, 1957, the Soviet side had already increased deliveries of rolled steel by 25,000 tons.

‹8›Weiß said that the GDR valued this help highly. ‹9›He then conveyed the request of GDR Foreign Minister Lothar Bolz that the USSR Trade Mission in Berlin consider the Leipzig Fair's order for six pavilions. ‹10›He added that Otto Grotewohl took a personal interest in the matter.

‹11›I promised to pass this request on to Kabanov. ‹12›Present at the conversation were I. I. Ilyichev, head of the Third European Department of the USSR MFA, and GDR Embassy First Secretary Schneider.

‹13›V. KUZNETSOV""",
    "required": [
        (
            "term",
            "по протоколу",
            "under the agreement",
            "the protocol signed on 14 December 1957 is given as an agreement",
        ),
        (
            "title",
            "советник посольства ГДР",
            "GDR Embassy First Secretary",
            "a counsellor of the GDR Embassy is given as its first secretary",
        ),
    ],
    "forbidden": [
        (None, "ф. 082, оп. 46", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Экз. № 1", None, "copy number", ["omission", "number"], "minor"),
        (None, "Г. Вайсом", "G. Weiß", "Вайс = Weiß (German ß)", ["name"]),
        (None, "В. В. Кузнецова", "V. V. Kuznetsov", "a name in the genitive", ["name"]),
        (None, "2 марта 1958 года", "March 2, 1958", "the same date", ["number", "date"]),
        (None, "на 1958 год", "for 1958", "the same year", ["number", "date"]),
        (None, "40 тыс. тонн", "40,000 tons", "тыс.", ["number"]),
        (None, "Гросенхайне", "Großenhain", "Гросенхайн = Großenhain (ß)", ["name"]),
        (None, "Айзенхюттенштадте", "Eisenhüttenstadt", "Айзенхюттенштадт = Eisenhüttenstadt (ü)", ["name"]),
        (None, "второе полугодие", "second half of the year", "an ordinal", ["number"]),
        (None, "14 декабря 1957 г.", "December 14, 1957", "the same date", ["number", "date"]),
        (None, "25 тыс. тонн", "25,000 tons", "тыс.", ["number"]),
        (None, "Лотара Больца", "Lothar Bolz", "a German name in the genitive", ["name"]),
        (None, "6 павильонов", "six pavilions", "a number in words", ["number"]),
        (None, "Отто Гротеволь", "Otto Grotewohl", "Гротеволь = Grotewohl", ["name"]),
        (None, "т. Кабанову", "Kabanov", "'Comrade' dropped", ["name", "omission"], "minor"),
        (
            None,
            "т. Ильичев И. И.",
            "I. I. Ilyichev",
            "'Comrade' dropped, initials moved",
            ["name", "omission"],
            "minor",
        ),
        (None, "III Европейским", "Third European", "a Roman ordinal", ["number"]),
        (None, "Отп. 3 экз.", None, "copies count", ["omission", "number"], "minor"),
    ],
    "notes": "Pair, record of conversation. Planted: по протоколу -> under the agreement (term); советник посольства -> First Secretary (title). Free: Вайс = Weiß, Гросенхайн = Großenhain, Eisenhüttenstadt, names in Russian cases, 'Comrade' dropped, III = Third, six in words.",
}

DOCS["i05-embassy-note-finland-ships-1952"] = {
    "genre": "note verbale (page, English first, Finnish towns under Swedish names)",
    "about": "Invented: the Soviet Embassy in Helsinki writes to the Finnish Foreign Ministry on ships and overdue cranes.",
    "page": {
        "date": "March 11, 1952",
        "title": "Note of the Soviet Embassy in Finland to the Finnish Ministry for Foreign Affairs on Ship Deliveries",
        "ref": "id-0105",
        "translator": "A. Lindqvist",
        "summary": "The Embassy agrees to take over four cargo ships at Turku and presses for two overdue cranes for Vyborg.",
        "fields": [
            (
                "Original Archive",
                "Archive of Foreign Policy of the Russian Federation (AVP RF), Fond 0135, Opis 36, Papka 98, Delo 11 (constructed reference)",
            ),
            ("Associated Places", "Finland; Turku (Finland); Hanko (Finland)"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
        "sep": "\n\n\n",
    },
    "ru": """‹u›АВП РФ, ф. 0135, оп. 36, п. 98, д. 11, л. 21-22.

‹1›№ 27

‹2›Посольство Союза Советских Социалистических Республик в Финляндии свидетельствует свое уважение Министерству Иностранных Дел Финляндской Республики и, ссылаясь на ноту Министерства № 4112 от 28 февраля 1952 года, имеет честь сообщить следующее.

‹3›Советские внешнеторговые организации согласны принять в порту Турку в апреле - мае 1952 года 4 сухогрузных судна финской постройки, предусмотренных протоколом о поставках на 1952 год. ‹4›Приемка судов будет производиться комиссией Министерства морского флота СССР в присутствии представителей верфей в Турку и Ханко.

‹5›Вместе с тем Посольство обращает внимание Министерства на то, что поставка двух портальных кранов для порта Выборг, которая должна была быть произведена до 1 января 1952 года, до сих пор не выполнена. ‹6›Посольство просит Министерство сообщить, в какие сроки финская сторона намерена выполнить это обязательство.

‹7›Посольство пользуется случаем, чтобы возобновить Министерству уверения в своем высоком уважении.

‹8›Хельсинки, 11 марта 1952 года.""",
    "en": """‹1›No. 27

‹2›The Embassy of the Union of Soviet Socialist Republics in Finland presents its compliments to the Ministry for Foreign Affairs of the Republic of Finland and, with reference to the Ministry's memorandum No. 4112 of February 28, 1952, has the honor to state the following.

‹3›The Soviet foreign trade organizations agree to take over at the port of Åbo in April-May 1952 four dry-cargo ships of Finnish construction, provided for in the protocol on deliveries for 1952. ‹4›The ships will be taken over by a commission of the USSR Ministry of the Merchant Marine in the presence of representatives of the shipyards at Åbo and Hangö.

‹5›At the same time the Embassy draws the Ministry's attention to the fact that the delivery of two gantry cranes for the port of Vyborg, which was to have been made by January 1, 1951, has not yet been carried out. ‹6›The Embassy requests the Ministry to state by what date the Finnish side intends to fulfil this obligation.

‹7›The Embassy avails itself of this opportunity to renew to the Ministry the assurances of its high consideration.

‹8›Helsingfors, March 11, 1952.""",
    "required": [
        ("term", "ноту Министерства", "memorandum", "the Ministry's note is given as a memorandum"),
        (
            "date",
            "до 1 января 1952 года",
            "by January 1, 1951",
            "the cranes were due by 1 January 1952, not 1951",
        ),
    ],
    "forbidden": [
        (None, "ф. 0135, оп. 36", None, "archive reference", ["omission", "number"], "minor"),
        (None, "№ 27", "No. 27", "note number", ["number"]),
        (
            None,
            "№ 4112 от 28 февраля 1952 года",
            "No. 4112 of February 28, 1952",
            "the same note",
            ["number", "date"],
        ),
        (None, ("Турку", "в порту"), ("Åbo", "port of Åbo"), "Турку = Åbo, its Swedish name", ["name"]),
        (None, "в апреле - мае 1952 года", "April-May 1952", "a month range", ["number", "date"]),
        (None, "4 сухогрузных", "four dry-cargo", "a number in words", ["number"]),
        (None, "на 1952 год", "for 1952", "the same year", ["number", "date"]),
        (None, "Турку и Ханко", "Åbo and Hangö", "Finnish towns under their Swedish names", ["name"]),
        (None, "Выборг", "Vyborg", "the same port", ["name"]),
        (None, "двух портальных", "two gantry", "a number in words", ["number"]),
        (None, "Хельсинки", "Helsingfors", "Хельсинки = Helsingfors, its Swedish name", ["name"]),
        (None, "11 марта 1952 года", "March 11, 1952", "the same date", ["number", "date"]),
    ],
    "notes": "English-first page, note verbale. Planted: ноту -> memorandum (term); до 1 января 1952 -> January 1, 1951 (date). Free: Турку = Åbo, Ханко = Hangö, Хельсинки = Helsingfors, numbers in words, note numbers, the courtesy formula.",
}

DOCS["i06-puzanov-kim-repatriation-1959"] = {
    "genre": "ciphered report (pair, McCune-Reischauer and Hepburn names)",
    "about": "Invented: the Soviet ambassador in Pyongyang reports Kim Il Sung's request for ships to repatriate Koreans from Japan.",
    "ru": """‹u›АВП РФ, ф. 0102, оп. 15, п. 81, д. 9, л. 140-142.

‹1›ШИФРТЕЛЕГРАММА

‹2›Из ПХЕНЬЯНА

‹3›СРОЧНО

‹4›МИД СССР – т. ГРОМЫКО А. А.

‹5›11 октября я посетил Председателя Кабинета Министров КНДР Ким Ир Сена по его просьбе. ‹6›При беседе присутствовали министр иностранных дел Нам Ир и переводчик Пак Дек Сан.

‹7›Ким Ир Сен сообщил, что правительство КНДР решило направить в Японию делегацию Общества Красного Креста для переговоров о репатриации корейцев. ‹8›Делегацию возглавит заместитель председателя ЦК Общества Красного Креста КНДР Ли Ир Гён. ‹9›Переговоры предполагается начать в Женеве не позднее 25 ноября.

‹10›Ким Ир Сен сказал далее, что, по имеющимся данным, на родину желают вернуться около 60 тыс. корейцев, проживающих в Японии, главным образом в районах Осаки и Кобе. ‹11›Правительство КНДР готово принять их в портах Чхонджин и Хыннам и обеспечить жильем и работой.

‹12›Ким Ир Сен просил выяснить, сможет ли Советское правительство предоставить для перевозки репатриантов два пассажирских судна на срок до шести месяцев, с тем чтобы расходы по фрахту были отнесены на счет кредита 1957 года.

‹13›Прошу указаний.

‹14›ПУЗАНОВ""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›From PYONGYANG

‹3›URGENT

‹4›MFA USSR – to Comrade GROMYKO

‹5›On October 11, at his request, I called on Kim Il-sŏng, Chairman of the Cabinet of Ministers of the DPRK. ‹6›Present at the conversation were Deputy Minister of Foreign Affairs Nam Il and the interpreter Pak Tŏk-san.

‹7›Kim Il-sŏng reported that the DPRK government had decided to send a Red Cross Society delegation to Japan for talks on the repatriation of Koreans. ‹8›The delegation will be headed by Yi Il-gyŏng, Vice Chairman of the CC of the DPRK Red Cross Society. ‹9›The talks are to begin in Geneva no later than November 25.

‹10›Kim Il-sŏng went on to say that, according to the information available, about 60,000 Koreans living in Japan, mainly in the Ōsaka and Kōbe areas, wish to return home. ‹11›The DPRK government is ready to receive them at the ports of Ch'ŏngjin and Hŭngnam and to provide them with housing and work.

‹12›Kim Il-sŏng asked me to find out whether the Soviet Government could provide two passenger ships for carrying the repatriates for a period of up to six months.

‹13›I request instructions.

‹14›PUZANOV""",
    "required": [
        (
            "title",
            "министр иностранных дел Нам Ир",
            "Deputy Minister of Foreign Affairs",
            "the Minister of Foreign Affairs Nam Il is given as Deputy Minister",
        ),
        (
            "omission",
            "с тем чтобы расходы по фрахту были отнесены на счет кредита 1957 года",
            None,
            "the clause charging the freight to the 1957 credit is not translated",
        ),
    ],
    "forbidden": [
        (None, "ф. 0102, оп. 15", None, "archive reference", ["omission", "number"], "minor"),
        (None, "ПХЕНЬЯНА", "PYONGYANG", "a city in the genitive", ["name"]),
        (None, "т. ГРОМЫКО А. А.", "to Comrade GROMYKO", "initials dropped", ["name", "omission"], "minor"),
        (None, "11 октября", "October 11", "the same date", ["number", "date"]),
        (
            None,
            "Ким Ир Сена",
            "Kim Il-sŏng, Chairman",
            "Ким Ир Сен = Kim Il-sŏng (McCune-Reischauer)",
            ["name"],
        ),
        (None, "Нам Ир", "Nam Il", "Нам Ир = Nam Il", ["name"]),
        (None, "Пак Дек Сан", "Pak Tŏk-san", "Пак Дек Сан = Pak Tŏk-san (McCune-Reischauer)", ["name"]),
        (None, "Ли Ир Гён", "Yi Il-gyŏng", "Ли = Yi, the Korean surname", ["name"]),
        (None, "Женеве", "Geneva", "the same city", ["name"]),
        (None, "25 ноября", "November 25", "the same date", ["number", "date"]),
        (None, "60 тыс. корейцев", "60,000 Koreans", "тыс.", ["number"]),
        (None, "Осаки и Кобе", "Ōsaka and Kōbe", "Japanese towns with long vowels (Hepburn)", ["name"]),
        (None, "Чхонджин и Хыннам", "Ch'ŏngjin and Hŭngnam", "Korean ports (McCune-Reischauer)", ["name"]),
        (None, "два пассажирских", "two passenger", "a number in words", ["number"]),
        (None, "до шести месяцев", "up to six months", "a number in words", ["number"]),
    ],
    "notes": "Pair, ciphered report from Pyongyang. Planted: министр иностранных дел -> Deputy Minister (title); the clause on charging the freight to the 1957 credit omitted. Free: McCune-Reischauer names (Kim Il-sŏng, Pak Tŏk-san, Yi Il-gyŏng, Ch'ŏngjin, Hŭngnam), Hepburn long vowels (Ōsaka, Kōbe), initials dropped from the addressee, numbers in words.",
}
