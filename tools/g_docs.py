# ruff: noqa: E501, RUF001  (the texts are data)
"""The invented g documents of archival-own (read by build_archival_g.py): names, titles and terms through Russian.

Names of other languages as Soviet records spell them (Korean Чве Ен Ген, Palladius Chinese, Polivanov Japanese,
Vietnamese, Polish, Hungarian in its own order, Czech, German, Finnish and Baltic places with their Swedish and
German names), code names with an editor's bracket, names in Russian case forms, names given as a title or a
pronoun, against the English forms of real published translations (McCune-Reischauer, Wade-Giles, pinyin, Hepburn,
the revised Korean romanization, native spellings with their accents). Each document plants two real
discrepancies of kind name, term or title (another person, a changed initial, a place swapped, a unit or an
organ or a rank changed); every legitimate variant is a forbidden entry.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

_NAME = ["name"]
_NAME_TITLE = ["name", "title"]
_NAME_OMIT = ["name", "omission"]

DOCS["g01-record-shtykov-kim-1949"] = {
    "genre": "record of conversation (Korean names through Russian; a person and an organ changed)",
    "about": "Invented: the ambassador in Pyongyang hears Kim Il Sung and his ministers on the 38th parallel.",
    "ru": """‹u›АВП РФ, ф. 0102, оп. 5, п. 11, д. 4, л. 37-40.

‹1›Секретно

‹2›ЗАПИСЬ БЕСЕДЫ
‹3›посла СССР в КНДР Т. Ф. Штыкова с Председателем Кабинета Министров КНДР Ким Ир Сеном
‹4›11 августа 1949 года

‹5›Сегодня по просьбе Ким Ир Сена я посетил его в Кабинете Министров. ‹6›На беседе присутствовали министр иностранных дел Пак Хен Ен и председатель Президиума Верховного Народного Собрания Ким Ду Бон. ‹7›Ким Ир Сен сказал, что 6 августа на заседании ЦК Трудовой партии был обсужден вопрос о положении на 38-й параллели. ‹8›По его словам, в районе Онджина южане сосредоточили около 5 тыс. солдат. ‹9›Министр национальной обороны Чве Ен Ген считает, что северные части должны занять полуостров Онджин, а также часть территории восточнее Кэсона.

‹10›Пак Хен Ен заявил, что такая операция вызовет осложнения с американцами. ‹11›Однако, по мнению Пак Хен Ена, партизанское движение на юге усилилось, и в случае войны население поддержит Север. ‹12›Ким Ду Бон согласился с Пак Хен Еном.

‹13›Я спросил Ким Ир Сена, сколько времени потребуется для подготовки операции. ‹14›Ким Ир Сен ответил, что, по расчетам генерала Кан Гена, две недели. ‹15›Он добавил, что секретарь ЦК Хо Ка И и заместитель министра Пак Ир У поедут в Хэджу для проверки готовности частей.

‹16›Я ответил, что доложу о его соображениях в Москву и что без указаний из Москвы никаких действий предпринимать не следует. ‹17›Ким Ир Сен сказал, что он понимает это и будет ждать ответа.

‹18›Беседа продолжалась 2 часа 15 минут.

‹19›ПОСОЛ СССР В КНДР
‹20›Т. ШТЫКОВ""",
    "en": """‹1›Secret

‹2›RECORD OF CONVERSATION
‹3›between Soviet Ambassador to the DPRK T. F. Shtykov and Chairman of the DPRK Cabinet of Ministers Kim Il Sung
‹4›August 11, 1949

‹5›Today I visited Kim Il Sung at the Cabinet of Ministers at his request. ‹6›Foreign Minister Pak Hon-yong and Kim Tu-bong, Chairman of the Presidium of the Supreme People's Assembly, were also present. ‹7›Kim Il Sung said that on August 6 a meeting of the Politburo of the Workers' Party had discussed the situation on the 38th parallel. ‹8›According to him, the southerners have concentrated about five thousand troops in the Ongjin area. ‹9›Defense Minister Choe Yong-gon believes that northern units should seize the Ongjin peninsula and part of the territory east of Kaesong.

‹10›Pak Hon-yong said that such an operation would cause complications with the Americans. ‹11›In his view, however, the partisan movement in the south has grown stronger, and in the event of war the population would support the North. ‹12›Kim Tu-bong agreed with him.

‹13›I asked Kim how much time would be needed to prepare the operation. ‹14›Kim Il Sung replied that General Kang Kon reckoned two weeks. ‹15›He added that Ho Ka-i, Secretary of the Central Committee, and Deputy Minister Kim Il would go to Haeju to check the readiness of the units.

‹16›I replied that I would report his views to Moscow and that no action should be taken without instructions from Moscow. ‹17›Kim said that he understood this and would wait for an answer.

‹18›The conversation lasted two hours and fifteen minutes.

‹19›SOVIET AMBASSADOR TO THE DPRK
‹20›T. SHTYKOV""",
    "required": [
        (
            "term",
            ("ЦК", "заседании ЦК Трудовой партии"),
            "Politburo",
            "the Central Committee (ЦК) is given as the Politburo",
        ),
        (
            "name",
            "Пак Ир У",
            ("Kim Il", "Deputy Minister Kim Il would"),
            "Пак Ир У (Pak Il-u) is given as Kim Il",
        ),
    ],
    "forbidden": [
        (
            None,
            "министр иностранных дел Пак Хен Ен",
            "Foreign Minister Pak Hon-yong",
            "Пак Хен Ен = Pak Hon-yong (McCune-Reischauer)",
            _NAME_TITLE,
            "minor",
        ),
        (
            None,
            "Ким Ду Бон.",
            "Kim Tu-bong, Chairman",
            "Ким Ду Бон = Kim Tu-bong, the title moved before",
            _NAME_TITLE,
            "minor",
        ),
        (None, "Чве Ен Ген", "Choe Yong-gon", "Чве Ен Ген = Choe Yong-gon", _NAME_TITLE, "minor"),
        (None, "Онджина", ("Ongjin", "Ongjin area"), "Онджин = Ongjin", _NAME, "minor"),
        (None, "Кэсона", "Kaesong", "Кэсон = Kaesong (genitive)", _NAME, "minor"),
        (
            None,
            ("Пак Хен Ен", "Пак Хен Ен заявил"),
            ("Pak Hon-yong", "Pak Hon-yong said"),
            "the same name",
            _NAME,
            "minor",
        ),
        (None, "Пак Хен Ена", "In his view", "a name by a pronoun", _NAME_OMIT, "minor"),
        (None, "Пак Хен Еном", "with him", "a name in the instrumental by a pronoun", _NAME_OMIT, "minor"),
        (
            None,
            ("Ким Ир Сена", "Я спросил Ким Ир Сена"),
            ("Kim", "I asked Kim"),
            "the given name dropped",
            _NAME_OMIT,
            "minor",
        ),
        (None, "Кан Гена", "Kang Kon", "Кан Ген (genitive) = Kang Kon", _NAME_TITLE, "minor"),
        (None, "Хо Ка И", "Ho Ka-i", "Хо Ка И = Ho Ka-i, the title moved after", _NAME_TITLE, "minor"),
        (None, "Хэджу", "Haeju", "Хэджу = Haeju", _NAME, "minor"),
        (None, "около 5 тыс.", "about five thousand", "a number in words", ["number"], None),
        (None, "2 часа 15 минут", "two hours and fifteen minutes", "a duration in words", ["number"], None),
        (None, "Т. Ф. Штыкова", "T. F. Shtykov", "the same initials", _NAME, "minor"),
        (
            None,
            "ПОСОЛ СССР В КНДР",
            "SOVIET AMBASSADOR TO THE DPRK",
            "the same title",
            ["title", "term"],
            "minor",
        ),
    ],
    "notes": "Planted: ЦК Трудовой партии given as the Politburo; Пак Ир У given as Kim Il. Traps: McCune-Reischauer forms (Pak Hon-yong, Kim Tu-bong, Choe Yong-gon, Ho Ka-i, Kang Kon), names in the genitive and instrumental, pronouns for names, titles moved after the name.",
}

DOCS["g02-telegram-roshchin-volunteers-1950"] = {
    "genre": "ciphered telegram (Palladius against Wade-Giles; a code name; a person and a unit changed)",
    "about": "Invented: the ambassador in Peking reports Zhou Enlai's account of the decision to send volunteers.",
    "ru": """‹1›Сов. секретно

‹2›ШИФРТЕЛЕГРАММА

‹u›Из ПЕКИНА Отправлено 7.X.50 г. 03 ч. 40 м.

‹3›МОСКВА — ФИЛИППОВУ

‹4›Вечером 6 октября меня пригласил Чжоу Энь-лай и передал следующее. ‹5›На расширенном заседании Политбюро ЦК КПК, проходившем 4-5 октября под председательством Мао Цзэ-дуна, было решено направить в Корею китайских добровольцев. ‹6›Командующим добровольцами назначен Пэн Дэ-хуай, его заместителем — Дэн Хуа. ‹7›Гао Ган будет руководить тылом из Мукдена.

‹8›В первом эшелоне пойдут 12 дивизий, всего около 260 тыс. человек. ‹9›Части сосредоточены в районе Аньдуна и Цзианя и начнут переправу через реку Ялуцзян 15-16 октября. ‹10›Лю Шао-ци и Чжу Дэ высказывались за то, чтобы отложить выступление, однако Мао Цзэ-дун настоял на своем.

‹11›Чжоу Энь-лай сообщил, что у добровольцев нет авиационного прикрытия. ‹12›Поэтому он просит, чтобы советская авиация прикрыла переправы и город Аньдун. ‹13›Кроме того, Чжоу Энь-лай передал просьбу Не Жун-чжэня о поставке 500 грузовых автомашин.

‹14›Чжоу Энь-лай просил также доложить Вам, что 10 октября он вылетает к Вам вместе с Линь Бяо. ‹15›Ответ прошу сообщить срочно.

‹16›РОЩИН

‹u›№ 2405""",
    "en": """‹1›Top Secret

‹2›CIPHERED TELEGRAM

‹3›MOSCOW — To FILIPPOV [Stalin]

‹4›On the evening of October 6 Chou En-lai invited me and conveyed the following. ‹5›At an enlarged session of the Politburo of the CCP Central Committee, held on October 4-5 with Mao Tse-tung presiding, it was decided to send Chinese volunteers to Korea. ‹6›P'eng Te-huai has been appointed commander of the volunteers, and Teng Hua his deputy. ‹7›Kao Kang will direct the rear from Mukden [Shenyang].

‹8›The first echelon will consist of twelve armies, some 260,000 men in all. ‹9›The units are concentrated in the Antung and Chian area and will begin crossing the Yalu River on October 15-16. ‹10›Liu Shao-ch'i and Chu Teh had spoken in favour of postponing the move, but Mao Tse-tung insisted.

‹11›Chou said the volunteers have no air cover. ‹12›He therefore asks that Soviet aircraft cover the crossings and the city of Antung. ‹13›Chou also passed on a request from Nieh Jung-chen for 500 trucks.

‹14›The Premier also asked me to report to you that on October 10 he will fly to see you together with Yeh Chien-ying. ‹15›Please reply urgently.

‹16›ROSHCHIN""",
    "required": [
        ("term", "12 дивизий", "twelve armies", "12 divisions are given as twelve armies"),
        ("name", "Линь Бяо", "Yeh Chien-ying", "Линь Бяо (Lin Piao) is given as Yeh Chien-ying"),
    ],
    "forbidden": [
        (
            None,
            "ФИЛИППОВУ",
            "FILIPPOV [Stalin]",
            "a code name in the dative with the editor's gloss",
            _NAME_TITLE,
            "minor",
        ),
        (
            None,
            ("Чжоу Энь-лай", "меня пригласил Чжоу Энь-лай"),
            "Chou En-lai",
            "Palladius = Wade-Giles",
            _NAME,
            "minor",
        ),
        (
            None,
            "Мао Цзэ-дуна",
            ("Mao Tse-tung", "Mao Tse-tung presiding"),
            "Palladius in the genitive = Wade-Giles",
            _NAME,
            "minor",
        ),
        (
            None,
            "Пэн Дэ-хуай",
            "P'eng Te-huai",
            "Palladius = Wade-Giles with the aspiration mark",
            _NAME,
            "minor",
        ),
        (None, "Дэн Хуа", "Teng Hua", "Дэн = Teng", _NAME, "minor"),
        (None, "Гао Ган", "Kao Kang", "Гао Ган = Kao Kang", _NAME, "minor"),
        (None, "Мукдена", "Mukden [Shenyang]", "a period place name glossed", _NAME, "minor"),
        (None, "Цзианя", "Chian", "Цзиань = Chian", _NAME, "minor"),
        (None, "реку Ялуцзян", "the Yalu River", "Ялуцзян = the Yalu River", _NAME, "minor"),
        (None, "Лю Шао-ци", "Liu Shao-ch'i", "Palladius = Wade-Giles", _NAME, "minor"),
        (None, "Чжу Дэ", "Chu Teh", "Чжу Дэ = Chu Teh", _NAME, "minor"),
        (
            None,
            ("Чжоу Энь-лай", "Чжоу Энь-лай сообщил"),
            ("Chou", "Chou said"),
            "the given name dropped",
            _NAME_OMIT,
            "minor",
        ),
        (None, "Не Жун-чжэня", "Nieh Jung-chen", "Palladius in the genitive = Wade-Giles", _NAME, "minor"),
        (
            None,
            ("Чжоу Энь-лай", "Чжоу Энь-лай просил"),
            "The Premier",
            "a name by a title",
            _NAME_OMIT + ["title"],
            "minor",
        ),
        (None, "около 260 тыс.", "some 260,000", "the same number", ["number"], None),
        (None, "Аньдуна", "Antung and Chian", "Аньдун = Antung", _NAME, "minor"),
    ],
    "notes": "Planted: 12 дивизий given as twelve armies; Линь Бяо given as Yeh Chien-ying. Traps: Palladius against Wade-Giles (apostrophes, Chou, Teng, Kao, Chu Teh), Mukden [Shenyang], ФИЛИППОВУ = FILIPPOV [Stalin], 'The Premier' for Zhou.",
}

DOCS["g03-record-malik-matsumoto-1955"] = {
    "genre": "record of conversation (Japanese names through Russian; a person and a title changed)",
    "about": "Invented: the ambassador in London receives the Japanese plenipotentiary on the islands and prisoners.",
    "ru": """‹u›АВП РФ, ф. 0146, оп. 39, п. 380, д. 4, л. 12-15.

‹1›Секретно

‹2›ИЗ ДНЕВНИКА Я. А. МАЛИКА

‹3›ЗАПИСЬ БЕСЕДЫ с полномочным представителем Японии С. Мацумото
‹4›16 августа 1955 года

‹5›Мацумото Сюнъити посетил меня в посольстве по своей просьбе. ‹6›Он сообщил, что получил новые инструкции из Токио от министра иностранных дел Сигэмицу. ‹7›Японское правительство по-прежнему настаивает на возвращении Японии островов Хабомаи и Шикотан, а также Кунашира и Итурупа. ‹8›Премьер-министр Хатояма, по словам Мацумото, готов пойти на компромисс, но против этого выступают Есида и его сторонники в Либеральной партии.

‹9›Я ответил Мацумото, что Советское правительство уже заявило о готовности передать Японии острова Хабомаи и Шикотан после заключения мирного договора. ‹10›Вопрос о Кунашире и Итурупе решен Ялтинским соглашением и обсуждению не подлежит.

‹11›Мацумото спросил, может ли советская сторона освободить японских военнопленных до подписания договора. ‹12›По его данным, в СССР еще находятся 1 365 японцев, в том числе бывший командующий Квантунской армией генерал Ямада Отодзо. ‹13›Я сказал, что этот вопрос будет рассмотрен после нормализации отношений.

‹14›Мацумото сообщил также, что в сентябре в Москву может приехать министр сельского хозяйства Коно Итиро для переговоров о рыболовстве в районе Хоккайдо и у побережья Камчатки.

‹15›Беседа продолжалась 1 час 10 минут.

‹16›Я. МАЛИК""",
    "en": """‹1›Secret

‹2›FROM THE DIARY OF Ya. A. MALIK

‹3›RECORD OF CONVERSATION with the Plenipotentiary Representative of Japan S. Matsumoto
‹4›August 16, 1955

‹5›Shunichi Matsumoto called on me at the Embassy at his own request. ‹6›He said that he had received new instructions from Tokyo from Foreign Minister Shigemitsu. ‹7›The Japanese Government still insists on the return to Japan of the Habomai and Shikotan islands, and also of Kunashiri and Etorofu. ‹8›According to Matsumoto, Prime Minister Hatoyama is prepared to compromise, but Yoshida and his supporters in the Liberal Party oppose it.

‹9›I replied that the Soviet Government had already stated its readiness to hand over the Habomai and Shikotan islands to Japan once a peace treaty was concluded. ‹10›The question of Kunashiri and Etorofu was settled by the Yalta Agreement and is not open to discussion.

‹11›Matsumoto asked whether the Soviet side could release Japanese prisoners of war before the treaty was signed. ‹12›According to his information, 1,365 Japanese are still in the USSR, among them the former commander of the Kwantung Army, General Umezu Yoshijiro. ‹13›I said that this question would be considered after relations were normalized.

‹14›Matsumoto also said that in September the Minister of Foreign Affairs, Ichiro Kono, might come to Moscow for talks on fishing off Hokkaido and the coast of Kamchatka.

‹15›The conversation lasted an hour and ten minutes.

‹16›Ya. MALIK""",
    "required": [
        (
            "name",
            "Ямада Отодзо",
            "Umezu Yoshijiro",
            "Ямада Отодзо (Yamada Otozo) is given as Umezu Yoshijiro",
        ),
        (
            "title",
            "министр сельского хозяйства",
            "Minister of Foreign Affairs",
            "the Minister of Agriculture is given as the Minister of Foreign Affairs",
        ),
    ],
    "forbidden": [
        (None, "Я. А. МАЛИКА", "Ya. A. MALIK", "Я. = Ya.", _NAME, "minor"),
        (None, "С. Мацумото", "S. Matsumoto", "the same initial", _NAME, "minor"),
        (None, "Мацумото Сюнъити", "Shunichi Matsumoto", "Japanese order turned, сю = shu", _NAME, "minor"),
        (None, "Сигэмицу", "Shigemitsu", "Polivanov си/гэ = Hepburn shi/ge", _NAME, "minor"),
        (
            None,
            ("Итурупа", "Кунашира и Итурупа"),
            ("Etorofu", "Kunashiri and Etorofu"),
            "the Japanese names of the islands",
            _NAME,
            "minor",
        ),
        (
            None,
            ("Кунашира", "Кунашира и Итурупа"),
            ("Kunashiri", "Kunashiri and Etorofu"),
            "the Japanese name of the island",
            _NAME,
            "minor",
        ),
        (None, "Хатояма", "Hatoyama", "the same name", _NAME_TITLE, "minor"),
        (None, "Есида", "Yoshida", "Polivanov ё = Hepburn yo", _NAME, "minor"),
        (None, "Коно Итиро", "Ichiro Kono", "Japanese order turned, ти = chi", _NAME, "minor"),
        (None, "Хоккайдо", "Hokkaido", "the same place", _NAME, "minor"),
        (None, "Квантунской армией", "Kwantung Army", "Квантунская = Kwantung", _NAME, "minor"),
        (None, "1 365 японцев", "1,365 Japanese", "a number with a space", ["number"], None),
        (None, "1 час 10 минут", "an hour and ten minutes", "a duration in words", ["number"], None),
        (
            None,
            "Я ответил Мацумото",
            ("I replied", "I replied that the Soviet"),
            "the addressee dropped",
            _NAME_OMIT,
            "minor",
        ),
    ],
    "notes": "Planted: Ямада Отодзо given as Umezu Yoshijiro; министр сельского хозяйства given as Minister of Foreign Affairs. Traps: Polivanov against Hepburn (Сигэмицу, Сюнъити, Есида, Итиро), Japanese name order turned, Итуруп = Etorofu, Кунашир = Kunashiri.",
}

DOCS["g04-telegram-hanoi-rice-1957"] = {
    "genre": "ciphered telegram (Vietnamese names through Russian; a person and an organ changed)",
    "about": "Invented: the ambassador in Hanoi reports a conversation with Ho Chi Minh and his ministers.",
    "ru": """‹1›Секретно

‹2›ШИФРТЕЛЕГРАММА

‹u›Из ХАНОЯ Отправлено 22.V.57 г. 14 ч. 05 м.

‹3›МОСКВА — МИД СССР, тов. ГРОМЫКО

‹4›21 мая меня принял Президент ДРВ Хо Ши Мин. ‹5›На беседе присутствовали Премьер-министр Фам Ван Донг и министр обороны генерал Во Нгуен Зиап. ‹6›Хо Ши Мин поблагодарил Совет Министров СССР за решение о поставке ДРВ 150 тыс. тонн риса в 1957 году. ‹7›Он просил передать тов. Ворошилову приглашение посетить Ханой, Хайфон и район Дьенбьенфу.

‹8›Фам Ван Донг сообщил, что положение в провинциях Нгеан и Хатинь после ошибок земельной реформы стабилизировалось. ‹9›По его словам, генеральный секретарь ЦК Партии трудящихся Вьетнама Чыонг Тинь освобожден от обязанностей, и руководство Секретариатом временно осуществляет сам Хо Ши Мин. ‹10›Во Нгуен Зиап добавил, что Ле Зуан вернулся с Юга и готовит доклад для Политбюро.

‹11›Зиап просил ускорить отправку 40 советских военных специалистов для Хайфонского порта. ‹12›Я ответил, что этот вопрос рассматривается в Министерстве обороны СССР.

‹13›В конце беседы Хо Ши Мин сказал, что в июле в Москву выедет делегация во главе с заместителем премьер-министра Фам Хунгом.

‹14›ЗИМЯНИН

‹u›№ 318""",
    "en": """‹1›Secret

‹2›CIPHERED TELEGRAM

‹3›MOSCOW — USSR Ministry of Foreign Affairs, to Comrade GROMYKO

‹4›On May 21 I was received by DRV President Ho Chi Minh. ‹5›Prime Minister Pham Van Dong and Minister of Defense General Vo Nguyen Giap were also present. ‹6›Ho Chi Minh thanked the Supreme Soviet of the USSR for its decision to supply the DRV with 150,000 tons of rice in 1957. ‹7›He asked me to convey to Comrade Voroshilov an invitation to visit Hanoi, Haiphong and the Dien Bien Phu area.

‹8›Pham Van Dong said that the situation in Nghe An and Ha Tinh provinces had stabilized after the mistakes of the land reform. ‹9›He said that Truong Chinh, General Secretary of the Central Committee of the Vietnam Workers' Party, had been relieved of his duties and that Ho Chi Minh himself was temporarily in charge of the Secretariat. ‹10›Vo Nguyen Giap added that Le Duc Tho had returned from the South and was preparing a report for the Politburo.

‹11›Giap asked that the dispatch of forty Soviet military specialists for the port of Haiphong be speeded up. ‹12›I replied that the matter was under consideration in the USSR Ministry of Defense.

‹13›At the end of the conversation the President said that in July a delegation headed by Deputy Prime Minister Pham Hung would leave for Moscow.

‹14›ZIMYANIN""",
    "required": [
        (
            "term",
            "Совет Министров СССР",
            "Supreme Soviet of the USSR",
            "the Council of Ministers is given as the Supreme Soviet",
        ),
        ("name", "Ле Зуан", "Le Duc Tho", "Ле Зуан (Le Duan) is given as Le Duc Tho"),
    ],
    "forbidden": [
        (
            None,
            "МИД СССР",
            "USSR Ministry of Foreign Affairs",
            "an acronym spelt out",
            ["term", "name"],
            "minor",
        ),
        (None, "Во Нгуен Зиап.", "Vo Nguyen Giap were", "Зиап = Giap (Vietnamese gi)", _NAME_TITLE, "minor"),
        (None, "Дьенбьенфу", "Dien Bien Phu", "one word against three", _NAME, "minor"),
        (None, "Нгеан", "Nghe An", "Нгеан = Nghe An", _NAME, "minor"),
        (None, "Хатинь", "Ha Tinh", "Хатинь = Ha Tinh", _NAME, "minor"),
        (None, "Чыонг Тинь", "Truong Chinh", "Чыонг Тинь = Truong Chinh", _NAME_TITLE, "minor"),
        (None, "Зиап просил", "Giap asked", "the surname alone", _NAME_OMIT, "minor"),
        (None, "Хайфонского порта", "port of Haiphong", "an adjective of a place", _NAME, "minor"),
        (
            None,
            ("Хо Ши Мин", "Хо Ши Мин сказал"),
            "the President said",
            "a name by a title",
            _NAME_OMIT + ["title"],
            "minor",
        ),
        (None, "Фам Хунгом", "Pham Hung", "a name in the instrumental", _NAME_TITLE, "minor"),
        (None, "150 тыс. тонн", "150,000 tons", "the same number", ["number"], None),
        (None, "40 советских", "forty Soviet", "a number in words", ["number"], None),
        (None, "тов. Ворошилову", "Comrade Voroshilov", "a name in the dative", _NAME, "minor"),
    ],
    "notes": "Planted: Совет Министров СССР given as the Supreme Soviet; Ле Зуан given as Le Duc Tho (a person with the same first syllable). Traps: Vietnamese spellings (Зиап = Giap, Дьенбьенфу = Dien Bien Phu, Нгеан = Nghe An, Чыонг Тинь = Truong Chinh), 'the President' for Ho Chi Minh, МИД spelt out.",
}

DOCS["g05-telegram-warsaw-plenum-1956"] = {
    "genre": "ciphered telegram (Polish names through Russian; an initial and a city changed)",
    "about": "Invented: the ambassador in Warsaw reports on the eve of the Eighth Plenum.",
    "ru": """‹1›Сов. секретно

‹2›ШИФРТЕЛЕГРАММА

‹u›Из ВАРШАВЫ Отправлено 18.X.56 г. 23 ч. 15 м.

‹3›МОСКВА — ЦК КПСС

‹4›Сегодня у меня был член Политбюро ЦК ПОРП Э. Охаб. ‹5›Он сообщил, что VIII пленум ЦК ПОРП откроется 19 октября и что в состав Политбюро предлагается ввести В. Гомулку, З. Клишко и М. Спыхальского. ‹6›Вопрос о маршале Рокоссовском, по словам Охаба, будет решаться отдельно.

‹7›Охаб сказал, что положение в Варшаве напряженное. ‹8›На автомобильном заводе в Жерани и в Варшавском политехническом институте проходят митинги в поддержку Гомулки. ‹9›Секретарь Варшавского комитета партии С. Сташевский заявил, что рабочие готовы защищать заводы.

‹10›По данным Охаба, в Познани, Вроцлаве и Щецине положение спокойное. ‹11›В Лодзи и Катовице прошли собрания партийного актива, которые также высказались за Гомулку.

‹12›Председатель Совета Министров Ю. Циранкевич просил передать, что польское руководство ожидает приезда советской делегации. ‹13›Я ответил, что доложу об этом в Москву.

‹14›По сведениям военного атташе, части Северной группы войск в районе Легницы приведены в повышенную готовность, что вызывает беспокойство польского руководства.

‹15›ПОНОМАРЕНКО""",
    "en": """‹1›Top Secret

‹2›CIPHERED TELEGRAM

‹3›MOSCOW — CC CPSU

‹4›Today I was visited by E. Ochab, member of the Politburo of the PUWP Central Committee. ‹5›He said that the Eighth Plenum of the PUWP CC will open on October 19 and that it is proposed to bring W. Gomułka, Z. Kliszko and M. Spychalski into the Politburo. ‹6›According to Ochab, the question of Marshal Rokossowski will be decided separately.

‹7›He said the situation in Warsaw is tense. ‹8›Meetings in support of Gomułka are being held at the car factory in Żerań and at the Warsaw Polytechnic. ‹9›S. Staszewski, Secretary of the Warsaw Party Committee, stated that the workers are ready to defend the factories.

‹10›According to Ochab, the situation is calm in Poznań, Kraków and Szczecin. ‹11›Meetings of the Party aktiv in Łódź and Katowice have also come out in favour of Gomułka.

‹12›Chairman of the Council of Ministers E. Cyrankiewicz asked me to say that the Polish leadership is expecting a Soviet delegation. ‹13›I replied that I would report this to Moscow.

‹14›According to the military attaché, units of the Northern Group of Forces in the Legnica area have been put on heightened alert, which is causing the Polish leadership concern.

‹15›PONOMARENKO""",
    "required": [
        ("name", "Вроцлаве", "Kraków", "Wrocław (Вроцлав) is given as Kraków"),
        ("name", "Ю. Циранкевич", "E. Cyrankiewicz", "Ю. (J.) Cyrankiewicz is given as E. Cyrankiewicz"),
    ],
    "forbidden": [
        (None, "Э. Охаб", "E. Ochab", "Э. = E.", _NAME_TITLE, "minor"),
        (None, "В. Гомулку", "W. Gomułka", "В. = W., ł", _NAME, "minor"),
        (None, "З. Клишко", "Z. Kliszko", "Polish sz", _NAME, "minor"),
        (None, "М. Спыхальского", "M. Spychalski", "a name in the genitive, Polish ch", _NAME, "minor"),
        (None, "Рокоссовском", "Rokossowski", "Polish spelling, prepositional case", _NAME_TITLE, "minor"),
        (None, "Охаб сказал", "He said the situation", "a name by a pronoun", _NAME_OMIT, "minor"),
        (None, "Жерани", "Żerań", "a place with its diacritics", _NAME, "minor"),
        (None, "С. Сташевский", "S. Staszewski", "Polish sz and w", _NAME_TITLE, "minor"),
        (None, "Познани", "Poznań", "a place in the prepositional", _NAME, "minor"),
        (None, "Щецине", "Szczecin", "Щ = Szcz", _NAME, "minor"),
        (None, "Лодзи", "Łódź", "a place with its diacritics", _NAME, "minor"),
        (None, "Катовице", "Katowice", "the same place", _NAME, "minor"),
        (None, "Легницы", "Legnica", "a place in the genitive", _NAME, "minor"),
        (None, "VIII пленум", "Eighth Plenum", "a Roman ordinal in words", ["number"], None),
    ],
    "notes": "Planted: Вроцлав given as Kraków; Ю. Циранкевич given as E. Cyrankiewicz (the other person's initial E. = Э. is legitimate). Traps: Polish spellings with diacritics (Gomułka, Żerań, Poznań, Łódź), В. = W., Щ = Szcz, names in case forms.",
}

DOCS["g06-telegram-budapest-november-1956"] = {
    "genre": "ciphered telegram (Hungarian names in their own order; a rank and a person changed)",
    "about": "Invented: the ambassador in Budapest reports on the government on the first days of November.",
    "ru": """‹1›Сов. секретно

‹2›ШИФРТЕЛЕГРАММА

‹u›Из БУДАПЕШТА Отправлено 2.XI.56 г. 11 ч. 30 м.

‹3›МОСКВА — ЦК КПСС

‹4›1 ноября в 19 часов Кадар Янош и Мюнних Ференц выехали из здания парламента в неизвестном направлении. ‹5›Надь Имре сообщил мне, что правительство не знает, где они находятся. ‹6›В тот же вечер Надь объявил о выходе Венгрии из Варшавского договора и обратился в ООН.

‹7›Министром обороны назначен полковник Малетер Пал, которому накануне присвоено звание генерал-майора. ‹8›Начальником Генерального штаба остается генерал-майор Ковач Иштван. ‹9›По сведениям нашего военного атташе, части венгерской армии в Дьёре, Сольноке и Мишкольце не выполняют приказов министерства.

‹10›Тильди Золтан заявил мне, что правительство готово вести переговоры о выводе советских войск. ‹11›Переговоры предполагается начать 3 ноября в здании парламента, с венгерской стороны их будут вести Малетер, Эрдеи Ференц и Ковач.

‹12›С нашей стороны в переговорах должны участвовать генерал армии Малинин и генерал-лейтенант Степанов.

‹13›Бывший первый секретарь Герё Эрнё и Хегедюш Андраш находятся в Москве. ‹14›Ракоши Матяш, по имеющимся данным, также в СССР.

‹15›АНДРОПОВ""",
    "en": """‹1›Top Secret

‹2›CIPHERED TELEGRAM

‹3›MOSCOW — CC CPSU

‹4›At 7 p.m. on November 1 János Kádár and Ferenc Münnich left the Parliament building for an unknown destination. ‹5›Imre Nagy told me that the government does not know where they are. ‹6›That same evening Nagy announced Hungary's withdrawal from the Warsaw Pact and appealed to the UN.

‹7›Colonel Pál Maléter, who was promoted to major general the day before, has been appointed Minister of Defense. ‹8›Lieutenant General István Kovács remains Chief of the General Staff. ‹9›According to our military attaché, units of the Hungarian army in Győr, Szolnok and Miskolc are not obeying the Ministry's orders.

‹10›Zoltán Tildy told me that the government is ready to negotiate the withdrawal of Soviet troops. ‹11›The talks are to begin on November 3 in the Parliament building; on the Hungarian side they will be conducted by Maléter, Ferenc Münnich and Kovács.

‹12›Our side is to be represented by General of the Army Malinin and Lieutenant General Stepanov.

‹13›Former First Secretary Ernő Gerő and András Hegedüs are in Moscow. ‹14›Mátyás Rákosi is also believed to be in the USSR.

‹15›ANDROPOV""",
    "required": [
        (
            "title",
            ("генерал-майор", "остается генерал-майор"),
            ("Lieutenant General", "Lieutenant General István"),
            "генерал-майор (major general) is given as Lieutenant General",
        ),
        (
            "name",
            "Эрдеи Ференц",
            ("Ferenc Münnich", "Maléter, Ferenc Münnich"),
            "Эрдеи Ференц (Ferenc Erdei) is given as Ferenc Münnich, a person named earlier",
        ),
    ],
    "forbidden": [
        (None, "Кадар Янош", "János Kádár", "Hungarian order turned", _NAME, "minor"),
        (
            None,
            ("Мюнних Ференц", "Кадар Янош и Мюнних Ференц"),
            ("Ferenc Münnich", "Kádár and Ferenc Münnich"),
            "Hungarian order turned",
            _NAME,
            "minor",
        ),
        (None, "Надь Имре", "Imre Nagy", "Hungarian order turned", _NAME, "minor"),
        (
            None,
            "полковник Малетер Пал",
            "Colonel Pál Maléter",
            "Hungarian order turned, the rank kept",
            _NAME_TITLE,
            "minor",
        ),
        (
            None,
            "генерал-майора.",
            "major general the day",
            "the same rank in the genitive",
            ["title"],
            "minor",
        ),
        (None, "Ковач Иштван", "István Kovács", "Hungarian order turned", _NAME, "minor"),
        (None, "Дьёре", "Győr", "Дьёр = Győr", _NAME, "minor"),
        (None, "Сольноке", "Szolnok", "Сольнок = Szolnok", _NAME, "minor"),
        (None, "Мишкольце", "Miskolc", "Мишкольц = Miskolc", _NAME, "minor"),
        (None, "Тильди Золтан", "Zoltán Tildy", "Hungarian order turned", _NAME, "minor"),
        (None, "генерал армии Малинин", "General of the Army Malinin", "the same rank", _NAME_TITLE, "minor"),
        (
            None,
            "генерал-лейтенант Степанов",
            "Lieutenant General Stepanov",
            "the same rank",
            _NAME_TITLE,
            "minor",
        ),
        (None, "Герё Эрнё", "Ernő Gerő", "Hungarian order turned, ё = ő", _NAME, "minor"),
        (None, "Хегедюш Андраш", "András Hegedüs", "Hungarian order turned, ю = ü", _NAME, "minor"),
        (None, "Ракоши Матяш", "Mátyás Rákosi", "Hungarian order turned", _NAME, "minor"),
        (None, "в 19 часов", "At 7 p.m.", "the same hour", ["number", "date"], None),
    ],
    "notes": "Planted: генерал-майор Ковач given as Lieutenant General; Эрдеи Ференц given as Ferenc Münnich (a person named in the first sentence, with the same given name). Traps: Hungarian family-name-first order turned, Hungarian accents (Győr, Gerő, Hegedüs), ranks kept.",
}

DOCS["g07-record-semyonov-ulbricht-1953"] = {
    "genre": "record of conversation (German and Czech names through Russian; an organ and a city changed)",
    "about": "Invented: the High Commissioner in Germany hears Ulbricht and Grotewohl two days after June 17.",
    "ru": """‹u›АВП РФ, ф. 082, оп. 41, п. 271, д. 18, л. 5-8.

‹1›Сов. секретно

‹2›ЗАПИСЬ БЕСЕДЫ Верховного комиссара СССР в Германии В. С. Семенова с В. Ульбрихтом и О. Гротеволем
‹3›19 июня 1953 года

‹4›Беседа состоялась в Карлсхорсте. ‹5›Ульбрихт сообщил, что 17 июня забастовки и демонстрации прошли в Берлине, Лейпциге, Магдебурге, Галле и Йене. ‹6›По данным министерства государственной безопасности, в Биттерфельде и Мерзебурге рабочие захватили здания районных комитетов СЕПГ.

‹7›Гротеволь сказал, что правительство ГДР признает ошибки в вопросе о нормах выработки. ‹8›По его мнению, ответственность за положение несут также Цайссер и Херрнштадт, которые выступали против линии Политбюро. ‹9›Ульбрихт напомнил, что 1 июня беспорядки произошли и в чехословацком городе Пльзень, где, по словам Запотоцкого, было арестовано 200 человек.

‹10›Ульбрихт предложил созвать 21 июня пленум ЦК СЕПГ. ‹11›На пленуме, по его словам, выступит с докладом Гротеволь, а министр государственной безопасности Цайссер представит отчет о событиях.

‹12›Я сказал, что в Магдебурге и Галле обстановка остается напряженной и что комендатуры должны сохранять чрезвычайное положение до 24 июня. ‹13›Генерал-майор Диброва, комендант Берлина, сообщил, что в Восточном Берлине задержано 1 250 человек.

‹14›Ульбрихт и Гротеволь просили ускорить поставки продовольствия, в частности 25 тыс. тонн масла. ‹15›Я обещал доложить о просьбе в Москву.

‹16›В. СЕМЕНОВ""",
    "en": """‹1›Top Secret

‹2›RECORD OF CONVERSATION of USSR High Commissioner in Germany V. S. Semyonov with W. Ulbricht and O. Grotewohl
‹3›June 19, 1953

‹4›The conversation took place in Karlshorst. ‹5›Ulbricht said that on June 17 strikes and demonstrations had taken place in Berlin, Leipzig, Magdeburg, Halle and Jena. ‹6›According to the Ministry of State Security, in Bitterfeld and Merseburg workers seized the buildings of the SED district committees.

‹7›Grotewohl said that the GDR Government acknowledges its mistakes on the question of work norms. ‹8›In his view, Zaisser and Herrnstadt, who had opposed the line of the Central Committee, also bear responsibility for the situation. ‹9›Ulbricht recalled that on June 1 there had also been disturbances in the Czechoslovak city of Plzeň, where, according to Zápotocký, 200 people had been arrested.

‹10›Ulbricht proposed convening a plenum of the SED Central Committee on June 21. ‹11›He said Grotewohl would give the report at the plenum, and Minister of State Security Zaisser would report on the events.

‹12›I said that in Magdeburg and Dresden the situation remains tense and that the commandants' offices must keep the state of emergency until June 24. ‹13›Major General Dibrova, the Berlin commandant, reported that 1,250 people had been detained in East Berlin.

‹14›Ulbricht and Grotewohl asked that food deliveries be speeded up, in particular 25,000 tons of butter. ‹15›I promised to report the request to Moscow.

‹16›V. SEMYONOV""",
    "required": [
        (
            "term",
            "Политбюро",
            ("Central Committee", "line of the Central Committee"),
            "the Politburo is given as the Central Committee",
        ),
        ("name", ("Галле", "Магдебурге и Галле обстановка"), "Dresden", "Halle (Галле) is given as Dresden"),
    ],
    "forbidden": [
        (None, "В. С. Семенова", "V. S. Semyonov", "е for ё", _NAME_TITLE, "minor"),
        (None, "В. Ульбрихтом", "W. Ulbricht", "В. = W., the instrumental", _NAME, "minor"),
        (None, "О. Гротеволем", "O. Grotewohl", "Гротеволь = Grotewohl, the instrumental", _NAME, "minor"),
        (None, "Карлсхорсте", "Karlshorst", "a place in the prepositional", _NAME, "minor"),
        (None, "Йене", "Jena", "Йена = Jena", _NAME, "minor"),
        (None, "Цайссер и Херрнштадт", "Zaisser and Herrnstadt", "German ai, ss", _NAME, "minor"),
        (None, "Пльзень", "Plzeň", "a Czech place with its háček", _NAME, "minor"),
        (None, "Запотоцкого", "Zápotocký", "a Czech name in the genitive", _NAME, "minor"),
        (None, "Генерал-майор Диброва", "Major General Dibrova", "the same rank", _NAME_TITLE, "minor"),
        (None, "районных комитетов СЕПГ", "SED district committees", "Kreisleitungen", ["term"], "minor"),
        (None, "1 250 человек", "1,250 people", "the same number", ["number"], None),
        (None, "25 тыс. тонн", "25,000 tons", "the same number", ["number"], None),
        (
            None,
            "Биттерфельде и Мерзебурге",
            "Bitterfeld and Merseburg",
            "places in the prepositional",
            _NAME,
            "minor",
        ),
    ],
    "notes": "Planted: Политбюро given as the Central Committee; Галле given as Dresden. Traps: German and Czech spellings (Grotewohl, Zaisser, Plzeň, Zápotocký), В. = W., Семенов = Semyonov, names in the instrumental.",
}

DOCS["g08-report-hanko-baltic-1940"] = {
    "genre": "report (Finnish and Baltic places with their Swedish, German and Russian names; a unit and a city changed)",
    "about": "Invented: the General Staff reports on units on the Hanko peninsula and in the Baltic states.",
    "ru": """‹u›РГВА, ф. 33987, оп. 3, д. 1420, л. 88-91.

‹1›Сов. секретно

‹2›Народному комиссару обороны СССР Маршалу Советского Союза тов. ТИМОШЕНКО

‹3›ДОКЛАД о размещении частей на полуострове Ханко и в Прибалтике

‹4›Согласно мирному договору от 12 марта 1940 года полуостров Ханко передан в аренду СССР сроком на 30 лет. ‹5›Финские войска оставили Ханко 22 марта; город Ханко (Гангут) занят частями 8-й отдельной стрелковой бригады. ‹6›Ее командиром назначен полковник Симоняк.

‹7›Новая граница на Карельском перешейке проходит западнее Выборга. ‹8›Выборг, Кексгольм и Сортавала переданы СССР. ‹9›Финское население этих районов почти полностью эвакуировано в Финляндию.

‹10›В Эстонии части 65-го особого стрелкового корпуса размещены в районе Палдиски, Хаапсалу и на островах Эзель и Даго. ‹11›Штаб корпуса находится в Ревеле. ‹12›В Латвии базы флота размещены в Либаве и Виндаве, а части 2-го особого стрелкового корпуса — в районе Митавы.

‹13›Командиром 65-го корпуса назначен генерал-майор Тюрин. ‹14›На переговорах в Гельсингфорсе финская сторона просила ограничить транзит советских воинских эшелонов по железной дороге через Або. ‹15›Финский посланник в Москве Паасикиви передал по этому вопросу ноту 8 июля.

‹16›Прошу утвердить предлагаемое размещение частей.

‹17›Начальник Генерального штаба Красной Армии генерал армии МЕРЕЦКОВ
‹18›15 июля 1940 г.""",
    "en": """‹1›Top Secret

‹2›To the People's Commissar of Defense of the USSR, Marshal of the Soviet Union Comrade TIMOSHENKO

‹3›REPORT on the deployment of units on the Hanko peninsula and in the Baltic states

‹4›Under the peace treaty of March 12, 1940, the Hanko peninsula was leased to the USSR for thirty years. ‹5›Finnish troops left Hanko on March 22; the town of Hanko (Hangö) is occupied by units of the 8th Independent Rifle Division. ‹6›Colonel Simonyak has been appointed its commander.

‹7›The new frontier on the Karelian Isthmus runs west of Viipuri. ‹8›Viipuri, Käkisalmi and Sortavala have been ceded to the USSR. ‹9›The Finnish population of these areas has been almost entirely evacuated to Finland.

‹10›In Estonia, units of the 65th Special Rifle Corps are stationed in the Paldiski and Haapsalu area and on the islands of Saaremaa and Hiiumaa. ‹11›The corps headquarters is in Tallinn. ‹12›In Latvia the fleet's bases are at Liepāja and Ventspils, and units of the 2nd Special Rifle Corps are in the Jelgava area.

‹13›Major General Tyurin has been appointed commander of the 65th Corps. ‹14›At the talks in Helsinki the Finnish side asked for limits on the transit of Soviet troop trains by rail through Tampere. ‹15›The Finnish Minister in Moscow, Paasikivi, delivered a note on this question on July 8.

‹16›I request approval of the proposed deployment.

‹17›Chief of the General Staff of the Red Army, General of the Army MERETSKOV
‹18›July 15, 1940""",
    "required": [
        ("term", "стрелковой бригады", "Rifle Division", "a rifle brigade is given as a rifle division"),
        ("name", "Або", "Tampere", "Або (Turku) is given as Tampere"),
    ],
    "forbidden": [
        (
            None,
            "Ханко (Гангут)",
            "Hanko (Hangö)",
            "the Russian and the Swedish name in brackets",
            _NAME,
            "minor",
        ),
        (None, "Симоняк", "Simonyak", "the same name", _NAME_TITLE, "minor"),
        (None, "западнее Выборга", "west of Viipuri", "Выборг = Viipuri (Finnish name)", _NAME, "minor"),
        (None, "Выборг, Кексгольм", "Viipuri, Käkisalmi", "Кексгольм = Käkisalmi", _NAME, "minor"),
        (None, "Эзель и Даго", "Saaremaa and Hiiumaa", "German names against Estonian names", _NAME, "minor"),
        (None, "Ревеле", "Tallinn", "Ревель = Tallinn", _NAME, "minor"),
        (
            None,
            "Либаве и Виндаве",
            "Liepāja and Ventspils",
            "Либава = Liepāja, Виндава = Ventspils",
            _NAME,
            "minor",
        ),
        (None, "Митавы", "Jelgava", "Митава = Jelgava", _NAME, "minor"),
        (None, "Гельсингфорсе", "Helsinki", "Гельсингфорс = Helsinki", _NAME, "minor"),
        (None, "генерал-майор Тюрин", "Major General Tyurin", "the same rank", _NAME_TITLE, "minor"),
        (
            None,
            "генерал армии МЕРЕЦКОВ",
            "General of the Army MERETSKOV",
            "the same rank",
            _NAME_TITLE,
            "minor",
        ),
        (None, "Паасикиви", "Paasikivi", "the same name", _NAME_TITLE, "minor"),
        (None, "сроком на 30 лет", "for thirty years", "a number in words", ["number"], None),
        (None, "Палдиски, Хаапсалу", "Paldiski and Haapsalu", "the same places", _NAME, "minor"),
    ],
    "notes": "Planted: стрелковой бригады given as Rifle Division; Або (Turku) given as Tampere. Traps: Swedish, German and Russian names against Finnish, Estonian and Latvian ones (Гангут = Hangö, Выборг = Viipuri, Кексгольм = Käkisalmi, Эзель = Saaremaa, Ревель = Tallinn, Либава = Liepāja, Митава = Jelgava, Гельсингфорс = Helsinki).",
}

DOCS["g09-note-kurgan-harvest-1957"] = {
    "genre": "note to the Central Committee (Soviet names with initials in case forms; an initial and an organ changed)",
    "about": "Invented: a Central Committee department reports on harvest preparations in a province.",
    "ru": """‹u›РГАНИ, ф. 5, оп. 32, д. 84, л. 101-104.

‹1›Секретно

‹2›ЦК КПСС

‹3›О ходе подготовки к уборке урожая в Курганской области

‹4›По поручению ЦК КПСС в Курганскую область выезжала группа работников Отдела партийных органов ЦК КПСС по РСФСР во главе с т. Чураевым В. М. ‹5›Группа ознакомилась с работой обкома партии, облисполкома и восьми райкомов.

‹6›Бюро обкома, возглавляемое первым секретарем т. Ковалевым А. Т., не обеспечило своевременного ремонта тракторов и комбайнов. ‹7›На 1 июля в области отремонтировано лишь 68 процентов комбайнов. ‹8›Особенно плохо идет ремонт в Шадринском и Катайском районах, где секретари райкомов тт. Лысенко И. П. и Грачев Н. Е. не приняли должных мер. ‹9›Председатель облисполкома т. Соколов П. Д. заявил группе, что запасных частей не хватает из-за срыва поставок Челябинским совнархозом.

‹10›Группа считает необходимым заслушать отчет т. Ковалева на заседании Бюро ЦК КПСС по РСФСР. ‹11›Предлагается также поручить Совету Министров РСФСР (т. Яснову М. А.) рассмотреть вопрос о дополнительном выделении области 450 комбайнов. ‹12›Челябинскому совнархозу (т. Смирнову В. И.) обязать до 15 июля поставить запасные части.

‹13›Вопрос о работе Шадринского райкома партии следует обсудить на пленуме обкома.

‹14›Зам. заведующего Отделом партийных органов ЦК КПСС по РСФСР В. ЧУРАЕВ

‹15›10 июля 1957 г.""",
    "en": """‹1›Secret

‹2›CC CPSU

‹3›On preparations for the harvest in Kurgan Province

‹4›On the instructions of the CC CPSU a group of officials of the CC CPSU Department of Party Organs for the RSFSR, led by Comrade V. M. Churaev, visited Kurgan Province. ‹5›The group studied the work of the Party obkom, the oblispolkom and eight raikoms.

‹6›The obkom bureau, headed by First Secretary A. T. Kovalev, failed to ensure that tractors and combines were repaired in time. ‹7›As of July 1 only sixty-eight per cent of the combines in the province had been repaired. ‹8›Repairs are going especially badly in the Shadrinsk and Kataisk districts, where the raikom secretaries, Comrades I. P. Lysenko and N. E. Grachev, failed to take proper measures. ‹9›The chairman of the oblispolkom, Comrade P. D. Sokolov, told the group that spare parts were short because the Chelyabinsk sovnarkhoz had failed to deliver them.

‹10›The group considers it necessary to hear a report from Comrade Kovalev at a session of the CC CPSU Bureau for the RSFSR. ‹11›It is also proposed that the Council of Ministers of the RSFSR (Comrade M. A. Yasnov) be instructed to consider allotting the province an additional 450 combines. ‹12›The Chelyabinsk sovnarkhoz (Comrade V. N. Smirnov) should be required to deliver the spare parts by July 15.

‹13›The work of the Shadrinsk raikom should be discussed at a plenum of the raikom.

‹14›Deputy Head of the CC CPSU Department of Party Organs for the RSFSR V. CHURAEV

‹15›July 10, 1957""",
    "required": [
        ("name", "Смирнову В. И.", "V. N. Smirnov", "В. И. Smirnov is given as V. N. Smirnov"),
        (
            "term",
            ("обкома", "на пленуме обкома"),
            ("raikom", "plenum of the raikom"),
            "a plenum of the obkom is given as a plenum of the raikom",
        ),
    ],
    "forbidden": [
        (
            None,
            "т. Чураевым В. М.",
            "Comrade V. M. Churaev",
            "initials moved before the name, the instrumental",
            _NAME_TITLE,
            "minor",
        ),
        (
            None,
            "т. Ковалевым А. Т.",
            "First Secretary A. T. Kovalev",
            "товарищ dropped, the instrumental",
            _NAME_TITLE,
            "minor",
        ),
        (None, "Лысенко И. П.", "I. P. Lysenko", "initials moved", _NAME, "minor"),
        (None, "Грачев Н. Е.", "N. E. Grachev", "Е. = E.", _NAME, "minor"),
        (None, "т. Соколов П. Д.", "Comrade P. D. Sokolov", "initials moved", _NAME, "minor"),
        (None, "т. Ковалева", "Comrade Kovalev at", "the genitive", _NAME, "minor"),
        (None, "т. Яснову М. А.", "Comrade M. A. Yasnov", "the dative", _NAME, "minor"),
        (
            None,
            "Шадринском и Катайском районах",
            "Shadrinsk and Kataisk districts",
            "district adjectives",
            _NAME,
            "minor",
        ),
        (
            None,
            "Челябинским совнархозом",
            ("Chelyabinsk sovnarkhoz", "because the Chelyabinsk"),
            "an adjective of a place",
            _NAME,
            "minor",
        ),
        (None, "68 процентов", "sixty-eight per cent", "a number in words", ["number"], None),
        (
            None,
            "обкома партии, облисполкома",
            "Party obkom, the oblispolkom",
            "transliterated organs",
            ["term"],
            "minor",
        ),
        (None, "Зам. заведующего", "Deputy Head", "an abbreviated title", ["title", "term"], "minor"),
        (
            None,
            "Совету Министров РСФСР",
            "Council of Ministers of the RSFSR",
            "the same organ in the dative",
            ["term", "name"],
            "minor",
        ),
    ],
    "notes": "Planted: Смирнову В. И. given as V. N. Smirnov; пленуме обкома given as a plenum of the raikom. Traps: initials after the surname in the instrumental, genitive and dative, obkom/raikom/oblispolkom/sovnarkhoz transliterated, товарищ rendered or dropped.",
}

DOCS["g10-telegram-matveev-filippov-1950"] = {
    "genre": "ciphered telegram (code names glossed; revised Korean romanization and pinyin; a unit and a rank changed)",
    "about": "Invented: the Soviet military representative in Pyongyang reports the front after the landing at Inchon.",
    "ru": """‹1›Сов. секретно

‹2›ШИФРТЕЛЕГРАММА

‹u›Из ПХЕНЬЯНА Отправлено 26.IX.50 г. 05 ч. 10 м.

‹3›ФИЛИППОВУ

‹4›Докладываю обстановку на фронте к исходу 25 сентября. ‹5›Противник, высадившийся в Инчхоне, занял Ёндынпхо и ведет бои на западной окраине Сеула. ‹6›Части 1-го армейского корпуса КНА отходят на Чхунчхон. ‹7›Связь со штабом фронта, находящимся в Кимчхоне, прервана.

‹8›Ким Ир Сен и Пак Хен Ен обратились ко мне с просьбой ускорить поставку вооружения для формируемых 6 новых дивизий. ‹9›Командующий фронтом Ким Чак сообщил, что 105-я танковая дивизия потеряла почти все танки. ‹10›Заместитель начальника штаба армии Ли Сан Чо вылетел в Пекин для переговоров с Чжоу Энь-лаем.

‹11›По мнению генерал-майора Васильева, удержать Сеул не удастся. ‹12›Прошу ускорить отправку 20 советских военных советников в корпуса.

‹13›МАТВЕЕВ

‹u›№ 1298""",
    "en": """‹1›TOP SECRET

‹2›CIPHERED TELEGRAM

‹3›To FILIPPOV [Stalin]

‹4›I report the situation at the front as of the end of September 25. ‹5›The enemy, having landed at Incheon, has taken Yeongdeungpo and is fighting on the western outskirts of Seoul. ‹6›Units of the KPA 1st Army Corps are withdrawing toward Chuncheon. ‹7›Communication with front headquarters at Gimcheon has been cut.

‹8›Kim Il Sung and Pak Heon-yeong [Pak Hon Yong] asked me to speed up deliveries of arms for the six new divisions being formed. ‹9›Front commander Kim Chaek reported that the 105th Tank Brigade had lost almost all its tanks. ‹10›Yi Sang-jo, deputy chief of staff of the army, has flown to Beijing for talks with Zhou Enlai.

‹11›In the opinion of Lieutenant General Vasiliev, Seoul cannot be held. ‹12›I request that the dispatch of twenty Soviet military advisers to the corps be speeded up.

‹13›MATVEEV [Zakharov]""",
    "required": [
        ("term", "танковая дивизия", "Tank Brigade", "a tank division is given as a tank brigade"),
        (
            "title",
            "генерал-майора",
            "Lieutenant General",
            "генерал-майор (major general) is given as Lieutenant General",
        ),
    ],
    "forbidden": [
        (
            None,
            "ФИЛИППОВУ",
            "FILIPPOV [Stalin]",
            "a code name in the dative with the editor's gloss",
            _NAME_TITLE,
            "minor",
        ),
        (None, "Инчхоне", "Incheon", "revised romanization", _NAME, "minor"),
        (None, "Ёндынпхо", "Yeongdeungpo", "revised romanization", _NAME, "minor"),
        (None, "Чхунчхон", "Chuncheon", "revised romanization", _NAME, "minor"),
        (None, "Кимчхоне", "Gimcheon", "revised romanization (Ким = Gim)", _NAME, "minor"),
        (
            None,
            "Пак Хен Ен",
            "Pak Heon-yeong [Pak Hon Yong]",
            "revised romanization with the editor's gloss",
            _NAME,
            "minor",
        ),
        (None, "Ким Чак", "Kim Chaek", "Ким Чак = Kim Chaek", _NAME_TITLE, "minor"),
        (None, "Ли Сан Чо", "Yi Sang-jo", "Ли = Yi, Чо = jo", _NAME_TITLE, "minor"),
        (None, "Чжоу Энь-лаем", "Zhou Enlai", "Palladius in the instrumental = pinyin", _NAME, "minor"),
        (None, "МАТВЕЕВ", "MATVEEV [Zakharov]", "a code name with the editor's gloss", _NAME_TITLE, "minor"),
        (None, "6 новых дивизий", "six new divisions", "a number in words", ["number", "term"], None),
        (None, "20 советских", "twenty Soviet", "a number in words", ["number"], None),
        (
            None,
            "1-го армейского корпуса КНА",
            "KPA 1st Army Corps",
            "an acronym moved",
            ["term", "name", "number"],
            "minor",
        ),
    ],
    "notes": "Planted: 105-я танковая дивизия given as Tank Brigade; генерал-майор Васильев given as Lieutenant General. Traps: code names with an editor's gloss (ФИЛИППОВУ, МАТВЕЕВ [Zakharov]), revised Korean romanization (Incheon, Yeongdeungpo, Chuncheon, Gimcheon, Pak Heon-yeong), Ли = Yi, pinyin Zhou Enlai against Palladius in the instrumental.",
}

# g11-g14 were written after the fixes of the first round, as a fresh check, and scored before any
# further change.

DOCS["g11-record-yudin-zhou-1956"] = {
    "genre": "record of conversation (Palladius against pinyin; a person and an organ changed)",
    "about": "Invented: the ambassador in Peking hears Zhou Enlai on the Party congress and the plan.",
    "ru": """‹1›Секретно

‹2›ИЗ ДНЕВНИКА П. Ф. ЮДИНА

‹3›Запись беседы с Премьером Госсовета КНР Чжоу Энь-лаем
‹4›3 октября 1956 года

‹5›Сегодня меня принял Чжоу Энь-лай. ‹6›На беседе присутствовали заместители Премьера Чэнь И и Ли Фу-чунь. ‹7›Чжоу Энь-лай сказал, что VIII съезд КПК закончил работу 27 сентября. ‹8›По его словам, пленум ЦК, состоявшийся 28 сентября, избрал Мао Цзэ-дуна Председателем ЦК, а Дэн Сяо-пина — Генеральным секретарем.

‹9›Ли Фу-чунь сообщил, что Госплан КНР заканчивает проект второго пятилетнего плана. ‹10›Проект будет рассмотрен Политбюро в ноябре, после чего его передадут в Госсовет. ‹11›Бо И-бо выедет в Москву в середине ноября для переговоров о поставках оборудования.

‹12›Чэнь И спросил меня о положении в Польше. ‹13›Я ответил, что не располагаю новыми сведениями.

‹14›В заключение Чжоу Энь-лай просил передать благодарность Советскому правительству за помощь в строительстве Уханьского моста через Янцзы.

‹15›П. ЮДИН""",
    "en": """‹1›Secret

‹2›FROM THE DIARY OF P. F. YUDIN

‹3›Record of Conversation with Premier of the PRC State Council Zhou Enlai
‹4›October 3, 1956

‹5›Today Premier Zhou received me. ‹6›Vice Premiers Chen Yi and Li Fuchun were also present. ‹7›Zhou Enlai said that the Eighth Congress of the CCP had ended its work on September 27. ‹8›He said that the Politburo of the CC, which met on September 28, had elected Mao Zedong Chairman of the CC and Deng Xiaoping General Secretary.

‹9›Li Fuchun said that the PRC State Planning Commission is completing the draft of the second five-year plan. ‹10›The Politburo will consider the draft in November, after which it will be submitted to the State Council. ‹11›Deng Zihui will leave for Moscow in mid-November for talks on deliveries of equipment.

‹12›Chen Yi asked me about the situation in Poland. ‹13›I replied that I had no new information.

‹14›In conclusion the Premier asked me to convey his gratitude to the Soviet government for its help in building the Wuhan bridge across the Yangtze.

‹15›P. YUDIN""",
    "required": [
        ("term", "пленум", "Politburo of the CC", "a plenum of the CC is given as the Politburo"),
        ("name", "Бо И-бо", "Deng Zihui", "Бо И-бо (Bo Yibo) is given as Deng Zihui"),
    ],
    "forbidden": [
        (None, "П. Ф. ЮДИНА", "P. F. YUDIN", "the same initials", _NAME, "minor"),
        (
            None,
            ("Чжоу Энь-лай", "меня принял Чжоу Энь-лай"),
            "Premier Zhou",
            "a title and the surname",
            _NAME_TITLE,
            "minor",
        ),
        (None, "Чэнь И и Ли Фу-чунь", "Chen Yi and Li Fuchun", "Palladius = pinyin", _NAME_TITLE, "minor"),
        (None, "VIII съезд", "Eighth Congress", "a Roman ordinal in words", ["number"], None),
        (None, "Мао Цзэ-дуна", "Mao Zedong", "Palladius in the genitive = pinyin", _NAME, "minor"),
        (None, "Дэн Сяо-пина", "Deng Xiaoping", "Palladius in the genitive = pinyin", _NAME, "minor"),
        (
            None,
            "Госплан КНР",
            "PRC State Planning Commission",
            "Gosplan spelt out",
            ["name", "term"],
            "minor",
        ),
        (None, "Госсовет.", "State Council.", "Госсовет = State Council", ["name", "term"], "minor"),
        (
            None,
            ("Чжоу Энь-лай", "В заключение Чжоу Энь-лай"),
            ("Premier", "the Premier asked"),
            "a name by a title",
            _NAME_OMIT + ["title"],
            "minor",
        ),
        (
            None,
            "Уханьского моста через Янцзы",
            "Wuhan bridge across the Yangtze",
            "an adjective of a place, Янцзы = Yangtze",
            _NAME,
            "minor",
        ),
        (None, "Чэнь И спросил", "Chen Yi asked", "the same name", _NAME, "minor"),
    ],
    "notes": "Planted: пленум ЦК given as the Politburo of the CC; Бо И-бо given as Deng Zihui. Traps: Palladius against pinyin in case forms, 'Premier Zhou', 'the Premier' for Zhou, Госплан and Госсовет spelt out.",
}

DOCS["g12-telegram-prague-ulan-bator-1958"] = {
    "genre": "ciphered telegram (Czech and Mongolian names through Russian; an initial, a city and an organ changed)",
    "about": "Invented: the ambassador in Prague reports a Mongolian delegation's visit to Czechoslovakia.",
    "ru": """‹1›Секретно

‹2›ШИФРТЕЛЕГРАММА

‹u›Из ПРАГИ Отправлено 14.V.58 г. 20 ч. 10 м.

‹3›МОСКВА — МИД СССР

‹4›13 мая в Прагу прибыла монгольская правительственная делегация во главе с Ю. Цеденбалом. ‹5›В составе делегации Д. Дамба и Л. Цэнд. ‹6›Делегацию встречали А. Новотный, В. Широкий и В. Копецкий.

‹7›По сообщению чехословацких друзей, делегация посетит Брно, Остраву и Братиславу. ‹8›В Остраве монгольские товарищи ознакомятся с работой металлургического завода имени Готвальда. ‹9›В Братиславе их примет председатель райисполкома.

‹10›Цеденбал сказал мне, что в июне в Улан-Батор прибудет чехословацкая делегация во главе с Широким. ‹11›Переговоры будут касаться строительства в Улан-Баторе кожевенного завода и поставок 40 тыс. тонн шерсти.

‹12›ЗОРИН""",
    "en": """‹1›Secret

‹2›CIPHERED TELEGRAM

‹3›MOSCOW — USSR MFA

‹4›On May 13 a Mongolian government delegation headed by Yu. Tsedenbal arrived in Prague. ‹5›The delegation includes D. Damba and L. Tsend. ‹6›The delegation was met by J. Novotný, V. Široký and V. Kopecký.

‹7›Our Czechoslovak friends say the delegation will visit Brno, Ostrava and Bratislava. ‹8›In Brno the Mongolian comrades will see the Gottwald metallurgical works. ‹9›In Bratislava they will be received by the chairman of the city executive committee.

‹10›Tsedenbal told me that in June a Czechoslovak delegation headed by Široký would arrive in Ulaanbaatar. ‹11›The talks will concern building a tannery in Ulan Bator and deliveries of 40,000 tons of wool.

‹12›ZORIN""",
    "required": [
        ("name", "А. Новотный", "J. Novotný", "А. (A.) Novotný is given as J. Novotný"),
        ("name", ("Остраве", "В Остраве"), ("Brno", "In Brno"), "Ostrava is given as Brno"),
        (
            "term",
            "райисполкома",
            "city executive committee",
            "a district executive committee is given as a city one",
        ),
    ],
    "forbidden": [
        (None, "МИД СССР", "USSR MFA", "the same acronym", ["name", "term"], "minor"),
        (None, "Ю. Цеденбалом", "Yu. Tsedenbal", "Ю. = Yu., the instrumental", _NAME, "minor"),
        (None, "Д. Дамба и Л. Цэнд", "D. Damba and L. Tsend", "Mongolian names", _NAME, "minor"),
        (None, "В. Широкий и В. Копецкий", "V. Široký and V. Kopecký", "Czech accents", _NAME, "minor"),
        (
            None,
            "Брно, Остраву и Братиславу",
            "Brno, Ostrava and Bratislava",
            "places in the accusative",
            _NAME,
            "minor",
        ),
        (None, "имени Готвальда", "Gottwald metallurgical", "a name in the genitive moved", _NAME, "minor"),
        (
            None,
            ("в Улан-Батор", "в Улан-Батор прибудет"),
            "in Ulaanbaatar",
            "Улан-Батор = Ulaanbaatar",
            _NAME,
            "minor",
        ),
        (None, "в Улан-Баторе", "in Ulan Bator", "the prepositional, another spelling", _NAME, "minor"),
        (None, "Широким.", "by Široký would", "a name in the instrumental", _NAME, "minor"),
        (None, "40 тыс. тонн", "40,000 tons", "the same number", ["number"], None),
    ],
    "notes": "Planted: А. Новотный given as J. Novotný; Остраве given as Brno; райисполкома given as the city executive committee. Traps: Czech accents (Široký, Kopecký, Novotný), Mongolian names with initials, Улан-Батор in two spellings.",
}

DOCS["g13-report-karelia-1944"] = {
    "genre": "report (Finnish and Karelian places with their Finnish and Swedish names; a rank and a person changed)",
    "about": "Invented: a front report on the Karelian Isthmus and the armistice talks in the autumn of 1944.",
    "ru": """‹u›ЦАМО РФ, ф. 217, оп. 1217, д. 310, л. 4-6.

‹1›Сов. секретно

‹2›Командующему Ленинградским фронтом Маршалу Советского Союза тов. ГОВОРОВУ

‹3›ДОНЕСЕНИЕ

‹4›Согласно условиям перемирия финские войска к 16 сентября оставили район Выборга, Сортавалы и Кексгольма. ‹5›Части 21-й армии заняли Энсо и Вуоксенниску. ‹6›Порккала-Удд передан в аренду СССР на 50 лет; финские войска должны оставить его к 29 сентября.

‹7›В Гельсингфорс прибыла Союзная контрольная комиссия во главе с генерал-полковником Ждановым. ‹8›Маннергейм принял членов комиссии 5 октября. ‹9›Финскую делегацию на переговорах о порядке демобилизации возглавляет генерал-лейтенант Хейнрикс.

‹10›Из Петрозаводска эвакуированы 8 тыс. финских граждан. ‹11›Железная дорога Ленинград — Выборг — Хельсинки восстановлена на участке до Хамины.

‹12›Начальник штаба фронта генерал-лейтенант ГУСЕВ
‹13›7 октября 1944 г.""",
    "en": """‹1›Top Secret

‹2›To the Commander of the Leningrad Front, Marshal of the Soviet Union Comrade GOVOROV

‹3›REPORT

‹4›Under the armistice terms the Finnish troops left the area of Viipuri, Sortavala and Käkisalmi by September 16. ‹5›Units of the 21st Army have occupied Enso and Vuoksenniska. ‹6›Porkkala Udd has been leased to the USSR for fifty years; the Finnish troops must leave it by September 29.

‹7›The Allied Control Commission headed by Colonel General Zhdanov has arrived in Helsinki. ‹8›Ryti received the members of the commission on October 5. ‹9›The Finnish delegation at the talks on the order of demobilization is headed by General of Infantry Heinrichs.

‹10›Eight thousand Finnish citizens have been evacuated from Äänislinna. ‹11›The Leningrad–Viipuri–Helsinki railway has been restored as far as Hamina.

‹12›Chief of Staff of the Front, Lieutenant General GUSEV
‹13›October 7, 1944""",
    "required": [
        ("name", "Маннергейм", "Ryti", "Маннергейм (Mannerheim) is given as Ryti"),
        (
            "title",
            ("генерал-лейтенант", "возглавляет генерал-лейтенант"),
            "General of Infantry",
            "генерал-лейтенант (lieutenant general) is given as General of Infantry",
        ),
    ],
    "forbidden": [
        (None, "тов. ГОВОРОВУ", "Comrade GOVOROV", "a name in the dative", _NAME, "minor"),
        (
            None,
            "Выборга, Сортавалы и Кексгольма",
            "Viipuri, Sortavala and Käkisalmi",
            "Russian and Swedish names against Finnish ones",
            _NAME,
            "minor",
        ),
        (None, "Энсо и Вуоксенниску", "Enso and Vuoksenniska", "places in the accusative", _NAME, "minor"),
        (None, "Порккала-Удд", "Porkkala Udd", "a hyphen for a space", _NAME, "minor"),
        (None, "В Гельсингфорс", "in Helsinki", "Гельсингфорс = Helsinki", _NAME, "minor"),
        (
            None,
            "генерал-полковником Ждановым",
            "Colonel General Zhdanov",
            "the same rank in the instrumental",
            _NAME_TITLE,
            "minor",
        ),
        (None, "Хейнрикс", "Heinrichs", "the same name", _NAME, "minor"),
        (
            None,
            "Петрозаводска",
            "Äänislinna",
            "the Finnish name of Petrozavodsk in 1941-1944",
            _NAME,
            "minor",
        ),
        (None, "8 тыс.", "Eight thousand", "a number in words", ["number"], None),
        (
            None,
            "Ленинград — Выборг — Хельсинки",
            "Leningrad–Viipuri–Helsinki",
            "two names of Helsinki in one document",
            _NAME,
            "minor",
        ),
        (None, "Хамины", "Hamina", "a place in the genitive", _NAME, "minor"),
        (None, "на 50 лет", "for fifty years", "a number in words", ["number"], None),
    ],
    "notes": "Planted: Маннергейм given as Ryti; генерал-лейтенант Хейнрикс given as General of Infantry. Traps: Выборг = Viipuri, Кексгольм = Käkisalmi, Гельсингфорс = Helsinki, Петрозаводск = Äänislinna (the Finnish occupation name), Порккала-Удд.",
}

DOCS["g14-telegram-armistice-talks-1953"] = {
    "genre": "ciphered telegram (Korean and Chinese names in case forms; a person and a unit changed)",
    "about": "Invented: the Soviet adviser reports the armistice talks at Panmunjom in July 1953.",
    "ru": """‹1›Сов. секретно

‹2›ШИФРТЕЛЕГРАММА

‹u›Из ПХЕНЬЯНА Отправлено 20.VII.53 г. 23 ч. 50 м.

‹3›МОСКВА — тов. МОЛОТОВУ

‹4›19 июля в Пханмунджоме состоялось заседание делегаций. ‹5›С нашей стороны выступил генерал Нам Ир, со стороны противника — генерал Харрисон. ‹6›Нам Ир заявил, что корейско-китайская сторона согласна подписать соглашение 27 июля.

‹7›Пэн Дэ-хуай сообщил Ким Ир Сену, что прибудет в Кэсон 26 июля. ‹8›По данным штаба КНД, в районе Кымсона противник потерял за неделю до 2 тыс. человек, в том числе один полк 6-й дивизии южнокорейской армии.

‹9›Ли Сан Чо сообщил мне, что церемония подписания пройдет в новом здании в Пханмунджоме.

‹10›Прошу Ваших указаний.

‹11›КУЗНЕЦОВ""",
    "en": """‹1›Top Secret

‹2›CIPHERED TELEGRAM

‹3›MOSCOW — To Comrade MOLOTOV

‹4›On July 19 the delegations met at Panmunjom. ‹5›General Nam Il spoke for our side, General Harrison for the enemy. ‹6›Kim Il stated that the Korean-Chinese side agrees to sign the agreement on July 27.

‹7›Peng Dehuai informed Kim Il Sung that he would arrive in Kaesong on July 26. ‹8›According to CPV headquarters, in the Kumsong area the enemy lost up to two thousand men in a week, including a battalion of the 6th Division of the South Korean army.

‹9›Lee Sang-cho told me that the signing ceremony would take place in a new building at Panmunjom.

‹10›I request your instructions.

‹11›KUZNETSOV""",
    "required": [
        ("name", ("Нам Ир", "Нам Ир заявил"), "Kim Il stated", "Нам Ир (Nam Il) is given as Kim Il"),
        ("term", "полк", "battalion", "a regiment is given as a battalion"),
    ],
    "forbidden": [
        (None, "тов. МОЛОТОВУ", "Comrade MOLOTOV", "a name in the dative", _NAME, "minor"),
        (
            None,
            ("Пханмунджоме", "в Пханмунджоме состоялось"),
            ("Panmunjom", "met at Panmunjom"),
            "Пханмунджом = Panmunjom",
            _NAME,
            "minor",
        ),
        (None, "генерал Нам Ир", "General Nam Il", "the same name and rank", _NAME_TITLE, "minor"),
        (None, "генерал Харрисон", "General Harrison", "the same name and rank", _NAME_TITLE, "minor"),
        (None, "Пэн Дэ-хуай", "Peng Dehuai", "Palladius = pinyin", _NAME, "minor"),
        (None, "Ким Ир Сену", "Kim Il Sung", "a name in the dative", _NAME, "minor"),
        (None, "Кэсон", "Kaesong", "the same place", _NAME, "minor"),
        (None, "КНД", "CPV", "the Chinese People's Volunteers", ["name", "term"], "minor"),
        (None, "Кымсона", "Kumsong", "a place in the genitive", _NAME, "minor"),
        (None, "до 2 тыс.", "up to two thousand", "a number in words", ["number"], None),
        (None, "Ли Сан Чо", "Lee Sang-cho", "Ли = Lee", _NAME, "minor"),
    ],
    "notes": "Planted: Нам Ир given as Kim Il (a name whose words sound like another's); полк given as a battalion. Traps: Пханмунджом = Panmunjom, Ли = Lee, КНД = CPV, names in the dative and genitive.",
}
