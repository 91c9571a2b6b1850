"""The speaker cue: a voice embedding of a short stretch of audio (``speaker_embedding``), and
how the state machine compares a candidate's voice with the caller's and the background's."""

from __future__ import annotations

import numpy as np
import pytest

from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
from pipecat_rt_best.noise_robust_vad.speaker_embedding import (
    EMBEDDING_SIZE,
    WindowEmbedder,
    embed,
    embed_many,
)
from pipecat_rt_best.noise_robust_vad.state_machine import Event, VADStateMachine
from pipecat_rt_best.testing.simulated_call.caller_audio import synth_utterance
from tests.noise_robust_vad.helpers import FULL_MARGIN, events, n


def _speech(seconds: float, f0: float, seed: int, rate: int = 8000) -> np.ndarray:
    return synth_utterance(seconds, rate, seed=seed, f0=f0).astype(np.float32) / 32768.0


def test_an_embedding_is_a_unit_vector_and_depends_only_on_the_audio() -> None:
    x = _speech(0.5, 120.0, seed=1)
    e = embed(x)
    assert e.shape == (EMBEDDING_SIZE,) and np.all(e >= 0)
    assert float(np.linalg.norm(e)) == pytest.approx(1.0, abs=1e-5)
    assert np.array_equal(e, embed(x.copy()))
    # input under the encoder's level (-30 dBFS) is raised to it: quiet or quieter, one vector
    assert float(embed(0.02 * x) @ embed(0.005 * x)) == pytest.approx(1.0, abs=1e-4)
    with pytest.raises(ValueError, match="8 or 16 kHz"):
        embed(x, 11025)


def test_8khz_audio_gives_the_16khz_models_embedding_of_the_same_sound() -> None:
    wide = _speech(0.6, 150.0, seed=2, rate=16000).astype(np.float64)
    spec = np.fft.rfft(wide)
    spec[len(spec) // 2 :] = 0.0  # keep 0-4 kHz: what a phone line carries
    band = np.fft.irfft(spec, wide.size)
    narrow = band[::2]  # exact for a signal with nothing above 4 kHz
    assert float(embed(band, 16000) @ embed(narrow, 8000)) > 0.995


def test_the_same_voice_is_closer_than_another_voice() -> None:
    low_a, low_b = embed(_speech(0.5, 110.0, seed=3)), embed(_speech(0.5, 110.0, seed=4))
    high = embed(_speech(0.5, 230.0, seed=5))
    assert float(low_a @ low_b) > float(low_a @ high) + 0.02
    assert float(low_a @ low_b) > float(low_b @ high) + 0.02


def test_a_streaming_embedder_matches_the_recording_while_it_holds_the_audio() -> None:
    x = _speech(2.0, 120.0, seed=6)
    whole = WindowEmbedder.over(x, 256)
    live = WindowEmbedder(256, keep=20)
    for k in range(len(x) // 256):
        live.push(x[k * 256 : (k + 1) * 256])
    last = len(x) // 256 - 1
    got = live(last - 9, last)
    assert got is not None and np.allclose(got, whole(last - 9, last))
    assert live(0, 9) is None  # dropped long ago
    assert whole(last - 3, last + 1) is None  # not heard yet
    cache: dict[tuple[int, int], np.ndarray] = {}
    memo = WindowEmbedder.over(x, 256, cache=cache)
    memo(3, 12)
    assert set(cache) == {(3, 12)} and memo(3, 12) is cache[(3, 12)]
    with pytest.raises(ValueError, match="whole recording"):
        whole.push(x[:256])


def test_embeddings_in_a_batch_are_the_ones_made_alone() -> None:
    stretches = [_speech(0.32, f0, seed=s) for s, f0 in enumerate((100.0, 140.0, 180.0), 10)]
    stretches.append(_speech(0.5, 120.0, seed=20))  # another length: its own batch
    alone = [embed(x) for x in stretches]
    for got, want in zip(embed_many(stretches), alone, strict=True):
        assert np.array_equal(got, want)
    x = np.concatenate(stretches[:3])
    live = WindowEmbedder(256, keep=20)
    for k in range(len(x) // 256):
        live.push(x[k * 256 : (k + 1) * 256])
    held = [live.hold(a, a + 9) for a in (0, 10, 20)]
    assert all(h is not None for h in held) and live.hold(-1, 8) is None
    for _ in range(40):  # the stream moves on: the held audio stays
        live.push(x[:256])
    assert live(0, 9) is None
    got = live.embed_held([h for h in held if h is not None])
    for e, a in zip(got, (0, 10, 20), strict=True):
        assert np.array_equal(e, embed(x[a * 256 : (a + 10) * 256]))


# -- the state machine with a stand-in embedder ------------------------------------------------

CALLER, TV = np.eye(2)[0], np.eye(2)[1]  # two voices the embedder tells apart (cosine 0)
TALK_DB = -35.0  # the TV's talk


class _Voices:
    """The voice of each window stepped so far; embeds a span as its majority voice."""

    def __init__(self) -> None:
        self.voice: list[np.ndarray] = []
        self.asked = 0

    def __call__(self, first: int, last: int) -> np.ndarray | None:
        self.asked += 1
        span = self.voice[first : last + 1]
        if not span:
            return None
        mean = np.mean(span, axis=0)
        return CALLER if mean[0] >= mean[1] else TV


def _step(sm: VADStateMachine, voices: _Voices, ms: float, level: float, voice: np.ndarray):
    out = []
    for _ in range(n(ms)):
        voices.voice.append(voice)
        out.append(sm.step(0.9, level))
    return out


def _line(params: NoiseRobustVADParams) -> tuple[VADStateMachine, _Voices]:
    """8 s of TV talk: the machine learns its level and its voice."""
    voices = _Voices()
    sm = VADStateMachine(params, voices)
    _step(sm, voices, 8000, TALK_DB, TV)
    return sm, voices


CUE = NoiseRobustVADParams(**FULL_MARGIN)  # the cue at its default: on, 3 dB
OFF = CUE.with_changes(speaker_penalty_db=0.0)


def test_a_candidate_that_sounds_like_the_tv_needs_more_margin() -> None:
    assert CUE.uses_speaker and CUE.speaker_penalty_db == 3.0
    # 4 dB over the talk: enough without the cue, not with its 3 dB penalty
    assert not events(_step(*_line(CUE), 1500, -31.0, TV), Event.START)
    assert events(_step(*_line(CUE), 1500, -31.0, CALLER), Event.START)
    assert events(_step(*_line(OFF), 1500, -31.0, TV), Event.START)


def test_a_loud_voice_is_not_embedded_and_starts_whoever_it_is() -> None:
    sm, voices = _line(CUE)
    for _ in range(n(400)):  # a pause in the talk: the TV's candidate ends
        voices.voice.append(TV)
        sm.step(0.02, -50.0)
    sm.last_speaker_score = None
    assert events(_step(sm, voices, 1500, -20.0, TV), Event.START)
    assert sm.last_speaker_score is None  # over the gate even with the penalty: not scored


def test_a_voice_under_the_gate_it_faces_is_embedded_only_for_the_profile() -> None:
    # TV talk 5 dB over its level for 544 ms (too short for the slow path): inside the band
    # where the cue records the candidate's span (a barge-in's full voice bonus would reach
    # it), but under the gate an answer faces even without the penalty. The cue records two
    # spans and embeds neither to decide; the first rejection reads one, for the profile.
    sm, voices = _line(CUE)
    for _ in range(n(200)):  # a pause in the talk: the TV's own candidate ends
        voices.voice.append(TV)
        sm.step(0.02, -50.0)
    sm.last_speaker_score = None
    before, profile = voices.asked, sm._background_voice.samples
    out = _step(sm, voices, 544, TALK_DB + 5.0, TV)
    assert events(out, Event.REJECT) and not events(out, Event.START)
    assert voices.asked - before == 1
    assert sm._background_voice.samples == profile + 1  # the rejected voice joined the profile
    assert sm.last_speaker_score is None  # never scored: it could change nothing


def test_the_background_voice_is_learned_before_the_cue_speaks() -> None:
    voices = _Voices()
    sm = VADStateMachine(CUE, voices)
    _step(sm, voices, 1000, TALK_DB, TV)  # a second of talk: too few samples yet
    assert sm.params.uses_speaker and sm.last_speaker_score is None
    sm, voices = _line(CUE)
    _step(sm, voices, 1500, -31.0, TV)
    assert sm.last_speaker_score is not None and sm.last_speaker_score < 0


class _BatchingVoices(_Voices):
    """:class:`_Voices` that can hold spans and embed them later, together."""

    def __init__(self) -> None:
        super().__init__()
        self.batches: list[int] = []

    def hold(self, first: int, last: int) -> tuple[int, int] | None:
        return (first, last) if self.voice[first : last + 1] else None

    def embed_held(self, held: list[tuple[int, int]]) -> list[np.ndarray]:
        self.batches.append(len(held))
        return [e for e in (self(*span) for span in held) if e is not None]


def test_the_backgrounds_samples_are_embedded_together_when_the_cue_reads_them() -> None:
    plain, batching = _Voices(), _BatchingVoices()
    one, other = VADStateMachine(CUE, plain), VADStateMachine(CUE, batching)
    quiet = [_step(sm, v, 8000, TALK_DB, TV) for sm, v in ((one, plain), (other, batching))]
    assert quiet[0] == quiet[1]
    assert plain.asked > 4 and batching.asked == 0  # taken, not yet read: nothing embedded
    louder = [_step(sm, v, 1500, -31.0, TV) for sm, v in ((one, plain), (other, batching))]
    assert louder[0] == louder[1] and not events(louder[1], Event.START)
    assert one.last_speaker_score == other.last_speaker_score is not None
    assert batching.batches and max(batching.batches) > 1  # the samples, in one batch
    assert np.array_equal(
        one._background_voice.settled().unit, other._background_voice.settled().unit
    )


def test_without_an_embedder_the_cue_is_off() -> None:
    sm = VADStateMachine(CUE)
    for _ in range(n(8000)):
        sm.step(0.9, TALK_DB)
    assert events([sm.step(0.9, -31.0) for _ in range(n(1500))], Event.START)


@pytest.mark.parametrize("rate", [8000, 16000])
def test_the_analyzer_hands_its_machine_the_windows_it_stepped(rate: int) -> None:
    from pipecat_rt_best.noise_robust_vad import NoiseRobustVADAnalyzer

    pcm = synth_utterance(3.0, rate, seed=7, f0=140.0)
    vad = NoiseRobustVADAnalyzer(params=CUE)
    vad.set_sample_rate(rate)
    step = rate // 50  # 20 ms chunks, as pipecat sends them
    for i in range(0, len(pcm), step):
        vad.process(pcm[i : i + step].tobytes())
    embedder = vad.machine.embedder
    assert embedder is not None
    win = 256 * rate // 8000
    last = len(pcm) // win - 1  # the machine's index of the last full window
    got = embedder(last - 9, last)
    want = embed(pcm[(last - 9) * win : (last + 1) * win].astype(np.float32) / 32768.0, rate)
    assert got is not None and np.allclose(got, want, atol=1e-6)
    vad.reset()
    assert vad.machine.embedder is None  # a new call: the old call's audio is gone
    off = NoiseRobustVADAnalyzer(params=OFF)
    off.set_sample_rate(rate)
    off.process(pcm[:step].tobytes())
    assert off.machine.embedder is None  # the cue turned off: nothing kept, nothing run
