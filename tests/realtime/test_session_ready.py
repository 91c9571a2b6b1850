"""The caller's audio reaches a new session only once it is configured (session.updated):
held meanwhile (up to 2 s, the oldest dropped with one warning), then sent in order; the
commit guard counts only what the configured session received. Direct connect with a late
session.created, and a pooled session whose session.updated comes late."""

from __future__ import annotations

import asyncio
from typing import Any

from loguru import logger
from pipecat.frames.frames import UserStartedSpeakingFrame, UserStoppedSpeakingFrame

from pipecat_rt_best.base import G711InputAudioFrame
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.realtime.session_ready import MAX_AUDIO_BEFORE_READY_S
from pipecat_rt_best.session_pool.pool import RealtimeSessionPool, SessionBackend
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Faults, RealtimeEmulator
from pipecat_rt_best.testing.realtime_emulator.record import SessionRecord

from .harness import RealtimePipeline, wait_until

KEY = "k"


def _service(url: str, **kw: Any) -> RealtimeLLMService:
    return RealtimeLLMService(
        api_key=KEY,
        base_url=url,
        settings=RealtimeLLMService.Settings(
            model="gpt-realtime", session_properties=realtime_session(audio_format="pcmu")
        ),
        append_interval_ms=0,
        **kw,
    )


def _packet(i: int) -> bytes:
    return bytes([i % 200 + 20]) * 160  # 20 ms of μ-law, a different byte per packet


def _kinds(emu: RealtimeEmulator) -> list[str]:
    record = emu.last_session
    assert record is not None
    return [e["type"] for e in record.received]


async def test_audio_before_a_late_session_created_waits_and_is_all_committed() -> None:
    # session.created a round trip late: 18 packets (360 ms) come before the session is set up
    faults = Faults(session_created_delay_s=0.3)
    async with RealtimeEmulator(
        api_key=KEY, script=EmulatorScript(replies=["Hi."]), faults=faults
    ) as emu:
        llm = _service(emu.url)
        packets = [_packet(i) for i in range(18)]
        async with RealtimePipeline(llm) as p:
            for packet in packets:
                await p.send(G711InputAudioFrame.from_line(packet))
                await asyncio.sleep(0.02)
            await wait_until(lambda: llm.session_configured, what="session.updated")
            await p.send(UserStartedSpeakingFrame(), UserStoppedSpeakingFrame())
            record = emu.last_session
            assert record is not None
            await record.wait_for_event("input_audio_buffer.committed")
        kinds = _kinds(emu)
        first_update = kinds.index("session.update")
        assert "input_audio_buffer.append" not in kinds[:first_update]
        # nothing lost, in order, all in the configured session's buffer and committed
        assert record.appended_audio == b"".join(packets)
        assert [c["bytes"] for c in record.commits] == [len(packets) * 160]
        assert record.errors_sent == []


async def test_a_stop_before_the_session_is_configured_commits_once_the_audio_went() -> None:
    faults = Faults(session_created_delay_s=0.3)
    async with RealtimeEmulator(
        api_key=KEY, script=EmulatorScript(replies=["Hi."]), faults=faults
    ) as emu:
        llm = _service(emu.url)
        packets = [_packet(i) for i in range(10)]
        async with RealtimePipeline(llm) as p:
            await p.send(UserStartedSpeakingFrame())
            for packet in packets:
                await p.send(G711InputAudioFrame.from_line(packet))
            await p.send(UserStoppedSpeakingFrame())  # well before session.created
            await wait_until(lambda: emu.last_session is not None, what="the session")
            record = emu.last_session
            assert record is not None
            await record.wait_for_event("input_audio_buffer.committed")
            await record.wait_for_event("response.done")
        assert record.appended_audio == b"".join(packets)
        assert [c["bytes"] for c in record.commits] == [len(packets) * 160]
        assert record.errors_sent == []
        kinds = _kinds(emu)
        assert kinds.index("session.update") < kinds.index("input_audio_buffer.append")
        assert kinds.index("input_audio_buffer.append") < kinds.index("input_audio_buffer.commit")


async def test_at_most_two_seconds_are_held_the_oldest_dropped_with_one_warning() -> None:
    faults = Faults(session_created_delay_s=0.5)
    warnings: list[str] = []
    sink = logger.add(lambda m: warnings.append(str(m)), level="WARNING", format="{message}")
    try:
        async with RealtimeEmulator(api_key=KEY, faults=faults) as emu:
            llm = _service(emu.url)
            packets = [_packet(i) for i in range(150)]  # 3 s, sent at once
            async with RealtimePipeline(llm) as p:
                await p.send(*(G711InputAudioFrame.from_line(x) for x in packets))
                await wait_until(lambda: emu.last_session is not None, what="the session")
                record = emu.last_session
                kept = int(MAX_AUDIO_BEFORE_READY_S * 50)
                await wait_until(
                    lambda: len(record.appended_audio) >= kept * 160 if record else False,
                    what="the held audio",
                )
                await asyncio.sleep(0.1)
            assert record is not None
            assert record.appended_audio == b"".join(packets[-kept:])
    finally:
        logger.remove(sink)
    held = [w for w in warnings if "not configured yet" in w]
    assert len(held) == 1, warnings


async def test_a_pooled_session_gets_audio_only_after_session_updated() -> None:
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=["Hi."])) as emu:
        backend = SessionBackend(
            url=f"{emu.url}?model=gpt-realtime", headers={"Authorization": f"Bearer {KEY}"}
        )
        async with RealtimeSessionPool(backend) as pool:
            await pool.wait_ready(5)
            llm = _service(emu.url, session_pool=pool)
            appends_at_ready: list[int] = []
            real_updated = llm._handle_evt_session_updated

            def call_record() -> SessionRecord:
                session = llm.pooled_session
                assert session is not None
                assert session.session_id is not None
                return emu.session(session.session_id)

            async def late_session_updated(evt: Any) -> None:
                # session.updated a round trip late: meanwhile the caller's packets come
                await asyncio.sleep(0.3)
                record = call_record()
                appends_at_ready.append(len(record.received_of("input_audio_buffer.append")))
                await real_updated(evt)

            llm._handle_evt_session_updated = late_session_updated  # type: ignore[method-assign]
            packets = [_packet(i) for i in range(12)]
            async with RealtimePipeline(llm) as p:
                await wait_until(lambda: llm.pooled_session is not None, what="adoption")
                for packet in packets:
                    await p.send(G711InputAudioFrame.from_line(packet))
                    await asyncio.sleep(0.02)
                await wait_until(lambda: llm.session_configured, what="session.updated")
                await p.send(UserStartedSpeakingFrame(), UserStoppedSpeakingFrame())
                record = call_record()
                await record.wait_for_event("input_audio_buffer.committed")
            assert appends_at_ready and appends_at_ready[0] == 0
            assert record.appended_audio == b"".join(packets)
            assert record.errors_sent == []
