"""Review (session 40, the assembled bots and their command lines): defects found by a
helper, one test each."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest
from loguru import logger

from pipecat_rt_best.base.env_file import load_env_file
from pipecat_rt_best.base.loguru_env import loguru_env
from tests.call_pipeline.test_call_exit import _call, goodbye_cut_by_a_key


async def test_a_key_cutting_the_goodbye_ends_the_call_without_waiting_for_a_playout() -> None:
    # WRONG: the caller's key cuts the bot's goodbye; pipecat's output still writes the
    # chunk it had in hand after the line's 'clear' (its mark written off by the clear), so
    # the exit waited PLAYOUT_CONFIRM_MAX_S (2 s) of silence for a confirmation that never
    # comes and logged "the line confirmed no playout of the last words" (a WARNING an
    # operator reads as a broken line) on every such call.
    # EXPECTED: words the caller cut are owed no playout: the call ends at the cut, quietly.
    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(str(m)), level="WARNING")
    try:
        record, session, ended_by = await goodbye_cut_by_a_key()
    finally:
        logger.remove(sink)
    (cut,) = session.truncations
    assert cut["audio_end_ms"] < cut["audio_ms"]  # the goodbye was cut by the key
    assert record.closed_by == "server" and ended_by == ["end"]
    assert [line for line in lines if "confirmed no playout" in line] == []


def test_a_loguru_level_kept_in_dotenv_holds_for_the_sample_bots(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # WRONG: .env.example says "Copy to .env" and lists LOGURU_LEVEL ("loguru's level for
    # the sample pipelines ... also for the calls pipecat's runner serves"); a bot's first
    # line set its default (WARNING) before anything read .env, and .env never overrides a
    # variable already set: LOGURU_LEVEL=INFO kept in .env was ignored (so was
    # LOGURU_DIAGNOSE).
    # EXPECTED: a level kept in .env is the bot's level, as one set in the shell is.
    (tmp_path / ".env").write_text("LOGURU_LEVEL=info\n")
    monkeypatch.chdir(tmp_path)
    for name in ("LOGURU_LEVEL", "LOGURU_DIAGNOSE"):
        monkeypatch.setenv(name, "")  # restored after the test, whatever the code sets
        monkeypatch.delenv(name)
    # a sample bot's first line, then run_bot_script's load_env_file()
    os.environ.update(loguru_env(LOGURU_LEVEL="WARNING", LOGURU_DIAGNOSE="NO"))
    load_env_file()
    assert os.environ["LOGURU_LEVEL"] == "INFO"
    assert os.environ["LOGURU_DIAGNOSE"] == "NO"  # the bot's default where .env says nothing


@pytest.mark.parametrize(
    ("flag", "env", "named"),
    [
        ("10.0.0.1/8", None, "'10.0.0.1/8'"),  # a pod's address with its network's mask
        ("10.0.0.0/8 192.168.0.0/16", None, "'10.0.0.0/8 192.168.0.0/16'"),  # not commas
        ("ingress.local", None, "'ingress.local'"),  # a name: the client is never one
        ("*,10.0.0.5", None, "'*'"),  # '*' only alone means any
        (None, "10.0.0.0/33", "FORWARDED_ALLOW_IPS"),
    ],
)
def test_a_forwarded_allow_ips_entry_uvicorn_cannot_read_is_refused_in_one_line(
    flag: str | None, env: str | None, named: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # WRONG: uvicorn takes an entry that is no IP address or network as a literal that no
    # client address ever equals (its own comment: "not possible for the user to know they
    # provided a malformed IP"): the server started trusting no proxy, so behind an ingress
    # every call came from the ingress's one address (the per-address stream limit refused
    # calls past it) and X-Forwarded-Proto was ignored (the webhook answers' stream URL).
    # EXPECTED: refused before serving, one line naming the entry and the form to give.
    from pipecat_rt_best.call_pipeline import telephony_server
    from pipecat_rt_best.cli import build_parser
    from pipecat_rt_best.cli.errors import CliError

    async def served(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the server started")

    monkeypatch.setattr(telephony_server.DrainingServer, "serve", served)
    monkeypatch.setenv("FORWARDED_ALLOW_IPS", "")
    if env is None:
        monkeypatch.delenv("FORWARDED_ALLOW_IPS")
    else:
        monkeypatch.setenv("FORWARDED_ALLOW_IPS", env)
    argv = ["telephony-server", "--emulator", "--port", "0"]
    if flag is not None:
        argv += ["--forwarded-allow-ips", flag]
    args = build_parser().parse_args(argv)
    with pytest.raises(CliError) as refused:
        args.func(args)
    (line,) = str(refused.value).splitlines()
    assert named in line and "IP address or network" in line


@pytest.mark.parametrize("port", ["99999", "-1"])
def test_a_bots_port_out_of_range_is_refused_in_one_line(
    port: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # WRONG: `phone_bot.py -t twilio --port 99999` (8080 typed as 80800, say) printed "Bot
    # ready! ... ws://localhost:99999/ws" and listened on 34463 (getaddrinfo keeps the low 16
    # bits), silently; --port -1 ended in uvicorn's log block ("Servname not supported"),
    # exit 3. The pre-start port check only read ports made of digits below 65536.
    # EXPECTED: one line, exit 2, as telephony-server's --port.
    import pipecat.runner.run as pipecat_runner

    from pipecat_rt_best.call_pipeline.bot_plan import BotPlan
    from pipecat_rt_best.cli.bot_script import run_bot_script

    def served(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the runner started serving")

    monkeypatch.setattr(pipecat_runner, "main", served)
    for name in (
        "AZURE_OPENAI_REALTIME_ENDPOINT",
        "AZURE_OPENAI_API_KEY",
        "PIPECAT_RT_BEST_BACKEND",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-not-real")
    monkeypatch.setenv("PIPECAT_RT_BEST_POOL_SIZE", "0")

    async def bot(_runner_args: object) -> None:
        raise AssertionError("no call")

    with pytest.raises(SystemExit) as exited:
        run_bot_script(None, bot, plan=BotPlan(), transports=("twilio",), argv=["--port", port])
    assert exited.value.code == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert ": error: --port must be 0-65535" in line and port in line


@pytest.mark.parametrize("finish_keys", [None, "pound", "＃"])
def test_finish_keys_no_keypad_has_are_refused_when_the_keypad_is_configured(
    finish_keys: str | None,
) -> None:
    # WRONG: KeypadParams(finish_keys=None) (None for "no finish key", as keypad=None turns
    # the keypad off) was accepted, and every key the caller pressed raised TypeError inside
    # the call's KeypadProcessor: the entry never reached the model; a finish key no keypad
    # has ("pound", a full-width '＃') never ended an entry, silently.
    # EXPECTED: refused when configured, saying what to give ('' for no finish key).
    from pipecat_rt_best.call_pipeline.keypad import KeypadParams

    with pytest.raises(ValueError, match="finish_keys"):
        KeypadParams(finish_keys=finish_keys)  # type: ignore[arg-type]
    assert KeypadParams(finish_keys="").finish_keys == ""  # none: entries end by the timeout
    assert KeypadParams(finish_keys="*#").finish_keys == "*#"


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (["--reply", ""], "--reply is empty"),
        (["--reply", "Hello", "--url", "ws://127.0.0.1:9/twilio/media"], "--url"),
    ],
)
def test_telephony_call_reply_mistakes_are_one_line_before_the_call(
    extra: list[str], said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # WRONG: `telephony-call --reply ""` placed the whole call and then failed it as "the
    # bot sent no audio" (the emulator was told to say nothing); `--reply` with `--url` was
    # ignored (only the in-process emulator speaks the replies; the bot at --url says what
    # it says), the call's report never saying so.
    # EXPECTED: both refused in one line before any call is placed.
    from pipecat_rt_best.cli import build_parser
    from pipecat_rt_best.cli.errors import CliError
    from pipecat_rt_best.testing import telephony_call

    async def placed(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the call was placed")

    monkeypatch.setattr(telephony_call, "simulated_telephony_call", placed)
    args = build_parser().parse_args(["telephony-call", "--seconds", "3", *extra])
    with pytest.raises(CliError) as refused:
        args.func(args)
    (line,) = str(refused.value).splitlines()
    assert said in line and "--reply" in line


async def test_a_transfer_whose_provider_ends_the_stream_first_runs_to_its_end() -> None:
    # WRONG: a Twilio transfer updates the call with <Dial> TwiML, and that update ends the
    # call's <Connect><Stream>: the stream's close cancelled the call's worker, and with it
    # the transfer handler still awaiting its REST response: the app's code after the call
    # update (its CRM note, its own log) never ran, and nothing said so (the call's log just
    # stopped after "transferring the caller").
    # EXPECTED: the hand-off runs to its end (bounded by transfer_timeout_s), its outcome
    # logged, whatever the stream does meanwhile.
    sims: list[Any] = []
    done: list[str] = []

    async def transfer(_frame: object) -> None:
        sims[0].hang_up()  # the provider ends the stream as the call update moves the caller
        await asyncio.sleep(0.3)  # the REST response on its way back
        done.append("after the call update")

    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(str(m)), level="INFO")
    try:
        _record, _session, ended_by = await _call(
            "human_agent", line=sims, transfer_handlers={"human_agent": transfer}
        )
        outcome: list[str] = []
        for _ in range(200):  # the handler's own time, not the call's
            outcome = [line for line in lines if "the transfer to 'human_agent'" in line]
            if outcome:
                break
            await asyncio.sleep(0.01)
    finally:
        logger.remove(sink)
    assert ended_by == ["human_agent"]
    assert done == ["after the call update"]
    assert len(outcome) == 1 and "is done" in outcome[0], outcome
