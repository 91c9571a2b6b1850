"""Review (session 39): the realtime service's reconnect and session hand-over."""

from __future__ import annotations

import asyncio
import json

from pipecat.frames.frames import LLMContextFrame, LLMMessagesAppendFrame

from pipecat_rt_best.realtime.reconnect import ReconnectParams
from pipecat_rt_best.session_pool.backoff import Backoff
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator

from .realtime.harness import RealtimePipeline, wait_until
from .session_pool.helpers import KEY
from .session_pool.test_reconnect import _done, _drop_all, _service

GREETING = "Namaste, this is Asha from City Bank."
PARAMS = ReconnectParams(
    give_up_after_s=5.0, backoff=Backoff(first_s=0.01, base_s=0.02, max_s=0.05)
)


async def test_a_message_appended_during_the_reconnect_gap_reaches_the_new_session_and_is_answered() -> (
    None
):
    # a keypad entry (LLMMessagesAppendFrame, run_llm=True: the keypad processor's, the call
    # exits' closing message) while the socket is down: pipecat skips it (_api_session_ready is
    # False) and never sets _results_awaiting_response, so no reply is asked; expected: the new
    # session holds the message and answers it
    script = EmulatorScript(replies=[GREETING, "Thank you, your PIN is verified."])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        llm = _service(emu.url, reconnect=PARAMS)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            emu.faults.handshake_delay_s = 0.5  # the new session takes a moment
            _drop_all(emu)
            await wait_until(lambda: llm.reconnecting, what="the reconnect to start")
            message = {"role": "user", "content": "The caller typed on the keypad: 4321#"}
            await llm.queue_frame(LLMMessagesAppendFrame(messages=[message], run_llm=True))
            await wait_until(lambda: llm.reconnects == 1, what="the reconnect")
            emu.faults.handshake_delay_s = 0.0
            await wait_until(lambda: _done(p) >= 2, timeout=3.0, what="the keypad entry's answer")
            assert "4321" in json.dumps(emu.sessions[1].received)


async def test_an_item_retrieve_dropped_by_the_reconnect_does_not_hang_its_caller() -> None:
    # pipecat's public retrieve_conversation_item() awaits a future its server answer resolves;
    # the reconnect drops the conversation.item.retrieve sent in the gap (it names an old
    # session's item) but leaves that future pending: the caller awaits forever. Expected: it
    # ends (an error or None) once the reconnect has dropped the request
    script = EmulatorScript(replies=[GREETING])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        llm = _service(emu.url, reconnect=PARAMS)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            old = emu.sessions[0]
            item_id = next(
                e["item"]["id"] for e in old.sent if e["type"] == "conversation.item.added"
            )
            emu.faults.handshake_delay_s = 0.3
            _drop_all(emu)
            await wait_until(lambda: llm.reconnecting, what="the reconnect to start")
            retrieve = asyncio.create_task(llm.retrieve_conversation_item(item_id))
            try:
                await wait_until(lambda: llm.reconnects == 1, what="the reconnect")
                await wait_until(retrieve.done, timeout=3.0, what="the retrieve to end")
            finally:
                retrieve.cancel()
