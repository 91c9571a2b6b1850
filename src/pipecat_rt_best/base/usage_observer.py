"""pipecat's usage reports, read into a :class:`~.usage.CallUsage` (the pipecat adapter).

With ``PipelineParams(enable_usage_metrics=True)`` (the pack's ``call_worker`` sets it) the
realtime service pushes an ``LLMUsageMetricsData`` for each ``response.done`` that carries
a ``usage``, and a TTS service a ``TTSUsageMetricsData`` for each text it synthesises.
:class:`UsageObserver` adds each one, once, to a call's :class:`~.usage.CallUsage`;
:func:`token_counts` splits one report's tokens.
"""

from __future__ import annotations

from pipecat.frames.frames import MetricsFrame
from pipecat.metrics.metrics import LLMTokenUsage, LLMUsageMetricsData, TTSUsageMetricsData
from pipecat.observers.base_observer import BaseObserver, FramePushed

from pipecat_rt_best.base.usage import CallUsage, TokenCounts

__all__ = ["UsageObserver", "add_usage_report", "token_counts"]


def token_counts(usage: LLMTokenUsage) -> TokenCounts:
    """One report's tokens by kind (OpenAI's counts are gross: the audio and the cached
    tokens are inside ``prompt_tokens``, the audio inside ``completion_tokens``)."""
    return TokenCounts.from_usage(
        input_tokens=usage.prompt_tokens,
        output_tokens=usage.completion_tokens,
        input_audio=usage.input_audio_tokens,
        output_audio=usage.output_audio_tokens,
        cached=usage.cache_read_input_tokens,
    )


def add_usage_report(usage: CallUsage, frame: MetricsFrame) -> None:
    """Add the usage reports in ``frame`` (tokens, TTS characters) to ``usage``; its other
    metrics (TTFB, processing time) are not usage."""
    for data in frame.data:
        if isinstance(data, LLMUsageMetricsData):
            usage.add_tokens(token_counts(data.value))
        elif isinstance(data, TTSUsageMetricsData):
            usage.add_tts_characters(data.value)


class UsageObserver(BaseObserver):
    """Adds every usage report a worker's processors push to ``usage`` (each frame once,
    however many processors pass it on: at its first push, which pipecat marks — no set of
    the ids seen, which grew with every report of a long call)."""

    def __init__(self, usage: CallUsage) -> None:
        super().__init__(observe_every_push=False)
        self.usage = usage

    async def on_push_frame(self, data: FramePushed) -> None:
        frame = data.frame
        if not isinstance(frame, MetricsFrame) or not data.first_push:
            return
        add_usage_report(self.usage, frame)
