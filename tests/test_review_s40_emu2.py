"""Review (session 40): the offline emulators and the simulated call against the real services.

A test passing against an emulator laxer than the service it stands for hides the defect the
service would show on a real call; each test says where the emulator (or the simulation's
report) differed, and what the real side does."""

from __future__ import annotations

from typing import Any

import pytest
from pipecat.observers.base_observer import FramePushed
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

from pipecat_rt_best.interruption_truncation.clock import TruncationEvent
from pipecat_rt_best.interruption_truncation.frames import TruncationFrame
from pipecat_rt_best.testing.realtime_emulator import ToolCall
from pipecat_rt_best.testing.simulated_call.timeline import CallTimeline

from .realtime_emulator.test_protocol import P

# -- realtime emulator: ids --------------------------------------------------------------


def _user_text(item_id: str) -> dict[str, Any]:
    return {
        "id": item_id,
        "type": "message",
        "role": "user",
        "content": [{"type": "input_text", "text": "hello"}],
    }


# WRONG: the emulator took a conversation item whose id is longer than 32 characters; the real
# server refuses it ("Invalid 'item.id': string too long. Expected a string with maximum
# length 32, but got a string with length 39 instead.") and the item is not in the
# conversation: a client building ids as "prefix_" + uuid loses every such item on a real call,
# silently, while every test against the emulator passes.
# EXPECTED: an error event (string_above_max_length, param item.id) and no item; 32 is fine.
def test_an_item_id_longer_than_32_characters_is_refused() -> None:
    p = P()
    err = p.error("conversation.item.create", item=_user_text("vision_" + "a" * 32))
    assert (err["code"], err["param"]) == ("string_above_max_length", "item.id")
    assert "maximum length 32" in err["message"] and "length 39" in err["message"]
    assert p.record.conversation == []
    p.ok("conversation.item.create", item=_user_text("b" * 32))  # a uuid4().hex, as pipecat's
    assert [i["id"] for i in p.record.conversation] == ["b" * 32]


# WRONG: the same for a function call's call_id ("Invalid 'item.call_id': string too long.
# Expected a string with maximum length 32"): a conversation restored with another system's
# tool-call ids was accepted by the emulator, refused by the server.
# EXPECTED: string_above_max_length on item.call_id, for function_call and its output.
def test_a_call_id_longer_than_32_characters_is_refused() -> None:
    p = P()
    long_id = "toolu_" + "c" * 30
    err = p.error(
        "conversation.item.create",
        item={"type": "function_call", "name": "lookup", "arguments": "{}", "call_id": long_id},
    )
    assert (err["code"], err["param"]) == ("string_above_max_length", "item.call_id")
    err = p.error(
        "conversation.item.create",
        item={"type": "function_call_output", "call_id": long_id, "output": "{}"},
    )
    assert (err["code"], err["param"]) == ("string_above_max_length", "item.call_id")
    p.ok(
        "conversation.item.create",
        item={"type": "function_call", "name": "lookup", "arguments": "{}", "call_id": "c" * 32},
    )
    # a script cannot make the model send a call_id the server would refuse back
    with pytest.raises(ValueError, match="1 to 32 characters"):
        ToolCall("lookup", {}, call_id=long_id)
    ToolCall("lookup", {}, call_id="c" * 32)


# -- realtime emulator: tool names -------------------------------------------------------


# WRONG: a function tool named "look up" (or 65 characters long) was taken by the emulator's
# session.update and response.create; the server refuses a function name other than 1 to 64
# letters, digits, '_' and '-' (the pack's own prompt check says so: "the session refuses a
# tool named otherwise"), so the whole session.update — instructions and all — is refused on a
# real call while every emulator test passes.
# EXPECTED: invalid_value / string_above_max_length on the tool's name; the session unchanged.
@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("look up", "invalid_value"),
        ("lookup.v2", "invalid_value"),
        ("x" * 65, "string_above_max_length"),
    ],
)
def test_a_function_tool_name_the_server_refuses_is_refused(name: str, code: str) -> None:
    p = P()
    before = dict(p.record.config)
    err = p.error(
        "session.update",
        session={
            "type": "realtime",
            "instructions": "new",
            "tools": [{"type": "function", "name": name}],
        },
    )
    assert (err["code"], err["param"]) == (code, "session.tools[0].name")
    assert p.record.config == before
    err = p.error("response.create", response={"tools": [{"type": "function", "name": name}]})
    assert (err["code"], err["param"]) == (code, "response.tools[0].name")
    p.ok(
        "session.update",
        session={
            "type": "realtime",
            "tools": [{"type": "function", "name": "look_up-2" + "x" * 55}],
        },
    )


# -- Azure Speech emulator: auth ---------------------------------------------------------


# WRONG: the Azure Speech emulator took the subscription key sent as a bearer token
# (``Authorization: Bearer <key>``, what AZURE_SPEECH_AUTH_TOKEN=<the key> does); the service
# wants an STS/Entra token there and answers 401: a bot configured so passed every test and
# failed its first real call.
# EXPECTED: 401 on the handshake (the SDK reports the authentication error); a token in
# ``emu.tokens`` still works, and the key still works as Ocp-Apim-Subscription-Key.
async def test_the_azure_subscription_key_is_no_bearer_token() -> None:
    pytest.importorskip("azure.cognitiveservices.speech")
    from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator

    from .azure_speech_emulator.helpers import Sdk, ssml_doc

    async with AzureSpeechEmulator(api_key="the-key", tokens={"sts-token"}) as emu:
        out = await Sdk(emu.host, key=None, token="the-key").assr(ssml_doc("Hi."))
        assert not out.completed
        assert emu.handshakes[-1]["status"] == 401 and emu.requests == []
        assert "401" in out.error_details
        out = await Sdk(emu.host, key=None, token="sts-token").assr(ssml_doc("Hi."))
        assert out.completed, out.error_details
        out = await Sdk(emu.host, key="the-key").assr(ssml_doc("Hi."))
        assert out.completed, out.error_details


# -- simulated call: the report ------------------------------------------------------------


# WRONG: in text modality (the default call) a barge-in replaces the model's reply with the
# heard words ("the model keeps '…'"), yet the call's ``model_memory`` — report.json's
# ``model.remembers_after_barge_in`` and the CLI's "after the barge-in the model remembers
# saying only" line — stayed empty: it was filled from audio truncations only, so the report
# of the README's own call said the model remembers nothing.
# EXPECTED: a text-replace truncation adds the words the model keeps ('' when the reply was
# deleted unheard, as an audio truncate to 0 ms does; nothing for a later item of the reply
# never spoken); an audio truncate's report stays as it is (from the emulator's record).
async def test_a_text_replace_barge_in_is_what_the_model_remembers() -> None:
    timeline = CallTimeline()
    kept = "धन्यवाद राहुल जी। आपकी ₹12,500 की EMI"
    frame = TruncationFrame(
        events=[
            TruncationEvent(
                "item_1", "replace", "text-replace", 3270.0, 5000.0, 3270, heard_text=kept
            ),
            TruncationEvent("item_2", "delete", "text-replace", 0.0, 0.0, 0, heard_text=""),
            # the reply's next item, never spoken (deleted; no words of it were ever heard)
            TruncationEvent("item_2b", "delete", "text-replace", 0.0, 0.0, 0),
            TruncationEvent("item_3", "truncate", "handed", 900.0, 2000.0, 900),
        ]
    )
    source, destination = FrameProcessor(), FrameProcessor()
    await timeline.on_push_frame(
        FramePushed(
            source=source,
            destination=destination,
            frame=frame,
            direction=FrameDirection.DOWNSTREAM,
            timestamp=0,
        )
    )
    assert timeline.model_memory == [kept, ""]
    assert f"the model remembers saying only: {kept!r}" in timeline.render()
