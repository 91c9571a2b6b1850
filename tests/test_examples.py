"""The single-practice demos in ``examples/`` run offline with ``--offline`` and refuse without."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.interruptible import ctrl_c_once_running

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
BACKEND_VARS = ("AZURE_OPENAI_REALTIME_ENDPOINT", "OPENAI_API_KEY", "PIPECAT_RT_BEST_BACKEND")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in BACKEND_VARS}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=120, env=env, check=False
    )


def test_hindi_numbers_text_speaks_no_digits_offline() -> None:
    done = _run(str(EXAMPLES / "hindi_numbers_text.py"), "--offline")
    assert done.returncode == 0, done.stderr
    out = done.stdout.strip()
    assert "बारह हज़ार पाँच सौ रुपये" in out and "चार पाँच छह सात" in out
    assert not any(ch.isdigit() for ch in out), out


def test_hindi_numbers_text_refuses_without_a_backend_or_offline() -> None:
    done = _run(str(EXAMPLES / "hindi_numbers_text.py"))
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "OPENAI_API_KEY" in done.stderr and "--offline" in done.stderr


def test_ctrl_c_ends_an_example_promptly() -> None:
    # the worker's runner was left waiting: asyncio.run never returned (still running 40 s on)
    env = {k: v for k, v in os.environ.items() if k not in BACKEND_VARS}
    code, _, err = ctrl_c_once_running(
        [sys.executable, str(EXAMPLES / "azure_tts_call.py"), "--offline"],
        lambda line: "speaking with" in line,  # the pipeline is running
        env,
    )
    assert code == 130, err
    assert "Traceback" not in err


def test_the_examples_read_the_backend_from_dot_env(tmp_path: Path) -> None:
    # a review (session 26): .env.example says "copy to .env"; the CLI and the sample bots read
    # it, the examples did not and refused with "set OPENAI_API_KEY" with the key in .env
    (tmp_path / ".env").write_text(
        "OPENAI_API_KEY=sk-test\nOPENAI_REALTIME_URL=ws://127.0.0.1:9/v1/realtime\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in BACKEND_VARS}
    for example in ("hindi_numbers_text.py", "pooled_calls.py", "structured_prompt.py"):
        done = subprocess.run(
            [sys.executable, str(EXAMPLES / example)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            cwd=tmp_path,
            check=False,
        )
        # it tried the backend in .env (nothing listens on port 9), not "set OPENAI_API_KEY"
        assert done.returncode == 1 and "127.0.0.1" in done.stderr, (example, done.stderr)
