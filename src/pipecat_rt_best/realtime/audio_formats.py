"""All three GA audio formats: PCM 24 kHz, and G.711 (``audio/pcmu`` / ``audio/pcma``) untouched.

pipecat's realtime service speaks PCM 24 kHz only. With a G.711 session the caller's G.711
bytes go to the model untouched (:class:`G711InputAudioFrame`) and the model's bytes come
back untouched (:class:`G711TTSAudioFrame`, with a decoded 8 kHz copy for pipecat); plain
PCM frames are encoded with a table lookup. Byte accounting follows the session's output
format.
"""

from __future__ import annotations

from typing import Any

from loguru import logger
from pipecat.frames.frames import Frame, InputAudioRawFrame, TTSAudioRawFrame
from pipecat.processors.frame_processor import FrameDirection

from pipecat_rt_best.base import g711
from pipecat_rt_best.base.audio_format import RealtimeAudioFormat, format_of
from pipecat_rt_best.base.frames import G711InputAudioFrame, G711TTSAudioFrame
from pipecat_rt_best.realtime.append import AppendMixin


class AudioFormatsMixin(AppendMixin):
    """Audio in and out in the session's format. Must precede pipecat's class."""

    # These attributes come from OpenAIRealtimeLLMService; declared for type checkers.
    _settings: Any
    _resampler: Any
    _user_audio_preroll_buffer: bytearray
    _user_audio_preroll_secs: float

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._input_warnings: set[str] = set()
        # a PCM16 stream cut at odd byte counts: the odd byte waits for the next chunk (the
        # VAD analyzer does the same), keyed by the stream's rate
        self._odd_byte: tuple[int, bytes] = (0, b"")

    def _audio_config(self) -> Any:
        session = self._settings.session_properties
        return getattr(session, "audio", None)

    @property
    def input_audio_format(self) -> RealtimeAudioFormat:
        """The session's input audio format (what ``input_audio_buffer.append`` carries)."""
        audio = self._audio_config()
        return format_of(audio.input if audio else None)

    @property
    def output_audio_format(self) -> RealtimeAudioFormat:
        """The session's output audio format (what ``response.output_audio.delta`` carries)."""
        audio = self._audio_config()
        return format_of(audio.output if audio else None)

    # -- user audio in ---------------------------------------------------------------

    def _warn_once(self, key: str, message: str) -> None:
        if key not in self._input_warnings:
            self._input_warnings.add(key)
            logger.warning(f"{self}: {message}")

    def _usable_pcm(self, frame: InputAudioRawFrame) -> bytes | None:
        """The frame's PCM16 audio (with an odd byte the last chunk left, and holding back its
        own), or None (logged) when it can't be used as it is, or nothing is whole yet."""
        if frame.num_channels != 1:
            self._warn_once(
                "channels", f"skipping {frame.num_channels}-channel audio; the model takes mono"
            )
            return None
        rate, held = self._odd_byte
        audio = held + frame.audio if held and rate == frame.sample_rate else frame.audio
        cut = len(audio) - len(audio) % 2
        self._odd_byte = (frame.sample_rate, audio[cut:])
        return audio[:cut] or None

    async def _send_user_audio(self, frame: InputAudioRawFrame) -> None:
        fmt = self.input_audio_format
        law = fmt.law
        if law is None:
            pcm = self._usable_pcm(frame)
            if pcm is None:
                return
            # resampled here (pipecat's resampler, as pipecat would) so that what is counted
            # is what reaches the server's buffer: the stream resampler holds back up to
            # ~140 ms and releases it in bursts, and a commit guard counting the input
            # passed on an empty buffer (input_audio_buffer_commit_empty)
            audio = pcm
            if frame.sample_rate != fmt.sample_rate:
                audio = await self._resampler.resample(audio, frame.sample_rate, fmt.sample_rate)
            if not audio:
                return
            await super()._send_user_audio(  # type: ignore[misc]
                InputAudioRawFrame(audio=audio, sample_rate=fmt.sample_rate, num_channels=1)
            )
            self._appended_since_commit += len(audio)
            return

        if isinstance(frame, G711InputAudioFrame) and frame.g711 and frame.law == law:
            # Straight through: the provider's bytes, untouched, and (when the serializer
            # attached it) the provider's own base64 text of them.
            payload = frame.g711
            text: str | None = frame.g711_base64()
        else:
            payload = await self._g711_payload(frame, fmt)
            if not payload:
                return
            text = None
        manual = self._is_turn_detection_disabled()  # type: ignore[attr-defined]
        await self._append_input_audio(
            payload, text, fmt.bytes_for_ms(self.append_interval_ms) if manual else 0
        )
        if manual:
            # pipecat's pre-roll (replayed after an interruption clears the input buffer),
            # kept in the session's format
            preroll = self._user_audio_preroll_buffer
            preroll += payload
            excess = len(preroll) - fmt.bytes_for_ms(self._user_audio_preroll_secs * 1000)
            if excess > 0:
                del preroll[:excess]

    async def _g711_payload(self, frame: InputAudioRawFrame, fmt: RealtimeAudioFormat) -> bytes:
        law = fmt.law
        assert law is not None
        if isinstance(frame, G711InputAudioFrame) and frame.g711 and frame.law == law:
            return frame.g711  # straight through: the provider's bytes, untouched
        pcm = self._usable_pcm(frame)
        if pcm is None:
            return b""
        if frame.sample_rate != fmt.sample_rate:
            self._warn_once(
                "rate",
                f"resampling {frame.sample_rate} Hz input to {fmt.sample_rate} Hz for {fmt.type}; "
                "feed 8 kHz audio to keep the G.711 path resampler-free",
            )
            pcm = await self._resampler.resample(pcm, frame.sample_rate, fmt.sample_rate)
        return g711.encode(pcm, law)

    # -- model audio out ---------------------------------------------------------------

    async def push_frame(
        self, frame: Frame, direction: FrameDirection = FrameDirection.DOWNSTREAM
    ) -> None:
        if (
            type(frame) is TTSAudioRawFrame
            and direction == FrameDirection.DOWNSTREAM
            and (law := self.output_audio_format.law) is not None
        ):
            # pipecat labels every output delta PCM 24 kHz; in G.711 mode it is the model's
            # G.711 bytes. Keep them untouched and give pipecat a decoded 8 kHz copy.
            frame = G711TTSAudioFrame(
                audio=g711.decode_to_bytes(frame.audio, law),
                sample_rate=8000,
                num_channels=1,
                context_id=frame.context_id,
                g711=frame.audio,
                law=law,
            )
        await super().push_frame(frame, direction)  # type: ignore[misc]

    def _calculate_audio_duration_ms(
        self, total_bytes: int, sample_rate: int = 24000, bytes_per_sample: int = 2
    ) -> int:
        # pipecat assumes PCM 24 kHz; count in the session's real output format.
        return int(self.output_audio_format.duration_ms(total_bytes))
