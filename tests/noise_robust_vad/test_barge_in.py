"""Bot-aware barge-in: the guard feeds bot state to the analyzer; the mixer ducks at playout."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    BotStoppedSpeakingFrame,
    MixerEnableFrame,
    MixerUpdateSettingsFrame,
    TTSAudioRawFrame,
)
from pipecat.processors.frame_processor import FrameDirection
from pipecat.tests.utils import SleepFrame

import pipecat_rt_best
from pipecat_rt_best.noise_robust_vad import (
    BargeInDuckingMixer,
    BargeInGuard,
    NoiseRobustVADAnalyzer,
    apply_gain_ramp,
)
from pipecat_rt_best.noise_robust_vad.state_machine import Decision, Event
from pipecat_rt_best.testing.simulated_call.caller_audio import (
    at_level,
    synth_tv_bed,
    synth_tv_talk,
    synth_utterance,
)
from tests.pipecat_run import run_test


class FakeAnalyzer(NoiseRobustVADAnalyzer):
    """Real analyzer with a settable duck flag and a log of bot-state calls."""

    def __init__(self) -> None:
        super().__init__()
        self.forced_duck = False
        self.bot_calls: list[bool] = []

    @property
    def duck(self) -> bool:
        return self.forced_duck

    def set_bot_speaking(self, speaking: bool) -> None:
        self.bot_calls.append(speaking)
        super().set_bot_speaking(speaking)


def pcm(value: int, n: int = 160) -> bytes:
    return np.full(n, value, dtype="<i2").tobytes()


def samples(b: bytes) -> np.ndarray:
    return np.frombuffer(b, dtype="<i2")


def test_apply_gain_ramp() -> None:
    assert apply_gain_ramp(pcm(1000), 1.0, 1.0) == pcm(1000)
    assert (samples(apply_gain_ramp(pcm(1000), 0.5, 0.5)) == 500).all()
    ramp = samples(apply_gain_ramp(pcm(1000, 11), 1.0, 0.0))
    assert ramp[0] == 1000 and ramp[-1] == 0 and (np.diff(ramp) < 0).all()
    assert samples(apply_gain_ramp(pcm(-32768, 4), 2.0, 2.0)).min() == -32768  # clipped
    assert apply_gain_ramp(pcm(1000, 2) + b"\x07", 0.5, 0.5)[-1:] == b"\x07"  # odd byte kept
    assert apply_gain_ramp(b"", 0.1, 0.1) == b""


async def test_mixer_ducks_while_confirming_and_restores_when_evidence_fades() -> None:
    vad = FakeAnalyzer()
    mixer = BargeInDuckingMixer(vad, duck_gain=0.25, attack_ms=20, release_ms=100)
    await mixer.start(8000)
    chunk = pcm(8000)  # 20 ms at 8 kHz
    assert await mixer.mix(chunk) == chunk
    vad.forced_duck = True
    first = samples(await mixer.mix(chunk))
    assert first[0] == 8000 and first[-1] == 2000  # reaches the duck within attack_ms
    assert (samples(await mixer.mix(chunk)) == 2000).all()
    vad.forced_duck = False  # candidate faded: the bot comes back (it was never cut)
    gains = []
    for _ in range(6):
        gains.append(mixer.gain)
        await mixer.mix(chunk)
    assert gains[0] == pytest.approx(0.25) and mixer.gain == pytest.approx(1.0)
    assert all(b >= a for a, b in itertools.pairwise(gains))
    assert await mixer.mix(chunk) == chunk


async def test_mixer_control_frames() -> None:
    vad = FakeAnalyzer()
    vad.forced_duck = True
    mixer = BargeInDuckingMixer(vad)
    await mixer.start(8000)
    await mixer.process_frame(MixerEnableFrame(enable=False))
    assert await mixer.mix(pcm(1000)) == pcm(1000)
    await mixer.process_frame(MixerEnableFrame(enable=True))
    await mixer.process_frame(MixerUpdateSettingsFrame(settings={"duck_gain": 0.5, "attack_ms": 1}))
    assert samples(await mixer.mix(pcm(1000)))[-1] == 500
    assert (samples(await mixer.mix(pcm(1000))) == 500).all()
    await mixer.stop()
    assert mixer.gain == 1.0
    with pytest.raises(ValueError):
        BargeInDuckingMixer(vad, duck_gain=1.5)


async def test_ducking_turned_off_while_ducked_releases_and_bad_settings_are_skipped() -> None:
    vad = FakeAnalyzer()
    mixer = BargeInDuckingMixer(vad, duck_gain=0.3, attack_ms=20, release_ms=100)
    await mixer.start(8000)
    vad.forced_duck = True
    await mixer.mix(pcm(8000))
    assert mixer.gain == pytest.approx(0.3)
    # the natural way to turn ducking off: the release step was (1 - duck_gain) = 0, and the
    # bot stayed at -10 dB for the rest of the call
    await mixer.process_frame(MixerUpdateSettingsFrame(settings={"duck_gain": 1.0}))
    vad.forced_duck = False
    for _ in range(10):
        await mixer.mix(pcm(8000))
    assert mixer.gain == pytest.approx(1.0)
    await mixer.process_frame(
        MixerUpdateSettingsFrame(settings={"duck_gain": 5.0, "attack_ms": -1})
    )
    assert (mixer.duck_gain, mixer.attack_ms) == (1.0, 20.0)  # skipped whole, logged


async def test_guard_feeds_bot_state_and_passes_frames_through() -> None:
    vad = FakeAnalyzer()
    guard = BargeInGuard(vad)
    assert guard.mixer.duck_gain == 0.3 and guard.analyzer is vad
    assert pipecat_rt_best.BargeInGuard is BargeInGuard
    _down, _up = await run_test(
        guard,
        frames_to_send=[BotStartedSpeakingFrame(), SleepFrame(0.05), BotStoppedSpeakingFrame()],
        frames_to_send_direction=FrameDirection.UPSTREAM,
        expected_up_frames=[BotStartedSpeakingFrame, BotStoppedSpeakingFrame],
    )
    assert vad.bot_calls[:2] == [True, False]
    assert not vad.bot_speaking


async def test_guard_leaves_audio_untouched() -> None:
    vad = FakeAnalyzer()
    vad.forced_duck = True
    frame = TTSAudioRawFrame(audio=pcm(1000), sample_rate=8000, num_channels=1)
    down, _ = await run_test(
        BargeInGuard(vad), frames_to_send=[frame], expected_down_frames=[TTSAudioRawFrame]
    )
    assert down[0].audio == pcm(1000)  # ducking happens at playout, in the mixer


@pytest.mark.parametrize("bot_speaking", [True, False])
def test_a_lone_tv_burst_does_not_interrupt_the_bot(bot_speaking: bool) -> None:
    # the simulate scenario's TV (speech at -33 dBFS over a -40 dBFS music bed, 15 dB under a
    # caller at -18) through the analyzer and Silero: three caller turns, then one burst of
    # TV talk on an otherwise quiet line. While the bot speaks it must not barge in; with the
    # bot silent it passes as the dominant talker (the relief for a caller's quiet answer)
    rate = 8000
    bed = synth_tv_bed(30.0, rate, dbfs=-40.0, seed=5)
    talk, spans = synth_tv_talk(10.0, rate, dbfs=-33.0, seed=7)
    a, b = spans[0]
    assert b - a > 2.0  # a burst long enough for any barge-in path
    caller = [at_level(synth_utterance(1.6, rate, seed=s), -18.0) for s in (1, 2, 3)]
    gap = np.zeros(int(1.5 * rate))
    before = np.concatenate([np.zeros(8 * rate), *(np.concatenate([u, gap]) for u in caller)])
    burst = np.concatenate([gap, talk[int(a * rate) : int(b * rate)], gap])
    line = np.concatenate([before, burst]) + bed[: len(before) + len(burst)]
    pcm = np.clip(np.rint(line), -32768, 32767).astype(np.int16).tobytes()
    split = 2 * len(before)

    vad = NoiseRobustVADAnalyzer(sample_rate=rate)
    seen: list[Decision] = []
    vad.add_decision_listener(seen.append)
    for i in range(0, split, 320):
        vad.process(pcm[i : min(i + 320, split)])
    assert vad.starts == 3 and vad.machine.caller_level_db is not None
    vad.set_bot_speaking(bot_speaking)
    heard = len(seen)
    for i in range(split, len(pcm), 320):
        vad.process(pcm[i : i + 320])
    burst_events = [d.event for d in seen[heard:]]
    if bot_speaking:
        assert Event.START not in burst_events and Event.REJECT in burst_events
    else:
        assert Event.START in burst_events


@pytest.mark.parametrize("analyzer", ["silero", None])
def test_the_guard_and_the_mixer_refuse_an_analyzer_without_barge_in_rules(
    analyzer: str | None,
) -> None:
    # pipecat's SileroVADAnalyzer used to be accepted, then every bot turn failed and the
    # EndFrame was swallowed (the call never ended)
    from pipecat.audio.vad.silero import SileroVADAnalyzer

    given = SileroVADAnalyzer() if analyzer == "silero" else None
    name = "SileroVADAnalyzer" if analyzer == "silero" else "None"
    for cls in (BargeInGuard, BargeInDuckingMixer):
        with pytest.raises(
            TypeError, match=rf"takes the pack's NoiseRobustVADAnalyzer, not .*{name}"
        ):
            cls(given)  # type: ignore[arg-type]


class _BrokenAnalyzer(NoiseRobustVADAnalyzer):
    def set_bot_speaking(self, speaking: bool) -> None:
        raise RuntimeError("broken")


async def test_the_guard_passes_every_frame_on_even_if_the_analyzer_fails() -> None:
    # it used to push a frame only after the analyzer took it: an EndFrame was swallowed and
    # the call never ended. pipecat reports the exception (its frame-processing wrapper);
    # the frame goes on first.
    from pipecat.frames.frames import CancelFrame, EndFrame, Frame

    guard = BargeInGuard(_BrokenAnalyzer())
    pushed: list[Frame] = []

    async def record(frame: Frame, direction: FrameDirection = FrameDirection.DOWNSTREAM) -> None:
        pushed.append(frame)

    guard.push_frame = record  # type: ignore[method-assign]
    frames = [BotStartedSpeakingFrame(), BotStoppedSpeakingFrame(), EndFrame(), CancelFrame()]
    for frame in frames:
        with pytest.raises(RuntimeError, match="broken"):
            await guard.process_frame(frame, FrameDirection.DOWNSTREAM)
    assert pushed == frames
