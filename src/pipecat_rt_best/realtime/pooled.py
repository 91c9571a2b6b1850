"""The realtime service starts its call on a pre-warmed session from a pool (practice 3).

Dependency direction: ``realtime → session_pool``. The pool
(:mod:`pipecat_rt_best.session_pool`) is plain asyncio + websockets and knows nothing of
pipecat or of this service; this module adapts it to the service.

pipecat's ``_connect()`` opens a socket and starts the receive task, and the receive loop
answers ``session.created`` with the call's ``session.update``. A pooled session has already
consumed its ``session.created``, so adopting one means doing both here: set the socket,
start pipecat's receive task, and replay the pooled ``session.created`` into pipecat's own
handler (which sends the ``session.update`` built from the service's settings and context:
instructions, voice, formats, turn detection, tools). Audio flows once the server answers
``session.updated``, exactly as after a fresh connect: the caller's audio is held until then
(:mod:`.session_ready`), and the commit guard counts only what the configured session got.

Without a pool, with a closed pool, or with one that serves another endpoint/model than the
service's ``base_url``, the service connects as it always did. When the pool itself refuses
(breaker open, no session within the checkout timeout) the call fails fast with the pool's
error (a connectivity ``ErrorFrame``), as a failed connect would; ``PoolConfig(
fallback_direct=True)`` makes the pool connect directly while its breaker is open instead.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from loguru import logger
from pipecat.frames.frames import ErrorCategory

from pipecat_rt_best.base.redaction import redact_url, redact_websocket_client_logs
from pipecat_rt_best.base.token_source import safe_token_provider
from pipecat_rt_best.realtime.server_errors import read_server_event
from pipecat_rt_best.session_pool.pool import (
    PoolClosedError,
    PoolConfig,
    PooledSession,
    PoolError,
    RealtimeSessionPool,
    SessionBackend,
)

__all__ = [
    "PooledSessionMixin",
    "realtime_pool_from_env",
    "realtime_url",
    "session_backend_from_env",
]


def realtime_url(base_url: str, model: str) -> str:
    """The URL pipecat's realtime services connect to: ``base_url?model=<model>``, or
    ``base_url`` as given when it already carries a query (Azure's services keep it)."""
    return base_url if "?" in base_url else f"{base_url}?model={model}"


def session_backend_from_env(
    env: Mapping[str, str] | None = None,
    *,
    token_provider: Callable[[], Awaitable[str] | str] | None = None,
) -> SessionBackend:
    """The pool backend for the endpoint :func:`~.env.realtime_service_from_env` selects.

    Same URL and auth headers as the service built from the same environment (Azure:
    ``api-key``, or ``Authorization: Bearer`` from ``token_provider`` — an Entra ID token,
    fetched for every new connection, and then ``AZURE_OPENAI_API_KEY`` is not needed;
    with ``AZURE_OPENAI_AUTH=entra`` and no ``token_provider``, the process's provider from
    ``azure.identity`` (:func:`~pipecat_rt_best.base.entra.entra_token_provider`);
    OpenAI: ``Authorization: Bearer``).
    """
    # lazy: env imports the service, which composes this module's mixin
    from pipecat_rt_best.realtime.env import backend_and_token_provider

    config, token_provider = backend_and_token_provider(env, token_provider)
    url = realtime_url(config.url, config.model)
    # a static key is a mapping: the pool knows a refused one is sent again by the next connect
    # (2 refusals open its breaker); a callable is a token provider, whose next token may be fresh
    headers: Mapping[str, str] | Callable[[], Awaitable[dict[str, str]]]
    if config.backend == "azure" and token_provider is not None:
        token = safe_token_provider(token_provider)

        async def fresh_token() -> dict[str, str]:
            return {"Authorization": f"Bearer {await token()}"}

        headers = fresh_token
    elif config.backend == "azure":
        headers = {"api-key": config.api_key}
    else:
        headers = {"Authorization": f"Bearer {config.api_key}"}
    return SessionBackend(url=url, headers=headers, name=f"{config.backend}:{config.model}")


def realtime_pool_from_env(
    config: PoolConfig | None = None,
    *,
    env: Mapping[str, str] | None = None,
    token_provider: Callable[[], Awaitable[str] | str] | None = None,
) -> RealtimeSessionPool:
    """A (not yet started) pool for the backend the environment selects; hand it to the
    services built from the same environment (``realtime_service_from_env(session_pool=pool)``)."""
    return RealtimeSessionPool(session_backend_from_env(env, token_provider=token_provider), config)


class PooledSessionMixin:
    """``session_pool=``: start on a pooled session. Must precede pipecat's class."""

    # These come from OpenAIRealtimeLLMService; declared for type checkers.
    _websocket: Any
    _receive_task: Any
    base_url: str

    def __init__(
        self, *args: Any, session_pool: RealtimeSessionPool | None = None, **kwargs: Any
    ) -> None:
        if session_pool is not None and not isinstance(session_pool, RealtimeSessionPool):
            raise TypeError(
                "session_pool= takes a RealtimeSessionPool (a PoolConfig configures one: "
                "RealtimeSessionPool(backend, config) or realtime_pool_from_env(config)), "
                f"not a {type(session_pool).__name__}"
            )
        super().__init__(*args, **kwargs)
        self._session_pool = session_pool
        self._pooled_session: PooledSession | None = None

    def _adopt_socket(self, websocket: Any) -> Any:
        """The socket this service sends on, for a pooled session's ``websocket``: as it is
        here; the reconnect mixin, which precedes this one, guards it."""
        return websocket

    @property
    def pooled_session(self) -> PooledSession | None:
        """The pooled session this call started on (None after a direct connect)."""
        return self._pooled_session

    async def _connect(self) -> None:
        redact_websocket_client_logs()  # pipecat's connect: websockets logs headers at DEBUG
        if not self._websocket:
            # a new session (pipecat's reset_conversation connects again): the last one's
            # pooled session is not this one's, should this connect go direct
            self._pooled_session = None
        pool = self._session_pool
        if pool is None or self._websocket:
            await super()._connect()  # type: ignore[misc]
            return
        if pool.backend.url != self.base_url:
            logger.warning(
                f"{self}: the session pool serves {pool.backend.safe_url!r}, not this "
                f"service's {redact_url(self.base_url)!r} (the model is part of the URL: give "
                "both the same, e.g. realtime_service_from_env with realtime_pool_from_env); "
                "connecting directly"
            )
            await super()._connect()  # type: ignore[misc]
            return
        try:
            session = await pool.checkout()
        except PoolClosedError:
            logger.warning(f"{self}: the session pool is closed; connecting directly")
            await super()._connect()  # type: ignore[misc]
            return
        except PoolError as exc:
            # the pool already decided (breaker open / no session in time): fail the call
            # fast, the way a failed connect does (CONNECTIVITY: the call cannot be served,
            # so the telephony server plays its fallback and ends the call at once)
            await self.push_error(  # type: ignore[attr-defined]
                error_msg=f"Error connecting: {exc}",
                exception=exc,
                category=ErrorCategory.CONNECTIVITY,
            )
            return
        self._pooled_session = session
        # adopted through the hook, so a drop in the next instant (the session.update below)
        # already meets the reconnect's guard, as a drop mid-call does
        self._websocket = self._adopt_socket(session.websocket)
        self._receive_task = self.create_task(self._receive_task_handler())  # type: ignore[attr-defined]
        logger.debug(
            f"{self}: adopted pooled session {session.session_id} "
            f"({'warm' if session.warm else 'cold'}, waited {session.wait_s * 1000:.1f} ms)"
        )
        created = read_server_event(session.created_event)
        if created is not None:
            # pipecat's own session.created handling: sends this call's session.update
            await self._handle_evt_session_created(created)  # type: ignore[attr-defined]
        else:
            await self._send_session_update()  # type: ignore[attr-defined]
