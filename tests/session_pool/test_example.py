"""``examples/pooled_calls.py`` runs offline: one cold call, then calls on warm sessions."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "pooled_calls.py"
BACKEND_VARS = ("AZURE_OPENAI_REALTIME_ENDPOINT", "OPENAI_API_KEY", "PIPECAT_RT_BEST_BACKEND")


def test_the_sample_runs_offline_and_its_pooled_calls_are_warm() -> None:
    env = {k: v for k, v in os.environ.items() if k not in BACKEND_VARS}
    done = subprocess.run(
        [sys.executable, str(SAMPLE), "--offline", "--calls", "3", "--handshake-ms", "200"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 3, done.stdout
    assert "(cold connect)" in lines[0]
    assert all("(pooled, warm, checkout" in line for line in lines[1:]), done.stdout


def test_the_sample_refuses_a_single_call_with_one_line() -> None:
    done = subprocess.run(
        [sys.executable, str(SAMPLE), "--calls", "1"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [
        "pooled_calls.py: error: --calls must be at least 2 (one cold, then pooled)"
    ]


@pytest.mark.parametrize("value", ["-300", "nan"])
def test_a_negative_handshake_is_refused_with_one_line(value: str) -> None:
    # it was accepted: a "cold connect" of 15 ms
    done = subprocess.run(
        [sys.executable, str(SAMPLE), "--offline", "--handshake-ms", value],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [
        f"pooled_calls.py: error: --handshake-ms must be >= 0, not {float(value):g}"
    ]


def test_without_a_backend_or_offline_it_refuses_with_one_line() -> None:
    env = {k: v for k, v in os.environ.items() if k not in BACKEND_VARS}
    done = subprocess.run(
        [sys.executable, str(SAMPLE)], capture_output=True, text=True, timeout=60, env=env,
        check=False,
    )  # fmt: skip
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "OPENAI_API_KEY" in done.stderr and "--offline" in done.stderr
    assert "Traceback" not in done.stderr
