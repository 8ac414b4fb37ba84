# ruff: noqa: E501, RUF001  (the texts are data)
"""The invented nw documents of archival-own (read by build_archival_nw.py): clean news articles, translated freely.

Seven invented Russian news reports (politics, economy, sport, science, a court, culture, weather) with English
translations made the way a news translator works: clauses reordered, two sentences joined or one split, a
participle rendered as a clause, idioms rendered by sense. Four plant one discrepancy each (a dropped clause, a
dropped sentence, an added sentence); three are fully faithful. The batch measures precision: every free rendering
a naive tool might flag is forbidden. Every person, firm and figure is invented.
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

FREE = ["omission", "addition"]

DOCS["nw01-news-duma-regional-subsidies"] = {
    "genre": "news report, politics (pair)",
    "about": "Invented: the Duma passes a law on the formula for federal subsidies to the regions; opposition and ministry react.",
    "ru": """‹0›Госдума приняла закон о новой формуле распределения дотаций

‹1›Государственная дума в среду приняла в третьем чтении закон о выравнивании бюджетной обеспеченности регионов, над которым депутаты работали почти полтора года. ‹2›За документ проголосовали 312 депутатов, против — 41, воздержались шестеро.

‹3›Как пояснил председатель комитета по бюджету Андрей Самойлов, закон меняет формулу, по которой федеральный центр распределяет дотации между субъектами. ‹4›«Мы уходим от ручного управления, когда сумма дотации зависела от того, насколько настойчив губернатор», — сказал он журналистам после заседания. ‹5›По его словам, в 2027 году из федерального бюджета на эти цели будет направлено 1,1 трлн рублей, что на 14% больше, чем в текущем году.

‹6›Оппозиция раскритиковала закон, хотя и признала, что прежняя система нуждалась в пересмотре. ‹7›Депутат Ирина Волкова заявила, что новая формула не учитывает стоимость жизни в северных регионах, ‹7b›где цены на продукты выше средних по стране в полтора-два раза. ‹8›«Житель Якутии и житель Краснодара получают по этой формуле одинаково, а платят за хлеб по-разному», — подчеркнула она.

‹9›Самойлов возразил, что поправочные коэффициенты для районов Крайнего Севера сохраняются, и пообещал вернуться к этому вопросу осенью, если первые расчеты покажут перекосы.

‹10›Закон должен быть одобрен Советом Федерации, заседание которого намечено на следующую неделю. ‹11›Если сенаторы поддержат документ, а президент его подпишет, новые правила вступят в силу с 1 января.

‹12›Министерство финансов, подготовившее первоначальную версию законопроекта, пока не комментировало принятые во втором чтении поправки. ‹13›Источник в ведомстве, пожелавший остаться неназванным, сообщил, что министерство «в целом удовлетворено» итоговым текстом.

‹14›Эксперты, опрошенные нашим изданием, сходятся в том, что реформа выгодна прежде всего регионам со средним уровнем доходов.
""",
    "en": """‹0›Duma passes law on new formula for regional subsidies

‹1›The State Duma on Wednesday passed in its third and final reading a law on equalising the regions' budget provision, ending nearly eighteen months of work on the bill. ‹2›It was backed by 312 deputies, with 41 voting against and six abstaining.

‹3›The law changes the formula by which the federal centre shares out subsidies among the regions, said Andrei Samoilov, who chairs the budget committee. ‹4›"We are moving away from manual control, when the size of a subsidy depended on how persistent a governor was," he told reporters after the session. ‹5›He said 1.1 trillion roubles would be allocated from the federal budget for the purpose in 2027, 14% more than this year.

‹6›The opposition criticised the law, though it conceded that the old system had needed an overhaul. ‹7›Deputy Irina Volkova said the new formula ignored the cost of living in the northern regions. ‹7b›Food prices there are one and a half to two times the national average, she said. ‹8›"A resident of Yakutia and a resident of Krasnodar get the same under this formula, but they pay different prices for bread," she stressed.

‹9›Samoilov countered that the adjustment coefficients for the Far North would stay, and promised to revisit the issue in the autumn if the first calculations showed distortions.

‹10›The law still needs the approval of the Federation Council, which is due to meet next week. ‹11›If the senators back it and the president signs it, the new rules will take effect on January 1.

‹12›The Finance Ministry, which drafted the original version of the bill, has not yet commented on the amendments adopted in the second reading, ‹13›although a ministry source who asked not to be named said it was "broadly satisfied" with the final text.

‹14›Experts polled by this newspaper agree that the reform benefits middle-income regions most of all.
""",
    "required": [],
    "forbidden": [
        (
            None,
            "почти полтора года",
            "nearly eighteen months",
            "полтора года = eighteen months",
            ["number", "date", "omission"],
        ),
        (None, "312 депутатов", "312 deputies", "the same number", ["number"]),
        (None, "воздержались шестеро", "six abstaining", "a collective numeral", ["number"]),
        (None, "в 2027 году", "in 2027", "the same year", ["number", "date"]),
        (None, "1,1 трлн рублей", "1.1 trillion roubles", "decimal comma", ["number"]),
        (None, "на 14%", "14% more", "the same per cent", ["number"]),
        (None, "в полтора-два раза", "one and a half to two times", "a range in words", ["number"]),
        (None, "с 1 января", "on January 1", "the same date", ["number", "date"]),
        (
            None,
            "над которым депутаты работали",
            "ending nearly",
            "a relative clause rendered as a participle",
            FREE,
            "minor",
        ),
        (
            None,
            "где цены на продукты",
            "Food prices there",
            "a relative clause split off as a sentence",
            FREE,
            "minor",
        ),
        (
            None,
            "Как пояснил председатель",
            "said Andrei Samoilov",
            "the speech verb moved to the end",
            FREE,
            "minor",
        ),
        (
            None,
            "районов Крайнего Севера",
            "the Far North",
            "районы Крайнего Севера = the Far North",
            FREE + ["term", "name"],
            "minor",
        ),
        (None, "Источник в ведомстве", "although a ministry source", "two sentences joined", FREE, "minor"),
        (
            None,
            "пожелавший остаться неназванным",
            "who asked not to be named",
            "a participle as a clause",
            FREE,
            "minor",
        ),
        (
            None,
            "опрошенные нашим изданием",
            "polled by this newspaper",
            "нашим изданием = this newspaper",
            FREE,
            "minor",
        ),
    ],
    "notes": "Faithful. Free: полтора года = eighteen months, a где-clause split off as a sentence, two sentences joined by 'although', the speech verb moved, районы Крайнего Севера = the Far North.",
}

DOCS["nw02-news-central-bank-rate"] = {
    "genre": "news report, economy (pair)",
    "about": "Invented: the central bank holds its key rate; business and bank economists react.",
    "ru": """‹0›ЦБ сохранил ключевую ставку на уровне 16%

‹1›Банк России по итогам заседания совета директоров в пятницу сохранил ключевую ставку на уровне 16% годовых, как и ожидало большинство аналитиков. ‹2›Регулятор объяснил свое решение тем, что инфляция замедляется медленнее, чем предполагалось в сентябре, а потребительский спрос остается высоким. ‹3›По данным Росстата, годовая инфляция в октябре составила 7,4% после 7,9% месяцем ранее.

‹4›«Мы видим признаки охлаждения экономики, но говорить об устойчивом снижении цен пока рано», — заявила глава ЦБ на пресс-конференции. ‹5›Она добавила, что совет директоров обсуждал и снижение ставки на 50 базисных пунктов, однако большинство высказалось за паузу.

‹6›Рубль после объявления решения почти не изменился: доллар торговался около 92 рублей, евро — около 99.

‹7›Представители бизнеса, которые с весны просят смягчить денежно-кредитную политику, встретили решение сдержанно. ‹8›Президент Ассоциации промышленников Олег Краснов сказал, что при нынешней стоимости кредитов многие предприятия откладывают закупку оборудования, поскольку не могут окупить проценты. ‹9›«Каждый месяц высокой ставки — это проекты, которые так и не начнутся», — отметил он.

‹10›Аналитики крупнейших банков теперь ожидают первого снижения ставки не раньше февраля. ‹11›Главный экономист «Северного банка» Мария Ким полагает, что регулятор может снизить ставку сразу на один процентный пункт, если инфляция в декабре окажется ниже 7%. ‹12›Впрочем, она не исключает, что рост бюджетных расходов в конце года, традиционный для России, заставит ЦБ сохранять жесткую позицию дольше.

‹13›Следующее заседание совета директоров по ключевой ставке запланировано на 19 декабря.
""",
    "en": """‹0›Central bank holds key rate at 16%

‹1›The Bank of Russia left its key rate unchanged at 16% after a board meeting on Friday, in line with the expectations of most analysts. ‹2›The regulator said it had held the rate because inflation was easing more slowly than forecast in September, while consumer demand remained high. ‹3›Annual inflation eased to 7.4% in October from 7.9% a month earlier, according to the state statistics service Rosstat.

‹4›"We see signs that the economy is cooling, but it is too early to speak of a sustained fall in prices," the central bank governor told a news conference, ‹5›adding that the board had also discussed a 50 basis point cut but most members had favoured a pause.

‹6›The rouble barely moved after the announcement, with the dollar trading at about 92 roubles and the euro at around 99.

‹7›Business leaders, who have been calling for looser monetary policy since the spring, gave the decision a cool reception. ‹8›Oleg Krasnov, president of the Association of Industrialists, said that at current borrowing costs many companies were putting off buying equipment. ‹9›"Every month of high rates means projects that will never get off the ground," he said.

‹10›Analysts at the largest banks now do not expect the first cut before February. ‹11›Maria Kim, chief economist at Severny Bank, believes the regulator could cut by a full percentage point at once if inflation in December comes in below 7%. ‹12›She does not rule out, however, that the end-of-year surge in budget spending, a tradition in Russia, will force the central bank to keep its hawkish stance for longer.

‹13›The board's next rate meeting is scheduled for December 19.
""",
    "required": [
        (
            "omission",
            "поскольку не могут окупить проценты",
            None,
            "the reason (companies cannot recoup the interest) is not translated",
        ),
    ],
    "forbidden": [
        (None, "на уровне 16% годовых", "unchanged at 16%", "the same rate", ["number"]),
        (None, "составила 7,4%", "7.4%", "decimal comma", ["number"]),
        (None, "после 7,9%", "7.9%", "decimal comma", ["number"]),
        (None, "50 базисных пунктов", "50 basis point", "the same figure", ["number"]),
        (None, "около 92 рублей", "about 92 roubles", "the same figure", ["number"]),
        (None, "около 99", "around 99", "the same figure", ["number"]),
        (None, "ниже 7%", "below 7%", "the same figure", ["number"]),
        (None, "на 19 декабря", "December 19", "the same date", ["number", "date"]),
        (None, "на один процентный пункт", "a full percentage point", "a number in words", ["number"]),
        (
            None,
            "Регулятор объяснил свое решение тем",
            "said it had held the rate because",
            "объяснил тем, что = said ... because",
            FREE,
            "minor",
        ),
        (
            None,
            "По данным Росстата",
            "according to the state statistics service Rosstat",
            "a gloss on Rosstat and the source moved to the end",
            FREE + ["name", "term"],
            "minor",
        ),
        (
            None,
            "глава ЦБ",
            "the central bank governor",
            "глава ЦБ = the governor",
            ["title", "term"] + FREE,
            "minor",
        ),
        (None, "Она добавила", "adding that", "two sentences joined", FREE, "minor"),
        (
            None,
            "встретили решение сдержанно",
            "gave the decision a cool reception",
            "an idiom by sense",
            FREE,
            "minor",
        ),
        (None, "так и не начнутся", "never get off the ground", "an idiom by sense", FREE, "minor"),
        (
            None,
            "сохранять жесткую позицию",
            "hawkish stance",
            "жесткая позиция = a hawkish stance",
            FREE + ["term"],
            "minor",
        ),
        (None, "«Северного банка»", "Severny Bank", "a bank's name transliterated", ["name"], "minor"),
    ],
    "notes": "Planted: the поскольку-clause of Krasnov's sentence is dropped (omission). Free: two sentences joined by 'adding', idioms by sense, a gloss on Rosstat, глава ЦБ = governor.",
}

DOCS["nw03-news-football-spartak-rotor"] = {
    "genre": "news report, sport (pair)",
    "about": "Invented: a league football match won from a goal down, with both coaches' words.",
    "ru": """‹0›«Спартак» отыгрался и поднялся на второе место

‹1›«Спартак» в воскресенье обыграл на своем поле «Ротор» со счетом 3:1 и впервые с апреля поднялся на второе место в турнирной таблице.

‹2›Гости открыли счет уже на 7-й минуте: после подачи углового точнее всех в штрафной оказался защитник Артем Лысенко. ‹3›Хозяева долго не могли перестроиться, и до перерыва их лучшим моментом остался удар Николая Белова в перекладину.

‹4›Все изменилось после того, как главный тренер «Спартака» Виктор Гусев выпустил во втором тайме сразу двух нападающих. ‹5›На 56-й минуте 19-летний Денис Орлов, вышедший на замену всего за десять минут до этого, сравнял счет, пробив в дальний угол. ‹6›Спустя четверть часа Белов реализовал пенальти, назначенный за игру рукой, ‹6b›а в компенсированное время Орлов оформил дубль.

‹7›«Я сказал ребятам в раздевалке, что нам нечего терять», — рассказал Гусев на послематчевой пресс-конференции. ‹8›Он признал, что первый тайм его команда провела «из рук вон плохо», но похвалил молодежь за характер.

‹9›Тренер «Ротора» Сергей Ильин считает, что пенальти был назначен ошибочно, поскольку мяч попал игроку в плечо, а не в руку. ‹10›«Мы посмотрим повтор и, если я окажусь прав, направим жалобу в экспертно-судейскую комиссию», — сказал он.

‹11›Матч посетили 38 тысяч зрителей — рекорд стадиона в нынешнем сезоне.

‹12›В следующем туре «Спартак» сыграет на выезде с лидером чемпионата, от которого его теперь отделяют четыре очка. ‹13›«Ротор», потерпевший третье поражение подряд, опустился на 11-е место.
""",
    "en": """‹0›Spartak come from behind to go second

‹1›Spartak beat Rotor 3-1 at home on Sunday to climb to second place in the table for the first time since April.

‹2›The visitors took the lead as early as the seventh minute, when defender Artyom Lysenko was quickest to react in the box after a corner. ‹3›The hosts struggled to adjust, and their best chance before half-time was a Nikolai Belov shot that hit the crossbar.

‹4›That all changed when Spartak coach Viktor Gusev sent on two strikers at once after the break. ‹5›Denis Orlov, 19, who had come on only ten minutes earlier, equalised in the 56th minute with a shot into the far corner. ‹6›A quarter of an hour later Belov converted a penalty awarded for handball. ‹6b›Orlov then added his second goal in stoppage time.

‹7›"I told the lads in the dressing room that we had nothing to lose," Gusev told the post-match news conference. ‹8›He admitted his side had been "dreadful" in the first half but praised the youngsters for their character.

‹9›Rotor coach Sergei Ilyin believes the penalty was wrongly given because the ball struck his player's shoulder, not his arm. ‹10›"We will look at the replay, and if I'm right we will complain to the referees' review panel," he said.

‹11›The crowd of 38,000 was the stadium's biggest this season.

‹12›In the next round Spartak travel to the league leaders, who are now four points ahead of them. ‹13›Rotor, beaten for the third game in a row, dropped to 11th.
""",
    "required": [],
    "forbidden": [
        (None, "со счетом 3:1", "3-1", "a score", ["number"]),
        (None, "на 7-й минуте", "seventh minute", "an ordinal in words", ["number"]),
        (None, "19-летний", "Orlov, 19", "an age as an apposition", ["number"]),
        (None, "На 56-й минуте", "56th minute", "an ordinal", ["number"]),
        (None, "десять минут", "ten minutes", "the same number", ["number"]),
        (None, "четверть часа", "quarter of an hour", "the same span", ["number"]),
        (None, "38 тысяч", "38,000", "тысяч", ["number"]),
        (None, "четыре очка", "four points", "the same number", ["number"]),
        (None, "на 11-е место", "11th", "an ordinal", ["number"]),
        (
            None,
            "третье поражение подряд",
            "third game in a row",
            "an ordinal in words",
            ["number"] + FREE,
            "minor",
        ),
        (
            None,
            "а в компенсированное время",
            "Orlov then added",
            "a clause split off as a sentence",
            FREE,
            "minor",
        ),
        (
            None,
            "оформил дубль",
            "his second goal",
            "дубль = a second goal",
            FREE + ["term", "number"],
            "minor",
        ),
        (None, "из рук вон плохо", "dreadful", "an idiom by one word", FREE, "minor"),
        (
            None,
            "экспертно-судейскую комиссию",
            "referees' review panel",
            "a body by sense",
            FREE + ["term", "name"],
            "minor",
        ),
        (
            None,
            "главный тренер «Спартака»",
            "Spartak coach",
            "главный тренер = coach",
            ["title"] + FREE,
            "minor",
        ),
        (None, "в турнирной таблице", "in the table", "турнирная таблица = the table", FREE, "minor"),
        (None, "«Ротора»", "Rotor coach", "a club in the genitive", ["name"], "minor"),
    ],
    "notes": "Faithful. Free: a clause split off as a sentence, дубль = his second goal, из рук вон плохо = dreadful, numbers in words and ordinals, a score 3:1 = 3-1.",
}

DOCS["nw04-news-exoplanet-water"] = {
    "genre": "news report, science (pair)",
    "about": "Invented: astronomers report a planet around a red dwarf that may hold liquid water.",
    "ru": """‹0›Астрономы нашли планету, на которой может быть океан

‹1›Российские и китайские астрономы сообщили об открытии экзопланеты, на которой, возможно, есть вода в жидком состоянии. ‹2›Планета, получившая обозначение TOI-4438 c, обращается вокруг красного карлика в созвездии Лиры на расстоянии около 90 световых лет от Земли. ‹3›Результаты исследования опубликованы в журнале Astronomy Letters.

‹4›Как рассказал руководитель группы, сотрудник Института космических исследований РАН Павел Зорин, планета примерно в 1,4 раза больше Земли по радиусу и совершает оборот вокруг звезды за 23 дня. ‹5›Хотя такой короткий год может показаться странным, звезда настолько тусклая, что планета получает от нее почти столько же тепла, сколько Земля от Солнца. ‹6›«Мы не утверждаем, что там есть жизнь, — подчеркнул Зорин. — Мы лишь говорим, что там может существовать океан».

‹7›Открытие сделано по данным космического телескопа TESS, который регистрирует едва заметное падение яркости звезды, когда перед ней проходит планета. ‹8›Чтобы подтвердить, что сигнал не вызван пятнами на поверхности звезды, ученые в течение двух лет наблюдали систему с наземных телескопов в Чили и на Канарских островах. ‹9›Массу планеты удалось оценить по колебаниям звезды, которые вызывает ее притяжение.

‹10›По словам астрономов, следующим шагом станет изучение атмосферы планеты с помощью телескопа «Джеймс Уэбб». ‹11›Заявку на наблюдения группа уже подала, однако решение будет принято не раньше весны. ‹12›Если в спектре атмосферы обнаружатся пары воды, TOI-4438 c станет одним из самых многообещающих объектов для поиска жизни за пределами Солнечной системы.
""",
    "en": """‹0›Astronomers find planet that may hold an ocean

‹1›Russian and Chinese astronomers say they have discovered an exoplanet that may have liquid water. ‹2›The planet, designated TOI-4438 c, orbits a red dwarf in the constellation Lyra about 90 light years from Earth, ‹3›according to a study published in the journal Astronomy Letters.

‹4›It is roughly 1.4 times the radius of Earth and circles its star every 23 days, said team leader Pavel Zorin of the Space Research Institute of the Russian Academy of Sciences. ‹5›Such a short year may seem odd, but the star is so dim that the planet receives almost as much heat from it as Earth does from the Sun. ‹6›"We are not claiming there is life there," Zorin stressed. "We are only saying that an ocean could exist there."

‹7›The discovery was made with data from NASA's TESS space telescope, which picks up the faint dip in a star's brightness as a planet passes in front of it. ‹8›To make sure the signal was not caused by spots on the star's surface, the scientists spent two years observing the system with ground-based telescopes in Chile and the Canary Islands. ‹9›The planet's mass was estimated from the wobble its gravity induces in the star. ‹u›It is thought to be about five times as heavy as Earth.

‹10›The next step, the astronomers said, will be to study the planet's atmosphere with the James Webb telescope. ‹11›The team has already applied for observing time, but a decision is not expected before the spring. ‹12›If water vapour is found in its atmosphere, TOI-4438 c will become one of the most promising targets in the search for life beyond the solar system.
""",
    "required": [
        (
            "addition",
            None,
            "It is thought to be about five times",
            "the sentence on the planet's mass (five times Earth's) has no original",
        ),
    ],
    "forbidden": [
        (None, "около 90 световых лет", "about 90 light years", "the same figure", ["number"]),
        (None, "в 1,4 раза", "1.4 times", "decimal comma", ["number"]),
        (None, "за 23 дня", "every 23 days", "the same figure", ["number"]),
        (None, "в течение двух лет", "two years", "a number in words", ["number"]),
        (
            None,
            ("TOI-4438 c", "обозначение"),
            ("TOI-4438 c", "designated"),
            "a catalogue name",
            ["number", "name"],
            "minor",
        ),
        (None, "Результаты исследования", "according to a study", "two sentences joined", FREE, "minor"),
        (
            None,
            "Как рассказал руководитель группы",
            "said team leader Pavel Zorin",
            "the speech clause moved to the end",
            FREE,
            "minor",
        ),
        (
            None,
            "Института космических исследований РАН",
            "Space Research Institute of the Russian Academy of Sciences",
            "РАН spelt out",
            ["name", "term", "addition"],
            "minor",
        ),
        (
            None,
            "Хотя такой короткий год",
            "Such a short year may seem odd, but",
            "хотя rendered by but",
            FREE,
            "minor",
        ),
        (
            None,
            None,
            "NASA's TESS",
            "the telescope's owner named (common knowledge)",
            FREE + ["name"],
            "minor",
        ),
        (None, "удалось оценить", "was estimated", "удалось оценить = was estimated", FREE, "minor"),
        (None, "«Джеймс Уэбб»", "James Webb", "a telescope's name", ["name"], "minor"),
        (None, "Заявку на наблюдения", "applied for observing time", "заявка = applied", FREE, "minor"),
    ],
    "notes": "Planted: an added sentence on the planet's mass (addition). Free: two sentences joined by 'according to', the speech clause moved, хотя rendered by 'but', РАН spelt out, NASA's added.",
}

DOCS["nw05-news-court-deputy-mayor-bribe"] = {
    "genre": "news report, court (pair)",
    "about": "Invented: a former deputy mayor is jailed for a bribe; defence and prosecution may appeal.",
    "ru": """‹0›Бывший вице-мэр Самары получил шесть лет за взятку

‹1›Ленинский районный суд Самары в четверг приговорил бывшего заместителя мэра города Геннадия Рыбакова к шести годам колонии общего режима за получение взятки в особо крупном размере. ‹2›Суд также назначил ему штраф в 15 млн рублей и запретил в течение пяти лет занимать должности на государственной службе.

‹3›По версии следствия, в 2023 году Рыбаков, курировавший в мэрии дорожное строительство, получил от владельца подрядной организации 4,5 млн рублей. ‹4›Взамен он, как установил суд, обеспечил компании победу в трех аукционах на ремонт улиц общей стоимостью около 300 млн рублей. ‹5›Деньги передавались частями через посредника — директора консалтинговой фирмы, который впоследствии пошел на сотрудничество со следствием. ‹u›Посредник, осужденный ранее в особом порядке, получил три года условно.

‹7›Рыбаков вину не признал и в последнем слове заявил, что стал жертвой оговора. ‹8›«Я двадцать лет служил этому городу и ни разу не взял ни копейки», — сказал он, обращаясь к залу.

‹9›Защита намерена обжаловать приговор в апелляционном порядке, поскольку, по ее мнению, суд не дал оценки показаниям ключевого свидетеля. ‹10›Адвокат Елена Сомова пояснила журналистам, что записи телефонных разговоров, на которых строится обвинение, получены с нарушениями.

‹11›Прокуратура, запрашивавшая для подсудимого восемь лет, также может обжаловать приговор как слишком мягкий.

‹12›Рыбаков был задержан в марте прошлого года и все это время находился под домашним арестом. ‹13›Время, проведенное под домашним арестом, будет зачтено в срок наказания.
""",
    "en": """‹0›Former Samara deputy mayor gets six years for bribe

‹1›Samara's Leninsky district court on Thursday sentenced former deputy mayor Gennady Rybakov to six years in a general-regime penal colony for taking a particularly large bribe. ‹2›He was also fined 15 million roubles and barred from public office for five years.

‹3›Investigators said that in 2023 Rybakov, who oversaw road building at city hall, took 4.5 million roubles from the owner of a contracting firm. ‹4›In return, the court found, he made sure the company won three auctions for street repairs worth about 300 million roubles in total. ‹5›The money was handed over in instalments through a middleman, the head of a consulting firm who later agreed to cooperate with investigators.

‹7›Rybakov denied the charges and said in his final statement that he had been framed. ‹8›"I served this city for twenty years and never took a single kopeck," he told the courtroom.

‹9›His defence plans to appeal, arguing that the court failed to assess the testimony of a key witness. ‹10›The recordings of telephone conversations on which the prosecution's case rests were obtained unlawfully, lawyer Yelena Somova told reporters.

‹11›Prosecutors, who had asked for eight years, may also appeal against the sentence as too lenient.

‹12›Rybakov was detained in March last year and has been under house arrest ever since; ‹13›the time will count towards his sentence.
""",
    "required": [
        (
            "omission",
            "Посредник, осужденный ранее",
            None,
            "the sentence on the middleman's suspended three-year sentence is not translated",
        ),
    ],
    "forbidden": [
        (None, "к шести годам", "six years in", "a number in words", ["number"]),
        (None, "15 млн рублей", "15 million roubles", "млн", ["number"]),
        (None, "в течение пяти лет", "for five years", "a number in words", ["number"]),
        (None, "в 2023 году", "in 2023", "the same year", ["number", "date"]),
        (None, "4,5 млн рублей", "4.5 million roubles", "decimal comma", ["number"]),
        (None, "в трех аукционах", "three auctions", "a number in words", ["number"]),
        (None, "около 300 млн рублей", "about 300 million roubles", "млн", ["number"]),
        (None, "двадцать лет", "twenty years", "the same number", ["number"]),
        (None, "восемь лет", "eight years", "the same number", ["number"]),
        (
            None,
            "Ленинский районный суд Самары",
            "Samara's Leninsky district court",
            "a court's name reordered",
            ["name", "term"],
            "minor",
        ),
        (
            None,
            "в особо крупном размере",
            "a particularly large bribe",
            "a legal phrase by sense",
            FREE,
            "minor",
        ),
        (
            None,
            "курировавший в мэрии",
            "who oversaw road building",
            "a participle as a clause",
            FREE,
            "minor",
        ),
        (
            None,
            "в апелляционном порядке",
            "plans to appeal",
            "обжаловать в апелляционном порядке = appeal",
            FREE,
            "minor",
        ),
        (
            None,
            "поскольку, по ее мнению",
            "arguing that",
            "поскольку, по ее мнению = arguing that",
            FREE,
            "minor",
        ),
        (
            None,
            "Адвокат Елена Сомова пояснила журналистам",
            "lawyer Yelena Somova told reporters",
            "the speech clause moved to the end",
            FREE,
            "minor",
        ),
        (None, "стал жертвой оговора", "had been framed", "an idiom by sense", FREE, "minor"),
        (None, "обращаясь к залу", "he told the courtroom", "a participle as the speech verb", FREE, "minor"),
        (
            None,
            "Время, проведенное под домашним арестом",
            "the time will count",
            "two sentences joined",
            FREE,
            "minor",
        ),
    ],
    "notes": "Planted: the sentence on the middleman's suspended sentence is dropped (omission). Free: two sentences joined by a semicolon, поскольку, по ее мнению = arguing that, participles as clauses, the speech clause moved.",
}

DOCS["nw06-news-museum-explorers-exhibition"] = {
    "genre": "news report, culture (pair)",
    "about": "Invented: a museum opens an exhibition on Russian explorers, with a rediscovered map at its centre.",
    "ru": """‹0›В Историческом музее открылась выставка о русских путешественниках

‹1›В Государственном историческом музее открылась выставка «Дорога на восток», посвященная русским путешественникам XVIII–XIX веков. ‹2›Посетители увидят более 400 экспонатов — карты, дневники, навигационные приборы, а также предметы быта народов Сибири и Дальнего Востока, собранные участниками экспедиций. ‹3›Многие из них выставляются впервые: до сих пор они хранились в фондах музея и региональных архивов.

‹4›Центральное место в экспозиции занимает рукописная карта Камчатки, составленная в 1740-х годах и считавшаяся утраченной вплоть до прошлого года. ‹5›Ее обнаружили при разборе частной коллекции, переданной музею наследниками известного библиофила. ‹6›«Когда мы развернули лист, стало понятно, что это оригинал, а не поздняя копия», — рассказала куратор выставки Анна Белозерова. ‹7›По ее словам, реставрация карты заняла восемь месяцев, поскольку бумага была сильно повреждена влагой.

‹8›Отдельный зал отведен женщинам, сопровождавшим мужей в экспедициях; ‹8b›их письма, хотя и написанные по-французски, впервые переведены на русский язык специально для выставки.

‹9›Организаторы постарались сделать экспозицию интересной и для детей: в залах установлены интерактивные столы, на которых можно проложить маршрут по старинной карте.

‹10›Выставка продлится до конца марта, после чего ее планируется показать в Иркутске и Владивостоке. ‹11›Музей работает ежедневно, кроме вторника, с 10 до 18 часов, по пятницам — до 21 часа.
""",
    "en": """‹0›Historical Museum opens exhibition on Russian explorers

‹1›The State Historical Museum has opened "The Road East", an exhibition devoted to Russian explorers of the 18th and 19th centuries. ‹2›On display are more than 400 items, including maps, diaries and navigational instruments as well as household objects of the peoples of Siberia and the Far East collected by members of the expeditions. ‹3›Many are being shown for the first time, having until now been kept in the storerooms of the museum and regional archives.

‹4›The centrepiece is a hand-drawn map of Kamchatka, made in the 1740s and thought lost until last year, ‹5›when it turned up among a private collection donated to the museum by the heirs of a well-known bibliophile. ‹6›"When we unrolled the sheet, it became clear that this was the original and not a later copy," said the exhibition's curator, Anna Belozerova. ‹7›Restoring the map took eight months because the paper had been badly damaged by damp, she said.

‹8›A separate room is devoted to the women who accompanied their husbands on the expeditions. ‹8b›Their letters, written in French, have been translated into Russian for the first time especially for the show.

‹9›The organisers have also tried to appeal to children, installing interactive tables in the halls on which visitors can plot a route on an old map.

‹10›The exhibition runs until the end of March and will then travel to Irkutsk and Vladivostok. ‹11›The museum is open daily except Tuesdays from 10 a.m. to 6 p.m., and until 9 p.m. on Fridays.
""",
    "required": [],
    "forbidden": [
        (None, "XVIII–XIX веков", "18th and 19th centuries", "Roman centuries", ["number", "date"]),
        (None, "более 400 экспонатов", "more than 400 items", "the same number", ["number"]),
        (None, "в 1740-х годах", "1740s", "a decade", ["number", "date"]),
        (None, "восемь месяцев", "eight months", "the same number", ["number"]),
        (
            None,
            "с 10 до 18 часов",
            "from 10 a.m. to 6 p.m.",
            "a 24-hour clock as a.m./p.m.",
            ["number", "date"],
        ),
        (None, "до 21 часа", "until 9 p.m.", "a 24-hour clock as p.m.", ["number", "date"]),
        (
            None,
            "«Дорога на восток»",
            '"The Road East"',
            "an exhibition's title translated",
            ["name", "title", "term"],
            "minor",
        ),
        (None, "Ее обнаружили при разборе", "when it turned up", "two sentences joined", FREE, "minor"),
        (
            None,
            "хотя и написанные по-французски",
            "written in French",
            "хотя и dropped in a participle",
            FREE,
            "minor",
        ),
        (
            None,
            "их письма",
            "Their letters",
            "a clause after a semicolon split off as a sentence",
            FREE,
            "minor",
        ),
        (
            None,
            "Организаторы постарались",
            "The organisers have also tried",
            "a colon rendered by a participle",
            FREE,
            "minor",
        ),
        (None, "По ее словам, реставрация", "she said", "по ее словам moved to the end", FREE, "minor"),
        (None, "в фондах музея", "storerooms of the museum", "фонды = storerooms", FREE + ["term"], "minor"),
        (
            None,
            "Центральное место в экспозиции занимает",
            "The centrepiece is",
            "an idiom by one word",
            FREE,
            "minor",
        ),
    ],
    "notes": "Faithful. Free: two sentences joined by 'when', a clause after a semicolon split off, хотя и dropped, centuries and hours converted, an exhibition title translated.",
}

DOCS["nw07-news-weather-moscow-cyclone"] = {
    "genre": "news report, weather (pair)",
    "about": "Invented: a cyclone brings wind and sleet to Moscow; the emergency service and airports warn.",
    "ru": """‹0›На Москву надвигается циклон с ветром и мокрым снегом

‹1›Мощный циклон, пришедший с Атлантики, принесет в Москву и область в выходные сильный ветер и мокрый снег, сообщили в Гидрометцентре. ‹2›По прогнозу синоптиков, в субботу порывы ветра могут достигать 20–23 метров в секунду, а к вечеру дождь сменится снегом.

‹3›Столичный МЧС объявил «оранжевый» уровень погодной опасности и призвал жителей не оставлять автомобили под деревьями и рекламными щитами. ‹4›«Такие порывы способны валить деревья и обрывать провода, поэтому мы просим горожан по возможности оставаться дома», — сказал представитель ведомства.

‹5›Научный руководитель Гидрометцентра Роман Вильфанд отметил, что за сутки может выпасть до 15 миллиметров осадков, то есть почти треть месячной нормы. ‹6›Температура в субботу днем составит около нуля, а ночью на воскресенье опустится до минус 5 градусов. ‹7›Из-за гололедицы, которая образуется на дорогах после похолодания, водителям рекомендуют отказаться от поездок на летней резине.

‹8›Коммунальные службы, по данным мэрии, переведены на усиленный режим работы, а на улицы выйдет около 11 тысяч единиц снегоуборочной техники. ‹9›В аэропортах Шереметьево и Внуково предупредили о возможных задержках рейсов, хотя отменять их пока не планируют.

‹10›В воскресенье ветер ослабнет, но снег, по прогнозу, будет идти до середины дня. ‹11›Синоптики предупреждают, что следующая неделя также будет холоднее нормы: среднесуточная температура окажется на 3–4 градуса ниже климатической. ‹12›Первый устойчивый снежный покров в Москве, по словам Вильфанда, может сформироваться уже к середине ноября.
""",
    "en": """‹0›Cyclone to bring wind and sleet to Moscow

‹1›A powerful cyclone from the Atlantic will bring strong winds and sleet to Moscow and the surrounding region at the weekend, the Hydrometeorological Centre said. ‹2›Gusts on Saturday could reach 20-23 metres per second, forecasters said, and rain will turn to snow by the evening.

‹3›The Moscow branch of the Emergencies Ministry declared an "orange" weather warning and urged residents not to leave cars under trees or billboards. ‹4›"Gusts like these can bring down trees and power lines, so we are asking people to stay at home if they can," a ministry spokesman said.

‹5›Up to 15 millimetres of precipitation could fall in 24 hours, almost a third of the monthly norm, said Roman Vilfand, the centre's scientific director. ‹6›Daytime temperatures on Saturday will be around zero, falling to minus 5 degrees Celsius overnight. ‹7›Drivers are advised not to travel on summer tyres, as the roads will ice over once the temperature drops.

‹8›City hall said utility services had been put on high alert, with about 11,000 snow-clearing vehicles due to take to the streets. ‹9›Sheremetyevo and Vnukovo airports warned of possible flight delays.

‹10›The wind will ease on Sunday, but snow is expected to keep falling until midday. ‹11›Forecasters warn that next week will also be colder than usual, with average daily temperatures 3-4 degrees below the norm. ‹12›Moscow's first lasting snow cover could form as early as mid-November, Vilfand said.
""",
    "required": [
        (
            "omission",
            "хотя отменять их пока не планируют",
            None,
            "the clause that no cancellations are planned yet is not translated",
        ),
    ],
    "forbidden": [
        (None, "20–23 метров в секунду", "20-23 metres per second", "a range", ["number"]),
        (None, "за сутки", "in 24 hours", "сутки = 24 hours", ["number", "date"] + FREE, "minor"),
        (None, "до 15 миллиметров", "Up to 15 millimetres", "the same figure", ["number"]),
        (None, "почти треть", "almost a third", "a fraction in words", ["number"]),
        (None, "до минус 5 градусов", "minus 5 degrees Celsius", "Celsius added", ["number"]),
        (None, "около 11 тысяч", "about 11,000", "тысяч", ["number"]),
        (None, "на 3–4 градуса", "3-4 degrees", "a range", ["number"]),
        (None, "пришедший с Атлантики", "from the Atlantic", "a participle by a preposition", FREE, "minor"),
        (None, "По прогнозу синоптиков", "forecasters said", "the source moved", FREE, "minor"),
        (
            None,
            "Столичный МЧС",
            "The Moscow branch of the Emergencies Ministry",
            "МЧС spelt out",
            ["name", "term"] + FREE,
            "minor",
        ),
        (None, "по возможности", "if they can", "по возможности = if they can", FREE, "minor"),
        (
            None,
            "Научный руководитель Гидрометцентра",
            "the centre's scientific director",
            "the speaker's title moved to the end",
            FREE + ["title"],
            "minor",
        ),
        (
            None,
            "ночью на воскресенье",
            "overnight",
            "ночью на воскресенье = overnight",
            FREE + ["date"],
            "minor",
        ),
        (
            None,
            "которая образуется на дорогах после похолодания",
            "the roads will ice over",
            "a relative clause turned into the main reason",
            FREE,
            "minor",
        ),
        (None, "по данным мэрии", "City hall said", "the source moved to the front", FREE, "minor"),
        (
            None,
            "переведены на усиленный режим работы",
            "put on high alert",
            "an idiom by sense",
            FREE,
            "minor",
        ),
        (None, "климатической", "below the norm", "климатическая норма = the norm", FREE, "minor"),
    ],
    "notes": "Planted: the clause that no cancellations are planned is dropped (omission). Free: participles by prepositions, sources moved, сутки = 24 hours, МЧС spelt out, a relative clause turned into the reason.",
}
