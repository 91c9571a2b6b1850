"""Where the Azure Speech service is and how to authenticate, from arguments or the environment.

Pure logic. Environment names follow pipecat's where they exist:

* ``AZURE_SPEECH_API_KEY`` — the resource key (or ``AZURE_SPEECH_AUTH_TOKEN``, a Microsoft
  Entra / STS bearer token; such tokens expire — an STS token after ~10 minutes — so for a
  call longer than that pass ``token_provider=``, a callable, sync or async, returning the
  current token: it is asked before each connection and each sentence's request);
* ``AZURE_SPEECH_RESOURCE_ID`` — Microsoft Entra ID: the Speech resource's ID
  (``/subscriptions/<sub>/resourceGroups/<group>/providers/Microsoft.CognitiveServices/
  accounts/<name>``). With no key, no token and no ``token_provider=``, the token comes from
  ``azure.identity``'s ``DefaultAzureCredential`` (the ``entra`` extra; scope
  ``https://cognitiveservices.azure.com/.default``), written as the SDK takes it,
  ``aad#<resource id>#<token>``, cached for the process and renewed before it expires
  (:func:`~pipecat_rt_best.base.entra.speech_entra_token_provider`). A bare Entra access
  token in ``AZURE_SPEECH_AUTH_TOKEN`` (which the service refuses, 401) is written that way
  too; without the resource ID it is refused here, in one line naming the variable;
* exactly one of ``AZURE_SPEECH_REGION`` (e.g. ``centralindia``), ``AZURE_SPEECH_ENDPOINT``
  (a custom domain or private endpoint, ``wss://…`` or ``https://…``) and
  ``AZURE_SPEECH_HOST`` (a container or the pack's emulator: ``ws://host:port``, no path);
* ``AZURE_SPEECH_VOICE`` (default ``en-US-AvaNeural``), ``AZURE_SPEECH_LANGUAGE`` (default:
  the voice's locale) and ``AZURE_SPEECH_ENDPOINT_ID`` (a custom neural voice deployment).

Every value is read stripped and unquoted (``docker run --env-file`` keeps ``"…"`` quotes).
Secrets never appear in ``repr``, ``str`` or error messages.
"""

from __future__ import annotations

import os
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from pipecat_rt_best.base.entra import (
    RESOURCE_ID_FORM,
    SPEECH_TOKEN_PREFIX,
    is_entra_access_token,
    resource_id_problem,
    speech_auth_token,
    speech_entra_token_provider,
)
from pipecat_rt_best.base.env_value import env_secret, header_secret_problem
from pipecat_rt_best.base.redaction import redact_url

__all__ = [
    "DEFAULT_VOICE",
    "AzureSpeechConfig",
    "AzureSpeechConfigError",
    "TokenProvider",
    "voice_locale",
]

TokenProvider = Callable[[], str | Awaitable[str]]
"""Returns the current Speech auth token (sync or async); called before each new connection and
each request, so it should hand back a cached token and renew it before it expires."""

DEFAULT_VOICE = "en-US-AvaNeural"
# language, an optional script (sr-Latn-RS-NicholasNeural, iu-Cans-CA-SiqiniqNeural), country
_LOCALE_RE = re.compile(r"^([a-z]{2,3}(?:-[A-Z][a-z]{3})?-[A-Z]{2})-")
_REGION_RE = re.compile(r"[a-z][a-z0-9]*", re.IGNORECASE)  # centralindia, eastus2, usgovvirginia


def voice_locale(voice: str) -> str | None:
    """The locale a voice's name starts with (``hi-IN-SwaraNeural`` → ``hi-IN``), if any."""
    m = _LOCALE_RE.match(voice)
    return m.group(1) if m else None


_REST_PATHS = ("/cognitiveservices/v1", "/tts/cognitiveservices/v1", "/voice/cognitiveservices/v1")
"""The Speech REST API's synthesis path (the portal's and Speech Studio's sample URLs), and
the same on a custom domain or private endpoint (Microsoft's private-link article: the
service's name, ``tts`` or ``voice``, moves from the host into the path): the SDK, given one
as its endpoint, opens its websocket there, where no synthesis is served (that is
``…/cognitiveservices/websocket/v1``)."""
_REGIONAL_HOST = re.compile(r"([a-z][a-z0-9]*)\.(?:tts|voice)\.speech\.microsoft\.com")


def _rest_url_problem(endpoint: str) -> str | None:
    """The one line for a Speech REST URL given as ``AZURE_SPEECH_ENDPOINT``, decided on its
    path: ``/cognitiveservices/v1`` on any host (after ``/tts`` or ``/voice`` on a custom
    domain), with or without ``?deploymentId=``, or no
    path on Speech Studio's custom-voice host ``<region>.voice.speech.microsoft.com``; what
    to set instead (the region, or the host alone, and ``AZURE_SPEECH_ENDPOINT_ID`` for the
    deploymentId). None for any other URL: the SDK's websocket path
    ``/cognitiveservices/websocket/v1`` is taken on the ``tts.`` and the ``voice.`` host
    alike (the SDK itself opens it on ``voice.`` for a custom voice). Only the host is shown
    (a query or a password may hold a secret)."""
    parts = urlsplit(endpoint)
    host = (parts.hostname or "").lower()
    path = parts.path.rstrip("/")
    bare_voice_host = not path and host.endswith(".voice.speech.microsoft.com")
    if path not in _REST_PATHS and not bare_voice_host:
        return None
    regional = _REGIONAL_HOST.fullmatch(host)
    instead = (
        f"set AZURE_SPEECH_REGION={regional[1]} instead"
        if regional
        else f"set AZURE_SPEECH_ENDPOINT to the resource's host alone, https://{host}"
    )
    deployment = "deploymentid=" in parts.query.lower()
    return (
        "AZURE_SPEECH_ENDPOINT is a Speech REST URL (…/cognitiveservices/v1, or Speech Studio's "
        f"custom-voice URL), where the SDK's websocket is not served: {instead}"
        + (", and its deploymentId= value in AZURE_SPEECH_ENDPOINT_ID" if deployment else "")
    )


class AzureSpeechConfigError(ValueError):
    """The configuration is incomplete or contradictory; the message says what to set."""


@dataclass(frozen=True)
class AzureSpeechConfig:
    """Connection and voice settings for Azure Speech synthesis."""

    api_key: str | None = field(default=None, repr=False)
    auth_token: str | None = field(default=None, repr=False)
    region: str | None = None
    endpoint: str | None = None
    host: str | None = None
    voice: str = DEFAULT_VOICE
    language: str | None = None
    endpoint_id: str | None = None
    resource_id: str | None = None
    token_provider: TokenProvider | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.token_provider is not None and not callable(self.token_provider):
            raise AzureSpeechConfigError(
                "token_provider must be a callable (sync or async) returning the current "
                f"token, not a {type(self.token_provider).__name__}"
            )
        if not (self.api_key or self.auth_token or self.token_provider or self.resource_id):
            raise AzureSpeechConfigError(
                "no Azure Speech credentials: set AZURE_SPEECH_API_KEY (or AZURE_SPEECH_AUTH_TOKEN, "
                "or AZURE_SPEECH_RESOURCE_ID for Microsoft Entra ID, or pass token_provider=)"
            )
        for name, what, value in (
            ("AZURE_SPEECH_API_KEY", "key", self.api_key),
            ("AZURE_SPEECH_AUTH_TOKEN", "token", self.auth_token),
        ):
            # a pasted “…” or zero-width space: every connect failed, as a network problem
            problem = header_secret_problem(name, value, what) if value else None
            if problem is not None:
                raise AzureSpeechConfigError(problem)
        where = [n for n in ("region", "endpoint", "host") if getattr(self, n)]
        if len(where) != 1:
            raise AzureSpeechConfigError(
                "set exactly one of AZURE_SPEECH_REGION, AZURE_SPEECH_ENDPOINT or AZURE_SPEECH_HOST"
                + (f" (got {', '.join(where)})" if where else "")
            )
        if self.region and not _REGION_RE.fullmatch(self.region):
            raise AzureSpeechConfigError(
                "AZURE_SPEECH_REGION must be a region name like centralindia or eastus "
                "(a URL goes in AZURE_SPEECH_ENDPOINT)"
            )
        if self.endpoint and not self.endpoint.startswith(("https://", "wss://")):
            raise AzureSpeechConfigError(
                "AZURE_SPEECH_ENDPOINT must be a URL like "
                "https://<resource>.cognitiveservices.azure.com or wss://… (a bare region "
                "name goes in AZURE_SPEECH_REGION)"
            )
        problem = _rest_url_problem(self.endpoint) if self.endpoint else None
        if problem is not None:
            raise AzureSpeechConfigError(problem)
        if self.host and not self.host.startswith(("ws://", "wss://")):
            raise AzureSpeechConfigError(
                # the value is not echoed: it may hold a pasted key
                "AZURE_SPEECH_HOST must look like ws://host:port or wss://host"
            )
        if self.host and urlsplit(self.host).path not in ("", "/"):
            # the SDK adds its path to a host; given one with a path, it opens no connection
            # at all ("failed to establish USP connection", read as a network problem)
            raise AzureSpeechConfigError(
                "AZURE_SPEECH_HOST must be the host alone, ws://host:port or wss://host, without "
                "a path (a full wss:// or https:// URL goes in AZURE_SPEECH_ENDPOINT)"
            )
        if not self.voice.strip():
            raise AzureSpeechConfigError("AZURE_SPEECH_VOICE is empty")
        self._entra_auth()  # last: the provider is built only for a config that is usable

    def _entra_auth(self) -> None:
        """Microsoft Entra ID (see the module docstring): a bare Entra access token in
        ``auth_token`` written ``aad#<resource id>#<token>`` (refused without ``resource_id``:
        the service answers 401 to it on every connection); with ``resource_id`` and no key,
        token or ``token_provider``, the token provider from ``azure.identity``."""
        raw_entra = bool(self.auth_token) and is_entra_access_token(self.auth_token or "")
        builds = bool(self.resource_id) and not (
            self.api_key or self.auth_token or self.token_provider
        )
        if raw_entra and not self.resource_id:
            raise AzureSpeechConfigError(
                "AZURE_SPEECH_AUTH_TOKEN is a Microsoft Entra ID token, which Azure Speech takes "
                "only with its resource's ID: set AZURE_SPEECH_RESOURCE_ID to the Speech "
                f"resource's ID ({RESOURCE_ID_FORM}); with it alone, no token, the token comes "
                "from azure.identity and is renewed (this one expires within ~1 hour)"
            )
        if not (raw_entra or builds):
            return  # a key, an STS or aad# token, or the caller's provider: the id is not used
        assert self.resource_id is not None
        problem = resource_id_problem(self.resource_id)
        if problem is not None:
            raise AzureSpeechConfigError(problem)
        # frozen: set once, here, as the dataclass's own __init__ sets its fields
        if raw_entra:
            assert self.auth_token is not None
            object.__setattr__(
                self, "auth_token", speech_auth_token(self.resource_id, self.auth_token)
            )
        else:
            object.__setattr__(
                self, "token_provider", speech_entra_token_provider(self.resource_id)
            )

    @property
    def entra(self) -> bool:
        """Whether Microsoft Entra ID authenticates (a token written ``aad#…``, or the
        provider built from ``resource_id``), not a key or a key-based token."""
        if self.api_key:
            return False
        token = self.auth_token or ""
        return token.startswith(SPEECH_TOKEN_PREFIX) or (
            bool(self.resource_id) and not token and self.token_provider is not None
        )

    def __repr__(self) -> str:
        auth = (
            "key"
            if self.api_key
            else "Entra ID"
            if self.entra
            else "token provider"
            if self.token_provider
            else "token"
        )
        # an endpoint or host may carry a key in its query (never shown)
        where = self.region or redact_url(self.endpoint or self.host or "")
        custom = f", endpoint_id={self.endpoint_id!r}" if self.endpoint_id else ""
        return f"AzureSpeechConfig({auth} auth, {where!r}, voice={self.voice!r}{custom})"

    __str__ = __repr__

    @property
    def locale(self) -> str:
        """The language to declare in SSML: the configured one, else the voice's locale
        (en-US for a voice whose name has none, such as a custom neural voice: set
        ``AZURE_SPEECH_LANGUAGE`` for it; the service warns)."""
        return self.language or voice_locale(self.voice) or "en-US"

    @classmethod
    def from_env(
        cls,
        env: Mapping[str, str] | None = None,
        *,
        token_provider: TokenProvider | None = None,
        **overrides: str | None,
    ) -> AzureSpeechConfig:
        """Read the ``AZURE_SPEECH_*`` variables; keyword ``overrides`` win when not None.

        ``token_provider``: renews the auth token for the whole call (see the module
        docstring); with it no key or token variable is needed. ``AZURE_SPEECH_RESOURCE_ID``
        alone (no key, no token, no ``token_provider``): Microsoft Entra ID from
        ``azure.identity`` (see the module docstring; without azure-identity installed, a
        :class:`~pipecat_rt_best.base.extras.MissingExtraError` naming the ``entra`` extra).
        """
        e = os.environ if env is None else env

        def get(name: str) -> str | None:  # ``docker run --env-file`` keeps quotes
            return env_secret(e, name) or None

        values: dict[str, str | None] = {
            "api_key": get("AZURE_SPEECH_API_KEY"),
            "auth_token": get("AZURE_SPEECH_AUTH_TOKEN"),
            "region": get("AZURE_SPEECH_REGION"),
            "endpoint": get("AZURE_SPEECH_ENDPOINT"),
            "host": get("AZURE_SPEECH_HOST"),
            "voice": get("AZURE_SPEECH_VOICE") or DEFAULT_VOICE,
            "language": get("AZURE_SPEECH_LANGUAGE"),
            "endpoint_id": get("AZURE_SPEECH_ENDPOINT_ID"),
            "resource_id": get("AZURE_SPEECH_RESOURCE_ID"),
        }
        unknown = set(overrides) - set(values)
        if unknown:
            raise TypeError(f"unknown settings: {sorted(unknown)}")
        values.update({k: v for k, v in overrides.items() if v is not None})
        extra: dict[str, Any] = {"token_provider": token_provider} if token_provider else {}
        return cls(**values, **extra)  # type: ignore[arg-type]
