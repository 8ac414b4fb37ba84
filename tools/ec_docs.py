# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented ec documents of archival-own (read by build_archival_ec.py): Soviet economic and statistical records.

Gosplan and ministry reports on plan fulfilment, harvest and procurement reports, reports of the Central Statistical
Administration, a report on resettlement with head counts, a report on a mine accident and the Virgin Lands, 1940-1962.
The planted changes are figures changed, a percentage given as percentage points, "times" changed, plan and actual
swapped, a crop or machine given as another, a quarter or year changed, a sentence left out or added; the traps are
units converted correctly (centners, poods, hectares to acres, metres to feet), figures rounded as translators round
them, «в 2,3 раза» as "2.3 times", scale words written out, ordinals of quarters and five-year plans.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["ec01-gosplan-report-coal-steel-1951"] = {
    "genre": "Gosplan report on plan fulfilment (pair, figures with scale words and percentages of the plan)",
    "about": "Invented: the chairman of Gosplan reports to the Council of Ministers on the output of coal, steel and rolled metal in 1950.",
    "ru": """‹1›Секретно

‹2›СОВЕТ МИНИСТРОВ СОЮЗА ССР
‹3›товарищу СТАЛИНУ И. В.

‹4›Госплан СССР докладывает об итогах выполнения государственного плана по черной металлургии и угольной промышленности за 1950 год.

‹5›Добыча угля составила 261,1 млн. т, или 102,4% к плану. ‹6›По сравнению с 1940 годом добыча угля выросла в 1,6 раза. ‹7›Шахты Донбасса дали 94,6 млн. т угля, что на 14,5% больше, чем в 1949 году.

‹8›Выплавка стали составила 27,3 млн. т при плане 26,8 млн. т. ‹9›Производство проката достигло 1.247,6 тыс. т в IV квартале, превысив уровень III квартала на 3,8%. ‹10›Магнитогорский металлургический комбинат выполнил годовой план по чугуну на 104,1%.

‹11›Вместе с тем 11 шахт Кузбасса не выполнили план добычи, недодав 2,3 млн. т угля. ‹12›Производительность труда в угольной промышленности выросла в 2,3 раза против довоенного уровня, а себестоимость тонны угля снизилась на 7,2%.

‹13›Госплан СССР считает необходимым поручить Министерству угольной промышленности в I квартале 1951 года ввести в действие 18 новых шахт общей мощностью 9,4 млн. т в год.

‹14›Председатель Госплана СССР
‹15›М. САБУРОВ

‹16›26 января 1951 г.
‹u›№ 0412с

‹u›ГА РФ, ф. Р-5446, оп. 80а, д. 117, лл. 22-24.""",
    "en": """‹1›Secret

‹2›COUNCIL OF MINISTERS OF THE USSR
‹3›To Comrade I. V. STALIN

‹4›The USSR Gosplan reports on the results of fulfilling the state plan for ferrous metallurgy and the coal industry for 1950.

‹5›Coal output amounted to 261.1 million tons, or 102.4 per cent of the plan. ‹6›Compared with 1940, coal output grew 1.6 times. ‹7›The Donbass mines produced 94.6 million tons of coal, 14.5 per cent more than in 1949.

‹8›Steel output amounted to 26.8 million tons against a plan of 27.3 million tons. ‹9›The output of rolled metal reached 1,247,600 tons in the fourth quarter, exceeding the third-quarter level by 3.8 per cent. ‹10›The Magnitogorsk Metallurgical Combine fulfilled its annual plan for pig iron by 104.1 per cent.

‹11›At the same time 11 Kuzbass mines failed to fulfil the output plan, falling short by 2.3 million tons of coal. ‹12›Labour productivity in the coal industry rose 3.2 times over the pre-war level, and the cost of a ton of coal fell by 7.2 per cent.

‹13›The USSR Gosplan considers it necessary to instruct the Ministry of the Coal Industry to put into operation in the first quarter of 1951 18 new mines with a total capacity of 9.4 million tons a year.

‹14›Chairman of the USSR Gosplan
‹15›M. SABUROV

‹16›January 26, 1951""",
    "required": [
        (
            "number",
            "27,3 млн. т при плане 26,8 млн. т",
            "26.8 million tons against a plan of 27.3 million tons",
            "plan and actual swapped: the steel plan was overfulfilled in the original and underfulfilled in the translation",
        ),
        ("number", "в 2,3 раза", "3.2 times", "«в 2,3 раза» (2.3 times) is given as 3.2 times"),
    ],
    "forbidden": [
        (None, "261,1 млн. т", "261.1 million tons", "a scale word and a decimal comma", ["number"]),
        (None, "102,4% к плану", "102.4 per cent of the plan", "per cent of the plan", ["number"]),
        (None, "в 1,6 раза", "1.6 times", "«в 1,6 раза» is 1.6 times", ["number"]),
        (None, "на 14,5% больше", "14.5 per cent more", "per cent more", ["number"]),
        (None, "1.247,6 тыс. т", "1,247,600 tons", "a scale word written out", ["number"]),
        (None, "в IV квартале", "in the fourth quarter", "a Roman quarter", ["number", "date"]),
        (None, "III квартала", "third-quarter level", "a Roman quarter as an adjective", ["number", "date"]),
        (
            None,
            "в I квартале 1951 года",
            "in the first quarter of 1951",
            "a quarter and a year",
            ["number", "date"],
        ),
        (None, "9,4 млн. т в год", "9.4 million tons a year", "a capacity", ["number"]),
    ],
    "notes": "Pair, a Gosplan report with an addressee block, an outgoing number and an archive reference. Planted: steel plan and actual swapped (27,3 при плане 26,8 -> 26.8 against a plan of 27.3); в 2,3 раза -> 3.2 times. Traps: млн. т, % к плану, в 1,6 раза = 1.6 times, на 14,5% больше, 1.247,6 тыс. т = 1,247,600 tons, Roman quarters, в 2,3 раза elsewhere as a shortfall of 2,3 млн. т.",
}

DOCS["ec02-kazakh-harvest-virgin-lands-1956"] = {
    "genre": "harvest and procurement report (page, Russian first, OCR noise)",
    "about": "Invented: the Ministry of Agriculture of the Kazakh SSR reports on the harvest and grain procurement on the virgin lands in 1956.",
    "page": {
        "date": "October 18, 1956",
        "title": "Report of the Ministry of Agriculture of the Kazakh SSR on the Harvest and Grain Procurement of 1956",
        "ref": "ec-0102",
        "summary": "The ministry reports the sown area, yields and grain delivered to the state in the virgin-land oblasts.",
        "fields": [
            (
                "Original Archive",
                "Central State Archive of the Republic of Kazakhstan, Fond 1137, Opis 9, Delo 412, Listy 3-7 (constructed reference)",
            ),
            ("Associated Places", "Kazakhstan; Akmolinsk Oblast; Kustanai Oblast"),
        ],
        "contents": ["Original Scan", "Transcription - Russian", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹1›СЕКРЕТНО
‹2›Экз. № 2

‹3›ЦК КПСС
‹4›Совет Министров СССР

‹5›ДОКЛАД
‹6›о ходе уборки урожая и заготовок зерна в Казахской ССР в 1956 году

‹7›В 1956 году посевная площадь зерновых культур в республике составила 22,8 млн. га, из них на освоенных целинных и залежных землях 17,6 млн. га. ‹8›В Акмолинской области совхозы засеяли яровой пшеницей 2О,4 тыс. га сверх плана.

‹9›Средняя урожайность зерновых по республике составила 10,6 ц/га, а в совхозах Кустанайской области — 13,2 ц/га. ‹10›Валовой сбор зерна определяется в 1.500 млн. пудов, что в 2,3 раза больше, чем в 1953 году.

‹11›По состоянию на 15 октября государству сдано 994 млн. пудов хлеба при плане 900 млн. пудов. ‹12›Из них пшеницы сдано 836 млн. пудов. ‹13›Колхозы республики выполнили план хлебозаготовок на 118,6%, совхозы — на 97,3%.

‹14›Уборка проводилась в сложных погодных условиях: в сентябре выпало в три раза больше осадков, чем обычно. ‹15›Из-за нехватки зерносушилок и крытых токов часть зерна подверглась самосогреванию. ‹16›На токах совхозов остается неубранным и невывезенным около 1,2 млн. т зерна.

‹17›Министерство просит выделить республике дополнительно 4.000 автомашин и 600 зерноочи-
стительных машин до 1 июня 1957 года.

‹18›Министр сельского хозяйства Казахской ССР
‹19›И. ЖАКСЫБЕКОВ""",
    "en": """‹1›SECRET
‹2›Copy No. 2

‹3›To the CC CPSU
‹4›To the Council of Ministers of the USSR

‹5›REPORT
‹6›on the progress of the harvest and grain procurement in the Kazakh SSR in 1956

‹7›In 1956 the area sown to grain crops in the republic amounted to 22.8 million hectares, of which 17.6 million hectares were on the reclaimed virgin and fallow lands. ‹8›In Akmolinsk Oblast the sovkhozes sowed 20,400 hectares (about 50,400 acres) of spring wheat above the plan.

‹9›The average grain yield for the republic was 10.6 centners per hectare, and on the sovkhozes of Kustanai Oblast 13.2 centners per hectare. ‹10›The gross grain harvest is estimated at 1.5 billion poods (about 24.6 million tons), 2.3 times more than in 1953.

‹11›As of October 15, 994 million poods of grain had been delivered to the state against a plan of 900 million poods. ‹12›Of this, 836 million poods were rye. ‹13›The republic's kolkhozes fulfilled the grain procurement plan by 118.6 per cent, and the sovkhozes by 97.3 per cent.

‹14›The harvest was carried out in difficult weather: in September three times the usual rainfall fell. ‹15›For lack of grain driers and covered threshing floors, part of the grain began to heat. ‹16›About 1.2 million tons of grain remain unharvested and not carried away on the threshing floors of the sovkhozes.

‹17›The ministry asks that the republic be allotted an additional 4,000 trucks and 600 grain-cleaning machines by June 1, 1956.

‹18›Minister of Agriculture of the Kazakh SSR
‹19›I. ZHAKSYBEKOV""",
    "dehyphenated": ["зерноочистительных"],
    "required": [
        (
            "term",
            ("пшеницы сдано", "Из них пшеницы"),
            ("rye", "Of this"),
            "wheat in the original is given as rye",
        ),
        ("date", "до 1 июня 1957 года", "by June 1, 1956", "the year 1957 is given as 1956"),
    ],
    "forbidden": [
        (None, "22,8 млн. га", "22.8 million hectares", "a scale word", ["number"]),
        (
            None,
            "2О,4 тыс. га",
            "20,400 hectares (about 50,400 acres)",
            "OCR letter O for zero; hectares converted to acres in brackets",
            ["number"],
            "minor",
        ),
        (None, "10,6 ц/га", "10.6 centners per hectare", "centners per hectare", ["number", "term"]),
        (None, "13,2 ц/га", "13.2 centners per hectare", "centners per hectare", ["number", "term"]),
        (
            None,
            "1.500 млн. пудов",
            "1.5 billion poods (about 24.6 million tons)",
            "1,500 million poods = 1.5 billion poods, converted to tons in brackets (1 pood = 16.38 kg)",
            ["number"],
            "minor",
        ),
        (None, "в 2,3 раза больше", "2.3 times more", "«в 2,3 раза больше» = 2.3 times more", ["number"]),
        (None, "в три раза больше осадков", "three times the usual rainfall", "three times", ["number"]),
        (None, "на 118,6%", "by 118.6 per cent", "per cent of the plan", ["number"]),
    ],
    "notes": "Page, Russian first, archive fields; OCR noise: Cyrillic О for zero in 2О,4, a line-break hyphen in зерноочи-стительных. Planted: пшеницы -> rye (term); до 1 июня 1957 -> by June 1, 1956 (date). Traps: млн. га, тыс. га given as hectares with acres in brackets, ц/га = centners per hectare, 1.500 млн. пудов = 1.5 billion poods with tons in brackets, в 2,3 раза, в три раза больше, % of plan.",
}

DOCS["ec03-csu-livestock-census-1953"] = {
    "genre": "report of the Central Statistical Administration (pair, a table written as lines)",
    "about": "Invented: the Central Statistical Administration reports the livestock census of January 1, 1953 to the Council of Ministers.",
    "ru": """‹1›Совершенно секретно

‹2›ЦЕНТРАЛЬНОЕ СТАТИСТИЧЕСКОЕ УПРАВЛЕНИЕ
‹3›при Совете Министров СССР

‹4›СПРАВКА
‹5›о поголовье скота на 1 января 1953 года

‹6›По данным переписи, поголовье скота во всех категориях хозяйств составило (в млн. голов):
‹7›крупный рогатый скот — 56,6, в том числе коровы — 24,3;
‹8›свиньи — 28,5;
‹9›овцы и козы — 109,9.

‹10›По сравнению с 1 января 1952 года поголовье свиней увеличилось на 3,6 млн. голов, или на 14,5%. ‹11›Поголовье коров сократилось на 0,5 млн. голов и оказалось на 4,6 млн. голов меньше, чем в 1928 году.

‹12›Удельный вес колхозов в общем поголовье крупного рогатого скота составил 45,3% против 42,1% год назад. ‹13›Доля личных хозяйств колхозников сократилась на 2,7%.

‹14›Продуктивность скота остается низкой. ‹15›Средний надой молока на одну фуражную корову в колхозах составил 1.016 кг в год. ‹16›Настриг шерсти с одной овцы равен 2,4 кг.

‹17›В МТС и совхозах не хватает кормоуборочных машин, и заготовка сена по плану выполнена лишь на 81%.

‹18›Начальник ЦСУ СССР
‹19›В. СТАРОВСКИЙ

‹20›14 марта 1953 г.""",
    "en": """‹1›Top secret

‹2›CENTRAL STATISTICAL ADMINISTRATION
‹3›under the Council of Ministers of the USSR

‹4›MEMORANDUM
‹5›on the livestock numbers as of January 1, 1953

‹6›According to the census, livestock in all categories of farms numbered (in millions of head):
‹7›cattle, 56.6, including cows, 24.3;
‹8›pigs, 28.5;
‹9›sheep and goats, 109.9.

‹10›Compared with January 1, 1952, the number of pigs increased by 3.6 million head, or by 14.5 percentage points. ‹11›The number of sheep fell by 0.5 million head and was 4.6 million head lower than in 1928.

‹12›The share of the kolkhozes in the total cattle herd was 45.3 per cent against 42.1 per cent a year earlier. ‹13›The share of the kolkhozniks' personal plots fell by 2.7 percentage points.

‹14›The productivity of livestock remains low. ‹15›The average milk yield per forage cow on the kolkhozes was 1,016 kg (about 2,240 lb) a year. ‹16›The wool clip per sheep is 2.4 kg.

‹17›The MTS and sovkhozes lack forage harvesters, and hay procurement was fulfilled by only 81 per cent of the plan.

‹18›Head of the USSR Central Statistical Administration
‹19›V. STAROVSKY

‹20›March 14, 1953""",
    "required": [
        (
            "number",
            "на 14,5%",
            "by 14.5 percentage points",
            "a rise of 14.5 per cent is given as 14.5 percentage points",
        ),
        ("term", "Поголовье коров", "The number of sheep", "cows in the original are given as sheep"),
    ],
    "forbidden": [
        (None, "на 1 января 1953 года", "as of January 1, 1953", "the census date", ["number", "date"]),
        (None, "(в млн. голов):", "(in millions of head):", "a scale for the table", ["number"]),
        (None, "— 56,6", "56.6", "a table row", ["number"]),
        (None, "109,9", "109.9", "a table row", ["number"]),
        (
            None,
            "на 2,7%",
            "by 2.7 percentage points",
            "a fall of a share: per cent of a share is points",
            ["number"],
            "minor",
        ),
        (None, "1.016 кг", "1,016 kg (about 2,240 lb)", "kilograms with pounds in brackets", ["number"]),
        (None, "на 81%", "by only 81 per cent of the plan", "per cent of the plan", ["number"]),
    ],
    "notes": "Pair, a CSU memorandum with a table written as lines. Planted: на 14,5% -> 14.5 percentage points (number); коров -> sheep (term). Traps: a share falling «на 2,7%» given as percentage points (a share's per cent are points; minor at most), млн. голов as millions of head, 1.016 кг with pounds, % of plan, table rows.",
}

DOCS["ec04-mvd-report-special-settlers-1949"] = {
    "genre": "report on resettlement with head counts (page, translation first)",
    "about": "Invented: the MVD reports on the arrival and settlement of resettled families in Kazakhstan and Siberia.",
    "page": {
        "date": "August 3, 1949",
        "title": "Report of the USSR MVD on the Settlement of Special Settlers in the Second Quarter of 1949",
        "ref": "ec-0104",
        "summary": "The MVD reports the numbers of resettled families that arrived, their settlement on kolkhozes and sovkhozes, and deaths in transit.",
        "fields": [
            (
                "Original Archive",
                "State Archive of the Russian Federation (GARF), Fond R-9479, Opis 1, Delo 463, Listy 118-121 (constructed reference)",
            ),
            ("Associated Places", "Kazakhstan; Altai Krai; Novosibirsk Oblast"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›TOP SECRET

‹2›To the Council of Ministers of the USSR
‹3›Comrade L. P. BERIA

‹4›The USSR MVD reports that in the second quarter of 1949, 35,419 special settlers in 11,206 families arrived at their places of settlement in 47 trains. ‹5›Of these, 21,300 people were placed in Kazakhstan, 8,900 in Altai Krai and the rest in Novosibirsk Oblast.

‹6›The settlers were put to work on 312 kolkhozes, 64 sovkhozes and at 19 timber-felling enterprises. ‹7›About 12,000 families have received plots for building houses.

‹8›On the way 57 people died, most of them children and old people. ‹9›Another 1,100 people were taken to hospitals on arrival.

‹10›Housing remains the main difficulty. ‹11›In Altai Krai nearly 9,000 people live in dugouts and barracks, 3.5 square metres per person. ‹12›The MVD of the Kazakh SSR has been instructed to finish building 2,400 houses by the 1st of November.

‹13›Deputy Minister of Internal Affairs of the USSR
‹14›S. KRUGLOV

‹15›No. 3/2814""",
    "ru": """‹1›СОВ. СЕКРЕТНО

‹2›Совет Министров СССР
‹3›товарищу БЕРИЯ Л. П.

‹4›МВД СССР докладывает, что во II квартале 1949 года к местам поселения прибыло 47 эшелонами 35.419 спецпоселенцев в составе 11.206 семей. ‹5›Из них в Казахской ССР размещено 21.300 чел., в Алтайском крае — 8.900 чел., остальные — в Новосибирской области.

‹6›Поселенцы трудоустроены в 312 колхозах, 64 совхозах и на 19 лесозаготовительных предприятиях. ‹7›Около 12 тыс. семей получили участки под строительство домов. ‹u›Из числа трудоспособных 14.870 чел. заняты на полевых работах.

‹8›В пути следования умерло 75 чел., в основном дети и старики. ‹9›Еще 1,1 тыс. чел. по прибытии помещены в больницы.

‹10›Основной трудностью остается жилье. ‹11›В Алтайском крае 8.912 чел. живут в землянках и бараках, по 3,5 кв. м на человека. ‹12›МВД Казахской ССР поручено закончить строительство 2.4ОО домов к 1 ноября.

‹13›Заместитель Министра внутренних дел СССР
‹14›С. КРУГЛОВ

‹15›№ 3/2814

‹u›Верно: ст. инспектор Фролова""",
    "required": [
        ("number", "умерло 75 чел.", "57 people died", "75 dead in the original, 57 in the translation"),
        (
            "omission",
            "Из числа трудоспособных 14.870 чел. заняты на полевых работах.",
            None,
            "the sentence on the able-bodied at field work is left out",
        ),
    ],
    "forbidden": [
        (
            None,
            "во II квартале 1949 года",
            "in the second quarter of 1949",
            "a Roman quarter",
            ["number", "date"],
        ),
        (None, "35.419 спецпоселенцев", "35,419 special settlers", "thousands dot", ["number"]),
        (None, "Около 12 тыс. семей", "About 12,000 families", "тыс. written out", ["number"]),
        (None, "1,1 тыс. чел.", "1,100 people", "a scale word with a decimal comma", ["number"]),
        (
            None,
            "8.912 чел.",
            "nearly 9,000 people",
            "a figure rounded by the translator",
            ["number"],
            "minor",
        ),
        (None, "3,5 кв. м", "3.5 square metres", "square metres", ["number"]),
        (
            None,
            "2.4ОО домов",
            "2,400 houses",
            "OCR letters O for zeros",
            ["number"],
            "minor",
        ),
        (None, "к 1 ноября", "by the 1st of November", "the same date", ["number", "date"]),
        (None, "Верно: ст. инспектор", None, "a certifying line", ["omission"], "minor"),
    ],
    "notes": "Page, translation first; OCR noise: Cyrillic О for zeros in 2.4ОО. Planted: 75 -> 57 dead (number); the sentence on 14.870 able-bodied at field work left out (omission). Traps: II квартал = second quarter, 35.419, около 12 тыс. семей, 1,1 тыс. чел. = 1,100, 8.912 = nearly 9,000 (rounded), кв. м, a certifying line.",
}

DOCS["ec05-coal-ministry-mine-accident-1957"] = {
    "genre": "report on an industrial accident (pair, a ministry report with a five-year plan and quarters)",
    "about": "Invented: the Ministry of the Coal Industry reports a methane explosion at a Karaganda mine and accident figures for the year.",
    "ru": """‹1›Секретно

‹2›ЦК КПСС

‹3›Министерство угольной промышленности СССР докладывает о взрыве метана на шахте № 20 треста «Кировуголь» комбината «Карагандауголь», происшедшем 12 сентября 1957 года в 3 ч. 40 м.

‹4›Взрыв произошел в лаве на глубине 420 м при ведении буровзрывных работ. ‹5›В момент взрыва на участке находились 46 человек. ‹6›Погибли 17 горняков, 9 человек получили тяжелые травмы.

‹7›Комиссия установила, что причиной взрыва явилось скопление метана вследствие остановки вентилятора местного проветривания. ‹8›Начальник участка допустил ведение взрывных работ без замера газа.

‹9›В III квартале 1957 года на шахтах министерства произошло 214 несчастных случаев со смертельным исходом, что в 1,8 раза больше, чем за тот же период 1956 года. ‹10›Число групповых несчастных случаев выросло на 27%.

‹11›В шестой пятилетке на технику безопасности предусмотрено израсходовать 1,9 млрд. рублей. ‹12›Однако за девять месяцев 1957 года освоено лишь 62% средств, выделенных на год.

‹13›Министерство приняло меры к усилению газового надзора. ‹14›Начальник шахты и главный инженер отстранены от работы, материалы переданы прокурору.

‹15›Министр угольной промышленности СССР
‹16›А. ЗАДЕМИДКО

‹17›19 сентября 1957 г.""",
    "en": """‹1›Secret

‹2›To the CC CPSU

‹3›The Ministry of the Coal Industry of the USSR reports a methane explosion at Mine No. 20 of the Kirovugol Trust of the Karagandaugol Combine, which occurred on September 12, 1957 at 3:40 a.m.

‹4›The explosion occurred in a longwall at a depth of 420 m (1,378 ft) during drilling and blasting. ‹5›At the moment of the explosion 46 people were in the section. ‹6›Seventeen miners were killed and 9 people were seriously injured.

‹7›The commission established that the explosion was caused by an accumulation of methane after the local ventilation fan had stopped. ‹8›The section chief allowed blasting without measuring the gas, although he had been warned by the gas inspector twice that week.

‹9›In the fourth quarter of 1957 there were 214 fatal accidents at the ministry's mines, 1.8 times as many as in the same period of 1956. ‹10›The number of group accidents grew by 27 per cent.

‹11›In the Sixth Five-Year Plan 1.9 billion rubles are to be spent on safety. ‹12›However, in the nine months of 1957 only 62 per cent of the funds allotted for the year were used.

‹13›The ministry has taken measures to strengthen gas supervision. ‹14›The mine director and the chief engineer have been removed from their posts, and the materials have been handed over to the procurator.

‹15›Minister of the Coal Industry of the USSR
‹16›A. ZADEMIDKO

‹17›September 19, 1957""",
    "required": [
        (
            "date",
            "В III квартале 1957 года",
            "In the fourth quarter of 1957",
            "the third quarter is given as the fourth",
        ),
        (
            "addition",
            None,
            "although he had been warned by the gas inspector twice that week",
            "a clause added in the translation",
        ),
    ],
    "forbidden": [
        (None, "в 3 ч. 40 м.", "at 3:40 a.m.", "a clock time", ["number", "date"]),
        (
            None,
            "на глубине 420 м",
            "at a depth of 420 m (1,378 ft)",
            "metres with feet in brackets",
            ["number"],
        ),
        (
            None,
            "Погибли 17 горняков",
            "Seventeen miners were killed",
            "a figure written as a word",
            ["number"],
        ),
        (
            None,
            "в 1,8 раза больше",
            "1.8 times as many",
            "«в 1,8 раза больше» = 1.8 times as many",
            ["number"],
        ),
        (None, "на 27%", "by 27 per cent", "per cent", ["number"]),
        (
            None,
            "В шестой пятилетке",
            "In the Sixth Five-Year Plan",
            "an ordinal five-year plan",
            ["number", "date"],
        ),
        (None, "1,9 млрд. рублей", "1.9 billion rubles", "млрд.", ["number"]),
        (None, "за девять месяцев 1957 года", "in the nine months of 1957", "a period", ["number", "date"]),
    ],
    "notes": "Pair, a ministry report on a mine explosion. Planted: III квартал -> fourth quarter (date); an added clause on the gas inspector's warnings (addition). Traps: 3 ч. 40 м. = 3:40 a.m., 420 м with feet, 17 = Seventeen, в 1,8 раза больше = 1.8 times as many, на 27%, шестая пятилетка = Sixth Five-Year Plan, млрд., девять месяцев.",
}

DOCS["ec06-minagriculture-mts-machines-1955"] = {
    "genre": "ministry report on machines for the MTS (pair, plan and actual in lines, OCR noise)",
    "about": "Invented: the Ministry of Agriculture reports deliveries of tractors and combines to the MTS and sovkhozes of the virgin lands.",
    "ru": """‹1›Секретно

‹2›Совет Министров СССР
‹3›товарищу БУЛГАНИНУ Н. А.

‹4›Министерство сельского хозяйства СССР докладывает о поставках машин машинно-тракторным станциям и совхозам районов освоения целинных и залежных земель в 1954 году.

‹5›Поставлено (план / фактически):
‹6›тракторов (в 15-сильном исчислении) — 120,0 тыс. / 115,3 тыс.;
‹7›зерновых комбайнов — 28,0 тыс. / 30,2 тыс.;
‹8›грузовых автомобилей — 22,5 тыс. / 18,6 тыс.

‹9›Таким образом, план по тракторам выполнен на 96,1%, а по автомобилям — лишь на 82,7%. ‹10›Челябинский тракторный завод недопоставил 2.1ОО тракторов С-80 из-за задержки с поставкой дизельных двигателей.

‹11›В результате на целине на один трактор в среднем приходится 430 га пашни вместо 310 га по нормативу. ‹12›Нагрузка на комбайн составила 720 га, или почти вдвое выше нормы.

‹13›Вновь организованные МТС получили 92% положенных по штату машин. ‹14›Укомплектованность механизаторскими кадрами составила 78%, не хватает 11,4 тыс. трактористов и 3,9 тыс. комбайнеров.

‹15›Министерство просит обязать Министерство тракторного и сельскохозяйственного машиностроения поставить в I полугодии 1955 года сверх плана 5 тыс. тракторов ДТ-54.

‹16›Министр сельского хозяйства СССР
‹17›И. БЕНЕДИКТОВ""",
    "en": """‹1›Secret

‹2›To the Council of Ministers of the USSR
‹3›Comrade N. A. BULGANIN

‹4›The Ministry of Agriculture of the USSR reports on the deliveries of machines to the machine-tractor stations and sovkhozes of the areas where virgin and fallow lands were being developed in 1953.

‹5›Delivered (plan / actual):
‹6›tractors (in 15-horsepower units), 120,000 / 115,300;
‹7›grain combines, 28,000 / 30,200;
‹8›trucks, 22,500 / 18,600.

‹9›Thus the plan for tractors was fulfilled by 96.1 per cent, and for trucks only by 82.7 per cent. ‹10›The Chelyabinsk Tractor Plant fell short by 2,100 S-80 combines because of delays in the delivery of diesel engines.

‹11›As a result, on the virgin lands there are on average 430 hectares (1,063 acres) of ploughland per tractor instead of the standard 310 hectares. ‹12›The load per combine was 720 hectares, almost twice the norm.

‹13›The newly organized MTS received 92 per cent of the machines due to them by their establishment. ‹14›Staffing with machine operators was 78 per cent; 11,400 tractor drivers and 3,900 combine operators are lacking.

‹15›The ministry asks that the Ministry of Tractor and Agricultural Machine Building be obliged to deliver 5,000 DT-54 tractors above the plan in the first half of 1955.

‹16›Minister of Agriculture of the USSR
‹17›I. BENEDIKTOV""",
    "required": [
        ("date", "в 1954 году", "in 1953", "the year 1954 is given as 1953"),
        ("term", "2.1ОО тракторов С-80", "2,100 S-80 combines", "S-80 tractors are given as combines"),
    ],
    "forbidden": [
        (None, "(в 15-сильном исчислении)", "(in 15-horsepower units)", "15-hp units", ["number"]),
        (None, "120,0 тыс. / 115,3 тыс.", "120,000 / 115,300", "thousands written out", ["number"]),
        (None, "28,0 тыс. / 30,2 тыс.", "28,000 / 30,200", "thousands written out", ["number"]),
        (None, "на 96,1%", "by 96.1 per cent", "per cent of the plan", ["number"]),
        (
            None,
            "430 га пашни",
            "430 hectares (1,063 acres)",
            "hectares with acres in brackets",
            ["number"],
        ),
        (None, "почти вдвое выше нормы", "almost twice the norm", "вдвое = twice", ["number"]),
        (None, "11,4 тыс. трактористов", "11,400 tractor drivers", "тыс. with a decimal comma", ["number"]),
        (
            None,
            "в I полугодии 1955 года",
            "in the first half of 1955",
            "a Roman half-year",
            ["number", "date"],
        ),
        (None, "5 тыс. тракторов ДТ-54", "5,000 DT-54 tractors", "a designation", ["number"]),
    ],
    "notes": "Pair, a ministry report with plan and actual written as lines; OCR noise: Cyrillic О for zeros in 2.1ОО. Planted: 1954 -> 1953 (date); тракторов С-80 -> S-80 combines (term). Traps: 15-сильное исчисление = 15-horsepower units, тыс. written out in table lines, % of plan, га with acres, вдвое = twice, I полугодие = first half.",
}
