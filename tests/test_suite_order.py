"""The suite's longest-first order (tests/conftest.py) names files that exist: a renamed file
would silently fall back to its alphabetical place and lengthen ``make test`` again."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import LONGEST_FILES_FIRST

ROOT = Path(__file__).resolve().parent.parent


def test_the_longest_files_first_are_test_files_that_exist() -> None:
    missing = [p for p in LONGEST_FILES_FIRST if not (ROOT / p).is_file()]
    assert not missing, missing
    assert len(set(LONGEST_FILES_FIRST)) == len(LONGEST_FILES_FIRST)
