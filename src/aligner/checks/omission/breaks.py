"""Splitting a segment: hidden sentence breaks (a stop lost, a heading run on), and the :class:`Piece` a
segment is cut into (its clauses are :mod:`.clauses`)."""

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
        if len(word) == 1 and not seg.text[end : end + 1].isspace():
            continue  # "под руководством И. Моисеева", "class A, which": an initial or a letter that
            # names a grade, not the conjunction «И» or the article "A" opening a sentence
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
