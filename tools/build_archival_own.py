# ruff: noqa: E501  (the sentence pairs are data: one pair a line reads best)
"""Build the invented archival-own development documents and their gold files.

Each document is a list of (Russian, English) sentence pairs; planted findings and traps
name their words and the pair they stand in, and this script computes every offset.
Run: ``python tools/build_archival_own.py`` (writes benchmarks/data/archival-own).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "archival-own"

DOCS: dict[str, dict] = {}

DOCS["o1-telegram-pyongyang-1950"] = {
    "genre": "ciphered telegram",
    "about": "Invented: the Soviet ambassador reports a talk with the Korean leaders on officer training.",
    "pairs": [
        ("СОВ. СЕКРЕТНО", "TOP SECRET"),
        ("ШИФРТЕЛЕГРАММА", "CIPHERED TELEGRAM"),
        ("Москва, товарищу Сталину И. В.", "Moscow, to Comrade J. V. Stalin"),
        (
            "14 марта я встретился с Ким Ир Сеном и Пак Хен Еном по их просьбе.",
            "On March 14 I met Kim Il Sung and Pak Hon Yong at their request.",
        ),
        (
            "Ким Ир Сен сообщил, что военное училище в Пхеньяне выпустит в апреле 420 офицеров.",
            "Kim Il Sung reported that the military school in Pyongyang will graduate 420 officers in April.",
        ),
        (
            "Министр обороны Цой Ен Ген просит направить в училище ещё двенадцать советских преподавателей.",
            "The Minister of Defense Kim Chaek asks that another twelve Soviet instructors be sent to the school.",
        ),
        (
            "По словам Пак Хен Ена, правительство готово оплатить их содержание из своего бюджета.",
            "According to Pak Hon Yong, the government is ready to pay for their upkeep from its own budget.",
        ),
        (
            "Преподавателей предлагается разместить в Хамхыне, где уже работает полковник Лебедев.",
            "It is proposed to quarter the instructors in Hamhung, where Lieutenant Colonel Lebedev already works.",
        ),
        (
            "Председатель Кабинета Министров просил ускорить ответ, так как занятия начнутся 1 мая.",
            "The Chairman of the Cabinet of Ministers asked for an early reply, as classes begin on May 1.",
        ),
        (
            "Корейские товарищи также просят поставить для училища 30 грузовых автомобилей.",
            "The Korean comrades also ask for 30 trucks for the school.",
        ),
        ("Прошу Ваших указаний.", "I request your instructions."),
        ("ШТЫКОВ", "SHTYKOV"),
    ],
    "required": [
        ("name", 5, "Цой Ен Ген", "Kim Chaek", "Цой Ен Ген (Choe Yong Gon) is given as Kim Chaek"),
        ("title", 7, "полковник", "Lieutenant Colonel", "полковник (colonel) is given as Lieutenant Colonel"),
    ],
    "forbidden": [
        (3, "Ким Ир Сеном", "Kim Il Sung", ["name"], None, "instrumental of Ким Ир Сен"),
        (3, "Пак Хен Еном", "Pak Hon Yong", ["name"], None, "instrumental of Пак Хен Ен"),
        (6, "Пак Хен Ена", "Pak Hon Yong", ["name"], None, "genitive of Пак Хен Ен"),
        (2, "Сталину И. В.", "J. V. Stalin", ["name"], None, "И. В. = J. V."),
        (7, "Хамхыне", "Hamhung", ["name"], None, "Хамхын = Hamhung"),
        (7, "Лебедев", "Lebedev", ["name"], None, "the same surname"),
    ],
    "notes": "Planted: a Korean name replaced by another Korean leader's (Цой Ен Ген -> Kim Chaek); "
    "a rank lowered (полковник -> Lieutenant Colonel). Traps: declined Korean names, initials, "
    "the Chairman of the Cabinet of Ministers as a title.",
}

DOCS["o2-conversation-liu-1949"] = {
    "genre": "record of conversation",
    "about": "Invented: a Soviet envoy records a conversation with Chinese leaders on railway advisers.",
    "pairs": [
        ("ЗАПИСЬ БЕСЕДЫ", "RECORD OF CONVERSATION"),
        ("с Председателем ЦК КПК Мао Цзэ-дуном", "with Chairman of the CC CPC Mao Tse-tung"),
        ("5 июля 1949 года", "July 5, 1949"),
        (
            "В беседе участвовали Лю Шао-ци и Чжоу Энь-лай.",
            "Liu Shao-chi and Chou En-lai took part in the conversation.",
        ),
        (
            "Мао Цзэ-дун сказал, что Северо-Восток нуждается в советских специалистах по железным дорогам.",
            "Mao Tse-tung said that the Northeast needs Soviet railway specialists.",
        ),
        (
            "Чжоу Энь-лай добавил, что особенно не хватает инженеров для мостов через Сунгари.",
            "The Premier added that engineers for the bridges over the Sungari are especially lacking.",
        ),
        (
            "Гао Ган, по его словам, уже подготовил список из 150 должностей.",
            "Peng Dehuai, he said, has already prepared a list of 150 posts.",
        ),
        (
            "Я ответил, что вопрос будет рассмотрен Центральным Комитетом ВКП(б) в ближайшее время.",
            "I replied that the question would soon be considered by the Politburo of the AUCP(b).",
        ),
        (
            "Председатель поблагодарил за помощь и просил передать привет товарищу Сталину.",
            "The Chairman thanked us for the help and asked that his greetings be passed to Comrade Stalin.",
        ),
        ("Беседа продолжалась 1 час 20 минут.", "The conversation lasted 1 hour 20 minutes."),
        ("КОВАЛЕВ", "KOVALEV"),
    ],
    "required": [
        ("name", 6, "Гао Ган", "Peng Dehuai", "Гао Ган (Kao Kang) is given as Peng Dehuai"),
        ("term", 7, "Центральным Комитетом", "Politburo", "the Central Committee is given as the Politburo"),
    ],
    "forbidden": [
        (1, "Мао Цзэ-дуном", "Mao Tse-tung", ["name"], None, "Wade-Giles of Мао Цзэ-дун"),
        (3, "Лю Шао-ци", "Liu Shao-chi", ["name"], None, "Wade-Giles of Лю Шао-ци"),
        (3, "Чжоу Энь-лай", "Chou En-lai", ["name"], None, "Wade-Giles of Чжоу Энь-лай"),
        (5, "Чжоу Энь-лай", "The Premier", ["name"], "minor", "the name rendered through his office"),
        (5, "Сунгари", "Sungari", ["name"], None, "the same river"),
        (8, "Председатель", "The Chairman", ["name", "title"], None, "Председатель = the Chairman"),
    ],
    "notes": "Planted: a Chinese leader's name replaced (Гао Ган -> Peng Dehuai); the Central Committee given "
    "as the Politburo. Dropped (minor at most): Чжоу Энь-лай rendered 'The Premier'. Traps: Wade-Giles "
    "spellings of Palladius names, the Chairman as a title.",
}

DOCS["o3-report-poland-hungary-1947"] = {
    "genre": "report",
    "about": "Invented: a report to Moscow on Soviet troops and advisers in Poland and Hungary.",
    "pairs": [
        ("СЕКРЕТНО", "SECRET"),
        (
            "Заместителю Министра Вооруженных Сил СССР",
            "To the Deputy Minister of the Armed Forces of the USSR",
        ),
        (
            "Докладываю, что вывод 12-й стрелковой дивизии из района Кракова закончен 20 октября.",
            "I report that the withdrawal of the 12th Rifle Brigade from the Cracow area was completed on October 20.",
        ),
        (
            "Командир дивизии генерал-майор Орлов выехал в Москву для доклада.",
            "The division commander, Lieutenant General Orlov, has left for Moscow to report.",
        ),
        (
            "Польская сторона в лице Берута выразила благодарность за помощь.",
            "The Polish side, in the person of Bierut, expressed gratitude for the help.",
        ),
        (
            "Вопрос о передаче казарм обсуждался с заместителем министра Минцем.",
            "The transfer of the barracks was discussed with Deputy Minister Zambrowski.",
        ),
        (
            "В Венгрии Ракоши просил оставить в Дебрецене группу из 40 советников.",
            "In Hungary Rakosi asked that a group of 40 advisers be left in Szeged.",
        ),
        (
            "Группу предлагается возглавить подполковнику Зайцеву.",
            "It is proposed that Lieutenant Colonel Zaitsev head the group.",
        ),
        ("Прошу утвердить это предложение.", "I request that this proposal be approved."),
        ("Генерал-полковник КУРАСОВ", "Colonel General KURASOV"),
    ],
    "required": [
        ("term", 2, "дивизии", "Brigade", "a division is given as a brigade"),
        (
            "title",
            3,
            "генерал-майор",
            "Lieutenant General",
            "генерал-майор (major general) is given as Lieutenant General",
        ),
        ("name", 5, "Минцем", "Zambrowski", "Минц (Minc) is given as Zambrowski"),
        ("name", 6, "Дебрецене", "Szeged", "Debrecen is given as Szeged"),
    ],
    "forbidden": [
        (2, "Кракова", "Cracow", ["name"], None, "Краков = Cracow"),
        (4, "Берута", "Bierut", ["name"], None, "Берут = Bierut"),
        (6, "Ракоши", "Rakosi", ["name"], None, "Ракоши = Rakosi"),
        (
            7,
            "подполковнику Зайцеву",
            "Lieutenant Colonel Zaitsev",
            ["name", "title"],
            None,
            "dative; faithful rank",
        ),
        (9, "Генерал-полковник", "Colonel General", ["title"], None, "faithful rank"),
    ],
    "notes": "Planted: дивизия -> Brigade; генерал-майор -> Lieutenant General; Минц -> Zambrowski (a Polish "
    "name for another); Дебрецен -> Szeged (a place for another). Traps: Cracow, Bierut, Rakosi, "
    "declined surnames, faithful ranks.",
}

DOCS["o4-letter-stalin-mongolia-1948"] = {
    "genre": "letter to Stalin",
    "about": "Invented: a Mongolian leader asks Stalin for help with livestock farms.",
    "pairs": [
        ("Товарищу СТАЛИНУ И. В.", "To Comrade J. V. STALIN"),
        ("Дорогой Иосиф Виссарионович!", "Dear Iosif Vissarionovich!"),
        (
            "Правительство Монгольской Народной Республики просит Вас помочь в создании первого государственного хозяйства в Хэнтэйском аймаке.",
            "The Government of the Mongolian People's Republic asks you to help set up the first state farm in Khentii aimag.",
        ),
        (
            "Мы просим также направить двух агрономов в колхоз под Сайн-Шандом.",
            "We also ask that two agronomists be sent to the state farm near Choibalsan.",
        ),
        (
            "Этим делом будет руководить товарищ Дамба, секретарь ЦК МНРП.",
            "This work will be led by Comrade Sambu, Secretary of the CC MPRP.",
        ),
        (
            "Товарищ Цеденбал сообщит подробности советскому послу.",
            "Comrade Tsedenbal will give the details to the Soviet ambassador.",
        ),
        ("Зимой погибло около 300 тысяч голов скота.", "About 300,000 head of livestock died in the winter."),
        (
            "Мы уверены, что с Вашей помощью аратские хозяйства быстро восстановятся.",
            "We are sure that with your help the herdsmen's farms will recover quickly.",
        ),
        ("С глубоким уважением", "With deep respect"),
        ("Х. ЧОЙБАЛСАН", "Kh. CHOIBALSAN"),
    ],
    "required": [
        ("term", 3, "колхоз", "state farm", "a collective farm is given as a state farm"),
        ("name", 3, "Сайн-Шандом", "Choibalsan", "Sain Shand is given as Choibalsan"),
        ("name", 4, "Дамба", "Sambu", "Дамба (Damba) is given as Sambu"),
    ],
    "forbidden": [
        (0, "СТАЛИНУ И. В.", "J. V. STALIN", ["name"], None, "И. В. = J. V."),
        (
            2,
            "государственного хозяйства",
            "state farm",
            ["term"],
            None,
            "государственное хозяйство = state farm",
        ),
        (2, "Хэнтэйском", "Khentii", ["name"], None, "Хэнтэйский аймак = Khentii aimag"),
        (5, "Цеденбал", "Tsedenbal", ["name"], None, "the same name"),
        (9, "Х. ЧОЙБАЛСАН", "Kh. CHOIBALSAN", ["name"], None, "Х. = Kh."),
    ],
    "notes": "Planted: колхоз -> state farm; Сайн-Шанд -> Choibalsan (a place for a place named after a "
    "person); Дамба -> Sambu. Traps: initials, Khentii aimag, a correct state farm.",
}

DOCS["o5-report-finland-1940"] = {
    "genre": "report",
    "about": "Invented: a report on the naval and army situation on the Karelian Isthmus in 1940.",
    "pairs": [
        ("СЕКРЕТНО", "SECRET"),
        ("Народному Комиссару Обороны СССР", "To the People's Commissar of Defense of the USSR"),
        (
            "Докладываю обстановку на Карельском перешейке на 18 февраля.",
            "I report the situation on the Karelian Isthmus as of February 18.",
        ),
        (
            "Крейсер «Киров» вел огонь по береговым батареям в районе Койвисто.",
            "The destroyer Kirov fired on the coastal batteries in the Koivisto area.",
        ),
        (
            "Командир 50-го стрелкового корпуса комбриг Петров доложил о взятии двух высот.",
            "The commander of the 50th Rifle Corps, Kombrig Sokolov, reported the capture of two heights.",
        ),
        (
            "Третий полк 123-й дивизии вышел к озеру Муолаа.",
            "The third battalion of the 123rd Division reached Lake Muolaa.",
        ),
        (
            "Противник отходит к Выборгу, оставляя мелкие группы прикрытия.",
            "The enemy is falling back on Viipuri, leaving small covering groups.",
        ),
        ("7-я армия готова продолжать наступление.", "The 7th Army is ready to continue the offensive."),
        ("Командарм 2 ранга МЕРЕЦКОВ", "Army Commander 2nd Rank MERETSKOV"),
    ],
    "required": [
        ("term", 3, "Крейсер", "destroyer", "a cruiser is given as a destroyer"),
        ("name", 4, "Петров", "Sokolov", "Петров is given as Sokolov"),
        ("term", 5, "полк", "battalion", "a regiment is given as a battalion"),
    ],
    "forbidden": [
        (3, "Койвисто", "Koivisto", ["name"], None, "the same place"),
        (4, "корпуса", "Corps", ["term"], None, "корпус = corps"),
        (5, "Муолаа", "Muolaa", ["name"], None, "the same lake"),
        (6, "Выборгу", "Viipuri", ["name"], None, "Выборг = Viipuri (Finnish form)"),
        (7, "армия", "Army", ["term"], None, "армия = army"),
        (8, "МЕРЕЦКОВ", "MERETSKOV", ["name"], None, "the same surname"),
    ],
    "notes": "Planted: крейсер -> destroyer; Петров -> Sokolov (user's property case); полк -> battalion. "
    "Traps: Finnish place names, Выборг = Viipuri, faithful corps/army.",
}


def _text(pairs: list[tuple[str, str]], side: int) -> tuple[str, list[int]]:
    """The document text (heading lines alone, sentences two to a line) and each sentence's offset."""
    out, starts = "", []
    for n, pair in enumerate(pairs):
        if out:
            # a heading, an address or a signature (no full stop) keeps its own line
            ends = pairs[n - 1][0].rstrip().endswith((".", "!", "?"))
            out += " " if n % 2 and ends and pair[0].rstrip().endswith((".", "!", "?")) else "\n"
        starts.append(len(out))
        out += pair[side]
    return out + "\n", starts


def _anchor(text: str, starts: list[int], index: int, words: str) -> dict:
    begin = starts[index]
    end = starts[index + 1] if index + 1 < len(starts) else len(text)
    at = text.find(words, begin, end)
    assert at >= 0, (words, text[begin:end])
    return {"text": words, "offset": at}


def write_document(
    out: Path,
    name: str,
    doc: dict,
    texts: tuple[str, str],
    links: list,
    required: list,
    forbidden: list,
    extra: dict | None = None,
    page: bool = False,
) -> None:
    """Write a document's two texts (or its one page, when ``page``) and its gold file (the shared gold format)
    into ``out``; ``extra`` fills the gold's other lists (unlinked, de-hyphenated, expected, acceptable)."""
    ru, en = texts
    files = (f"{name}.page.txt",) * 2 if page else (f"{name}.ru.txt", f"{name}.en.txt")
    gold = {
        "about": doc["about"],
        "genre": doc["genre"],
        "source_file": files[0],
        "target_file": files[1],
        "links": links,
        "unlinked_source": [],
        "unlinked_target": [],
        "dehyphenated_words": [],
        "findings_required": required,
        "findings_expected": [],
        "findings_acceptable": [],
        "findings_forbidden": forbidden,
        "notes": doc["notes"],
    }
    gold.update(extra or {})
    for text, file in zip((ru, en), files, strict=True):
        (out / file).write_text(text, encoding="utf-8")
    (out / f"{name}.gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def gold_findings(doc: dict, anchors: Callable[[int, str, str], dict]) -> tuple[list[dict], list[dict]]:
    """The required and forbidden findings of a document's gold, each anchored by ``anchors(pair,
    Russian words, English words)`` (a dict of its "source" and "target" anchors)."""
    required = [{"kind": kind, **anchors(i, s, t), "why": why} for kind, i, s, t, why in doc["required"]]
    forbidden = []
    for i, s, t, kinds, severity, why in doc["forbidden"]:
        entry = {**anchors(i, s, t), "why": why, "kinds": kinds}
        if severity:
            entry["max_severity"] = severity
        forbidden.append(entry)
    return required, forbidden


def build(name: str, doc: dict) -> None:
    """Write one document's two texts and its gold file."""
    pairs = doc["pairs"]
    ru, ru_starts = _text(pairs, 0)
    en, en_starts = _text(pairs, 1)
    links = []
    for n, (r, e) in enumerate(pairs):
        links.append(
            {
                "source": _anchor(ru, ru_starts, n, " ".join(r.split()[:2])),
                "target": _anchor(en, en_starts, n, " ".join(e.split()[:2])),
            }
        )
    required, forbidden = gold_findings(
        doc,
        lambda i, s, t: {"source": _anchor(ru, ru_starts, i, s), "target": _anchor(en, en_starts, i, t)},
    )
    write_document(OUT, name, doc, (ru, en), links, required, forbidden)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
