"""Every line a call's components log names the call (``base.call_log``).

Two calls run at once, and their model connections drop: the lines that follow come from the
realtime service and from pipecat's own processors (``RealtimeLLMService#N error: …``,
``PipelineWorker#N: Something went wrong``), which used to name no call, so an operator could
not tell whose call a failure hit. Each line, as the stderr format writes it, must name its
own call."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from loguru import logger
from pipecat.runner.types import WebSocketRunnerArguments
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute

from pipecat_rt_best.base.call_log import call_log_context, log_line_format
from pipecat_rt_best.call_pipeline import passthrough_transport, run_call_worker
from pipecat_rt_best.call_pipeline.assembly import phone_call, unavailable_tool_handlers
from pipecat_rt_best.call_pipeline.telephony import g711_pipeline_factory, serve_in_background
from pipecat_rt_best.g711_passthrough.server import TelephonyServerConfig, create_telephony_app
from pipecat_rt_best.realtime_prompt import load_prompt
from pipecat_rt_best.realtime_prompt.loader import EXAMPLES
from pipecat_rt_best.testing.media_stream_simulator import MediaStreamSimulator
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Faults, RealtimeEmulator
from pipecat_rt_best.testing.telephony_call import emulator_llm

CALLS = [(f"CA{i:032d}", f"MZ{i:032d}") for i in (1, 2)]


@contextmanager
def _lines(level: str) -> Iterator[list[tuple[str, str]]]:
    """(level, line) of each record at ``level`` and above, in the stderr sink's format."""
    lines: list[tuple[str, str]] = []
    sink = logger.add(
        lambda m: lines.append((m.record["level"].name, str(m))),
        level=level,
        format=log_line_format,
        colorize=False,
    )
    try:
        yield lines
    finally:
        logger.remove(sink)


async def _two_calls(url: str) -> None:
    async def one(i: int) -> None:
        await asyncio.sleep(0.2 * i)
        call_id, stream_id = CALLS[i]
        sim = MediaStreamSimulator(
            url, "twilio", max_duration_s=6, call_id=call_id, stream_id=stream_id
        )
        await sim.run()

    await asyncio.gather(one(0), one(1))


def _check_each_line_names_its_call(lines: list[tuple[str, str]]) -> None:
    warnings = [line for level, line in lines if level in ("WARNING", "ERROR")]
    assert any("RealtimeLLMService#" in line for line in warnings), warnings  # the faults' lines
    for line in warnings:
        assert sum(stream in line for _, stream in CALLS) == 1, line
    # a service's lines (any level) all name the same call, and each call has its own service
    owners: dict[str, set[str]] = {}
    for _, line in lines:
        for name in re.findall(r"RealtimeLLMService#\d+", line):
            owners.setdefault(name, set()).update(s for _, s in CALLS if s in line)
    assert all(len(streams) == 1 for streams in owners.values()), owners
    assert set().union(*owners.values()) == {s for _, s in CALLS}, owners


async def test_the_telephony_servers_call_lines_name_their_call() -> None:
    with _lines("INFO") as lines:
        async with RealtimeEmulator(api_key="k", faults=Faults(drop_after_s=1.0)) as emu:
            app = create_telephony_app(
                g711_pipeline_factory(emulator_llm(emu.url), make_vad=None),
                TelephonyServerConfig(fallback_pcm=b"\x00\x00" * 800),
            )
            async with serve_in_background(app) as base:
                await _two_calls(base.replace("http://", "ws://") + "/twilio/media")
                for _ in range(300):
                    if len(app.state.recent_calls) == 2:
                        break
                    await asyncio.sleep(0.02)
    assert [c.end_reason.split(":")[0] for c in app.state.recent_calls] == ["bot_failed"] * 2
    assert any("PipelineWorker#" in line for _, line in lines)  # pipecat's own line, tagged
    _check_each_line_names_its_call(lines)


async def _no_transfer(_frame: Any) -> None:
    """A transfer handler (the walk here never asks for one)."""


async def test_the_bots_call_lines_name_their_call() -> None:
    prompt = load_prompt(EXAMPLES / "tech_support_technest.yaml").prompt
    script = EmulatorScript(default_reply="Hello, TechNest support here.", ms_per_char=10)
    with _lines("INFO") as lines:
        async with RealtimeEmulator(
            api_key="k", script=script, faults=Faults(drop_after_s=1.0)
        ) as emu:
            env = {"OPENAI_API_KEY": "k", "OPENAI_REALTIME_URL": emu.url}

            async def route(ws: Any) -> None:
                await ws.accept()
                line = await passthrough_transport(WebSocketRunnerArguments(websocket=ws))
                assert line is not None
                transport, info = line
                call = await phone_call(
                    transport,
                    prompt,
                    audio_format=info.session_audio_format,
                    env=env,
                    duck=False,
                    tool_handlers=unavailable_tool_handlers(prompt),
                    transfer_handlers={"human_agent": _no_transfer},  # no set-up warning
                )
                await run_call_worker(call.worker, transport, info=info, parts=call)

            app = Starlette(routes=[WebSocketRoute("/ws", route)])
            async with serve_in_background(app) as base:
                await _two_calls(base.replace("http://", "ws://") + "/ws")
    _check_each_line_names_its_call(lines)


def test_the_format_tags_a_calls_lines_once_and_no_others() -> None:
    with _lines("DEBUG") as lines:
        logger.info("before any call")
        with call_log_context("CA1", "MZ1"):
            logger.warning("RealtimeLLMService#0: connection lost")
            logger.info("telephony: twilio call CA1 stream MZ1 ended")  # names it already
        with call_log_context(None, "s-3"):
            logger.error("refused")
        with call_log_context("CA2", None):  # a provider that gives no stream id
            logger.warning("still connecting? the model has not answered")  # a review's case
            logger.info("telephony: exotel call CA2 stream ? ended")
        logger.info("after the call")
    texts = [line.split(" - ", 1)[1].strip() for _, line in lines]
    assert texts == [
        "before any call",
        "[call CA1 stream MZ1] RealtimeLLMService#0: connection lost",
        "telephony: twilio call CA1 stream MZ1 ended",
        "[call ? stream s-3] refused",
        "[call CA2 stream ?] still connecting? the model has not answered",
        "telephony: exotel call CA2 stream ? ended",
        "after the call",
    ]


async def test_pool_lines_do_not_carry_the_call_that_first_started_the_pool() -> None:
    # a review's case: a first checkout starts the pool inside a call's context, and the
    # pool's upkeep (its connect failures here) went on naming that call after it was over
    from pipecat_rt_best.session_pool.pool import PoolConfig, RealtimeSessionPool, SessionBackend

    seen: list[str | None] = []
    deployment: list[str | None] = []

    def sink_line(message: Any) -> None:
        seen.append(message.record["extra"].get("call"))
        deployment.append(message.record["extra"].get("deployment"))

    sink = logger.add(sink_line, level="WARNING")
    pool = RealtimeSessionPool(
        SessionBackend(url="ws://127.0.0.1:9/v1/realtime?model=x"), PoolConfig(min_idle=1)
    )
    try:
        with logger.contextualize(deployment="bots-eu"), call_log_context("CA-first", "MZ1"):
            await pool.start()
        seen.clear()  # the call is over
        deployment.clear()
        for _ in range(100):
            await asyncio.sleep(0.02)
            if len(seen) >= 2:
                break
    finally:
        await pool.aclose()
        logger.remove(sink)
    assert len(seen) >= 2 and "CA-first" not in seen, seen
    # the application's own fields stay (the diff review: a clean context dropped them too)
    assert set(deployment) == {"bots-eu"}, deployment
