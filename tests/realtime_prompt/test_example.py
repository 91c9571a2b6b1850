"""``examples/structured_prompt.py`` runs both example prompts offline, end to end."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import HINDI_LOAN, ROOT, TECHNEST, mutated

SAMPLE = ROOT / "examples" / "structured_prompt.py"
BACKEND_VARS = ("AZURE_OPENAI_REALTIME_ENDPOINT", "OPENAI_API_KEY", "PIPECAT_RT_BEST_BACKEND")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in BACKEND_VARS}
    return subprocess.run(
        [sys.executable, str(SAMPLE), "--offline", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


@pytest.mark.parametrize(
    ("prompt", "narrow", "walk"),
    [
        (
            TECHNEST,
            False,
            "1_greeting → 2_get_name → 3_verify_phone → 4_collect_issue → 5_troubleshoot → "
            "7_confirm_resolution → 8_close → end",
        ),
        (
            HINDI_LOAN,
            True,
            "1_greeting → 2_verify_identity → 3_inform_due → 5_payment_link → 7_close → end",
        ),
    ],
    ids=["technest", "hindi_loan_narrowed"],
)
def test_sample_walks_the_graph(prompt: Path, narrow: bool, walk: str) -> None:
    done = _run("--prompt", str(prompt), *(["--narrow"] if narrow else []))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert ": valid (0 warning(s)" in out
    assert "state: refused 1_greeting → " in out  # the emulated model's illegal jump
    assert f"done:  {walk} (ended: end)" in out


def test_sample_walks_a_prompt_whose_first_state_has_no_example(tmp_path: Path) -> None:
    _, text = mutated(lambda d: d["states"][0].pop("examples"))
    prompt = tmp_path / "no_greeting_example.yaml"
    prompt.write_text(text, encoding="utf-8")
    done = _run("--prompt", str(prompt))
    assert done.returncode == 0, done.stderr
    assert ": valid (1 warning(s)" in done.stdout  # missing-examples
    assert "done:  1_greeting → 2_get_name → 3_verify_phone" in done.stdout


def test_sample_refuses_an_invalid_prompt(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        TECHNEST.read_text(encoding="utf-8").replace(
            "next_step: 2_get_name", "next_step: 2_get_nam"
        )
    )
    done = _run("--prompt", str(bad))
    assert done.returncode == 1
    assert (
        "error [dangling-next-step]" in done.stderr and "did you mean '2_get_name'" in done.stderr
    )


def test_without_a_backend_or_offline_it_refuses_with_one_line() -> None:
    env = {k: v for k, v in os.environ.items() if k not in BACKEND_VARS}
    done = subprocess.run(
        [sys.executable, str(SAMPLE)], capture_output=True, text=True, timeout=60, env=env,
        check=False,
    )  # fmt: skip
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "OPENAI_API_KEY" in done.stderr and "--offline" in done.stderr


def test_the_hindi_example_can_transfer_a_distressed_caller_from_every_state_after_greeting() -> (
    None
):
    # its Safety rule orders a transfer to collections_officer on hardship, illness or a
    # death, and an Overall Instruction sends a dispute to 6_dispute: the graph must allow
    # both from every state once the caller is verified
    from pipecat_rt_best.realtime_prompt import ConversationStateTracker, load_prompt

    p = load_prompt(HINDI_LOAN).prompt
    assert "collections_officer" in p.safety_escalation[0]
    assert any("6_dispute" in text for text in p.instructions)
    after_greeting = [s for s in p.state_ids if s not in ("1_greeting", "8_wrong_person")]
    for sid in after_greeting:
        moves = {
            target: ConversationStateTracker.from_prompt(p, initial=sid).request(target).accepted
            for target in ("collections_officer", "6_dispute")
        }
        assert moves["collections_officer"], f"{sid} cannot transfer to collections_officer"
        if sid not in ("2_verify_identity", "6_dispute", "7_close"):
            assert moves["6_dispute"], f"{sid} cannot go to 6_dispute"
