# ruff: noqa: E501, RUF001  (the texts are data: Cyrillic and Latin look-alike letters are on purpose)
"""The invented ws documents of archival-own (read by build_archival_ws.py): terms and omissions in wartime messages.

Six personal and secret messages between heads of government in the style of the wartime correspondence:
pairs of files and archive pages with a citation block, two of them with two English editions (the 1957
translation linked, a newer one unlinked). Planted: a term the translation renders as another of its kind (a
front, a class of aircraft or ship, a landing, a rank, an institution), a short sentence with an assurance, a
request or a reservation left out, a clause («хотя …», «поскольку …», «если …») left out, at most one number or
date. Traps: the editions' conventional headings, condensed courtesy formulas, the free wording of the second
edition, an editor's bracket, footnote marks, a sentence split or joined. Every text is invented (persons are
real names in made-up contexts; figures, dates and file marks are made up).
Format as in t_docs.py: ``‹k›`` links a sentence (or part) to the part of the other side marked ``‹k›``;
``‹u›`` marks a sentence with no counterpart. Required: (kind, Russian words, English words, why); forbidden:
(None, Russian, English, why, kinds, max severity). Words are unique on their side or given as (words, context).
"""

from __future__ import annotations

DOCS: dict[str, dict] = {}

DOCS["ws01-stalin-churchill-1942-08-02"] = {
    "genre": "personal message (Stalin to Churchill) (pair)",
    "about": "Invented: Stalin to Churchill, August 1942, on the second front and the northern convoys. Planted: «второго фронта» rendered 'a diversion' (term); a sentence with an assurance left out.",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 281, лл. 12-13.

‹1›СЕКРЕТНО

‹2›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ

‹3›Ваше послание от 28 июля получил.

‹4›Из послания видно, что Британское Правительство снова откладывает открытие второго фронта в Европе на неопределенное время. ‹5›Я должен заявить самым решительным образом, что Советское Правительство не может примириться с таким решением, так как на южном участке фронта создалось исключительно тяжелое положение. ‹u›Надеюсь, что Вы правильно поймете эту откровенность.

‹7›Что касается северных конвоев, то наши военно-морские специалисты считают доводы британского Адмиралтейства несостоятельными. ‹8›Конвои могут идти под прикрытием линкоров и крейсеров, а Северный флот готов выслать им навстречу свои эсминцы.

‹9›Примите мои наилучшие пожелания.

‹10›И. СТАЛИН

‹11›2 августа 1942 года.""",
    "en": """‹1›SECRET

‹2›PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRIME MINISTER, MR. W. CHURCHILL

‹3›I have received your message of July 28.

‹4›It is evident from the message that the British Government is again putting off the opening of a diversion in Europe indefinitely. ‹5›I must state most emphatically that the Soviet Government cannot reconcile itself to such a decision, since an exceptionally grave situation has arisen on the southern sector of the front.

‹7›As regards the northern convoys, our naval experts consider the arguments of the British Admiralty untenable. ‹8›The convoys could sail under the cover of battleships and cruisers, and the Northern Fleet is ready to send out its destroyers to meet them.

‹9›Best wishes.

‹10›J. STALIN

‹11›August 2, 1942""",
    "required": [
        (
            "term",
            "второго фронта",
            "a diversion",
            "the second front (второй фронт) is rendered 'a diversion', a lesser operation",
        ),
        (
            "omission",
            "Надеюсь, что Вы правильно поймете эту откровенность.",
            None,
            "the sentence hoping Churchill will understand the frankness is left out",
        ),
    ],
    "forbidden": [
        (None, "45, оп. 1, д. 281, лл. 12-13", None, "archive reference", None),
        (None, "28 июля", "July 28", "28 июля = July 28", None),
        (None, "2 августа 1942 года", "August 2, 1942", "2 августа 1942 года = August 2, 1942", None),
        (None, "И. В. СТАЛИНА", "J. V. STALIN", "И. В. Сталин = J. V. Stalin", ["name"]),
        (
            None,
            "ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ПРЕМЬЕРА",
            "PERSONAL AND SECRET FROM PREMIER",
            "the edition's conventional heading drops ПОСЛАНИЕ (message)",
            ["omission", "term"],
            "minor",
        ),
        (
            None,
            "г-ну У. ЧЕРЧИЛЛЮ",
            "MR. W. CHURCHILL",
            "г-ну У. Черчиллю = Mr. W. Churchill",
            ["name", "title"],
        ),
        (
            None,
            "Примите мои наилучшие пожелания.",
            "Best wishes.",
            "a courtesy formula condensed",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "линкоров и крейсеров",
            "battleships and cruisers",
            "линкоры и крейсеры = battleships and cruisers",
            ["term"],
        ),
        (None, "эсминцы", "destroyers", "эсминцы = destroyers", ["term"]),
        (None, "Адмиралтейства", "Admiralty", "Адмиралтейство = the Admiralty", ["term", "name"]),
    ],
    "notes": "Planted: второго фронта -> a diversion (term); «Надеюсь, что Вы правильно поймете эту откровенность.» left out (omission). The heading without ПОСЛАНИЕ and 'Best wishes.' for «Примите мои наилучшие пожелания.» are the edition's conventions.",
}

DOCS["ws02-stalin-roosevelt-1943-02-16"] = {
    "genre": "personal message (Stalin to Roosevelt) (page, Russian first, two English translations)",
    "about": "Invented: Stalin to Roosevelt, February 1943, on bombers for the southern front; the page prints the 1957 translation and a new one. Planted: бомбардировщиков rendered 'fighters' (term); a clause with «хотя» left out.",
    "page": {
        "date": "February 16, 1943",
        "title": "Personal and Secret Message from Premier J. V. Stalin to President F. D. Roosevelt",
        "ref": "ws-0202",
        "translator": "L. Pryor (new translation)",
        "summary": "Stalin thanks Roosevelt for the offer of aircraft, asks that medium bombers be sent instead of the promised transport planes, and reports the progress of the winter offensive. The page gives the translation published in 1957 and a new one.",
        "contents": [
            "Original Scan",
            "Translation - English (Correspondence, 1957)",
            "Translation - English (new translation)",
        ],
        "order": ["ru", "en", "en2"],
    },
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 365, л. 57.

‹1›ЛИЧНО И СЕКРЕТНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Ф. Д. РУЗВЕЛЬТУ

‹2›Ваше послание от 8 февраля получил. ‹3›Благодарю Вас за предложение направить в СССР дополнительную партию самолетов.

‹4›Наше командование просит, чтобы вместо обещанных транспортных машин были присланы средние бомбардировщики «Митчелл», хотя мы понимаем, что это потребует изменения уже утвержденных планов. ‹5›Именно эти самолеты нужны сейчас на Южном фронте, где противник подтягивает резервы из Франции.

‹6›Наступление Красной Армии продолжается. ‹7›За последние две недели освобождены Курск и Краснодар.

‹8›И. СТАЛИН

‹9›16 февраля 1943 года.""",
    "en": """‹1›PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. F. D. ROOSEVELT

‹2›I have received your message of February 8. ‹3›I thank you for the offer to send an additional consignment of aircraft to the U.S.S.R.

‹4›Our command asks that instead of the transport planes promised, Mitchell fighters be sent. ‹5›It is precisely these aircraft that are needed now on the Southern Front, where the enemy is bringing up reserves from France.

‹6›The offensive of the Red Army continues. ‹7›In the last two weeks Kursk and Krasnodar have been liberated.

‹8›J. STALIN

‹9›February 16, 1943""",
    "en2": """‹u›Personal and secret from Premier J. V. Stalin to President F. D. Roosevelt

‹u›Your message of February 8 has reached me, and I am grateful for your offer of a further batch of aircraft for the USSR.

‹u›Our commanders would like Mitchell medium bombers to be sent in place of the transport aircraft you promised, although we realize that this will mean altering plans already approved; these are the machines the Southern Front needs at present, for the enemy is moving reserves there from France.

‹u›The Red Army's offensive goes on: Kursk and Krasnodar have been freed within the past fortnight.

‹u›J. Stalin

‹u›16 February 1943""",
    "required": [
        (
            "term",
            "бомбардировщики",
            ("fighters", "Mitchell fighters"),
            "medium bombers (средние бомбардировщики) are rendered 'fighters' in the 1957 translation",
        ),
        (
            "omission",
            "хотя мы понимаем, что это потребует изменения уже утвержденных планов",
            None,
            "the clause granting that the change upsets approved plans is left out of the 1957 translation",
        ),
    ],
    "forbidden": [
        (None, "365, л. 57", None, "archive reference", None),
        (
            None,
            ("8 февраля", "Ваше послание"),
            ("February 8", "message of February 8."),
            "8 февраля = February 8",
            None,
        ),
        (
            None,
            "16 февраля 1943 года",
            ("February 16, 1943", "J. STALIN"),
            "16 февраля 1943 года = February 16, 1943",
            None,
        ),
        (None, "две недели", "two weeks", "две недели = two weeks", None),
        (
            None,
            ("И. В. СТАЛИНА", "ЛИЧНО И СЕКРЕТНО"),
            ("J. V. STALIN", "PERSONAL AND SECRET"),
            "И. В. Сталин = J. V. Stalin",
            ["name"],
        ),
        (
            None,
            "г-ну Ф. Д. РУЗВЕЛЬТУ",
            "MR. F. D. ROOSEVELT",
            "г-ну Ф. Д. Рузвельту = Mr. F. D. Roosevelt",
            ["name", "title"],
        ),
        (
            None,
            "«Митчелл»",
            ("Mitchell", "instead of the transport"),
            "«Митчелл» = Mitchell (aircraft type)",
            ["name"],
        ),
        (
            None,
            "Южном фронте",
            ("Southern Front", "on the Southern Front, where"),
            "Южный фронт = the Southern Front",
            ["term", "name"],
        ),
        (
            None,
            "Красной Армии",
            ("Red Army", "offensive of the Red Army"),
            "Красная Армия = the Red Army",
            ["term", "name"],
        ),
        (None, "Курск и Краснодар", ("Kursk and Krasnodar", "weeks Kursk"), "place names", ["name"]),
        (
            None,
            None,
            "Personal and secret from Premier J. V. Stalin to President F. D. Roosevelt",
            "the new translation's heading: the second edition, not an addition",
            None,
            "info",
        ),
        (
            None,
            None,
            "Your message of February 8 has reached me, and I am grateful",
            "the new translation renders the message again (sentences joined): an info note at most",
            None,
            "info",
        ),
        (
            None,
            None,
            "Our commanders would like Mitchell medium bombers",
            "the new translation's free wording: an info note at most",
            None,
            "info",
        ),
    ],
    "notes": "Page with two translations: the 1957 one (linked) and a new one (every sentence unlinked; it joins sentences and words them freely). Planted in the 1957 translation: бомбардировщики -> fighters (term); the «хотя …» clause left out (omission).",
}

DOCS["ws03-stalin-churchill-1944-09-09"] = {
    "genre": "personal message (Stalin to Churchill) (page, Russian first, with an editor's bracket)",
    "about": "Invented: Stalin to Churchill, September 1944, on a landing in the north and the next convoy. Planted: десанта rendered 'raid' (term); 24 transports made 34 (number).",
    "page": {
        "date": "September 9, 1944",
        "title": "Personal and Secret Message from Premier J. V. Stalin to Prime Minister W. Churchill",
        "ref": "ws-0303",
        "translator": "R. Ashworth",
        "summary": "Stalin reports a landing on the Arctic coast, agrees on the timing of the next convoy and asks that it carry rails and rolling stock.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 282, л. 70.

‹1›Строго секретно

‹2›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ

‹3›Ваше послание от 4 сентября получил.

‹4›Северный флот провел высадку морского десанта на побережье Варангер-фьорда, ‹5›и в настоящее время наши части ведут бои за порт Киркенес.

‹6›Согласен с Вами, что очередной конвой следует отправить в конце сентября. ‹7›Порты Мурманск и Архангельск смогут принять одновременно 24 транспорта.

‹8›Прошу учесть, что нашим железным дорогам в освобожденных районах особенно нужны рельсы и подвижной состав.

‹9›И. СТАЛИН

‹10›9 сентября 1944 года.""",
    "en": """‹1›Strictly Secret

‹2›PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRIME MINISTER, MR. W. CHURCHILL

‹3›I have received your message of September 4.

‹4›The Northern Fleet has landed a naval raid on the coast of the Varanger Fjord. ‹5›At present our units are fighting for the port of Kirkenes [Norway].

‹6›I agree with you that the next convoy should be sent at the end of September. ‹7›The ports of Murmansk and Archangel will be able to receive 34 transports at a time.

‹8›Please bear in mind that our railways in the liberated areas are in particular need of rails and rolling stock.

‹9›J. STALIN

‹10›September 9, 1944""",
    "required": [
        (
            "term",
            "десанта",
            "raid",
            "a seaborne landing (морской десант) is rendered 'a naval raid'",
        ),
        ("number", "24 транспорта", "34 transports", "24 transports in the original, 34 in the translation"),
    ],
    "forbidden": [
        (None, "282, л. 70", None, "archive reference", None),
        (None, "4 сентября", "September 4", "4 сентября = September 4", None),
        (
            None,
            "в конце сентября",
            "at the end of September",
            "в конце сентября = at the end of September",
            None,
        ),
        (None, "9 сентября 1944 года", "September 9, 1944", "9 сентября 1944 года = September 9, 1944", None),
        (None, "И. В. СТАЛИНА", "J. V. STALIN", "И. В. Сталин = J. V. Stalin", ["name"]),
        (
            None,
            "г-ну У. ЧЕРЧИЛЛЮ",
            "MR. W. CHURCHILL",
            "г-ну У. Черчиллю = Mr. W. Churchill",
            ["name", "title"],
        ),
        (
            None,
            "ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА",
            "PERSONAL AND SECRET FROM PREMIER",
            "the edition's conventional heading drops ПОСЛАНИЕ (message)",
            ["omission", "term"],
            "minor",
        ),
        (None, None, "[Norway]", "an editor's bracket", ["addition", "name"], "minor"),
        (
            None,
            "и в настоящее время наши части",
            "At present our units",
            "one Russian sentence split in two",
            ["omission", "addition"],
            "minor",
        ),
        (None, "Варангер-фьорда", "Varanger Fjord", "Варангер-фьорд = the Varanger Fjord", ["name"]),
        (None, "Киркенес", "Kirkenes", "Киркенес = Kirkenes", ["name"]),
        (None, "Архангельск", "Archangel", "Архангельск = Archangel", ["name"]),
        (
            None,
            "Прошу учесть",
            "Please bear in mind",
            "Прошу учесть = Please bear in mind",
            ["omission"],
            "minor",
        ),
    ],
    "notes": "Planted: морского десанта -> a naval raid (term); 24 -> 34 transports (number). The first paragraph's sentence is split in two; [Norway] is an editor's bracket.",
}

DOCS["ws04-stalin-roosevelt-1943-07-22"] = {
    "genre": "personal message (Stalin to Roosevelt) with editorial apparatus and footnotes (page, Russian first)",
    "about": "Invented: Stalin to Roosevelt, July 1943, on an American military mission and the Kursk battle. Planted: генерал-лейтенант rendered 'Colonel General' (title); a sentence with a request left out.",
    "page": {
        "date": "July 22, 1943",
        "title": "Personal and Secret Message from Premier J. V. Stalin to President F. D. Roosevelt",
        "ref": "ws-0404",
        "translator": "R. Ashworth",
        "summary": "Stalin agrees to receive an American officer at the headquarters of a front and reports on the fighting in the Orel and Belgorod areas.",
        "contents": ["Original Scan", "Translation - English"],
        "order": ["ru", "en"],
    },
    "ru": """‹1›ЛИЧНО И СЕКРЕТНО ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕЗИДЕНТУ г-ну Ф. Д. РУЗВЕЛЬТУ

‹2›Ваше послание от 15 июля 1) получил.

‹3›Советское Правительство не возражает против того, чтобы генерал Дин 2) посетил штаб Воронежского фронта. ‹4›Его будет сопровождать генерал-лейтенант Славин, который ответит на все его вопросы. ‹u›Прошу, однако, чтобы поездка была сохранена в тайне.

‹6›Бои в районах Орла и Белгорода продолжаются с неослабевающей силой. ‹7›Противник потерял здесь за две недели свыше 2 тысяч танков.

‹8›И. СТАЛИН

‹9›22 июля 1943 года.

‹10›1) Послание Ф. Д. Рузвельта от 15 июля 1943 г. в настоящем издании не публикуется.
‹11›2) Генерал-майор Дж. Дин - глава военной миссии США в СССР.""",
    "en": """‹u›740.0011 European War 1939/30417

‹u›Premier Stalin to President Roosevelt

‹u›[Translation]

‹1›PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. F. D. ROOSEVELT

‹2›I have received your message of July 15.1

‹3›The Soviet Government has no objection to General Deane2 visiting the headquarters of the Voronezh Front. ‹4›He will be accompanied by Colonel General Slavin, who will answer all his questions.

‹6›The fighting in the Orel and Belgorod areas continues with unabated force. ‹7›In two weeks the enemy has lost more than 2,000 tanks here.

‹8›J. STALIN

‹9›July 22, 1943

‹10›1 President Roosevelt's message of July 15, 1943 is not printed in this edition.
‹11›2 Major General J. Deane, head of the U.S. Military Mission in the U.S.S.R.""",
    "required": [
        (
            "title",
            "генерал-лейтенант",
            "Colonel General",
            "Slavin is a Lieutenant General (генерал-лейтенант); the translation makes him a Colonel General",
        ),
        (
            "omission",
            "Прошу, однако, чтобы поездка была сохранена в тайне.",
            None,
            "the sentence asking that the visit be kept secret is left out",
        ),
    ],
    "forbidden": [
        (None, ("15 июля", "Ваше послание"), ("July 15", "message of July 15"), "15 июля = July 15", None),
        (None, "свыше 2 тысяч", "more than 2,000", "свыше 2 тысяч = more than 2,000", None),
        (None, ("две недели", "за две недели"), "two weeks", "две недели = two weeks", None),
        (None, "22 июля 1943 года", "July 22, 1943", "22 июля 1943 года = July 22, 1943", None),
        (None, "15 июля 1943 г.", "July 15, 1943", "15 июля 1943 г. = July 15, 1943", None),
        (
            None,
            None,
            "740.0011 European War 1939/30417",
            "FRUS decimal file number (editorial apparatus)",
            None,
        ),
        (
            None,
            None,
            "Premier Stalin to President Roosevelt",
            "FRUS editorial heading",
            ["addition"],
            "minor",
        ),
        (None, None, "[Translation]", "editorial [Translation] note", ["addition"], "info"),
        (None, ("1)", "15 июля 1)"), ("1", "July 15.1"), "footnote mark 1) / 1", None),
        (None, ("2)", "Дин 2)"), ("2", "Deane2"), "footnote mark 2) / 2", None),
        (None, ("1)", "1) Послание"), ("1", "1 President"), "footnote number", None),
        (None, ("2)", "2) Генерал-майор"), ("2", "2 Major General"), "footnote number", None),
        (None, "И. В. СТАЛИНА", "J. V. STALIN", "И. В. Сталин = J. V. Stalin", ["name"]),
        (
            None,
            "г-ну Ф. Д. РУЗВЕЛЬТУ",
            "MR. F. D. ROOSEVELT",
            "г-ну Ф. Д. Рузвельту = Mr. F. D. Roosevelt",
            ["name", "title"],
        ),
        (None, ("Дин", "генерал Дин"), ("Deane", "General Deane"), "Дин = Deane", ["name", "title"]),
        (
            None,
            "Генерал-майор Дж. Дин",
            "Major General J. Deane",
            "генерал-майор = Major General",
            ["name", "title"],
        ),
        (
            None,
            "Воронежского фронта",
            "Voronezh Front",
            "Воронежский фронт = the Voronezh Front",
            ["term", "name"],
        ),
        (None, "Орла и Белгорода", "Orel and Belgorod", "place names", ["name"]),
    ],
    "notes": "The English carries FRUS-style apparatus (file number, heading, [Translation]), each unlinked, and footnote marks glued to the words. Planted: генерал-лейтенант -> Colonel General (title); «Прошу, однако, чтобы поездка была сохранена в тайне.» left out (omission).",
}

DOCS["ws05-stalin-roosevelt-churchill-1945-01-17"] = {
    "genre": "personal message (Stalin to Roosevelt and Churchill) (pair)",
    "about": "Invented: Stalin to Roosevelt and Churchill, January 1945, on the offensive from the Vistula. Planted: танковые армии rendered 'tank corps' (term); a clause with «поскольку» left out; a date.",
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 372, лл. 5-6.

‹1›СЕКРЕТНО

‹2›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА
ПРЕЗИДЕНТУ г-ну Ф. Д. РУЗВЕЛЬТУ И ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ

‹3›Сообщаю Вам, что 12 января войска 1-го Украинского фронта, а
затем 1-го Белорусского фронта перешли в наступление с плацдармов на
Висле. ‹4›Наступление было начато раньше намеченного срока, поскольку
мы хотели облегчить положение союзных войск в Арденнах, ‹5›хотя погода
не позволяла использовать авиацию в полную силу.

‹6›За пять дней боев наши войска продвинулись на глубину до 100 км. ‹7›В
прорыв введены две танковые армии. ‹8›Освобождена Варшава.

‹9›Наступление будет развиваться и дальше.

‹10›И. СТАЛИН

‹11›17 января 1945 года.""",
    "en": """‹1›SECRET

‹2›PERSONAL AND SECRET MESSAGE FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. F. D. ROOSEVELT, AND THE PRIME MINISTER, MR. W. CHURCHILL

‹3›I inform you that on January 14 the troops of the 1st Ukrainian Front, followed by those of the 1st Belorussian Front, launched an offensive from the bridgeheads on the Vistula. ‹4›The offensive was begun ahead of schedule, ‹5›although the weather did not permit the full use of aircraft.

‹6›In five days of fighting our troops advanced to a depth of up to 100 km. ‹7›Two tank corps have been thrown into the breach ‹8›and Warsaw has been liberated.

‹9›The offensive will continue to develop.

‹10›J. STALIN

‹11›January 17, 1945""",
    "required": [
        (
            "date",
            "12 января",
            "January 14",
            "the offensive opened on 12 January (12 января); the translation gives January 14",
        ),
        (
            "omission",
            "поскольку\nмы хотели облегчить положение союзных войск в Арденнах",
            None,
            "the clause giving the reason (to relieve the Allied troops in the Ardennes) is left out",
        ),
        (
            "term",
            "танковые армии",
            "tank corps",
            "two tank armies (танковые армии) are rendered 'two tank corps', a smaller formation",
        ),
    ],
    "forbidden": [
        (None, "372, лл. 5-6", None, "archive reference", None),
        (None, "17 января 1945 года", "January 17, 1945", "17 января 1945 года = January 17, 1945", None),
        (None, "пять дней", "five days", "пять дней = five days", None),
        (None, "до 100 км", "up to 100 km", "до 100 км = up to 100 km", None),
        (
            None,
            "1-го Украинского фронта",
            "1st Ukrainian Front",
            "1-го Украинского фронта = the 1st Ukrainian Front (ordinal)",
            None,
        ),
        (
            None,
            "1-го Белорусского фронта",
            "1st Belorussian Front",
            "1-го Белорусского фронта = the 1st Belorussian Front (ordinal)",
            None,
        ),
        (None, "И. В. СТАЛИНА", "J. V. STALIN", "И. В. Сталин = J. V. Stalin", ["name"]),
        (None, "Висле", "Vistula", "Висла = the Vistula", ["name"]),
        (None, "Варшава", "Warsaw", "Варшава = Warsaw", ["name"]),
        (
            None,
            "Освобождена Варшава.",
            "and Warsaw has been liberated",
            "two Russian sentences joined in one",
            ["omission", "addition"],
            "minor",
        ),
        (None, "плацдармов", "bridgeheads", "плацдармы = bridgeheads", ["term"]),
    ],
    "notes": "Hyphenated line breaks are absent; lines are broken as in a typescript. Planted: 12 января -> January 14 (date); the «поскольку …» clause left out (omission); танковые армии -> tank corps (term). Two Russian sentences are joined in one English one.",
}

DOCS["ws06-stalin-churchill-1943-06-24"] = {
    "genre": "personal message (Stalin to Churchill) (page, Russian first, two English translations)",
    "about": "Invented: Stalin to Churchill, June 1943, on Soviet purchases of British equipment and a delegation. Planted: Государственный Комитет Обороны rendered 'the Council of People's Commissars' (term); a reservation sentence left out; a clause with «если» left out.",
    "page": {
        "date": "June 24, 1943",
        "title": "Personal and Secret Message from Premier J. V. Stalin to Prime Minister W. Churchill",
        "ref": "ws-0606",
        "translator": "L. Pryor (new translation)",
        "summary": "Stalin approves the list of British radar sets and escort vessels for the Soviet Navy and names the members of the purchasing commission. The page gives the translation published in 1957 and a new one.",
        "contents": [
            "Original Scan",
            "Translation - English (Correspondence, 1957)",
            "Translation - English (new translation)",
        ],
        "order": ["ru", "en", "en2"],
    },
    "ru": """‹u›АП РФ, ф. 45, оп. 1, д. 278, л. 31.

‹1›ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА И. В. СТАЛИНА ПРЕМЬЕР-МИНИСТРУ г-ну У. ЧЕРЧИЛЛЮ

‹2›Ваше послание от 19 июня получил.

‹3›Государственный Комитет Обороны рассмотрел перечень радиолокационных станций и сторожевых кораблей, которые Британское Правительство готово передать Советскому Военно-Морскому Флоту, и одобрил его. ‹u›Это решение не касается, разумеется, тральщиков, о которых будет сообщено особо.

‹5›Для приемки техники в Англию выедет комиссия во главе с т. Акуловым. ‹6›Комиссия сможет выехать в начале июля, если британская сторона обеспечит ее перелет.

‹7›Прошу принять мою искреннюю благодарность за Вашу помощь.

‹8›И. СТАЛИН

‹9›24 июня 1943 года.""",
    "en": """‹1›PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRIME MINISTER, MR. W. CHURCHILL

‹2›I have received your message of June 19.

‹3›The Council of People's Commissars has examined and approved the list of radar stations and escort vessels which the British Government is prepared to hand over to the Soviet Navy.

‹5›A commission headed by Mr. Akulov will go to England to take over the equipment. ‹6›The commission will be able to leave at the beginning of July.

‹7›My sincere thanks for your help.

‹8›J. STALIN

‹9›June 24, 1943""",
    "en2": """‹u›Personal and secret from Premier J. V. Stalin to Prime Minister Mr. W. Churchill

‹u›Your message of 19 June has been received.

‹u›The State Defence Committee has gone through the list of radar sets and escort ships that the British Government is ready to transfer to the Soviet Navy, and has approved it; the minesweepers, of course, are not covered by this decision and will be the subject of a separate communication.

‹u›A commission under Mr. Akulov will travel to England to accept the equipment; it can leave early in July provided the British side arranges its flight.

‹u›Please accept my sincere gratitude for your assistance.

‹u›J. Stalin

‹u›24 June 1943""",
    "required": [
        (
            "term",
            "Государственный Комитет Обороны",
            "Council of People's Commissars",
            "the State Defence Committee (Государственный Комитет Обороны) is rendered 'the Council of People's Commissars' in the 1957 translation",
        ),
        (
            "omission",
            "Это решение не касается, разумеется, тральщиков, о которых будет сообщено особо.",
            None,
            "the sentence reserving the minesweepers for a separate answer is left out of the 1957 translation",
        ),
        (
            "omission",
            "если британская сторона обеспечит ее перелет",
            None,
            "the condition (if the British side provides the flight) is left out of the 1957 translation",
        ),
    ],
    "forbidden": [
        (None, "278, л. 31", None, "archive reference", None),
        (None, ("19 июня", "Ваше послание"), ("June 19", "message of June 19"), "19 июня = June 19", None),
        (
            None,
            "в начале июля",
            ("at the beginning of July", "commission will be able"),
            "в начале июля = at the beginning of July",
            None,
        ),
        (
            None,
            "24 июня 1943 года",
            ("June 24, 1943", "J. STALIN"),
            "24 июня 1943 года = June 24, 1943",
            None,
        ),
        (
            None,
            ("И. В. СТАЛИНА", "ЛИЧНОЕ И СЕКРЕТНОЕ"),
            ("J. V. STALIN", "PERSONAL AND SECRET"),
            "И. В. Сталин = J. V. Stalin",
            ["name"],
        ),
        (
            None,
            "г-ну У. ЧЕРЧИЛЛЮ",
            "MR. W. CHURCHILL",
            "г-ну У. Черчиллю = Mr. W. Churchill",
            ["name", "title"],
        ),
        (
            None,
            "ЛИЧНОЕ И СЕКРЕТНОЕ ПОСЛАНИЕ ОТ ПРЕМЬЕРА",
            "PERSONAL AND SECRET FROM PREMIER",
            "the edition's conventional heading drops ПОСЛАНИЕ (message)",
            ["omission", "term"],
            "minor",
        ),
        (
            None,
            "т. Акуловым",
            ("Mr. Akulov", "commission headed by"),
            "т. Акулов = Mr. Akulov, as the published English versions render т.",
            ["name", "title"],
        ),
        (
            None,
            "Прошу принять мою искреннюю благодарность за Вашу помощь.",
            "My sincere thanks for your help.",
            "a courtesy formula condensed",
            ["omission", "addition"],
            "minor",
        ),
        (
            None,
            "Советскому Военно-Морскому Флоту",
            ("Soviet Navy", "hand over to the Soviet Navy"),
            "Военно-Морской Флот = Navy",
            ["term", "name"],
        ),
        (
            None,
            "сторожевых кораблей",
            ("escort vessels", "stations and escort"),
            "сторожевые корабли = escort vessels",
            ["term"],
        ),
        (
            None,
            None,
            "Personal and secret from Premier J. V. Stalin to Prime Minister Mr. W. Churchill",
            "the new translation's conventional heading: the second edition, not an addition",
            None,
            "info",
        ),
        (
            None,
            None,
            "The State Defence Committee has gone through",
            "the new translation's free wording: an info note at most",
            None,
            "info",
        ),
    ],
    "notes": "Page with two translations: the 1957 one (linked) and a new one (unlinked; sentences joined). Planted in the 1957 translation: Государственный Комитет Обороны -> Council of People's Commissars (term); the minesweeper reservation left out (omission); the «если …» clause left out (omission). 'My sincere thanks' condenses the courtesy formula.",
}
