# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented lw documents of archival-own (read by build_archival_lw.py): Soviet military and security
records, 1939-1950.

Front and army operational reports, Stavka directives, NKVD/MGB reports on the western borderlands, partisan
reports and reports on repatriation and prisoners of war. Their hard parts: places in several historical forms
(Lwów, Lemberg, Stanisławów, Równe, Wilno, Königsberg), German and Polish names through Russian, unit
designations with numbers and abbreviations (гв., тд, сд, стр. п.), ranks, times and dates in military form
(«к 6.00 22.6», «в ночь на 23.6»), map squares, casualty figures with «до», «свыше», «около», and translators who
expand abbreviations and reorder. Every text is invented (persons are real names in made-up contexts; figures,
dates and file marks are made up). Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the
other side marked ``‹k›``; ``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English
words, why); forbidden: (None, Russian, English, why, kinds, max severity). Words are unique on their side or
given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["lw01-front-report-lvov-1944"] = {
    "genre": "front operational report (pair, stamps, copy number, distribution)",
    "about": "Invented: a front's evening operational report on the fighting for Lvov and Stanislav in July 1944.",
    "ru": """‹1›Сов. секретно
‹u›Экз. № 2

‹2›ОПЕРАТИВНАЯ СВОДКА № 0211
‹3›Штаба 1-го Украинского фронта к 20.00 24.7.44 г.

‹u›Карта 100 000.

‹4›1. Войска фронта в течение 24.7 продолжали вести бои за г. Львов и на Станиславском направлении.

‹5›2. 3-я гв. танковая армия, обходя Львов с юга, к 18.00 вышла в район Мостиска и перерезала ж. д. Львов – Перемышль. ‹6›60-я армия вела уличные бои на северо-восточной окраине Львова. ‹7›Противник силою до полка пехоты с 20 танками пять раз переходил в контратаки.

‹8›3. 38-я армия частями 67-го ск овладела населенными пунктами Винники и Давидов. ‹9›В ночь на 24.7 части корпуса отразили контратаку противиика из района отм. 344,0.

‹10›4. 1-я гв. армия, наступая на Станислав, к 6.00 25.7 главными силами вышла на рубеж р. Гнила Липа.

‹11›5. За день боев уничтожено до 2 тыс. солдат и офицеров противника, подбито 37 танков. ‹12›Взято в плен 460 солдат и офицеров, в том числе 2 офицера штаба 1-й танковой армии противника.

‹13›Начальник штаба 1-го Украинского фронта
‹14›генерал армии СОКОЛОВСКИЙ

‹u›Отп. 6 экз.
‹u›Экз. 1 – Генштаб, экз. 2 – в дело.""",
    "en": """‹1›Top secret

‹2›OPERATIONAL REPORT No. 0211
‹3›of the Staff of the 1st Ukrainian Front as of 8 p.m., July 24, 1944

‹4›1. During July 24 the troops of the Front continued fighting for the city of Lwów and in the direction of Stanisławów.

‹5›2. The 3rd Guards Tank Army, bypassing Lwów from the south, reached the Mościska area by 6 p.m. and cut the Lwów–Przemyśl railway. ‹6›The 60th Army fought street battles on the north-eastern outskirts of Lwów. ‹7›The enemy, in a strength of up to an infantry regiment with 20 tanks, counter-attacked five times.

‹8›3. Units of the 67th Rifle Corps of the 13th Army took the villages of Winniki and Dawidów. ‹9›During the night of July 23-24, units of the corps repulsed an enemy counter-attack from the area of height 344.0.

‹10›4. The 1st Guards Army, advancing on Stanisławów, reached the line of the Gniła Lipa River with its main forces by 8:00 a.m. on July 25.

‹11›5. In the day's fighting up to 2,000 enemy soldiers and officers were destroyed and 37 tanks knocked out. ‹12›460 soldiers and officers were taken prisoner, including 2 staff officers of the enemy's 1st Panzer Army.

‹13›Chief of Staff of the 1st Ukrainian Front
‹14›General of the Army SOKOLOVSKY""",
    "required": [
        ("number", ("38-я армия", "3. 38-я"), "13th Army", "the 38th Army is given as the 13th Army"),
        (
            "number",
            "к 6.00 25.7",
            "by 8:00 a.m. on July 25",
            "6.00 in the original, 8 a.m. in the translation",
        ),
    ],
    "forbidden": [
        (
            None,
            ("г. Львов", "бои за"),
            ("city of Lwów", "fighting for"),
            "Lvov under its Polish name",
            ["name"],
        ),
        (
            None,
            "Станиславском направлении",
            "direction of Stanisławów",
            "Stanislav under its Polish name",
            ["name", "term"],
        ),
        (None, "3-я гв. танковая армия", "3rd Guards Tank Army", "гв. is Guards", ["term", "number"]),
        (
            None,
            "В ночь на 24.7",
            "During the night of July 23-24",
            "the night before the 24th",
            ["number", "date"],
        ),
        (None, "до 2 тыс.", "up to 2,000", "«до» is up to", ["number"]),
        (None, "к 20.00 24.7.44 г.", "as of 8 p.m., July 24, 1944", "20.00 = 8 p.m.", ["number", "date"]),
    ],
    "notes": "Pair, a front's operational report with stamps, copy number and distribution. Planted: 38-я армия -> 13th Army (number, a unit number); к 6.00 25.7 -> by 8:00 a.m. (number, a time). Traps: Львов = Lwów, Станислав = Stanisławów, гв. = Guards, в ночь на 24.7 = the night of July 23-24, до 2 тыс. = up to 2,000, 20.00 = 8 p.m.",
}

DOCS["lw02-stavka-directive-koenigsberg-1945"] = {
    "genre": "Stavka directive (page, Russian first, numbered points)",
    "about": "Invented: the Stavka orders a front to prepare the storming of Königsberg.",
    "page": {
        "date": "March 27, 1945",
        "title": "Directive of the Stavka of the Supreme High Command No. 11051 to the Commander of the 3rd Belorussian Front",
        "ref": "lw-0201",
        "summary": "The Stavka orders the preparation of the assault on Königsberg and the regrouping of the 11th Guards Army.",
        "fields": [
            (
                "Original Archive",
                "Central Archive of the Ministry of Defence (TsAMO), Fond 48a, Opis 3410, Delo 7, Listy 115-116 (constructed reference)",
            ),
            ("Associated Places", "Königsberg (Germany); Kaliningrad (Russia); Pillau (Germany)"),
        ],
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹1›Сов. секретно
‹2›Особой важности

‹3›ДИРЕКТИВА СТАВКИ ВГК № 11051
‹4›КОМАНДУЮЩЕМУ ВОЙСКАМИ 3-го БЕЛОРУССКОГО ФРОНТА

‹5›Ставка Верховного Главнокомандования приказывает:

‹6›1. Не позднее 5 апреля перейти в наступление с задачей овладеть крепостью Кёнигсберг. ‹7›Главный удар нанести силами 11-й гв. армии с юга, вспомогательный – силами 43-й и 50-й армий с северо-запада.

‹8›2. Для обеспечения штурма привлечь 5 артиллерийских дивизий прорыва и не менее 2 500 орудий и минометов калибром от 76 мм и выше.

‹9›3. Артиллерийскую подготовку проводить в течение 4 дней, ежедневно с 8.00 до 16.00. ‹10›В ночное время, с 20.00 до 24.00, вести беспокоящий огонь по крепостным фортам.

‹11›4. Авиации фронта совместно с 18-й воздушной армией нанести удары по порту Пиллау.

‹12›5. План операции представить в Ставку к 24.00 30.3.45 г.

‹13›Ставка Верховного Главнокомандования
‹14›И. СТАЛИН
‹15›А. АНТОНОВ

‹u›Передано по ВЧ 27.3.45 г. в 23.40.""",
    "en": """‹1›Top Secret
‹2›Of special importance

‹3›DIRECTIVE OF THE STAVKA OF THE SUPREME HIGH COMMAND No. 11051
‹4›TO THE COMMANDER OF THE TROOPS OF THE 3rd BELORUSSIAN FRONT

‹5›The Stavka of the Supreme High Command orders:

‹6›1. To go over to the offensive no later than April 5 with the task of taking the fortress of Königsberg. ‹7›The main blow is to be struck from the south by the 11th Guards Army, and a supporting blow from the north-west by the 43rd and 50th Armies.

‹8›2. To support the storming, 5 breakthrough artillery divisions and no fewer than 2,500 guns and mortars of 76 mm and larger are to be brought in.

‹9›3. The artillery preparation is to last 4 days, daily from 8:00 to 16:00. ‹10›At night, from 8 p.m. to midnight, harassing fire is to be kept up on the forts of the fortress. ‹u›The troops are to be withdrawn from the first trench before the fire opens.

‹11›4. The Front's aviation, together with the 1st Air Army, is to strike the port of Pillau.

‹12›5. The plan of the operation is to be submitted to the Stavka by midnight on March 30, 1945.

‹13›Stavka of the Supreme High Command
‹14›J. STALIN
‹15›A. ANTONOV""",
    "required": [
        ("number", "18-й воздушной армией", "1st Air Army", "the 18th Air Army is given as the 1st Air Army"),
        ("addition", None, "The troops are to be withdrawn", "an added sentence"),
    ],
    "forbidden": [
        (None, "крепостью Кёнигсберг", "fortress of Königsberg", "the same city", ["name"]),
        (None, "11-й гв. армии", "11th Guards Army", "гв. is Guards", ["term", "number"]),
        (
            None,
            "с 20.00 до 24.00",
            "from 8 p.m. to midnight",
            "20.00 to 24.00 = 8 p.m. to midnight",
            ["number", "date"],
        ),
        (None, "к 24.00 30.3.45 г.", "by midnight on March 30, 1945", "24.00 = midnight", ["number", "date"]),
        (None, "2 500 орудий", "2,500 guns", "a space as thousands separator", ["number"]),
        (None, "порту Пиллау", "port of Pillau", "Pillau (Baltiysk)", ["name"]),
    ],
    "notes": "Page, Russian first, a Stavka directive with numbered points. Planted: 18-й воздушной армией -> 1st Air Army (number, a unit number); an added sentence. Traps: Кёнигсберг, гв. = Guards, 20.00 до 24.00 = 8 p.m. to midnight, 24.00 30.3.45 = midnight on March 30, 2 500, Пиллау.",
}

DOCS["lw03-nkvd-report-rovno-oun-1945"] = {
    "genre": "NKVD report on the western oblasts (pair, OCR noise, distribution)",
    "about": "Invented: the NKVD of the Ukrainian SSR reports operations against OUN-UPA bands in the Rovno and Stanislav oblasts.",
    "ru": """‹1›СОВ. СЕКРЕТНО
‹u›Экз. № 3

‹2›НАРОДНОМУ КОМИССАРУ ВНУТРЕННИХ ДЕЛ СОЮЗА ССР
‹3›Генеральному комиссару госбезопасности
‹4›тов. БЕРИЯ Л. П.

‹5›ДОКЛАДНАЯ ЗАПИСКА
‹6›о борьбе с бандитизмом в западных областях УССР за март 1945 г.

‹7›В марте органами НКВД и НКГБ проведено 1 126 чекистско-войсковых операций против банд ОУН-УПА. ‹8›Наибольшая активность банд отмечена в Ровенской и Станиславской областях.

‹9›В Ровенской области УНКВД совместно с частями 24-й стр. бригады войск НКВД ликвидировапа банда «Ворона» численностью около 40 человек. ‹10›У бандитов изъято 3 ручных пулемета, 28 винтовок и 2 радиостанции.

‹11›13 марта в лесу вблизи с. Гороховка Станиславской области окружен и уничтожен курень УПА. ‹12›Убито свыше 300 бандитов, захвачено в плен 57.

‹13›В ночь на 20 марта банда численностью до 100 человек напала на районный центр Дубно. ‹14›Нападение отбито гарнизоном истребительного батальона.

‹15›Всего за март убито 3 184 и задержано 4 926 бандитов и их пособников.

‹16›НАРОДНЫЙ КОМИССАР ВНУТРЕННИХ ДЕЛ УССР
‹17›Комиссар госбезопасности 3 ранга
‹18›РЯСНОЙ

‹u›Отп. 4 экз. Исп. Петров
‹u›№ 1/0382 2.IV.45 г.""",
    "en": """‹1›TOP SECRET

‹2›TO THE PEOPLE'S COMMISSAR OF INTERNAL AFFAIRS OF THE USSR
‹3›General Commissar of State Security
‹4›Comrade L. P. BERIA

‹5›REPORT
‹6›on the struggle against banditry in the western oblasts of the Ukrainian SSR for March 1945

‹7›In March, the NKVD and NKGB bodies carried out 1,126 Chekist and military operations against the bands of the Organization of Ukrainian Nationalists and the Ukrainian Insurgent Army. ‹8›The greatest activity of the bands was noted in the Równe and Stanisławów oblasts.

‹9›In the Lutsk oblast the NKVD Directorate, together with units of the 24th Rifle Brigade of the NKVD troops, liquidated the "Vorona" band of about 40 men. ‹10›3 light machine guns, 28 rifles and 2 radio sets were seized from the bandits.

‹11›On March 13, in a forest near the village of Horokhivka, Stanislav oblast, a UPA kurin was surrounded and destroyed. ‹12›More than 200 bandits were killed and 57 taken prisoner.

‹13›During the night of March 19-20, a band of up to 100 men attacked the district center of Dubno. ‹14›The attack was beaten off by the garrison of a destruction battalion.

‹15›In all, 3,184 bandits and their accomplices were killed and 4,926 detained in March.

‹16›PEOPLE'S COMMISSAR OF INTERNAL AFFAIRS OF THE UKRAINIAN SSR
‹17›Commissar of State Security 3rd rank
‹18›RYASNOI""",
    "required": [
        (
            "name",
            ("Ровенской области", "В Ровенской"),
            "Lutsk oblast",
            "the Rovno oblast is given as the Lutsk oblast",
        ),
        (
            "number",
            "свыше 300",
            "More than 200",
            "over 300 killed in the original, over 200 in the translation",
        ),
    ],
    "forbidden": [
        (
            None,
            ("Ровенской и Станиславской", "Наибольшая"),
            "Równe and Stanisławów",
            "the oblasts under Polish names",
            ["name"],
        ),
        (None, "УНКВД", "NKVD Directorate", "УНКВД expanded", ["term", "name"]),
        (None, "24-й стр. бригады", "24th Rifle Brigade", "стр. is rifle", ["term", "number"]),
        (None, "Гороховка", "Horokhivka", "a village in its Ukrainian form", ["name"]),
        (
            None,
            "В ночь на 20 марта",
            "During the night of March 19-20",
            "the night before the 20th",
            ["number", "date"],
        ),
        (None, "ОУН-УПА", "Organization of Ukrainian Nationalists", "ОУН-УПА expanded", ["term", "name"]),
    ],
    "notes": "Pair, an NKVD report with stamps and distribution. Planted: Ровенской области -> Lutsk oblast (name); свыше 300 -> more than 200 (number). Traps: Ровно = Równe, Станислав = Stanisławów, УНКВД = NKVD Directorate, стр. = Rifle, Гороховка = Horokhivka, в ночь на 20 марта = night of March 19-20, ОУН-УПА spelt out.",
}

DOCS["lw04-partisan-report-vilno-1944"] = {
    "genre": "partisan brigade report (page, translation first, OCR noise)",
    "about": "Invented: a partisan brigade reports railway sabotage near Vilno and clashes with the Home Army.",
    "page": {
        "date": "June 18, 1944",
        "title": 'Report of the Commander of the Partisan Brigade "For the Soviet Motherland" to the Lithuanian Staff of the Partisan Movement',
        "ref": "lw-0401",
        "summary": "The brigade reports derailed trains on the Vilno-Dvinsk line, a clash with a Home Army detachment and the brigade's losses.",
        "fields": [
            (
                "Original Archive",
                "Lithuanian Special Archive, Fond 1, Opis 1, Delo 233, Listy 8-9 (constructed reference)",
            ),
            ("Associated Places", "Vilnius (Lithuania); Daugavpils (Latvia)"),
        ],
        "contents": ["Translation - English", "Original Scan"],
        "order": ["en", "ru"],
    },
    "en": """‹1›SECRET

‹2›To the Chief of the Lithuanian Staff of the Partisan Movement
‹3›Comrade Snieckus

‹4›REPORT
‹5›on the combat activity of the brigade from June 1 to June 15, 1944

‹6›In the first half of June the brigade's detachments derailed 7 enemy trains on the Wilno–Dünaburg railway line. ‹7›Destroyed were 6 locomotives, 48 cars and 2 tanks on flatcars.

‹8›On June 9, in square 4852 of the map, the "Death to Fascism" detachment blew up a railway bridge 12 m long. ‹9›Traffic on the section was halted for 36 hours.

‹10›On June 12, near the village of Rudniki, the "Avenger" detachment was attacked by a Home Army division of up to 150 men. ‹11›In the fighting 11 AK men were killed and 4 taken prisoner. ‹u›The prisoners were handed over to the Special Section of the brigade for interrogation.

‹12›Our losses: 3 killed and 5 wounded. ‹13›The brigade urgently needs explosives, at least 500 kg of TNT, and anti-tank rifles.

‹14›Commander of the brigade
‹15›Major SIDOROV
‹16›Commissar of the brigade
‹17›Senior Political Instructor ZAITSEV""",
    "ru": """‹1›СЕКРЕТНО

‹2›Начальнику Литовского штаба партизанского движения
‹3›тов. СНЕЧКУСУ

‹4›ДОНЕСЕНИЕ
‹5›о боевой деятельности бригады с 1 по 15.6.44 г.

‹6›В первой половине июня отрядами бригады пущеио под откос 7 эшелонов противника на ж. д. линии Вильно – Двинск. ‹7›Разбито 6 паровозов, 48 вагонов и 2 танка на платформах.

‹8›9.6 в кв. 4852 карты отряд «Смерть фашизму» взорвал ж. д. мост длиной 12 м. ‹9›Движение на участке было прервано на 36 часов.

‹10›12.6 у дер. Рудники отряд «Мститель» был атакован отрядом АК численностью до 150 чел. ‹11›В бою убито 11 аковцев, 4 взяты в плен.

‹12›Наши потери: убито 3, ранено 5. ‹13›Бригада остро нуждается во взрывчатке, не менее 500 кг тола, и в противотанковых ружьях.

‹14›Командир бригады
‹15›майор СИДОРОВ
‹16›Комиссар бригады
‹17›ст. политрук ЗАЙЦЕВ

‹u›ЛОСА, ф. 1, оп. 1, д. 233, л. 8-9.""",
    "required": [
        ("term", "отрядом АК", "Home Army division", "a Home Army detachment is given as a division"),
        ("addition", None, "The prisoners were handed over", "an added sentence"),
    ],
    "forbidden": [
        (
            None,
            "Вильно – Двинск",
            "Wilno–Dünaburg",
            "Vilno and Dvinsk under their Polish and German names",
            ["name"],
        ),
        (None, "кв. 4852", "square 4852", "a map square", ["number"]),
        (None, ("ст. политрук", "Комиссар"), "Senior Political Instructor", "ст. is senior", ["title"]),
        (None, "с 1 по 15.6.44 г.", "from June 1 to June 15, 1944", "a range of dates", ["number", "date"]),
        (None, "11 аковцев", "11 AK men", "АК men", ["term", "name", "number"]),
        (None, "500 кг тола", "500 kg of TNT", "тол is TNT", ["term"]),
    ],
    "notes": "Page, translation first, a partisan report. Planted: отрядом АК -> Home Army division (term); an added sentence. Traps: Вильно – Двинск = Wilno–Dünaburg, кв. 4852 = square 4852, ст. политрук = Senior Political Instructor, 1-15.6.44, аковцы = AK men, тол = TNT.",
}

DOCS["lw05-repatriation-pow-report-1946"] = {
    "genre": "report on repatriation and prisoners of war (pair, numbered points, signature with rank)",
    "about": "Invented: the repatriation administration reports on German prisoners and repatriates passing through Frankfurt on the Oder and Kaliningrad.",
    "ru": """‹1›Секретно
‹u›Экз. № 1

‹2›Заместителю Уполномоченного СНК СССР по делам репатриации
‹3›генерал-полковнику тов. ГОЛИКОВУ Ф. И.

‹4›ДОКЛАД
‹5›о работе сборно-пересыльных пунктов за июль 1946 г.

‹6›1. Через СПП в г. Франкфурт-на-Одере за июль пропущено 12 480 репатриантов, в том числе 3 115 военнопленных. ‹7›Из них свыше 3 тыс. человек направлены в лагеря НКВД для проверки.

‹8›2. В г. Кёнигсберге на 1 августа содержится около 9 тыс. немецких военнопленных. ‹9›Лагерь № 445 переполнен, смертность за июль составила 2,4%.

‹10›3. Бывший командир 61-й пехотной дивизии генерал-лейтенант Кригер и полковник Шмидт переведены в лагерь № 48. ‹11›При проверке установлено, что Шмидт служил в комендатуре г. Лемберг.

‹12›4. Эшелон № 7 с 1 200 репатриантами прибыл в г. Брест 28.7 с опозданием на 3 суток из-за ремонта пути.

‹13›5. Прошу ускорить отправку 40 вагонов для вывоза военнопленных из Кёнигсберга.

‹14›Начальник Управления
‹15›генерал-майор ДРАГУН

‹u›2 августа 1946 г.
‹u›№ 0917/с""",
    "en": """‹1›Secret

‹2›To the Deputy Plenipotentiary of the USSR Council of People's Commissars for Repatriation Affairs
‹3›Colonel General F. I. GOLIKOV

‹4›REPORT
‹5›on the work of the assembly and transit points for July 1946

‹6›1. In July, 12,840 repatriates, including 3,115 prisoners of war, passed through the assembly and transit point at Frankfurt an der Oder. ‹7›Of them, more than 3,000 people were sent to NKVD camps for screening.

‹8›2. As of August 1, about 9,000 German prisoners of war are held in Kaliningrad. ‹9›Camp No. 445 is overcrowded; mortality in July was 2.4%.

‹10›3. The former commander of the 61st Infantry Division, Lieutenant General Krüger, and Colonel Schmidt have been transferred to Camp No. 48. ‹11›Screening established that Schmidt served in the commandant's office of Lvov.

‹12›4. Train No. 7 with 1,200 repatriates arrived at Grodno on July 28, 3 days late because of track repairs.

‹13›5. I request that the dispatch of 40 cars for taking prisoners of war out of Königsberg be speeded up.

‹14›Head of the Administration
‹15›Major General DRAGUN""",
    "required": [
        ("number", "12 480", "12,840", "12,480 repatriates in the original, 12,840 in the translation"),
        (
            "name",
            "г. Брест",
            "Grodno",
            "the train arrived at Brest in the original, at Grodno in the translation",
        ),
    ],
    "forbidden": [
        (None, "г. Франкфурт-на-Одере", "Frankfurt an der Oder", "the same town", ["name"]),
        (None, ("г. Кёнигсберге", "2. В"), "Kaliningrad", "Königsberg under its new name", ["name"]),
        (None, "г. Лемберг", "Lvov", "Lemberg is Lvov", ["name"]),
        (None, "свыше 3 тыс.", "more than 3,000", "«свыше» is more than", ["number"]),
        (None, "около 9 тыс.", "about 9,000", "«около» is about", ["number"]),
        (None, "Кригер", "Krüger", "a German surname through Russian", ["name"]),
        (None, "СПП", ("assembly and transit point", "passed through"), "СПП expanded", ["term", "name"]),
    ],
    "notes": "Pair, a report with numbered points and a signature with rank. Planted: 12 480 -> 12,840 (number); г. Брест -> Grodno (name). Traps: Франкфурт-на-Одере = Frankfurt an der Oder, Кёнигсберг = Kaliningrad, Лемберг = Lvov, свыше 3 тыс., около 9 тыс., Кригер = Krüger, СПП spelt out.",
}

DOCS["lw06-mgb-report-lithuania-1949"] = {
    "genre": "MGB report on the Lithuanian SSR (pair, OCR noise, stamps)",
    "about": "Invented: the MGB of the Lithuanian SSR reports an operation against an armed underground group near Vilnius.",
    "ru": """‹1›Совершенно секретно
‹u›Экз. № 1

‹2›МИНИСТРУ ГОСУДАРСТВЕННОЙ БЕЗОПАСНОСТИ СССР
‹3›генерал-полковнику тов. АБАКУМОВУ

‹4›СПЕЦСООБЩЕНИЕ

‹5›14 мая 1949 г. в 5.30 опергруппа МГБ Литовской ССР совместно с батальоном 4-й сд войск МГБ окружила в лесу у хутора Пабраде в 20 км от г. Вильнюс хорошо вооруженную группу литовских националистов. ‹6›Операцией руководил майор Кузнецов.

‹7›В результате боя, продолжавшегося с 5.30 до 9.00, убито 9 бандитов, в том числе главарь группы по кличке «Гедрюс». ‹8›Захвачено 2 пулемета, 11 автоматов и пишущая машинка.

‹9›Наши потери: убит 1 и ранено 3 солдата. ‹u›Среди убитых бандитов опознан бывший офицер литовской армии Юозас Вайткус.

‹11›При обыске хутора обнаружен бункер, в котором хранились документы так называемого «Союза борцов за свободу Литвы». ‹12›Документы направлены в 2-е управление МГБ СССР.

‹13›Розыск оставшихся участников группы продолжаетея.

‹14›МИНИСТР ГОСУДАРСТВЕННОЙ БЕЗОПАСНОСТИ ЛИТОВСКОЙ ССР
‹15›генерал-майор КАПРАЛОВ

‹u›16 мая 1949 г. № 2/1147
‹u›г. Вильнюс""",
    "en": """‹1›Top secret

‹2›TO THE MINISTER OF STATE SECURITY OF THE USSR
‹3›Colonel General ABAKUMOV

‹4›SPECIAL REPORT

‹5›On May 14, 1949, at 5:30 a.m., an operational group of the Lithuanian MGB, together with a battalion of the 4th Rifle Division of the MGB troops, surrounded a well-armed group of Lithuanian nationalists in a forest near the Pabradė farmstead, 20 km from Wilno. ‹6›The operation was led by Lieutenant Colonel Kuznetsov.

‹7›As a result of the fighting, which lasted from 5:30 to 9 a.m., 9 bandits were killed, including the group's leader, code-named "Giedrius". ‹8›2 machine guns, 11 submachine guns and a typewriter were seized.

‹9›Our losses: 1 killed and 3 soldiers wounded.

‹11›When the farmstead was searched, a bunker was found where documents of the so-called "Union of Freedom Fighters of Lithuania" were kept. ‹12›The documents were sent to the 2nd Directorate of the USSR MGB.

‹13›The search for the remaining members of the group continues.

‹14›MINISTER OF STATE SECURITY OF THE LITHUANIAN SSR
‹15›Major General KAPRALOV""",
    "required": [
        (
            "title",
            "майор Кузнецов",
            "Lieutenant Colonel Kuznetsov",
            "a major is given as a lieutenant colonel",
        ),
        ("omission", "Среди убитых", None, "the sentence on the identified former officer is omitted"),
    ],
    "forbidden": [
        (None, ("г. Вильнюс", "в 20 км"), "Wilno", "Vilnius under its Polish name", ["name"]),
        (None, "4-й сд", "4th Rifle Division", "сд is a rifle division", ["term", "number"]),
        (None, "с 5.30 до 9.00", "from 5:30 to 9 a.m.", "the same times", ["number", "date"]),
        (None, "Пабраде", "Pabradė", "a Lithuanian place name", ["name"]),
        (None, "«Гедрюс»", '"Giedrius"', "a code name through Russian", ["name"]),
        (None, "МГБ Литовской ССР", "Lithuanian MGB", "reordered", ["name", "term"]),
    ],
    "notes": "Pair, an MGB special report. Planted: майор Кузнецов -> Lieutenant Colonel (title); the sentence «Среди убитых …» omitted. Traps: Вильнюс = Wilno, сд = Rifle Division, 5.30-9.00 = 5:30 to 9 a.m., Пабраде = Pabradė, «Гедрюс» = Giedrius, МГБ Литовской ССР = Lithuanian MGB.",
}
