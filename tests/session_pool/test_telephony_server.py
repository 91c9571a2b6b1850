"""The production telephony server (issue 12 part 4): pool-backed /readyz, /metrics, drain.

In-process against the realtime emulator (through the real websockets client and uvicorn);
the SIGTERM drain runs the real CLI in a subprocess.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from pipecat.frames.frames import MetricsFrame
from pipecat.metrics.metrics import LLMTokenUsage, LLMUsageMetricsData
from websockets.exceptions import InvalidStatus

from pipecat_rt_best.call_pipeline.telephony import g711_pipeline_factory, serve_in_background
from pipecat_rt_best.call_pipeline.telephony_server import (
    ServerMetrics,
    pool_size_from_env,
    production_telephony_app,
)
from pipecat_rt_best.g711_passthrough.server import CallInfo, TelephonyServerConfig
from pipecat_rt_best.realtime import RealtimeLLMService
from pipecat_rt_best.session_pool.pool import RealtimeSessionPool
from pipecat_rt_best.testing.media_stream_simulator import MediaStreamSimulator
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Faults, RealtimeEmulator
from pipecat_rt_best.testing.telephony_call import emulator_llm
from tests.ports import free_port

from .helpers import KEY, backend, fast_config, settle

ROOT = Path(__file__).resolve().parents[2]


def _sim(base: str, i: int, seconds: float) -> MediaStreamSimulator:
    return MediaStreamSimulator(
        base.replace("http://", "ws://") + "/twilio/media",
        "twilio",
        caller_audio=b"\xff" * 8000,
        max_duration_s=seconds,
        stream_id=f"MZ{i:032d}",
        call_id=f"CA{i:032d}",
    )


def test_pool_size_from_env() -> None:
    assert pool_size_from_env({}) == 4
    assert pool_size_from_env({"PIPECAT_RT_BEST_POOL_SIZE": "0"}) == 0
    assert pool_size_from_env({"PIPECAT_RT_BEST_POOL_SIZE": " 12 "}) == 12
    for bad in ("-1", "four"):
        with pytest.raises(ValueError, match="PIPECAT_RT_BEST_POOL_SIZE"):
            pool_size_from_env({"PIPECAT_RT_BEST_POOL_SIZE": bad})


async def test_readyz_follows_the_pool_and_metrics_count_calls() -> None:
    script = EmulatorScript(replies=["Hello, how can I help?"] * 5)
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        async with RealtimeSessionPool(backend(emu), fast_config(min_idle=2)) as pool:
            metrics = ServerMetrics()

            pooled_llm = emulator_llm(emu.url, KEY, session_pool=pool)

            def make_llm(call: CallInfo) -> RealtimeLLMService:
                return metrics.watch(pooled_llm(call))

            app = production_telephony_app(
                g711_pipeline_factory(make_llm),
                TelephonyServerConfig(providers=("twilio",)),
                pools=[pool],
                metrics=metrics,
            )
            async with serve_in_background(app) as base, httpx.AsyncClient(base_url=base) as http:
                await pool.wait_ready(5)
                ready = await http.get("/readyz")
                assert ready.status_code == 200, ready.text
                assert ready.json()["checks"][0]["pools"][0]["breaker"] == "closed"

                record = await _sim(base, 1, 1.5).run()
                assert record.received_media  # greeted, from a pooled session
                for call in list(app.state.calls):
                    await call.ended.wait()

                text = (await http.get("/metrics")).text
                assert "pipecat_rt_best_calls_total 1.0" in text
                assert "pipecat_rt_best_calls_active 0.0" in text
                assert "pipecat_rt_best_draining 0.0" in text
                assert "pipecat_rt_best_truncations_total 0.0" in text
                assert (
                    'pipecat_rt_best_pool_checkouts_total{backend="realtime",kind="warm"} 1.0'
                    in text
                )
                assert (
                    'pipecat_rt_best_pool_checkout_wait_seconds_count{backend="realtime"} 1.0'
                    in text
                )
                assert 'pipecat_rt_best_pool_ready{backend="realtime"}' in text
                assert KEY not in text

            # the endpoint refuses handshakes: a pool cannot warm up → the server is not ready
            emu.faults.refuse_handshake = 500
            async with RealtimeSessionPool(backend(emu), fast_config(min_idle=2)) as cold:
                app2 = production_telephony_app(
                    g711_pipeline_factory(make_llm),
                    TelephonyServerConfig(providers=("twilio",)),
                    pools=[cold],
                )
                async with (
                    serve_in_background(app2) as base2,
                    httpx.AsyncClient(base_url=base2) as http2,
                ):
                    # a few failed handshakes (fast backoff) open the breaker
                    await emu.wait_for(lambda: cold.breaker.state.value != "closed", 5)
                    ready = await http2.get("/readyz")
                    assert ready.status_code == 503
                    (detail,) = ready.json()["checks"][0]["pools"]
                    assert detail["ready"] is False and detail["breaker"] != "closed"
                    assert (await http2.get("/healthz")).status_code == 200  # alive all the same
                    text = (await http2.get("/metrics")).text
                    assert 'pipecat_rt_best_pool_breaker_open{backend="realtime"} 1.0' in text
            emu.faults.refuse_handshake = None
        await settle(emu, 0)


async def test_a_calls_tokens_are_in_its_end_summary_and_in_metrics() -> None:
    # call_worker left pipecat's usage metrics off: the tokens the model reported in each
    # response.done reached neither the call's summary nor /metrics
    script = EmulatorScript(replies=["Hello, how can I help?"])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        metrics = ServerMetrics()
        make_llm = emulator_llm(emu.url, KEY)
        app = production_telephony_app(
            g711_pipeline_factory(lambda call: metrics.watch(make_llm(call))),
            TelephonyServerConfig(providers=("twilio",)),
            metrics=metrics,
        )
        async with serve_in_background(app) as base, httpx.AsyncClient(base_url=base) as http:
            await MediaStreamSimulator(
                base.replace("http://", "ws://") + "/twilio/media",
                "twilio",
                caller_audio=b"\xff" * 8000,
                max_duration_s=2,  # the greeting (a few hundred ms) is done well before
                stream_id="MZ" + "7" * 32,
                call_id="CA" + "7" * 32,
            ).run()
            for call in list(app.state.calls):
                await call.ended.wait()
            text = (await http.get("/metrics")).text
        session = emu.used_sessions[0]
    reported = [e["response"]["usage"] for e in session.sent_of("response.done")]
    assert reported, "the emulator finished no response before the caller hung up"
    (ended,) = app.state.recent_calls
    usage = ended.stats["usage"]
    assert usage["responses"] == len(reported)
    assert usage["input_audio"] == sum(u["input_token_details"]["audio_tokens"] for u in reported)
    assert usage["input_text"] == sum(u["input_token_details"]["text_tokens"] for u in reported)
    out_audio = sum(u["output_token_details"]["audio_tokens"] for u in reported)
    assert usage["output_audio"] == out_audio > 0
    labels = 'backend="openai",kind="output_audio",model="gpt-realtime"'
    assert f"pipecat_rt_best_llm_tokens_total{{{labels}}} {float(out_audio)}" in text
    assert "7777" not in text  # no call or stream id in a label


def _quota_ran_out(event: dict[str, Any]) -> dict[str, Any]:
    """The emulator's failed response as the real one when the account's quota ran out."""
    details = (event.get("response") or {}).get("status_details") or {}
    if event["type"] == "response.done" and details.get("error"):
        details["error"] = {
            "type": "insufficient_quota",
            "code": "insufficient_quota",
            "message": "You exceeded your current quota.",
        }
    return event


def _no_reply(conversation: Any) -> str:
    raise RuntimeError("no reply")  # the emulator fails the response


@pytest.mark.parametrize(
    ("faults", "responder", "code"),
    [
        (Faults(rewrite_event=_quota_ran_out), _no_reply, "insufficient_quota"),  # failed
        (Faults(max_session_s=0.5), None, "session_expired"),  # an error event, then a close
    ],
)
async def test_the_models_errors_are_in_the_end_line_and_in_metrics_by_code(
    faults: Faults, responder: Any, code: str
) -> None:
    # an error event or a failed response (a quota that ran out) moved no metric and was in
    # no call's end line: a billing outage looked like a slow model
    script = EmulatorScript(replies=["Hello, how can I help?"], responder=responder)
    async with RealtimeEmulator(api_key=KEY, script=script, faults=faults) as emu:
        metrics = ServerMetrics()
        make_llm = emulator_llm(emu.url, KEY)
        app = production_telephony_app(
            g711_pipeline_factory(lambda call: metrics.watch(make_llm(call)), make_vad=None),
            TelephonyServerConfig(providers=("twilio",)),
            metrics=metrics,
        )
        async with serve_in_background(app) as base:
            await MediaStreamSimulator(
                base.replace("http://", "ws://") + "/twilio/media",
                "twilio",
                caller_audio=b"\xff" * 8000,
                max_duration_s=1.5,
            ).run()
            for call in list(app.state.calls):
                await call.ended.wait()
            text = metrics.scrape().decode()
    (ended,) = app.state.recent_calls
    assert ended.stats["model_errors"] == {code: 1}
    if code == "insufficient_quota":  # no session will answer: the call ends at once
        assert ended.end_reason.startswith("bot_failed: quota error"), ended.end_reason
    labels = f'backend="openai",code="{code}"'
    assert f"pipecat_rt_best_model_errors_total{{{labels}}} 1.0" in text
    assert 'pipecat_rt_best_model_errors_total{backend="openai",code="other"} 0.0' in text


def test_reconnect_series_are_exported_at_zero_before_the_first_reconnect() -> None:
    # they had no sample at all until the first reconnect: alerts on them saw nothing
    text = ServerMetrics().scrape().decode()
    assert 'pipecat_rt_best_reconnects_total{outcome="attempted"} 0.0' in text
    assert 'pipecat_rt_best_reconnects_total{outcome="restored"} 0.0' in text


async def test_watch_counts_the_services_reconnect_and_truncation_events() -> None:
    metrics = ServerMetrics()
    llm = metrics.watch(RealtimeLLMService(api_key=KEY, base_url="ws://127.0.0.1:9/v1"))
    await llm._call_event_handler("on_reconnecting", "socket closed")
    await llm._call_event_handler("on_reconnected", 120.0)
    await llm._call_event_handler("on_truncation", object())
    await asyncio.sleep(0.05)  # pipecat may run handlers as tasks
    text = metrics.scrape().decode()
    assert 'pipecat_rt_best_reconnects_total{outcome="attempted"} 1.0' in text
    assert 'pipecat_rt_best_reconnects_total{outcome="restored"} 1.0' in text
    assert "pipecat_rt_best_truncations_total 1.0" in text


def test_watch_subscribes_by_the_services_class_not_pipecats_private_registry() -> None:
    # it read pipecat's private BaseObject._event_handlers with a {} default: a pipecat that
    # keeps its registry under another name left every counter at 0 without a word. Here the
    # registry reads empty (as after such a rename) and the events must still be subscribed.
    llm = RealtimeLLMService(api_key=KEY, base_url="ws://127.0.0.1:9/v1")
    llm._event_handlers = {}
    added: list[str] = []
    llm.add_event_handler = lambda name, _handler: added.append(name)  # type: ignore[method-assign]
    assert ServerMetrics().watch(llm) is llm
    assert sorted(added) == [
        "on_after_push_frame",  # the usage it reports
        "on_error",  # the model's errors (pipecat's public event)
        "on_reconnected",
        "on_reconnecting",
        "on_truncation",
    ]


async def test_metrics_count_the_watched_services_own_usage_by_backend_model_and_kind() -> None:
    metrics = ServerMetrics()
    llm = metrics.watch(RealtimeLLMService(api_key=KEY, base_url="ws://127.0.0.1:9/v1"))
    tokens = LLMTokenUsage(  # gross, as OpenAI's: audio and cached inside prompt_tokens
        prompt_tokens=1000,
        completion_tokens=300,
        total_tokens=1300,
        cache_read_input_tokens=640,
        input_audio_tokens=200,
        output_audio_tokens=250,
    )
    for processor in (llm.name, "SomeProcessorBefore#0"):  # its own, and one it passes on
        report = LLMUsageMetricsData(processor=processor, model="gpt-realtime", value=tokens)
        await llm._call_event_handler("on_after_push_frame", MetricsFrame(data=[report]))
    text = metrics.scrape().decode()
    series = 'pipecat_rt_best_llm_tokens_total{backend="openai",kind="%s",model="gpt-realtime"}'
    assert f"{series % 'input_text'} 800.0" in text
    assert f"{series % 'input_cached'} 640.0" in text
    assert f"{series % 'output_audio'} 250.0" in text  # once: the passed-on one is not its own


async def test_draining_refuses_new_calls_and_fails_readyz() -> None:
    async with RealtimeEmulator(api_key=KEY) as emu:

        def make_llm(call: CallInfo) -> RealtimeLLMService:
            return RealtimeLLMService(api_key=KEY, base_url=emu.url)

        app = production_telephony_app(
            g711_pipeline_factory(make_llm), TelephonyServerConfig(providers=("twilio",))
        )
        async with serve_in_background(app) as base, httpx.AsyncClient(base_url=base) as http:
            assert (await http.get("/readyz")).status_code == 200  # no pools: ready
            assert (await http.post("/twilio/voice")).status_code == 200
            app.state.draining = True
            ready = await http.get("/readyz")
            assert ready.status_code == 503 and ready.json()["draining"] is True
            busy = await http.post("/twilio/voice")
            assert busy.status_code == 503 and busy.headers["retry-after"] == "1"
            with pytest.raises(InvalidStatus, match="403"):  # refused before the upgrade
                await _sim(base, 2, 1.0).run()
            assert app.state.calls_total == 0 and not emu.sessions  # no model session opened


@contextlib.asynccontextmanager
async def _cli_server(
    *args: str, preexec_fn: Callable[[], None] | None = None
) -> AsyncIterator[tuple[asyncio.subprocess.Process, str, httpx.AsyncClient]]:
    """The real ``telephony-server`` CLI on the emulator (twilio, pool of 2, no VAD), once
    ``/readyz`` says it serves with a warm pool: (process, base URL, an HTTP client)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if "API_KEY" not in k and "AZURE" not in k}
    env.pop("PIPECAT_RT_BEST_BACKEND", None)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "pipecat_rt_best.cli", "telephony-server", "--emulator",
        "--no-vad", "--providers", "twilio", "--port", str(port), "--pool-size", "2", *args,
        env=env, cwd=ROOT, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        preexec_fn=preexec_fn,
    )  # fmt: skip
    try:
        async with httpx.AsyncClient(base_url=base) as http:
            async with asyncio.timeout(30):
                while True:
                    try:
                        if (await http.get("/readyz")).status_code == 200:
                            break  # serving, pool warm
                    except httpx.TransportError:
                        pass
                    await asyncio.sleep(0.1)
            yield proc, base, http
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def _calls_up(
    http: httpx.AsyncClient, base: str, count: int, seconds: float
) -> list[asyncio.Task[Any]]:
    """``count`` simulated callers of ``seconds`` each, once the server has them all."""
    calls = [asyncio.create_task(_sim(base, i, seconds).run()) for i in range(count)]
    async with asyncio.timeout(10):
        while (await http.get("/healthz")).json()["active_calls"] < count:
            await asyncio.sleep(0.05)
    return calls


async def test_sigterm_drains_five_active_calls_and_exits_0() -> None:
    async with _cli_server("--drain-timeout", "20") as (proc, base, http):
        # 6 s calls: in 3 s one of five calls on a loaded machine (a CI run) had not yet
        # heard the bot when its caller hung up
        calls = await _calls_up(http, base, 5, 6.0)
        proc.send_signal(signal.SIGTERM)
        async with asyncio.timeout(5):
            while (await http.get("/readyz")).status_code != 503:
                await asyncio.sleep(0.05)
        assert (await http.post("/twilio/voice")).status_code == 503
        with pytest.raises(InvalidStatus, match="403"):  # no new call
            await _sim(base, 9, 1.0).run()
        assert (await http.get("/healthz")).json()["active_calls"] == 5
        records = await asyncio.gather(*calls)
        # the five ran to their own hang-up, heard the bot, and were not cut by the server
        assert all(r.closed_by == "simulator" and r.received_media for r in records)
        code = await asyncio.wait_for(proc.wait(), 20)
        assert proc.stderr is not None
        log = (await proc.stderr.read()).decode(errors="replace")
        assert code == 0, log[-2000:]
        assert "drained: no active calls" in log


async def _draining_server(
    app: Any, *, drain_timeout_s: float
) -> tuple[int, Any, asyncio.Task[None]]:
    """A ``DrainingServer`` for ``app`` serving on a free port, started: (port, server, the
    serving task)."""
    import uvicorn

    from pipecat_rt_best.call_pipeline.telephony_server import DrainingServer

    port = free_port()
    server = DrainingServer(
        uvicorn.Config(app, port=port, log_level="warning", lifespan="off"),
        app,
        drain_timeout_s=drain_timeout_s,
    )
    serving = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    return port, server, serving


async def test_drain_deadline_closes_calls_still_running() -> None:
    async with RealtimeEmulator(api_key=KEY) as emu:

        def make_llm(call: CallInfo) -> RealtimeLLMService:
            return RealtimeLLMService(api_key=KEY, base_url=emu.url)

        app = production_telephony_app(
            g711_pipeline_factory(make_llm, make_vad=None, greet=False),
            TelephonyServerConfig(providers=("twilio",)),
        )
        port, server, serving = await _draining_server(app, drain_timeout_s=0.5)
        call = asyncio.create_task(_sim(f"http://127.0.0.1:{port}", 3, 30.0).run())
        async with asyncio.timeout(5):
            while app.state.active_calls < 1:
                await asyncio.sleep(0.02)
        began = time.monotonic()
        server.begin_drain()  # what SIGTERM does
        async with asyncio.timeout(10):
            record = await call
            await serving
        assert record.closed_by == "server"  # the 30 s call was cut at the deadline …
        assert time.monotonic() - began >= 0.5  # … not before it
        assert app.state.draining is True


async def test_a_webhook_stuck_mid_body_does_not_hold_the_drain_open() -> None:
    # the headers' deadline does not cover the body, and uvicorn waited for every open
    # connection without a limit: one client that never sends the rest of its webhook body
    # kept a SIGTERM'd server running for ever
    app = production_telephony_app(
        g711_pipeline_factory(lambda call: RealtimeLLMService(api_key=KEY, base_url="ws://x/v1")),
        TelephonyServerConfig(providers=("twilio",)),
    )
    port, server, serving = await _draining_server(app, drain_timeout_s=0.5)
    _, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        b"POST /twilio/voice HTTP/1.1\r\nHost: x\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n"
        b"CallSid=CA"
    )
    await writer.drain()
    await asyncio.sleep(0.2)  # the request is in the app, waiting for the rest of its body
    try:
        server.begin_drain()  # what SIGTERM does
        async with asyncio.timeout(30):
            await serving
    finally:
        writer.close()
        if not serving.done():
            server.force_exit = True
            server.should_exit = True


async def test_readyz_stays_ready_while_calls_take_the_idle_sessions() -> None:
    # under ordinary load the idle sessions are handed out faster than they are replaced for
    # a moment: /readyz asked for min_idle idle ones and took busy pods out of service
    async with RealtimeEmulator(api_key=KEY) as emu:
        async with RealtimeSessionPool(backend(emu), fast_config(min_idle=2)) as pool:
            app = production_telephony_app(
                g711_pipeline_factory(
                    lambda call: RealtimeLLMService(api_key=KEY, base_url=emu.url)
                ),
                TelephonyServerConfig(providers=("twilio",)),
                pools=[pool],
            )
            async with serve_in_background(app) as base, httpx.AsyncClient(base_url=base) as http:
                await pool.wait_ready(5)
                emu.faults.handshake_delay_s = 1.0  # replacements take a while to open
                taken = [await pool.checkout(), await pool.checkout()]  # two calls just began
                assert pool.metrics.idle == 0
                ready = await http.get("/readyz")
                assert ready.status_code == 200, ready.text
                (detail,) = ready.json()["checks"][0]["pools"]
                assert detail["ready"] is True and detail["breaker"] == "closed"
                emu.faults.handshake_delay_s = 0.0
                for session in taken:
                    await session.aclose()


async def test_at_max_calls_webhooks_and_readyz_say_busy() -> None:
    # the webhook said "stream here" and the stream was then refused (HTTP 403)
    app = production_telephony_app(
        g711_pipeline_factory(lambda call: RealtimeLLMService(api_key=KEY, base_url="ws://x/v1")),
        TelephonyServerConfig(providers=("twilio",), max_calls=2),
    )
    async with serve_in_background(app) as base, httpx.AsyncClient(base_url=base) as http:
        assert (await http.post("/twilio/voice")).status_code == 200
        app.state.active_calls = 2
        busy = await http.post("/twilio/voice")
        assert busy.status_code == 503 and busy.headers["retry-after"] == "1"
        ready = await http.get("/readyz")
        assert ready.status_code == 503 and ready.json()["full"] is True
        app.state.active_calls = 1  # + the slot the first webhook holds for its stream
        assert (await http.get("/readyz")).json()["full"] is True
        app.state.active_calls = 0
        assert (await http.get("/readyz")).status_code == 200


async def test_calls_cut_by_the_drain_timeout_say_so() -> None:
    from types import SimpleNamespace

    import uvicorn

    from pipecat_rt_best.call_pipeline.telephony_server import DrainingServer

    call = SimpleNamespace(end_reason=None)
    state = SimpleNamespace(draining=False, active_calls=1, calls=[call])
    app = SimpleNamespace(state=state)
    server = DrainingServer(uvicorn.Config(app), app, drain_timeout_s=0.0)  # type: ignore[arg-type]
    await server.drain()
    assert server.should_exit and call.end_reason == "drain timeout (server shutdown)"


async def test_sigint_cuts_live_calls_and_says_so() -> None:
    # the cut calls were logged as "socket closed by the provider", nothing said how many
    from types import SimpleNamespace

    import uvicorn
    from loguru import logger

    from pipecat_rt_best.call_pipeline.telephony_server import DrainingServer

    calls = [SimpleNamespace(end_reason=None), SimpleNamespace(end_reason=None)]
    state = SimpleNamespace(draining=False, active_calls=2, calls=calls)
    app = SimpleNamespace(state=state)
    server = DrainingServer(uvicorn.Config(app), app, drain_timeout_s=30.0)  # type: ignore[arg-type]
    server._loop = asyncio.get_running_loop()  # as serve() sets it
    logs: list[str] = []
    sink = logger.add(lambda m: logs.append(str(m)), level="INFO")
    try:
        server.handle_exit(signal.SIGINT, None)
        await asyncio.sleep(0.01)  # the line is logged from the loop
    finally:
        logger.remove(sink)
    assert server.should_exit and [c.end_reason for c in calls] == ["server stopped (SIGINT)"] * 2
    assert len(logs) == 1 and "stopped by SIGINT: cut 2 active call(s)" in logs[0]


async def test_sigint_during_a_drain_cuts_the_calls_and_logs_no_drained_line() -> None:
    # the calls uvicorn then closed let the drain see 0 calls: "drained: no active calls"
    from types import SimpleNamespace

    import uvicorn
    from loguru import logger

    from pipecat_rt_best.call_pipeline.telephony_server import DrainingServer

    call = SimpleNamespace(end_reason=None)
    state = SimpleNamespace(draining=False, active_calls=1, calls=[call])
    app = SimpleNamespace(state=state)
    server = DrainingServer(uvicorn.Config(app), app, drain_timeout_s=30.0)  # type: ignore[arg-type]
    server._loop = asyncio.get_running_loop()
    logs: list[str] = []
    sink = logger.add(lambda m: logs.append(str(m)), level="INFO")
    try:
        server.handle_exit(signal.SIGTERM, None)  # the drain begins
        await asyncio.sleep(0.1)
        assert state.draining and not server.should_exit
        server.handle_exit(signal.SIGINT, None)  # Ctrl+C during it: stop at once
        state.active_calls, state.calls = 0, []  # uvicorn closes the calls' sockets
        assert server._drain_task is not None
        await asyncio.wait_for(server._drain_task, 2)
    finally:
        logger.remove(sink)
    assert server.should_exit and call.end_reason == "server stopped (SIGINT)"
    assert not any("drained" in line for line in logs), logs
    assert any("stopped by SIGINT: cut 1 active call(s)" in line for line in logs), logs


async def test_ctrl_c_with_live_calls_logs_them_as_cut_by_the_server() -> None:
    # the real CLI: SIGINT with two calls up
    from tests.interruptible import interruptible

    async with _cli_server(preexec_fn=interruptible) as (proc, base, http):
        calls = await _calls_up(http, base, 2, 20.0)
        proc.send_signal(signal.SIGINT)
        records = await asyncio.wait_for(asyncio.gather(*calls), 15)
        assert all(r.closed_by == "server" for r in records)
        await asyncio.wait_for(proc.wait(), 20)
        assert proc.stderr is not None
        log = (await proc.stderr.read()).decode(errors="replace")
        assert log.count("ended (server stopped (SIGINT))") == 2, log[-3000:]
        assert "stopped by SIGINT: cut 2 active call(s)" in log
        assert "socket closed by the provider" not in log and "drained" not in log


@pytest.mark.parametrize("other_call", [False, True])
async def test_sigterm_lets_a_call_answered_just_before_it_start_and_waits_for_it(
    other_call: bool,
) -> None:
    # the webhook answered 200 (a slot held), SIGTERM, then the stream Twilio opens right
    # after the TwiML: the drain neither exited at once (no other call live) nor refused it
    async with _cli_server("--max-calls", "20", "--drain-timeout", "60") as (proc, base, http):
        others = await _calls_up(http, base, 1, 4.0) if other_call else []
        assert (
            await http.post("/twilio/voice", data={"CallSid": f"CA{1:032d}"})
        ).status_code == 200
        assert (await http.get("/healthz")).json()["held_calls"] == 1
        proc.send_signal(signal.SIGTERM)
        async with asyncio.timeout(5):
            while (await http.get("/readyz")).status_code != 503:
                await asyncio.sleep(0.05)
        # served: the bot's first audio comes (a loaded CI machine's took over 2 s)
        sim = _sim(base, 1, 15.0)
        sim.hang_up_when = lambda r: bool(r.received_media)
        record = await sim.run()
        assert record.closed_by == "simulator" and record.received_media
        assert all(r.closed_by == "simulator" for r in await asyncio.gather(*others))
        code = await asyncio.wait_for(proc.wait(), 20)
        assert proc.stderr is not None
        log = (await proc.stderr.read()).decode(errors="replace")
        assert code == 0, log[-2000:]
        assert "drained: no active calls" in log and "refused" not in log


async def test_metrics_count_rejected_webhooks_refused_streams_and_call_end_reasons(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a bad signature, a foreign stream and a failed call left no trace in /metrics
    from pipecat_rt_best.g711_passthrough.signature import twilio_signature

    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "tw-secret")
    async with RealtimeEmulator(api_key=KEY) as emu:

        def make_llm(call: CallInfo) -> RealtimeLLMService:
            return RealtimeLLMService(api_key=KEY, base_url=emu.url)

        app = production_telephony_app(
            g711_pipeline_factory(make_llm, make_vad=None),
            TelephonyServerConfig(providers=("twilio",), validate_twilio_signature=True),
        )
        async with serve_in_background(app) as base, httpx.AsyncClient(base_url=base) as http:
            text = (await http.get("/metrics")).text
            # every series there from the start, at 0
            assert 'pipecat_rt_best_calls_ended_total{reason="bot_silent"} 0.0' in text
            assert 'pipecat_rt_best_streams_refused_total{reason="token"} 0.0' in text
            assert (
                'pipecat_rt_best_webhooks_rejected_total{provider="twilio",reason="signature"} 0.0'
                in text
            )
            form = {"CallSid": f"CA{1:032d}"}
            bad = await http.post("/twilio/voice", data=form, headers={"X-Twilio-Signature": "x"})
            assert bad.status_code == 403
            with contextlib.suppress(Exception):
                await _sim(base, 2, 1.0).run()  # no token: refused
            signed = twilio_signature("tw-secret", f"{base}/twilio/voice", form)
            answer = await http.post(
                "/twilio/voice", data=form, headers={"X-Twilio-Signature": signed}
            )
            assert answer.status_code == 200
            token = answer.text.split('name="pcrb_token" value="')[1].split('"')[0]
            await MediaStreamSimulator(
                base.replace("http://", "ws://") + "/twilio/media",
                "twilio",
                caller_audio=b"\xff" * 8000,
                max_duration_s=1.0,
                call_id=form["CallSid"],
                custom_parameters={"pcrb_token": token},
            ).run()
            async with asyncio.timeout(5):
                while app.state.calls:
                    await asyncio.sleep(0.02)
            text = (await http.get("/metrics")).text
        assert (
            'pipecat_rt_best_webhooks_rejected_total{provider="twilio",reason="signature"} 1.0'
            in text
        )
        assert 'pipecat_rt_best_streams_refused_total{reason="token"} 1.0' in text
        assert 'pipecat_rt_best_calls_ended_total{reason="provider_stop"} 1.0' in text
        assert "pipecat_rt_best_calls_total 1.0" in text


@pytest.mark.parametrize(
    ("end_reason", "label"),
    [
        ("bot_silent: no bot audio for 8 s", "bot_silent"),
        ("bot_failed: the model refused the session", "bot_failed"),
        ("provider stop", "provider_stop"),
        ("socket closed by the provider", "socket_closed"),
        ("error", "error"),
        ("drain timeout (server shutdown)", "drain_timeout"),
        ("server stopped (SIGINT)", "server_stopped"),
        ("something new", "other"),
        (None, "other"),
    ],
)
def test_call_end_reasons_map_to_a_fixed_label_set(end_reason: str | None, label: str) -> None:
    from pipecat_rt_best.g711_passthrough.server import CALL_END_LABELS, call_end_label

    assert call_end_label(end_reason) == label and label in CALL_END_LABELS
