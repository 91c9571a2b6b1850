"""Microsoft Entra ID tokens (base.entra): what a token is, the Speech SDK's form, the resource
ID, the cached and renewed provider, and one line when azure-identity is not installed."""

from __future__ import annotations

import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from pipecat_rt_best.base import entra
from pipecat_rt_best.base.entra import (
    ENTRA_SCOPE,
    entra_token_provider,
    is_entra_access_token,
    resource_id_problem,
    speech_auth_token,
    speech_entra_token_provider,
)
from pipecat_rt_best.base.extras import MissingExtraError
from tests.entra_helpers import RESOURCE_ID, entra_jwt, jwt


@pytest.mark.parametrize(
    ("token", "is_entra"),
    [
        (entra_jwt(), True),  # v1.0: what the cognitiveservices scope gives
        (jwt("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0"), True),
        (jwt("https://login.microsoftonline.us/tenant/v2.0"), True),  # Azure Government
        (jwt("https://sts.chinacloudapi.cn/tenant/"), True),  # 21Vianet
        # the Speech STS issueToken endpoint's key-based token
        (jwt("urn:ms.cognitiveservices"), False),
        (jwt("https://sts.windows.net.evil.example/t/"), False),
        (jwt("http://sts.windows.net/t/"), False),
        ("aad#" + RESOURCE_ID + "#" + entra_jwt(), False),  # already the SDK's form
        ("eyJ-secret-token", False),
        ("a.b.c", False),
        ("a.!!!.c", False),
        ("a.WzFd.c", False),  # a JSON list, not an object
        ("", False),
    ],
)
def test_an_entra_access_token_is_told_by_its_issuer(token: str, is_entra: bool) -> None:
    assert is_entra_access_token(token) is is_entra


def test_the_speech_sdks_form_of_an_entra_token() -> None:
    # Microsoft's "Microsoft Entra authentication with the Speech SDK": "aad#" + resourceId
    # + "#" + token
    assert speech_auth_token(RESOURCE_ID, "tok") == f"aad#{RESOURCE_ID}#tok"


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("sahyog-speech", ""),
        ("https://sahyog-speech.cognitiveservices.azure.com", "a URL goes in"),
        (entra_jwt("PASTED"), "a token goes in"),
        (RESOURCE_ID.replace("3f2504e0-4f89-41d3-9a0c-0305e82c3301", "my-sub"), "GUID"),
        (RESOURCE_ID.replace("Microsoft.CognitiveServices", "Microsoft.Web"), ""),
        (RESOURCE_ID + "/extra", ""),
    ],
)
def test_a_resource_id_that_is_not_one_is_one_line_without_the_value(value: str, hint: str) -> None:
    problem = resource_id_problem(value)
    assert problem is not None and "\n" not in problem
    assert problem.startswith("AZURE_SPEECH_RESOURCE_ID must be the Speech resource's ID")
    assert hint in problem and "PASTED" not in problem and value not in problem


def test_resource_ids_as_azure_gives_them_are_taken() -> None:
    assert resource_id_problem(RESOURCE_ID) is None
    assert resource_id_problem(RESOURCE_ID.lower()) is None  # Azure's IDs ignore case
    assert resource_id_problem(RESOURCE_ID.replace("rg-voice", "Rg_Voice.(1)")) is None


class _Credential:
    """An azure.identity credential's shape: ``get_token`` → ``AccessToken``, counted."""

    def __init__(self, lifetime_s: float) -> None:
        self.lifetime_s = lifetime_s
        self.issued = 0
        self.lock = threading.Lock()

    def get_token(self, *scopes: str, **_: Any) -> Any:
        from azure.core.credentials import AccessToken

        assert scopes == (ENTRA_SCOPE,)
        with self.lock:
            self.issued += 1
            n = self.issued
        time.sleep(0.05)  # a refresh takes a moment: concurrent askers must not each refresh
        return AccessToken(f"entra-{n}", int(time.time() + self.lifetime_s))


def test_the_provider_hands_back_the_cached_token_and_renews_it_before_it_expires() -> None:
    pytest.importorskip("azure.identity")
    # an hour's token: asked before each sentence and each session, fetched once
    lasting = _Credential(3600)
    provider = entra_token_provider(lasting)
    with ThreadPoolExecutor(4) as pool:  # the pack's token-provider threads ask together
        tokens = list(pool.map(lambda _: provider(), range(8)))
    assert tokens == ["entra-1"] * 8 and lasting.issued == 1
    # a token within the renewal window (azure-core's: 5 minutes before it expires) is renewed
    # at the next ask, before it expires
    expiring = _Credential(200)
    provider = entra_token_provider(expiring)
    assert [provider(), provider()] == ["entra-1", "entra-2"] and expiring.issued == 2


def test_the_speech_provider_writes_each_token_in_the_sdks_form() -> None:
    pytest.importorskip("azure.identity")
    credential = _Credential(200)
    provider = speech_entra_token_provider(RESOURCE_ID, credential)
    assert provider() == f"aad#{RESOURCE_ID}#entra-1"
    assert provider() == f"aad#{RESOURCE_ID}#entra-2"  # renewed, written anew
    with pytest.raises(ValueError, match="resource_id must be"):
        speech_entra_token_provider("sahyog-speech", credential)


def test_the_default_provider_is_built_once_and_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[object] = []

    def credential() -> object:
        built.append(object())
        return built[-1]

    monkeypatch.setattr(entra, "_default_providers", {})
    monkeypatch.setattr(entra, "default_credential", credential)
    monkeypatch.setattr(entra, "_bearer_provider", lambda cred, scope: lambda: f"for-{id(cred)}")
    first, again = entra_token_provider(), entra_token_provider()
    assert first is again and len(built) == 1  # one credential, one cached token, every call


def test_without_azure_identity_it_is_one_line_naming_the_entra_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(entra, "_default_providers", {})
    monkeypatch.setitem(sys.modules, "azure.identity", None)  # not installed
    with pytest.raises(MissingExtraError) as info:
        entra_token_provider()
    assert str(info.value) == (
        "Microsoft Entra ID authentication needs azure.identity, which is not installed: "
        "pip install 'pipecat-rt-best[entra]' (in a clone: pip install -e '.[entra]')"
    )
    with pytest.raises(MissingExtraError, match=r"\[entra\]"):
        entra_token_provider(object())  # a credential of the caller's: the same


async def test_no_credential_for_entra_is_one_line_saying_what_to_set(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Any
) -> None:
    # WRONG: AZURE_OPENAI_AUTH=entra on a machine with no credential: every connect the pool
    # tried logged azure.identity's 14-line "DefaultAzureCredential failed to retrieve a
    # token" warning, and the pack's own line said only "connect failed (TokenProviderError)".
    # EXPECTED: no azure.identity warning; the failure is one line naming the credentials
    # tried and what to set
    import logging

    from azure.identity import DefaultAzureCredential

    from pipecat_rt_best.base.token_source import TokenProviderError, safe_token_provider
    from pipecat_rt_best.session_pool.pool import describe_failure

    for name in ("AZURE_CLIENT_ID", "AZURE_TENANT_ID", "AZURE_CLIENT_SECRET", "AZURE_USERNAME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))  # no Azure CLI / VS Code sign-in
    monkeypatch.setenv("PATH", str(tmp_path))  # no az, azd, pwsh
    monkeypatch.setattr(entra, "_default_providers", {})
    monkeypatch.setattr(  # offline: no managed identity endpoint to probe
        entra,
        "default_credential",
        lambda: DefaultAzureCredential(exclude_managed_identity_credential=True),
    )
    caplog.set_level(logging.DEBUG, logger="azure.identity")
    token = safe_token_provider(entra_token_provider())
    with pytest.raises(TokenProviderError) as info:
        await token()
    said = str(info.value)
    assert "\n" not in said, said
    assert said.startswith("Microsoft Entra ID: no credential gave a token"), said
    assert "EnvironmentCredential" in said and "AzureCliCredential" in said
    assert "az login" in said and "AZURE_CLIENT_ID" in said
    assert describe_failure(info.value) == said  # the pool's warning says it too
    warned = [r for r in caplog.records if r.name.startswith("azure.identity")]
    assert not [r for r in warned if r.levelno >= logging.WARNING], [r.msg for r in warned]
