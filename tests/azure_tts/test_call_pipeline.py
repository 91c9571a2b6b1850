"""The call-pipeline helper puts the Azure TTS right after the realtime service."""

from __future__ import annotations

import pytest

pytest.importorskip("azure.cognitiveservices.speech")

from pipecat.processors.aggregators.llm_response_universal import LLMUserAggregatorParams
from pipecat.processors.frame_processor import FrameProcessor
from pipecat.transports.base_transport import BaseTransport

from pipecat_rt_best.azure_tts import AzureSpeechConfig, AzureSpeechTTSService
from pipecat_rt_best.call_pipeline import azure_tts_call_processors, azure_tts_for_calls
from pipecat_rt_best.interruption_truncation.processors import PlayoutTracker


class _Transport(BaseTransport):
    def __init__(self) -> None:
        super().__init__()
        self._in, self._out = FrameProcessor(name="in"), FrameProcessor(name="out")

    def input(self) -> FrameProcessor:
        return self._in

    def output(self) -> FrameProcessor:
        return self._out


def test_tts_sits_between_the_realtime_service_and_the_output() -> None:
    transport, llm = _Transport(), FrameProcessor(name="llm")
    tts = azure_tts_for_calls(config=AzureSpeechConfig(api_key="k", host="ws://127.0.0.1:1"))
    processors = azure_tts_call_processors(
        transport, llm, tts, user_params=LLMUserAggregatorParams()
    )
    i = processors.index(llm)
    assert processors[i + 1] is tts
    assert processors.index(transport.output()) > i + 1
    assert isinstance(processors[processors.index(transport.output()) + 1], PlayoutTracker)


def test_the_call_defaults_are_telephony_ones() -> None:
    tts = azure_tts_for_calls(
        config=AzureSpeechConfig(api_key="k", host="ws://127.0.0.1:1"), numbers_lang="hi"
    )
    assert isinstance(tts, AzureSpeechTTSService) and "output='ulaw'" in repr(tts)
    assert tts._init_sample_rate == 8000  # G.711 is 8 kHz whatever the pipeline says
    assert len(tts._text_transforms) == 1
