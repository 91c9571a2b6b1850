"""The adapters between pipecat's development runner and the pack (call_pipeline.runner)."""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from pipecat.runner.types import WebSocketRunnerArguments
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute

from pipecat_rt_best.call_pipeline import (
    BotConfigError,
    bot_pool_config,
    load_bot_prompt,
    passthrough_transport,
    serve_in_background,
)
from pipecat_rt_best.call_pipeline.runner import close_shared_session_pools, shared_session_pool
from pipecat_rt_best.g711_passthrough.dialects import Provider
from pipecat_rt_best.g711_passthrough.server import CallInfo
from pipecat_rt_best.g711_passthrough.stream_start import detect_provider
from pipecat_rt_best.g711_passthrough.transport import G711PassthroughTransport
from pipecat_rt_best.realtime_prompt.loader import EXAMPLES
from pipecat_rt_best.session_pool.pool import PoolConfig
from pipecat_rt_best.testing.media_stream_simulator import MediaStreamSimulator

PROMPTS = EXAMPLES


async def _start_on_ws(provider: Provider, transport_arg: str | None = None) -> Any:
    """What passthrough_transport makes of one simulated provider stream on ``/ws``."""
    seen: list[Any] = []

    async def route(websocket: Any) -> None:
        await websocket.accept()
        runner_args = WebSocketRunnerArguments(websocket=websocket)
        runner_args.cli_args = argparse.Namespace(transport=transport_arg)
        seen.append(await passthrough_transport(runner_args, start_timeout_s=3))
        await websocket.close()

    app = Starlette(routes=[WebSocketRoute("/ws", route)])
    async with serve_in_background(app) as base:
        sim = MediaStreamSimulator(
            base.replace("http://", "ws://") + "/ws", provider, max_duration_s=3
        )
        await asyncio.wait_for(sim.run(), 10)
    assert seen
    return seen[0]


@pytest.mark.parametrize(
    ("provider", "law"),
    [("twilio", "ulaw"), ("telnyx", "ulaw"), ("plivo", "ulaw"), ("exotel", "ulaw")],
)
async def test_the_provider_is_recognised_from_its_start(provider: Provider, law: str) -> None:
    line = await _start_on_ws(provider)
    assert line is not None
    transport, info = line
    assert isinstance(transport, G711PassthroughTransport)
    assert isinstance(info, CallInfo)
    assert (info.provider, info.law) == (provider, law)
    assert info.start.stream_id.startswith("MZsimulated")


async def test_the_runners_transport_flag_names_the_provider() -> None:
    # -t plivo: a Twilio-shaped start is not Plivo's, so no call starts
    assert await _start_on_ws("twilio", transport_arg="plivo") is None


def test_detect_provider_reads_each_dialects_stream_key() -> None:
    assert detect_provider('{"event": "start", "streamSid": "MZ1", "start": {}}') == "twilio"
    assert detect_provider('{"event": "start", "stream_id": "s", "start": {}}') == "telnyx"
    assert detect_provider('{"event": "start", "start": {"streamId": "p"}}') == "plivo"
    assert detect_provider('{"event": "start", "start": {"stream_sid": "e"}}') == "exotel"
    assert detect_provider('{"event": "connected"}') is None
    assert detect_provider("not json") is None


def test_load_bot_prompt_refuses_a_bad_file_in_one_line(tmp_path: Path) -> None:
    assert load_bot_prompt(PROMPTS / "tech_support_technest.yaml").states
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\n", encoding="utf-8")
    with pytest.raises(BotConfigError) as err:
        load_bot_prompt(bad)
    assert "\n" not in str(err.value) and "bad.yaml" in str(err.value)
    with pytest.raises(BotConfigError, match="no such file"):
        load_bot_prompt(tmp_path / "missing.yaml")


def test_load_bot_prompt_reads_the_file_again_after_it_changes(tmp_path: Path) -> None:
    """Editing the prompt in a notebook and re-running the cell kept the first version
    (the cache was keyed on the path alone)."""
    mine = tmp_path / "my_prompt.yaml"
    shutil.copy(PROMPTS / "tech_support_technest.yaml", mine)
    first = load_bot_prompt(mine)
    assert "Riya" in repr(first)
    assert load_bot_prompt(mine) is first  # unchanged: loaded once
    mine.write_text(mine.read_text(encoding="utf-8").replace("Riya", "Meera"), encoding="utf-8")
    edited = load_bot_prompt(mine)
    assert "Meera" in repr(edited) and "Riya" not in repr(edited)
    # the same size, a later modification time: read again too
    mine.write_text(mine.read_text(encoding="utf-8").replace("Meera", "Tanvi"), encoding="utf-8")
    later = mine.stat().st_mtime_ns + 2_000_000_000
    os.utime(mine, ns=(later, later))
    assert "Tanvi" in repr(load_bot_prompt(mine))
    mine.write_text("name: x\n", encoding="utf-8")  # broken now: refused, not the old one
    with pytest.raises(BotConfigError):
        load_bot_prompt(mine)


def test_a_call_cannot_leave_its_details_in_the_shared_prompt() -> None:
    # every call of the process gets the same prompt object; its context was a plain dict,
    # so one caller's name went into every later call's prompt (and into an earlier call's
    # re-rendered instructions)
    from pipecat_rt_best.realtime_prompt import ConversationStateController

    path = PROMPTS / "hindi_loan_collection.yaml"
    call_a = load_bot_prompt(path)
    with pytest.raises(TypeError, match=r"read-only.*with_context"):
        call_a.context["Customer Name"] = "Rahul Sharma"  # type: ignore[index]
    listed = next((k for k, v in call_a.context.items() if isinstance(v, list)), None)
    if listed is not None:
        with pytest.raises(TypeError, match="read-only"):
            call_a.context[listed].append("more")  # type: ignore[union-attr]
    mine_a = call_a.with_context({"Customer Name": "Rahul Sharma"})
    states_a = ConversationStateController(mine_a, narrow_instructions=True)
    call_b = load_bot_prompt(path)
    assert "Rahul Sharma" not in call_b.context.values()
    mine_b = call_b.with_context({"Customer Name": "Priya Verma"})
    ConversationStateController(mine_b, narrow_instructions=True)
    assert "Priya Verma" not in states_a.instructions()
    assert mine_a.context["Customer Name"] == "Rahul Sharma"


def test_load_bot_prompt_takes_the_command_lines_prompt_over_the_bots() -> None:
    runner_args = WebSocketRunnerArguments(websocket=None)  # type: ignore[arg-type]
    runner_args.cli_args = argparse.Namespace(prompt=PROMPTS / "hindi_loan_collection.yaml")
    default = PROMPTS / "tech_support_technest.yaml"
    assert (
        load_bot_prompt(default, runner_args).name
        == load_bot_prompt(PROMPTS / "hindi_loan_collection.yaml").name
    )
    runner_args.cli_args = argparse.Namespace(prompt=None)  # no --prompt: the bot's own
    assert load_bot_prompt(default, runner_args) is load_bot_prompt(default)
    assert (
        load_bot_prompt(default, runner_args).name
        != load_bot_prompt(PROMPTS / "hindi_loan_collection.yaml").name
    )


def test_bot_pool_size_comes_from_the_environment_else_the_bots_default() -> None:
    def size(env: dict[str, str], default: int | None = None) -> int:
        config = bot_pool_config(env, default_size=default)
        return 0 if config is None else config.min_idle

    assert size({}) == 4  # as telephony-server
    assert size({}, default=1) == 1  # a bot's own default (the browser bot: 1)
    assert size({"PIPECAT_RT_BEST_POOL_SIZE": "3"}, default=1) == 3
    assert size({"PIPECAT_RT_BEST_POOL_SIZE": "0"}, default=1) == 0  # no pool
    config = bot_pool_config({"PIPECAT_RT_BEST_POOL_SIZE": "2"})
    # a rejected key fails calls at once (two 401/403s); a rate-limit blip is retried (five)
    assert config is not None and (config.breaker_auth_failures, config.breaker_failures) == (2, 5)


def test_a_bot_process_pool_serves_more_than_64_calls_and_any_size() -> None:
    # max_total counts the sockets calls hold: PoolConfig's default 64 refused call 65
    config = bot_pool_config({"PIPECAT_RT_BEST_POOL_SIZE": "4"})
    assert config is not None and config.max_total - config.max_idle >= 1000
    big = bot_pool_config({"PIPECAT_RT_BEST_POOL_SIZE": "100"})  # raised ValueError (max_total)
    assert big is not None and big.min_idle == 100 and big.max_total >= 1100


def test_each_asyncio_run_gets_its_own_shared_pool() -> None:
    """A REPL running a coroutine with ``asyncio.run()`` twice: the second run got the first
    run's pool, bound to a closed loop (PoolError), and close_shared_session_pools() then
    failed on it."""
    env = {"OPENAI_API_KEY": "sk-x", "OPENAI_REALTIME_URL": "ws://127.0.0.1:9/v1/realtime"}
    config = PoolConfig(min_idle=0)  # nothing connects

    async def get() -> Any:
        return await shared_session_pool(env, config)

    first = asyncio.run(get())
    second = asyncio.run(get())  # raised PoolError: started on another event loop
    assert second is not None and second is not first and not second.closed
    asyncio.run(close_shared_session_pools())  # raised: the pools' loops are closed

    async def get_and_close() -> tuple[Any, Any]:
        pool = await get()
        again = await get()
        await close_shared_session_pools()
        return pool, again

    third, again = asyncio.run(get_and_close())
    assert third is again and third not in (first, second)
    assert third.closed  # this loop's pool is closed by close_shared_session_pools


async def test_the_shared_pool_is_one_per_endpoint_and_key() -> None:
    def env(key: str, model: str = "m") -> dict[str, str]:
        return {
            "OPENAI_API_KEY": key,
            "OPENAI_REALTIME_URL": "ws://127.0.0.1:9/v1/realtime",
            "OPENAI_REALTIME_MODEL": model,
            "PIPECAT_RT_BEST_POOL_SIZE": "0",
        }

    config = PoolConfig(min_idle=0)  # nothing connects
    try:
        a = await shared_session_pool(env("sk-tenant-a"), config)
        assert a is await shared_session_pool(env("sk-tenant-a"), config)
        b = await shared_session_pool(env("sk-tenant-b"), config)
        c = await shared_session_pool(env("sk-tenant-a", model="other"), config)
        assert a is not b and a is not c and b is not c
        assert b is not None and await b.backend.auth_headers() == {
            "Authorization": "Bearer sk-tenant-b"
        }
    finally:
        await close_shared_session_pools()
