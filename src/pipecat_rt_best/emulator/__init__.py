"""An offline, protocol-faithful GPT-4o Realtime (GA) server for tests and demos.

    async with RealtimeEmulator(script=EmulatorScript(replies=["Hello there."])) as emu:
        ...  # point any GA realtime client at emu.url (or emu.azure_url)
        emu.last_session.truncations  # what the client did, for assertions

See :mod:`.protocol` for the rules and error codes, :mod:`.audio` for the deterministic
audio and the audio-time → heard-transcript mapping, :class:`Faults` for the knobs.
"""

from pipecat_rt_best.emulator.audio import MS_PER_CHAR, heard_text, synthesize, word_timings
from pipecat_rt_best.emulator.record import SessionRecord
from pipecat_rt_best.emulator.script import DEFAULT_REPLY, EmulatorScript, Reply, ToolCall
from pipecat_rt_best.emulator.server import AZURE_PATH, OPENAI_PATH, Faults, RealtimeEmulator

__all__ = [
    "AZURE_PATH",
    "DEFAULT_REPLY",
    "MS_PER_CHAR",
    "OPENAI_PATH",
    "EmulatorScript",
    "Faults",
    "RealtimeEmulator",
    "Reply",
    "SessionRecord",
    "ToolCall",
    "heard_text",
    "synthesize",
    "word_timings",
]
