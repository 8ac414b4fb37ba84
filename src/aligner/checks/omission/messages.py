"""The omission and addition findings' messages, and how a finding is built."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from ...model import SOURCE, TARGET, Finding, Segment, Severity, Span
from .keys import SENTENCE_WORDS, STRONG_LETTERS, word_count, wordy

#: An initial: a capital letter and a period ("М. А.", "J. V.").
_INITIAL = regex.compile(r"(?<![\p{L}\d])\p{Lu}\.")


def lone_severity(seg: Segment) -> tuple[Severity, str]:
    """``major`` for a lone segment that is a sentence: :data:`SENTENCE_WORDS` words or more,
    mostly words (:data:`STRONG_LETTERS` of its characters), not numbers, dates and
    abbreviations; else ``minor``, with the reason ("" for a mere fragment). Initials are no words
    of a sentence: «Из дневника Меньшикова М. А.» is a heading of three words."""
    if word_count(seg.text) - len(_INITIAL.findall(seg.text)) < SENTENCE_WORDS:
        return Severity.MINOR, ""
    if wordy(seg.text) < STRONG_LETTERS:
        return Severity.MINOR, " (Minor: it is mostly numbers, dates or abbreviations.)"
    return Severity.MAJOR, ""


def quoted(seg: Segment, limit: int = 80) -> str:
    """The segment's text in quotes, cut to ``limit`` characters."""
    text = seg.text if len(seg.text) <= limit else seg.text[: limit - 1].rstrip() + "…"
    return f"“{text}”"


def shortened(text: str, limit: int = 80) -> str:
    """``text`` cut to ``limit`` characters, with an ellipsis if cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


#: Messages by side (the original's for omissions, the translation's for additions) and rule.
_MESSAGES: dict[tuple[str, str], str] = {
    (SOURCE, "unaligned"): "The {what} {quote} ({id}) has no translation.{why}",
    (TARGET, "unaligned"): "The translation's {what} {quote} ({id}) has no original.{why}",
    (SOURCE, "repeated"): (
        "The passage {quote} ({id}) has no translation of its own: it repeats {witness}, which is "
        "translated (a second witness of the same text, rendered once?)."
    ),
    (SOURCE, "witness"): (
        "The passage {quote} ({id}) belongs to an untranslated second witness: {passage} repeat "
        "{witness}, which the translation renders (the same text kept twice in the file, "
        "rendered once)."
    ),
    (TARGET, "retranslated"): (
        "The translation's passage {quote} ({id}) renders again the original's {original}, which {first} "
        "already translates: a second translation of the same text (another edition?), not compared."
    ),
    (SOURCE, "reordered"): (
        "The sentence {quote} ({id}) has no translation in its place, but the translation renders it "
        "a few sentences away ({other}): the translator moved it."
    ),
    (TARGET, "reordered"): (
        "The translation's sentence {quote} ({id}) has no original in its place, but it renders "
        "{other}, a few sentences away in the original: the translator moved it."
    ),
    (SOURCE, "absorbed"): (
        "The sentence {quote} ({id}) has no translation of its own, but the translation of its "
        "neighbour ({other}) renders its words and is as much longer than {own} alone predicts "
        "(the translator joined the sentences)."
    ),
    (TARGET, "absorbed"): (
        "The translation's sentence {quote} ({id}) has no original of its own, but it renders "
        "words of the neighbouring original ({other}), which is as much longer than its own "
        "translation ({own}) predicts (the translator split a sentence)."
    ),
    (SOURCE, "condensed"): (
        "The sentence {quote} ({id}) has no translation of its own, but half or more of its words are "
        "rendered in the translation of its neighbour ({other}, of {own}). (Minor: the translator may "
        "have condensed the two sentences into one.)"
    ),
    (TARGET, "condensed"): (
        "The translation's sentence {quote} ({id}) has no original of its own, but half or more of its "
        "words render the neighbouring original ({other}, translated by {own}). (Minor: the translator "
        "may have split that sentence.)"
    ),
    (SOURCE, "repeated_part"): (
        "The words {quote} ({id}) have no translation beside them; {witness} repeats them and is "
        "translated (a second witness of the same text, rendered once?)."
    ),
    (SOURCE, "echo"): (
        "The words {quote} ({id}) have no translation of their own: they repeat the words "
        "before them, {first}, which are translated (a heading said twice, rendered once?)."
    ),
    (SOURCE, "unsupported"): (
        "The sentence {quote} ({id}) seems to have no translation: none of its words is rendered "
        "in the translation beside it."
    ),
    (TARGET, "unsupported"): (
        "The translation's sentence {quote} ({id}) seems to have no original: none of its words "
        "renders a word of the original beside it."
    ),
    (SOURCE, "unsupported_partly"): (
        "The sentence {quote} ({id}) seems to have no translation of its own: its lengths point at it, "
        "but {share} of its words are rendered in the translation beside it. (Minor: a free translation "
        "may have condensed it into its neighbour.)"
    ),
    (TARGET, "unsupported_partly"): (
        "The translation's sentence {quote} ({id}) seems to have no original of its own: its lengths "
        "point at it, but {share} of its words render the original beside it. (Minor: a free "
        "translation may have spelt out its neighbour.)"
    ),
    (SOURCE, "stranger"): (
        "The sentence {quote} ({id}) seems to have no translation: the translation's sentence "
        "beside it ({other}) renders none of its words, nor it any of that sentence's (a sentence "
        "left out, and another put in its place?)."
    ),
    (TARGET, "stranger"): (
        "The translation's sentence {quote} ({id}) seems to have no original: none of its words "
        "renders a word of the original's sentence beside it ({other}), which has no other "
        "translation (a sentence put in place of one left out?)."
    ),
    (SOURCE, "piece_next_door"): (
        "The words {quote} ({id}) have no translation in the sentence paired with theirs, but a "
        "sentence of the neighbouring translation ({near}) renders them. (Minor: the translator may "
        "have split the sentence in three, and the aligner pairs no more than two.)"
    ),
    (TARGET, "piece_next_door"): (
        "The translation's words {quote} ({id}) have no original in the sentence paired with theirs, "
        "but a neighbouring original ({near}) has their words. (Minor: the translator may have joined "
        "three sentences, and the aligner pairs no more than two.)"
    ),
    (SOURCE, "lent_to_next"): (
        "The words {quote} ({id}) seem to have no translation in {other}; the sentence paired with "
        "them besides ({lent}) renders the opening of the next original instead. (Minor: the "
        "translator seems to have split that sentence in three, and the pairing is uncertain.)"
    ),
    (SOURCE, "stranger_next_door"): (
        "The sentence {quote} ({id}) is paired with a translation ({other}) that renders none of its "
        "words, but a neighbouring sentence of the translation ({near}) renders most of them. (Minor: "
        "the translator may have joined it to its neighbour there, and the pairing is doubtful.)"
    ),
    (TARGET, "stranger_next_door"): (
        "The translation's sentence {quote} ({id}) is paired with an original ({other}) none of whose words "
        "it renders, but the original's neighbouring sentence ({near}) has most of its words. (Minor: the "
        "translator may have split that sentence, and the pairing is doubtful.)"
    ),
    (SOURCE, "footnote"): (
        "The footnote {quote} ({id}) has no translation (note {n} of the original, left untranslated?)."
    ),
    (TARGET, "footnote"): (
        "The translation's footnote {quote} ({id}) has no original (note {n}: the translator's or "
        "the editor's own note?)."
    ),
    (SOURCE, "unsupported_unseen"): (
        "The sentence {quote} ({id}) may have no translation: hardly any of its words is rendered in the "
        "translation beside it, but {free} words of that translation render no other sentence of the "
        "bead. (Minor: the translator joined three sentences; these may render it in words the lexicon "
        "does not link.)"
    ),
    (TARGET, "unsupported_unseen"): (
        "The translation's sentence {quote} ({id}) may have no original: hardly any of its words renders "
        "a word of the original beside it, but {free} words of that original are rendered by no other "
        "sentence of the bead. (Minor: the translator split one sentence in three; it may render them "
        "in words the lexicon does not link.)"
    ),
    (SOURCE, "unsupported_short_unseen"): (
        "The short sentence {quote} ({id}) is joined with its neighbours in one translated sentence, "
        "whose {free} words not rendering them may render it."
    ),
    (TARGET, "unsupported_short_unseen"): (
        "The translation's short sentence {quote} ({id}) is one of three made of one original sentence, "
        "whose {free} words the others do not render may be its original."
    ),
    (SOURCE, "unsupported_short"): (
        "The short sentence {quote} ({id}) seems to have no translation: hardly any of its words is "
        "rendered in the translation beside it beyond what its neighbour takes. (Minor: too few "
        "words to be sure.)"
    ),
    (TARGET, "unsupported_short"): (
        "The translation's short sentence {quote} ({id}) seems to have no original: hardly any of its "
        "words renders a word of the original beside it beyond what its neighbour takes. (Minor: "
        "too few words to be sure.)"
    ),
    (SOURCE, "unsupported_part"): (
        "The passage {quote} ({id}) seems to have no translation: it reads as a sentence of its "
        "own run into the next with no stop, and the translation beside it renders the rest alone."
    ),
    (TARGET, "unsupported_part"): (
        "The translation's passage {quote} ({id}) seems to have no original: it reads as a "
        "sentence of its own run into the next with no stop, and the original beside it matches "
        "the rest alone."
    ),
    (SOURCE, "contrast"): (
        "The sentence {quote} ({id}) seems to have no translation: hardly any of its words ({share}) "
        "is rendered in the translation beside it, which renders the rest of the original there.{why}"
    ),
    (TARGET, "contrast"): (
        "The translation's sentence {quote} ({id}) seems to have no original: hardly any of its words "
        "({share}) renders a word of the original beside it, which the rest of the translation "
        "there renders.{why}"
    ),
    (SOURCE, "contrast_part"): (
        "The passage {quote} ({id}) seems to have no translation: it reads as a sentence of its own "
        "run into the next with no stop, hardly any of its words ({share}) is rendered in the "
        "translation beside it, and that translation renders the rest.{why}"
    ),
    (TARGET, "contrast_part"): (
        "The translation's passage {quote} ({id}) seems to have no original: it reads as a sentence "
        "of its own run into the next with no stop, hardly any of its words ({share}) renders the "
        "original beside it, and the rest renders that original.{why}"
    ),
    (SOURCE, "lost_clause"): (
        "The words {quote} ({id}) seem to have no translation: they give a number or a name the "
        "translation beside it ({other}) does not, and none of their words is rendered there, while "
        "the rest of the sentence is."
    ),
    (TARGET, "lost_clause"): (
        "The translation's words {quote} ({id}) seem to have no original: none of their words "
        "renders a word of the original beside it ({other}), which the rest of the sentence renders "
        "nearly whole (an explanation or a remark the translator added?)."
    ),
    (TARGET, "added_clause_name"): (
        "The translation's words {quote} ({id}) may have no original: none of their words renders a "
        "word of the original beside it ({other}), which the rest of the sentence renders. (Minor: "
        "they name {names}, which the original may give in a spelling not recognised here.)"
    ),
    (TARGET, "added_clause_weak"): (
        "The translation's words {quote} ({id}) may have no original: none of their words renders a "
        "word of the original beside it ({other}), which the rest of the sentence renders. (Minor: "
        "the clause is short, or the rest leaves some words of the original unrendered, which the "
        "clause may give freely.)"
    ),
    (SOURCE, "lost_contrast"): (
        "The words {quote} ({id}) may have no translation: they add or set against the sentence a "
        "statement of their own (after “а”, “но”, “однако” or the like), none of their words is "
        "rendered in the translation beside it ({other}), and the rest of the sentence is. (Minor: "
        "a free translation may fold such a clause into the rest in other words.)"
    ),
    (SOURCE, "lost_attribution"): (
        "The words {quote} ({id}) seem to have no translation: they say whose word or data the "
        'sentence gives, the translation beside it ({other}) reports none ("according to", "said" or '
        "the like), and none of their words is rendered there, while the rest of the sentence is."
    ),
    (SOURCE, "lost_condition"): (
        "The words {quote} ({id}) seem to have no translation: they set a condition the "
        'translation beside it ({other}) does not give (it has no "if" or the like), and none of '
        "their words is rendered there, while the rest of the sentence is."
    ),
    (SOURCE, "lost_qualification"): (
        "The words {quote} ({id}) seem to have no translation: they give a reason, a reservation "
        "or a limit (“because”, “although”, “until”, “at least”, “as an exception” or the like) "
        "of a kind the translation beside it ({other}) does not give, and hardly any of their words "
        "is rendered there, while the rest of the sentence is."
    ),
    (SOURCE, "inner_clause"): (
        "The words {quote} ({id}) seem to have no translation: none of them is rendered in the "
        "translation beside it ({other}), which renders the rest of the sentence, has no words left "
        "over to give them freely, and is shorter than the original predicts."
    ),
    (SOURCE, "inner_clause_weak"): (
        "The words {quote} ({id}) may have no translation: hardly any of them is rendered in the "
        "translation beside it ({other}), which renders the rest of the sentence and is shorter than "
        "the original predicts. (Minor: the clause is short, or the translation may give it freely "
        "in words not linked here.)"
    ),
    (SOURCE, "clause"): (
        "The words {quote} ({id}) seem to have no translation: none of them is rendered in the "
        "translation beside it, which is also shorter than the original predicts."
    ),
    (SOURCE, "clause_courtesy"): (
        "The words {quote} ({id}) may have no translation: none of them is rendered in the "
        "translation beside it, which is also shorter than the original predicts. (Minor: both "
        "sides are a formula of courtesy, wishes or greetings, which translators condense.)"
    ),
    (TARGET, "clause_courtesy"): (
        "The translation's words {quote} ({id}) may have no original: none of them renders a word "
        "of the original beside it, and the translation is longer than the original predicts. "
        "(Minor: both sides are a formula of courtesy, wishes or greetings, which translators "
        "expand.)"
    ),
    (TARGET, "clause_name"): (
        "The translation's words {quote} ({id}) may have no original: none of them renders a word "
        "of the original beside it, and the translation is longer than the original predicts. "
        "(Minor: they name {names}, which the original may give in a spelling not recognised here.)"
    ),
    (TARGET, "clause_apposition"): (
        "The translation's words {quote} ({id}) may have no original: none of them renders a word "
        "of the original beside it, and the translation is longer than the original predicts. "
        "(Minor: they stand between commas after a name and say what it is, a gloss translators "
        "add for the reader.)"
    ),
    (TARGET, "clause"): (
        "The translation's words {quote} ({id}) seem to have no original: none of them renders a "
        "word of the original beside it, and the translation is longer than the original predicts."
    ),
    (SOURCE, "run_on"): (
        "The passage {quote} ({id}) seems to have no translation: the segment reads as two "
        "sentences run together (a heading with no stop?), and the translation beside it ({other}) "
        "is as long as the other one alone."
    ),
    (TARGET, "run_on"): (
        "The translation's passage {quote} ({id}) seems to have no original: the segment reads as "
        "two sentences run together (a heading with no stop?), and the original beside it "
        "({other}) is as long as the other one alone."
    ),
    (SOURCE, "run_on_loose"): (
        "The passage {quote} ({id}) may have no translation: the segment reads as two sentences run "
        "together, and the translation beside it ({other}) is as long as the other one alone. (Minor: "
        "the translation renders as large a share of the passage's words as of the rest: a free "
        "translation may have recast the whole sentence.)"
    ),
    (TARGET, "run_on_loose"): (
        "The translation's passage {quote} ({id}) may have no original: the segment reads as two "
        "sentences run together, and the original beside it ({other}) is as long as the other one alone. "
        "(Minor: the original holds as large a share of the passage's words as of the rest: a free "
        "translation may have recast the whole sentence.)"
    ),
    (SOURCE, "run_on_heading"): (
        "The passage {quote} ({id}) seems to have no translation: it reads as a heading run into the "
        "text, and the translation beside it ({other}) is as long as the text alone. (Minor: a heading "
        "in capitals is furniture more often than text, and its abbreviations are often spelt out.)"
    ),
    (TARGET, "run_on_heading"): (
        "The translation's passage {quote} ({id}) seems to have no original: it reads as a heading run "
        "into the text, and the original beside it ({other}) is as long as the text alone. (Minor: a "
        "heading in capitals is furniture more often than text, and its abbreviations are often spelt out.)"
    ),
    (SOURCE, "moved"): (
        "The passage {quote} ({id}) seems to have no translation: the translation beside it "
        "({other}) renders the next sentence, {lone}, in its place (two sentences run together, a "
        "heading with no stop?)."
    ),
    (TARGET, "moved"): (
        "The translation's passage {quote} ({id}) seems to have no original: the original beside "
        "it ({other}) is rendered by the next sentence of the translation, {lone}, instead (two "
        "sentences run together, a heading with no stop?)."
    ),
    (SOURCE, "list_member"): (
        "The word {quote} ({id}), one member of the list “{members}”, seems to have no translation: "
        "the translation beside it ({other}) renders the others ({rendered}) but not this one."
    ),
    (SOURCE, "short"): (
        "About {missing}% of the original here seems to be missing from the translation: "
        "{source_chars} characters are rendered in {target_chars} (about {expected} expected).{why}"
    ),
    (TARGET, "long"): (
        "The translation here is {times} times as long as the original predicts ({target_chars} "
        "characters for {source_chars}): part of it seems to have no original.{why}"
    ),
}


def finding(
    side: str,
    rule: str,
    severity: Severity,
    *,
    mine: Sequence[Segment] = (),
    others: Sequence[Segment] = (),
    evidence: Sequence[Span] | None = None,
    message_rule: str = "",
    fields: Mapping[str, str] | None = None,
    **more: str,
) -> Finding:
    """A finding of the omission check (``side`` the original's) or of the addition check (the
    translation's). ``mine`` are the segments of ``side`` it concerns, ``others`` those of the
    other side facing them; the evidence is their spans unless ``evidence`` gives ``side``'s;
    the message is that of :data:`_MESSAGES` for ``message_rule`` (else ``rule``), filled in
    from ``fields`` and the other keywords."""
    kind = "omission" if side == SOURCE else "addition"
    mine_ev = tuple(evidence) if evidence is not None else tuple(s.span for s in mine)
    other_ev = tuple(s.span for s in others)
    mine_ids, other_ids = tuple(s.id for s in mine), tuple(s.id for s in others)
    message = _MESSAGES[side, message_rule or rule].format(**(fields or {}), **more)
    mine_first = side == SOURCE
    return Finding(
        kind=kind,
        severity=severity,
        source=mine_ids if mine_first else other_ids,
        target=other_ids if mine_first else mine_ids,
        source_evidence=mine_ev if mine_first else other_ev,
        target_evidence=other_ev if mine_first else mine_ev,
        message=message,
        rule=f"{kind}.{rule}",
    )
