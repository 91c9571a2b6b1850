"""The truncation mixin inside the pack's realtime service, at the client-event boundary.

Server events are fed to the service's own handlers; what it sends is captured where
pipecat would write it to the socket; what it pushes downstream is collected.
"""

from __future__ import annotations

import base64
from typing import Any

import pytest
from pipecat.frames.frames import TTSAudioRawFrame
from pipecat.processors.frame_processor import FrameDirection
from pipecat.services.openai.realtime import events

from pipecat_rt_best.base import (
    PlayoutConfirmedFrame,
    PlayoutProgressFrame,
    PlayoutSegmentFrame,
    SpokenTextHeardFrame,
    WordTiming,
)
from pipecat_rt_best.base.frames import G711TTSAudioFrame
from pipecat_rt_best.interruption_truncation import (
    TruncationEvent,
    TruncationFrame,
    TruncationParams,
)
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from tests.interruption_truncation.fakes import FrameSink


class Harness:
    def __init__(self, fmt: str = "pcm", modality: str = "audio") -> None:
        self.svc = RealtimeLLMService(
            api_key="k",
            base_url="ws://127.0.0.1:1/v1/realtime",
            settings=RealtimeLLMService.Settings(
                session_properties=realtime_session(audio_format=fmt, output_modality=modality)  # type: ignore[arg-type]
            ),
        )
        self.sent: list[dict[str, Any]] = []
        self.sink = FrameSink()
        self.now = 0.0
        self.bpm = 48 if fmt == "pcm" else 8

        async def ws_send(message: dict[str, Any]) -> None:
            self.sent.append({k: v for k, v in message.items() if k != "event_id"})

        self.svc._ws_send = ws_send  # type: ignore[method-assign]
        self.svc._next = self.sink  # type: ignore[assignment]
        self.svc.truncation_now = lambda: self.now

    def types(self) -> list[str]:
        return [m["type"] for m in self.sent]

    def of(self, etype: str) -> list[dict[str, Any]]:
        return [m for m in self.sent if m["type"] == etype]

    async def response(self, rid: str) -> None:
        self.svc._response_active = True  # what pipecat's _create_response does
        await self.svc._handle_evt_response_created(
            events.ResponseCreated.model_validate(
                {"type": "response.created", "event_id": "e", "response": _response(rid)}
            )
        )

    async def item(self, item_id: str, prev: str | None = None) -> None:
        await self.svc._handle_evt_conversation_item_added(
            events.ConversationItemAdded.model_validate(
                {
                    "type": "conversation.item.added",
                    "event_id": "e",
                    "previous_item_id": prev,
                    "item": {"id": item_id, "type": "message", "role": "assistant", "content": []},
                }
            )
        )

    async def text(self, rid: str, item_id: str, delta: str) -> None:
        await self.svc._handle_evt_text_delta(
            events.ResponseTextDelta.model_validate(
                {
                    "type": "response.output_text.delta",
                    "event_id": "e",
                    "response_id": rid,
                    "item_id": item_id,
                    "output_index": 0,
                    "content_index": 0,
                    "delta": delta,
                }
            )
        )

    async def audio(self, rid: str, item_id: str, ms: int) -> None:
        delta = base64.b64encode(bytes(ms * self.bpm)).decode()
        await self.svc._handle_evt_audio_delta(
            events.ResponseAudioDelta.model_validate(
                {
                    "type": "response.output_audio.delta",
                    "event_id": "e",
                    "response_id": rid,
                    "item_id": item_id,
                    "output_index": 0,
                    "content_index": 0,
                    "delta": delta,
                }
            )
        )

    async def done(self, rid: str, status: str = "completed") -> None:
        await self.svc._handle_evt_response_done(
            events.ResponseDone.model_validate(
                {"type": "response.done", "event_id": "e", "response": _response(rid, status)}
            )
        )

    async def written(self, upto_ms: float, chunk_ms: float = 40.0) -> None:
        """The transport writes chunks up to ``upto_ms`` of the timeline, in real time."""
        markers = [f for f in self.sink.frames if isinstance(f, PlayoutSegmentFrame)]
        for m in markers:
            if not getattr(m, "_reported", False):
                m._reported = True  # type: ignore[attr-defined]
                await self.svc.process_frame(
                    PlayoutProgressFrame(timeline_ms=self._timeline, segment_id=m.segment_id),
                    FrameDirection.UPSTREAM,
                )
        while self._timeline < upto_ms:
            self._timeline += chunk_ms
            self.now += chunk_ms / 1000
            await self.svc.process_frame(
                PlayoutProgressFrame(timeline_ms=self._timeline), FrameDirection.UPSTREAM
            )

    _timeline = 0.0

    async def interrupt(self) -> None:
        await self.svc._handle_interruption()

    async def server_speech_started(self) -> None:
        """The server's turn detection heard the caller (input_audio_buffer.speech_started)."""
        await self.svc._handle_evt_speech_started(None)


def _response(rid: str, status: str = "in_progress") -> dict[str, Any]:
    return {"id": rid, "object": "realtime.response", "status": status, "output": []}


async def test_interruption_cancels_and_truncates_at_the_heard_position() -> None:
    h = Harness()
    await h.response("r1")
    await h.item("A")
    await h.audio("r1", "A", 3000)  # the model streams ahead of playback
    await h.written(1040)
    await h.interrupt()
    # manual turns: pipecat clears the input buffer; then cancel, then truncate
    assert h.types() == [
        "input_audio_buffer.clear",
        "response.cancel",
        "conversation.item.truncate",
    ]
    [trunc] = h.of("conversation.item.truncate")
    assert trunc["item_id"] == "A" and trunc["content_index"] == 0
    assert trunc["audio_end_ms"] == 1000  # 1040 written, the last 40 ms chunk still playing


async def _playing_with(detection: Any) -> Harness:
    """A reply of 3000 ms with 1040 ms written to the line, under ``detection``."""
    h = Harness()
    h.svc._settings.session_properties.audio.input.turn_detection = detection
    await h.response("r1")
    await h.item("A")
    await h.audio("r1", "A", 3000)
    await h.written(1040)
    return h


@pytest.mark.parametrize(
    "detection",
    [
        events.TurnDetection(),
        events.SemanticTurnDetection(),
        None,  # unset: the server's default, server_vad with interrupt_response on
    ],
)
async def test_with_server_turn_detection_the_server_cancels_and_no_cancel_is_sent(
    detection: Any,
) -> None:
    # interrupt_response (default true): the server cancels its response at speech start
    # and refuses a response.cancel on top (response_cancel_not_active), every barge-in
    h = await _playing_with(detection)
    await h.server_speech_started()
    assert h.types() == ["conversation.item.truncate"]  # the truncation itself is kept
    assert h.of("conversation.item.truncate")[0]["audio_end_ms"] == 1000
    await h.audio("r1", "A", 200)  # streamed before the server's own cancel: dropped
    assert h.types() == ["conversation.item.truncate"]


@pytest.mark.parametrize(
    "detection",
    [
        # a DTMF key or a handover: the app pushes an InterruptionFrame while the caller is
        # silent, so the server cancels nothing (a review found the reply running on to its
        # end once the cancel was kept for manual turns only)
        events.TurnDetection(),
        events.SemanticTurnDetection(interrupt_response=False),  # the server never cancels
    ],
)
async def test_the_client_cancels_when_the_server_will_not(detection: Any) -> None:
    h = await _playing_with(detection)
    await h.interrupt()
    assert h.types() == ["response.cancel", "conversation.item.truncate"]


async def test_no_cancel_without_a_running_response_and_nothing_twice() -> None:
    h = Harness()
    await h.response("r1")
    await h.audio("r1", "A", 2000)
    await h.done("r1")
    await h.written(600)
    await h.interrupt()
    assert "response.cancel" not in h.types()  # done: cancelling would be a server error
    assert [m["audio_end_ms"] for m in h.of("conversation.item.truncate")] == [560]
    n = len(h.sent)
    await h.interrupt()  # twice in a row: nothing left to say
    assert h.sent[n:] == [{"type": "input_audio_buffer.clear"}]


async def test_a_second_interruption_during_the_cancel_sends_no_second_cancel() -> None:
    h = Harness()
    await h.response("r1")
    await h.audio("r1", "A", 2000)
    await h.written(400)
    await h.interrupt()
    await h.interrupt()  # response.done for the cancel has not arrived yet
    assert h.types().count("response.cancel") == 1
    assert len(h.of("conversation.item.truncate")) == 1


async def test_late_audio_is_dropped_and_late_items_are_deleted() -> None:
    h = Harness()
    await h.response("r1")
    await h.audio("r1", "A", 1000)
    await h.written(400)
    await h.interrupt()
    pushed = len([f for f in h.sink.frames if isinstance(f, TTSAudioRawFrame)])
    await h.audio("r1", "A", 100)  # in flight when the cancel was sent
    await h.audio("r1", "B", 100)  # a new item of the cancelled response
    await h.audio("r1", "B", 100)
    assert len([f for f in h.sink.frames if isinstance(f, TTSAudioRawFrame)]) == pushed
    assert [m["item_id"] for m in h.of("conversation.item.delete")] == ["B"]
    assert h.svc.truncations[-1].method == "late"


async def test_split_items_truncate_the_one_playing_and_delete_the_unheard() -> None:
    h = Harness()
    await h.response("r1")
    await h.audio("r1", "A", 500)
    await h.audio("r1", "B", 500)  # second output item of the same reply
    await h.audio("r1", "C", 500)
    await h.written(720)
    await h.interrupt()
    assert [(m["type"], m["item_id"]) for m in h.sent if "item_id" in m] == [
        ("conversation.item.truncate", "B"),
        ("conversation.item.delete", "C"),
    ]
    assert h.of("conversation.item.truncate")[0]["audio_end_ms"] == 180  # 680 - 500


async def test_each_item_is_announced_to_the_transport_before_its_audio() -> None:
    h = Harness()
    await h.response("r1")
    await h.audio("r1", "A", 100)
    await h.audio("r1", "A", 100)
    await h.audio("r1", "B", 100)
    kinds = [type(f).__name__ for f in h.sink.frames if not type(f).__name__.startswith("LLM")]
    assert kinds == [
        "PlayoutSegmentFrame",
        "TTSStartedFrame",
        "TTSAudioRawFrame",
        "TTSAudioRawFrame",
        "PlayoutSegmentFrame",
        "TTSAudioRawFrame",
    ]


async def test_g711_audio_is_counted_in_the_models_format() -> None:
    h = Harness(fmt="pcmu")
    await h.response("r1")
    await h.audio("r1", "A", 1000)  # 8000 bytes of μ-law
    first = next(f for f in h.sink.frames if isinstance(f, TTSAudioRawFrame))
    assert isinstance(first, G711TTSAudioFrame)
    await h.written(440)
    await h.interrupt()
    assert h.of("conversation.item.truncate")[0]["audio_end_ms"] == 400


async def test_truncations_are_reported_as_events_and_frames() -> None:
    h = Harness()
    seen: list[TruncationEvent] = []

    @h.svc.event_handler("on_truncation")
    async def on_truncation(service: Any, event: TruncationEvent) -> None:
        seen.append(event)

    await h.response("r1")
    await h.audio("r1", "A", 1000)
    await h.audio("r1", "B", 1000)
    await h.written(400)
    await h.interrupt()
    await h.svc.cleanup()  # waits for the event handler tasks
    assert [(e.item_id, e.action, e.method) for e in seen] == [
        ("A", "truncate", "handed"),
        ("B", "delete", "handed"),
    ]
    assert seen[0].heard_ms == pytest.approx(360) and seen[0].received_ms == pytest.approx(1000)
    [frame] = [f for f in h.sink.frames if isinstance(f, TruncationFrame)]
    assert frame.events == seen


async def test_confirmations_drive_the_estimate_once_announced() -> None:
    h = Harness()
    await h.svc.process_frame(PlayoutConfirmedFrame(played_ms=0.0), FrameDirection.DOWNSTREAM)
    await h.response("r1")
    await h.audio("r1", "A", 2000)
    await h.written(800)
    await h.interrupt()  # nothing confirmed yet: nothing heard
    assert h.of("conversation.item.delete")[0]["item_id"] == "A"
    assert h.svc.truncations[-1].method == "confirmed"


async def test_text_modality_replaces_the_item_with_the_heard_words() -> None:
    h = Harness(modality="text")
    await h.item("user1")  # (role doesn't matter for ordering)
    await h.item("T", prev="user1")
    await h.text("", "T", "Your loan was approved yesterday.")
    await h.svc.process_frame(
        SpokenTextHeardFrame(
            text="Your loan was approved yesterday.",
            words=[
                WordTiming("Your", 0, 200),
                WordTiming("loan", 250, 300),
                WordTiming("was", 600, 150),
                WordTiming("approved", 800, 500),
            ],
            heard_ms=700,
        ),
        FrameDirection.UPSTREAM,
    )
    delete, create = h.sent[-2:]
    assert delete == {"type": "conversation.item.delete", "item_id": "T"}
    assert create["type"] == "conversation.item.create"
    assert create["previous_item_id"] == "user1"
    item = create["item"]
    assert (item["type"], item["role"]) == ("message", "assistant")
    assert item["content"] == [{"type": "output_text", "text": "Your loan was"}]
    assert h.svc._messages_added_manually[item["id"]]  # its echo is not a new response
    assert h.svc.truncations[-1].heard_text == "Your loan was"


async def test_text_a_report_of_speech_the_model_did_not_write_changes_nothing() -> None:
    """The model's reply played in full; then the app spoke a hold message (a TTSSpeakFrame)
    and the caller barged in on it. A review found the model's reply deleted and recreated
    as "Please hold while": a report that matched no item fell back to the latest one."""
    h = Harness(modality="text")
    await h.response("R1")
    await h.item("T")
    await h.text("R1", "T", "Your balance is five thousand rupees.")
    await h.done("R1")
    h.sent.clear()
    hold = "Please hold while I connect you to a loan officer."
    await h.svc.process_frame(
        SpokenTextHeardFrame(text=hold, words=_words(hold), heard_ms=900),
        FrameDirection.UPSTREAM,
    )
    assert h.sent == [] and h.svc.truncations == []


async def test_text_a_reply_said_twice_replaces_the_latest() -> None:
    h = Harness(modality="text")
    for rid, item_id in (("R1", "T1"), ("R2", "T2")):
        await h.response(rid)
        await h.item(item_id)
        await h.text(rid, item_id, "Okay, let me check.")
        await h.done(rid)
    h.sent.clear()
    await h.svc.process_frame(
        SpokenTextHeardFrame(
            text="Okay, let me check.", words=_words("Okay, let me check."), heard_ms=300
        ),
        FrameDirection.UPSTREAM,
    )
    assert h.sent[0] == {"type": "conversation.item.delete", "item_id": "T2"}


async def test_text_numbers_rewritten_before_the_tts_still_find_their_item() -> None:
    # IndicNumberNormalizer as a processor between the model and the TTS: the TTS speaks,
    # and reports, the spelled-out text
    h = Harness(modality="text")
    await h.response("R1")
    await h.item("T")
    await h.text("R1", "T", "आपकी EMI ₹12,500 है, जो 5 मई को देय है। कुछ और?")
    spoken = "आपकी EMI बारह हज़ार पाँच सौ रुपये है, जो पाँच मई को देय है।"
    await h.svc.process_frame(
        SpokenTextHeardFrame(text=spoken, words=_words(spoken), heard_ms=850),
        FrameDirection.UPSTREAM,
    )
    assert h.sent[-2] == {"type": "conversation.item.delete", "item_id": "T"}
    assert h.sent[-1]["item"]["content"][0]["text"] == "आपकी EMI बारह हज़ार पाँच"


def _words(text: str) -> list[WordTiming]:
    """A 100 ms word every 200 ms."""
    return [WordTiming(word, n * 200, 100) for n, word in enumerate(text.split())]


@pytest.mark.parametrize(
    ("item", "said", "expected"),
    [
        ("Your loan was approved. Anything else?", "Your loan was approved.", True),
        ("Your loan was approved.", "Your loan was approved. Anything else?", True),  # 2 items
        ("你好。我是你的助手。", "你好。 我是你的助手。", True),  # a splitter's joining space
        ("Your balance is five thousand rupees.", "Please hold while I connect you.", False),
        ("Your balance is ₹5,000.", "Your call is important to us.", False),
        ("Fee Rs 500 due.", "Fee पाँच सौ रुपये due.", True),
        ("At 9.5% p.a. for 3 years.", "At nine point five percent per annum for", True),
        # a scale word lines up inside a spelled-out amount: the number goes on past it
        ("आपको ₹1.5 लाख तक का लोन मिल सकता है।", "आपको एक लाख पचास हज़ार रुपये तक का लोन", True),
        (
            "A loan of ₹1.35 crore is approved.",
            "A loan of one crore thirty-five lakh rupees is",
            True,
        ),
        ("¼ हिस्सा और ₹500 बाकी", "एक चौथाई हिस्सा और पाँच सौ रुपये बाकी", True),
        ("₹500.", "Please hold.", False),  # no word agrees
        ("", "Hello.", False),
    ],
)
def test_which_item_a_heard_report_is_about(item: str, said: str, expected: bool) -> None:
    from pipecat_rt_best.interruption_truncation.service import _spoken_as

    assert _spoken_as(item, said, rewritten=True) is expected


async def test_text_nothing_heard_deletes_the_item() -> None:
    h = Harness(modality="text")
    await h.item("T")
    event = await h.svc.replace_with_heard_text(
        "T", "Hello there.", [WordTiming("Hello", 0, 300)], 0
    )
    assert h.sent == [{"type": "conversation.item.delete", "item_id": "T"}]
    assert event.action == "delete"


async def test_text_a_delete_before_the_first_word_reports_no_position() -> None:
    """The caller heard 150 ms of a reply whose first word starts at 200 ms: the item is
    deleted and the event says so with ``audio_end_ms`` 0, as the audio modality's delete does
    (a review found the heard 150 ms there, which no truncate ever told the model)."""
    h = Harness(modality="text")
    await h.item("T")
    event = await h.svc.replace_with_heard_text(
        "T", "Hello there.", [WordTiming("Hello", 200, 300)], 150
    )
    assert h.sent == [{"type": "conversation.item.delete", "item_id": "T"}]
    assert (event.action, event.audio_end_ms, event.heard_ms) == ("delete", 0, 150)


async def test_a_transport_declared_as_confirming_counts_nothing_before_its_marks() -> None:
    h = Harness()
    h.svc = RealtimeLLMService(
        api_key="k",
        base_url="ws://127.0.0.1:1/v1/realtime",
        truncation=TruncationParams(playout_confirmations=True),
    )
    sent = h.sent

    async def ws_send(message: dict[str, Any]) -> None:
        sent.append({k: v for k, v in message.items() if k != "event_id"})

    h.svc._ws_send = ws_send  # type: ignore[method-assign]
    h.svc._next = h.sink  # type: ignore[assignment]
    h.svc.truncation_now = lambda: h.now
    await h.response("r1")
    await h.audio("r1", "A", 2000)
    await h.written(800)
    await h.interrupt()
    assert h.of("conversation.item.delete")[0]["item_id"] == "A"


async def test_a_heard_report_on_a_lakh_amount_rewritten_before_the_tts_is_applied() -> None:
    """The pack's number normaliser before the TTS turns "₹1.5 लाख" into "एक लाख पचास हज़ार
    रुपये"; a review found the report then matched no item and was ignored, so the model kept
    words the caller never heard (41 of 3,422 normalised table sentences, nearly all lakh and
    crore amounts)."""
    from pipecat_rt_best.indic_numbers import normalize_numbers

    written = "आपको ₹1.5 लाख तक का लोन मिल सकता है।"
    h = Harness(modality="text")
    await h.response("R1")
    await h.item("T")
    await h.text("R1", "T", written)
    spoken = normalize_numbers(written, "hi")
    h.sent.clear()
    await h.svc.process_frame(
        SpokenTextHeardFrame(text=spoken, words=_words(spoken), heard_ms=700),
        FrameDirection.UPSTREAM,
    )
    assert h.of("conversation.item.delete") and h.svc.truncations[-1].item_id == "T"
