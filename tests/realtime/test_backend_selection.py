"""Which realtime backend the environment configures: one home
(:func:`pipecat_rt_best.realtime.env.configured_backend`), checked with the variable sets the
README documents, and the one line saying what is missing when none is."""

from __future__ import annotations

import pytest

from pipecat_rt_best.cli.bot_script import backend_problem
from pipecat_rt_best.realtime.env import (
    BACKEND_SELECTORS,
    BACKEND_VARS,
    RealtimeConfigError,
    backend_config_from_env,
    configured_backend,
    model_refusal,
)

# README "Environment": the model's backends, each with its optional refinements
OPENAI = {"OPENAI_API_KEY": "sk-test-0042"}
OPENAI_FULL = OPENAI | {
    "OPENAI_REALTIME_MODEL": "gpt-realtime",
    "OPENAI_REALTIME_URL": "wss://api.openai.com/v1/realtime",
}
AZURE = {
    "AZURE_OPENAI_REALTIME_ENDPOINT": "https://res.openai.azure.com",
    "AZURE_OPENAI_API_KEY": "0123456789abcdef",
}
AZURE_FULL = AZURE | {"AZURE_OPENAI_REALTIME_DEPLOYMENT": "gpt-realtime"}


@pytest.mark.parametrize(
    ("env", "backend"),
    [(OPENAI, "openai"), (OPENAI_FULL, "openai"), (AZURE, "azure"), (AZURE_FULL, "azure")],
)
def test_the_readmes_variable_sets_configure_their_backend(
    env: dict[str, str], backend: str
) -> None:
    config = configured_backend(env)
    assert config is not None and config.backend == backend
    assert backend_config_from_env(env) == config


@pytest.mark.parametrize(
    "env",
    [
        {},
        # left in a shell by other Azure OpenAI work: not a backend (README: the selectors are
        # OPENAI_API_KEY / AZURE_OPENAI_REALTIME_ENDPOINT)
        {"AZURE_OPENAI_API_KEY": "k"},
        {"AZURE_OPENAI_ENDPOINT": "https://res.openai.azure.com", "AZURE_OPENAI_API_KEY": "k"},
        {"OPENAI_REALTIME_MODEL": "gpt-realtime"},
    ],
)
def test_without_a_selecting_variable_no_backend_is_configured(env: dict[str, str]) -> None:
    assert configured_backend(env) is None
    with pytest.raises(RealtimeConfigError):
        backend_config_from_env(env)


def test_a_selected_backend_with_a_mistake_is_an_error_not_none() -> None:
    with pytest.raises(RealtimeConfigError, match="Azure needs AZURE_OPENAI_API_KEY"):
        configured_backend({"AZURE_OPENAI_REALTIME_ENDPOINT": "https://res.openai.azure.com"})
    with pytest.raises(RealtimeConfigError, match="PIPECAT_RT_BEST_BACKEND=openai needs"):
        configured_backend({"PIPECAT_RT_BEST_BACKEND": "openai", **AZURE})


def _line(env: dict[str, str]) -> str:
    with pytest.raises(RealtimeConfigError) as err:
        backend_config_from_env(env)
    line = str(err.value)
    assert "\n" not in line
    for value in env.values():
        assert value not in line  # names only, never a value
    return line


def test_a_lone_azure_key_names_the_variable_missing_not_the_one_set() -> None:
    line = _line({"AZURE_OPENAI_API_KEY": "k-secret-0042"})
    assert line.startswith("AZURE_OPENAI_API_KEY is set but no realtime backend is configured")
    assert "Azure OpenAI also needs AZURE_OPENAI_REALTIME_ENDPOINT (or set OPENAI_API_KEY" in line
    assert "AZURE_OPENAI_REALTIME_ENDPOINT + AZURE_OPENAI_API_KEY" not in line  # already set


def test_azures_own_sdk_names_get_the_pack_names() -> None:
    line = _line(
        {"AZURE_OPENAI_ENDPOINT": "https://res.openai.azure.com", "AZURE_OPENAI_API_KEY": "k-42"}
    )
    assert "Azure OpenAI also needs AZURE_OPENAI_REALTIME_ENDPOINT" in line
    assert line.endswith(
        "AZURE_OPENAI_ENDPOINT is set: did you mean AZURE_OPENAI_REALTIME_ENDPOINT?"
    )


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({}, "no realtime backend configured: set OPENAI_API_KEY, or "
             "AZURE_OPENAI_REALTIME_ENDPOINT + AZURE_OPENAI_API_KEY"),
        ({"OPENAI_REALTIME_MODEL": "gpt-realtim"}, "OpenAI also needs OPENAI_API_KEY (or set "
             "AZURE_OPENAI_REALTIME_ENDPOINT + AZURE_OPENAI_API_KEY for Azure OpenAI)"),
        ({"AZURE_OPENAI_REALTIME_DEPLOYMENT": "gpt-realtime"}, "Azure OpenAI also needs "
             "AZURE_OPENAI_REALTIME_ENDPOINT + AZURE_OPENAI_API_KEY (or set OPENAI_API_KEY"),
        ({"OPENAI_APIKEY": "sk-typo-0042"}, "did you mean OPENAI_API_KEY?"),
    ],
)  # fmt: skip
def test_what_is_missing_is_named(env: dict[str, str], says: str) -> None:
    assert says in _line(env)


def test_the_selectors_are_backend_variables() -> None:
    assert set(BACKEND_SELECTORS) <= set(BACKEND_VARS)


@pytest.mark.parametrize("blank", ['""', "''", ' "" '])
def test_a_key_set_to_empty_quotes_is_unset(blank: str) -> None:
    # `OPENAI_API_KEY=""` in a `docker --env-file` arrives with its quotes: it counted as set,
    # so the error said the key "is set" and then asked for it, and --offline refused to run
    env = {"OPENAI_API_KEY": blank}
    assert configured_backend(env) is None
    with pytest.raises(RealtimeConfigError) as err:
        backend_config_from_env(env)
    assert "is set" not in str(err.value)
    quoted = {"OPENAI_API_KEY": '"sk-test-0042"', "OPENAI_REALTIME_MODEL": "'gpt-realtime'"}
    config = configured_backend(quoted)
    assert (
        config is not None and config.api_key == "sk-test-0042" and config.model == "gpt-realtime"
    )


@pytest.mark.parametrize(
    ("env", "name"),
    [
        # docker --env-file keeps an inline comment (python-dotenv cuts it)
        (AZURE | {"AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT": "gpt-4o-transcribe # prod"},
         "AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT"),
        (AZURE | {"AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT": "my whisper"},
         "AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT"),
        (OPENAI | {"OPENAI_REALTIME_TRANSCRIBE_MODEL": "gpt-4o-transcribe # prod"},
         "OPENAI_REALTIME_TRANSCRIBE_MODEL"),
    ],
)  # fmt: skip
def test_a_transcription_name_is_checked_with_the_backend_at_start(
    env: dict[str, str], name: str
) -> None:
    # it was refused per call only (input_transcription_from_env in phone_call): the bot said
    # "ready", then every call died with a traceback (the backends review)
    with pytest.raises(RealtimeConfigError, match=f"^{name} must be a name of letters"):
        configured_backend(env)
    problem = backend_problem("audio", env)
    assert problem is not None and problem.startswith(name)


def test_azures_sdk_deployment_name_that_would_change_the_deployment_is_refused() -> None:
    # it was read only when nothing was configured: here the calls went to ?model=gpt-realtime
    # without a word (the backends review)
    with pytest.raises(RealtimeConfigError) as err:
        configured_backend(AZURE | {"AZURE_OPENAI_DEPLOYMENT": "rt-prod"})
    line = str(err.value)
    assert line.startswith("AZURE_OPENAI_DEPLOYMENT (the name Azure's SDKs read) is set")
    assert "its default ('gpt-realtime')" in line and "\n" not in line
    # naming the same deployment changes nothing
    same = AZURE | {"AZURE_OPENAI_DEPLOYMENT": "gpt-realtime"}
    config = configured_backend(same)
    assert config is not None and config.model == "gpt-realtime"
    # with the pack's own name set, AZURE_OPENAI_DEPLOYMENT is the other tools' (a chat
    # deployment in the same .env): the pack's name decides
    both = AZURE_FULL | {"AZURE_OPENAI_DEPLOYMENT": "gpt-4o-chat"}
    config = configured_backend(both)
    assert config is not None and config.model == "gpt-realtime"


def test_azures_sdk_endpoint_name_beside_an_openai_key_is_refused_not_openai() -> None:
    # AZURE_OPENAI_ENDPOINT + its key, and an OPENAI_API_KEY left in the shell: the calls went
    # to api.openai.com, silently (the backends review)
    env = {"AZURE_OPENAI_ENDPOINT": "https://res.openai.azure.com/", **OPENAI}
    env["AZURE_OPENAI_API_KEY"] = AZURE["AZURE_OPENAI_API_KEY"]
    line = _line(env)
    assert line.startswith("AZURE_OPENAI_ENDPOINT (the name Azure's SDKs read) is set")
    assert "set AZURE_OPENAI_REALTIME_ENDPOINT for Azure OpenAI" in line
    assert "PIPECAT_RT_BEST_BACKEND=openai" in line
    # OpenAI chosen in so many words
    config = configured_backend(env | {"PIPECAT_RT_BEST_BACKEND": "openai"})
    assert config is not None and config.backend == "openai"


def test_the_start_up_line_names_backend_host_and_deployment_never_the_key() -> None:
    azure = configured_backend(AZURE | {"AZURE_OPENAI_REALTIME_DEPLOYMENT": "rt-prod"})
    openai = configured_backend(OPENAI | {"OPENAI_REALTIME_URL": "ws://127.0.0.1:8765/v1/realtime"})
    assert azure is not None and openai is not None
    assert azure.describe() == "Azure OpenAI at res.openai.azure.com, deployment 'rt-prod'"
    assert openai.describe() == "OpenAI at 127.0.0.1:8765, model 'gpt-realtime'"
    assert AZURE["AZURE_OPENAI_API_KEY"] not in azure.describe()


def test_the_portals_preview_target_uri_says_where_its_deployment_goes() -> None:
    # told only "use the GA endpoint", the user dropped the query and its deployment= with it,
    # and landed on the default gpt-realtime: a 404 at every call (the backends review)
    env = AZURE | {
        "AZURE_OPENAI_REALTIME_ENDPOINT": "https://res.openai.azure.com/openai/realtime"
        "?api-version=2025-04-01-preview&deployment=gpt-4o-mini-realtime-preview"
    }
    line = _line_naming(env)
    assert "put its deployment= value ('gpt-4o-mini-realtime-preview') in" in line
    assert line.endswith("AZURE_OPENAI_REALTIME_DEPLOYMENT")
    without = AZURE | {
        "AZURE_OPENAI_REALTIME_ENDPOINT": "https://res.openai.azure.com/openai/realtime"
        "?api-version=2025-04-01-preview"
    }
    assert "put its deployment= value in AZURE_OPENAI_REALTIME_DEPLOYMENT" in _line_naming(without)


def _line_naming(env: dict[str, str]) -> str:
    with pytest.raises(RealtimeConfigError) as err:
        configured_backend(env)
    assert env["AZURE_OPENAI_API_KEY"] not in str(err.value)
    return str(err.value)


@pytest.mark.parametrize(
    ("env", "says"),
    [
        (AZURE | {"AZURE_OPENAI_REALTIME_DEPLOYMENT": "gpt-realtime-mini"},
         "the realtime backend has no deployment/model 'gpt-realtime-mini' (HTTP 404): set "
         "AZURE_OPENAI_REALTIME_DEPLOYMENT to the name of one of its realtime deployments"),
        (OPENAI, "the realtime backend has no deployment/model 'gpt-realtime' (HTTP 404): set "
         "OPENAI_REALTIME_MODEL to a realtime model"),
        ({}, "the realtime backend has no deployment/model (HTTP 404): set "
         "AZURE_OPENAI_REALTIME_DEPLOYMENT or OPENAI_REALTIME_MODEL"),
    ],
)  # fmt: skip
def test_a_handshake_answered_404_names_the_deployment_sent(env: dict[str, str], says: str) -> None:
    # it read "cannot reach the realtime backend: check ... and the network", or "check the
    # key and endpoint": the backend was reached and the key taken (the backends review)
    pooled = "realtime backend 'azure:x' is unavailable: circuit breaker open (last: HTTP 404)"
    direct = "Error connecting: server rejected WebSocket connection: HTTP 404"
    assert model_refusal(pooled, env) == says and model_refusal(direct, env) == says
    assert "(HTTP 400)" in (model_refusal("… HTTP 400", env) or "")
    for other in ("… (last: HTTP 401)", "… HTTP 4040 …", "ConnectionRefusedError (errno 111)"):
        assert model_refusal(other, env) is None
