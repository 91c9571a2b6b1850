"""Audio formats the GA Realtime API speaks, and what they cost in bytes (pure logic).

The one place the pack turns bytes into milliseconds and back: :func:`bytes_per_ms` and
:func:`duration_ms` for any linear or G.711 stream, :class:`RealtimeAudioFormat` for the
three formats of a realtime session.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

FormatType = Literal["audio/pcm", "audio/pcmu", "audio/pcma"]
_G711_LAWS: dict[str, Literal["ulaw", "alaw"]] = {"audio/pcmu": "ulaw", "audio/pcma": "alaw"}


def bytes_per_ms(sample_rate: int, bytes_per_sample: int = 2, num_channels: int = 1) -> float:
    """Bytes one millisecond of audio takes (48 for PCM16 24 kHz, 16 for PCM16 8 kHz, 8 for G.711)."""
    return sample_rate * bytes_per_sample * num_channels / 1000


def duration_ms(
    nbytes: int, sample_rate: int, bytes_per_sample: int = 2, num_channels: int = 1
) -> float:
    """Milliseconds of audio in ``nbytes`` (0 for a nonsensical rate or channel count).

    This is also the output-timeline counting rule of the playout frames
    (:mod:`pipecat_rt_best.base.frames`): each written frame counts at its own rate.
    """
    if sample_rate <= 0 or num_channels <= 0 or bytes_per_sample <= 0:
        return 0.0
    return nbytes * 1000.0 / (bytes_per_sample * num_channels * sample_rate)


@dataclass(frozen=True, slots=True)
class RealtimeAudioFormat:
    """One of the session's audio formats.

    ``audio/pcm`` is PCM16 little-endian mono at 24 kHz (48 bytes per ms);
    ``audio/pcmu`` / ``audio/pcma`` are G.711 μ-law / A-law at 8 kHz (8 bytes per ms).
    """

    type: FormatType
    sample_rate: int
    bytes_per_sample: int

    @property
    def bytes_per_ms(self) -> int:
        return int(bytes_per_ms(self.sample_rate, self.bytes_per_sample))

    @property
    def law(self) -> Literal["ulaw", "alaw"] | None:
        """The G.711 law, or None for PCM."""
        return _G711_LAWS.get(self.type)

    @property
    def is_g711(self) -> bool:
        return self.law is not None

    def duration_ms(self, nbytes: int) -> float:
        return duration_ms(nbytes, self.sample_rate, self.bytes_per_sample)

    def bytes_for_ms(self, ms: float) -> int:
        """Bytes holding ``ms`` of audio, rounded down to a whole sample."""
        samples = int(ms * self.sample_rate / 1000)
        return samples * self.bytes_per_sample


PCM24 = RealtimeAudioFormat("audio/pcm", 24000, 2)
PCMU = RealtimeAudioFormat("audio/pcmu", 8000, 1)
PCMA = RealtimeAudioFormat("audio/pcma", 8000, 1)

_BY_TYPE: dict[str, RealtimeAudioFormat] = {f.type: f for f in (PCM24, PCMU, PCMA)}


def format_from_type(type_name: str | None) -> RealtimeAudioFormat:
    """The format named by a session's ``format.type`` (PCM 24 kHz when unset)."""
    if type_name is None:
        return PCM24
    try:
        return _BY_TYPE[type_name]
    except KeyError:
        raise ValueError(
            f"unsupported realtime audio format {type_name!r}; expected one of {sorted(_BY_TYPE)}"
        ) from None


def format_of(model: Any) -> RealtimeAudioFormat:
    """The format of a pipecat ``AudioInput``/``AudioOutput`` model (or None → PCM 24 kHz)."""
    fmt = getattr(model, "format", None) if model is not None else None
    return format_from_type(getattr(fmt, "type", None))
