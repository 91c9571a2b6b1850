"""A token provider's token, checked before it is sent and reported by type when it fails.

Microsoft Entra ID and Azure Speech tokens come from a caller's ``token_provider`` (a sync or
async callable, e.g. ``azure.identity.aio.get_bearer_token_provider``). What it raises may
quote the token, and a slip (``cred.get_token(scope)`` without ``.token``) gives an object
whose repr holds it; both used to reach logs and ErrorFrames through the code that reports a
failed connect ("Error connecting: …"). Here a token is a non-empty string without inner
whitespace, stripped; anything else, any exception and a provider that does not answer in time
(a stalled token request held a call open for good) is a :class:`TokenProviderError` that
names only the type. Plain asyncio, no pipecat.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ["TokenProviderError", "TokenSource", "safe_token_provider"]

TokenSource = Callable[[], Awaitable[str]]


class TokenProviderError(RuntimeError):
    """The token provider failed or gave no usable token (the message never holds it)."""


DEFAULT_TIMEOUT_S = 10.0
"""How long a token provider may take (a stalled token request must not stall the call)."""


def safe_token_provider(
    provider: Callable[[], Any], *, timeout_s: float = DEFAULT_TIMEOUT_S
) -> TokenSource:
    """An async callable returning ``provider``'s current token, checked and stripped; a
    provider that takes longer than ``timeout_s`` is a :class:`TokenProviderError` too."""

    async def call() -> Any:
        value = provider()
        return await value if inspect.isawaitable(value) else value

    async def token() -> str:
        try:
            value = await asyncio.wait_for(call(), timeout_s)
        except TimeoutError:
            raise TokenProviderError(
                f"the token provider did not answer within {timeout_s:g} s"
            ) from None
        except Exception as exc:  # its message may quote the token: the type only
            raise TokenProviderError(f"the token provider failed ({type(exc).__name__})") from None
        text = value.strip() if isinstance(value, str) else ""
        if not text or any(ch.isspace() for ch in text):
            raise TokenProviderError(
                f"the token provider returned {type(value).__name__} (not a non-empty string "
                "without spaces), not a token"
            )
        return text

    return token
