"""The input audio buffer: ``append`` / ``commit`` / ``clear``, and turns cut by the VAD.

:class:`InputAudioBuffer` is the third layer of :class:`~.protocol.RealtimeProtocol`.
The real server's rules kept here: a commit needs at least ``min_commit_ms`` (100 ms)
of buffered audio (``input_audio_buffer_commit_empty``, its message word for word), an
append carries base64 audio in the session's input format, and a format change in
``session.update`` drops the buffered audio.
"""

from __future__ import annotations

import base64
import binascii
import copy
from typing import Any

from pipecat_rt_best.testing.realtime_emulator import audio as audio_mod
from pipecat_rt_best.testing.realtime_emulator.events import (
    Outcome,
    ProtocolError,
    new_id,
    server_event,
)
from pipecat_rt_best.testing.realtime_emulator.record import SessionRecord
from pipecat_rt_best.testing.realtime_emulator.response_stream import Responses
from pipecat_rt_best.testing.realtime_emulator.script import EmulatorScript
from pipecat_rt_best.testing.realtime_emulator.session_schema import SEMANTIC_VAD_SILENCE_MS
from pipecat_rt_best.testing.realtime_emulator.vad import EnergyVad
from pipecat_rt_best.testing.realtime_emulator.validation import expect_type, missing_parameter

# the real server refuses to commit less than 100 ms of audio (input_audio_buffer_commit_empty)
MIN_COMMIT_MS = 100
# the most one input_audio_buffer.append may carry (15 MiB, the real server's limit)
MAX_APPEND_BYTES = 15 * 1024 * 1024


class InputAudioBuffer(Responses):
    """Third layer of :class:`~.protocol.RealtimeProtocol`: ``input_audio_buffer.*`` and turns.

    Appended audio accumulates in a buffer; a turn leaves it either by a client
    ``commit`` (manual turns, ``turn_detection: null``) or by the VAD's speech stop
    (``server_vad`` / ``semantic_vad``), becoming a user ``input_audio`` item. Speech
    start cancels the active response when ``interrupt_response`` is on; speech stop
    starts one when ``create_response`` is on and none is active.
    """

    def __init__(
        self,
        *,
        model: str,
        script: EmulatorScript | None = None,
        record: SessionRecord | None = None,
        min_commit_ms: int = MIN_COMMIT_MS,
    ) -> None:
        super().__init__(model=model, script=script, record=record)
        self.min_commit_ms = min_commit_ms
        self._commits = 0
        self._buffer = bytearray()
        self._buffer_start_ms = 0.0  # session audio time of _buffer[0]
        self._total_ms = 0.0  # session audio time appended so far
        self._speech_item_id: str | None = None
        self._vad: EnergyVad | None = None
        self._configure_vad()

    @property
    def turn_detection(self) -> dict[str, Any] | None:
        """The session's turn detection settings, None for manual turns."""
        td = self.config["audio"]["input"]["turn_detection"]
        return td if isinstance(td, dict) else None

    def _configure_vad(self) -> None:
        """A fresh VAD for the session's turn detection (none for manual turns)."""
        td = self.turn_detection
        if td is None:
            self._vad = None
            self._speech_item_id = None
            return
        silence = (
            td["silence_duration_ms"]
            if td["type"] == "server_vad"
            else SEMANTIC_VAD_SILENCE_MS[td.get("eagerness", "auto")]
        )
        self._vad = EnergyVad(
            audio_mod.sample_rate(self.in_fmt),
            threshold=td.get("threshold", 0.5),
            silence_duration_ms=silence,
            start_ms=int(self._total_ms),
        )
        self._speech_item_id = None

    def _on_input_audio_buffer_append(self, data: dict[str, Any]) -> Outcome:
        if "audio" not in data:
            raise missing_parameter("audio")
        b64 = data["audio"]
        expect_type("audio", b64, str)
        try:
            chunk = base64.b64decode(b64, validate=True)
        except (binascii.Error, ValueError):
            raise ProtocolError(
                "invalid_value", "Invalid 'audio': expected base64-encoded audio bytes.", "audio"
            ) from None
        # bad base64 is invalid_value on param "audio" (wording chosen)
        if len(chunk) > MAX_APPEND_BYTES:
            raise ProtocolError(
                "invalid_value",
                "Invalid 'audio': a single append may carry at most 15 MiB.",
                "audio",
            )
        self.record._appended.extend(chunk)
        self._buffer.extend(chunk)
        self._total_ms += len(chunk) / self.in_bpm
        outcome = Outcome()
        if self._vad is not None and chunk:
            for vad_event in self._vad.feed(audio_mod.decode_to_pcm16(chunk, self.in_fmt)):
                if vad_event.kind == "start":
                    self._on_speech_start(vad_event.ms, outcome)
                else:
                    self._on_speech_stop(vad_event.ms, outcome)
        return outcome

    def _buffer_offset(self, ms: float) -> int:
        """Byte offset in the buffer of session audio time ``ms`` (whole samples, clamped)."""
        off = round((ms - self._buffer_start_ms) * self.in_bpm)
        off -= off % (2 if self.in_fmt == "audio/pcm" else 1)
        return max(0, min(len(self._buffer), off))

    def _on_speech_start(self, ms: int, outcome: Outcome) -> None:
        """VAD speech start: ``speech_started``, and barge-in on the active response."""
        td = self.turn_detection
        assert td is not None
        # keep prefix padding before the speech, drop older audio
        keep_from = max(self._buffer_start_ms, ms - int(td.get("prefix_padding_ms", 300)))
        cut = self._buffer_offset(keep_from)
        del self._buffer[:cut]
        self._buffer_start_ms += cut / self.in_bpm
        self._speech_item_id = new_id("item")
        outcome.events.append(
            server_event(
                "input_audio_buffer.speech_started",
                audio_start_ms=ms,
                item_id=self._speech_item_id,
            )
        )
        # interrupt_response: the server cancels its own response (reason turn_detected)
        if td.get("interrupt_response") and self.active is not None and not self.active.done:
            self.active.cancel("turn_detected")
            self.record.cancels.append(
                {
                    "response_id": self.active.id,
                    "accepted": True,
                    "reason": "turn_detected",
                    "error": None,
                }
            )
            outcome.wake.append(self.active)

    def _on_speech_stop(self, ms: int, outcome: Outcome) -> None:
        """VAD speech stop: commit the turn up to ``ms``, then maybe start a response."""
        td = self.turn_detection
        assert td is not None
        item_id = self._speech_item_id or new_id("item")
        self._speech_item_id = None
        outcome.events.append(
            server_event("input_audio_buffer.speech_stopped", audio_end_ms=ms, item_id=item_id)
        )
        cut = self._buffer_offset(ms)
        turn = bytes(self._buffer[:cut])
        del self._buffer[:cut]
        self._buffer_start_ms += cut / self.in_bpm
        outcome.events.extend(self._commit_turn(turn, item_id, "server_vad"))
        if td.get("create_response") and self.active is None:
            pending = self._begin_response(None)
            outcome.events.append(pending.created_event())
            outcome.start.append(pending)

    def _commit_turn(self, turn: bytes, item_id: str, source: str) -> list[dict[str, Any]]:
        """Make ``turn`` a user ``input_audio`` item; its transcript comes from the script."""
        self._commits += 1
        self.record.input_audio_turns.append(turn)
        self.record.commits.append(
            {
                "item_id": item_id,
                "bytes": len(turn),
                "ms": audio_mod.duration_ms(len(turn), self.in_fmt),
                "source": source,
            }
        )
        transcription_on = self.config["audio"]["input"].get("transcription") is not None
        content: dict[str, Any] = {"type": "input_audio", "transcript": None}
        item = {
            "id": item_id,
            "type": "message",
            "object": "realtime.item",
            "status": "completed",
            "role": "user",
            "content": [content],
        }
        self._item_audio[item_id] = turn
        prev = self._add_item(item)
        events = [
            server_event("input_audio_buffer.committed", previous_item_id=prev, item_id=item_id),
            server_event(
                "conversation.item.added", previous_item_id=prev, item=copy.deepcopy(item)
            ),
            server_event("conversation.item.done", previous_item_id=prev, item=copy.deepcopy(item)),
        ]
        if transcription_on:
            transcript = self.script.user_transcript_for(self._commits - 1)
            content["transcript"] = transcript
            events.append(
                server_event(
                    "conversation.item.input_audio_transcription.completed",
                    item_id=item_id,
                    content_index=0,
                    transcript=transcript,
                    usage={"type": "duration", "seconds": round(len(turn) / self.in_bpm / 1000, 3)},
                )
            )
        return events

    def _on_input_audio_buffer_commit(self, data: dict[str, Any]) -> Outcome:
        buffered_ms = len(self._buffer) / self.in_bpm
        # the real server's rule and message: a commit needs at least 100 ms of audio
        if buffered_ms < self.min_commit_ms or not self._buffer:
            raise ProtocolError(
                "input_audio_buffer_commit_empty",
                "Error committing input audio buffer: buffer too small. Expected at least "
                f"{self.min_commit_ms}ms of audio, but buffer only has {buffered_ms:.2f}ms of audio.",
            )
        turn = bytes(self._buffer)
        self._buffer.clear()
        self._buffer_start_ms = self._total_ms
        item_id = self._speech_item_id or new_id("item")
        self._speech_item_id = None
        if self._vad is not None:
            self._vad.reset()
        return Outcome(events=self._commit_turn(turn, item_id, "client"))

    def _on_input_audio_buffer_clear(self, data: dict[str, Any]) -> Outcome:
        self._buffer.clear()
        self._buffer_start_ms = self._total_ms
        self._speech_item_id = None
        if self._vad is not None:
            self._vad.reset()
        return Outcome(events=[server_event("input_audio_buffer.cleared")])
