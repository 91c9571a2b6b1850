"""The pipecat adapters: text transform signature and the streaming FrameProcessor."""

from __future__ import annotations

import inspect

import pytest
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
from pipecat.tests.utils import SleepFrame

from pipecat_rt_best.base.spoken_sentence import SpokenSentence, speaking_sentence
from pipecat_rt_best.indic_numbers import (
    IndicNumberNormalizer,
    normalize_numbers,
    number_text_transform,
)
from tests.pipecat_run import run_test


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


async def test_auto_reads_a_line_without_letters_in_the_replys_language_else_the_voices() -> None:
    # "₹12,500" on its own line of a Tamil reply was read in Hindi (detection's fallback) and
    # sent to the Tamil voice in Devanagari
    transform = number_text_transform("auto")
    with speaking_sentence(SpokenSentence("reply-1", "hi-IN")):
        assert await transform("உங்கள் நிலுவைத் தொகை:\n", "sentence") == "உங்கள் நிலுவைத் தொகை:\n"
        assert await transform("₹12,500\n", "sentence") == normalize_numbers("₹12,500\n", "ta")
        # a sentence with letters is still read in its own script's language
        assert await transform("बकाया ₹500 है।", "sentence") == normalize_numbers(
            "बकाया ₹500 है।", "hi"
        )
    with speaking_sentence(SpokenSentence("reply-2", "mr-IN")):  # a new reply: the voice's
        assert await transform("₹12,500.", "sentence") == "बारा हजार पाचशे रुपये."
    with speaking_sentence(SpokenSentence("reply-3", "en-US")):  # English, as India reads it
        assert await transform("4567.", "sentence") == "four thousand five hundred sixty-seven."
    with speaking_sentence(SpokenSentence(None, "ta-IN")):  # a sentence of no reply
        assert await transform("₹12,500", "sentence") == normalize_numbers("₹12,500", "ta")


async def test_auto_with_a_conversation_language_breaks_only_the_scripts_ties() -> None:
    # phone_call spelled every sentence in the prompt's language: a Marathi prompt's
    # English sentence got Marathi number words, a Hindi prompt's English one Hindi words
    transform = number_text_transform("auto", prefer="mr")
    with speaking_sentence(SpokenSentence("reply-1", "hi-IN")):
        # no letters, first of the reply: the conversation's language, not the voice's
        assert await transform("₹12,500.", "sentence") == "बारा हजार पाचशे रुपये."
        # Devanagari without a Marathi word: the conversation's Marathi, not Hindi
        assert await transform("कृपया ₹500 भरा.", "sentence") == "कृपया पाचशे रुपये भरा."
        # Latin letters are English whatever the conversation's language
        assert await transform("Pay ₹500.", "sentence") == "Pay five hundred rupees."
        # and a line with no letters then follows that sentence
        assert await transform("4567.", "sentence") == "four thousand five hundred sixty-seven."
        assert await transform("உங்கள் ₹500", "sentence") == "உங்கள் ஐநூறு ரூபாய்"
    hindi = number_text_transform("auto", prefer="Hindi")
    with speaking_sentence(SpokenSentence("reply-2", "mr-IN")):
        assert await hindi("₹500.", "sentence") == "पाँच सौ रुपये."  # the prompt's, not the voice's
        # a sentence whose own words are Marathi (two markers, no Hindi one) is read so
        assert await hindi("तुमचे खाते ₹500 आहे.", "sentence") == "तुमचे खाते पाचशे रुपये आहे."
        # one marker only: the conversation's Hindi
        assert await hindi("कृपया ₹500 जमा करावे.", "sentence") == "कृपया पाँच सौ रुपये जमा करावे."
    with pytest.raises(ValueError, match="unsupported language"):
        number_text_transform("auto", prefer="fr")


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


# -- the factory passed uncalled: ("*", number_text_transform) ---------------------------


def _silent_tts(**kwargs):
    from pipecat.services.tts_service import TTSService

    class _Silent(TTSService):
        async def run_tts(self, text: str, context_id: str):  # pragma: no cover - not run
            yield None

    return _Silent(**kwargs)


async def test_the_factory_passed_uncalled_keeps_the_sentence_and_says_how_to_pass_it(
    monkeypatch,
) -> None:
    """It was called as the transform — number_text_transform('Price ₹500.', 'sentence') —
    raised "unsupported language 'Price ₹500.'", and pipecat dropped the sentence's audio."""
    from loguru import logger

    import pipecat_rt_best.indic_numbers.text_transforms as module

    monkeypatch.setattr(module, "_logged_uncalled", False, raising=False)
    errors: list[str] = []
    sink = logger.add(lambda m: errors.append(m.record["message"]), level="ERROR")
    try:
        tts = _silent_tts(text_transforms=[("*", number_text_transform)])
        assert await tts._transform_text("Price ₹500.", "sentence") == "Price ₹500."
        assert await tts._transform_text("Then ₹20.", "sentence") == "Then ₹20."
    finally:
        logger.remove(sink)
    assert errors == [
        "number_text_transform is a factory of text transforms, passed uncalled: pass "
        "number_text_transform(lang='hi') (text_transforms=[(\"*\", "
        "number_text_transform(lang='hi'))]); numbers are not spelled out until then "
        "(this is logged once)"
    ]


def test_options_that_are_not_normalizer_options_are_a_type_error() -> None:
    import pytest

    with pytest.raises(TypeError, match="options must be NormalizerOptions, not dict"):
        number_text_transform("hi", {"nineties": "नबे"})  # type: ignore[arg-type]


def test_the_packs_tts_refuses_the_factory_uncalled_at_construction() -> None:
    import pytest

    pytest.importorskip("azure.cognitiveservices.speech")
    from pipecat_rt_best.azure_tts.env import AzureSpeechConfig
    from pipecat_rt_best.azure_tts.service import AzureSpeechTTSService
    from pipecat_rt_best.call_pipeline.azure_tts import azure_tts_for_calls

    message = (
        r"^AzureSpeechTTSService: number_text_transform is a factory of text transforms, "
        r"passed uncalled: pass number_text_transform\(lang='hi'\)"
    )
    with pytest.raises(TypeError, match=message):
        AzureSpeechTTSService(
            api_key="test-key",
            region="centralindia",
            text_transforms=[("*", number_text_transform)],
        )
    with pytest.raises(TypeError, match=message):
        azure_tts_for_calls(
            config=AzureSpeechConfig(api_key="test-key", region="centralindia"),
            text_transforms=[("*", number_text_transform)],
        )
    tts = AzureSpeechTTSService(
        api_key="test-key",
        region="centralindia",
        text_transforms=[("*", number_text_transform("hi"))],
    )
    with pytest.raises(
        TypeError, match=r"add_text_transformer: number_text_transform is a factory"
    ):
        tts.add_text_transformer(number_text_transform)
    tts.add_text_transformer(number_text_transform("en-IN"))


async def _spoken_and_warnings(normalizer_first: bool) -> tuple[list[str], list[str]]:
    from loguru import logger
    from pipecat.frames.frames import TTSAudioRawFrame
    from pipecat.pipeline.pipeline import Pipeline
    from pipecat.services.tts_service import TTSService

    spoken: list[str] = []

    class _Recording(TTSService):
        async def run_tts(self, text: str, context_id: str):
            spoken.append(text)
            yield TTSAudioRawFrame(bytes(320), 16000, 1, context_id=context_id)

    tts, normalizer = _Recording(sample_rate=16000), IndicNumberNormalizer(lang="hi")
    order = [normalizer, tts] if normalizer_first else [tts, normalizer]
    frames = [LLMFullResponseStartFrame(), LLMTextFrame("आपकी EMI ₹12,500 है।")]
    frames += [LLMFullResponseEndFrame(), SleepFrame(0.1)]
    frames += [LLMFullResponseStartFrame(), LLMTextFrame("कुल ₹4,500।"), LLMFullResponseEndFrame()]
    warnings: list[str] = []
    sink = logger.add(lambda m: warnings.append(m.record["message"]), level="WARNING")
    try:
        await run_test(Pipeline(order), frames_to_send=frames)
    finally:
        logger.remove(sink)
    return spoken, [w for w in warnings if "IndicNumberNormalizer" in w]


async def test_after_the_tts_the_normalizer_says_where_it_belongs_once() -> None:
    # it sees only the TTS's AggregatedTextFrame, audio and TTSTextFrames: the voice reads
    # the digits, and nothing used to say why
    spoken, warnings = await _spoken_and_warnings(normalizer_first=False)
    assert spoken[0] == "आपकी EMI ₹12,500 है।"
    assert len(warnings) == 1
    assert "between the LLM and the TTS" in warnings[0]
    assert "number_text_transform" in warnings[0]


async def test_before_the_tts_the_normalizer_does_not_warn() -> None:
    spoken, warnings = await _spoken_and_warnings(normalizer_first=True)
    assert spoken[0] == "आपकी EMI बारह हज़ार पाँच सौ रुपये है।"
    assert warnings == []
