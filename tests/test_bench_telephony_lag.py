"""bench.telephony's 'held while streaming': mean and max over the window, not one sample.

The pack appends caller audio in 100 ms batches, so its lag cycles 0-80 ms; the last sample
of the 100-packet window fell on a flush and the bench reported 0 ms."""

from __future__ import annotations

import base64
import json

from bench.telephony import run


def _append(ms: int) -> str:
    audio = base64.b64encode(b"\xff" * (8 * ms)).decode()
    return json.dumps({"type": "input_audio_buffer.append", "audio": audio})


def test_a_batching_path_reports_its_lag_cycle_not_the_sample_at_a_flush() -> None:
    socket = run.FakeSocket()
    sent_after: list[int] = []
    for n in range(1, 101):  # 20 ms packets, one 100 ms append after every fifth
        if n % 5 == 0:
            socket.sent.append(_append(100))
        sent_after.append(len(socket.sent))
    first, lags = run._inbound_lags(socket, sent_after, 8)
    assert first == 100.0  # 80 ms extra to the first audio
    assert lags[-1] == 0.0  # the old report: one sample, on a flush
    # from the first flush on: 0, then 19 cycles of 20, 40, 60, 80, 0
    assert run.held_while_streaming(lags) == (19 * 200 / 96, 80.0)


def test_lags_before_the_first_output_are_the_first_delay_not_streaming() -> None:
    socket = run.FakeSocket()
    sent_after = [0, 0, 0]  # nothing out for three packets, then 20 ms per packet
    for _ in range(10):
        socket.sent.append(_append(20))
        sent_after.append(len(socket.sent))
    first, lags = run._inbound_lags(socket, sent_after, 8)
    assert first == 80.0
    assert run.held_while_streaming(lags) == (60.0, 60.0)
    assert run.held_while_streaming([]) == (0.0, 0.0)
