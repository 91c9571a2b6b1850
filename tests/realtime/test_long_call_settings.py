"""What a long call needs: a ``reconnect=`` that moves the call to a fresh session before the
backend's session limit (Azure 30 min, OpenAI 60)."""

from __future__ import annotations

import pytest

from pipecat_rt_best.realtime.env import (
    SESSION_MAX_DURATION_S,
    RealtimeConfigError,
    reconnect_from_env,
)

OPENAI = {"OPENAI_API_KEY": "sk-test-0042"}
AZURE = {
    "AZURE_OPENAI_REALTIME_ENDPOINT": "https://res.openai.azure.com",
    "AZURE_OPENAI_API_KEY": "0123456789abcdef",
}
AZURE_ENTRA = {"AZURE_OPENAI_REALTIME_ENDPOINT": "https://res.openai.azure.com"}


@pytest.mark.parametrize(("env", "minutes"), [(OPENAI, 55), (AZURE, 25), (AZURE_ENTRA, 25)])
def test_a_long_call_moves_five_minutes_before_its_backends_limit(
    env: dict[str, str], minutes: int
) -> None:
    params = reconnect_from_env(env)
    assert params.rotate_after_s == minutes * 60
    # the pool's idle sessions retire at 5 min: a fresh one from it is never due at once
    assert params.rotate_after_s > 5 * 60
    assert SESSION_MAX_DURATION_S == {"azure": 30 * 60, "openai": 60 * 60}


def test_without_a_backend_there_is_no_limit_to_guess() -> None:
    with pytest.raises(RealtimeConfigError):
        reconnect_from_env({})
