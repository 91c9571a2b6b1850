"""A readable turn timeline of a call, collected by a pipecat observer."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    BotStoppedSpeakingFrame,
    ErrorFrame,
    FunctionCallInProgressFrame,
    InterruptionFrame,
    LLMTextFrame,
    MetricsFrame,
    TTSTextFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.metrics.metrics import TTFBMetricsData
from pipecat.observers.base_observer import BaseObserver, FramePushed

from pipecat_rt_best.interruption_truncation.frames import TruncationFrame


@dataclass
class TimelineEvent:
    t: float  # seconds since the call started
    kind: str
    detail: str = ""


@dataclass(eq=False)  # observers are hashed by identity
class CallTimeline(BaseObserver):
    """Collects the events a person wants to see of a call, in order."""

    t0: float = field(default_factory=time.monotonic)
    events: list[TimelineEvent] = field(default_factory=list)
    model_memory: list[str] = field(default_factory=list)  # transcripts after truncation
    _bot_text: list[str] = field(default_factory=list)
    _bot_speaking: bool = False

    def __post_init__(self) -> None:
        super().__init__(observe_every_push=False)

    def mark(self, kind: str, detail: str = "") -> None:
        t = time.monotonic() - self.t0
        last = self.events[-1] if self.events else None
        if last and last.kind == kind and last.detail == detail and t - last.t < 0.05:
            return  # a broadcast frame seen in both directions
        self.events.append(TimelineEvent(t, kind, detail))

    def _flush_bot_text(self, cut: bool = False) -> None:
        if self._bot_text:
            text = "".join(self._bot_text).strip()
            self.mark(
                "reply cut off" if cut else "bot said", f"(model's text) {text}" if cut else text
            )
            self._bot_text.clear()

    async def on_push_frame(self, data: FramePushed) -> None:
        frame = data.frame
        if isinstance(frame, UserStartedSpeakingFrame):
            self.mark("caller starts")
        elif isinstance(frame, UserStoppedSpeakingFrame):
            self.mark("caller stops", "commit + response.create")
        elif isinstance(frame, InterruptionFrame):
            if self._bot_speaking:
                self._flush_bot_text(cut=True)
                self.mark("barge-in", "bot interrupted")
        elif isinstance(frame, BotStartedSpeakingFrame):
            self._bot_speaking = True
            self.mark("bot starts")
        elif isinstance(frame, BotStoppedSpeakingFrame):
            self._bot_speaking = False
            self._flush_bot_text()
            self.mark("bot stops")
        elif isinstance(frame, TruncationFrame):
            for ev in frame.events:
                self.mark(
                    f"{ev.action}",
                    f"heard {ev.heard_ms / 1000:.2f} s of {ev.received_ms / 1000:.2f} s received "
                    f"({ev.method}) → audio_end_ms={ev.audio_end_ms}",
                )
        elif isinstance(frame, TTSTextFrame) or (
            type(frame) is LLMTextFrame and frame.append_to_context  # text modality
        ):
            self._bot_text.append(frame.text)
        elif isinstance(frame, FunctionCallInProgressFrame):
            self.mark("tool call", f"{frame.function_name}({frame.arguments})")
        elif isinstance(frame, ErrorFrame):
            self.mark("error", frame.error)
        elif isinstance(frame, MetricsFrame):
            for item in frame.data:
                if isinstance(item, TTFBMetricsData) and item.value > 0:
                    self.mark("ttfb", f"{item.value * 1000:.0f} ms ({item.processor})")

    def finish(self) -> None:
        self._flush_bot_text()

    def render(self) -> str:
        self.finish()
        lines = [f"{'time':>8}  {'event':<15} detail", f"{'-' * 8}  {'-' * 15} {'-' * 40}"]
        for e in sorted(self.events, key=lambda e: e.t):
            lines.append(f"{e.t:7.2f}s  {e.kind:<15} {e.detail}")
        for text in self.model_memory:
            lines.append(f"\nafter the barge-in the model remembers saying only: {text!r}")
        return "\n".join(lines)
