"""A term the original gives as an adjective inside a name: «Челябинский тракторный завод» is "the Chelyabinsk
Tractor Plant", whose "Tractor" renders the adjective «тракторный», not a noun «тракторов» elsewhere in the
sentence. Such a capitalised word of a name is set aside before the original's nouns are paired."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from ..features.terms import TERMS_FILE, term_concepts
from ..model import Mention, Segment
from ..resources import data_toml

__all__ = ["without_named_adjectives"]

#: A relational adjective made of a noun's stem: трактор-н-ый, танк-ов-ая, завод-ск-ой.
_ADJECTIVE_END = regex.compile(
    r"(?:ов|ев|н|ск)(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ых|их|ыми|ими|ую|юю)"
)

#: The shortest noun stem an adjective is read from (shorter ones begin too many other words).
_SHORTEST_STEM = 4

#: The word right after a term, when it is a capitalised word of the same name ("Tractor Plant").
_LETTERS = regex.compile(r"\p{L}+")
_NEXT_NAME_WORD = regex.compile(r"[^\S\n]+\p{Lu}\p{Ll}")


@functools.cache
def _stems() -> dict[str, tuple[str, ...]]:
    """Each term concept's one-word Russian forms (lower case), the stems its adjectives are built on."""
    out: dict[str, tuple[str, ...]] = {}
    for concept in data_toml(TERMS_FILE).get("concept", ()):
        forms = [f.lower() for f in concept.get("ru", ()) if " " not in f and len(f) >= _SHORTEST_STEM]
        out[concept["id"]] = tuple(f.rstrip("ьйаяо") if f[-1] in "ьйаяо" else f for f in forms)
    return out


def _adjectives(src: Sequence[Segment]) -> list[str]:
    """The words of the original that may be relational adjectives (lower case)."""
    words = (w.lower() for seg in src for w in _LETTERS.findall(seg.text))
    return [w for w in words if len(w) > _SHORTEST_STEM + 2]


def _names_adjective(mention: Mention, adjectives: list[str]) -> str | None:
    """The original's adjective built on a stem of the mention's concepts, if there is one."""
    stems = _stems()
    for concept in term_concepts(mention):
        for stem in stems.get(concept, ()):
            for word in adjectives:
                if word.startswith(stem) and _ADJECTIVE_END.fullmatch(word, len(stem)):
                    return word
    return None


def without_named_adjectives(tgt: list[Mention], src: Sequence[Segment], text: str) -> list[Mention]:
    """``tgt`` less each capitalised term inside a name ("Tractor" of "Tractor Plant", the next word
    capitalised too) that renders an adjective of the original built on its concept («тракторный»)."""
    adjectives = _adjectives(src)
    out: list[Mention] = []
    for t in tgt:
        word = t.text.strip()
        in_name = (
            word[:1].isupper()
            and not word.isupper()
            and t.span.end <= len(text)
            and _NEXT_NAME_WORD.match(text, t.span.end) is not None
        )
        used = _names_adjective(t, adjectives) if in_name else None
        if used is not None:
            adjectives.remove(used)
            continue
        out.append(t)
    return out
