"""Microsoft Entra ID in tests, offline: token-shaped strings and a stand-in for the process's
token provider (no azure-identity, no network).

:func:`fake_entra_provider` puts a provider in :mod:`pipecat_rt_best.base.entra`'s per-process
cache, where :func:`~pipecat_rt_best.base.entra.entra_token_provider` (called without a
credential, as ``AZURE_SPEECH_RESOURCE_ID`` and ``AZURE_OPENAI_AUTH=entra`` call it) finds it
instead of building ``DefaultAzureCredential``; ``monkeypatch`` puts the cache back after the
test.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from pipecat_rt_best.base import entra

RESOURCE_ID = (
    "/subscriptions/3f2504e0-4f89-41d3-9a0c-0305e82c3301/resourceGroups/rg-voice/providers/"
    "Microsoft.CognitiveServices/accounts/sahyog-speech"
)


def _part(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def jwt(issuer: str, marker: str = "secret") -> str:
    """A token shaped as a JWT with this ``iss`` (the signature is not one: nothing here, nor
    in the pack, verifies it). ``marker`` is in its signature part, to find it in output."""
    header = _part({"typ": "JWT", "alg": "RS256", "kid": "k1"})
    payload = _part(
        {"aud": "https://cognitiveservices.azure.com", "iss": issuer, "exp": 1767225600}
    )
    return f"{header}.{payload}.{marker}SIGNATURE0042"


def entra_jwt(marker: str = "secret", tenant: str = "72f988bf-86f1-41af-91ab-2d7cd011db47") -> str:
    """A Microsoft Entra ID (v1.0) access token's shape."""
    return jwt(f"https://sts.windows.net/{tenant}/", marker)


class FakeProvider:
    """The process's Entra token provider, returning ``token`` (change it to renew) and
    counting calls."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        return self.token


def fake_entra_provider(monkeypatch: pytest.MonkeyPatch, token: str) -> FakeProvider:
    """Install a :class:`FakeProvider` as the process's default Entra token provider."""
    provider = FakeProvider(token)
    monkeypatch.setitem(entra._default_providers, entra.ENTRA_SCOPE, provider)
    return provider
