"""The sample pipelines in ``pipelines/`` run as scripts (offline where they can)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PIPELINES = Path(__file__).resolve().parents[1] / "pipelines"
BACKEND_VARS = ("AZURE_OPENAI_REALTIME_ENDPOINT", "OPENAI_API_KEY", "PIPECAT_RT_BEST_BACKEND")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in BACKEND_VARS}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=120, env=env, check=False
    )


def test_telephony_sample_parses_its_arguments() -> None:
    done = _run(str(PIPELINES / "telephony_g711.py"), "--help")
    assert done.returncode == 0, done.stderr
    assert "--public-url" in done.stdout
