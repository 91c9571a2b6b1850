"""bench.telephony_faults: its baseline hang-up is run (pipecat's own Twilio bot under the
same fault), not written in as 'never', and the prompt's length comes from its audio."""

from __future__ import annotations

import asyncio

from bench.telephony_faults import run
from pipecat_rt_best.g711_passthrough.fallback import sit_tone_pcm


def test_the_prompt_length_is_computed_from_the_audio() -> None:
    assert run.prompt_s() == len(sit_tone_pcm()) / 16000
    assert 2.4 < run.prompt_s() < 2.5


def test_pipecats_own_bot_is_run_and_does_not_hang_up_on_a_closed_model_port() -> None:
    assert asyncio.run(run._hang_up("port closed", stock=True, wait_s=5.0)) is None
