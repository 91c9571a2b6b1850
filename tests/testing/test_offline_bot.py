"""The offline call's verdict on the heard-text truncation of a text-modality call."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from pipecat_rt_best.testing.offline_bot import OfflineReport, _speech_lines
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
