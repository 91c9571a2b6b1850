"""examples/azure_tts_call.py runs offline and shows the barge-in cutting the model's copy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("azure.cognitiveservices.speech")

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "azure_tts_call.py"


def test_the_sample_speaks_offline_and_the_model_keeps_the_heard_words() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AZURE_SPEECH_")}
    done = subprocess.run(
        [sys.executable, str(SAMPLE), "--offline"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Azure Speech emulator" in out
    assert "four lakh fifty thousand rupees" in out  # numbers spelled out for the voice
    heard = out.split("the caller heard:\n")[1].splitlines()[0].strip().strip("'")
    assert heard and f"the model now remembers saying: [{heard!r}]" in out


def test_a_negative_barge_in_is_one_line_and_exit_2() -> None:
    done = subprocess.run(
        [sys.executable, str(SAMPLE), "--barge-in-ms", "-5"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "--barge-in-ms" in done.stderr


def test_without_speech_config_or_offline_it_refuses_with_one_line() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AZURE_SPEECH_")}
    done = subprocess.run(
        [sys.executable, str(SAMPLE)], capture_output=True, text=True, timeout=60, env=env,
        check=False,
    )  # fmt: skip
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "AZURE_SPEECH_API_KEY" in done.stderr and "--offline" in done.stderr


def test_a_barge_in_after_the_reply_ended_is_one_line_and_exit_1() -> None:
    # the reply plays ~14 s: the caller "barging in" at 20 s found nothing playing, and the
    # sample waited for a heard-text report that never came (TimeoutError traceback)
    env = {k: v for k, v in os.environ.items() if not k.startswith("AZURE_SPEECH_")}
    done = subprocess.run(
        [sys.executable, str(SAMPLE), "--offline", "--barge-in-ms", "20000"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.splitlines()
    assert line.startswith("azure_tts_call.py: error: the reply ended before the barge-in")
    assert "--barge-in-ms 20000" in line and "or 0 to let the whole reply play" in line
