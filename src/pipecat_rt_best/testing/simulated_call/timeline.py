"""A readable, practice-tagged turn timeline of a call, collected by a pipecat observer.

Each :class:`TimelineEvent` may name the practice at work (``practice`` 1–7, see
:data:`PRACTICES`). Listeners (``CallTimeline(on_event=...)``) see every event as it is
marked, which is how ``pipecat-rt-best simulate`` prints the call live.

Besides pipecat's frames, the timeline can listen to the pack's noise-robust VAD
(:meth:`CallTimeline.watch_vad`: its START/STOP/REJECT decisions, with level and gate).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from loguru import logger
from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    BotStoppedSpeakingFrame,
    ErrorFrame,
    FunctionCallInProgressFrame,
    InterruptionFrame,
    LLMTextFrame,
    TTSTextFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.observers.base_observer import BaseObserver, FramePushed
from pipecat.processors.frame_processor import FrameDirection

from pipecat_rt_best.interruption_truncation.frames import TruncationFrame
from pipecat_rt_best.realtime_prompt.frames import ConversationStateFrame

PRACTICES: dict[int, str] = {
    1: "noise-robust VAD, manual turns",
    2: "interruption-aware truncation",
    3: "pre-warmed session pool",
    4: "sentence-streamed Azure TTS",
    5: "Indic number normalization",
    6: "G.711 straight through",
    7: "structured realtime prompt",
}
"""The seven practices, by number (the ``practice`` of a :class:`TimelineEvent`)."""

TAGS: dict[int, str] = {
    1: "VAD",
    2: "truncation",
    3: "pool",
    4: "TTS",
    5: "numbers",
    6: "G.711",
    7: "prompt",
}
"""Short names for the ``[n tag]`` of a printed line."""


def tag(practice: int | None) -> str:
    """``[1 VAD]`` for a practice, ``[call]`` for a call event."""
    return f"[{practice} {TAGS[practice]}]" if practice else "[call]"


@dataclass
class TimelineEvent:
    t: float  # seconds since the call started
    kind: str
    detail: str = ""
    practice: int | None = None  # the practice at work (1–7), None for call events
    # a VAD decision's event: where its audio sits on the line's own clock, in seconds since
    # the call started (the end of the window decided on); ``t`` is when it was decided, which
    # a loaded machine's backlog puts later
    audio_at: float | None = None

    def line(self) -> str:
        """One printed line: time, practice tag, kind, detail."""
        return f"{self.t:7.2f}s  {tag(self.practice):<14} {self.kind:<17} {self.detail}".rstrip()

    def as_dict(self) -> dict[str, Any]:
        return {
            "t": round(self.t, 3),
            "practice": self.practice,
            "kind": self.kind,
            "detail": self.detail,
            "audio_at": None if self.audio_at is None else round(self.audio_at, 3),
        }


EventListener = Callable[[TimelineEvent], Awaitable[None] | None]
"""Sync, or ``async def``: an async listener's coroutine is run as a task on the loop."""


@dataclass(eq=False)  # observers are hashed by identity
class CallTimeline(BaseObserver):
    """Collects the events a person wants to see of a call, in order.

    ``on_event`` listeners run on the event loop as each event is marked; an ``async def``
    one is started as a task (:meth:`drain` waits for them). One that raises is logged once
    (with its traceback) and removed: the call goes on, and every event, that one included,
    is still recorded in ``events``.
    """

    t0: float = field(default_factory=time.monotonic)
    events: list[TimelineEvent] = field(default_factory=list)
    # what the model keeps of each reply cut off: its transcript after an audio truncation,
    # or (text modality) the heard words its reply was replaced with ('' when deleted)
    model_memory: list[str] = field(default_factory=list)
    on_event: list[EventListener] = field(default_factory=list)
    state_tool: str = "set_conversation_state"
    who_is_talking: Callable[[float], str] | None = None  # a simulator knows; names a REJECT
    since_caller_stopped: Callable[[float], float | None] | None = None  # ditto, for a STOP
    # ditto: the call time of a point that many seconds into the line's audio (None: the line
    # has not started); with it a VAD decision is placed by its audio, not by when it came
    line_time: Callable[[float], float | None] | None = None
    _bot_text: list[str] = field(default_factory=list)  # transcript (audio) / TTS text
    _llm_text: list[str] = field(default_factory=list)  # the model's text (text modality)
    _bot_speaking: bool = False
    _vad_start: tuple[Any, float | None] | None = None  # the latest START, and its audio_at
    _vad_stop_at: float | None = None  # the latest STOP's audio_at
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _listener_tasks: set[asyncio.Task[None]] = field(default_factory=set)

    def __post_init__(self) -> None:
        super().__init__(observe_every_push=False)

    def now(self) -> float:
        """Seconds since the call started."""
        return time.monotonic() - self.t0

    def mark(
        self,
        kind: str,
        detail: str = "",
        practice: int | None = None,
        *,
        at: float | None = None,
        audio_at: float | None = None,
    ) -> TimelineEvent | None:
        """Record an event now (or at ``at``, seconds since the call started); ``audio_at``:
        a VAD decision's place on the line's clock (:attr:`TimelineEvent.audio_at`)."""
        t = self.now() if at is None else at
        last = self.events[-1] if self.events else None
        if last and last.kind == kind and last.detail == detail and abs(t - last.t) < 0.05:
            return None  # a broadcast frame seen in both directions
        event = TimelineEvent(t, kind, detail, practice, audio_at)
        self.events.append(event)
        for listener in tuple(self.on_event):
            try:
                result = listener(event)
                if inspect.isawaitable(result):  # an async def listener: dropped, it never ran
                    self._run_async_listener(listener, event, result)
            except Exception:
                # marks come from the call's own tasks (the line's feed, pipecat's observer,
                # the watchers): a listener's bug must not end one of them and stall the call
                self._drop_listener(listener, event)
        return event

    def _drop_listener(self, listener: EventListener, event: TimelineEvent) -> None:
        """Log the exception being handled, once, and remove the listener that raised it."""
        if listener not in self.on_event:
            return  # an async listener's earlier task already failed
        logger.exception(
            f"timeline: on_event listener {listener!r} raised on {event.kind!r}; it is "
            "removed, the call goes on and its events are still in the timeline"
        )
        with contextlib.suppress(ValueError):
            self.on_event.remove(listener)

    def _run_async_listener(
        self, listener: EventListener, event: TimelineEvent, awaitable: Awaitable[None]
    ) -> None:
        async def run() -> None:
            try:
                await awaitable
            except Exception:
                self._drop_listener(listener, event)

        try:
            loop = asyncio.get_running_loop()  # a call marks its events on its loop
        except RuntimeError:
            if inspect.iscoroutine(awaitable):
                awaitable.close()  # no "never awaited" warning on top of the error
            raise
        task = loop.create_task(run())
        self._listener_tasks.add(task)
        task.add_done_callback(self._listener_tasks.discard)

    async def drain(self) -> None:
        """Wait for the ``async def`` listeners still handling events (the call's end)."""
        while self._listener_tasks:
            await asyncio.gather(*self._listener_tasks, return_exceptions=True)

    def cancel_listeners(self) -> None:
        """Cancel the ``async def`` listeners still running (a call cut short)."""
        for task in self._listener_tasks:
            task.cancel()

    # -- the pack's VAD ------------------------------------------------------------------

    def watch_vad(self, analyzer: Any, loop: asyncio.AbstractEventLoop) -> Callable[[], None]:
        """Listen to a :class:`~pipecat_rt_best.noise_robust_vad.NoiseRobustVADAnalyzer`'s
        decisions: a REJECT (a candidate the gates discounted: background speech, noise)
        becomes an event; a START's level and gate go into the "caller starts" line.

        Returns the function that stops listening: call it when the call ends (an analyzer
        reused for another call would otherwise keep reporting to this timeline)."""

        def on_decision(decision: Any) -> None:  # the analyzer's worker thread
            t = self.now()
            audio_at = self._audio_at(analyzer)
            name = getattr(decision.event, "name", str(decision.event))
            if name == "START":
                with self._lock:
                    self._vad_start = (decision, audio_at)
            elif name == "STOP":
                with self._lock:
                    self._vad_stop_at = audio_at
            elif name == "REJECT":
                heard = t if audio_at is None else audio_at
                who = self.who_is_talking(heard) if self.who_is_talking else ""
                what = f"{who} ignored" if who else "speech candidate ignored"
                bot = " while the bot speaks: no barge-in" if self._bot_speaking else ""
                detail = (
                    f"{what}{bot} (level {decision.level_db:.1f} dBFS "
                    f"< gate {decision.gate_db:.1f} dBFS)"
                )
                loop.call_soon_threadsafe(
                    functools.partial(self.mark, "VAD reject", detail, 1, at=t, audio_at=audio_at)
                )

        analyzer.add_decision_listener(on_decision)
        return functools.partial(analyzer.remove_decision_listener, on_decision)

    def _audio_at(self, analyzer: Any) -> float | None:
        """Where the decision being made sits on the line's own clock, as call time (None: not
        known): read in the analyzer's decision listener, in stream order."""
        analyzed = getattr(analyzer, "audio_analyzed_s", None)
        if self.line_time is None or not isinstance(analyzed, float):
            return None
        return self.line_time(analyzed)

    def _start_audio_at(self) -> float | None:
        with self._lock:
            return None if self._vad_start is None else self._vad_start[1]

    def _start_detail(self) -> str:
        with self._lock:
            if self._vad_start is None:
                return "VAD start"
            d, _ = self._vad_start
        if d.level_db is None or d.gate_db is None:
            return "VAD start"
        return f"VAD start (level {d.level_db:.1f} dBFS ≥ gate {d.gate_db:.1f} dBFS)"

    # -- frames --------------------------------------------------------------------------

    def _flush_bot_text(self, cut: bool = False) -> None:
        if self._bot_text or self._llm_text:
            text = "".join(self._llm_text or self._bot_text).strip()
            self._bot_text.clear()
            self._llm_text.clear()
            if text:
                if cut:
                    self.mark("reply cut off", f"(the model's whole reply) {text}")
                else:
                    self.mark("bot said", text)

    async def on_push_frame(self, data: FramePushed) -> None:
        frame = data.frame
        if frame.broadcast_sibling_id is not None and data.direction is FrameDirection.UPSTREAM:
            return  # a broadcast frame: its downstream sibling is the one to show
        if isinstance(frame, UserStartedSpeakingFrame):
            self.mark("caller starts", self._start_detail(), 1, audio_at=self._start_audio_at())
        elif isinstance(frame, UserStoppedSpeakingFrame):
            t = self.now()
            with self._lock:
                stop_at = self._vad_stop_at
            # by the line's clock where the VAD's stop sits on it: the VAD's own wait, not a
            # loaded machine's backlog on top
            heard = t if stop_at is None else stop_at
            after = self.since_caller_stopped(heard) if self.since_caller_stopped else None
            late = f", {after:.2f} s after the caller's last word" if after is not None else ""
            detail = f"VAD stop{late} → commit + response.create"
            self.mark("caller stops", detail, 1, at=t, audio_at=stop_at)
        elif isinstance(frame, InterruptionFrame):
            if self._bot_speaking:
                self._flush_bot_text(cut=True)
                self.mark(
                    "barge-in",
                    "the caller's speech cleared the bot-aware gate",
                    1,
                    audio_at=self._start_audio_at(),
                )
        elif isinstance(frame, BotStartedSpeakingFrame):
            self._bot_speaking = True
            self.mark("bot starts")
        elif isinstance(frame, BotStoppedSpeakingFrame):
            self._bot_speaking = False
            self._flush_bot_text()
            self.mark("bot stops")
        elif isinstance(frame, TruncationFrame):
            for ev in frame.events:
                if ev.method == "text-replace":
                    if ev.heard_text is not None:  # None: a later item, never spoken
                        self.model_memory.append(ev.heard_text)
                    said = f"; the model keeps {ev.heard_text!r}" if ev.heard_text else ""
                    detail = (
                        f"heard {ev.heard_ms / 1000:.2f} s of the spoken reply → item "
                        f"{ev.action}d with the heard words{said}"
                    )
                else:
                    detail = (
                        f"heard {ev.heard_ms / 1000:.2f} s of {ev.received_ms / 1000:.2f} s "
                        f"received ({ev.method}) → audio_end_ms={ev.audio_end_ms}"
                    )
                self.mark(ev.action, detail, 2)
        elif isinstance(frame, ConversationStateFrame):
            target = frame.exit if frame.exit is not None else frame.current
            self.mark("state", f"{frame.previous} → {target} (accepted by the state graph)", 7)
        elif isinstance(frame, TTSTextFrame):
            self._bot_text.append(frame.text)
        elif type(frame) is LLMTextFrame and frame.append_to_context:  # text modality
            self._llm_text.append(frame.text)
        elif isinstance(frame, FunctionCallInProgressFrame):
            practice = 7 if frame.function_name == self.state_tool else None
            self.mark("tool call", f"{frame.function_name}({frame.arguments})", practice)
        elif isinstance(frame, ErrorFrame):
            self.mark("error", frame.error)

    def finish(self) -> None:
        self._flush_bot_text()

    def render(self) -> str:
        self.finish()
        lines = [f"{'time':>8}  {'practice':<14} {'event':<17} detail"]
        lines.append(f"{'-' * 8}  {'-' * 14} {'-' * 17} {'-' * 40}")
        for e in sorted(self.events, key=lambda e: e.t):
            lines.append(e.line())
        for text in self.model_memory:
            lines.append(f"\nafter the barge-in the model remembers saying only: {text!r}")
        return "\n".join(lines)
