"""The caller's audio waits for the call's session configuration (``session.updated``).

A new session (a direct connect, or a pooled session the call adopts) runs on the server's
defaults — ``audio/pcm`` 24 kHz, server VAD — until it has applied the call's
``session.update``. pipecat sends that update only when ``session.created`` arrives (a
network round trip after the connect) but sends the caller's audio from the first packet:
over the internet most of the first few hundred milliseconds went into a session on the
wrong format and turn detection, and the commit guard counted bytes that the update's
format change then dropped (a commit refused as ``input_audio_buffer_commit_empty``).

Here, from the connect until the server answers ``session.updated``, the caller's frames are
held (at most :data:`MAX_AUDIO_BEFORE_READY_S` of audio; beyond that the oldest go, with one
warning), then sent in order, ahead of any audio that comes later. The commit guard counts
only what the configured session received. A caller's stop (manual turns) that comes while
audio is held is deferred until that audio has been sent, so the turn is committed, not
skipped as too short.

A mid-call reconnect or rotation does not go through here: it writes the call's
``session.update`` on the new socket before anything queued meanwhile
(:mod:`.reconnect`), and the server reads client events in order.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from loguru import logger
from pipecat.frames.frames import InputAudioRawFrame

from pipecat_rt_best.realtime.append import AppendMixin

MAX_AUDIO_BEFORE_READY_S = 2.0
"""The most caller audio held while the session is being configured (the oldest goes)."""


def _duration_us(frame: InputAudioRawFrame) -> int:
    """The frame's duration in microseconds (whole numbers: 100 × 20 ms is exactly 2 s)."""
    if frame.audio:
        per_s = 2 * max(frame.num_channels, 1) * max(frame.sample_rate, 1)
        return len(frame.audio) * 1_000_000 // per_s
    g711 = getattr(frame, "g711", b"")  # a G.711 frame without its PCM copy: 8 bytes a ms
    return len(g711) * 125


class SessionReadyMixin(AppendMixin):
    """Holds the caller's audio until the session is configured. Must precede the pooled
    session mixin (its ``_connect`` adopts without calling on) and pipecat's class."""

    # These come from OpenAIRealtimeLLMService; declared for type checkers.
    _websocket: Any

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._awaiting_session_config = False  # connected, session.updated not come yet
        self._sending_audio_held_for_config = False
        self._audio_held_for_config: deque[tuple[InputAudioRawFrame, int]] = deque()
        self._audio_held_for_config_us = 0
        self._stop_held_for_config: Any = None  # a manual-turn stop waiting for the audio
        self._audio_held_for_config_warned = False

    @property
    def session_configured(self) -> bool:
        """False from a connect until the server has answered the call's session.update."""
        return not self._awaiting_session_config

    async def _connect(self) -> None:
        if not self._websocket:
            # a new session: on the server's defaults until session.updated
            self._awaiting_session_config = True
        await super()._connect()  # type: ignore[misc]

    def _audio_may_flow(self) -> bool:
        return not self._awaiting_session_config or self._sending_audio_held_for_config

    async def _send_user_audio(self, frame: InputAudioRawFrame) -> None:
        if not self._awaiting_session_config:
            await super()._send_user_audio(frame)  # type: ignore[misc]
            return
        held = self._audio_held_for_config
        duration = _duration_us(frame)
        held.append((frame, duration))
        self._audio_held_for_config_us += duration
        limit = round(MAX_AUDIO_BEFORE_READY_S * 1_000_000)
        dropped = False
        while self._audio_held_for_config_us > limit and len(held) > 1:
            _, old = held.popleft()
            self._audio_held_for_config_us -= old
            dropped = True
        if dropped and not self._audio_held_for_config_warned:
            self._audio_held_for_config_warned = True
            # with no socket (the connect failed) or its loss reported, no session is coming
            # (the failure was reported): "not configured yet" would read as one on its way
            coming = self._websocket is not None and not getattr(
                self, "connection_lost_reported", False
            )
            (logger.warning if coming else logger.debug)(
                f"{self}: the realtime session is not configured yet (no session.updated); "
                f"keeping the caller's last {MAX_AUDIO_BEFORE_READY_S:g} s of audio for it, "
                "dropping the oldest"
            )

    async def _handle_evt_session_updated(self, evt: Any) -> None:
        if self._awaiting_session_config:
            # the configured session's input buffer has nothing of ours yet (what the
            # append path still holds goes out with the audio below)
            self._appended_since_commit = len(self._held_audio)
            self._sending_audio_held_for_config = True
            try:
                held = self._audio_held_for_config
                while held:  # audio coming meanwhile joins the queue: drain it all, in order
                    frame, duration = held.popleft()
                    self._audio_held_for_config_us -= duration
                    await super()._send_user_audio(frame)  # type: ignore[misc]
            finally:
                self._sending_audio_held_for_config = False
            # nothing awaited between the queue running dry and this: the order is kept
            self._audio_held_for_config_us = 0
            self._awaiting_session_config = False
        await super()._handle_evt_session_updated(evt)  # type: ignore[misc]
        stop, self._stop_held_for_config = self._stop_held_for_config, None
        if stop is not None:
            await self._handle_user_stopped_speaking(stop)

    async def _handle_user_stopped_speaking(self, frame: Any) -> None:
        if self._awaiting_session_config and self._is_turn_detection_disabled():  # type: ignore[attr-defined]
            # the turn's audio is still held: commit it once it has been sent
            logger.debug(f"{self}: the caller stopped before the session was configured")
            self._stop_held_for_config = frame
            return
        await super()._handle_user_stopped_speaking(frame)  # type: ignore[misc]
