"""Phone calls through the telephony server start on pooled sessions: three simulated Twilio
calls at once, each on a pre-warmed session, each greeted; no socket left behind."""

from __future__ import annotations

import asyncio

from pipecat_rt_best.call_pipeline.telephony import g711_pipeline_factory, serve_in_background
from pipecat_rt_best.g711_passthrough.server import (
    TelephonyServerConfig,
    create_telephony_app,
)
from pipecat_rt_best.session_pool.pool import RealtimeSessionPool, SessionBackend
from pipecat_rt_best.testing.media_stream_simulator import MediaStreamSimulator
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator
from pipecat_rt_best.testing.telephony_call import emulator_llm

from .helpers import KEY, fast_config, settle


async def test_concurrent_phone_calls_each_start_on_a_warm_session() -> None:
    script = EmulatorScript(replies=["Namaste! This is Asha from City Bank."] * 10)
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        backend = SessionBackend(
            url=f"{emu.url}?model=gpt-realtime", headers={"Authorization": f"Bearer {KEY}"}
        )
        async with RealtimeSessionPool(backend, fast_config(min_idle=3)) as pool:
            await pool.wait_ready(5)
            emu.faults.handshake_delay_s = 0.5  # a cold connect now would show

            app = create_telephony_app(
                g711_pipeline_factory(emulator_llm(emu.url, KEY, session_pool=pool)),
                TelephonyServerConfig(providers=("twilio",)),
            )
            async with serve_in_background(app) as base:
                url = base.replace("http://", "ws://") + "/twilio/media"
                sims = [
                    MediaStreamSimulator(
                        url,
                        "twilio",
                        caller_audio=b"\xff" * 8000,
                        max_duration_s=2.0,
                        stream_id=f"MZ{i:032d}",
                        call_id=f"CA{i:032d}",
                    )
                    for i in range(3)
                ]
                records = await asyncio.gather(*(s.run() for s in sims))
                for call in list(app.state.calls):
                    await call.ended.wait()
            assert all(r.received_media for r in records)  # every caller heard the greeting
            assert pool.metrics.checkouts_warm == 3 and pool.metrics.checkouts_cold == 0
            greeted = emu.used_sessions
            assert len(greeted) == 3
            assert all(
                r.config["audio"]["output"]["format"]["type"] == "audio/pcmu" for r in greeted
            )
            await emu.wait_for(lambda: pool.metrics.in_use == 0)
        emu.faults.handshake_delay_s = 0.0
        await settle(emu, 0)
