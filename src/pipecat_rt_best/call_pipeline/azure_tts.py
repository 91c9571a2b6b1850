"""A realtime call whose replies are spoken by Azure voices: text modality → TTS → transport.

``transport.input() → user aggregator → realtime service (text modality) →
AzureSpeechTTSService (sentence splitter → number normalizer → SSML → Azure) →
[BargeInGuard] → transport.output() → PlayoutTracker → assistant aggregator``.

The realtime service must run with ``realtime_session(output_modality="text", ...)``. On a
barge-in pipecat interrupts the TTS, which stops synthesis at once, drops the queued
sentences and reports the words the caller heard upstream; the realtime service replaces
its text item with them (practice 2's ``replace_with_heard_text``). The heard position is the
realtime service's playout clock's, as in audio modality on the same line: the line's playout
confirmations (mark echoes) reach that service, not the TTS after it, so the TTS is given the
service's ``heard_timeline_ms`` as its ``playout_source``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pipecat.observers.base_observer import BaseObserver
from pipecat.pipeline.worker import PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.aggregators.llm_response_universal import LLMUserAggregatorParams
from pipecat.processors.frame_processor import FrameProcessor
from pipecat.transports.base_transport import BaseTransport

from pipecat_rt_best.azure_tts.env import AzureSpeechConfig
from pipecat_rt_best.azure_tts.service import AzureSpeechTTSService, OutputEncoding
from pipecat_rt_best.azure_tts.ssml import lexicon_entries
from pipecat_rt_best.call_pipeline.keypad import KeypadParams
from pipecat_rt_best.call_pipeline.pipeline import call_worker, realtime_call_processors
from pipecat_rt_best.indic_numbers.text_transforms import number_text_transform
from pipecat_rt_best.interruption_truncation.service import TruncationMixin

__all__ = ["azure_tts_call_processors", "azure_tts_call_worker", "azure_tts_for_calls"]


def azure_tts_for_calls(
    *,
    config: AzureSpeechConfig | None = None,
    output: OutputEncoding = "ulaw",
    numbers_lang: str | None = "auto",
    numbers_prefer: str | None = None,
    first_chunk_min_chars: int | None = 24,
    **kwargs: Any,
) -> AzureSpeechTTSService:
    """The Azure TTS service set up for phone calls.

    ``config`` defaults to the ``AZURE_SPEECH_*`` environment; ``output`` to 8 kHz μ-law
    straight through (``"alaw"``, or ``"pcm"`` at the pipeline's rate); ``numbers_lang``:
    spell numbers out for this language before synthesis (practice 5; ``"auto"`` detects
    the script, None turns it off); ``numbers_prefer``: with ``"auto"``, the conversation's
    language, read where the script leaves a choice (Devanagari: Hindi or Marathi; a reply
    opening with no letters), a sentence in another script still in that script's language
    (:func:`~pipecat_rt_best.indic_numbers.number_text_transform`'s ``prefer``);
    ``first_chunk_min_chars``: a reply's first chunk may
    end at a clause boundary once this long. Other keywords go to
    :class:`~pipecat_rt_best.azure_tts.service.AzureSpeechTTSService` (``settings``,
    ``lexicon``, ``endpoint_id`` via the config, ...); ``text_transforms`` run after the
    number normalizer. The normalizer leaves the ``lexicon``'s terms that hold a digit
    ("24x7") as written, so the voice says them as the lexicon does.
    """
    transforms = list(kwargs.pop("text_transforms", None) or [])
    if numbers_lang:
        lexicon = kwargs["lexicon"] = lexicon_entries(kwargs.get("lexicon"))
        numbers = number_text_transform(
            numbers_lang,
            keep_terms=[e.term for e in lexicon],
            ignore_case=bool(kwargs.get("lexicon_ignore_case", False)),
            prefer=numbers_prefer,
        )
        transforms.insert(0, ("*", numbers))
    return AzureSpeechTTSService(
        config=config or AzureSpeechConfig.from_env(),
        output=output,
        first_chunk_min_chars=first_chunk_min_chars,
        text_transforms=transforms,
        **kwargs,
    )


def azure_tts_call_processors(
    transport: BaseTransport,
    llm: FrameProcessor,
    tts: AzureSpeechTTSService,
    *,
    user_params: LLMUserAggregatorParams | None = None,
    context: LLMContext | None = None,
    barge_in_guard: bool = True,
    duck: bool = True,
    keypad: KeypadParams | None = None,
) -> list[FrameProcessor]:
    """:func:`~pipecat_rt_best.call_pipeline.pipeline.realtime_call_processors` with ``tts``
    right after the realtime service (the other options are that function's).

    A ``tts`` with no ``playout_source`` of its own reads the heard position from ``llm``'s
    playout clock (:meth:`~pipecat_rt_best.interruption_truncation.TruncationMixin.heard_timeline_ms`),
    which the line's playout confirmations feed.
    """
    processors = realtime_call_processors(
        transport,
        llm,
        user_params=user_params,
        context=context,
        barge_in_guard=barge_in_guard,
        duck=duck,
        keypad=keypad,
    )
    processors.insert(processors.index(llm) + 1, tts)
    if tts.playout_source is None and isinstance(llm, TruncationMixin):
        tts.playout_source = llm.heard_timeline_ms
    return processors


async def azure_tts_call_worker(
    transport: BaseTransport,
    llm: FrameProcessor,
    tts: AzureSpeechTTSService,
    *,
    sample_rate: int,
    user_params: LLMUserAggregatorParams | None = None,
    observers: Sequence[BaseObserver] = (),
    barge_in_guard: bool = True,
    duck: bool = True,
) -> tuple[PipelineWorker, list[FrameProcessor]]:
    """A :class:`PipelineWorker` for one call spoken by ``tts``, audio at ``sample_rate``."""
    processors = azure_tts_call_processors(
        transport, llm, tts, user_params=user_params, barge_in_guard=barge_in_guard, duck=duck
    )
    return call_worker(processors, sample_rate=sample_rate, observers=observers), processors
