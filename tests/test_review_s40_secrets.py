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
