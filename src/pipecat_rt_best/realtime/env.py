"""Pick the realtime backend from environment variables.

Azure OpenAI (selected when ``AZURE_OPENAI_REALTIME_ENDPOINT`` is set):
    AZURE_OPENAI_REALTIME_ENDPOINT    e.g. ``wss://my-res.openai.azure.com/openai/v1/realtime``
                                      (an ``https://my-res.openai.azure.com`` base works too)
    AZURE_OPENAI_API_KEY              the resource key (sent as the ``api-key`` header); not
                                      needed with Microsoft Entra ID
    AZURE_OPENAI_AUTH                 ``entra``: Microsoft Entra ID instead of the key — the
                                      builders (:func:`realtime_service_from_env`,
                                      ``session_backend_from_env``, ``realtime_pool_from_env``)
                                      get a bearer token from ``azure.identity``'s
                                      ``DefaultAzureCredential`` (scope
                                      ``https://cognitiveservices.azure.com/.default``, the
                                      ``entra`` extra), one cached token for the process, asked
                                      for every new session and renewed before it expires;
                                      ``key`` or unset: the key (or a ``token_provider=`` passed
                                      to the builders)
    AZURE_OPENAI_REALTIME_DEPLOYMENT  the deployment name (default ``gpt-realtime``)

OpenAI (selected when ``OPENAI_API_KEY`` is set and Azure is not):
    OPENAI_API_KEY, OPENAI_REALTIME_MODEL (default ``gpt-realtime``),
    OPENAI_REALTIME_URL (default ``wss://api.openai.com/v1/realtime``; point it at an
    emulator with ``ws://127.0.0.1:PORT/v1/realtime``; ``https://``/``http://`` are
    connected to as ``wss://``/``ws://``, and the API's base URL ``…/v1`` as ``…/v1/realtime``)

``PIPECAT_RT_BEST_BACKEND`` = ``azure`` | ``openai`` forces the choice.

The caller's turns transcribed into the context (so a reconnect or a move to a fresh session
restores them, :func:`input_transcription_from_env`):
    OPENAI_REALTIME_TRANSCRIBE_MODEL              default pipecat's (``gpt-realtime-whisper``)
    AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT   the name of a transcription model's
                                                  deployment (Azure takes a deployment name
                                                  there, not a model); unset: no transcription

A backend is configured when one of :data:`BACKEND_SELECTORS` is set
(:func:`configured_backend`: which one, or None); the other variables only refine one. When
none is, the error says what to set, naming the variables already set that do not make a
backend (``AZURE_OPENAI_API_KEY`` alone: Azure also needs the endpoint) and a name that looks
like a misspelling of one of :data:`BACKEND_VARS` (``AZURE_OPENAI_ENDPOINT``, as Azure's own
SDKs call it).
"""

from __future__ import annotations

import copy
import difflib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import SplitResult, parse_qs, urlsplit, urlunsplit

from pipecat_rt_best.base.entra import entra_token_provider
from pipecat_rt_best.base.env_value import env_secret, header_secret_problem
from pipecat_rt_best.base.redaction import redact_url

if TYPE_CHECKING:  # the service loads pipecat: not for reading the environment
    from pipecat_rt_best.realtime.reconnect import ReconnectParams
    from pipecat_rt_best.realtime.service import AzureRealtimeLLMService, RealtimeLLMService

Backend = Literal["azure", "openai"]


class RealtimeConfigError(RuntimeError):
    """The environment does not select a usable realtime backend."""


BACKEND_VARS = (
    "PIPECAT_RT_BEST_BACKEND",
    "AZURE_OPENAI_REALTIME_ENDPOINT",
    "AZURE_OPENAI_API_KEY",
    "AZURE_OPENAI_AUTH",
    "AZURE_OPENAI_REALTIME_DEPLOYMENT",
    "OPENAI_API_KEY",
    "OPENAI_REALTIME_URL",
    "OPENAI_REALTIME_MODEL",
    "AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT",
    "OPENAI_REALTIME_TRANSCRIBE_MODEL",
)
"""Every variable :func:`backend_config_from_env` and :func:`input_transcription_from_env`
read."""
BACKEND_SELECTORS = ("OPENAI_API_KEY", "AZURE_OPENAI_REALTIME_ENDPOINT", "PIPECAT_RT_BEST_BACKEND")
"""The variables that select a backend (the others only refine one): with none set, no
backend is configured (an offline run then uses its emulator)."""

# each backend: (its name, what selects and authenticates it, what only refines it)
_BACKENDS = (
    (
        "Azure OpenAI",
        ("AZURE_OPENAI_REALTIME_ENDPOINT", "AZURE_OPENAI_API_KEY"),
        (
            "AZURE_OPENAI_API_KEY",
            "AZURE_OPENAI_AUTH",
            "AZURE_OPENAI_REALTIME_DEPLOYMENT",
            "AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT",
        ),
    ),
    (
        "OpenAI",
        ("OPENAI_API_KEY",),
        ("OPENAI_REALTIME_URL", "OPENAI_REALTIME_MODEL", "OPENAI_REALTIME_TRANSCRIBE_MODEL"),
    ),
)

_OTHER_TOOLS_NAMES = {
    "AZURE_OPENAI_ENDPOINT": "AZURE_OPENAI_REALTIME_ENDPOINT",
    "AZURE_OPENAI_DEPLOYMENT": "AZURE_OPENAI_REALTIME_DEPLOYMENT",
}
"""Names Azure's own SDKs and samples use for what this pack reads under another name. Not
read as aliases: set beside a configured backend where they would change what is used, they
are refused (:func:`configured_backend`)."""


@dataclass(frozen=True, repr=False)
class RealtimeBackendConfig:
    """Where and how to connect. ``repr`` never shows the key (nor a password or key in
    the URL)."""

    backend: Backend
    url: str
    model: str
    api_key: str
    entra: bool = False
    """Azure with ``AZURE_OPENAI_AUTH=entra``: authenticated with a Microsoft Entra ID token
    (:func:`~pipecat_rt_best.base.entra.entra_token_provider`), not the key."""

    def __repr__(self) -> str:
        auth = "entra=True" if self.entra else "api_key=<redacted>"
        return (
            f"RealtimeBackendConfig(backend={self.backend!r}, url={redact_url(self.url)!r}, "
            f"model={self.model!r}, {auth})"
        )

    def describe(self) -> str:
        """Which backend, endpoint host and deployment/model are used, for a start-up log line
        (``Azure OpenAI at my-res.openai.azure.com, deployment 'gpt-realtime'``): no key, no
        path or query."""
        host = urlsplit(self.url).netloc.rpartition("@")[2]  # host[:port], no user:password
        if self.backend == "azure":
            auth = " (Microsoft Entra ID)" if self.entra else ""
            return f"Azure OpenAI at {host}, deployment {self.model!r}{auth}"
        return f"OpenAI at {host}, model {self.model!r}"


_WEBSOCKET_SCHEMES = {"ws": "ws", "wss": "wss", "http": "ws", "https": "wss"}
"""The schemes a realtime URL may have, and the WebSocket scheme each is connected to with."""


def _connectable(url: str) -> SplitResult | None:
    """``url``'s parts with the WebSocket scheme it is connected to with (``http``/``https``
    become ``ws``/``wss``) if it has one of those schemes, a host and a port that is a number
    in 1-65535 or none; else None."""
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:  # a malformed host ("[x"), a port not a number or out of range
        return None
    scheme = _WEBSOCKET_SCHEMES.get(parts.scheme)
    if scheme is None or not parts.hostname or not port_ok:
        return None
    return parts._replace(scheme=scheme)


def azure_realtime_url(endpoint: str) -> str:
    """Normalise an Azure endpoint to the GA ``wss://…/openai/v1/realtime`` URL."""
    parts = _connectable(endpoint.strip())
    if parts is None:
        # the value is not echoed: it may hold a pasted key or a password
        raise RealtimeConfigError(
            "AZURE_OPENAI_REALTIME_ENDPOINT must be a URL like wss://<resource>.openai.azure.com "
            "(a ws/wss/https scheme, a host and a valid port)"
        )
    if "api-version=" in parts.query:
        # the portal's Target URI (…/openai/realtime?api-version=…&deployment=<name>): the
        # deployment= value is harmless (redact_url keeps it too), shown when it is a name
        deployment = parse_qs(parts.query).get("deployment", [""])[0]
        named = f" ({deployment!r})" if _NAME.fullmatch(deployment) else ""
        raise RealtimeConfigError(
            "AZURE_OPENAI_REALTIME_ENDPOINT carries an api-version (the preview protocol); "
            "use the GA /openai/v1/realtime endpoint (the resource URL "
            f"https://<resource>.openai.azure.com) and put its deployment= value{named} in "
            "AZURE_OPENAI_REALTIME_DEPLOYMENT"
        )
    if parts.query:
        raise RealtimeConfigError(
            "AZURE_OPENAI_REALTIME_ENDPOINT must not carry a query; the deployment goes in "
            "AZURE_OPENAI_REALTIME_DEPLOYMENT"
        )
    path = parts.path.rstrip("/")
    # the resource root, the v1 base URL of Azure's docs and SDKs, or the realtime URL itself
    for known in ("/openai/v1/realtime", "/openai/v1", "/openai"):
        if path.endswith(known):
            path = path[: -len(known)]
            break
    if path:
        raise RealtimeConfigError(
            "AZURE_OPENAI_REALTIME_ENDPOINT must be the resource URL "
            "(https://<resource>.openai.azure.com, optionally ending in /openai/v1), "
            "not one with another path"  # the value is not echoed: it may hold a pasted key
        )
    return urlunsplit((parts.scheme, parts.netloc, "/openai/v1/realtime", "", ""))


def _setting(env: Mapping[str, str], name: str, default: str = "") -> str:
    """``env[name]`` stripped and unquoted (:func:`env_secret`); unset or blank (a ``.env``
    template's ``NAME=``, or ``NAME=""`` as ``docker run --env-file`` passes it) is
    ``default``."""
    return env_secret(env, name) or default


def _key(env: Mapping[str, str], name: str) -> str:
    """An API key: stripped (a pasted key's newline would go into the auth header, and the
    client library's error about it quotes the header) and unquoted (``docker run
    --env-file`` keeps ``"…"`` quotes); one with whitespace inside, or any character an HTTP
    header cannot carry (:func:`~pipecat_rt_best.base.env_value.header_secret_problem`), is
    refused without echoing it."""
    key = env_secret(env, name)
    problem = header_secret_problem(name, key)
    if problem is not None:
        raise RealtimeConfigError(problem)
    return key


_NAME = re.compile(r"[A-Za-z0-9._:-]+")
"""A model or deployment name: it goes into the URL's query (``?model=<name>``) as is."""


def _model_name(env: Mapping[str, str], name: str, default: str) -> str:
    """A model or deployment name (``env[name]``, else ``default``); one with a character a
    URL's query cannot carry as is (a space, ``&``, ``#``, ...) is refused, naming those
    characters only."""
    value = _setting(env, name, default)
    if not _NAME.fullmatch(value):
        bad = sorted({ch for ch in value if not _NAME.fullmatch(ch)})
        raise RealtimeConfigError(
            f"{name} must be a name of letters, digits, '-', '_' and '.', not one containing "
            + ", ".join(repr(ch) for ch in bad)
        )
    return value


def _websocket_url(url: str, name: str) -> str:
    """``url`` as a WebSocket client connects to it (``http``/``https`` become ``ws``/``wss``,
    as for Azure's endpoint: the WebSocket client refuses any other scheme; a trailing slash is
    dropped and the API's base URL, ``…/v1`` as the openai SDK's ``OPENAI_BASE_URL`` has it,
    gets its ``/realtime``); else one line naming ``name``."""
    parts = _connectable(url)
    if parts is None:
        raise RealtimeConfigError(
            f"{name} must be a URL like wss://api.openai.com/v1/realtime or "
            "ws://127.0.0.1:PORT/v1/realtime (a ws/wss scheme, a host and a valid port)"
        )
    if parts.query:
        raise RealtimeConfigError(
            f"{name} must not carry a query; the model goes in OPENAI_REALTIME_MODEL"
        )
    path = parts.path.rstrip("/")
    if path.endswith("/v1"):  # the base URL: /v1?model=… is no realtime endpoint (HTTP 404)
        path += "/realtime"
    return urlunsplit(parts._replace(path=path))


_REFUSED_MODEL = re.compile(r"\bHTTP (404|400)\b")
"""How a realtime handshake answered 404 (no such deployment/model) or 400 (a model that is
not a realtime one) reads in a connect failure: websockets' ``HTTP 404``, the pool's
``(last: HTTP 404)``."""


def model_refusal(failure: str, env: Mapping[str, str] | None = None) -> str | None:
    """The line for a connect ``failure`` (its text) that is a realtime handshake answered
    HTTP 404 or 400: the backend was reached and the key taken, but it has no deployment/model
    of the name sent (``AZURE_OPENAI_REALTIME_DEPLOYMENT`` / ``OPENAI_REALTIME_MODEL``, read
    from ``env``, default ``os.environ``), in the shape of the rejected key's line; None for
    any other failure."""
    status = _REFUSED_MODEL.search(failure)
    if status is None:
        return None
    try:
        config = configured_backend(env)
    except RealtimeConfigError:
        config = None
    if config is None:  # not the environment's backend (an emulator, a URL given in code)
        name, fix = "", "AZURE_OPENAI_REALTIME_DEPLOYMENT or OPENAI_REALTIME_MODEL"
    elif config.backend == "azure":
        name = f" {config.model!r}"
        fix = "AZURE_OPENAI_REALTIME_DEPLOYMENT to the name of one of its realtime deployments"
    else:
        name, fix = f" {config.model!r}", "OPENAI_REALTIME_MODEL to a realtime model"
    return f"the realtime backend has no deployment/model{name} (HTTP {status[1]}): set {fix}"


def _meant(name: str) -> str | None:
    """The backend variable ``name`` is probably a misspelling of, if any."""
    close = difflib.get_close_matches(name, BACKEND_VARS, n=1, cutoff=0.85)
    return close[0] if close else _OTHER_TOOLS_NAMES.get(name)


def _no_backend(env: Mapping[str, str]) -> str:
    """The one line for an environment that configures no backend: what to set (the
    variables a backend still needs when some of its others are set), those already set that
    do not make a backend, a likely typo in a variable's name; never a value."""
    set_names = [name for name in BACKEND_VARS if _setting(env, name)]
    everything = "set OPENAI_API_KEY, or AZURE_OPENAI_REALTIME_ENDPOINT + AZURE_OPENAI_API_KEY"
    if not set_names:
        line = f"no realtime backend configured: {everything} (see pipecat_rt_best.realtime.env)"
    else:
        verb = "is" if len(set_names) == 1 else "are"
        line = f"{' and '.join(set_names)} {verb} set but no realtime backend is configured: "
        meant = [b for b in _BACKENDS if any(_setting(env, name) for name in b[2])]
        if len(meant) == 1:  # one backend half set: what it still needs, then the other
            (backend, needs, _), other = meant[0], next(b for b in _BACKENDS if b is not meant[0])
            entra = _setting(env, "AZURE_OPENAI_AUTH").lower() == "entra"
            missing = [
                name
                for name in needs
                if not _setting(env, name) and not (entra and name == "AZURE_OPENAI_API_KEY")
            ]
            line += (
                f"{backend} also needs {' + '.join(missing)} "
                f"(or set {' + '.join(other[1])} for {other[0]})"
            )
        else:
            line += f"{everything} (see pipecat_rt_best.realtime.env)"
    typos = [
        f"{name} is set: did you mean {meant_name}?"
        for name in sorted(env)
        if name not in BACKEND_VARS and _setting(env, name) and (meant_name := _meant(name))
    ]
    return "; ".join([line, *typos])


_AUTH_VALUES = ("entra", "key")


def _entra_selected(env: Mapping[str, str]) -> bool:
    """Whether ``AZURE_OPENAI_AUTH`` says ``entra`` (any case); unset, blank or ``key``: no.
    Another value is a :class:`RealtimeConfigError` (shown only when short and plain)."""
    value = _setting(env, "AZURE_OPENAI_AUTH").lower()
    if value not in ("", *_AUTH_VALUES):
        shown = (
            f"{value!r}"
            if len(value) <= 12 and value.isalpha()
            else f"something else, {len(value)} characters, not shown"
        )
        raise RealtimeConfigError(
            "AZURE_OPENAI_AUTH must be 'entra' (Microsoft Entra ID, from azure.identity) or 'key' "
            f"(AZURE_OPENAI_API_KEY) (it is set to {shown})"
        )
    return value == "entra"


def backend_config_from_env(
    env: Mapping[str, str] | None = None, *, token_auth: bool = False
) -> RealtimeBackendConfig:
    """Read the backend selection from ``env`` (default: ``os.environ``). Blank values count
    as unset; a mistake, or no backend configured, is a :class:`RealtimeConfigError` that
    names the variables (those to set, those set that do not make a backend, a misspelt
    one) and never echoes a value.

    ``token_auth=True``: the Azure connection is authenticated with a Microsoft Entra ID
    token (a ``token_provider``), so ``AZURE_OPENAI_API_KEY`` is not needed (``api_key`` is
    then whatever it is set to, often ``""``); ``AZURE_OPENAI_AUTH=entra`` says the same from
    the environment (the config's ``entra``)."""
    env = os.environ if env is None else env
    config = configured_backend(env, token_auth=token_auth)
    if config is None:
        raise RealtimeConfigError(_no_backend(env))
    return config


def configured_backend(
    env: Mapping[str, str] | None = None, *, token_auth: bool = False
) -> RealtimeBackendConfig | None:
    """The realtime backend ``env`` (default: ``os.environ``) configures, and which; None
    when none of :data:`BACKEND_SELECTORS` is set (a run that may go offline then uses its
    emulator). A backend that is selected but not usable (a missing key, a malformed URL, a
    model, deployment or transcription name a URL's query cannot carry) is a
    :class:`RealtimeConfigError` naming the variable, as from :func:`backend_config_from_env`;
    so is one of Azure's SDK names (:data:`_OTHER_TOOLS_NAMES`) that would change what is used:
    ``AZURE_OPENAI_DEPLOYMENT`` naming another deployment than the default connected to (with
    ``AZURE_OPENAI_REALTIME_DEPLOYMENT`` set, the pack's own name decides), or
    ``AZURE_OPENAI_ENDPOINT`` while ``OPENAI_API_KEY`` selects OpenAI (unless
    ``PIPECAT_RT_BEST_BACKEND=openai`` says so).

    Azure with ``AZURE_OPENAI_AUTH=entra``: no key needed; the process's Entra ID token
    provider is built here (``DefaultAzureCredential``; no token is fetched), so a missing
    ``azure-identity`` is a :class:`~pipecat_rt_best.base.extras.MissingExtraError` naming the
    ``entra`` extra when the backend is checked, before any call. The variable only refines
    Azure: with OpenAI selected it is not read."""
    env = os.environ if env is None else env
    if not any(_setting(env, name) for name in BACKEND_SELECTORS):
        return None
    forced = _setting(env, "PIPECAT_RT_BEST_BACKEND").lower()
    if forced not in ("", "azure", "openai"):
        # shown only when it is short and plain (a typo like "azur"), never what could be a key
        shown = (
            f"{forced!r}"
            if len(forced) <= 12 and forced.isalpha()
            else (f"something else, {len(forced)} characters, not shown")
        )
        raise RealtimeConfigError(
            f"PIPECAT_RT_BEST_BACKEND must be 'azure' or 'openai' (it is set to {shown})"
        )
    use_azure = forced == "azure" or (
        not forced and bool(_setting(env, "AZURE_OPENAI_REALTIME_ENDPOINT"))
    )
    if use_azure:
        endpoint = _setting(env, "AZURE_OPENAI_REALTIME_ENDPOINT")
        entra = _entra_selected(env)
        key = "" if entra else _key(env, "AZURE_OPENAI_API_KEY")
        if not endpoint:
            raise RealtimeConfigError(
                "Azure needs AZURE_OPENAI_REALTIME_ENDPOINT, and AZURE_OPENAI_API_KEY or "
                "Microsoft Entra ID (AZURE_OPENAI_AUTH=entra, or a token_provider)"
            )
        if not key and not token_auth and not entra:
            # the openai SDK's static Entra token: read by it, not here (it expires in an hour)
            sdk_token = (
                " (AZURE_OPENAI_AD_TOKEN, the openai SDK's, is not read: a fixed token expires)"
                if _setting(env, "AZURE_OPENAI_AD_TOKEN")
                else ""
            )
            raise RealtimeConfigError(
                "Azure needs AZURE_OPENAI_API_KEY, or Microsoft Entra ID: set "
                "AZURE_OPENAI_AUTH=entra (a token from azure.identity's DefaultAzureCredential) "
                "or pass a token provider (realtime_service_from_env(token_provider=...), "
                f"session_backend_from_env(token_provider=...)){sdk_token}"
            )
        config = RealtimeBackendConfig(
            "azure",
            azure_realtime_url(endpoint),
            _model_name(env, "AZURE_OPENAI_REALTIME_DEPLOYMENT", "gpt-realtime"),
            key,
            entra=entra,
        )
        sdk_deployment = _setting(env, "AZURE_OPENAI_DEPLOYMENT")
        if (
            sdk_deployment
            and sdk_deployment != config.model
            # set, the pack's own name says which: AZURE_OPENAI_DEPLOYMENT is then the other
            # tools' (a chat deployment in the same .env), not a name for this one
            and not _setting(env, "AZURE_OPENAI_REALTIME_DEPLOYMENT")
        ):
            raise RealtimeConfigError(
                "AZURE_OPENAI_DEPLOYMENT (the name Azure's SDKs read) is set, but this pack "
                "reads AZURE_OPENAI_REALTIME_DEPLOYMENT and would connect to its default "
                f"({config.model!r}): set AZURE_OPENAI_REALTIME_DEPLOYMENT to the realtime "
                "deployment"
            )
        _transcription(env, "azure")  # checked with the rest: it was refused only per call
        if entra and not token_auth:
            entra_token_provider()  # built once per process; no azure-identity: one line now
        return config
    key = _key(env, "OPENAI_API_KEY")
    if not key and forced == "openai":
        azure_set = bool(_setting(env, "AZURE_OPENAI_REALTIME_ENDPOINT"))
        raise RealtimeConfigError(
            "PIPECAT_RT_BEST_BACKEND=openai needs OPENAI_API_KEY"
            + (" (or unset PIPECAT_RT_BEST_BACKEND to use Azure)" if azure_set else "")
        )
    if not key:  # OPENAI_API_KEY='""' (an --env-file's quotes around nothing)
        raise RealtimeConfigError(_no_backend(env))
    if not forced and _setting(env, "AZURE_OPENAI_ENDPOINT"):
        # Azure meant, OpenAI used: the callers' audio would go to api.openai.com unseen
        raise RealtimeConfigError(
            "AZURE_OPENAI_ENDPOINT (the name Azure's SDKs read) is set, but this pack reads "
            "AZURE_OPENAI_REALTIME_ENDPOINT, so OPENAI_API_KEY selects OpenAI: set "
            "AZURE_OPENAI_REALTIME_ENDPOINT for Azure OpenAI, or PIPECAT_RT_BEST_BACKEND=openai "
            "for OpenAI"
        )
    url = _setting(env, "OPENAI_REALTIME_URL", "wss://api.openai.com/v1/realtime")
    config = RealtimeBackendConfig(
        "openai",
        _websocket_url(url, "OPENAI_REALTIME_URL"),
        _model_name(env, "OPENAI_REALTIME_MODEL", "gpt-realtime"),
        key,
    )
    _transcription(env, "openai")
    return config


SESSION_MAX_DURATION_S: dict[Backend, float] = {"azure": 30 * 60.0, "openai": 60 * 60.0}
"""How long each backend keeps a realtime session, from its opening (a pooled session's idle
time counts): then the server sends ``session_expired`` and closes it, with no warning before."""
ROTATE_BEFORE_LIMIT_S = 5 * 60.0
"""How long before that limit a long call moves to a fresh session (:func:`reconnect_from_env`):
room to wait for a quiet moment and to open the fresh one."""


def reconnect_from_env(env: Mapping[str, str] | None = None) -> ReconnectParams:
    """The ``reconnect=`` for a call on the backend ``env`` (default ``os.environ``) selects:
    a dropped or expired session is replaced, and the call moves to a fresh session at a quiet
    moment :data:`ROTATE_BEFORE_LIMIT_S` before the backend's :data:`SESSION_MAX_DURATION_S`
    (Azure: at 25 min of the session's age, OpenAI: at 55). No backend configured is a
    :class:`RealtimeConfigError` (the key is not needed here: an Entra ID token works too)."""
    return long_call_reconnect(backend_config_from_env(env, token_auth=True).backend)


def long_call_reconnect(backend: Backend) -> ReconnectParams:
    """:func:`reconnect_from_env` for ``backend`` (an emulator speaks OpenAI's protocol)."""
    # lazy: the service (pipecat) is not loaded to read the environment
    from pipecat_rt_best.realtime.reconnect import ReconnectParams

    return ReconnectParams(rotate_after_s=SESSION_MAX_DURATION_S[backend] - ROTATE_BEFORE_LIMIT_S)


def input_transcription_from_env(env: Mapping[str, str] | None = None) -> str | bool | None:
    """What ``realtime_session(transcribe_input=...)`` gets for the backend ``env`` (default
    ``os.environ``) selects, so the caller's turns reach the context (and a reconnect or a move
    to a fresh session restores them): OpenAI — ``OPENAI_REALTIME_TRANSCRIBE_MODEL``, else
    ``True`` (pipecat's default model); Azure — ``AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT``
    (Azure takes the name of a transcription model's deployment there, so no default name
    fits every resource), else None: no transcription. No backend configured is a
    :class:`RealtimeConfigError`."""
    env = os.environ if env is None else env
    return _transcription(env, backend_config_from_env(env, token_auth=True).backend)


def _transcription(env: Mapping[str, str], backend: Backend) -> str | bool | None:
    """:func:`input_transcription_from_env` for ``backend``: a name a URL's query cannot carry
    is a :class:`RealtimeConfigError` (:func:`configured_backend` checks it, so a bot refuses
    to start rather than fail every call)."""
    if backend == "azure":
        if not _setting(env, "AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT"):
            return None
        return _model_name(env, "AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT", "")
    if not _setting(env, "OPENAI_REALTIME_TRANSCRIBE_MODEL"):
        return True
    return _model_name(env, "OPENAI_REALTIME_TRANSCRIBE_MODEL", "")


def backend_and_token_provider(
    env: Mapping[str, str] | None, token_provider: Any
) -> tuple[RealtimeBackendConfig, Any]:
    """The backend the environment selects and the token provider its connections authenticate
    with: the caller's ``token_provider`` (Azure only: with OpenAI selected, a
    :class:`RealtimeConfigError`), else with ``AZURE_OPENAI_AUTH=entra`` the process's Entra ID
    provider (:func:`~pipecat_rt_best.base.entra.entra_token_provider`), else None (the key)."""
    config = backend_config_from_env(env, token_auth=token_provider is not None)
    if token_provider is not None and config.backend != "azure":
        raise RealtimeConfigError(
            "token_provider (Microsoft Entra ID) is for Azure, but the environment selects "
            "OpenAI: set AZURE_OPENAI_REALTIME_ENDPOINT, or drop token_provider"
        )
    if token_provider is None and config.entra:
        token_provider = entra_token_provider()
    return config, token_provider


def realtime_service_from_env(
    *, env: Mapping[str, str] | None = None, **kwargs: Any
) -> RealtimeLLMService | AzureRealtimeLLMService:
    """Build the pack's realtime service for the backend the environment selects.

    ``kwargs`` go to the service (``settings=...``, ``params=...``). A ``settings``
    without a model gets the configured model/deployment. Azure with Microsoft Entra ID:
    ``AZURE_OPENAI_AUTH=entra`` (the process's token provider from ``azure.identity``,
    :func:`~pipecat_rt_best.base.entra.entra_token_provider`), or ``token_provider=`` (a
    callable, sync or async, returning a bearer token, e.g. from
    ``azure.identity.aio.get_bearer_token_provider``; it wins over the variable);
    ``AZURE_OPENAI_API_KEY`` is then not needed. The provider is asked for every new session:
    the first connect, a reconnect, the move to a fresh session before the backend's limit.
    """
    # lazy: a backend check (a command refusing to start) does not load pipecat
    from pipecat_rt_best.realtime.service import AzureRealtimeLLMService, RealtimeLLMService

    config, token_provider = backend_and_token_provider(env, kwargs.get("token_provider"))
    if token_provider is not None:
        kwargs["token_provider"] = token_provider
    settings = kwargs.pop("settings", None) or RealtimeLLMService.Settings()
    if not isinstance(settings.model, str) or not settings.model:
        settings = copy.copy(settings)  # the caller's settings object stays as it was
        settings.model = config.model
    if config.backend == "azure":
        return AzureRealtimeLLMService(
            api_key=config.api_key, base_url=config.url, settings=settings, **kwargs
        )
    return RealtimeLLMService(
        api_key=config.api_key, base_url=config.url, settings=settings, **kwargs
    )
