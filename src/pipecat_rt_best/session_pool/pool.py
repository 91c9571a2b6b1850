"""A pool of pre-warmed GA Realtime sessions (plain asyncio + websockets; no pipecat).

A pooled session is an open WebSocket that has already received ``session.created``: a call
that checks one out skips the TCP + TLS + upgrade + session setup (0.3–2 s on the real
services) and only sends its own ``session.update``. Rules it keeps:

* **one call per socket** — a session carries conversation state; a checked-out session
  belongs to the call (who closes it) and never comes back;
* **warm minimum** — ``min_idle`` sessions are kept open, more (up to ``max_idle``) when the
  recent call rate × connect time needs it (:class:`~.demand.DemandEstimator`); a background
  task refills them, and opens one more for every waiting checkout, within ``max_opening``
  concurrent handshakes and ``max_total`` sockets (idle + opening + in use);
* **fresh and alive** — idle sessions retire at ``max_age_s`` (each drawn ``age_jitter``
  earlier, so they don't all reconnect together), well before the server's lifetime limit
  (Azure 30 min, OpenAI 60 min); idle sessions are pinged every ``ping_interval_s``, a session
  with no sign of life for ``fresh_for_s`` (1 s) is pinged at checkout, and one that misses a pong,
  speaks while idle (``error``/``session_expired``) or closes is replaced;
* **failing endpoints** — retries back off (:class:`~.backoff.Backoff`: fast first retry,
  jittered exponential after); a new session that closes or speaks while idle within
  ``healthy_after_s`` of opening (an endpoint that accepts, then drops) is a failed connect
  too, not a success to replace at once (young sessions dying together — one proxy reset of
  every socket — count once); consecutive failures open a :class:`~.breaker.CircuitBreaker`:
  checkouts then fail fast with :class:`PoolUnavailableError` (or, with
  ``fallback_direct=True``, connect directly), and one probe half-opens it;
* **no lock across I/O** — there is no lock at all: all bookkeeping happens synchronously on
  the event loop, and every network wait runs in its own task on a session nobody else holds;
* **no leaks** — :meth:`RealtimeSessionPool.aclose` closes every idle and opening socket and
  fails waiting checkouts; a connect that finishes after close closes its socket;
* **credentials** — :attr:`SessionBackend.headers` may be a callable (an Entra ID token
  provider): it is called for every new connection, within ``open_timeout_s`` (one that
  hangs is a failed connect); headers are never logged or shown (websockets' own DEBUG lines
  included: :func:`~pipecat_rt_best.base.redaction.redact_websocket_client_logs`).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
import json
import math
import random
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from loguru import logger
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.protocol import State

from pipecat_rt_best.base.call_log import outside_any_call
from pipecat_rt_best.base.redaction import redact_url, redact_websocket_client_logs
from pipecat_rt_best.base.token_source import TokenProviderError, call_provider
from pipecat_rt_best.session_pool.backoff import Backoff
from pipecat_rt_best.session_pool.breaker import BreakerState, CircuitBreaker
from pipecat_rt_best.session_pool.demand import DemandEstimator
from pipecat_rt_best.session_pool.metrics import PoolMetrics

__all__ = [
    "PoolClosedError",
    "PoolConfig",
    "PoolError",
    "PoolTimeoutError",
    "PoolUnavailableError",
    "PooledSession",
    "RealtimeSessionPool",
    "SessionBackend",
    "open_session",
]

HeaderSource = Mapping[str, str] | Callable[[], Mapping[str, str] | Awaitable[Mapping[str, str]]]

# young idle sessions dying within this long of the first of them, all open when it died (a
# proxy resetting every socket at once), are one event: one failed connect, not one each
_ONE_EVENT_S = 0.1
INFORMATIONAL_EVENTS = frozenset({"conversation.created", "rate_limits.updated"})
"""Server events an idle session may send and stay in the pool: they inform, ask nothing and
report no trouble (the GA reference emits ``conversation.created`` right after
``session.created``)."""

# query parameters that may be shown (everything else — api-key=, token=… — is masked)


class PoolError(RuntimeError):
    """Base class of the pool's errors. Messages never contain credentials."""


class PoolClosedError(PoolError):
    """The pool was closed."""


class PoolUnavailableError(PoolError):
    """The endpoint keeps failing (circuit breaker open): fail the call fast."""


class PoolTimeoutError(PoolError, TimeoutError):
    """No session became available within the checkout timeout."""


@dataclass(frozen=True, eq=False)
class SessionBackend:
    """Where sessions come from: the full WebSocket URL (with ``?model=``) and its headers.

    ``headers`` is a mapping, or a callable (sync or async) returning one; a callable is called
    for every new connection, so expiring credentials (Entra ID tokens) stay fresh; a sync one
    (``azure.identity``'s sync token providers refresh with a blocking request) runs off the
    event loop. ``name`` is a label for logs and metrics. ``repr`` shows neither headers nor
    query credentials.
    """

    url: str
    headers: HeaderSource = field(default_factory=dict)
    name: str = "realtime"

    def __repr__(self) -> str:
        return f"SessionBackend(name={self.name!r}, url={redact_url(self.url)!r})"

    @property
    def safe_url(self) -> str:
        return redact_url(self.url)

    async def auth_headers(self) -> dict[str, str]:
        source = self.headers
        if callable(source):
            return dict(await call_provider(source))
        return dict(source)


@functools.cache
def _connect_options() -> frozenset[str]:
    """What websockets' ``connect()`` takes as keywords, with what it hands on to the event
    loop's ``create_connection()``, but for what the pool sets itself (read once, when a
    config first gives any: not at import)."""
    names = set(inspect.signature(connect.__init__).parameters)
    names |= set(inspect.signature(asyncio.AbstractEventLoop.create_connection).parameters)
    return frozenset(names - {"self", "uri", "kwargs", "protocol_factory", "open_timeout"})


@dataclass(frozen=True)
class PoolConfig:
    """Sizes, ages and timeouts. Times in seconds.

    Raises:
        TypeError: a field of the wrong type (``min_idle="2"``), named.
        ValueError: a value out of range, named.
    """

    min_idle: int = 2
    # above min_idle, the pool keeps what the recent call rate needs (rate × connect time ×
    # 1.5, see DemandEstimator), up to max_idle; max_idle = min_idle turns that off
    max_idle: int = 16
    max_total: int = 64
    max_opening: int = 16
    max_age_s: float = 300.0
    age_jitter: float = 0.2
    ping_interval_s: float = 5.0
    ping_timeout_s: float = 5.0
    # a checkout pings an idle session whose last sign of life (its handshake, a pong) is
    # older than this before handing it out: a path that died silently since (a proxy that
    # dropped its state: no RST, no FIN) is found here, not by the call's 40 s of silence;
    # above ping_interval_s, sessions the background pings vouch for are never checked
    fresh_for_s: float = 1.0
    checkout_ping_timeout_s: float = 1.0
    open_timeout_s: float = 10.0
    checkout_timeout_s: float = 10.0
    backoff: Backoff = field(default_factory=Backoff)
    breaker_failures: int = 5
    # consecutive refusals of a static key (HTTP 401/403), or of the deployment/model in the
    # URL (HTTP 404/400), that open the breaker: a rejected key or a wrong deployment fails
    # calls at once, where a rate limit, a 5xx or a header provider's refused token (its next
    # may be fresh) gets breaker_failures tries
    breaker_auth_failures: int = 2
    breaker_reset_s: float = 5.0
    # the open breaker's wait doubles up to this (one under breaker_reset_s: no growth)
    breaker_max_reset_s: float = 60.0
    fallback_direct: bool = False
    # a new idle session that closes or speaks within this long of opening is a failed
    # connect (backoff, breaker); it counts as healthy once it lived this long or a call took
    # it (0: off, every connect that reaches session.created is a success)
    healthy_after_s: float = 5.0
    # extra keyword arguments for websockets' connect() (e.g. max_size); the defaults match
    # what pipecat's realtime service uses for its own connect
    connect_options: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._check_types()
        if self.min_idle < 0:
            raise ValueError(f"min_idle must be >= 0, not {self.min_idle}")
        if self.max_idle < self.min_idle:
            raise ValueError(f"max_idle ({self.max_idle}) must be >= min_idle ({self.min_idle})")
        if self.max_total < max(1, self.min_idle):
            raise ValueError(f"max_total ({self.max_total}) must be >= max(1, min_idle)")
        if self.max_opening < 1:
            raise ValueError(f"max_opening must be >= 1, not {self.max_opening}")
        if self.breaker_failures < 1:
            raise ValueError(f"breaker_failures must be >= 1, not {self.breaker_failures}")
        if self.breaker_auth_failures < 1:
            raise ValueError(
                f"breaker_auth_failures must be >= 1, not {self.breaker_auth_failures}"
            )
        if not 0 <= self.age_jitter < 1:
            raise ValueError(f"age_jitter must be within [0, 1), not {self.age_jitter}")
        for name in (
            "max_age_s",
            "ping_interval_s",
            "ping_timeout_s",
            "checkout_ping_timeout_s",
            "open_timeout_s",
            "checkout_timeout_s",
            "breaker_reset_s",
        ):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be > 0")
        for name in ("healthy_after_s", "fresh_for_s"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0, not {getattr(self, name)}")
        if "additional_headers" in self.connect_options:
            raise ValueError("headers go in SessionBackend.headers, not connect_options")
        if "open_timeout" in self.connect_options:
            raise ValueError(
                "the connect's timeout is PoolConfig.open_timeout_s, not connect_options"
            )
        unknown = (
            sorted(set(self.connect_options) - _connect_options()) if self.connect_options else []
        )
        if unknown:  # each connect would fail with a bare TypeError, retried as an outage
            raise ValueError(
                f"connect_options: unknown option {', '.join(map(repr, unknown))} (websockets' "
                f"connect() and the event loop's create_connection() take: "
                f"{', '.join(sorted(_connect_options()))})"
            )

    def _check_types(self) -> None:
        """Each field's type, before any comparison (``"2" < 0`` would say only "'<' not
        supported", and a string that compared would fail later, in the pool's task)."""

        def wrong(name: str, wanted: str) -> TypeError:
            value = getattr(self, name)
            return TypeError(
                f"PoolConfig.{name} must be {wanted}, not {value!r} ({type(value).__name__})"
            )

        for f in fields(self):  # the annotations say which (``from __future__``: strings)
            value = getattr(self, f.name)
            if f.type == "int":
                if isinstance(value, bool) or not isinstance(value, int):
                    raise wrong(f.name, "an int")
            elif f.type == "float":
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise wrong(f.name, "a number")
                if math.isnan(value):
                    raise ValueError(f"PoolConfig.{f.name} must be a number, not nan")
        if not isinstance(self.fallback_direct, bool):
            raise wrong("fallback_direct", "a bool")
        if not isinstance(self.backoff, Backoff):
            raise wrong("backoff", "a Backoff")
        if not isinstance(self.connect_options, Mapping):
            raise wrong("connect_options", "a mapping (dict)")


class PooledSession:
    """An open, ``session.created``-confirmed realtime session.

    After :meth:`RealtimeSessionPool.checkout` the call owns it: use :attr:`websocket` (the
    next message on it is whatever the server sends after ``session.created``) and close it
    when the call ends. :attr:`created_event` is the ``session.created`` payload.
    """

    def __init__(
        self,
        websocket: ClientConnection,
        created_event: dict[str, Any],
        *,
        retire_at: float,
        opened_at: float,
    ) -> None:
        self.websocket = websocket
        self.created_event = created_event
        self.opened_at = opened_at
        self.retire_at = retire_at
        self.last_alive = opened_at
        self.warm = False  # served from the idle pool (vs. connected while the call waited)
        self.wait_s = 0.0  # how long the checkout waited
        self._watcher: asyncio.Task[None] | None = None
        self._pinging = False
        self._spoke: str | None = None  # what the server said while the session was idle
        self.probation_until: float | None = None  # idle and new: not yet known healthy

    def __repr__(self) -> str:
        return (
            f"PooledSession(id={self.session_id!r}, age={self.age_s():.1f}s, closed={self.closed})"
        )

    @property
    def session_id(self) -> str | None:
        session = self.created_event.get("session")
        return session.get("id") if isinstance(session, dict) else None

    @property
    def closed(self) -> bool:
        return self.websocket.state is not State.OPEN

    def age_s(self, now: float | None = None) -> float:
        return (time.monotonic() if now is None else now) - self.opened_at

    async def aclose(self) -> None:
        await self.websocket.close()


def describe_failure(exc: BaseException) -> str:
    """A short, credential-free description of a connect failure."""
    if isinstance(exc, InvalidStatus):
        return f"HTTP {exc.response.status_code}"
    if isinstance(exc, _AuthHeadersTimeout):
        return "timeout fetching the auth headers"
    if isinstance(exc, TimeoutError):
        return "timeout"
    if isinstance(exc, ConnectionClosed):
        code = exc.rcvd.code if exc.rcvd is not None else None
        return f"closed before session.created (code {code})"
    if isinstance(exc, _UnexpectedFirstEvent):
        return str(exc)
    if isinstance(exc, OSError):
        return f"{type(exc).__name__} (errno {exc.errno})"
    if isinstance(exc, TokenProviderError):  # its message never holds the token
        return str(exc)
    return type(exc).__name__


_REFUSED = {
    "HTTP 401": "the key",
    "HTTP 403": "the key",
    "HTTP 404": "the deployment/model in the URL (none of that name)",
    "HTTP 400": "the deployment/model in the URL (not a realtime one)",
}
"""What a configuration the backend refuses at the handshake, by the failure's description
(:func:`describe_failure`), is about."""


def _retry_after_s(exc: BaseException) -> float | None:
    if isinstance(exc, InvalidStatus):
        value = exc.response.headers.get("Retry-After")
        if value:
            with contextlib.suppress(ValueError):
                return max(0.0, float(value))
    return None


class _UnexpectedFirstEvent(Exception):
    """The server's first event was not ``session.created``."""


def _error_code(event: Any) -> Any:
    """The ``code`` of a server event's ``error`` object; None without one (no ``error``, or
    one that is not an object: some servers send a bare string)."""
    error = event.get("error") if isinstance(event, dict) else None
    return error.get("code") if isinstance(error, dict) else None


class _AuthHeadersTimeout(TimeoutError):
    """The backend's headers (a token provider) did not come within the open timeout."""


async def open_session(
    backend: SessionBackend,
    *,
    open_timeout_s: float = 10.0,
    connect_options: Mapping[str, Any] | None = None,
) -> PooledSession:
    """Open one session outside any pool: connect and wait for ``session.created``.

    Raises what the connect raised (``InvalidStatus`` for a refused handshake,
    ``TimeoutError``, ``OSError``…; :func:`describe_failure` words it without credentials).
    ``open_timeout_s`` covers fetching the headers too (a token provider that does not
    answer is a ``TimeoutError``). The socket is closed on every failure.
    """
    redact_websocket_client_logs()  # websockets logs the request headers at DEBUG
    deadline = asyncio.get_running_loop().time() + open_timeout_s
    try:
        async with asyncio.timeout_at(deadline):
            headers = await backend.auth_headers()
    except TimeoutError:
        raise _AuthHeadersTimeout() from None
    async with asyncio.timeout_at(deadline):
        ws = await connect(
            backend.url, additional_headers=headers, open_timeout=None, **(connect_options or {})
        )
        try:
            raw = await ws.recv()
            event = json.loads(raw)
            if not isinstance(event, dict) or event.get("type") != "session.created":
                kind = event.get("type") if isinstance(event, dict) else type(event).__name__
                code = _error_code(event)
                raise _UnexpectedFirstEvent(
                    f"first event {kind!r}" + (f" ({code})" if code else "")
                )
        except BaseException:
            ws.transport.abort()
            raise
    now = time.monotonic()
    return PooledSession(ws, event, retire_at=math.inf, opened_at=now)


class RealtimeSessionPool:
    """Pre-warmed realtime sessions for one backend. Use as ``async with``, or
    :meth:`start` / :meth:`aclose`.

    ``checkout()`` returns a :class:`PooledSession` that the call owns from then on.
    """

    def __init__(
        self,
        backend: SessionBackend,
        config: PoolConfig | None = None,
        *,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.backend = backend
        self.config = config or PoolConfig()
        self.metrics = PoolMetrics()
        self.breaker = CircuitBreaker(
            self.config.breaker_failures,
            self.config.breaker_reset_s,
            max(self.config.breaker_reset_s, self.config.breaker_max_reset_s),
        )
        self.last_error: str | None = None
        self.demand = DemandEstimator()
        self._rand = rand
        self._idle: deque[PooledSession] = deque()
        self._in_use: set[PooledSession] = set()
        self._waiters: deque[asyncio.Future[PooledSession]] = deque()
        self._opening = 0
        # taken from idle by a checkout, not yet handed out (one of the pool's sockets)
        self._checking: set[PooledSession] = set()
        self._loop: asyncio.AbstractEventLoop | None = None  # the loop it was started on
        self._failures = 0  # consecutive, for the backoff
        # consecutive refusals the next connect repeats (a static key 401/403, 404/400)
        self._auth_failures = 0
        self._next_attempt_at = 0.0
        # when the last connect failed: only a session opened after it says the endpoint
        # serves now (one opened before it proves nothing about the outage)
        self._last_failure_at = -math.inf
        self._young_deaths_at = -math.inf  # when the last event of young idle deaths began
        self._tasks: set[asyncio.Task[Any]] = set()
        self._wake = asyncio.Event()
        self._runner: asyncio.Task[None] | None = None
        self._closed = False

    def __repr__(self) -> str:
        m = self.metrics
        return (
            f"RealtimeSessionPool({self.backend!r}, idle={m.idle}, in_use={m.in_use}, "
            f"opening={m.opening}, breaker={self.breaker.state.value})"
        )

    # -- lifecycle -------------------------------------------------------------------

    async def start(self) -> RealtimeSessionPool:
        if self._closed:
            raise PoolClosedError("the pool was closed")
        self._check_loop()
        if self._runner is None:
            self._loop = asyncio.get_running_loop()
            # not the call's context: a call that starts the pool (a first checkout) would
            # otherwise tag the pool's lines for ever after with its call id
            self._runner = asyncio.create_task(
                self._run(), name=f"pool[{self.backend.name}]", context=outside_any_call()
            )
        return self

    def _check_loop(self) -> None:
        """A pool lives on one event loop: its task and sockets die with that loop (each
        ``asyncio.run`` makes a new one), and a checkout elsewhere would wait for nothing."""
        if self._loop is not None and self._loop is not asyncio.get_running_loop():
            raise PoolError(
                "this pool was started on another event loop (each asyncio.run() has its own); "
                "make and start the pool in the loop that uses it"
            )

    async def __aenter__(self) -> RealtimeSessionPool:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def wait_ready(self, timeout: float | None = None) -> None:
        """Wait until ``min_idle`` sessions are idle (``TimeoutError`` after ``timeout``).

        Through an outage (refused connects, 429, 5xx) it waits for the probe that closes the
        breaker, and so it does through a header provider's refusals (HTTP 401/403: its next
        token may be fresh, a role assignment still propagating). Once the breaker is open on
        a refused static key or deployment/model (HTTP 404/400; which waiting does not fix:
        the next connect sends it again) it raises :class:`PoolUnavailableError`, the error
        :meth:`checkout` raises then;
        :class:`PoolClosedError` after :meth:`aclose`. It starts a pool not started yet, as
        :meth:`checkout` does."""
        await self.start()  # a no-op once started; PoolClosedError after aclose
        async with asyncio.timeout(timeout):
            while len(self._idle) < self.config.min_idle:
                if self._closed:
                    raise PoolClosedError("the pool was closed")
                if self._auth_failures and self.breaker.state is not BreakerState.CLOSED:
                    raise self._unavailable()
                await asyncio.sleep(0.005)

    @property
    def ready(self) -> bool:
        """Warm (``min_idle`` sessions idle) and the breaker closed: fit for new calls."""
        return (
            not self._closed
            and len(self._idle) >= self.config.min_idle
            and self.breaker.state is BreakerState.CLOSED
        )

    @property
    def closed(self) -> bool:
        return self._closed

    async def aclose(self, *, close_in_use: bool = False) -> None:
        """Close idle and opening sockets, fail waiting checkouts, stop the background task.

        Sessions already handed to calls belong to them and stay open unless
        ``close_in_use``; the ``in_use`` gauge counts them until they close.
        """
        if self._closed:
            return
        self._closed = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_exception(PoolClosedError("the pool was closed"))
        self._waiters.clear()
        for session in self._checking:
            # a checkout is pinging it: the ping fails now, and the checkout raises
            # PoolClosedError instead of waiting out its ping (the socket goes either way)
            session.websocket.transport.abort()
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.cancel()
        # the in-use trackers stay: a call's session is in use until the call closes it
        tasks = [t for t in self._tasks if not t.get_name().startswith(("close", "in-use"))]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if runner is not None:
            await asyncio.gather(runner, return_exceptions=True)
        doomed = list(self._idle)
        self._idle.clear()
        if close_in_use:
            doomed += self._in_use
        for session in doomed:
            self._close_soon(session)
        closing = [t for t in self._tasks if t.get_name().startswith("close")]
        await asyncio.gather(*closing, return_exceptions=True)
        if close_in_use:  # their trackers end as the sockets close
            trackers = [t for t in self._tasks if t.get_name().startswith("in-use")]
            await asyncio.gather(*trackers, return_exceptions=True)
        self._sync_gauges()
        logger.debug(f"{self!r}: closed")

    # -- checkout --------------------------------------------------------------------

    async def checkout(self, timeout: float | None = None) -> PooledSession:
        """A ready session for one call. The caller owns it and must close it.

        Raises :class:`PoolTimeoutError` after ``timeout`` (default
        ``config.checkout_timeout_s``), :class:`PoolUnavailableError` when the breaker is
        open and no idle session is left (unless ``fallback_direct``), and
        :class:`PoolClosedError` after :meth:`aclose`.
        """
        if self._closed:
            raise PoolClosedError("the pool was closed")
        self._check_loop()
        if self._runner is None:
            await self.start()
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        timeout = self.config.checkout_timeout_s if timeout is None else timeout
        try:
            while True:
                session = await self._checkout_idle(t0 + timeout)
                if session is None:
                    session = await self._checkout_cold(t0 + timeout, timeout)
                else:
                    session.warm = True
                if not session.closed:
                    break
                # closed between its delivery and now (a new session's future resolves a
                # loop turn or more before this checkout resumes; a busy loop widens it): a
                # call must not start on it, the next one is asked for
                self._in_use.discard(session)
                self._retire_dead(session, "closed as it was handed out")
        except Exception:
            self.metrics.checkout_failures += 1
            raise
        finally:
            self._wake.set()  # refill
        session.wait_s = loop.time() - t0
        self.metrics.observe_checkout(session.wait_s, warm=session.warm)
        self.demand.record_checkout()
        return session

    async def _checkout_idle(self, deadline: float) -> PooledSession | None:
        while self._idle:
            session = self._idle.popleft()  # nobody else can get it now
            self._checking.add(session)  # still one of the pool's sockets (max_total)
            try:
                usable = await self._check_idle(session, deadline)
            except BaseException:
                # cancelled while checking it (the caller hung up, an outer timeout): it is in
                # neither _idle nor _in_use now, so close it here or nothing ever will
                self._retire(
                    session,
                    by_age=False,
                    why="checkout cancelled while checking it",
                    counted=False,
                )
                raise
            finally:
                self._checking.discard(session)
            if usable is None:  # no time left to check it: not known dead, so it stays idle
                self._release(session)
                return None
            if usable:
                if self._closed:  # closed while it was pinged: aclose did not see it
                    self._retire(session, by_age=False, why="the pool was closed", counted=False)
                    raise PoolClosedError("the pool was closed")
                self._hand_out(session)
                return session
        return None

    async def _check_idle(self, session: PooledSession, deadline: float) -> bool | None:
        """Whether an idle session just taken out may be handed out (else it is retired);
        None when the checkout's deadline left no time to ping it (it goes back to idle: a
        checkout that ran out of time must not retire the healthy sessions it never asked)."""
        await self._stop_watcher(session)
        now = time.monotonic()
        if session.closed or session._spoke:
            self._retire_dead(session, session._spoke or "closed while idle")
            return False
        if now >= session.retire_at:
            self._retire(session, by_age=True, why="age (at checkout)")
            return False
        if now - session.last_alive > self.config.fresh_for_s:
            loop = asyncio.get_running_loop()
            budget = min(self.config.checkout_ping_timeout_s, deadline - loop.time())
            if budget <= 0:
                return None
            if not await self._ping(session, budget):
                self._retire_dead(session, "no pong at checkout")
                return False
        return True

    async def _checkout_cold(self, deadline: float, timeout: float) -> PooledSession:
        if self._closed:  # while an idle session was checked: nothing will deliver one now
            raise PoolClosedError("the pool was closed")
        loop = asyncio.get_running_loop()
        if self.breaker.state is not BreakerState.CLOSED:
            return await self._fallback_or_fail(deadline, timeout)
        fut: asyncio.Future[PooledSession] = loop.create_future()
        self._waiters.append(fut)
        self._sync_gauges()
        self._wake.set()
        try:
            async with asyncio.timeout_at(deadline):
                return await asyncio.shield(fut)
        except TimeoutError:
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                return fut.result()  # delivered as the timer fired: keep it
            raise PoolTimeoutError(
                f"no realtime session from {self.backend.name!r} within {timeout:.1f}s "
                f"({self._why_none()})"
            ) from None
        except PoolUnavailableError:
            return await self._fallback_or_fail(deadline, timeout)
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                self._release(fut.result())  # delivered but the caller went away
            raise
        finally:
            if not fut.done():
                fut.cancel()
            with contextlib.suppress(ValueError):
                self._waiters.remove(fut)
            self._sync_gauges()

    def _why_none(self) -> str:
        """Why a checkout got nothing: the pool full, or the last connect error."""
        held = len(self._in_use) + len(self._checking)
        if self._sockets() >= self.config.max_total:
            return (
                f"the pool is at max_total={self.config.max_total}: {held} in use by calls, "
                f"{self._opening} opening, {len(self._idle)} idle"
            )
        return f"last connect error: {self.last_error or 'none'}"

    def _sockets(self) -> int:
        return len(self._idle) + self._opening + len(self._in_use) + len(self._checking)

    def _unavailable(self) -> PoolUnavailableError:
        """The error for a breaker that is not closed: its state, the failures, the last."""
        return PoolUnavailableError(
            f"realtime backend {self.backend.name!r} is unavailable: circuit breaker "
            f"{self.breaker.state.value} after {self.breaker.consecutive_failures} "
            f"consecutive connect failures (last: {self.last_error or 'none'}); "
            f"next probe in {self.breaker.retry_in():.1f}s"
        )

    async def _fallback_or_fail(self, deadline: float, timeout: float) -> PooledSession:
        """A direct connect with the breaker not closed (``fallback_direct``), within the
        checkout's ``deadline`` (a reconnect passes what is left of its give-up budget)."""
        if not self.config.fallback_direct:
            raise self._unavailable()
        logger.warning(f"{self!r}: breaker not closed, connecting directly")
        try:
            async with asyncio.timeout_at(deadline):
                session = await self._connect()
        except TimeoutError:
            raise PoolTimeoutError(
                f"no realtime session from {self.backend.name!r} within {timeout:.1f}s "
                "(breaker not closed; the direct connect did not finish in time)"
            ) from None
        except Exception as exc:
            self._record_failure(exc)
            raise PoolUnavailableError(
                f"realtime backend {self.backend.name!r} is unavailable: direct connect "
                f"failed ({describe_failure(exc)})"
            ) from None
        self.metrics.created += 1
        self._record_healthy()
        self._hand_out(session)
        return session

    # -- background work -------------------------------------------------------------

    async def _run(self) -> None:
        try:
            while not self._closed:
                now = time.monotonic()
                self._maintain(now)
                delay = max(0.001, min(self._next_deadline(now) - now, 1.0))
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(delay):
                        await self._wake.wait()
                self._wake.clear()
        except asyncio.CancelledError:
            raise
        except Exception:  # a bug here must not silently stop the refills
            logger.exception(f"{self!r}: maintenance task failed")
            raise

    def _maintain(self, now: float) -> None:
        cfg = self.config
        # retire by age, replace the dead (copy first: the deque changes underneath)
        for session in list(self._idle):
            if session.closed:
                self._idle.remove(session)
                self._retire_dead(session, "closed while idle")
            elif session.probation_until is not None and now >= session.probation_until:
                self._proved_healthy(session)  # it lived: the endpoint works
            if session.closed:
                continue
            if now >= session.retire_at:
                self._idle.remove(session)
                self._retire(session, by_age=True, why="age")
            elif not session._pinging and now - session.last_alive >= cfg.ping_interval_s:
                session._pinging = True  # now, not when the task starts: no second one meanwhile
                self._spawn(self._ping_idle(session), "ping")
        self._start_opens(now)
        self._sync_gauges()

    def _start_opens(self, now: float) -> None:
        if self._closed or now < self._next_attempt_at:
            return
        cfg = self.config
        waiting = sum(1 for f in self._waiters if not f.done())
        target = self.demand.target(cfg.min_idle, cfg.max_idle)
        self.metrics.target_idle = target
        want = target + waiting - len(self._idle) - self._opening
        room = min(
            cfg.max_opening - self._opening,
            cfg.max_total - self._sockets(),
        )
        if self._failures:
            # the endpoint is failing: one connect at a time until one succeeds, so a pool
            # of 50 does not hammer a struggling (rate-limiting) endpoint 50 times per retry
            room = min(room, 1 - self._opening)
        starts = min(want, room)
        if starts <= 0 < room and self.breaker.state is BreakerState.HALF_OPEN:
            # the open breaker's wait is over: probe it even when the idle sessions meet the
            # demand — nothing else would, and it would stay open (not ready, no calls sent,
            # no demand) until they aged out; the probe's session joins the idle ones
            starts = 1
        for _ in range(starts):
            if not self.breaker.allow():
                break
            self._opening += 1
            self._spawn(self._open_one(), "open")

    def _next_deadline(self, now: float) -> float:
        """When the next pass is due. What is in flight (a ping, a connect, the breaker's
        probe) wakes the loop as it ends: it sets no deadline, or one already past would
        spin the loop every millisecond until it ends (an unanswered ping: 5 s)."""
        deadline = now + 1.0
        for session in self._idle:
            deadline = min(deadline, session.retire_at)
            if not session._pinging:
                deadline = min(deadline, session.last_alive + self.config.ping_interval_s)
            if session.probation_until is not None:
                deadline = min(deadline, session.probation_until)
        if self._next_attempt_at > now:
            deadline = min(deadline, self._next_attempt_at)
        retry_in = self.breaker.retry_in()  # 0 once half-open: then its probe wakes the loop
        if retry_in > 0:
            deadline = min(deadline, now + retry_in)
        return deadline

    async def _open_one(self) -> None:
        try:
            session = await self._connect()
        except asyncio.CancelledError:
            self._opening -= 1
            raise
        except Exception as exc:
            self._opening -= 1
            self._record_failure(exc)
            self._wake.set()
            return
        self._opening -= 1
        self.metrics.created += 1
        if self.breaker.state is BreakerState.HALF_OPEN:
            # the endpoint accepts again, but an endpoint that accepts and then drops does
            # too: the probe closes the breaker once it proves itself like any new session
            # (lives healthy_after_s or a call takes it); dying young, it is a failed probe
            logger.info(f"{self!r}: probe connected; the breaker closes once it proves itself")
        if self._closed:
            self._close_soon(session)
            return
        self._deliver(session)
        self._wake.set()

    async def _connect(self) -> PooledSession:
        """Open one session and wait for ``session.created`` (no pool state touched)."""
        cfg = self.config
        started = time.monotonic()
        session = await open_session(
            self.backend, open_timeout_s=cfg.open_timeout_s, connect_options=cfg.connect_options
        )
        self.demand.record_connect(session.opened_at - started)
        session.retire_at = session.opened_at + cfg.max_age_s * (
            1.0 - cfg.age_jitter * self._rand()
        )
        return session

    def _record_failure(self, exc: BaseException) -> None:
        # a static key refused: retrying sends the same key. A header provider's next token
        # may be fresh (an expired one refused), so its refusals count like any failure. No
        # such deployment/model (HTTP 404, or 400 for a model that is not a realtime one):
        # retrying asks for the same one, whatever the auth
        status = exc.response.status_code if isinstance(exc, InvalidStatus) else None
        auth = status in (404, 400) or (status in (401, 403) and not callable(self.backend.headers))
        self._record_failed_connect(describe_failure(exc), _retry_after_s(exc), auth=auth)

    def _record_failed_connect(
        self,
        why: str,
        retry_after: float | None = None,
        *,
        auth: bool = False,
    ) -> None:
        """A connect failed (``auth``: the backend refused what the next connect sends again,
        a static key, HTTP 401/403, or the deployment/model, HTTP 404/400: a configuration
        error, not an outage)."""
        self.metrics.failed += 1
        self.last_error = why
        self._failures += 1
        self._auth_failures = self._auth_failures + 1 if auth else 0
        self._last_failure_at = time.monotonic()
        delay = self.config.backoff.delay(self._failures, self._rand)
        if retry_after is not None:  # the server's word, up to the breaker's longest wait
            cap = max(self.config.backoff.max_s, self.config.breaker_max_reset_s)
            delay = max(delay, min(retry_after, cap))
        self._next_attempt_at = time.monotonic() + delay
        opened = self.breaker.record_failure(
            trip=self._auth_failures >= self.config.breaker_auth_failures
        )
        logger.warning(
            f"{self!r}: connect failed ({self.last_error}); retry in {delay * 1000:.0f} ms"
        )
        if opened:
            self.metrics.breaker_opens += 1
            cause = (
                f": the backend refuses {_REFUSED.get(why, 'what the pool sends')} ({why}, "
                f"{self._auth_failures} times in a row): a configuration error, not an outage; "
                "retrying sends the same"
                if auth
                else f" after {self.breaker.consecutive_failures} consecutive failures "
                f"(last: {why})"
            )
            logger.error(
                f"{self!r}: circuit breaker opened{cause}; probing again in "
                f"{self.breaker.retry_in():.1f}s"
            )
            for fut in self._waiters:
                if not fut.done():
                    fut.set_exception(PoolUnavailableError("circuit breaker opened"))

    def _proved_healthy(self, session: PooledSession) -> None:
        """``session`` ends its probation without dying young (lived ``healthy_after_s``, a
        call took it, retired by age): the endpoint serves — if it opened after the last
        failed connect. One opened before says nothing about the endpoint now: calls taking
        pre-outage warm sessions must not close the breaker and reset the backoff while
        every connect fails."""
        session.probation_until = None
        if session.opened_at > self._last_failure_at:
            self._record_healthy()

    def _record_healthy(self) -> None:
        """A new session proved itself (lived ``healthy_after_s``, or a call took it)."""
        if self.breaker.state is not BreakerState.CLOSED:
            logger.info(f"{self!r}: connect succeeded, circuit breaker closed")
        self._failures = self._auth_failures = 0
        self._next_attempt_at = 0.0
        self.breaker.record_success()

    def _deliver(self, session: PooledSession) -> None:
        while self._waiters:
            fut = self._waiters.popleft()
            if not fut.done():
                fut.set_result(session)
                self._proved_healthy(session)  # a call took it: the endpoint serves
                self._hand_out(session)
                return
        if self.config.healthy_after_s > 0:
            session.probation_until = session.opened_at + self.config.healthy_after_s
        else:
            self._proved_healthy(session)
        self._idle.append(session)
        session._watcher = self._spawn(self._watch_idle(session), "watch")
        self._sync_gauges()

    def _hand_out(self, session: PooledSession) -> None:
        if session.probation_until is not None:
            self._proved_healthy(session)  # a call took it: the endpoint serves
        self._in_use.add(session)
        self._spawn(self._track_in_use(session), "in-use")
        self._sync_gauges()

    def _release(self, session: PooledSession) -> None:
        """A session delivered to a checkout that was abandoned: back to idle, unused."""
        self._in_use.discard(session)
        if self._closed or session.closed:
            self._close_soon(session)
            return
        self._idle.appendleft(session)
        session._watcher = self._spawn(self._watch_idle(session), "watch")
        self._sync_gauges()

    async def _track_in_use(self, session: PooledSession) -> None:
        try:
            await session.websocket.wait_closed()
        finally:
            self._in_use.discard(session)
            self._sync_gauges()
            self._wake.set()

    async def _watch_idle(self, session: PooledSession) -> None:
        """An idle session ends on a close or on anything it says (an ``error`` such as
        ``session_expired``, an event nothing asked for), but for events that only inform
        the client (:data:`INFORMATIONAL_EVENTS`: the GA reference's ``conversation.created``
        right after ``session.created``, ``rate_limits.updated``), which are read and let go:
        the call that takes the session does not need them."""
        while True:
            try:
                raw = await session.websocket.recv()
            except ConnectionClosed:
                why = "closed while idle"
                break
            why = "spoke while idle"
            with contextlib.suppress(Exception):
                event = json.loads(raw)
                kind = event.get("type")
                if kind in INFORMATIONAL_EVENTS:
                    logger.debug(f"pool: an idle session sent {kind!r}; it stays")
                    continue
                why = f"sent {kind!r} while idle"
                code = _error_code(event)
                if code:
                    why += f" ({code})"
            break
        session._spoke = why  # a checkout that raced this watcher must not hand it out
        if session in self._idle:
            self._idle.remove(session)
            self._retire_dead(session, why)
            self._wake.set()

    async def _stop_watcher(self, session: PooledSession) -> None:
        watcher, session._watcher = session._watcher, None
        if watcher is not None and not watcher.done():
            watcher.cancel()  # cancelling websockets' recv() loses no message
            await asyncio.gather(watcher, return_exceptions=True)

    async def _ping(self, session: PooledSession, timeout: float) -> bool:
        session._pinging = True
        try:
            async with asyncio.timeout(timeout):
                pong = await session.websocket.ping()
                await pong
        except (TimeoutError, ConnectionClosed):
            return False
        finally:
            session._pinging = False
        session.last_alive = time.monotonic()
        return True

    async def _ping_idle(self, session: PooledSession) -> None:
        alive = await self._ping(session, self.config.ping_timeout_s)
        if not alive and session in self._idle:
            self._idle.remove(session)
            self._retire_dead(session, "no pong")
        self._wake.set()  # its next ping's deadline (the loop set none while this one was out)

    def _retire(
        self, session: PooledSession, *, by_age: bool, why: str, counted: bool = True
    ) -> None:
        """Close an idle session for good. ``counted``: in ``retired_by_age`` or
        ``retired_unhealthy``; not one nobody wants any more though it was fine (a checkout
        cancelled while it checked it, the pool closed meanwhile)."""
        if counted and by_age:
            self.metrics.retired_by_age += 1
        elif counted:
            self.metrics.retired_unhealthy += 1
        logger.debug(f"{self!r}: retiring {session!r}: {why}")
        watcher, session._watcher = session._watcher, None
        if watcher is not None and not watcher.done() and watcher is not asyncio.current_task():
            watcher.cancel()
        if session.probation_until is not None:
            # retired on probation without dying young (age, a cancelled checkout): nothing
            # says the endpoint fails, and a breaker probe left unresolved would block it
            self._proved_healthy(session)
        self._close_soon(session)
        self._sync_gauges()

    def _retire_dead(self, session: PooledSession, why: str) -> None:
        """Retire an idle session that died; dying young, it was a failed connect (a failed
        probe when it was the half-open breaker's) — unless the pool is closed: then it
        died because the pool closes its sockets. Young sessions that die together (within
        ``_ONE_EVENT_S`` of the first death, all open when it came) are one failed connect:
        one proxy reset of N idle sockets is not N failures in a row."""
        now = time.monotonic()
        if (
            not self._closed
            and session.probation_until is not None
            and now < session.probation_until
        ):
            session.probation_until = None
            event = self._young_deaths_at
            if session.opened_at < event and now - event < _ONE_EVENT_S:
                logger.debug(f"{self!r}: {session!r} died young ({why}) with the others")
            else:
                self._young_deaths_at = now
                self._record_failed_connect(
                    f"a new session closed {session.age_s() * 1000:.0f} ms after it opened ({why})"
                )
        self._retire(session, by_age=False, why=why)

    def _close_soon(self, session: PooledSession) -> None:
        async def close() -> None:
            try:
                async with asyncio.timeout(2.0):
                    await session.websocket.close()
            except Exception:  # a timeout included: then just drop the connection
                session.websocket.transport.abort()

        self._spawn(close(), "close")

    def _spawn(self, coro: Coroutine[Any, Any, Any], kind: str) -> asyncio.Task[Any]:
        """The pool's upkeep runs outside any call's log context (see :meth:`start`), even
        when a call's checkout started it."""
        task = asyncio.get_running_loop().create_task(
            coro, name=f"{kind}:{self.backend.name}", context=outside_any_call()
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _sync_gauges(self) -> None:
        m = self.metrics
        m.idle = len(self._idle)
        m.in_use = len(self._in_use)
        m.opening = self._opening
        m.waiting = sum(1 for f in self._waiters if not f.done())
