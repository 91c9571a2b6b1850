"""Review of session 40, secrets and users' mistakes: failing tests for the findings.

Each test is a small realistic case; the comment says what was wrong and what is expected."""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipecat_rt_best.cli.errors import CliError
from pipecat_rt_best.realtime.env import BACKEND_VARS

ROOT = Path(__file__).resolve().parents[1]
KEY = "Q7f3b9c2d8e14a6b0c5d9e2f7a1b3c4d"  # an Azure-shaped key: no pattern would catch it


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in BACKEND_VARS}
    env.pop("TWILIO_AUTH_TOKEN", None)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT), env.get("PYTHONPATH", "")])
    env.update(extra)
    return env


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipecat_rt_best.cli", *args],
        capture_output=True, text=True, timeout=120, env=_env(), cwd=cwd, check=False,
    )  # fmt: skip


# -- a .env that is not UTF-8 text -----------------------------------------------------------
#
# WRONG: every command (and every sample bot) reads .env first (base.env_file.load_env_file),
# and python-dotenv reads it as UTF-8: a .env written by Windows PowerShell 5.1's
# `echo OPENAI_API_KEY=… > .env` (UTF-16 with a BOM, its default) or saved by Notepad as
# "Unicode", or one with a value typed in Latin-1, ended `pipecat-rt-best normalize 5` (a command
# that needs no key at all) in a 30-line UnicodeDecodeError traceback from inside dotenv.
# EXPECTED: one line naming the file and what to do (save it as UTF-8), exit 2, no traceback and
# nothing of the file's content.


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (f"OPENAI_API_KEY={KEY}\n".encode("utf-16"), "is UTF-16 text"),
        (f"OPENAI_API_KEY={KEY}\nCOMPANY=Société\n".encode("latin-1"), ":2: not UTF-8 text"),
    ],
    ids=["utf-16", "latin-1"],
)
def test_a_dot_env_that_is_not_utf8_is_one_line_not_a_traceback(
    tmp_path: Path, content: bytes, says: str
) -> None:
    (tmp_path / ".env").write_bytes(content)
    done = _cli("normalize", "5", cwd=tmp_path)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert line.startswith("pipecat-rt-best normalize: error: ") and says in line, line
    assert str(tmp_path / ".env") in line and "save it as UTF-8" in line
    assert KEY not in line and "Soci" not in line


def test_a_sample_bot_refuses_a_utf16_dot_env_in_one_line(tmp_path: Path) -> None:
    # WRONG: the sample bots read .env first too (run_bot_script): the same traceback.
    # EXPECTED: "phone_bot.py: error: …/.env is UTF-16 text …: save it as UTF-8", exit 2
    (tmp_path / ".env").write_bytes(f"OPENAI_API_KEY={KEY}\n".encode("utf-16"))
    done = subprocess.run(
        [sys.executable, str(ROOT / "pipelines" / "phone_bot.py"), "-t", "twilio"],
        capture_output=True, text=True, timeout=120, env=_env(), cwd=tmp_path, check=False,
    )  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert line.startswith("phone_bot.py: error: ") and "is UTF-16 text" in line, line
    assert "save it as UTF-8" in line and KEY not in line


# -- EMULATOR_API_KEY read with docker's quotes ------------------------------------------------
#
# WRONG: `docker run --env-file .env` (Compose's env_file:, systemd's EnvironmentFile=) passes
# EMULATOR_API_KEY="sim-key" with its quotes; every other key the pack reads is unquoted
# (base.env_value.env_secret), so the pack's own client sent sim-key for OPENAI_API_KEY="sim-key"
# while `pipecat-rt-best emulator` / `azure-speech-emulator` demanded '"sim-key"' with the
# quotes: every connect refused (HTTP 401), read as a bad key or a network problem.
# EXPECTED: the emulators read EMULATOR_API_KEY as the clients read their keys.


@pytest.mark.parametrize("value", ['"sim-key"', "'sim-key'", " sim-key\n"])
def test_the_emulators_key_is_read_as_the_clients_read_theirs(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    from pipecat_rt_best.cli.emulator import server_key
    from pipecat_rt_best.realtime.env import backend_config_from_env

    monkeypatch.setenv("EMULATOR_API_KEY", value)
    client = backend_config_from_env({"OPENAI_API_KEY": value}).api_key
    assert client == "sim-key"
    assert server_key(argparse.Namespace(api_key=None), "emulator") == client


# -- numbers the commands took and then ignored (or hung on) -----------------------------------
#
# WRONG: `emulator --first-delta-delay -1` (or nan) served with no delay; `azure-speech-emulator
# --first-byte-delay nan` / `--connect-delay nan` / `--realtime-factor nan` served as if the
# option were not given (`value < 0` lets NaN through, and `delay > 0` is False for it), and
# `--first-byte-delay inf` answered the SDK's first request never (every sentence then timed
# out in the client, read as an Azure outage); `bench --timeout nan` ran every suite with no
# timeout at all. The fault knobs exist to reproduce a delay: one silently not applied makes a
# test pass that should not.
# EXPECTED: one line naming the option and what it takes, exit 2, before anything is served.


def _emulator_args(**values: float | None) -> argparse.Namespace:
    base: dict[str, object] = {
        "host": "127.0.0.1",
        "port": 0,
        "api_key": None,
        "reply": [],
        "cycle": False,
        "first_delta_delay": 0.0,
        "realtime_pacing": False,
        "custom_voice": [],
        "first_byte_delay": 0.0,
        "connect_delay": 0.0,
        "realtime_factor": None,
    }
    return argparse.Namespace(**{**base, **values})


class _Started(Exception):
    """The emulator was built: the option was taken."""


def _refuse_start(*_: object, **__: object) -> None:
    raise _Started


@pytest.mark.parametrize(
    ("value", "says"),
    [(-1.0, "--first-delta-delay must be"), (math.nan, "--first-delta-delay must be")],
)
def test_the_realtime_emulator_refuses_a_delay_it_cannot_apply(
    monkeypatch: pytest.MonkeyPatch, value: float, says: str
) -> None:
    from pipecat_rt_best.cli import emulator

    monkeypatch.setattr(emulator, "RealtimeEmulator", _refuse_start)
    with pytest.raises(CliError, match=says):
        emulator.run(_emulator_args(first_delta_delay=value))


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("first_byte_delay", math.nan),
        ("first_byte_delay", math.inf),
        ("connect_delay", math.nan),
        ("realtime_factor", math.nan),
    ],
)
def test_the_speech_emulator_refuses_a_number_it_cannot_apply(
    monkeypatch: pytest.MonkeyPatch, option: str, value: float
) -> None:
    import pipecat_rt_best.testing.azure_speech_emulator as speech
    from pipecat_rt_best.cli import azure_speech_emulator

    monkeypatch.setattr(speech, "AzureSpeechEmulator", _refuse_start)
    with pytest.raises(CliError, match=f"--{option.replace('_', '-')} must be"):
        azure_speech_emulator.run(_emulator_args(**{option: value}))


def test_bench_refuses_a_timeout_that_is_not_a_number() -> None:
    done = _cli("bench", "--timeout", "nan", "no-such-suite", cwd=ROOT)
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert "--timeout must be positive" in line, line


# -- telephony-server --forwarded-allow-ips that trusts nothing ----------------------------------
#
# WRONG: uvicorn takes an entry of --forwarded-allow-ips (or $FORWARDED_ALLOW_IPS) that is not an
# IP address or network as a literal it compares client hosts with, which never matches a TCP
# peer: '10.0.0.0/33', 'localhost', space-separated networks ('10.0.0.0/8 172.16.0.0/12') or '*'
# beside another entry all served with no proxy trusted, silently. Behind the ingress every
# caller is then known by the ingress's one address: the per-address stream limit (600 opens a
# minute) and the failed-stream limit count all the callers together, and calls are refused.
# EXPECTED: one line naming the entry and what is accepted, exit 2, before anything starts.


@pytest.mark.parametrize(
    ("value", "env", "bad"),
    [
        ("10.0.0.0/33", None, "'10.0.0.0/33'"),
        ("localhost", None, "'localhost'"),
        ("10.0.0.0/8 172.16.0.0/12", None, "'10.0.0.0/8 172.16.0.0/12'"),
        ("10.0.0.1,*", None, "'*'"),
        (None, "10.0.0.O", "'10.0.0.O'"),
    ],
)
def test_a_forwarded_allow_ips_entry_uvicorn_would_never_match_is_refused(
    monkeypatch: pytest.MonkeyPatch, value: str | None, env: str | None, bad: str
) -> None:
    from pipecat_rt_best.cli import build_parser, telephony

    monkeypatch.setattr(telephony, "_check_port_free", _refuse_start)
    if env is None:
        monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    else:
        monkeypatch.setenv("FORWARDED_ALLOW_IPS", env)
    argv = ["telephony-server", "--emulator", "--port", "0"]
    args = build_parser().parse_args(argv + (["--forwarded-allow-ips", value] if value else []))
    with pytest.raises(CliError) as refused:
        telephony.run_server(args)
    line = str(refused.value)
    assert ("--forwarded-allow-ips" if value else "FORWARDED_ALLOW_IPS") in line
    assert bad in line and "IP address or network" in line, line


@pytest.mark.parametrize("value", ["10.0.0.0/8,172.16.0.0/12", "*", "10.0.0.1, ::1", "fd00::/8,"])
def test_forwarded_allow_ips_that_uvicorn_reads_are_taken(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    from pipecat_rt_best.cli import build_parser, telephony

    monkeypatch.setattr(telephony, "_check_port_free", _refuse_start)
    argv = ["telephony-server", "--emulator", "--port", "0", "--forwarded-allow-ips", value]
    with pytest.raises(_Started):  # past every check
        telephony.run_server(build_parser().parse_args(argv))


# -- the offline commands behind an HTTP proxy -----------------------------------------------
#
# WRONG: websockets (like urllib) sends a connection through $http_proxy / $https_proxy unless
# $no_proxy names the host, and loopback is not exempt: on a machine with a proxy set (a
# company laptop, a CI runner) and no 127.0.0.1 in no_proxy, the offline commands' own clients
# went to the proxy to reach their in-process servers. `telephony-call` said "cannot call the
# in-process server: gaierror" (the proxy's name), `simulate` ended in a bare TimeoutError
# traceback after 10 s (the pool never reached the embedded emulator). A proxy can never reach
# this machine's loopback.
# EXPECTED: the commands reach 127.0.0.1 / localhost / ::1 directly; the call works.


def test_an_http_proxy_in_the_environment_does_not_break_the_offline_call(tmp_path: Path) -> None:
    env = {k: v for k, v in _env().items() if k.lower() not in ("no_proxy", "all_proxy")}
    env.update(http_proxy="http://proxy.invalid:3128", https_proxy="http://proxy.invalid:3128")
    done = subprocess.run(
        [sys.executable, "-m", "pipecat_rt_best.cli", "telephony-call", "--seconds", "3"],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert "Traceback" not in done.stderr and "cannot call" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stdout + done.stderr
    assert "verdict: OK" in done.stdout


def test_loopback_is_added_to_the_no_proxy_list_in_effect_and_only_with_a_proxy() -> None:
    from urllib.request import proxy_bypass_environment

    from pipecat_rt_best.base.env_file import loopback_without_proxy

    untouched = {"PATH": "/bin"}
    loopback_without_proxy(untouched)
    assert untouched == {"PATH": "/bin"}  # no proxy: nothing changes
    env = {"HTTPS_PROXY": "http://proxy.corp:3128", "NO_PROXY": ".corp.example"}
    loopback_without_proxy(env)
    assert env["no_proxy"] == ".corp.example,localhost,127.0.0.1,::1"  # NO_PROXY's list kept
    proxies = {"no": env["no_proxy"]}
    assert proxy_bypass_environment("127.0.0.1:8765", proxies)
    assert not proxy_bypass_environment("api.openai.com:443", proxies)


# -- a proxy setting websockets cannot read -----------------------------------------------------
#
# WRONG: `telephony-call --url wss://…` with https_proxy=user:password@proxy:3128 (no scheme, as
# curl takes it) or a proxy URL with a path ended in websockets' InvalidProxy traceback, whose
# last line is the proxy URL with its password in clear: "user:S3cretPW@proxy.corp:3128 isn't a
# valid proxy: scheme user isn't supported" (the redaction knows user:password@ only after a
# scheme, and a traceback is not redacted at all).
# EXPECTED: one line saying the proxy variable cannot be used and why, without the URL.


@pytest.mark.parametrize(
    "proxy", ["user:S3cretPW@proxy.corp.invalid:3128", "http://user:S3cretPW@proxy.invalid:3128/p"]
)
def test_a_proxy_websockets_cannot_read_is_one_line_without_its_password(
    tmp_path: Path, proxy: str
) -> None:
    env = {k: v for k, v in _env().items() if k.lower() not in ("no_proxy", "all_proxy")}
    env.update(https_proxy=proxy, http_proxy=proxy)
    done = subprocess.run(
        [sys.executable, "-m", "pipecat_rt_best.cli", "telephony-call", "--seconds", "3",
         "--url", "wss://bot.example.invalid/twilio/media"],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    assert "S3cretPW" not in done.stdout + done.stderr
    assert done.returncode == 1
    (line,) = [x for x in done.stderr.splitlines() if ": error: " in x]
    assert "proxy" in line and "isn't" in line, line
