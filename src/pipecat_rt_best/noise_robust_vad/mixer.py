"""The barge-in ducking mixer: the bot is ducked, not cut, while a barge-in is being confirmed.

:class:`BargeInDuckingMixer` is a pipecat ``BaseAudioMixer`` for the output transport
(``TransportParams(audio_out_mixer=guard.mixer)``). Mixers run on each chunk as it is
written, i.e. at playout time, so the duck lands on what the caller hears *now* (a processor
before the transport would scale audio that plays seconds later: realtime models stream
faster than real time into the transport's queue). While the analyzer is confirming a
barge-in the bot is ducked; if the evidence fades the gain ramps back (the bot "resumes",
it was never stopped); if the barge-in is confirmed the interruption clears the audio.
"""

from __future__ import annotations

import math

import numpy as np
from loguru import logger
from pipecat.audio.mixers.base_audio_mixer import BaseAudioMixer
from pipecat.frames.frames import (
    MixerControlFrame,
    MixerEnableFrame,
    MixerUpdateSettingsFrame,
)

from pipecat_rt_best.noise_robust_vad.analyzer import NoiseRobustVADAnalyzer

__all__ = ["BargeInDuckingMixer", "apply_gain_ramp"]


def apply_gain_ramp(audio: bytes, start_gain: float, end_gain: float) -> bytes:
    """Scale PCM16 mono audio by a gain ramping linearly from ``start_gain`` to ``end_gain``."""
    if not audio or (start_gain == 1.0 and end_gain == 1.0):
        return audio
    usable = len(audio) - (len(audio) % 2)
    x = np.frombuffer(audio[:usable], dtype="<i2").astype(np.float32)
    gains = np.linspace(start_gain, end_gain, num=x.size, endpoint=True, dtype=np.float32)
    y = np.clip(np.rint(x * gains), -32768, 32767).astype("<i2").tobytes()
    return y + audio[usable:]


def require_noise_robust_analyzer(owner: str, analyzer: object) -> None:
    """Refuse anything but the pack's analyzer: the guard and the mixer drive its bot-aware
    barge-in rules, which pipecat's analyzers (``SileroVADAnalyzer``) do not have."""
    if not isinstance(analyzer, NoiseRobustVADAnalyzer):
        given = "None" if analyzer is None else f"a {type(analyzer).__name__}"
        raise TypeError(
            f"{owner}(analyzer) takes the pack's NoiseRobustVADAnalyzer, not {given}: give it "
            "the NoiseRobustVADAnalyzer() the user aggregator uses "
            "(manual_turn_user_params(vad) or LLMUserAggregatorParams(vad_analyzer=vad))"
        )


def _check_settings(duck_gain: float, attack_ms: float, release_ms: float) -> None:
    for name, value in (
        ("duck_gain", duck_gain),
        ("attack_ms", attack_ms),
        ("release_ms", release_ms),
    ):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"{name} must be a number, not {value!r}")
    if not 0.0 <= duck_gain <= 1.0:
        raise ValueError(f"duck_gain must be in [0, 1], not {duck_gain}")
    if not (attack_ms > 0 and release_ms > 0 and math.isfinite(attack_ms + release_ms)):
        raise ValueError("attack_ms and release_ms must be > 0 (and finite)")


class BargeInDuckingMixer(BaseAudioMixer):
    """Ducks the bot's outgoing audio while the analyzer confirms a barge-in.

    Args:
        analyzer: The VAD analyzer whose :attr:`~NoiseRobustVADAnalyzer.duck` drives the gain.
        duck_gain: Gain while ducked (0.3 ≈ −10 dB: the caller still hears the bot, but can
            talk over it; 0 would be a cut).
        attack_ms: Time to reach the ducked gain.
        release_ms: Time to return to full gain when the candidate fades.
    """

    def __init__(
        self,
        analyzer: NoiseRobustVADAnalyzer,
        *,
        duck_gain: float = 0.3,
        attack_ms: float = 20.0,
        release_ms: float = 200.0,
    ) -> None:
        require_noise_robust_analyzer("BargeInDuckingMixer", analyzer)
        _check_settings(duck_gain, attack_ms, release_ms)
        self._analyzer = analyzer
        self.duck_gain = duck_gain
        self.attack_ms = attack_ms
        self.release_ms = release_ms
        self._sample_rate = 0
        self._gain = 1.0
        self._enabled = True
        self._ramp_target = 1.0  # the gain the current ramp goes to, and where it started
        self._ramp_from = 1.0

    @property
    def gain(self) -> float:
        return self._gain

    async def start(self, sample_rate: int) -> None:
        self._sample_rate = sample_rate
        self._gain = 1.0

    async def stop(self) -> None:
        self._gain = 1.0

    async def process_frame(self, frame: MixerControlFrame) -> None:
        if isinstance(frame, MixerEnableFrame):
            self._enabled = frame.enable
        elif isinstance(frame, MixerUpdateSettingsFrame):
            new = {k: getattr(self, k) for k in ("duck_gain", "attack_ms", "release_ms")}
            try:
                new.update({k: float(frame.settings[k]) for k in new if k in frame.settings})
                _check_settings(**new)
            except (TypeError, ValueError) as exc:
                logger.warning(f"{self}: mixer settings {frame.settings!r} skipped: {exc}")
                return
            for key, value in new.items():
                setattr(self, key, value)

    async def mix(self, audio: bytes) -> bytes:
        return self.mix_sync(audio)

    def mix_sync(self, audio: bytes) -> bytes:
        """Apply the current duck to one outgoing chunk (PCM16 mono)."""
        target = self.duck_gain if (self._enabled and self._analyzer.duck) else 1.0
        if not audio or self._sample_rate <= 0:
            self._gain = target
            return apply_gain_ramp(audio, target, target)
        chunk_ms = 1000.0 * (len(audio) // 2) / self._sample_rate
        if target != self._ramp_target:  # a new ramp: from here to the target, in one span
            self._ramp_target, self._ramp_from = target, self._gain
        span = self.attack_ms if target < self._gain else self.release_ms
        # at least the duck-to-full swing per span; with duck_gain changed to 1 while ducked
        # that alone was 0, and the bot stayed ducked for the rest of the call
        swing = max(1.0 - self.duck_gain, abs(target - self._ramp_from))
        step = swing * min(1.0, chunk_ms / span)
        start = self._gain
        end = max(target, start - step) if target < start else min(target, start + step)
        self._gain = end
        return apply_gain_ramp(audio, start, end)
