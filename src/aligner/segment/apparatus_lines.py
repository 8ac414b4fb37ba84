"""Line rules for the apparatus of an archival page: archive references, telegram notes, clerk's notes.

Each rule looks at one stripped line and answers :class:`~aligner.model.SegmentKind`
or ``None``, like the rules of :mod:`aligner.segment.lines` (which lists them in
its :data:`~aligner.segment.lines.LINE_RULES`). The words they look for are the
categories of ``apparatus.toml``; the rule's name is the category, so two lines
of one category on the two sides can be linked (:mod:`aligner.apparatus`).
"""

from __future__ import annotations

import functools

import regex

from ..features.dates import parse_date
from ..model import SegmentKind
from ..morph import WORD_RE, ru_lemmas
from ..resources import data_toml

__all__ = [
    "line_words",
    "word_forms",
    "signed_end_re",
    "archive_reference",
    "transmission_note",
    "labelled_note",
    "copies_note",
    "copy_distribution",
    "addressee_list",
    "phone_line",
    "edition_footnote",
    "signed_footnote",
    "document_heading",
    "file_number",
    "file_reference",
    "number_line",
    "is_label_line",
    "date_time_mark",
    "is_roman_date",
    "COLUMN_GAP",
]


@functools.cache
def _data() -> dict[str, object]:
    return data_toml("apparatus.toml")


def _list(key: str) -> tuple[str, ...]:
    return tuple(str(w) for w in _data()[key])  # type: ignore[attr-defined]


@functools.cache
def _unit_re() -> regex.Pattern[str]:
    units = sorted(_list("archive_units"), key=len, reverse=True)
    alts = "|".join(regex.escape(u).replace(r"\ ", r"\s*") for u in units)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alts})\.\s*\d", regex.IGNORECASE)


_DIGIT = regex.compile(r"\d")
_LOWER_WORD = regex.compile(r"(?<![\p{L}.])\p{Ll}{4,}")
#: The decimal file number of a published collection: "711.61/9", "740.0011 European War 1939/245".
# (the words after the number open with a capital or a figure: "100.1 percent." ends a sentence)
_FILE_NUMBER = regex.compile(
    r"^\d{3}\.\d{1,6}(?:/\d+(?:-\d+)*)?:?(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.-]*){0,6}?(?:\s+\d+/\d+)?$"
)
#: A number standing alone after a number sign: "№ 12", "No. 58/1dv".
_NUMBER_LINE = regex.compile(r"^(?:№|No\.?|N°)\s*(?:\p{Lu}{1,3}-?)?\d[\p{L}\p{N}/.-]*$")
#: A typist's mark: a date with the time of typing or the typist's initials ("5.III.47 10.20").
_DATE_TIME = regex.compile(
    r"^(?:0?[1-9]|[12]\d|3[01])\.(?:[IVX]{1,4}|0?[1-9]|1[0-2])\.(?:\d{4}|\d{2})\s*+(?:г\.?\s*+)?"
    r"(?:(?:[01]?\d|2[0-3])[.:][0-5]\d|[-–—]\s*+\p{Ll}{1,4}\.?)$"
)
#: A date with the month in Roman figures, as a telegram's date line writes it ("5.III.47 г.").
_ROMAN_DATE = regex.compile(r"^(?:0?[1-9]|[12]\d|3[01])\.[IVX]{1,4}\.(?:\d{4}|\d{2})\s*+(?:г\.?)?$")
#: Two fields typed on one line far apart ("Из ОДЕССЫ        Отправлено …"): a run of spaces or a tab.
COLUMN_GAP = regex.compile(r"[ ]{4,}|\t+")
#: A time ("22:40", "22.40", "22 ч.") or a date in figures ("4.VI.49", "4/VI-49", "04.06.1949").
_TIME_OR_DATE = regex.compile(
    r"(?<!\d)(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?!\d)|\s*ч\.)|(?<!\d)\d{1,2}[./](?:[IVX]{1,4}|\d{1,2})[./-]\d{2,4}"
)
_LABEL = regex.compile(r"^(?P<label>\p{L}+(?:\s+\p{L}+)?)\.?\s*:")


@functools.lru_cache(maxsize=16)
def line_words(line: str) -> tuple[str, ...]:
    """The words of a line, kept for the next rules that ask (a huge line is read once)."""
    return tuple(m.group() for m in WORD_RE.finditer(line))


#: Patterns asked of many lines, compiled once.
_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")
_COMRADE = regex.compile(r"(\p{L}+)\.\s*\p{Lu}")


def word_forms(word: str) -> tuple[str, ...]:
    low = word.lower()
    if _CYRILLIC.search(word):
        return (low, *ru_lemmas(word))
    return (low,)


def archive_reference(line: str) -> SegmentKind | None:
    """An archive reference: two or more storage units with numbers ("ф. 3, оп. 1, д. 7, л. 2")
    and hardly a common word besides (the archive's acronym may stand before them)."""
    if len(_unit_re().findall(line)) < 2:
        return None
    return SegmentKind.FURNITURE if len(_LOWER_WORD.findall(line)) <= 1 else None


def transmission_note(line: str) -> SegmentKind | None:
    """A telegram's transmission note: "sent", "received", "deciphered" opening a short line
    that holds a date or a time ("Отправлено 3.V.47 г. 10 ч. 05 м."), also after the place
    it came from in capitals ("Из ЧИТЫ Отправлено 17.XI.50 г.")."""
    words = line_words(line)
    if len(words) > 2 and words[0].lower() in ("из", "from") and words[1].isupper():
        words = words[2:]
    if not words or not _DIGIT.search(line) or len(words) > 10:
        return None
    if not _TIME_OR_DATE.search(line) and len(parse_date(line)) != len("1950-01-01"):
        return None
    known = set(_list("transmission_words"))
    return SegmentKind.FURNITURE if any(f in known for f in word_forms(words[0])) else None


def is_label_line(line: str) -> bool:
    """Whether the line opens with a clerk's label and a colon ("Разослано: …", "Верно: …")."""
    m = _LABEL.match(line)
    return m is not None and m["label"].lower() in set(_list("note_labels"))


def labelled_note(line: str) -> SegmentKind | None:
    """A clerk's note opening with a label and a colon: certification, distribution, copies sent;
    or a file note on where the signed original is kept ("Подлинник за подписью … находится в деле")."""
    if is_label_line(line):
        return SegmentKind.FURNITURE
    low = " ".join(line.lower().split())
    return SegmentKind.FURNITURE if low.startswith(_list("file_note_openers")) and len(low) < 160 else None


def copies_note(line: str) -> SegmentKind | None:
    """A typist's count of copies: a number and the word for copies, nothing more ("в 3-х экз.")."""
    words = line_words(line)
    if not _DIGIT.search(line) or not 1 <= len(words) <= 3:
        return None
    known = set(_list("copies_words"))
    return SegmentKind.FURNITURE if any(f in known for w in words for f in word_forms(w)) else None


@functools.cache
def _copy_item() -> regex.Pattern[str]:
    """One item of a typist's copy list: its number, perhaps after the word for a copy ("Экз. 2 –"), a
    dash and where the copy went (a numbered department too: "3 - 2-й Западный отдел")."""
    words = "|".join(regex.escape(w) for w in sorted(_list("copies_words"), key=len, reverse=True))
    return regex.compile(
        rf"(?:^|[,;]\s*)(?:(?:{words})\.?\s*(?:№\s*)?)?(?P<n>\d{{1,2}})\s*[-\u2013\u2014]\s*"
        # where the copy went, perhaps a numbered department ("3 - 2-й Западный отдел")
        rf"(?P<body>(?:\d{{1,2}}-\p{{L}}{{1,3}}\s+)?\p{{L}}[^,;]*)",
        regex.IGNORECASE,
    )


def translator_note(line: str) -> SegmentKind | None:
    """A translator's or an editor's note on a line of its own ("Translated from the Russian by
    the staff of the archive.", "Translator's note: …"), or a sentence of the text that is such a note
    in brackets ("[Translator's note: …]"): editorial, not text to compare."""
    low = " ".join(line.lower().split()).lstrip("[(")
    return SegmentKind.EDITORIAL if low.startswith(_list("translator_openers")) else None


def copy_list(line: str) -> SegmentKind | None:
    """A typist's list of where each copy went, numbered from 1 ("1 - адресату, 2 - в дело,
    3 - т. Петрову", "Экз. 1 – адресату, экз. 2 – в дело"): two items or more, each of a few words, and
    nothing else."""
    items = list(_copy_item().finditer(line))
    joined = "".join(m.group() for m in items)
    if len(items) < 2 or joined.strip().rstrip(".; ") != line.strip().rstrip(".; "):
        return None
    if [int(m["n"]) for m in items] != list(range(1, len(items) + 1)):
        return None
    return SegmentKind.FURNITURE if all(len(line_words(m["body"])) <= 4 for m in items) else None


_COPY_NUMBERS = regex.compile(r"^\d{1,2}(?:\s*[-,]\s*\d{1,2})*\s*[-–—]\s*(?P<rest>\D+)$")


def copy_distribution(line: str) -> SegmentKind | None:
    """A line of a typist's copy list: copy numbers, a dash and where they went.

    ("1-3 - адресатам", "4 - в дело").
    """
    m = _COPY_NUMBERS.match(line)
    if m is None:
        return None
    words = line_words(m["rest"])
    if not 1 <= len(words) <= 3:
        return None
    known = set(_list("copy_destinations"))
    if any(f in known for w in words for f in word_forms(w)):
        return SegmentKind.FURNITURE
    comrade = _COMRADE.match(m["rest"])  # 1 - т. Петрову
    if comrade and comrade.group(1).lower() in set(_list("comrade_marks")):
        return SegmentKind.FURNITURE
    acronyms = all(w.isupper() and len(w) >= 2 for w in words)  # 2 - ДВО МИД (a department)
    return SegmentKind.FURNITURE if acronyms else None


#: Surnames after the comrade mark, each a capitalised word with optional initials, then a dash and a word.
_ADDRESSEES = regex.compile(
    r"^(?P<mark>\p{L}{1,3})\.\s*(?P<names>(?:\p{Lu}\.\s*){0,2}\p{Lu}[\p{Ll}-]+"
    r"(?:\s*,\s*(?:\p{Lu}\.\s*){0,2}\p{Lu}[\p{Ll}-]+)+)\s*[-–—]\s*(?P<end>\p{L}+)\.?$"
)


def addressee_list(line: str) -> SegmentKind | None:
    """A Politburo excerpt's line of addressees: the comrade mark, two surnames or more and a dash with
    the word that all of it went to each ("тт. Петрову, Орлову, Зимину - все.")."""
    m = _ADDRESSEES.match(line.strip())
    if m is None or m["mark"].lower() not in set(_list("comrade_marks")):
        return None
    return SegmentKind.FURNITURE if m["end"].lower() in set(_list("addressee_list_endings")) else None


@functools.cache
def _phone_re() -> regex.Pattern[str]:
    marks = "|".join(regex.escape(w) for w in _list("phone_marks"))
    return regex.compile(rf"^(?:{marks})\.?\s*\d{{1,3}}(?:[-–]\d{{2}}){{1,3}}$", regex.IGNORECASE)


def phone_line(line: str) -> SegmentKind | None:
    """An executor's telephone number on a line of its own ("т. 2-17-45", "тел. 96-12")."""
    return SegmentKind.FURNITURE if _phone_re().match(line) else None


@functools.cache
def _footnote_re() -> regex.Pattern[str]:
    openers = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in _list("footnote_openers"))
    return regex.compile(rf"^\d{{1,3}}\s+(?:{openers})(?!\p{{L}})")


def edition_footnote(line: str) -> SegmentKind | None:
    """An editor's footnote of a published collection: a note number and a standard opener
    ("3 Not printed.", "4 Reference is to the note of June 2.")."""
    return SegmentKind.EDITORIAL if _footnote_re().match(line) else None


@functools.cache
def signed_end_re() -> regex.Pattern[str]:
    """The end of a note signed by its editor or translator: "… in the original. – Trans"."""
    signs = "|".join(regex.escape(w.rstrip(".")).replace(r"\ ", r"\s+") for w in _list("footnote_signatures"))
    return regex.compile(rf"[–—-]\s*(?:{signs})\.?\s*$")


@functools.cache
def _signed_footnote_re() -> regex.Pattern[str]:
    signs = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in _list("footnote_signatures"))
    return regex.compile(rf"^\d{{1,3}}\s+\p{{Lu}}.*[–—-]\s*\(?(?:{signs})\)?\.?$")


def signed_footnote(line: str) -> SegmentKind | None:
    """A footnote on a line of its own: a note number and an editor's or translator's signature
    ("2 The copy in the file is undated. – Ed."), or a superscript mark opening the line
    ("¹ Так в подлиннике.")."""
    if line.startswith(_list("footnote_marks")) and len(line) > 2 and _HAS_LETTER_RE.search(line):
        return SegmentKind.EDITORIAL
    return SegmentKind.EDITORIAL if _signed_footnote_re().match(line) else None


_HAS_LETTER_RE = regex.compile(r"\p{L}")


#: A published collection's heading of a document: who wrote to whom, the writer's name in brackets
#: ("The Soviet Ambassador in China (Roshchin) to the Ministry of Foreign Affairs"), no full stop.
_DOCUMENT_HEADING = regex.compile(
    r"^The\s+[\p{L}\s.,'’-]{3,120}?\(\p{Lu}[\p{L}'’.\s-]{1,40}\)\s+to\s+(?:the\s+)?\p{Lu}[^.]{2,160}$"
)


def document_heading(line: str) -> SegmentKind | None:
    """An editor's heading of a published document ("The Chargé in China (Shibaev) to Molotov"),
    or a digital archive's title: a kind of document, then who wrote to whom, no full stop
    ("Ciphered Telegram, Roshchin to Filippov [Stalin]", "Letter from Kim Il Sung to Stalin")."""
    if _DOCUMENT_HEADING.match(line) or _numbered_heading_re().match(line):
        return SegmentKind.EDITORIAL
    return SegmentKind.EDITORIAL if _archive_title_re().match(line) else None


#: The most words of a collection's numbered heading (its title: a kind of document and its subject).
_NUMBERED_HEADING_WORDS = 16


@functools.cache
def _numbered_heading_re() -> regex.Pattern[str]:
    """A published collection's numbered heading: a number sign and the document's number, then a
    title that names a kind of document with a capital, no full stop at its end ("No. 147. Politburo
    Decision on Railway Specialists for Korea", "Document 12: Letter from Kim Il Sung to Stalin"); a
    sentence after a number ("No. 12. We received the telegram …") names it in lower case."""
    signs = "|".join(
        regex.escape(w).replace(r"\ ", r"\s*")
        for w in sorted(_list("collection_number_signs"), key=len, reverse=True)
    )
    kinds = "|".join(
        regex.escape(w.capitalize()) for w in sorted(_list("document_kinds"), key=len, reverse=True)
    )
    words = _NUMBERED_HEADING_WORDS
    return regex.compile(
        rf"^(?:{signs})\s*\d{{1,4}}[.:]\s+(?=\p{{Lu}})"
        rf"(?=(?:\S+\s+){{0,{words - 1}}}\S+$)"  # a title of a few words
        rf"(?=.*\b(?:{kinds})\b)"  # that names a kind of document
        r".*[^.!?;:,]$"
    )


@functools.cache
def _archive_title_re() -> regex.Pattern[str]:
    kinds = "|".join(regex.escape(w) for w in sorted(_list("document_kinds"), key=len, reverse=True))
    name = r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|in\s+|the\s+)?\p{Lu}[\p{L}'’.-]*){0,5}(?:\s*\[[^\]]{1,40}\])?"
    return regex.compile(
        rf"^(?i:{kinds})(?:\s+(?i:{kinds}))*(?:\s+No\.\s*[\w/-]+)?(?:,\s*|\s+from\s+)"
        rf"{name}\s+to\s+(?:the\s+)?{name}(?:,\s*[^.]{{0,80}})?$"
    )


def file_number(line: str) -> SegmentKind | None:
    """The decimal file number a published collection gives a document ("711.61/9")."""
    return SegmentKind.FURNITURE if _FILE_NUMBER.match(line) else None


def file_reference(line: str) -> SegmentKind | None:
    """A file reference of a collection: a file word and a code with a figure ("Embassy Files: Lot 12")."""
    words = line_words(line)
    if not _DIGIT.search(line) or not words or len(words) > 6 or line.endswith("."):
        return None
    known = set(_list("file_words"))
    return SegmentKind.FURNITURE if any(w.lower() in known for w in words) and ":" in line else None


def number_line(line: str) -> SegmentKind | None:
    """A registration or cipher number standing alone after a number sign ("№ 12", "No. 58/1dv")."""
    return SegmentKind.FURNITURE if _NUMBER_LINE.match(line) else None


def date_time_mark(line: str) -> SegmentKind | None:
    """A typist's mark: a date with the time of typing or the typist's initials ("5.III.47 10.20");
    or a telegram's dateline as a published collection prints it: the place, the date, a dash and
    the hour of sending ("Moscow, April 18, 1950—7 p.m.")."""
    if _DATE_TIME.match(line):
        return SegmentKind.FURNITURE
    m = _DATELINE.match(line)
    if m is None or len(parse_date(m["date"])) != len("1950-01-01"):
        return None
    return SegmentKind.FURNITURE


#: Place, date, dash, hour: "Moscow, April 18, 1950—7 p.m.", "Peking, 5 May 1950 – 11 a.m.".
_DATELINE = regex.compile(
    r"^\p{Lu}[\p{L}'’ .-]{1,30},\s+(?P<date>[^—–]{6,30}?)\s*[—–-]+\s*"
    r"(?:[01]?\d(?::[0-5]\d)?\s*[ap]\.\s?m\.|midnight|noon|[012]?\d[:.][0-5]\d)\.?$"
)


def is_roman_date(line: str) -> bool:
    """Whether the line is a date with a Roman month and nothing else ("5.III.47 г.")."""
    return _ROMAN_DATE.match(line) is not None
