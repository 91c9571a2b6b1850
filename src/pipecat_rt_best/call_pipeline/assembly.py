"""One phone call with every practice in it: the function the sample bots and ``simulate`` share.

:func:`phone_call` builds, for one call on ``transport``:

* the realtime service for the backend the environment selects (``realtime_service_from_env``),
  its session in the line's format (``pcmu``/``pcma``: G.711 straight through, practice 6),
  model turns decided by the pipeline (manual turns), optionally starting on a pre-warmed
  session from a process-wide :class:`~pipecat_rt_best.session_pool.RealtimeSessionPool`
  (practice 3), and with ``reconnect=`` replacing a dropped or expired session mid-call
  (the sample bots: moving to a fresh one before the backend's session limit);
* the structured prompt as the session's instructions and a
  :class:`~pipecat_rt_best.realtime_prompt.ConversationStateController` tracking the call's
  state through the model's ``set_conversation_state`` tool (practice 7), the call ending
  (or the caller handed to an agent) when the model moves to ``end`` or a transfer target;
* the caller's keypad entries told to the model, which answers them (``keypad=``);
* the noise-robust VAD deciding the caller's turns, with the bot-aware barge-in guard
  (practice 1), and the playout tracker that tells the service what the caller heard, for
  truncation on a barge-in (practice 2);
* in text modality, the model's text spoken sentence by sentence by Azure TTS in the line's
  codec, numbers spelled out in each sentence's language (its script's; the prompt's
  language where the script leaves a choice) and the prompt's pronunciations as the
  voice's lexicon (practices 4 and 5).

It works on any pipecat transport: on a G.711 phone line (``audio_format="pcmu"``, the
line's 8 kHz) and on a browser's WebRTC call (``audio_format="pcm"``, the VAD at the rate
the transport decodes the browser's audio to, ``greet="on_connect"``).

It returns the parts (:class:`PhoneCall`); run ``call.worker`` with pipecat's
``WorkerRunner`` (see :mod:`.runner` for pipecat's development runner).
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

from loguru import logger
from pipecat.audio.vad.vad_analyzer import VADAnalyzer
from pipecat.frames.frames import LLMMessagesAppendFrame, LLMRunFrame
from pipecat.observers.base_observer import BaseObserver
from pipecat.pipeline.worker import PipelineWorker
from pipecat.processors.aggregators.llm_response_universal import LLMUserAggregatorParams
from pipecat.processors.frame_processor import FrameProcessor
from pipecat.services.llm_service import FunctionCallHandler, FunctionCallParams
from pipecat.transports.base_transport import BaseTransport

from pipecat_rt_best.azure_tts.env import AzureSpeechConfig
from pipecat_rt_best.azure_tts.ssml import LexiconEntry
from pipecat_rt_best.call_pipeline.call_exit import (
    TRANSFER_TIMEOUT_S,
    CallExitProcessor,
    ExitGate,
    ExitMarkerFrame,
    TransferHandler,
    call_ending_exits,
)
from pipecat_rt_best.call_pipeline.exit_turn import EXIT_REPLY_MAX_S
from pipecat_rt_best.call_pipeline.keypad import DEFAULT_KEYPAD, KeypadParams
from pipecat_rt_best.call_pipeline.pipeline import call_worker, realtime_call_processors
from pipecat_rt_best.call_pipeline.vad_reuse import note_vad_serves_a_call, refuse_a_served_vad
from pipecat_rt_best.interruption_truncation.processors import PlayoutTracker
from pipecat_rt_best.noise_robust_vad.turns import manual_turn_user_params
from pipecat_rt_best.realtime.env import input_transcription_from_env, realtime_service_from_env
from pipecat_rt_best.realtime.reconnect import ReconnectParams
from pipecat_rt_best.realtime.service import AzureRealtimeLLMService, RealtimeLLMService
from pipecat_rt_best.realtime.session import realtime_session
from pipecat_rt_best.realtime_prompt.frames import ConversationStateFrame
from pipecat_rt_best.realtime_prompt.lexicon import ssml_lexicon_entries
from pipecat_rt_best.realtime_prompt.model import LoadedPrompt, RealtimePrompt, as_prompt
from pipecat_rt_best.realtime_prompt.service import ConversationStateController
from pipecat_rt_best.realtime_prompt.state_tracker import (
    TRANSFER_FAILED_INSTRUCTION,
    TRANSFER_TIMEOUT_INSTRUCTION,
    transfer_failed_instruction as transfer_failed_message,
)
from pipecat_rt_best.session_pool.pool import RealtimeSessionPool

if TYPE_CHECKING:  # the Speech SDK ([azure]) is loaded only for a call in text modality
    from pipecat_rt_best.azure_tts.service import AzureSpeechTTSService, OutputEncoding

__all__ = [
    "Modality",
    "PhoneCall",
    "SessionFormat",
    "phone_call",
    "prompt_lexicon",
    "unavailable_tool_handlers",
]

Modality = Literal["audio", "text"]
SessionFormat = Literal["pcmu", "pcma", "pcm"]

_TTS_OUTPUT: dict[str, OutputEncoding] = {"pcmu": "ulaw", "pcma": "alaw", "pcm": "pcm"}


@dataclass
class PhoneCall:
    """The parts of one call, for the code that runs it and for tests and reports."""

    worker: PipelineWorker
    processors: list[FrameProcessor]
    llm: RealtimeLLMService | AzureRealtimeLLMService
    states: ConversationStateController
    tts: AzureSpeechTTSService | None = None
    exits: CallExitProcessor | None = None  # ends the call on the model's exit


def prompt_lexicon(prompt: RealtimePrompt | LoadedPrompt) -> list[LexiconEntry]:
    """The prompt's Reference Pronunciations as the Azure voice's lexicon entries; give the
    voice ``lexicon_ignore_case=True`` with them, so it finds a term where the prompt's own
    :class:`~pipecat_rt_best.realtime_prompt.PronunciationLexicon` does (any case)."""
    return [
        LexiconEntry(e.term, phoneme=e.phoneme, alphabet=e.alphabet or "ipa")
        if e.phoneme is not None
        else LexiconEntry(e.term, alias=e.alias)
        for e in ssml_lexicon_entries(prompt)
    ]


def unavailable_tool_handlers(
    prompt: RealtimePrompt | LoadedPrompt,
) -> dict[str, FunctionCallHandler]:
    """Handlers answering each of the prompt's own tools (account lookup, tickets, ...)
    honestly for a demo with no back office: the model is told the tool is not available
    instead of waiting for a result that never comes."""

    async def unavailable(params: FunctionCallParams) -> None:
        await params.result_callback(
            {"error": "not available in this demo: no account system is connected"}
        )

    tools = as_prompt(prompt, "unavailable_tool_handlers()").session_tools()
    return {tool["name"]: unavailable for tool in tools}


_warned_tools: set[str] = set()  # prompt tools already warned about having no handler


def _check_tool_handlers(
    tool_names: Collection[str], handlers: Mapping[str, object], *, state_tool: str
) -> None:
    """Check ``tool_handlers`` against the prompt's tools ``tool_names``: a handler for a name
    that is no tool of the prompt is a ``ValueError`` naming the prompt's tools (and the
    closest one: a typo would never be called, and the model's call of the real tool would be
    answered "not available"); one for ``state_tool`` too (the call handles it). A prompt tool
    with no handler is warned about once a process: the model calling it is told the tool
    is not available."""
    known = sorted(tool_names)
    for name in sorted(handlers):
        if name in tool_names:
            continue
        its = f"its tools: {', '.join(map(repr, known)) or 'none'}"
        if name == state_tool:
            raise ValueError(
                f"tool_handlers for {name!r}: the conversation-state tool, which the call "
                f"handles itself; give handlers for the prompt's own tools only ({its})"
            )
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise ValueError(f"tool_handlers for {name!r}: not a tool of the prompt ({its}){hint}")
    missing = sorted(set(tool_names) - set(handlers) - _warned_tools)
    if missing:  # one line for them all, once a process
        _warned_tools.update(missing)
        names = ", ".join(map(repr, missing))
        logger.warning(
            f"no handler for the prompt's tool{'s' if len(missing) > 1 else ''} {names}: the "
            "model calling one is told it is not available (pass tool_handlers={...}, or "
            "unavailable_tool_handlers(prompt) to say so on purpose)"
        )


def _cancel_on_interruption(handler: FunctionCallHandler) -> bool | None:
    """How a prompt tool's handler is registered: not cancelled when the caller talks
    (False), unless it carries pipecat's ``@tool_options``, whose options then hold (None:
    pipecat reads the decorator)."""
    return None if hasattr(handler, "_pipecat_cancel_on_interruption") else False


async def phone_call(
    transport: BaseTransport,
    prompt: RealtimePrompt | LoadedPrompt,
    *,
    modality: Modality = "audio",
    audio_format: SessionFormat = "pcmu",
    sample_rate: int = 8000,
    env: Mapping[str, str] | None = None,
    session_pool: RealtimeSessionPool | None = None,
    reconnect: ReconnectParams | bool | None = None,
    transcribe_input: bool | str | None = None,
    vad: VADAnalyzer | None = None,
    user_params: LLMUserAggregatorParams | None = None,
    tts: AzureSpeechTTSService | None = None,
    speech_env: Mapping[str, str] | None = None,
    narrow_instructions: bool = False,
    observers: Sequence[BaseObserver] = (),
    greet: bool | Literal["on_connect"] = True,
    duck: bool = True,
    tool_handlers: Mapping[str, FunctionCallHandler] | None = None,
    numbers_lang: str | None = "prompt",
    keypad: KeypadParams | None = DEFAULT_KEYPAD,
    transfer_handlers: Mapping[str, TransferHandler] | None = None,
    transfer_timeout_s: float = TRANSFER_TIMEOUT_S,
    exit_reply_max_s: float = EXIT_REPLY_MAX_S,
    transfer_failed_instruction: str | None = TRANSFER_FAILED_INSTRUCTION,
    transfer_timeout_instruction: str | None = TRANSFER_TIMEOUT_INSTRUCTION,
) -> PhoneCall:
    """Assemble one call on ``transport`` driven by ``prompt`` (loaded and validated).

    ``modality``: ``"audio"`` — the model speaks in ``audio_format``; ``"text"`` — the model
    writes and ``tts`` speaks (default: :func:`~.azure_tts.azure_tts_for_calls` from the
    ``AZURE_SPEECH_*`` variables in ``speech_env`` (default ``os.environ``; a custom neural
    voice via ``AZURE_SPEECH_ENDPOINT_ID``), speaking in the line's codec, numbers spelled
    out in ``numbers_lang``, the prompt's pronunciations as its lexicon).
    ``numbers_lang``: the language that voice spells numbers out in — ``"prompt"``
    (default): each sentence's own script's language, the prompt's ``language`` breaking
    the ties the script leaves (a Devanagari sentence is Marathi in an ``mr`` prompt,
    Hindi in a ``hi`` one, unless its own words say the other language; a Latin-script
    sentence is ``en-IN`` in any prompt; a sentence
    with no letters is in the reply's previous sentence's language, else the prompt's),
    so a call that switches between Hindi and English reads each sentence in its own;
    a language code (``"mr"``): every sentence in it; ``"auto"``: as ``"prompt"`` with no
    tie-breaker (Devanagari is Hindi unless a Marathi word appears; a reply opening with
    no letters is in the voice's language; see
    :func:`~pipecat_rt_best.indic_numbers.number_text_transform`); None: digits as
    written. Not used with a ``tts`` of your own.
    ``audio_format``: the session's input (and, in audio modality, output) format — ``pcmu``
    / ``pcma`` for G.711 lines, ``pcm`` for PCM16 (24 kHz). ``sample_rate``: the line's
    rate — the rate the transport hands the caller's audio to the pipeline at, which the
    VAD reads (8000 on a phone line; a transport's own ``audio_out_sample_rate``, e.g.
    WebRTC's 24 kHz for a ``pcm`` session, takes precedence on the way out).
    ``env``: the realtime backend's variables (default ``os.environ``; see
    :mod:`pipecat_rt_best.realtime.env`); ``session_pool``: start on a pooled session
    (a pool for the same backend, e.g. ``realtime_pool_from_env(env=env)``).
    ``reconnect``: replace a dropped or expired session mid-call, the conversation restored
    (:class:`~pipecat_rt_best.realtime.ReconnectParams` or ``True``; the sample bots give
    ``reconnect_from_env(env)``: also move to a fresh session before the backend's session
    limit, Azure 30 min, OpenAI 60); None (the default): a drop, or the session reaching
    that limit, ends the call. ``transcribe_input``: the caller's turns transcribed into
    the context (``True``, a model name — on Azure a transcription deployment's name — or
    ``False``); None (the default): with ``reconnect``, what
    :func:`~pipecat_rt_best.realtime.env.input_transcription_from_env` reads from ``env``,
    so a new session gets the caller's earlier turns too; without, off.
    ``vad``: the turn detector (default a new
    :class:`~pipecat_rt_best.noise_robust_vad.NoiseRobustVADAnalyzer`, which may serve call
    after call, one at a time: one a call that has not ended is using is refused,
    ``ValueError``). Any other pipecat ``VADAnalyzer`` (``SileroVADAnalyzer``) serves one call:
    pipecat stops its thread when the call's pipeline ends, so one an earlier call took is
    refused (``ValueError``) before anything connects.
    ``user_params``: pipecat's other user-aggregator settings for the caller's side
    (``LLMUserAggregatorParams(user_idle_timeout=…, user_mute_strategies=…)``); the call
    fills in its manual turns (so ``user_turn_strategies`` is refused, ``ValueError``) and
    its analyzer (``vad``, else the params' ``vad_analyzer``, else the pack's; both given:
    ``ValueError``). The params given are not changed.
    ``narrow_instructions``: narrow the instructions to each state as the call moves.
    ``greet``: the bot speaks first — at once (``True``), or ``"on_connect"`` when the
    transport's client connects (WebRTC: once the browser can hear it). ``duck``: the
    barge-in guard's ducking mixer becomes the output's mixer — keep ``False`` on G.711
    passthrough lines (bytes stay exact). ``tool_handlers``: functions answering the
    prompt's own tools, by name (e.g. :func:`unavailable_tool_handlers`); the state tool
    is always handled. A handler for a name that is no tool of the prompt (a typo) is a
    ``ValueError`` naming the prompt's tools; a prompt tool with no handler is warned about
    once (the model calling it is told it is not available). The caller talking while a tool runs does not cancel it: pipecat's
    default (``cancel_on_interruption=True``) threw the call away at every VAD start, a
    "haan ji" included, told the model ``CANCELLED`` and so had the tool run again (a
    complaint raised twice). They are registered with ``cancel_on_interruption=False``
    (pipecat then adds its "ASYNC TOOLS" guidance to the session's instructions); a handler
    decorated with pipecat's ``@tool_options`` keeps the decorator's options instead
    (``@tool_options(cancel_on_interruption=True)``: cancelled on a barge-in; the
    decorator's own default is ``True``, so a handler decorated for ``timeout_secs`` alone
    says ``cancel_on_interruption=False`` there too).
    ``keypad``: what the caller types on the keypad reaches the model as a message, and it
    answers (:class:`~.keypad.KeypadParams`: an entry ends at ``#`` or 2 s after its last
    key; the first key stops the bot speaking, as an IVR prompt stops; ``mask=True`` or an
    ``on_entry`` hook keep a PIN from the model); None: the keys reach no one.
    ``transfer_handlers``: the app's hand-off for each of the prompt's transfer targets
    (``{"human_agent": transfer}``, an async function of the accepted move's
    :class:`~pipecat_rt_best.realtime_prompt.ConversationStateFrame`). When the model moves
    to ``end`` or a transfer target, the words it said in that response are its last (no
    further reply is asked); if it said none (it called the tool first), it is asked for one
    closing reply (goodbye, or that it connects the caller) and no reply after it. Once
    those last words have gone out to the caller (or been cut by the caller), the target's
    handler runs (Twilio: update the call with ``<Dial>`` TwiML; Plivo: its transfer API;
    Exotel: nothing, the socket closing moves the flow to its next applet) and the call
    ends: the realtime session closes and so does the media socket (:mod:`.call_exit`). A
    target with no handler is warned about once, and a move there ends the call after the
    bot's words. ``transfer_timeout_s``: a handler still running this long after it began
    (a REST call stuck on the network) is given up on, logged as an error naming the target.
    ``transfer_failed_instruction``: when a handler raised, the caller (told they are being
    connected) is told so in the model's voice before the call ends: the model is asked for
    one more reply with this instruction, ``{target}`` replaced by the target's name in
    words (default
    :data:`~pipecat_rt_best.realtime_prompt.state_tracker.TRANSFER_FAILED_INSTRUCTION`: in
    the conversation's language, the transfer did not go through, a brief apology, no one
    can take the call now, call back later; no tool), played out (or cut by the caller) as
    a closing reply, then the call ends; None: the call ends at once, without another word.
    ``transfer_timeout_instruction``: the same for a handler given up on at
    ``transfer_timeout_s``, whose outcome is unknown (a REST call it made in a thread,
    ``asyncio.to_thread``, goes on after the await is cancelled and may still move the
    caller), so the default
    :data:`~pipecat_rt_best.realtime_prompt.state_tracker.TRANSFER_TIMEOUT_INSTRUCTION` does
    not say it failed: in the conversation's language, the transfer is taking longer than
    expected and could not be confirmed; if not connected shortly, call back; no tool.
    None: the call ends at once, without another word. ``exit_reply_max_s``: a
    closing reply (or that one) that has not begun speaking this long after it was asked
    for (the model silent, an error) is waited for no longer: the call ends (words being
    spoken then are let finish).

    Raises :class:`~pipecat_rt_best.realtime.RealtimeConfigError` /
    :class:`~pipecat_rt_best.azure_tts.AzureSpeechConfigError` when the environment does
    not configure a backend the call needs.
    """
    if modality not in ("audio", "text"):
        raise ValueError(f"modality must be 'audio' or 'text', not {modality!r}")
    if audio_format not in _TTS_OUTPUT:
        raise ValueError(f"audio_format must be one of {sorted(_TTS_OUTPUT)}, not {audio_format!r}")
    if greet not in (True, False, "on_connect"):
        raise ValueError(f"greet must be True, False or 'on_connect', not {greet!r}")
    if user_params is not None:
        if user_params.user_turn_strategies is not None:
            raise ValueError(
                "phone_call's turns are manual (its VAD commits each turn): leave "
                "user_turn_strategies out of user_params"
            )
        if vad is not None and user_params.vad_analyzer not in (None, vad):
            raise ValueError("give the analyzer once: vad= or user_params.vad_analyzer, not both")
        vad = vad or user_params.vad_analyzer
    refuse_a_served_vad(vad)
    if transcribe_input is None and reconnect:  # the caller's turns survive a session change
        transcribe_input = input_transcription_from_env(env)
    states = ConversationStateController(prompt, narrow_instructions=narrow_instructions)
    prompt = states.prompt
    ending = call_ending_exits(prompt.transfer_targets, transfer_handlers or {})
    _check_tool_handlers(prompt.tool_names, tool_handlers or {}, state_tool=states.tool_name)
    for name, instruction, what in (
        ("transfer_failed_instruction", transfer_failed_instruction, "failed"),
        ("transfer_timeout_instruction", transfer_timeout_instruction, "timed out"),
    ):
        if instruction is not None and not instruction.strip():
            raise ValueError(
                f"{name} is empty: give the instruction, or None to end a call whose "
                f"transfer {what} without another word"
            )
    if modality == "text":
        # lazy: the Speech SDK ([azure]) is needed for replies in Azure voices only
        from pipecat_rt_best.call_pipeline.azure_tts import (
            azure_tts_call_processors,
            azure_tts_for_calls,
        )
    if modality == "text" and tts is None:
        # built first: a missing AZURE_SPEECH_* setting fails before any connection opens
        tts = azure_tts_for_calls(
            config=AzureSpeechConfig.from_env(speech_env),
            output=_TTS_OUTPUT[audio_format],
            numbers_lang="auto" if numbers_lang == "prompt" else numbers_lang,
            numbers_prefer=prompt.language if numbers_lang == "prompt" else None,
            lexicon=prompt_lexicon(prompt),
            lexicon_ignore_case=True,
        )
    settings = RealtimeLLMService.Settings(
        session_properties=realtime_session(
            instructions=states.instructions(),
            tools=states.session_tools(),
            audio_format=audio_format,
            output_modality=modality,
            transcribe_input=transcribe_input,
        )
    )
    llm = realtime_service_from_env(
        env=env, settings=settings, session_pool=session_pool, reconnect=reconnect
    )
    states.register(llm)
    for name, handler in (tool_handlers or {}).items():
        llm.register_function(
            name, handler, cancel_on_interruption=_cancel_on_interruption(handler)
        )
    caller = manual_turn_user_params(vad)  # None: a new NoiseRobustVADAnalyzer
    if user_params is not None:
        caller = replace(
            user_params,
            vad_analyzer=caller.vad_analyzer,
            user_turn_strategies=caller.user_turn_strategies,
        )
    if modality == "text":
        assert tts is not None
        processors = azure_tts_call_processors(
            transport, llm, tts, user_params=caller, duck=duck, keypad=keypad
        )
    else:
        tts = None
        processors = realtime_call_processors(
            transport, llm, user_params=caller, duck=duck, keypad=keypad
        )
    tracker = next(i for i, p in enumerate(processors) if isinstance(p, PlayoutTracker))
    playout = processors[tracker]
    assert isinstance(playout, PlayoutTracker)

    async def _tell_transfer_failed(frame: ConversationStateFrame, timed_out: bool) -> bool:
        # a handler given up on may still move the caller: that news is hedged
        template = transfer_timeout_instruction if timed_out else transfer_failed_instruction
        text = transfer_failed_message(template, frame.exit or "")
        if text is None:
            return False
        llm.one_more_reply()  # the call's last words were said: one more may be
        # the marker first, so the gate holds it behind that reply (as a closing reply's)
        running = bool(getattr(llm, "_response_active", False))
        await llm.push_frame(
            ExitMarkerFrame(
                exit=frame.exit or "", response_running=running, closing_reply=True, follow_up=True
            )
        )
        # in the context (a caller's turn answered instead knows it too), and answered
        await llm.queue_frame(
            LLMMessagesAppendFrame(messages=[{"role": "system", "content": text}], run_llm=True)
        )
        return True

    exits = CallExitProcessor(
        transfer_handlers,
        transfer_timeout_s=transfer_timeout_s,
        tracker=playout,  # what the line was given, and
        clock=llm.playout_clock,  # what it confirmed playing: the call ends once it played
        on_transfer_failed=(
            None
            if transfer_failed_instruction is None and transfer_timeout_instruction is None
            else _tell_transfer_failed
        ),
    )
    processors.insert(tracker + 1, exits)  # after the output: the bot's words went out
    # the exit's marker held until the last words are out, just before the output
    # (a closing reply none of which came out is not spent: the service lets it answer)
    processors.insert(
        tracker - 1, ExitGate(exit_reply_max_s, on_reply_unheard=llm.closing_reply_unheard)
    )

    @states.event_handler("on_state_changed")
    async def _end_on_exit(_states: Any, frame: ConversationStateFrame) -> None:
        if frame.exit in ending:
            exits.exit_accepted(frame)
            # the closing reply, if one is asked for, is the last response created
            llm.last_replies(1 if frame.closing_reply else 0)
            # behind the audio of the exit's reply sent so far; a response still running
            # (pipecat's flag, from its create to its response.done) may speak after the
            # call: the marker then waits for its end
            running = bool(getattr(llm, "_response_active", False))
            await llm.push_frame(
                ExitMarkerFrame(
                    exit=frame.exit,
                    response_running=running,
                    # that response's own words so far (not the reply before it)
                    response_spoke=llm.call_response_spoke(frame.tool_call_id),
                    closing_reply=frame.closing_reply,
                )
            )

    worker = call_worker(processors, sample_rate=sample_rate, observers=observers)
    note_vad_serves_a_call(vad, worker)  # the call's until the worker's end cleans it up
    if greet == "on_connect":

        @transport.event_handler("on_client_connected")
        async def _greet(_transport: Any, _client: Any) -> None:
            await worker.queue_frames([LLMRunFrame()])

    elif greet:
        await worker.queue_frames([LLMRunFrame()])
    return PhoneCall(
        worker=worker, processors=processors, llm=llm, states=states, tts=tts, exits=exits
    )
