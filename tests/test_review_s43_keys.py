"""Review s43, keys: the caller's keypad in a call, end to end.

Each test failed on the code before its fix (the ``# WRONG / EXPECTED`` comment says how).
"""

from __future__ import annotations

import json
import re
from typing import Any

from loguru import logger
from pipecat.frames.frames import (
    InputAudioRawFrame,
    InputDTMFFrame,
    KeypadEntry,
    LLMContextFrame,
    LLMFullResponseEndFrame,
    LLMMessagesAppendFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.aggregators.llm_response_universal import LLMContextAggregatorPair
from pipecat.tests.utils import SleepFrame

from pipecat_rt_best.call_pipeline.keypad import KeypadInput, KeypadParams
from pipecat_rt_best.call_pipeline.keypad_processor import KeypadProcessor
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Faults, RealtimeEmulator
from tests.pipecat_run import run_test
from tests.realtime.harness import Collector, running_worker, wait_until


def _server_texts(conversation: list[dict[str, Any]]) -> list[str]:
    """The server's conversation as the texts of its items (a caller's audio: its transcript)."""
    return [
        str(part.get("text") or part.get("transcript") or "")
        for item in conversation
        if item.get("type") == "message"
        for part in item.get("content") or []
    ]


def _restored_texts(conversation: list[dict[str, Any]]) -> list[str]:
    """The texts of the conversation a reconnect restored: pipecat's adapter sends the
    context's messages as one item, a JSON list between its preamble and its ending."""
    (text,) = _server_texts(conversation)
    history = json.loads(text[text.index("[\n") : text.rindex("]") + 1])
    return [str(message["content"]) for message in history]


def _assistant_items_sent(sent: list[dict[str, Any]]) -> int:
    return sum(
        1
        for e in sent
        if e.get("type") == "conversation.item.added" and e["item"].get("role") == "assistant"
    )


async def _words_then_keys_while_the_reply_runs(
    *, reconnect: bool = False
) -> tuple[list[str], list[str], list[str]]:
    """The caller says "my account number is", then types 4# while the reply to those words is
    being made (the server has its item; nothing plays yet: nothing to interrupt); the model
    answers the keys. The context's texts, the server's, and (``reconnect``: the session is
    dropped then) the new session's, as restored from the context."""
    async with RealtimeEmulator(
        api_key="k",
        script=EmulatorScript(
            replies=["Hello.", "Sure, one moment.", "Got it."],
            user_transcripts=["my account number is"],
        ),
        faults=Faults(),
    ) as emu:
        llm = RealtimeLLMService(
            api_key="k",
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(
                model="gpt-realtime",
                session_properties=realtime_session(audio_format="pcm", transcribe_input=True),
            ),
            reconnect=reconnect,
        )
        context = LLMContext()
        pair = LLMContextAggregatorPair(context)
        sink = Collector(name="sink")
        keypad = KeypadProcessor(KeypadParams(idle_timeout_s=0.2))
        restored: list[str] = []
        async with running_worker([pair.user(), keypad, llm, sink, pair.assistant()]) as worker:

            def replies_done() -> int:
                return len(sink.of(LLMFullResponseEndFrame))

            await worker.queue_frame(LLMContextFrame(context))
            await wait_until(lambda: replies_done() >= 1, what="the greeting")
            session = emu.sessions[-1]
            emu.faults.realtime_pacing = True  # the reply streams as fast as it plays
            await worker.queue_frames(
                [
                    UserStartedSpeakingFrame(),
                    InputAudioRawFrame(audio=bytes(9600), sample_rate=24000, num_channels=1),
                    UserStoppedSpeakingFrame(),
                ]
            )
            # the reply to the caller's words is under way on the server: its item is there
            await wait_until(
                lambda: _assistant_items_sent(session.sent) >= 2, what="the reply's item"
            )
            await worker.queue_frames(
                [InputDTMFFrame(KeypadEntry.FOUR), InputDTMFFrame(KeypadEntry.POUND)]
            )
            await wait_until(lambda: replies_done() >= 3, what="the answer to the keys")
            await wait_until(lambda: len(context.get_messages()) >= 5, what="the context")
            local = [str(m.get("content")) for m in context.get_messages()]  # type: ignore[union-attr]
            server = _server_texts(session.conversation)
            if reconnect:
                for conn in list(emu._connections):  # the emulator's TCP abort
                    conn.drop("test")
                await wait_until(
                    lambda: emu.sessions[-1] is not session and bool(emu.sessions[-1].conversation),
                    what="the restored session",
                )
                restored = _restored_texts(emu.sessions[-1].conversation)
    return local, server, restored


WORDS_REPLY_KEYS = [
    "Hello.",
    "my account number is",
    "Sure, one moment.",
    "[keypad] The caller pressed: 4#",
    "Got it.",
]


async def test_a_keypad_entry_typed_while_the_reply_runs_is_in_the_context_where_the_server_has_it() -> (
    None
):
    # A bank IVR: "say or type your account number". The caller says "my account number is",
    # then types 4# while the reply to those words is already being made. The server's
    # conversation puts the entry after that reply; the pipeline's context (what the app reads,
    # what a reconnect restores the new session from) wrote the entry at once, and the caller's
    # turn and the reply only when the reply ended (pipecat's realtime handoff flush).
    # WRONG: local context: Hello, [keypad] 4#, my account number is, Sure, Got it; the server:
    # Hello, my account number is, Sure, [keypad] 4#, Got it.
    # EXPECTED: the context holds the entry where the server's conversation does.
    local, server, _ = await _words_then_keys_while_the_reply_runs()
    assert server == WORDS_REPLY_KEYS, server
    assert local == server


async def test_a_reconnect_after_words_and_keys_restores_them_in_the_order_they_came() -> None:
    # The user-visible end of the test above: the session drops, the call goes on on a new
    # one restored from the context.
    # WRONG: the new session's conversation: Hello, [keypad] 4#, my account number is, Sure,
    # Got it (the model takes its "Sure, one moment." for its answer to the keys).
    # EXPECTED: as the lost session had it.
    _, server, restored = await _words_then_keys_while_the_reply_runs(reconnect=True)
    assert server == WORDS_REPLY_KEYS, server
    assert restored == server


async def _entries_told(params: KeypadParams, keys: list[KeypadEntry]) -> list[Any]:
    """What a KeypadProcessor alone tells the model (the contents of its appends)."""
    keypad = KeypadProcessor(params)
    down, _ = await run_test(
        keypad,
        frames_to_send=[*(InputDTMFFrame(k) for k in keys), SleepFrame(0.1)],
    )
    return [m["content"] for f in down if isinstance(f, LLMMessagesAppendFrame) for m in f.messages]


async def test_a_plain_function_as_on_entry_is_used_not_reported_as_failed() -> None:
    # on_entry= takes "an async function", and a plain def (or a lambda calling the back
    # office's async client) is the first thing an app writes. The hook ran (its back-office
    # side effect happened) and returned the text for the model.
    # WRONG: awaiting its str raised TypeError: every entry logged ERROR "on_entry failed
    # (TypeError)" (the traceback saying why only at DEBUG) and the model was told only how
    # many keys came, not the hook's text.
    # EXPECTED: a hook's plain return value is used as an awaited one is; a lambda returning
    # a coroutine is awaited.
    seen: list[str] = []

    def choose(entry: KeypadInput) -> str:
        seen.append(entry.keys)
        return "[keypad] The caller chose Hindi."

    async def lookup(entry: KeypadInput) -> str:
        return f"[keypad] The caller entered a {len(entry.keys)}-digit account number."

    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(str(m)), level="INFO")
    try:
        told = await _entries_told(
            KeypadParams(on_entry=choose),
            [KeypadEntry.ONE, KeypadEntry.POUND],
        )
        told_lambda = await _entries_told(
            KeypadParams(on_entry=lambda entry: lookup(entry)),
            [KeypadEntry.FOUR, KeypadEntry.SEVEN, KeypadEntry.POUND],
        )
    finally:
        logger.remove(sink)
    assert seen == ["1"]
    assert told == ["[keypad] The caller chose Hindi."]
    assert told_lambda == ["[keypad] The caller entered a 2-digit account number."]
    assert not [line for line in lines if "on_entry failed" in line]


async def test_an_on_entry_that_returns_no_text_is_told_as_the_default_and_reported() -> None:
    # on_entry returns the text the model is told (str), None (the default text) or "" (nothing).
    # An app returning what its back office said instead (True: "verified"; a dict) is a bug
    # mypy catches only in a typed app.
    # WRONG: the non-text went into the context as the caller's message ({"content": True}),
    # the service sent the model nothing (no text in it) yet asked it to reply, and nothing
    # was logged: the model answered an entry it never heard of.
    # EXPECTED: logged at ERROR naming the type (not the keys); the model is told how many
    # keys came, as when the hook raises.
    async def verify(entry: KeypadInput) -> Any:
        return True

    lines: list[str] = []
    # the message alone: the line's timestamp may hold "41" (21:41:07 did)
    sink = logger.add(lambda m: lines.append(m.record["message"]), level="ERROR")
    try:
        told = await _entries_told(
            KeypadParams(on_entry=verify), [KeypadEntry.FOUR, KeypadEntry.ONE, KeypadEntry.POUND]
        )
    finally:
        logger.remove(sink)
    assert told == ["[keypad] The caller entered 2 digits, then #."]
    errors = [line for line in lines if "on_entry" in line]
    # ... and without the processor's instance number ("KeypadProcessor#141" held "41")
    unnumbered = re.sub(r"#\d+", "#", errors[0]) if errors else ""
    assert errors and "bool" in errors[0] and "41" not in unnumbered
