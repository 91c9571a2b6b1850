"""User mistakes → one actionable line and a non-zero exit, never a traceback (issue 18.3)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from pipecat_rt_best.realtime.env import BACKEND_VARS  # every variable the backend selection reads
from pipecat_rt_best.testing.realtime_emulator import RealtimeEmulator
from tests.interruptible import ctrl_c_once_running
from tests.ports import free_port, refused_port

ROOT = Path(__file__).resolve().parents[1]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in BACKEND_VARS}
    env.pop("TWILIO_AUTH_TOKEN", None)
    env.update(extra)
    return env


def _cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipecat_rt_best.cli", *args],
        capture_output=True, text=True, timeout=120, env=_env(**env), check=False,
    )  # fmt: skip


def _error_lines(stderr: str) -> list[str]:
    assert "Traceback" not in stderr, stderr
    return [line for line in stderr.splitlines() if ": error: " in line]


@pytest.mark.parametrize(
    ("command", "args", "says"),
    [
        ("telephony-server", ("--providers", "twilo"), "did you mean 'twilio'?"),
        ("telephony-server", ("--validate-twilio-signature",), "set TWILIO_AUTH_TOKEN"),
        ("telephony-server", ("--bot-timeout", "0"), "bot_timeout_s must be positive"),
        ("telephony-server", ("--fallback-wav", "/nonexistent.wav"), "cannot read the fallback"),
        ("telephony-server", ("--port", "99999"), "--port must be 0-65535"),
        ("telephony-server", ("--max-calls", "0"), "--max-calls must be at least 1"),
        ("telephony-server", ("--streams-per-call", "0"), "--streams-per-call must be at least 1"),
        ("telephony-server", ("--max-message-bytes", "0"), "--max-message-bytes must be positive"),
        ("telephony-call", ("--seconds", "1"), "--seconds must be at least 3"),
        # inf was a traceback, 30000 (ms typed for s) hours of silence and GBs, silently
        ("telephony-call", ("--seconds", "inf"), "--seconds must be at most 3600 (an hour;"),
        ("telephony-call", ("--seconds", "30000"), "in seconds, not milliseconds), not 30000"),
        ("telephony-call", ("--jitter-ms", "-1"), "--jitter-ms must be within 0..1000"),
        ("telephony-call", ("--url", "localhost:8080/twilio/media"), "a media WebSocket, ws://"),
        ("telephony-server", ("--public-url", "bot.example.com"), "--public-url must be https://"),
        ("telephony-server", ("--bot-timeout", "nan"), "bot_timeout_s must be positive"),
        ("telephony-server", ("--media-timeout", "nan"), "media_timeout_s must be positive"),
        ("telephony-server", ("--drain-timeout", "nan"), "--drain-timeout must be >= 0"),
        ("telephony-server", ("--header-timeout", "0"), "--header-timeout must be > 0"),
        ("telephony-server", ("--header-timeout", "nan"), "--header-timeout must be > 0"),
        ("telephony-server", ("--ws-max-size", "0"), "--ws-max-size must be at least"),
        ("telephony-call", ("--json", "/"), "--json / is a folder"),
        (
            "telephony-call",
            ("--json", "/proc/no-such-folder/report.json"),
            "--json's folder /proc/no-such-folder: cannot make the folder",
        ),
    ],
)
def test_telephony_mistakes_are_one_line(command: str, args: tuple[str, ...], says: str) -> None:
    done = _cli(command, *args)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == _error_lines(done.stderr)  # that line only
    (line,) = _error_lines(done.stderr)
    assert line.startswith(f"pipecat-rt-best {command}: error: ") and says in line


@pytest.mark.parametrize(
    ("token", "says"),
    [
        (" \n", "set TWILIO_AUTH_TOKEN"),
        ("tok en-3f9a", "$TWILIO_AUTH_TOKEN contains whitespace or a control character"),
    ],
)
def test_a_blank_or_broken_twilio_token_is_one_line(token: str, says: str) -> None:
    # a blank token passed the check and a token with whitespace inside was used as is: every
    # genuine webhook a 403 without a hint. (--port 99999 is refused after the token: the
    # server starts in no case)
    done = _cli(
        "telephony-server", "--validate-twilio-signature", "--port", "99999",
        TWILIO_AUTH_TOKEN=token,
    )  # fmt: skip
    assert done.returncode == 2
    (line,) = _error_lines(done.stderr)
    assert says in line and "3f9a" not in done.stderr


@pytest.mark.parametrize(
    ("url", "code", "says"),
    [
        ("https://bot.example.com/exotel/media?api-key=QSECRET0042", 2, "a media WebSocket"),
        ("ws://127.0.0.1:{port}/telnyx/media?pcrb_token=QSECRET0042", 1, "cannot call"),
    ],
)
def test_a_url_in_an_error_line_shows_no_secret(url: str, code: int, says: str) -> None:
    done = _cli("telephony-call", "--provider", "telnyx", "--url", url.format(port=refused_port()))
    assert done.returncode == code
    (line,) = _error_lines(done.stderr)
    assert says in line and ("127.0.0.1" in line or "bot.example.com" in line)
    assert "QSECRET0042" not in done.stderr + done.stdout


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({"PIPECAT_RT_BEST_BACKEND": "azur"}, "must be 'azure' or 'openai'"),
        ({"AZURE_OPENAI_API_KEY": "k"}, "AZURE_OPENAI_REALTIME_ENDPOINT"),
        (
            {
                "AZURE_OPENAI_REALTIME_ENDPOINT": "https://u:PWSECRET42@x.openai.azure.com:99999",
                "AZURE_OPENAI_API_KEY": "0123456789abcdef0123456789abcdef",
            },
            "AZURE_OPENAI_REALTIME_ENDPOINT must be a URL like",
        ),
        (  # checked per call only: the server exited with a traceback (the backends review)
            {
                "AZURE_OPENAI_REALTIME_ENDPOINT": "https://x.openai.azure.com",
                "AZURE_OPENAI_API_KEY": "0123456789abcdef0123456789abcdef",
                "AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT": "my whisper",
                "PIPECAT_RT_BEST_POOL_SIZE": "0",
            },
            "AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT must be a name",
        ),
    ],
)
def test_a_backend_mistake_is_one_line_not_the_emulator(env: dict[str, str], says: str) -> None:
    done = _cli("telephony-server", "--port", str(free_port()), **env)
    assert done.returncode == 2
    (line,) = _error_lines(done.stderr)
    assert says in line and "--emulator" in line
    assert "PWSECRET42" not in done.stderr + done.stdout


@pytest.mark.parametrize(
    ("env", "says"),
    [
        # nothing set: a production server answered real callers with the offline emulator
        ({}, "no realtime backend configured: set OPENAI_API_KEY, or"),
        # a misspelt key: the emulator again, with one warning among the start-up lines
        ({"OPENAI_APIKEY": "sk-typo-in-the-name-0042"}, "did you mean OPENAI_API_KEY?"),
        (
            {"AZURE_OPENAI_ENDPOINT": "https://x.openai.azure.com"},
            "AZURE_OPENAI_REALTIME_ENDPOINT?",
        ),
        # variables of a backend without its key: half set, not "no backend meant"
        ({"OPENAI_REALTIME_MODEL": "gpt-realtim"}, "OPENAI_REALTIME_MODEL is set but no"),
        ({"OPENAI_REALTIME_URL": "ws://127.0.0.1:1/v1/realtime"}, "OPENAI_REALTIME_URL is set"),
        ({"AZURE_OPENAI_REALTIME_DEPLOYMENT": "gpt-realtime"}, "AZURE_OPENAI_REALTIME_DEPLOYMENT"),
    ],
)
def test_no_backend_without_emulator_is_one_line_not_the_emulator(
    env: dict[str, str], says: str
) -> None:
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pipecat_rt_best.cli", "telephony-server", "--no-vad",
             "--port", str(free_port()), "--providers", "twilio", "--pool-size", "0"],
            capture_output=True, text=True, timeout=45, env=_env(**env), check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"it served calls (from the emulator): {exc.stderr!r}") from None
    assert done.returncode == 2, done.stderr
    assert "webhook" not in done.stdout  # never started serving
    (line,) = _error_lines(done.stderr)
    assert says in line and "--emulator" in line, line
    assert "AZURE_OPENAI_REALTIME_ENDPOINT + AZURE_OPENAI_API_KEY" in line
    for value in env.values():
        assert value not in done.stderr  # names only, never a value


def test_a_port_in_use_is_one_line() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = _cli("telephony-server", "--port", str(port))
    assert done.returncode == 2
    (line,) = _error_lines(done.stderr)
    assert f"127.0.0.1:{port}" in line and "--port" in line


@pytest.mark.parametrize("command", ["telephony-server", "emulator"])
@pytest.mark.parametrize(
    ("host", "says"),
    [
        ("no.such.host.invalid", "is not a name this machine can resolve"),
        ("192.0.2.1", "is not an address of this machine"),  # TEST-NET-1: never local
    ],
)
def test_a_host_that_is_not_this_machines_says_host_not_port(
    command: str, host: str, says: str
) -> None:
    # it said "stop the program using it or pass another --port"
    extra = ("--emulator",) if command == "telephony-server" else ()
    done = _cli(command, *extra, "--host", host, "--port", str(free_port()))
    assert done.returncode == 2
    (line,) = _error_lines(done.stderr)
    assert f"--host {host} {says}" in line and "0.0.0.0" in line, line
    assert "--port" not in line


def test_a_host_none_of_whose_addresses_binds_is_not_this_machines_on_python_3_13() -> None:
    # Python 3.13's loop.create_server (the emulator's websockets server) skips each address
    # that is not this machine's (EADDRNOTAVAIL) and then raises an OSError with no errno:
    # the emulator said "pass another --port" for --host 192.0.2.1 there (3.11, 3.12: errno)
    from pipecat_rt_best.cli.errors import listen_error

    exc = OSError("could not bind on any address out of [('192.0.2.1', 8765)]")
    line = str(listen_error("192.0.2.1", 8765, exc))
    assert "--host 192.0.2.1 is not an address of this machine" in line, line
    assert "--port" not in line


def test_a_fallback_wav_that_is_not_a_wav_is_one_line_saying_so(tmp_path: Path) -> None:
    text = tmp_path / "prompt.wav"
    text.write_bytes(b"hello")
    done = _cli("telephony-server", "--emulator", "--fallback-wav", str(text))
    assert done.returncode == 2
    (line,) = _error_lines(done.stderr)
    assert line.endswith(
        f"cannot read the fallback prompt {text}: not a WAV file (too short for a WAV header)"
    )


def test_telephony_call_to_nothing_is_one_line() -> None:
    done = _cli("telephony-call", "--url", f"ws://127.0.0.1:{refused_port()}/twilio/media")
    assert done.returncode == 1
    (line,) = _error_lines(done.stderr)
    assert "cannot call" in line and "telephony-server running" in line


@pytest.mark.parametrize(
    "args",
    [
        ("telephony-server", "--port", "0"),  # no backend
        ("telephony-call", "--url", "ws://127.0.0.1:{port}/twilio/media"),  # nothing there
    ],
)
def test_a_refusal_is_the_only_line_not_after_pipecats_banner(args: tuple[str, ...]) -> None:
    # pipecat's INFO import banner ("ᓚᘏᗢ Pipecat 1.14.0 ...") came first: the backend check
    # loaded pipecat, and telephony-call set its log level only after loading it
    done = _cli(*(a.format(port=refused_port()) for a in args))
    assert done.returncode != 0
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"pipecat-rt-best {args[0]}: error: ")


def _stop_server(proc: subprocess.Popen[str]) -> None:
    """Stop a server started with its stdout piped to the test, and close that pipe (left
    open, the GC closed it: an 'unclosed file' ResourceWarning)."""
    try:
        proc.terminate()
        proc.wait(10)
    finally:
        if proc.stdout is not None:
            proc.stdout.close()


@pytest.fixture
def server_with_model_down() -> Iterator[int]:
    port = free_port()
    env = _env(
        OPENAI_API_KEY="sk-not-real", OPENAI_REALTIME_URL=f"ws://127.0.0.1:{refused_port()}/v1"
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipecat_rt_best.cli", "telephony-server", "--no-vad",
         "--port", str(port), "--providers", "twilio"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        proc.stdout.readline()  # "twilio: webhook …": serving
        for _ in range(100):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        yield port
    finally:
        _stop_server(proc)


def test_telephony_call_says_failed_when_the_call_did_not_work(
    server_with_model_down: int,
) -> None:
    url = f"ws://127.0.0.1:{server_with_model_down}/twilio/media"
    done = _cli("telephony-call", "--url", url, "--seconds", "8")
    assert done.returncode == 1, done.stdout + done.stderr
    verdict = done.stdout.strip().splitlines()[-1]
    assert verdict.startswith("verdict: FAILED") and "server ended the call early" in verdict


def test_telephony_sample_refuses_to_start_without_a_backend() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "pipelines" / "phone_bot.py"), "-t", "twilio"],
        capture_output=True, text=True, timeout=60, env=_env(), check=False,
    )  # fmt: skip
    assert done.returncode == 2
    (line,) = _error_lines(done.stderr)
    assert "OPENAI_API_KEY" in line and "--offline" in line


async def test_hindi_sample_with_a_rejected_key_ends_promptly_with_one_line() -> None:
    async with RealtimeEmulator(api_key="the-right-key") as emu:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, str(ROOT / "examples" / "hindi_numbers_text.py"),
            env=_env(OPENAI_API_KEY="a-wrong-key", OPENAI_REALTIME_URL=emu.url),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        # well inside the sample's own 60 s answer timeout: it must not wait for it
        out, err = await asyncio.wait_for(proc.communicate(), 40)
    assert proc.returncode == 1
    (line,) = _error_lines(err.decode())
    assert "authentication" in line and "401" in line and "a-wrong-key" not in line
    assert out.decode().strip() == ""


@pytest.mark.parametrize("command", ["simulate", "bench", "tune-vad"])
def test_an_out_folder_that_cannot_be_made_is_one_line_before_any_work(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipecat_rt_best.cli import main

    blocker = tmp_path / "a-file"
    blocker.write_text("")
    wav = tmp_path / "x.wav"  # a recording it can read: the recordings are checked first
    sf.write(wav, np.zeros(16000, np.float32), 16000)
    extra = [str(wav)] if command == "tune-vad" else []
    assert main([command, *extra, "--out", str(blocker / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot make the folder" in err


def test_port_0_prints_the_webhooks_on_the_port_it_listens_on() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipecat_rt_best.cli", "telephony-server", "--no-vad",
         "--emulator", "--port", "0", "--providers", "twilio"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env(),
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # "twilio: webhook http://127.0.0.1:PORT/twilio/voice"
        port = int(line.split("127.0.0.1:")[1].split("/")[0])
        assert port != 0, line
        for _ in range(100):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        else:
            raise AssertionError(f"nothing listens on the port it printed: {line}")
    finally:
        _stop_server(proc)


def test_the_webhooks_printed_at_start_carry_no_password_of_the_public_url() -> None:
    # Twilio's webhooks may carry basic auth (https://user:password@host): the URLs printed
    # at start (the container's log) named the password
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipecat_rt_best.cli", "telephony-server", "--no-vad",
         "--emulator", "--port", "0", "--providers", "twilio,telnyx",
         "--public-url", "https://twilio:S3cr3tPassw0rd@bot.example.com/"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env(),
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline(), proc.stdout.readline()]
    finally:
        _stop_server(proc)
    assert [line.split() for line in lines] == [
        ["twilio:", "webhook", "https://bot.example.com/twilio/voice"],
        ["telnyx:", "webhook", "https://bot.example.com/telnyx/voice"],
    ]


@pytest.mark.parametrize(
    "url", ["wss://twilio:S3cr3tPassw0rd@bot.example.com", "https://twilio:S3cr3tPassw0rd@[::1"]
)
def test_a_refused_public_url_is_named_without_its_password(url: str) -> None:
    done = _cli("telephony-server", "--public-url", url)
    assert done.returncode == 2
    (line,) = _error_lines(done.stderr)
    assert "--public-url must be https://" in line and "S3cr3tPassw0rd" not in line


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("wss://bot:S3cr3tPassw0rd@/telnyx/media", "'wss:///telnyx/media': hostname isn't"),
        (
            "ws://bot:S3cr3tPassw0rd/telnyx/media",
            "'ws://bot:<invalid port>/telnyx/media': its port",
        ),
        ("ws://127.0.0.1:99999/telnyx/media?pcrb_token=S3cr3tPassw0rd", "its port or host"),
        ("ws://bot:S3cr3tPassw0rd@[::1/telnyx/media", "'ws://<unreadable URL>': its port"),
    ],
)
def test_a_call_url_that_cannot_be_read_is_one_line_without_its_secrets(
    url: str, says: str
) -> None:
    # websockets' InvalidURI (no host) and urllib's ValueError (a port it cannot read) were
    # tracebacks, the first ending in the whole URL, its password in it
    done = _cli("telephony-call", "--provider", "telnyx", "--seconds", "3", "--url", url)
    assert done.returncode == 2
    (line,) = _error_lines(done.stderr)
    assert says in line and "S3cr3tPassw0rd" not in done.stdout + done.stderr


def test_ctrl_c_during_simulate_exits_130_without_a_verdict_or_outputs(tmp_path: Path) -> None:
    # pipecat's runner swallowed the cancellation: the half call was judged ("practice(s) 2,
    # 6, 7 did not show", exit 1) and its outputs written over the last ones
    code, out, err = ctrl_c_once_running(
        [sys.executable, "-m", "pipecat_rt_best.cli", "simulate", "--out", str(tmp_path)],
        lambda line: bool(re.match(r"\s+\d+\.\d+s\s+\[", line)),  # the call's first events
        _env(),
        settle_s=1.0,
    )
    assert code == 130, err
    assert "did not show" not in err + out and "Traceback" not in err
    assert not (tmp_path / "report.json").exists()


def _env_file_env(path: Path) -> dict[str, str]:
    """What ``docker run --env-file`` (Compose's ``env_file:``, ``set -a; . .env``) sets from
    an env file: every ``VAR=`` line, the empty ones to ``""``."""
    env = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#") and "=" in line:
            name, value = line.split("=", 1)
            env[name] = value
    return env


@pytest.mark.parametrize(
    "loguru",
    [
        {"LOGURU_LEVEL": "", "LOGURU_DIAGNOSE": ""},  # a .env copied from the old template
        {"LOGURU_LEVEL": "debug"},  # the level in lower case
        {},
    ],
)
def test_env_example_as_an_env_file_runs_the_commands_and_scripts(
    loguru: dict[str, str],
) -> None:
    # empty LOGURU_* values (and 'debug') ended every command and bot at import with
    # loguru's traceback: the deploy README's `docker run --env-file .env` crash-looped
    env = {**_env_file_env(ROOT / ".env.example"), **loguru}
    done = _cli("normalize", "5", **env)
    assert (done.returncode, done.stdout, done.stderr) == (0, "पाँच\n", "")
    for script in (ROOT / "pipelines/phone_bot.py", ROOT / "examples/pooled_calls.py"):
        ran = subprocess.run(
            [sys.executable, str(script), "--help"],
            capture_output=True, text=True, timeout=120, env=_env(**env), check=False,
        )  # fmt: skip
        assert ran.returncode == 0 and "Traceback" not in ran.stderr, (script.name, ran.stderr)
        # the bots' own default (WARNING: no import banner) where the level was left empty
        assert ("Pipecat" in ran.stderr) == (loguru.get("LOGURU_LEVEL") == "debug"), script.name


def test_a_log_level_loguru_does_not_know_is_one_line() -> None:
    done = _cli("normalize", "5", LOGURU_LEVEL="verbose")
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert line == (
        "pipecat-rt-best: error: LOGURU_LEVEL='verbose' is not a log level: set one of "
        "TRACE, DEBUG, INFO, SUCCESS, WARNING, ERROR, CRITICAL"
    )
    ran = subprocess.run(
        [sys.executable, str(ROOT / "pipelines/phone_bot.py"), "--help"],
        capture_output=True, text=True, timeout=120, env=_env(LOGURU_DIAGNOSE="maybe"),
        check=False,
    )  # fmt: skip
    assert ran.returncode == 2
    assert ran.stderr.splitlines() == [
        "phone_bot.py: error: LOGURU_DIAGNOSE='maybe' is not a boolean: set it to YES or NO "
        "(or leave it empty)"
    ]


def _first_line_then_close(cmd: list[str], stdin: Path | None = None) -> tuple[int, str, str]:
    """Run ``cmd`` as ``cmd | head -1`` runs it: read its first line, close the pipe; its exit
    code, that line and its stderr."""
    with contextlib.ExitStack() as stack:
        source = stack.enter_context(stdin.open("rb")) if stdin else subprocess.DEVNULL
        proc = subprocess.Popen(
            cmd, stdin=source, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=_env(),
        )  # fmt: skip
        stack.enter_context(proc)  # its pipes closed when done (after the kill below)
        stack.callback(proc.kill)
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read()  # to its end: the process has exited
        return proc.wait(120), first, err


@pytest.mark.parametrize(
    ("cmd", "stdin"),
    [
        (["-m", "pipecat_rt_best.cli", "normalize", "--lang", "hi"], "₹4,500\n" * 100_000),
        (["-m", "pipecat_rt_best.cli", "simulate", "--out", "{tmp}"], None),
        ([str(ROOT / "pipelines/phone_bot.py"), "--offline"], None),
    ],
)
def test_output_into_a_reader_that_stops_early_ends_quietly(
    cmd: list[str], stdin: str | None, tmp_path: Path
) -> None:
    # `… | head -1`: normalize died with a BrokenPipeError traceback, simulate blamed --out
    # ("could not write to --out …: Broken pipe"), the bot said "the call did not connect"
    args = [sys.executable, *(a.format(tmp=tmp_path) for a in cmd)]
    source = None
    if stdin is not None:
        source = tmp_path / "stdin.txt"
        source.write_text(stdin, encoding="utf-8")
    code, first, err = _first_line_then_close(args, source)
    assert first.strip()
    assert code == 141, err  # as a filter that SIGPIPE ended
    assert "Traceback" not in err and "error" not in err, err


def test_simulate_still_says_when_its_out_folder_cannot_be_written(tmp_path: Path) -> None:
    from pipecat_rt_best.testing.simulated_call.call import OutputsNotWritten, write_outputs

    (tmp_path / "taken").write_text("a file")
    with pytest.raises(OutputsNotWritten) as err:
        write_outputs(None, None, tmp_path / "taken")  # type: ignore[arg-type]
    assert isinstance(err.value, OSError) and err.value.strerror


def test_a_console_without_indic_letters_gets_escapes_not_a_traceback() -> None:
    # WRONG (session 40's review): with PYTHONIOENCODING=cp1252 (a Windows redirect) normalize's
    # Hindi output ended in a UnicodeEncodeError traceback. EXPECTED: the text, escaped
    done = _cli("normalize", "--lang", "hi", "₹500", PYTHONIOENCODING="cp1252")
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "\\u" in done.stdout and "500" not in done.stdout
    helped = _cli("normalize", "--help", PYTHONIOENCODING="cp1252")
    assert helped.returncode == 0 and "Traceback" not in helped.stderr, helped.stderr
