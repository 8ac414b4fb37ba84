# ruff: noqa: E501  (the sentence pairs are data: one pair a line reads best)
"""The invented r documents of archival-own (read by build_archival_r.py).

Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
They stress names, titles and terms through Russian: Korean and Chinese persons and places in period Russian
transliteration with case endings, code names with an editor's bracket, many participants with their titles in
case forms, initials after the surname, institution terms of notes verbales, and second witnesses (a draft or the
telegram that transmitted the text) before or after the translated text.

A pair is (Russian, English); None marks a line with no counterpart on that side. ``head_ru`` / ``tail_ru`` hold a
second witness (lines) before / after the translated text; a finding's pair index "W" looks in the witness.
Required: (kind, pair, Russian words, English words, why); forbidden: (pair, Russian, English, kinds, max severity, why).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["r01-telegram-inchon-landing-1950"] = {
    "genre": "ciphered telegram",
    "about": "Invented: the ambassador reports a meeting with the Korean leaders after a landing, many Korean persons and places in case forms.",
    "own_lines": [0, 1, 2, 3],
    "pairs": [
        ("СОВ. СЕКРЕТНО", "TOP SECRET"),
        ("ШИФРТЕЛЕГРАММА № 600412/ш", "CIPHERED TELEGRAM No. 600412/sh"),
        (
            "Из Пхеньяна. Отправлено 17.IX.50 г. 03 ч. 40 м.",
            "From Pyongyang. Sent 17 September 1950 at 03:40.",
        ),
        ("ФИЛИППОВУ", "To FILIPPOV [Stalin]"),
        (
            "16 сентября я был принят Ким Ир Сеном в присутствии Пак Хен Ена, Ким Ду Бона и генерал-лейтенанта Кан Гона.",
            "On September 16 I was received by Kim Il Sung in the presence of Pak Hon Yong, Kim Tu-bong and Lieutenant General Kang Kon.",
        ),
        (
            "Ким Ир Сен сообщил, что противник высадил десант в районе Инчхона силами до двух дивизий.",
            "Kim Il Sung said that the enemy had landed near Inchon with a force of up to two divisions.",
        ),
        (
            "Командующему фронтом генерал-полковнику Ким Чаку поручено отвести 9-ю бригаду к Сеулу.",
            "The front commander, Colonel General Kim Chaek, has been ordered to pull the 9th Division back to Seoul.",
        ),
        (
            "Министр национальной обороны Цой Ен Ген выехал в Чхорвон.",
            "Minister of National Defence Choe Yong-gon has left for Chorwon.",
        ),
        (
            "По сведениям Пак Ир У, 3-й корпус генерала Му Чжона удерживает рубеж на реке Нактонган.",
            "According to Pak Il-u, the 3rd Corps of General Kim Ung is holding the line on the Naktong River.",
        ),
        (
            "Начальник генерального штаба генерал-майор Нам Ир просит ускорить отправку 40 самолетов.",
            "The Chief of the General Staff, Lieutenant General Nam Il, asks that the dispatch of 40 aircraft be speeded up.",
        ),
        (
            "Председатель Президиума Верховного Народного Собрания Ким Ду Бон поддержал эту просьбу.",
            "The Chairman of the Presidium of the Supreme People's Assembly, Kim Tu-bong, supported this request.",
        ),
        (
            "С корейскими товарищами Ли Сын Ёпом и Хо Ка И договорились о встрече 18 сентября.",
            "A meeting with the Korean comrades Yi Sung-yop and Ho Ka-i was arranged for September 18.",
        ),
        ("Прошу Ваших указаний.", "I request your instructions."),
        ("ШТЫКОВ", "SHTYKOV"),
        ("№ 1378", "No. 1378"),
    ],
    "required": [
        ("term", 6, "бригаду", "Division", "бригада (brigade) is given as Division"),
        ("name", 8, "Му Чжона", "Kim Ung", "Му Чжон (Mu Chong) is given as Kim Ung, a different person"),
        (
            "title",
            9,
            "генерал-майор",
            "Lieutenant General",
            "генерал-майор (Major General) is given as Lieutenant General",
        ),
    ],
    "forbidden": [
        (3, "ФИЛИППОВУ", "FILIPPOV [Stalin]", ["name"], None, "code name with the editor's bracket"),
        (4, "Ким Ир Сеном", "Kim Il Sung", ["name"], None, "instrumental of Ким Ир Сен"),
        (4, "Пак Хен Ена", "Pak Hon Yong", ["name"], None, "genitive of Пак Хен Ен"),
        (4, "Ким Ду Бона", "Kim Tu-bong", ["name"], None, "genitive, McCune-Reischauer with a hyphen"),
        (4, "генерал-лейтенанта", "Lieutenant General", ["title"], None, "genitive of генерал-лейтенант"),
        (4, "Кан Гона", "Kang Kon", ["name"], None, "genitive of Кан Гон"),
        (5, "Инчхона", "Inchon", ["name"], None, "genitive of Инчхон"),
        (6, "генерал-полковнику", "Colonel General", ["title"], None, "dative of генерал-полковник"),
        (6, "Ким Чаку", "Kim Chaek", ["name"], None, "dative of Ким Чак"),
        (6, "Сеулу", "Seoul", ["name"], None, "dative of Сеул"),
        (
            7,
            "Цой Ен Ген",
            "Choe Yong-gon",
            ["name"],
            None,
            "period Russian spelling against McCune-Reischauer",
        ),
        (7, "Чхорвон", "Chorwon", ["name"], None, "Чхорвон = Chorwon"),
        (8, "Пак Ир У", "Pak Il-u", ["name"], None, "Пак Ир У = Pak Il-u"),
        (8, "Нактонган", "Naktong River", ["name"], None, "река Нактонган = the Naktong River"),
        (9, "Нам Ир", "Nam Il", ["name"], None, "Нам Ир = Nam Il"),
        (10, "Председатель Президиума", "Chairman of the Presidium", ["title"], None, "correct title"),
        (11, "Ли Сын Ёпом", "Yi Sung-yop", ["name"], None, "instrumental of Ли Сын Ёп; Ли = Yi"),
        (11, "Хо Ка И", "Ho Ka-i", ["name"], None, "Хо Ка И = Ho Ka-i"),
        (
            2,
            "17.IX.50 г. 03 ч. 40 м.",
            "17 September 1950 at 03:40",
            ["number", "date"],
            None,
            "Roman month and clock time",
        ),
        (14, "№ 1378", "No. 1378", ["number"], None, "registration number"),
    ],
    "notes": "Planted: бригада -> Division; Му Чжон -> Kim Ung; генерал-майор -> Lieutenant General. Traps: Korean names in instrumental, genitive and dative, ranks in case forms, code name [Stalin], Ли = Yi.",
}

DOCS["r02-record-vyshinsky-wang-1951"] = {
    "genre": "record of conversation",
    "about": "Invented: a record of a conversation with the Chinese ambassador; many participants with titles in case forms, initials after the surname.",
    "own_lines": [0, 1, 2, 3],
    "pairs": [
        ("СЕКРЕТНО", "SECRET"),
        ("Из дневника ВЫШИНСКОГО А. Я.", "From the diary of A. Ya. VYSHINSKY"),
        (
            "ЗАПИСЬ БЕСЕДЫ с послом КНР в СССР Ван Цзя-сяном 12 февраля 1951 г.",
            "RECORD OF CONVERSATION with the PRC Ambassador to the USSR Wang Chia-hsiang, 12 February 1951",
        ),
        (
            "Присутствовали: советник посольства Дай Цзе, первый секретарь посольства Чай Чэн-вэнь, заведующий Дальневосточным отделом МИД СССР Федоренко Н. Т. и второй секретарь отдела Курдюков И. Ф.",
            "Present: Counsellor of the Embassy Tai Chieh, First Secretary of the Embassy Chai Cheng-wen, Head of the Far Eastern Department of the USSR MFA N. P. Fedorenko and Second Secretary of the Department I. F. Kurdyukov.",
        ),
        (
            "Ван Цзя-сян передал просьбу Чжоу Энь-лая ускорить поставку оборудования для заводов в Шэньяне.",
            "Wang Chia-hsiang conveyed Zhou Enlai's request to speed up the delivery of equipment for the plants in Shenyang.",
        ),
        (
            "Посол сказал, что премьер Государственного административного совета придает этому вопросу большое значение.",
            "The Ambassador said that the Premier of the Government Administration Council attaches great importance to this question.",
        ),
        (
            "Я ответил, что поручу заместителю министра внешней торговли Кумыкину П. Н. рассмотреть эту просьбу.",
            "I replied that I would instruct Deputy Minister of Foreign Trade P. N. Kumykin to consider this request.",
        ),
        (
            "Далее Ван Цзя-сян сообщил, что в Москву выезжает поверенный в делах КНДР Мун Ир.",
            "Wang Chia-hsiang then said that the DPRK Ambassador Mun Il was leaving for Moscow.",
        ),
        (
            "Он просил принять его вместе с генерал-лейтенантом Сюй Сян-цянем.",
            "He asked that he be received together with Lieutenant General Hsu Hsiang-chien.",
        ),
        (
            "Китайская сторона хотела бы обсудить также вопрос о советниках при штабе Пэн Дэ-хуая.",
            "The Chinese side would also like to discuss the question of advisers at the headquarters of Peng Teh-huai.",
        ),
        ("Беседа продолжалась 40 минут.", None),
        ("Я обещал дать ответ на следующей неделе.", "I promised to give an answer next week."),
        ("А. ВЫШИНСКИЙ", "A. VYSHINSKY"),
        ("Разослано: тт. Сталину, Молотову, Булганину.", None),
    ],
    "required": [
        ("name", 3, "Федоренко Н. Т.", "N. P. Fedorenko", "the initial Т. (Trofimovich) is given as P."),
        (
            "title",
            7,
            "поверенный в делах",
            "Ambassador",
            "поверенный в делах (chargé d'affaires) is given as Ambassador",
        ),
        ("omission", 10, "Беседа продолжалась 40 минут.", None, "the translation leaves out this sentence"),
    ],
    "forbidden": [
        (1, "ВЫШИНСКОГО А. Я.", "A. Ya. VYSHINSKY", ["name"], None, "initials after the surname, genitive"),
        (2, "послом", "Ambassador", ["title"], None, "instrumental of посол"),
        (2, "Ван Цзя-сяном", "Wang Chia-hsiang", ["name"], None, "instrumental of Ван Цзя-сян, Wade-Giles"),
        (3, "Дай Цзе", "Tai Chieh", ["name"], None, "Palladius against Wade-Giles"),
        (3, "Чай Чэн-вэнь", "Chai Cheng-wen", ["name"], None, "Palladius against Wade-Giles"),
        (3, "первый секретарь", "First Secretary", ["title"], None, "correct title"),
        (3, "второй секретарь", "Second Secretary", ["title"], None, "correct title"),
        (3, "Курдюков И. Ф.", "I. F. Kurdyukov", ["name"], None, "initials after the surname"),
        (4, "Чжоу Энь-лая", "Zhou Enlai", ["name"], None, "genitive, Palladius against pinyin"),
        (4, "Шэньяне", "Shenyang", ["name"], None, "locative of Шэньян"),
        (5, "премьер", "Premier", ["title", "name"], "minor", "a title for a named person"),
        (6, "заместителю министра", "Deputy Minister", ["title"], None, "dative of заместитель министра"),
        (6, "Кумыкину П. Н.", "P. N. Kumykin", ["name"], None, "dative, initials after the surname"),
        (
            8,
            "генерал-лейтенантом",
            "Lieutenant General",
            ["title"],
            None,
            "instrumental of генерал-лейтенант",
        ),
        (8, "Сюй Сян-цянем", "Hsu Hsiang-chien", ["name"], None, "instrumental, Wade-Giles"),
        (9, "Пэн Дэ-хуая", "Peng Teh-huai", ["name"], None, "genitive, Wade-Giles"),
        (13, "Разослано", None, ["omission"], "minor", "distribution list is apparatus"),
    ],
    "notes": "Planted: Федоренко Н. Т. -> N. P. Fedorenko; поверенный в делах -> Ambassador; an omitted sentence. Traps: titles in case forms, initials after the surname, Palladius/Wade-Giles/pinyin, the Premier for a named person.",
}

DOCS["r03-message-stalin-churchill-draft-1943"] = {
    "genre": "personal message (Stalin to Churchill) with a second witness (the draft) before it",
    "about": "Invented: a wartime message about a British military mission; the draft comes first with editorial brackets and variants.",
    "head_ru": [
        "ПРОЕКТ",
        "ЛИЧНО И СЕКРЕТНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ",
        "Ваше послание от 2 мая получил. Я не возражаю против приезда в Москву генерал-лейтенанта Мартеля [исправлено: вице-адмирала Арчера] с группой офицеров. Советское командование готово принять английских офицеров на Северо-Кавказском фронте в течение двух [исправлено: трех] недель.",
        "[Далее зачеркнуто: Прошу сообщить состав группы.]",
    ],
    "own_lines": [0, 1],
    "pairs": [
        (
            "ЛИЧНО И СЕКРЕТНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ",
            "PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRIME MINISTER MR. W. CHURCHILL",
        ),
        ("Ваше послание от 2 мая получил.", "I have received your message of May 2."),
        (
            "Я не возражаю против приезда в Москву вице-адмирала Арчера с группой офицеров.",
            "I have no objection to Vice-Admiral Archer coming to Moscow with a group of officers.",
        ),
        (
            "Советское командование готово принять английских офицеров на Северо-Кавказском фронте в течение трех недель.",
            "The Soviet Command is ready to receive British officers on the North Caucasian Front for three weeks.",
        ),
        (
            "Маршал Советского Союза Тимошенко и генерал-полковник Масленников будут информированы о целях поездки.",
            "Marshal of the Soviet Union Timoshenko and Colonel General Maslennikov will be informed of the purpose of the visit.",
        ),
        (
            "Что касается посла Кларка Керра, то он может сопровождать группу до Краснодара.",
            "As for Ambassador Clark Kerr, he may accompany the group as far as Krasnodar.",
        ),
        (
            "Переброска двух танковых бригад в этот район закончена.",
            "The transfer of two tank corps to this area has been completed.",
        ),
        (
            "Генерал-майор Беляев будет сопровождать английских офицеров.",
            "Lieutenant General Belyaev will accompany the British officers.",
        ),
        ("13 мая 1943 года", "May 13, 1943"),
    ],
    "required": [
        (
            "duplicate",
            "W",
            "Ваше послание от 2 мая получил. Я не возражаю",
            None,
            "the draft before the message repeats its sentences (a second witness)",
        ),
        (
            "term",
            6,
            "танковых бригад",
            "tank corps",
            "танковая бригада (tank brigade) is given as tank corps",
        ),
        (
            "title",
            7,
            "Генерал-майор",
            "Lieutenant General",
            "генерал-майор (Major General) is given as Lieutenant General",
        ),
    ],
    "forbidden": [
        (0, "И. В. СТАЛИНА", "J. V. STALIN", ["name"], None, "И. В. = J. V."),
        (0, "ЧЕРЧИЛЛЮ", "CHURCHILL", ["name"], None, "dative of Черчилль"),
        (0, "ПРЕМЬЕР-МИНИСТРУ", "PRIME MINISTER", ["title"], None, "dative of премьер-министр"),
        (2, "вице-адмирала Арчера", "Vice-Admiral Archer", ["name", "title"], None, "genitive"),
        (
            3,
            "Северо-Кавказском фронте",
            "North Caucasian Front",
            ["name", "term"],
            None,
            "correct name of the front",
        ),
        (4, "Маршал Советского Союза", "Marshal of the Soviet Union", ["title"], None, "correct title"),
        (4, "генерал-полковник", "Colonel General", ["title"], None, "correct title"),
        (
            5,
            "посла Кларка Керра",
            "Ambassador Clark Kerr",
            ["name", "title"],
            None,
            "genitive of посол Кларк Керр",
        ),
        (5, "Краснодара", "Krasnodar", ["name"], None, "genitive of Краснодар"),
        (1, "2 мая", "May 2", ["date"], None, "the same date"),
    ],
    "notes": "Planted: the draft before the message (duplicate); танковых бригад -> tank corps; Генерал-майор -> Lieutenant General. The draft's variants (Мартеля, двух недель) are readings of the witness, not errors of the translation. Traps: titles in case forms, И. В. = J. V., Кларк Керр.",
}

DOCS["r04-note-verbale-dprk-embassy-1953"] = {
    "genre": "note verbale",
    "about": "Invented: a note verbale of the Soviet Ministry of Foreign Affairs to the DPRK embassy about students and a trade delegation; institution terms.",
    "pairs": [
        ("№ 27/ДВО", "No. 27/DVO"),
        (
            "Министерство Иностранных Дел Союза Советских Социалистических Республик свидетельствует свое уважение Посольству Корейской Народно-Демократической Республики и имеет честь сообщить следующее.",
            "The Ministry of Foreign Affairs of the Union of Soviet Socialist Republics presents its compliments to the Embassy of the Democratic People's Republic of Korea and has the honour to state the following.",
        ),
        (
            "Министерство высшего образования СССР согласно принять в 1953/54 учебном году 120 корейских студентов.",
            "The USSR Ministry of Higher Education agrees to admit 120 Korean students in the 1953/54 academic year.",
        ),
        (
            "Торговое представительство СССР в Пхеньяне уполномочено вести переговоры о поставках хлопка.",
            "The USSR Consulate General in Pyongyang is authorised to negotiate the deliveries of cotton.",
        ),
        (
            "Делегацию Министерства внешней торговли КНДР возглавит заместитель министра Ли Чу Ен.",
            "The delegation of the DPRK Ministry of Foreign Trade will be headed by Deputy Minister Ri Ju-yon.",
        ),
        (
            "В состав делегации войдут также начальник управления Пак Чен Ай и советник Ким Сен Гук.",
            "The delegation will also include Department Head Pak Chong-ae and Counsellor Kim Song-guk.",
        ),
        (
            "Министерство просит Посольство сообщить фамилии членов делегации не позднее 1 июля.",
            "The Ministry asks the Embassy to communicate the names of the delegation members no later than July 1.",
        ),
        (
            "Вопросы транзита через Синыйджу будут решены Главным управлением пограничной охраны.",
            "Questions of transit through Sinuiju will be settled by the Ministry of Internal Affairs.",
        ),
        (
            "Министерство пользуется случаем, чтобы возобновить Посольству уверения в своем весьма высоком уважении.",
            "The Ministry avails itself of this opportunity to renew to the Embassy the assurances of its very high consideration.",
        ),
        ("Москва, 14 мая 1953 года", "Moscow, May 14, 1953"),
        ("Посольству КНДР в Москве", "To the Embassy of the DPRK, Moscow"),
    ],
    "required": [
        (
            "term",
            3,
            "Торговое представительство",
            "Consulate General",
            "Торговое представительство (Trade Representation) is given as Consulate General",
        ),
        (
            "term",
            7,
            "Главным управлением пограничной охраны",
            "Ministry of Internal Affairs",
            "the Chief Directorate of Border Guards is given as the Ministry of Internal Affairs",
        ),
    ],
    "forbidden": [
        (
            1,
            "Министерство Иностранных Дел",
            "Ministry of Foreign Affairs",
            ["term", "title"],
            None,
            "correct institution",
        ),
        (1, "Посольству", "Embassy", ["term"], None, "dative of Посольство"),
        (
            1,
            "Корейской Народно-Демократической Республики",
            "Democratic People's Republic of Korea",
            ["name", "term"],
            None,
            "correct state name",
        ),
        (
            2,
            "Министерство высшего образования",
            "Ministry of Higher Education",
            ["term"],
            None,
            "correct institution",
        ),
        (2, "1953/54 учебном году", "1953/54 academic year", ["number", "date"], None, "an academic year"),
        (
            4,
            "Министерства внешней торговли",
            "Ministry of Foreign Trade",
            ["term"],
            None,
            "genitive, correct",
        ),
        (4, "заместитель министра", "Deputy Minister", ["title"], None, "correct title"),
        (4, "Ли Чу Ен", "Ri Ju-yon", ["name"], None, "Ли = Ri, Чу = Ju"),
        (5, "начальник управления", "Department Head", ["title"], None, "correct title"),
        (5, "Пак Чен Ай", "Pak Chong-ae", ["name"], None, "Пак Чен Ай = Pak Chong-ae"),
        (5, "Ким Сен Гук", "Kim Song-guk", ["name"], None, "Ким Сен Гук = Kim Song-guk"),
        (7, "Синыйджу", "Sinuiju", ["name"], None, "Синыйджу = Sinuiju"),
        (0, "№ 27/ДВО", "No. 27/DVO", ["number"], None, "registration number"),
    ],
    "notes": "Planted: Торговое представительство -> Consulate General; Главное управление пограничной охраны -> Ministry of Internal Affairs. Traps: note-verbale formulas with institutions in case forms, Korean names (Ли = Ri), academic year.",
}

DOCS["r05-telegram-mao-message-witness-1950"] = {
    "genre": "ciphered telegram with a second witness after it (the telegram that transmitted Mao's message)",
    "about": "Invented: the representative in Peking reports Mao's message on the volunteers; the transmitting telegram follows with variants.",
    "own_lines": [0, 1, 2],
    "pairs": [
        ("ШИФРТЕЛЕГРАММА", "CIPHERED TELEGRAM"),
        ("Из Пекина. Отправлено 14.X.50 г. 02 ч. 10 м.", "From Peking. Sent 14 October 1950 at 02:10."),
        ("ФЫН СИ", "To FENG XI [Stalin]"),
        (
            "13 октября Мао Цзэ-дун пригласил меня к себе в присутствии Чжоу Энь-лая и Гао Гана.",
            "On October 13 Mao Tse-tung invited me to his residence in the presence of Chou En-lai and Kao Kang.",
        ),
        (
            "Мао Цзэ-дун сообщил, что Политбюро ЦК КПК решило направить в Корею добровольцев.",
            "Mao Tse-tung said that the Politburo of the CC CPC had decided to send volunteers to Korea.",
        ),
        (
            "Командовать войсками будет Пэн Дэ-хуай, его заместителем назначен Дэн Хуа.",
            "The troops will be commanded by Peng Teh-huai, with Teng Hua appointed as his deputy.",
        ),
        (
            "Первыми перейдут реку Ялуцзян четыре армии и три артиллерийские дивизии.",
            "Four armies and three artillery divisions will be the first to cross the Yalu River.",
        ),
        (
            "Не Жун-чжэнь будет отвечать за снабжение войск через Аньдун.",
            "Su Yu will be responsible for supplying the troops through Antung.",
        ),
        (
            "Мао Цзэ-дун просит прикрыть авиацией районы Аньдуна и Мукдена.",
            "Mao Tse-tung asks for air cover over the areas of Antung and Mukden.",
        ),
        ("Ответ китайские товарищи ждут до 17 октября.", None),
        ("РОЩИН", "ROSHCHIN"),
    ],
    "tail_ru": [
        "ШИФРТЕЛЕГРАММА",
        "Из Пекина",
        "Передаю текст сообщения Мао Цзэ-дуна: «Политбюро ЦК КПК решило направить в Корею добровольцев. Командовать войсками будет Пэн Дэ-хуай. Первыми перейдут реку Ялуцзян пять армий и три артиллерийские дивизии.» Конец текста.",
        "РОЩИН",
    ],
    "required": [
        ("name", 7, "Не Жун-чжэнь", "Su Yu", "Не Жун-чжэнь (Nieh Jung-chen) is given as Su Yu"),
        (
            "omission",
            9,
            "Ответ китайские товарищи ждут до 17 октября.",
            None,
            "the translation leaves out this sentence",
        ),
        (
            "duplicate",
            "W",
            "Политбюро ЦК КПК решило направить в Корею добровольцев.",
            None,
            "the transmitting telegram repeats the message (a second witness after the translated text)",
        ),
    ],
    "forbidden": [
        (2, "ФЫН СИ", "FENG XI [Stalin]", ["name"], None, "code name with the editor's bracket"),
        (3, "Мао Цзэ-дун", "Mao Tse-tung", ["name"], None, "Palladius against Wade-Giles"),
        (3, "Чжоу Энь-лая", "Chou En-lai", ["name"], None, "genitive"),
        (3, "Гао Гана", "Kao Kang", ["name"], None, "genitive, Wade-Giles"),
        (5, "Пэн Дэ-хуай", "Peng Teh-huai", ["name"], None, "Wade-Giles"),
        (5, "Дэн Хуа", "Teng Hua", ["name"], None, "Wade-Giles"),
        (6, "Ялуцзян", "Yalu River", ["name"], None, "река Ялуцзян = the Yalu River"),
        (6, "четыре армии", "Four armies", ["number"], None, "the same number in words"),
        (7, "Аньдун", "Antung", ["name"], None, "Аньдун = Antung"),
        (8, "Мукдена", "Mukden", ["name"], None, "genitive of Мукден"),
        (
            1,
            "14.X.50 г. 02 ч. 10 м.",
            "14 October 1950 at 02:10",
            ["number", "date"],
            None,
            "Roman month, clock time",
        ),
    ],
    "notes": "Planted: Не Жун-чжэнь -> Su Yu; an omitted sentence; the transmitting telegram after the translated text (duplicate, with the variant пять армий). Traps: Palladius against Wade-Giles, case endings, code name [Stalin].",
}

DOCS["r06-record-tsedenbal-1958"] = {
    "genre": "record of conversation",
    "about": "Invented: the Soviet ambassador's record of a conversation with the Mongolian leaders; names with initials after the surname.",
    "own_lines": [0, 1, 2],
    "pairs": [
        ("СЕКРЕТНО", "SECRET"),
        ("Из дневника ПИСАРЕВА Н. Г.", "From the diary of N. G. PISAREV"),
        (
            "ЗАПИСЬ БЕСЕДЫ с ЦЕДЕНБАЛОМ Ю. 3 марта 1958 года",
            "RECORD OF CONVERSATION with Yu. TSEDENBAL, 3 March 1958",
        ),
        (
            "Сегодня я посетил Первого секретаря ЦК МНРП, Председателя Совета Министров МНР Цеденбала Ю.",
            "Today I called on the First Secretary of the MPRP CC and Chairman of the Council of Ministers of the MPR, Yu. Tsedenbal.",
        ),
        (
            "На беседе присутствовали секретарь ЦК МНРП Дамба Д. и заместитель министра иностранных дел Дугэрсурэн М.",
            "Present were MPRP CC Secretary D. Damba and Deputy Minister of Foreign Affairs M. Dugersuren.",
        ),
        (
            "Цеденбал сказал, что в Гоби-Алтайском аймаке погибло много скота.",
            "Tsedenbal said that much livestock had perished in Gobi-Altai aimag.",
        ),
        (
            "Он просил передать Хрущеву Н. С. просьбу о поставке кормов.",
            "He asked me to convey to N. S. Khrushchev a request for fodder deliveries.",
        ),
        (
            "Монгольский премьер сообщил также, что Самбу Ж. будет направлен в Пекин.",
            "The Mongolian Premier also said that B. Sambu would be sent to Peking.",
        ),
        (
            "Затем Дамба Д. рассказал о работе госхозов в Хэнтэйском аймаке.",
            "Then D. Damba spoke of the work of the state farms in Khentii aimag.",
        ),
        (
            "Я обещал доложить об этом в Москву.",
            "I promised to report this to Moscow.",
        ),
        ("ПОСОЛ СССР В МНР", "USSR AMBASSADOR TO THE MPR"),
        ("Н. ПИСАРЕВ", "N. PISAREV"),
    ],
    "tail_ru": [
        "ПРОЕКТ",
        "Сегодня я посетил тов. Цеденбала Ю. Цеденбал сказал, что в Гоби-Алтайском аймаке погибло много скота, и просил передать просьбу о поставке кормов.",
    ],
    "required": [
        ("name", 7, "Самбу Ж.", "B. Sambu", "the initial Ж. (Zh.) is given as B."),
        (
            "duplicate",
            "W",
            "Цеденбал сказал, что в Гоби-Алтайском аймаке",
            None,
            "the draft after the record repeats its sentences (a second witness)",
        ),
    ],
    "forbidden": [
        (1, "ПИСАРЕВА Н. Г.", "N. G. PISAREV", ["name"], None, "initials after the surname, genitive"),
        (2, "ЦЕДЕНБАЛОМ Ю.", "Yu. TSEDENBAL", ["name"], None, "instrumental, initial after the surname"),
        (3, "Первого секретаря", "First Secretary", ["title"], None, "genitive of первый секретарь"),
        (
            3,
            "Председателя Совета Министров",
            "Chairman of the Council of Ministers",
            ["title"],
            None,
            "genitive",
        ),
        (3, "Цеденбала Ю.", "Yu. Tsedenbal", ["name"], None, "genitive, Ю. = Yu."),
        (4, "Дамба Д.", "D. Damba", ["name"], None, "initial after the surname"),
        (4, "заместитель министра", "Deputy Minister", ["title"], None, "correct title"),
        (4, "Дугэрсурэн М.", "M. Dugersuren", ["name"], None, "э = e"),
        (5, "Гоби-Алтайском", "Gobi-Altai", ["name"], None, "locative adjective of a province"),
        (6, "Хрущеву Н. С.", "N. S. Khrushchev", ["name"], None, "dative, initials after the surname"),
        (
            7,
            "Монгольский премьер",
            "Mongolian Premier",
            ["title", "name"],
            "minor",
            "a title for a named person",
        ),
        (8, "госхозов", "state farms", ["term"], None, "госхоз = state farm"),
        (8, "Хэнтэйском", "Khentii", ["name"], None, "locative adjective of a province"),
    ],
    "notes": "Planted: Самбу Ж. -> B. Sambu (changed initial); the draft after the record (duplicate). Traps: initials after the surname in case forms, titles in the genitive, the Mongolian Premier, госхоз.",
}

DOCS["r07-telegram-kaesong-talks-1951"] = {
    "genre": "ciphered telegram",
    "about": "Invented: a report from the armistice talks; Chinese and Korean delegates in case forms, ranks up and down.",
    "own_lines": [0, 1, 2],
    "pairs": [
        ("ШИФРТЕЛЕГРАММА № 21634", "CIPHERED TELEGRAM No. 21634"),
        ("Из Кэсона. Отправлено 28.VII.51 г. 22 ч. 05 м.", "From Kaesong. Sent 28 July 1951 at 22:05."),
        ("Тов. ФИЛИППОВУ", "To Comrade FILIPPOV [Stalin]"),
        (
            "На заседании 27 июля делегацию КНДР и китайских добровольцев возглавлял генерал Нам Ир.",
            "At the session of July 27 the delegation of the DPRK and the Chinese volunteers was headed by General Nam Il.",
        ),
        (
            "В состав делегации входили заместитель командующего добровольцами Дэн Хуа, начальник штаба Се Фан и генерал-майор Ли Сан Чо.",
            "The delegation included the Deputy Commander of the volunteers Deng Hua, Chief of Staff Hsieh Fang and Major General Lee Sang-jo.",
        ),
        (
            "Американскую делегацию возглавлял вице-адмирал Джой.",
            "The American delegation was headed by Rear Admiral Joy.",
        ),
        (
            "Се Фан предложил провести демаркационную линию по 38-й параллели.",
            "Deng Hua proposed drawing the demarcation line along the 38th parallel.",
        ),
        (
            "Американцы требуют отвода войск от Кэсона и Пханмунчжома.",
            "The Americans demand the withdrawal of troops from Kaesong and Panmunjom.",
        ),
        (
            "Командующий добровольцами Пэн Дэ-хуай одобрил позицию делегации.",
            "The Commander of the volunteers, Peng Dehuai, approved the delegation's position.",
        ),
        (
            "Ли Кэ-нун просит сообщить Ваше мнение до следующего заседания.",
            "Li Kenong asks for your opinion before the next session.",
        ),
        (
            "Один полк противника отведен в район Мунсана.",
            "One enemy division has been withdrawn to the Munsan area.",
        ),
        ("РАЗУВАЕВ", "RAZUVAEV"),
    ],
    "required": [
        ("title", 5, "вице-адмирал", "Rear Admiral", "вице-адмирал (Vice Admiral) is given as Rear Admiral"),
        ("name", 6, "Се Фан", "Deng Hua", "Се Фан (Xie Fang) is given as Deng Hua, a different person"),
        ("term", 10, "полк", "division", "полк (regiment) is given as division"),
    ],
    "forbidden": [
        (1, "Кэсона", "Kaesong", ["name"], None, "genitive of Кэсон"),
        (2, "ФИЛИППОВУ", "FILIPPOV [Stalin]", ["name"], None, "code name with the editor's bracket, dative"),
        (3, "Нам Ир", "Nam Il", ["name"], None, "Нам Ир = Nam Il"),
        (4, "заместитель командующего", "Deputy Commander", ["title"], None, "correct title"),
        (4, "Дэн Хуа", "Deng Hua", ["name"], None, "Palladius against pinyin"),
        (4, "Се Фан", "Hsieh Fang", ["name"], None, "Palladius against Wade-Giles"),
        (4, "генерал-майор", "Major General", ["title"], None, "correct title"),
        (4, "Ли Сан Чо", "Lee Sang-jo", ["name"], None, "Ли = Lee"),
        (5, "Джой", "Joy", ["name"], None, "Джой = Joy"),
        (7, "Кэсона", "Kaesong", ["name"], None, "genitive of Кэсон"),
        (7, "Пханмунчжома", "Panmunjom", ["name"], None, "genitive of Пханмунчжом"),
        (8, "Пэн Дэ-хуай", "Peng Dehuai", ["name"], None, "Palladius against pinyin"),
        (9, "Ли Кэ-нун", "Li Kenong", ["name"], None, "Palladius against pinyin"),
        (10, "Мунсана", "Munsan", ["name"], None, "genitive of Мунсан"),
        (6, "38-й параллели", "38th parallel", ["number"], None, "ordinal"),
    ],
    "notes": "Planted: вице-адмирал -> Rear Admiral; Се Фан -> Deng Hua; полк -> division. Traps: Palladius against pinyin and Wade-Giles in one text, Ли = Lee, case endings of places, code name [Stalin].",
}

DOCS["r08-letter-kim-telegram-before-1952"] = {
    "genre": "letter with a second witness before it (the ciphered telegram that transmitted it)",
    "about": "Invented: the telegram quoting Kim Il Sung's letter comes first, then the letter itself, which is translated.",
    "head_ru": [
        "ШИФРТЕЛЕГРАММА",
        "Из Пхеньяна",
        "ФИЛИППОВУ",
        "Передаю письмо Ким Ир Сена: «Правительство КНДР просит направить в Пхеньян 30 советников по восстановлению железных дорог. Просим также принять на учебу 200 корейских железнодорожников.» Подлинник следует почтой.",
        "РАЗУВАЕВ",
    ],
    "own_lines": [0, 1],
    "pairs": [
        ("Председателю Совета Министров СССР", "To the Chairman of the Council of Ministers of the USSR"),
        ("товарищу И. В. СТАЛИНУ", "Comrade J. V. STALIN"),
        ("Дорогой товарищ Сталин!", "Dear Comrade Stalin!"),
        (
            "Правительство КНДР просит направить в Пхеньян 30 советников по восстановлению железных дорог.",
            "The Government of the DPRK asks that 30 advisers for the restoration of the railways be sent to Pyongyang.",
        ),
        (
            "Просим также принять на учебу 200 корейских железнодорожников.",
            "We also ask that 200 Korean railwaymen be accepted for training.",
        ),
        (
            "Министр путей сообщения Ким Хве Ир доложит подробности послу Разуваеву.",
            "The Minister of Communications Pak Ui-wan will report the details to Ambassador Razuvaev.",
        ),
        (
            "Заместитель Председателя Кабинета Министров Хон Мен Хи выедет в Москву в мае.",
            "Deputy Chairman of the Cabinet of Ministers Hong Myong-hui will leave for Moscow in May.",
        ),
        ("С глубоким уважением", "With deep respect"),
        ("КИМ ИР СЕН", "KIM IL SUNG"),
        ("Пхеньян, 9 апреля 1952 года", "Pyongyang, April 9, 1952"),
    ],
    "required": [
        (
            "duplicate",
            "W",
            "Правительство КНДР просит направить в Пхеньян 30 советников",
            None,
            "the telegram before the letter repeats its sentences (a second witness)",
        ),
        (
            "name",
            5,
            "Ким Хве Ир",
            "Pak Ui-wan",
            "Ким Хве Ир (Kim Hoe-il) is given as Pak Ui-wan, a different person",
        ),
    ],
    "forbidden": [
        (
            0,
            "Председателю Совета Министров",
            "Chairman of the Council of Ministers",
            ["title"],
            None,
            "dative",
        ),
        (1, "И. В. СТАЛИНУ", "J. V. STALIN", ["name"], None, "dative, И. В. = J. V."),
        (
            5,
            "Министр путей сообщения",
            "Minister of Communications",
            ["title", "term"],
            None,
            "correct title",
        ),
        (5, "послу Разуваеву", "Ambassador Razuvaev", ["name", "title"], None, "dative of посол Разуваев"),
        (6, "Заместитель Председателя", "Deputy Chairman", ["title"], None, "correct title"),
        (6, "Хон Мен Хи", "Hong Myong-hui", ["name"], None, "Хон Мен Хи = Hong Myong-hui"),
        (8, "КИМ ИР СЕН", "KIM IL SUNG", ["name"], None, "Ким Ир Сен = Kim Il Sung"),
        (3, "30 советников", "30 advisers", ["number"], None, "the same number"),
    ],
    "notes": "Planted: the telegram before the letter (duplicate); Ким Хве Ир -> Pak Ui-wan. Traps: titles in the dative, И. В. = J. V., Korean names.",
}

# r09-r12: a second fresh set, written after the first fixes and before the tool was run on them.

DOCS["r09-record-puzanov-kim-1956"] = {
    "genre": "record of conversation",
    "about": "Invented: the ambassador's record of a conversation with Kim Il Sung and his ministers; Korean names in the instrumental, an omitted short sentence.",
    "own_lines": [0, 1, 2],
    "pairs": [
        ("СЕКРЕТНО", "SECRET"),
        ("Из дневника ПУЗАНОВА А. М.", "From the diary of A. M. PUZANOV"),
        (
            "ЗАПИСЬ БЕСЕДЫ с Ким Ир Сеном 14 мая 1956 года",
            "RECORD OF CONVERSATION with Kim Il Sung, 14 May 1956",
        ),
        (
            "Сегодня я встретился с Ким Ир Сеном, Нам Иром и Пак Чен Аем в здании Кабинета Министров.",
            "Today I met Kim Il Sung, Kim Il and Pak Chong-ae in the building of the Cabinet of Ministers.",
        ),
        (
            "Ким Ир Сен сообщил, что Чве Ен Ген выехал в Пекин вместе с заместителем министра Ли Чу Еном.",
            "Kim Il Sung said that Choe Yong-gon had left for Peking together with Deputy Minister Ri Ju-yon.",
        ),
        (
            "Он просил передать Хрущеву Н. С., что корейская сторона поддерживает решения съезда.",
            "He asked me to tell N. S. Khrushchev that the Korean side supports the decisions of the congress.",
        ),
        ("Ким Ир Сен согласился с этим.", None),
        (
            "Затем Пак Чен Ай сказал, что ЦК ТПК направит в Москву делегацию во главе с Ким Ду Боном.",
            "Then Pak Chong-ae said that the WPK CC would send to Moscow a delegation headed by Kim Tu-bong.",
        ),
        (
            "Поверенный в делах КНР Цяо Сяо-гуан также присутствовал при беседе.",
            "The PRC Ambassador Qiao Xiaoguang was also present at the conversation.",
        ),
        (
            "В конце беседы Ким Ир Сен поблагодарил советское правительство за помощь в восстановлении Хыннама.",
            "At the end of the conversation Kim Il Sung thanked the Soviet government for its help in restoring Hungnam.",
        ),
        ("ПОСОЛ СССР В КНДР", "USSR AMBASSADOR TO THE DPRK"),
        ("А. ПУЗАНОВ", "A. PUZANOV"),
    ],
    "required": [
        ("name", 3, "Нам Иром", "Kim Il", "Нам Ир (Nam Il) is given as Kim Il, another person"),
        ("omission", 6, "Ким Ир Сен согласился с этим.", None, "the translation leaves out this sentence"),
        (
            "title",
            8,
            "Поверенный в делах",
            "Ambassador",
            "поверенный в делах (chargé d'affaires) is given as Ambassador",
        ),
    ],
    "forbidden": [
        (1, "ПУЗАНОВА А. М.", "A. M. PUZANOV", ["name"], None, "initials after the surname, genitive"),
        (2, "Ким Ир Сеном", "Kim Il Sung", ["name"], None, "instrumental"),
        (3, "Пак Чен Аем", "Pak Chong-ae", ["name"], None, "instrumental of Пак Чен Ай"),
        (4, "Чве Ен Ген", "Choe Yong-gon", ["name"], None, "Чве = Choe"),
        (
            4,
            "заместителем министра",
            "Deputy Minister",
            ["title"],
            None,
            "instrumental of заместитель министра",
        ),
        (4, "Ли Чу Еном", "Ri Ju-yon", ["name"], None, "instrumental, Ли = Ri"),
        (5, "Хрущеву Н. С.", "N. S. Khrushchev", ["name"], None, "dative, initials after the surname"),
        (7, "Ким Ду Боном", "Kim Tu-bong", ["name"], None, "instrumental"),
        (7, "ЦК ТПК", "WPK CC", ["name", "term"], None, "party acronyms"),
        (8, "Цяо Сяо-гуан", "Qiao Xiaoguang", ["name"], None, "Palladius against pinyin"),
        (9, "Хыннама", "Hungnam", ["name"], None, "genitive of Хыннам"),
    ],
    "notes": "Planted: Нам Иром -> Kim Il; an omitted short sentence sharing a name with its neighbours; Поверенный в делах -> Ambassador. Traps: Korean names in the instrumental, Чве = Choe, Ли = Ri, pinyin.",
}

DOCS["r10-telegram-zhou-message-draft-1952"] = {
    "genre": "ciphered telegram with a second witness after it (the draft of the message it transmits)",
    "about": "Invented: the ambassador transmits Zhou Enlai's message on the volunteers' supplies; the draft of the message follows under its heading.",
    "own_lines": [0, 1, 2],
    "pairs": [
        ("ШИФРТЕЛЕГРАММА", "CIPHERED TELEGRAM"),
        ("Из Пекина. Отправлено 3.III.52 г. 23 ч. 15 м.", "From Peking. Sent 3 March 1952 at 23:15."),
        ("ФИЛИППОВУ", "To FILIPPOV [Stalin]"),
        (
            "Чжоу Энь-лай просил передать Вам следующее сообщение.",
            "Chou En-lai asked me to convey the following message to you.",
        ),
        (
            "«Командование китайских добровольцев просит поставить до 1 мая 120 грузовых автомобилей.",
            '"The command of the Chinese volunteers asks that 120 trucks be delivered by May 1.',
        ),
        (
            "Восстановление моста через реку Ялуцзян у Аньдуна будет закончено в апреле.",
            "The restoration of the bridge over the Yalu River at Antung will be completed in April.",
        ),
        (
            "Снабжением войск руководит заместитель командующего Хун Сюэ-чжи, переговоры поручены Ли Кэ-нуну.»",
            'The supply of the troops is directed by Deputy Commander Hung Hsueh-chih; the negotiations have been entrusted to Li Fu-chun."',
        ),
        (
            "Чжоу Энь-лай добавил, что 3-й армейский корпус будет переброшен к Кэсону.",
            "Chou En-lai added that the 3rd Army will be moved to Kaesong.",
        ),
        ("Прошу Ваших указаний.", "I request your instructions."),
        ("РОЩИН", "ROSHCHIN"),
    ],
    "tail_ru": [
        "ПРОЕКТ",
        "Командование китайских добровольцев просит поставить до 1 мая 150 грузовых автомобилей. Восстановление моста через реку Ялуцзян у Аньдуна будет закончено в мае.",
    ],
    "required": [
        (
            "name",
            6,
            "Ли Кэ-нуну",
            "Li Fu-chun",
            "Ли Кэ-нун (Li Kenong) is given as Li Fu-chun, another person with the same surname",
        ),
        ("term", 7, "армейский корпус", "Army", "армейский корпус (army corps) is given as Army"),
        (
            "duplicate",
            "W",
            "Командование китайских добровольцев просит поставить",
            None,
            "the draft after the telegram repeats the message (a second witness)",
        ),
    ],
    "forbidden": [
        (2, "ФИЛИППОВУ", "FILIPPOV [Stalin]", ["name"], None, "code name with the editor's bracket"),
        (3, "Чжоу Энь-лай", "Chou En-lai", ["name"], None, "Wade-Giles"),
        (4, "120 грузовых автомобилей", "120 trucks", ["number"], None, "the same number"),
        (5, "Ялуцзян", "Yalu River", ["name"], None, "река Ялуцзян = the Yalu River"),
        (5, "Аньдуна", "Antung", ["name"], None, "genitive of Аньдун"),
        (6, "заместитель командующего", "Deputy Commander", ["title"], None, "correct title"),
        (6, "Хун Сюэ-чжи", "Hung Hsueh-chih", ["name"], None, "Wade-Giles"),
        (7, "Кэсону", "Kaesong", ["name"], None, "dative of Кэсон"),
        (7, "3-й", "3rd", ["number"], None, "ordinal"),
        (
            1,
            "3.III.52 г. 23 ч. 15 м.",
            "3 March 1952 at 23:15",
            ["number", "date"],
            None,
            "Roman month, clock time",
        ),
    ],
    "notes": "Planted: Ли Кэ-нун -> Li Fu-chun (same surname); армейский корпус -> Army; the draft after the telegram (duplicate; variants 150, мае). Traps: a quoted message inside the telegram, Wade-Giles, case forms of places.",
}

DOCS["r11-message-stalin-truman-1945"] = {
    "genre": "personal message (Stalin to Truman)",
    "about": "Invented: a message on a military mission and a conference; initials that change letter in English, ranks of the Soviet and American forces.",
    "own_lines": [0, 1],
    "pairs": [
        (
            "СЕКРЕТНО И ЛИЧНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Г. ТРУМЭНУ",
            "SECRET AND PERSONAL FROM PREMIER J. V. STALIN TO PRESIDENT MR. H. TRUMAN",
        ),
        ("Ваше послание от 20 июня получил.", "I have received your message of June 20."),
        (
            "Советское правительство согласно принять в Москве генерала армии Дина и адмирала Стэндли.",
            "The Soviet Government agrees to receive General of the Army Deane and Admiral Standley in Moscow.",
        ),
        (
            "С советской стороны в переговорах примут участие генерал армии Антонов и адмирал флота Кузнецов.",
            "On the Soviet side Colonel General Antonov and Admiral of the Fleet Kuznetsov will take part in the talks.",
        ),
        (
            "Госсекретарь Э. Стеттиниус уведомил нас, что прибудет позднее.",
            "Secretary of State R. Stettinius has informed us that he will arrive later.",
        ),
        (
            "Мистер Дж. Бирнс и г-н К. Эттли, как я понимаю, будут на конференции.",
            "Mr. J. Byrnes and Mr. C. Attlee, as I understand, will be at the conference.",
        ),
        ("Место конференции остается прежним.", None),
        (
            "Что касается перевозки делегаций, то этим займется Народный комиссариат путей сообщения.",
            "As for transporting the delegations, the People's Commissariat of Railways will see to it.",
        ),
        ("23 июня 1945 года", "June 23, 1945"),
    ],
    "required": [
        (
            "title",
            3,
            "генерал армии",
            "Colonel General",
            "генерал армии (General of the Army) is given as Colonel General",
        ),
        ("name", 4, "Э. Стеттиниус", "R. Stettinius", "the initial Э. (E.) is given as R."),
        (
            "omission",
            6,
            "Место конференции остается прежним.",
            None,
            "the translation leaves out this sentence",
        ),
    ],
    "forbidden": [
        (0, "И. В. СТАЛИНА", "J. V. STALIN", ["name"], None, "И. = J."),
        (0, "Г. ТРУМЭНУ", "H. TRUMAN", ["name"], None, "Г. = H., dative"),
        (0, "ПРЕЗИДЕНТУ", "PRESIDENT", ["title"], None, "dative"),
        (2, "генерала армии Дина", "General of the Army Deane", ["name", "title"], None, "genitive"),
        (2, "адмирала Стэндли", "Admiral Standley", ["name", "title"], None, "genitive"),
        (3, "адмирал флота", "Admiral of the Fleet", ["title"], None, "correct title"),
        (4, "Госсекретарь", "Secretary of State", ["title"], None, "correct title"),
        (5, "Дж. Бирнс", "J. Byrnes", ["name"], None, "Дж. = J."),
        (5, "К. Эттли", "C. Attlee", ["name"], None, "К. = C., Э = A"),
        (
            7,
            "Народный комиссариат путей сообщения",
            "People's Commissariat of Railways",
            ["term", "name"],
            None,
            "correct institution",
        ),
        (1, "20 июня", "June 20", ["date"], None, "the same date"),
    ],
    "notes": "Planted: генерал армии -> Colonel General; Э. Стеттиниус -> R. Stettinius; an omitted sentence. Traps: initials that change letter (И. = J., Г. = H., К. = C., Дж. = J.), ranks in the genitive, НКПС.",
}

DOCS["r12-report-draft-before-state-farms-1960"] = {
    "genre": "report with its draft BEFORE it",
    "about": "Invented: an embassy report on Soviet help to Mongolian state farms; the draft comes first under its heading, then the signed report, which is translated.",
    "head_ru": [
        "ПРОЕКТ",
        "В 1960 году при содействии советских специалистов в МНР организовано 10 новых госхозов. Госплан МНР просит направить еще 40 агрономов.",
    ],
    "own_lines": [0, 1],
    "pairs": [
        ("ЦК КПСС", "CC CPSU"),
        ("О помощи МНР в освоении целинных земель", "On Aid to the MPR in Developing Virgin Lands"),
        (
            "В 1960 году при содействии советских специалистов в МНР организовано 12 новых госхозов.",
            "In 1960, with the help of Soviet specialists, 12 new state farms were organised in the MPR.",
        ),
        (
            "Госплан МНР просит направить еще 40 агрономов и 25 механиков.",
            "The State Planning Commission of the MPR asks that another 40 agronomists and 25 mechanics be sent.",
        ),
        (
            "Заместитель Председателя Совета Министров МНР Моломжамц Д. сообщил, что совхоз в Булгане не справляется с уборкой.",
            "Deputy Chairman of the Council of Ministers of the MPR D. Molomjamts said that the collective farm in Bulgan cannot cope with the harvest.",
        ),
        (
            "Посольство считает целесообразным удовлетворить эту просьбу.",
            "The Embassy considers it advisable to grant this request.",
        ),
        ("Советник посольства", "Counsellor of the Embassy"),
        ("Н. ЖУКОВ", "N. ZHUKOV"),
    ],
    "required": [
        (
            "duplicate",
            "W",
            "В 1960 году при содействии советских специалистов",
            None,
            "the draft before the report repeats its sentences (a second witness)",
        ),
        ("term", 4, "совхоз", "collective farm", "совхоз (state farm) is given as collective farm"),
    ],
    "forbidden": [
        (
            2,
            "12 новых госхозов",
            "12 new state farms",
            ["number", "term"],
            None,
            "the translated report's figure",
        ),
        (
            3,
            "Госплан МНР",
            "State Planning Commission of the MPR",
            ["name", "term"],
            None,
            "Госплан = State Planning Commission",
        ),
        (4, "Заместитель Председателя", "Deputy Chairman", ["title"], None, "correct title"),
        (4, "Моломжамц Д.", "D. Molomjamts", ["name"], None, "initial after the surname"),
        (4, "Булгане", "Bulgan", ["name"], None, "locative of Булган"),
        (6, "Советник посольства", "Counsellor of the Embassy", ["title"], None, "correct title"),
    ],
    "notes": "Planted: the draft before the report (duplicate, variant 10/12); совхоз -> collective farm. Traps: госхоз = state farm, Госплан, initial after the surname.",
}

# r13-r14: a third fresh set, written after the second round of fixes and scored before any change.

DOCS["r13-letter-tsedenbal-telegram-before-1955"] = {
    "genre": "letter with a second witness before it (a telegram quoting its first and last sentences)",
    "about": "Invented: Tsedenbal asks for machine and tractor stations; the telegram before the letter quotes two of its sentences; the translation leaves one out.",
    "head_ru": [
        "ШИФРТЕЛЕГРАММА",
        "Из Улан-Батора",
        "Цеденбал просил передать: «Правительство МНР просит помочь в организации пяти машинно-тракторных станций в Хэнтэйском и Архангайском аймаках.» Далее он пишет: «Просим принять в советские вузы 60 монгольских студентов.» Письмо следует почтой.",
        "ИВАНОВ",
    ],
    "own_lines": [0, 1, 2],
    "pairs": [
        ("Председателю Совета Министров СССР", "To the Chairman of the Council of Ministers of the USSR"),
        ("товарищу Н. А. БУЛГАНИНУ", "Comrade N. A. BULGANIN"),
        ("Дорогой товарищ Булганин!", "Dear Comrade Bulganin!"),
        (
            "Правительство МНР просит помочь в организации пяти машинно-тракторных станций в Хэнтэйском и Архангайском аймаках.",
            "The Government of the MPR asks for help in organising five state farms in Khentii and Arkhangai aimags.",
        ),
        (
            "Для руководства ими просим направить 12 советских инженеров.",
            None,
        ),
        (
            "Министр сельского хозяйства Дамдинсурэн обсудит подробности с послом Писаревым.",
            "Minister of Agriculture Damba will discuss the details with Ambassador Pisarev.",
        ),
        (
            "Просим принять в советские вузы 60 монгольских студентов.",
            "We ask that 60 Mongolian students be admitted to Soviet higher educational institutions.",
        ),
        ("С уважением", "Respectfully"),
        ("Ю. ЦЕДЕНБАЛ", "Yu. TSEDENBAL"),
        ("Улан-Батор, 4 февраля 1955 года", "Ulan Bator, February 4, 1955"),
    ],
    "required": [
        (
            "duplicate",
            "W",
            "Правительство МНР просит помочь в организации",
            None,
            "the telegram before the letter quotes its sentences (a second witness)",
        ),
        (
            "term",
            3,
            "машинно-тракторных станций",
            "state farms",
            "машинно-тракторная станция (machine and tractor station) is given as state farm",
        ),
        (
            "omission",
            4,
            "Для руководства ими просим направить",
            None,
            "the translation leaves out this sentence",
        ),
        ("name", 5, "Дамдинсурэн", "Damba", "Дамдинсурэн is given as Damba, another person"),
    ],
    "forbidden": [
        (
            0,
            "Председателю Совета Министров",
            "Chairman of the Council of Ministers",
            ["title"],
            None,
            "dative",
        ),
        (1, "Н. А. БУЛГАНИНУ", "N. A. BULGANIN", ["name"], None, "dative"),
        (3, "Хэнтэйском", "Khentii", ["name"], None, "locative adjective of a province"),
        (3, "Архангайском", "Arkhangai", ["name"], None, "locative adjective of a province"),
        (5, "послом Писаревым", "Ambassador Pisarev", ["name", "title"], None, "instrumental"),
        (6, "60 монгольских студентов", "60 Mongolian students", ["number"], None, "the same number"),
        (8, "Ю. ЦЕДЕНБАЛ", "Yu. TSEDENBAL", ["name"], None, "Ю. = Yu."),
    ],
    "notes": "Planted: the telegram before the letter (duplicate); машинно-тракторных станций -> state farms; an omitted sentence; Дамдинсурэн -> Damba. Traps: province adjectives, titles in the dative and instrumental.",
}

DOCS["r14-record-mikoyan-zhou-chen-1956"] = {
    "genre": "record of conversation",
    "about": "Invented: a record of a conversation of Mikoyan with the Chinese leaders; participants with titles in the instrumental, a rank raised, an institution changed, an omitted sentence.",
    "own_lines": [0, 1],
    "pairs": [
        ("СЕКРЕТНО", "SECRET"),
        (
            "ЗАПИСЬ БЕСЕДЫ тов. Микояна А. И. с Чжоу Энь-лаем 7 апреля 1956 года",
            "RECORD OF CONVERSATION of Comrade A. I. Mikoyan with Zhou Enlai, 7 April 1956",
        ),
        (
            "В беседе участвовали заместитель Премьера Чэнь Юнь, министр внешней торговли Е Цзи-чжуан и посол СССР в КНР Юдин П. Ф.",
            "Taking part in the conversation were Premier Chen Yun, Minister of Foreign Trade Ye Jizhuang and the USSR Ambassador to the PRC P. F. Yudin.",
        ),
        (
            "Чжоу Энь-лай сказал, что Государственный совет утвердил план строительства 55 предприятий.",
            "Zhou Enlai said that the National People's Congress had approved the plan to build 55 enterprises.",
        ),
        (
            "Чэнь Юнь добавил, что первая очередь заводов будет пущена в 1958 году.",
            "Chen Yun added that the first stage of the plants would be started in 1958.",
        ),
        ("Тов. Микоян обещал доложить об этом в Москву.", None),
        (
            "Затем Е Цзи-чжуан передал список оборудования, которое китайская сторона просит поставить в 1957 году.",
            "Then Ye Jizhuang handed over a list of the equipment the Chinese side asks to be delivered in 1957.",
        ),
        ("Беседа продолжалась два часа.", "The conversation lasted two hours."),
        ("Записал Н. ФЕДОРЕНКО", "Recorded by N. FEDORENKO"),
    ],
    "required": [
        (
            "title",
            2,
            "заместитель Премьера",
            "Premier",
            "заместитель Премьера (Vice Premier) is given as Premier",
        ),
        (
            "term",
            3,
            "Государственный совет",
            "National People's Congress",
            "the State Council is given as the National People's Congress",
        ),
        ("omission", 5, "Тов. Микоян обещал доложить", None, "the translation leaves out this sentence"),
    ],
    "forbidden": [
        (1, "Микояна А. И.", "A. I. Mikoyan", ["name"], None, "genitive, initials after the surname"),
        (1, "Чжоу Энь-лаем", "Zhou Enlai", ["name"], None, "instrumental, pinyin"),
        (2, "Чэнь Юнь", "Chen Yun", ["name"], None, "Palladius against pinyin"),
        (2, "министр внешней торговли", "Minister of Foreign Trade", ["title"], None, "correct title"),
        (2, "Е Цзи-чжуан", "Ye Jizhuang", ["name"], None, "Palladius against pinyin"),
        (2, "Юдин П. Ф.", "P. F. Yudin", ["name"], None, "initials after the surname"),
        (3, "55 предприятий", "55 enterprises", ["number"], None, "the same number"),
        (7, "два часа", "two hours", ["number"], None, "a duration in words"),
    ],
    "notes": "Planted: заместитель Премьера -> Premier; Государственный совет -> National People's Congress; an omitted sentence. Traps: Palladius against pinyin, initials after the surname, titles in a list.",
}
