"""The sample bots' runner ends a line where nobody speaks (``run_call_worker``'s
``caller_silence_timeout_s``), as the telephony server does: a handset left off the hook
would otherwise hold the telephony minutes and a realtime session until the provider's own
limit. A Twilio media-stream simulator whose caller stays silent for up to 8 s, the realtime
emulator greeting once, the TechNest prompt."""

from __future__ import annotations

from typing import Any

from pipecat.runner.types import WebSocketRunnerArguments
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute

from pipecat_rt_best.call_pipeline import (
    passthrough_transport,
    run_call_worker,
    serve_in_background,
)
from pipecat_rt_best.call_pipeline.assembly import phone_call, unavailable_tool_handlers
from pipecat_rt_best.call_pipeline.runner import CALLER_SILENCE_TIMEOUT_S, RunnerCall
from pipecat_rt_best.realtime_prompt import load_prompt
from pipecat_rt_best.realtime_prompt.loader import EXAMPLES
from pipecat_rt_best.testing.media_stream_simulator import MediaStreamSimulator, SimulatorRecord
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator

PROMPT = load_prompt(EXAMPLES / "tech_support_technest.yaml").prompt


async def _silent_call(**runner_kwargs: Any) -> tuple[SimulatorRecord, list[RunnerCall]]:
    ended: list[RunnerCall] = []
    script = EmulatorScript(default_reply="Hello, TechNest support here.", ms_per_char=10)
    async with RealtimeEmulator(api_key="k", script=script) as emu:
        env = {"OPENAI_API_KEY": "k", "OPENAI_REALTIME_URL": emu.url}

        async def route(ws: Any) -> None:
            await ws.accept()
            line = await passthrough_transport(WebSocketRunnerArguments(websocket=ws))
            assert line is not None
            transport, info = line
            call = await phone_call(
                transport,
                PROMPT,
                audio_format=info.session_audio_format,
                env=env,
                duck=False,
                tool_handlers=unavailable_tool_handlers(PROMPT),
            )
            ended.append(
                await run_call_worker(
                    call.worker, transport, info=info, parts=call, **runner_kwargs
                )
            )

        app = Starlette(routes=[WebSocketRoute("/ws", route)])
        async with serve_in_background(app) as base:
            sim = MediaStreamSimulator(
                base.replace("http://", "ws://") + "/ws", "twilio", max_duration_s=8
            )
            record = await sim.run()
    return record, ended


async def test_a_line_where_nobody_speaks_is_ended_after_the_silence_deadline() -> None:
    record, ended = await _silent_call(caller_silence_timeout_s=2.0)
    assert record.closed_by == "server"  # not the caller giving up after 8 s
    assert len(record.sent_media) < 8000 * 7
    assert ended and "nobody spoke" in (ended[0].ended_by or "")


async def test_without_the_deadline_the_line_stays_open() -> None:
    record, ended = await _silent_call(caller_silence_timeout_s=None)
    assert record.closed_by == "simulator"  # the caller gave up first
    assert ended and "nobody spoke" not in (ended[0].ended_by or "")


def test_the_default_deadline_is_the_telephony_servers() -> None:
    from pipecat_rt_best.g711_passthrough.call_deadlines import DeadlineConfig

    assert DeadlineConfig().caller_silence_timeout_s == CALLER_SILENCE_TIMEOUT_S


def test_the_summary_line_counts_the_models_errors_by_code() -> None:
    # a quota that ran out showed in no call's summary: it read like a slow model
    from collections import Counter

    call = RunnerCall(worker=None, transport=None)  # type: ignore[arg-type]
    assert "model errors" not in call.summary()
    call.model_errors = Counter({"insufficient_quota": 2, "server_error": 1})
    assert "model errors: insufficient_quota 2, server_error 1 (" in call.summary()


def test_the_summary_line_is_a_warning_for_a_call_that_failed_or_never_heard_the_bot() -> None:
    # the on-call review: the sample bots log at WARNING, and every call's end line was INFO,
    # so an operator saw nothing of the calls that went wrong
    call = RunnerCall(worker=None, transport=None)  # type: ignore[arg-type]
    assert call.summary_level() == "WARNING"  # the caller heard no bot reply
    call.bot_replies = 3
    assert call.summary_level() == "INFO"  # a call that worked
    call.failure = "authentication error in RealtimeLLMService#0: ..."
    assert call.summary_level() == "WARNING"
