"""Session 40 (feature): a reply that fails for a transient reason is asked for again.

Before: a ``response.done`` with ``status: "failed"`` and ``rate_limit_exceeded`` (or a
``server_error``) was reported and never asked again — the caller heard silence until they
spoke, and on a phone line hung up. Now (realtime/response_retry.py) it is asked again after
the server's hint (capped) or a short backoff, at most ``max_retries`` times in a row, not
after the caller speaks, not for a non-transient code, never into a reconnect's gap.

Every case runs the pack's service in a real pipeline against the realtime emulator, whose
script makes a response fail with a code and a message (``Reply(failure=Failure(...))``)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from loguru import logger
from pipecat.frames.frames import (
    LLMContextFrame,
    LLMFullResponseEndFrame,
    TTSTextFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.processors.frame_processor import FrameDirection

from pipecat_rt_best.base import G711InputAudioFrame
from pipecat_rt_best.base.frames import ModelErrorFrame
from pipecat_rt_best.realtime import RealtimeLLMService, ResponseRetryParams, realtime_session
from pipecat_rt_best.realtime.reconnect import ReconnectParams
from pipecat_rt_best.realtime.response_retry import retry_hint_s
from pipecat_rt_best.session_pool.backoff import Backoff
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    Failure,
    RealtimeEmulator,
    Reply,
)
from tests.realtime.harness import RealtimePipeline, wait_until

KEY = "test-key-123"
GREETING = "Hello, this is Asha from City Bank."
SECRET = "org-Zq9SECRET"  # what a real rate-limit message names: never in a log line
RATE_LIMITED = (
    f"Rate limit reached for gpt-realtime in organization {SECRET} on tokens per min (TPM): "
    "Limit 40000, Used 39990, Requested 120. Please try again in {hint}. Visit "
    "https://platform.openai.com/account/rate-limits to learn more."
)
FAST = ResponseRetryParams(max_retries=2, max_delay_s=2.0, backoff_s=0.05)


def _rate_limited(hint: str = "0.1s") -> Reply:
    return Reply(failure=Failure("rate_limit_exceeded", RATE_LIMITED.replace("{hint}", hint)))


def _service(url: str, **kw: Any) -> RealtimeLLMService:
    kw.setdefault("response_retry", FAST)
    return RealtimeLLMService(
        api_key=KEY,
        base_url=url,
        settings=RealtimeLLMService.Settings(
            model="gpt-realtime",
            system_instruction="Be brief.",
            session_properties=realtime_session(audio_format="pcmu"),
        ),
        **kw,
    )


def _done(p: RealtimePipeline) -> int:
    return len(p.sink.of(LLMFullResponseEndFrame))


def _model_errors(p: RealtimePipeline) -> list[ModelErrorFrame]:
    return p.source.of(ModelErrorFrame, FrameDirection.UPSTREAM)


def _heard(p: RealtimePipeline) -> str:
    return "".join(f.text for f in p.sink.of(TTSTextFrame)).strip()


def _creates(session: Any) -> int:
    return len(session.received_of("response.create"))


@contextmanager
def _warnings() -> Iterator[list[str]]:
    """The retry module's WARNING lines (the failure's own report, pipecat's, quotes the
    server's message as it always did)."""
    lines: list[str] = []
    sink = logger.add(
        lambda m: lines.append(str(m)),
        level="WARNING",
        format="{message}",
        filter="pipecat_rt_best.realtime.response_retry",
    )
    try:
        yield lines
    finally:
        logger.remove(sink)


async def _caller_turn(p: RealtimePipeline, seconds: float = 0.4) -> None:
    await p.send(UserStartedSpeakingFrame())
    line = b"\x55" * int(8000 * seconds)
    await p.send(
        *(G711InputAudioFrame.from_line(line[i : i + 160]) for i in range(0, len(line), 160))
    )
    await p.send(UserStoppedSpeakingFrame())


# -- the hint ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "seconds"),
    [
        ("... Please try again in 1.2s. Visit ...", 1.2),
        ("... Please try again in 600ms. Visit ...", 0.6),
        ("... Please try again in 1m26.4s. Visit ...", 86.4),
        ("Requests ... have exceeded token rate limit. Please retry after 6 seconds.", 6.0),
        ("The server had an error while processing your request.", None),
        (None, None),
    ],
)
def test_the_servers_hint_is_read_in_openais_and_azures_words(
    message: str | None, seconds: float | None
) -> None:
    hint = retry_hint_s(message)
    if seconds is None:
        assert hint is None
    else:
        assert hint == pytest.approx(seconds)


def test_the_wait_is_the_hint_capped_else_a_doubling_backoff() -> None:
    params = ResponseRetryParams(max_retries=3, max_delay_s=5.0, backoff_s=0.5)
    assert params.delay_s(1, 1.2) == 1.2
    assert params.delay_s(1, 86.4) == 5.0  # bounded: the caller will not wait 86 s anyway
    assert [params.delay_s(n, None) for n in (1, 2, 3, 5)] == [0.5, 1.0, 2.0, 5.0]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"max_retries": -1}, ValueError),
        ({"max_retries": "2"}, TypeError),
        ({"max_retries": True}, TypeError),
        ({"max_delay_s": 0}, ValueError),
        ({"max_delay_s": 600}, ValueError),
        ({"backoff_s": -0.1}, ValueError),
        ({"backoff_s": "fast"}, TypeError),
    ],
)
def test_the_setting_is_checked_when_it_is_built(kwargs: dict[str, Any], error: type) -> None:
    with pytest.raises(error, match="ResponseRetryParams"):
        ResponseRetryParams(**kwargs)


def test_the_keyword_is_checked_and_a_misspelling_refused() -> None:
    with pytest.raises(TypeError, match="response_retry= takes ResponseRetryParams"):
        RealtimeLLMService(api_key="k", response_retry={"max_retries": 1})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="did you mean 'response_retry'"):
        RealtimeLLMService(api_key="k", response_retrys=FAST)
    assert RealtimeLLMService(api_key="k")._response_retry == ResponseRetryParams()  # on
    assert RealtimeLLMService(api_key="k", response_retry=False)._response_retry is None


# -- the emulator's hook -------------------------------------------------------------------------


def test_a_failure_is_checked_when_the_script_is_built() -> None:
    with pytest.raises(TypeError, match="failure takes a Failure"):
        Reply(failure="rate_limit_exceeded")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="code"):
        Failure("")
    assert Failure("rate_limit_exceeded").error_type == "tokens"
    assert Failure("server_error").error_type == "server_error"
    assert Failure("insufficient_quota").error_type == "invalid_request_error"
    assert Failure("x", type="requests").error_type == "requests"


# -- through the real service --------------------------------------------------------------------


async def test_a_rate_limited_reply_is_asked_again_and_the_caller_hears_it() -> None:
    script = EmulatorScript(replies=[_rate_limited("0.1s"), GREETING])
    with _warnings() as lines:
        async with RealtimeEmulator(api_key=KEY, script=script) as emu:
            async with RealtimePipeline(_service(emu.url)) as p:
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: GREETING in _heard(p), what="the greeting, asked again")
                session = emu.sessions[0]
                failed = session.sent_of("response.done")[0]["response"]
                assert failed["status"] == "failed" and failed["output"] == []
                error = failed["status_details"]["error"]
                assert (error["code"], error["type"]) == ("rate_limit_exceeded", "tokens")
                assert [r["status"] for r in session.responses] == ["failed", "completed"]
                assert _creates(session) == 2
                (reported,) = _model_errors(p)  # the failure is still reported, once
                assert reported.code == "rate_limit_exceeded"
                assert p.llm.response_retries == 1
    retried = [line for line in lines if "asking again" in line]
    assert len(retried) == 1, lines
    assert "rate_limit_exceeded" in retried[0] and "retry 1 of 2" in retried[0]
    assert not any(SECRET in line for line in lines)  # its message is never logged here


async def test_the_servers_hint_is_waited_before_asking_again() -> None:
    # backoff_s 0.01: without the hint the retry would follow at once
    params = ResponseRetryParams(max_retries=2, max_delay_s=2.0, backoff_s=0.01)
    script = EmulatorScript(replies=[_rate_limited("400ms"), GREETING])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        async with RealtimePipeline(_service(emu.url, response_retry=params)) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: GREETING in _heard(p), what="the greeting, asked again")
            session = emu.sessions[0]
            kinds = [e["type"] for e in session.sent]
            failed_at = session.sent_times[kinds.index("response.done")]
            created = [i for i, kind in enumerate(kinds) if kind == "response.created"]
            # the second response began no sooner than the hint said (a lower bound only)
            assert session.sent_times[created[1]] - failed_at >= 0.38


async def test_a_hint_past_the_cap_is_waited_only_as_long_as_the_cap() -> None:
    params = ResponseRetryParams(max_retries=2, max_delay_s=0.3, backoff_s=0.01)
    script = EmulatorScript(replies=[_rate_limited("1m26.4s"), GREETING])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        async with RealtimePipeline(_service(emu.url, response_retry=params)) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: GREETING in _heard(p), timeout=5, what="the capped retry")
            session = emu.sessions[0]
            kinds = [e["type"] for e in session.sent]
            created = [i for i, kind in enumerate(kinds) if kind == "response.created"]
            gap = session.sent_times[created[1]] - session.sent_times[kinds.index("response.done")]
            assert gap >= 0.28


async def test_retries_stop_at_the_limit_and_start_over_with_the_callers_turn() -> None:
    failing = Reply(failure=Failure("server_error", "The server had an error."))
    script = EmulatorScript(replies=[failing], exhausted="cycle")  # every response fails
    with _warnings() as lines:
        async with RealtimeEmulator(api_key=KEY, script=script) as emu:
            async with RealtimePipeline(_service(emu.url)) as p:
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: len(_model_errors(p)) >= 3, what="three failures")
                session = emu.sessions[0]
                await asyncio.sleep(0.5)  # 2.5x the longest backoff (0.1 s): no fourth ask
                assert _creates(session) == 3  # the first ask and two retries
                assert len(_model_errors(p)) == 3  # one report per failure
                assert [e.code for e in _model_errors(p)] == ["server_error"] * 3
                gave_up = [line for line in lines if "after 2 retries" in line]
                assert len(gave_up) == 1, lines
                # the caller's turn asks for its own reply; its failure is asked again
                await _caller_turn(p)
                await wait_until(lambda: _creates(session) == 6, what="the turn and 2 retries")
                await asyncio.sleep(0.5)
                assert _creates(session) == 6


async def test_no_retry_once_the_caller_starts_speaking() -> None:
    script = EmulatorScript(replies=[_rate_limited("0.5s"), "Sure."])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        async with RealtimePipeline(_service(emu.url)) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: bool(_model_errors(p)), what="the failure")
            session = emu.sessions[0]
            await p.send(UserStartedSpeakingFrame())  # within the hint: the caller speaks
            await asyncio.sleep(0.8)  # past the hint
            assert _creates(session) == 1
            assert p.llm.response_retries == 0
            line = b"\x55" * 3200
            await p.send(
                *(G711InputAudioFrame.from_line(line[i : i + 160]) for i in range(0, 3200, 160)),
                UserStoppedSpeakingFrame(),
            )
            await wait_until(lambda: "Sure." in _heard(p), what="the reply to the caller's turn")
            assert _creates(session) == 2  # the turn's own request, nothing besides


async def test_a_manual_turns_failed_reply_is_asked_again_before_any_context() -> None:
    # no context frame reached the service yet: the turn's own bare request goes again
    script = EmulatorScript(replies=[_rate_limited("0.05s"), "Sure."])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        async with RealtimePipeline(_service(emu.url)) as p:
            assert p.llm._context is None
            await _caller_turn(p)
            await wait_until(lambda: "Sure." in _heard(p), what="the reply, asked again")
            assert _creates(emu.sessions[0]) == 2 and len(_model_errors(p)) == 1
            assert p.llm._context is None  # the bare request, not pipecat's _create_response


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("insufficient_quota", "insufficient_quota"),
        ("invalid_value", "invalid_request_error"),
        ("content_policy_violation", "invalid_request_error"),
    ],
)
async def test_a_failure_that_would_fail_again_is_not_retried(code: str, kind: str) -> None:
    script = EmulatorScript(replies=[Reply(failure=Failure(code, "No.", type=kind)), GREETING])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        async with RealtimePipeline(_service(emu.url)) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: bool(_model_errors(p)), what="the failure")
            await asyncio.sleep(0.4)  # 8x the backoff
            assert _creates(emu.sessions[0]) == 1 and p.llm.response_retries == 0


def _incomplete(event: dict[str, Any]) -> dict[str, Any]:
    """The first response ends ``incomplete`` (the content filter cut it)."""
    if event["type"] == "response.done" and not getattr(_incomplete, "done", False):
        _incomplete.done = True  # type: ignore[attr-defined]
        response = {
            **event["response"],
            "status": "incomplete",
            "status_details": {"type": "incomplete", "reason": "content_filter"},
        }
        return {**event, "response": response}
    return event


async def test_an_incomplete_response_is_not_retried() -> None:
    _incomplete.done = False  # type: ignore[attr-defined]
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        emu.faults.rewrite_event = _incomplete
        async with RealtimePipeline(_service(emu.url)) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the cut response")
            await asyncio.sleep(0.4)
            assert _creates(emu.sessions[0]) == 1 and p.llm.response_retries == 0


async def test_response_retry_false_asks_nothing_again() -> None:
    script = EmulatorScript(replies=[_rate_limited("0.05s"), GREETING])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        async with RealtimePipeline(_service(emu.url, response_retry=False)) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: bool(_model_errors(p)), what="the failure")
            await asyncio.sleep(0.3)
            assert _creates(emu.sessions[0]) == 1


RECONNECT = ReconnectParams(
    give_up_after_s=3.0, backoff=Backoff(first_s=0.01, base_s=0.02, max_s=0.05)
)


async def test_no_retry_goes_into_a_reconnect_and_the_new_session_is_asked_once() -> None:
    # the retry falls due while a reconnect replaces the session: nothing is sent to the old
    # socket or queued in the gap; the new session, restored, is asked once
    answers: list[str] = []

    def model(conversation: list[dict[str, Any]]) -> Reply | str:
        answers.append("x")
        return _rate_limited("0.1s") if len(answers) == 1 else GREETING

    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(responder=model)) as emu:
        llm = _service(emu.url, reconnect=RECONNECT)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await emu.wait_for(lambda: bool(emu.sessions and emu.sessions[0].responses))
            old = emu.sessions[0]
            await emu.wait_for(lambda: bool(old.sent_of("response.done")))
            emu.faults.handshake_delay_s = 0.4  # the reconnect outlasts the hint
            for conn in list(emu._connections):
                conn.drop("test")
            await wait_until(lambda: llm.reconnecting, what="the reconnect")
            await wait_until(lambda: GREETING in _heard(p), what="the greeting on the new session")
            new = emu.sessions[1]
            assert _creates(old) == 1  # the failed one only
            assert _creates(new) == 1  # asked once, after the restore
            kinds = [e["type"] for e in new.received]
            assert kinds.index("session.update") < kinds.index("response.create")
            assert llm.reconnects == 1 and llm.response_retries == 1
            assert GREETING in json.dumps(new.sent)


async def test_a_reply_that_failed_part_way_is_not_asked_again() -> None:
    # a failed response.done with output (an item, audio already sent: the caller heard its
    # start, or a function call given) is reported, not asked again: the retry would repeat it
    from pipecat.services.openai.realtime import events

    from pipecat_rt_best.realtime.response_retry import ResponseRetryMixin

    class _Base:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        async def _handle_evt_response_done(self, evt: object) -> None:
            pass

        def create_task(self, coro: Any, name: str = "") -> asyncio.Task[None]:
            return asyncio.ensure_future(coro)

    class _Service(ResponseRetryMixin, _Base):
        _response_active = False

    def failed(output: list[dict[str, Any]]) -> Any:
        error = {"type": "server_error", "code": "server_error", "message": "boom"}
        response = {
            "id": "r1",
            "object": "realtime.response",
            "status": "failed",
            "status_details": {"type": "failed", "error": error},
            "output": output,
        }
        return events.ResponseDone.model_validate(
            {"event_id": "e1", "type": "response.done", "response": response}
        )

    item = {
        "id": "i1",
        "type": "message",
        "role": "assistant",
        "content": [{"type": "output_audio", "transcript": "Your balance is"}],
    }
    service = _Service(response_retry=ResponseRetryParams(backoff_s=0.0, max_delay_s=1.0))
    await service._handle_evt_response_done(failed([item]))
    assert service._retry_task is None and service._retries_in_a_row == 0
    await service._handle_evt_response_done(failed([]))  # nothing given yet: asked again
    assert service._retry_task is not None and service._retries_in_a_row == 1
    service._retry_task.cancel()
