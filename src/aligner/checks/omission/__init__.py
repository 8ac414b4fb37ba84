"""The ``omission`` and ``addition`` checks: untranslated text, and translation with no original.

Only running text and headings count (:attr:`Segment.is_text`): page furniture
and editorial notes ("[signature]") are neither omitted nor added.

- ``omission.witness``: a source segment in an untranslated second witness
  (:mod:`aligner.checks.witness`: a letter and the telegram that repeats it,
  with the telegram's own framing) is ``info``.
- ``addition.retranslated``: a translation segment in a run of lone ones that
  render, in the original's order, sentences another translation segment
  already renders (:mod:`.retranslated`: a page printing two English editions)
  is ``info``.
- ``omission.absorbed`` / ``addition.absorbed``: a lone segment whose words a
  neighbouring bead's other side renders, which is as much too long
  (:mod:`.absorbed`: the translator joined three sentences) is ``info``.
- ``omission.unaligned`` / ``addition.unaligned``: a text segment left alone
  in a 1-0 (0-1) bead. A sentence of :data:`SENTENCE_WORDS` words or more,
  mostly words, is ``major``; a shorter fragment, or a line of numbers, dates
  and abbreviations, ``minor``, unless it is a short sentence that states a
  fact (a verb and a number or a name, :mod:`.short`: «Погибли 3 военнослужащих.»).
  A source segment that repeats
  another, translated, passage of the original (a second witness, see
  :mod:`aligner.checks.duplicate`) is only ``info`` (``omission.repeated``):
  the translation may render it once on purpose. So is a part of a segment
  that another, translated segment repeats word for word, and a heading said
  twice in a row with the repeat left untranslated (:func:`find_echo`).
- ``omission.reordered`` / ``addition.reordered``: a lone segment whose
  counterpart stands alone on the other side a few beads away, the two
  rendering each other (:mod:`.reordered`: the translator moved the sentence),
  is ``minor`` on both sides.
- ``omission.short`` / ``addition.long``: a bead whose translation is far
  shorter (longer) than the original's length predicts. The expected ratio of
  lengths and its spread are data (``length_ratio.toml``, calibrated on WMT22
  ru-en): "About half of this sentence seems to be missing from the
  translation". Both are ``major`` when the evidence is strong (a long enough,
  wordy, text-only bead whose sides share a word: :func:`.length.weak_evidence`),
  else ``minor`` with the reason in the message.
- ``omission.run_on``: a segment that reads as two sentences run together
  (a heading with no stop: "Россиян предупредили о новой схеме мошенников
  Злоумышленники начали …", see :func:`hidden_breaks`) whose translation is
  far shorter than the whole and as long as one part alone: the other part
  is reported. Also when a lone source segment's translation sits in a run-on
  neighbour's translation, in place of the neighbour's own second sentence.
  A break may also come before a name or an unknown word when the part left
  out meets (almost) nothing in the translation, or when the segment opens
  the text (where headings run on). ``major``.
- ``addition.run_on``: the mirror on the translation's side: a run-on
  translation segment far longer than its original, one part of which fits
  the original and the other renders nothing of it; or a lone translation
  segment that renders the second sentence of a run-on original in place of
  the run-on translation's own second part. ``major``.
- ``omission.unsupported`` / ``addition.unsupported``: in a bead that joins
  two or more segments of one side, a segment none of whose words (of
  :data:`MIN_KEYED` or more with a lexicon entry) meets a translation on the
  other side, nor any of its numbers: a sentence the aligner folded into its
  neighbour's bead, though nothing renders it. Also a member of
  :data:`SENTENCE_WORDS` words or more with at most a third of its keyed
  words met, when the other side's length fits the remaining members
  (:func:`weak_member`). And, by the first rule, either part of a run-on
  segment cut at a hidden break: "Ukraine is prepared to bargain Environmentally
  safe coating." beside "Экологически безопасное покрытие." ``major``.
- ``omission.unsupported`` / ``addition.unsupported`` by contrast (:mod:`.contrast`): a
  member of a merged bead, or a part of a run-on segment between hidden breaks, at most a
  fifth of whose keyed words (or one) meet the other side while the rest of the bead's side
  renders it: a sentence inserted and joined to a translated one ("hardly any of its words
  (11%) renders a word of the original beside it"). ``major`` when the other side fits the
  rest alone, else ``minor`` with the reason.
- ``omission.clause`` / ``addition.clause``: a run of clauses (between commas,
  colons, dashes, ellipses, line breaks) none of whose words is rendered on
  the other side, when the other side is also short (long) the way the
  missing clauses would make it. ``major``; an added clause that names what the
  lexicon does not know is ``minor``, naming it (the original may spell it otherwise).
The package: :mod:`.check` runs one side-parametrised check over the beads,
asking the rules in order (first answer wins); the rules live in
:mod:`.run_on` (run-on segments), :mod:`.absorbed` (joined sentences), :mod:`.contrast`
(a part unlike the rest of its bead),
:mod:`.members` (merged beads, run-on parts, clauses, echoes) and
:mod:`.length` (the length model); :mod:`.lone` gives the findings of a segment left alone,
:mod:`.next_door` those of a part rendered in a neighbouring bead; :mod:`.breaks` splits a
segment at hidden breaks, :mod:`.clauses` into clauses, :mod:`.keys` holds the key bags that say
whether a text meets the other side, :mod:`.messages` the findings' words.
"""

from .breaks import hidden_breaks
from .check import check_addition, check_omission
from .keys import MIN_KEYED, NAME_WEIGHT, SENTENCE_WORDS, unsupported
from .length import LengthModel, length_model
from .members import weak_member
from .run_on import run_on_extra, run_on_part

__all__ = [
    "check_omission",
    "check_addition",
    "LengthModel",
    "length_model",
    "SENTENCE_WORDS",
    "MIN_KEYED",
    "NAME_WEIGHT",
    "unsupported",
    "hidden_breaks",
    "run_on_part",
    "run_on_extra",
    "weak_member",
]
