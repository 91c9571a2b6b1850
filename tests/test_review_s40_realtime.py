"""Review (session 40): the realtime service layer — reconnect, server errors, env selection.

Each test is a small deterministic case; the comment says what is wrong and what is expected."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from pipecat.frames.frames import (
    ErrorFrame,
    LLMContextFrame,
    LLMMessagesAppendFrame,
    LLMUpdateSettingsFrame,
)

from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
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


def _voice_update(voice: str) -> LLMUpdateSettingsFrame:
    return LLMUpdateSettingsFrame(
        delta=RealtimeLLMService.Settings(session_properties=realtime_session(voice=voice))
    )


def _caller_says(text: str) -> LLMMessagesAppendFrame:
    return LLMMessagesAppendFrame(messages=[{"role": "user", "content": text}], run_llm=True)


def _errors(p: RealtimePipeline) -> list[Any]:
    return p.source.of(ErrorFrame) + p.sink.of(ErrorFrame)


# WRONG: a session.update the app sends in the reconnect gap that the server refuses (here a
# voice the deployment does not offer) is folded into the new session's *setup* update: the
# new session refuses its setup, which is reported as permanent (the service becomes unusable,
# the call ends) — the very same update on a live session is a reported, non-fatal error.
# EXPECTED: the new session is set up with what the server last accepted; the app's update
# refused there is a reported error like any other, the call goes on (the next reply comes).
async def test_a_refused_session_update_sent_in_the_reconnect_gap_does_not_end_the_call() -> None:
    script = EmulatorScript(replies=[GREETING, "Still here."])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        llm = _service(emu.url, reconnect=PARAMS)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            emu.faults.handshake_delay_s = 0.3  # the new session takes a moment
            _drop_all(emu)
            await wait_until(lambda: llm.reconnecting, what="the reconnect to start")
            await p.send(_voice_update("nova"))  # not a realtime voice: the server refuses it
            await wait_until(lambda: llm.reconnects == 1, what="the reconnect")
            emu.faults.handshake_delay_s = 0.0
            await wait_until(lambda: bool(_errors(p)), what="the refusal to be reported")
            assert llm.is_usable, [e.error for e in _errors(p)]
            new = emu.sessions[1]
            assert new.config["instructions"] == "Be brief."  # set up, not on server defaults
            await llm.queue_frame(_caller_says("Are you there?"))
            await wait_until(lambda: _done(p) >= 2, what="the next reply")


# WRONG: a session.update the server refuses on a live session stays in the service's settings
# (pipecat merged it before sending): every later session.update carries it again and is
# refused too — a structured prompt's next state's instructions never reach the model — and
# the next reconnect's setup carries it, is refused, and ends the call.
# EXPECTED: a refused update leaves the settings as the server last accepted them: the next
# update goes through, and a reconnect sets the new session up.
async def test_a_refused_session_update_does_not_poison_later_updates_or_the_reconnect() -> None:
    script = EmulatorScript(replies=[GREETING, "Still here."])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        llm = _service(emu.url, reconnect=PARAMS)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            await p.send(_voice_update("nova"))  # not a realtime voice: refused, not fatal
            await wait_until(lambda: bool(_errors(p)), what="the refusal to be reported")
            assert llm.is_usable
            await p.send(
                LLMUpdateSettingsFrame(
                    delta=RealtimeLLMService.Settings(system_instruction="Be brief. State 2.")
                )
            )
            old = emu.sessions[0]
            await wait_until(
                lambda: old.config["instructions"] == "Be brief. State 2.",
                timeout=2.0,
                what="the next state's instructions on the session",
            )
            _drop_all(emu)
            await wait_until(lambda: llm.reconnects == 1, what="the reconnect")
            new = emu.sessions[1]
            await wait_until(
                lambda: new.config["instructions"] == "Be brief. State 2.",
                what="the new session set up",
            )
            assert llm.is_usable, [e.error for e in _errors(p)]
            await llm.queue_frame(_caller_says("Are you there?"))
            await wait_until(lambda: _done(p) >= 2, what="the next reply")


# WRONG: once the reconnect has put the call on the new session, and until that session's
# session.updated is read (a network round trip), pipecat skips an LLMMessagesAppendFrame (a
# keypad entry, a call exit's closing message: _api_session_ready is False) — and, the
# conversation being set up already, never sends it later nor asks for its reply: the caller's
# keypad entry is lost and the bot says nothing. (Session 39 kept an append made *during* the
# reconnect; this is the moment right after it, and a planned move's.)
# EXPECTED: the message reaches the new session (behind its setup) and is answered.
async def test_a_message_appended_before_the_new_session_is_configured_is_not_lost() -> None:
    script = EmulatorScript(replies=[GREETING, "Thank you, your PIN is verified."])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        llm = _service(emu.url, reconnect=PARAMS)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            # the new session's session.updated is read a round trip after the move: held here
            gate = asyncio.Event()
            pipecats_handler = llm._handle_evt_session_updated

            async def late_session_updated(evt: Any) -> None:
                await gate.wait()
                await pipecats_handler(evt)

            llm._handle_evt_session_updated = late_session_updated  # type: ignore[method-assign]
            _drop_all(emu)
            await wait_until(lambda: llm.reconnects == 1, what="the reconnect")
            assert not llm._api_session_ready
            append = _caller_says("The caller typed on the keypad: 4321#")
            await llm.queue_frame(append)
            await wait_until(lambda: append in p.sink.of(LLMMessagesAppendFrame), what="the append")
            gate.set()
            await wait_until(lambda: _done(p) >= 2, timeout=3.0, what="the keypad entry's answer")
            assert "4321" in json.dumps(emu.sessions[1].received)


def _fast_line_pipeline(llm: RealtimeLLMService) -> RealtimePipeline:
    """The tool-result tests' pipeline (pipecat's output transport between the service and
    the sink), its line playing the bot's audio 8 times faster than real time."""
    from pipecat.pipeline.pipeline import Pipeline
    from pipecat.pipeline.worker import PipelineParams, PipelineWorker

    from .session_pool.test_reconnect_tool_results import _PhoneLine

    class FastLine(_PhoneLine):
        async def write_audio_frame(self, frame: Any) -> bool:
            await asyncio.sleep(len(frame.audio) / 2 / frame.sample_rate / 8)
            return True

    p = RealtimePipeline(llm)
    p.worker = PipelineWorker(
        Pipeline(
            [p.source, p.aggregators.user(), llm, FastLine(), p.sink, p.aggregators.assistant()]
        ),
        params=PipelineParams(audio_in_sample_rate=8000, audio_out_sample_rate=8000),
        enable_rtvi=False,
        idle_timeout_secs=None,
    )
    return p


# WRONG: the socket drops after the model's preamble ("Let me check that for you.") was heard
# and while its function call was being streamed (its item added, its arguments not complete): the reply is
# closed out as "partly heard", the call never ran, and nothing is asked of the new session —
# the caller was promised a check and hears silence until they speak again.
# EXPECTED: a response whose function call was cut off is asked for again on the new session
# (the model sees its own preamble there), so the tool runs once and the answer is spoken.
# Also WRONG (the same drop): the preamble, closed out before the output transport began to
# play it, was not carried over to the new session (in_reply read only _response_active, just
# cleared, and _bot_speaking, not yet set): the model there did not know what the caller
# heard. EXPECTED: it is created there before the reply is asked.
async def test_a_drop_while_the_function_call_streams_does_not_lose_the_call() -> None:
    from pipecat.services.llm_service import FunctionCallParams

    from pipecat_rt_best.testing.realtime_emulator import Faults

    from .session_pool import test_reconnect_tool_results as tools

    runs: list[str] = []

    async def get_balance(params: FunctionCallParams) -> None:
        runs.append(params.tool_call_id)
        await params.result_callback({"balance_inr": 4000})

    cut = {"done": False}
    faults = Faults()

    def cut_the_call(event: dict[str, Any]) -> dict[str, Any]:
        item = event.get("item") or {}
        if not cut["done"] and event["type"] == "conversation.item.added":
            if item.get("type") == "function_call":
                cut["done"] = True
                faults.drop_after_events = 1  # right after this event: the call not complete
        elif cut["done"] and event["type"] == "session.created":
            faults.drop_after_events = None  # the new session stays up
        return event

    faults.rewrite_event = cut_the_call
    script = EmulatorScript(responder=tools._model)
    async with RealtimeEmulator(api_key=KEY, script=script, faults=faults) as emu:
        llm = tools._service(emu.url)
        llm.register_function("get_balance", get_balance)
        async with _fast_line_pipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: llm.reconnects == 1, timeout=5, what="the reconnect")
            assert tools._said(emu.sessions[0]) == [tools.PREAMBLE]  # heard before the drop
            await wait_until(lambda: runs, timeout=5, what="the balance check")
            new = emu.sessions[-1]
            await wait_until(
                lambda: "Your balance is four thousand rupees." in tools._said(new),
                timeout=5,
                what="the answer on the new session",
            )
            assert len(runs) == 1
            # the preamble the caller heard is in the new session before its reply is asked
            received = json.dumps(new.received)
            assert tools.PREAMBLE in received[: received.index('"response.create"')]
