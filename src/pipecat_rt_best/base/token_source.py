"""A token provider's token, checked before it is sent and reported by type when it fails.

Microsoft Entra ID and Azure Speech tokens come from a caller's ``token_provider`` (a sync or
async callable, e.g. ``azure.identity.aio.get_bearer_token_provider``). What it raises may
quote the token, and a slip (``cred.get_token(scope)`` without ``.token``) gives an object
whose repr holds it; both used to reach logs and ErrorFrames through the code that reports a
failed connect ("Error connecting: …"). Here a token is a non-empty string without inner
whitespace, stripped; anything else, any exception and a provider that does not answer in time
(a stalled token request held a call open for good) is a :class:`TokenProviderError` that
names only the type. An async provider runs on the event loop; a sync one (``azure.identity``'s
sync credentials refresh inside ``get_token()`` with a blocking HTTP request) runs on a small
executor of its own, so its slowness holds only the call that asked, and the timeout can fire.
Plain asyncio, no pipecat.
"""

from __future__ import annotations

import asyncio
import contextvars
import inspect
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

__all__ = [
    "TokenProviderError",
    "TokenSource",
    "TokenUnavailableError",
    "call_provider",
    "safe_token_provider",
]

TokenSource = Callable[[], Awaitable[str]]


class TokenProviderError(RuntimeError):
    """The token provider failed or gave no usable token (the message never holds it)."""


class TokenUnavailableError(RuntimeError):
    """Raised by a token provider of the pack's whose message is known to hold no token (no
    credential could give one): passed on as it is, where any other failure is its type."""


DEFAULT_TIMEOUT_S = 10.0
"""How long a token provider may take (a stalled token request must not stall the call)."""

_PROVIDER_THREADS = 4
"""Threads the process's sync token providers run on. A provider answers from its cache almost
always; these are busy only while one refreshes (a stalled refresh holds one until it gives up,
and calls asking meanwhile time out once all are held)."""

_executor: ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()


def _provider_threads() -> ThreadPoolExecutor:
    """The executor sync token providers run on: bounded, shared by the process, its threads
    named ``token-provider``. Not the loop's default executor, which ``getaddrinfo`` and the
    application share: a stalled refresh must not hold those."""
    global _executor
    with _executor_lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(
                max_workers=_PROVIDER_THREADS, thread_name_prefix="token-provider"
            )
        return _executor


def _is_async(provider: Callable[[], Any]) -> bool:
    """Whether calling ``provider`` only makes a coroutine (an ``async def`` function, method,
    partial or object with an ``async def __call__``)."""
    return inspect.iscoroutinefunction(provider) or inspect.iscoroutinefunction(
        type(provider).__call__
    )


async def call_provider(provider: Callable[[], Any]) -> Any:
    """What ``provider`` returns, awaited when awaitable: an async provider is called on the
    event loop, any other callable on the token-provider executor (with the caller's context
    variables), so a sync one that refreshes with a blocking request (or hangs) holds no
    call's audio and a timeout around this can fire."""
    if _is_async(provider):
        value = provider()
    else:
        context = contextvars.copy_context()
        value = await asyncio.get_running_loop().run_in_executor(
            _provider_threads(), context.run, provider
        )
    return await value if inspect.isawaitable(value) else value


def safe_token_provider(
    provider: Callable[[], Any], *, timeout_s: float = DEFAULT_TIMEOUT_S
) -> TokenSource:
    """An async callable returning ``provider``'s current token, checked and stripped; a
    provider that takes longer than ``timeout_s`` is a :class:`TokenProviderError` too.

    An async provider is called on the event loop; any other callable on the token-provider
    executor (with the caller's context variables), and what it returns is awaited on the
    loop when it is awaitable (a sync wrapper around an async credential)."""

    async def token() -> str:
        try:
            value = await asyncio.wait_for(call_provider(provider), timeout_s)
        except TimeoutError:
            raise TokenProviderError(
                f"the token provider did not answer within {timeout_s:g} s"
            ) from None
        except TokenUnavailableError as exc:  # the pack's own words, with no token in them
            raise TokenProviderError(str(exc)) from None
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
