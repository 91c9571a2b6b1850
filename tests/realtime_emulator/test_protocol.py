"""The GA protocol rules, on the asyncio-free state machine.

Every error rule is checked by its code *and* param/message, next to the valid
counterpart, so removing the rule (or letting the wrong rule fire) fails a test.
"""

from __future__ import annotations

import base64
import copy
import json
from dataclasses import replace
from typing import Any

import pytest

from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Reply, ToolCall, heard_text
from pipecat_rt_best.testing.realtime_emulator.audio import MS_PER_CHAR, synthesize
from pipecat_rt_best.testing.realtime_emulator.events import Outcome
from pipecat_rt_best.testing.realtime_emulator.protocol import RealtimeProtocol
from pipecat_rt_best.testing.realtime_emulator.response_stream import Pace, PendingResponse
from pipecat_rt_best.testing.realtime_emulator.script import as_reply

from .helpers import b64, manual_session, silence, tone


class P:
    """Drive a RealtimeProtocol with dict events; run responses to completion."""

    def __init__(
        self, script: EmulatorScript | None = None, manual: bool = True, **kw: Any
    ) -> None:
        self.proto = RealtimeProtocol(script=script)
        self.record = self.proto.record
        if manual:
            self.ok("session.update", session=manual_session(**kw))

    def send(self, etype: str | None, **fields: Any) -> Outcome:
        event = {"type": etype, **fields} if etype is not None else fields
        return self.proto.handle_message(json.dumps(event))

    def events(self, etype: str, **fields: Any) -> list[dict[str, Any]]:
        outcome = self.send(etype, **fields)
        out = list(outcome.events)
        for pending in outcome.start:
            out += self.run(pending)
        return out

    def ok(self, etype: str, **fields: Any) -> list[dict[str, Any]]:
        out = self.events(etype, **fields)
        assert not [e for e in out if e["type"] == "error"], out
        return out

    def error(self, etype: str | None, **fields: Any) -> dict[str, Any]:
        out = self.send(etype, **fields).events
        assert len(out) == 1 and out[0]["type"] == "error", out
        return dict(out[0]["error"])

    def run(
        self, pending: PendingResponse, stop_after_deltas: int | None = None
    ) -> list[dict[str, Any]]:
        reply = as_reply(self.proto.reply_for(pending))  # type: ignore[arg-type]
        out: list[dict[str, Any]] = []
        paces = 0
        for ev in pending.stream(reply):
            if isinstance(ev, Pace):
                paces += 1
                if stop_after_deltas is not None and paces > stop_after_deltas:
                    self.pending_stream = True
                    return out
                continue
            out.append(ev)
        return out

    def say(self, ms: int = 300, fmt: str = "audio/pcm") -> str:
        self.ok("input_audio_buffer.append", audio=b64(tone(ms, fmt)))
        out = self.ok("input_audio_buffer.commit")
        return str(out[0]["item_id"])

    def respond(self, **fields: Any) -> list[dict[str, Any]]:
        return self.ok("response.create", **fields)


def types(events: list[dict[str, Any]]) -> list[str]:
    return [e["type"] for e in events]


def of(events: list[dict[str, Any]], etype: str) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == etype]


# -- session ----------------------------------------------------------------------


def test_session_created_is_a_ga_session() -> None:
    proto = RealtimeProtocol(model="gpt-realtime-2")
    ev = proto.created_event()
    assert ev["type"] == "session.created" and ev["event_id"].startswith("event_")
    s = ev["session"]
    assert s["type"] == "realtime" and s["object"] == "realtime.session"
    assert s["model"] == "gpt-realtime-2"
    assert s["output_modalities"] == ["audio"]
    assert s["audio"]["input"]["format"] == {"type": "audio/pcm", "rate": 24000}
    assert s["audio"]["input"]["turn_detection"]["type"] == "server_vad"


def test_session_update_merges_and_echoes() -> None:
    p = P(manual=False)
    out = p.ok(
        "session.update",
        session={
            "type": "realtime",
            "instructions": "Be brief.",
            "audio": {"output": {"format": {"type": "audio/pcmu"}, "voice": "marin"}},
        },
    )
    s = out[0]["session"]
    assert out[0]["type"] == "session.updated"
    assert s["instructions"] == "Be brief."
    assert s["audio"]["output"] == {
        "format": {"type": "audio/pcmu"},
        "voice": "marin",
        "speed": 1.0,
    }
    # untouched parts keep their values
    assert s["audio"]["input"]["format"] == {"type": "audio/pcm", "rate": 24000}
    assert p.record.config == s


@pytest.mark.parametrize(
    ("session", "code", "param"),
    [
        ({"type": "realtime", "temperature": 0.8}, "unknown_parameter", "session.temperature"),
        ({"instructions": "x"}, "missing_required_parameter", "session.type"),
        ({"type": "transcription"}, "invalid_value", "session.type"),
        (
            {"type": "realtime", "audio": {"input": {"format": {"type": "audio/g729"}}}},
            "invalid_value",
            "session.audio.input.format.type",
        ),
        (
            {
                "type": "realtime",
                "audio": {"output": {"format": {"type": "audio/pcm", "rate": 16000}}},
            },
            "invalid_value",
            "session.audio.output.format.rate",
        ),
        (
            {"type": "realtime", "output_modalities": ["audio", "text"]},
            "invalid_value",
            "session.output_modalities",
        ),
        (
            {"type": "realtime", "output_modalities": ["video"]},
            "invalid_value",
            "session.output_modalities",
        ),
        (
            {
                "type": "realtime",
                "audio": {"input": {"turn_detection": {"type": "server_vad", "threshold": 1.5}}},
            },
            "decimal_above_max_value",
            "session.audio.input.turn_detection.threshold",
        ),
        (
            {
                "type": "realtime",
                "audio": {"input": {"turn_detection": {"type": "server_vad", "eagerness": "low"}}},
            },
            "unknown_parameter",
            "session.audio.input.turn_detection.eagerness",
        ),
        (
            {"type": "realtime", "audio": {"input": {"turn_detection": {"type": "magic_vad"}}}},
            "invalid_value",
            "session.audio.input.turn_detection.type",
        ),
        ({"type": "realtime", "instructions": 5}, "invalid_type", "session.instructions"),
        (
            {"type": "realtime", "tools": [{"type": "function"}]},
            "missing_required_parameter",
            "session.tools[0].name",
        ),
        (
            {"type": "realtime", "max_output_tokens": 0},
            "integer_below_min_value",
            "session.max_output_tokens",
        ),
        (  # GA: "Prompt is not supported with gpt-realtime-whisper"
            {
                "type": "realtime",
                "audio": {
                    "input": {"transcription": {"model": "gpt-realtime-whisper", "prompt": "x"}}
                },
            },
            "invalid_value",
            "session.audio.input.transcription.prompt",
        ),
    ],
)
def test_session_update_validation(session: dict[str, Any], code: str, param: str) -> None:
    p = P(manual=False)
    before = json.dumps(p.record.config, sort_keys=True)
    err = p.error("session.update", session=session, event_id="evt_client_1")
    assert err["type"] == "invalid_request_error"
    assert (err["code"], err["param"]) == (code, param)
    assert err["event_id"] == "evt_client_1"
    assert err["message"]
    assert json.dumps(p.record.config, sort_keys=True) == before  # unchanged
    # the session still takes a valid update afterwards
    p.ok("session.update", session={"type": "realtime", "instructions": "fine"})


def test_session_update_without_session() -> None:
    err = P(manual=False).error("session.update")
    assert (err["code"], err["param"]) == ("missing_required_parameter", "session")


def test_session_update_accepts_formats_and_modalities() -> None:
    for fmt in ("audio/pcm", "audio/pcmu", "audio/pcma"):
        for modality in ("audio", "text"):
            p = P(manual=False)
            s = p.ok("session.update", session=manual_session(fmt, modality))[0]["session"]
            assert s["audio"]["input"]["format"]["type"] == fmt
            assert s["output_modalities"] == [modality]
            assert s["audio"]["input"]["turn_detection"] is None


# -- bad input --------------------------------------------------------------------


def test_malformed_json_unknown_type_and_bad_base64() -> None:
    p = P()
    out = p.proto.handle_message("{not json").events
    assert out[0]["type"] == "error" and out[0]["error"]["code"] == "invalid_json"
    out = p.proto.handle_message(b"\xff\xfe\x00").events
    assert out[0]["error"]["code"] == "invalid_json"
    out = p.proto.handle_message("[1, 2]").events
    assert out[0]["error"]["code"] == "invalid_type"
    err = p.error("response.make", event_id="e42")
    assert (err["code"], err["param"], err["event_id"]) == ("invalid_value", "type", "e42")
    assert "'response.make'" in err["message"] and "'response.create'" in err["message"]
    err = p.error(None, event_id="e43")
    assert (err["code"], err["param"]) == ("missing_required_parameter", "type")
    err = p.error("input_audio_buffer.append", audio="@@not base64@@")
    assert (err["code"], err["param"]) == ("invalid_value", "audio")
    err = p.error("input_audio_buffer.append")
    assert (err["code"], err["param"]) == ("missing_required_parameter", "audio")
    assert p.record.appended_audio == b""
    # still usable
    p.say()
    assert len(p.record.commits) == 1


def test_values_of_the_wrong_shape_and_unexpected_failures_keep_the_session() -> None:
    p = P()
    out = p.proto.handle_message('{"type": "response.create", "n": ' + "9" * 5000 + "}").events
    assert out[0]["error"]["code"] == "invalid_json"
    err = p.error(
        "session.update",
        session={
            "type": "realtime",
            "audio": {"input": {"turn_detection": {"type": "semantic_vad", "eagerness": ["high"]}}},
        },
    )
    assert (err["code"], err["param"]) == (
        "invalid_type",
        "session.audio.input.turn_detection.eagerness",
    )
    err = p.error(
        "conversation.item.create",
        item={"type": "message", "role": ["user"], "content": []},
    )
    assert (err["code"], err["param"]) == ("invalid_type", "item.role")

    def broken(data: object) -> None:
        raise RuntimeError("a rule the emulator lacks")

    p.proto._on_response_cancel = broken  # type: ignore[method-assign]
    err = p.error("response.cancel", event_id="e9")
    assert (err["type"], err["code"], err["event_id"]) == ("server_error", "server_error", "e9")
    p.say()  # still usable
    assert len(p.record.commits) == 1


# -- input audio buffer -----------------------------------------------------------


def test_commit_rules_and_record() -> None:
    p = P(fmt="audio/pcmu")
    err = p.error("input_audio_buffer.commit")
    assert err["code"] == "input_audio_buffer_commit_empty"
    assert "0.00ms" in err["message"]
    p.ok("input_audio_buffer.append", audio=b64(tone(60, "audio/pcmu")))
    err = p.error("input_audio_buffer.commit")  # 60 ms < 100 ms minimum
    assert err["code"] == "input_audio_buffer_commit_empty" and "60.00ms" in err["message"]
    p.ok("input_audio_buffer.append", audio=b64(tone(40, "audio/pcmu")))
    out = p.ok("input_audio_buffer.commit")
    assert types(out) == [
        "input_audio_buffer.committed",
        "conversation.item.added",
        "conversation.item.done",
    ]
    item = out[1]["item"]
    assert item["role"] == "user" and item["content"] == [
        {"type": "input_audio", "transcript": None}
    ]
    assert out[0]["item_id"] == item["id"] and out[0]["previous_item_id"] is None
    assert p.record.input_audio_turns == [tone(60, "audio/pcmu") + tone(40, "audio/pcmu")]
    assert p.record.commits[0]["bytes"] == 800 and p.record.commits[0]["source"] == "client"
    # the buffer is empty again
    assert p.error("input_audio_buffer.commit")["code"] == "input_audio_buffer_commit_empty"
    # received events keep the audio's byte length, not the payload
    appends = p.record.received_of("input_audio_buffer.append")
    assert [a["audio"] for a in appends] == [480, 320]


def test_clear_empties_the_buffer() -> None:
    p = P()
    p.ok("input_audio_buffer.append", audio=b64(tone(200)))
    assert types(p.ok("input_audio_buffer.clear")) == ["input_audio_buffer.cleared"]
    assert p.error("input_audio_buffer.commit")["code"] == "input_audio_buffer_commit_empty"
    assert len(p.record.appended_audio) == 200 * 48  # still recorded as received


def test_min_commit_ms_is_configurable() -> None:
    proto = RealtimeProtocol(min_commit_ms=0)
    proto.handle_message(json.dumps({"type": "session.update", "session": manual_session()}))
    proto.handle_message(json.dumps({"type": "input_audio_buffer.append", "audio": b64(tone(10))}))
    out = proto.handle_message(json.dumps({"type": "input_audio_buffer.commit"})).events
    assert out[0]["type"] == "input_audio_buffer.committed"


def test_input_transcription_uses_the_script() -> None:
    p = P(EmulatorScript(user_transcripts=["hello bot"]))
    p.ok(
        "session.update",
        session={"type": "realtime", "audio": {"input": {"transcription": {"model": "whisper-1"}}}},
    )
    p.ok("input_audio_buffer.append", audio=b64(tone(200)))
    out = p.ok("input_audio_buffer.commit")
    done = of(out, "conversation.item.input_audio_transcription.completed")
    assert done[0]["transcript"] == "hello bot"
    assert p.record.conversation[0]["content"][0]["transcript"] == "hello bot"


# -- responses --------------------------------------------------------------------

AUDIO_SEQUENCE_HEAD = [
    "response.created",
    "response.output_item.added",
    "conversation.item.added",
    "response.content_part.added",
]
AUDIO_SEQUENCE_TAIL = [
    "response.output_audio.done",
    "response.output_audio_transcript.done",
    "response.content_part.done",
    "response.output_item.done",
    "conversation.item.done",
    "response.done",
]


@pytest.mark.parametrize("fmt", ["audio/pcm", "audio/pcmu", "audio/pcma"])
def test_audio_response_sequence(fmt: str) -> None:
    text = "Hello there, how are you?"
    p = P(EmulatorScript(replies=[text]), fmt=fmt)
    p.say(fmt=fmt)
    out = p.respond()
    names = types(out)
    assert names[:4] == AUDIO_SEQUENCE_HEAD and names[-6:] == AUDIO_SEQUENCE_TAIL
    middle = set(names[4:-6])
    assert middle == {"response.output_audio.delta", "response.output_audio_transcript.delta"}
    audio = b"".join(base64.b64decode(e["delta"]) for e in of(out, "response.output_audio.delta"))
    assert audio == synthesize(text, fmt)
    bpm = 48 if fmt == "audio/pcm" else 8
    assert {
        len(base64.b64decode(e["delta"])) for e in of(out, "response.output_audio.delta")[:-1]
    } == {100 * bpm}
    transcript = "".join(e["delta"] for e in of(out, "response.output_audio_transcript.delta"))
    assert transcript == text
    assert of(out, "response.output_audio_transcript.done")[0]["transcript"] == text
    done = out[-1]["response"]
    assert done["status"] == "completed" and done["usage"]["total_tokens"] > 0
    assert done["output"][0]["content"] == [{"type": "output_audio", "transcript": text}]
    assert done["audio"]["output"]["format"]["type"] == fmt
    item_id = done["output"][0]["id"]
    assert p.record.output_audio[item_id] == audio
    assert p.record.responses[0]["status"] == "completed"
    # each transcript delta precedes the audio chunk where its word starts
    first_audio = names.index("response.output_audio.delta")
    assert names[first_audio - 1] == "response.output_audio_transcript.delta"


def test_text_mode_response() -> None:
    p = P(EmulatorScript(replies=["Plain text answer."]), modality="text")
    out = p.respond()
    names = types(out)
    assert "response.output_audio.delta" not in names
    assert (
        "".join(e["delta"] for e in of(out, "response.output_text.delta")) == "Plain text answer."
    )
    assert of(out, "response.output_text.done")[0]["text"] == "Plain text answer."
    assert out[-1]["response"]["output"][0]["content"] == [
        {"type": "output_text", "text": "Plain text answer."}
    ]
    assert out[-1]["response"]["output_modalities"] == ["text"]
    # per-response override back to audio
    out = p.respond(response={"output_modalities": ["audio"]})
    assert of(out, "response.output_audio.delta")


def test_split_items_and_parts() -> None:
    p = P(
        EmulatorScript(
            replies=[
                Reply(text="one two three four five six", split_items=3),
                Reply(parts=["First.", "Second."]),
            ]
        )
    )
    out = p.respond()
    added = of(out, "response.output_item.added")
    assert [e["output_index"] for e in added] == [0, 1, 2]
    transcripts = [e["transcript"] for e in of(out, "response.output_audio_transcript.done")]
    assert " ".join(transcripts) == "one two three four five six" and len(transcripts) == 3
    ids = [e["item"]["id"] for e in added]
    for item_id, t in zip(ids, transcripts, strict=True):
        assert p.record.output_audio[item_id] == synthesize(t, "audio/pcm")
    out = p.respond()
    assert [e["transcript"] for e in of(out, "response.output_audio_transcript.done")] == [
        "First.",
        "Second.",
    ]
    assert len(out[-1]["response"]["output"]) == 2


def test_tool_call_round_trip() -> None:
    seen: list[list[dict[str, Any]]] = []

    def responder(conversation: list[dict[str, Any]]) -> Reply | str:
        seen.append(conversation)
        if conversation and conversation[-1]["type"] == "function_call_output":
            return "It is sunny in Pune."
        return Reply(
            text="Let me check.",
            tool_calls=[ToolCall("get_weather", {"city": "Pune"}, call_id="call_1")],
        )

    p = P(EmulatorScript(responder=responder))
    out = p.respond()
    fc_added = [
        e for e in of(out, "response.output_item.added") if e["item"]["type"] == "function_call"
    ]
    assert fc_added[0]["item"]["name"] == "get_weather" and fc_added[0]["output_index"] == 1
    done = of(out, "response.function_call_arguments.done")[0]
    assert done["call_id"] == "call_1" and json.loads(done["arguments"]) == {"city": "Pune"}
    assert done["name"] == "get_weather"
    assert of(out, "response.function_call_arguments.delta")[0]["delta"] == done["arguments"]
    assert out[-1]["response"]["output"][1]["arguments"] == done["arguments"]
    p.ok(
        "conversation.item.create",
        item={"type": "function_call_output", "call_id": "call_1", "output": '{"sky": "clear"}'},
    )
    out = p.respond()
    assert (
        of(out, "response.output_audio_transcript.done")[0]["transcript"] == "It is sunny in Pune."
    )
    assert [i["type"] for i in seen[1]] == ["message", "function_call", "function_call_output"]


@pytest.mark.parametrize("modality", ["audio", "text"])
def test_a_reply_can_call_its_tools_before_it_speaks(modality: str) -> None:
    # a model that calls a tool and then speaks in the same response (calls_first)
    reply = Reply(text="Goodbye.", tool_calls=[ToolCall("end_call", call_id="call_1")])
    for calls_first, order in (
        (False, ["message", "function_call"]),
        (True, ["function_call", "message"]),
    ):
        p = P(EmulatorScript(replies=[replace(reply, calls_first=calls_first)]), modality=modality)
        out = p.respond()
        added = of(out, "response.output_item.added")
        assert [e["item"]["type"] for e in added] == order
        assert [e["output_index"] for e in added] == [0, 1]
        done = out[-1]["response"]
        assert [i["type"] for i in done["output"]] == order and done["status"] == "completed"
        words = (
            "response.output_audio.delta" if modality == "audio" else "response.output_text.delta"
        )
        kinds = [e["type"] for e in out]
        call_at = kinds.index("response.function_call_arguments.done")
        assert (call_at < kinds.index(words)) is calls_first
        assert done["usage"]["output_tokens"] > 0


def test_active_response_conflict_and_cancel_rules() -> None:
    p = P()
    err = p.error("response.cancel", event_id="c1")
    assert (err["code"], err["event_id"]) == ("response_cancel_not_active", "c1")
    assert p.record.cancels == [
        {
            "response_id": None,
            "accepted": False,
            "reason": "client_cancelled",
            "error": "not active",
        }
    ]
    first = p.send("response.create")
    assert types(first.events) == ["response.created"]
    err = p.error("response.create")
    assert err["code"] == "conversation_already_has_active_response"
    assert first.start[0].id in err["message"]
    err = p.error("response.cancel", response_id="resp_other")
    assert err["code"] == "response_cancel_not_active"
    p.run(first.start[0])  # finishes
    assert p.error("response.cancel")["code"] == "response_cancel_not_active"
    out = p.respond()  # a new response is fine now
    assert out[-1]["response"]["status"] == "completed"


def test_cancel_mid_stream_keeps_what_was_sent() -> None:
    text = "A fairly long reply that will be cut off by the caller."
    p = P(EmulatorScript(replies=[text]))
    outcome = p.send("response.create")
    pending = outcome.start[0]
    stream = pending.stream(Reply(text=text))
    sent: list[dict[str, Any]] = []
    paces = 0
    for ev in stream:
        if isinstance(ev, Pace):
            paces += 1
            if paces == 5:  # the start marker, then three audio chunks are out
                break
            continue
        sent.append(ev)
    cancel = p.send("response.cancel", response_id=pending.id)
    assert cancel.events == [] and cancel.wake == [pending]
    rest = [ev for ev in stream if not isinstance(ev, Pace)]
    assert "response.output_audio.delta" not in types(rest)
    done = rest[-1]["response"]
    assert done["status"] == "cancelled"
    assert done["status_details"] == {"type": "cancelled", "reason": "client_cancelled"}
    item_id = done["output"][0]["id"]
    assert done["output"][0]["status"] == "incomplete"
    sent_audio = b"".join(
        base64.b64decode(e["delta"]) for e in of(sent, "response.output_audio.delta")
    )
    assert len(sent_audio) == 300 * 48
    assert p.record.output_audio[item_id] == sent_audio
    held = "".join(e["delta"] for e in of(sent, "response.output_audio_transcript.delta"))
    assert done["output"][0]["content"][0]["transcript"] == held
    assert text.startswith(held) and held != text
    assert p.record.cancels[-1]["accepted"] is True
    assert p.proto.active is None
    # the audio held is what truncation is checked against
    err = p.error("conversation.item.truncate", item_id=item_id, content_index=0, audio_end_ms=301)
    assert err["message"] == "Audio content of 300ms is already shorter than 301ms"
    p.ok("conversation.item.truncate", item_id=item_id, content_index=0, audio_end_ms=300)


def test_cancel_before_first_delta() -> None:
    p = P(EmulatorScript(replies=["Hello."]))
    pending = p.send("response.create").start[0]
    p.send("response.cancel")
    rest = [ev for ev in pending.stream(Reply(text="Hello.")) if not isinstance(ev, Pace)]
    assert types(rest) == ["response.done"]
    assert rest[0]["response"]["status"] == "cancelled" and rest[0]["response"]["output"] == []


def test_out_of_band_response_is_not_added_to_the_conversation() -> None:
    p = P(EmulatorScript(replies=["Side note."]))
    out = p.respond(response={"conversation": "none", "metadata": {"topic": "x"}})
    assert "conversation.item.added" not in types(out)
    assert out[-1]["response"]["conversation_id"] is None
    assert out[-1]["response"]["metadata"] == {"topic": "x"}
    assert p.record.conversation == []


# -- conversation items -------------------------------------------------------------


def test_item_create_rules() -> None:
    p = P()
    out = p.ok(
        "conversation.item.create",
        item={"type": "message", "role": "user", "content": [{"type": "input_text", "text": "hi"}]},
    )
    assert types(out) == ["conversation.item.added", "conversation.item.done"]
    first_id = out[0]["item"]["id"]
    assert out[0]["item"]["status"] == "completed" and out[0]["previous_item_id"] is None
    out = p.ok(
        "conversation.item.create",
        item={
            "id": "item_sys",
            "type": "message",
            "role": "system",
            "content": [{"type": "input_text", "text": "rules"}],
        },
        previous_item_id="root",
    )
    assert out[0]["previous_item_id"] is None
    assert [i["id"] for i in p.record.conversation] == ["item_sys", first_id]
    out = p.ok(
        "conversation.item.create",
        item={
            "type": "message",
            "role": "assistant",
            "content": [{"type": "output_text", "text": "hello"}],
        },
        previous_item_id="item_sys",
    )
    assert out[0]["previous_item_id"] == "item_sys"
    assert p.record.conversation[1]["role"] == "assistant"

    bad = [
        ({"type": "message", "role": "robot", "content": []}, "invalid_value", "item.role"),
        (
            {
                "type": "message",
                "role": "assistant",
                "content": [{"type": "input_text", "text": "x"}],
            },
            "invalid_value",
            "item.content[0].type",
        ),
        ({"type": "message", "role": "user"}, "missing_required_parameter", "item.content"),
        (
            {"type": "function_call_output", "output": "{}"},
            "missing_required_parameter",
            "item.call_id",
        ),
        ({"type": "reasoning"}, "invalid_value", "item.type"),
        (
            {
                "type": "message",
                "role": "user",
                "content": [{"type": "input_audio", "audio": "!!"}],
            },
            "invalid_value",
            "item.content[0].audio",
        ),
    ]
    for item, code, param in bad:
        err = p.error("conversation.item.create", item=item)
        assert (err["code"], err["param"]) == (code, param), item
    err = p.error(
        "conversation.item.create",
        item={"type": "message", "role": "user", "content": []},
        previous_item_id="nope",
    )
    assert err["code"] == "item_create_invalid_previous_item_id"
    err = p.error(
        "conversation.item.create",
        item={"id": "item_sys", "type": "message", "role": "user", "content": []},
    )
    assert err["code"] == "item_create_duplicate_item_id"
    assert len(p.record.conversation) == 3


def test_retrieve_and_delete() -> None:
    p = P()
    item_id = p.say(200)
    err = p.error("conversation.item.retrieve", item_id="item_missing")
    assert (err["code"], err["param"]) == ("item_retrieve_invalid_item_id", "item_id")
    out = p.ok("conversation.item.retrieve", item_id=item_id)
    assert out[0]["type"] == "conversation.item.retrieved"
    assert base64.b64decode(out[0]["item"]["content"][0]["audio"]) == tone(200)
    assert "audio" not in p.record.conversation[0]["content"][0]  # record stays light
    err = p.error("conversation.item.delete", item_id="item_missing")
    assert (err["code"], err["param"]) == ("item_delete_invalid_item_id", "item_id")
    out = p.ok("conversation.item.delete", item_id=item_id)
    assert out == [
        {"type": "conversation.item.deleted", "event_id": out[0]["event_id"], "item_id": item_id}
    ]
    assert p.record.conversation == []
    assert (
        p.error("conversation.item.retrieve", item_id=item_id)["code"]
        == "item_retrieve_invalid_item_id"
    )


# -- truncation -------------------------------------------------------------------

TEXT = "Hello there, how are you today?"


def _spoken(p: P, text: str = TEXT) -> str:
    out = p.respond()
    return str(of(out, "response.output_item.added")[0]["item"]["id"])


@pytest.mark.parametrize("fmt", ["audio/pcm", "audio/pcmu", "audio/pcma"])
def test_truncate_cuts_audio_and_transcript(fmt: str) -> None:
    p = P(EmulatorScript(replies=[TEXT]), fmt=fmt)
    item_id = _spoken(p)
    out = p.ok("conversation.item.truncate", item_id=item_id, content_index=0, audio_end_ms=700)
    assert out[0] == {
        "type": "conversation.item.truncated",
        "event_id": out[0]["event_id"],
        "item_id": item_id,
        "content_index": 0,
        "audio_end_ms": 700,
    }
    item = p.record.conversation[-1]
    assert item["content"][0]["transcript"] == heard_text(TEXT, 700) == "Hello there,"
    bpm = 48 if fmt == "audio/pcm" else 8
    assert p.record.output_audio[item_id] == synthesize(TEXT, fmt)[: 700 * bpm]
    t = p.record.truncations[-1]
    assert t["accepted"] is True and t["error"] is None and t["audio_ms"] == len(TEXT) * MS_PER_CHAR
    assert t["transcript"] == "Hello there,"


def test_truncate_to_zero_and_full_length() -> None:
    p = P(EmulatorScript(replies=[TEXT, TEXT]))
    a = _spoken(p)
    p.ok("conversation.item.truncate", item_id=a, content_index=0, audio_end_ms=0)
    assert p.record.conversation[-1]["content"][0]["transcript"] == ""
    b = _spoken(p)
    full = len(TEXT) * MS_PER_CHAR
    p.ok("conversation.item.truncate", item_id=b, content_index=0, audio_end_ms=full)  # inclusive
    assert p.record.conversation[-1]["content"][0]["transcript"] == TEXT


def test_truncate_past_the_audio_sent_is_refused() -> None:
    p = P(EmulatorScript(replies=[TEXT]))
    item_id = _spoken(p)
    full = len(TEXT) * MS_PER_CHAR  # 2015 ms
    err = p.error(
        "conversation.item.truncate",
        item_id=item_id,
        content_index=0,
        audio_end_ms=full + 1,
        event_id="t1",
    )
    assert err == {
        "type": "invalid_request_error",
        "code": "invalid_value",
        "message": f"Audio content of {full}ms is already shorter than {full + 1}ms",
        "param": "audio_end_ms",
        "event_id": "t1",
    }
    assert p.record.conversation[-1]["content"][0]["transcript"] == TEXT  # untouched
    assert p.record.truncations[-1]["accepted"] is False
    assert p.record.truncations[-1]["error"] == err["message"]
    assert len(p.record.output_audio[item_id]) == full * 48


def test_truncate_of_a_non_assistant_item_is_refused() -> None:
    p = P()
    user_item = p.say(500)
    err = p.error(
        "conversation.item.truncate", item_id=user_item, content_index=0, audio_end_ms=100
    )
    assert (err["code"], err["param"]) == ("invalid_value", "item_id")
    assert "assistant" in err["message"]
    # a result for a call the conversation never held is refused, as the real server does
    err = p.error(
        "conversation.item.create",
        item={"id": "item_fc_out", "type": "function_call_output", "call_id": "c", "output": "{}"},
    )
    assert (err["code"], err["param"]) == ("invalid_tool_call_id", "item.call_id")
    assert err["message"] == "Tool call ID 'c' not found in conversation."
    p.ok(
        "conversation.item.create",
        item={"type": "function_call", "call_id": "c", "name": "f", "arguments": "{}"},
    )
    p.ok(
        "conversation.item.create",
        item={"id": "item_fc_out", "type": "function_call_output", "call_id": "c", "output": "{}"},
    )
    err = p.error(
        "conversation.item.truncate", item_id="item_fc_out", content_index=0, audio_end_ms=0
    )
    assert (err["code"], err["param"]) == ("invalid_value", "item_id")


def test_truncate_unknown_item_bad_content_index_and_missing_fields() -> None:
    p = P(EmulatorScript(replies=[TEXT]))
    item_id = _spoken(p)
    err = p.error(
        "conversation.item.truncate", item_id="item_nope", content_index=0, audio_end_ms=10
    )
    assert (err["code"], err["param"]) == ("item_truncate_invalid_item_id", "item_id")
    err = p.error("conversation.item.truncate", item_id=item_id, content_index=1, audio_end_ms=10)
    assert (err["code"], err["param"]) == ("invalid_value", "content_index")
    err = p.error("conversation.item.truncate", item_id=item_id, content_index=0)
    assert (err["code"], err["param"]) == ("missing_required_parameter", "audio_end_ms")
    err = p.error("conversation.item.truncate", item_id=item_id, content_index=0, audio_end_ms=-5)
    assert (err["code"], err["param"]) == ("integer_below_min_value", "audio_end_ms")
    # text-only assistant item: no audio to truncate
    t = P(EmulatorScript(replies=["Text."]), modality="text")
    text_item = _spoken(t)
    err = t.error("conversation.item.truncate", item_id=text_item, content_index=0, audio_end_ms=0)
    assert (err["code"], err["param"]) == ("invalid_value", "content_index")


def test_truncate_full_words_only_knob() -> None:
    p = P(EmulatorScript(replies=[TEXT], truncate_keeps_partial_words=False))
    item_id = _spoken(p)
    p.ok("conversation.item.truncate", item_id=item_id, content_index=0, audio_end_ms=700)
    assert p.record.conversation[-1]["content"][0]["transcript"] == "Hello"


def test_truncate_across_split_items() -> None:
    p = P(EmulatorScript(replies=[Reply(parts=["First part here.", "Second part follows."])]))
    out = p.respond()
    first, second = (e["item"]["id"] for e in of(out, "response.output_item.added"))
    p.ok("conversation.item.truncate", item_id=second, content_index=0, audio_end_ms=500)
    assert p.record.conversation[-1]["content"][0]["transcript"] == heard_text(
        "Second part follows.", 500
    )
    assert p.record.conversation[-2]["content"][0]["transcript"] == "First part here."
    err = p.error("conversation.item.truncate", item_id=first, content_index=0, audio_end_ms=5000)
    assert err["message"] == f"Audio content of {16 * MS_PER_CHAR}ms is already shorter than 5000ms"


# -- server VAD emulation -----------------------------------------------------------


def vad_session(**td: Any) -> dict[str, Any]:
    return {
        "type": "realtime",
        "audio": {"input": {"turn_detection": {"type": "server_vad", **td}}},
    }


def feed(p: P, audio: bytes, chunk_ms: int = 20, bpm: int = 48) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    step = chunk_ms * bpm
    for i in range(0, len(audio), step):
        out += p.events("input_audio_buffer.append", audio=b64(audio[i : i + step]))
    return out


def test_server_vad_detects_commits_and_responds() -> None:
    p = P(EmulatorScript(replies=["Sure."]), manual=False)
    p.ok("session.update", session=vad_session(silence_duration_ms=500, prefix_padding_ms=100))
    out = feed(p, silence(400) + tone(600) + silence(800))
    names = types(out)
    started = of(out, "input_audio_buffer.speech_started")[0]
    stopped = of(out, "input_audio_buffer.speech_stopped")[0]
    assert started["audio_start_ms"] == 400
    assert stopped["audio_end_ms"] == 400 + 600 + 500
    assert (
        started["item_id"]
        == stopped["item_id"]
        == of(out, "input_audio_buffer.committed")[0]["item_id"]
    )
    assert names.index("input_audio_buffer.speech_stopped") < names.index(
        "input_audio_buffer.committed"
    )
    assert names.index("input_audio_buffer.committed") < names.index("response.created")
    assert out[-1]["type"] == "response.done" and out[-1]["response"]["status"] == "completed"
    # the turn: prefix padding + speech + silence until the stop
    assert p.record.commits[0]["source"] == "server_vad"
    assert (
        p.record.input_audio_turns[0]
        == (silence(400) + tone(600) + silence(800))[300 * 48 : 1500 * 48]
    )


def test_server_vad_in_g711() -> None:
    p = P(manual=False)
    p.ok(
        "session.update",
        session={
            "type": "realtime",
            "audio": {
                "input": {
                    "format": {"type": "audio/pcma"},
                    "turn_detection": {"type": "server_vad", "create_response": False},
                }
            },
        },
    )
    out = feed(
        p, silence(200, "audio/pcma") + tone(500, "audio/pcma") + silence(700, "audio/pcma"), bpm=8
    )
    assert types(out) == [
        "input_audio_buffer.speech_started",
        "input_audio_buffer.speech_stopped",
        "input_audio_buffer.committed",
        "conversation.item.added",
        "conversation.item.done",
    ]
    assert of(out, "input_audio_buffer.speech_started")[0]["audio_start_ms"] == 200


def test_server_vad_threshold_and_silence_duration() -> None:
    quiet = tone(500, amplitude=0.04)  # RMS ≈ 0.028
    strict = P(manual=False)
    strict.ok("session.update", session=vad_session(threshold=0.9, create_response=False))
    assert feed(strict, silence(100) + quiet + silence(700)) == []
    lenient = P(manual=False)
    lenient.ok("session.update", session=vad_session(threshold=0.2, create_response=False))
    assert (
        len(
            of(
                feed(lenient, silence(100) + quiet + silence(700)),
                "input_audio_buffer.speech_started",
            )
        )
        == 1
    )
    speech = tone(400) + silence(300) + tone(400) + silence(800)
    long_pause = P(manual=False)
    long_pause.ok(
        "session.update", session=vad_session(silence_duration_ms=500, create_response=False)
    )
    assert len(of(feed(long_pause, speech), "input_audio_buffer.committed")) == 1
    short_pause = P(manual=False)
    short_pause.ok(
        "session.update", session=vad_session(silence_duration_ms=200, create_response=False)
    )
    assert len(of(feed(short_pause, speech), "input_audio_buffer.committed")) == 2


def test_server_vad_interrupts_active_response() -> None:
    for interrupt in (True, False):
        p = P(EmulatorScript(replies=["A long answer that is still playing."]), manual=False)
        p.ok(
            "session.update",
            session=vad_session(interrupt_response=interrupt, create_response=False),
        )
        pending = p.send("response.create").start[0]
        outcome = p.send("input_audio_buffer.append", audio=b64(tone(300)))
        assert types(outcome.events) == ["input_audio_buffer.speech_started"]
        assert pending.cancelled is interrupt
        assert (outcome.wake == [pending]) is interrupt
        if interrupt:
            done = [e for e in pending.stream(Reply(text="x")) if not isinstance(e, Pace)][-1]
            assert done["response"]["status_details"]["reason"] == "turn_detected"
            assert p.record.cancels[-1]["reason"] == "turn_detected"


def test_manual_mode_has_no_vad_events() -> None:
    p = P()
    assert feed(p, silence(100) + tone(600) + silence(800)) == []


def test_response_create_parameters_are_validated() -> None:
    p = P()
    err = p.error("response.create", response={"output_modalities": ["audio", "text"]})
    assert (err["code"], err["param"]) == ("invalid_value", "response.output_modalities")
    err = p.error("response.create", response={"conversation": "other"})
    assert (err["code"], err["param"]) == ("invalid_value", "response.conversation")
    err = p.error("response.create", response="now")
    assert (err["code"], err["param"]) == ("invalid_type", "response")
    for beta in ("modalities", "voice", "output_audio_format", "temperature"):  # not GA fields
        err = p.error("response.create", response={beta: "x"})
        assert (err["code"], err["param"]) == ("unknown_parameter", f"response.{beta}")
    assert p.proto.active is None  # a refused response.create leaves nothing active
    assert p.respond()[-1]["response"]["status"] == "completed"


def test_truncating_the_item_being_spoken_stops_its_audio() -> None:
    text = "An answer that the caller talks over quite early on."
    p = P(EmulatorScript(replies=[Reply(parts=[text, "Next item."])]))
    pending = p.send("response.create").start[0]
    stream = pending.stream(Reply(parts=[text, "Next item."]))
    sent: list[dict[str, Any]] = []
    for ev in stream:
        if isinstance(ev, Pace):
            if len(of(sent, "response.output_audio.delta")) == 3:
                break
            continue
        sent.append(ev)
    item_id = of(sent, "response.output_item.added")[0]["item"]["id"]
    p.ok("conversation.item.truncate", item_id=item_id, content_index=0, audio_end_ms=150)
    rest = [ev for ev in stream if not isinstance(ev, Pace)]
    first_item_deltas = [
        e for e in rest if e["type"] == "response.output_audio.delta" and e["item_id"] == item_id
    ]
    assert first_item_deltas == []
    assert p.record.output_audio[item_id] == synthesize(text, "audio/pcm")[: 150 * 48]
    done_items = of(rest, "response.output_item.done")
    assert done_items[0]["item"]["status"] == "incomplete"
    assert done_items[0]["item"]["content"][0]["transcript"] == heard_text(text, 150)
    assert done_items[1]["item"]["status"] == "completed"  # the next item still plays
    assert rest[-1]["response"]["status"] == "completed"


def test_semantic_vad_uses_an_eagerness_dependent_pause() -> None:
    from pipecat_rt_best.testing.realtime_emulator.session_schema import SEMANTIC_VAD_SILENCE_MS

    speech = tone(400) + silence(600) + tone(400) + silence(2000)
    counts = {}
    for eagerness in ("high", "low"):
        p = P(manual=False)
        p.ok(
            "session.update",
            session={
                "type": "realtime",
                "audio": {
                    "input": {
                        "turn_detection": {
                            "type": "semantic_vad",
                            "eagerness": eagerness,
                            "create_response": False,
                        }
                    }
                },
            },
        )
        counts[eagerness] = len(of(feed(p, speech), "input_audio_buffer.committed"))
    assert SEMANTIC_VAD_SILENCE_MS["high"] < 600 < SEMANTIC_VAD_SILENCE_MS["low"]
    assert counts == {"high": 2, "low": 1}
    err = P(manual=False).error(
        "session.update",
        session={
            "type": "realtime",
            "audio": {"input": {"turn_detection": {"type": "semantic_vad", "eagerness": "eager"}}},
        },
    )
    assert (err["code"], err["param"]) == (
        "invalid_value",
        "session.audio.input.turn_detection.eagerness",
    )


def test_the_voice_is_fixed_once_the_model_has_spoken() -> None:
    # the real server: "Voice cannot be changed during the session once the model has
    # responded with audio at least once" (code cannot_update_voice)
    p = P(EmulatorScript(replies=["Hello there."]))
    voice = {"audio": {"output": {"voice": "cedar"}}}
    p.ok("session.update", session={"type": "realtime", **voice})  # before any audio: fine
    p.respond()
    same = {"audio": {"output": {"voice": "cedar"}}}
    p.ok("session.update", session={"type": "realtime", **same})  # the same voice again: fine
    other = {"audio": {"output": {"voice": "marin"}}}
    error = p.error("session.update", session={"type": "realtime", **other})
    assert error["code"] == "cannot_update_voice"


def test_the_voice_stays_fixed_after_the_models_audio_was_truncated_to_nothing() -> None:
    # truncating its only audio to 0 ms empties what the emulator keeps of it: the model
    # still has spoken, and the voice change is still refused
    p = P(EmulatorScript(replies=["Hello there."]))
    events = p.respond()
    item = next(e["item"]["id"] for e in events if e["type"] == "response.output_item.added")
    p.ok("conversation.item.truncate", item_id=item, content_index=0, audio_end_ms=0)
    other = {"audio": {"output": {"voice": "marin"}}}
    error = p.error("session.update", session={"type": "realtime", **other})
    assert error["code"] == "cannot_update_voice"
    p.ok("conversation.item.delete", item_id=item)
    assert p.error("session.update", session={"type": "realtime", **other})["code"] == (
        "cannot_update_voice"
    )


# client events the GA schema refuses (a wrong JSON type, a key it does not have) that the
# emulator accepted and echoed back; each with the code and param it refuses them with now
_S = {"type": "realtime"}
_REFUSED: list[tuple[dict[str, Any], str, str]] = [
    ({"type": "input_audio_buffer.clear", "foo": 1}, "unknown_parameter", "foo"),
    ({"type": "input_audio_buffer.commit", "audio": "AAAA"}, "unknown_parameter", "audio"),
    (
        {
            "type": "conversation.item.truncate",
            "item_id": "item_x",
            "content_index": 0,
            "audio_end_ms": 10,
            "foo": 1,
        },
        "unknown_parameter",
        "foo",
    ),
    ({"type": "conversation.item.delete", "item_id": 42}, "invalid_type", "item_id"),
    ({"type": "response.cancel", "response_id": 7}, "invalid_type", "response_id"),
    ({"type": "input_audio_buffer.clear", "event_id": 5}, "invalid_type", "event_id"),
    (
        {
            "type": "conversation.item.create",
            "item": {
                "type": "message",
                "role": "user",
                "content": [{"type": "input_text", "text": "hi", "bogus": 1}],
            },
        },
        "unknown_parameter",
        "item.content[0].bogus",
    ),
    (
        {
            "type": "conversation.item.create",
            "item": {
                "type": "function_call",
                "name": "f",
                "arguments": "{}",
                "call_id": "c1",
                "bogus": 1,
            },
        },
        "unknown_parameter",
        "item.bogus",
    ),
    (
        {
            "type": "conversation.item.create",
            "item": {"type": "function_call", "name": "f", "arguments": "{}", "call_id": 5},
        },
        "invalid_type",
        "item.call_id",
    ),
    (
        {"type": "session.update", "session": {**_S, "tracing": 5}},
        "invalid_type",
        "session.tracing",
    ),
    (
        {"type": "session.update", "session": {**_S, "tracing": {"workflow": "x"}}},
        "unknown_parameter",
        "session.tracing.workflow",
    ),
    (
        {"type": "session.update", "session": {**_S, "parallel_tool_calls": "yes"}},
        "invalid_type",
        "session.parallel_tool_calls",
    ),
    (
        {"type": "session.update", "session": {**_S, "include": "bad"}},
        "invalid_type",
        "session.include",
    ),
    (
        {"type": "session.update", "session": {**_S, "include": ["everything"]}},
        "invalid_value",
        "session.include[0]",
    ),
    (
        {"type": "session.update", "session": {**_S, "prompt": {"version": "1"}}},
        "missing_required_parameter",
        "session.prompt.id",
    ),
    (
        {"type": "session.update", "session": {**_S, "truncation": "sometimes"}},
        "invalid_value",
        "session.truncation",
    ),
    (
        {"type": "session.update", "session": {**_S, "reasoning": {"effort": 3}}},
        "invalid_type",
        "session.reasoning.effort",
    ),
    (
        {
            "type": "session.update",
            "session": {**_S, "audio": {"input": {"transcription": {"model": 5}}}},
        },
        "invalid_type",
        "session.audio.input.transcription.model",
    ),
    (
        {
            "type": "session.update",
            "session": {
                **_S,
                "audio": {"input": {"noise_reduction": {"type": "near_field", "strength": "x"}}},
            },
        },
        "invalid_type",
        "session.audio.input.noise_reduction.strength",
    ),
    (
        {"type": "response.create", "response": {"instructions": 123}},
        "invalid_type",
        "response.instructions",
    ),
    ({"type": "response.create", "response": {"tools": "x"}}, "invalid_type", "response.tools"),
    ({"type": "response.create", "response": {"audio": "x"}}, "invalid_type", "response.audio"),
    (
        {"type": "response.create", "response": {"audio": {"output": {"bogus": 1}}}},
        "unknown_parameter",
        "response.audio.output.bogus",
    ),
    (
        {"type": "response.create", "response": {"audio": {"output": {"voice": 3}}}},
        "invalid_type",
        "response.audio.output.voice",
    ),
    (
        {"type": "response.create", "response": {"metadata": {"k": 1}}},
        "invalid_type",
        "response.metadata.k",
    ),
    (
        {"type": "response.create", "response": {"max_output_tokens": -5}},
        "integer_below_min_value",
        "response.max_output_tokens",
    ),
]


@pytest.mark.parametrize(("event", "code", "param"), _REFUSED)
def test_events_of_the_wrong_shape_are_refused_naming_the_param(
    event: dict[str, Any], code: str, param: str
) -> None:
    p = P()
    before = copy.deepcopy(p.proto.config)
    out = p.proto.handle_message(json.dumps(event))
    assert [e["type"] for e in out.events] == ["error"], out.events
    error = out.events[0]["error"]
    assert (error["type"], error["code"], error["param"]) == ("invalid_request_error", code, param)
    assert out.start == [] and p.proto.config == before  # nothing applied, nothing started
    assert p.proto.items == []


def test_what_the_openai_sdk_refuses_the_emulator_refuses_too() -> None:
    # the openai SDK's client-event models, strict, unknown keys anywhere refused: each event
    # above that it refuses (all but max_output_tokens -5, a range the models do not carry)
    # the emulator refuses; their valid counterparts both accept
    pydantic = pytest.importorskip("pydantic")
    client_event = pytest.importorskip("openai.types.realtime.realtime_client_event")
    adapter = pydantic.TypeAdapter(client_event.RealtimeClientEvent)

    def sdk_refuses(event: dict[str, Any]) -> bool:
        try:
            model = adapter.validate_json(json.dumps(event), strict=True)
        except pydantic.ValidationError:
            return True
        return bool(_extras(model))

    for event, _, _ in _REFUSED:
        if event.get("response", {}).get("max_output_tokens") == -5:
            continue
        assert sdk_refuses(event), event
    valid = [
        {"type": "session.update", "session": {**_S, "tracing": "auto", "include": [
            "item.input_audio_transcription.logprobs"], "parallel_tool_calls": False,
            "truncation": {"type": "retention_ratio", "retention_ratio": 0.5},
            "prompt": {"id": "pmpt_1", "variables": {"name": "Asha"}},
            "audio": {"input": {"transcription": {"model": "gpt-4o-transcribe", "language": "hi"},
                                "noise_reduction": {"type": "far_field", "strength": 0.5}}}}},
        {"type": "conversation.item.create", "item": {"type": "message", "role": "user",
         "content": [{"type": "input_text", "text": "hi"}]}},
        {"type": "response.create", "response": {"instructions": "Be brief.", "metadata": {"k": "v"},
         "audio": {"output": {"voice": "marin"}}, "max_output_tokens": 200}},
    ]  # fmt: skip
    p = P(EmulatorScript(replies=["Ok."]))
    for event in valid:
        assert not sdk_refuses(event), event
        fields = {k: v for k, v in event.items() if k != "type"}
        p.ok(event["type"], **fields)


def _extras(model: Any) -> list[str]:
    from pydantic import BaseModel

    if isinstance(model, BaseModel):
        found = list(model.model_extra or {})
        for name in type(model).model_fields:
            found += _extras(getattr(model, name))
        return found
    if isinstance(model, list | tuple):
        return [e for v in model for e in _extras(v)]
    if isinstance(model, dict):
        return [e for v in model.values() for e in _extras(v)]
    return []


def test_a_client_cannot_create_an_assistant_audio_message() -> None:
    # GA reference, conversation.item.create: "it cannot populate assistant audio messages"
    p = P(manual=False)
    item = {
        "type": "message",
        "role": "assistant",
        "content": [{"type": "output_audio", "transcript": "Hello."}],
    }
    err = p.error("conversation.item.create", item=item, event_id="evt_client_2")
    assert (err["code"], err["param"]) == ("invalid_value", "item.content[0].type")
