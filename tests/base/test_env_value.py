"""Secrets from the environment: the quotes ``docker run --env-file`` keeps are removed."""

from __future__ import annotations

import pytest

from pipecat_rt_best.base.env_value import env_secret, unquote_env_value


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("tok", "tok"),
        (" tok\n", "tok"),
        ('"tok"', "tok"),
        ("'tok'", "tok"),
        (' " tok " \n', "tok"),
        ('""tok""', '"tok"'),  # one pair only
        ('"tok', '"tok'),  # unmatched: kept
        ("\"tok'", "\"tok'"),
        ('"', '"'),
        ('""', ""),
        ("", ""),
    ],
)
def test_one_pair_of_matching_quotes_and_the_whitespace_around_are_removed(
    raw: str, value: str
) -> None:
    assert unquote_env_value(raw) == value


def test_env_secret_reads_a_name_and_unset_is_empty() -> None:
    assert env_secret({"K": '"abc"\n'}, "K") == "abc"
    assert env_secret({}, "K") == ""
