# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented te documents of archival-own (read by build_archival_te.py): terms of acts, craft, money and rolling stock.

Six two-file pairs imitating the Korean War (k), Mongolian (m) and wartime correspondence (s) series, each
planting a term rendered as another term of its kind where the earlier term batches (d, z, l) did not look:
kinds of official acts (a directive given as an order), aircraft classes (a ground-attack aircraft given as a
bomber, a transport given as a reconnaissance plane), ship classes (a minesweeper given as a patrol ship),
rolling stock and vehicles (flatcars given as tank cars, trucks given as tractors), and a unit or a currency
changed while the figure stays (centners given as tons, tugriks given as rubles, pounds sterling as dollars).
Beside them stand the legitimate renderings a naive tool would flag: постановление as a resolution or a
decision, решение as a decision, самолеты as aircraft or planes, центнер as a quintal, торговое судно as a
merchant ship, транспорт as a transport, вагон as a freight car, тягач as a prime mover.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py.
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["te01-politburo-aircraft-kpa-1950"] = {
    "genre": "Politburo decision (pair)",
    "about": "Invented: the Politburo orders aircraft and rolling stock handed over to the Korean People's Army.",
    "ru": """‹u›АПРФ, ф. 3, оп. 65, д. 829, л. 41-42.

‹1›Строго секретно

‹2›Из протокола № 79 заседания Политбюро ЦК ВКП(б)

‹3›Решение от 9 ноября 1950 г.

‹4›О передаче самолетов Корейской Народной Армии

‹5›1. Обязать Военное министерство СССР (т. Василевского) передать в ноябре-декабре 1950 г. военно-воздушным силам КНА 36 штурмовиков Ил-10 и 8 транспортных самолетов Ли-2 с запасными частями на один год эксплуатации.

‹6›2. Обязать Министерство путей сообщения (т. Бещева) подать на станцию Гродеково 70 крытых вагонов и 24 платформы для перевозки имущества авиационных частей.

‹7›3. Летно-технический состав КНА, переучиваемый на самолетах Ил-10, разместить на аэродромах Приморского военного округа. ‹8›Подготовку закончить к 1 февраля 1951 г.

‹9›4. Военному министру СССР издать соответствующий приказ.

‹10›СЕКРЕТАРЬ ЦК""",
    "en": """‹1›Strictly Secret

‹2›From Protocol No. 79 of the Session of the Politburo of the CC VKP(b)

‹3›Decision of November 9, 1950

‹4›On the Transfer of Aircraft to the Korean People's Army

‹5›1. The Ministry of War of the USSR (Comrade Vasilevsky) is to hand over to the KPA air force in November-December 1950 thirty-six Il-10 bombers and eight Li-2 transport planes with spare parts for one year of operation.

‹6›2. The Ministry of Railways (Comrade Beshchev) is to deliver to Grodekovo station 70 boxcars and 24 tank cars for carrying the property of the air units.

‹7›3. The KPA flying and technical personnel retraining on the Il-10 are to be stationed at airfields of the Maritime Military District. ‹8›Training is to be completed by February 1, 1951.

‹9›4. The USSR Minister of War is to issue the appropriate order.

‹10›SECRETARY OF THE CC""",
    "required": [
        (
            "term",
            "штурмовиков",
            ("bombers", "Il-10 bombers"),
            "36 Il-10 ground-attack aircraft are given as bombers",
        ),
        ("term", "платформы", "tank cars", "24 flatcars are given as tank cars"),
    ],
    "forbidden": [
        (None, "АПРФ, ф. 3", None, "archive reference", ["omission", "number"], "minor"),
        (None, "Решение от", "Decision of", "решение as a decision", ["term"], "minor"),
        (None, "передаче самолетов", "Transfer of Aircraft", "самолеты as aircraft", ["term"], "minor"),
        (None, "36 штурмовиков", "thirty-six Il-10", "a number in words", ["number"]),
        (None, "8 транспортных", "eight Li-2", "a number in words", ["number"]),
        (
            None,
            "транспортных самолетов",
            "transport planes",
            "a transport aircraft as a transport plane",
            ["term"],
            "minor",
        ),
        (None, "крытых вагонов", "boxcars", "a covered wagon as a boxcar", ["term"], "minor"),
        (
            None,
            "Министерство путей сообщения",
            "Ministry of Railways",
            "the same ministry",
            ["term", "name"],
            "minor",
        ),
        (
            None,
            "Приморского военного округа",
            "Maritime Military District",
            "Primorye as Maritime",
            ["term", "name"],
            "minor",
        ),
        (None, "приказ", "order", "приказ as an order", ["term"], "minor"),
        (None, "1 февраля 1951 г.", "February 1, 1951", "the same date", ["number", "date"]),
        (None, "9 ноября 1950 г.", "November 9, 1950", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: штурмовиков -> bombers (term); платформы -> tank cars (term). Free: решение as decision, самолеты as aircraft, numbers in words, крытые вагоны as boxcars.",
}

DOCS["te02-shtykov-wonsan-ships-1950"] = {
    "genre": "cipher telegram of the ambassador (pair)",
    "about": "Invented: the ambassador reports on ships at Wonsan and on a naval directive to the Korean fleet.",
    "ru": """‹u›АПРФ, ф. 3, оп. 65, д. 826, л. 97-98.

‹1›ШИФРТЕЛЕГРАММА

‹2›Совершенно секретно

‹3›ТОВАРИЩУ ФИН-СИ

‹4›Сообщаю, что 12 июля в порт Вонсан прибыли из Владивостока 3 тральщика и 4 торпедных катера, переданные корейскому флоту. ‹5›Вместе с ними пришло торговое судно «Двина» с боеприпасами и горючим.

‹6›Согласно директиве Главного морского штаба корабли сосредоточены в бухте Вонсан, а экипажи укомплектованы корейскими моряками. ‹7›Советские инструкторы останутся на кораблях до конца августа.

‹8›По данным разведки, у побережья находятся американский крейсер и 2 эсминца. ‹9›Подводных лодок противника не обнаружено.

‹10›Ким Ир Сен просит ускорить отправку еще 2 тральщиков для расчистки подходов к порту.

‹11›ШТЫКОВ

‹12›14 июля 1950 года""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›Top Secret

‹3›TO COMRADE FYN SI [Stalin]

‹4›I report that on July 12 three patrol ships and four torpedo boats handed over to the Korean navy arrived at the port of Wonsan from Vladivostok. ‹5›With them came the merchant ship Dvina carrying ammunition and fuel.

‹6›In accordance with an order of the Main Naval Staff the ships are concentrated in Wonsan Bay, and the crews are manned by Korean sailors. ‹7›The Soviet instructors will remain aboard until the end of August.

‹8›According to intelligence, an American cruiser and two destroyers are off the coast. ‹9›No enemy submarines have been detected.

‹10›Kim Il Sung asks that the dispatch of two more minesweepers to clear the approaches to the port be speeded up.

‹11›SHTYKOV

‹12›July 14, 1950""",
    "required": [
        (
            "term",
            "3 тральщика",
            ("patrol ships", "three patrol ships"),
            "three minesweepers are given as patrol ships",
        ),
        (
            "term",
            "директиве",
            ("order", "an order of"),
            "a directive of the Main Naval Staff is given as an order",
        ),
    ],
    "forbidden": [
        (None, "АПРФ, ф. 3", None, "archive reference", ["omission", "number"], "minor"),
        (None, "ФИН-СИ", "FYN SI", "Stalin's pseudonym transliterated", ["name"], "minor"),
        (None, None, "[Stalin]", "an editor's gloss in brackets", ["addition", "name"], "minor"),
        (None, "4 торпедных катера", "four torpedo boats", "a number in words", ["number"]),
        (None, "торговое судно", "merchant ship", "торговое судно as a merchant ship", ["term"], "minor"),
        (None, "«Двина»", "Dvina", "a ship's name without quotes", ["name"], "minor"),
        (None, "горючим", "fuel", "горючее as fuel", ["term"], "minor"),
        (None, "2 эсминца", "two destroyers", "a number in words", ["number"]),
        (None, "Подводных лодок", "submarines", "the same craft", ["term"], "minor"),
        (None, "2 тральщиков", "two more minesweepers", "a number in words", ["number"]),
        (None, "12 июля", "July 12", "the same date", ["number", "date"]),
        (None, "14 июля 1950 года", "July 14, 1950", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: 3 тральщика -> three patrol ships (term); директиве -> an order (term). Free: торговое судно as merchant ship, numbers in words, the pseudonym glossed.",
}

DOCS["te03-council-mpr-deliveries-1949"] = {
    "genre": "decision of the Council of Ministers (pair)",
    "about": "Invented: the Council of Ministers fixes deliveries of vehicles and grain to the MPR against payment in tugriks.",
    "ru": """‹u›ГА РФ, ф. Р-5446, оп. 51а, д. 3384, л. 7-9.

‹1›СОВЕТ МИНИСТРОВ СОЮЗА ССР

‹2›ПОСТАНОВЛЕНИЕ № 2917-1108сс

‹3›от 18 июня 1949 г.

‹4›О поставках в Монгольскую Народную Республику

‹5›Совет Министров Союза ССР ПОСТАНОВЛЯЕТ:

‹6›1. Обязать Министерство внешней торговли (т. Меньшикова) поставить в МНР в 1949 году 150 грузовых автомобилей ЗИС-150, 20 гусеничных тягачей и 40 тракторов.

‹7›2. Поставить в МНР 9 тыс. центнеров семенного зерна для аймаков, пострадавших от засухи.

‹8›3. Стоимость поставок в сумме 14 млн. тугриков отнести на счет кредита, предоставленного Правительству МНР в 1948 году. ‹9›Расчеты производить по курсу, установленному Государственным банком СССР.

‹10›4. Министерству путей сообщения обеспечить перевозку грузов до станции Наушки.

‹11›Председатель Совета Министров Союза ССР И. СТАЛИН
‹12›Управляющий Делами Совета Министров СССР Я. ЧАДАЕВ""",
    "en": """‹1›COUNCIL OF MINISTERS OF THE USSR

‹2›RESOLUTION No. 2917-1108ss

‹3›of June 18, 1949

‹4›On Deliveries to the Mongolian People's Republic

‹5›The Council of Ministers of the USSR RESOLVES:

‹6›1. The Ministry of Foreign Trade (Comrade Menshikov) is to deliver to the MPR in 1949 one hundred and fifty ZIS-150 trucks, 20 tracked prime movers and 40 tractors.

‹7›2. To deliver to the MPR 9,000 tons of seed grain for the aimags that suffered from the drought.

‹8›3. The cost of the deliveries, 14 million rubles, is to be charged to the credit granted to the Government of the MPR in 1948. ‹9›Settlements are to be made at the rate fixed by the State Bank of the USSR.

‹10›4. The Ministry of Railways is to ensure the carriage of the goods to Naushki station.

‹11›Chairman of the Council of Ministers of the USSR, J. STALIN
‹12›Administrator of Affairs of the Council of Ministers of the USSR, Ya. CHADAEV""",
    "required": [
        ("number", "9 тыс. центнеров", "9,000 tons", "9,000 centners of seed grain are given as 9,000 tons"),
        (
            "number",
            "14 млн. тугриков",
            "14 million rubles",
            "14 million tugriks are given as 14 million rubles",
        ),
    ],
    "forbidden": [
        (None, "ГА РФ, ф. Р-5446", None, "archive reference", ["omission", "number"], "minor"),
        (None, "ПОСТАНОВЛЕНИЕ №", "RESOLUTION No.", "постановление as a resolution", ["term"], "minor"),
        (None, "2917-1108сс", "2917-1108ss", "a file number with its secrecy mark", ["number"]),
        (None, "18 июня 1949 г.", "June 18, 1949", "the same date", ["number", "date"]),
        (
            None,
            "150 грузовых автомобилей",
            "one hundred and fifty ZIS-150 trucks",
            "a number in words, грузовые автомобили as trucks",
            ["number", "term"],
            "minor",
        ),
        (None, "гусеничных тягачей", "tracked prime movers", "тягач as a prime mover", ["term"], "minor"),
        (None, "40 тракторов", "40 tractors", "the same tractors", ["number", "term"], "minor"),
        (None, "в 1948 году", "in 1948", "the same year", ["number", "date"]),
        (
            None,
            "Государственным банком СССР",
            "State Bank of the USSR",
            "the same bank",
            ["term", "name"],
            "minor",
        ),
        (None, "Управляющий Делами", "Administrator of Affairs", "a title", ["title"], "minor"),
    ],
    "notes": "Planted: 9 тыс. центнеров -> 9,000 tons (a unit changed, the figure kept); 14 млн. тугриков -> 14 million rubles (a currency changed). Free: постановление as resolution, тягачи as prime movers, a number in words.",
}

DOCS["te04-tsedenbal-letter-railway-1952"] = {
    "genre": "letter of the Mongolian premier (pair)",
    "about": "Invented: Tsedenbal asks the Soviet government for rolling stock and for help with the virgin-land farms.",
    "ru": """‹u›АВП РФ, ф. 0111, оп. 34, п. 211, д. 18, л. 22-24.

‹1›Председателю Совета Министров СССР
‹2›товарищу И. В. СТАЛИНУ

‹3›Дорогой товарищ Сталин!

‹4›Правительство Монгольской Народной Республики обращается к Вам с просьбой о помощи в оснащении Улан-Баторской железной дороги подвижным составом.

‹5›Для перевозки грузов нам необходимы 6 паровозов, 110 товарных вагонов и 35 цистерн для горючего. ‹6›Оплату мы просим отнести на счет долгосрочного кредита.

‹7›В 1952 году государственные хозяйства республики распахали 12 тыс. гектаров целины. ‹8›Урожай зерновых составил в среднем 7 центнеров с гектара.

‹9›Кроме того, просим направить в МНР 15 специалистов по ремонту паровозов.

‹10›С глубоким уважением,
‹11›Председатель Совета Министров МНР
‹12›Ю. ЦЕДЕНБАЛ

‹13›Улан-Батор, 3 октября 1952 г.""",
    "en": """‹1›To the Chairman of the Council of Ministers of the USSR,
‹2›Comrade J. V. STALIN

‹3›Dear Comrade Stalin!

‹4›The Government of the Mongolian People's Republic turns to you with a request for help in equipping the Ulan Bator railway with rolling stock.

‹5›To carry goods we need 6 steam locomotives, 110 freight cars and 35 flatcars for fuel. ‹6›We ask that payment be charged to the long-term credit.

‹7›In 1952 the state farms of the republic ploughed up 12,000 acres of virgin land. ‹8›The grain harvest averaged 7 quintals per hectare.

‹9›In addition, we ask that 15 specialists in locomotive repair be sent to the MPR. ‹u›They would also train Mongolian railwaymen.

‹10›With deep respect,
‹11›Chairman of the Council of Ministers of the MPR
‹12›Yu. TSEDENBAL

‹13›Ulan Bator, October 3, 1952""",
    "required": [
        ("term", "цистерн", "flatcars", "35 tank cars for fuel are given as flatcars"),
        (
            "number",
            "12 тыс. гектаров",
            "12,000 acres",
            "12,000 hectares of virgin land are given as 12,000 acres",
        ),
        (
            "addition",
            None,
            "They would also train Mongolian railwaymen.",
            "a sentence the original does not have",
        ),
    ],
    "forbidden": [
        (None, "АВП РФ, ф. 0111", None, "archive reference", ["omission", "number"], "minor"),
        (
            None,
            "6 паровозов",
            "6 steam locomotives",
            "паровоз as a steam locomotive",
            ["number", "term"],
            "minor",
        ),
        (None, "товарных вагонов", "freight cars", "a goods wagon as a freight car", ["term"], "minor"),
        (None, "горючего", "fuel", "горючее as fuel", ["term"], "minor"),
        (None, "7 центнеров", "7 quintals", "центнер as a quintal", ["number", "term"], "minor"),
        (None, "государственные хозяйства", "state farms", "the same farms", ["term"], "minor"),
        (None, "ремонту паровозов", "locomotive repair", "паровоз as a locomotive", ["term"], "minor"),
        (None, "В 1952 году", "In 1952", "the same year", ["number", "date"]),
        (None, "3 октября 1952 г.", "October 3, 1952", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: цистерн -> flatcars (term); 12 тыс. гектаров -> 12,000 acres (unit changed); a sentence added. Free: центнер as quintal, паровоз as steam locomotive, вагоны as freight cars.",
}

DOCS["te05-stalin-churchill-convoy-1942"] = {
    "genre": "personal message of the premier (pair)",
    "about": "Invented: Stalin answers Churchill on a northern convoy, its escort and payment for the cargoes.",
    "ru": """‹1›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ

‹2›Ваше послание от 6 октября получил. ‹3›Благодарю за сообщение о том, что очередной конвой из 28 транспортов выйдет в ближайшие дни.

‹4›Наше Военно-Морское командование выделит для встречи конвоя в Баренцевом море 2 эсминца и несколько тральщиков, а также морскую авиацию. ‹5›Прикрытие конвоя линкором и крейсерами на всем пути до Архангельска является, по нашему мнению, совершенно необходимым.

‹6›Что касается оплаты грузов, то Советское Правительство согласно внести на счет Британского Правительства 10 млн. фунтов стерлингов до конца текущего года.

‹7›Самолеты «Харрикейн», доставленные предыдущим конвоем, уже используются на фронте. ‹8›Наши летчики отзываются о них хорошо.

‹9›9 октября 1942 года.""",
    "en": """‹1›PERSONAL AND SECRET MESSAGE FROM PREMIER J. V. STALIN TO THE PRIME MINISTER, MR. W. CHURCHILL

‹2›I have received your message of October 6. ‹3›Thank you for informing me that the next convoy of twenty-eight merchant ships will sail in the next few days.

‹4›Our Naval Command will detail two cruisers and several minesweepers, as well as naval aircraft, to meet the convoy in the Barents Sea. ‹5›In our view, cover of the convoy by a battleship and cruisers all the way to Archangel is absolutely necessary.

‹6›As regards payment for the cargoes, the Soviet Government agrees to pay $10 million into the account of the British Government before the end of this year.

‹7›The Hurricane aircraft delivered by the previous convoy are already in use at the front. ‹8›Our airmen speak well of them.

‹9›October 9, 1942""",
    "required": [
        ("term", "2 эсминца", ("cruisers", "two cruisers"), "two destroyers are given as cruisers"),
        (
            "number",
            "10 млн. фунтов стерлингов",
            "$10 million",
            "10 million pounds sterling are given as 10 million dollars",
        ),
    ],
    "forbidden": [
        (None, "6 октября", "October 6", "the same date", ["number", "date"]),
        (
            None,
            "28 транспортов",
            "twenty-eight merchant ships",
            "транспорт as a merchant ship, a number in words",
            ["number", "term"],
            "minor",
        ),
        (None, "Военно-Морское командование", "Naval Command", "the same command", ["term", "name"], "minor"),
        (None, "Баренцевом море", "Barents Sea", "a sea in the locative", ["name"], "minor"),
        (None, "линкором", "battleship", "the same ship", ["term"], "minor"),
        (None, "Архангельска", "Archangel", "the English name of the city", ["name"], "minor"),
        (
            None,
            "Самолеты «Харрикейн»",
            "Hurricane aircraft",
            "самолеты as aircraft",
            ["term", "name"],
            "minor",
        ),
        (None, "летчики", "airmen", "летчики as airmen", ["term"], "minor"),
        (None, "9 октября 1942 года", "October 9, 1942", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: 2 эсминца -> two cruisers (term); 10 млн. фунтов стерлингов -> $10 million (currency). Free: транспорты as merchant ships, самолеты as aircraft, Archangel.",
}

DOCS["te06-stalin-roosevelt-lend-lease-1943"] = {
    "genre": "personal message of the premier (pair)",
    "about": "Invented: Stalin writes to Roosevelt about the lend-lease programme of aircraft and vehicles.",
    "ru": """‹1›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Ф. Д. РУЗВЕЛЬТУ

‹2›Получил Ваше послание относительно программы поставок на 1943 год.

‹3›Советское Правительство придает особое значение поставкам истребителей «Аэрокобра» и бомбардировщиков «Бостон». ‹4›Было бы желательно, чтобы поставки самолетов шли через Аляску и Сибирь, так как этот путь быстрее других.

‹5›Не менее важны для нас 3.000 грузовиков «Студебекер» ежемесячно и 500 бронетранспортеров. ‹6›Вместе с ними необходимы запасные части и 20 тыс. тонн авиабензина.

‹7›Прошу Вас также ускорить отправку 60 паровозов и 1.000 железнодорожных платформ, о которых была договоренность в прошлом месяце.

‹8›2 февраля 1943 года.""",
    "en": """‹1›PERSONAL AND SECRET MESSAGE FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. F. D. ROOSEVELT

‹2›I have received your message concerning the program of deliveries for 1943.

‹3›The Soviet Government attaches special importance to the deliveries of Airacobra fighters and Boston bombers. ‹4›It would be desirable for the planes to be delivered via Alaska and Siberia, since that route is faster than the others.

‹5›No less important for us are 3,000 Studebaker tractors a month and 500 armored personnel carriers. ‹6›Spare parts are needed with them, and 20,000 tons of aviation gasoline.

‹7›I also ask you to speed up the dispatch of 60 locomotives and 1,000 railway flatcars, which were agreed upon last month.

‹8›February 2, 1943""",
    "required": [
        ("term", "грузовиков", "tractors", "3,000 Studebaker trucks are given as tractors"),
    ],
    "forbidden": [
        (None, "на 1943 год", "for 1943", "the same year", ["number", "date"]),
        (None, "«Аэрокобра»", "Airacobra", "an aircraft name through Russian", ["name"], "minor"),
        (None, "«Бостон»", "Boston", "an aircraft name through Russian", ["name"], "minor"),
        (None, "поставки самолетов", "the planes", "самолеты as planes", ["term"], "minor"),
        (None, "Аляску", "Alaska", "a place in the accusative", ["name"], "minor"),
        (None, "3.000", "3,000", "thousands dot", ["number"]),
        (
            None,
            "500 бронетранспортеров",
            "500 armored personnel carriers",
            "the same vehicles",
            ["number", "term"],
            "minor",
        ),
        (None, "20 тыс. тонн", "20,000 tons", "тыс.", ["number"]),
        (None, "авиабензина", "aviation gasoline", "авиабензин as aviation gasoline", ["term"], "minor"),
        (None, "60 паровозов", "60 locomotives", "паровоз as a locomotive", ["number", "term"], "minor"),
        (
            None,
            "1.000 железнодорожных платформ",
            "1,000 railway flatcars",
            "платформа as a flatcar",
            ["number", "term"],
            "minor",
        ),
        (None, "2 февраля 1943 года", "February 2, 1943", "the same date", ["number", "date"]),
    ],
    "notes": "Planted: грузовиков -> tractors (term). Free: самолеты as planes, thousands dot, платформы as flatcars, паровозы as locomotives, aircraft names through Russian.",
}
