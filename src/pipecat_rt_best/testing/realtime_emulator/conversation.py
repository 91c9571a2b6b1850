"""The conversation: its items and the rules for creating, retrieving, deleting and truncating them.

:class:`Conversation` is the bottom layer of :class:`~.protocol.RealtimeProtocol`. It
enforces the real server's rules for ``conversation.item.*`` client events: item ids
must exist (``item_*_invalid_item_id``), only assistant audio can be truncated, and a
truncate may not pass the audio already sent ("Audio content of 2650ms is already
shorter than 9100ms"). The truncated transcript is the emulator's model of the server's
cut (:func:`.audio.heard_text`).
"""

from __future__ import annotations

import base64
import binascii
import copy
from dataclasses import dataclass
from typing import Any

from pipecat_rt_best.testing.realtime_emulator import audio as audio_mod
from pipecat_rt_best.testing.realtime_emulator.events import (
    Outcome,
    ProtocolError,
    new_id,
    server_event,
)
from pipecat_rt_best.testing.realtime_emulator.record import SessionRecord
from pipecat_rt_best.testing.realtime_emulator.script import MAX_CALL_ID_CHARS, EmulatorScript
from pipecat_rt_best.testing.realtime_emulator.session_schema import default_session
from pipecat_rt_best.testing.realtime_emulator.validation import (
    bad_value,
    check_keys,
    check_max_length,
    check_range,
    expect_type,
    missing_parameter,
    required_type,
)

# which content part types each message role may carry (anything else is invalid_value)
CONTENT_TYPES_BY_ROLE = {
    "user": ("input_text", "input_audio", "input_image"),
    "system": ("input_text",),
    # a client cannot create assistant audio: "it cannot populate assistant audio messages"
    # (GA reference, conversation.item.create)
    "assistant": ("output_text",),
}
# the keys a content part may have, per role (the GA schema's content objects)
CONTENT_KEYS_BY_ROLE = {
    "user": ("type", "text", "audio", "transcript", "image_url", "detail"),
    "system": ("type", "text"),
    "assistant": ("type", "text", "audio", "transcript"),
}
_ITEM_COMMON_KEYS = ("id", "type", "object", "status")
ITEM_KEYS = {
    "message": (*_ITEM_COMMON_KEYS, "role", "content"),
    "function_call": (*_ITEM_COMMON_KEYS, "name", "arguments", "call_id"),
    "function_call_output": (*_ITEM_COMMON_KEYS, "call_id", "output"),
}
ITEM_STATUSES = ("completed", "incomplete", "in_progress")
# the longest item id and call_id the real server takes ("Invalid 'item.id': string too long.
# Expected a string with maximum length 32, but got a string with length 39 instead.")
MAX_ITEM_ID_CHARS = MAX_CALL_ID_CHARS


@dataclass
class ItemMeta:
    """Server-side facts about an assistant message item.

    ``full_text`` is what the model meant to say; ``transcript_sent`` what the transcript
    deltas carried so far; ``truncated`` stops the item's audio stream.
    """

    full_text: str
    fmt: str | None  # output audio format, None for text items
    in_progress: bool = True
    truncated: bool = False
    transcript_sent: str = ""


def validate_item(item: Any) -> dict[str, Any]:
    """Validate a ``conversation.item.create`` item and return it completed with server fields.

    Messages (content types checked per role, ``input_audio`` must be base64),
    ``function_call`` (``name`` and ``arguments``) and ``function_call_output``
    (``call_id`` and ``output``); a missing ``id`` is generated.
    """
    if item is None:
        raise missing_parameter("item")
    expect_type("item", item, dict)
    itype = required_type("item", item, ("message", "function_call", "function_call_output"))
    check_keys("item", item, ITEM_KEYS[itype])
    if item.get("object") is not None and item["object"] != "realtime.item":
        raise bad_value("item.object", item["object"], ("realtime.item",))
    if item.get("status") is not None and item["status"] not in ITEM_STATUSES:
        raise bad_value("item.status", item["status"], ITEM_STATUSES)
    out = copy.deepcopy(item)
    out.setdefault("id", new_id("item"))
    expect_type("item.id", out["id"], str)
    check_max_length("item.id", out["id"], MAX_ITEM_ID_CHARS)
    out["object"] = "realtime.item"
    out["status"] = "completed"
    if itype == "message":
        role = item.get("role")
        if role is None:
            raise missing_parameter("item.role")
        expect_type("item.role", role, str)
        if role not in CONTENT_TYPES_BY_ROLE:
            raise bad_value("item.role", role, tuple(CONTENT_TYPES_BY_ROLE))
        content = item.get("content")
        if content is None:
            raise missing_parameter("item.content")
        expect_type("item.content", content, list)
        allowed = CONTENT_TYPES_BY_ROLE[role]
        for i, part in enumerate(content):
            p = f"item.content[{i}]"
            expect_type(p, part, dict)
            ptype = required_type(p, part, allowed)
            check_keys(p, part, CONTENT_KEYS_BY_ROLE[role])
            for key in ("text", "transcript", "image_url"):
                if part.get(key) is not None:
                    expect_type(f"{p}.{key}", part[key], str)
            if part.get("detail") is not None and part["detail"] not in ("auto", "low", "high"):
                raise bad_value(f"{p}.detail", part["detail"], ("auto", "low", "high"))
            if ptype in ("input_text", "output_text"):
                expect_type(f"{p}.text", part.get("text"), str)
            if ptype == "input_audio" and "audio" in part:
                expect_type(f"{p}.audio", part["audio"], str)
                try:
                    base64.b64decode(part["audio"], validate=True)
                except (binascii.Error, ValueError):
                    raise ProtocolError(
                        "invalid_value",
                        f"Invalid '{p}.audio': expected base64-encoded audio bytes.",
                        f"{p}.audio",
                    ) from None
    elif itype == "function_call":
        for key in ("name", "arguments"):
            if key not in item:
                raise missing_parameter(f"item.{key}")
            expect_type(f"item.{key}", item[key], str)
        if item.get("call_id") is not None:
            expect_type("item.call_id", item["call_id"], str)
            check_max_length("item.call_id", item["call_id"], MAX_ITEM_ID_CHARS)
        out.setdefault("call_id", new_id("call"))
    else:
        for key in ("call_id", "output"):
            if key not in item:
                raise missing_parameter(f"item.{key}")
            expect_type(f"item.{key}", item[key], str)
        check_max_length("item.call_id", item["call_id"], MAX_ITEM_ID_CHARS)
    return out


class Conversation:
    """Bottom layer of :class:`~.protocol.RealtimeProtocol`: the session and its conversation.

    Holds the session object (``config``), the script and the record, the conversation
    items (the record's list: it is what tests inspect) and the rules for editing them.
    """

    def __init__(
        self,
        *,
        model: str,
        script: EmulatorScript | None = None,
        record: SessionRecord | None = None,
    ) -> None:
        self.script = script or EmulatorScript()
        self.record = record or SessionRecord(model=model)
        self.record.model = model
        self.config = default_session(model)
        self.record.config = self.config
        self.conversation_id = new_id("conv")
        self.items: list[dict[str, Any]] = self.record.conversation
        self._meta: dict[str, ItemMeta] = {}
        self._item_audio: dict[str, bytes] = {}  # audio of client-created input_audio items
        # the model has sent audio in this session (the voice is fixed from then on, even
        # if that audio was truncated to 0 ms or its item deleted)
        self.model_has_spoken = False

    @property
    def in_fmt(self) -> str:
        """The session's input audio format type (``audio/pcm`` …)."""
        return str(self.config["audio"]["input"]["format"]["type"])

    @property
    def in_bpm(self) -> int:
        """Bytes per millisecond of input audio."""
        return audio_mod.bytes_per_ms(self.in_fmt)

    def find_item(self, item_id: Any) -> tuple[int, dict[str, Any]] | None:
        for i, item in enumerate(self.items):
            if item.get("id") == item_id:
                return i, item
        return None

    def _known_item(self, item_id: Any, event: str) -> tuple[int, dict[str, Any]]:
        """``find_item``, or the real server's ``item_<event>_invalid_item_id`` error."""
        found = self.find_item(item_id)
        if found is None:
            raise ProtocolError(
                f"item_{event}_invalid_item_id",
                f"Item with item_id not found: {item_id}",
                "item_id",
            )
        return found

    def _add_item(
        self, item: dict[str, Any], after: str | None = None, root: bool = False
    ) -> str | None:
        """Insert an item (at the end, at the start, or after ``after``); returns the previous id."""
        if root:
            self.items.insert(0, item)
            return None
        if after is not None:
            found = self.find_item(after)
            assert found is not None
            self.items.insert(found[0] + 1, item)
            return after
        prev = self.items[-1]["id"] if self.items else None
        self.items.append(item)
        return prev

    def conversation_snapshot(self) -> list[dict[str, Any]]:
        """A deep copy of the conversation items (what a scripted responder receives)."""
        return copy.deepcopy(self.items)

    def _on_conversation_item_create(self, data: dict[str, Any]) -> Outcome:
        item = validate_item(data.get("item"))
        # duplicate ids and unknown previous_item_id are refused (codes chosen by analogy
        # with item_retrieve_invalid_item_id); previous_item_id "root" inserts first
        if self.find_item(item["id"]) is not None:
            raise ProtocolError(
                "item_create_duplicate_item_id",
                f"Item with id '{item['id']}' already exists in the conversation.",
                "item.id",
            )
        if item["type"] == "function_call_output" and not any(
            i.get("type") == "function_call" and i.get("call_id") == item["call_id"]
            for i in self.items
        ):
            # as the real server answers a result for a call it never made (e.g. one from
            # before a reconnect; livekit/agents#3344)
            raise ProtocolError(
                "invalid_tool_call_id",
                f"Tool call ID '{item['call_id']}' not found in conversation.",
                "item.call_id",
            )
        after = data.get("previous_item_id")
        root = after == "root"
        if after is not None and not root and self.find_item(after) is None:
            raise ProtocolError(
                "item_create_invalid_previous_item_id",
                f"Previous item with id '{after}' not found.",
                "previous_item_id",
            )
        # keep audio payloads out of the conversation record
        for part in item.get("content") or []:
            if part.get("type") == "input_audio" and "audio" in part:
                self._item_audio[item["id"]] = base64.b64decode(part.pop("audio"))
                part.setdefault("transcript", None)
        if item["type"] == "message" and item["role"] == "assistant":
            text = "".join(
                p.get("text") or p.get("transcript") or "" for p in item.get("content") or []
            )
            self._meta[item["id"]] = ItemMeta(full_text=text, fmt=None, in_progress=False)
        prev = self._add_item(item, after=None if root else after, root=root)
        return Outcome(
            events=[
                server_event(
                    "conversation.item.added", previous_item_id=prev, item=copy.deepcopy(item)
                ),
                server_event(
                    "conversation.item.done", previous_item_id=prev, item=copy.deepcopy(item)
                ),
            ]
        )

    def _on_conversation_item_retrieve(self, data: dict[str, Any]) -> Outcome:
        item_id = data.get("item_id")
        if item_id is None:
            raise missing_parameter("item_id")
        found = self._known_item(item_id, "retrieve")
        # the retrieved item carries its audio again (the record keeps it out of the items)
        item = copy.deepcopy(found[1])
        raw = self._item_audio.get(item_id)
        if raw is None and item_id in self.record._output_audio:
            raw = bytes(self.record._output_audio[item_id])
        if raw is not None:
            for part in item.get("content") or []:
                if part.get("type") in ("input_audio", "output_audio"):
                    part["audio"] = base64.b64encode(raw).decode("ascii")
        return Outcome(events=[server_event("conversation.item.retrieved", item=item)])

    def _on_conversation_item_delete(self, data: dict[str, Any]) -> Outcome:
        item_id = data.get("item_id")
        if item_id is None:
            raise missing_parameter("item_id")
        found = self._known_item(item_id, "delete")
        del self.items[found[0]]
        return Outcome(events=[server_event("conversation.item.deleted", item_id=item_id)])

    def _on_conversation_item_truncate(self, data: dict[str, Any]) -> Outcome:
        """Record every truncate, accepted or not, then apply :meth:`_truncate`."""
        entry: dict[str, Any] = {
            "item_id": data.get("item_id"),
            "content_index": data.get("content_index"),
            "audio_end_ms": data.get("audio_end_ms"),
            "accepted": False,
            "error": None,
            "audio_ms": None,
            "transcript": None,
        }
        self.record.truncations.append(entry)
        try:
            return self._truncate(data, entry)
        except ProtocolError as err:
            entry["error"] = err.message
            raise

    def _truncate(self, data: dict[str, Any], entry: dict[str, Any]) -> Outcome:
        """The real server's truncate: cut an assistant item's audio and transcript.

        All three fields are required integers ≥ 0 / a string id; only an assistant
        message's ``output_audio`` part can be truncated (``invalid_value`` otherwise);
        ``audio_end_ms`` may not pass the audio already sent for the item.
        """
        for key in ("item_id", "content_index", "audio_end_ms"):
            if key not in data:
                raise missing_parameter(key)
        item_id, content_index, end_ms = (
            data["item_id"],
            data["content_index"],
            data["audio_end_ms"],
        )
        expect_type("item_id", item_id, str)
        expect_type("content_index", content_index, int)
        expect_type("audio_end_ms", end_ms, int)
        check_range("content_index", content_index, 0, None, integer=True)
        check_range("audio_end_ms", end_ms, 0, None, integer=True)
        item = self._known_item(item_id, "truncate")[1]
        if item.get("type") != "message" or item.get("role") != "assistant":
            raise ProtocolError(
                "invalid_value",
                "Only assistant messages can be truncated; "
                f"item '{item_id}' is a {item.get('role') or item.get('type')} item.",
                "item_id",
            )
        content = item.get("content") or []
        if content_index >= len(content) or content[content_index].get("type") != "output_audio":
            raise ProtocolError(
                "invalid_value",
                f"Invalid 'content_index': item '{item_id}' has no audio content at index {content_index}.",
                "content_index",
            )
        meta = self._meta.get(item_id)
        sent = self.record._output_audio.get(item_id, bytearray())
        fmt = (
            meta.fmt if meta and meta.fmt else str(self.config["audio"]["output"]["format"]["type"])
        )
        bpm = audio_mod.bytes_per_ms(fmt)
        audio_ms = len(sent) / bpm
        entry["audio_ms"] = audio_ms
        # the real server's refusal, word for word: truncating past the audio it has sent
        if end_ms > audio_ms:
            raise ProtocolError(
                "invalid_value",
                f"Audio content of {round(audio_ms)}ms is already shorter than {end_ms}ms",
                "audio_end_ms",
            )
        del sent[end_ms * bpm :]
        # the server cuts the transcript to the words heard by audio_end_ms (the emulator's
        # model: audio.heard_text), never making it longer than what was already streamed
        part = content[content_index]
        old = part.get("transcript") or ""
        full = meta.full_text if meta else old
        heard = audio_mod.heard_text(
            full,
            end_ms,
            include_partial=self.script.truncate_keeps_partial_words,
            ms_per_char=self.script.ms_per_char,
        )
        if len(heard) > len(old):
            heard = old
        part["transcript"] = heard
        if meta is not None:
            meta.truncated = True
        entry["accepted"] = True
        entry["transcript"] = heard
        return Outcome(
            events=[
                server_event(
                    "conversation.item.truncated",
                    item_id=item_id,
                    content_index=content_index,
                    audio_end_ms=end_ms,
                )
            ]
        )
