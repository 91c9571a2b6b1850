"""The emulator refuses a voice the GA API does not offer, as the real server does."""

from __future__ import annotations

import pytest

from pipecat_rt_best.testing.realtime_emulator.events import ProtocolError
from pipecat_rt_best.testing.realtime_emulator.session_schema import (
    BUILT_IN_VOICES,
    apply_session_update,
    default_session,
)


def _with_voice(voice: object) -> dict[str, object]:
    return {"type": "realtime", "audio": {"output": {"voice": voice}}}


@pytest.mark.parametrize("voice", BUILT_IN_VOICES)
def test_built_in_voices_are_taken(voice: str) -> None:
    session = apply_session_update(default_session(), _with_voice(voice))
    assert session["audio"]["output"]["voice"] == voice


def test_a_custom_voice_object_is_taken() -> None:
    session = apply_session_update(default_session(), _with_voice({"id": "voice_1234"}))
    assert session["audio"]["output"]["voice"] == {"id": "voice_1234"}


def test_an_unknown_voice_is_refused_with_the_real_servers_error() -> None:
    with pytest.raises(ProtocolError) as caught:
        apply_session_update(default_session(), _with_voice("nova"))
    assert caught.value.code == "invalid_value"
    assert "Invalid value: 'nova'. Supported values are: 'alloy'" in str(caught.value.message)
