"""Review s41 (azcfg): the Azure TTS practice configured for the real Azure Speech service."""

from __future__ import annotations

import pytest
from pipecat.frames.frames import ErrorFrame
from pipecat.utils.errors import ErrorCategory

from pipecat_rt_best.azure_tts import AzureSpeechConfig, AzureSpeechConfigError
from pipecat_rt_best.azure_tts.service import AzureSpeechTTSService
from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator
from tests.azure_tts.harness import reply_frames, running, wait_until

KEY = "k" * 32
PRIVATE = "https://my-private-link-speech.cognitiveservices.azure.com"


@pytest.mark.parametrize(
    ("endpoint", "deployment"),
    [
        # Microsoft's private-link article: on a custom domain the TTS REST URL is
        # https://<custom>.cognitiveservices.azure.com/tts/cognitiveservices/v1 (the service's
        # name, tts or voice, moves from the host into the path)
        (f"{PRIVATE}/tts/cognitiveservices/v1", False),
        (f"{PRIVATE}/voice/cognitiveservices/v1?deploymentId=1234-ab", True),
    ],
)
def test_a_private_endpoint_s_rest_url_is_refused_like_the_regional_one(
    endpoint: str, deployment: bool
) -> None:
    # WRONG: accepted; the SDK opens its websocket on the REST path
    # (wss://…/tts/cognitiveservices/v1), where no synthesis is served, and every sentence
    # fails. EXPECTED: refused in one line, as the regional REST URL is, saying to set the host
    # alone (from which the SDK opens /tts/cognitiveservices/websocket/v1) and the deploymentId
    # in AZURE_SPEECH_ENDPOINT_ID
    with pytest.raises(AzureSpeechConfigError) as err:
        AzureSpeechConfig.from_env({"AZURE_SPEECH_API_KEY": KEY, "AZURE_SPEECH_ENDPOINT": endpoint})
    line = str(err.value)
    assert line.startswith("AZURE_SPEECH_ENDPOINT is a Speech REST URL")
    assert f"set AZURE_SPEECH_ENDPOINT to the resource's host alone, {PRIVATE}" in line
    assert ("AZURE_SPEECH_ENDPOINT_ID" in line) == deployment and "1234-ab" not in line
    # the private endpoint's websocket URL (the same article's) is still taken
    fine = f"{PRIVATE.replace('https', 'wss')}/tts/cognitiveservices/websocket/v1"
    env = {"AZURE_SPEECH_API_KEY": KEY, "AZURE_SPEECH_ENDPOINT": fine}
    assert AzureSpeechConfig.from_env(env).endpoint == fine


def test_settings_quoted_as_docker_env_file_passes_them_are_read_without_the_quotes() -> None:
    # WRONG: only the key and token were unquoted (the realtime backend's settings all are):
    # `docker run --env-file` with AZURE_SPEECH_VOICE="hi-IN-SwaraNeural" gave the voice
    # '"hi-IN-SwaraNeural"' (SSML language en-US, Azure refuses the voice: the service is
    # written off), and AZURE_SPEECH_REGION="centralindia" was refused as not a region name.
    # EXPECTED: every AZURE_SPEECH_* value read as python-dotenv reads it
    env = {
        "AZURE_SPEECH_API_KEY": f'"{KEY}"',
        "AZURE_SPEECH_REGION": '"centralindia"',
        "AZURE_SPEECH_VOICE": '"hi-IN-SwaraNeural"',
        "AZURE_SPEECH_ENDPOINT_ID": "'dep-brand-1'",
    }
    c = AzureSpeechConfig.from_env(env)
    assert (c.region, c.voice, c.endpoint_id, c.locale) == (
        "centralindia",
        "hi-IN-SwaraNeural",
        "dep-brand-1",
        "hi-IN",
    )
    quoted_endpoint = {"AZURE_SPEECH_API_KEY": KEY, "AZURE_SPEECH_ENDPOINT": f'"{PRIVATE}"'}
    assert AzureSpeechConfig.from_env(quoted_endpoint).endpoint == PRIVATE


@pytest.mark.parametrize("path", ["/cognitiveservices/websocket/v1", "/tts"])
def test_a_host_with_a_path_is_refused_saying_the_host_goes_alone(path: str) -> None:
    # WRONG: accepted; the SDK, given a host with a path, opens no connection at all
    # ("failed to establish USP connection", ConnectionFailure: read as "cannot reach Azure
    # Speech ... and the network"). EXPECTED: refused in one line, naming the form to use
    # (the value is not echoed: it may hold a pasted key)
    env = {"AZURE_SPEECH_API_KEY": KEY, "AZURE_SPEECH_HOST": f"ws://speech-container:5000{path}"}
    with pytest.raises(AzureSpeechConfigError) as err:
        AzureSpeechConfig.from_env(env)
    line = str(err.value)
    assert line.startswith("AZURE_SPEECH_HOST must be the host alone") and path not in line
    for fine in ("ws://speech-container:5000", "ws://speech-container:5000/"):
        assert AzureSpeechConfig.from_env({**env, "AZURE_SPEECH_HOST": fine}).host == fine


async def test_a_websocket_url_azure_does_not_serve_is_a_configuration_error() -> None:
    # WRONG: an upgrade answered 404 (no Speech websocket at that path: e.g. a custom domain's
    # URL without /tts) was the SDK's "Internal service error (404)", category SERVER: the
    # service stayed usable and every sentence failed the same way, a mute bot on a call that
    # went on. EXPECTED: a configuration error (pipecat's category for a 404,
    # INVALID_REQUEST) naming the setting to check; the service is written off, so the call
    # ends saying why instead of going on mute
    async with AzureSpeechEmulator() as emu:
        emu.faults.refuse_handshake = 404
        tts = AzureSpeechTTSService(host=emu.host, api_key="test-key", preconnect=False)
        async with running(tts) as (worker, up, _down):
            await worker.queue_frames(reply_frames("Nobody hears this."))
            await wait_until(lambda: up.of(ErrorFrame), "the error")
        [error] = [e for e in up.of(ErrorFrame) if "Azure TTS" in e.error]
        assert error.category == ErrorCategory.INVALID_REQUEST
        assert "HTTP 404" in error.error and "AZURE_SPEECH_ENDPOINT" in error.error
        assert not tts.is_usable


@pytest.mark.parametrize(
    ("voice", "locale"),
    [
        ("sr-Latn-RS-NicholasNeural", "sr-Latn-RS"),
        ("iu-Cans-CA-SiqiniqNeural", "iu-Cans-CA"),
        ("hi-IN-SwaraNeural", "hi-IN"),
        ("yue-CN-XiaoMinNeural", "yue-CN"),
    ],
)
def test_a_voice_whose_locale_has_a_script_declares_that_locale(voice: str, locale: str) -> None:
    # WRONG: Azure's voices with a script in their locale (sr-Latn-RS-…, iu-Cans-CA-…) were
    # taken for voices with no locale: their SSML declared en-US (force_locale would make them
    # read the text as English) and the service warned "a custom neural voice?". EXPECTED:
    # the voice's own locale
    tts = AzureSpeechTTSService(host="ws://127.0.0.1:9", api_key="k", voice=voice)
    assert tts.voice_settings().language == locale
    assert f'xml:lang="{locale}"' in tts.build_ssml("x")


def test_the_hindi_bot_reads_its_voice_setting_quoted_as_docker_env_file_passes_it() -> None:
    # WRONG: hindi_speech_env looked at the raw value: AZURE_SPEECH_VOICE="" (a blank from
    # .env.example, quoted by `docker run --env-file`) was not blank, so the bot's Hindi voice
    # was not put in and the default en-US voice read the Hindi replies; a quoted Tamil voice
    # "had no locale", so the bot declared its SSML hi-IN. EXPECTED: the value as from_env
    # reads it
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "pipelines" / "hindi_phone_bot.py"
    spec = importlib.util.spec_from_file_location("hindi_phone_bot", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    base = {"AZURE_SPEECH_API_KEY": KEY, "AZURE_SPEECH_REGION": "centralindia"}
    blank = AzureSpeechConfig.from_env(
        module.hindi_speech_env({**base, "AZURE_SPEECH_VOICE": '""'})
    )
    assert (blank.voice, blank.locale) == ("hi-IN-SwaraNeural", "hi-IN")
    tamil = module.hindi_speech_env({**base, "AZURE_SPEECH_VOICE": '"ta-IN-PallaviNeural"'})
    assert AzureSpeechConfig.from_env(tamil).locale == "ta-IN"
