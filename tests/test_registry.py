"""The check and format registries: literal tables, loaded on first use, open to a user's own entries."""

from __future__ import annotations

import subprocess
import sys

import pytest

from aligner import Config, Finding, Severity, check_texts
from aligner.checks import BUILTIN_CHECKS, CHECKS, check_names, register
from aligner.registry import Lazy, load
from aligner.render import RENDERERS


@pytest.mark.parametrize("name", BUILTIN_CHECKS)
def test_every_built_in_check_names_a_function_that_exists(name: str) -> None:
    entry = CHECKS[name]
    fn = entry.resolve() if isinstance(entry, Lazy) else entry
    assert callable(fn)
    assert fn.__module__.startswith("aligner.checks.")


@pytest.mark.parametrize("name", list(RENDERERS))
def test_every_built_in_format_names_a_function_that_exists(name: str) -> None:
    fn = RENDERERS[name].fn
    assert callable(fn.resolve() if isinstance(fn, Lazy) else fn)


def test_importing_aligner_loads_no_check_and_no_renderer_module() -> None:
    code = (
        "import sys, aligner; "
        "print(sorted(m for m in sys.modules if m.startswith(('aligner.checks.', 'aligner.render.'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() in ("[]", "['aligner.render.json']")  # json: the top-level schema reader


def test_a_bad_table_entry_says_what_it_expected() -> None:
    with pytest.raises(ValueError, match="module:attribute"):
        load("aligner.checks.number")


def test_a_users_check_runs_after_the_built_in_ones_and_a_taken_name_is_refused() -> None:
    def every_bead(context, *, config):
        for bead, _, _ in context.text_beads():
            yield Finding(
                kind="note", severity=Severity.INFO, source=bead.source, target=bead.target, message="seen"
            )

    register("every-bead-note")(every_bead)
    try:
        assert check_names()[: len(BUILTIN_CHECKS)] == BUILTIN_CHECKS
        assert check_names()[-1] == "every-bead-note"
        report = check_texts("Один.", "One.", config=Config(checks=("every-bead-note",)))
        assert [f.message for f in report.findings] == ["seen"]
        with pytest.raises(ValueError, match="already registered"):
            register("number")(every_bead)
    finally:
        del CHECKS["every-bead-note"]
