"""The scripted noisy call ``pipecat-rt-best simulate`` runs: a Hindi EMI reminder with a TV on.

Deterministic (every sound is synthesised here from fixed seeds; nothing is downloaded or
needs an apt package). A TV plays in the caller's room the whole call: presenters talking
(15 dB below the caller, compressed as broadcast audio is) over music and room noise (22 dB
below the caller). What happens, in order:

1. the bot greets (the prompt's first state, ``1_greeting``);
2. the caller answers; the model moves the conversation state with its
   ``set_conversation_state`` tool (``1_greeting → 2_verify_identity``; the state graph
   accepts it) and asks for the date of birth;
3. the caller gives it (the VAD learns the caller's level from this turn); the model moves
   on to ``3_inform_due``;
4. the bot tells the amounts due and the date (numbers: spelled out in the prompt in audio
   modality, written as digits by the model and spelled out before TTS in text modality);
   the TV talks on meanwhile: the VAD rejects it, the bot is not interrupted;
5. the caller barges in: the bot stops, the model's reply is cut to what the caller heard;
6. the model moves to ``5_payment_link`` and confirms; the caller hangs up.

The caller's turns are cued by the bot (a turn after the bot stops, the barge-in 3 s into
the reply with the amounts); the TV runs on its own clock (a 32 s programme, looped).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np

from pipecat_rt_best.realtime_prompt.loader import example_prompt_path, load_prompt
from pipecat_rt_best.realtime_prompt.model import RealtimePrompt
from pipecat_rt_best.realtime_prompt.render import STATE_TOOL_NAME
from pipecat_rt_best.testing.realtime_emulator.script import Reply, ToolCall
from pipecat_rt_best.testing.simulated_call.caller_audio import (
    at_level,
    synth_tv_bed,
    synth_tv_talk,
    synth_utterance,
)
from pipecat_rt_best.testing.simulated_call.transport import (
    CallerTurn,
    LineBackground,
)

Modality = Literal["audio", "text"]

PROMPT_PATH = example_prompt_path("hindi_loan_collection.yaml")
"""The prompt the scripted call runs (the pack's example Hindi EMI reminder)."""

CALLER_DBFS = -18.0
"""The caller's speech level on the line (RMS)."""
TV_SPEECH_DBFS = -33.0
"""The TV presenter's speech as the caller's microphone picks it up: 15 dB below the caller."""
TV_BED_DBFS = -40.0
"""The TV's music and the room's noise: 22 dB below the caller, there the whole call."""

TV_LOOP_S = 32.0
"""The TV programme's length; it loops (a call longer than this hears it again)."""

MS_PER_CHAR = 45
"""Speaking rate of both emulators' synthetic voices (ms per character of Devanagari text)."""

ASK_DOB = "जी धन्यवाद राहुल जी। पहचान के लिए कृपया अपनी जन्मतिथि बताइए।"
GREETING = "नमस्ते, मैं सहयोग फ़ाइनेंस से आशा बोल रही हूँ। क्या आप राहुल शर्मा जी हैं?"
DUE_SPOKEN = (
    "धन्यवाद राहुल जी। आपकी बारह हज़ार पाँच सौ रुपये की EMI पाँच दिसंबर को देय थी, "
    "और कुल बकाया पच्चीस हज़ार रुपये है। आप भुगतान कब तक कर पाएँगे?"
)
"""What the model says in audio modality: the numbers as the prompt spells them out."""
DUE_WRITTEN = (
    "धन्यवाद राहुल जी। आपकी ₹12,500 की EMI 5 दिसंबर को देय थी। "
    "कुल बकाया ₹25,000 है, लेट फ़ीस ₹500 अलग से। आप भुगतान कब तक कर पाएँगे?"
)
"""What the model writes in text modality: digits, spelled out before TTS (practice 5)."""
LINK_SENT = "ठीक है जी, मैं आपके मोबाइल पर भुगतान लिंक भेज रही हूँ।"

CALLER_SAYS = (
    "हाँ जी, मैं राहुल बोल रहा हूँ।",
    "बारह मार्च उन्नीस सौ नब्बे।",
    "रुकिए, मैं अभी भुगतान करना चाहता हूँ, लिंक भेज दीजिए।",
)
"""What the synthetic caller stands for (its audio is speech-like, not words)."""


@dataclass(frozen=True)
class Scenario:
    """Everything the scripted call needs: who says what, when, and what the model answers."""

    prompt: RealtimePrompt
    caller: list[CallerTurn]
    caller_says: tuple[str, ...]
    background: LineBackground
    replies: list[Reply]
    state_tool: str = STATE_TOOL_NAME
    levels_dbfs: dict[str, float] = field(default_factory=dict)


def _move(tool: str, state: str) -> Reply:
    return Reply(tool_calls=[ToolCall(tool, {"next_step": state})])


def model_replies(modality: Modality, tool: str = STATE_TOOL_NAME) -> list[Reply]:
    """The emulated model's responses, in order (one per ``response.create``)."""
    return [
        Reply(GREETING),
        _move(tool, "2_verify_identity"),  # after the caller's answer
        Reply(ASK_DOB),  # after that tool result
        _move(tool, "3_inform_due"),  # after the date of birth
        Reply(DUE_SPOKEN if modality == "audio" else DUE_WRITTEN),
        _move(tool, "5_payment_link"),  # after the barge-in
        Reply(LINK_SENT),
    ]


def scripted_call(
    modality: Modality = "audio",
    *,
    prompt_path: Path = PROMPT_PATH,
    sample_rate: int = 8000,
    seed: int = 18,
) -> Scenario:
    """The scripted noisy call (see the module docstring); deterministic for a ``seed``."""
    prompt = load_prompt(prompt_path).prompt

    def voice(seconds: float, s: int, f0: float, dbfs: float) -> np.ndarray:
        return at_level(synth_utterance(seconds, sample_rate, seed=s, f0=f0), dbfs)

    caller = [
        CallerTurn(voice(1.4, seed, 118.0, CALLER_DBFS).astype(np.int16), delay_s=0.8),
        # a moment to recall the date of birth
        CallerTurn(voice(1.5, seed + 1, 118.0, CALLER_DBFS).astype(np.int16), delay_s=1.5),
        # cuts into the reply with the amounts, 3 s after it starts (a little louder: people
        # raise their voice to interrupt)
        CallerTurn(
            voice(1.6, seed + 2, 118.0, CALLER_DBFS + 4).astype(np.int16),
            delay_s=3.0,
            barge_in=True,
        ),
    ]
    talk, spans = synth_tv_talk(TV_LOOP_S, sample_rate, dbfs=TV_SPEECH_DBFS, seed=seed + 3)
    music = synth_tv_bed(TV_LOOP_S, sample_rate, dbfs=TV_BED_DBFS, seed=seed + 4)
    background = LineBackground(bed=talk + music, bed_speech=tuple(spans), bed_label="TV speech")
    return Scenario(
        prompt=prompt,
        caller=caller,
        caller_says=CALLER_SAYS,
        background=background,
        replies=model_replies(modality),
        levels_dbfs={"caller": CALLER_DBFS, "tv_speech": TV_SPEECH_DBFS, "tv_bed": TV_BED_DBFS},
    )
