# ruff: noqa: E501, RUF001  (the texts are data)
"""The invented l documents of archival-own (read by build_archival_l.py): terms of other domains.

Six documents imitating the Korean War (k) and Mongolian (m) series, each planting a term rendered as another
term of its kind where the earlier term batches (d, z) did not look: arms of service (engineer and signal
units), security organs (МГБ against МВД), state planning against a ministry, livestock (camels, goats),
crops (barley, wheat) and materials (cast iron against steel, kerosene against gasoline), beside the
legitimate renderings a naive tool would flag (войска as forces, горючее as fuel, хлеб as grain, артель as a
cooperative, народное хозяйство as the national economy, трудодни as workdays). Every text is invented
(persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py.
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["l01-razuvaev-engineer-units-1951"] = {
    "genre": "cipher telegram of the chief military adviser (pair)",
    "about": "Invented: the chief military adviser in Korea reports on restoring bridges and asks for engineer units.",
    "ru": """‹u›ЦАМО, ф. 16, оп. 3139, д. 402, л. 77-78.

‹1›ШИФРТЕЛЕГРАММА

‹2›Совершенно секретно

‹3›ВОЕННОМУ МИНИСТРУ СССР
‹4›тов. ВАСИЛЕВСКОМУ

‹5›В результате налетов авиации противника на участке Синанджу - Анджу разрушены 4 железнодорожных моста и 11 мостов на шоссейных дорогах. ‹6›Восстановление ведут два инженерных батальона КНА и местное население.

‹7›Войска первого эшелона испытывают острую нехватку горючего и боеприпасов. ‹8›Подвоз производится только ночью, автоколоннами по 20-25 машин.

‹9›Прошу направить в распоряжение главного военного советника три отдельных инженерных батальона с понтонным парком ‹10›и роту связи для штаба фронта.

‹11›Корейские товарищи просят также ускорить поставку 60 тонн взрывчатки и 300 противотанковых мин.

‹12›РАЗУВАЕВ

‹13›14 октября 1951 года
‹u›№ 1187/ш""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›Top Secret

‹3›To the USSR Minister of War
‹4›Comrade VASILEVSKY

‹5›Enemy air raids on the Sinanju-Anju sector have destroyed four railway bridges and eleven highway bridges. ‹6›They are being repaired by two KPA sapper battalions and the local population.

‹7›The first-echelon forces are acutely short of fuel and ammunition. ‹8›Supplies are brought up only at night, in truck columns of 20-25 vehicles.

‹9›I request that three independent signal battalions with a pontoon park be placed at the disposal of the Chief Military Adviser, ‹10›together with a signals company for the front headquarters.

‹11›The Korean comrades also ask that the delivery of 60 tons of explosives and 300 anti-tank mines be speeded up.

‹12›RAZUVAEV

‹13›October 14, 1951""",
    "required": [
        (
            "term",
            ("инженерных батальона", "три отдельных инженерных батальона"),
            "signal battalions",
            "three independent engineer battalions with a pontoon park are given as signal battalions",
        ),
    ],
    "forbidden": [
        (None, "ЦАМО, ф. 16", None, "archive reference", ["omission", "number"], "minor"),
        (None, "№ 1187/ш", None, "the telegram's number, apparatus", ["omission", "number"], "minor"),
        (None, "4 железнодорожных", "four railway", "a number in words", ["number"]),
        (None, "11 мостов", "eleven highway", "a number in words", ["number"]),
        (
            None,
            ("инженерных батальона", "два инженерных батальона"),
            "sapper battalions",
            "an engineer battalion is a sapper battalion",
            ["term"],
            "minor",
        ),
        (None, "Войска первого эшелона", "first-echelon forces", "войска as forces", ["term"], "minor"),
        (None, "горючего", "fuel", "горючее is fuel", ["term"], "minor"),
        (None, "роту связи", "signals company", "рота связи is a signals company", ["term"], "minor"),
        (None, "штаба фронта", "front headquarters", "the same staff", ["term"], "minor"),
        (None, "20-25", "20-25", "the same range", ["number"]),
        (None, "14 октября 1951 года", "October 14, 1951", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: инженерных батальона -> signal battalions (term). Free: инженерный батальон as sapper battalion, войска as forces, горючее as fuel, numbers in words.",
}

DOCS["l02-mgb-adviser-report-1950"] = {
    "genre": "report of the security adviser (pair)",
    "about": "Invented: the senior MGB adviser in Pyongyang reports on the DPRK security and internal affairs bodies.",
    "ru": """‹u›АПРФ, ф. 3, оп. 65, д. 776, л. 141-144.

‹1›Сов. секретно

‹2›МИНИСТРУ ГОСУДАРСТВЕННОЙ БЕЗОПАСНОСТИ СССР
‹3›тов. АБАКУМОВУ В. С.

‹4›ДОКЛАД
‹5›о работе органов безопасности КНДР

‹6›В соответствии с решением правительства КНДР в феврале 1950 года из Министерства внутренних дел выделено Политическое управление безопасности, подчиненное непосредственно Кабинету Министров. ‹7›В нем работают 1.760 человек, в том числе в центральном аппарате 310 человек.

‹8›Пограничные войска и войска внутренней охраны остались в ведении МВД КНДР. ‹9›Пограничная охрана на 38-й параллели насчитывает 6 бригад.

‹10›Наши советники помогли организовать следственную часть и школу оперативных работников на 400 слушателей. ‹11›Большинство сотрудников не имеет опыта агентурной работы.

‹12›Считаю целесообразным направить в распоряжение МГБ КНДР еще 12 советников из числа опытных работников органов МГБ. ‹13›Кандидатуры прошу согласовать с ЦК ВКП(б).

‹14›Старший советник МГБ СССР при МВД КНДР
‹15›полковник НОВИЧЕНКО

‹16›2 мая 1950 г.""",
    "en": """‹1›Top Secret

‹2›To the USSR Minister of State Security
‹3›Comrade V. S. ABAKUMOV

‹4›REPORT
‹5›on the Work of the DPRK Security Organs

‹6›In February 1950, in accordance with a decision of the DPRK government, a Political Security Directorate was separated from the Ministry of the Interior and subordinated directly to the Cabinet of Ministers. ‹7›It has 1,760 employees, 310 of them in the central apparatus.

‹8›The border troops and internal security troops remained under the DPRK MVD. ‹9›The border guard on the 38th parallel numbers six brigades.

‹10›With the help of our advisers an investigation unit was set up, as well as a school for 400 operational officers. ‹11›Most of the staff have no experience of agent work.

‹12›I consider it advisable to send twelve more advisers to the DPRK MVD, chosen from experienced officers of the MGB. ‹13›I ask that the candidates be cleared with the Central Committee of the VKP(b).

‹14›Senior Adviser of the USSR MGB to the DPRK MVD
‹15›Colonel NOVICHENKO

‹16›May 2, 1950""",
    "required": [
        (
            "name",
            ("МГБ", "распоряжение МГБ КНДР"),
            ("MVD", "twelve more advisers to the DPRK MVD"),
            "the advisers are asked for the DPRK Ministry of State Security (МГБ), not the Ministry of Internal Affairs (MVD)",
        ),
    ],
    "forbidden": [
        (None, "АПРФ, ф. 3", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "Министерства внутренних дел",
            "Ministry of the Interior",
            "МВД as the Ministry of the Interior",
            ["term", "name"],
            "minor",
        ),
        (None, "органов безопасности КНДР", "Security Organs", "the same organs", ["term"], "minor"),
        (None, "Пограничные войска", "border troops", "the same troops", ["term"], "minor"),
        (None, "Пограничная охрана", "border guard", "the same guard", ["term"], "minor"),
        (None, "6 бригад", "six brigades", "a number in words", ["number", "term"]),
        (None, "1.760", "1,760", "thousands dot", ["number"]),
        (None, "12 советников", "twelve more advisers", "a number in words", ["number"]),
        (
            None,
            "ЦК ВКП(б)",
            "Central Committee of the VKP(b)",
            "the same committee",
            ["term", "name"],
            "minor",
        ),
        (None, "Кабинету Министров", "Cabinet of Ministers", "the same cabinet", ["term"], "minor"),
        (None, "2 мая 1950 г.", "May 2, 1950", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: МГБ КНДР -> DPRK MVD (a name: the project keeps institutions in names.toml). Free: МВД as Ministry of the Interior, пограничные войска as border troops, numbers in words.",
}

DOCS["l03-politburo-gosplan-china-1950"] = {
    "genre": "Politburo decision (page, Russian first)",
    "about": "Invented: the Politburo orders deliveries of railway equipment to China and charges Gosplan with the plan.",
    "page": {
        "date": "March 9, 1950",
        "title": "Politburo Decision on Deliveries of Railway Equipment to the People's Republic of China",
        "ref": "ld-0301",
        "translator": "E. Lindqvist",
        "summary": "The Politburo orders deliveries of rails, locomotives and fuel to China on the 1950 credit and tells the planning bodies to include them in the plan.",
        "fields": [
            ("Associated Places", "China; Manchuria (China)"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›РГАСПИ, ф. 17, оп. 162, д. 43, л. 118-119.

‹1›Строго секретно

‹2›Выписка из протокола № 74 заседания Политбюро ЦК ВКП(б)

‹3›Решение от 9 марта 1950 г.

‹4›О поставках железнодорожного оборудования в КНР.

‹5›1. Обязать Министерство путей сообщения поставить в 1950 году в Китайскую Народную Республику в счет кредита 120 паровозов и 2.500 товарных вагонов. ‹6›Поставки начать во втором квартале.

‹7›2. Поручить Госплану СССР (т. Сабурову) предусмотреть в плане на 1950 год выделение 85 тыс. тонн рельсов и скреплений. ‹8›Министерству внешней торговли (т. Меньшикову) заключить с китайской стороной соответствующий контракт.

‹9›3. Разрешить Министерству нефтяной промышленности отгрузить для КЧЖД 40 тыс. тонн горючего сверх установленных лимитов. ‹10›Расходы отнести за счет резервов Совета Министров СССР.

‹11›4. Контроль за выполнением настоящего решения возложить на Секретариат ЦК.

‹12›СЕКРЕТАРЬ ЦК""",
    "en": """‹1›Strictly Secret

‹2›Extract from Protocol No. 74 of the Meeting of the Politburo of the CC VKP(b)

‹3›Decision of March 9, 1950

‹4›On Deliveries of Railway Equipment to the PRC.

‹5›1. The Ministry of Railways is to deliver to the People's Republic of China in 1950, on account of the credit, 120 steam locomotives and 2,500 freight cars. ‹6›Deliveries are to begin in the second quarter.

‹7›2. The USSR Ministry of Finance (Comrade Saburov) is to provide in the plan for 1950 for the allocation of 85,000 tons of rails and fastenings. ‹8›The Ministry of Foreign Trade (Comrade Menshikov) is to conclude the corresponding contract with the Chinese side.

‹9›3. The Ministry of the Oil Industry is permitted to ship 40,000 tons of fuel for the Chinese Changchun Railway above the set limits. ‹10›The costs are to be charged to the reserves of the Soviet Government.

‹11›4. Supervision of the implementation of this decision is entrusted to the Presidium of the CC.

‹12›SECRETARY OF THE CC""",
    "required": [
        (
            "name",
            "Госплану СССР",
            ("Ministry of Finance", "USSR Ministry of Finance"),
            "the State Planning Committee (Gosplan) is given as the Ministry of Finance",
        ),
        (
            "term",
            "Секретариат ЦК",
            "Presidium of the CC",
            "supervision is entrusted to the Secretariat of the CC, not its Presidium",
        ),
    ],
    "forbidden": [
        (None, "РГАСПИ, ф. 17", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "Министерство путей сообщения",
            "Ministry of Railways",
            "the usual rendering",
            ["term", "name"],
            "minor",
        ),
        (None, "КЧЖД", "Chinese Changchun Railway", "the abbreviation spelt out", ["term", "name"], "minor"),
        (None, "горючего", "fuel", "горючее is fuel", ["term"], "minor"),
        (
            None,
            "Совета Министров СССР",
            "Soviet Government",
            "the Council of Ministers as the Soviet Government",
            ["term", "name"],
            "minor",
        ),
        (None, "кредита", "credit", "the same credit", ["term"], "minor"),
        (None, "контракт", "contract", "the same contract", ["term"], "minor"),
        (None, "2.500", "2,500", "thousands dot", ["number"]),
        (None, "85 тыс. тонн", "85,000 tons", "thousands abbreviated", ["number"]),
        (None, "40 тыс. тонн", "40,000 tons", "thousands abbreviated", ["number"]),
        (None, "9 марта 1950 г.", "March 9, 1950", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: Госплану -> Ministry of Finance (a name: institutions are in names.toml), Секретариат ЦК -> Presidium of the CC (term). Free: МПС as Ministry of Railways, Совет Министров as Soviet Government, горючее as fuel.",
}

DOCS["l04-ivanov-livestock-deliveries-1946"] = {
    "genre": "ambassador's report (pair)",
    "about": "Invented: the Soviet ambassador in Ulan Bator reports on Mongolian deliveries of livestock and wool.",
    "ru": """‹u›АВП РФ, ф. 0111, оп. 28, п. 142, д. 19, л. 30-33.

‹1›Секретно

‹2›ЗАМЕСТИТЕЛЮ МИНИСТРА ИНОСТРАННЫХ ДЕЛ СССР
‹3›тов. ДЕКАНОЗОВУ В. Г.

‹4›Правительство МНР выполнило план поставок скота в Советский Союз за первое полугодие 1946 года на 93 процента. ‹5›Поставлено 212 тыс. голов овец, 31 тыс. лошадей и 4.800 верблюдов.

‹6›Поставки крупного рогатого скота задерживаются из-за падежа, вызванного зимней бескормицей. ‹7›По данным министерства животноводства МНР, в аймаках Гоби погибло около 9 процентов поголовья коз.

‹8›Аратские хозяйства сдают шерсть государству по твердым ценам. ‹9›Промысловые артели перерабатывают около трети заготовленной кожи.

‹10›Маршал Чойбалсан в беседе со мной просил ускорить отгрузку 5 тыс. тонн хлеба, обещанных в счет товарооборота.

‹11›Посол СССР в МНР
‹12›И. ИВАНОВ

‹13›18 июля 1946 г.""",
    "en": """‹1›Secret

‹2›To the USSR Deputy Minister of Foreign Affairs
‹3›Comrade V. G. DEKANOZOV

‹4›The MPR government has fulfilled its plan of livestock deliveries to the Soviet Union for the first half of 1946 to 93 percent. ‹5›212,000 sheep, 31,000 horses and 4,800 yaks have been delivered.

‹6›Deliveries of cattle are delayed by losses caused by the lack of fodder in winter. ‹7›According to the MPR Ministry of Livestock Breeding, about 9 percent of the goats in the Gobi aimags have died.

‹8›The arat households deliver wool to the state at fixed prices. ‹9›About a third of the hides procured is processed by producers' cooperatives.

‹10›Marshal Choibalsan asked me in conversation to speed up the shipment of 5,000 tons of grain promised on account of the trade turnover.

‹11›USSR Ambassador to the MPR
‹12›I. IVANOV

‹13›July 18, 1946""",
    "required": [
        (
            "term",
            "верблюдов",
            "yaks",
            "4,800 camels are given as yaks",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0111", None, "archive reference", ["omission", "number"], "minor"),
        (None, "поставок скота", "livestock deliveries", "скот as livestock", ["term"], "minor"),
        (None, "крупного рогатого скота", "cattle", "крупный рогатый скот is cattle", ["term"], "minor"),
        (None, "поголовья коз", "goats", "the goat herds as goats", ["term"], "minor"),
        (None, "Аратские хозяйства", "arat households", "the same households", ["term"], "minor"),
        (None, "Промысловые артели", "producers' cooperatives", "артель as a cooperative", ["term"], "minor"),
        (None, "хлеба", "grain", "хлеб as grain", ["term"], "minor"),
        (None, "товарооборота", "trade turnover", "the same term", ["term"], "minor"),
        (None, "212 тыс.", "212,000", "thousands abbreviated", ["number"]),
        (None, "31 тыс.", "31,000", "thousands abbreviated", ["number"]),
        (None, "4.800", "4,800", "thousands dot", ["number"]),
        (None, "18 июля 1946 г.", "July 18, 1946", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: верблюдов -> yaks (term). Free: скот as livestock, крупный рогатый скот as cattle, артель as cooperative, хлеб as grain.",
}

DOCS["l05-tsedenbal-grain-farms-1953"] = {
    "genre": "letter of the Mongolian premier to the Soviet leadership (pair)",
    "about": "Invented: Tsedenbal asks the Soviet government for help to the Mongolian state farms and haying stations.",
    "ru": """‹u›РГАСПИ, ф. 82, оп. 2, д. 1266, л. 9-12.

‹1›ПРЕДСЕДАТЕЛЮ СОВЕТА МИНИСТРОВ СССР
‹2›товарищу МАЛЕНКОВУ Г. М.

‹3›Дорогой товарищ Маленков!

‹4›В 1953 году государственные хозяйства МНР засеяли 48 тыс. гектаров, из них под пшеницу 39 тыс. гектаров и под ячмень 6 тыс. гектаров. ‹5›Валовой сбор хлеба составил 41 тыс. тонн.

‹6›Урожайность ячменя не превысила 5 центнеров с гектара из-за засухи. ‹7›Просо сеется только в аратских хозяйствах Восточного аймака.

‹8›Машинно-сенокосные станции заготовили 310 тыс. тонн сена. ‹9›Члены сельскохозяйственных объединений выработали в среднем по 140 трудодней.

‹10›Правительство МНР просит предоставить долгосрочный кредит в сумме 45 млн. рублей для оснащения госхозов тракторами и комбайнами. ‹11›Погашение кредита мы предлагаем производить поставками шерсти и скота начиная с 1956 года.

‹12›С коммунистическим приветом
‹13›Ю. ЦЭДЭНБАЛ

‹14›Улан-Батор, 4 ноября 1953 г.""",
    "en": """‹1›To the Chairman of the USSR Council of Ministers
‹2›Comrade G. M. MALENKOV

‹3›Dear Comrade Malenkov,

‹4›In 1953 the state farms of the MPR sowed 48,000 hectares, of which 39,000 hectares were under wheat and 6,000 hectares under barley. ‹5›The gross grain harvest came to 41,000 tons.

‹6›Because of the drought the wheat yield did not exceed 5 centners per hectare. ‹7›Millet is sown only by arat households in the Eastern aimag.

‹8›The machine-haying stations laid in 310,000 tons of hay. ‹9›Members of the agricultural associations earned on average 140 workdays each.

‹10›The MPR government asks for a long-term credit of 45 million rubles to equip the state farms with tractors and combines. ‹11›We propose to repay the credit with deliveries of wool and livestock from 1956.

‹12›With communist greetings,
‹13›Yu. TSEDENBAL

‹14›Ulan Bator, November 4, 1953""",
    "required": [
        (
            "term",
            "ячменя",
            ("wheat", "the wheat yield"),
            "the barley yield is given as the wheat yield",
        ),
    ],
    "forbidden": [
        (None, "РГАСПИ, ф. 82", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "государственные хозяйства",
            ("state farms", "the state farms of the MPR"),
            "the same farms",
            ["term"],
            "minor",
        ),
        (
            None,
            "госхозов",
            ("state farms", "equip the state farms"),
            "госхоз is a state farm",
            ["term"],
            "minor",
        ),
        (None, "хлеба", "grain", "хлеб as grain", ["term"], "minor"),
        (None, "Просо", "Millet", "the same crop", ["term"], "minor"),
        (
            None,
            "Машинно-сенокосные станции",
            "machine-haying stations",
            "the same stations",
            ["term"],
            "minor",
        ),
        (None, "трудодней", "workdays", "трудодни as workdays", ["term", "number"], "minor"),
        (None, "долгосрочный кредит", "long-term credit", "the same credit", ["term"], "minor"),
        (None, "48 тыс.", "48,000", "thousands abbreviated", ["number"]),
        (None, "45 млн. рублей", "45 million rubles", "millions abbreviated", ["number"]),
        (None, "5 центнеров", "5 centners", "the same yield", ["number"]),
        (None, "4 ноября 1953 г.", "November 4, 1953", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: ячменя -> wheat (term). Free: госхоз as state farm, хлеб as grain, трудодни as workdays.",
}

DOCS["l06-mvt-note-metals-dprk-1952"] = {
    "genre": "memorandum of the Ministry of Foreign Trade (pair)",
    "about": "Invented: the Ministry of Foreign Trade reports on deliveries of metals and oil products to the DPRK.",
    "ru": """‹u›РГАЭ, ф. 413, оп. 9, д. 1782, л. 4-6.

‹1›Секретно

‹2›СОВЕТ МИНИСТРОВ СССР
‹3›товарищу МИКОЯНУ А. И.

‹4›Министерство внешней торговли докладывает о ходе поставок в Корейскую Народно-Демократическую Республику в 1952 году.

‹5›По состоянию на 1 сентября отгружено 14 тыс. тонн проката черных металлов и 9 тыс. тонн чугуна. ‹6›Остаток стали по плану года составляет 3.200 тонн.

‹7›Нефтепродуктов отгружено 52 тыс. тонн, в том числе бензина 30 тыс. тонн, дизельного топлива 12 тыс. тонн и керосина 6 тыс. тонн. ‹8›Горюче-смазочные материалы поступают через станцию Маньчжурия.

‹9›Корейская сторона просит увеличить поставки керосина для освещения на 2 тыс. тонн. ‹10›Министерство нефтяной промышленности считает это возможным за счет экспорта в другие страны.

‹11›Министр внешней торговли
‹12›П. КУМЫКИН

‹13›12 сентября 1952 г.""",
    "en": """‹1›Secret

‹2›To the USSR Council of Ministers
‹3›Comrade A. I. MIKOYAN

‹4›The Ministry of Foreign Trade reports on the progress of deliveries to the Democratic People's Republic of Korea in 1952.

‹5›As of September 1, 14,000 tons of rolled ferrous metal and 9,000 tons of steel have been shipped. ‹6›The steel still due under the year's plan amounts to 3,200 tons.

‹7›Petroleum products shipped amount to 52,000 tons, including 30,000 tons of gasoline, 12,000 tons of diesel fuel and 6,000 tons of kerosene. ‹8›Fuel and lubricants arrive through Manchuria station.

‹9›The Korean side asks that deliveries of gasoline for lighting be increased by 2,000 tons. ‹10›The Ministry of the Oil Industry considers this possible at the expense of exports to other countries.

‹11›Minister of Foreign Trade
‹12›P. KUMYKIN

‹13›September 12, 1952""",
    "required": [
        (
            "term",
            "чугуна",
            ("steel", "9,000 tons of steel"),
            "9,000 tons of pig iron (чугун) are given as steel",
        ),
        (
            "term",
            ("керосина", "поставки керосина"),
            ("gasoline", "deliveries of gasoline"),
            "the kerosene asked for lighting is given as gasoline",
        ),
    ],
    "forbidden": [
        (None, "РГАЭ, ф. 413", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "проката черных металлов",
            "rolled ferrous metal",
            "прокат as rolled metal",
            ["term"],
            "minor",
        ),
        (None, "Нефтепродуктов", "Petroleum products", "the same products", ["term"], "minor"),
        (None, "дизельного топлива", "diesel fuel", "the same fuel", ["term"], "minor"),
        (
            None,
            "Горюче-смазочные материалы",
            "Fuel and lubricants",
            "ГСМ as fuel and lubricants",
            ["term"],
            "minor",
        ),
        (None, "экспорта", "exports", "the same exports", ["term"], "minor"),
        (None, "14 тыс. тонн", "14,000 tons", "thousands abbreviated", ["number"]),
        (None, "3.200", "3,200", "thousands dot", ["number"]),
        (
            None,
            ("1 сентября", "на 1 сентября"),
            ("September 1", "As of September 1"),
            "the same date",
            ["number", "date"],
        ),
        (None, "12 сентября 1952 г.", "September 12, 1952", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: чугуна -> steel, керосина -> gasoline (terms). Free: прокат as rolled metal, нефтепродукты as petroleum products, ГСМ as fuel and lubricants.",
}
