"""What a long call needs: a ``reconnect=`` that moves the call to a fresh session before the
backend's session limit (Azure 30 min, OpenAI 60), and the caller's turns transcribed so the
new session gets them (the model, or on Azure the deployment, the environment names), or a
warning that it will not."""

from __future__ import annotations

import pytest
from loguru import logger
from pipecat.services.openai.realtime import events

from pipecat_rt_best.realtime import (
    RealtimeLLMService,
    realtime_session,
    reconnect as reconnect_module,
)
from pipecat_rt_best.realtime.env import (
    SESSION_MAX_DURATION_S,
    RealtimeConfigError,
    input_transcription_from_env,
    reconnect_from_env,
)
from pipecat_rt_best.realtime.reconnect import ReconnectParams

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


# -- the caller's turns across a session change ----------------------------------------------


@pytest.mark.parametrize(
    ("env", "transcribe"),
    [
        (OPENAI, True),  # pipecat's default model
        (OPENAI | {"OPENAI_REALTIME_TRANSCRIBE_MODEL": "gpt-4o-transcribe"}, "gpt-4o-transcribe"),
        (AZURE, None),  # Azure takes a deployment's name: none set, none guessed
        (AZURE | {"AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT": "my-stt"}, "my-stt"),
        (AZURE_ENTRA | {"AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT": " my-stt "}, "my-stt"),
    ],
)
def test_the_transcription_each_backend_gets(
    env: dict[str, str], transcribe: bool | str | None
) -> None:
    assert input_transcription_from_env(env) == transcribe


def test_a_transcription_name_a_session_cannot_carry_is_refused_without_echoing_it() -> None:
    env = AZURE | {"AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT": "my stt&x"}
    with pytest.raises(
        RealtimeConfigError, match="AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT"
    ) as e:
        input_transcription_from_env(env)
    assert "my stt" not in str(e.value)


def test_realtime_session_takes_a_transcription_model_or_deployment_name() -> None:
    named = realtime_session(transcribe_input="my-stt").audio.input.transcription  # type: ignore[union-attr]
    assert named is not None and named.model == "my-stt"
    default = realtime_session(transcribe_input=True).audio.input.transcription  # type: ignore[union-attr]
    assert default is not None and default.model == events.InputAudioTranscription().model
    assert realtime_session().audio.input.transcription is None  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="transcribe_input"):
        realtime_session(transcribe_input=" ")


def _service(transcribe: bool | str, reconnect: ReconnectParams | None) -> RealtimeLLMService:
    return RealtimeLLMService(
        api_key="k",
        base_url="ws://127.0.0.1:9/v1/realtime",
        settings=RealtimeLLMService.Settings(
            session_properties=realtime_session(audio_format="pcmu", transcribe_input=transcribe)
        ),
        reconnect=reconnect,
    )


def test_reconnect_without_transcription_warns_once_that_caller_turns_are_not_restored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(reconnect_module, "_warned_transcription_off", False)
    seen: list[str] = []
    sink = logger.add(lambda m: seen.append(m.record["message"]), level="WARNING")
    try:
        _service(False, None)  # no reconnect: nothing to restore, nothing to say
        _service(True, ReconnectParams())  # transcribed: the caller's turns are restored
        assert seen == []
        _service(False, ReconnectParams())
        _service(False, ReconnectParams())  # the next call: not again
    finally:
        logger.remove(sink)
    (warning,) = seen
    assert "none of the caller's earlier turns" in warning
    assert "transcribe_input=True" in warning
    assert "AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT" in warning
