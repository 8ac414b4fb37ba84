"""The fuzz suite we ship: the invariants hold on hostile pages and pairs (aligner.testing.fuzz).

Fast in the default profile; thousands of examples with ``HYPOTHESIS_PROFILE=ci``.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aligner import InputError, check_texts
from aligner.testing.fuzz import (
    ENCODINGS,
    FuzzCase,
    encoded,
    fuzz_cases,
    hostile_pages,
    hostile_pairs,
    hostile_texts,
    run_case,
)

CI = os.environ.get("HYPOTHESIS_PROFILE") == "ci"
_fuzz = settings(
    max_examples=1_000 if CI else 25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@_fuzz
@given(hostile_pages())
def test_invariants_hold_for_hostile_pages(page: str) -> None:
    run_case(page)


@_fuzz
@given(hostile_pairs())
def test_invariants_hold_for_hostile_pairs(pair: tuple[str, str]) -> None:
    run_case(pair)


@_fuzz
@given(fuzz_cases())
def test_invariants_hold_for_files_in_every_encoding(case: FuzzCase) -> None:
    run_case(case)


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_encoded_gives_bytes_in_a_supported_encoding(data: st.DataObject) -> None:
    raw = data.draw(encoded(hostile_texts(surrogates=False)))
    assert isinstance(raw, bytes)
    assert any(_decodes(raw, e) for e in ENCODINGS)


def _decodes(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def test_a_text_holding_a_lone_surrogate_is_refused_not_fuzzed_past() -> None:
    with pytest.raises(InputError):
        check_texts("Первое \ud800 предложение.", "First sentence.")
    assert run_case(("Первое \ud800 предложение.", "First sentence.")) is None
