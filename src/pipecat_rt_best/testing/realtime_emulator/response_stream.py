"""Streaming a response: output items, deltas, pacing, tool calls, ``response.done``.

:class:`PendingResponse` is one response from ``response.created`` to ``response.done``;
its :meth:`~PendingResponse.stream` generator yields the server events in the real
server's order, with :class:`Pace` markers before each delta so the I/O shell can apply
timing, and checks for cancellation (and truncation of the item being spoken) every
time it resumes. :class:`Responses` holds the ``response.create`` / ``response.cancel``
rules.
"""

from __future__ import annotations

import base64
import copy
import itertools
import math
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import Any

from pipecat_rt_best.testing.realtime_emulator import audio as audio_mod
from pipecat_rt_best.testing.realtime_emulator.conversation import Conversation, ItemMeta
from pipecat_rt_best.testing.realtime_emulator.events import (
    Outcome,
    ProtocolError,
    new_id,
    server_event,
)
from pipecat_rt_best.testing.realtime_emulator.record import SessionRecord
from pipecat_rt_best.testing.realtime_emulator.script import EmulatorScript, Reply
from pipecat_rt_best.testing.realtime_emulator.session_schema import (
    SESSION_FIELD_CHECKS,
    validate_format,
    validate_output_modalities,
    validate_tools,
    validate_voice,
)
from pipecat_rt_best.testing.realtime_emulator.validation import bad_value, check_keys, expect_type

# response.create's ``response`` object (GA RealtimeResponseCreateParams)
RESPONSE_KEYS = (
    "audio",
    "conversation",
    "input",
    "instructions",
    "max_output_tokens",
    "metadata",
    "output_modalities",
    "parallel_tool_calls",
    "prompt",
    "reasoning",
    "tool_choice",
    "tools",
)


@dataclass(frozen=True)
class Pace:
    """Marker yielded before each delta: the shell may wait here (timing knobs).

    A stream yields one ``Pace`` right after it starts (before its first output item:
    the model's "thinking" time) and one before every delta. ``audio_ms`` is the audio
    the next delta carries (0 otherwise).
    """

    audio_ms: int = 0


def _usage(
    input_tokens_text: int, input_tokens_audio: int, out_text: int, out_audio: int
) -> dict[str, Any]:
    """A ``response.done`` usage object (estimates; the emulator has no tokenizer)."""
    inp = input_tokens_text + input_tokens_audio
    out = out_text + out_audio
    return {
        "total_tokens": inp + out,
        "input_tokens": inp,
        "output_tokens": out,
        "input_token_details": {
            "text_tokens": input_tokens_text,
            "audio_tokens": input_tokens_audio,
            "image_tokens": 0,
            "cached_tokens": 0,
            "cached_tokens_details": {"text_tokens": 0, "audio_tokens": 0, "image_tokens": 0},
        },
        "output_token_details": {"text_tokens": out_text, "audio_tokens": out_audio},
    }


def _text_tokens(text: str) -> int:
    """About four characters per token: a usage estimate only."""
    return math.ceil(len(text) / 4)


AUDIO_MS_PER_TOKEN = 50  # usage estimate only


class PendingResponse:
    """One response, from ``response.created`` to ``response.done``."""

    def __init__(
        self,
        proto: Responses,
        *,
        modality: str,
        out_fmt: dict[str, Any],
        voice: Any,
        in_conversation: bool,
        metadata: Any = None,
    ) -> None:
        self.proto = proto
        self.id = new_id("resp")
        self.modality = modality
        self.out_fmt = out_fmt
        self.voice = voice
        self.in_conversation = in_conversation
        self.metadata = metadata
        self.status = "in_progress"
        self.cancel_reason: str | None = None
        self.failure: str | None = None  # set when the script raised: status "failed"
        # the failure's error code and type (a scripted Failure sets its own)
        self.failure_code = "server_error"
        self.failure_type = "server_error"
        self.output: list[dict[str, Any]] = []
        self.done = False
        self.index = proto._responses_started  # position in this session's script
        self.record: dict[str, Any] = {
            "id": self.id,
            "status": "in_progress",
            "output": [],
            "texts": [],
        }

    @property
    def cancelled(self) -> bool:
        return self.cancel_reason is not None

    def cancel(self, reason: str) -> None:
        """Mark the response cancelled (the first reason wins); the stream stops at its next step."""
        if self.cancel_reason is None:
            self.cancel_reason = reason

    def _object(self) -> dict[str, Any]:
        """The ``realtime.response`` object as it stands now."""
        return {
            "object": "realtime.response",
            "id": self.id,
            "status": self.status,
            "status_details": None,
            "output": copy.deepcopy(self.output),
            "conversation_id": self.proto.conversation_id if self.in_conversation else None,
            "output_modalities": [self.modality],
            "max_output_tokens": self.proto.config.get("max_output_tokens", "inf"),
            "audio": {"output": {"format": dict(self.out_fmt), "voice": self.voice}},
            "usage": None,
            "metadata": self.metadata,
        }

    def created_event(self) -> dict[str, Any]:
        return server_event("response.created", response=self._object())

    def _open_item(
        self, item: dict[str, Any], output_index: int
    ) -> Generator[dict[str, Any], None, str | None]:
        """Add an output item to the response (and the conversation); returns the previous id."""
        prev = self.proto._add_item(item) if self.in_conversation else None
        self.output.append(item)
        self.record["output"].append(item["id"])
        yield server_event(
            "response.output_item.added",
            response_id=self.id,
            output_index=output_index,
            item=copy.deepcopy(item),
        )
        if self.in_conversation:
            yield server_event(
                "conversation.item.added", previous_item_id=prev, item=copy.deepcopy(item)
            )
        return prev

    def _close_item(
        self, item: dict[str, Any], output_index: int, prev: str | None
    ) -> Iterator[dict[str, Any]]:
        yield server_event(
            "response.output_item.done",
            response_id=self.id,
            output_index=output_index,
            item=copy.deepcopy(item),
        )
        if self.in_conversation:
            yield server_event(
                "conversation.item.done", previous_item_id=prev, item=copy.deepcopy(item)
            )

    def stream(self, reply: Reply) -> Iterator[dict[str, Any] | Pace]:
        """Every remaining event of this response, ``Pace`` markers before deltas.

        The messages come first (one item each: audio + transcript, or text), then the
        tool calls (one ``function_call`` item each, arguments in one delta); the other way
        round with the reply's ``calls_first``. After every
        ``Pace`` the stream checks for cancellation — and, while streaming audio, for a
        ``conversation.item.truncate`` of the item being spoken: the real server stops
        that item's audio there and marks it ``incomplete``.
        """
        proto = self.proto
        script = proto.script
        fmt_type = self.out_fmt["type"]
        audio_mode = self.modality == "audio"
        out_text_tokens = 0
        out_audio_ms = 0
        output_index = 0
        self.record["texts"] = reply.message_texts()
        yield Pace()  # the model "thinks" before its first output (first_delta_delay_s)

        def messages() -> Iterator[dict[str, Any] | Pace]:
            nonlocal output_index, out_text_tokens, out_audio_ms
            for text in reply.message_texts():
                if self.cancelled:
                    break
                item_id = new_id("item")
                item: dict[str, Any] = {
                    "id": item_id,
                    "type": "message",
                    "object": "realtime.item",
                    "status": "in_progress",
                    "role": "assistant",
                    "content": [],
                }
                meta = ItemMeta(full_text=text, fmt=fmt_type if audio_mode else None)
                proto._meta[item_id] = meta
                prev = yield from self._open_item(item, output_index)
                ids = {
                    "response_id": self.id,
                    "item_id": item_id,
                    "output_index": output_index,
                    "content_index": 0,
                }
                if audio_mode:
                    item["content"] = [{"type": "output_audio", "transcript": ""}]
                    yield server_event(
                        "response.content_part.added",
                        **ids,
                        part={"type": "audio", "transcript": ""},
                    )
                    pcm = audio_mod.synthesize(text, fmt_type, script.ms_per_char)
                    bpm = audio_mod.bytes_per_ms(fmt_type)
                    chunk_bytes = script.chunk_ms * bpm
                    # a token's transcript delta goes out just before the audio chunk in which
                    # the token (its leading whitespace included) begins, or the chunk that
                    # far ahead of it with the script's transcript lead
                    tokens = audio_mod.tokenize(text)
                    token_starts_ms = [
                        pos * script.ms_per_char
                        for pos in itertools.accumulate((len(t) for t in tokens), initial=0)
                    ]
                    sent = proto.record._output_audio.setdefault(item_id, bytearray())
                    token_i = 0
                    for off in range(0, len(pcm), chunk_bytes):
                        chunk = pcm[off : off + chunk_bytes]
                        chunk_ms = len(chunk) // bpm
                        yield Pace(audio_ms=chunk_ms)
                        if self.cancelled or meta.truncated:
                            break
                        chunk_end_ms = off // bpm + chunk_ms
                        lead_end_ms = chunk_end_ms + script.transcript_lead_ms
                        while token_i < len(tokens) and token_starts_ms[token_i] < lead_end_ms:
                            token = tokens[token_i]
                            meta.transcript_sent += token
                            item["content"][0]["transcript"] = meta.transcript_sent
                            yield server_event(
                                "response.output_audio_transcript.delta", **ids, delta=token
                            )
                            token_i += 1
                        sent.extend(chunk)
                        proto.model_has_spoken = True
                        out_audio_ms += chunk_ms
                        yield server_event(
                            "response.output_audio.delta",
                            **ids,
                            delta=base64.b64encode(chunk).decode("ascii"),
                        )
                    transcript = item["content"][0]["transcript"]
                    yield server_event("response.output_audio.done", **ids)
                    yield server_event(
                        "response.output_audio_transcript.done", **ids, transcript=transcript
                    )
                    yield server_event(
                        "response.content_part.done",
                        **ids,
                        part={"type": "audio", "transcript": transcript},
                    )
                    out_text_tokens += _text_tokens(transcript)
                else:
                    item["content"] = [{"type": "output_text", "text": ""}]
                    yield server_event(
                        "response.content_part.added", **ids, part={"type": "text", "text": ""}
                    )
                    for token in audio_mod.tokenize(text):
                        yield Pace()
                        if self.cancelled:
                            break
                        meta.transcript_sent += token
                        item["content"][0]["text"] = meta.transcript_sent
                        yield server_event("response.output_text.delta", **ids, delta=token)
                    final = item["content"][0]["text"]
                    yield server_event("response.output_text.done", **ids, text=final)
                    yield server_event(
                        "response.content_part.done", **ids, part={"type": "text", "text": final}
                    )
                    out_text_tokens += _text_tokens(final)
                meta.in_progress = False
                item["status"] = "incomplete" if self.cancelled or meta.truncated else "completed"
                yield from self._close_item(item, output_index, prev)
                output_index += 1

        def calls() -> Iterator[dict[str, Any] | Pace]:
            nonlocal output_index, out_text_tokens
            for call in reply.tool_calls:
                if self.cancelled:
                    break
                item_id = new_id("item")
                call_id = call.call_id or new_id("call")
                args = call.arguments_json
                item = {
                    "id": item_id,
                    "type": "function_call",
                    "object": "realtime.item",
                    "status": "in_progress",
                    "name": call.name,
                    "call_id": call_id,
                    "arguments": "",
                }
                prev = yield from self._open_item(item, output_index)
                fc_ids = {
                    "response_id": self.id,
                    "item_id": item_id,
                    "output_index": output_index,
                    "call_id": call_id,
                }
                yield Pace()
                yield server_event("response.function_call_arguments.delta", **fc_ids, delta=args)
                yield server_event(
                    "response.function_call_arguments.done",
                    **fc_ids,
                    name=call.name,
                    arguments=args,
                )
                item["arguments"] = args
                item["status"] = "completed"
                out_text_tokens += _text_tokens(args)
                yield from self._close_item(item, output_index, prev)
                output_index += 1

        for part in (calls, messages) if reply.calls_first else (messages, calls):
            yield from part()
        yield self.finish(out_text_tokens, out_audio_ms)

    def finish(self, out_text_tokens: int = 0, out_audio_ms: int = 0) -> dict[str, Any]:
        """Close the response; returns its ``response.done`` event.

        Status ``failed`` when the script raised or scripted a
        :class:`~.script.Failure` (``failure_code``, ``failure_type``), ``cancelled`` (with the reason:
        ``client_cancelled`` or ``turn_detected``) when cancelled, else ``completed``.
        """
        self.done = True
        if self.failure is not None:
            self.status = "failed"
        else:
            self.status = "cancelled" if self.cancelled else "completed"
        proto = self.proto
        if proto.active is self:
            proto.active = None
        obj = self._object()
        if self.cancelled:
            obj["status_details"] = {"type": "cancelled", "reason": self.cancel_reason}
        elif self.failure is not None:
            obj["status_details"] = {
                "type": "failed",
                "error": {
                    "type": self.failure_type,
                    "code": self.failure_code,
                    "message": self.failure,
                },
            }
        in_text = sum(
            _text_tokens(c.get("text") or c.get("transcript") or "")
            for it in proto.items
            for c in it.get("content") or []
        )
        in_audio = len(proto.record._appended) // max(1, proto.in_bpm * AUDIO_MS_PER_TOKEN)
        obj["usage"] = _usage(
            in_text, in_audio, out_text_tokens, out_audio_ms // AUDIO_MS_PER_TOKEN
        )
        self.record["status"] = self.status
        return server_event("response.done", response=obj)


def _check_response_fields(params: dict[str, Any]) -> None:
    """The types and values of ``response.create``'s fields (null: the session's value)."""
    for key, value in params.items():
        if value is None:
            continue
        path = f"response.{key}"
        if key == "instructions":
            expect_type(path, value, str)
        elif key == "tools":
            validate_tools(path, value)
        elif key in SESSION_FIELD_CHECKS:
            SESSION_FIELD_CHECKS[key](path, value)
        elif key == "metadata":
            expect_type(path, value, dict)
            for name, entry in value.items():
                expect_type(f"{path}.{name}", entry, str)
        elif key == "input":
            expect_type(path, value, list)
            for i, item in enumerate(value):
                expect_type(f"{path}[{i}]", item, dict)
        elif key == "conversation":
            expect_type(path, value, str)


class Responses(Conversation):
    """Second layer of :class:`~.protocol.RealtimeProtocol`: ``response.create`` / ``cancel``.

    At most one response is active at a time, as on the real server.
    """

    def __init__(
        self,
        *,
        model: str,
        script: EmulatorScript | None = None,
        record: SessionRecord | None = None,
    ) -> None:
        super().__init__(model=model, script=script, record=record)
        self.active: PendingResponse | None = None
        self._responses_started = 0

    @property
    def responses_started(self) -> int:
        """How many responses this session began (the next one's place in the script)."""
        return self._responses_started

    def _begin_response(self, params: dict[str, Any] | None) -> PendingResponse:
        """Validate ``response.create``'s ``response`` object and make the response active.

        Output modality, format and voice come from the session unless the request
        overrides them; ``conversation: "none"`` makes an out-of-band response whose
        items stay out of the conversation.
        """
        params = params or {}
        check_keys("response", params, RESPONSE_KEYS)
        _check_response_fields(params)
        modality = self.config.get("output_modalities", ["audio"])[0]
        out_fmt = dict(self.config["audio"]["output"]["format"])
        voice = self.config["audio"]["output"].get("voice")
        if params.get("output_modalities") is not None:
            modality = validate_output_modalities(
                "response.output_modalities", params["output_modalities"]
            )[0]
        audio = params.get("audio")
        if audio is not None:
            expect_type("response.audio", audio, dict)
            check_keys("response.audio", audio, ("output",))
            output = audio.get("output")
            if output is not None:
                path = "response.audio.output"
                expect_type(path, output, dict)
                check_keys(path, output, ("format", "voice"))
                if output.get("format") is not None:
                    out_fmt = validate_format(f"{path}.format", output["format"])
                if output.get("voice") is not None:
                    voice = validate_voice(f"{path}.voice", output["voice"])
        conversation = params.get("conversation", "auto")
        if conversation not in ("auto", "none"):
            raise bad_value("response.conversation", conversation, ("auto", "none"))
        pending = PendingResponse(
            self,
            modality=modality,
            out_fmt=out_fmt,
            voice=voice,
            in_conversation=conversation == "auto",
            metadata=params.get("metadata"),
        )
        self._responses_started += 1
        self.active = pending
        self.record.responses.append(pending.record)
        return pending

    def _on_response_create(self, data: dict[str, Any]) -> Outcome:
        # the real server refuses a second response while one is in progress (code, message)
        if self.active is not None:
            raise ProtocolError(
                "conversation_already_has_active_response",
                f"Conversation already has an active response in progress: {self.active.id}. "
                "Wait until the response is finished before creating a new one.",
            )
        params = data.get("response")
        if params is not None:
            expect_type("response", params, dict)
        pending = self._begin_response(params)
        return Outcome(events=[pending.created_event()], start=[pending])

    def _on_response_cancel(self, data: dict[str, Any]) -> Outcome:
        rid = data.get("response_id")
        active = self.active
        # cancelling with nothing active (none at all, another id, or already cancelled) is
        # the real server's response_cancel_not_active; the refusal is recorded too
        if active is None or (rid is not None and rid != active.id) or active.cancelled:
            self.record.cancels.append(
                {
                    "response_id": rid,
                    "accepted": False,
                    "reason": "client_cancelled",
                    "error": "not active",
                }
            )
            raise ProtocolError(
                "response_cancel_not_active",
                "Cancellation failed: no active response found",
            )
        active.cancel("client_cancelled")
        self.record.cancels.append(
            {
                "response_id": active.id,
                "accepted": True,
                "reason": "client_cancelled",
                "error": None,
            }
        )
        return Outcome(wake=[active])

    def reply_for(self, pending: PendingResponse) -> Any:
        """The script's reply for a response (may be awaitable)."""
        return self.script.reply_for(pending.index, self.conversation_snapshot())
