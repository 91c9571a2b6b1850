"""Bot-aware barge-in for pipecat: tell the VAD when the bot speaks.

:class:`BargeInGuard` is a pass-through ``FrameProcessor``. The output transport sends
``BotStartedSpeakingFrame`` / ``BotStoppedSpeakingFrame`` both upstream and downstream, so the
guard sees them wherever it sits; it switches the analyzer's barge-in rules on and off.
Confirmed barge-ins need nothing extra: the analyzer reports SPEAKING, pipecat's VAD turn
start strategy broadcasts the ``InterruptionFrame`` and the realtime service clears, cancels
and truncates. Its :attr:`~BargeInGuard.mixer` (:mod:`.mixer`) ducks the bot meanwhile.
"""

from __future__ import annotations

from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    BotStoppedSpeakingFrame,
    CancelFrame,
    EndFrame,
    Frame,
)
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

from pipecat_rt_best.noise_robust_vad.analyzer import NoiseRobustVADAnalyzer
from pipecat_rt_best.noise_robust_vad.mixer import (
    BargeInDuckingMixer,
    require_noise_robust_analyzer,
)

__all__ = ["BargeInGuard"]


class BargeInGuard(FrameProcessor):
    """Feeds the bot's speaking state to a :class:`NoiseRobustVADAnalyzer`.

    Place it anywhere in the pipeline (conventionally right after the realtime LLM service,
    before ``transport.output()``); it passes every frame through unchanged. Use
    :attr:`mixer` as the output transport's ``audio_out_mixer`` to duck rather than cut the bot
    during barge-in confirmation. The analyzer must be the pack's
    :class:`NoiseRobustVADAnalyzer` (the one the user aggregator uses); anything else is
    refused here. Every frame goes on even if telling the analyzer fails, so an ``EndFrame``
    always reaches the end of the pipeline.
    """

    def __init__(
        self,
        analyzer: NoiseRobustVADAnalyzer,
        *,
        duck_gain: float = 0.3,
        **kwargs: object,
    ) -> None:
        require_noise_robust_analyzer("BargeInGuard", analyzer)
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._analyzer = analyzer
        self._mixer = BargeInDuckingMixer(analyzer, duck_gain=duck_gain)

    @property
    def analyzer(self) -> NoiseRobustVADAnalyzer:
        return self._analyzer

    @property
    def mixer(self) -> BargeInDuckingMixer:
        """The ducking mixer bound to the same analyzer (for ``TransportParams``)."""
        return self._mixer

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        try:
            if isinstance(frame, BotStartedSpeakingFrame):
                self._analyzer.set_bot_speaking(True)
            elif isinstance(frame, BotStoppedSpeakingFrame | EndFrame | CancelFrame):
                self._analyzer.set_bot_speaking(False)
        finally:  # a failure is pipecat's to report; the frame (an EndFrame too) goes on
            await self.push_frame(frame, direction)
