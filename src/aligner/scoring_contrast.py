"""Where a translator cut a sentence at its clause of contrast: «…, однако власти помогают» rendered
as "…. However, the authorities help." (and the other way round, two sentences joined at "but").

A 1-2 bead whose second target sentence opens with a word of contrast ("However", "But", "Yet"),
while its one source sentence holds such a clause after a comma, is a split the translator made at
that clause; the scorer takes :data:`SPLIT_AT_CONTRAST` nats off it (and off a 2-1 bead cut the same
way, and a 1-3 or 3-1 bead one of whose later parts opens so). The lexical evidence of the opening
sentence is often thin (a short clause in words the lexicon does not link), and the gap prior of a
lone sentence then outbids the split.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

__all__ = ["SPLIT_AT_CONTRAST", "contrast_marks"]

#: Nats off a bead whose one sentence holds a clause of contrast where its other side starts a sentence.
SPLIT_AT_CONTRAST = 1.0

#: A sentence opening with a word of contrast, in either language.
_OPENS = regex.compile(
    r"^\W*(?:однако|но|зато|тем\s+не\s+менее|между\s+тем|however|but|yet|nevertheless|still|whereas)\b",
    regex.IGNORECASE,
)
#: A clause of contrast inside a sentence, after a comma, semicolon or dash.
_INNER = regex.compile(
    r"\w[,;]\s+(?:однако|но|а|зато|тогда\s+как|между\s+тем|however|but|yet|whereas|while)\b"
    r"|\w\s+[—–]\s+(?:однако|но|зато|but|however|yet)\b",
    regex.IGNORECASE,
)


def contrast_marks(texts: Sequence[str]) -> tuple[list[bool], list[bool]]:
    """For each text: whether it opens with a word of contrast, and whether it holds a clause of
    contrast after its first word."""
    return [bool(_OPENS.match(t)) for t in texts], [bool(_INNER.search(t)) for t in texts]
