# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented tw documents of archival-own (read by build_archival_tw.py): sentences split in three, joined from three.

Telegrams, records and memoranda of 1943–1960 whose translator splits one long sentence (cut at semicolons or
commas) into three, joins three short sentences into one, and once makes three sentences of two. Planted: real
omissions inside such a split (a dropped clause with a number, a name or a reason) and next to one (a short
sentence dropped right after a split or a join, which a wide bead could swallow). Traps: the legitimate splits
and joins themselves, which are no omission and no addition.
Every text is invented (persons are real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

_SPLIT = "a legitimate split: one sentence given as three, nothing left out"
_JOIN = "a legitimate join: three sentences given as one, nothing added or left out"


def _trap(ru: str, en: str, why: str) -> list[tuple]:
    """Forbidden: an omission pointing at the Russian words, an addition pointing at the English words (each
    side alone, so a real omission elsewhere in the same bead, whose evidence names the whole translation, is no hit)."""
    return [(None, ru, None, why, ["omission"], "info"), (None, None, en, why, ["addition"], "info")]


DOCS["tw01-telegram-peking-railway-transfer-1950"] = {
    "genre": "ciphered telegram (pair)",
    "about": "Invented: the ambassador reports Chou En-lai's reply on the transfer of the Changchun railway and Port Arthur.",
    "ru": """‹1›ШИФРТЕЛЕГРАММА

‹2›Москва, товарищу Громыко А. А.

‹3›Сегодня, 12 сентября, меня посетил министр иностранных дел Чжоу Эньлай и передал ответ китайского правительства на нашу ноту от 2 сентября. ‹4›Чжоу Эньлай заявил, что китайская сторона согласна с предложенным графиком передачи имущества Китайской Чанчуньской железной дороги; ‹5›передача должна быть закончена к 31 декабря 1952 года; ‹6›для этого создается смешанная комиссия из шести человек, по три от каждой стороны.

‹7›Китайская сторона просит оставить на дороге советских специалистов. ‹8›Речь идет прежде всего о паровозных машинистах и мастерах депо. ‹9›Срок их работы Чжоу Эньлай предложил ограничить двумя годами. ‹u›Всего таких специалистов на дороге сейчас 1200 человек.

‹10›Далее Чжоу Эньлай коснулся вопроса о Порт-Артуре. ‹11›Он сказал, что правительство КНР не возражает против пребывания советских войск в районе Порт-Артура до заключения мирного договора с Японией, ‹12›однако считает необходимым, чтобы расходы по содержанию военно-морской базы были разделены поровну, ‹13›эти расходы в текущем году составили около 46 миллионов рублей, а гражданская администрация города Дальний должна перейти к китайским властям уже в 1951 году.

‹14›По вопросу о поставках оборудования для Аньшаньского комбината Чжоу Эньлай ответа не дал. ‹15›Он обещал сообщить позицию правительства после возвращения Мао Цзэдуна из Ханчжоу.

‹16›Считал бы целесообразным ответить китайской стороне до конца сентября.

‹17›РОЩИН

‹18›№ 2214""",
    "en": """‹1›CIPHERED TELEGRAM

‹2›Moscow, to Comrade A. A. Gromyko

‹3›Today, September 12, Foreign Minister Chou En-lai visited me and conveyed the Chinese government's reply to our note of September 2. ‹4›Chou En-lai stated that the Chinese side agrees with the proposed schedule for handing over the property of the Chinese Changchun Railway. ‹5›The transfer is to be completed by December 31, 1952. ‹6›A mixed commission of six persons, three from each side, is being set up for this purpose.

‹7›The Chinese side asks that Soviet specialists, ‹8›above all locomotive drivers and depot foremen, be left on the railway, ‹9›for a term which Chou En-lai proposed to limit to two years.

‹10›Chou En-lai then touched on the question of Port Arthur. ‹11›He said that the government of the PRC does not object to Soviet troops remaining in the Port Arthur area until a peace treaty with Japan is concluded. ‹12›However, it considers it necessary that the costs of maintaining the naval base be divided equally. ‹13›This year these costs amounted to about 46 million rubles.

‹14›Chou En-lai gave no answer on the question of equipment deliveries for the Anshan combine. ‹15›He promised to communicate the government's position after Mao Tse-tung returns from Hangchow.

‹16›I would consider it advisable to reply to the Chinese side before the end of September.

‹17›ROSHCHIN

‹18›No. 2214""",
    "required": [
        (
            "omission",
            "Всего таких специалистов на дороге сейчас 1200 человек",
            None,
            "the sentence giving the number of specialists (1,200), right after a join of three sentences, is left out",
        ),
        (
            "omission",
            "гражданская администрация города Дальний",
            None,
            "the clause on handing Dalny's civil administration to the Chinese in 1951, inside a sentence split in three, is left out",
        ),
    ],
    "forbidden": [
        *_trap("передача должна быть закончена", "The transfer is to be completed", _SPLIT),
        *_trap("для этого создается", "A mixed commission", _SPLIT),
        *_trap("Речь идет прежде всего", "above all locomotive", _JOIN),
        *_trap("Срок их работы", "for a term which", _JOIN),
        *_trap("однако считает необходимым", "However, it considers", _SPLIT),
    ],
    "notes": "Pair. A 1-3 split at semicolons (4-6), a 3-1 join (7-9) followed by a dropped short sentence with a number, a 1-3 split (11-13) whose last clause (Dalny, 1951) is dropped. Traps: the legitimate split and join.",
}

DOCS["tw02-record-pushkin-grotewohl-steel-1956"] = {
    "genre": "record of conversation (pair)",
    "about": "Invented: the ambassador in Berlin records Grotewohl's requests for rolled steel and on the spring sowing.",
    "ru": """‹1›ЗАПИСЬ БЕСЕДЫ
‹2›посла СССР в ГДР Г. М. Пушкина с премьер-министром ГДР О. Гротеволем
‹3›14 мая 1956 года

‹4›Сегодня я посетил О. Гротеволя по его приглашению. ‹5›На беседе присутствовал первый секретарь посольства В. И. Бельченко.

‹6›Гротеволь сообщил, что правительство ГДР закончило рассмотрение вопроса о поставках проката из Советского Союза в 1957 году; ‹7›потребность республики в листовой стали определена в 420 тысяч тонн; ‹8›из этого количества 150 тысяч тонн предназначается для судостроительных верфей в Ростоке и Висмаре. ‹u›Поставки должны начаться не позднее февраля 1957 года.

‹9›Гротеволь подчеркнул, что без этих поставок выполнение плана по судостроению окажется под угрозой. ‹10›Он просил передать Советскому правительству просьбу ускорить ответ, ‹11›так как переговоры с западногерманскими фирмами Круппа и Маннесмана правительство ГДР вести не намерено.

‹12›Затем Гротеволь остановился на положении в сельском хозяйстве. ‹13›Весенний сев идет с опозданием. ‹14›Причина — затяжные дожди в апреле. ‹15›Особенно отстают округа Магдебург и Галле.

‹16›По словам Гротеволя, для ликвидации отставания в деревню направлено 3500 тракторов из резерва машинно-тракторных станций, ‹17›к работам привлечены студенты высших учебных заведений, а руководители округов Мюллер и Шмидт получили выговор за несвоевременную подготовку техники, ‹18›и правительство рассчитывает закончить сев к 25 мая.

‹19›В заключение Гротеволь просил принять в Москве в июне делегацию министерства тяжелой промышленности ГДР во главе с министром Зельбманом. ‹20›Я обещал сообщить о просьбах Гротеволя в Москву.

‹21›ПОСОЛ СССР В ГДР
‹22›Г. ПУШКИН""",
    "en": """‹1›RECORD OF CONVERSATION
‹2›of USSR Ambassador to the GDR G. M. Pushkin with GDR Prime Minister O. Grotewohl
‹3›May 14, 1956

‹4›Today I visited O. Grotewohl at his invitation. ‹5›First Secretary of the Embassy V. I. Belchenko was present at the conversation.

‹6›Grotewohl reported that the GDR government has completed its consideration of rolled steel deliveries from the Soviet Union in 1957. ‹7›The republic's requirement for sheet steel has been set at 420 thousand tons. ‹8›Of this amount, 150 thousand tons is intended for the shipyards in Rostock and Wismar.

‹9›Grotewohl stressed that without these deliveries the shipbuilding plan would be threatened. ‹10›He asked me to convey to the Soviet government a request to speed up its reply. ‹11›The GDR government, he said, does not intend to negotiate with the West German firms of Krupp and Mannesmann.

‹12›Grotewohl then dwelt on the situation in agriculture. ‹13›The spring sowing is running late ‹14›because of prolonged rains in April, ‹15›with the Magdeburg and Halle districts especially behind.

‹16›According to Grotewohl, 3,500 tractors from the reserve of the machine-tractor stations have been sent to the countryside to make up the delay. ‹17›University students have been brought in for the work. ‹18›The government expects to complete the sowing by May 25.

‹19›In conclusion Grotewohl asked that a delegation of the GDR Ministry of Heavy Industry headed by Minister Selbmann be received in Moscow in June. ‹20›I promised to inform Moscow of Grotewohl's requests.

‹21›USSR AMBASSADOR TO THE GDR
‹22›G. PUSHKIN""",
    "required": [
        (
            "omission",
            "Поставки должны начаться не позднее февраля 1957 года",
            None,
            "the sentence on deliveries starting by February 1957, right after a sentence split in three, is left out",
        ),
        (
            "omission",
            "руководители округов Мюллер и Шмидт",
            None,
            "the clause on the reprimand of the district heads Müller and Schmidt, inside a sentence split in three, is left out",
        ),
    ],
    "forbidden": [
        *_trap("потребность республики", "The republic's requirement", _SPLIT),
        *_trap("из этого количества", "Of this amount", _SPLIT),
        *_trap(
            "так как переговоры",
            "The GDR government, he said",
            "a legitimate split: two sentences given as three",
        ),
        *_trap("Причина — затяжные дожди", "because of prolonged rains", _JOIN),
        *_trap("Особенно отстают", "with the Magdeburg", _JOIN),
    ],
    "notes": "Pair. A 1-3 split at semicolons (6-8) followed by a dropped sentence with a date, a 2-3 split (9-11), a 3-1 join (13-15), a 1-3 split (16-18) whose middle clause (names of the reprimanded) is dropped.",
}

DOCS["tw03-memo-malyshev-tractor-plant-1943"] = {
    "genre": "memorandum of a people's commissar (pair)",
    "about": "Invented: the commissar of the tank industry reports on restoring the Stalingrad tractor plant.",
    "ru": """‹1›СЕКРЕТНО

‹2›Заместителю Председателя Государственного Комитета Обороны товарищу Молотову В. М.

‹3›ДОКЛАДНАЯ ЗАПИСКА
‹4›о восстановлении Сталинградского тракторного завода

‹5›Наркомат танковой промышленности докладывает о ходе работ по восстановлению Сталинградского тракторного завода. ‹6›На 1 июня 1943 года на заводе работают 6800 человек; ‹7›из них 2100 человек прибыли из Челябинска и Нижнего Тагила; ‹8›остальные набраны из местного населения и демобилизованных.

‹9›Восстановлены механический и кузнечный цеха. ‹10›Ремонт литейного цеха закончен на две трети. ‹11›Сборочный цех пока не восстановлен.

‹12›Главная трудность — недостаток жилья. ‹13›Рабочие живут в землянках и палатках, ‹14›а часть их ежедневно доставляется на завод по Волге из Красноармейска, ‹15›что отнимает до трех часов в пути, и в мае из-за этого уволились 340 человек.

‹16›Наркомат просит выделить заводу 4000 тонн цемента и 12000 кубометров леса для строительства бараков. ‹17›Кроме того, необходимо направить на завод 500 квалифицированных станочников из числа призванных в армию.

‹18›Первые тракторы завод сможет дать в сентябре. ‹19›Выпуск танков Т-34 намечен на октябрь. ‹u›Мощность составит 120 танков в месяц к концу года.

‹20›Народный комиссар танковой промышленности
‹21›В. МАЛЫШЕВ
‹22›3 июня 1943 г.""",
    "en": """‹1›SECRET

‹2›To Deputy Chairman of the State Defense Committee Comrade V. M. Molotov

‹3›MEMORANDUM
‹4›on the restoration of the Stalingrad Tractor Plant

‹5›The People's Commissariat of the Tank Industry reports on the progress of work to restore the Stalingrad Tractor Plant. ‹6›As of June 1, 1943, 6,800 people are working at the plant. ‹7›Of them, 2,100 came from Chelyabinsk and Nizhny Tagil. ‹8›The rest were recruited from the local population and from demobilized soldiers.

‹9›The machine and forge shops have been restored, ‹10›repairs to the foundry are two-thirds complete, ‹11›and the assembly shop has not yet been restored.

‹12›The main difficulty is the lack of housing. ‹13›The workers live in dugouts and tents. ‹14›Some of them are brought to the plant every day by boat along the Volga from Krasnoarmeisk. ‹15›The journey takes up to three hours.

‹16›The Commissariat asks that the plant be allotted 4,000 tons of cement and 12,000 cubic meters of timber for building barracks. ‹17›In addition, 500 skilled machine-tool operators must be sent to the plant from among those called up to the army.

‹18›The plant will be able to produce its first tractors in September, ‹19›and production of T-34 tanks is planned for October.

‹20›People's Commissar of the Tank Industry
‹21›V. MALYSHEV
‹22›June 3, 1943""",
    "required": [
        (
            "omission",
            "в мае из-за этого уволились 340 человек",
            None,
            "the clause on 340 workers who quit in May, inside a sentence split in three, is left out",
        ),
        (
            "omission",
            "Мощность составит 120 танков в месяц",
            None,
            "the sentence on the capacity of 120 tanks a month, right after two sentences joined in one, is left out",
        ),
    ],
    "forbidden": [
        *_trap("из них 2100 человек", "Of them, 2,100", _SPLIT),
        *_trap("остальные набраны", "The rest were recruited", _SPLIT),
        *_trap("Ремонт литейного цеха", "repairs to the foundry", _JOIN),
        *_trap("Сборочный цех", "and the assembly shop", _JOIN),
        *_trap("а часть их ежедневно", "Some of them are brought", _SPLIT),
    ],
    "notes": "Pair. A 1-3 split at semicolons (6-8), a 3-1 join (9-11), a 1-3 split at commas (13-15) whose last clause (340 quit) is dropped, a 2-1 join (18-19) followed by a dropped sentence with a number.",
}

DOCS["tw04-report-shelepin-border-herdsmen-1960"] = {
    "genre": "report of the KGB chairman to the Central Committee (pair)",
    "about": "Invented: herdsmen from Sinkiang drive sheep across the border; talks fail.",
    "ru": """‹1›Совершенно секретно

‹2›ЦК КПСС

‹3›О нарушении государственной границы в районе заставы Жаланашколь

‹4›Докладываю, что 16 августа 1960 года в 11 часов 20 минут группа китайских пастухов численностью 70 человек перегнала через границу около 8000 овец. ‹5›Нарушение произошло на участке 4-й погранкомендатуры, в 6 километрах южнее заставы.

‹6›Наряд пограничников предложил пастухам вернуться на свою территорию; ‹7›пастухи отказались, заявив, что пастбища по обе стороны реки принадлежат Китаю; ‹8›к вечеру они поставили на нашей территории 12 юрт. ‹u›При пастухах находились 3 охотничьих ружья.

‹9›17 августа на место прибыл начальник погранотряда полковник Никитин. ‹10›Он провел переговоры с представителем уездных властей Синьцзяна. ‹11›Переговоры результата не дали.

‹12›Китайский представитель заявил, что пастухи действуют по указанию народной коммуны, ‹13›что перекочевка на эти пастбища происходит ежегодно, что советские пограничники с 1953 года этому не препятствовали, ‹14›и потребовал отвести наш наряд на 2 километра к северу.

‹15›Считаю необходимым заявить протест через МИД СССР. ‹16›Одновременно на участок направлена маневренная группа в составе 40 человек.

‹17›Председатель Комитета государственной безопасности
‹18›А. ШЕЛЕПИН

‹19›18 августа 1960 года""",
    "en": """‹1›Top Secret

‹2›CC CPSU

‹3›On the violation of the state border in the area of the Zhalanashkol outpost

‹4›I report that on August 16, 1960, at 11:20 a.m., a group of Chinese herdsmen numbering 70 drove about 8,000 sheep across the border. ‹5›The violation took place in the sector of the 4th border command, 6 kilometers south of the outpost.

‹6›The border guard detail told the herdsmen to return to their own territory. ‹7›The herdsmen refused, declaring that the pastures on both sides of the river belong to China. ‹8›By evening they had put up 12 yurts on our territory.

‹9›On August 17 the commander of the border detachment, Colonel Nikitin, arrived on the spot and ‹10›held talks with a representative of the county authorities of Sinkiang, ‹11›which produced no result.

‹12›The Chinese representative stated that the herdsmen were acting on the instructions of the people's commune. ‹13›He said that the move to these pastures takes place every year. ‹14›He demanded that our detail be withdrawn 2 kilometers to the north.

‹15›I consider it necessary to lodge a protest through the USSR Ministry of Foreign Affairs. ‹16›At the same time a mobile group of 40 men has been sent to the sector.

‹17›Chairman of the Committee of State Security
‹18›A. SHELEPIN

‹19›August 18, 1960""",
    "required": [
        (
            "omission",
            "При пастухах находились 3 охотничьих ружья",
            None,
            "the sentence on the herdsmen's 3 hunting rifles, right after a sentence split in three, is left out",
        ),
        (
            "omission",
            "советские пограничники с 1953 года",
            None,
            "the clause that Soviet border guards had not hindered the move since 1953, inside a sentence split in three, is left out",
        ),
    ],
    "forbidden": [
        *_trap("пастухи отказались", "The herdsmen refused", _SPLIT),
        *_trap("к вечеру они поставили", "By evening they", _SPLIT),
        *_trap("Он провел переговоры", "held talks with", _JOIN),
        *_trap("Переговоры результата не дали", "which produced no result", _JOIN),
        *_trap("и потребовал отвести", "He demanded that", _SPLIT),
    ],
    "notes": "Pair. A 1-3 split at semicolons (6-8) followed by a dropped sentence with a number, a 3-1 join (9-11), a 1-3 split at commas (12-14) whose middle clause (since 1953) is dropped.",
}

DOCS["tw05-note-kabanov-egypt-cotton-1953"] = {
    "genre": "note of a minister to the Council of Ministers (pair)",
    "about": "Invented: the minister of foreign trade reports a cotton-for-wheat agreement with Egypt.",
    "ru": """‹1›МИНИСТЕРСТВО ВНЕШНЕЙ ТОРГОВЛИ СССР

‹2›Секретно

‹3›Совет Министров СССР
‹4›товарищу Микояну А. И.

‹5›Министерство внешней торговли докладывает о результатах переговоров с египетской торговой делегацией, закончившихся в Каире 28 февраля 1953 года.

‹6›По достигнутой договоренности Египет поставит в Советский Союз 30 тысяч тонн хлопка-волокна; ‹7›в обмен советская сторона поставит 200 тысяч тонн пшеницы и 15 тысяч тонн сахара; ‹8›расчеты будут производиться в египетских фунтах через Национальный банк Египта.

‹9›Египетская делегация настаивала на включении в соглашение поставок советских тракторов. ‹10›Мы согласились поставить 300 тракторов ДТ-54. ‹11›Поставка будет произведена во втором полугодии. ‹u›Запасные части к ним будут поставлены на сумму 2 миллиона рублей.

‹12›Цены на хлопок установлены на уровне ливерпульской биржи за январь; ‹13›цены на пшеницу — на 4 процента ниже цен Международного пшеничного соглашения, поскольку египетская сторона сама вывозит ее из портов Черного моря; ‹14›фрахт оплачивает египетская сторона.

‹15›Советская делегация предложила заключить соглашение сроком на три года. ‹16›Египетская сторона согласилась лишь на один год, сославшись на неясность урожая хлопка в 1954 году.

‹17›Проект соглашения прилагается. ‹18›Прошу рассмотреть.

‹19›Министр внешней торговли
‹20›И. КАБАНОВ
‹21›3 марта 1953 г.""",
    "en": """‹1›MINISTRY OF FOREIGN TRADE OF THE USSR

‹2›Secret

‹3›Council of Ministers of the USSR
‹4›To Comrade A. I. Mikoyan

‹5›The Ministry of Foreign Trade reports on the results of the talks with the Egyptian trade delegation, which ended in Cairo on February 28, 1953.

‹6›Under the agreement reached, Egypt will deliver 30 thousand tons of cotton fiber to the Soviet Union. ‹7›In exchange the Soviet side will deliver 200 thousand tons of wheat and 15 thousand tons of sugar. ‹8›Settlements will be made in Egyptian pounds through the National Bank of Egypt.

‹9›The Egyptian delegation insisted that deliveries of Soviet tractors be included in the agreement, ‹10›and we agreed to deliver 300 DT-54 tractors ‹11›in the second half of the year.

‹12›Cotton prices have been set at the level of the Liverpool exchange for January. ‹13›Wheat prices are 4 percent below the prices of the International Wheat Agreement. ‹14›The freight is paid by the Egyptian side.

‹15›The Soviet delegation proposed concluding the agreement for a term of three years. ‹16›The Egyptian side agreed to only one year, citing the uncertainty of the 1954 cotton harvest.

‹17›The draft agreement is attached. ‹18›Please consider it.

‹19›Minister of Foreign Trade
‹20›I. KABANOV
‹21›March 3, 1953""",
    "required": [
        (
            "omission",
            "Запасные части к ним будут поставлены",
            None,
            "the sentence on spare parts worth 2 million rubles, right after a join of three sentences, is left out",
        ),
        (
            "omission",
            "сама вывозит ее из портов Черного моря",
            None,
            "the reason for the wheat discount (Egypt ships the wheat itself from the Black Sea ports), inside a sentence split in three, is left out",
        ),
    ],
    "forbidden": [
        *_trap("в обмен советская сторона", "In exchange the Soviet side", _SPLIT),
        *_trap("расчеты будут производиться", "Settlements will be made", _SPLIT),
        *_trap("Мы согласились поставить", "and we agreed", _JOIN),
        *_trap("Поставка будет произведена", "in the second half", _JOIN),
        *_trap("фрахт оплачивает", "The freight is paid", _SPLIT),
    ],
    "notes": "Pair. A 1-3 split at semicolons (6-8), a 3-1 join (9-11) followed by a dropped sentence with a sum, a 1-3 split at semicolons (12-14) whose reason clause is dropped.",
}
