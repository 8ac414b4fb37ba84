"""Hypothesis strategies for fuzzing a translation checker with hostile input, and a runner for one case.

Import this module explicitly (it needs ``hypothesis``)::

    from hypothesis import given
    from aligner.testing.fuzz import hostile_pairs, run_case

    @given(hostile_pairs())
    def test_nothing_is_lost(pair):
        run_case(pair)          # raises on an invariant broken or an undocumented exception

The strategies:

- :func:`hostile_texts`: one side of a document: sentences in Russian or
  English with numbers (long ones too), page furniture (page numbers, rules of
  dashes), runs of pathological punctuation, combining marks, zero-width and
  invisible characters, letters split by U+034F, mixed line ends (``\\r\\n``,
  ``\\r``, U+2028, U+0085), and now and then a lone surrogate.
- :func:`hostile_pages`: an archive page (the original, then the translation).
- :func:`hostile_pairs`: an original and a translation given as two texts.
- :func:`encoded`: a text turned into the bytes of a file in one of the
  encodings aligner reads (UTF-8 with or without BOM, UTF-16, cp1251, KOI8-R).
- :func:`fuzz_cases`: any of the above as a :class:`FuzzCase`.

:func:`run_case` runs a case through the public API, checks the report's
invariants (:func:`aligner.invariants.check_invariants`) and renders it in
every format; a refusal with an :class:`~aligner.errors.AlignerError` is a
documented outcome, anything else propagates.

The sentences are test data invented for this module, not language knowledge
aligner looks for.
"""

from __future__ import annotations

from typing import Literal

import attrs
from hypothesis import strategies as st

from ..config import Config
from ..errors import AlignerError, InvariantError
from ..invariants import check_invariants
from ..model import Report
from ..pipeline import check_page, check_texts
from ..render import formats, render

__all__ = [
    "ENCODINGS",
    "FuzzCase",
    "hostile_texts",
    "hostile_pages",
    "hostile_pairs",
    "encoded",
    "fuzz_cases",
    "run_case",
]

#: The encodings :func:`encoded` writes a text in (aligner detects each of them).
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8-r")

_RU = (
    "Число советников: 2.",
    "Генерал подписал письмо вечером.",
    "В районе станции находилось 25-35 солдат.",
    "Прошу рассмотреть вопрос о поставке 1 200 тонн зерна.",
    "Совещание состоялось 8 июля 1950 года.",
    "Тов. Иванову И. В. поручено подготовить ответ.",
    "Ответ был получен т. е. через неделю.",
    "Делегация прибыла в Пекин.",
)
_EN = (
    "Number of advisors: 2; the general signed the letter.",
    "The general signed the letter in the evening.",
    "There were 25-35 soldiers near the station.",
    "I ask you to consider the delivery of 1,200 tons of grain.",
    "The meeting took place on 8 July 1950.",
    "Comrade Ivanov I. V. was instructed to prepare a reply.",
    "The reply came i.e. a week later.",
    "The delegation arrived in Beijing.",
)
_FURNITURE = ("14", "- 3 -", "---", "* * *", "[стр. 2]", "___", "л. 15", "Page 4")
_PUNCTUATION = ("…", "1,", "---", "т. е. ", "И. В. ", "сло-\nво ", "?!", "((", "«»", ". . .")
_INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u034f", "\u00ad", "\u202e", "\u2066")
_COMBINING = ("\u0301", "\u0308", "\u0306", "\u0327", "\u20dd")
_LINE_ENDS = ("\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u2028", "\u0085", "\x0c")
_SURROGATES = ("\ud800", "\udfff", "\udc80")


@st.composite
def _number(draw: st.DrawFn) -> str:
    digits = draw(st.integers(min_value=1, max_value=120))
    return draw(st.text("0123456789", min_size=digits, max_size=digits))


def _spliced(draw: st.DrawFn, text: str, pieces: st.SearchStrategy[str], most: int) -> str:
    """``text`` with up to ``most`` pieces inserted at drawn places."""
    for _ in range(draw(st.integers(min_value=0, max_value=most))):
        at = draw(st.integers(min_value=0, max_value=len(text)))
        text = text[:at] + draw(pieces) + text[at:]
    return text


@st.composite
def _chunk(draw: st.DrawFn, sentences: tuple[str, ...]) -> str:
    kind = draw(st.sampled_from(("sentence", "sentence", "sentence", "furniture", "run", "number", "random")))
    if kind == "sentence":
        return draw(st.sampled_from(sentences))
    if kind == "furniture":
        return draw(st.sampled_from(_FURNITURE))
    if kind == "run":
        # now and then a long run (thousands), as OCR of a rule or a table of figures gives
        most = draw(st.sampled_from((60, 60, 60, 3_000)))
        return draw(st.sampled_from(_PUNCTUATION)) * draw(st.integers(min_value=2, max_value=most))
    if kind == "number":
        return f"{draw(st.sampled_from(('Number', 'Число', '№')))} {draw(_number())}."
    return draw(
        st.text(max_size=40).map(lambda t: "".join(ch for ch in t if not 0xD800 <= ord(ch) <= 0xDFFF))
    )


@st.composite
def hostile_texts(
    draw: st.DrawFn,
    *,
    language: Literal["ru", "en"] = "ru",
    max_chunks: int = 12,
    surrogates: bool = True,
) -> str:
    """One side of a document in ``language``, with hostile noise (see the module's docstring)."""
    sentences = _RU if language == "ru" else _EN
    chunks = draw(st.lists(_chunk(sentences), min_size=1, max_size=max_chunks))
    text = ""
    for chunk in chunks:
        text += chunk + draw(st.sampled_from((" ", *_LINE_ENDS)))
    text = _spliced(draw, text, st.sampled_from(_INVISIBLE), 4)
    text = _spliced(draw, text, st.sampled_from(_COMBINING), 3)
    if draw(st.integers(min_value=0, max_value=9)) == 0:
        # letters kept apart by an invisible joiner all through
        text = draw(st.sampled_from(("\u034f", "\u200b"))).join(text)
    if surrogates and draw(st.integers(min_value=0, max_value=19)) == 0:
        text = _spliced(draw, text, st.sampled_from(_SURROGATES), 1)
    return text


@st.composite
def hostile_pages(draw: st.DrawFn, *, surrogates: bool = True) -> str:
    """An archive page: a hostile original, a blank line, a hostile translation."""
    ru = draw(hostile_texts(language="ru", surrogates=surrogates))
    en = draw(hostile_texts(language="en", surrogates=surrogates))
    return f"{ru}\n\n{draw(st.sampled_from(('', 'Translation - English', '---')))}\n\n{en}"


@st.composite
def hostile_pairs(draw: st.DrawFn, *, surrogates: bool = True) -> tuple[str, str]:
    """An original and its translation as two hostile texts."""
    return (
        draw(hostile_texts(language="ru", surrogates=surrogates)),
        draw(hostile_texts(language="en", surrogates=surrogates)),
    )


@st.composite
def encoded(draw: st.DrawFn, texts: st.SearchStrategy[str]) -> bytes:
    """A text of ``texts`` as the bytes of a file in one of :data:`ENCODINGS`.

    Characters the encoding cannot hold become ``?`` (a lone surrogate too), as
    an editor saving the file would write them.
    """
    text = draw(texts)
    encoding = draw(st.sampled_from(ENCODINGS))
    return text.encode(encoding, errors="replace")


@attrs.frozen
class FuzzCase:
    """One input: a page (``target`` is ``None``) or a pair, each as text or as a file's bytes."""

    source: str | bytes
    target: str | bytes | None = None


@st.composite
def fuzz_cases(draw: st.DrawFn) -> FuzzCase:
    """A page or a pair, as text or as bytes in a supported encoding."""
    shape = draw(st.sampled_from(("page", "pair", "page-bytes", "pair-bytes")))
    if shape == "page":
        return FuzzCase(draw(hostile_pages()))
    if shape == "page-bytes":
        return FuzzCase(draw(encoded(hostile_pages(surrogates=False))))
    if shape == "pair":
        src, tgt = draw(hostile_pairs())
        return FuzzCase(src, tgt)
    return FuzzCase(
        draw(encoded(hostile_texts(language="ru", surrogates=False))),
        draw(encoded(hostile_texts(language="en", surrogates=False))),
    )


def run_case(case: FuzzCase | tuple[str, str] | str, *, config: Config | None = None) -> Report | None:
    """Check one case through the public API; ``None`` when aligner refused it (a documented outcome).

    The report's invariants are checked and it is rendered in every format: a
    report aligner accepted must be writable, so an
    :class:`~aligner.errors.OutputError` there propagates, as does an
    :class:`~aligner.errors.InvariantError` or any exception outside
    :class:`~aligner.errors.AlignerError`: those are the bugs a fuzzer looks for.
    """
    if isinstance(case, str):
        case = FuzzCase(case)
    elif isinstance(case, tuple):
        case = FuzzCase(*case)
    try:
        if case.target is None:
            report = check_page(case.source, config=config)
        else:
            report = check_texts(case.source, case.target, config=config)
    except InvariantError:
        raise
    except AlignerError:
        return None
    check_invariants(report)
    for name in formats():
        render(report, name).encode("utf-8")
    return report
