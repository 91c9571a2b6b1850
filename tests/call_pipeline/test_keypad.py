"""The caller's keypad entries reach the realtime model, which answers them.

The pure core (:mod:`pipecat_rt_best.call_pipeline.keypad`) on its own, then whole calls:
the provider simulator typing keys → the telephony server's stock pipeline
(``g711_pipeline_factory``, keypad on by default) → the realtime emulator.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest
from loguru import logger

from pipecat_rt_best.call_pipeline.keypad import (
    KeypadCollector,
    KeypadInput,
    KeypadParams,
    entry_text,
)
from pipecat_rt_best.call_pipeline.keypad_processor import KeypadProcessor
from pipecat_rt_best.testing.media_stream_simulator import line_audio
from pipecat_rt_best.testing.realtime_emulator import SessionRecord
from tests.g711_passthrough.harness import CallResult, replies_played, run_call

PIN = [(2.0, "4"), (2.3, "7"), (2.6, "1"), (2.9, "9"), (3.2, "#")]

# -- the pure core -------------------------------------------------------------------------


def test_an_entry_ends_at_the_finish_key_or_after_the_idle_timeout() -> None:
    keys = KeypadCollector(KeypadParams(idle_timeout_s=2))
    assert keys.press("4", 0) is None and keys.pending
    assert keys.press("7", 1) is None
    assert keys.deadline() == 3 and keys.expire(2.9) is None
    assert keys.press("#", 2.5) == KeypadInput("47", finished_by="#")
    assert not keys.pending and keys.deadline() is None
    assert keys.press("1", 10) is None  # a menu choice: no '#'
    assert keys.expire(11.9) is None
    assert keys.expire(12) == KeypadInput("1") and not keys.pending
    assert keys.press("#", 20) == KeypadInput("", finished_by="#")  # a lone '#' is an entry
    no_finish = KeypadCollector(KeypadParams(finish_keys=""))
    assert no_finish.press("#", 0) is None and no_finish.expire(2) == KeypadInput("#")
    with pytest.raises(ValueError):
        KeypadParams(idle_timeout_s=0)


def test_the_model_is_told_the_keys_or_masked_only_how_many() -> None:
    pin = KeypadInput("4719", finished_by="#")
    assert entry_text(pin) == "[keypad] The caller pressed: 4719#"
    assert entry_text(pin, mask=True) == "[keypad] The caller entered 4 digits, then #."
    assert entry_text(KeypadInput("1"), mask=True) == "[keypad] The caller entered 1 digit."
    assert "4719" not in repr(pin)  # a secret: not in a log line that prints the entry


# -- whole calls ---------------------------------------------------------------------------


def _events(session: SessionRecord) -> list[dict[str, Any]]:
    return [e for e in session.received if e.get("type") != "input_audio_buffer.append"]


def _told(session: SessionRecord) -> list[str]:
    """The texts of the conversation items the pipeline created (not tool outputs)."""
    return [
        c.get("text", "")
        for e in _events(session)
        if e.get("type") == "conversation.item.create"
        for c in e["item"].get("content") or []
    ]


async def _pin_call(max_duration_s: float = 9, **kwargs: Any) -> CallResult:
    return await run_call(
        "exotel",
        caller=line_audio(np.zeros(8000 * 9, dtype=np.int16), "pcm16"),
        replies=["Enter your PIN.", "Thank you."],
        hang_up_when=replies_played(2),
        max_duration_s=max_duration_s,
        sim_kwargs={"dtmf": PIN},
        **kwargs,
    )


async def test_a_pin_typed_on_the_keypad_reaches_the_model_which_answers() -> None:
    result = await _pin_call()
    assert _told(result.session) == ["[keypad] The caller pressed: 4719#"]
    types = [e["type"] for e in _events(result.session)]
    told_at = next(i for i, e in enumerate(_events(result.session)) if e["type"].startswith("conv"))
    assert "response.create" in types[told_at:]  # the model is asked to answer the entry
    assert len(result.session.responses) == 2
    (keypad,) = [p for p in result.processors if isinstance(p, KeypadProcessor)]
    assert keypad.entries == 1
    assert result.processors.index(keypad) == 2  # after the user aggregator, before the model


async def test_a_masked_pin_goes_to_the_apps_hook_and_only_its_length_to_the_model() -> None:
    seen: list[KeypadInput] = []

    async def verify(entry: KeypadInput) -> str | None:
        seen.append(entry)  # an app would check it against its back office here
        return None  # the default: masked

    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(str(m)), level="INFO")
    try:
        result = await _pin_call(keypad=KeypadParams(mask=True, on_entry=verify))
    finally:
        logger.remove(sink)
    assert seen == [KeypadInput("4719", finished_by="#")] and seen[0].keys == "4719"
    assert _told(result.session) == ["[keypad] The caller entered 4 digits, then #."]
    assert "4719" not in json.dumps(result.session.received)
    assert len(result.session.responses) == 2
    assert not any("4719" in line for line in lines)  # not logged either
    assert any("keypad entry of 4 key(s)" in line for line in lines)


async def test_an_on_entry_hook_that_raises_quoting_the_pin_logs_no_key_at_info() -> None:
    # the app's exception may quote the keys: only its type at ERROR (its message at DEBUG,
    # the level that logs a call's content); the model is told only how many keys came
    async def verify(entry: KeypadInput) -> str | None:
        raise ValueError(f"back office refused PIN {entry.keys}")

    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(str(m)), level="INFO")
    try:
        result = await _pin_call(keypad=KeypadParams(on_entry=verify))
    finally:
        logger.remove(sink)
    assert _told(result.session) == ["[keypad] The caller entered 4 digits, then #."]
    assert any("on_entry failed (ValueError)" in line for line in lines)
    assert not any("4719" in line for line in lines)


async def test_keys_with_the_keypad_off_reach_no_one() -> None:
    result = await _pin_call(max_duration_s=5.5, keypad=None)  # '#' at 3.2 s
    assert _told(result.session) == [] and len(result.session.responses) == 1


@pytest.mark.parametrize("while_bot_speaks", [True, False])
async def test_a_key_pressed_over_the_bot_stops_it_as_an_ivr_prompt_stops(
    while_bot_speaks: bool,
) -> None:
    """'1' (a menu choice: no '#', the idle timeout ends it) 1 s into a 5 s greeting stops
    the bot (the greeting truncated where the caller was); 2.5 s after a 0.65 s one began, it
    interrupts nothing. Either way the model answers the choice. (The key is timed from the
    greeting's first audio: timed from the call's start, a loaded machine's slow start-up put
    the key before the long greeting or inside the short one, a CI run among them.)"""
    greeting = (
        "Namaste. For Hindi press one, for English press two, for Marathi press three."
        if while_bot_speaks
        else "Press one."
    )
    result = await run_call(
        "twilio",
        caller=line_audio(np.zeros(8000 * 11, dtype=np.int16), "ulaw"),
        replies=[greeting, "Hindi it is."],
        hang_up_when=replies_played(2),
        max_duration_s=11,
        sim_kwargs={"dtmf": [(1.0 if while_bot_speaks else 2.5, "1")], "dtmf_from": "bot_audio"},
    )
    types = [e["type"] for e in _events(result.session)]
    assert ("conversation.item.truncate" in types) is while_bot_speaks
    assert _told(result.session) == ["[keypad] The caller pressed: 1"]
    assert len(result.session.responses) == 2
