"""Offline-testing harnesses: what stands in for the model, the phone network and the caller.

Installed and documented (users run the emulator and the simulator, as they would
``pipecat.tests.utils``), but no component imports this package; the CLI, the sample
pipelines, the tests and the benchmarks do.

* :mod:`.realtime_emulator` — a loopback GA Realtime server (:class:`RealtimeEmulator`).
* :mod:`.azure_speech_emulator` — a loopback Azure Speech synthesis server speaking USP to
  the real Speech SDK (:class:`AzureSpeechEmulator`).
* :mod:`.media_stream_simulator` — a telephony provider's side of a media stream
  (:class:`MediaStreamSimulator`): jitter buffer, marks, clear.
* :mod:`.phone_line` — the far end of a phone line (:class:`FarEnd`, shared by the
  harnesses) and the simulator's jitter buffer (:class:`JitterBuffer`).
* :mod:`.telephony_call` — a whole call through the telephony server and the emulator
  (:func:`simulated_telephony_call`).
* :mod:`.simulated_call` — the main job: a scripted caller on a simulated handset.
* :mod:`.virtual_time_call` — barge-in episodes on a virtual clock (truncation fuzz/bench).
* :mod:`.offline_bot` — ``--offline`` for the sample bots: one scripted call through a
  ``bot(runner_args)`` against the emulators, and the scripts' ``__main__``.
* :mod:`.prompt_walk` — an emulated model walking a structured prompt's state graph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipecat_rt_best._lazy import lazy_face

if TYPE_CHECKING:  # the public names; lazy_face() reads this block
    from pipecat_rt_best.testing.azure_speech_emulator import (
        AzureSpeechEmulator as AzureSpeechEmulator,
        SpeechFaults as SpeechFaults,
    )
    from pipecat_rt_best.testing.media_stream_simulator import (
        MediaStreamSimulator as MediaStreamSimulator,
        line_audio as line_audio,
    )
    from pipecat_rt_best.testing.phone_line import (
        FarEnd as FarEnd,
        FarEndConfig as FarEndConfig,
        JitterBuffer as JitterBuffer,
        JitterConfig as JitterConfig,
    )
    from pipecat_rt_best.testing.provider_dialects import (
        ProviderSide as ProviderSide,
        provider_side_for as provider_side_for,
    )
    from pipecat_rt_best.testing.realtime_emulator import (
        EmulatorScript as EmulatorScript,
        Faults as Faults,
        RealtimeEmulator as RealtimeEmulator,
        Reply as Reply,
        ToolCall as ToolCall,
    )
    from pipecat_rt_best.testing.telephony_call import (
        simulated_telephony_call as simulated_telephony_call,
    )

if not TYPE_CHECKING:  # hidden from type checkers: they read the names above, and flag others
    __getattr__, __dir__ = lazy_face(__name__, __file__)
