"""Review s40 (tel5): the telephony server against a provider client that stops reading."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineWorker
from websockets.asyncio.client import connect

from pipecat_rt_best.call_pipeline.telephony import serve_in_background
from pipecat_rt_best.g711_passthrough import server
from pipecat_rt_best.g711_passthrough.call_deadlines import DeadlineConfig
from pipecat_rt_best.g711_passthrough.dialects import StreamStart
from pipecat_rt_best.g711_passthrough.server import (
    CallInfo,
    TelephonyServerConfig,
    create_telephony_app,
)
from pipecat_rt_best.g711_passthrough.transport import G711PassthroughTransport
from pipecat_rt_best.testing.provider_dialects import provider_side_for


async def _wait_until(condition: Any, timeout_s: float = 5.0) -> None:
    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.01)

    await asyncio.wait_for(poll(), timeout_s)


async def test_a_provider_that_stops_reading_does_not_keep_the_call_alive_for_ever(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A provider client that stops reading fills the TCP window: uvicorn's send then waits
    # for the buffer to drain, for ever (its keepalive timeout only close()s the transport,
    # which itself waits for the buffer to flush). Emulated here by a send that never returns.
    # WRONG: the bot_silent deadline passes, the fallback prompt's send blocks, and
    # worker.cancel() (after it) is never reached: the call, its tasks and its model session
    # live on for ever, active_calls never drops.
    # EXPECTED: the fallback prompt is bounded; the call ends once its deadline passed.
    monkeypatch.setattr(server, "_FALLBACK_SEND_TIMEOUT_S", 0.5, raising=False)

    async def stuck(_data: str) -> None:
        await asyncio.Event().wait()

    async def factory(transport: G711PassthroughTransport, call: CallInfo) -> PipelineWorker:
        transport._client._websocket.send_text = stuck  # type: ignore[method-assign]
        return PipelineWorker(Pipeline([transport.input(), transport.output()]))

    factory.greets = True  # type: ignore[attr-defined]
    config = TelephonyServerConfig(
        providers=("twilio",),
        deadlines=DeadlineConfig(
            bot_timeout_s=0.2, media_timeout_s=None, caller_silence_timeout_s=None
        ),
    )
    app = create_telephony_app(factory, config)
    provider = provider_side_for("twilio")
    async with serve_in_background(app) as base:
        async with connect(base.replace("http://", "ws://") + "/twilio/media") as ws:
            await ws.send(provider.connected_message())
            await ws.send(provider.start_message(StreamStart("MZ1", call_id="CA1")))
            await _wait_until(lambda: bool(app.state.calls))
            (session,) = app.state.calls
            await asyncio.wait_for(session.ended.wait(), 4)
            assert session.end_reason is not None
            assert session.end_reason.startswith("bot_silent")
            assert app.state.active_calls == 0
