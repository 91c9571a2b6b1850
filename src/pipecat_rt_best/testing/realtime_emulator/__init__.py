"""An offline, protocol-faithful GPT-4o Realtime (GA) server for tests and demos.

    async with RealtimeEmulator(script=EmulatorScript(replies=["Hello there."])) as emu:
        ...  # point any GA realtime client at emu.url (or emu.azure_url)
        emu.last_session.truncations  # what the client did, for assertions

See :mod:`.protocol` for the error codes and where each rule lives (:mod:`.session_schema`,
:mod:`.conversation`, :mod:`.input_audio`, :mod:`.response_stream`), :mod:`.audio` for the
deterministic audio and the audio-time → heard-transcript mapping, :class:`Faults` for
the knobs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipecat_rt_best._lazy import lazy_face

if TYPE_CHECKING:  # the public names; lazy_face() reads this block
    from pipecat_rt_best.testing.realtime_emulator.audio import (
        MS_PER_CHAR as MS_PER_CHAR,
        heard_text as heard_text,
        synthesize as synthesize,
        word_timings as word_timings,
    )
    from pipecat_rt_best.testing.realtime_emulator.record import SessionRecord as SessionRecord
    from pipecat_rt_best.testing.realtime_emulator.script import (
        DEFAULT_REPLY as DEFAULT_REPLY,
        EmulatorScript as EmulatorScript,
        Failure as Failure,
        Reply as Reply,
        ToolCall as ToolCall,
    )
    from pipecat_rt_best.testing.realtime_emulator.server import (
        AZURE_PATH as AZURE_PATH,
        OPENAI_PATH as OPENAI_PATH,
        Faults as Faults,
        RealtimeEmulator as RealtimeEmulator,
    )

if not TYPE_CHECKING:  # hidden from type checkers: they read the names above, and flag others
    __getattr__, __dir__ = lazy_face(__name__, __file__)
