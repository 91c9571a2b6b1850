"""The telephony subcommands."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from pipecat_rt_best.cli import build_parser, main
from pipecat_rt_best.cli.telephony import _llm_source
from pipecat_rt_best.g711_passthrough.dialects import StreamStart
from pipecat_rt_best.g711_passthrough.server import CallInfo
from pipecat_rt_best.realtime import RealtimeConfigError
from pipecat_rt_best.testing import telephony_call
from pipecat_rt_best.testing.realtime_emulator.audio import synthesize
from pipecat_rt_best.testing.telephony_call import CallReport


def test_subcommands_are_registered() -> None:
    parser = build_parser()
    args = parser.parse_args(["telephony-server", "--port", "0", "--providers", "twilio,plivo"])
    assert args.func.__name__ == "run_server" and args.providers == "twilio,plivo"
    args = parser.parse_args(["telephony-call", "--provider", "exotel"])
    assert args.func.__name__ == "run_call"


def test_offline_call_reports_exact_bytes(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    code = main(
        [
            "telephony-call",
            "--provider",
            "plivo",
            "--seconds",
            "3",
            "--reply",
            "Hi.",
            "--json",
            str(out),
        ]
    )
    report = json.loads(out.read_text())
    assert code == 0
    assert report["caller_bytes_exact"] is True and report["bot_bytes_exact"] is True
    assert report["marks_echoed"] == report["marks_sent_by_app"] > 0
    assert report["bot_ms_played"] > 0 and report["first_bot_playout_s"] is not None


async def test_a_call_that_ends_while_the_bot_speaks_is_not_reported_as_altered() -> None:
    # WRONG: the bot's bytes were compared whole with everything the model sent, so a call
    # that hung up while the bot still spoke (a loaded CI machine's 3 s call; here a reply
    # longer than the call) was "FAILED — the model's bytes reached the caller altered"
    long_reply = "Thank you for calling, let me read you the whole of our terms and conditions now."
    report = await telephony_call.simulated_telephony_call(
        "twilio", seconds=2.5, replies=(long_reply,)
    )
    reply_bytes = len(synthesize(long_reply, "audio/pcmu"))
    assert 0 < report.bot_bytes_received < reply_bytes  # the call cut the reply
    assert report.bot_bytes_exact is True  # what arrived is the model's, byte for byte


@pytest.mark.parametrize(
    ("caller", "bot", "words"),
    [
        (None, None, "bytes not compared"),
        (True, None, "the caller's bytes intact, the bot's not compared"),
        (True, True, "bytes intact"),
    ],
)
def test_the_verdict_claims_intact_bytes_only_when_they_were_compared(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caller: bool | None,
    bot: bool | None,
    words: str,
) -> None:
    # a call to --url sees only the line, not the model's side: the exact-bytes fields are
    # None, and the verdict said "bytes intact" all the same
    async def call(*_args: object, **_kwargs: object) -> CallReport:
        return CallReport(
            provider="twilio", seconds=4.0, caller_bytes_sent=32000, bot_bytes_received=8000,
            bot_ms_played=1000.0, marks_sent_by_app=2, marks_echoed=2,
            marks_echoed_after_clear=0, clears=0, first_bot_audio_s=1.0,
            first_bot_playout_s=1.1, caller_bytes_exact=caller, bot_bytes_exact=bot,
        )  # fmt: skip

    monkeypatch.setattr(telephony_call, "simulated_telephony_call", call)
    argv = ["telephony-call", "--provider", "twilio", "--url", "ws://127.0.0.1:9/twilio/media"]
    assert main(argv) == 0
    verdict = capsys.readouterr().out.splitlines()[-1]
    assert verdict.startswith(f"verdict: OK — audio both ways, {words}")


async def test_backend_selection(monkeypatch: pytest.MonkeyPatch) -> None:
    call = CallInfo("twilio", StreamStart("MZ1"), "ulaw")
    args = argparse.Namespace(emulator=False, instructions="Be brief.", no_vad=False)
    for name in ("OPENAI_API_KEY", "AZURE_OPENAI_REALTIME_ENDPOINT", "PIPECAT_RT_BEST_BACKEND"):
        monkeypatch.delenv(name, raising=False)
    # nothing configured: an error, never the emulator in the backend's place
    with pytest.raises(RealtimeConfigError, match="no realtime backend configured"):
        async with _llm_source(args):
            pass
    emulator = argparse.Namespace(emulator=True, instructions="Be brief.", no_vad=False)
    async with _llm_source(emulator) as make_llm:  # --emulator → embedded emulator
        llm = make_llm(call)
        assert llm.base_url.startswith("ws://127.0.0.1:")
        assert llm.output_audio_format.type == "audio/pcmu"
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-real")
    async with _llm_source(args) as make_llm:
        llm = make_llm(CallInfo("telnyx", StreamStart("T1", encoding="alaw"), "alaw"))
        assert llm.base_url.startswith("wss://api.openai.com")
        assert llm.input_audio_format.type == "audio/pcma"


def test_telephony_call_says_it_is_running_while_it_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # nothing was printed until the call was over (an 8 s call: 9.5 s of silence)
    import asyncio

    import pipecat_rt_best.cli.telephony as telephony_cli

    seen_during: list[str] = []

    async def call(*_args: object, **_kwargs: object) -> CallReport:
        for _ in range(200):  # until a progress line has been printed (at most 2 s)
            await asyncio.sleep(0.01)
            seen_during.append(capsys.readouterr().out)
            if "… " in "".join(seen_during):
                break
        return CallReport(
            provider="twilio", seconds=4.0, caller_bytes_sent=32000, bot_bytes_received=8000,
            bot_ms_played=1000.0, marks_sent_by_app=2, marks_echoed=2,
            marks_echoed_after_clear=0, clears=0, first_bot_audio_s=1.0,
            first_bot_playout_s=1.1, caller_bytes_exact=True, bot_bytes_exact=True,
        )  # fmt: skip

    monkeypatch.setattr(telephony_call, "simulated_telephony_call", call)
    monkeypatch.setattr(telephony_cli, "PROGRESS_EVERY_S", 0.001)
    assert main(["telephony-call", "--seconds", "4"]) == 0
    during = "".join(seen_during)
    assert during.startswith("Simulated twilio call (4.0 s, jitter buffer 100 ms)\n")
    assert "s of the 4 s call\n" in during


def test_forwarded_allow_ips_names_the_proxy_whose_client_address_is_used() -> None:
    # behind an ingress every client had the proxy's address (one per-address stream budget
    # for the provider and everyone else), and the CLI could not say which proxy to trust
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if "API_KEY" not in k and "AZURE" not in k}
    env["FORWARDED_ALLOW_IPS"] = "10.9.9.9"  # the flag wins over uvicorn's variable
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipecat_rt_best.cli", "telephony-server", "--emulator",
         "--no-vad", "--port", str(port), "--pool-size", "0",
         "--forwarded-allow-ips", "127.0.0.1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/healthz", headers={"X-Forwarded-For": "203.0.113.7"}
        )
        for _ in range(300):
            try:
                urllib.request.urlopen(request, timeout=5).close()
                break
            except OSError:
                time.sleep(0.1)
    finally:
        proc.send_signal(signal.SIGINT)
        _, log = proc.communicate(timeout=30)
    assert '203.0.113.7:0 - "GET /healthz HTTP/1.1" 200' in log, log[-2000:]
