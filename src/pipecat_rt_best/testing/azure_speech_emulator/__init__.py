"""An offline Azure Speech (TTS) server speaking USP, for tests through the real Speech SDK.

    async with AzureSpeechEmulator(custom_voices={"dep-1": "ContosoNeural"}) as emu:
        config = speechsdk.SpeechConfig(subscription="test-key", host=emu.host)
        ...
        emu.last_request.ssml, emu.last_request.audio, emu.last_request.words

See :mod:`.usp` for the framing, :mod:`.ssml` for what is validated and how it is spoken,
:mod:`.audio` for the deterministic audio and its word boundaries, :class:`SpeechFaults`
for the knobs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipecat_rt_best._lazy import lazy_face

if TYPE_CHECKING:  # the public names; lazy_face() reads this block
    from pipecat_rt_best.testing.azure_speech_emulator.audio import (
        FORMATS,
        MS_PER_CHAR,
        Boundary,
        OutputFormat,
        output_format,
        render,
    )
    from pipecat_rt_best.testing.azure_speech_emulator.record import (
        ConnectionRecord,
        SynthesisRecord,
    )
    from pipecat_rt_best.testing.azure_speech_emulator.server import (
        DEFAULT_VOICES,
        PATHS,
        AzureSpeechEmulator,
        SpeechFaults,
    )
    from pipecat_rt_best.testing.azure_speech_emulator.ssml import (
        ParsedSsml,
        SpokenPiece,
        SsmlError,
        read_ssml,
    )

__getattr__, __dir__, __all__ = lazy_face(__name__, __file__)
