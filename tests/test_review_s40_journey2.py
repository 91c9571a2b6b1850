"""Review (session 40, the user's first hour: README, sample bots, examples, ``simulate``):
defects found by a helper, one test each."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipecat_rt_best.cli import main

ROOT = Path(__file__).resolve().parents[1]
# a backend that would replace the emulators if left in the environment
BACKEND_VARS = (
    "AZURE_OPENAI_REALTIME_ENDPOINT",
    "AZURE_OPENAI_API_KEY",
    "OPENAI_API_KEY",
    "OPENAI_REALTIME_URL",
    "PIPECAT_RT_BEST_BACKEND",
)


class _Stop(Exception):
    """Ends ``simulate`` once it has set up its logging (the call itself is not needed)."""


@pytest.mark.parametrize(
    ("args", "level"),
    [
        (["--log-level", "DEBUG", "simulate"], "DEBUG"),
        (["--log-level", "error", "simulate"], "ERROR"),
        (["simulate"], "WARNING"),  # its own quiet default: no INFO chatter over the timeline
        (["simulate", "--verbose"], "DEBUG"),
    ],
)
def test_simulate_logs_at_the_level_asked_for(
    args: list[str], level: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # WRONG: `pipecat-rt-best --log-level DEBUG simulate` warned "log level DEBUG: the calls'
    # content is logged", then showed ~1300 lines of websockets frames and matplotlib fonts
    # and not one line of pipecat's or the pack's (simulate put loguru back at WARNING
    # whatever --log-level said); `--log-level ERROR simulate` still printed WARNINGs.
    # EXPECTED: a --log-level given is the level simulate logs at; without one, simulate's
    # own quiet default (WARNING), and --verbose DEBUG.
    from pipecat_rt_best.testing.simulated_call import logs

    asked: list[str] = []

    def record(level: str = "WARNING") -> None:
        asked.append(level)
        raise _Stop

    monkeypatch.setattr(logs, "quiet_logs", record)
    with pytest.raises(_Stop):
        main([*args, "--out", str(tmp_path)])
    assert asked == [level]


BOT_WITHOUT_PROMPT_ARG = '''"""My bot: loads its prompt itself, and leaves run_bot_script's prompt= out."""
import os

from pipecat_rt_best.base.loguru_env import loguru_env

os.environ.update(loguru_env(LOGURU_LEVEL="WARNING", LOGURU_DIAGNOSE="NO"))  # as the sample bots

from pipecat_rt_best.call_pipeline import BotPlan
from pipecat_rt_best.cli.bot_script import run_bot_script


async def bot(runner_args):
    raise AssertionError("no call reaches the bot")


if __name__ == "__main__":
    run_bot_script(__doc__, bot, plan=BotPlan(modality="audio"))
'''


def test_offline_of_a_bot_without_a_prompt_is_one_line(tmp_path: Path) -> None:
    # WRONG: run_bot_script's prompt= is optional, and a bot of your own that leaves it out
    # (it loads its prompt itself) ended `--offline` in a traceback:
    # "AttributeError: 'Namespace' object has no attribute 'prompt'" (the emulated model
    # walks the prompt the command line names, and there was none).
    # EXPECTED: one line saying what --offline needs, exit 2, no traceback.
    script = tmp_path / "my_bot.py"
    script.write_text(BOT_WITHOUT_PROMPT_ARG, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in BACKEND_VARS}
    done = subprocess.run(
        [sys.executable, str(script), "--offline"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("my_bot.py: error: "), done.stderr
    assert "prompt=" in lines[0], done.stderr


def test_the_browser_bots_offline_walk_moves_to_a_state_past_a_transfer(tmp_path: Path) -> None:
    # WRONG: the browser bot's --offline model walked each state's first transition only if
    # it was a state: a first state listing its transfer before its move on (the README's
    # "your own bot" balance line) was "moved" to itself, the call ended with "prompt states:
    # 1_greeting" and "ok: the call worked", the state tracking never exercised (the phone
    # bots' walk had been fixed for this prompt: it takes the first move to a state).
    # EXPECTED: the walk moves along the first transition to another state, as the README
    # says of every bot's --offline call (not to 'end' or a transfer target).
    from pipecat_rt_best.realtime_prompt import load_prompt
    from pipecat_rt_best.realtime_prompt.render import STATE_TOOL_NAME
    from pipecat_rt_best.testing.webrtc_caller import webrtc_walk
    from tests.testing.test_offline_own_bot import PROMPT

    (tmp_path / "acme.yaml").write_text(PROMPT, encoding="utf-8")
    prompt = load_prompt(tmp_path / "acme.yaml").prompt
    script = webrtc_walk(prompt, STATE_TOOL_NAME)
    after_first_turn = [{"type": "message", "role": "user", "content": []}]
    reply = script.responder(after_first_turn)
    assert [c.arguments for c in reply.tool_calls] == [{"next_step": "2_balance"}]


GREET_THEN_END = """\
name: Greet and end
language: en-IN
personality:
  identity: You are a bot.
  task: Say hello.
context:
  Business name: Foo
instructions:
  - Be brief.
states:
  - id: 1_hello
    description: Say hello.
    instructions:
      - Say hello.
    examples:
      - Hello there.
    transitions:
      - next_step: end
        condition: When done.
"""


def test_the_phone_walk_does_not_move_into_an_exit(tmp_path: Path) -> None:
    # WRONG: a valid prompt whose first state leads only to 'end' (or a transfer) was walked
    # into it after the caller's first turn: the call ended at the barge-in, and the phone
    # bots' --offline said "the call did not work: the call did not get past the answer;
    # fewer than 2 caller turns committed by the pipeline", a working pipeline reported
    # broken (the README: the walk moves "not to `end` or a transfer target, which would
    # end the call").
    # EXPECTED: no move when the first state has no state to move to; the reply to barge
    # into and the answer to the barge-in follow as for any prompt.
    from pipecat_rt_best.realtime_prompt import load_prompt
    from pipecat_rt_best.realtime_prompt.render import STATE_TOOL_NAME
    from pipecat_rt_best.testing.offline_bot import LONG_REPLY_MIN_MS
    from pipecat_rt_best.testing.prompt_walk import phone_walk

    (tmp_path / "p.yaml").write_text(GREET_THEN_END, encoding="utf-8")
    prompt = load_prompt(tmp_path / "p.yaml").prompt
    replies = phone_walk(prompt, STATE_TOOL_NAME, min_long_ms=LONG_REPLY_MIN_MS, ms_per_char=45)
    assert [c.arguments for r in replies for c in r.tool_calls] == []
    greeting, long, answer = replies
    assert greeting.text == "Hello there." and answer.text == "OK."
    assert len(long.text) * 45 >= LONG_REPLY_MIN_MS
