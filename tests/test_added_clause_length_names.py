"""The length rule of added clauses (``addition.clause``): a clause the translation adds, long enough
for the lengths to notice, is major; one that names what the lexicon does not know is minor, with the
names in the message, when the original may give them in a spelling not linked here (as with the
clause rule of the words), and major when the original names nothing they could render. The
examples are invented."""

from __future__ import annotations

from aligner.checks.omission import check_addition
from aligner.config import Config
from aligner.model import Finding
from check_helpers import REST, context

SOURCE = "Делегация прибыла в столицу и была принята руководством страны."
PLAIN = (
    "The delegation arrived in the capital and was received by the country's leaders, who greeted "
    "them warmly and spoke at length about the harvest and the new schools."
)
NAMED = (
    "The delegation arrived in the capital and was received by the country's leaders, who greeted "
    "them warmly at Ulzhintai and spoke at length about the harvest and the new schools."
)


def _clauses(target: str, source: str = SOURCE) -> list[Finding]:
    """The length rule's added clauses of the pair, aligned one to one (a rendered pair after it)."""
    ctx = context([(source, target), (REST[0].strip(), REST[1].strip())])
    found = check_addition(ctx, config=Config(checks=("addition",)))
    return [f for f in found if f.rule == "addition.clause"]


def test_an_added_clause_of_ordinary_words_is_major() -> None:
    (found,) = _clauses(PLAIN)
    assert (found.severity.value, "Minor" in found.message) == ("major", False)


def test_an_added_clause_naming_an_unknown_name_is_minor_with_the_name_given() -> None:
    # the original names someone the clause's name may spell otherwise: perhaps no addition at all
    (found,) = _clauses(NAMED, source=SOURCE.replace("Делегация", "Делегация Уланова"))
    assert found.severity.value == "minor"
    assert "“Ulzhintai”" in found.message
    assert "spelling" in found.message


def test_an_added_clause_naming_a_place_the_original_lacks_is_major() -> None:
    # the original names no place the clause's name could render: the translator added it
    (found,) = _clauses(NAMED)
    assert found.severity.value == "major"


def test_an_apposition_that_says_what_a_name_is_is_minor_with_the_reason() -> None:
    # the translator tells the reader where the town lies: a gloss, worth a glance, no addition of substance
    source = "Власти Кимовска закрыли на ремонт единственный мост через реку."
    target = (
        "The authorities of Kimovsk, a small town in the south of the Tula province, closed the only "
        "bridge across the river for repairs."
    )
    (found,) = _clauses(target, source=source)
    assert (found.severity.value, "between commas after a name" in found.message) == ("minor", True)


def test_a_clause_with_a_verb_after_a_name_stays_major() -> None:
    source = "Власти Кимовска закрыли на ремонт единственный мост через реку."
    target = (
        "The authorities of Kimovsk, which had long promised the villagers a new ferry and a road, "
        "closed the only bridge across the river for repairs."
    )
    (found,) = _clauses(target, source=source)
    assert (found.severity.value, "Minor" in found.message) == ("major", False)
