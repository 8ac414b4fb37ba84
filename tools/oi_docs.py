# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented oi documents of archival-own (read by build_archival_oi.py): omissions inside a sentence.

Six records (a report on the spring thaw, a ministry order, a record of a talk, a district committee's report,
a military council's report and a geological party's report) in which a clause or phrase is dropped inside an
otherwise aligned 1-1 sentence pair (a clause of reason, a participial phrase, a second predicate, a purpose
clause, an adverbial of place or time, a list of reasons) with no opener word, number, name or qualification
to give it away, and the mirror, a clause the translation adds. The traps are free but faithful renderings:
rephrased, condensed doublets, pronouns for repeated nouns, idioms, a translator's note in brackets.
Every text is invented (persons are made up; figures, dates and file marks are made up).
Format as in t_docs.py.
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["oi01-report-oblast-spring-thaw-1947"] = {
    "genre": "report of an oblast executive committee on the spring thaw (pair, archive reference)",
    "about": "Invented: the Kalinin oblast executive committee reports on the state of roads and the sowing after the thaw.",
    "ru": """‹u›ГАРФ, ф. Р-5446, оп. 49, д. 1820, л. 44.

‹1›СОВЕТУ МИНИСТРОВ РСФСР

‹2›О ходе весенних работ в Калининской области

‹3›Весенний сев в области начался с опозданием на десять дней. ‹4›Вывоз семян в северные районы задерживается, так как дороги размыты дождями. ‹5›Колхозы Бежецкого района засыпали семена полностью. ‹6›В ряде колхозов не хватает тягловой силы, и председатели просят выделить лошадей из соседних районов.

‹7›Машинно-тракторные станции области, получившие новые тракторы весной этого года, работают в две смены. ‹8›На станциях остро не хватает запасных частей и горючего. ‹9›Облисполком в срочном и неотложном порядке направил в районы своих уполномоченных. ‹10›Уполномоченные проверили готовность колхозов к севу и доложили о результатах облисполкому.

‹11›Председатель облисполкома выехал в Кашинский район и приказал усилить охрану семенных складов. ‹12›Хищения зерна в районе пресечены. ‹13›Просим Совет Министров выделить области дополнительно горючее, чтобы машинно-тракторные станции могли закончить сев в срок.

‹14›Председатель исполкома
‹15›Калининского областного Совета
‹16›И. Старостин""",
    "en": """‹1›TO THE COUNCIL OF MINISTERS OF THE RSFSR

‹2›On the progress of spring work in Kalinin Oblast

‹3›The spring sowing in the oblast began ten days late. ‹4›The delivery of seed to the northern districts is being held up. ‹5›The collective farms of Bezhetsk District have laid in all their seed. ‹6›Several collective farms are short of draught power, and their chairmen ask for horses to be sent from neighbouring districts.

‹7›The machine and tractor stations of the oblast are working in two shifts. ‹8›The stations are badly short of spare parts and fuel. ‹9›The oblast executive committee urgently sent its representatives to the districts. ‹10›They checked how ready the collective farms were for the sowing and reported back to the committee.

‹11›The chairman of the oblast executive committee went to Kashin District. ‹12›Thefts of grain in the district have been stopped. ‹13›We ask the Council of Ministers to allocate additional fuel to the oblast so that the machine and tractor stations can finish the sowing on time.

‹14›Chairman of the Executive Committee
‹15›of the Kalinin Oblast Soviet
‹16›I. Starostin""",
    "required": [
        (
            "omission",
            "так как дороги размыты дождями",
            None,
            "the reason (the roads washed out by rain) is dropped",
        ),
        (
            "omission",
            "получившие новые тракторы весной этого года",
            None,
            "the participial phrase (which received new tractors this spring) is dropped",
        ),
        (
            "omission",
            "и приказал усилить охрану семенных складов",
            None,
            "the second predicate (ordered the guard on the seed stores strengthened) is dropped",
        ),
    ],
    "forbidden": [
        (None, "в срочном и неотложном порядке", "urgently", "a condensed doublet", ["omission"]),
        (None, "Уполномоченные проверили", "They checked", "a pronoun for the repeated noun", ["omission"]),
        (
            None,
            "засыпали семена полностью",
            "laid in all their seed",
            "a free rendering",
            ["omission", "addition"],
        ),
        (
            None,
            "чтобы машинно-тракторные станции могли закончить сев в срок",
            "so that the machine and tractor stations can finish the sowing on time",
            "the purpose clause is rendered",
            ["omission"],
        ),
        (None, "В ряде колхозов", "Several collective farms", "rephrased", ["omission", "addition"]),
    ],
    "notes": "Planted: the reason «так как дороги размыты дождями», the participial phrase «получившие новые тракторы весной этого года» and the second predicate «и приказал усилить охрану семенных складов» dropped. Traps: a doublet condensed, a pronoun for «Уполномоченные», free renderings.",
}

DOCS["oi02-order-ministry-timber-floating-1952"] = {
    "genre": "order of a ministry (pair, archive reference, order number)",
    "about": "Invented: the Ministry of the Timber Industry orders measures for the spring floating of timber.",
    "ru": """‹u›РГАЭ, ф. 7637, оп. 1, д. 1412, л. 8.

‹1›ПРИКАЗ
‹2›МИНИСТРА ЛЕСНОЙ ПРОМЫШЛЕННОСТИ СССР

‹3›№ 214

‹4›г. Москва

‹5›Сплав леса по рекам Северной Двины в прошлом году был сорван. ‹6›Причинами срыва явились плохая подготовка сплавных рейдов, отсутствие буксирных катеров и слабое руководство со стороны треста. ‹7›Значительная часть древесины осталась на берегах и в заторах.

‹8›ПРИКАЗЫВАЮ:

‹9›1. Управляющему трестом Двинолес до начала ледохода закончить ремонт запаней и сплавных судов. ‹10›2. Начальнику главка направить на реку бригаду опытных сплавщиков, чтобы обучить рабочих новых рейдов. ‹11›3. Тресту организовать круглосуточное дежурство на опасных участках реки. ‹12›4. Отделу снабжения отгрузить тресту стальные тросы и такелаж в первую очередь.

‹13›Контроль за выполнением настоящего приказа возложить на заместителя министра, который лично отвечает за ход сплава. ‹14›Управляющий трестом еженедельно докладывает министерству о ходе работ.

‹15›Министр лесной промышленности СССР
‹16›Г. Орлов""",
    "en": """‹1›ORDER
‹2›OF THE MINISTER OF THE TIMBER INDUSTRY OF THE USSR

‹3›No. 214

‹4›Moscow

‹5›Last year the floating of timber down the rivers of the Northern Dvina was wrecked. ‹6›The failure was caused by poor preparation of the floating booms. ‹7›A large part of the timber was left on the banks and in jams.

‹8›I ORDER:

‹9›1. The manager of the Dvinoles Trust to finish the repair of the booms and floating craft before the ice breaks up. ‹10›2. The head of the chief administration to send a team of experienced raftsmen to the river. ‹11›3. The trust to organise a round-the-clock watch on the dangerous stretches of the river. ‹12›4. The supply department to ship steel cables and rigging to the trust as a matter of priority.

‹13›Supervision of the execution of this order is entrusted to the Deputy Minister, who will be held personally responsible for the progress of the floating and will report on it to the Council of Ministers. ‹14›The manager of the trust reports to the ministry every week on the progress of the work.

‹15›Minister of the Timber Industry of the USSR
‹16›G. Orlov""",
    "required": [
        (
            "omission",
            "отсутствие буксирных катеров и слабое руководство со стороны треста",
            None,
            "two of the three reasons (no tugboats, weak management by the trust) are dropped",
        ),
        (
            "omission",
            "чтобы обучить рабочих новых рейдов",
            None,
            "the purpose (to train the workers of the new booms) is dropped",
        ),
        (
            "addition",
            None,
            "and will report on it to the Council of Ministers",
            "an added predicate: reporting to the Council of Ministers",
        ),
    ],
    "forbidden": [
        (
            None,
            "в первую очередь",
            "as a matter of priority",
            "an idiom rendered by an idiom",
            ["omission", "addition"],
        ),
        (
            None,
            "до начала ледохода",
            "before the ice breaks up",
            "a free rendering of the time",
            ["omission", "addition", "date"],
        ),
        (
            None,
            "еженедельно докладывает",
            "reports to the ministry every week",
            "rephrased",
            ["omission", "addition"],
        ),
        (
            None,
            "Значительная часть древесины",
            "A large part of the timber",
            "faithful",
            ["omission", "addition"],
        ),
    ],
    "notes": "Planted: the list of reasons cut to its first member, the purpose clause «чтобы обучить рабочих новых рейдов» dropped, an added predicate on reporting to the Council of Ministers. Traps: idioms and free renderings of time.",
}

DOCS["oi03-record-talk-consul-harbin-1955"] = {
    "genre": "record of a talk of a Soviet consul (pair, archive reference, distribution line)",
    "about": "Invented: the Soviet consul general in Harbin records a talk with the deputy mayor about Russian émigrés leaving for the USSR.",
    "ru": """‹u›АВП РФ, ф. 0100, оп. 48, п. 392, д. 17, лл. 3-5.

‹1›ИЗ ДНЕВНИКА
‹2›генерального консула СССР в Харбине
‹3›В. П. Крылова

‹4›Запись беседы с заместителем мэра города Харбина Ли Чжэном

‹5›Сегодня я посетил Ли Чжэна в здании горсовета по его приглашению. ‹6›Ли Чжэн сообщил, что городские власти готовы ускорить выезд русских эмигрантов на целинные земли Казахстана. ‹7›По его словам, многие семьи уже продали свое имущество и ждут отправки на вокзале. ‹8›Он попросил консульство выдавать паспорта быстрее, потому что люди живут в тяжелых условиях.

‹9›Я ответил, что консульство работает без выходных и выдает до ста паспортов в неделю. ‹10›Я обещал доложить о его просьбе в Москву и добиться присылки еще двух сотрудников.

‹11›Ли Чжэн поблагодарил за помощь и выразил надежду, что сотрудничество будет продолжено. ‹12›Беседа прошла в дружественной обстановке.

‹13›Генеральный консул СССР в Харбине
‹14›В. Крылов""",
    "en": """‹1›FROM THE DIARY
‹2›of the Consul General of the USSR in Harbin
‹3›V. P. Krylov

‹4›Record of a conversation with the Deputy Mayor of Harbin, Li Zheng

‹5›Today I visited Li Zheng at his invitation. ‹6›Li Zheng said that the city authorities were ready to speed up the departure of the Russian émigrés for the virgin lands of Kazakhstan. ‹7›According to him, many families have already sold their property and are waiting for their train. ‹8›He asked the consulate to issue passports faster, because people are living in hard conditions, and said that the Chinese side would bear the cost of their transport to the border.

‹9›I replied that the consulate works without days off and issues up to a hundred passports a week. ‹10›I promised to report his request to Moscow.

‹11›Li Zheng thanked me for the help and expressed the hope that the cooperation would continue. ‹12›The conversation passed in a friendly atmosphere.

‹13›Consul General of the USSR in Harbin
‹14›V. Krylov""",
    "required": [
        ("omission", "в здании горсовета", None, "the place (in the city soviet building) is dropped"),
        (
            "omission",
            "и добиться присылки еще двух сотрудников",
            None,
            "the second aim (to obtain two more staff) is dropped",
        ),
        (
            "addition",
            None,
            "and said that the Chinese side would bear the cost of their transport to the border",
            "an added clause: the Chinese side pays the transport",
        ),
        (
            "omission",
            "на вокзале",
            None,
            "the place (at the station) is dropped",
        ),
    ],
    "forbidden": [
        (None, "ждут отправки", "are waiting for their train", "a free rendering", ["omission", "addition"]),
        (None, "без выходных", "without days off", "faithful", ["omission", "addition"]),
        (
            None,
            "поблагодарил за помощь",
            "thanked me for the help",
            "the object added is implied",
            ["omission", "addition"],
        ),
        (
            None,
            "в дружественной обстановке",
            "in a friendly atmosphere",
            "a formula",
            ["omission", "addition"],
        ),
    ],
    "notes": "Planted: the place «в здании горсовета» and «на вокзале» dropped, the second aim «и добиться присылки еще двух сотрудников» dropped, a clause on the Chinese side paying the transport added. Traps: free renderings and formulas.",
}

DOCS["oi04-report-raikom-harvest-1949"] = {
    "genre": "report of a district party committee to the obkom (pair, archive reference)",
    "about": "Invented: a district party committee reports on the harvest and the grain deliveries.",
    "ru": """‹u›ГАНО, ф. П-4, оп. 34, д. 112, лл. 61-62.

‹1›СЕКРЕТАРЮ НОВОСИБИРСКОГО ОБКОМА ВКП(б)

‹2›ИНФОРМАЦИЯ
‹3›о ходе уборки урожая в Колыванском районе

‹4›Уборка зерновых в районе идет неудовлетворительно. ‹5›Комбайны простаивают из-за поломок, а ремонтные мастерские не справляются с заказами. ‹6›Многие колхозники, не получившие авансов на трудодни, не выходят на работу. ‹7›Райком провел совещание председателей колхозов и потребовал от них навести порядок на токах.

‹8›Хлеб, обмолоченный в колхозах «Заря» и «Победа», лежит под открытым небом, потому что зернохранилища не отремонтированы. ‹9›Колхоз «Заря» отстает от графика сдачи хлеба государству. ‹10›Председатель колхоза был предупрежден о партийной ответственности.

‹11›Райком просит обком помочь району грузовыми машинами для вывозки хлеба на элеваторы. ‹12›Одновременно райком мобилизовал на уборку служащих районных учреждений и учащихся старших классов.

‹13›Секретарь Колыванского райкома ВКП(б)
‹14›П. Лобанов""",
    "en": """‹1›TO THE SECRETARY OF THE NOVOSIBIRSK OBKOM OF THE VKP(b)

‹2›INFORMATION
‹3›on the progress of the harvest in Kolyvan District

‹4›The harvesting of grain in the district is going unsatisfactorily. ‹5›The combines stand idle because of breakdowns, and the repair shops cannot cope with the orders. ‹6›Many collective farmers are not coming out to work. ‹7›The raikom held a meeting of the collective farm chairmen and demanded that they put the threshing floors in order.

‹8›The grain threshed in the Zarya and Pobeda collective farms is lying in the open air. ‹9›The Zarya collective farm is behind the schedule of grain deliveries to the state, chiefly because its chairman has neglected the work and spends his time in the district centre. ‹10›The farm's chairman was warned of his responsibility to the party.

‹11›The raikom asks the obkom to help the district with lorries to carry the grain to the elevators. ‹12›At the same time the raikom has mobilised the employees of district offices and senior schoolchildren for the harvest.

‹13›Secretary of the Kolyvan Raikom of the VKP(b)
‹14›P. Lobanov""",
    "required": [
        (
            "omission",
            "не получившие авансов на трудодни",
            None,
            "the participial phrase (who received no advances on their workdays) is dropped",
        ),
        (
            "omission",
            "потому что зернохранилища не отремонтированы",
            None,
            "the reason (the granaries not repaired) is dropped",
        ),
        (
            "addition",
            None,
            "chiefly because its chairman has neglected the work and spends his time in the district centre",
            "an added reason blaming the chairman",
        ),
    ],
    "forbidden": [
        (None, "под открытым небом", "in the open air", "an idiom", ["omission", "addition"]),
        (
            None,
            "о партийной ответственности",
            "of his responsibility to the party",
            "rephrased",
            ["omission", "addition"],
        ),
        (
            None,
            "Председатель колхоза был",
            "The farm's chairman",
            "a shorter reference",
            ["omission", "addition"],
        ),
        (None, "грузовыми машинами", "lorries", "a compound rendered by one word", ["omission", "addition"]),
        (None, "Одновременно", "At the same time", "an adverb as a phrase", ["omission", "addition"]),
    ],
    "notes": "Planted: the participial phrase «не получившие авансов на трудодни» and the reason «потому что зернохранилища не отремонтированы» dropped; a reason blaming the chairman added. Traps: idioms and compounds.",
}

DOCS["oi05-report-military-council-exercise-1957"] = {
    "genre": "report of a district military council (pair, secrecy mark, archive reference)",
    "about": "Invented: the military council of a military district reports on a winter exercise.",
    "ru": """‹u›РГАНИ, ф. 5, оп. 30, д. 233, лл. 90-92.

‹1›Совершенно секретно

‹2›ЦК КПСС

‹3›Военный совет Уральского военного округа докладывает о результатах зимнего учения. ‹4›Учение проводилось в сложных метеорологических условиях, при сильных морозах и метелях. ‹5›Части дивизии совершили марш по бездорожью и своевременно вышли в назначенные районы. ‹6›Танковый полк, действовавший в первом эшелоне, прорвал оборону условного противника и вышел к реке.

‹7›Вместе с тем учение выявило серьезные недостатки. ‹8›Связь между штабами часто нарушалась, и командиры теряли управление подразделениями. ‹9›Тыловые подразделения отстали от войск, поэтому солдаты в течение суток не получали горячей пищи. ‹10›Медицинская служба не была готова к эвакуации обмороженных.

‹11›Военный совет наказал виновных офицеров и потребовал от командиров устранить недостатки до начала летнего периода обучения. ‹12›Командующий войсками округа лично проверит исполнение этих указаний.

‹13›Командующий войсками
‹14›Уральского военного округа
‹15›генерал-полковник Н. Волков""",
    "en": """‹1›Top secret

‹2›CC CPSU

‹3›The Military Council of the Urals Military District reports on the results of the winter exercise. ‹4›The exercise was held in difficult weather conditions. ‹5›The units of the division marched across country without roads and reached their assigned areas on time. ‹6›The tank regiment broke through the defence of the notional enemy and reached the river.

‹7›At the same time the exercise revealed serious shortcomings. ‹8›Communications between the staffs were often broken. ‹9›The rear units lagged behind the troops, so that for a whole day the soldiers received no hot food. ‹10›The medical service was not ready to evacuate the frostbitten.

‹11›The Military Council punished the officers at fault and demanded that the commanders remove the shortcomings before the summer training period begins. ‹12›The commander of the district's troops will check personally that these instructions are carried out.

‹13›Commander of the Troops
‹14›of the Urals Military District
‹15›Colonel-General N. Volkov""",
    "required": [
        (
            "omission",
            "при сильных морозах и метелях",
            None,
            "the circumstance (severe frosts and snowstorms) is dropped",
        ),
        (
            "omission",
            "действовавший в первом эшелоне",
            None,
            "the participial phrase (acting in the first echelon) is dropped",
        ),
        (
            "omission",
            "и командиры теряли управление подразделениями",
            None,
            "the consequence (the commanders lost control of the subunits) is dropped",
        ),
    ],
    "forbidden": [
        (
            None,
            "по бездорожью",
            "across country without roads",
            "an explanatory rendering",
            ["omission", "addition"],
        ),
        (
            None,
            "в течение суток",
            "for a whole day",
            "сутки rendered freely",
            ["omission", "addition", "date", "number"],
        ),
        (
            None,
            "до начала летнего периода обучения",
            "before the summer training period begins",
            "faithful",
            ["omission", "addition"],
        ),
        (None, "обмороженных", "the frostbitten", "faithful", ["omission", "addition"]),
    ],
    "notes": "Planted: the circumstance «при сильных морозах и метелях», the participial phrase «действовавший в первом эшелоне» and the consequence «и командиры теряли управление подразделениями» dropped. Traps: по бездорожью, сутки.",
}

DOCS["oi06-report-geological-party-1960"] = {
    "genre": "report of a geological party (pair, archive reference, a translator's note in brackets)",
    "about": "Invented: the head of a geological party reports on the field season on the Vilyuy.",
    "ru": """‹u›РГАЭ, ф. 9572, оп. 1, д. 640, л. 15.

‹1›НАЧАЛЬНИКУ ЯКУТСКОГО ГЕОЛОГИЧЕСКОГО УПРАВЛЕНИЯ

‹2›Докладываю о работе партии в полевом сезоне. ‹3›Партия вела поиски кимберлитовых трубок в бассейне реки Вилюй. ‹4›Работы начались с опозданием, потому что вертолеты прибыли в поселок только после вскрытия реки. ‹5›Несмотря на трудности, партия выполнила план шлиховального опробования.

‹6›Отряд, работавший в верховьях реки, обнаружил новую трубку. ‹7›Образцы породы отправлены в лабораторию управления. ‹8›Рабочие партии жили в палатках и питались консервами, так как завоз продуктов был сорван. ‹9›Несколько человек заболели цингой и были вывезены в больницу.

‹10›Считаю необходимым в будущем году увеличить число вертолетов и построить базу на реке, чтобы сократить потери времени на переброску отрядов. ‹11›Прошу также решить вопрос о выдаче рабочим полевого довольствия.

‹12›Начальник партии
‹13›А. Семенов""",
    "en": """‹1›TO THE HEAD OF THE YAKUT GEOLOGICAL ADMINISTRATION

‹2›I report on the work of the party in the field season. ‹3›The party searched for kimberlite pipes in the Vilyuy River basin. ‹4›The work began late. ‹5›Despite the difficulties the party fulfilled the plan of panning tests [sampling of alluvium by washing].

‹6›A detachment found a new pipe. ‹7›Samples of the rock have been sent to the administration's laboratory. ‹8›The workers of the party lived in tents and ate tinned food. ‹9›Several men fell ill with scurvy and were taken to hospital.

‹10›I consider it necessary next year to increase the number of helicopters and to build a base on the river in order to cut the time lost in moving the detachments. ‹11›I also ask that the question of field allowances for the workers be settled, since the workers have been left without pay for two months.

‹12›Head of the Party
‹13›A. Semyonov""",
    "required": [
        (
            "omission",
            "потому что вертолеты прибыли в поселок только после вскрытия реки",
            None,
            "the reason (the helicopters came only after the river opened) is dropped",
        ),
        (
            "omission",
            "работавший в верховьях реки",
            None,
            "the participial phrase of place (working in the upper reaches) is dropped",
        ),
        (
            "omission",
            "так как завоз продуктов был сорван",
            None,
            "the reason (the food supply failed) is dropped",
        ),
        ("addition", None, "since the workers have been left without pay for two months", "an added reason"),
    ],
    "forbidden": [
        (
            None,
            None,
            "[sampling of alluvium by washing]",
            "the translator's note in brackets",
            ["addition"],
            "minor",
        ),
        (None, "Несмотря на трудности", "Despite the difficulties", "faithful", ["omission", "addition"]),
        (None, "в будущем году", "next year", "faithful", ["omission", "addition", "date"]),
        (None, "были вывезены в больницу", "were taken to hospital", "faithful", ["omission", "addition"]),
    ],
    "notes": "Planted: two reasons («потому что вертолеты прибыли…», «так как завоз продуктов был сорван») and the participial phrase «работавший в верховьях реки» dropped; a reason added. Traps: a translator's note in brackets, free renderings.",
}
