"""Contract with pipecat: every pipecat method this pack overrides or relies on, with the
signature it was written against. If pipecat renames, removes or re-signs one, this fails
loudly instead of the override silently never being called (or the call failing at run time).

Teammates: append ``(dotted class path, method name, signature string)`` entries, the class
being the nearest pipecat class in the MRO that defines the method. An override that is not
pinned there fails :func:`test_every_pipecat_method_the_pack_overrides_is_pinned`, which walks
every pack class's MRO (constructors aside); a private pipecat method a pack class calls
(``self._x(...)``, ``self._x``, ``getattr(self, "_x", ...)``) and does not define fails
:func:`test_every_private_pipecat_method_the_pack_calls_is_pinned`; and a ``self._x`` that
neither the pack nor pipecat defines any more (pipecat renamed it) fails
:func:`test_every_private_name_the_pack_reads_from_pipecat_still_exists`. A ``self._x`` a pack
class assigns that a pipecat base sets too is pipecat's state: it must be declared (in
``RT_ATTRIBUTES`` or ``SHARED_STATE``, with the reason) or it fails
:func:`test_every_pipecat_attribute_the_pack_writes_is_declared`, and a declared name pipecat
no longer sets fails :func:`test_the_pipecat_state_the_pack_writes_is_still_pipecats`.
A pipecat event the pack subscribes to or fires must be pinned in ``EVENTS``
(:func:`test_every_pipecat_event_the_pack_uses_is_pinned`), and pipecat must still register
it (:func:`test_pipecat_still_registers_the_events_the_pack_uses`). Constructors are not
pinned by signature: instead every keyword the pack passes to one that ends in pipecat must
still be named along the MRO
(:func:`test_every_keyword_the_pack_passes_to_a_pipecat_constructor_is_still_taken`).
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import re
import textwrap

import pytest

RT = "pipecat.services.openai.realtime.llm.OpenAIRealtimeLLMService"

OVERRIDDEN: list[tuple[str, str, str]] = [
    # realtime service (src/pipecat_rt_best/realtime/: audio_formats, manual_turns, server_errors,
    # connection_loss, assistant_messages)
    (RT, "_send_user_audio", "(self, frame: pipecat.frames.frames.InputAudioRawFrame)"),
    (RT, "_replay_user_audio_preroll", "(self)"),
    (
        RT,
        "_handle_speech_control_params",
        "(self, frame: pipecat.frames.frames.SpeechControlParamsFrame)",
    ),
    (
        RT,
        "push_frame",
        "(self, frame: pipecat.frames.frames.Frame, direction: "
        "pipecat.processors.frame_processor.FrameDirection = <FrameDirection.DOWNSTREAM: 1>)",
    ),
    (
        RT,
        "_calculate_audio_duration_ms",
        "(self, total_bytes: int, sample_rate: int = 24000, bytes_per_sample: int = 2) -> int",
    ),
    (RT, "_handle_user_started_speaking", "(self, frame)"),
    (RT, "_handle_user_stopped_speaking", "(self, frame)"),
    (
        "pipecat.services.llm_service.LLMService",
        "_warn_if_realtime_service_emits_no_turn_frames",
        "(self, emits_turn_frames: 'bool') -> 'None'",
    ),
    (RT, "_handle_evt_error", "(self, evt)"),
    (RT, "_handle_evt_session_updated", "(self, evt)"),
    (RT, "_receive_task_handler", "(self)"),
    (RT, "_send_message_item", "(self, text: str, role: str = 'system')"),
    # a response's calls get one reply (realtime/function_calls.py)
    (RT, "_send_tool_result", "(self, tool_call_id: str, result: str | None)"),
    # a call given up on at its timeout gets a reply (realtime/function_calls.py)
    (
        RT,
        "_handle_function_call_cancel",
        "(self, frame: pipecat.frames.frames.FunctionCallCancelFrame)",
    ),
    # a delta built with realtime_session(...) is merged (realtime/service.py, session.py)
    (RT, "_update_settings", "(self, delta)"),
    # interruption truncation (src/pipecat_rt_best/interruption_truncation/service.py)
    (
        RT,
        "process_frame",
        "(self, frame: pipecat.frames.frames.Frame, "
        "direction: pipecat.processors.frame_processor.FrameDirection)",
    ),
    (RT, "_handle_interruption", "(self)"),
    (RT, "_truncate_current_audio_response", "(self)"),
    (RT, "_handle_bot_stopped_speaking", "(self)"),
    (RT, "_handle_evt_audio_delta", "(self, evt)"),
    (RT, "_handle_evt_response_created", "(self, evt)"),
    (RT, "_handle_evt_response_done", "(self, evt)"),
    (RT, "_handle_evt_conversation_item_added", "(self, evt)"),
    (RT, "_handle_evt_text_delta", "(self, evt)"),
    (RT, "_handle_evt_audio_transcript_delta", "(self, evt)"),
    (RT, "_handle_evt_conversation_item_done", "(self, evt)"),
    # function calls whose arguments are not a JSON object (realtime/function_calls.py)
    (RT, "_handle_evt_function_call_arguments_done", "(self, evt)"),
    (
        RT,
        "send_client_event",
        "(self, event: pipecat.services.openai.realtime.events.ClientEvent)",
    ),
    # indic number normalizer (src/pipecat_rt_best/indic_numbers/processors.py)
    (
        "pipecat.processors.frame_processor.FrameProcessor",
        "process_frame",
        "(self, frame: 'Frame', direction: 'FrameDirection')",
    ),
    # G.711 passthrough (src/pipecat_rt_best/g711_passthrough/{serializer,transport}.py)
    (
        "pipecat.serializers.base_serializer.FrameSerializer",
        "serialize",
        "(self, frame: pipecat.frames.frames.Frame) -> str | bytes | None",
    ),
    (
        "pipecat.serializers.base_serializer.FrameSerializer",
        "deserialize",
        "(self, data: str | bytes) -> pipecat.frames.frames.Frame | None",
    ),
    (
        "pipecat.serializers.base_serializer.FrameSerializer",
        "setup",
        "(self, setup: pipecat.processors.frame_processor.FrameProcessorSetup)",
    ),
    (
        "pipecat.transports.websocket.fastapi.FastAPIWebsocketOutputTransport",
        "process_frame",
        "(self, frame: pipecat.frames.frames.Frame, direction: "
        "pipecat.processors.frame_processor.FrameDirection)",
    ),
    (
        "pipecat.transports.websocket.fastapi.FastAPIWebsocketOutputTransport",
        "write_audio_frame",
        "(self, frame: pipecat.frames.frames.OutputAudioRawFrame) -> bool",
    ),
    (
        "pipecat.transports.websocket.fastapi.FastAPIWebsocketOutputTransport",
        "__init__",
        "(self, transport: pipecat.transports.base_transport.BaseTransport, client: "
        "pipecat.transports.websocket.fastapi.FastAPIWebsocketClient, params: "
        "pipecat.transports.websocket.fastapi.FastAPIWebsocketParams, **kwargs)",
    ),
    (
        "pipecat.transports.websocket.fastapi.FastAPIWebsocketTransport",
        "__init__",
        "(self, websocket: starlette.websockets.WebSocket, params: "
        "pipecat.transports.websocket.fastapi.FastAPIWebsocketParams, input_name: str | None = None, "
        "output_name: str | None = None)",
    ),
    (
        "pipecat.transports.websocket.fastapi.FastAPIWebsocketTransport",
        "output",
        "(self) -> pipecat.transports.websocket.fastapi.FastAPIWebsocketOutputTransport",
    ),
    (
        "pipecat.transports.websocket.fastapi.FastAPIWebsocketOutputTransport",
        "send_message",
        "(self, frame: pipecat.frames.frames.OutputTransportMessageFrame | "
        "pipecat.frames.frames.OutputTransportMessageUrgentFrame)",
    ),
    # noise-robust VAD (src/pipecat_rt_best/noise_robust_vad/{analyzer,barge_in}.py)
    (
        "pipecat.audio.vad.vad_analyzer.VADAnalyzer",
        "analyze_audio",
        "(self, buffer: bytes) -> pipecat.audio.vad.vad_analyzer.VADState",
    ),
    ("pipecat.audio.vad.vad_analyzer.VADAnalyzer", "set_sample_rate", "(self, sample_rate: int)"),
    (
        "pipecat.audio.vad.vad_analyzer.VADAnalyzer",
        "set_params",
        "(self, params: pipecat.audio.vad.vad_analyzer.VADParams)",
    ),
    ("pipecat.audio.vad.vad_analyzer.VADAnalyzer", "num_frames_required", "(self) -> int"),
    (
        "pipecat.audio.vad.vad_analyzer.VADAnalyzer",
        "voice_confidence",
        "(self, buffer: bytes) -> float",
    ),
    ("pipecat.audio.vad.vad_analyzer.VADAnalyzer", "cleanup", "(self)"),
    ("pipecat.audio.mixers.base_audio_mixer.BaseAudioMixer", "start", "(self, sample_rate: int)"),
    ("pipecat.audio.mixers.base_audio_mixer.BaseAudioMixer", "stop", "(self)"),
    (
        "pipecat.audio.mixers.base_audio_mixer.BaseAudioMixer",
        "process_frame",
        "(self, frame: pipecat.frames.frames.MixerControlFrame)",
    ),
    (
        "pipecat.audio.mixers.base_audio_mixer.BaseAudioMixer",
        "mix",
        "(self, audio: bytes) -> bytes",
    ),
    # relied upon by bench/vad (pipecat's analyzer run without its executor hop)
    (
        "pipecat.audio.vad.silero.SileroVADAnalyzer",
        "_run_analyzer",
        "(self, buffer: bytes) -> pipecat.audio.vad.vad_analyzer.VADState",
    ),
    # pooled sessions (src/pipecat_rt_best/realtime/pooled.py): _connect overridden to adopt
    # a pooled socket; its session.created is replayed into pipecat's handler, which sends
    # the call's session.update
    (RT, "_connect", "(self)"),
    (RT, "_handle_evt_session_created", "(self, evt)"),
    (RT, "_handle_messages_append", "(self, frame: pipecat.frames.frames.LLMMessagesAppendFrame)"),
    (RT, "_send_session_update", "(self)"),
    # mid-call reconnect (src/pipecat_rt_best/realtime/reconnect.py): _disconnect overridden to
    # stop a reconnect/rotation in flight; the context is restored with pipecat's LLM adapter
    (RT, "_disconnect", "(self)"),
    # the session's own tools kept next to the context's (realtime/session_tools.py): the
    # service's adapter_class is the pack's subclass of pipecat's realtime adapter
    (
        "pipecat.adapters.llm.services.open_ai_realtime_adapter.OpenAIRealtimeLLMAdapter",
        "get_llm_invocation_params",
        "(self, context: pipecat.processors.aggregators.llm_context.LLMContext, *, "
        "system_instruction: str | None = None, service_tools: Any = None) -> "
        "pipecat.adapters.llm.services.open_ai_realtime_adapter.OpenAIRealtimeLLMInvocationParams",
    ),
    # ... and their handlers registered next to the context's: pipecat's handler sync is given
    # the session's tools too, read with pipecat's own accessor and normalizer
    (
        "pipecat.services.llm_service.LLMService",
        "_sync_registered_tool_handlers",
        "(self, tools: 'Any') -> 'None'",
    ),
    # ... and pipecat's diagnosis of a tool called with no handler told of the session's tools
    (
        "pipecat.services.llm_service.LLMService",
        "_advertised_tool_names",
        "(context) -> 'set[str]'",
    ),
    (RT, "_service_tools", "(self) -> 'ToolsSchema | list[Any] | None'"),
    (
        "pipecat.processors.aggregators.llm_context.LLMContext",
        "_normalize_and_validate_tools",
        "(tools: pipecat.adapters.llm.schemas.tools_schema.ToolsSchema | list[typing.Any] | "
        "pipecat.utils.types.NotGiven, *, allow_provider_tools: bool = False) -> "
        "pipecat.adapters.llm.schemas.tools_schema.ToolsSchema | list[typing.Any] | "
        "pipecat.utils.types.NotGiven",
    ),
    (RT, "_handle_evt_speech_started", "(self, evt)"),
    (RT, "_handle_evt_speech_stopped", "(self, evt)"),
    # relied upon (called, not overridden); every such call is found by
    # test_every_private_pipecat_method_the_pack_calls_is_pinned
    (RT, "_is_turn_detection_disabled", "(self) -> bool"),
    # a reconnect's direct connect authenticates as pipecat's _connect does (realtime/reconnect.py);
    # Azure's own (api-key or Entra ID token) is the one an Azure service calls
    (RT, "_auth_headers", "(self) -> dict[str, str]"),
    (
        "pipecat.services.azure.realtime.llm.AzureRealtimeLLMService",
        "_auth_headers",
        "(self) -> dict[str, str]",
    ),
    # a reply lost with its session before any of it came is asked for again on the new one
    # through pipecat's own response.create (realtime/reconnect.py)
    (RT, "_create_response", "(self)"),
    # truncation asks whether the reply has audio (interruption_truncation/service.py)
    (RT, "_get_enabled_modalities", "(self) -> list[typing.Literal['text', 'audio']]"),
    # a salvaged error event goes through pipecat's own error dispatch (realtime/server_errors.py)
    (
        RT,
        "_maybe_handle_evt_retrieve_conversation_item_error",
        "(self, evt: pipecat.services.openai.realtime.events.ErrorEvent)",
    ),
    (RT, "send_client_event", "(self, event: pipecat.services.openai.realtime.events.ClientEvent)"),
    # overridden (realtime/connection_loss.py); the G.711 append hot path (realtime/append.py)
    # sends the JSON text pipecat's _ws_send would, unless _ws_send is hooked (by identity)
    (RT, "_ws_send", "(self, realtime_message)"),
    # ... and reports a failed send of that text as pipecat's _ws_send does
    (
        "pipecat.processors.frame_processor.FrameProcessor",
        "push_error",
        "(self, error_msg: 'str', exception: 'Exception | None' = None, fatal: 'bool' = False, "
        "category: 'ErrorCategory | None' = None, force_treat_as_permanent: 'bool' = False)",
    ),
    # a dropped Azure Speech connection is pushed as a RecoverableErrorFrame (azure_tts/service.py)
    (
        "pipecat.processors.frame_processor.FrameProcessor",
        "push_error_frame",
        "(self, error: 'ErrorFrame', force_treat_as_permanent: 'bool' = False)",
    ),
    # relied upon by the conversation-state controller (realtime_prompt/service.py)
    (
        "pipecat.services.llm_service.LLMService",
        "register_function",
        "(self, function_name: 'str | None', handler: 'Any', *, cancel_on_interruption: "
        "'bool | None' = None, timeout_secs: 'float | None' = None, cancellable_by_llm: "
        "'bool | None' = None)",
    ),
    (
        "pipecat.processors.frame_processor.FrameProcessor",
        "queue_frame",
        "(self, frame: 'Frame', direction: 'FrameDirection' = <FrameDirection.DOWNSTREAM: 1>, "
        "callback: 'FrameCallback | None' = None)",
    ),
    (
        "pipecat.utils.base_object.BaseObject",
        "_register_event_handler",
        "(self, event_name: str, sync: bool = False)",
    ),
    (
        "pipecat.utils.base_object.BaseObject",
        "_call_event_handler",
        "(self, event_name: str, *args, **kwargs)",
    ),
]

# a transcript that outlives its reply (src/pipecat_rt_best/realtime/late_transcripts.py)
OVERRIDDEN += [
    # the pack's manual-turn stop strategy (src/pipecat_rt_best/noise_robust_vad/turns.py); it
    # sets _stop_secs_warned and reads _stt_timeout
    (
        "pipecat.turns.user_stop.speech_timeout_user_turn_stop_strategy."
        "SpeechTimeoutUserTurnStopStrategy",
        "process_frame",
        "(self, frame: pipecat.frames.frames.Frame) -> pipecat.turns.types.ProcessFrameResult",
    ),
    (RT, "handle_evt_input_audio_transcription_completed", "(self, evt)"),
    (
        RT,
        "_handle_user_transcription",
        "(self, transcript: str, is_final: bool, "
        "language: pipecat.transcriptions.language.Language | None = None)",
    ),
    (
        "pipecat.processors.aggregators.llm_context.LLMContext",
        "set_messages",
        "(self, messages: list[typing.Any | "
        "pipecat.processors.aggregators.llm_context.LLMSpecificMessage])",
    ),
]


def test_the_user_aggregator_still_writes_a_realtime_turn_when_the_reply_ends() -> None:
    # late_transcripts.py places a transcript that comes after this flush: if pipecat
    # learns to wait for it, or writes elsewhere, that rule must be looked at again
    from pipecat.processors.aggregators.llm_response_universal import (
        LLMAssistantAggregator,
        LLMUserAggregator,
    )

    end = inspect.getsource(LLMAssistantAggregator._handle_llm_end)
    assert "_realtime_handoff_flush_immediate" in end
    flush = inspect.getsource(LLMUserAggregator._realtime_handoff_flush_immediate)
    assert "push_aggregation" in flush
    # late_transcripts.py also calls that flush on an interruption, in realtime mode only
    assert "self._realtime_service_mode =" in inspect.getsource(LLMUserAggregator)


# Azure TTS (src/pipecat_rt_best/azure_tts/service.py: AzureSpeechTTSService and its
# SentenceSplitterAggregator, which replaces TTSService._text_aggregator)
OVERRIDDEN += [
    (
        "pipecat.services.tts_service.TTSService",
        "run_tts",
        "(self, text: str, context_id: str) -> "
        "collections.abc.AsyncGenerator[pipecat.frames.frames.Frame | None, None]",
    ),
    (
        "pipecat.services.tts_service.TTSService",
        "setup",
        "(self, setup: pipecat.processors.frame_processor.FrameProcessorSetup)",
    ),
    (
        "pipecat.services.tts_service.TTSService",
        "start",
        "(self, frame: pipecat.frames.frames.StartFrame)",
    ),
    ("pipecat.services.tts_service.TTSService", "cleanup", "(self)"),
    (
        "pipecat.services.tts_service.TTSService",
        "push_frame",
        "(self, frame: pipecat.frames.frames.Frame, direction: "
        "pipecat.processors.frame_processor.FrameDirection = <FrameDirection.DOWNSTREAM: 1>)",
    ),
    (
        "pipecat.services.tts_service.TTSService",
        "_handle_interruption",
        "(self, frame: pipecat.frames.frames.InterruptionFrame, "
        "direction: pipecat.processors.frame_processor.FrameDirection)",
    ),
    ("pipecat.services.tts_service.TTSService", "on_turn_context_completed", "(self)"),
    # pipecat's deprecated params= is mapped into settings with pipecat's own warning
    (
        "pipecat.services.ai_service.AIService",
        "_warn_init_param_moved_to_settings",
        "(self, param_name: str, settings_field: str | None = None, stacklevel: int = 3, "
        "deprecated_since: str = '0.0.105')",
    ),
    # word-level TTSTextFrames paced with the audio: each Azure word boundary registered as
    # pipecat's own AzureTTSService does, and a reply's start frame stamped to stay in order
    (
        "pipecat.services.tts_service.TTSService",
        "_register_spoken_text",
        "(self, src_frame: pipecat.frames.frames.AggregatedTextFrame, text: str, context_id: str)",
    ),
    (
        "pipecat.services.tts_service.TTSService",
        "_stamp_llm_response_frame",
        "(self, frame: pipecat.frames.frames.Frame)",
    ),
    # relied on: keeps a sentence's audio context open while Azure is slow to its first byte
    (
        "pipecat.services.tts_service.TTSService",
        "_refresh_audio_context",
        "(self, context_id: str)",
    ),
    # the model's replies are the turn contexts an LLMFullResponseStartFrame opens (only their
    # heard text is reported upstream)
    (
        "pipecat.services.tts_service.TTSService",
        "process_frame",
        "(self, frame: pipecat.frames.frames.Frame, "
        "direction: pipecat.processors.frame_processor.FrameDirection)",
    ),
    # the written sentence before text_transforms rewrite it (the heard-text mapping)
    (
        "pipecat.services.tts_service.TTSService",
        "_transform_text",
        "(self, text: str, text_type: str) -> str | None",
    ),
    # the keypad stage (call_pipeline/keypad_processor.py) stops its idle timer at cleanup
    ("pipecat.processors.frame_processor.FrameProcessor", "cleanup", "(self)"),
    # (TTSService inherits it: pinned where it is defined)
    (
        "pipecat.processors.frame_processor.FrameProcessor",
        "can_generate_metrics",
        "(self) -> 'bool'",
    ),
    # called (not overridden): a sentence waiting for Azure keeps its audio context open
    (
        "pipecat.services.tts_service.TTSService",
        "_refresh_audio_context",
        "(self, context_id: str)",
    ),
    # a settings update's new voice brings its language, as the constructor's does
    (
        "pipecat.services.tts_service.TTSService",
        "_update_settings",
        "(self, delta: pipecat.services.settings.TTSSettings) -> dict[str, typing.Any]",
    ),
    # a text transform added later is checked as the constructor's text_transforms are
    (
        "pipecat.services.tts_service.TTSService",
        "add_text_transformer",
        "(self, transform_function: collections.abc.Callable[[str, str | "
        "pipecat.utils.text.base_text_aggregator.TextType], collections.abc.Awaitable[str]], "
        "text_type: pipecat.utils.text.base_text_aggregator.TextType | str = '*', *, "
        "aggregation_type: pipecat.utils.text.base_text_aggregator.TextType | str | None = None)",
    ),
    (
        "pipecat.services.tts_service.TTSService",
        "language_to_service_language",
        "(self, language: pipecat.transcriptions.language.Language) -> str | None",
    ),
    (
        "pipecat.utils.text.base_text_aggregator.BaseTextAggregator",
        "aggregate",
        "(self, text: str) -> "
        "collections.abc.AsyncIterator[pipecat.utils.text.base_text_aggregator.Aggregation]",
    ),
    (
        "pipecat.utils.text.base_text_aggregator.BaseTextAggregator",
        "flush",
        "(self) -> pipecat.utils.text.base_text_aggregator.Aggregation | None",
    ),
    ("pipecat.utils.text.base_text_aggregator.BaseTextAggregator", "handle_interruption", "(self)"),
    ("pipecat.utils.text.base_text_aggregator.BaseTextAggregator", "reset", "(self)"),
    (
        "pipecat.utils.text.base_text_aggregator.BaseTextAggregator",
        "text",  # a property: its getter's signature
        "(self) -> pipecat.utils.text.base_text_aggregator.Aggregation",
    ),
]

# Telephony server call guard (src/pipecat_rt_best/g711_passthrough/{observer,server}.py)
OVERRIDDEN += [
    (
        "pipecat.observers.base_observer.BaseObserver",
        "on_push_frame",
        "(self, data: pipecat.observers.base_observer.FramePushed)",
    ),
    (
        "pipecat.pipeline.worker.PipelineWorker",
        "add_observer",
        "(self, observer: pipecat.observers.base_observer.BaseObserver)",
    ),
]

# the offline-testing harnesses (src/pipecat_rt_best/testing/): the simulated call's transport
OVERRIDDEN += [
    (
        "pipecat.transports.base_input.BaseInputTransport",
        "process_frame",
        "(self, frame: pipecat.frames.frames.Frame, "
        "direction: pipecat.processors.frame_processor.FrameDirection)",
    ),
    (
        "pipecat.transports.base_input.BaseInputTransport",
        "start",
        "(self, frame: pipecat.frames.frames.StartFrame)",
    ),
    (
        "pipecat.transports.base_input.BaseInputTransport",
        "stop",
        "(self, frame: pipecat.frames.frames.EndFrame)",
    ),
    (
        "pipecat.transports.base_input.BaseInputTransport",
        "cancel",
        "(self, frame: pipecat.frames.frames.CancelFrame)",
    ),
    (
        "pipecat.transports.base_output.BaseOutputTransport",
        "start",
        "(self, frame: pipecat.frames.frames.StartFrame)",
    ),
    (
        "pipecat.transports.base_output.BaseOutputTransport",
        "write_audio_frame",
        "(self, frame: pipecat.frames.frames.OutputAudioRawFrame) -> bool",
    ),
    (
        "pipecat.transports.base_transport.BaseTransport",
        "input",
        "(self) -> pipecat.processors.frame_processor.FrameProcessor",
    ),
    (
        "pipecat.transports.base_transport.BaseTransport",
        "output",
        "(self) -> pipecat.processors.frame_processor.FrameProcessor",
    ),
]


def test_tts_service_still_aggregates_through_text_aggregator() -> None:
    # AzureSpeechTTSService swaps in the pack's sentence splitter as _text_aggregator
    from pipecat.services.tts_service import TTSService

    source = inspect.getsource(TTSService)
    assert "self._text_aggregator.aggregate(" in source
    assert "await self._text_aggregator.flush()" in source
    assert "await self._text_aggregator.handle_interruption()" in source
    # and every sentence goes through _transform_text (overridden to remember the written text)
    assert "await self._transform_text(" in source
    # an interruption keeps the contexts pipecat keeps: _tts_contexts[id].interruptible
    assert "self._tts_contexts: dict[str, TTSContext]" in source
    # a sentence waiting for Azure keeps its audio context open: the keepalive restarts the
    # playback task's stop_frame_timeout_s wait
    refresh = inspect.getsource(TTSService._refresh_audio_context)
    assert "self._audio_context_manager.keepalive(context_id)" in refresh
    assert "timeout=self._stop_frame_timeout_s" in inspect.getsource(
        TTSService._next_audio_context_item
    )
    # an LLMFullResponseStartFrame opens the reply's turn context in process_frame itself
    # (read right after it to know which contexts are the model's replies)
    start = inspect.getsource(TTSService._handle_llm_response_start)
    assert "self._turn_context_id = self.create_context_id()" in start
    from pipecat.services.tts_service import TTSContext

    assert "interruptible" in TTSContext.__dataclass_fields__


# Attributes of pipecat's realtime service the overrides read or write.
RT_ATTRIBUTES = [
    "_settings",
    "_websocket",
    "_disconnecting",
    "_api_session_ready",
    "_resampler",
    "_user_audio_preroll_buffer",
    "_user_audio_preroll_secs",
    # read by name (manual_turns.py: getattr(..., None)): a rename would read None, and the
    # call-start pre-roll would replace the user_audio_preroll_secs a caller set
    "_user_audio_preroll_secs_override",
    # manual turns
    "_response_create_owed",
    "_results_awaiting_response",
    # interruption truncation
    "_current_audio_response",
    "_response_active",
    "_messages_added_manually",
    # pooled sessions, mid-call reconnect
    "_receive_task",
    "base_url",
    "_llm_needs_conversation_setup",
    "_context",
    "_open_function_calls",  # cleared on a reconnect: the new session has none of its calls
    "_pending_function_calls",
    # a move fails the retrieves left waiting: their items were the lost session's
    "_retrieve_conversation_item_futures",
]


# pipecat state (``self._x``) that pack classes outside the realtime service write, or that
# the realtime service writes beyond RT_ATTRIBUTES: ``(nearest pipecat class that sets it,
# name, why the pack writes it)``. A pack write of a pipecat-set name listed neither here nor in
# RT_ATTRIBUTES fails test_every_pipecat_attribute_the_pack_writes_is_declared (a collision,
# or a write that needs pinning); an entry pipecat no longer sets fails
# test_the_pipecat_state_the_pack_writes_is_still_pipecats (renamed: the write is dead).
SHARED_STATE: list[tuple[str, str, str]] = [
    (
        RT,
        "_current_assistant_response",
        "cleared when a lost session's reply is closed out (realtime/reconnect.py), so pipecat's "
        "interruption handler does not end that reply a second time",
    ),
    (
        "pipecat.audio.vad.vad_analyzer.VADAnalyzer",
        "_vad_state",
        "the noise-robust analyzer replaces analyze_audio (pinned) and keeps pipecat's state "
        "in step with its own phase, e.g. after set_params resets it to QUIET",
    ),
    (
        "pipecat.audio.vad.vad_analyzer.VADAnalyzer",
        "_params",
        "the noise-robust analyzer's set_params before the first stream (no sample rate yet: "
        "pipecat's set_params divides by it) sets the VADParams it reports directly; pipecat's "
        "set_sample_rate passes them back to set_params",
    ),
    (
        "pipecat.services.tts_service.TTSService",
        "_settings",
        "annotated with the Azure voice's settings class (azure_tts/service.py); pipecat's "
        "TTSService builds and updates it",
    ),
    (
        "pipecat.services.tts_service.TTSService",
        "_text_aggregator",
        "replaced by the pack's sentence splitter (azure_tts/service.py); pipecat's use of it "
        "is pinned by test_tts_service_still_aggregates_through_text_aggregator",
    ),
    (
        "pipecat.serializers.base_serializer.FrameSerializer",
        "_params",
        "the G.711 serializer's own InputParams, typed as the pack's subclass "
        "(g711_passthrough/serializer.py) after pipecat's constructor stored them",
    ),
    (
        "pipecat.processors.frame_processor.FrameProcessor",
        "_next",
        "the virtual-time harness (testing/virtual_time_call.py) links the service to its "
        "transport stand-in by setting it (not a pack class: no walker sees it); pipecat's "
        "push through it is pinned by test_frame_processor_still_pushes_downstream_through_next",
    ),
    (
        "pipecat.turns.user_stop.speech_timeout_user_turn_stop_strategy."
        "SpeechTimeoutUserTurnStopStrategy",
        "_stop_secs_warned",
        "marks pipecat's 'stop_secs differs' warning as said (noise_robust_vad/turns.py); "
        "pinned by test_the_stop_strategy_still_has_the_attributes_the_pack_reads",
    ),
]


def _resolve(dotted: str) -> type:
    module, _, name = dotted.rpartition(".")
    return getattr(importlib.import_module(module), name)


@pytest.mark.parametrize(
    ("cls_path", "method", "signature"), OVERRIDDEN, ids=lambda v: str(v)[-40:]
)
def test_overridden_pipecat_method_is_unchanged(cls_path: str, method: str, signature: str) -> None:
    cls = _resolve(cls_path)
    assert hasattr(cls, method), (
        f"pipecat's {cls.__name__}.{method} is gone: our override is dead code, or our call "
        "an AttributeError"
    )
    member = inspect.getattr_static(cls, method)
    target = member.fget if isinstance(member, property) else getattr(cls, method)
    actual = str(inspect.signature(target))
    assert actual == signature, (
        f"pipecat's {cls.__name__}.{method} changed signature:\n  was {signature}\n  now {actual}\n"
        "review the override in pipecat_rt_best before updating this contract"
    )


def _keyword_params(*classes: type) -> dict[str, inspect.Parameter]:
    """The keyword parameters of the classes' ``__init__``, the first class's winning."""
    params: dict[str, inspect.Parameter] = {}
    for cls in classes:
        for name, param in inspect.signature(cls.__init__, eval_str=True).parameters.items():  # type: ignore[misc]
            if param.kind is inspect.Parameter.KEYWORD_ONLY:
                params.setdefault(name, param)
    return params


def test_the_services_spell_out_pipecats_keywords_as_pipecat_does() -> None:
    # the pack's services list pipecat's keywords explicitly (for type checkers and
    # notebooks) and forward them: each must still be pipecat's, with its type and default
    from pipecat.services.azure.realtime.llm import AzureRealtimeLLMService as PipecatAzure
    from pipecat.services.openai.realtime.llm import OpenAIRealtimeLLMService

    from pipecat_rt_best.realtime.service import (
        PACK_KEYWORDS,
        AzureRealtimeLLMService,
        RealtimeLLMService,
    )

    for pack, chain in (
        (RealtimeLLMService, (OpenAIRealtimeLLMService,)),
        (AzureRealtimeLLMService, (PipecatAzure, OpenAIRealtimeLLMService)),
    ):
        ours = _keyword_params(pack)
        assert set(PACK_KEYWORDS) <= set(ours)
        ours = {n: p for n, p in ours.items() if n not in PACK_KEYWORDS}
        theirs = _keyword_params(*chain)
        assert sorted(ours) == sorted(theirs), pack.__name__
        for name, param in theirs.items():
            mine = ours[name]
            assert (mine.default, mine.annotation) == (param.default, param.annotation), (
                f"{pack.__name__}({name}=...): pipecat now has {param}, the pack {mine}"
            )
        assert "kwargs" in inspect.signature(pack).parameters  # the rest still goes through


def test_the_session_update_still_takes_its_tools_from_the_services_adapter() -> None:
    # realtime/session_tools.py installs its adapter as the service's adapter_class (a class,
    # so the override walk above skips it): pipecat must still build the adapter from
    # adapter_class, and its session.update must still take the tools the adapter settles,
    # given the session's own as service_tools
    from pipecat.adapters.llm.services.open_ai_realtime_adapter import OpenAIRealtimeLLMAdapter
    from pipecat.services.azure.realtime.llm import AzureRealtimeLLMService as PipecatAzure
    from pipecat.services.llm_service import LLMService
    from pipecat.services.openai.realtime.llm import OpenAIRealtimeLLMService

    from pipecat_rt_best.realtime import AzureRealtimeLLMService, RealtimeLLMService
    from pipecat_rt_best.realtime.session_tools import SessionToolsAdapter

    assert OpenAIRealtimeLLMService.adapter_class is OpenAIRealtimeLLMAdapter
    assert "adapter_class" not in vars(PipecatAzure)
    assert "return cls.adapter_class" in inspect.getsource(LLMService._resolve_adapter_class)
    for pack in (RealtimeLLMService, AzureRealtimeLLMService):
        assert pack._resolve_adapter_class() is SessionToolsAdapter
    update = inspect.getsource(OpenAIRealtimeLLMService._send_session_update)
    assert "adapter = self.get_llm_adapter()" in update
    assert "service_tools=settings.tools," in update
    assert 'settings.tools = cast(list[Any], llm_invocation_params["tools"])' in update


def test_realtime_service_still_has_the_attributes_we_use() -> None:
    from pipecat_rt_best.realtime import RealtimeLLMService

    service = RealtimeLLMService(api_key="k", base_url="ws://127.0.0.1:1/v1/realtime")
    missing = [a for a in RT_ATTRIBUTES if not hasattr(service, a)]
    assert not missing, f"pipecat's realtime service no longer has {missing}"


def test_tts_service_still_keeps_the_word_timestamp_tracker_the_azure_tts_reads() -> None:
    # azure_tts/service.py _stamp_llm_response_frame reads the tracker's last_pts (an instance
    # attribute: the import-time name check cannot see it) to keep a reply's start frame
    # before its word-level TTSTextFrames
    from pipecat.services.tts_service import TTSService

    init = inspect.getsource(TTSService.__init__)
    assert "self._word_timestamp_tracker = WordTimestampTracker()" in init
    tracker = importlib.import_module(TTSService.__module__).WordTimestampTracker()
    assert hasattr(tracker, "last_pts"), "pipecat's WordTimestampTracker has no last_pts"


def test_output_transport_still_reads_its_mixer_from_params() -> None:
    # realtime_call_processors attaches the barge-in ducking mixer through the output
    # transport's params, which pipecat reads when the transport starts.
    from pipecat.transports.base_output import BaseOutputTransport
    from pipecat.transports.base_transport import TransportParams

    params = TransportParams(audio_out_enabled=True)
    output = BaseOutputTransport(params)
    assert output._params is params
    assert "audio_out_mixer" in TransportParams.model_fields
    source = inspect.getsource(BaseOutputTransport)
    assert "self._params.audio_out_mixer" in source, "pipecat no longer reads the mixer there"


def test_frame_processor_still_pushes_downstream_through_next() -> None:
    # testing/virtual_time_call.py sets the service's _next to its transport stand-in (a
    # queue_frame(frame, direction) sink): pipecat must still push downstream through it, or
    # the harness's transport hears nothing and its truncation numbers measure silence
    from pipecat.processors.frame_processor import FrameProcessor

    source = inspect.getsource(FrameProcessor)
    assert "await self._next.queue_frame(frame, direction)" in source
    link = inspect.getsource(FrameProcessor.link)
    assert "self._next = processor" in link


def test_pooled_adoption_does_what_pipecats_connect_does() -> None:
    # realtime/pooled.py adopts a pooled socket in place of _connect(): pipecat's connect must
    # still be "set _websocket, start the receive task", and session.created must still be
    # answered by session.update (the pooled session's session.created is replayed into it)
    from pipecat.services.openai.realtime.llm import OpenAIRealtimeLLMService

    connect = inspect.getsource(OpenAIRealtimeLLMService._connect)
    assert "self._websocket = await websocket_connect(" in connect
    assert "self._receive_task = self.create_task(self._receive_task_handler())" in connect
    created = inspect.getsource(OpenAIRealtimeLLMService._handle_evt_session_created)
    assert "await self._send_session_update()" in created


def test_a_parse_failure_carries_the_event_the_service_salvages() -> None:
    # realtime/server_errors.py reads the refused event back from pipecat's exception (its
    # text after a blank line) to end a response whose response.done the models refuse
    from pipecat.services.openai.realtime import events

    from pipecat_rt_best.realtime.server_errors import lenient_event, unreadable_event

    raw = (
        '{"type": "response.done", "event_id": "e1",'
        ' "response": {"id": "r1", "output": [{"type": "mcp_call"}]}}'
    )
    with pytest.raises(Exception) as e:
        events.parse_server_event(raw)
    event = unreadable_event(e.value)
    assert event is not None and event["response"]["id"] == "r1"
    done = lenient_event(event)
    assert isinstance(done, events.ResponseDone) and done.response.output == []
    assert unreadable_event(ValueError("a handler's own failure")) is None


def test_the_runner_still_reads_ice_servers_as_the_sample_bots_check_them() -> None:
    # cli/bot_script.py refuses what the runner's parser refuses (the runner only logs
    # it and returns), naming the JSON mistake from the ValueError's cause
    import json

    from pipecat.runner import run

    signature = "(value: str | list[str] | None) -> list[dict[str, typing.Any]]"
    assert str(inspect.signature(run._parse_ice_servers)) == signature
    assert run._parse_ice_servers("stun:a:3478,stun:b:3478") == [
        {"urls": "stun:a:3478"},
        {"urls": "stun:b:3478"},
    ]
    with pytest.raises(ValueError) as err:
        run._parse_ice_servers(["{bad"])
    assert isinstance(err.value.__cause__, json.JSONDecodeError)


def _pack_classes() -> list[type]:
    """Every class the pack defines: its components and offline-testing harnesses."""
    import pkgutil

    import pipecat_rt_best

    classes: list[type] = []
    for info in pkgutil.walk_packages(pipecat_rt_best.__path__, "pipecat_rt_best."):
        if info.name.endswith(".__main__"):
            continue  # runs the CLI when imported
        module = importlib.import_module(info.name)
        classes += [
            c for c in vars(module).values() if inspect.isclass(c) and c.__module__ == info.name
        ]
    return classes


@functools.cache
def _class_source(cls: type) -> str | None:
    """``cls``'s source, or None for a class built at run time. Cached: ``inspect.getsource``
    of a class parses its whole module, and the walkers below ask for each class many
    times."""
    try:
        return inspect.getsource(cls)
    except (OSError, TypeError):
        return None


def _pipecat_and_pack_bases(cls: type) -> tuple[list[type], list[type]]:
    """``cls``'s MRO split into pipecat's classes and the pack's, nearest first."""
    pipecat_bases = [b for b in cls.__mro__ if b.__module__.split(".")[0] == "pipecat"]
    pack_bases = [b for b in cls.__mro__ if b.__module__.split(".")[0] == "pipecat_rt_best"]
    return pipecat_bases, pack_bases


def _nearest_definer(name: str, pipecat_bases: list[type]) -> type | None:
    """The pipecat class nearest in the MRO whose body defines ``name`` (the one called)."""
    return next((b for b in pipecat_bases if name in vars(b)), None)


# dataclass fields of pipecat's frames a pack frame re-declares with another default (pipecat's
# documented way to make a frame uninterruptible): (class path, field, its type)
OVERRIDDEN_FIELDS: list[tuple[str, str, str]] = [
    # the call's exit marker is not dropped when the caller cuts the last words: the call
    # still ends (call_pipeline/call_exit.py ExitMarkerFrame)
    ("pipecat.frames.frames.Frame", "interruptible", "bool"),
]


@pytest.mark.parametrize(("cls_path", "name", "type_name"), OVERRIDDEN_FIELDS)
def test_overridden_pipecat_frame_field_is_unchanged(
    cls_path: str, name: str, type_name: str
) -> None:
    fields = _resolve(cls_path).__dataclass_fields__
    assert name in fields, f"pipecat's {cls_path}.{name} is gone: our default is dead"
    assert str(fields[name].type) == type_name and fields[name].init is False


def test_every_pipecat_method_the_pack_overrides_is_pinned() -> None:
    # each pack class's MRO: a method a pack class defines that a pipecat class in the same
    # MRO defines too is an override, and must be in OVERRIDDEN (constructors aside), pinned
    # on the nearest pipecat class that defines it: the one the override replaces (a pin on
    # a farther class would not notice pipecat's subclass starting to define it too)
    pinned = {(_resolve(path), method) for path, method, _ in OVERRIDDEN + OVERRIDDEN_FIELDS}
    unpinned: set[str] = set()
    for cls in _pack_classes():
        pipecat_bases, pack_bases = _pipecat_and_pack_bases(cls)
        for pack in pack_bases:
            for name, value in vars(pack).items():
                if name.startswith("__") or name == "_abc_impl" or inspect.isclass(value):
                    continue
                base = _nearest_definer(name, pipecat_bases)
                if base is not None and (base, name) not in pinned:
                    unpinned.add(
                        f"{pack.__module__}.{pack.__qualname__}.{name} "
                        f"(overrides {base.__module__}.{base.__qualname__}.{name})"
                    )
    assert not unpinned, "pin these in OVERRIDDEN:\n" + "\n".join(sorted(unpinned))


def _self_attributes(cls: type) -> tuple[set[str], set[str]]:
    """The private ``self._x`` names ``cls``'s own source reads and those it assigns (a
    dataclass field or class-level annotation counts as assigned)."""
    source = _class_source(cls)
    if source is None:  # built at run time
        return set(), set()
    tree = ast.parse(textwrap.dedent(source))
    read: set[str] = set()
    assigned: set[str] = set(vars(cls).get("__annotations__", {}))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "self"
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            (assigned if isinstance(node.ctx, ast.Store) else read).add(node.attr)
        elif (
            # getattr(self, "_x", default) / hasattr(self, "_x") / setattr(self, "_x", v): a
            # read by name, whose default would hide a rename pipecat made
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "hasattr", "setattr")
            and len(node.args) >= 2
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == "self"
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
            and node.args[1].value.startswith("_")
            and not node.args[1].value.startswith("__")
        ):
            (assigned if node.func.id == "setattr" else read).add(node.args[1].value)
    return read, assigned


def _pipecat_sets(name: str, pipecat_bases: list[type]) -> bool:
    """Whether one of ``pipecat_bases`` defines ``name`` or assigns ``self.<name>``."""
    assign = re.compile(rf"self\.{name}\s*(:[^=\n]*)?=(?!=)")
    for base in pipecat_bases:
        if name in vars(base) or name in vars(base).get("__annotations__", {}):
            return True
        source = _class_source(base)
        if source is not None and assign.search(source):
            return True
    return False


def _private_pipecat_uses() -> tuple[dict[tuple[type, str], set[str]], set[str]]:
    """What the pack's classes take from pipecat by name: ``{(nearest pipecat class, method):
    the pack classes calling it}`` for every ``self._x`` a pack class reads that no pack
    class in its MRO defines and a pipecat class does as a method; and the reads nothing in
    the MRO defines at all (pipecat renamed or removed them)."""
    methods: dict[tuple[type, str], set[str]] = {}
    undefined: set[str] = set()
    for cls in _pack_classes():
        pipecat_bases, pack_bases = _pipecat_and_pack_bases(cls)
        if not pipecat_bases:
            continue
        reads: dict[str, type] = {}
        pack_defined: set[str] = set()
        for pack in pack_bases:
            read, assigned = _self_attributes(pack)
            pack_defined |= assigned | set(vars(pack))
            for name in read:
                reads.setdefault(name, pack)
        for name, pack in sorted(reads.items()):
            if name in pack_defined:
                continue  # the pack's own (an override is checked by the walker above)
            where = f"{pack.__module__}.{pack.__qualname__} (in {cls.__qualname__}'s MRO)"
            base = _nearest_definer(name, pipecat_bases)
            if base is not None and callable(inspect.getattr_static(base, name)):
                methods.setdefault((base, name), set()).add(where)
            elif base is None and not _pipecat_sets(name, pipecat_bases):
                undefined.add(f"{where} reads self.{name}")
    return methods, undefined


def test_every_private_pipecat_method_the_pack_calls_is_pinned() -> None:
    # a called (not overridden) private method is as much a contract as an override: a
    # rename leaves the call an AttributeError at run time (in a reconnect, a dropped call
    # then never comes back), and the call sites carry "type: ignore" for the mixins
    pinned = {(_resolve(path), method) for path, method, _ in OVERRIDDEN}
    unpinned = [
        f"{base.__module__}.{base.__qualname__}.{name} (called by {', '.join(sorted(users))})"
        for (base, name), users in sorted(
            _private_pipecat_uses()[0].items(), key=lambda item: (item[0][0].__name__, item[0][1])
        )
        if (base, name) not in pinned
    ]
    assert not unpinned, "pin these in OVERRIDDEN:\n" + "\n".join(unpinned)


def test_every_private_name_the_pack_reads_from_pipecat_still_exists() -> None:
    # a ``self._x`` the pack reads and does not define comes from a pipecat base (a method,
    # or state pipecat assigns): if no base defines it any more, pipecat renamed it
    undefined = _private_pipecat_uses()[1]
    assert not undefined, "pipecat no longer defines:\n" + "\n".join(sorted(undefined))


def test_the_stop_strategy_still_has_the_attributes_the_pack_reads() -> None:
    # noise_robust_vad/turns.py marks pipecat's "stop_secs differs" warning as said through
    # _stop_secs_warned, and keeps the STT-latency warning by reading _stt_timeout
    from pipecat.turns.user_stop.speech_timeout_user_turn_stop_strategy import (
        SpeechTimeoutUserTurnStopStrategy,
    )

    strategy = SpeechTimeoutUserTurnStopStrategy()
    assert strategy._stop_secs_warned is False and strategy._stt_timeout == 0.0
    source = inspect.getsource(SpeechTimeoutUserTurnStopStrategy._handle_vad_user_stopped_speaking)
    assert "if not self._stop_secs_warned:" in source


def _pipecat_state_the_pack_writes() -> dict[tuple[type, str, bool], set[str]]:
    """``{(pack class, name, in the realtime service): the pipecat classes in its MRO that set
    it}`` for every private ``self._x`` a pack class assigns that a pipecat class in the same
    MRO sets too. Not
    counted: a member the pack class defines (an override, checked above), and a class-level
    annotation of a pipecat method (a declaration for the type checker, not a write)."""
    writes: dict[tuple[type, str, bool], set[str]] = {}
    for cls in _pack_classes():
        pipecat_bases, pack_bases = _pipecat_and_pack_bases(cls)
        if not pipecat_bases:
            continue
        realtime = _resolve(RT) in pipecat_bases
        for pack in pack_bases:
            for name in _self_attributes(pack)[1]:
                if name in vars(pack):
                    continue
                base = _nearest_definer(name, pipecat_bases)
                if (
                    name in vars(pack).get("__annotations__", {})
                    and base is not None
                    and callable(inspect.getattr_static(base, name))
                ):
                    continue
                setters = [b for b in pipecat_bases if _pipecat_sets(name, [b])]
                if setters:
                    writes.setdefault((pack, name, realtime), set()).update(
                        f"{b.__module__}.{b.__qualname__}" for b in setters
                    )
    return writes


def test_every_pipecat_attribute_the_pack_writes_is_declared() -> None:
    # a pack class assigning a self._x that pipecat also sets shares pipecat's state: either
    # on purpose (declared, so a rename is caught below) or by accident (a collision: both
    # sides think they own it, as the reconnect's _user_speaking did)
    shared = {(_resolve(path), name) for path, name, _ in SHARED_STATE}
    undeclared = set()
    for (pack, name, realtime), setters in _pipecat_state_the_pack_writes().items():
        if realtime and name in RT_ATTRIBUTES:
            continue  # RT_ATTRIBUTES is the realtime service's: a TTS's _settings is not in it
        if any((_resolve(path), name) in shared for path in setters):
            continue
        undeclared.add(
            f"{pack.__module__}.{pack.__qualname__} writes self.{name}, "
            f"which pipecat's {', '.join(sorted(setters))} also sets"
        )
    assert not undeclared, (
        "rename the pack's attribute, or declare it in SHARED_STATE (or RT_ATTRIBUTES) with why:\n"
        + "\n".join(sorted(undeclared))
    )


def test_the_pipecat_state_the_pack_writes_is_still_pipecats() -> None:
    # a declared name pipecat no longer sets (renamed, removed) leaves the pack's write a dead
    # attribute: nothing fails, the behaviour it stood for is gone. The pack's own writes would
    # keep an instance's hasattr() true, so this asks pipecat's classes, not an instance.
    gone = []
    declared = [(path, name) for path, name, _ in SHARED_STATE] + [
        (RT, name) for name in RT_ATTRIBUTES
    ]
    for path, name in declared:
        owner = _resolve(path)
        pipecat_mro = _pipecat_and_pack_bases(owner)[0]
        if not _pipecat_sets(name, pipecat_mro):
            gone.append(f"{path} no longer sets self.{name}")
    assert not gone, "pipecat renamed or removed state the pack writes or reads:\n" + "\n".join(
        gone
    )


# pipecat events the pack subscribes to (``event_handler``/``add_event_handler``) or fires
# (``_call_event_handler``): ``(pipecat class that registers it, event name)``. pipecat only
# logs a warning for a handler added to an event it does not register, and calls nothing
# for an unregistered one it is asked to fire, so a renamed event would silently stop, e.g.,
# a hung-up caller cancelling the worker.
EVENTS: list[tuple[str, str]] = [
    # call_pipeline/runner.py, g711_passthrough/server.py: the caller hung up, end the worker
    ("pipecat.transports.websocket.fastapi.FastAPIWebsocketTransport", "on_client_disconnected"),
    ("pipecat.transports.smallwebrtc.transport.SmallWebRTCTransport", "on_client_disconnected"),
    # call_pipeline/assembly.py: the greeting waits for the caller
    ("pipecat.transports.websocket.fastapi.FastAPIWebsocketTransport", "on_client_connected"),
    ("pipecat.transports.smallwebrtc.transport.SmallWebRTCTransport", "on_client_connected"),
    # call_pipeline/runner.py, g711_passthrough/server.py: a failed bot (a rejected key) ends
    # the call with its reason
    ("pipecat.pipeline.worker.PipelineWorker", "on_pipeline_error"),
    # fired by the pack as pipecat fires them: interruption_truncation/service.py (the
    # replacement item), realtime/late_transcripts.py (a transcript after its reply)
    (RT, "on_conversation_item_created"),
    (RT, "on_conversation_item_updated"),
    # call_pipeline/telephony_server.py: ServerMetrics.watch counts the usage reports (tokens)
    # the service pushes (FrameProcessor's event, so every service has it)
    (RT, "on_after_push_frame"),
    # call_pipeline/telephony_server.py: the model's error frames counted by code
    # (FrameProcessor's event: pipecat fires it for an ErrorFrame the service pushes)
    (RT, "on_error"),
    # realtime/late_transcripts.py: a late caller transcript reported by pipecat's user
    # aggregator as it reports its own
    (
        "pipecat.processors.aggregators.llm_response_universal.LLMUserAggregator",
        "on_user_turn_message_added",
    ),
]

_EVENT_CALLS = {"event_handler", "add_event_handler", "_call_event_handler"}


def _event_names_in_the_pack() -> tuple[dict[str, set[str]], set[str]]:
    """``{event name: where}`` for every event the pack's code (the package, the sample bots,
    the examples and benches) subscribes to or fires by a literal name, and the names the
    pack registers itself (``_register_event_handler``)."""
    import pathlib

    import pipecat_rt_best

    package = pathlib.Path(pipecat_rt_best.__file__).parent
    roots = [package, *(package.parents[1] / d for d in ("pipelines", "examples", "bench"))]
    used: dict[str, set[str]] = {}
    registered: set[str] = set()
    for path in sorted(p for root in roots if root.is_dir() for p in root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                continue
            name = node.args[0].value
            if node.func.attr == "_register_event_handler":
                registered.add(name)
            elif node.func.attr in _EVENT_CALLS:
                used.setdefault(name, set()).add(f"{path.name}:{node.lineno}")
    return used, registered


def test_every_pipecat_event_the_pack_uses_is_pinned() -> None:
    used, registered = _event_names_in_the_pack()
    assert {"on_client_disconnected", "on_pipeline_error", "on_truncation"} <= set(used)
    pinned = {name for _, name in EVENTS}
    unpinned = [
        f"{name} ({', '.join(sorted(where))})"
        for name, where in sorted(used.items())
        if name not in registered and name not in pinned
    ]
    assert not unpinned, "pin these pipecat events in EVENTS:\n" + "\n".join(unpinned)


def _registered_events(cls_path: str) -> set[str]:
    """The events an instance of pipecat's ``cls_path`` registers, built offline."""
    cls = _resolve(cls_path)
    if cls_path.endswith(".SmallWebRTCTransport"):
        from pipecat.transports.base_transport import TransportParams
        from pipecat.transports.smallwebrtc.connection import SmallWebRTCConnection

        instance = cls(SmallWebRTCConnection(), TransportParams())
    elif cls_path.endswith(".FastAPIWebsocketTransport"):
        from pipecat.transports.websocket.fastapi import FastAPIWebsocketParams

        instance = cls(websocket=object(), params=FastAPIWebsocketParams())
    elif cls_path.endswith(".PipelineWorker"):
        from pipecat.pipeline.pipeline import Pipeline

        instance = cls(Pipeline([]))
    elif cls_path.endswith(".LLMUserAggregator"):
        from pipecat.processors.aggregators.llm_context import LLMContext

        instance = cls(LLMContext())
    else:
        instance = cls(api_key="k")
    # pipecat has no public list of an object's events: BaseObject keeps them here
    assert isinstance(getattr(instance, "_event_handlers", None), dict), (
        "pipecat's BaseObject no longer keeps its registered events in _event_handlers"
    )
    return set(instance._event_handlers)


@pytest.mark.parametrize(("cls_path", "event"), EVENTS, ids=lambda v: str(v).rsplit(".")[-1])
def test_pipecat_still_registers_the_events_the_pack_uses(cls_path: str, event: str) -> None:
    if "smallwebrtc" in cls_path:
        pytest.importorskip("aiortc")  # the bots extra
    events = _registered_events(cls_path)
    assert event in events, (
        f"pipecat's {cls_path.rsplit('.')[-1]} no longer registers {event!r} "
        f"(it has {sorted(events)}): the pack's handler would never run"
    )


def _forwards_its_keywords(init: object, var_keyword: str) -> bool:
    """Whether ``init`` passes its ``**var_keyword`` on (``f(**var_keyword)``) rather than
    swallowing it, as pipecat's ``BaseObject.__init__(**kwargs)`` does."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(init)))  # type: ignore[arg-type]
    except (OSError, TypeError):  # no source (built at run time, in C): assume it passes on
        return True
    return any(
        isinstance(node, ast.keyword)
        and node.arg is None
        and isinstance(node.value, ast.Name)
        and node.value.id == var_keyword
        for node in ast.walk(tree)
    )


def _takes_keyword(mro: tuple[type, ...], keyword: str) -> bool:
    """Whether a constructor call resolved along ``mro`` (its first class's ``__init__``
    first) ends in an ``__init__`` that names ``keyword``: an ``__init__`` with ``**kwargs``
    that passes them on sends the search down the MRO, as its ``super().__init__`` does; one
    that swallows them, or has none, ends it. A pydantic model takes its fields."""
    fields = getattr(mro[0], "model_fields", None)
    if isinstance(fields, dict):
        return keyword in fields or any(
            getattr(f, "alias", None) == keyword for f in fields.values()
        )
    for klass in mro:
        if "__init__" not in vars(klass):
            continue
        if klass is object:
            return False
        init = vars(klass)["__init__"]
        params = inspect.signature(init).parameters
        named = params.get(keyword)
        if named is not None and named.kind not in (named.VAR_POSITIONAL, named.VAR_KEYWORD):
            return True
        var_keyword = next((p.name for p in params.values() if p.kind is p.VAR_KEYWORD), None)
        if var_keyword is None or not _forwards_its_keywords(init, var_keyword):
            return False
    return False


def _pipecat_names_in(module: object, tree: ast.AST) -> dict[str, object]:
    """The names a pack module can reach pipecat's objects by: its globals, and the names its
    functions import from pipecat locally."""
    names = dict(vars(module))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] != "pipecat":
                continue
            for alias in node.names:
                try:
                    value = getattr(importlib.import_module(node.module), alias.name)
                except (ImportError, AttributeError):
                    continue  # an optional extra; a rename fails the import where it runs
                names[alias.asname or alias.name] = value
    return names


def _resolve_expr(node: ast.expr, names: dict[str, object]) -> object | None:
    """The object a ``Name`` or dotted ``Attribute`` chain refers to in ``names``, if any."""
    if isinstance(node, ast.Name):
        return names.get(node.id)
    if isinstance(node, ast.Attribute):
        owner = _resolve_expr(node.value, names)
        return None if owner is None else getattr(owner, node.attr, None)
    return None


def _is_pipecat_class(value: object) -> bool:
    return inspect.isclass(value) and value.__module__.split(".")[0] == "pipecat"


def _constructor_keywords_pipecat_would_drop() -> list[str]:
    """Every literal keyword the pack passes to a constructor that ends in pipecat (a pack
    class's ``super().__init__``, or a pipecat class it instantiates) and that no
    ``__init__`` along the way names."""
    dropped: set[str] = set()
    # super().__init__(...) in a pack class, along each pack class's MRO that has pipecat in it
    for cls in _pack_classes():
        pipecat_bases, pack_bases = _pipecat_and_pack_bases(cls)
        if not pipecat_bases:
            continue
        for pack in pack_bases:
            source = _class_source(pack)
            if source is None:
                continue
            tree = ast.parse(textwrap.dedent(source))
            after = cls.__mro__[cls.__mro__.index(pack) + 1 :]
            for node in ast.walk(tree):
                if not (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "__init__"
                    and isinstance(node.func.value, ast.Call)
                    and isinstance(node.func.value.func, ast.Name)
                    and node.func.value.func.id == "super"
                ):
                    continue
                for kw in node.keywords:
                    if kw.arg is not None and not _takes_keyword(after, kw.arg):
                        dropped.add(
                            f"{pack.__module__}.{pack.__qualname__}: super().__init__({kw.arg}=) "
                            f"(in {cls.__qualname__}'s MRO)"
                        )
    # pipecat classes the pack's modules instantiate
    import pkgutil

    import pipecat_rt_best

    for info in pkgutil.walk_packages(pipecat_rt_best.__path__, "pipecat_rt_best."):
        if info.name.endswith(".__main__"):
            continue
        module = importlib.import_module(info.name)
        try:
            tree = ast.parse(inspect.getsource(module))
        except (OSError, TypeError):
            continue
        names = _pipecat_names_in(module, tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            target = _resolve_expr(node.func, names)
            if not _is_pipecat_class(target):
                continue
            assert isinstance(target, type)
            for kw in node.keywords:
                if kw.arg is not None and not _takes_keyword(target.__mro__, kw.arg):
                    dropped.add(f"{info.name}:{node.lineno}: {target.__qualname__}({kw.arg}=)")
    return sorted(dropped)


def test_every_keyword_the_pack_passes_to_a_pipecat_constructor_is_still_taken() -> None:
    # pipecat's BaseObject.__init__(**kwargs) swallows what no __init__ before it named: a
    # keyword pipecat renamed (TTSService(push_stop_frames=)) would be dropped without an
    # error, and the behaviour it asked for with it
    dropped = _constructor_keywords_pipecat_would_drop()
    assert not dropped, "pipecat no longer takes these keywords:\n" + "\n".join(dropped)


def test_every_private_name_pinned_here_is_checked_when_the_pack_is_imported() -> None:
    # pipecat_rt_best.base.pipecat_names is this contract's cheap run-time part: each
    # component raises one line at import when pipecat lacks a private name it overrides or
    # calls. Every private name pinned above must be listed there (and nothing else), and
    # every module listed must run the check (when imported; a module pure at import, when
    # it loads pipecat).
    from pipecat_rt_best.base import pipecat_names

    pinned = {
        (path, name)
        for path, name, _ in OVERRIDDEN
        if name.startswith("_") and not name.startswith("__")
    }
    listed = {
        (path, name)
        for table in (pipecat_names.NEEDED, pipecat_names.OPTIONAL)
        for classes in table.values()
        for path, names in classes.items()
        for name in names
    }
    assert sorted(pinned - listed) == [], "list these in pipecat_names.NEEDED (or OPTIONAL)"
    assert sorted(listed - pinned) == [], "pin these in OVERRIDDEN"
    for module in set(pipecat_names.NEEDED) | set(pipecat_names.OPTIONAL):
        tree = ast.parse(inspect.getsource(importlib.import_module(module)))
        assert any(
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Call)
            and ast.unparse(node.value) == "require_pipecat_names(__name__)"
            for node in ast.walk(tree)
        ), f"{module} does not call require_pipecat_names(__name__)"


def test_the_contract_runs_against_the_pipecat_the_pin_and_the_import_check_name() -> None:
    # this contract is what makes pyproject's pipecat-ai range safe: it must be run against
    # the minor pipecat_names.TESTED_PIPECAT names (the version a user with a missing name is
    # told to install), and that minor must be the floor of every pipecat-ai requirement
    import pathlib
    import tomllib
    from importlib import metadata

    from packaging.requirements import Requirement

    from pipecat_rt_best.base.pipecat_names import TESTED_PIPECAT

    installed = metadata.version("pipecat-ai")
    assert installed.split(".")[:2] == TESTED_PIPECAT.split("."), (
        f"the contract ran against pipecat-ai {installed}, the pack says it is tested with "
        f"{TESTED_PIPECAT}: raise TESTED_PIPECAT (and the pin's floor) once this suite passes"
    )
    project = tomllib.loads(
        (pathlib.Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    )["project"]
    requirements = list(project["dependencies"]) + [
        r for extra in project.get("optional-dependencies", {}).values() for r in extra
    ]
    pins = [Requirement(r) for r in requirements if Requirement(r).name == "pipecat-ai"]
    assert pins
    for pin in pins:
        floors = [s.version for s in pin.specifier if s.operator == ">="]
        assert floors == [TESTED_PIPECAT], f"{pin}: the floor is not {TESTED_PIPECAT}"
        assert pin.specifier.contains(installed), f"{pin} excludes the tested {installed}"
