"""Simulated calls with interruptions, in virtual time, for the fuzz test and the benchmark.

One :class:`Scenario` is one call leg: the caller asks, the emulated model answers (one
or more replies, several output items, tool-call turns), the caller barges in at
``interrupt_ms`` (sometimes twice). Everything runs in virtual time on one asyncio loop,
so a call takes a few milliseconds of CPU:

* **server** — the emulator's own protocol core
  (:class:`pipecat_rt_best.testing.realtime_emulator.protocol.RealtimeProtocol`): it generates the
  replies' audio, applies every client event the service sends (cancel, truncate,
  delete) with the real server rules and records errors, stored transcripts and the
  audio each item keeps. Deltas are generated ``speed`` times faster than real time
  after ``ttfb_ms``; each direction of the service ↔ server link takes ``openai_ms``.
* **service** — a real instance of the realtime service: the pack's
  :class:`~pipecat_rt_best.realtime.RealtimeLLMService` (``kind="pack"``) or pipecat's
  stock ``OpenAIRealtimeLLMService`` (``kind="stock"``), with its socket replaced by
  the simulated link and its clock by virtual time. Server events go to the service's
  own handlers; what it pushes downstream goes to the output transport model.
* **output transport** — pipecat's ``BaseOutputTransport`` media sender and the
  websocket transports' pacing, modelled: audio cut into ``chunk_ms`` chunks (a
  segment marker overtakes the partial chunk still buffered), a chunk written as soon
  as the previous one's interval has passed (one chunk ahead, like
  ``_write_audio_sleep``), ``TTSStoppedFrame`` flushing the partial chunk padded with
  silence, ``BotStarted/StoppedSpeakingFrame``, an interruption dropping the queue
  and sending ``clear``. A ``PlayoutTracker`` (``tracker=True``) reports each written
  chunk when the write returns.
* **line and far end** — the shared far-end model,
  :class:`~pipecat_rt_best.testing.phone_line.FarEnd`: each chunk reaches the far end
  ``down_ms`` + U(0, ``jitter_ms``) later (in order); the far end plays after a
  ``buffer_ms`` jitter buffer (re-primed after running dry), echoes a ``mark`` per
  chunk when it has played it (``marks=True``; the echo takes ``up_ms``), and on
  ``clear`` drops what it has not played.

**Ground truth** is what the far end played of each assistant item by the end of the
simulation (a chunk cut by ``clear`` counts up to the cut). **What the model was
told** is, per item, the audio the emulator still holds for it when the simulation
ends (after truncation; 0 for a deleted item). The error of a call is their
difference summed over the call's assistant items.

A **busy event loop** is opt-in (``Line.stall_rate`` / ``stall_ms`` / ``echo_late_ms``):
the transport's writes (and their reports) stall now and then, and mark echoes reach the
service late, in order.

Not modelled: the output resampler's filter delay (timing is counted in ms of audio
on both sides, which is what the server counts), other queueing delays inside the
service, a mixer, and how the real server paces deltas.
"""

from __future__ import annotations

import heapq
import inspect
import json
import random
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal
from unittest import mock

from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    BotStoppedSpeakingFrame,
    Frame,
    OutputAudioRawFrame,
    TTSStoppedFrame,
)
from pipecat.processors.frame_processor import FrameDirection
from pipecat.services.openai.realtime import events as rt_events, llm as pipecat_rt_llm

from pipecat_rt_best.base.audio_format import duration_ms, format_from_type
from pipecat_rt_best.base.frames import (
    PlayoutConfirmedFrame,
    PlayoutProgressFrame,
    PlayoutSegmentFrame,
)
from pipecat_rt_best.interruption_truncation.service import TruncationParams
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.phone_line import FarEnd, FarEndConfig, PlayedChunk
from pipecat_rt_best.testing.realtime_emulator import audio as emu_audio
from pipecat_rt_best.testing.realtime_emulator.protocol import RealtimeProtocol
from pipecat_rt_best.testing.realtime_emulator.response_stream import Pace
from pipecat_rt_best.testing.realtime_emulator.script import (
    EmulatorScript,
    Reply,
    ToolCall,
    as_reply,
)

__all__ = [
    "BUSY_LOOP",
    "CallResult",
    "Episode",
    "EpisodeResult",
    "ItemOutcome",
    "Line",
    "Scenario",
    "random_episode",
    "random_scenario",
    "run_call",
]

Kind = Literal["pack", "stock"]

# a loaded machine, as ``random_scenario(busy=...)`` takes it: 5 % of the transport's writes
# stall up to 150 ms (the far end's buffer drains, sometimes dry) and mark echoes reach the
# service up to 60 ms late
BUSY_LOOP = (0.05, 150.0, 60.0)
Fmt = Literal["pcm", "pcmu"]

_FMT_TYPE = {"pcm": "audio/pcm", "pcmu": "audio/pcmu"}
BOT_STOP_FALLBACK_MS = 3000.0  # pipecat's BOT_VAD_STOP_FALLBACK_SECS


@dataclass(frozen=True)
class Line:
    """The output transport and the line to the far end."""

    chunk_ms: float = 40.0
    down_ms: float = 0.0
    up_ms: float = 0.0
    jitter_ms: float = 0.0
    buffer_ms: float = 0.0
    marks: bool = False
    # a busy event loop (off by default): after a write, with probability ``stall_rate``,
    # the transport's next write and its report wait U(0, ``stall_ms``) longer; each mark
    # echo reaches the service U(0, ``echo_late_ms``) late (in order)
    stall_rate: float = 0.0
    stall_ms: float = 0.0
    echo_late_ms: float = 0.0

    @property
    def far_end(self) -> FarEndConfig:
        """The far end this line leads to (everything but the transport's ``chunk_ms``)."""
        return FarEndConfig(
            down_ms=self.down_ms,
            up_ms=self.up_ms,
            jitter_ms=self.jitter_ms,
            buffer_ms=self.buffer_ms,
            marks=self.marks,
        )


@dataclass(frozen=True)
class Episode:
    """One barge-in: the model answers (``replies``: several when tool calls chain them),
    the caller interrupts ``interrupt_ms`` after the first ``response.create`` (and maybe
    again ``second_interrupt_ms`` later), then the line settles for ``tail_ms``."""

    replies: tuple[Reply, ...]
    interrupt_ms: float
    second_interrupt_ms: float | None = None
    speed: float = 3.0
    ttfb_ms: float = 300.0
    delta_ms: int = 100
    tool_ms: float = 200.0
    tail_ms: float = 1000.0


@dataclass(frozen=True)
class Scenario:
    """One call: a line, a service configuration, and its episodes in order."""

    seed: int
    fmt: Fmt
    line: Line
    episodes: tuple[Episode, ...]
    openai_ms: float = 20.0
    tracker: bool = True
    playout_delay_ms: float = 0.0
    max_extrapolation_ms: float = 0.0


@dataclass
class ItemOutcome:
    item_id: str
    response_id: str
    text: str
    sent_ms: float  # audio the server generated for the item
    told_ms: float  # audio the model keeps for it (after truncation / delete)
    heard_ms: float  # ground truth: what the far end played
    dropped_ms: float  # audio pipecat's output transport discarded at a bot stop
    transcript: str | None  # stored transcript (None: item deleted)


@dataclass
class EpisodeResult:
    episode: Episode
    index: int
    items: list[ItemOutcome]
    truncations: list[dict[str, Any]]  # as recorded by the emulator
    errors: list[dict[str, Any]]  # server error events during the episode
    before_first_confirmation: bool = False  # interrupted before any playout confirmation

    @property
    def error_ms(self) -> float:
        """What the model was told minus what the caller heard, over the episode's items."""
        return sum(i.told_ms - i.heard_ms for i in self.items)

    @property
    def dropped_ms(self) -> float:
        """Audio pipecat's output transport discarded (never played, not interrupted)."""
        return sum(i.dropped_ms for i in self.items)

    @property
    def invalid_truncates(self) -> int:
        return sum(1 for t in self.truncations if not t["accepted"])


@dataclass
class CallResult:
    scenario: Scenario
    kind: Kind
    method: str
    episodes: list[EpisodeResult]
    errors: list[dict[str, Any]]

    @property
    def error_codes(self) -> list[str]:
        return [str(e["error"].get("code")) for e in self.errors]


# -- virtual time --------------------------------------------------------------------------


class _Loop:
    def __init__(self) -> None:
        self.now = 0.0  # ms
        self._q: list[tuple[float, int, Callable[..., Any], tuple[Any, ...]]] = []
        self._n = 0

    def at(self, t: float, fn: Callable[..., Any], *args: Any) -> None:
        heapq.heappush(self._q, (max(t, self.now), self._n, fn, args))
        self._n += 1

    async def run(self, until: float) -> None:
        while self._q and self._q[0][0] <= until:
            t, _, fn, args = heapq.heappop(self._q)
            self.now = t
            result = fn(*args)
            if inspect.isawaitable(result):
                await result
        self.now = max(self.now, until)


class _VirtualTime:
    """Stands in for the ``time`` module inside pipecat's realtime service."""

    def __init__(self, loop: _Loop) -> None:
        self._loop = loop

    def time(self) -> float:
        return 1.7e9 + self._loop.now / 1000.0

    def __getattr__(self, name: str) -> Any:
        import time

        return getattr(time, name)


# -- the far end -----------------------------------------------------------------------------

Pieces = list[tuple[str | None, float]]  # a chunk's audio: (item id or None for padding, ms)


def _heard_by_item(sent: Sequence[tuple[Pieces, PlayedChunk]]) -> dict[str, float]:
    """What the far end played of each item: a chunk's pieces in order, up to its played ms."""
    heard: dict[str, float] = {}
    for pieces, chunk in sent:
        left = chunk.played_ms
        for item, ms in pieces:
            take = min(ms, left)
            left -= take
            if item is not None and take > 0:
                heard[item] = heard.get(item, 0.0) + take
            if left <= 0:
                break
    return heard


# -- pipecat's output transport, modelled ---------------------------------------------------


class _Transport:
    def __init__(self, world: _World) -> None:
        self.w = world
        self.chunk_ms = world.sc.line.chunk_ms
        self.partial: Pieces = []
        self.partial_ms = 0.0
        self.queue: deque[tuple[str, Any]] = deque()
        self.busy = False
        self.next_send = 0.0
        self.timeline = 0.0
        self.speaking = False
        self.tts_audio = False
        self._idle_token = 0
        self.current_item: str | None = None

    def push(self, frame: Frame) -> None:
        if isinstance(frame, PlayoutSegmentFrame):
            self.queue.append(("marker", frame.segment_id))
        elif isinstance(frame, OutputAudioRawFrame):
            ms = duration_ms(len(frame.audio), frame.sample_rate, num_channels=frame.num_channels)
            self.partial.append((self.current_item, ms))
            self.partial_ms += ms
            while self.partial_ms >= self.chunk_ms - 1e-9:
                self.queue.append(("chunk", self._take(self.chunk_ms)))
        elif isinstance(frame, TTSStoppedFrame):
            if self.partial_ms > 1e-9:
                pieces = self._take(self.partial_ms)
                pad = self.chunk_ms - sum(ms for _, ms in pieces)
                self.queue.append(("chunk", [*pieces, (None, pad)]))
            self.queue.append(("stop", None))
        else:
            return
        self._kick()

    def _take(self, ms: float) -> Pieces:
        out: Pieces = []
        need = ms
        while need > 1e-9 and self.partial:
            item, have = self.partial[0]
            take = min(have, need)
            out.append((item, take))
            need -= take
            if have - take <= 1e-9:
                self.partial.pop(0)
            else:
                self.partial[0] = (item, have - take)
        self.partial_ms = max(0.0, self.partial_ms - (ms - need))
        return out

    def _kick(self) -> None:
        if not self.busy and self.queue:
            self.busy = True
            self.w.loop.at(self.w.loop.now, self._next)

    async def _next(self) -> None:
        while self.queue:
            kind, value = self.queue.popleft()
            if kind == "marker":
                if self.w.sc.tracker:
                    await self.w.upstream(
                        PlayoutProgressFrame(timeline_ms=self.timeline, segment_id=value)
                    )
                continue
            if kind == "stop":
                if self.tts_audio:
                    await self._bot_stopped()
                continue
            await self._write(value)
            return
        self.busy = False
        self._idle_token += 1
        if self.speaking:
            self.w.loop.at(
                self.w.loop.now + BOT_STOP_FALLBACK_MS, self._idle_timeout, self._idle_token
            )

    async def _write(self, pieces: Pieces) -> None:
        now = self.w.loop.now
        if not self.speaking:
            self.speaking = True
            await self.w.upstream(BotStartedSpeakingFrame())
        self.tts_audio = True
        ms = sum(m for _, m in pieces)
        self.timeline += ms
        chunk = self.w.far.send(ms, now, timeline_end=self.timeline)
        self.w.sent.append((pieces, chunk))
        echo_at = self.w.far.echo_at(chunk)
        if echo_at is not None:
            self.w.loop.at(self.w.echo_delivery(echo_at), self.w.confirm, chunk)
        sleep = max(0.0, self.next_send - now)
        if sleep == 0:
            self.next_send = now + self.chunk_ms
        else:
            self.next_send += self.chunk_ms
        self.w.loop.at(now + sleep + self.w.stall(), self._written, self.timeline)

    async def _written(self, timeline: float) -> None:
        if self.w.sc.tracker:
            await self.w.upstream(PlayoutProgressFrame(timeline_ms=timeline))
        await self._next()

    async def _idle_timeout(self, token: int) -> None:
        if token == self._idle_token and not self.busy and self.speaking:
            await self._bot_stopped()

    async def _bot_stopped(self, interrupted: bool = False) -> None:
        if not self.speaking:
            return
        self.speaking = False
        self.tts_audio = False
        if not interrupted:
            # pipecat discards the partial chunk here, even audio that arrived after the
            # TTSStoppedFrame (the start of the next reply): record it
            for item, ms in self.partial:
                if item is not None:
                    self.w.dropped[item] = self.w.dropped.get(item, 0.0) + ms
        self.partial.clear()
        self.partial_ms = 0.0
        await self.w.upstream(BotStoppedSpeakingFrame())

    async def interrupt(self) -> None:
        self.queue.clear()
        self.partial.clear()
        self.partial_ms = 0.0
        self.next_send = 0.0
        self.w.far.clear(self.w.loop.now)
        await self._bot_stopped(interrupted=True)  # pipecat: nothing left to play


# -- the server --------------------------------------------------------------------------------

_EVENT_MODELS: dict[str, Any] = {
    "response.created": rt_events.ResponseCreated,
    "conversation.item.added": rt_events.ConversationItemAdded,
    "response.output_audio.delta": rt_events.ResponseAudioDelta,
    "response.done": rt_events.ResponseDone,
}


class _Server:
    def __init__(self, world: _World) -> None:
        self.w = world
        sc = world.sc
        self.proto = RealtimeProtocol(script=EmulatorScript(responder=world.next_reply))
        self.errors: list[tuple[int, dict[str, Any]]] = []
        self._pumps: dict[str, int] = {}
        fmt: dict[str, Any] = {"type": _FMT_TYPE[sc.fmt]}
        if sc.fmt == "pcm":
            fmt["rate"] = 24000
        self.receive(
            json.dumps(
                {
                    "type": "session.update",
                    "session": {
                        "type": "realtime",
                        "audio": {
                            "input": {"format": fmt, "turn_detection": None},
                            "output": {"format": fmt},
                        },
                    },
                }
            ),
            deliver=False,
        )

    def receive(self, raw: str, deliver: bool = True) -> None:
        outcome = self.proto.handle_message(raw)
        for ev in outcome.events:
            if ev.get("type") == "error":
                self.errors.append((self.w.episode, ev))
            if deliver:
                self.emit(ev)
        for pending in outcome.start:
            self._start(pending)
        for pending in outcome.wake:
            self._pumps[pending.id] = self._pumps.get(pending.id, 0) + 1
            self.w.loop.at(self.w.loop.now, self._pump, pending, self._pumps[pending.id])

    def emit(self, ev: dict[str, Any]) -> None:
        if ev.get("type") in _EVENT_MODELS:
            self.w.loop.at(self.w.loop.now + self.w.sc.openai_ms, self.w.deliver, ev)

    def _start(self, pending: Any) -> None:
        reply = as_reply(self.proto.reply_for(pending))
        self.w.responses.append((self.w.episode, pending.id))
        pending._sim_stream = pending.stream(reply)
        pending._sim_reply = reply
        self._pumps[pending.id] = 0
        self.w.loop.at(self.w.loop.now + self.w.ep.ttfb_ms, self._pump, pending, 0)

    def _pump(self, pending: Any, token: int) -> None:
        if self._pumps.get(pending.id) != token or pending._sim_stream is None:
            return
        for item in pending._sim_stream:
            if isinstance(item, Pace):
                if item.audio_ms:
                    delay = item.audio_ms / self.w.ep.speed
                    self.w.loop.at(self.w.loop.now + delay, self._pump, pending, token)
                    return
                continue
            self.emit(item)
            if item.get("type") == "response.done":
                pending._sim_stream = None
                self.w.on_response_done(pending, item)
                return
        pending._sim_stream = None


# -- the world -----------------------------------------------------------------------------------


class _Sink:
    """Stands in for the processor after the service: hands its frames to the transport."""

    def __init__(self, world: _World) -> None:
        self.w = world

    async def queue_frame(self, frame: Frame, direction: FrameDirection, *args: Any) -> None:
        if direction == FrameDirection.DOWNSTREAM:
            self.w.transport.push(frame)


class _World:
    def __init__(self, sc: Scenario, kind: Kind) -> None:
        self.sc = sc
        self.kind = kind
        self.loop = _Loop()
        self.episode = 0
        self.ep = sc.episodes[0]
        self._reply_queue: deque[Reply] = deque()
        self.responses: list[tuple[int, str]] = []
        self.dropped: dict[str, float] = {}  # audio pipecat's transport discarded, per item
        self.before_first_confirmation: dict[int, bool] = {}
        # the far end draws its link jitter from the scenario's seed; a busy loop has its own
        self.far = FarEnd(sc.line.far_end, seed=sc.seed)
        self._busy = random.Random(sc.seed + 7_919)
        self._last_echo = -1e18
        self.sent: list[tuple[Pieces, PlayedChunk]] = []  # every chunk written, in order
        self.transport = _Transport(self)
        self.server = _Server(self)
        self.interrupted = False
        self.svc = _make_service(kind, sc)
        self.svc._ws_send = self._ws_send
        self.svc._next = _Sink(self)  # what the service pushes downstream goes to the transport
        if kind == "pack":
            self.svc.truncation_now = lambda: self.loop.now / 1000.0

    def next_reply(self, conversation: list[dict[str, Any]]) -> Reply:
        return self._reply_queue.popleft() if self._reply_queue else Reply(text="OK.")

    async def _ws_send(self, message: dict[str, Any]) -> None:
        raw = json.dumps(message)
        self.loop.at(self.loop.now + self.sc.openai_ms, self.server.receive, raw)

    async def upstream(self, frame: Frame) -> None:
        svc = self.svc
        if isinstance(frame, BotStoppedSpeakingFrame):
            await svc._handle_bot_stopped_speaking()
        elif self.kind == "pack":
            await svc.process_frame(frame, FrameDirection.UPSTREAM)

    def stall(self) -> float:
        """How much longer a busy event loop holds the transport's next write (ms)."""
        line = self.sc.line
        if line.stall_rate and self._busy.random() < line.stall_rate:
            return self._busy.uniform(0.0, line.stall_ms)
        return 0.0

    def echo_delivery(self, echo_at: float) -> float:
        """When a mark echo due at ``echo_at`` reaches the service (late on a busy loop)."""
        late = (
            self._busy.uniform(0.0, self.sc.line.echo_late_ms) if self.sc.line.echo_late_ms else 0.0
        )
        self._last_echo = max(self._last_echo, echo_at + late)
        return self._last_echo

    async def confirm(self, chunk: PlayedChunk) -> None:
        """A mark echo reached the transport (the serializer turns it into a confirmation)."""
        if self.far.confirms(chunk):
            await self.upstream(PlayoutConfirmedFrame(played_ms=chunk.timeline_end))

    async def deliver(self, ev: dict[str, Any]) -> None:
        t = ev["type"]
        evt = _EVENT_MODELS[t].model_validate(ev)
        svc = self.svc
        if t == "response.output_audio.delta":
            self.transport.current_item = evt.item_id
            await svc._handle_evt_audio_delta(evt)
        elif t == "response.created":
            await svc._handle_evt_response_created(evt)
        elif t == "conversation.item.added":
            await svc._handle_evt_conversation_item_added(evt)
        elif t == "response.done":
            await svc._handle_evt_response_done(evt)

    def on_response_done(self, pending: Any, done_event: dict[str, Any]) -> None:
        reply: Reply = pending._sim_reply
        if self.interrupted or pending.cancelled or not reply.tool_calls:
            return
        calls = [i for i in done_event["response"]["output"] if i.get("type") == "function_call"]
        at = self.loop.now + self.ep.tool_ms
        # the client has the whole response a link delay later, and runs the calls it kept
        self.loop.at(self.loop.now + self.sc.openai_ms, self._answer_calls, calls, at)

    def _answer_calls(self, calls: list[dict[str, Any]], at: float) -> None:
        if self.kind == "pack":
            # a call of a response the caller cut in on is dropped, its item deleted
            calls = [c for c in calls if c["id"] not in self.svc._deleted_items]
        if not calls:
            return
        for call in calls:
            output = {
                "type": "conversation.item.create",
                "item": {
                    "type": "function_call_output",
                    "call_id": call["call_id"],
                    "output": '{"ok": true}',
                },
            }
            self.loop.at(at, self.server.receive, json.dumps(output))
        self.loop.at(at, self._create_response)

    async def _create_response(self) -> None:
        if self.interrupted:
            return
        # as pipecat's _create_response: the response is active from the moment it's asked for
        self.svc._response_active = True
        await self.svc.send_client_event(rt_events.ResponseCreateEvent())

    async def interrupt(self) -> None:
        if self.kind == "pack" and self.episode not in self.before_first_confirmation:
            clock = self.svc.playout_clock
            self.before_first_confirmation[self.episode] = self.sc.line.marks and not (
                clock.confirmed_ms or 0.0
            )
        self.interrupted = True
        await self.svc._handle_interruption()
        await self.transport.interrupt()

    async def run(self) -> None:
        if self.sc.line.marks:
            # a confirming transport says so when the stream starts (played up to 0 ms)
            await self.upstream(PlayoutConfirmedFrame(played_ms=0.0))
        for index, ep in enumerate(self.sc.episodes):
            self.episode, self.ep = index, ep
            self.interrupted = False
            self._reply_queue = deque(ep.replies)
            start = self.loop.now
            user = {
                "type": "conversation.item.create",
                "item": {
                    "type": "message",
                    "role": "user",
                    "content": [{"type": "input_text", "text": f"Question {index + 1}?"}],
                },
            }
            self.server.receive(json.dumps(user), deliver=False)
            self.loop.at(start, self._create_response)
            self.loop.at(start + ep.interrupt_ms, self.interrupt)
            end = start + ep.interrupt_ms
            if ep.second_interrupt_ms is not None:
                end += ep.second_interrupt_ms
                self.loop.at(end, self.interrupt)
            await self.loop.run(end + ep.tail_ms)

    def result(self) -> CallResult:
        proto = self.server.proto
        record = proto.record
        heard = _heard_by_item(self.sent)
        audio = {k: len(v) for k, v in record._output_audio.items()}
        live = {i["id"]: i for i in proto.items}
        bpm = float(format_from_type(_FMT_TYPE[self.sc.fmt]).bytes_per_ms)
        by_response = {r["id"]: r for r in record.responses}
        item_episode: dict[str, int] = {}
        episodes = [
            EpisodeResult(
                ep,
                i,
                [],
                [],
                [e for n, e in self.server.errors if n == i],
                self.before_first_confirmation.get(i, False),
            )
            for i, ep in enumerate(self.sc.episodes)
        ]
        for index, response_id in self.responses:
            resp = by_response[response_id]
            for item_id in resp["output"]:
                meta = proto._meta.get(item_id)
                if meta is None or meta.fmt is None:
                    continue
                item_episode[item_id] = index
                sent_ms = audio.get(item_id, 0) / bpm
                entry = live.get(item_id)
                transcript = None
                if entry is not None:
                    transcript = (entry.get("content") or [{}])[0].get("transcript")
                episodes[index].items.append(
                    ItemOutcome(
                        item_id=item_id,
                        response_id=response_id,
                        text=meta.full_text,
                        sent_ms=sent_ms,
                        told_ms=sent_ms if entry is not None else 0.0,
                        heard_ms=heard.get(item_id, 0.0),
                        dropped_ms=self.dropped.get(item_id, 0.0),
                        transcript=transcript,
                    )
                )
        for t in record.truncations:
            found = item_episode.get(str(t["item_id"]))
            if found is not None:
                episodes[found].truncations.append(t)
        method = self.svc.playout_clock.method if self.kind == "pack" else "stock"
        return CallResult(
            scenario=self.sc,
            kind=self.kind,
            method=method,
            episodes=episodes,
            errors=[e for _, e in self.server.errors],
        )


def _make_service(kind: Kind, sc: Scenario) -> Any:
    session = realtime_session(audio_format=sc.fmt, manual_turns=True)
    if kind == "pack":
        return RealtimeLLMService(
            api_key="sim",
            base_url="ws://127.0.0.1:1/v1/realtime",
            settings=RealtimeLLMService.Settings(session_properties=session),
            truncation=TruncationParams(
                playout_delay_ms=sc.playout_delay_ms,
                max_extrapolation_ms=sc.max_extrapolation_ms,
            ),
        )
    if sc.fmt != "pcm":
        raise ValueError("pipecat's stock service only speaks PCM 24 kHz")
    return pipecat_rt_llm.OpenAIRealtimeLLMService(
        api_key="sim",
        base_url="ws://127.0.0.1:1/v1/realtime",
        settings=pipecat_rt_llm.OpenAIRealtimeLLMService.Settings(session_properties=session),
    )


def _silent_audio(text: str, fmt: str, ms_per_char: int = emu_audio.MS_PER_CHAR) -> bytes:
    """The emulator's audio, as silence of the same length (timing is all that matters here)."""
    return bytes(emu_audio.text_duration_ms(text, ms_per_char) * emu_audio.bytes_per_ms(fmt))


async def run_call(sc: Scenario, kind: Kind = "pack") -> CallResult:
    """Simulate one call with the given service and return what happened."""
    world = _World(sc, kind)
    with (
        mock.patch.object(pipecat_rt_llm, "time", _VirtualTime(world.loop)),
        mock.patch.object(emu_audio, "synthesize", _silent_audio),
    ):
        await world.run()
    return world.result()


# -- random scenarios --------------------------------------------------------------------------

_WORDS = [
    "your",
    "loan",
    "of",
    "four",
    "lakh",
    "fifty",
    "thousand",
    "rupees",
    "was",
    "approved",
    "yesterday",
    "and",
    "the",
    "first",
    "instalment",
    "is",
    "due",
    "on",
    "the",
    "fifth",
    "of",
    "next",
    "month",
    "please",
    "keep",
    "your",
    "account",
    "number",
    "ready",
    "when",
    "you",
    "call",
    "back",
    "our",
    "branch",
    "opens",
    "at",
    "ten",
    "in",
    "the",
    "morning",
]


def _sentence(rng: random.Random, n_words: int) -> str:
    start = rng.randrange(len(_WORDS))
    words = [_WORDS[(start + i) % len(_WORDS)] for i in range(n_words)]
    return " ".join(words).capitalize() + "."


def random_episode(rng: random.Random, *, buffer_ms: float, max_words: int = 24) -> Episode:
    """Random reply lengths, split items, tool turns, server pacing and barge-in time."""
    n_replies = 2 if rng.random() < 0.25 else 1
    replies: list[Reply] = []
    for r in range(n_replies):
        text = _sentence(rng, rng.randint(2, max_words))
        tools: Sequence[ToolCall] = ()
        if r < n_replies - 1:
            tools = (ToolCall(name="lookup", arguments={"q": "loan"}),)
        replies.append(Reply(text=text, split_items=rng.choice((1, 1, 2, 3)), tool_calls=tools))
    total_ms = sum(len(r.text) * emu_audio.MS_PER_CHAR for r in replies)
    ttfb = rng.uniform(150.0, 700.0)
    tool_ms = rng.uniform(50.0, 800.0)
    horizon = ttfb + total_ms + (tool_ms + ttfb if n_replies > 1 else 0.0) + buffer_ms + 300.0
    return Episode(
        replies=tuple(replies),
        interrupt_ms=rng.uniform(0.0, horizon),
        second_interrupt_ms=rng.uniform(0.0, 150.0) if rng.random() < 0.15 else None,
        speed=rng.uniform(1.05, 6.0),
        ttfb_ms=ttfb,
        delta_ms=rng.choice((20, 50, 100, 100, 200)),
        tool_ms=tool_ms,
    )


def random_scenario(
    seed: int,
    *,
    episodes: int = 1,
    telephony: bool = True,
    fmt: Fmt | None = None,
    tracker: bool = True,
    marks: bool | None = None,
    playout_delay_ms: float = 0.0,
    max_extrapolation_ms: float = 0.0,
    buffer_ms: tuple[float, float] = (60.0, 200.0),
    link_ms: tuple[float, float] = (1.0, 8.0),
    link_jitter_ms: tuple[float, float] = (0.0, 30.0),
    max_words: int = 16,
    busy: tuple[float, float, float] = (0.0, 0.0, 0.0),
) -> Scenario:
    """A random call of ``episodes`` barge-ins on one line.

    ``telephony=True``: a jitter buffer of ``buffer_ms`` at the far end, one-way link
    latencies in ``link_ms``, per-packet link jitter up to a draw from
    ``link_jitter_ms``, mark confirmations (unless
    ``marks=False``; ``None`` draws them for 90 % of calls). ``telephony=False``: a
    transport that plays as it writes (no buffer, no latency, no confirmations).
    ``busy``: the event loop's ``(stall_rate, stall_ms, echo_late_ms)`` (see :class:`Line`;
    no draws from the scenario's random stream, so other scenarios are unchanged).
    """
    rng = random.Random(seed)
    if telephony:
        line = Line(
            chunk_ms=rng.choice((20.0, 40.0)),
            down_ms=rng.uniform(*link_ms),
            up_ms=rng.uniform(*link_ms),
            jitter_ms=rng.uniform(*link_jitter_ms),
            buffer_ms=rng.uniform(*buffer_ms),
            marks=rng.random() < 0.9 if marks is None else marks,
            stall_rate=busy[0],
            stall_ms=busy[1],
            echo_late_ms=busy[2],
        )
    else:
        line = Line(chunk_ms=rng.choice((20.0, 40.0)))
    return Scenario(
        seed=seed,
        fmt=fmt if fmt is not None else rng.choice(("pcm", "pcmu")),
        line=line,
        episodes=tuple(
            random_episode(rng, buffer_ms=line.buffer_ms, max_words=max_words)
            for _ in range(episodes)
        ),
        openai_ms=rng.uniform(5.0, 60.0),
        tracker=tracker,
        playout_delay_ms=playout_delay_ms,
        max_extrapolation_ms=max_extrapolation_ms,
    )
