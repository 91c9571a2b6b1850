"""The main job: a scripted caller on a simulated handset, through the real call pipeline.

:func:`~.call.simulate_call` runs the call against the embedded emulator;
:mod:`.caller_audio` synthesises the caller, :mod:`.transport` is the handset
(:class:`~.transport.SimulatedCallTransport`), :mod:`.timeline` records what happened when.
"""
