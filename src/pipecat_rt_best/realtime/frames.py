"""Frames that carry G.711 audio through a pipecat pipeline untouched.

Inside pipecat every processor reads ``frame.audio`` as PCM16, so these frames hold
decoded 8 kHz PCM16 there (what a VAD or recorder wants) and the original G.711
bytes in ``g711``, which the edges (serializer, realtime service) forward as they are.
"""

from __future__ import annotations

from binascii import b2a_base64
from dataclasses import dataclass, field
from typing import Literal

from pipecat.frames.frames import InputAudioRawFrame, TTSAudioRawFrame

from pipecat_rt_best.g711_passthrough import codecs

G711Law = Literal["ulaw", "alaw"]


@dataclass
class G711InputAudioFrame(InputAudioRawFrame):
    """Caller audio from telephony: PCM16 8 kHz in ``audio``, the provider's bytes in ``g711``.

    A serializer that received ``g711`` as base64 text may attach that text
    (:meth:`attach_base64`); the realtime service then appends it as it is instead of
    encoding the bytes again (:meth:`g711_base64`). The text stays tied to the very
    ``g711`` object it was attached for: replace ``g711`` (or build a new frame with
    ``dataclasses.replace``) and the bytes are encoded afresh.
    """

    g711: bytes = field(default=b"", repr=False)
    law: G711Law = "ulaw"
    _base64: tuple[bytes, str] | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def from_line(
        cls, line: bytes, law: G711Law = "ulaw", sample_rate: int = 8000
    ) -> G711InputAudioFrame:
        """A frame for G.711 ``line`` bytes, with their decoded PCM16 copy in ``audio``."""
        return cls(
            audio=codecs.decode_to_bytes(line, law),
            sample_rate=sample_rate,
            num_channels=1,
            g711=line,
            law=law,
        )

    def attach_base64(self, text: str) -> None:
        """``text`` is exactly ``base64.b64encode(self.g711)`` (the caller guarantees it)."""
        self._base64 = (self.g711, text)

    def g711_base64(self) -> str:
        """Base64 of ``g711``: the attached text while it still applies, else encoded."""
        attached = self._base64
        if attached is not None and attached[0] is self.g711:
            return attached[1]
        return b2a_base64(self.g711, newline=False).decode("ascii")


@dataclass
class G711TTSAudioFrame(TTSAudioRawFrame):
    """Model audio in G.711: PCM16 8 kHz in ``audio``, the model's bytes in ``g711``."""

    g711: bytes = field(default=b"", repr=False)
    law: G711Law = "ulaw"
