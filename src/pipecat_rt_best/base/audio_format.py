"""Audio formats the GA Realtime API speaks, and what they cost in bytes (pure logic)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

FormatType = Literal["audio/pcm", "audio/pcmu", "audio/pcma"]
_G711_LAWS: dict[str, Literal["ulaw", "alaw"]] = {"audio/pcmu": "ulaw", "audio/pcma": "alaw"}


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
        return self.sample_rate * self.bytes_per_sample // 1000

    @property
    def law(self) -> Literal["ulaw", "alaw"] | None:
        """The G.711 law, or None for PCM."""
        return _G711_LAWS.get(self.type)

    @property
    def is_g711(self) -> bool:
        return self.law is not None

    def duration_ms(self, nbytes: int) -> float:
        return nbytes / self.bytes_per_ms

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
