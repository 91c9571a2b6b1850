"""Mid-call reconnect: a dropped or expired realtime session is replaced and the call goes on.

With ``reconnect=ReconnectParams()`` (or ``True``), when the socket drops or the server ends
the session (``session_expired`` then a close, other close codes), the service:

1. keeps everything the pipeline sends meanwhile — the caller's audio appends, commits,
   response requests — in order, in a gap buffer that stands in for the socket;
2. takes a new session: from the service's session pool when it has one (practice 3),
   else a direct connect, retrying with a fast first retry and jittered backoff until
   ``give_up_after_s`` — through the pool on every attempt (while its breaker is open the
   call waits for the pool's probe instead of connecting itself; only a closed pool sends
   it to a direct connect), and a direct connect waits out the server's ``Retry-After``;
   a new session that closes while the call is restored on it is a
   failed attempt, and one that dies within ``stable_after_s`` of the move does not end the
   outage (its backoff and give-up deadline go on: no storm of instant reconnects);
3. on the new socket, before anything else: the call's ``session.update`` (pipecat's own
   ``session.created`` handling, replayed), then the conversation so far from the service's
   context (pipecat's LLM adapter turns it into items: text, assistant turns as the
   context holds them — as heard after a barge-in) and the reply the caller was still
   hearing, which the context does not hold until it has played out (practice 2 forgets the
   old session's items and creates it again, as text: in text modality the TTS's text, and a
   barge-in on it then replaces it with the heard words on the new session; in audio modality
   what the audio received before the drop says, which still plays out — the transcript cut
   to it, :func:`~pipecat_rt_best.interruption_truncation.carry_over.audio_items_to_carry_over`
   — and a barge-in on that audio cuts it to the heard part there); then each function
   call's result the lost session was sent (or that queued up for it) and the context does
   not show yet — pipecat's output transport hands it to the context only once the audio
   before it has played — as the message pipecat uses for a call id the API no longer holds;
4. what the lost session was sent and never answered (:mod:`.unanswered_input`): with
   manual turns the caller's turn in progress, a committed turn whose reply had not started,
   and its commit — at most :data:`KEEP_TURN_AUDIO_S` of audio, as the appends' own text (the
   commit guard then counts what the new session holds) — a committed turn whose input
   transcript came goes as that text instead (unless the restored context ends with it),
   never transcribed twice; the ``response.create`` of a reply none of which had come;
5. then the gap buffer, in order (events that name items of the old session — truncate,
   delete, cancel, retrieve, tool results — are dropped: the new session has no such items,
   and a tool result among them the context does not show goes in as that message instead;
   an item created after one of the old session's, a barge-in's heard words, is appended);
6. then live traffic, and pipecat's receive task on the new socket.

The pipeline sees a warning (log, ``on_reconnecting`` / ``on_reconnected`` events), not an
error or an end. A reply asked for (a greeting, an answer) none of which had come when the
socket died is asked for again on the new session, after the conversation and the caller's
turn (step 4), and ends downstream with its own ``response.done`` — unless the caller cut in
meanwhile. A reply that was partly heard is closed out downstream (``TTSStoppedFrame`` /
``LLMFullResponseEndFrame``): its audio is gone with the old session; a response owed behind
it (a turn committed, a tool result given while it ran) is asked for on the new session, and
so is the reply again when the model was still streaming a function call of it (the call's
item came, its arguments had not: it never ran). What of a closed-out reply reached the
output transport still plays: it is carried over to the new session as the heard text, and
the context's copy of it (in audio modality the transcript, which ran ahead of the audio) is
cut to that text behind the close-out (practice 2's ``_keep_received_in_context``).
If no new session comes within ``give_up_after_s``, the loss is reported as before
(``on_connection_lost`` and a connectivity ``ErrorFrame``); so is a reconnect that fails
unexpectedly (a move that does hands the call to a reconnect), logged once with pipecat-ai's
version. With ``reconnect=`` the service checks when it is built that pipecat still has the
names a reconnect uses (:data:`RECONNECT_PIPECAT_NAMES`): a pipecat that renamed one fails
there, naming its version, not at the call's first drop.

Known limits: with server VAD the caller's audio the lost session had is not kept (the
server commits on its own; the turn in progress loses what the dead session took); the
caller's earlier, answered turns are restored only as far as the context holds them (user
transcripts need input transcription: a service built with ``reconnect=`` and transcription
off logs a warning saying so).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from loguru import logger
from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    BotStoppedSpeakingFrame,
    Frame,
    LLMFullResponseEndFrame,
    TTSStoppedFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.processors.aggregators import async_tool_messages
from pipecat.processors.aggregators.llm_context import standard_message_text
from pipecat.processors.frame_processor import FrameDirection
from pipecat.services.openai.realtime import events
from websockets.exceptions import ConnectionClosed

from pipecat_rt_best.base.pipecat_names import missing_pipecat_names, pipecat_version
from pipecat_rt_best.realtime.connection_loss import DEFAULT_SESSION_CREATED_TIMEOUT_S
from pipecat_rt_best.realtime.server_errors import read_server_event
from pipecat_rt_best.realtime.unanswered_input import (
    CANCEL,
    CREATE,
    TEXT,
    UnansweredInput,
    client_event_type,
    function_call_output,
    transcript_of,
)
from pipecat_rt_best.session_pool.backoff import Backoff
from pipecat_rt_best.session_pool.pool import (
    PooledSession,
    PoolError,
    PoolTimeoutError,
    PoolUnavailableError,
    RealtimeSessionPool,
    SessionBackend,
    _retry_after_s,
    describe_failure,
    open_session,
)

__all__ = ["ReconnectMixin", "ReconnectParams"]

# client events that name items or responses of the session they were meant for
_OLD_SESSION_EVENTS = frozenset(
    {
        "conversation.item.truncate",
        "conversation.item.delete",
        "conversation.item.retrieve",
        "response.cancel",
    }
)

# manual turns: at most this much of the caller's unanswered audio is kept for a new session
KEEP_TURN_AUDIO_S = 30.0

# what of pipecat's OpenAIRealtimeLLMService a reconnect or a move calls, reads or writes: code
# a call runs only once its socket drops, so each is checked at construction with reconnect= (a
# pipecat that renamed one fails then, naming its version, not with an AttributeError mid-call)
RECONNECT_PIPECAT_NAMES = (
    "_auth_headers",
    "_handle_evt_session_created",
    "_send_session_update",
    "_create_response",
    "_receive_task_handler",
    "get_llm_adapter",
    "_context",
    "_current_assistant_response",
    "_current_audio_response",
    "_response_active",
    "_response_create_owed",
    "_results_awaiting_response",
    "_messages_added_manually",
    "_llm_needs_conversation_setup",
    "_open_function_calls",
    "_pending_function_calls",
    "_send_message_item",
    "_handle_messages_append",
    "_retrieve_conversation_item_futures",
)

# a service built with reconnect= and input transcription off was warned about (once a process)
_warned_transcription_off = False

# set in the reconnect task: its sends go to the new socket, not into the gap buffer
_RESTORING: contextvars.ContextVar[bool] = contextvars.ContextVar("_restoring", default=False)


@dataclass(frozen=True)
class ReconnectParams:
    give_up_after_s: float = 15.0
    backoff: Backoff = field(default_factory=lambda: Backoff(first_s=0.05, base_s=0.2, max_s=2.0))
    open_timeout_s: float = 5.0  # one attempt's handshake; never past give_up_after_s
    max_buffered_events: int = 3000  # ~60 s of 20 ms caller packets
    # move to a fresh session at a quiet moment once the session is this old (seconds since
    # it was opened); None = never. Below the server's limit: Azure 30 min, OpenAI 60 min.
    rotate_after_s: float | None = None
    quiet_poll_s: float = 0.1
    # a planned move happens only once the call has been quiet this long: a pause between two
    # sentences of one reply (the TTS still to speak the next: no response running, the bot
    # between sentences) reads as quiet for a moment, and the reply would then be on neither
    # session's context; a reply that has played out stays quiet
    move_quiet_s: float = 1.5
    # a new session that dies within this many seconds did not end the outage: the next
    # reconnect goes on with its backoff and its give-up deadline (no storm of instant retries)
    stable_after_s: float = 10.0
    # a direct connect (no pool) with no session.created within this many seconds is a lost
    # connection: reconnected (the same deadline applies without reconnect=, then reported)
    session_created_timeout_s: float = DEFAULT_SESSION_CREATED_TIMEOUT_S

    def __post_init__(self) -> None:
        for name in (
            "give_up_after_s",
            "open_timeout_s",
            "session_created_timeout_s",
            "max_buffered_events",
            "rotate_after_s",
            "quiet_poll_s",
            "move_quiet_s",
            "stable_after_s",
        ):
            value = getattr(self, name)
            if value is None and name == "rotate_after_s":
                continue
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise TypeError(f"ReconnectParams.{name} must be a number, not {value!r}")
        if not isinstance(self.backoff, Backoff):
            raise TypeError(f"ReconnectParams.backoff must be a Backoff, not {self.backoff!r}")
        if (
            self.give_up_after_s <= 0
            or self.open_timeout_s <= 0
            or self.max_buffered_events < 1
            or self.session_created_timeout_s <= 0
        ):
            raise ValueError(
                "give_up_after_s, open_timeout_s, max_buffered_events and "
                "session_created_timeout_s must be > 0"
            )
        if self.rotate_after_s is not None and self.rotate_after_s <= 0:
            raise ValueError("rotate_after_s must be > 0 (or None)")
        if self.move_quiet_s < 0:
            raise ValueError("move_quiet_s must be >= 0")


def _transcribes_input(settings: Any) -> bool:
    """Whether the service's session (``settings.session_properties``) transcribes the
    caller's audio into the context."""
    session = getattr(settings, "session_properties", None)
    audio = getattr(session, "audio", None)
    audio_in = getattr(audio, "input", None)
    return getattr(audio_in, "transcription", None) is not None


def _warn_if_caller_turns_not_restored(service: Any) -> None:
    """One WARNING a process, for the first service built with ``reconnect=`` whose session
    does not transcribe the caller: a new session would get the bot's side of the call only."""
    global _warned_transcription_off
    if _warned_transcription_off or _transcribes_input(getattr(service, "_settings", None)):
        return
    _warned_transcription_off = True  # once per process, not once per call
    logger.warning(
        f"{service}: reconnect= with input transcription off: after a reconnect or a move to a "
        "fresh session the model gets the bot's replies but none of the caller's earlier "
        "turns; turn it on with realtime_session(transcribe_input=True) (on Azure "
        "transcribe_input='<your transcription deployment>'; the sample bots and "
        "telephony-server: set AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT)"
    )


class _RestoreFailed(Exception):
    """The new session closed while the call was being restored on it."""


@dataclass
class _Outage:
    """One loss of the session, from the first drop until a new session has stayed up for
    ``stable_after_s``: one give-up deadline and one backoff across its attempts."""

    started: float
    attempts: int = 0
    recovered_at: float | None = None
    gave_up: str = ""  # why no new session came (for the give-up line)


_TRANSCRIPTION_FAILED = "conversation.item.input_audio_transcription.failed"


class _GuardedSocket:
    """The service's socket when reconnect is on: sends go to the real socket until one
    fails because it closed; from then on (the *gap*) they queue up in order — the one that
    failed first — until the reconnect replaces the real socket and flushes them. The
    reconnect task's own sends (:data:`_RESTORING`) go to the new socket meanwhile.

    What the real socket took and no reply has answered yet is kept in ``unanswered``
    (:class:`~.unanswered_input.UnansweredInput`): the dead session's part of it is written
    again on the next one."""

    def __init__(
        self,
        real: Any,
        limit: int,
        audio_limit_chars: int = 0,
        on_transcription_failed: Callable[[str], Awaitable[None]] | None = None,
    ) -> None:
        self.real = real
        self.on_transcription_failed = on_transcription_failed
        self.new: Any = None
        self.gap = False
        self.queue: deque[str] = deque()
        self.limit = limit
        self.overflowed = 0
        self.restore_failed: ConnectionClosed | None = None
        self.unanswered = UnansweredInput(audio_limit_chars)

    async def send(self, message: str) -> None:
        if _RESTORING.get():
            if self.restore_failed is None:
                try:
                    await self.new.send(message)
                except ConnectionClosed as exc:
                    # pipecat's _ws_send would turn this into an ErrorFrame: the reconnect
                    # sees it after its sends and tries another session instead
                    self.restore_failed = exc
            return
        if not self.gap:
            try:
                await self.real.send(message)
                self.unanswered.sent(message)
                return
            except ConnectionClosed:
                self.gap = True  # not written: keep it for the next session
        if '"response.cancel"' in message[:200]:
            self.unanswered.cancelled()  # the caller cut in: the lost request is not asked again
        if len(self.queue) >= self.limit:
            self.queue.popleft()  # the oldest goes: the caller's latest words matter most
            self.overflowed += 1
        self.queue.append(message)

    def __aiter__(self) -> Any:
        if self.on_transcription_failed is None:
            return self.real.__aiter__()
        return self._tapped()

    async def _tapped(self) -> AsyncIterator[Any]:
        """The server's messages, as they come, after handing ``on_transcription_failed``
        each ``input_audio_transcription.failed`` (pipecat's receive loop drops that event)."""
        async for message in self.real:
            if isinstance(message, str) and _TRANSCRIPTION_FAILED in message[:200]:
                assert self.on_transcription_failed is not None
                try:
                    await self.on_transcription_failed(message)
                except Exception as exc:  # never the receive loop's end
                    logger.warning(f"a failed transcription was not handled: {exc!r}")
            yield message

    def __getattr__(self, name: str) -> Any:  # close(), state, transport, ...
        return getattr(self.real, name)


class ReconnectMixin:
    """``reconnect=``: replace a lost session mid-call. Must precede pipecat's class and the
    pack's connection-loss / server-error mixins."""

    # These come from OpenAIRealtimeLLMService; declared for type checkers.
    _websocket: Any
    _receive_task: Any
    _disconnecting: bool
    _api_session_ready: bool
    _response_active: bool
    _response_create_owed: bool
    _results_awaiting_response: bool
    _current_audio_response: Any
    _context: Any
    _llm_needs_conversation_setup: bool
    _messages_added_manually: dict[str, bool]
    _open_function_calls: set[str]
    _pending_function_calls: dict[str, Any]
    _retrieve_conversation_item_futures: dict[str, list[Any]]
    _appended_since_commit: int  # the append mixin's
    _held_audio: bytearray
    base_url: str

    def __init__(
        self, *args: Any, reconnect: ReconnectParams | bool | None = None, **kwargs: Any
    ) -> None:
        if reconnect is not None and not isinstance(reconnect, ReconnectParams | bool):
            raise TypeError(
                f"reconnect= takes ReconnectParams(...) or True, not a {type(reconnect).__name__}"
            )
        super().__init__(*args, **kwargs)
        self._reconnect_params = ReconnectParams() if reconnect is True else (reconnect or None)
        if self._reconnect_params is not None:
            missing = missing_pipecat_names(self, RECONNECT_PIPECAT_NAMES)
            if missing:
                raise RuntimeError(
                    f"reconnect= needs pipecat's OpenAIRealtimeLLMService {', '.join(missing)}, "
                    f"which pipecat-ai {pipecat_version()} does not have (renamed or removed); "
                    "install a pipecat-ai this pipecat_rt_best supports, or drop reconnect="
                )
            _warn_if_caller_turns_not_restored(self)
        self._reconnect_task: Any = None
        self._rotation_task: Any = None
        self._rotation_search: Any = None  # a move's search for its fresh session
        self._session_opened_at = 0.0
        # the caller's turn is open (UserStartedSpeakingFrame until UserStoppedSpeakingFrame;
        # server VAD: speech_started until speech_stopped): no move then. Not pipecat's
        # _user_speaking (its UserTurnCompletionLLMServiceMixin, in this MRO, clears that on
        # every VAD stop, a breath inside the turn included)
        self._caller_in_turn = False
        self._bot_speaking = False
        self._rotating = False
        self._lost_while_rotating: str | None = None
        self._outage: _Outage | None = None
        self._restored_messages: list[Any] = []  # the context the last restore sent
        # messages appended (LLMMessagesAppendFrame: a keypad entry, a call exit's closing
        # message) while the socket was down: sent after the restore unless the context it
        # sent held them already
        self._appended_in_gap: list[Any] = []
        # from a loss (or a move's pause) until the restore has sent what was appended meanwhile
        self._awaiting_restore = False
        self._reply_cut = False  # a reply closed out by the loss: carried to the new session
        self.reconnects = 0
        self.rotations = 0
        self._register_event_handler("on_reconnecting")  # type: ignore[attr-defined]
        self._register_event_handler("on_reconnected")  # type: ignore[attr-defined]

    def _session_created_timeout_s(self) -> float:
        params = self._reconnect_params
        if params is None:
            return super()._session_created_timeout_s()  # type: ignore[misc,no-any-return]
        return params.session_created_timeout_s

    def _restoring_session(self) -> bool:
        # the reconnect task's own sends (session.update, the conversation) go first on
        # the new socket; caller audio the service holds goes after them
        return _RESTORING.get()

    async def _handle_messages_append(self, frame: Any) -> None:
        """pipecat skips an append while the session is not ready, and so never asks for the
        reply it runs for: in a reconnect's gap (or a move's pause) it is kept for the new
        session instead, and the reply is owed (asked for when the aggregator's context comes
        back); once the call is on the new session, until its ``session.updated`` is read (a
        round trip), it is sent at once, behind the session's setup."""
        if (
            self._reconnect_params is None
            or self._llm_needs_conversation_setup
            or (self._api_session_ready and not self._awaiting_restore)
        ):
            await super()._handle_messages_append(frame)  # type: ignore[misc]
            return
        self._appended_in_gap.extend(frame.messages)
        self._results_awaiting_response = True
        if not self._awaiting_restore:
            await self._send_gap_appends()

    def _fail_pending_retrieves(self) -> None:
        """pipecat's ``retrieve_conversation_item()`` calls still waiting when the call moved:
        their items were the lost session's (a retrieve queued in the gap is dropped, one in
        flight was never answered), so they get an error instead of waiting for ever."""
        pending = self._retrieve_conversation_item_futures
        for item_id, futures in list(pending.items()):
            for future in futures:
                if not future.done():
                    future.set_exception(
                        LookupError(f"item {item_id!r} was the lost session's: the call moved")
                    )
        pending.clear()

    async def _send_gap_appends(self) -> int:
        """The messages appended in the gap that the restored context did not hold."""
        self._awaiting_restore = False  # an append from now on is sent as it comes
        appended, self._appended_in_gap = self._appended_in_gap, []
        restored = {standard_message_text(m) for m in self._restored_messages}
        sent = 0
        for message in appended:
            text = standard_message_text(message)
            if not text or text in restored:
                continue
            role = message.get("role") if isinstance(message, dict) else None
            await self._send_message_item(  # type: ignore[attr-defined]
                text, role="assistant" if role == "assistant" else "system"
            )
            sent += 1
        return sent

    @property
    def reconnecting(self) -> bool:
        task = self._reconnect_task
        return task is not None and not task.done()

    def _session_socket(self) -> Any:
        # the guard outlives the sockets it stands for: a loss is the real socket's
        socket = self._websocket
        return socket.real if isinstance(socket, _GuardedSocket) else socket

    def _replacing_session(self) -> bool:
        return self.reconnecting or self._rotating

    def _adopt_socket(self, websocket: Any) -> Any:
        # the pooled mixin adopts a pooled session's socket through this: guarded before its
        # first send (the call's session.update), so a drop right at checkout is a reconnect
        adopted = super()._adopt_socket(websocket)  # type: ignore[misc]
        params = self._reconnect_params
        if params is None or isinstance(adopted, _GuardedSocket):
            return adopted
        return self._guard(adopted, params)

    def _guard(self, socket: Any, params: ReconnectParams) -> _GuardedSocket:
        return _GuardedSocket(
            socket,
            params.max_buffered_events,
            self._unanswered_audio_chars(),
            on_transcription_failed=self._on_transcription_failed_message,
        )

    async def _on_transcription_failed_message(self, message: str) -> None:
        """The server could not transcribe a caller item: no transcript is owed for it any
        more (a planned move waiting for one would wait until its give-up)."""
        try:  # read here: the GA event's error fields are all optional, pipecat's model
            event = json.loads(message)  # refuses one without a message
            item_id, error = event["item_id"], event.get("error") or {}
        except (ValueError, KeyError, TypeError):
            return
        failed = getattr(self, "_input_transcription_failed", None)  # the late-transcript mixin's
        if failed is not None and isinstance(item_id, str):
            code = error.get("code") or error.get("type") if isinstance(error, dict) else None
            await failed(item_id, str(code or "no code"))

    def _unanswered_audio_chars(self) -> int:
        """How much append text the guard keeps: :data:`KEEP_TURN_AUDIO_S` of the session's
        input format with manual turns; none with server VAD (the server commits itself)."""
        if not self._is_turn_detection_disabled():  # type: ignore[attr-defined]
            return 0
        audio = self.input_audio_format.bytes_for_ms(KEEP_TURN_AUDIO_S * 1000)  # type: ignore[attr-defined]
        return audio * 4 // 3 + 1  # base64

    async def _send_session_update(self) -> None:
        await super()._send_session_update()  # type: ignore[misc]
        guard = self._websocket
        if isinstance(guard, _GuardedSocket):  # the turn mode or the format may have changed
            guard.unanswered.set_audio_limit(self._unanswered_audio_chars())

    async def _connect(self) -> None:
        fresh = not isinstance(self._websocket, _GuardedSocket)
        await super()._connect()  # type: ignore[misc]
        params = self._reconnect_params
        socket = self._websocket
        if params is not None and socket is not None and fresh:
            if not isinstance(socket, _GuardedSocket):
                self._websocket = self._guard(socket, params)
            pooled = getattr(self, "_pooled_session", None)
            self._session_opened_at = pooled.opened_at if pooled else time.monotonic()
            if params.rotate_after_s is not None and self._rotation_task is None:
                self._rotation_task = self.create_task(  # type: ignore[attr-defined]
                    self._rotate_when_old(params.rotate_after_s), name="realtime-rotation"
                )

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        if isinstance(frame, UserStartedSpeakingFrame):
            self._caller_in_turn = True
        elif isinstance(frame, BotStartedSpeakingFrame):
            self._bot_speaking = True
        elif isinstance(frame, BotStoppedSpeakingFrame):
            self._bot_speaking = False
        await super().process_frame(frame, direction)  # type: ignore[misc]
        if isinstance(frame, UserStoppedSpeakingFrame):
            # only now: the stop's commit and response request have both been sent, and
            # the response is active — no move to a new session can fall between them
            self._caller_in_turn = False

    def _reply_began(self, response_id: str | None) -> None:
        """A response's output (or its end) came: what its request covered is answered."""
        guard = self._websocket
        if isinstance(guard, _GuardedSocket):
            guard.unanswered.reply_began(response_id)

    async def _handle_evt_audio_delta(self, evt: Any) -> None:
        self._reply_began(evt.response_id)
        await super()._handle_evt_audio_delta(evt)  # type: ignore[misc]

    async def _handle_evt_text_delta(self, evt: Any) -> None:
        self._reply_began(evt.response_id)
        await super()._handle_evt_text_delta(evt)  # type: ignore[misc]

    async def _handle_evt_audio_transcript_delta(self, evt: Any) -> None:
        self._reply_began(evt.response_id)
        await super()._handle_evt_audio_transcript_delta(evt)  # type: ignore[misc]

    async def _handle_evt_function_call_arguments_done(self, evt: Any) -> None:
        self._reply_began(evt.response_id)
        await super()._handle_evt_function_call_arguments_done(evt)  # type: ignore[misc]

    async def _handle_evt_response_done(self, evt: Any) -> None:
        # before pipecat's handling, which may ask for the next response at once
        self._reply_began(evt.response.id)
        await super()._handle_evt_response_done(evt)  # type: ignore[misc]

    async def _handle_evt_conversation_item_added(self, evt: Any) -> None:
        item = evt.item
        guard = self._websocket
        if isinstance(guard, _GuardedSocket) and _is_caller_audio(item):
            guard.unanswered.item_added(item.id)  # made by the oldest commit without an item
        await super()._handle_evt_conversation_item_added(evt)  # type: ignore[misc]

    async def handle_evt_input_audio_transcription_completed(self, evt: Any) -> None:
        guard = self._websocket
        if isinstance(guard, _GuardedSocket) and evt.transcript.strip():
            # the turn's words go to the context as text: a new session gets them as text,
            # not as audio it would transcribe again (the caller's words twice)
            guard.unanswered.transcribed(evt.item_id, evt.transcript)
        await super().handle_evt_input_audio_transcription_completed(evt)  # type: ignore[misc]

    async def _handle_evt_speech_started(self, evt: Any) -> None:
        self._caller_in_turn = True  # server VAD: the caller speaks
        await super()._handle_evt_speech_started(evt)  # type: ignore[misc]

    async def _handle_evt_speech_stopped(self, evt: Any) -> None:
        await super()._handle_evt_speech_stopped(evt)  # type: ignore[misc]
        self._caller_in_turn = False

    def _quiet(self) -> bool:
        """No response running, the bot not playing (when the output transport says so),
        the caller's turn not open, no reconnect or move running, the socket not lost."""
        guard = self._websocket
        lost = isinstance(guard, _GuardedSocket) and guard.gap  # a reconnect's to replace
        return self._call_quiet() and not (self.reconnecting or self._rotating or lost)

    def _call_quiet(self) -> bool:
        """No response running, the bot not playing, the caller's turn not open."""
        return not (self._response_active or self._bot_speaking or self._caller_in_turn)

    def _quiet_to_move(self) -> bool:
        """Quiet, and no caller transcript owed by the old session (input transcription on:
        the server sends it after the commit, often after a short reply has ended); one that
        came after the move would be lost with the old socket, and the turn with it."""
        owed = getattr(self, "_input_transcript_owed", None)  # the late-transcript mixin's
        return self._call_quiet() and not (owed is not None and owed())

    async def _rotate_when_old(self, rotate_after_s: float) -> None:
        assert self._reconnect_params is not None
        while True:
            due = self._session_opened_at + rotate_after_s - time.monotonic()
            if due > 0:
                await asyncio.sleep(due)
                continue
            if not self._quiet():
                await asyncio.sleep(self._reconnect_params.quiet_poll_s)
                continue
            guard = self._websocket
            if not isinstance(guard, _GuardedSocket):
                return  # disconnected
            await self._rotate(guard)

    async def _rotate(self, guard: _GuardedSocket) -> None:
        """A planned move to a fresh session: like a reconnect, without a loss.

        The new session is opened while the call goes on on the old one (nothing waits for
        it); once it is there and the call is quiet (:meth:`_quiet_to_move`: no caller
        transcript owed either), sends pause only while the call moves over
        (:meth:`_switch_to`). No new session within ``give_up_after_s`` (429s, handshake
        trouble), or no quiet moment within as long: the old one stays, and never paused (a
        transcript still owed then is given up on: the move goes on without it). The old
        socket dying while the fresh one is sought stops the move: the reconnect takes over at
        once (:meth:`_connection_lost`); dying once it is there, the move happens at once."""
        params = self._reconnect_params
        assert params is not None
        started = time.monotonic()
        self._rotating = True
        self._lost_while_rotating = None
        session: PooledSession | None = None
        call_ended = False
        try:
            # its own task: a drop of the old socket meanwhile stops it (_connection_lost)
            search = self._rotation_search = self.create_task(  # type: ignore[attr-defined]
                self._new_session(params, _Outage(started)), name="realtime-rotation-search"
            )
            try:
                session = await search
            except asyncio.CancelledError:
                if self._rotation_search is search:
                    raise  # the call ended
                return  # the old socket died: the reconnect took over, its outage from the drop
            finally:
                if self._rotation_search is search:
                    self._rotation_search = None
            if session is None:
                self._rotate_later(params)
                return
            # the call went on meanwhile: move once it has been quiet for move_quiet_s (or
            # at once if the old died)
            deadline = time.monotonic() + params.give_up_after_s
            quiet_since: float | None = None
            while self._lost_while_rotating is None:
                now = time.monotonic()
                if not self._quiet_to_move():
                    quiet_since = None
                elif quiet_since is None:
                    quiet_since = now
                if quiet_since is not None and now - quiet_since >= params.move_quiet_s:
                    break
                if now >= deadline:
                    if self._call_quiet():  # quiet, if not for long: the move goes on now
                        if not self._quiet_to_move():
                            logger.warning(
                                f"{self}: the caller's input transcript did not come within "
                                f"{params.give_up_after_s:g} s; moving without it"
                            )
                        break
                    session.websocket.transport.abort()
                    session = None
                    self._rotate_later(params)
                    return
                await asyncio.sleep(params.quiet_poll_s)
            lost = self._lost_while_rotating
            guard.gap = True  # the brief pause: sends queue up while the call moves over
            self._awaiting_restore = True
            old, old_task = guard.real, self._receive_task
            if old_task is not None:
                await self.cancel_task(old_task, timeout=1.0)  # type: ignore[attr-defined]
            self._api_session_ready = False
            self._lost_while_rotating = None  # whatever the old socket did no longer matters
            if lost is not None:
                await self._close_out_reply_lost_with(guard)  # the old one died mid-reply
            fresh, session = session, None  # _switch_to closes it if the move fails
            try:
                counts = await self._switch_to(guard, fresh)
            except _RestoreFailed as exc:
                # the fresh one died while the call moved over, the old one no longer
                # listens: a loss like any other (the finally below hands it over)
                self._lost_while_rotating = str(exc)
                return
            except Exception as exc:  # unexpected (a renamed pipecat name): paused, not silent
                logger.opt(exception=exc).error(
                    f"{self}: the move to a fresh session failed on pipecat-ai "
                    f"{pipecat_version()}: {exc!r}"
                )
                self._lost_while_rotating = f"move failed: {exc!r}"  # a reconnect takes over
                return
            self.rotations += 1
            guard.overflowed = 0  # the pause's (a reconnect's line counts its own gap)
            with contextlib.suppress(Exception):
                await old.close()
            logger.info(
                f"{self}: moved to a fresh realtime session {fresh.session_id} in "
                f"{(time.monotonic() - started) * 1000:.0f} ms ({counts[0]} items restored)"
            )
        except asyncio.CancelledError:
            call_ended = True  # (only the call's end cancels a move)
            raise
        finally:
            if session is not None:  # cancelled (the call ended) while it waited to move
                session.websocket.transport.abort()
            self._rotating = False
            lost, self._lost_while_rotating = self._lost_while_rotating, None
            if lost is not None and not call_ended:
                # the old socket died and nothing replaced it; not once the call has ended: a
                # reconnect started now would open a session for it after its teardown
                await self._connection_lost(lost)

    def _rotate_later(self, params: ReconnectParams) -> None:
        """Keep the current session; the next move is tried in 30 s (at a quiet moment)."""
        self._session_opened_at = time.monotonic() - (params.rotate_after_s or 0.0) + 30

    async def _handle_evt_error(self, evt: events.ErrorEvent) -> None:
        if self._reconnect_params is not None and evt.error.code == "session_expired":
            # the server ends the session: not an error for the call, a reconnect follows
            logger.warning(f"{self}: realtime session expired; reconnecting")
            return  # pipecat's receive loop ends here; the loss handling takes over
        guard = self._websocket
        if isinstance(guard, _GuardedSocket) and evt.error.event_id:
            guard.unanswered.refused(evt.error.event_id)  # a refused request started nothing
        await super()._handle_evt_error(evt)  # type: ignore[misc]

    async def _connection_lost(self, reason: str) -> None:
        search, self._rotation_search = self._rotation_search, None
        if search is not None and not search.done():
            # a move still looking for its fresh session: that attempt stops here, and the
            # reconnect takes over at once, its give-up counted from this drop
            search.cancel()
        elif self._rotating:
            self._lost_while_rotating = reason  # the rotation replaces the socket, or hands over
            guard = self._websocket
            if isinstance(guard, _GuardedSocket):
                guard.gap = True  # sends queue up for the session that replaces it
                self._awaiting_restore = True
            return
        guard = self._websocket
        if (
            self._reconnect_params is None
            or self._disconnecting
            or not isinstance(guard, _GuardedSocket)
            or self.reconnecting
        ):
            await super()._connection_lost(reason)  # type: ignore[misc]
            return
        guard.gap = True  # from here on (if no send noticed it already), sends queue up
        self._awaiting_restore = True
        self._api_session_ready = False
        logger.warning(f"{self}: realtime connection lost ({reason}); reconnecting")
        await self._call_event_handler("on_reconnecting", reason)  # type: ignore[attr-defined]
        self._reconnect_task = self.create_task(  # type: ignore[attr-defined]
            self._reconnect(guard, reason), name="realtime-reconnect"
        )

    async def _reconnect(self, guard: _GuardedSocket, reason: str) -> None:
        """The reconnect task: the call on a new session, or the loss reported once
        (:meth:`_give_up`) when none comes within ``give_up_after_s`` — or when anything
        here raises unexpectedly (a pipecat name it calls renamed by an upgrade, say): that
        is logged once, with pipecat's version, and ends the outage as a give-up does, never
        a call left queueing its sends in silence. A cancel (the call ending) goes through."""
        try:
            lost = await self._replace_session(guard, reason)
        except Exception as exc:  # not CancelledError (a BaseException): the call ending
            logger.opt(exception=exc).error(
                f"{self}: the reconnect failed on pipecat-ai {pipecat_version()}: {exc!r}; "
                "giving up"
            )
            with contextlib.suppress(Exception):
                guard.real.transport.abort()  # a new session it had switched to goes too
            lost = f"reconnect failed: {exc!r}"
        if lost is not None:
            await self._give_up(guard, lost)

    async def _give_up(self, guard: _GuardedSocket, reason: str) -> None:
        """End the outage without a new session: what queued up is dropped, the lost reply
        is closed out downstream, and the loss reported (``on_connection_lost``, a
        connectivity ``ErrorFrame``); sends on the dead socket are dropped from then on."""
        guard.queue.clear()
        guard.overflowed = 0
        self._appended_in_gap.clear()
        self._awaiting_restore = self._reply_cut = False
        try:
            await self._close_out_lost_response()
        except Exception as exc:  # the loss is reported all the same
            logger.opt(exception=exc).error(
                f"{self}: the lost reply was not closed out (pipecat-ai {pipecat_version()}): "
                f"{exc!r}"
            )
        self._reconnect_task = None
        self._outage = None
        await super()._connection_lost(reason)  # type: ignore[misc]

    async def _replace_session(self, guard: _GuardedSocket, reason: str) -> str | None:
        """The call on a new session (None), or the reason to give up with: no new session
        within ``give_up_after_s``."""
        params = self._reconnect_params
        assert params is not None
        now = time.monotonic()
        outage = self._outage
        if outage is None or (
            outage.recovered_at is not None and now - outage.recovered_at >= params.stable_after_s
        ):
            outage = self._outage = _Outage(now)
        else:
            # the last new session died young: the same outage goes on, and that session
            # was a failed attempt (its successor waits its backoff, not a tight loop)
            outage.attempts += 1
        guard.real.transport.abort()  # whatever it still holds is gone with the old session
        await self._close_out_reply_lost_with(guard)
        while True:
            session = await self._new_session(params, outage)
            if session is None:
                waited = time.monotonic() - outage.started
                logger.error(
                    f"{self}: no new realtime session; giving up after {waited:.1f} s: "
                    f"{outage.gave_up or f'the {params.give_up_after_s:g} s budget is spent'}"
                )
                return reason
            try:
                restored, flushed, dropped = await self._switch_to(guard, session)
                break
            except _RestoreFailed as exc:
                outage.attempts += 1
                logger.warning(f"{self}: reconnect attempt {outage.attempts} failed ({exc})")
        outage.recovered_at = time.monotonic()
        self.reconnects += 1
        took_ms = (outage.recovered_at - outage.started) * 1000
        overflowed, guard.overflowed = guard.overflowed, 0  # this gap's: the next counts its own
        logger.warning(
            f"{self}: reconnected in {took_ms:.0f} ms (session {session.session_id}, "
            f"{restored} conversation items restored, {flushed} buffered events sent, "
            f"{dropped} for the old session dropped, {overflowed} lost to the buffer "
            "limit)"
        )
        await self._call_event_handler("on_reconnected", took_ms)  # type: ignore[attr-defined]
        return None

    async def _close_out_reply_lost_with(self, guard: _GuardedSocket) -> None:
        """The session was lost (a reconnect, or a move whose old session died first): the
        reply running on it, if any of it came, ends downstream here."""
        if not _request_unanswered(guard):
            # a reply was heard in part (or the server started it): it is not asked again —
            # unless the model was still streaming a function call of it: that call never
            # ran, so the reply is owed (the new session makes the call, not silence)
            if self._pending_function_calls:
                self._response_create_owed = self._results_awaiting_response = True
            # what of it reached the output transport still plays out: carried over to the
            # new session even if the transport has not started playing it yet
            self._reply_cut |= self._response_active
            await self._close_out_lost_response()
            keep = getattr(self, "_keep_received_in_context", None)  # practice 2's
            if keep is not None:
                # the reply's transcript ran ahead of its audio: the context keeps only what
                # the audio received says (what the new session is given of it)
                await keep()
        # else none of the reply reached the caller: it stays active, and is asked for again
        # on the new session (_switch_to), where its response.done ends it downstream

    async def _switch_to(
        self, guard: _GuardedSocket, session: PooledSession
    ) -> tuple[int, int, int]:
        """On ``session``: the call's session.update, the conversation so far, then what
        queued up; then it becomes the socket. Returns (restored, flushed, dropped)."""
        token = _RESTORING.set(True)
        guard.restore_failed = None
        # the session.updates the old session did not answer never will be (the server-error
        # mixin's): the setup below is the first this session answers
        self._forget_unanswered_updates()  # type: ignore[attr-defined]
        try:
            guard.new = session.websocket
            created = read_server_event(session.created_event)
            if created is not None:
                # pipecat's own session.created handling: the call's session.update
                await self._handle_evt_session_created(created)  # type: ignore[attr-defined]
            else:
                await self._send_session_update()  # type: ignore[attr-defined]
            restored = await self._restore_conversation()
            carry_over = getattr(self, "_carry_over_to_new_session", None)  # practice 2's
            if carry_over is not None:
                # the reply still playing (the TTS speaking it, or the audio received before
                # the drop), which the context does not hold yet;
                # the old session's items are forgotten (nothing may name them from now on)
                in_reply = self._response_active or self._bot_speaking or self._reply_cut
                restored += await carry_over(self._restored_messages, in_reply=in_reply)
            restored += await self._send_gap_appends()
            self._fail_pending_retrieves()
            # the results of function calls the lost session was sent that the context does
            # not hold yet (their frames are still behind the sentence playing)
            given: set[str] = set()
            restored += await self._give_tool_outputs(guard, guard.unanswered.tool_outputs(), given)
            if guard.restore_failed is not None:
                raise guard.restore_failed
            # what the lost session was sent and had not answered: the caller's turn in
            # progress, a committed turn whose reply had not started (manual turns), and the
            # request for a reply none of which reached the caller — asked again, in order
            asked = False
            guard.unanswered.new_session()
            for kind, message in guard.unanswered.replay():
                if kind == TEXT and self._restored_ends_with_caller(transcript_of(message)):
                    continue  # the context had it already: restored above
                await session.websocket.send(message)
                asked = asked or kind == CREATE
            flushed = dropped = 0
            while guard.queue:  # new sends keep queueing while this awaits: drain them all
                message = guard.queue[0]
                queued = client_event_type(message)
                if queued == CANCEL and asked:
                    pass  # queued while the request was asked again here: it cancels that
                elif _names_old_session(message):
                    guard.queue.popleft()
                    output = function_call_output(message)
                    if output is not None and await self._give_tool_outputs(guard, [output], given):
                        flushed += 1  # a result sent in the gap: given as a message instead
                    else:
                        dropped += 1
                    continue
                # an item placed after one of the old session's goes at the end instead
                message = _without_previous_item(message)
                await session.websocket.send(message)
                guard.queue.popleft()  # only once written: a failed send keeps it for the next
                if queued != CANCEL:
                    guard.unanswered.sent(message)
                asked = asked or queued == CREATE
                flushed += 1
        except ConnectionClosed as exc:
            session.websocket.transport.abort()
            guard.new = None
            raise _RestoreFailed(
                f"the new session closed while the call was restored: {describe_failure(exc)}"
            ) from None
        except BaseException:
            session.websocket.transport.abort()  # cancelled (the call ended) or failed
            guard.new = None
            raise
        finally:
            _RESTORING.reset(token)
        # nothing awaited between the queue running dry and the swap: the order is kept
        guard.real, guard.new, guard.gap = session.websocket, None, False
        self._reply_cut = False
        self._session_opened_at = session.opened_at
        # the commit guard counts what this session's input buffer holds (what is held
        # back for the next append included), not what the lost one was sent
        self._appended_since_commit = guard.unanswered.appended_since_commit() + len(
            self._held_audio
        )
        # the new session has none of the old one's function calls: a result that comes now
        # goes in as a message (pipecat's path for a call id the API no longer waits on), not
        # as a function_call_output the server refuses (invalid_tool_call_id)
        self._open_function_calls.clear()
        self._pending_function_calls.clear()
        forget = getattr(self, "_forget_awaited_transcripts", None)  # the late-transcript mixin's
        if forget is not None:
            forget()  # the old session's transcripts can no longer come
        forget_audio = getattr(self, "_forget_old_session_audio", None)  # practice 2's
        if forget_audio is not None:
            # its items were the old session's: nothing left to truncate there (a carried
            # reply's audio, still playing, stays on the playout clock under its new item)
            forget_audio()
        self._receive_task = self.create_task(self._receive_task_handler())  # type: ignore[attr-defined]
        if self._response_active and not asked:
            # the reply kept for asking again was cancelled meanwhile (the caller cut in):
            # no response.done will end it
            await self._close_out_lost_response()
        return restored, flushed, dropped

    async def _give_tool_outputs(
        self, guard: _GuardedSocket, outputs: list[tuple[str, str]], given: set[str]
    ) -> int:
        """Give the new session each function call result in ``outputs`` that the restored
        context does not show answered and that is not in ``given`` yet, as the message
        pipecat uses for a call id the API no longer holds; returns how many.

        pipecat sends a result to the API as its frame leaves the service, but its output
        transport holds the frame behind the audio queued before it (the sentence still
        playing), and the context gets the result only then; once it does, pipecat does not
        send it again (the call is done). A session lost in between took the result with it."""
        answered = _answered_calls(self._restored_messages)
        guard.unanswered.forget_tool_outputs(answered)
        count = 0
        for call_id, output in outputs:
            if call_id in answered or call_id in given:
                continue
            message = async_tool_messages.build_final_result_message(call_id, output)
            await self._send_message_item(str(message.get("content", "")))  # type: ignore[attr-defined]
            guard.unanswered.keep_tool_output(call_id, output)  # until the context shows it
            given.add(call_id)
            count += 1
        return count

    def _restored_ends_with_caller(self, text: str) -> bool:
        """The last message :meth:`_restore_conversation` sent is the caller's and holds
        ``text`` (pipecat's aggregator wrote the turn's transcript when the reply began)."""
        messages = self._restored_messages
        if not messages or not text.strip() or messages[-1].get("role") != "user":
            return False
        content = messages[-1].get("content")
        if isinstance(content, list):
            content = " ".join(str(part.get("text", "")) for part in content)
        return text.strip() in str(content)

    async def _disconnect(self) -> None:
        for name in ("_reconnect_task", "_rotation_task"):
            task = getattr(self, name)
            setattr(self, name, None)
            if task is not None and not task.done() and task is not asyncio.current_task():
                await self.cancel_task(task, timeout=1.0)  # type: ignore[attr-defined]
        await super()._disconnect()  # type: ignore[misc]

    async def _new_session(self, params: ReconnectParams, outage: _Outage) -> PooledSession | None:
        """A new session, or None once ``outage`` is ``give_up_after_s`` old. Each attempt
        after the outage's first waits its backoff first, and at least as long as the pool's
        open breaker (or, connecting directly, the server's ``Retry-After``) says.

        With a pool, every attempt goes through it, so its breaker, its one connect at a time
        while failing and its single probe hold for every call of the process: a shared
        outage (a proxy restart dropping every call at once) is not one connect storm per
        call. Only a closed pool (shutdown) or one on another loop sends the call to a
        direct connect."""
        pool: RealtimeSessionPool | None = getattr(self, "_session_pool", None)
        if pool is not None and pool.backend.url != self.base_url:
            pool = None
        backend = SessionBackend(url=self.base_url, headers=self._auth_headers)  # type: ignore[attr-defined]
        not_before = 0.0  # the breaker's or the server's word: no attempt sooner
        held_by = ""  # whose word that is
        budget = f"the {params.give_up_after_s:g} s budget"
        last = ""  # the last attempt's failure, for the give-up line
        while True:
            left = params.give_up_after_s - (time.monotonic() - outage.started)
            if outage.attempts:
                backoff = params.backoff.delay(outage.attempts)
                delay = max(backoff, not_before)
                if delay >= left:
                    # said as it is: an open breaker gives up long before the budget is spent
                    by = held_by if not_before > backoff else "the backoff"
                    outage.gave_up = (
                        f"the next attempt could come in {delay:.1f} s ({by}), past {budget}{last}"
                    )
                    return None
                await asyncio.sleep(delay)
            elif left <= 0:
                outage.gave_up = f"{budget} is spent{last}"
                return None
            not_before, held_by = 0.0, ""
            # an attempt never outlasts the outage's give-up: with give_up_after_s under
            # open_timeout_s, a server that never answers was reported open_timeout_s late
            left = params.give_up_after_s - (time.monotonic() - outage.started)
            if left <= 0:
                outage.gave_up = f"{budget} is spent{last}"
                return None
            timeout = min(params.open_timeout_s, left)
            try:
                if pool is not None and not pool.closed:
                    return await pool.checkout(timeout=timeout)
                return await open_session(backend, open_timeout_s=timeout)
            except asyncio.CancelledError:
                raise
            except PoolUnavailableError as exc:
                # its breaker is open: its probe, not this call, tries the endpoint; ask again
                # once the probe may have started (a session it opens goes to the first asker)
                why = str(exc)
                not_before = pool.breaker.retry_in() if pool is not None else 0.0
                held_by = "the pool's breaker is open"
            except PoolTimeoutError as exc:
                why = str(exc)  # the pool's own connects are at it: ask it again
            except PoolError as exc:  # closed (shutdown), or on another event loop
                why = str(exc)
                pool = None  # it cannot serve this call: connect directly from now on
            except Exception as exc:
                why = describe_failure(exc)
                not_before = _retry_after_s(exc) or 0.0
                held_by = "the server's Retry-After"
            outage.attempts += 1
            last = f" (last attempt: {why})"
            logger.warning(f"{self}: reconnect attempt {outage.attempts} failed ({why})")
            if time.monotonic() - outage.started >= params.give_up_after_s:
                outage.gave_up = f"{budget} is spent{last}"
                return None

    async def _close_out_lost_response(self) -> None:
        """The response that was running died with the session: end it downstream, once.

        As ``response.done`` would: pipecat's interruption handler ends a response whose
        ``_current_assistant_response`` is still set, so that goes too."""
        if self._current_audio_response is not None:
            self._current_audio_response = None
            await self.push_frame(TTSStoppedFrame())  # type: ignore[attr-defined]
        if self._response_active:
            await self.push_frame(LLMFullResponseEndFrame())  # type: ignore[attr-defined]
        self._current_assistant_response = None
        self._response_active = False
        owed = self._response_create_owed and self._results_awaiting_response
        self._response_create_owed = False
        if owed:
            # a response asked for while this one ran (a turn, a tool result): pipecat asks
            # for it at response.done; here once the new session is configured
            await self._create_response()  # type: ignore[attr-defined]

    async def _restore_conversation(self) -> int:
        """Send the conversation so far (the service's context) as items; returns how many."""
        context = self._context
        self._restored_messages = list(context.get_messages()) if context is not None else []
        if context is None:
            return 0  # nothing was set up yet: pipecat sets it up on the first response
        adapter = self.get_llm_adapter()  # type: ignore[attr-defined]
        params = await adapter.get_llm_invocation_params(context)
        count = 0
        for item in params["messages"]:
            evt = events.ConversationItemCreateEvent(item=item)
            self._messages_added_manually[evt.item.id] = True
            await self.send_client_event(evt)  # type: ignore[attr-defined]
            count += 1
        self._llm_needs_conversation_setup = False
        return count


def _answered_calls(messages: list[Any]) -> set[str]:
    """The function calls whose result (or cancellation) a context's messages hold: a tool
    message other than pipecat's ``IN_PROGRESS`` placeholder or an async call's "started"
    one, or an async call's final message."""
    answered: set[str] = set()
    for message in messages:
        if not isinstance(message, dict):
            continue  # an LLMSpecificMessage: no tool result of the standard shape
        payload = async_tool_messages.parse_message(message)  # type: ignore[arg-type]
        if payload is not None:
            if payload.kind == "final":
                answered.add(payload.tool_call_id)
            continue
        call_id = message.get("tool_call_id")
        if message.get("role") == "tool" and call_id and message.get("content") != "IN_PROGRESS":
            answered.add(call_id)
    return answered


def _request_unanswered(guard: _GuardedSocket) -> bool:
    """A ``response.create`` the lost session took (or the queue holds) has no output yet."""
    return guard.unanswered.has_create() or any(
        '"response.create"' in message[:200] for message in guard.queue
    )


def _is_caller_audio(item: Any) -> bool:
    """A caller message the session made from committed audio."""
    return (
        getattr(item, "type", None) == "message"
        and getattr(item, "role", None) == "user"
        and any(getattr(part, "type", None) == "input_audio" for part in item.content or [])
    )


def _without_previous_item(message: str) -> str:
    """``message`` without the ``previous_item_id`` of a ``conversation.item.create`` (it
    names an item of the old session: the create was queued before the new one existed), so
    the item is appended; any other message as it is."""
    if '"previous_item_id"' not in message or '"conversation.item.create"' not in message[:200]:
        return message
    try:
        event = json.loads(message)
    except ValueError:
        return message
    if event.get("type") != "conversation.item.create" or event.get("previous_item_id") is None:
        return message
    del event["previous_item_id"]
    return json.dumps(event, ensure_ascii=False)


def _names_old_session(message: str) -> bool:
    if '"input_audio_buffer.append"' in message:
        return False  # the bulk: never parsed
    try:
        event = json.loads(message)
    except ValueError:
        return False
    kind = event.get("type")
    if kind in _OLD_SESSION_EVENTS:
        return True
    item = event.get("item") or {}
    return kind == "conversation.item.create" and item.get("type") == "function_call_output"
