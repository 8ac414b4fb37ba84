# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented tf documents of archival-own (read by build_archival_tf.py): six records about goods, crops,
arms, towns, party meetings and trade, written to test the ``term`` check on families of things and bodies.

A ministry report on newsprint, a district report on the harvest, a supply order of a rifle division, a city
executive committee's decision on transport, the minutes of a plant's party meeting and a foreign trade
report. Every text is invented (persons are real names or made-up ones in made-up contexts; figures, dates
and file marks are made up). Planted term changes: members of one family put for one another (newsprint and
ink, peat and coal, a village and a town, a plenum and a session, a pistol and a revolver, a tram and a
trolleybus, a meeting and a conference). Traps: free but correct renderings, English synonyms, shortened
mentions of a body named in full nearby, terms in the apparatus, a plural given as a singular.
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["tf01-paper-ministry-newsprint-1952"] = {
    "genre": "report of a ministry to the Council of Ministers (pair, archive reference, classification)",
    "about": "Invented: the Ministry of the Paper Industry reports on newsprint for regional newspapers.",
    "ru": """‹u›ГА РФ, ф. Р-5446, оп. 86, д. 2714, лл. 40-43.

‹1›Секретно

‹2›СОВЕТ МИНИСТРОВ СССР
‹3›товарищу МАЛЕНКОВУ Г. М.

‹4›ДОКЛАДНАЯ ЗАПИСКА
‹5›о снабжении областных газет газетной бумагой

‹6›Министерство бумажной промышленности докладывает, что план выработки газетной бумаги за первое полугодие 1952 года выполнен на 94 процента. ‹7›Главная причина отставания — перебои в доставке торфа на Балахнинский комбинат. ‹8›В мае комбинат простоял шесть суток из-за отсутствия топлива.

‹9›Областные газеты Урала и Сибири получили в июне 500 тонн газетной бумаги вместо 740 тонн по плану. ‹10›Кроме того, типографии испытывают недостаток типографской краски, которую поставляет Министерство химической промышленности.

‹11›Для исправления положения министерство издало приказ о переводе Сегежского комбината на круглосуточную работу. ‹12›В поселке Сегежа строятся два общежития на 300 рабочих.

‹13›Министерство провело совещание директоров комбинатов и трестов. ‹14›На совещании решено в третьем квартале отгружать бумагу в первую очередь областным газетам.

‹15›Прошу поручить Министерству путей сообщения выделять ежемесячно по 60 вагонов для перевозки бумаги.

‹16›Министр бумажной промышленности
‹17›Ф. ВАХРУШЕВ

‹18›12 июля 1952 г.""",
    "en": """‹1›Secret

‹2›USSR COUNCIL OF MINISTERS
‹3›Comrade G. M. MALENKOV

‹4›MEMORANDUM
‹5›on the supply of newsprint to regional newspapers

‹6›The Ministry of the Paper Industry reports that the plan for the output of newsprint in the first half of 1952 was fulfilled by 94 percent. ‹7›The main cause of the shortfall is the interrupted delivery of coal to the Balakhna combine. ‹8›In May the combine stood idle for six days for lack of fuel.

‹9›The regional newspapers of the Urals and Siberia received 500 tons of printing ink in June instead of the planned 740 tons. ‹10›Printing works are moreover short of printer's ink, which is supplied by the Ministry of the Chemical Industry.

‹11›To put matters right the Ministry has issued a decree transferring the Segezha combine to round-the-clock work. ‹12›In the town of Segezha two hostels for 300 workers are being built.

‹13›The Ministry held a meeting of the directors of combines and trusts. ‹14›The meeting decided that in the third quarter paper should be shipped first of all to the regional newspapers.

‹15›I request that the Ministry of Railways be instructed to allot 60 cars a month for carrying paper.

‹16›Minister of the Paper Industry
‹17›F. VAKHRUSHEV

‹18›July 12, 1952""",
    "required": [
        ("term", "доставке торфа", "delivery of coal", "peat is given as coal"),
        (
            "term",
            "500 тонн газетной бумаги",
            "500 tons of printing ink",
            "newsprint is given as printing ink",
        ),
        ("term", "издало приказ", "issued a decree", "an order of the ministry is given as a decree"),
        ("term", "В поселке Сегежа", "In the town of Segezha", "a settlement is given as a town"),
    ],
    "forbidden": [
        (None, "Министерство провело совещание", "held a meeting", "совещание may be a meeting", ["term"]),
        (None, "На совещании", "The meeting decided", "совещание may be a meeting", ["term"]),
        (None, "типографской краски", "printer's ink", "printing ink, freely worded", ["term"]),
        (None, "для перевозки бумаги", "for carrying paper", "paper is paper", ["term"]),
        (
            None,
            "министерство издало",
            "the Ministry has issued",
            "a shortened mention of the ministry named in full above",
            ["term"],
        ),
        (None, "отсутствия топлива", "lack of fuel", "fuel is fuel", ["term"]),
        (None, "ДОКЛАДНАЯ ЗАПИСКА", "MEMORANDUM", "the usual rendering of the heading", ["term", "title"]),
        (None, "ГА РФ, ф. Р-5446", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Planted: торфа -> coal, газетной бумаги -> printing ink (newsprint and ink), приказ -> decree, поселке -> town. Traps: совещание as meeting twice, типографской краски as printer's ink, the shortened «министерство», вагонов as cars, the heading.",
}

DOCS["tf02-district-harvest-report-1947"] = {
    "genre": "report of a district party committee to the regional committee (pair, stamp and signature)",
    "about": "Invented: a district reports on the harvest, the plenum of the district committee and the delivery of grain.",
    "ru": """‹u›ГАКО, ф. П-1, оп. 2, д. 318, л. 77.
‹u›Вх. № 1190, 28.VIII.47

‹1›КУРСКОМУ ОБКОМУ ВКП(б)

‹2›ИНФОРМАЦИЯ
‹3›о ходе уборки урожая в Обоянском районе

‹4›На 25 августа колхозы района убрали озимую рожь на площади 11 200 гектаров, что составляет 92 процента. ‹5›Урожайность ржи по району — 9 центнеров с гектара. ‹6›Уборка яровой пшеницы задерживается из-за дождей.

‹7›Хуже всего идет копка сахарной свеклы. ‹8›В колхозе имени Калинина к копке свеклы еще не приступали, так как все люди заняты на молотьбе.

‹9›Пленум райкома ВКП(б), состоявшийся 20 августа, обсудил вопрос о сдаче хлеба государству. ‹10›Пленум обязал председателей колхозов ежедневно вывозить зерно на заготовительные пункты.

‹11›Райком предлагает вести весь учет сдачи хлеба только в центнерах, так как часть колхозов до сих пор ведет его в пудах.

‹12›В деревне Малые Крюки сгорел колхозный амбар с 40 тоннами семенного зерна. ‹13›Общее собрание колхозников постановило засыпать семена заново из урожая этого года.

‹14›Секретарь Обоянского райкома ВКП(б)
‹15›П. ЗУБКОВ""",
    "en": """‹1›TO THE KURSK REGIONAL COMMITTEE OF THE ALL-UNION COMMUNIST PARTY (BOLSHEVIKS)

‹2›INFORMATION
‹3›on the progress of the harvest in the Oboyan District

‹4›By August 25 the district's collective farms had harvested winter wheat on 11,200 hectares, which is 92 percent. ‹5›The yield of rye in the district is 9 centners per hectare. ‹6›The harvesting of spring wheat is held up by the rains.

‹7›The lifting of potatoes is going worst of all. ‹8›At the Kalinin kolkhoz the lifting of beet has not yet begun, as all hands are busy threshing.

‹9›The session of the district committee, held on August 20, discussed the delivery of grain to the state. ‹10›The plenum obliged the chairmen of the collective farms to carry grain to the procurement points every day.

‹11›The district committee proposes that all records of grain deliveries be kept in tons only, as some collective farms still keep them in poods.

‹12›In the settlement of Malye Kryuki a kolkhoz barn with 40 tons of seed grain burned down. ‹13›The general meeting of the collective farmers resolved to fill up the seed stock again from this year's harvest.

‹14›Secretary of the Oboyan District Committee of the VKP(b)
‹15›P. ZUBKOV""",
    "required": [
        ("term", "озимую рожь", "winter wheat", "rye is given as wheat"),
        ("term", "сахарной свеклы", "potatoes", "sugar beet is given as potatoes"),
        ("term", "Пленум райкома", "The session of the district committee", "a plenum is given as a session"),
        ("term", "только в центнерах", "in tons only", "centners are given as tons"),
        (
            "term",
            "В деревне Малые Крюки",
            "In the settlement of Malye Kryuki",
            "a village is given as a settlement",
        ),
    ],
    "forbidden": [
        (None, "сдаче хлеба государству", "delivery of grain to the state", "хлеб is grain", ["term"]),
        (None, "к копке свеклы", "lifting of beet", "a shortened mention of the sugar beet", ["term"]),
        (None, "Общее собрание колхозников", "The general meeting", "собрание is a meeting", ["term"]),
        (None, "колхозе имени Калинина", "Kalinin kolkhoz", "колхоз transliterated", ["term"]),
        (None, "9 центнеров с гектара", "9 centners per hectare", "the unit kept", ["term", "number"]),
        (None, "Райком предлагает", "The district committee proposes", "райком spelt out", ["term"]),
        (None, "Вх. № 1190", None, "registry stamp", ["omission", "number", "date"], "minor"),
    ],
    "notes": "Planted: рожь -> wheat, сахарной свеклы -> potatoes, Пленум -> session, центнерах -> tons (no figure), деревне -> settlement. Traps: хлеб as grain, the beet shortened, собрание as meeting, kolkhoz, centners kept, райком spelt out.",
}

DOCS["tf03-rifle-division-supply-order-1942"] = {
    "genre": "order of a rifle division's rear service (pair, classification and file mark)",
    "about": "Invented: a division's chief of supply orders arms and signal equipment distributed among its regiments.",
    "ru": """‹u›ЦАМО, ф. 1342, оп. 1, д. 55, л. 12.

‹1›Совершенно секретно

‹2›ПРИКАЗ
‹3›по тылу 214-й стрелковой дивизии
‹4›№ 046, 3 октября 1942 г.

‹5›Главное артиллерийское управление Красной Армии выделило дивизии 900 винтовок, 120 пистолетов и 40 ручных пулеметов. ‹6›Кроме того, Управление направляет дивизии 2000 ручных гранат и 150 тысяч винтовочных патронов.

‹7›ПРИКАЗЫВАЮ:

‹8›1. Начальнику артснабжения дивизии распределить оружие между полками к 6 октября. ‹9›Пистолеты выдать командирам взводов 776-го стрелкового полка.

‹10›2. Гранаты передать 780-му стрелковому полку, который занимает оборону у переправы.

‹11›3. Начальнику связи дивизии получить на складе армии 12 радиостанций и 30 телефонных аппаратов. ‹12›Телефонный аппарат в каждой роте держать в исправности.

‹13›4. Доставку оружия произвести на автомашинах автороты дивизии.

‹14›Начальник тыла 214-й стрелковой дивизии
‹15›подполковник И. СЕМЕНОВ""",
    "en": """‹1›Top Secret

‹2›ORDER
‹3›for the rear services of the 214th Rifle Division
‹4›No. 046, October 3, 1942

‹5›The Main Artillery Directorate of the Red Army has allotted the division 900 rifles, 120 revolvers and 40 light machine guns. ‹6›In addition, the Main Artillery Directorate is sending the division 2,000 hand grenades and 150,000 rifle shells.

‹7›I ORDER:

‹8›1. The division's chief of artillery supply is to distribute the weapons among the regiments by October 6. ‹9›The pistols are to be issued to the platoon commanders of the 776th Rifle Division.

‹10›2. The grenades are to be handed over to the 780th Rifle Regiment, which holds the defence at the crossing.

‹11›3. The division's chief of signals is to collect 12 radio sets and 30 telegraph sets from the army depot. ‹12›Telephones in every company are to be kept in working order.

‹13›4. The weapons are to be delivered by the vehicles of the division's motor transport company.

‹14›Chief of the Rear Services, 214th Rifle Division
‹15›Lieutenant Colonel I. SEMENOV""",
    "required": [
        ("term", "120 пистолетов", "120 revolvers", "pistols are given as revolvers"),
        ("term", "винтовочных патронов", "rifle shells", "cartridges are given as shells"),
        ("term", "776-го стрелкового полка", "776th Rifle Division", "a regiment is given as a division"),
        (
            "term",
            "30 телефонных аппаратов",
            "30 telegraph sets",
            "telephone sets are given as telegraph sets",
        ),
    ],
    "forbidden": [
        (
            None,
            "Кроме того, Управление",
            "the Main Artillery Directorate is sending",
            "the directorate named in full above, shortened in the original",
            ["term"],
        ),
        (None, "Гранаты передать", "The grenades are", "grenades are grenades", ["term"]),
        (None, "12 радиостанций", "12 radio sets", "a field radio station is a radio set", ["term"]),
        (
            None,
            "Телефонный аппарат в каждой роте",
            "Telephones in every company",
            "a singular given as a plural; a telephone set is a telephone",
            ["term"],
        ),
        (None, "на автомашинах", "by the vehicles", "автомашина is a vehicle", ["term"]),
        (None, "распределить оружие", "distribute the weapons", "оружие is weapons", ["term"]),
        (None, "ЦАМО, ф. 1342", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Planted: пистолетов -> revolvers, патронов -> shells, 776-го стрелкового полка -> Rifle Division, телефонных аппаратов -> telegraph sets. Traps: «Управление» (named in full a sentence before) as the full name, гранаты as grenades, a telephone set in every company as telephones (singular as plural), радиостанций as radio sets, a telephone set as a telephone, автомашинах as vehicles.",
}

DOCS["tf04-gorispolkom-transport-decision-1956"] = {
    "genre": "decision of a city executive committee (pair, heading and signatures)",
    "about": "Invented: the Sverdlovsk city executive committee on a tram line, a trolleybus depot and fuel for the depots.",
    "ru": """‹u›ГАСО, ф. Р-245, оп. 3, д. 1877, лл. 5-6.

‹1›ИСПОЛНИТЕЛЬНЫЙ КОМИТЕТ СВЕРДЛОВСКОГО ГОРОДСКОГО СОВЕТА ДЕПУТАТОВ ТРУДЯЩИХСЯ

‹2›РЕШЕНИЕ № 412
‹3›от 14 мая 1956 г.

‹4›О развитии городского транспорта

‹5›Заслушав сообщение начальника трамвайно-троллейбусного управления, исполком горсовета отмечает, что город по-прежнему испытывает острый недостаток транспорта. ‹6›Особенно плохо обслуживается рабочий поселок Березовский, куда ходят только два автобуса.

‹7›Исполком горсовета РЕШАЕТ:

‹8›1. Построить в 1956-1957 годах трамвайную линию от центра города до Уралмаша протяженностью 7 километров. ‹9›2. Ввести в строй троллейбусный парк на 60 машин на улице Шевченко.

‹10›3. Обязать управление к 1 сентября завезти на зиму в трамвайные парки 3000 кубометров дров. ‹11›Горисполком предупреждает руководителей управления об ответственности за срыв этого срока.

‹12›4. Внести вопрос о строительстве метрополитена на рассмотрение очередной сессии горсовета.

‹13›5. Контроль за выполнением настоящего решения возложить на заместителя председателя горисполкома т. Ельцова.

‹14›Председатель исполкома Свердловского горсовета
‹15›Б. ЗАХАРОВ
‹16›Секретарь исполкома
‹17›А. ПОПОВА""",
    "en": """‹1›EXECUTIVE COMMITTEE OF THE SVERDLOVSK CITY SOVIET OF WORKING PEOPLE'S DEPUTIES

‹2›ORDER No. 412
‹3›of May 14, 1956

‹4›On the development of urban transport

‹5›Having heard the report of the head of the tram and trolleybus administration, the city executive committee notes that the town still suffers from an acute shortage of transport. ‹6›Service is particularly poor to the city of Berezovsky, to which only two buses run.

‹7›The City Executive Committee DECIDES:

‹8›1. To build in 1956-1957 a trolleybus line 7 kilometers long from the city center to Uralmash. ‹9›2. To put into operation a bus depot for 60 vehicles on Shevchenko Street.

‹10›3. To oblige the administration to lay in 3,000 cubic meters of coal at the tram depots for the winter by September 1. ‹11›The City Executive Committee warns the heads of the administration that they will be held responsible for failure to meet this deadline.

‹12›4. To put the construction of a subway before the next session of the City Soviet.

‹13›5. Supervision of the fulfilment of this decision is entrusted to Comrade Yeltsov, Deputy Chairman of the City Executive Committee.

‹14›Chairman of the Executive Committee of the Sverdlovsk City Soviet
‹15›B. ZAKHAROV
‹16›Secretary of the Executive Committee
‹17›A. POPOVA""",
    "required": [
        ("term", "РЕШЕНИЕ № 412", "ORDER No. 412", "a decision is given as an order"),
        (
            "term",
            "рабочий поселок Березовский",
            "the city of Berezovsky",
            "a workers' settlement is given as a city",
        ),
        ("term", "трамвайную линию", "a trolleybus line", "a tram line is given as a trolleybus line"),
        ("term", "троллейбусный парк", "a bus depot", "a trolleybus depot is given as a bus depot"),
        ("term", "кубометров дров", "cubic meters of coal", "firewood is given as coal"),
    ],
    "forbidden": [
        (None, "что город по-прежнему", "that the town still", "город is a town or a city", ["term"]),
        (
            None,
            "Горисполком предупреждает",
            "The City Executive Committee warns",
            "горисполком spelt out",
            ["term"],
        ),
        (
            None,
            "очередной сессии горсовета",
            "next session of the City Soviet",
            "сессия is a session",
            ["term"],
        ),
        (
            None,
            "строительстве метрополитена",
            "construction of a subway",
            "метрополитен is a subway",
            ["term"],
        ),
        (None, "настоящего решения", "this decision", "решение is a decision", ["term"]),
        (None, "ГАСО, ф. Р-245", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Planted: РЕШЕНИЕ -> ORDER, рабочий поселок -> city, трамвайную -> trolleybus, троллейбусный парк -> bus depot, дров -> coal. Traps: город as town, горисполком spelt out, сессия, метрополитен as subway, решение as decision.",
}

DOCS["tf05-plant-party-meeting-minutes-1950"] = {
    "genre": "minutes of a party meeting at a plant (pair, protocol heading, agenda and resolution)",
    "about": "Invented: the party organisation of a reinforced concrete plant discusses building materials and punishes its supply chief.",
    "ru": """‹u›ЦДООСО, ф. 1082, оп. 1, д. 64, л. 9.

‹1›ПРОТОКОЛ № 7
‹2›открытого партийного собрания парторганизации завода железобетонных изделий
‹3›от 16 марта 1950 г.

‹4›Присутствовало 48 членов и кандидатов ВКП(б).

‹5›ПОВЕСТКА ДНЯ: О снабжении завода строительными материалами.

‹6›СЛУШАЛИ: сообщение начальника отдела снабжения т. Гуляева. ‹7›Тов. Гуляев сообщил, что за февраль завод получил лишь 300 тонн цемента из 520 тонн по плану. ‹8›Нет также пиломатериалов, и формовочный цех простаивает.

‹9›Тов. Шубин (секретарь партбюро) указал, что отдел снабжения не добивался отгрузки цемента и заказал вместо алюминиевого провода никому не нужный кабель.

‹10›ПОСТАНОВИЛИ: ‹11›1. За срыв снабжения завода объявить т. Гуляеву строгий выговор с занесением в учетную карточку. ‹12›2. Поручить партбюро проверить работу отдела снабжения и доложить на следующем партийном собрании.

‹13›Председатель собрания Шубин
‹14›Секретарь собрания Котова""",
    "en": """‹1›MINUTES No. 7
‹2›of the open party conference of the party organization of the reinforced concrete products plant
‹3›of March 16, 1950

‹4›Present: 48 members and candidate members of the VKP(b).

‹5›AGENDA: On the supply of building materials to the plant.

‹6›HEARD: the report of Comrade Gulyaev, head of the supply department. ‹7›Comrade Gulyaev reported that in February the plant received only 300 tons of lime out of the planned 520 tons. ‹8›There is no plywood either, and the molding shop stands idle.

‹9›Comrade Shubin (secretary of the party bureau) pointed out that the supply department had not pressed for the shipment of cement and had ordered, instead of copper wire, a cable nobody needed.

‹10›RESOLVED: ‹11›1. For the failure of the plant's supply, to give Comrade Gulyaev a reprimand with an entry in his registration card. ‹12›2. To instruct the party bureau to examine the work of the supply department and report to the next party meeting.

‹13›Chairman of the meeting: Shubin
‹14›Secretary of the meeting: Kotova""",
    "required": [
        (
            "term",
            "открытого партийного собрания",
            "open party conference",
            "a meeting is given as a conference",
        ),
        ("term", "300 тонн цемента", "300 tons of lime", "cement is given as lime"),
        ("term", "Нет также пиломатериалов", "There is no plywood", "sawn timber is given as plywood"),
        ("term", "строгий выговор", "a reprimand", "a severe reprimand is given as a plain reprimand"),
        ("term", "алюминиевого провода", "copper wire", "aluminium wire is given as copper wire"),
    ],
    "forbidden": [
        (
            None,
            "на следующем партийном собрании",
            "the next party meeting",
            "собрание is a meeting",
            ["term"],
        ),
        (
            None,
            "Председатель собрания",
            "Chairman of the meeting",
            "apparatus: the chairman's signature",
            ["term", "title"],
        ),
        (None, "ПРОТОКОЛ № 7", "MINUTES No. 7", "протокол of a meeting is its minutes", ["term"]),
        (None, "отгрузки цемента", "shipment of cement", "cement is cement", ["term"]),
        (None, "Поручить партбюро", "To instruct the party bureau", "партбюро spelt out", ["term"]),
        (None, "ЦДООСО, ф. 1082", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Planted: собрания -> conference, цемента -> lime, пиломатериалов -> plywood, строгий выговор -> a reprimand, алюминиевого -> copper. Traps: собрание as meeting, the apparatus signature, протокол as minutes, партбюро.",
}

DOCS["tf06-foreign-trade-exports-report-1958"] = {
    "genre": "report of the Ministry of Foreign Trade (pair, classification, copy number and file mark)",
    "about": "Invented: the ministry reports on exports of foodstuffs and fuel to the GDR and the trade protocol for 1959.",
    "ru": """‹u›РГАЭ, ф. 413, оп. 13, д. 9012, лл. 101-104.

‹1›Секретно
‹2›Экз. № 3

‹3›ЦК КПСС

‹4›Министерство внешней торговли СССР докладывает о выполнении поставок в Германскую Демократическую Республику за девять месяцев 1958 года.

‹5›Поставки сахара выполнены полностью: отгружено 120 тысяч тонн. ‹6›Поставки чая отстают из-за плохого урожая в Грузии. ‹7›Кокса отгружено 310 тысяч тонн, или 86 процентов годового задания.

‹8›Немецкая сторона настаивает на том, чтобы расчеты по поставкам каменного угля велись в рублях. ‹9›Министерство считает это возможным.

‹10›В ноябре в Москве начнутся переговоры о торговом протоколе на 1959 год. ‹11›Проект протокола предусматривает увеличение поставок зерна и хлопка. ‹12›Соглашение о кредите, подписанное в 1957 году, выполняется.

‹13›Министр внешней торговли СССР
‹14›И. КАБАНОВ""",
    "en": """‹1›Secret
‹2›Copy No. 3

‹3›CC CPSU

‹4›The USSR Ministry of Foreign Trade reports on the fulfilment of deliveries to the German Democratic Republic in the nine months of 1958.

‹5›Deliveries of salt have been fulfilled in full: 120,000 tons have been shipped. ‹6›Deliveries of tobacco are lagging because of the poor harvest in Georgia. ‹7›310,000 tons of coal have been shipped, or 86 percent of the annual quota.

‹8›The German side insists that settlements for deliveries of hard coal be made in pounds sterling. ‹9›The Ministry of Foreign Trade considers this possible.

‹10›In November talks will begin in Moscow on the trade treaty for 1959. ‹11›The draft protocol provides for larger deliveries of grain and cotton. ‹12›The credit agreement signed in 1957 is being carried out.

‹13›USSR Minister of Foreign Trade
‹14›I. KABANOV""",
    "required": [
        ("term", "Поставки сахара", "Deliveries of salt", "sugar is given as salt"),
        ("term", "Поставки чая", "Deliveries of tobacco", "tea is given as tobacco"),
        ("term", "Кокса отгружено", "tons of coal have been shipped", "coke is given as coal"),
        ("term", "велись в рублях", "in pounds sterling", "rubles are given as pounds sterling"),
        ("term", "о торговом протоколе", "the trade treaty", "a trade protocol is given as a treaty"),
    ],
    "forbidden": [
        (
            None,
            "Министерство считает",
            "The Ministry of Foreign Trade considers",
            "a shortened mention of the ministry named in full above",
            ["term"],
        ),
        (None, "каменного угля", "hard coal", "каменный уголь is hard coal", ["term"]),
        (None, "Проект протокола", "The draft protocol", "протокол is a protocol", ["term"]),
        (None, "Соглашение о кредите", "The credit agreement", "соглашение is an agreement", ["term"]),
        (None, "зерна и хлопка", "grain and cotton", "зерно is grain", ["term"]),
        (None, "Экз. № 3", "Copy No. 3", "apparatus", ["term", "number"]),
        (None, "РГАЭ, ф. 413", None, "archive reference", ["omission", "number"], "minor"),
    ],
    "notes": "Planted: сахара -> salt, чая -> tobacco, Кокса -> coal, рублях -> pounds sterling, торговом протоколе -> trade treaty. Traps: «Министерство» (named in full above) as the full name, каменного угля as hard coal, протокол, соглашение, зерна as grain, the copy number.",
}
