"""A call's usage: the model's tokens split by kind and summed, a TTS's characters."""

from __future__ import annotations

from pipecat.frames.frames import MetricsFrame
from pipecat.metrics.metrics import (
    LLMTokenUsage,
    LLMUsageMetricsData,
    TTFBMetricsData,
    TTSUsageMetricsData,
)

from pipecat_rt_best.base.usage import CallUsage, TokenCounts
from pipecat_rt_best.base.usage_observer import add_usage_report, token_counts


def _report(processor: str = "RealtimeLLMService#0") -> LLMUsageMetricsData:
    # OpenAI's counts are gross: audio and cached tokens are inside prompt_tokens
    tokens = LLMTokenUsage(
        prompt_tokens=1000,
        completion_tokens=300,
        total_tokens=1300,
        cache_read_input_tokens=640,
        input_audio_tokens=200,
        output_audio_tokens=250,
    )
    return LLMUsageMetricsData(processor=processor, model="gpt-realtime", value=tokens)


def test_a_reports_tokens_split_by_kind_text_being_the_rest_of_each_total() -> None:
    assert token_counts(_report().value) == TokenCounts(
        input_text=800, input_audio=200, input_cached=640, output_text=50, output_audio=250
    )
    # not reported: 0, and text never below 0
    assert TokenCounts.from_usage(input_tokens=5, output_tokens=3, input_audio=9) == TokenCounts(
        input_text=0, input_audio=9, output_text=3
    )


def test_a_calls_usage_sums_its_reports_and_says_only_counts() -> None:
    usage = CallUsage()
    frame = MetricsFrame(
        data=[
            _report(),
            TTFBMetricsData(processor="RealtimeLLMService#0", value=0.2),
            TTSUsageMetricsData(processor="AzureSpeechTTSService#0", value=42),
        ]
    )
    add_usage_report(usage, frame)
    add_usage_report(usage, MetricsFrame(data=[_report()]))
    assert (usage.responses, usage.input_tokens, usage.output_tokens) == (2, 2000, 600)
    assert (usage.input_cached, usage.tts_characters) == (1280, 42)
    assert usage.describe() == (
        "tokens in 2000 (audio 400, text 1600, cached 1280), out 600 (audio 500, text 100) "
        "over 2 response(s), TTS 42 characters"
    )
