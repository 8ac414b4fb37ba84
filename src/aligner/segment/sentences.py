"""Sentence boundaries in one normalised paragraph, Russian or English.

A candidate boundary is a run of end punctuation (``.``, ``!``, ``?``, ``…``)
with any closing quotes or brackets, followed by white space; or a period typed
or read without its space between a word and a capitalised one ("следующее.Если",
rule ``sentence.glued``). The rules of
:data:`BOUNDARY_RULES` are asked in order; the first that answers decides
whether the candidate ends a sentence, and its name is kept for ``--explain``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex

from ..features.name_candidates import en_is_common
from ..morph import ru_is_known
from ..resources import data_lines
from .abbreviations import (
    abbreviations,
    address_abbreviations,
    figure_abbreviations,
    firm_abbreviations,
    governing_abbreviations,
    unit_abbreviations,
)
from .boundary import CLOSERS, NEXT, TOKEN_WINDOW, Context, after_figure, char_before, word_before
from .sentence_words import after_surname, long_initials, opens_sentence

__all__ = ["Context", "BOUNDARY_RULES", "split_sentences", "abbreviations"]


# Possessive quantifiers and a look-behind that starts a candidate only at the
# beginning of a punctuation run keep the search linear on "!!!!…" and "....".
_CANDIDATE = regex.compile(
    r"(?<![.!?…])[.!?…]++[\"»”’)\]]*+"
    r"(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|(?<=\p{L}{2}[.!?…][\"»”’)\]]*+)\d{1,2}(?=[ \t]+\p{Lu}))?(?=\s)"
    # a period with no space after a word of four letters or more, before a capitalised word: "следующее.Если"
    r"|(?<=(?<![\p{L}\d.\-])\p{L}\p{Ll}{3,})(?P<glued>\.)(?=\p{Lu}\p{Ll}{2,}(?![\p{L}\d.\-]))"
)
#: A footnote mark glued after a sentence's end ("… Buenos Aires.* [*Translator's note: …]", "… помощи.¹",
#: "… into Soviet territory.1 Two fighters …": figures after a word's period, a capital after them).
_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹⁰0123456789"

Rule = Callable[[Context], "bool | None"]


def _not_final_punctuation(ctx: Context) -> bool | None:
    """ "!" and "?" (or an ellipsis) before a lower-case word do not end the sentence ("Что? сказал он")."""
    if ctx.punctuation[-1:] != "." and ctx.next_char.islower():
        return False
    return None


def _initial(ctx: Context) -> bool | None:
    """A single capital letter and a period is an initial ("И. В. Сталин", "I.V. Stalin").

    Not after a degree sign: "до 50 °С. Коврики …" ends with a temperature scale. Nor a
    regnal number, a Roman I, V or X after a name: a Latin one in Russian text ("Павел I.
    Число …"), and in English one a common word follows ("Paul I. Number …", not "John F.
    Kennedy").
    """
    if ctx.punctuation != ".":
        return None
    token = ctx.token_before[:-1]
    last = token.rsplit(".", 1)[-1]
    if len(last) == 1 and last.isupper() and last.isalpha():
        if _DAY_ROMAN_MONTH.fullmatch(token) and ctx.next_char.isupper():
            return None  # "вошли 24.X. Связь …": a day and a Roman month, not an initial
        at = ctx.start - len(token)
        before = ctx.text[max(0, at - TOKEN_WINDOW) : at].rstrip()  # a window: not the whole text before
        if before.endswith("°"):
            return None
        regnal = token == last and last in _ROMAN and before[-1:].isalpha()
        if regnal and _INITIAL_NEXT.match(ctx.text, ctx.end):
            regnal = False  # "were I. I. Ilyichev": another initial follows, no regnal number
        if regnal and (ctx.language == "ru" or (ctx.next_word and en_is_common(ctx.next_word))):
            return None
        if ctx.language == "ru" and after_surname(f"{before} {token}.", ctx.next_word):
            return None  # "… Цеденбала Ю. На беседе …": initials after a surname end the sentence
        return False
    if last in long_initials(ctx.language) and ctx.next_word[:1].isupper():
        # "A. Ya. VYSHINSKY", "Yu. Tsedenbal", "Дж. Бирнс": an initial of two letters
        common = en_is_common(ctx.next_word) if ctx.language == "en" else opens_sentence(ctx.next_word)
        return None if common else False
    return None


#: A day and a one-letter Roman month ("24.X", "5.V"), Latin or Cyrillic Х.
_DAY_ROMAN_MONTH = regex.compile(r"[0-3]?\d\.[IVXХ]")

#: After a candidate: white space, then a single capital and a period, an initial ("I. Ilyichev").
_INITIAL_NEXT = regex.compile(r"\s+\p{Lu}\.")

#: Roman numerals of one letter, as regnal numbers write them (Павел I, Paul I).
_ROMAN = frozenset("IVX")


#: A dotted acronym ending at the candidate: "S.S.R.", "U.S.S.R." (a last letter that is no initial).
_DOTTED_ACRONYM = regex.compile(r"(?:\p{Lu}\.){2,}")


@functools.cache
def _function_words_en() -> frozenset[str]:
    """The English function words (``stopwords_en.txt``), lower case."""
    return frozenset(w.lower() for w in data_lines("stopwords_en.txt"))


def _acronym_end(ctx: Context) -> bool | None:
    """A dotted acronym before a capitalised function word ends the sentence ("… the Latvian S.S.R.
    To approve …"): its last letter is no initial, and "To", "The", "In" open no name."""
    if ctx.language != "en" or ctx.punctuation != "." or not _DOTTED_ACRONYM.fullmatch(ctx.token_before):
        return None
    word = ctx.next_word
    return True if word[:1].isupper() and word.lower() in _function_words_en() else None


def _abbreviation_pair(ctx: Context) -> bool | None:
    """Where one abbreviation follows another: a sentence-ending one ("1950 г.") before one that
    opens the next sentence ("г. Москва") ends the sentence; one opening a sentence does not."""
    if ctx.punctuation != ".":
        return None
    token = ctx.token_before.lower()
    known = abbreviations(ctx.language)
    if token not in known or _spaced_abbreviation(ctx, token) in known:
        return None
    at = ctx.start + 1 - len(token)
    before = char_before(ctx.text, at)
    opens = not before or (before in _OPENS and _blank(ctx.text, ctx.begin, at))
    if opens and (not before or token not in unit_abbreviations(ctx.language)):
        return False
    m = _NEXT_ABBREVIATION.match(ctx.text, ctx.end)
    if known[token] and m is not None:
        following = m["abbr"].lower()
        # a unit never opens a sentence, nor a form of address in lower case ("30 мин. тов. Иванову"),
        # nor a lower-case abbreviation after a scale ("5 тыс. т." is tonnes, no comrade)
        lower = m["abbr"][0].islower()
        units = unit_abbreviations(ctx.language)
        address = following in address_abbreviations(ctx.language) and lower
        scaled = token in units and lower
        if following in known and following not in units and not (address or scaled):
            return True
    return None


def _firm_name(ctx: Context) -> bool | None:
    """A firm's abbreviation before another ("Co. Ltd.", "Bros. Inc.") is inside the firm's name; at the
    name's end it ends a sentence only before a common word ("… Harlow Co. The rest …"), not before a
    place of the address ("… Co. Ltd.» Лидс, Англия")."""
    if ctx.punctuation != ".":
        return None
    firms = firm_abbreviations(ctx.language)
    if ctx.token_before.lower() not in firms:
        return None
    m = _NEXT_WORD_PERIOD.match(ctx.text, ctx.end)
    if m is not None and m["abbr"].lower() in firms:
        return False
    word = ctx.next_word
    if not word[:1].isupper():
        return None
    return opens_sentence(word) if ctx.language == "ru" else en_is_common(word)


#: The next token when it is a short word with a period ("Ltd." after "Co.").
_NEXT_WORD_PERIOD = regex.compile(r"[ \t]+(?P<abbr>\p{L}{1,8}\.)")

#: The next token when it is a word with a period before a capitalised word ("г. Москва").
_NEXT_ABBREVIATION = regex.compile(r"\s+(?P<abbr>\p{L}{1,8}\.)\s+\p{Lu}")


def _abbreviation(ctx: Context) -> bool | None:
    """A known abbreviation ("тов.", "т.к.", "Cde.", "No.") does not end a sentence.

    Abbreviations marked ``final`` in the data ("г.", "т.д.", "etc.") end one when a capital follows.
    """
    if ctx.punctuation != ".":
        return None
    token = ctx.token_before.lower()
    known = abbreviations(ctx.language)
    for cand in (_spaced_abbreviation(ctx, token), token, token.rsplit("-", 1)[-1]):
        if cand in known:
            figure = cand in figure_abbreviations(ctx.language)
            unit = figure and after_figure(ctx, cand)  # "500 т.", "5 тыс. т.": tons, no Comrade
            if cand in address_abbreviations(ctx.language) and not unit:
                return False  # "т. Штыков": a name follows a form of address, whatever its word
            if cand in governing_abbreviations(ctx.language):
                return False
            final = (known[cand] or unit) and (not figure or unit)
            if final and ctx.next_char.isupper():
                return True
            if cand in figure_abbreviations(ctx.language) and ctx.token_before[:1].islower():
                return False  # after a word, "г." is город, the capital word its name («В г. Улан-Удэ»)
            # "полк. Смирнов" (colonel Smirnov), but "…в тот полк. Число потерь…" (a regiment):
            # a capitalised common word after the period opens a new sentence.
            return ctx.language == "ru" and opens_sentence(ctx.next_word)
    return None


#: The first letter of an abbreviation typed with a space inside ("т. д.", "т. е."), before the last.
_SPACED_PART = regex.compile(r"(?<![\p{L}\p{N}.])\p{L}\.[ \t]$")


def _spaced_abbreviation(ctx: Context, token: str) -> str:
    """The abbreviation "т.д." when the token "д." ends one typed with a space ("и т. д."); else ""."""
    if len(token) != 2:
        return ""
    at = ctx.start + 1 - len(token)
    m = _SPACED_PART.search(ctx.text, max(0, at - 4), at)
    return m.group()[:2].lower() + token if m else ""


def _bracketed_abbreviation(ctx: Context) -> bool | None:
    """A short word in lower case right after an opening bracket or a slash, with a period and a
    figure after it, is an abbreviation inside a mark ("/л. 3/", "[л. 3]", "(стр. 12)"): a sheet or
    page mark set inside a sentence, no end of it."""
    if ctx.punctuation != "." or not ctx.next_char.isdigit():
        return None
    return False if _BRACKETED_WORD.search(ctx.text, max(0, ctx.start - 6), ctx.start) else None


#: A short lower-case word right after an opening bracket or a slash, before a period ("/л").
_BRACKETED_WORD = regex.compile(r"[/(\[]\p{Ll}{1,4}$")


def _lower_case_next(ctx: Context) -> bool | None:
    """A period followed by a lower-case word is no sentence end (an unknown abbreviation)."""
    if ctx.next_char.islower():
        return False
    return None


@functools.cache
def _month_abbreviations(language: str) -> frozenset[str]:
    """The abbreviated month names of ``months_<lang>.txt`` ("Nov", «нояб»: the starts of a
    month's name), lower case."""
    out: set[str] = set()
    for line in data_lines(f"months_{language}.txt"):
        name, *forms = line.lower().split()[1:]
        out.update(w for w in forms if len(w) < len(name) and name.startswith(w))
    return frozenset(out)


def _month_day(ctx: Context) -> bool | None:
    """An abbreviated month before a number ("Nov. 5, 2021") does not end a sentence."""
    month = ctx.token_before[:-1].lower()
    if ctx.punctuation == "." and ctx.next_char.isdigit() and month in _month_abbreviations(ctx.language):
        return False
    return None


def _number_period(ctx: Context) -> bool | None:
    """A number with a period before a lower-case word or another number is an ordinal or a list mark."""
    token = ctx.token_before[:-1]
    if ctx.punctuation == "." and token.isdigit() and ctx.next_char.isdigit():
        return False
    return None


def _list_number(ctx: Context) -> bool | None:
    """The number of a list item opening a sentence ("1. Одобрить …", "12. Agree …") does not end it;
    after a colon, only a first item whose list goes on does ("Число: 2. Далее …" ends at "2.")."""
    token = ctx.token_before[:-1]
    if ctx.punctuation != "." or not token.isdigit() or len(token) > 3:
        return None
    before = char_before(ctx.text, ctx.start - len(token))
    if before in _OPENS and not _abbreviation_figure(ctx, token):
        return False
    # after a colon only the first item of a list that goes on ("Решили: 1. … 2. …")
    if before in ":;" and token == "1" and _list_goes_on(ctx.text, ctx.end):
        return False
    return None


def _abbreviation_figure(ctx: Context, token: str) -> bool:
    """Whether the number ``token`` before the candidate is the figure of an abbreviation inside a
    sentence that is no sentence's end ("… – п. 2.", "… ст. 5."): a point or an article cited, no list
    item opening; an abbreviation opening its sentence is an item's label ("п. 1. Открыть …")."""
    at = ctx.start - len(token)
    dot = ctx.text.rfind(".", max(0, at - 4), at)
    if dot < 0 or ctx.text[dot + 1 : at].strip():
        return False
    known = abbreviations(ctx.language)
    word = word_before(ctx.text, dot)
    if _blank(ctx.text, ctx.begin, dot - len(word)):
        return False  # "п. 1. Открыть …": an item's label opening its sentence
    abbreviation = (word + ".").lower()
    return abbreviation in known and not known[abbreviation]


#: The second item of a numbered list: "2. Поручить", "2) To report".
_SECOND_ITEM = regex.compile(r"(?<![\d.,])2[.)][ \t]++\p{Lu}")

#: What may stand before a token that opens a sentence: nothing, or a sentence's end.
_OPENS = frozenset(("", ".", "!", "?", "…"))

_NOT_SPACE = regex.compile(r"\S")


def _blank(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is blank, found without copying a long sentence at each candidate."""
    return _NOT_SPACE.search(text, start, max(start, end)) is None


def _list_goes_on(text: str, at: int) -> bool:
    """Whether a second list item ("2. Поручить") starts at or after ``at``."""
    return _last_second_item(text) >= at


@functools.lru_cache(maxsize=4)
def _last_second_item(text: str) -> int:
    """Where the last second list item of ``text`` starts (-1 if none): one pass for a whole
    paragraph, not a search to its end from every list number (quadratic on "1: 1. " repeated)."""
    last = -1
    for m in _SECOND_ITEM.finditer(text):
        last = m.start()
    return last


def _default(ctx: Context) -> bool | None:
    """Anything else ends the sentence."""
    return True


#: The boundary rules in the order they are asked.
BOUNDARY_RULES: tuple[tuple[str, Rule], ...] = (
    ("sentence.question_or_exclamation_inside", _not_final_punctuation),
    ("sentence.acronym_end", _acronym_end),
    ("sentence.initial", _initial),
    ("sentence.bracketed_abbreviation", _bracketed_abbreviation),
    ("sentence.firm_name", _firm_name),
    ("sentence.abbreviation_pair", _abbreviation_pair),
    ("sentence.abbreviation", _abbreviation),
    ("sentence.month_day", _month_day),
    ("sentence.lower_case_next", _lower_case_next),
    ("sentence.numbered", _number_period),
    ("sentence.list_number", _list_number),
    ("sentence.end_punctuation", _default),
)


def _glued_end(text: str, at: int, language: str) -> bool:
    """Whether the period at ``at``, glued between a word and a capitalised one, ends a sentence: the
    word before is a word of the language, not an abbreviation ("пред.Совмина"); shorter words are
    left alone, being mostly clipped ones ("гор.Москва", "Сев.Корея")."""
    word = word_before(text, at)
    if f"{word.lower()}." in abbreviations(language):
        return False
    return ru_is_known(word) if language == "ru" else en_is_common(word)


def split_sentences(text: str, language: str) -> list[tuple[int, int, str]]:
    """Split normalised text into sentences: ``(start, end, rule)`` with offsets into ``text``.

    ``rule`` names the rule that ended the sentence (``paragraph.end`` for the last one).
    """
    lang = language if language in ("ru", "en") else "en"
    out: list[tuple[int, int, str]] = []
    begin = 0
    for m in _CANDIDATE.finditer(text):
        start, end = m.span()
        if m.group("glued") is not None:  # "следующее.Если": a boundary typed or read without its space
            if _glued_end(text, start, lang):
                out.append((begin, end, "sentence.glued"))
                begin = end
            continue
        punctuation = m.group().rstrip(_MARKS).rstrip(CLOSERS)
        ctx = Context(text, start, end, lang, punctuation, word_before(text, start) + punctuation, begin)
        if m.group()[-1:].isdigit() and ctx.token_before.lower() in abbreviations(lang):
            continue  # "ст.5 Закона", "No.1 The": an abbreviation's figure, no glued footnote mark
        for name, rule in BOUNDARY_RULES:
            verdict = rule(ctx)
            if verdict is None:
                continue
            if verdict:
                out.append((begin, end, name))
                nxt = NEXT.match(text, end)
                begin = nxt.start(1) if nxt else len(text)
            break
    if begin < len(text) and text[begin:].strip():
        out.append((begin, len(text.rstrip()), "paragraph.end"))
    return [piece for start, end, rule in out for piece in _before_list(text, start, end, rule)]


#: A colon before the number of a list item: "Решили: 1. Одобрить …", "as follows: 1) the …".
_COLON_LIST = regex.compile(r":[ \t]++(?=1[.)][ \t]++\p{Lu})")


def _before_list(text: str, start: int, end: int, rule: str) -> list[tuple[int, int, str]]:
    """A sentence cut after a colon that introduces numbered items: the heading and each item
    are sentences of their own."""
    out = []
    for m in _COLON_LIST.finditer(text, start, end):
        if not _list_goes_on(text, m.end()):
            continue
        out.append((start, m.start() + 1, "sentence.colon_before_list"))
        start = m.end()
    out.append((start, end, rule))
    return out
