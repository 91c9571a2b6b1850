"""Manual turns (``turn_detection`` null) that never trip the server.

The user's stop commits the input buffer and asks for a response only if at least
:data:`MIN_COMMIT_MS` of audio was appended since the last commit/clear (less is a server
error); a response still running gets its successor asked for when it is done; a refused
``response.create`` releases the response it would have started; the turn's TTFB is
measured, up to the response's first audio or, in text modality, its first text (pipecat
stops TTFB on audio deltas only). An item sent after a ``response.create`` but before its ``response.created`` (a
tool result that lands one round trip after the caller's turn asked for a reply, or the
caller's turn committed one round trip after a tool result's create) is not in
that response: pipecat takes a created response to cover everything sent before it, so the
response owed for the item would be skipped and the bot fall silent; here it stays owed.

pipecat's warning that the service "is not emitting turn frames" is replaced, in manual
mode, by one INFO line: there the pipeline's own VAD drives the turns, which is the
configuration that warning recommends. If :data:`NO_TURNS_WARNING_S` of the caller's audio
go out, no turn comes at all and no VAD has told the service its parameters (pipecat's VAD
broadcasts them at the pipeline's start: a ``SpeechControlParamsFrame`` with ``vad_params``),
a warning says so once: nothing would ever commit the audio, and the bot would never answer.
A caller who stays silent with a VAD in place is not warned about.

**The call's first seconds are kept whole for its first turn.** pipecat replays a fixed
pre-roll (the VAD's ``start_secs`` + 0.3 s) after the clear that a turn's start brings. A VAD
that listens to the line before it lets a turn start (the pack's analyzer: ``warmup_ms``)
confirms a caller who speaks at once ("Hello, yes, who is calling?") up to ~2 s after their
first word, and the fixed pre-roll would hand the model only the end of it. Until the first
commit, and for at most :data:`CALL_START_PREROLL_S` of the call's audio, the pre-roll keeps
everything from the call's start; none of it was committed, so nothing is sent twice.
"""

from __future__ import annotations

from typing import Any

from loguru import logger
from pipecat.services.openai.realtime import events

from pipecat_rt_best.realtime.audio_formats import AudioFormatsMixin

# The GA server refuses ``input_audio_buffer.commit`` with less than this much audio.
MIN_COMMIT_MS = 100
# this much of the caller's audio sent with manual turns, not one turn from the pipeline and
# no VAD's parameters seen: nothing decides turns, and the bot will never answer
NO_TURNS_WARNING_S = 20
# the call's first audio kept whole for its first turn (the module docstring)
CALL_START_PREROLL_S = 3.5


class ManualTurnMixin(AudioFormatsMixin):
    """Commits and response requests for manual turns. Must precede pipecat's class and,
    for :meth:`_handle_evt_error`, :class:`~.server_errors.ServerErrorMixin`."""

    # These attributes come from OpenAIRealtimeLLMService; declared for type checkers.
    _response_active: bool
    _response_create_owed: bool
    _results_awaiting_response: bool

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._manual_create_id: str | None = None  # event id of the last manual response.create
        self._create_in_flight = False  # a response.create sent, its response.created not come
        self._items_after_create = False  # items sent while it was in flight
        self._turns_seen = False  # a user turn frame reached the service (manual mode)
        self._no_turns_warned = False
        self._vad_seen = False  # a VAD told its params (SpeechControlParamsFrame): it decides turns
        # the pre-roll pipecat sizes, kept aside while the call's start is kept whole
        self._call_start_preroll: float | None = None
        self._preroll_sized = False  # a VAD's start_secs sized it (SpeechControlParamsFrame)
        if getattr(self, "_user_audio_preroll_secs_override", None) is None:
            self._call_start_preroll = self._user_audio_preroll_secs
            self._user_audio_preroll_secs = CALL_START_PREROLL_S

    def _handle_speech_control_params(self, frame: Any) -> None:
        vad = getattr(frame, "vad_params", None)
        self._vad_seen = self._vad_seen or vad is not None
        if vad is not None and self._preroll_sized and "start_secs" not in vad.model_fields_set:
            # pipecat broadcasts a VADParamsUpdateFrame's own params: VADParams(stop_secs=2.0)
            # (an IVR mode) carries start_secs's default 0.2 s, and the pre-roll would shrink
            # to 0.5 s while the analyzer still waits as long as it did
            return
        super()._handle_speech_control_params(frame)  # type: ignore[misc]
        self._preroll_sized = self._preroll_sized or vad is not None
        if self._call_start_preroll is not None:  # pipecat's size, for after the call's start
            self._call_start_preroll = self._user_audio_preroll_secs
            self._user_audio_preroll_secs = CALL_START_PREROLL_S

    def _end_call_start(self) -> None:
        """The first turn was committed, or the call's start no longer fits: back to
        pipecat's pre-roll (trimmed to it at the next append)."""
        if self._call_start_preroll is not None:
            self._user_audio_preroll_secs = self._call_start_preroll
            self._call_start_preroll = None

    def _warn_if_realtime_service_emits_no_turn_frames(self, emits_turn_frames: bool) -> None:
        if emits_turn_frames or not self._is_turn_detection_disabled():  # type: ignore[attr-defined]
            super()._warn_if_realtime_service_emits_no_turn_frames(emits_turn_frames)  # type: ignore[misc]
            return
        if not getattr(self, "_manual_turns_explained", False):
            self._manual_turns_explained = True
            logger.info(
                f"{self}: manual turns — the pipeline's VAD decides the caller's turns and sends "
                "them to the model (commit + response.create); the server emits no turn frames"
            )

    async def _handle_user_started_speaking(self, frame: Any) -> None:
        self._turns_seen = True
        await super()._handle_user_started_speaking(frame)  # type: ignore[misc]

    async def _send_user_audio(self, frame: Any) -> None:
        await super()._send_user_audio(frame)
        if self._call_start_preroll is not None and len(
            self._user_audio_preroll_buffer
        ) >= self.input_audio_format.bytes_for_ms(CALL_START_PREROLL_S * 1000):
            self._end_call_start()
        if self._turns_seen or self._vad_seen or self._no_turns_warned:
            return
        waited = self.input_audio_format.bytes_for_ms(NO_TURNS_WARNING_S * 1000)
        manual = self._is_turn_detection_disabled()  # type: ignore[attr-defined]
        if manual and self._appended_since_commit >= waited:
            self._no_turns_warned = True
            logger.warning(
                f"{self}: manual turns (server VAD off), {NO_TURNS_WARNING_S} s of the caller's "
                "audio sent and no turn from the pipeline: nothing commits it, so the bot never "
                "answers. Put a VAD in the user aggregator (manual_turn_user_params("
                "NoiseRobustVADAnalyzer())) or turn server VAD on (realtime_session("
                "manual_turns=False))"
            )

    async def _handle_user_stopped_speaking(self, frame: Any) -> None:
        self._turns_seen = True
        if not self._is_turn_detection_disabled():  # type: ignore[attr-defined]
            await super()._handle_user_stopped_speaking(frame)  # type: ignore[misc]
            return
        if not self.is_usable:  # type: ignore[attr-defined]
            # e.g. its setup was refused: the session would answer on the server's defaults
            logger.warning(f"{self}: the service cannot serve this call; the turn is not sent")
            return
        if self._appended_since_commit < self.input_audio_format.bytes_for_ms(MIN_COMMIT_MS):
            # The server refuses commits of less than 100 ms; what little there is
            # stays in its buffer and goes with the caller's next turn.
            logger.debug(
                f"{self}: user stopped with < {MIN_COMMIT_MS} ms of new audio; not committing"
            )
            return
        self._appended_since_commit = 0
        self._end_call_start()
        await self.start_ttfb_metrics()  # type: ignore[attr-defined]
        await self.send_client_event(events.InputAudioBufferCommitEvent())  # type: ignore[attr-defined]
        if self._response_active:
            # One is still running (its cancel may be in flight): the server would
            # refuse a second create, so ask again when it is done.
            self._response_create_owed = True
            self._results_awaiting_response = True
            return
        # Active from the moment it is asked for (as pipecat's _create_response does),
        # so a barge-in before response.created still cancels it.
        self._response_active = True
        create = events.ResponseCreateEvent()
        self._manual_create_id = create.event_id
        await self.send_client_event(create)  # type: ignore[attr-defined]

    async def _handle_evt_text_delta(self, evt: Any) -> None:
        # text modality's first output: TTFB ends here (only the first stop of a
        # measurement counts), or it would run on until the next turn restarts it
        if evt.delta:
            await self.stop_ttfb_metrics()  # type: ignore[attr-defined]
        await super()._handle_evt_text_delta(evt)  # type: ignore[misc]

    async def send_client_event(self, event: Any) -> None:
        if isinstance(event, events.ResponseCreateEvent):
            self._create_in_flight, self._items_after_create = True, False
        elif (
            isinstance(
                event, events.ConversationItemCreateEvent | events.InputAudioBufferCommitEvent
            )
            and self._create_in_flight
        ):
            # a commit makes the caller's turn an item too: after the create, not in its response
            self._items_after_create = True
        await super().send_client_event(event)  # type: ignore[misc]

    async def _handle_evt_response_created(self, evt: Any) -> None:
        items_after = self._items_after_create
        self._create_in_flight = self._items_after_create = False
        await super()._handle_evt_response_created(evt)  # type: ignore[misc]
        if items_after:
            # sent after the create, so not in this response: still awaiting one
            self._results_awaiting_response = True

    async def _replay_user_audio_preroll(self) -> None:
        # Called by pipecat right after it clears the input buffer on an interruption.
        await super()._replay_user_audio_preroll()  # type: ignore[misc]
        self._appended_since_commit = len(self._user_audio_preroll_buffer)

    async def _handle_evt_error(self, evt: events.ErrorEvent) -> None:
        error = evt.error
        if (
            error.event_id is not None
            and error.event_id == self._manual_create_id
            and error.code != "conversation_already_has_active_response"
        ):
            # our response.create was refused: no response.done will come to end it
            self._manual_create_id = None
            self._response_active = False
            self._create_in_flight = False
        await super()._handle_evt_error(evt)  # type: ignore[misc]
