"""A reply that fails for a transient reason is asked for again.

Under load the server ends a response with ``status: "failed"`` and a transient error: a
rate limit (``rate_limit_exceeded``; OpenAI's message says "Please try again in 1.2s", Azure's
"retry after 6 seconds") or a ``server_error``. pipecat reports it (the pack: a
:class:`~pipecat_rt_best.base.frames.ModelErrorFrame`, :mod:`.server_errors`) and asks for
nothing more: the caller hears silence until they speak again, and on a phone line they hang
up first.

Here such a response (:data:`TRANSIENT_CODES`) is asked for again — pipecat's own
``_create_response``, so the aggregators see a new response — after the server's hint (at
most ``max_delay_s``) or, with none, a short backoff (``backoff_s``, doubling), at most
``max_retries`` times in a row: the count starts over when a response ends otherwise or the
caller takes a turn. Each retry is one WARNING line with the code and the attempt, never the
error's message; the error is still reported.

Never asked again: a quota, invalid-request or content-policy failure, a cancelled or
incomplete response, a response that failed part-way (it has output: its start was heard, or a
function call given); nor when, once the delay is up, the caller has started a turn (it asks
for its own reply), another response is running or asked for, the call is ending (the
service disconnecting, its last reply spoken: :mod:`.closing_turn`) or its connection is
lost. While a reconnect (or a move) replaces the session nothing is sent: the retry waits
for it, and asks only if the new session was not asked for a reply already.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from typing import Any

from loguru import logger
from pipecat.services.openai.realtime import events

from pipecat_rt_best.base.frames import model_error_code

__all__ = ["TRANSIENT_CODES", "ResponseRetryMixin", "ResponseRetryParams", "retry_hint_s"]

TRANSIENT_CODES = frozenset({"rate_limit_exceeded", "server_error"})
"""The failed responses asked for again (:func:`~pipecat_rt_best.base.frames.model_error_code`
of the error's code and type): a quota, a refused request or a content policy fails again."""

# "Please try again in 1.2s" / "in 600ms" / "in 1m26.4s" (OpenAI); "retry after 6 seconds" (Azure)
_TRY_AGAIN = re.compile(r"try again in\s+((?:\d+(?:\.\d+)?\s*(?:ms|h|m|s)\s*)+)", re.IGNORECASE)
_RETRY_AFTER = re.compile(
    r"retry after\s+(\d+(?:\.\d+)?)\s*(milliseconds?|ms|seconds?|s)\b", re.IGNORECASE
)
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|h|m|s)", re.IGNORECASE)
_UNIT_S = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
# while a reconnect replaces the session, the retry looks this often whether it is done
_REPLACING_POLL_S = 0.05


def retry_hint_s(message: str | None) -> float | None:
    """The wait (seconds) a failed response's error message asks for: OpenAI's "try again in
    1.2s" (also ``600ms``, ``1m26.4s``) or Azure's "retry after 6 seconds"; None if none."""
    if not message:
        return None
    match = _TRY_AGAIN.search(message)
    if match is not None:
        return sum(
            float(value) * _UNIT_S[unit.lower()] for value, unit in _PART.findall(match.group(1))
        )
    match = _RETRY_AFTER.search(message)
    if match is not None:
        unit = match.group(2).lower()
        return float(match.group(1)) * (0.001 if unit.startswith("m") else 1.0)
    return None


@dataclass(frozen=True)
class ResponseRetryParams:
    """``response_retry=``: how a response that failed for a transient reason is asked again.

    * ``max_retries``: at most this many times in a row (0: never);
    * ``max_delay_s``: the server's "try again in" hint is waited, up to this long;
    * ``backoff_s``: with no hint, the first retry waits this long, each next one twice as
      long (up to ``max_delay_s``).
    """

    max_retries: int = 2
    max_delay_s: float = 5.0
    backoff_s: float = 0.5

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int):
            raise TypeError(
                f"ResponseRetryParams.max_retries must be an int, not {self.max_retries!r}"
            )
        for name in ("max_delay_s", "backoff_s"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise TypeError(f"ResponseRetryParams.{name} must be a number, not {value!r}")
        if self.max_retries < 0:
            raise ValueError("ResponseRetryParams.max_retries must be >= 0")
        if not 0 < self.max_delay_s <= 60:
            raise ValueError("ResponseRetryParams.max_delay_s must be > 0 and <= 60")
        if not 0 <= self.backoff_s <= self.max_delay_s:
            raise ValueError("ResponseRetryParams.backoff_s must be >= 0 and <= max_delay_s")

    def delay_s(self, attempt: int, hint_s: float | None) -> float:
        """How long retry ``attempt`` (1, 2, …) waits: the hint, else the backoff; capped."""
        wait = hint_s if hint_s is not None else self.backoff_s * 2 ** (attempt - 1)
        return min(max(wait, 0.0), self.max_delay_s)


class ResponseRetryMixin:
    """Asks again for a response that failed for a transient reason (module doc). Must
    precede pipecat's class."""

    # These come from OpenAIRealtimeLLMService; declared for type checkers.
    _response_active: bool
    _disconnecting: bool
    _context: Any
    _manual_create_id: str | None  # the manual turns' (.manual_turns)

    def __init__(
        self, *args: Any, response_retry: ResponseRetryParams | bool = True, **kwargs: Any
    ) -> None:
        if not isinstance(response_retry, ResponseRetryParams | bool):
            raise TypeError(
                "response_retry= takes ResponseRetryParams(...), True or False, not a "
                f"{type(response_retry).__name__}"
            )
        super().__init__(*args, **kwargs)
        if response_retry is True:
            response_retry = ResponseRetryParams()
        self._response_retry: ResponseRetryParams | None = response_retry or None
        self._retries_in_a_row = 0  # transient failures asked again since the last turn
        self._retry_task: asyncio.Task[None] | None = None
        self.response_retries = 0  # retries sent in this call (for tests and stats)

    async def _handle_evt_response_done(self, evt: Any) -> None:
        await super()._handle_evt_response_done(evt)  # type: ignore[misc]
        response = evt.response
        if response.status != "failed":
            self._retries_in_a_row = 0  # a reply came (or the caller cut it): a new turn
            return
        details = response.status_details if isinstance(response.status_details, dict) else {}
        error = details.get("error")
        error = error if isinstance(error, dict) else {}
        code = model_error_code(error.get("code"), error.get("type"))
        params = self._response_retry
        if params is None or code not in TRANSIENT_CODES:
            return
        if response.output:
            # it failed part-way (an item, audio, a function call given): asked again, the
            # caller would hear its start twice, or a tool run twice
            logger.warning(f"{self}: the reply failed part-way ({code}); not asking again")
            return
        if self._retries_in_a_row >= params.max_retries:
            if params.max_retries:
                logger.warning(
                    f"{self}: the reply failed again ({code}) after {params.max_retries} "
                    "retries; not asking again until the caller's next turn"
                )
            return
        if self._another_response_asked():
            return  # pipecat asked for one owed behind it: that one answers the turn
        self._retries_in_a_row += 1
        attempt = self._retries_in_a_row
        message = error.get("message")
        delay = params.delay_s(attempt, retry_hint_s(message if isinstance(message, str) else None))
        logger.warning(
            f"{self}: the reply failed ({code}); asking again in {delay:.1f} s "
            f"(retry {attempt} of {params.max_retries})"
        )
        await self._cancel_retry()
        self._retry_task = self.create_task(  # type: ignore[attr-defined]
            self._retry_after(delay, code, attempt), name="realtime-response-retry"
        )

    def _another_response_asked(self) -> bool:
        """A response is running or asked for (the manual turns' create in flight)."""
        return self._response_active or bool(getattr(self, "_create_in_flight", False))

    async def _retry_after(self, delay: float, code: str, attempt: int) -> None:
        await asyncio.sleep(delay)
        # a reconnect or a move: nothing goes on the old socket or into its gap; once the
        # new session is there, asked only if the reconnect did not ask for a reply itself
        while self._replacing_session():  # type: ignore[attr-defined]
            await asyncio.sleep(_REPLACING_POLL_S)
        self._retry_task = None
        if (
            self._disconnecting
            or not self._websocket_open()
            or getattr(self, "connection_lost_reported", False)
            or getattr(self, "replies_closed", False)
            or self._another_response_asked()
        ):
            logger.debug(f"{self}: the failed reply ({code}) is not asked again: moved on")
            return
        self.response_retries += 1
        if self._context is not None:
            await self._create_response()  # type: ignore[attr-defined]
        else:  # manual turns before any context: the turn's own bare request, once more
            self._response_active = True
            create = events.ResponseCreateEvent()
            self._manual_create_id = create.event_id  # refused, it releases the response
            await self.send_client_event(create)  # type: ignore[attr-defined]
        logger.debug(f"{self}: asked again for the failed reply ({code}, retry {attempt})")

    def _websocket_open(self) -> bool:
        return getattr(self, "_websocket", None) is not None

    async def _cancel_retry(self) -> None:
        task, self._retry_task = self._retry_task, None
        if task is not None and not task.done() and task is not asyncio.current_task():
            await self.cancel_task(task)  # type: ignore[attr-defined]

    async def _caller_turn(self) -> None:
        """The caller takes a turn: it asks for its own reply; the count starts over."""
        self._retries_in_a_row = 0
        await self._cancel_retry()

    async def _handle_user_started_speaking(self, frame: Any) -> None:
        await self._caller_turn()
        await super()._handle_user_started_speaking(frame)  # type: ignore[misc]

    async def _handle_evt_speech_started(self, evt: Any) -> None:
        await self._caller_turn()  # server VAD: the caller speaks
        await super()._handle_evt_speech_started(evt)  # type: ignore[misc]

    async def _handle_interruption(self) -> None:
        await self._caller_turn()
        await super()._handle_interruption()  # type: ignore[misc]

    async def _disconnect(self) -> None:
        await self._cancel_retry()
        await super()._disconnect()  # type: ignore[misc]
