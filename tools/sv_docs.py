# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented sv documents of archival-own (read by build_archival_sv.py): six record kinds with the roles of
two persons swapped through a direct object, negations dropped or added before verbs of many kinds, and other
names changed.

A protocol of a party bureau on appointments, a record of a talk at the Foreign Ministry, a prosecutor's report on
an investigation, a report of a trade delegation, a note of the ministry of railways and a letter of an obkom.
Planted: «Петров сменил Сидорова» as "Sidorov replaced Petrov" (the accusative object read as the subject),
«не явился» as "appeared", «одобрил» as "did not approve", a surname changed. Traps: passive renderings that keep
the roles ("Sidorov was replaced by Petrov"), a name in another transliteration, negations rendered by a negative
word ("failed to", "refused", "never", "unable"), «не раз», «не ранее», «не только … но и», double negatives and
idioms («не покладая рук», «не за горами»). Every text is invented (figures, dates and file marks are made up).
Format as in t_docs.py.
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

NEG = ["omission", "addition"]

DOCS["sv01-raikom-bureau-appointments-1946"] = {
    "genre": "extract from a protocol of a party bureau (archive reference, signature)",
    "about": "Invented: the bureau of a raikom confirms changes of staff at a tractor plant and a trust.",
    "ru": """‹u›ЦГАОО, ф. 4, оп. 39, д. 212, л. 31.

‹1›ВЫПИСКА ИЗ ПРОТОКОЛА № 17
‹2›заседания бюро Кировского райкома ВКП(б)
‹3›от 14 мая 1946 г.

‹4›Слушали: О руководящих кадрах тракторного завода.

‹5›Бюро отмечает, что в марте тов. Петров сменил тов. Сидорова на посту директора завода. ‹6›Главный инженер завода тов. Лукин не выполнил решения бюро о восстановлении литейного цеха. ‹7›Тов. Лукин не раз обещал бюро закончить ремонт вагранок к 1 мая. ‹8›Секретарь парткома тов. Гришин не информировал райком о срыве графика. ‹9›Начальник литейного цеха тов. Зотов трудится не покладая рук и заслуживает поощрения.

‹10›Бюро постановляет: ‹11›Объявить тов. Лукину выговор с занесением в учетную карточку. ‹12›Обязать тов. Петрова закончить восстановление литейного цеха не ранее 1 июля, но не позднее 15 июля 1946 г. ‹13›Тов. Гришин сменил тов. Зуева на посту секретаря парткома треста «Стройдеталь». ‹14›Бюро не утвердило кандидатуру тов. Фомина на должность начальника отдела кадров завода.

‹15›Секретарь райкома ВКП(б) Н. Орехов""",
    "en": """‹1›EXTRACT FROM PROTOCOL No. 17
‹2›of the meeting of the bureau of the Kirov District Committee of the VKP(b)
‹3›of May 14, 1946

‹4›Heard: On the leading cadres of the tractor plant.

‹5›The bureau notes that in March Comrade Sidorov replaced Comrade Petrov as director of the plant. ‹6›The chief engineer of the plant, Comrade Lukin, has not carried out the bureau's decision on restoring the foundry. ‹7›Comrade Lukin has more than once promised the bureau to finish the repair of the cupolas by May 1. ‹8›The secretary of the party committee, Comrade Grishin, informed the district committee of the failure of the schedule. ‹9›The head of the foundry, Comrade Zotov, works tirelessly and deserves an award.

‹10›The bureau resolves: ‹11›To give Comrade Lunin a reprimand entered in his record card. ‹12›To oblige Comrade Petrov to complete the restoration of the foundry not earlier than July 1, but not later than July 15, 1946. ‹13›Comrade Zuev was replaced by Comrade Grishin as secretary of the party committee of the Stroidetal trust. ‹14›The bureau did not approve the candidacy of Comrade Fomin for the post of head of the plant's personnel department.

‹15›Secretary of the District Committee of the VKP(b) N. Orekhov""",
    "required": [
        (
            "name",
            "Петров сменил тов. Сидорова",
            "Sidorov replaced Comrade Petrov",
            "who replaced whom is turned round: Petrov replaced Sidorov",
        ),
        (
            "omission",
            "не информировал",
            "informed the district committee",
            "«did not inform» is given as «informed»: the negation is dropped",
        ),
        ("name", "Лукину", "Lunin", "Lukin is given as Lunin"),
    ],
    "forbidden": [
        (
            None,
            "Гришин сменил тов. Зуева",
            "Zuev was replaced by Comrade Grishin",
            "a passive that keeps the roles",
            ["name"],
        ),
        (None, "не выполнил", "has not carried out", "negation kept", NEG),
        (None, "не раз", "more than once", "«не раз» = more than once", NEG),
        (None, "не покладая рук", "tirelessly", "an idiom: no negation", NEG),
        (None, "не ранее 1 июля", "not earlier than July 1", "a bound kept", NEG + ["date"]),
        (None, "не утвердило", "did not approve", "negation kept", NEG),
    ],
    "notes": "Planted: Петров сменил Сидорова -> Sidorov replaced Petrov (swap through the object); «не информировал» -> informed (negation dropped); Лукину -> Lunin. Traps: a passive keeping the roles, «не раз», «не покладая рук», «не ранее», negations kept.",
}

DOCS["sv02-mid-talk-british-ambassador-1955"] = {
    "genre": "record of a talk at the Foreign Ministry (archive reference, signature)",
    "about": "Invented: a deputy minister receives the British ambassador about the return of interned seamen.",
    "ru": """‹u›АВП РФ, ф. 069, оп. 42, п. 137, д. 6, лл. 12-14.

‹1›СЕКРЕТНО

‹2›Из дневника В. А. Зорина

‹3›ЗАПИСЬ БЕСЕДЫ
‹4›с послом Великобритании У. Хейтером
‹5›21 октября 1955 г.

‹6›Сегодня я принял Хейтера по его просьбе. ‹7›Хейтер передал мне ноту правительства Великобритании о судьбе шести британских моряков. ‹8›По словам посла, Форин офис не получил ответа на свою ноту от 3 августа. ‹9›Я ответил, что советские органы не задерживали британских моряков в Мурманске. ‹10›Посол сказал, что британская сторона не только не возражает против переговоров, но и готова начать их немедленно. ‹11›Хейтер не мог не отметить, что вопрос уже обсуждался в парламенте. ‹12›Затем Хейтер представил мне нового советника посольства Грея. ‹13›Я обещал, что МИД СССР рассмотрит ноту в ближайшее время. ‹14›Беседа продолжалась 40 минут.

‹15›В. ЗОРИН""",
    "en": """‹1›SECRET

‹2›From the diary of V. A. Zorin

‹3›RECORD OF CONVERSATION
‹4›with the Ambassador of Great Britain W. Hayter
‹5›October 21, 1955

‹6›Today Hayter received me at his request. ‹7›Hayter handed me a note of the British Government on the fate of six British seamen. ‹8›According to the Ambassador, the Foreign Office had never received a reply to its note of August 3. ‹9›I replied that the Soviet authorities had detained the British seamen in Murmansk. ‹10›The Ambassador said that the British side not only does not object to negotiations but is ready to begin them at once. ‹11›Hayter had to point out that the question had already been discussed in Parliament. ‹12›Then Hayter introduced to me the new counselor of the embassy, Gray. ‹13›I promised that the USSR Foreign Ministry would not consider the note in the near future. ‹14›The conversation lasted 40 minutes.

‹15›V. ZORIN""",
    "required": [
        (
            "name",
            ("принял Хейтера", "Сегодня я принял"),
            "Hayter received me",
            "«I received Hayter» is given as «Hayter received me»: who received whom is turned round",
        ),
        (
            "omission",
            "не задерживали",
            "had detained",
            "«did not detain» is given as «had detained»: the negation is dropped",
        ),
        (
            "addition",
            "рассмотрит ноту",
            "would not consider",
            "«will consider» is given as «would not consider»: a negation added",
        ),
    ],
    "forbidden": [
        (None, "не получил ответа", "had never received", "«не» rendered by «never»", NEG),
        (None, "не только не возражает", "not only does not object", "«не только … но и» kept", NEG),
        (None, "не мог не отметить", "had to point out", "a double negative = had to", NEG),
        (None, "Хейтер передал мне", "Hayter handed me", "the roles kept", ["name"]),
        (None, "У. Хейтером", "W. Hayter", "Уильям as W.", ["name"]),
    ],
    "notes": "Planted: «я принял Хейтера» -> Hayter received me (roles swapped; «я» against a name), «не задерживали» -> had detained, рассмотрит -> would not consider. Traps: «не получил» -> never received, «не только … но и», «не мог не», roles kept.",
}

DOCS["sv03-prosecutor-report-sabotage-case-1949"] = {
    "genre": "report of an oblast prosecutor (archive reference, signature, date)",
    "about": "Invented: the prosecutor reports on an investigation of damage to a grain store.",
    "ru": """‹u›ГА РФ, ф. Р-8131, оп. 27, д. 1833, лл. 5-7.

‹1›Прокурору РСФСР
‹2›тов. Баскову В. И.

‹3›ДОКЛАДНАЯ ЗАПИСКА

‹4›В августе 1949 г. на складе Заготзерно в г. Балашове обнаружена порча 300 тонн зерна. ‹5›Следователь Кузнецов допросил кладовщика Белова 12 сентября. ‹6›Белов не признал своей вины и показал, что крыша склада протекала с весны. ‹7›Директор пункта Мельников не ответил на запросы следователя. ‹8›Свидетель Крылов дважды не явился на допрос без уважительных причин. ‹9›Бухгалтер Савина отказалась подписать акт о списании зерна. ‹10›Прокурор района Шилов отстранил Мельникова от должности на время следствия. ‹11›Экспертиза не подтвердила умышленного характера порчи. ‹12›Ни разу за весь год склад не проверялся инспекцией. ‹13›Окончание следствия не за горами, и дело будет направлено в суд в октябре.

‹14›Прокурор Балашовской области А. Гаврилов
‹15›20 сентября 1949 г.""",
    "en": """‹1›To the Prosecutor of the RSFSR
‹2›Comrade V. I. Baskov

‹3›MEMORANDUM

‹4›In August 1949 damage to 300 tons of grain was discovered at the Zagotzerno store in the town of Balashov. ‹5›On September 12 storekeeper Belov questioned investigator Kuznetsov. ‹6›Belov did not admit his guilt and stated that the roof of the store had been leaking since the spring. ‹7›The director of the station, Melnikov, answered the investigator's inquiries. ‹8›The witness Krylov twice appeared for questioning without good reason. ‹9›The accountant Savina refused to sign the act writing off the grain. ‹10›Melnikov was removed from his post for the time of the investigation by the district prosecutor Shilov. ‹11›The examination did not confirm that the damage was deliberate. ‹12›Not once in the whole year was the store checked by the inspection. ‹13›The end of the investigation is near, and the case will be sent to court in October.

‹14›Prosecutor of the Balashov Oblast A. Gavrilov
‹15›September 20, 1949""",
    "required": [
        (
            "name",
            "Кузнецов допросил кладовщика Белова",
            "Belov questioned investigator Kuznetsov",
            "who questioned whom is turned round",
        ),
        (
            "omission",
            "не ответил",
            "answered the investigator's",
            "«did not answer» is given as «answered»: the negation is dropped",
        ),
        (
            "omission",
            "не явился",
            "appeared for questioning",
            "«did not appear» is given as «appeared»: the negation is dropped",
        ),
    ],
    "forbidden": [
        (
            None,
            "Шилов отстранил Мельникова",
            "Melnikov was removed",
            "a passive that keeps the roles",
            ["name"],
        ),
        (None, "отказалась подписать", "refused to sign", "a lexical negative on both sides", NEG),
        (None, "не признал", "did not admit", "negation kept", NEG),
        (None, "не подтвердила", "did not confirm", "negation kept", NEG),
        (None, "Ни разу", "Not once", "«ни разу» rendered", NEG),
        (None, "не за горами", "is near", "an idiom: no negation", NEG),
    ],
    "notes": "Planted: Кузнецов допросил Белова -> Belov questioned Kuznetsov (swap through the object), «не ответил» -> answered, «не явился» -> appeared. Traps: a passive keeping the roles, «отказалась», negations kept, «ни разу», «не за горами».",
}

DOCS["sv04-trade-delegation-report-london-1959"] = {
    "genre": "report of a trade delegation (archive reference, signature)",
    "about": "Invented: a Soviet trade delegation reports on talks in London about timber and machine tools.",
    "ru": """‹u›РГАЭ, ф. 413, оп. 31, д. 2290, лл. 88-91.

‹1›Министру внешней торговли СССР
‹2›тов. Патоличеву Н. С.

‹3›ОТЧЕТ
‹4›о переговорах торговой делегации в Лондоне

‹5›Делегация прибыла в Лондон 2 марта 1959 г. ‹6›В первый же день Кумыкин посетил Модлинга в министерстве торговли. ‹7›Модлинг пригласил Кумыкина на прием в честь делегации. ‹8›Английская сторона не согласилась увеличить закупки советского леса. ‹9›Фирма «Виккерс» не смогла поставить станки в срок. ‹10›Председатель правления фирмы Робинсон подписал контракт на поставку 40 станков. ‹11›Делегация не рекомендует продлевать соглашение о фрахте на прежних условиях. ‹12›Поставки начнутся не ранее второго квартала 1959 г. ‹13›Советник торгпредства Семенов проводил Робинсона до аэропорта.

‹14›Председатель делегации П. Кумыкин""",
    "en": """‹1›To the Minister of Foreign Trade of the USSR
‹2›Comrade N. S. Patolichev

‹3›REPORT
‹4›on the talks of the trade delegation in London

‹5›The delegation arrived in London on March 2, 1959. ‹6›On the very first day Kumykin visited Maudling at the Board of Trade. ‹7›Kumykin invited Maudling to a reception in honour of the delegation. ‹8›The British side agreed to increase its purchases of Soviet timber. ‹9›The Vickers firm failed to deliver the machine tools on time. ‹10›The chairman of the firm's board, Robinson, did not sign the contract for the delivery of 40 machine tools. ‹11›The delegation does not recommend extending the freight agreement on the former terms. ‹12›Deliveries will begin no earlier than the second quarter of 1959. ‹13›Robinson was seen off to the airport by the counselor of the trade mission, Semyonov.

‹14›Head of the delegation P. Kumykin""",
    "required": [
        (
            "name",
            "Модлинг пригласил Кумыкина",
            "Kumykin invited Maudling",
            "who invited whom is turned round",
        ),
        (
            "omission",
            "не согласилась",
            "agreed to increase",
            "«did not agree» is given as «agreed»: the negation is dropped",
        ),
        (
            "addition",
            "подписал контракт",
            "did not sign",
            "«signed» is given as «did not sign»: a negation added",
        ),
    ],
    "forbidden": [
        (None, "Кумыкин посетил Модлинга", "Kumykin visited Maudling", "the roles kept", ["name"]),
        (None, "не смогла поставить", "failed to deliver", "«не смогла» = failed to", NEG),
        (None, "не рекомендует", "does not recommend", "negation kept", NEG),
        (None, "не ранее второго квартала", "no earlier than the second quarter", "a bound", NEG + ["date"]),
        (
            None,
            "Семенов проводил Робинсона",
            "Robinson was seen off",
            "a passive that keeps the roles",
            ["name"],
        ),
        (None, "Семенов", "Semyonov", "another transliteration", ["name"]),
    ],
    "notes": "Planted: Модлинг пригласил Кумыкина -> Kumykin invited Maudling, «не согласилась» -> agreed, подписал -> did not sign. Traps: roles kept, «не смогла» -> failed to, «не ранее», a passive keeping roles, Semyonov.",
}

DOCS["sv05-mps-note-freight-1952"] = {
    "genre": "note of the Ministry of Railways to the Council of Ministers (archive reference, signature)",
    "about": "Invented: the ministry reports on the loading of coal and the punishment of station chiefs.",
    "ru": """‹u›ГА РФ, ф. Р-5446, оп. 86, д. 4410, лл. 2-4.

‹1›Совет Министров СССР
‹2›тов. Маленкову Г. М.

‹3›Министерство путей сообщения докладывает о выполнении плана погрузки угля в январе 1952 г. ‹4›Донецкая дорога не выполнила план погрузки на 12 процентов. ‹5›Начальник дороги Гарнык сменил Кривоноса на этом посту в декабре 1951 г. ‹6›Управление дороги не обеспечило станции порожними вагонами. ‹7›Начальник станции Ясиноватая Дроздов не доложил о простое 300 вагонов. ‹8›Министр Бещев вызвал Дроздова в Москву для объяснений. ‹9›Дорога не сможет восполнить недогруз ранее марта. ‹10›Кузбасская дорога перевыполнила план не только по углю, но и по лесу. ‹11›Министерство просит разрешить выделить дороге 500 новых вагонов. ‹12›Без этих вагонов план февраля не будет выполнен.

‹13›Министр путей сообщения Б. Бещев""",
    "en": """‹1›To the USSR Council of Ministers
‹2›Comrade G. M. Malenkov

‹3›The Ministry of Railways reports on the fulfilment of the coal loading plan in January 1952. ‹4›The Donetsk Railway fell short of its loading plan by 12 per cent. ‹5›The head of the railway, Krivonos, replaced Garnyk in this post in December 1951. ‹6›The railway administration supplied the stations with empty wagons. ‹7›The head of Yasinovataya station, Drozdov, did not report the idling of 300 wagons. ‹8›Drozdov was summoned to Moscow by Minister Beshchev to give explanations. ‹9›The railway will be unable to make good the shortfall before March. ‹10›The Kuzbass Railway overfulfilled its plan not only for coal but also for timber. ‹11›The ministry asks permission to allot the railway 500 new wagons. ‹12›Without these wagons the February plan will not be fulfilled.

‹13›Minister of Railways B. Beshchev""",
    "required": [
        ("name", "Гарнык сменил Кривоноса", "Krivonos, replaced Garnyk", "who replaced whom is turned round"),
        (
            "omission",
            "не обеспечило",
            "supplied the stations",
            "«did not supply» is given as «supplied»: the negation is dropped",
        ),
    ],
    "forbidden": [
        (None, "не выполнила план", "fell short of", "a negation rendered by a verb of lack", NEG),
        (None, "Бещев вызвал Дроздова", "Drozdov was summoned", "a passive that keeps the roles", ["name"]),
        (None, "не сможет восполнить", "will be unable", "«не сможет» = unable", NEG),
        (None, "не только по углю", "not only for coal", "«не только … но и»", NEG),
        (None, "не доложил", "did not report", "negation kept", NEG),
        (None, "не будет выполнен", "will not be fulfilled", "negation kept", NEG),
    ],
    "notes": "Planted: Гарнык сменил Кривоноса -> Krivonos replaced Garnyk, «не обеспечило» -> supplied. Traps: «не выполнила» -> fell short, passive keeping roles, «не сможет» -> unable, «не только … но и», negations kept.",
}

DOCS["sv06-obkom-letter-kolkhoz-chairmen-1958"] = {
    "genre": "letter of an obkom to the CC (archive reference, signature, date)",
    "about": "Invented: the obkom reports on changes of kolkhoz chairmen and on the spring sowing.",
    "ru": """‹u›РГАНИ, ф. 5, оп. 32, д. 95, лл. 40-42.

‹1›ЦК КПСС
‹2›Отдел партийных органов ЦК КПСС по РСФСР

‹3›Обком КПСС сообщает, что весенний сев в области закончен 20 мая 1958 г. ‹4›В колхозе имени Калинина Комаров заменил Орлова на посту председателя. ‹5›Орлов не справлялся с работой и злоупотреблял спиртным. ‹6›Колхоз «Рассвет» не засеял 200 гектаров из-за отсутствия семян. ‹7›Председатель колхоза «Рассвет» Тимофеев ни разу не выезжал в бригады. ‹8›Райком не поддержал предложения Тимофеева о переносе сроков сева. ‹9›Секретарь обкома Ларионов поблагодарил механизаторов МТС за работу без простоев. ‹10›Комиссия обкома не выявила нарушений в расходовании семенного фонда. ‹11›Обком не сомневается, что план заготовок будет выполнен. ‹12›Агроном Сорокина сменила Лаптева на посту главного агронома МТС.

‹13›Секретарь обкома КПСС А. Ларионов
‹14›24 мая 1958 г.""",
    "en": """‹1›To the CC of the CPSU
‹2›Department of Party Organs of the CC CPSU for the RSFSR

‹3›The oblast party committee reports that the spring sowing in the oblast was completed on May 20, 1958. ‹4›At the Kalinin kolkhoz Orlov replaced Komarov as chairman. ‹5›Orlov could not cope with the work and abused alcohol. ‹6›The Rassvet kolkhoz sowed 200 hectares despite the lack of seed. ‹7›The chairman of the Rassvet kolkhoz, Timofeev, never once went out to the brigades. ‹8›The district committee did not support Timofeev's proposal to postpone the sowing dates. ‹9›Secretary of the obkom Larionov thanked the machine operators of the MTS for working without stoppages. ‹10›The obkom commission found violations in the spending of the seed fund. ‹11›The obkom has no doubt that the procurement plan will be fulfilled. ‹12›Laptev was replaced as chief agronomist of the MTS by the agronomist Sorokina.

‹13›Secretary of the CPSU Obkom A. Larionov
‹14›May 24, 1958""",
    "required": [
        ("name", "Комаров заменил Орлова", "Orlov replaced Komarov", "who replaced whom is turned round"),
        (
            "omission",
            "не засеял",
            "sowed 200 hectares",
            "«did not sow» is given as «sowed»: the negation is dropped",
        ),
        (
            "omission",
            "не выявила",
            "found violations",
            "«found no violations» is given as «found violations»: the negation is dropped",
        ),
    ],
    "forbidden": [
        (None, "не справлялся", "could not cope", "negation kept", NEG),
        (None, "ни разу не выезжал", "never once went", "«ни разу не» = never", NEG),
        (None, "не поддержал", "did not support", "negation kept", NEG),
        (None, "без простоев", "without stoppages", "«без» = without", NEG),
        (None, "не сомневается", "has no doubt", "a negation rendered by «no»", NEG),
        (None, "Сорокина сменила Лаптева", "Laptev was replaced", "a passive that keeps the roles", ["name"]),
    ],
    "notes": "Planted: Комаров заменил Орлова -> Orlov replaced Komarov, «не засеял» -> sowed, «не выявила» -> found. Traps: negations kept, «ни разу не» -> never once, «без», «не сомневается» -> has no doubt, a passive keeping the roles.",
}
