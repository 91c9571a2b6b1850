"""Drive the real Azure Speech SDK (in a worker thread) against the emulator."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from typing import Any

import azure.cognitiveservices.speech as speechsdk

FMT = speechsdk.SpeechSynthesisOutputFormat
ULAW = FMT.Raw8Khz8BitMonoMULaw


def ssml_doc(body: str, voice: str = "en-US-AvaNeural", lang: str = "en-US") -> str:
    return (
        f"<speak version='1.0' xmlns='http://www.w3.org/2001/10/synthesis' "
        f"xmlns:mstts='http://www.w3.org/2001/mstts' xml:lang='{lang}'>"
        f"<voice name='{voice}'>{body}</voice></speak>"
    )


@dataclass
class Outcome:
    """What the SDK reported for one synthesis."""

    reason: Any
    audio: bytes
    chunks: list[bytes] = field(default_factory=list)
    words: list[tuple[str, float, float]] = field(default_factory=list)  # text, offset ms, dur ms
    places: list[tuple[int, int]] = field(
        default_factory=list
    )  # the SDK's text_offset, word_length
    error_code: Any = None
    error_details: str = ""
    cancel_reason: Any = None

    @property
    def completed(self) -> bool:
        return bool(self.reason == speechsdk.ResultReason.SynthesizingAudioCompleted)


class Sdk:
    """One real ``SpeechSynthesizer`` pointed at ``host``."""

    def __init__(
        self,
        host: str,
        *,
        key: str | None = "test-key",
        token: str | None = None,
        fmt: Any = ULAW,
        endpoint_id: str | None = None,
        voice: str | None = None,
    ) -> None:
        self.config = speechsdk.SpeechConfig(subscription=key, host=host)
        if token is not None:
            self.config.authorization_token = token
        if endpoint_id:
            self.config.endpoint_id = endpoint_id
        if voice:
            self.config.speech_synthesis_voice_name = voice
        self.config.set_speech_synthesis_output_format(fmt)
        self.synth = speechsdk.SpeechSynthesizer(speech_config=self.config, audio_config=None)
        self._words: list[tuple[str, float, float]] = []
        self._places: list[tuple[int, int]] = []
        self._chunks: list[bytes] = []
        self.synth.synthesis_word_boundary.connect(self._on_word)
        self.synth.synthesizing.connect(lambda e: self._chunks.append(bytes(e.result.audio_data)))
        # events arrive on the SDK's thread, possibly after the result future resolves:
        # the final completed/canceled event marks the end of a request's events
        self._ended = threading.Event()
        self.synth.synthesis_completed.connect(lambda e: self._ended.set())
        self.synth.synthesis_canceled.connect(lambda e: self._ended.set())

    def _on_word(self, evt: Any) -> None:
        if evt.boundary_type == speechsdk.SpeechSynthesisBoundaryType.Word:
            self._words.append(
                (evt.text, evt.audio_offset / 10_000, evt.duration.total_seconds() * 1000)
            )
            self._places.append((evt.text_offset, evt.word_length))

    def _outcome(self, result: Any) -> Outcome:
        self._ended.wait(5.0)
        self._ended.clear()
        out = Outcome(
            result.reason, bytes(result.audio_data), self._chunks, self._words, self._places
        )
        if result.reason == speechsdk.ResultReason.Canceled:
            d = result.cancellation_details
            out.cancel_reason, out.error_code, out.error_details = (
                d.reason,
                d.error_code,
                d.error_details or "",
            )
        self._chunks, self._words, self._places = [], [], []
        return out

    def speak_ssml(self, ssml: str) -> Outcome:
        return self._outcome(self.synth.speak_ssml_async(ssml).get())

    def speak_stream(self, pieces: list[str]) -> Outcome:
        req = speechsdk.SpeechSynthesisRequest(speechsdk.SpeechSynthesisRequestInputType.TextStream)
        future = self.synth.speak_async(req)
        for piece in pieces:
            req.input_stream.write(piece)
        req.input_stream.close()
        return self._outcome(future.get())

    async def assr(self, ssml: str) -> Outcome:
        return await asyncio.to_thread(self.speak_ssml, ssml)

    async def astream(self, pieces: list[str]) -> Outcome:
        return await asyncio.to_thread(self.speak_stream, pieces)
