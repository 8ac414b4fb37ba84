"""Splitting a segment: hidden sentence breaks (a stop lost, a heading run on) and clauses."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from ...analysis import Analysis, WordKeys
from ...errors import AlignerError
from ...lexicon import Lexicon
from ...model import SOURCE, Segment, Span
from ...morph import ru_parses
from ...resources import data_lines, data_text
from ...tokens import Token, tokens
from .. import CheckContext
from .keys import SENTENCE_WORDS
from .phrases import by_first_word
from .qualification import qualifier_openers, qualifier_starts, qualifier_wholes

#: What may lie between a run-on sentence's last word and the next one's first: numbers
#: (bracketed or not: "… Sena (74182) Душевая …"),
#: closing quotes or brackets right after the word, then spaces ("… штамм "омикрон" Врач …",
#: "… после COVID-19 Врачи …").
_GAP = regex.compile(r"(?:[\s(-]*\d[\d.,:/%-]*\)?)*[\"'»”’)\]]*\s+")


#: The same after a one-letter word, which may keep its stop: an initial-like letter the
#: segmenter would not split after ("… витамин С. Кроме того, …").
_LETTER_GAP = regex.compile(r"\.?(?:[\s(-]*\d[\d.,:/%-]*\)?)*[\"'»”’)\]]*\s+")


@functools.cache
def function_words(language: str) -> frozenset[str]:
    """The function words of ``language`` (none if the data has no list)."""
    try:
        return frozenset(w.lower() for w in data_lines(f"stopwords_{language}.txt"))
    except AlignerError:
        return frozenset()


#: The sections of ``stopwords_en.txt`` whose words end no English sentence, with the articles.
_NO_END_SECTIONS = ("prepositions", "conjunctions")
#: Russian parts of speech no sentence ends with: a conjunction ("что"), a preposition ("в").
_NO_END_POS = frozenset(("CONJ", "PREP"))


@functools.cache
def _no_end_en() -> frozenset[str]:
    """English words no sentence ends with: articles, prepositions and conjunctions."""
    out, section = {"a", "an", "the"}, ""
    for line in data_text("stopwords_en.txt").splitlines():
        if line.startswith("#"):
            section = line.lstrip("# ").strip()
        elif section in _NO_END_SECTIONS and line.split("#", 1)[0].strip():
            out.add(line.split("#", 1)[0].strip().lower())
    return frozenset(out)


def ends_no_sentence(word: str, language: str) -> bool:
    """Whether no sentence ends with ``word``, so no hidden break follows it ("сказал, что Северо-…",
    "the region of Russia's Far East")."""
    if language == "ru":
        parses = ru_parses(word)
        return bool(parses) and parses[0].tag.POS in _NO_END_POS
    return language == "en" and (word.lower() in _no_end_en() or _POSSESSIVE.search(word) is not None)


#: An English possessive ("Russia's", "the city’s"): it needs the noun after it, so it ends no sentence
#: ("Russia's Far East", "Moscow's Red Square").
_POSSESSIVE = regex.compile(r"\p{L}['’]s$")


#: Parts of speech that inflect for case: a sentence's first word of these is nominative.
_DECLINED = frozenset(("NOUN", "ADJF", "PRTF", "NPRO"))


def _may_open(word: str) -> bool:
    """Whether a capitalised word may open a sentence: a Russian noun or adjective must be
    able to read as nominative ("Россия", not "России" alone); other words always may."""
    parses = ru_parses(word)
    return not parses or any(p.tag.POS not in _DECLINED or "nomn" in p.tag for p in parses)


def hidden_breaks(
    seg: Segment,
    *,
    side: str,
    lexicon: WordKeys | Lexicon,
    names: Sequence[Span] = (),
    language: str = "",
    loose: bool = False,
    words: Sequence[Token] | None = None,
) -> list[int]:
    """Offsets in ``seg.text`` where a sentence seems to start with no stop before it.

    A run-on segment: a headline or a sentence whose full stop was lost (in
    OCR, or because a heading was run into the text below it) reads as one
    sentence: "Россиян предупредили о новой схеме мошенников Злоумышленники
    начали …". A break is a capitalised common word (one the lexicon knows,
    or a function word; not part of a name, nor followed by another
    capitalised word, as in "Новой Каледонии") after a word that ends with
    no punctuation, with at least :data:`SENTENCE_WORDS` words on either side.
    With ``loose``, any capitalised word there will do, a name included
    ("… сотрудников Credit Suisse требует …"): for checks that also ask the
    lengths to agree. ``words`` are the segment's words if the caller has them already.
    """
    lookup = lexicon.source_keys if side == SOURCE else lexicon.target_keys
    stop = function_words(language) if language else frozenset()
    found = tokens(seg.text) if words is None else words
    out = []
    for k in range(SENTENCE_WORDS - 1, len(found) - SENTENCE_WORDS + 1):
        start, end, word = found[k]
        # a capitalised word ("Злоумышленники"), or a one-letter function word ("В ЮАР …")
        opener = word[1:2].islower() or (len(word) == 1 and word.lower() in stop)
        if k == 0 or not (word[:1].isupper() and opener):
            continue
        if len(word) == 1 and seg.text[end : end + 1] == ".":
            continue  # "под руководством И. Моисеева": an initial, not the conjunction «И» opening a sentence
        gap = _LETTER_GAP if len(found[k - 1][2]) == 1 else _GAP
        if not gap.fullmatch(seg.text, found[k - 1][1], start):
            continue
        between = seg.text[found[k - 1][1] : start]
        if not between.strip() and ends_no_sentence(found[k - 1][2], language):
            continue  # "сказал, что Северо-Восток …": no sentence ends with "что"
        if loose:
            # "… fell in Turkey": no sentence ends so; "… переговоры с Украиной": no sentence
            # opens with a noun that can only be in an oblique case. Two words of the other
            # script are one foreign name or designation ("матрас … S600 mini Sint обладает").
            if _foreign_pair(found[k - 1][2], word, language) or _named_after_noun(
                found[k - 1][2], word, language
            ):
                continue
            if _inside_title_case(found, k, language):
                continue  # "the Committee for Foreign Economic Relations": one institution's name
            before = seg.raw_span(found[k - 1][0], found[k - 1][1])
            inside = seg.raw_span(start, end)
            if any(span.overlaps(before) and span.overlaps(inside) for span in names):
                continue  # "Ким Ир Сена": a break inside one name is none
            if found[k - 1][2].lower() not in stop and _may_open(word):
                out.append(start)
            continue
        if found[k + 1][2][:1].isupper():  # "… жители Новой Каледонии": a name of two words
            continue
        if _oblique_name_after_noun(found[k - 1][2], word, language):
            continue  # "… парк Народной армии …": a name's adjective in the genitive after its noun
        lower = word.lower()
        if lower not in stop and not lookup(lower):
            continue
        raw = seg.raw_span(start, end)
        if any(span.overlaps(raw) for span in names):
            continue
        out.append(start)
    return out


_LATIN_WORD = regex.compile(r"[\p{Script=Latin}\d]+")
_CYRILLIC_WORD = regex.compile(r"[\p{Script=Cyrillic}\d]+")


def _oblique_name_after_noun(before: str, word: str, language: str) -> bool:
    """Whether a capitalised Russian adjective that cannot be nominative follows a common noun in lower
    case: the first word of a name in an oblique case ("совещание Военного совета", "парк Народной
    армии"), which no sentence opens with after a noun that ends the one before."""
    if language != "ru" or not before[:1].islower():
        return False
    parses = ru_parses(word)
    if not parses or any(p.tag.POS != "ADJF" or "nomn" in p.tag for p in parses):
        return False
    noun = ru_parses(before)
    return bool(noun) and noun[0].tag.POS == "NOUN"


def _named_after_noun(before: str, word: str, language: str) -> bool:
    """Whether a Latin word follows a Russian common noun in lower case: a name set beside the noun
    that it names ("компания Beautyson использует", "вакцина Sputnik"), not a sentence's first word."""
    if language != "ru" or not _LATIN_WORD.fullmatch(word) or not before[:1].islower():
        return False
    parses = ru_parses(before)
    return bool(parses) and parses[0].tag.POS == "NOUN"


def _title_case(word: str) -> bool:
    """Whether ``word`` is written in title case: a capital, then small letters ("Economic")."""
    return word[:1].isupper() and word[1:2].islower()


def _inside_title_case(found: Sequence[Token], k: int, language: str) -> bool:
    """Whether the English word ``found[k]`` lies inside a run of three title-case words or more: the
    two before it in title case ("the Office of Naval Research Programmes", "the Committee for
    Foreign Economic Relations"), or the one before and the one after it ("the Chief Administration of
    the Northern Sea Route"): the words of one institution's name, no sentence's first word."""
    if language != "en" or k < 2 or not _title_case(found[k - 1][2]):
        return False
    return _title_case(found[k - 2][2]) or (k + 1 < len(found) and _title_case(found[k + 1][2]))


def _foreign_pair(before: str, word: str, language: str) -> bool:
    """Whether two words in a row are written in the other language's script (Latin in Russian
    text, Cyrillic in English): a brand, a title or a name given as it is spelt, not two sentences."""
    other = _LATIN_WORD if language == "ru" else _CYRILLIC_WORD if language == "en" else None
    return other is not None and bool(other.fullmatch(before)) and bool(other.fullmatch(word))


def piece_span(seg: Segment, start: int, end: int) -> tuple[Span, str]:
    """Where ``seg.text[start:end]``, without white space around it, lies in the file, and its text."""
    text = seg.text[start:end]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return seg.raw_span(start + lead, start + lead + len(text)), text


def segment_breaks(analysis: Analysis, seg: Segment, *, loose: bool = False) -> list[int]:
    """The hidden breaks of ``seg`` (see :func:`hidden_breaks`) with the document's lexicon and
    the segment's names: what :meth:`aligner.analysis.Analysis.breaks` keeps."""
    side = analysis.source if seg.side == SOURCE else analysis.target
    features = analysis.features.get(seg.id)
    found = hidden_breaks(
        seg,
        side=seg.side,
        lexicon=analysis.keys,
        names=tuple(m.span for m in features.names) if features is not None else (),
        language=side.language,
        loose=loose,
        words=analysis.words(seg),
    )
    # A guard: the rules judge the parts on either side of each break, in time breaks × length.
    # A segment with that many breaks is a list or a garbled run, not two sentences run together.
    return [] if len(found) * len(seg.text) > _MAX_BREAK_WORK else found


def breaks_of(context: CheckContext, seg: Segment, *, loose: bool = False) -> list[int]:
    """The hidden breaks of ``seg``, as the document's analysis found them."""
    return context.analysis.breaks(seg, loose=loose)


#: The most (hidden breaks × characters) of one segment the run-on rules look at.
_MAX_BREAK_WORK = 2_000_000


def first_breaks(context: CheckContext, seg: Segment) -> list[int]:
    """The strict hidden breaks of ``seg``, or failing those the loose ones."""
    return breaks_of(context, seg) or breaks_of(context, seg, loose=True)


@attrs.frozen
class Piece:
    """A stretch ``[start, end)`` of a segment's text: the whole, or a part between hidden breaks."""

    seg: Segment
    start: int
    end: int
    clause: bool = False  # a run of clauses (cut at punctuation), not a run-on sentence

    @property
    def text(self) -> str:
        """The piece's text, without the white space around it."""
        return self.seg.text[self.start : self.end].strip()

    @property
    def span(self) -> Span:
        """Where the piece lies in the original file."""
        return piece_span(self.seg, self.start, self.end)[0]


def halves(context: CheckContext, seg: Segment) -> list[Piece]:
    """The two parts of ``seg`` on either side of each of its loose hidden breaks (none if none)."""
    out: list[Piece] = []
    for b in breaks_of(context, seg, loose=True):
        out.extend((Piece(seg, 0, b), Piece(seg, b, len(seg.text))))
    return out


# Each alternative starts only where its run starts (the look-behinds), so a long run of commas,
# ellipses or spaces is read once, not once for each of its characters.
# A parenthesis is a clause of its own: «Расходы (около 40 тыс. рублей) несет …» is cut before
# its opening bracket and after its closing one. A footnote mark may stand after the comma
# ("… in the region,2 where …").
_CLAUSE_END = regex.compile(
    r"(?<![,;:…])[,;:…]++\s+|(?<!\s)\s++[—–-]\s+|\.\.\.\s+|\n|(?<!\s)\s++(?=\()|\)\s++"
    r"|(?<=\p{L}[,;:])[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}\s+"
)


#: The most clause boundaries of one segment that are tried (runs grow with their square).
_MAX_CLAUSE_CUTS = 12


#: A word, for the joined conjunctions that open a clause with no comma before it.
_WORD = regex.compile(r"\w+")

#: Runs of letters, for the qualifications of several words (a hyphenated word as its parts).
_LETTERS = regex.compile(r"\p{L}+")


@functools.lru_cache(maxsize=50_000)
def _conjunction(word: str) -> bool:
    parses = ru_parses(word)
    return bool(parses) and parses[0].tag.POS == "CONJ"


@functools.cache
def _openers() -> tuple[tuple[str, ...], ...]:
    """The compound clause openers («в случае», «при условии»), each as its words."""
    lines = data_lines("clause_openers_ru.txt")
    return tuple(tuple(line.lower().replace("ё", "е").split()) for line in lines)


def _opens(words: Sequence[str], at: int) -> bool:
    """Whether ``words`` from ``at`` on begin with a compound clause opener, or with the opener of a
    qualification («пока», «по возможности»: :mod:`.qualification`)."""
    return any(tuple(words[at : at + len(o)]) == o for o in (*_openers(), *qualifier_openers("ru")))


def _joined_conjunctions(text: str) -> list[int]:
    """Where a conjunction followed by another, or by a compound opener («и в случае отказа …», «и
    пока не …»),
    opens a clause with no comma before it: «…, чтобы партия сопровождалась представителем и чтобы
    о ее отправке извещалось …» (a second clause of the same kind, joined by «и»), read by their
    parts of speech (each word read once)."""
    found = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    lower = [w.lower().replace("ё", "е") for _s, _e, w in found]
    conj = [_conjunction(w) for _s, _e, w in found]
    return [
        start
        for i, (start, end, _w) in enumerate(found[:-1])
        if start
        and conj[i]
        and text[end : found[i + 1][0]].isspace()
        and (conj[i + 1] or _opens(lower, i + 1))
    ]


@functools.cache
def _pairs_en() -> regex.Pattern[str]:
    """The English pairs of ``clause_openers_en.txt`` as one pattern, each after a word and a space."""
    lines = data_lines("clause_openers_en.txt")
    pairs = "|".join(r"\s+".join(map(regex.escape, line.split())) for line in lines)
    return regex.compile(rf"(?<=\p{{L}}\s+)(?:{pairs})\b", regex.IGNORECASE)


def _joined_pairs_en(text: str) -> list[int]:
    """Where an English conjunction and a subordinating word open a second clause with no comma before
    them: "… begin in April and that the cars be sent on …" is cut before "and"."""
    return [m.start() for m in _pairs_en().finditer(text)]


def _qualifier_cuts(text: str) -> list[int]:
    """Where a qualification of several words opens a clause with no comma before it: «… отнести
    за счет бюджета впредь до заключения соглашения» (see :mod:`.qualification`)."""
    starts = by_first_word(qualifier_starts("ru"))
    found = [(m.start(), m.group().lower().replace("ё", "е")) for m in _LETTERS.finditer(text)]
    words = tuple(w for _s, w in found)
    return [
        at
        for i, (at, w) in enumerate(found)
        if i and any(words[i : i + len(p)] == p for p in starts.get(w, ()))
    ]


def _whole_ends(text: str) -> list[int]:
    """Where an adverbial phrase complete in itself ends («в ближайшие дни»: see
    :func:`.qualification.qualifier_wholes`), so that the phrase alone may be a clause: «В
    ближайшие дни войска перейдут в наступление» has two."""
    wholes = by_first_word(qualifier_wholes("ru"))
    found = [(m.end(), m.group().lower().replace("ё", "е")) for m in _LETTERS.finditer(text)]
    words = tuple(w for _e, w in found)
    return [
        found[i + len(p) - 1][0]
        for i, w in enumerate(words)
        for p in wholes.get(w, ())
        if words[i : i + len(p)] == p and i + len(p) < len(found)
    ]


def clauses(seg: Segment) -> list[Piece]:
    """Each run of consecutive clauses of ``seg`` (cut at commas, colons, dashes, line
    breaks, around a parenthesis, before two conjunctions in a row or a conjunction and a compound
    opener, before a qualification of several words and after one complete in itself) short of the
    whole segment; none if it has one clause."""
    cuts = _clause_cuts(seg.text)
    if len(cuts) <= 2 or len(cuts) > _MAX_CLAUSE_CUTS:
        return []
    return [
        Piece(seg, a, b) for i, a in enumerate(cuts) for b in cuts[i + 1 :] if (a, b) != (0, len(seg.text))
    ]


@functools.lru_cache(maxsize=20_000)
def _clause_cuts(text: str) -> tuple[int, ...]:
    """Where :func:`clauses` cuts ``text``, its ends included (read once a text: the rules ask often)."""
    ends = (m.end() for m in _CLAUSE_END.finditer(text))
    return tuple(
        sorted(
            {
                0,
                len(text),
                *ends,
                *_joined_conjunctions(text),
                *_joined_pairs_en(text),
                *_qualifier_cuts(text),
                *_whole_ends(text),
            }
        )
    )
