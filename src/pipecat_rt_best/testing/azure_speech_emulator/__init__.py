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
        FORMATS as FORMATS,
        MS_PER_CHAR as MS_PER_CHAR,
        Boundary as Boundary,
        OutputFormat as OutputFormat,
        output_format as output_format,
        render as render,
    )
    from pipecat_rt_best.testing.azure_speech_emulator.record import (
        ConnectionRecord as ConnectionRecord,
        SynthesisRecord as SynthesisRecord,
    )
    from pipecat_rt_best.testing.azure_speech_emulator.server import (
        DEFAULT_VOICES as DEFAULT_VOICES,
        PATHS as PATHS,
        AzureSpeechEmulator as AzureSpeechEmulator,
        SpeechFaults as SpeechFaults,
    )
    from pipecat_rt_best.testing.azure_speech_emulator.ssml import (
        ParsedSsml as ParsedSsml,
        SpokenPiece as SpokenPiece,
        SsmlError as SsmlError,
        read_ssml as read_ssml,
    )

if not TYPE_CHECKING:  # hidden from type checkers: they read the names above, and flag others
    __getattr__, __dir__ = lazy_face(__name__, __file__)
