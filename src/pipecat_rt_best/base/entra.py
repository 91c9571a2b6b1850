"""Microsoft Entra ID tokens for Azure Speech and Azure OpenAI, from ``azure.identity``.

Pure: no pipecat; ``azure-identity`` (the ``entra`` extra) is imported only when a token
provider is built without a credential of the caller's. Both services take the same token
(scope :data:`ENTRA_SCOPE`):

* Azure OpenAI realtime sends it as ``Authorization: Bearer <token>``;
* Azure Speech's SDK wants it written ``aad#<resource id>#<token>`` (Microsoft's "Microsoft
  Entra authentication with the Speech SDK"; :func:`speech_auth_token`): a raw Entra token
  given to it is refused with 401 on every connection, a mute bot.

:func:`entra_token_provider` is a sync callable returning the current token, cached and renewed
before it expires (``azure.identity.get_bearer_token_provider``: azure-core's bearer policy
keeps the token and asks the credential again at its refresh time, at the latest 5 minutes
before it expires; a credential need not cache on its own — ``AzureCliCredential``, a link in
``DefaultAzureCredential``'s chain, runs ``az`` for every ``get_token``). The default credential, ``DefaultAzureCredential``
(environment variables ``AZURE_CLIENT_ID``/``AZURE_TENANT_ID``/``AZURE_CLIENT_SECRET`` or
``AZURE_FEDERATED_TOKEN_FILE``, a managed identity, ``az login``, ...), is built once per
process and shared by every call, so the calls share one cached token. The pack's token
sources (:mod:`.token_source`) run it off the event loop, with a timeout, and report a failure
by its type only — but for the default credential finding no credential at all (nothing signed
in, no service principal, no managed identity): that is one line naming the credentials it
tried and what to set, in place of azure.identity's own multi-line warning on every attempt.

Reading a token's issuer (:func:`is_entra_access_token`) decodes its payload and nothing else:
no signature is verified (the service does that), no part of the token is ever shown.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from pipecat_rt_best.base.extras import missing_extra
from pipecat_rt_best.base.token_source import TokenUnavailableError

__all__ = [
    "ENTRA_SCOPE",
    "entra_token_provider",
    "is_entra_access_token",
    "resource_id_problem",
    "speech_auth_token",
    "speech_entra_token_provider",
]

ENTRA_SCOPE = "https://cognitiveservices.azure.com/.default"
"""The scope of a Microsoft Entra ID token for Azure AI services (Speech, Azure OpenAI)."""

SPEECH_TOKEN_PREFIX = "aad#"

_ENTRA_ISSUER_HOSTS = frozenset(
    {
        "sts.windows.net",  # v1.0 access tokens (the scope above gives these)
        "login.microsoftonline.com",  # v2.0
        "login.microsoftonline.us",  # Azure Government
        "login.chinacloudapi.cn",  # Azure operated by 21Vianet
        "sts.chinacloudapi.cn",
        "login.partner.microsoftonline.cn",
    }
)
"""The hosts of a Microsoft Entra access token's ``iss``. A key-based Speech token (the STS
``issueToken`` endpoint's) has ``iss`` ``urn:ms.cognitiveservices``: not one of these."""

_RESOURCE_ID = re.compile(
    r"/subscriptions/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"/resourceGroups/[-\w.()]{1,90}"
    r"/providers/Microsoft\.CognitiveServices/accounts/[a-z0-9][a-z0-9_.-]{0,63}",
    re.IGNORECASE,
)
"""An Azure AI services (Speech) resource's ID, as the portal's Properties page and ``az
cognitiveservices account show --query id`` give it (Azure's IDs are case-insensitive)."""

RESOURCE_ID_FORM = (
    "/subscriptions/<subscription id>/resourceGroups/<group>/providers/"
    "Microsoft.CognitiveServices/accounts/<resource name>"
)


def resource_id_problem(value: str, name: str = "AZURE_SPEECH_RESOURCE_ID") -> str | None:
    """Why ``value`` is not a Speech resource's ID, in one line naming ``name`` and what to set
    (never the value: a token or key pasted into the wrong variable is not shown); None when it
    is one."""
    if _RESOURCE_ID.fullmatch(value):
        return None
    if value.lower().startswith(("https://", "http://", "wss://", "ws://")):
        hint = " (a URL goes in AZURE_SPEECH_ENDPOINT)"
    elif value.count(".") == 2 and not value.startswith("/"):
        hint = " (a token goes in AZURE_SPEECH_AUTH_TOKEN, or leave it out to use azure.identity)"
    elif "/providers/microsoft.cognitiveservices/accounts/" in value.lower():
        hint = " (the subscription must be a GUID and the path complete)"
    else:
        hint = ""
    return (
        f"{name} must be the Speech resource's ID, {RESOURCE_ID_FORM} (the portal: the "
        "resource's Properties, Resource ID; or az cognitiveservices account show --query id)"
        f"{hint}"
    )


def _jwt_payload(token: str) -> dict[str, Any] | None:
    """A JWT's payload (its middle part, base64url JSON) read without verifying anything; None
    when ``token`` is not one."""
    parts = token.split(".")
    if len(parts) != 3 or not parts[1]:
        return None
    body = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        payload = json.loads(base64.urlsafe_b64decode(body.encode("ascii")))
    except (ValueError, UnicodeError, binascii.Error):
        return None
    return payload if isinstance(payload, dict) else None


def is_entra_access_token(token: str) -> bool:
    """Whether ``token`` is a bare Microsoft Entra ID access token: a JWT whose ``iss`` is the
    Microsoft identity platform (``https://sts.windows.net/<tenant>/``,
    ``https://login.microsoftonline.com/<tenant>/v2.0``, a sovereign cloud's). A key-based
    Speech (STS) token, an ``aad#…`` one or anything else is not. Nothing is verified."""
    if token.startswith(SPEECH_TOKEN_PREFIX):
        return False
    payload = _jwt_payload(token)
    issuer = payload.get("iss") if payload else None
    if not isinstance(issuer, str):
        return False
    try:
        parts = urlsplit(issuer)
    except ValueError:
        return False
    return parts.scheme == "https" and (parts.hostname or "") in _ENTRA_ISSUER_HOSTS


def speech_auth_token(resource_id: str, token: str) -> str:
    """The Speech SDK's form of an Entra access token: ``aad#<resource id>#<token>``."""
    return f"{SPEECH_TOKEN_PREFIX}{resource_id}#{token}"


TokenCallable = Callable[[], str]

_default_providers: dict[str, TokenCallable] = {}
_default_lock = threading.Lock()


def _bearer_provider(credential: Any, scope: str) -> TokenCallable:
    """``azure.identity.get_bearer_token_provider(credential, scope)``: the token cached,
    renewed before it expires; one refresh at a time (the pack's token-provider threads may
    ask together)."""
    try:
        from azure.identity import get_bearer_token_provider
    except ModuleNotFoundError:
        raise _missing() from None
    provider = get_bearer_token_provider(credential, scope)
    lock = threading.Lock()

    def token() -> str:
        with lock:
            return provider()

    return token


def _missing() -> ImportError:
    """``azure-identity`` is not installed: the one line naming the extra that brings it."""
    return missing_extra(
        ModuleNotFoundError("No module named 'azure.identity'", name="azure.identity"),
        "Microsoft Entra ID authentication",
    )


def default_credential() -> Any:
    """A new ``azure.identity.DefaultAzureCredential`` (sync; it is built, not used: no
    network). A :class:`~.extras.MissingExtraError` naming ``entra`` without azure-identity."""
    try:
        from azure.identity import DefaultAzureCredential
    except ModuleNotFoundError:
        raise _missing() from None
    return DefaultAzureCredential()


_NO_CREDENTIAL_HINT = (
    "sign in with `az login`, or set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET "
    "(a service principal), or run where a managed identity is assigned"
)
_CHAIN_FAILED = "DefaultAzureCredential failed to retrieve a token"


class _ChainWarningFilter(logging.Filter):
    """Drops azure.identity's multi-line warning for the default credential finding no token:
    the pack says it in one line (:func:`_reported`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(_CHAIN_FAILED)


_chain_logger = logging.getLogger("azure.identity._credentials.chained")


def _reported(provider: TokenCallable) -> TokenCallable:
    """``provider`` of the default credential, its "no credential gave a token" failure one
    line naming the credentials tried (their names only) and what to set."""

    def token() -> str:
        try:
            return provider()
        except Exception as exc:
            message = str(getattr(exc, "message", "") or "")
            if not message.startswith(_CHAIN_FAILED):
                raise
            tried = re.findall(r"^\t(\w+Credential): ", message, flags=re.MULTILINE)
            raise TokenUnavailableError(
                "Microsoft Entra ID: no credential gave a token (DefaultAzureCredential tried "
                f"{', '.join(tried) or 'its chain'}): {_NO_CREDENTIAL_HINT}"
            ) from None

    return token


def entra_token_provider(credential: Any = None, *, scope: str = ENTRA_SCOPE) -> TokenCallable:
    """A sync callable returning the current Entra ID access token for ``scope``, cached and
    renewed before it expires (see the module docstring).

    ``credential``: an ``azure.identity`` (sync) credential, or anything with its
    ``get_token(scope)``; default ``DefaultAzureCredential``, built on the first call and
    shared by the process (every call of a bot uses the one cached token). Without
    azure-identity installed: :class:`~.extras.MissingExtraError` naming the ``entra`` extra.
    """
    if credential is not None:
        return _bearer_provider(credential, scope)
    with _default_lock:
        provider = _default_providers.get(scope)
        if provider is None:
            if _ChainWarningFilter not in {type(f) for f in _chain_logger.filters}:
                _chain_logger.addFilter(_ChainWarningFilter())
            provider = _reported(_bearer_provider(default_credential(), scope))
            _default_providers[scope] = provider
        return provider


def speech_entra_token_provider(
    resource_id: str, credential: Any = None, *, scope: str = ENTRA_SCOPE
) -> TokenCallable:
    """A sync token provider for Azure Speech: :func:`entra_token_provider`'s token in the
    SDK's form, ``aad#<resource id>#<token>`` (:func:`speech_auth_token`). ``resource_id`` is
    checked (:func:`resource_id_problem`, a ``ValueError``)."""
    problem = resource_id_problem(resource_id, "resource_id")
    if problem is not None:
        raise ValueError(problem)
    bearer = entra_token_provider(credential, scope=scope)

    def token() -> str:
        return speech_auth_token(resource_id, bearer())

    return token
