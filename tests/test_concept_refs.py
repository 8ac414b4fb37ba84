"""What a term, title or known name refers to travels with the mention (``Mention.concept``)."""

from __future__ import annotations

import attrs
import pytest

import aligner
from aligner.checks.name_doubt import listed
from aligner.checks.term_pairs import terms_match
from aligner.features import analyse
from aligner.features.titles import same_title
from aligner.model import Mention, Segment, Span


def seg(text: str) -> Segment:
    return Segment("s1", "source", text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))


def found(text: str, language: str, kind: str) -> list[Mention]:
    return [m for m in analyse(seg(text), language=language).mentions() if m.kind == kind]


def test_a_term_mention_carries_its_concept_family_and_source():
    (hq,) = found("Приказ ушёл в штабах дивизий.", "ru", "term")[:1]
    assert hq.text == "штабах"
    assert hq.concept == aligner.ConceptRef(
        concepts=("headquarters",), family="staff", source="terms", form="штаб", language="ru"
    )
    assert hq.concept.concept == hq.value
    assert hq.concept.family == hq.family


def test_a_title_of_two_offices_names_both():
    (premier,) = found("The Premier spoke.", "en", "title")
    assert premier.concept is not None
    assert premier.concept.source == "titles"
    assert len(premier.concept.concepts) > 1
    assert premier.concept.concept == premier.value


def test_a_listed_name_is_marked_and_a_name_by_shape_is_not():
    (city,) = found("They flew to Moscow on Monday.", "en", "name")
    assert city.concept is not None
    assert city.concept.source == "names"
    assert listed(city)
    (guessed,) = found("They flew with Zorbanek on Monday.", "en", "name")
    assert guessed.concept is None
    assert not listed(guessed)


def test_a_user_lexicon_name_is_marked_as_such():
    ref = aligner.ConceptRef(concepts=("petrograd",), source="user lexicon", form="Petrograd", language="en")
    name = Mention(kind="name", value="petrograd", text="Petrograd", span=Span(0, 9), concept=ref)
    assert name.concept is not None
    assert name.concept.source == "user lexicon"
    assert listed(name)  # its renderings are known, not guessed from its sound


def test_an_unknown_source_is_refused():
    with pytest.raises(ValueError, match="source"):
        aligner.ConceptRef(concepts=("x",), source="names.toml")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="concepts"):
        aligner.ConceptRef(concepts=(), source="terms")


def test_the_checks_read_the_concept_not_the_rule_name():
    ru = found("Штаб дивизии переехал.", "ru", "term")
    en = found("The division headquarters moved.", "en", "term")
    assert terms_match(ru[0], en[1])
    assert not terms_match(ru[0], en[0])
    # a rule renamed for people to read changes nothing a check decides
    renamed = [attrs.evolve(m, rule="glossary entry") for m in ru]
    assert [terms_match(a, b) for a in renamed for b in en] == [terms_match(a, b) for a in ru for b in en]
    (premier,) = found("The Premier spoke.", "en", "title")
    assert same_title(attrs.evolve(premier, rule=""), premier)
    # a mention made by hand without a concept names its value alone
    bare = attrs.evolve(ru[0], concept=None, value="headquarters")
    assert terms_match(bare, en[1])
    assert not terms_match(attrs.evolve(bare, value="x"), en[1])
