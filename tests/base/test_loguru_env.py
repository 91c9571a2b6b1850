"""loguru's LOGURU_* variables as an env file sets them: an empty one is unset, a level in any
case is that level, a value loguru would refuse is one line (not loguru's import traceback)."""

from __future__ import annotations

import pytest

from pipecat_rt_best.base.loguru_env import refused_loguru_env, tidy_loguru_env


def test_an_empty_loguru_variable_is_unset_and_a_level_takes_any_case() -> None:
    env = {"LOGURU_LEVEL": " debug ", "LOGURU_DIAGNOSE": "", "LOGURU_FORMAT": " ", "PATH": ""}
    tidy_loguru_env(env)
    assert env == {"LOGURU_LEVEL": "DEBUG", "PATH": ""}  # other variables as they were


@pytest.mark.parametrize(
    ("env", "says"),
    [
        (
            {"LOGURU_LEVEL": "verbose"},
            "LOGURU_LEVEL='verbose' is not a log level: set one of TRACE",
        ),
        ({"LOGURU_DIAGNOSE": "maybe"}, "LOGURU_DIAGNOSE='maybe' is not a boolean: set it to YES"),
    ],
)
def test_a_value_loguru_would_refuse_is_one_line_and_dropped(
    env: dict[str, str], says: str
) -> None:
    line = refused_loguru_env(env)
    assert line is not None and line.startswith(says)
    assert env == {}  # so loguru still loads, with its default


def test_values_loguru_reads_are_not_refused() -> None:
    env = {"LOGURU_LEVEL": "Warning", "LOGURU_DIAGNOSE": "no", "LOGURU_COLORIZE": "ON"}
    assert refused_loguru_env(env) is None
    assert env == {"LOGURU_LEVEL": "WARNING", "LOGURU_DIAGNOSE": "no", "LOGURU_COLORIZE": "ON"}
