"""The emulator's asyncio shell: a loopback WebSocket server around :class:`RealtimeProtocol`.

Everything protocol-related lives in :mod:`.protocol`; this module only does I/O,
authentication, timing (the :class:`Faults` knobs) and bookkeeping.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import inspect
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs, urlsplit

from loguru import logger
from websockets.asyncio.server import ServerConnection
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.frames import Frame, Opcode
from websockets.http11 import Request, Response

from pipecat_rt_best.testing.loopback_server import LoopbackServer
from pipecat_rt_best.testing.realtime_emulator.events import new_id, server_event
from pipecat_rt_best.testing.realtime_emulator.input_audio import MIN_COMMIT_MS
from pipecat_rt_best.testing.realtime_emulator.protocol import RealtimeProtocol
from pipecat_rt_best.testing.realtime_emulator.record import SessionRecord
from pipecat_rt_best.testing.realtime_emulator.response_stream import Pace, PendingResponse
from pipecat_rt_best.testing.realtime_emulator.script import EmulatorScript, Reply, as_reply
from pipecat_rt_best.testing.realtime_emulator.session_schema import DEFAULT_MODEL

OPENAI_PATH = "/v1/realtime"
_TRANSCRIPTION_DONE = "conversation.item.input_audio_transcription.completed"
AZURE_PATH = "/openai/v1/realtime"


@dataclass
class Faults:
    """Misbehaviour knobs. Read live: change them on ``emu.faults`` at any time.

    - ``handshake_delay_s``: wait this long before answering the HTTP upgrade;
    - ``session_created_delay_s``: send ``session.created`` this long after the handshake
      (over the internet it reaches the client a network round trip after the connect;
      what the client sends meanwhile is read, in order, after it);
    - ``first_delta_delay_s``: wait this long before a response's first delta
      (time to first audio/text);
    - ``delta_interval_s``: wait this long before every later delta (0 = as fast as possible);
    - ``realtime_pacing``: send audio no faster than real time (one chunk per chunk duration);
    - ``drop_after_events``: abort the TCP connection (no close frame) right after the
      server has sent this many events on it (``session.created`` counts);
    - ``drop_after_s``: abort the TCP connection this long after the handshake;
    - ``refuse_handshake``: answer upgrades with this HTTP status (e.g. 429 or 500) and a
      JSON error body, instead of accepting;
    - ``ignore_pings``: do not answer WebSocket pings (the client's keepalive times out);
    - ``max_session_s``: after this long, send an ``error`` event with code
      ``session_expired`` (like the real server at its lifetime limit) and close (1000);
    - ``rewrite_event``: each event as sent, from what the emulator made (say, a field or an
      item type a newer API sends that the client's models do not know);
    - ``transcription_delay_s``: send each ``input_audio_transcription.completed`` this long
      after the commit that made it — the real server transcribes asynchronously, and the
      transcript may come after the response events;
    - ``cancel_delay_s``: read each ``response.cancel`` (and the client events behind it)
      this long after it arrives — the real server reads it a network round trip late and
      goes on streaming the response meanwhile (deltas, even a new item);
    - ``response_created_delay_s``: read each ``response.create`` (and the client events
      behind it) this long after it arrives — its ``response.created`` comes a round trip
      after the client sent it, and what the client sends meanwhile is not in that response;
    - ``after_created``: server event types sent right after ``session.created``, each with
      the fields the GA models require (``conversation.created``, which the GA reference
      documents as emitted right after session creation, and ``rate_limits.updated``): a
      client must take such informational events in its stride, an idle pooled session too.
    """

    handshake_delay_s: float = 0.0
    session_created_delay_s: float = 0.0
    first_delta_delay_s: float = 0.0
    delta_interval_s: float = 0.0
    realtime_pacing: bool = False
    drop_after_events: int | None = None
    drop_after_s: float | None = None
    refuse_handshake: int | None = None
    ignore_pings: bool = False
    max_session_s: float | None = None
    rewrite_event: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    transcription_delay_s: float = 0.0
    cancel_delay_s: float = 0.0
    response_created_delay_s: float = 0.0
    after_created: tuple[str, ...] = ()


class _Recent(list):  # type: ignore[type-arg]
    """A list keeping only its last ``maxlen`` items (indexing and slicing as a list's)."""

    def __init__(self, maxlen: int) -> None:
        super().__init__()
        self.maxlen = maxlen

    def append(self, item: Any) -> None:
        super().append(item)
        if len(self) > self.maxlen:
            del self[: len(self) - self.maxlen]


def _informational_event(etype: str) -> dict[str, Any]:
    """A server event that tells the client something and asks nothing of it."""
    if etype == "conversation.created":
        return server_event(
            etype, conversation={"id": new_id("conv"), "object": "realtime.conversation"}
        )
    if etype == "rate_limits.updated":
        limit = {"name": "tokens", "limit": 40000, "remaining": 39000, "reset_seconds": 1.5}
        return server_event(etype, rate_limits=[limit])
    raise ValueError(f"after_created: no informational event {etype!r}")


def _json_response(status: int, body: dict[str, Any]) -> Response:
    data = json.dumps(body).encode()
    headers = Headers([("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    return Response(status, HTTPStatus(status).phrase, headers, data)


def _read_delay(faults: Faults, message: str | bytes) -> float:
    """How long to wait before reading ``message`` (``cancel_delay_s``,
    ``response_created_delay_s``)."""
    if not (faults.cancel_delay_s or faults.response_created_delay_s):
        return 0.0
    text = message if isinstance(message, str) else message.decode("utf-8", "replace")
    if '"response.c' not in text:
        return 0.0
    try:
        event = json.loads(text)
    except ValueError:
        return 0.0  # the protocol answers it with its error
    kind = event.get("type") if isinstance(event, dict) else None
    if kind == "response.cancel":
        return faults.cancel_delay_s
    if kind == "response.create":
        return faults.response_created_delay_s
    return 0.0


def _recordable_sent(event: dict[str, Any]) -> dict[str, Any]:
    if event.get("type") == "response.output_audio.delta":
        out = dict(event)
        out["delta"] = len(event["delta"]) * 3 // 4 - event["delta"][-2:].count("=")
        return out
    return event


def _report_unused_replies(script: EmulatorScript, started: int, record: SessionRecord) -> None:
    """Keep the fixed replies a closed session never asked for in ``record.unused_replies``,
    and warn about them when a client used the session (a pool's spare asks for none) and
    closed it itself: a session the emulator dropped (a fault) hands the call on to the next,
    and a cycling script is meant to be left part-used."""
    if script.responder is not None or started >= len(script.replies):
        return
    record.unused_replies = list(script.replies[started:])
    client_closed = record.close_reason in ("client closed", "closed")
    if record.used and client_closed and script.exhausted == "default":
        first = as_reply(record.unused_replies[0])
        logger.warning(
            f"emulator: session {record.id} closed with {len(record.unused_replies)} of its "
            f"{len(script.replies)} scripted replies unused (the first: "
            f"{first.text or [c.name for c in first.tool_calls]!r}): the call asked for "
            "fewer responses than the script has"
        )


def _warn_script_used_up(script: EmulatorScript, index: int, record: SessionRecord) -> None:
    """Warn once a session when its fixed replies run out and the model starts saying
    ``default_reply``."""
    used_up = bool(script.replies) and index == len(script.replies)
    if script.responder is None and script.exhausted == "default" and used_up:
        logger.warning(
            f"emulator: session {record.id} used up its {len(script.replies)} scripted "
            f"replies: the model says the default reply ({script.default_reply!r}) from here"
        )


class _Connection:
    """Per-connection state of the shell."""

    def __init__(
        self, emu: RealtimeEmulator, ws: ServerConnection, proto: RealtimeProtocol
    ) -> None:
        self.emu = emu
        self.ws = ws
        self.proto = proto
        self.record = proto.record
        self.sent_count = 0
        self.dropped = False
        self.tasks: set[asyncio.Task[None]] = set()
        self.wakers: dict[str, asyncio.Event] = {}

    async def send(self, event: dict[str, Any]) -> None:
        if self.dropped:
            return
        rewrite = self.emu.faults.rewrite_event
        await self.ws.send(json.dumps(rewrite(event) if rewrite else event))
        self.sent_count += 1
        self.record.sent.append(_recordable_sent(event))
        self.record.sent_times.append(time.monotonic())
        if event.get("type") == "error":
            self.record.errors_sent.append(event)
        limit = self.emu.faults.drop_after_events
        if limit is not None and self.sent_count >= limit:
            self.drop(f"drop_after_events={limit}")

    async def send_later(self, event: dict[str, Any], delay_s: float) -> None:
        await asyncio.sleep(delay_s)
        with contextlib.suppress(ConnectionClosed):
            await self.send(event)

    def drop(self, reason: str) -> None:
        if self.dropped:
            return
        self.dropped = True
        self.record.close_reason = reason
        logger.debug(f"emulator: dropping connection ({reason})")
        self.ws.transport.abort()

    def spawn(self, coro: Awaitable[None]) -> None:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def run_response(self, pending: PendingResponse) -> None:
        wake = self.wakers.setdefault(pending.id, asyncio.Event())
        try:
            reply: Reply
            try:
                _warn_script_used_up(self.proto.script, pending.index, self.record)
                value = self.proto.reply_for(pending)
                if inspect.isawaitable(value):
                    waiter = asyncio.ensure_future(value)
                    woken = asyncio.ensure_future(wake.wait())
                    try:
                        await asyncio.wait({waiter, woken}, return_when=asyncio.FIRST_COMPLETED)
                    finally:  # also when the client hangs up or the emulator stops
                        woken.cancel()
                        answered = waiter.done()
                        if not answered:
                            waiter.cancel()
                    value = waiter.result() if answered else ""
                reply = as_reply(value)
                if reply.failure is not None:  # the script fails this response (a rate limit)
                    failure = reply.failure
                    pending.failure = failure.message
                    pending.failure_code, pending.failure_type = failure.code, failure.error_type
                    reply = Reply()
            except Exception as exc:
                # a broken script fails the response (status "failed"), not the session
                logger.exception(f"emulator: script failed for {pending.id}: {exc}")
                pending.failure = f"The emulator's script raised {type(exc).__name__}."
                reply = Reply()
            try:
                await self.stream_response(pending, reply, wake)
            except ConnectionClosed:
                raise
            except Exception as exc:
                # a reply the stream could not play (a shape its checks let through): the
                # response fails as a raising script's does, its response.done sent (status
                # "failed", the error named: pipecat's ErrorFrame), never a task dying unseen
                logger.exception(f"emulator: response {pending.id} failed mid-stream: {exc}")
                pending.failure = (
                    f"The emulator failed playing the script's reply: {type(exc).__name__}: {exc}"
                )
                if not pending.done:
                    await self.send(pending.finish())
        except ConnectionClosed:
            pass
        finally:
            self.wakers.pop(pending.id, None)
            if not pending.done:
                # connection gone mid-response: close it server-side
                pending.cancel("client_cancelled")
                pending.finish()

    async def stream_response(
        self, pending: PendingResponse, reply: Reply, wake: asyncio.Event
    ) -> None:
        """Send ``reply`` as ``pending``'s events, paced (see :class:`Pace`)."""
        loop = asyncio.get_running_loop()
        first = True
        t0: float | None = None  # real time runs from when the first audio chunk left
        anchor = False
        audio_ms_before = 0
        for item in pending.stream(reply):
            if isinstance(item, Pace):
                if pending.cancelled:
                    continue
                faults = self.emu.faults  # live: the knobs may change mid-response
                delay = faults.first_delta_delay_s if first else faults.delta_interval_s
                if faults.realtime_pacing and item.audio_ms and t0 is not None:
                    delay = max(delay, t0 + audio_ms_before / 1000 - loop.time())
                if delay > 0:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(wake.wait(), delay)
                first = False
                if item.audio_ms:
                    anchor = t0 is None
                    audio_ms_before += item.audio_ms
                continue
            await self.send(item)
            if anchor and item.get("type") == "response.output_audio.delta":
                # from the audio's own send (a transcript delta goes out between the Pace
                # and it): a first chunk that left late (a busy machine) must not let the
                # next one follow it sooner than its duration
                t0 = loop.time()
                anchor = False

    async def watchdog(self) -> None:
        start = time.monotonic()
        while not self.dropped:
            await asyncio.sleep(0.01)
            faults = self.emu.faults
            elapsed = time.monotonic() - start
            if faults.drop_after_s is not None and elapsed >= faults.drop_after_s:
                self.drop(f"drop_after_s={faults.drop_after_s}")
                return
            if faults.max_session_s is not None and elapsed >= faults.max_session_s:
                self.record.close_reason = "max_session_s"
                with contextlib.suppress(ConnectionClosed):
                    await self.send(self.proto.expiry_event(faults.max_session_s))
                    await self.ws.close(1000, "session expired")
                return

    def install_ping_hook(self) -> None:
        protocol = self.ws.protocol
        original = protocol.recv_frame
        emu = self.emu

        def recv_frame(frame: Frame) -> None:
            if frame.opcode is Opcode.PING and emu.faults.ignore_pings:
                protocol.send_frame = lambda frame: None  # type: ignore[method-assign]
                try:
                    original(frame)
                finally:
                    del protocol.send_frame
            else:
                original(frame)

        protocol.recv_frame = recv_frame  # type: ignore[method-assign]


class RealtimeEmulator(LoopbackServer):
    """A loopback server speaking the GA Realtime protocol.

    ``async with RealtimeEmulator(script=EmulatorScript(replies=["Hello."])) as emu:``
    then connect a realtime client to ``emu.url`` (OpenAI style, ``Authorization:
    Bearer <api_key>``) or ``emu.azure_url`` (Azure style, ``api-key: <api_key>``, or
    ``Authorization: Bearer <token>`` as a Microsoft Entra ID client sends it: ``azure_token``
    when given, else ``api_key`` is the token accepted);
    ``?model=<name>`` is accepted on both and echoed as ``session.model``.
    ``emu.sessions`` keeps the records of the last ``max_sessions`` sessions
    (:attr:`used_sessions`: those a client used; :meth:`session`: one by its id).
    """

    _max_message_bytes = 32 * 1024 * 1024

    def __init__(
        self,
        *,
        api_key: str = "test-key",
        azure_token: str | None = None,
        script: EmulatorScript | None = None,
        faults: Faults | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        min_commit_ms: int = MIN_COMMIT_MS,
        max_sessions: int = 100,
    ) -> None:
        if max_sessions < 1:
            raise ValueError("max_sessions must be at least 1")
        if script is not None and not isinstance(script, EmulatorScript):
            raise TypeError(
                f"script takes an EmulatorScript, not a {type(script).__name__}: "
                "script=EmulatorScript(replies=[...])"
            )
        super().__init__(host, port)
        self._api_key = api_key
        self._azure_token = azure_token if azure_token is not None else api_key
        self.script = script or EmulatorScript()
        self.faults = faults or Faults()
        self.min_commit_ms = min_commit_ms
        # the last ``max_sessions`` sessions' records (a long-running emulator stays bounded)
        self.max_sessions = max_sessions
        self.sessions: list[SessionRecord] = _Recent(max_sessions)
        self.handshakes: list[dict[str, Any]] = _Recent(max(1000, max_sessions))
        self._connections: set[_Connection] = set()

    def __repr__(self) -> str:
        state = f"port={self._port}" if self._server is not None else "stopped"
        return f"RealtimeEmulator({state}, sessions={len(self.sessions)})"

    @property
    def azure_token(self) -> str:
        """The Microsoft Entra ID token the Azure path takes as ``Authorization: Bearer``.
        Live: set another to expire the one in use, as an Entra token expires (sessions it
        opened go on; new handshakes with it get 401)."""
        return self._azure_token

    @azure_token.setter
    def azure_token(self, token: str) -> None:
        self._azure_token = token

    # -- lifecycle ---------------------------------------------------------------

    def _open_tasks(self) -> list[asyncio.Task[None]]:
        return [task for conn in self._connections for task in conn.tasks]

    # -- addresses ---------------------------------------------------------------

    @property
    def host(self) -> str:
        return self._bind_host

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}{OPENAI_PATH}"

    @property
    def azure_url(self) -> str:
        return f"ws://{self.host}:{self.port}{AZURE_PATH}"

    # -- records -----------------------------------------------------------------

    @property
    def last_session(self) -> SessionRecord | None:
        """The session opened last. With a session pool that is the newest spare, not the
        call's: use :attr:`used_sessions` or :meth:`session` there."""
        return self.sessions[-1] if self.sessions else None

    @property
    def used_sessions(self) -> list[SessionRecord]:
        """The sessions a client used (:attr:`SessionRecord.used`: it asked for a response,
        sent input audio or an item), in the order they opened: a pool's spares, opened and
        configured but never given a call, are left out. One call on a pool:
        ``emu.used_sessions[-1]`` (a call that reconnected used several)."""
        return [record for record in self.sessions if record.used]

    def session(self, session_id: str) -> SessionRecord:
        """The session whose id (``session.created``'s, :attr:`SessionRecord.id`) is
        ``session_id``, e.g. the one a pooled call took
        (``call.llm.pooled_session.session_id``). ``KeyError`` when none of the kept
        sessions has it."""
        for record in reversed(self.sessions):
            if record.id == session_id:
                return record
        raise KeyError(
            f"no session {session_id!r} among the emulator's {len(self.sessions)} kept sessions"
        )

    # -- handshake ---------------------------------------------------------------

    async def _process_request(
        self, connection: ServerConnection, request: Request
    ) -> Response | None:
        faults = self.faults
        if faults.handshake_delay_s > 0:
            await asyncio.sleep(faults.handshake_delay_s)
        path = urlsplit(request.path).path.rstrip("/")
        entry: dict[str, Any] = {"path": path, "status": 101}
        self.handshakes.append(entry)
        if path not in (OPENAI_PATH, AZURE_PATH):
            entry["status"] = 404
            return _json_response(
                404,
                {
                    "error": {
                        "type": "invalid_request_error",
                        "code": "not_found",
                        "message": f"Unknown path {path}",
                        "param": None,
                    }
                },
            )
        if faults.refuse_handshake is not None:
            status = int(faults.refuse_handshake)
            entry["status"] = status
            code = "rate_limit_exceeded" if status == 429 else "server_error"
            message = (
                "Rate limit reached for requests. Please try again later."
                if status == 429
                else "The server had an error while processing your request. Sorry about that!"
            )
            return _json_response(
                status,
                {
                    "error": {
                        "type": "requests" if status == 429 else "server_error",
                        "code": code,
                        "message": message,
                        "param": None,
                    }
                },
            )
        auth = request.headers.get("Authorization") or ""
        bearer = auth[len("Bearer ") :] if auth.startswith("Bearer ") else None
        api_key = request.headers.get("api-key") if path == AZURE_PATH else None
        # Azure takes the resource key (api-key) or a Microsoft Entra ID token (Bearer)
        given, expected = bearer, self._api_key
        if api_key is not None:
            given = api_key
        elif path == AZURE_PATH:
            expected = self._azure_token
        entry["auth"] = "api-key" if api_key is not None else "bearer" if bearer else None
        if given is None or not hmac.compare_digest(given.encode(), expected.encode()):
            entry["status"] = 401
            message = (
                "Missing bearer or basic authentication in header"
                if given is None
                else "Incorrect API key provided."
            )
            return _json_response(
                401,
                {
                    "error": {
                        "type": "invalid_request_error",
                        "code": "invalid_api_key",
                        "message": message,
                        "param": None,
                    }
                },
            )
        return None

    # -- connection --------------------------------------------------------------

    async def _handle(self, ws: ServerConnection) -> None:
        request = ws.request
        assert request is not None
        parts = urlsplit(request.path)
        query = parse_qs(parts.query)
        # OpenAI and Azure GA take ?model=; the openai package's Azure client sends ?deployment=
        model = (query.get("model") or query.get("deployment") or [DEFAULT_MODEL])[0]
        record = SessionRecord(model=model, path=parts.path.rstrip("/"))
        proto = RealtimeProtocol(
            model=model, script=self.script, record=record, min_commit_ms=self.min_commit_ms
        )
        self.sessions.append(record)
        conn = _Connection(self, ws, proto)
        self._connections.add(conn)
        conn.install_ping_hook()
        conn.spawn(conn.watchdog())
        try:
            if self.faults.session_created_delay_s > 0:
                await asyncio.sleep(self.faults.session_created_delay_s)
            await conn.send(proto.created_event())
            for etype in self.faults.after_created:
                await conn.send(_informational_event(etype))
            async for message in ws:
                delay = _read_delay(self.faults, message)
                if delay > 0:
                    await asyncio.sleep(delay)
                try:
                    outcome = proto.handle_message(message)
                except Exception as exc:  # no client input ends a session (1011)
                    logger.warning(f"emulator: a client event failed: {type(exc).__name__}")
                    outcome = proto.internal_error(exc)
                for event in outcome.events:
                    delay = self.faults.transcription_delay_s
                    if delay > 0 and event.get("type") == _TRANSCRIPTION_DONE:
                        conn.spawn(conn.send_later(event, delay))
                        continue
                    try:
                        await conn.send(event)
                    except ConnectionClosed:
                        raise
                    except Exception as exc:  # an event that cannot be encoded (too deep …)
                        logger.warning(f"emulator: could not send an event: {type(exc).__name__}")
                        for error in proto.internal_error(exc).events:
                            await conn.send(error)
                for pending in outcome.wake:
                    waker = conn.wakers.get(pending.id)
                    if waker is not None:
                        waker.set()
                for pending in outcome.start:
                    conn.wakers.setdefault(pending.id, asyncio.Event())
                    conn.spawn(conn.run_response(pending))
        except ConnectionClosed:
            pass
        finally:
            record.closed = True
            if record.close_reason is None:
                record.close_reason = "client closed" if ws.close_code is not None else "closed"
            _report_unused_replies(proto.script, proto.responses_started, record)
            for task in list(conn.tasks):
                task.cancel()
            self._connections.discard(conn)
