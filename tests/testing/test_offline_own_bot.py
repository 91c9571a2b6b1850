"""``--offline`` on a small bot of your own: the README's "your own bot in this shape".

A two-state balance line whose only example after the greeting is one short sentence, and
whose first state lists its transfer before its move on: the walk used to move into the
transfer (the call ended, "did not get past the bot stopping") and, moved on, to play that
one sentence (1.6 s) as the reply to barge into, over before the caller's barge-in was heard
("no truncation to the heard audio after the barge-in"): a working bot reported broken.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pipecat_rt_best.realtime.env import BACKEND_VARS
from pipecat_rt_best.realtime_prompt import load_prompt
from pipecat_rt_best.realtime_prompt.render import STATE_TOOL_NAME
from pipecat_rt_best.testing.offline_bot import LONG_REPLY_MIN_MS
from pipecat_rt_best.testing.prompt_walk import phone_walk

ROOT = Path(__file__).resolve().parents[2]

PROMPT = """\
name: Acme balance line
language: en-IN
transfer_targets: [human_agent]
personality:
  identity: You are Meera, a helpful phone agent for Acme Bank.
  task: Tell callers their account balance, or hand them to a human.
  demeanor: Calm.
  tone: Warm.
  enthusiasm: Measured.
  formality: Polite.
  emotion: Neutral.
  filler_words: None.
  pacing: Steady.
  other_details: Never guess a balance; only use what check_balance returns.
context:
  Business name: Acme Bank
instructions:
  - Keep each turn short; this is a phone call.
tools:
  - name: check_balance
    description: Look up an account's balance.
    when: Call the check_balance tool once the caller has given their account number.
    parameters:
      type: object
      properties:
        account: {type: string, description: "Four digits"}
      required: [account]
states:
  - id: 1_greeting
    description: Greet and ask for the account number.
    instructions:
      - Greet the caller and ask for their account number.
    examples:
      - Hello, Acme Bank, this is Meera. May I have your account number?
    transitions:
      - next_step: human_agent
        condition: If the caller asks for a human straight away.
      - next_step: 2_balance
        condition: Once the caller gives their account number.
  - id: 2_balance
    description: Tell the balance from check_balance.
    instructions:
      - Call check_balance and read the balance.
    examples:
      - Your balance is five hundred rupees.
    transitions:
      - next_step: end
        condition: Once the caller has heard the balance.
      - next_step: human_agent
        condition: If the caller asks for a human.
"""

BOT = '''\
"""Acme balance line."""
from pathlib import Path

from pipecat_rt_best.call_pipeline import (
    BotPlan, load_bot_prompt, passthrough_transport, phone_call, run_call_worker,
)

PROMPT = Path(__file__).with_name("acme.yaml")


async def check_balance(params):
    await params.result_callback({"balance_inr": 500})


async def transfer(frame):
    pass


async def bot(runner_args):
    prompt = load_bot_prompt(PROMPT, runner_args)
    line = await passthrough_transport(runner_args)
    if line is None:
        return
    transport, info = line
    call = await phone_call(
        transport, prompt, audio_format=info.session_audio_format, duck=False,
        tool_handlers={"check_balance": check_balance},
        transfer_handlers={"human_agent": transfer},
    )
    await run_call_worker(call.worker, transport, info=info, parts=call)


if __name__ == "__main__":
    from pipecat_rt_best.cli.bot_script import run_bot_script

    run_bot_script(__doc__, bot, prompt=PROMPT, plan=BotPlan(modality="audio"))
'''


def test_the_walk_moves_to_a_state_and_its_reply_to_barge_into_lasts(tmp_path: Path) -> None:
    (tmp_path / "acme.yaml").write_text(PROMPT, encoding="utf-8")
    prompt = load_prompt(tmp_path / "acme.yaml").prompt
    _, move, long, _ = phone_walk(
        prompt, STATE_TOOL_NAME, min_long_ms=LONG_REPLY_MIN_MS, ms_per_char=45
    )
    assert move.tool_calls[0].arguments == {"next_step": "2_balance"}  # not the transfer
    sentence = "Your balance is five hundred rupees."
    assert long.text.startswith(f"{sentence} {sentence}")  # said over
    assert len(long.text) * 45 >= LONG_REPLY_MIN_MS > len(sentence) * 45
    # without a minimum, or already long enough: as it was
    assert phone_walk(prompt, STATE_TOOL_NAME)[2].text == sentence
    given = phone_walk(prompt, STATE_TOOL_NAME, long_reply="x" * 200, min_long_ms=4200)
    assert given[2].text == "x" * 200


def test_a_small_bot_of_your_own_passes_its_offline_call(tmp_path: Path) -> None:
    (tmp_path / "acme.yaml").write_text(PROMPT, encoding="utf-8")
    script = tmp_path / "acme_bot.py"
    script.write_text(BOT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in BACKEND_VARS and k != "LOGURU_LEVEL"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, str(script), "--offline"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    assert "prompt states: 1_greeting → 2_balance" in out
    assert "turns (VAD, manual): 2 committed by the pipeline" in out
    assert "truncation: item cut at heard" in out
    assert out.strip().splitlines()[-1].startswith("ok: the call worked")
