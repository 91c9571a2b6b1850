from __future__ import annotations

import asyncio

import pytest

from pipecat_rt_best.base import PCM24, PCMA, PCMU
from pipecat_rt_best.base.audio_format import format_from_type
from pipecat_rt_best.realtime import (
    AzureRealtimeLLMService,
    RealtimeConfigError,
    RealtimeLLMService,
    backend_config_from_env,
    realtime_service_from_env,
    realtime_session,
)
from pipecat_rt_best.realtime.env import azure_realtime_url
from pipecat_rt_best.realtime.pooled import session_backend_from_env


def test_bytes_per_ms() -> None:
    assert PCM24.bytes_per_ms == 48
    assert PCMU.bytes_per_ms == 8
    assert PCMA.bytes_per_ms == 8
    assert PCM24.duration_ms(4800) == 100
    assert PCMU.bytes_for_ms(20) == 160
    assert PCM24.bytes_for_ms(10.01) == 480  # whole samples only


def test_format_lookup() -> None:
    assert format_from_type(None) is PCM24
    assert format_from_type("audio/pcmu").law == "ulaw"
    assert format_from_type("audio/pcma").law == "alaw"
    with pytest.raises(ValueError, match="unsupported realtime audio format"):
        format_from_type("audio/opus")


def test_session_builder_manual_g711() -> None:
    session = realtime_session(audio_format="pcma", instructions="hi")
    dumped = session.model_dump(exclude_none=True)
    assert dumped["audio"]["input"]["format"] == {"type": "audio/pcma"}
    assert dumped["audio"]["output"]["format"] == {"type": "audio/pcma"}
    assert dumped["audio"]["input"]["turn_detection"] is False  # serialised as null on the wire
    assert dumped["output_modalities"] == ["audio"]
    with pytest.raises(ValueError):
        realtime_session(audio_format="opus")  # type: ignore[arg-type]


def test_service_reports_session_formats() -> None:
    svc = RealtimeLLMService(
        api_key="k",
        base_url="ws://127.0.0.1:1/v1/realtime",
        settings=RealtimeLLMService.Settings(
            session_properties=realtime_session(audio_format="pcmu")
        ),
    )
    assert svc.input_audio_format is PCMU
    assert svc.output_audio_format is PCMU
    assert svc._calculate_audio_duration_ms(8000) == 1000  # G.711: 8 bytes per ms
    default = RealtimeLLMService(api_key="k", base_url="ws://127.0.0.1:1/v1/realtime")
    assert default.input_audio_format is PCM24
    assert default._calculate_audio_duration_ms(48000) == 1000


def test_azure_url_normalisation() -> None:
    assert (
        azure_realtime_url("https://res.openai.azure.com")
        == "wss://res.openai.azure.com/openai/v1/realtime"
    )
    assert (
        azure_realtime_url("wss://res.openai.azure.com/openai/v1/realtime/")
        == "wss://res.openai.azure.com/openai/v1/realtime"
    )
    with pytest.raises(RealtimeConfigError, match="preview"):
        azure_realtime_url(
            "wss://res.openai.azure.com/openai/realtime?api-version=2024-10-01-preview"
        )
    with pytest.raises(RealtimeConfigError):
        azure_realtime_url("not a url")
    # the v1 base URL Azure's docs and SDK samples use, with or without the slash
    for endpoint in (
        "https://res.openai.azure.com/openai/v1/",
        "https://res.openai.azure.com/openai",
    ):
        assert azure_realtime_url(endpoint) == "wss://res.openai.azure.com/openai/v1/realtime"
    with pytest.raises(RealtimeConfigError, match="not one with another path"):
        azure_realtime_url("https://res.openai.azure.com/openai/realtime")
    with pytest.raises(RealtimeConfigError, match="must not carry a query"):
        azure_realtime_url("https://res.openai.azure.com/?deployment=x")


def test_env_selects_azure_and_never_shows_the_key() -> None:
    env = {
        "AZURE_OPENAI_REALTIME_ENDPOINT": "https://res.openai.azure.com",
        "AZURE_OPENAI_API_KEY": "azure-secret-123",
        "AZURE_OPENAI_REALTIME_DEPLOYMENT": "my-rt",
        "OPENAI_API_KEY": "sk-other",
    }
    config = backend_config_from_env(env)
    assert config.backend == "azure" and config.model == "my-rt"
    assert "azure-secret-123" not in repr(config)
    svc = realtime_service_from_env(env=env)
    assert isinstance(svc, AzureRealtimeLLMService)
    assert svc.base_url == "wss://res.openai.azure.com/openai/v1/realtime?model=my-rt"
    assert "azure-secret-123" not in repr(svc) and "azure-secret-123" not in str(svc)


def test_azure_with_entra_id_needs_no_key_and_a_missing_key_names_both_ways() -> None:
    # key auth disabled on the resource: only the endpoint is set, a token provider given
    env = {
        "AZURE_OPENAI_REALTIME_ENDPOINT": "https://res.openai.azure.com",
        "AZURE_OPENAI_REALTIME_DEPLOYMENT": "my-rt",
    }

    async def token() -> str:
        return "entra-token"

    svc = realtime_service_from_env(env=env, token_provider=token)
    assert isinstance(svc, AzureRealtimeLLMService)
    assert svc.base_url == "wss://res.openai.azure.com/openai/v1/realtime?model=my-rt"
    assert asyncio.run(svc._auth_headers()) == {"Authorization": "Bearer entra-token"}
    backend = session_backend_from_env(env, token_provider=token)
    assert backend.url == svc.base_url
    assert asyncio.run(backend.auth_headers()) == {"Authorization": "Bearer entra-token"}
    # without either, the message names both ways
    for build in (
        lambda: realtime_service_from_env(env=env),
        lambda: session_backend_from_env(env),
    ):
        with pytest.raises(RealtimeConfigError) as err:
            build()
        assert "AZURE_OPENAI_API_KEY" in str(err.value) and "token_provider" in str(err.value)
    # a token provider with the OpenAI backend would be ignored: refused, saying why
    openai = {"OPENAI_API_KEY": "sk-1"}
    for build in (
        lambda: realtime_service_from_env(env=openai, token_provider=token),
        lambda: session_backend_from_env(openai, token_provider=token),
    ):
        with pytest.raises(RealtimeConfigError, match=r"token_provider .* is for Azure"):
            build()


def test_env_selects_openai_and_can_be_forced() -> None:
    env = {"OPENAI_API_KEY": "sk-1", "OPENAI_REALTIME_URL": "ws://127.0.0.1:9/v1/realtime"}
    svc = realtime_service_from_env(env=env)
    assert type(svc) is RealtimeLLMService
    assert svc.base_url == "ws://127.0.0.1:9/v1/realtime?model=gpt-realtime"
    with pytest.raises(RealtimeConfigError, match="Azure needs"):
        backend_config_from_env({"PIPECAT_RT_BEST_BACKEND": "azure", "OPENAI_API_KEY": "sk"})
    # forced to OpenAI with Azure set: it said no backend was configured, set the Azure ones
    azure = {
        "AZURE_OPENAI_REALTIME_ENDPOINT": "https://x.openai.azure.com",
        "AZURE_OPENAI_API_KEY": "k",
    }
    with pytest.raises(RealtimeConfigError) as err:
        backend_config_from_env({"PIPECAT_RT_BEST_BACKEND": "openai", **azure})
    assert str(err.value) == (
        "PIPECAT_RT_BEST_BACKEND=openai needs OPENAI_API_KEY "
        "(or unset PIPECAT_RT_BEST_BACKEND to use Azure)"
    )
    with pytest.raises(
        RealtimeConfigError, match=r"^PIPECAT_RT_BEST_BACKEND=openai needs OPENAI_API_KEY$"
    ):
        backend_config_from_env({"PIPECAT_RT_BEST_BACKEND": "openai"})
    with pytest.raises(RealtimeConfigError, match="must not carry a query"):
        backend_config_from_env(
            {"OPENAI_API_KEY": "sk", "OPENAI_REALTIME_URL": "ws://h/v1/realtime?x=1"}
        )
    settings = RealtimeLLMService.Settings()
    realtime_service_from_env(env=env, settings=settings)
    assert not settings.model  # the caller's settings are not changed behind their back


def test_a_deployment_name_a_url_cannot_carry_is_refused_naming_the_variable() -> None:
    # "GPT Realtime" went into ?model= as is (a space in the request line), and the failed
    # connect blamed the endpoint and the network
    azure = {
        "AZURE_OPENAI_REALTIME_ENDPOINT": "https://res.openai.azure.com",
        "AZURE_OPENAI_API_KEY": "k",
    }
    with pytest.raises(RealtimeConfigError) as err:
        session_backend_from_env({**azure, "AZURE_OPENAI_REALTIME_DEPLOYMENT": "GPT Realtime"})
    assert str(err.value) == (
        "AZURE_OPENAI_REALTIME_DEPLOYMENT must be a name of letters, digits, '-', '_' and '.', "
        "not one containing ' '"
    )
    with pytest.raises(RealtimeConfigError, match=r"^OPENAI_REALTIME_MODEL .* '#', '&'$"):
        backend_config_from_env({"OPENAI_API_KEY": "k", "OPENAI_REALTIME_MODEL": "a&b#c"})
    # a name of those characters is the URL's as written, for the pool and the service alike
    env = {**azure, "AZURE_OPENAI_REALTIME_DEPLOYMENT": "gpt-4o.rt_1"}
    url = "wss://res.openai.azure.com/openai/v1/realtime?model=gpt-4o.rt_1"
    assert session_backend_from_env(env).url == url
    assert realtime_service_from_env(env=env).base_url == url


def test_env_with_nothing_is_a_clear_error() -> None:
    with pytest.raises(RealtimeConfigError, match="no realtime backend configured"):
        backend_config_from_env({})
    with pytest.raises(RealtimeConfigError, match="must be 'azure' or 'openai'"):
        backend_config_from_env({"PIPECAT_RT_BEST_BACKEND": "gcp"})


def test_blank_values_are_unset_and_a_pasted_keys_newline_is_dropped() -> None:
    # a .env template's NAME= lines, and a key pasted with its newline
    env = {
        "OPENAI_API_KEY": "sk-secret-1\n",
        "OPENAI_REALTIME_URL": "",
        "OPENAI_REALTIME_MODEL": " ",
        "PIPECAT_RT_BEST_BACKEND": "",
        "AZURE_OPENAI_REALTIME_ENDPOINT": "",
    }
    config = backend_config_from_env(env)
    assert (config.backend, config.url, config.model, config.api_key) == (
        "openai",
        "wss://api.openai.com/v1/realtime",
        "gpt-realtime",
        "sk-secret-1",
    )


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"OPENAI_API_KEY": "sk-a b"}, "OPENAI_API_KEY contains whitespace"),
        ({"OPENAI_API_KEY": "sk", "OPENAI_REALTIME_URL": "ws://127.0.0.1:87650/v1"}, "valid port"),
        ({"OPENAI_API_KEY": "sk", "OPENAI_REALTIME_URL": "127.0.0.1:8765/v1"}, "a ws/wss scheme"),
        ({"OPENAI_API_KEY": "sk", "OPENAI_REALTIME_URL": "ws:///v1/realtime"}, "a host"),
    ],
)
def test_an_unusable_setting_is_one_line_naming_it(env: dict[str, str], words: str) -> None:
    with pytest.raises(RealtimeConfigError, match=words) as info:
        backend_config_from_env(env)
    assert "\n" not in str(info.value) and "sk-a b" not in str(info.value)


async def test_an_http_realtime_url_is_connected_to_as_a_websocket() -> None:
    # http(s):// passed the start-up check, then every connect failed ("isn't a valid URI")
    from pipecat_rt_best.realtime.pooled import realtime_pool_from_env
    from pipecat_rt_best.session_pool.pool import PoolConfig
    from pipecat_rt_best.testing.realtime_emulator import RealtimeEmulator

    https = {"OPENAI_API_KEY": "sk-1", "OPENAI_REALTIME_URL": "https://gw.example.com/v1/realtime"}
    assert backend_config_from_env(https).url == "wss://gw.example.com/v1/realtime"
    async with RealtimeEmulator(api_key="k") as emu:
        env = {"OPENAI_API_KEY": "k", "OPENAI_REALTIME_URL": emu.url.replace("ws://", "http://")}
        assert backend_config_from_env(env).url == emu.url
        pool = realtime_pool_from_env(PoolConfig(min_idle=1, open_timeout_s=5.0), env=env)
        async with pool:
            session = await pool.checkout()  # a real handshake with the emulator
            await session.aclose()
        assert pool.metrics.failed == 0 and emu.sessions


@pytest.mark.parametrize(
    ("url", "connected_to"),
    [
        # the openai SDK's OPENAI_BASE_URL form: /v1?model=… was connected to, a 404 per call
        ("https://api.openai.com/v1", "wss://api.openai.com/v1/realtime"),
        ("https://api.openai.com/v1/", "wss://api.openai.com/v1/realtime"),
        ("wss://api.openai.com/v1/realtime/", "wss://api.openai.com/v1/realtime"),
        ("ws://127.0.0.1:8765/v1", "ws://127.0.0.1:8765/v1/realtime"),
        ("https://gw.example.com/openai/v1", "wss://gw.example.com/openai/v1/realtime"),
        ("wss://gw.example.com/v1/realtime", "wss://gw.example.com/v1/realtime"),  # as given
        ("ws://127.0.0.1:8765", "ws://127.0.0.1:8765"),
    ],
)
def test_openais_base_url_is_normalised_like_azures(url: str, connected_to: str) -> None:
    # Azure's …/openai/v1 base was normalised, OpenAI's /v1 kept (the backends review)
    env = {"OPENAI_API_KEY": "sk-1", "OPENAI_REALTIME_URL": url}
    assert backend_config_from_env(env).url == connected_to


@pytest.mark.parametrize(
    "endpoint",
    [
        "https://res.openai.azure.com:99999",  # out of range: accepted, then every connect failed
        "https://u:PWSECRET42@res.openai.azure.com:99999",
        "https://res.openai.azure.com:0",
        "https://res.openai.azure.com:https",
        "https://[res.openai.azure.com",  # a malformed host: a ValueError traceback
        "ftp://res.openai.azure.com",
    ],
)
def test_an_azure_endpoint_gets_the_same_url_check_as_openai(endpoint: str) -> None:
    env = {"AZURE_OPENAI_REALTIME_ENDPOINT": endpoint, "AZURE_OPENAI_API_KEY": "k" * 32}
    with pytest.raises(RealtimeConfigError, match="a host and a valid port") as info:
        backend_config_from_env(env)
    assert "AZURE_OPENAI_REALTIME_ENDPOINT" in str(info.value)
    assert "PWSECRET42" not in str(info.value) and "\n" not in str(info.value)
    ok = {**env, "AZURE_OPENAI_REALTIME_ENDPOINT": "https://res.openai.azure.com:8443"}
    assert backend_config_from_env(ok).url == "wss://res.openai.azure.com:8443/openai/v1/realtime"


@pytest.mark.parametrize("name", ["OPENAI_API_KEY", "AZURE_OPENAI_API_KEY"])
def test_a_key_quoted_as_docker_env_file_passes_it_is_read_without_the_quotes(
    name: str,
) -> None:
    env = {name: '"sk-secret-1"'}
    if name.startswith("AZURE"):
        env["AZURE_OPENAI_REALTIME_ENDPOINT"] = "https://my-res.openai.azure.com"
    assert backend_config_from_env(env).api_key == "sk-secret-1"


@pytest.mark.parametrize(
    "key",
    [
        "\u201cSECRETKEY123456\u201d",  # pasted with a word processor's quotes “…”
        "SECRETKEY\u200b123456",  # a zero-width space copied from a web page
        "SECRETKEY\u00a0123456",  # a no-break space
    ],
)
@pytest.mark.parametrize("backend", ["azure", "openai"])
def test_a_key_an_http_header_cannot_carry_is_refused_at_start(key: str, backend: str) -> None:
    # it passed, and every connect then failed in websockets (InvalidHeaderValue): "cannot
    # reach the realtime backend ... and the network", or no reason at all (the backends review)
    name = "AZURE_OPENAI_API_KEY" if backend == "azure" else "OPENAI_API_KEY"
    env = {name: key}
    if backend == "azure":
        env["AZURE_OPENAI_REALTIME_ENDPOINT"] = "https://res.openai.azure.com"
    with pytest.raises(RealtimeConfigError) as info:
        backend_config_from_env(env)
    line = str(info.value)
    assert line.startswith(f"{name} contains ") and line.endswith("not shown): set the key alone")
    assert "SECRETKEY" not in line and "123456" not in line
