"""Review (session 39, practice 6 and the runners): defects found by a helper, one test each."""

from __future__ import annotations

import io
import socket
import wave
from pathlib import Path

import pytest

from pipecat_rt_best.call_pipeline.telephony import g711_pipeline_factory, serve_in_background
from pipecat_rt_best.g711_passthrough.fallback import load_prompt_wav
from pipecat_rt_best.g711_passthrough.server import TelephonyServerConfig, create_telephony_app
from pipecat_rt_best.testing.media_stream_simulator import MediaStreamSimulator
from pipecat_rt_best.testing.telephony_call import emulator_llm


def _cut_wav(path: Path, samples: int = 2400) -> Path:
    """An 8 kHz mono 16-bit WAV cut off mid-sample (a recording whose write was interrupted)."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x10\x20" * samples)
    path.write_bytes(buf.getvalue()[:-1])
    return path


def test_a_truncated_fallback_wav_is_refused_or_cut_to_whole_samples(tmp_path: Path) -> None:
    # load_prompt_wav returns an odd number of PCM16 bytes for a WAV cut mid-sample; the
    # server (and `telephony-server --fallback-wav`) starts, and g711.encode raises on it only
    # when a failing call plays the prompt. Expected: refused at load, or whole samples only.
    try:
        pcm = load_prompt_wav(_cut_wav(tmp_path / "cut.wav"))
    except ValueError:
        return
    assert len(pcm) % 2 == 0, f"{len(pcm)} bytes of PCM16"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_odd_length_fallback_pcm_is_refused_when_the_server_is_configured() -> None:
    # An odd number of bytes (what load_prompt_wav gave for a WAV cut mid-sample) raised only
    # inside a failing call. Expected: a clear ValueError from the config.
    with pytest.raises(ValueError, match="fallback_pcm"):
        TelephonyServerConfig(fallback_pcm=b"\x10\x20" * 1200 + b"\x10")


async def test_a_failed_bot_whose_fallback_prompt_fails_still_ends_the_call(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # play_fallback raising inside the call's guard task left the worker uncancelled: the
    # caller sat in dead air until they hung up, and the call's end was never logged nor
    # counted. Expected: the server ends the call (closes the line) all the same.
    from pipecat_rt_best.base import g711

    prompt = b"\x10\x20" * 1200
    encode = g711.encode

    def failing_on_the_prompt(pcm: bytes, law: str) -> bytes:
        if pcm is prompt:
            raise ValueError("the prompt cannot be encoded")
        return encode(pcm, law)

    monkeypatch.setattr(g711, "encode", failing_on_the_prompt)
    model_down = emulator_llm(f"ws://127.0.0.1:{_closed_port()}/v1/realtime", "k")
    app = create_telephony_app(
        g711_pipeline_factory(model_down, make_vad=None),
        TelephonyServerConfig(fallback_pcm=prompt),
    )
    async with serve_in_background(app) as base:
        url = base.replace("http://", "ws://") + "/twilio/media"
        record = await MediaStreamSimulator(url, "twilio", max_duration_s=8).run()
    assert record.closed_by == "server", record.closed_by
