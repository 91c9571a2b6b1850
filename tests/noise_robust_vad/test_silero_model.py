"""Torch-free streaming Silero: parity with pipecat's analyzer, framing, state, batching."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from pipecat.audio.vad.silero import SileroVADAnalyzer

from pipecat_rt_best.noise_robust_vad.silero_model import (
    SileroModel,
    pipecat_model_path,
    resolve_model_path,
    score_streams,
    silero_package_model_path,
    single_rate_model_path,
    window_samples,
)
from tests.noise_robust_vad.conftest import speechlike


@pytest.mark.parametrize("rate", [8000, 16000])
def test_parity_with_pipecats_silero_analyzer(rate: int) -> None:
    """Same audio, same windows: our probabilities equal pipecat's SileroVADAnalyzer's.

    60 windows (< 2 s) stay inside pipecat's model-reset interval, so neither side resets.
    """
    pcm = speechlike(rate, seconds=1.0, lead=0.3)
    win = window_samples(rate)
    count = min(60, len(pcm) // win)
    theirs = SileroVADAnalyzer(sample_rate=rate)
    theirs.set_sample_rate(rate)
    ref = np.array(
        [
            np.asarray(theirs.voice_confidence(pcm[i * win : (i + 1) * win].tobytes())).item()
            for i in range(count)
        ]
    )
    ours = SileroModel(sample_rate=rate).process(pcm[: count * win].astype(np.float32) / 32768.0)
    assert ours.shape == ref.shape
    assert ref.min() < 0.1 and ref.max() > 0.9  # the audio spans silence and speech
    np.testing.assert_allclose(ours, ref, atol=1e-6)


@pytest.mark.parametrize("rate", [8000, 16000])
def test_chunking_never_changes_the_result(rate: int) -> None:
    x = speechlike(rate).astype(np.float32) / 32768.0
    whole = SileroModel(sample_rate=rate).process(x)
    m = SileroModel(sample_rate=rate)
    rng = np.random.default_rng(0)
    parts, pos = [], 0
    while pos < len(x):
        step = int(rng.integers(1, 700))
        parts.append(m.process(x[pos : pos + step]))
        pos += step
    assert m.pending_samples == len(x) % window_samples(rate)
    np.testing.assert_array_equal(np.concatenate(parts), whole)
    assert len(whole) == len(x) // window_samples(rate)


def test_state_is_carried_and_reset_restores_a_fresh_stream(speech8k: np.ndarray) -> None:
    x = speech8k.astype(np.float32) / 32768.0
    m = SileroModel()
    first = m.process(x)
    carried = m.process(x)
    assert not np.allclose(first, carried)  # the recurrent state matters
    m.reset()
    np.testing.assert_array_equal(m.process(x), first)


def test_step_one_is_step_for_a_single_stream(speech8k: np.ndarray) -> None:
    a, b = SileroModel(sample_rate=8000), SileroModel(sample_rate=8000)
    x = (speech8k[: 40 * a.window].astype(np.float32) / 32768.0).reshape(40, a.window)
    for k, w in enumerate(x):
        assert a.step_one(w) == float(b.step(w[None, :])[0])  # bit for bit, state carried
        if k == 20:
            a.reset()
            b.reset()
    with pytest.raises(ValueError, match="batch_size=1"):
        SileroModel(sample_rate=8000, batch_size=2).step_one(x[0])


def test_batched_streams_match_single_streams(speech8k: np.ndarray, speech16k: np.ndarray) -> None:
    for rate, pcm in ((8000, speech8k), (16000, speech16k)):
        sigs = [
            pcm.astype(np.float32) / 32768.0,
            pcm[::-1].astype(np.float32) / 32768.0,
            pcm[: len(pcm) // 2].astype(np.float32) / 32768.0,
        ]
        batched = score_streams(sigs, rate, batch_size=2)
        for sig, got in zip(sigs, batched, strict=True):
            np.testing.assert_allclose(got, SileroModel(sample_rate=rate).process(sig), atol=1e-5)


def test_per_stream_reset_in_a_batch(speech8k: np.ndarray) -> None:
    x = speech8k.astype(np.float32) / 32768.0
    win = window_samples(8000)
    m = SileroModel(batch_size=2)
    for k in range(20):
        m.step(np.stack([x[k * win : (k + 1) * win]] * 2))
    m.reset(1)
    w = np.stack([x[20 * win : 21 * win]] * 2)
    out = m.step(w)
    fresh = SileroModel().step(w[:1])
    assert out[1] == pytest.approx(float(fresh[0]), abs=1e-6)
    assert out[0] != pytest.approx(float(fresh[0]), abs=1e-6)


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="sample rate"):
        SileroModel(sample_rate=44100)
    with pytest.raises(ValueError):
        SileroModel(batch_size=0)
    m = SileroModel()
    with pytest.raises(ValueError, match="shape"):
        m.step(np.zeros((1, 100), dtype=np.float32))
    with pytest.raises(FileNotFoundError):
        SileroModel("/nonexistent/model.onnx")
    assert m.process(np.zeros(0, dtype=np.float32)).size == 0


def test_model_files_are_found_without_importing_torch_or_silero_vad() -> None:
    assert pipecat_model_path().is_file()
    assert resolve_model_path(None) == pipecat_model_path()
    pkg = silero_package_model_path()
    if pkg is None:
        with pytest.raises(FileNotFoundError, match="no-deps"):
            resolve_model_path("silero-vad")
    else:
        assert resolve_model_path("silero-vad") == pkg
        probs = SileroModel("silero-vad").process(speechlike(8000).astype(np.float32) / 32768.0)
        assert probs.max() > 0.9
    assert "silero_vad" not in sys.modules
    assert "torch" not in sys.modules


@pytest.mark.parametrize("rate", [8000, 16000])
def test_single_rate_copy_runs_and_equals_pipecats_file(rate: int) -> None:
    """The default model runs the pack's single-rate copy of pipecat's file (no ``If``, ``sr``
    folded in), and every probability and recurrent state equals the file's own, two streams
    batched, through speech, silence and a reset."""
    pcm = speechlike(rate, seconds=2.0, lead=0.3)
    x = np.stack([pcm, pcm[::-1]]).astype(np.float32) / 32768.0
    fast = SileroModel(sample_rate=rate, batch_size=2)
    plain = SileroModel(sample_rate=rate, batch_size=2, single_rate=False)
    assert fast.session_path.name == f"silero_vad_{rate // 1000}k.onnx"
    assert plain.session_path == pipecat_model_path()
    assert "sr" not in {i.name for i in fast._session.get_inputs()}
    win = window_samples(rate)
    probs = []
    for k in range(len(pcm) // win):
        if k == 20:
            fast.reset(0)
            plain.reset(0)
        w = x[:, k * win : (k + 1) * win]
        a, b = fast.step(w), plain.step(w)
        np.testing.assert_array_equal(a, b)
        np.testing.assert_array_equal(fast._state, plain._state)
        probs.append(a)
    assert np.min(probs) < 0.1 and np.max(probs) > 0.9  # speech and silence were both seen


def test_single_rate_copy_only_stands_in_for_the_file_it_was_made_from(tmp_path: Path) -> None:
    other = tmp_path / "silero_vad.onnx"
    other.write_bytes(pipecat_model_path().read_bytes() + b"\0")
    assert single_rate_model_path(other, 8000) is None
    assert single_rate_model_path(pipecat_model_path(), 8000) is not None
    with pytest.raises(ValueError, match="sample rate"):
        single_rate_model_path(pipecat_model_path(), 44100)
