"""The offline call's verdict on the heard-text truncation of a text-modality call."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from pipecat_rt_best.testing.offline_bot import OfflineReport, _report, _speech_lines
from pipecat_rt_best.testing.realtime_emulator.record import SessionRecord

GREETING = "नमस्कार, मी सहयोग फायनान्सकडून आशा बोलते. मी राहुल शर्मा यांच्याशी बोलते का?"
CUT = "कृपया ₹12,500 भरा. शेवटची तारीख 5 डिसेंबर होती. उशीर झाल्यास ₹500 दंड लागेल!"
ANSWER = "जी, सांगा."


def _message(item_id: str, text: str) -> dict[str, Any]:
    return {
        "id": item_id,
        "type": "message",
        "role": "assistant",
        "content": [{"type": "output_text", "text": text}],
    }


def _call(*, replaced: bool) -> SessionRecord:
    """A session as the emulator records the offline call: the greeting, the caller's turn,
    a tool call, the reply the caller barges into, the barge-in's turn, the answer; the
    client replaced the cut reply with the words heard (``replaced``) or did not."""
    session = SessionRecord()
    heard = "कृपया ₹12,500 भरा."
    for rid, text, then in [
        ("r1", GREETING, "commit"),
        ("r2", "", None),  # the tool call says nothing
        ("r3", CUT, "commit"),
        ("r4", ANSWER, None),
    ]:
        session.sent.append({"type": "response.created", "response": {"id": rid}})
        item = f"item-{rid}"
        session.responses.append({"id": rid, "output": [item], "texts": [text] if text else []})
        if text and not (replaced and rid == "r3"):
            session.conversation.append(_message(item, text))
        if rid == "r3" and replaced:
            session.received.append({"type": "conversation.item.delete", "item_id": item})
            session.received.append(
                {"type": "conversation.item.create", "item": _message("heard-1", heard)}
            )
            session.conversation.append(_message("heard-1", heard))
        if then == "commit":
            session.sent.append({"type": "input_audio_buffer.committed", "item_id": f"u-{rid}"})
    return session


def _speech() -> Any:
    request = SimpleNamespace(
        first_audio_at=1.0,
        received_at=1.0,
        output_format="raw-8khz-8bit-mono-mulaw",
        status="completed",
        spoken_text="नमस्कार",
    )
    return SimpleNamespace(requests=[request])


@pytest.mark.parametrize("replaced", [True, False])
def test_the_verdict_checks_the_reply_the_caller_barged_into_not_the_longest(
    replaced: bool,
) -> None:
    # the greeting is as long as the cut reply (76 characters each): the verdict looked at the
    # greeting (max by length), still whole in the conversation, and failed a call that worked
    assert len(GREETING) == len(CUT)
    report = OfflineReport()
    _speech_lines(report, _speech(), _call(replaced=replaced))
    problem = "the model still remembers its whole reply after the barge-in"
    if replaced:
        assert report.problems == [], report.problems
        assert report.lines[-1] == (
            "truncation (heard text): the model's copy of its 76-character reply is now "
            "18 characters: 'कृपया ₹12,500 भरा.'"
        )
    else:
        assert report.problems == [problem]


def _failed_call(failure: str, after_s: float, modality: str, heard_s: float) -> list[str]:
    """The offline report's problems for a call that ``failure`` ended ``after_s`` in, the
    caller having heard ``heard_s`` of bot audio."""
    plan = SimpleNamespace(modality=modality)
    record = SimpleNamespace(jitter=None, played=b"\x00" * int(8000 * heard_s))
    caller = SimpleNamespace(timeline=None)
    runner_call = SimpleNamespace(failure=failure, failed_after_s=after_s)
    return _report(plan, SimpleNamespace(), caller, record, runner_call).problems  # type: ignore[arg-type]


def test_a_realtime_connection_lost_mid_call_is_not_a_setting_to_check() -> None:
    # a drop 8 s into a call that had been talking was "cannot reach the realtime backend:
    # check OPENAI_REALTIME_URL …", a URL that had served the call
    lost = "connectivity error in RealtimeLLMService#0: Realtime connection lost: closed by server"
    [problem] = _failed_call(lost, 7.94, "audio", 5.1)
    assert problem.startswith("the call failed: the realtime connection was lost 7.9 s into")
    assert "OPENAI_REALTIME_URL" not in problem and "cannot reach" not in problem
    assert problem.endswith(f"({lost})")
    # a backend that could not be reached is still a setting to check
    refused = "connectivity error in RealtimeLLMService#0: Error connecting: [Errno 111] refused"
    [problem] = _failed_call(refused, 0.2, "audio", 0.0)
    assert "cannot reach the realtime backend: check OPENAI_REALTIME_URL" in problem


def test_azure_speech_lost_after_it_spoke_is_not_a_setting_to_check() -> None:
    failure = "connectivity error in AzureSpeechTTSService#0: Azure TTS could not speak a sentence"
    [problem] = _failed_call(failure, 12.0, "text", 3.9)
    assert "connection to Azure Speech was lost 12.0 s into the call" in problem
    assert "AZURE_SPEECH_REGION" not in problem
    [problem] = _failed_call(failure, 5.0, "text", 0.0)  # it never spoke: unreachable
    assert "cannot reach Azure Speech: check AZURE_SPEECH_REGION" in problem
