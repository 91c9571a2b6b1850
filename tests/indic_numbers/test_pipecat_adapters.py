"""The pipecat adapters: text transform signature and the streaming FrameProcessor."""

from __future__ import annotations

import inspect

from pipecat.frames.frames import (
    EndFrame,
    InterruptionFrame,
    LLMFullResponseEndFrame,
    LLMFullResponseStartFrame,
    LLMTextFrame,
    TextFrame,
    TranscriptionFrame,
    TTSSpeakFrame,
)
from pipecat.tests.utils import SleepFrame, run_test

from pipecat_rt_best.indic_numbers import IndicNumberNormalizer, number_text_transform


async def test_text_transform_matches_pipecat_signature() -> None:
    transform = number_text_transform("hi")
    assert inspect.iscoroutinefunction(transform)
    assert list(inspect.signature(transform).parameters) == ["text", "text_type"]
    assert await transform("कुल ₹4,500 है।", "sentence") == "कुल चार हज़ार पाँच सौ रुपये है।"
    assert await transform("no digits", "word") == "no digits"


async def test_text_transform_plugs_into_a_tts_service() -> None:
    from pipecat.services.tts_service import TTSService

    class _Silent(TTSService):
        async def run_tts(self, text: str, context_id: str):  # pragma: no cover - not run
            yield None

    tts = _Silent(text_transforms=[("*", number_text_transform("en-IN"))])
    assert await tts._transform_text("Pay ₹10.50 now", "sentence") == (
        "Pay ten rupees and fifty paise now"
    )


def _texts(frames, kind=LLMTextFrame) -> str:
    return "".join(f.text for f in frames if type(f) is kind)


async def test_processor_joins_numbers_split_across_llm_chunks() -> None:
    pieces = ["आपकी राशि ₹4,", "50,", "000 है, OTP ", "45", "67 है।"]
    frames = [LLMFullResponseStartFrame(), *[LLMTextFrame(p) for p in pieces]]
    frames.append(LLMFullResponseEndFrame())
    down, _ = await run_test(IndicNumberNormalizer(lang="hi"), frames_to_send=frames)
    assert _texts(down) == "आपकी राशि चार लाख पचास हज़ार रुपये है, OTP चार पाँच छह सात है।"
    kinds = [type(f) for f in down]
    assert kinds[0] is LLMFullResponseStartFrame and kinds[-1] is LLMFullResponseEndFrame


async def test_processor_flushes_before_the_end_of_response() -> None:
    frames = [LLMTextFrame("कुल ₹"), LLMTextFrame("500"), LLMFullResponseEndFrame()]
    down, _ = await run_test(
        IndicNumberNormalizer(lang="hi"),
        frames_to_send=frames,
        expected_down_frames=[LLMTextFrame, LLMTextFrame, LLMFullResponseEndFrame],
    )
    assert _texts(down) == "कुल पाँच सौ रुपये"


async def test_processor_flushes_on_end_frame() -> None:
    down, _ = await run_test(
        IndicNumberNormalizer(lang="en-IN"),
        frames_to_send=[LLMTextFrame("total Rs"), LLMTextFrame(" 1")],
        send_end_frame=True,
    )
    assert _texts(down) == "total one rupee"


async def test_processor_drops_held_text_on_interruption() -> None:
    frames = [
        LLMTextFrame("राशि ₹4,"),
        SleepFrame(0.05),
        InterruptionFrame(),
        LLMTextFrame("नमस्ते "),
    ]
    down, _ = await run_test(IndicNumberNormalizer(lang="hi"), frames_to_send=frames)
    assert _texts(down) == "राशि नमस्ते "


async def test_processor_normalizes_complete_frames_and_leaves_transcripts() -> None:
    frames = [
        TTSSpeakFrame("आपकी EMI ₹8,500 है"),
        TextFrame("5 km"),
        TranscriptionFrame("मेरा OTP 1234", user_id="u", timestamp="t"),
    ]
    down, _ = await run_test(IndicNumberNormalizer(lang="hi"), frames_to_send=frames)
    speak = next(f for f in down if isinstance(f, TTSSpeakFrame))
    assert speak.text == "आपकी EMI आठ हज़ार पाँच सौ रुपये है"
    assert _texts(down, TextFrame) == "पाँच किलोमीटर"
    assert _texts(down, TranscriptionFrame) == "मेरा OTP 1234"


async def test_processor_keeps_frame_flags() -> None:
    frames = [LLMTextFrame("कुल ₹"), LLMTextFrame("500")]
    for frame in frames:
        frame.append_to_context = False  # e.g. text the context should not record
    down, _ = await run_test(
        IndicNumberNormalizer(lang="hi"),
        frames_to_send=[*frames, EndFrame()],
        send_end_frame=False,
    )
    flushed = [f for f in down if type(f) is LLMTextFrame]
    assert [f.text for f in flushed] == ["कुल ", "पाँच सौ रुपये"]
    assert all(f.append_to_context is False for f in flushed)
