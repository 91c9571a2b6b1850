"""AzureSpeechConfig from the environment: pipecat's names, one place to connect, no leaked key."""

from __future__ import annotations

import pytest

from pipecat_rt_best.azure_tts.env import AzureSpeechConfig, AzureSpeechConfigError
from tests.entra_helpers import RESOURCE_ID, entra_jwt, fake_entra_provider, jwt

KEY = "super-secret-speech-key"


def test_reads_the_azure_speech_variables() -> None:
    c = AzureSpeechConfig.from_env(
        {
            "AZURE_SPEECH_API_KEY": KEY,
            "AZURE_SPEECH_HOST": "ws://127.0.0.1:8766",
            "AZURE_SPEECH_VOICE": "hi-IN-SwaraNeural",
            "AZURE_SPEECH_ENDPOINT_ID": "dep-1",
        }
    )
    assert (c.api_key, c.host, c.voice, c.endpoint_id, c.locale) == (
        KEY, "ws://127.0.0.1:8766", "hi-IN-SwaraNeural", "dep-1", "hi-IN",
    )  # fmt: skip
    assert KEY not in repr(c) and KEY not in str(c)


def test_keyword_overrides_win() -> None:
    c = AzureSpeechConfig.from_env(
        {"AZURE_SPEECH_API_KEY": KEY, "AZURE_SPEECH_REGION": "x"},
        voice="en-IN-NeerjaNeural",
        language="en-IN",
    )
    assert (c.region, c.voice, c.locale) == ("x", "en-IN-NeerjaNeural", "en-IN")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"AZURE_SPEECH_REGION": "centralindia"}, "AZURE_SPEECH_API_KEY"),
        ({"AZURE_SPEECH_API_KEY": KEY}, "exactly one of"),
        (
            {
                "AZURE_SPEECH_API_KEY": KEY,
                "AZURE_SPEECH_REGION": "a",
                "AZURE_SPEECH_HOST": "ws://h:1",
            },
            "exactly one of",
        ),
        ({"AZURE_SPEECH_API_KEY": KEY, "AZURE_SPEECH_HOST": "http://h:1"}, "ws://host:port"),
        (
            {
                "AZURE_SPEECH_API_KEY": KEY,
                "AZURE_SPEECH_REGION": "https://centralindia.api.cognitive.microsoft.com/",
            },
            "a region name like centralindia",
        ),
        (
            {"AZURE_SPEECH_API_KEY": KEY, "AZURE_SPEECH_ENDPOINT": "centralindia"},
            "AZURE_SPEECH_ENDPOINT must be a URL",
        ),
    ],
)
def test_incomplete_or_contradictory_settings_say_what_to_set(
    env: dict[str, str], message: str
) -> None:
    with pytest.raises(AzureSpeechConfigError, match=message) as info:
        AzureSpeechConfig.from_env(env)
    assert KEY not in str(info.value)


def test_an_entra_token_is_enough() -> None:
    c = AzureSpeechConfig.from_env(
        {"AZURE_SPEECH_AUTH_TOKEN": "eyJ-secret-token", "AZURE_SPEECH_REGION": "eastus"}
    )
    assert c.auth_token == "eyJ-secret-token" and "eyJ" not in repr(c)


def test_a_token_provider_is_enough_and_never_shown() -> None:
    def provider() -> str:
        return "eyJ-secret-token"

    c = AzureSpeechConfig.from_env({"AZURE_SPEECH_REGION": "eastus"}, token_provider=provider)
    assert c.token_provider is provider and c.api_key is None and c.auth_token is None
    assert "eyJ" not in repr(c) and "provider" in repr(c) and "function" not in repr(c)
    with pytest.raises(AzureSpeechConfigError, match="token_provider must be a callable"):
        AzureSpeechConfig(token_provider="eyJ-secret-token", region="eastus")  # type: ignore[arg-type]


def test_the_repr_never_shows_a_key_in_an_endpoint_query() -> None:
    config = AzureSpeechConfig(
        api_key="k",
        endpoint="wss://x.example/tts/cognitiveservices/websocket/v1?subscription-key=LEAKED123",
    )
    assert "LEAKED123" not in repr(config) and "x.example" in repr(config)


def test_a_key_or_token_quoted_as_docker_env_file_passes_it_is_read_without_the_quotes() -> None:
    base = {"AZURE_SPEECH_REGION": "centralindia"}
    c = AzureSpeechConfig.from_env({**base, "AZURE_SPEECH_API_KEY": f"'{KEY}'"})
    assert c.api_key == KEY
    c = AzureSpeechConfig.from_env({**base, "AZURE_SPEECH_AUTH_TOKEN": '"tok-1"\n'})
    assert c.auth_token == "tok-1"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("AZURE_SPEECH_API_KEY", "\u201cSPEECHKEY0042\u201d"),  # a word processor's quotes
        ("AZURE_SPEECH_API_KEY", "SPEECHKEY\u200b0042"),  # a zero-width space
        ("AZURE_SPEECH_AUTH_TOKEN", "eyJSPEECH\u20260042"),  # an ellipsis for the cut-off middle
    ],
)
def test_a_key_an_http_header_cannot_carry_is_refused_naming_it(name: str, value: str) -> None:
    # it was accepted and every sentence then failed to connect (the backends review)
    with pytest.raises(AzureSpeechConfigError) as err:
        AzureSpeechConfig.from_env({name: value, "AZURE_SPEECH_REGION": "centralindia"})
    line = str(err.value)
    assert line.startswith(f"{name} contains a character an HTTP header cannot carry")
    assert "SPEECH" not in line.removeprefix(name) and "0042" not in line


@pytest.mark.parametrize(
    ("endpoint", "says"),
    [
        # Speech Studio's custom-voice URL: the SDK opened wss://…/cognitiveservices/v1?deploymentId=
        ("https://centralindia.voice.speech.microsoft.com/cognitiveservices/v1?deploymentId=1234-ab",
         "set AZURE_SPEECH_REGION=centralindia instead, and its deploymentId= value in "
         "AZURE_SPEECH_ENDPOINT_ID"),
        ("https://centralindia.tts.speech.microsoft.com/cognitiveservices/v1",
         "set AZURE_SPEECH_REGION=centralindia instead"),
        ("https://centralindia.voice.speech.microsoft.com/",
         "set AZURE_SPEECH_REGION=centralindia instead"),
        ("https://myspeech.cognitiveservices.azure.com/cognitiveservices/v1/",
         "set AZURE_SPEECH_ENDPOINT to the resource's host alone, "
         "https://myspeech.cognitiveservices.azure.com"),
    ],
)  # fmt: skip
def test_a_speech_rest_url_as_the_endpoint_says_what_to_set_instead(
    endpoint: str, says: str
) -> None:
    # accepted, and the SDK opened its websocket on the REST path: the voice failed at the first
    # sentence (the backends review's observation)
    env = {"AZURE_SPEECH_API_KEY": "k" * 32, "AZURE_SPEECH_ENDPOINT": endpoint}
    with pytest.raises(AzureSpeechConfigError) as err:
        AzureSpeechConfig.from_env(env)
    line = str(err.value)
    assert line.startswith("AZURE_SPEECH_ENDPOINT is a Speech REST URL") and line.endswith(says)
    assert "1234-ab" not in line
    for fine in (
        "https://myspeech.cognitiveservices.azure.com/",
        "wss://centralindia.tts.speech.microsoft.com/cognitiveservices/websocket/v1",
    ):
        assert AzureSpeechConfig.from_env({**env, "AZURE_SPEECH_ENDPOINT": fine}).endpoint == fine


@pytest.mark.parametrize(
    "endpoint",
    [
        "wss://centralindia.voice.speech.microsoft.com/cognitiveservices/websocket/v1",
        "wss://centralindia.voice.speech.microsoft.com/cognitiveservices/websocket/v1/",
        "wss://centralindia.voice.speech.microsoft.com/cognitiveservices/websocket/v1"
        "?deploymentId=1234-ab",
        "wss://centralindia.tts.speech.microsoft.com/cognitiveservices/websocket/v1"
        "?deploymentId=1234-ab",
    ],
)
def test_the_sdks_websocket_url_is_taken_on_the_custom_voice_host_too(endpoint: str) -> None:
    # the Speech SDK itself opens wss://<region>.voice.speech.microsoft.com/cognitiveservices/
    # websocket/v1 for a custom neural voice (hostPrefix "voice" once an endpoint id is set):
    # refused as "a Speech REST URL" since f0e55ef (reviewer diff32, defect 3)
    env = {"AZURE_SPEECH_API_KEY": "k" * 32, "AZURE_SPEECH_ENDPOINT": endpoint}
    assert AzureSpeechConfig.from_env(env).endpoint == endpoint


# -- Microsoft Entra ID (session 42) -------------------------------------------------------------
# WRONG: the bots could authenticate with a key or a fixed AZURE_SPEECH_AUTH_TOKEN only (an
# Entra token expires within ~1 h: a bot server went mute on every call after it), and a bare
# Entra token there was refused by the service (401) on every connection. EXPECTED:
# AZURE_SPEECH_RESOURCE_ID selects Entra ID, the token provider comes from azure.identity, and
# every token reaches the SDK as aad#<resource id>#<token>.


def test_a_resource_id_alone_builds_the_entra_token_provider(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = fake_entra_provider(monkeypatch, entra_jwt("FIRST"))
    c = AzureSpeechConfig.from_env(
        {"AZURE_SPEECH_RESOURCE_ID": f'"{RESOURCE_ID}"', "AZURE_SPEECH_REGION": "centralindia"}
    )
    assert c.resource_id == RESOURCE_ID and c.entra and c.api_key is None and c.auth_token is None
    assert c.token_provider is not None
    assert c.token_provider() == f"aad#{RESOURCE_ID}#{entra_jwt('FIRST')}"
    fake.token = entra_jwt("RENEWED")  # the process's provider renewed it: asked anew
    assert c.token_provider() == f"aad#{RESOURCE_ID}#{entra_jwt('RENEWED')}"
    assert repr(c) == "AzureSpeechConfig(Entra ID auth, 'centralindia', voice='en-US-AvaNeural')"


def test_a_key_or_a_provider_of_the_callers_wins_over_the_resource_id() -> None:
    # no azure-identity needed: the id is not used (and not checked) then
    env = {"AZURE_SPEECH_RESOURCE_ID": "not-checked", "AZURE_SPEECH_REGION": "eastus"}
    c = AzureSpeechConfig.from_env({**env, "AZURE_SPEECH_API_KEY": KEY})
    assert c.api_key == KEY and c.token_provider is None and not c.entra

    def mine() -> str:
        return "aad#mine"

    c = AzureSpeechConfig.from_env(env, token_provider=mine)
    assert c.token_provider is mine


def test_a_bare_entra_token_is_written_in_the_sdks_form_with_the_resource_id() -> None:
    token = entra_jwt()
    c = AzureSpeechConfig.from_env(
        {
            "AZURE_SPEECH_AUTH_TOKEN": token,
            "AZURE_SPEECH_RESOURCE_ID": RESOURCE_ID,
            "AZURE_SPEECH_REGION": "eastus",
        }
    )
    assert c.auth_token == f"aad#{RESOURCE_ID}#{token}" and c.token_provider is None and c.entra
    assert token not in repr(c) and RESOURCE_ID not in repr(c) and "Entra ID" in repr(c)
    # already in that form, or a key-based (STS) token: as given
    for given in (f"aad#{RESOURCE_ID}#{token}", jwt("urn:ms.cognitiveservices")):
        c = AzureSpeechConfig.from_env(
            {
                "AZURE_SPEECH_AUTH_TOKEN": given,
                "AZURE_SPEECH_RESOURCE_ID": RESOURCE_ID,
                "AZURE_SPEECH_REGION": "eastus",
            }
        )
        assert c.auth_token == given


def test_a_bare_entra_token_without_the_resource_id_is_one_line_naming_it() -> None:
    token = entra_jwt("PASTED")
    with pytest.raises(AzureSpeechConfigError) as info:
        AzureSpeechConfig.from_env(
            {"AZURE_SPEECH_AUTH_TOKEN": token, "AZURE_SPEECH_REGION": "eastus"}
        )
    line = str(info.value)
    assert line.startswith(
        "AZURE_SPEECH_AUTH_TOKEN is a Microsoft Entra ID token, which Azure Speech takes only "
        "with its resource's ID: set AZURE_SPEECH_RESOURCE_ID"
    )
    assert "\n" not in line and "PASTED" not in line
    # a key-based STS token needs no resource id
    sts = jwt("urn:ms.cognitiveservices")
    c = AzureSpeechConfig.from_env(
        {"AZURE_SPEECH_AUTH_TOKEN": sts, "AZURE_SPEECH_REGION": "eastus"}
    )
    assert c.auth_token == sts and not c.entra


@pytest.mark.parametrize(
    "value", ["sahyog-speech", "https://sahyog-speech.cognitiveservices.azure.com/", "PASTED.x.y"]
)
def test_a_malformed_resource_id_is_one_line_never_echoed(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = fake_entra_provider(monkeypatch, "unused")
    with pytest.raises(AzureSpeechConfigError) as info:
        AzureSpeechConfig.from_env(
            {"AZURE_SPEECH_RESOURCE_ID": value, "AZURE_SPEECH_REGION": "eastus"}
        )
    line = str(info.value)
    assert line.startswith("AZURE_SPEECH_RESOURCE_ID must be the Speech resource's ID")
    assert value not in line and "\n" not in line and fake.calls == 0


def test_no_credentials_names_the_resource_id_too() -> None:
    with pytest.raises(
        AzureSpeechConfigError, match="AZURE_SPEECH_RESOURCE_ID for Microsoft Entra"
    ):
        AzureSpeechConfig.from_env({"AZURE_SPEECH_REGION": "eastus"})
