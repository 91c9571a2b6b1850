"""Each fault knob, over real WebSockets.

Timing checks only assert lower bounds (a knob that delays must delay); upper
bounds are never asserted.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import (
    ConnectionClosed,
    ConnectionClosedError,
    ConnectionClosedOK,
    InvalidStatus,
)

from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Faults, RealtimeEmulator

from .helpers import client_for, tone

HEADERS = {"Authorization": "Bearer test-key"}


def _audio_delta_times(emu: RealtimeEmulator) -> list[float]:
    """When the server sent each ``response.output_audio.delta`` of the last session."""
    record = emu.last_session
    assert record is not None
    return [
        t
        for e, t in zip(record.sent, record.sent_times, strict=True)
        if e["type"] == "response.output_audio.delta"
    ]


@pytest.mark.parametrize("status", [429, 500])
async def test_refuse_handshake(status: int) -> None:
    async with RealtimeEmulator(faults=Faults(refuse_handshake=status)) as emu:
        with pytest.raises(InvalidStatus) as info:
            async with connect(emu.url, additional_headers=HEADERS):
                pass
        assert info.value.response.status_code == status
        body = json.loads(info.value.response.body)
        assert body["error"]["code"] == ("rate_limit_exceeded" if status == 429 else "server_error")
        assert emu.sessions == [] and emu.handshakes[-1]["status"] == status
        # the knob is live: lift it and the next handshake succeeds
        emu.faults.refuse_handshake = None
        async with client_for(emu) as client:
            assert client.events[0]["type"] == "session.created"


async def test_refusal_applies_to_the_azure_endpoint_too() -> None:
    async with RealtimeEmulator(faults=Faults(refuse_handshake=429)) as emu:
        with pytest.raises(InvalidStatus) as info:
            async with connect(emu.azure_url, additional_headers={"api-key": "test-key"}):
                pass
        assert info.value.response.status_code == 429


async def test_handshake_delay() -> None:
    async with RealtimeEmulator(faults=Faults(handshake_delay_s=0.6)) as emu:
        with pytest.raises(TimeoutError):
            async with connect(emu.url, additional_headers=HEADERS, open_timeout=0.1):
                pass
        start = time.monotonic()
        async with client_for(emu, open_timeout=10):
            assert time.monotonic() - start >= 0.55


async def test_first_delta_delay_holds_the_first_delta_and_cancel_cuts_it_short() -> None:
    async with (
        RealtimeEmulator(
            script=EmulatorScript(replies=["Hello there."]), faults=Faults(first_delta_delay_s=30)
        ) as emu,
        client_for(emu) as client,
    ):
        await client.configure()
        await client.send("response.create")
        await client.expect("response.created")
        with pytest.raises(TimeoutError):
            await client.recv(timeout=0.3)  # nothing while the model "thinks"
        await client.send("response.cancel")
        done = await client.expect("response.done", timeout=5)
        assert done["response"]["status"] == "cancelled" and done["response"]["output"] == []
        # a shorter delay: measured on the server's send clock
        emu.faults.first_delta_delay_s = 0.3
        events = await client.respond()
        assert events[-1]["response"]["status"] == "completed"
        record = emu.last_session
        assert record is not None
        created = max(i for i, e in enumerate(record.sent) if e["type"] == "response.created")
        first_delta = next(
            i for i, e in enumerate(record.sent) if i > created and e["type"].endswith(".delta")
        )
        assert record.sent_times[first_delta] - record.sent_times[created] >= 0.29


async def test_delta_interval_paces_deltas() -> None:
    async with (
        RealtimeEmulator(
            script=EmulatorScript(
                replies=["Five chunks of audio here."]
            ),  # 26 chars = 1690 ms = 17 chunks
            faults=Faults(delta_interval_s=0.03),
        ) as emu,
        client_for(emu) as client,
    ):
        await client.configure()
        await client.respond()
        times = _audio_delta_times(emu)
        assert len(times) == 17
        gaps = [b - a for a, b in itertools.pairwise(times)]
        assert min(gaps) >= 0.028


async def test_realtime_pacing_streams_no_faster_than_real_time() -> None:
    text = "Real time pacing."  # 17 chars = 1105 ms
    async with (
        RealtimeEmulator(
            script=EmulatorScript(replies=[text]), faults=Faults(realtime_pacing=True)
        ) as emu,
        client_for(emu) as client,
    ):
        await client.configure()
        await client.respond()
        times = _audio_delta_times(emu)
        # chunk k leaves no earlier than k * 100 ms after the first
        for k, t in enumerate(times):
            assert t - times[0] >= k * 0.1 - 0.005


async def test_pacing_runs_from_the_first_audio_chunk_not_the_transcript_before_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a busy loop holds the first audio chunk up 40 ms after the transcript delta that goes
    # out just before it. The next chunk must still leave a whole chunk after the first
    # one, not after the transcript (once 89 ms apart in a loaded CI run)
    from pipecat_rt_best.testing.realtime_emulator import server

    send = server._Connection.send
    held: list[bool] = []

    async def first_audio_held_up(self: server._Connection, event: dict) -> None:
        if event.get("type") == "response.output_audio.delta" and not held:
            held.append(True)
            time.sleep(0.04)  # the loop itself is busy
        await send(self, event)

    monkeypatch.setattr(server._Connection, "send", first_audio_held_up)
    await test_realtime_pacing_streams_no_faster_than_real_time()
    assert held


async def test_drop_after_events_aborts_the_connection() -> None:
    async with RealtimeEmulator(faults=Faults(drop_after_events=3)) as emu:
        async with client_for(emu) as client:  # event 1: session.created
            await client.configure()  # event 2: session.updated
            await client.send(
                "input_audio_buffer.append",
                audio=__import__("base64").b64encode(tone(200)).decode(),
            )
            await client.send("input_audio_buffer.commit")
            await client.expect("input_audio_buffer.committed")  # event 3, then the drop
            with pytest.raises(ConnectionClosedError) as info:
                await client.recv(timeout=5)
            assert info.value.rcvd is None  # no close frame: an abrupt drop
        record = emu.last_session
        assert record is not None
        assert len(record.sent) == 3 and record.close_reason == "drop_after_events=3"


async def test_drop_after_seconds() -> None:
    async with RealtimeEmulator(faults=Faults(drop_after_s=0.4)) as emu:
        start = time.monotonic()
        async with client_for(emu) as client:
            await client.configure()  # works before the drop
            with pytest.raises(ConnectionClosedError) as info:
                await client.recv(timeout=5)
            assert info.value.rcvd is None
            assert time.monotonic() - start >= 0.38
        assert emu.last_session is not None and emu.last_session.close_reason == "drop_after_s=0.4"


async def test_max_session_lifetime_sends_expiry_then_closes() -> None:
    async with RealtimeEmulator(faults=Faults(max_session_s=0.3)) as emu, client_for(emu) as client:
        await client.configure()
        err = await client.error(timeout=5)
        assert err["code"] == "session_expired"
        assert "maximum duration" in err["message"]
        with pytest.raises(ConnectionClosedOK) as info:
            await client.recv(timeout=5)
        assert info.value.rcvd is not None and info.value.rcvd.code == 1000


async def test_ignore_pings() -> None:
    async with RealtimeEmulator(faults=Faults(ignore_pings=True)) as emu, client_for(emu) as client:
        pong = await client.ws.ping()
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(asyncio.shield(pong), 0.5)
        await client.configure()  # the session itself still works
        emu.faults.ignore_pings = False
        latency = await asyncio.wait_for(await client.ws.ping(), 5)
        assert latency >= 0


async def test_client_keepalive_times_out_when_pings_are_ignored() -> None:
    async with RealtimeEmulator(faults=Faults(ignore_pings=True)) as emu:
        async with client_for(emu, ping_interval=0.1, ping_timeout=0.2) as client:
            with pytest.raises(ConnectionClosed):
                for _ in range(100):
                    await client.recv(timeout=5)
