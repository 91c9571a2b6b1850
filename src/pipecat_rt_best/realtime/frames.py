"""Frames that carry G.711 audio through a pipecat pipeline untouched.

Inside pipecat every processor reads ``frame.audio`` as PCM16, so these frames hold
decoded 8 kHz PCM16 there (what a VAD or recorder wants) and the original G.711
bytes in ``g711``, which the edges (serializer, realtime service) forward as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pipecat.frames.frames import InputAudioRawFrame, TTSAudioRawFrame

G711Law = Literal["ulaw", "alaw"]


@dataclass
class G711InputAudioFrame(InputAudioRawFrame):
    """Caller audio from telephony: PCM16 8 kHz in ``audio``, the provider's bytes in ``g711``."""

    g711: bytes = field(default=b"", repr=False)
    law: G711Law = "ulaw"


@dataclass
class G711TTSAudioFrame(TTSAudioRawFrame):
    """Model audio in G.711: PCM16 8 kHz in ``audio``, the model's bytes in ``g711``."""

    g711: bytes = field(default=b"", repr=False)
    law: G711Law = "ulaw"
